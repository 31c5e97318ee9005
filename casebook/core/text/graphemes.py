"""Grapheme clusters: the units a reader sees as one character, for citation ranges.

A character range counted in code points can cut a Burmese or Lao syllable between its
consonant and its vowel sign or tone mark; a quotation starting there begins with an orphan
mark. Ranges are therefore widened to whole clusters before they are stored or quoted.

The clusters are Unicode's extended grapheme clusters (UAX #29, the ``regex`` package's
``\\X``: maintained, current Unicode), tailored as UAX #29 allows in two ways that matter
for Myanmar script: no cluster begins with a combining mark (UAX #29 lets the tall AA
U+102C and the visarga U+1038 start one, so "ရော" would split before its "ာ"), and a
consonant stacked under another by the invisible virama U+1039 stays with it ("င်္ဂ").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import pairwise

import regex

_CLUSTER = regex.compile(r"\X", regex.VERSION1)
_STACKER = "\u1039"  # MYANMAR SIGN VIRAMA: the next consonant is written under this one


def _joins_previous(text: str, at: int) -> bool:
    return unicodedata.category(text[at]).startswith("M") or text[at - 1] == _STACKER


@lru_cache(maxsize=256)
def boundaries(text: str) -> tuple[int, ...]:
    """Code-point offsets where a cluster starts, and ``len(text)``: ``(0, …, len(text))``."""
    ends = [m.end() for m in _CLUSTER.finditer(text)]
    return (0, *(b for b in ends if b == len(text) or not _joins_previous(text, b)))


def clusters(text: str) -> list[str]:
    marks = boundaries(text)
    return [text[a:b] for a, b in pairwise(marks)]


def snap_range(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` (code points, end exclusive) widened outward to whole clusters.

    ``start`` moves back to the start of the cluster it falls in, ``end`` forward to the
    end of the cluster it falls in; a range already on boundaries is returned unchanged.
    The caller checks that the range fits the text."""
    marks = boundaries(text)
    snapped_start = max((b for b in marks if b <= start), default=0)
    snapped_end = min((b for b in marks if b >= end), default=len(text))
    return snapped_start, snapped_end
