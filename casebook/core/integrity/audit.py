"""Stamps every change with who and when, refuses edits to sealed records, and appends the
hash-chained audit entry for each create, update and delete, inside the same transaction.

Each entry also carries the hash of the record's content after the change
(``record_binding.py``), so ``verify`` can tell a record edited outside Casebook.

Entries are hashed, and their record hashes taken, in the canonical JSON form their
``changes`` name (canonical_json.py): RFC 8785 for every entry written now, the legacy form
for entries without the marker, so a chain begun before keeps verifying as it grows.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import History

from ..canonical_json import canonical_json, form_of, marked
from ..errors import SealedRecordError
from ..models import AuditEntry, Segment, Testimony
from ..models.audit import GENESIS_HASH
from ..models.base import Tracked, new_id, utcnow
from ..models.testimony import Sealable
from ..phrase import Phrase, phrase
from .record_binding import (
    any_unbound,
    apply_defaults,
    is_bound,
    record_hash,
    record_id,
    sync_foreign_keys,
    unbound_records,
)

# Columns whose values must not be copied into the log (they are keys, not facts).
_SECRET_COLUMNS = {"signing_private_key"}


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)


def _value(column: str, value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        if column in _SECRET_COLUMNS:
            return "(secret, not logged)"
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _snapshot(obj: object) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: _value(attr.key, getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _first(history: History) -> Any:
    if history.deleted:
        return history.deleted[0]
    return history.unchanged[0] if history.unchanged else None


def _diff(obj: object) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = _first(hist)
            new = hist.added[0] if hist.added else None
            changes[attr.key] = [_value(attr.key, old), _value(attr.key, new)]
    for rel in state.mapper.relationships:
        if rel.secondary is None:
            continue
        hist = state.attrs[rel.key].history
        if hist.has_changes():
            changes[rel.key] = {
                "added": [o.id for o in hist.added],
                "removed": [o.id for o in hist.deleted],
            }
    return changes


def _was_sealed(obj: Sealable) -> bool:
    return _first(inspect(obj).attrs.sealed_at.history) is not None


def _guard_sealed(session: Session, obj: object, action: str) -> None:
    if isinstance(obj, Sealable) and action != "create" and _was_sealed(obj):
        raise SealedRecordError(
            "This record is sealed, so it cannot be changed or deleted. Make a new version "
            "to correct it; the sealed one stays as it was."
        )
    if isinstance(obj, Segment):
        testimony = obj.testimony or (
            session.get(Testimony, obj.testimony_id) if obj.testimony_id else None
        )
        if testimony is not None and not inspect(testimony).pending and _was_sealed(testimony):
            raise SealedRecordError(
                "This statement is sealed, so its passages cannot be changed. Make a new "
                "version of the testimony to correct it."
            )


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    actor = session.info.get("actor_id")
    now = utcnow()
    pending: list[tuple[str, object, dict[str, Any]]] = []
    for obj in list(session.new):
        if isinstance(obj, Tracked):
            obj.id = obj.id or new_id()  # first, so records made together can refer to it
    with session.no_autoflush:
        for obj in [*session.new, *session.dirty]:
            if not isinstance(obj, AuditEntry):
                sync_foreign_keys(obj)
    for obj in list(session.new):
        if isinstance(obj, AuditEntry):
            continue
        if isinstance(obj, Tracked):
            obj.id = obj.id or new_id()
            obj.created_at = obj.created_at or now
            obj.created_by = obj.created_by or actor
            obj.updated_at, obj.updated_by = now, actor
        apply_defaults(obj)
        _guard_sealed(session, obj, "create")
        pending.append(("create", obj, {}))
    for obj in list(session.dirty):
        if isinstance(obj, AuditEntry) or not session.is_modified(obj):
            continue
        changes = _diff(obj)
        if not changes:
            # Only a child collection changed (its own rows are guarded and audited): a
            # sealed statement still takes the consent record that was never made for it.
            continue
        _guard_sealed(session, obj, "update")
        if isinstance(obj, Tracked):
            obj.updated_at, obj.updated_by = now, actor
        pending.append(("update", obj, changes))
    for obj in [*session.deleted, *_orphans(session)]:
        if isinstance(obj, AuditEntry):
            raise SealedRecordError("Audit entries cannot be deleted.")
        _guard_sealed(session, obj, "delete")
        pending.append(("delete", obj, _snapshot(obj)))
    if not pending:
        return
    with session.no_autoflush:
        append_entries(
            session,
            actor,
            [
                (
                    action,
                    obj.__tablename__,  # type: ignore[attr-defined]
                    record_id(obj),
                    _snapshot(obj) if action == "create" else changes,
                    _bound_hash(obj, action),
                )
                for action, obj, changes in pending
            ],
            now,
        )


def _orphans(session: Session) -> list[object]:
    """Children taken out of a delete-orphan collection: the flush deletes them, but they
    are not in ``session.deleted`` yet (passages dropped when a draft is re-split)."""
    found: list[object] = []
    for obj in session.dirty:
        state = inspect(obj)
        for rel in state.mapper.relationships:
            if not rel.cascade.delete_orphan:
                continue
            for child in state.attrs[rel.key].history.deleted:
                child_state = inspect(child)
                if child_state.persistent and child not in session.deleted and child not in found:
                    found.append(child)
    return found


def _bound_hash(obj: object, action: str) -> str | None:
    if action == "delete" or not is_bound(inspect(obj).mapper):
        return None
    return record_hash(obj)


# (action, table, record id, changes, record hash)
EntryFields = tuple[str, str, str, dict[str, Any], str | None]


def append_entries(
    session: Session, actor: str | None, entries: list[EntryFields], at: datetime | None = None
) -> None:
    """Add entries after the chain's head, each linked to the one before it."""
    last = session.execute(
        select(AuditEntry.sequence, AuditEntry.entry_hash)
        .order_by(AuditEntry.sequence.desc())
        .limit(1)
    ).first()
    sequence, prev = (last[0], last[1]) if last else (0, GENESIS_HASH)
    now = at or utcnow()
    for action, table, rid, changes, bound in entries:
        sequence += 1
        entry = AuditEntry(
            sequence=sequence,
            at=now,
            actor_id=actor,
            action=action,
            table_name=table,
            record_id=rid,
            changes=marked(changes),
            prev_hash=prev,
            record_hash=bound,
        )
        entry.entry_hash = entry_hash(entry)
        prev = entry.entry_hash
        session.add(entry)


