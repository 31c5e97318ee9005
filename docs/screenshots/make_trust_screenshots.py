"""Grab the tamper-evidence screens into docs/screenshots/3x-*.png (offscreen, no display).

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_trust_screenshots.py
A supervisor whose identity the documenter has not verified approves a case; the review
panel shows the approval as not counted. Then an older copy of a casebook is put back and
opened: the main window says so before any work.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEBOOK_DATA_DIR", tempfile.mkdtemp(prefix="casebook-shots-data-"))

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from casebook.core.exchange import identities
from casebook.core.exchange.importer import import_package
from casebook.core.exchange.packager import make_package
from casebook.core.exchange.review import add_review
from casebook.core.records import cases, records
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams
from casebook.gui.app import build
from casebook.gui.exchange.review_panel import ReviewPanel
from casebook.gui.shared.workspace import Workspace

OUT = Path(__file__).resolve().parent
PASSPHRASE = "lantern orbit cassava monsoon"  # noqa: S105 (throwaway sample casebooks)
REF = "LA-2024-001"


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> None:
    if not widget.isVisible():
        widget.show()
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"{path.name}: {path.stat().st_size // 1024} KB")


def introduce(a: Casebook, b: Casebook, verify: bool) -> None:
    """b learns a's identity, verified or not."""
    with a.session() as s:
        text = identities.identity_text(a, s, identities.own_identity(a, s))
        s.commit()
    with b.session() as s:
        found, _ = identities.import_identity(s, text)
        if verify:
            identities.verify_identity(b, s, identities.fingerprint_of(found))
        s.commit()


def fingerprint(book: Casebook) -> str:
    with book.session() as s:
        return identities.fingerprint_of(identities.own_identity(book, s))


def main() -> int:
    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    qt, app = build([])
    QMessageBox.exec = lambda box: box.show() or 0  # type: ignore[method-assign]
    tmp = Path(tempfile.mkdtemp(prefix="casebook-trust-shots-"))
    noy, _ = Casebook.create(tmp / "noy", PASSPHRASE, "Noy", "documenter")
    dara, _ = Casebook.create(tmp / "dara", PASSPHRASE, "Dara", "supervisor")
    introduce(noy, dara, verify=True)  # Dara checked Noy's fingerprint...
    introduce(dara, noy, verify=False)  # ...Noy holds Dara's identity, not checked yet
    with dara.session() as s:
        case = cases.add_case(s, "Attack on Ban Nong Het", REF)
        records.add_incident(s, case, "Burning of houses in Ban Nong Het", description="At dawn.")
        add_review(dara, s, case, None, "approved", "Ready to file.")
        s.commit()
    make_package(dara, REF, [fingerprint(noy)], tmp / "from-dara.cbpkg")
    import_package(noy, tmp / "from-dara.cbpkg", accept_unverified=True)
    ws = Workspace(noy)
    ws.refresh()
    panel = ReviewPanel(ws, ws.cases()[0].id)
    save(panel, "33-review-unverified-signer")
    panel.close()
    ws.close() if hasattr(ws, "close") else None
    dara.close()

    older = tmp / "noy-older"
    noy.close()
    shutil.copytree(tmp / "noy", older)
    book = Casebook.open(tmp / "noy", PASSPHRASE)
    with book.session() as s:
        cases.add_case(s, "Later case", "LA-2024-002")
        s.commit()
    book.close()
    shutil.rmtree(tmp / "noy")
    shutil.copytree(older, tmp / "noy")
    book = Casebook.open(tmp / "noy", PASSPHRASE)
    window = app.open_main(book)
    window.resize(1100, 700)
    settle(0.5)
    box = window.findChild(QMessageBox, "historyWarning")
    assert box is not None, "the history warning was not shown"
    box.move(window.geometry().center() - box.rect().center())
    save(box, "34-history-older-copy")
    book.close()
    del qt
    return 0


if __name__ == "__main__":
    sys.exit(main())
