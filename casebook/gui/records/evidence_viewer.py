"""Looking at evidence without leaving plaintext on disk.

Images and text are decrypted to memory on a worker thread and shown from there. Other
kinds (audio, video, and PDF while this Qt has no PDF module) can be exported as a copy to
a place the user chooses, after a warning that the copy is not encrypted.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..shared.background import run_in_background
from ..shared.errors_dialog import confirm, show_error
from ..shared.workspace import Workspace

IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff")
TEXT_LIMIT = 2 * 1024 * 1024
HAS_QTPDF = importlib.util.find_spec("PySide6.QtPdf") is not None


class EvidenceViewer(QWidget):
    exported = Signal(str)  # a status message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.workspace: Workspace | None = None
        self.item_id: str | None = None
        self._request = 0
        self._pixmap: QPixmap | None = None

        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName("Evidence image")
        self.image.setMinimumHeight(160)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Evidence text")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        image_scroll = QScrollArea()
        image_scroll.setWidgetResizable(True)
        image_scroll.setWidget(self.image)
        for page in (image_scroll, self.text, self.message):
            self.stack.addWidget(page)

        self.export_button = QPushButton("Export a copy…")
        self.export_button.setAccessibleName("Export an unencrypted copy of this evidence")
        self.export_button.clicked.connect(self.export_copy)
        self.export_button.setEnabled(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)

    def show_item(self, workspace: Workspace, item_id: str) -> None:
        self.workspace, self.item_id = workspace, item_id
        self._request += 1
        request = self._request
        item = workspace.get("evidence", item_id)
        self.export_button.setEnabled(item.blob_id is not None)
        media = (item.media_type or "").split(";")[0]
        if item.blob_id is None:
            self._say("This item has no stored file (a physical item or a note).")
            return
        if media in IMAGE_TYPES or media.startswith("text/"):
            self._say("Decrypting…")
            run_in_background(
                lambda _report: workspace.content_reader(item_id)(),
                lambda data: self._decrypted(request, media, data),
                lambda exc: self._failed(request, exc),
            )
        elif media == "application/pdf" and not HAS_QTPDF:
            self._say(
                "PDF pages cannot be shown here because this installation has no Qt PDF "
                "module. Export a copy to read it in a PDF reader."
            )
        else:
            self._say(
                f"Casebook cannot show {media or 'this kind of file'} itself. Export a copy "
                "to open it in another program."
            )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _decrypted(self, request: int, media: str, data: bytes) -> None:
        if request != self._request:
            return  # the user moved on to another item
        if media.startswith("text/"):
            self.text.setPlainText(data[:TEXT_LIMIT].decode("utf-8", errors="replace"))
            self.stack.setCurrentWidget(self.text)
            return
        image = QImage.fromData(data)
        if image.isNull():
            self._say("The image could not be decoded. Export a copy to try another program.")
            return
        self._pixmap = QPixmap.fromImage(image)
        self._fit()
        self.stack.setCurrentIndex(0)

    def _fit(self) -> None:
        if self._pixmap is not None:
            size = self.stack.size()
            self.image.setPixmap(
                self._pixmap.scaled(
                    max(size.width() - 8, 64),
                    max(size.height() - 8, 64),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self._say("The file could not be shown.")
            show_error(self.window(), exc)

    def export_copy(self) -> None:
        if self.workspace is None or self.item_id is None:
            return
        item = self.workspace.get("evidence", self.item_id)
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export a copy", str(Path.home() / (item.original_filename or item.title))
        )
        if not chosen:
            return
        text = (
            "The copy will not be encrypted: anyone with access to that place can read it. "
            "Keep it on an encrypted drive and delete it when you no longer need it."
        )
        warning = self.workspace.disclosure_warning(self.item_id)
        if warning:
            text += (
                f"\n\nTake care: {warning}. Export it only for your own work, never to give it "
                "to anyone outside the team."
            )
        if not confirm(self, "Export an unencrypted copy?", text, "Export"):
            return
        export = self.workspace.content_exporter(self.item_id, Path(chosen))
        run_in_background(
            lambda _report: export(),
            lambda target: self.exported.emit(f"Exported an unencrypted copy to {target}"),
            lambda exc: show_error(self.window(), exc, "The copy could not be exported"),
        )

    def clear(self) -> None:
        self._request += 1
        self.workspace = self.item_id = None
        self._pixmap = None
        self.image.clear()
        self.text.clear()
        self.message.clear()
        self.export_button.setEnabled(False)
