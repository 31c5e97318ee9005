"""No core dump can carry an unlocked casebook's key: dumps are off before it is unlocked."""

from __future__ import annotations

import ctypes
import resource
import sys
from pathlib import Path

import pytest

from casebook.core.store.casebook import Casebook

_PR_GET_DUMPABLE = 3


@pytest.fixture
def core_limits(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, tuple[int, int]]]:
    """Every setrlimit call, passed on to the real one."""
    calls: list[tuple[int, tuple[int, int]]] = []
    real = resource.setrlimit

    def recording(which: int, limits: tuple[int, int]) -> None:
        calls.append((which, limits))
        real(which, limits)

    monkeypatch.setattr(resource, "setrlimit", recording)
    return calls


def assert_no_core_dumps(calls: list[tuple[int, tuple[int, int]]]) -> None:
    assert (resource.RLIMIT_CORE, (0, 0)) in calls
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    if sys.platform.startswith("linux"):
        assert ctypes.CDLL(None).prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0) == 0


def test_create_turns_core_dumps_off(tmp_path: Path, passphrase: str, core_limits) -> None:
    Casebook.create(tmp_path / "book", passphrase)[0].close()
    assert_no_core_dumps(core_limits)


def test_open_turns_core_dumps_off(book: Casebook, passphrase: str, core_limits) -> None:
    folder = book.folder
    book.close()
    core_limits.clear()
    Casebook.open(folder, passphrase).close()
    assert_no_core_dumps(core_limits)


def test_core_dumps_are_off_before_the_passphrase_is_used(
    book: Casebook, passphrase: str, core_limits, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = book.folder
    book.close()
    core_limits.clear()
    seen: list[int] = []
    real = book.slots.unlock_with_passphrase.__func__  # type: ignore[attr-defined]

    def unlocking(slots, secret: str) -> bytes:  # type: ignore[no-untyped-def]
        seen.append(len(core_limits))
        return real(slots, secret)

    monkeypatch.setattr(type(book.slots), "unlock_with_passphrase", unlocking)
    Casebook.open(folder, passphrase).close()
    assert seen and seen[0] >= 1
