"""File ▸ Back up…: the menu entry, a backup made beside the open window, and locking
during a backup."""

from __future__ import annotations

from pathlib import Path

from casebook.core.store.backup import dated_backups
from casebook.core.store.casebook import Casebook
from casebook.core.verification import verify_casebook
from casebook.gui.shared.backup_dialog import BackupDialog


def _file_menu_texts(window) -> list[str]:
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == "File":
            return [a.text().replace("&", "") for a in menu_action.menu().actions()]
    return []


def test_back_up_from_the_file_menu_makes_a_checked_copy(window, qtbot, tmp_path, passphrase):
    texts = _file_menu_texts(window)
    assert texts.index("Back up…") == texts.index("Lock") - 2  # then a separator, then Lock
    window.backup_action.trigger()
    dialog = window.findChild(BackupDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.start_button.isEnabled()  # no folder chosen yet
    dialog.folder.setText(str(tmp_path / "usb"))
    dialog.keep.setValue(2)
    for _ in range(3):
        dialog.start()
        qtbot.waitUntil(lambda: dialog.result_ is not None and not dialog.running, timeout=20000)
        made = dialog.result_
        dialog.result_ = None
    assert "each checked" in dialog.status.text()
    kept = dated_backups(tmp_path / "usb")
    assert len(kept) == 2 and kept[-1] == made.folder
    copy = Casebook.open(made.folder, passphrase)
    try:
        assert verify_casebook(copy).problems == []
    finally:
        copy.close()


def test_a_failed_backup_says_why(window, qtbot, tmp_path, messages):
    window.backup_action.trigger()
    dialog = window.findChild(BackupDialog)
    dialog.folder.setText(str(window.folder / "inside"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running and "not made" in dialog.status.text())
    assert any("outside the casebook folder" in m.text for m in messages)


def test_locking_closes_the_dialog_and_the_action_waits_for_unlock(window, tmp_path: Path):
    window.backup_action.trigger()
    dialog = window.findChild(BackupDialog)
    window.lock()
    assert not dialog.isVisible()
    window.backup_action.trigger()
    assert [d for d in window.findChildren(BackupDialog) if d.isVisible()] == []
    assert "Unlock" in window.statusBar().currentMessage()
