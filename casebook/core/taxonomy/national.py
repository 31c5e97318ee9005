"""Build one national law from its checked JSON document, refusing unknown ids.

A national file maps a state's provisions onto this taxonomy's crime and liability ids; a
mapping onto an id that does not exist would send a complaint to the wrong law, so it stops
loading like any other inconsistency.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..errors import TaxonomyError
from .model import (
    Amendment,
    NationalLaw,
    NationalProvision,
    NationalSource,
    ProvisionLink,
    Quote,
)


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
        _check_dates(name, pid, raw, source_ids)
        provisions.append(
            NationalProvision(
                id=pid,
                jurisdiction=code,
                law=raw.get("law", law["short_name"]),
                citation=raw["citation"],
                heading=raw["heading"],
                conduct=raw["conduct"],
                armed_conflict=raw["armed_conflict"],
                maps_to=tuple(
                    ProvisionLink(x["crime_id"], x["match"], x["note"], x.get("applies_from"))
                    for x in raw["maps_to"]
                ),
                maps_to_liability=tuple(
                    ProvisionLink(x["liability_id"], x["match"], x["note"], x.get("applies_from"))
                    for x in raw["maps_to_liability"]
                ),
                sources=tuple(raw["sources"]),
                verified=raw["verified"],
                notes=tuple(raw["notes"]),
                applies_from=raw["applies_from"],
                applies_until=raw.get("applies_until"),
                amendments=tuple(Amendment(**a) for a in raw.get("amendments", ())),
                quote=Quote(**raw["quote"]) if "quote" in raw else None,
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


def _check_dates(name: str, pid: str, raw: dict[str, Any], source_ids: set[str]) -> None:
    """Dates must be calendar dates in order, and every dated change must name its source."""
    start, until = raw["applies_from"], raw.get("applies_until")
    dates = [start, *([until] if until else [])]
    dates += [a["date"] for a in raw.get("amendments", ())]
    dates += [
        x["applies_from"]
        for x in (*raw["maps_to"], *raw["maps_to_liability"])
        if "applies_from" in x
    ]
    for value in dates:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise TaxonomyError(name, f"'{value}' is not a calendar date", pid) from None
    if until is not None and until < start:
        raise TaxonomyError(name, f"applies_until {until} is before applies_from {start}", pid)
    for value in dates[1:]:
        if value < start:
            raise TaxonomyError(name, f"a date ({value}) is before applies_from {start}", pid)
    for amendment in raw.get("amendments", ()):
        if amendment["source"] not in source_ids:
            raise TaxonomyError(name, f"unknown source '{amendment['source']}' in amendments", pid)
    quote = raw.get("quote")
    if quote is not None and quote["source"] not in source_ids:
        raise TaxonomyError(name, f"unknown source '{quote['source']}' in quote", pid)
