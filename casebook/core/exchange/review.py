"""Review: statuses and comments on a case and its records, each signed by its author.

Every review action is an event appended to a log, never an edit of the record itself, so
review and documentation never collide in a merge and the whole history of a review stays.
An event signs the SHA-256 of the record's canonical content (the unit hash) at the time:
a supervisor's approval is a sign-off of exactly that content, and shows as outdated once
the record changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..integrity import signing
from ..integrity.review_signature import review_payload
from ..models import Case, ReviewEvent, User
from ..models.base import new_id, utcnow
from ..models.exchange import REVIEW_STATUSES
from ..phrase import Phrase, phrase
from ..store.casebook import Casebook
from ..text.text_input import clean
from .errors import ReviewError
from .signers import Signer, signers, unknown_signer
from .unit_kinds import KINDS, find_unit
from .units import unit_hash, unit_hashes

# Documenters put work up for review (or take it back); supervisors decide on it.
STATUSES_BY_ROLE = {
    "documenter": ("draft", "submitted"),
    "legal": ("draft", "submitted"),
    "supervisor": REVIEW_STATUSES,
}
MAX_COMMENT = 20_000


_payload = review_payload  # what the signature covers (integrity/review_signature.py)


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
        raise ReviewError("A comment can be at most {limit} characters long.", limit=MAX_COMMENT)
    actor = session.get(User, book.actor_id) if book.actor_id else None
    if actor is None or actor.signing_private_key is None:
        raise ReviewError("Review actions are signed, and no user with a key is acting here.")
    if status is not None:
        if status not in REVIEW_STATUSES:
            raise ReviewError(
                "The review status must be one of: {statuses}.", statuses=", ".join(REVIEW_STATUSES)
            )
        allowed = STATUSES_BY_ROLE.get(actor.role, ())
        if status not in allowed:
            raise ReviewError(
                "As a {role} you can set the status to {allowed}; the other statuses are "
                "the supervisor's.",
                role=actor.role,
                allowed=", ".join(allowed),
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
    status: str | None  # the last status set by a signer this casebook trusts
    status_by: str  # display name
    approved_content_current: bool | None  # None unless approved
    comments: list[tuple[str, str, str]]  # (at, author, text); unverified authors say so
    status_at: str = ""
    status_signature_ok: bool = False
    # Statuses that do not count: (at, author, status, why), e.g. an unverified signer's.
    uncounted: list[tuple[str, str, str, str]] = field(default_factory=list)


def _why_not_counted(event: ReviewEvent, signer: Signer) -> str | None:
    if not signer.trusted:
        return "signed by an identity this casebook has not verified"
    if event.status not in STATUSES_BY_ROLE.get(signer.role or "", ()):
        return f"a {signer.role} may not set this status"
    return None


def review_states(session: Session, case: Case) -> list[ReviewState]:
    """The current status and the comments of the case and of each record reviewed."""
    events = list(
        session.scalars(
            select(ReviewEvent)
            .where(ReviewEvent.case_id == case.id)
            .order_by(ReviewEvent.at, ReviewEvent.id)
        )
    )
    people = signers(session)
    by_target: dict[tuple[str, str], list[ReviewEvent]] = {}
    for event in events:
        by_target.setdefault((event.target_kind, event.target_id), []).append(event)
    states = []
    for (kind, target_id), items in by_target.items():
        counted: list[ReviewEvent] = []
        uncounted: list[tuple[str, str, str, str]] = []
        for event in items:
            if event.status is None:
                continue
            signer = people.get(event.actor_id) or unknown_signer(event.actor_id)
            why = _why_not_counted(event, signer)
            if why is None:
                counted.append(event)
            else:
                uncounted.append((_minutes(event), signer.label, event.status, why))
        last = counted[-1] if counted else None
        current = None
        if last is not None and last.status == "approved":
            record = session.get(KINDS[kind].model, target_id)
            # Signed before RFC 8785, the hash is in the legacy form (units.unit_hashes).
            current = record is not None and last.content_sha256 in unit_hashes(
                KINDS[kind].content(session, record)
            )
        states.append(
            ReviewState(
                target_kind=kind,
                target_id=target_id,
                status=last.status if last else None,
                status_by=_label(people, last.actor_id) if last else "",
                approved_content_current=current,
                comments=[
                    (_minutes(e), _label(people, e.actor_id), e.comment) for e in items if e.comment
                ],
                status_at=_minutes(last) if last else "",
                status_signature_ok=signature_valid(session, last) if last else False,
                uncounted=uncounted,
            )
        )
    states.sort(key=lambda s: (s.target_kind != "case", s.target_kind, s.target_id))
    return states


def _minutes(event: ReviewEvent) -> str:
    return event.at.isoformat(timespec="minutes")


def _label(people: dict[str, Signer], user_id: str) -> str:
    return (people.get(user_id) or unknown_signer(user_id)).label


def review_problems(session: Session) -> tuple[list[Phrase], int]:
    """For ``verify``: every review event's signature must match its content, and each status
    must come from a signer this casebook trusts, within the role granted here."""
    problems = []
    people = signers(session)
    events = list(session.scalars(select(ReviewEvent).order_by(ReviewEvent.at)))
    for event in events:
        what = f"{event.status or 'comment'} on {event.target_kind} {event.target_id}"
        where = f"review event {event.id} ({what})"
        signer = people.get(event.actor_id) or unknown_signer(event.actor_id)
        if not signature_valid(session, event):
            problems.append(
                phrase("{where}: its signature does not match its content", where=where)
            )
        elif event.status is not None and (why := _why_not_counted(event, signer)):
            problems.append(
                phrase(
                    "{where}: set by {label}, {why}, so it does not count. Verify that "
                    "identity's fingerprint with its owner (`casebook identity verify`) if "
                    "it is genuine.",
                    where=where,
                    label=signer.label,
                    why=why,
                )
            )
    return problems, len(events)
