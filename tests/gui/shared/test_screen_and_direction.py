"""Fits the screen and keeps reading order (issue 14 item 3).

Window sizes come from the available screen; long dialogs scroll with their buttons kept;
sizes and status messages stay in reading order in a right-to-left layout; Qt's own
command-line options (-reverse, -style) reach Qt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication

from casebook.cli import main as cli_main
from casebook.gui import app as gui_app
from casebook.gui.main_window import MainWindow
from casebook.gui.shared import screen_fit
from casebook.gui.shared.bidi_text import FSI, PDI, data_size, isolate

ROOT = Path(__file__).resolve().parents[3]


def test_sizes_shrink_to_the_available_screen() -> None:
    small = QRect(0, 0, 1024, 600)
    size = screen_fit.fitted_size(QSize(1180, 760), small)
    assert size.width() <= 1024 - 16 and size.height() <= 600 - 48
    laptop = QRect(0, 0, 1366, 740)  # 1366×768 less a panel
    size = screen_fit.fitted_size(QSize(1180, 760), laptop)
    assert size == QSize(1180, 740 - 48)  # the status bar is no longer below the screen
    assert screen_fit.fitted_size(QSize(600, 400), laptop) == QSize(600, 400)


def test_main_window_opens_within_a_1366x768_screen(
    qtbot, prefs, casebook_folder: Path, passphrase: str, monkeypatch
) -> None:
    from casebook.core.store.casebook import Casebook

    monkeypatch.setattr(screen_fit, "available_area", lambda _w=None: QRect(0, 0, 1366, 740))
    win = MainWindow(prefs, Casebook.open(casebook_folder, passphrase))
    qtbot.addWidget(win)
    assert win.height() <= 740 - 48 and win.width() == 1180
    assert win.minimumSizeHint().height() <= 552  # nothing forces it past a 1024×600 screen
    win.close()


def test_long_dialogs_scroll_and_keep_their_buttons(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(screen_fit, "available_area", lambda _w=None: QRect(0, 0, 1024, 600))
    window.navigate_to("section:charges", "", case_id=window.workspace.cases()[0].id)
    for dialog, button in (
        (charge := window.view.charges_page.new_charge(), charge.ok_button),
        (export := window.export_bundle(), export.review_button),
    ):
        assert dialog.height() <= 552 and dialog.width() <= 1008
        assert dialog.findChild(screen_fit.QScrollArea) is not None
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert button.isVisible() and dialog.rect().contains(corner)
        dialog.reject()


def test_sizes_and_messages_keep_their_order_right_to_left(window: MainWindow) -> None:
    size = data_size(19 * 1024)
    assert size.startswith(FSI) and size.endswith(PDI) and "19" in size
    assert data_size(None) == ""
    assert QLocale(QLocale.Language.Arabic).formattedDataSize(19 * 1024) != ""
    assert isolate(isolate("Noy")) == isolate("Noy")
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window.statusBar().showMessage("Unlocked as Noy.")
    assert window.statusBar().currentMessage() == "Unlocked as Noy."
    raw = type(window.statusBar()).__mro__[1].currentMessage(window.statusBar())
    assert raw == f"{FSI}Unlocked as Noy.{PDI}"


def test_qt_options_reach_qt_from_the_command(monkeypatch) -> None:
    given: list[list[str]] = []
    monkeypatch.setattr(gui_app, "run", lambda argv=None: given.append(list(argv)) or 0)
    assert cli_main.main(["-reverse", "-style", "fusion"]) == 0
    assert given == [["-reverse", "-style", "fusion"]]


def test_reverse_reaches_qt_in_a_fresh_process() -> None:
    code = (
        "from casebook.gui.app import build\n"
        "qt, app = build(['-reverse', '-style', 'fusion'])\n"
        "print(qt.layoutDirection().name, qt.style().name(), app.start.isVisible())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["RightToLeft", "fusion", "True"]
    assert QApplication.instance() is not None  # this process's app was not touched
