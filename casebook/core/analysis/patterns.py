"""Patterns across incidents: counts by time, place, victim group, alleged unit and act.

The contextual elements of crimes against humanity (a widespread or systematic attack on a
civilian population) are argued from patterns. This module is the one place that counts
them; the pattern view, the complaint's pattern annex and the coverage matrix read its
``PatternResult``. Reads only; no Qt.

Honest numbers, by rule:

* every count knows the records behind it (``Count.record_ids``) and says what it counts;
* an uncertain date is a span (earliest to latest day it can mean), never a point: a month
  counts an incident as *certain* only when the whole span lies in that month, and as
  *possible* in every month the span touches otherwise;
* records lacking an attribute are counted and reported, never dropped silently;
* filters combine: values within one dimension are alternatives (any of), dimensions must
  all hold (all of).
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import ValidationError
from ..models import Case, Charge, Incident, Person, SavedPattern, Tag
from ..phrase import Phrase, phrase
from ..taxonomy import load_taxonomy
from ..taxonomy.elements import ElementIndex
from ..text.calendar_dates import date_problem
from ..text.text_input import clean
from .tagging import SUPPORTING_KINDS
from .targets import cite_tags

VICTIM_ROLES = ("victim", "survivor")
PERPETRATOR_ROLE = "alleged_perpetrator"
GROUP_CHARACTERISTICS = ("ethnicity", "religion", "sex_gender", "age_group")
# Words and titles for people are Phrases (the GUI translates them; str() is the English);
# the stored keys (characteristics, saved counts) stay as they are.
GROUP_LABELS = {
    "ethnicity": Phrase("ethnicity"),
    "religion": Phrase("religion"),
    "sex_gender": Phrase("sex / gender"),
    "age_group": Phrase("age group"),
}
GROUP_TITLES = {  # whole titles, not "Victims by" + a word: word order differs by language
    "ethnicity": Phrase("Victims by ethnicity"),
    "religion": Phrase("Victims by religion"),
    "sex_gender": Phrase("Victims by sex / gender"),
    "age_group": Phrase("Victims by age group"),
}
INCIDENTS = Phrase("incidents")  # what a facet counts
VICTIMS_RECORDED = Phrase("victims recorded (persons)")
NOT_RECORDED = Phrase("not recorded")  # the label of a facet's lacking count
# An approximate date ("around 25 August") may be off; how far is not recorded. The span is
# widened by this many days on each side, and the treatment sentence says so.
APPROXIMATE_MARGIN_DAYS = 15

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

TIME_TREATMENT = phrase(
    "Each incident's date is taken as the span of days it can mean: an exact date is one day, "
    "a month or a year is the whole month or year, a range runs from the first day its start "
    "can mean to the last day its end can mean, and an approximate date is widened by "
    "{margin} days on each side. A month counts an incident as certain only "
    "when its whole span lies in that month; an incident whose span reaches beyond the month "
    "is counted as possible in every month it touches, so possible counts overlap and must not "
    "be added up. Incidents without a date, with an open-ended range or with a date that is "
    "not a calendar date are counted as lacking a date.",
    margin=APPROXIMATE_MARGIN_DAYS,
)
PLACE_TREATMENT = Phrase(
    "Administrative areas are counted as recorded (spelling differences are not merged). "
    "Coordinates are plotted as recorded (a point each; their stated precision is not "
    "drawn); an incident without an administrative area or without coordinates is counted as "
    "lacking it."
)
GROUP_TREATMENT = Phrase(
    "Counts persons recorded in the casebook with the role victim or survivor and linked to "
    "an incident counted here; a person linked to several incidents counts once. Victims "
    "reported in statements but not recorded as persons are not counted. A person with no "
    "value recorded for the characteristic is counted as lacking it."
)
UNIT_TREATMENT = Phrase(
    "Counts incidents to which an alleged perpetrator recorded with this unit is linked, "
    "directly or as charged in a charge resting on the incident; an incident may count under "
    "several units. Incidents with no alleged perpetrator whose unit is recorded are lacking."
)
ACT_TREATMENT = Phrase(
    "Counts incidents on which a crime is tagged (supporting material on the incident, or on a "
    "statement or exhibit linked to it; contradicting material and tags awaiting review after "
    "a taxonomy update do not count) or charged (a charge resting on the incident). An "
    "incident may count under several crimes."
)


@dataclass(frozen=True)
class Span:
    """The first and last day an incident's recorded date can mean."""

    first: date
    last: date

    @property
    def certain_month(self) -> str | None:
        """The month the whole span lies in, or None when it reaches beyond one month."""
        if (self.first.year, self.first.month) == (self.last.year, self.last.month):
            return f"{self.first.year:04d}-{self.first.month:02d}"
        return None

    def months(self) -> list[str]:
        out, year, month = [], self.first.year, self.first.month
        while (year, month) <= (self.last.year, self.last.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def overlaps(self, first: date, last: date) -> bool:
        return self.first <= last and first <= self.last


def _extent(value: str | None) -> tuple[date, date] | None:
    """The first and last day a stored ISO date (year, month or day) can mean."""
    if not value or date_problem(value.strip()) is not None:
        return None
    match = _ISO.match(value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if day is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day), date(year, month, day)


def incident_span(precision: str, start: str | None, end: str | None) -> Span | None:
    """The span of days an incident's date can mean; None when it cannot be bounded."""
    first = _extent(start)
    if first is None:
        return None
    if precision == "range":
        last = _extent(end)
        return Span(first[0], last[1]) if last is not None else None
    if precision == "month":
        year, month = first[0].year, first[0].month
        return Span(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))
    if precision == "year":
        return Span(date(first[0].year, 1, 1), date(first[0].year, 12, 31))
    if precision == "approximate":
        margin = timedelta(days=APPROXIMATE_MARGIN_DAYS)
        return Span(first[0] - margin, first[1] + margin)
    # "exact", or unknown precision with a date: what is stored, as precise as it is stored;
    # an end date given as well makes it the range it says.
    last = _extent(end)
    return Span(first[0], last[1] if last and last[1] >= first[1] else first[1])


