"""Tag a passage, an exhibit or an incident with an element of a crime.

The element is picked in the taxonomy browser; support, admiralty grading (with the words
each letter and digit stand for), an optional alleged perpetrator and a note complete the
tag. ``add_tag`` decides; a refusal is shown with the core's sentence and the dialog stays
open with everything typed, and a conflict (the same material also contradicting the
element) is reported to the user to resolve.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from casebook.core.analysis import TagResult
from casebook.core.analysis.tagging import UNGRADED
from casebook.core.errors import CasebookError
from casebook.core.models.analysis import SUPPORT_KINDS

from ..shared.bidi_text import isolate
from ..shared.errors_dialog import show_error
from ..shared.keyboard import keyboard_order
from ..shared.screen_fit import fit_to_screen, scrolling
from .analysis_service import CREDIBILITY_LABELS, RELIABILITY_LABELS, AnalysisService
from .taxonomy_browser import TaxonomyBrowser

NOT_GRADED = "(not graded)"
SUPPORT_LABELS = {
    "direct": "Direct — proves the element itself",
    "circumstantial": "Circumstantial — the element can be inferred from it",
    "corroborating": "Corroborating — confirms other material",
    "contradicting": "Contradicting — speaks against the element",
}


def conflict_sentence(result: TagResult) -> str:
    n = len(result.conflicts)
    return (
        f"The tag was saved. This material now both supports and contradicts {result.element.id} "
        f"({n} conflict{'s' if n != 1 else ''}). The coverage matrix shows the element as "
        "contested until someone resolves it: check both tags and remove the one that is wrong."
    )


class TagDialog(QDialog):
    """``target`` is passage, evidence or incident; ``what`` names the material for people."""

    def __init__(
        self,
        service: AnalysisService,
        case_id: str,
        target: str,
        record_id: str,
        what: str,
        char_range: tuple[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(f"Tag {what}")
        fit_to_screen(self, 900, 620)
        self.service = service
        self.case_id, self.target, self.record_id = case_id, target, record_id
        self.char_range = char_range
        self.result: TagResult | None = None

        self.material = QLabel(what)
        self.material.setWordWrap(True)
        self.browser = TaxonomyBrowser(service.taxonomy)
        self.chosen = QLabel("No element chosen yet: pick a crime, then one of its elements.")
        self.chosen.setObjectName("chosenElement")
        self.chosen.setWordWrap(True)
        self.browser.element_chosen.connect(self._element_chosen)
        self.support = QComboBox()
        self.support.setAccessibleName("Support")
        for kind in SUPPORT_KINDS:
            self.support.addItem(SUPPORT_LABELS.get(kind, kind), kind)
        # Not graded until somebody grades it: F and 6 ("cannot be judged") are judgements,
        # and the core stores a tag given no grades as ungraded (tagging.UNGRADED).
        self.reliability = QComboBox()
        self.reliability.setAccessibleName("Source reliability")
        self.reliability.addItem(NOT_GRADED, UNGRADED)
        for key, label in RELIABILITY_LABELS.items():
            self.reliability.addItem(label, key)
        self.credibility = QComboBox()
        self.credibility.setAccessibleName("Information credibility")
        self.credibility.addItem(NOT_GRADED, UNGRADED)
        for key, label in CREDIBILITY_LABELS.items():
            self.credibility.addItem(label, key)
        self.reliability.setCurrentIndex(0)
        self.credibility.setCurrentIndex(0)
        self.perpetrator = QComboBox()
        self.perpetrator.setAccessibleName("Alleged perpetrator")
        self.perpetrator.addItem("(nobody in particular)", None)
        for person in service.perpetrators(case_id):
            self.perpetrator.addItem(person.pseudonym, person.id)
        self.note = QLineEdit()
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("why this material bears on the element (optional)")

        form = QFormLayout()
        form.addRow("Element:", self.chosen)
        form.addRow("Support:", self.support)
        form.addRow("Source reliability:", self.reliability)
        form.addRow("Information credibility:", self.credibility)
        form.addRow("Alleged perpetrator:", self.perpetrator)
        form.addRow("Note:", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Add tag")
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.material)
        content.addWidget(self.browser, 1)
        content.addLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content), 1)  # a small screen scrolls; buttons stay
        layout.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keyboard_order(
            [*self.browser.focus_order(), self.support, self.reliability, self.credibility,
             self.perpetrator, self.note, self.ok_button, cancel],
            self.ok_button,
        )  # fmt: skip

    def _element_chosen(self, element_id: str) -> None:
        text = self.service.taxonomy.element(element_id).text
        self.chosen.setText(f"<b>{isolate(element_id)}</b> {text}")
        self.ok_button.setEnabled(True)

    def choose(self, element_id: str) -> None:
        """Pick an element by id (keyboard users type it in the search; tests use this)."""
        self.browser.select_element(element_id)

    def set_grading(self, reliability: str, credibility: str) -> None:
        self.reliability.setCurrentIndex(self.reliability.findData(reliability))
        self.credibility.setCurrentIndex(self.credibility.findData(credibility))

    def accept(self) -> None:
        element_id = self.browser.selected_element()
        if not element_id:
            show_error(self, "Choose an element of a crime first.")
            return
        try:
            self.result = self.service.add_tag(
                self.case_id,
                self.target,
                self.record_id,
                element_id,
                self.support.currentData(),
                reliability=self.reliability.currentData(),
                credibility=self.credibility.currentData(),
                perpetrator_id=self.perpetrator.currentData(),
                char_range=self.char_range,
                note=self.note.text(),
            )
        except CasebookError as exc:
            show_error(self, exc, "The tag was not added")
            return
        if self.result.conflicts:
            QMessageBox.information(
                self, "Material for and against", conflict_sentence(self.result)
            )
        super().accept()
