"""Where the incidents of a case happened: place (original script), area, coordinates.

Coordinates are shown with their stated precision and can be copied as ``lat, lon`` for a
map application; nothing is looked up online.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.core.models import Incident

from ..records.record_editors import heading_label
from ..shared.workspace import Workspace

COLUMNS = (
    QT_TRANSLATE_NOOP("LocationsView", "Incident"),
    QT_TRANSLATE_NOOP("LocationsView", "Place (original script)"),
    QT_TRANSLATE_NOOP("LocationsView", "District / province"),
    QT_TRANSLATE_NOOP("LocationsView", "Coordinates"),
    QT_TRANSLATE_NOOP("LocationsView", "Precision"),
)


def coordinates(incident: Incident) -> str:
    if incident.latitude is None or incident.longitude is None:
        return ""
    return f"{incident.latitude:.5f}, {incident.longitude:.5f}"


def precision(incident: Incident) -> str:
    if incident.latitude is None or incident.longitude is None:
        return QCoreApplication.translate("LocationsView", "no coordinates")
    if incident.coordinate_precision_m is None:
        return QCoreApplication.translate("LocationsView", "not stated")
    return QCoreApplication.translate("LocationsView", "± {metres} m").format(
        metres=f"{incident.coordinate_precision_m:g}"
    )


class LocationsView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationsView")
        self.workspace = workspace
        self.case_id = ""
        self.heading = heading_label(self.tr("Locations"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Places of the incidents"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("LocationsView", c) for c in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.copy_button = QPushButton(self.tr("Copy coordinates"))
        self.copy_button.clicked.connect(self.copy_coordinates)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        workspace.changed.connect(lambda kind, _id: kind == "incident" and self.refresh())

    def show_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(0)
        if not self.case_id:
            return
        for incident in self.workspace.incidents(self.case_id):
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = (
                incident.title,
                incident.place_name or "—",
                incident.admin_area or "—",
                coordinates(incident) or "—",
                precision(incident),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, coordinates(incident))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def copy_coordinates(self) -> str:
        """Copy the chosen incident's ``lat, lon`` to the clipboard; returns what was copied."""
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        text = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def clear(self) -> None:
        self.case_id = ""
        self.table.setRowCount(0)
