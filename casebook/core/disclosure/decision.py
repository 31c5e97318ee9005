"""The one disclosure decision every path out of the casebook asks.

Given a case, a use (legal proceedings, publication) and a recipient (a jurisdiction code
or a body), it says for each statement, exhibit and incident whether it may go out, and
why not. Statements follow their own consent (and the witness's withdrawal); exhibits and
incidents follow the consent of every person linked to them whose consent is asked.
What is withheld for a person's consent may be included deliberately (a photo of a public
place that merely mentions them) only with a written reason, which the plan shows and the
audit log keeps. A statement's own consent is never overridden.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import CasebookError
from ..integrity.audit import append_entries
from ..models import Case, Consent, EvidenceItem, Incident, Person, Testimony
from ..phrase import Phrase, phrase
from .consent import USES, consent_problem, needs_consent, person_problem

OVERRIDABLE = ("evidence", "incident")


class _Record(Protocol):
    id: str


R = TypeVar("R", bound=_Record)
MIN_REASON = 10


@dataclass(frozen=True)
class Override:
    """Include a withheld exhibit or incident anyway, for the reason given in writing."""

    kind: str  # "evidence" or "incident"
    record_id: str
    reason: str


@dataclass(frozen=True)
class Withheld:
    kind: str  # "testimony", "evidence", "incident"
    record_id: str
    why: Phrase  # shown in the interface language; ``reason`` is the English
    overridden_because: str | None = None

    @property
    def reason(self) -> str:
        return str(self.why)


@dataclass
class Disclosure:
    use: str
    recipient: str | None
    withheld: dict[tuple[str, str], Withheld] = field(default_factory=dict)
    # Persons whose consent as a whole does not cover the use: their identity stays too.
    persons_withheld: dict[str, Phrase] = field(default_factory=dict)

    def allows(self, kind: str, record_id: str) -> bool:
        entry = self.withheld.get((kind, record_id))
        return entry is None or entry.overridden_because is not None

    def why_not(self, kind: str, record_id: str) -> str | None:
        """The English reason (audit log, files, command line); None when it may go out."""
        why = self.why_not_phrase(kind, record_id)
        return None if why is None else str(why)

    def why_not_phrase(self, kind: str, record_id: str) -> Phrase | None:
        """``why_not`` as a phrase, for a screen to show in the interface language."""
        entry = self.withheld.get((kind, record_id))
        return None if entry is None or entry.overridden_because else entry.why

    def sort_out(self, kind: str, records: Iterable[R]) -> tuple[list[R], list[tuple[R, str]]]:
        """The records that may go out, and those withheld with the reason why."""
        kept: list[R] = []
        withheld: list[tuple[R, str]] = []
        for record in records:
            why = self.why_not(kind, record.id)
            if why is None:
                kept.append(record)
            else:
                withheld.append((record, why))
        return kept, withheld

    @property
    def overridden(self) -> list[Withheld]:
        return [w for w in self.withheld.values() if w.overridden_because is not None]


def _consents_by_person(session: Session, case: Case) -> dict[str, list[Consent]]:
    rows = session.execute(
        select(Consent, Testimony.witness_id)
        .join(Testimony, Consent.testimony_id == Testimony.id)
        .where(Testimony.case_id == case.id)
    )
    found: dict[str, list[Consent]] = {}
    for consent, witness_id in rows:
        person_id = consent.given_by_id or witness_id
        if person_id:
            found.setdefault(person_id, []).append(consent)
    return found


def _concerning(
    persons: Iterable[Person],
    consents: dict[str, list[Consent]],
    use: str,
    recipient: str | None,
) -> Phrase | None:
    for person in sorted(persons, key=lambda p: p.pseudonym):
        problem = person_problem(person, consents.get(person.id, []), use, recipient)
        if problem:
            return phrase(
                "it concerns {pseudonym}, and {problem}",
                pseudonym=person.pseudonym,
                problem=problem,
            )
    return None


def decide(
    session: Session,
    case: Case,
    use: str,
    recipient: str | None,
    overrides: Sequence[Override] = (),
) -> Disclosure:
    """Decide for every statement, exhibit and incident of ``case``. Reads only."""
    if use not in USES:
        raise CasebookError("The use must be one of: {uses}.", uses=", ".join(USES))
    decision = Disclosure(use, recipient)
    consents = _consents_by_person(session, case)
    persons = {p.id: p for p in session.scalars(select(Person).where(Person.case_id == case.id))}
    for person in persons.values():
        problem = person_problem(person, consents.get(person.id, []), use, recipient)
        if problem:
            decision.persons_withheld[person.id] = problem
    testimonies = select(Testimony).where(Testimony.case_id == case.id)
    for testimony in session.scalars(testimonies.options(selectinload(Testimony.consent))):
        problem = consent_problem(testimony.consent, use, recipient)
        witness = persons.get(testimony.witness_id or "")
        if problem is None and witness is not None and needs_consent(witness):
            withdrawn = sorted(
                c.withdrawn_on for c in consents.get(witness.id, []) if c.withdrawn_on
            )
            if withdrawn:
                problem = phrase(
                    "{pseudonym} withdrew consent on {date}",
                    pseudonym=witness.pseudonym,
                    date=withdrawn[0],
                )
        if problem:
            decision.withheld[("testimony", testimony.id)] = Withheld(
                "testimony", testimony.id, problem
            )
    items = select(EvidenceItem).where(EvidenceItem.case_id == case.id)
    for item in session.scalars(items.options(selectinload(EvidenceItem.persons))):
        problem = _concerning(item.persons, consents, use, recipient)
        if problem:
            decision.withheld[("evidence", item.id)] = Withheld("evidence", item.id, problem)
    incidents = select(Incident).where(Incident.case_id == case.id)
    for incident in session.scalars(incidents.options(selectinload(Incident.persons))):
        problem = _concerning(incident.persons, consents, use, recipient)
        if problem:
            decision.withheld[("incident", incident.id)] = Withheld(
                "incident", incident.id, problem
            )
    for override in overrides:
        _apply(decision, override)
    return decision


def _apply(decision: Disclosure, override: Override) -> None:
    if override.kind not in OVERRIDABLE:
        raise CasebookError(
            "Only an exhibit or an incident withheld for someone's consent can be included "
            "anyway; a statement goes out only as its witness consented."
        )
    key = (override.kind, override.record_id)
    entry = decision.withheld.get(key)
    if entry is None:
        raise CasebookError(
            "The {kind} {record_id} is not withheld, so there is nothing to include "
            "anyway; remove it from the list of overrides.",
            kind=override.kind,
            record_id=override.record_id,
        )
    reason = " ".join(override.reason.split())
    if len(reason) < MIN_REASON:
        raise CasebookError(
            "Write why the {kind} may go out despite the consent it lacks (at least "
            "{min_reason} characters); the reason is shown in the plan and kept in the "
            "audit log.",
            kind=override.kind,
            min_reason=MIN_REASON,
        )
    decision.withheld[key] = Withheld(entry.kind, entry.record_id, entry.why, reason)


def record_overrides(session: Session, actor_id: str | None, decision: Disclosure) -> int:
    """Keep every override in the audit chain (the caller commits with the export)."""
    entries = [
        (
            "override",
            "disclosure",
            f"{w.kind}/{w.record_id}",
            {
                "use": decision.use,
                "recipient": decision.recipient,
                "withheld_because": w.reason,
                "included_because": w.overridden_because,
            },
            None,
        )
        for w in decision.overridden
    ]
    if entries:
        append_entries(session, actor_id, entries)
    return len(entries)
