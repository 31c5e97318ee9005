"""Honest inputs (issue 14): a weak passphrase needs an explicit "use it anyway"; refusals
carry an icon and a colour and go once the field is fixed; the status bar never says
"Saved" beside a refused value; how consent was given is never pre-filled nor exported as
a fact the user did not state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from casebook.core.export.annexes import consent_text
from casebook.core.export.strings import Strings
from casebook.gui.main_window import MainWindow
from casebook.gui.start.create_dialog import CreateDialog


def _filled(qtbot, tmp_path: Path, secret: str) -> CreateDialog:
    dialog = CreateDialog(location=tmp_path)
    qtbot.addWidget(dialog)
    dialog.folder_name.setText("interviews")
    dialog.user_name.setText("Noy")
    dialog.passphrase.setText(secret)
    dialog.repeat.setText(secret)
    return dialog


def test_a_weak_passphrase_needs_use_it_anyway(qtbot, tmp_path: Path, messages) -> None:
    dialog = _filled(qtbot, tmp_path, "password1")
    dialog.show()
    assert dialog.meter.score < 3 and "Very weak" in dialog.meter.bar.format()
    assert dialog.accept_weak.isVisible() and not dialog.accept_weak.isChecked()
    dialog.create_button.click()
    message = dialog.messages["passphrase"]
    assert message.isVisible()
    assert "Very weak" in message.text() and "copy of the casebook folder" in message.text()
    assert not (tmp_path / "interviews").exists()

    dialog.accept_weak.setChecked(True)
    assert message.isHidden()  # fixed: the refusal goes at once
    dialog.passphrase.setText("password2")  # a different weak one: asked again
    assert not dialog.accept_weak.isChecked()
    dialog.accept_weak.setChecked(True)
    dialog.repeat.setText("password2")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert (tmp_path / "interviews").is_dir()
    dialog.book.close()


def test_a_strong_passphrase_is_not_questioned(qtbot, tmp_path: Path) -> None:
    dialog = _filled(qtbot, tmp_path, "lantern orbit cassava monsoon")
    dialog.show()
    assert dialog.meter.score >= 3 and dialog.accept_weak.isHidden()
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    dialog.book.close()


def test_refusals_have_an_icon_a_colour_and_go_when_fixed(qtbot, tmp_path: Path) -> None:
    dialog = _filled(qtbot, tmp_path, "lantern orbit cassava monsoon")
    dialog.show()
    dialog.folder_name.clear()
    dialog.repeat.setText("something else entirely")
    dialog.create_button.click()
    folder, repeat = dialog.messages["folder"], dialog.messages["repeat"]
    assert folder.isVisible() and repeat.isVisible()
    assert not folder.icon.pixmap().isNull()
    assert "color: #" in folder.label.styleSheet()
    dialog.folder_name.setText("interviews")
    assert folder.isHidden()
    dialog.repeat.setText("lantern orbit")  # still different: still said, not dropped
    assert repeat.isVisible() and "differ" in repeat.text()
    dialog.repeat.setText("lantern orbit cassava monsoon")
    assert repeat.isHidden()
    assert not (tmp_path / "interviews").exists()


def test_an_add_dialog_refusal_goes_when_the_value_changes(window: MainWindow, messages) -> None:
    window.new_case()
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "newCaseDialog"
    )
    dialog.accept()
    assert dialog.messages["title"].isVisible()
    dialog.inputs[0].setText("Market attack")
    assert dialog.messages["title"].isHidden()
    dialog.reject()


def test_status_bar_does_not_say_saved_beside_a_refused_value(window: MainWindow) -> None:
    form = window.view.case_editor.form
    assert form.save_value("reference", "LA-2024-009")
    assert window.statusBar().currentMessage() == "Saved"
    assert not form.save_value("title", "   ")
    assert window.statusBar().currentMessage().startswith("Not saved: Title")
    assert form.messages["title"].isVisible()


def test_consent_form_is_not_pre_filled_nor_exported_as_fact(window: MainWindow) -> None:
    window.new_testimony()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "newTestimonyDialog"
    )
    dialog.accept()
    testimony = window.workspace.get("testimony", window.current[1])
    panel = window.view.testimony_editor.consent
    consent = window.workspace.consent_of(testimony)
    panel.show_consent(consent.id)
    assert consent.recorded_how == "not_recorded"
    combo = panel.form.widgets["recorded_how"]
    assert combo.currentData() == "not_recorded" and "Not recorded" in combo.currentText()
    line = consent_text(testimony, Strings("en"))
    assert "in writing" not in line and "not recorded" in line
    assert "schriftlich" not in consent_text(testimony, Strings("de"))

    combo.setCurrentIndex(combo.findData("written"))  # the user's explicit choice
    combo.activated.emit(combo.currentIndex())
    assert consent.recorded_how == "written"
    assert "in writing" in consent_text(testimony, Strings("en"))
