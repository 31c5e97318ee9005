"""Fonts for exported PDFs: one embedded, shaped TrueType font per script in the text.

ReportLab draws a run of text in one font, so text is split into runs by script and each
run is wrapped in ``<font name=...>`` markup. Fonts are registered with ``shapable=True``
so uharfbuzz shapes Burmese stacks, Lao and Thai vowels and Arabic joining (see
``shaping``). A script with no usable font raises :class:`MissingFontError` naming the
script and a font to install, instead of printing empty boxes in a filing.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

import reportlab.platypus.tables as rl_tables
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..errors import MissingFontError
from ..text.scripts import find_font, is_rtl, script_of, scripts_in
from ..text.scripts import require_font as _require_font
from .bidi import BidiParagraph, make_paragraph
from .shaping import without_ligatures

# Latin, Greek and Cyrillic share the base font (Noto Sans has all three).
_BASE_SCRIPTS = frozenset({"Latin", "Greek", "Cyrillic"})
_JOINERS = frozenset("\u200c\u200d\u034f\ufe0e\ufe0f")

__all__ = ["BidiParagraph", "FontBook", "MissingFontError", "is_rtl", "make_paragraph"]


@lru_cache(maxsize=65536)
def _script_of(char: str) -> str | None:
    return script_of(char)


def _is_mark(char: str) -> bool:
    return char in _JOINERS or unicodedata.category(char).startswith("M")


class FontBook:
    """Registers the fonts a document needs and marks text up by script.

    Registration with ReportLab is process-wide and idempotent; names are derived from
    the font file, so two documents in one process share the registered fonts.
    """

    def __init__(self) -> None:
        self.base = self._register("Latin", "regular")
        self.base_bold = self._register("Latin", "bold")
        without_ligatures(self.base, self.base_bold)
        # A table sets its cells' font even when every cell is a paragraph; ReportLab's
        # default is Helvetica, a font it does not embed (issue 13: only embedded fonts).
        rl_tables.CellStyle.fontname = self.base
        self._names: dict[tuple[str, bool], str] = {}

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
        return self._names[key]

    def require(self, text: str) -> None:
        """Raise :class:`MissingFontError` if any script in ``text`` has no usable font."""
        for script in sorted(scripts_in(text) - _BASE_SCRIPTS):
            self.font_name(script)

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """(font name, text) runs. Marks and spaces stay in the current run; punctuation and
        digits take the base font (script fonts often lack them, or draw them oddly). In
        right-to-left text too: a bracket or full stop is then its own part, which the
        bidi algorithm places and mirrors by its context (``bidi.BidiParagraph``); shaped
        with an Arabic word, HarfBuzz would mirror and place it right to left always."""
        base = self.base_bold if bold else self.base
        runs: list[tuple[str, str]] = []
        current, buffer = base, []
        for char in text:
            script = _script_of(char)
            if script is not None:
                font = self.font_name(script, bold)
            elif _is_mark(char) or char.isspace():
                font = current
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
