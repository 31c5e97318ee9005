"""Taking files in as evidence, off the GUI thread, with progress, cancel and a summary.

Each file is one ``evidence.take_in`` in its own session and commit, so a failure or a
cancel loses only the file in hand (the core discards its partial blob). Cancelling sets a
``threading.Event`` the core checks between chunks; locking the casebook cancels the same
way and waits for the worker before the key is dropped.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from casebook.core.errors import CasebookError, NotFound
from casebook.core.models import Case
from casebook.core.records import evidence
from casebook.core.store.casebook import Casebook
from casebook.core.store.vault import IntakeCancelled

from ..shared.background import BackgroundOp, Report, run_in_background
from ..shared.errors_dialog import user_message

_SCALE = 1024  # the progress bar counts KiB so totals over 2 GiB fit in an int


@dataclass
class IntakeOutcome:
    added: list[str] = field(default_factory=list)  # titles
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, existing title)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, sentence)
    cancelled: list[str] = field(default_factory=list)  # files not taken in
    item_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [
            QCoreApplication.translate(
                "IntakeController", "%n file(s) taken in.", None, len(self.added)
            )
        ]
        if self.duplicates:
            lines.append(
                "\n"
                + QCoreApplication.translate(
                    "IntakeController",
                    "Already in the casebook (stored once, linked to the first item):",
                )
            )
            same = QCoreApplication.translate(
                "IntakeController", "  • {file} — same content as “{first}”"
            )
            lines += [same.format(file=name, first=first) for name, first in self.duplicates]
        if self.failed:
            lines.append("\n" + QCoreApplication.translate("IntakeController", "Not taken in:"))
            failed = QCoreApplication.translate("IntakeController", "  • {file}: {reason}")
            lines += [failed.format(file=name, reason=why) for name, why in self.failed]
        if self.cancelled:
            cancelled = QCoreApplication.translate(
                "IntakeController", "Cancelled before they were taken in ({count}):"
            )
            lines.append("\n" + cancelled.format(count=len(self.cancelled)))
            lines += [f"  • {name}" for name in self.cancelled[:20]]
            if len(self.cancelled) > 20:
                more = QCoreApplication.translate("IntakeController", "  … and {count} more")
                lines.append(more.format(count=len(self.cancelled) - 20))
        return "\n".join(lines)


def expand(paths: list[Path]) -> list[Path]:
    """Files to take in: the files given, and every file inside the folders given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs.sort()
                files += [Path(root) / name for name in sorted(names)]
        else:
            files.append(path)
    return files


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def take_in_files(
    book: Casebook,
    case_id: str,
    files: list[Path],
    report: Report,
    cancel: threading.Event,
    details: evidence.IntakeDetails | None = None,
) -> IntakeOutcome:
    """The worker: one file at a time, reporting (file number, name, bytes done, total).

    ``details`` (original or copy, as the Add evidence dialog asked) go with every file."""
    outcome = IntakeOutcome()
    total = sum(_size(f) for f in files) or 1
    done_before = 0
    for number, path in enumerate(files, start=1):
        if cancel.is_set():
            outcome.cancelled += [p.name for p in files[number - 1 :]]
            break
        report((number, len(files), path.name, done_before, total))

        def progress(
            done: int,
            _file_size: int,
            base: int = done_before,
            n: int = number,
            name: str = path.name,
        ) -> None:
            report((n, len(files), name, base + done, total))

        try:
            # Encrypt first, outside any transaction, so the window can keep saving; then
            # record the item in a short transaction of its own.
            stored = evidence.store_file(book, path, progress, cancel)
            try:
                with book.session(write=True) as session:
                    case = session.get(Case, case_id)
                    if case is None:
                        raise NotFound(
                            QCoreApplication.translate(
                                "IntakeController", "The case is no longer in the casebook."
                            )
                        )
                    result = evidence.record_stored(
                        book, session, case, stored, path.name, **(details or {})
                    )
                    session.commit()
            except BaseException:
                book.vault.discard(stored.storage_name)
                raise
            outcome.item_ids.append(result.item.id)
            if result.duplicate_of is not None:
                outcome.duplicates.append((path.name, result.duplicate_of.title))
            else:
                outcome.added.append(result.item.title)
        except IntakeCancelled:
            outcome.cancelled += [p.name for p in files[number - 1 :]]
            break
        except CasebookError as exc:
            outcome.failed.append((path.name, user_message(exc)))
        except OSError as exc:
            reason = QCoreApplication.translate(
                "IntakeController", "it could not be read ({reason})."
            ).format(reason=exc.strerror)
            outcome.failed.append((path.name, reason))
        done_before += _size(path)
    return outcome


class IntakeController(QObject):
    """Starts intake with a progress dialog; ``finished`` carries the outcome."""

    finished = Signal(object)  # IntakeOutcome

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self.operation: BackgroundOp | None = None
        self.progress: QProgressDialog | None = None
        self.last_outcome: IntakeOutcome | None = None
        self.pending_summary: str | None = None  # shown after unlock when a lock cancelled

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def start(
        self,
        book: Casebook,
        case_id: str,
        paths: list[Path],
        details: evidence.IntakeDetails | None = None,
    ) -> bool:
        if self.running:
            return False
        files = expand(paths)
        if not files:
            return False
        dialog = QProgressDialog(self.tr("Taking files in…"), self.tr("Cancel"), 0, 0, self._parent)
        dialog.setObjectName("intakeProgress")
        dialog.setWindowTitle(self.tr("Adding evidence"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(460)
        self.progress = dialog
        cancel = threading.Event()
        dialog.canceled.connect(cancel.set)
        dialog.show()
        self.operation = run_in_background(
            lambda report: take_in_files(book, case_id, files, report, cancel, details),
            self._done,
            self._crashed,
            progress=self._progressed,
            cancel=cancel,
        )
        return True

    def _progressed(self, value: tuple[int, int, str, int, int]) -> None:
        number, count, name, done, total = value
        dialog = self.progress
        if dialog is None:
            return
        dialog.setLabelText(
            self.tr("File {number} of {count}: {name}\n{done} of {total} MB").format(
                number=number, count=count, name=name, done=_mb(done), total=_mb(total)
            )
        )
        dialog.setMaximum(max(total // _SCALE, 1))
        # A window-modal progress dialog processes events in setValue, which may deliver
        # the end of the intake and close it: nothing may touch it after this call.
        dialog.setValue(min(done // _SCALE, dialog.maximum()))

    def cancel_and_wait(self) -> bool:
        """Stop a running intake (before locking); True if one was running."""
        if not self.running or self.operation is None:
            return False
        self.operation.cancel()
        self.operation.wait()
        return True

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, outcome: IntakeOutcome) -> None:
        self._close_progress()
        self.last_outcome = outcome
        self.finished.emit(outcome)

    def _crashed(self, exc: BaseException) -> None:
        self._close_progress()
        QMessageBox.warning(self._parent, self.tr("Adding evidence failed"), user_message(exc))


def _mb(size: int) -> str:
    """Megabytes with one decimal, in the interface language's digits and separators."""
    return QLocale().toString(size / (1024 * 1024), "f", 1)
