"""Search that lands (issue 15, item 4): each result names its record, and opening one shows
the passage with the matched words marked."""

from __future__ import annotations

from casebook.core.records import cases, persons, testimonies
from casebook.core.records.records import add_incident, set_incident_link
from casebook.gui.main_window import MainWindow
from casebook.gui.tagging.passage_highlights import MATCH_TINT, PassageHighlights, utf16

LAO = [
    "ພວກເຮົາໄດ້ແລ່ນໄປຫາແມ່ນ້ຳ.",
    "ທະຫານເຂົ້າມາໃນບ້ານຕອນເຊົ້າ. ພວກເຂົາໄດ້ຈູດເຮືອນ.",
]
WORDS = "ຈູດເຮືອນ"


def test_a_result_names_the_witness_and_opens_the_passage_marked(window: MainWindow) -> None:
    ws = window.workspace
    s = ws.session
    case = cases.add_case(s, "Attack on Ban Nong", "LA-2024-077")
    witness = persons.add_person(s, case, ["witness"], pseudonym="W-007")
    lao = testimonies.add_testimony(
        s, case, LAO, language="lo", witness=witness, title="Interview in Nong Khai"
    )
    testimonies.add_testimony(s, case, ["ບໍ່ມີຫຍັງ"], language="lo")
    incident = add_incident(s, case, "Burning of Ban Nong")
    set_incident_link(s, incident, "testimony", lao.id, True)
    s.commit()

    window.open_search()
    panel = window.search_panel
    panel.query.setText(WORDS)
    panel.run_search()
    hit = panel.results.topLevelItem(0).child(0)
    assert hit.text(1) == (
        "W-007 — Interview in Nong Khai, para. 2 · incident: Burning of Ban Nong"
    )
    panel.results.itemActivated.emit(hit, 0)

    assert window.current[:2] == ("testimony", lao.id)
    editor = window.view.testimony_editor
    edit = editor.segments.rows[1].edit
    marks = edit.findChild(PassageHighlights)
    start = LAO[1].index(WORDS)
    assert marks.match == (start, start + len(WORDS))
    shown = [sel for sel in edit.extraSelections() if sel.format.background().color() == MATCH_TINT]
    assert [sel.cursor.selectedText() for sel in shown] == [WORDS]
    assert edit.textCursor().position() == utf16(LAO[1], start)
    first = editor.segments.rows[0].edit.findChild(PassageHighlights)
    assert first is None or first.match is None  # only the passage found is marked
