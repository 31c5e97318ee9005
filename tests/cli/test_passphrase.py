"""Secrets from the environment are taken out of it once read, and never inherited."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.cli import passphrase
from casebook.cli.main import main

PASS = "a long field passphrase ຂ້ອຍ"
SECRETS = ("CASEBOOK_PASSPHRASE", "CASEBOOK_NEW_PASSPHRASE", "CASEBOOK_RECOVERY_KEY")


def seen_by_a_child(name: str) -> str:
    """What a program this process starts finds in its environment (the C-level one)."""
    script = f"import os; print(os.environ.get({name!r}, '<absent>'))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    return done.stdout.strip()


@pytest.fixture
def book_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> Path:
    monkeypatch.delenv("CASEBOOK_RECOVERY_KEY", raising=False)
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    path = tmp_path / "book"
    assert main(["init", str(path)]) == 0
    capsys.readouterr()
    return path


def test_init_takes_the_passphrase_out_of_the_environment(book_path: Path) -> None:
    assert "CASEBOOK_PASSPHRASE" not in os.environ
    assert seen_by_a_child("CASEBOOK_PASSPHRASE") == "<absent>"


def test_opening_takes_every_secret_out_at_once(
    book_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.setenv("CASEBOOK_NEW_PASSPHRASE", "a different long passphrase")
    assert main(["case", "list", str(book_path)]) == 0
    for name in SECRETS:
        assert name not in os.environ, name
        assert seen_by_a_child(name) == "<absent>", name


def test_later_commands_of_the_same_process_still_have_it(book_path: Path, capsys) -> None:
    assert "CASEBOOK_PASSPHRASE" not in os.environ
    assert main(["case", "list", str(book_path)]) == 0


def test_a_new_value_in_the_environment_replaces_the_kept_one(
    book_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", "not the passphrase")
    assert main(["case", "list", str(book_path)]) == 1
    assert "does not open this casebook" in capsys.readouterr().err
    assert "CASEBOOK_PASSPHRASE" not in os.environ


def test_without_any_secret_the_prompt_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SECRETS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(passphrase.sys.stdin, "isatty", lambda: False)
    with pytest.raises(passphrase.CasebookError, match="No passphrase given"):
        passphrase.existing_passphrase()
