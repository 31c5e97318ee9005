"""The navigator: cases, and under each the sections of a case and their records.

Sections are declared once in ``SECTIONS``; the legal analysis adds Charges (one row per
charge, which opens its matrix), the coverage matrix, the timeline and the locations of the
case. Evidence has no child rows:
a case can hold 50,000 items, which the evidence table shows lazily instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from casebook.core.analysis import list_charges
from casebook.core.models import Case, Incident, Person, Testimony

from ..shared.bidi_text import isolate
from ..shared.languages import language
from ..shared.window_actions import toolbar_text
from ..shared.workspace import Workspace
from ..tagging.analysis_service import taxonomy
from .record_labels import role_words

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CASE_ROLE = Qt.ItemDataRole.UserRole + 3


def incident_label(incident: Incident) -> str:
    when = incident.date_start or ""
    return f"{incident.title} ({when})" if when else incident.title


def person_label(person: Person) -> str:
    roles = role_words(person.roles)
    return f"{person.pseudonym} — {roles}" if roles else person.pseudonym


def testimony_label(testimony: Testimony, witnesses: dict[str, str]) -> str:
    lang = language(testimony.language)
    witness = witnesses.get(testimony.witness_id or "", "?")
    parts = [
        testimony.title
        or QCoreApplication.translate("NavigatorModel", "Testimony of {witness}").format(
            witness=witness
        )
    ]
    if lang:
        parts.append(lang.name)
    if testimony.version > 1:
        version = QCoreApplication.translate(
            "NavigatorModel", "v{version}", "a statement's version"
        )
        parts.append(version.format(version=testimony.version))
    if testimony.sealed:
        parts.append(QCoreApplication.translate("NavigatorModel", "sealed"))
    return " · ".join(parts)


@dataclass(frozen=True)
class Section:
    key: str  # "section:<key>" is the kind of its navigator row
    source_title: str  # English, marked with QT_TRANSLATE_NOOP("NavigatorModel", …)
    children: Callable[[Workspace, Case, int], Rows] | None  # at most that many rows
    count: Callable[[Workspace, Case], int] | None = None  # asked when the rows are cut off
    counted: bool = True  # False: a view of the case ("Timeline"), shown without a number

    @property
    def title(self) -> str:
        """The section's name in the interface language."""
        return QCoreApplication.translate("NavigatorModel", self.source_title)


ROW_LIMIT = 500
"""Rows a section lists. A tree of 100,000 statements took six seconds to build and then
crashed PySide6; the rest are reached through Search, and a record opened from there is shown
even when it has no row here."""

Rows = list[tuple[str, str, str]]  # kind, record id, label


def _incidents(ws: Workspace, case: Case, limit: int) -> Rows:
    return [("incident", i.id, incident_label(i)) for i in ws.incidents(case.id, limit)]


def _persons(ws: Workspace, case: Case, limit: int) -> Rows:
    return [("person", p.id, person_label(p)) for p in ws.persons(case.id, limit)]


def _testimonies(ws: Workspace, case: Case, limit: int) -> Rows:
    shown = ws.testimonies(case.id, limit)
    names = ws.pseudonyms({t.witness_id for t in shown if t.witness_id})
    return [("testimony", t.id, testimony_label(t, names)) for t in shown]


def _charges(ws: Workspace, case: Case, limit: int) -> Rows:
    crimes = {c.id: c.title for c in taxonomy().crimes}
    return [
        ("charge", c.id, f"{isolate(c.crime_id)} — {c.title or crimes.get(c.crime_id, '')}")
        for c in list_charges(ws.session, case)[:limit]
    ]


SECTIONS: tuple[Section, ...] = (
    Section(
        "incidents",
        QT_TRANSLATE_NOOP("NavigatorModel", "Incidents"),
        _incidents,
        lambda ws, case: ws.incident_count(case.id),
    ),
    Section(
        "persons",
        QT_TRANSLATE_NOOP("NavigatorModel", "Persons"),
        _persons,
        lambda ws, case: ws.person_count(case.id),
    ),
    Section(
        "testimonies",
        QT_TRANSLATE_NOOP("NavigatorModel", "Testimonies"),
        _testimonies,
        lambda ws, case: ws.testimony_count(case.id),
    ),
    Section(
        "evidence",
        QT_TRANSLATE_NOOP("NavigatorModel", "Evidence"),
        None,
        lambda ws, case: ws.evidence_count(case.id),
    ),
    Section("charges", QT_TRANSLATE_NOOP("NavigatorModel", "Charges"), _charges),
    Section("matrix", QT_TRANSLATE_NOOP("NavigatorModel", "Coverage matrix"), None, counted=False),
    Section("timeline", QT_TRANSLATE_NOOP("NavigatorModel", "Timeline"), None, counted=False),
    Section("locations", QT_TRANSLATE_NOOP("NavigatorModel", "Locations"), None, counted=False),
    Section("patterns", QT_TRANSLATE_NOOP("NavigatorModel", "Patterns"), None, counted=False),
)


class NavigatorModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels(["Casebook"])  # the product's name, not translated

    def clear_all(self) -> None:
        self.removeRows(0, self.rowCount())

    def rebuild(self, workspace: Workspace) -> None:
        self.clear_all()
        root = self.invisibleRootItem()
        for case in workspace.cases():
            case_item = _item(f"{case.reference} — {case.title}", "case", case.id, case.id)
            for section in SECTIONS:
                rows = section.children(workspace, case, ROW_LIMIT + 1) if section.children else []
                cut_off = len(rows) > ROW_LIMIT
                del rows[ROW_LIMIT:]
                asks = section.count is not None and (cut_off or section.children is None)
                count = section.count(workspace, case) if asks else len(rows)  # type: ignore[misc]
                label = (
                    QCoreApplication.translate(
                        "NavigatorModel", "{section} ({count})", "a navigator section and its size"
                    ).format(section=section.title, count=count)
                    if section.counted
                    else section.title
                )
                section_item = _item(label, f"section:{section.key}", "", case.id)
                for kind, record_id, text in rows:
                    section_item.appendRow(_item(text, kind, record_id, case.id))
                if cut_off:
                    more = QCoreApplication.translate(
                        "NavigatorModel", "{count} more — use {search} to find them"
                    ).format(
                        count=QLocale().toString(count - len(rows)),
                        search=toolbar_text(QCoreApplication.translate("MainWindow", "&Search…")),
                    )
                    section_item.appendRow(_item(more, "more", "", case.id))
                case_item.appendRow(section_item)
            root.appendRow(case_item)

    def find(self, kind: str, record_id: str, case_id: str = "") -> QModelIndex:
        """The row for a record (or for a section, by kind and case), or an invalid index."""
        stack = [self.index(r, 0) for r in range(self.rowCount())]
        while stack:
            index = stack.pop()
            if index.data(KIND_ROLE) == kind and (
                index.data(ID_ROLE) == record_id if record_id else index.data(CASE_ROLE) == case_id
            ):
                return index
            stack.extend(self.index(r, 0, index) for r in range(self.rowCount(index)))
        return QModelIndex()


def record_of(index: QModelIndex | QPersistentModelIndex) -> tuple[str, str, str]:
    """(kind, record id, case id) of a navigator row."""
    return (index.data(KIND_ROLE) or "", index.data(ID_ROLE) or "", index.data(CASE_ROLE) or "")


def _item(text: str, kind: str, record_id: str, case_id: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind, KIND_ROLE)
    item.setData(record_id, ID_ROLE)
    item.setData(case_id, CASE_ROLE)
    item.setToolTip(text)
    return item
