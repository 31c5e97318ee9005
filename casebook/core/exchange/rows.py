"""One database row as JSON and back, checked against the model's own column types.

Every column of the model travels, with its id and its created/updated stamps, so a record
merges by id and keeps who made it. Incoming values are checked strictly (type, length,
nullability, the exact set of fields); a value that does not fit is refused, never coerced,
because the receiver must store exactly what the sender signed.
"""

from __future__ import annotations

import base64
import binascii
import math
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Float, Integer, LargeBinary, String, inspect

from ..models.base import UtcDateTime
from ..text.calendar_dates import date_problem, range_problem
from ..text.json_input import INT_MAX, INT_MIN, field_name
from .errors import PackageRejected

# Who last saved a record, where: not part of its content, so not part of its hash.
BOOKKEEPING = ("updated_at", "updated_by")
# Text columns holding a date of the precision known ("2017", "2017-08", "2017-08-25"…),
# checked as calendar dates; and the pairs whose second may not be before the first.
DATE_COLUMNS = frozenset(
    (
        "date_start",
        "date_end",
        "collected_at",
        "captured_at",
        "taken_on",
        "given_on",
        "withdrawn_on",
    )
)
DATE_RANGES = (("date_start", "date_end"), ("given_on", "withdrawn_on"))


def encode_datetime(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return encode_datetime(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def columns_of(model: type, exclude: tuple[str, ...] = ()) -> list[str]:
    return [a.key for a in inspect(model).column_attrs if a.key not in exclude]


def encode_row(obj: object, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """The row's columns as JSON values (datetimes as UTC ISO text, bytes as base64)."""
    return {key: _encode(getattr(obj, key)) for key in columns_of(type(obj), exclude)}


def strip_bookkeeping(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in BOOKKEEPING}


def malformed(where: str, problem: str) -> PackageRejected:
    return PackageRejected(
        "The package's records are malformed, so nothing was imported. Ask the sender to make "
        "the package again with this version of Casebook:",
        [f"{where}: {problem}"],
    )


def decode_row(model: type, data: Any, where: str, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Check ``data`` against ``model``'s columns and return Python values to assign."""
    if not isinstance(data, dict):
        raise malformed(where, "is not an object")
    attrs = {a.key: a for a in inspect(model).column_attrs if a.key not in exclude}
    missing = sorted(set(attrs) - set(data))
    unknown = sorted(set(data) - set(attrs))
    if missing:
        raise malformed(where, f"lacks the field {missing[0]}")
    if unknown:
        raise malformed(where, f"has a field this version does not know ({field_name(unknown[0])})")
    row: dict[str, Any] = {}
    for key, attr in attrs.items():
        row[key] = value = _decode(attr.columns[0], data[key], f"{where}.{key}")
        if key in DATE_COLUMNS and value is not None and date_problem(value) is not None:
            raise malformed(
                f"{where}.{key}",
                "is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD); the sender must "
                "correct it in their casebook",
            )
    for start, end in DATE_RANGES:
        if start in row and end in row and range_problem(row[start], row[end]):
            raise malformed(f"{where}.{end}", "is before the start of its range")
    return row


def _decode(column: Any, value: Any, where: str) -> Any:
    if value is None:
        if not column.nullable or column.primary_key:
            raise malformed(where, "is empty but required")
        return None
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return _decode_datetime(value, where)
    if isinstance(kind, LargeBinary):
        if not isinstance(value, str):
            raise malformed(where, "is not base64 text")
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise malformed(where, "is not valid base64") from None
        if kind.length is not None and len(raw) > kind.length:
            raise malformed(where, "is longer than allowed")
        return raw
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise malformed(where, "is not true or false")
        return value
    if isinstance(kind, Integer | BigInteger):
        if not isinstance(value, int) or isinstance(value, bool):
            raise malformed(where, "is not a whole number")
        if not INT_MIN <= value <= INT_MAX:
            raise malformed(where, "is a whole number too large to store")
        return value
    if isinstance(kind, Float):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise malformed(where, "is not a number")
        if isinstance(value, int) and not INT_MIN <= value <= INT_MAX:
            raise malformed(where, "is a number too large to store")
        if not math.isfinite(value):
            raise malformed(where, "is NaN or Infinity")
        return float(value)
    if isinstance(kind, JSON):
        if not isinstance(value, list | dict):
            raise malformed(where, "is not a list or an object")
        return value
    if isinstance(kind, String):
        if not isinstance(value, str):
            raise malformed(where, "is not text")
        if kind.length is not None and len(value) > kind.length:
            raise malformed(where, f"is longer than {kind.length} characters")
        if "\x00" in value:
            raise malformed(where, "contains a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise malformed(where, "holds a lone surrogate, which is not a character") from None
        return value
    raise malformed(where, "has a type this version cannot check")  # pragma: no cover


def _decode_datetime(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise malformed(where, "is not a date and time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise malformed(where, "is not an ISO 8601 date and time") from None
    if parsed.tzinfo is None or encode_datetime(parsed) != value:
        # Only the one form Casebook writes, so the record hashes the same on both sides.
        raise malformed(where, "is not a UTC time in Casebook's form")
    return parsed.astimezone(UTC)
