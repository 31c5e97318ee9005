"""Media type sniffing from content: real files made by the libraries, hand-built headers."""

from __future__ import annotations

import gzip
import io
import os
import struct
import tarfile
import wave
import zipfile
from pathlib import Path

import pyrage
import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from casebook.core.media.media_type import (
    AGE,
    DOCX,
    GZIP,
    OCTET_STREAM,
    PPTX,
    SNIFF_BYTES,
    TAR,
    XLSX,
    evidence_kind_for,
    sniff_media_type,
)


def _image(fmt: str, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (16, 12), "red" if mode == "RGB" else 1).save(out, fmt)
    return out.getvalue()


def _pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Exhibit")
    page.save()
    return out.getvalue()


def _wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * 800)
    return out.getvalue()


def _zip(entries: list[tuple[str, bytes, int]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, method in entries:
            z.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return out.getvalue()


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-'
    'officedocument.{kind}.main+xml"/></Types>'
)


def _ooxml(part: str, kind: str) -> bytes:
    return _zip(
        [
            (
                "[Content_Types].xml",
                _CONTENT_TYPES.format(part=part, kind=kind).encode(),
                zipfile.ZIP_DEFLATED,
            ),
            ("_rels/.rels", b"<Relationships/>", zipfile.ZIP_DEFLATED),
            (part, b"<document/>" * 50, zipfile.ZIP_DEFLATED),
        ]
    )


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x02\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\x00\x00\x00\x08free"


def _mp3_frames(count: int = 3) -> bytes:
    # MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no padding: 417-byte frames.
    frame = b"\xff\xfb\x90\x00" + b"\x00" * 413
    return frame * count


def _adts_frames(count: int = 3) -> bytes:
    length = 64
    header = bytes(
        [
            0xFF,
            0xF1,
            0x50,
            0x80 | (length >> 11),
            (length >> 3) & 0xFF,
            ((length & 0x07) << 5) | 0x1F,
            0xFC,
        ]
    )
    return (header + b"\x00" * (length - 7)) * count


def _ogg(first_packet: bytes) -> bytes:
    return b"OggS\x00\x02" + b"\x00" * 20 + b"\x01" + bytes([len(first_packet)]) + first_packet


def _ebml(doctype: bytes) -> bytes:
    header = b"\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82" + bytes([0x80 | len(doctype)]) + doctype
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(header)]) + header + b"\x18\x53\x80\x67"


def _tar() -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT) as tar:
        info = tarfile.TarInfo("statement.txt")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"hello"))
    return out.getvalue()


def _tar_pax() -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.addfile(tarfile.TarInfo("empty.txt"))
    return out.getvalue()


def _age(armored: bool) -> bytes:
    recipient = pyrage.x25519.Identity.generate().to_public()
    return pyrage.encrypt(b"%PDF-1.7 exhibit", [recipient], armored=armored)


REAL_FILES = {
    "gzip": (lambda: gzip.compress(b"%PDF-1.7 inside a gzip"), GZIP),
    "tar": (_tar, TAR),
    "tar-pax": (lambda: _tar_pax(), TAR),
    "age": (lambda: _age(armored=False), AGE),
    "age-armored": (lambda: _age(armored=True), AGE),
    "jpeg": (lambda: _image("JPEG"), "image/jpeg"),
    "png": (lambda: _image("PNG"), "image/png"),
    "gif": (lambda: _image("GIF"), "image/gif"),
    "webp": (lambda: _image("WEBP"), "image/webp"),
    "tiff": (lambda: _image("TIFF"), "image/tiff"),
    "bmp": (lambda: _image("BMP"), "image/bmp"),
    "bmp-1bit": (lambda: _image("BMP", mode="1"), "image/bmp"),
    "pdf": (_pdf, "application/pdf"),
    "wav": (_wav, "audio/wav"),
    "docx": (lambda: _ooxml("word/document.xml", "wordprocessingml.document"), DOCX),
    "xlsx": (lambda: _ooxml("xl/workbook.xml", "spreadsheetml.sheet"), XLSX),
    "pptx": (lambda: _ooxml("ppt/presentation.xml", "presentationml.presentation"), PPTX),
    "odt": (
        lambda: _zip(
            [
                ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                ("content.xml", b"<office:document-content/>", zipfile.ZIP_DEFLATED),
            ]
        ),
        "application/vnd.oasis.opendocument.text",
    ),
    "epub": (
        lambda: _zip([("mimetype", b"application/epub+zip", zipfile.ZIP_STORED)]),
        "application/epub+zip",
    ),
    "zip": (
        lambda: _zip([("photos/a.txt", b"hello" * 100, zipfile.ZIP_DEFLATED)]),
        "application/zip",
    ),
    "empty-zip": (lambda: _zip([]), "application/zip"),
    # A docx whose parts come before [Content_Types].xml: known by its folder names.
    "docx-reordered": (
        lambda: _zip(
            [
                ("word/document.xml", b"<w:document/>", zipfile.ZIP_DEFLATED),
                ("[Content_Types].xml", b"<Types/>", zipfile.ZIP_DEFLATED),
            ]
        ),
        DOCX,
    ),
}

