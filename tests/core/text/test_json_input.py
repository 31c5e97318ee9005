"""JSON from outside, read defensively: every refusal is a JsonInputError with a location."""

from __future__ import annotations

import json
import sys

import pytest

from casebook.core.errors import CasebookError
from casebook.core.text.json_input import JsonInputError, check_tree, dotted, loads, under


@pytest.mark.parametrize(
    ("text", "where", "problem"),
    [
        ('{"a": [1, NaN]}', ("a", 1), "NaN or Infinity"),
        ('{"a": Infinity}', ("a",), "NaN or Infinity"),
        ('{"a": -Infinity}', ("a",), "NaN or Infinity"),
        ('{"a": 1e400}', ("a",), "NaN or Infinity"),
        (f'{{"a": {2**63}}}', ("a",), "whole number outside"),
        (f'{{"a": {-(2**63) - 1}}}', ("a",), "whole number outside"),
        ('{"a": ' + "9" * 5000 + "}", ("a",), "whole number outside"),  # past int's digit limit
        ('{"a": "\\ud800"}', ("a",), "lone surrogate"),
        ('{"\\udfff": 1}', (), "lone surrogate"),
        ("[" * 100_000 + "]" * 100_000, (), "nested more than"),
        ('{"a":' * 70 + "1" + "}" * 70, ("a",) * 8, "nested more than"),
    ],
)
def test_hostile_json_is_refused_with_its_place(text, where, problem):
    with pytest.raises(JsonInputError) as caught:
        loads(text)
    assert caught.value.path == where
    assert problem in caught.value.problem
    assert isinstance(caught.value, CasebookError)


def test_what_json_says_plainly_is_read():
    value = {"a": [2**63 - 1, -(2**63), 1.5, None, True, "ຂ້ອຍ 😀"], "b": {"c": []}}
    assert loads(json.dumps(value, ensure_ascii=False)) == value
    assert loads(json.dumps(value)) == value


def test_a_tree_deeper_than_the_recursion_limit_is_checked_without_recursion():
    deep: list = []
    for _ in range(sys.getrecursionlimit() * 3):
        deep = [deep]
    with pytest.raises(JsonInputError, match="nested more than"):
        check_tree({"x": deep})


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 2**64, (1, 2), b"x", {1: 2}])
def test_python_values_json_cannot_carry_are_refused(value):
    with pytest.raises(JsonInputError):
        check_tree({"x": [value]})


def test_locations_read_as_written():
    assert dotted(("cases", 0, "incidents", 2, "date_start")) == "cases[0].incidents[2].date_start"
    assert dotted(()) == "(top level)"
    assert under("records.json", ("units", 3)) == "records.json.units[3]"
    assert under("records.json", (3,)) == "records.json[3]"
    assert under("records.json", ()) == "records.json"
