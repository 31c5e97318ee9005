"""A saved pattern's label in the coverage matrix reads right for one incident and for more.

The core has no plural forms (casebook/core/phrase.py): one incident is its own template,
so a catalogue can translate "1 incident" as the language says it."""

from __future__ import annotations

import pytest

from casebook.core.analysis.patterns import CitedPattern


def _label(incidents: int):
    return CitedPattern("p1", "Deportations in Maungdaw", (), {"incidents": incidents}).label


@pytest.mark.parametrize(
    ("incidents", "english"),
    [
        (1, "Pattern: Deportations in Maungdaw (1 incident)"),
        (2, "Pattern: Deportations in Maungdaw (2 incidents)"),
        (0, "Pattern: Deportations in Maungdaw (0 incidents)"),
    ],
)
def test_the_label_counts_incidents_in_english(incidents: int, english: str) -> None:
    assert str(_label(incidents)) == english


def test_one_incident_is_a_template_of_its_own() -> None:
    one, two = _label(1), _label(2)
    assert one.template == "Pattern: {title} (1 incident)"
    assert two.template == "Pattern: {title} ({count} incidents)"
    assert dict(one.fields) == {"title": "Deportations in Maungdaw"}
