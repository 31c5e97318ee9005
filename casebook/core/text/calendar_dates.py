"""Dates as people and files give them: checked as calendar dates, never guessed.

Casebook keeps dates as ISO text of the precision known ("2017", "2017-08", "2017-08-25",
or a date with a time such as "2017-08-25T06:30" or "2017-08-25T06:30:00+06:30"). A value
that only looks like one ("2022-14-03", "2022-02-30", "yesterday") is refused wherever
dates come in, so nothing later (sorting, the timeline, a complaint's month names) meets it.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime, time
from typing import Any

from ..errors import ValidationError
from ..phrase import Phrase
from .text_input import clean

_FORM = re.compile(
    r"(?P<year>\d{4})(-(?P<month>\d\d)(-(?P<day>\d\d)"
    r"(?P<time>[T ](?P<hour>\d\d):(?P<minute>\d\d)(:(?P<second>\d\d)(\.\d+)?)?"
    r"(Z|[+-](?P<zone_hour>\d\d):(?P<zone_minute>\d\d))?)?)?)?",
    re.ASCII,
)

# The sentences entered_date and entered_range refuse with, written as Phrase literals so the
# interface can translate them (scripts/core-phrases finds them); date_problem gives the part
# after "The date " to callers that build their own message.
_FORM_REFUSAL = Phrase("Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.")
_ORDER_REFUSAL = Phrase("The range ends before it starts; check both dates, or swap them.")
_REFUSALS = (
    Phrase("The date has the year 0000, which no calendar has."),
    Phrase("The date has a month that does not exist (months are 01 to 12)."),
    Phrase("The date has a day that this month does not have."),
    Phrase("The date has a time of day that does not exist (hours 00-23, minutes 00-59)."),
)
_REFUSAL_OF = {p.template.removeprefix("The date "): p for p in _REFUSALS}
_YEAR_ZERO, _NO_SUCH_MONTH, _NO_SUCH_DAY, _NO_SUCH_TIME = _REFUSAL_OF
FORM_HINT = _FORM_REFUSAL.template
_ORDER_HINT = _ORDER_REFUSAL.template


def date_problem(value: Any) -> str | None:
    """Why ``value`` is not a date Casebook keeps, as a sentence; ``None`` when it is one."""
    if not isinstance(value, str):
        return "is not a date written as text. " + FORM_HINT
    match = _FORM.fullmatch(value)
    if match is None:
        return "is not a date. " + FORM_HINT
    year = int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if year < 1:
        return _YEAR_ZERO
    if month is not None and not 1 <= month <= 12:
        return _NO_SUCH_MONTH
    last_day = calendar.monthrange(year, month)[1] if month is not None else 31
    if day is not None and not 1 <= day <= last_day:
        return _NO_SUCH_DAY
    if match["time"] and not _time_exists(match):
        return _NO_SUCH_TIME
    return None


def _time_exists(match: re.Match[str]) -> bool:
    limits = (("hour", 23), ("minute", 59), ("second", 59), ("zone_hour", 23), ("zone_minute", 59))
    return all(match[name] is None or int(match[name]) <= top for name, top in limits)


def _bounds(value: str) -> tuple[datetime, datetime]:
    """The earliest and latest moment a (checked) date can mean, without time zones."""
    match = _FORM.fullmatch(value)
    assert match is not None
    year = int(match["year"])
    if not match["month"]:
        return datetime(year, 1, 1), datetime.combine(date(year, 12, 31), time.max)
    month = int(match["month"])
    if not match["day"]:
        last = calendar.monthrange(year, month)[1]
        return datetime(year, month, 1), datetime.combine(date(year, month, last), time.max)
    day = date(year, month, int(match["day"]))
    if not match["time"]:
        return datetime.combine(day, time.min), datetime.combine(day, time.max)
    # Zones differ between the two ends only in rare hand-made data; compare wall times.
    clock = time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
    moment = datetime.combine(day, clock)
    return moment, moment


def range_problem(start: str | None, end: str | None) -> str | None:
    """A sentence when ``end`` is certainly before ``start``; partial dates count as the
    whole year or month they name, so "2017-08-25" to "2017-08" is accepted."""
    if not start or not end or date_problem(start) or date_problem(end):
        return None
    return _ORDER_HINT if _bounds(start)[0] > _bounds(end)[1] else None


def _ascii_digits(text: str) -> str:
    """Burmese, Thai, Arabic-Indic… digits as 0-9, so the date sorts and reads everywhere."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def entered_date(value: Any, field: str) -> str | None:
    """A date typed or passed in, cleaned and checked; empty means not known (``None``)."""
    text = _ascii_digits(clean(str(value)).strip()) if value is not None else ""
    if not text:
        return None
    problem = date_problem(text)
    if problem is not None:
        refusal = _REFUSAL_OF.get(problem, _FORM_REFUSAL)  # "is not a date…": the form
        raise ValidationError(refusal.template, field)
    return text


def entered_range(start: str | None, end: str | None, field: str) -> None:
    """Refuse a range whose end is before its start, naming the field just changed."""
    problem = range_problem(start, end)
    if problem is not None:
        raise ValidationError(problem, field)


def moment_problem(value: Any) -> str | None:
    """Why ``value`` is not a date and time with its UTC offset (as a seal's time is)."""
    if not isinstance(value, str) or len(value) > 40:
        return "is not a date and time. Give it as 2024-03-10T08:00:00+00:00."
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return "is not a date and time. Give it as 2024-03-10T08:00:00+00:00."
    if parsed.tzinfo is None:
        return "has no UTC offset. Give it as 2024-03-10T08:00:00+00:00."
    return None
