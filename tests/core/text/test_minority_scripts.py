"""Shan, Karen, Mon and Hanifi Rohingya: detected as their scripts and shaped by the shipped fonts.

Shan, S'gaw and Pwo Karen and Mon are written in the Myanmar script, with letters of the
Myanmar Extended-A and -B blocks for some of them; Hanifi Rohingya is a joining script
written right to left. A font that has the letters but is not used by the shaper would
still print a filing wrongly, so the samples are shaped with HarfBuzz (as the PDF export
does) and checked for missing glyphs, Myanmar reordering and Rohingya joining.
"""

from __future__ import annotations

import pytest
import uharfbuzz as hb

from casebook.core.text.burmese import normalise_burmese
from casebook.core.text.scripts import find_font, is_rtl, script_of, scripts_in
from casebook.core.text.text_input import clean_text

from .udhr_samples import MYANMAR_EXTENDED, UDHR

MYANMAR_SCRIPT = ("shn", "ksw", "pwo", "mnw")


def shaped(script: str, text: str) -> tuple[hb.Font, hb.Buffer]:
    found = find_font(script, truetype_only=True)
    assert found is not None, f"no font for {script}"
    font = hb.Font(hb.Face(hb.Blob.from_file_path(str(found.path))))
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    return font, buffer


@pytest.mark.parametrize("code", MYANMAR_SCRIPT)
def test_shan_karen_and_mon_are_myanmar_script_left_to_right(code: str):
    assert scripts_in(UDHR[code]) == {"Myanmar"}
    assert not is_rtl(UDHR[code])


@pytest.mark.parametrize("code", MYANMAR_SCRIPT)
def test_shan_karen_and_mon_are_never_taken_for_zawgyi(code: str):
    """The Zawgyi detector is trained on Burmese: a Shan, Karen or Mon statement in Unicode
    must pass through intake unchanged, not be "converted" into damaged text."""
    assert not normalise_burmese(UDHR[code]).converted
    assert clean_text(UDHR[code]).text == UDHR[code]


def test_myanmar_extended_a_and_b_letters_are_myanmar():
    assert {script_of(c) for c in MYANMAR_EXTENDED} == {"Myanmar"}


def test_hanifi_rohingya_is_its_own_script_and_right_to_left():
    assert scripts_in(UDHR["rhg-Rohg"]) == {"Hanifi Rohingya"}
    assert is_rtl(UDHR["rhg-Rohg"])
    assert not is_rtl(UDHR["rhg-Latn"])
    assert scripts_in(UDHR["rhg-Latn"]) == {"Latin"}


@pytest.mark.parametrize("code", [*MYANMAR_SCRIPT, "extended"])
def test_the_shipped_myanmar_font_has_every_letter(code: str):
    text = MYANMAR_EXTENDED if code == "extended" else UDHR[code]
    found = find_font("Myanmar", truetype_only=True)
    assert found is not None and found.path.name == "NotoSansMyanmar-Regular.ttf"
    _font, buffer = shaped("Myanmar", text)
    missing = [text[g.cluster] for g in buffer.glyph_infos if g.codepoint == 0]
    assert not missing, f"no glyph for {[hex(ord(c)) for c in missing]}"


def test_shan_vowel_e_is_drawn_before_its_consonant():
    # "ၵေ" (KA, VOWEL SIGN E) from the Shan sample: E is stored after KA, drawn before it.
    assert "ၵေ" in UDHR["shn"]
    font, buffer = shaped("Myanmar", "ၵေ")
    drawn = [g.codepoint for g in buffer.glyph_infos]
    assert drawn == [font.get_nominal_glyph(0x1031), font.get_nominal_glyph(0x1075)]


def test_hanifi_rohingya_is_shaped_right_to_left_and_joined():
    found = find_font("Hanifi Rohingya", truetype_only=True)
    assert found is not None and found.path.name == "NotoSansHanifiRohingya-Regular.ttf"
    word = UDHR["rhg-Rohg"].split()[0]
    font, buffer = shaped("Hanifi Rohingya", word)
    assert buffer.direction == "rtl"
    drawn = [g.codepoint for g in buffer.glyph_infos]
    assert 0 not in drawn
    nominal = [font.get_nominal_glyph(ord(c)) for c in reversed(word)]
    assert len(drawn) == len(nominal) and drawn != nominal, "letters not joined"
    _font, whole = shaped("Hanifi Rohingya", UDHR["rhg-Rohg"])
    assert 0 not in [g.codepoint for g in whole.glyph_infos]
