"""The evidence viewer (issue 15, item 3): a PDF exhibit read in the app leaves no plaintext
anywhere `find` looks; images turn by EXIF and zoom, pan and fit; text shows in its detected
encoding; a recording plays from memory; the table names capture and intake times apart."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from casebook.core.records.evidence import take_in
from casebook.gui.records import evidence_viewer
from casebook.gui.records.evidence_table import COLUMNS
from casebook.gui.records.evidence_viewer import EvidenceViewer, decode_text

needs_pdf = pytest.mark.skipif(not evidence_viewer.HAS_QTPDF, reason="no QtPdf (PySide6-Pdf)")
needs_av = pytest.mark.skipif(
    not evidence_viewer.HAS_MULTIMEDIA or shutil.which("ffmpeg") is None,
    reason="no Qt Multimedia (PySide6-Addons) or no ffmpeg to make a recording",
)


def _take_in(window, path: Path, **kw) -> str:
    ws = window.workspace
    case = ws.cases()[0]
    item = take_in(ws.book, ws.session, case, path, **kw).item
    ws.session.commit()
    ws.refresh()
    return item.id


def _open(window, qtbot, item_id: str) -> EvidenceViewer:
    window.navigate_to("evidence", item_id)
    viewer = window.view.evidence_page.editor.viewer
    qtbot.waitUntil(
        lambda: viewer.item_id == item_id
        and (viewer.stack.currentWidget() is not viewer.message or "Decrypting" not in
             viewer.message.text()),
        timeout=10_000,
    )  # fmt: skip
    return viewer


def _newer_files_holding(needle: bytes, since: Path, folders: list[Path]) -> list[str]:
    """Files under ``folders`` changed after ``since`` whose bytes contain ``needle``, found
    with `find` (the check a reviewer would run by hand)."""
    hits = []
    for folder in folders:
        found = subprocess.run(
            ["find", str(folder), "-xdev", "-type", "f", "-newer", str(since)],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.splitlines()
        for name in found:
            try:
                if needle in Path(name).read_bytes():
                    hits.append(name)
            except OSError:
                continue  # vanished or unreadable (another process's file)
    return hits


@needs_pdf
def test_a_pdf_exhibit_is_read_in_the_app_and_no_plaintext_is_left(
    window, qtbot, tmp_path: Path, private_tempdir: Path, messages
) -> None:
    marker = f"CASEBOOK-PLAINTEXT-{secrets.token_hex(12)}"
    source = tmp_path / "checkpoint-log.pdf"
    pdf = canvas.Canvas(str(source), pagesize=A4, pageCompression=0)
    pdf.setTitle(marker)
    for page in range(3):
        pdf.setFont("Helvetica", 22)
        pdf.drawString(72, 760, f"Checkpoint log, page {page + 1}")
        pdf.drawString(72, 720, marker)
        pdf.showPage()
    pdf.save()
    needle = marker.encode()
    assert needle in source.read_bytes()
    item_id = _take_in(window, source, title="Checkpoint log", kind="document")
    source.unlink()  # the only plaintext there was: the file the user took in
    since = tmp_path / "since"
    since.touch()
    past = time.time() - 2
    os.utime(since, (past, past))

    viewer = _open(window, qtbot, item_id)
    assert viewer.stack.currentWidget() is viewer.pdf_view, viewer.message.text()
    assert viewer.pdf.pageCount() == 3
    assert viewer.info.text() == "PDF, 3 pages, shown from memory"
    picture = viewer.pdf_view.grab().toImage()  # the pages are really rendered
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7)
               for y in range(0, picture.height(), 7)}  # fmt: skip
    assert len(colours) > 2  # page, background and text
    QApplication.processEvents()

    data_dir = Path(os.environ["CASEBOOK_DATA_DIR"])
    folders = [private_tempdir, Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp")]
    folders += [Path.home(), data_dir, tmp_path]
    assert _newer_files_holding(needle, since, [f for f in folders if f.exists()]) == []
    # The search does find plaintext where there is some (the check can fail).
    (tmp_path / "plain-copy.bin").write_bytes(b"xx" + needle + b"yy")
    assert _newer_files_holding(needle, since, [tmp_path]) == [str(tmp_path / "plain-copy.bin")]

    viewer.clear()
    assert viewer.device is None and viewer.pdf is None  # the bytes are let go
    assert not messages


def test_an_image_turns_by_exif_and_zooms_pans_and_fits(window, qtbot, tmp_path: Path) -> None:
    photo = tmp_path / "sideways.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to show
    Image.new("RGB", (400, 200), (150, 60, 40)).save(photo, exif=exif.tobytes())
    viewer = _open(window, qtbot, _take_in(window, photo, title="Sideways"))
    view = viewer.image
    assert viewer.stack.currentWidget() is view
    pixmap = view.item.pixmap()
    assert (pixmap.width(), pixmap.height()) == (200, 400)  # turned upright
    assert "200 × 400 px" in viewer.info.text()

    fitted = view.scale_factor
    shown = view.mapFromScene(view.item.boundingRect()).boundingRect()
    assert shown.height() <= view.viewport().height() + 1  # fit: all of it in view
    viewer.zoom_in.click()
    viewer.zoom_in.click()
    assert view.scale_factor == pytest.approx(fitted * 1.25 * 1.25)
    viewer.zoom_actual.click()
    assert view.scale_factor == 1.0 and viewer.zoom_label.text() == "100 %"
    view.set_zoom(4.0)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    start = bar.value()
    centre = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(view.viewport(), centre + QPoint(0, -60))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(0, -60))
    assert bar.value() != start  # dragged: panned
    viewer.zoom_fit.click()
    assert view.scale_factor == pytest.approx(fitted)


def test_text_is_shown_in_its_detected_encoding(window, qtbot, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    words = "Le témoin a déclaré : « Ils sont arrivés à l’aube » — 3 €.\n" * 40
    note.write_bytes(words.encode("windows-1252"))
    viewer = _open(window, qtbot, _take_in(window, note, title="Note"))
    assert viewer.stack.currentWidget() is viewer.text
    assert viewer.text.toPlainText() == words
    assert viewer.info.text() == "Text, read as Windows-1252 (Western)"
    viewer.text.verticalScrollBar().setValue(viewer.text.verticalScrollBar().maximum())
    editor = window.view.evidence_page.editor
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    assert editor.verticalScrollBar().value() > 0
    other = tmp_path / "other.txt"
    other.write_text("ສະບາຍດີ\n" * 200, encoding="utf-8")
    viewer = _open(window, qtbot, _take_in(window, other, title="Other"))
    assert viewer.info.text() == "Text, read as UTF-8"
    assert viewer.text.verticalScrollBar().value() == 0  # a new item starts at its top
    assert editor.verticalScrollBar().value() == 0


def test_decode_text_names_what_it_read() -> None:
    assert decode_text("ok".encode("utf-16"), "text/plain") == ("ok", "UTF-16")
    assert decode_text(b"\xef\xbb\xbfok", "text/plain") == ("ok", "UTF-8 with byte-order mark")
    assert decode_text(b"caf\xe9", "text/plain; charset=iso-8859-1") == (
        "café",
        "ISO-8859-1 (Latin-1)",
    )
    text, name = decode_text(b"\xff\xfe\xfd\x00ok", "text/plain; charset=utf-8")
    assert "�" in text and "could not be read" in name


@needs_av
def test_a_video_plays_from_memory(window, qtbot, tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
         "testsrc=size=160x120:rate=10", "-t", "2", "-c:v", "libx264", "-pix_fmt", "yuv420p",
         str(video)],
        check=True,
    )  # fmt: skip
    item_id = _take_in(window, video, title="Clip")
    video.unlink()
    viewer = _open(window, qtbot, item_id)
    assert viewer.stack.currentWidget() is viewer.media_page, viewer.message.text()
    assert viewer.device is not None and viewer.device.size() == viewer.device.data().size()
    qtbot.waitUntil(lambda: viewer.player.duration() > 0, timeout=10_000)
    assert 1500 <= viewer.player.duration() <= 2500
    viewer.play_button.click()
    qtbot.waitUntil(lambda: viewer.player.position() > 0, timeout=10_000)
    viewer.clear()
    assert viewer.player is None and viewer.device is None


def test_without_qt_multimedia_a_recording_is_refused_with_the_reason(monkeypatch) -> None:
    monkeypatch.setattr(evidence_viewer, "HAS_MULTIMEDIA", False)
    why = EvidenceViewer.refusal("video/mp4")
    assert why and "lacks Qt Multimedia" in why and "export a copy" in why
    monkeypatch.setattr(evidence_viewer, "HAS_QTPDF", False)
    assert "lacks the Qt PDF module" in (EvidenceViewer.refusal("application/pdf") or "")
    assert EvidenceViewer.refusal("image/png") is None


def test_the_table_names_capture_time_and_intake_time_apart(window, tmp_path: Path) -> None:
    photo = tmp_path / "old-photo.jpg"
    exif = Image.Exif()
    exif_ifd = {0x9003: "2017:08:27 06:45:10", 0x9011: "+06:30"}  # DateTimeOriginal, offset
    exif[0x8769] = exif_ifd
    Image.new("RGB", (32, 24), "grey").save(photo, exif=exif.tobytes())
    item_id = _take_in(window, photo, title="Old photo")
    window.navigate_to("evidence", item_id)
    table = window.view.evidence_page.table
    assert COLUMNS[4:6] == ("Taken at (file)", "Intake")
    row = table.model.row_of(item_id)
    taken = table.model.index(row, 4).data()
    intake = table.model.index(row, 5).data()
    assert taken == "2017-08-27 06:45 +06:30"
    assert intake.startswith(str(time.gmtime().tm_year)) and intake != taken
