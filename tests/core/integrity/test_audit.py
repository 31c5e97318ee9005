"""The audit chain (who changed what, hash-linked) and the guard on sealed records."""

from __future__ import annotations

import itertools
import json

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from casebook.core.canonical_json import FORM_KEY, FORM_NAME
from casebook.core.errors import SealedRecordError
from casebook.core.integrity.audit import chain_problems, entry_hash
from casebook.core.models import (
    AuditEntry,
    Case,
    EvidenceItem,
    Incident,
    Segment,
    Testimony,
    User,
)
from casebook.core.models.audit import GENESIS_HASH
from casebook.core.models.base import new_id, utcnow
from casebook.core.records.cases import add_case
from casebook.core.records.persons import add_person
from casebook.core.records.records import ensure_consent
from casebook.core.records.testimonies import (
    add_testimony,
    new_version,
    replace_segments,
    seal,
)
from casebook.core.store.casebook import Casebook

SECRET_TITLE = "ຂ້ອຍເຫັນທະຫານເຂົ້າມາໃນບ້ານ"


def entries(session: Session) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.sequence)))


def last_entry(book: Casebook) -> int:
    with book.session() as session:
        return session.scalar(select(func.max(AuditEntry.sequence))) or 0


def problems_of(book: Casebook) -> list[str]:
    with book.session() as session:
        return [str(p) for p in chain_problems(session)]


def raw_sql(book: Casebook, statement: str, **params: object) -> None:
    """Edit the database behind the ORM's back, as someone with the key and a SQL shell could."""
    with book.session() as session:
        session.execute(text(statement), params)
        session.commit()


# -- the chain -------------------------------------------------------------------------------


def test_creating_a_casebook_starts_a_valid_chain(book: Casebook) -> None:
    with book.session() as session:
        log = entries(session)
        assert [e.sequence for e in log] == list(range(1, len(log) + 1))
        assert {e.table_name for e in log} >= {"users", "settings"}
        assert all(e.action == "create" for e in log)
        assert log[0].prev_hash == GENESIS_HASH
        for before, after in itertools.pairwise(log):
            assert after.prev_hash == before.entry_hash
        assert all(entry_hash(e) == e.entry_hash for e in log)
        assert chain_problems(session) == []


def test_create_update_delete_are_recorded_with_who_and_what(book: Casebook) -> None:
    start = last_entry(book)
    with book.session() as session:
        case = add_case(session, "First title", "AUD-1")
        session.commit()
        case.title = "Second title"
        session.commit()
        session.delete(case)
        session.commit()
    with book.session() as session:
        created, updated, deleted = (e for e in entries(session) if e.sequence > start)
    assert (created.action, updated.action, deleted.action) == ("create", "update", "delete")
    for entry in (created, updated, deleted):
        assert entry.table_name == "cases"
        assert entry.record_id == case.id
        assert entry.actor_id == book.actor_id
        assert entry.at.tzinfo is not None
    assert created.changes["title"] == "First title"
    assert created.changes["reference"] == "AUD-1"
    assert created.changes["created_by"] == book.actor_id
    # Each entry names the canonical JSON form it was hashed in (canonical_json.py).
    assert updated.changes == {"title": ["First title", "Second title"], FORM_KEY: FORM_NAME}
    assert deleted.changes["title"] == "Second title"
    assert problems_of(book) == []


def test_a_flush_without_changes_writes_no_entry(book: Casebook) -> None:
    with book.session() as session:
        case = add_case(session, "Same", "AUD-2")
        session.commit()
        before = last_entry(book)
        case.title = "Same"  # assigned, but not changed
        session.commit()
    assert last_entry(book) == before


def test_tracked_fields_are_stamped(book: Casebook) -> None:
    with book.session() as session:
        case = add_case(session, "Stamped", "AUD-3")
        session.commit()
        created_at, first_update = case.created_at, case.updated_at
        case.summary = "more"
        session.commit()
        assert case.created_by == case.updated_by == book.actor_id
        assert case.created_at == created_at
        assert case.updated_at >= first_update


def test_many_to_many_changes_are_recorded(book: Casebook) -> None:
    with book.session() as session:
        case = add_case(session, "Links", "AUD-4")
        witness = add_person(session, case, ["witness"])
        incident = Incident(case_id=case.id, title="Village burned")
        session.add(incident)
        session.commit()
        start = last_entry(book)
        incident.persons.append(witness)
        session.commit()
        (entry,) = (e for e in entries(session) if e.sequence > start)
    assert entry.action == "update" and entry.table_name == "incidents"
    assert entry.changes["persons"] == {"added": [witness.id], "removed": []}
    assert problems_of(book) == []


