"""`casebook backup`: a checked copy that `casebook verify` accepts; clear errors otherwise."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from casebook.cli.main import main

PASS = "a long field passphrase ຂ້ອຍ"


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_keep_and_verify(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    book = tmp_path / "book"
    assert run(capsys, "init", book, "--user", "Aung")[0] == 0
    assert run(capsys, "case", "add", book, "--title", "Case", "--ref", "LA-1")[0] == 0
    photo = tmp_path / "photo.png"
    Image.new("RGB", (20, 20), "red").save(photo)
    assert run(capsys, "add-evidence", book, "--case", "LA-1", photo)[0] == 0
    backups = tmp_path / "usb" / "backups"
    for _ in range(3):
        code, out, err = run(capsys, "backup", book, backups, "--keep", "2")
        assert code == 0, err
    assert "1 stored file(s)" in out and "Removed the older backup" in out
    kept = sorted(backups.iterdir())
    assert len(kept) == 2
    code, out, err = run(capsys, "verify", kept[-1])
    assert code == 0, err
    assert "All checks passed." in out


def test_backup_over_a_foreign_folder_is_refused(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    book = tmp_path / "book"
    assert run(capsys, "init", book)[0] == 0
    other = tmp_path / "documents"
    other.mkdir()
    (other / "letter.txt").write_text("keep me")
    code, _, err = run(capsys, "backup", book, other)
    assert code == 1
    assert "is not a backup of this casebook" in err
    assert (other / "letter.txt").read_text() == "keep me"


def test_backup_of_a_casebook_open_in_the_app_points_to_its_menu(
    tmp_path: Path, monkeypatch, capsys
):
    from casebook.core.store.casebook import Casebook

    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    book = tmp_path / "book"
    assert run(capsys, "init", book)[0] == 0
    with Casebook.open(book, PASS):
        code, _, err = run(capsys, "backup", book, tmp_path / "copy")
    assert code == 1
    assert "File ▸ Back up…" in err
    assert not (tmp_path / "copy").exists()
