"""The evidence list of a case, narrowed by its filter box through a trigram index.

The filter keeps the items whose title, file name or media type contains the typed text
(ASCII letters in either case, as SQL ``LIKE`` compares them). From three characters on,
the FTS5 table ``evidence_filter`` (revision 0010) finds the candidates and ``LIKE``
checks only those, so the answer is the scan's answer without reading the whole case:
at 500,000 items a scan took 2.8 s. Shorter text cannot use trigrams. It scans, but
``evidence_texts`` (revision 0011), the index's content: one text an item, its title, file
name and media type joined by line breaks, a few dozen bytes where the items' rows hold
descriptions and metadata too. SQLCipher decrypts every page a scan reads, so the narrow
table is read several times faster, and one ``LIKE`` a row costs a third of three.
``LIKE`` on that text picks the candidates (one matching across a line break too) and
``LIKE`` on the items' own columns decides, as for longer text. A page stops the scan as
soon as it is full; a rare text reads all of it.

The list is in intake order (rowid order); the index gives its matches in rowid order too,
so a page is read without sorting the matches. The filter only ever narrows the case's own
list: every condition is added to the list's query, none replaces it.

The list's length, unfiltered, is read from ``evidence_counts`` (revision 0011), which
triggers keep: counting a case's items read its whole ``case_id`` index (0.7 s at 500,000).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, literal_column, or_, select, table

from ..models import EvidenceItem
from .search import fts_phrase

TRIGRAM = 3  # the shortest text the trigram index can look up
INDEX = table("evidence_filter", column("rowid"))
# The index's content: ``item`` is the evidence item's rowid, ``text`` its three columns.
TEXTS = table("evidence_texts", column("item"), column("text"))
COUNTS = table("evidence_counts", column("case_id"), column("total"))
ROWID = literal_column("evidence_items.rowid")


def contains(text: str, columns: Sequence[Any] | None = None) -> ColumnElement[bool]:
    """The filter's meaning: title, file name or media type contains ``text`` (``LIKE``).

    ``columns`` are other columns holding those texts (``evidence_texts``); by default,
    the item's own."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if columns is None:
        columns = (EvidenceItem.title, EvidenceItem.original_filename, EvidenceItem.media_type)
    return or_(*(c.like(pattern, escape="\\") for c in columns))


def listed(columns: Sequence[Any], case_id: str, text: str = "") -> Select[Any]:
    """``columns`` of the case's items that the filter ``text`` keeps, in list order."""
    text = text.strip()
    query = select(*columns).select_from(EvidenceItem).where(EvidenceItem.case_id == case_id)
    if not text:
        return query.order_by(ROWID)
    if len(text) < TRIGRAM:
        case = literal_column("+evidence_items.case_id") == case_id
        # The texts lead, in rowid order, and each candidate is one item looked up by rowid.
        # A unary "+" keeps a term from an index: here the case_id index (the planner would
        # rather scan the case's items by it, reading every item as before) and the texts'
        # key (which would let the items lead, as it prefers for a count).
        return (
            select(*columns)
            .select_from(TEXTS.join(EvidenceItem, literal_column("+evidence_texts.item") == ROWID))
            .where(contains(text, [TEXTS.c.text]), case, contains(text))
            .order_by(TEXTS.c.item)
        )
    return (
        query.join(INDEX, INDEX.c.rowid == ROWID)
        .where(literal_column("evidence_filter").match(fts_phrase(text)), contains(text))
        .order_by(INDEX.c.rowid)
    )


def page(columns: Sequence[Any], case_id: str, text: str, offset: int, limit: int) -> Select[Any]:
    """One page of the filtered list: rows ``offset`` to ``offset + limit``."""
    return listed(columns, case_id, text).offset(offset).limit(limit)


def count(case_id: str, text: str = "") -> Select[Any]:
    """How many items the filtered list holds: unfiltered, one row of ``evidence_counts``
    (no row: none); filtered, it reads every match (not for first paint)."""
    if not text.strip():
        return select(func.coalesce(func.sum(COUNTS.c.total), 0)).where(COUNTS.c.case_id == case_id)
    return listed([func.count()], case_id, text).order_by(None)
