"""The pattern view on the 60-incident fixture: the panes show the core's known counts,
filters combine, and a count opens the records behind it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from casebook.core.errors import ValidationError
from casebook.gui.main_window import MainWindow


def _fixture_module():
    path = Path(__file__).parents[2] / "core" / "analysis" / "pattern_case.py"
    spec = importlib.util.spec_from_file_location("pattern_case", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build_pattern_case = _fixture_module().build_pattern_case


def _table(pane) -> dict[str, int]:
    return {
        pane.table.item(r, 0).text(): int(pane.table.item(r, 1).text())
        for r in range(pane.table.rowCount())
    }


def test_pattern_view_shows_the_known_counts_and_opens_records(window: MainWindow) -> None:
    pc = build_pattern_case(window.workspace.book)
    window.workspace.refresh()
    window.navigate_to("section:patterns", "", case_id=pc.case_id)
    view = window.view.patterns_view
    assert window.view.editors.currentWidget() is view
    assert view.result.incident_count == 60
    assert "60 incidents" in view.filter_line.text()

    months = {m: (c, p) for m, c, p in view.time_chart.months}
    assert months["2017-08"] == (10, 4) and months["2017-01"] == (4, 1)
    assert "Lacking a bounded date: 2 incidents" in view.time_note.text()
    assert _table(view.place_pane) == {
        "Maungdaw": 24,
        "Buthidaung": 18,
        "Rathedaung": 12,
        "Sittwe": 3,
        "not recorded": 3,
    }
    assert len(view.point_plot.points) == 54
    assert _table(view.group_pane) == {"Rohingya": 14, "Kaman": 1, "not recorded": 1}
    assert "victims recorded (persons)" in view.group_pane.what.text()
    view.characteristic.setCurrentIndex(view.characteristic.findData("religion"))
    assert _table(view.group_pane) == {"Muslim": 12, "Hindu": 1, "not recorded": 3}
    assert _table(view.unit_pane)["33 LID"] == 30
    assert _table(view.act_pane) == {"7(1)(d)": 30, "7(1)(a)": 20, "7(1)(h)": 5, "not recorded": 19}

    # Filters combine: Maungdaw and deportation tagged.
    view.area.setCurrentIndex(view.area.findData("Maungdaw"))
    view.act.setCurrentIndex(view.act.findData("7(1)(d)"))
    view.apply_button.click()
    assert view.result.incident_count == 12
    assert "12 incidents" in view.filter_line.text()
    assert _table(view.place_pane) == {"Maungdaw": 12, "not recorded": 0}

    # A count lists its records; opening one shows the incident.
    view.unit_pane.table.setCurrentCell(0, 0)
    assert view.records.count() == view.unit_pane.counts[0].value
    first = view.records.item(0)
    view.records.itemActivated.emit(first)
    assert window.current[0] == "incident"
    assert window.current[1] in pc.incidents

    # A victim group lists the persons counted before the incidents.
    window.navigate_to("section:patterns", "", case_id=pc.case_id)  # filters cleared
    assert view.result.incident_count == 60
    view.characteristic.setCurrentIndex(view.characteristic.findData("ethnicity"))
    row = next(n for n, c in enumerate(view.group_pane.counts) if c.label == "Kaman")
    view.group_pane.table.setCurrentCell(row, 0)
    assert [view.records.item(n).text() for n in range(view.records.count())] == [
        "Person V-015",
        "Incident: Incident 57",
    ]

    # A month lists incidents certainly and possibly in it.
    view.time_chart.picked.emit(7)  # August
    texts = [view.records.item(n).text() for n in range(view.records.count())]
    assert len(texts) == 14
    assert sum(t.startswith("possibly in the month") for t in texts) == 4


def test_a_bad_date_in_the_filter_says_what_to_write(window: MainWindow) -> None:
    pc = build_pattern_case(window.workspace.book)
    window.workspace.refresh()
    window.navigate_to("section:patterns", "", case_id=pc.case_id)
    view = window.view.patterns_view
    view.date_from.setText("last August")
    view.apply_button.click()
    assert "YYYY-MM-DD" in view.filter_line.text()
    assert view.result.incident_count == 60  # the last good result stays shown
    view.scope.setCurrentIndex(view.scope.findData("all"))
    view.date_from.clear()
    view.apply_button.click()
    assert view.result.incident_count == 62


def test_a_saved_pattern_is_cited_in_the_matrix_and_loads_again(window: MainWindow) -> None:
    pc = build_pattern_case(window.workspace.book)
    window.workspace.refresh()
    window.navigate_to("section:patterns", "", case_id=pc.case_id)
    view = window.view.patterns_view
    view.area.setCurrentIndex(view.area.findData("Maungdaw"))
    view.act.setCurrentIndex(view.act.findData("7(1)(d)"))
    view.apply_button.click()
    pattern_id = view.save_current("Deportations in Maungdaw", "cah_attack/1")
    assert view.saved.findData(pattern_id) > 0
    assert "cited for cah_attack/1" in view.saved.itemText(view.saved.findData(pattern_id))

    window.navigate_to("section:matrix", "", case_id=pc.case_id)
    matrix = window.view.matrix_view
    row = next(
        n for n, (_h, _g, r) in enumerate(matrix.rows) if r and r.element_id == "cah_attack/1"
    )
    matrix.table.selectRow(row)
    texts = [matrix.details.item(n).text() for n in range(matrix.details.count())]
    assert (
        "Pattern: Deportations in Maungdaw (12 incidents), not graded — administrative area: "
        "Maungdaw; crime tagged or charged: 7(1)(d)" in texts
    )

    window.navigate_to("section:patterns", "", case_id=pc.case_id)  # filters cleared
    assert view.result.incident_count == 60
    view.load_saved(pattern_id)
    assert view.result.incident_count == 12
    assert view.area.currentData() == "Maungdaw" and view.act.currentData() == "7(1)(d)"

    # Deleted: the matrix row no longer lists it; the audit log keeps that it existed.
    view.saved.setCurrentIndex(view.saved.findData(pattern_id))
    assert view.delete_button.isEnabled()
    view.delete_saved(pattern_id)
    assert view.saved.findData(pattern_id) == -1 and not view.delete_button.isEnabled()
    window.navigate_to("section:matrix", "", case_id=pc.case_id)
    matrix.table.selectRow(row)
    texts = [matrix.details.item(n).text() for n in range(matrix.details.count())]
    assert not any(t.startswith("Pattern:") for t in texts)
    from casebook.core.models import AuditEntry

    actions = window.workspace.session.scalars(
        select(AuditEntry.action).where(AuditEntry.record_id == pattern_id)
    ).all()
    assert list(actions) == ["create", "delete"]


def test_saving_without_a_title_says_what_is_missing(window: MainWindow) -> None:
    pc = build_pattern_case(window.workspace.book)
    window.workspace.refresh()
    window.navigate_to("section:patterns", "", case_id=pc.case_id)
    view = window.view.patterns_view
    with pytest.raises(ValidationError, match="title"):
        view.save_current("   ", None)
    assert view.saved.count() == 1  # only the "(saved patterns)" entry


def test_the_export_dialog_chooses_the_pattern_annex(
    qtbot, window: MainWindow, tmp_path: Path, messages
) -> None:
    import subprocess

    pc = build_pattern_case(window.workspace.book)
    window.workspace.refresh()
    window.navigate_to("case", pc.case_id)
    dialog = window.export_bundle()
    assert dialog is not None and not dialog.request().pattern_annex
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.review()
    dialog.pattern_annex.setChecked(True)
    assert not dialog.export_button.isEnabled()  # a changed choice needs a new review
    assert dialog.review()
    assert "Pattern annex: counts" in dialog.plan_title.text()
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=120_000)
    assert not messages, messages
    text = subprocess.run(
        ["pdftotext", "-layout", str(dialog.outcome.folder / "complaint.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "Annex: pattern of incidents" in text


def test_clicking_a_bar_lists_the_records_behind_it(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QPoint, Qt

    pc = build_pattern_case(window.workspace.book)
    window.workspace.refresh()
    window.navigate_to("section:patterns", "", case_id=pc.case_id)
    view = window.view.patterns_view
    view.tabs.setCurrentWidget(view.unit_pane)
    chart = view.unit_pane.chart
    row = chart.rows.index(("Border Guard Police", 5))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(40, 8 + 26 * row + 10))
    assert view.records.count() == 5
    assert view.records_title.text().startswith("Border Guard Police: 5")
    view.tabs.setCurrentIndex(0)
    month = view.time_chart
    x = int(44 + 7.5 * month._slot())  # the middle of August's slot
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=QPoint(x, month.height() // 2))
    assert view.records_title.text().startswith("2017-08: certainly in the month: 10")
    assert view.records.count() == 14
