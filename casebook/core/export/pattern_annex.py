"""The pattern annex of the complaint: counts across the case's incidents, as tables and charts.

Chosen in the plan (``ExportRequest.pattern_annex``). A mixin of ``ComplaintBuilder`` like
``annexes.AnnexSections``. The counts come from ``core.analysis.patterns`` (the one place that
counts), limited to the incidents the disclosure decision lets out. Charts are ReportLab
vector graphics (they stay sharp and their numbers can be checked against the tables).

Disclosure rules: no identities (no names, pseudonyms or incident titles; values only);
counts of persons from 1 to k - 1 are printed as "< k" so nobody can be singled out by a
rare characteristic, and the threshold is stated in the annex.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer
from sqlalchemy import select

from ..analysis.patterns import (
    APPROXIMATE_MARGIN_DAYS,
    GROUP_CHARACTERISTICS,
    Facet,
    PatternFilter,
    PatternResult,
    patterns,
    saved_filter,
    saved_patterns,
)
from ..errors import CasebookError
from ..models import Incident
from ..taxonomy import load_taxonomy

CERTAIN = colors.HexColor("#2e75b6")
POSSIBLE = colors.HexColor("#ffd966")
HATCH = colors.HexColor("#7f6000")
POINT = colors.HexColor("#c00000")
CHART_WIDTH, CHART_HEIGHT = 165 * mm, 62 * mm


def check_threshold(k: int) -> int:
    """The suppression threshold of the annex, checked: at least 2 (1 would hide nothing)."""
    if not isinstance(k, int) or isinstance(k, bool) or k < 2:
        raise CasebookError(
            "The pattern annex's threshold must be a whole number of at least 2 (got "
            "{k}): counts of persons from 1 to threshold - 1 are shown as '< "
            "threshold'.",
            k=repr(k),
        )
    return k


def suppressed(value: int, k: int) -> str:
    """A count of persons as printed: "< k" for 1 to k - 1, the number otherwise."""
    return f"< {k}" if 0 < value < k else str(value)


class Chart(Flowable):
    """A ReportLab drawing as a plain flowable: drawn as vectors, and an ordinary Flowable
    to the document's frame (a Drawing refuses attributes it does not declare)."""

    def __init__(self, drawing: Drawing, alt_text: str = "") -> None:
        super().__init__()
        self.drawing = drawing
        self.alt_text = alt_text  # the Figure's /Alt in the tagged complaint (tagging.py)
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        renderPDF.draw(self.drawing, self.canv, 0, 0)


def _hatch(x: float, y: float, w: float, h: float, step: float = 3.0) -> list[Line]:
    """Diagonal lines filling a rectangle (ReportLab draws no pattern fills)."""
    lines = []
    d = -h
    while d < w:
        t0, t1 = max(0.0, -d), min(h, w - d)
        if t0 < t1:
            lines.append(
                Line(x + d + t0, y + t0, x + d + t1, y + t1, strokeColor=HATCH, strokeWidth=0.3)
            )
        d += step
    return lines


def _degrees(value: float, positive: str, negative: str) -> str:
    return f"{abs(value):.2f}° {positive if value >= 0 else negative}"


