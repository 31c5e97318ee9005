"""The taxonomy as immutable values: crimes and elements, contexts, liability, national law.

Everything here is built once by the loader from checked data and never changes, so the
GUI, the matrix and the exporter can share one instance across threads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ..errors import NotFound

CATEGORIES = ("genocide", "crimes_against_humanity", "war_crimes", "aggression")
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Lower-cased words of ``text``, as search matches them."""
    return _WORD.findall(text.casefold())


@dataclass(frozen=True)
class Source:
    id: str
    citation: str
    url: str | None
    role: str


@dataclass(frozen=True)
class ContextElement:
    id: str
    number: int
    text: str


@dataclass(frozen=True)
class ContextGroup:
    """Elements shared by every crime of a group, recorded once so a charge shows them once."""

    id: str
    title: str
    category: str
    conflict_type: str | None
    basis: str
    elements: tuple[ContextElement, ...]


@dataclass(frozen=True)
class Element:
    """One numbered element of a crime, with the Elements of Crimes wording."""

    id: str
    crime_id: str
    number: int
    text: str
    contextual: bool
    context_element: str | None
    variant_note: str | None = None


@dataclass(frozen=True)
class CrossCheck:
    checked_by: str
    source: str
    scope: str


@dataclass(frozen=True)
class Provenance:
    verbatim: bool
    verbatim_note: str
    source: str
    statute_source: str
    amended_by: str | None
    notes: tuple[str, ...]
    cross_checks: tuple[CrossCheck, ...]


@dataclass(frozen=True)
class StatuteAmendment:
    """The amendment of the Rome Statute that added a crime, and when it can apply.

    Under article 121(5) an amendment to article 8 enters into force only for the States
    Parties that accepted it, one year after each deposited its instrument; so there is no
    single date from which the crime applies. ``adopted_on`` is a floor: no conduct before
    it can fall under the amendment anywhere.
    """

    resolution: str
    adopted_on: str  # ISO date
    entry_into_force: str  # the rule, in words
    source: str


@dataclass(frozen=True)
class Crime:
    """A crime as the Elements of Crimes number it (e.g. ``7(1)(g)-1``).

    ``verified`` is false for entries whose wording was rebuilt rather than copied; the GUI
    and the exporter must say so wherever such an entry is shown or cited.
    """

    id: str
    article: str
    statute_provision: str
    title: str
    category: str
    conflict_type: str | None
    context_id: str
    group_id: str
    verified: bool
    statute_text: str
    elements: tuple[Element, ...]
    provenance: Provenance
    elements_pending: str | None = None
    amendment: StatuteAmendment | None = None

    def could_apply_on(self, date: str) -> bool:
        """False when ``date`` (ISO) is before the amendment that added the crime was adopted.

        True does not mean the crime applied: for an amended crime it applied only where a
        State had accepted the amendment (``amendment.entry_into_force``).
        """
        return self.amendment is None or date >= self.amendment.adopted_on

    @property
    def contextual_elements(self) -> tuple[Element, ...]:
        return tuple(e for e in self.elements if e.contextual)

    @property
    def specific_elements(self) -> tuple[Element, ...]:
        """The elements proper to this crime, without the shared context."""
        return tuple(e for e in self.elements if not e.contextual)


@dataclass(frozen=True)
class CrimeGroup:
    """One data file's worth of crimes: an article, or a paragraph of article 8(2)."""

    id: str
    label: str
    article: str
    category: str
    conflict_type: str | None
    context_id: str
    statute_heading: str
    crime_ids: tuple[str, ...]


@dataclass(frozen=True)
class Citation:
    case: str
    document: str | None
    title: str
    chamber: str
    date: str
    paragraphs: str | None
    pinpoint_verified: bool


@dataclass(frozen=True)
class LiabilityElement:
    """An element of a mode of liability.

    ``source_kind`` is ``"statute"`` (restates ``statute_words``, exact words of the Statute)
    or ``"case_law"`` (from ``citation``; ``verified`` says whether its wording was checked).
    """

    id: str
    number: int
    text: str
    source_kind: str
    statute_words: tuple[str, ...] = ()
    citation: Citation | None = None
    verified: bool = True
    note: str | None = None


