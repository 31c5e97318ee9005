"""A statement in Shan and one in Hanifi Rohingya print with the shipped fonts and read back.

The print embeds Noto Sans Myanmar and Noto Sans Hanifi Rohingya from resources/fonts, and
``pdftotext`` gives the passages back as recorded (the text layer holds the letters, not
the shaped glyphs; Hanifi Rohingya in logical order although it is drawn right to left).
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest

from casebook.core.export.record_print import print_testimony
from casebook.core.records import cases, persons, testimonies
from casebook.core.records.testimonies import ConsentTerms
from casebook.core.store.casebook import Casebook

from ..text.udhr_samples import UDHR

# pdftotext brackets right-to-left text it outputs with U+202B … U+202C (its own marks).
_POPPLER_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e"))


def _print(book: Casebook, language: str, passages: list[str], target: Path) -> Path:
    with book.session() as session:
        case = cases.add_case(session, "Statements in the languages of the border", "MM-1")
        witness = persons.add_person(session, case, ["witness"])
        statement = testimonies.add_testimony(
            session,
            case,
            passages,
            witness=witness,
            language=language,
            consent=ConsentTerms(legal_proceedings=True, jurisdictions=["DE"]),
        )
        session.flush()
        print_testimony(session, statement.id, target)
    return target


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return " ".join(done.stdout.translate(_POPPLER_MARKS).split())


def _embedded(pdf: Path) -> set[str]:
    rows = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    return {row.split()[0].split("+")[-1] for row in rows.stdout.splitlines()[2:]}


@pytest.mark.parametrize(
    ("language", "font"),
    [("shn", "NotoSansMyanmar-Regular"), ("rhg-Rohg", "NotoSansHanifiRohingya-Regular")],
)
def test_statement_prints_in_its_script_and_reads_back(
    book: Casebook, tmp_path: Path, language: str, font: str
):
    passage = UDHR[language]
    pdf = _print(book, language, [passage], tmp_path / f"{language}.pdf")
    assert font in _embedded(pdf)
    flat = _text(pdf)
    expected = " ".join(unicodedata.normalize("NFC", passage).split())
    assert expected in flat, f"{language} passage not in the text layer"


def test_karen_and_mon_print_in_the_myanmar_font(book: Casebook, tmp_path: Path):
    passages = [UDHR["ksw"], UDHR["pwo"], UDHR["mnw"]]
    pdf = _print(book, "ksw", passages, tmp_path / "karen-mon.pdf")
    assert "NotoSansMyanmar-Regular" in _embedded(pdf)
    flat = _text(pdf)
    missing = [p for p in passages if " ".join(p.split()) not in flat]
    assert not missing, f"not in the text layer: {len(missing)} of {len(passages)}"


def test_hanifi_rohingya_words_are_drawn_right_to_left():
    """Shaped Hanifi Rohingya holds private-use glyph codes, not letters: the line's order
    must come from its letters (the first word rightmost), and numbers stay left to right."""
    from casebook.core.export.bidi import BidiParagraph
    from casebook.core.export.document import Styles
    from casebook.core.export.fonts import FontBook
    from casebook.core.export.shaping import logical_text

    first, second = UDHR["rhg-Rohg"].split()[:2]
    text = f"{first} {second} 𐴱𐴲 (2017)"  # HANIFI ROHINGYA DIGIT ONE, TWO
    para = Styles(FontBook()).para(text)
    assert isinstance(para, BidiParagraph)
    para.wrap(400, 800)
    line = para._visual(para.blPara.lines[0])
    drawn = [logical_text(f.text) or str(f.text) for f in line.words]
    drawn = [piece for piece in drawn if piece.strip()]
    assert drawn == ["(2017)", "𐴱𐴲", second, first]
