"""The font an editor uses for a script, so Lao, Burmese or Khmer are shaped, not boxes.

The core's ``scripts.find_font`` (when present) names a font file shipped or found on the
system; it is loaded once with ``QFontDatabase.addApplicationFont``. Without it, the Noto
family for the script is used when the system has it; otherwise Qt's own fallback applies.
"""

from __future__ import annotations

import contextlib
import importlib
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from .languages import LANGUAGES, script_of_language

# Installed by fonts-noto-core / fonts-noto-cjk (scripts/install-system-packages).
_NOTO_FAMILIES = {
    "Lao": ("Noto Sans Lao", "Noto Serif Lao", "Noto Sans Lao UI"),
    "Myanmar": ("Noto Sans Myanmar", "Noto Serif Myanmar", "Padauk", "Myanmar Text"),
    "Thai": ("Noto Sans Thai", "Noto Serif Thai", "Tahoma"),
    "Khmer": ("Noto Sans Khmer", "Noto Serif Khmer", "Khmer OS"),
    "Arabic": ("Noto Naskh Arabic", "Noto Sans Arabic", "Arial"),
    "Hebrew": ("Noto Sans Hebrew", "Arial"),
    "Bengali": ("Noto Sans Bengali",),
    "Devanagari": ("Noto Sans Devanagari",),
    "Ethiopic": ("Noto Sans Ethiopic",),
    "Han": ("Noto Sans CJK SC", "Noto Sans CJK JP"),
    "Hanifi Rohingya": ("Noto Sans Hanifi Rohingya",),
}
# Complex scripts read better a little larger than Latin body text.
_SIZE_BOOST = {
    "Lao": 2,
    "Myanmar": 2,
    "Khmer": 2,
    "Thai": 1,
    "Arabic": 2,
    "Hanifi Rohingya": 2,
}


def _family_from_core(script: str) -> str | None:
    try:
        scripts = importlib.import_module("casebook.core.text.scripts")
    except ImportError:
        return None
    finder = getattr(scripts, "find_font", None)
    if finder is None:
        return None
    found = None
    with contextlib.suppress(Exception):  # the core's finder must never break the editor
        found = finder(script)
    path = getattr(found, "path", found)
    if not path or not Path(str(path)).is_file():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


@cache
def family_for_script(script: str) -> str | None:
    """A font family that renders ``script``; None means the application font will do."""
    if script in ("Latin", "Cyrillic", "Common"):
        return None
    family = _family_from_core(script)
    if family:
        return family
    installed = set(QFontDatabase.families())
    for candidate in _NOTO_FAMILIES.get(script, ()):
        if candidate in installed:
            return candidate
    return None


def font_for_script(script: str, base: QFont) -> QFont:
    font = QFont(base)
    family = family_for_script(script)
    if family:
        font.setFamilies([family, *base.families()])
        size = base.pointSizeF()
        if size > 0:
            font.setPointSizeF(size + _SIZE_BOOST.get(script, 0))
    return font


def font_for_language(code: str, base: QFont) -> QFont:
    load_language_fonts()  # the editor's language list shows every endonym
    return font_for_script(script_of_language(code), base)


@cache
def load_language_fonts() -> None:
    """Load the font of every statement language's script, so a list of endonyms
    ("တႆး", "𐴌𐴗𐴥𐴝𐴙𐴚𐴒𐴙𐴝") is drawn by Qt's font fallback even where the system has
    no such font (Windows has no Hanifi Rohingya font)."""
    for script in sorted({lang.script for lang in LANGUAGES}):
        family_for_script(script)
