"""Ed25519 signatures over canonical JSON (custody events, sign-offs, manifests)."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from ..canonical_json import CURRENT, canonical_json


def new_key_pair() -> tuple[bytes, bytes]:
    """Return (private, public) as raw 32-byte strings."""
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    raw_public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return raw_private, raw_public


def sign(private_key: bytes, payload: Any, form: int = CURRENT) -> bytes:
    """Signs the canonical JSON of ``payload`` in ``form`` (canonical_json.py)."""
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(canonical_json(payload, form))


def sign_bytes(private_key: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(data)


def verify_bytes(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def verify(public_key: bytes, signature: bytes, payload: Any, form: int = CURRENT) -> bool:
    """Checks a signature over ``payload`` in the form it was signed in."""
    return verify_bytes(public_key, signature, canonical_json(payload, form))


def fingerprint(public_key: bytes) -> str:
    """First 128 bits of the key's SHA-256 as 8 groups of 4 hex digits: read aloud or by eye."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def encode_public_key(public_key: bytes) -> str:
    return base64.b64encode(public_key).decode("ascii")
