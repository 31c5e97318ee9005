"""The package's own age implementation: ordinary age files both ways, and every kind of
damage refused."""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import pyrage
import pytest
from pyrage import x25519

from casebook.core.exchange import age_stream
from casebook.core.exchange.age_stream import (
    CHUNK,
    STRIDE,
    AgeWriter,
    HeaderDamaged,
    NoMatchingKey,
    PayloadDamaged,
    decrypt_chunks,
)

SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 16 * CHUNK, 16 * CHUNK + 1, 40 * CHUNK + 7]


@pytest.fixture(scope="module")
def keys():
    return [x25519.Identity.generate() for _ in range(2)]


def encrypt(data: bytes, recipients: list[str], piece: int = 70_000) -> bytes:
    out = io.BytesIO()
    writer = AgeWriter(out, recipients)
    for at in range(0, len(data), piece):
        writer.write(data[at : at + piece])
    writer.finish()
    return out.getvalue()


def decrypt(data: bytes, identity) -> bytes:
    return b"".join(decrypt_chunks(io.BytesIO(data), str(identity)))


@pytest.mark.parametrize("size", SIZES)
def test_pyrage_reads_what_we_write_and_we_read_what_it_writes(keys, size):
    data = os.urandom(size)
    ours = encrypt(data, [str(k.to_public()) for k in keys])
    assert pyrage.decrypt(ours, [keys[1]]) == data
    assert decrypt(ours, keys[0]) == data
    theirs = pyrage.encrypt(data, [keys[0].to_public(), keys[1].to_public()])
    assert decrypt(theirs, keys[1]) == data


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_the_age_tool_reads_what_we_write_and_we_read_what_it_writes(keys, tmp_path):
    data = os.urandom(3 * CHUNK + 5)
    identity_file = tmp_path / "key.txt"
    identity_file.write_text(str(keys[0]) + "\n")
    ours = encrypt(data, [str(keys[0].to_public())])
    done = subprocess.run(
        ["age", "-d", "-i", str(identity_file)], input=ours, capture_output=True, check=True
    )
    assert done.stdout == data
    theirs = subprocess.run(
        ["age", "-r", str(keys[0].to_public())], input=data, capture_output=True, check=True
    ).stdout
    assert decrypt(theirs, keys[0]) == data


def test_keys_decode_as_pyrage_writes_them(keys):
    recipient = str(keys[0].to_public())
    assert len(age_stream.recipient_key(recipient)) == 32
    assert len(age_stream.identity_key(str(keys[0]))) == 32
    broken = recipient[:-1] + ("q" if recipient[-1] != "q" else "p")
    with pytest.raises(ValueError):
        age_stream.recipient_key(broken)
    with pytest.raises(ValueError):
        age_stream.recipient_key(str(keys[0]))  # an identity is not a recipient


def test_someone_else_cannot_read_it(keys):
    ours = encrypt(b"x" * 1000, [str(keys[0].to_public())])
    with pytest.raises(NoMatchingKey):
        decrypt(ours, keys[1])


@pytest.mark.parametrize("size", [1, CHUNK, 3 * CHUNK + 5, 17 * CHUNK])
def test_every_cut_and_every_addition_is_refused(keys, size):
    ours = encrypt(os.urandom(size), [str(keys[0].to_public())])
    payload_start = len(ours) - (size + -(-size // CHUNK) * 16) - 16
    for cut in {len(ours) - 1, len(ours) - 16, len(ours) - STRIDE, payload_start + 16}:
        if 0 < cut < len(ours):
            with pytest.raises(PayloadDamaged):
                decrypt(ours[:cut], keys[0])
    for extra in (b"\x00", bytes(16), os.urandom(STRIDE)):
        with pytest.raises(PayloadDamaged):
            decrypt(ours + extra, keys[0])


def test_a_flipped_bit_anywhere_is_refused(keys):
    ours = encrypt(os.urandom(2 * CHUNK + 3), [str(keys[0].to_public())])
    for at in (len(ours) - 1, len(ours) - CHUNK, len(ours) // 2, 40, 100):
        data = bytearray(ours)
        data[at] ^= 0x01
        with pytest.raises(age_stream.AgeError):
            decrypt(bytes(data), keys[0])


def test_an_empty_final_chunk_after_a_full_one_is_refused(keys):
    """A valid-looking file whose last chunk is empty (the spec forbids it)."""
    ours = encrypt(os.urandom(CHUNK), [str(keys[0].to_public())])
    # Re-encrypt the payload by hand: the full chunk as not-last, then an empty last one.
    header_end = ours.index(b"\n---") + len(b"\n--- ") + 43 + 1
    file_key = _file_key_of(ours, keys[0])
    nonce = ours[header_end : header_end + 16]
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    aead = ChaCha20Poly1305(age_stream._hkdf(file_key, nonce, b"payload"))
    plain = decrypt(ours, keys[0])
    forged = (
        ours[: header_end + 16]
        + aead.encrypt(age_stream._nonce(0, False), plain, None)
        + aead.encrypt(age_stream._nonce(1, True), b"", None)
    )
    with pytest.raises(PayloadDamaged):
        decrypt(forged, keys[0])


def _file_key_of(data: bytes, identity) -> bytes:
    stanzas, _, _ = age_stream._read_header(io.BytesIO(data))
    return age_stream._file_key(stanzas, age_stream.identity_key(str(identity)))


@pytest.mark.parametrize(
    "header",
    [
        b"age-encryption.org/v2\n",
        b"age-encryption.org/v1\n--- " + b"A" * 43 + b"\n",  # no recipient
        b"age-encryption.org/v1\n-> X25519 abc=\nAAAA\n--- " + b"A" * 43 + b"\n",  # padding
        b"age-encryption.org/v1\n-> X25519\n",  # cut short
        b"age-encryption.org/v1\n-> " + b"A" * 70_000,  # endless
    ],
)
def test_a_malformed_header_is_refused(keys, header):
    with pytest.raises(HeaderDamaged):
        decrypt(header + bytes(64), keys[0])
