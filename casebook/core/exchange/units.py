"""What travels between casebooks, and merges as one piece: the unit.

A unit is what a person edits as one record: a testimony with its passages and consent, an
incident with its links, an evidence item with the persons it shows, a charge with its
alleged perpetrators. Units merge by id, and a conflict is about a whole unit. Custody
events and review events are units that never change once written.

A unit's content is JSON: ``row`` (the record's columns), ``rows`` (its child records),
``links`` (ids of linked records, sorted) and ``blob`` (the SHA-256 of its attachment, in
place of the casebook-local blob id). Its hash leaves out who last saved it and when, so the
same content has the same hash in every casebook.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from ..canonical_json import canonical_json
from ..models import (
    Blob,
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
from ..models.testimony import Sealable
from .rows import decode_row, encode_row, malformed, strip_bookkeeping

_ID_MAX = 36
_HEX = frozenset("0123456789abcdef")


def is_sha256(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _HEX


def unit_hash(content: dict[str, Any]) -> str:
    """SHA-256 of the unit's canonical content without bookkeeping stamps."""
    stripped = {
        "row": strip_bookkeeping(content["row"]),
        "rows": {k: [strip_bookkeeping(r) for r in v] for k, v in content["rows"].items()},
        "links": content["links"],
        "blob": content["blob"],
    }
    return hashlib.sha256(canonical_json(stripped)).hexdigest()


@dataclass
class Decoded:
    """An incoming unit, checked: JSON ``content`` as signed, and Python values to store."""

    kind: str
    id: str
    content: dict[str, Any]
    row: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    links: dict[str, list[str]]
    blob: str | None
    history: list[str] = field(default_factory=list)

    @property
    def hash(self) -> str:
        return unit_hash(self.content)


class MergeTarget:
    """What a unit needs from the import while it is written (see merge.MergeContext)."""

    session: Session
    case_id: str

    def blob_for(self, sha256: str) -> Blob:  # pragma: no cover - interface
        raise NotImplementedError

    def note(self, message: str) -> None:  # pragma: no cover - interface
        raise NotImplementedError


def _assign(obj: object, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)


def restore_stamps(session: Session, obj: object, row: dict[str, Any]) -> None:
    """Keep the sender's "last changed by/at" rather than the importer's.

    The audit hook stamps every flushed record with the acting user; for a merged record
    that would say the importer wrote it. The local audit entry still records the merge.
    """
    table = type(obj).__table__  # type: ignore[attr-defined]
    values = {"updated_at": row["updated_at"], "updated_by": row["updated_by"]}
    session.execute(update(table).where(table.c.id == row["id"]).values(**values))
    for key, value in values.items():
        set_committed_value(obj, key, value)


def _check_id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= _ID_MAX:
        raise malformed(where, "is not a record id")
    return value


