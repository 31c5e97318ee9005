"""The main flow as a user drives it: case → Lao testimony with consent → evidence → search
→ lock → unlock on the same record."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from casebook.core.store.casebook import Casebook
from casebook.gui.main_window import MainWindow

LAO = "ພວກທະຫານໄດ້ມາຮອດບ້ານຂອງພວກເຮົາໃນຕອນເຊົ້າ"


def visible_texts(root: QWidget) -> list[str]:
    """Every text any widget under ``root`` holds (labels, fields, editors, tree rows)."""
    texts = []
    for widget in root.findChildren(QWidget):
        for getter in ("text", "toPlainText"):
            method = getattr(widget, getter, None)
            if callable(method) and isinstance(value := method(), str):
                texts.append(value)
    return texts


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    widget.editingFinished.emit()


def add_testimony(qtbot, win: MainWindow, language: str = "lo") -> str:
    win.new_testimony()
    dialog = win.findChild(type(win), "") or next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "newTestimonyDialog"
    )
    lang_combo = dialog.inputs[0]
    lang_combo.setCurrentIndex(lang_combo.findData(language))
    dialog.accept()
    assert win.current[0] == "testimony"
    return win.current[1]


def make_images(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"photo-{n}.png"
        Image.new("RGB", (40 + n, 30), (200, 30 * n % 255, 40)).save(path)
        paths.append(path)
    return paths


def test_case_testimony_evidence_search_lock_unlock(
    qtbot, window: MainWindow, tmp_path, messages, passphrase
):
    win = window
    # The one case is selected and shown.
    assert win.current[0] == "case"
    editor = win.view.case_editor
    assert editor.form.widgets["reference"].text() == "LA-2024-001"

    # A Lao testimony with its statement and consent.
    testimony_id = add_testimony(qtbot, win, "lo")
    te = win.view.testimony_editor
    para = te.segments.rows[0].edit
    para.setFocus()
    para.insertPlainText(LAO)  # as an input method would (QTest types ASCII only)
    te.segments.add_button.click()  # focus leaves para. 1: it is saved; para. 2 is added
    assert win.workspace.get("testimony", testimony_id).segments[0].text == LAO
    assert len(te.segments.rows) == 2
    assert te.segments.rows[1].number.text() == "para. 2"
    assert "Noto Sans Lao" in te.segments.rows[0].edit.font().families()

    consent = te.consent.form
    consent.widgets["legal_proceedings"].click()
    recipients = te.consent.recipients  # chosen from the list of states and bodies
    for typed in ("de", "ICC Office of the Prosecutor"):
        recipients.box.setEditText(typed)
        recipients.add_button.click()
    stored = win.workspace.get("testimony", testimony_id).consent
    assert stored.legal_proceedings is True
    assert stored.jurisdictions == ["DE", "ICC"]
    assert "legal proceedings (Germany (DE); ICC Office of the Prosecutor)" in (
        te.consent.status.text()
    )

    # Evidence: three small photos, taken in off the GUI thread.
    photos = make_images(tmp_path / "photos", 3)
    win.take_in(win.current_case_id(), [tmp_path / "photos"])
    qtbot.waitUntil(lambda: not win.intake.running and win.intake.last_outcome is not None)
    outcome = win.intake.last_outcome
    assert sorted(outcome.added) == sorted(p.name for p in photos)
    assert win.current[0] == "evidence"
    table = win.view.evidence_page.table
    assert table.model.rowCount() == 3
    meta = win.view.evidence_page.editor.metadata_form
    assert meta.rowCount() >= 2  # width and height at least

    # Search for a Lao word inside the unspaced sentence.
    win.open_search()
    panel = win.search_panel
    panel.query.setText("ທະຫານ")
    panel.run_search()
    group = panel.results.topLevelItem(0)
    assert group.text(0).startswith("Testimony passages (1)")
    hit = group.child(0)
    assert "para. 1" in hit.text(1)
    panel.results.itemActivated.emit(hit, 0)
    assert win.current[:2] == ("testimony", testimony_id)

    # Lock: everything hidden, the key dropped; unlock returns to the same record.
    # Ctrl+L works from the search panel too (an application-wide shortcut).
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    qtbot.keyClick(panel.query, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.locked
    assert win.view is None and win.stack.currentIndex() == 1
    assert not panel.isVisible()
    assert not any(LAO in text for text in visible_texts(win))
    # The folder lock was released: another process could open the casebook now.
    Casebook.open(win.folder, passphrase).close()

    unlock = win.unlock_panel
    unlock.passphrase.setText(passphrase)
    unlock.submit()
    qtbot.waitUntil(lambda: not win.locked, timeout=10_000)
    assert win.current[:2] == ("testimony", testimony_id)
    assert win.view.editors.currentWidget() is win.view.testimony_editor
    assert win.view.testimony_editor.segments.rows[0].edit.toPlainText() == LAO
    assert not [m for m in messages if "could not" in m.text]
