"""Chunked authenticated encryption for attachments (streaming AEAD).

The construction is Tink's AES-GCM-HKDF streaming AEAD (the STREAM scheme of Hoang,
Reyhanitabar, Rogaway and Vizár): a per-blob key from HKDF with a random salt, and for
chunk *i* the nonce ``prefix ‖ i ‖ last``. Each chunk is AES-256-GCM with the header as
associated data, so a flipped bit, a reordered or dropped chunk, and a truncated tail are
all detected. Memory is bounded by one chunk.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"CBX\x01"
CHUNK_SIZE = 1024 * 1024
TAG_BYTES = 16
_SALT_BYTES = 32
_PREFIX_BYTES = 7
HEADER = struct.Struct(f">4sI{_SALT_BYTES}s{_PREFIX_BYTES}s")
MAX_CHUNK_SIZE = 16 * 1024 * 1024


class BlobFormatError(Exception):
    """The blob is not intact; the vault turns this into a message naming the item."""


def _blob_key(vault_key: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"casebook blob v1").derive(
        vault_key
    )


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    if index >= 2**32:
        raise BlobFormatError("too many chunks")
    return prefix + struct.pack(">IB", index, 1 if last else 0)


class BlobWriter:
    """Encrypts plaintext pushed in pieces of any size; call ``close()`` to seal the tail."""

    def __init__(self, out: BinaryIO, vault_key: bytes, chunk_size: int = CHUNK_SIZE) -> None:
        salt = os.urandom(_SALT_BYTES)
        self._prefix = os.urandom(_PREFIX_BYTES)
        self._header = HEADER.pack(MAGIC, chunk_size, salt, self._prefix)
        self._aead = AESGCM(_blob_key(vault_key, salt))
        self._out = out
        self._chunk_size = chunk_size
        self._pending = bytearray()
        self._index = 0
        self._closed = False
        out.write(self._header)

    def write(self, data: bytes | memoryview) -> None:
        self._pending += data
        # Keep at least one byte back: the last chunk must be encrypted with the last flag,
        # and only close() knows which one that is.
        while len(self._pending) > self._chunk_size:
            self._emit(bytes(self._pending[: self._chunk_size]), last=False)
            del self._pending[: self._chunk_size]

    def _emit(self, chunk: bytes, last: bool) -> None:
        nonce = _nonce(self._prefix, self._index, last)
        self._out.write(self._aead.encrypt(nonce, chunk, self._header))
        self._index += 1

    def close(self) -> None:
        if not self._closed:
            self._emit(bytes(self._pending), last=True)
            self._pending.clear()
            self._closed = True


def decrypt_chunks(source: BinaryIO, vault_key: bytes) -> Iterator[bytes]:
    """Yield verified plaintext chunks; raises BlobFormatError at the first bad one."""
    header = source.read(HEADER.size)
    if len(header) != HEADER.size:
        raise BlobFormatError("the file is shorter than its header")
    magic, chunk_size, salt, prefix = HEADER.unpack(header)
    if magic != MAGIC:
        raise BlobFormatError("the file does not start with the blob marker")
    if not 0 < chunk_size <= MAX_CHUNK_SIZE:
        raise BlobFormatError("the header names an impossible chunk size")
    aead = AESGCM(_blob_key(vault_key, salt))
    stride = chunk_size + TAG_BYTES
    index = 0
    current = source.read(stride)
    while True:
        following = source.read(stride) if len(current) == stride else b""
        last = not following
        if len(current) < TAG_BYTES:
            raise BlobFormatError(f"chunk {index} is cut short")
        try:
            yield aead.decrypt(_nonce(prefix, index, last), current, header)
        except InvalidTag:
            if last:
                raise BlobFormatError(
                    f"chunk {index} fails authentication (altered, or the end was cut off)"
                ) from None
            raise BlobFormatError(f"chunk {index} fails authentication (altered)") from None
        if last:
            return
        index += 1
        current = following


def ciphertext_size(plaintext_size: int, chunk_size: int = CHUNK_SIZE) -> int:
    chunks = max(1, -(-plaintext_size // chunk_size))
    return HEADER.size + plaintext_size + chunks * TAG_BYTES
