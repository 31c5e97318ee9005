"""Templates, addressees and honest dates."""

from __future__ import annotations

import json

import pytest

from casebook.core.errors import CasebookError
from casebook.core.export.dates import describe_date
from casebook.core.export.strings import LANGUAGES, Strings, addressee, addressees
from casebook.core.resource_paths import resource_path


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_text(language: str):
    english = json.loads(resource_path("export", "strings.en.json").read_text("utf-8"))
    other = json.loads(resource_path("export", f"strings.{language}.json").read_text("utf-8"))
    assert set(other) == set(english)
    s = Strings(language)
    assert s("page_x_of_y", page=3, pages=40)


def test_addressees_include_the_gba_and_the_icc():
    gba = addressee("gba")
    assert gba.lines == (
        "Der Generalbundesanwalt beim Bundesgerichtshof",
        "Brauerstraße 30",
        "76135 Karlsruhe",
        "Deutschland",  # a German address block in German
    )
    assert gba.jurisdiction == "DE" and gba.national_law == "DE"
    assert addressees()["icc-otp"].jurisdiction == "ICC"
    with pytest.raises(CasebookError, match="gba"):
        addressee("nowhere")


@pytest.mark.parametrize(
    ("precision", "start", "end", "english", "german"),
    [
        (
            "range",
            "2017-08-25",
            "2017-08-27",
            "between 25 and 27 August 2017",
            "zwischen dem 25. und 27. August 2017",
        ),
        (
            "range",
            "2017-08-30",
            "2017-09-02",
            "between 30 August and 2 September 2017",
            "zwischen dem 30. August und dem 2. September 2017",
        ),
        ("approximate", "2017-08", None, "around August 2017", "etwa August 2017"),
        ("year", "2017", None, "2017 (month unknown)", "2017 (Monat unbekannt)"),
        ("month", "2017-08", None, "August 2017 (day unknown)", "August 2017 (Tag unbekannt)"),
        ("exact", "2017-08-25", None, "25 August 2017", "25. August 2017"),
        ("exact", "2017", None, "2017 (month unknown)", "2017 (Monat unbekannt)"),
        ("unknown", None, None, "date unknown", "Datum unbekannt"),
    ],
)
def test_dates_say_what_is_not_known(precision, start, end, english, german):
    assert describe_date(precision, start, end, Strings("en")) == english
    assert describe_date(precision, start, end, Strings("de")) == german


def test_right_to_left_words_are_put_in_visual_order():
    from casebook.core.export.bidi import visual_order

    words = ["جاء", "الجنود", "إلى", "W-001", "12", "قريتنا."]
    # Arabic paragraph: the first word is drawn rightmost; "W-001 12" stays left to right.
    assert [words[i] for i in visual_order(words, rtl_base=True)] == [
        "قريتنا.",
        "W-001",
        "12",
        "إلى",
        "الجنود",
        "جاء",
    ]
    # English paragraph with an Arabic phrase: only the phrase is reversed.
    words = ["The", "witness", "said", "جاء", "الجنود", "today."]
    assert [words[i] for i in visual_order(words, rtl_base=False)] == [
        "The",
        "witness",
        "said",
        "الجنود",
        "جاء",
        "today.",
    ]


def test_arabic_words_are_drawn_right_to_left(tmp_path, monkeypatch):
    """Measured in the PDF: the first Arabic word lies to the right of the second."""
    import re
    import subprocess

    from reportlab.platypus import SimpleDocTemplate

    from casebook.core.export import shaping
    from casebook.core.export.document import Styles
    from casebook.core.export.fonts import FontBook

    # Glyph positions are measured: without /ActualText, pdftotext boxes the glyphs.
    monkeypatch.setattr(shaping, "ACTUAL_TEXT", False)
    styles = Styles(FontBook())
    SimpleDocTemplate(str(tmp_path / "ar.pdf")).build([styles.para("جاء الجنود.")])
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(tmp_path / "ar.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    xs = {}
    for x, word in re.findall(r'xMin="([\d.]+)"[^>]*>([^<]+)</word>', bbox):
        xs["first" if "\ufe9f" in word else "second"] = float(x)  # ﺟ: initial jeem of جاء
    assert xs["first"] > xs["second"]
