"""One writer per casebook: an OS file lock held for as long as the casebook is open."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import CasebookError, CasebookLocked

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class FolderLock:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise CasebookError(
                f"Casebook cannot write in the folder {self._path.parent} ({exc.strerror}). "
                "A casebook can only be used from a folder you may write to: copy the folder "
                "to such a place (not a read-only drive or share), or check its permissions."
            ) from None
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            raise CasebookLocked(
                "This casebook is already open in another Casebook window or command. Close "
                "it there first; two programs writing at once could damage it."
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
