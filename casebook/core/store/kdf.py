"""Argon2id key derivation with stored, upgradable parameters.

Parameters travel with each passphrase slot so they can be raised later; a slot whose
parameters are below the current policy is re-wrapped on the next successful unlock. A new
slot is calibrated to take about a second on the computer that makes it (never less than
the policy), and a slot asking for more than Casebook ever writes is refused unread, so an
edited slot cannot make unlocking run for hours or take all memory.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..errors import CasebookError

SALT_BYTES = 16
KEY_BYTES = 32
CALIBRATION_SECONDS = 1.0
# The most a slot may ask for: 4x the policy's memory, calibration's most passes, and in
# all no more work than 64 MiB over 64 passes (what a fast machine's calibration writes).
MAX_MEMORY_KIB = 256 * 1024
MAX_ITERATIONS = 64
MAX_WORK_KIB = 64 * 1024 * 64  # memory_kib x iterations
MAX_LANES = 64


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

    def within_bounds(self) -> bool:
        """No more than Casebook ever writes (see ``MAX_*``)."""
        return (
            self.memory_kib <= MAX_MEMORY_KIB
            and self.iterations <= MAX_ITERATIONS
            and self.memory_kib * self.iterations <= MAX_WORK_KIB
            and self.lanes <= MAX_LANES
        )


# The policy new slots are made with and old slots are raised to. Tests replace it with a
# cheap one through ``set_policy`` so the suite does not spend minutes in Argon2id.
SHIPPED_POLICY = KdfParams()
_policy = SHIPPED_POLICY


def policy() -> KdfParams:
    return _policy


def set_policy(params: KdfParams) -> KdfParams:
    """Replace the policy; returns the previous one so callers can restore it."""
    global _policy
    previous, _policy = _policy, params
    return previous


def for_new_slot() -> KdfParams:
    """What a new passphrase slot is made with: the policy, calibrated to about a second.

    A policy replaced through ``set_policy`` (the test suite's cheap one) is used as given,
    so tests spend no second calibrating each casebook they make.
    """
    if _policy is not SHIPPED_POLICY:
        return _policy
    return calibrate(CALIBRATION_SECONDS, _policy)


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    try:
        return Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        ).derive(secret)
    except MemoryError:
        raise CasebookError(
            "There is not enough free memory to unlock the key ({mib} MiB are needed). "
            "Close other programs and try again.",
            mib=params.memory_kib // 1024,
        ) from None


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def calibrate(target_seconds: float = 0.5, base: KdfParams | None = None) -> KdfParams:
    """Raise iterations until one derivation takes about ``target_seconds`` here.

    Never returns less than ``base`` (the policy), so a slow machine keeps the floor, nor
    more than a slot may ask for (``within_bounds``), so a fast machine's slot still opens.
    """
    base = base or policy()
    params = base
    salt = new_salt()
    while True:
        started = time.perf_counter()
        derive(b"calibration", salt, params)
        elapsed = time.perf_counter() - started
        most = max(base.iterations, min(MAX_ITERATIONS, MAX_WORK_KIB // params.memory_kib))
        if elapsed >= target_seconds * 0.8 or params.iterations >= most:
            return params
        scale = max(1.25, target_seconds / max(elapsed, 1e-3))
        params = KdfParams(
            memory_kib=params.memory_kib,
            iterations=min(most, max(params.iterations + 1, int(params.iterations * scale))),
            lanes=params.lanes,
        )
