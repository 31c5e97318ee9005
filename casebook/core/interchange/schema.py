"""Validation of interchange documents against the JSON Schema shipped in resources/."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema

from ..resource_paths import resource_path

FORMAT = "casebook-interchange/1"
SCHEMA_FILE = "interchange-1.schema.json"


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("schemas", SCHEMA_FILE).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _location(path: Any) -> str:
    return "/" + "/".join(str(part) for part in path) if path else "(top level)"


def schema_problems(document: Any, limit: int = 200) -> list[str]:
    """Every schema violation as 'location: message', in document order."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(map(str, e.path)))
    problems = []
    for error in errors[:limit]:
        # The validator's own message can quote the offending value, which may be testimony;
        # for long values we keep only the kind of problem.
        message = error.message if len(error.message) <= 200 else f"{error.validator} check failed"
        problems.append(f"{_location(error.absolute_path)}: {message}")
    return problems
