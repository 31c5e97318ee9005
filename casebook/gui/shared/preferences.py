"""User preferences, declared once and stored with QSettings, and the dialog to change them.

Nothing about a casebook's content is stored here. The list of recent casebooks can itself
reveal where casebooks are, so it is kept only when the user turns it on, and emptied when
they turn it off.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

IDLE_LOCK_DEFAULT_MINUTES = 5
IDLE_LOCK_RANGE = (1, 240)
RECENT_LIMIT = 8


class Preferences:
    """Typed access to the settings; ``settings`` may be given for tests."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    @property
    def idle_lock_minutes(self) -> int:
        value = self._s.value("security/idle_lock_minutes", IDLE_LOCK_DEFAULT_MINUTES)
        try:
            minutes = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return IDLE_LOCK_DEFAULT_MINUTES
        low, high = IDLE_LOCK_RANGE
        return min(max(minutes, low), high)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self._s.setValue("security/idle_lock_minutes", int(minutes))

    @property
    def remember_recent(self) -> bool:
        return str(self._s.value("privacy/remember_recent", "false")).lower() == "true"

    @remember_recent.setter
    def remember_recent(self, on: bool) -> None:
        self._s.setValue("privacy/remember_recent", "true" if on else "false")
        if not on:
            self._s.remove("privacy/recent_casebooks")

    @property
    def recent_casebooks(self) -> list[str]:
        if not self.remember_recent:
            return []
        value = self._s.value("privacy/recent_casebooks", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in (value or [])]

    def add_recent(self, folder: str) -> None:
        if not self.remember_recent:
            return
        folders = [folder, *[f for f in self.recent_casebooks if f != folder]]
        self._s.setValue("privacy/recent_casebooks", folders[:RECENT_LIMIT])

    def sync(self) -> None:
        self._s.sync()


class PreferencesDialog(QDialog):
    """Edits a ``Preferences``; changes apply when the user presses OK."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("preferencesDialog")
        self._prefs = prefs

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*IDLE_LOCK_RANGE)
        self.idle_minutes.setSuffix(" min")
        self.idle_minutes.setValue(prefs.idle_lock_minutes)
        self.idle_minutes.setAccessibleName("Lock after idle minutes")

        self.remember_recent = QCheckBox("Remember recently opened casebooks")
        self.remember_recent.setChecked(prefs.remember_recent)
        self.remember_recent.setAccessibleName("Remember recently opened casebooks")
        recent_note = QLabel(
            "Off by default: the list shows where casebooks are kept to anyone who opens "
            "Casebook on this computer."
        )
        recent_note.setWordWrap(True)
        recent_note.setEnabled(False)

        form = QFormLayout()
        form.addRow("Lock the casebook after", self.idle_minutes)
        form.addRow(self.remember_recent)
        form.addRow(recent_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._prefs.idle_lock_minutes = self.idle_minutes.value()
        self._prefs.remember_recent = self.remember_recent.isChecked()
        self._prefs.sync()
        super().accept()
