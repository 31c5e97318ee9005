"""Names found the way people write them, and only them: forms, scripts, guards, findings."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.core.text.names import (
    NameMatch,
    NameMatcher,
    fold,
    review_names,
    split_other_names,
)

AUNG_MIN = NameMatcher([("W-001", ["Aung Min"])])


def protect(names: list[str], text: str, pseudonym: str = "W-001") -> str:
    return NameMatcher([(pseudonym, names)]).protect(text)


# -- the forms a name is written in ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aung Min said so", "W-001 said so"),
        ("Min Aung said so", "W-001 said so"),
        ("aung min", "W-001"),
        ("MIN-AUNG", "W-001"),
        ("aung.min", "W-001"),
        ("Aung_Min", "W-001"),
        ("Aung - Min", "W-001"),
        ("Min_-_Aung", "W-001"),
        ("Min, Aung", "W-001"),
        ("AungMin", "W-001"),
        ("aungmin", "W-001"),
        ("photoOfAungMin.jpg", "photoOf_W-001.jpg"),
        ("AungMin2019.jpg", "W-001_2019.jpg"),
        ("Aung\u200bMin", "W-001"),  # a zero-width space between the parts
        ("Aung\u00a0Min", "W-001"),  # a no-break space
        ("Aung Min's house", "W-001's house"),
        ("(Aung Min)", "(W-001)"),
    ],
)
def test_the_parts_in_any_order_with_any_separator_and_case(text: str, expected: str) -> None:
    assert AUNG_MIN.protect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aung_Min_scars.jpg", "W-001_scars.jpg"),
        ("min.aung.png", "W-001.png"),
        ("MIN-AUNG.PDF", "W-001.PDF"),
        ("2019-08-28 Aung Min interview.wav", "2019-08-28 W-001 interview.wav"),
        ("scars_of_min_aung.tar.gz", "scars_of_W-001.tar.gz"),
    ],
)
def test_file_names_keep_their_extension(text: str, expected: str) -> None:
    assert AUNG_MIN.protect(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\uff21\uff55\uff4e\uff47 \uff2d\uff49\uff4e",  # full-width letters
        "\U0001d400\U0001d42e\U0001d427\U0001d420 \U0001d40c\U0001d422\U0001d427",  # math bold
        unicodedata.normalize("NFD", "Aung Min"),
    ],
)
def test_compatibility_and_width_forms_are_the_same_name(text: str) -> None:
    assert AUNG_MIN.protect(text) == "W-001"


def test_composed_decomposed_and_ligature_forms_agree() -> None:
    names = ["Zoë Fiškin"]
    assert protect(names, unicodedata.normalize("NFD", "zoë fiškin")) == "W-001"
    assert protect(names, "ZOE FISKIN") == "W-001"  # Latin diacritics dropped
    assert protect(names, "Zoë \ufb01škin") == "W-001"  # the "fi" ligature


def test_other_names_and_aliases_are_each_a_name() -> None:
    names = ["Aung Min", *split_other_names("Ko Lay; Thunder,\nMaung Maung Lay")]
    matcher = NameMatcher([("W-001", names)])
    assert matcher.protect("Ko Lay and Thunder and Lay Maung Maung") == "W-001 and W-001 and W-001"


# -- what must never match --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "U said so; Ma went home; Daw Ko",  # honorifics alone
        "Min went home",  # one part of a two-part name
        "Aung went home",
        "Saungmin",  # letters glued on
        "Aung Minh",
        "Aung Mint",
        "xaung min",
        "aung mins",
        "Aung. Min went home",  # a sentence end does not join two words into a name
        "Aung  \n\n\n  Min",  # too far apart
    ],
)
def test_no_false_positives(text: str) -> None:
    assert AUNG_MIN.protect(text) == text
    assert AUNG_MIN.find(text) == []


def test_a_single_part_is_reported_not_replaced() -> None:
    mentions = AUNG_MIN.possible_mentions("Aung went home; Aung Min stayed")
    assert mentions == [NameMatch(0, 4, "W-001", "part")]  # the whole name is not counted


def test_a_one_part_name_matches_alone_when_long_enough() -> None:
    matcher = NameMatcher([("W-002", ["Thandar"])])
    assert matcher.protect("Thandar_face.jpg") == "W-002_face.jpg"
    assert matcher.protect("Thandarwin") == "Thandarwin"
    assert matcher.problems == []


def test_a_short_one_part_name_matches_only_after_an_honorific_and_says_so() -> None:
    matcher = NameMatcher([("W-003", ["U Ba"])])
    assert matcher.protect("U Ba came; Ba left; Baba") == "W-003 came; Ba left; Baba"
    assert matcher.protect("Daw Ba") == "W-003"
    assert matcher.protect("Bau was built") == "Bau was built"  # "U Ba" is not reordered
    assert [p.replacement for p in matcher.problems] == ["W-003"]
    assert "honorific" in str(matcher.problems[0].reason)


def test_a_person_without_a_name_is_a_problem_not_a_crash() -> None:
    matcher = NameMatcher([("W-004", []), ("W-005", ["", "  "])])
    assert matcher.protect("anything at all") == "anything at all"
    assert [p.replacement for p in matcher.problems] == ["W-004", "W-005"]
    assert not matcher


def test_the_longest_name_wins_where_two_overlap() -> None:
    matcher = NameMatcher([("W-001", ["Min Khaing Zaw"]), ("W-002", ["U Min"])])
    assert matcher.protect("Min Khaing Zaw met U Min") == "W-001 met W-002"


# -- Burmese ----------------------------------------------------------------------------------

AUNG_MIN_MY = "\u1021\u1031\u102c\u1004\u103a\u1019\u1004\u103a\u1038"  # အောင်မင်း
U_MY = "\u1026\u1038"  # ဦး
KHIN_HLA_MY = "\u1001\u1004\u103a\u101c\u103e"  # ခင်လှ
DAW_MY = "\u1012\u1031\u102b\u103a"  # ဒေါ်
SAID_MY = " \u1015\u103c\u1031\u102c\u101e\u100a\u103a"  # " ပြောသည်"
AUNG_MIN_ZAWGYI = "\u1031\u1021\u102c\u1004\u1039\u1019\u1004\u1039\u1038"  # ေအာင္မင္း
U_AUNG_MIN_ZAWGYI = U_MY + AUNG_MIN_ZAWGYI


@pytest.mark.parametrize("stored", ["U Aung Min", "Aung Min", "Maung Aung Min"])
@pytest.mark.parametrize(
    "text",
    ["U Aung Min", "Aung Min", "u_aung_min.jpg", "Maung Aung Min", "Ko Aung Min", "UAungMin"],
)
def test_latin_burmese_names_with_or_without_honorific(stored: str, text: str) -> None:
    out = protect([stored], f"{text} said")
    assert fold("aung") not in fold(out) and "W-001" in out
    assert not out.lower().startswith(("u ", "maung", "ko ")), out  # the honorific goes too


@pytest.mark.parametrize("stored", [U_MY + AUNG_MIN_MY, AUNG_MIN_MY, f"{U_MY} {AUNG_MIN_MY}"])
@pytest.mark.parametrize(
    "text",
    [
        U_MY + AUNG_MIN_MY,
        AUNG_MIN_MY,
        f"{U_MY} {AUNG_MIN_MY}",
        "\u1021\u1031\u102c\u1004\u103a \u1019\u1004\u103a\u1038",  # a space between syllables
        "\u1021\u1031\u102c\u1004\u103a\u200b\u1019\u1004\u103a\u1038",  # a zero-width space
    ],
)
def test_burmese_script_with_or_without_honorific(stored: str, text: str) -> None:
    assert protect([stored], text + SAID_MY) == "W-001" + SAID_MY


def test_burmese_honorific_daw_and_ma_are_one_person() -> None:
    matcher = NameMatcher([("W-002", [DAW_MY + KHIN_HLA_MY])])
    ma = "\u1019"  # မ
    assert matcher.protect(ma + KHIN_HLA_MY + SAID_MY) == "W-002" + SAID_MY
    assert matcher.protect(KHIN_HLA_MY) == "W-002"


def test_burmese_name_is_not_found_inside_a_longer_syllable() -> None:
    matcher = NameMatcher([("W-002", [KHIN_HLA_MY])])
    hlaing = KHIN_HLA_MY + "\u102d\u102f\u1004\u103a"  # ခင်လှိုင် (Khin Hlaing), another name
    assert matcher.protect(hlaing) == hlaing
    lone_ma = "\u1019\u1004\u103a\u1038"  # မင်း: "Ma" is not an honorific inside a syllable
    assert NameMatcher([("W-009", [lone_ma + "\u1000\u103b\u1031\u102c\u103a"])]).problems == []


def test_a_zawgyi_spelling_of_a_unicode_name_is_caught() -> None:
    matcher = NameMatcher([("W-001", [AUNG_MIN_MY])])
    found = matcher.find(U_AUNG_MIN_ZAWGYI + " \u1031\u103b\u1015\u102c\u101e\u100a\u1039")
    assert len(found) == 1 and found[0].zawgyi and found[0].start == 0
    assert matcher.protect(AUNG_MIN_ZAWGYI).startswith("W-001")
    # Unicode text is not read as Zawgyi where the name was found as written.
    assert matcher.protect(U_MY + AUNG_MIN_MY + "\u1000" + SAID_MY) == "W-001\u1000" + SAID_MY


def test_a_name_stored_in_zawgyi_finds_its_unicode_spelling() -> None:
    matcher = NameMatcher([("W-001", [U_AUNG_MIN_ZAWGYI])])
    assert matcher.protect(AUNG_MIN_MY + SAID_MY) == "W-001" + SAID_MY


# -- Thai and Lao -----------------------------------------------------------------------------

SOMCHAI_TH = "\u0e2a\u0e21\u0e0a\u0e32\u0e22"  # สมชาย
WONGSAWAT_TH = "\u0e27\u0e07\u0e28\u0e4c\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e34\u0e4c"  # วงศ์สวัสดิ์
NAI_TH = "\u0e19\u0e32\u0e22"  # นาย
SOMCHAI_LO = "\u0eaa\u0ebb\u0ea1\u0e8a\u0eb2\u0e8d"  # ສົມຊາຍ
VONGSAVATH_LO = "\u0ea7\u0ebb\u0e87\u0eaa\u0eb0\u0eab\u0ea7\u0eb1\u0e94"  # ວົງສະຫວັດ
THAO_LO = "\u0e97\u0ec9\u0eb2\u0ea7"  # ທ້າວ


@pytest.mark.parametrize(
    ("given", "family", "title"),
    [(SOMCHAI_TH, WONGSAWAT_TH, NAI_TH), (SOMCHAI_LO, VONGSAVATH_LO, THAO_LO)],
)
def test_thai_and_lao_names_in_both_orders_with_or_without_space_and_title(
    given: str, family: str, title: str
) -> None:
    matcher = NameMatcher([("W-001", [f"{given} {family}"])])
    for text in (
        f"{given} {family}",
        f"{family} {given}",
        given + family,
        family + given,
        f"{title}{given} {family}",
        f"{title} {family}{given}",
    ):
        assert matcher.protect(text) == "W-001", text
    assert matcher.protect(given) == given  # the given name alone: not replaced
    # A leading vowel before the name belongs to the syllable the name would start.
    assert matcher.protect("\u0e40" + given + family) == "\u0e40" + given + family


def test_latin_transcriptions_of_lao_names_in_both_orders() -> None:
    matcher = NameMatcher([("W-001", ["Somchai Vongsavath"])])
    assert matcher.protect("VONGSAVATH Somchai") == "W-001"
    assert matcher.protect("somchai.vongsavath_2017.jpg") == "W-001_2017.jpg"


# -- findings for the plan --------------------------------------------------------------------


def test_matches_and_findings_never_hold_the_name() -> None:
    text = "Photo of Aung Min; Aung again"
    assert "Aung" not in repr(AUNG_MIN.find(text)) + repr(AUNG_MIN.possible_mentions(text))
    findings = review_names(
        NameMatcher([("W-001", ["Aung Min"]), ("W-002", [])]),
        [("exhibit 1 title", text), ("exhibit 1 description", "nothing")],
        [("exhibit 1 file, embedded metadata (author)", "MIN AUNG")],
    )
    assert "Aung" not in repr(findings) and "AUNG" not in repr(findings)
    assert [(f.where, f.replacement, f.action) for f in findings] == [
        ("", "W-002", "unfindable"),
        ("exhibit 1 title", "W-001", "replaced"),
        ("exhibit 1 title", "W-001", "check"),
        ("exhibit 1 file, embedded metadata (author)", "W-001", "unchangeable"),
    ]


# -- property: any order, separator and case of a generated name ------------------------------

_PART = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)
_SEPARATORS = st.sampled_from([" ", "_", ".", "-", "", "  ", "_-", ", "])
_CASES = st.sampled_from(["lower", "upper", "title", "as_is", "full_width"])


def _cased(part: str, how: str) -> str:
    if how == "upper":
        return part.upper()
    if how == "title":
        return part.title()
    if how == "full_width":
        return "".join(chr(ord(c) - 0x61 + 0xFF41) for c in part)  # NFKC folds these back
    return part


@settings(derandomize=True, deadline=None, max_examples=300)
@given(
    parts=st.lists(_PART, min_size=2, max_size=3, unique=True),
    order=st.randoms(use_true_random=False),
    separator=_SEPARATORS,
    cases=st.lists(_CASES, min_size=3, max_size=3),
    honorific=st.sampled_from(["", "U ", "Daw ", "ma_", "Ko."]),
    before=st.sampled_from(["", "Photo of ", "2019-08-28_", "(", "Interview with "]),
    after=st.sampled_from(["", "_scars.jpg", ".pdf", " said so.", ")", "'s house"]),
)
def test_a_generated_name_never_survives_in_any_form(
    parts, order, separator, cases, honorific, before, after
) -> None:
    stored = " ".join(parts)
    shuffled = list(parts)
    order.shuffle(shuffled)
    written = separator.join(_cased(p, c) for p, c in zip(shuffled, cases, strict=False))
    text = f"{before}{honorific}{written}{after}"
    out = NameMatcher([("W-042", [stored])]).protect(text)
    assert "W-042" in out
    assert fold(written) not in fold(out)
    assert fold("".join(shuffled)) not in fold(out).replace(" ", "")
    assert out.endswith(after) and out.startswith(before)


# Burmese syllables with their Zawgyi spelling (checked against the converter below).
_SYLLABLES = [
    ("\u1021\u1031\u102c\u1004\u103a", "\u1031\u1021\u102c\u1004\u1039"),  # အောင်
    ("\u1019\u1004\u103a\u1038", "\u1019\u1004\u1039\u1038"),  # မင်း
    ("\u1000\u103b\u1031\u102c\u103a", "\u1031\u1000\u103a\u102c\u1039"),  # ကျော်
    ("\u1001\u1004\u103a", "\u1001\u1004\u1039"),  # ခင်
    ("\u101c\u103e", "\u101c\u103d"),  # လှ
    ("\u1011\u103d\u1014\u103a\u1038", "\u1011\u103c\u1014\u1039\u1038"),  # ထွန်း
    ("\u101e\u102d\u1014\u103a\u1038", "\u101e\u102d\u1014\u1039\u1038"),  # သိန်း
]
_SAID_UNICODE = " \u1015\u103c\u1031\u102c\u101e\u100a\u103a"  # " ပြောသည်"
_SAID_ZAWGYI = " \u1031\u103b\u1015\u102c\u101e\u100a\u1039"


def test_the_zawgyi_syllables_are_what_the_converter_says() -> None:
    from casebook.core.text.burmese import zawgyi_to_unicode

    assert all(zawgyi_to_unicode(z) == u for u, z in _SYLLABLES)
    assert zawgyi_to_unicode(_SAID_ZAWGYI) == _SAID_UNICODE


@settings(derandomize=True, deadline=None, max_examples=200)
@given(
    picks=st.lists(st.integers(0, len(_SYLLABLES) - 1), min_size=2, max_size=3, unique=True),
    stored_honorific=st.sampled_from(["", U_MY, U_MY + " ", "U "]),
    written_honorific=st.sampled_from(["", U_MY, "\u1000\u102d\u102f"]),  # none, ဦး, ကို
    joiner=st.sampled_from(["", " ", "\u200b"]),
    zawgyi=st.booleans(),
    said=st.booleans(),
)
def test_a_generated_burmese_name_never_survives(
    picks, stored_honorific, written_honorific, joiner, zawgyi, said
) -> None:
    unicode_name = "".join(_SYLLABLES[i][0] for i in picks)
    written = joiner.join(_SYLLABLES[i][1 if zawgyi else 0] for i in picks)
    after = (_SAID_ZAWGYI if zawgyi else _SAID_UNICODE) if said else ""
    text = f"{written_honorific}{written}{after}"
    out = NameMatcher([("W-042", [stored_honorific + unicode_name])]).protect(text)
    assert out == "W-042" + after


# Given name, family name.
_THAI = [("สมชาย", "วงศ์สวัสดิ์"), ("ประยุทธ", "จันทร์แก้ว")]
_LAO = [("ສົມຊາຍ", "ວົງສະຫວັດ"), ("ບຸນມີ", "ພົມມະວົງ")]
_GOT_TH, _GOT_LO = "ได้", "ໄດ້"


@settings(derandomize=True, deadline=None, max_examples=200)
@given(
    script=st.sampled_from(
        [(_THAI, NAI_TH, "\u0e44\u0e14\u0e49"), (_LAO, THAO_LO, "\u0ec4\u0e94\u0ec9")]
    ),
    which=st.integers(0, 1),
    family_first=st.booleans(),
    joiner=st.sampled_from(["", " ", "  "]),
    title=st.booleans(),
    after=st.sampled_from(["", " ", "glued", " spaced"]),
)
def test_a_generated_thai_or_lao_name_never_survives(
    script, which, family_first, joiner, title, after
) -> None:
    names, title_word, word = script
    given_name, family = names[which]
    parts = [family, given_name] if family_first else [given_name, family]
    tail = {"glued": word, " spaced": " " + word}.get(after, after)
    text = (title_word if title else "") + joiner.join(parts) + tail
    out = NameMatcher([("W-042", [f"{given_name} {family}"])]).protect(text)
    assert out == "W-042" + tail
