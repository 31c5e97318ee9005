"""How errors reach the user: a dialog with the service's own sentence, never a traceback.

Services raise ``CasebookError`` whose ``str()`` is written for people. Anything else is a
bug; the user gets a calm sentence and the details go to stderr for a report.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from casebook.core.errors import CasebookError, ImportRejected

from .translation import phrase_text


def user_message(exc: BaseException) -> str:
    """The sentence to show for ``exc`` in the interface language.

    A field's name is left out of a ValidationError (it is shown beside the field).
    """
    if isinstance(exc, CasebookError):
        text = phrase_text(exc.phrase)
        if isinstance(exc, ImportRejected) and exc.problems:
            text += "".join(f"\n  - {phrase_text(p)}" for p in exc.problems[:50])
            more = len(exc.problems) - 50
            if more > 0:
                text += "\n  " + QCoreApplication.translate(
                    "ErrorMessage", "… and {count} more"
                ).format(count=more)
        return text
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "ErrorMessage",
            "There was not enough memory for this step. Close other programs and try again.",
        )
    traceback.print_exception(exc, file=sys.stderr)
    return QCoreApplication.translate(
        "ErrorMessage",
        "Something went wrong that Casebook did not expect; nothing was saved from this step. "
        "Try again, and if it happens again, report it with the details from the terminal.",
    )


def show_error(parent: QWidget | None, exc: BaseException | str, title: str = "") -> None:
    """A modal message box with the error's sentence (or the given text)."""
    text = exc if isinstance(exc, str) else user_message(exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("ErrorMessage", "Casebook"),
        text,
        parent=parent,
    )
    box.setObjectName("errorMessage")
    box.setAccessibleName(QCoreApplication.translate("ErrorMessage", "Error"))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something the user cannot take back; ``action`` labels the yes button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes
