"""The guidelines' documentation fields in the testimony and evidence editors (issue 16 item 4):
every field starts empty ("— not recorded —"), saves through the records layer when finished
(audited, undoable), shows the core's refusal beside the field, and is read-only on a sealed
statement."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from sqlalchemy import select

from casebook.core.models import AuditEntry
from casebook.core.models.evidence import EVIDENCE_DOCUMENTATION
from casebook.core.models.testimony import TESTIMONY_DOCUMENTATION
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.testimonies import ConsentTerms, add_testimony, seal
from casebook.core.store.casebook import Casebook
from casebook.gui.main_window import MainWindow

from ..conftest import PASSPHRASE


def _open(qtbot, prefs, tmp_path: Path, sealed: bool = False) -> tuple[MainWindow, str, str]:
    book, _ = Casebook.create(tmp_path / "book", PASSPHRASE, "Noy", "documenter")
    photo = tmp_path / "photo.png"
    Image.new("RGB", (16, 16), "purple").save(photo)
    with book.session() as s:
        case = add_case(s, "Case", "DP-1")
        # With a consent record: opening a sealed statement without one tries to add an
        # empty one (workspace.consent_of), which the seal refuses — a separate problem.
        testimony = add_testimony(
            s, case, ["They came at dawn."], language="en", consent=ConsentTerms()
        )
        if sealed:
            seal(testimony, book.actor_id)
        item = take_in(book, s, case, photo, title="Photo").item
        s.commit()
        ids = testimony.id, item.id
    win = MainWindow(prefs, book)
    qtbot.addWidget(win)
    win.show()
    return win, *ids


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def _type(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setText(text)
    widget.editingFinished.emit()  # as when the user leaves the field


def test_nothing_is_filled_in_and_every_choice_starts_at_not_recorded(qtbot, prefs, tmp_path):
    win, testimony_id, item_id = _open(qtbot, prefs, tmp_path)
    win.navigate_to("testimony", testimony_id)
    panel = win.view.testimony_editor.documentation
    assert set(panel.form.widgets) == set(TESTIMONY_DOCUMENTATION)
    for name, widget in panel.form.widgets.items():
        if isinstance(widget, QComboBox):
            assert widget.currentText() == "— not recorded —", name
            assert widget.itemData(0) == "", name
        elif isinstance(widget, QPlainTextEdit):
            assert widget.toPlainText() == "", name
        else:
            assert widget.text() == "", name
    win.navigate_to("evidence", item_id)
    evidence = win.view.evidence_page.editor.documentation
    assert set(evidence.form.widgets) == set(EVIDENCE_DOCUMENTATION)
    assert evidence.form.widgets["copy_status"].currentText() == "— not recorded —"
    assert evidence.form.widgets["original_location"].text() == ""
    win.close()


def test_testimony_fields_save_are_audited_and_undo(qtbot, prefs, tmp_path):
    win, testimony_id, _ = _open(qtbot, prefs, tmp_path)
    win.navigate_to("testimony", testimony_id)
    editor = win.view.testimony_editor
    editor.tabs.setCurrentWidget(editor.documentation)
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Do&cumentation"
    form = editor.documentation.form
    _choose(form.widgets["interview_recording"], "audio")
    _choose(form.widgets["prior_accounts"], "given")
    _type(qtbot, form.widgets["prior_accounts_to"], "UN Fact-Finding Mission")
    _choose(form.widgets["support_referral"], "declined")
    form.widgets["people_present"].setPlainText("Her sister")
    editor.commit_pending()  # as when another record is opened or the window locks
    stored = win.workspace.get("testimony", testimony_id)
    assert (stored.interview_recording, stored.prior_accounts) == ("audio", "given")
    assert stored.prior_accounts_to == "UN Fact-Finding Mission"
    assert (stored.support_referral, stored.people_present) == ("declined", "Her sister")
    audited = win.workspace.session.scalars(
        select(AuditEntry).where(AuditEntry.record_id == testimony_id)
    ).all()
    changed = {key for entry in audited if entry.action == "update" for key in entry.changes}
    assert {"interview_recording", "prior_accounts", "support_referral"} <= changed

    _choose(form.widgets["support_referral"], "")  # back to "not recorded"
    assert stored.support_referral is None
    win.undo()
    assert stored.support_referral == "declined"
    assert form.widgets["support_referral"].currentData() == "declined"
    win.close()


def test_evidence_fields_save_and_a_refusal_shows_beside_the_field(qtbot, prefs, tmp_path):
    win, _, item_id = _open(qtbot, prefs, tmp_path)
    win.navigate_to("evidence", item_id)
    form = win.view.evidence_page.editor.documentation.form
    _choose(form.widgets["copy_status"], "working_copy")
    _type(qtbot, form.widgets["original_location"], "Office safe, Mae Sot")
    item = win.workspace.get("evidence", item_id)
    assert (item.copy_status, item.original_location) == ("working_copy", "Office safe, Mae Sot")
    # A value the core refuses (not one of its choices) is named beside the field.
    combo = form.widgets["copy_status"]
    combo.addItem("bogus", "the original")
    _choose(combo, "the original")
    assert form.messages["copy_status"].isVisibleTo(form)
    assert "Choose one of" in form.messages["copy_status"].text()
    assert item.copy_status == "working_copy"
    win.close()


def test_a_sealed_statement_shows_them_read_only(qtbot, prefs, tmp_path, messages):
    win, testimony_id, _ = _open(qtbot, prefs, tmp_path, sealed=True)
    win.navigate_to("testimony", testimony_id)
    form = win.view.testimony_editor.documentation.form
    assert not messages  # opened without a complaint
    assert form.widgets["people_present"].isReadOnly()
    assert form.widgets["prior_accounts_to"].isReadOnly()
    assert not form.widgets["support_referral"].isEnabled()
    win.close()
