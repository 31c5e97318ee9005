"""Add evidence asks whether the files are originals or copies (issue 16): optional, starting
at "— not recorded —"; the original's place only for a copy; what is chosen goes with every
file of the intake, through the core's intake details (as `casebook add-evidence
--copy-status --original-location`)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, text

from casebook.core.models import EvidenceItem
from casebook.gui.main_window import MainWindow


def _photos(tmp_path: Path, *colours: str) -> list[Path]:
    paths = []
    for colour in colours:
        path = tmp_path / f"{colour}.png"
        Image.new("RGB", (12, 12), colour).save(path)
        paths.append(path)
    return paths


def _ask(qtbot, window: MainWindow, paths: list[Path]):
    dialog = window.ask_before_intake(window.current_case_id(), paths)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.inputs[0])
    return dialog


def _press(key: Qt.Key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)


def _items(window: MainWindow, paths: list[Path]) -> list[EvidenceItem]:
    assert window.intake.last_outcome is not None
    session = window.workspace.session
    session.expire_all()
    names = [p.name for p in paths]
    return list(session.scalars(select(EvidenceItem).where(EvidenceItem.title.in_(names))))


def test_a_copy_and_where_the_original_is_are_stored_for_every_file(
    qtbot, window: MainWindow, tmp_path: Path, messages
) -> None:
    paths = _photos(tmp_path, "red", "blue")
    dialog = _ask(qtbot, window, paths)
    copy_status, location = dialog.inputs
    assert copy_status.currentData() == "" and not location.isEnabled()
    for _ in range(3):  # — not recorded —, the original, a working copy, a copy as received
        _press(Qt.Key.Key_Down)
    assert copy_status.currentData() == "copy" and location.isEnabled()
    _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is location
    QTest.keyClicks(location, "Clinic archive, kept by the nurse")
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.intake.last_outcome is not None, timeout=10_000)
    items = _items(window, paths)
    assert len(items) == 2
    assert {(i.copy_status, i.original_location) for i in items} == {
        ("copy", "Clinic archive, kept by the nurse")
    }
    assert not messages, messages


def test_left_untouched_nothing_is_recorded(qtbot, window: MainWindow, tmp_path, messages):
    paths = _photos(tmp_path, "green")
    _ask(qtbot, window, paths)
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.intake.last_outcome is not None, timeout=10_000)
    (item,) = _items(window, paths)
    stored = window.workspace.session.execute(
        text("SELECT copy_status, original_location FROM evidence_items WHERE id = :id"),
        {"id": item.id},
    ).one()
    assert tuple(stored) == (None, "")  # NULL: nothing stated
    assert not messages, messages


def test_the_original_has_no_other_place_and_cancel_takes_nothing_in(
    qtbot, window: MainWindow, tmp_path, messages
) -> None:
    paths = _photos(tmp_path, "black")
    dialog = _ask(qtbot, window, paths)
    copy_status, location = dialog.inputs
    _press(Qt.Key.Key_Down)
    assert copy_status.currentData() == "original" and not location.isEnabled()
    _press(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.intake.last_outcome is None
    paths = _photos(tmp_path, "white")
    dialog = _ask(qtbot, window, paths)
    dialog.inputs[0].setCurrentIndex(dialog.inputs[0].findData("original"))
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.intake.last_outcome is not None, timeout=10_000)
    (item,) = _items(window, paths)
    assert (item.copy_status, item.original_location) == ("original", "")
    assert not messages, messages
