"""``casebook backup``: a checked, encrypted copy of a casebook folder (core/store/backup.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from casebook.core.errors import CasebookLocked
from casebook.core.export.annexes import human_size
from casebook.core.store.backup import back_up

from .commands import open_casebook
from .registry import Subparsers, add_command


def backup(args: argparse.Namespace) -> int:
    try:
        with open_casebook(args.path) as book:
            result = back_up(book, Path(args.dest), keep=args.keep)
    except CasebookLocked as exc:
        raise CasebookLocked(
            f"{exc} While it is open in the app, back it up from there: File ▸ Back up…"
        ) from None
    print(
        f"Backed up to {result.folder}: the database and {result.files} stored file(s) "
        f"({human_size(result.size)}), each checked against its SHA-256."
    )
    for old in result.removed:
        print(f"Removed the older backup {old.name} (--keep {args.keep}).")
    print("It opens with the same passphrase and recovery key; `casebook verify` checks it.")
    return 0


def register(sub: Subparsers) -> None:
    p = add_command(
        sub, "backup", backup,
        "Copy the casebook, still encrypted, to another place and check the copy. An "
        "interrupted backup leaves the previous one intact.",
    )  # fmt: skip
    p.add_argument("path")
    p.add_argument(
        "dest", metavar="DEST",
        help="The backup folder (an earlier backup of this casebook there is replaced), or "
        "with --keep a folder of dated backups.",
    )  # fmt: skip
    p.add_argument(
        "--keep", type=int, metavar="N",
        help="Put a new dated backup in DEST and keep only the newest N there.",
    )  # fmt: skip
    p.epilog = (
        "To restore: close Casebook, move the casebook folder aside, copy the backup folder "
        "in its place and run `casebook verify` on it (see docs/casebook-format.md, section 9)."
    )
