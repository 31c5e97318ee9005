"""A backup of an open casebook: a complete, encrypted, checked copy of its folder.

The database is copied with SQLite's ``VACUUM INTO`` on one of the casebook's own
connections: one read snapshot, so the copy is consistent while intake or editing goes on
beside it, and SQLCipher writes it under the same key (the key never leaves the engine).
The blobs the *copy* refers to are copied next (a blob is in place before its row is
committed, and never changes), then the key slots, the marker and the time-stamps.

Everything is written into a hidden folder beside the destination, fsynced, checked (every
database page, every blob against the SHA-256 recorded at intake) and only then renamed into
place, so a backup that is interrupted or fails leaves the previous one as it was. With
``keep``, the destination is a folder of dated backups of which the newest ``keep`` stay.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import CasebookError
from ..phrase import phrase
from .atomic_write import fsync_dir, make_private_folder, make_private_folders
from .disk_space import is_full_disk_error
from .keyslots import KeySlotFile
from .layout import (
    BACKUP_DIR,
    DB_NAME,
    INCOMING_DIR,
    MARKER_NAME,
    SLOTS_NAME,
    TIMESTAMPS_DIR,
    VAULT_DIR,
)
from .vault import Vault

if TYPE_CHECKING:
    from .casebook import Casebook

# (what is being done, done, of how many) for a progress bar
BackupProgress = Callable[[str, int, int], None]
DATED = re.compile(r"casebook-\d{8}T\d{6}Z(-\d+)?")
_ATTACHED = "backup_copy"  # also written out in the two SELECTs below


class BackupCancelled(CasebookError):
    def __init__(self) -> None:
        super().__init__(
            "The backup was cancelled and what it had written was removed; the previous "
            "backup, if any, is unchanged."
        )


@dataclass
class BackupResult:
    folder: Path
    files: int = 0  # stored (encrypted) files copied and checked
    size: int = 0  # bytes of those files, as stored
    removed: list[Path] = field(default_factory=list)  # older dated backups let go (keep)


def back_up(
    book: Casebook,
    destination: Path,
    keep: int | None = None,
    progress: BackupProgress | None = None,
    cancel: threading.Event | None = None,
) -> BackupResult:
    """Copy ``book`` to ``destination`` (or, with ``keep``, into a new dated folder in it).

    ``cancel`` set from another thread stops the backup before its next file; what was
    written is removed and any earlier backup is left as it was.
    """
    destination = Path(destination).absolute()
    _refuse_inside(book.folder, destination)
    if keep is not None and keep < 1:
        raise CasebookError("--keep must be at least 1: the number of backups to keep.")
    if keep is None:
        final = destination
        if final.exists():
            _check_replaceable(book, final)
        make_private_folders(final.parent)
    else:
        if destination.exists() and not destination.is_dir():
            raise CasebookError(
                "{destination} is a file; give a folder to keep backups in.",
                destination=destination,
            )
        make_private_folders(destination)
        final = _dated_name(destination)
    _remove_interrupted(final.parent, final.name)
    work = final.parent / f".{final.name}.{secrets.token_hex(4)}.partial"
    try:
        make_private_folder(work)
        result = BackupResult(folder=final)
        _write_copy(book, work, result, progress, cancel)
        _put_in_place(work, final)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            shutil.rmtree(work)
        if isinstance(exc, OSError) and is_full_disk_error(exc, final.parent):
            raise _disk_full(final.parent) from None
        if isinstance(exc, OSError):
            raise CasebookError(
                "The backup could not be written to {parent} ({reason}); the previous backup "
                "there, if any, is unchanged.",
                parent=final.parent,
                reason=exc.strerror,
            ) from None
        raise
    if keep is not None:
        result.removed = _prune(destination, keep)
    return result


def _write_copy(
    book: Casebook,
    work: Path,
    result: BackupResult,
    progress: BackupProgress | None,
    cancel: threading.Event | None,
) -> None:
    book.check_slot_file()  # a tampered slot file is not copied as if it were good
    blobs = _copy_database(book, work / DB_NAME)
    vault = Vault(work / VAULT_DIR, book.derive_key("vault"))
    make_private_folder(work / VAULT_DIR)
    make_private_folder(work / VAULT_DIR / INCOMING_DIR)
    make_private_folder(work / BACKUP_DIR)
    for index, (name, sha256, size) in enumerate(blobs, start=1):
        if cancel is not None and cancel.is_set():
            raise BackupCancelled()
        source = book.vault.path_of(name)
        target = vault.path_of(name)
        if not target.parent.is_dir():
            make_private_folder(target.parent)
        _copy_file(source, target)
        label = phrase("the stored file {name}", name=name)
        problem = vault.verify(name, label, sha256, size)
        if problem:
            raise CasebookError(
                "The backup was not made: {problem} The casebook itself may be damaged; "
                "run `casebook verify` on it.",
                problem=problem,
            )
        result.files += 1
        result.size += target.stat().st_size
        if progress is not None:
            progress("files", index, len(blobs))
    for name in {target.parent for target in map(vault.path_of, (b[0] for b in blobs))}:
        fsync_dir(name)
    _copy_file(book.folder / SLOTS_NAME, work / SLOTS_NAME)
    if KeySlotFile.load(work / SLOTS_NAME).casebook_id != book.id:
        raise CasebookError("The key-slot file changed to another casebook's during the backup.")
    if (book.folder / MARKER_NAME).is_file():
        _copy_file(book.folder / MARKER_NAME, work / MARKER_NAME)
    stamps = book.folder / TIMESTAMPS_DIR
    if stamps.is_dir():
        # A request being queued (an intake now) is built in a hidden .tmp folder: left out.
        ignore = shutil.ignore_patterns(".*.tmp")
        shutil.copytree(stamps, work / TIMESTAMPS_DIR, copy_function=_copy_file, ignore=ignore)
    for folder in (work / VAULT_DIR, work):
        fsync_dir(folder)


def _copy_database(book: Casebook, target: Path) -> list[tuple[str, str, int]]:
    """The database as of one snapshot, under the same key; returns the blobs it names.

    ``VACUUM INTO`` reads inside one transaction (WAL readers see one snapshot) and SQLCipher
    encrypts the new file with the connection's key. The copy is then attached (an ATTACH
    without a key uses the main database's) to list its blobs and check every page of it.
    """
    raw = book.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM INTO ?", (str(target),))
        cursor.execute(f"ATTACH DATABASE ? AS {_ATTACHED}", (str(target),))
        try:
            problems = [
                row[0]
                for row in cursor.execute(f"PRAGMA {_ATTACHED}.integrity_check").fetchall()
                if row[0] != "ok"
            ]
            copied_id = cursor.execute(
                "SELECT value FROM backup_copy.settings WHERE key = 'casebook_id'"
            ).fetchone()
            blobs = [
                (str(name), str(sha256), int(size))
                for name, sha256, size in cursor.execute(
                    "SELECT storage_name, sha256, size FROM backup_copy.blobs ORDER BY storage_name"
                ).fetchall()
            ]
        finally:
            cursor.execute(f"DETACH DATABASE {_ATTACHED}")
            cursor.close()
    finally:
        raw.close()
    if problems or copied_id is None or copied_id[0] != book.id:
        raise CasebookError(
            "The backup was not made: the copy of the database did not check out "
            "({problems}). Run `casebook verify` on the casebook.",
            problems="; ".join(problems[:3]) or phrase("it is not this casebook"),
        )
    os.chmod(target, 0o600)
    with target.open("rb") as copied:
        os.fsync(copied.fileno())
    return blobs


def _copy_file(source: str | Path, target: str | Path) -> None:
    """Copy one file, private and synced to disk (also ``copytree``'s copy function)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())


def _put_in_place(work: Path, final: Path) -> None:
    """Rename the checked copy into place; an older backup there goes only after that."""
    old = None
    if final.exists():
        old = final.parent / f".{final.name}.{secrets.token_hex(4)}.previous"
        os.replace(final, old)
    try:
        os.replace(work, final)
    except BaseException:
        if old is not None:
            os.replace(old, final)  # put the previous backup back
        raise
    fsync_dir(final.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _remove_interrupted(parent: Path, name: str) -> None:
    """What an earlier backup to the same place left when it was killed."""
    pattern = re.compile(rf"\.{re.escape(name)}\.[0-9a-f]{{8}}\.partial")
    stale = re.compile(r"\.casebook-\d{8}T\d{6}Z(-\d+)?\.[0-9a-f]{8}\.partial")
    previous = re.compile(rf"\.{re.escape(name)}\.[0-9a-f]{{8}}\.previous")
    for entry in parent.iterdir():
        if previous.fullmatch(entry.name) and not (parent / name).exists():
            os.replace(entry, parent / name)  # killed between the two renames: put it back
        elif pattern.fullmatch(entry.name) or stale.fullmatch(entry.name):
            shutil.rmtree(entry, ignore_errors=True)


def _check_replaceable(book: Casebook, final: Path) -> None:
    """Only an earlier backup of this same casebook is replaced, never another folder."""
    try:
        same = final.is_dir() and KeySlotFile.load(final / SLOTS_NAME).casebook_id == book.id
    except CasebookError:
        same = False
    if not same or not (final / DB_NAME).is_file():
        raise CasebookError(
            "{final} already exists and is not a backup of this casebook, so it was left "
            "alone. Choose a new folder, or use --keep N with a folder that holds "
            "backups.",
            final=final,
        )


def _refuse_inside(casebook: Path, destination: Path) -> None:
    folder = casebook.resolve()
    target = destination.resolve()
    if target == folder or folder in target.parents or target in folder.parents:
        raise CasebookError(
            "A backup must go outside the casebook folder (ideally on another disk); "
            "{destination} is inside it or contains it.",
            destination=destination,
        )


def _dated_name(folder: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate, n = folder / f"casebook-{stamp}", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"casebook-{stamp}-{n}"
    return candidate


def dated_backups(folder: Path) -> list[Path]:
    """The backups in a ``keep`` folder, oldest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_dir() and DATED.fullmatch(p.name)]
    return sorted(found, key=lambda p: (p.name[:25], int(p.name[26:] or 1)))


def _prune(folder: Path, keep: int) -> list[Path]:
    backups = dated_backups(folder)
    removed = backups[: max(0, len(backups) - keep)]
    for old in removed:
        shutil.rmtree(old)
    return removed


def _disk_full(folder: Path) -> CasebookError:
    return CasebookError(
        "The disk holding {folder} is full, so the backup was not made; the previous "
        "backup there, if any, is unchanged. Free some space or choose another disk.",
        folder=folder,
    )
