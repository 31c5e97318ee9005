"""Editing one field of an existing record, as an editor saves it when the user finishes it.

This is the one place that says which fields may be edited that way, which must not be
left empty, and how a value is cleaned and checked, so every front end saves the same way.
Sealed records are refused by the audit hook on flush, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import CasebookError, ValidationError
from ..models import Case, Consent, EvidenceItem, Incident, Person, PersonIdentity, Testimony
from ..models.case import CASE_STATUSES, DATE_PRECISIONS
from ..models.evidence import COPY_STATUSES, EVIDENCE_KINDS
from ..models.testimony import (
    CONSENT_RECORDING,
    INTERVIEW_RECORDING,
    PRIOR_ACCOUNTS,
    SUPPORT_REFERRAL,
)
from ..phrase import Phrase
from ..taxonomy.recipients import RecipientListError, checked_codes
from ..text.calendar_dates import entered_date, entered_range
from ..text.text_input import clean
from .persons import CHARACTERISTICS, IDENTITY_FIELDS

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


@dataclass(frozen=True)
class Rule:
    """How one field is edited: ``kind`` is line, text, date, bool, choice, list, recipients
    (codes of ``taxonomy.recipients``), number or person; ``required`` is the sentence shown
    when it is left empty."""

    kind: str = "line"
    required: Phrase | None = None
    choices: tuple[str, ...] = ()
    bounds: tuple[float, float] | None = None


def field_error(error: CasebookError, location: str) -> ValidationError:
    """``error`` restated as the refusal of one field, its sentence (and template) kept."""
    refused = ValidationError(str(error), location)
    refused.phrase = error.phrase
    return refused


RULES: dict[type, dict[str, Rule]] = {
    Case: {
        "title": Rule(required=Phrase("A case needs a title.")),
        "reference": Rule(required=Phrase("A case needs a reference code, such as MM-2017-001.")),
        "situation": Rule(),
        "summary": Rule("text"),
        "status": Rule("choice", choices=CASE_STATUSES),
    },
    Incident: {
        "title": Rule(required=Phrase("An incident needs a short title.")),
        "description": Rule("text"),
        "date_precision": Rule("choice", choices=DATE_PRECISIONS),
        "date_start": Rule("date"),
        "date_end": Rule("date"),
        "place_name": Rule(),
        "admin_area": Rule(),
        "latitude": Rule("number", bounds=(-90.0, 90.0)),
        "longitude": Rule("number", bounds=(-180.0, 180.0)),
    },
    Person: {name: Rule() for name in CHARACTERISTICS},
    PersonIdentity: {
        name: Rule("text" if name in ("contact", "notes") else "line") for name in IDENTITY_FIELDS
    },
    Testimony: {
        "title": Rule(),
        "interpreter": Rule(),
        "taken_on": Rule("date"),
        "place": Rule(),
        "language": Rule("language"),
        "witness_id": Rule("person"),
        "interviewer_id": Rule("person"),
        # Documentation the guidelines ask for (issue 16): all optional, none pre-filled.
        "people_present": Rule("text"),
        "interview_recording": Rule("choice", choices=INTERVIEW_RECORDING),
        "prior_accounts": Rule("choice", choices=PRIOR_ACCOUNTS),
        "prior_accounts_to": Rule(),
        "prior_accounts_when": Rule(),
        "support_referral": Rule("choice", choices=SUPPORT_REFERRAL),
        "support_referral_to": Rule(),
    },
    Consent: {
        "legal_proceedings": Rule("bool"),
        "jurisdictions": Rule("recipients"),
        "publication": Rule("bool"),
        "follow_up_contact": Rule("bool"),
        "given_on": Rule("date"),
        "recorded_how": Rule("choice", choices=CONSENT_RECORDING),
        "withdrawn_on": Rule("date"),
        "withdrawal_note": Rule("text"),
        "notes": Rule("text"),
    },
    EvidenceItem: {
        "title": Rule(required=Phrase("An evidence item needs a title.")),
        "description": Rule("text"),
        "kind": Rule("choice", choices=EVIDENCE_KINDS),
        "source": Rule(),
        "acquisition_method": Rule(),
        "collected_by": Rule(),
        "collected_at": Rule("date"),
        "collected_place": Rule(),
        "copy_status": Rule("choice", choices=COPY_STATUSES),
        "original_location": Rule(),
    },
}


# Pairs of date fields whose second may not be before the first.
RANGES: dict[type, tuple[tuple[str, str], ...]] = {
    Incident: (("date_start", "date_end"),),
    Consent: (("given_on", "withdrawn_on"),),
}


def _checked(session: Session, record: object, field: str, rule: Rule, value: Any) -> Any:
    if rule.kind == "bool":
        return bool(value)
    if rule.kind == "recipients":
        items = value if isinstance(value, list | tuple) else str(value or "").split(",")
        try:
            return checked_codes(clean(v) if isinstance(v, str) else v for v in items)
        except RecipientListError as exc:
            raise field_error(exc, field) from None
    if rule.kind == "list":
        items = value if isinstance(value, list | tuple) else str(value or "").split(",")
        return sorted({clean(str(v)).strip().upper() for v in items if str(v).strip()})
    if rule.kind == "number":
        if value is None or str(value).strip() == "":
            return None
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            raise ValidationError("Write a number, such as 16.8661.", field) from None
        low, high = rule.bounds or (float("-inf"), float("inf"))
        if not low <= number <= high:
            raise ValidationError(
                "Give a number between {low} and {high}.",
                field,
                low=format(low, "g"),
                high=format(high, "g"),
            )
        return number
    if rule.kind == "person":
        if not value:
            return None
        case_id = getattr(record, "case_id", None)
        person = session.get(Person, value)
        if person is None or person.case_id != case_id:
            raise ValidationError("Choose a person of this case.", field)
        return person.id
    if rule.kind == "date":
        return entered_date(value, field)
    text = clean(str(value or "")).strip() if rule.kind != "text" else clean(str(value or ""))
    if not text.strip():
        if rule.required:
            raise ValidationError(rule.required.template, field)
        return None if rule.kind in ("date", "choice", "language") else ""
    if rule.kind == "choice" and text not in rule.choices:
        raise ValidationError("Choose one of: {choices}.", field, choices=", ".join(rule.choices))
    if rule.kind == "language" and not _LANGUAGE.fullmatch(text):
        raise ValidationError("Give a language code such as lo, my, th or en.", field)
    return text


def update_field(session: Session, record: object, field: str, value: Any) -> Any:
    """Clean, check and set one field; returns the value as stored. The caller commits."""
    rules = RULES.get(type(record), {})
    if field not in rules:
        raise ValidationError("This field cannot be edited here.", field)
    stored = _checked(session, record, field, rules[field], value)
    if isinstance(record, Case) and field == "reference":
        taken = session.scalar(
            select(func.count()).where(Case.reference == stored, Case.id != record.id)
        )
        if taken:
            raise ValidationError(
                "The reference {stored} is already used by another case; choose another.",
                field,
                stored=repr(stored),
            )
    if field == "date_precision" and stored is None:
        stored = "unknown"
    for start, end in RANGES.get(type(record), ()):
        if field in (start, end):
            values = {start: getattr(record, start), end: getattr(record, end), field: stored}
            entered_range(values[start], values[end], field)
    setattr(record, field, stored)
    return stored


def add_incident(session: Session, case: Case, title: str, **fields: Any) -> Incident:
    """A new incident of ``case``; other fields go through the same checks as edits."""
    incident = Incident(case_id=case.id, title="")
    update_field(session, incident, "title", title)
    for name, value in fields.items():
        update_field(session, incident, name, value)
    session.add(incident)
    session.flush()
    return incident


def ensure_consent(testimony: Testimony) -> Consent:
    """The testimony's consent record, made empty (nothing agreed) if none was recorded."""
    if testimony.consent is None:
        testimony.consent = Consent(given_by_id=testimony.witness_id)
    return testimony.consent