def test_private_keys_are_not_copied_into_the_log(book: Casebook) -> None:
    with book.session() as session:
        (user_entry,) = [e for e in entries(session) if e.table_name == "users"]
        user = session.get(User, user_entry.record_id)
        assert user is not None and user.signing_private_key
        logged = json.dumps(user_entry.changes)
    assert user_entry.changes["signing_private_key"] == "(secret, not logged)"
    assert user.signing_private_key.hex() not in logged
    assert user_entry.changes["signing_public_key"].startswith("sha256:")


def test_the_chain_survives_closing_and_reopening(book: Casebook, passphrase: str) -> None:
    with book.session() as session:
        add_case(session, "Before close", "AUD-5")
        session.commit()
    folder = book.folder
    book.close()
    with Casebook.open(folder, passphrase) as reopened:
        with reopened.session() as session:
            add_case(session, "After reopen", "AUD-6")
            session.commit()
        assert problems_of(reopened) == []


# -- tampering found ---------------------------------------------------------------------------


@pytest.fixture
def busy_book(book: Casebook) -> Casebook:
    with book.session() as session:
        case = add_case(session, "Original title", "AUD-10")
        session.commit()
        case.title = "Edited title"
        session.commit()
    assert problems_of(book) == []
    return book


def test_an_edited_entry_is_named(busy_book: Casebook) -> None:
    raw_sql(
        busy_book,
        "UPDATE audit_log SET changes = :changes WHERE sequence = 2",
        changes=json.dumps({"forged": "value"}),
    )
    problems = problems_of(busy_book)
    assert len(problems) == 1
    assert problems[0].startswith("audit entry 2 ")
    assert "altered" in problems[0]


def test_an_edit_to_the_last_entry_is_named(busy_book: Casebook) -> None:
    last = last_entry(busy_book)
    raw_sql(
        busy_book,
        "UPDATE audit_log SET changes = :changes WHERE sequence = :last",
        changes=json.dumps({"title": ["Original title", "Something else"]}),
        last=last,
    )
    (problem,) = problems_of(busy_book)
    assert problem.startswith(f"audit entry {last} (update in cases)")


@pytest.mark.parametrize(
    "column", ["actor_id", "action", "table_name", "record_id", "at", "record_hash"], ids=str
)
def test_every_hashed_column_is_covered(busy_book: Casebook, column: str) -> None:
    value = {"at": "2001-01-01T00:00:00.000000+00:00", "record_hash": "0" * 64}.get(
        column, "forged"
    )
    raw_sql(busy_book, f"UPDATE audit_log SET {column} = :v WHERE sequence = 3", v=value)
    (problem,) = problems_of(busy_book)
    assert problem.startswith("audit entry 3 ")


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(busy_book: Casebook) -> None:
    with busy_book.session() as session:
        entry = session.get(AuditEntry, 2)
        assert entry is not None
        forged = {"forged": True}
        entry_changes_hash = entry_hash(
            AuditEntry(
                sequence=entry.sequence,
                at=entry.at,
                actor_id=entry.actor_id,
                action=entry.action,
                table_name=entry.table_name,
                record_id=entry.record_id,
                changes=forged,
                prev_hash=entry.prev_hash,
                record_hash=entry.record_hash,
            )
        )
    raw_sql(
        busy_book,
        "UPDATE audit_log SET changes = :c, entry_hash = :h WHERE sequence = 2",
        c=json.dumps(forged),
        h=entry_changes_hash,
    )
    (problem,) = problems_of(busy_book)
    assert problem.startswith("audit entry 3 ")
    assert "does not follow on" in problem


def test_a_deleted_entry_is_reported_missing(busy_book: Casebook) -> None:
    raw_sql(busy_book, "DELETE FROM audit_log WHERE sequence = 3")
    (problem,) = problems_of(busy_book)
    assert problem.startswith("audit entry 4 ")
    assert "expected entry 3" in problem and "missing" in problem


def test_a_deleted_first_entry_is_reported_missing(busy_book: Casebook) -> None:
    raw_sql(busy_book, "DELETE FROM audit_log WHERE sequence = 1")
    (problem,) = problems_of(busy_book)
    assert "expected entry 1" in problem


