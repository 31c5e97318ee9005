"""The history anchor on this computer: a rolled-back or rewritten casebook is named.

Each attack is one from issue 11 after which `casebook verify` said "All checks passed":
someone with the passphrase rewrote the chain and re-hashed it, or put an older copy back.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text

from casebook.core.integrity.audit import chain_problems, entry_hash
from casebook.core.models import AuditEntry
from casebook.core.models.audit import GENESIS_HASH
from casebook.core.records.cases import add_case
from casebook.core.store import history_anchor
from casebook.core.store.casebook import Casebook
from casebook.core.verification import verify_casebook


def add_cases(book: Casebook, count: int, start: int = 0) -> None:
    with book.session() as session:
        for n in range(start, start + count):
            add_case(session, f"Case {n}", f"ANC-{n}")
            session.commit()


def reopen(folder: Path, passphrase: str) -> Casebook:
    return Casebook.open(folder, passphrase)


def rehash_from(session, first: int) -> None:
    """Recompute every entry hash from ``first`` on, as an attacker with the key would."""
    prev = GENESIS_HASH
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.sequence)):
        if entry.sequence >= first:
            entry.prev_hash = prev
            entry.entry_hash = entry_hash(entry)
        prev = entry.entry_hash
    session.commit()


@pytest.fixture
def closed_book(book: Casebook) -> Path:
    add_cases(book, 3)
    book.close()
    return book.folder


def test_an_unchanged_casebook_reopens_without_a_warning(closed_book: Path, passphrase: str):
    book = reopen(closed_book, passphrase)
    try:
        assert book.history_warning is None
        assert verify_casebook(book).ok
    finally:
        book.close()


@pytest.mark.parametrize("what", ["folder", "database"])
def test_an_older_copy_put_back_is_named_on_open_and_by_verify(
    closed_book: Path, passphrase: str, tmp_path: Path, what: str
):
    older = tmp_path / "older-copy"
    shutil.copytree(closed_book, older)
    book = reopen(closed_book, passphrase)
    add_cases(book, 2, start=10)
    book.close()
    if what == "folder":
        shutil.rmtree(closed_book)
        shutil.copytree(older, closed_book)
    else:
        shutil.copy2(older / "casebook.db", closed_book / "casebook.db")

    book = reopen(closed_book, passphrase)
    try:
        assert book.history_warning is not None
        warning = str(book.history_warning)
        assert warning.startswith(
            "This casebook is older than the copy last opened on this computer"
        )
        report = verify_casebook(book)
        assert warning in [str(p) for p in report.problems]
    finally:
        book.close()
    again = reopen(closed_book, passphrase)  # closing did not move the anchor back
    try:
        assert str(again.history_warning) == warning
    finally:
        again.close()


def test_a_chain_edited_and_re_hashed_is_named_with_where_it_was_rewritten(
    book: Casebook, passphrase: str, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(history_anchor, "CHECKPOINT_EVERY", 5)
    add_cases(book, 25)
    folder = book.folder
    book.close()
    book = reopen(folder, passphrase)
    with book.session() as session:
        entry = session.get(AuditEntry, 17)
        entry.changes = {**entry.changes, "title": "A different case"}
        session.commit()
        rehash_from(session, 17)
        assert chain_problems(session) == []  # the chain alone no longer sees it
    book.close()

    book = reopen(folder, passphrase)
    try:
        assert book.history_warning is not None
        warning = str(book.history_warning)
        assert warning.startswith("This casebook's history was rewritten after audit entry 15:")
        assert not verify_casebook(book).ok
    finally:
        book.close()


def test_the_last_forty_entries_deleted_are_named(book: Casebook, passphrase: str):
    add_cases(book, 45)
    folder = book.folder
    with book.session() as session:
        last = session.scalar(select(AuditEntry.sequence).order_by(AuditEntry.sequence.desc()))
    book.close()
    book = reopen(folder, passphrase)
    with book.session() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.sequence > last - 40))
        session.commit()
        assert chain_problems(session) == []
    book.close()  # closing checks before it moves the anchor

    book = reopen(folder, passphrase)
    try:
        assert book.history_warning is not None
        assert f"ends at audit entry {last - 40}" in str(book.history_warning)
        assert f"reached entry {last}" in str(book.history_warning)
    finally:
        book.close()


def test_an_entry_deleted_and_the_rest_renumbered_is_named(
    book: Casebook, passphrase: str, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(history_anchor, "CHECKPOINT_EVERY", 10)
    add_cases(book, 30)
    folder = book.folder
    book.close()
    book = reopen(folder, passphrase)
    with book.session() as session:
        session.execute(text("DELETE FROM audit_log WHERE sequence = 24"))
        session.execute(text("UPDATE audit_log SET sequence = sequence - 1 WHERE sequence > 24"))
        session.commit()
        rehash_from(session, 24)
        assert chain_problems(session) == []
    book.close()

    book = reopen(folder, passphrase)
    try:
        assert book.history_warning is not None
        assert str(book.history_warning).startswith(
            "This casebook's history was rewritten after audit entry 20:"
        )
    finally:
        book.close()


def test_accepting_the_history_makes_it_the_reference(
    closed_book: Path, passphrase: str, tmp_path: Path
):
    older = tmp_path / "older-copy"
    shutil.copytree(closed_book, older)
    book = reopen(closed_book, passphrase)
    add_cases(book, 1, start=20)
    book.close()
    shutil.rmtree(closed_book)
    shutil.copytree(older, closed_book)
    book = reopen(closed_book, passphrase)
    try:
        assert book.history_warning is not None
        book.accept_history()
        assert book.history_warning is None
        assert verify_casebook(book).ok
    finally:
        book.close()
    book = reopen(closed_book, passphrase)
    try:
        assert book.history_warning is None
    finally:
        book.close()


def test_a_damaged_anchor_file_is_treated_as_never_seen(closed_book: Path, passphrase: str):
    book = reopen(closed_book, passphrase)
    anchor_file = history_anchor._path(book.id)
    book.close()
    anchor_file.write_text("{not json", encoding="utf-8")
    book = reopen(closed_book, passphrase)
    try:
        assert book.history_warning is None
    finally:
        book.close()
    assert history_anchor.load(book.id) is not None  # rewritten on close
