"""Reading a package as it is decrypted: the manifest and its signature first, then each
entry checked against the signed manifest as it streams past.

Trust is decided as soon as the signature arrives (known and verified sender, addressed to
us, not seen before), before any attachment byte is written. Attachments are re-encrypted
with the vault key on the fly into ``blobs/incoming`` inside the casebook; records and audit
entries stay in memory.
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import CasebookError, StorageFull
from ..models import Blob, ExchangeIdentity, ExchangePackage
from ..phrase import phrase
from ..store.blob_cipher import BlobWriter
from ..store.casebook import Casebook
from . import manifest as fmt
from .errors import PackageDamaged, PackageRejected, PackageReplayed, UntrustedSender
from .identities import identity_by_key
from .tar_stream import EntryConsumer


class _Buffer:
    """An entry kept in memory (manifest, signature, records, audit), hashed as it comes."""

    def __init__(self, name: str, expected_sha256: str | None) -> None:
        self.name = name
        self.data = bytearray()
        self._digest = hashlib.sha256()
        self._expected = expected_sha256

    def write(self, data: memoryview) -> None:
        self.data += data
        self._digest.update(data)

    def close(self) -> None:
        if self._expected is not None and self._digest.hexdigest() != self._expected:
            raise _altered(self.name)


def _altered(name: str) -> PackageRejected:
    return PackageRejected(
        "The entry {name} does not match its hash in the signed manifest: the "
        "package was altered after it was signed. Nothing was imported.",
        name=name,
    )


@dataclass
class Part:
    sha256: str
    size: int
    storage_name: str | None  # None when only hashed (known here already, or a dry run)
    path: Path | None


class _Attachment:
    """An attachment entry: hashed, and encrypted with the vault key into blobs/incoming."""

    def __init__(self, importer: PackageReader, sha256: str, size: int, keep: bool) -> None:
        self._importer = importer
        self._digest = hashlib.sha256()
        self.part = Part(sha256, size, None, None)
        self._out: Any = None
        self._writer: BlobWriter | None = None
        if keep:
            name = secrets.token_hex(16)
            path = importer.incoming / f"{name}.part"
            self.part.storage_name, self.part.path = name, path
            importer.parts.append(self.part)
            self._out = _open_part(path)
            self._writer = BlobWriter(self._out, importer.vault_key)

    def write(self, data: memoryview) -> None:
        if self._writer is None:
            self._digest.update(data)
            return
        # SHA-256 lets go of the interpreter lock and AES-GCM does not: hashed on another
        # thread while this one encrypts and writes, the two run at once.
        hashing = self._importer.hasher().submit(self._digest.update, data)
        try:
            self._writer.write(data)
        except OSError as exc:
            raise _disk_error(exc) from None
        finally:
            hashing.result()

    def close(self) -> None:
        if self._digest.hexdigest() != self.part.sha256:
            if self._out is not None:
                self._out.close()
            raise _altered(fmt.blob_name(self.part.sha256))
        if self._writer is not None:
            try:
                self._writer.close()
                self._out.flush()
            except OSError as exc:
                self._out.close()
                raise _disk_error(exc) from None
            # The fsync waits for the disk: it runs on another thread while the next entry
            # streams in; check_complete waits for it.
            self._importer.sync_later(self._out)
        self._importer.attachments[self.part.sha256] = self.part


def _sync_and_close(out: BinaryIO) -> None:
    try:
        os.fsync(out.fileno())
    finally:
        out.close()


def _open_part(path: Path) -> Any:
    try:
        return path.open("xb")
    except OSError as exc:
        raise _disk_error(exc) from None


def _disk_error(exc: OSError) -> CasebookError:
    if exc.errno == errno.ENOSPC:
        return StorageFull()
    return CasebookError(
        "An attachment from the package could not be stored ({strerror}); nothing was imported.",
        strerror=exc.strerror,
    )


class PackageReader:
    """Receives the decrypted tar stream; checks trust as soon as the signature arrives."""

    def __init__(
        self,
        book: Casebook,
        session: Session,
        me: ExchangeIdentity,
        accept_unverified: bool,
        dry_run: bool,
    ) -> None:
        self.book, self.session, self.me = book, session, me
        self.accept_unverified = accept_unverified
        self.dry_run = dry_run
        self.incoming = book.vault.folder / "incoming"
        self.vault_key = book.derive_key("vault")
        self.index = 0
        self.manifest_raw = b""
        self.manifest: fmt.Manifest | None = None
        self.sender: ExchangeIdentity | None = None
        self.buffers: dict[str, _Buffer] = {}
        self.parts: list[Part] = []
        self.attachments: dict[str, Part] = {}
        self._hasher: ThreadPoolExecutor | None = None
        self._syncer: ThreadPoolExecutor | None = None
        self._syncs: list[Future[None]] = []

    def hasher(self) -> ThreadPoolExecutor:
        if self._hasher is None:
            self._hasher = ThreadPoolExecutor(1, thread_name_prefix="casebook-hash")
        return self._hasher

    def sync_later(self, out: BinaryIO) -> None:
        if self._syncer is None:
            self._syncer = ThreadPoolExecutor(1, thread_name_prefix="casebook-fsync")
        self._syncs.append(self._syncer.submit(_sync_and_close, out))

    def finish_writes(self) -> None:
        """Wait until every attachment is on disk and end the threads; raises the first
        failure (a full disk…). Called on success and failure alike."""
        for pool in (self._hasher, self._syncer):
            if pool is not None:
                pool.shutdown(wait=True)
        self._hasher = self._syncer = None
        syncs, self._syncs = self._syncs, []
        for done in syncs:
            exc = done.exception()
            if isinstance(exc, OSError):
                raise _disk_error(exc) from None
            if exc is not None:
                raise exc

    def on_entry(self, name: str, size: int) -> EntryConsumer:
        fmt.check_entry_name(name)
        index, self.index = self.index, self.index + 1
        if index == 0:
            if name != fmt.MANIFEST_NAME:
                raise PackageDamaged(phrase("it does not begin with a manifest"))
            if size > fmt.MAX_MANIFEST_BYTES:
                raise PackageRejected(
                    "The package's manifest is {size} bytes, more than Casebook accepts; it "
                    "was refused and nothing was imported.",
                    size=size,
                )
            return self._keep(name, None)
        if index == 1:
            if name != fmt.SIGNATURE_NAME or size != 64:
                raise PackageDamaged(phrase("its manifest is not followed by its signature"))
            return _Trigger(self._keep(name, None), self._trust)
        assert self.manifest is not None
        if index - 2 >= len(self.manifest.entries):
            raise PackageRejected(
                "The package holds an entry its signed manifest does not list; it was refused "
                "and nothing was imported."
            )
        listed = self.manifest.entries[index - 2]
        if name != listed.name or size != listed.size:
            raise PackageRejected(
                "The entry {name} is not the one (or not the size) its signed manifest "
                "lists at this place; the package was refused and nothing was imported.",
                name=repr(name[:80]),
            )
        if index - 2 < 2:
            return self._keep(name, listed.sha256)
        known = self.session.scalar(select(Blob.id).where(Blob.sha256 == listed.sha256))
        return _Attachment(self, listed.sha256, size, keep=not (self.dry_run or known))

    def _keep(self, name: str, sha256: str | None) -> _Buffer:
        buffer = _Buffer(name, sha256)
        self.buffers[name] = buffer
        return buffer

    def _trust(self) -> None:
        """Signature first; then who sent it, to whom, and whether it was seen before."""
        raw = bytes(self.buffers[fmt.MANIFEST_NAME].data)
        signature = bytes(self.buffers[fmt.SIGNATURE_NAME].data)
        key = fmt.sender_key_of(raw)
        if not fmt.signature_valid(key, signature, raw):
            raise PackageRejected(
                "The package's signature does not match its manifest: it was altered after it "
                "was signed, or damaged. Nothing was imported."
            )
        manifest = fmt.parse_manifest(raw)
        if manifest.sender.casebook_id == self.book.id:
            raise PackageRejected(
                "This package was made by this casebook; there is nothing to import."
            )
        if self.me.age_recipient not in manifest.recipients:
            raise PackageRejected(
                "This package was signed for other recipients and re-encrypted to you by "
                "someone else. It was not imported; ask the sender for a package addressed "
                "to you."
            )
        _not_seen(self.session, manifest)
        self.sender = self._sender(manifest)
        self.manifest, self.manifest_raw = manifest, raw

    def recheck(self, session: Session, manifest: fmt.Manifest) -> None:
        """Replay and sender again, inside the write transaction that will merge."""
        self.session = session
        _not_seen(session, manifest)
        self.sender = self._sender(manifest)

    def _sender(self, manifest: fmt.Manifest) -> ExchangeIdentity | None:
        party = manifest.sender
        found = identity_by_key(self.session, party.signing_key)
        if found is not None and (
            found.user_id != party.user_id or found.age_recipient != party.age_recipient
        ):
            raise PackageRejected(
                "The package is signed with the key of a stored identity but names another "
                "user or age key. Someone may be impersonating a colleague; nothing was "
                "imported."
            )
        if found is None:
            clash = self.session.scalar(
                select(ExchangeIdentity.id).where(
                    (ExchangeIdentity.user_id == party.user_id)
                    | (ExchangeIdentity.age_recipient == party.age_recipient)
                )
            )
            if clash is not None:
                raise PackageRejected(
                    "The package claims to come from a stored identity but is signed with "
                    "another key. Someone may be impersonating a colleague; nothing was "
                    "imported."
                )
            if not self.accept_unverified:
                raise UntrustedSender(
                    "The package comes from an unknown sender ({display_name}, {role}, "
                    "fingerprint {fingerprint}). Import their identity and verify its "
                    "fingerprint with them first, or import with --accept-unverified if you "
                    "trust it. Nothing was imported.",
                    display_name=party.display_name,
                    role=party.role,
                    fingerprint=party.fingerprint,
                )
        elif found.verified_at is None and not self.accept_unverified:
            raise UntrustedSender(
                "The package comes from {display_name} (fingerprint {fingerprint}), "
                "whose identity is not verified here. Compare the fingerprint with them "
                "by phone or in person and run `casebook identity verify`, or import "
                "with --accept-unverified. Nothing was imported.",
                display_name=found.display_name,
                fingerprint=party.fingerprint,
            )
        return found

    def check_complete(self) -> fmt.Manifest:
        self.finish_writes()
        if self.manifest is None or self.index != 2 + len(self.manifest.entries):
            raise PackageDamaged(phrase("entries its manifest lists are missing"))
        return self.manifest


def _not_seen(session: Session, manifest: fmt.Manifest) -> None:
    seen = session.get(ExchangePackage, manifest.package_id)
    if seen is not None:
        raise PackageReplayed(
            "This package ({package_id}) was already imported on {processed_at} UTC; "
            "importing it again changes nothing, so nothing was done.",
            package_id=manifest.package_id,
            processed_at=f"{seen.processed_at:%Y-%m-%d %H:%M}",
        )


class _Trigger:
    """Calls ``after`` once the wrapped entry is complete."""

    def __init__(self, inner: EntryConsumer, after: Any) -> None:
        self._inner, self._after = inner, after

    def write(self, data: memoryview) -> None:
        self._inner.write(data)

    def close(self) -> None:
        self._inner.close()
        self._after()
