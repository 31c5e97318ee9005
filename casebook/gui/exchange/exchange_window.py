"""The main window's Exchange menu: the dialogs of identities, packages, conflicts, review
and supervisor access, each opened non-modally on the window's workspace.

A mixin so the main window keeps to navigation and editing; every command needs an
unlocked casebook and, where it is about one case, the case in view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from casebook.core.errors import CasebookError

from ..shared.errors_dialog import show_error
from ..shared.workspace import Workspace
from .conflicts_view import ConflictsView
from .identities_dialog import IdentitiesDialog
from .import_package_dialog import ImportPackageDialog
from .package_dialog import PackageDialog
from .review_panel import ReviewPanel
from .supervisor_access_dialog import SupervisorAccessDialog


class ExchangeCommands:
    """Mixed into ``MainWindow`` (which provides ``workspace``, ``view`` and ``_need_case``)."""

    workspace: Workspace | None

    def _open_exchange(self, make: Callable[[Workspace], QDialog]) -> QDialog | None:
        if self.workspace is None:
            return None
        view = getattr(self, "view", None)
        if view is not None:
            view.commit_pending()
        try:
            dialog = make(self.workspace)
        except CasebookError as exc:
            show_error(self, exc)  # type: ignore[arg-type]
            return None
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_identities(self) -> IdentitiesDialog | None:
        return self._open_exchange(lambda ws: IdentitiesDialog(ws, self))  # type: ignore[return-value,arg-type]

    def send_package(self) -> PackageDialog | None:
        case_id = self.current_case_id()  # type: ignore[attr-defined]
        return self._open_exchange(lambda ws: PackageDialog(ws, case_id, self))  # type: ignore[return-value,arg-type]

    def import_package(self) -> ImportPackageDialog | None:
        return self._open_exchange(lambda ws: ImportPackageDialog(ws, self))  # type: ignore[return-value,arg-type]

    def show_conflicts(self) -> ConflictsView | None:
        return self._open_exchange(lambda ws: ConflictsView(ws, self))  # type: ignore[return-value,arg-type]

    def review_case(self) -> ReviewPanel | None:
        if self.workspace is None or not (case_id := self._need_case()):  # type: ignore[attr-defined]
            return None
        return self._open_exchange(lambda ws: ReviewPanel(ws, case_id, self))  # type: ignore[return-value,arg-type]

    def supervisor_access(self) -> SupervisorAccessDialog | None:
        return self._open_exchange(lambda ws: SupervisorAccessDialog(ws, self))  # type: ignore[return-value,arg-type]
