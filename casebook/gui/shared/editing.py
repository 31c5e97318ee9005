"""Edits made in editors: saved the moment the user finishes a field, and undoable.

An editor calls ``set_field`` or ``set_segments``. The change is committed first (autosave);
only a change that was saved goes on the QUndoStack, so undo and redo replay saved states
and never a value the core refused. Undo and redo are saves too, announced like any other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from casebook.core.errors import CasebookError

from .workspace import KeptPassage, Workspace, kept_passages

_FIELD_COMMAND_ID = 1001


class _SetField(QUndoCommand):
    def __init__(self, editing: Editing, kind: str, record_id: str, field: str, old: Any, new: Any):
        super().__init__(
            QCoreApplication.translate("Editing", "Edit {field}").format(
                field=field.replace("_", " ")
            )
        )
        self._editing = editing
        self.key = (kind, record_id, field)
        self.old, self.new = old, new
        self._skip_first_redo = True  # already saved when pushed

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._editing._apply_field(*self.key, self.new)

    def undo(self) -> None:
        self._editing._apply_field(*self.key, self.old)


class _SetSegments(QUndoCommand):
    """Keeps the whole passages (Zawgyi originals, redaction marks), not only their text."""

    def __init__(
        self,
        editing: Editing,
        testimony_id: str,
        old: list[KeptPassage],
        new: list[KeptPassage],
        text: str,
    ):
        super().__init__(text)
        self._editing = editing
        self._testimony_id = testimony_id
        self.old, self.new = list(old), list(new)
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._editing._apply_segments(self._testimony_id, self.new)

    def undo(self) -> None:
        self._editing._apply_segments(self._testimony_id, self.old)


class Editing(QObject):
    """Shared by all editors of one unlocked casebook; dropped with it when locking."""

    saved = Signal(str)  # a short status message ("Saved")
    refused = Signal(str)  # a value was not saved; its reason is shown beside the field
    failed = Signal(object)  # a CasebookError from undo or redo

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)

    def set_field(self, kind: str, record_id: str, field: str, value: Any) -> Any:
        """Save one field; raises the core's error (the caller shows it beside the field)."""
        record = self.workspace.get(kind, record_id)
        old = getattr(record, field)
        stored = self.workspace.set_field(kind, record_id, field, value)
        if stored != old:
            self.undo_stack.push(_SetField(self, kind, record_id, field, old, stored))
            self.saved.emit(self.tr("Saved"))
        return stored

    def set_segments(self, testimony_id: str, texts: list[str], what: str = "") -> None:
        what = what or self.tr("Edit statement")
        old = kept_passages(self.workspace.get("testimony", testimony_id))
        if [passage.text for passage in old] == texts:
            return
        new = self.workspace.set_segments(testimony_id, texts)
        self.undo_stack.push(_SetSegments(self, testimony_id, old, new, what))
        self.saved.emit(self.tr("Saved"))

    def _apply_field(self, kind: str, record_id: str, field: str, value: Any) -> None:
        try:
            self.workspace.set_field(kind, record_id, field, value)
        except CasebookError as exc:
            self.failed.emit(exc)
        else:
            self.saved.emit(self.tr("Saved"))

    def _apply_segments(self, testimony_id: str, passages: list[KeptPassage]) -> None:
        try:
            self.workspace.set_segments(testimony_id, [], restore=passages)
        except CasebookError as exc:
            self.failed.emit(exc)
        else:
            self.saved.emit(self.tr("Saved"))
