"""The Add evidence dialog (issue 16): original or copy, asked before files are taken in, on a
1024×600 screen, in English and in Lao.

Run from the repository root:
    python3 docs/screenshots/make_47-add-evidence.py [en lo ...] [--out DIR]
One offscreen process per language with a 1024×600 screen and ``CASEBOOK_UI_LANGUAGE`` set, as
a user would start it; writes 47-add-evidence-<code>.png (the main window with the dialog over
it, "A copy as received" chosen and the original's place typed) into DIR (default:
docs/screenshots). Exits with 1 when the dialog is larger than the screen or a button is cut off.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from small_screen import PASSPHRASE, main, settle


def child(name: str, out: Path) -> int:
    os.environ.setdefault("CASEBOOK_DATA_DIR", tempfile.mkdtemp(prefix="casebook-47-data-"))
    from PIL import Image
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QPushButton

    from casebook.core.store import kdf
    from casebook.core.store.casebook import Casebook
    from casebook.core.store.kdf import KdfParams
    from casebook.gui.app import build

    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    qt, app = build([sys.argv[0]])
    area = qt.primaryScreen().availableGeometry()

    tmp = Path(tempfile.mkdtemp(prefix="casebook-47-book-"))
    book, _key = Casebook.create(tmp / "border-interviews", PASSPHRASE, "Noy", "documenter")
    window = app.open_main(book)
    case = window.workspace.add_case("Attack on Ban Nong Het", "LA-2024-001")
    window.navigate_to("section:evidence", "", case_id=case.id)
    window.showMaximized()
    settle()
    photos = []
    for n, colour in enumerate(((90, 120, 150), (150, 120, 90), (60, 60, 60))):
        photo = tmp / f"IMG_20240301_000{n + 1}.jpg"
        Image.new("RGB", (64, 48), colour).save(photo)
        photos.append(photo)
    dialog = window.ask_before_intake(case.id, photos)
    copy_status, location = dialog.inputs
    copy_status.setCurrentIndex(copy_status.findData("copy"))
    location.setText("ICRC office, Vientiane (paper original)")
    settle(0.5)
    problems = []
    if dialog.width() > area.width() or dialog.height() > area.height():
        problems.append(f"the dialog is {dialog.width()}×{dialog.height()}")
    for button in dialog.findChildren(QPushButton):
        if not dialog.rect().contains(button.mapTo(dialog, button.rect().bottomRight())):
            problems.append(f"the button {button.text()!r} is cut off")
    picture = window.grab().toImage()
    painter = QPainter(picture)
    at = dialog.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter.drawImage(at, dialog.grab().toImage())
    painter.end()
    path = out / f"47-add-evidence-{name}.png"
    picture.save(str(path))
    print(f"{path.name}: window {window.width()}×{window.height()}, dialog {dialog.width()}×"
          f"{dialog.height()}")  # fmt: skip
    dialog.reject()
    window.close()
    for problem in problems:
        print(f"{name}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(__file__, sys.argv[1:], child, ["en", "lo"], Path(__file__).resolve().parent))
