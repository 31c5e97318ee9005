"""Bidi by the Unicode algorithm (python-bidi): visual order, mirrored brackets, neutrals."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from casebook.core.export.bidi import embedding_levels, reorder


def _rtl(word: str) -> str:
    """How a right-to-left word reads left to right on the page: reversed, mirrored."""
    pairs = {"(": ")", ")": "(", "[": "]", "]": "["}
    return "".join(pairs.get(c, c) for c in reversed(word))


def test_levels_resolve_brackets_and_numbers_by_context():
    # Arabic paragraph: the bracket pair takes the direction of the Arabic inside (N0),
    # the digits are a left-to-right number (level 2), the final full stop is Arabic's.
    text = "قال (الشاهد) 12."
    levels = embedding_levels(text, rtl_base=True)
    assert levels[text.index("(")] == levels[text.index(")")] == 1
    assert levels[text.index("1")] == levels[text.index("2")] == 2
    assert levels[-1] == 1
    # English paragraph: brackets around an Arabic word stay left to right.
    text = "He said (الشاهد)."
    levels = embedding_levels(text, rtl_base=False)
    assert levels[text.index("(")] == levels[text.index(")")] == levels[-1] == 0
    assert levels[text.index("ا")] == 1


def test_reorder_reverses_runs_from_the_highest_level():
    assert reorder([0, 0, 1, 1, 0]) == [0, 1, 3, 2, 4]
    assert reorder([1, 2, 2, 1]) == [3, 1, 2, 0]
    assert reorder([]) == []


LINES = [
    "قال (الشاهد) إن الجنود جاؤوا في 12 آب 2017.",
    "The witness (الشاهد) said: جاء الجنود [W-001].",
    "אמר [בערב] שהחיילים באו ב-12 באוגוסט.",
    "Hebrew in English: [בערב] and (الشاهد), page 12.",
    "جاؤوا في ١٢ آب ٢٠١٧، وقالوا.",  # Arabic-Indic digits: numbers read left to right
]
# Each line's words as pdftotext reads them left to right on the page.
VISUAL = [
    [".2017", _rtl("آب"), "12", _rtl("في"), _rtl("جاؤوا"), _rtl("الجنود"), _rtl("إن"),
     _rtl("(الشاهد)"), _rtl("قال")],
    ["The", "witness", "(" + "الشاهد"[::-1] + ")", "said:", _rtl("الجنود"), _rtl("جاء"),
     "[W-001]."],
    [_rtl("באוגוסט."), "12-" + "ב", _rtl("באו"), _rtl("שהחיילים"), _rtl("[בערב]"), _rtl("אמר")],
    ["Hebrew", "in", "English:", "[" + "בערב"[::-1] + "]", "and",
     "(" + "الشاهد"[::-1] + "),", "page", "12."],
    [_rtl("وقالوا."), "،٢٠١٧", _rtl("آب"), "١٢", _rtl("في"), _rtl("جاؤوا")],
]  # fmt: skip


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from reportlab.platypus import SimpleDocTemplate

    from casebook.core.export import shaping
    from casebook.core.export.document import Styles
    from casebook.core.export.fonts import FontBook

    path = tmp_path_factory.mktemp("bidi") / "bidi.pdf"
    styles = Styles(FontBook())
    # Glyph positions are measured: without /ActualText, pdftotext boxes the glyphs.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shaping, "ACTUAL_TEXT", False)
        SimpleDocTemplate(str(path)).build([styles.para(t) for t in LINES])
    return path


def test_mixed_lines_are_drawn_in_visual_order_with_mirrored_brackets(rendered: Path):
    """Measured in the PDF: words of each line sorted by x, as the page shows them."""
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(rendered), "-"], capture_output=True, text=True, check=True
    ).stdout
    rows: dict[float, list[tuple[float, str]]] = {}
    for x, y, word in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</word>', bbox):
        # Shaped Arabic comes out as presentation forms; NFKC gives the letters back.
        word = unicodedata.normalize("NFKC", word).replace("\u05f2", "\u05d9\u05d9")
        rows.setdefault(round(float(y)), []).append((float(x), word))
    lines = [[w for _x, w in sorted(rows[y])] for y in sorted(rows)]
    assert lines == VISUAL


def test_reordered_lines_keep_the_shaped_glyphs():
    """Reordering moves HarfBuzz's output as it is: glyph positions (marks) are kept."""
    from reportlab.pdfbase.ttfonts import ShapedStr

    from casebook.core.export.bidi import BidiParagraph
    from casebook.core.export.document import Styles
    from casebook.core.export.fonts import FontBook

    styles = Styles(FontBook())
    para = styles.para("قالَ الشاهدُ (W-002) إنَّ الجنودَ جاؤوا.")
    assert isinstance(para, BidiParagraph)
    para.wrap(400, 800)
    line = para._visual(para.blPara.lines[0])
    arabic = [f.text for f in line.words if any("\u0600" <= c <= "\ufeff" for c in f.text)]
    assert arabic and all(isinstance(t, ShapedStr) for t in arabic)
