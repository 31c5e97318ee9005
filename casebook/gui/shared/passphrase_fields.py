"""A new passphrase, typed twice, with its strength and an explicit "use it anyway" when weak.

Used where a casebook is created and where its passphrase is changed, so both refuse the
same passphrases with the same words. zxcvbn's score below 3 ("Fair" or less) is weak: it
is not enough against offline guessing by someone with a copy of the folder, so such a
passphrase is used only when the user ticks that they accept the risk (issue 14). A
refusal is re-checked as the user types and goes once the field is fixed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from .record_form import FieldMessage
from .strength_meter import MIN_LENGTH, StrengthMeter
from .strength_meter import label as strength_label

WEAK_BELOW = 3  # zxcvbn: 3 is "safely unguessable" against offline guessing with a slow hash


class PassphraseFields(QObject):
    """The widgets; ``add_rows`` puts them into the caller's form so the labels line up."""

    def __init__(self, parent: QObject, user_inputs: Callable[[], list[str]] = lambda: []) -> None:
        super().__init__(parent)
        self.user_inputs = user_inputs  # the user's own words (name, folder) score as weak
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.meter = StrengthMeter()
        self.accept_weak = QCheckBox(
            self.tr(
                "Use this weak passphrase anyway (anyone with a copy of the folder could guess it)"
            )
        )
        self.accept_weak.setObjectName("acceptWeakPassphrase")
        self.accept_weak.setAccessibleDescription(
            self.tr("Only if you accept that someone with a copy of the folder could guess it")
        )
        self.accept_weak.hide()
        self.messages = {name: FieldMessage() for name in ("passphrase", "repeat")}
        self.passphrase.textChanged.connect(self._passphrase_changed)
        self.repeat.textChanged.connect(lambda _t: self.recheck())
        self.accept_weak.toggled.connect(lambda _c: self.recheck())

    def add_rows(self, form: QFormLayout, label: str = "") -> None:
        form.addRow(
            label or self.tr("Passphrase:"),
            _with_message(self.passphrase, self.messages["passphrase"]),
        )
        form.addRow("", self.meter)
        form.addRow("", self.accept_weak)
        form.addRow(self.tr("Repeat it:"), _with_message(self.repeat, self.messages["repeat"]))

    def focus_order(self) -> list[QWidget]:
        return [self.passphrase, self.accept_weak, self.repeat]

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def weak(self) -> bool:
        """Long enough to be allowed, but zxcvbn scores it below 3."""
        return len(self.passphrase.text()) >= MIN_LENGTH and self.meter.score < WEAK_BELOW

    def problems(self) -> dict[str, str]:
        secret = self.passphrase.text()
        if len(secret) < MIN_LENGTH:
            return {
                "passphrase": self.tr(
                    "Choose a passphrase of at least {count} characters; several words are best."
                ).format(count=MIN_LENGTH)
            }
        if self.weak() and not self.accept_weak.isChecked():
            return {
                "passphrase": self.tr(
                    "This passphrase is “{strength}”: a program can guess it quickly. Anyone "
                    "who gets a copy of the casebook folder (a lost laptop, a seized USB drive, "
                    "a backup) could then read every statement and the names of the people who "
                    "gave them. Choose several unrelated words, or tick “Use this weak "
                    "passphrase anyway” if you accept that risk."
                ).format(strength=strength_label(self.meter.score))
            }
        if self.repeat.text() != secret:
            return {
                "repeat": self.tr("The two passphrases differ. Type the same passphrase twice.")
            }
        return {}

    def show(self, problems: dict[str, str]) -> None:
        """Show each problem beside its field and clear the others."""
        for name, message in self.messages.items():
            if name in problems:
                message.show_message(problems[name])
            else:
                message.clear_message()

    def recheck(self) -> None:
        """Update the messages already shown: a fixed field loses its message at once."""
        problems = self.problems()
        for name, message in self.messages.items():
            if message.isHidden():
                continue
            if name in problems:
                message.show_message(problems[name])
            else:
                message.clear_message()

    def _passphrase_changed(self, text: str) -> None:
        self.meter.update_for(text, self.user_inputs())
        # Accepting a weak passphrase is for the one it was accepted for, not the next.
        self.accept_weak.setChecked(False)
        self.accept_weak.setVisible(self.weak())
        self.recheck()


def _with_message(widget: QWidget, message: FieldMessage) -> QWidget:
    cell = QWidget()
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(widget)
    box.addWidget(message)
    return cell
