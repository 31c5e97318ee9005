"""Build one national law from its checked JSON document, refusing unknown ids.

A national file maps a state's provisions onto this taxonomy's crime and liability ids; a
mapping onto an id that does not exist would send a complaint to the wrong law, so it stops
loading like any other inconsistency.
"""

from __future__ import annotations

from typing import Any

from ..errors import TaxonomyError
from .model import NationalLaw, NationalProvision, NationalSource, ProvisionLink


def build_national_law(
    name: str,
    document: dict[str, Any],
    crime_ids: set[str],
    liability_ids: set[str],
) -> NationalLaw:
    code, law = document["jurisdiction"], document["law"]
    source_ids = {s["id"] for s in document["sources"]}
    provisions: list[NationalProvision] = []
    for raw in document["provisions"]:
        pid = raw["id"]
        if any(p.id == pid for p in provisions):
            raise TaxonomyError(name, "duplicate provision id", pid)
        for link in raw["maps_to"]:
            if link["crime_id"] not in crime_ids:
                raise TaxonomyError(name, f"unknown crime id '{link['crime_id']}' in maps_to", pid)
        for link in raw["maps_to_liability"]:
            if link["liability_id"] not in liability_ids:
                raise TaxonomyError(name, f"unknown liability id '{link['liability_id']}'", pid)
        for source in raw["sources"]:
            if source not in source_ids:
                raise TaxonomyError(name, f"unknown source '{source}'", pid)
        provisions.append(
            NationalProvision(
                id=pid,
                jurisdiction=code,
                law=law["short_name"],
                citation=raw["citation"],
                heading=raw["heading"],
                conduct=raw["conduct"],
                armed_conflict=raw["armed_conflict"],
                maps_to=tuple(
                    ProvisionLink(x["crime_id"], x["match"], x["note"]) for x in raw["maps_to"]
                ),
                maps_to_liability=tuple(
                    ProvisionLink(x["liability_id"], x["match"], x["note"])
                    for x in raw["maps_to_liability"]
                ),
                sources=tuple(raw["sources"]),
                verified=raw["verified"],
                notes=tuple(raw["notes"]),
            )
        )
    return NationalLaw(
        jurisdiction=code,
        jurisdiction_name=document["jurisdiction_name"],
        short_name=law["short_name"],
        title=law["title"],
        title_en=law["title_en"],
        citation=law["citation"],
        language=law["language"],
        version_date=law["version_date"],
        version_note=law["version_note"],
        jurisdiction_basis=document["jurisdiction_basis"],
        mapping_note=document["mapping_note"],
        sources=tuple(NationalSource(**s) for s in document["sources"]),
        provisions=tuple(provisions),
    )
