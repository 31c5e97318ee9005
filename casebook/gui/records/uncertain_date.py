"""An incident's date as people know it: a day, around a day, between two days, a month, a year.

The incident form stores the precision and one or two dates; this joins them into one
control (issue 14): the precision reads as words ("Around", "Between", "Month only"), the
date fields ask for what that precision holds (YYYY-MM for a month) and show "Until" only
for a range, and each date has a calendar (the button in the field, or Alt+Down / F4).
Nothing is chosen for the user: a new incident's date stays "Unknown" until they say.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QLineEdit, QStyle, QWidget

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
OPEN_KEYS = (Qt.Key.Key_F4,)


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
        self.calendar: QCalendarWidget | None = None
        icon = form.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        for name, edit in self.edits.items():
            assert isinstance(edit, QLineEdit)
            action = QAction(icon, "Choose the date on a calendar (Alt+Down)", edit)
            action.triggered.connect(lambda _c=False, n=name: self.pick(n))
            edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
            edit.installEventFilter(self)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() in OPEN_KEYS:
                name = next(n for n, e in self.edits.items() if e is watched)
                self.pick(name)
                return True
        return False

    def pick(self, name: str) -> QCalendarWidget:
        """Open a calendar under the field; the day chosen (Enter or a click) is saved."""
        edit = self.edits[name]
        calendar = QCalendarWidget(edit)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("datePicker")
        calendar.setAccessibleName("Choose the date")
        known = QDate.fromString(edit.text()[:10], "yyyy-MM-dd")
        calendar.setSelectedDate(known if known.isValid() else QDate.currentDate())
        calendar.setMaximumDate(QDate.currentDate())  # an incident has happened already
        calendar.activated.connect(lambda day: self._chosen(name, day))
        calendar.clicked.connect(lambda day: self._chosen(name, day))
        calendar.move(edit.mapToGlobal(edit.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar
        return calendar

    def _chosen(self, name: str, day: QDate) -> None:
        text = day.toString(FORMATS.get(self.kind, "yyyy-MM-dd"))
        edit = self.edits[name]
        edit.setText(text)
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        edit.setFocus()
        self.form.save_value(name, text)
