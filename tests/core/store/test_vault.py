"""The attachment vault: one-pass intake, verified reads, and nothing half-written left over."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from casebook.core.errors import BlobIntegrityError, CasebookError, IntakeError, StorageFull
from casebook.core.models import Blob
from casebook.core.store import vault as vault_module
from casebook.core.store.blob_cipher import CHUNK_SIZE, HEADER, TAG_BYTES
from casebook.core.store.casebook import Casebook
from casebook.core.store.vault import IntakeCancelled, Vault

KEY = bytes(range(32))
LABEL = "evidence 'photo of the checkpoint'"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    store = Vault(tmp_path / "blobs", KEY)
    store.ensure_layout()
    return store


def stored_files(store: Vault) -> list[Path]:
    """Every file under the vault folder, including work in progress."""
    return sorted(p for p in store.folder.rglob("*") if p.is_file())


def write_file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    # Back-date it, so a rewrite during intake changes the mtime even on coarse clocks.
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    return path


def content(size: int) -> bytes:
    block = hashlib.sha256(str(size).encode()).digest() * 2048  # 64 KiB, not compressible
    return (block * (size // len(block) + 1))[:size]


# -- intake and reading ------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE])
def test_store_file_round_trip(vault: Vault, tmp_path: Path, size: int) -> None:
    data = content(size)
    source = write_file(tmp_path / "statement.txt", data)
    stored = vault.store_file(source)

    assert stored.size == size
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.head == data[: 64 * 1024]
    assert b"".join(vault.chunks(stored.storage_name, LABEL, stored.sha256)) == data
    assert vault.read_bytes(stored.storage_name, LABEL, stored.sha256, limit=size + 1) == data
    assert vault.verify(stored.storage_name, LABEL, stored.sha256, size) is None
    path = vault.path_of(stored.storage_name)
    assert path.stat().st_size == HEADER.size + size + max(1, -(-size // CHUNK_SIZE)) * TAG_BYTES
    # Until its record is committed and the casebook reopened, a mark says it is new.
    mark = vault.folder / "incoming" / f"{stored.storage_name}.pending"
    assert stored_files(vault) == sorted([path, mark])
    assert vault.pending_names() == {stored.storage_name}


def test_empty_file(vault: Vault, tmp_path: Path) -> None:
    stored = vault.store_file(write_file(tmp_path / "empty.bin", b""))
    assert stored.size == 0 and stored.head == b""
    assert stored.sha256 == hashlib.sha256(b"").hexdigest()
    assert list(vault.chunks(stored.storage_name, LABEL, stored.sha256)) == [b""]


def test_blob_is_named_at_random_and_holds_no_plaintext(vault: Vault, tmp_path: Path) -> None:
    data = "ຂ້ອຍເຫັນທະຫານເຂົ້າມາໃນບ້ານ ".encode() * 100 + b"Checkpoint 7 photo"
    source = write_file(tmp_path / "note.txt", data)
    first = vault.store_file(source)
    second = vault.store_file(source)
    assert first.sha256 == second.sha256
    assert first.storage_name != second.storage_name
    for stored in (first, second):
        assert stored.sha256 not in stored.storage_name
        path = vault.path_of(stored.storage_name)
        assert path.parent.name == stored.storage_name[:2]
        raw = path.read_bytes()
        assert b"Checkpoint 7" not in raw
        assert "ຂ້ອຍເຫັນ".encode() not in raw
    assert (
        vault.path_of(first.storage_name).read_bytes()
        != vault.path_of(second.storage_name).read_bytes()
    )


def test_progress_reports_bytes_read(vault: Vault, tmp_path: Path) -> None:
    size = 2 * CHUNK_SIZE + 10
    calls: list[tuple[int, int]] = []
    vault.store_file(
        write_file(tmp_path / "a.bin", content(size)), progress=lambda *a: calls.append(a)
    )
    assert calls == [(CHUNK_SIZE, size), (2 * CHUNK_SIZE, size), (size, size)]


def test_folders_and_files_are_private(vault: Vault, tmp_path: Path) -> None:
    stored = vault.store_file(write_file(tmp_path / "a.bin", b"x"))
    path = vault.path_of(stored.storage_name)
    assert path.parent.stat().st_mode & 0o077 == 0
    assert (vault.folder / "incoming").stat().st_mode & 0o077 == 0


# -- damage found on read ----------------------------------------------------------------


@pytest.fixture
def stored_blob(vault: Vault, tmp_path: Path) -> tuple[Vault, vault_module.StoredContent]:
    return vault, vault.store_file(write_file(tmp_path / "a.bin", content(2 * CHUNK_SIZE + 100)))


def _drain(store: Vault, name: str, sha: str | None) -> None:
    for _ in store.chunks(name, LABEL, sha):
        pass


@pytest.mark.parametrize("where", [0, 10, HEADER.size + 5, CHUNK_SIZE + 3, -1])
def test_one_flipped_byte_is_an_integrity_error_naming_the_item(
    stored_blob: tuple[Vault, vault_module.StoredContent], where: int
) -> None:
    store, stored = stored_blob
    path = store.path_of(stored.storage_name)
    raw = bytearray(path.read_bytes())
    raw[where] ^= 0x40
    path.write_bytes(bytes(raw))
    with pytest.raises(BlobIntegrityError) as caught:
        _drain(store, stored.storage_name, stored.sha256)
    message = str(caught.value)
    assert LABEL in message and "damaged or was altered" in message
    problem = store.verify(stored.storage_name, LABEL, stored.sha256, stored.size)
    assert problem is not None and LABEL in str(problem)


def test_missing_blob(stored_blob: tuple[Vault, vault_module.StoredContent]) -> None:
    store, stored = stored_blob
    store.path_of(stored.storage_name).unlink()
    with pytest.raises(BlobIntegrityError) as caught:
        _drain(store, stored.storage_name, stored.sha256)
    message = str(caught.value)
    assert LABEL in message and "missing" in message and stored.storage_name in message


@pytest.mark.parametrize("cut", [1, TAG_BYTES, CHUNK_SIZE + TAG_BYTES + 100])
def test_truncated_blob(stored_blob: tuple[Vault, vault_module.StoredContent], cut: int) -> None:
    store, stored = stored_blob
    path = store.path_of(stored.storage_name)
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size - cut)
    with pytest.raises(BlobIntegrityError, match="damaged"):
        _drain(store, stored.storage_name, stored.sha256)


def test_truncated_at_a_chunk_boundary(
    stored_blob: tuple[Vault, vault_module.StoredContent],
) -> None:
    store, stored = stored_blob
    path = store.path_of(stored.storage_name)
    with path.open("r+b") as f:
        f.truncate(HEADER.size + 2 * (CHUNK_SIZE + TAG_BYTES))  # drop the short last chunk
    with pytest.raises(BlobIntegrityError):
        _drain(store, stored.storage_name, stored.sha256)


def test_a_different_hash_than_recorded(
    stored_blob: tuple[Vault, vault_module.StoredContent],
) -> None:
    store, stored = stored_blob
    with pytest.raises(BlobIntegrityError, match="SHA-256"):
        _drain(store, stored.storage_name, "0" * 64)
    _drain(store, stored.storage_name, None)  # without a hash, only the tags are checked


def test_blob_swapped_for_another_one(vault: Vault, tmp_path: Path) -> None:
    a = vault.store_file(write_file(tmp_path / "a.bin", b"first file"))
    b = vault.store_file(write_file(tmp_path / "b.bin", b"second file"))
    vault.path_of(a.storage_name).write_bytes(vault.path_of(b.storage_name).read_bytes())
    with pytest.raises(BlobIntegrityError, match="SHA-256"):
        _drain(vault, a.storage_name, a.sha256)


def test_verify_reports_a_size_mismatch(
    stored_blob: tuple[Vault, vault_module.StoredContent],
) -> None:
    store, stored = stored_blob
    problem = store.verify(stored.storage_name, LABEL, stored.sha256, stored.size + 1)
    text = str(problem)
    assert problem is not None and str(stored.size) in text and LABEL in text


def test_wrong_vault_key(stored_blob: tuple[Vault, vault_module.StoredContent]) -> None:
    store, stored = stored_blob
    other = Vault(store.folder, bytes(32))
    with pytest.raises(BlobIntegrityError):
        _drain(other, stored.storage_name, stored.sha256)


def test_read_bytes_refuses_more_than_the_limit(
    stored_blob: tuple[Vault, vault_module.StoredContent],
) -> None:
    store, stored = stored_blob
    with pytest.raises(CasebookError, match="too large"):
        store.read_bytes(stored.storage_name, LABEL, stored.sha256, limit=CHUNK_SIZE)


def test_discard(stored_blob: tuple[Vault, vault_module.StoredContent]) -> None:
    store, stored = stored_blob
    store.discard(stored.storage_name)
    assert stored_files(store) == []
    store.discard(stored.storage_name)  # twice is harmless


# -- intake that goes wrong ----------------------------------------------------------------


def test_file_that_grows_during_intake(vault: Vault, tmp_path: Path) -> None:
    source = write_file(tmp_path / "recording.wav", content(3 * CHUNK_SIZE))

    def still_being_copied(done: int, total: int) -> None:
        if done == CHUNK_SIZE:
            with source.open("ab") as f:
                f.write(b"more audio" * 1000)

    with pytest.raises(IntakeError) as caught:
        vault.store_file(source, progress=still_being_copied)
    message = str(caught.value)
    assert "changed while it was being read" in message and "recording.wav" in message
    assert stored_files(vault) == []


def test_file_that_shrinks_during_intake(vault: Vault, tmp_path: Path) -> None:
    source = write_file(tmp_path / "video.mp4", content(3 * CHUNK_SIZE))

    def truncated(done: int, total: int) -> None:
        if done == CHUNK_SIZE:
            with source.open("r+b") as f:
                f.truncate(CHUNK_SIZE + 5)

    with pytest.raises(IntakeError, match="changed while it was being read"):
        vault.store_file(source, progress=truncated)
    assert stored_files(vault) == []


def test_file_rewritten_in_place_during_intake(vault: Vault, tmp_path: Path) -> None:
    source = write_file(tmp_path / "doc.pdf", content(3 * CHUNK_SIZE))

    def rewritten(done: int, total: int) -> None:
        if done == CHUNK_SIZE:
            with source.open("r+b") as f:
                f.write(b"X" * 100)  # same size, different content and mtime

    with pytest.raises(IntakeError, match="changed while it was being read"):
        vault.store_file(source, progress=rewritten)
    assert stored_files(vault) == []


def test_cancel_during_intake_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    source = write_file(tmp_path / "big.bin", content(3 * CHUNK_SIZE))
    cancel = threading.Event()

    def press_cancel(done: int, total: int) -> None:
        cancel.set()

    with pytest.raises(IntakeCancelled) as caught:
        vault.store_file(source, progress=press_cancel, cancel=cancel)
    assert "cancelled" in str(caught.value)
    assert stored_files(vault) == []


def test_cancel_before_start(vault: Vault, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(IntakeCancelled):
        vault.store_file(write_file(tmp_path / "a.bin", b"data"), cancel=cancel)
    assert stored_files(vault) == []


def test_cancel_from_another_thread(vault: Vault, tmp_path: Path) -> None:
    source = write_file(tmp_path / "big.bin", content(4 * CHUNK_SIZE))
    cancel = threading.Event()
    reached = threading.Event()
    resume = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == CHUNK_SIZE:
            reached.set()
            resume.wait(5)

    outcome: list[BaseException] = []

    def work() -> None:
        try:
            vault.store_file(source, progress=progress, cancel=cancel)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    assert reached.wait(5)
    cancel.set()
    resume.set()
    worker.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], IntakeCancelled)
    assert stored_files(vault) == []


def test_missing_source_file(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(IntakeError) as caught:
        vault.store_file(tmp_path / "gone.jpg")
    assert "'gone.jpg' was not found" in str(caught.value)
    assert stored_files(vault) == []


def test_source_is_a_folder(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    with pytest.raises(IntakeError, match="is a folder"):
        vault.store_file(tmp_path / "photos")


def test_source_not_readable(vault: Vault, tmp_path: Path, monkeypatch) -> None:
    source = write_file(tmp_path / "locked.pdf", b"x")
    real_open = Path.open

    def refuse(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self == source:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(IntakeError, match=r"not allowed to read 'locked\.pdf'"):
        vault.store_file(source)


class _FailingWriter(vault_module.BlobWriter):
    error = errno.ENOSPC

    def write(self, data: bytes | memoryview) -> None:
        super().write(data)
        if self._index:  # after the first chunk reached the disk
            raise OSError(self.error, os.strerror(self.error))


def test_disk_full_during_intake(vault: Vault, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(vault_module, "BlobWriter", _FailingWriter)
    with pytest.raises(StorageFull) as caught:
        vault.store_file(write_file(tmp_path / "a.bin", content(3 * CHUNK_SIZE)))
    assert "disk is full" in str(caught.value)
    assert stored_files(vault) == []


def test_read_error_during_intake(vault: Vault, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(_FailingWriter, "error", errno.EIO)
    monkeypatch.setattr(vault_module, "BlobWriter", _FailingWriter)
    with pytest.raises(IntakeError) as caught:
        vault.store_file(write_file(tmp_path / "a.bin", content(3 * CHUNK_SIZE)))
    assert "nothing was added" in str(caught.value)
    assert stored_files(vault) == []


def test_interrupt_during_intake_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        vault.store_file(
            write_file(tmp_path / "a.bin", content(2 * CHUNK_SIZE)), progress=interrupt
        )
    assert stored_files(vault) == []


# -- leftovers ---------------------------------------------------------------------------


def test_remove_leftovers(vault: Vault) -> None:
    for name in ("a.part", "b.part"):
        (vault.folder / "incoming" / name).write_bytes(b"half")
    assert vault.remove_leftovers() == 2
    assert stored_files(vault) == []
    assert Vault(vault.folder / "nowhere", KEY).remove_leftovers() == 0


def test_leftovers_in_incoming_are_removed_on_open(
    book: Casebook, tmp_path: Path, passphrase: str
) -> None:
    kept = book.vault.store_file(write_file(tmp_path / "kept.bin", b"kept"))
    with book.session() as session:  # recorded, so opening keeps it
        session.add(Blob(sha256=kept.sha256, size=kept.size, storage_name=kept.storage_name))
        session.commit()
    leftover = book.vault.folder / "incoming" / "deadbeef.part"
    leftover.write_bytes(b"encrypted but unfinished")
    folder = book.folder
    book.close()
    reopened = Casebook.open(folder, passphrase)
    try:
        assert not leftover.exists()
        assert list((reopened.vault.folder / "incoming").iterdir()) == []
        assert b"".join(reopened.vault.chunks(kept.storage_name, LABEL, kept.sha256)) == b"kept"
    finally:
        reopened.close()


# -- large files ---------------------------------------------------------------------------

_LARGE_INTAKE = textwrap.dedent(
    """
    import json, resource, sys
    from pathlib import Path
    from casebook.core.store.vault import Vault

    folder, size = Path(sys.argv[1]), int(sys.argv[2])
    source = folder / "sparse.bin"
    with source.open("wb") as f:
        f.truncate(size)
    store = Vault(folder / "blobs", bytes(32))
    store.ensure_layout()

    def peak():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux

    baseline = peak()
    stored = store.store_file(source)
    after_intake = peak()
    total = 0
    # chunks() checks every tag and, at the end, the SHA-256 recorded at intake.
    for chunk in store.chunks(stored.storage_name, "the large file", stored.sha256):
        total += len(chunk)
    after_read = peak()
    print(json.dumps({
        "baseline": baseline, "after_intake": after_intake, "after_read": after_read,
        "size": stored.size, "read": total, "sha256": stored.sha256,
        "blob_size": store.path_of(stored.storage_name).stat().st_size,
    }))
    """
)


# hashlib.sha256(bytes(2 * 1024**3)).hexdigest(), computed once.
SHA256_OF_2_GIB_OF_ZEROS = "a7c744c13cc101ed66c29f672f92455547889cc586ce6d44fe76ae824958ea51"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss units differ outside Linux")
def test_two_gib_file_is_stored_and_read_in_bounded_memory(tmp_path: Path) -> None:
    # A fresh interpreter, so its peak RSS before the intake is a clean baseline.
    size = 2 * 1024**3
    result = subprocess.run(
        [sys.executable, "-c", _LARGE_INTAKE, str(tmp_path), str(size)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["size"] == size and report["read"] == size
    assert report["sha256"] == SHA256_OF_2_GIB_OF_ZEROS
    assert report["blob_size"] == HEADER.size + size + (size // CHUNK_SIZE) * TAG_BYTES
    limit = 100 * 1024 * 1024
    assert report["after_intake"] - report["baseline"] < limit, report
    assert report["after_read"] - report["baseline"] < limit, report


# -- keeping the plaintext of the intake pass --------------------------------------------


@pytest.mark.parametrize(
    ("size", "limit", "kept"),
    [
        (10, 100, True),  # shorter than the head: decided at the end
        (2 * CHUNK_SIZE + 100, 3 * CHUNK_SIZE, True),
        (2 * CHUNK_SIZE + 100, CHUNK_SIZE, False),  # larger than the caller allows
        (2 * CHUNK_SIZE + 100, 0, False),  # the caller wants none of it
    ],
)
def test_store_keeps_the_whole_plaintext_only_as_asked(
    vault: Vault, tmp_path: Path, size: int, limit: int, kept: bool
) -> None:
    data = content(size)
    heads: list[bytes] = []

    def keep(head: bytes) -> int:
        heads.append(head)
        return limit

    stored = vault.store_file(write_file(tmp_path / "a.bin", data), keep=keep)
    assert heads == [data[: len(stored.head)]]  # asked once, with the first bytes
    assert stored.plaintext == (data if kept else None)
    assert vault.read_bytes(stored.storage_name, "a", stored.sha256, size) == data


def test_stored_content_never_shows_plaintext_in_its_repr(vault: Vault, tmp_path: Path) -> None:
    secret = b"witness W-07 lives at the blue house"
    stored = vault.store_file(write_file(tmp_path / "a.txt", secret), keep=lambda head: 1024)
    assert stored.plaintext == secret
    assert "blue house" not in repr(stored)
