"""Moving tags and charges to a newer taxonomy, and flagging what cannot be moved.

Every tag and charge stores the taxonomy version it was made under; the casebook records the
version its analysis refers to in the setting ``taxonomy_version``. When Casebook ships a
newer taxonomy, mapping tables in ``resources/taxonomy/migrations/*.json`` say, version to
version, which element ids were renamed, split or removed (and which crime and liability
ids were renamed). Tags are moved along the chain of tables from their version to the
current one. A tag whose element was split, removed, or simply no longer exists is flagged
``needs_review`` with a ``review_note`` saying why; nothing is ever deleted. Tags of a
version no table leads from (a newer Casebook's, say) are left exactly as they are.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import TaxonomyError
from ..models import Charge, ChargePerpetrator, Setting, Tag
from ..resource_paths import resource_path
from ..taxonomy import TAXONOMY_VERSION, Taxonomy, load_taxonomy
from ..taxonomy.elements import ElementIndex


class OpenCasebook(Protocol):
    """What the migration needs of the casebook being opened (``Casebook`` is one)."""

    def setting(self, key: str) -> str | None: ...

    def session(self, write: bool = False) -> AbstractContextManager[Session]: ...


SETTING = "taxonomy_version"
FORMAT = "casebook-taxonomy-migration/1"
MAX_STEPS = 50


def migrations_dir() -> Path:
    return resource_path("taxonomy", "migrations")


def record_taxonomy_version(session: Session, version: str) -> None:
    """Write the casebook's taxonomy version the first time analysis is recorded in it."""
    if session.get(Setting, SETTING) is None:
        session.add(Setting(key=SETTING, value=version))


@dataclass(frozen=True)
class Migration:
    """One mapping table: what changed between two taxonomy versions."""

    file: str
    from_version: str
    to_version: str
    renamed: Mapping[str, str]
    split: Mapping[str, tuple[str, ...]]
    removed: frozenset[str]
    crimes: Mapping[str, str]
    liability: Mapping[str, str]


@dataclass(frozen=True)
class MappedElement:
    element_id: str
    review_note: str | None  # set when a person must look at the tag


@dataclass
class MigrationReport:
    """What ``migrate_tags`` did; ``unknown_versions`` were left untouched."""

    to_version: str
    moved: int = 0
    flagged: int = 0
    unchanged: int = 0
    charges_updated: int = 0
    unresolved_charges: list[str] = field(default_factory=list)
    unknown_versions: set[str] = field(default_factory=set)

    @property
    def complete(self) -> bool:
        return not self.unknown_versions


def _id_map(name: str, raw: Any, key: str, many: bool = False) -> dict[str, Any]:
    value = raw.get(key, {})
    ok = isinstance(value, dict) and all(
        isinstance(k, str)
        and (
            (isinstance(v, list) and v and all(isinstance(x, str) for x in v))
            if many
            else isinstance(v, str)
        )
        for k, v in value.items()
    )
    if not ok:
        kind = "lists of ids" if many else "ids"
        raise TaxonomyError(name, f"'{key}' must map ids to {kind}")
    return {k: tuple(v) for k, v in value.items()} if many else dict(value)


def read_migration(path: Path) -> Migration:
    """One mapping table, checked; raises ``TaxonomyError`` naming the file and problem."""
    name = f"migrations/{path.name}"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TaxonomyError(name, f"the file cannot be read as JSON ({error})") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise TaxonomyError(name, f"the file is not a taxonomy migration ({FORMAT})")
    versions = raw.get("from_version"), raw.get("to_version")
    if not all(isinstance(v, str) and v for v in versions) or versions[0] == versions[1]:
        raise TaxonomyError(name, "from_version and to_version must be two different versions")
    removed = raw.get("removed", [])
    if not isinstance(removed, list) or not all(isinstance(r, str) for r in removed):
        raise TaxonomyError(name, "'removed' must be a list of element ids")
    return Migration(
        file=name,
        from_version=versions[0],
        to_version=versions[1],
        renamed=_id_map(name, raw, "renamed"),
        split=_id_map(name, raw, "split", many=True),
        removed=frozenset(removed),
        crimes=_id_map(name, raw, "crimes"),
        liability=_id_map(name, raw, "liability"),
    )


def read_migrations(directory: Path | None = None) -> dict[str, Migration]:
    """Every mapping table in ``directory``, by the version it migrates from."""
    folder = directory if directory is not None else migrations_dir()
    tables: dict[str, Migration] = {}
    if not folder.is_dir():
        return tables
    for path in sorted(folder.glob("*.json")):
        migration = read_migration(path)
        if migration.from_version in tables:
            raise TaxonomyError(
                migration.file,
                f"a second table migrates from '{migration.from_version}' "
                f"(the first is {tables[migration.from_version].file})",
            )
        tables[migration.from_version] = migration
    return tables


