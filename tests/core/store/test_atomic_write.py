"""Small secret files are replaced whole, private from the first byte, or not at all."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from casebook.core.errors import StorageFull
from casebook.core.store.atomic_write import fsync_dir, write_atomically


def test_writes_a_new_file_privately(tmp_path: Path) -> None:
    target = tmp_path / "keyslots.json"
    write_atomically(target, b"secret")
    assert target.read_bytes() == b"secret"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "keyslots.json"
    target.write_bytes(b"old content that is longer")
    target.chmod(0o644)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600


def test_permissions_are_set_before_any_byte_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    real_write = os.write

    def watching(fd: int, data: bytes) -> int:
        seen.append(os.fstat(fd).st_mode & 0o777)
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", watching)
    write_atomically(tmp_path / "k.json", b"x")
    assert seen == [0o600]


def test_a_failed_replace_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "keyslots.json"
    target.write_bytes(b"old")

    def fail(*_args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="Input/output"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]


def test_disk_full_is_storage_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "keyslots.json"
    target.write_bytes(b"old")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageFull) as caught:
        write_atomically(target, b"new")
    assert "disk is full" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]


def test_the_data_and_the_folder_are_synced(tmp_path: Path, monkeypatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def watching(fd: int) -> None:
        synced.append("dir" if os.path.isdir(f"/proc/self/fd/{fd}") else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", watching)
    write_atomically(tmp_path / "k.json", b"x")
    if Path("/proc/self/fd").is_dir():
        assert synced == ["file", "dir"]
    else:
        assert len(synced) == 2


def test_fsync_dir_tolerates_a_missing_folder(tmp_path: Path) -> None:
    fsync_dir(tmp_path / "does-not-exist")  # best effort: raising here would fail the test
