"""GUI tests: offscreen Qt, a cheap KDF, private settings, and no modal that can block.

``QT_QPA_PLATFORM`` is set before Qt is imported. Message boxes are recorded instead of
shown (like novelWriter's and Picard's conftests), so a test can assert the sentence a
user would have read.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from casebook.core.store import kdf
from casebook.core.store.kdf import KdfParams
from casebook.gui.shared.preferences import Preferences

PASSPHRASE = "correct horse battery staple ຂ້ອຍ"
CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)


@dataclass
class Shown:
    title: str
    text: str


@pytest.fixture(autouse=True)
def gui_cheap_kdf() -> Iterator[None]:
    """Argon2id at 1 MiB (also set by tests/conftest.py when present)."""
    previous = kdf.set_policy(CHEAP)
    yield
    kdf.set_policy(previous)


@pytest.fixture(scope="session", autouse=True)
def _test_mode(qapp: QApplication) -> None:
    QStandardPaths.setTestModeEnabled(True)
    qapp.setApplicationName("Casebook-tests")
    qapp.setOrganizationName("Casebook-tests")


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> list[Shown]:
    """Every message box the code under test would have shown, instead of showing it."""
    shown: list[Shown] = []

    def exec_box(self: QMessageBox) -> int:
        shown.append(Shown(self.windowTitle(), self.text()))
        return int(QMessageBox.StandardButton.Ok)

    def static(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        texts = [a for a in args if isinstance(a, str)]
        shown.append(Shown(texts[0] if texts else "", texts[1] if len(texts) > 1 else ""))
        return QMessageBox.StandardButton.Ok

    def open_box(self: QMessageBox) -> None:
        shown.append(Shown(self.windowTitle(), self.text()))

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "open", open_box)
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(static))
    monkeypatch.setattr(QDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    return shown


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Preferences(settings)


@pytest.fixture
def casebook_folder(tmp_path: Path) -> Path:
    """A closed casebook with one case, made through the core (the GUI opens it)."""
    from casebook.core.records import cases
    from casebook.core.store.casebook import Casebook

    folder = tmp_path / "field-book"
    book, _recovery = Casebook.create(folder, PASSPHRASE, "Noy", "documenter")
    with book.session() as session:
        cases.add_case(session, "Attack on Ban Nong", "LA-2024-001")
        session.commit()
    book.close()
    return folder


@pytest.fixture
def window(qtbot, prefs: Preferences, casebook_folder: Path) -> Iterator:
    """The main window on an unlocked casebook, closed (casebook released) after the test."""
    from casebook.core.store.casebook import Casebook
    from casebook.gui.main_window import MainWindow

    book = Casebook.open(casebook_folder, PASSPHRASE)
    win = MainWindow(prefs, book)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()