def test_reordered_entries_are_reported(busy_book: Casebook) -> None:
    raw_sql(busy_book, "UPDATE audit_log SET sequence = 1000 WHERE sequence = 2")
    raw_sql(busy_book, "UPDATE audit_log SET sequence = 2 WHERE sequence = 3")
    raw_sql(busy_book, "UPDATE audit_log SET sequence = 3 WHERE sequence = 1000")
    (problem,) = problems_of(busy_book)
    assert problem.startswith("audit entry 2 ")


def test_problem_messages_hold_no_case_data(book: Casebook) -> None:
    with book.session() as session:
        case = add_case(session, SECRET_TITLE, "AUD-11")
        session.commit()
        case.title = SECRET_TITLE + " (corrected)"
        session.commit()
    last = last_entry(book)
    raw_sql(book, "UPDATE audit_log SET changes = '{}' WHERE sequence = :s", s=last)
    (problem,) = problems_of(book)
    assert SECRET_TITLE not in problem and "AUD-11" not in problem


def test_audit_entries_cannot_be_deleted_through_the_orm(busy_book: Casebook) -> None:
    before = last_entry(busy_book)
    with busy_book.session() as session:
        session.delete(session.get(AuditEntry, 1))
        with pytest.raises(SealedRecordError, match="cannot be deleted"):
            session.flush()
    assert last_entry(busy_book) == before
    assert problems_of(busy_book) == []


# -- sealed records ------------------------------------------------------------------------------


@pytest.fixture
def sealed_testimony(book: Casebook) -> tuple[Casebook, str]:
    with book.session() as session:
        case = add_case(session, "Sealing", "SEAL-1")
        testimony = add_testimony(
            session, case, ["First passage.", "Second passage."], title="Statement of W-001"
        )
        session.commit()
        seal(testimony, book.actor_id, reason="signed by the witness")
        session.commit()
        return book, testimony.id


def _assert_refused(book: Casebook, testimony_id: str, change) -> None:  # type: ignore[no-untyped-def]
    before = last_entry(book)
    with book.session() as session:
        testimony = session.get(Testimony, testimony_id)
        assert testimony is not None and testimony.sealed
        with pytest.raises(SealedRecordError) as caught:
            change(session, testimony)
            session.flush()
        message = str(caught.value)
        assert message.startswith("This ") and message.endswith(".")
        assert "First passage" not in message and "Statement of W-001" not in message
        session.rollback()
    with book.session() as session:
        testimony = session.get(Testimony, testimony_id)
        assert testimony is not None
        assert testimony.title == "Statement of W-001"
        assert [s.text for s in testimony.segments] == ["First passage.", "Second passage."]
        assert testimony.sealed
    assert last_entry(book) == before
    assert problems_of(book) == []


def test_sealing_is_recorded(sealed_testimony: tuple[Casebook, str]) -> None:
    book, testimony_id = sealed_testimony
    with book.session() as session:
        entry = session.scalar(
            select(AuditEntry).where(
                AuditEntry.record_id == testimony_id, AuditEntry.action == "update"
            )
        )
        assert entry is not None and entry.changes["seal_reason"][1] == "signed by the witness"
        assert entry.changes["sealed_at"][0] is None


def test_sealed_testimony_cannot_be_updated(sealed_testimony: tuple[Casebook, str]) -> None:
    def change(session: Session, testimony: Testimony) -> None:
        testimony.title = "Rewritten"

    _assert_refused(*sealed_testimony, change)


def test_sealed_testimony_cannot_be_unsealed(sealed_testimony: tuple[Casebook, str]) -> None:
    def change(session: Session, testimony: Testimony) -> None:
        testimony.sealed_at = None

    _assert_refused(*sealed_testimony, change)


def test_sealed_testimony_cannot_be_deleted(sealed_testimony: tuple[Casebook, str]) -> None:
    def change(session: Session, testimony: Testimony) -> None:
        session.delete(testimony)

    _assert_refused(*sealed_testimony, change)


def test_segments_of_a_sealed_testimony_cannot_be_edited(
    sealed_testimony: tuple[Casebook, str],
) -> None:
    def change(session: Session, testimony: Testimony) -> None:
        testimony.segments[0].text = "A different account."

    _assert_refused(*sealed_testimony, change)


