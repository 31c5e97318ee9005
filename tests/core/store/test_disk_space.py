"""A full disk is named as a full disk, never as damage that a backup would "repair"."""

from __future__ import annotations

import contextlib
import errno
import resource
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from casebook.core.errors import CasebookDamaged, StorageFull
from casebook.core.models import Case
from casebook.core.records.cases import add_case
from casebook.core.store import casebook as casebook_module
from casebook.core.store import disk_space
from casebook.core.store.casebook import BACKUP_DIR, Casebook
from casebook.core.store.disk_space import CasebookDiskFull, is_full_disk_error


@contextlib.contextmanager
def files_cannot_grow() -> Iterator[None]:
    """What a full disk does to SQLite: no file may grow (RLIMIT_FSIZE 0, SIGXFSZ ignored).

    Opening a closed casebook then fails exactly as on a disk with 0 bytes free: its
    write-ahead index cannot be sized, and SQLite answers "disk I/O error".
    """
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    previous = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, previous[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, previous)
        signal.signal(signal.SIGXFSZ, previous_handler)


def report_free_space(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    monkeypatch.setattr(disk_space, "free_bytes", lambda _folder: free)


def cap_database_pages(book: Casebook) -> None:
    """Every new connection may not grow the file: SQLite then raises a genuine SQLITE_FULL."""
    with book.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    book.engine.dispose()

    @event.listens_for(book.engine, "connect")
    def _cap(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")


def test_writing_on_a_full_disk_says_the_disk_is_full(book: Casebook, passphrase: str) -> None:
    with book.session() as session:
        add_case(session, "Before the disk filled", "FULL-0")
        session.commit()
    cap_database_pages(book)
    with pytest.raises(StorageFull) as caught:
        for n in range(1, 2000):
            with book.session() as session:
                add_case(session, "x" * 2000, f"FULL-{n}")
                session.commit()
    message = str(caught.value)
    assert "full" in message and "not damage" in message
    assert "Restore casebook.db" not in message and "damaged" not in message
    assert str(book.folder) in message
    book.close()
    # Space freed (no cap on a fresh process): everything committed before is there.
    with Casebook.open(book.folder, passphrase) as again, again.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) >= 1


def test_opening_on_a_full_disk_is_not_called_damage(
    book: Casebook, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    book.close()
    report_free_space(monkeypatch, 0)
    with files_cannot_grow(), pytest.raises(CasebookDiskFull) as caught:
        Casebook.open(book.folder, passphrase)
    assert "Restore casebook.db" not in str(caught.value)
    # Once there is room again, the casebook opens as before.
    report_free_space(monkeypatch, 10 * 2**30)
    Casebook.open(book.folder, passphrase).close()


def test_the_same_failure_with_room_on_the_disk_is_still_reported(
    book: Casebook, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The free-space probe decides: with plenty free, an unreadable file is not 'full'."""
    book.close()
    report_free_space(monkeypatch, 10 * 2**30)
    with files_cannot_grow(), pytest.raises(CasebookDamaged):
        Casebook.open(book.folder, passphrase)


def test_a_backup_before_an_upgrade_on_a_full_disk(
    book: Casebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(source: Path, target: Path) -> None:
        Path(target).write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(casebook_module.shutil, "copy2", no_space)
    with pytest.raises(CasebookDiskFull):
        book.backup_database()
    assert list((book.folder / BACKUP_DIR).iterdir()) == []  # no partial copy kept


@pytest.mark.parametrize(
    ("error", "free", "full"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), 10 * 2**30, True),
        (OSError(errno.EIO, "Input/output error"), 0, True),
        (OSError(errno.EIO, "Input/output error"), 10 * 2**30, False),
        (OSError(errno.ENOENT, "No such file"), 0, False),
        (ValueError("not a storage error"), 0, False),
    ],
)
def test_which_errors_count_as_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, free: int, full: bool
) -> None:
    report_free_space(monkeypatch, free)
    assert is_full_disk_error(error, tmp_path) is full


def test_constraint_errors_are_never_blamed_on_the_disk(
    book: Casebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    report_free_space(monkeypatch, 0)
    with book.session() as session:
        add_case(session, "One", "DUP-1")
        session.commit()
    with pytest.raises(Exception) as caught, book.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO cases (id) VALUES (NULL)")
    assert not isinstance(caught.value, StorageFull)
