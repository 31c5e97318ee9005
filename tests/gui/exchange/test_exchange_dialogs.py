"""The exchange through the GUI: identities, a package from a documenter to a supervisor, the
checked import, a conflict decided in the conflicts view, review, and refused packages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from casebook.core.exchange import identities
from casebook.core.models import Incident
from casebook.core.records import cases, records
from casebook.core.store.casebook import Casebook
from casebook.gui.exchange.conflicts_view import ConflictsView
from casebook.gui.exchange.identities_dialog import IdentitiesDialog
from casebook.gui.exchange.import_package_dialog import ImportPackageDialog
from casebook.gui.exchange.package_dialog import PackageDialog
from casebook.gui.exchange.review_panel import ReviewPanel
from casebook.gui.exchange.supervisor_access_dialog import SupervisorAccessDialog
from casebook.gui.shared.workspace import Workspace

from ..conftest import PASSPHRASE

REF = "LA-2024-007"


@dataclass
class Desk:
    ws: Workspace

    @property
    def fingerprint(self) -> str:
        with self.ws.book.session() as s:
            return identities.fingerprint_of(identities.own_identity(self.ws.book, s))

    def text(self) -> str:
        with self.ws.book.session() as s:
            own = identities.own_identity(self.ws.book, s)
            text = identities.identity_text(self.ws.book, s, own)
            s.commit()
        return text


def _introduce(a: Desk, b: Desk, verify: bool) -> None:
    """b stores a's identity through the core, verified as after a phone call or not."""
    with b.ws.book.session() as s:
        identities.import_identity(s, a.text())
        if verify:
            identities.verify_identity(b.ws.book, s, a.fingerprint)
        s.commit()
    b.ws.refresh()


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[Desk, Desk]]:
    """A documenter with one case and a supervisor, each in their own casebook."""
    made = []
    for name, role in (("Noy", "documenter"), ("Sara", "supervisor")):
        book, _ = Casebook.create(tmp_path / name.lower(), PASSPHRASE, name, role)
        made.append(Desk(Workspace(book)))
    noy, sara = made
    with noy.ws.book.session() as s:
        case = cases.add_case(s, "Attack on Ban Nong", REF)
        records.add_incident(s, case, "Burning of houses", description="At dawn.")
        s.commit()
    noy.ws.refresh()
    yield noy, sara
    for desk in made:
        desk.ws.close()


def _case_id(ws: Workspace) -> str:
    return next(c.id for c in ws.cases() if c.reference == REF)


def _incident(ws: Workspace) -> Incident:
    return ws.session.scalar(select(Incident).where(Incident.title == "Burning of houses"))


def _send(qtbot, noy: Desk, to: str, out: Path, since_last: bool = False) -> PackageDialog:
    dialog = PackageDialog(noy.ws, _case_id(noy.ws))
    qtbot.addWidget(dialog)
    dialog.recipient_item(to).setCheckState(Qt.CheckState.Checked)
    dialog.since_last.setChecked(since_last)
    dialog.out.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=60_000)
    return dialog


def _check(qtbot, sara: Desk, package: Path) -> ImportPackageDialog:
    dialog = ImportPackageDialog(sara.ws)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(package))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=60_000)
    return dialog


def _import(qtbot, dialog: ImportPackageDialog) -> None:
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=60_000)


def test_identities_dialog_imports_and_verifies_only_after_the_tick(qtbot, desks, messages):
    noy, sara = desks
    dialog = IdentitiesDialog(sara.ws)
    qtbot.addWidget(dialog)
    assert sara.fingerprint in dialog.own_text
    dialog.copy_own()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == dialog.own_text

    dialog.paste.setPlainText(noy.text())
    dialog.import_pasted()
    assert dialog.state_of("Noy") == "NOT VERIFIED"
    check = dialog.ask_verify()
    assert check is not None and noy.fingerprint in check.colleague.fingerprint
    check.verify_button.click()  # disabled until the user ticks that the digits matched
    assert dialog.state_of("Noy") == "NOT VERIFIED"
    check.matches.setChecked(True)
    check.verify_button.click()
    assert dialog.state_of("Noy") == "verified"

    tampered = noy.text().replace("name: Noy", "name: Nay")
    assert not dialog.import_text(tampered)
    assert "signature does not match" in messages[-1].text


