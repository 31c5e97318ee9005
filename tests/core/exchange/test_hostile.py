"""Hostile and broken packages: each is refused with a sentence, and nothing is written.

"Nothing" is checked literally: every file in the casebook folder and every row of every
table are the same after the refusal as before it.
"""

from __future__ import annotations

import base64

import pytest
from pyrage import x25519
from sqlalchemy import text

from casebook.core.exchange import identities
from casebook.core.exchange import manifest as fmt
from casebook.core.exchange.errors import (
    NotAddressedToUs,
    PackageDamaged,
    PackageRejected,
    UntrustedSender,
)

from . import crafting
from .conftest import Party, introduce, sample_case, snapshot


def recipient_of(party: Party) -> str:
    return str(x25519.Identity.from_str(party.age_secret()).to_public())


@pytest.fixture
def package(parties, tmp_path):
    sample_case(parties.aung.book, tmp_path / "files")
    path = tmp_path / "good.cbpkg"
    parties.aung.send([parties.sara], path)
    return path


@pytest.fixture
def entries(parties, package):
    return crafting.open_package(package, parties.sara.age_secret())


def refused(party: Party, path, error: type[Exception], match: str, **kwargs) -> None:
    before = snapshot(party.book)
    with pytest.raises(error, match=match):
        party.receive(path, **kwargs)
    assert snapshot(party.book) == before
    assert list((party.book.folder / "blobs" / "incoming").iterdir()) == []