HEADERS = {
    "mp4-isom": (_ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41"), "video/mp4"),
    "mp4-phone": (_ftyp(b"mp42", b"isom", b"mp42"), "video/mp4"),
    "mov": (_ftyp(b"qt  ", b"qt  "), "video/quicktime"),
    "3gp": (_ftyp(b"3gp4", b"isom", b"3gp4"), "video/3gpp"),
    "3g2": (_ftyp(b"3g2a", b"3g2a"), "video/3gpp2"),
    "m4a": (_ftyp(b"M4A ", b"M4A ", b"mp42", b"isom"), "audio/mp4"),
    "heic": (_ftyp(b"heic", b"mif1", b"heic"), "image/heic"),
    "heif-mif1-heic": (_ftyp(b"mif1", b"mif1", b"heic"), "image/heic"),
    "heif": (_ftyp(b"mif1", b"mif1"), "image/heif"),
    "avif": (_ftyp(b"avif", b"avif", b"mif1"), "image/avif"),
    "mkv": (_ebml(b"matroska"), "video/x-matroska"),
    "webm": (_ebml(b"webm"), "video/webm"),
    "avi": (b"RIFF\x00\x10\x00\x00AVI LIST\x00\x00\x00\x00hdrlavih", "video/x-msvideo"),
    "mp3-id3": (b"ID3\x04\x00\x00\x00\x00\x00\x21TIT2" + b"\x00" * 40, "audio/mpeg"),
    "mp3-frames": (_mp3_frames(), "audio/mpeg"),
    "aac-adts": (_adts_frames(), "audio/aac"),
    "ogg-opus": (_ogg(b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00"), "audio/ogg"),
    "ogg-vorbis": (_ogg(b"\x01vorbis\x00\x00\x00\x00\x01"), "audio/ogg"),
    "ogg-theora": (_ogg(b"\x80theora\x03\x02\x01"), "video/ogg"),
    "flac": (b"fLaC\x00\x00\x00\x22" + b"\x00" * 34, "audio/flac"),
    "amr": (b"#!AMR\n\x3c\x48\xf5\x1f", "audio/amr"),
    "amr-wb": (b"#!AMR-WB\n\x04\x10\x20", "audio/amr-wb"),
    "mpeg-ts": ((b"\x47\x40\x00\x10" + b"\xff" * 184) * 6, "video/mp2t"),
    "m2ts": ((b"\x00\x00\x00\x00\x47\x40\x00\x10" + b"\xff" * 184) * 6, "video/mp2t"),
    "mpeg-ps": (b"\x00\x00\x01\xba\x44\x00\x04\x00\x04\x01", "video/mpeg"),
    "rtf": (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}", "application/rtf"),
    "ole": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "application/x-ole-storage"),
    "pdf-after-junk": (
        b"\r\n\x00\x00junk\x00" + b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "application/pdf",
    ),
    "text-english": (b"Statement of the witness, 3 March 2021.\r\n", "text/plain"),
    "text-lao": ("ສະບາຍດີ ຂ້ອຍມາຈາກບ້ານ\n".encode(), "text/plain"),
    "text-burmese-bom": (b"\xef\xbb\xbf" + "မင်္ဂလာပါ".encode(), "text/plain"),
    "text-utf16": ("مرحبا بالعالم".encode("utf-16"), "text/plain"),
    "text-starting-bm": (b"BM is not a bitmap here, it is the start of a sentence.", "text/plain"),
    "html": (b"\n<!DOCTYPE html>\n<html><head><title>x</title>", "text/html"),
    "empty": (b"", OCTET_STREAM),
    "binary": (bytes(range(256)) * 4, OCTET_STREAM),
    "text-latin1": (
        "Déclaration du témoin, reçue à Genève.\n".encode("latin-1"),
        "text/plain; charset=iso-8859-1",
    ),
    "text-windows-1252": (
        "Er sagte: \u201eDas Dorf brannte\u201c \u2013 am Morgen.".encode("cp1252"),
        "text/plain; charset=windows-1252",
    ),
    "html-latin1": ("<html><body>Señor</body>".encode("latin-1"), "text/html; charset=iso-8859-1"),
    "cyrillic-legacy-stays-unknown": ("Показания свидетеля".encode("cp1251"), OCTET_STREAM),
    "cp1252-undefined-byte-not-text": (b"caf\xe9 \x81 more words here", OCTET_STREAM),
    "age-armored-leading-newline": (b"\n-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n", AGE),
    "text-mentioning-age": (b"age-encryption.org/v1 is the format's name.", "text/plain"),
    "gzip-header": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", GZIP),
    "mp3-sync-by-chance": (b"\xff\xfb\x90\x00" + b"\x01" * 1000, OCTET_STREAM),
}


@pytest.mark.parametrize("name", sorted(REAL_FILES))
def test_real_files(name: str) -> None:
    make, expected = REAL_FILES[name]
    assert sniff_media_type(make()) == expected


@pytest.mark.parametrize("name", sorted(REAL_FILES))
def test_real_files_from_the_first_chunk_only(name: str) -> None:
    make, expected = REAL_FILES[name]
    data = make() + os.urandom(2 * SNIFF_BYTES)
    assert sniff_media_type(data[:SNIFF_BYTES]) == expected


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_headers(name: str) -> None:
    head, expected = HEADERS[name]
    assert sniff_media_type(head) == expected


def test_a_jpeg_named_txt_is_still_a_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(_image("JPEG"))
    with path.open("rb") as f:
        assert sniff_media_type(f.read(SNIFF_BYTES)) == "image/jpeg"


def test_text_cut_inside_a_character_at_the_chunk_end_is_text() -> None:
    text = ("ກ" * SNIFF_BYTES).encode()  # three bytes per character
    assert len(text[:SNIFF_BYTES]) % 3 != 0
    assert sniff_media_type(text[:SNIFF_BYTES]) == "text/plain"


def test_only_the_first_chunk_counts() -> None:
    # Beyond SNIFF_BYTES a NUL would make this binary; the sniffer must not look there.
    data = b"a" * SNIFF_BYTES + b"\x00" * 100
    assert sniff_media_type(data) == "text/plain"
    assert sniff_media_type(b"\x00" * 100) == OCTET_STREAM


def test_pdf_stored_inside_a_zip_is_a_zip() -> None:
    data = _zip([("exhibit.pdf", _pdf(), zipfile.ZIP_STORED)])
    assert b"%PDF-" in data[:1024]
    assert sniff_media_type(data) == "application/zip"


@pytest.mark.parametrize(
    ("media_type", "kind"),
    [
        ("image/jpeg", "photo"),
        ("image/heic", "photo"),
        ("IMAGE/PNG", "photo"),
        ("video/mp4", "video"),
        ("video/quicktime", "video"),
        ("audio/ogg", "audio"),
        ("audio/amr", "audio"),
        ("application/pdf", "document"),
        (DOCX, "document"),
        (XLSX, "document"),
        ("application/vnd.oasis.opendocument.text", "document"),
        ("text/plain; charset=utf-8", "document"),
        ("text/html", "document"),
        ("application/rtf", "document"),
        ("application/zip", "other"),
        ("text/plain; charset=windows-1252", "document"),
        (AGE, "other"),
        (OCTET_STREAM, "other"),
        ("", "other"),
    ],
)
def test_evidence_kind(media_type: str, kind: str) -> None:
    assert evidence_kind_for(media_type) == kind
