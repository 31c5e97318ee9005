"""The consent panel offers states and bodies from the list, never free text; old free-text
recipients are shown for review until a person marks the review done."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from casebook.core.models import ConsentReview
from casebook.core.taxonomy.recipients import recipient_list
from casebook.gui.main_window import MainWindow
from casebook.gui.records.recipient_picker import choices


def _consent_tab(win: MainWindow, language: str = "en"):
    win.new_testimony()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "newTestimonyDialog"
    )
    dialog.inputs[0].setCurrentIndex(dialog.inputs[0].findData(language))
    dialog.accept()
    editor = win.view.testimony_editor
    editor.tabs.setCurrentWidget(editor.consent)
    return win.current[1], editor.consent


def _stored(win: MainWindow, testimony_id: str):
    return win.workspace.get("testimony", testimony_id).consent


def test_the_box_lists_every_body_and_state_by_name(window: MainWindow):
    _, panel = _consent_tab(window)
    box = panel.recipients.box
    listed = recipient_list()
    assert box.count() == len(listed.states) + len(listed.bodies) == 256
    labels = [box.itemText(i) for i in range(box.count())]
    assert labels[0] == "ICC Office of the Prosecutor"  # bodies first
    assert "Germany (DE)" in labels and "Myanmar (MM)" in labels
    assert box.itemData(labels.index("Germany (DE)")) == "DE"
    assert [c[0] for c in choices(listed)] == labels
    assert "field_jurisdictions" not in {w.objectName() for w in panel.findChildren(object)}


def test_typing_germany_adds_de_and_shows_it_by_name(window: MainWindow):
    testimony_id, panel = _consent_tab(window)
    panel.form.widgets["legal_proceedings"].click()
    picker = panel.recipients
    picker.box.setEditText("Germany")
    picker.add_button.click()
    picker.box.setCurrentIndex(picker.box.findData("IIMM"))
    picker.add_button.click()
    assert _stored(window, testimony_id).jurisdictions == ["DE", "IIMM"]
    assert [picker.chosen.item(i).text() for i in range(picker.chosen.count())] == [
        "Germany (DE)",
        "IIMM (Myanmar Mechanism)",
    ]
    assert "Germany (DE); IIMM (Myanmar Mechanism)" in panel.status.text()

    picker.chosen.item(0).setSelected(True)
    picker.remove_button.click()
    assert _stored(window, testimony_id).jurisdictions == ["IIMM"]
    window.undo()  # undo brings Germany back, and the list shows it
    assert _stored(window, testimony_id).jurisdictions == ["DE", "IIMM"]
    assert picker.chosen.count() == 2


def test_free_text_outside_the_list_is_refused_beside_the_field(window: MainWindow):
    testimony_id, panel = _consent_tab(window)
    picker = panel.recipients
    picker.box.setEditText("Our partner lawyers")
    picker.add_button.click()
    assert _stored(window, testimony_id).jurisdictions == []
    assert not picker.message.isHidden()
    assert "not in Casebook's list" in picker.message.text()


def test_recipients_kept_for_review_are_shown_until_marked_done(window: MainWindow, tmp_path):
    testimony_id, panel = _consent_tab(window)
    workspace = window.workspace
    with workspace.saving():
        consent = _stored(window, testimony_id)
        consent.jurisdictions = ["DE"]
        consent.review = ConsentReview(unmatched=["Allemagne"], note="")
    panel.show_consent(consent.id)
    assert not panel.review.isHidden()
    assert "“Allemagne”" in panel.review.text.text()
    assert panel.review.grab().save(str(tmp_path / "review.png"))

    panel.review.done.click()
    assert panel.review.isHidden()
    review = _stored(window, testimony_id).review
    assert not review.open and review.unmatched == ["Allemagne"]
