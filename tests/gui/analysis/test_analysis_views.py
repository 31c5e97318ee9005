"""Charges, the coverage matrix (statuses, material, CSV), the timeline and locations."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from casebook.gui.main_window import MainWindow


def _material_module():
    path = Path(__file__).parents[1] / "analysis_material.py"
    spec = importlib.util.spec_from_file_location("analysis_material", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


add_material = _material_module().add_material


def charge_with_perpetrator(window: MainWindow, m) -> str:
    window.navigate_to("section:charges", "", case_id=m.case_id)
    page = window.view.charges_page
    dialog = page.new_charge()
    dialog.browser.search.setText("deportation")
    assert dialog.browser.select_crime("7(1)(d)")
    assert dialog.national.currentData() == "DE:§7(1)(nr4)"
    pseudonym = window.workspace.get("person", m.perpetrator_id).pseudonym
    dialog.set_liability(pseudonym, "25(3)(a)-direct")
    dialog.check_incident(m.range_incident_id)
    dialog.accept()
    assert dialog.charge is not None
    assert page.list.count() == 1
    assert "25(3)(a)-direct" in page.list.item(0).text()
    return dialog.charge.id


def tag(window: MainWindow, case_id: str, target: str, record_id: str, element: str, grade: str):
    from casebook.gui.tagging.analysis_service import AnalysisService

    AnalysisService(window.workspace).add_tag(
        case_id, target, record_id, element, "direct", reliability=grade[0], credibility=grade[1]
    )


def test_charge_matrix_statuses_details_and_csv(
    window: MainWindow, tmp_path: Path, messages
) -> None:
    m = add_material(window, tmp_path)
    incident = window.workspace.get("incident", m.range_incident_id)
    incident.testimonies.append(window.workspace.get("testimony", m.testimony_id))
    window.workspace.session.commit()
    charge_id = charge_with_perpetrator(window, m)
    assert window.view.model.find("charge", charge_id).isValid()  # navigator row

    window.navigate_to("section:matrix", "", case_id=m.case_id)
    matrix = window.view.matrix_view
    assert window.view.editors.currentWidget() is matrix
    assert matrix.status_of("7(1)(d)/1") == "○ gap"
    assert matrix.status_of("25(3)(a)-direct/1", "Liability") == "○ gap"

    tag(window, m.case_id, "passage", m.segment_ids[0], "7(1)(d)/1", "B2")  # matrix refreshes
    tag(window, m.case_id, "incident", m.range_incident_id, "7(1)(d)/2", "E5")
    assert matrix.status_of("7(1)(d)/1") == "✔ supported"
    assert matrix.status_of("7(1)(d)/2") == "~ weak"
    assert matrix.status_of("7(1)(d)/3") == "○ gap"

    row = next(n for n, (_h, _g, r) in enumerate(matrix.rows) if r and r.element_id == "7(1)(d)/1")
    matrix.table.selectRow(row)
    assert matrix.details.count() == 1
    entry = matrix.details.item(0)
    assert "para. 1" in entry.text() and "B2" in entry.text()
    matrix.details.itemActivated.emit(entry)
    assert window.current[:2] == ("testimony", m.testimony_id)

    out = tmp_path / "matrix.csv"
    matrix.show_case(m.case_id)
    matrix.write_csv(out)
    with open(out, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_element = {r["element"]: r for r in rows}
    assert by_element["7(1)(d)/1"]["status"] == "supported"
    assert by_element["7(1)(d)/1"]["supporting"] == "1 direct"
    assert by_element["7(1)(d)/1"]["grading"] == "B2"
    assert by_element["7(1)(d)/3"]["status"] == "gap"
    assert by_element["25(3)(a)-direct/1"]["group"].startswith("Liability")
    png = tmp_path / "matrix.png"
    assert matrix.write_png(png) and png.stat().st_size > 0
    assert not messages


def test_timeline_draws_ranges_as_bars_and_lists_undated(window: MainWindow, tmp_path: Path):
    m = add_material(window, tmp_path)
    window.navigate_to("section:timeline", "", case_id=m.case_id)
    timeline = window.view.timeline_view
    assert sorted(timeline.items_of(m.range_incident_id)) == ["bar", "label"]
    assert sorted(timeline.items_of(m.exact_incident_id)) == ["label", "point"]
    assert timeline.items_of(m.undated_incident_id) == []
    labels = [i.toPlainText() for i in timeline.scene.items() if i.data(0) == "label"]
    assert any("between 25 and 27 August 2017" in text for text in labels)
    assert [timeline.undated.item(i).text() for i in range(timeline.undated.count())] == [
        "Looting of the market — date unknown"
    ]


def test_locations_show_original_script_and_copy_coordinates(window: MainWindow, tmp_path: Path):
    m = add_material(window, tmp_path)
    window.navigate_to("section:locations", "", case_id=m.case_id)
    view = window.view.locations_view
    assert view.table.item(0, 1).text() == "ບ້ານນາຄຳ"
    assert view.table.item(0, 4).text() == "± 500 m"
    view.table.selectRow(0)
    assert view.copy_coordinates() == "19.45000, 103.20000"
    assert QApplication.clipboard().text() == "19.45000, 103.20000"
    assert view.table.item(1, 3).text() == "—"
