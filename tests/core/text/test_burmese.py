"""Zawgyi detection and conversion, checked on real Zawgyi/Unicode pairs."""

from __future__ import annotations

import pytest

from casebook.core.text.burmese import (
    ZAWGYI_THRESHOLD,
    BurmeseResult,
    detect_zawgyi,
    has_myanmar,
    normalise_burmese,
    zawgyi_to_unicode,
)

# Sentence pairs from the Rabbit converter's sample set (ref/sample.json): Zawgyi, Unicode.
SENTENCES = [
    (
        "သီဟိုဠ္မွ ဉာဏ္ႀကီးရွင္သည္ အာယုဝဍ္ဎနေဆးၫႊန္းစာကို ဇလြန္ေဈးေဘးဗာဒံပင္ထက္ အဓိ႒ာန္လ်က္ ဂဃနဏဖတ္ခဲ့သည္။",
        "သီဟိုဠ်မှ ဉာဏ်ကြီးရှင်သည် အာယုဝဍ်ဎနဆေးညွှန်းစာကို ဇလွန်ဈေးဘေးဗာဒံပင်ထက် အဓိဋ္ဌာန်လျက် ဂဃနဏဖတ်ခဲ့သည်။",
    ),
    (
        "ေယဓမၼာ ေဟတုပၸဘဝါ ေတသံ ေဟတုံ တထာဂေတာ အာဟ ေတသၪၥ ေယာနိေရာေဓါ ဧဝံ ဝါဒီ မဟာသမေဏာ။",
        "ယေဓမ္မာ ဟေတုပ္ပဘဝါ တေသံ ဟေတုံ တထာဂတော အာဟ တေသဉ္စ ယောနိရောဓေါ ဧဝံ ဝါဒီ မဟာသမဏော။",
    ),
    ("ျမန္မာလိုေျပာမယ္လကြာ", "မြန်မာလိုပြောမယ်လကွာ"),
    ("ေဘာလုံးကန္တာမွ ေကာင္းဦးမယ္", "ဘောလုံးကန်တာမှ ကောင်းဦးမယ်"),
]

# Short pairs that the detector cannot judge alone (both are below the threshold as
# Zawgyi), also from the Rabbit sample set; they exercise kinzi and mixed Latin text.
SHORT = [
    ("မဂၤလာပါ", "မင်္ဂလာပါ"),
    ("Rabbit ကြန္ဗက္တာကို သိလား", "Rabbit ကွန်ဗက်တာကို သိလား"),
]

# Words a documenter meets, built from the known Zawgyi correspondences: medial RA and
# YA, vowel sign E typed first, the stacked forms, the dot below, the ၎ ligature.
WORDS = [
    ("ေက်ာင္း", "ကျောင်း"),  # school
    ("ၿမိဳ႕", "မြို့"),  # town
    ("ျပည္", "ပြည်"),  # country
    ("စစ္တပ္", "စစ်တပ်"),  # army
    ("အမ်ိဳးသမီး", "အမျိုးသမီး"),  # woman
    ("ေရွ႕", "ရှေ့"),  # front
    ("ႏွင့္", "နှင့်"),  # and
    ("ေျမ", "မြေ"),  # land
    ("၎", "၎င်း"),  # the said (one Zawgyi code point, four in Unicode)
]

# Converts correctly, but the Unicode result is itself ambiguous to the detector (about
# 0.9 as Zawgyi): the reason doubtful lines only follow the verdict on the whole text.
VILLAGE = ("႐ြာ", "ရွာ")


@pytest.mark.parametrize(("zawgyi", "unicode"), [*SENTENCES, *SHORT, *WORDS, VILLAGE])
def test_conversion_matches_the_known_unicode(zawgyi: str, unicode: str) -> None:
    assert zawgyi_to_unicode(zawgyi) == unicode


@pytest.mark.parametrize(("zawgyi", "unicode"), SENTENCES + SHORT + WORDS)
def test_detector_reads_the_converted_text_as_unicode(zawgyi: str, unicode: str) -> None:
    assert detect_zawgyi(zawgyi_to_unicode(zawgyi)) < 0.05


@pytest.mark.parametrize(("zawgyi", "unicode"), SENTENCES + WORDS)
def test_normalise_converts_confident_zawgyi(zawgyi: str, unicode: str) -> None:
    result = normalise_burmese(zawgyi)
    assert result == BurmeseResult(
        text=unicode, converted=True, original=zawgyi, probability=result.probability
    )
    assert result.probability >= ZAWGYI_THRESHOLD


@pytest.mark.parametrize(("zawgyi", "unicode"), SENTENCES + SHORT + WORDS)
def test_unicode_burmese_passes_through_unchanged(zawgyi: str, unicode: str) -> None:
    result = normalise_burmese(unicode)
    assert result.text is unicode
    assert not result.converted
    assert result.original is None


@pytest.mark.parametrize(("zawgyi", "unicode"), SHORT)
def test_short_ambiguous_text_alone_is_left_as_it_is(zawgyi: str, unicode: str) -> None:
    # Converting text that is really Unicode would damage it, so doubt means no change.
    assert 0.05 < detect_zawgyi(zawgyi) < ZAWGYI_THRESHOLD
    result = normalise_burmese(zawgyi)
    assert result.text == zawgyi
    assert not result.converted


def test_short_ambiguous_line_follows_a_zawgyi_document() -> None:
    zawgyi = "\n".join([SHORT[0][0], SENTENCES[0][0], SHORT[1][0]])
    unicode = "\n".join([SHORT[0][1], SENTENCES[0][1], SHORT[1][1]])
    result = normalise_burmese(zawgyi)
    assert result.text == unicode
    assert result.converted


def test_mixed_document_converts_only_the_zawgyi_lines() -> None:
    unicode_line = "ရွာကို စစ်တပ်က မီးရှို့ခဲ့သည်။"
    text = f"{unicode_line}\r\nေက်ာင္းကို စစ္တပ္က မီး႐ႈိ႕ခဲ့သည္။\nEnglish line\n"
    result = normalise_burmese(text)
    assert result.converted
    assert result.original == text
    assert result.text == (f"{unicode_line}\r\nကျောင်းကို စစ်တပ်က မီးရှို့ခဲ့သည်။\nEnglish line\n")


@pytest.mark.parametrize(
    "text",
    [
        "ສະບາຍດີ ຂ້ອຍມາຈາກບ້ານ",  # Lao
        "สวัสดีครับ ผมมาจากหมู่บ้าน",  # Thai
        "សួស្តី",  # Khmer
        "The witness arrived on 3 March 2021.",
        "مرحبا",
        "",
        "1234 \t\n",
    ],
)
def test_text_without_burmese_is_returned_untouched(text: str) -> None:
    assert not has_myanmar(text)
    assert detect_zawgyi(text) == 0.0
    result = normalise_burmese(text)
    assert result == BurmeseResult(text=text, converted=False, original=None, probability=0.0)
    assert result.text is text


def test_detect_zawgyi_is_a_probability() -> None:
    zawgyi, unicode = SENTENCES[1]
    assert detect_zawgyi(zawgyi) > 0.99
    assert detect_zawgyi(unicode) < 0.01
    assert 0.0 <= detect_zawgyi("၁၂၃") <= 1.0


def test_threshold_can_be_raised_to_refuse_conversion() -> None:
    zawgyi = "၎"  # one Zawgyi code point; the detector gives about 0.993
    assert normalise_burmese(zawgyi).converted
    assert not normalise_burmese(zawgyi, threshold=0.999).converted
