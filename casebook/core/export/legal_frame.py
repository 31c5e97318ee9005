"""The legal frame of a complaint: crimes, elements, liability and national provisions.

Lookups over the shipped taxonomy that tolerate ids it does not know (a newer Casebook's
tags are shown as they are). What supports each element is worked out in ``legal.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


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
