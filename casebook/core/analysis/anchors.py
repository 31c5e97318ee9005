"""What an edit of a statement would do to its tags, told before it is made.

Rewriting a statement re-anchors its tags by their words (records/passage_anchors.py);
tags whose words would be changed, gone or ambiguous are marked for review. This module
runs the same matching on the texts about to be written, without writing, so the editor
can say first which tags, on which elements and for which charges, an edit affects.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Charge, Tag, Testimony
from ..records.passage_anchors import quote_of_tag
from ..records.testimonies import new_passage_texts, pair_passages
from ..taxonomy import Taxonomy, load_taxonomy
from ..taxonomy.elements import ElementIndex, UnknownElement
from ..text.graphemes import boundaries
from ..text.quote_selectors import REASONS, Found, locate, quote_of
from .tagging import tags_for


@dataclass(frozen=True)
class Affected:
    """A tag an edit would mark for review, and why."""

    tag: Tag
    paragraph: int  # the tag's paragraph number before the edit
    words: str  # the words it quotes
    why: str  # a sentence from quote_selectors.REASONS
    charges: tuple[str, ...]  # titles (or crime ids) of the charges its element belongs to


def affected_by_edit(
    session: Session, testimony: Testimony, texts: list[str], taxonomy: Taxonomy | None = None
) -> list[Affected]:
    """The tags on ``testimony`` that rewriting it as ``texts`` would mark for review."""
    segments = list(testimony.segments)
    old = [s.text for s in segments]
    new = new_passage_texts(texts)
    rows = pair_passages(old, new)
    home_of = {row: index for index, row in enumerate(rows) if row is not None}
    index_of = {s.id: i for i, s in enumerate(segments)}
    out = []
    charges: list[Charge] | None = None
    for tag in tags_for(session, testimony):
        if tag.status != "active":
            continue  # already waiting for a person; an edit adds nothing to tell
        at = index_of[tag.segment_id or ""]
        quote = quote_of_tag(tag) if tag.quote else quote_of(old[at], tag.char_start, tag.char_end)
        outcome = locate(quote, new, home_of.get(at))
        if isinstance(outcome, Found):
            continue
        if charges is None:
            charges = list(session.scalars(select(Charge).where(Charge.case_id == tag.case_id)))
        out.append(
            Affected(
                tag,
                at + 1,
                quote.exact,
                REASONS[outcome.why],
                charges_resting_on(tag, charges, taxonomy),
            )
        )
    return out


def charges_resting_on(
    tag: Tag, charges: list[Charge], taxonomy: Taxonomy | None = None
) -> tuple[str, ...]:
    """The charges whose matrix has a row for the tag's element (by crime, by the crime's
    contextual elements, or by an alleged perpetrator's mode of liability)."""
    taxonomy = taxonomy or load_taxonomy()
    index = ElementIndex(taxonomy)
    try:
        element = index.resolve(tag.element_id)
    except UnknownElement:  # no longer in the taxonomy: its tag already waits for review
        return ()
    out = []
    for charge in charges:
        if element.kind == "crime":
            hit = charge.crime_id == element.owner
        elif element.kind == "liability":
            hit = any(p.liability_id == element.owner for p in charge.perpetrators)
        else:
            crime = taxonomy.crime(charge.crime_id) if taxonomy.has_crime(charge.crime_id) else None
            hit = crime is not None and any(e.id == element.id for e in crime.contextual_elements)
        if hit:
            out.append(charge.title or charge.crime_id)
    return tuple(out)


def describe(affected: list[Affected]) -> str:
    """A short list for a warning: one line per tag, its element, words and charges."""
    lines = []
    for item in affected:
        line = f"• para. {item.paragraph}, {item.tag.element_id}: “{_short(item.words)}”"
        if item.charges:
            line += f" (charges: {', '.join(item.charges)})"
        lines.append(line)
    return "\n".join(lines)


def _short(words: str, limit: int = 60) -> str:
    if len(words) <= limit:
        return words
    cut = max(b for b in boundaries(words) if b <= limit - 1)  # never inside a syllable
    return words[:cut] + "…"