def test_package_preview_import_conflict_and_review(qtbot, desks, tmp_path, messages):
    noy, sara = desks
    _introduce(sara, noy, verify=True)
    _introduce(noy, sara, verify=True)

    sent = _send(qtbot, noy, "Sara", tmp_path / "p1.cbpkg")
    assert not messages, messages
    assert sent.result is not None and sent.result.path.is_file()
    assert "p1.cbpkg" in sent.status.text() and "Sara" in sent.status.text()
    assert sent.fingerprint.isVisibleTo(sent)
    assert sent.fingerprint.text().split() == noy.fingerprint.split()

    preview = _check(qtbot, sara, tmp_path / "p1.cbpkg")
    assert not messages, messages
    assert preview.fingerprint.text().split() == noy.fingerprint.split()
    assert "Noy" in preview.sender.text() and "verified" in preview.sender.text()
    assert not preview.warning.isVisibleTo(preview)
    lines = [preview.changes.item(i).text() for i in range(preview.changes.count())]
    assert "case: 1 new" in lines and "incident: 1 new" in lines
    assert sara.ws.cases() == []  # a check writes nothing
    assert preview.import_button.isEnabled()
    _import(qtbot, preview)
    assert not messages, messages
    assert [c.reference for c in sara.ws.cases()] == [REF]
    assert "2 new" in preview.status.text() and "0 conflict(s)" in preview.status.text()

    # Both change the incident's description; the second package conflicts.
    noy.ws.set_field("incident", _incident(noy.ws).id, "description", "At dawn, 40 soldiers.")
    sara.ws.set_field("incident", _incident(sara.ws).id, "description", "Before sunrise.")
    _send(qtbot, noy, "Sara", tmp_path / "p2.cbpkg", since_last=True)
    second = _check(qtbot, sara, tmp_path / "p2.cbpkg")
    assert second.conflicts.count() == 1
    assert "description" in second.conflicts.item(0).text()
    _import(qtbot, second)
    assert _incident(sara.ws).description == "Before sunrise."  # never overwritten

    view = ConflictsView(sara.ws)
    qtbot.addWidget(view)
    assert view.list.count() == 1
    assert ("description", "Before sunrise.", "At dawn, 40 soldiers.") in view.field_values()
    assert view.resolve_current("incoming")
    assert not messages, messages
    assert view.list.count() == 0
    sara.ws.session.expire_all()
    assert _incident(sara.ws).description == "At dawn, 40 soldiers."

    panel = ReviewPanel(sara.ws, _case_id(sara.ws))
    qtbot.addWidget(panel)
    assert "Not submitted" in panel.status_text()
    assert panel.set_status("in_review")
    assert "In review" in panel.status_text() and "Sara" in panel.status_text()
    panel.comment.setPlainText("Add the time of the second fire.")
    assert panel.add_comment()
    assert any("Sara: Add the time of the second fire." in ln for ln in panel.comment_lines())
    assert panel.set_status("approved")
    assert "Signed off by Sara" in panel.signoff.text()
    assert "signature valid" in panel.signoff.text()
    assert not messages, messages


def test_a_documenter_cannot_approve(qtbot, desks, messages):
    noy, _sara = desks
    panel = ReviewPanel(noy.ws, _case_id(noy.ws))
    qtbot.addWidget(panel)
    assert [panel.status_choice.itemData(i) for i in range(panel.status_choice.count())] == [
        "draft",
        "submitted",
    ]
    assert not panel.set_status("approved")
    assert "the other statuses are the supervisor's" in messages[-1].text
    assert panel.set_status("submitted")
    assert "Submitted" in panel.status_text()


def test_an_unverified_sender_needs_an_explicit_confirmation(qtbot, desks, tmp_path, messages):
    noy, sara = desks
    _introduce(sara, noy, verify=True)
    _introduce(noy, sara, verify=False)  # Sara stored Noy's identity but never compared it
    _send(qtbot, noy, "Sara", tmp_path / "p.cbpkg")

    preview = _check(qtbot, sara, tmp_path / "p.cbpkg")
    assert not messages, messages
    assert preview.warning.isVisibleTo(preview) and "NOT VERIFIED" in preview.warning.text()
    assert not preview.import_button.isEnabled()
    preview.start_import()  # without the tick: refused before anything runs
    assert preview.operation is None and "not verified" in messages[-1].text
    assert sara.ws.cases() == []
    preview.accept_unverified.setChecked(True)
    assert preview.import_button.isEnabled()
    _import(qtbot, preview)
    assert [c.reference for c in sara.ws.cases()] == [REF]


