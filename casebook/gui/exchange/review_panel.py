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
        self.setWindowTitle(self.tr("Review of {reference}").format(reference=case.reference))

        self.current = QLabel()
        self.current.setObjectName("reviewStatus")
        self.current.setWordWrap(True)
        self.signoff = QLabel()
        self.signoff.setObjectName("signOff")
        self.signoff.setWordWrap(True)
        self.signoff.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_choice = QComboBox()
        self.status_choice.setAccessibleName(self.tr("New review status"))
        for status in service.statuses_i_can_set(workspace):
            self.status_choice.addItem(service.status_label(status), status)
        self.set_button = QPushButton(self.tr("Set status (signed)"))
        self.set_button.clicked.connect(lambda: self.set_status(self.status_choice.currentData()))
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Change to:")))
        status_row.addWidget(self.status_choice, 1)
        status_row.addWidget(self.set_button)
        status_box = QGroupBox(self.tr("Status"))
        status_layout = QVBoxLayout(status_box)
        status_layout.addWidget(self.current)
        status_layout.addWidget(self.signoff)
        status_layout.addLayout(status_row)
        if service.my_role(workspace) == "supervisor":
            self.approve_button = QPushButton(self.tr("Approve and sign off"))
            self.approve_button.setObjectName("approveButton")
            self.approve_button.clicked.connect(lambda: self.set_status("approved"))
            status_layout.addWidget(self.approve_button)

        self.comments = QListWidget()
        self.comments.setObjectName("reviewComments")
        self.comments.setAccessibleName(self.tr("Review comments"))
        self.comments.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("New comment"))
        self.comment.setPlaceholderText(self.tr("A comment for the documenter or the supervisor…"))
        self.comment.setMaximumHeight(80)
        add = QPushButton(self.tr("Add comment"))
        add.clicked.connect(self.add_comment)
        comment_row = QHBoxLayout()
        comment_row.addStretch(1)
        comment_row.addWidget(add)
        comments_box = QGroupBox(self.tr("Comments"))
        comments_layout = QVBoxLayout(comments_box)
        comments_layout.addWidget(self.comments, 1)
        comments_layout.addWidget(self.comment)
        comments_layout.addLayout(comment_row)
        close = QPushButton(self.tr("Close"))
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
            self.current.setText(self.tr("<b>Not submitted for review yet.</b>"))
        else:
            label = service.status_label(case_state.status)
            self.current.setText(
                self.tr("<b>{status}</b> — set by {person}").format(
                    status=label, person=case_state.status_by
                )
            )
            index = self.status_choice.findData(case_state.status)
            if index >= 0:
                self.status_choice.setCurrentIndex(index)
        signoff = service.sign_off(self.workspace, self.case_id)
        if signoff is None:
            self.signoff.hide()
        else:
            signature = (
                self.tr("signature valid") if signoff.signature_ok else self.tr("SIGNATURE INVALID")
            )
            content = (
                self.tr("the case is unchanged since")
                if signoff.content_current
                else self.tr("the case CHANGED after the approval; it needs a new review")
            )
            self.signoff.setText(
                self.tr("Signed off by {person} on {when} ({signature}; {content}).").format(
                    person=signoff.by, when=signoff.at, signature=signature, content=content
                )
            )
            self.signoff.show()
        self.comments.clear()
        for state in states:
            where = (
                "" if state.target_kind == "case" else f"[{service.kind_word(state.target_kind)}] "
            )
            for at, author, text in state.comments:
                self.comments.addItem(f"{service.when(at)} {author}: {where}{text}")
            for at, author, status, why in state.uncounted:
                self.comments.addItem(
                    self.tr("{when} {author}: {where}{status} — not counted ({why})").format(
                        when=service.when(at),
                        author=author,
                        where=where,
                        status=service.status_label(status),
                        why=why,
                    )
                )
        if not self.comments.count():
            self.comments.addItem(self.tr("No comments yet."))

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
            show_error(self, exc, self.tr("The review status was not changed"))
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
            show_error(self, exc, self.tr("The comment was not added"))
            return False
        self.comment.clear()
        self.reload()
        return True
