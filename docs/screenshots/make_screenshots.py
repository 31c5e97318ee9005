"""Grab every screen of the desktop app into docs/screenshots/*.png (offscreen, no display).

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_screenshots.py
It builds a throwaway casebook in a temporary folder with sample Lao and Burmese testimony
and a few photos with embedded metadata, drives the real windows, and saves each view.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from casebook.core.errors import WrongPassphrase
from casebook.core.store import kdf
from casebook.core.store.kdf import KdfParams
from casebook.gui.app import App, application
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.preferences import Preferences, PreferencesDialog
from casebook.gui.start.unlock_dialog import UnlockDialog

OUT = Path(__file__).resolve().parent
PASSPHRASE = "lantern orbit cassava monsoon"  # noqa: S105 (a throwaway sample casebook)
LAO = [
    "ພວກທະຫານໄດ້ມາຮອດບ້ານຂອງພວກເຮົາໃນຕອນເຊົ້າ ແລະ ໄດ້ຈູດເຮືອນຫຼາຍຫຼັງ.",
    "ຂ້ອຍໄດ້ແລ່ນໄປເຊື່ອງຢູ່ໃນປ່າກັບລູກສອງຄົນ.",
    "ພໍ່ຂອງຂ້ອຍບໍ່ໄດ້ກັບມາອີກເລີຍ.",
]
ZAWGYI = "ျမန္မာလိုေျပာမယ္လကြာ"
BURMESE = [
    "စစ်သားတွေ မနက်ပိုင်း ကျွန်တော်တို့ ရွာကို ရောက်လာတယ်။",
    ZAWGYI,
    "အိမ်တွေကို မီးရှို့ခဲ့တယ်။",
]


def pump(seconds: float = 0.15) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait(condition, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> Path:
    pump()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"{path.name}: {path.stat().st_size // 1024} KB")
    return path


def save_pair(first: QWidget, second: QWidget, name: str) -> Path:
    """Two windows side by side in one picture (a dialog and the message it showed)."""
    pump()
    a, b = first.grab().toImage(), second.grab().toImage()
    canvas = QImage(a.width() + b.width() + 24, max(a.height(), b.height()), a.format())
    canvas.fill(first.palette().window().color())
    painter = QPainter(canvas)
    painter.drawImage(0, 0, a)
    painter.drawImage(a.width() + 24, 0, b)
    painter.end()
    path = OUT / f"{name}.png"
    canvas.save(str(path))
    print(f"{path.name}: {path.stat().st_size // 1024} KB")
    return path


def photos(folder: Path) -> list[Path]:
    folder.mkdir()
    made = []
    for n, (lat, lon) in enumerate([(17.97, 102.6), (20.15, 92.88), (16.8, 96.15)]):
        image = Image.new("RGB", (320, 240), (60 + 50 * n, 110, 150 - 30 * n))
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = "Canon", "EOS 2000D"
        exif.get_ifd(0x8769)[0x9003] = f"2024:03:0{n + 1} 10:15:00"
        gps = exif.get_ifd(0x8825)
        gps[1], gps[2] = "N", (float(int(lat)), float(round((lat % 1) * 60)), 0.0)
        gps[3], gps[4] = "E", (float(int(lon)), float(round((lon % 1) * 60)), 0.0)
        path = folder / f"IMG_20240301_{n:04d}.jpg"
        image.save(path, exif=exif)
        made.append(path)
    return made


def legal_analysis(window: MainWindow, case_id: str, lao_id: str, tmp: Path) -> None:
    """Taxonomy, tagging, charges, the matrix, timeline, locations and the export dialog."""
    from casebook.core.records import persons, records, testimonies
    from casebook.gui.tagging.analysis_service import AnalysisService
    from casebook.gui.tagging.taxonomy_browser import TaxonomyBrowser

    ws = window.workspace
    assert ws is not None
    session = ws.session
    case = ws.get("case", case_id)
    perp = persons.add_person(session, case, ["alleged_perpetrator"], rank="Captain")
    incidents = ws.incidents(case_id)
    burning = incidents[0]
    for name, value in (("date_precision", "range"), ("date_start", "2024-03-03"),
                        ("date_end", "2024-03-05"), ("place_name", "ບ້ານໜອງແຫດ"),
                        ("admin_area", "Xiangkhouang"), ("latitude", 19.6213),
                        ("longitude", 103.7321)):  # fmt: skip
        records.update_field(session, burning, name, value)
    burning.coordinate_precision_m = 250.0
    burning.testimonies.append(ws.get("testimony", lao_id))
    records.add_incident(session, case, "Checkpoint shooting", date_precision="exact",
                         date_start="2024-03-09", place_name="ດ່ານກວດ ພູກູດ")  # fmt: skip
    records.add_incident(session, case, "Men taken to the camp", date_precision="month",
                         date_start="2024-04")  # fmt: skip
    records.add_incident(session, case, "Looting of the market", date_precision="unknown")
    withdrawn = testimonies.add_testimony(
        session, case, ["They took my brother away."], language="en",
        witness=persons.add_person(session, case, ["witness"]),
        title="Statement of W-003",
        consent=testimonies.ConsentTerms(legal_proceedings=True, jurisdictions=["DE"]),
    )  # fmt: skip
    assert withdrawn.consent is not None
    testimonies.withdraw_consent(withdrawn.consent, "2024-04-02", "fears for family")
    burning.testimonies.append(withdrawn)
    session.commit()
    ws.refresh()

    browser = TaxonomyBrowser(AnalysisService(ws).taxonomy)
    browser.resize(980, 560)
    browser.search.setText("rape")
    browser.select_crime("7(1)(g)-1")
    browser.show()
    save(browser, "14-taxonomy-browser")
    browser.close()

    window.navigate_to("testimony", lao_id)
    editor = window.view.testimony_editor
    row = editor.segments.rows[0]
    cursor = row.edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)
    row.edit.setTextCursor(cursor)
    editor.segments.last_row = row
    dialog = editor.tags.open_tag_dialog()
    assert dialog is not None
    dialog.choose("7(1)(d)/1")
    dialog.set_grading("B", "2")
    save(dialog, "15-tag-dialog")
    dialog.accept()
    service = AnalysisService(ws)
    lao = ws.get("testimony", lao_id)
    service.add_tag(case_id, "passage", lao.segments[1].id, "7(1)(d)/2", "corroborating",
                    reliability="D", credibility="4")  # fmt: skip
    service.add_tag(case_id, "incident", burning.id, "7(1)(d)/4", "circumstantial",
                    reliability="C", credibility="3")  # fmt: skip
    service.add_tag(case_id, "passage", lao.segments[2].id, "7(1)(d)/3", "direct",
                    reliability="B", credibility="3")  # fmt: skip
    service.add_tag(case_id, "incident", burning.id, "7(1)(d)/3", "contradicting",
                    reliability="C", credibility="2")  # fmt: skip
    service.add_tag(case_id, "incident", burning.id, "7(1)(d)/5", "contradicting",
                    reliability="B", credibility="2")  # fmt: skip

    window.navigate_to("section:charges", "", case_id=case_id)
    charge = window.view.charges_page.new_charge()
    assert charge is not None
    charge.browser.search.setText("deportation")
    charge.browser.select_crime("7(1)(d)")
    charge.set_liability(perp.pseudonym, "25(3)(a)-direct")
    charge.check_incident(burning.id)
    save(charge, "16-charge-dialog")
    charge.accept()
    window.navigate_to("section:charges", "", case_id=case_id)
    window.view.tree.expandAll()
    save(window, "17-charges")

    window.navigate_to("section:matrix", "", case_id=case_id)
    matrix = window.view.matrix_view
    matrix.table.selectRow(2)
    save(window, "18-coverage-matrix")
    window.navigate_to("section:timeline", "", case_id=case_id)
    save(window, "19-timeline")
    window.navigate_to("section:locations", "", case_id=case_id)
    save(window, "20-locations")

    window.navigate_to("case", case_id)
    export = window.export_bundle()
    assert export is not None
    export.folder.setText(str(tmp / "bundles"))
    export.review()
    save(export, "21-export-dialog-left-out")
    export.reject()


def main() -> int:
    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    qt = application()
    tmp = Path(tempfile.mkdtemp(prefix="casebook-shots-"))
    prefs = Preferences(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    shown: list[QMessageBox] = []
    QMessageBox.exec = lambda box: shown.append(box) or box.show() or 0  # type: ignore[method-assign]

    app = App(prefs)
    app.show_start()
    save(app.start, "01-start-window")

    dialog = app.ask_create()
    dialog.location.setText(str(tmp))
    dialog.folder_name.setText("border-interviews-2024")
    dialog.user_name.setText("Noy")
    dialog.passphrase.setText("monsoon2024")
    dialog.repeat.setText("monsoon2024")
    save(dialog, "02-create-dialog-strength")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.create_button.click()
    wait(lambda: dialog.pages.currentIndex() == 1)
    save(dialog, "03-recovery-key")
    dialog.written_down.setChecked(True)
    dialog.continue_button.click()
    window: MainWindow = app.main_window  # type: ignore[assignment]
    window.resize(1180, 760)
    ws = window.workspace
    assert ws is not None

    case = ws.add_case("Attack on Ban Nong Het", "LA-2024-001")
    ws.set_field("case", case.id, "situation", "Lao PDR / Xiangkhouang")
    ws.set_field("case", case.id, "summary", "Soldiers entered the village at dawn on 3 March.")
    ws.add_incident(case.id, "Burning of houses in Ban Nong Het")
    lao = ws.add_testimony(case.id, "lo", None, "Statement of W-001")
    ws.set_segments(lao.id, LAO)
    consent = ws.consent_of(lao)
    for field, value in (("legal_proceedings", True), ("jurisdictions", "DE, ICC"),
                         ("follow_up_contact", True), ("given_on", "2024-03-05")):  # fmt: skip
        ws.set_field("consent", consent.id, field, value)
    burmese = ws.add_testimony(case.id, "my", None, "Statement of W-002")
    ws.set_segments(burmese.id, BURMESE)
    window.navigate_to("case", case.id)
    window.view.tree.expandAll()
    save(window, "05-main-window-case")

    window.navigate_to("testimony", lao.id)
    save(window, "06-testimony-lao")
    window.navigate_to("testimony", burmese.id)
    save(window, "07-testimony-burmese-zawgyi")
    window.navigate_to("testimony", lao.id)
    window.view.testimony_editor.tabs.setCurrentWidget(window.view.testimony_editor.consent)
    save(window, "08-consent-panel")
    window.view.testimony_editor.tabs.setCurrentIndex(0)

    window.take_in(case.id, photos(tmp / "photos"))
    wait(lambda: window.intake.last_outcome is not None)
    pump(0.5)
    save(window, "09-evidence-list-metadata")

    big = tmp / "videos"
    big.mkdir()
    for n in range(4):
        (big / f"VID_{n:04d}.mp4").write_bytes(bytes([n]) * (96 * 1024 * 1024))
    progress: list[object] = []
    window.take_in(case.id, [big])
    window.intake.operation.signals.progressed.connect(progress.append)  # type: ignore[union-attr]
    wait(lambda: len(progress) > 20)
    save(window.intake.progress, "10-intake-progress")  # type: ignore[arg-type]
    window.intake.cancel_and_wait()
    wait(lambda: not window.intake.running and window.intake.progress is None)
    for box in shown:
        box.close()

    window.open_search()
    panel = window.search_panel
    panel.query.setText("ທະຫານ")
    panel.run_search()
    save(panel, "11-search-results")

    legal_analysis(window, case.id, lao.id, tmp)

    window.lock()
    save(window, "12-locked")

    prefs_dialog = PreferencesDialog(prefs, window)
    prefs_dialog.show()
    save(prefs_dialog, "13-preferences")
    prefs_dialog.close()
    window.close()

    unlock = UnlockDialog(tmp / "border-interviews-2024")
    unlock.show()
    unlock.panel.passphrase.setText("wrong guess")
    box = QMessageBox(QMessageBox.Icon.Warning, "Casebook could not be opened",
                      str(WrongPassphrase()), parent=unlock)  # fmt: skip
    box.show()
    save_pair(unlock, box, "04-unlock-error")
    qt.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
