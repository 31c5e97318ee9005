"""Exchange ▸ Review of this case…: status, comments and the supervisor's signed sign-off.

Every review step is a signed event (``casebook.core.exchange.review``), never an edit, so
it merges without conflicts. Which statuses a user may set is the core's rule by role:
documenters submit (or withdraw to draft), supervisors move it through review and approve.
An approval signs the case's content; it shows as outdated once the case changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.core.errors import CasebookError

from ..shared.errors_dialog import show_error
from ..shared.screen_fit import fit_to_screen
from ..shared.workspace import Workspace
from . import exchange_service as service


class ReviewPanel(QDialog):
    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.workspace = workspace
        self.case_id = case_id
        case = workspace.get("case", case_id)
        self.setWindowTitle(f"Review of {case.reference}")

        self.current = QLabel()
        self.current.setObjectName("reviewStatus")
        self.current.setWordWrap(True)
        self.signoff = QLabel()
        self.signoff.setObjectName("signOff")
        self.signoff.setWordWrap(True)
        self.signoff.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_choice = QComboBox()
        self.status_choice.setAccessibleName("New review status")
        for status in service.statuses_i_can_set(workspace):
            self.status_choice.addItem(service.STATUS_LABELS[status], status)
        self.set_button = QPushButton("Set status (signed)")
        self.set_button.clicked.connect(lambda: self.set_status(self.status_choice.currentData()))
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel("Change to:"))
        status_row.addWidget(self.status_choice, 1)
        status_row.addWidget(self.set_button)
        status_box = QGroupBox("Status")
        status_layout = QVBoxLayout(status_box)
        status_layout.addWidget(self.current)
        status_layout.addWidget(self.signoff)
        status_layout.addLayout(status_row)
        if service.my_role(workspace) == "supervisor":
            self.approve_button = QPushButton("Approve and sign off")
            self.approve_button.setObjectName("approveButton")
            self.approve_button.clicked.connect(lambda: self.set_status("approved"))
            status_layout.addWidget(self.approve_button)

        self.comments = QListWidget()
        self.comments.setObjectName("reviewComments")
        self.comments.setAccessibleName("Review comments")
        self.comments.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName("New comment")
        self.comment.setPlaceholderText("A comment for the documenter or the supervisor…")
        self.comment.setMaximumHeight(80)
        add = QPushButton("Add comment")
        add.clicked.connect(self.add_comment)
        comment_row = QHBoxLayout()
        comment_row.addStretch(1)
        comment_row.addWidget(add)
        comments_box = QGroupBox("Comments")
        comments_layout = QVBoxLayout(comments_box)
        comments_layout.addWidget(self.comments, 1)
        comments_layout.addWidget(self.comment)
        comments_layout.addLayout(comment_row)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(status_box)
        layout.addWidget(comments_box, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, 620, 560)
        self.reload()

    def reload(self) -> None:
        states = service.review_of(self.workspace, self.case_id)
        case_state = next((s for s in states if s.target_kind == "case"), None)
        if case_state is None or case_state.status is None:
            self.current.setText("<b>Not submitted for review yet.</b>")
        else:
            label = service.STATUS_LABELS.get(case_state.status, case_state.status)
            self.current.setText(f"<b>{label}</b> — set by {case_state.status_by}")
            index = self.status_choice.findData(case_state.status)
            if index >= 0:
                self.status_choice.setCurrentIndex(index)
        signoff = service.sign_off(self.workspace, self.case_id)
        if signoff is None:
            self.signoff.hide()
        else:
            signature = "signature valid" if signoff.signature_ok else "SIGNATURE INVALID"
            content = (
                "the case is unchanged since"
                if signoff.content_current
                else "the case CHANGED after the approval; it needs a new review"
            )
            self.signoff.setText(
                f"Signed off by {signoff.by} on {signoff.at} ({signature}; {content})."
            )
            self.signoff.show()
        self.comments.clear()
        for state in states:
            where = "" if state.target_kind == "case" else f"[{state.target_kind}] "
            for at, author, text in state.comments:
                self.comments.addItem(f"{service.when(at)} {author}: {where}{text}")
            for at, author, status, why in state.uncounted:
                label = service.STATUS_LABELS.get(status, status)
                self.comments.addItem(
                    f"{service.when(at)} {author}: {where}{label} — not counted ({why})"
                )
        if not self.comments.count():
            self.comments.addItem("No comments yet.")

    def status_text(self) -> str:
        return self.current.text()

    def comment_lines(self) -> list[str]:
        return [self.comments.item(i).text() for i in range(self.comments.count())]

    def set_status(self, status: str | None) -> bool:
        if status is None:
            return False
        try:
            service.add_review_event(self.workspace, self.case_id, status, self.comment_text())
        except CasebookError as exc:
            show_error(self, exc, "The review status was not changed")
            return False
        self.comment.clear()
        self.reload()
        return True

    def comment_text(self) -> str:
        return self.comment.toPlainText()

    def add_comment(self) -> bool:
        try:
            service.add_review_event(self.workspace, self.case_id, None, self.comment_text())
        except CasebookError as exc:
            show_error(self, exc, "The comment was not added")
            return False
        self.comment.clear()
        self.reload()
        return True
