"""Script detection, text direction, and finding a font that really has the glyphs."""

from __future__ import annotations

import random
import shutil
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from casebook.core.errors import CasebookError, MissingFontError
from casebook.core.text import scripts
from casebook.core.text.scripts import (
    FONT_DIRS_ENV,
    RTL_SCRIPTS,
    SCRIPT_SAMPLES,
    clear_font_cache,
    find_font,
    font_dirs,
    is_rtl,
    require_font,
    scripts_in,
)

NOTO = Path("/usr/share/fonts/truetype/noto")
CJK_SCRIPTS = {"Han", "Hangul", "Kana", "Bopomofo"}


def _noto(name: str) -> Path:
    path = NOTO / name
    if not path.is_file():
        pytest.skip(f"{name} is not installed (Debian: fonts-noto-core)")
    return path


def _covers(path: Path, text: str) -> bool:
    """Independent check with ReportLab's own font reader."""
    char_to_glyph = TTFontFile(str(path), validate=0).charToGlyph
    return all(ord(c) in char_to_glyph for c in text if not c.isspace())


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    clear_font_cache()
    yield
    clear_font_cache()


@pytest.fixture
def font_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that is the only place fonts are searched."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    monkeypatch.setattr(scripts, "_default_font_dirs", lambda: [])
    monkeypatch.setenv(FONT_DIRS_ENV, str(folder))
    return folder


# --- scripts_in and is_rtl --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ສະບາຍດີ", {"Lao"}),
        ("မင်္ဂလာပါ", {"Myanmar"}),
        ("สวัสดี", {"Thai"}),
        ("សួស្តី", {"Khmer"}),
        ("مرحبا", {"Arabic"}),
        ("Здравствуйте", {"Cyrillic"}),
        ("你好", {"Han"}),
        ("こんにちは", {"Kana"}),
        ("カタカナ", {"Kana"}),
        ("안녕하세요", {"Hangul"}),
        ("Ngày 3 tháng 3", {"Latin"}),  # Vietnamese: Latin with combining marks
        ("Witness ສະບາຍດີ, 12 March", {"Latin", "Lao"}),
        ("໑໒໓ ၁၂၃ ١٢٣", {"Lao", "Myanmar", "Arabic"}),  # script digits need the font
        ("👍🏽 🇲🇲 ❤️ 123 !?…—«» () ₭ ‰", set()),  # emoji, ASCII digits, punctuation
        ("", set()),
    ],
)
def test_scripts_in(text: str, expected: set[str]) -> None:
    assert scripts_in(text) == expected


@pytest.mark.parametrize("script", sorted(SCRIPT_SAMPLES))
def test_each_sample_is_in_its_own_script(script: str) -> None:
    assert scripts_in(SCRIPT_SAMPLES[script]) == {script}


def test_ranges_are_ordered_and_disjoint_and_every_script_has_a_sample() -> None:
    previous_end = -1
    for start, end, script in scripts._RANGES:
        assert previous_end < start <= end, hex(start)
        assert script in SCRIPT_SAMPLES
        previous_end = end
    assert {script for _s, _e, script in scripts._RANGES} == set(SCRIPT_SAMPLES)
    assert set(SCRIPT_SAMPLES) >= RTL_SCRIPTS
    assert set(SCRIPT_SAMPLES) >= set(scripts._FAMILIES)


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("مرحبا", True),
        ("שלום", True),
        ("123 — مرحبا", True),  # digits and punctuation are neutral
        ("ICC مرحبا", False),  # the first strong letter decides
        ("ສະບາຍດີ", False),
        ("Hello", False),
        ("", False),
        ("123", False),
    ],
)
def test_is_rtl(text: str, rtl: bool) -> None:
    assert is_rtl(text) is rtl


def test_rtl_scripts_samples_are_rtl() -> None:
    for script in RTL_SCRIPTS:
        assert is_rtl(SCRIPT_SAMPLES[script]), script


# --- find_font on this system -----------------------------------------------------------


@pytest.mark.parametrize(
    ("script", "file_name"),
    [
        ("Lao", "NotoSansLao-Regular.ttf"),
        ("Myanmar", "NotoSansMyanmar-Regular.ttf"),
        ("Thai", "NotoSansThai-Regular.ttf"),
        ("Khmer", "NotoSansKhmer-Regular.ttf"),
        ("Arabic", "NotoNaskhArabic-Regular.ttf"),
        ("Hebrew", "NotoSansHebrew-Regular.ttf"),
        ("Latin", "NotoSans-Regular.ttf"),
        ("Cyrillic", "NotoSans-Regular.ttf"),
        ("Greek", "NotoSans-Regular.ttf"),
        ("Tibetan", "NotoSerifTibetan-Regular.ttf"),
        ("Hanifi Rohingya", "NotoSansHanifiRohingya-Regular.ttf"),  # beyond U+FFFF
    ],
)
def test_noto_is_found_first(script: str, file_name: str) -> None:
    _noto(file_name)
    font = find_font(script)
    assert font is not None
    assert font.path.name == file_name
    assert (font.script, font.style, font.subfont_index) == (script, "regular", 0)
    assert font.truetype_outlines
    assert _covers(font.path, SCRIPT_SAMPLES[script])


