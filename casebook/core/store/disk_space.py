"""Telling a full disk from a damaged database.

SQLite reports a full disk in more than one way: a write fails with SQLITE_FULL, but
opening a casebook whose write-ahead index cannot grow fails with a plain "disk I/O error",
which reads like damage. A user told "restore from a backup" on a full disk would throw
away recent work, so any such error on a disk with almost no room left is named for what
it most likely is: once space is freed, real damage (if any) is still reported.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from ..errors import CasebookError, StorageFull
from ..phrase import Phrase

# Below this much free space a database error is blamed on the disk, not on the file.
LOW_SPACE_BYTES = 8 * 2**20

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26
# What a disk that cannot grow a file can look like to SQLite.
_DISK_LIKE = {_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB}


_DISK_FULL = Phrase(
    "The disk that holds the casebook {folder} is full, so its database could not "
    "be read or written and nothing was saved from this step. This is not damage: "
    "free some space on that disk and try again. Do not restore the casebook from a "
    "backup, which would lose your recent work."
)


class CasebookDiskFull(StorageFull):
    """The disk holding the casebook is full; says which folder, and not to restore."""

    def __init__(self, folder: Path) -> None:
        # StorageFull takes no message; its base is called directly, with a Phrase literal
        # (scripts/core-phrases finds only literals of super().__init__ and Phrase()).
        CasebookError.__init__(self, _DISK_FULL.template, folder=folder)


def free_bytes(folder: Path) -> int | None:
    """Space an ordinary user may still write in ``folder``; None when it cannot be asked."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_is_full(folder: Path) -> bool:
    free = free_bytes(folder)
    return free is not None and free < LOW_SPACE_BYTES


def is_full_disk_error(error: BaseException, folder: Path) -> bool:
    """True when ``error`` (a DB-API or OS error) comes from a full disk under ``folder``."""
    if isinstance(error, OSError):
        return error.errno == errno.ENOSPC or (error.errno == errno.EIO and disk_is_full(folder))
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return False
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return True
    return primary in _DISK_LIKE and disk_is_full(folder)
