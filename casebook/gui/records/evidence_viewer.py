"""Looking at evidence without leaving plaintext on disk.

The decrypted bytes come from the vault (``Workspace.content_reader``, the same verified
read the "export a copy" path streams) on a worker thread and stay in memory:

* PDF pages are rendered by QtPdf from a ``QBuffer`` holding the bytes;
* images are decoded from memory with their EXIF orientation applied, and can be zoomed,
  panned (drag) and fitted to the window;
* audio and video play from a ``QBuffer`` through Qt Multimedia
  (``QMediaPlayer.setSourceDevice``); where this installation lacks Qt Multimedia, or the
  player cannot decode the file, the viewer says so and why instead;
* text is shown in the encoding intake detected (``casebook.core.media.media_type``).

Nothing is written to a file. The worker gathers the verified chunks straight into one
``QByteArray`` sized up front (``Workspace.content_streamer``), so while a file is shown the
whole of it is held in memory once, and no more than one extra chunk (1 MiB) on the way.
Measured with a 200 MB (191 MiB) MP4, offscreen: the process grew by 225 MiB once it was
loaded (the 191 MiB buffer, and Qt Multimedia starting), by 256 MiB while it played, and
was back at +44 MiB (libraries loaded) after leaving it; reading it as Python bytes first
had peaked at +422 MiB. Other kinds can be exported as a copy, after a warning that the copy
is not encrypted.
"""

from __future__ import annotations

import codecs
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMetaObject,
    QObject,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook.core.media.media_type import SNIFF_BYTES, sniff_media_type

from ..shared.background import run_in_background
from ..shared.errors_dialog import confirm, show_error
from ..shared.plurals import english_plural
from ..shared.workspace import Workspace

IMAGE_TYPES = (
    "image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff",
)  # fmt: skip
TEXT_LIMIT = 2 * 1024 * 1024
HAS_QTPDF = all(
    importlib.util.find_spec(m) is not None for m in ("PySide6.QtPdf", "PySide6.QtPdfWidgets")
)
HAS_MULTIMEDIA = all(
    importlib.util.find_spec(m) is not None
    for m in ("PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets")
)
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.05, 16.0)


def base_type(media_type: str) -> str:
    return (media_type or "").split(";")[0].strip().lower()


