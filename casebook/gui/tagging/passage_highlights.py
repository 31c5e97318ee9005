"""Tagged words highlighted in a paragraph editor: the element on hover, a click opens the tag.

A tag is only as good as the words it rests on, so the words are shown where they are
typed: a tinted background for a tag in force, a wavy underline (never colour alone) for
one waiting for review. Ranges are stored in code points; Qt counts UTF-16 units.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip

from .analysis_service import review_mark

ACTIVE_TINT = QColor(255, 214, 102, 150)  # amber, translucent: the text stays readable
REVIEW_LINE = QColor(200, 40, 40)
MATCH_TINT = QColor(90, 160, 255, 150)  # a search match: blue, apart from the tags' amber


@dataclass(frozen=True)
class Span:
    """Tagged words in one paragraph (code points; ``None`` for the whole paragraph)."""

    tag_id: str
    start: int | None
    end: int | None
    label: str  # "7(1)(d)/1 Deportation … — direct, B2"
    review: bool


def utf16(text: str, code_points: int) -> int:
    return len(text[:code_points].encode("utf-16-le")) // 2


class PassageHighlights(QObject):
    """Draws ``spans`` on ``edit``; hovering shows their labels, a click calls ``opened``."""

    def __init__(self, edit: QTextEdit, opened: Callable[[str], None]) -> None:
        super().__init__(edit)
        self.edit = edit
        self.opened = opened
        self.spans: list[Span] = []
        self.match: tuple[int, int] | None = None  # code points of a search match shown
        edit.viewport().installEventFilter(self)
        edit.viewport().setMouseTracking(True)

    def show(self, spans: Sequence[Span]) -> None:
        self.spans = list(spans)
        text = self.edit.toPlainText()
        selections = []
        for span in self.spans:
            start, end = self._utf16_range(text, span)
            chosen = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            chosen.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            if span.review:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(REVIEW_LINE)
            elif span.start is not None:
                fmt.setBackground(ACTIVE_TINT)
            else:  # a whole-paragraph tag: underlined, so ranged tags inside stay visible
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            chosen.format = fmt  # type: ignore[attr-defined]
            selections.append(chosen)
        if self.match is not None:
            found = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(utf16(text, self.match[0]))
            cursor.setPosition(utf16(text, self.match[1]), QTextCursor.MoveMode.KeepAnchor)
            found.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            fmt.setBackground(MATCH_TINT)
            fmt.setFontUnderline(True)  # not by colour alone
            found.format = fmt  # type: ignore[attr-defined]
            selections.append(found)
        self.edit.setExtraSelections(selections)

    def show_match(self, match: tuple[int, int] | None) -> None:
        """Mark the words a search landed on (cleared by ``None``), over the tags' tints."""
        self.match = match
        self.show(self.spans)

    def _utf16_range(self, text: str, span: Span) -> tuple[int, int]:
        if span.start is None or span.end is None:
            return 0, utf16(text, len(text))
        return utf16(text, span.start), utf16(text, span.end)

    def spans_at(self, utf16_position: int) -> list[Span]:
        text = self.edit.toPlainText()
        out = []
        for span in self.spans:
            start, end = self._utf16_range(text, span)
            if start <= utf16_position < end:
                out.append(span)
        # The narrowest first: a ranged tag inside a whole-paragraph one is the one meant.
        return sorted(out, key=lambda s: s.start is None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.spans:
            return False
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.spans_at(self.edit.cursorForPosition(event.pos()).position())
            if found:
                QToolTip.showText(event.globalPos(), self.tooltip(found), self.edit)
                return True
            QToolTip.hideText()
        elif (
            isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and not self.edit.textCursor().hasSelection()  # selecting words to tag them
        ):
            self.click_at(self.edit.cursorForPosition(event.position().toPoint()).position())
        return False

    def click_at(self, utf16_position: int) -> bool:
        """Open the narrowest tag at a position; False when no tagged words are there."""
        found = self.spans_at(utf16_position)
        if found:
            self.opened(found[0].tag_id)
        return bool(found)

    @staticmethod
    def tooltip(spans: Sequence[Span]) -> str:
        lines = [(review_mark() if s.review else "") + s.label for s in spans]
        return "\n".join(
            [*lines, QCoreApplication.translate("PassageHighlights", "(click to open the tag)")]
        )
