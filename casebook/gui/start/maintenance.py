"""File ▸ Change passphrase…, New recovery key… and Verify casebook…, where users look for them.

Until now these were command-line only (``casebook passwd``, ``casebook verify``). Changing
the passphrase or the recovery key asks for the current passphrase first, so someone at an
unlocked, unattended computer cannot lock the owner out; key derivation and verification
run off the GUI thread. The verification report stays in its own window to be read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import WrongPassphrase

from ..shared.background import BackgroundOp, run_in_background
from ..shared.errors_dialog import show_error, user_message
from ..shared.keyboard import keyboard_order
from ..shared.passphrase_fields import PassphraseFields
from ..shared.plurals import english_plural
from ..shared.record_form import FieldMessage
from ..shared.recovery_key_page import RecoveryKeyPage
from ..shared.screen_fit import fit_to_screen
from ..shared.translation import phrase_text

if TYPE_CHECKING:
    from casebook.core.store.casebook import Casebook
    from casebook.core.verification import VerifyReport

    from ..shared.workspace import Workspace


def _current_passphrase_field() -> tuple[QLineEdit, FieldMessage, QWidget]:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(
        QCoreApplication.translate("ChangePassphraseDialog", "Current passphrase")
    )
    message = FieldMessage()
    edit.textChanged.connect(lambda _t: message.clear_message())
    cell = QWidget()
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(edit)
    box.addWidget(message)
    return edit, message, cell


def _check_current(book: Casebook, current: str) -> None:
    """Raises ``WrongPassphrase`` unless ``current`` opens this casebook (runs on a worker)."""
    book.slots.unlock_with_passphrase(current)


# What casebook.verification reports it checked (its keys, English), translated where shown.
CHECKED = frozenset(
    (
        QT_TRANSLATE_NOOP("VerifyWindow", "records bound to the audit log"),
        QT_TRANSLATE_NOOP("VerifyWindow", "audit entries"),
        QT_TRANSLATE_NOOP("VerifyWindow", "received audit entries"),
        QT_TRANSLATE_NOOP("VerifyWindow", "review signatures"),
        QT_TRANSLATE_NOOP("VerifyWindow", "time-stamps"),
        QT_TRANSLATE_NOOP("VerifyWindow", "evidence time-stamps"),
        QT_TRANSLATE_NOOP("VerifyWindow", "stored files"),
        QT_TRANSLATE_NOOP("VerifyWindow", "evidence items"),
        QT_TRANSLATE_NOOP("VerifyWindow", "custody signatures"),
    )
)


class _KeyDialog(QDialog):
    """The current passphrase, a busy bar and the buttons; subclasses say what to do."""

    action_text = ""  # English, marked with QT_TRANSLATE_NOOP in the subclass's context

    def __init__(self, book: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.operation: BackgroundOp | None = None
        self.current, self.current_message, self.current_cell = _current_passphrase_field()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.action_button = QPushButton(
            QCoreApplication.translate(type(self).__name__, self.action_text)
        )
        self.action_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.action_button)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.action_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.current_message.show_message(
                self.tr(
                    "This is not the passphrase that opens this casebook now. Nothing was changed."
                )
            )
            self.current.selectAll()
            self.current.setFocus()
            return
        show_error(self, exc, self.tr("Nothing was changed"))

    def submit(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self.operation is not None and self.operation.running:
            return  # the key slots are being written; wait for it to finish
        super().reject()


class ChangePassphraseDialog(_KeyDialog):
    action_text = QT_TRANSLATE_NOOP("ChangePassphraseDialog", "&Change passphrase")

    def __init__(self, book: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        intro = QLabel(
            self.tr(
                "The new passphrase opens this casebook from now on; the old one no longer does. "
                "The data is not rewritten. The recovery key stays as it is."
            )
        )
        intro.setWordWrap(True)
        self.secret = PassphraseFields(self, lambda: [book.folder.name])
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current_cell)
        self.secret.add_rows(form, self.tr("New passphrase:"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(self.buttons)
        keyboard_order(
            [self.current, *self.secret.focus_order(), self.cancel_button, self.action_button],
            self.action_button,
        )
        fit_to_screen(self, 520, 420)

    def submit(self) -> None:
        if self.operation is not None and self.operation.running:
            return
        problems = self.secret.problems()
        self.secret.show(problems)
        if not self.current.text():
            self.current_message.show_message(self.tr("Type the passphrase that opens it now."))
            return
        if problems:
            return
        book, current, new = self.book, self.current.text(), self.secret.text()

        def work(_report: object) -> None:
            _check_current(book, current)
            book.change_passphrase(new)

        self._set_busy(True)
        self.operation = run_in_background(work, self._changed, self._failed)

    def _changed(self, _result: object) -> None:
        self._set_busy(False)
        self.current.clear()
        self.secret.clear()
        self.accept()


class NewRecoveryKeyDialog(_KeyDialog):
    action_text = QT_TRANSLATE_NOOP("NewRecoveryKeyDialog", "&Make a new recovery key")

    def __init__(self, book: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.setObjectName("newRecoveryKeyDialog")
        self.setWindowTitle(self.tr("New recovery key"))
        intro = QLabel(
            self.tr(
                "A new recovery key replaces the old one: the old key will no longer open this "
                "casebook. Do this when the old key may have been seen, copied or lost."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current_cell)
        ask = QWidget()
        ask_layout = QVBoxLayout(ask)
        ask_layout.addWidget(intro)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.busy)
        ask_layout.addStretch(1)
        ask_layout.addLayout(self.buttons)
        self.key_page = RecoveryKeyPage(self.tr("The old key no longer opens this casebook."))
        self.key_page.acknowledged.connect(self.accept)
        self.pages = QStackedWidget()
        self.pages.addWidget(ask)
        self.pages.addWidget(self.key_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        keyboard_order([self.current, self.cancel_button, self.action_button], self.action_button)
        fit_to_screen(self, 560, 420)

    def submit(self) -> None:
        if self.operation is not None and self.operation.running:
            return
        if not self.current.text():
            self.current_message.show_message(self.tr("Type the passphrase that opens it now."))
            return
        book, current = self.book, self.current.text()

        def work(_report: object) -> str:
            _check_current(book, current)
            return book.replace_recovery_key()

        self._set_busy(True)
        self.operation = run_in_background(work, self._replaced, self._failed)

    def _replaced(self, key: str) -> None:
        self._set_busy(False)
        self.current.clear()
        self.key_page.show_key(key)
        self.pages.setCurrentWidget(self.key_page)
        keyboard_order(
            [self.key_page.written_down, self.key_page.continue_button],
            self.key_page.continue_button,
        )

    def reject(self) -> None:
        if self.pages.currentWidget() is self.key_page:
            return  # the old key is gone: the new one must be acknowledged first
        super().reject()


class VerifyWindow(QDialog):
    """Runs every check of ``casebook verify`` and keeps the report on screen."""

    def __init__(self, book: Casebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyWindow")
        self.setWindowTitle(self.tr("Verify the casebook"))
        self.book = book
        self.report: VerifyReport | None = None
        self.operation: BackgroundOp | None = None
        self.summary = QLabel(self.tr("Checking every file, record and signature…"))
        self.summary.setObjectName("verifySummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.lines = QListWidget()
        self.lines.setObjectName("verifyReport")
        self.lines.setAccessibleName(self.tr("Verification report"))
        self.lines.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.lines, 1)
        layout.addLayout(row)
        keyboard_order([self.lines, self.close_button], self.close_button)
        fit_to_screen(self, 640, 460)

    def start(self) -> None:
        from casebook.core.verification import verify_casebook

        book = self.book

        def work(report: object) -> VerifyReport:
            return verify_casebook(book, lambda what, done, total: report((what, done, total)))

        self.operation = run_in_background(work, self._done, self._failed, self._progressed)

    def _progressed(self, value: tuple[str, int, int]) -> None:
        what, done, total = value
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.summary.setText(self.tr("Checking {what}…").format(what=what))

    def _done(self, report: VerifyReport) -> None:
        self.operation = None
        self.report = report
        self.progress.hide()
        if report.ok:
            self.summary.setText(self.tr("All checks passed."))
        else:
            n = len(report.problems)
            self.summary.setText(
                english_plural(
                    self.tr(
                        "%n problem(s) found; each line below says what it is and what to do. "
                        "Change nothing in the casebook folder by hand until you know.",
                        "",
                        n,
                    ),
                    n,
                )
            )
            self.summary.setStyleSheet("font-weight: bold;")
        for problem in report.problems:
            self.lines.addItem(f"⚠ {phrase_text(problem)}")
        for what, count in report.checked.items():
            what = QCoreApplication.translate("VerifyWindow", what) if what in CHECKED else what
            self.lines.addItem(self.tr("Checked {count} {what}.").format(count=count, what=what))

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.progress.hide()
        self.summary.setText(user_message(exc))

    def reject(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.wait()  # read-only checks; they finish shortly
        super().reject()


class MaintenanceCommands:
    """Mixed into ``MainWindow`` (which provides ``workspace`` and ``statusBar``)."""

    workspace: Workspace | None

    def _book(self) -> Casebook | None:
        if self.workspace is None:
            return None
        view = getattr(self, "view", None)
        if view is not None:
            view.commit_pending()
        return self.workspace.book

    def _open_key_dialog(self, kind: type[_KeyDialog], done: str) -> _KeyDialog | None:
        if (book := self._book()) is None:
            return None
        dialog = kind(book, self)  # type: ignore[arg-type]
        status = self.statusBar()  # type: ignore[attr-defined]
        dialog.accepted.connect(lambda: status.showMessage(done, 10_000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def change_passphrase(self) -> _KeyDialog | None:
        return self._open_key_dialog(
            ChangePassphraseDialog,
            QCoreApplication.translate(
                "MainWindow",
                "Passphrase changed. The old passphrase no longer opens this casebook.",
            ),
        )

    def new_recovery_key(self) -> _KeyDialog | None:
        return self._open_key_dialog(
            NewRecoveryKeyDialog,
            QCoreApplication.translate(
                "MainWindow", "New recovery key made. The old key no longer opens this casebook."
            ),
        )

    def verify_casebook(self) -> VerifyWindow | None:
        if (book := self._book()) is None:
            return None
        window = VerifyWindow(book, self)  # type: ignore[arg-type]
        window.setWindowModality(Qt.WindowModality.WindowModal)  # no edits while checking
        window.finished.connect(window.deleteLater)
        window.open()
        window.start()
        return window
