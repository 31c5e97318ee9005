"""Patterns across the incidents: by month, place, victim group, alleged unit and act.

Reads ``casebook.core.analysis.patterns`` (the one place that counts); this page only draws.
Filters combine (all must hold); choosing a bar or a table row lists the records behind that
count, and opening one shows it. Charts are painted here with QPainter: nothing is fetched,
no map tiles, coordinates are plotted on plain degree axes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.core.analysis.patterns import (
    GROUP_CHARACTERISTICS,
    GROUP_LABELS,
    TIME_TREATMENT,
    Count,
    Facet,
    PatternFilter,
    PatternResult,
    patterns,
    remove_pattern,
    save_pattern,
    saved_filter,
    saved_patterns,
)
from casebook.core.errors import CasebookError
from casebook.core.models import Case, Incident, Person, SavedPattern
from casebook.core.taxonomy import load_taxonomy

from ..records.record_editors import heading_label
from ..shared.errors_dialog import user_message
from ..shared.translation import phrase_text
from ..shared.workspace import Workspace

ANY = QT_TRANSLATE_NOOP("PatternsView", "(any)")  # translated where it is offered
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
CERTAIN, POSSIBLE, BAR, POINT = "#2e75b6", "#ffd966", "#2e75b6", "#c00000"


class BarChart(QWidget):
    """Horizontal bars, one per count; a click picks the count."""

    picked = Signal(int)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.rows: list[tuple[str, int]] = []
        self.setFixedHeight(60)

    def set_rows(self, rows: Sequence[tuple[str, int]]) -> None:
        self.rows = list(rows)
        self.setFixedHeight(max(60, 26 * len(self.rows) + 16))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(120, 26 * len(self.rows) + 16))

    def _geometry(self) -> tuple[float, float]:
        label_width = min(220.0, self.width() * 0.4)
        return label_width, max(self.width() - label_width - 60.0, 10.0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        label_width, bar_width = self._geometry()
        top = max((value for _, value in self.rows), default=0) or 1
        for n, (label, value) in enumerate(self.rows):
            y = 8 + n * 26
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_width - 8, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            width = bar_width * value / top
            painter.fillRect(QRectF(label_width, y + 2, width, 16), QColor(BAR))
            painter.drawText(
                QRectF(label_width + width + 6, y, 60, 20),
                Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = int((event.position().y() - 8) // 26)
        if 0 <= row < len(self.rows):
            self.picked.emit(row)


class MonthChart(QWidget):
    """Incidents by month: solid bars for incidents certainly in the month, a hatched bar on
    top for those whose uncertain date only may fall in it. A click picks the month."""

    picked = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Incidents by month"))
        self.months: list[tuple[str, int, int]] = []
        self.setMinimumHeight(220)

    def set_months(self, months: Sequence[tuple[str, int, int]]) -> None:
        self.months = list(months)
        self.update()

    def _slot(self) -> float:
        return (self.width() - 50) / max(len(self.months), 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.palette().text().color()
        height = self.height() - 72.0
        top = max((c + p for _, c, p in self.months), default=0) or 1
        slot = self._slot()
        painter.setPen(QPen(text))
        painter.translate(0, 16)  # room for the label over the tallest bar
        painter.drawLine(QPointF(40, 10), QPointF(40, 10 + height))
        painter.drawLine(QPointF(40, 10 + height), QPointF(self.width() - 10, 10 + height))
        for tick in sorted({0, top // 2, top}):
            y = 10 + height - height * tick / top
            painter.drawText(QRectF(0, y - 8, 34, 16), Qt.AlignmentFlag.AlignRight, str(tick))
        for n, (month, certain, possible) in enumerate(self.months):
            x = 44 + n * slot
            h_certain = height * certain / top
            h_possible = height * possible / top
            base = 10 + height
            painter.fillRect(QRectF(x, base - h_certain, slot * 0.7, h_certain), QColor(CERTAIN))
            rect = QRectF(x, base - h_certain - h_possible, slot * 0.7, h_possible)
            painter.fillRect(rect, QColor(POSSIBLE))
            painter.fillRect(rect, QBrush(QColor("#7f6000"), Qt.BrushStyle.BDiagPattern))
            painter.setPen(text)
            painter.drawText(
                QRectF(x - 10, rect.top() - 16, slot * 0.7 + 20, 14),
                Qt.AlignmentFlag.AlignHCenter,
                f"{certain} (+{possible})" if possible else str(certain),
            )
            painter.drawText(QRectF(x, base + 4, slot, 16), 0, month[5:])
            if n == 0 or month.endswith("-01"):
                painter.drawText(QRectF(x, base + 20, slot * 2, 16), 0, month[:4])
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        n = int((event.position().x() - 44) // self._slot())
        if 0 <= n < len(self.months):
            self.picked.emit(n)


class PointPlot(QWidget):
    """Incidents with coordinates on plain longitude/latitude axes (no map, nothing fetched)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Incidents by coordinates"))
        self.points: list[tuple[float, float]] = []
        self.setMinimumSize(260, 220)

    def set_points(self, points: Sequence[tuple[float, float]]) -> None:
        self.points = list(points)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().text().color()
        box = QRectF(50, 10, self.width() - 60, self.height() - 40)
        painter.setPen(QPen(text))
        painter.drawRect(box)
        if not self.points:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.tr("No coordinates recorded"))
            painter.end()
            return
        lats = [p[0] for p in self.points]
        lons = [p[1] for p in self.points]
        pad = 0.02
        south, north = min(lats) - pad, max(lats) + pad
        west, east = min(lons) - pad, max(lons) + pad
        painter.drawText(
            QRectF(0, box.bottom() - 8, 46, 16), Qt.AlignmentFlag.AlignRight, f"{south:.2f}"
        )
        painter.drawText(QRectF(0, box.top(), 46, 16), Qt.AlignmentFlag.AlignRight, f"{north:.2f}")
        painter.drawText(QRectF(box.left(), box.bottom() + 4, 80, 16), 0, f"{west:.2f}")
        painter.drawText(
            QRectF(box.right() - 80, box.bottom() + 4, 80, 16),
            Qt.AlignmentFlag.AlignRight,
            f"{east:.2f}",
        )
        painter.setPen(QPen(QColor(POINT)))
        painter.setBrush(QColor(POINT))
        for lat, lon in self.points:
            x = box.left() + box.width() * (lon - west) / (east - west)
            y = box.bottom() - box.height() * (lat - south) / (north - south)
            painter.drawEllipse(QPointF(x, y), 3.5, 3.5)
        painter.end()


