"""The tags of one record (testimony, evidence item, incident), with Tag… and Remove.

Each editor embeds one. ``material`` is asked, when the user presses the tag button, what
exactly to tag (a testimony answers with the passage holding the cursor and the selected
characters); it returns None after telling the user what to do instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError

from ..shared.errors_dialog import confirm, show_error
from ..shared.workspace import Workspace
from .analysis_service import AnalysisService, TagLine
from .tag_dialog import TagDialog


@dataclass(frozen=True)
class Material:
    """What a tag will be put on: passage, evidence or incident, its id and a description."""

    target: str
    record_id: str
    what: str
    char_range: tuple[int, int] | None = None


class TagsPanel(QGroupBox):
    def __init__(
        self,
        workspace: Workspace,
        kind: str,
        button_text: str,
        material: Callable[[], Material | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tags"))
        self.setObjectName(f"{kind}Tags")
        self.service = AnalysisService(workspace)
        self.kind = kind
        self.material = material
        self.record_id: str | None = None
        self.case_id = ""
        self.dialog: TagDialog | None = None
        self.lines: list[TagLine] = []  # as listed, for the editor's highlights
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Tags of this record"))
        self.list.setWordWrap(True)
        self.tag_button = QPushButton(button_text)
        self.tag_button.clicked.connect(self.open_tag_dialog)
        self.remove_button = QPushButton(self.tr("Remove tag"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentItemChanged.connect(
            lambda item, _p: self.remove_button.setEnabled(item is not None)
        )
        row = QHBoxLayout()
        row.addWidget(self.tag_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        workspace.changed.connect(self._changed)

    def show_for(self, record_id: str, case_id: str) -> None:
        self.record_id, self.case_id = record_id, case_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.lines = []
        if self.record_id is None:
            return
        lines = self.lines = self.service.tag_lines(self.kind, self.record_id)
        for line in lines:
            item = QListWidgetItem(line.text)
            item.setData(Qt.ItemDataRole.UserRole, line.tag_id)
            item.setToolTip("\n\n".join(t for t in (line.text, line.review_note) if t))
            self.list.addItem(item)
        self.setTitle(self.tr("Tags ({count})").format(count=len(lines)))

    def open_tag(self, tag_id: str) -> bool:
        """Select one tag in the list and bring it into view (a click on tagged words)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == tag_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                self.list.setFocus()
                return True
        return False

    def clear(self) -> None:
        self.lines = []
        self.record_id = None
        self.case_id = ""
        self.list.clear()
        self.setTitle(self.tr("Tags"))

    def _changed(self, kind: str, _record_id: str) -> None:
        if kind == "tag" and self.record_id is not None:
            self.refresh()

    def open_tag_dialog(self) -> TagDialog | None:
        """Open the tag dialog for what ``material`` names (non-modal for the window)."""
        if self.record_id is None:
            return None
        material = self.material()
        if material is None:
            return None
        self.dialog = TagDialog(
            self.service,
            self.case_id,
            material.target,
            material.record_id,
            material.what,
            material.char_range,
            self.window(),
        )
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if not confirm(
            self,
            self.tr("Remove this tag?"),
            self.tr("{tag}\n\nThe removal is recorded in the audit log.").format(tag=item.text()),
            self.tr("Remove tag"),
        ):
            return
        try:
            self.service.remove_tag(self.case_id, item.data(Qt.ItemDataRole.UserRole))
        except CasebookError as exc:
            show_error(self, exc)
