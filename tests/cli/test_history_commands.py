"""`casebook` on a casebook whose history does not extend what this computer saw before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebook.cli.main import main

PASS = "a long field passphrase ຂ້ອຍ"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBOOK_RECOVERY_KEY", raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_rolled_back_casebook_warns_fails_verify_until_accepted(
    tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "book"
    assert run(capsys, "init", path, "--user", "Aung", "--role", "documenter")[0] == 0
    older = tmp_path / "older"
    shutil.copytree(path, older)
    assert run(capsys, "case", "add", path, "--title", "Later case", "--ref", "LA-2")[0] == 0
    shutil.rmtree(path)
    shutil.copytree(older, path)

    code, _, err = run(capsys, "case", "list", path)
    assert code == 0
    assert "Warning: This casebook is older than the copy last opened on this computer" in err

    code, out, err = run(capsys, "verify", path)
    assert code == 2 and "All checks passed" not in out
    assert "is older than the copy last opened" in err

    code, out, _ = run(capsys, "verify", path, "--accept-history")
    assert code == 0 and "now the one this computer compares" in out

    code, out, err = run(capsys, "verify", path)
    assert code == 0 and "Warning" not in err
