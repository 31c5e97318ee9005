"""Tags and charges travel in the interchange format, and bad ones are refused whole."""

from __future__ import annotations

import copy
import json
import uuid

import pytest
from sqlalchemy import func, select

from casebook.core import interchange
from casebook.core.analysis import coverage
from casebook.core.errors import ImportRejected
from casebook.core.interchange import exporter, importer
from casebook.core.interchange.schema import schema_problems
from casebook.core.models import Case, Charge, Segment, Tag
from casebook.core.taxonomy import TAXONOMY_VERSION


@pytest.fixture
def exported(rakhine) -> dict:
    return interchange.export_case(rakhine.book, "MM-2017-NR-001")


def _statuses(book, reference: str) -> list[list[tuple[str, str]]]:
    with book.session() as s:
        case = s.scalar(select(Case).where(Case.reference == reference))
        matrix = coverage(s, case)
    return [[(row.element_id, row.status) for _, row in c.rows()] for c in matrix.charges]


def test_export_writes_tags_charges_and_segment_ids(rakhine, exported):
    case = exported["cases"][0]
    assert schema_problems(exported) == []
    assert len(case["tags"]) == 18 and len(case["charges"]) == 3
    segment_ids = {s["id"] for t in case["testimonies"] for s in t["segments"]}
    assert set(rakhine.t1) <= segment_ids
    first = case["tags"][0]
    assert first["element_id"] == "cah_attack/1" and first["segment_id"] == rakhine.t1[1]
    assert first["taxonomy_version"] == TAXONOMY_VERSION
    assert (first["source_reliability"], first["info_credibility"]) == ("B", "2")
    ranged = next(t for t in case["tags"] if "char_start" in t)
    assert (ranged["char_start"], ranged["char_end"]) == (0, 21)
    deportation = case["charges"][0]
    assert deportation["national_provision"] == "DE:§7(1)(nr4)"
    assert [
        {k: p[k] for k in ("person_id", "liability_id")} for p in deportation["perpetrators"]
    ] == [
        {"person_id": rakhine.commander, "liability_id": "28(a)"},
        {"person_id": rakhine.soldier, "liability_id": "25(3)(a)-direct"},
    ]
    assert sorted(deportation["incident_ids"]) == sorted([rakhine.village_a, rakhine.river])
    assert exporter.EXTENSIONS.count(exporter.EXTENSIONS[-1]) == 1  # registered once


def test_round_trip_into_another_casebook_gives_the_same_matrix(
    rakhine, exported, casebook_factory
):
    other, _ = casebook_factory("receiving")
    summary = interchange.import_document(
        other, json.loads(json.dumps(exported)), rakhine.book.folder
    )
    assert "1 cases" in summary
    assert _statuses(other, "MM-2017-NR-001") == _statuses(rakhine.book, "MM-2017-NR-001")
    assert other.setting("taxonomy_version") == TAXONOMY_VERSION
    with other.session() as s:
        tag = s.get(Tag, exported["cases"][0]["tags"][5]["id"])
        original = exported["cases"][0]["tags"][5]
        assert tag.created_at.isoformat() == original["created_at"]
        assert (tag.char_start, tag.char_end) == (0, 21)
        segment = s.get(Segment, tag.segment_id)
        assert segment.position == 1
        # The quoted words travel, so the tag follows them after edits here too.
        assert tag.quote == original["quote"] == segment.text[0:21]
        assert tag.quote_suffix == original["quote_suffix"] != ""
    again = interchange.export_case(other, "MM-2017-NR-001")
    assert again["cases"][0]["tags"] == exported["cases"][0]["tags"]
    assert again["cases"][0]["charges"] == exported["cases"][0]["charges"]


