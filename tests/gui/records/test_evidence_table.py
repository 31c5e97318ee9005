"""The evidence list stays lazy with 50,000 items: pages are fetched as the view scrolls."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex
from sqlalchemy import insert

from casebook.core.models import EvidenceItem
from casebook.core.records import cases
from casebook.core.store.casebook import Casebook
from casebook.gui.records.evidence_table import PAGE, EvidenceTable
from casebook.gui.shared.workspace import Workspace

COUNT = 50_000


def fill(book: Casebook, count: int) -> str:
    """Many rows straight into the table (the intake path is measured elsewhere)."""
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with book.session() as session:
        case = cases.add_case(session, "Many photos", "BIG-1")
        session.commit()
        rows = []
        for n in range(count):
            item_id = str(uuid.uuid4())
            rows.append(
                {
                    "id": item_id, "lineage_id": item_id, "case_id": case.id,
                    "kind": "photo", "title": f"photo-{n:05d}.jpg",
                    "original_filename": f"photo-{n:05d}.jpg", "media_type": "image/jpeg",
                    "size": 1000 + n, "sha256": f"{n:064x}", "extracted_metadata": {},
                    "created_at": start + timedelta(seconds=n),
                    "updated_at": start + timedelta(seconds=n),
                }
            )  # fmt: skip
        session.execute(insert(EvidenceItem), rows)
        session.commit()
        return case.id


def test_fifty_thousand_rows_are_fetched_a_page_at_a_time(qtbot, tmp_path) -> None:
    book, _ = Casebook.create(tmp_path / "big", "a long passphrase here")
    case_id = fill(book, COUNT)
    workspace = Workspace(book)
    table = EvidenceTable()
    qtbot.addWidget(table)
    table.resize(800, 600)
    table.show()
    table.show_case(workspace, case_id)
    model = table.model
    assert model.total is None  # not counted: a count reads every item of the case
    assert model.rowCount() == PAGE  # not 50,000
    assert model.canFetchMore(QModelIndex())

    table.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    assert model.rowCount() < COUNT

    table.filter.setText("photo-4999")
    qtbot.waitUntil(lambda: model.total == 10)  # photo-49990 … photo-49999
    assert model.rowCount() == 10
    assert [row.title for row in model.rows] == [f"photo-4999{n}.jpg" for n in range(10)]

    table.filter.setText("o-")  # too short for the index: scanned, a page at a time
    qtbot.waitUntil(lambda: model.filter_text == "o-")
    assert model.rowCount() == PAGE and model.total is None
    table.filter.setText("photo-4999")
    qtbot.waitUntil(lambda: model.total == 10)

    assert table.select_item(model.rows[5].id)
    workspace.close()


def test_selecting_a_late_item_fetches_up_to_it(qtbot, tmp_path) -> None:
    book, _ = Casebook.create(tmp_path / "mid", "a long passphrase here")
    case_id = fill(book, 2000)
    workspace = Workspace(book)
    table = EvidenceTable()
    qtbot.addWidget(table)
    table.show_case(workspace, case_id)
    target = workspace.evidence_rows(case_id, "", 1500, 1)[0]
    assert table.select_item(target.id)
    assert table.current_item() == target.id
    assert PAGE * 5 < table.model.rowCount() + PAGE < 2000 + PAGE
    workspace.close()
