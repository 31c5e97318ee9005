"""Everything a casebook holds (files and rows), to prove a refused import wrote nothing."""

from __future__ import annotations

from sqlalchemy import text

from casebook.core.store.casebook import Casebook


def snapshot(book: Casebook) -> tuple[list[str], dict[str, list[tuple[str, ...]]]]:
    files = sorted(
        str(p.relative_to(book.folder))
        for p in book.folder.rglob("*")
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    )
    rows: dict[str, list[tuple[str, ...]]] = {}
    with book.engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
        for table in list(tables):
            rows[table] = sorted(
                tuple(map(repr, r)) for r in conn.execute(text(f'SELECT * FROM "{table}"'))
            )
    return files, rows
