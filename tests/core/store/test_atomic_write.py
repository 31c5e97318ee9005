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


# -- private whatever the umask (issue 10: exports came out 0644/0755 under umask 022) ----------

UMASKS = [0o022, 0o002, 0o000, 0o077, 0o277]


@pytest.fixture(params=UMASKS, ids=[f"umask-{m:03o}" for m in UMASKS])
def umask(request: pytest.FixtureRequest):
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def test_new_files_and_folders_are_private_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    from casebook.core.store.atomic_write import (
        make_private_folder,
        make_private_folders,
        open_private,
        write_private,
    )

    make_private_folders(tmp_path / "a" / "b")
    make_private_folder(tmp_path / "a" / "b" / "c")
    write_private(tmp_path / "a" / "b" / "c" / "one.txt", b"one")
    with open_private(tmp_path / "a" / "two.bin") as out:
        out.write(b"two")
    write_atomically(tmp_path / "a" / "three.json", b"three")
    for path in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert path.stat().st_mode & 0o777 == 0o700, path
    for path in (tmp_path / "a" / "b" / "c" / "one.txt", tmp_path / "a" / "two.bin"):
        assert path.stat().st_mode & 0o777 == 0o600, path
    assert (tmp_path / "a" / "three.json").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "a" / "b" / "c" / "one.txt").read_bytes() == b"one"


def test_private_writes_refuse_an_existing_file_and_keep_it(tmp_path: Path) -> None:
    from casebook.core.store.atomic_write import make_private_folder, write_private

    target = tmp_path / "mine.txt"
    target.write_bytes(b"keep")
    with pytest.raises(FileExistsError):
        write_private(target, b"new")
    assert target.read_bytes() == b"keep"
    with pytest.raises(FileExistsError):
        make_private_folder(tmp_path)


def test_existing_parents_keep_their_mode(tmp_path: Path) -> None:
    from casebook.core.store.atomic_write import make_private_folders

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    make_private_folders(shared / "new")
    assert shared.stat().st_mode & 0o777 == 0o755  # the user's own folder is not changed
    assert (shared / "new").stat().st_mode & 0o777 == 0o700
