"""An incident's date as people know it: a day, around a day, between two days, a month, a year.

The incident form stores the precision and one or two dates; this joins them into one
control (issue 14): the precision reads as words ("Around", "Between", "Month only"), the
date fields ask for what that precision holds (YYYY-MM for a month) and show "Until" only
for a range, and each date has a calendar (the button in the field, or Alt+Down / F4).
Nothing is chosen for the user: a new incident's date stays "Unknown" until they say.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QWidget

from ..shared.record_form import RecordForm

PRECISION_LABELS = {
    "exact": "On a known day",
    "approximate": "Around a day (approximate)",
    "range": "Between two dates",
    "month": "Month only",
    "year": "Year only",
    "unknown": "Unknown",
}
START_LABELS = {
    "exact": "On:",
    "approximate": "Around:",
    "range": "From:",
    "month": "Month:",
    "year": "Year:",
    "unknown": "Date:",
}
FORMATS = {"month": "yyyy-MM", "year": "yyyy"}  # others: a full day
PLACEHOLDERS = {"month": "YYYY-MM", "year": "YYYY"}


class UncertainDate(QObject):
    """Wires ``date_precision``, ``date_start`` and ``date_end`` of ``form`` together."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.form = form
        self.precision = form.widgets["date_precision"]
        assert isinstance(self.precision, QComboBox)
        for index in range(self.precision.count()):
            key = self.precision.itemData(index)
            self.precision.setItemText(index, PRECISION_LABELS.get(key, key))
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
            label.setText(START_LABELS.get(kind, "From:"))
        for edit in (start, end):
            edit.setPlaceholderText(PLACEHOLDERS.get(kind, "YYYY-MM-DD"))
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