@pytest.mark.parametrize("script", sorted(set(SCRIPT_SAMPLES) - CJK_SCRIPTS))
def test_every_script_has_a_font_when_noto_core_is_installed(script: str) -> None:
    _noto("NotoSansLao-Regular.ttf")
    font = find_font(script)
    assert font is not None, script
    assert _covers(font.path, SCRIPT_SAMPLES[script])


@pytest.mark.parametrize("script", sorted(CJK_SCRIPTS))
def test_cjk_font_when_installed(script: str) -> None:
    installed = [
        p
        for folder in font_dirs()
        for pattern in ("*CJK*", "*wqy*", "*SourceHan*", "*Nanum*", "*ipag*")
        for p in folder.rglob(pattern)
    ]
    if not installed:
        pytest.skip("no CJK font is installed (Debian: fonts-noto-cjk)")
    font = find_font(script)
    assert font is not None
    facts = scripts._facts_for(font.path)
    assert facts is not None
    assert facts.covers(ord(c) for c in SCRIPT_SAMPLES[script] if not c.isspace())


@pytest.mark.parametrize(
    ("script", "style", "file_name", "got"),
    [
        ("Lao", "bold", "NotoSansLao-Bold.ttf", "bold"),
        ("Lao", "italic", "NotoSansLao-Regular.ttf", "regular"),  # Lao has no italic
        ("Lao", "bold-italic", "NotoSansLao-Bold.ttf", "bold"),
        # resources/fonts ships no italics (the export uses none): the shipped family's
        # upright style is used, never a system italic that another computer may lack.
        ("Latin", "italic", "NotoSans-Regular.ttf", "regular"),
        ("Latin", "bold-italic", "NotoSans-Bold.ttf", "bold"),
        ("Arabic", "bold", "NotoNaskhArabic-Bold.ttf", "bold"),
    ],
)
def test_styles(script: str, style: str, file_name: str, got: str) -> None:
    _noto(file_name)
    font = find_font(script, style)
    assert font is not None
    assert (font.path.name, font.style) == (file_name, got)


def test_unknown_script_or_style_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="Klingon"):
        find_font("Klingon")
    with pytest.raises(ValueError, match="heavy"):
        find_font("Lao", "heavy")


# --- find_font in a controlled folder ---------------------------------------------------


def test_no_font_gives_none_and_a_helpful_error(font_dir: Path) -> None:
    assert font_dirs() == [font_dir]
    assert find_font("Lao") is None
    with pytest.raises(MissingFontError) as caught:
        require_font("Lao")
    assert isinstance(caught.value, CasebookError)
    assert caught.value.script == "Lao"
    assert str(caught.value) == (
        "No font for Lao script was found. Install the Noto Sans Lao font (Debian: "
        "fonts-noto-core) or put a font file in a folder named in CASEBOOK_FONT_DIRS."
    )
    with pytest.raises(MissingFontError, match=r"Noto Sans CJK font \(Debian: fonts-noto-cjk\)"):
        require_font("Han")


