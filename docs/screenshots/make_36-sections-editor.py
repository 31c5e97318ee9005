"""Grab the complaint sections editor with its citation picker (issue 12, items 1 and 2).

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_36-sections-editor.py
Writes 36-sections-editor.png: the German jurisdiction section being written, with the
"Cite…" picker open on the passages of a Lao statement beside it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import LAO, PASSPHRASE, save_pair

from casebook.core.analysis import add_charge
from casebook.core.records.sections import SectionSlot, set_section
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.preferences import Preferences

JURISDICTION = (
    "Der Generalbundesanwalt ist zuständig. Die angezeigten Taten sind Verbrechen gegen die "
    "Menschlichkeit (§ 7 VStGB). Nach § 1 Satz 1 VStGB gilt das Gesetz für sie auch, wenn "
    "die Tat im Ausland begangen wurde und keinen Bezug zum Inland aufweist.\n\n"
    "Die Zeugin W-001 hat die Vertreibung selbst erlebt "
)


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
    case = ws.add_case("Expulsions from Ban Nakham, August 2017", "LA-2017-004")
    witness = ws.add_person(case.id, "witness")
    perpetrator = ws.add_person(case.id, "alleged_perpetrator")
    lao = ws.add_testimony(case.id, "lo", witness.id, "Statement of W-001")
    ws.set_segments(lao.id, LAO)
    ws.add_incident(case.id, "Expulsion from Ban Nakham")
    with ws.saving():
        charge = add_charge(
            ws.session, case, "7(1)(d)", perpetrators=[(perpetrator.id, "25(3)(a)-direct")]
        )
        set_section(ws.session, case, "summary", "Im August 2017 wurden die Bewohner …")
        set_section(
            ws.session, case, "element_argument", "Die Bewohner wurden …",
            charge_id=charge.id, element_id="7(1)(d)/1",
        )  # fmt: skip
    window.navigate_to("case", case.id)
    editor = window.edit_sections()
    assert editor is not None
    editor.resize(1000, 640)
    editor.select_slot(SectionSlot("jurisdiction"))
    editor.text.setPlainText(JURISDICTION)
    cursor = editor.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.text.setTextCursor(cursor)
    picker = editor.cite()
    picker.choose_kind("passage")
    picker.list.setCurrentRow(1)
    picker.resize(620, 360)
    save_pair(editor, picker, "36-sections-editor")
    picker.accept()
    editor.save()
    editor.reject()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
