"""Grab the evidence view of a photo that came in as a ProofMode bundle with C2PA credentials.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_39-provenance.py
Writes 39-provenance.png: the evidence view's metadata with the content credentials (valid,
signed by a test certificate), the C2PA capture time, place and actions, and the ProofMode
proof (media hash checked, signatures and OpenTimestamps proof present, not checked).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "core" / "media"))
from c2pa_signing import signed_jpeg  # the test suite's signer: a throwaway certificate
from make_screenshots import PASSPHRASE, pump, save
from proofmode_bundle import make_bundle

from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
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
    bundle = tmp / "proofmode-PXL_20261130_100000.zip"
    make_bundle(bundle, signed_jpeg(edited=True))
    with book.session() as s:
        case = add_case(s, "Expulsions from Ban Nakham, August 2017", "LA-2017-004")
        item = take_in(book, s, case, bundle).item
        s.commit()
        item_id = item.id
    window = MainWindow(prefs, book)
    window.resize(1180, 900)
    window.show()
    window.navigate_to("evidence", item_id)
    pump(0.5)
    editor = window.view.evidence_page.editor
    box = editor.metadata_form.parentWidget()  # scroll the metadata to the top of the view
    editor.verticalScrollBar().setValue(box.mapTo(editor.widget(), QPoint(0, 0)).y())
    pump(0.3)
    save(window, "39-provenance")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
