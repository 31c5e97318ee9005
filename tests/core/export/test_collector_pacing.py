"""The collector's thresholds during an export: raised for young objects, always restored."""

from __future__ import annotations

import gc
import threading

import pytest

from casebook.core.export.document import fewer_collections


@pytest.fixture(autouse=True)
def _default_thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_young_threshold_raised_inside_and_restored_after() -> None:
    with fewer_collections():
        assert gc.get_threshold() == (10_000, 10, 10)
        assert gc.isenabled()  # fewer collections, never none
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_export_fails() -> None:
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("export failed")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_is_kept() -> None:
    gc.set_threshold(50_000, 20, 30)
    with fewer_collections():
        assert gc.get_threshold() == (50_000, 20, 30)
    assert gc.get_threshold() == (50_000, 20, 30)


def test_overlapping_exports_restore_once_the_last_is_done() -> None:
    first_in, second_done = threading.Event(), threading.Event()

    def second() -> None:
        first_in.wait()
        with fewer_collections():
            pass
        second_done.set()

    worker = threading.Thread(target=second)
    worker.start()
    with fewer_collections():
        first_in.set()
        second_done.wait(5)
        # The second export left first: the first is still running with the raised value.
        assert gc.get_threshold() == (10_000, 10, 10)
    worker.join()
    assert gc.get_threshold() == (700, 10, 10)