def write(tmp_path, data: bytes, name: str = "bad.cbpkg"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def resealed(parties, entries, **kwargs) -> bytes:
    """Re-signed with Aung's real key: only the checks after the signature can catch it."""
    return crafting.rebuild(
        entries, [recipient_of(parties.sara)], crafting.signing_key(parties.aung.book), **kwargs
    )


# -- who sent it, to whom ----------------------------------------------------------------


@pytest.fixture
def carol(casebook_factory, parties, tmp_path):
    book, _ = casebook_factory("carol", user_name="Carol", role="documenter")
    carol = Party(book, "Carol")
    introduce(parties.sara, carol)
    sample_case(book, tmp_path / "carol-files")
    carol.send([parties.sara], tmp_path / "carol.cbpkg")
    return carol


def test_an_unknown_sender_is_refused_unless_accepted(parties, carol, tmp_path):
    path = tmp_path / "carol.cbpkg"
    refused(parties.sara, path, UntrustedSender, "unknown sender.*Carol")
    result = parties.sara.receive(path, accept_unverified=True)
    assert result.sender_status == "unknown" and result.sender_name == "Carol"
    with parties.sara.book.session() as s:
        stored = identities.find_identity(s, carol.fingerprint, verified=False)
        assert stored.verified_at is None  # remembered, still unverified


def test_an_unverified_sender_is_refused_unless_accepted(parties, carol, tmp_path):
    introduce(carol, parties.sara, verify=False)
    path = tmp_path / "carol.cbpkg"
    refused(parties.sara, path, UntrustedSender, "not verified")
    assert parties.sara.receive(path, accept_unverified=True).sender_status == "unverified"


def test_a_package_for_someone_else_cannot_be_opened(parties, tmp_path):
    sample_case(parties.aung.book, tmp_path / "files")
    path = tmp_path / "for-bopha.cbpkg"
    parties.aung.send([parties.bopha], path)
    refused(parties.sara, path, NotAddressedToUs, "not encrypted to your identity")


def test_a_package_forwarded_by_a_recipient_is_refused(parties, tmp_path):
    sample_case(parties.aung.book, tmp_path / "files")
    path = tmp_path / "for-bopha.cbpkg"
    parties.aung.send([parties.bopha], path)
    inner = crafting.open_package(path, parties.bopha.age_secret())
    forwarded = crafting.encrypt(crafting.tar_bytes(inner), [recipient_of(parties.sara)])
    refused(parties.sara, write(tmp_path, forwarded), PackageRejected, "re-encrypted to you")


def test_a_user_of_ours_with_another_key_is_refused(parties, entries, tmp_path):
    with parties.sara.book.session() as s:
        me = identities.own_identity(parties.sara.book, s)
        sara_id = me.user_id

    def impersonate(records):
        records["users"].append(
            {
                "id": sara_id,
                "display_name": "Sara",
                "role": "supervisor",
                "signing_public_key": base64.b64encode(b"\x01" * 32).decode(),
            }
        )

    data = resealed(parties, crafting.edit_json(entries, "records.json", impersonate))
    refused(parties.sara, write(tmp_path, data), PackageRejected, "different signing key")


# -- damage and tampering ----------------------------------------------------------------


def test_a_flipped_byte_is_detected(parties, package, tmp_path):
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    refused(parties.sara, write(tmp_path, bytes(data)), PackageDamaged, "damaged")


@pytest.mark.parametrize("keep", [0.5, 0.99, 100])
def test_a_truncated_package_is_detected(parties, package, tmp_path, keep):
    data = package.read_bytes()
    cut = data[: int(len(data) * keep)] if keep < 1 else data[:keep]
    refused(parties.sara, write(tmp_path, cut), PackageDamaged, "damaged, incomplete")


def test_something_that_is_not_a_package_is_refused(parties, tmp_path):
    refused(parties.sara, write(tmp_path, b"PK\x03\x04 not age at all"), PackageDamaged, "damaged")


def test_a_manifest_changed_after_signing_is_refused(parties, entries, tmp_path):
    def retarget(manifest):
        manifest["case"]["reference"] = "OTHER"

    data = crafting.rebuild(entries, [recipient_of(parties.sara)], edit_manifest=retarget)
    refused(parties.sara, write(tmp_path, data), PackageRejected, "signature does not match")


def test_an_entry_changed_after_signing_is_refused(parties, entries, tmp_path):
    def retitle(records):
        for unit in records["units"]:
            if unit["kind"] == "case":
                unit["content"]["row"]["title"] = "Village burnt!!"  # same length

    altered = crafting.edit_json(entries, "records.json", retitle)
    data = crafting.rebuild(altered, [recipient_of(parties.sara)], rehash=False)
    refused(parties.sara, write(tmp_path, data), PackageRejected, "records.json does not match")


def test_an_attachment_changed_after_signing_is_refused(parties, entries, tmp_path):
    name = next(n for n, _ in entries if n.startswith("blobs/"))
    original = dict(entries)[name]
    altered = crafting.replace(entries, name, bytes([original[0] ^ 1]) + original[1:])
    data = crafting.rebuild(altered, [recipient_of(parties.sara)], rehash=False)
    refused(parties.sara, write(tmp_path, data), PackageRejected, "blobs/.* does not match")


# -- hostile archives --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["../outside", "/etc/cron.d/x", "blobs/../../x", "C:/Windows/x", "a\\..\\b"]
)
def test_a_path_leaving_its_folder_is_refused(parties, entries, tmp_path, name):
    data = resealed(parties, [*entries, (name, b"payload")])
    refused(parties.sara, write(tmp_path, data), PackageRejected, "leaves its folder")
    assert not (tmp_path / "outside").exists()


def test_an_entry_the_manifest_does_not_list_is_refused(parties, entries, tmp_path):
    inner = crafting.tar_bytes([*entries, ("extra.txt", b"smuggled")])
    data = crafting.encrypt(inner, [recipient_of(parties.sara)])
    refused(parties.sara, write(tmp_path, data), PackageRejected, "does not list")


def test_a_declared_oversized_entry_is_refused_before_reading(parties, entries, tmp_path):
    def inflate(manifest):
        manifest["entries"][0]["size"] = fmt.MAX_JSON_BYTES + 1

    data = resealed(parties, entries, edit_manifest=inflate)
    refused(parties.sara, write(tmp_path, data), PackageRejected, "more than Casebook accepts")


