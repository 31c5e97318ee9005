"""Exchange ▸ Identities…: my identity to hand out, colleagues' identities, verification.

A colleague's identity is only trusted once the user has compared its fingerprint with its
owner by another channel (phone, in person). The check dialog shows both fingerprints large,
so two people can read them to each other, and needs an explicit tick before it verifies.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
    label.setAccessibleName(
        QCoreApplication.translate("IdentitiesDialog", "Fingerprint {fingerprint}").format(
            fingerprint=fingerprint
        )
    )
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
        self.setWindowTitle(self.tr("Verify {name}").format(name=colleague.name))
        self.colleague = colleague
        intro = QLabel(
            self.tr(
                "Call {name} or meet in person — not by the channel the identity came "
                "through. Ask them to read their fingerprint aloud and compare it with the one "
                "below, digit by digit. Then read yours to them."
            ).format(name=colleague.name)
        )
        intro.setWordWrap(True)
        theirs = QGroupBox(
            self.tr("Fingerprint of {name} ({role}) stored here").format(
                name=colleague.name, role=service.role_word(colleague.role)
            )
        )
        QVBoxLayout(theirs).addWidget(fingerprint_label(colleague.fingerprint))
        mine = QGroupBox(self.tr("Your fingerprint, to read to them"))
        QVBoxLayout(mine).addWidget(fingerprint_label(own_fingerprint))
        self.matches = QCheckBox(
            self.tr("{name} read out exactly this fingerprint").format(name=colleague.name)
        )
        self.buttons = QDialogButtonBox()
        self.verify_button = self.buttons.addButton(
            self.tr("Mark verified"), QDialogButtonBox.ButtonRole.AcceptRole
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
        self.setWindowTitle(self.tr("Identities"))
        self.workspace = workspace
        self.verify_dialog: VerifyDialog | None = None
        self.own_text, self.own_fingerprint = service.own_identity(workspace)

        own_box = QGroupBox(self.tr("Your identity — give this text to colleagues"))
        self.own_view = QPlainTextEdit(self.own_text)
        self.own_view.setReadOnly(True)
        self.own_view.setAccessibleName(self.tr("Your public identity"))
        self.own_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.own_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.own_view.setMaximumHeight(130)
        self.own_view.setTabChangesFocus(True)
        copy = QPushButton(self.tr("Copy identity"))
        copy.clicked.connect(self.copy_own)
        save = QPushButton(self.tr("Save to file…"))
        save.clicked.connect(self._save_own)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(QLabel(self.tr("Your fingerprint:")))
        own_buttons.addWidget(fingerprint_label(self.own_fingerprint, 13), 1)
        own_buttons.addWidget(copy)
        own_buttons.addWidget(save)
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.own_view)
        own_layout.addLayout(own_buttons)

        colleagues_box = QGroupBox(self.tr("Colleagues"))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("colleagues")
        self.table.setAccessibleName(self.tr("Colleagues' identities"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Fingerprint"), self.tr("State")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verify_button = QPushButton(self.tr("Mark verified…"))
        self.verify_button.clicked.connect(self.ask_verify)
        self.paste = QPlainTextEdit()
        self.paste.setAccessibleName(self.tr("Paste a colleague's identity"))
        self.paste.setPlaceholderText(
            self.tr("Paste a colleague's identity here (-----BEGIN CASEBOOK IDENTITY----- …)")
        )
        self.paste.setMaximumHeight(80)
        self.paste.setTabChangesFocus(True)
        import_button = QPushButton(self.tr("Import pasted identity"))
        import_button.clicked.connect(self.import_pasted)
        from_file = QPushButton(self.tr("Import from file…"))
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
            state = self.tr("verified") if colleague.verified else self.tr("NOT VERIFIED")
            for c, text in enumerate(
                (colleague.name, service.role_word(colleague.role), colleague.fingerprint, state)
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
        self.status.setText(self.tr("Your identity is on the clipboard."))

    def _save_own(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save your identity"), "identity.txt")
        if not name:
            return
        try:
            Path(name).write_text(self.own_text, encoding="utf-8")
        except OSError as exc:
            show_error(
                self,
                self.tr("The identity could not be written ({reason}).").format(
                    reason=exc.strerror
                ),
            )
            return
        self.status.setText(self.tr("Saved your identity to {path}.").format(path=name))

    def import_text(self, text: str) -> bool:
        try:
            colleague, new = service.import_identity(self.workspace, text)
        except CasebookError as exc:
            show_error(self, exc, self.tr("The identity was not imported"))
            return False
        self.reload()
        done = (
            self.tr("Stored the identity of {name}.")
            if new
            else self.tr("Already had the identity of {name}.")
        ).format(name=colleague.name)
        if not colleague.verified:
            done = self.tr("{done} Compare its fingerprint before trusting it.").format(done=done)
        self.status.setText(done)
        self.select(colleague.name)
        return True

    def import_pasted(self) -> None:
        if self.import_text(self.paste.toPlainText()):
            self.paste.clear()

    def _import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Colleague's identity file"))
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
            show_error(self, self.tr("Choose the colleague whose fingerprint you compared."))
            return None
        colleague = self.rows[row]
        if colleague.verified:
            self.status.setText(self.tr("{name} is already verified.").format(name=colleague.name))
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
        self.status.setText(
            self.tr("{name} is verified: packages can now go both ways.").format(
                name=colleague.name
            )
        )
