"""Authored sections travel in the interchange format with their history; bad ones are
refused whole, naming the entry and never its text."""

from __future__ import annotations

import copy
import json
import uuid

import pytest
from sqlalchemy import func, select

from casebook.core import interchange
from casebook.core.errors import ImportRejected
from casebook.core.interchange.schema import schema_problems
from casebook.core.models import AuthoredSection, Case
from casebook.core.records.sections import load_sections, section_history, set_section

REFERENCE = "MM-2017-NR-001"


@pytest.fixture
def written(rakhine):
    with rakhine.book.session() as s:
        case = s.get(Case, rakhine.case_id)
        set_section(s, case, "summary", "Erste Fassung.")
        set_section(
            s, case, "summary", "Zweite Fassung mit [[incident:" + rakhine.river[:8] + "]]."
        )
        set_section(s, case, "legal_argument", "Deportation.", charge_id=rakhine.deportation)
        set_section(
            s,
            case,
            "element_argument",
            "Der Angriff.",
            charge_id=rakhine.deportation,
            element_id="7(1)(d)/4",
        )
        s.commit()
    return rakhine


def test_round_trip_keeps_every_version_and_the_current_texts(written, casebook_factory):
    exported = interchange.export_case(written.book, REFERENCE)
    sections = exported["cases"][0]["sections"]
    assert schema_problems(exported) == []
    assert [s["kind"] for s in sections] == [
        "summary",
        "summary",
        "legal_argument",
        "element_argument",
    ]
    assert sections[1]["supersedes_id"] == sections[0]["id"]
    assert sections[3]["element_id"] == "cah_attack/1"
    other, _ = casebook_factory("receiving")
    interchange.import_document(other, json.loads(json.dumps(exported)), written.book.folder)
    with other.session() as s:
        case = s.scalar(select(Case).where(Case.reference == REFERENCE))
        loaded = load_sections(s, case)
        assert loaded.case("summary").startswith("Zweite Fassung mit [[incident:")
        assert loaded.charge(written.deportation) == "Deportation."
        assert loaded.element(written.deportation, "7(1)(d)/4") == "Der Angriff."
        assert [v.version for v in section_history(s, case, "summary")] == [1, 2]
    again = interchange.export_case(other, REFERENCE)
    assert again["cases"][0]["sections"] == sections


def test_a_case_without_sections_exports_no_sections_field(rakhine):
    assert "sections" not in interchange.export_case(rakhine.book, REFERENCE)["cases"][0]


def test_a_hand_written_file_needs_only_kind_and_text(rakhine, casebook_factory):
    document = interchange.export_case(rakhine.book, REFERENCE)
    charge_id = document["cases"][0]["charges"][0]["id"]
    document["cases"][0]["sections"] = [
        {"kind": "jurisdiction", "text": "§ 1 VStGB.\r\nZweite Zeile."},
        {"kind": "legal_argument", "charge_id": charge_id, "text": "Argued."},
    ]
    other, _ = casebook_factory("receiving")
    interchange.import_document(other, document, rakhine.book.folder)
    with other.session() as s:
        loaded = load_sections(s, s.scalar(select(Case).where(Case.reference == REFERENCE)))
        assert loaded.case("jurisdiction") == "§ 1 VStGB.\nZweite Zeile."
        assert loaded.charge(charge_id) == "Argued."


def _count(book) -> int:
    with book.session() as s:
        return s.scalar(select(func.count()).select_from(AuthoredSection))


@pytest.mark.parametrize(
    ("change", "location", "words"),
    [
        (lambda c: c["sections"][2].update(charge_id=str(uuid.uuid4())),
         "/sections/2/charge_id", "charge that is not in this case"),
        (lambda c: c["sections"][3].update(element_id="7(1)(d)/99"),
         "/sections/3/element_id", "no such element"),
        (lambda c: c["sections"][1].update(supersedes_id=str(uuid.uuid4())),
         "/sections/1/supersedes_id", "not in this case"),
        (lambda c: c["sections"][0].update(text="SECRET\x07TEXT"), "/sections/0/text",
         "control character"),
        (lambda c: c["sections"][0].update(text="x" * 400_001), "/sections/0",
         "longer than 400000"),
        (lambda c: c["sections"][0].update(kind="preamble"), "/sections/0/kind",
         "is not one of"),
        (lambda c: c["sections"][0].update(charge_id=c["charges"][0]["id"]), "/sections/0",
         "belongs to the case"),
        (lambda c: c["sections"][1].update(version=1), "/sections/1",
         "only a first version supersedes nothing"),
        (lambda c: c["sections"][0].update(created_at="2020-01-01 10:00"),
         "/sections/0/created_at", "UTC offset"),
        (lambda c: c["sections"].append(dict(c["sections"][0])), "/sections/4/id",
         "already in use"),
    ],
)  # fmt: skip
def test_bad_sections_are_refused_whole(written, casebook_factory, change, location, words):
    exported = interchange.export_case(written.book, REFERENCE)
    document = copy.deepcopy(exported)
    change(document["cases"][0])
    other, _ = casebook_factory("receiving")
    with pytest.raises(ImportRejected) as caught:
        interchange.import_document(other, document, written.book.folder)
    message = str(caught.value)
    assert location in message and words in message
    assert "SECRET" not in message and "Fassung" not in message
    assert _count(other) == 0
    with other.session() as s:
        assert s.scalars(select(Case)).all() == []
