"""Languages a statement can be recorded in: BCP 47 code, English name, script, direction.

The script decides the editor's font and whether the layout runs right to left. When the
core's ``scripts`` module is present its detection is used for free text; otherwise a
small table of Unicode blocks covers the scripts listed here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    script: str  # Unicode script name, as in the Unicode Character Database

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


LANGUAGES: tuple[Language, ...] = (
    Language("lo", "Lao", "Lao"),
    Language("my", "Burmese", "Myanmar"),
    Language("th", "Thai", "Thai"),
    Language("km", "Khmer", "Khmer"),
    Language("ar", "Arabic", "Arabic"),
    Language("fa", "Persian", "Arabic"),
    Language("ur", "Urdu", "Arabic"),
    Language("ps", "Pashto", "Arabic"),
    Language("ckb", "Central Kurdish", "Arabic"),
    Language("he", "Hebrew", "Hebrew"),
    Language("bn", "Bengali", "Bengali"),
    Language("hi", "Hindi", "Devanagari"),
    Language("am", "Amharic", "Ethiopic"),
    Language("ti", "Tigrinya", "Ethiopic"),
    Language("zh", "Chinese", "Han"),
    Language("ru", "Russian", "Cyrillic"),
    Language("uk", "Ukrainian", "Cyrillic"),
    Language("en", "English", "Latin"),
    Language("fr", "French", "Latin"),
    Language("es", "Spanish", "Latin"),
    Language("de", "German", "Latin"),
    Language("pt", "Portuguese", "Latin"),
    Language("sw", "Swahili", "Latin"),
    Language("so", "Somali", "Latin"),
    Language("tr", "Turkish", "Latin"),
)
BY_CODE = {language.code: language for language in LANGUAGES}
RTL_SCRIPTS = frozenset({"Arabic", "Hebrew", "Syriac", "Thaana", "Nko"})

# (first, last, script) for the scripts above; used only without the core's detector.
_BLOCKS = (
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x1000, 0x109F, "Myanmar"),
    (0xA9E0, 0xA9FF, "Myanmar"),
    (0xAA60, 0xAA7F, "Myanmar"),
    (0x1200, 0x139F, "Ethiopic"),
    (0x1780, 0x17FF, "Khmer"),
    (0x19E0, 0x19FF, "Khmer"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x4E00, 0x9FFF, "Han"),
    (0x3400, 0x4DBF, "Han"),
)


def _core_scripts() -> ModuleType | None:
    try:
        return importlib.import_module("casebook.core.text.scripts")
    except ImportError:
        return None


def language(code: str) -> Language | None:
    return BY_CODE.get(code.split("-")[0].lower()) if code else None


def script_of_language(code: str) -> str:
    found = language(code)
    return found.script if found else "Latin"


def is_rtl_language(code: str) -> bool:
    return script_of_language(code) in RTL_SCRIPTS


def main_script(text: str) -> str:
    """The script most letters of ``text`` are written in ("Latin" for none of ours)."""
    core = _core_scripts()
    if core is not None and hasattr(core, "scripts_in"):
        try:
            found = list(core.scripts_in(text))
        except Exception:  # another engineer's module: never let it break the editor
            found = []
        found = [str(s) for s in found if str(s) not in ("Common", "Inherited", "Latin")]
        if found:
            return found[0]
    counts: dict[str, int] = {}
    for char in text:
        point = ord(char)
        for first, last, script in _BLOCKS:
            if first <= point <= last:
                counts[script] = counts.get(script, 0) + 1
                break
    return max(counts, key=lambda s: counts[s]) if counts else "Latin"


def is_rtl_text(text: str) -> bool:
    return main_script(text) in RTL_SCRIPTS
