"""Browse the Rome Statute taxonomy: article → crime, filtered, searchable, with elements.

Used alone and inside the tag and charge dialogs: ``crime_chosen`` and ``element_chosen``
report the ids picked. Unverified entries (text not yet checked against the Elements of
Crimes) are marked so nobody cites them unknowingly.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.core.taxonomy import Crime, Taxonomy

from ..shared.bidi_text import isolate
from ..shared.screen_fit import compact_combo

ID_ROLE = Qt.ItemDataRole.UserRole
ARTICLES = (
    ("6", QT_TRANSLATE_NOOP("TaxonomyBrowser", "Article 6 — genocide")),
    ("7", QT_TRANSLATE_NOOP("TaxonomyBrowser", "Article 7 — crimes against humanity")),
    ("8", QT_TRANSLATE_NOOP("TaxonomyBrowser", "Article 8 — war crimes")),
    ("8 bis", QT_TRANSLATE_NOOP("TaxonomyBrowser", "Article 8 bis — aggression")),
)
CONFLICTS = {
    "international": QT_TRANSLATE_NOOP("TaxonomyBrowser", "IAC"),  # international armed c.
    "non_international": QT_TRANSLATE_NOOP("TaxonomyBrowser", "NIAC"),  # non-international
}
UNVERIFIED = QT_TRANSLATE_NOOP("TaxonomyBrowser", "⚠ unverified")


def _tr(text: str) -> str:
    """A text of the tables above (marked there) in the interface language."""
    return QCoreApplication.translate("TaxonomyBrowser", text)


def crime_label(crime: Crime) -> str:
    """``7(1)(d) Deportation… · IAC · ⚠ unverified`` (conflict type and marks in words)."""
    parts = [f"{isolate(crime.id)}  {crime.title}"]  # the official title, not translated
    if crime.conflict_type in CONFLICTS:
        parts.append(_tr(CONFLICTS[crime.conflict_type]))
    if not crime.verified:
        parts.append(_tr(UNVERIFIED))
    if not crime.elements:
        parts.append(QCoreApplication.translate("TaxonomyBrowser", "no elements yet"))
    return " · ".join(parts)


class ElementList(QListWidget):
    """The elements of a crime; entering it by Tab chooses nothing, the first Down element 1.

    Qt makes the first row current, unseen and unselected, when a list with no current row
    gets the focus; the first Down then went to element 2 (issue 14) and element 1 had been
    "chosen" without the user seeing it.
    """

    def focusInEvent(self, event: QFocusEvent) -> None:
        had_current = self.currentItem() is not None
        self.blockSignals(True)
        try:
            super().focusInEvent(event)
            if not had_current:
                self.setCurrentRow(-1)
        finally:
            self.blockSignals(False)


class TaxonomyBrowser(QWidget):
    crime_chosen = Signal(str)
    element_chosen = Signal(str)

    def __init__(
        self, taxonomy: Taxonomy, elements: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taxonomyBrowser")
        self.taxonomy = taxonomy
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search crimes by words or id (rape, forcible transfer)")
        )
        self.search.setAccessibleName(self.tr("Search crimes"))
        self.search.setClearButtonEnabled(True)
        self.article = compact_combo()
        self.article.setAccessibleName(self.tr("Article"))
        self.article.addItem(self.tr("All articles"), "")
        for key, label in ARTICLES:
            self.article.addItem(_tr(label), key)
        self.conflict = compact_combo()
        self.conflict.setAccessibleName(self.tr("Conflict type"))
        self.conflict.addItem(self.tr("Any conflict type"), "")
        self.conflict.addItem(self.tr("International armed conflict (IAC)"), "international")
        self.conflict.addItem(
            self.tr("Non-international armed conflict (NIAC)"), "non_international"
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("taxonomyTree")
        self.tree.setAccessibleName(self.tr("Crimes by article"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.crime_info = QLabel()
        self.crime_info.setWordWrap(True)
        self.elements = ElementList()
        self.elements.setObjectName("taxonomyElements")
        self.elements.setAccessibleName(self.tr("Elements of the chosen crime"))
        self.elements.setWordWrap(True)
        self.elements.setVisible(elements)

        filters = QHBoxLayout()
        filters.addWidget(self.article)
        filters.addWidget(self.conflict)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.crime_info)
        right_layout.addWidget(self.elements, 1)
        # Without elements the caller shows the chosen crime itself; a second, squeezed
        # description beside the tree would only crowd it.
        right.setVisible(elements)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        self.search.textChanged.connect(lambda _t: self.refill())
        self.article.currentIndexChanged.connect(lambda _i: self.refill())
        self.conflict.currentIndexChanged.connect(lambda _i: self.refill())
        self.tree.currentItemChanged.connect(self._crime_changed)
        self.elements.currentItemChanged.connect(self._element_changed)
        self.refill()

    # -- what is shown ---------------------------------------------------------------------------

    def focus_order(self) -> list[QWidget]:
        """Its inputs in the order they are laid out (for the dialog's tab order)."""
        inputs: list[QWidget] = [self.search, self.article, self.conflict, self.tree]
        return [*inputs, self.elements] if self.elements.isVisibleTo(self) else inputs

    def crimes(self) -> list[Crime]:
        """The crimes matching the filters and search words, in the order shown."""
        query = self.search.text().strip()
        found = self.taxonomy.search(query) if query else self.taxonomy.crimes
        article, conflict = self.article.currentData(), self.conflict.currentData()
        return [
            c
            for c in found
            if (not article or c.article == article)
            and (not conflict or c.conflict_type == conflict)
        ]

    def refill(self) -> None:
        current = self.selected_crime()
        self.tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        titles = {key: _tr(label) for key, label in ARTICLES}
        for crime in self.crimes():
            parent = parents.get(crime.article)
            if parent is None:
                title = titles.get(crime.article) or self.tr("Article {number}").format(
                    number=crime.article
                )
                parent = QTreeWidgetItem([title])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parents[crime.article] = parent
                self.tree.addTopLevelItem(parent)
            item = QTreeWidgetItem([crime_label(crime)])
            item.setData(0, ID_ROLE, crime.id)
            item.setToolTip(0, crime.title)
            parent.addChild(item)
        self.tree.expandAll()
        if current:
            self.select_crime(current)

    def crime_ids_shown(self) -> list[str]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(i)
            out += [parent.child(j).data(0, ID_ROLE) for j in range(parent.childCount())]
        return out

    def select_crime(self, crime_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(i)
            for j in range(parent.childCount()):
                if parent.child(j).data(0, ID_ROLE) == crime_id:
                    self.tree.setCurrentItem(parent.child(j))
                    self.tree.scrollToItem(parent.child(j))
                    return True
        return False

    def select_element(self, element_id: str) -> bool:
        crime_id = element_id.split("/", 1)[0]
        if self.selected_crime() != crime_id and not self.select_crime(crime_id):
            self.search.clear()
            self.article.setCurrentIndex(0)
            self.conflict.setCurrentIndex(0)
            self.select_crime(crime_id)
        for i in range(self.elements.count()):
            if self.elements.item(i).data(ID_ROLE) == element_id:
                self.elements.setCurrentRow(i)
                return True
        return False

    def selected_crime(self) -> str:
        item = self.tree.currentItem()
        return (item.data(0, ID_ROLE) or "") if item is not None else ""

    def selected_element(self) -> str:
        item = self.elements.currentItem()
        return (item.data(ID_ROLE) or "") if item is not None else ""

    # -- reacting --------------------------------------------------------------------------------

    def _crime_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        self.elements.clear()
        crime_id = item.data(0, ID_ROLE) if item is not None else None
        if not crime_id:
            self.crime_info.setText(self.tr("Choose a crime to see its elements."))
            return
        crime = self.taxonomy.crime(crime_id)
        info = (
            self.tr("<b>{id}</b> {title} ({provision}).")
            if crime.verified
            else self.tr(
                "<b>{id}</b> {title} ({provision}). Its text is not yet verified against the "
                "source."
            )
        )
        self.crime_info.setText(
            info.format(
                id=isolate(crime.id),
                title=crime.title,  # the official title and element texts are not translated
                provision=isolate(crime.statute_provision),
            )
        )
        for element in crime.elements:
            if element.contextual:
                text = self.tr("{number}. {text}  [context]").format(
                    number=element.number, text=element.text
                )
                tip = self.tr(
                    "{id} — contextual element, shared by every crime of this kind"
                ).format(id=element.id)
            else:
                text, tip = f"{element.number}. {element.text}", element.id
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, element.id)
            entry.setToolTip(tip)
            self.elements.addItem(entry)
        if not crime.elements:
            # elements_pending is the taxonomy's own note (legal data, in its wording)
            self.elements.addItem(
                crime.elements_pending or self.tr("No elements in this taxonomy yet.")
            )
        self.crime_chosen.emit(crime_id)

    def _element_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        element_id = item.data(ID_ROLE) if item is not None else None
        if element_id:
            self.element_chosen.emit(element_id)
