"""A person's protected identity, opened only when the user asks for it.

Names and contacts are kept apart from the person's pseudonym record and are never in
lists, search results or exports by default; this dialog is the one place they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..shared.clipboard_guard import ClipboardGuard
from ..shared.editing import Editing
from ..shared.preferences import Preferences
from ..shared.record_form import FieldSpec, RecordForm
from ..shared.screen_fit import fit_to_screen
from .record_labels import translated_fields

IDENTITY_FIELDS = [
    FieldSpec("full_name", QT_TRANSLATE_NOOP("IdentityDialog", "Full name")),
    FieldSpec("other_names", QT_TRANSLATE_NOOP("IdentityDialog", "Other names")),
    FieldSpec("contact", QT_TRANSLATE_NOOP("IdentityDialog", "Contact"), "text"),
    FieldSpec("notes", QT_TRANSLATE_NOOP("IdentityDialog", "Notes"), "text"),
]


class IdentityDialog(QDialog):
    def __init__(self, editing: Editing, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        person = editing.workspace.get("person", person_id)
        identity = editing.workspace.identity_of(person)
        self.setWindowTitle(self.tr("Identity of {pseudonym}").format(pseudonym=person.pseudonym))
        warning = QLabel(
            self.tr(
                "Protected identity. Close this when someone can see your screen. It is never "
                "exported unless chosen explicitly with the person's consent."
            )
        )
        warning.setWordWrap(True)
        self.form = RecordForm(
            editing, "identity", translated_fields("IdentityDialog", IDENTITY_FIELDS)
        )
        self.form.load(identity.id)
        prefs = getattr(parent, "prefs", None)
        seconds = (prefs or Preferences()).clipboard_clear_seconds
        self.clipboard_guard = ClipboardGuard(self, seconds)  # copied names do not linger
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        fit_to_screen(self, 460, 360)

    def done(self, result: int) -> None:
        self.form.commit_pending()
        self.form.clear()
        super().done(result)
