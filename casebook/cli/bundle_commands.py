"""Complaint bundles from the command line: export-bundle, verify-bundle, print-record.

``verify-bundle`` needs no casebook and no passphrase: a prosecutor's office can run it on
what it received.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from casebook.core.export.strings import LANGUAGES, addressee, addressees

from .commands import open_casebook
from .outcome import report_outcome
from .registry import Subparsers, add_command

if TYPE_CHECKING:
    from casebook.core.disclosure.decision import Override

# The typesetting modules are imported by the commands that use them, so the `casebook`
# command starts quickly and `verify-bundle` loads no more than it needs.


def export_bundle_command(args: argparse.Namespace) -> int:
    from casebook.core.export.bundle import export_bundle
    from casebook.core.export.plan import ExportRequest, plan_export

    charges = "all" if args.charges == ["all"] else list(args.charges)
    request = ExportRequest(
        case_reference=args.case,
        charges=charges,
        addressee=args.addressee,
        language=args.language or addressee(args.addressee).language,
        edition="internal" if args.internal else "filing",
        sealed_identities=tuple(args.seal_identities or ()),
        sealed_to=args.sealed_to,
        overrides=tuple(_override(spec, reason) for spec, reason in args.include_anyway or ()),
        pattern_annex=args.pattern_annex,
        pattern_threshold=args.pattern_threshold,
    )
    with open_casebook(args.path) as book:
        with book.session() as session:
            plan = plan_export(session, request)
            for line in plan.summary_lines():
                print(line)
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        result = export_bundle(
            book,
            request,
            Path(args.out),
            make_zip=args.zip,
            encrypt_to=args.encrypt_to,
            progress=(
                lambda message, done, total: print(f"[{done}/{total}] {message}", file=sys.stderr)
            )
            if args.verbose
            else None,
        )
    print(f"Wrote {result.path} ({result.pages} pages, {result.exhibits} exhibits).")
    if result.zip_path:
        print(f"Zip: {result.zip_path}")
    return 0


def _override(spec: str, reason: str) -> Override:
    from casebook.core.disclosure.decision import Override
    from casebook.core.errors import CasebookError

    kind, _, record_id = spec.partition(":")
    if kind not in ("evidence", "incident") or not record_id:
        raise CasebookError(
            f"Name what to include anyway as evidence:ID or incident:ID, not {spec!r}."
        )
    return Override(kind, record_id.strip(), reason)


def verify_bundle_command(args: argparse.Namespace) -> int:
    from casebook.core.export.manifest import verify_bundle

    report = verify_bundle(Path(args.bundle))
    if report.manifest:
        print(
            f"Bundle of case {report.manifest.get('case_reference')} "
            f"({report.manifest.get('edition')} edition), exported "
            f"{report.manifest.get('exported_at')} by {report.signer}."
        )
        print(f"Signing key fingerprint: {report.fingerprint}")
        print("Compare this fingerprint with the one the sender gave you by another channel.")
    print(f"Checked {report.files_checked} file(s) against the manifest.")
    return report_outcome(
        report.problems, "All checks passed: every file matches the signed manifest."
    )


def print_record_command(args: argparse.Namespace) -> int:
    from casebook.core.export.record_print import print_evidence, print_testimony
    from casebook.core.models import User

    with open_casebook(args.path) as book, book.session() as session:
        user = session.get(User, book.actor_id) if book.actor_id else None
        name = user.display_name if user else ""
        if args.testimony:
            print_testimony(session, args.testimony, Path(args.out), args.language, name)
        else:
            print_evidence(
                session, args.evidence, Path(args.out), args.language, name, args.include_because
            )
        session.commit()  # an override is kept in the audit log
    print(f"Wrote {args.out}.")
    return 0


def register(sub: Subparsers) -> None:
    p = add_command(
        sub,
        "export-bundle",
        export_bundle_command,
        "Export a complaint bundle (PDF, exhibits, signed manifest) for a prosecutor. What "
        "consent keeps out is printed first.",
    )
    p.add_argument("path", help="The casebook folder.")
    p.add_argument("--case", required=True, help="The case reference.")
    p.add_argument(
        "--charges", nargs="+", required=True, metavar="ID", help="Charge ids to include, or 'all'."
    )
    p.add_argument("--out", required=True, metavar="DIR", help="Folder to write the bundle into.")
    p.add_argument(
        "--internal",
        action="store_true",
        help="Internal working copy (not for filing): also lists gaps and "
        "contradicting evidence per element.",
    )
    p.add_argument(
        "--addressee",
        default="gba",
        choices=sorted(addressees()),
        help="Who the complaint is addressed to (resources/export/addressees.json).",
    )
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        help="Language of the complaint; default: the addressee's (German for gba).",
    )
    p.add_argument("--zip", action="store_true", help="Also pack the bundle into a zip file.")
    p.add_argument(
        "--encrypt-to",
        metavar="AGE_RECIPIENT",
        help="Encrypt the whole bundle to this age public key (age1…) into one .age "
        "file; no plaintext folder is kept.",
    )
    p.add_argument(
        "--seal-identities",
        nargs="+",
        metavar="PSEUDONYM",
        help="Put the identities (names, contacts) of these persons into a separate sealed "
        "annex encrypted to --sealed-to. Without it no identity is exported.",
    )
    p.add_argument(
        "--sealed-to",
        metavar="AGE_RECIPIENT",
        help="The age public key the sealed identity annex is encrypted to.",
    )
    p.add_argument(
        "--include-anyway", nargs=2, action="append", metavar=("KIND:ID", "REASON"),
        help="Include an exhibit (evidence:ID) or incident (incident:ID) that the plan leaves "
        "out for someone's consent, for the written reason given (shown in the plan, kept in "
        "the audit log). Repeat for several.",
    )  # fmt: skip
    p.add_argument(
        "--pattern-annex", action="store_true",
        help="Add a pattern annex: incidents of the case by month, area, victim group, unit and "
        "crime, as tables and charts, with no identities (counts of persons below "
        "--pattern-threshold are shown as '< k').",
    )  # fmt: skip
    p.add_argument(
        "--pattern-threshold", type=int, default=3, metavar="K",
        help="In the pattern annex, counts of persons from 1 to K-1 are suppressed (default 3).",
    )  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help="Print the plan; write nothing.")
    p.add_argument("--verbose", action="store_true", help="Report progress on stderr.")

    p = add_command(
        sub,
        "verify-bundle",
        verify_bundle_command,
        "Check a complaint bundle (folder or zip) against its signed manifest; needs no "
        "casebook. Exit 0 only if every file and the signature hold.",
    )
    p.add_argument("bundle", metavar="BUNDLE")

    p = add_command(
        sub,
        "print-record",
        print_record_command,
        "Print one testimony or one evidence item (with custody) as a short PDF.",
    )
    p.add_argument("path", help="The casebook folder.")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--testimony", metavar="ID")
    which.add_argument("--evidence", metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--language", default="en", choices=LANGUAGES)
    p.add_argument(
        "--include-because", metavar="REASON",
        help="Print an evidence item that concerns someone whose consent does not cover legal "
        "use, for this written reason (kept in the audit log).",
    )  # fmt: skip
