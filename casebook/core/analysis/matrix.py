"""The coverage matrix: for each charge, element by element, what is proven by what.

This is the one place that computes coverage; the GUI, the CLI and the complaint export
read its result.

Rows of a charge: the contextual elements of its crime (once per charge, numbered as the
Elements of Crimes number them for that crime), the crime's own elements, then for each
charged perpetrator the elements of their mode of liability.

Which tags count for a charge:

* tags of the case on the row's element (a context row takes tags on the shared context
  element, which is also where tags on a crime's contextual element are stored);
* a tag naming an alleged perpetrator counts only for charges against that person, and on
  liability rows only in that person's rows; a tag naming nobody counts for everyone;
* when the charge lists incidents, only material linked to them counts: a passage whose
  statement (any version of it) the incident lists, an evidence item (any version) the
  incident lists, or the incident itself. A charge without incidents takes all material;
* tags flagged ``needs_review`` (after a taxonomy update) are listed but not counted.

Tagged material a charge leaves out is not dropped silently: each row lists it under
``not_counted`` with the reason (``SCOPE_REASONS``: the material is not linked to the
charge's incidents, it names somebody not charged, or it is withheld from the recipient
for consent) and, where one exists, the fix (link the statement or exhibit to the incident).
A "gap" with material not counted is a different finding from a gap with nothing tagged.

Status of a row (``STATUSES``):

* ``gap``: nothing supports or contradicts the element;
* ``contradicted``: only contradicting material;
* ``contested``: supporting and contradicting material;
* ``weak``: only supporting material, and every item of it is weakly graded;
* ``supported``: only supporting material, at least one item of it not weakly graded.

An item is weakly graded when its source reliability is D, E or F or its information
credibility is 4, 5 or 6 (admiralty scale). An ungraded tag (no grades given) is not F6:
its grading reads "" (``grading_label`` "ungraded"), and like weak material it does not
count as strong support until somebody grades it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..models import Case, Charge, ChargePerpetrator, Person, Tag
from ..phrase import Phrase, phrase
from ..taxonomy import Taxonomy, load_taxonomy
from ..taxonomy.elements import ElementIndex
from .charges import get_charge, list_charges
from .patterns import CitedPattern, cited_patterns
from .tagging import CONTRADICTING, SUPPORTING_KINDS, find_conflicts, tags_of_case
from .targets import MaterialRef, cite_tags

STATUSES = ("gap", "contradicted", "contested", "weak", "supported")
WEAK_RELIABILITY = frozenset("DEF")
LeaveOut = Callable[[MaterialRef], "bool | str | None"]
WEAK_CREDIBILITY = frozenset("456")

# What each status means, as Phrases: the CLI prints them (str), the GUI shows them translated.
STATUS_LEGEND = {
    "supported": Phrase(
        "supporting material, at least one item graded A-C and 1-3; nothing against"
    ),
    "weak": Phrase(
        "supporting material only, all of it weakly graded (reliability D, E or F, "
        "or credibility 4, 5 or 6) or not graded"
    ),
    "contested": Phrase("material both supports and contradicts the element"),
    "contradicted": Phrase("only contradicting material"),
    "gap": Phrase(
        'no material counts for the element (see "not counted" for tagged material the '
        "charge leaves out)"
    ),
}
SCOPE_REASONS = ("consent", "perpetrator", "incident")
WITHHELD = "tagged material withheld from this recipient (consent) is not counted"
GRADING_LEGEND = Phrase(
    "Grades are admiralty codes: a letter for source reliability (A completely reliable, "
    "B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot "
    "be judged) and a digit for information credibility (1 confirmed, 2 probably true, "
    "3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged)."
)


def is_weak(reliability: str, credibility: str) -> bool:
    """The grading rule of the matrix: D/E/F reliability or 4/5/6 credibility is weak, and
    material nobody graded is not strong either."""
    if not reliability or not credibility:
        return True
    return reliability in WEAK_RELIABILITY or credibility in WEAK_CREDIBILITY


def row_status(supporting: Sequence[Item], contradicting: Sequence[Item]) -> str:
    if supporting and contradicting:
        return "contested"
    if contradicting:
        return "contradicted"
    if not supporting:
        return "gap"
    return "weak" if all(i.weak for i in supporting) else "supported"


@dataclass(frozen=True)
class Item:
    """One tag as it bears on a row: the material it cites and how."""

    tag_id: str
    support: str
    reliability: str
    credibility: str
    material: MaterialRef
    perpetrator: str | None  # pseudonym, when the tag names one
    note: str
    review_note: str = ""

    @property
    def graded(self) -> bool:
        return bool(self.reliability and self.credibility)

    @property
    def grading(self) -> str:
        """The admiralty code ("B2"), or "" when the material was not graded."""
        return f"{self.reliability}{self.credibility}" if self.graded else ""

    @property
    def grading_label(self) -> str:
        """For lists and tables: the code, or "ungraded"."""
        return self.grading or "ungraded"

    @property
    def weak(self) -> bool:
        return is_weak(self.reliability, self.credibility)

    @property
    def label(self) -> str:
        return self.material.label

    def to_dict(self) -> dict[str, Any]:
        m = self.material
        out: dict[str, Any] = {
            "tag_id": self.tag_id,
            "support": self.support,
            "grading": self.grading or None,  # None: not graded
            "weak": self.weak,
            "citation": m.label,
            "material": {"kind": m.kind, "id": m.record_id},
            "perpetrator": self.perpetrator,
            "note": self.note,
        }
        if m.kind == "passage":
            out["material"].update(
                testimony_id=m.testimony_id,
                paragraph=m.position,
                witness=m.witness,
                char_range=list(m.char_range) if m.char_range else None,
            )
        if self.review_note:
            out["review_note"] = self.review_note
        return out


@dataclass(frozen=True)
class Fix:
    """One change that would bring not-counted material into a charge: link a statement
    (``kind`` testimony) or exhibit (evidence) to an incident the charge rests on."""

    kind: str  # testimony or evidence
    record_id: str
    incident_id: str
    label: Phrase  # "Link the statement to incident 'Killings at the river bank'"

    def to_dict(self) -> dict[str, str]:
        return {
            "link": self.kind,
            "record_id": self.record_id,
            "incident_id": self.incident_id,
            "label": str(self.label),
        }


@dataclass(frozen=True)
class NotCounted:
    """Material tagged to a row's element that this charge leaves out, and why."""

    item: Item
    scope: str  # one of SCOPE_REASONS
    because: Phrase  # "its statement is not linked to incident 'X', on which this charge rests"
    fixes: tuple[Fix, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        if self.scope == "consent":
            # The matrix for a recipient may reach them: it must not cite what they may not
            # see, nor say whose consent is missing. The team's own matrix lists it.
            return {"scope": "consent", "because": WITHHELD}
        return {
            "scope": self.scope,
            "because": str(self.because),
            "item": self.item.to_dict(),
            "fixes": [f.to_dict() for f in self.fixes],
        }


@dataclass(frozen=True)
class RowConflict:
    """The same material supporting and contradicting the row's element."""

    material: MaterialRef
    supporting: tuple[str, ...]  # tag ids
    contradicting: tuple[str, ...]


@dataclass(frozen=True)
class ElementRow:
    """One element of a charge with its material and status.

    ``kind`` is context, crime or liability. ``number`` is the element's number in its
    crime (for context rows, as the Elements of Crimes number it for this crime, whose own
    id is ``crime_element_id``) or in its mode of liability.
    """

    kind: str
    element_id: str
    number: int
    text: str
    verified: bool
    status: str
    supporting: dict[str, tuple[Item, ...]]  # by kind of support, in SUPPORTING_KINDS order
    contradicting: tuple[Item, ...]
    conflicts: tuple[RowConflict, ...]
    needs_review: tuple[Item, ...]
    crime_element_id: str | None = None
    not_counted: tuple[NotCounted, ...] = ()
    patterns: tuple[CitedPattern, ...] = ()  # context rows: saved patterns cited (not graded)

    @property
    def supporting_items(self) -> tuple[Item, ...]:
        return tuple(i for kind in SUPPORTING_KINDS for i in self.supporting.get(kind, ()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "element_id": self.element_id,
            "crime_element_id": self.crime_element_id,
            "number": self.number,
            "text": self.text,
            "verified": self.verified,
            "status": self.status,
            "supporting": {k: [i.to_dict() for i in v] for k, v in self.supporting.items()},
            "contradicting": [i.to_dict() for i in self.contradicting],
            "conflicts": [
                {
                    "citation": c.material.label,
                    "material": {"kind": c.material.kind, "id": c.material.record_id},
                    "supporting_tags": list(c.supporting),
                    "contradicting_tags": list(c.contradicting),
                }
                for c in self.conflicts
            ],
            "needs_review": [i.to_dict() for i in self.needs_review],
            "not_counted": [n.to_dict() for n in self.not_counted],
            "patterns": [p.to_dict() for p in self.patterns],
        }


@dataclass(frozen=True)
class PerpetratorCoverage:
    person_id: str
    pseudonym: str
    liability_id: str
    liability_title: str
    provision: str
    known: bool  # false when the mode is not in the taxonomy in use
    rows: tuple[ElementRow, ...]


@dataclass(frozen=True)
class ChargeCoverage:
    charge_id: str
    title: str
    crime_id: str
    crime_title: str
    statute_provision: str
    category: str
    verified: bool
    known: bool  # false when the crime is not in the taxonomy in use
    national_provision: str  # as stored: "DE:§7(1)(nr4)", or ""
    national_citation: str  # "§ 7 Abs. 1 Nr. 4 VStGB", or ""
    national_match: str | None  # corresponds, partial
    incidents: tuple[tuple[str, str], ...]  # (id, title); empty: all material counts
    context: tuple[ElementRow, ...]
    elements: tuple[ElementRow, ...]
    perpetrators: tuple[PerpetratorCoverage, ...]

    def rows(self) -> Iterator[tuple[PerpetratorCoverage | None, ElementRow]]:
        for row in (*self.context, *self.elements):
            yield None, row
        for perpetrator in self.perpetrators:
            for row in perpetrator.rows:
                yield perpetrator, row

    def status_counts(self) -> dict[str, int]:
        counts = Counter(row.status for _, row in self.rows())
        return {s: counts[s] for s in reversed(STATUSES) if counts[s]}

    def to_dict(self) -> dict[str, Any]:
        return {
            "charge_id": self.charge_id,
            "title": self.title,
            "crime": {
                "id": self.crime_id,
                "title": self.crime_title,
                "statute_provision": self.statute_provision,
                "category": self.category,
                "verified": self.verified,
                "known": self.known,
            },
            "national_provision": {
                "id": self.national_provision,
                "citation": self.national_citation,
                "match": self.national_match,
            },
            "incidents": [{"id": i, "title": t} for i, t in self.incidents],
            "status_counts": self.status_counts(),
            "context": [r.to_dict() for r in self.context],
            "elements": [r.to_dict() for r in self.elements],
            "perpetrators": [
                {
                    "person_id": p.person_id,
                    "pseudonym": p.pseudonym,
                    "liability": {
                        "id": p.liability_id,
                        "title": p.liability_title,
                        "provision": p.provision,
                        "known": p.known,
                    },
                    "rows": [r.to_dict() for r in p.rows],
                }
                for p in self.perpetrators
            ],
        }


@dataclass(frozen=True)
class CoverageMatrix:
    case_id: str
    case_reference: str
    taxonomy_version: str
    charges: tuple[ChargeCoverage, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.case_reference,
            "taxonomy_version": self.taxonomy_version,
            "weak_rule": "reliability D, E or F, or credibility 4, 5 or 6",
            "charges": [c.to_dict() for c in self.charges],
        }


class _Builder:
    """Builds the rows of one matrix from the case's tags, loaded once."""

    def __init__(
        self,
        session: Session,
        case: Case,
        taxonomy: Taxonomy,
        leave_out: LeaveOut | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.index = ElementIndex(taxonomy)
        tags = tags_of_case(session, case)
        self.refs = cite_tags(session, tags)
        self.tags = [t for t in tags if t.id in self.refs]  # material deleted since: skip
        # Material not for this recipient: listed as not counted, with the reason given.
        self.withheld: dict[str, str | Phrase] = {}
        for t in self.tags if leave_out else ():
            assert leave_out is not None
            why = leave_out(self.refs[t.id])
            if why:
                self.withheld[t.id] = (
                    why if isinstance(why, str) else Phrase("consent does not cover it")
                )
        persons = select(Person.id, Person.pseudonym).where(Person.case_id == case.id)
        self.pseudonyms: dict[str, str] = dict(session.execute(persons).all())
        self.patterns = cited_patterns(session, case.id)

    def key(self, tag: Tag) -> str:
        info = self.index.get(tag.element_id)
        return info.id if info is not None else tag.element_id

    def by_key(self, tags: Iterable[Tag]) -> dict[str, list[Tag]]:
        """Tags grouped by the row they belong to (their canonical element id)."""
        groups: dict[str, list[Tag]] = {}
        for tag in tags:
            groups.setdefault(self.key(tag), []).append(tag)
        return groups

    def item(self, tag: Tag) -> Item:
        return Item(
            tag_id=tag.id,
            support=tag.support,
            reliability=tag.source_reliability,
            credibility=tag.info_credibility,
            material=self.refs[tag.id],
            perpetrator=self.pseudonyms.get(tag.perpetrator_id or ""),
            note=tag.note,
            review_note=tag.review_note,
        )

    def row(
        self,
        tags: dict[str, list[Tag]],
        kind: str,
        element_id: str,
        number: int,
        text: str,
        verified: bool,
        crime_element_id: str | None = None,
        left_out: dict[str, list[tuple[Tag, str, Phrase, tuple[Fix, ...]]]] | None = None,
    ) -> ElementRow:
        mine = tags.get(element_id, [])
        active = [t for t in mine if t.status == "active"]
        supporting = {
            k: tuple(self.item(t) for t in active if t.support == k) for k in SUPPORTING_KINDS
        }
        contradicting = tuple(self.item(t) for t in active if t.support == CONTRADICTING)
        flat = [i for kind in SUPPORTING_KINDS for i in supporting[kind]]
        conflicts = tuple(
            RowConflict(
                self.refs[c.supporting[0].id],
                tuple(t.id for t in c.supporting),
                tuple(t.id for t in c.contradicting),
            )
            for c in find_conflicts(active)
        )
        return ElementRow(
            kind=kind,
            element_id=element_id,
            number=number,
            text=text,
            verified=verified,
            status=row_status(flat, contradicting),
            supporting=supporting,
            contradicting=contradicting,
            conflicts=conflicts,
            needs_review=tuple(self.item(t) for t in mine if t.status != "active"),
            crime_element_id=crime_element_id,
            not_counted=tuple(
                NotCounted(self.item(t), scope, because, fixes)
                for t, scope, because, fixes in (left_out or {}).get(element_id, [])
            ),
            patterns=self.patterns.get(element_id, ()) if kind == "context" else (),
        )

    def charge(self, charge: Charge) -> ChargeCoverage:
        taxonomy = self.taxonomy
        tags: list[Tag] = []
        out: list[tuple[Tag, str, Phrase, tuple[Fix, ...]]] = []
        scope = _scope(charge)
        charged = {p.person_id for p in charge.perpetrators}
        for t in self.tags:
            why = self.why_not_counted(charge, scope, charged, t)
            if why is None:
                tags.append(t)
            elif t.status == "active":
                out.append((t, *why))
        known = taxonomy.has_crime(charge.crime_id)
        crime = taxonomy.crime(charge.crime_id) if known else None
        context: list[ElementRow] = []
        elements: list[ElementRow] = []
        self.left_out = self.by_key_with_reason(out)
        if crime is not None:
            not_liability = self.by_key(t for t in tags if t.element_kind != "liability")
            for e in crime.contextual_elements:
                context.append(
                    self.row(
                        not_liability,
                        "context",
                        e.context_element or e.id,
                        e.number,
                        e.text,
                        crime.verified,
                        crime_element_id=e.id,
                        left_out=self.left_out,
                    )
                )
            for e in crime.specific_elements:
                elements.append(
                    self.row(
                        not_liability,
                        "crime",
                        e.id,
                        e.number,
                        e.text,
                        crime.verified,
                        left_out=self.left_out,
                    )
                )
        citation, match = self.national(charge)
        return ChargeCoverage(
            charge_id=charge.id,
            title=charge.title,
            crime_id=charge.crime_id,
            crime_title=crime.title if crime else charge.crime_id,
            statute_provision=crime.statute_provision if crime else "",
            category=crime.category if crime else "",
            verified=crime.verified if crime else False,
            known=known,
            national_provision=charge.national_provision,
            national_citation=citation,
            national_match=match,
            incidents=tuple((i.id, i.title) for i in charge.incidents),
            context=tuple(context),
            elements=tuple(elements),
            perpetrators=tuple(self.perpetrator(link, tags) for link in charge.perpetrators),
        )

    def perpetrator(self, link: ChargePerpetrator, tags: list[Tag]) -> PerpetratorCoverage:
        mode = next((m for m in self.taxonomy.liability_modes if m.id == link.liability_id), None)
        theirs = self.by_key(
            t
            for t in tags
            if t.element_kind == "liability" and t.perpetrator_id in (None, link.person_id)
        )
        rows = ()
        if mode is not None:
            rows = tuple(
                self.row(
                    theirs, "liability", e.id, e.number, e.text, e.verified, left_out=self.left_out
                )
                for e in mode.elements
            )
        return PerpetratorCoverage(
            person_id=link.person_id,
            pseudonym=self.pseudonyms.get(link.person_id, "?"),
            liability_id=link.liability_id,
            liability_title=mode.title if mode else link.liability_id,
            provision=mode.provision if mode else "",
            known=mode is not None,
            rows=rows,
        )

    def why_not_counted(
        self, charge: Charge, scope: set[str] | None, charged: set[str], tag: Tag
    ) -> tuple[str, Phrase, tuple[Fix, ...]] | None:
        """None when the tag counts for ``charge`` (whose material keys are ``scope`` and
        charged persons ``charged``); else (scope reason, because, fixes)."""
        if tag.id in self.withheld:
            because = phrase(
                "it is withheld from this recipient: {reason}", reason=self.withheld[tag.id]
            )
            return "consent", because, ()
        if tag.perpetrator_id is not None and tag.perpetrator_id not in charged:
            who = self.pseudonyms.get(tag.perpetrator_id) or Phrase("a person")
            because = phrase("it names {person}, who is not charged in this charge", person=who)
            return "perpetrator", because, ()
        ref = self.refs[tag.id]
        if scope is None or ref.scope_key in scope:
            return None
        if ref.kind == "incident":
            return (
                "incident",
                Phrase("the incident is not one of those this charge rests on"),
                (),
            )
        statement = ref.kind == "passage"
        kind, record_id = (
            ("testimony", ref.testimony_id or "")
            if statement
            else (
                "evidence",
                ref.record_id,
            )
        )
        titles = [f"'{i.title}'" for i in charge.incidents]
        # One whole sentence per case (word order differs by language), not fragments.
        if len(titles) == 1 and statement:
            because = phrase(
                "its statement is not linked to incident {incident}, on which this charge rests",
                incident=titles[0],
            )
        elif len(titles) == 1:
            because = phrase(
                "the exhibit is not linked to incident {incident}, on which this charge rests",
                incident=titles[0],
            )
        elif statement:
            because = phrase(
                "its statement is not linked to any of the incidents this charge rests on "
                "({incidents})",
                incidents=", ".join(titles),
            )
        else:
            because = phrase(
                "the exhibit is not linked to any of the incidents this charge rests on "
                "({incidents})",
                incidents=", ".join(titles),
            )
        fixes = tuple(
            Fix(
                kind,
                record_id,
                i.id,
                phrase("Link the statement to incident '{incident}'", incident=i.title)
                if statement
                else phrase("Link the exhibit to incident '{incident}'", incident=i.title),
            )
            for i in charge.incidents
        )
        return "incident", because, fixes

    def by_key_with_reason(
        self, out: list[tuple[Tag, str, Phrase, tuple[Fix, ...]]]
    ) -> dict[str, list[tuple[Tag, str, Phrase, tuple[Fix, ...]]]]:
        groups: dict[str, list[tuple[Tag, str, Phrase, tuple[Fix, ...]]]] = {}
        for entry in out:
            groups.setdefault(self.key(entry[0]), []).append(entry)
        return groups

    def national(self, charge: Charge) -> tuple[str, str | None]:
        stored = charge.national_provision or ""
        code, _, provision_id = stored.partition(":")
        if not provision_id or not self.taxonomy.has_crime(charge.crime_id):
            return stored, None
        # A jurisdiction this taxonomy lacks gives no provisions: the id is shown as stored.
        for p in self.taxonomy.national_provisions_for(charge.crime_id, code):
            if p.id == provision_id:
                link = next(m for m in p.maps_to if m.target_id == charge.crime_id)
                return p.citation, link.match
        return stored, None


def _scope(charge: Charge) -> set[str] | None:
    """The material keys a charge with incidents rests on; None when it takes everything."""
    if not charge.incidents:
        return None
    keys: set[str] = set()
    for incident in charge.incidents:
        keys.add(incident.id)
        keys.update(t.lineage_id for t in incident.testimonies)
        keys.update(e.lineage_id for e in incident.evidence)
    return keys


def coverage(
    session: Session,
    case: Case,
    charges: Sequence[str | Charge] | None = None,
    taxonomy: Taxonomy | None = None,
    leave_out: LeaveOut | None = None,
) -> CoverageMatrix:
    """The coverage matrix of ``case``: all its charges, or those given (ids, unique id
    prefixes or Charge objects), in the order given. Reads only.

    ``leave_out`` says which cited material a recipient may not see (the disclosure
    decision), true or the reason why; tags citing it do not count and are listed under
    ``not_counted`` with that reason."""
    taxonomy = taxonomy or load_taxonomy()
    if charges is None:
        chosen = list_charges(session, case)
    else:
        chosen = [c if isinstance(c, Charge) else get_charge(session, case, c) for c in charges]
        if any(c.case_id != case.id for c in chosen):
            raise NotFound(
                "A charge given is not one of case {reference}.", reference=case.reference
            )
    builder = _Builder(session, case, taxonomy, leave_out)
    return CoverageMatrix(
        case_id=case.id,
        case_reference=case.reference,
        taxonomy_version=taxonomy.version,
        charges=tuple(builder.charge(c) for c in chosen),
    )
