"""Fonts for exported PDFs: one embedded, shaped TrueType font per script in the text.

ReportLab draws a run of text in one font, so text is split into runs by script and each
run is wrapped in ``<font name=...>`` markup. Fonts are registered with ``shapable=True``
so uharfbuzz shapes Burmese stacks, Lao and Thai vowels and Arabic joining. A script with
no usable font raises :class:`MissingFontError` naming the script and a font to install,
instead of printing empty boxes in a filing.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

import reportlab.pdfbase.ttfonts as rl_ttfonts
import reportlab.platypus.paragraph as rl_paragraph
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, makeShapedFragWord
from reportlab.pdfbase.ttfonts import shapeFragWord as _rl_shape_frag_word

from ..errors import MissingFontError
from ..scripts import RTL_SCRIPTS, find_font, is_rtl, scripts_in
from ..scripts import require_font as _require_font

# Latin, Greek and Cyrillic share the base font (Noto Sans has all three).
_BASE_SCRIPTS = frozenset({"Latin", "Greek", "Cyrillic"})
_JOINERS = frozenset("\u200c\u200d\u034f\ufe0e\ufe0f")

__all__ = ["BidiParagraph", "FontBook", "MissingFontError", "is_rtl", "make_paragraph"]


@lru_cache(maxsize=65536)
def _script_of(char: str) -> str | None:
    found = scripts_in(char)
    return next(iter(found)) if found else None


def _is_mark(char: str) -> bool:
    return char in _JOINERS or unicodedata.category(char).startswith("M")


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
            cached = (shaped[0], shaped[1][1]) if shaped is not word and len(shaped) == 2 else ()
            if len(_SHAPED) > 50_000:
                _SHAPED.clear()
            _SHAPED[key] = cached
        if not cached:
            return _rl_shape_frag_word(word)
        return makeShapedFragWord(word)([cached[0], (word[1][0], cached[1])])
    shaped = _rl_shape_frag_word(word, *args, **kwargs)
    _learn_private_glyphs(name, "".join(t for _f, t in word[1:]), shaped)
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


class FontBook:
    """Registers the fonts a document needs and marks text up by script.

    Registration with ReportLab is process-wide and idempotent; names are derived from
    the font file, so two documents in one process share the registered fonts.
    """

    def __init__(self) -> None:
        self.base = self._register("Latin", "regular")
        self.base_bold = self._register("Latin", "bold")
        _NO_LIGATURES.update((self.base, self.base_bold))
        self._names: dict[tuple[str, bool], str] = {}
        self._rtl_fonts: set[str] = set()

    def _register(self, script: str, style: str) -> str:
        # ReportLab embeds TrueType outlines only; CFF fonts (Noto Sans CJK) are passed over.
        font = _require_font(script, style, truetype_only=True)
        name = f"cb-{font.path.stem}-{font.subfont_index}"
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(
                TTFont(name, str(font.path), subfontIndex=font.subfont_index, shapable=True)
            )
        return name

    def font_name(self, script: str | None, bold: bool = False) -> str:
        if script is None or script in _BASE_SCRIPTS:
            return self.base_bold if bold else self.base
        key = (script, bold)
        if key not in self._names:
            regular = self._register(script, "regular")
            bold_font = find_font(script, "bold", truetype_only=True) if bold else None
            if bold_font is not None and bold_font.style == "bold":
                self._names[key] = self._register(script, "bold")
            else:
                self._names[key] = regular
            if script in RTL_SCRIPTS:
                self._rtl_fonts.add(self._names[key])
        return self._names[key]

    def require(self, text: str) -> None:
        """Raise :class:`MissingFontError` if any script in ``text`` has no usable font."""
        for script in sorted(scripts_in(text) - _BASE_SCRIPTS):
            self.font_name(script)

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """(font name, text) runs. Marks and spaces stay in the current run; punctuation and
        digits take the base font (script fonts often lack them, or draw them oddly), except
        inside right-to-left runs whose font has them, so a word stays one shaped unit."""
        base = self.base_bold if bold else self.base
        runs: list[tuple[str, str]] = []
        current, buffer = base, []
        for char in text:
            script = _script_of(char)
            if script is not None:
                font = self.font_name(script, bold)
            elif _is_mark(char) or char.isspace():
                font = current
            elif current in self._rtl_fonts and _has_glyph(current, char):
                font = current  # keeps "البيوت." one shaped right-to-left word
            elif _has_glyph(base, char) or not _has_glyph(current, char):
                font = base  # punctuation and digits look alike in every run
            else:
                font = current
            if font != current and buffer:
                runs.append((current, "".join(buffer)))
                buffer = []
            current = font
            buffer.append(char)
        if buffer:
            runs.append((current, "".join(buffer)))
        return runs

    def markup(self, text: str, bold: bool = False) -> str:
        """Paragraph markup for plain ``text``: escaped, with a font per script run."""
        base = self.base_bold if bold else self.base
        parts = []
        for font, run in self.runs(text, bold):
            run_markup = escape(run).replace("\n", "<br/>")
            parts.append(run_markup if font == base else f'<font name="{font}">{run_markup}</font>')
        body = "".join(parts)
        return f'<font name="{base}">{body}</font>' if bold else body


def _has_glyph(font_name: str, char: str) -> bool:
    font = pdfmetrics.getFont(font_name)
    return ord(char) in getattr(getattr(font, "face", None), "charToGlyph", {})


# -- right-to-left text -------------------------------------------------------------------

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
