"""The complaint's structure tree: headings, paragraphs, tables, lists, figures with their
descriptions, the language of each statement passage, page marks as artifacts."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pikepdf
import pytest

from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest

from .conftest import ARABIC, BURMESE, LAO, CaseFixture
from .structure_check import elements, kinds, structure_findings


@pytest.fixture
def complaint(case_fixture: CaseFixture, tmp_path: Path) -> Path:
    request = ExportRequest(case_fixture.reference, "all", "gba", "en", "filing")
    return export_bundle(case_fixture.book, request, tmp_path / "out").folder / "complaint.pdf"


def test_every_drawn_thing_is_tagged_or_an_artifact(complaint: Path):
    assert structure_findings(complaint) == []
    info = subprocess.run(["pdfinfo", str(complaint)], capture_output=True, text=True).stdout
    assert "Tagged:          yes" in info
    with pikepdf.open(complaint) as pdf:
        found = kinds(pdf)
        for kind in ("/Document", "/H1", "/H2", "/P", "/Table", "/TR", "/TH", "/TD", "/Link"):
            assert found[kind], kind
        assert found["/Figure"] == 3  # the photo and the two pages of the PDF exhibit
        # One list per statement (Lao, Burmese, Arabic), one item per paragraph.
        assert (found["/L"], found["/LI"], found["/LBody"]) == (3, 9, 9)
        alts = [str(e.Alt) for kind, e in elements(pdf) if kind == "/Figure"]
        assert "Exhibit 1, page 1 of 2" in alts and "Exhibit 1, page 2 of 2" in alts
        assert all(alts), alts
        for number, page in enumerate(pdf.pages, start=1):
            parts = page.Contents
            parts = parts if isinstance(parts, pikepdf.Array) else [parts]
            content = b"".join(part.read_bytes() for part in parts)
            assert b"/Artifact <</Type /Pagination>> BDC" in content, number


def _actual_text(page: pikepdf.Page, mcid: int) -> str:
    """The /ActualText of the shaped runs inside marked content ``mcid`` of ``page``."""
    texts: list[str] = []
    depth = None
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "BDC":
            props = operands[1]
            if (
                depth is None
                and isinstance(props, pikepdf.Dictionary)
                and props.get("/MCID") == mcid
            ):
                depth = 0
                continue
            if depth is not None:
                depth += 1
                if isinstance(props, pikepdf.Dictionary) and "/ActualText" in props:
                    texts.append(str(props.ActualText))
        elif op == "EMC" and depth is not None:
            if depth == 0:
                break
            depth -= 1
    return "".join(texts)


def test_statement_passages_are_tagged_with_their_language(complaint: Path):
    with pikepdf.open(complaint) as pdf:
        langs = [(str(e.Lang), e) for _kind, e in elements(pdf) if "/Lang" in e]
        assert sorted(lang for lang, _e in langs) == ["ar"] * 2 + ["lo"] * 3 + ["my"] * 3
        assert pdf.Root.Lang == "en"  # the document's; the passages say their own
        burmese = [e for lang, e in langs if lang == "my"]
        for element, passage in zip(burmese, BURMESE, strict=True):
            mcid = element.K  # one integer: marked content on the element's /Pg
            text = _actual_text(pikepdf.Page(element.Pg), int(mcid))
            expected = unicodedata.normalize("NFC", passage)
            assert "".join(text.split()) == "".join(expected.split())
    assert len(LAO) == 4 and len(ARABIC) == 2  # one Lao passage is redacted: no language


def test_pattern_charts_are_figures_with_a_description(book, tmp_path: Path):
    from .test_pattern_annex import pattern_case

    pattern_case.build_pattern_case(book)
    request = ExportRequest(pattern_case.REFERENCE, "all", "gba", "en", pattern_annex=True)
    complaint = export_bundle(book, request, tmp_path / "out").folder / "complaint.pdf"
    assert structure_findings(complaint) == []
    with pikepdf.open(complaint) as pdf:
        figures = [e for kind, e in elements(pdf) if kind == "/Figure"]
        alts = [str(e.get("/Alt", "")) for e in figures]
    assert len(alts) == 2, alts  # the month chart and the map of points
    assert alts[0].startswith("Incidents over time. Solid: incidents whose date"), alts
    assert alts[1].startswith("Incidents by administrative area. Incidents plotted"), alts


def test_quoted_passages_in_the_analysis_say_their_language_per_span(complaint: Path):
    """A quotation inside an English paragraph: the runs of the quoted words carry the
    passage's /Lang in their marked content, the citation around them does not."""
    spans: dict[str, list[str]] = {}
    with pikepdf.open(complaint) as pdf:
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                props = operands[1] if str(operator) == "BDC" else None
                if isinstance(props, pikepdf.Dictionary) and "/Lang" in props:
                    spans.setdefault(str(props.Lang), []).append(str(props.ActualText))
    assert set(spans) <= {"lo", "my", "ar"} and spans.get("my"), spans
    passages = {
        "lo": [unicodedata.normalize("NFC", p) for p in LAO],
        "my": [unicodedata.normalize("NFC", p) for p in BURMESE],
        "ar": [unicodedata.normalize("NFC", p) for p in ARABIC],
    }
    for lang, texts in spans.items():
        for text in texts:
            assert any(text.strip("“” ") in passage for passage in passages[lang]), (lang, text)