@dataclass(frozen=True)
class LiabilityMode:
    """A mode of liability (art. 25, 28), the mental element (art. 30) or a limitation.

    ``applies_to`` lists the categories it is limited to; empty means every crime.
    """

    id: str
    kind: str
    provision: str
    title: str
    applies_to: tuple[str, ...]
    statute_text: str
    statute_text_note: str | None
    amended_by: str | None
    elements: tuple[LiabilityElement, ...]
    case_law: tuple[Citation, ...]
    related: tuple[str, ...]
    notes: tuple[str, ...]

    def applies_to_category(self, category: str) -> bool:
        return not self.applies_to or category in self.applies_to


@dataclass(frozen=True)
class ProvisionLink:
    """A national provision's link to a crime or liability id, and how close it is.

    ``applies_from`` is set when this mapping rests on words added to the provision later
    than the provision itself (e.g. sexual slavery in § 7 Abs. 1 Nr. 6 VStGB, 2024).
    """

    target_id: str
    match: str  # "corresponds" or "partial"
    note: str | None
    applies_from: str | None = None


@dataclass(frozen=True)
class Amendment:
    """A dated change to a provision's text that did not create or end it."""

    date: str  # ISO date from which the changed text applies
    source: str  # a source id of the national file
    change: str


@dataclass(frozen=True)
class Quote:
    """The provision's own words, as checked against ``source``."""

    text: str
    source: str


@dataclass(frozen=True)
class NationalProvision:
    """A provision of national law and the taxonomy ids it maps onto.

    ``applies_from`` / ``applies_until`` (ISO dates, inclusive) bound the acts the provision
    can apply to; ``applies_until`` is None while it is in force. Acts are judged by the law
    in force when they were committed, so a complaint must not rest on a provision for an
    act before ``applies_from``.
    """

    id: str
    jurisdiction: str
    law: str
    citation: str
    heading: str | None
    conduct: str
    armed_conflict: str | None
    maps_to: tuple[ProvisionLink, ...]
    maps_to_liability: tuple[ProvisionLink, ...]
    sources: tuple[str, ...]
    verified: bool
    notes: tuple[str, ...]
    applies_from: str = "0001-01-01"
    applies_until: str | None = None
    amendments: tuple[Amendment, ...] = ()
    quote: Quote | None = None

    @property
    def in_force(self) -> bool:
        return self.applies_until is None

    def link_to(self, target_id: str) -> ProvisionLink | None:
        """The mapping onto a crime or liability id, or None."""
        for link in (*self.maps_to, *self.maps_to_liability):
            if link.target_id == target_id:
                return link
        return None

    def applies_from_for(self, target_id: str | None = None) -> str:
        """The first date (ISO) from which the provision covers ``target_id``."""
        link = self.link_to(target_id) if target_id else None
        if link is not None and link.applies_from and link.applies_from > self.applies_from:
            return link.applies_from
        return self.applies_from

    def applies_on(self, date: str, target_id: str | None = None) -> bool:
        """Whether the provision (for ``target_id``: the part mapped onto it) covered acts
        committed on ``date`` (ISO ``YYYY-MM-DD``)."""
        if date < self.applies_from_for(target_id):
            return False
        return self.applies_until is None or date <= self.applies_until

    def amendments_after(self, date: str) -> tuple[Amendment, ...]:
        """Changes to the text made after ``date``: for an act on that date the earlier
        words apply."""
        return tuple(a for a in self.amendments if a.date > date)


@dataclass(frozen=True)
class NationalLiability:
    """A national provision of participation for a mode of liability, ready to cite.

    ``citation`` ("§ 25 Abs. 2 StGB"), ``heading`` (the law's own, e.g. "Täterschaft"),
    ``match`` ("corresponds" or "partial"; "partial" comes with a ``note`` the complaint must
    address), ``law`` ("StGB", "VStGB").
    """

    liability_id: str
    provision_id: str
    law: str
    citation: str
    heading: str | None
    match: str
    note: str | None
    verified: bool
    applies_from: str


@dataclass(frozen=True)
class NationalSource:
    id: str
    citation: str
    location: str
    note: str | None


@dataclass(frozen=True)
class NationalLaw:
    """One state's law on international crimes, mapped onto this taxonomy's ids."""

    jurisdiction: str
    jurisdiction_name: str
    short_name: str
    title: str
    title_en: str
    citation: str
    language: str
    version_date: str
    version_note: str
    jurisdiction_basis: str
    mapping_note: str
    sources: tuple[NationalSource, ...]
    provisions: tuple[NationalProvision, ...]


