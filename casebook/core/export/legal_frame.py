"""The legal frame of a complaint: crimes, elements, liability and national provisions.

Lookups over the shipped taxonomy that tolerate ids it does not know (a newer Casebook's
tags are shown as they are). What supports each element is worked out in ``legal.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

_PROVISION = re.compile(r"^(\d+)((?:\s*bis)?)((?:\([^()]+\))*)(-\d+)?$")


def format_provision(provision: str, language: str) -> str:
    """A Rome Statute provision (``7(1)(g)``, ``8(2)(b)(xxii)-1``, ``8 bis``, ``25(3 bis)``)
    as a lawyer of ``language`` writes it: "article 7(1)(g)" or "Art. 7 Abs. 1 lit. g".

    German style: a numbered paragraph is "Abs.", the first lettered subparagraph "lit.",
    a numeral under it "Ziff."; an Elements of Crimes suffix (``-1``) stays on the last part
    ("Art. 7 Abs. 1 lit. g-1"). Anything else is shown as it is, after "Art."/"article".
    """
    provision = provision.strip()
    if language != "de":
        return f"article {provision}"
    match = _PROVISION.match(provision)
    if match is None:
        return f"Art. {provision}"
    number, bis, groups, suffix = match.groups()
    parts = [f"Art. {number}{'bis' if bis.strip() else ''}"]
    lettered = False
    for group in re.findall(r"\(([^()]+)\)", groups):
        group = group.strip()
        if group[0].isdigit():
            parts.append(f"Abs. {group.replace(' ', '')}")
        elif not lettered:
            parts.append(f"lit. {group}")
            lettered = True
        else:
            parts.append(f"Ziff. {group}")
    return " ".join(parts) + (suffix or "")


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

    def national_heading(self, national_law: str | None, citation: str) -> str | None:
        """The heading of a national provision ("Verbrechen gegen die Menschlichkeit"), from
        the national data; None when the taxonomy does not know the citation."""
        law = self._national_law(national_law)
        if law is None:
            return None
        for provision in law.provisions:
            if provision.citation == citation and provision.heading:
                return str(provision.heading)
        return None

    def national_liability(
        self, liability_id: str, national_law: str | None
    ) -> list[tuple[str, str | None]]:
        """The national provisions of participation for a mode of liability, as (citation,
        heading) pairs, e.g. ("§ 26 StGB", "Anstiftung"), from the taxonomy's national data
        (``Taxonomy.national_liability_for``); empty when it maps none."""
        tax = self.taxonomy
        if tax is None or not national_law:
            return []
        try:
            found = tax.national_liability_for(liability_id, national_law)
        except Exception:  # an id from a newer taxonomy: no national mapping to show
            return []
        return [(p.citation, p.heading or None) for p in found]

    def _national_law(self, national_law: str | None) -> Any | None:
        if self.taxonomy is None or not national_law:
            return None
        try:
            return self.taxonomy.national_law(national_law)
        except Exception:  # no national law for that jurisdiction in this taxonomy
            return None


@cache
def legal_frame() -> LegalFrame:
    """The frame over the shipped taxonomy; without one, ids are shown as they are."""
    try:
        from ..taxonomy.loader import load_taxonomy
    except ImportError:
        return LegalFrame(None)
    return LegalFrame(load_taxonomy())
