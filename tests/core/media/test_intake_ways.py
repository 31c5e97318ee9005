"""The same file gets the same embedded metadata whichever way it comes in.

add-evidence (``take_in``), the GUI's intake (``store_file`` then ``record_stored``, as
gui/records/intake.py does) and ``casebook import`` all read it with
``metadata_at_intake``; exchange packages carry the sender's reading (see
tests/core/exchange/test_media_metadata_travels.py).
"""

from __future__ import annotations

import hashlib
import random
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from casebook.core import interchange
from casebook.core.media.content_credentials import read_content_credentials
from casebook.core.media.media_metadata import extract_metadata
from casebook.core.media.media_type import sniff_media_type
from casebook.core.models import EvidenceItem
from casebook.core.records import evidence
from casebook.core.records.cases import add_case

FIXTURES = Path(__file__).parents[2] / "fixtures" / "media"
CORPUS = (
    "voice-note.opus",
    "recording.mp3",
    "recording.m4a",
    "recording.amr",
    "video-location.mp4",
    "video-iphone.mov",
    "video.webm",
    "photo-gps.heic",
)


def _by_add_evidence(book, path: Path) -> dict:
    with book.session() as s:
        case = add_case(s, "Intake", f"IN-{uuid.uuid4().hex[:6]}")
        item = evidence.take_in(book, s, case, path)
        s.commit()
        return dict(item.item.extracted_metadata)


def _by_gui_intake(book, path: Path) -> dict:
    stored = evidence.store_file(book, path)
    with book.session() as s:
        case = add_case(s, "GUI intake", f"GUI-{uuid.uuid4().hex[:6]}")
        item = evidence.record_stored(book, s, case, stored, path.name)
        s.commit()
        return dict(item.item.extracted_metadata)


def _by_import(book, path: Path, folder: Path) -> dict:
    folder.mkdir()
    shutil.copy(path, folder / path.name)
    record = {
        "id": str(uuid.uuid4()),
        "title": path.name,
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        # What a sender declares is not taken for a file that is here to be read.
        "metadata": {"gps_latitude": 1.0, "camera_make": "declared, not read"},
    }
    document = {
        "format": "casebook-interchange/1",
        "cases": [{"reference": "IM-1", "title": "Import", "evidence": [record]}],
    }
    interchange.import_document(book, document, folder)
    with book.session() as s:
        return dict(s.get(EvidenceItem, record["id"]).extracted_metadata)


@pytest.mark.parametrize("name", CORPUS)
def test_same_metadata_by_add_evidence_gui_and_import(book, casebook_factory, tmp_path, name):
    path = FIXTURES / name
    expected = extract_metadata(path, sniff_media_type(path.read_bytes()[:4096]))
    assert "duration_seconds" in expected or "taken_at" in expected
    # Intake also checks for C2PA content credentials (none in these files) where C2PA applies.
    data = path.read_bytes()
    credentials = read_content_credentials(data, sniff_media_type(data[:4096]))
    if credentials is not None:
        assert credentials["state"] in ("none", "unreadable")  # c2pa-rs cannot parse all
        expected["content_credentials"] = credentials
    assert _by_add_evidence(book, path) == expected
    other, _ = casebook_factory("gui")
    assert _by_gui_intake(other, path) == expected
    third, _ = casebook_factory("import")
    assert _by_import(third, path, tmp_path / "document") == expected


def test_import_keeps_the_declared_metadata_of_a_record_without_a_file(book):
    record = {"id": str(uuid.uuid4()), "title": "Seen, not kept", "metadata": {"note": "x"}}
    document = {
        "format": "casebook-interchange/1",
        "cases": [{"reference": "IM-NOFILE", "title": "Import", "evidence": [record]}],
    }
    interchange.import_document(book, document, book.folder)
    with book.session() as s:
        item = s.scalar(select(EvidenceItem))
        assert item.extracted_metadata == {"note": "x"}


@pytest.mark.parametrize(
    ("content", "media_type"),
    [
        (bytes(random.Random(3).randbytes(50_000)), "application/octet-stream"),  # "clip.mp4"
        (b"", "application/octet-stream"),
        # A real header with its body cut off: the type is known, the metadata says what is not.
        ((FIXTURES / "video-iphone.mov").read_bytes()[:700], "video/quicktime"),
    ],
)
def test_bad_files_are_taken_in_with_a_note_not_a_crash(book, tmp_path, content, media_type):
    path = tmp_path / "clip.mp4"
    path.write_bytes(content)
    with book.session() as s:
        case = add_case(s, "Bad input", "BAD-1")
        item = evidence.take_in(book, s, case, path).item
        s.commit()
        assert item.media_type == media_type and item.size == len(content)
        metadata = item.extracted_metadata
    if media_type == "application/octet-stream":
        assert metadata == {}  # never parsed as the type its name claims
    else:
        assert metadata["warnings"] and "gps_latitude" not in metadata
