"""Merging by id: fast-forward, older versions ignored, conflicts kept and resolved."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from casebook.core.exchange.conflicts import list_conflicts, resolve
from casebook.core.exchange.errors import ConflictError
from casebook.core.integrity.custody import record_event
from casebook.core.models import (
    CustodyEvent,
    EvidenceItem,
    ExchangeConflict,
    Incident,
    Person,
    Segment,
    Testimony,
)
from casebook.core.records.persons import add_person
from casebook.core.records.testimonies import replace_segments, seal
from casebook.core.verification import verify_casebook

from . import crafting
from .conftest import case_of, sample_case


@pytest.fixture
def shared(parties, tmp_path):
    """Aung's case, already imported by Sara."""
    ids = sample_case(parties.aung.book, tmp_path / "files")
    parties.aung.send([parties.sara], tmp_path / "p1.cbpkg")
    parties.sara.receive(tmp_path / "p1.cbpkg")
    return ids


def edit(book, model, record_id, **values):
    with book.session() as s:
        record = s.get(model, record_id)
        for key, value in values.items():
            setattr(record, key, value)
        s.commit()


def get(book, model, record_id, attribute):
    with book.session() as s:
        return getattr(s.get(model, record_id), attribute)


def test_a_change_on_one_side_only_is_taken(parties, shared, tmp_path):
    aung, sara = parties.aung, parties.sara
    with aung.book.session() as s:
        testimony = s.get(Testimony, shared["testimony"])
        replace_segments(testimony, ["The soldiers came before dawn.", "ရွာကို မီးရှို့တယ်။", "New."])
        s.commit()
    aung.send([sara], tmp_path / "p2.cbpkg", since_last=True)
    result = sara.receive(tmp_path / "p2.cbpkg")
    assert result.summary.counts["testimony"]["updated"] == 1
    with sara.book.session() as s:
        texts = [seg.text for seg in s.get(Testimony, shared["testimony"]).segments]
    assert texts == ["The soldiers came before dawn.", "ရွာကို မီးရှို့တယ်။", "New."]
    assert verify_casebook(sara.book).ok


def test_passages_that_change_places_are_reordered(parties, shared, tmp_path):
    aung, sara = parties.aung, parties.sara
    with aung.book.session() as s:
        first, second = s.get(Testimony, shared["testimony"]).segments
        first.position, second.position = -1, -2
        s.flush()
        first.position, second.position = 2, 1
        s.commit()
    aung.send([sara], tmp_path / "p2.cbpkg", since_last=True)
    sara.receive(tmp_path / "p2.cbpkg")
    with sara.book.session() as s:
        segments = s.get(Testimony, shared["testimony"]).segments
        assert [seg.text for seg in segments] == ["ရွာကို မီးရှို့တယ်။", "The soldiers came at dawn."]


def test_an_older_version_arriving_late_changes_nothing(parties, tmp_path):
    aung, sara = parties.aung, parties.sara
    ids = sample_case(aung.book, tmp_path / "files")
    aung.send([sara], tmp_path / "old.cbpkg")
    edit(aung.book, Incident, ids["incident"], description="Corrected.")
    aung.send([sara], tmp_path / "new.cbpkg")
    sara.receive(tmp_path / "new.cbpkg")
    result = sara.receive(tmp_path / "old.cbpkg")
    assert result.summary.counts["incident"]["kept_local"] == 1
    assert result.summary.total("conflict") == 0
    assert get(sara.book, Incident, ids["incident"], "description") == "Corrected."


def test_changes_on_both_sides_are_a_conflict_and_nothing_is_overwritten(parties, shared, tmp_path):
    aung, sara = parties.aung, parties.sara
    edit(aung.book, Incident, shared["incident"], description="Aung's account.")
    edit(sara.book, Incident, shared["incident"], description="Sara's correction.")
    aung.send([sara], tmp_path / "p2.cbpkg", since_last=True)
    result = sara.receive(tmp_path / "p2.cbpkg")
    assert result.summary.counts["incident"]["conflict"] == 1
    [conflict] = result.summary.conflicts
    assert conflict.kind == "incident" and conflict.fields == ["description"]
    assert get(sara.book, Incident, shared["incident"], "description") == "Sara's correction."
    with sara.book.session() as s:
        [view] = list_conflicts(s)
        assert view.sender == "Aung" and view.reason.startswith("changed on both sides")
        stored = s.get(ExchangeConflict, view.id)
        assert stored.incoming_content["row"]["description"] == "Aung's account."


@pytest.mark.parametrize("keep", ["local", "incoming"])
def test_a_resolved_conflict_travels_back_without_a_new_one(parties, shared, tmp_path, keep):
    aung, sara = parties.aung, parties.sara
    edit(aung.book, Incident, shared["incident"], description="Aung's account.")
    edit(sara.book, Incident, shared["incident"], description="Sara's correction.")
    aung.send([sara], tmp_path / "p2.cbpkg", since_last=True)
    [conflict] = sara.receive(tmp_path / "p2.cbpkg").summary.conflicts
    with sara.book.session() as s:
        resolve(sara.book, s, conflict.id, keep)
        s.commit()
    expected = "Aung's account." if keep == "incoming" else "Sara's correction."
    assert get(sara.book, Incident, shared["incident"], "description") == expected
    sara.send([aung], tmp_path / "back.cbpkg", since_last=True)
    result = aung.receive(tmp_path / "back.cbpkg")
    assert result.summary.total("conflict") == 0
    assert get(aung.book, Incident, shared["incident"], "description") == expected
    with sara.book.session() as s:
        assert list_conflicts(s) == []
        with pytest.raises(ConflictError, match="already resolved"):
            resolve(sara.book, s, conflict.id, "local")
    for party in (aung, sara):
        assert verify_casebook(party.book).ok


