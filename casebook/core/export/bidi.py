"""Right-to-left text in ReportLab paragraphs, and paragraphs that keep their line breaks.

The one module that owns bidi. Levels come from python-bidi (the Rust ``unicode-bidi``
crate: the whole Unicode Bidirectional Algorithm, bracket pairs included); nothing here
resolves directions by hand.

Order of work, as ReportLab 5.1 does it here: markup splits text into runs by font
(``fonts.FontBook.runs``); ReportLab breaks lines in logical order and shapes each
same-font part of a word with uharfbuzz, whose guessed direction puts the letters of an
Arabic or Hebrew run in visual order and mirrors brackets inside it. ``BidiParagraph``
then, when a line is drawn, gives each shaped part its UBA level and reorders the parts
(rule L2); a neutral part drawn right to left that HarfBuzz did not shape so (a "(" in the
base font before an Arabic word) is reversed and mirrored here (rule L4).
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

import reportlab.platypus.paragraph as rl_paragraph
from bidi import get_display
from bidi.mirror import MIRRORED

from ..text.scripts import is_rtl
from .shaping import logical_text, mark_line

_STRONG_RTL = frozenset({"R", "AL"})
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def embedding_levels(text: str, rtl_base: bool) -> list[int]:
    """The resolved UBA level of each character of ``text`` (one paragraph, one line).

    python-bidi 0.6 returns levels only in its debug form (one per UTF-8 byte); the level
    of a character is that of its first byte. A form that cannot be read raises, so a
    changed python-bidi fails the tests instead of printing a filing backwards.
    """
    if not text:
        return []
    debug = get_display(text, base_dir="R" if rtl_base else "L", debug=True)
    start = debug.find("levels:")
    end = debug.find("paragraphs:", start)
    byte_levels = [int(m) for m in _LEVEL.findall(debug[start:end])] if start >= 0 else []
    levels, offset = [], 0
    for char in text:
        if offset >= len(byte_levels):
            break
        levels.append(byte_levels[offset])
        offset += len(char.encode("utf-8"))
    if len(byte_levels) != offset or len(levels) != len(text):
        raise RuntimeError("python-bidi gave levels in a form this version cannot read")
    return levels


def reorder(levels: list[int]) -> list[int]:
    """Indices in visual (left-to-right) order for items with these levels (UAX #9, L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(level for level in levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def visual_order(tokens: list[str], rtl_base: bool) -> list[int]:
    """Indices of ``tokens`` (the words of one line, logical order) in visual order."""
    text = " ".join(tokens)
    levels = embedding_levels(text, rtl_base)
    token_levels, offset = [], 0
    for token in tokens:
        own = levels[offset : offset + len(token)]
        token_levels.append(min(own) if own else (1 if rtl_base else 0))
        offset += len(token) + 1
    return reorder(token_levels)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _STRONG_RTL for c in text)


def _has_strong_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _STRONG_RTL for c in text)


def _has_strong_ltr(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "L" for c in text)


class Paragraph(rl_paragraph.Paragraph):
    """A Paragraph that remembers its line breaks for the width it was last wrapped to.

    Tables wrap each cell to measure it and again to draw it, and the contents pages make
    the whole document be laid out two or three times; breaking (and shaping) the same
    text at the same width again gives the same lines, so it is done once.
    """

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if getattr(self, "_wrapped_at", None) == avail_width and hasattr(self, "blPara"):
            return self.width, self.height
        result = super().wrap(avail_width, avail_height)
        if avail_width >= 1e-8:
            self._wrapped_at = avail_width
        return result


def make_paragraph(markup: str, style: object, text: str) -> rl_paragraph.Paragraph:
    """A Paragraph, or a BidiParagraph when the plain ``text`` has right-to-left letters."""
    if has_rtl(text):
        return BidiParagraph(markup, style, rtl_base=is_rtl(text))
    return Paragraph(markup, style)


def _pieces(frag_text: str) -> list[str]:
    """Words and single spaces of a fragment's text, in logical order.

    Sliced, not split: a slice of ReportLab's ``ShapedStr`` keeps its glyph positions.
    """
    bounds = [0, *(i for i, c in enumerate(frag_text) if c == " " for i in (i, i + 1))]
    bounds.append(len(frag_text))
    return [frag_text[a:b] for a, b in pairwise(bounds) if b > a]


