"""Key derivation: calibrated to about a second when a slot is made, bounded when read."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from casebook.core.errors import KeySlotFileError
from casebook.core.store import kdf, keyslots
from casebook.core.store.casebook import SLOTS_NAME, Casebook
from casebook.core.store.kdf import KdfParams
from casebook.core.store.keyslots import KeySlotFile

DATA_KEY = bytes(range(32))
PASSPHRASE = "correct horse battery staple"


def passphrase_kdf(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return next(s for s in data["slots"] if s["kind"] == "passphrase")["kdf"]


def edit_passphrase_kdf(path: Path, **values: int) -> None:
    """As an attacker would: change the slot's costs and fix the unkeyed checksum."""
    data = json.loads(path.read_text(encoding="utf-8"))
    next(s for s in data["slots"] if s["kind"] == "passphrase")["kdf"].update(values)
    body = {k: data[k] for k in ("format", "casebook_id", "slots")}
    data["checksum"] = keyslots._checksum(body)
    path.write_text(json.dumps(data), encoding="utf-8")


def never_derive(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> bytes:
        raise AssertionError("an out-of-bounds slot was derived (this could run for hours)")

    monkeypatch.setattr(kdf, "derive", refuse)


@pytest.mark.parametrize(
    ("memory_kib", "iterations"),
    [
        (4 * 1024 * 1024, 1000),  # accepted before: hours of work and 4 GiB of memory
        (4 * 1024 * 1024, 1),  # 4 GiB of memory on a laptop that may not have it
        (1024 * 1024, 3),  # 1 GiB
        (64 * 1024, 500),  # today's memory, a hundred times the passes
        (256 * 1024, 64),  # each within its bound, but 16 times the most work written
    ],
)
def test_slot_costs_beyond_what_casebook_writes_are_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_kib: int, iterations: int
) -> None:
    path = tmp_path / SLOTS_NAME
    KeySlotFile.create(path, str(uuid.uuid4()), DATA_KEY, PASSPHRASE)
    edit_passphrase_kdf(path, memory_kib=memory_kib, iterations=iterations)
    never_derive(monkeypatch)
    started = time.monotonic()
    with pytest.raises(KeySlotFileError) as caught:
        KeySlotFile.load(path).unlock_with_passphrase(PASSPHRASE)
    assert time.monotonic() - started < 1
    message = str(caught.value)
    assert "beyond anything Casebook writes" in message and "Restore keyslots.json" in message


@pytest.mark.parametrize(
    "params",
    [
        kdf.SHIPPED_POLICY,
        KdfParams(memory_kib=64 * 1024, iterations=kdf.MAX_ITERATIONS, lanes=4),
        KdfParams(memory_kib=kdf.MAX_MEMORY_KIB, iterations=16, lanes=4),
    ],
)
def test_everything_casebook_writes_is_within_bounds(params: KdfParams) -> None:
    assert params.within_bounds()


def test_calibration_on_a_very_fast_machine_stays_within_bounds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: 0.0)  # derivation takes no time
    monkeypatch.setattr(kdf, "derive", lambda *_: b"\0" * 32)
    params = kdf.calibrate(kdf.CALIBRATION_SECONDS, kdf.SHIPPED_POLICY)
    assert params.within_bounds()
    assert not params.weaker_than(kdf.SHIPPED_POLICY)


class _Clock:
    """A machine where one pass over 64 MiB takes 0.05 s."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        return self.now

    def derive(self, secret: bytes, salt: bytes, params: KdfParams) -> bytes:
        self.now += 0.05 * params.iterations * params.memory_kib / (64 * 1024)
        return (secret + salt + repr(params).encode()).ljust(32, b"\0")[-32:]


@pytest.fixture
def shipped_policy_on_a_fake_clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    clock = _Clock()
    monkeypatch.setattr(kdf.time, "perf_counter", clock.perf_counter)
    monkeypatch.setattr(kdf, "derive", clock.derive)
    monkeypatch.setattr(kdf, "_policy", kdf.SHIPPED_POLICY)
    return clock


def test_a_new_casebook_s_slot_takes_about_a_second_here(
    tmp_path: Path, shipped_policy_on_a_fake_clock: _Clock
) -> None:
    book, _ = Casebook.create(tmp_path / "book", PASSPHRASE)
    book.close()
    params = KdfParams.from_dict(passphrase_kdf(tmp_path / "book" / SLOTS_NAME))
    assert params.memory_kib == kdf.SHIPPED_POLICY.memory_kib
    assert 0.8 <= 0.05 * params.iterations <= 1.25  # about one second on this "machine"
    assert not params.weaker_than(kdf.SHIPPED_POLICY)
    Casebook.open(tmp_path / "book", PASSPHRASE).close()  # and it still opens


def test_a_slow_machine_keeps_the_policy_floor(
    tmp_path: Path, shipped_policy_on_a_fake_clock: _Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = shipped_policy_on_a_fake_clock

    def slow(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
        clock.now += 2.0 * params.iterations  # each pass 2 s: the policy alone is 6 s
        return b"\1" * 32

    monkeypatch.setattr(kdf, "derive", slow)
    path = tmp_path / SLOTS_NAME
    KeySlotFile.create(path, str(uuid.uuid4()), DATA_KEY, PASSPHRASE)
    assert KdfParams.from_dict(passphrase_kdf(path)) == kdf.SHIPPED_POLICY


def test_a_changed_passphrase_is_calibrated_too(
    tmp_path: Path, shipped_policy_on_a_fake_clock: _Clock
) -> None:
    path = tmp_path / SLOTS_NAME
    slots, _ = KeySlotFile.create(path, str(uuid.uuid4()), DATA_KEY, PASSPHRASE)
    slots.change_passphrase(DATA_KEY, "another long passphrase")
    params = KdfParams.from_dict(passphrase_kdf(path))
    assert params.iterations > kdf.SHIPPED_POLICY.iterations


def test_a_replaced_policy_is_used_as_given_without_calibrating(
    tmp_path: Path, cheap_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """How the suite stays fast: its cheap policy is never calibrated up."""

    def no_calibration(*_args: object) -> KdfParams:
        raise AssertionError("calibrated")

    monkeypatch.setattr(kdf, "calibrate", no_calibration)
    path = tmp_path / SLOTS_NAME
    KeySlotFile.create(path, str(uuid.uuid4()), DATA_KEY, PASSPHRASE)
    assert KdfParams.from_dict(passphrase_kdf(path)) == cheap_kdf
