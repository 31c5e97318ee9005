"""Review: who may set which status, signed sign-offs, and review travelling back."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from casebook.core.exchange.errors import ReviewError
from casebook.core.exchange.review import add_review, review_states
from casebook.core.models import Case, Incident, Testimony
from casebook.core.verification import verify_casebook

from .conftest import case_of, sample_case


@pytest.fixture
def shared(parties, tmp_path):
    ids = sample_case(parties.aung.book, tmp_path / "files")
    parties.aung.send([parties.sara], tmp_path / "p1.cbpkg")
    parties.sara.receive(tmp_path / "p1.cbpkg")
    return ids


def review(party, record_id=None, status=None, comment=""):
    with party.book.session() as s:
        case = s.get(Case, case_of(party.book).id)
        event = add_review(party.book, s, case, record_id, status, comment)
        s.commit()
        return event


def states(party):
    with party.book.session() as s:
        return {st.target_id: st for st in review_states(s, s.get(Case, case_of(party.book).id))}


def test_documenters_submit_and_supervisors_decide(parties, shared):
    review(parties.aung, status="submitted", comment="Ready for review.")
    with pytest.raises(ReviewError, match="supervisor's"):
        review(parties.aung, shared["testimony"], status="approved")
    with pytest.raises(ReviewError, match="status, a comment"):
        review(parties.sara)
    with pytest.raises(ReviewError, match="No record of this case"):
        review(parties.sara, "not-an-id", status="approved")
    review(parties.sara, shared["testimony"], status="approved")
    review(parties.sara, shared["incident"], status="changes_requested", comment="Which day?")
    current = states(parties.sara)
    assert current[shared["testimony"]].status == "approved"
    assert current[shared["testimony"]].approved_content_current is True
    assert current[shared["incident"]].comments[0][1:] == ("Sara", "Which day?")


def test_an_approval_shows_as_outdated_once_the_record_changes(parties, shared):
    review(parties.sara, shared["testimony"], status="approved")
    with parties.sara.book.session() as s:
        s.get(Testimony, shared["testimony"]).place = "Camp 4"
        s.commit()
    assert states(parties.sara)[shared["testimony"]].approved_content_current is False


def test_review_travels_back_and_verifies_on_both_sides(parties, shared, tmp_path):
    aung, sara = parties.aung, parties.sara
    review(sara, status="in_review")
    review(sara, shared["incident"], status="changes_requested", comment="Which day?")
    review(sara, shared["testimony"], status="approved")
    sara.send([aung], tmp_path / "review.cbpkg", since_last=True)
    result = aung.receive(tmp_path / "review.cbpkg")
    assert result.summary.counts["review"]["inserted"] == 3
    assert result.summary.total("conflict") == 0
    back = states(aung)
    assert back[shared["incident"]].status == "changes_requested"
    assert back[shared["testimony"]].status_by == "Sara"
    # The documenter answers; the answer goes back the same way.
    with aung.book.session() as s:
        s.get(Incident, shared["incident"]).date_start = "2017-08-25"
        s.commit()
    review(aung, shared["incident"], status="submitted", comment="Added the date.")
    aung.send([sara], tmp_path / "answer.cbpkg", since_last=True)
    answer = sara.receive(tmp_path / "answer.cbpkg")
    assert answer.summary.counts["incident"]["updated"] == 1
    assert states(sara)[shared["incident"]].status == "submitted"
    for party in (aung, sara):
        report = verify_casebook(party.book)
        assert report.ok, report.problems
        assert report.checked["review signatures"] >= 4


def test_verify_catches_an_altered_review_event(parties, shared):
    review(parties.sara, shared["testimony"], status="approved")
    with parties.sara.book.engine.begin() as conn:
        conn.execute(text("UPDATE review_events SET status = 'changes_requested'"))
    problems = verify_casebook(parties.sara.book).problems
    assert any("signature does not match" in str(p) for p in problems)
