"""The incidents of a case on a time axis, drawn as precisely as their dates are known.

An exact date is a point; a range, a month, a year or an approximate date is a bar over the
span it could be, labelled with the date in words ("between 25 and 27 August 2017",
"around August 2017"), so nobody reads more precision into the picture than the record
holds. Incidents without a date are listed apart, not guessed onto the axis.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.core.export.dates import DatePhrases, StoredDateInvalid, describe_date
from casebook.core.models import Incident

from ..records.record_editors import heading_label
from ..shared.translation import current_language, phrase_text
from ..shared.workspace import Workspace

KIND_KEY, ID_KEY = 0, 1  # QGraphicsItem.data keys: "point"/"bar"/"label"/"axis", incident id
APPROXIMATE_DAYS = 15  # "around 3 March": drawn as a bar a fortnight either side
WIDTH, LANE, TOP = 860.0, 46.0, 60.0


@dataclass(frozen=True)
class Span:
    start: date
    end: date  # inclusive
    point: bool


def _parse(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    parts = value.strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts if p]
    except ValueError:
        return None
    if not numbers:
        return None
    return (
        numbers[0],
        numbers[1] if len(numbers) > 1 else None,
        numbers[2] if len(numbers) > 2 else None,
    )


def _first(parts: tuple[int, int | None, int | None]) -> date:
    year, month, day = parts
    return date(year, month or 1, day or 1)


def _last(parts: tuple[int, int | None, int | None]) -> date:
    year, month, day = parts
    if month is None:
        return date(year, 12, 31)
    if day is None:
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def span_of(incident: Incident) -> Span | None:
    """The days an incident may have happened on, from its stated precision; None: undated."""
    start = _parse(incident.date_start)
    if start is None or incident.date_precision == "unknown":
        return None
    try:
        precision = incident.date_precision
        if precision == "exact" and start[2] is not None:
            return Span(_first(start), _first(start), True)
        if precision == "range":
            end = _parse(incident.date_end) or start
            return Span(_first(start), max(_last(end), _first(start)), False)
        if precision == "month":
            return Span(
                _first((start[0], start[1], None)), _last((start[0], start[1], None)), False
            )
        if precision == "year":
            return Span(date(start[0], 1, 1), date(start[0], 12, 31), False)
        if precision == "approximate" and start[2] is not None:
            middle = _first(start)
            pad = timedelta(days=APPROXIMATE_DAYS)
            return Span(middle - pad, middle + pad, False)
        return Span(_first(start), _last(start), False)
    except ValueError:  # a stored date that is not a calendar date
        return None


class TimelineView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.workspace = workspace
        self.case_id = ""
        self.heading = heading_label(self.tr("Timeline"))
        self.legend = QLabel(
            self.tr(
                "● a known day  ·  ▬ a span: the incident happened at some time within it "
                "(range, month, year or approximate date); the label says how it is known."
            )
        )
        self.legend.setWordWrap(True)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setObjectName("timelineCanvas")
        self.view.setAccessibleName(self.tr("Timeline of the incidents"))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.view.setMinimumHeight(220)
        self.undated = QListWidget()
        self.undated.setMaximumHeight(140)
        self.undated.setObjectName("undatedIncidents")
        self.undated.setAccessibleName(self.tr("Incidents without a date"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(self.tr("Undated (not on the axis):")))
        layout.addWidget(self.undated)
        workspace.changed.connect(lambda kind, _id: kind == "incident" and self.refresh())

    def show_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.refresh()

    def clear(self) -> None:
        self.case_id = ""
        self.scene.clear()
        self.undated.clear()

    def refresh(self) -> None:
        self.scene.clear()
        self.undated.clear()
        if not self.case_id:
            return
        dated: list[tuple[Incident, Span]] = []
        for incident in self.workspace.incidents(self.case_id):
            span = span_of(incident)
            if span is None:
                self.undated.addItem(f"{incident.title} — {self._words(incident)}")
            else:
                dated.append((incident, span))
        if not dated:
            self.scene.addText(self.tr("No incident has a date yet."))
            return
        dated.sort(key=lambda pair: pair[1].start)
        first = min(s.start for _, s in dated) - timedelta(days=3)
        last = max(s.end for _, s in dated) + timedelta(days=3)
        days = max((last - first).days, 1)

        def x(day: date) -> float:
            return (day - first).days / days * WIDTH

        self._axis(first, last, x)
        text_colour = self.palette().text().color()
        for lane, (incident, span) in enumerate(dated):
            y = TOP + lane * LANE
            if span.point:
                item = self.scene.addEllipse(
                    x(span.start) - 6, y - 6, 12, 12, QPen(QColor("#1f4e79")), QColor("#2e75b6")
                )
                kind = "point"
            else:
                right = max(x(span.end + timedelta(days=1)), x(span.start) + 4)
                item = self.scene.addRect(
                    x(span.start),
                    y - 5,
                    right - x(span.start),
                    10,
                    QPen(QColor("#7f6000")),
                    QBrush(QColor("#ffd966")),
                )
                kind = "bar"
            item.setData(KIND_KEY, kind)
            item.setData(ID_KEY, incident.id)
            item.setToolTip(f"{incident.title}\n{self._words(incident)}")
            label = self.scene.addText(f"{incident.title} — {self._words(incident)}")
            label.setDefaultTextColor(text_colour)
            label.setData(KIND_KEY, "label")
            label.setData(ID_KEY, incident.id)
            # Above the mark, so a bar never hides the words that say how the date is known.
            label.setPos(x(span.start) - 4, y - 8 - label.boundingRect().height())
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-12, -12, 12, 12))

    def _words(self, incident: Incident) -> str:
        """The date in words of the interface's language, as precise as it is known."""
        try:
            words = describe_date(
                incident.date_precision, incident.date_start, incident.date_end, DatePhrases()
            )
        except StoredDateInvalid:  # stored before dates were checked, or changed outside
            return self.tr("the stored date is not a calendar date")
        return phrase_text(words)

    def _axis(self, first: date, last: date, x: Callable[[date], float]) -> None:
        pen = QPen(self.palette().mid().color())
        line = self.scene.addLine(0, 12, WIDTH, 12, pen)
        line.setData(KIND_KEY, "axis")
        monthly = (last - first).days <= 800
        locale = QLocale(current_language())  # month names in the interface's language
        tick = date(first.year, first.month, 1) if monthly else date(first.year, 1, 1)
        while tick <= last:
            if tick >= first:
                self.scene.addLine(x(tick), 8, x(tick), 16, pen)
                month = QDate(tick.year, tick.month, 1)
                text = locale.toString(month, "MMM yyyy") if monthly else str(tick.year)
                label = self.scene.addText(text)
                label.setDefaultTextColor(self.palette().text().color())
                label.setPos(x(tick) + 2, -14)
            if monthly:
                tick = date(tick.year + (tick.month == 12), tick.month % 12 + 1, 1)
            else:
                tick = date(tick.year + 1, 1, 1)

    def items_of(self, incident_id: str) -> list[str]:
        """Kinds of the scene items drawn for an incident ("point", "bar", "label")."""
        return [i.data(KIND_KEY) for i in self.scene.items() if i.data(ID_KEY) == incident_id]
