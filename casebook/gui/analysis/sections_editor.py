"""The authored sections of a complaint: a plain, fast editor with a citation picker.

Pick a section on the left (the case's own sections, each charge's legal argument and the
argument for each of its elements), write plain text on the right; a filing needs no
more formatting than paragraphs. Moving to another section, Save (Ctrl+S) and closing
save the text as a new version (``records.sections``; audited like every change). "Cite…"
inserts a token for a passage, exhibit, incident or person of the case, which the bundle
prints with its own numbers ("W-001 para. 2", "Exhibit 7").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from casebook.core.errors import CasebookError
from casebook.core.export.citations import case_citation_problems, token
from casebook.core.models import Case, Charge, EvidenceItem
from casebook.core.records.sections import (
    CASE_SECTION_KINDS,
    CHARGE_SECTION_KIND,
    ELEMENT_SECTION_KIND,
    SectionSlot,
    element_ids_of,
    load_sections,
    section_history,
    set_section,
)
from casebook.core.taxonomy import load_taxonomy
from casebook.core.taxonomy.elements import ElementIndex

from ..records.navigator_model import incident_label, person_label
from ..records.record_labels import evidence_kind_word
from ..shared.errors_dialog import show_error
from ..shared.keyboard import keyboard_order
from ..shared.screen_fit import fit_to_screen
from ..shared.translation import phrase_text
from ..shared.workspace import Workspace

SLOT_ROLE = Qt.ItemDataRole.UserRole
TOKEN_ROLE = Qt.ItemDataRole.UserRole + 1
# Labels and hints of the sections: QT_TRANSLATE_NOOP("SectionsEditor", …), translated where shown.
KIND_LABELS = {
    "complainants": QT_TRANSLATE_NOOP("SectionsEditor", "Complainants"),
    "counsel": QT_TRANSLATE_NOOP("SectionsEditor", "Counsel and signature"),
    "summary": QT_TRANSLATE_NOOP("SectionsEditor", "Summary of the facts"),
    "jurisdiction": QT_TRANSLATE_NOOP("SectionsEditor", "Jurisdiction"),
    "reasons_to_act": QT_TRANSLATE_NOOP("SectionsEditor", "Reasons to act"),
    "other_mechanisms": QT_TRANSLATE_NOOP("SectionsEditor", "Other jurisdictions and mechanisms"),
    "investigative_measures": QT_TRANSLATE_NOOP(
        "SectionsEditor", "Requested investigative measures"
    ),
    "closing_requests": QT_TRANSLATE_NOOP("SectionsEditor", "Closing requests"),
}
HINTS = {
    "complainants": QT_TRANSLATE_NOOP(
        "SectionsEditor",
        "Who files the complaint: organisations or persons, with their standing.",
    ),
    "counsel": QT_TRANSLATE_NOOP(
        "SectionsEditor",
        "Counsel for the complainants, the address for replies, the signature block.",
    ),
    "summary": QT_TRANSLATE_NOOP(
        "SectionsEditor", "What happened, in short, citing the facts: Cite… inserts a reference."
    ),
    "jurisdiction": QT_TRANSLATE_NOOP(
        "SectionsEditor", "Why this forum may prosecute (for Germany: § 1 VStGB)."
    ),
    "reasons_to_act": QT_TRANSLATE_NOOP(
        "SectionsEditor",
        "Why the prosecutor should act now (for Germany, the questions of "
        "§ 153f StPO: suspects, victims or evidence present or expected in Germany).",
    ),
    "other_mechanisms": QT_TRANSLATE_NOOP(
        "SectionsEditor",
        "Other states, courts and mechanisms already seized of the situation.",
    ),
    "investigative_measures": QT_TRANSLATE_NOOP(
        "SectionsEditor",
        "The investigative steps requested (hearing witnesses, securing evidence, …).",
    ),
    "closing_requests": QT_TRANSLATE_NOOP(
        "SectionsEditor",
        "What is asked: to open proceedings, to be informed of the decision.",
    ),
    CHARGE_SECTION_KIND: QT_TRANSLATE_NOOP(
        "SectionsEditor", "The legal argument for the whole charge: crime, context, liability."
    ),
    ELEMENT_SECTION_KIND: QT_TRANSLATE_NOOP(
        "SectionsEditor",
        "Why this element is met, and by which material (Cite… to refer to it).",
    ),
}
CITE_KINDS = (
    ("passage", QT_TRANSLATE_NOOP("SectionsEditor", "Passage")),
    ("exhibit", QT_TRANSLATE_NOOP("SectionsEditor", "Exhibit")),
    ("incident", QT_TRANSLATE_NOOP("SectionsEditor", "Incident")),
    ("person", QT_TRANSLATE_NOOP("SectionsEditor", "Person")),
)


def _label(text: str) -> str:
    """A text of the tables above in the interface's language."""
    return QCoreApplication.translate("SectionsEditor", text) if text else text


