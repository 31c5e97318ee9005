"""Words and sentences the core makes show in the interface language (issue 14): the matrix
legend and its reasons and fixes, the pattern view's titles, group words, lacking labels and
treatments, the timeline's dates in words, and team roles. A catalogue that marks every core
template as ⟪…⟫ shows which texts reach the screen through the catalogue; the stored values
and the CSV keep their English words."""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from casebook.core.analysis.matrix import STATUS_LEGEND
from casebook.core.analysis.patterns import NOT_RECORDED, PatternFilter
from casebook.core.export.dates import DatePhrases, describe_date
from casebook.core.export.strings import Strings
from casebook.gui.exchange import exchange_service
from casebook.gui.main_window import MainWindow
from casebook.gui.tagging.analysis_service import AnalysisService

MARK_OPEN, MARK_CLOSE = "⟪", "⟫"


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


add_material = _module(
    Path(__file__).parents[1] / "analysis_material.py", "analysis_material"
).add_material
build_pattern_case = _module(
    Path(__file__).parents[2] / "core" / "analysis" / "pattern_case.py", "pattern_case"
).build_pattern_case


class _MarkingTranslator(QTranslator):
    """Every core template (context Casebook) as ⟪template⟫, fields left for filling; the
    team-role words of the exchange screens likewise."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        if context == "Casebook" or (
            context == "ExchangeService" and source in exchange_service.ROLE_WORDS.values()
        ):
            return f"{MARK_OPEN}{source}{MARK_CLOSE}"
        return None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qapp) -> Iterator[None]:
    catalogue = _MarkingTranslator()
    QCoreApplication.installTranslator(catalogue)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(catalogue)


def _marked(text: str) -> str:
    return f"{MARK_OPEN}{text}{MARK_CLOSE}"


def test_matrix_legend_reasons_and_fixes_come_from_the_catalogue(
    marked, window: MainWindow, tmp_path: Path
) -> None:
    m = add_material(window, tmp_path)
    service = AnalysisService(window.workspace)
    service.add_charge(
        m.case_id,
        "7(1)(d)",
        perpetrators=[(m.perpetrator_id, "25(3)(a)-direct")],
        incident_ids=[m.range_incident_id],
    )
    service.add_tag(m.case_id, "passage", m.segment_ids[0], "7(1)(d)/1", "direct")  # ungraded
    matrix = window.view.matrix_view  # built under the catalogue (``marked`` comes first)
    window.navigate_to("section:matrix", "", case_id=m.case_id)
    QApplication.processEvents()
    for status, meaning in STATUS_LEGEND.items():
        assert _marked(str(meaning)) in matrix.legend.text(), status

    row = matrix.row_number("7(1)(d)/1")
    assert matrix.model.item(row, 1).toolTip() == _marked(str(STATUS_LEGEND["gap"]))
    matrix.table.selectRow(row)
    [entry] = [matrix.details.item(i).text() for i in range(matrix.details.count())]
    assert (
        "because ⟪its statement is not linked to incident {incident}, on which this charge "
        "rests⟫".replace("{incident}", "'Expulsion from Ban Nakham'")
        in entry
    )
    [button] = matrix.fix_buttons
    assert button.text() == "⟪Link the statement to incident 'Expulsion from Ban Nakham'⟫"

    # The CSV is a file for the team's records: its words stay the stored English codes.
    path = tmp_path / "matrix.csv"
    matrix.write_csv(path)
    with path.open(encoding="utf-8") as f:
        rows = {r["element"]: r for r in csv.DictReader(f)}
    assert rows["7(1)(d)/1"]["status"] == "gap"
    assert MARK_OPEN not in path.read_text(encoding="utf-8")


def test_pattern_titles_groups_and_lacking_labels_come_from_the_catalogue(
    marked, window: MainWindow
) -> None:
    pc = build_pattern_case(window.workspace.book)
    window.workspace.refresh()
    view = window.view.patterns_view
    window.navigate_to("section:patterns", "", case_id=pc.case_id)
    assert view.characteristic.itemText(0) == "⟪ethnicity⟫"
    assert "<b>⟪Victims by ethnicity⟫</b>" in view.group_pane.what.text()
    assert "⟪victims recorded (persons)⟫" in view.group_pane.what.text()
    assert view.group_pane.treatment.text().startswith("⟪Counts persons recorded")
    assert "⟪Each incident's date is taken as the span" in view.time_note.text()
    assert "widened by 15 days" in view.time_note.text()  # the field is filled in
    lacking = view.place_pane.table.item(view.place_pane.table.rowCount() - 1, 0).text()
    assert lacking == _marked(str(NOT_RECORDED))
    assert view.place_pane.table.item(0, 0).text() == "Maungdaw"  # a recorded value: as is

    view.area.setCurrentIndex(view.area.findData("Maungdaw"))
    view.refresh()
    assert "⟪administrative area: {areas}⟫".replace("{areas}", "Maungdaw") in (
        view.filter_line.text()
    )
    # What a saved pattern keeps is the English, whatever the interface's language.
    facet = view.result.places
    assert view.result.summary()["places"]["counts"] == "incidents"
    assert str(facet.title) == "Incidents by administrative area"


def test_alternatives_in_a_filter_line_are_translated_whole() -> None:
    line = PatternFilter(admin_areas=("Maungdaw", "Buthidaung", "Sittwe")).describe()[0]
    assert str(line) == "administrative area: Maungdaw or Buthidaung or Sittwe"


@pytest.mark.parametrize(
    ("precision", "start", "end"),
    [
        ("exact", "2017-08-25", None),
        ("approximate", "2017-08-25", None),
        ("approximate", "2017-08", None),
        ("range", "2017-08-25", "2017-08-27"),
        ("range", "2017-08-25", "2017-09-02"),
        ("range", "2017-08", "2018"),
        ("range", "2017-08-25", None),
        ("month", "2017-08-25", None),
        ("year", "2017", None),
        ("unknown", None, None),
    ],
)
def test_date_phrases_say_in_english_what_the_pdf_says(precision, start, end) -> None:
    as_phrase = describe_date(precision, start, end, DatePhrases())
    assert str(as_phrase) == describe_date(precision, start, end, Strings("en"))


def test_timeline_dates_and_team_roles_come_from_the_catalogue(
    marked, window: MainWindow, tmp_path: Path
) -> None:
    m = add_material(window, tmp_path)
    window.navigate_to("section:timeline", "", case_id=m.case_id)
    timeline = window.view.timeline_view
    labels = [i.toPlainText() for i in timeline.scene.items() if i.data(0) == "label"]
    assert any(
        "⟪between {day1} and {day2} {month} {year}⟫".format(
            day1=25, day2=27, month="⟪August⟫", year=2017
        )
        in text
        for text in labels
    ), labels
    assert timeline.undated.item(0).text() == "Looting of the market — ⟪date unknown⟫"

    assert exchange_service.role_word("supervisor") == "⟪supervisor⟫"
    assert exchange_service.role_word("legal") == "⟪legal analyst⟫"
    assert exchange_service.role_word("someone-new") == "someone-new"  # unknown: as stored
