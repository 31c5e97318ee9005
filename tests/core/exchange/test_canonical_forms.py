"""Packages across the move to RFC 8785: a version 1 package (everything in the legacy form)
still imports and verifies, a version 2 one names RFC 8785, and one foreign chain may hold
both; versions recorded as legacy unit hashes (histories, review sign-offs) are still
recognised, so content with a fractional number does not turn into a conflict. Version 1
packages are made by this code with the legacy writer put back (what Casebook did before:
no form marker, legacy bytes and unit hashes, format casebook-package/1)."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from casebook.core import canonical_json as cj
from casebook.core.canonical_json import FORM_KEY, FORM_NAME, LEGACY, canonical_json, form_of
from casebook.core.exchange import conflicts, merge, packager, review, unit_kinds, units
from casebook.core.exchange import manifest as fmt
from casebook.core.integrity import audit, custody, record_binding
from casebook.core.models import Case, EvidenceItem, ForeignAuditEntry, Incident
from casebook.core.records.records import update_field
from casebook.core.verification import verify_casebook

from . import crafting
from .conftest import sample_case


@contextmanager
def legacy_writer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    legacy = functools.partial(canonical_json, form=LEGACY)
    with monkeypatch.context() as m:
        m.setattr(audit, "marked", lambda values: dict(values or {}))
        m.setattr(custody, "marked", lambda values: dict(values or {}))
        m.setattr(audit, "record_hash", functools.partial(record_binding.record_hash, form=LEGACY))
        m.setattr(fmt, "canonical_json", legacy)
        m.setattr(fmt, "FORMAT", "casebook-package/1")
        legacy_unit_hash = functools.partial(units.unit_hash, form=LEGACY)
        for module in (units, merge, packager, unit_kinds, review, conflicts):
            m.setattr(module, "unit_hash", legacy_unit_hash)
        yield


def _full_entries(session) -> list[ForeignAuditEntry]:  # type: ignore[no-untyped-def]
    """Received entries in full (stubs have no changes)."""
    rows = session.scalars(select(ForeignAuditEntry).order_by(ForeignAuditEntry.sequence))
    return [e for e in rows if e.changes is not None]


def _manifest(path, party) -> dict:  # type: ignore[no-untyped-def,type-arg]
    entries = dict(crafting.open_package(path, party.age_secret()))
    return json.loads(entries[fmt.MANIFEST_NAME])


def test_a_version_1_package_imports_and_a_later_version_2_one_extends_its_chain(
    parties, tmp_path, monkeypatch
) -> None:
    aung, bopha = parties.aung, parties.bopha
    with legacy_writer(monkeypatch):
        ids = sample_case(aung.book, tmp_path / "files")
        with aung.book.session() as s:
            incident = s.get(Incident, ids["incident"])
            # 16.0 is "16.0" in the legacy form and "16" in RFC 8785: the forms differ here.
            update_field(s, incident, "latitude", 16.0)
            item = s.get(EvidenceItem, ids["evidence"])
            custody.record_event(s, item, "viewed", aung.book.actor_id, details={"zoom": 2.0})
            s.commit()
        old = tmp_path / "old.cbpkg"
        aung.send([bopha], old)
    assert _manifest(old, bopha)["format"] == "casebook-package/1"
    assert bopha.receive(old).summary.conflicts == []
    with bopha.book.session() as s:
        received = _full_entries(s)
        assert received and all(form_of(e.changes) == LEGACY for e in received)
        assert any(e.changes.get("latitude") == [None, 16.0] for e in received)
        zoomed = [e for e in s.get(EvidenceItem, ids["evidence"]).custody if "zoom" in e.details]
        assert zoomed and FORM_KEY not in zoomed[0].details
    assert verify_casebook(bopha.book).problems == []

    with aung.book.session() as s:
        update_field(s, s.get(Incident, ids["incident"]), "latitude", 17.0)
        s.commit()
    new = tmp_path / "new.cbpkg"
    aung.send([bopha], new, since_last=True)
    assert _manifest(new, bopha)["format"] == fmt.FORMAT == "casebook-package/2"
    assert bopha.receive(new).summary.conflicts == []
    with bopha.book.session() as s:
        forms = {form_of(e.changes) for e in _full_entries(s)}
        assert forms == {LEGACY, cj.RFC8785}
        latest = _full_entries(s)[-1]
        assert latest.changes[FORM_KEY] == FORM_NAME
    assert verify_casebook(bopha.book).problems == []


def test_versions_recorded_as_legacy_unit_hashes_are_still_recognised(
    parties, tmp_path, monkeypatch
) -> None:
    aung, bopha, sara = parties.aung, parties.bopha, parties.sara
    with legacy_writer(monkeypatch):
        ids = sample_case(aung.book, tmp_path / "files")
        with aung.book.session() as s:
            update_field(s, s.get(Incident, ids["incident"]), "latitude", 16.0)
            s.commit()
        first = tmp_path / "first.cbpkg"
        aung.send([bopha, sara], first)
        assert bopha.receive(first).summary.conflicts == []
        assert sara.receive(first).summary.conflicts == []
        with sara.book.session() as s:
            case = s.get(Case, ids["case"])
            approval = review.add_review(sara.book, s, case, ids["incident"], status="approved")
            s.commit()
            legacy_hash = approval.content_sha256
    # Upgraded: the incident's content now hashes differently in RFC 8785.
    with sara.book.session() as s:
        content = unit_kinds.KINDS["incident"].content(s, s.get(Incident, ids["incident"]))
        assert units.unit_hash(content) != legacy_hash == units.unit_hash(content, LEGACY)
        (state,) = [
            x
            for x in review.review_states(s, s.get(Case, ids["case"]))
            if x.target_kind == "incident"
        ]
        assert state.approved_content_current is True  # the sign-off still covers it

    # Aung moves on; Bopha's copy is the version Aung's history holds in the legacy form.
    with aung.book.session() as s:
        update_field(s, s.get(Incident, ids["incident"]), "latitude", 17.0)
        s.commit()
    second = tmp_path / "second.cbpkg"
    aung.send([bopha], second, since_last=True)
    result = bopha.receive(second)
    assert result.summary.conflicts == []
    with bopha.book.session() as s:
        assert s.get(Incident, ids["incident"]).latitude == 17.0

    # Sara edits; Aung's full package then brings a version Sara recorded in the legacy form.
    with sara.book.session() as s:
        update_field(s, s.get(Incident, ids["incident"]), "latitude", 18.0)
        s.commit()
    third = tmp_path / "third.cbpkg"
    with legacy_writer(monkeypatch), aung.book.session() as s:
        update_field(s, s.get(Incident, ids["incident"]), "latitude", 16.0)
        s.commit()
    aung.send([sara], third)
    assert sara.receive(third).summary.conflicts == []
    with sara.book.session() as s:
        assert s.get(Incident, ids["incident"]).latitude == 18.0  # kept: it came after
