"""Languages a statement can be recorded in: BCP 47 tag, endonym, English name, script.

The list is shown wherever a statement's language is chosen, as "endonym — English name
(tag)", so a documenter who reads English poorly still finds "ລາວ" or "တႆး". The script
decides the editor's font and whether the statement runs right to left; script names and
the right-to-left set are the core's (``casebook.core.text.scripts``), so the editor and
the PDF export agree.

Sources (names are data, never made up here; a language no source names for itself is
shown by its English name only):

- Endonyms: Unicode CLDR, ``common/main/<code>.xml``, ``<language type="<code>">`` in the
  language's own file (unicode-org/cldr, read 2026-12; Qt 6.12's locale data, generated
  from CLDR, gives the same names — tests/gui/shared/test_statement_languages.py checks).
  CLDR has ``shn`` (Shan) and ``rhg`` (Rohingya, Hanifi script, draft="contributed").
- Endonyms CLDR does not have (S'gaw and Pwo Karen, Mon, Kachin, Hakha Chin): the
  autonyms of Wikimedia's language database (wikimedia/language-data ``data/langdb.yaml``,
  commit e64332deb7ac, 2026-06-26), which Wikipedia's language selector shows.
- Neither has one for Falam Chin (``cfm``), Tedim Chin (``ctd``) or Rohingya in Latin
  script (``rhg-Latn``): English name only.
- English names: ISO 639-3 reference names (Debian iso-codes 4.15.0); Kachin with its
  ISO 639-2 alternative "Jingpho".

Chin is several languages, not one: Hakha (``cnh``), Falam (``cfm``) and Tedim (``ctd``)
are the three most written in Chin State and among refugees (all in Latin script).
Rohingya is written in the Hanifi script (right to left, ``rhg-Rohg``; a bare ``rhg`` is
read as this, CLDR's likely script) and in a Latin orthography (``rhg-Latn``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from casebook.core.text.scripts import RTL_SCRIPTS, script_of


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47 tag as stored with a statement: "lo", "ksw", "rhg-Rohg"
    name: str  # English name
    script: str  # the core's script name ("Myanmar", "Hanifi Rohingya", "Latin"…)
    endonym: str = ""  # the language's own name for itself; "" where no source gives one

    @property
    def label(self) -> str:
        """ "ລາວ — Lao (lo)"; the English name alone where there is no endonym."""
        if self.endonym and self.endonym != self.name:
            return f"{self.endonym} — {self.name} ({self.code})"
        return f"{self.name} ({self.code})"

    @property
    def right_to_left(self) -> bool:
        return self.script in RTL_SCRIPTS


LANGUAGES: tuple[Language, ...] = (
    Language("lo", "Lao", "Lao", "ລາວ"),
    Language("my", "Burmese", "Myanmar", "မြန်မာ"),
    # Languages of Myanmar and its borders (issue 14): Myanmar script, Latin, Hanifi.
    Language("ksw", "S'gaw Karen", "Myanmar", "စှီၤ"),
    Language("kjp", "Pwo Eastern Karen", "Myanmar", "ဖၠုံလိက်"),
    Language("pwo", "Pwo Western Karen", "Myanmar", "ဖျိၩ့ၡိ"),
    Language("shn", "Shan", "Myanmar", "တႆး"),
    Language("mnw", "Mon", "Myanmar", "ဘာသာမန်"),
    Language("kac", "Kachin / Jingpho", "Latin", "Jinghpaw"),
    Language("cnh", "Hakha Chin", "Latin", "Lai holh"),
    Language("cfm", "Falam Chin", "Latin"),
    Language("ctd", "Tedim Chin", "Latin"),
    Language("rhg-Rohg", "Rohingya (Hanifi script)", "Hanifi Rohingya", "𐴌𐴗𐴥𐴝𐴙𐴚𐴒𐴙𐴝"),
    Language("rhg-Latn", "Rohingya (Latin script)", "Latin"),
    Language("th", "Thai", "Thai", "ไทย"),
    Language("km", "Khmer", "Khmer", "ខ្មែរ"),
    Language("ar", "Arabic", "Arabic", "العربية"),
    Language("fa", "Persian", "Arabic", "فارسی"),
    Language("ur", "Urdu", "Arabic", "اردو"),
    Language("ps", "Pashto", "Arabic", "پښتو"),
    Language("ckb", "Central Kurdish", "Arabic", "کوردیی ناوەندی"),
    Language("he", "Hebrew", "Hebrew", "עברית"),
    Language("bn", "Bengali", "Bengali", "বাংলা"),
    Language("hi", "Hindi", "Devanagari", "हिन्दी"),
    Language("am", "Amharic", "Ethiopic", "አማርኛ"),
    Language("ti", "Tigrinya", "Ethiopic", "ትግርኛ"),
    Language("zh", "Chinese", "Han", "中文"),
    Language("ru", "Russian", "Cyrillic", "русский"),
    Language("uk", "Ukrainian", "Cyrillic", "українська"),
    Language("en", "English", "Latin", "English"),
    Language("fr", "French", "Latin", "français"),
    Language("es", "Spanish", "Latin", "español"),
    Language("de", "German", "Latin", "Deutsch"),
    Language("pt", "Portuguese", "Latin", "português"),
    Language("sw", "Swahili", "Latin", "Kiswahili"),
    Language("so", "Somali", "Latin", "Soomaali"),
    Language("tr", "Turkish", "Latin", "Türkçe"),
)
BY_CODE = {lang.code.lower(): lang for lang in LANGUAGES}
# A tag without the script subtag the list uses (CLDR likely subtags: rhg → rhg-Rohg).
_DEFAULT_TAG = {"rhg": "rhg-rohg"}


def language(code: str) -> Language | None:
    """The listed language of a BCP 47 tag: exact, then language-script, then language
    ("my-MM" → Burmese, "rhg" → Rohingya in Hanifi script, "rhg-Latn-BD" → Latin)."""
    if not code:
        return None
    parts = code.replace("_", "-").lower().split("-")
    for candidate in ("-".join(parts), "-".join(parts[:2]), parts[0]):
        found = BY_CODE.get(_DEFAULT_TAG.get(candidate, candidate))
        if found is not None:
            return found
    return None


def script_of_language(code: str) -> str:
    found = language(code)
    return found.script if found else "Latin"


def is_rtl_language(code: str) -> bool:
    return script_of_language(code) in RTL_SCRIPTS


def main_script(text: str) -> str:
    """The script most letters of ``text`` are written in; Latin only when there is no
    other (a Lao statement quoting an English name is Lao)."""
    counts = Counter(script for char in text if (script := script_of(char)) is not None)
    others = [(n, s) for s, n in counts.items() if s != "Latin"]
    return max(others)[1] if others else "Latin"


def is_rtl_text(text: str) -> bool:
    return main_script(text) in RTL_SCRIPTS
