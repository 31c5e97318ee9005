"""Making a case package: the case's units, their audit entries and attachments, signed by
the sender and encrypted with age to each recipient, streamed straight into the file.

Nothing is written in plaintext: records and audit entries are built in memory, each
attachment is decrypted from the vault chunk by chunk into the tar stream, and the stream
is encrypted by ``pyrage.encrypt_io`` as it is produced, into ``FILE.partial`` beside the
destination, renamed when complete.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import io
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..canonical_json import LEGACY, canonical_json
from ..errors import CasebookError, StorageFull
from ..integrity.custody import record_event
from ..models import Blob, EvidenceItem, ExchangeIdentity, ExchangePackage, User
from ..models.base import new_id, utcnow
from ..records.cases import case_by_reference
from ..store.atomic_write import fsync_dir, open_private
from ..store.casebook import Casebook
from . import age_pipe
from . import manifest as fmt
from .audit_chains import chain_head, outgoing_chain
from .identities import find_identity, fingerprint_of, own_identity
from .merge import add_versions, known_versions, peer_versions, set_peer_versions
from .rows import encode_datetime
from .tar_stream import Entry, IterReader, tar_stream
from .unit_kinds import KINDS, LocalUnit, local_units
from .units import unit_hash, unit_hashes

Progress = Callable[[int], None]
_BUFFER = 1024 * 1024
_USER_FIELDS = ("created_by", "updated_by", "sealed_by", "actor_id", "verified_by")


@dataclass
class PackageResult:
    path: Path
    package_id: str
    recipients: list[str]  # display names
    units: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    attachment_bytes: int = 0


def make_package(
    book: Casebook,
    case_reference: str,
    recipient_fingerprints: list[str],
    out: Path,
    since_last: bool = False,
    with_identities: bool = False,
    progress: Progress | None = None,
) -> PackageResult:
    """Write the package to ``out`` (which must not exist); the casebook records it."""
    out = Path(out)
    if out.exists():
        raise CasebookError(
            "{out} already exists. Choose a new file name for the package.", out=out
        )
    if not recipient_fingerprints:
        raise CasebookError("Name at least one recipient by fingerprint (--to).")
    partial = out.with_name(out.name + ".partial")
    # One write transaction: the custody events and the record of what each recipient holds
    # are kept only if the file was written completely.
    with book.session(write=True) as session, age_pipe.AgeChild("encrypt") as age:
        me = own_identity(book, session)
        sender = session.get(User, me.user_id)
        assert sender is not None and sender.signing_private_key is not None
        recipients = _recipients(session, recipient_fingerprints, me)
        case = case_by_reference(session, case_reference)
        # The age process starts on an estimate, so that its start-up overlaps the units'
        # gathering; settled below on the real size.
        age.spawn(_evidence_bytes(session, case.id))
        package_id, created = new_id(), utcnow()
        units = local_units(session, case.id, with_identities)
        if since_last:
            units = _changed_for(session, units, recipients)
        blob_rows = _blobs_of(session, units)
        with_bytes = _bytes_needed(session, blob_rows, recipients, since_last)
        age.settle(sum(blob.size for blob in with_bytes.values()))
        units += _transfer_events(book, session, units, with_bytes, recipients, package_id)
        records, keys = _records(session, case.id, units, blob_rows, sender)
        audit_doc = outgoing_chain(session, book.id, keys)
        head = chain_head(audit_doc)
        # Carried, not re-encoded: the manifest hashes these bytes. Written as Python's json
        # writes them (the legacy form), which keeps 16.0 apart from 16, as an entry or a
        # custody event hashed in the legacy form needs to be checked again on arrival.
        audit = canonical_json(audit_doc, LEGACY)
        del audit_doc
        records_bytes = canonical_json(records, LEGACY)
        entries = [
            Entry(fmt.RECORDS_NAME, len(records_bytes), lambda: [records_bytes]),
            Entry(fmt.AUDIT_NAME, len(audit), lambda: [audit]),
        ]
        for sha in sorted(with_bytes):
            entries.append(_blob_entry(book, with_bytes[sha]))
        manifest = {
            "format": fmt.FORMAT,
            "package_id": package_id,
            "created_at": encode_datetime(created),
            "sender": _party(me, book.id),
            "recipients": [
                {"user_id": r.user_id, "age_recipient": r.age_recipient} for r in recipients
            ],
            "case": {"id": case.id, "reference": case.reference},
            "with_identities": with_identities,
            "since_last": since_last,
            "audit_head": {"sequence": head[0], "entry_hash": head[1]},
            "entries": [
                {
                    "name": fmt.RECORDS_NAME,
                    "size": len(records_bytes),
                    "sha256": hashlib.sha256(records_bytes).hexdigest(),
                },
                {
                    "name": fmt.AUDIT_NAME,
                    "size": len(audit),
                    "sha256": hashlib.sha256(audit).hexdigest(),
                },
            ]
            + [
                {"name": fmt.blob_name(sha), "size": with_bytes[sha].size, "sha256": sha}
                for sha in sorted(with_bytes)
            ],
        }
        raw = fmt.manifest_bytes(manifest)
        signature = fmt.sign_manifest(sender.signing_private_key, raw)
        head_entries = [
            Entry(fmt.MANIFEST_NAME, len(raw), lambda: [raw]),
            Entry(fmt.SIGNATURE_NAME, len(signature), lambda: [signature]),
        ]
        try:
            _write(
                partial, head_entries + entries, recipients, int(created.timestamp()), progress, age
            )
            _remember(session, units, recipients, with_bytes)
            session.add(
                ExchangePackage(
                    id=package_id,
                    direction="sent",
                    case_id=case.id,
                    case_reference=case.reference,
                    sender_user_id=me.user_id,
                    source_casebook_id=book.id,
                    recipients=[r.user_id for r in recipients],
                    created_at=created,
                    processed_at=utcnow(),
                    manifest_sha256=hashlib.sha256(raw).hexdigest(),
                    audit_head_sequence=head[0],
                    audit_head_hash=head[1],
                    summary={"units": _count(units), "attachments": len(with_bytes)},
                )
            )
            session.commit()
            os.replace(partial, out)
            fsync_dir(out.parent)
        except BaseException:
            session.rollback()
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    return PackageResult(
        path=out,
        package_id=package_id,
        recipients=[r.display_name for r in recipients],
        units=_count(units),
        attachments=len(with_bytes),
        attachment_bytes=sum(b.size for b in with_bytes.values()),
    )


def _recipients(
    session: Session, fingerprints: list[str], me: ExchangeIdentity
) -> list[ExchangeIdentity]:
    found: dict[str, ExchangeIdentity] = {}
    for fingerprint in fingerprints:
        identity = find_identity(session, fingerprint, verified=True)
        if identity.id == me.id:
            raise CasebookError(
                "A package is for colleagues; your own identity cannot be a recipient."
            )
        found[identity.id] = identity
    return list(found.values())


def _party(me: ExchangeIdentity, casebook_id: str) -> dict[str, Any]:
    return {
        "user_id": me.user_id,
        "display_name": me.display_name,
        "role": me.role,
        "casebook_id": casebook_id,
        "signing_key": base64.b64encode(me.signing_public_key).decode("ascii"),
        "age_recipient": me.age_recipient,
    }


def _changed_for(
    session: Session, units: list[LocalUnit], recipients: list[ExchangeIdentity]
) -> list[LocalUnit]:
    """Units whose current version some recipient is not known to hold."""
    held = [peer_versions(session, r.user_id) for r in recipients]
    return [u for u in units if any(not _holds(h.get((u.kind, u.id)), u) for h in held)]


def _holds(version: str | None, unit: LocalUnit) -> bool:
    """Whether a recipient's recorded version is the unit's current content; one recorded
    before RFC 8785 is a legacy-form hash (units.unit_hashes)."""
    return version == unit.hash or (version is not None and version in unit_hashes(unit.content))


def _evidence_bytes(session: Session, case_id: str) -> int:
    """The size of the case's evidence files, before the units say what travels."""
    query = (
        select(func.coalesce(func.sum(Blob.size), 0))
        .join(EvidenceItem, EvidenceItem.blob_id == Blob.id)
        .where(EvidenceItem.case_id == case_id)
    )
    return int(session.scalar(query) or 0)


