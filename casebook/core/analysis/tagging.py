"""Tagging material (a passage or part of one, an evidence item, an incident) with an element.

A tag says: this material bears on this element, in this way (direct, circumstantial,
corroborating, contradicting), graded on the admiralty scale, optionally about one alleged
perpetrator. Who tagged and when is stamped on flush; every change is audited.

Rules: the element must exist in the taxonomy in use; the material and the perpetrator must
belong to the case; the same material cannot be tagged twice to the same element with the
same range, perpetrator and support. A supporting and a contradicting tag on the same
material and element are both kept, and reported as a conflict for a person to resolve.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..errors import NotFound
from ..models import Case, EvidenceItem, Incident, Segment, Tag, Testimony
from ..models.analysis import INFO_CREDIBILITY, SOURCE_RELIABILITY, SUPPORT_KINDS
from ..records.passage_anchors import fill_quote
from ..store.taxonomy_migration import record_taxonomy_version
from ..taxonomy import Taxonomy, load_taxonomy
from ..taxonomy.elements import ElementIndex, ElementInfo
from ..text.graphemes import snap_range
from ..text.text_input import clean
from .errors import DuplicateTag, InvalidTag
from .perpetrators import alleged_perpetrator
from .targets import find_in_case

CONTRADICTING = "contradicting"
SUPPORTING_KINDS = tuple(k for k in SUPPORT_KINDS if k != CONTRADICTING)


@dataclass(frozen=True)
class Conflict:
    """Material that both supports and contradicts one element (for one perpetrator, or
    none): ``target`` is ``("passage"|"evidence"|"incident", record id)``."""

    target: tuple[str, str]
    element_id: str
    perpetrator_id: str | None
    supporting: tuple[Tag, ...]
    contradicting: tuple[Tag, ...]


@dataclass(frozen=True)
class TagResult:
    """The new tag, the element it was stored under, and any conflict it is part of."""

    tag: Tag
    element: ElementInfo
    conflicts: tuple[Conflict, ...]


def target_of(tag: Tag) -> tuple[str, str]:
    if tag.segment_id:
        return ("passage", tag.segment_id)
    if tag.evidence_id:
        return ("evidence", tag.evidence_id)
    return ("incident", tag.incident_id or "")


UNGRADED = ""  # reliability and credibility both empty: nobody has graded the material


def check_grading(support: str, reliability: str, credibility: str) -> tuple[str, str, str]:
    """Support kind and admiralty grading, normalised (``b`` → ``B``); raises ``InvalidTag``.

    A tag without grades stays ungraded (both empty): "not graded" is a state of its own,
    not F6 ("cannot be judged"), which is a judgement somebody made."""
    support = support.strip().lower()
    reliability = str(reliability or "").strip().upper()
    credibility = str(credibility or "").strip()
    if support not in SUPPORT_KINDS:
        raise InvalidTag(
            "The support must be one of: {support_kinds}.",
            "support",
            support_kinds=", ".join(SUPPORT_KINDS),
        )
    if reliability not in (*SOURCE_RELIABILITY, UNGRADED):
        raise InvalidTag(
            "Source reliability is a letter from A (completely reliable) to F (cannot be judged).",
            "reliability",
        )
    if credibility not in (*INFO_CREDIBILITY, UNGRADED):
        raise InvalidTag(
            "Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged).",
            "credibility",
        )
    if (reliability == UNGRADED) != (credibility == UNGRADED):
        raise InvalidTag(
            "Give both grades (source reliability A-F and information credibility 1-6) or "
            "neither: a tag is graded on both scales, or not graded.",
            "reliability" if reliability == UNGRADED else "credibility",
        )
    return support, reliability, credibility


def check_range(
    segment: Segment, char_range: tuple[int, int] | None
) -> tuple[int | None, int | None]:
    """Start and end of a character range within the passage (end exclusive, counted in
    Unicode code points of the stored NFC text), or ``(None, None)`` for the whole passage.

    The range is widened outward to whole grapheme clusters, so a quotation never starts
    or ends inside a syllable (a Burmese vowel sign without its consonant)."""
    if char_range is None:
        return (None, None)
    start, end = char_range
    length = len(segment.text)
    if not 0 <= start < end <= length:
        raise InvalidTag(
            "The range {start}:{end} does not fit the passage, which has {length} "
            "characters. Give START:END with 0 ≤ START < END ≤ {length}, or leave the "
            "range out to tag the whole passage.",
            "range",
            start=start,
            end=end,
            length=length,
        )
    return snap_range(segment.text, start, end)


def add_tag(
    session: Session,
    case: Case,
    element_id: str,
    support: str,
    *,
    segment_id: str | None = None,
    char_range: tuple[int, int] | None = None,
    evidence_id: str | None = None,
    incident_id: str | None = None,
    reliability: str = UNGRADED,
    credibility: str = UNGRADED,
    perpetrator_id: str | None = None,
    note: str = "",
    taxonomy: Taxonomy | None = None,
) -> TagResult:
    """Tag one piece of material of ``case`` with an element; the caller commits.

    Exactly one of ``segment_id`` (with an optional ``char_range``), ``evidence_id`` and
    ``incident_id`` names the material; ids may be unique prefixes. A tag given no grades
    is stored ungraded (never as F6); the matrix does not count it as strong support.
    """
    taxonomy = taxonomy or load_taxonomy()
    element = ElementIndex(taxonomy).resolve(element_id)
    support, reliability, credibility = check_grading(support, reliability, credibility)
    given = [v for v in (segment_id, evidence_id, incident_id) if v]
    if len(given) != 1:
        raise InvalidTag(
            "Name exactly one thing to tag: a passage (segment), an evidence item or an incident.",
            "target",
        )
    if char_range is not None and not segment_id:
        raise InvalidTag("A character range can only be given for a passage.", "range")
    tag = Tag(
        case_id=case.id,
        element_kind=element.kind,
        element_id=element.id,
        taxonomy_version=taxonomy.version,
        support=support,
        source_reliability=reliability,
        info_credibility=credibility,
        note=clean(note),
        status="active",
        review_note="",
    )
    if segment_id:
        segment = find_in_case(session, case, Segment, segment_id)
        tag.segment_id = segment.id
        tag.char_start, tag.char_end = check_range(segment, char_range)
        fill_quote(tag, segment.text)  # the words, so the tag can follow them after edits
    elif evidence_id:
        tag.evidence_id = find_in_case(session, case, EvidenceItem, evidence_id).id
    else:
        tag.incident_id = find_in_case(session, case, Incident, incident_id or "").id
    if perpetrator_id:
        tag.perpetrator_id = alleged_perpetrator(session, case, perpetrator_id).id
    if _duplicate(session, tag):
        raise DuplicateTag(
            "This material is already tagged to {element} as {support}, with the same range "
            "and perpetrator. Edit that tag instead of adding another.",
            "element",
            element=element.id,
            support=support,
        )
    session.add(tag)
    record_taxonomy_version(session, taxonomy.version)
    session.flush()
    conflicts = tuple(
        c
        for c in conflicts_in(session, case, [tag.element_id])
        if c.target == target_of(tag) and c.perpetrator_id == tag.perpetrator_id
    )
    return TagResult(tag, element, conflicts)


def _duplicate(session: Session, tag: Tag) -> bool:
    query = select(Tag.id).where(
        Tag.case_id == tag.case_id,
        Tag.element_id == tag.element_id,
        Tag.support == tag.support,
        _same(Tag.segment_id, tag.segment_id),
        _same(Tag.evidence_id, tag.evidence_id),
        _same(Tag.incident_id, tag.incident_id),
        _same(Tag.char_start, tag.char_start),
        _same(Tag.char_end, tag.char_end),
        _same(Tag.perpetrator_id, tag.perpetrator_id),
    )
    return session.scalar(query.limit(1)) is not None


def _same(column: InstrumentedAttribute[Any], value: object) -> ColumnElement[bool]:
    return column.is_(None) if value is None else column == value


def conflicts_in(
    session: Session, case: Case, element_ids: Iterable[str] | None = None
) -> list[Conflict]:
    """Every place where the same material supports and contradicts the same element.

    Active tags only; a character range does not matter (one passage, one conflict), the
    perpetrator does (material may support one person's role and contradict another's).
    """
    query = select(Tag).where(Tag.case_id == case.id, Tag.status == "active")
    if element_ids is not None:
        query = query.where(Tag.element_id.in_(list(element_ids)))
    return find_conflicts(session.scalars(query.order_by(Tag.created_at, Tag.id)))


def find_conflicts(tags: Iterable[Tag]) -> list[Conflict]:
    """Conflicts among ``tags`` (see ``conflicts_in``), in order of first appearance."""
    groups: dict[tuple[tuple[str, str], str, str | None], list[Tag]] = {}
    for tag in tags:
        groups.setdefault((target_of(tag), tag.element_id, tag.perpetrator_id), []).append(tag)
    out = []
    for (target, element_id, perpetrator_id), group in groups.items():
        against = tuple(t for t in group if t.support == CONTRADICTING)
        for_ = tuple(t for t in group if t.support != CONTRADICTING)
        if against and for_:
            out.append(Conflict(target, element_id, perpetrator_id, for_, against))
    return out


def tags_for(session: Session, record: Segment | Testimony | EvidenceItem | Incident) -> list[Tag]:
    """The tags on one record; for a testimony, the tags on all of its passages."""
    query = select(Tag)
    if isinstance(record, Segment):
        query = query.where(Tag.segment_id == record.id)
    elif isinstance(record, Testimony):
        ids = select(Segment.id).where(Segment.testimony_id == record.id)
        query = query.where(Tag.segment_id.in_(ids))
    elif isinstance(record, EvidenceItem):
        query = query.where(Tag.evidence_id == record.id)
    elif isinstance(record, Incident):
        query = query.where(Tag.incident_id == record.id)
    else:
        raise TypeError(f"cannot hold tags: {type(record).__name__}")
    return list(session.scalars(query.order_by(Tag.element_id, Tag.created_at, Tag.id)))


def tags_of_case(session: Session, case: Case, element_id: str | None = None) -> list[Tag]:
    query = select(Tag).where(Tag.case_id == case.id)
    if element_id is not None:
        query = query.where(Tag.element_id == element_id)
    return list(session.scalars(query.order_by(Tag.element_id, Tag.created_at, Tag.id)))


def get_tag(session: Session, case: Case, tag_id: str) -> Tag:
    tag = session.get(Tag, tag_id.strip())
    if tag is None or tag.case_id != case.id:
        raise NotFound(
            "Case {reference} has no tag with the id '{tag_id}'; it may have been removed.",
            reference=case.reference,
            tag_id=tag_id,
        )
    return tag


def remove_tag(session: Session, case: Case, tag_id: str) -> None:
    """Delete one tag (the deletion is audited); the caller commits."""
    session.delete(get_tag(session, case, tag_id))
    session.flush()
