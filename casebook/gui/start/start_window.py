"""The first window: open an existing casebook folder, or create a new one.

Recent casebooks are listed only when the user turned that on in Preferences.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..shared.preferences import Preferences
from ..shared.screen_fit import fit_to_screen


class StartWindow(QWidget):
    open_requested = Signal(str)
    create_requested = Signal()
    preferences_requested = Signal()
    help_requested = Signal()

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startWindow")
        self.setWindowTitle(self.tr("Casebook"))
        self.prefs = prefs
        title = QLabel(self.tr("Casebook"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Testimony and evidence, kept in an encrypted folder on this computer. "
                "Open a casebook you have, or create a new one."
            )
        )
        intro.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open a casebook…"))
        self.open_button.setAccessibleName(self.tr("Open a casebook folder"))
        self.open_button.clicked.connect(self.choose_folder)
        self.create_button = QPushButton(self.tr("&Create a new casebook…"))
        self.create_button.setAccessibleName(self.tr("Create a new casebook"))
        self.create_button.clicked.connect(self.create_requested)
        self.prefs_button = QPushButton(self.tr("&Preferences…"))
        self.prefs_button.clicked.connect(self.preferences_requested)
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_folder)
        QShortcut(QKeySequence("Ctrl+N"), self, self.create_requested.emit)
        QShortcut(QKeySequence("Ctrl+,"), self, self.preferences_requested.emit)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
        QShortcut(QKeySequence("F1"), self, self.help_requested.emit)

        self.recent_label = QLabel(self.tr("Recently opened:"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recently opened casebooks"))
        self.recent.itemActivated.connect(self._recent_chosen)

        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.prefs_button)
        row = QHBoxLayout()
        row.addLayout(buttons)
        side = QVBoxLayout()
        side.addWidget(self.recent_label)
        side.addWidget(self.recent, 1)
        row.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(row, 1)
        self.refresh_recent()
        fit_to_screen(self, 620, 380)

    def refresh_recent(self) -> None:
        self.recent.clear()
        folders = self.prefs.recent_casebooks
        for folder in folders:
            item = QListWidgetItem(Path(folder).name)
            item.setToolTip(folder)
            item.setData(Qt.ItemDataRole.UserRole, folder)
            self.recent.addItem(item)
        shown = self.prefs.remember_recent
        self.recent_label.setVisible(shown)
        self.recent.setVisible(shown)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open a casebook folder"), str(Path.home())
        )
        if folder:
            self.open_requested.emit(folder)

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
