"""Writing files that hold secrets or case data: private from the first byte, durable.

Every file Casebook writes for the user (key slots, bundles, prints, copies of evidence,
interchange documents, packages) goes through here, so each one is private to the user
(0600 files, 0700 folders) whatever the umask says. The mode is set on the open descriptor
before any byte is written; the data is fsynced, and a rename is followed by an fsync of
the folder so the rename itself survives a crash.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from typing import BinaryIO

from ..errors import StorageFull

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def open_private(path: Path) -> BinaryIO:
    """A new file open for writing, readable by its owner only; refuses an existing one."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        _set_mode(fd, PRIVATE_FILE)
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise


def write_private(path: Path, data: bytes) -> None:
    """Write a new private file in one go and make it durable; refuses an existing file."""
    with open_private(path) as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def make_private_folder(path: Path) -> None:
    """Create one folder only its owner can enter; refuses an existing one."""
    os.mkdir(path, PRIVATE_FOLDER)
    # The umask may have taken bits away (0o277 leaves 0o500): set the mode exactly.
    os.chmod(path, PRIVATE_FOLDER)


def make_private_folders(path: Path) -> None:
    """Like ``mkdir -p``, but every folder it creates is private; existing ones are kept."""
    missing: list[Path] = []
    current = Path(path)
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            make_private_folder(folder)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` whole with a private file: a crash leaves the old or the new one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            _set_mode(fd, PRIVATE_FILE)
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename or create inside ``folder`` durable (no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _set_mode(fd: int, mode: int) -> None:
    # The umask can only take bits away from the mode given to open(); a file created with
    # fewer bits (umask 0o277) would still be written, so the exact mode is set here.
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
