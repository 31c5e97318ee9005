"""What the witness agreed their statement may be used for, and any withdrawal.

Consent stays editable after the statement is sealed: a person can withdraw it at any
time, and the record of that must be kept. Exports read these fields (Murad Code:
informed consent, do no harm); this panel only records them. Whom the consent covers is
chosen from Casebook's list of states and bodies (``RecipientPicker``), never typed freely,
and recipients an older casebook held as free text are shown here until a person decides.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casebook.core.errors import CasebookError
from casebook.core.models.testimony import CONSENT_RECORDING
from casebook.core.records.testimonies import finish_consent_review

from ..shared.editing import Editing
from ..shared.errors_dialog import show_error
from ..shared.record_form import FieldSpec, RecordForm
from .recipient_picker import RecipientPicker
from .record_labels import translated_fields

RECORDED_HOW_LABELS = {
    # The default: how consent was given is chosen by the user, never assumed (issue 14).
    "not_recorded": QT_TRANSLATE_NOOP("ConsentPanel", "Not recorded yet — choose how it was given"),
    "written": QT_TRANSLATE_NOOP("ConsentPanel", "Written (signed form)"),
    "audio": QT_TRANSLATE_NOOP("ConsentPanel", "Audio recording"),
    "video": QT_TRANSLATE_NOOP("ConsentPanel", "Video recording"),
    "oral_witnessed": QT_TRANSLATE_NOOP("ConsentPanel", "Oral, witnessed"),
    "other": QT_TRANSLATE_NOOP("ConsentPanel", "Other"),
}
CONSENT_FIELDS = [
    FieldSpec(
        "legal_proceedings",
        QT_TRANSLATE_NOOP("ConsentPanel", "May be used in legal proceedings"),
        "bool",
    ),
    FieldSpec(
        "publication",
        QT_TRANSLATE_NOOP("ConsentPanel", "May be published (without identity)"),
        "bool",
    ),
    FieldSpec(
        "follow_up_contact", QT_TRANSLATE_NOOP("ConsentPanel", "May be contacted again"), "bool"
    ),
    FieldSpec(
        "recorded_how",
        QT_TRANSLATE_NOOP("ConsentPanel", "Consent recorded as"),
        "choice",
        tuple((v, RECORDED_HOW_LABELS.get(v, v)) for v in CONSENT_RECORDING),
    ),
    FieldSpec("given_on", QT_TRANSLATE_NOOP("ConsentPanel", "Given on"), "date"),
    FieldSpec("notes", QT_TRANSLATE_NOOP("ConsentPanel", "Notes"), "text"),
    FieldSpec(
        "withdrawn_on",
        QT_TRANSLATE_NOOP("ConsentPanel", "Withdrawn on"),
        "date",
        placeholder=QT_TRANSLATE_NOOP("ConsentPanel", "empty unless withdrawn"),
    ),
    FieldSpec("withdrawal_note", QT_TRANSLATE_NOOP("ConsentPanel", "Withdrawal note"), "text"),
]


class ConsentPanel(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentPanel")
        self.editing = editing
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("consentStatus")
        self.form = RecordForm(
            editing, "consent", translated_fields("ConsentPanel", CONSENT_FIELDS)
        )
        self.recipients = RecipientPicker(editing)
        label = QLabel(self.tr("May go to (states and bodies):"))
        label.setBuddy(self.recipients.box)
        self.form.form.insertRow(1, label, self.recipients)
        self.review = ReviewBanner()
        self.review.done.clicked.connect(self._review_done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.review)
        layout.addWidget(self.form)
        layout.addStretch(1)
        editing.workspace.changed.connect(self._changed)

    def show_consent(self, consent_id: str) -> None:
        self.form.load(consent_id)
        self.recipients.load(consent_id)
        self._update_status()

    def clear(self) -> None:
        self.form.clear()
        self.recipients.clear()
        self.review.show_review(None)
        self.status.clear()

    def commit_pending(self) -> None:
        self.form.commit_pending()

    def _changed(self, kind: str, record_id: str) -> None:
        if kind == "consent" and record_id == self.form.record_id:
            self._update_status()

    def _review_done(self) -> None:
        if self.form.record_id is None:
            return
        workspace = self.editing.workspace
        try:
            with workspace.saving():
                consent = workspace.get("consent", self.form.record_id)
                finish_consent_review(consent, workspace.book.actor_id)
        except CasebookError as exc:
            show_error(self, exc)
            return
        workspace.changed.emit("consent", self.form.record_id)

    def _update_status(self) -> None:
        if self.form.record_id is None:
            self.status.clear()
            self.review.show_review(None)
            return
        consent = self.editing.workspace.get("consent", self.form.record_id)
        review = consent.review
        self.review.show_review(review.unmatched if review is not None and review.open else None)
        if consent.withdrawn_on:
            self.status.setText(
                self.tr(
                    "Consent was withdrawn on {date}. Nothing from this "
                    "statement may be shared or exported."
                ).format(date=consent.withdrawn_on)
            )
            return
        uses = []
        separator = self.tr("; ", "between the items of a list")
        if consent.legal_proceedings:
            named = [self.recipients.listed.label(code) for code in consent.jurisdictions]
            where = separator.join(named) or self.tr("no state or body named yet")
            uses.append(self.tr("legal proceedings ({recipients})").format(recipients=where))
        if consent.publication:
            uses.append(self.tr("publication without identity"))
        self.status.setText(
            self.tr("The witness agreed to: {uses}.").format(uses=separator.join(uses))
            if uses
            else self.tr("No use has been agreed yet: record what the witness consented to.")
        )


class ReviewBanner(QFrame):
    """Recipients an older casebook held as free text that match no state or body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipientReview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setObjectName("recipientReviewText")
        self.done = QPushButton(self.tr("Review done"))
        self.done.setObjectName("recipientReviewDone")
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_review(self, unmatched: list[str] | None) -> None:
        if not unmatched:
            self.text.clear()
            self.hide()
            return
        quoted = [self.tr("“{text}”", "quoted text").format(text=v) for v in unmatched]
        written = self.tr(", ", "between the items of a list").join(quoted)
        self.text.setText(
            self.tr(
                "To review: this consent also named {names}, written before Casebook used its "
                "list of states and bodies. No state or body of the list matches, so no export "
                "uses it. Add the states or bodies the witness meant below, then press Review "
                "done."
            ).format(names=written)
        )
        self.show()
