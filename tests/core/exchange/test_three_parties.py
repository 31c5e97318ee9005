"""Two documenters and a supervisor, each with a casebook: the whole exchange, end to end.

Aung starts a case and sends it to Sara; Sara passes it on to Bopha. Aung and Bopha work on
it at the same time, both on the same incident. Sara merges both, resolves the conflict,
reviews, and sends one package back to both; Bopha answers the review. At the end the three
casebooks hold the same case and every one of them verifies.
"""

from __future__ import annotations

from sqlalchemy import select

from casebook.core.exchange.conflicts import list_conflicts, resolve
from casebook.core.exchange.review import add_review, review_states
from casebook.core.exchange.unit_kinds import local_units
from casebook.core.models import Case, Incident, Testimony
from casebook.core.records.evidence import take_in
from casebook.core.records.testimonies import add_testimony
from casebook.core.verification import verify_casebook

from .conftest import case_of, make_photo, sample_case


def content(party):
    """Every unit of the case except custody events (each side adds its own receipts)."""
    case_id = case_of(party.book).id
    with party.book.session() as s:
        return {
            (u.kind, u.id): u.hash for u in local_units(s, case_id, False) if u.kind != "custody"
        }


def test_two_documenters_and_a_supervisor(parties, tmp_path):
    aung, bopha, sara = parties.aung, parties.bopha, parties.sara
    ids = sample_case(aung.book, tmp_path / "files")
    aung.send([sara], tmp_path / "1-aung-sara.cbpkg")
    sara.receive(tmp_path / "1-aung-sara.cbpkg")
    sara.send([bopha], tmp_path / "2-sara-bopha.cbpkg")
    bopha.receive(tmp_path / "2-sara-bopha.cbpkg")

    # Concurrent work: both documenters change the same incident, each adds material.
    with aung.book.session() as s:
        s.get(Incident, ids["incident"]).description = "At dawn; about forty houses."
        case = s.get(Case, ids["case"])
        take_in(aung.book, s, case, make_photo(tmp_path / "second.png", "red"), title="Ashes")
        s.commit()
    with bopha.book.session() as s:
        s.get(Incident, ids["incident"]).description = "Before dawn, from the east."
        case = s.get(Case, ids["case"])
        new_testimony = add_testimony(s, case, ["I saw the fire from the hill."], language="en")
        s.commit()
    aung.send([sara], tmp_path / "3-aung-sara.cbpkg", since_last=True)
    bopha.send([sara], tmp_path / "4-bopha-sara.cbpkg", since_last=True)

    first = sara.receive(tmp_path / "3-aung-sara.cbpkg")
    assert first.summary.counts["incident"]["updated"] == 1
    assert first.summary.counts["evidence"]["inserted"] == 1
    second = sara.receive(tmp_path / "4-bopha-sara.cbpkg")
    assert second.summary.counts["testimony"]["inserted"] == 1
    [conflict] = second.summary.conflicts
    assert (conflict.kind, conflict.unit_id, conflict.fields) == (
        "incident",
        ids["incident"],
        ["description"],
    )
    with sara.book.session() as s:
        assert s.get(Incident, ids["incident"]).description == "At dawn; about forty houses."
        resolve(sara.book, s, conflict.id, "incoming")
        case = s.get(Case, ids["case"])
        add_review(sara.book, s, case, None, "in_review")
        add_review(sara.book, s, case, ids["testimony"], "approved")
        add_review(sara.book, s, case, new_testimony.id, "changes_requested", "Name the hill.")
        s.commit()
        assert list_conflicts(s) == []

    # One package back to both documenters.
    sara.send([aung, bopha], tmp_path / "5-sara-both.cbpkg", since_last=True)
    for documenter in (aung, bopha):
        result = documenter.receive(tmp_path / "5-sara-both.cbpkg")
        assert result.summary.total("conflict") == 0, result.summary.conflicts
        with documenter.book.session() as s:
            assert s.get(Incident, ids["incident"]).description == "Before dawn, from the east."

    # Bopha answers the review of her statement, through Sara.
    with bopha.book.session() as s:
        s.get(Testimony, new_testimony.id).place = "the hill above Tula Toli"
        add_review(bopha.book, s, s.get(Case, ids["case"]), new_testimony.id, "submitted")
        s.commit()
    bopha.send([sara], tmp_path / "6-bopha-sara.cbpkg", since_last=True)
    answer = sara.receive(tmp_path / "6-bopha-sara.cbpkg")
    assert answer.summary.counts["testimony"]["updated"] == 1
    with sara.book.session() as s:
        status = {st.target_id: st.status for st in review_states(s, s.get(Case, ids["case"]))}
    assert status == {
        ids["case"]: "in_review",
        ids["testimony"]: "approved",
        new_testimony.id: "submitted",
    }
    sara.send([aung, bopha], tmp_path / "7-sara-both.cbpkg", since_last=True)
    for documenter in (aung, bopha):
        assert documenter.receive(tmp_path / "7-sara-both.cbpkg").summary.total("conflict") == 0

    # The same case everywhere, and every casebook verifies (audit chains, received chains,
    # custody signatures, review signatures, stored files).
    assert content(aung) == content(sara) == content(bopha)
    for party in (aung, bopha, sara):
        report = verify_casebook(party.book)
        assert report.ok, (party.name, report.problems)
    with sara.book.session() as s:
        assert len(list(s.scalars(select(Testimony)))) == 2
