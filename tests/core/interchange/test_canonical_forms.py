"""Interchange files across the move to RFC 8785: a version 2 file (audit entries and custody
events in the legacy form) still imports with its history checked, and a version 3 file
carries RFC 8785 entries after legacy ones. The version 2 file is made by this code with the
legacy writer put back (no form marker, legacy bytes, format casebook-interchange/2)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from PIL import Image

from casebook.core import interchange
from casebook.core.canonical_json import FORM_KEY, LEGACY, RFC8785, form_of
from casebook.core.integrity import audit, custody, record_binding
from casebook.core.interchange import exporter
from casebook.core.interchange.schema import schema_problems
from casebook.core.models import Incident
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.records import add_incident, update_field
from casebook.core.verification import verify_casebook

REFERENCE = "CJ-IX-1"


def _legacy(m: pytest.MonkeyPatch) -> None:
    m.setattr(audit, "marked", lambda values: dict(values or {}))
    m.setattr(custody, "marked", lambda values: dict(values or {}))
    m.setattr(audit, "record_hash", functools.partial(record_binding.record_hash, form=LEGACY))
    m.setattr(exporter, "FORMAT", "casebook-interchange/2")


def _export(book, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    document = interchange.export_case(
        book, REFERENCE, files_dir=folder / "files", document_dir=folder
    )
    assert schema_problems(document) == []
    path = folder / "case.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _case(book, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    photo = tmp_path / "photo.png"
    Image.new("RGB", (8, 8), "olive").save(photo)
    with book.session() as s:
        case = add_case(s, "Canonical forms", REFERENCE)
        # 16.0 is "16.0" in the legacy form and "16" in RFC 8785: the forms differ here.
        incident = add_incident(s, case, "Shelling", latitude=16.0, longitude=97.0)
        item = take_in(book, s, case, photo, title="Photo").item
        custody.record_event(s, item, "viewed", book.actor_id, details={"zoom": 2.0})
        s.commit()
        return incident.id


def test_a_version_2_file_in_the_legacy_form_imports_with_its_history_checked(
    casebook_factory, tmp_path, monkeypatch
) -> None:
    sender, _ = casebook_factory("sender")
    with monkeypatch.context() as m:
        _legacy(m)
        _case(sender, tmp_path)
        path = _export(sender, tmp_path / "v2")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "casebook-interchange/2"
    case = document["cases"][0]
    entries = [e for e in case["audit"][0]["entries"] if "changes" in e]
    placed = [e for e in entries if e["changes"].get("latitude") == 16.0]
    assert placed and all(form_of(e["changes"]) == LEGACY for e in placed)
    receiver, _ = casebook_factory("receiver")
    interchange.import_file(receiver, path)
    assert verify_casebook(receiver).problems == []


def test_a_version_3_file_carries_rfc8785_entries_after_legacy_ones(
    casebook_factory, tmp_path, monkeypatch
) -> None:
    sender, _ = casebook_factory("sender")
    with monkeypatch.context() as m:
        _legacy(m)
        incident_id = _case(sender, tmp_path)
    with sender.session() as s:
        update_field(s, s.get(Incident, incident_id), "latitude", 17.0)
        s.commit()
    path = _export(sender, tmp_path / "v3")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "casebook-interchange/3"
    entries = [e for e in document["cases"][0]["audit"][0]["entries"] if "changes" in e]
    assert {form_of(e["changes"]) for e in entries} == {LEGACY, RFC8785}
    assert FORM_KEY in entries[-1]["changes"]
    receiver, _ = casebook_factory("receiver")
    interchange.import_file(receiver, path)
    assert verify_casebook(receiver).problems == []
