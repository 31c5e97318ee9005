"""The ``casebook section`` sub-commands: set, import, list and show authored sections.

Sections are the complaint's own argument (summary, jurisdiction, reasons to act, legal
argument per charge and element …), written in files and kept in the casebook as versions.
``list`` names the sections and their sizes, never their text; ``show`` prints one text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from casebook.core.errors import CasebookError
from casebook.core.export.citations import case_citation_problems
from casebook.core.records import cases
from casebook.core.records.sections import (
    MAX_SECTION_CHARS,
    SECTION_KINDS,
    import_sections,
    load_sections,
    section_history,
    set_section,
)
from casebook.core.text.json_input import JsonInputError, loads

from .commands import open_casebook
from .registry import Subparsers, add_command

# UTF-8 needs at most four bytes a character; a larger file cannot be one section.
_MAX_FILE_BYTES = 4 * MAX_SECTION_CHARS + 4096


def _read(name: str) -> str:
    """The text of a file given on the command line (``-`` is standard input), as UTF-8."""
    if name == "-":
        data = sys.stdin.buffer.read(_MAX_FILE_BYTES + 1)
        where = "standard input"
    else:
        path = Path(name)
        if not path.is_file():
            raise CasebookError(f"There is no file {name}. Give the path of a UTF-8 text file.")
        if path.stat().st_size > _MAX_FILE_BYTES:
            raise CasebookError(
                f"{name} is larger than any section can be ({MAX_SECTION_CHARS:,} characters). "
                "Check that it is the right file, or split the text across sections."
            )
        data = path.read_bytes()
        where = name
    if len(data) > _MAX_FILE_BYTES:
        raise CasebookError(
            f"The text on {where} is larger than any section can be ({MAX_SECTION_CHARS:,} "
            "characters)."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CasebookError(
            f"{where} is not UTF-8 text (byte {error.start} cannot be read). Save it as UTF-8 "
            "(in most editors: Save as… → Encoding: UTF-8) and try again."
        ) from None


def section_help(args: argparse.Namespace) -> int:
    raise CasebookError(
        "Say what to do with sections: `casebook section set`, `import`, `list` or `show`."
    )


def section_set(args: argparse.Namespace) -> int:
    text = args.text if args.text is not None else _read(args.file)
    with open_casebook(args.path) as book, book.session() as session:
        case = cases.case_by_reference(session, args.case)
        slot = {"charge_id": args.charge, "element_id": args.element}
        before = {r.id for r in section_history(session, case, args.kind, **slot)}
        row = set_section(session, case, args.kind, text, **slot)
        new = row.id not in before
        session.commit()
        what = args.kind + (f" of charge {row.charge_id[:8]}" if row.charge_id else "")
        what += f", element {row.element_id}" if row.element_id else ""
        if new:
            print(f"Saved {what} as version {row.version} ({len(row.text):,} characters).")
        else:
            print(f"{what} is unchanged (version {row.version}); nothing was saved.")
        for problem in case_citation_problems(session, case, row.text):
            print(f"Warning: {problem}", file=sys.stderr)
    return 0


def section_import(args: argparse.Namespace) -> int:
    raw = _read(args.file)
    try:
        document = loads(raw)
    except json.JSONDecodeError as error:
        raise CasebookError(
            f"{args.file} is not valid JSON (line {error.lineno}, column {error.colno}). "
            'Give {"sections": [{"kind": "summary", "text": "…"}, …]}.'
        ) from None
    except JsonInputError as error:
        raise CasebookError(f"{args.file}: {error}") from None
    with open_casebook(args.path) as book, book.session() as session:
        case = cases.case_by_reference(session, args.case)
        written = import_sections(session, case, document)
        session.commit()
    print(f"Saved {len(written)} section version(s); sections with the same text were kept.")
    return 0


def section_list(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        case = cases.case_by_reference(session, args.case)
        sections = load_sections(session, case)
        texts = sections.texts()
        if not texts:
            print(
                f"Case {case.reference} has no authored sections yet. Write one with "
                "`casebook section set PATH --case REF --kind summary --file summary.txt`."
            )
        for slot, text in texts:
            history = section_history(
                session,
                case,
                slot.kind,
                charge_id=slot.charge_id or None,
                element_id=slot.element_id or None,
            )
            print(
                f"{slot.kind}\t{slot.charge_id[:8] or '-'}\t{slot.element_id or '-'}\t"
                f"{len(text):,} characters\t{len(history)} version(s)"
            )
        for slot in sections.forked:
            print(
                f"Note: {slot.label()} was written in two casebooks at once; the newer text is "
                "used. Save it once more to settle it.",
                file=sys.stderr,
            )
    return 0


def section_show(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        case = cases.case_by_reference(session, args.case)
        history = section_history(
            session, case, args.kind, charge_id=args.charge, element_id=args.element
        )
        if not history:
            raise CasebookError(
                f"Nothing is written for {args.kind} yet. `casebook section list` shows what is."
            )
        sections = load_sections(session, case)
        if args.charge is None:
            print(sections.case(args.kind))
        elif args.element is None:
            print(sections.charge(history[-1].charge_id or ""))
        else:
            print(sections.element(history[-1].charge_id or "", history[-1].element_id or ""))
    return 0


def _slot_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path")
    p.add_argument("--case", required=True, help="The case reference.")
    p.add_argument("--kind", required=True, choices=SECTION_KINDS, help="Which section.")
    p.add_argument(
        "--charge", metavar="ID", help="For legal_argument and element_argument: the charge."
    )
    p.add_argument(
        "--element", metavar="ID", help="For element_argument: the element, such as 7(1)(d)/1."
    )


def register(sub: Subparsers) -> None:
    p = add_command(
        sub, "section", section_help, "Write or list the authored sections of a complaint."
    )
    section_sub = p.add_subparsers(dest="section_command", metavar="ACTION")
    set_ = add_command(
        section_sub, "set", section_set, "Save the text of one section as a new version."
    )
    _slot_arguments(set_)
    source = set_.add_mutually_exclusive_group(required=True)
    source.add_argument("--file", metavar="FILE", help="A UTF-8 text file (- for stdin).")
    source.add_argument("--text", help="The text itself, for a short section.")
    imp = add_command(
        section_sub,
        "import",
        section_import,
        'Save several sections from JSON: {"sections": [{"kind": …, "charge": …, '
        '"element": …, "text": …}]}; all are checked before any is saved.',
    )
    imp.add_argument("path")
    imp.add_argument("--case", required=True, help="The case reference.")
    imp.add_argument("file", metavar="FILE", help="The JSON file (- for stdin).")
    lst = add_command(section_sub, "list", section_list, "List the sections written for a case.")
    lst.add_argument("path")
    lst.add_argument("--case", required=True, help="The case reference.")
    show = add_command(section_sub, "show", section_show, "Print the current text of a section.")
    _slot_arguments(show)