class PatternAnnex:
    """The ``pattern_annex`` section (needs ``plan``, ``s``, ``st``, ``fonts``, ``session``,
    ``heading``, ``p`` and ``table`` of ``ComplaintBuilder``)."""

    plan: Any
    s: Any
    st: Any
    fonts: Any
    session: Any

    def disclosed_incidents(self) -> tuple[set[str], int]:
        """The ids of the case's incidents the disclosure decision lets out, and how many it
        withholds: the only incidents a pattern in this bundle counts."""
        case = self.plan.case
        incidents = list(self.session.scalars(select(Incident).where(Incident.case_id == case.id)))
        if self.plan.disclosure is not None:
            kept, withheld = self.plan.disclosure.sort_out("incident", incidents)
        else:
            kept, withheld = incidents, []
        return {i.id for i in kept}, len(withheld)

    def pattern_result(self) -> tuple[PatternResult, int]:
        """The counts over the incidents that may be disclosed, and how many were withheld."""
        kept, withheld = self.disclosed_incidents()
        result = patterns(self.session, PatternFilter(case_ids=(self.plan.case.id,)), within=kept)
        return result, withheld

    def pattern_citations(self, element_id: str) -> list[Flowable]:
        """The saved patterns cited for a contextual element, as the filing's analysis prints
        them: counted again over the incidents this bundle may disclose (persons suppressed
        below the threshold), so a reader can check them against the pattern annex."""
        cited = saved_patterns(self.session, self.plan.case.id, element_id)
        if not cited:
            return []
        s, k = self.s, check_threshold(self.plan.request.pattern_threshold)
        kept, _ = self.disclosed_incidents()
        out: list[Flowable] = []
        for saved in cited:
            f = saved_filter(saved)
            result = patterns(self.session, f, within=kept)
            months = [m.month for m in result.months if m.certain.value or m.possible.value]
            values = [f"{f.date_from or '…'}–{f.date_to or '…'}"] if f.period else []
            values += [*f.admin_areas, *(value for _, value in f.groups), *f.units, *f.acts]
            text = s(
                "pattern_cited",
                title=saved.title,
                filter=s("pattern_filter", values="; ".join(values))
                if values
                else s("pattern_no_filter"),
                incidents=result.incident_count,
                first=self._month_label(months[0]) if months else "—",
                last=self._month_label(months[-1]) if months else "—",
                areas=len(result.places.rows),
                victims=suppressed(len(result.victim_ids), k),
                units=len(result.units.rows),
            )
            if self.plan.request.pattern_annex:
                text += " " + s("pattern_cited_annex")
            saved_count = saved.counts.get("incidents")
            if self.plan.internal and saved_count != result.incident_count:
                text += " " + s("pattern_cited_changed", saved=saved_count)
            out.append(self.p(text))  # type: ignore[attr-defined]
        return out

    def pattern_annex(self) -> list[Flowable]:
        if not self.plan.request.pattern_annex:
            return []
        s = self.s
        k = check_threshold(self.plan.request.pattern_threshold)
        result, withheld = self.pattern_result()
        out: list[Flowable] = [
            self.heading(s("pattern_annex"), 0),  # type: ignore[attr-defined]
            self.p(  # type: ignore[attr-defined]
                s("pattern_annex_intro", incidents=result.incident_count, withheld=withheld)
            ),
            self.p(s("pattern_threshold_note", k=k, last=k - 1), self.st.small),  # type: ignore[attr-defined]
        ]
        out += self._time(result)
        out += self._places(result)
        out += self._groups(result, k)
        out += self._facet_section(s("pattern_units"), result.units, s("pattern_units_treatment"))
        out += self._facet_section(s("pattern_acts"), result.acts, s("pattern_acts_treatment"))
        out.append(PageBreak())
        return out

    # -- parts ---------------------------------------------------------------------------

    def _month_label(self, month: str) -> str:
        return f"{self.s.month(int(month[5:]))} {month[:4]}"

    def _time(self, result: PatternResult) -> list[Flowable]:
        s = self.s
        rows: list[list[Any]] = [
            [s("pattern_col_month"), s("pattern_col_certain"), s("pattern_col_possible")]
        ]
        for m in result.months:
            rows.append([self._month_label(m.month), str(m.certain.value), str(m.possible.value)])
        block: list[Flowable] = [
            self.heading(s("pattern_time"), 1),  # type: ignore[attr-defined]
            Chart(self._month_chart(result), f"{s('pattern_time')}. {s('pattern_time_legend')}"),
            Spacer(1, 3 * mm),
            self.p(s("pattern_time_legend"), self.st.small),  # type: ignore[attr-defined]
        ]
        return [
            KeepTogether(block),
            self.table(rows, [70 * mm, 45 * mm, 45 * mm]),  # type: ignore[attr-defined]
            Spacer(1, 2 * mm),
            self.p(  # type: ignore[attr-defined]
                s("pattern_lacking_date", n=result.lacking_date.value), self.st.small
            ),
            self.p(  # type: ignore[attr-defined]
                s("pattern_time_treatment", margin=APPROXIMATE_MARGIN_DAYS), self.st.small
            ),
        ]

    def _month_chart(self, result: PatternResult) -> Drawing:
        font = self.fonts.base
        drawing = Drawing(CHART_WIDTH, CHART_HEIGHT)
        left, bottom = 12 * mm, 10 * mm
        height = CHART_HEIGHT - bottom - 6 * mm
        months = result.months
        top = max((m.certain.value + m.possible.value for m in months), default=0) or 1
        slot = (CHART_WIDTH - left - 2 * mm) / max(len(months), 1)
        drawing.add(Line(left, bottom, CHART_WIDTH, bottom, strokeWidth=0.5))
        drawing.add(Line(left, bottom, left, bottom + height, strokeWidth=0.5))
        for tick in sorted({0, top // 2, top}):
            y = bottom + height * tick / top
            drawing.add(Line(left - 2, y, left, y, strokeWidth=0.5))
            drawing.add(
                String(left - 4, y - 2.5, str(tick), fontName=font, fontSize=7, textAnchor="end")
            )
        for n, m in enumerate(months):
            x = left + n * slot + slot * 0.15
            width = slot * 0.7
            h1 = height * m.certain.value / top
            h2 = height * m.possible.value / top
            if h1:
                drawing.add(Rect(x, bottom, width, h1, fillColor=CERTAIN, strokeColor=None))
            if h2:
                drawing.add(
                    Rect(
                        x,
                        bottom + h1,
                        width,
                        h2,
                        fillColor=POSSIBLE,
                        strokeColor=HATCH,
                        strokeWidth=0.3,
                    )
                )
                for line in _hatch(x, bottom + h1, width, h2):
                    drawing.add(line)
            label = str(m.certain.value) + (f"+{m.possible.value}" if m.possible.value else "")
            drawing.add(
                String(
                    x + width / 2,
                    bottom + h1 + h2 + 1.5,
                    label,
                    fontName=font,
                    fontSize=6,
                    textAnchor="middle",
                )
            )
            drawing.add(
                String(
                    x + width / 2,
                    bottom - 8,
                    m.month[5:],
                    fontName=font,
                    fontSize=7,
                    textAnchor="middle",
                )
            )
            if n == 0 or m.month.endswith("-01"):
                drawing.add(String(x, bottom - 16, m.month[:4], fontName=font, fontSize=7))
        return drawing

    def _places(self, result: PatternResult) -> list[Flowable]:
        s = self.s
        out = self._facet_section(s("pattern_place"), result.places, s("pattern_place_treatment"))
        if result.points:
            note = s(
                "pattern_points", n=len(result.points), lacking=result.lacking_coordinates.value
            )
            small = self.p(note, self.st.small)  # type: ignore[attr-defined]
            chart = Chart(self._point_chart(result), f"{s('pattern_place')}. {note}")
            out.insert(-1, KeepTogether([chart, small]))
        return out

    def _point_chart(self, result: PatternResult) -> Drawing:
        font = self.fonts.base
        size = 70 * mm
        drawing = Drawing(size + 20 * mm, size + 8 * mm)
        left, bottom = 16 * mm, 6 * mm
        lats = [p.latitude for p in result.points]
        lons = [p.longitude for p in result.points]
        pad = 0.02
        south, north = min(lats) - pad, max(lats) + pad
        west, east = min(lons) - pad, max(lons) + pad
        span = max(north - south, east - west)  # the same scale on both axes
        drawing.add(Rect(left, bottom, size, size, fillColor=None, strokeWidth=0.5))
        for lat, lon in zip(lats, lons, strict=True):
            x = left + size * (lon - west) / span
            y = bottom + size * (lat - south) / span
            drawing.add(Circle(x, y, 1.6, fillColor=POINT, strokeColor=None))
        small = {"fontName": font, "fontSize": 7}
        drawing.add(String(left - 2, bottom, _degrees(south, "N", "S"), textAnchor="end", **small))
        drawing.add(
            String(
                left - 2,
                bottom + size - 6,
                _degrees(south + span, "N", "S"),
                textAnchor="end",
                **small,
            )
        )
        drawing.add(String(left, bottom - 8, _degrees(west, "E", "W"), **small))
        drawing.add(
            String(
                left + size, bottom - 8, _degrees(west + span, "E", "W"), textAnchor="end", **small
            )
        )
        return drawing

    def _facet_section(self, title: str, facet: Facet, treatment: str) -> list[Flowable]:
        s = self.s
        rows: list[list[Any]] = [[s("pattern_col_value"), s("pattern_col_incidents")]]
        rows += [[r.label, str(r.value)] for r in facet.rows]
        rows.append([s("not_recorded"), str(facet.lacking.value)])
        if facet.key == "act":
            titles = {c.id: c.title for c in load_taxonomy().crimes}
            rows[1:-1] = [
                [f"{label} — {titles.get(label, '')}".rstrip(" —"), n] for label, n in rows[1:-1]
            ]
        return [
            KeepTogether(
                [
                    self.heading(title, 1),  # type: ignore[attr-defined]
                    self.table(rows, [120 * mm, 40 * mm]),  # type: ignore[attr-defined]
                    Spacer(1, 2 * mm),
                ]
            ),
            self.p(treatment, self.st.small),  # type: ignore[attr-defined]
        ]

    def _groups(self, result: PatternResult, k: int) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [self.heading(s("pattern_groups"), 1)]  # type: ignore[attr-defined]
        for characteristic in GROUP_CHARACTERISTICS:
            facet = result.group(characteristic)
            rows: list[list[Any]] = [
                [s(f"pattern_group_{characteristic}"), s("pattern_col_persons")]
            ]
            rows += [[r.label, suppressed(r.value, k)] for r in facet.rows]
            rows.append([s("not_recorded"), suppressed(facet.lacking.value, k)])
            out.append(KeepTogether([self.table(rows, [120 * mm, 40 * mm]), Spacer(1, 2 * mm)]))  # type: ignore[attr-defined]
        out.append(
            self.p(  # type: ignore[attr-defined]
                s("pattern_groups_treatment", none=result.incidents_without_victims.value, k=k),
                self.st.small,
            )
        )
        return out
