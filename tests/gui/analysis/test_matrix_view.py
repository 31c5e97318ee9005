"""The coverage matrix view explains itself (issue 15): the false gap shows as "not counted,
because …" with a one-click fix; rows fit their text on first paint; an overview grid shows
every charge at once by symbol and colour; the PNG export holds every row."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from casebook.gui.main_window import MainWindow
from casebook.gui.tagging.analysis_service import AnalysisService


def _material_module():
    path = Path(__file__).parents[1] / "analysis_material.py"
    spec = importlib.util.spec_from_file_location("analysis_material", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


add_material = _material_module().add_material
CRIMES = ("7(1)(d)", "7(1)(a)", "7(1)(h)", "7(1)(k)")


def test_the_false_gap_is_explained_and_fixed_in_one_click(
    window: MainWindow, tmp_path: Path, qtbot, messages
) -> None:
    m = add_material(window, tmp_path)
    service = AnalysisService(window.workspace)
    for crime in CRIMES:  # several charges, all resting on the Ban Nakham incident
        service.add_charge(
            m.case_id,
            crime,
            perpetrators=[(m.perpetrator_id, "25(3)(a)-direct")],
            incident_ids=[m.range_incident_id],
        )
    # The passage is tagged, but its statement is not ticked in the incident's "Concerns".
    service.add_tag(
        m.case_id, "passage", m.segment_ids[0], "7(1)(d)/1", "direct",
        reliability="B", credibility="2",
    )  # fmt: skip
    window.navigate_to("section:matrix", "", case_id=m.case_id)
    matrix = window.view.matrix_view
    QApplication.processEvents()

    # First paint: every row is as high as its text wrapped at the width shown (it used to
    # be sized before the table had its width, so rows were huge until a redraw).
    table = matrix.table
    least = table.verticalHeader().minimumSectionSize()

    def fits(n: int) -> bool:
        return table.rowHeight(n) == max(table.sizeHintForRow(n), least)

    assert all(fits(n) for n in range(matrix.model.rowCount()))
    window.resize(1400, 900)
    QApplication.processEvents()
    assert all(fits(n) for n in range(matrix.model.rowCount()))
    line = table.fontMetrics().height()
    rows = [n for n, (_h, _g, r) in enumerate(matrix.rows) if r is not None]
    assert max(table.rowHeight(n) for n in rows) < 5 * line

    # The overview grid: one line per charge, symbol and element in every cell.
    assert matrix.overview.rowCount() == len(CRIMES)
    cells = [
        matrix.overview.item(r, c).text()
        for r in range(matrix.overview.rowCount())
        for c in range(matrix.overview.columnCount())
        if matrix.overview.item(r, c) is not None
    ]
    assert cells and all(c[0] in "✔~±✖○" for c in cells)
    assert "○ E1*" in cells  # the deportation charge's element 1: gap, with material left out

    assert matrix.status_of("7(1)(d)/1") == "○ gap"
    row = matrix.row_number("7(1)(d)/1")
    assert matrix.model.item(row, 4).text() == "1 item"
    matrix.table.selectRow(row)
    texts = [matrix.details.item(i).text() for i in range(matrix.details.count())]
    witness = window.workspace.get("testimony", m.testimony_id).witness_id
    pseudonym = window.workspace.get("person", witness).pseudonym
    assert texts == [
        "Not counted, because its statement is not linked to incident 'Expulsion from Ban "
        f"Nakham', on which this charge rests: {pseudonym}, para. 1 · direct · B2"
    ]
    [button] = matrix.fix_buttons
    assert button.text() == "Link the statement to incident 'Expulsion from Ban Nakham'"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    incident = window.workspace.get("incident", m.range_incident_id)
    assert m.testimony_id in {t.id for t in incident.testimonies}
    assert matrix.status_of("7(1)(d)/1") == "✔ supported"
    assert matrix.model.item(matrix.row_number("7(1)(d)/1"), 4).text() == "—"
    assert not messages


def test_png_export_holds_every_row_not_only_the_visible_ones(
    window: MainWindow, tmp_path: Path
) -> None:
    m = add_material(window, tmp_path)
    service = AnalysisService(window.workspace)
    for crime in CRIMES:
        service.add_charge(m.case_id, crime, perpetrators=[(m.perpetrator_id, "28(a)")])
    window.navigate_to("section:matrix", "", case_id=m.case_id)
    matrix = window.view.matrix_view
    QApplication.processEvents()
    assert matrix.table.rowAt(matrix.table.viewport().height() - 2) != -1  # rows scrolled off
    all_rows = sum(matrix.table.rowHeight(n) for n in range(matrix.model.rowCount()))
    out = tmp_path / "matrix.png"
    assert matrix.write_png(out)
    image = QImage(str(out))
    assert image.height() >= all_rows > matrix.table.viewport().height()
