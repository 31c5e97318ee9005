"""The evidence list's filter uses its trigram index and answers exactly as the old scan did.

The old filter was a ``LIKE`` scan of the case's items (title, file name, media type). The
reference below is that scan written out in SQL, independent of the module under test.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from alembic import command
from PIL import Image
from sqlalchemy import delete, func, insert, literal_column, select, text

from casebook.core.models import EvidenceItem
from casebook.core.records import evidence_filter
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.persons import add_person
from casebook.core.records.records import set_evidence_person, update_field
from casebook.core.records.testimonies import ConsentTerms, add_testimony
from casebook.core.store import migrate
from casebook.core.store.casebook import Casebook

LAO = "ຮູບບ້ານທີ່ຖືກເຜົາ"  # photo of the burned house
BURMESE = "မီးရှို့ခံရသောရွာ"  # the village that was burned
FIXTURES = Path(__file__).parents[2] / "fixtures"
FIXTURE_PASSPHRASE = "fixture passphrase ຂ້ອຍ"

# (title, original file name, media type)
ITEMS = [
    (LAO, "IMG_0001.JPG", "image/jpeg"),
    ("Market after the fire", f"{BURMESE}.mp4", "video/mp4"),
    ("Report 100% complete", "report_final.pdf", "application/pdf"),
    ('The "quoted" letter', "letter.txt", "text/plain"),
    ("ΑΒΓ Greek capitals", "greek.png", "image/png"),
    ("αβγ greek small", "greek2.png", "image/png"),
    ("Checkpoint photo", "checkpoint.jpg", "image/jpeg"),
    ("Scan of D:\\field\\0_1%", "scan.tif", "image/tiff"),
]
QUERIES = [
    "ບ້ານ", "ທີ່ຖືກ", "ຂ້ອຍ", "ရွာ", "မီးရှို့", "img_0", "jpg", "JPG", "image/", "100%", "0% c",
    "t_f", '"quoted"', 'ed" l', "αβγ", "ΑΒΓ", "Market", "fire", "ire", "re", "e", "%", "_",
    "   photo  ", "nowhere to be found", "Withheld",
    # One and two characters: no trigram; the index's copy is scanned instead.
    "ບ", "ບ້", "ຖື", "ຂ", "ရ", "ရွ", "မီ", "0%", "%c", "t_", "_0", "\\", "\\%", "%%", "__",
    "i", "I", "jP", "Wi", "wI", "/", "α", "Α", " e ", "q", "zz",
    # Across the line breaks joining an item's texts in evidence_texts: candidates only.
    "e\nr", "f\na", "F\nApp",
]  # fmt: skip


def scan(session, case_id: str, typed: str) -> list[str]:
    """The old filter: a LIKE scan of the case's items, in intake order."""
    typed = typed.strip()
    if not typed:
        sql = "SELECT id FROM evidence_items WHERE case_id = :c ORDER BY rowid"
        return list(session.scalars(text(sql), {"c": case_id}))
    pattern = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    sql = (
        "SELECT id FROM evidence_items WHERE case_id = :c AND (title LIKE :p ESCAPE '\\' "
        "OR original_filename LIKE :p ESCAPE '\\' OR media_type LIKE :p ESCAPE '\\') "
        "ORDER BY rowid"
    )
    return list(session.scalars(text(sql), {"c": case_id, "p": pattern}))


def filtered(session, case_id: str, typed: str, limit: int = 1000) -> list[str]:
    return list(session.scalars(evidence_filter.page([EvidenceItem.id], case_id, typed, 0, limit)))


def plan(session, query) -> str:
    compiled = query.compile(session.bind, compile_kwargs={"literal_binds": True})
    rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
    return " | ".join(row[-1] for row in rows)


@pytest.fixture
def listed(book, tmp_path):
    """A case with items in several scripts, one whose witness withheld consent, and another
    case holding items with the same words (which the filter must never show)."""
    photo = tmp_path / "withheld.png"
    Image.new("RGB", (8, 8), "red").save(photo)
    with book.session() as s:
        case = add_case(s, "Filter case", "EF-1")
        other = add_case(s, "Other case", "EF-2")
        rows = []
        for title, name, media_type in ITEMS:
            for owner in (case, other):
                item_id = str(uuid.uuid4())
                rows.append({
                    "id": item_id, "lineage_id": item_id, "case_id": owner.id, "kind": "other",
                    "title": title, "original_filename": name, "media_type": media_type,
                    "extracted_metadata": {},
                })  # fmt: skip
        s.execute(insert(EvidenceItem), rows)
        witness = add_person(s, case, ["witness"])
        add_testimony(
            s, case, ["They came at night."], witness=witness, language="en",
            consent=ConsentTerms(legal_proceedings=False),
        )  # fmt: skip
        withheld = take_in(book, s, case, photo, title="Withheld injuries photo").item
        set_evidence_person(s, withheld, witness.pseudonym)
        s.commit()
        yield s, case.id, other.id, withheld.id


