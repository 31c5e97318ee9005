"""Time-stamps of the chain head, kept as files in ``<casebook>/timestamps/``.

They hold no case data (a casebook id, an entry number, hashes, and the TSA's signed reply),
so they live beside the encrypted database rather than in it, and can be checked with
OpenSSL alone. One folder per stamped head, named ``entry-<sequence>-<first 16 hex>``:

- ``claim.json``: the exact bytes whose SHA-256 was sent (see ``integrity.timestamp``);
- ``request.tsq`` and ``queued.json`` (the request's nonce, when it was queued);
- once the TSA answered: ``tsa-chain.pem`` (the certificates the user trusted for it),
  ``tsa.json`` (its address, when the reply came), and ``reply.tsr`` (its TimeStampResp),
  written last, so a folder with ``reply.tsr`` is complete and one without is still queued.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..integrity.timestamp import (
    HeadClaim,
    StampInfo,
    TimestampError,
    certificates_pem,
    check_reply,
    load_certificates,
    make_request,
)
from ..integrity.tsa_client import check_url, post_query
from ..models import AuditEntry
from ..phrase import Phrase, phrase
from .atomic_write import fsync_dir, write_atomically
from .casebook import Casebook
from .layout import TIMESTAMPS_DIR  # listed there as a folder Casebook makes

CLAIM = "claim.json"
REQUEST = "request.tsq"
QUEUED = "queued.json"
CHAIN = "tsa-chain.pem"
SOURCE = "tsa.json"
REPLY = "reply.tsr"
EVIDENCE_DIR = "evidence"  # timestamps/evidence/: stamps of evidence hashes
_NAME = re.compile(r"entry-(\d{8,})-([0-9a-f]{16})")
_SMALL = 64 * 1024
_LARGE = 1024 * 1024

Post = Callable[[str, bytes], bytes]


@dataclass(frozen=True)
class Stamp:
    """One folder of ``timestamps/``: a queued request, or a reply received for it."""

    name: str
    folder: Path
    sequence: int

    @property
    def received(self) -> bool:
        return (self.folder / REPLY).is_file()

    def queued_at(self) -> str:
        """When the request was queued, as '2026-11-23 21:29 UTC'."""
        try:
            at = datetime.fromisoformat(
                json.loads(_read(self.folder / QUEUED, _SMALL))["queued_at"]
            )
            return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        except (TimestampError, ValueError, KeyError, TypeError):
            return "(unknown time)"


@dataclass(frozen=True)
class StampCheck:
    """The offline check of one received time-stamp: ``info`` if it holds, else ``problem``."""

    stamp: Stamp
    info: StampInfo | None
    problem: Phrase | None


def chain_head(session: Session) -> tuple[int, str] | None:
    """The audit chain's last entry: (sequence, entry hash), or None for an empty chain."""
    row = session.execute(
        select(AuditEntry.sequence, AuditEntry.entry_hash)
        .order_by(AuditEntry.sequence.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def stamp_name(sequence: int, entry_hash: str) -> str:
    return f"entry-{sequence:08d}-{entry_hash[:16]}"


def queue_head(book: Casebook) -> tuple[Stamp, bool]:
    """Queue a request for the current chain head; no network. Returns (stamp, newly queued).

    A head already queued or stamped is not queued twice.
    """
    with book.session() as session:
        head = chain_head(session)
    if head is None:
        raise TimestampError("The audit chain is empty, so there is nothing to time-stamp yet.")
    claim = HeadClaim(book.id, head[0], head[1])
    root = book.folder / TIMESTAMPS_DIR
    name = stamp_name(claim.sequence, claim.entry_hash)
    stamp = Stamp(name, root / name, claim.sequence)
    return stamp, queue_claim(root, name, claim.to_bytes())


def queue_claim(root: Path, name: str, claim_bytes: bytes) -> bool:
    """Write a request for ``claim_bytes`` to ``root/name``; False if one is there already.

    Shared by the chain head and the evidence stamps (``evidence_timestamps``); no network.
    """
    folder = root / name
    if folder.exists():
        return False
    query, nonce = make_request(claim_bytes)
    queued = {"nonce": str(nonce), "queued_at": datetime.now(UTC).isoformat(timespec="seconds")}
    try:
        _ensure_private_folder(root.parent)
        _ensure_private_folder(root)
        for leftover in root.glob(".*.tmp"):  # queueing cut short in an earlier process
            if not leftover.name.endswith(f".{os.getpid()}.tmp"):  # (the folder is locked)
                shutil.rmtree(leftover, ignore_errors=True)
        # Built under a hidden name and renamed, so a crash never leaves half a request queued.
        work = root / f".{name}.{os.getpid()}.tmp"
        _ensure_private_folder(work)
        write_atomically(work / CLAIM, claim_bytes)
        write_atomically(work / REQUEST, query)
        write_atomically(work / QUEUED, json.dumps(queued, indent=1).encode("utf-8"))
        os.replace(work, folder)
        fsync_dir(root)
    except OSError as exc:
        raise _unwritable(exc) from None
    return True


def list_stamps(folder: Path) -> tuple[list[Stamp], list[str]]:
    """The casebook's stamps, oldest head first, and names in ``timestamps/`` Casebook did not make.

    Hidden ``.entry-….tmp`` folders are queue attempts cut short; they are not listed.
    """
    root = folder / TIMESTAMPS_DIR
    if not root.is_dir():
        return [], []
    stamps: list[Stamp] = []
    unknown: list[str] = []
    for path in sorted(root.iterdir()):
        match = _NAME.fullmatch(path.name)
        if match and path.is_dir() and not path.is_symlink():
            stamps.append(Stamp(path.name, path, int(match.group(1))))
        elif path.name == EVIDENCE_DIR and path.is_dir() and not path.is_symlink():
            continue  # evidence stamps: listed and checked by evidence_timestamps
        elif not (path.name.startswith(".entry-") and path.name.endswith(".tmp")):
            unknown.append(path.name)
    stamps.sort(key=lambda s: (s.sequence, s.name))
    return stamps, unknown


def send_queued(
    book: Casebook,
    url: str,
    certificates: list[x509.Certificate],
    post: Post = post_query,
    on_received: Callable[[Stamp, StampInfo], None] | None = None,
) -> list[tuple[Stamp, StampInfo]]:
    """Send each queued request to the TSA at ``url``; keep each reply that verifies.

    A reply is kept only after it verifies offline against ``certificates`` and echoes the
    request's nonce. On the first failure this stops and raises; every request not answered
    stays queued, and replies already kept stay kept.
    """
    check_url(url)
    received: list[tuple[Stamp, StampInfo]] = []
    for stamp in list_stamps(book.folder)[0]:
        if stamp.received:
            continue
        info = send_one(
            stamp.folder, f"{TIMESTAMPS_DIR}/{stamp.name}", f"entry {stamp.sequence}", "the head",
            url, certificates, post,
        )  # fmt: skip
        received.append((stamp, info))
        if on_received is not None:
            on_received(stamp, info)
    return received


def send_one(
    folder: Path,
    shown: str,
    what: str,
    claimed: str,
    url: str,
    certificates: list[x509.Certificate],
    post: Post = post_query,
) -> StampInfo:
    """Send the request queued in ``folder``; keep the reply only if it verifies offline.

    ``shown`` is the folder as the user finds it, ``what`` names what is stamped in messages
    ("entry 12"), ``claimed`` what the claim stands for ("the head"). Raises on any failure,
    leaving the request queued.
    """
    try:
        claim = _read(folder / CLAIM, _SMALL)
        query = _read(folder / REQUEST, _SMALL)
        nonce = int(json.loads(_read(folder / QUEUED, _SMALL))["nonce"])
    except (TimestampError, ValueError, KeyError, TypeError):
        raise TimestampError(
            "The queued request {name} is damaged (a file in it is missing or cannot be "
            "read). Delete the folder {shown}, then queue {claimed} again.",
            name=folder.name,
            shown=shown,
            claimed=claimed,
        ) from None
    reply = post(url, query)
    try:
        info = check_reply(reply, claim, certificates, nonce)
    except TimestampError as exc:
        raise TimestampError(
            "The reply of the time-stamp authority at {url} for {what} was not kept: "
            "{exc}. The request stays queued; check that the certificate file is this "
            "TSA's chain, and its address.",
            url=url,
            what=what,
            exc=exc,
        ) from None
    source = {"received_at": datetime.now(UTC).isoformat(timespec="seconds"), "url": url}
    try:
        write_atomically(folder / CHAIN, certificates_pem(certificates))
        write_atomically(folder / SOURCE, json.dumps(source, indent=1).encode("utf-8"))
        write_atomically(folder / REPLY, reply)  # last: its presence means complete
    except OSError as exc:
        raise _unwritable(exc) from None
    return info


def check_stamps(
    book: Casebook, session: Session, certificates: list[x509.Certificate] | None = None
) -> list[StampCheck]:
    """Check every received time-stamp offline against the chain as it is now.

    ``certificates`` replaces the chain kept with each stamp (the user's own copy of the
    TSA's certificates, which someone who can write to the folder cannot swap).
    """
    checks = []
    for stamp in list_stamps(book.folder)[0]:
        if stamp.received:
            try:
                info = _check_one(book, session, stamp, certificates)
                checks.append(StampCheck(stamp, info, None))
            except TimestampError as exc:
                problem = phrase(
                    "time-stamp {name}: {problem}", name=stamp.name, problem=exc.phrase
                )
                checks.append(StampCheck(stamp, None, problem))
    return checks


def timestamp_problems(book: Casebook, session: Session) -> tuple[list[Phrase], dict[str, int]]:
    """For ``casebook verify``: what does not hold about the stamps, and how many were checked."""
    root = book.folder / TIMESTAMPS_DIR
    if root.is_symlink() or (root.exists() and not root.is_dir()):
        return [
            phrase(
                "{folder}: is a file or a link, not the folder Casebook keeps time-stamps "
                "in. Find out how it got there, then move it out of the casebook folder.",
                folder=TIMESTAMPS_DIR,
            )
        ], {"time-stamps": 0}
    _, unknown = list_stamps(book.folder)
    problems = [
        phrase(
            "{path}: not a time-stamp Casebook made; find out where it came from, then remove it",
            path=f"{TIMESTAMPS_DIR}/{name}",
        )
        for name in unknown
    ]
    checks = check_stamps(book, session)
    problems += [c.problem for c in checks if c.problem]
    return problems, {"time-stamps": len(checks)}


def _check_one(
    book: Casebook, session: Session, stamp: Stamp, certificates: list[x509.Certificate] | None
) -> StampInfo:
    claim_bytes = _read(stamp.folder / CLAIM, _SMALL)
    claim = HeadClaim.from_bytes(claim_bytes)
    if stamp_name(claim.sequence, claim.entry_hash) != stamp.name:
        raise TimestampError("its folder name does not match its claim, so one was changed")
    if claim.casebook_id != book.id:
        raise TimestampError(
            "it was made for a different casebook, so it says nothing about this one; remove "
            "its folder"
        )
    if certificates is None:
        certificates = load_certificates(_read(stamp.folder / CHAIN, _LARGE), CHAIN)
    info = check_reply(_read(stamp.folder / REPLY, _LARGE), claim_bytes, certificates)
    current = session.scalar(
        select(AuditEntry.entry_hash).where(AuditEntry.sequence == claim.sequence)
    )
    if current is None:
        head = chain_head(session)
        raise TimestampError(
            "the TSA saw entry {sequence} of the audit chain (stamped {describe}), but "
            "the chain now ends at entry {last}: this is an older copy of the casebook, "
            "or entries were deleted after it was stamped",
            sequence=claim.sequence,
            describe=info.describe(),
            last=head[0] if head else 0,
        )
    if current != claim.entry_hash:
        raise TimestampError(
            "audit entry {sequence} is not the one the TSA saw (stamped {describe}): the "
            "history was rewritten at or before entry {sequence}",
            sequence=claim.sequence,
            describe=info.describe(),
        )
    return info


def _read(path: Path, limit: int) -> bytes:
    """A stamp file, bounded in size; a missing or oversized one is named."""
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError:
        raise TimestampError("its {name} is missing or cannot be read", name=path.name) from None
    if len(data) > limit:
        raise TimestampError(
            "its {name} is far larger than it can be, so it was replaced", name=path.name
        )
    return data


def _unwritable(exc: OSError) -> TimestampError:
    return TimestampError(
        "The {timestamps_dir} folder of the casebook could not be written "
        "({reason}). Check that the disk has space and the folder is yours; queued "
        "requests are kept.",
        timestamps_dir=TIMESTAMPS_DIR,
        reason=exc.strerror or exc,
    )


def _ensure_private_folder(path: Path) -> None:
    with contextlib.suppress(FileExistsError):
        os.mkdir(path, 0o700)
        os.chmod(path, 0o700)  # the umask may have taken bits away
