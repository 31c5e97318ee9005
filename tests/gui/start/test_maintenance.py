"""File ▸ Change passphrase…, New recovery key… and Verify casebook… (issue 14), by keyboard.

Each key change asks for the current passphrase first and refuses what creating a casebook
refuses; the verification report stays on screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from casebook.core.errors import WrongPassphrase
from casebook.core.store.casebook import Casebook
from casebook.gui.main_window import MainWindow

OLD = "lantern orbit cassava"  # QTest.keyClicks types ASCII only
NEW = "harbour tamarind lilac pylon"


@pytest.fixture
def book_window(qtbot, prefs, tmp_path: Path):
    book, _key = Casebook.create(tmp_path / "book", OLD, "Noy", "documenter")
    win = MainWindow(prefs, book)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _ready(qtbot, dialog) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _type(text: str, then: Qt.Key | None = Qt.Key.Key_Tab) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)
    if then is not None:
        QTest.keyClick(QApplication.focusWidget(), then)


def test_change_passphrase_by_keyboard(qtbot, book_window: MainWindow, messages) -> None:
    folder = book_window.folder
    dialog = book_window.change_passphrase()
    results: list[int] = []
    dialog.finished.connect(results.append)  # the dialog deletes itself when finished
    _ready(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.current
    _type("not it")
    _type(NEW)
    _type(NEW, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.current_message.isVisible(), timeout=10_000)
    assert "not the passphrase" in dialog.current_message.text()
    assert QApplication.focusWidget() is dialog.current  # the wrong text selected
    _type(OLD, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [1]  # accepted
    assert book_window.statusBar().currentMessage().startswith("Passphrase changed")
    assert not messages, messages
    book_window.close()
    Casebook.open(folder, NEW).close()
    with pytest.raises(WrongPassphrase):
        Casebook.open(folder, OLD)


def test_a_weak_new_passphrase_is_refused_like_at_creation(qtbot, book_window: MainWindow) -> None:
    dialog = book_window.change_passphrase()
    _ready(qtbot, dialog)
    _type(OLD)
    _type("password1")
    _type("password1", Qt.Key.Key_Return)
    assert dialog.operation is None and dialog.isVisible()
    assert "Very weak" in dialog.secret.messages["passphrase"].text()
    assert dialog.secret.accept_weak.isVisible()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_new_recovery_key_by_keyboard(qtbot, book_window: MainWindow, messages) -> None:
    folder = book_window.folder
    dialog = book_window.new_recovery_key()
    results: list[int] = []
    dialog.finished.connect(results.append)
    _ready(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.current
    _type(OLD, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.key_page, timeout=10_000)
    key = dialog.key_page.recovery_text.text()
    assert len(key.split("-")) == 9
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # cannot skip the new key
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.key_page.written_down
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert results == [1]
    assert not messages, messages
    book_window.close()
    Casebook.open(folder, recovery_key=key).close()


def test_verify_shows_its_report(qtbot, book_window: MainWindow) -> None:
    window = book_window.verify_casebook()
    qtbot.waitUntil(lambda: window.report is not None, timeout=30_000)
    assert window.summary.text() == "All checks passed."
    lines = [window.lines.item(i).text() for i in range(window.lines.count())]
    assert any(line.startswith("Checked ") for line in lines)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_verify_reports_what_is_wrong(qtbot, book_window: MainWindow) -> None:
    (book_window.folder / "notes.txt").write_text("x")  # a file Casebook did not put there
    window = book_window.verify_casebook()
    qtbot.waitUntil(lambda: window.report is not None, timeout=30_000)
    assert "problem" in window.summary.text() and not window.report.ok
    first = window.lines.item(0).text()
    assert first.startswith("⚠ ") and "notes.txt" in first


class _FolderTranslator(QTranslator):
    """The core's sentence for a foreign file in the casebook folder, in French."""

    SOURCE = (
        "{path}: Casebook did not put this in the casebook folder. Find out how it got "
        "there, then move it out of the folder."
    )

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        if context == "Casebook" and source == self.SOURCE:
            return "{path} : Casebook n'a pas mis ce fichier dans le dossier."
        return None

    def isEmpty(self) -> bool:
        return False


def test_verify_shows_the_cores_problem_lines_in_the_interface_language(
    qtbot, book_window: MainWindow
) -> None:
    (book_window.folder / "notes.txt").write_text("x")
    catalogue = _FolderTranslator()
    QCoreApplication.installTranslator(catalogue)
    try:
        window = book_window.verify_casebook()
        qtbot.waitUntil(lambda: window.report is not None, timeout=30_000)
        lines = [window.lines.item(i).text() for i in range(window.lines.count())]
    finally:
        QCoreApplication.removeTranslator(catalogue)
    assert "⚠ notes.txt : Casebook n'a pas mis ce fichier dans le dossier." in lines, lines
    assert [str(p) for p in window.report.problems] == [
        "notes.txt: Casebook did not put this in the casebook folder. Find out how it got "
        "there, then move it out of the folder."
    ]  # the report itself (and the CLI) stays English
