"""Auto-lock: input restarts the countdown; when it runs out the window locks, once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from casebook.gui.main_window import MainWindow
from casebook.gui.shared.idle_lock import IdleLock


def test_fires_once_and_input_restarts_it(qtbot) -> None:
    idle = IdleLock(150)
    fired: list[bool] = []
    idle.idle.connect(lambda: fired.append(True))
    idle.start()
    for _ in range(4):  # keep "typing" for longer than the interval
        qtbot.wait(80)
        QApplication.sendEvent(
            QApplication.instance(),
            QMouseEvent(
                QEvent.Type.MouseMove, QPointF(1, 1), QPointF(1, 1),
                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            ),
        )  # fmt: skip
    assert not fired
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    qtbot.wait(400)
    assert fired == [True]  # guarded: one signal until re-armed
    idle.stop()


def test_window_locks_when_idle(qtbot, window: MainWindow, passphrase: str) -> None:
    window.idle.set_interval(200)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.stack.currentIndex() == 1
    assert window.workspace is None
    window.unlock_panel.passphrase.setText(passphrase)
    window.unlock_panel.submit()
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert window.current[0] == "case"


def test_preference_sets_the_interval(window: MainWindow, prefs) -> None:
    assert window.idle.interval() == 5 * 60_000  # default 5 minutes
    prefs.idle_lock_minutes = 2
    window.lock()
    assert not window.idle._armed
