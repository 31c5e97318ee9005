"""The main window's actions, menus and toolbar, with a shortcut on every common action.

Kept apart from the window so the list of commands and their keys reads in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

Key = QKeySequence.StandardKey


class ActionTarget(Protocol):
    """The slots the actions call (the main window provides them)."""

    def new_case(self) -> None: ...
    def new_testimony(self) -> None: ...
    def new_incident(self) -> None: ...
    def new_person(self) -> None: ...
    def add_evidence(self) -> None: ...
    def export_bundle(self) -> None: ...
    def lock(self) -> None: ...
    def edit_preferences(self) -> None: ...
    def close(self) -> bool: ...
    def quit(self) -> None: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def open_search(self) -> None: ...
    def seal_testimony(self) -> None: ...
    def toggle_navigator(self) -> None: ...
    def reload_all(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def show_guide(self) -> object: ...
    def show_about(self) -> None: ...
    def show_identities(self) -> object: ...
    def send_package(self) -> object: ...
    def import_package(self) -> object: ...
    def show_conflicts(self) -> object: ...
    def review_case(self) -> object: ...
    def supervisor_access(self) -> object: ...
    def change_passphrase(self) -> object: ...
    def new_recovery_key(self) -> object: ...
    def verify_casebook(self) -> object: ...


@dataclass
class WindowActions:
    new_case: QAction
    new_testimony: QAction
    new_incident: QAction
    new_person: QAction
    add_evidence: QAction
    export_bundle: QAction
    lock: QAction
    preferences: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    search: QAction
    seal: QAction
    show_navigator: QAction
    refresh: QAction
    shortcuts: QAction
    guide: QAction
    about: QAction
    identities: QAction
    send_package: QAction
    import_package: QAction
    conflicts: QAction
    review: QAction
    supervisor_access: QAction
    change_passphrase: QAction
    new_recovery_key: QAction
    verify: QAction
    toolbar: QToolBar

    def needing_casebook(self) -> list[QAction]:
        """Disabled while locked."""
        return [
            self.new_case, self.new_testimony, self.new_incident, self.new_person,
            self.add_evidence, self.export_bundle, self.lock, self.undo, self.redo, self.search,
            self.seal,
            self.refresh, self.show_navigator, self.identities, self.send_package,
            self.import_package, self.conflicts, self.review, self.supervisor_access,
            self.change_passphrase, self.new_recovery_key, self.verify,
        ]  # fmt: skip


def distinct_keys(keys: list[QKeySequence | Key | str]) -> list[QKeySequence]:
    """Each key sequence once, in order; a standard key expands to this platform's bindings.

    ``[Key.Refresh, "F5"]`` gave F5 twice on Linux, and Qt then reports "Ambiguous shortcut
    overload" and runs neither (F1, F5 and Ctrl+Q did nothing; issue 14).
    """
    found: list[QKeySequence] = []
    for key in keys:
        for sequence in QKeySequence.keyBindings(key) if isinstance(key, Key) else [key]:
            sequence = QKeySequence(sequence)
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
    return found


def _action(
    window: QMainWindow,
    text: str,
    slot: Callable[[], object],
    keys: list[QKeySequence | Key | str] | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts(distinct_keys(keys))
    plain = text.replace("&", "").rstrip("…")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip or plain} ({shortcut})" if shortcut else (tip or plain))
    action.setStatusTip(tip or plain)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work even when menus are hidden
    return action


def build_actions(window: QMainWindow, target: ActionTarget) -> WindowActions:
    """``target`` provides the slots (the main window itself)."""
    t = target
    a = WindowActions(
        new_case=_action(
            window,
            QCoreApplication.translate("MainWindow", "New &case…"),
            t.new_case,
            ["Ctrl+Shift+N"],
        ),
        new_testimony=_action(
            window,
            QCoreApplication.translate("MainWindow", "New &testimony…"),
            t.new_testimony,
            ["Ctrl+Shift+T"],
        ),
        new_incident=_action(
            window,
            QCoreApplication.translate("MainWindow", "New &incident…"),
            t.new_incident,
            ["Ctrl+Shift+E"],
        ),
        new_person=_action(
            window,
            QCoreApplication.translate("MainWindow", "New &person…"),
            t.new_person,
            ["Ctrl+Shift+P"],
        ),
        add_evidence=_action(
            window,
            QCoreApplication.translate("MainWindow", "Add &evidence…"),
            t.add_evidence,
            ["Ctrl+I"],
            QCoreApplication.translate(
                "MainWindow", "Add files as evidence (or drop them on the window)"
            ),
        ),
        export_bundle=_action(
            window,
            QCoreApplication.translate("MainWindow", "E&xport complaint bundle…"),
            t.export_bundle,
            ["Ctrl+Shift+X"],
            QCoreApplication.translate(
                "MainWindow",
                "Export a complaint bundle (PDF, exhibits, signed manifest) for a prosecutor",
            ),
        ),
        lock=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Lock"),
            t.lock,
            ["Ctrl+L"],
            QCoreApplication.translate("MainWindow", "Lock the casebook now"),
        ),
        preferences=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Preferences…"),
            t.edit_preferences,
            ["Ctrl+,"],
        ),
        quit=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Quit"),
            t.quit,
            [Key.Quit, "Ctrl+Q"],
            QCoreApplication.translate("MainWindow", "Lock the casebook and quit"),
        ),
        undo=_action(window, QCoreApplication.translate("MainWindow", "&Undo"), t.undo, [Key.Undo]),
        redo=_action(
            window, QCoreApplication.translate("MainWindow", "&Redo"), t.redo, [Key.Redo, "Ctrl+Y"]
        ),
        search=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Search…"),
            t.open_search,
            ["Ctrl+K", "Ctrl+F"],
            QCoreApplication.translate("MainWindow", "Search testimony, evidence and incidents"),
        ),
        seal=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Seal testimony…"),
            t.seal_testimony,
            ["Ctrl+Shift+S"],
        ),
        show_navigator=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Navigator"),
            t.toggle_navigator,
            ["Ctrl+Shift+B"],
        ),
        refresh=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Reload"),
            t.reload_all,
            [Key.Refresh, "F5"],
        ),
        shortcuts=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            t.show_shortcuts,
        ),
        guide=_action(
            window,
            QCoreApplication.translate("MainWindow", "&User guide"),
            t.show_guide,
            [Key.HelpContents, "F1"],
            QCoreApplication.translate("MainWindow", "The guide, offline"),
        ),
        about=_action(
            window, QCoreApplication.translate("MainWindow", "&About Casebook"), t.show_about
        ),
        identities=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Identities…"),
            t.show_identities,
            [],
            QCoreApplication.translate("MainWindow", "Your identity and colleagues'"),
        ),
        send_package=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Send case package…"),
            t.send_package,
            ["Ctrl+Shift+K"],
            QCoreApplication.translate(
                "MainWindow", "Send a case, encrypted and signed, to verified colleagues"
            ),
        ),
        import_package=_action(
            window,
            QCoreApplication.translate("MainWindow", "I&mport package…"),
            t.import_package,
            ["Ctrl+Shift+M"],
            QCoreApplication.translate("MainWindow", "Check and import a colleague's case package"),
        ),
        conflicts=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Conflicts…"),
            t.show_conflicts,
            [],
            QCoreApplication.translate("MainWindow", "Decide merge conflicts"),
        ),
        review=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Review of this case…"),
            t.review_case,
            ["Ctrl+Shift+R"],
            QCoreApplication.translate("MainWindow", "Review status"),
        ),
        supervisor_access=_action(
            window,
            QCoreApplication.translate("MainWindow", "Supervisor &access…"),
            t.supervisor_access,
            [],
            QCoreApplication.translate(
                "MainWindow", "Let a verified supervisor open this casebook with their own key"
            ),
        ),
        change_passphrase=_action(
            window,
            QCoreApplication.translate("MainWindow", "C&hange passphrase…"),
            t.change_passphrase,
            [],
            QCoreApplication.translate(
                "MainWindow", "Choose a new passphrase (the current one is asked first)"
            ),
        ),
        new_recovery_key=_action(
            window,
            QCoreApplication.translate("MainWindow", "New rec&overy key…"),
            t.new_recovery_key,
            [],
            QCoreApplication.translate(
                "MainWindow", "Replace the recovery key (the old one stops working)"
            ),
        ),
        verify=_action(
            window,
            QCoreApplication.translate("MainWindow", "&Verify casebook…"),
            t.verify_casebook,
            [],
            QCoreApplication.translate(
                "MainWindow", "Check every file, record and signature, and show the report"
            ),
        ),
        toolbar=QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar")),
    )
    # Locking must work from any window of the app (search panel, identity dialog…).
    a.lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    a.show_navigator.setCheckable(True)
    for field in fields(a):  # names code can find them by, whatever the interface language
        getattr(a, field.name).setObjectName(f"{field.name}Action")
    a.show_navigator.setChecked(True)
    a.quit.setMenuRole(QAction.MenuRole.QuitRole)
    a.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    a.about.setMenuRole(QAction.MenuRole.AboutRole)

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.setObjectName("fileMenu")
    for action in (
        a.new_case, a.add_evidence, None, a.export_bundle, None, a.lock, a.change_passphrase,
        a.new_recovery_key, a.verify, a.supervisor_access, None, a.preferences, None, a.quit,
    ):  # fmt: skip
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.setObjectName("editMenu")
    for action in (a.undo, a.redo, None, a.search):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    case_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Case"))
    case_menu.setObjectName("caseMenu")
    for action in (a.new_testimony, a.new_incident, a.new_person, a.add_evidence, None, a.seal):
        case_menu.addSeparator() if action is None else case_menu.addAction(action)
    exchange_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "E&xchange"))
    exchange_menu.setObjectName("exchangeMenu")
    for action in (
        a.identities, None, a.send_package, a.import_package, a.conflicts, None, a.review,
        None, a.supervisor_access,
    ):  # fmt: skip
        exchange_menu.addSeparator() if action is None else exchange_menu.addAction(action)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.setObjectName("viewMenu")
    view_menu.addAction(a.show_navigator)
    view_menu.addAction(a.refresh)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")
    help_menu.addAction(a.guide)
    help_menu.addAction(a.shortcuts)
    help_menu.addAction(a.about)

    toolbar = a.toolbar
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for action in (a.new_case, a.new_testimony, a.add_evidence, None, a.search, None, a.lock):
        if action is None:
            toolbar.addSeparator()
            continue
        action.setIconText(toolbar_text(action.text()))
        toolbar.addAction(action)
    window.addToolBar(toolbar)
    return a


def toolbar_text(menu_text: str) -> str:
    """A menu text without its access key, for a toolbar button.

    Qt drops only the "&" itself, so a translation that writes the key after the word, as
    Lao, Burmese, Thai, Khmer and Arabic menus do ("ປິດ (&Q)"), showed "(Q)" on the button.
    """
    text = re.sub(r"\s*\(&[^()]\)", "", menu_text)
    return re.sub(r"&(.)", r"\1", text).removesuffix("…").strip()


def shortcut_table(actions: WindowActions) -> list[tuple[str, str]]:
    rows = []
    for action in (
        actions.new_case, actions.new_testimony, actions.new_incident, actions.new_person,
        actions.add_evidence, actions.export_bundle, actions.search, actions.undo, actions.redo,
        actions.seal, actions.send_package, actions.import_package, actions.review,
        actions.lock, actions.show_navigator, actions.refresh, actions.preferences, actions.quit,
    ):  # fmt: skip
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows
