"""Editors for cases, incidents and persons: a heading, a saving form, and actions.

Each editor shows one record at a time (``show_record``) and empties itself on ``clear``
so nothing stays in widgets while the casebook is locked.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from casebook.core.models.case import CASE_STATUSES, DATE_PRECISIONS
from casebook.core.records.persons import CHARACTERISTICS

from ..shared.editing import Editing
from ..shared.record_form import FieldSpec, RecordForm
from ..tagging.tags_panel import Material, TagsPanel
from .incident_links import IncidentLinks
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


def _choices(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((v, v.replace("_", " ").capitalize()) for v in values)


CASE_FIELDS = [
    FieldSpec("title", "Title"),
    FieldSpec("reference", "Reference", placeholder="MM-2017-001"),
    FieldSpec("situation", "Situation", placeholder="country or situation"),
    FieldSpec("status", "Status", "choice", _choices(CASE_STATUSES)),
    FieldSpec("summary", "Summary", "text"),
]
INCIDENT_FIELDS = [
    FieldSpec("title", "Title"),
    FieldSpec("description", "What happened", "text"),
    FieldSpec("date_precision", "Date known as", "choice", _choices(DATE_PRECISIONS)),
    FieldSpec("date_start", "From", "date"),
    FieldSpec("date_end", "Until", "date"),
    FieldSpec("place_name", "Place (original script)"),
    FieldSpec("admin_area", "District / province"),
    FieldSpec("latitude", "Latitude", "number", placeholder="e.g. 20.1525"),
    FieldSpec("longitude", "Longitude", "number", placeholder="e.g. 92.8789"),
]
PERSON_FIELDS = [FieldSpec(name, name.replace("_", " ").capitalize()) for name in CHARACTERISTICS]


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
        self.form = RecordForm(editing, kind, fields)
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
        return f"Case {getattr(record, 'reference', '')}"


class IncidentEditor(FormEditor):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(editing, "incident", INCIDENT_FIELDS, parent)
        self.dates = UncertainDate(self.form)
        self.links = IncidentLinks(editing.workspace)
        self.body_layout.insertWidget(self.body_layout.count() - 1, self.links)
        self.tags = TagsPanel(editing.workspace, "incident", "Tag incident…", self._material)
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
        return Material("incident", self.record_id, f"incident “{title}”")

    def title_for(self, record: object) -> str:
        return "Incident"


class PersonEditor(FormEditor):
    """Shows a person by pseudonym; identity opens only through ``identity_requested``."""

    identity_requested = Signal(str)

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(editing, "person", PERSON_FIELDS, parent)
        self.identity_button = QPushButton("Show identity…")
        self.identity_button.setAccessibleName("Show protected identity")
        self.identity_button.setToolTip("Opens the person's name and contact details")
        self.identity_button.clicked.connect(
            lambda: self.record_id and self.identity_requested.emit(self.record_id)
        )
        self.actions_row.addWidget(self.identity_button)
        self.actions_row.addStretch(1)

    def title_for(self, record: object) -> str:
        roles = ", ".join(r.replace("_", " ") for r in getattr(record, "roles", []))
        return f"{getattr(record, 'pseudonym', '')} ({roles})"


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