@dataclass(frozen=True)
class Citable:
    label: str
    token: str


def _short(record_id: str, others: Iterable[str], length: int = 8) -> str:
    """The shortest prefix (from ``length`` characters) no other id starts with."""
    others = [o for o in others if o != record_id]
    while length < len(record_id) and any(o.startswith(record_id[:length]) for o in others):
        length += 1
    return record_id[:length]


def citables(workspace: Workspace, case_id: str, kind: str) -> list[Citable]:
    """What the picker offers for ``kind``: the current version of each record of the case."""
    session = workspace.session
    if kind == "passage":
        statements = workspace.testimonies(case_id)
        lineages = [t.lineage_id for t in statements]
        people = {p.id: p.pseudonym for p in workspace.persons(case_id)}
        out = []
        for testimony in statements:
            who = people.get(
                testimony.witness_id or "",
                testimony.title or QCoreApplication.translate("SectionsEditor", "Statement"),
            )
            key = _short(testimony.lineage_id, lineages)
            for segment in testimony.segments:
                text = " ".join(segment.text.split())
                text = text if len(text) <= 90 else text[:89] + "…"
                cited = token("passage", f"{key}/{segment.position}")
                out.append(Citable(f"{who} ¶{segment.position}: {text}", cited))
        return out
    if kind == "exhibit":
        items = list(
            session.scalars(
                select(EvidenceItem)
                .where(EvidenceItem.case_id == case_id)
                .order_by(EvidenceItem.created_at)
            )
        )
        superseded = {i.supersedes_id for i in items if i.supersedes_id}
        current = [i for i in items if i.id not in superseded]
        lineages = [i.lineage_id for i in current]
        return [
            Citable(
                f"{i.title} ({evidence_kind_word(i.kind)})",
                token("exhibit", _short(i.lineage_id, lineages)),
            )
            for i in current
        ]
    if kind == "incident":
        incidents = workspace.incidents(case_id)
        ids = [i.id for i in incidents]
        return [Citable(incident_label(i), token("incident", _short(i.id, ids))) for i in incidents]
    persons = workspace.persons(case_id)
    ids = [p.id for p in persons]
    return [Citable(person_label(p), token("person", _short(p.id, ids))) for p in persons]


class CitePicker(QDialog):
    """Choose a passage, exhibit, incident or person; ``chosen`` is its token."""

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("citePicker")
        self.setWindowTitle(self.tr("Cite"))
        fit_to_screen(self, 720, 480)
        self.workspace, self.case_id = workspace, case_id
        self.chosen = ""
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What to cite"))
        for key, label in CITE_KINDS:
            self.kind.addItem(_label(label), key)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Material of this case"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.insert_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.insert_button.setText(self.tr("Insert citation"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._fill)
        self.filter.textChanged.connect(self._filter)
        keyboard_order(
            [self.kind, self.filter, self.list, self.insert_button,
             buttons.button(QDialogButtonBox.StandardButton.Cancel)],
            self.insert_button,
        )  # fmt: skip
        self._fill()

    def choose_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _fill(self) -> None:
        self.list.clear()
        for entry in citables(self.workspace, self.case_id, self.kind.currentData()):
            item = QListWidgetItem(entry.label)
            item.setData(TOKEN_ROLE, entry.token)
            self.list.addItem(item)
        self._filter(self.filter.text())
        if self.list.count():
            self.list.setCurrentRow(0)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None and (self.list.currentItem() is None or
                                  self.list.currentItem().isHidden()):  # fmt: skip
            self.list.setCurrentItem(first)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            show_error(self, self.tr("Choose what to cite from the list first."))
            return
        self.chosen = item.data(TOKEN_ROLE)
        super().accept()


