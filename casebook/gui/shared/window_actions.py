"""The main window's actions, menus and toolbar, with a shortcut on every common action.

Kept apart from the window so the list of commands and their keys reads in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt
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
        new_case=_action(window, "New &case…", t.new_case, ["Ctrl+Shift+N"]),
        new_testimony=_action(window, "New &testimony…", t.new_testimony, ["Ctrl+Shift+T"]),
        new_incident=_action(window, "New &incident…", t.new_incident, ["Ctrl+Shift+E"]),
        new_person=_action(window, "New &person…", t.new_person, ["Ctrl+Shift+P"]),
        add_evidence=_action(
            window,
            "Add &evidence…",
            t.add_evidence,
            ["Ctrl+I"],
            "Add files as evidence (or drop them on the window)",
        ),
        export_bundle=_action(
            window,
            "E&xport complaint bundle…",
            t.export_bundle,
            ["Ctrl+Shift+X"],
            "Export a complaint bundle (PDF, exhibits, signed manifest) for a prosecutor",
        ),
        lock=_action(window, "&Lock", t.lock, ["Ctrl+L"], "Lock the casebook now"),
        preferences=_action(window, "&Preferences…", t.edit_preferences, ["Ctrl+,"]),
        quit=_action(window, "&Quit", t.quit, [Key.Quit, "Ctrl+Q"], "Lock the casebook and quit"),
        undo=_action(window, "&Undo", t.undo, [Key.Undo]),
        redo=_action(window, "&Redo", t.redo, [Key.Redo, "Ctrl+Y"]),
        search=_action(
            window,
            "&Search…",
            t.open_search,
            ["Ctrl+K", "Ctrl+F"],
            "Search testimony, evidence and incidents",
        ),
        seal=_action(window, "&Seal testimony…", t.seal_testimony, ["Ctrl+Shift+S"]),
        show_navigator=_action(window, "&Navigator", t.toggle_navigator, ["Ctrl+Shift+B"]),
        refresh=_action(window, "&Reload", t.reload_all, [Key.Refresh, "F5"]),
        shortcuts=_action(window, "&Keyboard shortcuts", t.show_shortcuts),
        guide=_action(
            window, "&User guide", t.show_guide, [Key.HelpContents, "F1"], "The guide, offline"
        ),
        about=_action(window, "&About Casebook", t.show_about),
        identities=_action(
            window, "&Identities…", t.show_identities, [], "Your identity and colleagues'"
        ),
        send_package=_action(
            window,
            "&Send case package…",
            t.send_package,
            ["Ctrl+Shift+K"],
            "Send a case, encrypted and signed, to verified colleagues",
        ),
        import_package=_action(
            window,
            "I&mport package…",
            t.import_package,
            ["Ctrl+Shift+M"],
            "Check and import a colleague's case package",
        ),
        conflicts=_action(window, "&Conflicts…", t.show_conflicts, [], "Decide merge conflicts"),
        review=_action(
            window, "&Review of this case…", t.review_case, ["Ctrl+Shift+R"], "Review status"
        ),
        supervisor_access=_action(
            window,
            "Supervisor &access…",
            t.supervisor_access,
            [],
            "Let a verified supervisor open this casebook with their own key",
        ),
        change_passphrase=_action(
            window,
            "C&hange passphrase…",
            t.change_passphrase,
            [],
            "Choose a new passphrase (the current one is asked first)",
        ),
        new_recovery_key=_action(
            window,
            "New rec&overy key…",
            t.new_recovery_key,
            [],
            "Replace the recovery key (the old one stops working)",
        ),
        verify=_action(
            window,
            "&Verify casebook…",
            t.verify_casebook,
            [],
            "Check every file, record and signature, and show the report",
        ),
        toolbar=QToolBar("Main toolbar"),
    )
    # Locking must work from any window of the app (search panel, identity dialog…).
    a.lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    a.show_navigator.setCheckable(True)
    a.show_navigator.setChecked(True)
    a.quit.setMenuRole(QAction.MenuRole.QuitRole)
    a.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    a.about.setMenuRole(QAction.MenuRole.AboutRole)

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    for action in (
        a.new_case, a.add_evidence, None, a.export_bundle, None, a.lock, a.change_passphrase,
        a.new_recovery_key, a.verify, None, a.preferences, None, a.quit,
    ):  # fmt: skip
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = bar.addMenu("&Edit")
    for action in (a.undo, a.redo, None, a.search):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    case_menu = bar.addMenu("&Case")
    for action in (a.new_testimony, a.new_incident, a.new_person, a.add_evidence, None, a.seal):
        case_menu.addSeparator() if action is None else case_menu.addAction(action)
    exchange_menu = bar.addMenu("E&xchange")
    for action in (
        a.identities, None, a.send_package, a.import_package, a.conflicts, None, a.review,
        None, a.supervisor_access,
    ):  # fmt: skip
        exchange_menu.addSeparator() if action is None else exchange_menu.addAction(action)
    view_menu = bar.addMenu("&View")
    view_menu.addAction(a.show_navigator)
    view_menu.addAction(a.refresh)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(a.guide)
    help_menu.addAction(a.shortcuts)
    help_menu.addAction(a.about)

    toolbar = a.toolbar
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for action in (a.new_case, a.new_testimony, a.add_evidence, None, a.search, None, a.lock):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    window.addToolBar(toolbar)
    return a


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
