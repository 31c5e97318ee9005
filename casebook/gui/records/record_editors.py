"""Editors for cases, incidents and persons: a heading, a saving form, and actions.

Each editor shows one record at a time (``show_record``) and empties itself on ``clear``
so nothing stays in widgets while the casebook is locked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from casebook.core.models.case import CASE_STATUSES, DATE_PRECISIONS
from casebook.core.records.persons import CHARACTERISTICS

from ..shared.editing import Editing
from ..shared.record_form import FieldSpec, RecordForm
from ..tagging.tags_panel import Material, TagsPanel
from .incident_links import IncidentLinks
from .record_labels import role_words, translated_fields
from .uncertain_date import UncertainDate


def heading_label(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setObjectName("editorHeading")
    return label


def _choices(
    values: tuple[str, ...], labels: dict[str, str] | None = None
) -> tuple[tuple[str, str], ...]:
    labels = labels or {}
    return tuple((v, labels.get(v) or v.replace("_", " ").capitalize()) for v in values)


CASE_STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("FormEditor", "Open"),
    "submitted": QT_TRANSLATE_NOOP("FormEditor", "Submitted"),
    "in_review": QT_TRANSLATE_NOOP("FormEditor", "In review"),
    "changes_requested": QT_TRANSLATE_NOOP("FormEditor", "Changes requested"),
    "approved": QT_TRANSLATE_NOOP("FormEditor", "Approved"),
    "closed": QT_TRANSLATE_NOOP("FormEditor", "Closed"),
}
CHARACTERISTIC_LABELS = {
    "sex_gender": QT_TRANSLATE_NOOP("FormEditor", "Sex gender"),
    "age_group": QT_TRANSLATE_NOOP("FormEditor", "Age group"),
    "ethnicity": QT_TRANSLATE_NOOP("FormEditor", "Ethnicity"),
    "religion": QT_TRANSLATE_NOOP("FormEditor", "Religion"),
    "nationality": QT_TRANSLATE_NOOP("FormEditor", "Nationality"),
    "affiliation": QT_TRANSLATE_NOOP("FormEditor", "Affiliation"),
    "unit": QT_TRANSLATE_NOOP("FormEditor", "Unit"),
    "rank": QT_TRANSLATE_NOOP("FormEditor", "Rank"),
    "position": QT_TRANSLATE_NOOP("FormEditor", "Position"),
}
CASE_FIELDS = [
    FieldSpec("title", QT_TRANSLATE_NOOP("FormEditor", "Title")),
    FieldSpec(
        "reference", QT_TRANSLATE_NOOP("FormEditor", "Reference"), placeholder="MM-2017-001"
    ),  # a pattern
    FieldSpec(
        "situation",
        QT_TRANSLATE_NOOP("FormEditor", "Situation"),
        placeholder=QT_TRANSLATE_NOOP("FormEditor", "country or situation"),
    ),
    FieldSpec(
        "status",
        QT_TRANSLATE_NOOP("FormEditor", "Status"),
        "choice",
        _choices(CASE_STATUSES, CASE_STATUS_LABELS),
    ),
    FieldSpec("summary", QT_TRANSLATE_NOOP("FormEditor", "Summary"), "text"),
]
INCIDENT_FIELDS = [
    FieldSpec("title", QT_TRANSLATE_NOOP("FormEditor", "Title")),
    FieldSpec("description", QT_TRANSLATE_NOOP("FormEditor", "What happened"), "text"),
    # The precision's words are UncertainDate's (PRECISION_LABELS); it relabels this choice.
    FieldSpec(
        "date_precision",
        QT_TRANSLATE_NOOP("FormEditor", "Date known as"),
        "choice",
        _choices(DATE_PRECISIONS),
    ),
    FieldSpec("date_start", QT_TRANSLATE_NOOP("FormEditor", "From"), "date"),
    FieldSpec("date_end", QT_TRANSLATE_NOOP("FormEditor", "Until"), "date"),
    FieldSpec("place_name", QT_TRANSLATE_NOOP("FormEditor", "Place (original script)")),
    FieldSpec("admin_area", QT_TRANSLATE_NOOP("FormEditor", "District / province")),
    FieldSpec(
        "latitude",
        QT_TRANSLATE_NOOP("FormEditor", "Latitude"),
        "number",
        placeholder=QT_TRANSLATE_NOOP("FormEditor", "e.g. 20.1525"),
    ),
    FieldSpec(
        "longitude",
        QT_TRANSLATE_NOOP("FormEditor", "Longitude"),
        "number",
        placeholder=QT_TRANSLATE_NOOP("FormEditor", "e.g. 92.8789"),
    ),
]
PERSON_FIELDS = [
    FieldSpec(name, CHARACTERISTIC_LABELS.get(name) or name.replace("_", " ").capitalize())
    for name in CHARACTERISTICS
]


class FormEditor(QScrollArea):
    """A heading and a RecordForm in a scroll area that resizes with the window."""

    def __init__(
        self, editing: Editing, kind: str, fields: list[FieldSpec], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.editing = editing
        self.kind = kind
        self.heading = heading_label()
        self.form = RecordForm(editing, kind, translated_fields("FormEditor", fields))
        self.actions_row = QHBoxLayout()
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.addWidget(self.heading)
        self.body_layout.addLayout(self.actions_row)
        self.body_layout.addWidget(self.form)
        self.body_layout.addStretch(1)
        self.setWidget(body)

    @property
    def record_id(self) -> str | None:
        return self.form.record_id

    def show_record(self, record_id: str) -> None:
        self.form.load(record_id)
        self.heading.setText(self.title_for(self.editing.workspace.get(self.kind, record_id)))

    def title_for(self, record: object) -> str:
        return str(getattr(record, "title", ""))

    def clear(self) -> None:
        self.form.clear()
        self.heading.clear()


class CaseEditor(FormEditor):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(editing, "case", CASE_FIELDS, parent)

    def title_for(self, record: object) -> str:
        return self.tr("Case {reference}").format(reference=getattr(record, "reference", ""))


class IncidentEditor(FormEditor):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(editing, "incident", INCIDENT_FIELDS, parent)
        self.dates = UncertainDate(self.form)
        self.links = IncidentLinks(editing.workspace)
        self.body_layout.insertWidget(self.body_layout.count() - 1, self.links)
        self.tags = TagsPanel(
            editing.workspace, "incident", self.tr("Tag incident…"), self._material
        )
        self.body_layout.insertWidget(self.body_layout.count() - 1, self.tags)

    def show_record(self, record_id: str) -> None:
        super().show_record(record_id)
        self.dates.update()
        self.links.show_for(record_id)
        self.tags.show_for(record_id, self.editing.workspace.get("incident", record_id).case_id)

    def clear(self) -> None:
        super().clear()
        self.links.clear()
        self.tags.clear()

    def _material(self) -> Material | None:
        if self.record_id is None:
            return None
        title = self.editing.workspace.get("incident", self.record_id).title
        return Material(
            "incident", self.record_id, self.tr("incident “{title}”").format(title=title)
        )

    def title_for(self, record: object) -> str:
        return self.tr("Incident")


class PersonEditor(FormEditor):
    """Shows a person by pseudonym; identity opens only through ``identity_requested``."""

    identity_requested = Signal(str)

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(editing, "person", PERSON_FIELDS, parent)
        self.identity_button = QPushButton(self.tr("Show identity…"))
        self.identity_button.setAccessibleName(self.tr("Show protected identity"))
        self.identity_button.setToolTip(self.tr("Opens the person's name and contact details"))
        self.identity_button.clicked.connect(
            lambda: self.record_id and self.identity_requested.emit(self.record_id)
        )
        self.actions_row.addWidget(self.identity_button)
        self.actions_row.addStretch(1)

    def title_for(self, record: object) -> str:
        roles = role_words(getattr(record, "roles", []))
        return self.tr("{pseudonym} ({roles})", "a person: pseudonym and roles").format(
            pseudonym=getattr(record, "pseudonym", ""), roles=roles
        )


class SectionPage(QWidget):
    """Shown for a section row ("Incidents (3)"): what it holds and how to add to it."""

    add_requested = Signal(str, str)  # section key, case id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading_label()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self._key, self._case_id))
        self._key = self._case_id = ""
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_section(self, key: str, title: str, case_id: str, hint: str, button: str) -> None:
        self._key, self._case_id = key, case_id
        self.heading.setText(title)
        self.text.setText(hint)
        self.add_button.setText(button)
        self.add_button.setVisible(bool(button))

    def clear(self) -> None:
        self.heading.clear()
        self.text.clear()