@dataclass(frozen=True)
class Taxonomy:
    """The loaded taxonomy and its lookups. Build it with ``load_taxonomy()``."""

    version: str
    title: str
    edition: str
    sources: tuple[Source, ...]
    verification_note: str
    contexts: tuple[ContextGroup, ...]
    groups: tuple[CrimeGroup, ...]
    crimes: tuple[Crime, ...]
    liability_modes: tuple[LiabilityMode, ...]
    national_laws: tuple[NationalLaw, ...]
    _crimes: Mapping[str, Crime] = field(init=False, repr=False, compare=False)
    _elements: Mapping[str, Element] = field(init=False, repr=False, compare=False)
    _contexts: Mapping[str, ContextGroup] = field(init=False, repr=False, compare=False)
    _liability: Mapping[str, LiabilityMode] = field(init=False, repr=False, compare=False)
    _words: Mapping[str, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        def index(**kwargs: Mapping[str, object]) -> None:
            for name, value in kwargs.items():
                object.__setattr__(self, name, MappingProxyType(dict(value)))

        index(
            _crimes={c.id: c for c in self.crimes},
            _elements={e.id: e for c in self.crimes for e in c.elements},
            _contexts={g.id: g for g in self.contexts},
            _liability={m.id: m for m in self.liability_modes},
            _words={
                c.id: frozenset(words(" ".join([c.title, *(e.text for e in c.elements)])))
                for c in self.crimes
            },
        )

    def _missing(self, kind: str, key: str) -> NotFound:
        return NotFound(
            "There is no {kind} '{key}' in taxonomy {version}.",
            kind=kind,
            key=key,
            version=self.version,
        )

    def crime(self, crime_id: str) -> Crime:
        """The crime with this id; raises ``NotFound`` for an unknown id."""
        try:
            return self._crimes[crime_id]
        except KeyError:
            raise self._missing("crime", crime_id) from None

    def has_crime(self, crime_id: str) -> bool:
        return crime_id in self._crimes

    def element(self, element_id: str) -> Element:
        """The element with this id (``"<crime id>/<number>"``); raises ``NotFound``."""
        try:
            return self._elements[element_id]
        except KeyError:
            raise self._missing("element", element_id) from None

    def context(self, context_id: str) -> ContextGroup:
        try:
            return self._contexts[context_id]
        except KeyError:
            raise self._missing("context group", context_id) from None

    def context_of(self, crime_id: str) -> ContextGroup:
        return self.context(self.crime(crime_id).context_id)

    def liability(self, liability_id: str) -> LiabilityMode:
        try:
            return self._liability[liability_id]
        except KeyError:
            raise self._missing("mode of liability", liability_id) from None

    def liability_for(self, category: str) -> tuple[LiabilityMode, ...]:
        """The modes of liability that can be charged with a crime of this category."""
        return tuple(
            m for m in self.liability_modes if m.kind == "mode" and m.applies_to_category(category)
        )

    def crimes_by_article(self, article: str) -> tuple[Crime, ...]:
        """Crimes of article ``"6"``, ``"7"``, ``"8"`` or ``"8 bis"``, in Statute order."""
        return tuple(c for c in self.crimes if c.article == article)

    def crimes_in_group(self, group_id: str) -> tuple[Crime, ...]:
        """Crimes of one group, e.g. ``"8(2)(b)"``; an unknown group gives no crimes."""
        return tuple(c for c in self.crimes if c.group_id == group_id)

    def search(self, query: str) -> tuple[Crime, ...]:
        """Crimes matching ``query``, case-insensitively, best matches first.

        A crime matches when the query is part of its id or title, or when every word of
        the query begins a word of its title or element texts ("rape", "forc transf"). Words
        shorter than three letters and numbers are left out of that last test, so an id such
        as "7(1)(g)" finds only the crimes it names.
        """
        needle = query.strip().casefold()
        if not needle:
            return ()
        tokens = [t for t in words(needle) if len(t) >= 3 and not t.isdigit()]
        by_id, by_title, by_words = [], [], []
        for crime in self.crimes:
            if needle in crime.id.casefold():
                by_id.append(crime)
            elif needle in crime.title.casefold():
                by_title.append(crime)
            elif tokens and all(
                any(w.startswith(t) for w in self._words[crime.id]) for t in tokens
            ):
                by_words.append(crime)
        return (*by_id, *by_title, *by_words)

    @property
    def jurisdictions(self) -> tuple[str, ...]:
        return tuple(law.jurisdiction for law in self.national_laws)

    def national_law(self, jurisdiction: str) -> NationalLaw:
        for law in self.national_laws:
            if law.jurisdiction == jurisdiction.upper():
                return law
        raise self._missing("national law for jurisdiction", jurisdiction)

    def national_provisions_for(
        self, crime_id: str, jurisdiction: str, on: str | None = None
    ) -> tuple[NationalProvision, ...]:
        """Provisions of ``jurisdiction`` (e.g. ``"DE"``) mapped onto ``crime_id``.

        Without ``on``: the provisions in force now. With ``on`` (an ISO date): those that
        covered acts committed that day, repealed ones included. Empty when the state's law
        has no counterpart or the state is not covered; check each mapping's ``match``
        (``"partial"`` needs a note in the complaint).
        """
        self.crime(crime_id)
        return tuple(
            p
            for law in self.national_laws
            if law.jurisdiction == jurisdiction.upper()
            for p in law.provisions
            if any(m.target_id == crime_id for m in p.maps_to)
            and (p.in_force if on is None else p.applies_on(on, crime_id))
        )

    def all_national_provisions_for(
        self, crime_id: str, jurisdiction: str
    ) -> tuple[NationalProvision, ...]:
        """Every provision of ``jurisdiction`` ever mapped onto ``crime_id``, repealed ones
        included, for checking dates."""
        self.crime(crime_id)
        return tuple(
            p
            for law in self.national_laws
            if law.jurisdiction == jurisdiction.upper()
            for p in law.provisions
            if any(m.target_id == crime_id for m in p.maps_to)
        )

    def why_not_in_force(self, crime_id: str, on: str, jurisdiction: str | None) -> str | None:
        """Why no provision for ``crime_id`` covered an act on ``on`` (ISO date), or None.

        ``jurisdiction`` ``"DE"`` etc. asks about that state's law; None asks about the
        Rome Statute, where only the floor set by an amendment's adoption is certain.
        Returns None also when the state's law maps nothing onto the crime (that is a
        missing counterpart, not a question of dates).
        """
        crime = self.crime(crime_id)
        if jurisdiction is None:
            if crime.could_apply_on(on):
                return None
            amendment = crime.amendment
            assert amendment is not None
            return (
                f"article {crime.statute_provision} was added by {amendment.resolution}, "
                f"adopted on {amendment.adopted_on}; it cannot apply to acts before that date"
            )
        mapped = self.all_national_provisions_for(crime_id, jurisdiction)
        if not mapped or any(p.applies_on(on, crime_id) for p in mapped):
            return None
        reasons = []
        for p in mapped:
            start = p.applies_from_for(crime_id)
            if on < start:
                reasons.append(f"{p.citation} applies only to acts from {start}")
            else:
                reasons.append(f"{p.citation} applied only to acts until {p.applies_until}")
        return "; ".join(reasons)

    def national_liability_for(
        self, liability_id: str, jurisdiction: str
    ) -> tuple[NationalLiability, ...]:
        """How ``jurisdiction``'s law (e.g. ``"DE"``) states a mode of liability.

        For Germany: §§ 25–27 StGB and § 4 VStGB (and §§ 14, 15 VStGB as separate offences
        for superiors), each with its citation, German heading and how closely it matches
        (``NationalLiability``), in the order of the national file. Only provisions in
        force now. Empty when that law maps nothing onto the mode or the jurisdiction is not
        covered; raises ``NotFound`` for a liability id the taxonomy does not know.
        """
        self.liability(liability_id)
        result = []
        for provision in self.national_provisions_for_liability(liability_id, jurisdiction):
            link = provision.link_to(liability_id)
            assert link is not None
            result.append(
                NationalLiability(
                    liability_id=liability_id,
                    provision_id=provision.id,
                    law=provision.law,
                    citation=provision.citation,
                    heading=provision.heading,
                    match=link.match,
                    note=link.note,
                    verified=provision.verified,
                    applies_from=provision.applies_from_for(liability_id),
                )
            )
        return tuple(result)

    def national_provisions_for_liability(
        self, liability_id: str, jurisdiction: str
    ) -> tuple[NationalProvision, ...]:
        self.liability(liability_id)
        return tuple(
            p
            for law in self.national_laws
            if law.jurisdiction == jurisdiction.upper()
            for p in law.provisions
            if any(m.target_id == liability_id for m in p.maps_to_liability) and p.in_force
        )

    @property
    def unverified_crimes(self) -> tuple[Crime, ...]:
        return tuple(c for c in self.crimes if not c.verified)
