"""People in a case: automatic pseudonyms, and identity kept in its own protected record."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import Case, Person, PersonIdentity
from ..models.person import PERSON_ROLES, PSEUDONYM_PREFIX
from ..text.text_input import clean

CHARACTERISTICS = (
    "sex_gender",
    "age_group",
    "ethnicity",
    "religion",
    "nationality",
    "affiliation",
    "unit",
    "rank",
    "position",
)
IDENTITY_FIELDS = ("full_name", "other_names", "contact", "notes")


def next_pseudonym(session: Session, case_id: str, role: str) -> str:
    prefix = PSEUDONYM_PREFIX.get(role, "X")
    taken = session.scalars(
        select(Person.pseudonym).where(
            Person.case_id == case_id, Person.pseudonym.like(f"{prefix}-%")
        )
    )
    numbers = [int(m.group(1)) for p in taken if (m := re.fullmatch(rf"{prefix}-(\d+)", p))]
    return f"{prefix}-{max(numbers, default=0) + 1:03d}"


def add_person(
    session: Session,
    case: Case,
    roles: list[str],
    identity: dict[str, str] | None = None,
    pseudonym: str | None = None,
    **characteristics: str,
) -> Person:
    unknown = [r for r in roles if r not in PERSON_ROLES]
    if not roles or unknown:
        raise ValidationError(
            "Give at least one role from: {person_roles}.",
            "roles",
            person_roles=", ".join(PERSON_ROLES),
        )
    bad = [k for k in characteristics if k not in CHARACTERISTICS]
    if bad:
        raise ValidationError("Unknown field {bad}.", bad[0], bad=repr(bad[0]))
    person = Person(
        case_id=case.id,
        roles=list(roles),
        pseudonym=pseudonym or next_pseudonym(session, case.id, roles[0]),
        **{k: clean(v) for k, v in characteristics.items()},
    )
    if identity:
        person.identity = PersonIdentity(**{k: clean(identity.get(k, "")) for k in IDENTITY_FIELDS})
    session.add(person)
    session.flush()
    return person


def persons_of(session: Session, case_id: str, limit: int | None = None) -> list[Person]:
    query = select(Person).where(Person.case_id == case_id).order_by(Person.pseudonym)
    return list(session.scalars(query.limit(limit)))
