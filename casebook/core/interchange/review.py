"""Review events in the interchange format: written as signed, imported as signed elsewhere.

A supervisor's approval is a signature over the reviewed record's content hash; an import
keeps each event with the signature its author made, checked first against the author's
public key under ``signers`` (the author becomes a user known by that key only, as custody
signers do). Events about records the file does not hold (left out for a recipient) are not
written.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..integrity import signing
from ..integrity.review_signature import review_payload
from ..models import ReviewEvent
from ..phrase import phrase
from ..text.calendar_dates import moment_problem


def document_ids(case: dict[str, Any]) -> set[str]:
    """Ids of every record an exported case holds (what a review event may be about)."""
    ids = {case.get("id", "")}
    for key in ("persons", "incidents", "testimonies", "evidence", "tags", "charges", "sections"):
        ids.update(record["id"] for record in case.get(key, []) if "id" in record)
    persons = case.get("persons", [])
    ids.update(p["identity"]["id"] for p in persons if "id" in p.get("identity", {}))
    ids.update(s["id"] for t in case.get("testimonies", []) for s in t["segments"] if "id" in s)
    ids.update(c["id"] for e in case.get("evidence", []) for c in e.get("custody", []))
    return ids


def export_reviews(session: Session, case_id: str, held: set[str]) -> list[dict[str, Any]]:
    events = session.scalars(
        select(ReviewEvent)
        .where(ReviewEvent.case_id == case_id)
        .order_by(ReviewEvent.at, ReviewEvent.id)
    )
    return [
        {
            "id": e.id,
            "target_kind": e.target_kind,
            "target_id": e.target_id,
            "status": e.status,
            "comment": e.comment,
            "actor_id": e.actor_id,
            "at": e.at.isoformat(),
            "content_sha256": e.content_sha256,
            "signature": base64.b64encode(e.signature).decode("ascii"),
        }
        for e in events
        if e.target_id in held
    ]


def _event(case_id: str, raw: dict[str, Any]) -> ReviewEvent:
    return ReviewEvent(
        id=raw["id"],
        case_id=case_id,
        target_kind=raw["target_kind"],
        target_id=raw["target_id"],
        status=raw["status"],
        comment=raw["comment"],
        actor_id=raw["actor_id"],
        at=datetime.fromisoformat(raw["at"].replace("Z", "+00:00")).astimezone(UTC),
        content_sha256=raw["content_sha256"],
        signature=base64.b64decode(raw["signature"], validate=True),
    )


def review_problems(
    session: Session, case: dict[str, Any], where: str, keys: dict[str, bytes]
) -> list[str]:
    """Review events of one case of a file that cannot be kept: nothing is written."""
    events = case.get("review_events", [])
    if not events:
        return []
    if "id" not in case:
        return [f"{where}/review_events: review events need the case's id (the case's 'id')"]
    problems: list[str] = []
    held = document_ids(case)
    seen: set[str] = set()
    for i, raw in enumerate(events):
        at = f"{where}/review_events/{i}"
        if raw["id"] in seen or session.get(ReviewEvent, raw["id"]) is not None:
            problems.append(phrase("{at}/id: this id is already in use", at=at))
        seen.add(raw["id"])
        if raw["target_id"] not in held:
            problems.append(
                phrase("{at}/target_id: refers to a record that is not in this case", at=at)
            )
        time_problem = moment_problem(raw["at"])
        if time_problem is not None:
            problems.append(phrase("{at}/at: {time_problem}", at=at, time_problem=time_problem))
        key = keys.get(raw["actor_id"])
        if key is None:
            problems.append(phrase("{at}/actor_id: the signer is not listed under signers", at=at))
        elif time_problem is None:
            event = _event(case["id"], raw)
            if not signing.verify(key, event.signature, review_payload(event)):
                problems.append(
                    phrase(
                        "{at}/signature: does not match the event: the event or the signer's key "
                        "was changed after it was signed",
                        at=at,
                    )
                )
    return problems


def add_reviews(session: Session, case_id: str, case: dict[str, Any]) -> int:
    """The (checked) review events of one case, stored with their own signatures."""
    events = case.get("review_events", [])
    for raw in events:
        session.add(_event(case_id, raw))
    session.flush()
    return len(events)
