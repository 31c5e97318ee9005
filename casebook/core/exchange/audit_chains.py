"""Audit chains travel with packages and are kept, per source casebook, as they were.

Why a separate table rather than our own log: an entry's hash commits to its sequence and
to the entry before it in the *sender's* chain. Copied into our chain it would have to be
re-hashed, and could no longer be checked against the sender's signature. So each source
casebook's chain is stored under its casebook id, exactly as sent, and ``verify`` walks it.

A package carries the sender's whole chain, from entry 1 to the head its manifest signs,
but in full only for entries about records in the package; every other entry is a stub
(sequence and hash), so other cases are not revealed and the chain stays continuous. A
later package from the same casebook must agree with what earlier ones showed, so history
rewritten between packages is detected.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from ..errors import IntegrityFailure
from ..integrity.audit import chain_problems, entry_hash
from ..models import AuditEntry, ExchangePackage, ForeignAuditEntry
from ..models.audit import GENESIS_HASH
from ..phrase import Phrase, phrase
from .errors import PackageRejected
from .manifest import AUDIT_FORMAT, Manifest
from .rows import malformed
from .units import is_sha256

_FULL_KEYS = {
    "sequence",
    "at",
    "actor_id",
    "action",
    "table_name",
    "record_id",
    "changes",
    "prev_hash",
    "entry_hash",
}
_BOUND_KEYS = _FULL_KEYS | {"record_hash"}  # entries written since schema 0004


def outgoing_chain(
    session: Session, casebook_id: str, record_keys: set[tuple[str, str]]
) -> dict[str, Any]:
    """Our chain for a package: full entries for ``record_keys``, stubs for the rest."""
    problems = chain_problems(session)
    if problems:
        raise IntegrityFailure(
            "This casebook's audit log fails its own check, so no package was made: "
            "{problem}. Run `casebook verify` and restore from a backup.",
            problem=problems[0],
        )
    entries: list[dict[str, Any]] = []
    rows = session.scalars(
        select(AuditEntry).order_by(AuditEntry.sequence).execution_options(yield_per=2000)
    )
    for entry in rows:
        if (entry.table_name, entry.record_id) in record_keys:
            entries.append(
                {
                    "sequence": entry.sequence,
                    "at": entry.at.isoformat(),
                    "actor_id": entry.actor_id,
                    "action": entry.action,
                    "table_name": entry.table_name,
                    "record_id": entry.record_id,
                    "changes": entry.changes,
                    "prev_hash": entry.prev_hash,
                    "entry_hash": entry.entry_hash,
                }
            )
            if entry.record_hash is not None:
                entries[-1]["record_hash"] = entry.record_hash
        else:
            entries.append({"sequence": entry.sequence, "entry_hash": entry.entry_hash})
    return {"format": AUDIT_FORMAT, "casebook_id": casebook_id, "entries": entries}


def chain_head(document: dict[str, Any]) -> tuple[int, str]:
    entries = document["entries"]
    return (entries[-1]["sequence"], entries[-1]["entry_hash"]) if entries else (0, GENESIS_HASH)


def _transient(item: dict[str, Any], at: datetime) -> AuditEntry:
    return AuditEntry(
        sequence=item["sequence"],
        at=at,
        actor_id=item["actor_id"],
        action=item["action"],
        table_name=item["table_name"],
        record_id=item["record_id"],
        changes=item["changes"],
        prev_hash=item["prev_hash"],
        record_hash=item.get("record_hash"),
    )


def _full_entry(item: dict[str, Any], where: str) -> datetime:
    """Check a full entry's fields and recompute its hash; returns its time."""
    for key in ("action", "table_name", "record_id"):
        if not isinstance(item[key], str) or len(item[key]) > 80:
            raise malformed(f"{where}.{key}", "is not text")
    if item["actor_id"] is not None and not isinstance(item["actor_id"], str):
        raise malformed(f"{where}.actor_id", "is not an id")
    if not isinstance(item["changes"], dict) or not is_sha256(item["prev_hash"]):
        raise malformed(where, "has malformed changes or previous hash")
    if "record_hash" in item and not is_sha256(item["record_hash"]):
        raise malformed(f"{where}.record_hash", "is not a SHA-256")
    try:
        at = datetime.fromisoformat(item["at"]) if isinstance(item["at"], str) else None
    except ValueError:
        at = None
    if at is None or at.tzinfo is None or at.isoformat() != item["at"]:
        raise malformed(f"{where}.at", "is not a time in Casebook's form")
    if entry_hash(_transient(item, at)) != item["entry_hash"]:
        raise PackageRejected(
            "An audit entry in the package does not match its own hash: the sender's "
            "audit history was altered ({where}). Nothing was imported.",
            where=where,
        )
    return at


