"""Sizes from the screen the window is on, and scroll areas for content taller than it.

Fixed sizes (1180×760, a 1080×680 dialog) cut off the status bar at 1366×768 and put the
buttons of long dialogs off-screen at 1024×600 (issue 14). A window asks for its preferred
size and gets at most what the screen's available area (without panels and docks) holds,
less room for the window frame; long dialogs scroll their content and keep their buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QLayout, QScrollArea, QStackedWidget, QWidget

# Title bar and borders the window manager adds around the client area.
FRAME_ALLOWANCE = QSize(16, 48)


def available_area(widget: QWidget | None = None) -> QRect:
    """The usable part of the widget's screen (or the primary screen)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def fitted_size(preferred: QSize, area: QRect) -> QSize:
    """``preferred``, shrunk to fit ``area`` with its frame."""
    return QSize(
        max(320, min(preferred.width(), area.width() - FRAME_ALLOWANCE.width())),
        max(240, min(preferred.height(), area.height() - FRAME_ALLOWANCE.height())),
    )


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size or, on a smaller screen, to what the screen holds."""
    widget.resize(fitted_size(QSize(width, height), available_area(widget)))


def scrolling(content: QLayout | QWidget, name: str = "") -> QScrollArea:
    """``content`` in a frameless scroll area (a dialog's buttons stay outside it).

    It fills the area when there is room and scrolls when the screen is smaller than its
    minimum size, instead of pushing the window beyond the screen.
    """
    if isinstance(content, QWidget):
        inner = content
    else:
        inner = QWidget()
        inner.setLayout(content)
    area = QScrollArea()
    area.setObjectName(name or "scrollingContent")
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the inputs, not the area
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


class CurrentPageStack(QStackedWidget):
    """A stack as large as its current page needs, not as its largest page needs.

    Qt sizes a stack by its largest page (the testimony editor), so inside a scroll area
    every page was laid out that wide and, with a 14 pt font, the evidence pane was cut off
    at the right edge of the window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


def compact_combo() -> QComboBox:
    """A combo box that elides a long entry instead of widening its window past the screen.

    Set before its items are added: Qt keeps the minimum size it computed from them.
    """
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo
