"""Read the taxonomy data files, validate them, check them against each other, build values.

The files under ``resources/taxonomy`` are law: a wrong element is worse than a missing one.
So loading is all or nothing. Each file is checked against its JSON Schema, then for what a
schema cannot see (duplicate ids, numbering gaps, context groups, mappings onto unknown
crimes); the first problem stops loading with a ``TaxonomyError`` naming file, entry, problem.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from ..errors import TaxonomyError
from ..resource_paths import resource_path
from .model import (
    Citation,
    ContextElement,
    ContextGroup,
    Crime,
    CrimeGroup,
    CrossCheck,
    Element,
    LiabilityElement,
    LiabilityMode,
    NationalLaw,
    Provenance,
    Source,
    StatuteAmendment,
    Taxonomy,
)
from .national import build_national_law

TAXONOMY_VERSION = "icc-eoc-2011+2017+2019/1"
"""The taxonomy version this build of Casebook ships and expects; stored with every tag."""

MANIFEST = "taxonomy.json"
SCHEMAS = {
    "manifest": "taxonomy-1.schema.json",
    "crimes": "taxonomy-crimes-1.schema.json",
    "liability": "taxonomy-liability-1.schema.json",
    "national": "national-law-1.schema.json",
}


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped with Casebook, loaded and checked once per process."""
    return load_taxonomy_from(resource_path("taxonomy"))


def load_taxonomy_from(directory: Path, expected_version: str = TAXONOMY_VERSION) -> Taxonomy:
    """Load the taxonomy in ``directory`` (a copy of ``resources/taxonomy``), uncached.

    Raises ``TaxonomyError`` for a missing, damaged or inconsistent file, or for data of a
    version other than ``expected_version``.
    """
    return _Loader(Path(directory), expected_version).load()


@cache
def _validator(kind: str) -> jsonschema.Draft202012Validator:
    schema_file = resource_path("schemas", SCHEMAS[kind])
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key '{key}' appears twice in one object")
        result[key] = value
    return result


def _entry_at(document: Any, path: list[Any]) -> str | None:
    """The id of the innermost object with an ``id`` along ``path``, to name the entry."""
    entry, node = None, document
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            entry = node["id"]
    return entry


