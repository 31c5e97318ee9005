"""File ▸ Back up…: a checked, encrypted copy of the open casebook (core/store/backup.py).

The copy is made on a worker thread while the user keeps working; it goes into a folder of
dated backups of which the newest few are kept. Locking the window cancels a backup under
way (what it wrote is removed) before the key is dropped.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebook.core.store.backup import BackupResult, back_up
from casebook.core.store.casebook import Casebook

from .background import BackgroundOp, run_in_background
from .bidi_text import data_size
from .errors_dialog import show_error
from .plurals import english_plural

DEFAULT_KEEP = 5
_TEXT_WIDTH = 540  # wrapped text is laid out at this width; the window is never narrower


def _fit_height(label: QLabel, width: int) -> None:
    """A top-level window does not ask wrapped labels their height for its width, so a
    label says how tall it must be (and the window grows rather than clipping it)."""
    label.setMinimumWidth(width)
    label.setMinimumHeight(label.heightForWidth(width))


class BackupDialog(QDialog):
    def __init__(self, book: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Back up the casebook"))
        self._book = book
        self._op: BackgroundOp | None = None
        self._cancel = threading.Event()
        self.result_: BackupResult | None = None

        intro = QLabel(
            self.tr(
                "A backup is a complete copy of this casebook, still encrypted: it opens with the "
                "same passphrase and recovery key. Keep it on another disk, away from this "
                "computer. You can go on working while it is made; every stored file is checked "
                "against its fingerprint (SHA-256) before the backup counts as made."
            )
        )
        intro.setWordWrap(True)
        _fit_height(intro, _TEXT_WIDTH)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("A folder on a USB drive or another disk"))
        self.folder.setAccessibleName(self.tr("Folder for backups"))
        self.folder.textChanged.connect(self._update_button)
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.keep = QSpinBox()
        self.keep.setRange(1, 99)
        self.keep.setValue(DEFAULT_KEEP)
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setAccessibleName(self.tr("How many backups to keep"))
        form = QFormLayout()
        folder_label = QLabel(self.tr("Folder for &backups:"))
        folder_label.setBuddy(self.folder)  # the field sits in a row with its button
        form.addRow(folder_label, row)
        form.addRow(self.tr("&Keep the newest:"), self.keep)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = self.buttons.addButton(
            self.tr("&Back up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.adjustSize()
        self._update_button()

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _update_button(self) -> None:
        idle = self._op is None or not self._op.running
        self.start_button.setEnabled(idle and bool(self.folder.text().strip()))

    @property
    def running(self) -> bool:
        return self._op is not None and self._op.running

    def start(self) -> None:
        """Begin the backup on a worker thread (the button; tests call it directly)."""
        if self.running or not self.folder.text().strip():
            return
        destination = Path(self.folder.text().strip()).expanduser()
        keep = self.keep.value()
        self._cancel = threading.Event()
        self.progress.setRange(0, 0)  # the database copy: no count yet
        self.progress.setVisible(True)
        self._say(self.tr("Copying the database…"))

        def work(report: Any) -> BackupResult:
            return back_up(
                self._book,
                destination,
                keep=keep,
                progress=lambda _what, done, total: report((done, total)),
                cancel=self._cancel,
            )

        self._op = run_in_background(
            work, self._succeeded, self._failed, progress=self._progressed, cancel=self._cancel
        )
        self._update_button()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        _fit_height(self.status, _TEXT_WIDTH)

    def _progressed(self, value: tuple[int, int]) -> None:
        done, total = value
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self._say(
            self.tr("Copying and checking stored files: {done} of {total}…").format(
                done=done, total=total
            )
        )

    def _succeeded(self, result: BackupResult) -> None:
        self.result_ = result
        self.progress.setVisible(False)
        text = english_plural(
            self.tr(
                "Backed up to {folder}: the database and %n stored file(s) ({size}), each checked.",
                "",
                result.files,
            ),
            result.files,
        ).format(folder=result.folder, size=data_size(result.size))
        if result.removed:
            removed = len(result.removed)
            text += " " + english_plural(
                self.tr("Older backups removed: %n.", "", removed), removed
            )
        self._say(text)
        self._update_button()

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self._say(self.tr("The backup was not made."))
        self._update_button()
        if self.isVisible():
            show_error(self, error)

    def reject(self) -> None:
        """Closing (or locking the window) stops a backup under way, then closes."""
        if self._op is not None and self._op.running:
            self._cancel.set()
            self._op.wait()
        super().reject()


class _Window(Protocol):
    """What the action needs of the main window."""

    workspace: Any
    view: Any

    def menuBar(self) -> Any: ...
    def statusBar(self) -> Any: ...


def open_backup_dialog(window: _Window) -> BackupDialog | None:
    if window.workspace is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("BackupDialog", "Unlock the casebook to back it up."), 5000
        )
        return None
    if window.view is not None:
        window.view.commit_pending()  # what is typed but not yet saved goes into the backup
    dialog = BackupDialog(window.workspace.book, window)  # type: ignore[arg-type]
    dialog.show()
    return dialog


def install_backup_action(window: QMainWindow) -> QAction:
    """File ▸ Back up…, placed before File ▸ Lock (no shortcut: it is not done often)."""
    action = QAction(QCoreApplication.translate("BackupDialog", "Back &up…"), window)
    action.setToolTip(
        QCoreApplication.translate(
            "BackupDialog", "Copy the casebook, still encrypted, to another disk"
        )
    )
    action.setStatusTip(
        QCoreApplication.translate(
            "BackupDialog", "Copy the casebook, still encrypted, to another disk"
        )
    )
    action.triggered.connect(lambda _checked=False: open_backup_dialog(window))  # type: ignore[arg-type]
    window.addAction(action)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and menu.objectName() == "fileMenu":  # not its (translated) title
            lock = next((a for a in menu.actions() if a.objectName() == "lockAction"), None)
            if lock is not None:
                menu.insertAction(lock, action)
                menu.insertSeparator(lock)
            else:
                menu.addAction(action)
            break
    return action