def test_segments_of_a_sealed_testimony_cannot_be_deleted(
    sealed_testimony: tuple[Casebook, str],
) -> None:
    def change(session: Session, testimony: Testimony) -> None:
        session.delete(testimony.segments[1])

    _assert_refused(*sealed_testimony, change)


def test_no_segment_can_be_added_to_a_sealed_testimony(
    sealed_testimony: tuple[Casebook, str],
) -> None:
    def change(session: Session, testimony: Testimony) -> None:
        session.add(Segment(testimony_id=testimony.id, position=3, text="Slipped in."))

    _assert_refused(*sealed_testimony, change)


def test_replace_segments_refuses_a_sealed_testimony(
    sealed_testimony: tuple[Casebook, str],
) -> None:
    def change(session: Session, testimony: Testimony) -> None:
        replace_segments(testimony, ["Rewritten."])

    _assert_refused(*sealed_testimony, change)


def test_a_sealed_statement_still_takes_and_changes_its_consent(
    sealed_testimony: tuple[Casebook, str],
) -> None:
    """Consent is the person's to give or withdraw: sealing the statement must not stop it
    (opening a sealed statement that had no consent record used to fail as "sealed")."""
    book, testimony_id = sealed_testimony
    with book.session() as session:
        testimony = session.get(Testimony, testimony_id)
        assert testimony is not None and testimony.sealed and testimony.consent is None
        consent = ensure_consent(testimony)
        session.commit()
        consent.withdrawn_on = "2026-11-30"
        session.commit()
    with book.session() as session:
        made = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "consents")).all()
        assert [entry.action for entry in made] == ["create", "update"]
        testimony = session.get(Testimony, testimony_id)
        assert testimony is not None and testimony.sealed
        assert testimony.consent is not None and testimony.consent.withdrawn_on == "2026-11-30"
    assert problems_of(book) == []
    # The statement itself stays closed.
    _assert_refused(book, testimony_id, lambda session, t: setattr(t, "title", "Rewritten"))


def test_a_correction_is_a_new_version(sealed_testimony: tuple[Casebook, str]) -> None:
    book, testimony_id = sealed_testimony
    with book.session() as session:
        old = session.get(Testimony, testimony_id)
        assert old is not None
        successor = new_version(session, old, ["First passage, corrected.", "Second passage."])
        session.commit()
        assert successor.supersedes_id == old.id and successor.version == 2
        assert not successor.sealed
        successor.title = "Corrected statement"  # a draft can be edited
        session.commit()
    assert problems_of(book) == []


def test_a_draft_testimony_can_be_edited_and_deleted(book: Casebook) -> None:
    with book.session() as session:
        case = add_case(session, "Drafts", "DRAFT-1")
        testimony = add_testimony(session, case, ["Draft passage."])
        session.commit()
        testimony.segments[0].text = "Edited draft passage."
        session.commit()
        session.delete(testimony)
        session.commit()
        assert session.scalar(select(func.count()).select_from(Segment)) == 0


def _evidence(session: Session, case: Case, sealed: bool) -> EvidenceItem:
    item_id = new_id()
    item = EvidenceItem(id=item_id, lineage_id=item_id, case_id=case.id, title="Photo 12")
    if sealed:
        item.sealed_at = utcnow()
    session.add(item)
    session.flush()
    return item


@pytest.mark.parametrize("action", ["update", "delete", "unseal"])
def test_sealed_evidence_cannot_be_changed(book: Casebook, action: str) -> None:
    with book.session() as session:
        case = add_case(session, "Evidence", "EV-1")
        item = _evidence(session, case, sealed=True)  # sealed as it was created: allowed
        session.commit()
        item_id = item.id
    before = last_entry(book)
    with book.session() as session:
        item = session.get(EvidenceItem, item_id)
        assert item is not None
        if action == "update":
            item.description = "altered"
        elif action == "delete":
            session.delete(item)
        else:
            item.sealed_at = None
        with pytest.raises(SealedRecordError):
            session.flush()
    with book.session() as session:
        item = session.get(EvidenceItem, item_id)
        assert item is not None and item.sealed and item.description == ""
    assert last_entry(book) == before


def test_unsealed_evidence_can_be_changed(book: Casebook) -> None:
    with book.session() as session:
        case = add_case(session, "Evidence", "EV-2")
        item = _evidence(session, case, sealed=False)
        session.commit()
        item.description = "added detail"
        session.commit()
        session.delete(item)
        session.commit()
    assert problems_of(book) == []
