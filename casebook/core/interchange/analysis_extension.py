"""Tags and charges in the JSON interchange format: written per case, checked, read back.

The interchange package imports this module (at the end of its ``__init__``), which adds
its hooks to ``exporter.EXTENSIONS``, ``importer.CHECKS`` and ``importer.EXTENSIONS``.
Import checks run before anything is written, against the records of the file itself:
element ids must exist (after moving them along the migration tables when the file was
made under an older taxonomy), and every segment, evidence item, incident and perpetrator a
tag or charge names must be in the same case of the file.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..analysis.charges import (
    check_crime,
    check_liability,
    check_national_provision,
    parse_national,
)
from ..analysis.perpetrators import ROLE
from ..errors import CasebookError
from ..models import Case, Charge, ChargePerpetrator, Incident, Tag
from ..phrase import phrase
from ..store.taxonomy_migration import (
    Migration,
    chain,
    map_element,
    read_migrations,
    record_taxonomy_version,
)
from ..taxonomy import Taxonomy, load_taxonomy
from ..taxonomy.elements import ElementIndex
from ..text.text_input import clean
from . import exporter, importer

_TARGETS = ("segment_id", "evidence_id", "incident_id")


# -- export -------------------------------------------------------------------------------


def _tag(tag: Tag) -> dict[str, Any]:
    out: dict[str, Any] = {"id": tag.id}
    for key in _TARGETS:
        if getattr(tag, key):
            out[key] = getattr(tag, key)
    if tag.char_start is not None and tag.char_end is not None:
        out["char_start"], out["char_end"] = tag.char_start, tag.char_end
    if tag.quote:  # the words, so the receiver's tag can follow them after edits too
        out.update(quote=tag.quote, quote_prefix=tag.quote_prefix, quote_suffix=tag.quote_suffix)
    out.update(
        element_kind=tag.element_kind,
        element_id=tag.element_id,
        taxonomy_version=tag.taxonomy_version,
        support=tag.support,
        source_reliability=tag.source_reliability,
        info_credibility=tag.info_credibility,
        note=tag.note,
        status=tag.status,
        review_note=tag.review_note,
        created_at=tag.created_at.isoformat(),
    )
    if tag.perpetrator_id:
        out["perpetrator_id"] = tag.perpetrator_id
    return out


def _charge(charge: Charge) -> dict[str, Any]:
    return {
        "id": charge.id,
        "crime_id": charge.crime_id,
        "taxonomy_version": charge.taxonomy_version,
        "national_provision": charge.national_provision,
        "title": charge.title,
        "notes": charge.notes,
        "perpetrators": [
            {"id": p.id, "person_id": p.person_id, "liability_id": p.liability_id}
            for p in charge.perpetrators
        ],
        "incident_ids": [i.id for i in charge.incidents],
        "created_at": charge.created_at.isoformat(),
    }


def export_analysis(session: Session, case: Case, out: dict[str, Any]) -> None:
    """Add ``tags`` and ``charges`` to an exported case."""
    tags = session.scalars(
        select(Tag).where(Tag.case_id == case.id).order_by(Tag.created_at, Tag.id)
    )
    charges = session.scalars(
        select(Charge).where(Charge.case_id == case.id).order_by(Charge.created_at, Charge.id)
    )
    out["tags"] = [_tag(t) for t in tags]
    out["charges"] = [_charge(c) for c in charges]


# -- import: checks -----------------------------------------------------------------------


class _Mapper:
    """Ids of a file, moved along the migration tables to the shipped taxonomy (or refused)."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.index = ElementIndex(taxonomy)
        self._tables: dict[str, Migration] | None = None

    def steps(self, version: str | None) -> list[Migration] | None:
        if not version or version == self.taxonomy.version:
            return []
        if self._tables is None:
            self._tables = read_migrations()
        return chain(self._tables, version, self.taxonomy.version)

    def unknown_version(self, version: str | None) -> str:
        return (
            f"made under taxonomy version '{version}', which this Casebook cannot map to "
            f"{self.taxonomy.version}; import it with the Casebook that wrote it"
        )

    def element(self, element_id: str, version: str | None) -> tuple[str | None, str | None]:
        """(stored id, review note), or (None, problem) when the id cannot be used."""
        steps = self.steps(version)
        if steps is None:
            return None, self.unknown_version(version)
        if not steps:
            info = self.index.get(element_id)
            if info is None:
                return None, f"there is no element '{element_id}' in taxonomy {self.index.version}"
            return info.id, None
        mapped = map_element(element_id, steps, self.index)
        return mapped.element_id, mapped.review_note

    def charge_ids(self, raw: dict[str, Any]) -> tuple[str, list[str]] | None:
        """The crime id and liability ids of a charge in the shipped taxonomy's terms."""
        steps = self.steps(raw.get("taxonomy_version"))
        if steps is None:
            return None
        crime_id = raw["crime_id"]
        modes = [p["liability_id"] for p in raw.get("perpetrators", [])]
        for step in steps:
            crime_id = step.crimes.get(crime_id, crime_id)
            modes = [step.liability.get(m, m) for m in modes]
        return crime_id, modes


