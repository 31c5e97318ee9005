"""Grab the evidence viewer (issue 15, item 3): a PDF exhibit's page rendered from memory,
and a photo (stored sideways, turned by its EXIF orientation) zoomed in.

Run from the repository root:
    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python3 docs/screenshots/make_43-evidence-viewer.py
Writes 43-evidence-viewer.png: the two states of the main window side by side. Neither file
is written to disk in plain form by the viewer; the sample sources are made in a temporary
folder and deleted after intake.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QLabel
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import PASSPHRASE, pump, save_pair, wait

from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.preferences import Preferences

LOG = [
    "06:10  Two trucks, Battalion 999 markings, arrive at the checkpoint.",
    "06:25  About forty villagers held at the road; men separated from women.",
    "06:40  Shots heard from the river bank, east of the checkpoint.",
    "07:05  Smoke seen over the village; houses burning on the north side.",
    "07:30  Trucks leave towards the district town with detainees.",
]


def _pdf(path: Path) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle("Checkpoint log")
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(72, 770, "Checkpoint log — 27 August 2017")
    pdf.setFont("Helvetica", 12)
    for n, line in enumerate(LOG):
        pdf.drawString(72, 730 - 22 * n, line)
    pdf.setFont("Helvetica-Oblique", 10)
    pdf.drawString(72, 600, "Kept by a volunteer; handed over on 2 October 2017.")
    pdf.showPage()
    pdf.drawString(72, 770, "Page 2: names withheld.")
    pdf.save()


def _sideways_photo(path: Path) -> None:
    """A 'house' drawn upright, stored rotated, with EXIF orientation 6 to turn it back."""
    upright = Image.new("RGB", (600, 800), (170, 200, 230))
    draw = ImageDraw.Draw(upright)
    draw.rectangle((0, 560, 600, 800), fill=(90, 120, 60))
    draw.rectangle((150, 380, 450, 600), fill=(120, 70, 40))
    draw.polygon([(120, 390), (300, 230), (480, 390)], fill=(60, 40, 30))
    draw.rectangle((270, 480, 330, 600), fill=(30, 20, 10))
    for x in range(160, 460, 40):  # burn marks
        draw.ellipse((x, 340 + (x % 80), x + 30, 370 + (x % 80)), fill=(20, 20, 20))
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # as a phone held sideways saves it
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x8769] = {0x9003: "2017:08:27 07:12:40", 0x9011: "+06:30"}  # when it was taken
    stored.save(path, exif=exif.tobytes(), quality=90)


def main() -> int:
    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="casebook-shots-"))
    prefs = Preferences(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    book, _ = Casebook.create(tmp / "rakhine-2017", PASSPHRASE, "Noy")
    pdf, photo = tmp / "checkpoint-log.pdf", tmp / "burned-house.jpg"
    _pdf(pdf)
    _sideways_photo(photo)
    with book.session() as s:
        case = add_case(s, "Clearance operations, northern Rakhine", "MM-2017-NR-001")
        log = take_in(book, s, case, pdf, title="Checkpoint log", kind="document").item
        house = take_in(book, s, case, photo, title="Burned house, village A").item
        s.commit()
        ids = (log.id, house.id)
    pdf.unlink()
    photo.unlink()
    window = MainWindow(prefs, book)
    window.resize(1500, 900)
    window.show()
    viewer = window.view.evidence_page.editor.viewer
    window.view.evidence_page.setSizes([600, 820])  # the user's splitter: room for the item
    shots: list[QImage] = []
    for item_id in ids:
        window.navigate_to("evidence", item_id)
        wait(lambda: "Decrypting" not in viewer.message.text() or viewer.info.text() != "")
        pump(0.5)
        if item_id == ids[1]:
            viewer.zoom_actual.click()  # 100 %, then one step in: 125 %
            viewer.zoom_in.click()
            viewer.image.centerOn(300, 360)  # the burn marks under the roof
            pump(0.3)
        shots.append(window.grab().toImage())
    first, second = (QLabel(pixmap=QPixmap.fromImage(shot)) for shot in shots)
    for label in (first, second):
        label.resize(label.sizeHint())
    save_pair(first, second, "43-evidence-viewer")  # side by side, as the other pairs
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