@pytest.mark.parametrize("typed", QUERIES)
def test_the_filter_answers_as_the_scan_did(listed, typed):
    session, case_id, other_id, _ = listed
    assert filtered(session, case_id, typed) == scan(session, case_id, typed)
    assert filtered(session, other_id, typed) == scan(session, other_id, typed)


def test_the_filter_finds_words_in_unspaced_scripts_and_only_in_the_case(listed):
    session, case_id, _, _ = listed
    found = filtered(session, case_id, "ທີ່ຖືກ")
    assert len(found) == 1
    assert session.get(EvidenceItem, found[0]).case_id == case_id
    assert len(filtered(session, case_id, "ရွာ")) == 1
    # ASCII letters match in either case (as LIKE); other scripts exactly, as before.
    assert len(filtered(session, case_id, "jpg")) == 2
    assert len(filtered(session, case_id, "αβγ")) == 1


def test_an_item_withheld_for_consent_is_listed_as_the_list_lists_it(listed):
    session, case_id, other_id, withheld = listed
    everything = filtered(session, case_id, "")
    assert withheld in everything  # the list shows every item of its case
    assert filtered(session, case_id, "Withheld") == [withheld]
    assert filtered(session, other_id, "Withheld") == []
    for typed in QUERIES:
        assert set(filtered(session, case_id, typed)) <= set(everything)


def test_three_characters_or_more_use_the_index_not_a_scan(listed):
    session, case_id, _, _ = listed
    columns = [EvidenceItem.id, EvidenceItem.title]
    indexed = plan(session, evidence_filter.page(columns, case_id, "ບ້ານ", 0, 256))
    assert indexed.startswith("SCAN evidence_filter VIRTUAL TABLE"), indexed
    assert "evidence_items USING INTEGER PRIMARY KEY (rowid=?)" in indexed, indexed
    assert "ix_evidence_items_case_id" not in indexed and "TEMP B-TREE" not in indexed, indexed
    counted = plan(session, evidence_filter.count(case_id, "jpg"))
    assert counted.startswith("SCAN evidence_filter VIRTUAL TABLE"), counted
    assert session.scalar(evidence_filter.count(case_id, "jpg")) == 2


@pytest.mark.parametrize("typed", ["jp", "ບ", "%"])
def test_one_or_two_characters_scan_the_index_copy_in_list_order(listed, typed):
    """Not the case's items by their case_id index: a rare short text read every item."""
    session, case_id, _, _ = listed
    columns = [EvidenceItem.id, EvidenceItem.title]
    short = plan(session, evidence_filter.page(columns, case_id, typed, 0, 256))
    assert short.startswith("SCAN evidence_texts |"), short
    assert "evidence_items USING INTEGER PRIMARY KEY (rowid=?)" in short, short
    assert "ix_evidence_items_case_id" not in short and "TEMP B-TREE" not in short, short
    counted = plan(session, evidence_filter.count(case_id, typed))
    assert counted.startswith("SCAN evidence_texts |"), counted
    assert session.scalar(evidence_filter.count(case_id, typed)) == len(
        scan(session, case_id, typed)
    )


@pytest.mark.parametrize("typed", ["", "e", "jp", "jpg"])
def test_a_page_of_the_list_is_the_same_slice_of_the_scan(listed, typed):
    session, case_id, _, _ = listed
    everything = scan(session, case_id, typed)
    for offset in range(len(everything) + 1):
        page = evidence_filter.page([EvidenceItem.id], case_id, typed, offset, 2)
        assert list(session.scalars(page)) == everything[offset : offset + 2]


