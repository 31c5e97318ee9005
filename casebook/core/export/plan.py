"""What a complaint bundle will contain, and what it will leave out and why, before writing.

``plan_export`` is the only place that decides what leaves the casebook: testimony whose
consent does not cover legal proceedings before the addressee (or was withdrawn) is left
out, passages marked for redaction are replaced, identities are withheld, and names that
slipped into free text are replaced by pseudonyms. The CLI prints the plan and the GUI
shows it, so the person exporting sees every omission before a single byte is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..disclosure.decision import Disclosure, Override, decide
from ..errors import CasebookError, NotFound
from ..models import Case, Charge, EvidenceItem, Incident, Person, Segment, Tag, Testimony
from ..phrase import Phrase, phrase
from ..records.cases import case_by_reference
from ..text.names import NameMatcher, review_names, split_other_names
from .citations import authored_texts, citation_report
from .dates import sort_key
from .documentation_text import documentation_texts
from .legal_frame import legal_frame
from .pattern_annex import check_threshold
from .provision_dates import check_provision_dates
from .strings import Addressee, Strings, addressee

Edition = Literal["filing", "internal"]
_Titled = TypeVar("_Titled", Incident, EvidenceItem)
EDITIONS: tuple[Edition, ...] = ("filing", "internal")


@dataclass(frozen=True)
class ExportRequest:
    """What the person exporting chose."""

    case_reference: str
    charges: Sequence[str] | Literal["all"] = "all"
    addressee: str = "gba"
    language: str = "en"
    edition: Edition = "filing"
    # Pseudonyms whose identities go into a sealed annex, encrypted with age to
    # ``sealed_to``. Empty (the default): no identity leaves the casebook.
    sealed_identities: tuple[str, ...] = ()
    sealed_to: str | None = None
    # Exhibits or incidents withheld for someone's consent, included anyway for the reason
    # written in each (shown in the plan, kept in the audit log).
    overrides: tuple[Override, ...] = ()
    # A pattern annex (pattern_annex.py): counts across the case's incidents, no identities;
    # counts of persons from 1 to ``pattern_threshold`` - 1 are printed as "< k".
    pattern_annex: bool = False
    pattern_threshold: int = 3


@dataclass(frozen=True)
class LeftOut:
    """One thing that will not be in the bundle (or not as stored), with the reason.

    The label and the reason are kept as phrases (English templates with fields), so the
    GUI shows them in the interface language; ``label`` and ``reason`` give the English.
    A plain ``str`` is text that is not translated: a pseudonym, a citation in the bundle's
    language, a reason recorded in English elsewhere (consent, law dates).
    """

    what: str  # "testimony", "evidence", "incident", "passage", "identity", "name", "override",
    # "law", "citation": a code; the GUI shows a word for it
    label_phrase: Phrase | str  # pseudonym-based, never a real name
    reason_phrase: Phrase | str

    @property
    def label(self) -> str:
        return str(self.label_phrase)

    @property
    def reason(self) -> str:
        return str(self.reason_phrase)

    def phrase(self) -> Phrase:
        """``label: reason`` as one sentence (the CLI's line, the GUI's when no kind shown)."""
        return phrase("{label}: {reason}", label=self.label_phrase, reason=self.reason_phrase)

    def __str__(self) -> str:
        return str(self.phrase())


@dataclass
class Statement:
    """An included testimony and how it is cited."""

    testimony: Testimony
    who: str  # "W-001" or "W-001 statement 2" or "Statement 3"
    witness: Person | None

    def cite(self, segment: Segment, s: Strings) -> str:
        return s("para_cite", who=self.who, n=segment.position)


@dataclass
class ExportPlan:
    """Everything the writer needs, resolved; nothing in it has been written yet."""

    request: ExportRequest
    strings: Strings
    addressee: Addressee
    case: Case
    charges: list[Charge]
    incidents: list[Incident]  # chronological; numbered from 1 in the statement of facts
    statements: list[Statement]
    exhibits: list[EvidenceItem]  # numbered from 1 in this order
    persons: dict[str, Person]
    tags: list[Tag]  # tags bearing on the charges, on material that is included
    excluded_tags: list[Tag]  # tags on material left out (counted in the internal edition)
    left_out: list[LeftOut] = field(default_factory=list)
    excluded_testimonies: list[Testimony] = field(default_factory=list)
    sealed_persons: list[Person] = field(default_factory=list)
    disclosure: Disclosure | None = None
    _names: NameMatcher = field(default_factory=lambda: NameMatcher(()), repr=False)
    _exhibit_aliases: dict[str, EvidenceItem] = field(default_factory=dict, repr=False)

    @property
    def edition(self) -> Edition:
        return self.request.edition

    @property
    def internal(self) -> bool:
        return self.request.edition == "internal"

    def exhibit_number(self, item: EvidenceItem) -> int:
        return self._exhibit_numbers[item.id]

    def exhibit_for(self, evidence_id: str) -> EvidenceItem | None:
        """The exported exhibit for an evidence id, also when an older version was tagged."""
        return self._exhibit_aliases.get(evidence_id)

    def incident_number(self, incident: Incident) -> int:
        return self._incident_numbers[incident.id]

    def statement_of(self, testimony_id: str) -> Statement | None:
        return self._statements.get(testimony_id)

    def protect(self, text: str) -> str:
        """Replace any known real name in outgoing text by the person's pseudonym.

        Every string that leaves goes through here (``text.names`` says how names are
        recognised): titles, descriptions, file names, metadata values, custody reasons.
        """
        return self._names.protect(text) if text else text

    def segment_text(self, segment: Segment) -> str:
        if segment.redact:
            return self.strings("redacted")
        return self.protect(segment.text)

    def _index(self) -> None:
        self._exhibit_numbers = {item.id: n for n, item in enumerate(self.exhibits, start=1)}
        self._incident_numbers = {inc.id: n for n, inc in enumerate(self.incidents, start=1)}
        self._statements = {st.testimony.id: st for st in self.statements}

    def texts(self) -> list[str]:
        """Every piece of case text the PDF may print (for the font check before writing)."""
        out = [self.case.title, self.case.summary, self.case.situation, *self.addressee.lines]
        for incident in self.incidents:
            out += [incident.title, incident.description, incident.place_name, incident.admin_area]
        for statement in self.statements:
            out += [
                statement.testimony.place,
                *(s.text for s in statement.testimony.segments if not s.redact),
                *(text for _, text in documentation_texts(statement.testimony, self.internal)),
            ]
        for item in self.exhibits:
            out += [
                item.title,
                item.description,
                item.source,
                item.original_filename,
                item.collected_place,
                item.collected_by,
                *(text for _, text in documentation_texts(item)),
            ]
        for person in self.persons.values():
            out += [person.pseudonym, person.rank, person.position, person.unit, person.affiliation]
        out += [text for _, text in authored_texts(self)]  # authored sections (citations.py)
        if self.request.pattern_annex:  # the pattern annex prints areas, units and groups
            for incident in self.case.incidents:
                out.append(incident.admin_area)
                for p in incident.persons:
                    out += [p.unit, p.ethnicity, p.religion, p.sex_gender, p.age_group]
        return [t for t in out if t]

    def summary_lines(self) -> list[Phrase]:
        """The plan in sentences, for the CLI (``str()``) and the GUI's confirmation dialog
        (``phrase_text``); the first line is the GUI's plan title."""
        counts = {
            "reference": self.case.reference,
            "charges": len(self.charges),
            "incidents": len(self.incidents),
            "statements": len(self.statements),
            "exhibits": len(self.exhibits),
            "addressee": self.addressee.short,
            "jurisdiction": self.addressee.jurisdiction,
        }
        if self.internal:
            title = phrase(
                "Case {reference}: {charges} charge(s), {incidents} incident(s), "
                "{statements} statement(s), {exhibits} exhibit(s); internal edition for "
                "{addressee} (consent must name {jurisdiction}).",
                **counts,
            )
        else:
            title = phrase(
                "Case {reference}: {charges} charge(s), {incidents} incident(s), "
                "{statements} statement(s), {exhibits} exhibit(s); filing edition for "
                "{addressee} (consent must name {jurisdiction}).",
                **counts,
            )
        if self.request.pattern_annex:  # on the first line: the GUI's plan title shows it
            title = phrase(
                "{summary} Pattern annex: counts across the incidents of the case that may be "
                "disclosed; counts of persons below {threshold} shown as '< {threshold}'.",
                summary=title,
                threshold=self.request.pattern_threshold,
            )
        lines = [title]
        if not self.left_out:
            lines.append(phrase("Nothing is left out."))
        else:
            lines.append(phrase("Left out or changed:"))
            lines.extend(phrase("  - {entry}", entry=entry.phrase()) for entry in self.left_out)
        return lines


