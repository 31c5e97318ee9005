"""The core sub-commands: init, passwd, case, add-evidence, search, verify, import, export-json."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from casebook.core import interchange
from casebook.core.errors import CasebookError
from casebook.core.models.evidence import COPY_STATUSES
from casebook.core.records import cases
from casebook.core.records.evidence import take_in
from casebook.core.records.records import set_evidence_person
from casebook.core.records.search import KIND_LABELS
from casebook.core.records.search import search as run_search
from casebook.core.store.casebook import Casebook
from casebook.core.store.staging import write_file
from casebook.core.verification import verify_casebook

from . import passphrase
from .outcome import report_outcome
from .registry import Subparsers, add_command


@contextlib.contextmanager
def open_casebook(path: str) -> Iterator[Casebook]:
    recovery = passphrase.recovery_key()
    age_identity = passphrase.age_identity()
    if age_identity is not None:
        book = Casebook.open(Path(path), age_identity=age_identity)
    elif recovery:
        book = Casebook.open(Path(path), recovery_key=recovery)
    else:
        book = Casebook.open(Path(path), passphrase.existing_passphrase())
    if book.history_warning:
        print(f"Warning: {book.history_warning}", file=sys.stderr)
    try:
        yield book
    finally:
        book.close()


def init(args: argparse.Namespace) -> int:
    secret = passphrase.new_passphrase()
    if len(secret) < 8:
        raise CasebookError("Choose a passphrase of at least 8 characters; several words are best.")
    book, recovery_text = Casebook.create(Path(args.path), secret, args.user, args.role)
    book.close()
    print(f"Created casebook at {args.path}.")
    print("Recovery key (write it on paper and keep it apart from this computer; it is shown")
    print("only now, and opens the casebook if the passphrase is lost):")
    print(f"\n    {recovery_text}\n")
    return 0


def passwd(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book:
        book.change_passphrase(passphrase.new_passphrase(passphrase.NEW_ENV_VAR))
    print("Passphrase changed. The old passphrase no longer opens this casebook.")
    return 0


def case_help(args: argparse.Namespace) -> int:
    raise CasebookError("Say what to do with cases: `casebook case add` or `casebook case list`.")


def case_add(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        case = cases.add_case(session, args.title, args.ref, args.situation, args.summary)
        session.commit()
        print(f"Added case {case.reference}: {case.title}")
    return 0


def case_list(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        rows = cases.list_cases(session)
        if not rows:
            print("No cases yet. Add one with `casebook case add PATH --title T --ref R`.")
        for case in rows:
            print(f"{case.reference}\t{case.status}\t{case.title}")
    return 0


def add_evidence(args: argparse.Namespace) -> int:
    failures = 0
    with open_casebook(args.path) as book:
        for name in args.files:
            with book.session() as session:
                case = cases.case_by_reference(session, args.case)
                try:
                    result = take_in(
                        book, session, case, Path(name), source=args.source,
                        collected_by=args.collected_by, copy_status=args.copy_status,
                        original_location=args.original_location,
                    )  # fmt: skip
                    for pseudonym in args.concerns or ():
                        set_evidence_person(session, result.item, pseudonym)
                    session.commit()
                except CasebookError as exc:
                    failures += 1
                    print(f"casebook: {name}: {exc}", file=sys.stderr)
                    continue
                item = result.item
                note = ""
                if result.duplicate_of is not None:
                    note = f" (same content as {result.duplicate_of.title!r}; stored once)"
                print(f"{item.sha256}  {item.media_type}  {item.title}{note}")
    return 1 if failures else 0


def search(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        case_id = cases.case_by_reference(session, args.case).id if args.case else None
        hits = run_search(session, args.query, case_id)
        for hit in hits:
            print(f"{KIND_LABELS.get(hit.kind, hit.kind)}\t{hit.record_id}\t{hit.snippet}")
        if not hits:
            print("No matches.", file=sys.stderr)
    return 0


def verify(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book:
        if args.accept_history and book.history_warning:
            book.accept_history()
            print("This history is now the one this computer compares the casebook with.")
        report = verify_casebook(book)
    for what, count in report.checked.items():
        print(f"checked {count} {what}")
    return report_outcome(report.problems, "All checks passed.")


def import_json(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book:
        summary = interchange.import_file(book, Path(args.file))
    print(summary)
    return 0


def export_json(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book:
        files_dir = Path(args.with_files) if args.with_files else None
        left_out: list[str] = []
        document = interchange.export_case(
            book,
            args.case,
            files_dir=files_dir,
            with_identities=args.with_identities,
            document_dir=Path(args.out).parent if args.out else Path.cwd(),
            disclosure_for=(args.use, args.recipient) if args.recipient else None,
            left_out=left_out,
        )
    for line in left_out:
        print(f"casebook: {line}", file=sys.stderr)
    text = json.dumps(document, ensure_ascii=False, indent=2)
    if args.out:
        # Private whatever the umask: with --with-identities it holds full names.
        write_file(Path(args.out), (text + "\n").encode("utf-8"), replace=True)
    else:
        print(text)
    return 0


def register(sub: Subparsers) -> None:
    p = add_command(sub, "init", init, "Create a new, empty casebook folder.")
    p.add_argument("path")
    p.add_argument("--user", help="Your name as it will appear in the audit log.")
    p.add_argument("--role", default="documenter", choices=["documenter", "legal", "supervisor"])

    p = add_command(sub, "passwd", passwd, "Change the passphrase (the data is not rewritten).")
    p.add_argument("path")
    p.epilog = "The new passphrase is asked twice, or taken from CASEBOOK_NEW_PASSPHRASE."

    p = add_command(sub, "case", case_help, "Add or list cases.")
    case_sub = p.add_subparsers(dest="case_command", metavar="ACTION")
    add = add_command(case_sub, "add", case_add, "Add a case.")
    add.add_argument("path")
    add.add_argument("--title", required=True)
    add.add_argument("--ref", required=True, help="Reference code, such as MM-2017-001.")
    add.add_argument("--situation", default="")
    add.add_argument("--summary", default="")
    lst = add_command(case_sub, "list", case_list, "List the cases.")
    lst.add_argument("path")

    p = add_command(sub, "add-evidence", add_evidence, "Take files in as evidence of a case.")
    p.add_argument("path")
    p.add_argument("--case", required=True, help="The case reference.")
    p.add_argument("--source", default="")
    p.add_argument("--collected-by", default="")
    p.add_argument(
        "--copy-status", choices=COPY_STATUSES, default=None,
        help="What is taken in: the original, a working copy of an original kept elsewhere, "
        "or a copy as received. Left out: not recorded.",
    )  # fmt: skip
    p.add_argument("--original-location", default="", help="Where the original is kept.")
    p.add_argument(
        "--concerns", action="append", metavar="PSEUDONYM",
        help="A person the file concerns (W-001…); their consent governs where it may go. "
        "Repeat for several.",
    )  # fmt: skip
    p.add_argument("files", nargs="+", metavar="FILE")

    p = add_command(sub, "search", search, "Search testimony, evidence and incidents.")
    p.add_argument("path")
    p.add_argument("query")
    p.add_argument("--case", help="Only this case (reference).")

    p = add_command(
        sub, "verify", verify,
        "Check the database, every stored file, the audit chain and every signature; "
        "exit 0 only if all hold.",
    )  # fmt: skip
    p.add_argument("path")
    p.add_argument(
        "--accept-history", action="store_true",
        help="Accept the casebook's history as it is now (after restoring a backup on purpose), "
        "so this computer no longer reports it as older or rewritten.",
    )  # fmt: skip

    p = add_command(sub, "import", import_json, "Import cases from the JSON interchange format.")
    p.add_argument("path")
    p.add_argument("file", metavar="FILE.json")

    p = add_command(sub, "export-json", export_json, "Export a case as interchange JSON.")
    p.add_argument("path")
    p.add_argument("--case", required=True)
    p.add_argument("--out", help="Write to this file instead of standard output.")
    p.add_argument("--with-files", metavar="DIR", help="Also write the original files here.")
    p.add_argument(
        "--with-identities",
        action="store_true",
        help="Include protected identity details (names, contacts). Off by default.",
    )
    p.add_argument(
        "--recipient", metavar="CODE",
        help="Who receives it (a state code such as DE, or a body such as ICC): what the "
        "consent of the persons concerned does not cover is left out and listed.",
    )  # fmt: skip
    p.add_argument(
        "--use", default="legal_proceedings", choices=("legal_proceedings", "publication"),
        help="What the recipient will use it for (with --recipient).",
    )  # fmt: skip
