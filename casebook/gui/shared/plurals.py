"""English's own singular and plural for a counted sentence translated with ``%n``.

English is the source text with no catalogue (``translation.py``), so Qt alone would show
``tr("%n page(s)", "", 1)`` as "1 page(s)". Where Casebook used to say "1 page" and
"3 pages", ``english_plural`` keeps saying it; a catalogue's numerus forms (Arabic's six,
Lao's one) are used untouched whenever the interface is in another language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

UI_LANGUAGE_PROPERTY = "casebookUiLanguage"  # set by translation.install on the application


def english_plural(text: str, count: int) -> str:
    """``text`` (already translated, ``%n`` filled) with "(s)" resolved when in English."""
    app = QCoreApplication.instance()
    language = app.property(UI_LANGUAGE_PROPERTY) if app is not None else None
    if language not in (None, "", "en"):
        return text
    return text.replace("(s)", "" if count == 1 else "s")
