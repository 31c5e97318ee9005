"""A create that was killed half-way: its remains are recognised, explained, and replaced.

``Casebook.create`` writes ``UNFINISHED.txt`` right after taking the folder's lock and
removes it as its very last step, so a folder holding that file never held records. A new
create may clear it; a folder without it (a real casebook, or someone's files) never is.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from ..errors import CasebookExists, NotACasebook
from .atomic_write import fsync_dir
from .layout import BACKUP_DIR, LOCK_NAME, MADE_BY_CREATE, UNFINISHED_NAME, VAULT_DIR

_TEXT = (
    "Casebook began making a casebook in this folder and was stopped before it finished.\n"
    "It holds no records. Create the casebook again in this same folder to start over;\n"
    "these files will then be replaced.\n"
)


def is_unfinished(folder: Path) -> bool:
    return (folder / UNFINISHED_NAME).is_file()


def unfinished_error(folder: Path) -> NotACasebook:
    return NotACasebook(
        "Making the casebook in {folder} was stopped before it finished (or is still "
        "under way in another window), so it holds no records and cannot be opened. "
        "Create the casebook again in this same folder (`casebook init` or New "
        "casebook); the unfinished files are replaced.",
        folder=folder,
    )


def check_free_for_create(folder: Path) -> None:
    """Refuse unless ``folder`` is absent, empty, or the remains of an unfinished create."""
    if not folder.exists():
        return
    if not folder.is_dir() or not _empty_or_remains(folder):
        raise CasebookExists(
            "{folder} already exists and is not empty. Choose a new folder name for the casebook.",
            folder=folder,
        )


def begin(folder: Path) -> None:
    """Under the folder's lock: check again, clear any remains, and mark the create begun."""
    check_free_for_create(folder)
    remove_remains(folder, keep_lock=True)
    # Written in place, not through a temporary file: a kill mid-way must leave the mark
    # (its presence is what counts), never a stray temporary that blocks the next create.
    with open(folder / UNFINISHED_NAME, "w", encoding="utf-8") as mark:
        mark.write(_TEXT)
        mark.flush()
        os.fsync(mark.fileno())
    fsync_dir(folder)


def finish(folder: Path) -> None:
    """The last step of a create: from now on the folder is a casebook."""
    (folder / UNFINISHED_NAME).unlink()
    fsync_dir(folder)


def remove_remains(folder: Path, keep_lock: bool) -> None:
    """Delete what a create writes (and nothing else); the marker goes last."""
    for name in sorted(MADE_BY_CREATE - {VAULT_DIR, BACKUP_DIR}):
        if name == LOCK_NAME and keep_lock:
            continue
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    for name in (VAULT_DIR, BACKUP_DIR):
        shutil.rmtree(folder / name, ignore_errors=True)
    with contextlib.suppress(OSError):
        (folder / UNFINISHED_NAME).unlink()


def _empty_or_remains(folder: Path) -> bool:
    names = {p.name for p in folder.iterdir()}
    if names <= {LOCK_NAME}:
        return True  # a create killed before its first step leaves only the lock file
    if UNFINISHED_NAME not in names or not names <= MADE_BY_CREATE | {UNFINISHED_NAME}:
        return False
    if any((folder / name).is_symlink() for name in names):
        return False
    # A create stores no evidence and makes no backup: any file there is not its remains.
    return not any(
        p.is_file() or p.is_symlink()
        for name in (VAULT_DIR, BACKUP_DIR)
        for p in (folder / name).rglob("*")
    )