class FacetPane(QWidget):
    """One dimension: a chart, a table (count, what it counts, records lacking it), and the
    sentence saying how gaps and uncertainty were treated."""

    picked = Signal(object)  # Count

    def __init__(self, name: str, extra: QWidget | None = None) -> None:
        super().__init__()
        self.counts: list[Count] = []
        self.chart = BarChart(name)
        self.chart.picked.connect(lambda n: self.picked.emit(self.counts[n]))
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Count")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(
            lambda row, *_: 0 <= row < len(self.counts) and self.picked.emit(self.counts[row])
        )
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.treatment = QLabel()
        self.treatment.setWordWrap(True)
        self.treatment.setObjectName("patternTreatment")
        row = QHBoxLayout()
        row.addWidget(self.chart, 3)
        if extra is not None:
            row.addWidget(extra, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.treatment)

    def show_facet(self, facet: Facet) -> None:
        self.counts = [*facet.rows, facet.lacking]
        self.chart.set_rows([(phrase_text(c.label), c.value) for c in facet.rows])
        self.what.setText(
            self.tr("<b>{title}</b> — counts {what}.").format(
                title=phrase_text(facet.title), what=phrase_text(facet.counts_what)
            )
        )
        self.treatment.setText(phrase_text(facet.treatment))
        self.table.setRowCount(0)
        for count in self.counts:
            n = self.table.rowCount()
            self.table.insertRow(n)
            self.table.setItem(n, 0, QTableWidgetItem(phrase_text(count.label)))
            value = QTableWidgetItem(str(count.value))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(n, 1, value)


