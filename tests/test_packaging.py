"""The package ships its migrations and resources, and finds them however it is installed:
from a source checkout, from an installed wheel, and from a frozen (PyInstaller) build."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from casebook.core import resource_paths

ROOT = Path(__file__).parent.parent


def test_every_package_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "casebook").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml packages: {sorted(found - listed)}"


def test_source_checkout_finds_both_folders():
    assert (resource_paths.migrations_path() / "env.py").is_file()
    assert resource_paths.resource_path("schemas", "interchange-1.schema.json").is_file()


def test_frozen_build_uses_meipass(tmp_path, monkeypatch):
    (tmp_path / "resources").mkdir()
    (tmp_path / "migrations").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_paths.resource_path("x") == tmp_path / "resources" / "x"
    assert resource_paths.migrations_path() == tmp_path / "migrations"


@pytest.mark.slow
def test_wheel_contains_and_finds_migrations_and_resources(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path / "dist"),
         str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    wheel = next((tmp_path / "dist").glob("casebook-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "casebook/migrations/env.py" in names
    assert any(n.startswith("casebook/migrations/versions/0001_") for n in names)
    assert "casebook/resources/schemas/interchange-1.schema.json" in names
    shipped_fonts = {
        f"casebook/resources/fonts/{p.name}" for p in (ROOT / "resources/fonts").iterdir()
    }
    assert "casebook/resources/fonts/OFL.txt" in shipped_fonts
    assert shipped_fonts <= names, sorted(shipped_fonts - names)
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    probe = (
        "import casebook.core.resource_paths as r;"
        "print(r.migrations_path());"
        "print(r.resource_path('schemas'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, check=True, timeout=60,
    ).stdout.split()  # fmt: skip
    assert out == [
        str(target / "casebook" / "migrations"),
        str(target / "casebook" / "resources" / "schemas"),
    ]


def test_reportlab_runs_with_its_c_accelerators():
    # rl_accel is a dependency: without it ReportLab falls back to Python silently (a
    # 2,000-page filing spent seconds formatting numbers), and PyInstaller only bundles it
    # because the spec names it (ReportLab imports it by a name in a string).
    from reportlab.lib import rl_accel

    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
    assert '"_rl_accel"' in (ROOT / "packaging" / "casebook.spec").read_text()