def _latest(records: Sequence[Testimony | EvidenceItem]) -> list[Testimony | EvidenceItem]:
    """Only the newest version of each record: a superseded version is never exported."""
    newest: dict[str, Testimony | EvidenceItem] = {}
    for record in records:
        kept = newest.get(record.lineage_id)
        if kept is None or record.version > kept.version:
            newest[record.lineage_id] = record
    return [r for r in records if newest[r.lineage_id] is r]


def _charges(session: Session, case: Case, chosen: Sequence[str] | str) -> list[Charge]:
    rows = list(
        session.scalars(select(Charge).where(Charge.case_id == case.id).order_by(Charge.created_at))
    )
    if chosen == "all" or list(chosen) == ["all"]:
        if not rows:
            raise CasebookError(
                "Case {reference} has no charges yet. Add a charge (crime and alleged "
                "perpetrators) before exporting a complaint.",
                reference=case.reference,
            )
        return rows
    from ..analysis import get_charge  # ids or unique prefixes, as `casebook charge list`

    picked: list[Charge] = []
    for charge_id in chosen:
        charge = get_charge(session, case, charge_id)
        if charge not in picked:
            picked.append(charge)
    if not picked:
        raise CasebookError("Choose at least one charge to export, or 'all'.")
    return picked


def _charge_element_prefixes(charges: list[Charge]) -> tuple[set[str], set[str]]:
    crime_ids = {c.crime_id for c in charges}
    liability_ids = {p.liability_id for c in charges for p in c.perpetrators}
    return crime_ids, liability_ids


