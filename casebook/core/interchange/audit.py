"""Audit chains in the interchange format: the history of a case as each casebook kept it.

An import cannot make another casebook's chain its own: every entry's hash commits to its
place in the sender's chain, and re-hashing it here would leave nothing to check against
the sender. So the exporting casebook's chain (and any chain it had itself received) is
written as it is, in full for the records whose content is in the file and as stubs
(sequence and hash) for every other entry, so the chain stays continuous without showing
other cases. An import checks each chain (numbering, links, every full entry's hash) and
keeps it under its casebook's id in ``foreign_audit_entries``, beside the chains exchange
packages bring, where ``casebook verify`` walks it again. It refuses a chain that differs
from what this casebook already holds of the same casebook's chain (history rewritten in
between), and one claiming to be this casebook's own chain that is not.

The file is not signed, so a chain shows only that the history it holds is continuous and
unaltered relative to its head; the head (last sequence and hash) is recorded in the
importing casebook's signed "received" event, and can be compared with the sending casebook.

Stored with plain INSERT statements (as ``exchange.audit_chains`` does): they are
bookkeeping of another casebook, not records of this one, and are not audited again here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ..integrity.audit import entry_hash
from ..models import (
    AuditEntry,
    ChargePerpetrator,
    Consent,
    ConsentReview,
    EvidenceItem,
    ForeignAuditEntry,
)
from ..models.audit import GENESIS_HASH
from ..phrase import phrase

_FIELDS = ("at", "actor_id", "action", "table_name", "record_id", "changes", "prev_hash")

# -- export -------------------------------------------------------------------------------


def record_keys(session: Session, case: dict[str, Any]) -> set[tuple[str, str]]:
    """(table, id) of every record whose content is in the exported ``case``."""
    keys = {("cases", case["id"])}
    for table, key in (
        ("persons", "persons"),
        ("incidents", "incidents"),
        ("testimonies", "testimonies"),
        ("evidence_items", "evidence"),
        ("tags", "tags"),
        ("charges", "charges"),
        ("authored_sections", "sections"),
        ("review_events", "review_events"),
        ("saved_patterns", "patterns"),
        ("users", "signers"),
    ):
        keys.update((table, record["id"]) for record in case.get(key, []))
    testimonies = [t["id"] for t in case["testimonies"]]
    keys.update(("testimony_segments", s["id"]) for t in case["testimonies"] for s in t["segments"])
    evidence = [e["id"] for e in case["evidence"]]
    keys.update(("custody_events", c["id"]) for e in case["evidence"] for c in e.get("custody", []))
    identities = [p["identity"]["id"] for p in case["persons"] if "id" in p.get("identity", {})]
    keys.update(("person_identities", i) for i in identities)
    consents = list(
        session.scalars(select(Consent.id).where(Consent.testimony_id.in_(testimonies)))
    )
    keys.update(("consents", i) for i in consents)
    reviews = session.scalars(
        select(ConsentReview.id).where(ConsentReview.consent_id.in_(consents))
    )
    keys.update(("consent_reviews", i) for i in reviews)
    charges = [c["id"] for c in case.get("charges", [])]
    links = session.scalars(
        select(ChargePerpetrator.id).where(ChargePerpetrator.charge_id.in_(charges))
    )
    keys.update(("charge_perpetrators", i) for i in links)
    blobs = session.scalars(
        select(EvidenceItem.blob_id).where(
            EvidenceItem.id.in_(evidence), EvidenceItem.blob_id.is_not(None)
        )
    )
    keys.update(("blobs", i) for i in blobs)
    return keys


def _full(entry: AuditEntry | ForeignAuditEntry) -> dict[str, Any]:
    assert entry.at is not None
    out: dict[str, Any] = {"sequence": entry.sequence, "at": entry.at.isoformat()}
    out.update({key: getattr(entry, key) for key in _FIELDS[1:]})
    out["entry_hash"] = entry.entry_hash
    if entry.record_hash is not None:
        out["record_hash"] = entry.record_hash
    return out


def _entries(
    rows: Iterable[AuditEntry | ForeignAuditEntry], keys: set[tuple[str, str]] | None
) -> list[dict[str, Any]]:
    out = []
    for entry in rows:
        shown = (
            keys is not None
            and entry.changes is not None
            and (entry.table_name, entry.record_id) in keys
        )
        stub = {"sequence": entry.sequence, "entry_hash": entry.entry_hash}
        out.append(_full(entry) if shown else stub)
    return out


def export_chains(
    session: Session, casebook_id: str, keys: set[tuple[str, str]] | None
) -> list[dict[str, Any]]:
    """This casebook's chain, then each chain it received; ``keys`` None: stubs only."""
    own = session.scalars(select(AuditEntry).order_by(AuditEntry.sequence))
    chains = [{"casebook_id": casebook_id, "entries": _entries(own, keys)}]
    sources = session.scalars(
        select(ForeignAuditEntry.source_casebook_id)
        .distinct()
        .order_by(ForeignAuditEntry.source_casebook_id)
    ).all()
    for source in sources:
        rows = session.scalars(
            select(ForeignAuditEntry)
            .where(ForeignAuditEntry.source_casebook_id == source)
            .order_by(ForeignAuditEntry.sequence)
        )
        chains.append({"casebook_id": source, "entries": _entries(rows, keys)})
    return chains


