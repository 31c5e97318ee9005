"""The case workspace: navigator, the editor for the chosen record, menus, and locking.

Locking (Ctrl+L, or idle) saves what is being typed, cancels a running intake, closes every
dialog, destroys the editors (so no case text stays in widgets), drops the undo history
and closes the casebook, which drops the data key. Unlocking builds the workspace again
and returns to the record the user was on.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from casebook.core.errors import CasebookError
from casebook.core.records.evidence import IntakeDetails
from casebook.core.store.casebook import Casebook

from .analysis.charges_view import ChargesPage
from .analysis.export_dialog import ExportDialog
from .analysis.locations_view import LocationsView
from .analysis.matrix_view import MatrixView
from .analysis.patterns_view import PatternsView
from .analysis.sections_editor import SectionsEditor, install_sections_action
from .analysis.timeline_view import TimelineView
from .exchange.exchange_window import ExchangeCommands
from .records.evidence_editor import EvidencePage
from .records.identity_dialog import IdentityDialog
from .records.intake import IntakeController, IntakeOutcome
from .records.navigator_model import SECTIONS, NavigatorModel, record_of
from .records.record_dialogs import (
    add_evidence_dialog,
    new_case_dialog,
    new_incident_dialog,
    new_person_dialog,
    new_testimony_dialog,
)
from .records.record_editors import CaseEditor, IncidentEditor, PersonEditor, SectionPage
from .records.search_panel import SearchPanel
from .records.testimony_editor import TestimonyEditor
from .shared import translation
from .shared.backup_dialog import install_backup_action
from .shared.bidi_text import IsolatingStatusBar, isolate
from .shared.editing import Editing
from .shared.errors_dialog import show_error
from .shared.idle_lock import IdleLock
from .shared.preferences import Preferences, PreferencesDialog
from .shared.screen_fit import CurrentPageStack, fit_to_screen, scrolling
from .shared.user_guide import HelpCommands
from .shared.window_actions import build_actions, shortcut_table
from .shared.workspace import Workspace
from .start.maintenance import MaintenanceCommands
from .start.unlock_dialog import UnlockPanel

SECTION_HINTS = {  # English; shown translated (context "MainWindow")
    "incidents": (
        QT_TRANSLATE_NOOP("MainWindow", "What happened, when and where."),
        QT_TRANSLATE_NOOP("MainWindow", "New incident…"),
    ),
    "persons": (
        QT_TRANSLATE_NOOP(
            "MainWindow", "Witnesses, victims and alleged perpetrators, by pseudonym."
        ),
        QT_TRANSLATE_NOOP("MainWindow", "New person…"),
    ),
    "testimonies": (
        QT_TRANSLATE_NOOP("MainWindow", "Statements, paragraph by paragraph, with consent."),
        QT_TRANSLATE_NOOP("MainWindow", "New testimony…"),
    ),
}


class CaseWorkspace(QSplitter):
    """Navigator and editors for one unlock; thrown away whole when the casebook locks."""

    def __init__(self, editing: Editing) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.editing = editing
        self.model = NavigatorModel()
        self.tree = QTreeView()
        self.tree.setObjectName("navigator")
        self.tree.setAccessibleName(self.tr("Navigator"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.editors = CurrentPageStack()
        self.empty = QLabel(
            self.tr("Choose a case, or create one with File ▸ New case (Ctrl+Shift+N).")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.section = SectionPage()
        self.case_editor = CaseEditor(editing)
        self.incident_editor = IncidentEditor(editing)
        self.person_editor = PersonEditor(editing)
        self.testimony_editor = TestimonyEditor(editing)
        self.evidence_page = EvidencePage(editing)
        self.charges_page = ChargesPage(editing.workspace)
        self.matrix_view = MatrixView(editing.workspace)
        self.timeline_view = TimelineView(editing.workspace)
        self.locations_view = LocationsView(editing.workspace)
        self.patterns_view = PatternsView(editing.workspace)
        for page in (
            self.empty, self.section, self.case_editor, self.incident_editor,
            self.person_editor, self.testimony_editor, self.evidence_page,
            self.charges_page, self.matrix_view, self.timeline_view, self.locations_view,
            self.patterns_view,
        ):  # fmt: skip
            self.editors.addWidget(page)
        self.addWidget(self.tree)
        # Scrolls on a small screen or with a large font instead of growing past the screen.
        self.addWidget(scrolling(self.editors, "editorsScroll"))
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 3)
        self.setSizes([260, 820])

    def case_view_for(self, kind: str) -> QWidget | None:
        """The page of a whole-case section (charges, matrix, timeline, locations)."""
        return {
            "section:charges": self.charges_page,
            "section:matrix": self.matrix_view,
            "section:timeline": self.timeline_view,
            "section:locations": self.locations_view,
            "section:patterns": self.patterns_view,
        }.get(kind)

    def editor_for(self, kind: str) -> QWidget | None:
        return {
            "case": self.case_editor,
            "incident": self.incident_editor,
            "person": self.person_editor,
            "testimony": self.testimony_editor,
        }.get(kind)

    def commit_pending(self) -> None:
        for editor in (
            self.case_editor, self.incident_editor, self.person_editor,
            self.testimony_editor, self.evidence_page,
        ):  # fmt: skip
            try:
                if hasattr(editor, "commit_pending"):
                    editor.commit_pending()
                elif hasattr(editor, "form"):
                    editor.form.commit_pending()
            except CasebookError as exc:  # a refused value stays refused; lock anyway
                print(f"casebook: not saved before locking: {exc}", file=sys.stderr)

    def clear(self) -> None:
        for editor in (
            self.case_editor, self.incident_editor, self.person_editor,
            self.testimony_editor, self.evidence_page, self.section, self.charges_page,
            self.matrix_view, self.timeline_view, self.locations_view, self.patterns_view,
        ):  # fmt: skip
            editor.clear()
        self.model.clear_all()


class MainWindow(HelpCommands, MaintenanceCommands, ExchangeCommands, QMainWindow):
    def __init__(self, prefs: Preferences, book: Casebook) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.prefs = prefs
        self.folder = book.folder
        self.workspace: Workspace | None = None
        self.editing: Editing | None = None
        self.view: CaseWorkspace | None = None
        self.current: tuple[str, str, str] = ("", "", "")  # kind, record id, case id
        self.search_panel: SearchPanel | None = None
        self.setAcceptDrops(True)
        self.setStatusBar(IsolatingStatusBar())  # messages keep their order right-to-left
        fit_to_screen(self, 1180, 760)  # at most what the screen holds (issue 14)

        self.stack = QStackedWidget()
        self.content = QStackedWidget()
        self.unlock_panel = UnlockPanel(self.folder, cancel_text=self.tr("Quit"))
        self.unlock_panel.unlocked.connect(self._unlocked)
        self.unlock_panel.cancelled.connect(self.close)
        self.stack.addWidget(self.content)
        self.stack.addWidget(_centered(self.unlock_panel))
        self.setCentralWidget(self.stack)

        self.actions = build_actions(self, self)
        self.sections_action = install_sections_action(self, self.edit_sections)
        self.backup_action = install_backup_action(self)  # File ▸ Back up…
        self.intake = IntakeController(self)
        self.intake.finished.connect(self._intake_finished)
        self.idle = IdleLock(prefs.idle_lock_minutes * 60_000, self)
        self.idle.idle.connect(self._idle_timeout)
        self._open(book)

    # -- unlocking and locking -------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.workspace is None

    def _open(self, book: Casebook) -> None:
        self.workspace = Workspace(book, self)
        self.editing = Editing(self.workspace, self)
        self.editing.saved.connect(lambda text: self.statusBar().showMessage(text, 3000))
        self.editing.refused.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.editing.failed.connect(lambda exc: show_error(self, exc))
        self.editing.undo_stack.canUndoChanged.connect(self.actions.undo.setEnabled)
        self.editing.undo_stack.canRedoChanged.connect(self.actions.redo.setEnabled)
        self.view = CaseWorkspace(self.editing)
        self.view.tree.selectionModel().currentChanged.connect(self._navigated)
        self.view.section.add_requested.connect(self._add_in_section)
        self.view.person_editor.identity_requested.connect(self.show_identity)
        self.view.testimony_editor.identity_requested.connect(self.show_identity)
        self.view.testimony_editor.open_testimony.connect(
            lambda tid: self.navigate_to("testimony", tid)
        )
        self.view.evidence_page.item_shown.connect(self._evidence_shown)
        self.view.matrix_view.navigate.connect(
            lambda kind, rid, para: self.navigate_to(kind, rid, para)
        )
        self.view.patterns_view.navigate.connect(
            lambda kind, rid, para: self.navigate_to(kind, rid, para)
        )
        self.view.charges_page.open_charge.connect(lambda cid: self.navigate_to("charge", cid))
        self.view.evidence_page.editor.viewer.exported.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.workspace.structure_changed.connect(self._rebuild_navigator)
        self.content.addWidget(self.view)
        self.content.setCurrentWidget(self.view)
        self.stack.setCurrentIndex(0)
        for action in self.actions.needing_casebook():
            action.setEnabled(True)
        self.actions.undo.setEnabled(False)
        self.actions.redo.setEnabled(False)
        self.setWindowTitle(self.tr("{folder} — Casebook").format(folder=self.folder.name))
        self._rebuild_navigator()
        user = self.workspace.user_name()
        message = (
            self.tr("Unlocked as {name}.").format(name=isolate(user))
            if user
            else self.tr("Unlocked.")
        )
        self.statusBar().showMessage(message, 4000)
        self.idle.set_interval(self.prefs.idle_lock_minutes * 60_000)
        self.idle.start()

    def lock(self) -> None:
        """Hide everything and drop the key; safe to call twice."""
        if self.locked or self.view is None or self.workspace is None:
            return
        self.idle.stop()
        self.intake.cancel_and_wait()
        self.view.commit_pending()
        self._close_dialogs()
        self.view.clear()
        self.content.removeWidget(self.view)
        self.view.deleteLater()
        self.view = None
        if self.editing is not None:
            self.editing.undo_stack.clear()
            self.editing.deleteLater()
            self.editing = None
        workspace, self.workspace = self.workspace, None
        workspace.close()
        workspace.deleteLater()
        for action in self.actions.needing_casebook():
            action.setEnabled(False)
        self.unlock_panel.set_folder(
            self.folder, self.tr("The casebook was locked. Unlock it to continue where you were.")
        )
        self.unlock_panel.reset()
        self.stack.setCurrentIndex(1)
        self.setWindowTitle(self.tr("Locked — Casebook"))
        self.statusBar().showMessage(self.tr("Locked."))
        self.unlock_panel.passphrase.setFocus()

    def quit(self) -> None:
        """File ▸ Quit (Ctrl+Q): lock first (saves, closes dialogs, drops the key), then close."""
        self.lock()
        self.close()

    def _idle_timeout(self) -> None:
        self.lock()

    def _close_dialogs(self) -> None:
        if self.search_panel is not None:
            self.search_panel.clear()
            self.search_panel.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self:
                widget.reject()

    def _unlocked(self, book: Casebook) -> None:
        previous = self.current
        self._open(book)
        if previous[0]:
            self.navigate_to(previous[0], previous[1], case_id=previous[2])
        if self.intake.pending_summary:
            summary, self.intake.pending_summary = self.intake.pending_summary, None
            QMessageBox.information(self, self.tr("Adding evidence was cancelled"), summary)

    # -- navigation ------------------------------------------------------------------------------

    def _rebuild_navigator(self) -> None:
        if self.view is None or self.workspace is None:
            return
        kind, record_id, case_id = self.current
        tree = self.view.tree
        expanded = {
            record_of(index) for index in _all_indexes(self.view.model) if tree.isExpanded(index)
        }
        tree.selectionModel().blockSignals(True)
        self.view.model.rebuild(self.workspace)
        for index in _all_indexes(self.view.model):
            key = record_of(index)
            if key in expanded or (key[0] == "case" and self.view.model.rowCount() == 1):
                tree.expand(index)
        tree.selectionModel().blockSignals(False)
        target = self._navigator_index(kind, record_id, case_id)
        if target.isValid():
            tree.setCurrentIndex(target)
        elif self.view.model.rowCount():
            tree.setCurrentIndex(self.view.model.index(0, 0))

    def _navigator_index(self, kind: str, record_id: str, case_id: str) -> QModelIndex:
        assert self.view is not None
        if kind == "evidence":
            return self.view.model.find("section:evidence", "", case_id)
        if kind.startswith("section:"):
            return self.view.model.find(kind, "", case_id)
        return self.view.model.find(kind, record_id) if kind else QModelIndex()

    def _navigated(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind, record_id, case_id = record_of(current)
        if (
            kind == "section:evidence"
            and self.current[0] == "evidence"
            and (self.current[2] == case_id)
        ):
            return  # keep the chosen item
        self._show(kind, record_id, case_id)

    def _show(self, kind: str, record_id: str, case_id: str, paragraph: int = 0) -> None:
        view = self.view
        if view is None:
            return
        self.current = (kind, record_id, case_id)
        try:
            if kind == "section:evidence" or kind == "evidence":
                view.editors.setCurrentWidget(view.evidence_page)
                if kind == "evidence":
                    view.evidence_page.show_item(case_id, record_id)
                else:
                    view.evidence_page.show_case(case_id)
            elif (page := view.case_view_for(kind)) is not None:
                page.show_case(case_id)  # type: ignore[attr-defined]
                view.editors.setCurrentWidget(page)
            elif kind == "more":  # the row after a section's first rows: the rest are searched
                view.editors.setCurrentWidget(view.empty)
                self.open_search()
            elif kind == "charge":
                view.matrix_view.show_case(case_id, [record_id])
                view.editors.setCurrentWidget(view.matrix_view)
            elif kind.startswith("section:"):
                key = kind.split(":", 1)[1]
                title = next((s.title for s in SECTIONS if s.key == key), key)
                hint, button = (
                    QCoreApplication.translate("MainWindow", text) if text else ""
                    for text in SECTION_HINTS.get(key, ("", ""))
                )
                view.section.show_section(key, title, case_id, hint, button)
                view.editors.setCurrentWidget(view.section)
            elif (editor := view.editor_for(kind)) is not None:
                editor.show_record(record_id)  # type: ignore[attr-defined]
                view.editors.setCurrentWidget(editor)
                if kind == "testimony" and paragraph:
                    view.testimony_editor.focus_paragraph(paragraph)
            else:
                view.editors.setCurrentWidget(view.empty)
        except CasebookError as exc:
            show_error(self, exc)

    def _evidence_shown(self, item_id: str) -> None:
        if self.view is not None:
            self.current = ("evidence", item_id, self.view.evidence_page.case_id)

    def navigate_to(self, kind: str, record_id: str, paragraph: int = 0, case_id: str = "") -> None:
        """Select a record in the navigator and open it (from search, history, unlock)."""
        if self.view is None or self.workspace is None:
            return
        if not case_id and record_id:
            try:
                record = self.workspace.get(kind, record_id)
            except CasebookError as exc:
                show_error(self, exc)
                return
            case_id = getattr(record, "case_id", "") or record_id
        self.current = (kind, record_id, case_id)
        index = self._navigator_index(kind, record_id, case_id)
        if index.isValid():
            self.view.tree.selectionModel().blockSignals(True)
            self.view.tree.setCurrentIndex(index)
            self.view.tree.scrollTo(index)
            self.view.tree.selectionModel().blockSignals(False)
        self._show(kind, record_id, case_id, paragraph)

    def current_case_id(self) -> str:
        if self.current[2]:
            return self.current[2]
        cases = self.workspace.cases() if self.workspace else []
        return cases[0].id if len(cases) == 1 else ""

    # -- commands --------------------------------------------------------------------------------

    def _need_case(self) -> str:
        case_id = self.current_case_id()
        if not case_id:
            show_error(self, self.tr("Choose a case in the navigator first, or create one."))
        return case_id

    def _run_add(self, dialog: QDialog, kind: str) -> None:
        dialog.setParent(self, dialog.windowFlags())
        dialog.setModal(True)
        dialog.finished.connect(lambda result: self._added(dialog, kind, result))
        dialog.open()

    def _added(self, dialog: QDialog, kind: str, result: int) -> None:
        record = getattr(dialog, "result_record", None)
        if result == QDialog.DialogCode.Accepted and record is not None:
            self.navigate_to(kind, record.id, case_id=getattr(record, "case_id", record.id))
            self.statusBar().showMessage(self.tr("Saved"), 3000)
        dialog.deleteLater()

    def new_case(self) -> None:
        if self.workspace is not None:
            self._run_add(new_case_dialog(self.workspace), "case")

    def new_testimony(self) -> None:
        if self.workspace is not None and (case_id := self._need_case()):
            self._run_add(new_testimony_dialog(self.workspace, case_id), "testimony")

    def new_incident(self) -> None:
        if self.workspace is not None and (case_id := self._need_case()):
            self._run_add(new_incident_dialog(self.workspace, case_id), "incident")

    def new_person(self) -> None:
        if self.workspace is not None and (case_id := self._need_case()):
            self._run_add(new_person_dialog(self.workspace, case_id), "person")

    def _add_in_section(self, key: str, case_id: str) -> None:
        self.current = (f"section:{key}", "", case_id)
        {"incidents": self.new_incident, "persons": self.new_person,
         "testimonies": self.new_testimony}.get(key, lambda: None)()  # fmt: skip

    def add_evidence(self) -> None:
        if self.workspace is None or not (case_id := self._need_case()):
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence"), str(Path.home()))
        if files:
            self.ask_before_intake(case_id, [Path(f) for f in files])

    def ask_before_intake(self, case_id: str, paths: list[Path]) -> QDialog | None:
        """Ask whether the files are originals or copies (optional), then take them in."""
        if self.workspace is None:
            return None
        dialog = add_evidence_dialog(self.workspace, paths)
        dialog.setParent(self, dialog.windowFlags())
        dialog.setModal(True)
        dialog.finished.connect(lambda result: self._asked(dialog, case_id, paths, result))
        dialog.open()
        return dialog

    def _asked(self, dialog: QDialog, case_id: str, paths: list[Path], result: int) -> None:
        details = getattr(dialog, "result_record", None)
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and details is not None:
            self.take_in(case_id, paths, details)

    def take_in(
        self, case_id: str, paths: list[Path], details: IntakeDetails | None = None
    ) -> None:
        if self.workspace is None:
            return
        if not self.intake.start(self.workspace.book, case_id, paths, details):
            show_error(
                self, self.tr("Wait until the files being added now are done, then try again.")
            )

    def _intake_finished(self, outcome: IntakeOutcome) -> None:
        if self.locked:
            self.intake.pending_summary = (
                self.tr(
                    "The casebook was locked while files were being added, so adding them was "
                    "stopped. Add the cancelled files again."
                )
                + "\n\n"
                + outcome.summary()
            )
            return
        assert self.workspace is not None and self.view is not None
        self.workspace.refresh()
        case_id = self.current_case_id()
        if outcome.item_ids and case_id:
            self.navigate_to("evidence", outcome.item_ids[0], case_id=case_id)
        self.statusBar().showMessage(
            self.tr("{added} added, {duplicates} already present, {failed} failed.").format(
                added=len(outcome.added),
                duplicates=len(outcome.duplicates),
                failed=len(outcome.failed),
            ),
            8000,
        )
        if outcome.duplicates or outcome.failed or outcome.cancelled:
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Evidence added"), outcome.summary()
            )
            box.setObjectName("intakeSummary")
            box.setParent(self, box.windowFlags())
            box.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.locked and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and (case_id := self._need_case()):
            event.acceptProposedAction()
            self.ask_before_intake(case_id, paths)

    def open_search(self) -> None:
        if self.workspace is None:
            return
        if self.search_panel is None:
            self.search_panel = SearchPanel(self)
            self.search_panel.navigate.connect(
                lambda kind, rid, para: self.navigate_to(kind, rid, para)
            )
            self.search_panel.landed.connect(self._search_landed)
        self.search_panel.open_for(self.workspace)

    def _search_landed(self, testimony_id: str, paragraph: int, start: int, end: int) -> None:
        if self.view is not None:
            self.view.testimony_editor.show_match(testimony_id, paragraph, start, end)

    def export_bundle(self) -> ExportDialog | None:
        """File ▸ Export complaint bundle… for the case in view."""
        if self.workspace is None or not (case_id := self._need_case()):
            return None
        if self.view is not None:
            self.view.commit_pending()
        dialog = ExportDialog(self.workspace, case_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_sections(self) -> SectionsEditor | None:
        """Case ▸ Complaint sections… for the case in view (analysis/sections_editor.py)."""
        if self.workspace is None or not (case_id := self._need_case()):
            return None
        if self.view is not None:
            self.view.commit_pending()
        dialog = SectionsEditor(self.workspace, case_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_identity(self, person_id: str) -> None:
        if self.editing is None:
            return
        try:
            dialog = IdentityDialog(self.editing, person_id, self)
        except CasebookError as exc:
            show_error(self, exc)
            return
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def seal_testimony(self) -> None:
        if self.view is not None and self.current[0] == "testimony":
            self.view.testimony_editor.seal()
        else:
            show_error(self, self.tr("Open a testimony first; sealing applies to the one shown."))

    def undo(self) -> None:
        if self.editing is not None:
            self.editing.undo_stack.undo()

    def redo(self) -> None:
        if self.editing is not None:
            self.editing.undo_stack.redo()

    def toggle_navigator(self) -> None:
        if self.view is not None:
            self.view.tree.setVisible(self.actions.show_navigator.isChecked())

    def reload_all(self) -> None:
        if self.workspace is not None:
            self.workspace.refresh()

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.prefs, self)
        dialog.accepted.connect(
            lambda: self.idle.set_interval(self.prefs.idle_lock_minutes * 60_000)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td>{name}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>"
            for name, keys in shortcut_table(self.actions)
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Casebook"), self.about_text())

    def about_text(self) -> str:
        """What Casebook is, and the interface languages with the state of each translation."""
        lines = [
            self.tr(
                "Casebook keeps testimony and evidence in an encrypted folder, for people who "
                "document atrocity crimes. It locks itself when idle and on Ctrl+L."
            ),
            "",
            self.tr("Languages of the interface:"),
        ]
        offered = {lang.code for lang in translation.offered_languages()}
        for lang in translation.languages():  # endonyms are not translated
            state = (
                self.tr("draft translation — needs review by a native speaker")
                if lang.code in offered
                else self.tr(
                    "draft translation — needs review by a native speaker; not complete yet, "
                    "so not offered in Preferences"
                )
            )
            lines.append(
                self.tr("{endonym} ({english}): {state}").format(
                    endonym=lang.endonym, english=lang.english, state=state
                )
            )
        return "\n".join(lines)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.intake.running and self.workspace is not None:
            self.intake.cancel_and_wait()
        if self.view is not None:
            self.view.commit_pending()
        self._close_dialogs()
        if self.workspace is not None:
            self.idle.stop()
            self.workspace.close()
            self.workspace = None
        event.accept()


def _centered(widget: QWidget) -> QWidget:
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.addWidget(widget, 1, 1)
    grid.setRowStretch(0, 1)
    grid.setRowStretch(2, 2)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(2, 1)
    widget.setMinimumWidth(420)
    widget.setMaximumWidth(560)
    return holder


def _all_indexes(model: NavigatorModel) -> list[QModelIndex]:
    found: list[QModelIndex] = []
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        found.append(index)
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    return found
