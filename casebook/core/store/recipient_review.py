"""On open: consent recipients written as free text become codes, or wait for a person.

Before the controlled list (``taxonomy.recipients``), a consent could name "Germany" where
an addressee needed "DE", and the statement was then silently left out. Each open, every
consent's recipients are checked through the ORM, so each change is an audited edit:
a value that is a code in another case, or exactly a name of the list ("Germany",
"Laos", "ICC-OTP"), becomes the code; any other value is taken out of the recipients (it
could never match an addressee) and kept verbatim in a ``ConsentReview`` for a person to
decide. Nothing is dropped. Consents already in order are not written to.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import Consent, ConsentReview
from ..taxonomy.recipients import RecipientList, RecipientListError, recipient_list

REVIEW_NOTE = (
    "Before Casebook used its list of states and bodies, this consent named recipients that "
    "match none of them, so no export could ever use them. They were taken out of the "
    "consent's recipients and are kept here as they were written: choose the states or "
    "bodies the witness meant, then mark this review done."
)


class OpenCasebook(Protocol):
    def session(self, write: bool = False) -> AbstractContextManager[Session]: ...


@dataclass
class RecipientReport:
    mapped: int = 0  # consents whose free-text values became codes
    flagged: int = 0  # consents with values kept for review


def sorted_out(values: object, listed: RecipientList) -> tuple[list[str], list[str]]:
    """(codes, values matching nothing) for one consent's stored recipients."""
    items = values if isinstance(values, list) else [values] if values else []
    codes: set[str] = set()
    unmatched: list[str] = []
    for value in items:
        found = listed.match(value) if isinstance(value, str) and value.strip() else None
        if found is not None:
            codes.add(found.code)
        elif isinstance(value, str) and not value.strip():
            continue
        else:
            unmatched.append(str(value))
    return sorted(codes), unmatched


def review_consents(session: Session, listed: RecipientList) -> RecipientReport:
    """Map or flag every consent's recipients; the caller commits."""
    report = RecipientReport()
    consents = session.scalars(select(Consent).options(selectinload(Consent.review)))
    for consent in consents:
        codes, unmatched = sorted_out(consent.jurisdictions, listed)
        if codes == consent.jurisdictions and not unmatched:
            continue
        consent.jurisdictions = codes
        if not unmatched:
            report.mapped += 1
            continue
        report.flagged += 1
        review = consent.review
        if review is None:
            consent.review = ConsentReview(unmatched=unmatched, note=REVIEW_NOTE)
        else:  # more arrived after an earlier review: open it again, keeping the old
            review.unmatched = [*review.unmatched, *unmatched]
            review.reviewed_at = None
            review.reviewed_by = None
    return report


def review_consent_recipients(book: OpenCasebook) -> RecipientReport | None:
    """Run on open. None when the shipped list cannot be read (the casebook still opens,
    and a later open tries again)."""
    try:
        listed = recipient_list()
    except RecipientListError:
        return None
    with book.session() as session:
        report = review_consents(session, listed)
        if report.mapped or report.flagged:
            session.commit()
    return report
