"""A recovery key shown once, large and selectable, until the user says it is written down.

Shown when a casebook is created and when a new recovery key replaces the old one: it is
the only way back in if the passphrase is forgotten, so going on needs the tick.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class RecoveryKeyPage(QWidget):
    acknowledged = Signal()  # written down, and the key taken off the screen

    def __init__(self, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        heading = QLabel(self.tr("Write down your recovery key"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        explain = QLabel(
            self.tr(
                "If the passphrase is forgotten, this key is the only way to open the casebook. "
                "Write it on paper and keep it apart from this computer. {note}"
            ).format(note=note or self.tr("It is shown only now."))
        )
        explain.setWordWrap(True)
        self.recovery_text = QLabel()
        self.recovery_text.setObjectName("recoveryKey")
        self.recovery_text.setAccessibleName(self.tr("Recovery key"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.6)
        self.recovery_text.setFont(mono)
        self.recovery_text.setWordWrap(True)
        self.recovery_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.recovery_text.setFrameShape(QLabel.Shape.StyledPanel)
        self.recovery_text.setMargin(16)
        self.written_down = QCheckBox(self.tr("I have written down the recovery key"))
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setEnabled(False)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addSpacing(12)
        layout.addWidget(self.recovery_text)
        layout.addSpacing(12)
        layout.addWidget(self.written_down)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_key(self, key: str) -> None:
        self.recovery_text.setText(key)
        self.written_down.setChecked(False)

    def _finish(self) -> None:
        if self.written_down.isChecked():
            self.recovery_text.clear()  # do not keep it in a widget longer than needed
            self.acknowledged.emit()
