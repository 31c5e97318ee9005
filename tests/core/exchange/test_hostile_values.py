"""Hostile values inside a correctly signed package: each is refused with a sentence that
names its place, never a traceback, and nothing is written.

The package is re-signed with the sender's real key, so only the checks of the values
themselves stand between it and the casebook.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from casebook.core.exchange.errors import PackageRejected

from . import crafting
from .conftest import sample_case, snapshot
from .test_hostile import recipient_of, refused, resealed, write

MARKER = "HOSTILE-VALUE-MARKER"


@pytest.fixture
def entries(parties, tmp_path):
    sample_case(parties.aung.book, tmp_path / "files")
    path = tmp_path / "good.cbpkg"
    parties.aung.send([parties.sara], path)
    return crafting.open_package(path, parties.sara.age_secret())


def set_row(kind: str, field: str, value: Any) -> Callable[[dict], None]:
    def edit(records: dict) -> None:
        for unit in records["units"]:
            if unit["kind"] == kind:
                unit["content"]["row"][field] = value

    return edit


def raw_marker(entries, edit: Callable[[dict], None], raw: bytes) -> crafting.Entries:
    """Edit records.json, then put ``raw`` bytes (JSON canonical_json cannot write) in place
    of the marker string."""
    edited = crafting.edit_json(entries, "records.json", edit)
    body = dict(edited)["records.json"].replace(f'"{MARKER}"'.encode(), raw)
    return crafting.replace(edited, "records.json", body)


def test_an_escaped_lone_surrogate_is_refused(parties, entries, tmp_path):
    altered = raw_marker(entries, set_row("incident", "title", MARKER), b'"\\ud800"')
    data = resealed(parties, altered)
    refused(
        parties.sara,
        write(tmp_path, data),
        PackageRejected,
        r"records.json.units\[\d+\].content.row.title: holds a lone surrogate",
    )


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 10**400])
def test_integers_beyond_64_bits_are_refused(parties, entries, tmp_path, value):
    edited = crafting.edit_json(entries, "records.json", set_row("incident", "latitude", value))
    refused(
        parties.sara,
        write(tmp_path, resealed(parties, edited)),
        PackageRejected,
        r"row.latitude: is a whole number outside",
    )


@pytest.mark.parametrize("raw", [b"NaN", b"Infinity", b"-Infinity", b"1e400"])
def test_nan_and_infinity_are_refused(parties, entries, tmp_path, raw):
    altered = raw_marker(entries, set_row("incident", "longitude", MARKER), raw)
    refused(
        parties.sara,
        write(tmp_path, resealed(parties, altered)),
        PackageRejected,
        r"row.longitude: is NaN or Infinity",
    )


@pytest.mark.parametrize("value", ["2022-14-03", "2022-02-30", "2017-99-99", "yesterday"])
def test_impossible_dates_are_refused(parties, entries, tmp_path, value):
    edited = crafting.edit_json(entries, "records.json", set_row("incident", "date_start", value))
    refused(
        parties.sara,
        write(tmp_path, resealed(parties, edited)),
        PackageRejected,
        r"units\[\d+\]\.row\.date_start: is not a calendar date",
    )


def test_a_range_ending_before_it_starts_is_refused(parties, entries, tmp_path):
    def backwards(records: dict) -> None:
        set_row("incident", "date_start", "2017-08-27")(records)
        set_row("incident", "date_end", "2017-08-25")(records)

    edited = crafting.edit_json(entries, "records.json", backwards)
    refused(
        parties.sara,
        write(tmp_path, resealed(parties, edited)),
        PackageRejected,
        r"row\.date_end: is before the start of its range",
    )


def test_deep_nesting_is_refused_without_a_recursion_error(parties, entries, tmp_path):
    deep = b"[" * 100_000 + b"]" * 100_000
    altered = raw_marker(entries, set_row("evidence", "extracted_metadata", MARKER), deep)
    refused(
        parties.sara,
        write(tmp_path, resealed(parties, altered)),
        PackageRejected,
        "records.json: is nested more than 64 levels deep",
    )
    shallow_but_deep = b'{"a":' * 200 + b"1" + b"}" * 200
    altered = raw_marker(
        entries, set_row("evidence", "extracted_metadata", MARKER), shallow_but_deep
    )
    refused(
        parties.sara,
        write(tmp_path, resealed(parties, altered)),
        PackageRejected,
        "nested more than 64 levels deep",
    )


def test_a_good_package_still_imports(parties, entries, tmp_path):
    """The checks above refuse values, not packages: the untouched one goes in."""
    before = snapshot(parties.sara.book)
    data = crafting.rebuild(entries, [recipient_of(parties.sara)])
    result = parties.sara.receive(write(tmp_path, data))
    assert result.summary.counts and snapshot(parties.sara.book) != before
