"""Streaming AEAD for attachments: round trips, and every kind of damage detected."""

from __future__ import annotations

import io
import os
import struct

import pytest

from casebook.core.store import blob_cipher
from casebook.core.store.blob_cipher import (
    HEADER,
    MAGIC,
    TAG_BYTES,
    BlobFormatError,
    BlobWriter,
    ciphertext_size,
    decrypt_chunks,
)

KEY = bytes(range(32))
CHUNK = 64
STRIDE = CHUNK + TAG_BYTES


def encrypt(plaintext: bytes, chunk_size: int = CHUNK, key: bytes = KEY, piece: int = 0) -> bytes:
    out = io.BytesIO()
    writer = BlobWriter(out, key, chunk_size=chunk_size)
    if piece:
        for start in range(0, len(plaintext), piece):
            writer.write(plaintext[start : start + piece])
    else:
        writer.write(plaintext)
    writer.close()
    return out.getvalue()


def decrypt(blob: bytes, key: bytes = KEY) -> bytes:
    return b"".join(decrypt_chunks(io.BytesIO(blob), key))


def plaintext_of(size: int) -> bytes:
    return bytes((i * 7 + i // 251) % 256 for i in range(size))


def chunk_at(blob: bytes, index: int) -> tuple[int, int]:
    start = HEADER.size + index * STRIDE
    return start, min(start + STRIDE, len(blob))


SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 5 * CHUNK, 5 * CHUNK + 17]


@pytest.mark.parametrize("size", SIZES)
def test_round_trip(size: int) -> None:
    data = plaintext_of(size)
    blob = encrypt(data)
    assert decrypt(blob) == data
    assert len(blob) == ciphertext_size(size, CHUNK)


@pytest.mark.parametrize("piece", [1, 7, CHUNK - 1, CHUNK, CHUNK + 3, 1000])
def test_written_in_pieces_of_any_size(piece: int) -> None:
    data = plaintext_of(5 * CHUNK + 17)
    blob = encrypt(data, piece=piece)
    assert decrypt(blob) == data
    assert len(blob) == ciphertext_size(len(data), CHUNK)


@pytest.mark.parametrize("size", SIZES)
def test_chunks_come_out_one_chunk_at_a_time(size: int) -> None:
    pieces = list(decrypt_chunks(io.BytesIO(encrypt(plaintext_of(size))), KEY))
    assert len(pieces) == max(1, -(-size // CHUNK))
    assert all(len(p) == CHUNK for p in pieces[:-1])
    assert all(len(p) <= CHUNK for p in pieces)


def test_default_chunk_size_round_trip() -> None:
    data = os.urandom(blob_cipher.CHUNK_SIZE * 2 + 5)
    blob = encrypt(data, chunk_size=blob_cipher.CHUNK_SIZE)
    assert decrypt(blob) == data
    assert len(blob) == ciphertext_size(len(data))


def test_ciphertext_hides_plaintext_and_differs_each_time() -> None:
    data = b"The soldiers came at night. " * 20
    first, second = encrypt(data), encrypt(data)
    assert first != second  # fresh salt and nonce prefix per blob
    assert first.startswith(MAGIC)
    for blob in (first, second):
        assert b"soldiers" not in blob
        assert data[:CHUNK] not in blob


def test_close_is_idempotent() -> None:
    out = io.BytesIO()
    writer = BlobWriter(out, KEY, chunk_size=CHUNK)
    writer.write(b"abc")
    writer.close()
    size = len(out.getvalue())
    writer.close()
    assert len(out.getvalue()) == size
    assert decrypt(out.getvalue()) == b"abc"


def test_every_single_bit_flip_is_detected() -> None:
    data = plaintext_of(2 * CHUNK + 10)
    blob = encrypt(data)
    for position in range(len(blob)):
        for bit in (0x01, 0x80):
            damaged = bytearray(blob)
            damaged[position] ^= bit
            with pytest.raises(BlobFormatError):
                decrypt(bytes(damaged))


@pytest.mark.parametrize("size", [CHUNK, 3 * CHUNK, 3 * CHUNK + 5])
def test_truncation_at_every_chunk_boundary(size: int) -> None:
    blob = encrypt(plaintext_of(size))
    chunks = -(-len(blob[HEADER.size :]) // STRIDE)
    for kept in range(chunks):
        with pytest.raises(BlobFormatError):
            decrypt(blob[: HEADER.size + kept * STRIDE])


def test_truncation_mid_chunk_and_mid_header() -> None:
    blob = encrypt(plaintext_of(3 * CHUNK + 5))
    for length in [1, 4, HEADER.size - 1, HEADER.size + 1, HEADER.size + TAG_BYTES - 1]:
        with pytest.raises(BlobFormatError):
            decrypt(blob[:length])
    for cut in range(1, STRIDE):
        with pytest.raises(BlobFormatError):
            decrypt(blob[: HEADER.size + STRIDE + cut])
    with pytest.raises(BlobFormatError):
        decrypt(blob[:-1])


def test_an_empty_blob_cut_to_its_header_is_detected() -> None:
    blob = encrypt(b"")
    assert decrypt(blob) == b""
    with pytest.raises(BlobFormatError, match="cut short"):
        decrypt(blob[: HEADER.size])


def test_swapping_two_chunks() -> None:
    blob = encrypt(plaintext_of(4 * CHUNK))
    a0, a1 = chunk_at(blob, 1)
    b0, b1 = chunk_at(blob, 2)
    swapped = blob[:a0] + blob[b0:b1] + blob[a0:a1] + blob[b1:]
    assert len(swapped) == len(blob)
    with pytest.raises(BlobFormatError, match="chunk 1"):
        decrypt(swapped)


def test_dropping_a_middle_chunk() -> None:
    blob = encrypt(plaintext_of(4 * CHUNK))
    start, end = chunk_at(blob, 1)
    with pytest.raises(BlobFormatError):
        decrypt(blob[:start] + blob[end:])


def test_duplicating_a_chunk() -> None:
    blob = encrypt(plaintext_of(3 * CHUNK + 1))
    start, end = chunk_at(blob, 1)
    with pytest.raises(BlobFormatError):
        decrypt(blob[:end] + blob[start:end] + blob[end:])


def test_moving_the_last_chunk_forward() -> None:
    # The last chunk carries the "last" flag in its nonce; it cannot stand anywhere else.
    blob = encrypt(plaintext_of(3 * CHUNK))
    last_start, _ = chunk_at(blob, 2)
    with pytest.raises(BlobFormatError):
        decrypt(blob[: HEADER.size] + blob[last_start:])


def test_appending_bytes_is_detected() -> None:
    blob = encrypt(plaintext_of(2 * CHUNK + 3))
    for extra in (b"\0", b"x" * TAG_BYTES, b"y" * STRIDE):
        with pytest.raises(BlobFormatError):
            decrypt(blob + extra)


def test_a_chunk_from_another_blob_under_the_same_key_is_detected() -> None:
    data = plaintext_of(3 * CHUNK)
    first, second = encrypt(data), encrypt(data)
    start, end = chunk_at(first, 1)
    with pytest.raises(BlobFormatError):
        decrypt(first[:start] + second[start:end] + first[end:])


def test_another_blobs_header_is_detected() -> None:
    data = plaintext_of(2 * CHUNK)
    first, second = encrypt(data), encrypt(data)
    with pytest.raises(BlobFormatError):
        decrypt(second[: HEADER.size] + first[HEADER.size :])


def test_wrong_key() -> None:
    blob = encrypt(plaintext_of(100))
    with pytest.raises(BlobFormatError, match="chunk 0"):
        decrypt(blob, key=bytes(32))


def test_not_a_blob() -> None:
    with pytest.raises(BlobFormatError, match="marker"):
        decrypt(b"%PDF-1.7" + b"\0" * HEADER.size)
    with pytest.raises(BlobFormatError, match="shorter than its header"):
        decrypt(b"")


@pytest.mark.parametrize("chunk_size", [0, blob_cipher.MAX_CHUNK_SIZE + 1, 2**32 - 1])
def test_impossible_chunk_size_in_the_header(chunk_size: int) -> None:
    blob = bytearray(encrypt(b"hello"))
    blob[4:8] = struct.pack(">I", chunk_size)
    with pytest.raises(BlobFormatError, match="chunk size"):
        decrypt(bytes(blob))


def test_damage_is_reported_only_after_the_good_chunks() -> None:
    # Streaming: good chunks before the damage are yielded, the bad one raises.
    data = plaintext_of(3 * CHUNK)
    blob = bytearray(encrypt(data))
    start, _ = chunk_at(bytes(blob), 2)
    blob[start + 3] ^= 0xFF
    seen: list[bytes] = []
    with pytest.raises(BlobFormatError, match="chunk 2"):
        for piece in decrypt_chunks(io.BytesIO(bytes(blob)), KEY):
            seen.append(piece)
    assert b"".join(seen) == data[: 2 * CHUNK]


def test_chunk_counter_limit() -> None:
    with pytest.raises(BlobFormatError):
        blob_cipher._nonce(b"\0" * 7, 2**32, last=False)
    assert len(blob_cipher._nonce(b"\0" * 7, 2**32 - 1, last=True)) == 12


@pytest.mark.parametrize("size", [0, 1, 1023, 1024, 1025, 10 * 1024 * 1024])
def test_ciphertext_size_formula(size: int) -> None:
    chunks = max(1, -(-size // 1024))
    assert ciphertext_size(size, 1024) == HEADER.size + size + chunks * TAG_BYTES
