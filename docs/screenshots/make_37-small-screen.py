"""Grab the main window and the Tag, Charge and Export dialogs on a 1024×600 screen (issue 14).

Run from the repository root:
    python3 docs/screenshots/make_37-small-screen.py
Three runs, each in its own process on an offscreen 1024×600 screen: left to right; right to
left with Qt's own ``-reverse`` option given on the command line (it must reach Qt); and with
a 14 pt application font. Each image is named 37-<setting>-<screen>.png. The script also
checks what the images are for: every window fits the screen and every dialog's buttons are
inside what is shown; it exits with 1 and says which one does not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent
SCREEN = {"width": 1024, "height": 600}
RUNS = {"ltr": [], "rtl": ["-reverse"], "14pt": ["--font-14pt"]}
PASSPHRASE = "lantern orbit cassava monsoon"  # noqa: S105 (a throwaway sample casebook)
LAO = [
    "ທະຫານໄດ້ມາຮອດບ້ານຂອງພວກເຮົາໃນຕອນເຊົ້າ ແລະ ບອກໃຫ້ທຸກຄົນອອກຈາກບ້ານ.",
    "ພວກເຮົາຍ່າງໄປຮອດຊາຍແດນໃນສາມມື້.",
]


def parent() -> int:
    """Start one offscreen process per setting, each with a 1024×600 screen."""
    config = Path(tempfile.mkdtemp(prefix="casebook-37-")) / "screen.json"
    screen = {"name": "small", "x": 0, "y": 0, **SCREEN, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    root = str(OUT.parents[1])  # the repository, so the child imports this casebook
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": path}
    failed = 0
    for name, extra in RUNS.items():
        result = subprocess.run(
            [sys.executable, __file__, f"--run={name}", *extra], env=env, check=False
        )
        failed |= result.returncode
    return failed


def child(name: str, argv: list[str]) -> int:
    os.environ.setdefault("CASEBOOK_DATA_DIR", tempfile.mkdtemp(prefix="casebook-37-data-"))
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

    from casebook.core.records import persons
    from casebook.core.store import kdf
    from casebook.core.store.casebook import Casebook
    from casebook.core.store.kdf import KdfParams
    from casebook.gui.app import build
    from casebook.gui.tagging.analysis_service import AnalysisService

    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    qt, app = build([a for a in argv if a != "--font-14pt"])  # -reverse goes to Qt as given
    QMessageBox.exec = lambda box: box.show() or 0  # type: ignore[method-assign]
    if name == "rtl" and qt.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        print("37: -reverse did not reach Qt", file=sys.stderr)
        return 1
    if "--font-14pt" in argv:
        font = qt.font()
        font.setPointSize(14)
        qt.setFont(font)
    area = qt.primaryScreen().availableGeometry()
    problems: list[str] = []

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.01)

    def save(widget: QWidget, screen: str, buttons: list[QPushButton] = ()) -> None:
        if not widget.isVisible():
            widget.show()
        settle()
        if widget.width() > area.width() or widget.height() > area.height():
            problems.append(f"{screen}: {widget.width()}×{widget.height()} is larger than 1024×600")
        for button in buttons:
            inside = widget.rect().contains(button.mapTo(widget, button.rect().bottomRight()))
            if not button.isVisible() or not inside:
                problems.append(f"{screen}: the button {button.text()!r} is not shown")
        path = OUT / f"37-{name}-{screen}.png"
        widget.grab().save(str(path))
        print(f"{path.name}: {widget.width()}×{widget.height()}")

    tmp = Path(tempfile.mkdtemp(prefix="casebook-37-book-"))
    book, _key = Casebook.create(tmp / "border-interviews", PASSPHRASE, "Noy", "documenter")
    window = app.open_main(book)
    ws = window.workspace
    case = ws.add_case("Attack on Ban Nong Het", "LA-2024-001")
    incident = ws.add_incident(case.id, "Burning of houses in Ban Nong Het")
    lao = ws.add_testimony(case.id, "lo", None, "Statement of W-001")
    ws.set_segments(lao.id, LAO)
    consent = ws.consent_of(lao)
    for field, value in (("legal_proceedings", True), ("jurisdictions", "DE")):
        ws.set_field("consent", consent.id, field, value)
    perp = persons.add_person(ws.session, ws.get("case", case.id), ["alleged_perpetrator"])
    ws.session.commit()
    service = AnalysisService(ws)
    service.add_tag(case.id, "incident", incident.id, "7(1)(d)/1", "direct")
    service.add_charge(case.id, "7(1)(d)", perpetrators=[(perp.id, "25(3)(a)-direct")])
    photo = tmp / "IMG_20240301_0001.jpg"
    Image.new("RGB", (640, 480), (90, 120, 150)).save(photo)
    window.take_in(case.id, [photo])
    end = time.monotonic() + 30
    while window.intake.last_outcome is None and time.monotonic() < end:
        settle(0.1)
    ws.refresh()
    window.navigate_to("case", case.id)
    window.view.tree.expandAll()
    save(window, "main-window")
    window.navigate_to("section:evidence", "", case_id=case.id)
    settle(0.5)
    save(window, "evidence")

    window.navigate_to("incident", incident.id)
    tag = window.view.incident_editor.tags.open_tag_dialog()
    tag.choose("7(1)(d)/2")
    save(tag, "tag-dialog", [tag.ok_button])
    tag.reject()
    window.navigate_to("section:charges", "", case_id=case.id)
    charge = window.view.charges_page.new_charge()
    charge.browser.search.setText("deportation")
    charge.browser.select_crime("7(1)(d)")
    save(charge, "charge-dialog", [charge.ok_button])
    charge.reject()
    window.navigate_to("case", case.id)
    export = window.export_bundle()
    export.folder.setText(str(tmp / "bundles"))
    export.review()
    save(export, "export-dialog", [export.review_button, export.export_button])
    export.reject()
    window.close()
    for problem in problems:
        print(f"37: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    run = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--run=")), None)
    if run is None:
        sys.exit(parent())
    sys.exit(child(run, [a for a in sys.argv[1:] if not a.startswith("--run=")]))
