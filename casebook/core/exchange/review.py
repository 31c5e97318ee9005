"""Review: statuses and comments on a case and its records, each signed by its author.

Every review action is an event appended to a log, never an edit of the record itself, so
review and documentation never collide in a merge and the whole history of a review stays.
An event signs the SHA-256 of the record's canonical content (the unit hash) at the time:
a supervisor's approval is a sign-off of exactly that content, and shows as outdated once
the record changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..integrity import signing
from ..models import Case, ReviewEvent, User
from ..models.base import new_id, utcnow
from ..models.exchange import REVIEW_STATUSES
from ..store.casebook import Casebook
from ..text.text_input import clean
from .errors import ReviewError
from .unit_kinds import KINDS, find_unit
from .units import unit_hash

# Documenters put work up for review (or take it back); supervisors decide on it.
STATUSES_BY_ROLE = {
    "documenter": ("draft", "submitted"),
    "legal": ("draft", "submitted"),
    "supervisor": REVIEW_STATUSES,
}
MAX_COMMENT = 20_000


def _payload(event: ReviewEvent) -> dict[str, Any]:
    return {
        "kind": "casebook review event",
        "id": event.id,
        "case_id": event.case_id,
        "target_kind": event.target_kind,
        "target_id": event.target_id,
        "status": event.status,
        "comment": event.comment,
        "actor_id": event.actor_id,
        "at": event.at.isoformat(),
        "content_sha256": event.content_sha256,
    }


def signature_valid(session: Session, event: ReviewEvent) -> bool:
    actor = session.get(User, event.actor_id)
    return actor is not None and signing.verify(
        actor.signing_public_key, event.signature, _payload(event)
    )


def content_hash(session: Session, kind: str, record: Any) -> str:
    return unit_hash(KINDS[kind].content(session, record))


def add_review(
    book: Casebook,
    session: Session,
    case: Case,
    record_id: str | None = None,
    status: str | None = None,
    comment: str = "",
) -> ReviewEvent:
    """Record a status and/or a comment on the case (or one of its records); signed."""
    comment = clean(comment).strip()
    if status is None and not comment:
        raise ReviewError("Give a status, a comment, or both.")
    if len(comment) > MAX_COMMENT:
        raise ReviewError(f"A comment can be at most {MAX_COMMENT} characters long.")
    actor = session.get(User, book.actor_id) if book.actor_id else None
    if actor is None or actor.signing_private_key is None:
        raise ReviewError("Review actions are signed, and no user with a key is acting here.")
    if status is not None:
        if status not in REVIEW_STATUSES:
            raise ReviewError(f"The review status must be one of: {', '.join(REVIEW_STATUSES)}.")
        allowed = STATUSES_BY_ROLE.get(actor.role, ())
        if status not in allowed:
            raise ReviewError(
                f"As a {actor.role} you can set the status to {', '.join(allowed)}; "
                "the other statuses are the supervisor's."
            )
    if record_id is None or record_id == case.id:
        kind, record = "case", case
    else:
        found = find_unit(session, case.id, record_id)
        if found is None:
            raise ReviewError(
                "No record of this case has that id. `casebook review PATH --case R` lists "
                "the case's records under review."
            )
        kind, record = found
    event = ReviewEvent(
        id=new_id(),
        case_id=case.id,
        target_kind=kind,
        target_id=record.id,
        status=status,
        comment=comment,
        actor_id=actor.id,
        at=utcnow(),
        content_sha256=content_hash(session, kind, record),
    )
    event.signature = signing.sign(actor.signing_private_key, _payload(event))
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ReviewState:
    target_kind: str
    target_id: str
    status: str | None
    status_by: str  # display name
    approved_content_current: bool | None  # None unless approved
    comments: list[tuple[str, str, str]]  # (at, author, text)


def review_states(session: Session, case: Case) -> list[ReviewState]:
    """The current status and the comments of the case and of each record reviewed."""
    events = list(
        session.scalars(
            select(ReviewEvent)
            .where(ReviewEvent.case_id == case.id)
            .order_by(ReviewEvent.at, ReviewEvent.id)
        )
    )
    names = {u.id: u.display_name for u in session.scalars(select(User))}
    by_target: dict[tuple[str, str], list[ReviewEvent]] = {}
    for event in events:
        by_target.setdefault((event.target_kind, event.target_id), []).append(event)
    states = []
    for (kind, target_id), items in by_target.items():
        last = next((e for e in reversed(items) if e.status is not None), None)
        current = None
        if last is not None and last.status == "approved":
            record = session.get(KINDS[kind].model, target_id)
            current = record is not None and (
                content_hash(session, kind, record) == last.content_sha256
            )
        states.append(
            ReviewState(
                target_kind=kind,
                target_id=target_id,
                status=last.status if last else None,
                status_by=names.get(last.actor_id, "?") if last else "",
                approved_content_current=current,
                comments=[
                    (e.at.isoformat(timespec="minutes"), names.get(e.actor_id, "?"), e.comment)
                    for e in items
                    if e.comment
                ],
            )
        )
    states.sort(key=lambda s: (s.target_kind != "case", s.target_kind, s.target_id))
    return states


def review_problems(session: Session) -> tuple[list[str], int]:
    """For ``verify``: every review event's signature must match its content."""
    problems = []
    events = list(session.scalars(select(ReviewEvent).order_by(ReviewEvent.at)))
    for event in events:
        if not signature_valid(session, event):
            problems.append(
                f"review event {event.id} ({event.status or 'comment'} on {event.target_kind} "
                f"{event.target_id}): its signature does not match its content"
            )
    return problems, len(events)
