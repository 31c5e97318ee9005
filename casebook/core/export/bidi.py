"""Right-to-left text in ReportLab paragraphs, and paragraphs that keep their line breaks.

ReportLab 5.1 shapes each word (HarfBuzz orders the letters of an Arabic word) but,
without its optional ``rlbidi`` package, lays words out in logical order, so an Arabic
sentence read backwards. ``BidiParagraph`` puts the words of each line in visual order
when it is drawn.
"""

from __future__ import annotations

import unicodedata

import reportlab.platypus.paragraph as rl_paragraph

from ..text.scripts import is_rtl

_STRONG_RTL = frozenset({"R", "AL"})


def _direction(token: str) -> str | None:
    """'R' or 'L' for a token with a strong letter, None for digits and punctuation only."""
    for char in token:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            return "R"
        if kind == "L":
            return "L"
    return None


def visual_order(tokens: list[str], rtl_base: bool) -> list[int]:
    """Indices of ``tokens`` (words of one line, logical order) in visual left-to-right order.

    Word-level bidi: each word is already shaped in its own direction by HarfBuzz; what is
    left is the order of the words. Runs of right-to-left words are reversed; in a
    right-to-left paragraph the whole line is reversed with left-to-right runs kept as they
    are. Numbers take the direction of the letters before them; other words without a
    strong letter take the direction of their neighbours when both agree, else the
    paragraph's.
    """
    base = "R" if rtl_base else "L"
    raw = [_direction(t) for t in tokens]
    resolved: list[str] = []
    for i, kind in enumerate(raw):
        if kind is None:
            before = next((k for k in reversed(raw[:i]) if k), base)
            after = next((k for k in raw[i + 1 :] if k), base)
            if any(c.isdigit() for c in tokens[i]):
                kind = before  # numbers follow the letters before them (UAX #9, rule W7)
            else:
                kind = before if before == after else base
        resolved.append(kind)
    # Group consecutive runs of the same direction; then order the runs and their members.
    runs: list[list[int]] = []
    for i, kind in enumerate(resolved):
        if runs and resolved[runs[-1][-1]] == kind:
            runs[-1].append(i)
        else:
            runs.append([i])
    if rtl_base:
        runs.reverse()
        return [i for run in runs for i in (reversed(run) if resolved[run[0]] == "R" else run)]
    return [i for run in runs for i in (reversed(run) if resolved[run[0]] == "R" else run)]


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _STRONG_RTL for c in text)


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


def _split_words(frag_text: str) -> list[str]:
    out, start = [], 0
    for i, char in enumerate(frag_text):
        if char == " ":
            if i > start:
                out.append(frag_text[start:i])
            start = i + 1
    if start < len(frag_text):
        out.append(frag_text[start:])
    return out


class BidiParagraph(Paragraph):
    """A paragraph whose right-to-left words are put in visual order when drawn.

    ReportLab 5.1 shapes each word (HarfBuzz orders the letters of an Arabic word) but,
    without its optional ``rlbidi`` package, lays the words out in logical order, so an
    Arabic sentence read backwards. Layout and page splitting stay in logical order; only
    drawing reorders each line, so a split paragraph is never reordered twice.
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
        # Words of the line, each a list of (frag, piece): a word spans several frags when
        # its letters and punctuation come from different fonts ("ຫຼັງ" + ".").
        groups: list[list[tuple[object, str]]] = [[]]
        for frag in words:
            text = frag.text
            pieces = _split_words(text)
            for k, piece in enumerate(pieces):
                if k > 0 or (text[:1] == " " and groups[-1]):
                    groups.append([])
                groups[-1].append((frag, piece))
            if text.endswith(" ") and groups[-1]:
                groups.append([])
        groups = [g for g in groups if g]
        texts = ["".join(p for _f, p in g) for g in groups]
        if not any(_direction(t) == "R" for t in texts):
            return line
        order = visual_order(texts, self.rtl_base)
        new_words = []
        for position, index in enumerate(order):
            group = groups[index]
            if _direction(texts[index]) == "R":
                group = list(reversed(group))
            for k, (frag, piece) in enumerate(group):
                clone = frag.clone()
                last = k == len(group) - 1 and position < len(order) - 1
                clone.text = piece + " " if last else piece
                new_words.append(clone)
        copy = line.__class__(**line.__dict__)
        copy.words = new_words
        return copy