# -- import -------------------------------------------------------------------------------


def _moment(value: str) -> datetime | None:
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo is not None and at.isoformat() == value else None


def _as_entry(raw: dict[str, Any], at: datetime) -> AuditEntry:
    values = {key: raw[key] for key in _FIELDS[1:]}
    return AuditEntry(sequence=raw["sequence"], at=at, record_hash=raw.get("record_hash"), **values)


def _held(session: Session, casebook_id: str, own_id: str) -> dict[int, str]:
    """Sequence -> hash of what this casebook already holds of that casebook's chain."""
    if casebook_id == own_id:
        rows = session.execute(select(AuditEntry.sequence, AuditEntry.entry_hash))
    else:
        rows = session.execute(
            select(ForeignAuditEntry.sequence, ForeignAuditEntry.entry_hash).where(
                ForeignAuditEntry.source_casebook_id == casebook_id
            )
        )
    return {sequence: digest for sequence, digest in rows}


def audit_problems(session: Session, case: dict[str, Any], where: str, own_id: str) -> list[str]:
    """Everything wrong with the chains of one case of a file (nothing is written): gaps in
    the numbering, an entry not following on from the one before, a full entry that does
    not match its hash, and a chain that differs from what this casebook holds of it."""
    problems: list[str] = []
    seen: set[str] = set()
    for ci, chain in enumerate(case.get("audit", [])):
        at = f"{where}/audit/{ci}"
        if chain["casebook_id"] in seen:
            problems.append(
                phrase("{at}/casebook_id: this casebook's chain is listed twice", at=at)
            )
            continue
        seen.add(chain["casebook_id"])
        held = _held(session, chain["casebook_id"], own_id)
        previous = GENESIS_HASH
        for j, raw in enumerate(chain["entries"]):
            here = f"{at}/entries/{j}"
            if raw["sequence"] != j + 1:
                problems.append(
                    phrase(
                        "{at}/sequence: is {sequence}, expected {expected}",
                        at=here,
                        sequence=raw["sequence"],
                        expected=j + 1,
                    )
                )
                break
            if "changes" in raw:
                moment = _moment(raw["at"])
                if raw["prev_hash"] != previous:
                    problems.append(
                        phrase("{here}: does not follow on from the entry before it", here=here)
                    )
                    break
                if moment is None or entry_hash(_as_entry(raw, moment)) != raw["entry_hash"]:
                    problems.append(
                        phrase(
                            "{here}: does not match its own hash: the history was altered after it "
                            "was written",
                            here=here,
                        )
                    )
                    break
            known = held.get(raw["sequence"])
            if known is not None and known != raw["entry_hash"]:
                whose = "this casebook's own" if chain["casebook_id"] == own_id else "the"
                problems.append(
                    phrase(
                        "{here}: differs from {whose} history this casebook already holds of "
                        "that casebook: entries were changed or removed in between",
                        here=here,
                        whose=whose,
                    )
                )
                break
            previous = raw["entry_hash"]
    return problems


def store_chains(
    session: Session, case: dict[str, Any], own_id: str, import_id: str
) -> list[dict[str, Any]]:
    """Keep the (checked) chains of other casebooks; returns each chain's head as received."""
    table = ForeignAuditEntry.__table__
    heads = []
    for chain in case.get("audit", []):
        source, entries = chain["casebook_id"], chain["entries"]
        if entries:
            heads.append(
                {
                    "casebook_id": source,
                    "sequence": entries[-1]["sequence"],
                    "entry_hash": entries[-1]["entry_hash"],
                }
            )
        if source == own_id:
            continue  # our own chain, already checked against what we hold
        stored = {
            sequence: full
            for sequence, full in session.execute(
                select(ForeignAuditEntry.sequence, ForeignAuditEntry.changes.is_not(None)).where(
                    ForeignAuditEntry.source_casebook_id == source
                )
            )
        }
        new_rows = []
        for raw in entries:
            values: dict[str, Any] = dict.fromkeys((*_FIELDS, "record_hash"))
            values.update(
                source_casebook_id=source,
                sequence=raw["sequence"],
                entry_hash=raw["entry_hash"],
                package_id=import_id,
            )
            full = "changes" in raw
            if full:
                values.update({key: raw[key] for key in _FIELDS[1:]})
                values.update(at=_moment(raw["at"]), record_hash=raw.get("record_hash"))
            if raw["sequence"] not in stored:
                new_rows.append(values)
            elif full and not stored[raw["sequence"]]:
                session.execute(
                    update(table)
                    .where(
                        table.c.source_casebook_id == source, table.c.sequence == raw["sequence"]
                    )
                    .values(**values)
                )
        for start in range(0, len(new_rows), 5000):
            session.execute(insert(table), new_rows[start : start + 5000])
    return heads
