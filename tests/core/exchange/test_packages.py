"""Case packages end to end between two casebooks: what travels, what is kept, what is not."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile

import pytest
from sqlalchemy import func, select, text

from casebook.core.errors import CasebookError
from casebook.core.exchange import manifest as fmt
from casebook.core.exchange.errors import IdentityError, PackageReplayed
from casebook.core.exchange.unit_kinds import local_units
from casebook.core.models import (
    AuditEntry,
    Blob,
    CustodyEvent,
    ExchangeIdentity,
    ExchangeProvenance,
    ForeignAuditEntry,
    Incident,
    PersonIdentity,
    Testimony,
    User,
)
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.verification import verify_casebook

from .conftest import make_photo, sample_case, sha256, snapshot


def unit_hashes(book, case_id, with_identities=False):
    with book.session() as s:
        return {(u.kind, u.id): u.hash for u in local_units(s, case_id, with_identities)}


@pytest.fixture
def sent(parties, tmp_path):
    ids = sample_case(parties.aung.book, tmp_path / "files")
    package = tmp_path / "first.cbpkg"
    result = parties.aung.send([parties.sara], package)
    return ids, package, result


def test_every_unit_arrives_identical_with_its_provenance(parties, sent, tmp_path):
    ids, package, made = sent
    aung, sara = parties.aung, parties.sara
    assert made.units["testimony"] == 1 and made.attachments == 1
    result = sara.receive(package)
    assert result.sender_status == "verified" and result.summary.total("conflict") == 0
    before = unit_hashes(aung.book, ids["case"])
    after = unit_hashes(sara.book, ids["case"])
    extra = set(after) - set(before)
    assert {k: after[k] for k in before} == before  # same content, same hash, on both sides
    assert [k[0] for k in extra] == ["custody"]  # Sara's own "received" event
    with sara.book.session() as s:
        testimony = s.get(Testimony, ids["testimony"])
        aung_user = s.scalar(select(User).where(User.display_name == "Aung"))
        assert testimony.updated_by == aung_user.id and testimony.created_by == aung_user.id
        assert aung_user.signing_private_key is None
        assert s.scalar(select(func.count()).select_from(PersonIdentity)) == 0  # not asked for
        actions = [e.action for e in s.get(Incident, ids["incident"]).evidence[0].custody]
        assert actions == ["collected", "transferred", "received"]
        provenance = s.scalar(
            select(ExchangeProvenance).where(ExchangeProvenance.unit_id == ids["testimony"])
        )
        assert provenance.sender_user_id == aung_user.id
        assert provenance.source_casebook_id == aung.book.id
        assert provenance.action == "inserted"
        item_blob = s.scalar(select(Blob))
        data = sara.book.vault.read_bytes(item_blob.storage_name, "x", item_blob.sha256, 10**6)
    assert data == (tmp_path / "files" / "photo.png").read_bytes()
    for party in (aung, sara):
        report = verify_casebook(party.book)
        assert report.ok, report.problems
    assert verify_casebook(sara.book).checked["received audit entries"] > 0


def test_identities_travel_only_when_asked(parties, tmp_path):
    ids = sample_case(parties.aung.book, tmp_path / "files")
    package = tmp_path / "with.cbpkg"
    made = parties.aung.send([parties.sara], package, with_identities=True)
    assert made.units["identity"] == 1
    parties.sara.receive(package)
    with parties.sara.book.session() as s:
        identity = s.scalar(select(PersonIdentity))
        assert identity.person_id == ids["witness"] and identity.full_name == "Daw Khin"


def test_importing_twice_changes_nothing(parties, sent):
    _, package, _ = sent
    parties.sara.receive(package)
    before = snapshot(parties.sara.book)
    with pytest.raises(PackageReplayed, match="already imported"):
        parties.sara.receive(package)
    assert snapshot(parties.sara.book) == before


def test_dry_run_previews_and_writes_nothing(parties, sent):
    _, package, _ = sent
    before = snapshot(parties.sara.book)
    preview = parties.sara.receive(package, dry_run=True)
    assert preview.dry_run and preview.summary.counts["testimony"]["inserted"] == 1
    assert preview.attachments_new == 1
    assert snapshot(parties.sara.book) == before
    parties.sara.receive(package)  # and the real import still works afterwards


def test_since_last_sends_only_what_changed(parties, sent, tmp_path):
    ids, package, _ = sent
    aung, sara = parties.aung, parties.sara
    sara.receive(package)
    nothing = aung.send([sara], tmp_path / "nothing.cbpkg", since_last=True)
    assert nothing.units == {} and nothing.attachments == 0
    with aung.book.session() as s:
        s.get(Incident, ids["incident"]).description = "At dawn, then again at noon."
        s.commit()
    second = aung.send([sara], tmp_path / "second.cbpkg", since_last=True)
    assert second.units == {"incident": 1} and second.attachments == 0
    result = sara.receive(tmp_path / "second.cbpkg")
    assert result.summary.counts["incident"]["updated"] == 1
    with sara.book.session() as s:
        assert s.get(Incident, ids["incident"]).description == "At dawn, then again at noon."
    # Bopha never received anything: a since-last package to her carries the whole case.
    full = aung.send([parties.bopha], tmp_path / "bopha.cbpkg", since_last=True)
    assert full.units["case"] == 1 and full.attachments == 1


def test_same_content_is_stored_once(parties, sent, tmp_path):
    _, package, _ = sent
    sara = parties.sara
    with sara.book.session() as s:
        other = add_case(s, "Other", "OT-1")
        take_in(sara.book, s, other, make_photo(tmp_path / "same.png"), title="Same picture")
        s.commit()
    vault_files = sorted(sara.book.vault.folder.rglob("*.cbx"))
    result = sara.receive(package)
    assert result.attachments_known == 1 and result.attachments_new == 0
    assert sorted(sara.book.vault.folder.rglob("*.cbx")) == vault_files
    with sara.book.session() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 1
    assert verify_casebook(sara.book).ok


def test_the_age_tool_opens_a_package(parties, sent, tmp_path):
    _, package, _ = sent
    identity_file = tmp_path / "sara-identity.txt"
    identity_file.write_text(parties.sara.age_secret() + "\n")
    plain = subprocess.run(
        ["age", "-d", "-i", str(identity_file), str(package)], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        entries = [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]
    photo = tmp_path / "files" / "photo.png"
    assert [name for name, _ in entries] == [
        fmt.MANIFEST_NAME,
        fmt.SIGNATURE_NAME,
        fmt.RECORDS_NAME,
        fmt.AUDIT_NAME,
        fmt.blob_name(sha256(photo)),
    ]
    body = dict(entries)
    assert body[fmt.blob_name(sha256(photo))] == photo.read_bytes()
    key = fmt.sender_key_of(body[fmt.MANIFEST_NAME])
    assert fmt.signature_valid(key, body[fmt.SIGNATURE_NAME], body[fmt.MANIFEST_NAME])


def test_packaging_writes_nothing_to_the_os_temp_dir(parties, tmp_path, private_tempdir):
    sample_case(parties.aung.book, tmp_path / "files")
    package = tmp_path / "p.cbpkg"
    parties.aung.send([parties.sara], package)
    parties.sara.receive(package)
    assert list(private_tempdir.iterdir()) == []
    assert not list(tmp_path.glob("*.partial"))


def test_audit_chain_arrives_whole_and_verify_catches_tampering(parties, sent):
    ids, package, _ = sent
    sara = parties.sara
    sara.receive(package)
    with parties.aung.book.session() as s:
        sent_head = s.scalar(select(func.max(AuditEntry.sequence)))
    with sara.book.session() as s:
        entries = s.scalars(select(ForeignAuditEntry).order_by(ForeignAuditEntry.sequence)).all()
        assert [e.sequence for e in entries] == list(range(1, len(entries) + 1))
        assert len(entries) < sent_head  # the package's own log entry came after its head
        full = [e for e in entries if e.changes is not None]
        assert any(e.record_id == ids["testimony"] for e in full)
        # The witness's identity was not sent, and neither was its audit entry.
        assert not any(e.table_name == "person_identities" for e in full)
    assert verify_casebook(sara.book).ok
    with sara.book.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE foreign_audit_entries SET changes = :c WHERE record_id = :r "
                "AND action = 'create'"
            ),
            {"c": json.dumps({"title": "rewritten"}), "r": ids["testimony"]},
        )
    problems = verify_casebook(sara.book).problems
    assert any("altered after it was received" in str(p) for p in problems)


def test_recipients_must_be_verified_and_out_must_be_new(parties, tmp_path):
    sample_case(parties.aung.book, tmp_path / "files")
    stranger = parties.bopha
    with parties.aung.book.session() as s:
        identity = s.scalar(
            select(ExchangeIdentity).where(ExchangeIdentity.display_name == "Bopha")
        )
        identity.verified_at = None
        s.commit()
    with pytest.raises(IdentityError, match="not verified"):
        parties.aung.send([stranger], tmp_path / "x.cbpkg")
    (tmp_path / "exists.cbpkg").write_bytes(b"")
    with pytest.raises(CasebookError, match="already exists"):
        parties.aung.send([parties.sara], tmp_path / "exists.cbpkg")
    with parties.aung.book.session() as s:
        assert s.scalar(select(func.count()).select_from(CustodyEvent)) == 1  # nothing sent


def test_a_full_package_back_to_the_sender_adds_no_custody_transfer(parties, sent, tmp_path):
    ids, package, _ = sent
    aung, sara = parties.aung, parties.sara
    sara.receive(package)
    back = sara.send([aung], tmp_path / "back.cbpkg")  # not --since-last: everything
    assert back.units["evidence"] == 1 and back.attachments == 1
    result = aung.receive(tmp_path / "back.cbpkg")
    assert result.summary.total("conflict") == 0 and result.attachments_known == 1
    with aung.book.session() as s:
        actions = [e.action for e in s.get(Incident, ids["incident"]).evidence[0].custody]
    assert actions == ["collected", "transferred", "received"]  # Sara's receipt, no re-send
