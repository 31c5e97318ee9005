"""Hostile interchange files: each is refused with a sentence naming the JSON location, never
a traceback; the message carries no case data; and nothing is written to the casebook.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from casebook.core import interchange
from casebook.core.errors import CasebookError, ImportRejected

from .state import snapshot
from .test_interchange import _uuid, minimal_document

PLACE = "ບ້ານຫ້ວຍ"  # the place name in minimal_document
TITLE = "Forced displacement, Bokeo"


def refused(book, path_or_document, match: str, base_dir: Path | None = None) -> str:
    """Import must raise ImportRejected matching ``match`` and leave the casebook as it was."""
    before = snapshot(book)
    with pytest.raises(ImportRejected, match=match) as caught:
        if isinstance(path_or_document, Path):
            interchange.import_file(book, path_or_document)
        else:
            interchange.import_document(book, path_or_document, base_dir or book.folder)
    assert snapshot(book) == before
    message = str(caught.value)
    assert PLACE not in message and TITLE not in message
    return message


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "case.json"
    path.write_text(text, encoding="utf-8")
    return path


def with_marker(document: dict, raw: str, set_marker) -> str:
    set_marker(document, "HOSTILE-MARKER")
    return json.dumps(document, ensure_ascii=False).replace('"HOSTILE-MARKER"', raw)


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2022-14-03", "2022-02-30", "2017-99-99", "yesterday"])
def test_impossible_incident_dates_are_refused_with_their_place(book, value):
    document = minimal_document()
    document["cases"][0]["incidents"][0]["date"]["start"] = value
    message = refused(book, document, "nothing was imported")
    assert "/cases/0/incidents/0/date/start: " in message
    assert any(p in message for p in ("is not a date", "does not exist", "does not have"))


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ("testimonies", ("taken_on",)),
        ("testimonies", ("consent", "given_on")),
        ("testimonies", ("consent", "withdrawn_on")),
        ("evidence", ("collected_at",)),
        ("evidence", ("captured_at",)),
    ],
)
def test_every_date_field_is_checked(book, record, field):
    document = minimal_document()
    case = document["cases"][0]
    case.setdefault("evidence", []).append({"id": _uuid(), "title": "Photo"})
    target = case[record][0]
    for key in field[:-1]:
        target = target[key]
    target[field[-1]] = "2022-02-30"
    message = refused(book, document, "dates that do not exist")
    assert f"/cases/0/{record}/0/{'/'.join(field)}: has a day" in message


def test_a_range_ending_before_it_starts_is_refused(book):
    document = minimal_document()
    document["cases"][0]["incidents"][0]["date"] = {
        "precision": "range",
        "start": "2024-03-04",
        "end": "2024-03-01",
    }
    assert "/cases/0/incidents/0/date/end: The range ends before" in refused(
        book, document, "ranges that end before they start"
    )


def test_consent_withdrawn_before_it_was_given_is_refused(book):
    document = minimal_document()
    consent = document["cases"][0]["testimonies"][0]["consent"]
    consent.update(given_on="2024-03-05", withdrawn_on="2024-03-01")
    assert "/consent/withdrawn_on: The range ends" in refused(book, document, "ranges")


@pytest.mark.parametrize(("start", "end"), [("2017", "2017"), ("2017-08-25", "2017-08")])
def test_partial_dates_are_still_accepted(book, start, end):
    document = minimal_document()
    document["cases"][0]["incidents"][0]["date"] = {"precision": "range", "start": start}
    document["cases"][0]["incidents"][0]["date"]["end"] = end
    assert "1 incidents" in interchange.import_document(book, document, book.folder)


@pytest.mark.parametrize("value", ["yesterday", "2024-03-10", "2024-03-10T08:00:00"])
def test_a_seal_time_must_be_a_time_with_its_offset(book, value):
    document = minimal_document()
    document["cases"][0]["testimonies"][0]["sealed_at"] = value
    assert "/cases/0/testimonies/0/sealed_at:" in refused(book, document, "nothing was imported")


# -- the JSON itself ----------------------------------------------------------------------


def test_nesting_deeper_than_python_can_recurse_is_refused(book, tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    text = with_marker(
        minimal_document(), deep, lambda d, m: d["cases"][0].__setitem__("summary", m)
    )
    assert "nested more than 64 levels" in refused(book, write(tmp_path, text), "does not read")


def test_nesting_in_a_document_given_as_objects_is_refused(book):
    document = minimal_document()
    deep: list = []
    for _ in range(5000):
        deep = [deep]
    document["cases"][0]["evidence"] = [{"id": _uuid(), "title": "x", "metadata": {"d": deep}}]
    refused(book, document, "nested more than 64 levels")


def test_an_escaped_lone_surrogate_is_refused(book, tmp_path):
    text = with_marker(
        minimal_document(),
        '"\\ud800"',
        lambda d, m: d["cases"][0]["incidents"][0]["place"].__setitem__("name", m),
    )
    message = refused(book, write(tmp_path, text), "lone surrogate")
    assert "/cases/0/incidents/0/place/name:" in message


@pytest.mark.parametrize(
    ("field", "raw"),
    [
        ("precision_m", str(10**400)),
        ("precision_m", str(2**63)),
        ("latitude", str(-(2**63) - 1)),
        ("precision_m", "1e400"),
        ("latitude", "NaN"),
        ("longitude", "Infinity"),
        ("longitude", "-Infinity"),
    ],
)
def test_huge_and_non_finite_numbers_are_refused(book, tmp_path, field, raw):
    text = with_marker(
        minimal_document(),
        raw,
        lambda d, m: d["cases"][0]["incidents"][0]["place"].__setitem__(field, m),
    )
    message = refused(book, write(tmp_path, text), "does not read")
    assert f"/cases/0/incidents/0/place/{field}:" in message


def test_huge_integers_are_refused_in_documents_given_as_objects(book):
    document = minimal_document()
    document["cases"][0]["testimonies"][0]["version"] = 2**64
    refused(book, document, "/cases/0/testimonies/0/version: is a whole number outside")


def test_an_overlong_text_is_refused(book, tmp_path):
    text = with_marker(
        minimal_document(),
        json.dumps("x" * 4_000_001),
        lambda d, m: d["cases"][0]["testimonies"][0]["segments"][0].__setitem__("original_text", m),
    )
    refused(book, write(tmp_path, text), "more than 4000000 characters")


# -- files beside the JSON ----------------------------------------------------------------


def with_file(path: str, sha256: str = "0" * 64) -> dict:
    document = minimal_document()
    document["cases"][0]["evidence"] = [
        {"id": _uuid(), "title": "Photo", "file": path, "sha256": sha256}
    ]
    return document


@pytest.mark.parametrize("path", ["../secret.txt", "files/../../secret.txt", "a\\..\\b"])
def test_a_file_path_may_not_leave_the_folder(book, tmp_path, path):
    (tmp_path / "secret.txt").write_bytes(b"outside")
    folder = tmp_path / "export"
    (folder / "files").mkdir(parents=True)
    digest = hashlib.sha256(b"outside").hexdigest()
    message = refused(book, with_file(path, digest), "nothing was imported", folder)
    assert "/cases/0/evidence/0/file: must be a path inside the JSON file's folder" in message


@pytest.mark.parametrize("inside", [False, True])
def test_a_symbolic_link_is_not_followed(book, tmp_path, inside):
    folder = tmp_path / "export"
    folder.mkdir()
    target = (folder if inside else tmp_path) / "real.txt"
    target.write_bytes(b"linked")
    os.symlink(target, folder / "link.txt")
    digest = hashlib.sha256(b"linked").hexdigest()
    refused(book, with_file("link.txt", digest), "no symbolic link", folder)


def test_a_folder_link_on_the_way_is_not_followed(book, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.txt").write_bytes(b"outside")
    folder = tmp_path / "export"
    folder.mkdir()
    os.symlink(outside, folder / "files")
    digest = hashlib.sha256(b"outside").hexdigest()
    refused(book, with_file("files/x.txt", digest), "no symbolic link", folder)


def test_a_wrong_hash_does_not_reveal_the_file_s_real_hash(book, tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff whatever is there")
    real = hashlib.sha256(b"\xff\xd8\xff whatever is there").hexdigest()
    message = refused(book, with_file("photo.jpg"), "does not match the SHA-256", tmp_path)
    assert real not in message
    assert "/cases/0/evidence/0/file" in message
    assert not list(book.vault.folder.glob("*/*.cbx"))


# -- the database's own refusals ----------------------------------------------------------


def test_a_database_refusal_is_a_sentence_without_parameters(book, monkeypatch):
    """Whatever the database refuses, its SQL parameters (case data) never reach the user."""
    from casebook.core.interchange import importer

    def break_incident(*args, **kwargs):
        incident = original(*args, **kwargs)
        # NOT NULL, set past every check: only SQLite refuses. (A number too large for the
        # database is now refused earlier, when the record is hashed: canonical_json.py.)
        incident.title = None
        return incident

    original = importer._incident
    monkeypatch.setattr(importer, "_incident", break_incident)
    message = refused(book, minimal_document(), "database refused a record")
    assert "parameters" not in message and "SQL" not in message


def test_schema_messages_do_not_quote_the_values(book):
    document = minimal_document()
    case = document["cases"][0]
    case["reference"] = "Daw Khin Myint, Village Tract 7, " * 4  # too long for a reference
    case["incidents"][0]["place"]["latitude"] = 91.123456
    case["persons"][0]["roles"] = ["Daw Khin Myint"]
    case["persons"][0]["nickname"] = "Daw Khin"  # a field the format does not have
    message = refused(book, document, "does not follow the interchange format")
    assert "Daw Khin" not in message and "91.123456" not in message
    assert "/cases/0/reference: is longer than 100 characters" in message
    assert "/cases/0/incidents/0/place/latitude: is more than 90" in message
    assert "/cases/0/persons/0: has fields the format does not know: nickname" in message
    assert isinstance(ImportRejected("x"), CasebookError)