def _proxy(piece: str) -> str:
    """A stand-in with the piece's bidi classes, of the same length.

    A shaped piece holds glyph characters (presentation forms, private-use codes), not its
    letters; what the UBA needs of it is whether it is strong right-to-left, strong
    left-to-right, or neutrals and digits (which shaping leaves as they were).
    """
    letters = _letters(piece)
    if _has_strong_rtl(letters):
        return "\u05d0" * len(piece)
    if _has_strong_ltr(letters):
        return "a" * len(piece)
    return str(piece)


def _letters(piece: str) -> str:
    """What a piece stands for: a shaped piece of a script without presentation forms
    (Hanifi Rohingya) holds private-use glyph codes, which read as left to right."""
    return logical_text(piece) or str(piece)


_DIGITS = frozenset({"EN", "AN"})


def _numbers_left_to_right(piece: str) -> str:
    """A part HarfBuzz shaped right to left, with each number turned back left to right.

    HarfBuzz does no bidi: it lays a whole Arabic-script part right to left, digits too,
    so "١٢" would print as "٢١". Numbers are left to right at any level (rules W2, I1-I2).
    """
    if not any(unicodedata.bidirectional(c) in {"R", "AL", "AN"} for c in piece):
        return piece  # not shaped right to left
    out, start = piece[:0], 0
    for match in re.finditer(r"\d+", piece):  # \d: every Nd digit, Arabic-Indic included
        if not all(unicodedata.bidirectional(c) in _DIGITS for c in match.group()):
            continue
        out = out + piece[start : match.start()] + piece[match.start() : match.end()][::-1]
        start = match.end()
    return out + piece[start:] if start else piece


def _mirror(piece: str) -> str:
    """A part without strong letters drawn right to left: in visual order, brackets
    mirrored (rules L2, L4). python-bidi 0.6's Rust ``get_display`` does not mirror; its
    ``bidi.mirror`` table (Unicode BidiMirroring) does."""
    return "".join(MIRRORED.get(c, c) for c in get_display(piece, base_dir="R"))


class BidiParagraph(Paragraph):
    """A paragraph whose lines are drawn in the visual order of the Unicode algorithm.

    Layout and page splitting stay in logical order; only drawing reorders each line, so a
    split paragraph is never reordered twice.
    """

    def __init__(self, text: str, style: object, rtl_base: bool = False, **kwargs: object) -> None:
        super().__init__(text, style, **kwargs)
        self.rtl_base = rtl_base

    def draw(self) -> None:
        bl = getattr(self, "blPara", None)
        if bl is None or getattr(bl, "kind", 0) != 1:
            return super().draw()
        original = bl.lines
        bl.lines = [self._visual(line) for line in original]
        try:
            super().draw()
        finally:
            bl.lines = original

    def _visual(self, line: object) -> object:
        words = getattr(line, "words", None)
        if not words or any(
            getattr(f, "cbDefn", None) is not None or not hasattr(f, "text") for f in words
        ):
            return line
        # (frag, piece): each same-font word part and each space, in logical order.
        parts = [(frag, piece) for frag in words for piece in _pieces(frag.text)]
        if not any(_has_strong_rtl(_letters(p)) for _f, p in parts):
            return line
        levels = embedding_levels("".join(_proxy(p) for _f, p in parts), self.rtl_base)
        part_levels, offset = [], 0
        for _frag, piece in parts:
            part_levels.append(min(levels[offset : offset + len(piece)]))
            offset += len(piece)
        new_words = []
        for index in reorder(part_levels):
            frag, piece = parts[index]
            if part_levels[index] % 2 and not _has_strong_rtl(piece) and type(piece) is str:
                piece = _mirror(piece)  # HarfBuzz shaped it left to right, or not at all
            elif type(piece) is not str:
                piece = _numbers_left_to_right(piece)
            clone = frag.clone()
            clone.text = piece
            new_words.append(clone)
        # The line's letters in logical order: the /ActualText of its one marked span.
        logical = "".join(logical_text(piece) or str(piece) for _f, piece in parts)
        if new_words:
            first, last = mark_line(new_words[0].text, new_words[-1].text, logical)
            new_words[0].text = first
            new_words[-1].text = last
        copy = line.__class__(**line.__dict__)
        copy.words = new_words
        return copy
