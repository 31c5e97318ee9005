"""Grab the coverage matrix of the Rakhine test case with four charges (issue 15, item 2).

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_42-matrix.py
Writes 42-matrix.png: the overview grid (one line per charge, a symbol on the status colour
per element), the rows, and the chosen element of a murder charge resting on the river-bank
killings, whose tagged passage is "not counted, because its statement is not linked to" that
incident, with the button that links it. The case is the core tests' Rakhine fixture
(tests/core/conftest.py), so the statuses shown are its known ones.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import PASSPHRASE, pump, save

from casebook.core.analysis import add_charge, get_charge, link_incidents
from casebook.core.models import Case
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.preferences import Preferences

FIXTURE = Path(__file__).resolve().parents[2] / "tests" / "core" / "conftest.py"


def _fixture():
    spec = importlib.util.spec_from_file_location("rakhine_case", FIXTURE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="casebook-shots-"))
    prefs = Preferences(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    book, _ = Casebook.create(tmp / "rakhine-2017", PASSPHRASE, "Noy")
    rakhine = _fixture().build_rakhine_case(book, tmp / "source")
    with book.session() as s:  # the false gap: murder at the river, W-003 not linked to it
        case = s.get(Case, rakhine.case_id)
        murder = add_charge(s, case, "7(1)(a)", perpetrators=[(rakhine.soldier, "28(a)")])
        link_incidents(s, case, get_charge(s, case, murder.id), [rakhine.river])
        s.commit()
    window = MainWindow(prefs, book)
    window.resize(1280, 1000)
    window.show()
    window.navigate_to("section:matrix", "", case_id=rakhine.case_id)
    view = window.view.matrix_view
    pump(0.3)
    rows = [n for n, (_h, _g, r) in enumerate(view.rows) if r and r.element_id == "7(1)(a)/1"]
    row = rows[-1]  # the fourth charge's
    view.table.selectRow(row)
    view.table.scrollTo(view.model.index(row, 0))
    pump(0.5)
    save(window, "42-matrix")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