def tag_bears_on(
    tag: Tag, crime_ids: set[str], liability_ids: set[str], context_ids: set[str]
) -> bool:
    """Whether a tag's element belongs to one of the charges (crime, context or liability)."""
    head = tag.element_id.rsplit("/", 1)[0]
    if tag.element_kind == "liability":
        return head in liability_ids
    return head in crime_ids or tag.element_id in context_ids or head in context_ids


def _context_ids(charges: list[Charge]) -> set[str]:
    """Ids of context groups and their elements, so context tags count for every charge."""
    frame = legal_frame()
    ids: set[str] = set()
    for charge in charges:
        for element in frame.context_elements(charge.crime_id):
            ids.add(element.element_id)
            if element.context_id:
                ids.add(element.context_id)
                ids.add(element.context_id.rsplit("/", 1)[0])
    return ids


def name_matcher(persons: list[Person]) -> NameMatcher:
    """Each person's pseudonym and names (full name, other names), compiled once per export."""
    return NameMatcher(
        (
            person.pseudonym,
            [person.identity.full_name, *split_other_names(person.identity.other_names)]
            if person.identity is not None
            else [],
        )
        for person in sorted(persons, key=lambda p: p.pseudonym)
    )


def plan_export(session: Session, request: ExportRequest) -> ExportPlan:
    """Decide what goes into the bundle. Reads only; writes nothing anywhere."""
    if request.edition not in EDITIONS:
        raise CasebookError(
            "The edition must be 'filing' or 'internal', not {edition}.",
            edition=repr(request.edition),
        )
    if request.pattern_annex:
        check_threshold(request.pattern_threshold)
    target = addressee(request.addressee)
    strings = Strings(request.language, target.key)  # the addressee's edition
    case = case_by_reference(session, request.case_reference)
    charges = _charges(session, case, request.charges)
    crime_ids, liability_ids = _charge_element_prefixes(charges)
    context_ids = _context_ids(charges)

    all_tags = list(
        session.scalars(
            select(Tag).where(Tag.case_id == case.id).order_by(Tag.element_id, Tag.created_at)
        )
    )
    tags = [t for t in all_tags if tag_bears_on(t, crime_ids, liability_ids, context_ids)]

    # Incidents: those the charges rely on (or every incident when none is linked), and
    # those tagged as material for an element.
    incidents: dict[str, Incident] = {}
    linked = [i for c in charges for i in c.incidents]
    if not linked:
        linked = list(session.scalars(select(Incident).where(Incident.case_id == case.id)))
    for incident in linked:
        incidents.setdefault(incident.id, incident)
    for tag in tags:
        if tag.incident_id and tag.incident_id not in incidents:
            incident = session.get(Incident, tag.incident_id)
            if incident is not None:
                incidents[incident.id] = incident
    ordered_incidents = sorted(
        incidents.values(), key=lambda i: (sort_key(i.date_start), i.title, i.id)
    )

    persons = {p.id: p for p in session.scalars(select(Person).where(Person.case_id == case.id))}
    left_out: list[LeftOut] = []
    names = name_matcher(list(persons.values()))
    disclosure = decide(session, case, "legal_proceedings", target.jurisdiction, request.overrides)
    ordered_incidents = _allowed("incident", ordered_incidents, disclosure, names, left_out)

    # Statements: linked to an included incident or holding a tagged passage.
    wanted: dict[str, Testimony] = {}
    for incident in ordered_incidents:
        for testimony in incident.testimonies:
            wanted.setdefault(testimony.id, testimony)
    tagged_segments = {t.segment_id for t in tags if t.segment_id}
    if tagged_segments:
        for segment in session.scalars(select(Segment).where(Segment.id.in_(tagged_segments))):
            wanted.setdefault(segment.testimony_id, segment.testimony)
    # A tag on an older version still points at the statement; export the newest version.
    lineages = {t.lineage_id for t in wanted.values()}
    candidates = (
        list(session.scalars(select(Testimony).where(Testimony.lineage_id.in_(lineages))))
        if lineages
        else []
    )
    current = [t for t in _latest(candidates) if isinstance(t, Testimony)]
    current.sort(key=lambda t: (t.taken_on or "", t.created_at, t.id))

    included: list[Testimony] = []
    excluded_for_consent: list[Testimony] = []
    excluded_ids: set[str] = {t.id for t in candidates} - {t.id for t in current}
    for testimony in current:
        witness = persons.get(testimony.witness_id or "")
        label = _testimony_label(testimony, witness)
        problem = disclosure.why_not_phrase("testimony", testimony.id)
        if problem is not None:
            excluded_ids.add(testimony.id)
            excluded_for_consent.append(testimony)
            left_out.append(LeftOut("testimony", label, phrase("left out: {why}", why=problem)))
            continue
        included.append(testimony)

    statements = _statements(included, persons, strings)
    for statement in statements:
        for segment in statement.testimony.segments:
            if segment.redact:
                left_out.append(
                    LeftOut(
                        "passage",
                        statement.cite(segment, strings),  # as the bundle cites it
                        phrase(
                            "marked for redaction; printed as {redacted}",
                            redacted=strings("redacted"),
                        ),
                    )
                )

    # Tags on passages of excluded statements (or superseded versions) are left out too.
    segment_owner = {}
    if tagged_segments:
        for segment in session.scalars(select(Segment).where(Segment.id.in_(tagged_segments))):
            segment_owner[segment.id] = segment.testimony_id
    included_ids = {t.id for t in included}
    kept_tags, excluded_tags = [], []
    included_incidents = {i.id for i in ordered_incidents}
    for tag in tags:
        if (tag.segment_id and segment_owner.get(tag.segment_id) not in included_ids) or (
            tag.incident_id and tag.incident_id not in included_incidents
        ):
            excluded_tags.append(tag)
        else:
            kept_tags.append(tag)

    exhibits, exhibit_aliases = _exhibits(session, ordered_incidents, kept_tags)
    exhibits = _allowed("evidence", exhibits, disclosure, names, left_out)
    allowed = {item.id for item in exhibits}
    for tag in list(kept_tags):
        newest = exhibit_aliases.get(tag.evidence_id or "")
        if tag.evidence_id and (newest is None or newest.id not in allowed):
            kept_tags.remove(tag)
            excluded_tags.append(tag)
    exhibit_aliases = {k: v for k, v in exhibit_aliases.items() if v.id in allowed}

    sealed = _sealed_persons(request, persons, excluded_for_consent, included, disclosure)
    for person in sealed:
        left_out.append(
            LeftOut(
                "identity",
                person.pseudonym,
                phrase("identity given only in the sealed annex, encrypted to the recipient's key"),
            )
        )
    withheld = [p for p in persons.values() if p.identity is not None and p not in sealed]
    if withheld:
        left_out.append(
            LeftOut(
                "identity",
                ", ".join(sorted(p.pseudonym for p in withheld)),
                phrase(
                    "identity details (names, contacts) withheld; persons appear by pseudonym only"
                ),
            )
        )

    plan = ExportPlan(
        request=request,
        strings=strings,
        addressee=target,
        case=case,
        charges=charges,
        incidents=ordered_incidents,
        statements=statements,
        exhibits=exhibits,
        persons=persons,
        tags=kept_tags,
        excluded_tags=excluded_tags,
        left_out=left_out,
        excluded_testimonies=excluded_for_consent,
        sealed_persons=sealed,
        disclosure=disclosure,
        _names=names,
        _exhibit_aliases=exhibit_aliases,
    )
    plan._index()
    for finding in check_provision_dates(plan):  # law not in force at the acts; a filing refuses
        plan.left_out.append(LeftOut("law", finding.charge_phrase, finding.why))
    _report_names_in_text(plan)
    for where, problem in citation_report(session, plan):  # live citations (citations.py)
        plan.left_out.append(LeftOut("citation", where, problem))
    return plan


