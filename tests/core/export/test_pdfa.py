"""The complaint as PDF/A-2u: claimed in the XMP only when the file satisfies it.

An exhibit PDF that names a font it does not embed gets a metric-compatible font embedded
in the complaint's copy of its pages; an exhibit page with something the complaint cannot
mend (a font with no substitute, a CMYK colour) drops the claim. Its annotations (a
JavaScript link) are not carried into the complaint at all.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.pdfgen.canvas import Canvas

from casebook.core.export import exhibit_fonts
from casebook.core.export.bundle import export_bundle
from casebook.core.export.exhibit_pages import merge_exhibit_pages
from casebook.core.export.fonts import FontBook
from casebook.core.export.pdf_standard import Description, xmp_packet
from casebook.core.export.plan import ExportRequest

from .conftest import CaseFixture
from .pdfa_check import claim, findings, preflight, preflight_available
from .structure_check import structure_findings

FRAME = (50.0, 50.0, 495.0, 700.0)


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _unembedded(path: Path) -> list[str]:
    """Fonts pdffonts lists as not embedded, over every page."""
    rows = [line.split() for line in _run("pdffonts", str(path)).splitlines()[2:] if line]
    return [row[0] for row in rows if row[-5] != "yes"]


@pytest.fixture
def stand_in_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A font folder whose "LiberationSans-Regular.ttf" is another shipped font under that name.

    Isolates the embedding from the shipped Liberation files; the stand-in is not
    metric-compatible with Helvetica (``test_..._keeps_the_metrics`` checks the real one).
    """
    folder = tmp_path / "fonts"
    folder.mkdir()
    source = Path(pdfmetrics.getFont(FontBook().base).face.filename)
    shutil.copy(source, folder / "LiberationSans-Regular.ttf")
    monkeypatch.setattr(exhibit_fonts, "substitute_dirs", lambda: [folder])
    return folder


@pytest.fixture
def no_substitutes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exhibit_fonts, "substitute_dirs", lambda: [tmp_path])


def _export(case_fixture: CaseFixture, tmp_path: Path, language: str = "en") -> Path:
    request = ExportRequest(case_fixture.reference, "all", "gba", language, "filing")
    return export_bundle(case_fixture.book, request, tmp_path / "out").folder / "complaint.pdf"


def test_the_complaint_is_pdfa_2u_with_its_exhibit_fonts_embedded(
    case_fixture: CaseFixture, tmp_path: Path, stand_in_fonts: Path
):
    complaint = _export(case_fixture, tmp_path)
    _run("qpdf", "--check", str(complaint))
    # The fixture's exhibit PDF draws in Helvetica without embedding it.
    assert _unembedded(complaint) == []
    with pikepdf.open(complaint) as pdf:
        assert claim(pdf) == ("2", "U")
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFA1"
    assert findings(complaint) == []


def test_by_default_the_shipped_substitutes_keep_the_claim(
    case_fixture: CaseFixture, tmp_path: Path
) -> None:
    """No stand-in: the Liberation fonts shipped in resources/fonts serve the exhibit's
    Helvetica, so a default export on any computer is PDF/A-2u with every font embedded."""
    complaint = _export(case_fixture, tmp_path)
    assert _unembedded(complaint) == []
    with pikepdf.open(complaint) as pdf:
        assert claim(pdf) == ("2", "U")
        fonts = [str(f.BaseFont) for p in pdf.pages for f in _fonts_of(p.Resources)]
    assert any("LiberationSans" in name for name in fonts)
    assert findings(complaint) == []


def test_without_a_substitute_font_the_claim_is_dropped(
    case_fixture: CaseFixture, tmp_path: Path, no_substitutes: None
):
    complaint = _export(case_fixture, tmp_path)
    _run("qpdf", "--check", str(complaint))
    assert _unembedded(complaint) == ["Helvetica"]
    with pikepdf.open(complaint) as pdf:
        assert claim(pdf) is None
        meta = pdf.open_metadata()
        assert meta["dc:identifier"] == case_fixture.reference  # the rest stays
    assert any("Helvetica is not embedded" in f for f in findings(complaint))


