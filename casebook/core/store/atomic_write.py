r"""Writing files that hold secrets or case data: private from the first byte, durable.

Every file Casebook writes for the user (key slots, bundles, prints, copies of evidence,
interchange documents, packages) goes through here, so each one is private to the user
(0600 files, 0700 folders) whatever the umask says. The mode is set on the open descriptor
before any byte is written; the data is fsynced, and a rename is followed by an fsync of
the folder so the rename itself survives a crash.

What each step means per OS (packaging/README.md lists the tests that exercise each branch):

- Permissions: 0600/0700 are set on Linux and macOS. On Windows the mode only clears the
  read-only flag; protection comes from the folder's ACLs (the user profile, where Casebook
  keeps its data, is readable by that user, SYSTEM and administrators only).
- Durability: ``os.fsync`` on Linux; on macOS ``F_FULLFSYNC`` as well (``fsync`` there does
  not flush the drive's cache). A folder cannot be opened for fsync on Windows; NTFS
  journals the rename itself, so :func:`fsync_dir` does nothing there.
- Atomic replace: ``os.replace``; on Windows a virus scanner or the search indexer may hold
  the target open for a moment (a sharing violation), so the replace is retried briefly.
- Long paths: Windows refuses paths of 260 characters or more unless they carry the
  ``\\?\`` prefix; :func:`os_path` adds it. Linux and macOS paths are used as given.
"""

from __future__ import annotations

import contextlib
import errno
import ntpath
import os
import sys
import time
from pathlib import Path
from typing import BinaryIO

from ..errors import StorageFull

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700

# Which OS branches run; tests force the other branches by setting these.
WINDOWS = os.name == "nt"
MACOS = sys.platform == "darwin"

# MAX_PATH is 260 with the terminating NUL; a new folder must leave room for an 8.3 name (248).
_WINDOWS_SHORT_PATH = 248
_REPLACE_ATTEMPTS = 20
_REPLACE_PAUSE = 0.05  # seconds; 20 attempts wait at most about a second


def os_path(path: Path | str) -> str:
    r"""``path`` as the OS can open it: on Windows a long path gets the ``\\?\`` prefix."""
    text = os.fspath(path)
    if not WINDOWS or len(text) < _WINDOWS_SHORT_PATH or text.startswith("\\\\?\\"):
        return text
    full = ntpath.normpath(ntpath.abspath(text))  # the prefix turns off "." and "/" handling
    if full.startswith("\\\\"):  # \\server\share\… → \\?\UNC\server\share\…
        return "\\\\?\\UNC\\" + full[2:]
    return "\\\\?\\" + full


def durable_sync(fd: int) -> None:
    """Flush a file's data to the disk itself, not only to the OS or the drive's cache."""
    os.fsync(fd)
    if MACOS:
        import fcntl

        with contextlib.suppress(OSError, AttributeError):  # not every volume supports it
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)


def replace(source: Path | str, target: Path | str) -> None:
    """``os.replace``, retried for a moment on Windows while another program holds the target."""
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(os_path(source), os_path(target))
            return
        except PermissionError:
            if not WINDOWS or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE)


def open_private(path: Path) -> BinaryIO:
    """A new file open for writing, readable by its owner only; refuses an existing one."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(os_path(path), flags, PRIVATE_FILE)
    try:
        _set_mode(fd, PRIVATE_FILE)
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(os_path(path))
        raise


def write_private(path: Path, data: bytes) -> None:
    """Write a new private file in one go and make it durable; refuses an existing file."""
    with open_private(path) as out:
        out.write(data)
        out.flush()
        durable_sync(out.fileno())


def make_private_folder(path: Path) -> None:
    """Create one folder only its owner can enter; refuses an existing one."""
    os.mkdir(os_path(path), PRIVATE_FOLDER)
    # The umask may have taken bits away (0o277 leaves 0o500): set the mode exactly.
    os.chmod(os_path(path), PRIVATE_FOLDER)


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
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        fd = os.open(os_path(tmp), flags, PRIVATE_FILE)
        try:
            _set_mode(fd, PRIVATE_FILE)
            os.write(fd, data)
            durable_sync(fd)
        finally:
            os.close(fd)
        replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(os_path(tmp))
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename or create inside ``folder`` durable (no-op where unsupported)."""
    if WINDOWS:  # no handle to a folder through os.open; NTFS journals the rename
        return
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
