"""Burmese interface text wrapped by Qt: where its lines start (issue 14, known limitation).

Qt 6 gives Myanmar text its own line-break tailoring (qunicodetools.cpp, ``myanmarAttributes``,
a pre-Unicode-5.1 syllable table from the old HarfBuzz): every shaping cluster start is a break
opportunity, including the final consonant of a syllable ("လျော|က်") and the section mark ။.
It is applied after the UAX #14 rules, so neither ZERO WIDTH SPACE (more opportunities: Qt
already has one at every syllable start) nor WORD JOINER (no break) changes where lines end:
with ZWSP at every syllable start the line starts of the whole Burmese catalogue were identical.
QLabel and the editors have no hook into the break opportunities; a widget that lays its text
out itself can cut lines at syllables with ``QTextLine.setNumColumns``.

This test fails the day Qt stops breaking inside syllables, so the note above gets revisited.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from casebook.core.resource_paths import resource_path
from casebook.gui.shared import translation

SECTION_MARKS = "\u104a\u104b"  # ၊ ။ end a line, never start one


def _burmese_texts(min_length: int) -> list[str]:
    root = ET.parse(translation.catalogue_path("my")).getroot()
    texts = (m.findtext("translation") or "" for m in root.iter("message"))
    return [t for t in texts if len(t) >= min_length and "<" not in t]


def _inside_syllable(text: str, i: int) -> bool:
    """Whether a line starting at ``text[i]`` cuts a Burmese syllable (or starts with ။).

    Inside a syllable (Ye Kyaw Thu's sylbreak rule, github.com/ye-kyaw-thu/sylbreak): a
    combining sign, a consonant stacked after VIRAMA U+1039, or a consonant followed by ASAT
    U+103A (possibly after DOT BELOW U+1037: a final, "က်").
    """
    char = text[i]
    if char in SECTION_MARKS:
        return True
    if not "\u1000" <= char <= "\u109f":
        return False
    if unicodedata.category(char) in ("Mn", "Mc"):
        return True
    final = re.match("\u1037?[\u103a\u1039]", text[i + 1 : i + 3]) is not None
    stacked = i > 0 and text[i - 1] == "\u1039"
    return "\u1000" <= char <= "\u1021" and (final or stacked)


def _line_starts(text: str, width: float, font: QFont) -> list[int]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts[1:]


@pytest.mark.xfail(
    strict=True,
    reason="Qt's Myanmar tailoring allows a break at every shaping cluster (module docstring)",
)
def test_wrapped_burmese_labels_start_every_line_at_a_syllable(qapp: QApplication) -> None:
    QFontDatabase.addApplicationFont(str(resource_path("fonts") / "NotoSansMyanmar-Regular.ttf"))
    font = QFont("Noto Sans Myanmar", 12)
    texts = _burmese_texts(60)
    assert len(texts) > 50
    cut = [
        f"{text[:start]}|{text[start:]}"
        for text in texts
        for width in (300, 400, 500)  # a label in a dialog at 1024×600
        for start in _line_starts(text, width, font)
        if _inside_syllable(text, start)
    ]
    assert not cut, f"{len(cut)} lines start inside a syllable, e.g. {cut[:3]}"
