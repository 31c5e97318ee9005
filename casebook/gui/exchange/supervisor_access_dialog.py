"""Exchange ▸ Supervisor access…: let a verified supervisor open this casebook folder.

A key slot wraps this casebook's data key to the supervisor's own key, so the supervisor can
open the folder (for recovery, or for review on this machine) without your passphrase.
Removing the slot takes that away for the future; it cannot take back what was already read.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError

from ..shared.errors_dialog import confirm, show_error
from ..shared.keyboard import keyboard_order
from ..shared.screen_fit import fit_to_screen
from ..shared.workspace import Workspace
from . import exchange_service as service

EXPLANATION = QT_TRANSLATE_NOOP(
    "SupervisorAccessDialog",
    "A supervisor with a key slot can open this casebook folder with their own key, without "
    "your passphrase — for example to recover your work if you lose the passphrase, or to "
    "review it on this computer. Only verified supervisors can be given a slot. Remove a "
    "slot when the supervisor should no longer have that access.",
)
ID_ROLE = Qt.ItemDataRole.UserRole


class SupervisorAccessDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorAccessDialog")
        self.setWindowTitle(self.tr("Supervisor access"))
        self.workspace = workspace
        explanation = QLabel(QCoreApplication.translate("SupervisorAccessDialog", EXPLANATION))
        explanation.setWordWrap(True)
        self.slots = QListWidget()
        self.slots.setObjectName("supervisorSlots")
        self.slots.setAccessibleName(self.tr("Supervisors who can open this casebook"))
        self.remove_button = QPushButton(self.tr("Remove access…"))
        self.remove_button.clicked.connect(self.remove_current)
        slots_box = QGroupBox(self.tr("Supervisors who can open this casebook"))
        slots_layout = QVBoxLayout(slots_box)
        slots_layout.addWidget(self.slots, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        slots_layout.addLayout(remove_row)
        self.supervisor = QComboBox()
        self.supervisor.setAccessibleName(self.tr("Verified supervisor"))
        self.add_button = QPushButton(self.tr("Give access"))
        self.add_button.clicked.connect(self.add_current)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Verified supervisor:")))
        add_row.addWidget(self.supervisor, 1)
        add_row.addWidget(self.add_button)
        self.status = QLabel()
        self.status.setObjectName("supervisorStatus")
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(slots_box, 1)
        layout.addLayout(add_row)
        layout.addLayout(bottom)
        fit_to_screen(self, 640, 440)
        # Enter gives access to the chosen supervisor, never removes it; Remove is pressed.
        self.remove_button.setAutoDefault(False)
        keyboard_order(
            [self.slots, self.remove_button, self.supervisor, self.add_button, close],
            self.add_button,
        )
        self.reload()

    def reload(self) -> None:
        self.slots.clear()
        for slot in service.slots(self.workspace):
            since = slot.created_at[:16].replace("T", " ")
            item = QListWidgetItem(
                self.tr("{supervisor} — since {since}").format(supervisor=slot.label, since=since)
            )
            item.setData(ID_ROLE, slot.id)
            self.slots.addItem(item)
        if not self.slots.count():
            self.slots.addItem(self.tr("No supervisor can open this casebook."))
        self.remove_button.setEnabled(bool(service.slots(self.workspace)))
        self.supervisor.clear()
        for c in service.colleagues(self.workspace):
            if c.role == "supervisor" and c.verified and not c.own:
                self.supervisor.addItem(f"{c.name} ({c.fingerprint})", c.fingerprint)
        if not self.supervisor.count():
            self.supervisor.addItem(
                self.tr("No verified supervisor (see Exchange ▸ Identities…)"), None
            )
        self.add_button.setEnabled(self.supervisor.currentData() is not None)

    def slot_lines(self) -> list[str]:
        return [self.slots.item(i).text() for i in range(self.slots.count())]

    def add_current(self) -> bool:
        fingerprint = self.supervisor.currentData()
        if fingerprint is None:
            return False
        try:
            service.add_slot(self.workspace, fingerprint)
        except CasebookError as exc:
            show_error(self, exc, self.tr("Access was not given"))
            return False
        self.status.setText(
            self.tr("{supervisor} can now open this casebook with their own key.").format(
                supervisor=self.supervisor.currentText()
            )
        )
        self.reload()
        return True

    def remove_current(self, confirmed: bool = False) -> bool:
        item = self.slots.currentItem() or self.slots.item(0)
        slot_id = item.data(ID_ROLE) if item is not None else None
        if slot_id is None:
            return False
        if not confirmed and not confirm(
            self,
            self.tr("Remove supervisor access"),
            self.tr(
                "{supervisor}\n\nThis supervisor will no longer be able to open this casebook "
                "with their key."
            ).format(supervisor=item.text()),
            self.tr("Remove access"),
        ):
            return False
        try:
            service.remove_slot(self.workspace, slot_id)
        except CasebookError as exc:
            show_error(self, exc, self.tr("Access was not removed"))
            return False
        self.status.setText(self.tr("The key slot was removed."))
        self.reload()
        return True
