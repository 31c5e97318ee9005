"""The Charges section of a case: the charges made, and a dialog to make one.

A charge is a crime from the taxonomy, the German provision it maps onto (from
``national_provisions_for``), each alleged perpetrator with a mode of liability fit for the
crime (``liability_for``), and the incidents it rests on; ``add_charge`` checks it all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError
from casebook.core.models import Charge

from ..records.navigator_model import incident_label
from ..records.record_editors import heading_label
from ..shared.bidi_text import isolate
from ..shared.errors_dialog import show_error
from ..shared.keyboard import keyboard_order
from ..shared.screen_fit import fit_to_screen, scrolling
from ..shared.workspace import Workspace
from ..tagging.analysis_service import AnalysisService
from ..tagging.taxonomy_browser import TaxonomyBrowser
from .matrix_view import SYMBOLS, status_word

ID_ROLE = Qt.ItemDataRole.UserRole
NATIONAL_LAW = "DE"  # the state whose provisions a charge is brought under, for now


class ChargeDialog(QDialog):
    def __init__(self, service: AnalysisService, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chargeDialog")
        self.setWindowTitle(self.tr("New charge"))
        fit_to_screen(self, 1080, 680)
        self.service, self.case_id = service, case_id
        self.charge: Charge | None = None
        self.browser = TaxonomyBrowser(service.taxonomy, elements=False)
        self.browser.crime_chosen.connect(self._crime_chosen)
        self.crime = QLabel(self.tr("Choose the crime to charge."))
        self.crime.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("optional; the crime's title is used"))
        self.national = QComboBox()
        self.national.setAccessibleName(self.tr("National provision (Germany, VStGB)"))
        self.perpetrators = QTableWidget(0, 2)
        self.perpetrators.setAccessibleName(
            self.tr("Alleged perpetrators and their mode of liability")
        )
        self.perpetrators.setHorizontalHeaderLabels(
            [self.tr("Alleged perpetrator"), self.tr("Mode of liability")]
        )
        self.perpetrators.horizontalHeader().setStretchLastSection(True)
        self.perpetrators.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.perpetrators.verticalHeader().hide()
        self._people = service.perpetrators(case_id)
        for person in self._people:
            row = self.perpetrators.rowCount()
            self.perpetrators.insertRow(row)
            name = QTableWidgetItem(person.pseudonym)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.perpetrators.setItem(row, 0, name)
            self.perpetrators.setCellWidget(row, 1, QComboBox())
        if not self._people:
            self.perpetrators.setToolTip(
                self.tr("No person of this case has the role alleged perpetrator yet.")
            )
        self.incidents = QListWidget()
        self.incidents.setAccessibleName(self.tr("Incidents the charge rests on"))
        for incident in service.workspace.incidents(case_id):
            item = QListWidgetItem(incident_label(incident))
            item.setData(ID_ROLE, incident.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.incidents.addItem(item)

        form = QFormLayout()
        form.addRow(self.tr("Crime:"), self.crime)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("German provision:"), self.national)
        form.addRow(self.tr("Perpetrators:"), self.perpetrators)
        form.addRow(self.tr("Rests on incidents\n(none: all material):"), self.incidents)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add charge"))
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        upper = QHBoxLayout()
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.browser, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        upper.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(upper), 1)  # a small screen scrolls; buttons stay
        layout.addWidget(buttons)
        self.title.setAccessibleName(self.tr("Title"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keyboard_order(
            [*self.browser.focus_order(), self.title, self.national, self.perpetrators,
             self.incidents, self.ok_button, cancel],
            self.ok_button,
        )  # fmt: skip

    def _crime_chosen(self, crime_id: str) -> None:
        taxonomy = self.service.taxonomy
        crime = taxonomy.crime(crime_id)
        self.crime.setText(f"<b>{isolate(crime.id)}</b> {crime.title}")
        self.national.clear()
        self.national.addItem(self.tr("(no German provision)"), "")
        for provision in taxonomy.national_provisions_for(crime_id, NATIONAL_LAW):
            match = next((m.match for m in provision.maps_to if m.target_id == crime_id), "")
            shown = (
                self.tr("{citation} (partial match)").format(citation=provision.citation)
                if match == "partial"
                else provision.citation
            )
            self.national.addItem(shown, f"{NATIONAL_LAW}:{provision.id}")
        if self.national.count() > 1:
            self.national.setCurrentIndex(1)
        modes = taxonomy.liability_for(crime.category)
        for row in range(self.perpetrators.rowCount()):
            combo = self.perpetrators.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            combo.clear()
            combo.addItem(self.tr("(not charged)"), "")
            for mode in modes:
                combo.addItem(f"{mode.id} — {mode.title}", mode.id)
        self.ok_button.setEnabled(bool(crime.elements))

    def set_liability(self, pseudonym: str, liability_id: str) -> None:
        for row, person in enumerate(self._people):
            if person.pseudonym == pseudonym:
                combo = self.perpetrators.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(liability_id))

    def check_incident(self, incident_id: str) -> None:
        for i in range(self.incidents.count()):
            if self.incidents.item(i).data(ID_ROLE) == incident_id:
                self.incidents.item(i).setCheckState(Qt.CheckState.Checked)

    def accept(self) -> None:
        crime_id = self.browser.selected_crime()
        if not crime_id:
            show_error(self, self.tr("Choose the crime to charge first."))
            return
        perpetrators = []
        for row, person in enumerate(self._people):
            combo = self.perpetrators.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                perpetrators.append((person.id, combo.currentData()))
        incidents = [
            self.incidents.item(i).data(ID_ROLE)
            for i in range(self.incidents.count())
            if self.incidents.item(i).checkState() == Qt.CheckState.Checked
        ]
        try:
            self.charge = self.service.add_charge(
                self.case_id,
                crime_id,
                national=self.national.currentData() or "",
                perpetrators=perpetrators,
                incident_ids=incidents,
                title=self.title.text(),
            )
        except CasebookError as exc:
            show_error(self, exc, self.tr("The charge was not added"))
            return
        super().accept()


class ChargesPage(QWidget):
    """The charges of one case with their coverage at a glance; opens the matrix."""

    open_charge = Signal(str)  # charge id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chargesPage")
        self.service = AnalysisService(workspace)
        self.case_id = ""
        self.dialog: ChargeDialog | None = None
        self.heading = heading_label(self.tr("Charges"))
        self.hint = QLabel(
            self.tr(
                "Each charge is a crime, its alleged perpetrators with their mode of liability, "
                "the German provision and the incidents it rests on. Activate one to see its "
                "matrix."
            )
        )
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Charges of this case"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(
            lambda item: self.open_charge.emit(item.data(ID_ROLE) or "")
        )
        self.new_button = QPushButton(self.tr("New charge…"))
        self.new_button.clicked.connect(self.new_charge)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        workspace.changed.connect(lambda kind, _id: kind in ("tag", "charge") and self.refresh())

    def show_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if not self.case_id:
            return
        matrix = self.service.coverage(self.case_id)
        separator = self.tr(", ", "list separator")
        for charge in matrix.charges:
            people = separator.join(
                f"{p.pseudonym} ({p.liability_id})" for p in charge.perpetrators
            )
            counts = separator.join(
                self.tr("{symbol} {count} {status}").format(
                    symbol=SYMBOLS[s], count=n, status=status_word(s)
                )
                for s, n in charge.status_counts().items()
            )
            lines = [
                f"{isolate(charge.crime_id)} — {charge.title or charge.crime_title}",
                self.tr("{provision} · {perpetrators}").format(
                    provision=charge.national_citation or self.tr("no national provision"),
                    perpetrators=people or self.tr("no perpetrator charged"),
                ),
                counts or self.tr("no elements"),
            ]
            item = QListWidgetItem("\n".join(lines))
            item.setData(ID_ROLE, charge.charge_id)
            self.list.addItem(item)
        self.heading.setText(self.tr("Charges ({count})").format(count=len(matrix.charges)))

    def new_charge(self) -> ChargeDialog | None:
        if not self.case_id:
            return None
        self.dialog = ChargeDialog(self.service, self.case_id, self.window())
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def clear(self) -> None:
        self.case_id = ""
        self.list.clear()
