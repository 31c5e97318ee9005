"""One writer per casebook: an OS file lock held for as long as the casebook is open."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..errors import CasebookError, CasebookLocked
from . import file_lock


class FolderLock:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise CasebookError(
                "Casebook cannot write in the folder {parent} ({reason}). A casebook can "
                "only be used from a folder you may write to: copy the folder to such a "
                "place (not a read-only drive or share), or check its permissions.",
                parent=self._path.parent,
                reason=exc.strerror,
            ) from None
        try:
            locked = file_lock.lock(fd)
        except OSError:  # a file system without locks: refuse rather than risk two writers
            locked = False
        if not locked:
            os.close(fd)
            raise CasebookLocked(
                "This casebook is already open in another Casebook window or command. Close "
                "it there first; two programs writing at once could damage it."
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):  # closing the file drops the lock anyway
                file_lock.unlock(self._fd)
            os.close(self._fd)
            self._fd = None
