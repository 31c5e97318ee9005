"""What an element id names: a crime element, a shared context element, or a liability element.

Tags store one canonical id per element so that the same fact is found however it was
tagged: a crime's contextual element (``7(1)(d)/4``) is the shared context element it
restates (``cah_attack/1``), stored with kind ``context``, so one tag on the attack counts
for every crime against humanity charged in the case.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import NotFound
from .model import Taxonomy


class UnknownElement(NotFound):
    """An element id that the taxonomy in use does not have."""

    def __init__(self, element_id: str, version: str) -> None:
        self.element_id = element_id
        super().__init__(
            "There is no element '{element_id}' in taxonomy {version}. Element ids look like "
            "7(1)(d)/1 (crime), cah_attack/1 (context) or 28(a)/2 (liability); "
            "`casebook taxonomy --show 7(1)(d)` lists the elements of a crime.",
            element_id=element_id,
            version=version,
        )


@dataclass(frozen=True)
class ElementInfo:
    """One element as a tag stores it: ``kind`` is crime, context or liability; ``owner`` is
    the crime id, context group id or liability mode id it belongs to."""

    kind: str
    id: str
    owner: str
    number: int
    text: str
    verified: bool


class ElementIndex:
    """Every element id of one taxonomy (crime, context, liability), resolved in one lookup.

    Building it is cheap (a few hundred entries); make one per operation.
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._by_id: dict[str, ElementInfo] = {}
        for group in taxonomy.contexts:
            for ce in group.elements:
                self._by_id[ce.id] = ElementInfo(
                    "context", ce.id, group.id, ce.number, ce.text, True
                )
        for crime in taxonomy.crimes:
            for e in crime.elements:
                if e.contextual and e.context_element:
                    self._by_id[e.id] = self._by_id[e.context_element]
                else:
                    self._by_id[e.id] = ElementInfo(
                        "crime", e.id, crime.id, e.number, e.text, crime.verified
                    )
        for mode in taxonomy.liability_modes:
            for le in mode.elements:
                self._by_id[le.id] = ElementInfo(
                    "liability", le.id, mode.id, le.number, le.text, le.verified
                )

    @property
    def version(self) -> str:
        return self.taxonomy.version

    def get(self, element_id: str) -> ElementInfo | None:
        """The element, or None when this taxonomy has no such id."""
        return self._by_id.get(element_id.strip())

    def resolve(self, element_id: str) -> ElementInfo:
        """The element as stored; raises ``UnknownElement`` naming the id."""
        info = self.get(element_id)
        if info is None:
            raise UnknownElement(element_id.strip(), self.taxonomy.version)
        return info

    def __contains__(self, element_id: str) -> bool:
        return element_id.strip() in self._by_id
