"""What supports each element of a complaint's charges, read against its legal frame.

The crimes, elements and national provisions come from the taxonomy through
``legal_frame.py``. Which material supports which element is computed here from
the Tag and Charge rows of the plan; the coverage matrix (``casebook.core.analysis``) is
meant to take this over, and this module keeps its own small version until then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ..models import Charge, Person, Tag
from ..text.graphemes import snap_range
from .legal_frame import CrimeRef, ElementRef, LegalFrame, LiabilityRef, legal_frame

if TYPE_CHECKING:
    from .plan import ExportPlan


# -- what supports each element ---------------------------------------------------------
#
# Coverage comes from the coverage matrix (``casebook.core.analysis.coverage``), the one
# place that decides which material counts for which element of a charge (incident scope,
# perpetrator-specific tags, grading, tags awaiting review). The export only takes out what
# this bundle may not show (passages of statements left out for consent) and recomputes
# each row's status from what is left, then cites the rest with exhibit numbers and
# paragraph numbers of this bundle.


@dataclass
class Support:
    tag: Tag
    cite: str
    quote: str | None  # the passage quoted, for testimony
    kind: str  # direct, circumstantial, corroborating, contradicting
    source_key: str  # one per exhibit, statement or incident: counts independent sources
    grading: str = ""  # admiralty code, "B2"
    weak: bool = False


@dataclass
class ElementFinding:
    ref: ElementRef
    verified: bool = True
    supports: list[Support] = field(default_factory=list)
    contradicting: list[Support] = field(default_factory=list)
    needs_review: list[Support] = field(default_factory=list)
    left_out: int = 0  # tags on statements left out for consent

    @property
    def status(self) -> str:
        """The matrix's vocabulary (gap, contradicted, contested, weak, supported), computed
        on what this bundle shows."""
        if self.supports and self.contradicting:
            return "contested"
        if self.contradicting:
            return "contradicted"
        if not self.supports:
            return "gap"
        return "weak" if all(s.weak for s in self.supports) else "supported"

    def gaps(self) -> list[str]:
        """Gap keys (see strings ``gap_*``) for the internal edition."""
        status = self.status
        found = {
            "gap": ["gap_none_material"],
            "contradicted": ["gap_contradicted_only"],
            "contested": ["gap_contested"],
            "weak": ["gap_weak"],
        }.get(status, [])
        if self.supports:
            if all(s.kind == "circumstantial" for s in self.supports):
                found.append("gap_only_circumstantial")
            if len({s.source_key for s in self.supports}) == 1:
                found.append("gap_single_source")
        return found

    @property
    def has_gap(self) -> bool:
        return bool(self.gaps() or self.needs_review or self.left_out)


@dataclass
class PerpetratorFinding:
    person: Person
    liability: LiabilityRef
    elements: list[ElementFinding]


@dataclass
class ChargeAnalysis:
    number: int
    charge: Charge
    crime: CrimeRef
    national: list[str]
    context: list[ElementFinding]
    elements: list[ElementFinding]
    perpetrators: list[PerpetratorFinding]

    @property
    def title(self) -> str:
        return self.charge.title or self.crime.title


def _support(plan: ExportPlan, tag: Tag) -> Support | None:
    s = plan.strings
    if tag.evidence_id:
        item = plan.exhibit_for(tag.evidence_id)
        if item is None:
            return None
        n = plan.exhibit_number(item)
        return Support(tag, s("exhibit_cite", n=n), None, tag.support, f"e{n}")
    if tag.incident_id:
        incident = next((i for i in plan.incidents if i.id == tag.incident_id), None)
        if incident is None:
            return None
        n = plan.incident_number(incident)
        return Support(tag, s("fact_cite", n=n), None, tag.support, f"i{n}")
    if tag.segment_id:
        for statement in plan.statements:
            for segment in statement.testimony.segments:
                if segment.id == tag.segment_id:
                    quote = plan.segment_text(segment)
                    if not segment.redact and tag.char_start is not None and tag.char_end:
                        # whole clusters, also for ranges stored before tagging snapped them
                        span = snap_range(segment.text, tag.char_start, tag.char_end)
                        quote = plan.protect(segment.text[span[0] : span[1]])
                    cite = statement.cite(segment, s)
                    return Support(tag, cite, quote, tag.support, f"t{statement.testimony.id}")
    return None


class _Rows:
    """Turns matrix rows into findings over what this bundle shows."""

    def __init__(self, plan: ExportPlan) -> None:
        self.plan = plan
        self.tags = {t.id: t for t in plan.tags}
        self.excluded = {t.id for t in plan.excluded_tags}

    def _item(self, finding: ElementFinding, item: Any) -> Support | None:
        tag = self.tags.get(item.tag_id)
        if tag is None:
            if item.tag_id in self.excluded:
                finding.left_out += 1
            return None
        support = _support(self.plan, tag)
        if support is not None:
            support.grading, support.weak = item.grading, item.weak
        return support

    def finding(self, row: Any) -> ElementFinding:
        ref = ElementRef(row.element_id, row.number, row.text, row.crime_element_id)
        finding = ElementFinding(ref, verified=row.verified)
        for items, target in (
            (row.supporting_items, finding.supports),
            (row.contradicting, finding.contradicting),
            (row.needs_review, finding.needs_review),
        ):
            for item in items:
                support = self._item(finding, item)
                if support is not None:
                    target.append(support)
        return finding


def analyse(plan: ExportPlan, session: Session) -> list[ChargeAnalysis]:
    """Per charge: context, elements and each perpetrator's liability, with their support."""
    from ..analysis import coverage

    frame = legal_frame()
    matrix = coverage(session, plan.case, plan.charges, frame.taxonomy)
    rows = _Rows(plan)
    out = []
    for number, (charge, cov) in enumerate(zip(plan.charges, matrix.charges, strict=True), 1):
        crime = CrimeRef(cov.crime_id, cov.crime_title, cov.statute_provision, cov.verified, (), ())
        perpetrators = []
        for p in cov.perpetrators:
            person = plan.persons.get(p.person_id)
            if person is None:
                continue
            liability = LiabilityRef(p.liability_id, p.liability_title, p.provision, ())
            perpetrators.append(
                PerpetratorFinding(person, liability, [rows.finding(r) for r in p.rows])
            )
        out.append(
            ChargeAnalysis(
                number=number,
                charge=charge,
                crime=crime,
                national=_national(cov, plan.addressee.national_law, frame),
                context=[rows.finding(r) for r in cov.context],
                elements=[rows.finding(r) for r in cov.elements],
                perpetrators=perpetrators,
            )
        )
    return out


def _national(cov: Any, law: str | None, frame: LegalFrame) -> list[str]:
    """The national provision the charge names for the addressee's law, else the taxonomy's
    provisions of that law for the crime; none for an international addressee."""
    if not law:
        return []
    code = (cov.national_provision or "").partition(":")[0].strip().upper()
    if cov.national_citation and code == law.upper():
        return [cov.national_citation]
    return frame.national_provisions(cov.crime_id, law)