def test_font_in_casebook_font_dirs_is_found_by_its_glyphs(
    font_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = _noto("NotoSansLao-Regular.ttf")
    nested = font_dir / "deeper"
    nested.mkdir()
    shutil.copy(source, nested / "SomeLaoFont.TTF")  # an unknown name, upper-case suffix
    monkeypatch.setenv(FONT_DIRS_ENV, f"{tmp_path / 'missing'}{scripts.os.pathsep}{font_dir}")
    font = require_font("Lao")
    assert font.path == nested / "SomeLaoFont.TTF"
    assert find_font("Myanmar") is None


def test_a_font_named_right_without_the_glyphs_is_not_used(font_dir: Path) -> None:
    shutil.copy(_noto("NotoSans-Regular.ttf"), font_dir / "NotoSansLao-Regular.ttf")
    assert find_font("Lao") is None
    assert find_font("Latin") is not None


def test_zawgyi_fonts_are_never_used_for_burmese(font_dir: Path) -> None:
    shutil.copy(_noto("NotoSansMyanmar-Regular.ttf"), font_dir / "Zawgyi-One.ttf")
    assert find_font("Myanmar") is None


def test_other_weights_are_used_only_when_nothing_else_covers(font_dir: Path) -> None:
    source = _noto("NotoSansLao-Regular.ttf")
    shutil.copy(source, font_dir / "NotoSansLao-Light.ttf")
    font = find_font("Lao")
    assert font is not None
    assert font.path.name == "NotoSansLao-Light.ttf"
    shutil.copy(source, font_dir / "AnotherLao-Regular.ttf")
    clear_font_cache()
    font = find_font("Lao")
    assert font is not None
    assert font.path.name == "AnotherLao-Regular.ttf"


def test_family_whose_files_are_not_named_family_style(font_dir: Path) -> None:
    # Windows names Lao UI's files LaoUI.ttf and LaoUIb.ttf; the style comes from the font.
    shutil.copy(_noto("NotoSansLao-Regular.ttf"), font_dir / "LaoUI.ttf")
    shutil.copy(_noto("NotoSansLao-Bold.ttf"), font_dir / "LaoUIb.ttf")
    bold = find_font("Lao", "bold")
    regular = find_font("Lao")
    assert bold is not None
    assert regular is not None
    assert (bold.path.name, bold.style) == ("LaoUIb.ttf", "bold")
    assert (regular.path.name, regular.style) == ("LaoUI.ttf", "regular")


def test_answers_are_cached_until_cleared(font_dir: Path) -> None:
    assert find_font("Lao") is None
    shutil.copy(_noto("NotoSansLao-Regular.ttf"), font_dir / "NotoSansLao-Regular.ttf")
    assert find_font("Lao") is None
    clear_font_cache()
    assert find_font("Lao") is not None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: b"\x00\x01\x00\x00" + b"\xff" * 60,
        lambda data: data[:200],
        lambda data: data[:12] + b"\xff" * (len(data) - 12),
        lambda data: b"ttcf\x00\x01\x00\x00\x00\x00\x00\x01\xff\xff\xff\xff",
    ],
)
def test_damaged_font_files_are_skipped(font_dir: Path, damage: Callable[[bytes], bytes]) -> None:
    data = _noto("NotoSansLao-Regular.ttf").read_bytes()
    (font_dir / "NotoSansLao-Regular.ttf").write_bytes(damage(data))
    assert find_font("Lao") is None


def _as_collection(data: bytes) -> bytes:
    """Wrap one TrueType font in a one-font collection (.ttc), moving its tables."""
    shift = 16
    (count,) = struct.unpack_from(">H", data, 4)
    font = bytearray(data)
    for i in range(count):
        entry = 12 + 16 * i
        (offset,) = struct.unpack_from(">I", font, entry + 8)
        struct.pack_into(">I", font, entry + 8, offset + shift)
    return b"ttcf\x00\x01\x00\x00" + struct.pack(">II", 1, shift) + bytes(font)


def test_font_collections_are_read(font_dir: Path) -> None:
    data = _noto("NotoSansKhmer-Regular.ttf").read_bytes()
    (font_dir / "KhmerCollection.ttc").write_bytes(_as_collection(data))
    font = find_font("Khmer")
    assert font is not None
    assert (font.path.name, font.subfont_index) == ("KhmerCollection.ttc", 0)


def test_cff_outlines_are_reported(font_dir: Path) -> None:
    data = bytearray(_noto("NotoSansThai-Regular.ttf").read_bytes())
    (count,) = struct.unpack_from(">H", data, 4)
    tags = [bytes(data[12 + 16 * i : 16 + 16 * i]) for i in range(count)]
    where = 12 + 16 * tags.index(b"glyf")
    data[where : where + 4] = b"CFF "  # what an OpenType-CFF font has instead of 'glyf'
    (font_dir / "NotoSansThai-Regular.otf").write_bytes(bytes(data))
    font = find_font("Thai")
    assert font is not None
    assert not font.truetype_outlines


@pytest.mark.parametrize(
    "file_name",
    [
        "NotoSans-Regular.ttf",  # cmap format 4
        "NotoSansMyanmar-Regular.ttf",
        "NotoNaskhArabic-Bold.ttf",
        "NotoSansHanifiRohingya-Regular.ttf",  # format 12 (supplementary plane)
        "NotoSansAdlam-Regular.ttf",
    ],
)
def test_character_map_reader_agrees_with_reportlab(file_name: str) -> None:
    path = _noto(file_name)
    expected = TTFontFile(str(path), validate=0).charToGlyph
    facts = scripts._facts_for(path)
    assert facts is not None
    rng = random.Random(file_name)
    probes = [*expected, *(rng.randrange(0x30000) for _ in range(3000))]
    for cp in probes:
        if cp in (0x20, 0xA0):
            continue  # ReportLab maps the no-break space and space onto each other
        assert facts.glyph(cp) == expected.get(cp, 0), hex(cp)
