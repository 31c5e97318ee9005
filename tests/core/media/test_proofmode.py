"""ProofMode bundles taken in as one item: the media stored, its proof recorded and checked."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casebook.core.errors import IntakeError
from casebook.core.media.proofmode import NOT_CHECKED, OTS_NOT_CHECKED
from casebook.core.media.provenance import provenance_rows
from casebook.core.models import EvidenceItem
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import read_content, record_stored, store_file, take_in

from .c2pa_signing import plain_jpeg, signed_jpeg
from .proofmode_bundle import make_bundle


def _take_in(book, path: Path, way: str = "add-evidence"):
    with book.session() as s:
        case = add_case(s, "ProofMode", f"PM-{way}")
        if way == "gui":
            result = record_stored(book, s, case, store_file(book, path), path.name)
        else:
            result = take_in(book, s, case, path)
        s.commit()
        return result.item


@pytest.mark.parametrize("way", ["add-evidence", "gui"])
def test_a_bundle_is_one_item_the_media_with_its_proof(book, tmp_path, way):
    media = signed_jpeg()  # ProofMode can add C2PA content credentials to the photo too
    digest = make_bundle(tmp_path / "proofmode-share.zip", media)
    item = _take_in(book, tmp_path / "proofmode-share.zip", way)
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(EvidenceItem)) == 1
        item = s.get(EvidenceItem, item.id)
        assert read_content(book, item) == media  # the photo itself, not the zip
        assert (item.sha256, item.media_type) == (digest, "image/jpeg")
        assert item.original_filename == "PXL_20261130_100000.jpg"
        assert item.kind == "photo"
        metadata = item.extracted_metadata
    proof = metadata["proofmode"]
    assert proof["bundle_file"] == "proofmode-share.zip"
    assert proof["media_hash"] == "matches the proof"
    assert proof["fields"]["Proof Generated"] == "2026-11-30T10:00:02.114Z"
    assert proof["fields"]["Location.Latitude"] == 16.82
    assert proof["signatures"] == {
        "the media": NOT_CHECKED,
        "proof.json": NOT_CHECKED,
        "proof.csv": NOT_CHECKED,
    }
    assert proof["opentimestamps"] == OTS_NOT_CHECKED
    assert proof["public_key"] == "present (pubkey.asc)"
    assert metadata["content_credentials"]["state"] == "valid"  # read from the media
    rows = dict(provenance_rows(metadata))
    assert rows["ProofMode bundle"] == "proofmode-share.zip: media hash matches the proof"
    assert rows["  Location.Provider"] == "fused"
    assert rows["  Signature of the media"].startswith("present, not checked")


def test_media_that_is_not_what_the_proof_hashed_is_said_to_differ(book, tmp_path):
    other = hashlib.sha256(b"the photo as it was when the proof was made").hexdigest()
    make_bundle(tmp_path / "changed.zip", plain_jpeg(), proof_hash=other)
    item = _take_in(book, tmp_path / "changed.zip")
    assert item.extracted_metadata["proofmode"]["media_hash"] == "DIFFERS from the proof"
    assert item.extracted_metadata["content_credentials"]["state"] == "none"


def test_absent_signatures_and_timestamps_are_said_to_be_absent(book, tmp_path):
    media = plain_jpeg()
    digest = hashlib.sha256(media).hexdigest()
    with zipfile.ZipFile(tmp_path / "bare.zip", "w") as z:
        z.writestr("photo.jpg", media)
        z.writestr(f"{digest}.proof.json", json.dumps({"File Hash SHA256": digest}))
    proof = _take_in(book, tmp_path / "bare.zip").extracted_metadata["proofmode"]
    assert proof["media_hash"] == "matches the proof"
    assert set(proof["signatures"].values()) == {"absent"}
    assert proof["opentimestamps"] == "absent" and proof["public_key"] == "absent"


def test_an_ordinary_zip_is_taken_in_as_the_zip(book, tmp_path):
    with zipfile.ZipFile(tmp_path / "photos.zip", "w") as z:
        z.writestr("photo.jpg", plain_jpeg())
    item = _take_in(book, tmp_path / "photos.zip")
    assert item.original_filename == "photos.zip" and "proofmode" not in item.extracted_metadata


def test_a_bundle_of_several_media_is_refused_with_what_to_do(book, tmp_path):
    second = hashlib.sha256(b"second").hexdigest()
    make_bundle(tmp_path / "two.zip", plain_jpeg(), extra=[(f"{second}.proof.json", "{}")])
    with pytest.raises(IntakeError, match=r"proofs of 2 media files.*on its own"):
        _take_in(book, tmp_path / "two.zip")


def test_a_damaged_bundle_adds_nothing(book, tmp_path):
    media = plain_jpeg() * 20
    make_bundle(tmp_path / "damaged.zip", media)
    data = bytearray((tmp_path / "damaged.zip").read_bytes())
    start = data.index(b"PXL_20261130_100000.jpg") + 60  # inside the compressed photo
    data[start : start + 8] = bytes(8)
    (tmp_path / "damaged.zip").write_bytes(bytes(data))
    with pytest.raises(IntakeError, match=r"is damaged.*nothing was added"):
        _take_in(book, tmp_path / "damaged.zip")
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(EvidenceItem)) == 0
    assert not [p for p in book.vault.folder.rglob("*.cbx")]


def test_the_proof_travels_through_export_json_as_declared(book, casebook_factory, tmp_path):
    from casebook.core import interchange

    make_bundle(tmp_path / "share.zip", plain_jpeg())
    with book.session() as s:
        case = add_case(s, "ProofMode", "PM-X")
        take_in(book, s, case, tmp_path / "share.zip")
        s.commit()
    out = tmp_path / "export"
    document = interchange.export_case(book, "PM-X", files_dir=out / "files", document_dir=out)
    record = document["cases"][0]["evidence"][0]
    record["metadata"]["proofmode"]["fields"]["Hardware"] = "x" * 5000  # bounded on the way in
    other, _ = casebook_factory("other")
    interchange.import_document(other, document, out)
    with other.session() as s:
        proof = s.scalar(select(EvidenceItem)).extracted_metadata["proofmode"]
    assert proof["media_hash"] == "matches the proof"  # checked again against the file here
    assert proof["declared"].endswith("the bundle itself was not seen here")
    assert proof["signatures"]["the media"] == NOT_CHECKED
    assert len(proof["fields"]["Hardware"]) == 200
