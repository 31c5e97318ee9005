"""Merging a package's units into the casebook: by id, with conflicts kept, never overwritten.

Each unit's ancestry is the set of content hashes a casebook has held for it at exchanges
(``exchange_versions``); a package sends that set along with each unit. For a unit that
exists on both sides with different content:

- the incoming hash is one we already held → ours descends from it: keep ours;
- our hash is in the incoming ancestry → theirs descends from ours: take theirs;
- neither → both changed since their last common version: a conflict. Ours stays; theirs
  is stored in ``exchange_conflicts`` for a person to decide.

Custody and review events never change once written, so any difference is a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..integrity.custody import signature_valid as custody_signature_valid
from ..models import (
    Blob,
    CustodyEvent,
    EvidenceItem,
    ExchangeConflict,
    ExchangePeerVersion,
    ExchangeProvenance,
    ExchangeVersion,
    ReviewEvent,
)
from ..phrase import Phrase, phrase
from .errors import PackageRejected
from .review import signature_valid as review_signature_valid
from .unit_kinds import KINDS
from .units import Decoded, MergeTarget, Unmergeable, unit_hash, unit_hashes

ACTIONS = ("inserted", "updated", "unchanged", "kept_local", "conflict")


@dataclass
class ConflictInfo:
    id: str
    kind: str
    unit_id: str
    reason: str
    fields: list[str]


@dataclass
class MergeSummary:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: list[ConflictInfo] = field(default_factory=list)
    notes: list[Phrase] = field(default_factory=list)
    inserted_evidence: list[str] = field(default_factory=list)

    def count(self, kind: str, action: str) -> None:
        per_kind = self.counts.setdefault(kind, dict.fromkeys(ACTIONS, 0))
        per_kind[action] += 1

    def total(self, action: str) -> int:
        return sum(c[action] for c in self.counts.values())


class MergeContext(MergeTarget):
    def __init__(self, session: Session, case_id: str, blobs: dict[str, Blob]) -> None:
        self.session = session
        self.case_id = case_id
        self.blobs = blobs
        self.summary = MergeSummary()

    def blob_for(self, sha256: str) -> Blob:
        blob = self.blobs.get(sha256)
        if blob is None:
            raise Unmergeable(
                phrase(
                    "its attachment is neither in the package nor in this casebook; ask the "
                    "sender for a complete package (without --since-last)"
                )
            )
        return blob

    def note(self, message: Phrase) -> None:
        self.summary.notes.append(message)


# -- bookkeeping (plain SQL: derived data, not audited record by record) -------------------


def known_versions(session: Session, kind: str, unit_id: str) -> set[str]:
    return set(
        session.scalars(
            select(ExchangeVersion.hash).where(
                ExchangeVersion.unit_kind == kind, ExchangeVersion.unit_id == unit_id
            )
        )
    )


def add_versions(session: Session, kind: str, unit_id: str, hashes: Iterable[str]) -> None:
    rows = [{"unit_kind": kind, "unit_id": unit_id, "hash": h} for h in set(hashes)]
    if rows:
        session.execute(sqlite_insert(ExchangeVersion.__table__).on_conflict_do_nothing(), rows)


def set_peer_versions(
    session: Session, peer_user_id: str, versions: dict[tuple[str, str], str]
) -> None:
    """Record that ``peer_user_id`` holds these (kind, id) → hash versions."""
    table = ExchangePeerVersion.__table__
    rows = [
        {"peer_user_id": peer_user_id, "unit_kind": k, "unit_id": i, "hash": h}
        for (k, i), h in versions.items()
    ]
    for start in range(0, len(rows), 5000):
        statement = sqlite_insert(table)
        statement = statement.on_conflict_do_update(
            index_elements=["peer_user_id", "unit_kind", "unit_id"],
            set_={"hash": statement.excluded.hash},
        )
        session.execute(statement, rows[start : start + 5000])


def peer_versions(session: Session, peer_user_id: str) -> dict[tuple[str, str], str]:
    rows = session.execute(
        select(
            ExchangePeerVersion.unit_kind, ExchangePeerVersion.unit_id, ExchangePeerVersion.hash
        ).where(ExchangePeerVersion.peer_user_id == peer_user_id)
    )
    return {(k, i): h for k, i, h in rows}


# -- merging -------------------------------------------------------------------------------


def changed_fields(local: dict[str, Any], incoming: dict[str, Any]) -> list[str]:
    """Names of what differs between two contents of a unit, for people to look at."""
    if not local:
        return ["(the whole record)"]
    names = [
        k
        for k in sorted(set(local["row"]) | set(incoming["row"]))
        if k not in ("updated_at", "updated_by") and local["row"].get(k) != incoming["row"].get(k)
    ]
    for group in ("rows", "links"):
        for k in sorted(set(local[group]) | set(incoming[group])):
            if local[group].get(k) != incoming[group].get(k):
                names.append(k)
    if local["blob"] != incoming["blob"]:
        names.append("attachment")
    return names


@dataclass
class Origin:
    package_id: str
    sender_user_id: str
    source_casebook_id: str
    sent_at: datetime
    received_at: datetime


def merge_units(ctx: MergeContext, units: list[Decoded], origin: Origin) -> MergeSummary:
    """Write every unit (in the order of KINDS) and record how each was merged."""
    session = ctx.session
    provenance: list[dict[str, Any]] = []
    peer: dict[tuple[str, str], str] = {}
    order = {name: n for n, name in enumerate(KINDS)}

    def position(unit: Decoded) -> tuple[int, bool]:
        # Within a kind, changes to records we have come before new records, so a renamed
        # pseudonym frees its old name before a newcomer asks for it.
        return order[unit.kind], KINDS[unit.kind].find_local(session, unit) is None

    for unit in sorted(units, key=position):
        try:
            action = _merge_one(ctx, unit, origin)
        except Unmergeable as exc:
            raise PackageRejected(
                "The package cannot be merged into this casebook, so nothing was imported:",
                [phrase("{kind} {id}: {reason}", kind=unit.kind, id=unit.id, reason=exc.reason)],
            ) from None
        ctx.summary.count(unit.kind, action)
        peer[(unit.kind, unit.id)] = unit.hash
        provenance.append(
            {
                "package_id": origin.package_id,
                "unit_kind": unit.kind,
                "unit_id": unit.id,
                "action": action,
                "content_hash": unit.hash,
                "sender_user_id": origin.sender_user_id,
                "source_casebook_id": origin.source_casebook_id,
                "sent_at": origin.sent_at,
                "received_at": origin.received_at,
            }
        )
    _check_signatures(session, units)
    set_peer_versions(session, origin.sender_user_id, peer)
    for start in range(0, len(provenance), 5000):
        session.execute(insert(ExchangeProvenance.__table__), provenance[start : start + 5000])
    return ctx.summary


def _merge_one(ctx: MergeContext, unit: Decoded, origin: Origin) -> str:
    session, kind = ctx.session, KINDS[unit.kind]
    existing = kind.find_local(session, unit)
    if existing is not None and kind.case_of(session, existing) != ctx.case_id:
        raise Unmergeable(phrase("a record with its id belongs to another case here"))
    if existing is None:
        clash = kind.clash(session, unit)
        if clash is not None:
            return _conflict(ctx, unit, origin, {}, "", clash)
        kind.apply(ctx, unit, None)
        add_versions(session, unit.kind, unit.id, [unit.hash, *unit.history])
        if unit.kind == "evidence" and unit.blob is not None:
            ctx.summary.inserted_evidence.append(unit.id)
        return "inserted"
    local = kind.content(session, existing)
    local_hash = unit_hash(local)
    if local_hash == unit.hash:
        add_versions(session, unit.kind, unit.id, [unit.hash, *unit.history])
        return "unchanged"
    if kind.immutable:
        reason = phrase("a signed event with this id and different content is recorded here")
        return _conflict(ctx, unit, origin, local, local_hash, reason)
    # Known versions and the sender's history may hold legacy-form hashes (units.unit_hashes).
    if not unit.hashes.isdisjoint(known_versions(session, unit.kind, unit.id)):
        add_versions(session, unit.kind, unit.id, unit.history)
        return "kept_local"  # theirs is a version we already had; ours came after it
    if not unit_hashes(local).isdisjoint(unit.history):
        if kind.sealed(existing):
            reason = phrase("the record is sealed here, so it cannot take a change")
            return _conflict(ctx, unit, origin, local, local_hash, reason)
        kind.apply(ctx, unit, existing)
        add_versions(session, unit.kind, unit.id, [unit.hash, *unit.history])
        return "updated"
    reason = phrase("changed on both sides since the last common version")
    return _conflict(ctx, unit, origin, local, local_hash, reason)


def _conflict(
    ctx: MergeContext,
    unit: Decoded,
    origin: Origin,
    local: dict[str, Any],
    local_hash: str,
    reason: Phrase,
) -> str:
    """Record the conflict; its reason is stored as the English sentence (the GUI translates
    it by looking the stored text up as a template, see gui/exchange/conflicts_view.py)."""
    session = ctx.session
    already = session.scalar(
        select(ExchangeConflict).where(
            ExchangeConflict.unit_kind == unit.kind,
            ExchangeConflict.unit_id == unit.id,
            ExchangeConflict.incoming_hash == unit.hash,
            ExchangeConflict.resolved_at.is_(None),
        )
    )
    conflict = already or ExchangeConflict(
        case_id=ctx.case_id,
        unit_kind=unit.kind,
        unit_id=unit.id,
        package_id=origin.package_id,
        sender_user_id=origin.sender_user_id,
        reason=str(reason),
        local_hash=local_hash,
        incoming_hash=unit.hash,
        local_content=local,
        incoming_content=unit.content,
        incoming_history=unit.history,
    )
    if already is None:
        session.add(conflict)
        session.flush()
    ctx.summary.conflicts.append(
        ConflictInfo(
            conflict.id, unit.kind, unit.id, str(reason), changed_fields(local, unit.content)
        )
    )
    return "conflict"


def _check_signatures(session: Session, units: list[Decoded]) -> None:
    """Custody and review events arrive signed by their authors; each must verify here."""
    for unit in units:
        if unit.kind == "custody":
            event = session.get(CustodyEvent, unit.id)
            item = session.get(EvidenceItem, unit.row["evidence_id"])
            ok = event is None or (
                event.signature != unit.row["signature"]  # a conflict kept ours
                or custody_signature_valid(session, event, item.sha256 if item else None)
            )
        elif unit.kind == "review":
            review = session.get(ReviewEvent, unit.id)
            ok = review is None or (
                review.signature != unit.row["signature"] or review_signature_valid(session, review)
            )
        else:
            continue
        if not ok:
            raise PackageRejected(
                "A signed event in the package does not verify against its author's key, so "
                "the package was refused and nothing was imported:",
                [f"{unit.kind} event {unit.id}"],
            )