def test_unverified_recipient_ticked_needs_the_fingerprint_check(qtbot, desks, messages):
    noy, sara = desks
    _introduce(sara, noy, verify=False)
    dialog = PackageDialog(noy.ws, _case_id(noy.ws))
    qtbot.addWidget(dialog)
    item = dialog.recipient_item("Sara")
    assert "NOT VERIFIED" in item.text()
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.verify_dialog is not None and dialog.chosen() == []
    dialog.verify_dialog.reject()
    assert item.checkState() == Qt.CheckState.Unchecked

    item.setCheckState(Qt.CheckState.Checked)
    dialog.verify_dialog.matches.setChecked(True)
    dialog.verify_dialog.accept()
    assert dialog.chosen() == [sara.fingerprint]
    assert "· verified" in item.text()


def test_identities_are_off_by_default_with_a_warning(qtbot, desks):
    noy, _sara = desks
    dialog = PackageDialog(noy.ws, _case_id(noy.ws))
    qtbot.addWidget(dialog)
    assert not dialog.with_identities.isChecked()
    assert not dialog.identity_warning.isVisibleTo(dialog)
    dialog.with_identities.setChecked(True)
    assert dialog.identity_warning.isVisibleTo(dialog)


@pytest.mark.parametrize("damage", ["tampered", "replayed", "not_for_us"])
def test_a_refused_package_shows_the_core_sentence_and_changes_nothing(
    qtbot, desks, tmp_path, messages, damage
):
    noy, sara = desks
    _introduce(sara, noy, verify=True)
    _introduce(noy, sara, verify=True)
    package = tmp_path / "p.cbpkg"
    _send(qtbot, noy, "Sara", package)
    if damage == "tampered":
        raw = bytearray(package.read_bytes())
        raw[len(raw) // 2] ^= 0x01
        package.write_bytes(bytes(raw))
        expected = "damaged, incomplete or was altered"
    elif damage == "replayed":
        _import(qtbot, _check(qtbot, sara, package))
        expected = "already imported"
    else:
        other, _ = Casebook.create(tmp_path / "other", PASSPHRASE, "Kham", "supervisor")
        other_ws = Workspace(other)
        sara.ws.close()
        sara = Desk(other_ws)
        expected = "not encrypted to your identity"
    before = [c.reference for c in sara.ws.cases()]

    dialog = _check(qtbot, sara, package)
    assert len(messages) == 1 and expected in messages[0].text.lower().replace("\n", " ")
    assert messages[0].title == "The package was not imported"
    assert not dialog.import_button.isEnabled()
    assert [c.reference for c in sara.ws.cases()] == before
    if damage == "not_for_us":
        desks[1].ws = sara.ws  # closed by the fixture


def test_supervisor_access_adds_and_removes_a_slot(qtbot, desks, messages):
    noy, sara = desks
    dialog = SupervisorAccessDialog(noy.ws)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()  # nobody verified yet
    _introduce(sara, noy, verify=True)
    dialog.reload()
    assert dialog.add_button.isEnabled()
    assert dialog.add_current()
    assert any("Sara" in line for line in dialog.slot_lines())
    assert not dialog.add_current()  # the core refuses a second slot, in its words
    assert "already has a key slot" in messages[-1].text
    dialog.slots.setCurrentRow(0)
    assert dialog.remove_current(confirmed=True)
    assert dialog.slot_lines() == ["No supervisor can open this casebook."]


def test_exchange_menu_opens_the_dialogs(window, messages):
    titles = [a.text() for a in window.menuBar().actions()]
    assert "E&xchange" in titles
    for opener in (
        window.show_identities, window.send_package, window.import_package,
        window.show_conflicts, window.review_case, window.supervisor_access,
    ):  # fmt: skip
        dialog = opener()
        assert dialog is not None and dialog.isVisible()
        dialog.reject()
    assert not messages, messages
