"""Grab File ▸ Back up… after a backup was made (issue 17, item 5).

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_38-backup-dialog.py
Writes 38-backup-dialog.png: the File menu with "Back up…", beside the dialog that has just
written a checked backup into a folder keeping the newest five.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import PASSPHRASE, pump, save_pair

from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.backup_dialog import BackupDialog
from casebook.gui.shared.preferences import Preferences


def main() -> int:
    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="casebook-shots-"))
    prefs = Preferences(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    book, _ = Casebook.create(tmp / "border-interviews-2024", PASSPHRASE, "Noy")
    with book.session() as s:
        case = add_case(s, "Expulsions from Ban Nakham, August 2017", "LA-2017-004")
        for n in range(3):
            photo = tmp / f"photo-{n}.jpg"
            Image.new("RGB", (640, 480), (40 * n, 120, 90)).save(photo)
            take_in(book, s, case, photo, title=f"Photo {n + 1}")
        s.commit()
    window = MainWindow(prefs, book)
    window.resize(1180, 760)
    window.show()
    window.backup_action.trigger()
    dialog = window.findChild(BackupDialog)
    assert dialog is not None
    dialog.folder.setText(str(tmp / "KINGSTON" / "casebook-backups"))
    dialog.start()
    deadline = time.monotonic() + 30
    while (dialog.running or dialog.result_ is None) and time.monotonic() < deadline:
        pump(0.1)
    file_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File"
    )
    file_menu.popup(window.mapToGlobal(window.menuBar().pos()))
    pump(0.3)
    save_pair(file_menu, dialog, "38-backup-dialog")
    file_menu.close()
    dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
