"""The documentation fields of issue 16 item 4 travel: export-json → import gives them back,
a record that states none is written as before (older readers read it), a file without them
imports with them empty, a value outside the lists is refused, and an export for a recipient
replaces names in them. Packages carry them too (every column travels)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from casebook.core import interchange
from casebook.core.errors import ImportRejected
from casebook.core.interchange.schema import schema_problems
from casebook.core.models import EvidenceItem, Person, Testimony
from casebook.core.models.evidence import EVIDENCE_DOCUMENTATION
from casebook.core.models.testimony import TESTIMONY_DOCUMENTATION
from casebook.core.records.records import update_field

from .full_case import REFERENCE, WITNESS_NAME, complete_case

INTERVIEW = {
    "people_present": f"{WITNESS_NAME}'s sister; a camp volunteer",
    "interview_recording": "written_by_person",
    "prior_accounts": "given",
    "prior_accounts_to": "UN Fact-Finding Mission",
    "prior_accounts_when": "March 2018",
    "support_referral": "referred",
    "support_referral_to": "Psychosocial team, Camp 7",
}
ITEM = {"copy_status": "working_copy", "original_location": "Safe at the Cox's Bazar office"}


@pytest.fixture
def documented(rakhine):
    complete_case(rakhine.book, rakhine)
    with rakhine.book.session() as s:
        t1 = s.get(Testimony, rakhine.t1_id)
        for name, value in INTERVIEW.items():
            update_field(s, t1, name, value)
        item = s.get(EvidenceItem, rakhine.photo)
        for name, value in ITEM.items():
            update_field(s, item, name, value)
        s.commit()
    return rakhine


def _write(document, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "case.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _stated(book, model, record_id, names):
    with book.session() as s:
        record = s.get(model, record_id)
        return {name: getattr(record, name) for name in names}


def test_the_fields_go_out_and_come_back(documented, casebook_factory, tmp_path):
    document = interchange.export_case(documented.book, REFERENCE, with_identities=True)
    assert schema_problems(document) == []
    case = document["cases"][0]
    t1 = next(t for t in case["testimonies"] if t["id"] == documented.t1_id)
    assert {k: t1[k] for k in INTERVIEW} == INTERVIEW
    # A record that states nothing is written as before schema 0009.
    others = [t for t in case["testimonies"] if t["id"] != documented.t1_id]
    assert others and not any(set(TESTIMONY_DOCUMENTATION) & set(t) for t in others)
    photo = next(e for e in case["evidence"] if e["id"] == documented.photo)
    assert {k: photo[k] for k in ITEM} == ITEM

    other, _ = casebook_factory("other")
    interchange.import_file(other, _write(document, tmp_path / "a"))
    assert _stated(other, Testimony, documented.t1_id, TESTIMONY_DOCUMENTATION) == INTERVIEW
    assert _stated(other, EvidenceItem, documented.photo, EVIDENCE_DOCUMENTATION) == ITEM
    untouched = next(t["id"] for t in others)
    assert _stated(other, Testimony, untouched, ("interview_recording", "people_present")) == {
        "interview_recording": None,
        "people_present": "",
    }


def test_a_file_without_the_fields_imports_with_them_empty(rakhine, casebook_factory, tmp_path):
    document = interchange.export_case(rakhine.book, REFERENCE, with_identities=True)
    case = document["cases"][0]
    for record in (*case["testimonies"], *case["evidence"]):
        assert not set(record) & {*TESTIMONY_DOCUMENTATION, *EVIDENCE_DOCUMENTATION}
    other, _ = casebook_factory("other")
    interchange.import_file(other, _write(document, tmp_path / "a"))
    assert _stated(other, EvidenceItem, rakhine.photo, EVIDENCE_DOCUMENTATION) == {
        "copy_status": None,
        "original_location": "",
    }


@pytest.mark.parametrize(
    ("where", "field", "value"),
    [
        ("testimonies", "support_referral", "yes"),
        ("testimonies", "interview_recording", "Audio"),
        ("evidence", "copy_status", "the original"),
        ("testimonies", "prior_accounts_to", 5),
    ],
)
def test_a_value_outside_the_format_is_refused(
    documented, casebook_factory, tmp_path, where, field, value
):
    document = interchange.export_case(documented.book, REFERENCE, with_identities=True)
    document["cases"][0][where][0][field] = value
    other, _ = casebook_factory("other")
    with pytest.raises(ImportRejected) as caught:
        interchange.import_file(other, _write(document, tmp_path / "a"))
    assert any(f"/{where}/0/{field}" in str(p) for p in caught.value.problems)


def test_a_recipient_reads_the_pseudonym_in_them(documented, tmp_path):
    with documented.book.session() as s:
        pseudonym = s.get(Person, documented.w1).pseudonym
        corrected = s.scalar(  # w2's correction: its consent covers the ICC
            select(Testimony).where(Testimony.witness_id == documented.w2, Testimony.version == 2)
        )
        update_field(s, corrected, "people_present", f"{WITNESS_NAME}, her neighbour")
        update_field(s, corrected, "prior_accounts_to", f"A journalist, with {WITNESS_NAME}")
        s.commit()
        corrected_id = corrected.id
    document = interchange.export_case(
        documented.book, REFERENCE, disclosure_for=("legal_proceedings", "ICC"), left_out=[]
    )
    sent = next(t for t in document["cases"][0]["testimonies"] if t["id"] == corrected_id)
    assert sent["people_present"] == f"{pseudonym}, her neighbour"
    assert sent["prior_accounts_to"] == f"A journalist, with {pseudonym}"
    assert WITNESS_NAME not in json.dumps(document, ensure_ascii=False)


def test_a_recipient_reads_that_support_was_arranged_not_where(documented):
    """As a filing (export/documentation_text.py): the service is the team's to know."""
    service = "Counselling centre, Block C"
    with documented.book.session() as s:
        corrected = s.scalar(  # w2's correction: its consent covers the ICC
            select(Testimony).where(Testimony.witness_id == documented.w2, Testimony.version == 2)
        )
        update_field(s, corrected, "support_referral", "referred")
        update_field(s, corrected, "support_referral_to", service)
        s.commit()
        corrected_id = corrected.id
    sent = interchange.export_case(
        documented.book, REFERENCE, disclosure_for=("legal_proceedings", "ICC"), left_out=[]
    )
    kept = interchange.export_case(documented.book, REFERENCE)
    to_recipient = next(t for t in sent["cases"][0]["testimonies"] if t["id"] == corrected_id)
    to_team = next(t for t in kept["cases"][0]["testimonies"] if t["id"] == corrected_id)
    assert to_recipient["support_referral"] == "referred"
    assert "support_referral_to" not in to_recipient
    assert service not in json.dumps(sent, ensure_ascii=False)
    assert to_team["support_referral_to"] == service
