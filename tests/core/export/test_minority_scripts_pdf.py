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

from casebook.core.analysis import add_tag
from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest
from casebook.core.export.record_print import print_testimony
from casebook.core.models import Case, Incident
from casebook.core.records import cases, persons, testimonies
from casebook.core.records.testimonies import ConsentTerms
from casebook.core.store.casebook import Casebook

from ..text.udhr_samples import UDHR
from .conftest import CaseFixture

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
    named = {"shn": "Shan (shn)", "rhg-Rohg": "Rohingya in Hanifi script (rhg-Rohg)"}
    assert f"language: {named[language]};" in flat
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


def test_a_complaint_files_shan_and_hanifi_rohingya_statements_as_recorded(
    case_fixture: CaseFixture, tmp_path: Path
):
    """The filing itself (not only a print): both statements, linked to an incident of the
    charge and tagged, come back from the complaint's text layer."""
    from sqlalchemy import select

    with case_fixture.book.session() as session:
        case = session.scalars(select(Case)).one()
        incident = session.scalars(
            select(Incident).where(Incident.title == "Forced departure towards the border")
        ).one()
        consent = ConsentTerms(legal_proceedings=True, jurisdictions=["DE", "ICC"])
        for language in ("shn", "rhg-Rohg"):
            witness = persons.add_person(session, case, ["witness"])
            statement = testimonies.add_testimony(
                session, case, [UDHR[language]], witness=witness, language=language,
                consent=consent,
            )  # fmt: skip
            incident.testimonies.append(statement)
            session.flush()
            add_tag(session, case, "7(1)(d)/1", "corroborating", reliability="B",
                    credibility="2", segment_id=statement.segments[0].id)  # fmt: skip
        session.commit()
    request = ExportRequest(case_fixture.reference, "all", "gba", "en", "filing")
    complaint = export_bundle(case_fixture.book, request, tmp_path / "out").folder
    pdf = complaint / "complaint.pdf"
    assert {"NotoSansMyanmar-Regular", "NotoSansHanifiRohingya-Regular"} <= _embedded(pdf)
    flat = _text(pdf)
    for language in ("shn", "rhg-Rohg"):
        assert " ".join(UDHR[language].split()) in flat, language
