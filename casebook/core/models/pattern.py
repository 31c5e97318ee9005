"""A saved pattern: a filter over a case's incidents, with the counts it gave when saved.

Cited for a contextual element (``element_id``, the shared context element such as
``cah_attack/1``), it is material in that element's row of the coverage matrix and appears in
the filing's analysis, so an argument for "widespread or systematic" rests on counts the
reader can check (``core.analysis.patterns``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Tracked


class SavedPattern(Tracked, Base):
    __tablename__ = "saved_patterns"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    filter: Mapped[dict[str, Any]] = mapped_column(default=dict)  # PatternFilter.to_dict()
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)  # PatternResult.summary()
    element_id: Mapped[str | None] = mapped_column(String(80), index=True)
    taxonomy_version: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")