def _fresh_ids(document: dict) -> dict:
    """The same case under new ids and a new reference, to import beside the original.

    Without custody, review events and audit chains: they are signed or hashed over the
    original ids, and a renamed copy of them would be (and is) refused as tampered."""
    document = json.loads(json.dumps(document))
    case = document["cases"][0]
    for key in ("signers", "review_events", "audit"):
        case.pop(key, None)
    for item in case["evidence"]:
        item.pop("custody", None)
        item.pop("blob_id", None)
    for t in case["testimonies"]:
        (t["consent"] or {}).pop("id", None)
    for charge in case["charges"]:
        for link in charge["perpetrators"]:
            link.pop("id", None)
    text = json.dumps(document)
    ids = {case["id"]}
    for key in ("persons", "incidents", "testimonies", "evidence", "tags", "charges"):
        ids.update(r["id"] for r in case[key])
    for t in case["testimonies"]:
        ids.update(s["id"] for s in t["segments"])
        ids.add(t["lineage_id"])
    for old in ids:
        text = text.replace(old, str(uuid.uuid4()))
    fresh = json.loads(text)
    fresh["cases"][0]["reference"] = "MM-2017-NR-COPY"
    return fresh


def _id_of(case: dict, pseudonym: str) -> str:
    return next(p["id"] for p in case["persons"] if p["pseudonym"] == pseudonym)


def test_the_same_case_under_new_ids_imports_beside_the_original(rakhine, exported):
    interchange.import_document(rakhine.book, _fresh_ids(exported), rakhine.book.folder)
    assert _statuses(rakhine.book, "MM-2017-NR-COPY") == _statuses(rakhine.book, "MM-2017-NR-001")


def _count(book, model) -> int:
    with book.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize(
    ("change", "location", "words"),
    [
        (lambda c: c["tags"][0].update(element_id="7(1)(d)/9"), "/tags/0/element_id",
         "no element '7(1)(d)/9'"),
        (lambda c: c["tags"][0].update(segment_id=str(uuid.uuid4())), "/tags/0/segment_id",
         "segment that is not in this case"),
        (lambda c: c["tags"][6].update(evidence_id=str(uuid.uuid4())), "/tags/6/evidence_id",
         "evidence item that is not in this case"),
        (lambda c: c["tags"][10].update(perpetrator_id=str(uuid.uuid4())),
         "/tags/10/perpetrator_id", "person that is not in this case"),
        (lambda c: c["tags"][10].update(perpetrator_id=_id_of(c, "W-001")),
         "/tags/10/perpetrator_id", "not an alleged perpetrator"),
        (lambda c: c["tags"][5].update(char_end=10_000), "/tags/5/char_end",
         "does not fit the passage"),
        (lambda c: c["tags"][0].update(element_kind="liability"), "/tags/0/element_kind",
         "cah_attack/1 is a context element"),
        (lambda c: c["tags"].append(dict(c["tags"][0], id=str(uuid.uuid4()))), "/tags/18",
         "the same tag appears twice"),
        (lambda c: c["tags"][0].update(taxonomy_version="unheard-of/1"), "/tags/0/element_id",
         "'unheard-of/1', which this Casebook cannot map"),
        (lambda c: c["tags"][0].update(created_at="2017-10-02 10:00"), "/tags/0/created_at",
         "UTC offset"),
        (lambda c: c["charges"][0].update(crime_id="7(1)(z)"), "/charges/0/crime_id",
         "no crime '7(1)(z)'"),
        (lambda c: c["charges"][0].update(national_provision="DE:§7(1)(nr1)"),
         "/charges/0/national_provision", "Provisions of DE that do: §7(1)(nr4)"),
        (lambda c: c["charges"][1]["perpetrators"][0].update(liability_id="25(3)(e)"),
         "/charges/1/perpetrators/0/liability_id", "applies only to genocide"),
        (lambda c: c["charges"][1]["perpetrators"][0].update(person_id=str(uuid.uuid4())),
         "/charges/1/perpetrators/0/person_id", "person that is not in this case"),
        (lambda c: c["charges"][0]["incident_ids"].append(str(uuid.uuid4())),
         "/charges/0/incident_ids/2", "incident not in this case"),
    ],
)  # fmt: skip
def test_bad_tags_and_charges_are_refused_with_their_location(
    rakhine, exported, change, location, words
):
    document = _fresh_ids(exported)
    change(document["cases"][0])
    before = (_count(rakhine.book, Tag), _count(rakhine.book, Charge), _count(rakhine.book, Case))
    with pytest.raises(ImportRejected) as error:
        interchange.import_document(rakhine.book, document, rakhine.book.folder)
    problems = [str(p) for p in error.value.problems]
    assert any(p.startswith(f"/cases/0{location}:") and words in p for p in problems), problems
    after = (_count(rakhine.book, Tag), _count(rakhine.book, Charge), _count(rakhine.book, Case))
    assert after == before  # nothing half-imported


