"""Backups: consistent while intake goes on, checked, never half-written over the last one."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casebook.core.errors import CasebookError
from casebook.core.models import Blob, Case, EvidenceItem
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.store import backup as backup_module
from casebook.core.store.backup import BackupCancelled, back_up, dated_backups
from casebook.core.store.casebook import Casebook
from casebook.core.verification import verify_casebook

READER = Path(__file__).parents[3] / "tools" / "casebook-read"


def _add_files(book: Casebook, folder: Path, count: int, start: int = 0) -> None:
    folder.mkdir(exist_ok=True)
    for n in range(start, start + count):
        path = folder / f"file-{n}.bin"
        path.write_bytes(os.urandom(64 * 1024 + n))
        with book.session(write=True) as s:
            case = s.scalars(select(Case)).first()
            take_in(book, s, case, path, title=f"File {n}")
            s.commit()


@pytest.fixture
def filled(book: Casebook, tmp_path: Path) -> Casebook:
    with book.session() as s:
        case = add_case(s, "Backup case", "BK-1")
        first = tmp_path / "first.bin"
        first.write_bytes(os.urandom(3 * 1024 * 1024))  # three chunks
        take_in(book, s, case, first, title="First")
        s.commit()
    return book


def _counts(book: Casebook) -> tuple[int, int]:
    with book.session() as s:
        return (
            s.scalar(select(func.count()).select_from(EvidenceItem)) or 0,
            s.scalar(select(func.count()).select_from(Blob)) or 0,
        )


def test_a_backup_taken_during_intake_opens_and_verifies(filled, passphrase, tmp_path):
    started, done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def intake() -> None:
        try:
            for n in range(12):
                _add_files(filled, tmp_path / "incoming-files", 1, start=n)
                started.set()
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            started.set()
            done.set()

    worker = threading.Thread(target=intake)
    worker.start()
    started.wait(30)
    result = back_up(filled, tmp_path / "backup")
    writing_during_backup = not done.is_set()
    worker.join(60)
    assert not errors
    assert writing_during_backup  # the backup really ran beside the intake
    copy = Casebook.open(result.folder, passphrase)
    try:
        report = verify_casebook(copy)
        assert report.problems == []
        items, blobs = _counts(copy)
        assert result.files == blobs and items >= 2  # every blob its database names, no more
        assert sorted(p.stem for p in (result.folder / "blobs").glob("*/*.cbx")) == sorted(
            copy.vault.path_of(n).stem
            for n in copy.engine.connect().exec_driver_sql("SELECT storage_name FROM blobs")
            .scalars()
        )  # fmt: skip
    finally:
        copy.close()
    assert _counts(filled)[0] == 13  # the live casebook kept all of the intake


def test_a_backup_opens_with_the_recovery_key_and_the_independent_reader(
    book_and_recovery, tmp_path
):
    book, recovery = book_and_recovery
    with book.session() as s:
        case = add_case(s, "Reader case", "RD-1")
        photo = tmp_path / "p.bin"
        photo.write_bytes(b"evidence bytes")
        take_in(book, s, case, photo, title="P")
        s.commit()
    result = back_up(book, tmp_path / "copy")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEBOOK_")}
    env["CASEBOOK_RECOVERY_KEY"] = recovery
    out = subprocess.run(
        [sys.executable, str(READER), str(result.folder), "--check", "--extract",
         str(tmp_path / "x")], capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    (extracted,) = (tmp_path / "x" / "RD-1").iterdir()
    assert extracted.read_bytes() == b"evidence bytes"


def test_an_interrupted_backup_leaves_the_previous_one_intact(
    filled, passphrase, tmp_path, monkeypatch
):
    destination = tmp_path / "backup"
    back_up(filled, destination)
    before = sorted(p.relative_to(destination) for p in destination.rglob("*"))
    _add_files(filled, tmp_path / "more", 3)
    real_copy, calls = backup_module._copy_file, []

    def copy_then_fail(source, target):  # the process stops after two stored files
        calls.append(target)
        if len(calls) == 3:
            raise KeyboardInterrupt
        real_copy(source, target)

    monkeypatch.setattr(backup_module, "_copy_file", copy_then_fail)
    with pytest.raises(KeyboardInterrupt):
        back_up(filled, destination)
    monkeypatch.undo()
    assert sorted(p.relative_to(destination) for p in destination.rglob("*")) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".backup")] == []
    copy = Casebook.open(destination, passphrase)
    try:
        assert verify_casebook(copy).problems == []
        assert _counts(copy)[0] == 1  # the earlier backup, not a mixture
    finally:
        copy.close()
    back_up(filled, destination)  # a later backup replaces it whole
    copy = Casebook.open(destination, passphrase)
    try:
        assert _counts(copy)[0] == 4
    finally:
        copy.close()


def test_a_killed_backup_is_cleared_by_the_next_one(filled, tmp_path):
    destination = tmp_path / "backup"
    leftover = tmp_path / ".backup.0123abcd.partial"
    leftover.mkdir()
    (leftover / "casebook.db").write_bytes(b"half")
    back_up(filled, destination)
    assert not leftover.exists()


def test_keep_holds_the_newest_n_dated_backups(filled, tmp_path):
    folder = tmp_path / "backups"
    made = [back_up(filled, folder, keep=2).folder for _ in range(3)]
    assert dated_backups(folder) == made[1:]
    assert not made[0].exists()


def test_a_backup_never_goes_into_the_casebook_or_over_another_folder(filled, tmp_path):
    with pytest.raises(CasebookError, match="outside the casebook folder"):
        back_up(filled, filled.folder / "backup")
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"x")
    with pytest.raises(CasebookError, match="not a backup of this casebook"):
        back_up(filled, other)
    assert (other / "holiday.jpg").read_bytes() == b"x"
    with pytest.raises(CasebookError, match="at least 1"):
        back_up(filled, tmp_path / "kept", keep=0)


def test_a_damaged_stored_file_stops_the_backup(filled, tmp_path):
    (blob,) = filled.folder.glob("blobs/*/*.cbx")
    data = bytearray(blob.read_bytes())
    data[100] ^= 1
    blob.write_bytes(bytes(data))
    with pytest.raises(CasebookError, match="damaged or was altered"):
        back_up(filled, tmp_path / "backup")
    assert not (tmp_path / "backup").exists()


def test_a_cancelled_backup_removes_what_it_wrote(filled, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(BackupCancelled):
        back_up(filled, tmp_path / "backup", cancel=cancel)
    assert list(tmp_path.glob("*backup*")) == []


def test_a_backup_killed_between_its_two_renames_gets_the_previous_one_back(
    filled, passphrase, tmp_path, monkeypatch
):
    destination = tmp_path / "backup"
    back_up(filled, destination)
    # As if killed after moving the old backup aside and before moving the new one in:
    aside = tmp_path / ".backup.0123abcd.previous"
    destination.rename(aside)
    monkeypatch.setattr(backup_module, "_copy_file", _fail)
    with pytest.raises(CasebookError, match="Input/output error"):
        back_up(filled, destination)  # fails, but first puts the previous backup back
    assert not aside.exists()
    copy = Casebook.open(destination, passphrase)
    try:
        assert verify_casebook(copy).problems == []
    finally:
        copy.close()


def _fail(source, target):
    raise OSError(5, "Input/output error")


def test_time_stamps_go_into_the_backup(filled, passphrase, tmp_path):
    from casebook.core.store import timestamps

    stamp, _ = timestamps.queue_head(filled)
    result = back_up(filled, tmp_path / "backup")
    assert (result.folder / "timestamps" / stamp.name / "claim.json").is_file()
    copy = Casebook.open(result.folder, passphrase)
    try:
        assert verify_casebook(copy).problems == []
    finally:
        copy.close()
