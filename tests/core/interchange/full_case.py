"""The Rakhine case with everything the interchange format carries: identities, a sealed
statement and its correction, a withdrawn consent, a consent review, authored sections (one
naming a witness), a custody hand-over, and review events."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from casebook.core.analysis.patterns import PatternFilter, save_pattern
from casebook.core.exchange.review import add_review
from casebook.core.integrity.custody import record_event
from casebook.core.models import (
    Case,
    ConsentReview,
    EvidenceItem,
    Person,
    PersonIdentity,
    Testimony,
)
from casebook.core.records.sections import set_section
from casebook.core.records.testimonies import new_version, seal, withdraw_consent
from casebook.core.store.casebook import Casebook

REFERENCE = "MM-2017-NR-001"
WITNESS_NAME = "Daw Khin Hla"
HANDED = datetime(2017, 10, 9, 8, 30, tzinfo=UTC)


def complete_case(book: Casebook, rakhine: Any) -> None:
    """Add to ``rakhine`` (tests/core/conftest.RakhineCase) what it does not yet hold."""
    with book.session() as s:
        case = s.get(Case, rakhine.case_id)
        w1 = s.get(Person, rakhine.w1)
        w1.identity = PersonIdentity(full_name=WITNESS_NAME, other_names="Ma Khin", contact="")
        t2 = s.scalar(select(Testimony).where(Testimony.witness_id == rakhine.w2))
        seal(t2, book.actor_id, "signed by the witness")
        s.flush()
        corrected = new_version(s, t2, [seg.text for seg in t2.segments] + ["A correction."])
        corrected.consent.review = ConsentReview(unmatched=["Germany"], note="as written")
        t1 = s.get(Testimony, rakhine.t1_id)
        withdraw_consent(t1.consent, "2018-01-05", "withdrawn by phone")
        item = s.get(EvidenceItem, rakhine.photo)
        record_event(s, item, "transferred", book.actor_id, reason="to the legal team",
                     place="Cox's Bazar office", at=HANDED)  # fmt: skip
        set_section(s, case, "summary", "First draft.")
        set_section(s, case, "summary", f"{WITNESS_NAME} saw the soldiers arrive.")
        set_section(s, case, "legal_argument", "Deportation.", charge_id=rakhine.deportation)
        s.flush()
        save_pattern(s, case, "Villages burned in August", PatternFilter(case_ids=(case.id,)),
                     element_id="cah_attack/1")  # fmt: skip
        add_review(book, s, case, status="submitted", comment="ready for legal review")
        add_review(book, s, case, record_id=rakhine.t1_id, comment="check paragraph 2")
        s.commit()
