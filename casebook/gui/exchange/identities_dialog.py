"""Exchange ▸ Identities…: my identity to hand out, colleagues' identities, verification.

A colleague's identity is only trusted once the user has compared its fingerprint with its
owner by another channel (phone, in person). The check dialog shows both fingerprints large,
so two people can read them to each other, and needs an explicit tick before it verifies.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError

from ..shared.errors_dialog import show_error
from ..shared.keyboard import keyboard_order
from ..shared.screen_fit import fit_to_screen
from ..shared.workspace import Workspace
from . import exchange_service as service


def fingerprint_label(fingerprint: str, point_size: int = 17) -> QLabel:
    """A fingerprint in large monospace, in two lines of four groups, selectable."""
    groups = fingerprint.split()
    text = " ".join(groups[:4]) + "\n" + " ".join(groups[4:]) if len(groups) == 8 else fingerprint
    label = QLabel(text)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(f"Fingerprint {fingerprint}")
    # Two lines at this size: never squeezed by a short dialog or group box.
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * 2 + 6)
    return label


class VerifyDialog(QDialog):
    """Compare fingerprints with a colleague; accepted only after the explicit tick."""

    def __init__(
        self, colleague: service.Colleague, own_fingerprint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(f"Verify {colleague.name}")
        self.colleague = colleague
        intro = QLabel(
            f"Call {colleague.name} or meet in person — not by the channel the identity came "
            "through. Ask them to read their fingerprint aloud and compare it with the one "
            "below, digit by digit. Then read yours to them."
        )
        intro.setWordWrap(True)
        theirs = QGroupBox(f"Fingerprint of {colleague.name} ({colleague.role}) stored here")
        QVBoxLayout(theirs).addWidget(fingerprint_label(colleague.fingerprint))
        mine = QGroupBox("Your fingerprint, to read to them")
        QVBoxLayout(mine).addWidget(fingerprint_label(own_fingerprint))
        self.matches = QCheckBox(f"{colleague.name} read out exactly this fingerprint")
        self.buttons = QDialogButtonBox()
        self.verify_button = self.buttons.addButton(
            "Mark verified", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.verify_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.matches.toggled.connect(self.verify_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(theirs)
        layout.addWidget(mine)
        layout.addWidget(self.matches)
        layout.addWidget(self.buttons)
        self.resize(580, self.sizeHint().height())

    def accept(self) -> None:
        if self.matches.isChecked():
            super().accept()


class IdentitiesDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identitiesDialog")
        self.setWindowTitle("Identities")
        self.workspace = workspace
        self.verify_dialog: VerifyDialog | None = None
        self.own_text, self.own_fingerprint = service.own_identity(workspace)

        own_box = QGroupBox("Your identity — give this text to colleagues")
        self.own_view = QPlainTextEdit(self.own_text)
        self.own_view.setReadOnly(True)
        self.own_view.setAccessibleName("Your public identity")
        self.own_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.own_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.own_view.setMaximumHeight(130)
        self.own_view.setTabChangesFocus(True)
        copy = QPushButton("Copy identity")
        copy.clicked.connect(self.copy_own)
        save = QPushButton("Save to file…")
        save.clicked.connect(self._save_own)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(QLabel("Your fingerprint:"))
        own_buttons.addWidget(fingerprint_label(self.own_fingerprint, 13), 1)
        own_buttons.addWidget(copy)
        own_buttons.addWidget(save)
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.own_view)
        own_layout.addLayout(own_buttons)

        colleagues_box = QGroupBox("Colleagues")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("colleagues")
        self.table.setAccessibleName("Colleagues' identities")
        self.table.setHorizontalHeaderLabels(["Name", "Role", "Fingerprint", "State"])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verify_button = QPushButton("Mark verified…")
        self.verify_button.clicked.connect(self.ask_verify)
        self.paste = QPlainTextEdit()
        self.paste.setAccessibleName("Paste a colleague's identity")
        self.paste.setPlaceholderText(
            "Paste a colleague's identity here (-----BEGIN CASEBOOK IDENTITY----- …)"
        )
        self.paste.setMaximumHeight(80)
        self.paste.setTabChangesFocus(True)
        import_button = QPushButton("Import pasted identity")
        import_button.clicked.connect(self.import_pasted)
        from_file = QPushButton("Import from file…")
        from_file.clicked.connect(self._import_file)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addStretch(1)
        row.addWidget(import_button)
        row.addWidget(from_file)
        colleagues_layout = QVBoxLayout(colleagues_box)
        colleagues_layout.addWidget(self.table, 1)
        colleagues_layout.addWidget(self.paste)
        colleagues_layout.addLayout(row)

        self.status = QLabel()
        self.status.setObjectName("identitiesStatus")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(colleagues_box, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        fit_to_screen(self, 780, 640)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        keyboard_order(
            [self.own_view, copy, save, self.table, self.paste, self.verify_button, import_button,
             from_file, close_button],
            close_button,
        )  # fmt: skip
        self.reload()

    def reload(self) -> None:
        self.rows = [c for c in service.colleagues(self.workspace) if not c.own]
        self.table.setRowCount(len(self.rows))
        for r, colleague in enumerate(self.rows):
            state = "verified" if colleague.verified else "NOT VERIFIED"
            for c, text in enumerate(
                (colleague.name, colleague.role, colleague.fingerprint, state)
            ):
                item = QTableWidgetItem(text)
                if c == 3 and not colleague.verified:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.verify_button.setEnabled(bool(self.rows))

    def state_of(self, name: str) -> str:
        row = next(r for r in range(self.table.rowCount()) if self.table.item(r, 0).text() == name)
        return self.table.item(row, 3).text()

    def copy_own(self) -> None:
        QGuiApplication.clipboard().setText(self.own_text)
        self.status.setText("Your identity is on the clipboard.")

    def _save_own(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Save your identity", "identity.txt")
        if not name:
            return
        try:
            Path(name).write_text(self.own_text, encoding="utf-8")
        except OSError as exc:
            show_error(self, f"The identity could not be written ({exc.strerror}).")
            return
        self.status.setText(f"Saved your identity to {name}.")

    def import_text(self, text: str) -> bool:
        try:
            colleague, new = service.import_identity(self.workspace, text)
        except CasebookError as exc:
            show_error(self, exc, "The identity was not imported")
            return False
        self.reload()
        done = "Stored" if new else "Already had"
        extra = "" if colleague.verified else " Compare its fingerprint before trusting it."
        self.status.setText(f"{done} the identity of {colleague.name}.{extra}")
        self.select(colleague.name)
        return True

    def import_pasted(self) -> None:
        if self.import_text(self.paste.toPlainText()):
            self.paste.clear()

    def _import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Colleague's identity file")
        if not name:
            return
        try:
            text = service.read_identity_file(Path(name))
        except CasebookError as exc:
            show_error(self, exc)
            return
        self.import_text(text)

    def select(self, name: str) -> None:
        for r, colleague in enumerate(self.rows):
            if colleague.name == name:
                self.table.selectRow(r)

    def ask_verify(self) -> VerifyDialog | None:
        """Open the fingerprint check for the chosen colleague; verifies when accepted."""
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            show_error(self, "Choose the colleague whose fingerprint you compared.")
            return None
        colleague = self.rows[row]
        if colleague.verified:
            self.status.setText(f"{colleague.name} is already verified.")
            return None
        dialog = VerifyDialog(colleague, self.own_fingerprint, self)
        dialog.accepted.connect(lambda: self._verified(colleague))
        dialog.finished.connect(dialog.deleteLater)
        self.verify_dialog = dialog
        dialog.open()
        return dialog

    def _verified(self, colleague: service.Colleague) -> None:
        try:
            service.mark_verified(self.workspace, colleague.fingerprint)
        except CasebookError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.status.setText(f"{colleague.name} is verified: packages can now go both ways.")