def check_incoming(document: Any, manifest: Manifest) -> list[tuple[dict[str, Any], Any]]:
    """Check the chain in a package against itself and the signed head.

    Returns (entry, time or None for a stub) pairs in order.
    """
    if not isinstance(document, dict) or set(document) != {"format", "casebook_id", "entries"}:
        raise malformed("audit.json", "is not an audit chain")
    if document["format"] != AUDIT_FORMAT or document["casebook_id"] != manifest.sender.casebook_id:
        raise malformed("audit.json", "is not the sender casebook's chain in a known format")
    items = document["entries"]
    if not isinstance(items, list):
        raise malformed("audit.json.entries", "is not a list")
    checked: list[tuple[dict[str, Any], Any]] = []
    previous = GENESIS_HASH
    for index, item in enumerate(items):
        where = f"audit.json.entries[{index}]"
        if not isinstance(item, dict):
            raise malformed(where, "is not an entry")
        if item.get("sequence") != index + 1 or not is_sha256(item.get("entry_hash")):
            raise malformed(where, "breaks the chain's numbering or has no hash")
        if set(item) == {"sequence", "entry_hash"}:
            checked.append((item, None))
        elif set(item) in (_FULL_KEYS, _BOUND_KEYS):
            if item["prev_hash"] != previous:
                raise PackageRejected(
                    "The sender's audit history is broken at {where}: the entry does not "
                    "follow on from the one before it. Nothing was imported.",
                    where=where,
                )
            checked.append((item, _full_entry(item, where)))
        else:
            raise malformed(where, "is neither a full entry nor a stub")
        previous = item["entry_hash"]
    head = (items[-1]["sequence"], items[-1]["entry_hash"]) if items else (0, GENESIS_HASH)
    if head != (manifest.audit_head_sequence, manifest.audit_head_hash):
        raise PackageRejected(
            "The audit history in the package does not end where its signed manifest says. "
            "Nothing was imported; ask the sender for a new package."
        )
    return checked


def store_incoming(
    session: Session,
    source_casebook_id: str,
    package_id: str,
    checked: list[tuple[dict[str, Any], Any]],
) -> int:
    """Add the chain to what earlier packages from the same casebook brought; refuse forks.

    Returns how many entries were new or completed here.
    """
    stored = {
        seq: (digest, full)
        for seq, digest, full in session.execute(
            select(
                ForeignAuditEntry.sequence,
                ForeignAuditEntry.entry_hash,
                ForeignAuditEntry.changes.is_not(None),
            ).where(ForeignAuditEntry.source_casebook_id == source_casebook_id)
        )
    }
    table = ForeignAuditEntry.__table__
    new_rows: list[dict[str, Any]] = []
    changed = 0
    for item, at in checked:
        known = stored.get(item["sequence"])
        if known is not None and known[0] != item["entry_hash"]:
            raise PackageRejected(
                "The sender's audit history differs from what an earlier package from "
                "the same casebook showed (entry {sequence}): entries were changed or "
                "removed since. Nothing was imported; ask the sender to run `casebook "
                "verify`.",
                sequence=item["sequence"],
            )
        full = at is not None
        values: dict[str, Any] = {
            "source_casebook_id": source_casebook_id,
            "sequence": item["sequence"],
            "entry_hash": item["entry_hash"],
            "package_id": package_id,
        }
        if full:
            values.update(
                {k: item[k] for k in ("actor_id", "action", "table_name", "record_id", "changes")}
            )
            values["record_hash"] = item.get("record_hash")
            values.update(prev_hash=item["prev_hash"], at=at)
        if known is None:
            new_rows.append(values)
            changed += 1
        elif full and not known[1]:
            session.execute(
                update(table)
                .where(
                    table.c.source_casebook_id == source_casebook_id,
                    table.c.sequence == item["sequence"],
                )
                .values(**values)
            )
            changed += 1
    for start in range(0, len(new_rows), 5000):
        session.execute(insert(table), [_fill(r) for r in new_rows[start : start + 5000]])
    return changed


