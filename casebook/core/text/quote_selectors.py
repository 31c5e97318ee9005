"""Finding quoted words again after the text around them changed (W3C TextQuoteSelector).

A tag on a passage cites words, not offsets: offsets go stale when a paragraph is edited,
split or moved. As the W3C Web Annotation model does, the words are kept with a little
context on either side (``exact``, ``prefix``, ``suffix``), and found again by text.

The rules are strict on purpose, because a complaint cites what a tag points at: words
found in their own passage, or elsewhere with their context, are "found"; anything less
(the words changed, gone, or standing in more than one place that their context cannot tell
apart) is "lost" with a reason, and at most a suggested place that a person must confirm.
A match must begin and end on grapheme-cluster boundaries of the new text: words whose last
consonant gained a vowel sign are different words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .graphemes import boundaries, snap_range

CONTEXT = 32  # code points of context kept before and after, widened to whole clusters
ENOUGH_CONTEXT = 8  # this much matching context on one side tells a place apart
LONG_QUOTE = 24  # words this long, found once, need no context to be believed


@dataclass(frozen=True)
class Quote:
    """The quoted words and the text just before and after them in the passage."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Place:
    """Where words stand: passage index in the list searched, and a code-point range."""

    passage: int
    start: int
    end: int


@dataclass(frozen=True)
class Found:
    place: Place
    whole: bool  # the words are the whole passage


@dataclass(frozen=True)
class Lost:
    """The words cannot be pointed at with certainty; ``why`` is one of ``REASONS``."""

    why: str
    suggestion: Place | None = None  # a likely place, for a person to confirm


REASONS = {
    "gone": "its words are no longer in the statement",
    "changed": "its words were changed",
    "ambiguous": "its words stand in more than one place and their context does not tell "
    "which one is meant",
    "unsure": "its words were found, but not with the text around them",
}


def quote_of(text: str, start: int | None, end: int | None) -> Quote:
    """The selector for ``text[start:end]`` (the whole text when the range is ``None``)."""
    if start is None or end is None:
        return Quote(text)
    marks = boundaries(text)
    before = max((b for b in marks if b <= max(start - CONTEXT, 0)), default=0)
    after = min((b for b in marks if b >= min(end + CONTEXT, len(text))), default=len(text))
    return Quote(text[start:end], text[before:start], text[end:after])


def _common_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_head(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@dataclass(frozen=True)
class _Candidate:
    place: Place
    prefix_match: int
    suffix_match: int
    prefix_full: bool
    suffix_full: bool
    long: bool

    @property
    def score(self) -> int:
        # A side that still meets the passage's start or end, as it did, counts too.
        return self.prefix_match + self.suffix_match + self.prefix_full + self.suffix_full

    @property
    def held(self) -> bool:
        """Context on at least one side agrees: fully, or for ``ENOUGH_CONTEXT``."""
        return (
            self.long
            or self.prefix_full
            or self.suffix_full
            or max(self.prefix_match, self.suffix_match) >= ENOUGH_CONTEXT
        )


def _candidates(quote: Quote, texts: Sequence[str], passage: int) -> list[_Candidate]:
    text = texts[passage]
    if not quote.exact:
        return []
    marks = set(boundaries(text))
    out = []
    at = text.find(quote.exact)
    while at != -1:
        end = at + len(quote.exact)
        if at in marks and end in marks:
            before, after = text[:at], text[end:]
            pre, suf = _common_tail(quote.prefix, before), _common_head(quote.suffix, after)
            out.append(
                _Candidate(
                    Place(passage, at, end),
                    pre,
                    suf,
                    pre == len(quote.prefix) and (pre == len(before) or len(quote.prefix) > 0),
                    suf == len(quote.suffix) and (suf == len(after) or len(quote.suffix) > 0),
                    len(quote.exact) >= LONG_QUOTE,
                )
            )
        at = text.find(quote.exact, at + 1)
    return out


def _pick(candidates: list[_Candidate]) -> _Candidate | Lost:
    if len(candidates) == 1:
        return candidates[0]
    candidates = [replace(c, long=False) for c in candidates]  # repeated: length proves nothing
    best = max(c.score for c in candidates)
    top = [c for c in candidates if c.score == best]
    if len(top) > 1:
        return Lost("ambiguous", None)
    return top[0]


def locate(quote: Quote, texts: Sequence[str], home: int | None) -> Found | Lost:
    """Find ``quote`` in ``texts`` (the passages of a statement, in order), preferring the
    passage at index ``home`` (the tag's own passage, if it still exists).

    Found: the words stand once in their passage (or, if several times, once with the best
    context) with some of their context; or, not in their passage, once elsewhere with
    their context (a split, or sentences moved to another paragraph). Everything else is
    ``Lost`` with a reason and, where one is likely, a suggested place.
    """
    if home is not None:
        here = _candidates(quote, texts, home)
        if here:
            chosen = _pick(here)
            if isinstance(chosen, Lost):
                return chosen
            whole = chosen.place.start == 0 and chosen.place.end == len(texts[home])
            if chosen.held or whole:
                return Found(chosen.place, whole)
            return Lost("unsure", chosen.place)
    elsewhere = [c for i in range(len(texts)) if i != home for c in _candidates(quote, texts, i)]
    if elsewhere:
        chosen = _pick(elsewhere)
        if isinstance(chosen, Lost):
            return chosen
        place = chosen.place
        whole = place.start == 0 and place.end == len(texts[place.passage])
        if chosen.held or whole:
            return Found(place, whole)
        return Lost("unsure", place)
    if home is not None:
        between = _between_context(quote, texts[home])
        if between is not None:
            return Lost("changed", Place(home, *between))
    return Lost("gone", None)


def _between_context(quote: Quote, text: str) -> tuple[int, int] | None:
    """The text between the quote's intact prefix and suffix: where edited words stand.

    A side shorter than ``CONTEXT`` reached the passage's start or end when it was taken,
    so it must still do so; a full-length side must stand once in the text."""
    if len(quote.prefix) < CONTEXT:
        start = len(quote.prefix) if text.startswith(quote.prefix) else -1
    else:
        start = (
            text.index(quote.prefix) + len(quote.prefix) if text.count(quote.prefix) == 1 else -1
        )
    if len(quote.suffix) < CONTEXT:
        end = len(text) - len(quote.suffix) if text.endswith(quote.suffix) else -1
    else:
        end = text.index(quote.suffix) if text.count(quote.suffix) == 1 else -1
    if start < 0 or end <= start or len(quote.prefix) + len(quote.suffix) < ENOUGH_CONTEXT:
        return None
    return snap_range(text, start, end)
