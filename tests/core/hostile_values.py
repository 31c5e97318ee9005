"""Hostile values and mutations of JSON documents, shared by the fuzz tests of the interchange
importer and of the package reader (issue 11: hostile input never reaches a traceback)."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

# A text that stands for case data: it must never appear in an error message.
MARKER = "CASE-DATA Daw Khin Myint ບ້ານຫ້ວຍ"

HOSTILE_TEXTS = [
    "2022-14-03", "2022-02-30", "2017-99-99", "yesterday", "0000", "2017-08-25T25:00",
    "2017-08-27", "2017-08", "2017", "2024-03-10T08:00:00+00:00", "٢٠١٧-٠٨",
    "../secret.txt", "/etc/passwd", "files/../../secret.txt", "link.txt", "linkdir/x.txt",
    "C:/Windows/win.ini", "a\\..\\b", "\x00", "", " ", "\ud800", "x\udfff", "\u202e",
    "ထ" * 3000, MARKER, "NaN", "0" * 64, "f" * 64, "00000000-0000-4000-8000-000000000000",
]  # fmt: skip
HOSTILE_NUMBERS: list[Any] = [
    2**63, 2**63 - 1, -(2**63), -(2**63) - 1, 10**400, 2**64,
    float("nan"), float("inf"), float("-inf"), 1e308, -0.0, 0, -1, 91, 1e-320,
]  # fmt: skip


_DEEP = re.compile(r'"@@DEEP:(\d+):(list|dict)@@"')


def deep(depth: int, kind: str = "list") -> str:
    """A placeholder for ``depth`` levels of nesting, made real only when the document is
    handed over (``materialize``, ``to_text``): the test's own recursive helpers never meet it."""
    return f"@@DEEP:{depth}:{kind}@@"


def _nested(depth: int, kind: str) -> Any:
    value: Any = MARKER
    for _ in range(depth):
        value = [value] if kind == "list" else {"k": value}
    return value


def materialize(document: Any) -> Any:
    """The document with each placeholder replaced by real nesting (without recursion)."""
    holder = [document]
    stack: list[Any] = [holder]
    while stack:
        container = stack.pop()
        keys = container.keys() if isinstance(container, dict) else range(len(container))
        for key in list(keys):
            child = container[key]
            if isinstance(child, str):
                match = _DEEP.fullmatch(f'"{child}"')
                if match:
                    container[key] = _nested(int(match[1]), match[2])
            elif isinstance(child, dict | list):
                stack.append(child)
    return holder[0]


def to_text(document: Any) -> str:
    """JSON text as a hostile writer would make it: lone surrogates as \\ud800 escapes, NaN
    and Infinity as bare words, the placeholders as real nesting."""
    text = json.dumps(document, ensure_ascii=True, allow_nan=True)

    def nesting(match: re.Match[str]) -> str:
        depth = int(match[1])
        if match[2] == "list":
            return "[" * depth + json.dumps(MARKER) + "]" * depth
        return '{"k":' * depth + json.dumps(MARKER) + "}" * depth

    return _DEEP.sub(nesting, text)


def hostile_values(swaps: list[Any]) -> st.SearchStrategy[Any]:
    """Values to put anywhere: odd texts, dates, paths, huge numbers, NaN, deep nesting,
    and values taken from elsewhere in the same document (ids, references)."""
    surrogate_text = st.text(
        st.characters(categories=["Cs", "Lo", "Mn", "Nd", "Cc", "Zs", "So"]), max_size=12
    )
    return st.one_of(
        st.sampled_from(HOSTILE_TEXTS),
        st.sampled_from(HOSTILE_NUMBERS),
        st.sampled_from([None, True, False, [], {}, [MARKER], {"x": MARKER}]),
        st.integers(),
        st.floats(),
        surrogate_text,
        st.builds(deep, st.integers(1, 3000), st.sampled_from(["list", "dict"])),
        st.sampled_from(swaps or [None]),
    )


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every location in a JSON tree, the top level first."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths(child, (*prefix, index))


def leaves(value: Any) -> list[Any]:
    out: list[Any] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        else:
            out.append(item)
    return out


def case_texts(value: Any) -> set[str]:
    """Strings that read as case data (titles, names, places, testimony): long enough, with a
    space or a non-ASCII letter, not an id, a date or a hash."""
    found = set()
    for leaf in leaves(value):
        if isinstance(leaf, str) and len(leaf) >= 8 and (" " in leaf or not leaf.isascii()):
            found.add(leaf)
    return found


@dataclass
class Mutation:
    op: str  # replace, delete, add, wrap, duplicate
    target: int  # index into the document's locations
    value: Any = None
    key: str = "extra"


@dataclass
class Figures:
    """What the fuzz saw: printed at the end of each fuzz test for the issue's closing note."""

    examples: int = 0
    succeeded: int = 0
    refused: int = 0
    other_exceptions: int = 0

    def line(self, what: str) -> str:
        return (
            f"{what}: {self.examples} examples, {self.succeeded} imported, {self.refused} "
            f"refused with a CasebookError, {self.other_exceptions} other exceptions"
        )


def mutations(swaps: list[Any]) -> st.SearchStrategy[list[Mutation]]:
    one = st.builds(
        Mutation,
        op=st.sampled_from(["replace", "replace", "replace", "delete", "add", "wrap", "duplicate"]),
        target=st.integers(0, 10**6),
        value=hostile_values(swaps),
        key=st.sampled_from(["extra", "id", "title", "date", "file", "\ud800", MARKER]),
    )
    return st.lists(one, min_size=1, max_size=3)


def apply(document: Any, mutation: Mutation) -> Any:
    """``document`` changed in place by ``mutation`` (returns the new top level)."""
    locations = list(paths(document))
    where = locations[mutation.target % len(locations)]
    if not where:
        return mutation.value if mutation.op == "replace" else document
    parent = document
    for part in where[:-1]:
        parent = parent[part]
    last = where[-1]
    if mutation.op == "replace":
        parent[last] = mutation.value
    elif mutation.op == "delete":
        del parent[last]
    elif mutation.op == "add":
        target = parent[last]
        if isinstance(target, dict):
            target[mutation.key] = mutation.value
        elif isinstance(target, list):
            target.append(mutation.value)
        else:
            parent[last] = [target, mutation.value]
    elif mutation.op == "wrap":
        parent[last] = deep(1 + (mutation.target % 1500), "list")
        parent[last] = [parent[last], parent[last]] if mutation.target % 2 else parent[last]
    elif mutation.op == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[last]))
    return document


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def fresh_ids(text: str, serial: int) -> str:
    """The same document with every id replaced by a new one (consistently), so examples do
    not collide with records an earlier example imported."""
    found = sorted(set(_UUID.findall(text)))
    mapping = {old: f"{serial:08x}-0000-4000-8000-{n:012x}" for n, old in enumerate(found)}
    return _UUID.sub(lambda m: mapping[m.group(0)], text)
