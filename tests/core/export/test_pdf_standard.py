"""The complaint PDF as a standard document: embedded fonts, language, XMP metadata."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest

from .conftest import REFERENCE, CaseFixture


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def complaint(case_fixture: CaseFixture, tmp_path: Path) -> Path:
    request = ExportRequest(case_fixture.reference, "all", "gba", "de", "filing")
    return export_bundle(case_fixture.book, request, tmp_path / "out").folder / "complaint.pdf"


def _fonts(path: Path, first: int, last: int) -> list[list[str]]:
    """pdffonts rows (name, type, encoding, emb, sub, uni, ...) of pages first..last."""
    out = _run("pdffonts", "-f", str(first), "-l", str(last), str(path))
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def _exhibit_pages(path: Path) -> set[int]:
    """Pages that carry a merged PDF exhibit page (their fonts are the exhibit's own)."""
    reader = PdfReader(path)
    return {
        n
        for n, page in enumerate(reader.pages, start=1)
        if "Village register page" in (page.extract_text() or "")
    }


def test_every_font_the_complaint_draws_with_is_embedded(complaint: Path):
    pages = len(PdfReader(complaint).pages)
    exhibits = _exhibit_pages(complaint)
    assert exhibits, "the fixture's PDF exhibit should be merged"
    for page in range(1, pages + 1):
        rows = _fonts(complaint, page, page)
        names = [row[0] for row in rows]
        if page in exhibits:
            continue  # an exhibit page is placed as it was received, fonts and all
        assert rows, page
        assert all(row[-5] == "yes" for row in rows), (page, names)  # "emb" column
        assert not any("Helvetica" in name for name in names), (page, names)


def test_language_and_metadata_are_in_info_and_xmp(complaint: Path):
    info = _run("pdfinfo", str(complaint))
    assert REFERENCE in info and "Creator:         Casebook" in info
    assert "Metadata Stream: yes" in info and "PDF version:     1.7" in info
    with pikepdf.open(complaint) as pdf:
        assert str(pdf.Root.Lang) == "de"
        meta = pdf.open_metadata()
        assert REFERENCE in meta["dc:title"]
        assert meta["dc:identifier"] == REFERENCE
        assert meta["xmp:CreatorTool"] == "Casebook"
        assert meta["{https://casebook.invalid/ns/export/1.0/}edition"] == "filing"
        assert meta["{https://casebook.invalid/ns/export/1.0/}caseReference"] == REFERENCE
        assert set(meta["dc:language"]) == {"de"}
        # Info and XMP agree (PDF/A requires it): the creation date names the same moment.
        created = str(pdf.docinfo["/CreationDate"])  # D:YYYYMMDDHHmmSS...
        assert (
            meta["xmp:CreateDate"].replace("-", "").replace("T", "").replace(":", "")[:14]
            == created[2:16]
        )
        assert pdf.Root.Outlines.Count != 0  # bookmarks kept
        assert pdf.check_pdf_syntax() == []
    assert "<dc:language><rdf:Bag><rdf:li>de</rdf:li>" in _run("pdfinfo", "-meta", str(complaint))
    _run("qpdf", "--check", str(complaint))


def test_sealed_annex_says_its_language_and_embeds_its_fonts(
    case_fixture: CaseFixture, tmp_path: Path
):
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    request = ExportRequest(
        case_fixture.reference,
        language="de",
        sealed_identities=("W-002",),
        sealed_to=str(identity.to_public()),
    )
    folder = export_bundle(case_fixture.book, request, tmp_path / "out").folder
    annex = tmp_path / "annex.pdf"
    annex.write_bytes(
        pyrage.decrypt((folder / "identities-annex.pdf.age").read_bytes(), [identity])
    )
    rows = _fonts(annex, 1, len(PdfReader(annex).pages))
    assert rows and all(row[-5] == "yes" for row in rows), rows
    with pikepdf.open(annex) as pdf:
        assert str(pdf.Root.Lang) == "de"
        assert pdf.open_metadata()["dc:identifier"] == REFERENCE
