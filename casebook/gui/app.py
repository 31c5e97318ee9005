"""The desktop application: start window → unlock or create → case workspace.

``run()`` is what the ``casebook`` command calls with no arguments; it returns the exit
code. A casebook folder may be given (``casebook-gui FOLDER``) to go straight to unlocking.
Colours come from the platform palette, so light and dark follow the system.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .shared import translation
from .shared.background import run_in_background
from .shared.errors_dialog import show_error
from .shared.preferences import Preferences, PreferencesDialog, apply_appearance
from .shared.user_guide import UserGuide
from .start.start_window import StartWindow
from .start.unlock_dialog import UnlockDialog

if TYPE_CHECKING:  # the heavy modules load after the first window is shown
    from casebook.core.store.casebook import Casebook

    from .main_window import MainWindow
    from .start.create_dialog import CreateDialog

# Imported on a worker thread while the user types the passphrase, so the first window
# appears as fast as a bare Qt window and unlocking does not wait for imports.
# Only the headless core is preloaded: Qt classes are defined on the GUI thread.
_PRELOAD = (
    "casebook.core.store.casebook",
    "casebook.core.records.evidence",
    "casebook.core.records.records",
    "casebook.core.records.search",
    "casebook.core.records.testimonies",
)

APP_NAME = "Casebook"
ORG_NAME = "Casebook"


class App(QObject):
    """Owns the windows of one run; tests drive it through its attributes."""

    def __init__(self, prefs: Preferences | None = None) -> None:
        super().__init__()
        self.prefs = prefs or Preferences()
        apply_appearance(self.prefs)  # text size and colours chosen in Preferences
        self.start = StartWindow(self.prefs)
        self.start.open_requested.connect(lambda folder: self.ask_unlock(Path(folder)))
        self.start.create_requested.connect(self.ask_create)
        self.start.preferences_requested.connect(self._preferences)
        self.start.help_requested.connect(self.show_guide)
        self.unlock_dialog: UnlockDialog | None = None
        self.create_dialog: CreateDialog | None = None
        self.main_window: MainWindow | None = None

    def show_start(self) -> None:
        self.start.refresh_recent()
        self.start.show()

    def ask_unlock(self, folder: Path) -> UnlockDialog:
        dialog = UnlockDialog(folder, self._parent())
        dialog.accepted.connect(lambda: dialog.book and self._open_or_release(dialog.book))
        dialog.finished.connect(dialog.deleteLater)
        self.unlock_dialog = dialog
        dialog.open()
        return dialog

    def ask_create(self) -> CreateDialog:
        from .start.create_dialog import CreateDialog

        dialog = CreateDialog(self._parent())
        dialog.accepted.connect(lambda: dialog.book and self._open_or_release(dialog.book))
        dialog.finished.connect(dialog.deleteLater)
        self.create_dialog = dialog
        dialog.open()
        return dialog

    def _open_or_release(self, book: Casebook) -> None:
        """Open the main window; if that fails, close the casebook so its lock is released.

        Otherwise the next attempt says the casebook is open in another window until restart.
        """
        try:
            self.open_main(book)
        except Exception as exc:  # shown as a sentence; the details go to stderr
            book.close()
            self.main_window = None
            self.show_start()
            show_error(self.start, exc, self.tr("Casebook could not be opened"))

    def open_main(self, book: Casebook) -> MainWindow:
        from .main_window import MainWindow

        self.prefs.add_recent(str(book.folder))
        window = MainWindow(self.prefs, book)
        self.main_window = window
        window.show()
        self.start.hide()
        if book.history_warning:  # an older or rewritten copy: say so before any work
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("This casebook's history changed"),
                translation.phrase_text(book.history_warning),
            )
            box.setObjectName("historyWarning")
            box.setInformativeText(
                self.tr(
                    "Accept this history only if you restored this copy from a backup yourself."
                )
            )
            accept = box.addButton(
                self.tr("I restored this copy on purpose"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(self.tr("Keep warning me"), QMessageBox.ButtonRole.RejectRole)
            box.buttonClicked.connect(
                lambda button: book.accept_history() if button is accept else None
            )
            box.setParent(window, box.windowFlags())
            box.open()
        return window

    def _parent(self) -> QWidget | None:
        return self.start if self.start.isVisible() else None

    def show_guide(self) -> UserGuide:
        """F1 in the first window: the same guide as Help ▸ User guide."""
        guide = UserGuide(parent=self.start)
        guide.finished.connect(guide.deleteLater)
        guide.show()
        return guide

    def _preferences(self) -> None:
        dialog = PreferencesDialog(self.prefs, self.start)
        dialog.finished.connect(lambda _r: self.start.refresh_recent())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, made once, with the names QSettings uses.

    ``argv`` is the whole command line, program name first: Qt takes its own options
    (``-reverse``, ``-style fusion``, ``-platform …``) from it; ``arguments()`` keeps the rest.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return app


def build(argv: Sequence[str] | None = None) -> tuple[QApplication, App]:
    """Everything ``run`` shows, without entering the event loop (benchmarks, tests)."""
    args = list(argv if argv is not None else sys.argv[1:])
    made_here = QApplication.instance() is None
    qt_app = application([sys.argv[0] if sys.argv else APP_NAME.lower(), *args])
    if made_here:
        args = qt_app.arguments()[1:]  # what Qt did not take as its own option
    prefs = Preferences()
    translation.install(qt_app, prefs.ui_language)  # before any window: no live retranslation
    app = App(prefs)
    folder = next((Path(a) for a in args if not a.startswith("-")), None)
    if folder is not None:
        app.ask_unlock(folder)
    else:
        app.show_start()
    QTimer.singleShot(0, preload)
    return qt_app, app


def preload() -> None:
    """Import the storage stack (SQLAlchemy, Alembic, cryptography) off the GUI thread."""

    def work(_report: object) -> None:
        for name in _PRELOAD:
            importlib.import_module(name)

    run_in_background(work, lambda _r: None, lambda _e: None)


def run(argv: Sequence[str] | None = None) -> int:
    from casebook.core.store.staging import sweep  # exports killed half-way: remove them

    sweep()
    qt_app, app = build(argv if argv is not None else sys.argv[1:])
    qt_app.setQuitOnLastWindowClosed(True)
    code = qt_app.exec()
    if app.main_window is not None and app.main_window.workspace is not None:
        app.main_window.workspace.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
