"""Exporting a plain copy of evidence that concerns someone whose consent does not cover it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog

from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.persons import add_person
from casebook.core.records.records import set_evidence_person
from casebook.core.records.testimonies import ConsentTerms, add_testimony
from casebook.core.store.casebook import Casebook
from casebook.gui.records.evidence_viewer import EvidenceViewer
from casebook.gui.shared.workspace import Workspace

from ..conftest import PASSPHRASE


@pytest.mark.parametrize(("legal", "warned"), [(False, True), (True, False)])
def test_the_copy_dialog_says_whose_consent_it_lacks(
    qtbot, tmp_path: Path, monkeypatch, messages, legal: bool, warned: bool
) -> None:
    book, _ = Casebook.create(tmp_path / "book", PASSPHRASE, "Noy", "documenter")
    photo = tmp_path / "injuries.png"
    Image.new("RGB", (8, 8), "red").save(photo)
    with book.session() as s:
        case = add_case(s, "Case", "CP-1")
        witness = add_person(s, case, ["witness"])
        consent = ConsentTerms(legal_proceedings=legal, jurisdictions=["DE"])
        add_testimony(s, case, ["Seen."], witness=witness, consent=consent)
        item = take_in(book, s, case, photo, title="Injuries").item
        set_evidence_person(s, item, witness.pseudonym)
        s.commit()
        item_id = item.id
    workspace = Workspace(book)
    viewer = EvidenceViewer()
    qtbot.addWidget(viewer)
    viewer.workspace, viewer.item_id = workspace, item_id
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "c.png"), ""))
    )
    viewer.export_copy()  # the test's message boxes answer Cancel: nothing is written
    (shown,) = messages
    assert ("Take care: it concerns W-001" in shown.text) is warned
    assert not (tmp_path / "c.png").exists()
    book.close()