@pytest.mark.skipif(not preflight_available(), reason="Debian's libpdfbox2-java not installed")
def test_pdfbox_preflight_finds_nothing_but_pdfa1_rules(
    case_fixture: CaseFixture, tmp_path: Path, stand_in_fonts: Path
):
    complaint = _export(case_fixture, tmp_path, "de")
    assert preflight(complaint) == []


@pytest.mark.skipif(not preflight_available(), reason="Debian's libpdfbox2-java not installed")
def test_pdfbox_preflight_reports_an_unembedded_exhibit_font(
    case_fixture: CaseFixture, tmp_path: Path, no_substitutes: None
):
    found = preflight(_export(case_fixture, tmp_path))
    assert any("Helvetica" in line and "FontFile" in line for line in found), found


# -- merging one exhibit onto a small complaint ------------------------------------------


def _complaint(pages: int = 2) -> bytes:
    buffer = io.BytesIO()
    fonts = FontBook()
    canvas = Canvas(buffer, initialFontName=fonts.base)
    for n in range(pages):
        canvas.setFont(fonts.base, 12)
        canvas.drawString(72, 760, f"complaint {n}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _exhibit(draw) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _merge(exhibit: bytes, tmp_path: Path) -> tuple[Path, list[str]]:
    problems: list[str] = []
    out = io.BytesIO()
    description = Description("A complaint", "en", reference="REF-1", edition="filing")
    merge_exhibit_pages(_complaint(), {(1, 0): 2}, {1: exhibit}, FRAME, out, description, problems)
    path = tmp_path / "merged.pdf"
    path.write_bytes(out.getvalue())
    return path, problems


def _helvetica(canvas: Canvas) -> None:
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 700, "Register page")


def test_a_merged_exhibit_in_helvetica_keeps_the_claim(tmp_path: Path, stand_in_fonts: Path):
    path, problems = _merge(_exhibit(_helvetica), tmp_path)
    assert problems == []
    with pikepdf.open(path) as pdf:
        assert claim(pdf) == ("2", "U")
    assert _unembedded(path) == []
    assert findings(path) == []
    assert "Register page" in _run("pdftotext", str(path), "-")


@pytest.mark.parametrize(
    ("draw", "expected"),
    [
        (lambda c: (c.setFont("Symbol", 12), c.drawString(72, 700, "abc")), "Symbol"),
        (lambda c: (c.setFillColorCMYK(0, 0, 0, 1), c.rect(72, 72, 50, 50, fill=1)), "CMYK"),
    ],
    ids=["symbol-font", "cmyk"],
)
def test_an_exhibit_page_that_breaks_pdfa_drops_the_claim(
    draw, expected: str, tmp_path: Path, stand_in_fonts: Path
):  # type: ignore[no-untyped-def]
    path, problems = _merge(_exhibit(draw), tmp_path)
    assert problems and all(p.startswith("exhibit 1, page 1: ") for p in problems)
    assert any(expected in p for p in problems), problems
    with pikepdf.open(path) as pdf:
        assert claim(pdf) is None
        assert pdf.Root.OutputIntents  # the rest of the finishing is still done


