"""What the witness agreed their statement may be used for, and any withdrawal.

Consent stays editable after the statement is sealed: a person can withdraw it at any
time, and the record of that must be kept. Exports read these fields (Murad Code:
informed consent, do no harm); this panel only records them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from casebook.core.models.testimony import CONSENT_RECORDING

from ..shared.editing import Editing
from ..shared.record_form import FieldSpec, RecordForm

RECORDED_HOW_LABELS = {
    "written": "Written (signed form)",
    "audio": "Audio recording",
    "video": "Video recording",
    "oral_witnessed": "Oral, witnessed",
    "other": "Other",
}
CONSENT_FIELDS = [
    FieldSpec("legal_proceedings", "May be used in legal proceedings", "bool"),
    FieldSpec(
        "jurisdictions",
        "Jurisdictions / prosecutors",
        placeholder="comma-separated, e.g. DE, ICC, FR",
    ),
    FieldSpec("publication", "May be published (without identity)", "bool"),
    FieldSpec("follow_up_contact", "May be contacted again", "bool"),
    FieldSpec(
        "recorded_how",
        "Consent recorded as",
        "choice",
        tuple((v, RECORDED_HOW_LABELS.get(v, v)) for v in CONSENT_RECORDING),
    ),
    FieldSpec("given_on", "Given on", "date"),
    FieldSpec("notes", "Notes", "text"),
    FieldSpec("withdrawn_on", "Withdrawn on", "date", placeholder="empty unless withdrawn"),
    FieldSpec("withdrawal_note", "Withdrawal note", "text"),
]


class ConsentPanel(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentPanel")
        self.editing = editing
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("consentStatus")
        self.form = RecordForm(editing, "consent", CONSENT_FIELDS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.form)
        layout.addStretch(1)
        editing.workspace.changed.connect(self._changed)

    def show_consent(self, consent_id: str) -> None:
        self.form.load(consent_id)
        self._update_status()

    def clear(self) -> None:
        self.form.clear()
        self.status.clear()

    def commit_pending(self) -> None:
        self.form.commit_pending()

    def _changed(self, kind: str, record_id: str) -> None:
        if kind == "consent" and record_id == self.form.record_id:
            self._update_status()

    def _update_status(self) -> None:
        if self.form.record_id is None:
            self.status.clear()
            return
        consent = self.editing.workspace.get("consent", self.form.record_id)
        if consent.withdrawn_on:
            self.status.setText(
                f"Consent was withdrawn on {consent.withdrawn_on}. Nothing from this "
                "statement may be shared or exported."
            )
            return
        uses = []
        if consent.legal_proceedings:
            where = ", ".join(consent.jurisdictions) or "any jurisdiction"
            uses.append(f"legal proceedings ({where})")
        if consent.publication:
            uses.append("publication without identity")
        self.status.setText(
            "The witness agreed to: " + "; ".join(uses) + "."
            if uses
            else "No use has been agreed yet: record what the witness consented to."
        )
