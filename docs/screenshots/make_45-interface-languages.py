"""Every main screen and dialog in an interface language, on a 1024×600 screen (issue 14).

Run from the repository root:
    python3 docs/screenshots/make_45-interface-languages.py [lo my ...] [--out DIR]
One offscreen process per language (default: lo and my), each started with
``CASEBOOK_UI_LANGUAGE=<code>`` as a user would; images are named 45-<code>-<screen>.png in
DIR (default: casebook-45 in the temporary folder). The statement shown is in the same
language where a sample exists. The script checks that every window fits the screen and
every dialog's buttons are shown, and exits with 1 naming the one that does not.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from small_screen import PASSPHRASE, main, settle

SAMPLES = {  # statement language and passages shown, per interface language
    "lo": (
        "lo",
        [
            "ທະຫານໄດ້ມາຮອດບ້ານຂອງພວກເຮົາໃນຕອນເຊົ້າ ແລະ ບອກໃຫ້ທຸກຄົນອອກຈາກບ້ານ.",
            "ພວກເຮົາຍ່າງໄປຮອດຊາຍແດນໃນສາມມື້.",
        ],
    ),
    "my": (
        "my",
        [
            "စစ်သားတွေ မနက်ပိုင်း ကျွန်တော်တို့ ရွာကို ရောက်လာတယ်။",
            "အိမ်တွေကို မီးရှို့ခဲ့တယ်။",
        ],
    ),
}
FALLBACK = SAMPLES["lo"]


def child(name: str, out: Path) -> int:
    os.environ.setdefault("CASEBOOK_DATA_DIR", tempfile.mkdtemp(prefix="casebook-45-data-"))
    from PIL import Image
    from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

    from casebook.core.records import persons
    from casebook.core.store import kdf
    from casebook.core.store.casebook import Casebook
    from casebook.core.store.kdf import KdfParams
    from casebook.gui.app import build
    from casebook.gui.tagging.analysis_service import AnalysisService

    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    qt, app = build([sys.argv[0]])
    QMessageBox.exec = lambda box: box.show() or 0  # type: ignore[method-assign]
    area = qt.primaryScreen().availableGeometry()
    problems: list[str] = []

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
        path = out / f"45-{name}-{screen}.png"
        widget.grab().save(str(path))
        print(f"{path.name}: {widget.width()}×{widget.height()}")

    statement_language, passages = SAMPLES.get(name, FALLBACK)
    tmp = Path(tempfile.mkdtemp(prefix="casebook-45-book-"))
    book, _key = Casebook.create(tmp / "border-interviews", PASSPHRASE, "Noy", "documenter")
    window = app.open_main(book)
    ws = window.workspace
    case = ws.add_case("Attack on Ban Nong Het", "LA-2024-001")
    incident = ws.add_incident(case.id, "Burning of houses in Ban Nong Het")
    lao = ws.add_testimony(case.id, statement_language, None, "Statement of W-001")
    ws.set_segments(lao.id, passages)
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
    window.navigate_to("testimony", lao.id)
    save(window, "testimony")
    ed = window.view.testimony_editor
    ed.tabs.setCurrentWidget(ed.consent)
    save(window, "consent")
    from casebook.gui.exchange.identities_dialog import IdentitiesDialog
    from casebook.gui.exchange.supervisor_access_dialog import SupervisorAccessDialog
    from casebook.gui.shared.backup_dialog import BackupDialog
    from casebook.gui.shared.preferences import PreferencesDialog

    window.backup_action.trigger()
    bd = window.findChild(BackupDialog)
    save(bd, "backup")
    bd.close()
    pd = PreferencesDialog(app.prefs, window)
    save(pd, "preferences")
    pd.close()
    idd = IdentitiesDialog(ws)
    save(idd, "identities")
    idd.close()
    sa = SupervisorAccessDialog(ws)
    save(sa, "supervisor")
    sa.close()
    window.navigate_to("section:matrix", "", case_id=case.id)
    settle(0.5)
    save(window, "matrix")
    window.navigate_to("section:patterns", "", case_id=case.id)
    settle(0.5)
    save(window, "patterns")
    window.lock()
    settle(0.3)
    save(window, "locked")
    window.close()

    app.show_start()
    save(app.start, "start")
    dialog = app.ask_create()
    dialog.location.setText(str(tmp))
    dialog.folder_name.setText("border-interviews-2024")
    dialog.user_name.setText("Noy")
    dialog.passphrase.setText("monsoon2024")
    dialog.repeat.setText("monsoon2024")
    save(dialog, "create")
    for problem in problems:
        print(f"45: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(
        main(
            __file__, sys.argv[1:], child, ["lo", "my"], Path(tempfile.gettempdir()) / "casebook-45"
        )
    )
