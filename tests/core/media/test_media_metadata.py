"""Metadata extraction from real files made in the test, and from damaged ones."""

from __future__ import annotations

import io
import json
import struct
import wave
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational
from reportlab.pdfgen import canvas

from casebook.core.media.media_metadata import MAX_TEXT, extract_metadata


def _exif(*, south_west: bool = False, below_sea: bool = False) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS R6"
    exif[0x0131] = "Firmware 1.8.1"
    exif[0x0112] = 6
    exif[0x0132] = "2021:03:04 18:00:00"
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2021:03:03 09:15:42"
    sub[0x9011] = "+06:30"
    sub[0x9010] = "+06:30"
    gps = exif.get_ifd(0x8825)
    gps[1] = "S" if south_west else "N"
    gps[2] = (IFDRational(16, 1), IFDRational(47, 1), IFDRational(3456, 100))
    gps[3] = "W" if south_west else "E"
    gps[4] = (IFDRational(96, 1), IFDRational(9, 1), IFDRational(30, 1))
    gps[5] = b"\x01" if below_sea else b"\x00"
    gps[6] = IFDRational(1234, 10)
    gps[29] = "2021:03:03"
    gps[7] = (IFDRational(2, 1), IFDRational(45, 1), IFDRational(42, 1))
    return exif