def test_the_index_follows_changes_to_items(listed):
    session, case_id, _, withheld = listed
    item = session.get(EvidenceItem, withheld)
    update_field(session, item, "title", "Renamed ຮູບໃໝ່")
    session.commit()
    assert filtered(session, case_id, "injuries") == []  # the old title
    assert filtered(session, case_id, "ຮູບໃໝ່") == [withheld]
    assert filtered(session, case_id, "withheld.p") == [withheld]  # the file name is kept
    session.execute(delete(EvidenceItem).where(EvidenceItem.title == "Checkpoint photo"))
    session.commit()
    assert filtered(session, case_id, "Checkpoint") == []
    assert filtered(session, case_id, "checkpoint.j") == []
    indexed = session.scalar(text("SELECT count(*) FROM evidence_filter"))
    assert indexed == session.scalar(select(func.count()).select_from(EvidenceItem))
    texts = session.execute(text("SELECT item, text FROM evidence_texts ORDER BY item")).all()
    items = select(literal_column("rowid"), EvidenceItem.title, EvidenceItem.original_filename,
                   EvidenceItem.media_type).order_by(literal_column("rowid"))  # fmt: skip
    assert texts == [
        (row[0], "\n".join(value or "" for value in row[1:])) for row in session.execute(items)
    ]
    session.execute(
        text("INSERT INTO evidence_filter (evidence_filter) VALUES ('integrity-check')")
    )


def test_upgrading_a_casebook_fills_the_index_and_downgrading_removes_it(tmp_path):
    folder = tmp_path / "book"
    shutil.copytree(FIXTURES / "casebook-rev0009", folder)
    book = Casebook.open(folder, FIXTURE_PASSPHRASE)
    try:
        with book.session() as s:
            item = s.scalar(select(EvidenceItem))
            assert filtered(s, item.case_id, "of the sch") == [item.id]
            assert filtered(s, item.case_id, "image/png") == [item.id]
        config = migrate._config()
        with book.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0009")
        with book.engine.connect() as conn:
            names = conn.execute(text("SELECT name FROM sqlite_master")).scalars().all()
        assert not [n for n in names if n.startswith("evidence_filter")], names
    finally:
        book.close()


def counted(session, case_id: str) -> int:
    return session.scalar(evidence_filter.count(case_id))


def test_the_case_count_follows_items_added_removed_and_moved(listed):
    """The unfiltered count is read from evidence_counts (kept by triggers), not counted."""
    session, case_id, other_id, withheld = listed
    assert "evidence_counts" in plan(session, evidence_filter.count(case_id))
    assert counted(session, case_id) == len(scan(session, case_id, "")) == len(ITEMS) + 1
    assert counted(session, other_id) == len(ITEMS)
    assert counted(session, "no such case") == 0
    session.get(EvidenceItem, withheld).case_id = other_id  # moved to the other case
    session.commit()
    assert (counted(session, case_id), counted(session, other_id)) == (len(ITEMS), len(ITEMS) + 1)
    update_field(session, session.get(EvidenceItem, withheld), "title", "Renamed")
    session.commit()
    assert counted(session, other_id) == len(ITEMS) + 1  # other columns leave it alone
    session.execute(delete(EvidenceItem).where(EvidenceItem.case_id == case_id))
    session.commit()
    assert counted(session, case_id) == 0
    assert counted(session, other_id) == len(scan(session, other_id, ""))


def test_upgrading_to_0011_counts_and_copies_and_downgrading_restores_0010(tmp_path):
    folder = tmp_path / "book"
    shutil.copytree(FIXTURES / "casebook-rev0010", folder)
    book = Casebook.open(folder, FIXTURE_PASSPHRASE)
    try:
        with book.session() as s:
            item = s.scalar(select(EvidenceItem))
            assert counted(s, item.case_id) == 1
            for typed in ("of the sch", "image/png", "Ph", "g"):  # the index, then the texts
                assert filtered(s, item.case_id, typed) == [item.id], typed
            s.execute(
                insert(EvidenceItem),
                [{"id": "added", "lineage_id": "added", "case_id": item.case_id, "kind": "other",
                  "title": "Added after the upgrade", "extracted_metadata": {}}],
            )  # fmt: skip
            assert counted(s, item.case_id) == 2
            s.rollback()
        config = migrate._config()
        with book.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0010")
        with book.engine.connect() as conn:
            names = conn.execute(text("SELECT name FROM sqlite_master")).scalars().all()
            assert not [n for n in names if "count" in n or "texts" in n], names
            found = conn.execute(text("SELECT rowid FROM evidence_filter WHERE evidence_filter "
                                      "MATCH 'of the sch'")).all()  # fmt: skip
            assert len(found) == 1  # 0010's index, holding its own copy again
            conn.execute(text("INSERT INTO evidence_filter (evidence_filter) "
                              "VALUES ('integrity-check')"))  # fmt: skip
    finally:
        book.close()
