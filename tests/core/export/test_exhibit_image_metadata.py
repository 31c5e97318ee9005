"""A JPEG exhibit is drawn on the complaint's page without its EXIF/XMP/IPTC/comments.

ReportLab embeds a JPEG as it is, so a name in the photo's Artist field, or its GPS
position, would otherwise sit inside complaint.pdf beyond the reach of name protection.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from casebook.core.export.exhibit_pages import FittedImage, jpeg_without_metadata

MARK = "Marker-Person-Name"


def _jpeg(comment: bool = False) -> bytes:
    exif = Image.Exif()
    exif[0x013B] = MARK  # Artist
    exif.get_ifd(0x8825)[1] = "N"  # a GPS block too
    out = io.BytesIO()
    extra = {"comment": MARK.encode()} if comment else {}
    Image.effect_noise((64, 48), 40).convert("RGB").save(out, "JPEG", exif=exif, **extra)
    return out.getvalue()


def test_metadata_segments_go_and_the_image_data_stays_byte_for_byte() -> None:
    data = _jpeg(comment=True)
    assert MARK.encode() in data
    out = jpeg_without_metadata(data)
    assert MARK.encode() not in out
    assert out[out.index(b"\xff\xda") :] == data[data.index(b"\xff\xda") :]
    with Image.open(io.BytesIO(out)) as clean, Image.open(io.BytesIO(data)) as original:
        assert not clean.getexif()
        assert clean.tobytes() == original.tobytes()


def test_a_jpeg_whose_segments_cannot_be_walked_is_encoded_again_without_them() -> None:
    data = _jpeg()
    first = 4 + int.from_bytes(data[4:6], "big")  # the end of the segment after SOI
    broken = data[:first] + b"\x00\x00" + data[first:]  # junk where a marker should be
    with Image.open(io.BytesIO(broken)):
        pass  # Pillow still reads it
    out = jpeg_without_metadata(broken)
    assert MARK.encode() not in out
    with Image.open(io.BytesIO(out)) as clean:
        assert clean.size == (64, 48) and not clean.getexif()


def _drawn(source: Path | bytes) -> bytes:
    pdf = io.BytesIO()
    canvas = Canvas(pdf)
    image = FittedImage(source)
    image.wrapOn(canvas, 400, 400)
    image.drawOn(canvas, 10, 10)
    canvas.save()
    return pdf.getvalue()


def test_the_complaint_embeds_the_jpeg_without_its_metadata(tmp_path: Path) -> None:
    data = _jpeg()
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    for source in (data, path):  # from memory (encrypted bundle) and from the bundle folder
        pdf = _drawn(source)
        assert b"/DCTDecode" in pdf  # still the JPEG itself, not decoded pixels
        assert MARK.encode() not in pdf
