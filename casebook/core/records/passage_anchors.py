"""Tags on passages follow their words when a statement is edited, split, or corrected.

A passage tag points at a segment and a character range, and keeps the words it quotes
(``Tag.quote`` with its prefix and suffix: a W3C TextQuoteSelector). When passages change,
each tag is found again by its words (``text.quote_selectors.locate``): in its own passage
first, then elsewhere in the statement (a split, or sentences moved to another
paragraph). A tag whose words are found points at them, its range snapped to grapheme
clusters; one whose words are gone, changed or ambiguous is marked ``needs_review`` with
the reason and the words it was made for, at the likeliest place, and is not counted
until a person looks at it. No tag is ever moved silently.

Tags from before schema 0008 have no quote yet: it is taken from their range in the text
as it was, just before the change (``capture``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Segment, Tag
from ..text.quote_selectors import REASONS, Found, Lost, Quote, locate, quote_of

NEEDS_REVIEW = "needs_review"
ANCHOR_NOTE = "After "  # how every note this module writes begins (see ``reanchor``)


@dataclass
class Held:
    """A tag and the index of its passage among the passages before the change."""

    tag: Tag
    old_index: int
    old_text: str = ""


def fill_quote(tag: Tag, text: str) -> None:
    """Store the words ``tag`` points at in ``text`` (its passage now), with context."""
    quote = quote_of(text, tag.char_start, tag.char_end)
    tag.quote, tag.quote_prefix, tag.quote_suffix = quote.exact, quote.prefix, quote.suffix


def capture(session: Session, segments: Sequence[Segment]) -> list[Held]:
    """The tags on ``segments``, each with its quote filled from the text as it is now.

    Call before the texts change; a tag that already has a quote keeps it (the words it
    was made for), unless it points at the same words now (then its context is refreshed).
    """
    by_id = {s.id: (i, s) for i, s in enumerate(segments) if s.id is not None}
    if not by_id:
        return []
    held = []
    query = select(Tag).where(Tag.segment_id.in_(list(by_id))).order_by(Tag.id)
    for tag in session.scalars(query):
        index, segment = by_id[tag.segment_id or ""]
        if not tag.quote:
            fill_quote(tag, segment.text)
        held.append(Held(tag, index, segment.text))
    return held


def quote_of_tag(tag: Tag) -> Quote:
    return Quote(tag.quote, tag.quote_prefix, tag.quote_suffix)


def reanchor(
    held: Sequence[Held],
    passages: Sequence[Segment],
    home_of: dict[int, int | None],
    fallback: Segment | None = None,
    what: str = "an edit of the statement",
    keep_lost: str | None = None,
) -> list[Tag]:
    """Point each held tag at its words in ``passages``; returns the tags marked for review.

    ``home_of`` maps a tag's old passage index to its index in ``passages`` (``None``:
    the passage is gone). A tag whose words are not found goes to the likeliest place:
    a suggested place, its own passage, ``fallback`` (a passage that still exists beside
    the removed one), or the passage now at its old place; with ``keep_lost`` (a sentence
    for the note) it stays where it is.
    """
    texts = [p.text for p in passages]
    flagged = []
    for item in held:
        tag = item.tag
        home = home_of.get(item.old_index)
        outcome = locate(quote_of_tag(tag), texts, home)
        unchanged = home is not None and texts[home] == item.old_text
        if isinstance(outcome, Lost) and tag.status == NEEDS_REVIEW and unchanged:
            continue  # already waiting for a person, and its passage did not change
        if isinstance(outcome, Found):
            target = passages[outcome.place.passage]
            tag.segment_id = target.id
            if outcome.whole:
                tag.char_start = tag.char_end = None
            else:
                tag.char_start, tag.char_end = outcome.place.start, outcome.place.end
            # Context refreshed; the words themselves are the same.
            fill_quote(tag, target.text)
            if tag.status == NEEDS_REVIEW and _only_anchor_notes(tag.review_note):
                # Its words are back where they were (an Undo): nothing is left to review.
                tag.status, tag.review_note = "active", ""
            continue
        if keep_lost is None:
            where = _move_to_likeliest(tag, outcome, passages, home, item.old_index, fallback)
        else:
            where = keep_lost
        tag.status = NEEDS_REVIEW
        note = f"After {what}, {REASONS[outcome.why]}: “{tag.quote}”. {where}"
        tag.review_note = "\n".join(n for n in (tag.review_note, note) if n)
        flagged.append(tag)
    return flagged


def _move_to_likeliest(
    tag: Tag,
    lost: Lost,
    passages: Sequence[Segment],
    home: int | None,
    old_index: int,
    fallback: Segment | None,
) -> str:
    """Point a lost tag at the likeliest place; returns the sentence saying where."""
    if lost.suggestion is not None:
        target: Segment | None = passages[lost.suggestion.passage]
        tag.char_start, tag.char_end = lost.suggestion.start, lost.suggestion.end
        where = "It now points at the likeliest words; check them."
    else:
        if home is not None:
            target = passages[home]
        elif fallback is not None:
            target = fallback
        elif passages:
            target = passages[min(old_index, len(passages) - 1)]
        else:
            target = None
        tag.char_start = tag.char_end = None
        where = "It now points at a whole passage nearby; re-tag the right words or remove it."
    if target is not None:
        tag.segment_id = target.id
    return where


def _only_anchor_notes(note: str) -> bool:
    """The tag waits for review only because its words went missing (no taxonomy or
    import note that a person must still read)."""
    lines = [line for line in note.splitlines() if line]
    return bool(lines) and all(line.startswith(ANCHOR_NOTE) for line in lines)
