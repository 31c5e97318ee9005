"""Evidence intake: encrypt and hash in one pass, sniff the type, read metadata, log custody.

Type and metadata come from the plaintext of that one pass: the first bytes for the type,
the whole file only for a format whose metadata can lie anywhere in it, and only when small.

The same content taken in twice is stored once: the second item points at the same blob
and names the first item as its duplicate.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import CasebookError
from ..integrity.custody import record_event
from ..integrity.timestamp import TimestampError
from ..media import proofmode
from ..media.intake_metadata import keep_for_metadata, metadata_at_intake
from ..media.media_type import evidence_kind_for, sniff_media_type
from ..models import Blob, Case, EvidenceItem
from ..models.base import new_id
from ..models.evidence import EVIDENCE_DOCUMENTATION
from ..store import evidence_timestamps
from ..store.atomic_write import open_private
from ..store.casebook import Casebook
from ..store.staging import publish, staged
from ..store.vault import ProgressCallback, StoredContent
from ..text.calendar_dates import entered_date
from ..text.text_input import clean
from .records import update_field

VIEW_IN_MEMORY_LIMIT = 512 * 1024 * 1024


@dataclass(frozen=True)
class IntakeResult:
    item: EvidenceItem
    duplicate_of: EvidenceItem | None  # an existing item with the same content


@dataclass(frozen=True)
class StoredFromBundle(StoredContent):
    """The media of a ProofMode bundle, stored; its proof is recorded with the item."""

    media_name: str = ""
    proof: dict[str, Any] = field(default_factory=dict, repr=False)


def store_file(
    book: Casebook,
    path: Path,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> StoredContent:
    """Encrypt a file into the vault, keeping what its metadata needs; nothing is recorded.

    A ProofMode bundle is taken in as what it is: its media file is what is stored (never
    unpacked to disk), and its proof goes with it (see ``media.proofmode``).
    """
    bundle = proofmode.open_bundle(Path(path))
    if bundle is None:
        return book.vault.store_file(Path(path), progress, cancel, keep=keep_for_metadata)
    with bundle.open_media() as media:
        stored = book.vault.store_stream(
            media, bundle.media_size, progress, cancel, keep=keep_for_metadata
        )
    fields = {f.name: getattr(stored, f.name) for f in dataclasses.fields(StoredContent)}
    return StoredFromBundle(**fields, media_name=bundle.media_name, proof=bundle.record)


class IntakeDetails(TypedDict, total=False):
    """What the person taking a file in may say about it; every field is optional."""

    title: str | None
    description: str
    source: str
    acquisition_method: str
    collected_by: str
    collected_at: str | None
    collected_place: str
    kind: str | None
    # Original or copy, and where the original is kept (models.evidence.COPY_STATUSES).
    copy_status: str | None
    original_location: str


def take_in(
    book: Casebook,
    session: Session,
    case: Case,
    path: Path,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    **details: Unpack[IntakeDetails],
) -> IntakeResult:
    """Add one file as an evidence item; the caller commits the session.

    The file is encrypted while ``session`` may hold a read transaction open. Callers that
    write from several threads (the GUI) ``store_file`` first and then call ``record_stored`` in
    a short transaction of their own.
    """
    entered_date(details.get("collected_at"), "collected_at")  # before the file is read
    checked_documentation(session, details)
    stored = store_file(book, path, progress, cancel)
    return record_stored(book, session, case, stored, Path(path).name, **details)


def record_stored(
    book: Casebook,
    session: Session,
    case: Case,
    stored: StoredContent,
    filename: str,
    **details: Unpack[IntakeDetails],
) -> IntakeResult:
    """Record content already in the vault as an item; on any failure the copy is discarded."""
    try:
        return _record(book, session, case, stored, filename, details)
    except BaseException:
        book.vault.discard(stored.storage_name)
        raise


def _record(
    book: Casebook,
    session: Session,
    case: Case,
    stored: StoredContent,
    filename: str,
    details: IntakeDetails,
) -> IntakeResult:
    media_type = sniff_media_type(stored.head)
    existing = session.scalar(select(Blob).where(Blob.sha256 == stored.sha256))
    duplicate_of = None
    if existing is not None:
        duplicate_of = session.scalar(
            select(EvidenceItem)
            .where(EvidenceItem.blob_id == existing.id)
            .order_by(EvidenceItem.created_at)
            .limit(1)
        )
    if duplicate_of is not None:  # same bytes, same embedded metadata: no need to parse again
        metadata = dict(duplicate_of.extracted_metadata)
    else:
        metadata = metadata_at_intake(stored.head, stored.plaintext, stored.size, media_type)
    metadata.pop("proofmode", None)  # a duplicate's proof belongs to the bundle it came in
    if isinstance(stored, StoredFromBundle):
        metadata["proofmode"] = proofmode.proof_with_hash_check(stored.proof, stored.sha256)
        filename = stored.media_name
    if existing is not None:
        book.vault.discard(stored.storage_name)
        blob = existing
    else:
        blob = Blob(
            sha256=stored.sha256,
            size=stored.size,
            media_type=media_type,
            storage_name=stored.storage_name,
        )
        session.add(blob)
    item_id = new_id()
    item = EvidenceItem(
        id=item_id,
        lineage_id=item_id,
        case_id=case.id,
        kind=details.get("kind") or evidence_kind_for(media_type),
        title=clean(details.get("title") or filename),
        description=clean(details.get("description", "")),
        source=clean(details.get("source", "")),
        acquisition_method=clean(details.get("acquisition_method", "")),
        collected_by=clean(details.get("collected_by", "")),
        collected_at=entered_date(details.get("collected_at"), "collected_at"),
        collected_place=clean(details.get("collected_place", "")),
        **checked_documentation(session, details),
        original_filename=clean(filename),
        blob=blob,
        sha256=stored.sha256,
        size=stored.size,
        media_type=media_type,
        extracted_metadata=metadata,
        duplicate_of_id=duplicate_of.id if duplicate_of else None,
    )
    session.add(item)
    session.flush()
    if book.actor_id is None:
        raise CasebookError("No user is acting in this casebook; open it again.")
    # Queued, no network: sent when the user chooses (`casebook timestamp evidence --send`).
    # If the folder cannot be written now, the next send queues what is missing.
    with contextlib.suppress(TimestampError):
        evidence_timestamps.queue_item(book, item)
    record_event(
        session,
        item,
        "collected",
        book.actor_id,
        reason="taken into the casebook",
        details={"original_filename": item.original_filename, "sha256": stored.sha256},
    )
    return IntakeResult(item, duplicate_of)


def checked_documentation(session: Session, details: IntakeDetails) -> dict[str, Any]:
    """Original or copy and the original's place, checked as an edit of them is (the GUI
    asks before it takes files in, so a refusal comes before any file is encrypted)."""
    probe = EvidenceItem()
    for name in EVIDENCE_DOCUMENTATION:
        if name in details:
            update_field(session, probe, name, details[name])  # type: ignore[literal-required]
    return {name: getattr(probe, name) for name in EVIDENCE_DOCUMENTATION if name in details}


def read_content(book: Casebook, item: EvidenceItem, limit: int = VIEW_IN_MEMORY_LIMIT) -> bytes:
    """Decrypt to memory for a viewer; verifies tag and hash on the way."""
    if item.blob is None or item.sha256 is None:
        raise CasebookError(
            "Evidence {title} has no stored file (a physical item?).", title=repr(item.title)
        )
    return book.vault.read_bytes(
        item.blob.storage_name, f"evidence {item.title!r}", item.sha256, limit
    )


def export_content(book: Casebook, item: EvidenceItem, target: Path) -> None:
    """Write the original bytes to a place the user chose; verified as they are written.

    The copy is private to the user and replaces ``target`` whole; it is written through a
    registered staging file, so a copy cut short is removed at the next start.
    """
    if item.blob is None or item.sha256 is None:
        raise CasebookError(
            "Evidence {title} has no stored file (a physical item?).", title=repr(item.title)
        )
    with staged(Path(target)) as part:
        with open_private(part) as out:
            for chunk in book.vault.chunks(
                item.blob.storage_name, f"evidence {item.title!r}", item.sha256
            ):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        publish(part, Path(target))


def export_copy(
    book: Casebook, session: Session, item: EvidenceItem, target: Path, reason: str
) -> None:
    """A verified plain copy where the user chose, recorded in the item's chain of custody.

    The caller commits; the copy is unencrypted, which the user must be told before.
    """
    export_content(book, item, target)
    if book.actor_id is None:
        raise CasebookError("No user is acting in this casebook; open it again.")
    record_event(
        session,
        item,
        "exported",
        book.actor_id,
        reason=reason,
        details={"file_name": target.name, "sha256": item.sha256},
    )
