"""JSON that comes from outside (interchange files, exchange packages), read defensively.

``json.loads`` alone accepts NaN and Infinity, integers of any size, escaped lone
surrogates and nesting until the interpreter's recursion limit; each of those later broke
the import with a traceback. Here they are refused with the JSON location of the value,
and the check of an already parsed tree walks it without recursion.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import CasebookError
from ..phrase import Phrase, phrase

MAX_DEPTH = 64  # an interchange document or package record is about 8 levels deep
MAX_STRING_CHARS = 4_000_000  # the schema's own limits (1 000 000 for texts) come later
INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # what SQLite stores as an integer
_MAX_INT_DIGITS = 20

Path = tuple[str | int, ...]


class JsonInputError(CasebookError):
    """A value that Casebook refuses to read; ``path`` says where, ``problem`` what."""

    def __init__(self, problem: str | Phrase, path: Path = (), **fields: Any) -> None:
        said = problem if isinstance(problem, Phrase) else Phrase(problem, fields)
        self.problem = str(said)
        self.path = path
        where = dotted(path) if path else phrase("(top level)")
        super().__init__("{where}: {problem}", where=where, problem=said)


@dataclass(frozen=True)
class _Refused:
    """Put in place of a number the parser must not turn into a value, so the walk that
    follows can say where it was."""

    problem: Phrase


_NOT_FINITE = _Refused(phrase("is NaN or Infinity, which Casebook does not accept; give a number"))
_TOO_LARGE = _Refused(
    phrase("is a whole number outside {low} … {high}", low=str(INT_MIN), high=str(INT_MAX))
)


def _parse_int(text: str) -> int | _Refused:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        return _TOO_LARGE
    value = int(text)
    return value if INT_MIN <= value <= INT_MAX else _TOO_LARGE


def _parse_float(text: str) -> float | _Refused:
    value = float(text)
    return value if math.isfinite(value) else _NOT_FINITE


def _parse_constant(_name: str) -> _Refused:
    return _NOT_FINITE


_FIELD_NAME = re.compile(r"[A-Za-z0-9_.:-]{1,40}")


def field_name(key: object) -> str:
    """A field name fit for a message: a name such as ``date_start`` as it is; anything else
    (a sentence, a name, a lone surrogate) could be case data and is not repeated."""
    return key if isinstance(key, str) and _FIELD_NAME.fullmatch(key) else "(unnamed field)"


def dotted(path: Path) -> str:
    """``cases[0].incidents[2].title``; the top level is '(top level)'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def under(prefix: str, path: Path) -> str:
    """``records.json.units[3].row`` for a path inside the entry named ``prefix``."""
    if not path:
        return prefix
    inner = dotted(path)
    return prefix + inner if inner.startswith("[") else f"{prefix}.{inner}"


def pointer(path: Path) -> str:
    """``/cases/0/incidents/2/title``, the form of the interchange schema's messages."""
    return "/" + "/".join(str(part) for part in path) if path else "(top level)"


def loads(text: str) -> Any:
    """Parse and check ``text``; raises ``JsonInputError`` (or ``json.JSONDecodeError``)."""
    try:
        value = json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except RecursionError:
        raise JsonInputError(
            "is nested more than {max_depth} levels deep", max_depth=MAX_DEPTH
        ) from None
    check_tree(value)
    return value


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _children(value: Any, path: Path) -> Iterator[tuple[Any, Path]]:
    if isinstance(value, dict):
        for key, child in value.items():
            if not isinstance(key, str):
                raise JsonInputError("has a field name that is not text", path)
            if len(key) > 200 or not _encodable(key):
                raise JsonInputError(
                    "has a field name that is too long or holds a lone surrogate", path
                )
            yield child, (*path, field_name(key))
    else:
        for index, child in enumerate(value):
            yield child, (*path, index)


def check_tree(value: Any) -> None:
    """Refuse anything JSON cannot say, or says in a way Casebook cannot store.

    Checked without recursion: depth, text length, lone surrogates, non-finite numbers and
    integers beyond 64 bits, and types other than JSON's own.
    """
    stack: list[tuple[Any, Path]] = [(value, ())]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            if len(item) > MAX_STRING_CHARS:
                raise JsonInputError(
                    "is a text of more than {max_string_chars} characters",
                    path,
                    max_string_chars=MAX_STRING_CHARS,
                )
            if not _encodable(item):
                raise JsonInputError(
                    "holds a lone surrogate (an escape such as \\ud800 that is not a "
                    "character); the file was not written by Casebook or is damaged",
                    path,
                )
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not INT_MIN <= item <= INT_MAX:
                raise JsonInputError(_TOO_LARGE.problem, path)
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise JsonInputError(_NOT_FINITE.problem, path)
        elif isinstance(item, _Refused):
            raise JsonInputError(item.problem, path)
        elif isinstance(item, dict | list):
            if len(path) >= MAX_DEPTH:
                raise JsonInputError(
                    "is nested more than {max_depth} levels deep", path[:8], max_depth=MAX_DEPTH
                )
            children = list(_children(item, path))
            stack.extend(reversed(children))
        else:
            raise JsonInputError("is not a JSON value", path)