def chain(tables: Mapping[str, Migration], start: str, target: str) -> list[Migration] | None:
    """The tables leading from ``start`` to ``target``, or None when none do."""
    steps: list[Migration] = []
    version = start
    while version != target:
        step = tables.get(version)
        if step is None or len(steps) >= MAX_STEPS:
            return None
        steps.append(step)
        version = step.to_version
    return steps


def map_element(element_id: str, steps: list[Migration], index: ElementIndex) -> MappedElement:
    """Where ``element_id`` went along ``steps``, and whether a person must review it."""
    current, notes = element_id, []
    for step in steps:
        if current in step.renamed:
            current = step.renamed[current]
        elif current in step.split:
            parts = step.split[current]
            notes.append(
                f"Element {current} was split into {', '.join(parts)} in taxonomy "
                f"{step.to_version}; the tag now points at {parts[0]}. Check which of them "
                "the material supports and re-tag it."
            )
            current = parts[0]
        elif current in step.removed:
            notes.append(
                f"Element {current} was removed in taxonomy {step.to_version}. Tag the "
                "material to the element that now fits, or remove this tag."
            )
            return MappedElement(current, " ".join(notes))
    if current not in index:
        notes.append(
            f"Element {current} does not exist in taxonomy {index.version} and the migration "
            "tables give no replacement. Tag the material to the element that now fits, or "
            "remove this tag."
        )
        return MappedElement(current, " ".join(notes))
    canonical = index.resolve(current).id
    return MappedElement(canonical, " ".join(notes) or None)


def migrate_tags(
    session: Session, taxonomy: Taxonomy, directory: Path | None = None
) -> MigrationReport:
    """Move every tag and charge of an older taxonomy version to ``taxonomy``; the caller
    commits. Flagged tags keep their element id, so nothing of the old analysis is lost."""
    tables = read_migrations(directory)
    index = ElementIndex(taxonomy)
    report = MigrationReport(taxonomy.version)
    chains: dict[str, list[Migration] | None] = {}

    def steps_from(version: str) -> list[Migration] | None:
        if version not in chains:
            chains[version] = chain(tables, version, taxonomy.version)
        return chains[version]

    outdated = Tag.taxonomy_version != taxonomy.version
    for tag in session.scalars(select(Tag).where(outdated).order_by(Tag.created_at, Tag.id)):
        steps = steps_from(tag.taxonomy_version)
        if steps is None:
            report.unknown_versions.add(tag.taxonomy_version)
            continue
        mapped = map_element(tag.element_id, steps, index)
        if mapped.review_note is not None:
            tag.status = "needs_review"
            tag.review_note = "\n".join(n for n in (tag.review_note, mapped.review_note) if n)
            report.flagged += 1
        elif mapped.element_id != tag.element_id:
            report.moved += 1
        else:
            report.unchanged += 1
        info = index.get(mapped.element_id)
        if info is not None:
            tag.element_kind = info.kind
        tag.element_id = mapped.element_id
        tag.taxonomy_version = taxonomy.version

    outdated_charge = Charge.taxonomy_version != taxonomy.version
    for charge in session.scalars(select(Charge).where(outdated_charge).order_by(Charge.id)):
        steps = steps_from(charge.taxonomy_version)
        if steps is None:
            report.unknown_versions.add(charge.taxonomy_version)
            continue
        for step in steps:
            charge.crime_id = step.crimes.get(charge.crime_id, charge.crime_id)
            for link in charge.perpetrators:
                _rename_liability(link, step)
        if not taxonomy.has_crime(charge.crime_id):
            report.unresolved_charges.append(charge.id)
        charge.taxonomy_version = taxonomy.version
        report.charges_updated += 1
    session.flush()
    return report


def _rename_liability(link: ChargePerpetrator, step: Migration) -> None:
    link.liability_id = step.liability.get(link.liability_id, link.liability_id)


def migrate_casebook_tags(book: OpenCasebook) -> MigrationReport | None:
    """Run on open: when the casebook's analysis refers to another taxonomy version than the
    one shipped, migrate it and record the new version. Returns None when there was nothing
    to do, or when the taxonomy cannot be loaded (the casebook still opens; a later open
    tries again)."""
    stored = book.setting(SETTING)
    if stored is None or stored == TAXONOMY_VERSION:
        return None
    try:
        taxonomy = load_taxonomy()
        with book.session() as session:
            report = migrate_tags(session, taxonomy)
            if report.complete:
                session.merge(Setting(key=SETTING, value=taxonomy.version))
            session.commit()
    except TaxonomyError:
        return None
    return report
