"""Records bound to the audit chain: edits made with the key and a SQL shell are named.

Each test is an attack from issue 11 that `casebook verify` passed before records were bound:
the chain was intact, so nothing looked wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select, text

from casebook.core.analysis import add_tag
from casebook.core.integrity.audit import chain_problems
from casebook.core.integrity.record_binding import binding_problems, record_hash
from casebook.core.integrity.signing import sign_bytes
from casebook.core.models import (
    AuditEntry,
    Case,
    CustodyEvent,
    EvidenceItem,
    Segment,
    Testimony,
    User,
)
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.persons import add_person
from casebook.core.records.records import add_incident, set_incident_link
from casebook.core.records.testimonies import ConsentTerms, add_testimony
from casebook.core.store.casebook import Casebook
from casebook.core.verification import verify_casebook


@pytest.fixture
def case_book(book: Casebook, tmp_path: Path) -> Casebook:
    photo = tmp_path / "school.png"
    Image.new("RGB", (8, 8), "purple").save(photo)
    with book.session() as s:
        case = add_case(s, "Bound case", "BIND-1")
        witness = add_person(s, case, ["witness"], identity={"full_name": "Aung Min"})
        add_testimony(
            s, case, ["Soldiers came at dawn.", "They burned the school."], witness=witness,
            language="en", consent=ConsentTerms(legal_proceedings=True, jurisdictions=["DE"]),
        )  # fmt: skip
        item = take_in(book, s, case, photo, title="Photo of the school").item
        incident = add_incident(s, case, "Burning of the school", date_start="2017-08-25")
        set_incident_link(s, incident, "evidence", item.id, True)
        s.commit()
    assert problems_of(book) == []
    return book


def problems_of(book: Casebook) -> list[str]:
    with book.session() as session:
        return [str(p) for p in binding_problems(session)[0]]


def raw_sql(book: Casebook, statement: str, **params: object) -> None:
    with book.session() as session:
        session.execute(text(statement), params)
        session.commit()


def one(book: Casebook, model: type, **where: object) -> object:
    with book.session() as session:
        return session.scalars(select(model).filter_by(**where)).first()


def test_a_fresh_case_is_bound_and_verify_counts_it(case_book: Casebook) -> None:
    report = verify_casebook(case_book)
    assert report.ok, report.problems
    assert report.checked["records bound to the audit log"] >= 8


def test_a_testimony_text_edited_with_sql_is_named(case_book: Casebook) -> None:
    segment = one(case_book, Segment, position=2)
    raw_sql(
        case_book, "UPDATE testimony_segments SET text = 'They left.' WHERE id = :i", i=segment.id
    )
    with case_book.session() as session:
        assert chain_problems(session) == []  # the chain alone cannot see it
    (problem,) = problems_of(case_book)
    assert problem.startswith(f"record testimony_segments/{segment.id} differs from")
    assert "changed outside Casebook" in problem
    assert "school" not in problem  # names the record, never its text
    assert not verify_casebook(case_book).ok


@pytest.mark.parametrize(
    ("model", "table", "first"),
    [
        (Testimony, "testimonies", ["testimony_segments", "consents"]),
        (EvidenceItem, "evidence_items", ["custody_events", "incident_evidence"]),
    ],
    ids=["testimony", "evidence"],
)
def test_a_record_deleted_with_sql_is_named(
    case_book: Casebook, model: type, table: str, first: list[str]
) -> None:
    record = one(case_book, model)
    key = "testimony_id" if model is Testimony else "evidence_id"
    with case_book.session() as session:
        for dependent in first:  # what refers to it goes first, as the foreign keys demand
            session.execute(text(f"DELETE FROM {dependent} WHERE {key} = :i"), {"i": record.id})
        session.execute(text(f"DELETE FROM {table} WHERE id = :i"), {"i": record.id})
        session.commit()
    problems = problems_of(case_book)
    assert any(
        p.startswith(f"record {table}/{record.id} is missing") and "deleted outside" in p
        for p in problems
    ), problems


def test_a_row_inserted_with_sql_is_named(case_book: Casebook) -> None:
    raw_sql(
        case_book,
        "INSERT INTO settings (key, value) VALUES ('planted', 'x')",
    )
    assert problems_of(case_book) == [
        "record settings/planted is in the database but in no audit entry: it was added "
        "outside Casebook"
    ]


def test_an_incident_link_removed_with_sql_is_named(case_book: Casebook) -> None:
    raw_sql(case_book, "DELETE FROM incident_evidence")
    (problem,) = problems_of(case_book)
    assert problem.startswith("record incidents/") and "changed outside" in problem


def test_a_custody_event_re_signed_with_the_users_own_key_is_named(case_book: Casebook) -> None:
    """The signing key lives in the same database: a valid signature proves nothing here."""
    event = one(case_book, CustodyEvent)
    user = one(case_book, User, id=event.actor_id)
    forged = sign_bytes(user.signing_private_key, b"rewritten custody event")
    raw_sql(
        case_book,
        "UPDATE custody_events SET reason = 'found on the road', signature = :s WHERE id = :i",
        s=forged,
        i=event.id,
    )
    problems = problems_of(case_book)
    assert any(p.startswith(f"record custody_events/{event.id} differs") for p in problems)


def test_a_deleted_record_put_back_is_named(case_book: Casebook) -> None:
    with case_book.session() as session:
        case = session.scalars(select(Case)).first()

        tag = add_tag(
            session, case, "7(1)(d)/1", incident_id=case.incidents[0].id, support="direct"
        ).tag
        session.commit()
        row = dict(
            session.execute(text("SELECT * FROM tags WHERE id = :i"), {"i": tag.id}).one()._mapping
        )
        session.delete(tag)
        session.commit()
    columns = ", ".join(row)
    raw_sql(
        case_book, f"INSERT INTO tags ({columns}) VALUES ({', '.join(':' + k for k in row)})", **row
    )
    (problem,) = problems_of(case_book)
    assert problem.startswith(f"record tags/{row['id']} was deleted in audit entry")


def test_changes_through_the_services_stay_bound(case_book: Casebook) -> None:
    with case_book.session() as session:
        item = session.scalars(select(EvidenceItem)).first()
        item.description = "Taken by the field team, 26 August"
        session.commit()
        last = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_id == item.id)
            .order_by(AuditEntry.sequence.desc())
        ).first()
        assert last.record_hash == record_hash(item)
    assert problems_of(case_book) == []


def test_old_entries_without_a_record_hash_are_bound_on_open(
    case_book: Casebook, passphrase: str
) -> None:
    raw_sql(case_book, "UPDATE audit_log SET record_hash = NULL")  # as written before 0004
    folder = case_book.folder
    # Re-hash the chain as an 0003 casebook had it, so only the binding is missing.
    with case_book.session() as session:
        from casebook.core.integrity.audit import entry_hash
        from casebook.core.models.audit import GENESIS_HASH

        prev = GENESIS_HASH
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.sequence)):
            entry.prev_hash = prev
            entry.entry_hash = entry_hash(entry)
            prev = entry.entry_hash
        session.commit()
    case_book.accept_history()
    case_book.close()
    reopened = Casebook.open(folder, passphrase)
    try:
        with reopened.session() as session:
            binds = session.scalars(select(AuditEntry).where(AuditEntry.action == "bind")).all()
        assert len(binds) >= 8
        assert verify_casebook(reopened).ok
    finally:
        reopened.close()
