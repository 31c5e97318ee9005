"""Cases: creating, finding by reference, listing."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationError
from ..models import Case
from ..models.case import CASE_STATUSES
from ..text.text_input import clean


def add_case(
    session: Session, title: str, reference: str, situation: str = "", summary: str = ""
) -> Case:
    title, reference = clean(title).strip(), clean(reference).strip()
    if not title:
        raise ValidationError("A case needs a title.", "title")
    if not reference:
        raise ValidationError("A case needs a reference code, such as MM-2017-001.", "reference")
    taken = session.scalar(select(func.count()).where(Case.reference == reference))
    if taken:
        raise ValidationError(
            "The reference {reference} is already used by another case; choose another.",
            "reference",
            reference=repr(reference),
        )
    case = Case(
        title=title, reference=reference, situation=clean(situation), summary=clean(summary)
    )
    session.add(case)
    session.flush()
    return case


def case_by_reference(session: Session, reference: str) -> Case:
    case = session.scalar(select(Case).where(Case.reference == reference.strip()))
    if case is None:
        raise NotFound(
            "No case has the reference {reference}. `casebook case list` shows the cases.",
            reference=repr(reference),
        )
    return case


def list_cases(session: Session) -> list[Case]:
    return list(session.scalars(select(Case).order_by(Case.reference)))


def set_status(case: Case, status: str) -> None:
    if status not in CASE_STATUSES:
        raise ValidationError(
            "Unknown status; use one of {case_statuses}.",
            "status",
            case_statuses=", ".join(CASE_STATUSES),
        )
    case.status = status
