"""Consent recipients at entry: codes of the controlled list only, a name answered with its code.

The issue's finding: consent named "Germany" while the addressee is "DE", so the statement
was left out while other material went. That mismatch can no longer be entered.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casebook.core.errors import ValidationError
from casebook.core.models import Consent, ConsentReview
from casebook.core.records.cases import add_case
from casebook.core.records.persons import add_person
from casebook.core.records.records import update_field
from casebook.core.records.testimonies import (
    ConsentTerms,
    add_testimony,
    finish_consent_review,
    new_version,
)


def _statement(s, jurisdictions):
    case = add_case(s, "Recipients", "RC-1")
    witness = add_person(s, case, ["witness"])
    return add_testimony(
        s, case, ["A passage."], witness=witness,
        consent=ConsentTerms(legal_proceedings=True, jurisdictions=jurisdictions),
    )  # fmt: skip


def test_germany_typed_as_a_name_is_refused_with_the_code_to_use(book):
    with book.session() as s:
        with pytest.raises(ValidationError) as caught:
            _statement(s, ["Germany"])
        assert caught.value.location == "jurisdictions"
        assert "Germany is DE" in str(caught.value)
        s.rollback()
        assert s.scalar(select(Consent)) is None


def test_codes_are_taken_in_any_case_and_stored_in_capitals(book):
    with book.session() as s:
        testimony = _statement(s, ["de", "iimm", "DE", "Icc"])
        assert testimony.consent.jurisdictions == ["DE", "ICC", "IIMM"]


def test_an_unknown_recipient_is_refused_without_quoting_it(book):
    with book.session() as s:
        with pytest.raises(ValidationError, match="not in Casebook's list") as caught:
            _statement(s, ["DE", "Our partner's office"])
        assert "partner" not in str(caught.value)


@pytest.mark.parametrize(
    ("value", "stored"),
    [("de, icc", ["DE", "ICC"]), (["FR", "iiim"], ["FR", "IIIM"]), ("", [])],
)
def test_editing_the_field_keeps_to_codes(book, value, stored):
    with book.session() as s:
        consent = _statement(s, ["DE"]).consent
        assert update_field(s, consent, "jurisdictions", value) == stored
        assert consent.jurisdictions == stored


def test_editing_the_field_with_a_name_is_refused_and_changes_nothing(book):
    with book.session() as s:
        consent = _statement(s, ["DE"]).consent
        with pytest.raises(ValidationError, match="Germany is DE") as caught:
            update_field(s, consent, "jurisdictions", "FR, Germany")
        assert caught.value.location == "jurisdictions"
        assert consent.jurisdictions == ["DE"]


def test_an_open_review_follows_a_new_version_and_can_be_marked_done(book):
    with book.session() as s:
        testimony = _statement(s, ["DE"])
        testimony.consent.review = ConsentReview(unmatched=["Allemagne"], note="n")
        s.flush()
        successor = new_version(s, testimony)
        assert successor.consent.review.unmatched == ["Allemagne"]
        assert successor.consent.review.open
        finish_consent_review(successor.consent, book.actor_id)
        assert not successor.consent.review.open
        assert successor.consent.review.reviewed_by == book.actor_id
        assert successor.consent.review.unmatched == ["Allemagne"]  # kept on record
        with pytest.raises(ValidationError, match="no recipients waiting"):
            finish_consent_review(successor.consent, book.actor_id)
        s.commit()
