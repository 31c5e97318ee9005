"""Grab statements in Shan and in Hanifi Rohingya in the testimony editor, and the list of
statement languages with their endonyms (issue 14, item 6).

Run from the repository root:
    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python3 docs/screenshots/make_statement_languages.py
Writes statement-languages-editor.png (Shan left, Hanifi Rohingya right, right to left) and
statement-languages-list.png (the New testimony dialog's language list, opened). The
passages are UDHR article 1 (tests/core/text/udhr_samples.py says where they come from).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "core" / "text"))
from make_screenshots import OUT, PASSPHRASE, pump, save_pair
from udhr_samples import UDHR

from casebook.core.records import cases, persons, testimonies
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
    book, _ = Casebook.create(tmp / "border-2017", PASSPHRASE, "Noy")
    ids = []
    with book.session() as s:
        case = cases.add_case(s, "Statements from the border camps", "MM-2017-BC-001")
        for language, passages in (
            ("shn", [UDHR["shn"], "(W-001, Mae Hong Son, 2018)"]),
            ("rhg-Rohg", [UDHR["rhg-Rohg"], "𐴀𐴞𐴕𐴐𐴝𐴦𐴕 𐴁𐴠𐴒𐴧𐴟𐴕 𐴱𐴲 (2017)"]),
        ):
            witness = persons.add_person(s, case, ["witness"])
            ids.append(testimonies.add_testimony(s, case, passages, witness, language).id)
        s.commit()
    window = MainWindow(prefs, book)
    window.resize(1200, 720)
    window.show()
    shots: list[QImage] = []
    for testimony_id in ids:
        window.navigate_to("testimony", testimony_id)
        pump(0.5)
        shots.append(window.grab().toImage())
    first, second = (QLabel(pixmap=QPixmap.fromImage(shot)) for shot in shots)
    for label in (first, second):
        label.resize(label.sizeHint())
    save_pair(first, second, "statement-languages-editor")

    window.new_testimony()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "newTestimonyDialog"
    )
    combo = dialog.inputs[0]
    combo.setCurrentIndex(combo.findData("shn"))
    combo.showPopup()
    pump(0.5)
    popup = combo.view().window()
    popup.resize(popup.width(), 640)
    pump(0.3)
    path = OUT / "statement-languages-list.png"
    popup.grab().save(str(path))
    print(f"{path.name}: {path.stat().st_size // 1024} KB")
    combo.hidePopup()
    dialog.reject()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
