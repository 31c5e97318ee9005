"""The coverage matrix: each charge's elements, what proves them, and what is missing.

Rows come from ``casebook.core.analysis.coverage`` only (the one place that decides a
status); this view lays them out, grouped by charge (context, crime elements, liability of
each perpetrator). A status is shown as a symbol and a word as well as a colour, so it reads
without colour. Above the rows, an overview grid shows every charge at once, one cell per
element. Choosing a row lists its material with citations (activating one opens it) and the
tagged material the charge does not count, with the reason and a button for the fix where
there is one (link the statement to the incident the charge rests on).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.core.analysis import (
    STATUS_LEGEND,
    ChargeCoverage,
    CoverageMatrix,
    ElementRow,
    Fix,
    Item,
)
from casebook.core.errors import CasebookError
from casebook.core.store.staging import write_file

from ..records.record_editors import heading_label
from ..shared.errors_dialog import show_error
from ..shared.plurals import english_plural
from ..shared.translation import phrase_text
from ..shared.workspace import Workspace
from ..tagging.analysis_service import SUPPORT_WORDS, AnalysisService

SYMBOLS = {"supported": "✔", "weak": "~", "contested": "±", "contradicted": "✖", "gap": "○"}
STATUS_WORDS = {
    "supported": QT_TRANSLATE_NOOP("MatrixView", "supported"),
    "weak": QT_TRANSLATE_NOOP("MatrixView", "weak"),
    "contested": QT_TRANSLATE_NOOP("MatrixView", "contested"),
    "contradicted": QT_TRANSLATE_NOOP("MatrixView", "contradicted"),
    "gap": QT_TRANSLATE_NOOP("MatrixView", "gap"),
}
# Light backgrounds with dark text: readable in light and dark themes alike.
COLOURS = {
    "supported": "#cdebd0",
    "weak": "#fbedb5",
    "contested": "#fbd7b0",
    "contradicted": "#f4c2c2",
    "gap": "#e4e4e4",
}
COLUMNS = (
    QT_TRANSLATE_NOOP("MatrixView", "Element"),
    QT_TRANSLATE_NOOP("MatrixView", "Status"),
    QT_TRANSLATE_NOOP("MatrixView", "Supporting"),
    QT_TRANSLATE_NOOP("MatrixView", "Contradicting"),
    QT_TRANSLATE_NOOP("MatrixView", "Not counted"),
    QT_TRANSLATE_NOOP("MatrixView", "Grading"),
)
CSV_HEADER = (
    "charge", "group", "element", "text", "status", "supporting", "contradicting", "not_counted",
    "grading",
)  # fmt: skip
MATERIAL_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_LETTER = {"context": "C", "crime": "E", "liability": "L"}


def support_word(kind: str) -> str:
    """A kind of support ("direct"…) in the words the tag lists use (tagging's table)."""
    text = SUPPORT_WORDS.get(kind)
    return QCoreApplication.translate("AnalysisService", text) if text else kind


def status_word(status: str) -> str:
    """A coverage status ("supported", "gap"…) as a word of the interface's language."""
    text = STATUS_WORDS.get(status)
    return QCoreApplication.translate("MatrixView", text) if text else status


def status_text(status: str) -> str:
    return f"{SYMBOLS.get(status, '?')} {status_word(status)}"


def supporting_summary(row: ElementRow, translated: bool = True) -> str:
    """``1 direct, 2 corroborating``; untranslated (the CSV's words) when ``translated`` is off."""
    if not translated:
        counts = [f"{len(items)} {kind}" for kind, items in row.supporting.items() if items]
        return ", ".join(counts) or "—"
    counts = [
        QCoreApplication.translate("MatrixView", "{count} {support}").format(
            count=len(items), support=support_word(kind)
        )
        for kind, items in row.supporting.items()
        if items
    ]
    return QCoreApplication.translate("MatrixView", ", ", "list separator").join(counts) or "—"


def grading_summary(row: ElementRow, translated: bool = True) -> str:
    """``B2 ×2, F6`` over all material of the row, strongest first; material nobody graded
    reads "ungraded" (in the interface's language unless ``translated`` is off: the CSV)."""
    ungraded = QCoreApplication.translate("MatrixView", "ungraded") if translated else None
    counts = Counter(
        i.grading or ungraded or i.grading_label
        for i in (*row.supporting_items, *row.contradicting)
    )
    return ", ".join(f"{g} ×{n}" if n > 1 else g for g, n in sorted(counts.items())) or "—"


def not_counted_line(row: ElementRow) -> str:
    """The column text: how many tagged items the charge leaves out, or a dash."""
    count = len(row.not_counted)
    if not count:
        return "—"
    return english_plural(QCoreApplication.translate("MatrixView", "%n item(s)", "", count), count)


def fixes_of(row: ElementRow) -> list[Fix]:
    """The fixes the row's not-counted material offers, each once."""
    seen: dict[tuple[str, str, str], Fix] = {}
    for out in row.not_counted:
        for fix in out.fixes:
            seen.setdefault((fix.kind, fix.record_id, fix.incident_id), fix)
    return list(seen.values())


def charge_heading(charge: ChargeCoverage) -> str:
    national = f" · {charge.national_citation}" if charge.national_citation else ""
    separator = QCoreApplication.translate("MatrixView", ", ", "list separator")
    incidents = separator.join(f"'{title}'" for _id, title in charge.incidents)
    rests_on = (
        " · "
        + QCoreApplication.translate("MatrixView", "rests on {incidents}").format(
            incidents=incidents
        )
        if incidents
        else ""
    )
    return f"{charge.title or charge.crime_title} — {charge.crime_id}{national}{rests_on}"


def overview_label(number: int, charge: ChargeCoverage, width: int = 34) -> str:
    """A short line label for the overview grid: its number, crime id and a shortened title."""
    title = charge.title or charge.crime_title.removeprefix("Crime against humanity of ")
    if len(title) > width:
        title = title[: width - 1] + "…"
    return f"{number}. {charge.crime_id} {title}"


def matrix_rows(matrix: CoverageMatrix) -> list[tuple[str, str, ElementRow | None]]:
    """(charge heading, group, row) in display order; a None row is a group heading."""
    out: list[tuple[str, str, ElementRow | None]] = []
    for charge in matrix.charges:
        heading = charge_heading(charge)
        out.append((heading, heading, None))
        if not charge.known:
            missing = QCoreApplication.translate(
                "MatrixView", "{crime} is not in this taxonomy: no rows"
            ).format(crime=charge.crime_id)
            out.append((heading, missing, None))
        groups = [
            (QCoreApplication.translate("MatrixView", "Context"), charge.context),
            (QCoreApplication.translate("MatrixView", "Elements of the crime"), charge.elements),
        ]
        groups += [
            (
                QCoreApplication.translate(
                    "MatrixView", "Liability — {person} under {mode} ({mode_title})"
                ).format(person=p.pseudonym, mode=p.liability_id, mode_title=p.liability_title),
                p.rows,
            )
            for p in charge.perpetrators
        ]
        for group, rows in groups:
            if rows:
                out.append((heading, group, None))
                out.extend((heading, group, row) for row in rows)
    return out


def citation(item: Item) -> str:
    who = (
        " · "
        + QCoreApplication.translate("MatrixView", "about {person}").format(person=item.perpetrator)
        if item.perpetrator
        else ""
    )
    note = f" — {item.note}" if item.note else ""
    support = support_word(item.support)
    return f"{item.label} · {support} · {item.grading}{who}{note}"


class MatrixView(QWidget):
    navigate = Signal(str, str, int)  # kind, record id, paragraph

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixView")
        self.workspace = workspace
        self.service = AnalysisService(workspace)
        self.case_id = ""
        self.charge_ids: list[str] | None = None
        self.matrix: CoverageMatrix | None = None
        self.rows: list[tuple[str, str, ElementRow | None]] = []
        self.heading = heading_label(self.tr("Coverage matrix"))
        self.model = QStandardItemModel(0, len(COLUMNS))
        self.model.setHorizontalHeaderLabels(
            [QCoreApplication.translate("MatrixView", c) for c in COLUMNS]
        )
        self.table = QTableView()
        self.table.setObjectName("matrixTable")
        self.table.setAccessibleName(self.tr("Coverage matrix"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _lay_out(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._row(cur.row()))
        self.overview = QTableWidget()
        self.overview.setObjectName("matrixOverview")
        self.overview.setAccessibleName(self.tr("Coverage of every charge, one cell per element"))
        self.overview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overview.horizontalHeader().hide()
        self.overview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.overview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.overview.cellClicked.connect(self._overview_clicked)
        self.legend = QLabel(
            self.tr(
                "{statuses}.  Grades: reliability A–F, credibility 1–6 (weak: D–F or 4–6).  "
                "Overview cells: C context, E element of the crime, L liability; * tagged "
                "material the charge does not count.",
                "keep the letters A–F, 1–6, C, E, L and *: the matrix shows them",
            ).format(
                statuses="  ·  ".join(
                    f"{status_text(s)}: {phrase_text(STATUS_LEGEND[s])}" for s in SYMBOLS
                )
            )
        )
        self.legend.setObjectName("matrixLegend")
        self.legend.setWordWrap(True)
        self.details_title = QLabel(self.tr("Choose a row to see its material."))
        self.details_title.setWordWrap(True)
        self.details = QListWidget()
        self.details.setObjectName("matrixDetails")
        self.details.setAccessibleName(self.tr("Material of the chosen element"))
        self.details.setWordWrap(True)
        self.details.itemActivated.connect(self._open)
        self.fix_row = QHBoxLayout()
        self.fix_buttons: list[QPushButton] = []
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(self._ask_csv)
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.png_button.clicked.connect(self._ask_png)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.png_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details_title)
        lower_layout.addWidget(self.details, 1)
        lower_layout.addLayout(self.fix_row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.overview)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.legend)
        layout.addWidget(split, 1)
        workspace.changed.connect(self._changed)

    # -- showing ---------------------------------------------------------------------------------

    def show_case(self, case_id: str, charge_ids: list[str] | None = None) -> None:
        self.case_id, self.charge_ids = case_id, charge_ids
        self.refresh()

    def refresh(self) -> None:
        if not self.case_id:
            return
        self.matrix = self.service.coverage(self.case_id, self.charge_ids)
        self.rows = matrix_rows(self.matrix)
        self.model.removeRows(0, self.model.rowCount())
        self.table.clearSpans()
        bold = QFont(self.font())
        bold.setBold(True)
        for heading, group, row in self.rows:
            if row is None:
                item = QStandardItem(group)
                item.setFont(bold)
                if group != heading:
                    item.setText(f"   {group}")
                self.model.appendRow([item, *(QStandardItem() for _ in COLUMNS[1:])])
                self.table.setSpan(self.model.rowCount() - 1, 0, 1, len(COLUMNS))
                continue
            number = row.crime_element_id or row.element_id
            element = QStandardItem(f"{row.number}. {row.text}")
            element.setToolTip(f"{number}\n{row.text}")
            not_counted = QStandardItem(not_counted_line(row))
            if row.not_counted:
                not_counted.setToolTip(
                    "\n".join(
                        self.tr("Not counted, because {reason}").format(
                            reason=phrase_text(n.because)
                        )
                        for n in row.not_counted
                    )
                )
            self.model.appendRow(
                [
                    element,
                    _status_item(row.status),
                    QStandardItem(supporting_summary(row)),
                    QStandardItem(str(len(row.contradicting)) if row.contradicting else "—"),
                    not_counted,
                    QStandardItem(grading_summary(row)),
                ]
            )
        self._fill_overview(self.matrix)
        charges = len(self.matrix.charges)
        heading = english_plural(
            self.tr("Coverage matrix — {reference}, %n charge(s)", "", charges), charges
        )
        self.heading.setText(heading.format(reference=self.matrix.case_reference))
        if not charges:
            self.details_title.setText(self.tr("No charges yet: add one in the Charges section."))
        self.details.clear()
        self._set_fixes([])

    def _fill_overview(self, matrix: CoverageMatrix) -> None:
        """One line per charge, one cell per element: symbol, group letter and number on the
        status colour, so a matrix of many charges reads at a glance (and without colour)."""
        lines: list[tuple[str, list[tuple[int, ElementRow]]]] = []
        current: list[tuple[int, ElementRow]] = []
        for n, (heading, _group, row) in enumerate(self.rows):
            if row is None and heading == _group:
                current = []
                lines.append((heading, current))
            elif row is not None:
                current.append((n, row))
        width = max((len(cells) for _h, cells in lines), default=0)
        self.overview.clear()
        self.overview.setRowCount(len(lines))
        self.overview.setColumnCount(width)
        charges = self.matrix.charges if self.matrix else ()
        for line, charge in enumerate(charges):
            header = QTableWidgetItem(overview_label(line + 1, charge))
            header.setToolTip(charge_heading(charge))
            self.overview.setVerticalHeaderItem(line, header)
        for line, (_heading, cells) in enumerate(lines):
            for column, (n, row) in enumerate(cells):
                cell = QTableWidgetItem(
                    f"{SYMBOLS[row.status]} {GROUP_LETTER.get(row.kind, '')}{row.number}"
                    + ("*" if row.not_counted else "")
                )
                cell.setBackground(QBrush(QColor(COLOURS[row.status])))
                cell.setForeground(QBrush(QColor("#1a1a1a")))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                left_out = len(row.not_counted)
                tip = (
                    self.tr("{element}: {status}; %n tagged item(s) not counted", "", left_out)
                    if left_out
                    else self.tr("{element}: {status}")
                )
                cell.setToolTip(
                    tip.format(
                        element=row.crime_element_id or row.element_id,
                        status=status_word(row.status),
                    )
                )
                cell.setData(ROW_ROLE, n)
                self.overview.setItem(line, column, cell)
        self.overview.setVisible(bool(lines))
        self.overview.resizeRowsToContents()
        rows = sum(self.overview.rowHeight(n) for n in range(len(lines)))
        bar = self.overview.horizontalScrollBar().sizeHint().height()
        self.overview.setMaximumHeight(min(rows + bar + 2 * self.overview.frameWidth() + 4, 320))

    def _overview_clicked(self, line: int, column: int) -> None:
        cell = self.overview.item(line, column)
        if cell is not None and cell.data(ROW_ROLE) is not None:
            self.table.selectRow(int(cell.data(ROW_ROLE)))
            self.table.scrollTo(self.model.index(int(cell.data(ROW_ROLE)), 0))

    def status_of(self, element_id: str, group_contains: str = "") -> str:
        """The status text shown for an element (tests and accessibility checks read it)."""
        for n, (_h, group, row) in enumerate(self.rows):
            ids = (row.element_id, row.crime_element_id) if row is not None else ()
            if element_id in ids and group_contains in group:
                return self.model.item(n, 1).text()
        return ""

    def row_number(self, element_id: str, group_contains: str = "", charge: str = "") -> int:
        """The table row of an element (first match), or -1."""
        for n, (heading, group, row) in enumerate(self.rows):
            ids = (row.element_id, row.crime_element_id) if row is not None else ()
            if element_id in ids and group_contains in group and charge in heading:
                return n
        return -1

    def clear(self) -> None:
        self.case_id = ""
        self.matrix = None
        self.rows = []
        self.model.removeRows(0, self.model.rowCount())
        self.overview.clear()
        self.overview.setRowCount(0)
        self.details.clear()
        self._set_fixes([])

    def _changed(self, kind: str, _record_id: str) -> None:
        if kind in ("tag", "charge", "incident", "pattern") and self.case_id:
            self.refresh()

    def _row(self, number: int) -> None:
        self.details.clear()
        self._set_fixes([])
        if not 0 <= number < len(self.rows) or self.rows[number][2] is None:
            return
        row = self.rows[number][2]
        assert row is not None
        self.details_title.setText(
            self.tr("{element}: {status} — activate an item to open it.").format(
                element=row.crime_element_id or row.element_id, status=status_text(row.status)
            )
        )
        for item in row.supporting_items:
            self._add_entry(self.tr("For: {citation}").format(citation=citation(item)), item)
        for item in row.contradicting:
            self._add_entry(self.tr("Against: {citation}").format(citation=citation(item)), item)
        for item in row.needs_review:
            self.details.addItem(
                self.tr("Needs review (not counted): {citation}").format(citation=citation(item))
            )
        for out in row.not_counted:
            self._add_entry(
                self.tr("Not counted, because {reason}: {citation}").format(
                    reason=phrase_text(out.because), citation=citation(out.item)
                ),
                out.item,
            )
        for pattern in row.patterns:  # saved in the pattern view; counts, not graded material
            separator = self.tr("; ", "joins the conditions of a saved pattern's filter")
            where = separator.join(phrase_text(line) for line in pattern.filter_lines)
            self.details.addItem(
                self.tr("{pattern}, not graded — {where}").format(
                    pattern=phrase_text(pattern.label), where=where or self.tr("all incidents")
                )
            )
        if not self.details.count():
            self.details.addItem(self.tr("No material is tagged to this element yet."))
        self._set_fixes(fixes_of(row))

    def _add_entry(self, text: str, item: Item) -> None:
        entry = QListWidgetItem(text)
        m = item.material
        if m.kind == "passage":
            target = ("testimony", m.testimony_id or "", m.position or 0)
        else:
            target = (m.kind, m.record_id, 0)
        entry.setData(MATERIAL_ROLE, target)
        self.details.addItem(entry)

    def _set_fixes(self, fixes: list[Fix]) -> None:
        for button in self.fix_buttons:
            self.fix_row.removeWidget(button)
            button.deleteLater()
        self.fix_buttons = []
        for fix in fixes:
            button = QPushButton(phrase_text(fix.label))
            button.setObjectName("matrixFix")
            button.setToolTip(
                self.tr('Ticks it in the incident\'s "Concerns" list, so this charge counts it.')
            )
            button.clicked.connect(lambda _checked=False, f=fix: self.apply_fix(f))
            self.fix_row.addWidget(button)
            self.fix_buttons.append(button)

    def apply_fix(self, fix: Fix) -> None:
        """Link the material to the incident (the records API the "Concerns" list uses)."""
        chosen = self.table.currentIndex().row()
        try:
            self.workspace.set_incident_link(fix.incident_id, fix.kind, fix.record_id, True)
        except CasebookError as exc:
            show_error(self, exc, self.tr("The link was not saved"))
            return
        self.workspace.changed.emit("incident", fix.incident_id)  # this view refreshes too
        if 0 <= chosen < self.model.rowCount():
            self.table.selectRow(chosen)

    def _open(self, entry: QListWidgetItem) -> None:
        target = entry.data(MATERIAL_ROLE)
        if target:
            self.navigate.emit(*target)

    # -- exporting -------------------------------------------------------------------------------

    def write_csv(self, path: Path) -> None:
        """The shown matrix as CSV, in one private file (0600 whatever the umask)."""
        out = io.StringIO(newline="")
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        for heading, group, row in self.rows:
            if row is None:
                continue
            writer.writerow(
                [
                    heading,
                    group,
                    row.crime_element_id or row.element_id,
                    row.text,
                    row.status,
                    supporting_summary(row, translated=False),
                    len(row.contradicting),
                    len(row.not_counted),
                    grading_summary(row, translated=False),
                ]
            )
        write_file(path, out.getvalue().encode("utf-8"), replace=True)

    def render_whole(self) -> QPixmap:
        """Every row of the matrix, not only those scrolled into view: a table of the same
        model, laid out off screen at the height of all its rows, then grabbed."""
        whole = QTableView()
        whole.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        whole.setModel(self.model)
        _lay_out(whole)
        whole.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        whole.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for n, (_heading, _group, row) in enumerate(self.rows):
            if row is None:
                whole.setSpan(n, 0, 1, len(COLUMNS))
        # As wide as the rows shown (their text wraps the same), or a page's width off screen.
        shown = self.table.viewport().width() + 2 * self.table.frameWidth()
        width = shown if self.table.isVisible() else 900
        whole.resize(width, 200)
        whole.show()
        whole.resizeRowsToContents()
        height = whole.horizontalHeader().height() + 2 * whole.frameWidth()
        height += sum(whole.rowHeight(n) for n in range(self.model.rowCount()))
        whole.resize(width, height)
        whole.resizeRowsToContents()
        height = whole.horizontalHeader().height() + 2 * whole.frameWidth()
        height += sum(whole.rowHeight(n) for n in range(self.model.rowCount()))
        whole.resize(width, height)
        picture = whole.grab()
        whole.hide()
        whole.setModel(None)  # type: ignore[arg-type]
        whole.deleteLater()
        return picture

    def write_png(self, path: Path) -> bool:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.render_whole().save(buffer, "PNG"):
            return False
        try:
            write_file(path, bytes(buffer.data().data()), replace=True)
        except (OSError, CasebookError):
            return False
        return True

    def _ask_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the matrix as CSV"), "", self.tr("CSV (*.csv)")
        )
        if name:
            try:
                self.write_csv(Path(name))
            except OSError as exc:
                show_error(
                    self,
                    CasebookError(
                        self.tr("The CSV file could not be written: {reason}.").format(reason=exc)
                    ),
                )
            except CasebookError as exc:  # a full disk
                show_error(self, exc)

    def _ask_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the matrix as PNG"), "", self.tr("PNG (*.png)")
        )
        if name and not self.write_png(Path(name)):
            show_error(
                self, self.tr("The picture could not be written there. Choose another folder.")
            )


def _status_item(status: str) -> QStandardItem:
    """Symbol and word on the status colour: readable without colour, and at a glance."""
    item = QStandardItem(status_text(status))
    item.setBackground(QBrush(QColor(COLOURS[status])))
    item.setForeground(QBrush(QColor("#1a1a1a")))
    item.setToolTip(phrase_text(STATUS_LEGEND[status]))
    return item


def _lay_out(table: QTableView) -> None:
    """Columns and row heights of the matrix table: rows sized to their wrapped text as the
    table is laid out (on first paint too, not only after a redraw)."""
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(COLUMNS)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
