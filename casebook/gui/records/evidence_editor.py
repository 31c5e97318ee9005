"""The evidence page of a case: the lazy list, and the chosen item's record, metadata, view.

Embedded metadata (capture time, GPS, camera) is what the file says about itself, shown
for the documenter to check against what they know; it is never silently taken as fact.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook.core.media.content_credentials import failure_text, signer_name
from casebook.core.media.provenance import provenance_rows
from casebook.core.models.evidence import EVIDENCE_KINDS

from ..shared.bidi_text import data_size
from ..shared.editing import Editing
from ..shared.record_form import FieldSpec, RecordForm
from ..tagging.tags_panel import Material, TagsPanel
from .documentation_panel import DocumentationPanel
from .evidence_table import EvidenceTable
from .evidence_viewer import EvidenceViewer
from .record_editors import heading_label
from .record_labels import EVIDENCE_KIND_WORDS, translated_fields

EVIDENCE_FIELDS = [
    FieldSpec("title", QT_TRANSLATE_NOOP("EvidenceEditor", "Title")),
    FieldSpec(
        "kind",
        QT_TRANSLATE_NOOP("EvidenceEditor", "Kind"),
        "choice",
        # The words are RecordLabels' (the evidence list shows the same): translated there.
        tuple((k, EVIDENCE_KIND_WORDS.get(k, k.replace("_", " "))) for k in EVIDENCE_KINDS),
    ),
    FieldSpec("description", QT_TRANSLATE_NOOP("EvidenceEditor", "Description"), "text"),
    FieldSpec("source", QT_TRANSLATE_NOOP("EvidenceEditor", "Source")),
    FieldSpec("acquisition_method", QT_TRANSLATE_NOOP("EvidenceEditor", "How it was obtained")),
    FieldSpec("collected_by", QT_TRANSLATE_NOOP("EvidenceEditor", "Collected by")),
    FieldSpec("collected_at", QT_TRANSLATE_NOOP("EvidenceEditor", "Collected on"), "date"),
    FieldSpec("collected_place", QT_TRANSLATE_NOOP("EvidenceEditor", "Collected at (place)")),
]
# (key in extracted_metadata, label) in the order a documenter checks them.
METADATA_LABELS = (
    ("taken_at", QT_TRANSLATE_NOOP("EvidenceEditor", "Taken at")),
    ("recorded_at", QT_TRANSLATE_NOOP("EvidenceEditor", "Recorded at")),
    ("created_at", QT_TRANSLATE_NOOP("EvidenceEditor", "Created at")),
    ("digitized_at", QT_TRANSLATE_NOOP("EvidenceEditor", "Digitised at")),
    ("modified_at", QT_TRANSLATE_NOOP("EvidenceEditor", "Modified at")),
    ("gps_latitude", QT_TRANSLATE_NOOP("EvidenceEditor", "Latitude")),
    ("gps_longitude", QT_TRANSLATE_NOOP("EvidenceEditor", "Longitude")),
    ("gps_altitude", QT_TRANSLATE_NOOP("EvidenceEditor", "Altitude (m)")),
    ("camera_make", QT_TRANSLATE_NOOP("EvidenceEditor", "Camera make")),
    ("camera_model", QT_TRANSLATE_NOOP("EvidenceEditor", "Camera model")),
    ("software", QT_TRANSLATE_NOOP("EvidenceEditor", "Software")),
    ("width", QT_TRANSLATE_NOOP("EvidenceEditor", "Width (px)")),
    ("height", QT_TRANSLATE_NOOP("EvidenceEditor", "Height (px)")),
    ("pages", QT_TRANSLATE_NOOP("EvidenceEditor", "Pages")),
    ("duration_seconds", QT_TRANSLATE_NOOP("EvidenceEditor", "Duration (s)")),
    ("container", QT_TRANSLATE_NOOP("EvidenceEditor", "Container")),
    ("video_codec", QT_TRANSLATE_NOOP("EvidenceEditor", "Video codec")),
    ("audio_codec", QT_TRANSLATE_NOOP("EvidenceEditor", "Audio codec")),
    ("writing_application", QT_TRANSLATE_NOOP("EvidenceEditor", "Written by")),
)

# The labels of the core's provenance rows (media/provenance.py, media/proofmode.py), which
# the core writes in English: translated here, matched without their indentation.
PROVENANCE_LABELS = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("EvidenceEditor", "Content credentials"),
        QT_TRANSLATE_NOOP("EvidenceEditor", "Made with (C2PA)"),
        QT_TRANSLATE_NOOP("EvidenceEditor", "Captured (C2PA)"),
        QT_TRANSLATE_NOOP("EvidenceEditor", "Place (C2PA)"),
        QT_TRANSLATE_NOOP("EvidenceEditor", "Actions (C2PA)"),
        QT_TRANSLATE_NOOP("EvidenceEditor", "ProofMode bundle"),
        QT_TRANSLATE_NOOP("EvidenceEditor", "Recorded"),
        QT_TRANSLATE_NOOP("EvidenceEditor", "OpenTimestamps proof"),
        QT_TRANSLATE_NOOP("EvidenceEditor", "C2PA manifest file"),
        QT_TRANSLATE_NOOP("EvidenceEditor", "Device check"),
    )
}


def _provenance_row(label: str, text: str, metadata: dict[str, Any]) -> tuple[str, str]:
    """A row of ``provenance_rows`` with its label, and the credentials' verdict, translated."""
    indent = label[: len(label) - len(label.lstrip())]
    bare = label.strip()
    if bare in PROVENANCE_LABELS:
        label = indent + QCoreApplication.translate("EvidenceEditor", bare)
    elif bare.startswith("Signature of "):
        name = bare.removeprefix("Signature of ")
        label = indent + QCoreApplication.translate("EvidenceEditor", "Signature of {name}").format(
            name=name
        )
    if bare == "Content credentials":
        text = _credentials_verdict(metadata.get("content_credentials") or {}, text)
    return label, text


