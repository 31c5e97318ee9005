"""Citation ranges widened to whole grapheme clusters (Burmese and Lao syllables)."""

from __future__ import annotations

import unicodedata

import pytest

from casebook.core.text.graphemes import boundaries, clusters, snap_range

BURMESE = "ကျွန်ုပ်တို့သည် ရွာသို့ ရောက်လာပြီး"
LAO = "ພວກເຂົາບອກວ່າ ທຸກຄົນຕ້ອງອອກຈາກບ້ານທັນທີ."


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc")


def test_a_burmese_consonant_keeps_its_medials_vowels_and_tone_marks():
    assert clusters("တို့") == ["တို့"]  # consonant + vowel sign I + vowel sign U + dot below
    assert clusters("ကျွ") == ["ကျွ"]  # consonant + medial ya + medial wa
    assert "".join(clusters(BURMESE)) == BURMESE


def test_the_tall_aa_and_a_stacked_consonant_stay_in_their_syllable():
    """UAX #29 alone would start a cluster at U+102C (tall AA) and after the virama U+1039."""
    assert clusters("ရောက်") == ["ရော", "က်"]
    assert clusters("မင်္ဂလာ") == ["မ", "င်္ဂ", "လာ"]


def test_a_lao_consonant_keeps_its_vowel_sign_and_tone_mark():
    assert "ວ່" in clusters(LAO) and "ຂົ" in clusters(LAO) and "ທີ" in clusters(LAO)


@pytest.mark.parametrize("text", [BURMESE, LAO])
def test_every_range_is_widened_to_whole_clusters_and_never_starts_with_a_mark(text: str):
    marks = set(boundaries(text))
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            s, e = snap_range(text, start, end)
            assert s <= start and e >= end, (start, end)
            assert s in marks and e in marks
            assert not _is_mark(text[s]), (start, end)
            if start in marks and end in marks:
                assert (s, e) == (start, end)  # a range on boundaries stays as it is


def test_a_range_starting_on_an_orphan_vowel_sign_takes_its_consonant():
    start = BURMESE.index("ို့")  # the vowel sign of တို့
    s, e = snap_range(BURMESE, start, start + 3)
    assert BURMESE[s:e] == "တို့"
    start = LAO.index("່")  # the tone mark of ວ່
    assert LAO[slice(*snap_range(LAO, start, start + 1))] == "ວ່"
