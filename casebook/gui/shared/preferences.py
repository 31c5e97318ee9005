"""User preferences, declared once and stored with QSettings, and the dialog to change them.

Nothing about a casebook's content is stored here. The list of recent casebooks can itself
reveal where casebooks are, so it is kept only when the user turns it on, and emptied when
they turn it off.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import translation

IDLE_LOCK_DEFAULT_MINUTES = 5
IDLE_LOCK_RANGE = (1, 240)
RECENT_LIMIT = 8
TEXT_SIZES = (100, 125, 150, 175, 200)  # per cent of the system's font size
_CONTEXT = "PreferencesDialog"
THEMES = {
    "system": QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("PreferencesDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"),
}
CLIPBOARD_SECONDS = {
    0: QT_TRANSLATE_NOOP("PreferencesDialog", "Never"),
    30: QT_TRANSLATE_NOOP("PreferencesDialog", "30 seconds"),
    60: QT_TRANSLATE_NOOP("PreferencesDialog", "1 minute"),
    300: QT_TRANSLATE_NOOP("PreferencesDialog", "5 minutes"),
}
CLIPBOARD_DEFAULT_SECONDS = 60


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

    @property
    def text_size(self) -> int:
        """Per cent of the system font size (for reading Lao or Burmese marks, or poor eyes)."""
        return self._choice("appearance/text_size", TEXT_SIZES, 100)

    @text_size.setter
    def text_size(self, percent: int) -> None:
        self._s.setValue("appearance/text_size", int(percent))

    @property
    def theme(self) -> str:
        value = str(self._s.value("appearance/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("appearance/theme", value if value in THEMES else "system")

    @property
    def clipboard_clear_seconds(self) -> int:
        """How long a protected identity detail copied to the clipboard stays there."""
        return self._choice(
            "privacy/clipboard_clear_seconds", tuple(CLIPBOARD_SECONDS), CLIPBOARD_DEFAULT_SECONDS
        )

    @clipboard_clear_seconds.setter
    def clipboard_clear_seconds(self, seconds: int) -> None:
        self._s.setValue("privacy/clipboard_clear_seconds", int(seconds))

    @property
    def ui_language(self) -> str:
        """Code of the interface language chosen; "" follows the system (translation.py)."""
        return str(self._s.value("appearance/ui_language", "") or "")

    @ui_language.setter
    def ui_language(self, code: str) -> None:
        self._s.setValue("appearance/ui_language", code or "")

    def _choice(self, key: str, allowed: tuple[int, ...], default: int) -> int:
        try:
            value = int(self._s.value(key, default))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default
        return value if value in allowed else default

    def sync(self) -> None:
        self._s.sync()


class PreferencesDialog(QDialog):
    """Edits a ``Preferences``; changes apply when the user presses OK."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self._prefs = prefs

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*IDLE_LOCK_RANGE)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(prefs.idle_lock_minutes)
        self.idle_minutes.setAccessibleName(self.tr("Lock after idle minutes"))

        self.remember_recent = QCheckBox(self.tr("Remember recently opened casebooks"))
        self.remember_recent.setChecked(prefs.remember_recent)
        self.remember_recent.setAccessibleName(self.tr("Remember recently opened casebooks"))
        recent_note = QLabel(
            self.tr(
                "Off by default: the list shows where casebooks are kept to anyone who opens "
                "Casebook on this computer."
            )
        )
        recent_note.setWordWrap(True)
        recent_note.setEnabled(False)

        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for percent in TEXT_SIZES:
            self.text_size.addItem(self.tr("{percent} %").format(percent=percent), percent)
        self.text_size.setCurrentIndex(self.text_size.findData(prefs.text_size))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colours"))
        for key, label in THEMES.items():
            self.theme.addItem(QCoreApplication.translate(_CONTEXT, label), key)
        self.theme.setCurrentIndex(self.theme.findData(prefs.theme))
        self.clipboard = QComboBox()
        self.clipboard.setAccessibleName(self.tr("Clear a copied identity detail after"))
        for seconds, label in CLIPBOARD_SECONDS.items():
            self.clipboard.addItem(QCoreApplication.translate(_CONTEXT, label), seconds)
        self.clipboard.setCurrentIndex(self.clipboard.findData(prefs.clipboard_clear_seconds))
        self.clipboard.setToolTip(
            self.tr(
                "Names and contacts copied from a protected identity are removed from the "
                "clipboard after this time. A clipboard manager may keep its own history."
            )
        )
        self.ui_language = QComboBox()
        self.ui_language.setObjectName("uiLanguage")
        self.ui_language.setAccessibleName(self.tr("Language of the interface"))
        self.ui_language.addItem(self.tr("System default"), "")
        for lang in translation.offered_languages():  # endonyms are never translated
            self.ui_language.addItem(
                self.tr("{endonym} ({english})").format(
                    endonym=lang.endonym,
                    english=lang.english,  # the English name, as the issue asks
                ),
                lang.code,
            )
        if prefs.ui_language and self.ui_language.findData(prefs.ui_language) < 0:
            self.ui_language.addItem(prefs.ui_language, prefs.ui_language)  # e.g. "pseudo"
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(prefs.ui_language)))
        language_note = QLabel(
            self.tr(
                "A new language applies the next time Casebook starts. Only languages whose "
                "translation is complete are listed; every translation is a draft that "
                "still needs review by a native speaker."
            )
        )
        language_note.setWordWrap(True)
        language_note.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Lock the casebook after"), self.idle_minutes)
        form.addRow(self.remember_recent)
        form.addRow(recent_note)
        form.addRow(self.tr("Clear a copied name or contact after"), self.clipboard)
        form.addRow(self.tr("Text size"), self.text_size)
        form.addRow(self.tr("Colours"), self.theme)
        form.addRow(self.tr("Language of the interface"), self.ui_language)
        form.addRow(language_note)

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
        self._prefs.text_size = self.text_size.currentData()
        self._prefs.theme = self.theme.currentData()
        self._prefs.clipboard_clear_seconds = self.clipboard.currentData()
        self._prefs.ui_language = self.ui_language.currentData()
        self._prefs.sync()
        apply_appearance(self._prefs)
        super().accept()


