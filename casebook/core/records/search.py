"""Full-text search over the FTS5 trigram index inside the encrypted database.

Trigrams find a word anywhere inside unspaced Lao, Burmese, Thai or Khmer text. Queries
shorter than three characters cannot use trigrams and fall back to a substring scan of
the same index, which is still inside the encrypted database.

Results come in index order, not ranked: a trigram phrase match gives no meaningful
relevance score in unspaced scripts, and ranking would score every match of a common word
before the first result could be shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from ..models import EvidenceItem, Incident, Person, Segment, Testimony
from ..models.case import incident_evidence, incident_testimonies
from ..text.graphemes import snap_range
from ..text.text_input import clean

KIND_LABELS = {"segment": "testimony passage", "evidence": "evidence", "incident": "incident"}


@dataclass(frozen=True)
class SearchHit:
    kind: str  # segment, evidence, incident
    record_id: str
    case_id: str | None
    snippet: str


def fts_phrase(query: str) -> str:
    """``query`` as one FTS5 phrase: with the trigram tokenizer, a substring match."""
    return '"' + query.replace('"', '""') + '"'


def search(
    session: Session, query: str, case_id: str | None = None, limit: int = 100
) -> list[SearchHit]:
    terms = clean(query).strip()
    if not terms:
        return []
    if len(terms) >= 3:
        sql = (
            "SELECT kind, record_id, case_id, body "
            "FROM search_index WHERE search_index MATCH :q "
            "AND (:case_id IS NULL OR case_id = :case_id) "
            "LIMIT :limit"
        )
        params: dict[str, object] = {"q": f"body : {fts_phrase(terms)}"}
    else:
        escaped = terms.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql = (
            "SELECT kind, record_id, case_id, body FROM search_index "
            "WHERE body LIKE :q ESCAPE '\\' AND (:case_id IS NULL OR case_id = :case_id) "
            "LIMIT :limit"
        )
        params = {"q": f"%{escaped}%"}
    params.update({"case_id": case_id, "limit": limit})
    rows = session.execute(text(sql), params).all()
    return [SearchHit(kind, rid, cid, snippet(body, terms)) for kind, rid, cid, body in rows]


def snippet(body: str, terms: str, context: int = 60) -> str:
    """The match with some text either side, marked with [ ]; whole characters, any script.

    FTS5's own snippet() counts trigram tokens, which cuts words in unspaced scripts.
    """
    at = body.casefold().find(terms.casefold())
    if at < 0:
        return body[: context * 2] + ("…" if len(body) > context * 2 else "")
    start, end = max(0, at - context), min(len(body), at + len(terms) + context)
    return (
        ("…" if start else "")
        + body[start:at]
        + "["
        + body[at : at + len(terms)]
        + "]"
        + body[at + len(terms) : end]
        + ("…" if end < len(body) else "")
    )


@dataclass(frozen=True)
class HitPlace:
    """Where a result is, in words a person recognises, and what to open to land on it.

    ``label`` names the record: the witness's pseudonym, the statement (title, date,
    version) and the paragraph; an exhibit by title, kind and file name; an incident by
    title, date and place; with the incidents a statement or exhibit concerns. ``kind``
    and ``record_id`` say which editor to open, ``paragraph`` which passage (0: none), and
    ``match`` where the words stand in it (code points, whole grapheme clusters).
    """

    label: str
    kind: str
    record_id: str
    paragraph: int = 0
    match: tuple[int, int] | None = None


def find_match(body: str, query: str) -> tuple[int, int] | None:
    """Where ``query`` stands in ``body`` (case-insensitive), widened to whole clusters."""
    terms = clean(query).strip()
    if not terms:
        return None
    found = re.search(re.escape(terms), body, re.IGNORECASE)
    if found is None:
        return None
    return snap_range(body, found.start(), found.end())


def place_of(session: Session, hit: SearchHit, query: str) -> HitPlace:
    """The record behind a search hit, named, with the passage and the match to show."""
    if hit.kind == "segment":
        segment = session.get(Segment, hit.record_id)
        if segment is None:
            return HitPlace("(a passage no longer in the casebook)", "segment", hit.record_id)
        testimony = segment.testimony
        label = f"{statement_label(session, testimony)}, para. {segment.position}"
        label += _concerns(session, incident_testimonies, "testimony_id", testimony.id)
        match = find_match(segment.text, query)
        return HitPlace(label, "testimony", testimony.id, segment.position, match)
    if hit.kind == "evidence":
        item = session.get(EvidenceItem, hit.record_id)
        if item is None:
            return HitPlace("(an exhibit no longer in the casebook)", "evidence", hit.record_id)
        parts = [item.title or "untitled", item.kind.replace("_", " ")]
        if item.original_filename and item.original_filename != item.title:
            parts.append(item.original_filename)
        label = "Exhibit: " + ", ".join(p for p in parts if p)
        label += _concerns(session, incident_evidence, "evidence_id", item.id)
        return HitPlace(label, "evidence", item.id)
    incident = session.get(Incident, hit.record_id)
    if incident is None:
        return HitPlace("(an incident no longer in the casebook)", "incident", hit.record_id)
    when = incident.date_start or "date unknown"
    if incident.date_end and incident.date_end != incident.date_start:
        when += f" – {incident.date_end}"
    where = f", {incident.place_name}" if incident.place_name else ""
    return HitPlace(f"Incident: {incident.title} ({when}{where})", "incident", incident.id)


def statement_label(session: Session, testimony: Testimony) -> str:
    """ "W-001 — Statement of 12 March (taken 2024-03-12, version 2)": pseudonym, never name."""
    witness = session.get(Person, testimony.witness_id) if testimony.witness_id else None
    who = witness.pseudonym if witness is not None else "unknown witness"
    details = [f"taken {testimony.taken_on}"] if testimony.taken_on else []
    if testimony.version > 1:
        details.append(f"version {testimony.version}")
    title = testimony.title or "statement"
    return f"{who} — {title}" + (f" ({', '.join(details)})" if details else "")


def _concerns(session: Session, link: Table, key: str, record_id: str) -> str:
    """ " · incident: Burning of Ban Nong": the incidents a statement or exhibit concerns."""
    query = (
        select(Incident.title)
        .join(link, link.c.incident_id == Incident.id)
        .where(link.c[key] == record_id)
        .order_by(Incident.title)
    )
    titles = list(session.scalars(query))
    if not titles:
        return ""
    shown = ", ".join(titles[:2]) + (f" and {len(titles) - 2} more" if len(titles) > 2 else "")
    return f" · incident: {shown}"
