"""The record and tagging screens speak through the catalogue (issue 14 item 1).

A translator that wraps every text it is asked for as ⟦…⟧ is installed before the window
is built: a label, title or choice that shows without the brackets escaped translation.
Case data (titles, pseudonyms, legal texts of the taxonomy) is shown as typed, inside the
translated sentence that carries it. In English nothing changes: the other tests compare
the English texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget

from casebook.core.store.casebook import Casebook
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.plurals import english_plural
from casebook.gui.tagging.analysis_service import taxonomy
from casebook.gui.tagging.tag_dialog import TagDialog
from casebook.gui.tagging.taxonomy_browser import TaxonomyBrowser
from tests.gui.conftest import PASSPHRASE


class Wrapping(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if source else source

    def isEmpty(self) -> bool:  # Qt's name
        return False


@pytest.fixture
def wrapped(qapp) -> Iterator[None]:
    translator = Wrapping()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _wrapped(text: str) -> bool:
    return text.startswith("⟦") and text.endswith("⟧")


def _combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _form_labels(form) -> list[str]:
    labels = []
    for row in range(form.form.rowCount()):
        item = form.form.itemAt(row, form.form.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels.append(item.widget().text())
    return labels


@pytest.fixture
def window(qtbot, wrapped, prefs, casebook_folder: Path) -> Iterator[MainWindow]:
    win = MainWindow(prefs, Casebook.open(casebook_folder, PASSPHRASE))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_editors_navigator_and_evidence_list_are_translated(window: MainWindow) -> None:
    ws = window.workspace
    case_id = ws.cases()[0].id
    incident = ws.add_incident(case_id, "Soldiers at the school")
    person = ws.add_person(case_id, "alleged_perpetrator")
    testimony = ws.add_testimony(case_id, "lo", None)
    view = window.view

    window.navigate_to("incident", incident.id)
    editor = view.incident_editor
    assert all(_wrapped(t) for t in _form_labels(editor.form))
    assert all(_wrapped(t) for t in _combo_texts(editor.form.widgets["date_precision"]))
    assert _wrapped(editor.heading.text()) and _wrapped(editor.links.title())
    assert _wrapped(editor.tags.title()) and _wrapped(editor.tags.tag_button.text())

    window.navigate_to("person", person.id)
    heading = view.person_editor.heading.text()
    assert _wrapped(heading) and "⟦alleged perpetrator⟧" in heading and person.pseudonym in heading
    assert all(_wrapped(t) for t in _form_labels(view.person_editor.form))

    window.navigate_to("testimony", testimony.id)
    te = view.testimony_editor
    tabs: QTabWidget = te.tabs
    assert all(_wrapped(tabs.tabText(i)) for i in range(tabs.count()))
    assert _wrapped(te.heading.text()) and _wrapped(te.history.item(0).text())
    assert all(_wrapped(t) for t in _form_labels(te.details))
    assert all(_wrapped(t) for t in _form_labels(te.consent.form))
    recorded = te.consent.form.widgets["recorded_how"]
    assert all(_wrapped(t) for t in _combo_texts(recorded))
    assert _wrapped(te.consent.status.text())

    model = view.model
    section = model.find("section:incidents", "", case_id)
    assert section.isValid() and _wrapped(section.data())
    row = model.find("testimony", testimony.id)
    assert "⟦Testimony of {witness}⟧" not in row.data()  # filled in, then shown
    headers = view.evidence_page.table.model
    columns = headers.columnCount()
    assert all(_wrapped(headers.headerData(c, Qt.Orientation.Horizontal)) for c in range(columns))


def test_tag_dialog_and_taxonomy_browser_are_translated(qtbot, wrapped) -> None:
    browser = TaxonomyBrowser(taxonomy())
    qtbot.addWidget(browser)
    assert all(_wrapped(t) for t in _combo_texts(browser.article))
    assert all(_wrapped(t) for t in _combo_texts(browser.conflict))
    assert _wrapped(browser.tree.topLevelItem(0).text(0))  # "Article 6 — genocide"
    browser.select_crime("7(1)(d)")
    crime = taxonomy().crime("7(1)(d)")
    assert crime.title in browser.crime_info.text()  # the official title, untranslated
    elements = [browser.elements.item(i).text() for i in range(browser.elements.count())]
    assert any(_wrapped(t) for t in elements)  # the contextual ones carry "[context]"
    assert any(t.startswith("1. ") for t in elements)  # the element text itself is not


def test_tag_dialog_labels_and_grades(qtbot, wrapped, window: MainWindow) -> None:
    ws = window.workspace
    case_id = ws.cases()[0].id
    incident = ws.add_incident(case_id, "Soldiers at the school")
    window.navigate_to("incident", incident.id)
    dialog = window.view.incident_editor.tags.open_tag_dialog()
    assert isinstance(dialog, TagDialog)
    assert _wrapped(dialog.windowTitle())
    for combo in (dialog.support, dialog.reliability, dialog.credibility):
        assert all(_wrapped(t) for t in _combo_texts(combo))
    assert _wrapped(dialog.ok_button.text())
    dialog.reject()


def test_english_keeps_its_own_singular_and_plural(qapp) -> None:
    assert (
        english_plural("PDF, 1 page(s), shown from memory", 1) == "PDF, 1 page, shown from memory"
    )
    assert english_plural("PDF, 3 page(s), shown from memory", 3) == (
        "PDF, 3 pages, shown from memory"
    )
    qapp.setProperty("casebookUiLanguage", "fr")
    try:  # another language has its catalogue's forms: nothing is changed
        assert english_plural("3 page(s)", 3) == "3 page(s)"
    finally:
        qapp.setProperty("casebookUiLanguage", None)


@pytest.mark.parametrize(
    "credentials",
    [
        {"state": "none"},
        {"state": "unreadable"},
        {"state": "valid", "signer": {"common_name": "Test Camera", "issuer": "Test CA"}},
        {"state": "invalid", "failures": [{"code": "assertion.dataHash.mismatch"}], "signer": {}},
    ],
)
def test_the_credentials_verdict_in_english_is_the_cores(credentials) -> None:
    from casebook.core.media.content_credentials import describe
    from casebook.gui.records.evidence_editor import _credentials_verdict

    assert _credentials_verdict(credentials, "") == describe(credentials)
