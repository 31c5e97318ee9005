"""Grab the pattern view of a 60-incident case: incidents by month (uncertain dates hatched)
and the victim-group pane with the records behind a count.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_40-patterns.py
Writes 40-patterns.png (time pane), 40-patterns-groups.png (victims by ethnicity, the
persons and incidents behind the "Rohingya" count listed) and 40-patterns-matrix.png (a
pattern saved and cited for the contextual element cah_attack/1, listed in its matrix row).
The case is the test suite's pattern fixture (tests/core/analysis/pattern_case.py), so the
counts shown are its known ones.
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

from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.preferences import Preferences

FIXTURE = Path(__file__).resolve().parents[2] / "tests" / "core" / "analysis" / "pattern_case.py"


def _fixture():
    spec = importlib.util.spec_from_file_location("pattern_case", FIXTURE)
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
    case = _fixture().build_pattern_case(book)
    window = MainWindow(prefs, book)
    window.resize(1180, 900)
    window.show()
    window.navigate_to("section:patterns", "", case_id=case.case_id)
    view = window.view.patterns_view
    view.time_chart.picked.emit(7)  # August: the records behind it
    pump(0.5)
    save(window, "40-patterns")
    view.tabs.setCurrentWidget(view.group_pane)
    view.group_pane.table.setCurrentCell(0, 0)
    pump(0.3)
    save(window, "40-patterns-groups")
    # A pattern saved and cited for the attack's context element, seen in the matrix.
    view.tabs.setCurrentIndex(0)
    view.area.setCurrentIndex(view.area.findData("Maungdaw"))
    view.act.setCurrentIndex(view.act.findData("7(1)(d)"))
    view.apply_button.click()
    view.save_current("Deportations in Maungdaw", "cah_attack/1")
    window.navigate_to("section:matrix", "", case_id=case.case_id)
    matrix = window.view.matrix_view
    matrix.table.selectRow(matrix.row_number("cah_attack/1"))
    pump(0.3)
    save(window, "40-patterns-matrix")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
