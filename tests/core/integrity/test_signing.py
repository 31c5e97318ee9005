"""Ed25519 signatures over canonical JSON, and key fingerprints people can compare."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import UTC, datetime

import pytest

from casebook.core.canonical_json import CanonicalJsonError, canonical_json
from casebook.core.integrity import signing

PAYLOAD = {
    "event": "collected",
    "sha256": "ab" * 32,
    "place": "ບ້ານນາ, ແຂວງ",
    "at": datetime(2024, 5, 1, 8, 30, tzinfo=UTC),
    "sequence": 1,
}


@pytest.fixture
def keys() -> tuple[bytes, bytes]:
    return signing.new_key_pair()


def test_key_pair_is_raw_ed25519(keys: tuple[bytes, bytes]) -> None:
    private, public = keys
    assert len(private) == 32 and len(public) == 32
    assert private != public
    assert signing.new_key_pair() != keys


def test_sign_and_verify(keys: tuple[bytes, bytes]) -> None:
    private, public = keys
    signature = signing.sign(private, PAYLOAD)
    assert len(signature) == 64
    assert signing.verify(public, signature, PAYLOAD)


def test_key_order_does_not_matter(keys: tuple[bytes, bytes]) -> None:
    private, public = keys
    signature = signing.sign(private, PAYLOAD)
    reordered = dict(reversed(list(PAYLOAD.items())))
    assert signing.verify(public, signature, reordered)


@pytest.mark.parametrize(
    "change",
    [
        {"sequence": 2},
        {"sha256": "ac" + "ab" * 31},
        {"place": "ບ້ານນາ, ແຂວງ "},
        {"at": datetime(2024, 5, 1, 8, 30, 1, tzinfo=UTC)},
        {"extra": None},
    ],
)
def test_any_change_to_the_payload_fails(keys: tuple[bytes, bytes], change: dict) -> None:
    private, public = keys
    signature = signing.sign(private, PAYLOAD)
    assert not signing.verify(public, signature, {**PAYLOAD, **change})


def test_a_removed_field_fails(keys: tuple[bytes, bytes]) -> None:
    private, public = keys
    signature = signing.sign(private, PAYLOAD)
    shorter = {k: v for k, v in PAYLOAD.items() if k != "place"}
    assert not signing.verify(public, signature, shorter)


def test_another_users_key_fails(keys: tuple[bytes, bytes]) -> None:
    private, _ = keys
    _, other_public = signing.new_key_pair()
    assert not signing.verify(other_public, signing.sign(private, PAYLOAD), PAYLOAD)


@pytest.mark.parametrize("index", [0, 31, 32, 63])
def test_a_flipped_bit_in_the_signature_fails(keys: tuple[bytes, bytes], index: int) -> None:
    private, public = keys
    signature = bytearray(signing.sign(private, PAYLOAD))
    signature[index] ^= 0x01
    assert not signing.verify(public, bytes(signature), PAYLOAD)


@pytest.mark.parametrize("signature", [b"", b"\x00" * 63, b"\x00" * 65, b"\x00" * 64])
def test_malformed_signatures_fail_without_raising(
    keys: tuple[bytes, bytes], signature: bytes
) -> None:
    _, public = keys
    assert signing.verify(public, signature, PAYLOAD) is False


@pytest.mark.parametrize("public", [b"", b"\x01" * 31, b"\x01" * 33])
def test_malformed_public_keys_fail_without_raising(
    keys: tuple[bytes, bytes], public: bytes
) -> None:
    private, _ = keys
    assert signing.verify(public, signing.sign(private, PAYLOAD), PAYLOAD) is False


def test_sign_bytes_and_verify_bytes(keys: tuple[bytes, bytes]) -> None:
    private, public = keys
    data = b"manifest bytes \x00\xff"
    signature = signing.sign_bytes(private, data)
    assert signing.verify_bytes(public, signature, data)
    assert not signing.verify_bytes(public, signature, data + b"!")
    # The JSON form and the bytes form are the same signature over the canonical encoding.
    assert signing.verify_bytes(public, signing.sign(private, PAYLOAD), canonical_json(PAYLOAD))


def test_signatures_are_deterministic(keys: tuple[bytes, bytes]) -> None:
    private, _ = keys
    assert signing.sign(private, PAYLOAD) == signing.sign(private, PAYLOAD)


def test_payloads_that_cannot_be_encoded_canonically_are_refused(
    keys: tuple[bytes, bytes],
) -> None:
    private, _ = keys
    with pytest.raises(CanonicalJsonError, match="kind set"):
        signing.sign(private, {"items": {1, 2}})


def test_fingerprint_is_groups_of_hex_a_person_can_read_aloud(keys: tuple[bytes, bytes]) -> None:
    _, public = keys
    fingerprint = signing.fingerprint(public)
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", fingerprint), fingerprint
    assert fingerprint == signing.fingerprint(public)
    assert fingerprint != signing.fingerprint(signing.new_key_pair()[1])
    assert fingerprint.replace(" ", "") == hashlib.sha256(public).hexdigest()[:32].upper()


def test_encode_public_key(keys: tuple[bytes, bytes]) -> None:
    _, public = keys
    assert base64.b64decode(signing.encode_public_key(public), validate=True) == public