def _fill(row: dict[str, Any]) -> dict[str, Any]:
    base = dict.fromkeys(
        (
            "prev_hash",
            "at",
            "actor_id",
            "action",
            "table_name",
            "record_id",
            "changes",
            "record_hash",
        )
    )
    base.update(row)
    return base


def foreign_chain_problems(session: Session) -> tuple[list[Phrase], int]:
    """Walk every stored foreign chain: continuous, linked, and each full entry intact."""
    problems: list[Phrase] = []
    count = 0
    current: str | None = None
    expected, previous, broken = 1, GENESIS_HASH, False
    rows = session.scalars(
        select(ForeignAuditEntry)
        .order_by(ForeignAuditEntry.source_casebook_id, ForeignAuditEntry.sequence)
        .execution_options(yield_per=2000)
    )
    for entry in rows:
        count += 1
        if entry.source_casebook_id != current:
            current, expected, previous, broken = entry.source_casebook_id, 1, GENESIS_HASH, False
        if broken:
            continue
        where = f"audit entry {entry.sequence} received from casebook {current}"
        if entry.sequence != expected:
            problems.append(phrase("{where}: entries before it are missing", where=where))
            broken = True
        elif entry.changes is not None:
            if entry.prev_hash != previous:
                problems.append(
                    phrase("{where}: does not follow on from the entry before it", where=where)
                )
                broken = True
            elif entry.at is None or entry_hash(_as_entry(entry)) != entry.entry_hash:
                problems.append(
                    phrase("{where}: its content was altered after it was received", where=where)
                )
                broken = True
        expected, previous = entry.sequence + 1, entry.entry_hash
    problems += _head_problems(session)
    return problems, count


def _as_entry(entry: ForeignAuditEntry) -> AuditEntry:
    item = {
        "sequence": entry.sequence,
        "actor_id": entry.actor_id,
        "action": entry.action,
        "table_name": entry.table_name,
        "record_id": entry.record_id,
        "changes": entry.changes,
        "prev_hash": entry.prev_hash,
        "record_hash": entry.record_hash,
    }
    assert entry.at is not None
    return _transient(item, entry.at)


def _head_problems(session: Session) -> list[Phrase]:
    """Each received package's signed head must still be in the stored chain."""
    problems = []
    heads = session.execute(
        select(
            ExchangePackage.id,
            ExchangePackage.source_casebook_id,
            ExchangePackage.audit_head_sequence,
            ExchangePackage.audit_head_hash,
        ).where(ExchangePackage.direction == "received", ExchangePackage.audit_head_sequence > 0)
    )
    for package_id, source, sequence, digest in heads:
        stored = session.scalar(
            select(ForeignAuditEntry.entry_hash).where(
                ForeignAuditEntry.source_casebook_id == source,
                ForeignAuditEntry.sequence == sequence,
            )
        )
        if stored != digest:
            problems.append(
                phrase(
                    "package {package_id}: the audit entry its signature vouched for is "
                    "missing or was changed",
                    package_id=package_id,
                )
            )
    return problems


def foreign_entry_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ForeignAuditEntry)) or 0
