"""Preferences for text size, colours and clearing copied identity details (issue 14 item 5)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from casebook.gui.main_window import MainWindow
from casebook.gui.shared.preferences import Preferences, PreferencesDialog, apply_appearance


@pytest.fixture
def restore_appearance(qapp, prefs: Preferences) -> Iterator[None]:
    font = qapp.font()
    yield
    prefs.text_size, prefs.theme = 100, "system"
    apply_appearance(prefs)
    qapp.setFont(font)


def test_new_preferences_default_and_refuse_odd_values(prefs: Preferences) -> None:
    assert (prefs.text_size, prefs.theme, prefs.clipboard_clear_seconds) == (100, "system", 60)
    prefs._s.setValue("appearance/text_size", "999")
    prefs._s.setValue("appearance/theme", "purple")
    prefs._s.setValue("privacy/clipboard_clear_seconds", "x")
    assert (prefs.text_size, prefs.theme, prefs.clipboard_clear_seconds) == (100, "system", 60)


def test_text_size_chosen_by_keyboard_applies_at_once(
    qtbot, qapp, prefs: Preferences, restore_appearance
) -> None:
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = qapp.font().pointSizeF()
    system_window = qapp.palette().color(QPalette.ColorRole.Window)
    dialog.text_size.setFocus()
    QTest.keyClick(dialog.text_size, Qt.Key.Key_Down)
    QTest.keyClick(dialog.text_size, Qt.Key.Key_Down)
    assert dialog.text_size.currentData() == 150
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    QTest.keyClick(dialog.text_size, Qt.Key.Key_Return)
    assert prefs.text_size == 150 and prefs.theme == "dark"
    assert qapp.font().pointSizeF() == pytest.approx(before * 1.5)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80  # dark
    assert qapp.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    prefs.theme = "system"
    apply_appearance(prefs)
    assert qapp.palette().color(QPalette.ColorRole.Window) == system_window


def _copy_a_name(qtbot, window: MainWindow):
    """A witness's identity dialog, with a name typed and copied by Ctrl+C."""
    ws = window.workspace
    person = ws.add_person(ws.cases()[0].id, "witness")
    window.show_identity(person.id)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "identityDialog")
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    name = dialog.form.widgets["full_name"]
    name.setFocus()
    QTest.keyClicks(name, "Somchai")
    name.selectAll()
    QTest.keyClick(name, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return dialog


def test_a_copied_name_is_cleared_from_the_clipboard(qtbot, window: MainWindow) -> None:
    dialog = _copy_a_name(qtbot, window)
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "Somchai"
    guard = dialog.clipboard_guard
    assert guard.timer.isActive() and guard.timer.interval() == 60_000
    dialog.reject()  # closing does not keep it: the timer outlives the dialog
    guard.timer.timeout.emit()
    assert clipboard.text() == ""


def test_something_copied_later_is_left_alone(qtbot, window: MainWindow) -> None:
    dialog = _copy_a_name(qtbot, window)
    guard = dialog.clipboard_guard
    dialog.reject()
    QApplication.clipboard().setText("a map reference")  # the user's own copy since
    guard.timer.timeout.emit()
    assert QApplication.clipboard().text() == "a map reference"
