"""Documentation the guidelines ask for (issue 16 item 4): interview circumstances, prior
accounts, support referral, original or copy and where the original is kept.

Each field is optional and empty until stated; set through the records layer it is checked,
audited and bound to the audit chain, so an edit made outside Casebook is named by verify;
an old record (before schema 0009) keeps its hash.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select, text

from casebook.core.errors import SealedRecordError, ValidationError
from casebook.core.integrity.record_binding import record_hash
from casebook.core.models import AuditEntry, EvidenceItem, Testimony
from casebook.core.models.evidence import EVIDENCE_DOCUMENTATION
from casebook.core.models.testimony import TESTIMONY_DOCUMENTATION
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.records import update_field
from casebook.core.records.testimonies import add_testimony, new_version, seal
from casebook.core.store.casebook import Casebook
from casebook.core.verification import verify_casebook

INTERVIEW = {
    "people_present": "Her sister; a camp volunteer",
    "interview_recording": "audio",
    "prior_accounts": "given",
    "prior_accounts_to": "UN Fact-Finding Mission; a journalist",
    "prior_accounts_when": "March 2018 and June 2019",
    "support_referral": "referred",
    "support_referral_to": "MSF psychosocial team, Camp 7",
}


@pytest.fixture
def made(book: Casebook, tmp_path: Path) -> dict[str, str]:
    photo = tmp_path / "school.png"
    Image.new("RGB", (8, 8), "purple").save(photo)
    with book.session() as s:
        case = add_case(s, "Documented case", "DOC-1")
        plain = add_testimony(s, case, ["Soldiers came at dawn."], language="en")
        documented = add_testimony(s, case, ["They burned the school."], documentation=INTERVIEW)
        item = take_in(
            book, s, case, photo, copy_status="working_copy", original_location="Safe, office A"
        ).item
        bare = take_in(book, s, case, photo, title="Same photo, nothing said").item
        s.commit()
        return {"plain": plain.id, "documented": documented.id, "item": item.id, "bare": bare.id}


def test_nothing_is_filled_in_for_the_user(book, made):
    with book.session() as s:
        plain = s.get(Testimony, made["plain"])
        assert {name: getattr(plain, name) for name in TESTIMONY_DOCUMENTATION} == {
            "people_present": "",
            "interview_recording": None,
            "prior_accounts": None,
            "prior_accounts_to": "",
            "prior_accounts_when": "",
            "support_referral": None,
            "support_referral_to": "",
        }
        bare = s.get(EvidenceItem, made["bare"])
        assert (bare.copy_status, bare.original_location) == (None, "")


def test_stated_values_are_stored_as_given(book, made):
    with book.session() as s:
        documented = s.get(Testimony, made["documented"])
        assert {name: getattr(documented, name) for name in TESTIMONY_DOCUMENTATION} == INTERVIEW
        item = s.get(EvidenceItem, made["item"])
        assert (item.copy_status, item.original_location) == ("working_copy", "Safe, office A")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("interview_recording", "tape"),
        ("prior_accounts", "yes"),
        ("support_referral", "maybe"),
    ],
)
def test_a_choice_outside_the_list_is_refused_with_the_choices(book, made, field, value):
    with book.session() as s:
        testimony = s.get(Testimony, made["plain"])
        with pytest.raises(ValidationError, match="Choose one of") as caught:
            update_field(s, testimony, field, value)
        assert caught.value.location == field
        assert getattr(testimony, field) is None


def test_a_bad_copy_status_at_intake_is_refused_before_the_file_is_read(book, tmp_path):
    with book.session() as s:
        case = add_case(s, "Intake", "DOC-2")
        with pytest.raises(ValidationError, match="original, working_copy, copy"):
            take_in(book, s, case, tmp_path / "not-even-there.png", copy_status="the original")


def test_an_unknown_documentation_name_is_refused(book):
    with book.session() as s:
        case = add_case(s, "Names", "DOC-3")
        with pytest.raises(ValidationError, match="not a documentation field"):
            add_testimony(s, case, ["Text."], documentation={"title": "sneaked in"})


def test_a_choice_can_be_cleared_back_to_not_recorded(book, made):
    with book.session() as s:
        item = s.get(EvidenceItem, made["item"])
        assert update_field(s, item, "copy_status", "") is None
        assert update_field(s, item, "original_location", "  ") == ""
        s.commit()
    assert verify_casebook(book).ok


def test_edits_are_audited_and_bound(book, made):
    with book.session() as s:
        testimony = s.get(Testimony, made["plain"])
        update_field(s, testimony, "people_present", "Her husband")
        update_field(s, testimony, "support_referral", "declined")
        s.commit()
        last = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "testimonies", AuditEntry.record_id == testimony.id)
            .order_by(AuditEntry.sequence.desc())
        ).first()
        assert last.action == "update" and last.record_hash == record_hash(testimony)
    assert verify_casebook(book).ok


@pytest.mark.parametrize(
    ("statement", "record"),
    [
        ("UPDATE testimonies SET people_present = 'Nobody' WHERE id = :i", "documented"),
        ("UPDATE testimonies SET prior_accounts = NULL WHERE id = :i", "documented"),
        ("UPDATE testimonies SET support_referral = 'referred' WHERE id = :i", "plain"),
        ("UPDATE testimonies SET prior_accounts_to = 'ICC' WHERE id = :i", "plain"),
        ("UPDATE evidence_items SET copy_status = 'original' WHERE id = :i", "item"),
        ("UPDATE evidence_items SET copy_status = 'original' WHERE id = :i", "bare"),
        ("UPDATE evidence_items SET original_location = '' WHERE id = :i", "item"),
    ],
)
def test_an_edit_outside_casebook_is_named_by_verify(book, made, statement, record):
    assert verify_casebook(book).ok
    with book.session() as s:
        s.execute(text(statement), {"i": made[record]})
        s.commit()
    report = verify_casebook(book)
    assert not report.ok
    table = "evidence_items" if record in ("item", "bare") else "testimonies"
    assert any(f"record {table}/{made[record]} differs" in str(p) for p in report.problems)


def test_an_empty_field_is_left_out_of_the_hash(book, made):
    """The hash of a record that states nothing is what it was before schema 0009."""
    with book.session() as s:
        plain = s.get(Testimony, made["plain"])
        before = record_hash(plain)
        plain.people_present = "x"
        assert record_hash(plain) != before
        plain.people_present = ""
        assert record_hash(plain) == before
        s.rollback()


def test_a_new_version_keeps_the_documentation(book, made):
    with book.session() as s:
        documented = s.get(Testimony, made["documented"])
        seal(documented, book.actor_id)
        s.commit()
        with pytest.raises(SealedRecordError):
            update_field(s, documented, "people_present", "Changed after sealing")
            s.flush()
        s.rollback()
        documented = s.get(Testimony, made["documented"])
        successor = new_version(s, documented)
        s.commit()
        assert {n: getattr(successor, n) for n in TESTIMONY_DOCUMENTATION} == INTERVIEW


def test_the_field_lists_name_columns_of_their_models():
    assert set(TESTIMONY_DOCUMENTATION) <= set(Testimony.__table__.columns.keys())
    assert set(EVIDENCE_DOCUMENTATION) <= set(EvidenceItem.__table__.columns.keys())


def test_a_casebook_from_before_0009_opens_with_them_empty_and_its_records_bound(tmp_path):
    import shutil

    fixture = Path(__file__).parents[2] / "fixtures" / "casebook-rev0008"
    folder = tmp_path / "old"
    shutil.copytree(fixture, folder)
    book = Casebook.open(folder, "fixture passphrase ຂ້ອຍ")
    try:
        assert verify_casebook(book).ok  # no record's hash changed with the new columns
        with book.session() as s:
            testimony = s.scalar(select(Testimony))
            item = s.scalar(select(EvidenceItem))
            assert {n: getattr(testimony, n) for n in TESTIMONY_DOCUMENTATION} == {
                n: (None if n in ("interview_recording", "prior_accounts", "support_referral")
                    else "")
                for n in TESTIMONY_DOCUMENTATION
            }  # fmt: skip
            update_field(s, item, "copy_status", "original")
            s.commit()
        assert verify_casebook(book).ok
    finally:
        book.close()
