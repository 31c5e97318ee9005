"""Grab the consent panel with recipients chosen from the list (issue 10, item 3).

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_consent_screenshot.py
Writes 31-consent-recipients.png (states by name, a named body, and a free-text value from
an older casebook waiting for review) and 32-consent-recipient-search.png (typing "ger" finds every
name containing it).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import LAO, OUT, PASSPHRASE, pump, save

from casebook.core.models import ConsentReview
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.preferences import Preferences


def main() -> int:
    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="casebook-shots-"))
    prefs = Preferences(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    book, _ = Casebook.create(tmp / "border-interviews-2024", PASSPHRASE, "Noy")
    window = MainWindow(prefs, book)
    window.resize(1180, 760)
    window.show()
    ws = window.workspace
    assert ws is not None
    case = ws.add_case("Attack on Ban Nong Het", "LA-2024-001")
    lao = ws.add_testimony(case.id, "lo", None, "Statement of W-001")
    ws.set_segments(lao.id, LAO)
    consent = ws.consent_of(lao)
    for field, value in (("legal_proceedings", True), ("jurisdictions", ["DE", "IIMM", "ICC"]),
                         ("given_on", "2024-03-05")):  # fmt: skip
        ws.set_field("consent", consent.id, field, value)
    with ws.saving():  # as the first open after the upgrade leaves an older free-text value
        consent.review = ConsentReview(unmatched=["Allemagne (Bundesanwalt)"], note="")
    window.navigate_to("testimony", lao.id)
    editor = window.view.testimony_editor
    editor.tabs.setCurrentWidget(editor.consent)
    save(window, "31-consent-recipients")

    box = editor.consent.recipients.box
    box.setFocus()
    box.setEditText("ger")
    completer = box.completer()
    completer.setCompletionPrefix("ger")
    completer.complete()
    popup = completer.popup()
    popup.resize(box.width(), popup.height())
    pump(0.3)
    # The popup is a window of its own: draw it where it opens, under the box.
    shot = window.grab().toImage()
    painter = QPainter(shot)
    painter.drawImage(box.mapTo(window, box.rect().bottomLeft()), popup.grab().toImage())
    painter.end()
    shot.save(str(OUT / "32-consent-recipient-search.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
