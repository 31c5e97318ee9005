"""Search across the casebook (Ctrl+K): results grouped by kind, activate to go there.

The core's trigram index finds words inside unspaced Lao, Burmese, Thai and Khmer text.
Each result names its record (``search.place_of``: the witness's pseudonym and statement
with "para. N", an exhibit's title, an incident's title, date and place), and opening one
lands on it: the passage scrolled into view with the matched words marked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError
from casebook.core.records.search import place_of

from ..shared.errors_dialog import show_error
from ..shared.languages import main_script
from ..shared.screen_fit import fit_to_screen
from ..shared.script_fonts import font_for_script
from ..shared.workspace import Workspace

GROUPS = (
    ("segment", QT_TRANSLATE_NOOP("SearchPanel", "Testimony passages")),
    ("evidence", QT_TRANSLATE_NOOP("SearchPanel", "Evidence")),
    ("incident", QT_TRANSLATE_NOOP("SearchPanel", "Incidents")),
)
TARGET_ROLE = Qt.ItemDataRole.UserRole


class SearchPanel(QDialog):
    navigate = Signal(str, str, int)  # kind, record id, paragraph (0 if none)
    # After ``navigate`` to a passage: testimony id, paragraph, match start and end
    # (code points), for the editor to mark the words.
    landed = Signal(str, int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setWindowTitle(self.tr("Search the casebook"))
        self.workspace: Workspace | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("Search testimony, evidence and incidents (any script)")
        )
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run_search)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self.query.textEdited.connect(lambda _t: self._timer.start())
        self.query.textChanged.connect(self._match_script)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("Result"), self.tr("Where")])
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setRootIsDecorated(True)
        self.results.setUniformRowHeights(False)
        self.results.itemActivated.connect(self._activated)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        fit_to_screen(self, 720, 480)

    def _match_script(self, text: str) -> None:
        """Type Lao or Burmese in a font made for it, at a size where marks are legible."""
        self.query.setFont(font_for_script(main_script(text), self.font()))

    def open_for(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        if self.workspace is None:
            return
        text = self.query.text()
        try:
            hits = self.workspace.search(text)
        except CasebookError as exc:
            show_error(self, exc)
            return
        if not text.strip():
            self.status.clear()
            return
        for kind, title in GROUPS:
            group_hits = [h for h in hits if h.kind == kind]
            if not group_hits:
                continue
            heading = self.tr("{group} ({count})", "a group of search results and its size")
            name = QCoreApplication.translate("SearchPanel", title)
            group = QTreeWidgetItem([heading.format(group=name, count=len(group_hits)), ""])
            bold = QFont(group.font(0))
            bold.setBold(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.results.addTopLevelItem(group)
            for hit in group_hits:
                place = place_of(self.workspace.session, hit, text)
                target = (place.kind, place.record_id, place.paragraph, place.match)
                item = QTreeWidgetItem([hit.snippet.replace("\n", " "), place.label])
                item.setToolTip(1, place.label)
                item.setFont(0, font_for_script(main_script(hit.snippet), self.results.font()))
                item.setData(0, TARGET_ROLE, target)
                item.setToolTip(0, hit.snippet)
                group.addChild(item)
            group.setExpanded(True)
        self.results.setColumnWidth(0, max(self.results.width() // 2, 300))
        count = len(hits)
        self.status.setText(self.tr("%n result(s)", "", count) if count else self.tr("No matches."))
        first = self.results.topLevelItem(0)
        if first is not None and first.childCount():
            self.results.setCurrentItem(first.child(0))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, TARGET_ROLE)
        if target:
            kind, record_id, paragraph, match = target
            self.navigate.emit(kind, record_id, paragraph)
            if kind == "testimony" and paragraph and match:
                self.landed.emit(record_id, paragraph, *match)

    def clear(self) -> None:
        self.results.clear()
        self.query.clear()
        self.status.clear()
        self.workspace = None
