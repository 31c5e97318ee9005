"""The taxonomy browser, the tag dialog from each editor, and refusals shown as sentences."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtGui import QTextCursor

from casebook.core.analysis import tags_for
from casebook.core.models import EvidenceItem, Segment
from casebook.gui.main_window import MainWindow
from casebook.gui.tagging.analysis_service import taxonomy
from casebook.gui.tagging.tag_dialog import TagDialog
from casebook.gui.tagging.taxonomy_browser import TaxonomyBrowser


def _material_module():
    path = Path(__file__).parents[1] / "analysis_material.py"
    spec = importlib.util.spec_from_file_location("analysis_material", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


add_material = _material_module().add_material


def test_browser_search_finds_rape_crimes(qtbot) -> None:
    browser = TaxonomyBrowser(taxonomy())
    qtbot.addWidget(browser)
    browser.search.setText("rape")
    shown = browser.crime_ids_shown()
    assert "7(1)(g)-1" in shown and "8(2)(b)(xxii)-1" in shown
    assert "7(1)(d)" not in shown

    browser.conflict.setCurrentIndex(browser.conflict.findData("non_international"))
    assert "8(2)(b)(xxii)-1" not in browser.crime_ids_shown()
    assert "8(2)(e)(vi)-1" in browser.crime_ids_shown()


def test_browser_marks_context_elements_and_conflict_type(qtbot) -> None:
    browser = TaxonomyBrowser(taxonomy())
    qtbot.addWidget(browser)
    browser.select_crime("7(1)(d)")
    texts = [browser.elements.item(i).text() for i in range(browser.elements.count())]
    assert texts[0].startswith("1. ") and not texts[0].endswith("[context]")
    assert texts[3].endswith("[context]")
    browser.search.setText("8(2)(b)(xxii)-1")
    assert browser.tree.topLevelItem(0).child(0).text(0).count("IAC") == 1


def _open_dialog(panel) -> TagDialog:
    dialog = panel.open_tag_dialog()
    assert dialog is not None
    return dialog


def test_tag_lao_passage_range_and_photo(window: MainWindow, tmp_path: Path, messages) -> None:
    m = add_material(window, tmp_path)
    window.navigate_to("testimony", m.testimony_id)
    editor = window.view.testimony_editor
    row = editor.segments.rows[0]
    text = row.edit.toPlainText()
    start, end = text.index("ບ້ານ"), text.index("ບ້ານ") + len("ບ້ານ")
    row.edit.setFocus()
    cursor = row.edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    row.edit.setTextCursor(cursor)
    editor.segments.last_row = row  # focus moves to the button in a real click

    dialog = _open_dialog(editor.tags)
    assert "ບ້ານ" in dialog.material.text()
    dialog.choose("7(1)(d)/1")
    dialog.set_grading("B", "2")
    dialog.accept()
    assert dialog.result is not None and not messages

    session = window.workspace.session
    tags = tags_for(session, session.get(Segment, m.segment_ids[0]))
    assert [(t.element_id, t.char_start, t.char_end) for t in tags] == [("7(1)(d)/1", start, end)]
    assert (tags[0].source_reliability, tags[0].info_credibility) == ("B", "2")
    assert editor.tags.list.count() == 1
    assert "7(1)(d)/1" in editor.tags.list.item(0).text()
    assert "B2" in editor.tags.list.item(0).text()

    window.navigate_to("evidence", m.photo_id)
    panel = window.view.evidence_page.editor.tags
    dialog = _open_dialog(panel)
    # Nobody graded the photo: the dialog starts at "not graded", not at F6 (a judgement).
    assert dialog.reliability.currentText() == dialog.credibility.currentText() == "(not graded)"
    dialog.choose("7(1)(d)/2")
    dialog.accept()
    item = window.workspace.session.get(EvidenceItem, m.photo_id)
    photo_tags = tags_for(window.workspace.session, item)
    assert [t.element_id for t in photo_tags] == ["7(1)(d)/2"]
    assert (photo_tags[0].source_reliability, photo_tags[0].info_credibility) == ("", "")
    assert panel.list.count() == 1


def test_duplicate_tag_is_refused_with_the_core_sentence(
    window: MainWindow, tmp_path: Path, messages
) -> None:
    m = add_material(window, tmp_path)
    window.navigate_to("incident", m.range_incident_id)
    panel = window.view.incident_editor.tags
    for _ in range(2):
        dialog = _open_dialog(panel)
        dialog.choose("7(1)(d)/1")
        dialog.accept()
    assert len(messages) == 1
    assert messages[0].title == "The tag was not added"
    assert "already tagged to 7(1)(d)/1 as direct" in messages[0].text
    assert dialog.isVisible()  # stays open with what was chosen
    assert panel.list.count() == 1
    dialog.reject()


def test_supporting_and_contradicting_tags_report_a_conflict(
    window: MainWindow, tmp_path: Path, messages
) -> None:
    m = add_material(window, tmp_path)
    window.navigate_to("incident", m.range_incident_id)
    panel = window.view.incident_editor.tags
    for support in ("direct", "contradicting"):
        dialog = _open_dialog(panel)
        dialog.choose("7(1)(d)/1")
        dialog.support.setCurrentIndex(dialog.support.findData(support))
        dialog.accept()
    assert [s.title for s in messages] == ["Material for and against"]
    assert "contested" in messages[0].text
