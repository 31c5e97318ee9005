"""Opening an older copy of a casebook in the GUI: the window says so before any work."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from casebook.core.records import cases
from casebook.core.store.casebook import Casebook
from casebook.gui.app import App

from .conftest import PASSPHRASE


def older_copy_put_back(folder: Path, tmp_path: Path) -> None:
    shutil.copytree(folder, tmp_path / "older")
    book = Casebook.open(folder, PASSPHRASE)
    with book.session() as s:
        cases.add_case(s, "Later case", "LA-2024-002")
        s.commit()
    book.close()
    shutil.rmtree(folder)
    shutil.copytree(tmp_path / "older", folder)


def test_an_older_copy_is_named_and_can_be_accepted(
    qtbot, prefs, casebook_folder, tmp_path, messages
):
    older_copy_put_back(casebook_folder, tmp_path)
    app = App(prefs)
    book = Casebook.open(casebook_folder, PASSPHRASE)
    window = app.open_main(book)
    qtbot.addWidget(window)
    assert messages[-1].text.startswith("This casebook is older than the copy last opened")
    box = window.findChild(QMessageBox, "historyWarning")
    assert box is not None
    accept = next(b for b in box.buttons() if b.text() == "I restored this copy on purpose")
    accept.click()
    assert book.history_warning is None
    window.close()
    book.close()
    again = Casebook.open(casebook_folder, PASSPHRASE)
    try:
        assert again.history_warning is None
    finally:
        again.close()


def test_an_unchanged_casebook_opens_without_a_warning(qtbot, prefs, casebook_folder, messages):
    app = App(prefs)
    book = Casebook.open(casebook_folder, PASSPHRASE)
    window = app.open_main(book)
    qtbot.addWidget(window)
    assert window.findChild(QMessageBox, "historyWarning") is None
    assert not messages
    window.close()
    book.close()
