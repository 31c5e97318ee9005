"""Argon2id key derivation with stored, upgradable parameters.

Parameters travel with each passphrase slot so they can be raised later; a slot whose
parameters are below the current policy is re-wrapped on the next successful unlock.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: ``memory_kib`` KiB of memory, ``iterations`` passes, ``lanes`` lanes."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def to_dict(self) -> dict[str, int | str]:
        return {"algorithm": "argon2id", **asdict(self)}

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        if not isinstance(data, dict) or data.get("algorithm") != "argon2id":
            raise ValueError("unsupported key derivation algorithm")
        values = {k: data.get(k) for k in ("memory_kib", "iterations", "lanes")}
        if not all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in values.values()
        ):
            raise ValueError("key derivation parameters are not positive integers")
        params = cls(**values)  # type: ignore[arg-type]
        # Argon2id needs 8 KiB per lane; below that the library itself raises.
        if params.memory_kib < 8 * params.lanes:
            raise ValueError("key derivation memory is below what Argon2id allows")
        return params

    def weaker_than(self, other: KdfParams) -> bool:
        return self.memory_kib < other.memory_kib or self.iterations < other.iterations


# The policy new slots are made with and old slots are raised to. Tests replace it with a
# cheap one through ``set_policy`` so the suite does not spend minutes in Argon2id.
_policy = KdfParams()


def policy() -> KdfParams:
    return _policy


def set_policy(params: KdfParams) -> KdfParams:
    """Replace the policy; returns the previous one so callers can restore it."""
    global _policy
    previous, _policy = _policy, params
    return previous


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def calibrate(target_seconds: float = 0.5, base: KdfParams | None = None) -> KdfParams:
    """Raise iterations until one derivation takes about ``target_seconds`` here.

    Never returns less than ``base`` (the policy), so a slow machine keeps the floor.
    """
    base = base or policy()
    params = base
    salt = new_salt()
    while True:
        started = time.perf_counter()
        derive(b"calibration", salt, params)
        elapsed = time.perf_counter() - started
        if elapsed >= target_seconds * 0.8 or params.iterations >= 64:
            return params
        scale = max(1.25, target_seconds / max(elapsed, 1e-3))
        params = KdfParams(
            memory_kib=params.memory_kib,
            iterations=max(params.iterations + 1, int(params.iterations * scale)),
            lanes=params.lanes,
        )
