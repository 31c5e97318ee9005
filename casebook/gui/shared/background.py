"""Run a core call off the GUI thread and get its result back on the GUI thread.

Like Anki's ``CollectionOp``: the window never freezes during key derivation, intake or
verification, and callers never touch widgets from a worker thread. ``fn`` receives a
``report`` callable for progress values; results, failures and progress arrive through
queued signals, so every callback runs on the thread that started the operation.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Report = Callable[[Any], None]

_running: set[BackgroundOp] = set()  # keeps each operation alive until it has delivered


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, op: BackgroundOp, fn: Callable[[Report], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._fn = fn

    def run(self) -> None:
        signals = self._op.signals
        try:
            result = self._fn(signals.progressed.emit)
        except BaseException as exc:  # delivered to on_failure; never lost in a thread
            self._op.done.set()
            signals.failed.emit(exc)
        else:
            self._op.done.set()
            signals.succeeded.emit(result)


class BackgroundOp:
    """Handle of one running operation: ``cancel`` asks it to stop, ``wait`` blocks."""

    def __init__(self, cancel: threading.Event | None) -> None:
        self.signals = _Signals()
        self.cancel_event = cancel or threading.Event()
        self.done = threading.Event()

    @property
    def running(self) -> bool:
        return not self.done.is_set()

    def cancel(self) -> None:
        self.cancel_event.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has returned (its result may still be queued)."""
        return self.done.wait(timeout)


def run_in_background(
    fn: Callable[[Report], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    progress: Callable[[Any], None] | None = None,
    cancel: threading.Event | None = None,
    pool: QThreadPool | None = None,
) -> BackgroundOp:
    """Start ``fn(report)`` on a pool thread; callbacks run later on this thread."""
    op = BackgroundOp(cancel)
    _running.add(op)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(op)
        callback(value)

    op.signals.succeeded.connect(lambda value: finish(on_success, value))
    op.signals.failed.connect(lambda exc: finish(on_failure, exc))
    if progress is not None:
        op.signals.progressed.connect(progress)
    (pool or QThreadPool.globalInstance()).start(_Runnable(op, fn))
    return op
