"""Incident dates stated as precisely as they are known, and no more precisely.

A defence lawyer will test every date; "between 25 and 27 August 2017" or "2017 (month
unknown)" is honest where a bare "27 August 2017" would be an overstatement.

The words come from the document's ``Strings`` (PDFs, in their own EN/DE texts), or, for the
interface, from ``DatePhrases``: the same description as a ``Phrase`` the GUI translates.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, TypeVar

from ..errors import CasebookError
from ..phrase import Phrase
from ..text.calendar_dates import date_problem

_T = TypeVar("_T", covariant=True)


class DateTexts(Protocol[_T]):
    """What a date description needs: the texts by key (``Strings`` or ``DatePhrases``)."""

    def __call__(self, key: str, /, **values: Any) -> _T: ...

    def month(self, number: int) -> _T: ...


# The interface's date words (the PDF's are in strings.<lang>.json under the same keys).
DATE_PHRASES = {
    "date_exact": Phrase("{day} {month} {year}"),
    "date_month": Phrase("{month} {year}"),
    "date_year": Phrase("{year}"),
    "date_month_unknown_day": Phrase("{month} {year} (day unknown)"),
    "date_year_unknown_month": Phrase("{year} (month unknown)"),
    "date_between": Phrase("between {start} and {end}"),
    "date_between_same_month": Phrase("between {day1} and {day2} {month} {year}"),
    "date_between_same_year": Phrase("between {day1} {month1} and {day2} {month2} {year}"),
    "date_around": Phrase("around {date}"),
    "date_unknown": Phrase("date unknown"),
    "date_from": Phrase("from {start} (end unknown)"),
}
MONTH_PHRASES = (
    Phrase("January"),
    Phrase("February"),
    Phrase("March"),
    Phrase("April"),
    Phrase("May"),
    Phrase("June"),
    Phrase("July"),
    Phrase("August"),
    Phrase("September"),
    Phrase("October"),
    Phrase("November"),
    Phrase("December"),
)


class DatePhrases:
    """``describe_date``'s texts as Phrases: ``describe_date(..., DatePhrases())`` is a
    Phrase whose ``str()`` is the English and which the GUI shows translated."""

    def __call__(self, key: str, /, **values: Any) -> Phrase:
        return DATE_PHRASES[key].filled(**values)

    def month(self, number: int) -> Phrase:
        return MONTH_PHRASES[number - 1]


_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


class StoredDateInvalid(CasebookError):
    def __init__(self) -> None:
        super().__init__(
            "A date in this case (of an incident, a statement or an evidence item) is not a "
            "calendar date: it was stored before Casebook checked dates, or changed outside "
            "it. The export stopped and left nothing behind; correct the date and export again."
        )


def _parts(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    value = value.strip()
    if date_problem(value) is not None:
        raise StoredDateInvalid()
    match = _ISO.match(value)
    if not match:  # pragma: no cover - date_problem accepts only these forms
        raise StoredDateInvalid()
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def _single(parts: tuple[int, int | None, int | None], s: DateTexts[_T], honest: bool) -> _T:
    year, month, day = parts
    if month is None:
        return s("date_year_unknown_month", year=year) if honest else s("date_year", year=year)
    if day is None:
        if honest:
            return s("date_month_unknown_day", month=s.month(month), year=year)
        return s("date_month", month=s.month(month), year=year)
    return s("date_exact", day=day, month=s.month(month), year=year)


def _range(
    start: tuple[int, int | None, int | None],
    end: tuple[int, int | None, int | None],
    s: DateTexts[_T],
) -> _T:
    (y1, m1, d1), (y2, m2, d2) = start, end
    if d1 and d2 and m1 and m2 and y1 == y2:
        if m1 == m2:
            return s("date_between_same_month", day1=d1, day2=d2, month=s.month(m1), year=y1)
        return s(
            "date_between_same_year",
            day1=d1,
            month1=s.month(m1),
            day2=d2,
            month2=s.month(m2),
            year=y1,
        )
    return s("date_between", start=_single(start, s, False), end=_single(end, s, False))


def describe_date(precision: str, start: str | None, end: str | None, s: DateTexts[_T]) -> _T:
    """The date of an incident in words, saying what is not known."""
    first, last = _parts(start), _parts(end)
    if first is None:
        return s("date_unknown")
    if precision == "range":
        if last is None:
            return s("date_from", start=_single(first, s, False))
        return _range(first, last, s)
    if precision == "approximate":
        return s("date_around", date=_single(first, s, False))
    if precision == "month":
        return _single((first[0], first[1], None), s, True)
    if precision == "year":
        return _single((first[0], None, None), s, True)
    # "exact", or a precision we do not know: state exactly what is stored.
    return _single(first, s, True)


def describe_stored_date(value: str | None, s: DateTexts[str]) -> str:
    """A stored date ("2018", "2018-01", "2018-01-10", or a date and time) in words, as
    precise as it was stored; "—" when there is none."""
    if not value:
        return "—"
    day = value[:10]
    precision = {4: "year", 7: "month"}.get(len(day), "exact")
    return describe_date(precision, day, None, s)


def sort_key(start: str | None) -> tuple[int, str]:
    """Chronological order; undated incidents go last."""
    return (0, start) if start else (1, "")
