"""Unlocking a casebook: passphrase or recovery key, opened on a worker thread.

Key derivation is deliberately slow (about half a second), so it runs off the GUI thread
with a busy indicator. Every failure (wrong passphrase, damaged, locked elsewhere, newer
schema, altered key slots) is shown as the core's sentence and the panel stays for a retry.
The same panel is the locked state of the main window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..shared.background import BackgroundOp, run_in_background
from ..shared.errors_dialog import show_error
from ..shared.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from casebook.core.store.casebook import Casebook


class UnlockPanel(QWidget):
    unlocked = Signal(object)  # the open Casebook
    cancelled = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None, cancel_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        self.folder = Path(folder)
        self.operation: BackgroundOp | None = None
        self._abandoned = False  # cancelled or closed while a casebook was being opened

        self.heading = QLabel()
        self.heading.setObjectName("unlockHeading")
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText(
            self.tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        )
        self.recovery_key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.use_recovery = QCheckBox(self.tr("Use recovery key instead"))
        self.use_recovery.toggled.connect(self._switch_mode)

        self.form = QFormLayout()
        self.passphrase_label = QLabel(self.tr("&Passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.recovery_label = QLabel(self.tr("&Recovery key:"))
        self.recovery_label.setBuddy(self.recovery_key)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.recovery_label, self.recovery_key)
        self.form.addRow(self.use_recovery)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Opening the casebook"))
        self.busy.setFormat(self.tr("Opening…"))
        self.busy.hide()

        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(cancel_text or self.tr("Cancel"))
        # Never the default: disabling the fields while opening moves the focus here, and an
        # auto-default Cancel would take the Enter that started the opening (issue 14).
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QDialogButtonBox()
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.set_folder(self.folder)
        self._switch_mode(False)

    def set_folder(self, folder: Path, note: str = "") -> None:
        self.folder = Path(folder)
        self.heading.setText(self.tr("Unlock “{name}”").format(name=self.folder.name))
        self.note.setText(
            note or self.tr("The casebook at {folder} is encrypted.").format(folder=self.folder)
        )

    def _switch_mode(self, recovery: bool) -> None:
        for widget in (self.recovery_label, self.recovery_key):
            widget.setVisible(recovery)
        for widget in (self.passphrase_label, self.passphrase):
            widget.setVisible(not recovery)
        (self.recovery_key if recovery else self.passphrase).setFocus()

    def reset(self) -> None:
        """Empty the secret fields (after unlocking, or when shown again for a lock)."""
        self.passphrase.clear()
        self.recovery_key.clear()
        self.use_recovery.setChecked(False)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.recovery_key, self.use_recovery, self.unlock_button):
            widget.setEnabled(not busy)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter unlocks, here and only here.

        A line edit passes Return on to its parents after ``returnPressed``; handled by both
        the field and the dialog's default button, one Enter started the opening and then
        (with the fields disabled and the focus on Cancel) closed the dialog under it.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submit()
            return
        super().keyPressEvent(event)

    def _cancel(self) -> None:
        self.abandon()
        self.cancelled.emit()

    def abandon(self) -> None:
        """The panel is going away: a casebook still being opened is closed when it arrives."""
        if self.operation is not None and self.operation.running:
            self._abandoned = True

    def submit(self) -> None:
        if self.operation is not None and self.operation.running:
            return
        self._abandoned = False
        folder = self.folder
        # Imported here: the window shows before the storage stack is loaded (see app.py).
        from casebook.core.store.casebook import Casebook

        if self.use_recovery.isChecked():
            key = self.recovery_key.text()

            def work(_report: object) -> Casebook:
                return Casebook.open(folder, recovery_key=key)
        else:
            secret = self.passphrase.text()

            def work(_report: object) -> Casebook:
                return Casebook.open(folder, passphrase=secret)

        self._set_busy(True)
        self.operation = run_in_background(work, self._opened, self._failed)

    def _opened(self, book: Casebook) -> None:
        if self._abandoned or not shiboken6.isValid(self):
            book.close()  # nobody will use it: release the folder's lock and drop the key
            return
        self.reset()
        self.unlocked.emit(book)

    def _failed(self, exc: BaseException) -> None:
        if self._abandoned or not shiboken6.isValid(self):
            return
        self._set_busy(False)
        show_error(self.window(), exc, self.tr("Casebook could not be opened"))
        field = self.recovery_key if self.use_recovery.isChecked() else self.passphrase
        field.selectAll()
        field.setFocus()


class UnlockDialog(QDialog):
    """The panel in a dialog, for opening a casebook from the start window."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock casebook"))
        self.setObjectName("unlockDialog")
        self.book: Casebook | None = None
        self.panel = UnlockPanel(folder, self)
        self.panel.unlocked.connect(self._unlocked)
        self.panel.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        fit_to_screen(self, 480, 240)

    def _unlocked(self, book: Casebook) -> None:
        self.book = book
        self.accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.panel.abandon()  # Escape or closing the window while the key is derived
        super().done(result)