def check_analysis(session: Session, data: dict[str, Any], where: str) -> list[str]:
    """Problems with the tags and charges of one case of a document (nothing is written)."""
    if not data.get("tags") and not data.get("charges"):
        return []
    taxonomy = load_taxonomy()
    mapper = _Mapper(taxonomy)
    problems: list[str] = []
    persons = {p["id"]: p for p in data.get("persons", [])}
    incidents = {i["id"] for i in data.get("incidents", [])}
    evidence = {e["id"] for e in data.get("evidence", [])}
    segments = {
        s["id"]: len(clean(s["text"]))
        for t in data.get("testimonies", [])
        for s in t["segments"]
        if "id" in s
    }
    local = {"segment_id": segments, "evidence_id": evidence, "incident_id": incidents}
    names = {"segment_id": "segment", "evidence_id": "evidence item", "incident_id": "incident"}

    def perpetrator(path: str, person_id: str) -> None:
        if person_id not in persons:
            problems.append(
                phrase("{path}: refers to a person that is not in this case", path=path)
            )
        elif ROLE not in persons[person_id]["roles"]:
            problems.append(
                phrase(
                    "{path}: the person is not an alleged perpetrator (role {role})",
                    path=path,
                    role=ROLE,
                )
            )

    seen: set[tuple[Any, ...]] = set()
    tag_ids: set[str] = set()
    for i, tag in enumerate(data.get("tags", [])):
        at = f"{where}/tags/{i}"
        problems += _id_problems(session, Tag, tag.get("id"), f"{at}/id", tag_ids)
        if "created_at" in tag and not _aware(tag["created_at"]):
            problems.append(
                phrase("{at}/created_at: give a date and time with its UTC offset", at=at)
            )
        for key in _TARGETS:
            if key in tag and tag[key] not in local[key]:
                problems.append(
                    phrase(
                        "{at}/{key}: refers to a {kind} that is not in this case",
                        at=at,
                        key=key,
                        kind=names[key],
                    )
                )
        if "char_start" in tag and tag.get("segment_id") in segments:
            length = segments[tag["segment_id"]]
            if not 0 <= tag["char_start"] < tag["char_end"] <= length:
                problems.append(
                    phrase(
                        "{at}/char_end: the range does not fit the passage ({length} characters)",
                        at=at,
                        length=length,
                    )
                )
        if "perpetrator_id" in tag:
            perpetrator(f"{at}/perpetrator_id", tag["perpetrator_id"])
        element_id, note = mapper.element(tag["element_id"], tag.get("taxonomy_version"))
        if element_id is None:
            problems.append(phrase("{at}/element_id: {note}", at=at, note=note))
            continue
        info = mapper.index.get(element_id)
        if note is None and info is not None and info.kind != tag["element_kind"]:
            problems.append(
                phrase(
                    "{at}/element_kind: {element_id} is a {kind} element",
                    at=at,
                    element_id=element_id,
                    kind=info.kind,
                )
            )
        key = (*(tag.get(k) for k in (*_TARGETS, "char_start", "char_end")), element_id,
               tag.get("perpetrator_id"), tag["support"])  # fmt: skip
        if key in seen:
            problems.append(phrase("{at}: the same tag appears twice", at=at))
        seen.add(key)

    charge_ids: set[str] = set()
    for i, charge in enumerate(data.get("charges", [])):
        at = f"{where}/charges/{i}"
        problems += _id_problems(session, Charge, charge.get("id"), f"{at}/id", charge_ids)
        if "created_at" in charge and not _aware(charge["created_at"]):
            problems.append(
                phrase("{at}/created_at: give a date and time with its UTC offset", at=at)
            )
        mapped = mapper.charge_ids(charge)
        if mapped is None:
            version = charge.get("taxonomy_version")
            problems.append(
                phrase(
                    "{at}/taxonomy_version: {version}",
                    at=at,
                    version=mapper.unknown_version(version),
                )
            )
            continue
        crime_id, modes = mapped
        try:
            crime = check_crime(taxonomy, crime_id)
        except CasebookError as error:
            problems.append(phrase("{at}/crime_id: {error}", at=at, error=error))
            continue
        if charge.get("national_provision"):
            try:
                code, provision = parse_national(charge["national_provision"])
                check_national_provision(taxonomy, crime, code, provision)
            except CasebookError as error:
                problems.append(phrase("{at}/national_provision: {error}", at=at, error=error))
        pairs = set()
        for j, (link, mode) in enumerate(zip(charge.get("perpetrators", []), modes, strict=True)):
            perpetrator(f"{at}/perpetrators/{j}/person_id", link["person_id"])
            try:
                check_liability(taxonomy, crime, mode)
            except CasebookError as error:
                problems.append(
                    phrase("{at}/perpetrators/{j}/liability_id: {error}", at=at, j=j, error=error)
                )
            if (link["person_id"], mode) in pairs:
                problems.append(
                    phrase(
                        "{at}/perpetrators/{j}: the same person and mode appear twice", at=at, j=j
                    )
                )
            pairs.add((link["person_id"], mode))
        for j, incident_id in enumerate(charge.get("incident_ids", [])):
            if incident_id not in incidents:
                problems.append(
                    phrase(
                        "{at}/incident_ids/{j}: refers to an incident not in this case", at=at, j=j
                    )
                )
    return problems


