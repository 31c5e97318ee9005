"""The canonical JSON encodings of everything that is hashed or signed, by form.

``RFC8785`` (the JSON Canonicalization Scheme, written by the ``rfc8785`` library) is what
Casebook writes. ``LEGACY`` is what it wrote before: Python's ``json.dumps`` with sorted keys,
no spaces, UTF-8. The two give the same bytes for strings, integers within +-(2**53 - 1),
booleans and null under keys of the Basic Multilingual Plane; they differ for numbers with a
fraction or exponent (``1.0`` against ``1``, ``1e-07`` against ``1e-7``) and for keys beyond
U+FFFF, which RFC 8785 orders by UTF-16 code units. An object hashed or signed in one form is
checked in that form, so every object whose content can differ records its form (``FORM_KEY``; see
docs/casebook-format.md §6). Files that carry such objects (package records and audit
chains, interchange files) are written with Python's ``json``, which keeps ``16.0`` apart
from ``16``: a legacy object must arrive as it was hashed.

Before either encoding, date-times and dates become ISO 8601 text and bytes become hex, as
they always did. RFC 8785 follows I-JSON: integers beyond +-(2**53 - 1) and NaN or infinite
numbers are refused with a CasebookError, never rounded (Casebook's own values are file sizes,
sequence numbers and coordinates, far inside that range).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import rfc8785

from .errors import CasebookError

LEGACY = 1
RFC8785 = 2
CURRENT = RFC8785
# Recorded in an object whose content can differ between the forms (an audit entry's
# ``changes``, a custody event's ``details``): present means RFC 8785, absent the legacy form.
FORM_KEY = "$canonical"
FORM_NAME = "rfc8785"


class CanonicalJsonError(CasebookError):
    """A value has no canonical JSON form; the message says which kind of value and why."""


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    raise CanonicalJsonError(
        "A value of kind {kind} cannot be hashed or signed as canonical JSON; "
        "nothing was saved. This is a fault in Casebook: please report it.",
        kind=type(value).__name__,
    )


def _plain(value: Any) -> Any:
    """The value with date-times, dates and bytes converted as ``_default`` converts them."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, str | int | float) or value is None:
        return value
    return _default(value)


def canonical_json(value: Any, form: int = CURRENT) -> bytes:
    """The bytes that are hashed or signed for ``value`` in ``form`` (RFC 8785 unless told)."""
    if form == LEGACY:
        return json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
        ).encode("utf-8")
    if form != RFC8785:
        raise CanonicalJsonError(
            "Canonical JSON form {form} is not one Casebook knows.", form=repr(form)
        )
    try:
        return rfc8785.dumps(_plain(value))
    except rfc8785.IntegerDomainError:
        raise CanonicalJsonError(
            "A whole number is too large to be hashed or signed exactly (RFC 8785 allows up "
            "to 2^53 - 1), so it was refused and nothing was saved. If you typed it, store it "
            "as text; if it came in a file or package, ask its sender to check that file."
        ) from None
    except rfc8785.FloatDomainError:
        raise CanonicalJsonError(
            "A number is not finite (NaN or infinity) and cannot be hashed or signed, so it was "
            "refused and nothing was saved. If you typed it, enter a real number or leave the "
            "field empty; if it came in a file or package, ask its sender to check that file."
        ) from None
    except rfc8785.CanonicalizationError as exc:
        raise CanonicalJsonError(
            "A value cannot be hashed or signed as canonical JSON ({exc}); nothing was saved.",
            exc=exc,
        ) from None


def form_of(marked: Any) -> int:
    """The form an object was hashed or signed in, from the marker in its ``marked`` dict."""
    if isinstance(marked, dict) and marked.get(FORM_KEY) == FORM_NAME:
        return RFC8785
    return LEGACY


def marked(values: dict[str, Any] | None) -> dict[str, Any]:
    """``values`` with the marker of the form Casebook writes now."""
    return {**(values or {}), FORM_KEY: FORM_NAME}
