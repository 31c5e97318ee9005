"""The documentation the guidelines ask for, on a testimony or an evidence item (issue 16).

Eurojust/ICC guidelines for civil society (2022), Berkeley Protocol, IIIM chain of custody
guidance: who else was present at an interview and how it was recorded, whether the person
had already given an account and to whom (so they are not made to tell it again), whether
they were referred to support; whether an item is the original or a copy and where the
original is kept. Every field is optional and starts empty ("— not recorded —"): Casebook
never states a fact the user did not. Each field saves when finished, through the same
records layer (checked, audited) as the rest of the form.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ..shared.editing import Editing
from ..shared.record_form import FieldSpec, RecordForm
from .record_labels import translated_fields

NOT_RECORDED = ("", QT_TRANSLATE_NOOP("DocumentationPanel", "— not recorded —"))

TESTIMONY_FIELDS = [
    FieldSpec("people_present", QT_TRANSLATE_NOOP("DocumentationPanel", "Others present"), "text"),
    FieldSpec(
        "interview_recording",
        QT_TRANSLATE_NOOP("DocumentationPanel", "Interview recorded as"),
        "choice",
        (
            NOT_RECORDED,
            ("notes", QT_TRANSLATE_NOOP("DocumentationPanel", "Notes by the interviewer")),
            ("audio", QT_TRANSLATE_NOOP("DocumentationPanel", "Audio recording")),
            ("video", QT_TRANSLATE_NOOP("DocumentationPanel", "Video recording")),
            (
                "written_by_person",
                QT_TRANSLATE_NOOP("DocumentationPanel", "Statement written by the person"),
            ),
            ("other", QT_TRANSLATE_NOOP("DocumentationPanel", "Another way")),
        ),
    ),
    FieldSpec(
        "prior_accounts",
        QT_TRANSLATE_NOOP("DocumentationPanel", "Earlier accounts"),
        "choice",
        (
            NOT_RECORDED,
            ("none", QT_TRANSLATE_NOOP("DocumentationPanel", "None given before")),
            ("given", QT_TRANSLATE_NOOP("DocumentationPanel", "Given before")),
        ),
    ),
    FieldSpec(
        "prior_accounts_to",
        QT_TRANSLATE_NOOP("DocumentationPanel", "Given to"),
        placeholder=QT_TRANSLATE_NOOP("DocumentationPanel", "e.g. a UN mission, a journalist"),
    ),
    FieldSpec(
        "prior_accounts_when",
        QT_TRANSLATE_NOOP("DocumentationPanel", "Given when"),
        placeholder=QT_TRANSLATE_NOOP("DocumentationPanel", "as the person remembers it"),
    ),
    FieldSpec(
        "support_referral",
        QT_TRANSLATE_NOOP("DocumentationPanel", "Referral to support"),
        "choice",
        (
            NOT_RECORDED,
            ("referred", QT_TRANSLATE_NOOP("DocumentationPanel", "Referred")),
            ("declined", QT_TRANSLATE_NOOP("DocumentationPanel", "Offered and declined")),
            ("not_needed", QT_TRANSLATE_NOOP("DocumentationPanel", "Not needed")),
            ("none_available", QT_TRANSLATE_NOOP("DocumentationPanel", "No service available")),
        ),
    ),
    FieldSpec(
        "support_referral_to",
        QT_TRANSLATE_NOOP("DocumentationPanel", "Referred to"),
        placeholder=QT_TRANSLATE_NOOP(
            "DocumentationPanel", "the service; printed only in the internal edition"
        ),
    ),
]

EVIDENCE_FIELDS = [
    FieldSpec(
        "copy_status",
        QT_TRANSLATE_NOOP("DocumentationPanel", "This item is"),
        "choice",
        (
            NOT_RECORDED,
            ("original", QT_TRANSLATE_NOOP("DocumentationPanel", "The original")),
            (
                "working_copy",
                QT_TRANSLATE_NOOP("DocumentationPanel", "A working copy (original kept elsewhere)"),
            ),
            ("copy", QT_TRANSLATE_NOOP("DocumentationPanel", "A copy as received")),
        ),
    ),
    FieldSpec(
        "original_location",
        QT_TRANSLATE_NOOP("DocumentationPanel", "Original kept at"),
        placeholder=QT_TRANSLATE_NOOP("DocumentationPanel", "where, and by whom"),
    ),
]


class DocumentationPanel(QGroupBox):
    """The guidelines' fields of one record; the editor that holds it loads and clears it."""

    def __init__(
        self,
        editing: Editing,
        kind: Literal["testimony", "evidence"],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}Documentation")
        specs = TESTIMONY_FIELDS if kind == "testimony" else EVIDENCE_FIELDS
        self.setTitle(
            self.tr("Interview, earlier accounts and support")
            if kind == "testimony"
            else self.tr("Original or copy")
        )
        self.note = QLabel(
            self.tr(
                "As the documentation guidelines ask. Every field is optional: leave what "
                "was not recorded empty."
            )
        )
        self.note.setWordWrap(True)
        self.form = RecordForm(editing, kind, translated_fields("DocumentationPanel", specs))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.form)
        layout.addStretch(1)  # fields at the top when the panel fills a tab

    def load(self, record_id: str | None) -> None:
        self.form.load(record_id)

    def clear(self) -> None:
        self.form.clear()

    def commit_pending(self) -> None:
        self.form.commit_pending()

    def set_read_only(self, read_only: bool) -> None:
        self.form.set_read_only(read_only)