def test_keep_incoming_is_refused_when_the_local_record_changed_since(parties, shared, tmp_path):
    aung, sara = parties.aung, parties.sara
    edit(aung.book, Incident, shared["incident"], description="Aung's account.")
    edit(sara.book, Incident, shared["incident"], description="Sara's correction.")
    aung.send([sara], tmp_path / "p2.cbpkg", since_last=True)
    [conflict] = sara.receive(tmp_path / "p2.cbpkg").summary.conflicts
    edit(sara.book, Incident, shared["incident"], description="Sara's second thoughts.")
    with sara.book.session() as s, pytest.raises(ConflictError, match="changed after"):
        resolve(sara.book, s, conflict.id, "incoming")


def test_a_change_to_a_record_sealed_here_is_a_conflict(parties, tmp_path):
    aung, sara = parties.aung, parties.sara
    ids = sample_case(aung.book, tmp_path / "files")
    with aung.book.session() as s:
        seal(s.get(Testimony, ids["testimony"]), aung.book.actor_id)
        s.commit()
    aung.send([sara], tmp_path / "p1.cbpkg")
    sara.receive(tmp_path / "p1.cbpkg")
    aung.send([sara], tmp_path / "p2.cbpkg")
    # A sender cannot edit a sealed statement; a forged "newer version" of one, signed with
    # Aung's key, must still not replace the sealed record.
    entries = crafting.open_package(tmp_path / "p2.cbpkg", sara.age_secret())

    def retitle(records):
        for unit in records["units"]:
            if unit["kind"] == "testimony":
                unit["content"]["row"]["title"] = "Changed after sealing"

    entries = crafting.edit_json(entries, "records.json", retitle)
    forged = tmp_path / "forged.cbpkg"
    forged.write_bytes(
        crafting.rebuild(
            entries,
            [sara_recipient(sara)],
            crafting.signing_key(aung.book),
            lambda m: m.update(package_id="9b2f3c1e-0000-4000-8000-000000000001"),
        )
    )
    result = sara.receive(forged)
    [conflict] = result.summary.conflicts
    assert conflict.reason.startswith("the record is sealed here")
    assert get(sara.book, Testimony, ids["testimony"], "title") == ""
    with sara.book.session() as s, pytest.raises(ConflictError, match="sealed"):
        resolve(sara.book, s, conflict.id, "incoming")


def sara_recipient(party) -> str:
    from pyrage import x25519

    return str(x25519.Identity.from_str(party.age_secret()).to_public())


def test_two_people_with_one_pseudonym_are_kept_apart(parties, shared, tmp_path):
    aung, bopha, sara = parties.aung, parties.bopha, parties.sara
    sara.send([bopha], tmp_path / "to-bopha.cbpkg")
    bopha.receive(tmp_path / "to-bopha.cbpkg")
    for party in (aung, bopha):
        with party.book.session() as s:
            case = case_of(party.book)
            person = add_person(s, s.merge(case), ["witness"], sex_gender=party.name)
            assert person.pseudonym == "W-002"
            s.commit()
        party.send([sara], tmp_path / f"{party.name}.cbpkg", since_last=True)
    sara.receive(tmp_path / "Aung.cbpkg")
    result = sara.receive(tmp_path / "Bopha.cbpkg")
    assert result.summary.counts["person"]["inserted"] == 1
    assert any("W-002" in str(note) and "W-003" in str(note) for note in result.notes)
    with sara.book.session() as s:
        names = {p.sex_gender: p.pseudonym for p in s.scalars(select(Person))}
    assert names["Aung"] == "W-002" and names["Bopha"] == "W-003"
    # The rename is an ordinary change: Bopha takes it without a conflict.
    sara.send([bopha], tmp_path / "rename.cbpkg", since_last=True)
    assert bopha.receive(tmp_path / "rename.cbpkg").summary.total("conflict") == 0
    with bopha.book.session() as s:
        mine = s.scalar(select(Person).where(Person.sex_gender == "Bopha"))
        assert mine.pseudonym == "W-003"


def test_custody_events_added_on_both_sides_at_one_place_are_a_conflict(parties, shared, tmp_path):
    aung, sara = parties.aung, parties.sara
    with aung.book.session() as s:
        item = s.get(EvidenceItem, shared["evidence"])
        record_event(s, item, "exported", aung.book.actor_id, reason="copied for a lawyer")
        s.commit()
    sara.send([aung], tmp_path / "back.cbpkg", since_last=True)  # carries Sara's "received"
    result = aung.receive(tmp_path / "back.cbpkg")
    assert result.summary.counts["custody"]["conflict"] == 1
    [conflict] = result.summary.conflicts
    assert conflict.reason.startswith("another custody event holds this place")
    with aung.book.session() as s:
        actions = [e.action for e in s.get(EvidenceItem, shared["evidence"]).custody]
        assert actions == ["collected", "transferred", "exported"]
        with pytest.raises(ConflictError, match="signed"):
            resolve(aung.book, s, conflict.id, "incoming")
        resolve(aung.book, s, conflict.id, "local")
        s.commit()
        assert s.scalar(select(func.count()).select_from(CustodyEvent)) == 3
    assert verify_casebook(aung.book).ok


def test_segment_ids_stay_the_same_across_casebooks(parties, shared):
    with parties.aung.book.session() as a, parties.sara.book.session() as b:
        assert sorted(a.scalars(select(Segment.id))) == sorted(b.scalars(select(Segment.id)))
