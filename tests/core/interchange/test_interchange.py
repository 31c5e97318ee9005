"""The JSON interchange format: round trips, files with hashes, and refusals that name the place."""

from __future__ import annotations

import copy
import hashlib
import json
import uuid

import pytest
from PIL import Image
from sqlalchemy import func, select

from casebook.core import interchange
from casebook.core.errors import ImportRejected
from casebook.core.models import Case, EvidenceItem, Person, Testimony
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.persons import add_person
from casebook.core.records.records import add_incident
from casebook.core.records.testimonies import ConsentTerms, add_testimony, seal


def _uuid() -> str:
    return str(uuid.uuid4())


def minimal_document(reference: str = "LA-2024-001") -> dict:
    witness, testimony, incident = _uuid(), _uuid(), _uuid()
    return {
        "format": "casebook-interchange/1",
        "cases": [
            {
                "reference": reference,
                "title": "Forced displacement, Bokeo",
                "persons": [{"id": witness, "roles": ["witness", "survivor"], "sex_gender": "f"}],
                "testimonies": [
                    {
                        "id": testimony,
                        "witness_id": witness,
                        "language": "lo",
                        "segments": [
                            {"text": "ພວກເຂົາບັງຄັບໃຫ້ພວກເຮົາອອກຈາກບ້ານ"},
                            {"text": "We walked for three days.", "redact": True},
                        ],
                        "consent": {"legal_proceedings": True, "jurisdictions": ["DE"]},
                    }
                ],
                "incidents": [
                    {
                        "id": incident,
                        "title": "Expulsion",
                        "date": {"precision": "range", "start": "2024-03-01", "end": "2024-03-04"},
                        "place": {"name": "ບ້ານຫ້ວຍ", "latitude": 20.27, "longitude": 100.41},
                        "person_ids": [witness],
                        "testimony_ids": [testimony],
                    }
                ],
            }
        ],
    }


def count(book, model) -> int:
    with book.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_import_creates_every_record(book):
    message = interchange.import_document(book, minimal_document(), book.folder)
    assert "1 cases" in message and "1 testimonies" in message
    with book.session() as s:
        case = s.scalar(select(Case).where(Case.reference == "LA-2024-001"))
        testimony = s.scalar(select(Testimony))
        assert testimony.segments[0].text.startswith("ພວກເຂົາ")
        assert testimony.segments[1].redact is True
        assert testimony.consent.jurisdictions == ["DE"]
        assert case.incidents[0].persons[0].pseudonym == "W-001"


def test_round_trip_with_files_and_hashes(book, casebook_factory, tmp_path):
    photo = tmp_path / "ຮູບ photo.jpg"
    Image.new("RGB", (32, 32), "green").save(photo)
    with book.session() as s:
        case = add_case(s, "Round trip", "RT-1")
        person = add_person(s, case, ["witness"], identity={"full_name": "Real Name"})
        t = add_testimony(s, case, ["first", "second"], witness=person, language="en",
                          consent=ConsentTerms(legal_proceedings=True))  # fmt: skip
        seal(t, book.actor_id)
        take_in(book, s, case, photo)
        add_incident(s, case, "Shelling", date_precision="month", date_start="2023-05")
        s.commit()
    out = tmp_path / "export"
    document = interchange.export_case(book, "RT-1", files_dir=out / "files", document_dir=out)
    assert "identity" not in json.dumps(document)  # protected fields stay home by default
    record = document["cases"][0]["evidence"][0]
    assert record["file"] == "files/ຮູບ photo.jpg"
    assert hashlib.sha256((out / record["file"]).read_bytes()).hexdigest() == record["sha256"]
    assert record["sha256"] in (out / "files" / "SHA256SUMS").read_text()
    (out / "case.json").write_text(json.dumps(document), encoding="utf-8")
    with book.session() as s:  # the plain copy is in the chain of custody
        item = s.scalar(select(EvidenceItem))
        assert [e.action for e in item.custody] == ["collected", "exported"]
        assert item.custody[-1].details["file_name"] == "ຮູບ photo.jpg"

    other, _ = casebook_factory("other")
    interchange.import_file(other, out / "case.json")
    again = interchange.export_case(other, "RT-1")
    ours = copy.deepcopy(document["cases"][0])
    theirs = again["cases"][0]
    for ev in ours["evidence"]:
        ev.pop("file")
    # Each casebook's own audit chain comes first (test_complete_interchange compares them).
    assert theirs.pop("audit")[1] == ours.pop("audit")[0]
    # The custody travels as signed, and the import adds its own "received" event.
    ours_custody = [ev.pop("custody") for ev in ours["evidence"]]
    theirs_custody = [ev.pop("custody") for ev in theirs["evidence"]]
    assert theirs_custody[0][:2] == ours_custody[0]
    assert [e["action"] for e in theirs_custody[0]] == ["collected", "exported", "received"]
    assert all(signer in theirs.pop("signers") for signer in ours.pop("signers"))
    assert theirs == ours
    assert count(other, EvidenceItem) == 1


