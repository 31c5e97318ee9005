"""The material a tag points at (a passage, an evidence item, an incident): found, checked, cited.

Citations are what the matrix shows and the complaint export can reuse: a passage is its
witness's pseudonym and paragraph ("W-001, para. 3"), an evidence item its title and short
id, an incident its title. They carry case text, so they appear in views and exports,
never in error messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Case, EvidenceItem, Incident, Person, Segment, Tag, Testimony
from .errors import TargetNotFound

TARGET_KINDS = ("passage", "evidence", "incident")
_WHAT = {Segment: "passage", EvidenceItem: "evidence item", Incident: "incident"}
MIN_PREFIX = 6

R = TypeVar("R", Segment, EvidenceItem, Incident)
M = TypeVar("M", Segment, Testimony, Person, EvidenceItem, Incident)


@dataclass(frozen=True)
class MaterialRef:
    """What one tag cites, with the keys the matrix scopes by and the label people read.

    ``scope_key`` is the testimony or evidence lineage (every version of a statement or an
    exhibit), or the incident id: what an incident links to.
    """

    kind: str  # passage, evidence, incident
    record_id: str
    label: str
    scope_key: str
    testimony_id: str | None = None
    position: int | None = None
    witness: str | None = None
    char_range: tuple[int, int] | None = None


def short_id(record_id: str) -> str:
    return record_id[:8]


def find_in_case(session: Session, case: Case, model: type[R], id_or_prefix: str) -> R:
    """A passage, evidence item or incident of ``case`` by id, or by a unique id prefix.

    Raises ``TargetNotFound`` for a record that is missing, deleted or in another case.
    """
    what = _WHAT[model]
    key = id_or_prefix.strip()
    record = session.get(model, key) if key else None
    if record is None and len(key) >= MIN_PREFIX:
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = select(model).where(model.id.like(f"{escaped}%", escape="\\"))
        if model is Segment:
            query = query.join(Testimony).where(Testimony.case_id == case.id)
        else:
            query = query.where(model.case_id == case.id)
        found = list(session.scalars(query.limit(2)))
        if len(found) > 1:
            raise TargetNotFound(
                "More than one {what} has an id starting with '{key}'. Give more of the id.",
                what=what,
                key=key,
            )
        record = found[0] if found else None
    if record is None or _case_id(session, record) != case.id:
        raise TargetNotFound(
            "There is no {what} with the id '{key}' in case {reference}; it may have "
            "been deleted or belong to another case. `casebook search` shows the ids of "
            "passages, evidence and incidents.",
            what=what,
            key=key,
            reference=case.reference,
        )
    return record


def _case_id(session: Session, record: Segment | EvidenceItem | Incident) -> str | None:
    if isinstance(record, Segment):
        testimony = record.testimony or session.get(Testimony, record.testimony_id)
        return testimony.case_id if testimony is not None else None
    return record.case_id


def _statement_names(session: Session, testimonies: Iterable[Testimony]) -> dict[str, str]:
    """How each statement is named in citations: the witness's pseudonym, and which of
    their statements when they gave more than one (versions of one statement count once)."""
    wanted = {t.id: t for t in testimonies}
    if not wanted:
        return {}
    case_ids = {t.case_id for t in wanted.values()}
    everything = list(session.scalars(select(Testimony).where(Testimony.case_id.in_(case_ids))))
    witness_ids = {t.witness_id for t in everything if t.witness_id}
    pseudonyms = dict(
        session.execute(select(Person.id, Person.pseudonym).where(Person.id.in_(witness_ids))).all()
    )
    lineages: dict[str | None, list[Testimony]] = {}
    for t in sorted(everything, key=lambda t: (t.taken_on or "", t.created_at, t.id)):
        firsts = lineages.setdefault(t.witness_id, [])
        if all(f.lineage_id != t.lineage_id for f in firsts):
            firsts.append(t)
    names = {}
    for t in wanted.values():
        if t.witness_id is None or t.witness_id not in pseudonyms:
            who = f"Statement {short_id(t.lineage_id)}"
        else:
            who = pseudonyms[t.witness_id]
            firsts = lineages[t.witness_id]
            if len(firsts) > 1:
                k = next(i for i, f in enumerate(firsts, 1) if f.lineage_id == t.lineage_id)
                who = f"{who} statement {k}"
        if t.version > 1:
            who = f"{who} (version {t.version})"
        names[t.id] = who
    return names


def cite_tags(session: Session, tags: Iterable[Tag]) -> dict[str, MaterialRef]:
    """The material each tag points at, by tag id, loaded in a few queries.

    A tag whose material is gone (deleted since) is left out of the result.
    """
    tags = list(tags)
    segment_ids = {t.segment_id for t in tags if t.segment_id}
    evidence_ids = {t.evidence_id for t in tags if t.evidence_id}
    incident_ids = {t.incident_id for t in tags if t.incident_id}
    segments = _by_id(session, Segment, segment_ids)
    testimonies = _by_id(session, Testimony, {s.testimony_id for s in segments.values()})
    names = _statement_names(session, testimonies.values())
    witnesses = _by_id(
        session, Person, {t.witness_id for t in testimonies.values() if t.witness_id}
    )
    items = _by_id(session, EvidenceItem, evidence_ids)
    incidents = _by_id(session, Incident, incident_ids)
    out: dict[str, MaterialRef] = {}
    for tag in tags:
        ref: MaterialRef | None = None
        if tag.segment_id and tag.segment_id in segments:
            segment = segments[tag.segment_id]
            testimony = testimonies[segment.testimony_id]
            span = None
            if tag.char_start is not None and tag.char_end is not None:
                span = (tag.char_start, tag.char_end)
            witness = witnesses.get(testimony.witness_id or "")
            ref = MaterialRef(
                "passage",
                segment.id,
                f"{names[testimony.id]}, para. {segment.position}",
                testimony.lineage_id,
                testimony_id=testimony.id,
                position=segment.position,
                witness=witness.pseudonym if witness else None,
                char_range=span,
            )
        elif tag.evidence_id and tag.evidence_id in items:
            item = items[tag.evidence_id]
            label = f"{item.title} [exhibit {short_id(item.id)}]"
            ref = MaterialRef("evidence", item.id, label, item.lineage_id)
        elif tag.incident_id and tag.incident_id in incidents:
            incident = incidents[tag.incident_id]
            ref = MaterialRef("incident", incident.id, f"Incident: {incident.title}", incident.id)
        if ref is not None:
            out[tag.id] = ref
    return out


def _by_id(session: Session, model: type[M], ids: set[str]) -> dict[str, M]:
    if not ids:
        return {}
    rows = session.scalars(select(model).where(model.id.in_(ids)))
    return {r.id: r for r in rows}
