"""Evidence list with 50,000 items: time to first paint and to filter (also by two characters,
which no trigram answers), against a baseline of a plain QStandardItemModel holding the same
50,000 rows, in the same run.

Rows are written straight into the encrypted database (the intake path has its own
benchmark); the list reads them through the GUI's workspace and lazy table model.

    QT_QPA_PLATFORM=offscreen python3 bench/bench_gui_evidence_list.py [--rows 50000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from results import json_flag, record
from sqlalchemy import insert

from casebook.core.models import EvidenceItem
from casebook.core.records import cases
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams
from casebook.gui.records.evidence_table import COLUMNS, EvidenceTable
from casebook.gui.shared.workspace import Workspace


def fill(book: Casebook, count: int) -> str:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with book.session() as session:
        case = cases.add_case(session, "Bench", "BENCH-1")
        session.commit()
        rows = []
        for n in range(count):
            item_id = str(uuid.uuid4())
            rows.append({
                "id": item_id, "lineage_id": item_id, "case_id": case.id, "kind": "photo",
                "title": f"photo-{n:05d}.jpg", "original_filename": f"photo-{n:05d}.jpg",
                "media_type": "image/jpeg", "size": 1000 + n, "sha256": f"{n:064x}",
                "extracted_metadata": {}, "created_at": start + timedelta(seconds=n),
                "updated_at": start + timedelta(seconds=n),
            })  # fmt: skip
        last = start + timedelta(seconds=count)
        rows.append({  # the last item: a rare short filter finds only it, reading the whole list
            "id": RARE_ID, "lineage_id": RARE_ID, "case_id": case.id, "kind": "video",
            "title": "ວິດີໂອ ບ້ານ", "original_filename": "clip.mp4", "media_type": "video/mp4",
            "extracted_metadata": {}, "created_at": last, "updated_at": last,
        })  # fmt: skip
        session.execute(insert(EvidenceItem), rows)
        session.commit()
        return case.id


RARE_ID = str(uuid.uuid4())
SHORT = "ວິ"  # two characters (a Lao consonant and its vowel sign): too short for trigrams


def painted(app: QApplication, widget) -> None:
    widget.repaint()
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    json_flag(parser)
    count = parser.parse_args().rows
    app = QApplication([])
    kdf.set_policy(KdfParams(memory_kib=1024, iterations=1, lanes=1))
    with tempfile.TemporaryDirectory() as tmp:
        book, _ = Casebook.create(Path(tmp) / "bench", "bench passphrase words")
        started = time.perf_counter()
        case_id = fill(book, count)
        print(f"populated {count} items in {time.perf_counter() - started:.1f} s")
        workspace = Workspace(book)

        # Casebook: lazy model over the encrypted database.
        table = EvidenceTable()
        table.resize(1000, 700)
        table.show()
        started = time.perf_counter()
        table.show_case(workspace, case_id)
        painted(app, table)
        ours_paint = time.perf_counter() - started
        started = time.perf_counter()
        table.view.scrollToBottom()
        painted(app, table)
        ours_scroll = time.perf_counter() - started
        loaded = table.model.rowCount()
        started = time.perf_counter()
        table.filter.setText("photo-4999")
        table._apply_filter()
        painted(app, table)
        ours_filter = time.perf_counter() - started
        matched = table.model.total
        started = time.perf_counter()
        table.filter.setText(SHORT)
        table._apply_filter()
        painted(app, table)
        ours_short = time.perf_counter() - started
        assert [row.id for row in table.model.rows] == [RARE_ID], "the short filter's answer"

        # Baseline: a plain QStandardItemModel with all rows in memory, filtered by a proxy.
        rows = workspace.evidence_rows(case_id, "", 0, count + 1)
        started = time.perf_counter()
        model = QStandardItemModel(len(rows), len(COLUMNS))
        for number, row in enumerate(rows):
            values = (row.title, row.kind, row.media_type, str(row.size), row.created_at,
                      row.sha256[:12])  # fmt: skip
            for column, value in enumerate(values):
                # setData, not setItem(QStandardItem(...)): PySide6 6.12 crashes creating
                # 300,000 QStandardItem wrappers (a refcount bug in shiboken).
                model.setData(model.index(number, column), value)
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model)
        view = QTableView()
        view.setModel(proxy)
        view.resize(1000, 700)
        view.show()
        painted(app, view)
        base_paint = time.perf_counter() - started
        started = time.perf_counter()
        proxy.setFilterFixedString("photo-4999")
        painted(app, view)
        base_filter = time.perf_counter() - started
        started = time.perf_counter()
        proxy.setFilterFixedString(SHORT)
        painted(app, view)
        base_short = time.perf_counter() - started
        assert proxy.rowCount() == 1
        started = time.perf_counter()
        proxy.setFilterFixedString("")
        view.scrollToBottom()
        painted(app, view)
        base_scroll = time.perf_counter() - started
        workspace.close()

    print(f"{'':24}{'Casebook (lazy, encrypted DB)':>32}{'QStandardItemModel':>22}")
    for label, ours, base in (
        ("first paint", ours_paint, base_paint),
        ("filter", ours_filter, base_filter),
        ("filter, 2 characters", ours_short, base_short),
        ("scroll to bottom", ours_scroll, base_scroll),
    ):
        print(f"{label:24}{ours * 1000:29.0f} ms{base * 1000:19.0f} ms")
    print(f"rows loaded by the lazy model after scrolling: {loaded} of {count}")
    print(f"filter matched {matched} rows")
    record(
        "gui_evidence_list",
        {"rows": count},
        {
            "first_paint_ms": ours_paint * 1000,
            "filter_ms": ours_filter * 1000,
            "scroll_ms": ours_scroll * 1000,
            "short_filter_ms": ours_short * 1000,
            "baseline_first_paint_ms": base_paint * 1000,
            "baseline_filter_ms": base_filter * 1000,
            "baseline_scroll_ms": base_scroll * 1000,
            "baseline_short_filter_ms": base_short * 1000,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