def declared_charset(media_type: str) -> str | None:
    """The ``charset=`` parameter intake recorded with a text type, if any."""
    for part in (media_type or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


def decode_text(data: bytes, media_type: str) -> tuple[str, str]:
    """The text of a file and the name of the encoding it was read in.

    The charset intake recorded wins; otherwise a byte-order mark, then the same sniff
    intake uses (UTF-8, or a legacy Western encoding for mostly-ASCII text). Bytes that do
    not decode are shown as U+FFFD and the encoding name says so.
    """
    encoding = declared_charset(media_type)
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        else:
            encoding = declared_charset(sniff_media_type(data[:SNIFF_BYTES])) or "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "utf-8"
    try:
        return data.decode(encoding), _encoding_name(encoding)
    except UnicodeDecodeError:
        return (
            data.decode(encoding, errors="replace"),
            QCoreApplication.translate(
                "EvidenceViewer", "{encoding} (some bytes could not be read and show as �)"
            ).format(encoding=_encoding_name(encoding)),
        )


def _encoding_name(encoding: str) -> str:
    names = {
        "utf-8": "UTF-8",
        "utf-8-sig": QT_TRANSLATE_NOOP("EvidenceViewer", "UTF-8 with byte-order mark"),
        "utf-16": "UTF-16",
        "iso-8859-1": QT_TRANSLATE_NOOP("EvidenceViewer", "ISO-8859-1 (Latin-1)"),
        "windows-1252": QT_TRANSLATE_NOOP("EvidenceViewer", "Windows-1252 (Western)"),
    }  # the bare names are standards' names, the same in every language
    name = names.get(encoding, encoding)
    return QCoreApplication.translate("EvidenceViewer", name) if encoding in names else name


def memory_device(data: QByteArray, parent: QObject | None = None) -> QBuffer:
    """A read-only in-memory device over ``data`` (shared, not copied)."""
    device = QBuffer(parent)
    device.setData(data)
    device.open(QIODevice.OpenModeFlag.ReadOnly)
    return device


def oriented_image(data: QByteArray, media_type: str = "") -> QImage:
    """The image decoded from memory, turned as its EXIF orientation says.

    The format is named from the media type when known: left to guess, QImageReader asks
    every image plugin to peek at the device while it holds its plugin lock, and this device
    is a Python object, so a peek on the worker thread waits for the interpreter lock; a
    message box opened on the GUI thread meanwhile (its icon needs that plugin lock) then
    waited for ever (seen in test_intake).
    """
    image_format = base_type(media_type).removeprefix("image/").encode("ascii", "ignore")
    device = memory_device(data)
    reader = QImageReader(device, image_format) if image_format else QImageReader(device)
    reader.setAutoTransform(True)
    image = reader.read()
    # The reader goes first: the TIFF plugin's handler touches the device when it is
    # destroyed, and a device freed before it crashed the process (any TIFF exhibit).
    del reader
    device.close()
    return image


def _alive(*objects: object) -> bool:
    """Whether Qt still holds these objects: a decryption may finish after its viewer closed."""
    return all(shiboken6.isValid(o) for o in objects)


@dataclass
class Decrypted:
    """What the worker thread hands back: the bytes, and a decoded image for images."""

    data: QByteArray
    image: QImage | None = None


class ImageView(QGraphicsView):
    """An image that zooms (buttons, Ctrl+wheel or wheel), pans by dragging, and fits."""

    zoomed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceImage")
        self.setAccessibleName(self.tr("Evidence image: drag to pan, wheel to zoom"))
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.fitting = True

    def set_image(self, image: QImage) -> None:
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def clear(self) -> None:
        self.item.setPixmap(QPixmap())

    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self.fitting = True
        if not self.item.pixmap().isNull():
            self.resetTransform()
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
            self.zoomed.emit(self.scale_factor)

    def set_zoom(self, factor: float) -> None:
        factor = min(max(factor, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.fitting = False
        self.resetTransform()
        self.scale(factor, factor)
        self.zoomed.emit(factor)

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.scale_factor * step)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP)
        event.accept()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


class EvidenceViewer(QWidget):
    exported = Signal(str)  # a status message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.setMinimumHeight(360)
        self.workspace: Workspace | None = None
        self.item_id: str | None = None
        self.media = ""
        self._request = 0
        self.device: QBuffer | None = None  # the bytes of the PDF or recording being shown
        self.pdf: Any = None
        self.player: Any = None

        self.image = ImageView()
        self.image.zoomed.connect(lambda f: self.zoom_label.setText(self._percent(f)))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Evidence text"))
        self.message = QLabel()
        self.message.setObjectName("evidenceViewerMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_view: Any = None
        self.media_page: QWidget | None = None
        self.stack = QStackedWidget()
        for page in (self.image, self.text, self.message):
            self.stack.addWidget(page)

        self.info = QLabel()
        self.info.setObjectName("evidenceViewerInfo")
        self.info.setWordWrap(True)  # a narrow pane wraps it instead of scrolling sideways
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.zoom_out = QPushButton("−")  # symbols, the same in every language
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_fit = QPushButton(self.tr("Fit"))
        self.zoom_fit.setAccessibleName(self.tr("Fit to the window"))
        self.zoom_actual = QPushButton(self._percent(1.0))
        self.zoom_actual.setAccessibleName(self.tr("Actual size"))
        self.zoom_label = QLabel()
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_fit.clicked.connect(self._fit)
        self.zoom_actual.clicked.connect(lambda: self._zoom(0))
        self.export_button = QPushButton(self.tr("Export a copy…"))
        self.export_button.setAccessibleName(self.tr("Export an unencrypted copy of this evidence"))
        self.export_button.clicked.connect(self.export_copy)
        self.export_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.info, 1)
        for button in (self.zoom_out, self.zoom_in, self.zoom_fit, self.zoom_actual):
            row.addWidget(button)
        row.addWidget(self.zoom_label)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self._set_zoomable(False)

    def _percent(self, factor: float) -> str:
        return self.tr("{percent} %", "a zoom factor").format(percent=round(factor * 100))

    # -- choosing what to show --------------------------------------------------------------

    def show_item(self, workspace: Workspace, item_id: str) -> None:
        self._release()
        self.workspace, self.item_id = workspace, item_id
        self._request += 1
        request = self._request
        item = workspace.get("evidence", item_id)
        self.export_button.setEnabled(item.blob_id is not None)
        self.media = item.media_type or ""
        media = base_type(self.media)
        if item.blob_id is None:
            self._say(self.tr("This item has no stored file (a physical item or a note)."))
            return
        refusal = self.refusal(media)
        if refusal:
            self._say(refusal)
            return
        self._say(self.tr("Decrypting…"))
        stream = workspace.content_streamer(item_id)
        is_image = media in IMAGE_TYPES
        size = item.size or 0

        def work(_report: object) -> Decrypted:
            data = QByteArray()
            data.reserve(size)  # one allocation: no doubling copies while it grows
            stream(data.append)
            return Decrypted(data, oriented_image(data, media) if is_image else None)

        run_in_background(
            work,
            lambda result: self._decrypted(request, media, result),
            lambda exc: self._failed(request, exc),
        )

    @staticmethod
    def refusal(media: str) -> str | None:
        """Why this kind of file is not shown here, or None when it is."""
        if media in IMAGE_TYPES or media.startswith("text/"):
            return None
        if media == "application/pdf":
            if HAS_QTPDF:
                return None
            return QCoreApplication.translate(
                "EvidenceViewer",
                "PDF pages cannot be shown here because this installation lacks the Qt PDF "
                "module (the PySide6-Pdf package). Export a copy to read it in a PDF reader.",
            )
        if media.startswith(("audio/", "video/")):
            if HAS_MULTIMEDIA:
                return None
            return QCoreApplication.translate(
                "EvidenceViewer",
                "Audio and video cannot be played here because this installation lacks Qt "
                "Multimedia (the PySide6-Addons package). Casebook plays recordings only from "
                "memory; export a copy to play it in another program.",
            )
        if not media:
            return QCoreApplication.translate(
                "EvidenceViewer",
                "Casebook cannot show this kind of file itself. Export a copy to open it in "
                "another program.",
            )
        return QCoreApplication.translate(
            "EvidenceViewer",
            "Casebook cannot show {media_type} itself. Export a copy to open it in another "
            "program.",
        ).format(media_type=media)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._set_zoomable(False)

    def _decrypted(self, request: int, media: str, result: Decrypted) -> None:
        if request != self._request or not _alive(self, self.image.item):
            return  # the user moved on to another item, or the window closed meanwhile
        if media.startswith("text/"):
            head = result.data.left(TEXT_LIMIT).data()
            text, encoding = decode_text(head, self.media)
            self.text.setPlainText(text)
            self.text.verticalScrollBar().setValue(0)
            if result.data.size() > TEXT_LIMIT:
                info = self.tr("Text, read as {encoding} — first 2 MiB shown")
            else:
                info = self.tr("Text, read as {encoding}")
            self.info.setText(info.format(encoding=encoding))
            self.stack.setCurrentWidget(self.text)
            return
        if media == "application/pdf":
            self._show_pdf(result.data)
            return
        if media.startswith(("audio/", "video/")):
            self._play(result.data, media)
            return
        if result.image is None or result.image.isNull():
            self._say(
                self.tr("The image could not be decoded. Export a copy to try another program.")
            )
            return
        self.image.set_image(result.image)
        self.info.setText(
            self.tr(
                "Image, {width} × {height} px (turned as its EXIF orientation says) — drag to pan"
            ).format(width=result.image.width(), height=result.image.height())
        )
        self.stack.setCurrentWidget(self.image)
        self._set_zoomable(True)
        self.image.fit()

    # -- PDF --------------------------------------------------------------------------------

    def _show_pdf(self, data: QByteArray) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        if self.pdf_view is None:
            self.pdf_view = QPdfView()
            self.pdf_view.setObjectName("evidencePdf")
            self.pdf_view.setAccessibleName(self.tr("Evidence PDF pages"))
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.stack.addWidget(self.pdf_view)
        self.device = memory_device(data, self)
        self.pdf = QPdfDocument(self)
        self.pdf.load(self.device)
        if self.pdf.status() == QPdfDocument.Status.Error:
            problem = self.pdf.error()
            self._release()
            if problem == QPdfDocument.Error.IncorrectPassword:
                self._say(
                    self.tr("The PDF is protected by a password, so its pages cannot be shown.")
                )
            else:
                self._say(
                    self.tr("The PDF could not be read. Export a copy to try another program.")
                )
            return
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.pageNavigator().jump(0, QPointF())  # a new item starts at its top
        self.pdf_view.verticalScrollBar().setValue(0)
        pages = self.pdf.pageCount()
        info = self.tr("PDF, %n page(s), shown from memory", "", pages)
        self.info.setText(english_plural(info, pages))
        self.stack.setCurrentWidget(self.pdf_view)
        self._set_zoomable(True)

    # -- audio and video --------------------------------------------------------------------

    def _play(self, data: QByteArray, media: str) -> None:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        from PySide6.QtMultimediaWidgets import QVideoWidget

        if self.media_page is None:
            self.media_page = QWidget()
            self.video = QVideoWidget()
            self.video.setAccessibleName(self.tr("Evidence video"))
            self.play_button = QPushButton(self.tr("Play"))
            self.play_button.clicked.connect(self._toggle_play)
            self.position = QSlider(Qt.Orientation.Horizontal)
            self.position.setAccessibleName(self.tr("Position in the recording"))
            self.position.sliderMoved.connect(
                lambda ms: self.player.setPosition(ms) if self.player else None
            )
            self.clock = QLabel()
            controls = QHBoxLayout()
            controls.addWidget(self.play_button)
            controls.addWidget(self.position, 1)
            controls.addWidget(self.clock)
            page = QVBoxLayout(self.media_page)
            page.setContentsMargins(0, 0, 0, 0)
            page.addWidget(self.video, 1)
            page.addLayout(controls)
            self.stack.addWidget(self.media_page)
        self.player = QMediaPlayer(self)
        self.device = memory_device(data, self.player)  # lives as long as the player
        self.audio = QAudioOutput(self.player)
        self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.video)
        self.player.errorOccurred.connect(self._player_failed)
        self.player.durationChanged.connect(lambda ms: self.position.setRange(0, ms))
        self.player.positionChanged.connect(self._moved)
        self.player.playbackStateChanged.connect(
            lambda state: self.play_button.setText(
                self.tr("Pause")
                if state == QMediaPlayer.PlaybackState.PlayingState
                else self.tr("Play")
            )
        )
        self.video.setVisible(media.startswith("video/"))
        self.player.setSourceDevice(self.device)
        info = (
            self.tr("Video, played from memory ({size} MiB held)")
            if media.startswith("video/")
            else self.tr("Audio, played from memory ({size} MiB held)")
        )
        self.info.setText(info.format(size=f"{data.size() / 2**20:.1f}"))
        self.stack.setCurrentWidget(self.media_page)

    def _toggle_play(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player is None:
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _moved(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(ms)
        self.clock.setText(f"{ms // 60000}:{ms // 1000 % 60:02d}")

    def _player_failed(self, _error: object, reason: str) -> None:
        self._release()
        self._say(
            self.tr(
                "This recording cannot be played here: Qt Multimedia could not play it from "
                "memory ({reason}). Export a copy to play it in another program."
            ).format(reason=reason or self.tr("no reason given"))
        )

    # -- zoom -------------------------------------------------------------------------------

    def _set_zoomable(self, on: bool) -> None:
        for widget in (
            self.zoom_out, self.zoom_in, self.zoom_fit, self.zoom_actual, self.zoom_label,
        ):  # fmt: skip
            widget.setVisible(on)
        if not on:
            self.info.setText("")

    def _zoom(self, step: float) -> None:
        """Multiply the zoom by ``step``; 0 means actual size."""
        if self.stack.currentWidget() is self.image:
            if step == 0:
                self.image.set_zoom(1.0)
            else:
                self.image.zoom_by(step)
        elif self.pdf_view is not None and self.stack.currentWidget() is self.pdf_view:
            from PySide6.QtPdfWidgets import QPdfView

            factor = 1.0 if step == 0 else self.pdf_view.zoomFactor() * step
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(min(max(factor, ZOOM_RANGE[0]), ZOOM_RANGE[1]))
            self.zoom_label.setText(self._percent(self.pdf_view.zoomFactor()))

    def _fit(self) -> None:
        if self.stack.currentWidget() is self.image:
            self.image.fit()
        elif self.pdf_view is not None and self.stack.currentWidget() is self.pdf_view:
            from PySide6.QtPdfWidgets import QPdfView

            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.zoom_label.setText(self.tr("fit", "zoom: fitted to the width"))

    # -- leaving ----------------------------------------------------------------------------

    def _release(self) -> None:
        """Stop playback and drop the bytes of the PDF or recording shown.

        The player is stopped and destroyed from the event loop, not by a call from here:
        ``stop()`` called from Python holds the interpreter lock while it waits for Qt
        Multimedia's audio thread, and that thread may need the lock to tear down its side
        (seen as a rare hang when leaving a playing video). The buffer is the player's
        child, so it outlives the playback."""
        if self.player is not None:
            player, self.player = self.player, None
            player.blockSignals(True)  # no more calls into this view
            QMetaObject.invokeMethod(player, "stop", Qt.ConnectionType.QueuedConnection)
            player.deleteLater()
            self.device = None
        if self.pdf is not None:
            if self.pdf_view is not None:
                self.pdf_view.setDocument(None)
            self.pdf.close()
            self.pdf.deleteLater()
            self.pdf = None
        if self.device is not None:
            self.device.close()
            self.device.setData(QByteArray())
            self.device.deleteLater()
            self.device = None
        self.image.clear()
        self.text.clear()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request and _alive(self):
            self._say(self.tr("The file could not be shown."))
            show_error(self.window(), exc)

    def export_copy(self) -> None:
        if self.workspace is None or self.item_id is None:
            return
        item = self.workspace.get("evidence", self.item_id)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export a copy"),
            str(Path.home() / (item.original_filename or item.title)),
        )
        if not chosen:
            return
        text = self.tr(
            "The copy will not be encrypted: anyone with access to that place can read it. "
            "Keep it on an encrypted drive and delete it when you no longer need it."
        )
        warning = self.workspace.disclosure_warning(self.item_id)
        if warning:
            text += "\n\n" + self.tr(
                "Take care: {warning}. Export it only for your own work, never to give it "
                "to anyone outside the team."
            ).format(warning=warning)
        if not confirm(self, self.tr("Export an unencrypted copy?"), text, self.tr("Export")):
            return
        export = self.workspace.content_exporter(self.item_id, Path(chosen))
        run_in_background(
            lambda _report: export(),
            lambda target: self.exported.emit(
                self.tr("Exported an unencrypted copy to {path}").format(path=target)
            ),
            lambda exc: show_error(self.window(), exc, self.tr("The copy could not be exported")),
        )

    def clear(self) -> None:
        self._request += 1
        self._release()
        self.workspace = self.item_id = None
        self.message.clear()
        self._set_zoomable(False)
        self.export_button.setEnabled(False)