def _jpeg(exif: Image.Exif | None = None, size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    image = Image.effect_noise(size, 60).convert("RGB")  # noise: a scan worth cutting short
    image.save(out, "JPEG", **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


# 16°47'34.56" = 16.792933…°, 96°9'30" = 96.158333…° (Yangon).
LATITUDE = 16 + 47 / 60 + 34.56 / 3600
LONGITUDE = 96 + 9 / 60 + 30 / 3600


def _check_full_exif(meta: dict[str, Any], sign: int = 1) -> None:
    assert meta["camera_make"] == "Canon"
    assert meta["camera_model"] == "Canon EOS R6"
    assert meta["software"] == "Firmware 1.8.1"
    assert meta["taken_at"] == "2021-03-03T09:15:42+06:30"
    assert meta["modified_at"] == "2021-03-04T18:00:00+06:30"
    assert meta["gps_latitude"] == pytest.approx(sign * LATITUDE, abs=1e-7)
    assert meta["gps_longitude"] == pytest.approx(sign * LONGITUDE, abs=1e-7)
    assert meta["gps_time"] == "2021-03-03T02:45:42Z"


def test_jpeg_with_exif_and_gps() -> None:
    meta = extract_metadata(io.BytesIO(_jpeg(_exif())), "image/jpeg")
    _check_full_exif(meta)
    assert meta["gps_altitude"] == pytest.approx(123.4)
    assert meta["orientation"] == 6
    assert (meta["width"], meta["height"]) == (64, 48)
    assert "warnings" not in meta
    json.dumps(meta)  # the evidence record stores it as JSON


def test_southern_western_coordinates_and_altitude_below_sea_level_are_negative() -> None:
    data = _jpeg(_exif(south_west=True, below_sea=True))
    meta = extract_metadata(io.BytesIO(data), "image/jpeg")
    _check_full_exif(meta, sign=-1)
    assert meta["gps_altitude"] == pytest.approx(-123.4)


def test_a_path_is_accepted_and_the_callers_stream_is_left_open(tmp_path: Path) -> None:
    path = tmp_path / "photo.bin"
    path.write_bytes(_jpeg(_exif()))
    assert extract_metadata(path, "image/jpeg")["camera_make"] == "Canon"
    with path.open("rb") as stream:
        stream.seek(100)  # the reader starts from the beginning whatever the position
        assert extract_metadata(stream, "image/jpeg")["camera_make"] == "Canon"
        assert not stream.closed


def test_without_offset_the_time_is_local_and_naive() -> None:
    exif = _exif()
    del exif.get_ifd(0x8769)[0x9011]
    meta = extract_metadata(io.BytesIO(_jpeg(exif)), "image/jpeg")
    assert meta["taken_at"] == "2021-03-03T09:15:42"


def test_blank_date_and_impossible_coordinates_become_warnings() -> None:
    exif = _exif()
    exif.get_ifd(0x8769)[0x9003] = "0000:00:00 00:00:00"
    exif.get_ifd(0x8825)[2] = (IFDRational(95, 1), IFDRational(0, 1), IFDRational(0, 1))
    exif.get_ifd(0x8825)[4] = (IFDRational(1, 0), IFDRational(0, 1), IFDRational(0, 1))
    meta = extract_metadata(io.BytesIO(_jpeg(exif)), "image/jpeg")
    assert "taken_at" not in meta
    assert "gps_latitude" not in meta
    assert "gps_longitude" not in meta
    assert meta["camera_make"] == "Canon"
    assert meta["warnings"] == [
        "The EXIF DateTimeOriginal is blank or not a valid date; it was left out.",
        "The GPS latitude is not valid; it was left out.",
        "The GPS longitude is not valid; it was left out.",
    ]


def test_overlong_text_is_cut() -> None:
    exif = _exif()
    exif[0x0110] = "M" * (MAX_TEXT * 5)
    meta = extract_metadata(io.BytesIO(_jpeg(exif)), "image/jpeg")
    assert meta["camera_model"] == "M" * MAX_TEXT


def test_corrupt_exif_header_gives_a_warning_and_the_rest() -> None:
    data = bytearray(_jpeg(_exif()))
    start = data.index(b"Exif\x00\x00") + 6
    data[start : start + 8] = b"XXXXXXXX"  # the TIFF header inside the EXIF block
    meta = extract_metadata(io.BytesIO(bytes(data)), "image/jpeg")
    assert meta == {
        "width": 64,
        "height": 48,
        "warnings": ["The EXIF block is damaged and could not be read."],
    }


def test_corrupt_exif_entry_gives_a_warning_and_what_was_readable() -> None:
    data = bytearray(_jpeg(_exif()))
    tiff = data.index(b"Exif\x00\x00") + 6
    # IFD0 starts at offset 8 with an entry count; the first entry (Make) follows. Its
    # value count (at entry offset 4) is made far larger than the block.
    assert data[tiff + 10 : tiff + 12] == b"\x01\x0f"
    data[tiff + 14 : tiff + 18] = b"\x7f\xff\xff\xff"
    meta = extract_metadata(io.BytesIO(bytes(data)), "image/jpeg")
    assert meta["warnings"] == ["Part of the image's metadata is damaged and was skipped."]
    assert "camera_make" not in meta
    # Entries kept in the Exif and GPS sub-blocks are still read.
    assert meta["taken_at"] == "2021-03-03T09:15:42+06:30"
    assert meta["gps_latitude"] == pytest.approx(LATITUDE, abs=1e-7)
    assert meta["gps_time"] == "2021-03-03T02:45:42Z"


@pytest.mark.parametrize("keep", [0, 3, 40, 200, 2000, 0.5, 0.95])
def test_truncated_jpeg_never_raises(keep: float) -> None:
    data = _jpeg(_exif(), size=(256, 256))
    cut = data[: int(len(data) * keep) if isinstance(keep, float) else keep]
    meta = extract_metadata(io.BytesIO(cut), "image/jpeg")
    json.dumps(meta)
    if len(cut) < 200:
        assert meta["warnings"]
    if len(cut) > len(data) // 2:
        # The header and EXIF are at the start: a file cut in its pixels keeps them all.
        _check_full_exif(meta)


def test_jpeg_cut_after_its_exif_block_still_gives_the_exif() -> None:
    data = _jpeg(_exif())
    start = data.index(b"\xff\xe1")
    (length,) = struct.unpack(">H", data[start + 2 : start + 4])
    cut = data[: start + 2 + length + 10]  # inside the next segment: Pillow cannot open it
    meta = extract_metadata(io.BytesIO(cut), "image/jpeg")
    assert meta["warnings"][0] in (
        "The image file is damaged or cut short; some metadata may be missing.",
        "The image file is damaged: its header could not be read.",
    )
    _check_full_exif(meta)


@pytest.mark.parametrize(("fmt", "media_type"), [("PNG", "image/png"), ("WEBP", "image/webp")])
def test_png_and_webp_exif(fmt: str, media_type: str) -> None:
    out = io.BytesIO()
    Image.new("RGB", (20, 10), "white").save(out, fmt, exif=_exif())
    meta = extract_metadata(io.BytesIO(out.getvalue()), media_type)
    _check_full_exif(meta)
    assert (meta["width"], meta["height"]) == (20, 10)


@pytest.mark.parametrize(
    ("fmt", "media_type"), [("GIF", "image/gif"), ("BMP", "image/bmp"), ("TIFF", "image/tiff")]
)
def test_images_without_exif_give_their_size(fmt: str, media_type: str) -> None:
    out = io.BytesIO()
    Image.new("RGB", (33, 21), "white").save(out, fmt)
    assert extract_metadata(io.BytesIO(out.getvalue()), media_type) == {
        "width": 33,
        "height": 21,
    }


def test_a_file_is_never_parsed_as_another_image_format() -> None:
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "PNG")
    meta = extract_metadata(io.BytesIO(out.getvalue()), "image/jpeg")
    assert meta == {"warnings": ["The image file is damaged: its header could not be read."]}


def test_unsupported_image_format_says_so() -> None:
    meta = extract_metadata(io.BytesIO(b"\x00\x00\x00\x18ftypcrx "), "image/x-canon-cr3")
    assert meta["warnings"] == [
        "Reading metadata from this image format is not supported yet; the file itself is "
        "kept unchanged."
    ]


def _pdf(pages: int = 3, title: str | None = "Exhibit 12: site survey") -> bytes:
    out = io.BytesIO()
    doc = canvas.Canvas(out, invariant=True)  # invariant: a fixed creation date
    if title:
        doc.setTitle(title)
        doc.setAuthor("Field team 2")
    for n in range(pages):
        doc.drawString(72, 720, f"page {n + 1}")
        doc.showPage()
    doc.save()
    return out.getvalue()


def test_pdf_pages_title_author_and_dates() -> None:
    meta = extract_metadata(io.BytesIO(_pdf()), "application/pdf")
    assert meta["pages"] == 3
    assert meta["title"] == "Exhibit 12: site survey"
    assert meta["author"] == "Field team 2"
    assert meta["created_at"].startswith("2000-01-01T00:00:00")
    assert "warnings" not in meta
    json.dumps(meta)


def test_pdf_cut_short_or_garbage_gives_a_warning() -> None:
    data = _pdf()
    for broken in (data[: len(data) // 2], b"%PDF-1.4\n", b""):
        meta = extract_metadata(io.BytesIO(broken), "application/pdf")
        assert meta["warnings"] == ["The PDF is damaged: its structure could not be read."]


def test_encrypted_pdf_with_a_password(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    meta = extract_metadata(io.BytesIO(out.getvalue()), "application/pdf")
    assert meta["encrypted"] is True
    assert "pages" not in meta
    assert meta["warnings"] == [
        "The PDF is password-protected, so its page count and document information could "
        "not be read."
    ]


def _wav(seconds: float, rate: int = 16000, channels: int = 2) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x00" * channels * int(rate * seconds))
    return out.getvalue()


def test_wav_duration() -> None:
    meta = extract_metadata(io.BytesIO(_wav(2.5)), "audio/wav")
    assert meta == {
        "container": "Wave",
        "audio_codec": "PCM",
        "channels": 2,
        "sample_rate": 16000,
        "bits_per_sample": 16,
        "duration_seconds": 2.5,
    }


def test_wav_with_extensible_format_and_extra_chunks() -> None:
    # WAVE_FORMAT_EXTENSIBLE (field recorders) and a LIST chunk before 'data'; the wave
    # module of Python 3.11 refuses this format, MediaInfo does not.
    samples = b"\x00" * (48000 * 3 * 2)  # one second, 24-bit stereo
    fmt = struct.pack("<HHIIHH", 0xFFFE, 2, 48000, 48000 * 6, 6, 24) + b"\x16\x00" + b"\x00" * 22
    info = b"INFOISFT\x06\x00\x00\x00Zoom\x00\x00"
    body = (
        b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"LIST"
        + struct.pack("<I", len(info) + 1)
        + info
        + b"\x00\x00"  # odd-sized chunk: one pad byte
        + b"data"
        + struct.pack("<I", len(samples))
        + samples
    )
    data = b"RIFF" + struct.pack("<I", len(body)) + body
    meta = extract_metadata(io.BytesIO(data), "audio/wav")
    assert meta["duration_seconds"] == 1.0
    assert meta["bits_per_sample"] == 24


def test_wav_cut_short_reports_what_is_there() -> None:
    data = _wav(2.0, rate=8000, channels=1)  # 16,000 bytes of samples
    meta = extract_metadata(io.BytesIO(data[: 44 + 8000]), "audio/wav")
    assert meta["duration_seconds"] == 0.5
    assert meta["warnings"] == ["The file is shorter than its headers say; it may be cut short."]


@pytest.mark.parametrize("data", [b"", b"RIFF", b"RIFF\x00\x00\x00\x00WAVEdata"])
def test_broken_wav_gives_warnings(data: bytes) -> None:
    meta = extract_metadata(io.BytesIO(data), "audio/wav")
    assert meta["warnings"]
    assert "duration_seconds" not in meta


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _mp4(*, version: int = 0, location: bytes | None = b"+16.7929-096.1583+012.5/") -> bytes:
    created = 3_700_000_000  # seconds since 1904: 2021-03-31T01:46:40Z
    if version == 0:
        mvhd = bytes(4) + struct.pack(">IIII", created, created, 600, 600 * 95)
    else:
        mvhd = b"\x01\x00\x00\x00" + struct.pack(">QQIQ", created, created, 1000, 95_000)
    udta = (
        _box(b"\xa9xyz", struct.pack(">HH", len(location), 0x15C7) + location) if location else b""
    )
    moov = _box(b"moov", _box(b"mvhd", mvhd + bytes(80)) + _box(b"udta", udta))
    ftyp = _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41")
    mdat = _box(b"mdat", bytes(5000))
    return ftyp + mdat + moov  # moov after mdat, as phones write it


@pytest.mark.parametrize("version", [0, 1])
def test_mp4_date_and_location_from_either_header_version(version: int) -> None:
    # A hand-built file with a movie header but no tracks: MediaInfo gives no length for it.
    meta = extract_metadata(io.BytesIO(_mp4(version=version)), "video/mp4")
    assert meta["created_at"] == "2021-03-31T01:46:40Z"
    assert (meta["gps_latitude"], meta["gps_longitude"]) == (16.7929, -96.1583)
    assert meta["gps_altitude"] == 12.5


def test_mp4_without_moov_gives_a_warning() -> None:
    data = _mp4()
    meta = extract_metadata(io.BytesIO(data[: len(data) - 50]), "video/mp4")
    assert "The file is shorter than its headers say; it may be cut short." in meta["warnings"]
    assert "gps_latitude" not in meta


def test_other_types_give_nothing() -> None:
    assert extract_metadata(io.BytesIO(b"hello"), "text/plain") == {}
    assert extract_metadata(io.BytesIO(b"\x00" * 10), "application/octet-stream") == {}
