"""Creating a casebook: where, who, a passphrase with live strength, then the recovery key.

The recovery key is shown once, large and selectable, and the user must say they wrote it
down before going on: it is the only way back in if the passphrase is forgotten. Creation
(key derivation) runs on a worker thread so the dialog never freezes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
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
from ..shared.record_form import FieldMessage
from ..shared.screen_fit import fit_to_screen
from ..shared.strength_meter import LABELS, MIN_LENGTH, StrengthMeter

WEAK_BELOW = 3  # zxcvbn: 3 is "safely unguessable" against offline guessing with a slow hash
ROLE_LABELS = {
    "documenter": "Documenter (field interviews)",
    "legal": "Legal analyst",
    "supervisor": "Supervisor (review)",
}


class CreateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, location: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Create a casebook")
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
             self.passphrase, self.accept_weak, self.repeat, self.cancel_button,
             self.create_button],
            self.create_button,
            helpers=[self.browse_button],
        )  # fmt: skip
        fit_to_screen(self, 560, 520)

    # -- page 1: details -----------------------------------------------------------------------

    def _details_page(self, location: Path) -> QWidget:
        page = QWidget()
        intro = QLabel(
            "A casebook is one encrypted folder. Nothing in it can be read without your "
            "passphrase or the recovery key you will be shown next."
        )
        intro.setWordWrap(True)

        self.location = QLineEdit(str(location))
        self.location.setAccessibleName("Location")
        self.browse_button = browse = QPushButton("&Browse…")
        browse.setAccessibleName("Choose location")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        self.folder_name = QLineEdit()
        self.folder_name.setAccessibleName("Casebook folder name")
        self.folder_name.setPlaceholderText("for example: border-interviews-2025")
        self.user_name = QLineEdit()
        self.user_name.setAccessibleName("Your name")
        self.user_name.setPlaceholderText("as it will appear in the audit log")
        self.role = QComboBox()
        self.role.setAccessibleName("Your role")
        for role in ROLES:
            self.role.addItem(ROLE_LABELS.get(role, role), role)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        self.passphrase.textChanged.connect(self._passphrase_changed)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName("Repeat passphrase")
        self.meter = StrengthMeter()
        self.accept_weak = QCheckBox(
            "Use this weak passphrase anyway (anyone with a copy of the folder could guess it)"
        )
        self.accept_weak.setObjectName("acceptWeakPassphrase")
        self.accept_weak.setAccessibleDescription(
            "Only if you accept that someone with a copy of the folder could guess it"
        )
        self.accept_weak.hide()
        self.messages = {name: FieldMessage() for name in ("folder", "passphrase", "repeat")}
        # A message is re-checked as the field is typed in, and goes once it is fixed.
        for edit in (self.folder_name, self.passphrase, self.repeat):
            edit.textChanged.connect(lambda _t: self._recheck())
        self.accept_weak.toggled.connect(lambda _c: self._recheck())

        form = QFormLayout()
        form.addRow("Location:", where)
        form.addRow("Folder name:", self._with_message(self.folder_name, "folder"))
        form.addRow("Your name:", self.user_name)
        form.addRow("Your role:", self.role)
        form.addRow("Passphrase:", self._with_message(self.passphrase, "passphrase"))
        form.addRow("", self.meter)
        form.addRow("", self.accept_weak)
        form.addRow("Repeat it:", self._with_message(self.repeat, "repeat"))

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFormat("Creating the casebook…")
        self.busy.hide()
        self.create_button = QPushButton("&Create")
        self.create_button.clicked.connect(self.submit)
        self.cancel_button = cancel = QPushButton("Cancel")
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
            self, "Where should the casebook folder be made?", self.location.text()
        )
        if chosen:
            self.location.setText(chosen)

    def _passphrase_changed(self, text: str) -> None:
        self.meter.update_for(text, [self.user_name.text(), self.folder_name.text()])
        # Accepting a weak passphrase is for the one it was accepted for, not the next.
        self.accept_weak.setChecked(False)
        self.accept_weak.setVisible(self._weak())

    def _weak(self) -> bool:
        """Long enough to be allowed, but zxcvbn scores it below 3 ("Fair" or less)."""
        return len(self.passphrase.text()) >= MIN_LENGTH and self.meter.score < WEAK_BELOW

    def _recheck(self) -> None:
        problems = self._problems()
        for name, message in self.messages.items():
            if message.isHidden():
                continue
            if name in problems:
                message.show_message(problems[name])
            else:
                message.clear_message()

    @property
    def folder(self) -> Path:
        return Path(self.location.text().strip()).expanduser() / self.folder_name.text().strip()

    def _problems(self) -> dict[str, str]:
        problems = {}
        name = self.folder_name.text().strip()
        if not name:
            problems["folder"] = "Give the new casebook folder a name."
        elif "/" in name or "\\" in name:
            problems["folder"] = "A folder name cannot contain / or \\."
        secret = self.passphrase.text()
        if len(secret) < MIN_LENGTH:
            problems["passphrase"] = (
                f"Choose a passphrase of at least {MIN_LENGTH} characters; several words are best."
            )
        elif self._weak() and not self.accept_weak.isChecked():
            problems["passphrase"] = (
                f"This passphrase is “{LABELS[self.meter.score]}”: a program can guess it quickly. "
                "Anyone who gets a copy of the casebook folder (a lost laptop, a seized USB "
                "drive, a backup) could then read every statement and the names of the people "
                "who gave them. Choose several unrelated words, or tick “Use this weak "
                "passphrase anyway” if you accept that risk."
            )
        elif self.repeat.text() != secret:
            problems["repeat"] = "The two passphrases differ. Type the same passphrase twice."
        return problems

    def submit(self) -> None:
        if self.operation is not None and self.operation.running:
            return
        problems = self._problems()
        for name, message in self.messages.items():
            if name in problems:
                message.show_message(problems[name])
            else:
                message.clear_message()
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
        show_error(self, exc, "The casebook could not be created")

    def _created(self, result: tuple[Casebook, str]) -> None:
        self._set_busy(False)
        self.book, recovery = result
        self.passphrase.clear()
        self.repeat.clear()
        self.recovery_text.setText(recovery)
        self.pages.setCurrentIndex(1)
        keyboard_order([self.written_down, self.continue_button], self.continue_button)

    # -- page 2: the recovery key ------------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel("Write down your recovery key")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        explain = QLabel(
            "If the passphrase is forgotten, this key is the only way to open the casebook. "
            "Write it on paper and keep it apart from this computer. It is shown only now."
        )
        explain.setWordWrap(True)
        self.recovery_text = QLabel()
        self.recovery_text.setObjectName("recoveryKey")
        self.recovery_text.setAccessibleName("Recovery key")
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
        self.written_down = QCheckBox("I have written down the recovery key")
        self.continue_button = QPushButton("C&ontinue")
        self.continue_button.setEnabled(False)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addSpacing(12)
        layout.addWidget(self.recovery_text)
        layout.addSpacing(12)
        layout.addWidget(self.written_down)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _finish(self) -> None:
        if self.written_down.isChecked():
            self.recovery_text.clear()  # do not keep it in a widget longer than needed
            self.accept()

    def reject(self) -> None:
        if self.book is not None and self.pages.currentIndex() == 1:
            return  # the casebook exists; the key must be acknowledged first
        super().reject()
