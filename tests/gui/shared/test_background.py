"""Background work delivers results, failures and progress on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from casebook.core.errors import WrongPassphrase
from casebook.gui.shared.background import run_in_background


def test_success_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {}
    progress: list[int] = []

    def work(report):
        seen["worker"] = threading.current_thread().name
        for n in range(3):
            report(n)
        return 42

    def done(value):
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui

    op = run_in_background(work, done, lambda exc: None, progress=progress.append)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42 and seen["on_gui"] is True
    assert seen["worker"] != threading.main_thread().name
    assert progress == [0, 1, 2]
    assert not op.running


def test_failure_is_delivered_not_lost(qtbot) -> None:
    failures: list[BaseException] = []

    def work(_report):
        raise WrongPassphrase()

    run_in_background(work, lambda v: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], WrongPassphrase)


def test_cancel_sets_the_event_the_work_checks(qtbot) -> None:
    started, cancel = threading.Event(), threading.Event()
    results: list[str] = []

    def work(_report):
        started.set()
        while not cancel.is_set():
            cancel.wait(0.01)
        return "stopped"

    op = run_in_background(work, results.append, lambda exc: None, cancel=cancel)
    assert started.wait(5)
    op.cancel()
    assert op.wait(5)
    qtbot.waitUntil(lambda: results == ["stopped"])
