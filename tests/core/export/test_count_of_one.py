"""Sentences that count read right when the count is 1 (no "1 paragraphs", no "1 entries").

The core has no plural forms (casebook/core/phrase.py): the sentence for one is a template of
its own, chosen in code, so each catalogue can say "one paragraph" as its language does."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from casebook.core.export import strings as export_strings
from casebook.core.export.citations import citation_problems, token
from casebook.core.export.plan import ExportRequest, plan_export
from casebook.core.export.strings import ExportConfigError, Strings
from casebook.core.models import Testimony
from casebook.core.records.cases import case_by_reference
from casebook.core.records.testimonies import new_version
from casebook.core.resource_paths import resource_path


@pytest.mark.parametrize(
    ("paragraphs", "wording"),
    [
        (["The soldiers came at dawn."], "(1 paragraph); correct the number"),
        (["The soldiers came at dawn.", "They burned the houses."], "(2 paragraphs); correct"),
    ],
)
def test_citation_of_a_missing_paragraph_counts_the_statement_in_good_english(
    case_fixture, paragraphs: list[str], wording: str
):
    with case_fixture.book.session() as s:
        case = case_by_reference(s, case_fixture.reference)
        lao = s.scalars(
            select(Testimony).where(Testimony.case_id == case.id, Testimony.language == "lo")
        ).one()
        new_version(s, lao, paragraphs)
        s.commit()
        plan = plan_export(s, ExportRequest(case_fixture.reference, "all", "gba", "en", "filing"))
        problems = citation_problems(token("passage", lao.lineage_id[:8] + "/99"), plan)
    assert len(problems) == 1
    text = str(problems[0])
    assert "no paragraph 99 in its current version" in text and wording in text, text
    reason = problems[0].fields["reason"]  # "{label}: {reason}"; the reason is the template
    assert ("{count}" in reason.template) is (len(paragraphs) > 1), reason.template


@pytest.fixture
def german_lacking(monkeypatch: pytest.MonkeyPatch):
    """German export texts with the given keys taken out (the English ones as shipped)."""

    def lacking(*keys: str) -> None:
        english = json.loads(resource_path("export", "strings.en.json").read_text("utf-8"))
        german = json.loads(resource_path("export", "strings.de.json").read_text("utf-8"))
        for key in keys:
            del german[key]
        texts = {"strings.en.json": english, "strings.de.json": german}
        monkeypatch.setattr(export_strings, "_load_json", texts.__getitem__)

    return lacking


def test_export_texts_lacking_one_entry_name_it(german_lacking) -> None:
    german_lacking("page_x_of_y")
    with pytest.raises(ExportConfigError) as raised:
        Strings("de")
    assert str(raised.value) == (
        "The de export texts lack the entry 'page_x_of_y'; complete strings.de.json."
    )


def test_export_texts_lacking_two_entries_count_them(german_lacking) -> None:
    english = json.loads(resource_path("export", "strings.en.json").read_text("utf-8"))
    first, second = sorted(english)[:2]
    german_lacking(first, second)
    with pytest.raises(ExportConfigError) as raised:
        Strings("de")
    assert str(raised.value) == (
        f"The de export texts lack 2 entries (for example {first!r}); complete strings.de.json."
    )
