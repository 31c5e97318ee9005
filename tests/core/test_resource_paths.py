"""resources/ and migrations/ are found from a source checkout, a wheel and a frozen build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import casebook
from casebook.core import resource_paths
from casebook.core.resource_paths import migrations_path, resource_path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = Path(casebook.__file__).resolve().parent


@pytest.fixture
def not_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)


@pytest.mark.usefixtures("not_frozen")
def test_source_checkout_uses_the_top_level_folders() -> None:
    assert PACKAGE.parent == REPO, "this test runs from a source checkout"
    assert resource_path() == REPO / "resources"
    assert migrations_path() == REPO / "migrations"
    assert resource_path("taxonomy", "taxonomy.json").is_file()
    assert (migrations_path() / "env.py").is_file()


def test_frozen_build_uses_meipass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "resources" / "taxonomy").mkdir(parents=True)
    (tmp_path / "migrations").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("taxonomy") == tmp_path / "resources" / "taxonomy"
    assert migrations_path() == tmp_path / "migrations"


def test_frozen_build_without_the_folders_falls_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path() == REPO / "resources"


def test_missing_folder_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, not_frozen: None
) -> None:
    monkeypatch.setattr(resource_paths, "_PACKAGE_DIR", tmp_path / "site" / "casebook")
    with pytest.raises(FileNotFoundError, match="resources folder is missing"):
        resource_path()


def test_installed_wheel_layout(tmp_path: Path) -> None:
    """The layout pyproject's package-dir mapping installs, run in a fresh interpreter.

    The wheel itself is not built (the build backend needs network access here); the test
    lays out site-packages the way the mapping does: resources/ and migrations/ inside the
    package as casebook/resources and casebook/migrations, and no top-level folders.
    """
    site = tmp_path / "site-packages"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(PACKAGE, site / "casebook", ignore=ignore)
    shutil.copytree(REPO / "resources", site / "casebook" / "resources", ignore=ignore)
    shutil.copytree(REPO / "migrations", site / "casebook" / "migrations", ignore=ignore)
    script = (
        "import casebook\n"
        "from casebook.core.resource_paths import resource_path, migrations_path\n"
        "from casebook.core.taxonomy import load_taxonomy\n"
        "print(casebook.__file__)\n"
        "print(resource_path())\n"
        "print(migrations_path())\n"
        "print(len(load_taxonomy().crimes))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("PYTHONHOME", None)
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    package_file, resources, migrations, crimes = result.stdout.split("\n")[:4]
    assert Path(package_file).parent == site / "casebook"
    assert Path(resources) == site / "casebook" / "resources"
    assert Path(migrations) == site / "casebook" / "migrations"
    assert crimes == "103"


def test_another_source_checkout_uses_its_own_folders(tmp_path: Path) -> None:
    """A second checkout (a worktree, a release tree) must not get the editable install's data.

    The interpreter still has this repository installed in editable mode; looking the data up
    through the import system would hand out this repository's folders instead.
    """
    checkout = tmp_path / "checkout"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(PACKAGE, checkout / "casebook", ignore=ignore)
    shutil.copytree(REPO / "resources", checkout / "resources", ignore=ignore)
    shutil.copytree(REPO / "migrations", checkout / "migrations", ignore=ignore)
    script = (
        "from casebook.core.resource_paths import resource_path, migrations_path\n"
        "print(resource_path())\n"
        "print(migrations_path())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    resources, migrations = result.stdout.split("\n")[:2]
    assert Path(resources) == checkout / "resources"
    assert Path(migrations) == checkout / "migrations"
