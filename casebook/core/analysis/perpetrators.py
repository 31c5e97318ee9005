"""Who may be named as an alleged perpetrator in a tag or a charge: a person of the same case
recorded with the role ``alleged_perpetrator``.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Case, Person
from ..phrase import phrase
from .errors import NotAPerpetrator

ROLE = "alleged_perpetrator"


def alleged_perpetrator(session: Session, case: Case, person_id: str) -> Person:
    """The person with this id, checked to be an alleged perpetrator of ``case``."""
    person = session.get(Person, person_id)
    if person is None or person.case_id != case.id:
        raise NotAPerpetrator(
            "No person of case {reference} has the id '{person_id}'. Choose an alleged "
            "perpetrator of this case.",
            "perpetrator",
            reference=case.reference,
            person_id=person_id,
        )
    return _checked(person)


def perpetrator_by_pseudonym(session: Session, case: Case, pseudonym: str) -> Person:
    """The alleged perpetrator of ``case`` known by ``pseudonym`` (such as P-001)."""
    key = pseudonym.strip().upper()
    person = session.scalar(
        select(Person).where(Person.case_id == case.id, Person.pseudonym == key)
    )
    if person is None:
        raise NotAPerpetrator(
            "No person of case {reference} has the pseudonym '{key}'. Add the person "
            "with the role alleged_perpetrator first, or check the pseudonym.",
            "perpetrator",
            reference=case.reference,
            key=key,
        )
    return _checked(person)


def _checked(person: Person) -> Person:
    if ROLE not in (person.roles or []):
        raise NotAPerpetrator(
            "{pseudonym} is not recorded as an alleged perpetrator (roles: {roles}). Add "
            "the role alleged_perpetrator to this person first, or choose another person.",
            "perpetrator",
            pseudonym=person.pseudonym,
            roles=", ".join(person.roles) or phrase("none"),
        )
    return person
