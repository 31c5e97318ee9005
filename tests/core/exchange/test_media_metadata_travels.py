"""Evidence sent in a package keeps the metadata its sender's intake read from the file.

The receiver does not read the file again (see core/media/intake_metadata.py): the unit is
signed with that metadata, and the attachment matches the signed SHA-256.
"""

from __future__ import annotations

from pathlib import Path

from casebook.core.media.media_metadata import extract_metadata
from casebook.core.media.media_type import sniff_media_type
from casebook.core.models import EvidenceItem
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in

from .conftest import CASE_REF

FIXTURES = Path(__file__).parents[2] / "fixtures" / "media"
FILES = ("video-iphone.mov", "photo-gps.heic", "voice-note.opus", "recording.amr")


def test_package_carries_the_same_metadata_as_add_evidence(parties, tmp_path):
    sent: dict[str, dict] = {}
    with parties.aung.book.session() as s:
        case = add_case(s, "Media", CASE_REF)
        for name in FILES:
            item = take_in(parties.aung.book, s, case, FIXTURES / name).item
            sent[item.id] = dict(item.extracted_metadata)
        s.commit()
    parties.aung.send([parties.sara], tmp_path / "media.cbpkg")
    parties.sara.receive(tmp_path / "media.cbpkg")
    with parties.sara.book.session() as s:
        received = {i: dict(s.get(EvidenceItem, i).extracted_metadata) for i in sent}
        names = {i: s.get(EvidenceItem, i).original_filename for i in sent}
    assert received == sent
    for item_id, metadata in received.items():
        path = FIXTURES / names[item_id]
        read = {k: v for k, v in metadata.items() if k != "content_credentials"}  # C2PA: apart
        assert read == extract_metadata(path, sniff_media_type(path.read_bytes()[:4096]))
    mov = next(m for i, m in received.items() if names[i] == "video-iphone.mov")
    assert (mov["gps_latitude"], mov["taken_at"]) == (33.5138, "2024-05-01T12:00:00+02:00")
