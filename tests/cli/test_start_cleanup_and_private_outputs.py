"""Each start of `casebook` (a command, or the window) removes what killed exports left, and
exchange packages are private to the user whatever the umask (issue 10, item 5)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from casebook.cli.main import main
from casebook.core.store import staging

PASS = "a long field passphrase ຂ້ອຍ"


def left_by_a_killed_export(tmp_path: Path) -> Path:
    """A staging folder with decrypted content and its record, as kill -9 leaves them."""
    partial = tmp_path / "out" / "LA-7-complaint-filing-20260101T000000Z.partial"
    (partial / "exhibits").mkdir(parents=True)
    (partial / "exhibits" / "001-photo.jpg").write_bytes(b"decrypted exhibit")
    registry = staging.registry_folder()
    registry.mkdir(parents=True, exist_ok=True)
    (registry / "0123.json").write_text(json.dumps({"path": str(partial), "pid": 99999}))
    return partial


def test_any_command_starts_by_removing_what_a_killed_export_left(tmp_path, capsys):
    partial = left_by_a_killed_export(tmp_path)
    main(["verify-bundle", str(tmp_path / "no-such-bundle")])  # needs no casebook
    capsys.readouterr()
    assert not partial.exists()
    assert list((tmp_path / "out").iterdir()) == []
    assert list(staging.registry_folder().iterdir()) == []


def test_the_window_starts_by_removing_what_a_killed_export_left(tmp_path, monkeypatch):
    from casebook.gui import app

    partial = left_by_a_killed_export(tmp_path)
    seen: list[bool] = []

    class Started:
        main_window = None

        def setQuitOnLastWindowClosed(self, _quit: bool) -> None:
            pass

        def exec(self) -> int:
            seen.append(partial.exists())
            return 0

    monkeypatch.setattr(app, "build", lambda _argv: (Started(), Started()))
    assert main([]) == 0  # no command: the desktop application
    assert seen == [False]


@pytest.fixture
def two_people(tmp_path, monkeypatch, capsys) -> dict[str, tuple[Path, str]]:
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBOOK_RECOVERY_KEY", raising=False)
    monkeypatch.delenv("CASEBOOK_AGE_IDENTITY_FILE", raising=False)
    made = {}
    for name in ("aung", "sara"):
        path = tmp_path / name
        assert main(["init", str(path), "--user", name.title()]) == 0
        capsys.readouterr()
        assert main(["identity", "export", str(path)]) == 0
        text = capsys.readouterr().out
        (tmp_path / f"{name}.id").write_text(text)
        fingerprint = re.search(r"fingerprint: ([0-9A-F ]{39})", text).group(1)
        made[name] = (path, fingerprint)
    assert main(["identity", "import", str(made["aung"][0]), str(tmp_path / "sara.id")]) == 0
    assert main(["identity", "verify", str(made["aung"][0]), *made["sara"][1].split()]) == 0
    capsys.readouterr()
    return made


def test_an_exchange_package_is_private_under_umask_022(two_people, tmp_path, capsys):
    (aung, _), (_, sara_fp) = two_people["aung"], two_people["sara"]
    assert main(["case", "add", str(aung), "--title", "ການໂຈມຕີ", "--ref", "LA-7"]) == 0
    package = tmp_path / "1.pkg"
    previous = os.umask(0o022)
    try:
        code = main(
            ["package", str(aung), "--case", "LA-7", "--to", sara_fp, "--out", str(package)]
        )
    finally:
        os.umask(previous)
    assert code == 0, capsys.readouterr().err
    assert package.stat().st_mode & 0o777 == 0o600