def apply_appearance(prefs: Preferences) -> None:
    """Text size and colours from ``prefs``, for every window of the app, now and later."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = app.property("casebookBaseFontSize")
    if base is None:  # the system's size, remembered before the first change
        base = app.font().pointSizeF()
        app.setProperty("casebookBaseFontSize", base)
    font = app.font()
    font.setPointSizeF(float(base) * prefs.text_size / 100)
    app.setFont(font)
    if app.property("casebookSystemPalette") is None:
        app.setProperty("casebookSystemPalette", QPalette(app.palette()))
    hints = QGuiApplication.styleHints()
    if prefs.theme == "system":
        hints.unsetColorScheme()
        app.setPalette(app.property("casebookSystemPalette"))
        return
    # Asked of the platform, and set as a palette too: many platforms ignore the request.
    dark = prefs.theme == "dark"
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setPalette(_palette(dark))


def _palette(dark: bool) -> QPalette:
    """Fusion's light palette, or a dark one with the same roles (text contrast above 7:1)."""
    palette = QApplication.style().standardPalette()
    if not dark:
        return palette
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#2b2b2b"), (role.WindowText, "#eeeeee"), (role.Base, "#1f1f1f"),
        (role.AlternateBase, "#2b2b2b"), (role.ToolTipBase, "#3a3a3a"),
        (role.ToolTipText, "#eeeeee"), (role.PlaceholderText, "#9a9a9a"),
        (role.Text, "#eeeeee"), (role.Button, "#353535"), (role.ButtonText, "#eeeeee"),
        (role.BrightText, "#ff8a80"), (role.Link, "#8ab4f8"), (role.Highlight, "#3d6fb4"),
        (role.HighlightedText, "#ffffff"),
    ):  # fmt: skip
        palette.setColor(name, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, name, QColor("#7a7a7a"))
    return palette
