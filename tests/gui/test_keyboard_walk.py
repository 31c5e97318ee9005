"""Every dialog by keyboard alone (issue 14): QTest key presses only, no mouse, no setText.

Each dialog opens on its first input, tabs in the order it is laid out, does what it is for
on Enter and cancels on Escape; the main window's F1, F5 and Ctrl+Q work (no two actions
share a key, which made Qt run neither).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton, QWidget

from casebook.core.analysis import tags_for
from casebook.core.models import Incident
from casebook.core.store.casebook import Casebook
from casebook.gui.app import App
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.window_actions import distinct_keys

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


add_material = _module(Path(__file__).parent / "analysis_material.py", "kb_material").add_material


def ready(qtbot, widget: QWidget) -> QWidget:
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def modal(qtbot) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    return ready(qtbot, QApplication.activeModalWidget())


def type_into_focus(text: str, then: Qt.Key | None = None) -> None:
    widget = QApplication.focusWidget()
    QTest.keyClicks(widget, text)
    if then is not None:
        QTest.keyClick(QApplication.focusWidget(), then)


def press(key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def test_new_records_by_keyboard(qtbot, window: MainWindow, messages) -> None:
    ws = window.workspace
    # New case: the first keystrokes go into Title (the focus used to be on OK).
    QTest.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    dialog = modal(qtbot)
    assert QApplication.focusWidget() is dialog.inputs[0]
    type_into_focus("Market attack", Qt.Key.Key_Tab)
    type_into_focus("LA-2024-002", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Market attack" in [c.title for c in ws.cases()]
    assert window.current[0] == "case"
    case_id = window.current[1]

    # Enter with no title: the refusal beside the field, the dialog stays; Escape cancels.
    ready(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    dialog = modal(qtbot)
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.messages["title"].isVisible()
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(ws.cases()) == 2

    ready(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)
    modal(qtbot)
    type_into_focus("Soldiers at the school", Qt.Key.Key_Return)
    assert [i.title for i in ws.incidents(case_id)] == ["Soldiers at the school"]

    ready(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    dialog = modal(qtbot)
    role = dialog.inputs[0]
    press(Qt.Key.Key_Down)  # the next role in the list
    chosen = role.currentData()
    press(Qt.Key.Key_Return)
    assert [p.roles for p in ws.persons(case_id)] == [[chosen]]

    ready(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    dialog = modal(qtbot)
    assert QApplication.focusWidget() is dialog.inputs[0]  # language
    press(Qt.Key.Key_Return)
    assert window.current[0] == "testimony"
    assert not messages, messages


def test_create_casebook_by_keyboard(qtbot, prefs, tmp_path: Path, messages, monkeypatch) -> None:
    chooser: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a: chooser.append("x") or "")
    )
    app = App(prefs)
    qtbot.addWidget(app.start)
    app.show_start()
    ready(qtbot, app.start)
    QTest.keyClick(app.start, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = ready(qtbot, app.create_dialog)
    assert QApplication.focusWidget() is dialog.location
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into_focus(str(tmp_path), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.browse_button
    press(Qt.Key.Key_Tab)
    type_into_focus("interviews", Qt.Key.Key_Tab)
    type_into_focus("Noy", Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)  # role: the first one
    strong = "lantern orbit cassava monsoon"
    type_into_focus(strong, Qt.Key.Key_Tab)
    type_into_focus(strong, Qt.Key.Key_Return)  # Enter in "Repeat it" creates
    assert chooser == []  # and never opens the folder chooser
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert QApplication.focusWidget() is dialog.written_down
    press(Qt.Key.Key_Return)  # not yet acknowledged: nothing happens
    assert dialog.isVisible()
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Return)
    assert app.main_window is not None
    qtbot.addWidget(app.main_window)
    app.main_window.close()
    assert not messages, messages


def test_tag_dialog_by_keyboard(qtbot, window: MainWindow, tmp_path: Path, messages) -> None:
    m = add_material(window, tmp_path)
    window.navigate_to("incident", m.range_incident_id)
    dialog = window.view.incident_editor.tags.open_tag_dialog()
    ready(qtbot, dialog)
    browser = dialog.browser
    assert QApplication.focusWidget() is browser.search
    type_into_focus("7(1)(d)")
    for _ in range(3):  # article, conflict type, the crimes
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is browser.tree
    while browser.selected_crime() != "7(1)(d)":
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is browser.elements
    assert browser.selected_element() == ""  # entering the list chose nothing
    press(Qt.Key.Key_Down)
    assert browser.selected_element() == "7(1)(d)/1"  # the first Down: element 1
    press(Qt.Key.Key_Tab)  # support
    press(Qt.Key.Key_Down)
    assert dialog.support.currentIndex() == 1
    press(Qt.Key.Key_Return)
    assert dialog.result is not None and not dialog.isVisible()
    incident = window.workspace.session.get(Incident, m.range_incident_id)
    tags = tags_for(window.workspace.session, incident)
    assert [(t.element_id, t.support) for t in tags] == [("7(1)(d)/1", dialog.support.itemData(1))]
    assert not messages, messages


def test_charge_dialog_by_keyboard(qtbot, window: MainWindow, tmp_path: Path, messages) -> None:
    m = add_material(window, tmp_path)
    window.navigate_to("section:charges", "", case_id=m.case_id)
    dialog = window.view.charges_page.new_charge()
    ready(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.browser.search
    type_into_focus("7(1)(d)")
    for _ in range(3):
        press(Qt.Key.Key_Tab)
    while dialog.browser.selected_crime() != "7(1)(d)":
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.title
    type_into_focus("Deportation from Ban Nong", Qt.Key.Key_Return)
    assert dialog.charge is not None and not dialog.isVisible()
    assert dialog.charge.crime_id == "7(1)(d)"
    assert dialog.charge.title == "Deportation from Ban Nong"
    assert not messages, messages


def test_export_dialog_by_keyboard(qtbot, window: MainWindow, tmp_path: Path, messages) -> None:
    build_case = _module(
        Path(__file__).parents[1] / "core" / "export" / "conftest.py", "kb_export_fixture"
    ).build_case
    fixture = build_case(window.workspace.book, tmp_path / "source")
    window.workspace.refresh()
    case = next(c for c in window.workspace.cases() if c.reference == fixture.reference)
    window.navigate_to("case", case.id)
    ready(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_X, CTRL_SHIFT)
    dialog = modal(qtbot)
    assert QApplication.focusWidget() is dialog.charges
    for _ in range(4):  # addressee, edition, language, folder
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.folder
    type_into_focus(str(tmp_path / "out"), Qt.Key.Key_Return)  # Enter: check the plan first
    assert dialog.plan.count() >= 1 and dialog.export_button.isDefault()
    assert dialog.outcome is None and not (tmp_path / "out").exists()
    press(Qt.Key.Key_Return)  # Enter again: export
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=120_000)
    assert dialog.outcome is not None and dialog.outcome.verified is True
    assert not messages, messages


def test_preferences_by_keyboard(qtbot, window: MainWindow) -> None:
    window.edit_preferences()
    dialog = modal(qtbot)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into_focus("12", Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.prefs.idle_lock_minutes == 12


OPENERS: dict[str, Callable[[MainWindow], QDialog | None]] = {
    "new case": lambda w: w.new_case(),
    "new incident": lambda w: w.new_incident(),
    "new person": lambda w: w.new_person(),
    "new testimony": lambda w: w.new_testimony(),
    "add evidence": lambda w: w.ask_before_intake(w.current_case_id(), [Path("photo.jpg")]),
    "export": lambda w: w.export_bundle(),
    "preferences": lambda w: w.edit_preferences(),
    "identities": lambda w: w.show_identities(),
    "send package": lambda w: w.send_package(),
    "import package": lambda w: w.import_package(),
    "conflicts": lambda w: w.show_conflicts(),
    "review": lambda w: w.review_case(),
    "supervisor access": lambda w: w.supervisor_access(),
    "charge": lambda w: w.view.charges_page.new_charge(),
    "change passphrase": lambda w: w.change_passphrase(),
    "new recovery key": lambda w: w.new_recovery_key(),
    "verify": lambda w: w.verify_casebook(),
}


def open_dialog(window: MainWindow, name: str) -> QDialog:
    """Open dialog ``name`` with a case in view; the dialog that appeared."""
    window.navigate_to("section:charges", "", case_id=window.workspace.cases()[0].id)
    before = set(QApplication.topLevelWidgets())
    OPENERS[name](window)
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if w not in before and isinstance(w, QDialog) and w.isVisible()
    )


@pytest.mark.parametrize("name", list(OPENERS))
def test_every_dialog_starts_on_an_input_has_a_default_and_escape_cancels(
    qtbot, window: MainWindow, name: str, messages
) -> None:
    dialog = open_dialog(window, name)
    ready(qtbot, dialog)
    focus = QApplication.focusWidget()
    assert focus is not None and dialog.isAncestorOf(focus)
    assert not isinstance(focus, QPushButton), f"{name} opens with the focus on a button"
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    assert len(defaults) == 1, f"{name}: {[b.text() for b in defaults]}"
    assert not any(
        word in defaults[0].text() for word in ("Remove", "Keep mine", "Take theirs", "Browse")
    )
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not messages, messages


def test_no_two_actions_share_a_key(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in QWidget.actions(window):  # window.actions is the WindowActions
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    assert {"F1", "F5", "Ctrl+Q"} <= set(seen)


def test_standard_keys_are_not_doubled() -> None:
    keys = distinct_keys([QKeySequence.StandardKey.Refresh, "F5", "F5", "Ctrl+Q"])
    assert [k.toString() for k in keys].count("F5") == 1
    assert keys[-1] == QKeySequence("Ctrl+Q")


def test_f1_f5_and_ctrl_q(qtbot, window: MainWindow, messages, monkeypatch, passphrase) -> None:
    refreshed: list[bool] = []
    monkeypatch.setattr(window.workspace, "refresh", lambda: refreshed.append(True))
    QTest.keyClick(window, Qt.Key.Key_F1)
    guide = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "userGuide")
    text = guide.plain_text()
    assert guide.isVisible() and "Casebook user guide" in text
    assert "Lock" in text and "Ctrl+L" in text  # the shortcuts, from the actions themselves
    QTest.keyClick(guide, Qt.Key.Key_Escape)
    assert not guide.isVisible()
    ready(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert refreshed == [True]
    folder = window.folder
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not window.isVisible()
    Casebook.open(folder, passphrase).close()  # quitting released the casebook
