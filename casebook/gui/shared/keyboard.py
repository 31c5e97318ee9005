"""Dialogs complete by keyboard: tab order as laid out, first input focused, one default.

Qt's tab order is the order widgets were created in, so a dialog that builds its buttons
first tabs OK → Cancel → Title and opens with the focus on OK; and a button made default
before it is inside its dialog is not registered, so Qt picks the first auto-default
button instead (Enter in "Repeat it" pressed "Browse…"). Issue 14.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtWidgets import QPushButton, QWidget


def keyboard_order(
    widgets: Sequence[QWidget],
    default: QPushButton | None = None,
    helpers: Sequence[QPushButton] = (),
) -> None:
    """Tab through ``widgets`` in this (visual) order and start on the first.

    ``default`` is what Enter presses from any input. ``helpers`` (Browse…, Choose…) only
    act when pressed themselves: they never take the default from it.
    """
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)
    for button in helpers:
        button.setAutoDefault(False)
    if default is not None:
        default.setAutoDefault(True)
        default.setDefault(True)
    if widgets:
        widgets[0].setFocus()
