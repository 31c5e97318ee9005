"""Statement languages: endonyms beside English names, the languages of Myanmar's borders,
their scripts and directions, and an editor font that has their letters.
"""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontInfo, QRawFont
from PySide6.QtWidgets import QMenu

from casebook.core.text.scripts import script_of
from casebook.gui.main_window import MainWindow
from casebook.gui.records.testimony_editor import DETAIL_FIELDS
from casebook.gui.shared import script_fonts
from casebook.gui.shared.languages import (
    BY_CODE,
    LANGUAGES,
    is_rtl_language,
    is_rtl_text,
    language,
    main_script,
)

from ...core.text.udhr_samples import MYANMAR_EXTENDED, UDHR

# CLDR (shn, rhg) and Wikimedia language-data (the others) endonyms; see languages.py.
BORDER_LANGUAGES = {
    "ksw": ("S'gaw Karen", "Myanmar", "စှီၤ"),
    "kjp": ("Pwo Eastern Karen", "Myanmar", "ဖၠုံလိက်"),
    "pwo": ("Pwo Western Karen", "Myanmar", "ဖျိၩ့ၡိ"),
    "shn": ("Shan", "Myanmar", "တႆး"),
    "mnw": ("Mon", "Myanmar", "ဘာသာမန်"),
    "kac": ("Kachin / Jingpho", "Latin", "Jinghpaw"),
    "cnh": ("Hakha Chin", "Latin", "Lai holh"),
    "cfm": ("Falam Chin", "Latin", ""),
    "ctd": ("Tedim Chin", "Latin", ""),
    "rhg-Rohg": ("Rohingya (Hanifi script)", "Hanifi Rohingya", "𐴌𐴗𐴥𐴝𐴙𐴚𐴒𐴙𐴝"),
    "rhg-Latn": ("Rohingya (Latin script)", "Latin", ""),
}


@pytest.mark.parametrize("code", sorted(BORDER_LANGUAGES))
def test_languages_of_the_border_are_listed_with_their_own_names(code: str):
    name, script, endonym = BORDER_LANGUAGES[code]
    lang = BY_CODE[code.lower()]
    assert (lang.name, lang.script, lang.endonym) == (name, script, endonym)
    if endonym:
        assert lang.label == f"{endonym} — {name} ({code})"
    else:  # no source names it for itself: English only, nothing invented
        assert lang.label == f"{name} ({code})"


def test_endonyms_agree_with_the_cldr_data_qt_ships():
    """Qt's locale data is generated from CLDR. Qt names a language by its default region
    or script ("American English", "español de España", "简体中文"): English is asked for
    as en_001; Spanish and Chinese were read in CLDR's es.xml and zh.xml instead."""
    checked = 0
    for lang in LANGUAGES:
        if lang.code in ("es", "zh") or not lang.endonym:
            continue
        locale = QLocale("en_001" if lang.code == "en" else lang.code.replace("-", "_"))
        if locale.language() == QLocale.Language.C:
            continue  # not in CLDR: Karen, Mon, Kachin, Chin (Wikimedia's names)
        assert locale.nativeLanguageName() == lang.endonym, lang.code
        checked += 1
    assert checked == 25  # every CLDR language of the list but es and zh, Shan and Rohingya too


def test_every_language_has_an_endonym_or_is_a_documented_exception():
    without = {lang.code for lang in LANGUAGES if not lang.endonym}
    assert without == {"cfm", "ctd", "rhg-Latn"}


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_an_endonym_is_written_in_its_language_s_script(lang):
    letters = {script_of(c) for c in lang.endonym if unicodedata.category(c).startswith("L")}
    assert letters <= {lang.script}


def test_scripts_and_directions():
    assert is_rtl_language("rhg-Rohg") and is_rtl_language("rhg")  # CLDR: rhg is Hanifi
    assert not is_rtl_language("rhg-Latn") and not is_rtl_language("shn")
    assert language("rhg-Latn-BD") is BY_CODE["rhg-latn"]
    assert language("my_MM") is BY_CODE["my"]
    assert language("xx") is None and language("") is None
    assert main_script(UDHR["shn"] + " (W-002)") == "Myanmar"
    assert main_script(MYANMAR_EXTENDED) == "Myanmar"  # Extended-A and -B blocks
    assert main_script(UDHR["rhg-Rohg"]) == "Hanifi Rohingya"
    assert is_rtl_text(UDHR["rhg-Rohg"]) and not is_rtl_text(UDHR["rhg-Latn"])


