"""The `casebook` command as scripts use it: passphrase from the environment, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from casebook.cli.main import main

PASS = "a long field passphrase ຂ້ອຍ"


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBOOK_RECOVERY_KEY", raising=False)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def book_path(tmp_path, env, capsys) -> Path:
    path = tmp_path / "book"
    code, out, _ = run(capsys, "init", path, "--user", "Aung", "--role", "documenter")
    assert code == 0 and "Recovery key" in out
    assert run(capsys, "case", "add", path, "--title", "ການໂຈມຕີ", "--ref", "LA-1")[0] == 0
    return path


def test_newcomer_flow(book_path, tmp_path, capsys):
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (20, 20), "red").save(photo)
    code, out, _ = run(capsys, "add-evidence", book_path, "--case", "LA-1", photo, photo)
    assert code == 0 and "stored once" in out
    code, out, _ = run(capsys, "case", "list", book_path)
    assert "LA-1\topen\tການໂຈມຕີ" in out
    doc = {
        "format": "casebook-interchange/1",
        "cases": [{"reference": "LA-2", "title": "Imported", "testimonies": [{
            "id": "0b5e8b86-62f0-4a8b-9d7a-3d1c0c3b7a11",
            "segments": [{"text": "ທະຫານໄດ້ຈັບຜູ້ຊາຍໃນບ້ານ"}]}]}],
    }  # fmt: skip
    (tmp_path / "case.json").write_text(json.dumps(doc), encoding="utf-8")
    assert run(capsys, "import", book_path, tmp_path / "case.json")[0] == 0
    code, out, _ = run(capsys, "search", book_path, "ຜູ້ຊາຍ")
    assert code == 0 and "[ຜູ້ຊາຍ]" in out
    code, out, _ = run(capsys, "verify", book_path)
    assert code == 0 and "All checks passed." in out
    code, out, _ = run(capsys, "export-json", book_path, "--case", "LA-2")
    assert json.loads(out)["cases"][0]["reference"] == "LA-2"


def test_verify_names_a_flipped_byte_in_a_blob(book_path, tmp_path, capsys):
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (20, 20), "red").save(photo)
    run(capsys, "add-evidence", book_path, "--case", "LA-1", photo)
    blob = next((book_path / "blobs").glob("*/*.cbx"))
    data = bytearray(blob.read_bytes())
    data[-5] ^= 0x40
    blob.write_bytes(bytes(data))
    code, _, err = run(capsys, "verify", book_path)
    assert code != 0 and "'photo.jpg'" in err and blob.stem in err


def test_verify_names_a_damaged_database_page(book_path, capsys):
    db = book_path / "casebook.db"
    data = bytearray(db.read_bytes())
    # A table's page: the page in the middle held part of the schema after migration 0009
    # (then the casebook does not open at all, and says so: a backup is the way back).
    data[len(data) // 2 + 4096] ^= 0x01
    db.write_bytes(bytes(data))
    code, out, err = run(capsys, "verify", book_path)
    assert code != 0
    assert "page" in (out + err) and "Traceback" not in err


def test_wrong_passphrase_is_one_sentence(book_path, capsys, monkeypatch):
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", "not it")
    code, out, err = run(capsys, "case", "list", book_path)
    assert code == 1 and out == ""
    assert err.startswith("casebook: The passphrase does not open this casebook.")
    assert err.count("\n") == 1


def test_passwd_changes_only_the_slot(book_path, capsys, monkeypatch):
    before = (book_path / "casebook.db").read_bytes()
    monkeypatch.setenv("CASEBOOK_NEW_PASSPHRASE", "another long passphrase")
    assert run(capsys, "passwd", book_path)[0] == 0
    assert (book_path / "casebook.db").read_bytes() == before
    assert run(capsys, "case", "list", book_path)[0] == 1  # the old one no longer opens it
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", "another long passphrase")
    assert run(capsys, "case", "list", book_path)[0] == 0


def test_errors_that_tell_what_to_do(book_path, tmp_path, capsys):
    code, _, err = run(capsys, "case", "list", tmp_path / "nowhere")
    assert code == 1 and "There is no casebook at" in err
    code, _, err = run(capsys, "add-evidence", book_path, "--case", "NOPE", tmp_path)
    assert code == 1 and "casebook case list" in err
    code, _, err = run(capsys, "case", "add", book_path, "--title", "x", "--ref", "LA-1")
    assert code == 1 and "already used" in err
    code, _, err = run(capsys, "init", book_path)
    assert code == 1 and "not empty" in err


def test_no_command_waits_for_input_when_the_variable_is_set(tmp_path):
    """Run as a script would: stdin closed, passphrase from the environment."""
    environment = dict(os.environ, CASEBOOK_PASSPHRASE=PASS)
    for args in (["init", str(tmp_path / "b")], ["case", "list", str(tmp_path / "b")]):
        result = subprocess.run(
            [sys.executable, "-m", "casebook", *args],
            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
            env=environment,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr


def test_without_the_variable_and_no_terminal_it_says_how(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k != "CASEBOOK_PASSPHRASE"}
    result = subprocess.run(
        [sys.executable, "-m", "casebook", "init", str(tmp_path / "b")],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, env=environment,
    )  # fmt: skip
    assert result.returncode == 1
    assert "CASEBOOK_PASSPHRASE" in result.stderr and not (tmp_path / "b").exists()
