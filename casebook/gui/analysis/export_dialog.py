"""File ▸ Export complaint bundle…: choose, review what consent keeps out, then export.

The plan (``plan_export``) is shown first, every omission with its reason, and the export
starts only when the user confirms it. Writing runs off the GUI thread with progress and
Cancel (a cancelled export leaves nothing behind); the bundle is then checked against its
signed manifest (``verify_bundle``) and the result shown with the bundle's location.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
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

from casebook.core.analysis import list_charges
from casebook.core.errors import CasebookError
from casebook.core.export.plan import ExportRequest, LeftOut, plan_export
from casebook.core.export.strings import LANGUAGES, addressees
from casebook.core.phrase import Phrase

from ..shared.background import BackgroundOp, run_in_background
from ..shared.bidi_text import isolate
from ..shared.errors_dialog import show_error, user_message
from ..shared.keyboard import keyboard_order
from ..shared.plurals import english_plural
from ..shared.screen_fit import compact_combo, fit_to_screen, scrolling
from ..shared.translation import phrase_text
from ..shared.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
EDITIONS = (
    ("filing", QT_TRANSLATE_NOOP("ExportDialog", "Filing — for the prosecutor")),
    (
        "internal",
        QT_TRANSLATE_NOOP(
            "ExportDialog", "Internal — working copy with gaps and contradicting material"
        ),
    ),
)
# The complaint's languages: (endonym, as is; its name in the interface's language).
LANGUAGE_NAMES = {
    "en": ("English", QT_TRANSLATE_NOOP("ExportDialog", "English")),
    "de": ("Deutsch", QT_TRANSLATE_NOOP("ExportDialog", "German")),
}

# What each entry of the plan is (LeftOut.what, a code of the core), as the plan shows it.
LEFT_OUT_KINDS = {
    "testimony": QT_TRANSLATE_NOOP("ExportDialog", "testimony"),
    "evidence": QT_TRANSLATE_NOOP("ExportDialog", "evidence"),
    "incident": QT_TRANSLATE_NOOP("ExportDialog", "incident"),
    "passage": QT_TRANSLATE_NOOP("ExportDialog", "passage"),
    "identity": QT_TRANSLATE_NOOP("ExportDialog", "identity"),
    "name": QT_TRANSLATE_NOOP("ExportDialog", "name"),
    "override": QT_TRANSLATE_NOOP("ExportDialog", "override"),
    "law": QT_TRANSLATE_NOOP("ExportDialog", "law"),
    "citation": QT_TRANSLATE_NOOP("ExportDialog", "citation"),
}


def left_out_text(entry: LeftOut) -> str:
    """One line of the plan in the interface language: what, which one, and why."""
    kind = LEFT_OUT_KINDS.get(entry.what)
    return QCoreApplication.translate("ExportDialog", "{kind}: {label} — {reason}").format(
        kind=QCoreApplication.translate("ExportDialog", kind) if kind else entry.what,
        label=phrase_text(entry.label_phrase),
        reason=phrase_text(entry.reason_phrase),
    )


def language_name(code: str) -> str:
    """``Deutsch (German)``: the endonym, and beside it the interface's name when it differs."""
    if code not in LANGUAGE_NAMES:
        return code
    endonym, name = LANGUAGE_NAMES[code]
    name = QCoreApplication.translate("ExportDialog", name)
    return endonym if name == endonym else f"{endonym} ({name})"


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    folder: Path | None
    pages: int
    exhibits: int
    verified: bool | None  # None: nothing readable to check (encrypted .age only)
    problems: tuple[Phrase, ...]  # shown with phrase_text


def _export(
    workspace: Workspace,
    request: ExportRequest,
    out: Path,
    make_zip: bool,
    encrypt_to: str | None,
    cancel: threading.Event,
    report: Any,
) -> ExportOutcome:
    """Runs on a worker thread: the core opens its own session there."""
    from casebook.core.export.bundle import export_bundle
    from casebook.core.export.manifest import verify_bundle

    result = export_bundle(
        workspace.book,
        request,
        out,
        make_zip=make_zip,
        encrypt_to=encrypt_to,
        progress=lambda message, done, total: report((message, done, total)),
        cancel=cancel,
    )
    checked = result.folder or result.zip_path
    check = verify_bundle(checked) if checked is not None else None
    return ExportOutcome(
        result.path,
        result.folder,
        result.pages,
        result.exhibits,
        check.ok if check else None,
        tuple(check.problems) if check else (),
    )


