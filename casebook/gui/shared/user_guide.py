"""Help ▸ User guide (F1): the guide shipped with Casebook, readable offline.

The text is ``resources/guide/<language>.md`` for the interface's language (the one
``translation.install`` chose, not the system's: a Lao system running the English interface
gets the English guide), English where there is no translation yet; the keyboard shortcuts
are listed from the window's actions, so the list cannot drift from the keys that work.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casebook.core.resource_paths import resource_path

from .keyboard import keyboard_order
from .screen_fit import fit_to_screen
from .translation import current_language


def guide_text(language: str | QLocale | None = None) -> str:
    """The guide in ``language`` ("lo", "my_MM", a QLocale; default: the interface's)
    if there is one, else in English."""
    if isinstance(language, QLocale):
        language = language.name()  # "lo_LA", "my_MM", "en_US"
    name = (language or current_language()).replace("-", "_")
    for candidate in (name, name.split("_")[0], "en"):
        if not candidate.replace("_", "").isalnum():
            continue  # a language code, never a path
        path = resource_path("guide", f"{candidate}.md")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    title = QCoreApplication.translate("UserGuide", "Casebook user guide")
    missing = QCoreApplication.translate(
        "UserGuide", "The guide is missing from this installation."
    )
    return f"# {title}\n\n{missing}"


class UserGuide(QDialog):
    def __init__(
        self, shortcuts: list[tuple[str, str]] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("Casebook user guide"))
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(self.tr("User guide"))
        self.text.setOpenExternalLinks(False)  # offline: nothing leaves this computer
        markdown = guide_text()
        if shortcuts:
            rows = "\n".join(
                f"| {escape(name)} | {escape(keys)} |" for name, keys in shortcuts if keys
            )
            heading = self.tr("Keyboard shortcuts")
            command, keys = self.tr("Command"), self.tr("Keys")
            table = f"| {command} | {keys} |\n| --- | --- |\n{rows}"
            markdown += f"\n\n## {heading}\n\n{table}\n"
        self.text.setMarkdown(markdown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        keyboard_order([self.text, close], close)
        fit_to_screen(self, 720, 640)

    def plain_text(self) -> str:
        return self.text.toPlainText()


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """Every command of ``window`` that has keys, with its keys as this platform writes them."""
    rows = []
    for action in QWidget.actions(window):  # MainWindow.actions is its WindowActions
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


class HelpCommands:
    """Mixed into ``MainWindow``: Help ▸ User guide (F1), non-modal, beside the work."""

    def show_guide(self) -> UserGuide:
        assert isinstance(self, QWidget)
        guide = UserGuide(window_shortcuts(self), self)
        guide.finished.connect(guide.deleteLater)
        guide.show()
        return guide