def test_ids_already_in_the_casebook_are_refused(rakhine, exported):
    document = copy.deepcopy(exported)
    document["cases"][0]["reference"] = "MM-2017-NR-COPY"
    with pytest.raises(ImportRejected) as error:
        interchange.import_document(rakhine.book, document, rakhine.book.folder)
    problems = [str(p) for p in error.value.problems]
    assert any(p.startswith("/cases/0/tags/0/id: this id is already in use") for p in problems)
    assert any(p.startswith("/cases/0/charges/0/id: this id is already in use") for p in problems)
    assert any("/segments/0/id: already in use" in p for p in problems)


def test_schema_refuses_a_tag_with_two_targets_or_a_lone_range(exported):
    document = copy.deepcopy(exported)
    tag = document["cases"][0]["tags"][0]
    tag["evidence_id"] = str(uuid.uuid4())
    document["cases"][0]["tags"][2]["char_start"] = 3  # a passage, but no end
    document["cases"][0]["tags"][1]["char_start"] = 3  # on evidence
    document["cases"][0]["tags"][1]["char_end"] = 4
    problems = schema_problems(document)
    assert any(p.startswith("/cases/0/tags/0:") for p in problems)
    assert any(p.startswith("/cases/0/tags/1:") for p in problems)
    assert any(p.startswith("/cases/0/tags/2:") for p in problems)
    assert not any(p.startswith("/cases/0/tags/3") for p in problems)


def test_segments_without_ids_and_tags_on_incidents_import(casebook_factory):
    book, _ = casebook_factory("plain")
    perpetrator, incident, testimony = (str(uuid.uuid4()) for _ in range(3))
    document = {
        "format": "casebook-interchange/1",
        "cases": [
            {
                "reference": "MM-HAND-1",
                "title": "Written by hand",
                "persons": [{"id": perpetrator, "roles": ["alleged_perpetrator"]}],
                "testimonies": [{"id": testimony, "segments": [{"text": "ရွာကို မီးရှို့တယ်။"}]}],
                "incidents": [{"id": incident, "title": "Burning", "testimony_ids": [testimony]}],
                "tags": [
                    {"incident_id": incident, "element_kind": "crime", "element_id": "7(1)(d)/1",
                     "support": "direct", "source_reliability": "B", "info_credibility": "2"},
                    {"incident_id": incident, "element_kind": "context", "element_id": "7(1)(d)/4",
                     "support": "circumstantial"},
                ],
                "charges": [
                    {"crime_id": "7(1)(d)", "national_provision": "de:§7(1)(nr4)",
                     "perpetrators": [{"person_id": perpetrator, "liability_id": "28(a)"}],
                     "incident_ids": [incident]},
                ],
            }
        ],
    }  # fmt: skip
    interchange.import_document(book, document, book.folder)
    with book.session() as s:
        context = s.scalar(select(Tag).where(Tag.element_kind == "context"))
        assert context.element_id == "cah_attack/1"  # a crime's contextual number, stored shared
        charge = s.scalar(select(Charge))
        assert charge.national_provision == "DE:§7(1)(nr4)"
        assert charge.taxonomy_version == TAXONOMY_VERSION
    statuses = dict(_statuses(book, "MM-HAND-1")[0])
    assert statuses["7(1)(d)/1"] == "supported" and statuses["cah_attack/1"] == "weak"


def test_hooks_are_registered_once():
    from casebook.core.interchange import analysis_extension

    analysis_extension.register()
    assert exporter.EXTENSIONS.count(analysis_extension.export_analysis) == 1
    assert importer.CHECKS.count(analysis_extension.check_analysis) == 1
    assert importer.EXTENSIONS.count(analysis_extension.import_analysis) == 1