def _blobs_of(session: Session, units: list[LocalUnit]) -> dict[str, Blob]:
    shas = {u.content["blob"] for u in units if u.content["blob"]}
    if not shas:
        return {}
    return {b.sha256: b for b in session.scalars(select(Blob).where(Blob.sha256.in_(shas)))}


def _bytes_needed(
    session: Session,
    blobs: dict[str, Blob],
    recipients: list[ExchangeIdentity],
    since_last: bool,
) -> dict[str, Blob]:
    if not since_last:
        return dict(blobs)
    held = [peer_versions(session, r.user_id) for r in recipients]
    return {sha: b for sha, b in blobs.items() if any(h.get(("blob", sha)) != sha for h in held)}


def _transfer_events(
    book: Casebook,
    session: Session,
    units: list[LocalUnit],
    with_bytes: dict[str, Blob],
    recipients: list[ExchangeIdentity],
    package_id: str,
) -> list[LocalUnit]:
    """A signed "transferred" custody event for each item whose content leaves in the package
    for a recipient not known to hold it yet (a full package sent again adds no event)."""
    assert book.actor_id is not None
    added = []
    to = [fingerprint_of(r) for r in recipients]
    held = [peer_versions(session, r.user_id) for r in recipients]
    for unit in units:
        sha = unit.content["blob"]
        if unit.kind != "evidence" or sha not in with_bytes:
            continue
        if all(h.get(("blob", sha)) == sha for h in held):
            continue
        item = session.get(EvidenceItem, unit.id)
        assert item is not None
        event = record_event(
            session,
            item,
            "transferred",
            book.actor_id,
            reason="sent in an encrypted exchange package",
            details={"package_id": package_id, "to": to},
        )
        content = KINDS["custody"].content(session, event)
        added.append(LocalUnit("custody", event.id, content, unit_hash(content)))
    return added


