"""Every dialog fits a 1024×600 screen with its buttons shown, at the normal font, at 150 %
and right to left (issue 14 item 3): the check behind the 37-* screenshots, for all dialogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from casebook.gui.main_window import MainWindow
from casebook.gui.shared import screen_fit
from casebook.gui.start.create_dialog import CreateDialog
from casebook.gui.start.unlock_dialog import UnlockDialog

from .test_keyboard_walk import OPENERS, open_dialog

SMALL = QRect(0, 0, 1024, 600)
USABLE = (SMALL.width() - screen_fit.FRAME_ALLOWANCE.width(),
          SMALL.height() - screen_fit.FRAME_ALLOWANCE.height())  # fmt: skip


@pytest.fixture(params=["normal", "150%", "rtl"])
def setting(request, qapp, monkeypatch) -> Iterator[str]:
    monkeypatch.setattr(screen_fit, "available_area", lambda _w=None: QRect(SMALL))
    font, direction = qapp.font(), qapp.layoutDirection()
    if request.param == "150%":
        bigger = qapp.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
        qapp.setFont(bigger)
    if request.param == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield request.param
    qapp.setFont(font)
    qapp.setLayoutDirection(direction)


def _fits(dialog: QDialog, name: str) -> None:
    dialog.show()
    QApplication.processEvents()
    need = dialog.minimumSizeHint()
    assert need.width() <= USABLE[0] and need.height() <= USABLE[1], f"{name} needs {need}"
    assert dialog.width() <= USABLE[0] and dialog.height() <= USABLE[1], f"{name}: {dialog.size()}"
    for button in dialog.findChildren(QPushButton):
        if button.isVisibleTo(dialog) and button.window() is dialog:
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert dialog.rect().contains(corner), f"{name}: {button.text()!r} is cut off"


@pytest.mark.parametrize("name", list(OPENERS))
def test_main_window_dialogs_fit(window: MainWindow, setting: str, name: str, messages) -> None:
    dialog = open_dialog(window, name)
    _fits(dialog, f"{name} ({setting})")
    dialog.reject()


def test_start_dialogs_fit(qtbot, setting: str, casebook_folder) -> None:
    for dialog in (CreateDialog(), UnlockDialog(casebook_folder)):
        qtbot.addWidget(dialog)
        _fits(dialog, f"{dialog.objectName()} ({setting})")
        dialog.reject()


def test_main_window_fits(window: MainWindow, setting: str) -> None:
    need = window.minimumSizeHint()
    assert need.width() <= USABLE[0] and need.height() <= USABLE[1], f"{setting}: {need}"