class Kind:
    """How one kind of unit is read from the casebook, checked, and written back."""

    name: ClassVar[str]
    model: ClassVar[type]
    children: ClassVar[dict[str, type]] = {}
    link_names: ClassVar[tuple[str, ...]] = ()
    blob_column: ClassVar[str | None] = None
    immutable: ClassVar[bool] = False

    # -- reading -------------------------------------------------------------------------

    def select(self, case_id: str) -> Select[Any]:
        model: Any = self.model
        return select(model).where(model.case_id == case_id).order_by(model.id)

    def child_records(self, obj: Any) -> dict[str, list[Any]]:
        return {}

    def linked_ids(self, obj: Any) -> dict[str, list[str]]:
        return {}

    def blob_sha(self, session: Session, obj: Any) -> str | None:
        if self.blob_column is None:
            return None
        blob_id = getattr(obj, self.blob_column)
        blob = session.get(Blob, blob_id) if blob_id else None
        return blob.sha256 if blob else None

    def content(self, session: Session, obj: Any) -> dict[str, Any]:
        exclude = (self.blob_column,) if self.blob_column else ()
        return {
            "row": encode_row(obj, exclude),
            "rows": {
                name: [encode_row(child) for child in records]
                for name, records in self.child_records(obj).items()
            },
            "links": {name: sorted(ids) for name, ids in self.linked_ids(obj).items()},
            "blob": self.blob_sha(session, obj),
        }

    def case_of(self, session: Session, obj: Any) -> str | None:
        return obj.case_id

    def table_keys(self, content: dict[str, Any]) -> list[tuple[str, str]]:
        """(table, id) of every row in the unit, to pick its audit entries."""
        keys = [(self.model.__tablename__, content["row"]["id"])]  # type: ignore[attr-defined]
        for name, model in self.children.items():
            keys += [(model.__tablename__, r["id"]) for r in content["rows"][name]]  # type: ignore[attr-defined]
        return keys

    def sealed(self, obj: Any) -> bool:
        return isinstance(obj, Sealable) and obj.sealed

    # -- checking ------------------------------------------------------------------------

    def decode(self, data: Any, case_id: str, where: str) -> Decoded:
        if not isinstance(data, dict) or set(data) != {"kind", "id", "history", "content"}:
            raise malformed(where, "is not a unit with kind, id, history and content")
        unit_id = _check_id(data["id"], f"{where}.id")
        history = data["history"]
        if not isinstance(history, list) or len(history) > 100_000:
            raise malformed(f"{where}.history", "is not a list of hashes")
        if not all(is_sha256(h) for h in history):
            raise malformed(f"{where}.history", "holds something other than a SHA-256")
        content = data["content"]
        if not isinstance(content, dict) or set(content) != {"row", "rows", "links", "blob"}:
            raise malformed(f"{where}.content", "does not have row, rows, links and blob")
        exclude = (self.blob_column,) if self.blob_column else ()
        row = decode_row(self.model, content["row"], f"{where}.row", exclude)
        if row["id"] != unit_id:
            raise malformed(f"{where}.row.id", "differs from the unit's id")
        rows = self._decode_children(content["rows"], row, f"{where}.rows")
        links = self._decode_links(content["links"], f"{where}.links")
        blob = content["blob"]
        if blob is not None and (self.blob_column is None or not is_sha256(blob)):
            raise malformed(f"{where}.blob", "is not the SHA-256 of an attachment")
        decoded = Decoded(self.name, unit_id, content, row, rows, links, blob, list(history))
        self.check_case(decoded, case_id, where)
        return decoded

    def check_case(self, unit: Decoded, case_id: str, where: str) -> None:
        if unit.row.get("case_id") != case_id:
            raise malformed(f"{where}.row.case_id", "is not the package's case")

    def _decode_children(
        self, data: Any, parent: dict[str, Any], where: str
    ) -> dict[str, list[dict[str, Any]]]:
        if not isinstance(data, dict) or set(data) != set(self.children):
            raise malformed(where, "does not list this kind's child records")
        out: dict[str, list[dict[str, Any]]] = {}
        for name, model in self.children.items():
            if not isinstance(data[name], list) or len(data[name]) > 1_000_000:
                raise malformed(f"{where}.{name}", "is not a list")
            out[name] = [
                decode_row(model, item, f"{where}.{name}[{i}]") for i, item in enumerate(data[name])
            ]
            ids = [r["id"] for r in out[name]]
            if len(set(ids)) != len(ids):
                raise malformed(f"{where}.{name}", "lists one record twice")
            for i, child in enumerate(out[name]):
                if child[self.parent_key] != parent["id"]:
                    raise malformed(f"{where}.{name}[{i}]", "belongs to another record")
        return out

    parent_key: ClassVar[str] = ""

    def _decode_links(self, data: Any, where: str) -> dict[str, list[str]]:
        if not isinstance(data, dict) or set(data) != set(self.link_names):
            raise malformed(where, "does not list this kind's links")
        out = {}
        for name in self.link_names:
            ids = data[name]
            if not isinstance(ids, list) or ids != sorted(set(ids)):
                raise malformed(f"{where}.{name}", "is not a sorted list of distinct ids")
            out[name] = [_check_id(i, f"{where}.{name}") for i in ids]
        return out

    # -- writing -------------------------------------------------------------------------

    def find_local(self, session: Session, unit: Decoded) -> Any:
        return session.get(self.model, unit.id)

    def clash(self, session: Session, unit: Decoded) -> str | None:
        """Why a unit that is new here still cannot simply be added (a conflict), if so."""
        return None

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        """Write ``unit`` over ``existing`` (or as a new record); flushes."""
        session = target.session
        obj = existing if existing is not None else self.model()
        _assign(obj, unit.row)
        if self.blob_column is not None:
            blob_id = target.blob_for(unit.blob).id if unit.blob else None
            if getattr(obj, self.blob_column) != blob_id:
                setattr(obj, self.blob_column, blob_id)
        if existing is None:
            session.add(obj)
        self.apply_children(target, obj, unit)
        self.apply_links(target, obj, unit)
        session.flush()
        restore_stamps(session, obj, unit.row)
        for name, model in self.children.items():
            for row in unit.rows[name]:
                child = session.get(model, row["id"])
                if child is not None:
                    restore_stamps(session, child, row)
        return obj

    def apply_children(self, target: MergeTarget, obj: Any, unit: Decoded) -> None:
        pass

    def apply_links(self, target: MergeTarget, obj: Any, unit: Decoded) -> None:
        pass


