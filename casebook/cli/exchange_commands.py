"""Exchange between casebooks from the command line: identity, package, import-package,
conflicts, resolve, review and supervisor-slot.

A supervisor opens a documenter's casebook through a key slot by naming an age identity
file in CASEBOOK_AGE_IDENTITY_FILE instead of giving a passphrase.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from casebook.core.errors import CasebookError
from casebook.core.exchange import identities
from casebook.core.exchange.conflicts import list_conflicts, resolve
from casebook.core.exchange.importer import ImportResult, import_package
from casebook.core.exchange.merge import ACTIONS
from casebook.core.exchange.packager import make_package
from casebook.core.exchange.review import add_review, review_states
from casebook.core.exchange.slots import (
    add_supervisor_slot,
    remove_supervisor_slot,
    supervisor_slots,
)
from casebook.core.models.exchange import REVIEW_STATUSES
from casebook.core.records.cases import case_by_reference

from .commands import open_casebook
from .registry import Subparsers, add_command

_ACTION_WORDS = {
    "inserted": "new",
    "updated": "updated",
    "unchanged": "unchanged",
    "kept_local": "kept (ours is newer)",
    "conflict": "in conflict",
}


def _fingerprint(parts: list[str]) -> str:
    """A fingerprint typed with or without spaces, quoted or not."""
    return " ".join(parts)


# -- identity ------------------------------------------------------------------------------


def identity_help(args: argparse.Namespace) -> int:
    raise CasebookError("Say what to do: `casebook identity export`, `import`, `verify` or `list`.")


def identity_export(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        own = identities.own_identity(book, session)
        text = identities.identity_text(book, session, own)
        secret = own.age_secret
        session.commit()
    if args.secret_out:
        _write_secret(Path(args.secret_out), secret or b"")
        print(
            f"Wrote your age secret key to {args.secret_out}. Anyone with this file can open "
            "packages sent to you and casebooks that gave you a key slot: keep it on an "
            "encrypted drive, never send it.",
            file=sys.stderr,
        )
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"Wrote your public identity to {args.out}.", file=sys.stderr)
    else:
        print(text, end="")
    return 0


def _write_secret(path: Path, secret: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise CasebookError(f"{path} already exists; choose a new file name.") from None
    with os.fdopen(fd, "wb") as f:
        f.write(b"# Casebook age identity: keep secret\n" + secret + b"\n")


def identity_import(args: argparse.Namespace) -> int:
    if args.file == "-":
        text = sys.stdin.read(identities.MAX_IDENTITY_TEXT + 1)
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise CasebookError(f"{args.file} cannot be read as a text file.") from None
    with open_casebook(args.path) as book, book.session() as session:
        identity, new = identities.import_identity(session, text)
        session.commit()
        fingerprint = identities.fingerprint_of(identity)
        state = "verified" if identity.verified_at else "not verified yet"
    if new:
        print(f"Stored the identity of {identity.display_name} ({identity.role}).")
    else:
        print(f"The identity of {identity.display_name} was already stored ({state}).")
    print(f"Fingerprint: {fingerprint}")
    if state != "verified":
        print(
            "Compare this fingerprint with your colleague by phone or in person, then run "
            "`casebook identity verify PATH FINGERPRINT`."
        )
    return 0


def identity_verify(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        identity = identities.verify_identity(book, session, _fingerprint(args.fingerprint))
        session.commit()
        print(f"The identity of {identity.display_name} ({identity.role}) is now verified.")
    return 0


def identity_list(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        identities.own_identity(book, session)
        session.commit()
        for identity in identities.list_identities(session):
            if identity.age_secret is not None:
                state = "you"
            else:
                state = "verified" if identity.verified_at else "UNVERIFIED"
            print(
                f"{identities.fingerprint_of(identity)}\t{state}\t{identity.role}\t"
                f"{identity.display_name}"
            )
    return 0


# -- packages ------------------------------------------------------------------------------


def package(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book:
        result = make_package(
            book,
            args.case,
            list(args.to),
            Path(args.out),
            since_last=args.since_last,
            with_identities=args.with_identities,
        )
    parts = ", ".join(f"{n} {kind}" for kind, n in sorted(result.units.items())) or "no changes"
    print(f"Wrote {result.path} for {', '.join(result.recipients)}: {parts}; ")
    print(
        f"{result.attachments} attachment(s), {result.attachment_bytes} bytes. "
        f"Package id {result.package_id}."
    )
    if not result.units:
        print("Nothing changed since the last package to these recipients.")
    return 0


def import_package_command(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book:
        result = import_package(
            book, Path(args.file), dry_run=args.dry_run, accept_unverified=args.accept_unverified
        )
    _print_import(result)
    return 0


def _print_import(result: ImportResult) -> None:
    status = {"verified": "verified", "unverified": "UNVERIFIED", "unknown": "UNKNOWN"}
    print(
        f"Package {result.package_id} from {result.sender_name} ({result.sender_role}), "
        f"{status[result.sender_status]} sender, fingerprint {result.sender_fingerprint}"
    )
    print(f"Case {result.case_reference}, made {result.created_at:%Y-%m-%d %H:%M} UTC")
    for kind, counts in result.summary.counts.items():
        words = [f"{counts[a]} {_ACTION_WORDS[a]}" for a in ACTIONS if counts[a]]
        print(f"  {kind}: {', '.join(words)}")
    print(
        f"Attachments: {result.attachments_new} new, {result.attachments_known} already here. "
        f"Audit entries from the sender's casebook: {result.audit_entries} new."
    )
    for note in result.notes:
        print(f"Note: {note}")
    if result.summary.conflicts:
        print(
            f"{len(result.summary.conflicts)} conflict(s): the local version is kept and the "
            "incoming one stored for review (`casebook conflicts`, `casebook resolve`):"
        )
        for c in result.summary.conflicts:
            cid = "" if result.dry_run else f"{c.id}  "
            print(f"  {cid}{c.kind} {c.unit_id}: {', '.join(c.fields)} ({c.reason})")
    if result.dry_run:
        print("Dry run: nothing was changed.")


def conflicts(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        rows = list_conflicts(session, include_resolved=args.all)
    if not rows:
        print("No open conflicts.")
    for c in rows:
        state = f"kept {c.resolution}" if c.resolution else "open"
        print(
            f"{c.id}\t{state}\t{c.kind} {c.unit_id}\tfrom {c.sender}, {c.detected_at}\t"
            f"{', '.join(c.fields)}"
        )
    return 0


def resolve_command(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session(write=True) as session:
        conflict = resolve(book, session, args.conflict_id, args.keep)
        session.commit()
        print(
            f"Kept the {args.keep} version of {conflict.unit_kind} {conflict.unit_id}. The next "
            "package to the sender carries the decision."
        )
    return 0


# -- review --------------------------------------------------------------------------------


def review(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        case = case_by_reference(session, args.case)
        if args.status or args.comment:
            event = add_review(book, session, case, args.record, args.status, args.comment or "")
            session.commit()
            what = event.status or "comment"
            print(f"Recorded {what} on {event.target_kind} {event.target_id} (signed).")
            return 0
        states = review_states(session, case)
    if not states:
        print("Nothing of this case has been reviewed yet.")
    for state in states:
        status = state.status or "(comments only)"
        if state.approved_content_current is False:
            status += " (changed since approval)"
        by = f" by {state.status_by}" if state.status_by else ""
        print(f"{state.target_kind} {state.target_id}: {status}{by}")
        for at, author, text in state.comments:
            print(f"    {at} {author}: {text}")
        for at, author, status, why in state.uncounted:
            print(f"    not counted: {status} by {author} at {at} ({why})")
    return 0


# -- supervisor key slots ------------------------------------------------------------------


def slot_help(args: argparse.Namespace) -> int:
    raise CasebookError("Say what to do: `casebook supervisor-slot add`, `remove` or `list`.")


def slot_add(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        slot_id = add_supervisor_slot(book, session, _fingerprint(args.fingerprint))
    print(
        f"Added supervisor key slot {slot_id}. The supervisor can now open this casebook with "
        "their age identity (CASEBOOK_AGE_IDENTITY_FILE)."
    )
    return 0


def slot_remove(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        removed = remove_supervisor_slot(book, session, _fingerprint(args.which))
    print(f"Removed the key slot of {removed.label}.")
    return 0


def slot_list(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book:
        slots = supervisor_slots(book)
    if not slots:
        print("No supervisor key slots.")
    for slot in slots:
        print(f"{slot.id}\t{slot.created_at}\t{slot.label}")
    return 0


def register(sub: Subparsers) -> None:
    p = add_command(sub, "identity", identity_help, "Your exchange identity and colleagues'.")
    ids = p.add_subparsers(dest="identity_command", metavar="ACTION")
    e = add_command(
        ids,
        "export",
        identity_export,
        "Print your public identity (name, role, keys, fingerprint) to hand over.",
    )
    e.add_argument("path")
    e.add_argument("--out", metavar="FILE", help="Write it to a file instead.")
    e.add_argument(
        "--secret-out",
        metavar="FILE",
        help="Also write your age secret key (for opening a casebook through a "
        "supervisor key slot). Keep that file secret.",
    )
    i = add_command(
        ids,
        "import",
        identity_import,
        "Store a colleague's identity (unverified until you verify it).",
    )
    i.add_argument("path")
    i.add_argument("file", metavar="FILE|-")
    v = add_command(
        ids,
        "verify",
        identity_verify,
        "Mark an identity verified after comparing fingerprints with its owner.",
    )
    v.add_argument("path")
    v.add_argument("fingerprint", nargs="+", metavar="FINGERPRINT")
    lst = add_command(ids, "list", identity_list, "List stored identities.")
    lst.add_argument("path")

    p = add_command(
        sub, "package", package, "Make a signed case package encrypted to one or more colleagues."
    )
    p.add_argument("path")
    p.add_argument("--case", required=True, help="The case reference.")
    p.add_argument(
        "--to",
        required=True,
        action="append",
        metavar="FINGERPRINT",
        help="A verified recipient (quote a fingerprint with spaces); repeat for several.",
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument(
        "--since-last",
        action="store_true",
        help="Only what changed since the last package to these recipients.",
    )
    p.add_argument(
        "--with-identities",
        action="store_true",
        help="Include protected identity details of persons. Off by default.",
    )

    p = add_command(
        sub,
        "import-package",
        import_package_command,
        "Import a case package: check it, then merge it in one step or not at all.",
    )
    p.add_argument("path")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="Show what would change and the conflicts; change nothing.",
    )
    p.add_argument(
        "--accept-unverified",
        action="store_true",
        help="Accept a package from an unknown or unverified sender.",
    )

    p = add_command(sub, "conflicts", conflicts, "List conflicts kept by imports.")
    p.add_argument("path")
    p.add_argument("--all", action="store_true", help="Include resolved conflicts.")

    p = add_command(sub, "resolve", resolve_command, "Resolve a conflict.")
    p.add_argument("path")
    p.add_argument("conflict_id", metavar="CONFLICT_ID")
    p.add_argument("--keep", required=True, choices=["local", "incoming"])

    p = add_command(
        sub,
        "review",
        review,
        "Set a review status or comment on a case or one of its records; without "
        "--status or --comment, show the review.",
    )
    p.add_argument("path")
    p.add_argument("--case", required=True)
    p.add_argument("--record", metavar="ID", help="A record of the case (default: the case).")
    p.add_argument("--status", choices=REVIEW_STATUSES)
    p.add_argument("--comment", metavar="TEXT")

    p = add_command(
        sub,
        "supervisor-slot",
        slot_help,
        "Give a supervisor's age key a slot that opens this casebook.",
    )
    slots = p.add_subparsers(dest="slot_command", metavar="ACTION")
    a = add_command(slots, "add", slot_add, "Add a key slot for a verified supervisor.")
    a.add_argument("path")
    a.add_argument("fingerprint", nargs="+", metavar="FINGERPRINT")
    r = add_command(slots, "remove", slot_remove, "Remove a supervisor key slot.")
    r.add_argument("path")
    r.add_argument("which", nargs="+", metavar="SLOT_ID|FINGERPRINT")
    lst = add_command(slots, "list", slot_list, "List supervisor key slots.")
    lst.add_argument("path")