@dataclass(frozen=True)
class PatternFilter:
    """Which incidents a pattern counts. Empty fields do not filter.

    ``date_from``/``date_to`` keep an incident whose span overlaps the period (it may have
    happened then); incidents without a bounded date are left out when a period is given.
    """

    case_ids: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    admin_areas: tuple[str, ...] = ()
    groups: tuple[tuple[str, str], ...] = ()  # (characteristic, value): a victim of any
    units: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()  # crime ids such as 7(1)(d)

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and _extent(value) is None:
                raise ValidationError(
                    "The pattern filter's {name} is not a date; write it as "
                    "YYYY-MM-DD, YYYY-MM or YYYY.",
                    name,
                    name=Phrase("date from") if name == "date_from" else Phrase("date to"),
                )
        for characteristic, _ in self.groups:
            if characteristic not in GROUP_CHARACTERISTICS:
                raise ValidationError(
                    "A victim group is chosen by one of {characteristics}; {chosen} is not one "
                    "of them.",
                    "groups",
                    characteristics=", ".join(GROUP_CHARACTERISTICS),
                    chosen=repr(characteristic),
                )

    @property
    def period(self) -> tuple[date, date] | None:
        if self.date_from is None and self.date_to is None:
            return None
        first = _extent(self.date_from)
        last = _extent(self.date_to)
        return (first[0] if first else date.min, last[1] if last else date.max)

    def is_empty(self) -> bool:
        return self == PatternFilter(case_ids=self.case_ids)

    def describe(self) -> list[Phrase]:
        """The filter in words, one line a dimension (no case data beyond the values chosen);
        ``str()`` of a line is its English."""
        lines = []
        if self.period is not None:
            lines.append(
                phrase(
                    "date span overlapping {start} to {end}",
                    start=self.date_from or Phrase("the beginning"),
                    end=self.date_to or Phrase("the end"),
                )
            )
        if self.admin_areas:
            lines.append(phrase("administrative area: {areas}", areas=_any_of(self.admin_areas)))
        if self.groups:
            groups = [
                phrase("{characteristic} {value}", characteristic=GROUP_LABELS[c], value=v)
                for c, v in self.groups
            ]
            lines.append(phrase("a victim recorded with {groups}", groups=_any_of(groups)))
        if self.units:
            lines.append(phrase("alleged perpetrator unit: {units}", units=_any_of(self.units)))
        if self.acts:
            lines.append(phrase("crime tagged or charged: {crimes}", crimes=_any_of(self.acts)))
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "case_ids": list(self.case_ids),
            "date_from": self.date_from,
            "date_to": self.date_to,
            "admin_areas": list(self.admin_areas),
            "groups": [list(g) for g in self.groups],
            "units": list(self.units),
            "acts": list(self.acts),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PatternFilter:
        try:
            return cls(
                case_ids=tuple(str(v) for v in data.get("case_ids", ())),
                date_from=data.get("date_from"),
                date_to=data.get("date_to"),
                admin_areas=tuple(str(v) for v in data.get("admin_areas", ())),
                groups=tuple((str(c), str(v)) for c, v in data.get("groups", ())),
                units=tuple(str(v) for v in data.get("units", ())),
                acts=tuple(str(v) for v in data.get("acts", ())),
            )
        except (TypeError, ValueError) as exc:
            raise ValidationError(
                "A saved pattern filter is damaged (a field has the wrong form); save the "
                "pattern again from the pattern view.",
                "filter",
            ) from exc


