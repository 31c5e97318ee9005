"""Creating a casebook: where, who, a passphrase with live strength, then the recovery key.

The recovery key is shown once, large and selectable, and the user must say they wrote it
down before going on: it is the only way back in if the passphrase is forgotten. Creation
(key derivation) runs on a worker thread so the dialog never freezes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.core.models.user import ROLES
from casebook.core.store.casebook import Casebook

from ..shared.background import BackgroundOp, run_in_background
from ..shared.errors_dialog import show_error
from ..shared.keyboard import keyboard_order
from ..shared.passphrase_fields import PassphraseFields
from ..shared.record_form import FieldMessage
from ..shared.recovery_key_page import RecoveryKeyPage
from ..shared.screen_fit import fit_to_screen

ROLE_LABELS = {  # English; shown translated (context "CreateDialog")
    "documenter": QT_TRANSLATE_NOOP("CreateDialog", "Documenter (field interviews)"),
    "legal": QT_TRANSLATE_NOOP("CreateDialog", "Legal analyst"),
    "supervisor": QT_TRANSLATE_NOOP("CreateDialog", "Supervisor (review)"),
}


class CreateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, location: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a casebook"))
        self.setObjectName("createDialog")
        self.book: Casebook | None = None
        self.operation: BackgroundOp | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._details_page(location or Path.home()))
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        keyboard_order(
            [self.location, self.browse_button, self.folder_name, self.user_name, self.role,
             *self.secret.focus_order(), self.cancel_button, self.create_button],
            self.create_button,
            helpers=[self.browse_button],
        )  # fmt: skip
        fit_to_screen(self, 560, 520)

    # -- page 1: details -----------------------------------------------------------------------

    def _details_page(self, location: Path) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "A casebook is one encrypted folder. Nothing in it can be read without your "
                "passphrase or the recovery key you will be shown next."
            )
        )
        intro.setWordWrap(True)

        self.location = QLineEdit(str(location))
        self.location.setAccessibleName(self.tr("Location"))
        self.browse_button = browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose location"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        self.folder_name = QLineEdit()
        self.folder_name.setAccessibleName(self.tr("Casebook folder name"))
        self.folder_name.setPlaceholderText(self.tr("for example: border-interviews-2025"))
        self.user_name = QLineEdit()
        self.user_name.setAccessibleName(self.tr("Your name"))
        self.user_name.setPlaceholderText(self.tr("as it will appear in the audit log"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Your role"))
        for role in ROLES:
            label = ROLE_LABELS.get(role)
            self.role.addItem(
                QCoreApplication.translate("CreateDialog", label) if label else role, role
            )
        self.secret = PassphraseFields(
            self, lambda: [self.user_name.text(), self.folder_name.text()]
        )
        self.passphrase, self.repeat = self.secret.passphrase, self.secret.repeat
        self.meter, self.accept_weak = self.secret.meter, self.secret.accept_weak
        self.messages = {"folder": FieldMessage(), **self.secret.messages}
        # A message is re-checked as the field is typed in, and goes once it is fixed.
        self.folder_name.textChanged.connect(lambda _t: self._recheck_folder())

        form = QFormLayout()
        form.addRow(self.tr("Location:"), where)
        form.addRow(self.tr("Folder name:"), self._with_message(self.folder_name, "folder"))
        form.addRow(self.tr("Your name:"), self.user_name)
        form.addRow(self.tr("Your role:"), self.role)
        self.secret.add_rows(form)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFormat(self.tr("Creating the casebook…"))
        self.busy.hide()
        self.create_button = QPushButton(self.tr("&Create"))
        self.create_button.clicked.connect(self.submit)
        self.cancel_button = cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _with_message(self, widget: QWidget, name: str) -> QWidget:
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        box.addWidget(self.messages[name])
        return cell

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where should the casebook folder be made?"), self.location.text()
        )
        if chosen:
            self.location.setText(chosen)

    def _recheck_folder(self) -> None:
        message = self.messages["folder"]
        if not message.isHidden():
            self._show_folder(self._folder_problem())

    def _show_folder(self, problem: str) -> None:
        message = self.messages["folder"]
        if problem:
            message.show_message(problem)
        else:
            message.clear_message()

    @property
    def folder(self) -> Path:
        return Path(self.location.text().strip()).expanduser() / self.folder_name.text().strip()

    def _folder_problem(self) -> str:
        name = self.folder_name.text().strip()
        if not name:
            return self.tr("Give the new casebook folder a name.")
        if "/" in name or "\\" in name:
            return self.tr("A folder name cannot contain / or \\.")
        return ""

    def _problems(self) -> dict[str, str]:
        folder = self._folder_problem()
        return {**({"folder": folder} if folder else {}), **self.secret.problems()}

    def submit(self) -> None:
        if self.operation is not None and self.operation.running:
            return
        problems = self._problems()
        self.secret.show(problems)
        self._show_folder(problems.get("folder", ""))
        if problems:
            return
        folder, secret = self.folder, self.passphrase.text()
        user, role = self.user_name.text().strip() or None, self.role.currentData()

        def work(_report: object) -> tuple[Casebook, str]:
            return Casebook.create(folder, secret, user, role)

        self._set_busy(True)
        self.operation = run_in_background(work, self._created, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.create_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self, exc, self.tr("The casebook could not be created"))

    def _created(self, result: tuple[Casebook, str]) -> None:
        self._set_busy(False)
        self.book, recovery = result
        self.passphrase.clear()
        self.repeat.clear()
        self.recovery_page.show_key(recovery)
        self.pages.setCurrentIndex(1)
        keyboard_order([self.written_down, self.continue_button], self.continue_button)

    # -- page 2: the recovery key ------------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        self.recovery_page = page = RecoveryKeyPage()
        self.recovery_text, self.written_down = page.recovery_text, page.written_down
        self.continue_button = page.continue_button
        page.acknowledged.connect(self.accept)
        return page

    def reject(self) -> None:
        if self.book is not None and self.pages.currentIndex() == 1:
            return  # the casebook exists; the key must be acknowledged first
        super().reject()