def test_the_statement_language_list_shows_the_endonyms():
    choices = dict(next(f for f in DETAIL_FIELDS if f.name == "language").choices)
    assert choices["shn"] == "တႆး — Shan (shn)"
    assert choices["rhg-Rohg"] == "𐴌𐴗𐴥𐴝𐴙𐴚𐴒𐴙𐴝 — Rohingya (Hanifi script) (rhg-Rohg)"
    assert choices["lo"] == "ລາວ — Lao (lo)"


@pytest.mark.gui
@pytest.mark.parametrize(
    ("code", "family"),
    [
        ("shn", "Noto Sans Myanmar"),
        ("ksw", "Noto Sans Myanmar"),
        ("pwo", "Noto Sans Myanmar"),
        ("mnw", "Noto Sans Myanmar"),
        ("rhg-Rohg", "Noto Sans Hanifi Rohingya"),
    ],
)
def test_the_editor_font_has_every_letter_of_the_statement(qapp, code: str, family: str):
    font = script_fonts.font_for_language(code, QFont())
    assert QFontInfo(font).family() == family
    raw = QRawFont.fromFont(font)
    text = UDHR[code] + (MYANMAR_EXTENDED if family == "Noto Sans Myanmar" else "")
    missing = {c for c in text if not c.isspace() and not raw.supportsCharacter(ord(c))}
    assert not missing, [hex(ord(c)) for c in sorted(missing)]


def test_supervisor_access_is_in_the_file_menu(window: MainWindow):
    """Maintenance where users look for it (issue 14, item 5); it stays in Exchange too."""
    file_menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert window.actions.supervisor_access in file_menu.actions()


@pytest.mark.gui
def test_the_language_list_loads_the_shipped_fonts_of_its_endonyms(qapp, monkeypatch):
    """Windows has no Hanifi Rohingya font: the list's endonyms are drawn by Qt's fallback
    only if the shipped fonts are loaded before the list is shown."""
    from PySide6.QtGui import QFontDatabase

    from casebook.core.text import scripts

    loaded: list[str] = []
    real_add = QFontDatabase.addApplicationFont
    monkeypatch.setattr(scripts, "_system_font_dirs", lambda: [])
    monkeypatch.setattr(
        QFontDatabase, "addApplicationFont", staticmethod(lambda p: loaded.append(p) or real_add(p))
    )
    scripts.clear_font_cache()
    script_fonts.family_for_script.cache_clear()
    script_fonts.load_language_fonts.cache_clear()
    try:
        script_fonts.load_language_fonts()
    finally:
        scripts.clear_font_cache()
        script_fonts.family_for_script.cache_clear()
        script_fonts.load_language_fonts.cache_clear()
    names = {p.rsplit("/", 1)[-1] for p in loaded}
    assert {"NotoSansHanifiRohingya-Regular.ttf", "NotoSansMyanmar-Regular.ttf"} <= names
    assert {"NotoSansLao-Regular.ttf", "NotoNaskhArabic-Regular.ttf"} <= names


@pytest.mark.parametrize("export_language", ["en", "de"])
def test_every_statement_language_is_named_in_the_exported_documents(export_language: str):
    """A filing says "language: Shan (shn)", not a bare tag. English names as in the list;
    German ones from the German translation of ISO 639-3 in Debian iso-codes 4.15.0 (where
    CLDR has no German name), script names translated ("Hanifi-Schrift")."""
    from casebook.core.export.strings import Strings

    texts = Strings(export_language)
    unnamed = [lang.code for lang in LANGUAGES if not texts.has(f"lang_{lang.code}")]
    assert not unnamed
    if export_language == "en":  # the list's names; "Rohingya (Latin script)" → "… in …"
        for lang in LANGUAGES:
            assert texts(f"lang_{lang.code}") == lang.name.replace(" (", " in ").rstrip(")")
