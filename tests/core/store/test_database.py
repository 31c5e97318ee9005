"""The SQLCipher engine: encrypted pages, safe PRAGMAs, separate transactions, integrity checks."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casebook.core.errors import CasebookDamaged
from casebook.core.models import Case
from casebook.core.records.cases import add_case
from casebook.core.store.casebook import DB_NAME, Casebook
from casebook.core.store.database import (
    check_readable,
    damaged,
    damaged_pages,
    integrity_problems,
    make_engine,
)

KEY = bytes(range(32))


@pytest.fixture
def engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    eng = make_engine(tmp_path / "test.db", KEY)
    yield eng
    eng.dispose()


def test_connections_are_configured_for_safety(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")


def test_the_file_is_encrypted_with_the_raw_key(tmp_path: Path, engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x TEXT)")
        conn.exec_driver_sql("INSERT INTO t VALUES ('a secret sentence in the clear')")
    engine.dispose()
    raw = (tmp_path / "test.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"a secret sentence" not in raw
    assert KEY.hex().encode() not in raw

    reopened = make_engine(tmp_path / "test.db", KEY)
    try:
        with reopened.connect() as conn:
            assert conn.exec_driver_sql("SELECT x FROM t").scalar().startswith("a secret")
    finally:
        reopened.dispose()


def test_wrong_key_is_reported_as_unreadable(
    tmp_path: Path, engine, capfd: pytest.CaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    engine.dispose()
    wrong = make_engine(tmp_path / "test.db", bytes(32))
    capfd.readouterr()
    try:
        with pytest.raises(CasebookDamaged) as caught:
            check_readable(wrong)
    finally:
        wrong.dispose()
    message = str(caught.value)
    assert message.startswith("The casebook's database cannot be read")
    assert "backup" in message
    assert "hmac" not in capfd.readouterr().err.lower()


def test_rollback_undoes_schema_changes_too(engine) -> None:  # type: ignore[no-untyped-def]
    # Transactions are ours (explicit BEGIN), so DDL in a failed migration rolls back.
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE half_made (x)")
        raise RuntimeError("migration step failed")
    with engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
    assert "half_made" not in names


def test_two_sessions_at_once_in_one_thread_keep_their_own_transactions(
    book: Casebook,
) -> None:
    # A GUI reads a setting while an editor's session has unsaved work: both must work,
    # and the editor's work must not be rolled back by the other session closing.
    with book.session() as editor:
        add_case(editor, "Being edited", "E-1")
        assert book.setting("casebook_id") == book.id
        with book.session() as reader:
            assert reader.scalar(select(func.count()).select_from(Case)) == 0  # not committed
        editor.commit()
    with book.session() as session:
        assert session.scalar(select(Case.title)) == "Being edited"


def test_a_background_reader_sees_committed_data_while_a_write_is_open(book: Casebook) -> None:
    # WAL: an intake or export thread can read while the GUI thread holds unsaved work.
    with book.session() as session:
        add_case(session, "Committed", "C-1")
        session.commit()
    seen: list[object] = []

    def read() -> None:
        try:
            with book.session() as reader:
                seen.append(sorted(reader.scalars(select(Case.title))))
        except BaseException as exc:
            seen.append(exc)

    with book.session() as writer:
        add_case(writer, "Not yet committed", "C-2")
        thread = threading.Thread(target=read)
        thread.start()
        thread.join(10)
        writer.commit()
    assert seen == [["Committed"]]


def test_no_temp_files_for_sorts_and_vacuum(tmp_path: Path, private_tempdir: Path) -> None:
    eng = make_engine(tmp_path / "big.db", KEY)
    try:
        with eng.begin() as conn:
            conn.exec_driver_sql("PRAGMA cache_size = 50")  # force spills if they were allowed
            conn.exec_driver_sql("CREATE TABLE t (k TEXT, v TEXT)")
            conn.exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                "INSERT INTO t SELECT hex(randomblob(16)), 'temp file leak check ' || i FROM n"
            )
            conn.exec_driver_sql("CREATE INDEX ix_t_k ON t (k)")
            rows = conn.exec_driver_sql("SELECT DISTINCT v FROM t ORDER BY k DESC").all()
            assert len(rows) == 20000
        raw = eng.raw_connection()  # VACUUM cannot run inside the engine's BEGIN
        try:
            raw.driver_connection.execute("VACUUM")
        finally:
            raw.close()
    finally:
        eng.dispose()
    assert list(private_tempdir.iterdir()) == []


def test_integrity_of_a_fresh_casebook(book: Casebook) -> None:
    assert integrity_problems(book.engine) == []
    assert damaged_pages(book.engine) == []


def test_broken_reference_is_reported(book: Casebook) -> None:
    # Raw SQL on the driver connection (autocommit), as a damaged or edited file would be.
    raw = book.engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = OFF")
        cursor.execute(
            "INSERT INTO incidents (id, case_id, title, description, date_precision, "
            "place_name, admin_area, created_at, updated_at) VALUES ('inc-1', "
            "'no-such-case', 't', '', 'unknown', '', '', '2024-01-01', '2024-01-01')"
        )
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        raw.close()
    problems = [str(p) for p in integrity_problems(book.engine)]
    assert any("broken reference in table incidents" in p for p in problems), problems


def test_damaged_pages_are_named(book: Casebook, passphrase: str) -> None:
    with book.session() as session:
        for i in range(100):
            add_case(session, "x" * 500, f"R-{i}")
        session.commit()
    folder = book.folder
    book.close()
    db = folder / DB_NAME
    raw = bytearray(db.read_bytes())
    page = 4096
    raw[page * 5 + 100] ^= 0xFF  # inside page 6
    db.write_bytes(bytes(raw))
    reopened = Casebook.open(folder, passphrase)
    try:
        problems = [str(p) for p in integrity_problems(reopened.engine)]
        assert problems and any("6" in p for p in problems), problems
        message = str(damaged(reopened.engine))
        assert message.startswith("The casebook's database is damaged")
        assert "6" in message and "backup" in message
    finally:
        reopened.close()
