"""Custody travels with the interchange file: kept as signed elsewhere, checked, refused
when changed, and followed by the importing casebook's own 'received' event."""

from __future__ import annotations

import base64
import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from casebook.core import interchange
from casebook.core.analysis import add_charge, add_tag
from casebook.core.errors import ImportRejected
from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest
from casebook.core.integrity.custody import custody_problems, record_event
from casebook.core.integrity.signing import new_key_pair
from casebook.core.models import EvidenceItem, User
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.persons import add_person

from .state import snapshot

FIELD = datetime(2024, 11, 3, 6, 40, tzinfo=UTC)


def _exported(book, tmp_path: Path) -> Path:
    """A case whose photo has 3 custody events: collected in the field, handed over, and
    exported with the case."""
    photo = tmp_path / "checkpoint.jpg"
    Image.new("RGB", (48, 32), "olive").save(photo)
    with book.session() as s:
        case = add_case(s, "Checkpoint", "CU-1")
        item = take_in(book, s, case, photo, title="Checkpoint photo").item
        first = item.custody[0]
        # The collection happened in the field two years before: as the field team signed it.
        first.at, first.place = FIELD, "Myawaddy road, km 12"
        from casebook.core.integrity import custody as chain

        first.signature = chain.signing.sign(
            s.get(User, book.actor_id).signing_private_key, chain._payload(first, item.sha256)
        )
        perpetrator = add_person(s, case, ["alleged_perpetrator"])
        add_charge(s, case, "7(1)(d)", perpetrators=[(perpetrator.id, "25(3)(b)-ordering")])
        add_tag(s, case, "7(1)(d)/1", "direct", evidence_id=item.id)
        handed = datetime(2024, 11, 5, 9, 0, tzinfo=UTC)
        record_event(s, item, "transferred", book.actor_id, reason="to the legal team",
                     place="Mae Sot office", at=handed)  # fmt: skip
        s.commit()
    out = tmp_path / "export"
    document = interchange.export_case(book, "CU-1", files_dir=out / "files", document_dir=out)
    (out / "case.json").write_text(json.dumps(document), encoding="utf-8")
    return out / "case.json"


@pytest.fixture
def exported(book, tmp_path) -> Path:
    return _exported(book, tmp_path)


def test_three_events_import_as_signed_then_the_received_event(book, casebook_factory, exported):
    document = json.loads(exported.read_text(encoding="utf-8"))
    carried = document["cases"][0]["evidence"][0]["custody"]
    assert [e["action"] for e in carried] == ["collected", "transferred", "exported"]
    with book.session() as s:
        me = s.get(User, book.actor_id)
        original = [(e.id, e.signature) for e in s.scalar(select(EvidenceItem)).custody]

    other, _ = casebook_factory("other", user_name="Legal Team Berlin")
    interchange.import_file(other, exported)
    with other.session() as s:
        item = s.scalar(select(EvidenceItem))
        events = list(item.custody)
        assert [e.action for e in events] == ["collected", "transferred", "exported", "received"]
        assert [e.sequence for e in events] == [1, 2, 3, 4]
        # Not re-signed: the same ids and signatures, by the field user, kept with their key.
        assert [(e.id, e.signature) for e in events[:3]] == original
        assert events[0].at == FIELD and events[0].place == "Myawaddy road, km 12"
        signer = s.get(User, events[0].actor_id)
        assert signer.display_name == me.display_name
        assert signer.signing_private_key is None and signer.role == "external"
        assert signer.signing_public_key == me.signing_public_key
        assert events[3].actor_id == other.actor_id and events[3].details["custody_events_carried"]
        assert custody_problems(s, item) == []  # every signature checks out here


def test_the_bundle_shows_the_field_collection_first(casebook_factory, exported, tmp_path):
    other, _ = casebook_factory("other", user_name="Legal Team Berlin")
    interchange.import_file(other, exported)
    result = export_bundle(other, ExportRequest("CU-1", "all", "gba", "en", "filing"),
                           tmp_path / "bundle")  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-layout", str(result.folder / "complaint.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    annex = " ".join(text[text.index("Every custody event of each exhibit") :].split())
    annex = annex[annex.index("Exhibit 1: Checkpoint photo") :]
    order = [annex.index(w) for w in ("collected", "transferred", "exported", "received")]
    assert order == sorted(order)
    assert "2024-11-03 06:40:00" in annex and "(other casebook)" in annex
    assert "INVALID" not in annex


def _import(book, document: dict, folder: Path) -> None:
    interchange.import_document(book, document, folder)


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (lambda c: c["evidence"][0]["custody"][0].update(place="Somewhere else"),
         "/evidence/0/custody/0/signature", "changed after it was signed"),
        (lambda c: c["evidence"][0]["custody"][1].update(at="2023-01-01T00:00:00+00:00"),
         "/evidence/0/custody/1/signature", "changed after it was signed"),
        (lambda c: c["signers"][0].update(
            signing_public_key=base64.b64encode(new_key_pair()[1]).decode()),
         "/evidence/0/custody/0/signature", "signer's key"),
        (lambda c: c["evidence"][0]["custody"].pop(1), "/evidence/0/custody/1/sequence",
         "expected 2"),
        (lambda c: c.pop("signers"), "/evidence/0/custody/0/actor_id", "not listed under signers"),
        (lambda c: c["evidence"][0]["custody"][0].update(at="2024-11-03T06:40:00"),
         "/evidence/0/custody/0/at", "UTC offset"),
    ],
)  # fmt: skip
def test_changed_custody_is_refused_and_nothing_is_written(
    casebook_factory, exported, change, where, words
):
    document = json.loads(exported.read_text(encoding="utf-8"))
    change(document["cases"][0])
    other, _ = casebook_factory("other")
    before = snapshot(other)
    with pytest.raises(ImportRejected) as error:
        _import(other, document, exported.parent)
    problems = "\n".join(map(str, error.value.problems))
    assert f"/cases/0{where}" in problems and words in problems, problems
    assert "Myawaddy" not in str(error.value) + problems  # no case data in the message
    assert snapshot(other) == before


def test_a_signer_claiming_a_local_user_with_another_key_is_refused(casebook_factory, exported):
    document = json.loads(exported.read_text(encoding="utf-8"))
    other, _ = casebook_factory("other")
    case = document["cases"][0]
    with other.session() as s:
        local = s.get(User, other.actor_id)
    # The file claims the importing user signed the events, under the exporter's key.
    for event in case["evidence"][0]["custody"]:
        event["actor_id"] = local.id
    case["signers"][0]["id"] = local.id
    with pytest.raises(ImportRejected) as error:
        _import(other, document, exported.parent)
    assert any("impersonating" in str(p) for p in error.value.problems)
