"""Shaping with ReportLab 5.1 and uharfbuzz, and a text layer that keeps the letters.

Four adjustments to ReportLab's shaping, installed when this module is imported:

* a "word" whose parts come from different fonts (a Lao word and a full stop from the
  base font) is shaped part by part, each with its own font;
* Latin ligatures are off in the base font, so a SHA-256 copied from the PDF is the
  SHA-256, and shaped words are cached across layout passes;
* glyphs that shaping substituted (a Lao tone mark placed above a vowel, a Burmese stacked
  consonant) are mapped back to their letters in the embedded fonts' ToUnicode maps;
* each shaped run is drawn inside marked content whose /ActualText is the run's letters in
  logical order, so a text extractor gives back what was written, not the glyphs in visual
  order (a Burmese vowel sign before its consonant, Arabic presentation forms).
"""

from __future__ import annotations

import bisect
import re
import unicodedata

import reportlab.pdfbase.ttfonts as rl_ttfonts
import reportlab.platypus.paragraph as rl_paragraph
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, makeShapedFragWord
from reportlab.pdfbase.ttfonts import shapeFragWord as _rl_shape_frag_word
from reportlab.pdfgen.textobject import PDFTextObject


def without_ligatures(*font_names: str) -> None:
    """Shape these fonts without ligatures (and skip shaping plain precomposed text)."""
    _NO_LIGATURES.update(font_names)


