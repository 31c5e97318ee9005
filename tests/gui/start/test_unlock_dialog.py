"""Creating and unlocking from the start window, and every unlock failure as a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from casebook.core.store.casebook import Casebook
from casebook.gui.app import App
from casebook.gui.start.create_dialog import CreateDialog
from casebook.gui.start.unlock_dialog import UnlockDialog


def unlock_with(qtbot, dialog: UnlockDialog, secret: str, messages: list) -> None:
    before = len(messages)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.panel.passphrase.setText(secret)
    dialog.panel.unlock_button.click()
    qtbot.waitUntil(lambda: bool(accepted) or len(messages) > before, timeout=10_000)


def test_create_then_main_window(qtbot, prefs, tmp_path: Path, messages) -> None:
    app = App(prefs)
    qtbot.addWidget(app.start)
    app.show_start()
    dialog = app.ask_create()
    assert isinstance(dialog, CreateDialog)
    dialog.location.setText(str(tmp_path))
    dialog.folder_name.setText("interviews")
    dialog.user_name.setText("Noy")

    dialog.passphrase.setText("short")
    dialog.create_button.click()
    assert "at least 8 characters" in dialog.messages["passphrase"].text()
    assert not (tmp_path / "interviews").exists()

    dialog.passphrase.setText("password1")
    assert dialog.meter.score <= 1
    assert "Very weak" in dialog.meter.bar.format() or "Weak" in dialog.meter.bar.format()
    assert dialog.meter.advice.text()  # zxcvbn says why

    strong = "lantern orbit cassava monsoon"
    dialog.passphrase.setText(strong)
    assert dialog.meter.score >= 3
    dialog.repeat.setText(strong + "x")
    dialog.create_button.click()
    assert "differ" in dialog.messages["repeat"].text()

    dialog.repeat.setText(strong)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    key = dialog.recovery_text.text()
    assert len(key.split("-")) == 9
    assert not dialog.continue_button.isEnabled()
    dialog.reject()  # cannot skip the key once the casebook exists
    assert dialog.isVisible()
    dialog.written_down.setChecked(True)
    dialog.continue_button.click()
    assert app.main_window is not None
    qtbot.addWidget(app.main_window)
    assert app.main_window.windowTitle().startswith("interviews")
    assert not app.start.isVisible()
    app.main_window.close()
    # The recovery key shown opens the casebook.
    Casebook.open(tmp_path / "interviews", recovery_key=key).close()
    assert prefs.recent_casebooks == []  # not remembered unless turned on


def test_unlock_from_start_window_remembers_when_asked(
    qtbot, prefs, casebook_folder: Path, passphrase: str, messages
) -> None:
    prefs.remember_recent = True
    app = App(prefs)
    qtbot.addWidget(app.start)
    app.show_start()
    dialog = app.ask_unlock(casebook_folder)
    unlock_with(qtbot, dialog, passphrase, messages)
    assert app.main_window is not None
    qtbot.addWidget(app.main_window)
    assert prefs.recent_casebooks == [str(casebook_folder)]
    app.main_window.close()


def test_recovery_key_instead(qtbot, tmp_path: Path, messages) -> None:
    book, recovery = Casebook.create(tmp_path / "b", "a long passphrase here")
    book.close()
    dialog = UnlockDialog(tmp_path / "b")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.panel.use_recovery.setChecked(True)
    assert dialog.panel.recovery_key.isVisible() and not dialog.panel.passphrase.isVisible()
    dialog.panel.recovery_key.setText(recovery.lower())
    dialog.panel.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.book is not None, timeout=10_000)
    dialog.book.close()


def _damage_database(folder: Path) -> None:
    db = folder / "casebook.db"
    data = bytearray(db.read_bytes())
    for offset in range(4096, min(len(data), 4096 * 3)):
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))


def _tamper_slots(folder: Path) -> None:
    path = folder / "keyslots.json"
    doc = json.loads(path.read_text())
    doc["slots"] = "nonsense"
    path.write_text(json.dumps(doc))


def _newer_schema(folder: Path, passphrase: str) -> None:
    with Casebook.open(folder, passphrase) as book, book.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        (None, "The passphrase does not open this casebook"),
        (_damage_database, "damaged"),
        (_tamper_slots, "key-slot file"),
        ("newer", "saved by a newer version of Casebook"),
        ("held", "already open in another Casebook window"),
    ],
)
def test_unlock_failures_are_sentences_and_the_dialog_stays(
    qtbot, casebook_folder: Path, passphrase: str, messages, spoil, expected
) -> None:
    holder = None
    secret = passphrase
    if spoil is None:
        secret = "not the passphrase"
    elif spoil == "newer":
        _newer_schema(casebook_folder, passphrase)
    elif spoil == "held":
        holder = Casebook.open(casebook_folder, passphrase)
    else:
        spoil(casebook_folder)
    dialog = UnlockDialog(casebook_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        unlock_with(qtbot, dialog, secret, messages)
        assert dialog.book is None
        assert expected in messages[-1].text, messages[-1].text
        assert "Traceback" not in messages[-1].text
        assert dialog.isVisible()
        assert dialog.panel.unlock_button.isEnabled()  # ready to retry
    finally:
        if holder is not None:
            holder.close()
    if spoil == "held":  # once the other holder closed, the same dialog succeeds
        unlock_with(qtbot, dialog, passphrase, messages)
        assert dialog.book is not None
        dialog.book.close()


def test_unlock_runs_off_the_gui_thread(qtbot, casebook_folder: Path, passphrase, messages):
    dialog = UnlockDialog(casebook_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.panel.passphrase.setText(passphrase)
    dialog.panel.unlock_button.click()
    # The click returned before the key was derived: the busy bar shows, input is off.
    assert dialog.panel.busy.isVisible()
    assert not dialog.panel.passphrase.isEnabled()
    qtbot.waitUntil(lambda: dialog.book is not None, timeout=10_000)
    assert QApplication.instance() is not None
    dialog.book.close()