def _credentials_verdict(credentials: dict[str, Any], core_text: str) -> str:
    """What the core's ``content_credentials.describe`` says, in the interface language."""
    state = credentials.get("state")
    if state == "none":
        return QCoreApplication.translate(
            "EvidenceEditor",
            "none (unknown provenance; most genuine files carry none, so this is not a sign of "
            "forgery)",
        )
    if state == "unreadable":
        return QCoreApplication.translate(
            "EvidenceEditor", "not checked: the file could not be parsed for content credentials"
        )
    if state == "valid":
        return QCoreApplication.translate(
            "EvidenceEditor",
            "valid, signed by {signer} (checked offline: signature and content hashes; the "
            "signer's certificate was not checked against a trust list, nor for revocation)",
        ).format(signer=signer_name(credentials))
    if state is not None:
        return QCoreApplication.translate(
            "EvidenceEditor", "present but invalid: {failures} (signed as {signer})"
        ).format(failures=failure_text(credentials), signer=signer_name(credentials))
    return core_text


def metadata_rows(metadata: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [
        (QCoreApplication.translate("EvidenceEditor", label), str(metadata[key]))
        for key, label in METADATA_LABELS
        if key in metadata
    ]
    # C2PA content credentials, ProofMode proof: the core's rows, their fixed words translated
    rows += [_provenance_row(label, text, metadata) for label, text in provenance_rows(metadata)]
    warning = QCoreApplication.translate("EvidenceEditor", "Warning")
    rows += [(warning, str(w)) for w in metadata.get("warnings", [])]
    return rows


class EvidenceEditor(QScrollArea):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # As needed, not off: with a large font what does not fit was cut off unreachably.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.editing = editing
        self.item_id: str | None = None
        self.heading = heading_label()
        self.heading.setWordWrap(True)  # a long file name wraps instead of widening the pane
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sha256 = QLineEdit()
        self.sha256.setReadOnly(True)
        self.sha256.setAccessibleName(self.tr("SHA-256 of the file"))
        self.sha256.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.form = RecordForm(
            editing, "evidence", translated_fields("EvidenceEditor", EVIDENCE_FIELDS)
        )
        self.metadata_box = QGroupBox(self.tr("Embedded metadata — check it against what you know"))
        self.metadata_form = QFormLayout(self.metadata_box)
        self.use_gps = QPushButton(self.tr("Use GPS as collection place"))
        self.use_gps.clicked.connect(self._use_gps)
        self.viewer = EvidenceViewer()
        self.tags = TagsPanel(
            editing.workspace, "evidence", self.tr("Tag exhibit…"), self._material
        )
        self.tags.setMinimumHeight(140)
        self.hint = QLabel(
            self.tr(
                "Drop files or folders on this window, or press Ctrl+I, to add evidence. "
                "Choose an item in the list to see it here."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.hint)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.sha256)
        layout.addWidget(self.viewer, 2)
        layout.addWidget(self.tags)
        layout.addWidget(self.metadata_box)
        layout.addWidget(self.form)
        self.documentation = DocumentationPanel(editing, "evidence")
        layout.addWidget(self.documentation)
        layout.addStretch(1)
        self.setWidget(body)
        self._set_empty(True)

    def _set_empty(self, empty: bool) -> None:
        self.hint.setVisible(empty)
        widgets = (
            self.heading, self.facts, self.sha256, self.viewer, self.form, self.metadata_box,
            self.tags, self.documentation,
        )  # fmt: skip
        for widget in widgets:
            widget.setVisible(not empty)

    def show_item(self, item_id: str) -> None:
        self.form.commit_pending()
        self.documentation.commit_pending()
        self._set_empty(False)
        self.item_id = item_id
        item = self.editing.workspace.get("evidence", item_id)
        self.heading.setText(item.title)
        facts = [
            self.tr("File: {name}").format(name=item.original_filename)
            if item.original_filename
            else "",
            self.tr("{media_type}, {size}", "a file's type and size").format(
                media_type=item.media_type, size=data_size(item.size)
            )
            if item.media_type
            else "",
        ]
        self.sha256.setText(f"SHA-256 {item.sha256}" if item.sha256 else "")  # name of a hash
        self.sha256.setCursorPosition(0)
        if item.duplicate_of_id:
            first = self.editing.workspace.get("evidence", item.duplicate_of_id)
            facts.append(
                self.tr("Same content as “{title}”; stored once.").format(title=first.title)
            )
        self.facts.setText("\n".join(f for f in facts if f))
        self.form.load(item_id)
        self.documentation.load(item_id)
        self._show_metadata(item.extracted_metadata or {})
        self.viewer.show_item(self.editing.workspace, item_id)
        self.tags.show_for(item_id, item.case_id)
        self.verticalScrollBar().setValue(0)  # another item starts at its top
        self.horizontalScrollBar().setValue(0)

    def _show_metadata(self, metadata: dict[str, Any]) -> None:
        self.use_gps.setParent(None)
        while self.metadata_form.rowCount():
            self.metadata_form.removeRow(0)
        rows = metadata_rows(metadata)
        for label, value in rows:
            value_label = QLabel(value)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setWordWrap(True)
            self.metadata_form.addRow(
                self.tr("{label}:", "a form label").format(label=label), value_label
            )
        if not rows:
            self.metadata_form.addRow(
                QLabel(self.tr("The file carries no metadata Casebook can read."))
            )
        if "gps_latitude" in metadata and "gps_longitude" in metadata:
            row = QHBoxLayout()
            row.addWidget(self.use_gps)
            row.addStretch(1)
            self.metadata_form.addRow(row)

    def _use_gps(self) -> None:
        if self.item_id is None:
            return
        metadata = self.editing.workspace.get("evidence", self.item_id).extracted_metadata
        # Written into the record (case data that goes into filings): kept in English.
        place = f"{metadata['gps_latitude']}, {metadata['gps_longitude']} (from the file's GPS)"
        self.form.save_value("collected_place", place)

    def clear(self) -> None:
        self.item_id = None
        self.heading.clear()
        self.facts.clear()
        self.sha256.clear()
        self.form.clear()
        self.documentation.clear()
        self._show_metadata({})
        self.viewer.clear()
        self.tags.clear()
        self._set_empty(True)

    def commit_pending(self) -> None:
        self.form.commit_pending()
        self.documentation.commit_pending()

    def _material(self) -> Material | None:
        if self.item_id is None:
            return None
        title = self.editing.workspace.get("evidence", self.item_id).title
        return Material("evidence", self.item_id, self.tr("exhibit “{title}”").format(title=title))


class EvidencePage(QSplitter):
    """List on the left, chosen item on the right; both resize with the window."""

    item_shown = Signal(str)

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("evidencePage")
        self.editing = editing
        self.case_id = ""
        self.table = EvidenceTable()
        self.editor = EvidenceEditor(editing)
        self.addWidget(self.table)
        self.addWidget(self.editor)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setSizes([420, 460])
        self.table.item_selected.connect(self._item_selected)
        editing.workspace.changed.connect(self._changed)

    def show_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.table.show_case(self.editing.workspace, case_id)
        if self.editor.item_id is None and self.table.model.rowCount():
            self.table.select_item(self.table.model.rows[0].id)

    def show_item(self, case_id: str, item_id: str) -> None:
        if case_id != self.case_id:
            self.show_case(case_id)
        if not self.table.select_item(item_id):
            self.editor.show_item(item_id)

    def _item_selected(self, item_id: str) -> None:
        self.editor.show_item(item_id)
        self.item_shown.emit(item_id)

    def _changed(self, kind: str, record_id: str) -> None:
        if kind == "evidence":
            model = self.table.model
            for number, row in enumerate(model.rows):
                if row.id == record_id:
                    item = self.editing.workspace.get("evidence", record_id)
                    model.rows[number] = row.__class__(
                        **{**row.__dict__, "title": item.title, "kind": item.kind}
                    )
                    model.dataChanged.emit(model.index(number, 0), model.index(number, 1))

    def reload(self) -> None:
        current = self.editor.item_id
        self.table.show_case(self.editing.workspace, self.case_id)
        if current:
            self.table.select_item(current)

    def clear(self) -> None:
        self.case_id = ""
        self.table.clear()
        self.editor.clear()

    def commit_pending(self) -> None:
        self.editor.commit_pending()
