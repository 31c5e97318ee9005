"""Conflicts a merge kept for a person to decide: list them, and resolve one.

Resolving records both versions in the unit's ancestry, so the choice travels: the next
package to the other side carries the kept version as a descendant of both, and merges
there without a new conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..models import Blob, ExchangeConflict, ExchangeIdentity
from ..models.base import utcnow
from ..store.casebook import Casebook
from .errors import ConflictError
from .merge import MergeContext, add_versions, changed_fields
from .unit_kinds import KINDS
from .units import Unmergeable, unit_hash, unit_hashes


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    unit_id: str
    case_id: str
    sender: str
    detected_at: str
    reason: str
    fields: list[str]
    resolution: str | None


def list_conflicts(session: Session, include_resolved: bool = False) -> list[ConflictView]:
    query = select(ExchangeConflict).order_by(ExchangeConflict.created_at)
    if not include_resolved:
        query = query.where(ExchangeConflict.resolved_at.is_(None))
    names = {i.user_id: i.display_name for i in session.scalars(select(ExchangeIdentity))}
    return [
        ConflictView(
            id=c.id,
            kind=c.unit_kind,
            unit_id=c.unit_id,
            case_id=c.case_id,
            sender=names.get(c.sender_user_id, c.sender_user_id),
            detected_at=c.created_at.isoformat(timespec="minutes"),
            reason=c.reason,
            fields=changed_fields(c.local_content, c.incoming_content),
            resolution=c.resolution,
        )
        for c in session.scalars(query)
    ]


def resolve(book: Casebook, session: Session, conflict_id: str, keep: str) -> ExchangeConflict:
    """Keep the local or the incoming version of the unit; the caller commits."""
    if keep not in ("local", "incoming"):
        raise ConflictError("Say which version to keep: local or incoming.")
    conflict = session.get(ExchangeConflict, conflict_id.strip())
    if conflict is None:
        raise NotFound("No conflict has this id. `casebook conflicts PATH` lists them.")
    if conflict.resolved_at is not None:
        raise ConflictError(
            "This conflict was already resolved (kept {resolution}); nothing changed.",
            resolution=conflict.resolution,
        )
    kind = KINDS[conflict.unit_kind]
    existing = session.get(kind.model, conflict.unit_id)
    local = kind.content(session, existing) if existing is not None else None
    local_hash = unit_hash(local) if local is not None else ""
    if keep == "incoming":
        if kind.immutable:
            raise ConflictError(
                "Custody and review events are signed and never replace one another; the "
                "incoming event stays on record in this conflict. Resolve it with --keep local."
            )
        if existing is not None and kind.sealed(existing):
            raise ConflictError(
                "The local record is sealed, so it cannot take the incoming version. Make a "
                "new version of it if the incoming changes are right, then keep local."
            )
        # The conflict may have recorded the legacy-form hash (units.unit_hashes).
        if conflict.local_hash not in (unit_hashes(local) if local is not None else {""}):
            raise ConflictError(
                "The local record changed after this conflict was found. Look at it again; "
                "to keep your current version, resolve with --keep local."
            )
        unit = kind.decode(
            {
                "kind": conflict.unit_kind,
                "id": conflict.unit_id,
                "history": conflict.incoming_history,
                "content": conflict.incoming_content,
            },
            conflict.case_id,
            "the stored incoming version",
        )
        blobs = {b.sha256: b for b in session.scalars(select(Blob))} if unit.blob else {}
        try:
            kind.apply(MergeContext(session, conflict.case_id, blobs), unit, existing)
        except Unmergeable as exc:
            raise ConflictError(
                "The incoming version cannot be written here: {reason}.", reason=exc.reason
            ) from None
    hashes = [conflict.incoming_hash, *conflict.incoming_history]
    if local_hash:
        hashes.append(local_hash)
    add_versions(session, conflict.unit_kind, conflict.unit_id, hashes)
    conflict.resolved_at = utcnow()
    conflict.resolved_by = book.actor_id
    conflict.resolution = keep
    session.flush()
    return conflict
