"""Authored sections in the JSON interchange format: every version, written, checked, read back.

Like ``analysis_extension``, the interchange package imports this module, which adds its
hooks to ``exporter.EXTENSIONS``, ``importer.CHECKS`` and ``importer.EXTENSIONS``. Each
version travels with its id, lineage and the versions it was written over, so an import
keeps the history; a charge is named by the id it has in the same file (charges keep
their ids on import). Checks run before anything is written and name the entry, never
its text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import AuthoredSection, Case
from ..models.authored import CASE_SECTION_KINDS, ELEMENT_SECTION_KIND
from ..models.base import new_id
from ..phrase import phrase
from ..records.sections import checked_text, section_row_problem
from ..taxonomy import load_taxonomy
from ..taxonomy.elements import ElementIndex
from . import exporter, importer

# -- export -------------------------------------------------------------------------------


def _section(row: AuthoredSection) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row.id, "kind": row.kind}
    if row.charge_id:
        out["charge_id"] = row.charge_id
    if row.element_id:
        out["element_id"] = row.element_id
    out.update(lineage_id=row.lineage_id, version=row.version)
    if row.supersedes_id:
        out["supersedes_id"] = row.supersedes_id
    if row.merges_ids:
        out["merges_ids"] = sorted(row.merges_ids)
    out.update(text=row.text, created_at=row.created_at.isoformat())
    return out


def export_sections(session: Session, case: Case, out: dict[str, Any]) -> None:
    """Add ``sections`` (every version, oldest first) to an exported case that has any."""
    rows = session.scalars(
        select(AuthoredSection)
        .where(AuthoredSection.case_id == case.id)
        .order_by(AuthoredSection.created_at, AuthoredSection.id)
    ).all()
    if rows:
        out["sections"] = [_section(r) for r in rows]


# -- import: checks -----------------------------------------------------------------------


def _row(raw: dict[str, Any], record_id: str) -> dict[str, Any]:
    """The columns the entry will be stored with (text cleaned as typed text is)."""
    return {
        "kind": raw["kind"],
        "charge_id": raw.get("charge_id"),
        "element_id": raw.get("element_id"),
        "lineage_id": raw.get("lineage_id") or record_id,
        "version": raw.get("version", 1),
        "supersedes_id": raw.get("supersedes_id"),
        "merges_ids": raw.get("merges_ids", []),
        "text": checked_text(raw["text"]),
    }


def check_sections(session: Session, data: dict[str, Any], where: str) -> list[str]:
    """Problems with the sections of one case of a document (nothing is written)."""
    entries = data.get("sections") or []
    if not entries:
        return []
    problems: list[str] = []
    charges = {c["id"] for c in data.get("charges", []) if "id" in c}
    ids = [e["id"] for e in entries if "id" in e]
    index: ElementIndex | None = None
    seen: set[str] = set()
    for i, raw in enumerate(entries):
        at = f"{where}/sections/{i}"
        record_id = raw.get("id")
        if record_id is not None:
            if record_id in seen or session.get(AuthoredSection, record_id) is not None:
                problems.append(phrase("{at}/id: this id is already in use", at=at))
            seen.add(record_id)
        try:
            row = _row(raw, record_id or new_id())
        except ValidationError as error:
            problems.append(
                phrase(
                    "{at}/text: {problem}",
                    at=at,
                    problem=error.phrase if error.location == "text" else str(error),
                )
            )
            continue
        problem = section_row_problem(row)
        if problem is not None:
            problems.append(phrase("{at}: {problem}", at=at, problem=problem))
            continue
        if row["kind"] not in CASE_SECTION_KINDS and row["charge_id"] not in charges:
            problems.append(
                phrase("{at}/charge_id: refers to a charge that is not in this case", at=at)
            )
        if row["kind"] == ELEMENT_SECTION_KIND:
            index = index or ElementIndex(load_taxonomy())
            if index.get(row["element_id"]) is None:
                problems.append(
                    phrase(
                        "{at}/element_id: there is no such element in taxonomy {version}",
                        at=at,
                        version=index.version,
                    )
                )
        elsewhere = "refers to a section version not in this case"
        if row["supersedes_id"] is not None and row["supersedes_id"] not in ids:
            problems.append(phrase("{at}/supersedes_id: {elsewhere}", at=at, elsewhere=elsewhere))
        for j, merged in enumerate(row["merges_ids"]):
            if merged not in ids:
                problems.append(
                    phrase("{at}/merges_ids/{j}: {elsewhere}", at=at, j=j, elsewhere=elsewhere)
                )
        if "created_at" in raw and not _aware(raw["created_at"]):
            problems.append(
                phrase("{at}/created_at: give a date and time with its UTC offset", at=at)
            )
    return problems


def _aware(value: str) -> bool:
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


# -- import: writing ----------------------------------------------------------------------


def import_sections(session: Session, case: Case, data: dict[str, Any]) -> None:
    """Write the (already checked) section versions of one imported case."""
    entries = data.get("sections") or []
    if not entries:
        return
    index = ElementIndex(load_taxonomy())
    for raw in entries:
        record_id = raw.get("id") or new_id()
        row = _row(raw, record_id)
        if row["element_id"]:
            info = index.get(row["element_id"])
            row["element_id"] = info.id if info is not None else row["element_id"].strip()
        section = AuthoredSection(id=record_id, case_id=case.id, **row)
        if raw.get("created_at"):  # keeps which version is newer
            section.created_at = datetime.fromisoformat(raw["created_at"])
        session.add(section)
    session.flush()


def register() -> None:
    """Add the hooks once (importing this module twice must not export sections twice)."""
    for hooks, hook in (
        (exporter.EXTENSIONS, export_sections),
        (importer.CHECKS, check_sections),
        (importer.EXTENSIONS, import_sections),
    ):
        if hook not in hooks:
            hooks.append(hook)


register()