def _any_of(values: Sequence[str | Phrase]) -> str | Phrase:
    """``a or b or c``: alternatives, each "or" a Phrase the GUI can translate."""
    out: str | Phrase = values[0]
    for value in values[1:]:
        out = phrase("{first} or {second}", first=out, second=value)
    return out


@dataclass
class IncidentFacts:
    """What the counts need to know about one incident."""

    id: str
    case_id: str
    title: str
    span: Span | None
    admin_area: str
    latitude: float | None
    longitude: float | None
    precision_m: float | None
    victims: list[str] = field(default_factory=list)  # person ids
    units: set[str] = field(default_factory=set)
    acts: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Count:
    """One number and the records behind it: ``record_ids`` are what is counted (incidents
    or persons), ``incident_ids`` the incidents to open."""

    label: str | Phrase  # a value as recorded, or (lacking) words such as "not recorded"
    record_ids: tuple[str, ...]
    incident_ids: tuple[str, ...]

    @property
    def value(self) -> int:
        return len(self.record_ids)


@dataclass(frozen=True)
class Facet:
    """Counts along one dimension, with what they count and how gaps were treated."""

    key: str
    title: Phrase
    counts_what: Phrase  # "incidents", "victims recorded (persons)"
    treatment: Phrase
    rows: tuple[Count, ...]
    lacking: Count

    def row(self, label: str) -> Count | None:
        return next((r for r in self.rows if r.label == label), None)


@dataclass(frozen=True)
class MonthCount:
    month: str  # YYYY-MM
    certain: Count
    possible: Count


@dataclass(frozen=True)
class Point:
    incident_id: str
    latitude: float
    longitude: float
    precision_m: float | None