def _records(
    session: Session,
    case_id: str,
    units: list[LocalUnit],
    blobs: dict[str, Blob],
    sender: User,
) -> tuple[dict[str, Any], set[tuple[str, str]]]:
    """records.json, and the (table, id) keys whose audit entries go in full."""
    out_units, keys, user_ids = [], set(), {sender.id}
    for unit in units:
        kind = KINDS[unit.kind]
        add_versions(session, unit.kind, unit.id, [unit.hash])
        history = sorted(known_versions(session, unit.kind, unit.id))
        out_units.append(
            {"kind": unit.kind, "id": unit.id, "history": history, "content": unit.content}
        )
        keys.update(kind.table_keys(unit.content))
        for row in [unit.content["row"], *_child_rows(unit.content)]:
            user_ids.update(str(row[f]) for f in _USER_FIELDS if row.get(f))
    users = [
        {
            "id": u.id,
            "display_name": u.display_name,
            "role": u.role,
            "signing_public_key": base64.b64encode(u.signing_public_key).decode("ascii"),
        }
        for u in session.scalars(select(User).where(User.id.in_(user_ids)).order_by(User.id))
    ]
    blob_list = [
        {"sha256": b.sha256, "size": b.size, "media_type": b.media_type}
        for b in sorted(blobs.values(), key=lambda b: b.sha256)
    ]
    document = {
        "format": fmt.RECORDS_FORMAT,
        "case_id": case_id,
        "users": users,
        "blobs": blob_list,
        "units": out_units,
    }
    return document, keys


def _child_rows(content: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for rows in content["rows"].values():
        yield from rows


def _blob_entry(book: Casebook, blob: Blob) -> Entry:
    label = f"an attachment of {blob.size} bytes (stored as {blob.storage_name})"

    def chunks() -> Iterable[bytes]:
        return book.vault.chunks(blob.storage_name, label, blob.sha256)

    return Entry(fmt.blob_name(blob.sha256), blob.size, chunks)


def _write(
    partial: Path,
    entries: list[Entry],
    recipients: list[ExchangeIdentity],
    mtime: int,
    progress: Progress | None,
    age: age_pipe.AgeChild,
) -> None:
    stream = tar_stream(entries, mtime)
    if progress is not None:
        stream = _counting(stream, progress)
    try:
        # A large package is age-encrypted by a second process while this one decrypts the
        # vault into the pipe to it: two cores (age_pipe). A small one, or without a
        # second process, is encrypted here as it is produced.
        child = age.ready()
        if child is not None:
            child.encrypt(stream, partial, [r.age_recipient for r in recipients])
            return
        keys = [x25519.Recipient.from_str(r.age_recipient) for r in recipients]
        with open_private(partial) as out:
            # age reads 8 KiB at a time; a buffer in between keeps Python calls per MiB.
            source = io.BufferedReader(IterReader(iter(stream)), buffer_size=_BUFFER)
            pyrage.encrypt_io(source, out, keys)
            out.flush()
            os.fsync(out.fileno())
    except FileExistsError:
        raise CasebookError(
            "{name} is in the way (left from an interrupted package?). Remove it and try again.",
            name=partial.name,
        ) from None
    except (OSError, pyrage.EncryptError) as exc:
        error = age_pipe.os_error_of(exc) or OSError(errno.EIO, os.strerror(errno.EIO))
        if error.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise CasebookError(
            "The package could not be written ({strerror}); nothing was sent.",
            strerror=error.strerror,
        ) from None


def _counting(stream: Iterable[bytes], progress: Progress) -> Iterable[bytes]:
    done = 0
    for chunk in stream:
        done += len(chunk)
        progress(done)
        yield chunk


def _remember(
    session: Session,
    units: list[LocalUnit],
    recipients: list[ExchangeIdentity],
    with_bytes: dict[str, Blob],
) -> None:
    """What each recipient now holds, for the next ``--since-last`` package."""
    versions = {(u.kind, u.id): u.hash for u in units}
    versions.update({("blob", sha): sha for sha in with_bytes})
    for recipient in recipients:
        set_peer_versions(session, recipient.user_id, versions)


def _count(units: list[LocalUnit]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for unit in units:
        counts[unit.kind] = counts.get(unit.kind, 0) + 1
    return counts
