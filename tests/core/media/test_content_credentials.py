"""C2PA content credentials read and validated offline at intake, stored with the item."""

from __future__ import annotations

import pytest

from casebook.core.media import content_credentials
from casebook.core.media.content_credentials import describe, read_content_credentials
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import record_stored, store_file, take_in

from .c2pa_signing import CAPTURED_AT, plain_jpeg, signed_jpeg, tampered


def test_a_signed_jpeg_validates_with_its_signer_generator_and_assertions():
    found = read_content_credentials(signed_jpeg(edited=True), "image/jpeg")
    assert found["state"] == "valid"
    assert found["signer"]["common_name"] == "Test Camera"
    assert found["signer"]["issuer"] == "Casebook Test Suite"
    assert found["claim_generator"] == "Casebook test camera 1.0"
    assert found["capture_time"] == CAPTURED_AT
    assert found["location"] == "16,49.2N, 96,9.6E"
    assert [a["action"] for a in found["actions"]] == ["c2pa.created", "c2pa.cropped"]
    assert found["actions"][1]["software"] == "Test Editor"
    assert found["checked_with"].startswith("c2pa-python ")
    line = describe(found)
    assert line.startswith("valid, signed by Test Camera (Casebook Test Suite)")
    assert "not checked against a trust list" in line


def test_a_jpeg_changed_after_signing_is_invalid_and_says_why():
    found = read_content_credentials(tampered(signed_jpeg()), "image/jpeg")
    assert found["state"] == "invalid"
    assert [f["code"] for f in found["failures"]] == ["assertion.dataHash.mismatch"]
    line = describe(found)
    assert line.startswith("present but invalid: ")
    assert "Hashes do not match" in line
    assert "Test Camera" in line  # who it claims to be signed by is still shown


def test_a_plain_jpeg_has_none_which_is_unknown_provenance_not_forgery():
    found = read_content_credentials(plain_jpeg(), "image/jpeg")
    assert found["state"] == "none"
    line = describe(found)
    assert line.startswith("none") and "unknown provenance" in line
    assert "not a sign of forgery" in line


def test_a_damaged_file_without_a_manifest_is_not_called_invalid():
    found = read_content_credentials(b"\xff\xd8\xff\xe0 not really a jpeg", "image/jpeg")
    assert found["state"] == "unreadable"
    assert "not checked" in describe(found)


def test_types_c2pa_does_not_cover_claim_nothing():
    assert read_content_credentials(b"plain text", "text/plain") is None
    assert describe(None) is None


def test_the_reader_is_set_never_to_fetch_or_trust_list():
    verify = content_credentials.OFFLINE_SETTINGS["verify"]
    assert verify == {"verify_trust": False, "ocsp_fetch": False, "remote_manifest_fetch": False}


@pytest.mark.parametrize("way", ["add-evidence", "gui"])
def test_intake_stores_the_credentials_in_the_items_metadata(book, tmp_path, way):
    files = {
        "signed.jpg": signed_jpeg(),
        "tampered.jpg": tampered(signed_jpeg()),
        "plain.jpg": plain_jpeg((10, 120, 10)),
    }
    states = {}
    with book.session() as s:
        case = add_case(s, "C2PA", "C2-1")
        for name, data in files.items():
            path = tmp_path / name
            path.write_bytes(data)
            if way == "gui":
                result = record_stored(book, s, case, store_file(book, path), name)
            else:
                result = take_in(book, s, case, path)
            states[name] = result.item.extracted_metadata["content_credentials"]["state"]
        s.commit()
    assert states == {"signed.jpg": "valid", "tampered.jpg": "invalid", "plain.jpg": "none"}


def test_the_evidence_view_lines_say_the_state_signer_and_actions():
    from casebook.core.media.provenance import provenance_rows

    found = read_content_credentials(signed_jpeg(edited=True), "image/jpeg")
    rows = dict(provenance_rows({"content_credentials": found}))
    assert rows["Content credentials"].startswith("valid, signed by Test Camera")
    assert rows["Captured (C2PA)"] == CAPTURED_AT
    assert rows["Actions (C2PA)"] == f"created ({CAPTURED_AT}), cropped (Test Editor)"
    assert provenance_rows({}) == []
