"""Lock after a period without input: an application event filter restarts one timer.

Like KeePassXC's InactivityTimer: any key, click, wheel or pointer movement in any window
restarts the countdown; when it runs out ``idle`` is emitted once, and not again until
``start`` re-arms it (after the user unlocked).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._timed_out)
        self._armed = False
        self._filtering = False

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._armed:
            self._timer.start()

    def interval(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        """Arm the countdown and watch input (call when a casebook is unlocked)."""
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        """Disarm (call when the casebook is locked or closed)."""
        self._armed = False
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    def _timed_out(self) -> None:
        if self._armed:
            self._armed = False
            self.idle.emit()
