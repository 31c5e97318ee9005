"""Packages carry consent rows: their recipients must be codes, exactly as a casebook stores
them; a free-text value is refused with its place, never rewritten (the receiver keeps what
the sender signed)."""

from __future__ import annotations

import pytest

from casebook.core.exchange.errors import PackageRejected

from . import crafting
from .conftest import sample_case
from .test_hostile import refused, resealed, write


@pytest.fixture
def entries(parties, tmp_path):
    sample_case(parties.aung.book, tmp_path / "files")
    path = tmp_path / "good.cbpkg"
    parties.aung.send([parties.sara], path)
    return crafting.open_package(path, parties.sara.age_secret())


def set_recipients(value):
    def edit(records: dict) -> None:
        for unit in records["units"]:
            if unit["kind"] == "testimony":
                unit["content"]["rows"]["consent"][0]["jurisdictions"] = value

    return edit


@pytest.mark.parametrize(
    ("value", "match"),
    [
        (["Germany"], r"rows.consent\[0\].jurisdictions\[0\]: Germany is DE"),
        (["DE", "de"], r"rows.consent\[0\].jurisdictions\[1\]: A recipient code is written in"),
        (["Nowhere land"], r"jurisdictions\[0\]: This recipient is not in Casebook's list"),
    ],
)
def test_consent_recipients_outside_the_list_are_refused(parties, entries, tmp_path, value, match):
    edited = crafting.edit_json(entries, "records.json", set_recipients(value))
    refused(parties.sara, write(tmp_path, resealed(parties, edited)), PackageRejected, match)


def test_coded_recipients_are_received(parties, entries, tmp_path):
    edited = crafting.edit_json(entries, "records.json", set_recipients(["DE", "IIMM"]))
    parties.sara.receive(write(tmp_path, resealed(parties, edited)))
