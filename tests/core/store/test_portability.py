"""The Windows and macOS branches of locking and durable writes, run here with the POSIX
branch forced off (packaging/README.md lists what this covers and what only a real Windows
or macOS run would show).

``msvcrt`` does not exist on Linux: a stand-in keeps Windows' rules for ``locking`` (byte
ranges from the file position, not re-entrant, ``LK_NBLCK`` failing with EACCES), so the
code under test makes the same calls it would make on Windows.
"""

from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path

import pytest

from casebook.core.errors import CasebookLocked
from casebook.core.store import atomic_write, file_lock, staging
from casebook.core.store.atomic_write import os_path, write_atomically
from casebook.core.store.folder_lock import FolderLock


class WindowsLocking:
    """``msvcrt.locking`` as Windows documents it, for files of this process."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = range(5)

    def __init__(self, busy_attempts: int = 0) -> None:
        self.held: dict[tuple[int, int, int], int] = {}
        self.calls: list[tuple[int, int, int]] = []
        self.busy_attempts = busy_attempts  # another program holds the lock this many times

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        status = os.fstat(fd)
        position = os.lseek(fd, 0, os.SEEK_CUR)
        key = (status.st_dev, status.st_ino, position)
        self.calls.append((mode, position, nbytes))
        if mode == self.LK_UNLCK:
            if self.held.pop(key, None) != fd:
                raise PermissionError(errno.EACCES, "Permission denied")
            return
        if mode != self.LK_NBLCK:
            raise AssertionError("only non-blocking locks are used (LK_LOCK gives up after 10 s)")
        if self.busy_attempts > 0:
            self.busy_attempts -= 1
            raise PermissionError(errno.EACCES, "Permission denied")
        if key in self.held:  # Windows locks are not re-entrant, even for the same handle
            raise PermissionError(errno.EACCES, "Permission denied")
        self.held[key] = fd


@pytest.fixture
def windows_locks(monkeypatch: pytest.MonkeyPatch) -> WindowsLocking:
    fake = WindowsLocking()
    monkeypatch.setattr(file_lock, "fcntl", None)
    monkeypatch.setattr(file_lock, "msvcrt", fake)
    monkeypatch.setattr(file_lock, "_RETRY_SECONDS", 0.001)
    return fake


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic_write, "WINDOWS", True)
    monkeypatch.setattr(atomic_write, "_REPLACE_PAUSE", 0.001)


# --- locks --------------------------------------------------------------------------------


def test_casebook_lock_on_windows_refuses_a_second_writer_and_unlocks(
    tmp_path: Path, windows_locks: WindowsLocking
) -> None:
    first = FolderLock(tmp_path / "casebook.lock")
    first.acquire()
    with pytest.raises(CasebookLocked):
        FolderLock(tmp_path / "casebook.lock").acquire()
    first.release()
    again = FolderLock(tmp_path / "casebook.lock")
    again.acquire()
    again.release()
    assert windows_locks.held == {}
    # Every call locks or unlocks the first byte, from the start of the file.
    assert {(position, nbytes) for _mode, position, nbytes in windows_locks.calls} == {(0, 1)}
    assert windows_locks.calls[-1][0] == WindowsLocking.LK_UNLCK


def test_waiting_lock_on_windows_retries_until_the_other_holder_lets_go(
    tmp_path: Path, windows_locks: WindowsLocking
) -> None:
    windows_locks.busy_attempts = 3
    with open(tmp_path / "entry", "wb") as out:
        assert staging._lock(out.fileno(), wait=True)
    nonblocking = [c for c in windows_locks.calls if c[0] == WindowsLocking.LK_NBLCK]
    assert len(nonblocking) == 4


def test_staging_on_windows_spares_a_running_export(
    tmp_path: Path, windows_locks: WindowsLocking
) -> None:
    with staging.staged(tmp_path / "bundle.zip") as path:
        path.write_bytes(b"half")
        assert staging.sweep() == []  # its registry entry is locked: not swept
        assert path.exists()
        assert windows_locks.held  # the entry's first byte is locked
    assert not path.exists()


def test_posix_lock_is_flock(tmp_path: Path) -> None:
    assert file_lock.fcntl is fcntl and file_lock.msvcrt is None
    with open(tmp_path / "a", "wb") as first, open(tmp_path / "a", "rb") as second:
        assert file_lock.lock(first.fileno())
        assert not file_lock.lock(second.fileno())
        file_lock.unlock(first.fileno())
        assert file_lock.lock(second.fileno())


# --- durable writes -----------------------------------------------------------------------


def test_fsync_dir_on_windows_opens_no_folder(
    tmp_path: Path, on_windows: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    real_open = os.open

    def watching(path, *args, **kwargs):
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", watching)
    write_atomically(tmp_path / "k.json", b"x")
    assert (tmp_path / "k.json").read_bytes() == b"x"
    assert str(tmp_path) not in opened  # the POSIX branch opens the folder to fsync it
    assert len(opened) == 1


def test_replace_on_windows_waits_out_a_sharing_violation(
    tmp_path: Path, on_windows: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "keyslots.json"
    target.write_bytes(b"old")
    real_replace = os.replace
    attempts: list[str] = []

    def scanner_holds_it_twice(source, destination):
        attempts.append(os.fspath(destination))
        if len(attempts) <= 2:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", scanner_holds_it_twice)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and len(attempts) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]


def test_replace_on_windows_gives_up_and_keeps_the_old_file(
    tmp_path: Path, on_windows: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "keyslots.json"
    target.write_bytes(b"old")

    def always_held(_source, _destination):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", always_held)
    with pytest.raises(PermissionError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]


def test_replace_on_posix_does_not_retry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []

    def denied(*args: object) -> None:
        calls.append(args)
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(PermissionError):
        atomic_write.replace(tmp_path / "a", tmp_path / "b")
    assert len(calls) == 1


def test_macos_sync_asks_the_drive_to_flush(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    monkeypatch.setattr(atomic_write, "MACOS", True)
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)
    monkeypatch.setattr(fcntl, "fcntl", lambda _fd, command, *_a: asked.append(command))
    write_atomically(tmp_path / "k.json", b"x")
    assert asked == [51]


# --- long paths ---------------------------------------------------------------------------


def test_long_windows_paths_get_the_extended_prefix(on_windows: None) -> None:
    deep = "C:\\Users\\ana\\" + "evidence folder\\" * 20 + "statement.pdf"
    assert len(deep) > 260
    assert os_path(deep) == "\\\\?\\" + deep
    share = "\\\\server\\cases\\" + "x" * 300
    assert os_path(share) == "\\\\?\\UNC\\server\\cases\\" + "x" * 300
    assert os_path("C:\\Users\\ana\\k.json") == "C:\\Users\\ana\\k.json"  # short: unchanged
    assert os_path("\\\\?\\" + deep) == "\\\\?\\" + deep  # already prefixed
    # The prefix turns off normalisation, so the path is normalised first.
    assert (
        os_path("C:/Users/ana/./" + "d/" * 130 + "f")
        == "\\\\?\\C:\\Users\\ana\\" + ("d\\" * 130) + "f"
    )


def test_long_paths_on_posix_are_used_as_given(tmp_path: Path) -> None:
    folder = tmp_path
    for _ in range(12):
        folder = folder / ("evidence-folder-" + "x" * 20)
    atomic_write.make_private_folders(folder)
    target = folder / "statement.json"
    assert len(str(target)) > 260 and os_path(target) == str(target)
    write_atomically(target, b"kept")
    assert target.read_bytes() == b"kept"
