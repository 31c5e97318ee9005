"""The evidence list of a case: a table model that fetches rows in pages as they are needed.

A case may hold 50,000 items. The model starts with one page and grows through Qt's
``canFetchMore``/``fetchMore`` as the view scrolls, so opening the list and filtering it
cost one page of rows, not the whole case (Anki's browser table works the same way).
Rows are plain values; no live database object sits in the view.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..shared.bidi_text import data_size
from ..shared.workspace import EvidenceRow, Workspace
from .record_labels import evidence_kind_word

PAGE = 256
COLUMNS = (
    QT_TRANSLATE_NOOP("EvidenceTable", "Title"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Kind"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Type"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Size"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Taken at (file)"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Intake"),
    QT_TRANSLATE_NOOP("EvidenceTable", "SHA-256"),
)
HASH_COLUMN = len(COLUMNS) - 1
HEADER_TIPS = {
    4: QT_TRANSLATE_NOOP(
        "EvidenceTable",
        "When the photo or recording was made, as its embedded metadata (EXIF, container) "
        "says — unverified; empty when the file carries none.",
    ),
    5: QT_TRANSLATE_NOOP("EvidenceTable", "When the file was taken into this casebook."),
}


_ISO_MOMENT = re.compile(r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?")


def capture_time(value: str) -> str:
    """A recorded capture time for the table: date and minutes, with its UTC offset when the
    file gave one (a time without offset is the camera's clock, zone unknown)."""
    if not value:
        return "—"
    found = _ISO_MOMENT.fullmatch(value.strip())
    if found is None:
        return value
    date, time, offset = found.groups()
    return f"{date} {time}" + (f" {offset}" if offset else "")


AnyIndex = QModelIndex | QPersistentModelIndex


_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole,
}  # the roles ``data`` answers; the view asks a dozen more of every cell


class EvidenceTableModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.case_id = ""
        self.filter_text = ""
        self.rows: list[EvidenceRow] = []
        self.complete = True  # every row of the list is fetched

    def set_source(self, workspace: Workspace | None, case_id: str, filter_text: str = "") -> None:
        """Show another case or filter; only the first page is read. Nothing is counted: a
        filtered count reads every match (a rare short text, every item); a short page ends
        the list."""
        self.beginResetModel()
        self.workspace, self.case_id, self.filter_text = workspace, case_id, filter_text
        self.rows = []
        self.complete = not (workspace and case_id)
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    @property
    def total(self) -> int | None:
        """How many rows the list holds, once all are fetched; ``None`` before."""
        return len(self.rows) if self.complete else None

    def reload(self) -> None:
        self.set_source(self.workspace, self.case_id, self.filter_text)

    def clear(self) -> None:
        self.set_source(None, "")

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self.complete

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self.workspace is None:
            return
        page = self.workspace.evidence_rows(self.case_id, self.filter_text, len(self.rows), PAGE)
        self.complete = len(page) < PAGE
        if not page:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES or not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == HASH_COLUMN:
            return row.sha256
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4 and row.taken_at:
            return self.tr("Taken at {time} (from the file's metadata)").format(time=row.taken_at)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            if row.duplicate:
                return self.tr("{title}  (duplicate)").format(title=row.title)
            return row.title
        if column == 1:
            return evidence_kind_word(row.kind)
        if column == 2:
            return row.media_type
        if column == 3:
            return data_size(row.size)
        if column == 4:
            return capture_time(row.taken_at)
        if column == 5:
            return row.created_at
        return row.sha256[:12]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EvidenceTable", COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(section)
            return QCoreApplication.translate("EvidenceTable", tip) if tip else None
        return None

    def row_of(self, item_id: str) -> int:
        """The row of an item, fetching pages until it appears; -1 if not in this list."""
        while True:
            for number, row in enumerate(self.rows):
                if row.id == item_id:
                    return number
            if not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())


class EvidenceTable(QWidget):
    """Filter box and table; emits the chosen item's id."""

    item_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EvidenceTableModel()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by title, file name or type"))
        self.filter.setAccessibleName(self.tr("Filter evidence"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.view = QTableView()
        self.view.setObjectName("evidenceTable")
        self.view.setAccessibleName(self.tr("Evidence items"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Columns fit the rows in view, not the first 1,000: sizing each column asked every
        # fetched row for every role (38,000 calls, 0.3 s of the first paint at 500,000).
        header.setResizeContentsPrecision(0)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)

    def show_case(self, workspace: Workspace, case_id: str) -> None:
        if self.model.case_id != case_id:
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.blockSignals(False)
        self.model.set_source(workspace, case_id, self.filter.text())

    def _apply_filter(self) -> None:
        self.model.set_source(self.model.workspace, self.model.case_id, self.filter.text())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = self.model.data(current, Qt.ItemDataRole.UserRole)
        if item_id:
            self.item_selected.emit(str(item_id))

    def select_item(self, item_id: str) -> bool:
        row = self.model.row_of(item_id)
        if row < 0 and self.filter.text():
            self.filter.clear()
            self._apply_filter()
            row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def current_item(self) -> str | None:
        value = self.model.data(self.view.currentIndex(), Qt.ItemDataRole.UserRole)
        return str(value) if value else None

    def clear(self) -> None:
        self.filter.clear()
        self.model.clear()
