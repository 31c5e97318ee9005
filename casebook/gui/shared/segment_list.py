"""A statement as numbered paragraphs, each its own editor, so passages can be cited.

The list reports a whole new list of texts (``edited``) when a paragraph loses focus after
a change, or when one is added, removed or moved; the testimony editor saves it as one
undoable step. Numbers are the citation ("para. 3") and follow the order shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ParagraphEdit(QTextEdit):
    """Plain text that grows with its content instead of scrolling inside the list."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 6
        self.setFixedHeight(max(height, self.fontMetrics().lineSpacing() * 2 + 12))

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def focusOutEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.focus_left.emit()


class _Row(QFrame):
    def __init__(self, owner: SegmentList, index: int) -> None:
        super().__init__()
        self.number = QLabel()
        self.number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.number.setMinimumWidth(56)
        self.edit = ParagraphEdit()
        self.edit.focus_left.connect(lambda: owner._paragraph_left(self))
        self.up = _tool("↑", self.tr("Move up"))
        self.down = _tool("↓", self.tr("Move down"))
        self.remove = _tool("✕", self.tr("Remove paragraph"))
        self.up.clicked.connect(lambda: owner._move(self, -1))
        self.down.clicked.connect(lambda: owner._move(self, +1))
        self.remove.clicked.connect(lambda: owner._remove(self))
        buttons = QVBoxLayout()
        buttons.setSpacing(0)
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.number)
        layout.addWidget(self.edit, 1)
        layout.addLayout(buttons)
        self.set_index(index)

    def set_index(self, index: int) -> None:
        self.index = index
        n = index + 1
        self.number.setText(self.tr("para. {n}").format(n=n))
        self.edit.setAccessibleName(self.tr("Paragraph {n}").format(n=n))
        self.up.setAccessibleName(self.tr("Move paragraph {n} up").format(n=n))
        self.down.setAccessibleName(self.tr("Move paragraph {n} down").format(n=n))
        self.remove.setAccessibleName(self.tr("Remove paragraph {n}").format(n=n))


def _code_points(text: str, utf16_position: int) -> int:
    """Qt counts UTF-16 units; the core counts code points (they differ above U+FFFF)."""
    return len(text.encode("utf-16-le")[: 2 * utf16_position].decode("utf-16-le", "ignore"))


def _tool(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


class SegmentList(QScrollArea):
    edited = Signal(list, str)  # the new texts, and what was done ("Add paragraph")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("segmentList")
        self.rows: list[_Row] = []
        self._saved: list[str] = []
        self._read_only = False
        self._font: QFont | None = None
        self.last_row: _Row | None = None  # the paragraph last edited or focused
        # Asked before a paragraph (0-based) is removed; False keeps it (see the editor).
        self.may_remove: Callable[[int], bool] = lambda _index: True
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self.add_button = QPushButton(self.tr("Add paragraph"))
        self.add_button.setAccessibleName(self.tr("Add paragraph"))
        self.add_button.clicked.connect(self._add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self._layout.addLayout(add_row)
        self._layout.addStretch(1)
        self.setWidget(body)

    # -- showing ---------------------------------------------------------------------------------

    def set_texts(self, texts: list[str]) -> None:
        """Show ``texts`` as the saved state; unchanged paragraphs keep cursor and focus."""
        self._saved = list(texts)
        while len(self.rows) > len(texts):
            row = self.rows.pop()
            self._layout.removeWidget(row)
            row.edit.clear()  # deleteLater is not immediate; hold no text until then
            row.edit.document().clearUndoRedoStacks()
            row.deleteLater()
        while len(self.rows) < len(texts):
            row = _Row(self, len(self.rows))
            self._style_row(row)
            self._layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        for row, text in zip(self.rows, texts, strict=True):
            if row.edit.toPlainText() != text:
                row.edit.setPlainText(text)
        self._update_buttons()

    def set_script(self, font: QFont, right_to_left: bool) -> None:
        self._font = font
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        for row in self.rows:
            self._style_row(row)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        self._update_buttons()

    def texts(self) -> list[str]:
        return [row.edit.toPlainText() for row in self.rows]

    def focus_paragraph(self, number: int) -> None:
        if 1 <= number <= len(self.rows):
            row = self.rows[number - 1]
            self.last_row = row
            self.ensureWidgetVisible(row)
            row.edit.setFocus()

    def clear(self) -> None:
        self.set_texts([])

    def _style_row(self, row: _Row) -> None:
        if self._font is not None:
            row.edit.setFont(self._font)
        row.edit.setLayoutDirection(self.layoutDirection())
        option = row.edit.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        row.edit.document().setDefaultTextOption(option)

    def _update_buttons(self) -> None:
        for i, row in enumerate(self.rows):
            row.set_index(i)
            row.edit.setReadOnly(self._read_only)
            row.up.setVisible(not self._read_only)
            row.down.setVisible(not self._read_only)
            row.remove.setVisible(not self._read_only)
            row.up.setEnabled(i > 0)
            row.down.setEnabled(i < len(self.rows) - 1)
            row.remove.setEnabled(len(self.rows) > 1)

    # -- editing ---------------------------------------------------------------------------------

    def _emit(self, texts: list[str], what: str) -> None:
        if texts != self._saved:
            self.edited.emit(texts, what)

    def commit_pending(self) -> None:
        """Report text typed but not yet saved (before locking or switching records)."""
        if not self._read_only and self.rows:
            self._emit(self.texts(), self.tr("Edit statement"))

    def passage_at_cursor(self) -> tuple[int, tuple[int, int] | None] | None:
        """(paragraph index, selected character range or None) of the paragraph last
        focused; the range counts Unicode code points, as the core stores it."""
        row = self.last_row if self.last_row in self.rows else None
        if row is None:
            return None
        cursor = row.edit.textCursor()
        if not cursor.hasSelection():
            return row.index, None
        text = row.edit.toPlainText()
        start = _code_points(text, cursor.selectionStart())
        end = _code_points(text, cursor.selectionEnd())
        return row.index, (start, end) if start < end else None

    def _paragraph_left(self, row: _Row) -> None:
        self.last_row = row
        if not self._read_only and row in self.rows:
            self._emit(self.texts(), self.tr("Edit paragraph {n}").format(n=row.index + 1))

    def _add(self) -> None:
        texts = [*self.texts(), ""]
        self.set_texts(texts)
        self._saved = texts[:-1]  # so the new empty paragraph counts as a change
        self._emit(texts, self.tr("Add paragraph"))
        self.rows[-1].edit.setFocus()

    def _remove(self, row: _Row) -> None:
        if not self.may_remove(row.index):
            return
        texts = self.texts()
        del texts[row.index]
        self._emit(texts, self.tr("Remove paragraph {n}").format(n=row.index + 1))

    def _move(self, row: _Row, step: int) -> None:
        texts = self.texts()
        i, j = row.index, row.index + step
        if 0 <= j < len(texts):
            texts[i], texts[j] = texts[j], texts[i]
            self._emit(texts, self.tr("Move paragraph {n}").format(n=i + 1))
            self.rows[j].edit.setFocus()
