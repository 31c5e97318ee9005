"""The ``casebook`` command: no arguments opens the desktop app; sub-commands run headless.

The command names are fixed: scripts and documentation depend on them. Each commands
module registers its own sub-commands, so features do not meet in one long function.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DatabaseError

from casebook.core.errors import CasebookError
from casebook.core.store import staging

from . import (
    analysis_commands,
    backup_commands,
    bundle_commands,
    commands,
    exchange_commands,
    section_commands,
    timestamp_commands,
)
from .registry import Registrar

REGISTRARS: list[Registrar] = [
    commands.register,
    bundle_commands.register,
    analysis_commands.register,
    exchange_commands.register,
    timestamp_commands.register,
    section_commands.register,
    backup_commands.register,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casebook",
        description="Encrypted casebook for documenting atrocity crimes. Without a command, "
        "the desktop application opens. Passphrases come from a prompt, or from the "
        "CASEBOOK_PASSPHRASE environment variable in scripts.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in REGISTRARS:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0].startswith("-") and arguments[0] not in ("-h", "--help"):
        from casebook.gui.app import run  # Qt's own options (-reverse, -style …): the desktop

        return run(arguments)
    args = build_parser().parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        from casebook.gui.app import run  # imported late: the CLI never needs Qt

        return run([])
    remove_interrupted_exports()
    try:
        return int(handler(args))
    except CasebookError as exc:
        print(f"casebook: {exc}", file=sys.stderr)
        return 1
    except DatabaseError:
        print(
            "casebook: The casebook's database could not be read or written; it may be damaged "
            "or the disk may be failing. Run `casebook verify` on it, and restore from a backup "
            "if it reports damage.",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("casebook: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130


def remove_interrupted_exports() -> None:
    """Delete what exports killed half-way left (decrypted files); say what resists."""
    for problem in staging.sweep():
        print(f"casebook: warning: {problem}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