def bind_unbound(session: Session, actor: str | None) -> int:
    """Bind records whose last entry predates record hashes; returns how many were bound."""
    if not any_unbound(session):
        return 0
    entries: list[EntryFields] = [
        ("bind", obj.__tablename__, record_id(obj), {}, record_hash(obj))  # type: ignore[attr-defined]
        for obj in unbound_records(session)
    ]
    append_entries(session, actor, entries)
    return len(entries)


def entry_hash(entry: AuditEntry) -> str:
    """SHA-256 of the entry's canonical JSON, in the form its ``changes`` name."""
    body = {
        "sequence": entry.sequence,
        "at": entry.at.isoformat(),
        "actor_id": entry.actor_id,
        "action": entry.action,
        "table_name": entry.table_name,
        "record_id": entry.record_id,
        "changes": entry.changes,
        "prev_hash": entry.prev_hash,
    }
    if entry.record_hash is not None:  # entries from before schema 0004 have none
        body["record_hash"] = entry.record_hash
    return hashlib.sha256(canonical_json(body, form_of(entry.changes))).hexdigest()


def chain_problems(session: Session) -> list[Phrase]:
    """Walk the chain from the start; report the first broken link (later ones depend on it)."""
    expected_prev = GENESIS_HASH
    expected_sequence = 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.sequence)):
        where = phrase(
            "audit entry {sequence} ({action} in {table})",
            sequence=entry.sequence,
            action=entry.action,
            table=entry.table_name,
        )
        if entry.sequence != expected_sequence:
            return [
                phrase(
                    "{where}: expected entry {expected} here; entries are missing",
                    where=where,
                    expected=expected_sequence,
                )
            ]
        if entry.prev_hash != expected_prev:
            return [phrase("{where}: does not follow on from the entry before it", where=where)]
        if entry_hash(entry) != entry.entry_hash:
            return [phrase("{where}: its content was altered after it was written", where=where)]
        expected_prev = entry.entry_hash
        expected_sequence += 1
    return []
