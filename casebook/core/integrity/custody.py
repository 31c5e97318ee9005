"""Chain of custody: every event signed by the acting user's Ed25519 key.

What is signed is the canonical JSON of ``_payload``: RFC 8785 for events whose ``details``
carry the form marker (every event written since), the legacy form for older ones
(canonical_json.py), so old signatures keep verifying.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..canonical_json import form_of, marked
from ..errors import CasebookError, ValidationError
from ..models import CustodyEvent, EvidenceItem, User
from ..models.base import new_id, utcnow
from ..models.evidence import CUSTODY_ACTIONS
from ..phrase import Phrase, phrase
from . import signing


def _payload(event: CustodyEvent, item_sha256: str | None) -> dict[str, Any]:
    return {
        "id": event.id,
        "evidence_id": event.evidence_id,
        "evidence_sha256": item_sha256,
        "sequence": event.sequence,
        "action": event.action,
        "actor_id": event.actor_id,
        "at": event.at.isoformat(),
        "place": event.place,
        "reason": event.reason,
        "details": event.details,
    }


def record_event(
    session: Session,
    item: EvidenceItem,
    action: str,
    actor_id: str,
    reason: str = "",
    place: str = "",
    details: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> CustodyEvent:
    if action not in CUSTODY_ACTIONS:
        raise ValidationError(
            "Custody actions are: {custody_actions}.",
            "action",
            custody_actions=", ".join(CUSTODY_ACTIONS),
        )
    actor = session.get(User, actor_id)
    if actor is None or actor.signing_private_key is None:
        raise CasebookError(
            "Custody events are signed by the person acting, and this user has no signing key "
            "in this casebook."
        )
    sequence = (
        session.scalar(
            select(func.max(CustodyEvent.sequence)).where(CustodyEvent.evidence_id == item.id)
        )
        or 0
    ) + 1
    event = CustodyEvent(
        id=new_id(),
        evidence_id=item.id,
        sequence=sequence,
        action=action,
        actor_id=actor_id,
        at=at or utcnow(),
        place=place,
        reason=reason,
        details=marked(details),
    )
    event.signature = signing.sign(
        actor.signing_private_key, _payload(event, item.sha256), form_of(event.details)
    )
    session.add(event)
    session.flush()
    return event


def signature_valid(session: Session, event: CustodyEvent, item_sha256: str | None) -> bool:
    actor = session.get(User, event.actor_id)
    if actor is None:
        return False
    return signed_by(event, item_sha256, actor.signing_public_key)


def signed_by(event: CustodyEvent, item_sha256: str | None, public_key: bytes) -> bool:
    """Whether ``public_key`` signed ``event`` as it stands (used on import, before the
    event or its signer is stored)."""
    payload = _payload(event, item_sha256)
    return signing.verify(public_key, event.signature, payload, form_of(event.details))


def custody_problems(session: Session, item: EvidenceItem) -> list[Phrase]:
    problems = []
    expected = 1
    for event in item.custody:
        where = phrase(
            "custody event {sequence} ({action}) of evidence {title}",
            sequence=event.sequence,
            action=event.action,
            title=repr(item.title),
        )
        if event.sequence != expected:
            problems.append(
                phrase("{where}: the sequence skips from {last}", where=where, last=expected - 1)
            )
        if not signature_valid(session, event, item.sha256):
            problems.append(
                phrase("{where}: its signature does not match its content", where=where)
            )
        expected = event.sequence + 1
    return problems
