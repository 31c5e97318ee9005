"""The kinds of unit: how each is read from the casebook, checked, and written back.

``KINDS`` is in writing order: everything a unit refers to is written before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from ..models import (
    AuthoredSection,
    Case,
    Charge,
    ChargePerpetrator,
    Consent,
    CustodyEvent,
    EvidenceItem,
    Incident,
    Person,
    PersonIdentity,
    ReviewEvent,
    Segment,
    Tag,
    Testimony,
)
from ..phrase import phrase
from ..records.sections import section_row_problem
from ..taxonomy.recipients import recipient_problem
from .rows import malformed
from .units import (
    Decoded,
    Kind,
    MergeTarget,
    Unmergeable,
    assign,
    linked,
    missing_reference,
    restore_stamps,
    set_links,
    unit_hash,
)


class CaseKind(Kind):
    name = "case"
    model = Case

    def select(self, case_id: str) -> Select[Any]:
        return select(Case).where(Case.id == case_id)

    def case_of(self, session: Session, obj: Any) -> str | None:
        return obj.id

    def check_case(self, unit: Decoded, case_id: str, where: str) -> None:
        if unit.id != case_id:
            raise malformed(f"{where}.id", "is not the package's case")

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        other = target.session.scalar(
            select(Case.id).where(Case.reference == unit.row["reference"], Case.id != unit.id)
        )
        if other is not None:
            raise Unmergeable(
                phrase(
                    "a different case here already uses its reference; change the reference "
                    "of one of them and import again"
                )
            )
        return super().apply(target, unit, existing)


class PersonKind(Kind):
    name = "person"
    model = Person

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        from ..records.persons import next_pseudonym

        session = target.session
        taken = session.scalar(
            select(Person).where(
                Person.case_id == unit.row["case_id"],
                Person.pseudonym == unit.row["pseudonym"],
                Person.id != unit.id,
            )
        )
        if taken is None:
            return super().apply(target, unit, existing)
        # Two documenters gave different people the same pseudonym: the one arriving gets
        # the next free one here; the rename travels back like any edit.
        roles = unit.row["roles"] or ["witness"]
        renamed = next_pseudonym(session, unit.row["case_id"], str(roles[0]))
        target.note(
            phrase(
                "The pseudonym {pseudonym} arriving in the package is already used here by "
                "another person, so that person is called {renamed} here.",
                pseudonym=unit.row["pseudonym"],
                renamed=renamed,
            )
        )
        row = dict(unit.row, pseudonym=renamed)
        return super().apply(target, _replace_row(unit, row), existing)


def _replace_row(unit: Decoded, row: dict[str, Any]) -> Decoded:
    return Decoded(unit.kind, unit.id, unit.content, row, unit.rows, unit.links, unit.blob)


class IdentityKind(Kind):
    name = "identity"
    model = PersonIdentity
    blob_column = "photo_blob_id"

    def select(self, case_id: str) -> Select[Any]:
        return (
            select(PersonIdentity)
            .join(Person, Person.id == PersonIdentity.person_id)
            .where(Person.case_id == case_id)
            .order_by(PersonIdentity.id)
        )

    def case_of(self, session: Session, obj: Any) -> str | None:
        person = session.get(Person, obj.person_id)
        return person.case_id if person else None

    def check_case(self, unit: Decoded, case_id: str, where: str) -> None:
        pass  # checked against the person when written

    def clash(self, session: Session, unit: Decoded) -> str | None:
        other = session.scalar(
            select(PersonIdentity.id).where(PersonIdentity.person_id == unit.row["person_id"])
        )
        if other is not None:
            return "the person already has a separately recorded identity here"
        return None

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        linked(target, Person, [unit.row["person_id"]], "the person of an identity record")
        return super().apply(target, unit, existing)


class TestimonyKind(Kind):
    __test__ = False
    name = "testimony"
    model = Testimony
    children: ClassVar[dict[str, type]] = {"segments": Segment, "consent": Consent}
    parent_key = "testimony_id"

    def select(self, case_id: str) -> Select[Any]:
        return (
            super()
            .select(case_id)
            .options(selectinload(Testimony.segments), selectinload(Testimony.consent))
        )

    def check_case(self, unit: Decoded, case_id: str, where: str) -> None:
        super().check_case(unit, case_id, where)
        # Consent recipients are codes of the controlled list, exactly as a casebook stores
        # them: a free-text "Germany" from an older casebook is refused, never rewritten
        # (the receiver stores what the sender signed); the sender's next open maps it.
        for i, consent in enumerate(unit.rows["consent"]):
            values = consent["jurisdictions"]
            for j, value in enumerate(values if isinstance(values, list) else [values]):
                problem = recipient_problem(value)
                if problem is None and value != value.strip().upper():
                    problem = "A recipient code is written in capitals, as Casebook stores it."
                if problem is not None:
                    raise malformed(f"{where}.rows.consent[{i}].jurisdictions[{j}]", problem)

    def child_records(self, obj: Any) -> dict[str, list[Any]]:
        return {
            "segments": sorted(obj.segments, key=lambda s: s.position),
            "consent": [obj.consent] if obj.consent is not None else [],
        }

    def apply_children(self, target: MergeTarget, obj: Any, unit: Decoded) -> None:
        session = target.session
        incoming = {row["id"]: row for row in unit.rows["segments"]}
        for segment in list(obj.segments):
            if segment.id not in incoming:
                obj.segments.remove(segment)
        kept = {s.id: s for s in obj.segments}
        for row in unit.rows["segments"]:
            other = session.get(Segment, row["id"]) if row["id"] not in kept else None
            if other is not None:
                raise Unmergeable(phrase("one of its passages belongs to another statement here"))
        final = {row["id"]: row["position"] for row in unit.rows["segments"]}
        moving = any(final[sid] != s.position for sid, s in kept.items())
        taken = {s.position for s in kept.values()}
        if moving or any(final[i] in taken for i in final if i not in kept):
            # (testimony_id, position) is unique and checked row by row: park the kept
            # passages on free negative positions first, then give each its place.
            for n, segment in enumerate(kept.values(), start=1):
                segment.position = -n
            session.flush()
        for row in unit.rows["segments"]:
            if row["id"] in kept:
                assign(kept[row["id"]], row)
            else:
                obj.segments.append(Segment(**row))
        consent_rows = unit.rows["consent"]
        if obj.consent is not None and (
            not consent_rows or obj.consent.id != consent_rows[0]["id"]
        ):
            obj.consent = None
            session.flush()
        if consent_rows:
            if obj.consent is None:
                obj.consent = Consent(**consent_rows[0])
            else:
                assign(obj.consent, consent_rows[0])

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        session, row = target.session, unit.row
        for key in ("witness_id", "interviewer_id"):
            if row[key]:
                linked(target, Person, [row[key]], "a person named by a statement")
        for consent in unit.rows["consent"]:
            if consent["given_by_id"]:
                linked(target, Person, [consent["given_by_id"]], "the person who gave consent")
        if existing is None:
            # A new statement and its passages are written in one flush: the seal guard
            # refuses passages added to a statement that is already sealed in the database.
            obj = Testimony(**row)
            obj.segments = [Segment(**r) for r in unit.rows["segments"]]
            if unit.rows["consent"]:
                obj.consent = Consent(**unit.rows["consent"][0])
            session.add(obj)
        else:
            # Passages first, the statement's own columns (and any seal) after them: once a
            # seal is flushed, the passages can no longer change.
            obj = existing
            self.apply_children(target, obj, unit)
            session.flush()
            assign(obj, row)
        session.flush()
        restore_stamps(session, obj, row)
        for name, model in self.children.items():
            for child_row in unit.rows[name]:
                restore_stamps(session, session.get(model, child_row["id"]), child_row)
        return obj


class EvidenceKind(Kind):
    name = "evidence"
    model = EvidenceItem
    link_names = ("person_ids",)
    blob_column = "blob_id"

    def select(self, case_id: str) -> Select[Any]:
        return super().select(case_id).options(selectinload(EvidenceItem.persons))

    def linked_ids(self, obj: Any) -> dict[str, list[str]]:
        return {"person_ids": [p.id for p in obj.persons]}

    def apply_links(self, target: MergeTarget, obj: Any, unit: Decoded) -> None:
        persons = linked(target, Person, unit.links["person_ids"], "a person shown in evidence")
        set_links(obj, "persons", persons)


class IncidentKind(Kind):
    name = "incident"
    model = Incident
    link_names = ("evidence_ids", "person_ids", "testimony_ids")

    def select(self, case_id: str) -> Select[Any]:
        return (
            super()
            .select(case_id)
            .options(
                selectinload(Incident.persons),
                selectinload(Incident.testimonies),
                selectinload(Incident.evidence),
            )
        )

    def linked_ids(self, obj: Any) -> dict[str, list[str]]:
        return {
            "evidence_ids": [e.id for e in obj.evidence],
            "person_ids": [p.id for p in obj.persons],
            "testimony_ids": [t.id for t in obj.testimonies],
        }

    def apply_links(self, target: MergeTarget, obj: Any, unit: Decoded) -> None:
        what = "a record linked to an incident"
        set_links(obj, "persons", linked(target, Person, unit.links["person_ids"], what))
        set_links(obj, "testimonies", linked(target, Testimony, unit.links["testimony_ids"], what))
        set_links(obj, "evidence", linked(target, EvidenceItem, unit.links["evidence_ids"], what))


class ChargeKind(Kind):
    name = "charge"
    model = Charge
    children: ClassVar[dict[str, type]] = {"perpetrators": ChargePerpetrator}
    link_names = ("incident_ids",)
    parent_key = "charge_id"

    def select(self, case_id: str) -> Select[Any]:
        return (
            super()
            .select(case_id)
            .options(selectinload(Charge.perpetrators), selectinload(Charge.incidents))
        )

    def child_records(self, obj: Any) -> dict[str, list[Any]]:
        return {"perpetrators": sorted(obj.perpetrators, key=lambda p: p.id)}

    def linked_ids(self, obj: Any) -> dict[str, list[str]]:
        return {"incident_ids": [i.id for i in obj.incidents]}

    def apply_children(self, target: MergeTarget, obj: Any, unit: Decoded) -> None:
        incoming = {row["id"]: row for row in unit.rows["perpetrators"]}
        for perpetrator in list(obj.perpetrators):
            if perpetrator.id not in incoming:
                obj.perpetrators.remove(perpetrator)
        kept = {p.id: p for p in obj.perpetrators}
        for row in unit.rows["perpetrators"]:
            linked(target, Person, [row["person_id"]], "an alleged perpetrator of a charge")
            if row["id"] in kept:
                assign(kept[row["id"]], row)
            elif target.session.get(ChargePerpetrator, row["id"]) is not None:
                raise Unmergeable(
                    phrase("one of its perpetrator entries belongs to another charge here")
                )
            else:
                obj.perpetrators.append(ChargePerpetrator(**row))

    def apply_links(self, target: MergeTarget, obj: Any, unit: Decoded) -> None:
        incidents = linked(target, Incident, unit.links["incident_ids"], "a charged incident")
        set_links(obj, "incidents", incidents)


class TagKind(Kind):
    name = "tag"
    model = Tag

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        row, what = unit.row, "the material a tag points at"
        if row["segment_id"]:
            segment = target.session.get(Segment, row["segment_id"])
            testimony = target.session.get(Testimony, segment.testimony_id) if segment else None
            if testimony is None or testimony.case_id != target.case_id:
                raise missing_reference(what)
        if row["evidence_id"]:
            linked(target, EvidenceItem, [row["evidence_id"]], what)
        if row["incident_id"]:
            linked(target, Incident, [row["incident_id"]], what)
        if row["perpetrator_id"]:
            linked(target, Person, [row["perpetrator_id"]], what)
        return super().apply(target, unit, existing)


class SectionKind(Kind):
    """One version of an authored section (records/sections.py). Versions never change once
    written, so two casebooks editing one section both keep their versions (the newer is
    current) instead of a conflict over one record."""

    name = "section"
    model = AuthoredSection
    immutable = True

    def check_case(self, unit: Decoded, case_id: str, where: str) -> None:
        super().check_case(unit, case_id, where)
        problem = section_row_problem(unit.row)
        if problem is not None:
            raise malformed(f"{where}.row", problem)


class CustodyKind(Kind):
    name = "custody"
    model = CustodyEvent
    immutable = True

    def select(self, case_id: str) -> Select[Any]:
        return (
            select(CustodyEvent)
            .join(EvidenceItem, EvidenceItem.id == CustodyEvent.evidence_id)
            .where(EvidenceItem.case_id == case_id)
            .order_by(CustodyEvent.evidence_id, CustodyEvent.sequence)
        )

    def case_of(self, session: Session, obj: Any) -> str | None:
        item = session.get(EvidenceItem, obj.evidence_id)
        return item.case_id if item else None

    def check_case(self, unit: Decoded, case_id: str, where: str) -> None:
        pass  # checked against the evidence item when written

    def clash(self, session: Session, unit: Decoded) -> str | None:
        taken = session.scalar(
            select(CustodyEvent.id).where(
                CustodyEvent.evidence_id == unit.row["evidence_id"],
                CustodyEvent.sequence == unit.row["sequence"],
            )
        )
        if taken is not None:
            # Both casebooks added an event to the item's chain at the same place. Signed
            # events cannot be renumbered; the incoming one is kept for review.
            return "another custody event holds this place in the item's chain here"
        return None

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        linked(target, EvidenceItem, [unit.row["evidence_id"]], "the evidence of a custody event")
        return super().apply(target, unit, existing)


class ReviewKind(Kind):
    name = "review"
    model = ReviewEvent
    immutable = True


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        CaseKind(),
        PersonKind(),
        IdentityKind(),
        EvidenceKind(),
        TestimonyKind(),
        IncidentKind(),
        ChargeKind(),
        TagKind(),
        SectionKind(),
        CustodyKind(),
        ReviewKind(),
    )
}
"""In the order they are written: everything a unit refers to comes before it."""

REVIEWABLE = ("case", "incident", "person", "testimony", "evidence", "charge", "tag")


@dataclass
class LocalUnit:
    kind: str
    id: str
    content: dict[str, Any]
    hash: str


def local_units(
    session: Session, case_id: str, with_identities: bool, kinds: Sequence[str] | None = None
) -> list[LocalUnit]:
    """Every unit of the case, in writing order, with its current content and hash."""
    units = []
    for name, kind in KINDS.items():
        if (kinds is not None and name not in kinds) or (
            name == "identity" and not with_identities
        ):
            continue
        for obj in session.scalars(kind.select(case_id)):
            content = kind.content(session, obj)
            units.append(LocalUnit(name, obj.id, content, unit_hash(content)))
    return units


def find_unit(session: Session, case_id: str, record_id: str) -> tuple[str, Any] | None:
    """The reviewable unit of ``case_id`` with this id, as (kind name, record)."""
    for name in REVIEWABLE:
        kind = KINDS[name]
        obj: Any = session.get(kind.model, record_id)
        if obj is not None and kind.case_of(session, obj) == case_id:
            return name, obj
    return None
