"""PDF exhibits merged onto their reserved pages: a page shown rotated stays as it is seen
(its rotation turned into its content), an upright page is placed as it is."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from casebook.core.export.exhibit_pages import merge_exhibit_pages


def _pdf(pages: int, text: str, rotate: int = 0) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf)
    for n in range(pages):
        canvas.setPageRotation(rotate)
        canvas.drawString(72, 700, f"{text} {n}")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


@pytest.mark.parametrize("rotate", [0, 90])
def test_an_exhibit_page_is_placed_as_it_is_seen(rotate):
    complaint = _pdf(3, "complaint")
    exhibit = _pdf(2, "exhibit", rotate)
    out = io.BytesIO()
    slots = {(1, 0): 2, (1, 1): 3}
    pages = merge_exhibit_pages(complaint, slots, {1: exhibit}, (50, 50, 495, 700), out)
    assert pages == 3
    merged = PdfReader(io.BytesIO(out.getvalue()))
    upright = merged.pages[1].extract_text(orientations=(0,))
    turned = merged.pages[1].extract_text(orientations=(90, 270))
    assert "complaint 1" in upright
    if rotate:
        assert "exhibit 0" in turned and "exhibit 0" not in upright
    else:
        assert "exhibit 0" in upright
    assert "exhibit 1" in merged.pages[2].extract_text()