def _allowed(
    kind: str,
    records: list[_Titled],
    disclosure: Disclosure,
    names: NameMatcher,
    left_out: list[LeftOut],
) -> list[_Titled]:
    """The incidents or exhibits the consent of the persons linked to them lets out (or that
    were included anyway); the rest are listed with the reason."""
    kept, withheld = disclosure.sort_out(kind, records)
    for record, _why in withheld:
        why = disclosure.why_not_phrase(kind, record.id)  # the same reason, as a phrase
        left_out.append(
            LeftOut(kind, _label(kind, record, names), phrase("left out: {why}", why=why))
        )
    for record in kept:
        _note_override(disclosure, kind, record.id, _label(kind, record, names), left_out)
    return kept


def _label(kind: str, record: Incident | EvidenceItem, names: NameMatcher) -> Phrase:
    title = repr(names.protect(record.title))  # quoted, as the CLI always showed it
    if kind == "incident":
        return phrase("incident {title}", title=title)
    return phrase("evidence {title}", title=title)


def _note_override(
    disclosure: Disclosure, kind: str, record_id: str, label: Phrase, left_out: list[LeftOut]
) -> None:
    entry = disclosure.withheld.get((kind, record_id))
    if entry is not None and entry.overridden_because:
        left_out.append(
            LeftOut(
                "override",
                label,
                phrase(
                    "included although {reason}, because: {because}",
                    reason=entry.why,
                    because=entry.overridden_because,
                ),
            )
        )


