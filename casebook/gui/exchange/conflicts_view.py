"""Exchange ▸ Conflicts…: records changed on both sides, decided one by one.

An import never overwrites a record that was also changed here: it keeps ours and stores
theirs. This view lists those conflicts and shows, field by field, our value beside theirs;
"Keep mine" or "Take theirs" is the core's ``resolve``, which records the decision so it
travels back with the next package.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError
from casebook.core.phrase import Phrase

from ..shared.errors_dialog import show_error
from ..shared.keyboard import keyboard_order
from ..shared.screen_fit import fit_to_screen
from ..shared.translation import phrase_text
from ..shared.workspace import Workspace
from . import exchange_service as service

ID_ROLE = Qt.ItemDataRole.UserRole


class ConflictsView(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsView")
        self.setWindowTitle(self.tr("Conflicts"))
        self.workspace = workspace
        self.rows: list[service.ConflictRow] = []

        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        self.fields = QTableWidget(0, 3)
        self.fields.setObjectName("conflictFields")
        self.fields.setAccessibleName(self.tr("Your value and theirs, field by field"))
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Mine (kept now)"), self.tr("Theirs (incoming)")]
        )
        self.fields.verticalHeader().hide()
        self.fields.setWordWrap(True)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_mine.clicked.connect(lambda: self.resolve_current("local"))
        self.take_theirs = QPushButton(self.tr("Take theirs"))
        self.take_theirs.clicked.connect(lambda: self.resolve_current("incoming"))
        decide = QHBoxLayout()
        decide.addStretch(1)
        decide.addWidget(self.keep_mine)
        decide.addWidget(self.take_theirs)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.fields, 1)
        detail_layout.addLayout(decide)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([240, 620])
        self.status = QLabel()
        self.status.setObjectName("conflictsStatus")
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, 900, 520)
        # A decision is a button pressed on purpose: Enter only closes.
        for button in (self.keep_mine, self.take_theirs):
            button.setAutoDefault(False)
        keyboard_order([self.list, self.fields, self.keep_mine, self.take_theirs, close], close)
        self.reload()

    def reload(self) -> None:
        self.rows = service.open_conflicts(self.workspace)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(
                self.tr("{kind} · from {sender}\n{when}").format(
                    kind=service.kind_word(row.kind),
                    sender=row.sender,
                    when=service.when(row.detected_at),
                )
            )
            item.setData(ID_ROLE, row.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.rows:
            self.list.setCurrentRow(0)
            self._show(0)
        else:
            self._show(-1)
            self.status.setText(self.status.text() or self.tr("No open conflicts."))

    def _show(self, index: int) -> None:
        has = 0 <= index < len(self.rows)
        self.keep_mine.setEnabled(has)
        self.take_theirs.setEnabled(has and not self.rows[index].immutable)
        self.fields.setRowCount(0)
        if not has:
            self.title.setText(self.tr("No open conflicts: every import merged cleanly."))
            return
        row = self.rows[index]
        # The reason is stored as the core's English sentence; it is looked up as a core template.
        reason = phrase_text(Phrase(row.reason))
        self.title.setText(f"<b>{service.kind_word(row.kind)}</b> {row.unit_id} — {reason}")
        self.fields.setRowCount(len(row.fields))
        for r, diff in enumerate(row.fields):
            for c, text in enumerate((diff.name, diff.mine, diff.theirs)):
                self.fields.setItem(r, c, QTableWidgetItem(text))
        self.fields.resizeRowsToContents()

    def field_values(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.fields.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.fields.rowCount())
        ]

    def resolve_current(self, keep: str) -> bool:
        index = self.list.currentRow()
        if not 0 <= index < len(self.rows):
            return False
        row = self.rows[index]
        try:
            service.resolve_conflict(self.workspace, row.id, keep)
        except CasebookError as exc:
            show_error(self, exc, self.tr("The conflict was not resolved"))
            return False
        if keep == "local":
            text = self.tr(
                "Kept your version of {kind} {unit}. The next package to {sender} carries the "
                "decision."
            )
        else:
            text = self.tr(
                "Kept their version of {kind} {unit}. The next package to {sender} carries the "
                "decision."
            )
        self.status.setText(
            text.format(kind=service.kind_word(row.kind), unit=row.unit_id, sender=row.sender)
        )
        self.reload()
        return True
