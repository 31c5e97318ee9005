"""Half-written exports, recorded before their first byte so the next start can remove them.

An export writes decrypted case data (exhibits, statements, identities) into a staging
file or folder named ``….partial`` beside its destination, then renames it into place.
A process killed in between (kill -9, power loss) cannot clean up after itself, so each
staging path is first recorded in a small registry in the user's data folder. The entry
stays locked (an OS file lock) while its export runs; the lock dies with the process.
``sweep()``, run at every start of the CLI and the GUI, removes what unlocked entries
name; ``leftovers()`` lists what it could not remove, for ``casebook verify``.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from ..errors import CasebookError, StorageFull
from ..phrase import Phrase, phrase
from . import file_lock
from .atomic_write import (
    fsync_dir,
    make_private_folder,
    make_private_folders,
    open_private,
    replace,
)
from .user_data import ENVIRONMENT, user_data_dir

SUFFIX = ".partial"
_ENTRY = ".json"
_REGISTERING_SECONDS = 60.0


def registry_folder() -> Path:
    return user_data_dir() / "staging"


def staging_path(target: Path) -> Path:
    """Where ``target`` is written before it is renamed into place."""
    return target.with_name(target.name + SUFFIX)


class _Entry:
    """One registry file, locked from its creation for as long as its export runs."""

    def __init__(self, staged: Path) -> None:
        try:
            folder = registry_folder()
            make_private_folders(folder)
        except OSError as exc:
            raise CasebookError(
                "Casebook cannot write in its data folder ({reason}); an export needs it to "
                "clean up after an interruption. Check that folder's permissions, or set "
                "{environment} to a folder you can write to.",
                reason=exc.strerror,
                environment=ENVIRONMENT,
            ) from None
        self.path = folder / f"{uuid.uuid4().hex}{_ENTRY}"
        body = json.dumps({"path": str(staged.absolute()), "pid": os.getpid()}).encode()
        out = open_private(self.path)
        try:
            _lock(out.fileno(), wait=True)
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
            fsync_dir(folder)
        except BaseException:
            out.close()
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise
        self._file = out

    def close(self) -> None:
        self._file.close()  # releases the lock; the staged path is gone by now
        with contextlib.suppress(OSError):
            self.path.unlink()


@contextlib.contextmanager
def staged(target: Path, folder: bool = False) -> Iterator[Path]:
    """Yield the staging path for ``target``, recorded in the registry before it exists.

    With ``folder`` the staging folder is created (0700). The caller writes into the staging
    path and renames it to ``target`` (``publish``) before the block ends; whatever is still
    at the staging path when the block ends, normally or by an exception, is removed.
    """
    path = staging_path(Path(target))
    entry = _Entry(path)
    try:
        if folder:
            make_private_folder(path)
        yield path
    finally:
        try:
            _remove(path)
        finally:
            entry.close()


def publish(staged_path: Path, target: Path) -> None:
    """Rename the finished staging file or folder into place, durably."""
    replace(staged_path, target)
    fsync_dir(target.parent)


def write_file(target: Path, data: bytes, replace: bool = False) -> None:
    """Write ``data`` as a new private file at ``target`` through a registered staging file.

    Without ``replace`` an existing ``target`` is refused (``FileExistsError``); with it the
    file is replaced whole. A disk that fills up raises ``StorageFull``.
    """
    target = Path(target)
    if not replace and target.exists():
        raise FileExistsError(target)
    try:
        with staged(target) as path:
            with open_private(path) as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            if not replace and target.exists():
                raise FileExistsError(target)
            publish(path, target)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise


def sweep() -> list[Phrase]:
    """Remove what exports killed half-way left behind; returns what could not be removed."""
    problems: list[Phrase] = []
    try:
        folder = registry_folder()
        names = sorted(os.listdir(folder))
    except OSError:
        return problems  # no registry yet: nothing was ever staged
    for name in names:
        if name.endswith(_ENTRY):
            problem = _sweep_entry(folder / name)
            if problem:
                problems.append(problem)
    return problems


def leftovers() -> list[Phrase]:
    """What interrupted exports left and still cannot be removed (for ``casebook verify``).

    It sweeps once more first, so only what really resists removal is reported.
    """
    return sweep()


def _sweep_entry(entry: Path) -> Phrase | None:
    try:
        fd = os.open(entry, os.O_RDWR)
    except OSError:
        return None  # removed meanwhile by its own export
    try:
        if not _lock(fd, wait=False):
            return None  # its export is still running
        try:
            staged_at = Path(json.loads(os.read(fd, 1 << 16))["path"])
        except (ValueError, KeyError, TypeError, OSError):
            # Empty: its export was killed before naming anything, or is registering now
            # (it has created the entry and waits for this lock): leave young ones alone.
            if time.time() - os.fstat(fd).st_mtime < _REGISTERING_SECONDS:
                return None
            staged_at = None
        # Only a staging path is ever removed, whatever a damaged entry may say.
        if staged_at is not None and staged_at.name.endswith(SUFFIX):
            try:
                _remove(staged_at)
            except OSError as exc:
                return phrase(
                    "An export that stopped half-way left {path}, and Casebook could not "
                    "remove it ({reason}). It may hold decrypted case files: delete it "
                    "yourself.",
                    path=staged_at,
                    reason=exc.strerror,
                )
        with contextlib.suppress(OSError):
            entry.unlink()
        return None
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _lock(fd: int, wait: bool) -> bool:
    try:
        return file_lock.lock(fd, wait)
    except OSError:
        if wait:
            raise
        return False
