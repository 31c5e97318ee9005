"""Each record bound to the audit chain by the hash of its content after every change.

An audit entry commits, through its own hash and so through the whole chain, to
``record_hash``: SHA-256 of the record's columns and links as stored. ``verify`` recomputes
it for every live record, so a testimony edited, or a row inserted or deleted, with raw SQL
is named even though the chain itself is intact. To hide such an edit the chain would have
to be rewritten, which the history anchors outside the folder catch.

Not bound: the audit log itself, and bookkeeping written in bulk from packages (each
package's own chain and signature cover it). Who last changed a record and when
(``updated_at``/``updated_by``) is left out of the hash: the audit entry itself says so,
and merged records keep the sender's stamps (exchange/units.py ``restore_stamps``).

A record hash is taken in the canonical JSON form of the entry that holds it (RFC 8785 for
entries written now, the legacy form for older ones; canonical_json.py), so a record last
changed before RFC 8785 still matches its entry.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import MANYTOONE, ONETOMANY, Mapper, Session, selectinload

from ..canonical_json import CURRENT, FORM_KEY, FORM_NAME, LEGACY, RFC8785, canonical_json
from ..models import AuditEntry
from ..models.base import Base
from ..phrase import Phrase, phrase

UNBOUND_TABLES = frozenset(
    {
        "audit_log",
        "foreign_audit_entries",
        "exchange_provenance",
        "exchange_versions",
        "exchange_peer_versions",
    }
)
_STAMPS = frozenset({"updated_at", "updated_by"})


def _canonical(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    return value


def is_bound(mapper: Mapper[Any]) -> bool:
    return mapper.local_table.name not in UNBOUND_TABLES  # type: ignore[attr-defined]


def record_id(obj: object) -> str:
    """The id an audit entry names a record by: its primary key, parts joined by '/'."""
    mapper: Mapper[Any] = obj.__mapper__  # type: ignore[attr-defined]
    return "/".join(str(part) for part in mapper.primary_key_from_instance(obj))


def _unset_later_column(obj: object, attr: Any) -> bool:
    """A column added after its table held bound rows (``info["hashed_when_set"]``) counts
    only once it holds something: adding it must not change every existing row's hash."""
    return bool(attr.columns[0].info.get("hashed_when_set")) and getattr(obj, attr.key) in (
        "",
        None,
    )


def record_hash(obj: object, form: int = CURRENT) -> str:
    mapper: Mapper[Any] = obj.__mapper__  # type: ignore[attr-defined]
    content: dict[str, Any] = {
        attr.key: _canonical(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in _STAMPS and not _unset_later_column(obj, attr)
    }
    for rel in mapper.relationships:
        if rel.secondary is not None:
            content[rel.key] = sorted(record_id(other) for other in getattr(obj, rel.key))
    return hashlib.sha256(canonical_json(content, form)).hexdigest()


def apply_defaults(obj: object) -> None:
    """Fill column defaults a new record would get at INSERT, so its hash is of what is stored."""
    mapper: Mapper[Any] = obj.__mapper__  # type: ignore[attr-defined]
    given = obj.__dict__
    for attr in mapper.column_attrs:
        default = attr.columns[0].default
        if attr.key in given or default is None:
            continue
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)  # type: ignore[attr-defined]
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))  # type: ignore[attr-defined,operator]


def sync_foreign_keys(obj: object) -> None:
    """Copy keys from related records into foreign-key columns, as the flush will, so the
    hash taken before the flush is of what is stored (only relationships already loaded)."""
    mapper: Mapper[Any] = obj.__mapper__  # type: ignore[attr-defined]
    loaded = obj.__dict__
    for rel in mapper.relationships:
        if rel.secondary is not None or rel.key not in loaded:
            continue
        value = loaded[rel.key]
        if rel.direction is MANYTOONE:
            if value is None:
                continue
            for local, remote in rel.local_remote_pairs:
                _copy(value, remote, obj, local)
        elif rel.direction is ONETOMANY:
            children = value if isinstance(value, list | tuple | set) else [value]
            for child in children:
                if child is None:
                    continue
                for local, remote in rel.local_remote_pairs:
                    _copy(obj, local, child, remote)


def _copy(source: object, source_column: Any, target: object, target_column: Any) -> None:
    source_key = source.__mapper__.get_property_by_column(source_column).key  # type: ignore[attr-defined]
    target_key = target.__mapper__.get_property_by_column(target_column).key  # type: ignore[attr-defined]
    value = getattr(source, source_key)
    if value is not None and getattr(target, target_key) != value:
        setattr(target, target_key, value)


