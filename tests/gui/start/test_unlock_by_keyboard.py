"""Unlocking by keyboard (issue 14): Enter in the passphrase opens the casebook, once.

One Enter used to start the opening in the field *and* reach the dialog, whose default had
moved to Cancel (the fields are disabled while opening): the dialog closed, the opened
casebook was never used nor closed, and its lock said "already open" until restart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from casebook.core.store.casebook import Casebook
from casebook.gui import main_window
from casebook.gui.app import App

ASCII_SECRET = "lantern orbit cassava"  # QTest.keyClicks types ASCII only


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    book, _recovery = Casebook.create(tmp_path / "book", ASCII_SECRET, "Noy", "documenter")
    book.close()
    return tmp_path / "book"


def _unlock_dialog(qtbot, app: App, folder: Path):
    qtbot.addWidget(app.start)
    app.show_start()
    qtbot.waitExposed(app.start)
    dialog = app.ask_unlock(folder)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.panel.passphrase
    return dialog


def test_enter_in_the_passphrase_opens_the_main_window(qtbot, prefs, folder, messages) -> None:
    app = App(prefs)
    dialog = _unlock_dialog(qtbot, app, folder)
    QTest.keyClicks(dialog.panel.passphrase, ASCII_SECRET)
    QTest.keyClick(dialog.panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
    qtbot.addWidget(app.main_window)
    assert not app.main_window.locked
    assert messages == []
    app.main_window.close()
    Casebook.open(folder, ASCII_SECRET).close()  # the lock was released on closing


def test_wrong_passphrase_by_enter_keeps_the_dialog(qtbot, prefs, folder, messages) -> None:
    app = App(prefs)
    dialog = _unlock_dialog(qtbot, app, folder)
    QTest.keyClicks(dialog.panel.passphrase, "not the passphrase")
    QTest.keyClick(dialog.panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "passphrase" in messages[0].text.lower()
    assert dialog.isVisible() and app.main_window is None
    assert dialog.panel.passphrase.isEnabled()
    QTest.keyClicks(dialog.panel.passphrase, ASCII_SECRET)  # the wrong text is selected
    QTest.keyClick(dialog.panel.passphrase, Qt.Key.Key_Enter)  # the keypad's Enter too
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
    qtbot.addWidget(app.main_window)
    app.main_window.close()


def test_escape_while_opening_releases_the_casebook(qtbot, prefs, folder, messages) -> None:
    app = App(prefs)
    dialog = _unlock_dialog(qtbot, app, folder)
    panel = dialog.panel
    QTest.keyClicks(panel.passphrase, ASCII_SECRET)
    QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert panel.operation is not None
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not panel.operation.running, timeout=10_000)
    qtbot.wait(50)  # the result is delivered through the event loop
    assert app.main_window is None
    Casebook.open(folder, ASCII_SECRET).close()  # not "already open in another window"


def test_a_main_window_that_fails_releases_the_casebook(
    qtbot, prefs, folder, messages, monkeypatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("window could not be built")

    monkeypatch.setattr(main_window, "MainWindow", broken)
    app = App(prefs)
    dialog = _unlock_dialog(qtbot, app, folder)
    QTest.keyClicks(dialog.panel.passphrase, ASCII_SECRET)
    QTest.keyClick(dialog.panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[0].title == "Casebook could not be opened"
    assert app.start.isVisible()
    Casebook.open(folder, ASCII_SECRET).close()
