"""Text that keeps its reading order in a right-to-left window, and locale-formatted sizes.

In a right-to-left layout Qt lays a left-to-right string out with a right-to-left base
direction: "19.0 KB" showed as "KB 19.0" and "Unlocked as Noy." as ".Unlocked as Noy"
(issue 14). A first-strong isolate (U+2068 … U+2069) gives such a string its own direction
from its first letter, whatever the window's; names inside a sentence are isolated the same
way so a Latin pseudonym in an Arabic sentence (or the reverse) cannot reorder it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QStatusBar

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` as a first-strong isolate (empty stays empty; isolating twice is harmless)."""
    if not text or (text.startswith(FSI) and text.endswith(PDI)):
        return text
    return f"{FSI}{text}{PDI}"


def data_size(size: int | None, locale: QLocale | None = None) -> str:
    """A file size in the UI locale's digits and units, isolated ("19.0 KB")."""
    if size is None:
        return ""
    locale = locale or QLocale()
    text = locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    return isolate(text)


class IsolatingStatusBar(QStatusBar):
    """Every message isolated, so its full stop stays at its end in a right-to-left window."""

    def showMessage(self, text: str, timeout: int = 0) -> None:
        super().showMessage(isolate(text), timeout)

    def currentMessage(self) -> str:
        return super().currentMessage().removeprefix(FSI).removesuffix(PDI)