class SectionsEditor(QDialog):
    """Every authored section of one case, edited one at a time."""

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sectionsEditor")
        self.workspace, self.case_id = workspace, case_id
        case = workspace.get("case", case_id)
        self.setWindowTitle(
            self.tr("Complaint sections — {reference}").format(reference=case.reference)
        )
        fit_to_screen(self, 1100, 720)
        self.slot: SectionSlot | None = None
        self._saved_text = ""
        self.picker: CitePicker | None = None

        self.slots = QListWidget()
        self.slots.setObjectName("sectionSlots")
        self.slots.setAccessibleName(self.tr("Sections of the complaint"))
        self.slots.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full text is its tooltip
        self.slots.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("sectionText")
        self.text.setAccessibleName(self.tr("Text of the section"))
        self.text.setTabChangesFocus(True)
        self.cite_button = QPushButton(self.tr("Cite…"))
        self.cite_button.setToolTip(
            self.tr("Insert a reference to a passage, exhibit, incident or person")
        )
        self.cite_button.clicked.connect(self.cite)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this section as a new version (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("sectionStatus")
        save_key = QAction(self)
        save_key.setShortcut(QKeySequence.StandardKey.Save)
        save_key.triggered.connect(self.save)
        self.addAction(save_key)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cite_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addWidget(self.text, 1)
        column.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.slots)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        keyboard_order(
            [self.slots, self.text, self.cite_button, self.save_button, close],
            helpers=[self.cite_button, self.save_button, close],  # Enter never closes or saves
        )

        self.text.textChanged.connect(self._show_status)
        self._fill_slots()
        self.slots.currentItemChanged.connect(self._slot_changed)
        self.slots.setCurrentRow(0)

    # -- the list of sections -----------------------------------------------------------

    def _case(self) -> Case:
        return self.workspace.get("case", self.case_id)

    def _fill_slots(self) -> None:
        session = self.workspace.session
        written = load_sections(session, self._case())
        self.slots.clear()
        for kind in CASE_SECTION_KINDS:
            self._add_slot(SectionSlot(kind), _label(KIND_LABELS[kind]), bool(written.case(kind)))
        charges = session.scalars(
            select(Charge).where(Charge.case_id == self.case_id).order_by(Charge.created_at)
        ).all()
        index = ElementIndex(load_taxonomy()) if charges else None
        for charge in charges:
            name = charge.title or (
                index.taxonomy.crime(charge.crime_id).title
                if index and index.taxonomy.has_crime(charge.crime_id)
                else ""
            )
            self._add_slot(
                SectionSlot(CHARGE_SECTION_KIND, charge.id),
                self.tr("Legal argument: {crime} {title}")
                .format(crime=charge.crime_id, title=name)
                .strip(),
                bool(written.charge(charge.id)),
            )
            for element_id in element_ids_of(charge, index):
                info = index.get(element_id) if index else None
                text = info.text if info else ""
                text = text if len(text) <= 70 else text[:69] + "…"
                self._add_slot(
                    SectionSlot(ELEMENT_SECTION_KIND, charge.id, element_id),
                    f"    {element_id}: {text}",
                    bool(written.element(charge.id, element_id)),
                )

    def _add_slot(self, slot: SectionSlot, label: str, written: bool) -> None:
        item = QListWidgetItem(("● " if written else "○ ") + label)
        item.setData(SLOT_ROLE, slot)
        tip = (
            self.tr("{section} (written)")
            if written
            else self.tr("{section} (nothing written yet)")
        )
        item.setToolTip(tip.format(section=label))
        self.slots.addItem(item)

    def select_slot(self, slot: SectionSlot) -> None:
        for row in range(self.slots.count()):
            if self.slots.item(row).data(SLOT_ROLE) == slot:
                self.slots.setCurrentRow(row)
                return

    def _slot_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None):
        if self.dirty and not self.save():
            self.slots.blockSignals(True)
            self.slots.setCurrentItem(previous)
            self.slots.blockSignals(False)
            return
        if current is None:
            return
        self.slot = current.data(SLOT_ROLE)
        label = current.text()[2:].strip()
        self.title.setText(label)
        self.hint.setText(_label(HINTS.get(self.slot.kind, "")))
        sections = load_sections(self.workspace.session, self._case())
        if self.slot.kind == ELEMENT_SECTION_KIND:
            text = sections.element(self.slot.charge_id, self.slot.element_id)
        elif self.slot.kind == CHARGE_SECTION_KIND:
            text = sections.charge(self.slot.charge_id)
        else:
            text = sections.case(self.slot.kind)
        self._saved_text = text
        self.text.setPlainText(text)
        self._show_status()

    # -- editing -------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.slot is not None and self.text.toPlainText() != self._saved_text

    def _versions(self) -> int:
        if self.slot is None:
            return 0
        return len(
            section_history(
                self.workspace.session,
                self._case(),
                self.slot.kind,
                charge_id=self.slot.charge_id or None,
                element_id=self.slot.element_id or None,
            )
        )

    def _show_status(self) -> None:
        if self.dirty:
            self.status.setText(self.tr("Unsaved changes"))
            self.status.setToolTip("")
            return
        versions = self._versions()
        text = (
            self.tr("Saved, version {version}").format(version=versions)
            if versions
            else self.tr("Nothing written yet")
        )
        problems = case_citation_problems(self.workspace.session, self._case(), self._saved_text)
        if problems:
            text = self.tr(
                "{status} · %n citation(s) name nothing of this case (hover for which)",
                "",
                len(problems),
            ).format(status=text)
        self.status.setText(text)
        self.status.setToolTip("\n".join(phrase_text(p) for p in problems))

    def save(self) -> bool:
        """Save the text shown as a new version; False (and a message) when it is refused."""
        if not self.dirty or self.slot is None:
            return True
        slot, text = self.slot, self.text.toPlainText()
        try:
            with self.workspace.saving():
                set_section(
                    self.workspace.session,
                    self._case(),
                    slot.kind,
                    text,
                    charge_id=slot.charge_id or None,
                    element_id=slot.element_id or None,
                )
        except CasebookError as exc:
            show_error(self, exc, self.tr("The section was not saved"))
            return False
        self._saved_text = text
        item = self.slots.currentItem()
        if item is not None and item.data(SLOT_ROLE) == slot:
            item.setText(("● " if text.strip() else "○ ") + item.text()[2:])
        self.workspace.changed.emit("section", self.case_id)
        self._show_status()
        return True

    def cite(self) -> CitePicker:
        self.picker = CitePicker(self.workspace, self.case_id, self)
        self.picker.accepted.connect(self._insert_citation)
        self.picker.finished.connect(self.picker.deleteLater)
        self.picker.open()
        return self.picker

    def _insert_citation(self) -> None:
        if self.picker is not None and self.picker.chosen:
            self.text.insertPlainText(self.picker.chosen)
            self.text.setFocus()

    def reject(self) -> None:
        """Close, Escape, the window's close button, or the window locking: what was written
        is saved first (a refused text is named in a message; the dialog still closes, since
        locking must not wait)."""
        self.save()
        super().reject()


def install_sections_action(window: QMainWindow, slot: object) -> QAction:
    """Case ▸ Complaint sections… (Ctrl+Shift+A): added to the window's Case menu."""
    action = QAction(QCoreApplication.translate("SectionsEditor", "Complaint &sections…"), window)
    action.setObjectName("sectionsAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+A"))
    action.setToolTip(
        QCoreApplication.translate(
            "SectionsEditor", "Write the complaint's own sections and arguments (Ctrl+Shift+A)"
        )
    )
    action.triggered.connect(slot)
    # Found by its object name (window_actions), never by its translated title.
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and menu.objectName() == "caseMenu":
            menu.addSeparator()
            menu.addAction(action)
            break
    else:
        window.addAction(action)
    return action
