"""Time from process start to Casebook's unlock window shown, against a bare PySide6 window.

Both are started the same way in the same run: a fresh Python subprocess (offscreen Qt)
that shows its window and, once the event loop has painted it, prints the wall-clock time.
The figure is that moment minus the moment the parent started the process, the median of
several runs; the target is a ratio of at most 2. (Casebook goes on importing its storage
stack on a worker thread after the window is up; that is deliberately not in the figure.)

    QT_QPA_PLATFORM=offscreen python3 bench/bench_gui_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import json_flag, record

BASELINE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
app = QApplication([])
w = QWidget(); layout = QVBoxLayout(w)
layout.addWidget(QLabel("Unlock")); layout.addWidget(QLineEdit())
w.show()
def shown():
    import time; print(time.time(), flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

CASEBOOK = """
import sys
from PySide6.QtCore import QTimer
from casebook.gui.app import build
qt, app = build([sys.argv[1]])
assert app.unlock_dialog is not None and app.unlock_dialog.isVisible()
def shown():
    import time; print(time.time(), flush=True); qt.quit()
QTimer.singleShot(0, shown)
qt.exec()
"""


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.time()
    done = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env,
                          capture_output=True, text=True)  # fmt: skip
    return float(done.stdout.split()[0]) - started


def make_casebook(folder: Path) -> Path:
    from casebook.core.store import kdf
    from casebook.core.store.casebook import Casebook
    from casebook.core.store.kdf import KdfParams

    kdf.set_policy(KdfParams(memory_kib=1024, iterations=1, lanes=1))  # opening is not timed
    book, _ = Casebook.create(folder / "bench", "bench passphrase words")
    book.close()
    return folder / "bench"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    json_flag(parser)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_casebook(Path(tmp))
        timed(BASELINE)  # warm the OS file cache for both
        timed(CASEBOOK, str(folder))
        base, ours = [], []
        for _ in range(args.runs):
            base.append(timed(BASELINE))
            ours.append(timed(CASEBOOK, str(folder)))
    b, c = statistics.median(base), statistics.median(ours)
    print(f"bare PySide6 window shown:   {b * 1000:7.0f} ms (median of {args.runs})")
    print(f"Casebook unlock window shown: {c * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio: {c / b:.2f} (target <= 2)")
    record(
        "gui_startup",
        {"runs": args.runs},
        {"unlock_window_ms": c * 1000, "baseline_bare_window_ms": b * 1000, "ratio": c / b},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
