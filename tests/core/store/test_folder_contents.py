"""Blobs no record names, and files Casebook did not write: removed on open or reported."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebook.core.models import Blob
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.store.casebook import Casebook
from casebook.core.store.layout import SLOTS_NAME
from casebook.core.verification import verify_casebook


def case_with_one_item(book: Casebook, source: Path) -> str:
    """A case holding one evidence item; returns the item's storage name."""
    with book.session() as session:
        case = add_case(session, "Checkpoint", "FC-1")
        take_in(book, session, case, source)
        session.commit()
        return session.query(Blob).one().storage_name


def killed_intake(folder: Path, passphrase: str, source: Path) -> None:
    """In a child: open, encrypt ``source`` into the vault, die (SIGKILL) before recording it."""
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from sqlalchemy import select
        from casebook.core.models import Case
        from casebook.core.records import evidence
        from casebook.core.store import kdf
        from casebook.core.store.casebook import Casebook
        kdf.set_policy(kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1))
        evidence.record_stored = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
        book = Casebook.open(Path({str(folder)!r}), {passphrase!r})
        with book.session() as session:
            case = session.scalars(select(Case)).first()
            evidence.take_in(book, session, case, Path({str(source)!r}))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr.decode()[-2000:]


def blob_files(folder: Path) -> set[str]:
    return {p.stem for p in (folder / "blobs").glob("*/*.cbx")}


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.bin"
    path.write_bytes(b"not really a photo " * 1000)
    return path


def test_a_blob_whose_intake_was_killed_is_removed_on_open(
    book: Casebook, passphrase: str, photo: Path, tmp_path: Path
) -> None:
    kept = case_with_one_item(book, photo)
    folder = book.folder
    book.close()
    other = tmp_path / "second.bin"
    other.write_bytes(b"a second file, never recorded " * 1000)
    killed_intake(folder, passphrase, other)
    orphans = blob_files(folder) - {kept}
    assert len(orphans) == 1  # the kill left an encrypted blob nothing names
    with Casebook.open(folder, passphrase) as reopened:
        assert blob_files(folder) == {kept}  # the orphan went, the recorded one stayed
        assert list((folder / "blobs" / "incoming").iterdir()) == []
        report = verify_casebook(reopened)
    assert report.ok, report.problems


def test_recorded_blobs_survive_every_open(book: Casebook, passphrase: str, photo: Path) -> None:
    kept = case_with_one_item(book, photo)
    folder = book.folder
    book.close()
    for _ in range(2):
        Casebook.open(folder, passphrase).close()
    assert blob_files(folder) == {kept}


def test_an_unmarked_blob_without_a_record_is_kept_and_reported(
    book: Casebook, passphrase: str, photo: Path, tmp_path: Path
) -> None:
    """As after restoring an older casebook.db: its newer evidence files are not deleted."""
    case_with_one_item(book, photo)
    extra = tmp_path / "extra.bin"
    extra.write_bytes(b"evidence the older database does not know " * 100)
    stored = book.vault.store_file(extra)
    book.vault.remove_leftovers()  # as if the mark had been cleared by an earlier open
    folder = book.folder
    book.close()
    with Casebook.open(folder, passphrase) as reopened:
        assert stored.storage_name in blob_files(folder)
        report = verify_casebook(reopened)
    assert not report.ok
    [problem] = [str(p) for p in report.problems if stored.storage_name in str(p)]
    assert "no record refers to" in problem


@pytest.mark.parametrize(
    "planted",
    [
        "blobs/notes.txt",
        "blobs/ab/notes.txt",
        "blobs/ab/cd0123456789abcdef0123456789abcd.cbx",  # a blob name in the wrong shard
        "blobs/incoming/readme.txt",
        "backups/casebook.db",
        "copy of casebook.db",
        ".hidden",
    ],
)
def test_files_planted_in_the_folder_are_reported(
    book: Casebook, photo: Path, planted: str
) -> None:
    case_with_one_item(book, photo)
    assert verify_casebook(book).ok
    path = book.folder / planted
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"planted")
    report = verify_casebook(book)
    assert [p for p in report.problems if str(p).startswith(f"{planted}: ")], report.problems
    assert path.read_bytes() == b"planted"  # reported, never deleted


def test_a_planted_folder_and_link_are_reported(book: Casebook, tmp_path: Path) -> None:
    (book.folder / "blobs" / "zz").mkdir()
    (book.folder / "blobs" / "ab").symlink_to(tmp_path)
    problems = [str(p) for p in verify_casebook(book).problems]
    assert any(p.startswith("blobs/zz: ") for p in problems), problems
    assert any(p.startswith("blobs/ab: ") for p in problems), problems


def test_what_casebook_writes_is_not_reported(book: Casebook, photo: Path) -> None:
    case_with_one_item(book, photo)
    book.backup_database()
    (book.folder / f".{SLOTS_NAME}.4242.tmp").write_bytes(b"{}")  # a slot file being replaced
    assert verify_casebook(book).ok, verify_casebook(book).problems


def test_a_slot_file_half_replaced_is_tidied_on_open(book: Casebook, passphrase: str) -> None:
    leftover = book.folder / f".{SLOTS_NAME}.4242.tmp"
    leftover.write_bytes(b"{}")
    folder = book.folder
    book.close()
    Casebook.open(folder, passphrase).close()
    assert not leftover.exists()


def test_closing_clears_the_marks_of_recorded_blobs(book: Casebook, photo: Path) -> None:
    case_with_one_item(book, photo)
    assert book.vault.pending_names()  # marked since it was put in place
    book.close()
    assert list((book.folder / "blobs" / "incoming").iterdir()) == []
