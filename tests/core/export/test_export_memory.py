"""What the 2,000-page filing does to hold less memory must not change what is written."""

from __future__ import annotations

import io

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject
from reportlab.pdfgen.canvas import Canvas

from casebook.core.export.document import WrittenBytes, _show_page_compressed
from casebook.core.export.exhibit_pages import _share_values


def _canvas_bytes(compress_early: bool) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1, pageCompression=1)
    for n in range(3):
        canvas.drawString(72, 720, f"page {n + 1} — ünïcode")
        canvas.rect(72, 72, 200, 100)
        if compress_early:
            _show_page_compressed(canvas)
        else:
            canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_pages_compressed_early_are_written_byte_for_byte_as_reportlab_writes_them() -> None:
    early = _canvas_bytes(compress_early=True)
    assert early == _canvas_bytes(compress_early=False)
    assert b"/FlateDecode" in early


def test_written_bytes_gives_back_what_reportlab_wrote_once() -> None:
    written = WrittenBytes()
    written.write(b"%PDF-1.3 ")
    written.write(b"rest")
    assert written.take().getvalue() == b"%PDF-1.3 rest"
    assert written.take().getvalue() == b""  # let go of after the first take


def _writer_bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_sharing_names_and_numbers_changes_nothing_written() -> None:
    writer = PdfWriter()
    for _ in range(3):
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Tabs")] = NameObject("/S")
        page[NameObject("/Extra")] = DictionaryObject(
            {
                NameObject("/Box"): ArrayObject(
                    [FloatObject(0.5), FloatObject(-0.0), NameObject("/N")]
                )
            }
        )
    writer.add_metadata({"/Producer": "test"})
    before = _writer_bytes(writer)
    shared: dict[object, object] = {}
    _share_values(writer._objects, shared)
    assert _writer_bytes(writer) == before
    boxes = [p["/Extra"]["/Box"] for p in writer.pages]
    assert boxes[0][2] is boxes[1][2] is boxes[2][2]  # one name object, not three
    assert boxes[0][0] is boxes[2][0]
    keys = [next(k for k in p if k == "/Extra") for p in writer.pages]
    assert keys[0] is keys[1] is keys[2]
    assert list(writer.pages[0].keys()) == list(dict.keys(writer.pages[1]))  # order kept
