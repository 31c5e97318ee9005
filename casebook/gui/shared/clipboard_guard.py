"""Protected details copied to the clipboard do not stay there.

A name or a phone number copied from a person's protected identity would otherwise sit on
the clipboard, where any program, a clipboard manager or the next paste can read it, long
after the casebook is locked. The guard notices what is copied while the watched window
has the focus and clears the clipboard after the time chosen in Preferences, unless
something else was copied meanwhile. Clipboard managers may still keep a history: the
preference note says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class ClipboardGuard(QObject):
    def __init__(self, watched: QWidget, seconds: int) -> None:
        app = QApplication.instance()
        super().__init__(app)  # outlives the dialog: the timer fires after it closed
        self.watched = watched
        self.copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_now)
        self.seconds = seconds
        QApplication.clipboard().dataChanged.connect(self._changed)
        watched.destroyed.connect(lambda _o=None: self._watched_gone())

    def _changed(self) -> None:
        if self.seconds <= 0 or self.watched is None:
            return
        focus = QApplication.focusWidget()
        text = QApplication.clipboard().text()
        if text and focus is not None and focus.window() is self.watched:
            self.copied = text
            self.timer.start(self.seconds * 1000)

    def clear_now(self) -> None:
        """Empty the clipboard if it still holds what was copied from the watched window."""
        if self.copied is not None and QApplication.clipboard().text() == self.copied:
            QApplication.clipboard().clear()
        self.copied = None
        if self.watched is None:
            self.deleteLater()

    def _watched_gone(self) -> None:
        self.watched = None  # type: ignore[assignment]
        if self.copied is None:
            QApplication.clipboard().dataChanged.disconnect(self._changed)
            self.deleteLater()
