"""Argon2id parameters: stored, validated, compared, upgraded; and the calibration loop."""

from __future__ import annotations

import pytest

from casebook.core.store import kdf
from casebook.core.store.kdf import KdfParams


def test_default_parameters_are_memory_hard() -> None:
    # At least the OWASP floor for Argon2id (19 MiB, 2 passes); ours is 64 MiB, 3 passes.
    default = KdfParams()
    assert default.memory_kib >= 64 * 1024
    assert default.iterations >= 3
    assert default.lanes >= 1


def test_params_round_trip_through_a_dict() -> None:
    params = KdfParams(memory_kib=2048, iterations=4, lanes=2)
    data = params.to_dict()
    assert data == {"algorithm": "argon2id", "memory_kib": 2048, "iterations": 4, "lanes": 2}
    assert KdfParams.from_dict(data) == params


@pytest.mark.parametrize(
    "data",
    [
        {"algorithm": "scrypt", "memory_kib": 1024, "iterations": 1, "lanes": 1},
        {"memory_kib": 1024, "iterations": 1, "lanes": 1},
        {"algorithm": "argon2id", "memory_kib": "1024", "iterations": 1, "lanes": 1},
        {"algorithm": "argon2id", "memory_kib": 1024, "iterations": 0, "lanes": 1},
        {"algorithm": "argon2id", "memory_kib": 1024, "iterations": 1, "lanes": -1},
        {"algorithm": "argon2id", "memory_kib": 1024.5, "iterations": 1, "lanes": 1},
        {"algorithm": "argon2id", "iterations": 1, "lanes": 1},
        {"algorithm": "argon2id", "memory_kib": None, "iterations": 1, "lanes": 1},
        # A damaged key-slot file can hold anything where the object should be.
        "argon2id",
        ["argon2id", 1024, 1, 1],
        None,
    ],
)
def test_from_dict_refuses_what_it_cannot_use(data: object) -> None:
    with pytest.raises(ValueError):
        KdfParams.from_dict(data)


@pytest.mark.parametrize(
    "data",
    [
        # Argon2id needs at least 8 KiB per lane; these would fail inside the library.
        {"algorithm": "argon2id", "memory_kib": 1, "iterations": 1, "lanes": 1},
        {"algorithm": "argon2id", "memory_kib": 31, "iterations": 1, "lanes": 4},
        # JSON true is an int to Python, but not a cost anyone wrote.
        {"algorithm": "argon2id", "memory_kib": 1024, "iterations": True, "lanes": 1},
    ],
)
def test_from_dict_refuses_parameters_argon2_cannot_run(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        KdfParams.from_dict(data)


def test_smallest_valid_memory_is_accepted_and_derives() -> None:
    params = KdfParams.from_dict(
        {"algorithm": "argon2id", "memory_kib": 16, "iterations": 1, "lanes": 2}
    )
    assert len(kdf.derive(b"secret", kdf.new_salt(), params)) == kdf.KEY_BYTES


def test_weaker_than_compares_memory_and_iterations() -> None:
    policy = KdfParams(memory_kib=2048, iterations=2, lanes=1)
    assert KdfParams(1024, 2, 1).weaker_than(policy)
    assert KdfParams(2048, 1, 1).weaker_than(policy)
    assert not KdfParams(2048, 2, 1).weaker_than(policy)
    assert not KdfParams(4096, 3, 1).weaker_than(policy)
    # Lanes are parallelism, not cost: fewer lanes is not weaker.
    assert not KdfParams(2048, 2, 4).weaker_than(KdfParams(2048, 2, 8))


def test_set_policy_returns_the_previous_one(cheap_kdf: KdfParams) -> None:
    assert kdf.policy() == cheap_kdf
    other = KdfParams(memory_kib=2048, iterations=2, lanes=1)
    previous = kdf.set_policy(other)
    try:
        assert previous == cheap_kdf
        assert kdf.policy() == other
    finally:
        kdf.set_policy(previous)
    assert kdf.policy() == cheap_kdf


def test_derive_is_deterministic_and_depends_on_every_input(cheap_kdf: KdfParams) -> None:
    salt = b"s" * kdf.SALT_BYTES
    key = kdf.derive(b"passphrase", salt, cheap_kdf)
    assert len(key) == kdf.KEY_BYTES
    assert kdf.derive(b"passphrase", salt, cheap_kdf) == key
    assert kdf.derive(b"passphrasf", salt, cheap_kdf) != key
    assert kdf.derive(b"passphrase", b"t" * kdf.SALT_BYTES, cheap_kdf) != key
    assert kdf.derive(b"passphrase", salt, KdfParams(1024, 2, 1)) != key
    assert kdf.derive(b"passphrase", salt, KdfParams(2048, 1, 1)) != key


def test_new_salt_is_random_and_full_length() -> None:
    salts = {kdf.new_salt() for _ in range(20)}
    assert len(salts) == 20
    assert all(len(s) == kdf.SALT_BYTES for s in salts)


class _FakeClock:
    """Each derivation 'takes' 0.05 s per iteration, so calibration is deterministic."""

    def __init__(self) -> None:
        self.now = 0.0
        self.derived: list[KdfParams] = []

    def perf_counter(self) -> float:
        return self.now

    def derive(self, secret: bytes, salt: bytes, params: KdfParams) -> bytes:
        self.derived.append(params)
        self.now += 0.05 * params.iterations
        return b"\0" * 32


@pytest.fixture
def fake_clock(monkeypatch: pytest.MonkeyPatch) -> _FakeClock:
    clock = _FakeClock()
    monkeypatch.setattr(kdf.time, "perf_counter", clock.perf_counter)
    monkeypatch.setattr(kdf, "derive", clock.derive)
    return clock


def test_calibrate_raises_iterations_to_reach_the_target(fake_clock: _FakeClock) -> None:
    base = KdfParams(memory_kib=4096, iterations=1, lanes=2)
    params = kdf.calibrate(target_seconds=0.5, base=base)
    assert 0.05 * params.iterations >= 0.5 * 0.8
    assert params.memory_kib == base.memory_kib
    assert params.lanes == base.lanes
    assert params.iterations > base.iterations


def test_calibrate_never_goes_below_the_base(fake_clock: _FakeClock) -> None:
    base = KdfParams(memory_kib=4096, iterations=20, lanes=1)  # already 1 s here
    assert kdf.calibrate(target_seconds=0.1, base=base) == base


def test_calibrate_stops_at_a_ceiling_on_a_very_fast_machine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: 0.0)  # derivation takes no time
    monkeypatch.setattr(kdf, "derive", lambda *_: b"\0" * 32)
    params = kdf.calibrate(target_seconds=0.5, base=KdfParams(1024, 1, 1))
    assert params.iterations >= 64


def test_calibrate_defaults_to_the_policy(fake_clock: _FakeClock, cheap_kdf: KdfParams) -> None:
    params = kdf.calibrate(target_seconds=0.01)
    assert fake_clock.derived[0] == cheap_kdf
    assert params.memory_kib == cheap_kdf.memory_kib
