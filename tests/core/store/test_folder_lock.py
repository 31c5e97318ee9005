"""One writer per casebook: the folder lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebook.core.errors import CasebookError, CasebookLocked
from casebook.core.store.folder_lock import FolderLock


def test_second_lock_in_the_same_process_is_refused(tmp_path: Path) -> None:
    first = FolderLock(tmp_path / "casebook.lock")
    first.acquire()
    try:
        with pytest.raises(CasebookLocked) as caught:
            FolderLock(tmp_path / "casebook.lock").acquire()
        assert "already open" in str(caught.value)
    finally:
        first.release()
    again = FolderLock(tmp_path / "casebook.lock")
    again.acquire()
    again.release()


def test_lock_held_by_another_process(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from pathlib import Path
                from casebook.core.store.folder_lock import FolderLock
                lock = FolderLock(Path({str(tmp_path / "casebook.lock")!r}))
                lock.acquire()
                print("locked", flush=True)
                sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(CasebookLocked):
            FolderLock(tmp_path / "casebook.lock").acquire()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(10)
    # The lock goes with the process that held it (even after a crash).
    lock = FolderLock(tmp_path / "casebook.lock")
    lock.acquire()
    lock.release()


def test_lock_file_is_private(tmp_path: Path) -> None:
    lock = FolderLock(tmp_path / "casebook.lock")
    lock.acquire()
    lock.release()
    assert (tmp_path / "casebook.lock").stat().st_mode & 0o077 == 0


def test_release_twice_is_harmless(tmp_path: Path) -> None:
    lock = FolderLock(tmp_path / "casebook.lock")
    lock.acquire()
    lock.release()
    lock.release()


def test_a_refused_lock_leaks_no_file_descriptor(tmp_path: Path) -> None:
    first = FolderLock(tmp_path / "casebook.lock")
    first.acquire()
    try:
        before = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").is_dir() else None
        for _ in range(20):
            with pytest.raises(CasebookLocked):
                FolderLock(tmp_path / "casebook.lock").acquire()
        if before is not None:
            assert len(os.listdir("/proc/self/fd")) == before
    finally:
        first.release()


def test_a_folder_that_cannot_be_written_is_a_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(CasebookError) as caught:
        FolderLock(tmp_path / "casebook.lock").acquire()
    assert not isinstance(caught.value, CasebookLocked)
    message = str(caught.value)
    assert "Read-only file system" in message and str(tmp_path) in message
    assert message.endswith(".")


def test_a_missing_folder_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(CasebookError):
        FolderLock(tmp_path / "gone" / "casebook.lock").acquire()
