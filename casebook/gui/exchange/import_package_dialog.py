"""Exchange ▸ Import package…: check first (a dry run that writes nothing), then import.

The check decrypts and verifies the whole package off the GUI thread and shows who signed
it, what would be added or changed and what would conflict. A sender whose identity is not
verified here is shown with a warning, and importing then needs an explicit tick. A refused
package (altered, not for us, seen before) shows the core's sentence; nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.core.exchange.importer import ImportResult
from casebook.core.phrase import Phrase

from ..shared.background import BackgroundOp, run_in_background
from ..shared.errors_dialog import show_error, user_message
from ..shared.keyboard import keyboard_order
from ..shared.screen_fit import fit_to_screen
from ..shared.translation import phrase_text
from ..shared.workspace import Workspace
from . import exchange_service as service
from .identities_dialog import fingerprint_label

SENDER_WARNINGS = {
    "unverified": QT_TRANSLATE_NOOP(
        "ImportPackageDialog",
        "This sender's identity is stored here but NOT VERIFIED. Call them and "
        "compare the fingerprint shown above before you import.",
    ),
    "unknown": QT_TRANSLATE_NOOP(
        "ImportPackageDialog",
        "This sender is UNKNOWN here: anyone could have made this package. Compare the "
        "fingerprint shown above with the sender by phone or in person before you import.",
    ),
}
SENDER_STATUS = {
    "verified": QT_TRANSLATE_NOOP("ImportPackageDialog", "verified"),
    "unverified": QT_TRANSLATE_NOOP("ImportPackageDialog", "unverified"),
    "unknown": QT_TRANSLATE_NOOP("ImportPackageDialog", "unknown"),
}


class ImportPackageDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPackageDialog")
        self.setWindowTitle(self.tr("Import package"))
        self.workspace = workspace
        self.operation: BackgroundOp | None = None
        self.preview: ImportResult | None = None
        self.result: ImportResult | None = None
        self._previewed: Path | None = None

        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Package file"))
        self.file.setPlaceholderText(self.tr("a .cbpkg file from a colleague"))
        self.file.textChanged.connect(lambda _t: self._invalidate())
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.check_button = QPushButton(self.tr("Check package"))
        self.check_button.clicked.connect(self.check)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Package:")))
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        file_row.addWidget(self.check_button)

        self.sender_box = QGroupBox(self.tr("Sender"))
        self.sender = QLabel()
        self.sender.setObjectName("sender")
        self.sender.setWordWrap(True)
        self.fingerprint = fingerprint_label("")
        self.fingerprint.setObjectName("senderFingerprint")
        self.warning = QLabel()
        self.warning.setObjectName("senderWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a1c1c; font-weight: bold;")
        self.accept_unverified = QCheckBox(
            self.tr("I compared the fingerprint with the sender and accept this package")
        )
        self.accept_unverified.toggled.connect(lambda _c: self._update_import_button())
        sender_layout = QVBoxLayout(self.sender_box)
        for widget in (self.sender, self.fingerprint, self.warning, self.accept_unverified):
            sender_layout.addWidget(widget)
        self.sender_box.hide()

        self.changes = QListWidget()
        self.changes.setObjectName("changes")
        self.changes.setAccessibleName(self.tr("What the import will add or change"))
        self.conflicts_title = QLabel()
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setAccessibleName(
            self.tr("Conflicts the import will keep for you to decide")
        )
        self.conflicts.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(self.tr("Choose a package, then check it: nothing is imported yet."))
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.sender_box)
        layout.addWidget(QLabel(self.tr("What will be added or changed:")))
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        fit_to_screen(self, 720, 680)
        # Enter checks the package; importing is a button of its own, pressed on purpose.
        keyboard_order([self.file, browse, self.check_button], self.check_button, [browse])

    # -- choosing and checking ---------------------------------------------------------------

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Package to import"),
            "",
            self.tr("Casebook packages (*.cbpkg);;All files (*)"),
        )
        if name:
            self.file.setText(name)
            self.check()

    def _invalidate(self) -> None:
        self.preview = None
        self._previewed = None
        self.import_button.setEnabled(False)

    def check(self) -> None:
        """The dry run: everything is decrypted and checked, nothing is kept."""
        text = self.file.text().strip()
        if not text:
            show_error(self, self.tr("Choose the package file to import."))
            return
        path = Path(text)
        self._invalidate()
        self.sender_box.hide()
        self.changes.clear()
        self.conflicts.clear()
        self.conflicts_title.clear()
        self._busy(True, self.tr("Decrypting and checking the package…"))
        # Accepted for the preview only, so the user can see who sent it before deciding.
        job = service.import_job(self.workspace, path, dry_run=True, accept_unverified=True)
        self.operation = run_in_background(
            job, lambda r: self._checked(path, r), self._failed, None
        )

    def _checked(self, path: Path, preview: ImportResult) -> None:
        self.operation = None
        self._busy(False)
        self.preview, self._previewed = preview, path
        status = preview.sender_status
        self.sender.setText(
            self.tr("<b>{name}</b> ({role}) — {status} — case {reference}, made {made} UTC").format(
                name=preview.sender_name,
                role=service.role_word(preview.sender_role),
                status=QCoreApplication.translate("ImportPackageDialog", SENDER_STATUS[status])
                if status in SENDER_STATUS
                else status,
                reference=preview.case_reference,
                made=f"{preview.created_at:%Y-%m-%d %H:%M}",
            )
        )
        self.fingerprint.setText(_two_lines(preview.sender_fingerprint))
        warning = SENDER_WARNINGS.get(preview.sender_status, "")
        warning = QCoreApplication.translate("ImportPackageDialog", warning) if warning else ""
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.accept_unverified.setChecked(False)
        self.accept_unverified.setVisible(bool(warning))
        self.sender_box.show()
        self.changes.addItems(service.change_lines(preview))
        self.changes.addItems(
            self.tr("Note: {note}").format(note=phrase_text(n)) for n in preview.notes
        )
        conflicts = preview.summary.conflicts
        self.conflicts_title.setText(
            self.tr(
                "%n conflict(s): your version is kept, theirs stored for you to "
                "decide (Exchange ▸ Conflicts…).",
                "",
                len(conflicts),
            )
            if conflicts
            else self.tr("No conflicts.")
        )
        self.conflicts.setVisible(bool(conflicts))
        for c in conflicts:
            reason = phrase_text(Phrase(c.reason))  # stored English, looked up as a template
            self.conflicts.addItem(
                f"{service.kind_word(c.kind)} {c.unit_id}: {', '.join(c.fields)} ({reason})"
            )
        self.status.setText(self.tr("Checked: nothing is imported yet."))
        self._update_import_button()

    def needs_confirmation(self) -> bool:
        return self.preview is not None and self.preview.sender_status != "verified"

    def _update_import_button(self) -> None:
        ready = self.preview is not None and self.operation is None
        if self.needs_confirmation():
            ready = ready and self.accept_unverified.isChecked()
        self.import_button.setEnabled(ready)

    # -- importing ---------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.preview is None or self._previewed is None:
            show_error(self, self.tr("Check the package first."))
            return
        accept = self.accept_unverified.isChecked()
        if self.needs_confirmation() and not accept:
            show_error(
                self,
                self.tr(
                    "The sender is not verified here. Compare the fingerprint with them and tick "
                    "the confirmation, or close this window."
                ),
            )
            return
        self._busy(True, self.tr("Importing…"))
        job = service.import_job(self.workspace, self._previewed, False, accept)
        self.operation = run_in_background(job, self._imported, self._failed, None)

    def _imported(self, result: ImportResult) -> None:
        self.operation = None
        self.result = result
        self._busy(False)
        self.import_button.setEnabled(False)
        self.accept_unverified.setEnabled(False)
        self.changes.clear()
        self.changes.addItems(service.change_lines(result))
        conflicts = len(result.summary.conflicts)
        text = (
            self.tr(
                "Imported case {reference} from {sender}: {new} new, {updated} updated, "
                "%n conflict(s) — resolve them in Exchange ▸ Conflicts….",
                "",
                conflicts,
            )
            if conflicts
            else self.tr(
                "Imported case {reference} from {sender}: {new} new, {updated} updated, "
                "0 conflict(s)."
            )
        )
        self.status.setText(
            text.format(
                reference=result.case_reference,
                sender=result.sender_name,
                new=service.count(result, "inserted"),
                updated=service.count(result, "updated"),
            )
        )
        self.workspace.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self._busy(False)
        self._invalidate()
        self.status.setText(user_message(exc))
        show_error(self, exc, self.tr("The package was not imported"))

    def _busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.check_button, self.file, self.close_button, self.import_button):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.status.setText(text)
        else:
            self._update_import_button()

    def reject(self) -> None:
        if self.operation is not None and self.operation.running:
            return  # one transaction; it finishes or writes nothing
        super().reject()


def _two_lines(fingerprint: str) -> str:
    groups = fingerprint.split()
    return " ".join(groups[:4]) + "\n" + " ".join(groups[4:]) if len(groups) == 8 else fingerprint
