"""The incident's date as people know it (issue 14 item 4): around, between, month or year
only, with a calendar reached by keyboard; nothing chosen for the user."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from casebook.gui.main_window import MainWindow


def _new_incident(window: MainWindow):
    ws = window.workspace
    case_id = ws.cases()[0].id
    incident = ws.add_incident(case_id, "Soldiers at the school")
    window.navigate_to("incident", incident.id)
    return incident, window.view.incident_editor


def test_a_new_incident_date_is_unknown_and_reads_as_words(window: MainWindow) -> None:
    incident, editor = _new_incident(window)
    assert incident.date_precision == "unknown"  # no legal fact pre-filled
    precision = editor.form.widgets["date_precision"]
    labels = [precision.itemText(i) for i in range(precision.count())]
    assert {"Around a day (approximate)", "Between two dates", "Month only", "Year only"} <= set(
        labels
    )
    assert precision.currentText() == "Unknown"
    end = editor.form.widgets["date_end"]
    assert not end.isVisibleTo(editor)  # "Until" only for a range

    precision.setCurrentIndex(precision.findData("range"))
    assert end.isVisibleTo(editor)
    precision.setCurrentIndex(precision.findData("month"))
    assert not end.isVisibleTo(editor)
    assert editor.form.widgets["date_start"].placeholderText() == "YYYY-MM"


def test_a_month_picked_on_the_calendar_by_keyboard(qtbot, window: MainWindow) -> None:
    incident, editor = _new_incident(window)
    precision = editor.form.widgets["date_precision"]
    precision.setCurrentIndex(precision.findData("month"))
    precision.activated.emit(precision.currentIndex())
    assert incident.date_precision == "month"
    start = editor.form.widgets["date_start"]
    start.setFocus()
    QTest.keyClick(start, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.dates.calendar
    assert calendar is not None and calendar.isVisible()
    calendar.setSelectedDate(QDate(2024, 3, 5))
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert editor.dates.calendar is None
    assert start.text() == "2024-03" and incident.date_start == "2024-03"
    assert QApplication.focusWidget() is start


def test_around_a_day_is_a_full_date(qtbot, window: MainWindow) -> None:
    incident, editor = _new_incident(window)
    precision = editor.form.widgets["date_precision"]
    precision.setCurrentIndex(precision.findData("approximate"))
    precision.activated.emit(precision.currentIndex())
    calendar = editor.dates.pick("date_start")
    calendar.setSelectedDate(QDate(2023, 11, 20))
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Enter)
    assert incident.date_start == "2023-11-20" and incident.date_precision == "approximate"
    assert calendar.maximumDate() == QDate.currentDate()  # not a day still to come


def test_every_date_field_has_a_calendar(qtbot, window: MainWindow) -> None:
    """The testimony's date too (and consent's): F4 opens it, the day chosen is saved."""
    window.new_testimony()
    dialog = QApplication.activeModalWidget()
    dialog.accept()
    testimony = window.workspace.get("testimony", window.current[1])
    form = window.view.testimony_editor.details
    taken_on = form.widgets["taken_on"]
    taken_on.setFocus()
    QTest.keyClick(taken_on, Qt.Key.Key_F4)
    calendar = form.pickers["taken_on"].calendar
    assert calendar is not None and calendar.isVisible()
    calendar.setSelectedDate(QDate(2024, 2, 29))
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert testimony.taken_on == "2024-02-29" and taken_on.text() == "2024-02-29"
    assert set(window.view.testimony_editor.consent.form.pickers) == {"given_on", "withdrawn_on"}
