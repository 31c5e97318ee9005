"""Help ▸ User guide (F1): the guide shipped with Casebook, readable offline.

The text is ``resources/guide/<language>.md`` for the interface's language, English where
there is no translation yet; the keyboard shortcuts are listed from the window's actions,
so the list cannot drift from the keys that work.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale
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


def guide_text(locale: QLocale | None = None) -> str:
    """The guide in the locale's language if there is one, else in English."""
    name = (locale or QLocale()).name()  # "lo_LA", "my_MM", "en_US"
    for language in (name, name.split("_")[0], "en"):
        path = resource_path("guide", f"{language}.md")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return "# Casebook user guide\n\nThe guide is missing from this installation."


class UserGuide(QDialog):
    def __init__(
        self, shortcuts: list[tuple[str, str]] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle("Casebook user guide")
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName("User guide")
        self.text.setOpenExternalLinks(False)  # offline: nothing leaves this computer
        markdown = guide_text()
        if shortcuts:
            rows = "\n".join(
                f"| {escape(name)} | {escape(keys)} |" for name, keys in shortcuts if keys
            )
            markdown += f"\n\n## Keyboard shortcuts\n\n| Command | Keys |\n| --- | --- |\n{rows}\n"
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