@dataclass(frozen=True)
class LastEntry:
    sequence: int
    action: str
    record_hash: str | None
    form: int  # the canonical JSON form its record hash was taken in


def _last_entries(session: Session, table: str) -> dict[str, LastEntry]:
    latest = (
        select(func.max(AuditEntry.sequence))
        .where(AuditEntry.table_name == table)
        .group_by(AuditEntry.record_id)
    )
    # The marker is read in SQL: the entries' full changes are not needed here.
    marker = func.json_extract(AuditEntry.changes, f'$."{FORM_KEY}"')
    rows = session.execute(
        select(
            AuditEntry.record_id,
            AuditEntry.sequence,
            AuditEntry.action,
            AuditEntry.record_hash,
            marker,
        ).where(AuditEntry.sequence.in_(latest))
    )
    return {
        rid: LastEntry(seq, action, digest, RFC8785 if name == FORM_NAME else LEGACY)
        for rid, seq, action, digest, name in rows
    }


def _bound_mappers() -> Iterator[Mapper[Any]]:
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.local_table.name):  # type: ignore[attr-defined]
        if is_bound(mapper):
            yield mapper


def _records(session: Session, mapper: Mapper[Any]) -> Iterator[object]:
    links = [
        selectinload(getattr(mapper.class_, rel.key))
        for rel in mapper.relationships
        if rel.secondary is not None
    ]
    yield from session.scalars(select(mapper.class_).options(*links))


def binding_problems(session: Session) -> tuple[list[Phrase], int]:
    """Every live record against the last audit entry about it; returns (problems, checked).

    Records are named by table and id only: the messages go to screens and reports.
    """
    problems: list[Phrase] = []
    checked = 0
    for mapper in _bound_mappers():
        table = mapper.local_table.name  # type: ignore[attr-defined]
        last = _last_entries(session, table)
        seen: set[str] = set()
        for obj in _records(session, mapper):
            rid = record_id(obj)
            seen.add(rid)
            checked += 1
            entry = last.get(rid)
            where = f"{table}/{rid}"
            if entry is None:
                problems.append(
                    phrase(
                        "record {record} is in the database but in no audit entry: it was added "
                        "outside Casebook",
                        record=where,
                    )
                )
            elif entry.action == "delete":
                problems.append(
                    phrase(
                        "record {record} was deleted in audit entry {sequence} but is in the "
                        "database again: it was put back outside Casebook",
                        record=where,
                        sequence=entry.sequence,
                    )
                )
            elif entry.record_hash is None:
                problems.append(
                    phrase(
                        "record {record} is not bound to the audit log (open it once to bind it)",
                        record=where,
                    )
                )
            elif record_hash(obj, entry.form) != entry.record_hash:
                problems.append(
                    phrase(
                        "record {record} differs from what audit entry {sequence} recorded: it "
                        "was changed outside Casebook",
                        record=where,
                        sequence=entry.sequence,
                    )
                )
        for rid, entry in sorted(last.items()):
            if rid not in seen and entry.action != "delete":
                problems.append(
                    phrase(
                        "record {record} is missing: audit entry {sequence} recorded it and no "
                        "entry deleted it, so it was deleted outside Casebook",
                        record=f"{table}/{rid}",
                        sequence=entry.sequence,
                    )
                )
        session.expunge_all()  # one table at a time in memory
    return problems, checked


def unbound_records(session: Session) -> Iterator[object]:
    """Records whose last audit entry predates binding (schema 0004): bound once, on open."""
    for mapper in _bound_mappers():
        table = mapper.local_table.name  # type: ignore[attr-defined]
        last = {
            rid
            for rid, entry in _last_entries(session, table).items()
            if entry.record_hash is None and entry.action != "delete"
        }
        if not last:
            continue
        for obj in _records(session, mapper):
            if record_id(obj) in last:
                yield obj


def any_unbound(session: Session) -> bool:
    """Cheap test for :func:`unbound_records`: is some record's last entry without a hash?"""
    later = AuditEntry.__table__.alias("later")
    newer = (
        select(later.c.sequence)
        .where(
            later.c.table_name == AuditEntry.table_name,
            later.c.record_id == AuditEntry.record_id,
            later.c.sequence > AuditEntry.sequence,
        )
        .exists()
    )
    found = session.scalar(
        select(AuditEntry.sequence)
        .where(AuditEntry.record_hash.is_(None), AuditEntry.action != "delete", ~newer)
        .limit(1)
    )
    return found is not None
