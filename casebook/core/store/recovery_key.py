"""The recovery key: 160 random bits a person can copy by hand and type back.

Written as Crockford base32 in groups of four with a final check group, so a typo is
caught before any key derivation runs and look-alike letters (O/0, I/L/1) are forgiven.
"""

from __future__ import annotations

import hashlib
import os

from ..errors import MalformedRecoveryKey

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
SECRET_BYTES = 20
_GROUPS = 8  # 160 bits = 32 characters = 8 groups of 4


def _b32(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    count = len(data) * 8 // 5
    return "".join(_ALPHABET[(bits >> (5 * (count - 1 - i))) & 31] for i in range(count))


def _check(secret: bytes) -> str:
    return _b32(hashlib.sha256(b"casebook recovery check" + secret).digest()[:5])[:4]


def generate() -> tuple[str, bytes]:
    """Return the text to show once and the secret bytes it stands for."""
    secret = os.urandom(SECRET_BYTES)
    return format_key(secret), secret


def format_key(secret: bytes) -> str:
    body = _b32(secret)
    groups = [body[i : i + 4] for i in range(0, len(body), 4)]
    return "-".join([*groups, _check(secret)])


def parse(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != (_GROUPS + 1) * 4:
        raise MalformedRecoveryKey(
            "A recovery key has {expected} letters and digits in nine groups of four; this "
            "one has {count}. Copy it again from the paper you kept.",
            expected=(_GROUPS + 1) * 4,
            count=len(cleaned),
        )
    bad = sorted({ch for ch in cleaned if ch not in _DECODE})
    if bad:
        raise MalformedRecoveryKey(
            "A recovery key uses only digits and the letters A–Z except U; these "
            "characters are not part of it: {bad}.",
            bad=" ".join(bad),
        )
    value = 0
    for ch in cleaned[: _GROUPS * 4]:
        value = (value << 5) | _DECODE[ch]
    secret = value.to_bytes(SECRET_BYTES, "big")
    check = "".join(_ALPHABET[_DECODE[ch]] for ch in cleaned[_GROUPS * 4 :])
    if check != _check(secret):
        raise MalformedRecoveryKey(
            "The recovery key has a typing mistake: its last group does not match the others. "
            "Check each group against the copy you kept."
        )
    return secret
