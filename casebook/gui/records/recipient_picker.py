"""Choosing whom a consent covers from Casebook's list of states and bodies, never free text.

States are shown by name with their ISO 3166-1 code ("Germany (DE)"), bodies by their
short name; the box completes any part of a name or code, so typing "germ" or "de" finds
Germany. What is stored is the code, through the core's check like every other field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError
from casebook.core.taxonomy.recipients import RecipientList, recipient_list, recipient_refusal

from ..shared.editing import Editing
from ..shared.errors_dialog import user_message
from ..shared.record_form import FieldMessage
from ..shared.translation import phrase_text

FIELD = "jurisdictions"


def choices(listed: RecipientList) -> list[tuple[str, str, str]]:
    """(label, code, tooltip) in the order offered: bodies first, then states by name."""
    bodies = [(b.short, b.code, b.name) for b in listed.bodies]
    states = sorted(((s.label, s.code, s.name) for s in listed.states), key=lambda c: c[0])
    return bodies + states


class RecipientPicker(QWidget):
    """The recipients of one consent: a list of what is chosen, a searchable box to add."""

    saved = Signal()

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipientPicker")
        self.editing = editing
        self.consent_id: str | None = None
        self.listed = recipient_list()

        self.chosen = QListWidget()
        self.chosen.setObjectName("recipientsChosen")
        self.chosen.setAccessibleName(self.tr("States and bodies the consent covers"))
        self.chosen.setMaximumHeight(96)
        self.chosen.itemSelectionChanged.connect(self._selection_changed)

        self.box = QComboBox()
        self.box.setObjectName("recipientChoice")
        self.box.setAccessibleName(self.tr("State or body to add"))
        self.box.setEditable(True)
        self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, code, tooltip in choices(self.listed):
            self.box.addItem(label, code)
            self.box.setItemData(self.box.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
        completer = self.box.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.box.setCurrentIndex(-1)
        self.box.lineEdit().setPlaceholderText(self.tr("Type a state or body, e.g. Germany, IIMM"))
        self.box.lineEdit().returnPressed.connect(self.add_current)

        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("recipientAdd")
        self.add_button.clicked.connect(self.add_current)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("recipientRemove")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = FieldMessage()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.chosen)
        layout.addLayout(row)
        layout.addWidget(self.message)
        editing.workspace.changed.connect(self._on_changed)

    # -- showing ---------------------------------------------------------------------------

    def load(self, consent_id: str | None) -> None:
        self.consent_id = consent_id
        self.message.clear_message()
        self.box.setCurrentIndex(-1)
        self.box.clearEditText()
        codes = self._stored() if consent_id else []
        self._show(codes)

    def clear(self) -> None:
        self.load(None)

    def codes(self) -> list[str]:
        return [
            self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())
        ]

    def _stored(self) -> list[str]:
        consent = self.editing.workspace.get("consent", self.consent_id)
        return list(consent.jurisdictions or [])

    def _show(self, codes: list[str]) -> None:
        self.chosen.clear()
        for code in codes:
            recipient = self.listed.get(code)
            item = QListWidgetItem(recipient.label if recipient else code)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(recipient.name if recipient else "")
            self.chosen.addItem(item)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.chosen.selectedItems()))

    def _on_changed(self, kind: str, record_id: str) -> None:
        if kind == "consent" and record_id == self.consent_id:
            self._show(self._stored())

    # -- changing --------------------------------------------------------------------------

    def add_current(self) -> None:
        """Add what the box shows: the entry picked, or a code or exact name typed."""
        if self.consent_id is None:
            return
        text = self.box.currentText().strip()
        index = self.box.findText(text, Qt.MatchFlag.MatchFixedString)
        code = self.box.itemData(index) if index >= 0 else None
        if code is None and text:
            found = self.listed.match(text)
            code = found.code if found else None
        if code is None:
            refusal = recipient_refusal(text)
            self.message.show_message(
                phrase_text(refusal)
                if refusal is not None
                else self.tr("Choose a state or body from the list.")
            )
            return
        if code in self.codes():
            self.message.clear_message()
            self.box.clearEditText()
            return
        if self._save([*self.codes(), code]):
            self.box.setCurrentIndex(-1)
            self.box.clearEditText()

    def remove_selected(self) -> None:
        gone = {item.data(Qt.ItemDataRole.UserRole) for item in self.chosen.selectedItems()}
        if gone:
            self._save([c for c in self.codes() if c not in gone])

    def _save(self, codes: list[str]) -> bool:
        assert self.consent_id is not None
        try:
            stored = self.editing.set_field("consent", self.consent_id, FIELD, codes)
        except CasebookError as exc:
            self.message.show_message(user_message(exc))
            return False
        self.message.clear_message()
        self._show(list(stored))
        self.saved.emit()
        return True