class ExportDialog(QDialog):
    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export complaint bundle"))
        fit_to_screen(self, 760, 640)
        self.workspace = workspace
        self.case = workspace.get("case", case_id)
        self.operation: BackgroundOp | None = None
        self.outcome: ExportOutcome | None = None
        self._reviewed: ExportRequest | None = None

        self.charges = QListWidget()
        self.charges.setAccessibleName(self.tr("Charges to include"))
        self.charges.setMaximumHeight(96)
        for charge in list_charges(workspace.session, self.case):
            item = QListWidgetItem(f"{isolate(charge.crime_id)} {charge.title}".strip())
            item.setData(ID_ROLE, charge.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.charges.addItem(item)
        self.addressee = compact_combo()
        self.addressee.setAccessibleName(self.tr("Addressee"))
        for key, entry in addressees().items():
            self.addressee.addItem(
                self.tr("{addressee} (consent must name {jurisdiction})").format(
                    addressee=entry.short, jurisdiction=entry.jurisdiction
                ),
                key,
            )
        self.edition = compact_combo()
        self.edition.setAccessibleName(self.tr("Edition"))
        for key, label in EDITIONS:
            self.edition.addItem(QCoreApplication.translate("ExportDialog", label), key)
        self.language = compact_combo()
        self.language.setAccessibleName(self.tr("Language of the complaint"))
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.pattern_annex = QCheckBox(self.tr("Add a pattern annex (counts only, no identities)"))
        self.pattern_annex.setToolTip(  # pattern_annex.py
            self.tr(
                "Incidents by month, area, victim group, unit and crime, as tables and charts; "
                "counts of persons below 3 are shown as '< 3'."
            )
        )
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Output folder"))
        self.folder.setPlaceholderText(self.tr("a folder outside the casebook"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.make_zip = QCheckBox(self.tr("Also pack the bundle into a zip file"))
        self.encrypt_to = QLineEdit()
        self.encrypt_to.setAccessibleName(self.tr("Encrypt to age public key"))
        self.encrypt_to.setPlaceholderText(
            self.tr("age1… (optional: one encrypted file, no plain folder)")
        )

        form = QFormLayout()
        form.addRow(self.tr("Charges:"), self.charges)
        form.addRow(self.tr("Addressee:"), self.addressee)
        form.addRow(self.tr("Edition:"), self.edition)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Output folder:"), folder_row)
        form.addRow("", self.make_zip)
        form.addRow("", self.pattern_annex)
        form.addRow(self.tr("Encrypt to:"), self.encrypt_to)

        self.plan_title = QLabel(
            self.tr("Check the plan first: what consent keeps out is listed here.")
        )
        self.plan_title.setWordWrap(True)
        self.plan = QListWidget()
        self.plan.setObjectName("exportPlan")
        self.plan.setAccessibleName(self.tr("What the bundle will leave out, and why"))
        self.plan.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_button = QPushButton(self.tr("Check what will be left out"))
        self.review_button.clicked.connect(self.review)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(form)
        content.addWidget(self.plan_title)
        content.addWidget(self.plan, 1)
        content.addWidget(self.progress)
        content.addWidget(self.status)
        self.plan.setMinimumHeight(72)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content), 1)  # a small screen scrolls; buttons stay
        layout.addLayout(buttons)
        # Enter checks the plan first; once it is shown, Enter exports (see ``review``).
        keyboard_order(
            [self.charges, self.addressee, self.edition, self.language, self.folder, browse,
             self.make_zip, self.pattern_annex, self.encrypt_to, self.plan, self.review_button,
             self.export_button, self.cancel_button],
            self.review_button,
            helpers=[browse],
        )  # fmt: skip
        for signal in (
            self.addressee.currentIndexChanged, self.edition.currentIndexChanged,
            self.language.currentIndexChanged,
        ):  # fmt: skip
            signal.connect(lambda _i: self._invalidate())
        self.charges.itemChanged.connect(lambda _i: self._invalidate())
        self.pattern_annex.toggled.connect(lambda _c: self._invalidate())
        # Each addressee's edition is written in its language (the GBA's in German).
        self.addressee.currentIndexChanged.connect(lambda _i: self._addressee_language())
        self._addressee_language()

    def _addressee_language(self) -> None:
        entry = addressees().get(self.addressee.currentData())
        index = self.language.findData(entry.language) if entry else -1
        if index >= 0:
            self.language.setCurrentIndex(index)

    def request(self) -> ExportRequest:
        chosen = [
            self.charges.item(i).data(ID_ROLE)
            for i in range(self.charges.count())
            if self.charges.item(i).checkState() == Qt.CheckState.Checked
        ]
        return ExportRequest(
            case_reference=self.case.reference,
            charges=chosen,
            addressee=self.addressee.currentData(),
            language=self.language.currentData(),
            edition=self.edition.currentData(),
            pattern_annex=self.pattern_annex.isChecked(),
        )

    def _invalidate(self) -> None:
        self._reviewed = None
        self.export_button.setEnabled(False)
        self.review_button.setDefault(True)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the bundle"))
        if folder:
            self.folder.setText(folder)

    def review(self) -> bool:
        """Show the plan (reads only); the export button is offered once it is shown."""
        self.plan.clear()
        request = self.request()
        if not request.charges:
            show_error(self, self.tr("Choose at least one charge to export."))
            return False
        try:
            plan = plan_export(self.workspace.session, request)
        except CasebookError as exc:
            show_error(self, exc, self.tr("The bundle cannot be planned"))
            return False
        lines = plan.summary_lines()
        self.plan_title.setText(phrase_text(lines[0]))
        for entry in plan.left_out:
            item = QListWidgetItem(left_out_text(entry))
            item.setData(ID_ROLE, entry.what)
            self.plan.addItem(item)
        if not plan.left_out:
            self.plan.addItem(self.tr("Nothing is left out."))
        self._reviewed = request
        self.export_button.setText(
            self.tr("Export, leaving out %n item(s)", "", len(plan.left_out))
            if plan.left_out
            else self.tr("Export")
        )
        self.export_button.setEnabled(True)
        self.export_button.setDefault(True)
        return True

    def left_out_lines(self) -> list[str]:
        return [self.plan.item(i).text() for i in range(self.plan.count())]

    def start(self) -> None:
        request = self.request()
        if self._reviewed != request:
            show_error(
                self, self.tr("The choices changed: check what will be left out again first.")
            )
            return
        if not self.folder.text().strip():
            show_error(self, self.tr("Choose the folder to write the bundle into."))
            return
        self.outcome = None
        cancel = threading.Event()
        out = Path(self.folder.text().strip())
        zip_it, recipient = self.make_zip.isChecked(), self.encrypt_to.text().strip() or None
        self._busy(True)
        self.operation = run_in_background(
            lambda report: _export(self.workspace, request, out, zip_it, recipient, cancel, report),
            self._done,
            self._failed,
            self._progressed,
            cancel,
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.review_button, self.export_button, self.charges, self.folder):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setText(self.tr("Cancel export") if busy else self.tr("Close"))
        if busy:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Preparing the bundle…"))

    def _progressed(self, value: tuple[Phrase | str, int, int]) -> None:
        message, done, total = value
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(phrase_text(message))

    def _done(self, outcome: ExportOutcome) -> None:
        self.operation = None
        self.outcome = outcome
        self._busy(False)
        self.export_button.setEnabled(False)
        if outcome.verified is None:
            check = self.tr("The bundle is encrypted; the recipient checks it after decrypting.")
        elif outcome.verified:
            check = self.tr("Verified: every file matches the signed manifest.")
        else:
            check = self.tr("Verification FAILED: {problems}").format(
                problems="; ".join(map(phrase_text, outcome.problems))
            )
        pages = english_plural(self.tr("%n page(s)", "", outcome.pages), outcome.pages)
        exhibits = english_plural(self.tr("%n exhibit(s)", "", outcome.exhibits), outcome.exhibits)
        self.status.setText(
            self.tr("Wrote {path} ({pages}, {exhibits}). {check}").format(
                path=isolate(str(outcome.path)), pages=pages, exhibits=exhibits, check=check
            )
        )
        self.workspace.refresh()  # custody events recorded by the export

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self._busy(False)
        self.export_button.setEnabled(self._reviewed is not None)
        self.status.setText(user_message(exc))
        show_error(self, exc, self.tr("The bundle was not exported"))

    def _cancel(self) -> None:
        if self.operation is not None and self.operation.running:
            self.status.setText(self.tr("Cancelling…"))
            self.operation.cancel()
            return
        self.reject()

    def reject(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
            self.operation.wait()
        super().reject()