def _sealed_persons(
    request: ExportRequest,
    persons: dict[str, Person],
    excluded: list[Testimony],
    included: list[Testimony],
    disclosure: Disclosure | None = None,
) -> list[Person]:
    """The persons whose identities the exporter explicitly asked to seal into the annex."""
    if not request.sealed_identities:
        return []
    if not request.sealed_to:
        raise CasebookError(
            "Identities can only leave the casebook in a sealed annex encrypted to the "
            "recipient. Give the recipient's age public key (age1…) as well."
        )
    by_pseudonym = {p.pseudonym: p for p in persons.values()}
    silent = {t.witness_id for t in excluded} - {t.witness_id for t in included}
    chosen = []
    for pseudonym in request.sealed_identities:
        person = by_pseudonym.get(pseudonym.strip())
        if person is None:
            raise NotFound(
                "No person in this case has the pseudonym {pseudonym}; check the list of "
                "identities to seal.",
                pseudonym=repr(pseudonym),
            )
        if person.id in silent:
            raise CasebookError(
                "{pseudonym}'s statement is left out of this export for lack of consent, "
                "so their identity cannot be disclosed in it either. Remove {pseudonym} "
                "from the identities to seal.",
                pseudonym=person.pseudonym,
            )
        if disclosure is not None and person.id in disclosure.persons_withheld:
            raise CasebookError(
                "{pseudonym}'s identity cannot be disclosed in this export: {reason}. "
                "Remove {pseudonym} from the identities to seal.",
                pseudonym=person.pseudonym,
                reason=disclosure.persons_withheld[person.id],
            )
        if person.identity is None:
            raise CasebookError(
                "{pseudonym} has no identity recorded to seal.", pseudonym=person.pseudonym
            )
        if person not in chosen:
            chosen.append(person)
    return chosen