def test_identities_only_on_request(book):
    with book.session() as s:
        case = add_case(s, "Ids", "ID-1")
        add_person(s, case, ["victim"], identity={"full_name": "Real Name", "contact": "+856"})
        s.commit()
    assert "Real Name" not in json.dumps(interchange.export_case(book, "ID-1"))
    with_ids = interchange.export_case(book, "ID-1", with_identities=True)
    assert with_ids["cases"][0]["persons"][0]["identity"]["full_name"] == "Real Name"


def test_schema_errors_name_their_location_and_nothing_is_imported(book):
    document = minimal_document()
    document["cases"][0]["testimonies"][0]["segments"][1]["text"] = 42
    document["cases"][0]["persons"][0]["roles"] = ["bystander"]
    with pytest.raises(ImportRejected) as error:
        interchange.import_document(book, document, book.folder)
    message = str(error.value)
    assert "/cases/0/testimonies/0/segments/1/text" in message
    assert "/cases/0/persons/0/roles/0" in message
    assert "nothing was imported" in message
    assert count(book, Case) == 0 and count(book, Person) == 0


def test_dangling_references_are_refused(book):
    document = minimal_document()
    document["cases"][0]["testimonies"][0]["witness_id"] = _uuid()
    with pytest.raises(ImportRejected, match=r"testimonies/0/witness_id: refers to a person"):
        interchange.import_document(book, document, book.folder)
    assert count(book, Testimony) == 0


def test_importing_twice_is_refused_whole(book):
    document = minimal_document()
    interchange.import_document(book, document, book.folder)
    with pytest.raises(ImportRejected, match="already exists"):
        interchange.import_document(book, document, book.folder)
    assert count(book, Testimony) == 1


def test_file_with_wrong_hash_rolls_everything_back(book, tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff not what was declared")
    document = minimal_document()
    document["cases"][0]["evidence"] = [
        {"id": _uuid(), "title": "Photo", "file": "photo.jpg", "sha256": "0" * 64}
    ]
    with pytest.raises(ImportRejected, match="does not match the SHA-256"):
        interchange.import_document(book, document, tmp_path)
    assert count(book, Case) == 0
    assert not list(book.vault.folder.glob("*/*.cbx"))  # the stored copy was discarded


@pytest.mark.parametrize("bad_path", ["/etc/passwd", "C:/Windows/win.ini", "missing.jpg"])
def test_file_paths_must_be_relative_and_present(book, tmp_path, bad_path):
    document = minimal_document()
    document["cases"][0]["evidence"] = [
        {"id": _uuid(), "title": "x", "file": bad_path, "sha256": "0" * 64}
    ]
    with pytest.raises(ImportRejected, match=r"/cases/0/evidence/0/file"):
        interchange.import_document(book, document, tmp_path)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "casebook-interchange/1", "cases": [', "not valid JSON (line 1"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "something-else", "cases": []}', "/format"),
        (b"[]", "(top level)"),
    ],
)
def test_malformed_files(book, tmp_path, content, expected):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as error:
        interchange.import_file(book, path)
    assert expected in str(error.value)


def test_sealed_state_survives_the_round_trip(book, casebook_factory):
    document = minimal_document()
    document["cases"][0]["testimonies"][0]["sealed_at"] = "2024-03-10T08:00:00+00:00"
    interchange.import_document(book, document, book.folder)
    with book.session() as s:
        assert s.scalar(select(Testimony)).sealed


def test_zawgyi_burmese_is_converted_on_import_and_the_user_told(book):
    zawgyi = "ေက်းရြာကို စစ္တပ္က မီးရႈိ႕ခဲ့တယ္"  # "the army burned the village", in Zawgyi
    document = minimal_document()
    document["cases"][0]["testimonies"][0]["segments"] = [{"text": zawgyi}]
    message = interchange.import_document(book, document, book.folder)
    assert "Zawgyi" in message and "1 Burmese passage" in message
    with book.session() as s:
        segment = s.scalar(select(Testimony)).segments[0]
        assert segment.original_text == zawgyi and segment.original_encoding == "zawgyi"
        assert segment.text != zawgyi and "ကျေးရွာ" in segment.text