@dataclass(frozen=True)
class PatternResult:
    """The incidents a filter keeps and every count over them."""

    filter: PatternFilter
    incidents: tuple[IncidentFacts, ...]
    months: tuple[MonthCount, ...]
    lacking_date: Count
    spans: tuple[tuple[str, Span], ...]  # (incident id, span), chronological
    places: Facet
    points: tuple[Point, ...]
    lacking_coordinates: Count
    groups: tuple[Facet, ...]
    incidents_without_victims: Count
    units: Facet
    acts: Facet

    @property
    def incident_count(self) -> int:
        return len(self.incidents)

    @property
    def incident_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.incidents)

    @property
    def victim_ids(self) -> set[str]:
        """The persons recorded as victims of the incidents counted (each once)."""
        return {v for i in self.incidents for v in i.victims}

    def group(self, characteristic: str) -> Facet:
        return next(f for f in self.groups if f.key == f"group:{characteristic}")

    def month(self, month: str) -> MonthCount | None:
        return next((m for m in self.months if m.month == month), None)

    @property
    def time_counts_what(self) -> str:
        return "incidents"

    def summary(self) -> dict[str, Any]:
        """The counts as plain values (labels and numbers, no record ids): what a saved
        pattern keeps and a filing quotes."""

        def facet(f: Facet) -> dict[str, Any]:
            return {
                "counts": str(f.counts_what),  # kept in saved patterns: English, as ever
                "rows": {r.label: r.value for r in f.rows},
                "lacking": f.lacking.value,
            }

        return {
            "incidents": self.incident_count,
            "months": {
                m.month: {"certain": m.certain.value, "possible": m.possible.value}
                for m in self.months
            },
            "lacking_date": self.lacking_date.value,
            "places": facet(self.places),
            "lacking_coordinates": self.lacking_coordinates.value,
            "groups": {f.key.split(":", 1)[1]: facet(f) for f in self.groups},
            "incidents_without_victims": self.incidents_without_victims.value,
            "units": facet(self.units),
            "acts": facet(self.acts),
        }


# --- Loading -------------------------------------------------------------------------------


def _crime_of(element_id: str, kind: str) -> str | None:
    """The crime a crime element belongs to (7(1)(d)/2 -> 7(1)(d)); None for other kinds."""
    if kind != "crime":
        return None
    crime, _, number = element_id.rpartition("/")
    return crime if crime and number.isdigit() else None


def load_facts(session: Session, case_ids: Sequence[str] = ()) -> list[IncidentFacts]:
    """The facts of every incident of the cases given (all cases when none), in a few
    queries."""
    query = select(Incident).options(
        selectinload(Incident.persons),
        selectinload(Incident.testimonies),
        selectinload(Incident.evidence),
    )
    if case_ids:
        query = query.where(Incident.case_id.in_(case_ids))
    incidents = list(session.scalars(query.order_by(Incident.case_id, Incident.id)))
    wanted_cases = {i.case_id for i in incidents}
    facts: dict[str, IncidentFacts] = {}
    by_scope: dict[str, set[str]] = defaultdict(set)
    for incident in incidents:
        fact = IncidentFacts(
            id=incident.id,
            case_id=incident.case_id,
            title=incident.title,
            span=incident_span(incident.date_precision, incident.date_start, incident.date_end),
            admin_area=(incident.admin_area or "").strip(),
            latitude=incident.latitude,
            longitude=incident.longitude,
            precision_m=incident.coordinate_precision_m,
        )
        for person in incident.persons:
            roles = person.roles or []
            if any(r in roles for r in VICTIM_ROLES):
                fact.victims.append(person.id)
            if PERPETRATOR_ROLE in roles and person.unit.strip():
                fact.units.add(person.unit.strip())
        facts[incident.id] = fact
        by_scope[incident.id].add(incident.id)
        for record in (*incident.testimonies, *incident.evidence):
            by_scope[record.lineage_id].add(incident.id)
    if not wanted_cases:
        return []
    charges = session.scalars(
        select(Charge)
        .where(Charge.case_id.in_(wanted_cases))
        .options(selectinload(Charge.incidents), selectinload(Charge.perpetrators))
    )
    persons = {
        p.id: p for p in session.scalars(select(Person).where(Person.case_id.in_(wanted_cases)))
    }
    for charge in charges:
        units = {persons[cp.person_id].unit.strip() for cp in charge.perpetrators}
        for incident in charge.incidents:
            if incident.id in facts:
                facts[incident.id].acts.add(charge.crime_id)
                facts[incident.id].units.update(u for u in units if u)
    tags = list(
        session.scalars(
            select(Tag).where(
                Tag.case_id.in_(wanted_cases),
                Tag.element_kind == "crime",
                Tag.status == "active",
                Tag.support.in_(SUPPORTING_KINDS),
            )
        )
    )
    refs = cite_tags(session, tags)
    for tag in tags:
        crime = _crime_of(tag.element_id, tag.element_kind)
        ref = refs.get(tag.id)
        if crime is None or ref is None:
            continue
        for incident_id in by_scope.get(ref.scope_key, ()):
            facts[incident_id].acts.add(crime)
    return list(facts.values())


