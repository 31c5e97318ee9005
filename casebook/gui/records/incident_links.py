"""Which persons, statements and exhibits an incident concerns: ticked lists that save at once.

Charges that rest on incidents count only material linked here, so the links must be easy
to see and to change from the incident itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError

from ..shared.errors_dialog import show_error
from ..shared.workspace import Workspace
from .navigator_model import person_label, testimony_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class IncidentLinks(QGroupBox):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Concerns"))
        self.workspace = workspace
        self.incident_id: str | None = None
        self._loading = False
        self.lists: dict[str, QListWidget] = {}
        row = QHBoxLayout()
        columns = (
            ("person", self.tr("Persons"), self.tr("Persons this incident concerns")),
            ("testimony", self.tr("Statements"), self.tr("Statements this incident concerns")),
            ("evidence", self.tr("Exhibits"), self.tr("Exhibits this incident concerns")),
        )
        for kind, label, accessible in columns:
            column = QVBoxLayout()
            column.addWidget(QLabel(label))
            widget = QListWidget()
            widget.setAccessibleName(accessible)
            widget.setMinimumHeight(110)
            widget.itemChanged.connect(lambda item, k=kind: self._toggled(k, item))
            column.addWidget(widget)
            row.addLayout(column)
            self.lists[kind] = widget
        hint = QLabel(self.tr("Ticked material is what a charge resting on this incident counts."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)

    def show_for(self, incident_id: str) -> None:
        self.incident_id = incident_id
        incident = self.workspace.get("incident", incident_id)
        case_id = incident.case_id
        linked = {
            "person": {p.id for p in incident.persons},
            "testimony": {t.id for t in incident.testimonies},
            "evidence": {e.id for e in incident.evidence},
        }
        people = self.workspace.persons(case_id)
        witnesses = {p.id: p.pseudonym for p in people}
        options = {
            "person": [(p.id, person_label(p)) for p in people],
            "testimony": [
                (t.id, testimony_label(t, witnesses)) for t in self.workspace.testimonies(case_id)
            ],
            "evidence": [(e.id, e.title) for e in self.workspace.linkable_evidence(case_id)],
        }
        self._loading = True
        try:
            for kind, widget in self.lists.items():
                widget.clear()
                for record_id, label in options[kind]:
                    item = QListWidgetItem(label)
                    item.setData(ID_ROLE, record_id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    ticked = record_id in linked[kind]
                    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                    widget.addItem(item)
        finally:
            self._loading = False

    def clear(self) -> None:
        self.incident_id = None
        for widget in self.lists.values():
            widget.clear()

    def _toggled(self, kind: str, item: QListWidgetItem) -> None:
        if self._loading or self.incident_id is None:
            return
        linked = item.checkState() == Qt.CheckState.Checked
        try:
            self.workspace.set_incident_link(self.incident_id, kind, item.data(ID_ROLE), linked)
        except CasebookError as exc:
            show_error(self, exc, self.tr("The link was not saved"))
            self.show_for(self.incident_id)
