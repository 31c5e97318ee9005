"""Saved patterns in the JSON interchange format, so the coverage matrix that cites them for
a contextual element is the same after an import.

Like ``sections_extension``, the interchange package imports this module, which adds its
hooks. A pattern travels with its filter (scoped to its own case), the counts kept when it
was saved, and the element it is cited for; checks run before anything is written.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..analysis.patterns import PatternFilter
from ..errors import ValidationError
from ..models import Case, SavedPattern
from ..phrase import phrase
from ..taxonomy import load_taxonomy
from ..taxonomy.elements import ElementIndex
from ..text.text_input import clean
from . import exporter, importer


def export_patterns(session: Session, case: Case, out: dict[str, Any]) -> None:
    """Add ``patterns`` (oldest first) to an exported case that has any."""
    rows = session.scalars(
        select(SavedPattern)
        .where(SavedPattern.case_id == case.id)
        .order_by(SavedPattern.created_at, SavedPattern.id)
    ).all()
    if rows:
        out["patterns"] = [
            {
                "id": p.id,
                "title": p.title,
                "filter": p.filter,
                "counts": p.counts,
                "element_id": p.element_id,
                "taxonomy_version": p.taxonomy_version,
                "note": p.note,
                "created_at": p.created_at.isoformat(),
            }
            for p in rows
        ]


def check_patterns(session: Session, data: dict[str, Any], where: str) -> list[str]:
    entries = data.get("patterns") or []
    problems: list[str] = []
    index: ElementIndex | None = None
    seen: set[str] = set()
    for i, raw in enumerate(entries):
        at = f"{where}/patterns/{i}"
        if raw["id"] in seen or session.get(SavedPattern, raw["id"]) is not None:
            problems.append(phrase("{at}/id: this id is already in use", at=at))
        seen.add(raw["id"])
        try:
            scope = PatternFilter.from_dict(raw["filter"]).case_ids
        except ValidationError:
            problems.append(phrase("{at}/filter: is not a pattern filter Casebook reads", at=at))
            continue
        if any(case_id != data.get("id") for case_id in scope):
            problems.append(
                phrase("{at}/filter/case_ids: a pattern may count only its own case", at=at)
            )
        if raw.get("element_id"):
            index = index or ElementIndex(load_taxonomy())
            info = index.get(raw["element_id"])
            if info is None or info.kind != "context":
                problems.append(
                    phrase(
                        "{at}/element_id: is not a contextual element of taxonomy {version}",
                        at=at,
                        version=index.version,
                    )
                )
        try:
            if datetime.fromisoformat(raw["created_at"]).tzinfo is None:
                raise ValueError
        except ValueError:
            problems.append(
                phrase("{at}/created_at: give a date and time with its UTC offset", at=at)
            )
    return problems


def import_patterns(session: Session, case: Case, data: dict[str, Any]) -> None:
    for raw in data.get("patterns") or []:
        pattern = SavedPattern(
            id=raw["id"],
            case_id=case.id,
            title=clean(raw["title"]).strip(),
            filter=PatternFilter.from_dict(raw["filter"]).to_dict(),
            counts=raw["counts"],
            element_id=raw.get("element_id"),
            taxonomy_version=raw.get("taxonomy_version", ""),
            note=clean(raw.get("note", "")),
        )
        pattern.created_at = datetime.fromisoformat(raw["created_at"])
        session.add(pattern)
    session.flush()


def register() -> None:
    """Add the hooks once."""
    for hooks, hook in (
        (exporter.EXTENSIONS, export_patterns),
        (importer.CHECKS, check_patterns),
        (importer.EXTENSIONS, import_patterns),
    ):
        if hook not in hooks:
            hooks.append(hook)


register()