def _shape_per_font(word, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Shape each same-font part of a ReportLab "frag word" with its own font.

    ReportLab 5.1 shapes a word with the font of its first fragment only, so a Lao word
    followed by a full stop from the base font (the Lao font has none) printed a wrong
    glyph; words here often mix fonts, because script fonts lack ASCII punctuation. It also
    loses ``onDraw`` markers (table of contents) of shaped words; these are kept as they are.
    """
    groups: list[list[tuple[object, str]]] = []
    for frag, text in word[1:]:
        special = hasattr(frag, "cbDefn")
        if (
            groups
            and not special
            and not hasattr(groups[-1][-1][0], "cbDefn")
            and groups[-1][-1][0].fontName == frag.fontName  # type: ignore[attr-defined]
        ):
            groups[-1].append((frag, text))
        else:
            groups.append([(frag, text)])
    if len(groups) == 1 and not hasattr(groups[0][0][0], "cbDefn"):
        return _shape_group(word, groups[0][0][0], *args, **kwargs)
    shaped = word.__class__([0])
    total = 0.0
    for group in groups:
        if hasattr(group[0][0], "cbDefn") or any(isinstance(t, ShapedStr) for _f, t in group):
            # A marker, or text shaped in an earlier layout pass: keep it as it is.
            total += sum(_width(frag, text) for frag, text in group)
            shaped.extend(group)
            continue
        width = sum(_width(frag, text) for frag, text in group)
        part = _shape_group(word.__class__([width, *group]), group[0][0], *args, **kwargs)
        total += part[0]
        shaped.extend(part[1:])
    shaped[0] = total
    return shaped


# Latin ligatures ("fi", "ff") would turn hashes and words into ligature characters in the
# text layer (a SHA-256 copied from the PDF must be the SHA-256); script fonts keep theirs.
_PLAIN_FEATURES = {"kern": True, "liga": False, "dlig": False, "clig": False}
_NO_LIGATURES: set[str] = set()


def _shape_group(word, frag, *args, **kwargs):  # type: ignore[no-untyped-def]
    if any(isinstance(t, ShapedStr) for _f, t in word[1:]):
        return word  # shaped in an earlier layout pass
    name = frag.fontName
    if name in _NO_LIGATURES:
        text = "".join(t for _f, t in word[1:])
        if not any(unicodedata.combining(c) for c in text):
            # Precomposed Latin, Greek, Cyrillic: nothing to shape, only kerning to lose.
            return word
        if not args and "features" not in kwargs:
            kwargs["features"] = _PLAIN_FEATURES
    if len(word) == 2 and not args and not kwargs:
        key = (name, frag.fontSize, word[1][1])
        cached = _SHAPED.get(key)
        if cached is None:
            shaped = _rl_shape_frag_word(word)
            _learn_private_glyphs(name, word[1][1], shaped)
            _remember_source(word, shaped)
            cached = (shaped[0], shaped[1][1]) if shaped is not word and len(shaped) == 2 else ()
            if len(_SHAPED) > 50_000:
                _SHAPED.clear()
            _SHAPED[key] = cached
        if not cached:
            return _rl_shape_frag_word(word)
        return makeShapedFragWord(word)([cached[0], (word[1][0], cached[1])])
    shaped = _rl_shape_frag_word(word, *args, **kwargs)
    _learn_private_glyphs(name, "".join(t for _f, t in word[1:]), shaped)
    _remember_source(word, shaped)
    return shaped


# -- the text layer of shaped glyphs ------------------------------------------------------
#
# Shaping substitutes glyphs that have no character of their own (a Lao tone mark moved
# above a vowel, a Burmese stacked consonant). ReportLab gives each such glyph a private-use
# code, so the PDF's text layer loses those letters and a search or copy of the statement
# fails. Here each private code is mapped back to the characters it was shaped from, and
# the ToUnicode map of the embedded font carries that text.

_PRIVATE_TEXT: dict[tuple[str, int], str] = {}  # (embedded font name, private code) -> text


def _is_private(char: str) -> bool:
    return 0xE000 <= ord(char) <= 0xF8FF


def _learn_private_glyphs(font_name: str, text: str, shaped: object) -> None:
    items = [(f, t) for f, t in shaped[1:] if isinstance(t, ShapedStr)]  # type: ignore[index]
    glyphs = [(c, d.cluster) for _f, t in items for c, d in zip(t, t.__shapeData__, strict=False)]
    if not any(_is_private(c) for c, _cluster in glyphs):
        return
    face = pdfmetrics.getFont(font_name).face
    key_name = (face.name + face.subfontNameX).decode("latin-1")
    starts = sorted({k for _c, k in glyphs if 0 <= k < len(text)})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    clusters: dict[int, list[str]] = {}
    for char, cluster in glyphs:
        clusters.setdefault(cluster, []).append(char)
    for cluster, chars in clusters.items():
        if cluster not in ends:
            continue
        remaining = list(text[cluster : ends[cluster]])
        for char in chars:
            if not _is_private(char) and char in remaining:
                remaining.remove(char)
        private = [c for c in chars if _is_private(c)]
        rest = "".join(remaining)
        for k, char in enumerate(private):
            piece, rest = (rest, "") if k == len(private) - 1 else (rest[:1], rest[1:])
            if piece:
                _PRIVATE_TEXT.setdefault((key_name, ord(char)), piece)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with private glyph codes mapped to their source text."""
    key_name = fontname.split("+", 1)[-1]
    entries = []
    for code, value in enumerate(subset):
        text = _PRIVATE_TEXT.get((key_name, value))
        target = text.encode("utf-16-be").hex().upper() if text else f"{value:04X}"
        entries.append(f"<{code:02X}> <{target}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


rl_ttfonts.makeToUnicodeCMap = _to_unicode_cmap


# Shaping is pure: the same text in the same font and size always shapes the same, and the
# layout passes (contents, tables measured then drawn) shape each word several times.
_SHAPED: dict[tuple[str, float, str], tuple[float, str] | tuple[()]] = {}


def _width(frag: object, text: str) -> float:
    if hasattr(frag, "cbDefn"):
        return float(getattr(frag, "width", 0) or 0)
    size = frag.fontSize  # type: ignore[attr-defined]
    if isinstance(text, ShapedStr):
        return sum(d.x_advance for d in text.__shapeData__) * size / 1000
    return pdfmetrics.stringWidth(text, frag.fontName, size)  # type: ignore[attr-defined]


rl_paragraph.shapeFragWord = _shape_per_font  # type: ignore[attr-defined]


# -- the letters of shaped runs, as /ActualText -----------------------------------------
#
# A shaped run's glyphs are in visual order and some stand for several letters, so even a
# complete ToUnicode map gives the letters back out of order ("ေက" for "ကေ"). Each glyph's
# ShapeData keeps the text it was shaped from; when a run (or a slice of one: bidi reorders
# a line's words as slices) is drawn, the letters of its clusters, in logical order, become
# the /ActualText of a marked-content span around its glyphs. BDC and EMC are written inside
# the text object, around the run's own operators, so they nest and never cross BT/ET.


class _Source:
    """The text a word was shaped from, and where each of its clusters starts."""

    __slots__ = ("starts", "text")

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts


def _remember_source(word, shaped) -> None:  # type: ignore[no-untyped-def]
    if shaped is word:
        return
    text = "".join(t for f, t in word[1:] if not hasattr(f, "cbDefn"))
    data = [d for _f, t in shaped[1:] if isinstance(t, ShapedStr) for d in t.__shapeData__]
    if not data or any(getattr(d, "source", None) is not None for d in data):
        return  # nothing shaped, or already known (a cached word)
    source = _Source(text, sorted({d.cluster for d in data if 0 <= d.cluster < len(text)}))
    for d in data:
        d.source = source


def _cluster_text(source: _Source, clusters: list[int]) -> str:
    """The letters of these clusters of ``source``: from the first to the end of the last."""
    first, last = min(clusters), max(clusters)
    index = bisect.bisect_right(source.starts, last)
    end = source.starts[index] if index < len(source.starts) else len(source.text)
    return source.text[first:end]


def logical_text(text: str) -> str | None:
    """The letters a drawn string of glyphs stands for, in logical order (None: not shaped).

    Glyphs shaped from the same word form one part, whose letters are those of its clusters;
    anything else (a space joined to the line) stands for itself.
    """
    data = getattr(text, "__shapeData__", None)
    if not data or len(data) != len(text):
        return None
    parts: list[str] = []
    group: list[int] = []
    current: _Source | None = None
    for char, d in zip(text, data, strict=True):
        source = getattr(d, "source", None)
        if source is not current and group:
            parts.append(_cluster_text(current, group))  # type: ignore[arg-type]
            group = []
        current = source
        if source is None:
            parts.append(char)
        else:
            group.append(d.cluster)
    if group:
        parts.append(_cluster_text(current, group))  # type: ignore[arg-type]
    if not any(getattr(d, "source", None) is not None for d in data):
        return None
    return unicodedata.normalize("NFC", "".join(parts))


def _is_rtl_letter(char: str) -> bool:
    # Poppler's type table stops at U+FFFF: it reads letters beyond it (Hanifi Rohingya,
    # Adlam) as left to right and leaves them in stored order, so they are not turned.
    return ord(char) <= 0xFFFF and unicodedata.bidirectional(char) in {"R", "AL"}


def extraction_order(text: str) -> str:
    """``text`` (logical order) as the /ActualText that poppler turns back into ``text``.

    Poppler (``pdftotext``, Evince) takes the characters of a line as stored in visual
    order: from each right-to-left letter up to the next left-to-right letter or digit, it
    turns the characters around. Given in logical order, an Arabic word came out backwards
    ("ءاج" for "جاء"). So each right-to-left section (from such a letter to the last
    right-to-left letter before a left-to-right letter or digit, brackets and spaces
    between included) is stored turned around here; what follows stays in place. Neutrals
    between a right-to-left letter and a following digit or Latin letter still come out
    before the section (a limit of poppler's reordering: "في 12" reads "في12 ").
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if not _is_rtl_letter(text[i]):
            out.append(text[i])
            i += 1
            continue
        j = last = i
        while j < n and unicodedata.bidirectional(text[j]) not in {"L", "EN", "AN"}:
            if _is_rtl_letter(text[j]) or unicodedata.combining(text[j]):
                last = j
            j += 1
        out.append(text[i : last + 1][::-1])
        i = last + 1
    return "".join(out)


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")


def _marked_content(actual: str, lang: str | None = None) -> str:
    hex_text = extraction_order(actual).encode("utf-16-be").hex().upper()
    # A language tag (BCP 47: letters, digits, hyphens) is written as it is; anything else
    # stored as a language is left out rather than escaped into the content stream.
    said = f" /Lang ({lang})" if lang and _LANGUAGE_TAG.fullmatch(lang) else ""
    return f"/Span <</ActualText <FEFF{hex_text}>{said}>> BDC"


def _span_lang(text_object: PDFTextObject, actual: str) -> str | None:
    """The language of a run drawn inside a quotation whose language is known (set by
    ``tagging`` for the paragraph being drawn): only a run that is part of the quoted
    words gets it, never one that also holds words around the quotation."""
    quote = getattr(getattr(text_object, "_canvas", None), "_casebook_span_lang", None)
    if not quote:
        return None
    lang, quoted = quote
    return lang if actual.strip() and actual in unicodedata.normalize("NFC", quoted) else None


class _LineText(str):
    """A plain (unshaped) piece of a reordered line, carrying the line's marks."""


def mark_line(first: str, last: str, logical: str) -> tuple[str, str]:
    """The first and last pieces a reordered line draws, marked to open and close one span
    whose /ActualText is the whole line's ``logical`` text (its letters, in logical order).

    Used by ``bidi.BidiParagraph``: a right-to-left line is drawn word by word in visual
    order, so only the whole line's text gives words and neutrals (a final full stop) back
    in their places. Runs drawn inside the line's span get no span of their own.
    """

    def tagged(piece: str) -> str:
        if isinstance(piece, ShapedStr):
            return ShapedStr(str(piece), piece.__shapeData__)
        return _LineText(piece)

    first_marked = tagged(first)
    last_marked = first_marked if last is first else tagged(last)
    first_marked.line_text = logical  # type: ignore[attr-defined]
    last_marked.line_end = True  # type: ignore[attr-defined]
    return first_marked, last_marked


_rl_format_text = PDFTextObject._formatText

# Off only in tests that measure where glyphs are drawn through pdftotext's word boxes,
# which /ActualText replaces by the letters.
ACTUAL_TEXT = True


def _format_text(self, text):  # type: ignore[no-untyped-def]
    """ReportLab's operators for ``text``, in a /Span carrying its letters if it is shaped
    (or opening or closing the span of a whole reordered line)."""
    code = _rl_format_text(self, text)
    if not ACTUAL_TEXT:
        return code
    line_text = getattr(text, "line_text", None)
    if line_text is not None:
        self._casebook_in_line = True
        code = f"{_marked_content(line_text, _span_lang(self, line_text))} {code}"
    elif not getattr(self, "_casebook_in_line", False) and isinstance(text, ShapedStr) and code:
        actual = logical_text(text)
        if actual:
            code = f"{_marked_content(actual, _span_lang(self, actual))} {code} EMC"
    if getattr(text, "line_end", False):
        self._casebook_in_line = False
        code = f"{code} EMC"
    return code


PDFTextObject._formatText = _format_text  # type: ignore[method-assign]
