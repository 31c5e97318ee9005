"""The evidence list of a case, narrowed by its filter box through a trigram index.

The filter keeps the items whose title, file name or media type contains the typed text
(ASCII letters in either case, as SQL ``LIKE`` compares them). From three characters on,
the FTS5 table ``evidence_filter`` (revision 0010) finds the candidates and ``LIKE``
checks only those, so the answer is the scan's answer without reading the whole case:
at 500,000 items a scan took 2.8 s. Shorter text cannot use trigrams; it scans the case's
items in list order, and a page stops the scan as soon as it is full.

The list is in intake order (rowid order); the index gives its matches in rowid order too,
so a page is read without sorting the matches. The filter only ever narrows the case's own
list: every condition is added to the list's query, none replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, literal_column, or_, select, table

from ..models import EvidenceItem
from .search import fts_phrase

TRIGRAM = 3  # the shortest text the trigram index can look up
INDEX = table("evidence_filter", column("rowid"))
ROWID = literal_column("evidence_items.rowid")


def contains(text: str) -> ColumnElement[bool]:
    """The filter's meaning: title, file name or media type contains ``text`` (``LIKE``)."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return or_(
        EvidenceItem.title.like(pattern, escape="\\"),
        EvidenceItem.original_filename.like(pattern, escape="\\"),
        EvidenceItem.media_type.like(pattern, escape="\\"),
    )


def listed(columns: Sequence[Any], case_id: str, text: str = "") -> Select[Any]:
    """``columns`` of the case's items that the filter ``text`` keeps, in list order."""
    text = text.strip()
    query = select(*columns).select_from(EvidenceItem).where(EvidenceItem.case_id == case_id)
    if not text:
        return query.order_by(ROWID)
    if len(text) < TRIGRAM:
        return query.where(contains(text)).order_by(ROWID)
    return (
        query.join(INDEX, INDEX.c.rowid == ROWID)
        .where(literal_column("evidence_filter").match(fts_phrase(text)), contains(text))
        .order_by(INDEX.c.rowid)
    )


def page(columns: Sequence[Any], case_id: str, text: str, offset: int, limit: int) -> Select[Any]:
    """One page of the filtered list: rows ``offset`` to ``offset + limit``."""
    return listed(columns, case_id, text).offset(offset).limit(limit)


def count(case_id: str, text: str = "") -> Select[Any]:
    """How many items the filtered list holds (reads every match: not for first paint)."""
    return listed([func.count()], case_id, text).order_by(None)
