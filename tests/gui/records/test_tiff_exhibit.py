"""A TIFF exhibit decodes without bringing the process down.

The crash happened when the image reader outlived its in-memory device (the TIFF plugin
closes its handle on the device when destroyed), so it is checked in a child process.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import io, sys
from PIL import Image
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication
from casebook.gui.records.evidence_viewer import oriented_image
app = QApplication(sys.argv)
for media_type in ("image/tiff", ""):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 10, 10)).save(buffer, format="TIFF")
    image = oriented_image(QByteArray(buffer.getvalue()), media_type)
    print(media_type or "guessed", image.width(), image.height(), flush=True)
"""


def test_tiff_exhibit_decodes_and_the_process_survives() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["image/tiff 40 30", "guessed 40 30"]
