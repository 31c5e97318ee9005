"""What a casebook folder holds besides its records: blobs no record names, foreign files.

Intake moves an encrypted blob into place, then commits its row; a process killed between
the two leaves a blob nothing refers to. The vault marks each blob ``incoming/<name>.pending``
before moving it, so opening removes exactly the marked blobs whose row never came. Opening
holds the folder's lock (``folder_lock``), so no other process can be mid-intake then, and a
blob a ``Blob`` row names is never removed. A blob with neither row nor mark is not deleted
(casebook.db may be an older copy than the vault, and those files are evidence); ``verify``
reports it, and every file Casebook did not put in the folder.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Blob
from ..phrase import Phrase, phrase
from .layout import BACKUP_DIR, INCOMING_DIR, TOP_LEVEL, VAULT_DIR, is_slot_file_leftover
from .vault import Vault

_SHARD = re.compile(r"[0-9a-f]{2}")
_BLOB = re.compile(r"([0-9a-f]{32})\.cbx")
_WORK_IN_PROGRESS = re.compile(r"[0-9a-f]{32}\.(part|pending)")
_BACKUP = re.compile(r"casebook-\d{8}T\d{6}Z\.db")


def referenced_blobs(session: Session) -> set[str]:
    return set(session.scalars(select(Blob.storage_name)))


def remove_unrecorded_blobs(vault: Vault, session: Session) -> int:
    """On open, under the folder lock: drop blobs an interrupted intake never recorded."""
    pending = vault.pending_names()
    if not pending:
        return 0
    unrecorded = pending - referenced_blobs(session)
    for name in unrecorded:
        vault.discard(name)
    return len(unrecorded)


def clear_recorded_marks(vault: Vault, session: Session) -> None:
    """On close: marks of blobs now recorded are no longer needed (the rest wait for open)."""
    pending = vault.pending_names()
    if pending:
        vault.clear_pending(pending & referenced_blobs(session))


def remove_slot_file_leftovers(folder: Path) -> None:
    """A key-slot file being replaced when the process stopped; the real one is intact."""
    for path in folder.iterdir():
        if is_slot_file_leftover(path.name):
            with contextlib.suppress(OSError):
                path.unlink()


def folder_problems(folder: Path, session: Session) -> list[Phrase]:
    """For ``verify``: stored files no record names, then files Casebook did not write."""
    referenced = referenced_blobs(session)
    blobs, foreign = _survey(folder)
    problems = [
        phrase(
            "{path}: a stored (encrypted) file that no record refers to. An "
            "interrupted import can leave one, or casebook.db is older than the rest of the "
            "folder; keep the file until you know which.",
            path=_relative(path, folder),
        )
        for name, path in sorted(blobs.items())
        if name not in referenced
    ]
    problems += [
        phrase(
            "{path}: Casebook did not put this in the casebook folder. Find "
            "out how it got there, then move it out of the folder.",
            path=_relative(path, folder),
        )
        for path in foreign
    ]
    return problems


def _survey(folder: Path) -> tuple[dict[str, Path], list[Path]]:
    """The vault's blobs by storage name, and every entry that is not Casebook's."""
    blobs: dict[str, Path] = {}
    foreign: list[Path] = []
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink() or (
            entry.name not in TOP_LEVEL and not is_slot_file_leftover(entry.name)
        ):
            foreign.append(entry)
    vault = folder / VAULT_DIR
    for entry in _real_folder_entries(vault):
        if entry.name == INCOMING_DIR and _is_real_folder(entry):
            foreign += [
                p
                for p in _real_folder_entries(entry)
                if p.is_symlink() or not p.is_file() or not _WORK_IN_PROGRESS.fullmatch(p.name)
            ]
        elif _SHARD.fullmatch(entry.name) and _is_real_folder(entry):
            for path in _real_folder_entries(entry):
                match = _BLOB.fullmatch(path.name)
                in_place = match is not None and match.group(1).startswith(entry.name)
                if match and in_place and path.is_file() and not path.is_symlink():
                    blobs[match.group(1)] = path
                else:
                    foreign.append(path)
        else:
            foreign.append(entry)
    for entry in _real_folder_entries(folder / BACKUP_DIR):
        if entry.is_symlink() or not entry.is_file() or not _BACKUP.fullmatch(entry.name):
            foreign.append(entry)
    return blobs, foreign


def _is_real_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _real_folder_entries(path: Path) -> list[Path]:
    """A folder's entries, sorted; none for a missing folder or a link to one elsewhere."""
    if not _is_real_folder(path):
        return []
    return sorted(path.iterdir())


def _relative(path: Path, folder: Path) -> str:
    return path.relative_to(folder).as_posix()
