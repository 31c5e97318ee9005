"""The complaint sections editor: pick a section, write, save (a version each), cite."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casebook.core.analysis import add_charge
from casebook.core.models import Case, Testimony
from casebook.core.records.sections import SectionSlot, load_sections, section_history
from casebook.core.store.casebook import Casebook
from casebook.gui.analysis.sections_editor import SLOT_ROLE, SectionsEditor
from casebook.gui.main_window import MainWindow


def _material_module():
    path = Path(__file__).parents[1] / "analysis_material.py"
    spec = importlib.util.spec_from_file_location("analysis_material_sections", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _prepared(window: MainWindow, tmp_path: Path):
    m = _material_module().add_material(window, tmp_path)
    ws = window.workspace
    charge = add_charge(
        ws.session,
        ws.get("case", m.case_id),
        "7(1)(d)",
        perpetrators=[(m.perpetrator_id, "25(3)(a)-direct")],
    )
    ws.session.commit()
    window.navigate_to("case", m.case_id)
    return m, charge.id


def _sections(window: MainWindow, case_id: str):
    ws = window.workspace
    return load_sections(ws.session, ws.session.get(Case, case_id))


def _open(window: MainWindow) -> SectionsEditor:
    dialog = window.edit_sections()
    assert isinstance(dialog, SectionsEditor)
    return dialog


def test_menu_action_opens_the_editor_for_the_case_in_view(window: MainWindow, tmp_path, qtbot):
    _, charge_id = _prepared(window, tmp_path)
    assert window.sections_action.shortcut().toString() == "Ctrl+Shift+A"
    window.sections_action.trigger()
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, SectionsEditor)]
    assert len(editors) == 1 and editors[0].isVisible()
    editor = editors[0]
    slots = [editor.slots.item(i).data(SLOT_ROLE) for i in range(editor.slots.count())]
    assert [s.kind for s in slots[:8]] == [
        "complainants", "counsel", "summary", "jurisdiction", "reasons_to_act",
        "other_mechanisms", "investigative_measures", "closing_requests",
    ]  # fmt: skip
    assert slots[8] == SectionSlot("legal_argument", charge_id)
    assert SectionSlot("element_argument", charge_id, "7(1)(d)/1") in slots
    assert SectionSlot("element_argument", charge_id, "cah_attack/1") in slots
    assert SectionSlot("element_argument", charge_id, "25(3)(a)-direct/1") in slots
    editor.reject()


def test_write_switch_and_save_each_as_a_version(window: MainWindow, tmp_path, qtbot):
    m, charge_id = _prepared(window, tmp_path)
    editor = _open(window)
    editor.select_slot(SectionSlot("summary"))
    assert editor.title.text() == "Summary of the facts"
    assert editor.status.text() == "Nothing written yet"
    qtbot.keyClicks(editor.text, "What happened in Ban Nakham.")
    assert editor.status.text() == "Unsaved changes"
    editor.select_slot(SectionSlot("jurisdiction"))  # moving on saves
    assert _sections(window, m.case_id).case("summary") == "What happened in Ban Nakham."
    editor.text.setPlainText("§ 1 VStGB.")
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.status.text() == "Saved, version 1"
    editor.text.setPlainText("§ 1 VStGB: Weltrechtsprinzip.")
    editor.save()
    assert editor.status.text() == "Saved, version 2"
    editor.select_slot(SectionSlot("element_argument", charge_id, "7(1)(d)/1"))
    editor.text.setPlainText("Displaced from their homes.")
    editor.reject()  # closing saves too
    sections = _sections(window, m.case_id)
    assert sections.case("jurisdiction") == "§ 1 VStGB: Weltrechtsprinzip."
    assert sections.element(charge_id, "7(1)(d)/1") == "Displaced from their homes."
    ws = window.workspace
    case = ws.session.get(Case, m.case_id)
    assert len(section_history(ws.session, case, "jurisdiction")) == 2
    again = _open(window)
    again.select_slot(SectionSlot("summary"))
    assert again.text.toPlainText() == "What happened in Ban Nakham."
    assert again.slots.currentItem().text().startswith("● ")
    again.reject()


def test_cite_inserts_a_token_for_the_chosen_passage(window: MainWindow, tmp_path, qtbot):
    m, _ = _prepared(window, tmp_path)
    editor = _open(window)
    editor.select_slot(SectionSlot("summary"))
    editor.text.setPlainText("As the witness said, ")
    cursor = editor.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.text.setTextCursor(cursor)
    picker = editor.cite()
    picker.choose_kind("passage")
    assert picker.list.count() == 2
    picker.filter.setText("ສາມມື້")  # the second paragraph
    visible = [picker.list.item(i) for i in range(2) if not picker.list.item(i).isHidden()]
    assert len(visible) == 1 and "¶2" in visible[0].text()
    picker.accept()
    lineage = window.workspace.session.get(Testimony, m.testimony_id).lineage_id
    assert editor.text.toPlainText() == f"As the witness said, [[passage:{lineage[:8]}/2]]"
    picker = editor.cite()
    picker.choose_kind("exhibit")
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == [
        "Burned houses (photo)"
    ]
    picker.choose_kind("person")
    assert all("—" in picker.list.item(i).text() for i in range(picker.list.count()))
    picker.reject()
    editor.save()
    assert "[[passage:" in _sections(window, m.case_id).case("summary")
    assert editor.status.text() == "Saved, version 1"
    editor.text.insertPlainText(" and [[exhibit:ffffffff]]")
    editor.save()
    assert "1 citation(s) name nothing" in editor.status.text()
    assert "no evidence item of this case has this id" in editor.status.toolTip()
    editor.reject()


def test_refused_text_stays_in_the_editor_with_a_message(
    window: MainWindow, tmp_path, qtbot, messages
):
    m, _ = _prepared(window, tmp_path)
    editor = _open(window)
    editor.select_slot(SectionSlot("counsel"))
    editor.text.setPlainText("Counsel \x07 bell")
    editor.select_slot(SectionSlot("summary"))
    assert editor.slot == SectionSlot("counsel")  # not moved: the text was refused
    assert editor.text.toPlainText() == "Counsel \x07 bell"
    assert any("control character" in shown.text for shown in messages)
    assert not _sections(window, m.case_id)
    editor.text.setPlainText("Counsel: ECCHR.")
    editor.select_slot(SectionSlot("summary"))
    assert _sections(window, m.case_id).case("counsel") == "Counsel: ECCHR."
    editor.reject()


def test_locking_saves_and_closes_the_editor(window: MainWindow, tmp_path, qtbot, passphrase):
    m, _ = _prepared(window, tmp_path)
    case_id = m.case_id
    editor = _open(window)
    editor.select_slot(SectionSlot("closing_requests"))
    editor.text.setPlainText("We ask the Federal Prosecutor General to open proceedings.")
    window.lock()
    assert not editor.isVisible()
    with Casebook.open(window.folder, passphrase) as book, book.session() as s:
        written = load_sections(s, s.get(Case, case_id)).case("closing_requests")
    assert written.startswith("We ask the Federal Prosecutor General")


def test_enter_in_the_list_neither_closes_nor_cites(window: MainWindow, tmp_path, qtbot):
    _prepared(window, tmp_path)
    editor = _open(window)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    assert editor.slots.hasFocus()  # the first stop of the tab order
    qtbot.keyClick(editor.slots, Qt.Key.Key_Down)
    qtbot.keyClick(editor.slots, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.picker is None
    assert editor.slot == SectionSlot("counsel")
    editor.reject()


def test_the_action_is_in_the_case_menu_found_by_object_name(window: MainWindow) -> None:
    """Found by the menu's object name, so a translated "&Case" title does not lose it."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    case_menu = next(m for m in menus if m.objectName() == "caseMenu")
    assert window.sections_action in case_menu.actions()
