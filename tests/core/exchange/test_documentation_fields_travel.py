"""Packages carry the documentation fields of issue 16 item 4 (every column of a testimony
and an evidence item travels in its unit, signed)."""

from __future__ import annotations

from casebook.core.models import EvidenceItem, Testimony
from casebook.core.models.evidence import EVIDENCE_DOCUMENTATION
from casebook.core.models.testimony import TESTIMONY_DOCUMENTATION
from casebook.core.records.records import update_field
from casebook.core.verification import verify_casebook

from .conftest import sample_case

INTERVIEW = {
    "people_present": "Her sister",
    "interview_recording": "video",
    "prior_accounts": "none",
    "prior_accounts_to": "",
    "prior_accounts_when": "",
    "support_referral": "none_available",
    "support_referral_to": "",
}
ITEM = {"copy_status": "original", "original_location": "Field office safe"}


def _stated(book, model, record_id, names):
    with book.session() as s:
        record = s.get(model, record_id)
        return {name: getattr(record, name) for name in names}


def test_a_package_carries_them(parties, tmp_path):
    ids = sample_case(parties.aung.book, tmp_path / "files")
    with parties.aung.book.session() as s:
        testimony = s.get(Testimony, ids["testimony"])
        for name, value in INTERVIEW.items():
            update_field(s, testimony, name, value)
        item = s.get(EvidenceItem, ids["evidence"])
        for name, value in ITEM.items():
            update_field(s, item, name, value)
        s.commit()
    parties.aung.send([parties.sara], tmp_path / "doc.cbpkg")
    parties.sara.receive(tmp_path / "doc.cbpkg")
    book = parties.sara.book
    assert _stated(book, Testimony, ids["testimony"], TESTIMONY_DOCUMENTATION) == INTERVIEW
    assert _stated(book, EvidenceItem, ids["evidence"], EVIDENCE_DOCUMENTATION) == ITEM
    assert verify_casebook(book).ok, verify_casebook(book).problems
