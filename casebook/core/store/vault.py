"""The encrypted attachment store: one pass to hash and encrypt, verified on every read.

Blobs are named by random ids, not by their hash, so a seized folder does not reveal which
known files it holds. Work in progress goes to ``blobs/incoming`` (already encrypted) and
is renamed into place only when complete; leftovers from a crash are removed on open.
Just before that rename, ``incoming/<name>.pending`` marks the blob as not yet recorded, so
a blob whose record a crash prevented can be told from one an older database lacks.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..errors import BlobIntegrityError, CasebookError, IntakeError, StorageFull
from ..phrase import Phrase, phrase
from .atomic_write import fsync_dir
from .blob_cipher import CHUNK_SIZE, BlobFormatError, BlobWriter, decrypt_chunks

ProgressCallback = Callable[[int, int], None]
# Given the first bytes of the plaintext, how many bytes of it to keep whole (0: none). The
# intake pass is the one time the plaintext is at hand; what needs the whole file takes it
# from there instead of decrypting the stored blob again.
KeepPlaintext = Callable[[bytes], int]
_HEAD_BYTES = 64 * 1024
PENDING_SUFFIX = ".pending"


class IntakeCancelled(CasebookError):
    def __init__(self) -> None:
        super().__init__("Intake was cancelled; nothing was added for that file.")


@dataclass(frozen=True)
class StoredContent:
    storage_name: str
    sha256: str
    size: int
    # First bytes of the plaintext, for type sniffing; never in a repr, as it is case data.
    head: bytes = field(repr=False)
    # The whole plaintext, when the caller's KeepPlaintext asked for it and it fit.
    plaintext: bytes | None = field(default=None, repr=False)


class Vault:
    def __init__(self, folder: Path, vault_key: bytes) -> None:
        self.folder = folder
        self._key = vault_key
        self._incoming = folder / "incoming"

    def ensure_layout(self) -> None:
        self._incoming.mkdir(parents=True, exist_ok=True, mode=0o700)

    def remove_leftovers(self) -> int:
        """Delete half-written blobs from an intake that a crash interrupted."""
        removed = 0
        if self._incoming.is_dir():
            for leftover in self._incoming.iterdir():
                with contextlib.suppress(OSError):
                    leftover.unlink()
                    removed += 1
        return removed

    def pending_names(self) -> set[str]:
        """Blobs put in place since the casebook was opened, recorded or not (see module)."""
        if not self._incoming.is_dir():
            return set()
        return {p.name.removesuffix(PENDING_SUFFIX) for p in self._incoming.glob("*.pending")}

    def clear_pending(self, storage_names: set[str]) -> None:
        """Drop the marks of blobs whose records are committed."""
        for name in storage_names:
            with contextlib.suppress(FileNotFoundError):
                (self._incoming / f"{name}{PENDING_SUFFIX}").unlink()

    def path_of(self, storage_name: str) -> Path:
        return self.folder / storage_name[:2] / f"{storage_name}.cbx"

    # -- intake --------------------------------------------------------------------------

    def store_file(
        self,
        path: Path,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        keep: KeepPlaintext | None = None,
    ) -> StoredContent:
        """Encrypt a file into the vault. Detects a file that changes while it is read."""
        try:
            source = path.open("rb")
        except FileNotFoundError:
            raise IntakeError(
                "The file {name} was not found. It may have been moved or its drive removed; "
                "check the path and try again.",
                name=repr(path.name),
            ) from None
        except IsADirectoryError:
            raise IntakeError("{name} is a folder, not a file.", name=repr(path.name)) from None
        except PermissionError:
            raise IntakeError(
                "Casebook is not allowed to read {name}. Check its permissions.",
                name=repr(path.name),
            ) from None
        with source:
            before = os.fstat(source.fileno())
            stored = self.store_stream(source, before.st_size, progress, cancel, keep)
            after = os.fstat(source.fileno())
        if (
            stored.size != before.st_size
            or after.st_size != before.st_size
            or (after.st_mtime_ns != before.st_mtime_ns)
        ):
            self.discard(stored.storage_name)
            raise IntakeError(
                "The file {name} changed while it was being read (it was {before} bytes, "
                "then {after}, and {size} were read). Wait until it is completely copied "
                "or saved, then add it again.",
                name=repr(path.name),
                before=before.st_size,
                after=after.st_size,
                size=stored.size,
            )
        return stored

    def store_stream(
        self,
        source: BinaryIO,
        expected_size: int = 0,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        keep: KeepPlaintext | None = None,
    ) -> StoredContent:
        self.ensure_layout()
        storage_name = secrets.token_hex(16)
        part = self._incoming / f"{storage_name}.part"
        digest = hashlib.sha256()
        size = 0
        head = b""
        kept: list[bytes] | None = [] if keep is not None else None
        keep_limit = -1  # decided once the head is complete
        try:
            with open(part, "xb") as out:
                writer = BlobWriter(out, self._key)
                while chunk := source.read(CHUNK_SIZE):
                    if cancel is not None and cancel.is_set():
                        raise IntakeCancelled()
                    digest.update(chunk)
                    writer.write(chunk)
                    if len(head) < _HEAD_BYTES:
                        head += chunk[: _HEAD_BYTES - len(head)]
                    size += len(chunk)
                    if kept is not None:
                        kept.append(chunk)
                        if keep_limit < 0 and len(head) >= _HEAD_BYTES and keep is not None:
                            keep_limit = keep(head)
                        if 0 <= keep_limit < size:
                            kept = None
                    if progress is not None:
                        progress(size, max(expected_size, size))
                writer.close()
                out.flush()
                os.fsync(out.fileno())
            final = self.path_of(storage_name)
            final.parent.mkdir(exist_ok=True, mode=0o700)
            pending = self._incoming / f"{storage_name}{PENDING_SUFFIX}"
            pending.touch(mode=0o600, exist_ok=False)
            os.replace(part, final)
            fsync_dir(final.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                part.unlink()
            if exc.errno == errno.ENOSPC:
                raise StorageFull() from None
            raise IntakeError(
                "Reading or storing the file failed ({reason}); nothing was added.",
                reason=exc.strerror,
            ) from None
        except BaseException:
            with contextlib.suppress(OSError):
                part.unlink()
            raise
        if kept is not None and keep is not None and keep_limit < 0 and keep(head) < size:
            kept = None  # a file shorter than the head: decided only now
        plaintext = b"".join(kept) if kept is not None else None
        return StoredContent(storage_name, digest.hexdigest(), size, head, plaintext)

    def discard(self, storage_name: str) -> None:
        for path in (
            self.path_of(storage_name),
            self._incoming / f"{storage_name}{PENDING_SUFFIX}",
        ):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    # -- reading -------------------------------------------------------------------------

    def chunks(self, storage_name: str, label: str, sha256: str | None = None) -> Iterator[bytes]:
        """Yield verified plaintext. ``label`` names the item in any error message.

        When ``sha256`` is given the content hash is checked at the end as well, so a
        consumer that reads to the end knows it saw exactly what was taken in.
        """
        path = self.path_of(storage_name)
        digest = hashlib.sha256()
        try:
            with path.open("rb") as source:
                for chunk in decrypt_chunks(source, self._key):
                    digest.update(chunk)
                    yield chunk
        except FileNotFoundError:
            raise BlobIntegrityError(
                "The stored file of {label} is missing from the casebook folder "
                "({folder}/{name}). Restore it from a backup.",
                label=label,
                folder=path.parent.name,
                name=path.name,
            ) from None
        except BlobFormatError as exc:
            raise BlobIntegrityError(
                "The stored file of {label} is damaged or was altered: {exc}. Do not rely on "
                "it; restore the casebook folder from a backup.",
                label=label,
                exc=exc,
            ) from None
        if sha256 is not None and digest.hexdigest() != sha256:
            raise BlobIntegrityError(
                "The content of {label} no longer matches the SHA-256 recorded at intake.",
                label=label,
            )

    def read_bytes(self, storage_name: str, label: str, sha256: str, limit: int) -> bytes:
        """Whole plaintext in memory (for viewers); refuses contents larger than ``limit``."""
        data = bytearray()
        for chunk in self.chunks(storage_name, label, sha256):
            data += chunk
            if len(data) > limit:
                raise CasebookError(
                    "{label} is too large to open here ({mib} MiB read so far). Export it to a "
                    "folder of your choice instead.",
                    label=label,
                    mib=len(data) // 2**20,
                )
        return bytes(data)

    def verify(
        self, storage_name: str, label: str | Phrase, sha256: str, size: int
    ) -> Phrase | None:
        """Return a problem description, or None when the blob is intact."""
        total = 0
        try:
            for chunk in self.chunks(storage_name, label, sha256):
                total += len(chunk)
        except BlobIntegrityError as exc:
            return exc.phrase
        if total != size:
            return phrase(
                "The content of {label} has {total} bytes, but {size} were recorded.",
                label=label,
                total=total,
                size=size,
            )
        return None
