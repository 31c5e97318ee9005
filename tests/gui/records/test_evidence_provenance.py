"""The evidence view shows the content credentials and ProofMode proof read at intake."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.store.casebook import Casebook
from casebook.gui.main_window import MainWindow

from ...core.media.c2pa_signing import signed_jpeg
from ...core.media.proofmode_bundle import make_bundle
from ..conftest import PASSPHRASE


def _rows(form) -> dict[str, str]:
    rows = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, form.ItemRole.LabelRole)
        field = form.itemAt(row, form.ItemRole.FieldRole)
        if label and field and isinstance(field.widget(), QLabel):
            rows[label.widget().text()] = field.widget().text()
    return rows


def test_a_proofmode_photo_with_credentials_shows_both(qtbot, prefs, tmp_path: Path) -> None:
    book, _ = Casebook.create(tmp_path / "book", PASSPHRASE, "Noy", "documenter")
    make_bundle(tmp_path / "share.zip", signed_jpeg(edited=True))
    with book.session() as s:
        case = add_case(s, "Case", "PV-1")
        item_id = take_in(book, s, case, tmp_path / "share.zip").item.id
        s.commit()
    win = MainWindow(prefs, book)
    qtbot.addWidget(win)
    win.show()
    win.navigate_to("evidence", item_id)
    rows = _rows(win.view.evidence_page.editor.metadata_form)
    assert rows["Content credentials:"].startswith("valid, signed by Test Camera")
    assert rows["Actions (C2PA):"].startswith("created (")
    assert rows["ProofMode bundle:"] == "share.zip: media hash matches the proof"
    assert rows["  OpenTimestamps proof:"].startswith("present, not checked")
    win.close()
