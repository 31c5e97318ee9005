"""RFC 3161 time-stamps of evidence hashes, in ``<casebook>/timestamps/evidence/``.

Each item taken in gets a request queued at intake (no network); the user sends the queue
to a time-stamp authority they choose, when online (``casebook timestamp evidence --send``).
A reply vouches that a file with that SHA-256 existed by the time it states, which no one
with the passphrase can back-date. The claim stamped is ``integrity.timestamp.EvidenceClaim``
(why not the file's own hash is said there).

Same files and same machinery as the chain-head stamps (``store.timestamps``), one folder
per item and content, named ``<item id>-<first 16 hex of its SHA-256>``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..integrity.timestamp import (
    EvidenceClaim,
    StampInfo,
    TimestampError,
    check_reply,
    load_certificates,
)
from ..integrity.tsa_client import check_url, post_query
from ..models import EvidenceItem
from ..phrase import Phrase, phrase
from .casebook import Casebook
from .layout import TIMESTAMPS_DIR
from .timestamps import (
    _LARGE,
    _SMALL,
    CHAIN,
    CLAIM,
    EVIDENCE_DIR,
    REPLY,
    Post,
    _read,
    queue_claim,
    send_one,
)

_NAME = re.compile(r"([0-9A-Za-z-]{1,64})-([0-9a-f]{16})")


@dataclass(frozen=True)
class EvidenceStamp:
    """One folder of ``timestamps/evidence/``: a queued request, or its verified reply."""

    folder: Path
    evidence_id: str

    @property
    def received(self) -> bool:
        return (self.folder / REPLY).is_file()

    @property
    def shown(self) -> str:
        return f"{TIMESTAMPS_DIR}/{EVIDENCE_DIR}/{self.folder.name}"


@dataclass(frozen=True)
class EvidenceStampCheck:
    """The offline check of one received stamp: ``info`` if it holds, else ``problem``."""

    stamp: EvidenceStamp
    info: StampInfo | None
    problem: Phrase | None


def root(book: Casebook) -> Path:
    return book.folder / TIMESTAMPS_DIR / EVIDENCE_DIR


def queue_item(book: Casebook, item: EvidenceItem) -> bool:
    """Queue a request for an item's content; False if it has none or one is there."""
    if item.sha256 is None:  # a physical item: nothing to stamp
        return False
    claim = EvidenceClaim(book.id, item.id, item.sha256)
    return queue_claim(root(book), f"{item.id}-{item.sha256[:16]}", claim.to_bytes())


def queue_missing(book: Casebook, session: Session) -> int:
    """Queue every item with a file that has no request yet (taken in before this existed,
    imported, received in a package); returns how many were queued."""
    items = session.scalars(select(EvidenceItem).where(EvidenceItem.sha256.is_not(None)))
    return sum(queue_item(book, item) for item in items)


def list_stamps(book: Casebook) -> tuple[list[EvidenceStamp], list[str]]:
    """The evidence stamps, and names in the folder Casebook did not make."""
    folder = root(book)
    if not folder.is_dir():
        return [], []
    stamps, unknown = [], []
    for path in sorted(folder.iterdir()):
        match = _NAME.fullmatch(path.name)
        if match and path.is_dir() and not path.is_symlink():
            stamps.append(EvidenceStamp(path, match.group(1)))
        elif not (path.name.startswith(".") and path.name.endswith(".tmp")):
            unknown.append(path.name)
    return stamps, unknown


def send_queued(
    book: Casebook,
    session: Session,
    url: str,
    certificates: list[x509.Certificate],
    post: Post = post_query,
    on_received: Callable[[EvidenceStamp, StampInfo], None] | None = None,
) -> list[tuple[EvidenceStamp, StampInfo]]:
    """Send each queued evidence request; keep each reply that verifies (see ``send_one``).

    A request for an item no longer in the casebook (an intake that was not saved) is not
    sent; it stays, and ``check`` names it.
    """
    check_url(url)
    received = []
    for stamp in list_stamps(book)[0]:
        if stamp.received or session.get(EvidenceItem, stamp.evidence_id) is None:
            continue
        info = send_one(
            stamp.folder, stamp.shown, f"evidence {stamp.evidence_id}", "the item",
            url, certificates, post,
        )  # fmt: skip
        received.append((stamp, info))
        if on_received is not None:
            on_received(stamp, info)
    return received


def check_stamps(
    book: Casebook, session: Session, certificates: list[x509.Certificate] | None = None
) -> list[EvidenceStampCheck]:
    """Check each received evidence stamp offline, and that the item still has that content."""
    checks = []
    for stamp in list_stamps(book)[0]:
        if stamp.received:
            try:
                info = _check_one(book, session, stamp, certificates)
                checks.append(EvidenceStampCheck(stamp, info, None))
            except TimestampError as exc:
                problem = phrase(
                    "time-stamp {name}: {problem}", name=stamp.shown, problem=exc.phrase
                )
                checks.append(EvidenceStampCheck(stamp, None, problem))
    return checks


def stamps_by_item(book: Casebook, session: Session) -> dict[str, list[EvidenceStampCheck]]:
    """Verified and failed stamps per item id (for the custody annex)."""
    found: dict[str, list[EvidenceStampCheck]] = {}
    for check in check_stamps(book, session):
        found.setdefault(check.stamp.evidence_id, []).append(check)
    return found


def timestamp_problems(book: Casebook, session: Session) -> tuple[list[Phrase], dict[str, int]]:
    """For ``casebook verify``: what does not hold about the evidence stamps."""
    _, unknown = list_stamps(book)
    problems = [
        phrase(
            "{path}: not a time-stamp Casebook made; find out where it came from, then remove it",
            path=f"{TIMESTAMPS_DIR}/{EVIDENCE_DIR}/{name}",
        )
        for name in unknown
    ]
    checks = check_stamps(book, session)
    problems += [c.problem for c in checks if c.problem]
    return problems, {"evidence time-stamps": len(checks)}


def _check_one(
    book: Casebook,
    session: Session,
    stamp: EvidenceStamp,
    certificates: list[x509.Certificate] | None,
) -> StampInfo:
    claim_bytes = _read(stamp.folder / CLAIM, _SMALL)
    claim = EvidenceClaim.from_bytes(claim_bytes)
    if f"{claim.evidence_id}-{claim.sha256[:16]}" != stamp.folder.name:
        raise TimestampError("its folder name does not match its claim, so one was changed")
    if claim.casebook_id != book.id:
        raise TimestampError(
            "it was made for a different casebook, so it says nothing about this one; remove "
            "its folder"
        )
    if certificates is None:
        certificates = load_certificates(_read(stamp.folder / CHAIN, _LARGE), CHAIN)
    info = check_reply(
        _read(stamp.folder / REPLY, _LARGE), claim_bytes, certificates, claimed="the item"
    )
    item = session.get(EvidenceItem, claim.evidence_id)
    if item is None:
        raise TimestampError(
            "the TSA saw evidence {evidence_id} (stamped {describe}), but no such item "
            "is in this casebook",
            evidence_id=claim.evidence_id,
            describe=info.describe(),
        )
    if item.sha256 != claim.sha256:
        raise TimestampError(
            "evidence {evidence_id} no longer has the content the TSA saw (stamped "
            "{describe}): its recorded SHA-256 was changed",
            evidence_id=claim.evidence_id,
            describe=info.describe(),
        )
    return info
