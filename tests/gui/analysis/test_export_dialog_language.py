"""The export dialog proposes each addressee's language: its edition is written in it."""

from __future__ import annotations

from casebook.core.export.strings import addressees
from casebook.gui.main_window import MainWindow


def test_language_follows_the_addressee(window: MainWindow) -> None:
    dialog = window.export_bundle()
    assert dialog is not None
    for key, entry in addressees().items():
        dialog.addressee.setCurrentIndex(dialog.addressee.findData(key))
        assert dialog.language.currentData() == entry.language, key
    dialog.addressee.setCurrentIndex(dialog.addressee.findData("gba"))
    assert dialog.request().language == "de"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # a working translation
    assert dialog.request().language == "en"
