"""Exchange ▸ Send case package…: a case, encrypted and signed for chosen colleagues.

Packages only go to verified colleagues (the core refuses others). An unverified colleague
is listed as such; ticking them opens the fingerprint check first, and the tick stays only
if the user confirms it. Protected identities stay out unless the user ticks them in, with
a warning. Writing runs off the GUI thread; the result names the file and the sender's
fingerprint, which the recipient compares when they import it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.core.exchange.packager import PackageResult

from ..shared.background import BackgroundOp, run_in_background
from ..shared.errors_dialog import show_error, user_message
from ..shared.screen_fit import fit_to_screen
from ..shared.workspace import Workspace
from . import exchange_service as service
from .identities_dialog import VerifyDialog, fingerprint_label

FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole


class PackageDialog(QDialog):
    def __init__(self, workspace: Workspace, case_id: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("packageDialog")
        self.setWindowTitle(self.tr("Send case package"))
        self.workspace = workspace
        self.operation: BackgroundOp | None = None
        self.result: PackageResult | None = None
        self.verify_dialog: VerifyDialog | None = None
        _text, self.own_fingerprint = service.own_identity(workspace)

        self.case = QComboBox()
        self.case.setAccessibleName(self.tr("Case"))
        for case in workspace.cases():
            self.case.addItem(f"{case.reference} — {case.title}", case.reference)
            if case.id == case_id:
                self.case.setCurrentIndex(self.case.count() - 1)
        self.recipients = QListWidget()
        self.recipients.setObjectName("recipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setMinimumHeight(90)
        self.colleagues = [c for c in service.colleagues(workspace) if not c.own]
        for colleague in self.colleagues:
            self._add_recipient(colleague)
        self.recipients.itemChanged.connect(self._recipient_ticked)
        self.since_last = QCheckBox(
            self.tr("Only changes since the last package to these recipients")
        )
        self.with_identities = QCheckBox(
            self.tr("Include protected identities (real names, contacts)")
        )
        self.identity_warning = QLabel(
            self.tr(
                "Real names and contacts of witnesses will leave this casebook. Include them "
                "only if the recipients need them and the witnesses agreed."
            )
        )
        self.identity_warning.setObjectName("identityWarning")
        self.identity_warning.setWordWrap(True)
        self.identity_warning.setStyleSheet("color: #9a1c1c;")
        self.identity_warning.hide()
        self.with_identities.toggled.connect(self.identity_warning.setVisible)
        self.out = QLineEdit()
        self.out.setAccessibleName(self.tr("Package file"))
        self.out.setPlaceholderText(self.tr("where to write the package (.cbpkg)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Case:"), self.case)
        form.addRow(self.tr("Recipients:"), self.recipients)
        form.addRow("", self.since_last)
        form.addRow("", self.with_identities)
        form.addRow("", self.identity_warning)
        form.addRow(self.tr("Package file:"), out_row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("packageStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_out = QLabel(
            self.tr("Read this fingerprint to the recipients when they import it:")
        )
        self.read_out.setWordWrap(True)
        self.fingerprint = fingerprint_label(self.own_fingerprint)
        self.read_out.hide()
        self.fingerprint.hide()
        self.send_button = QPushButton(self.tr("Write package"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.read_out)
        layout.addWidget(self.fingerprint)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_to_screen(self, 640, 520)

    def _add_recipient(self, colleague: service.Colleague) -> None:
        item = QListWidgetItem(self._recipient_text(colleague, colleague.verified))
        item.setData(FINGERPRINT_ROLE, colleague.fingerprint)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        if not colleague.verified:
            item.setForeground(Qt.GlobalColor.darkRed)
        self.recipients.addItem(item)

    def _recipient_text(self, colleague: service.Colleague, verified: bool) -> str:
        if verified:
            text = self.tr("{name} ({role}) · verified")
        else:
            text = self.tr("{name} ({role}) · NOT VERIFIED — tick to compare fingerprints")
        return text.format(name=colleague.name, role=service.role_word(colleague.role))

    def recipient_item(self, name: str) -> QListWidgetItem:
        """The list row of a colleague, found by name (not by the translated row text)."""
        return self.recipients.item(
            next(i for i, c in enumerate(self.colleagues) if c.name == name)
        )

    def _recipient_ticked(self, item: QListWidgetItem) -> None:
        """Ticking an unverified colleague asks for the fingerprint check first."""
        if item.checkState() != Qt.CheckState.Checked:
            return
        row = self.recipients.row(item)
        colleague = self.colleagues[row]
        if colleague.verified:
            return
        dialog = VerifyDialog(colleague, self.own_fingerprint, self)
        dialog.accepted.connect(lambda: self._verified(row))
        dialog.rejected.connect(lambda: item.setCheckState(Qt.CheckState.Unchecked))
        dialog.finished.connect(dialog.deleteLater)
        self.verify_dialog = dialog
        dialog.open()

    def _verified(self, row: int) -> None:
        colleague = self.colleagues[row]
        try:
            service.mark_verified(self.workspace, colleague.fingerprint)
        except Exception as exc:  # shown as the core's sentence; the tick is taken back
            self.recipients.item(row).setCheckState(Qt.CheckState.Unchecked)
            show_error(self, exc)
            return
        self.colleagues[row] = service.Colleague(
            colleague.fingerprint, colleague.name, colleague.role, True, False
        )
        self.recipients.blockSignals(True)
        self.recipients.item(row).setText(self._recipient_text(colleague, True))
        self.recipients.item(row).setForeground(self.palette().text())
        self.recipients.blockSignals(False)

    def chosen(self) -> list[str]:
        return [
            self.recipients.item(i).data(FINGERPRINT_ROLE)
            for i in range(self.recipients.count())
            if self.recipients.item(i).checkState() == Qt.CheckState.Checked
            and self.colleagues[i].verified
        ]

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Package file"), f"{self.case.currentData() or 'case'}.cbpkg"
        )
        if name:
            self.out.setText(name)

    def start(self) -> None:
        if self.case.currentData() is None:
            show_error(self, self.tr("There is no case to send yet."))
            return
        fingerprints = self.chosen()
        if not fingerprints:
            show_error(
                self, self.tr("Tick at least one verified colleague to send the package to.")
            )
            return
        if not self.out.text().strip():
            show_error(self, self.tr("Choose where to write the package file."))
            return
        self._busy(True)
        self.result = None
        job = service.package_job(
            self.workspace,
            self.case.currentData(),
            fingerprints,
            Path(self.out.text().strip()),
            self.since_last.isChecked(),
            self.with_identities.isChecked(),
        )
        self.operation = run_in_background(job, self._done, self._failed, self._progressed)

    def _busy(self, busy: bool) -> None:
        for widget in (self.send_button, self.close_button, self.case, self.recipients, self.out):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.status.setText(self.tr("Writing the encrypted package…"))

    def _progressed(self, written: int) -> None:
        megabytes = f"{written / 1_048_576:.1f}"
        self.status.setText(
            self.tr("Writing the encrypted package… {megabytes} MB").format(megabytes=megabytes)
        )

    def _done(self, result: PackageResult) -> None:
        self.operation = None
        self.result = result
        self._busy(False)
        self.send_button.setEnabled(False)
        separator = self.tr(", ", "list separator")
        parts = separator.join(
            self.tr("{count} {kind}").format(count=n, kind=service.kind_word(kind))
            for kind, n in sorted(result.units.items())
        )
        self.status.setText(
            self.tr(
                "Wrote {path} for {recipients}: {parts}; %n attachment(s). Send the file by "
                "any channel: only the recipients can open it.",
                "",
                result.attachments,
            ).format(
                path=result.path,
                recipients=separator.join(result.recipients),
                parts=parts or self.tr("nothing changed since the last package"),
            )
        )
        self.read_out.show()
        self.fingerprint.show()
        self.workspace.refresh()  # custody events recorded by the package

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self._busy(False)
        self.status.setText(user_message(exc))
        show_error(self, exc, self.tr("The package was not written"))

    def reject(self) -> None:
        if self.operation is not None and self.operation.running:
            return  # the package is written in one transaction; wait for it
        super().reject()