LINKABLE = {"person": "persons", "testimony": "testimonies", "evidence": "evidence"}


def set_incident_link(
    session: Session, incident: Incident, kind: str, record_id: str, linked: bool
) -> None:
    """Link (or unlink) a person, testimony or evidence item of the same case to an incident.

    Charges that rest on incidents count only the material linked this way.
    """
    if kind not in LINKABLE:
        raise ValidationError(
            "Only {linkable} can be linked to an incident.", kind, linkable=", ".join(LINKABLE)
        )
    model = {"person": Person, "testimony": Testimony, "evidence": EvidenceItem}[kind]
    record = session.get(model, record_id)
    if record is None or record.case_id != incident.case_id:
        raise ValidationError("That {kind} is not part of this incident's case.", kind, kind=kind)
    links = getattr(incident, LINKABLE[kind])
    if linked and record not in links:
        links.append(record)
    elif not linked and record in links:
        links.remove(record)


def set_evidence_person(
    session: Session, item: EvidenceItem, pseudonym: str, concerns: bool = True
) -> Person:
    """Say that an evidence item concerns a person of its case (a photo of their injuries,
    their interview's recording): the person's consent then governs where it may go."""
    person = session.scalars(
        select(Person).where(Person.case_id == item.case_id, Person.pseudonym == pseudonym.strip())
    ).first()
    if person is None:
        raise ValidationError(
            "No person of this evidence item's case has the pseudonym {pseudonym}.",
            "persons",
            pseudonym=repr(pseudonym.strip()),
        )
    if concerns and person not in item.persons:
        item.persons.append(person)
    elif not concerns and person in item.persons:
        item.persons.remove(person)
    return person