def _testimony_label(testimony: Testimony, witness: Person | None) -> Phrase:
    when = testimony.taken_on
    if witness is None:
        if when:
            return phrase("statement of unattributed statement, taken {date}", date=when)
        return phrase("statement of unattributed statement")
    if when:
        return phrase(
            "statement of {pseudonym}, taken {date}", pseudonym=witness.pseudonym, date=when
        )
    return phrase("statement of {pseudonym}", pseudonym=witness.pseudonym)


def _statements(
    included: list[Testimony], persons: dict[str, Person], s: Strings
) -> list[Statement]:
    per_witness: dict[str | None, list[Testimony]] = {}
    for testimony in included:
        per_witness.setdefault(testimony.witness_id, []).append(testimony)
    out: list[Statement] = []
    unattributed = 0
    for testimony in included:
        witness = persons.get(testimony.witness_id or "")
        if witness is None:
            unattributed += 1
            who = s("unattributed_statement", k=unattributed)
        elif len(per_witness[testimony.witness_id]) == 1:
            who = witness.pseudonym
        else:
            k = per_witness[testimony.witness_id].index(testimony) + 1
            who = s("statement_cite", pseudonym=witness.pseudonym, k=k)
        out.append(Statement(testimony, who, witness))
    return out


def _exhibits(
    session: Session, incidents: list[Incident], tags: list[Tag]
) -> tuple[list[EvidenceItem], dict[str, EvidenceItem]]:
    """Exhibits in order of first citation: incidents chronologically, then the analysis."""
    order: list[EvidenceItem] = []
    seen: set[str] = set()

    def add(item: EvidenceItem | None) -> None:
        if item is not None and item.id not in seen:
            seen.add(item.id)
            order.append(item)

    for incident in incidents:
        for item in sorted(incident.evidence, key=lambda e: (e.collected_at or "", e.title)):
            add(item)
    for tag in tags:
        if tag.evidence_id:
            add(session.get(EvidenceItem, tag.evidence_id))
    lineages = {i.lineage_id for i in order}
    if not lineages:
        return [], {}
    versions = list(
        session.scalars(select(EvidenceItem).where(EvidenceItem.lineage_id.in_(lineages)))
    )
    newest = {i.lineage_id: i for i in _latest(versions) if isinstance(i, EvidenceItem)}
    result: list[EvidenceItem] = []
    for item in order:
        latest = newest[item.lineage_id]
        if latest not in result:
            result.append(latest)
    aliases = {v.id: newest[v.lineage_id] for v in versions}
    return result, aliases


