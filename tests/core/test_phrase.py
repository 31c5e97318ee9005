"""Core sentences as templates with fields: English by str(), found by scripts/core-phrases."""

from __future__ import annotations

import ast
import importlib.machinery
import importlib.util
import textwrap
from pathlib import Path

from casebook.core.errors import (
    ImportRejected,
    MissingFontError,
    NotFound,
    ValidationError,
    WrongPassphrase,
)
from casebook.core.phrase import Phrase, fill, phrase

ROOT = Path(__file__).resolve().parents[2]


def _script():
    path = ROOT / "scripts" / "core-phrases"
    loader = importlib.machinery.SourceFileLoader("core_phrases", str(path))
    spec = importlib.util.spec_from_loader("core_phrases", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_a_phrase_reads_as_its_english_sentence() -> None:
    assert str(phrase("Pages: {count}, exhibits: {n}", count=12, n=3)) == "Pages: 12, exhibits: 3"
    inner = phrase("withheld")
    assert str(phrase("The item is {status}.", status=inner)) == "The item is withheld."


def test_a_template_without_fields_is_never_formatted() -> None:
    text = 'Give a list: {"sections": []}.'
    assert str(Phrase(text)) == text
    assert fill(text, {}, str) == text


def test_errors_carry_their_template_and_fields() -> None:
    error = NotFound("No testimony with the reference {ref}.", ref="W-7")
    assert str(error) == "No testimony with the reference W-7."
    assert error.phrase.template == "No testimony with the reference {ref}."
    assert dict(error.phrase.fields) == {"ref": "W-7"}
    plain = WrongPassphrase()
    assert plain.phrase.template == str(plain) and not plain.phrase.fields
    font = MissingFontError("Lao", "Noto Sans Lao", "fonts-noto-core")
    assert "{script}" in font.phrase.template and "Lao script" in str(font)


def test_a_validation_error_keeps_its_location_out_of_the_phrase() -> None:
    error = ValidationError("The date {value} is not a calendar date.", "date", value="2017-02-30")
    assert str(error) == "date: The date 2017-02-30 is not a calendar date."
    assert str(error.phrase) == "The date 2017-02-30 is not a calendar date."


def test_an_import_refusal_lists_its_problems_after_the_sentence() -> None:
    problems = [phrase("Row {n} is empty.", n=4)]
    error = ImportRejected("Refused: {count} problems.", problems, count=1)
    assert str(error) == "Refused: 1 problems.\n  - Row 4 is empty."
    assert str(error.phrase) == "Refused: 1 problems."


def test_the_extractor_finds_literal_templates_and_skips_built_ones() -> None:
    source = textwrap.dedent(
        """
        from casebook.core.errors import CasebookError
        from casebook.core.phrase import Phrase, phrase

        class LocalError(CasebookError):
            def __init__(self) -> None:
                super().__init__("Initialised in the class.")

        def work(n):
            a = phrase("Made with phrase {n}.", n=n)
            b = Phrase("Made with Phrase.")
            raise LocalError(f"Built at run time {n}.")

        def other(x):
            raise ValueError("Not a casebook error.")

        def third():
            raise CasebookError("Raised with a literal {x}.", x=1)
        """
    )
    found = _script().templates([ast.parse(source)])
    assert found == {
        "Initialised in the class.",
        "Made with phrase {n}.",
        "Made with Phrase.",
        "Raised with a literal {x}.",
    }


def test_the_extractor_writes_a_file_lupdate_reads(tmp_path: Path) -> None:
    out = tmp_path / "core.py"
    assert _script().main(["core-phrases", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert all(line.startswith('QT_TRANSLATE_NOOP("Casebook", ') for line in lines)
    assert any(WrongPassphrase().phrase.template in ast.literal_eval(line[30:-1]) for line in lines)
