"""Finding decrypted case data in files: raw bytes, and text inside PDF streams.

The markers come from the case in conftest.py: slices of the three exhibit files, the
statements' sentences (as the statement .txt files and the zip hold them), and phrases the
complaint PDF prints (searched after decompressing its streams, with pypdf, and by hand
for a PDF cut short by a kill).
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterable
from pathlib import Path

from pypdf import PdfReader

from .conftest import ARABIC, BURMESE, LAO, CaseFixture

PDF_PHRASES = ("Burning of Ban Nakham", "Village register", "Forced departure")
_STREAM = re.compile(rb"stream\r?\n")


def byte_markers(fx: CaseFixture) -> list[bytes]:
    markers = []
    for name in ("burned-houses.jpg", "village-register.pdf", "interview-extract.wav"):
        data = (fx.folder / name).read_bytes()
        middle = len(data) // 2
        markers.append(data[middle : middle + 48])
    markers += [LAO[0].encode(), BURMESE[0].encode(), ARABIC[0].encode()]
    return markers


def _pdf_texts(data: bytes) -> Iterable[str]:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        for page in reader.pages:
            yield page.extract_text() or ""
    except Exception:  # a PDF cut short: its streams are searched below
        pass
    view = memoryview(data)
    for match in _STREAM.finditer(data):
        try:
            yield zlib.decompressobj().decompress(view[match.end() :]).decode("latin-1")
        except zlib.error:
            continue


def plaintext_in(path: Path, markers: list[bytes]) -> str | None:
    """Which marker of decrypted case data ``path`` holds, or None."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None  # gone meanwhile (a scan during an export)
    for marker in markers:
        if marker in data:
            return f"bytes {marker[:12]!r}"
    if b"%PDF" in data[:1024] or b"endstream" in data:
        for text in _pdf_texts(data):
            flat = " ".join(text.split())
            for phrase in PDF_PHRASES:
                if phrase in flat:
                    return f"PDF text {phrase!r}"
    return None


def plaintext_files(root: Path, markers: list[bytes]) -> dict[Path, str]:
    """Every file under ``root`` holding a marker, with the marker found."""
    found: dict[Path, str] = {}
    if not root.exists():
        return found
    for path in sorted(root.rglob("*")):
        if path.is_file():
            what = plaintext_in(path, markers)
            if what:
                found[path] = what
    return found