class _Loader:
    def __init__(self, root: Path, expected_version: str) -> None:
        self.root = root
        self.expected_version = expected_version
        self.version = ""

    # -- reading --------------------------------------------------------------------------

    def read(self, name: str, kind: str) -> dict[str, Any]:
        path = self.root / name
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise TaxonomyError(name, "the file is missing") from None
        except OSError as error:
            raise TaxonomyError(name, f"the file cannot be read ({error.strerror})") from None
        try:
            document = json.loads(raw.decode("utf-8"), object_pairs_hook=_reject_duplicate_keys)
        except UnicodeDecodeError:
            raise TaxonomyError(name, "the file is not UTF-8 text") from None
        except json.JSONDecodeError as error:
            raise TaxonomyError(
                name, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
            ) from None
        except ValueError as error:
            raise TaxonomyError(name, f"invalid JSON: {error}") from None
        error = best_match(_validator(kind).iter_errors(document))
        if error is not None:
            location = "/" + "/".join(map(str, error.absolute_path))
            message = error.message if len(error.message) <= 300 else f"{error.validator} failed"
            raise TaxonomyError(
                name,
                f"{message} (at {location})",
                _entry_at(document, list(error.absolute_path)),
            )
        return document

    def check_version(self, name: str, document: dict[str, Any]) -> None:
        if document["taxonomy_version"] != self.version:
            raise TaxonomyError(
                name,
                f"taxonomy_version '{document['taxonomy_version']}' does not match "
                f"'{self.version}' in {MANIFEST}",
            )

    # -- whole taxonomy -------------------------------------------------------------------

    def load(self) -> Taxonomy:
        manifest = self.read(MANIFEST, "manifest")
        self.version = manifest["taxonomy_version"]
        if self.version != self.expected_version:
            raise TaxonomyError(
                MANIFEST,
                f"the data is taxonomy version '{self.version}', but this build of Casebook "
                f"expects '{self.expected_version}'",
            )
        contexts = self.contexts(manifest["contexts"])
        files = manifest["files"]
        self.check_listed(files["crime_groups"])
        groups: list[CrimeGroup] = []
        crimes: list[Crime] = []
        seen: dict[str, str] = {}
        for name in files["crime_groups"]:
            group, group_crimes = self.crime_group(name, contexts, seen, groups)
            groups.append(group)
            crimes.extend(group_crimes)
        modes = self.liability(files["liability"])
        national = self.national(files["national_dir"], {c.id for c in crimes}, modes)
        verification = manifest["verification"]
        return Taxonomy(
            version=self.version,
            title=manifest["title"],
            edition=manifest["edition"]["followed"],
            sources=tuple(Source(**s) for s in manifest["sources"]),
            verification_note=verification["verified_false"],
            contexts=tuple(contexts.values()),
            groups=tuple(groups),
            crimes=tuple(crimes),
            liability_modes=modes,
            national_laws=national,
        )

    def check_listed(self, names: list[str]) -> None:
        if len(set(names)) != len(names):
            raise TaxonomyError(MANIFEST, "a crime group file is listed twice")
        listed = set(names)
        for folder in {Path(n).parent for n in names}:
            for path in sorted((self.root / folder).glob("*.json")):
                name = (folder / path.name).as_posix()
                if name not in listed:
                    raise TaxonomyError(
                        name, f"the file is not listed in {MANIFEST} (files.crime_groups)"
                    )

    def contexts(self, raw: list[dict[str, Any]]) -> dict[str, ContextGroup]:
        result: dict[str, ContextGroup] = {}
        for group in raw:
            gid = group["id"]
            if gid in result:
                raise TaxonomyError(MANIFEST, "duplicate context group id", gid)
            elements = []
            for number, element in enumerate(group["elements"], 1):
                self.check_numbering(MANIFEST, gid, element, number)
                elements.append(ContextElement(element["id"], number, element["text"]))
            result[gid] = ContextGroup(
                id=gid,
                title=group["title"],
                category=group["category"],
                conflict_type=group["conflict_type"],
                basis=group["basis"],
                elements=tuple(elements),
            )
        return result

    @staticmethod
    def check_numbering(name: str, owner: str, element: dict[str, Any], expected: int) -> None:
        if element["number"] != expected:
            raise TaxonomyError(
                name,
                f"element numbering has a gap or is out of order: element {expected} was "
                f"expected, element {element['number']} was found",
                owner,
            )
        if element["id"] != f"{owner}/{expected}":
            raise TaxonomyError(
                name, f"element id '{element['id']}' should be '{owner}/{expected}'", owner
            )

    # -- crimes ---------------------------------------------------------------------------

    def crime_group(
        self,
        name: str,
        contexts: dict[str, ContextGroup],
        seen: dict[str, str],
        groups: list[CrimeGroup],
    ) -> tuple[CrimeGroup, list[Crime]]:
        document = self.read(name, "crimes")
        self.check_version(name, document)
        group = document["group"]
        gid = group["id"]
        if any(g.id == gid for g in groups):
            raise TaxonomyError(name, "duplicate crime group id", gid)
        context = contexts.get(group["context"])
        if context is None:
            raise TaxonomyError(name, f"unknown context group '{group['context']}'", gid)
        if (context.category, context.conflict_type) != (group["category"], group["conflict_type"]):
            raise TaxonomyError(
                name, f"the group does not fit its context group '{context.id}'", gid
            )
        crimes = [self.crime(name, raw, group, contexts, seen) for raw in document["crimes"]]
        return (
            CrimeGroup(
                id=gid,
                label=group["label"],
                article=group["article"],
                category=group["category"],
                conflict_type=group["conflict_type"],
                context_id=context.id,
                statute_heading=group["statute_heading"],
                crime_ids=tuple(c.id for c in crimes),
            ),
            crimes,
        )

    def crime(
        self,
        name: str,
        raw: dict[str, Any],
        group: dict[str, Any],
        contexts: dict[str, ContextGroup],
        seen: dict[str, str],
    ) -> Crime:
        cid = raw["id"]
        if cid in seen:
            raise TaxonomyError(name, f"duplicate crime id (first defined in {seen[cid]})", cid)
        seen[cid] = name
        context = contexts.get(raw["context"])
        if context is None:
            raise TaxonomyError(name, f"unknown context group '{raw['context']}'", cid)
        for key in ("article", "category", "conflict_type", "context"):
            if raw[key] != group[key]:
                raise TaxonomyError(
                    name, f"{key} '{raw[key]}' does not match its group ('{group[key]}')", cid
                )
        provenance = raw["provenance"]
        if raw["verified"] != provenance["verbatim"]:
            raise TaxonomyError(name, "'verified' disagrees with 'provenance.verbatim'", cid)
        elements = self.elements(name, raw, context)
        return Crime(
            id=cid,
            article=raw["article"],
            statute_provision=raw["statute_provision"],
            title=raw["title"],
            category=raw["category"],
            conflict_type=raw["conflict_type"],
            context_id=context.id,
            group_id=group["id"],
            verified=raw["verified"],
            statute_text=raw["statute_text"],
            elements=elements,
            provenance=Provenance(
                verbatim=provenance["verbatim"],
                verbatim_note=provenance["verbatim_note"],
                source=provenance["source"],
                statute_source=provenance["statute_source"],
                amended_by=provenance["amended_by"],
                notes=tuple(provenance["notes"]),
                cross_checks=tuple(CrossCheck(**c) for c in provenance["cross_checks"]),
            ),
            elements_pending=raw.get("elements_pending"),
            amendment=StatuteAmendment(**raw["amendment"]) if "amendment" in raw else None,
        )

    def elements(
        self, name: str, raw: dict[str, Any], context: ContextGroup
    ) -> tuple[Element, ...]:
        cid, items = raw["id"], raw["elements"]
        if not items:
            if "elements_pending" not in raw:
                raise TaxonomyError(
                    name,
                    "missing elements: the crime has no elements and no 'elements_pending' "
                    "note saying why",
                    cid,
                )
            return ()
        if "elements_pending" in raw:
            raise TaxonomyError(name, "the crime has elements and an 'elements_pending' note", cid)
        shared = len(context.elements)
        if len(items) <= shared:
            raise TaxonomyError(
                name,
                f"missing elements: {len(items)} element(s), but its context group "
                f"'{context.id}' alone has {shared}",
                cid,
            )
        first_contextual = len(items) - shared + 1
        result = []
        for number, item in enumerate(items, 1):
            self.check_numbering(name, cid, item, number)
            eid = item["id"]
            expected = (
                context.elements[number - first_contextual] if number >= first_contextual else None
            )
            if item["contextual"] != (expected is not None):
                where = "one of the last" if expected else "not one of the last"
                raise TaxonomyError(
                    name,
                    f"'contextual' is {str(item['contextual']).lower()}, but the element is "
                    f"{where} {shared} (the context group '{context.id}')",
                    eid,
                )
            if item["context_element"] != (expected.id if expected else None):
                raise TaxonomyError(
                    name,
                    f"context_element should be "
                    f"{repr(expected.id) if expected else 'null'}, found "
                    f"{item['context_element']!r}",
                    eid,
                )
            variant = item.get("variant_note")
            if expected is not None and item["text"] != expected.text and variant is None:
                raise TaxonomyError(
                    name,
                    f"the text differs from context element {expected.id} and no "
                    "variant_note explains why",
                    eid,
                )
            if variant is not None and (expected is None or item["text"] == expected.text):
                raise TaxonomyError(
                    name, "variant_note on an element that is not a differing context", eid
                )
            result.append(
                Element(
                    id=eid,
                    crime_id=cid,
                    number=number,
                    text=item["text"],
                    contextual=item["contextual"],
                    context_element=item["context_element"],
                    variant_note=variant,
                )
            )
        return tuple(result)

    # -- liability ------------------------------------------------------------------------

    def liability(self, name: str) -> tuple[LiabilityMode, ...]:
        document = self.read(name, "liability")
        self.check_version(name, document)
        modes: dict[str, dict[str, Any]] = {}
        for raw in document["modes"]:
            if raw["id"] in modes:
                raise TaxonomyError(name, "duplicate liability id", raw["id"])
            modes[raw["id"]] = raw
        result = []
        for mid, raw in modes.items():
            for related in raw["related"]:
                if related not in modes:
                    raise TaxonomyError(name, f"unknown related liability id '{related}'", mid)
            elements = []
            for number, item in enumerate(raw["elements"], 1):
                self.check_numbering(name, mid, item, number)
                for phrase in item.get("statute_words", ()):
                    if phrase not in raw["statute_text"]:
                        raise TaxonomyError(
                            name,
                            f"statute_words '{phrase}' do not occur in statute_text",
                            item["id"],
                        )
                citation = item.get("citation")
                elements.append(
                    LiabilityElement(
                        id=item["id"],
                        number=number,
                        text=item["text"],
                        source_kind=item["source_kind"],
                        statute_words=tuple(item.get("statute_words", ())),
                        citation=Citation(**citation) if citation else None,
                        verified=item.get("verified", True),
                        note=item.get("note"),
                    )
                )
            result.append(
                LiabilityMode(
                    id=mid,
                    kind=raw["kind"],
                    provision=raw["provision"],
                    title=raw["title"],
                    applies_to=tuple(raw["applies_to"]),
                    statute_text=raw["statute_text"],
                    statute_text_note=raw["statute_text_note"],
                    amended_by=raw["amended_by"],
                    elements=tuple(elements),
                    case_law=tuple(Citation(**c) for c in raw["case_law"]),
                    related=tuple(raw["related"]),
                    notes=tuple(raw["notes"]),
                )
            )
        return tuple(result)

    # -- national law ---------------------------------------------------------------------

    def national(
        self, folder: str, crime_ids: set[str], modes: tuple[LiabilityMode, ...]
    ) -> tuple[NationalLaw, ...]:
        liability_ids = {m.id for m in modes}
        laws: dict[str, str] = {}
        result = []
        for path in sorted((self.root / folder).glob("*.json")):
            name = f"{folder}/{path.name}"
            document = self.read(name, "national")
            self.check_version(name, document)
            code = document["jurisdiction"]
            if code in laws:
                raise TaxonomyError(name, f"jurisdiction {code} is already defined in {laws[code]}")
            if not path.name.startswith(code.lower() + "_"):
                raise TaxonomyError(name, f"the file name should start with '{code.lower()}_'")
            laws[code] = name
            result.append(build_national_law(name, document, crime_ids, liability_ids))
        return tuple(result)
