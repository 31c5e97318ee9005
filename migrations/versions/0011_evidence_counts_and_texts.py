"""Evidence counts per case, and the filter's text in a plain table (the trigram index's
external content), so that neither the navigator nor a short filter reads every item.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 13:30:00

Issue 19, at 500,000 items:

- The navigator shows each case's number of evidence items and is rebuilt after every
  change to the case's structure. ``count(*)`` of a case's items reads its whole
  ``case_id`` index, and SQLCipher decrypts every page of it: 0.7 s. ``evidence_counts``
  holds the number per case, and triggers keep it as items are added, deleted or moved
  to another case: reading it costs one row.
- A filter of one or two characters cannot use trigrams and scans. The items' rows hold
  descriptions and metadata too (0.8 s to scan); FTS5's own copy of the three filtered
  columns is narrow but is read through the virtual table (a third faster only). So the
  copy becomes a plain table, ``evidence_texts``: the item's rowid and one ``text``, its
  title, file name and media type joined by line breaks (one ``LIKE`` a row costs a
  third of three). ``evidence_filter`` indexes it as external content: one copy, which
  the short filter scans directly. A match across a line break is only a candidate: the
  items' own columns decide (records/evidence_filter.py).

Both are derived data, like the FTS5 indexes: the app never writes them. A migration that
rebuilds ``evidence_items`` (a batch "recreate") drops these triggers and may number the
rows anew: it must recreate them and refill both tables, as ``upgrade`` does here.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_ADD = (
    "INSERT INTO evidence_counts (case_id, total) VALUES (new.case_id, 1) "
    "ON CONFLICT (case_id) DO UPDATE SET total = total + 1;"
)
_REMOVE = "UPDATE evidence_counts SET total = total - 1 WHERE case_id = old.case_id;"
COUNT_TRIGGERS = (
    f"CREATE TRIGGER evidence_items_count_ai AFTER INSERT ON evidence_items BEGIN {_ADD} END",
    f"CREATE TRIGGER evidence_items_count_ad AFTER DELETE ON evidence_items BEGIN {_REMOVE} END",
    "CREATE TRIGGER evidence_items_count_au AFTER UPDATE OF case_id ON evidence_items "
    f"WHEN new.case_id IS NOT old.case_id BEGIN {_REMOVE} {_ADD} END",
)
_COLUMNS = "title, original_filename, media_type"


def _joined(row: str) -> str:
    """The one text of ``row`` (new or old): its three columns, one per line."""
    return " || char(10) || ".join(
        f"coalesce({row}.{name}, '')" for name in ("title", "original_filename", "media_type")
    )


_INDEX = f"INSERT INTO evidence_filter (rowid, text) VALUES (new.rowid, {_joined('new')});"
_UNINDEX = (  # an external-content index is told which values to forget
    "INSERT INTO evidence_filter (evidence_filter, rowid, text) "
    f"VALUES ('delete', old.rowid, {_joined('old')});"
)
_STORE = f"INSERT INTO evidence_texts (item, text) VALUES (new.rowid, {_joined('new')});"
_UNSTORE = "DELETE FROM evidence_texts WHERE item = old.rowid;"
TEXT_TRIGGERS = (
    "CREATE TRIGGER evidence_items_filter_ai AFTER INSERT ON evidence_items "
    f"BEGIN {_STORE} {_INDEX} END",
    "CREATE TRIGGER evidence_items_filter_ad AFTER DELETE ON evidence_items "
    f"BEGIN {_UNINDEX} {_UNSTORE} END",
    f"CREATE TRIGGER evidence_items_filter_au AFTER UPDATE OF {_COLUMNS} ON evidence_items "
    f"BEGIN {_UNINDEX} {_UNSTORE} {_STORE} {_INDEX} END",
)
_TRIGRAM = "tokenize = 'trigram remove_diacritics 0'"


def upgrade() -> None:
    op.execute(
        "CREATE TABLE evidence_counts ("
        "case_id VARCHAR(36) NOT NULL PRIMARY KEY, total INTEGER NOT NULL)"
    )
    for statement in COUNT_TRIGGERS:
        op.execute(statement)
    op.execute(
        "INSERT INTO evidence_counts (case_id, total) "
        "SELECT case_id, count(*) FROM evidence_items GROUP BY case_id"
    )
    _drop_filter()
    op.execute("CREATE TABLE evidence_texts (item INTEGER NOT NULL PRIMARY KEY, text TEXT)")
    op.execute(
        "CREATE VIRTUAL TABLE evidence_filter USING fts5(text, "
        f"content = 'evidence_texts', content_rowid = 'item', {_TRIGRAM})"
    )
    for statement in TEXT_TRIGGERS:
        op.execute(statement)
    op.execute(
        f"INSERT INTO evidence_texts (item, text) "
        f"SELECT rowid, {_joined('evidence_items')} FROM evidence_items"
    )
    op.execute("INSERT INTO evidence_filter (evidence_filter) VALUES ('rebuild')")


def downgrade() -> None:
    """Back to revision 0010: no counts, and the index holding its own copy of the text."""
    for name in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS evidence_items_count_{name}")
    op.execute("DROP TABLE IF EXISTS evidence_counts")
    _drop_filter()
    op.execute("DROP TABLE IF EXISTS evidence_texts")
    op.execute(f"CREATE VIRTUAL TABLE evidence_filter USING fts5({_COLUMNS}, {_TRIGRAM})")
    values = "new.rowid, new.title, new.original_filename, new.media_type"
    insert = f"INSERT INTO evidence_filter (rowid, {_COLUMNS}) VALUES ({values});"
    delete = "DELETE FROM evidence_filter WHERE rowid = old.rowid;"
    for statement in (  # as revision 0010 made them
        f"CREATE TRIGGER evidence_items_filter_ai AFTER INSERT ON evidence_items "
        f"BEGIN {insert} END",
        f"CREATE TRIGGER evidence_items_filter_ad AFTER DELETE ON evidence_items "
        f"BEGIN {delete} END",
        f"CREATE TRIGGER evidence_items_filter_au AFTER UPDATE OF {_COLUMNS} ON evidence_items "
        f"BEGIN {delete} {insert} END",
    ):
        op.execute(statement)
    op.execute(
        f"INSERT INTO evidence_filter (rowid, {_COLUMNS}) "
        f"SELECT rowid, {_COLUMNS} FROM evidence_items"
    )


def _drop_filter() -> None:
    for name in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS evidence_items_filter_{name}")
    op.execute("DROP TABLE IF EXISTS evidence_filter")
