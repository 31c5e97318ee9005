"""Dates at entry: every service that takes a date refuses one the calendar does not have,
and a range (an incident's, or consent given then withdrawn) may not end before it starts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from casebook.core.errors import ValidationError
from casebook.core.models import Blob, EvidenceItem, Incident
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.records import add_incident, ensure_consent, update_field
from casebook.core.records.testimonies import ConsentTerms, add_testimony, withdraw_consent

IMPOSSIBLE = ["2022-14-03", "2022-02-30", "2017-99-99", "yesterday", "2017-08-25T25:00"]


@pytest.fixture
def session(book):
    with book.session() as s:
        yield s


@pytest.fixture
def case(session):
    return add_case(session, "Dates", "DT-1")


@pytest.mark.parametrize("value", IMPOSSIBLE)
@pytest.mark.parametrize(
    ("kind", "field"),
    [("incident", "date_start"), ("incident", "date_end"), ("testimony", "taken_on"),
     ("consent", "given_on"), ("consent", "withdrawn_on"), ("evidence", "collected_at")],
)  # fmt: skip
def test_editing_a_date_refuses_what_the_calendar_does_not_have(
    book, session, case, tmp_path, kind, field, value
):
    if kind == "incident":
        record = add_incident(session, case, "Shelling")
    elif kind == "testimony":
        record = add_testimony(session, case, ["text"])
    elif kind == "consent":
        record = ensure_consent(add_testimony(session, case, ["text"]))
    else:
        (tmp_path / "note.txt").write_text("a note")
        record = take_in(book, session, case, tmp_path / "note.txt").item
    with pytest.raises(ValidationError) as caught:
        update_field(session, record, field, value)
    assert str(caught.value).startswith(f"{field}: ")
    assert getattr(record, field) is None


@pytest.mark.parametrize(
    "value", ["2017", "2017-08", "2017-08-25", "2024-02-29", "2017-08-25T06:30", " 2017-08 "]
)
def test_partial_and_full_dates_are_kept(session, case, value):
    incident = add_incident(session, case, "Shelling")
    assert update_field(session, incident, "date_start", value) == value.strip()


def test_digits_of_other_scripts_are_stored_as_0_to_9(session, case):
    incident = add_incident(session, case, "Shelling")
    assert update_field(session, incident, "date_start", "၂၀၁၇-၀၈-၂၅") == "2017-08-25"


def test_an_incident_range_may_not_end_before_it_starts(session, case):
    incident = add_incident(session, case, "Shelling", date_start="2017-08-25")
    with pytest.raises(ValidationError, match="date_end: The range ends before it starts"):
        update_field(session, incident, "date_end", "2017-08-24")
    update_field(session, incident, "date_end", "2017-08")  # the whole month: may include it
    with pytest.raises(ValidationError, match="date_start: The range ends before"):
        update_field(session, incident, "date_start", "2017-09-01")
    update_field(session, incident, "date_end", "")
    update_field(session, incident, "date_start", "2017-09-01")  # no end: nothing to order
    with pytest.raises(ValidationError, match="The range ends before"):
        add_incident(session, case, "Reversed", date_start="2017-08-27", date_end="2017-08-25")


def test_new_records_check_their_dates(book, session, case, tmp_path):
    with pytest.raises(ValidationError, match="taken_on: The date has a day"):
        add_testimony(session, case, ["text"], taken_on="2022-02-30")
    with pytest.raises(ValidationError, match="given_on: Write the date"):
        add_testimony(session, case, ["text"], consent=ConsentTerms(given_on="yesterday"))
    (tmp_path / "note.txt").write_text("a note")
    with pytest.raises(ValidationError, match="collected_at: The date has a month"):
        take_in(book, session, case, tmp_path / "note.txt", collected_at="2022-14-03")
    assert session.scalar(select(func.count()).select_from(EvidenceItem)) == 0
    assert session.scalar(select(func.count()).select_from(Blob)) == 0
    assert not list(book.vault.folder.glob("*/*.cbx"))  # the file was never stored
    assert session.scalar(select(func.count()).select_from(Incident)) == 0


def test_consent_cannot_be_withdrawn_before_it_was_given(session, case):
    testimony = add_testimony(session, case, ["text"], consent=ConsentTerms(given_on="2018-01-10"))
    with pytest.raises(ValidationError, match="withdrawn_on: The range ends before"):
        withdraw_consent(testimony.consent, "2018-01-09")
    with pytest.raises(ValidationError, match="withdrawn_on: The date has a day"):
        withdraw_consent(testimony.consent, "2018-02-30")
    withdraw_consent(testimony.consent, "2018-01-10")
    assert testimony.consent.withdrawn_on == "2018-01-10"
