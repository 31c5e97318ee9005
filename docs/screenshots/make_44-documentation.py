"""Grab the guidelines' documentation fields (issue 16 item 4) in the statement and evidence
editors.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_44-documentation.py
Writes 44-documentation-testimony.png (the statement's Documentation tab, some fields stated,
the others at "— not recorded —") and 44-documentation-evidence.png (the evidence editor's
"Original or copy" group: a working copy and where the original is kept).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import PASSPHRASE, pump, save

from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.persons import add_person
from casebook.core.records.testimonies import ConsentTerms, add_testimony
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
    photo = tmp / "IMG_2041.jpg"
    Image.new("RGB", (640, 420), (120, 130, 140)).save(photo)
    with book.session() as s:
        case = add_case(s, "Expulsions from Ban Nakham, August 2017", "LA-2017-004")
        witness = add_person(s, case, ["witness"])
        testimony = add_testimony(
            s, case, ["Soldiers came at dawn and told us to leave."], witness=witness,
            language="en", taken_on="2018-04-02", place="Camp 7",
            consent=ConsentTerms(legal_proceedings=True, jurisdictions=["DE"]),
            documentation={
                "people_present": "Her sister; a camp volunteer (left after ten minutes)",
                "interview_recording": "audio",
                "prior_accounts": "given",
                "prior_accounts_to": "UN Fact-Finding Mission",
                "prior_accounts_when": "March 2018",
            },
        )  # fmt: skip
        item = take_in(
            book, s, case, photo, title="Burned houses, Ban Nakham",
            collected_by="Field team B", acquisition_method="Copied from the witness's phone",
            copy_status="working_copy",
            original_location="Witness's phone; copy on the office safe",
        ).item  # fmt: skip
        s.commit()
        testimony_id, item_id = testimony.id, item.id
    window = MainWindow(prefs, book)
    window.resize(1440, 800)
    window.show()
    window.navigate_to("testimony", testimony_id)
    editor = window.view.testimony_editor
    editor.tabs.setCurrentWidget(editor.documentation)
    pump(0.5)
    save(window, "44-documentation-testimony")
    window.navigate_to("evidence", item_id)
    pump(0.5)
    evidence = window.view.evidence_page.editor
    box = evidence.form  # scroll the record's fields to the top of the view
    evidence.verticalScrollBar().setValue(box.mapTo(evidence.widget(), QPoint(0, 0)).y())
    pump(0.3)
    save(window, "44-documentation-evidence")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
