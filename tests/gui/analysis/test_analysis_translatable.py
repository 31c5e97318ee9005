"""The analysis dialogs in the pseudo-locale (issue 14 item 1): titles, labels, buttons and
status sentences come from the catalogue; legal texts of the taxonomy and the core's own
sentences (the export plan) are shown as they are. The main window's analysis sections are
walked by tests/gui/test_translation.py."""

from __future__ import annotations

from pathlib import Path

from casebook.gui.analysis.export_dialog import ExportDialog
from casebook.gui.analysis.patterns_view import SavePatternDialog
from casebook.gui.analysis.sections_editor import CitePicker, SectionsEditor

# pseudo and pseudo_window are fixtures, taken by name (request.getfixturevalue).
from ..test_translation import OPEN, escaped, pseudo, pseudo_window  # noqa: F401


def test_analysis_dialogs_in_the_pseudo_locale(qtbot, request, tmp_path: Path, messages):
    window, material = request.getfixturevalue("pseudo_window")
    found: list[str] = []

    def look(widget, extra: set[str] = frozenset()) -> None:
        qtbot.addWidget(widget)
        widget.show()
        found.extend(f"[{type(widget).__name__}] {e}" for e in escaped(widget, set(extra)))

    export = ExportDialog(window.workspace, material.case_id)
    export.charges.clear()  # no charge yet: the check refuses, in a translated message
    assert not export.review()
    look(export)
    editor = SectionsEditor(window.workspace, material.case_id)
    look(editor)
    assert editor.status.text().startswith(OPEN) and editor.hint.text().startswith(OPEN)
    look(CitePicker(window.workspace, material.case_id))
    look(SavePatternDialog())
    shown = [m for m in messages if OPEN not in m.title + m.text]
    assert not shown, shown
    assert not found, "\n".join(found)
