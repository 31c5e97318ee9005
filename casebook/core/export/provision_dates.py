"""Whether the law each charge rests on existed when the charged acts were committed.

A complaint may not rest on a provision for acts committed before it applied (§ 2 Abs. 1
StGB; art. 22 and 24 of the Rome Statute), nor print Elements of Crimes wording that was
never checked. ``check_provision_dates`` looks at every charge of a plan and its incidents'
dates: in the internal edition each problem becomes an entry of the plan ("law"), in the
filing edition a charge that cannot stand refuses the export with ``ProvisionDateRefused``
(other problems are plan entries there too).

Incident dates are as precise as they are known ("2017", "2017-08", "2017-08-25", or a
span with an end date), so an incident is checked at both ends of its span: if the
provision applied at neither end the charge cannot stand; if it applied at only one end
the span straddles the date and the plan warns. Nothing here names a person or quotes case
text: charges are named by number and crime id, incidents by their number in the bundle.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from ..errors import CasebookError
from ..phrase import Phrase, phrase
from ..text.calendar_dates import _bounds as calendar_bounds  # the one reading of a date
from ..text.calendar_dates import date_problem
from .dates import StoredDateInvalid

if TYPE_CHECKING:
    from ..models import Charge, Incident
    from ..taxonomy import Crime, NationalProvision, Taxonomy
    from .strings import Addressee


class PlanLike(Protocol):
    """What the check reads of an ``ExportPlan`` (kept apart so plan.py can import this)."""

    charges: list[Charge]
    incidents: list[Incident]
    addressee: Addressee

    @property
    def internal(self) -> bool: ...

    def incident_number(self, incident: Incident) -> int: ...


Kind = Literal[
    "unverified",  # the crime's Elements wording was not checked: never in a filing
    "not_in_force",  # the provision did not exist at any date of the incident
    "straddles",  # the incident's span begins before and ends after the provision's date
    "undated",  # the incident has no date to check against
    "amended",  # the provision's words changed after the act: the earlier words apply
    "other_provision",  # for this date the law is a different (earlier) provision
    "acceptance",  # a Rome Statute amendment applies only to States that accepted it
    "provision_unverified",  # the national provision's current words were not checked
]
Add = Callable[[Kind, Phrase], None]
BLOCKING: frozenset[Kind] = frozenset({"unverified", "not_in_force"})
"""Kinds that refuse a filing edition; the rest are warnings in both editions."""


@dataclass(frozen=True)
class DateFinding:
    """One problem with the law a charge rests on, in words for the plan."""

    kind: Kind
    charge_phrase: Phrase | str  # "charge 2 (7(1)(g)-2)"
    why: Phrase  # the reason, as the GUI translates it; ``reason`` is the English

    @property
    def charge(self) -> str:
        return str(self.charge_phrase)

    @property
    def reason(self) -> str:
        return str(self.why)

    @property
    def blocks_filing(self) -> bool:
        return self.kind in BLOCKING


class ProvisionDateRefused(CasebookError):
    """The filing edition would rest a charge on law that cannot carry it."""

    def __init__(self, findings: Sequence[DateFinding]) -> None:
        lines = "\n".join(f"  - {f.charge}: {f.reason}" for f in findings)
        super().__init__(
            "The filing edition was not written, because a charge rests on law that "
            "did not apply to the charged acts or whose wording has not been "
            "checked:\n{lines}\nExport the internal edition to review the charges, "
            "leave these charges out of the export (choose the charges to export), "
            "or correct the incident dates if they are wrong.",
            lines=lines,
        )
        self.findings = tuple(findings)


def date_bounds(start: str | None, end: str | None = None) -> tuple[str, str] | None:
    """The first and last calendar day (ISO) an incident dated ``start``..``end`` may fall
    on, or None when it has no date. "2017" spans 2017-01-01..2017-12-31."""
    if not start:
        return None
    for value in (start, end):
        if value and date_problem(value) is not None:
            raise StoredDateInvalid()
    first = calendar_bounds(start)[0].date().isoformat()
    last = calendar_bounds(end or start)[1].date().isoformat()
    return (first, last) if first <= last else (last, first)


def check_charge(
    taxonomy: Taxonomy,
    charge: Charge,
    label: Phrase | str,
    incidents: Sequence[tuple[int, Incident]],
    national_law: str | None,
) -> list[DateFinding]:
    """What is wrong with the law ``charge`` rests on for its ``incidents`` (numbered as in
    the bundle). ``national_law`` is the addressee's (``"DE"``), None for the ICC and
    mechanisms, whose law is the Rome Statute."""
    if not taxonomy.has_crime(charge.crime_id):
        return []  # a crime id of a newer taxonomy: the legal frame shows it as it is
    crime = taxonomy.crime(charge.crime_id)
    findings: list[DateFinding] = []

    def add(kind: Kind, reason: Phrase) -> None:
        findings.append(DateFinding(kind, label, reason))

    if not crime.verified:
        add(
            "unverified",
            phrase(
                "the Elements of Crimes wording of {crime} has not been checked against the "
                "official text, so it cannot be cited in a filing",
                crime=crime.id,
            ),
        )
    if national_law is None:
        _check_statute(crime, incidents, add)
    else:
        provisions = _provisions(taxonomy, charge, national_law)
        if provisions:
            _check_national(crime.id, provisions, incidents, add)
        for provision in provisions:
            if not provision.verified:
                add(
                    "provision_unverified",
                    phrase(
                        "the current words of {citation} were not checked against the "
                        "official text (see its notes in the national law data); check the "
                        "citation before filing",
                        citation=provision.citation,
                    ),
                )
    return findings


def _check_statute(crime: Crime, incidents: Sequence[tuple[int, Incident]], add: Add) -> None:
    amendment = crime.amendment
    if amendment is None:
        return
    add(
        "acceptance",
        phrase(
            "article {article} was added by {resolution} (adopted {adopted}) and applies "
            "only to States Parties that accepted it, one year after each deposited its "
            "acceptance (art. 121(5)); check acceptance by the State of territory or "
            "nationality",
            article=crime.statute_provision,
            resolution=amendment.resolution,
            adopted=amendment.adopted_on,
        ),
    )
    for number, incident in incidents:
        bounds = _bounds_or_none(incident)
        if bounds is None:
            add(
                "undated",
                phrase(
                    "incident {number} has no date; check it is after {adopted}",
                    number=number,
                    adopted=amendment.adopted_on,
                ),
            )
        elif bounds[1] < amendment.adopted_on:
            add(
                "not_in_force",
                phrase(
                    "incident {number} ({span}) is before {resolution} was adopted on {adopted}",
                    number=number,
                    span=_span(bounds),
                    resolution=amendment.resolution,
                    adopted=amendment.adopted_on,
                ),
            )
        elif bounds[0] < amendment.adopted_on:
            add(
                "straddles",
                phrase(
                    "incident {number} ({span}) may be before {resolution} was adopted on "
                    "{adopted}",
                    number=number,
                    span=_span(bounds),
                    resolution=amendment.resolution,
                    adopted=amendment.adopted_on,
                ),
            )


def _provisions(
    taxonomy: Taxonomy, charge: Charge, jurisdiction: str
) -> tuple[NationalProvision, ...]:
    """The provisions the charge rests on: the one it names ("DE:§7(1)(nr4)") if the
    taxonomy maps it onto the crime, else every provision ever mapped onto the crime."""
    mapped = taxonomy.all_national_provisions_for(charge.crime_id, jurisdiction)
    code, _, pid = (charge.national_provision or "").partition(":")
    named = [p for p in mapped if p.id == pid] if code.upper() == jurisdiction.upper() else []
    return tuple(named) or mapped


def _check_national(
    crime_id: str,
    provisions: Sequence[NationalProvision],
    incidents: Sequence[tuple[int, Incident]],
    add: Add,
) -> None:
    def applying(day: str) -> list[NationalProvision]:
        return [p for p in provisions if p.applies_on(day, crime_id)]

    current = [p.citation for p in provisions if p.in_force]
    first = min(p.applies_from_for(crime_id) for p in provisions)
    for number, incident in incidents:
        bounds = _bounds_or_none(incident)
        if bounds is None:
            if current:
                reason = phrase(
                    "incident {number} has no date; {provisions} applies only to acts from {first}",
                    number=number,
                    provisions=", ".join(current),
                    first=first,
                )
            else:
                reason = phrase(
                    "incident {number} has no date; the provision applies only to acts from "
                    "{first}",
                    number=number,
                    first=first,
                )
            add("undated", reason)
            continue
        early, late = applying(bounds[0]), applying(bounds[1])
        span = _span(bounds)
        if not early and not late:
            reasons = _joined(
                [
                    phrase(
                        "{citation} applies only to acts from {date}",
                        citation=p.citation,
                        date=p.applies_from_for(crime_id),
                    )
                    if bounds[1] < p.applies_from_for(crime_id)
                    else phrase(
                        "{citation} applied only to acts until {date}",
                        citation=p.citation,
                        date=p.applies_until,
                    )
                    for p in provisions
                ]
            )
            add(
                "not_in_force",
                phrase(
                    "incident {number} ({span}): {reasons}",
                    number=number,
                    span=span,
                    reasons=reasons,
                ),
            )
            continue
        if not early or not late:
            known = early or late
            add(
                "straddles",
                phrase(
                    "incident {number} ({span}) straddles the date from which {provisions} "
                    "applies; establish the date of the acts",
                    number=number,
                    span=span,
                    provisions=", ".join(p.citation for p in known),
                ),
            )
        cited = [p.citation for p in early or late]
        if set(cited) != set(current) and current:
            add(
                "other_provision",
                phrase(
                    "for incident {number} ({span}) the law in force was {cited}, not {current}",
                    number=number,
                    span=span,
                    cited=", ".join(cited),
                    current=", ".join(current),
                ),
            )
        for provision in early:  # from the late end only: the straddle is already reported
            for amendment in provision.amendments_after(bounds[0]):
                add(
                    "amended",
                    phrase(
                        "{citation} was amended with effect from {date}; for incident "
                        "{number} ({span}) the earlier words apply ({change})",
                        citation=provision.citation,
                        date=amendment.date,
                        number=number,
                        span=span,
                        change=amendment.change,
                    ),
                )


def _bounds_or_none(incident: Incident) -> tuple[str, str] | None:
    """The incident's bounds; None also for a date that is not a calendar date (an old
    casebook may hold one): writing the bundle stops on it with its own clean error."""
    try:
        return date_bounds(incident.date_start, incident.date_end)
    except StoredDateInvalid:
        return None


def _span(bounds: tuple[str, str]) -> Phrase | str:
    if bounds[0] == bounds[1]:
        return bounds[0]
    return phrase("{start} to {end}", start=bounds[0], end=bounds[1])


def _joined(reasons: list[Phrase]) -> Phrase:
    """Several reasons as one, separated by "; " (each translated on its own)."""
    joined = reasons[0]
    for reason in reasons[1:]:
        joined = phrase("{reasons}; {reason}", reasons=joined, reason=reason)
    return joined


def check_provision_dates(plan: PlanLike, taxonomy: Taxonomy | None = None) -> list[DateFinding]:
    """Check every charge of ``plan``; refuse a filing, return what the plan must list.

    Findings that block (unverified Elements wording, a provision that did not exist at the
    incident's date) raise ``ProvisionDateRefused`` in the filing edition. Otherwise every
    finding is returned, for the plan to list (``LeftOut("law", finding.charge, ...)``).
    """
    if taxonomy is None:
        from ..taxonomy import load_taxonomy

        taxonomy = load_taxonomy()
    numbered = [(plan.incident_number(i), i) for i in plan.incidents]
    findings: list[DateFinding] = []
    for n, charge in enumerate(plan.charges, start=1):
        linked = [(k, i) for k, i in numbered if i in charge.incidents]
        findings += check_charge(
            taxonomy,
            charge,
            phrase("charge {n} ({crime})", n=n, crime=charge.crime_id),
            linked if charge.incidents else numbered,
            plan.addressee.national_law,
        )
    blocking = [f for f in findings if f.blocks_filing]
    if blocking and not plan.internal:
        raise ProvisionDateRefused(blocking)
    return findings