def _id_problems(
    session: Session,
    model: type[Tag] | type[Charge],
    record_id: str | None,
    path: str,
    seen: set[str],
) -> list[str]:
    if record_id is None:
        return []
    if record_id in seen or session.get(model, record_id) is not None:
        return [f"{path}: this id is already in use"]
    seen.add(record_id)
    return []


def _aware(value: str) -> bool:
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


# -- import: writing ----------------------------------------------------------------------


def import_analysis(session: Session, case: Case, data: dict[str, Any]) -> None:
    """Write the (already checked) tags and charges of one imported case."""
    if not data.get("tags") and not data.get("charges"):
        return
    taxonomy = load_taxonomy()
    mapper = _Mapper(taxonomy)
    for raw in data.get("tags", []):
        element_id, note = mapper.element(raw["element_id"], raw.get("taxonomy_version"))
        assert element_id is not None  # checked before writing began
        info = mapper.index.get(element_id)
        review = "\n".join(n for n in (raw.get("review_note", ""), note or "") if n)
        tag = Tag(
            case_id=case.id,
            segment_id=raw.get("segment_id"),
            char_start=raw.get("char_start"),
            char_end=raw.get("char_end"),
            evidence_id=raw.get("evidence_id"),
            incident_id=raw.get("incident_id"),
            element_kind=info.kind if info else raw["element_kind"],
            element_id=element_id,
            taxonomy_version=taxonomy.version,
            perpetrator_id=raw.get("perpetrator_id"),
            support=raw["support"],
            source_reliability=raw.get("source_reliability", ""),  # absent: ungraded
            info_credibility=raw.get("info_credibility", ""),
            note=clean(raw.get("note", "")),
            status="needs_review" if note else raw.get("status", "active"),
            review_note=clean(review),
            quote=raw.get("quote", ""),  # absent (older files): filled before the first edit
            quote_prefix=raw.get("quote_prefix", ""),
            quote_suffix=raw.get("quote_suffix", ""),
        )
        if raw.get("id"):
            tag.id = raw["id"]
        if raw.get("created_at"):
            tag.created_at = datetime.fromisoformat(raw["created_at"])
        session.add(tag)
    for raw in data.get("charges", []):
        mapped = mapper.charge_ids(raw)
        assert mapped is not None  # checked before writing began
        crime_id, modes = mapped
        charge = Charge(
            case_id=case.id,
            crime_id=crime_id,
            taxonomy_version=taxonomy.version,
            national_provision=_national(raw.get("national_provision", "")),
            title=clean(raw.get("title", "")),
            notes=clean(raw.get("notes", "")),
            perpetrators=[
                ChargePerpetrator(
                    **({"id": p["id"]} if "id" in p else {}),
                    person_id=p["person_id"],
                    liability_id=mode,
                )
                for p, mode in zip(raw.get("perpetrators", []), modes, strict=True)
            ],
            incidents=[session.get(Incident, i) for i in raw.get("incident_ids", [])],
        )
        if raw.get("id"):
            charge.id = raw["id"]
        if raw.get("created_at"):  # keeps the order charges were made in
            charge.created_at = datetime.fromisoformat(raw["created_at"])
        session.add(charge)
    record_taxonomy_version(session, taxonomy.version)
    session.flush()


def _national(value: str) -> str:
    if not value.strip():
        return ""
    code, provision = parse_national(value)
    return f"{code}:{provision}"


def register() -> None:
    """Add the hooks once (importing this module twice must not export tags twice)."""
    for hooks, hook in (
        (exporter.EXTENSIONS, export_analysis),
        (importer.CHECKS, check_analysis),
        (importer.EXTENSIONS, import_analysis),
    ):
        if hook not in hooks:
            hooks.append(hook)


register()
