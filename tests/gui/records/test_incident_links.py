"""Linking persons, statements and exhibits to an incident from its editor."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casebook.gui.main_window import MainWindow


def test_ticking_links_material_to_the_incident(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    case_id = window.current_case_id()
    incident = ws.add_incident(case_id, "Burning of Ban Nong")
    witness = ws.add_person(case_id, "witness")
    window.navigate_to("incident", incident.id, case_id=case_id)
    editor = window.view.incident_editor
    qtbot.waitUntil(lambda: editor.links.incident_id == incident.id)
    persons = editor.links.lists["person"]
    assert persons.count() == 1 and persons.item(0).text().startswith(witness.pseudonym)
    assert persons.item(0).checkState() == Qt.CheckState.Unchecked
    persons.item(0).setCheckState(Qt.CheckState.Checked)
    assert [p.id for p in ws.get("incident", incident.id).persons] == [witness.id]
    with window.workspace.book.session() as s:  # committed, not only in the window's session
        from casebook.core.models import Incident

        assert [p.id for p in s.get(Incident, incident.id).persons] == [witness.id]
    persons.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert ws.get("incident", incident.id).persons == []
