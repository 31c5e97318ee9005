"""The legal frame of a complaint: crimes, elements and liability, and what supports each.

The crimes, elements and national provisions come from the taxonomy
(``casebook.core.taxonomy``). Which material supports which element is computed here from
the Tag and Charge rows of the plan; the coverage matrix (``casebook.core.analysis``) is
meant to take this over, and this module keeps its own small version until then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from ..models import Charge, Person, Tag

if TYPE_CHECKING:
    from .plan import ExportPlan

_ELEMENT_NUMBER = re.compile(r"/(\d+)$")


@dataclass(frozen=True)
class ElementRef:
    element_id: str
    number: int
    text: str
    context_id: str | None = None  # the shared context element it restates, if any


@dataclass(frozen=True)
class CrimeRef:
    crime_id: str
    title: str
    provision: str  # Rome Statute provision, e.g. "7(1)(g)"
    verified: bool
    elements: tuple[ElementRef, ...]  # specific elements
    context: tuple[ElementRef, ...]  # contextual elements


@dataclass(frozen=True)
class LiabilityRef:
    liability_id: str
    title: str
    provision: str
    elements: tuple[ElementRef, ...]


class LegalFrame:
    """Lookups over the taxonomy, tolerant of ids the taxonomy does not know."""

    def __init__(self, taxonomy: Any | None) -> None:
        self.taxonomy = taxonomy
        self.version = getattr(taxonomy, "version", "unavailable")

    def crime(self, crime_id: str, fallback_title: str = "") -> CrimeRef:
        tax = self.taxonomy
        if tax is not None and tax.has_crime(crime_id):
            crime = tax.crime(crime_id)
            return CrimeRef(
                crime_id=crime.id,
                title=crime.title,
                provision=crime.statute_provision,
                verified=crime.verified,
                elements=tuple(ElementRef(e.id, e.number, e.text) for e in crime.specific_elements),
                context=tuple(
                    ElementRef(e.id, e.number, e.text, e.context_element)
                    for e in crime.contextual_elements
                ),
            )
        return CrimeRef(crime_id, fallback_title or crime_id, crime_id.split("-")[0], False, (), ())

    def context_elements(self, crime_id: str) -> tuple[ElementRef, ...]:
        return self.crime(crime_id).context

    def liability(self, liability_id: str) -> LiabilityRef:
        tax = self.taxonomy
        if tax is not None:
            try:
                mode = tax.liability(liability_id)
            except Exception:  # an id from a newer taxonomy: show it as it is
                mode = None
            if mode is not None:
                return LiabilityRef(
                    mode.id,
                    mode.title,
                    mode.provision,
                    tuple(ElementRef(e.id, e.number, e.text) for e in mode.elements),
                )
        return LiabilityRef(liability_id, liability_id, liability_id.split("-")[0], ())

    def national_provisions(self, crime_id: str, national_law: str | None) -> list[str]:
        tax = self.taxonomy
        if tax is None or not national_law or not tax.has_crime(crime_id):
            return []
        try:
            provisions = tax.national_provisions_for(crime_id, national_law)
        except Exception:  # no national law for that jurisdiction in this taxonomy
            return []
        return [p.citation for p in provisions]


@cache
def legal_frame() -> LegalFrame:
    """The frame over the shipped taxonomy; without one, ids are shown as they are."""
    try:
        from ..taxonomy.loader import load_taxonomy
    except ImportError:
        return LegalFrame(None)
    return LegalFrame(load_taxonomy())


# -- what supports each element ---------------------------------------------------------


@dataclass
class Support:
    tag: Tag
    cite: str
    quote: str | None  # the passage quoted, for testimony
    kind: str  # direct, circumstantial, corroborating, contradicting
    source_key: str  # one per exhibit, statement or incident: counts independent sources


@dataclass
class ElementFinding:
    ref: ElementRef
    supports: list[Support] = field(default_factory=list)
    contradicting: list[Support] = field(default_factory=list)
    needs_review: list[Support] = field(default_factory=list)
    left_out: int = 0  # tags on statements left out for consent

    def gaps(self) -> list[str]:
        """Gap keys (see strings ``gap_*``) for the internal edition."""
        found = []
        if not self.supports:
            found.append("gap_none_material")
        elif all(s.kind == "circumstantial" for s in self.supports):
            found.append("gap_only_circumstantial")
        elif len({s.source_key for s in self.supports}) == 1:
            found.append("gap_single_source")
        return found

    @property
    def has_gap(self) -> bool:
        return bool(self.gaps() or self.contradicting or self.needs_review or self.left_out)


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
                        quote = plan.protect(segment.text[tag.char_start : tag.char_end])
                    cite = statement.cite(segment, s)
                    return Support(tag, cite, quote, tag.support, f"t{statement.testimony.id}")
    return None


def _finding(plan: ExportPlan, ref: ElementRef, tags: list[Tag]) -> ElementFinding:
    finding = ElementFinding(ref)
    ids = {ref.element_id} | ({ref.context_id} if ref.context_id else set())
    for tag in tags:
        if tag.element_id not in ids:
            continue
        support = _support(plan, tag)
        if support is None:
            continue
        if tag.status != "active":
            finding.needs_review.append(support)
        elif tag.support == "contradicting":
            finding.contradicting.append(support)
        else:
            finding.supports.append(support)
    finding.left_out = sum(1 for t in plan.excluded_tags if t.element_id in ids)
    return finding


def _elements_from_tags(crime_id: str, tags: list[Tag]) -> tuple[ElementRef, ...]:
    """Without the taxonomy, show the elements the tags name, numbered as in their ids."""
    refs = {}
    for tag in tags:
        head = tag.element_id.rsplit("/", 1)[0]
        match = _ELEMENT_NUMBER.search(tag.element_id)
        if head == crime_id and match:
            number = int(match.group(1))
            refs[number] = ElementRef(tag.element_id, number, f"Element {number}")
    return tuple(refs[n] for n in sorted(refs))


def analyse(plan: ExportPlan) -> list[ChargeAnalysis]:
    """Per charge: context, elements and each perpetrator's liability, with their support."""
    frame = legal_frame()
    out = []
    for number, charge in enumerate(plan.charges, start=1):
        crime = frame.crime(charge.crime_id, charge.title)
        elements = crime.elements or _elements_from_tags(charge.crime_id, plan.tags)
        national = _national(charge, crime, plan.addressee.national_law, frame)
        perpetrators = []
        for link in charge.perpetrators:
            person = plan.persons.get(link.person_id)
            if person is None:
                continue
            liability = frame.liability(link.liability_id)
            person_tags = [
                t
                for t in plan.tags
                if t.element_kind == "liability" and t.perpetrator_id in (None, person.id)
            ]
            perpetrators.append(
                PerpetratorFinding(
                    person,
                    liability,
                    [_finding(plan, ref, person_tags) for ref in liability.elements],
                )
            )
        crime_tags = [t for t in plan.tags if t.element_kind != "liability"]
        out.append(
            ChargeAnalysis(
                number=number,
                charge=charge,
                crime=crime,
                national=national,
                context=[_finding(plan, ref, crime_tags) for ref in crime.context],
                elements=[_finding(plan, ref, crime_tags) for ref in elements],
                perpetrators=perpetrators,
            )
        )
    return out


def _national(charge: Charge, crime: CrimeRef, law: str | None, frame: LegalFrame) -> list[str]:
    """The national provision the charge names for the addressee's law, else the taxonomy's."""
    stated = (charge.national_provision or "").strip()
    if stated:
        code, _, provision = stated.partition(":")
        if provision and law and code.strip().upper() == law.upper():
            text = provision.strip()
            if law.upper() == "DE" and "VStGB" not in text:
                text = f"VStGB {text}"
            return [text]
        if not provision:
            return [stated]
    return frame.national_provisions(crime.crime_id, law)
