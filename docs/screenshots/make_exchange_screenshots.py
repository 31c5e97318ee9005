"""Grab the exchange screens into docs/screenshots/2x-*.png (offscreen, no display).

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_exchange_screenshots.py
Two throwaway casebooks, a documenter's and a supervisor's, exchange identities through
the core; the real dialogs are then driven and saved: identities, the fingerprint check, a
written package, the import check of an unverified sender, a conflict, the review and
supervisor access.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from casebook.core.exchange import identities
from casebook.core.models import Incident
from casebook.core.records import cases, records
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams
from casebook.gui.app import application
from casebook.gui.exchange.conflicts_view import ConflictsView
from casebook.gui.exchange.identities_dialog import IdentitiesDialog
from casebook.gui.exchange.import_package_dialog import ImportPackageDialog
from casebook.gui.exchange.package_dialog import PackageDialog
from casebook.gui.exchange.review_panel import ReviewPanel
from casebook.gui.exchange.supervisor_access_dialog import SupervisorAccessDialog
from casebook.gui.shared.workspace import Workspace

OUT = Path(__file__).resolve().parent
PASSPHRASE = "lantern orbit cassava monsoon"  # noqa: S105 (throwaway sample casebooks)
REF = "LA-2024-001"


def wait(condition, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> None:
    if not widget.isVisible():
        widget.show()
    end = time.monotonic() + 0.2
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"{path.name}: {path.stat().st_size // 1024} KB")


def identity_text(ws: Workspace) -> str:
    with ws.book.session() as s:
        text = identities.identity_text(ws.book, s, identities.own_identity(ws.book, s))
        s.commit()
    return text


def store(ws: Workspace, text: str, verify: bool) -> None:
    with ws.book.session() as s:
        found, _ = identities.import_identity(s, text)
        if verify:
            identities.verify_identity(ws.book, s, identities.fingerprint_of(found))
        s.commit()
    ws.refresh()


def incident(ws: Workspace) -> Incident:
    ws.session.expire_all()
    return ws.session.scalar(select(Incident))


def main() -> int:
    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    qt = application()  # kept: the QApplication must outlive every widget
    QMessageBox.exec = lambda box: box.show() or 0  # type: ignore[method-assign]
    tmp = Path(tempfile.mkdtemp(prefix="casebook-exchange-shots-"))
    noy_book, _ = Casebook.create(tmp / "noy", PASSPHRASE, "Noy", "documenter")
    sara_book, _ = Casebook.create(tmp / "sara", PASSPHRASE, "Sara", "supervisor")
    noy, sara = Workspace(noy_book), Workspace(sara_book)
    with noy_book.session() as s:
        case = cases.add_case(s, "Attack on Ban Nong Het", REF)
        records.add_incident(s, case, "Burning of houses in Ban Nong Het", description="At dawn.")
        s.commit()
    noy.refresh()
    store(noy, identity_text(sara), verify=True)
    sara_text_of_noy = identity_text(noy)

    dialog = IdentitiesDialog(sara)
    dialog.paste.setPlainText(sara_text_of_noy)
    dialog.import_pasted()
    save(dialog, "22-identities")
    check = dialog.ask_verify()
    assert check is not None
    check.matches.setChecked(True)
    save(check, "23-verify-fingerprints")
    check.reject()
    dialog.close()

    send = PackageDialog(noy, noy.cases()[0].id)
    send.recipient_item("Sara").setCheckState(Qt.CheckState.Checked)
    send.out.setText(str(tmp / "LA-2024-001.cbpkg"))
    send.start()
    wait(lambda: send.operation is None)
    save(send, "24-package-written")
    send.close()

    check_import = ImportPackageDialog(sara)
    check_import.file.setText(str(tmp / "LA-2024-001.cbpkg"))
    check_import.check()
    wait(lambda: check_import.operation is None)
    save(check_import, "25-import-unverified-sender")
    check_import.accept_unverified.setChecked(True)
    check_import.start_import()
    wait(lambda: check_import.operation is None)
    save(check_import, "26-import-done")
    check_import.close()

    noy.set_field("incident", incident(noy).id, "description", "At dawn, about 40 soldiers.")
    sara.set_field("incident", incident(sara).id, "description", "Before sunrise.")
    store(sara, sara_text_of_noy, verify=False)  # already stored: no change
    again = PackageDialog(noy, noy.cases()[0].id)
    again.recipient_item("Sara").setCheckState(Qt.CheckState.Checked)
    again.since_last.setChecked(True)
    again.out.setText(str(tmp / "LA-2024-001-2.cbpkg"))
    again.start()
    wait(lambda: again.operation is None)
    second = ImportPackageDialog(sara)
    second.file.setText(str(tmp / "LA-2024-001-2.cbpkg"))
    second.check()
    wait(lambda: second.operation is None)
    second.accept_unverified.setChecked(True)
    save(second, "27-import-preview-conflict")
    second.start_import()
    wait(lambda: second.operation is None)

    conflicts = ConflictsView(sara)
    save(conflicts, "28-conflicts")
    conflicts.close()

    review = ReviewPanel(sara, sara.cases()[0].id)
    review.set_status("in_review")
    review.comment.setPlainText("Add the time of the second fire and who saw it.")
    review.add_comment()
    review.set_status("approved")
    save(review, "29-review-signed-off")
    review.close()

    access = SupervisorAccessDialog(noy)
    access.add_current()
    save(access, "30-supervisor-access")
    access.close()
    noy.close()
    sara.close()
    qt.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