def _report_names_in_text(plan: ExportPlan) -> None:
    """Say where a real name was found, and what cannot be protected automatically.

    A name in text the bundle prints is replaced by the pseudonym; a single part of a
    name is left as it is but listed to check; a name inside an exhibit file's own
    metadata goes out with the file unchanged (its hash is evidence) and is listed for
    a person to decide; a person without a recorded name cannot be looked for at all.
    """
    places: dict[str, Phrase | str] = {}  # the English label -> how the GUI shows it

    def at(place: Phrase | str, text: str) -> tuple[str, str]:
        places[str(place)] = place
        return str(place), text

    ref = plan.case.reference
    printed: list[tuple[str, str]] = [
        at(phrase("case {reference} title", reference=ref), plan.case.title),
        at(phrase("case {reference} summary", reference=ref), plan.case.summary),
        at(phrase("case {reference} situation", reference=ref), plan.case.situation),
    ]
    printed += authored_texts(plan)  # authored sections: a name there is found too
    for incident in plan.incidents:
        n = plan.incident_number(incident)
        printed += [
            at(phrase("incident {n} title", n=n), incident.title),
            at(phrase("incident {n} description", n=n), incident.description),
            at(phrase("incident {n} place", n=n), incident.place_name),
            at(phrase("incident {n} area", n=n), incident.admin_area),
        ]
    for statement in plan.statements:
        who = statement.who  # as the bundle cites the statement
        printed.append(at(phrase("{who} place", who=who), statement.testimony.place))
        printed += [
            at(phrase("{who} {part}", who=who, part=label), text)
            for label, text in documentation_texts(statement.testimony, plan.internal)
        ]
        for segment in statement.testimony.segments:
            if not segment.redact:
                printed.append((statement.cite(segment, plan.strings), segment.text))
    delivered: list[tuple[str, str]] = []
    for item in plan.exhibits:
        n = plan.exhibit_number(item)
        printed += [
            at(phrase("exhibit {n} title", n=n), item.title),
            at(phrase("exhibit {n} description", n=n), item.description),
            at(phrase("exhibit {n} original file name", n=n), item.original_filename),
            at(phrase("exhibit {n} source", n=n), item.source),
            at(phrase("exhibit {n} place collected", n=n), item.collected_place),
            at(phrase("exhibit {n} collected by", n=n), item.collected_by),
            at(phrase("exhibit {n} acquisition", n=n), item.acquisition_method),
            at(phrase("exhibit {n} web address", n=n), item.url or ""),
            *(
                at(phrase("exhibit {n} {part}", n=n, part=label), text)
                for label, text in documentation_texts(item)
            ),
        ]
        for event in item.custody:
            k = event.sequence
            printed += [
                at(phrase("exhibit {n} custody event {k} place", n=n, k=k), event.place),
                at(phrase("exhibit {n} custody event {k} reason", n=n, k=k), event.reason),
            ]
        for key, value in (item.extracted_metadata or {}).items():
            if isinstance(value, str) and key != "warnings":
                printed.append(
                    at(phrase("exhibit {n} embedded metadata ({key})", n=n, key=key), value)
                )
                if item.blob is not None:
                    delivered.append(
                        at(
                            phrase("exhibit {n} file, embedded metadata ({key})", n=n, key=key),
                            value,
                        )
                    )
    for person in plan.persons.values():
        pseudonym = person.pseudonym
        printed += [
            at(phrase("{pseudonym} rank", pseudonym=pseudonym), person.rank),
            at(phrase("{pseudonym} position", pseudonym=pseudonym), person.position),
            at(phrase("{pseudonym} unit", pseudonym=pseudonym), person.unit),
            at(phrase("{pseudonym} affiliation", pseudonym=pseudonym), person.affiliation),
        ]
    for tag in plan.tags:
        printed.append(at(phrase("note on element {element}", element=tag.element_id), tag.note))
    unfindable: list[str] = []
    for finding in review_names(plan._names, printed, delivered):
        who = finding.replacement
        reason: Phrase
        if finding.action == "replaced":
            reason = phrase("contains the name of {who}; printed as {who}", who=who)
        elif finding.action == "check":
            reason = phrase(
                "may name {who} by one part of the name, left as written; check it", who=who
            )
        elif finding.action == "unchangeable":
            reason = phrase(
                "contains the name of {who}; the file goes out unchanged (its hash is "
                "evidence), so decide whether to leave the exhibit out",
                who=who,
            )
        else:
            if str(finding.reason).startswith("no name"):
                unfindable.append(who)
                continue
            plan.left_out.append(LeftOut("name", who, finding.reason))
            continue
        plan.left_out.append(LeftOut("name", places.get(finding.where, finding.where), reason))
    if unfindable:
        plan.left_out.append(
            LeftOut(
                "name",
                ", ".join(unfindable),
                phrase(
                    "no name recorded, so mentions of these persons cannot be found and "
                    "replaced automatically; check the texts yourself"
                ),
            )
        )
