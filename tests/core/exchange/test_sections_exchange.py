"""Authored sections travel in packages: every version arrives, concurrent edits are both
kept (the newer is current), and a section row that does not fit is refused."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from casebook.core.exchange.errors import PackageRejected
from casebook.core.models import AuthoredSection, Case, ExchangeConflict
from casebook.core.records.sections import load_sections, section_history, set_section
from casebook.core.verification import verify_casebook

from . import crafting
from .conftest import CASE_REF, sample_case
from .test_hostile import recipient_of, refused, write


def _write(book, kind, text, **slot):
    with book.session() as s:
        case = s.scalar(select(Case).where(Case.reference == CASE_REF))
        set_section(s, case, kind, text, **slot)
        s.commit()


def _sections(book):
    with book.session() as s:
        return load_sections(s, s.scalar(select(Case).where(Case.reference == CASE_REF)))


@pytest.fixture
def written(parties, tmp_path):
    ids = sample_case(parties.aung.book, tmp_path / "files")
    _write(parties.aung.book, "summary", "Erste Fassung.")
    _write(parties.aung.book, "summary", "Zweite Fassung — ပြင်ဆင်ထားသည်။")
    _write(parties.aung.book, "legal_argument", "Deportation.", charge_id=ids["charge"])
    return ids


def test_sections_and_their_history_arrive(parties, written, tmp_path):
    parties.aung.send([parties.sara], tmp_path / "p1.cbpkg")
    result = parties.sara.receive(tmp_path / "p1.cbpkg")
    assert result.summary.counts["section"]["inserted"] == 3
    sections = _sections(parties.sara.book)
    assert sections.case("summary") == "Zweite Fassung — ပြင်ဆင်ထားသည်။"
    assert sections.charge(written["charge"]) == "Deportation."
    with parties.sara.book.session() as s:
        case = s.scalar(select(Case).where(Case.reference == CASE_REF))
        assert [v.text for v in section_history(s, case, "summary")] == [
            "Erste Fassung.",
            "Zweite Fassung — ပြင်ဆင်ထားသည်။",
        ]
    assert verify_casebook(parties.sara.book).ok


def test_edits_on_both_sides_keep_both_versions_without_a_conflict(parties, written, tmp_path):
    aung, sara = parties.aung, parties.sara
    aung.send([sara], tmp_path / "p1.cbpkg")
    sara.receive(tmp_path / "p1.cbpkg")
    _write(sara.book, "summary", "Sara's wording.")
    time.sleep(0.01)
    _write(aung.book, "summary", "Aung's later wording.")
    aung.send([sara], tmp_path / "p2.cbpkg", since_last=True)
    result = sara.receive(tmp_path / "p2.cbpkg")
    assert result.summary.counts["section"]["inserted"] == 1
    sections = _sections(sara.book)
    assert sections.case("summary") == "Aung's later wording."
    assert [slot.kind for slot in sections.forked] == ["summary"]
    with sara.book.session() as s:
        assert s.scalars(select(ExchangeConflict)).all() == []
        assert len(s.scalars(select(AuthoredSection)).all()) == 5
    # Writing again over the fork joins it: one current text.
    _write(sara.book, "summary", "Agreed wording.")
    sections = _sections(sara.book)
    assert sections.case("summary") == "Agreed wording." and sections.forked == ()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kind", "preamble", "kind is not one of"),
        ("element_id", "7(1)(d)/1", "names no charge or element"),
        ("text", "bell \x07", "control character"),
        ("text", "Cafe\u0301", "not in the form Casebook stores"),
        ("version", 0, "whole number from 1"),
    ],
)
def test_a_section_row_that_does_not_fit_is_refused(
    parties, written, tmp_path, field, value, message
):
    path = tmp_path / "good.cbpkg"
    parties.aung.send([parties.sara], path)
    entries = crafting.open_package(path, parties.sara.age_secret())

    def corrupt(records):
        unit = next(
            u
            for u in records["units"]
            if u["kind"] == "section" and u["content"]["row"]["kind"] == "summary"
        )
        unit["content"]["row"][field] = value

    altered = crafting.edit_json(entries, "records.json", corrupt)
    data = crafting.rebuild(
        altered, [recipient_of(parties.sara)], crafting.signing_key(parties.aung.book)
    )
    refused(parties.sara, write(tmp_path, data), PackageRejected, message)
