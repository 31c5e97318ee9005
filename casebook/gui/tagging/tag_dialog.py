"""Tag a passage, an exhibit or an incident with an element of a crime.

The element is picked in the taxonomy browser; support, admiralty grading (with the words
each letter and digit stand for), an optional alleged perpetrator and a note complete the
tag. ``add_tag`` decides; a refusal is shown with the core's sentence and the dialog stays
open with everything typed, and a conflict (the same material also contradicting the
element) is reported to the user to resolve.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from ..shared.plurals import english_plural
from ..shared.screen_fit import fit_to_screen, scrolling
from .analysis_service import (
    CREDIBILITY_LABELS,
    RELIABILITY_LABELS,
    AnalysisService,
    grade_label,
)
from .taxonomy_browser import TaxonomyBrowser

NOT_GRADED = QT_TRANSLATE_NOOP("TagDialog", "(not graded)")
SUPPORT_LABELS = {
    "direct": QT_TRANSLATE_NOOP("TagDialog", "Direct — proves the element itself"),
    "circumstantial": QT_TRANSLATE_NOOP(
        "TagDialog", "Circumstantial — the element can be inferred from it"
    ),
    "corroborating": QT_TRANSLATE_NOOP("TagDialog", "Corroborating — confirms other material"),
    "contradicting": QT_TRANSLATE_NOOP("TagDialog", "Contradicting — speaks against the element"),
}


def conflict_sentence(result: TagResult) -> str:
    n = len(result.conflicts)
    text = QCoreApplication.translate(
        "TagDialog",
        "The tag was saved. This material now both supports and contradicts {element} "
        "(%n conflict(s)). The coverage matrix shows the element as contested until someone "
        "resolves it: check both tags and remove the one that is wrong.",
        None,
        n,
    )
    return english_plural(text, n).format(element=result.element.id)


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
        self.setWindowTitle(self.tr("Tag {material}").format(material=what))
        fit_to_screen(self, 900, 620)
        self.service = service
        self.case_id, self.target, self.record_id = case_id, target, record_id
        self.char_range = char_range
        self.result: TagResult | None = None

        self.material = QLabel(what)
        self.material.setWordWrap(True)
        self.browser = TaxonomyBrowser(service.taxonomy)
        self.chosen = QLabel(
            self.tr("No element chosen yet: pick a crime, then one of its elements.")
        )
        self.chosen.setObjectName("chosenElement")
        self.chosen.setWordWrap(True)
        self.browser.element_chosen.connect(self._element_chosen)
        self.support = QComboBox()
        self.support.setAccessibleName(self.tr("Support"))
        for kind in SUPPORT_KINDS:
            label = SUPPORT_LABELS.get(kind)
            self.support.addItem(
                QCoreApplication.translate("TagDialog", label) if label else kind, kind
            )
        # Not graded until somebody grades it: F and 6 ("cannot be judged") are judgements,
        # and the core stores a tag given no grades as ungraded (tagging.UNGRADED).
        self.reliability = QComboBox()
        self.reliability.setAccessibleName(self.tr("Source reliability"))
        self.reliability.addItem(QCoreApplication.translate("TagDialog", NOT_GRADED), UNGRADED)
        for key, label in RELIABILITY_LABELS.items():
            self.reliability.addItem(grade_label(label), key)
        self.credibility = QComboBox()
        self.credibility.setAccessibleName(self.tr("Information credibility"))
        self.credibility.addItem(QCoreApplication.translate("TagDialog", NOT_GRADED), UNGRADED)
        for key, label in CREDIBILITY_LABELS.items():
            self.credibility.addItem(grade_label(label), key)
        self.reliability.setCurrentIndex(0)
        self.credibility.setCurrentIndex(0)
        self.perpetrator = QComboBox()
        self.perpetrator.setAccessibleName(self.tr("Alleged perpetrator"))
        self.perpetrator.addItem(self.tr("(nobody in particular)"), None)
        for person in service.perpetrators(case_id):
            self.perpetrator.addItem(person.pseudonym, person.id)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("why this material bears on the element (optional)"))

        form = QFormLayout()
        form.addRow(self.tr("Element:"), self.chosen)
        form.addRow(self.tr("Support:"), self.support)
        form.addRow(self.tr("Source reliability:"), self.reliability)
        form.addRow(self.tr("Information credibility:"), self.credibility)
        form.addRow(self.tr("Alleged perpetrator:"), self.perpetrator)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add tag"))
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
            show_error(self, self.tr("Choose an element of a crime first."))
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
            show_error(self, exc, self.tr("The tag was not added"))
            return
        if self.result.conflicts:
            QMessageBox.information(
                self, self.tr("Material for and against"), conflict_sentence(self.result)
            )
        super().accept()