# --- Counting ------------------------------------------------------------------------------


def _keeps(fact: IncidentFacts, f: PatternFilter, persons: Mapping[str, Person]) -> bool:
    period = f.period
    if period is not None and (fact.span is None or not fact.span.overlaps(*period)):
        return False
    if f.admin_areas and fact.admin_area not in f.admin_areas:
        return False
    if f.groups and not any(
        (getattr(persons[v], c) or "").strip() == value
        for v in fact.victims
        for c, value in f.groups
    ):
        return False
    if f.units and not fact.units.intersection(f.units):
        return False
    return not (f.acts and not fact.acts.intersection(f.acts))


def _count(
    label: str | Phrase, ids: Iterable[str], incident_ids: Iterable[str] | None = None
) -> Count:
    ids = tuple(sorted(set(ids)))
    return Count(label, ids, tuple(sorted(set(incident_ids))) if incident_ids is not None else ids)


def _by_value(
    key: str,
    title: Phrase,
    counts_what: Phrase,
    treatment: Phrase,
    facts: Sequence[IncidentFacts],
    values_of: Any,
) -> Facet:
    """A facet counting incidents under each value ``values_of(fact)`` gives."""
    rows: dict[str, list[str]] = defaultdict(list)
    lacking: list[str] = []
    for fact in facts:
        values = values_of(fact)
        if not values:
            lacking.append(fact.id)
        for value in values:
            rows[value].append(fact.id)
    ordered = sorted(rows.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return Facet(
        key,
        title,
        counts_what,
        treatment,
        tuple(_count(label, ids) for label, ids in ordered),
        _count(NOT_RECORDED, lacking),
    )


def _months(facts: Sequence[IncidentFacts]) -> tuple[tuple[MonthCount, ...], Count]:
    certain: dict[str, list[str]] = defaultdict(list)
    possible: dict[str, list[str]] = defaultdict(list)
    lacking = []
    for fact in facts:
        if fact.span is None:
            lacking.append(fact.id)
            continue
        month = fact.span.certain_month
        if month is not None:
            certain[month].append(fact.id)
        else:
            for m in fact.span.months():
                possible[m].append(fact.id)
    every = sorted(set(certain) | set(possible))
    months: list[str] = []
    if every:  # every month from first to last, empty ones too: gaps are part of a pattern
        first, last = every[0], every[-1]
        y, m = int(first[:4]), int(first[5:])
        while f"{y:04d}-{m:02d}" <= last:
            months.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return (
        tuple(
            MonthCount(m, _count(m, certain.get(m, ())), _count(m, possible.get(m, ())))
            for m in months
        ),
        _count(Phrase("no bounded date"), lacking),
    )


def _group_facet(
    characteristic: str, facts: Sequence[IncidentFacts], persons: Mapping[str, Person]
) -> Facet:
    rows: dict[str, set[str]] = defaultdict(set)
    rows_incidents: dict[str, set[str]] = defaultdict(set)
    lacking: set[str] = set()
    lacking_incidents: set[str] = set()
    for fact in facts:
        for person_id in fact.victims:
            value = (getattr(persons[person_id], characteristic) or "").strip()
            if value:
                rows[value].add(person_id)
                rows_incidents[value].add(fact.id)
            else:
                lacking.add(person_id)
                lacking_incidents.add(fact.id)
    ordered = sorted(rows, key=lambda v: (-len(rows[v]), v))
    return Facet(
        f"group:{characteristic}",
        GROUP_TITLES[characteristic],
        VICTIMS_RECORDED,
        GROUP_TREATMENT,
        tuple(_count(v, rows[v], rows_incidents[v]) for v in ordered),
        _count(NOT_RECORDED, lacking, lacking_incidents),
    )


def patterns(
    session: Session,
    pattern_filter: PatternFilter | None = None,
    within: Collection[str] | None = None,
) -> PatternResult:
    """Every count of the incidents ``pattern_filter`` keeps (all incidents when None).

    ``within`` limits the counts to these incident ids (an export counts only what the
    disclosure decision lets out); None counts every incident of the cases."""
    f = pattern_filter or PatternFilter()
    for case_id in f.case_ids:
        if session.get(Case, case_id) is None:
            raise ValidationError(
                "A case the pattern is filtered on is not in this casebook; choose the cases "
                "again.",
                "case_ids",
            )
    all_facts = load_facts(session, f.case_ids)
    if within is not None:
        allowed = set(within)
        all_facts = [fact for fact in all_facts if fact.id in allowed]
    case_ids = {fact.case_id for fact in all_facts}
    persons = {p.id: p for p in session.scalars(select(Person).where(Person.case_id.in_(case_ids)))}
    facts = [fact for fact in all_facts if _keeps(fact, f, persons)]
    months, lacking_date = _months(facts)
    spans = sorted(
        ((fact.id, fact.span) for fact in facts if fact.span is not None),
        key=lambda item: (item[1].first, item[1].last, item[0]),
    )
    points = tuple(
        Point(fact.id, fact.latitude, fact.longitude, fact.precision_m)
        for fact in facts
        if fact.latitude is not None and fact.longitude is not None
    )
    with_points = {p.incident_id for p in points}
    return PatternResult(
        filter=f,
        incidents=tuple(facts),
        months=months,
        lacking_date=lacking_date,
        spans=tuple(spans),
        places=_by_value(
            "place",
            Phrase("Incidents by administrative area"),
            INCIDENTS,
            PLACE_TREATMENT,
            facts,
            lambda fact: [fact.admin_area] if fact.admin_area else [],
        ),
        points=points,
        lacking_coordinates=_count(
            Phrase("no coordinates"), (fact.id for fact in facts if fact.id not in with_points)
        ),
        groups=tuple(_group_facet(c, facts, persons) for c in GROUP_CHARACTERISTICS),
        incidents_without_victims=_count(
            Phrase("no victim recorded"), (fact.id for fact in facts if not fact.victims)
        ),
        units=_by_value(
            "unit",
            Phrase("Incidents by alleged perpetrator unit"),
            INCIDENTS,
            UNIT_TREATMENT,
            facts,
            lambda fact: sorted(fact.units),
        ),
        acts=_by_value(
            "act",
            Phrase("Incidents by crime tagged or charged"),
            INCIDENTS,
            ACT_TREATMENT,
            facts,
            lambda fact: sorted(fact.acts),
        ),
    )


# --- Saved patterns, cited for contextual elements ----------------------------------------


def _context_element(element_id: str) -> str:
    """The shared context element an id names (a crime's contextual element is stored as the
    shared one, as tags are); a clear error for anything else."""
    info = ElementIndex(load_taxonomy()).get(element_id.strip())
    if info is None or info.kind != "context":
        raise ValidationError(
            "A pattern can be cited only for a contextual element (such as cah_attack/1); "
            "{element} is not one. Choose a contextual element of the charge.",
            "element_id",
            element=repr(element_id.strip()),
        )
    return info.id


def save_pattern(
    session: Session,
    case: Case,
    title: str,
    pattern_filter: PatternFilter,
    element_id: str | None = None,
    note: str = "",
) -> SavedPattern:
    """Save a filter over ``case``'s incidents with the counts it gives now; cited for the
    contextual element ``element_id`` when given. The caller commits (audited like every
    record)."""
    name = clean(title).strip()
    if not name:
        raise ValidationError(
            "A saved pattern needs a short title that says what it shows.", "title"
        )
    if len(name) > 300:
        raise ValidationError(
            "The pattern's title is longer than 300 characters; shorten it.", "title"
        )
    scoped = replace(pattern_filter, case_ids=(case.id,))  # a case's pattern counts its own
    cited = _context_element(element_id) if element_id else None
    saved = SavedPattern(
        case_id=case.id,
        title=name,
        filter=scoped.to_dict(),
        counts=patterns(session, scoped).summary(),
        element_id=cited,
        taxonomy_version=load_taxonomy().version if cited else "",
        note=clean(note),
    )
    session.add(saved)
    session.flush()
    return saved


def cite_pattern(session: Session, saved: SavedPattern, element_id: str | None) -> None:
    """Cite a saved pattern for a contextual element, or (None) cite it for none."""
    saved.element_id = _context_element(element_id) if element_id else None
    saved.taxonomy_version = load_taxonomy().version if element_id else ""


def remove_pattern(session: Session, saved: SavedPattern) -> None:
    """Delete a saved pattern (the audit log keeps that it existed); the caller commits."""
    session.delete(saved)
    session.flush()


def saved_patterns(
    session: Session, case_id: str, element_id: str | None = None
) -> list[SavedPattern]:
    """The saved patterns of a case (those cited for ``element_id`` when given), oldest first."""
    query = select(SavedPattern).where(SavedPattern.case_id == case_id)
    if element_id is not None:
        query = query.where(SavedPattern.element_id == element_id)
    return list(session.scalars(query.order_by(SavedPattern.created_at, SavedPattern.id)))


def saved_filter(saved: SavedPattern) -> PatternFilter:
    return PatternFilter.from_dict(saved.filter)


def pattern_counts_text(result: PatternResult) -> str:
    """A saved pattern's counts in one English sentence (the GUI and the CLI; the complaint
    has its own texts)."""
    months = [m.month for m in result.months if m.certain.value or m.possible.value]
    span = f" between {months[0]} and {months[-1]}" if months else ""
    return (
        f"{result.incident_count} incidents{span}, in {len(result.places.rows)} administrative "
        f"areas, {len(result.victim_ids)} victims recorded, {len(result.units.rows)} alleged "
        f"perpetrator units, {len(result.acts.rows)} crimes tagged or charged"
    )


@dataclass(frozen=True)
class CitedPattern:
    """A saved pattern as material of a contextual element's row in the coverage matrix.

    Listed with the row's material but not graded, so it does not change the row's status
    (a status rests on graded tags); the counts are those saved, with the filter in words.
    """

    pattern_id: str
    title: str
    filter_lines: tuple[Phrase, ...]
    counts: dict[str, Any]

    @property
    def label(self) -> Phrase:
        incidents = self.counts.get("incidents", 0)
        if incidents == 1:  # its own template: no plural forms in core templates
            return phrase("Pattern: {title} (1 incident)", title=self.title)
        return phrase("Pattern: {title} ({count} incidents)", title=self.title, count=incidents)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pattern_id": self.pattern_id,
            "title": self.title,
            "filter": [str(line) for line in self.filter_lines],
            "counts": self.counts,
        }


def cited_patterns(session: Session, case_id: str) -> dict[str, tuple[CitedPattern, ...]]:
    """The saved patterns of a case cited for contextual elements, by element id."""
    out: dict[str, list[CitedPattern]] = defaultdict(list)
    for saved in saved_patterns(session, case_id):
        if saved.element_id:
            lines = tuple(saved_filter(saved).describe())
            out[saved.element_id].append(
                CitedPattern(saved.id, saved.title, lines, dict(saved.counts))
            )
    return {k: tuple(v) for k, v in out.items()}