class SavePatternDialog(QDialog):
    """A title for the pattern and the contextual element it is cited for (or none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save pattern"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title of the pattern"))
        self.title.setPlaceholderText(
            self.tr("What the pattern shows, e.g. Deportations in Maungdaw")
        )
        self.element = QComboBox()
        self.element.setAccessibleName(self.tr("Contextual element it is cited for"))
        self.element.addItem(self.tr("(not cited)"), None)
        for group in load_taxonomy().contexts:
            for ce in group.elements:
                self.element.addItem(f"{ce.id} — {ce.text[:70]}", ce.id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Cite for:"), self.element)
        form.addRow(buttons)


class PatternsView(QWidget):
    navigate = Signal(str, str, int)  # kind, record id, paragraph

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patternsView")
        self.workspace = workspace
        self.case_id = ""
        self.result: PatternResult | None = None
        self.heading = heading_label(self.tr("Patterns"))
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Cases counted"))
        self.scope.addItem(self.tr("This case"), "case")
        self.scope.addItem(self.tr("All cases of the casebook"), "all")
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for field, name in (
            (self.date_from, self.tr("Period from")),
            (self.date_to, self.tr("Period to")),
        ):
            field.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
            field.setAccessibleName(name)
        self.area = self._combo(self.tr("Administrative area"))
        self.characteristic = QComboBox()
        self.characteristic.setAccessibleName(self.tr("Victim characteristic"))
        for key in GROUP_CHARACTERISTICS:
            self.characteristic.addItem(phrase_text(GROUP_LABELS[key]), key)
        self.group_value = self._combo(self.tr("Victim group"))
        self.unit = self._combo(self.tr("Alleged perpetrator unit"))
        self.act = self._combo(self.tr("Crime tagged or charged"))
        self.apply_button = QPushButton(self.tr("Apply filters"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.saved = self._combo(self.tr("Saved patterns"))
        self.saved.setItemText(0, self.tr("(saved patterns)"))
        self.save_button = QPushButton(self.tr("Save pattern…"))
        self.delete_button = QPushButton(self.tr("Delete saved pattern"))
        self.delete_button.setEnabled(False)
        self.save_button.setToolTip(
            self.tr(
                "Keep this filter and its counts; cite it for a contextual element, so the "
                "coverage matrix and the complaint's analysis show it."
            )
        )
        self.filter_line = QLabel()
        self.filter_line.setObjectName("patternFilterLine")
        self.filter_line.setWordWrap(True)
        # Choice lists may be narrower than their longest entry (the open list shows it whole),
        # so the filter grid fits beside the navigator at 1024 px in longer languages too.
        for combo in (self.scope, self.area, self.characteristic, self.group_value, self.unit,
                      self.act, self.saved):  # fmt: skip
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        for edit in (self.date_from, self.date_to):
            edit.setMinimumWidth(90)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Count:")), 0, 0)
        grid.addWidget(self.scope, 0, 1)
        grid.addWidget(QLabel(self.tr("Period from:")), 0, 2)
        grid.addWidget(self.date_from, 0, 3)
        grid.addWidget(QLabel(self.tr("to:")), 0, 4)
        grid.addWidget(self.date_to, 0, 5)
        grid.addWidget(QLabel(self.tr("Area:")), 1, 0)
        grid.addWidget(self.area, 1, 1)
        grid.addWidget(QLabel(self.tr("Victims by:")), 1, 2)
        grid.addWidget(self.characteristic, 1, 3)
        grid.addWidget(self.group_value, 1, 4, 1, 2)
        grid.addWidget(QLabel(self.tr("Unit:")), 2, 0)
        grid.addWidget(self.unit, 2, 1)
        grid.addWidget(QLabel(self.tr("Act:")), 2, 2)
        grid.addWidget(self.act, 2, 3)
        grid.addWidget(self.apply_button, 2, 4)
        grid.addWidget(self.clear_button, 2, 5)
        grid.addWidget(QLabel(self.tr("Saved:")), 3, 0)
        grid.addWidget(self.saved, 3, 1)
        grid.addWidget(self.save_button, 3, 2, 1, 2)
        grid.addWidget(self.delete_button, 3, 4, 1, 2)
        grid.setColumnStretch(1, 1)  # the choice lists take the room the buttons leave
        grid.setColumnStretch(3, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("patternTabs")
        self.time_chart = MonthChart()
        self.time_chart.setMaximumHeight(360)
        self.time_chart.picked.connect(self._pick_month)
        self.time_note = QLabel()
        self.time_note.setWordWrap(True)
        time_pane = QWidget()
        time_layout = QVBoxLayout(time_pane)
        time_legend = QLabel(
            self.tr(
                "Incidents by month. Solid: the whole date span lies in the month. Hatched: an "
                "uncertain date (range, year, approximate) that may fall in the month; hatched "
                "counts overlap between months and must not be added up. Labels: certain "
                "(+ possible)."
            )
        )
        time_legend.setWordWrap(True)
        time_layout.addWidget(time_legend)
        time_layout.addWidget(self.time_chart, 1)
        time_layout.addWidget(self.time_note)
        self.point_plot = PointPlot()
        self.place_pane = FacetPane(self.tr("Incidents by administrative area"), self.point_plot)
        self.group_pane = FacetPane(self.tr("Victims by group"))
        self.unit_pane = FacetPane(self.tr("Incidents by alleged perpetrator unit"))
        self.act_pane = FacetPane(self.tr("Incidents by crime"))
        self.tabs.addTab(time_pane, self.tr("Time"))
        self.tabs.addTab(self.place_pane, self.tr("Place"))
        self.tabs.addTab(self.group_pane, self.tr("Victim group"))
        self.tabs.addTab(self.unit_pane, self.tr("Unit"))
        self.tabs.addTab(self.act_pane, self.tr("Act"))
        for pane in (self.place_pane, self.group_pane, self.unit_pane, self.act_pane):
            pane.picked.connect(self.show_records)

        self.records_title = QLabel(self.tr("Choose a bar or a row to list the records behind it."))
        self.records_title.setWordWrap(True)
        self.records = QListWidget()
        self.records.setObjectName("patternRecords")
        self.records.setAccessibleName(self.tr("Records behind the chosen count"))
        self.records.itemActivated.connect(self._open)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.records_title)
        lower_layout.addWidget(self.records, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tabs)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.filter_line)
        layout.addWidget(split, 1)

        self.apply_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self._ask_save)
        self.saved.activated.connect(lambda _n: self.load_saved(self.saved.currentData()))
        self.saved.currentIndexChanged.connect(
            lambda _n: self.delete_button.setEnabled(bool(self.saved.currentData()))
        )
        self.delete_button.clicked.connect(self._ask_delete)
        self.clear_button.clicked.connect(self.clear_filters)
        self.scope.currentIndexChanged.connect(lambda _n: self.refresh(reset_choices=True))
        self.characteristic.currentIndexChanged.connect(lambda _n: self._characteristic_changed())
        workspace.changed.connect(
            lambda kind, _id: kind in ("incident", "person", "tag", "charge") and self.refresh()
        )

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(QCoreApplication.translate("PatternsView", ANY), "")
        return combo

    # -- showing ---------------------------------------------------------------------------------

    def show_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.clear_filters()

    def clear(self) -> None:
        self.case_id = ""
        self.result = None
        self.records.clear()

    # -- saved patterns --------------------------------------------------------------------------

    def _list_saved(self) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("(saved patterns)"), "")
        for saved in saved_patterns(self.workspace.session, self.case_id):
            shown = (
                self.tr("{title} — cited for {element}").format(
                    title=saved.title, element=saved.element_id
                )
                if saved.element_id
                else saved.title
            )
            self.saved.addItem(shown, saved.id)
        self.saved.blockSignals(False)
        self.delete_button.setEnabled(bool(self.saved.currentData()))

    def save_current(self, title: str, element_id: str | None) -> str:
        """Save the filter shown (for this case) and its counts; returns the pattern's id."""
        case = self.workspace.session.get(Case, self.case_id)
        with self.workspace.saving():
            saved = save_pattern(
                self.workspace.session, case, title, self.current_filter(), element_id
            )
        self.workspace.changed.emit("pattern", saved.id)
        self._list_saved()
        return saved.id

    def load_saved(self, pattern_id: str) -> None:
        """Show a saved pattern's filter again (its counts are recomputed)."""
        saved = self.workspace.session.get(SavedPattern, pattern_id) if pattern_id else None
        if saved is None:
            return
        f = saved_filter(saved)
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(self.scope.findData("case"))
        self.scope.blockSignals(False)
        self.date_from.setText(f.date_from or "")
        self.date_to.setText(f.date_to or "")
        for combo, values in ((self.area, f.admin_areas), (self.unit, f.units), (self.act, f.acts)):
            combo.setCurrentIndex(max(combo.findData(values[0]), 0) if values else 0)
        if f.groups:
            characteristic, value = f.groups[0]
            self.characteristic.setCurrentIndex(self.characteristic.findData(characteristic))
            self.group_value.setCurrentIndex(max(self.group_value.findData(value), 0))
        else:
            self.group_value.setCurrentIndex(0)
        self.refresh()

    def delete_saved(self, pattern_id: str) -> None:
        """Delete a saved pattern; a matrix row citing it no longer lists it."""
        saved = self.workspace.session.get(SavedPattern, pattern_id)
        if saved is None:
            return
        with self.workspace.saving():
            remove_pattern(self.workspace.session, saved)
        self.workspace.changed.emit("pattern", pattern_id)
        self._list_saved()

    def _ask_delete(self) -> None:
        pattern_id = self.saved.currentData()
        if not pattern_id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete saved pattern"),
            self.tr(
                "Delete the saved pattern “{pattern}”? A matrix row or a "
                "complaint citing it will no longer show it."
            ).format(pattern=self.saved.currentText()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.delete_saved(pattern_id)
            except CasebookError as exc:
                QMessageBox.warning(self, self.tr("Pattern not deleted"), user_message(exc))

    def _ask_save(self) -> None:
        dialog = SavePatternDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.save_current(dialog.title.text(), dialog.element.currentData())
        except CasebookError as exc:
            QMessageBox.warning(self, self.tr("Pattern not saved"), user_message(exc))

    def clear_filters(self) -> None:
        self.date_from.clear()
        self.date_to.clear()
        for combo in (self.area, self.group_value, self.unit, self.act):
            combo.setCurrentIndex(0)
        self.refresh(reset_choices=True)
        if self.case_id:
            self._list_saved()

    def current_filter(self) -> PatternFilter:
        cases = (self.case_id,) if self.scope.currentData() == "case" and self.case_id else ()
        characteristic = self.characteristic.currentData()
        group = self.group_value.currentData()
        return PatternFilter(
            case_ids=cases,
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
            admin_areas=(self.area.currentData(),) if self.area.currentData() else (),
            groups=((characteristic, group),) if group else (),
            units=(self.unit.currentData(),) if self.unit.currentData() else (),
            acts=(self.act.currentData(),) if self.act.currentData() else (),
        )

    def refresh(self, reset_choices: bool = False) -> None:
        if not self.case_id:
            return
        try:
            if reset_choices:  # the values on offer: those of the unfiltered cases
                every = patterns(
                    self.workspace.session, PatternFilter(self.current_filter().case_ids)
                )
                self._offer(self.area, [r.label for r in every.places.rows])
                self._offer(self.unit, [r.label for r in every.units.rows])
                self._offer(self.act, [r.label for r in every.acts.rows])
                self._all = every
                self._characteristic_changed(refresh=False)
            self.result = patterns(self.workspace.session, self.current_filter())
        except CasebookError as exc:
            self.filter_line.setText(
                self.tr("<b>The filter was not applied:</b> {reason}").format(
                    reason=user_message(exc)
                )
            )
            return
        self._draw()

    def _offer(self, combo: QComboBox, values: list[str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("PatternsView", ANY), "")
        for value in sorted(values):
            combo.addItem(value, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        combo.blockSignals(False)

    def _characteristic_changed(self, refresh: bool = True) -> None:
        every = getattr(self, "_all", None)
        if every is None:
            return
        facet = every.group(self.characteristic.currentData())
        self._offer(self.group_value, [r.label for r in facet.rows])
        if refresh:
            self.refresh()

    def _draw(self) -> None:
        result = self.result
        assert result is not None
        conditions = [phrase_text(line) for line in result.filter.describe()]
        scope = (
            self.tr("all cases of the casebook")
            if not result.filter.case_ids
            else self.tr("this case")
        )
        if conditions:
            line = self.tr(
                "<b>%n incidents</b> of {scope} where {conditions}.", "", result.incident_count
            )
        else:
            line = self.tr("<b>%n incidents</b> of {scope} (no filter).", "", result.incident_count)
        self.filter_line.setText(
            line.format(
                scope=scope,
                conditions=self.tr("; and ", "joins the conditions of a filter").join(conditions),
            )
        )
        self.time_chart.set_months(
            [(m.month, m.certain.value, m.possible.value) for m in result.months]
        )
        self.time_note.setText(
            self.tr(
                "Lacking a bounded date: %n incidents. {treatment}", "", result.lacking_date.value
            ).format(treatment=phrase_text(TIME_TREATMENT))
        )
        self.place_pane.show_facet(result.places)
        self.point_plot.set_points([(p.latitude, p.longitude) for p in result.points])
        self.place_pane.what.setText(
            self.tr(
                "{what} Plotted by coordinates: {plotted}; without coordinates: {without}."
            ).format(
                what=self.place_pane.what.text(),
                plotted=len(result.points),
                without=result.lacking_coordinates.value,
            )
        )
        self.group_pane.show_facet(result.group(self.characteristic.currentData()))
        self.group_pane.what.setText(
            self.tr("{what} Incidents with no victim recorded: {count}.").format(
                what=self.group_pane.what.text(), count=result.incidents_without_victims.value
            )
        )
        self.unit_pane.show_facet(result.units)
        self.act_pane.show_facet(result.acts)
        self.records.clear()
        self.records_title.setText(self.tr("Choose a bar or a row to list the records behind it."))

    # -- the records behind a count --------------------------------------------------------------

    def _pick_month(self, n: int) -> None:
        if self.result is None:
            return
        month = self.result.months[n]
        self.show_records(
            month.certain, self.tr("{month}: certainly in the month").format(month=month.month)
        )
        self._add_incidents(month.possible.incident_ids, possibly=True)

    def show_records(self, count: Count, title: str = "") -> None:
        """List the records behind ``count``: persons counted (for victim groups), then the
        incidents to open."""
        self.records.clear()
        self.records_title.setText(
            self.tr(
                "{title}: {count} — the records behind this count "
                "(press Enter or double-click to open):"
            ).format(title=title or phrase_text(count.label), count=count.value)
        )
        people = [
            person
            for r in count.record_ids
            if r not in count.incident_ids
            and (person := self.workspace.session.get(Person, r)) is not None
        ]
        for person in sorted(people, key=lambda p: p.pseudonym):
            item = QListWidgetItem(self.tr("Person {name}").format(name=person.pseudonym))
            item.setData(RECORD_ROLE, ("person", person.id))
            self.records.addItem(item)
        self._add_incidents(count.incident_ids)

    def _add_incidents(self, incident_ids: Sequence[str], possibly: bool = False) -> None:
        session = self.workspace.session
        found = [i for r in incident_ids if (i := session.get(Incident, r)) is not None]
        text = (
            self.tr("possibly in the month: Incident: {title}")
            if possibly
            else self.tr("Incident: {title}")
        )
        for incident in sorted(found, key=lambda i: i.title):
            if incident is not None:
                item = QListWidgetItem(text.format(title=incident.title))
                item.setData(RECORD_ROLE, ("incident", incident.id))
                self.records.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(RECORD_ROLE)
        if target:
            self.navigate.emit(target[0], target[1], 0)
