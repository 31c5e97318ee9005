"""A form over one record's fields that saves each field when the user finishes it.

A field the core refuses keeps what the user typed and shows the core's sentence beside it;
nothing else on the form is affected. Which fields exist and how they are checked is the
core's business (``casebook.core.records.records``); this module only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError

from .date_picker import DatePicker
from .editing import Editing
from .errors_dialog import user_message


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "line"  # line, text, date, choice, bool, number
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label)
    placeholder: str = ""


def _display(value: Any) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


class _FocusOut(QObject):
    """Calls back when a plain-text editor loses focus (it has no editingFinished)."""

    def __init__(self, callback: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class FieldMessage(QWidget):
    """The sentence shown beside a field that was refused: a warning icon, in a warning colour.

    Plain black text beside a field was easy to miss (issue 14). The colour follows the
    palette (a darker red on light themes, a lighter one on dark), the icon the style.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        self.icon = QLabel()
        self.icon.setObjectName("fieldMessageIcon")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_message(self, text: str) -> None:
        size = self.label.fontMetrics().height()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setVisible(not icon.isNull())
        self.label.setText(text if not icon.isNull() else "⚠ " + text)
        self.label.setStyleSheet(f"color: {warning_colour(self.palette())};")
        self.setAccessibleDescription(text)
        self.label.setAccessibleName(text)
        self.show()

    def clear_message(self) -> None:
        self.label.clear()
        self.setAccessibleDescription("")
        self.hide()


def warning_colour(palette: QPalette) -> str:
    """A red readable on the palette's window colour (light or dark theme)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


class RecordForm(QWidget):
    def __init__(
        self, editing: Editing, kind: str, specs: list[FieldSpec], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editing = editing
        self.kind = kind
        self.record_id: str | None = None
        self.widgets: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.pickers: dict[str, DatePicker] = {}  # a calendar for each date field
        self._specs = {spec.name: spec for spec in specs}
        self._loading = False

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            widget = self._make_widget(spec)
            widget.setObjectName(f"field_{spec.name}")
            widget.setAccessibleName(spec.label)
            message = FieldMessage()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(message)
            if spec.kind == "bool":
                self.form.addRow(cell)
            else:
                label = QLabel(self.tr("{label}:").format(label=spec.label))
                label.setBuddy(widget)
                self.form.addRow(label, cell)
            self.widgets[spec.name] = widget
            self.messages[spec.name] = message
        editing.workspace.changed.connect(self._on_changed)

    def _make_widget(self, spec: FieldSpec) -> QWidget:
        name = spec.name
        if spec.kind == "text":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(110)
            edit.installEventFilter(_FocusOut(lambda: self._save(name), edit))
            return edit
        if spec.kind == "choice":
            combo = QComboBox()
            for value, label in spec.choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _index: self._save(name))
            return combo
        if spec.kind == "bool":
            check = QCheckBox(spec.label)
            check.clicked.connect(lambda _checked: self._save(name))
            return check
        line = QLineEdit()
        date_hint = self.tr("YYYY-MM-DD") if spec.kind == "date" else ""
        line.setPlaceholderText(spec.placeholder or date_hint)
        line.editingFinished.connect(lambda: self._save(name))
        if spec.kind == "date":
            self.pickers[name] = DatePicker(line, lambda day: self._picked(name, day))
        return line

    def _picked(self, name: str, day: QDate) -> None:
        """A day chosen on a field's calendar: written as the field shows dates, and saved."""
        widget = self.widgets.get(name)
        if isinstance(widget, QLineEdit):
            widget.setText(day.toString("yyyy-MM-dd"))
            self._save(name)

    # -- showing ---------------------------------------------------------------------------------

    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        record = self.editing.workspace.get(self.kind, record_id) if record_id else None
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                self.messages[name].clear_message()
                self._show_value(widget, getattr(record, name) if record is not None else None)
        finally:
            self._loading = False

    def clear(self) -> None:
        """Empty every field (when locking, so no case data stays in widgets)."""
        self.load(None)

    def commit_pending(self) -> None:
        """Save typed text not saved yet (the field still has focus when the window locks)."""
        if self.record_id is None:
            return
        record = self.editing.workspace.get(self.kind, self.record_id)
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly():
                current = getattr(record, name)
                if _display(", ".join(current) if isinstance(current, list) else current) != (
                    self.value_of(name)
                ):
                    self.save_value(name, self.value_of(name))

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    def _show_value(self, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            if isinstance(value, list):
                value = ", ".join(value)
            text = _display(value)
            if widget.text() != text:
                widget.setText(text)

    def value_of(self, name: str) -> Any:
        widget = self.widgets[name]
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    # -- saving ----------------------------------------------------------------------------------

    def _save(self, name: str) -> None:
        if self._loading or self.record_id is None:
            return
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.isReadOnly():
            return
        self.save_value(name, self.value_of(name))

    def save_value(self, name: str, value: Any) -> bool:
        """Save ``value`` into field ``name``; False (with the message shown) if refused."""
        if self.record_id is None:
            return False
        try:
            stored = self.editing.set_field(self.kind, self.record_id, name, value)
        except CasebookError as exc:
            self.messages[name].show_message(user_message(exc))
            # The status bar must not keep saying "Saved" beside a refused value.
            label = self._specs[name].label if name in self._specs else name
            self.editing.refused.emit(
                self.tr("Not saved: {field}. The reason is shown beside it.").format(field=label)
            )
            return False
        self.messages[name].clear_message()
        self._loading = True
        try:
            self._show_value(self.widgets[name], stored)
        finally:
            self._loading = False
        return True

    def _on_changed(self, kind: str, record_id: str) -> None:
        # Undo and redo save through the workspace; show the values they restored.
        # A field showing a refusal keeps what the user typed.
        if kind != self.kind or record_id != self.record_id or self._loading:
            return
        record = self.editing.workspace.get(kind, record_id)
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                if self.messages[name].isHidden():
                    self._show_value(widget, getattr(record, name))
        finally:
            self._loading = False
