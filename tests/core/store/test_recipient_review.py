"""On open, consent recipients held as free text become codes or wait for review; none lost.

The values are written the way an older Casebook stored them (through the ORM, so audited),
then the casebook is opened again, as after the upgrade to schema 0005.
"""

from __future__ import annotations

from sqlalchemy import func, select

from casebook.core.models import AuditEntry, Consent, ConsentReview, Testimony
from casebook.core.records.cases import add_case
from casebook.core.records.persons import add_person
from casebook.core.records.testimonies import ConsentTerms, add_testimony
from casebook.core.store.casebook import Casebook
from casebook.core.store.recipient_review import REVIEW_NOTE, review_consents
from casebook.core.taxonomy.recipients import recipient_list
from casebook.core.verification import verify_casebook

PASSPHRASE = "correct horse battery staple ຂ້ອຍ"


def _with_free_text(book: Casebook, values: dict[str, list[str]]) -> dict[str, str]:
    """One statement per title, its consent holding ``values`` as an old casebook did."""
    ids = {}
    with book.session() as s:
        case = add_case(s, "Old consents", "OC-1")
        for title, jurisdictions in values.items():
            witness = add_person(s, case, ["witness"])
            testimony = add_testimony(
                s, case, ["A passage."], witness=witness, title=title,
                consent=ConsentTerms(legal_proceedings=True),
            )  # fmt: skip
            testimony.consent.jurisdictions = jurisdictions  # past the entry check
            ids[title] = testimony.id
        s.commit()
    return ids


def _consent(book: Casebook, testimony_id: str) -> Consent:
    with book.session() as s:
        consent = s.get(Testimony, testimony_id).consent
        _ = consent.review
        s.expunge_all()
        return consent


def _audit_count(book: Casebook) -> int:
    with book.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def test_matching_values_become_codes_and_the_rest_is_flagged_with_nothing_lost(book):
    ids = _with_free_text(
        book,
        {
            "named": ["Germany", "laos", "ICC"],
            "mixed": ["de", "Allemagne", "the EU war crimes unit"],
            "clean": ["DE", "IIMM"],
            "empty": [],
        },
    )
    folder = book.folder
    book.close()
    book = Casebook.open(folder, PASSPHRASE)
    try:
        named = _consent(book, ids["named"])
        assert named.jurisdictions == ["DE", "ICC", "LA"]
        assert named.review is None
        mixed = _consent(book, ids["mixed"])
        assert mixed.jurisdictions == ["DE"]
        assert mixed.review.unmatched == ["Allemagne", "the EU war crimes unit"]
        assert mixed.review.open and mixed.review.note == REVIEW_NOTE
        assert _consent(book, ids["clean"]).jurisdictions == ["DE", "IIMM"]
        assert _consent(book, ids["empty"]).jurisdictions == []
        # Done through the session: every change is in the audit chain, bound to its record.
        report = verify_casebook(book)
        assert report.ok, report.problems
        before = _audit_count(book)
    finally:
        book.close()
    book = Casebook.open(folder, PASSPHRASE)  # a second open finds nothing to do
    try:
        assert _audit_count(book) == before
        with book.session() as s:
            assert s.scalar(select(func.count()).select_from(ConsentReview)) == 1
    finally:
        book.close()


def test_values_arriving_after_a_finished_review_open_it_again(book):
    ids = _with_free_text(book, {"t": ["Allemagne"]})
    with book.session() as s:
        listed = recipient_list()
        report = review_consents(s, listed)
        assert (report.mapped, report.flagged) == (0, 1)
        consent = s.get(Testimony, ids["t"]).consent
        consent.review.reviewed_at = consent.created_at
        consent.jurisdictions = ["FR", "Frankreich"]
        report = review_consents(s, listed)
        assert (report.mapped, report.flagged) == (0, 1)
        assert consent.jurisdictions == ["FR"]
        assert consent.review.unmatched == ["Allemagne", "Frankreich"]
        assert consent.review.open
        s.commit()
