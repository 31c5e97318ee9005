"""Validation of interchange documents against the JSON Schema shipped in resources/."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema

from ..resource_paths import resource_path
from ..text.calendar_dates import FORM_HINT
from ..text.json_input import field_name

# Version 3 is written: version 2 (a complete export: audit chains, review events, consent
# reviews, evidence versions and seals) with its audit entries and custody events in RFC 8785
# form, each naming it (core/canonical_json.py). The structure is version 2's, so one schema
# file describes both and only the format line differs. Versions 1 and 2 are still read;
# their entries and events are checked in the legacy form.
FORMAT = "casebook-interchange/3"
SCHEMA_FILES = {
    "casebook-interchange/1": "interchange-1.schema.json",
    "casebook-interchange/2": "interchange-2.schema.json",
    FORMAT: "interchange-2.schema.json",
}


@cache
def _validator(version: str = FORMAT) -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("schemas", SCHEMA_FILES[version]).read_text("utf-8"))
    schema["properties"]["format"] = {"const": version}
    return jsonschema.Draft202012Validator(schema)


def _location(path: Any) -> str:
    return "/" + "/".join(str(part) for part in path) if path else "(top level)"


def _choices(values: Any) -> str:
    return ", ".join(map(str, values)) if isinstance(values, list) else str(values)


def _message(error: jsonschema.ValidationError) -> str:
    """What is wrong, without the offending value: it may be a name, a place or testimony."""
    rule, limit = error.validator, error.validator_value
    if rule == "pattern" and isinstance(limit, str) and limit.startswith("^\\d{4}"):
        return f"is not a date. {FORM_HINT}"
    messages = {
        "type": f"is not of type {_choices(limit)}",
        "enum": f"is not one of {_choices(limit)}",
        "const": f"must be {limit!r}",
        "pattern": "does not have the expected form",
        "minLength": f"is shorter than {limit} characters",
        "maxLength": f"is longer than {limit} characters",
        "minimum": f"is less than {limit}",
        "maximum": f"is more than {limit}",
        "minItems": f"has fewer than {limit} items",
        "uniqueItems": "has an item twice",
        "oneOf": "does not match exactly one of the allowed forms",
    }
    if rule in messages:
        return messages[rule]
    if rule == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        extra = sorted({field_name(key) for key in error.instance if key not in known})
        return f"has fields the format does not know: {', '.join(extra[:5])}"
    # required, dependentRequired: the message names fields of the format only.
    return error.message if len(error.message) <= 200 else f"{rule} check failed"


def schema_problems(document: Any, limit: int = 200) -> list[str]:
    """Every schema violation as 'location: message', in document order; a document is
    checked against the schema of the format version it names (the newest when it names
    none it knows, with that said first)."""
    version = document.get("format") if isinstance(document, dict) else None
    known = isinstance(version, str) and version in SCHEMA_FILES
    if not known and isinstance(document, dict) and "format" in document:
        versions = ", ".join(SCHEMA_FILES)
        return [f"/format: is not a format version this Casebook reads ({versions})"]
    validator = _validator(version if known else FORMAT)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))
    return [f"{_location(error.absolute_path)}: {_message(error)}" for error in errors[:limit]]