def _linked(target: MergeTarget, model: type, ids: Sequence[str], what: str) -> list[Any]:
    """The local records behind ``ids``; each must exist and belong to the package's case."""
    found = []
    for record_id in ids:
        record: Any = target.session.get(model, record_id)
        if record is None or record.case_id != target.case_id:
            raise _missing(what)
        found.append(record)
    return found


class Unmergeable(Exception):
    """A unit cannot be written here; ``reason`` is a sentence fragment naming why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _missing(what: str) -> Unmergeable:
    return Unmergeable(
        f"it refers to {what}, which is neither in the package nor in this case here; ask "
        "the sender for a complete package (without --since-last)"
    )


def _set_links(obj: Any, attribute: str, records: list[Any]) -> None:
    current = sorted(r.id for r in getattr(obj, attribute))
    if current != sorted(r.id for r in records):
        setattr(obj, attribute, records)


# -- the kinds -----------------------------------------------------------------------------


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
                "a different case here already uses its reference; change the reference of "
                "one of them and import again"
            )
        return super().apply(target, unit, existing)


class PersonKind(Kind):
    name = "person"
    model = Person

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        from ..persons import next_pseudonym

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
            f"The pseudonym {unit.row['pseudonym']} arriving in the package is already used "
            f"here by another person, so that person is called {renamed} here."
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
        _linked(target, Person, [unit.row["person_id"]], "the person of an identity record")
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
                raise Unmergeable("one of its passages belongs to another statement here")
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
                _assign(kept[row["id"]], row)
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
                _assign(obj.consent, consent_rows[0])

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        session, row = target.session, unit.row
        for key in ("witness_id", "interviewer_id"):
            if row[key]:
                _linked(target, Person, [row[key]], "a person named by a statement")
        for consent in unit.rows["consent"]:
            if consent["given_by_id"]:
                _linked(target, Person, [consent["given_by_id"]], "the person who gave consent")
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
            _assign(obj, row)
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
        persons = _linked(target, Person, unit.links["person_ids"], "a person shown in evidence")
        _set_links(obj, "persons", persons)


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
        _set_links(obj, "persons", _linked(target, Person, unit.links["person_ids"], what))
        _set_links(
            obj, "testimonies", _linked(target, Testimony, unit.links["testimony_ids"], what)
        )
        _set_links(obj, "evidence", _linked(target, EvidenceItem, unit.links["evidence_ids"], what))


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
            _linked(target, Person, [row["person_id"]], "an alleged perpetrator of a charge")
            if row["id"] in kept:
                _assign(kept[row["id"]], row)
            elif target.session.get(ChargePerpetrator, row["id"]) is not None:
                raise Unmergeable("one of its perpetrator entries belongs to another charge here")
            else:
                obj.perpetrators.append(ChargePerpetrator(**row))

    def apply_links(self, target: MergeTarget, obj: Any, unit: Decoded) -> None:
        incidents = _linked(target, Incident, unit.links["incident_ids"], "a charged incident")
        _set_links(obj, "incidents", incidents)


class TagKind(Kind):
    name = "tag"
    model = Tag

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        row, what = unit.row, "the material a tag points at"
        if row["segment_id"]:
            segment = target.session.get(Segment, row["segment_id"])
            testimony = target.session.get(Testimony, segment.testimony_id) if segment else None
            if testimony is None or testimony.case_id != target.case_id:
                raise _missing(what)
        if row["evidence_id"]:
            _linked(target, EvidenceItem, [row["evidence_id"]], what)
        if row["incident_id"]:
            _linked(target, Incident, [row["incident_id"]], what)
        if row["perpetrator_id"]:
            _linked(target, Person, [row["perpetrator_id"]], what)
        return super().apply(target, unit, existing)


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
        _linked(target, EvidenceItem, [unit.row["evidence_id"]], "the evidence of a custody event")
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
