"""Intake: duplicates and failures reported per file; locking cancels and tells after unlock."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from casebook.gui.main_window import MainWindow


def test_duplicates_and_failures_in_the_summary(qtbot, window: MainWindow, tmp_path, messages):
    photo = tmp_path / "a.png"
    Image.new("RGB", (20, 20), (10, 20, 30)).save(photo)
    copy = tmp_path / "copy-of-a.png"
    copy.write_bytes(photo.read_bytes())
    missing = tmp_path / "gone.jpg"
    window.take_in(window.current_case_id(), [photo, copy, missing])
    qtbot.waitUntil(lambda: window.intake.last_outcome is not None, timeout=10_000)
    outcome = window.intake.last_outcome
    assert outcome.added == ["a.png"]
    assert outcome.duplicates == [("copy-of-a.png", "a.png")]
    assert outcome.failed[0][0] == "gone.jpg" and "not found" in outcome.failed[0][1]
    summary = next(m for m in messages if m.title == "Evidence added").text
    assert "same content as “a.png”" in summary and "gone.jpg" in summary


def test_lock_during_intake_cancels_and_reports_after_unlock(
    qtbot, window: MainWindow, tmp_path: Path, passphrase: str, messages
) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    for n in range(12):
        (folder / f"video-{n:02d}.bin").write_bytes(bytes([n]) * (16 * 1024 * 1024))
    progress: list[object] = []
    window.take_in(window.current_case_id(), [folder])
    window.intake.operation.signals.progressed.connect(progress.append)
    qtbot.waitUntil(lambda: bool(progress), timeout=10_000)
    window.lock()
    assert window.locked and not window.intake.running
    qtbot.waitUntil(lambda: window.intake.pending_summary is not None, timeout=10_000)
    assert not list((window.folder / "blobs" / "incoming").iterdir())  # partial blob removed

    window.unlock_panel.passphrase.setText(passphrase)
    window.unlock_panel.submit()
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    told = next(m for m in messages if m.title == "Adding evidence was cancelled")
    assert "locked while files were being added" in told.text
    assert "video-11.bin" in told.text
    added = window.workspace.evidence_count(window.current_case_id())
    assert added < 12