def test_an_entry_longer_than_its_manifest_says_is_refused(parties, entries, tmp_path):
    name = next(n for n, _ in entries if n.startswith("blobs/"))

    def shrink(manifest):
        for entry in manifest["entries"]:
            if entry["name"] == name:
                entry["size"] -= 1

    data = resealed(parties, entries, edit_manifest=shrink)
    refused(parties.sara, write(tmp_path, data), PackageRejected, "not the size")


def test_an_oversized_manifest_is_refused(parties, package, tmp_path, monkeypatch):
    monkeypatch.setattr(fmt, "MAX_MANIFEST_BYTES", 64)
    refused(parties.sara, package, PackageRejected, "manifest is .* bytes, more than")


def test_records_that_are_not_json_are_refused(parties, entries, tmp_path):
    data = resealed(parties, crafting.replace(entries, "records.json", b"{not json"))
    refused(parties.sara, write(tmp_path, data), PackageRejected, "records.json is not valid JSON")


def test_a_field_of_the_wrong_type_is_refused_with_its_place(parties, entries, tmp_path):
    def corrupt(records):
        for unit in records["units"]:
            if unit["kind"] == "incident":
                unit["content"]["row"]["title"] = 5

    data = resealed(parties, crafting.edit_json(entries, "records.json", corrupt))
    refused(
        parties.sara, write(tmp_path, data), PackageRejected, r"units\[\d+\]\.row\.title: is not"
    )


def test_a_record_of_another_case_is_refused(parties, entries, tmp_path):
    def move(records):
        for unit in records["units"]:
            if unit["kind"] == "person":
                unit["content"]["row"]["case_id"] = "00000000-0000-4000-8000-000000000000"

    data = resealed(parties, crafting.edit_json(entries, "records.json", move))
    refused(parties.sara, write(tmp_path, data), PackageRejected, "not the package's case")


def test_a_forged_custody_signature_is_refused(parties, entries, tmp_path):
    def forge(records):
        for unit in records["units"]:
            if unit["kind"] == "custody":
                unit["content"]["row"]["reason"] = "rewritten"

    data = resealed(parties, crafting.edit_json(entries, "records.json", forge))
    refused(parties.sara, write(tmp_path, data), PackageRejected, "does not verify")


def test_an_audit_entry_altered_in_transit_is_refused(parties, entries, tmp_path):
    def alter(audit):
        full = next(e for e in audit["entries"] if "changes" in e)
        full["changes"] = {"title": "rewritten"}

    data = resealed(parties, crafting.edit_json(entries, "audit.json", alter))
    refused(parties.sara, write(tmp_path, data), PackageRejected, "does not match its own hash")


def test_rewritten_history_between_two_packages_is_refused(parties, package, tmp_path):
    sara = parties.sara
    sara.receive(package)
    with sara.book.engine.begin() as conn:  # what an earlier package showed, differently
        conn.execute(
            text("UPDATE foreign_audit_entries SET entry_hash = :h WHERE sequence = 1"),
            {"h": "ab" * 32},
        )
    parties.aung.send([sara], tmp_path / "second.cbpkg", since_last=True)
    refused(sara, tmp_path / "second.cbpkg", PackageRejected, "differs from what an earlier")


def test_data_after_the_archive_is_refused(parties, entries, tmp_path):
    inner = crafting.tar_bytes(entries) + b"\x01" * 512
    data = crafting.encrypt(inner, [recipient_of(parties.sara)])
    refused(parties.sara, write(tmp_path, data), PackageDamaged, "after the end")


def test_messages_quote_no_case_content(parties, entries, tmp_path):
    def corrupt(records):
        for unit in records["units"]:
            if unit["kind"] == "testimony":
                unit["content"]["rows"]["segments"][0]["position"] = "The soldiers came"

    data = resealed(parties, crafting.edit_json(entries, "records.json", corrupt))
    with pytest.raises(PackageRejected) as caught:
        parties.sara.receive(write(tmp_path, data))
    assert "soldiers" not in str(caught.value)
    assert "segments[0].position: is not a whole number" in str(caught.value)