def test_a_javascript_link_on_an_exhibit_page_is_not_carried_over(
    tmp_path: Path, stand_in_fonts: Path
):
    """An exhibit page is placed as its content only: its annotations stay in the file."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_exhibit(_helvetica))))
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1)"),
        }
    )
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([NumberObject(v) for v in (72, 700, 200, 720)]),
            NameObject("/A"): action,
        }
    )
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    buffer = io.BytesIO()
    writer.write(buffer)
    path, problems = _merge(buffer.getvalue(), tmp_path)
    assert problems == []
    with pikepdf.open(path) as pdf:
        assert claim(pdf) == ("2", "U")
        assert "/Annots" not in pdf.pages[1]
        assert b"JavaScript" not in path.read_bytes()
    assert findings(path) == []
    assert "Register page" in _run("pdftotext", str(path), "-")


def _fonts_of(resources: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    """Fonts of a page's resources and of the forms it draws (an exhibit page is a form)."""
    fonts = list(resources.get("/Font", {}).values())
    for xobject in resources.get("/XObject", {}).values():
        if xobject.get("/Subtype") == "/Form":
            fonts += _fonts_of(xobject.get("/Resources", pikepdf.Dictionary()))
    return fonts


def test_a_real_substitute_keeps_the_metrics(tmp_path: Path):
    """With the shipped Liberation Sans as the substitute, the embedded widths are Helvetica's."""
    path, problems = _merge(_exhibit(_helvetica), tmp_path)
    assert problems == []
    with pikepdf.open(path) as pdf:
        fonts = [f for p in pdf.pages for f in _fonts_of(p.Resources)]
        liberation = next(f for f in fonts if "Liberation" in str(f.BaseFont))
        widths = [float(w) for w in liberation.Widths]
    for char in "Register page":
        expected = pdfmetrics.stringWidth(char, "Helvetica", 1000)
        assert widths[ord(char)] == pytest.approx(expected, abs=1), char


def test_the_xmp_claims_pdfa_only_when_asked():
    description = Description("T", "en")
    created = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert "pdfaid:part" not in xmp_packet(description, created)
    claimed = xmp_packet(description, created, ("2", "U"))
    assert "<pdfaid:part>2</pdfaid:part>" in claimed
    assert "<pdfaid:conformance>U</pdfaid:conformance>" in claimed


def test_the_internal_edition_with_its_watermark_is_pdfa_and_tagged(
    case_fixture: CaseFixture, tmp_path: Path, stand_in_fonts: Path
):
    """The watermark is transparent (PDF/A-2 allows it under the output intent) and an
    artifact; the internal edition is held to the same rules."""
    request = ExportRequest(case_fixture.reference, "all", "gba", "de", "internal")
    folder = export_bundle(case_fixture.book, request, tmp_path / "out").folder
    complaint = folder / "complaint.pdf"
    with pikepdf.open(complaint) as pdf:
        assert claim(pdf) == ("2", "U")
        states = [s for p in pdf.pages for s in p.Resources.get("/ExtGState", {}).values()]
        assert any(float(s.get("/ca", 1)) < 1 for s in states)  # the watermark
    assert findings(complaint) == []
    assert structure_findings(complaint) == []


def test_font_subsets_have_distinct_tags_and_consistent_widths(
    case_fixture: CaseFixture, tmp_path: Path
):
    """ISO 32000-1 9.6.4 (distinct subset tags) and PDF/A 6.2.11.5 (the embedded program's
    advance widths are the /Widths): DejaVu Sans Mono, at 2048 units per em, had widths
    2048/1000 too small in ReportLab's subsets."""
    complaint = _export(case_fixture, tmp_path)
    with pikepdf.open(complaint) as pdf:
        fonts = {
            f.objgen: f for page in pdf.pages for f in page.Resources.get("/Font", {}).values()
        }
        subsets = [str(f.BaseFont) for f in fonts.values() if "+" in str(f.BaseFont)]
        tags = [name[1:7] for name in subsets]
        assert len(subsets) >= 5 and len(set(tags)) == len(tags), subsets
        mono = next(f for f in fonts.values() if "Mono" in str(f.BaseFont))
        program = TTFontFile(io.BytesIO(mono.FontDescriptor.FontFile2.read_bytes()))
        advances = {round(aw * 1000 / program.unitsPerEm, 1) for aw, _lsb in program.hmetrics}
        assert advances == {round(float(w), 1) for w in mono.Widths}, advances
