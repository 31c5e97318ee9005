"""A calendar for a date field: the button inside the field, or Alt+Down / F4 from it.

Dates are still typed as text (an uncertain date is not always a day); the calendar only
fills the field and saves it. The day chosen by Enter or a click is passed to ``chosen``,
which writes it in the form the field needs (a whole day, a month, a year).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle


class DatePicker(QObject):
    def __init__(self, edit: QLineEdit, chosen: Callable[[QDate], None]) -> None:
        super().__init__(edit)
        self.edit = edit
        self.chosen = chosen  # replaceable: an incident's date writes what its precision holds
        self.calendar: QCalendarWidget | None = None
        icon = edit.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.action = QAction(icon, self.tr("Choose the date on a calendar (Alt+Down)"), edit)
        self.action.triggered.connect(lambda _c=False: self.open())
        edit.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if (event.key() == Qt.Key.Key_Down and alt) or event.key() == Qt.Key.Key_F4:
                self.open()
                return True
        return False

    def open(self) -> QCalendarWidget | None:
        """The calendar under the field, on the field's day (or today); nothing in the future."""
        if self.edit.isReadOnly():
            return None  # a sealed record's date is shown, not changed
        calendar = QCalendarWidget(self.edit)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("datePicker")
        calendar.setAccessibleName(self.tr("Choose the date"))
        known = QDate.fromString(self.edit.text()[:10], "yyyy-MM-dd")
        calendar.setMaximumDate(QDate.currentDate())  # what is recorded has happened already
        calendar.setSelectedDate(known if known.isValid() else QDate.currentDate())
        calendar.activated.connect(self._picked)
        calendar.clicked.connect(self._picked)
        calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar
        return calendar

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.edit.setFocus()
        self.chosen(day)
