"""Small dialogs that add a record: a case, an incident, a person, a testimony, and what is
asked before files are taken in as evidence.

The core checks the values; a refusal is shown beside the field and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError, ValidationError
from casebook.core.models.person import PERSON_ROLES
from casebook.core.records.evidence import IntakeDetails, checked_documentation

from ..shared.errors_dialog import user_message
from ..shared.keyboard import keyboard_order
from ..shared.languages import LANGUAGES
from ..shared.record_form import FieldMessage
from ..shared.script_fonts import load_language_fonts
from ..shared.workspace import Workspace
from .documentation_panel import EVIDENCE_FIELDS
from .record_labels import role_choice, translated_fields


class AddDialog(QDialog):
    """Rows of inputs, each with a message line; ``create`` makes the record."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_record: Any = None
        self.form = QFormLayout()
        self.messages: dict[str, FieldMessage] = {}
        self.general = FieldMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._inputs: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.create: Callable[[], Any] = lambda: None

    def add_row(self, name: str, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label)
        message = FieldMessage()
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        box.addWidget(message)
        self.form.addRow(self.tr("{label}:", "a form label").format(label=label), cell)
        self.messages[name] = message
        # A refusal describes the value that was refused: it goes when the value changes.
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t: message.clear_message())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: message.clear_message())
        self._inputs.append(widget)
        # The buttons were made first; the inputs come first for Tab and the focus.
        keyboard_order([*self._inputs, self.ok_button, self.cancel_button], self.ok_button)

    def accept(self) -> None:
        for message in (*self.messages.values(), self.general):
            message.clear_message()
        try:
            self.result_record = self.create()
        except ValidationError as exc:
            target = self.messages.get(exc.location, self.general)
            target.show_message(user_message(exc))
            return
        except CasebookError as exc:
            self.general.show_message(user_message(exc))
            return
        super().accept()


def new_case_dialog(workspace: Workspace, parent: QWidget | None = None) -> AddDialog:
    dialog = AddDialog(QCoreApplication.translate("AddDialog", "New case"), parent)
    dialog.setObjectName("newCaseDialog")
    title, reference = QLineEdit(), QLineEdit()
    reference.setPlaceholderText(QCoreApplication.translate("AddDialog", "for example MM-2017-001"))
    dialog.add_row("title", QCoreApplication.translate("AddDialog", "Title"), title)
    dialog.add_row("reference", QCoreApplication.translate("AddDialog", "Reference"), reference)
    dialog.create = lambda: workspace.add_case(title.text(), reference.text())
    dialog.inputs = (title, reference)  # type: ignore[attr-defined]
    return dialog


def new_incident_dialog(
    workspace: Workspace, case_id: str, parent: QWidget | None = None
) -> AddDialog:
    dialog = AddDialog(QCoreApplication.translate("AddDialog", "New incident"), parent)
    title = QLineEdit()
    dialog.add_row("title", QCoreApplication.translate("AddDialog", "Title"), title)
    dialog.create = lambda: workspace.add_incident(case_id, title.text())
    dialog.inputs = (title,)  # type: ignore[attr-defined]
    return dialog


def new_person_dialog(
    workspace: Workspace, case_id: str, parent: QWidget | None = None
) -> AddDialog:
    dialog = AddDialog(QCoreApplication.translate("AddDialog", "New person"), parent)
    role = QComboBox()
    for value in PERSON_ROLES:
        role.addItem(role_choice(value), value)
    dialog.add_row("roles", QCoreApplication.translate("AddDialog", "Role"), role)
    dialog.create = lambda: workspace.add_person(case_id, role.currentData())
    dialog.inputs = (role,)  # type: ignore[attr-defined]
    return dialog


def new_testimony_dialog(
    workspace: Workspace, case_id: str, parent: QWidget | None = None
) -> AddDialog:
    dialog = AddDialog(QCoreApplication.translate("AddDialog", "New testimony"), parent)
    dialog.setObjectName("newTestimonyDialog")
    language = QComboBox()
    load_language_fonts()  # endonyms in every script, even where the system lacks the font
    for lang in LANGUAGES:
        language.addItem(lang.label, lang.code)
    witness = QComboBox()
    witness.addItem(
        QCoreApplication.translate("AddDialog", "A new witness (pseudonym given automatically)"),
        None,
    )
    for person in workspace.persons(case_id):
        witness.addItem(person.pseudonym, person.id)
    dialog.add_row("language", QCoreApplication.translate("AddDialog", "Language"), language)
    dialog.add_row("witness", QCoreApplication.translate("AddDialog", "Witness"), witness)
    dialog.create = lambda: workspace.add_testimony(
        case_id, language.currentData(), witness.currentData()
    )
    dialog.inputs = (language, witness)  # type: ignore[attr-defined]
    return dialog


# Copies whose original is kept elsewhere: only then is the original's place asked.
_ORIGINAL_ELSEWHERE = ("working_copy", "copy")


def add_evidence_dialog(
    workspace: Workspace, paths: list[Path], parent: QWidget | None = None
) -> AddDialog:
    """Before files are taken in: whether they are originals or copies, and where the original
    is kept (issue 16). Optional, starting at "— not recorded —": nothing chosen records
    nothing. The choice goes with every file of this intake, as the intake details of
    ``casebook add-evidence --copy-status --original-location``; ``result_record`` holds them.
    """
    dialog = AddDialog(QCoreApplication.translate("MainWindow", "Add evidence"), parent)
    dialog.setObjectName("addEvidenceDialog")
    names = ", ".join(p.name for p in paths)
    files = QLabel()
    files.setTextFormat(Qt.TextFormat.PlainText)
    files.setText(files.fontMetrics().elidedText(names, Qt.TextElideMode.ElideRight, 440))
    files.setToolTip("\n".join(p.name for p in paths[:40]))
    label = QCoreApplication.translate("AddDialog", "{label}:", "a form label")
    dialog.form.addRow(label.format(label=QCoreApplication.translate("AddDialog", "Files")), files)
    copy_spec, location_spec = translated_fields("DocumentationPanel", EVIDENCE_FIELDS)
    copy_status = QComboBox()
    for value, text in copy_spec.choices:
        copy_status.addItem(text, value)
    location = QLineEdit()
    location.setPlaceholderText(location_spec.placeholder)
    location.setEnabled(False)
    copy_status.currentIndexChanged.connect(
        lambda _i: location.setEnabled(copy_status.currentData() in _ORIGINAL_ELSEWHERE)
    )
    dialog.add_row(copy_spec.name, copy_spec.label, copy_status)
    dialog.add_row(location_spec.name, location_spec.label, location)
    note = QLabel(
        QCoreApplication.translate(
            "AddDialog",
            "Optional. What you choose is recorded for every file added now; the evidence "
            "editor can change it later.",
        )
    )
    note.setWordWrap(True)
    dialog.form.addRow(note)

    def details() -> IntakeDetails:
        chosen: IntakeDetails = {}
        if copy_status.currentData():
            chosen["copy_status"] = copy_status.currentData()
            if location.isEnabled() and location.text().strip():
                chosen["original_location"] = location.text()
        checked_documentation(workspace.session, chosen)  # refused here, before any encryption
        return chosen

    dialog.create = details
    dialog.inputs = (copy_status, location)  # type: ignore[attr-defined]
    return dialog
