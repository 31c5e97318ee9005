"""The SQLCipher engine: raw 256-bit key, WAL, foreign keys, nothing spilled to temp files."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from ..errors import CasebookDamaged
from ..phrase import Phrase, phrase
from .disk_space import CasebookDiskFull, is_full_disk_error

_quiet = False
WRITE_OPTION = "casebook_write"


def _silence_sqlcipher_log() -> None:
    """SQLCipher logs failed HMAC checks to stderr; users must see our sentence, not that."""
    global _quiet
    if not _quiet:
        conn = sqlcipher3.connect(":memory:")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.close()
        _quiet = True


def make_engine(db_path: Path, key: bytes) -> Engine:
    _silence_sqlcipher_log()
    # The dialect sends the password as PRAGMA key; "x'…'" makes SQLCipher take it as a raw
    # key and skip its own PBKDF2 (our key is already random and full length).
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(db_path))
    # The pysqlcipher dialect defaults to SingletonThreadPool, which hands every session of
    # a thread the same connection: a second session then fails on BEGIN, and its rollback
    # discards the first one's unsaved work. One connection per session, as for SQLite files.
    # hide_parameters: SQL parameters are case data and must never reach a message or log.
    engine = create_engine(url, module=sqlcipher3, poolclass=QueuePool, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: sqlcipher3.Connection, _record: ConnectionPoolEntry) -> None:
        # Transactions are driven by SQLAlchemy ("begin" below), not by the driver's guesses,
        # so DDL in migrations is transactional too.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA temp_store = MEMORY")
        # Another thread's short write (the window saving while an intake records) is
        # waited for rather than failing at once.
        cur.execute("PRAGMA busy_timeout = 10000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        # A session that will write asks for the write lock up front ("immediate"), so it
        # waits for another writer instead of failing when its read snapshot goes stale.
        immediate = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _full_disk(context: ExceptionContext) -> None:
        # Every read and write of every command passes here: a full disk is named as such,
        # never left to look like damage further up.
        if is_full_disk_error(context.original_exception, db_path.parent):
            raise CasebookDiskFull(db_path.parent) from None

    return engine


_RESTORE_HINT = Phrase(
    "Restore casebook.db from a backup of the folder (an automatic one may be in its "
    "backups/ folder); `casebook verify` lists the damaged places."
)


def check_readable(engine: Engine) -> None:
    """Touch page 1; a wrong key or a damaged file fails here rather than mid-work."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except SADatabaseError:
        raise CasebookDamaged(
            "The casebook's database cannot be read: the file is damaged, or it does not "
            "belong to this key-slot file. {hint}",
            hint=_RESTORE_HINT,
        ) from None


def damaged(engine: Engine) -> CasebookDamaged:
    """The error to raise when a read fails mid-way: names the pages that fail their HMAC."""
    pages = damaged_pages(engine)
    if pages:
        return CasebookDamaged(
            "The casebook's database is damaged ({pages}). {hint}",
            pages="; ".join(str(p) for p in pages[:5]),
            hint=_RESTORE_HINT,
        )
    return CasebookDamaged("The casebook's database is damaged. {hint}", hint=_RESTORE_HINT)


def damaged_pages(engine: Engine) -> list[Phrase]:
    """SQLCipher's per-page authentication check; works even when the schema is unreadable."""
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()
    except SADatabaseError as exc:
        return [phrase("the page check itself failed: {reason}", reason=exc.orig)]
    return [
        phrase(
            "database file: {detail}",
            detail=str(r[0]).replace("HMAC verification", "authentication"),
        )
        for r in rows
    ]


def integrity_problems(engine: Engine) -> list[Phrase]:
    """SQLCipher's page authentication, then SQLite's structural and reference checks."""
    problems = damaged_pages(engine)
    if problems:
        return problems  # the structural checks would only trip over the same pages
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA integrity_check").all()
        problems += [
            phrase("database structure: {detail}", detail=r[0]) for r in rows if r[0] != "ok"
        ]
        rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        problems += [
            phrase("broken reference in table {table} (row {row})", table=r[0], row=r[1])
            for r in rows
        ]
    return problems
