"""Every piece of text a person types or imports passes through here once.

Unicode is normalised to NFC (so search and comparison work across keyboards), and legacy
Zawgyi-encoded Burmese is converted to Unicode with the original kept beside it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .burmese import normalise_burmese


@dataclass(frozen=True)
class CleanText:
    text: str
    original: str | None = None  # set when the text had to be converted
    original_encoding: str | None = None

    @property
    def converted(self) -> bool:
        return self.original is not None


def clean_text(raw: str) -> CleanText:
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n"))
    burmese = normalise_burmese(text)
    if burmese.converted:
        return CleanText(unicodedata.normalize("NFC", burmese.text), raw, "zawgyi")
    return CleanText(text)


def clean(raw: str | None) -> str:
    """The cleaned text alone, for short fields (titles, places) where no original is kept."""
    return "" if raw is None else clean_text(raw).text
