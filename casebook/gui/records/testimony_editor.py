"""A testimony: details, the statement as numbered paragraphs, consent, and its versions.

The editor font and direction follow the statement's language (Lao, Burmese, Arabic…).
A sealed statement is shown read-only with a banner; a correction is made as a new version
and the sealed one stays readable in the history. The witness is shown by pseudonym; the
identity opens only through "Show identity…".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.core.analysis import tags_for
from casebook.core.analysis.anchors import Affected, affected_by_edit, describe
from casebook.core.errors import CasebookError
from casebook.core.models import Testimony

from ..shared.editing import Editing
from ..shared.errors_dialog import confirm, show_error, user_message
from ..shared.languages import LANGUAGES, is_rtl_language
from ..shared.plurals import english_plural
from ..shared.record_form import FieldMessage, FieldSpec, RecordForm
from ..shared.script_fonts import font_for_language
from ..shared.segment_list import SegmentList
from ..tagging.passage_highlights import PassageHighlights, Span, utf16
from ..tagging.tags_panel import Material, TagsPanel
from .consent_panel import ConsentPanel
from .documentation_panel import DocumentationPanel
from .record_editors import heading_label
from .record_labels import role_words, translated_fields

DETAIL_FIELDS = [
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("TestimonyEditor", "Title"),
        placeholder=QT_TRANSLATE_NOOP(
            "TestimonyEditor", "optional; the witness's pseudonym is used"
        ),
    ),
    FieldSpec(
        "language",
        QT_TRANSLATE_NOOP("TestimonyEditor", "Language"),
        "choice",
        # Language names are the languages' own (endonyms), not translated.
        (
            ("", QT_TRANSLATE_NOOP("TestimonyEditor", "(not set)")),
            *((lang.code, lang.label) for lang in LANGUAGES),
        ),
    ),
    FieldSpec("taken_on", QT_TRANSLATE_NOOP("TestimonyEditor", "Taken on"), "date"),
    FieldSpec("place", QT_TRANSLATE_NOOP("TestimonyEditor", "Place")),
    FieldSpec("interpreter", QT_TRANSLATE_NOOP("TestimonyEditor", "Interpreter")),
]


class Banner(QFrame):
    """A framed line of information above the editor, with an optional action."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()


