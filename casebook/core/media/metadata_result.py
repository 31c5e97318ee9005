"""What a metadata reader found, and the sentences saying what it could not read.

Shared by the readers of each family of formats (images, PDF, audio and video), so that
every one of them reports problems the same way and never quotes the file's content.
"""

from __future__ import annotations

import math
from typing import Any

#: Longest text value kept from a file's metadata; longer values are cut.
MAX_TEXT = 1000


class MetadataResult:
    """Collects values and warnings; warnings are fixed sentences, never the file's content."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.warnings: list[str] = []

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.values)
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


def clean_text(value: Any) -> str | None:
    """A text value as stored: NULs made spaces, trimmed, at most :data:`MAX_TEXT` long."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", " ").strip()
    return value[:MAX_TEXT] or None


def finite_number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return number if math.isfinite(number) else None
