"""Format 2 is a complete export: export → import into a fresh casebook → export gives the
same records, custody and coverage matrix; audit chains and review events travel and are
checked; format-1 files still import; a recipient's file holds no name it may not see."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from casebook.core import interchange
from casebook.core.analysis.matrix import coverage
from casebook.core.errors import ImportRejected
from casebook.core.integrity.custody import custody_problems
from casebook.core.interchange.schema import schema_problems
from casebook.core.models import (
    Case,
    ConsentReview,
    EvidenceItem,
    ForeignAuditEntry,
    ReviewEvent,
    Testimony,
)
from casebook.core.verification import verify_casebook

from .full_case import REFERENCE, WITNESS_NAME, complete_case
from .state import snapshot

FIXTURE_V1 = Path(__file__).parents[2] / "fixtures" / "interchange-1" / "case.json"

# What legitimately differs between the first export and the export after the import, and
# is therefore not compared as it is (each is checked on its own below):
EXCLUDED = (
    "exported_at",  # when each export was made
    "exported_by",  # who made it (another user in the other casebook)
    "cases/0/audit",  # the second casebook's own chain comes first; the first one's follows
    "cases/0/signers",  # plus the importing user, who signed its 'received' event
    "cases/0/evidence/*/custody",  # plus the import's 'received' and the 'exported' event
)


def _export(book, folder: Path, **options: Any) -> dict[str, Any]:
    document = interchange.export_case(
        book, REFERENCE, files_dir=folder / "files", document_dir=folder, **options
    )
    (folder / "case.json").write_text(json.dumps(document), encoding="utf-8")
    return document


def _without_excluded(document: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(document)
    for key in ("exported_at", "exported_by"):
        del out[key]
    case = out["cases"][0]
    del case["audit"], case["signers"]
    for item in case["evidence"]:
        item.pop("custody", None)
    return json.loads(json.dumps(out, sort_keys=True))


def _matrix(book) -> dict[str, Any]:
    with book.session() as s:
        return coverage(s, s.scalar(select(Case).where(Case.reference == REFERENCE))).to_dict()


@pytest.fixture
def full(rakhine):
    complete_case(rakhine.book, rakhine)
    return rakhine


def test_round_trip_gives_the_same_records_custody_and_matrix(full, casebook_factory, tmp_path):
    first = _export(full.book, tmp_path / "a", with_identities=True)
    assert first["format"] == "casebook-interchange/3" and schema_problems(first) == []
    case = first["cases"][0]
    # Everything the case holds is in the file.
    assert len(case["review_events"]) == 2 and len(case["sections"]) == 3
    assert [p["element_id"] for p in case["patterns"]] == ["cah_attack/1"]
    assert [t["version"] for t in case["testimonies"]].count(2) == 1
    assert any(t["consent"] and t["consent"].get("review") for t in case["testimonies"])
    assert first["taxonomy_version"]
    photo = next(e for e in case["evidence"] if e["id"] == full.photo)
    assert [c["action"] for c in photo["custody"]] == ["collected", "transferred", "exported"]

    other, _ = casebook_factory("other", user_name="Legal Team Berlin")
    interchange.import_file(other, tmp_path / "a" / "case.json")
    second = _export(other, tmp_path / "b", with_identities=True)

    assert _without_excluded(second) == _without_excluded(first)
    assert _matrix(other) == _matrix(full.book)
    assert "Villages burned in August" in json.dumps(_matrix(other))  # the cited pattern
    # Custody: the original events unchanged and in order, then this casebook's own.
    for before, after in zip(case["evidence"], second["cases"][0]["evidence"], strict=True):
        carried = before["custody"]
        assert after["custody"][: len(carried)] == carried
        assert [e["action"] for e in after["custody"][len(carried) :]] == ["received", "exported"]
    signers = {s["id"] for s in second["cases"][0]["signers"]}
    assert {s["id"] for s in case["signers"]} | {other.actor_id} == signers
    # The first casebook's history travels on unchanged, after the second one's own.
    chains = second["cases"][0]["audit"]
    assert chains[0]["casebook_id"] == other.id
    assert chains[1] == case["audit"][0] and chains[1]["casebook_id"] == full.book.id
    # The chains and every signature check out. A status set by a signer this casebook
    # knows only from the file does not count until its identity is verified, and says so.
    problems = [str(p) for p in verify_casebook(other).problems]
    assert all(p.startswith("review event") and "does not count" in p for p in problems)
    assert len(problems) == 1  # the one status ('submitted'); the comment is not a status
    with other.session() as s:
        for item in s.scalars(select(EvidenceItem)):
            assert custody_problems(s, item) == []


def test_the_audit_chain_is_full_for_the_files_records_and_stubs_elsewhere(full, tmp_path):
    with full.book.session() as s:
        from casebook.core.records.cases import add_case

        add_case(s, "Another case", "OTHER-1")
        s.commit()
    chain = _export(full.book, tmp_path / "a")["cases"][0]["audit"][0]
    full_entries = [e for e in chain["entries"] if "changes" in e]
    assert [e["sequence"] for e in chain["entries"]] == list(range(1, len(chain["entries"]) + 1))
    assert {e["table_name"] for e in full_entries} >= {"cases", "testimonies", "custody_events"}
    assert any(e["record_id"] == full.case_id for e in full_entries)
    assert any("changes" not in e for e in chain["entries"])  # the other case's entries
    # Identities were not exported: their entries are stubs, and so is the other case.
    assert not any(e["table_name"] == "person_identities" for e in full_entries)
    assert "Another case" not in json.dumps(chain)


def _tamper_refused(document: dict[str, Any], folder: Path, casebook_factory, words: str) -> None:
    other, _ = casebook_factory("other")
    before = snapshot(other)
    (folder / "case.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        interchange.import_file(other, folder / "case.json")
    assert any(words in str(line) for line in refused.value.problems), refused.value.problems
    assert snapshot(other) == before


def test_an_altered_audit_entry_is_refused_naming_it(full, casebook_factory, tmp_path):
    document = _export(full.book, tmp_path / "a")
    entries = document["cases"][0]["audit"][0]["entries"]
    index = next(i for i, e in enumerate(entries) if e.get("table_name") == "consents")
    entries[index]["changes"]["legal_proceedings"] = [True, False]
    _tamper_refused(document, tmp_path / "a", casebook_factory, "does not match its own hash")
    assert f"/cases/0/audit/0/entries/{index}" in json.dumps(
        _problems(document, tmp_path / "a", casebook_factory)
    )


def _problems(document, folder, casebook_factory) -> list[str]:
    other, _ = casebook_factory()
    try:
        interchange.import_file(other, folder / "case.json")
    except ImportRejected as refused:
        return [str(p) for p in refused.problems]
    return []


def test_a_chain_that_differs_from_the_one_held_is_refused(full, casebook_factory, tmp_path):
    """History rewritten between two files from the same casebook shows."""
    document = _export(full.book, tmp_path / "a")
    other, _ = casebook_factory("other")
    interchange.import_file(other, tmp_path / "a" / "case.json")
    with other.session() as s:
        held = s.scalar(select(func.count()).select_from(ForeignAuditEntry))
        assert held == len(document["cases"][0]["audit"][0]["entries"])
    forged = copy.deepcopy(document)
    case = forged["cases"][0]
    case["reference"] = "MM-2017-NR-002"
    for key in ("persons", "incidents", "testimonies", "evidence", "tags", "charges"):
        case[key] = []
    for key in ("id", "sections", "review_events", "signers"):
        case.pop(key, None)
    case["audit"][0]["entries"][0] = {"sequence": 1, "entry_hash": "0" * 63 + "1"}
    (tmp_path / "a" / "case.json").write_text(json.dumps(forged), encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        interchange.import_file(other, tmp_path / "a" / "case.json")
    assert any("differs from the history" in str(p) for p in refused.value.problems)


def test_a_changed_review_event_is_refused(full, casebook_factory, tmp_path):
    document = _export(full.book, tmp_path / "a")
    document["cases"][0]["review_events"][0]["status"] = "approved"
    _tamper_refused(document, tmp_path / "a", casebook_factory, "review_events/0/signature")


def test_review_events_and_consent_review_are_kept_as_signed(full, casebook_factory, tmp_path):
    _export(full.book, tmp_path / "a")
    other, _ = casebook_factory("other")
    interchange.import_file(other, tmp_path / "a" / "case.json")
    with full.book.session() as s:
        original = [
            (e.id, e.signature) for e in s.scalars(select(ReviewEvent).order_by(ReviewEvent.at))
        ]
    with other.session() as s:
        events = list(s.scalars(select(ReviewEvent).order_by(ReviewEvent.at)))
        assert [(e.id, e.signature) for e in events] == original
        review = s.scalar(select(ConsentReview))
        assert review.unmatched == ["Germany"] and review.open
        sealed = s.scalar(select(Testimony).where(Testimony.sealed_at.is_not(None)))
        assert sealed.sealed_by == full.book.actor_id


def test_a_format_1_file_still_imports(casebook_factory, tmp_path):
    """The fixture was written by the code before format 2 (commit a706153)."""
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURE_V1.parent, folder)
    document = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    assert document["format"] == "casebook-interchange/1" and "audit" not in document["cases"][0]
    book, _ = casebook_factory("fresh")
    summary = interchange.import_file(book, folder / "case.json")
    assert "1 cases" in summary and "3 files" in summary
    again = interchange.export_case(book, REFERENCE, with_identities=True)
    assert schema_problems(again) == []
    case, old = again["cases"][0], document["cases"][0]
    assert [t["id"] for t in case["testimonies"]] == [t["id"] for t in old["testimonies"]]
    assert [s["id"] for s in case["sections"]] == [s["id"] for s in old["sections"]]
    assert len(case["tags"]) == len(old["tags"])
    for before, after in zip(old["evidence"], case["evidence"], strict=True):
        assert after["custody"][: len(before["custody"])] == before["custody"]
        assert after["custody"][-1]["action"] == "received"
        assert after["custody"][-1]["details"]["interchange_format"] == "casebook-interchange/1"
    assert all("does not count" in str(p) for p in verify_casebook(book).problems)


def test_an_unknown_format_version_is_named(tmp_path):
    problems = schema_problems({"format": "casebook-interchange/9", "cases": []})
    assert problems == [
        "/format: is not a format version this Casebook reads "
        "(casebook-interchange/1, casebook-interchange/2, casebook-interchange/3)"
    ]


def test_a_recipient_never_reads_a_name_it_may_not_see(full, casebook_factory, tmp_path):
    said: list[str] = []
    document = _export(
        full.book, tmp_path / "r", disclosure_for=("legal_proceedings", "ICC"), left_out=said
    )
    text = json.dumps(document, ensure_ascii=False)
    for name in (WITNESS_NAME, "Khin Hla", "Ma Khin"):
        assert name not in text
    with full.book.session() as s:
        from casebook.core.models import Person

        pseudonym = s.get(Person, full.w1).pseudonym
    summary = next(
        s["text"] for s in document["cases"][0]["sections"] if "saw the soldiers" in s["text"]
    )
    assert summary == f"{pseudonym} saw the soldiers arrive."
    assert all("changes" not in e for c in document["cases"][0]["audit"] for e in c["entries"])
    assert "patterns" not in document["cases"][0]
    assert any(line.startswith("saved patterns: left out") for line in said)
    # The same export without a recipient keeps the text as written.
    kept = interchange.export_case(full.book, REFERENCE)
    assert any(WITNESS_NAME in s["text"] for s in kept["cases"][0]["sections"])
    other, _ = casebook_factory("recipient")
    interchange.import_file(other, tmp_path / "r" / "case.json")


def test_signed_text_naming_a_hidden_person_is_left_out_or_flagged(full, tmp_path):
    from casebook.core.exchange.review import add_review

    with full.book.session() as s:
        case = s.get(Case, full.case_id)
        event = add_review(full.book, s, case, comment=f"Ask {WITNESS_NAME} again")
        s.commit()
        event_id = event.id
    said: list[str] = []
    document = _export(
        full.book, tmp_path / "r", disclosure_for=("legal_proceedings", "ICC"), left_out=said
    )
    events = document["cases"][0]["review_events"]
    # Left: the case's 'submitted'; the comment on statement 1 went with the statement
    # (its consent was withdrawn), the comment naming the witness is left out.
    assert [e["comment"] for e in events] == ["ready for legal review"]
    assert f"review event {event_id}: left out: its signed comment names a person" in " ".join(said)
    assert WITNESS_NAME not in json.dumps(document, ensure_ascii=False)


def test_a_pattern_counting_another_case_is_refused(full, casebook_factory, tmp_path):
    document = _export(full.book, tmp_path / "a")
    document["cases"][0]["patterns"][0]["filter"]["case_ids"] = [
        "00000000-0000-4000-8000-000000000000"
    ]
    _tamper_refused(document, tmp_path / "a", casebook_factory, "may count only its own case")
