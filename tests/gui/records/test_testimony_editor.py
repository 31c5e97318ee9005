"""Testimony editing: paragraphs, undo/redo, language and direction, Zawgyi, sealing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casebook.gui.main_window import MainWindow
from casebook.gui.records import testimony_editor

ZAWGYI = "ျမန္မာလိုေျပာမယ္လကြာ"
UNICODE = "မြန်မာလိုပြောမယ်လကွာ"


def new_testimony(win: MainWindow, language: str) -> str:
    win.new_testimony()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "newTestimonyDialog"
    )
    combo = dialog.inputs[0]
    combo.setCurrentIndex(combo.findData(language))
    dialog.accept()
    return win.current[1]


def write_paragraph(win: MainWindow, number: int, text: str) -> None:
    editor = win.view.testimony_editor.segments.rows[number - 1].edit
    editor.setFocus()
    editor.selectAll()
    editor.insertPlainText(text)
    win.view.testimony_editor.segments.commit_pending()


def test_paragraphs_are_saved_undone_and_redone(window: MainWindow) -> None:
    tid = new_testimony(window, "en")
    segments = window.view.testimony_editor.segments
    write_paragraph(window, 1, "They came at dawn.")
    segments.add_button.click()
    write_paragraph(window, 2, "We ran to the river.")
    stored = window.workspace.get("testimony", tid)
    assert [s.text for s in stored.segments] == ["They came at dawn.", "We ran to the river."]

    segments.rows[1].up.click()  # reorder: para. 2 becomes para. 1
    assert [s.text for s in stored.segments] == ["We ran to the river.", "They came at dawn."]
    assert segments.rows[0].number.text() == "para. 1"

    window.undo()
    assert [s.text for s in stored.segments] == ["They came at dawn.", "We ran to the river."]
    assert segments.texts() == ["They came at dawn.", "We ran to the river."]
    window.undo()
    window.undo()
    assert [s.text for s in stored.segments] == ["They came at dawn."]
    window.redo()
    assert len(stored.segments) == 2
    assert "Saved" in window.statusBar().currentMessage()


def test_record_field_undo_and_validation_beside_the_field(qtbot, window: MainWindow) -> None:
    form = window.view.case_editor.form
    title = form.widgets["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Attack on the market")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    case = window.workspace.get("case", window.current[1])
    assert case.title == "Attack on the market"
    window.undo()
    assert case.title == "Attack on Ban Nong"
    assert title.text() == "Attack on Ban Nong"

    title.setText("   ")
    title.editingFinished.emit()
    assert form.messages["title"].isVisible()
    assert form.messages["title"].text() == "A case needs a title."
    assert title.text() == "   "  # what the user typed stays, to be fixed
    assert case.title == "Attack on Ban Nong"


def test_language_sets_font_and_direction(window: MainWindow) -> None:
    new_testimony(window, "ar")
    editor = window.view.testimony_editor
    assert editor.segments.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "Noto Naskh Arabic" in editor.segments.rows[0].edit.font().families()
    language = editor.details.widgets["language"]
    language.setCurrentIndex(language.findData("my"))
    language.activated.emit(language.currentIndex())
    assert editor.segments.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "Noto Sans Myanmar" in editor.segments.rows[0].edit.font().families()


def test_zawgyi_is_converted_and_the_user_told(window: MainWindow) -> None:
    tid = new_testimony(window, "my")
    editor = window.view.testimony_editor
    assert editor.zawgyi_banner.isHidden()
    write_paragraph(window, 1, ZAWGYI)
    segment = window.workspace.get("testimony", tid).segments[0]
    assert segment.text == UNICODE and segment.original_text == ZAWGYI
    assert editor.segments.rows[0].edit.toPlainText() == UNICODE
    assert not editor.zawgyi_banner.isHidden()
    assert "Converted from Zawgyi to Unicode; the original is kept" in (
        editor.zawgyi_banner.text.text()
    )


def test_sealed_is_read_only_and_corrected_by_a_new_version(window, monkeypatch) -> None:
    tid = new_testimony(window, "lo")
    write_paragraph(window, 1, "ພວກທະຫານມາ")
    editor = window.view.testimony_editor
    monkeypatch.setattr(testimony_editor, "confirm", lambda *a: True)
    editor.seal()
    assert not editor.sealed_banner.isHidden()
    assert editor.segments.rows[0].edit.isReadOnly()
    assert editor.segments.add_button.isHidden()
    assert not window.editing.undo_stack.canUndo()

    editor.sealed_banner.button.click()  # Make a correction (new version)
    new_id = window.current[1]
    assert new_id != tid and window.current[0] == "testimony"
    assert editor.sealed_banner.isHidden()
    assert not editor.segments.rows[0].edit.isReadOnly()
    assert editor.history.count() == 2
    assert "Version 1 · sealed" in editor.history.item(0).text()
    write_paragraph(window, 1, "ພວກທະຫານມາຮອດ")
    assert window.workspace.get("testimony", tid).segments[0].text == "ພວກທະຫານມາ"


def test_witness_by_pseudonym_and_identity_on_request(window: MainWindow) -> None:
    new_testimony(window, "th")
    editor = window.view.testimony_editor
    assert editor.witness.currentText().startswith("W-001")
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "identityDialog"]
    editor.identity_button.click()
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "identityDialog" and w.isVisible()
    )
    name = dialog.form.widgets["full_name"]
    name.setText("Somchai K.")
    name.editingFinished.emit()
    person = window.workspace.get("person", editor.witness.currentData())
    assert person.identity.full_name == "Somchai K."
    dialog.reject()
    assert name.text() == ""  # the identity leaves the widgets when closed