class TestimonyEditor(QWidget):
    identity_requested = Signal(str)  # person id
    open_testimony = Signal(str)  # a version chosen in the history

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testimonyEditor")
        self.editing = editing
        self.testimony_id: str | None = None
        self._loading = False
        self._agreed: list[str] | None = None  # texts the user already agreed to write

        self.heading = heading_label()
        self.sealed_banner = Banner("sealedBanner")
        self.sealed_banner.button.setText(self.tr("Make a correction (new version)"))
        self.sealed_banner.button.show()
        self.sealed_banner.button.clicked.connect(self.make_correction)
        self.zawgyi_banner = Banner("zawgyiBanner")

        self.details = RecordForm(
            editing, "testimony", translated_fields("TestimonyEditor", DETAIL_FIELDS)
        )
        self.witness = QComboBox()
        self.witness.setAccessibleName(self.tr("Witness (pseudonym)"))
        self.witness.activated.connect(lambda _i: self._save_person("witness_id", self.witness))
        self.identity_button = QPushButton(self.tr("Show identity…"))
        self.identity_button.setAccessibleName(self.tr("Show the witness's protected identity"))
        self.identity_button.clicked.connect(self._show_identity)
        self.interviewer = QComboBox()
        self.interviewer.setAccessibleName(self.tr("Interviewer"))
        self.interviewer.activated.connect(
            lambda _i: self._save_person("interviewer_id", self.interviewer)
        )
        self.person_message = FieldMessage()
        witness_row = QHBoxLayout()
        witness_row.addWidget(self.witness, 1)
        witness_row.addWidget(self.identity_button)
        people = QFormLayout()
        people.addRow(self.tr("Witness:"), witness_row)
        people.addRow(self.tr("Interviewer:"), self.interviewer)
        people.addRow("", self.person_message)

        self.segments = SegmentList()
        self.segments.edited.connect(self._segments_edited)
        self.segments.may_remove = self._may_remove
        self.tags = TagsPanel(
            editing.workspace, "testimony", self.tr("Tag passage…"), self._passage
        )
        self.tags.tag_button.setToolTip(
            self.tr("Tag the paragraph you were in; select words first to tag only those")
        )
        statement_page = QSplitter(Qt.Orientation.Vertical)
        statement_page.addWidget(self.segments)
        statement_page.addWidget(self.tags)
        statement_page.setStretchFactor(0, 3)
        statement_page.setStretchFactor(1, 1)
        statement_page.setSizes([600, 160])  # the statement first; tags are a short list
        self.consent = ConsentPanel(editing)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Versions of this statement"))
        self.history.itemActivated.connect(self._version_chosen)
        self.seal_button = QPushButton(self.tr("Seal this statement…"))
        self.seal_button.clicked.connect(self.seal)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(
            QLabel(
                self.tr(
                    "Every version stays readable. Activate one to open it (read-only if sealed)."
                )
            )
        )
        history_layout.addWidget(self.history, 1)
        seal_row = QHBoxLayout()
        seal_row.addWidget(self.seal_button)
        seal_row.addStretch(1)
        history_layout.addLayout(seal_row)

        self.documentation = DocumentationPanel(editing, "testimony")
        details_page = QWidget()
        details_layout = QVBoxLayout(details_page)
        details_layout.addWidget(self.details)
        details_layout.addLayout(people)
        details_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(statement_page, self.tr("&Statement"))
        self.tabs.addTab(details_page, self.tr("&Details"))
        self.tabs.addTab(self.consent, self.tr("C&onsent"))
        self.tabs.addTab(history_page, self.tr("&Versions"))

        self.tabs.insertTab(2, self.documentation, self.tr("Do&cumentation"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.sealed_banner)
        layout.addWidget(self.zawgyi_banner)
        layout.addWidget(self.tabs, 1)
        editing.workspace.changed.connect(self._changed)

    @property
    def record_id(self) -> str | None:
        return self.testimony_id

    # -- showing ---------------------------------------------------------------------------------

    def show_record(self, testimony_id: str) -> None:
        if self.testimony_id and self.testimony_id != testimony_id:
            self.commit_pending()
            for row in self.segments.rows:  # a search match belongs to the record shown
                self._highlights(row.edit).match = None
        self.testimony_id = testimony_id
        testimony: Testimony = self.editing.workspace.get("testimony", testimony_id)
        self.details.load(testimony_id)
        self.documentation.load(testimony_id)
        self.consent.show_consent(self.editing.workspace.consent_of(testimony).id)
        self._fill_people(testimony)
        self._show(testimony)
        self.tags.show_for(testimony_id, testimony.case_id)
        self.highlight_tags()

    def _show(self, testimony: Testimony) -> None:
        witness = testimony.witness_id
        labels = {
            self.witness.itemData(i): self.witness.itemText(i) for i in range(self.witness.count())
        }
        pseudonym = labels.get(witness, "") if witness else ""
        witness_name = pseudonym.split(" ")[0] or self.tr("unknown", "an unknown witness")
        title = testimony.title or self.tr("Testimony of {witness}").format(witness=witness_name)
        self.heading.setText(
            self.tr("{title} — version {version}").format(title=title, version=testimony.version)
        )
        self.segments.set_script(
            font_for_language(testimony.language, self.font()), is_rtl_language(testimony.language)
        )
        self.segments.set_texts([segment.text for segment in testimony.segments])
        sealed = testimony.sealed
        self.segments.set_read_only(sealed)
        self.details.set_read_only(sealed)
        self.documentation.set_read_only(sealed)
        self.witness.setEnabled(not sealed)
        self.interviewer.setEnabled(not sealed)
        self.seal_button.setEnabled(not sealed)
        if sealed:
            when = testimony.sealed_at.strftime("%Y-%m-%d") if testimony.sealed_at else ""
            self.sealed_banner.text.setText(
                self.tr(
                    "This statement was sealed on {date} and cannot be changed. A correction is "
                    "made as a new version; this one stays as it was."
                ).format(date=when)
            )
        self.sealed_banner.setVisible(sealed)
        converted = [s.position for s in testimony.segments if s.original_text is not None]
        if converted:
            paragraph = self.tr("para. {number}")
            separator = self.tr(", ", "between the items of a list")
            where = separator.join(paragraph.format(number=p) for p in converted)
            self.zawgyi_banner.text.setText(
                self.tr(
                    "Converted from Zawgyi to Unicode; the original is kept ({paragraphs})."
                ).format(paragraphs=where)
            )
        self.zawgyi_banner.setVisible(bool(converted))
        self.history.clear()
        for version in self.editing.workspace.versions(testimony):
            line = (
                self.tr("Version {version} · sealed · {created}")
                if version.sealed
                else self.tr("Version {version} · draft · {created}")
            ).format(version=version.version, created=version.created_at.strftime("%Y-%m-%d %H:%M"))
            if version.id == testimony.id:
                line = self.tr("{line}  ← shown", "the version shown now").format(line=line)
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            self.history.addItem(item)

    def _fill_people(self, testimony: Testimony) -> None:
        persons = self.editing.workspace.persons(testimony.case_id)
        for combo, current in (
            (self.witness, testimony.witness_id),
            (self.interviewer, testimony.interviewer_id),
        ):
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for person in persons:
                label = self.tr("{pseudonym} ({roles})", "a person: pseudonym and roles")
                combo.addItem(
                    label.format(pseudonym=person.pseudonym, roles=role_words(person.roles)),
                    person.id,
                )
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self.identity_button.setEnabled(testimony.witness_id is not None)

    def clear(self) -> None:
        self.testimony_id = None
        self.heading.clear()
        self.details.clear()
        self.documentation.clear()
        self.consent.clear()
        self.segments.clear()
        self.tags.clear()
        self.history.clear()
        self.witness.clear()
        self.interviewer.clear()
        self.sealed_banner.hide()
        self.zawgyi_banner.hide()

    def commit_pending(self) -> None:
        if self.testimony_id is None:
            return
        self.details.commit_pending()
        self.documentation.commit_pending()
        self.consent.commit_pending()
        self.segments.commit_pending()

    def focus_paragraph(self, number: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.segments.focus_paragraph(number)

    def _passage(self) -> Material | None:
        """The passage to tag: the paragraph last focused, with the selected characters."""
        if self.testimony_id is None:
            return None
        self.segments.commit_pending()
        place = self.segments.passage_at_cursor()
        if place is None:
            show_error(
                self,
                self.tr("Click in the paragraph to tag first (select words to tag only those)."),
            )
            return None
        index, char_range = place
        testimony = self.editing.workspace.get("testimony", self.testimony_id)
        if index >= len(testimony.segments):
            return None
        segment = testimony.segments[index]
        what = self.tr("para. {number}").format(number=segment.position)
        if char_range is not None:
            words = segment.text[char_range[0] : char_range[1]]
            what = self.tr("para. {number}, characters {start}–{end}: “{words}”").format(
                number=segment.position, start=char_range[0], end=char_range[1], words=words
            )
        return Material("passage", segment.id, what, char_range)

    # -- changing --------------------------------------------------------------------------------

    def _may_remove(self, index: int) -> bool:
        """Removing a tagged paragraph marks its tags for review: the user is asked first."""
        if self.testimony_id is None:
            return False
        texts = self.segments.texts()
        if index >= len(texts):
            return True
        count = len(self.tags_on_paragraph(index))
        del texts[index]
        affected = self._affected(texts)
        if not count and not affected:
            return True
        text = self.tr(
            "Paragraph {number} has %n tag(s) linking it to elements of crimes. Without "
            "their words the tags below are kept, marked for review, and not counted in the "
            "coverage matrix until someone re-tags or removes them; Undo brings back the "
            "text, and the tags are in force again on it.",
            "",
            count,
        ).format(number=index + 1)
        action = self.tr("Remove the paragraph (%n tag(s) to review)", "", count)
        if confirm(
            self,
            self.tr("Remove a tagged paragraph?"),
            english_plural(text, count) + "\n\n" + describe(affected),  # the core's list
            english_plural(action, count),
        ):
            self._agreed = texts
            return True
        return False

    def tags_on_paragraph(self, index: int) -> list[str]:
        if self.testimony_id is None:
            return []
        testimony = self.editing.workspace.get("testimony", self.testimony_id)
        if index >= len(testimony.segments):
            return []
        return [t.id for t in tags_for(self.editing.workspace.session, testimony.segments[index])]

    def _affected(self, texts: list[str]) -> list[Affected]:
        if self.testimony_id is None:
            return []
        workspace = self.editing.workspace
        testimony = workspace.get("testimony", self.testimony_id)
        return affected_by_edit(workspace.session, testimony, texts)

    def _segments_edited(self, texts: list[str], what: str) -> None:
        if self.testimony_id is None:
            return
        agreed, self._agreed = self._agreed, None
        if texts != agreed:
            affected = self._affected(texts)
            count = len(affected)
            action = self.tr("Make the change (%n tag(s) to review)", "", count)
            if affected and not confirm(
                self,
                self.tr("Change tagged words?"),
                self.tr(
                    "This change takes away or alters words that tags rest on. The tags are "
                    "kept, marked for review, and not counted in the coverage matrix until "
                    "someone re-tags or removes them:"
                )
                + "\n\n"
                + describe(affected),  # the core's list of the tags concerned
                english_plural(action, count),
            ):
                self._changed("testimony", self.testimony_id)  # the text as saved
                return
        try:
            self.editing.set_segments(self.testimony_id, texts, what)
        except CasebookError as exc:
            show_error(self, exc)
            self._changed("testimony", self.testimony_id)

    # -- tagged words ----------------------------------------------------------------------------

    def highlight_tags(self) -> None:
        """Tint the tagged words of every paragraph; hover names the element, click opens."""
        if self.testimony_id is None:
            return
        testimony = self.editing.workspace.get("testimony", self.testimony_id)
        by_segment: dict[str, list[Span]] = {}
        for line in self.tags.lines:
            start, end = line.char_range if line.char_range else (None, None)
            label = line.summary  # the review mark is drawn as a wavy line
            by_segment.setdefault(line.segment_id or "", []).append(
                Span(line.tag_id, start, end, label, bool(line.review_note))
            )
        for row, segment in zip(self.segments.rows, testimony.segments, strict=False):
            highlights = self._highlights(row.edit)
            if row.edit.toPlainText() == segment.text:
                highlights.show(by_segment.get(segment.id, []))
            else:  # typed but not saved: the stored ranges do not fit
                highlights.match = None
                highlights.show([])

    def _highlights(self, edit: QTextEdit) -> PassageHighlights:
        found = edit.findChild(PassageHighlights)
        return found if found is not None else PassageHighlights(edit, self.open_tag)

    def show_match(self, testimony_id: str, paragraph: int, start: int, end: int) -> None:
        """Land on a search result: the paragraph scrolled into view, the words marked."""
        rows = self.segments.rows
        if testimony_id != self.testimony_id or not 1 <= paragraph <= len(rows):
            return
        self.tabs.setCurrentIndex(0)
        for number, row in enumerate(rows, start=1):
            self._highlights(row.edit).show_match((start, end) if number == paragraph else None)
        edit = rows[paragraph - 1].edit
        cursor = edit.textCursor()
        cursor.setPosition(utf16(edit.toPlainText(), start))
        edit.setTextCursor(cursor)
        edit.setFocus()
        self.segments.last_row = rows[paragraph - 1]
        spot = edit.mapTo(self.segments.widget(), edit.cursorRect().center())
        self.segments.ensureVisible(spot.x(), spot.y(), 20, 3 * edit.fontMetrics().height())

    def open_tag(self, tag_id: str) -> None:
        self.tags.open_tag(tag_id)

    def _save_person(self, field: str, combo: QComboBox) -> None:
        if self.testimony_id is None:
            return
        try:
            self.editing.set_field("testimony", self.testimony_id, field, combo.currentData())
        except CasebookError as exc:
            self.person_message.show_message(user_message(exc))
        else:
            self.person_message.clear_message()

    def _changed(self, kind: str, record_id: str) -> None:
        if kind == "testimony" and record_id == self.testimony_id:
            testimony = self.editing.workspace.get("testimony", record_id)
            self._fill_people(testimony)
            self._show(testimony)
            self.tags.refresh()  # tags follow their words: places and review marks change
            self.highlight_tags()
        elif kind == "tag" and self.testimony_id is not None:
            self.highlight_tags()

    def _show_identity(self) -> None:
        person_id = self.witness.currentData()
        if person_id:
            self.identity_requested.emit(person_id)

    def _version_chosen(self, item: QListWidgetItem) -> None:
        self.open_testimony.emit(item.data(Qt.ItemDataRole.UserRole))

    def seal(self) -> None:
        if self.testimony_id is None:
            return
        self.commit_pending()
        if not confirm(
            self,
            self.tr("Seal this statement?"),
            self.tr(
                "A sealed statement cannot be changed; corrections become new versions. Seal it "
                "once the witness has confirmed it."
            ),
            self.tr("Seal"),
        ):
            return
        try:
            self.editing.workspace.seal(self.testimony_id)
        except CasebookError as exc:
            show_error(self, exc)
        self.editing.undo_stack.clear()  # earlier edits cannot be undone into a sealed record

    def make_correction(self) -> None:
        if self.testimony_id is None:
            return
        try:
            successor = self.editing.workspace.new_version(self.testimony_id)
        except CasebookError as exc:
            show_error(self, exc)
            return
        self.open_testimony.emit(successor.id)
