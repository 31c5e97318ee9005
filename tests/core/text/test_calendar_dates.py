"""Calendar dates: the forms Casebook keeps, and what the calendar does not have."""

from __future__ import annotations

import pytest

from casebook.core.text.calendar_dates import date_problem, moment_problem, range_problem


@pytest.mark.parametrize(
    "value",
    ["2017", "2017-08", "2017-08-25", "2024-02-29", "2017-08-25T06:30",
     "2017-08-25 06:30:00+06:30", "2017-08-25T06:30:00.123456Z"],
)  # fmt: skip
def test_the_forms_casebook_keeps_are_accepted(value):
    assert date_problem(value) is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("2022-14-03", "month that does not exist"),
        ("2017-99-99", "month that does not exist"),
        ("2022-02-30", "day that this month does not have"),
        ("2023-02-29", "day that this month does not have"),
        ("2017-08-00", "day that this month does not have"),
        ("0000", "year 0000"),
        ("2017-08-25T24:00", "time of day that does not exist"),
        ("yesterday", "is not a date"),
        ("17-08-2017", "is not a date"),
        ("٢٠١٧", "is not a date"),  # Arabic-Indic digits: entry converts them, files may not
        (2017, "not a date written as text"),
    ],
)
def test_what_the_calendar_does_not_have_is_named(value, problem):
    assert problem in (date_problem(value) or "")


@pytest.mark.parametrize(
    ("start", "end", "ordered"),
    [
        ("2017-08-25", "2017-08-27", True),
        ("2017-08-25", "2017-08", True),  # a month includes its days
        ("2017", "2017-01-01", True),
        ("2017-08-25T10:00", "2017-08-25", True),
        ("2017-08-27", "2017-08-25", False),
        ("2017-09", "2017-08-31", False),
        ("2017-08-25T10:00", "2017-08-25T09:59", False),
        ("2017-08-27", None, True),
        ("not a date", "2017", True),  # reported by date_problem, not twice
    ],
)
def test_ranges_are_ordered(start, end, ordered):
    assert (range_problem(start, end) is None) == ordered


@pytest.mark.parametrize(
    ("value", "ok"),
    [("2024-03-10T08:00:00+00:00", True), ("2024-03-10T08:00:00Z", True),
     ("2024-03-10T08:00:00", False), ("yesterday", False), (None, False)],
)  # fmt: skip
def test_a_moment_needs_its_offset(value, ok):
    assert (moment_problem(value) is None) == ok
