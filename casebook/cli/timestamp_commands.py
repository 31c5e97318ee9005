"""``casebook timestamp``: queue the chain head, send the queue to a TSA, list, verify offline.

Only ``send`` uses the network, and only to the address the user gives.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from casebook.core.errors import CasebookError
from casebook.core.integrity.timestamp import StampInfo, TimestampError, load_certificates
from casebook.core.models import EvidenceItem
from casebook.core.store import evidence_timestamps, timestamps
from casebook.core.store.timestamps import Stamp

from .commands import open_casebook
from .outcome import report_outcome
from .registry import Subparsers, add_command


def _certificates(name: str) -> list:
    try:
        data = Path(name).read_bytes()
    except OSError:
        raise TimestampError(
            f"The certificate file {name} cannot be read. Check the path; it should be the "
            "TSA's certificate chain as a PEM file."
        ) from None
    return load_certificates(data, name)


def timestamp_help(args: argparse.Namespace) -> int:
    raise CasebookError(
        "Say what to do: `casebook timestamp queue PATH`, `send PATH --tsa URL --tsa-cert FILE`, "
        "`list PATH`, `evidence PATH [--send …]` or `verify PATH`."
    )


def queue(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book:
        stamp, new = timestamps.queue_head(book)
    if new:
        print(f"Queued a time-stamp request for audit entry {stamp.sequence} ({stamp.name}).")
        print(
            "Nothing was sent. When online: "
            "`casebook timestamp send PATH --tsa URL --tsa-cert FILE`."
        )
    else:
        state = "already time-stamped" if stamp.received else "already queued"
        print(f"The chain head, audit entry {stamp.sequence}, is {state}; nothing new queued.")
    return 0


def send(args: argparse.Namespace) -> int:
    certificates = _certificates(args.tsa_cert)

    def received(stamp: Stamp, info: StampInfo) -> None:
        print(f"entry {stamp.sequence}: stamped {info.describe()}")

    with open_casebook(args.path) as book:
        pending = [s for s in timestamps.list_stamps(book.folder)[0] if not s.received]
        if not pending:
            print("Nothing is queued. Queue the chain head first: `casebook timestamp queue PATH`.")
            return 0
        done = timestamps.send_queued(book, args.tsa, certificates, on_received=received)
    print(f"Kept {len(done)} time-stamp(s); each verified against {args.tsa_cert}.")
    return 0


def list_command(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        stamps, _ = timestamps.list_stamps(book.folder)
        checks = {c.stamp.name: c for c in timestamps.check_stamps(book, session)}
    if not stamps:
        print("No time-stamps yet. Queue the chain head with `casebook timestamp queue PATH`.")
    for stamp in stamps:
        check = checks.get(stamp.name)
        if check is None:
            print(f"queued\tentry {stamp.sequence}\tsince {stamp.queued_at()}, not sent yet")
        elif check.info is not None:
            print(f"stamped\tentry {stamp.sequence}\t{check.info.describe()}")
        else:
            print(f"FAILED\tentry {stamp.sequence}\t{check.problem}")
    return 0


def evidence(args: argparse.Namespace) -> int:
    """Queue what is missing, list the evidence stamps, and with --send send the queue."""
    if args.send and not (args.tsa and args.tsa_cert):
        raise CasebookError(
            "To send, say where and whom you trust: `casebook timestamp evidence PATH --send "
            "--tsa URL --tsa-cert FILE`."
        )
    certificates = _certificates(args.tsa_cert) if args.send else None
    with open_casebook(args.path) as book, book.session() as session:
        added = evidence_timestamps.queue_missing(book, session)
        if added:
            print(f"Queued {added} request(s) for evidence taken in before requests were queued.")
        if certificates is not None:

            def received(stamp: evidence_timestamps.EvidenceStamp, info: StampInfo) -> None:
                print(f"{_title(session, stamp.evidence_id)}: stamped {info.describe()}")

            done = evidence_timestamps.send_queued(
                book, session, args.tsa, certificates, on_received=received
            )
            print(f"Kept {len(done)} time-stamp(s); each verified against {args.tsa_cert}.")
        stamps, _ = evidence_timestamps.list_stamps(book)
        checks = {c.stamp.folder: c for c in evidence_timestamps.check_stamps(book, session)}
        for stamp in stamps:
            title = _title(session, stamp.evidence_id)
            check = checks.get(stamp.folder)
            if check is None:
                print(f"queued\t{title}\tnot sent yet")
            elif check.info is not None:
                print(f"stamped\t{title}\t{check.info.describe()}")
            else:
                print(f"FAILED\t{title}\t{check.problem}")
    if not stamps:
        print("No evidence with a file yet; nothing to time-stamp.")
    elif certificates is None and any(not s.received for s in stamps):
        print(
            "Nothing was sent. When online: "
            "`casebook timestamp evidence PATH --send --tsa URL --tsa-cert FILE`."
        )
    return 0


def _title(session, evidence_id: str) -> str:
    item = session.get(EvidenceItem, evidence_id)
    return f"{item.title} ({evidence_id[:8]})" if item else f"(not in the casebook) {evidence_id}"


def verify(args: argparse.Namespace) -> int:
    certificates = _certificates(args.tsa_cert) if args.tsa_cert else None
    with open_casebook(args.path) as book, book.session() as session:
        checks = timestamps.check_stamps(book, session, certificates)
        item_checks = evidence_timestamps.check_stamps(book, session, certificates)
        titles = {c.stamp.evidence_id: _title(session, c.stamp.evidence_id) for c in item_checks}
    trusted = args.tsa_cert or "the certificates kept with each time-stamp"
    for check in checks:
        if check.info is not None:
            print(f"entry {check.stamp.sequence}: stamped {check.info.describe()}")
    for item_check in item_checks:
        if item_check.info is not None:
            title = titles[item_check.stamp.evidence_id]
            print(f"{title}: stamped {item_check.info.describe()}")
    total = len(checks) + len(item_checks)
    if total:
        print(f"Checked {total} time-stamp(s) offline against {trusted}.")
    problems = [c.problem for c in checks if c.problem]
    problems += [c.problem for c in item_checks if c.problem]
    if not total:
        print("No time-stamp has been received yet; nothing to check.")
    return report_outcome(
        problems, "All time-stamps hold for this casebook's audit chain and evidence."
    )


def register(sub: Subparsers) -> None:
    p = add_command(
        sub, "timestamp", timestamp_help,
        "RFC 3161 time-stamps of the audit chain's head, from a time-stamp authority (TSA) "
        "you choose: evidence from outside this computer that the history existed by then.",
    )  # fmt: skip
    actions = p.add_subparsers(dest="timestamp_command", metavar="ACTION")
    q = add_command(
        actions, "queue", queue,
        "Queue a request for the current chain head (works offline; sends nothing).",
    )  # fmt: skip
    q.add_argument("path")
    s = add_command(
        actions, "send", send,
        "Send every queued request to a TSA and keep each reply that verifies. Only a hash "
        "leaves this computer.",
    )  # fmt: skip
    s.add_argument("path")
    s.add_argument("--tsa", required=True, metavar="URL", help="The TSA's RFC 3161 address.")
    s.add_argument(
        "--tsa-cert", required=True, metavar="FILE",
        help="The TSA's certificate chain you trust (PEM: its certificate and its root); "
        "kept with each time-stamp.",
    )  # fmt: skip
    ls = add_command(actions, "list", list_command, "List queued and received time-stamps.")
    ls.add_argument("path")
    e = add_command(
        actions, "evidence", evidence,
        "Time-stamps of each evidence file's hash: requests are queued at intake; this lists "
        "them, and with --send sends the queue to a TSA (only a hash leaves this computer).",
    )  # fmt: skip
    e.add_argument("path")
    e.add_argument("--send", action="store_true", help="Send the queued requests now.")
    e.add_argument("--tsa", metavar="URL", help="The TSA's RFC 3161 address (with --send).")
    e.add_argument(
        "--tsa-cert", metavar="FILE",
        help="The TSA's certificate chain you trust (PEM), with --send.",
    )  # fmt: skip
    v = add_command(
        actions, "verify", verify,
        "Check every received time-stamp offline: the TSA's signature, and that the audit "
        "chain still holds the head it stamped. Exit 0 only if all hold.",
    )  # fmt: skip
    v.add_argument("path")
    v.add_argument(
        "--tsa-cert", metavar="FILE",
        help="Check against your own copy of the TSA's certificates instead of the copy kept "
        "in the casebook folder (which anyone who can write to the folder could replace).",
    )  # fmt: skip
