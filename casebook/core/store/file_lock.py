"""Exclusive locks on an open file, per OS: ``flock`` on Linux and macOS, ``msvcrt`` on Windows.

The casebook lock (``folder_lock``) and the export staging registry (``staging``) both hold
such a lock for as long as a process works on something; the OS drops it when the process
dies, however it dies, so a killed program never leaves a stale lock behind.

On Windows ``msvcrt.locking`` locks bytes from the file position: the first byte is
locked (past the end of an empty file is allowed) after seeking to the start, and unlocked
the same way before the file is closed. Its blocking mode gives up after ten seconds, so a
waiting lock is retried here instead.
"""

from __future__ import annotations

import os
import time

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # Linux, macOS
    msvcrt = None  # type: ignore[assignment]

_RETRY_SECONDS = 0.05


def lock(fd: int, wait: bool = False) -> bool:
    """Lock ``fd`` exclusively. False if another holder has it and ``wait`` is False."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return False
        return True
    while True:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:  # PermissionError (EACCES) or EDEADLOCK: held by another handle
            if not wait:
                return False
            time.sleep(_RETRY_SECONDS)
        else:
            return True


def unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    os.lseek(fd, 0, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
