"""An incident's date as people know it: a day, around a day, between two days, a month, a year.

The incident form stores the precision and one or two dates; this joins them into one
control (issue 14): the precision reads as words ("Around", "Between", "Month only"), the
date fields ask for what that precision holds (YYYY-MM for a month) and show "Until" only
for a range, and each date has a calendar (the button in the field, or Alt+Down / F4).
Nothing is chosen for the user: a new incident's date stays "Unknown" until they say.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QWidget

from ..shared.record_form import RecordForm

PRECISION_LABELS = {
    "exact": QT_TRANSLATE_NOOP("UncertainDate", "On a known day"),
    "approximate": QT_TRANSLATE_NOOP("UncertainDate", "Around a day (approximate)"),
    "range": QT_TRANSLATE_NOOP("UncertainDate", "Between two dates"),
    "month": QT_TRANSLATE_NOOP("UncertainDate", "Month only"),
    "year": QT_TRANSLATE_NOOP("UncertainDate", "Year only"),
    "unknown": QT_TRANSLATE_NOOP("UncertainDate", "Unknown"),
}
START_LABELS = {
    "exact": QT_TRANSLATE_NOOP("UncertainDate", "On:"),
    "approximate": QT_TRANSLATE_NOOP("UncertainDate", "Around:"),
    "range": QT_TRANSLATE_NOOP("UncertainDate", "From:"),
    "month": QT_TRANSLATE_NOOP("UncertainDate", "Month:"),
    "year": QT_TRANSLATE_NOOP("UncertainDate", "Year:"),
    "unknown": QT_TRANSLATE_NOOP("UncertainDate", "Date:"),
}
FORMATS = {"month": "yyyy-MM", "year": "yyyy"}  # others: a full day
# How a date is written in the field: shown as a hint, translatable (the letters differ).
PLACEHOLDERS = {
    "month": QT_TRANSLATE_NOOP("UncertainDate", "YYYY-MM"),
    "year": QT_TRANSLATE_NOOP("UncertainDate", "YYYY"),
}
DAY_PLACEHOLDER = QT_TRANSLATE_NOOP("UncertainDate", "YYYY-MM-DD")


def _tr(text: str) -> str:
    return QCoreApplication.translate("UncertainDate", text)


class UncertainDate(QObject):
    """Wires ``date_precision``, ``date_start`` and ``date_end`` of ``form`` together."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.form = form
        self.precision = form.widgets["date_precision"]
        assert isinstance(self.precision, QComboBox)
        for index in range(self.precision.count()):
            key = self.precision.itemData(index)
            self.precision.setItemText(
                index, _tr(PRECISION_LABELS[key]) if key in PRECISION_LABELS else key
            )
        self.edits = {name: form.widgets[name] for name in ("date_start", "date_end")}
        for name in self.edits:  # the form's calendars write what the precision holds
            form.pickers[name].chosen = lambda day, n=name: self._chosen(n, day)
        self.precision.currentIndexChanged.connect(lambda _i: self.update())
        self.update()

    @property
    def kind(self) -> str:
        return self.precision.currentData() or "unknown"

    def update(self) -> None:
        kind = self.kind
        start, end = self.edits["date_start"], self.edits["date_end"]
        label = self.form.form.labelForField(start.parentWidget())
        if isinstance(label, QWidget) and hasattr(label, "setText"):
            label.setText(_tr(START_LABELS.get(kind, START_LABELS["range"])))
        for edit in (start, end):
            edit.setPlaceholderText(_tr(PLACEHOLDERS.get(kind, DAY_PLACEHOLDER)))
        self.form.form.setRowVisible(end.parentWidget(), kind == "range" or bool(end.text()))

    @property
    def calendar(self) -> QCalendarWidget | None:
        """The calendar open on one of the date fields, if any."""
        return next((p.calendar for p in self.form.pickers.values() if p.calendar), None)

    def pick(self, name: str) -> QCalendarWidget | None:
        """Open the calendar of ``date_start`` or ``date_end``."""
        return self.form.pickers[name].open()

    def _chosen(self, name: str, day: QDate) -> None:
        text = day.toString(FORMATS.get(self.kind, "yyyy-MM-dd"))
        self.edits[name].setText(text)
        self.form.save_value(name, text)
