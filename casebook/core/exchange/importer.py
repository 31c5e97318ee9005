"""Importing a package: read and check it as it is decrypted (``package_reader``), then
merge it in one write transaction, or write nothing at all.

Attachments arrive already re-encrypted in ``blobs/incoming`` and are moved into the vault
just before the commit; any failure removes them and rolls the database back.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from ..errors import CasebookError
from ..integrity.custody import record_event
from ..models import Blob, Case, EvidenceItem, ExchangeIdentity, ExchangePackage, User
from ..models.base import utcnow
from ..models.user import ROLES
from ..phrase import Phrase, phrase
from ..store.atomic_write import fsync_dir
from ..store.casebook import Casebook
from . import age_pipe
from . import manifest as fmt
from .audit_chains import check_incoming, store_incoming
from .errors import (
    NotAddressedToUs,
    PackageDamaged,
    PackageRejected,
)
from .identities import (
    ParsedIdentity,
    age_identity_of,
    own_identity,
    store_identity,
)
from .merge import MergeContext, MergeSummary, Origin, merge_units, set_peer_versions
from .package_reader import PackageReader, Part
from .rows import malformed
from .signers import EXTERNAL_ROLE
from .tar_stream import TarPushParser
from .unit_kinds import KINDS
from .units import Decoded, is_sha256


@dataclass
class ImportResult:
    package_id: str
    dry_run: bool
    sender_name: str
    sender_role: str
    sender_fingerprint: str
    sender_status: str  # verified, unverified, unknown
    case_reference: str
    created_at: datetime
    summary: MergeSummary
    attachments_new: int = 0
    attachments_known: int = 0
    users_added: int = 0
    audit_entries: int = 0
    notes: list[Phrase] = field(default_factory=list)


def import_package(
    book: Casebook, path: Path, dry_run: bool = False, accept_unverified: bool = False
) -> ImportResult:
    """Import one package; with ``dry_run`` everything is checked and nothing is kept."""
    path = Path(path)
    if not path.is_file():
        raise CasebookError("There is no package file at {path}. Check the path.", path=path)
    # Reading and checking the stream can take minutes; it needs no write lock. The merge
    # runs afterwards in one short write transaction. A large package is decrypted by a
    # second process (age_pipe), started first so that its start-up overlaps the rest.
    with age_pipe.AgeChild("decrypt") as age, book.session() as reading:
        age.spawn(path.stat().st_size)
        try:
            me = own_identity(book, reading, create=False)
        except CasebookError:
            raise NotAddressedToUs() from None
        reader = PackageReader(book, reading, me, accept_unverified, dry_run)
        book.vault.ensure_layout()
        try:
            _decrypt(path, me, reader, age)
            manifest = reader.check_complete()
        except BaseException:
            with contextlib.suppress(Exception):
                reader.finish_writes()  # no file still open when the parts are removed
            _discard(book, reader.parts)
            raise
    with book.session(write=True) as session:
        try:
            reader.recheck(session, manifest)
            result = _merge(book, session, reader, manifest)
            session.flush()
            if dry_run:
                session.rollback()
                result.dry_run = True
                return result
            _publish(book, reader.parts)
            session.commit()
            return result
        except IntegrityError:
            session.rollback()
            _discard(book, reader.parts)
            raise PackageRejected(
                "The package breaks a rule of this casebook's records (a reference to a record "
                "that is not here, or a duplicate). Nothing was imported; ask the sender for a "
                "complete package (without --since-last)."
            ) from None
        except SQLAlchemyError as exc:
            session.rollback()
            _discard(book, reader.parts)
            if isinstance(exc, OperationalError):
                raise
            # Its text carries the SQL parameters, which are case data: never shown.
            raise PackageRejected(
                "The casebook's database refused a record of the package ({kind}); "
                "nothing was imported. Ask the sender to make the package again with "
                "this version of Casebook.",
                kind=type(exc).__name__,
            ) from None
        except BaseException:
            session.rollback()
            _discard(book, reader.parts)
            raise


def _decrypt(
    path: Path, me: ExchangeIdentity, reader: PackageReader, age: age_pipe.AgeChild
) -> None:
    parser = TarPushParser(reader.on_entry)
    try:
        source = path.open("rb")
    except OSError as exc:
        raise CasebookError(
            "The package could not be read ({strerror}).", strerror=exc.strerror
        ) from None
    with source:
        try:
            identity = age_identity_of(me)
            # A large package is age-decrypted by the second process into a pipe to this
            # one, which checks and stores it meanwhile: two cores. A small one, or without
            # a second process, is decrypted here.
            child = age.ready()
            if child is not None:
                assert me.age_secret is not None  # age_identity_of checked it
                child.decrypt(path, me.age_secret.decode("ascii"), parser.write)
            else:
                # age writes 8 KiB at a time; a buffer in between keeps Python calls per MiB.
                sink = io.BufferedWriter(parser, buffer_size=64 * 1024)
                pyrage.decrypt_io(source, sink, [identity])
                sink.flush()
        except pyrage.DecryptError as exc:
            if "no matching keys" in str(exc).lower():
                raise NotAddressedToUs() from None
            raise PackageDamaged(phrase("it could not be decrypted")) from None
        except OSError:
            # rage reports a chunk that fails authentication, or a cut-off end, as an I/O
            # error of its stream; our own disk errors arrive as CasebookError instead.
            raise PackageDamaged(
                phrase("a part of it fails authentication, or its end is missing")
            ) from None
    parser.finish()


def _publish(book: Casebook, parts: list[Any]) -> None:
    """Move the new attachments into the vault; the caller commits right after."""
    for part in parts:
        final = book.vault.path_of(part.storage_name)
        final.parent.mkdir(exist_ok=True, mode=0o700)
        os.replace(part.path, final)
        part.path = final
        fsync_dir(final.parent)


def _discard(book: Casebook, parts: list[Any]) -> None:
    for part in parts:
        with contextlib.suppress(OSError):
            part.path.unlink()


def _merge(
    book: Casebook, session: Session, reader: PackageReader, manifest: fmt.Manifest
) -> ImportResult:
    records = fmt.parse_json(bytes(reader.buffers[fmt.RECORDS_NAME].data), fmt.RECORDS_NAME)
    audit = fmt.parse_json(bytes(reader.buffers[fmt.AUDIT_NAME].data), fmt.AUDIT_NAME)
    reader.buffers.clear()
    users, blobs, units = _check_records(records, manifest, reader.attachments)
    chain = check_incoming(audit, manifest)
    party = manifest.sender
    status = "unknown" if reader.sender is None else "verified"
    if reader.sender is not None and reader.sender.verified_at is None:
        status = "unverified"
    if reader.sender is None:
        store_identity(
            session,
            ParsedIdentity(
                party.user_id,
                party.display_name,
                party.role,
                party.casebook_id,
                party.age_recipient,
                party.signing_key,
            ),
        )
    users_added = _merge_users(session, users, party)
    local_blobs, new_blobs = _merge_blobs(session, blobs, reader.attachments)
    if not any(u.kind == "case" for u in units) and session.get(Case, manifest.case_id) is None:
        raise PackageRejected(
            "The package holds changes to a case this casebook does not have. Ask the sender "
            "for a complete package (without --since-last); nothing was imported."
        )
    received = utcnow()
    origin = Origin(
        manifest.package_id, party.user_id, party.casebook_id, manifest.created_at, received
    )
    context = MergeContext(session, manifest.case_id, local_blobs)
    summary = merge_units(context, units, origin)
    # The sender holds every attachment its package describes: none is sent back to it.
    set_peer_versions(session, party.user_id, {("blob", sha): sha for sha in blobs})
    _record_receipt(book, session, summary, manifest)
    audit_new = store_incoming(session, party.casebook_id, manifest.package_id, chain)
    session.add(
        ExchangePackage(
            id=manifest.package_id,
            direction="received",
            case_id=manifest.case_id,
            case_reference=manifest.case_reference,
            sender_user_id=party.user_id,
            source_casebook_id=party.casebook_id,
            recipients=manifest.recipient_user_ids,
            created_at=manifest.created_at,
            processed_at=received,
            manifest_sha256=hashlib.sha256(reader.manifest_raw).hexdigest(),
            audit_head_sequence=manifest.audit_head_sequence,
            audit_head_hash=manifest.audit_head_hash,
            summary={"counts": summary.counts, "conflicts": len(summary.conflicts)},
        )
    )
    return ImportResult(
        package_id=manifest.package_id,
        dry_run=False,
        sender_name=party.display_name,
        sender_role=party.role,
        sender_fingerprint=party.fingerprint,
        sender_status=status,
        case_reference=manifest.case_reference,
        created_at=manifest.created_at,
        summary=summary,
        attachments_new=new_blobs,
        attachments_known=len(reader.attachments) - new_blobs,
        users_added=users_added,
        audit_entries=audit_new,
        notes=summary.notes,
    )


def _check_records(
    records: Any, manifest: fmt.Manifest, attachments: dict[str, Any]
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]], list[Decoded]]:
    keys = {"format", "case_id", "users", "blobs", "units"}
    if not isinstance(records, dict) or set(records) != keys:
        raise malformed("records.json", "does not have the expected parts")
    if records["format"] != fmt.RECORDS_FORMAT or records["case_id"] != manifest.case_id:
        raise malformed("records.json", "is in an unknown format or for another case")
    for part in ("users", "blobs", "units"):
        if not isinstance(records[part], list):
            raise malformed(f"records.json.{part}", "is not a list")
    users = []
    for i, user in enumerate(records["users"]):
        where = f"records.json.users[{i}]"
        if not isinstance(user, dict) or set(user) != {
            "id",
            "display_name",
            "role",
            "signing_public_key",
        }:
            raise malformed(where, "is not a user")
        # A role only describes the sender's view; it is never taken (see signers.py).
        known_role = user.get("role") in (*ROLES, EXTERNAL_ROLE)
        if not all(isinstance(user[k], str) for k in user) or not known_role:
            raise malformed(where, "has a malformed field")
        if len(user["id"]) > 36 or len(user["display_name"]) > 200:
            raise malformed(where, "has a field that is too long")
        users.append(user)
    blobs: dict[str, dict[str, Any]] = {}
    for i, blob in enumerate(records["blobs"]):
        where = f"records.json.blobs[{i}]"
        if not isinstance(blob, dict) or set(blob) != {"sha256", "size", "media_type"}:
            raise malformed(where, "is not an attachment")
        size = blob["size"]
        if not is_sha256(blob["sha256"]) or not isinstance(size, int) or isinstance(size, bool):
            raise malformed(where, "has a malformed hash or size")
        if not isinstance(blob["media_type"], str) or len(blob["media_type"]) > 100:
            raise malformed(where, "has a malformed media type")
        blobs[blob["sha256"]] = blob
    for sha, part in attachments.items():
        if sha not in blobs or blobs[sha]["size"] != part.size:
            raise malformed("records.json.blobs", "does not describe every attachment sent")
    units: list[Decoded] = []
    seen: set[tuple[str, str]] = set()
    for i, item in enumerate(records["units"]):
        where = f"records.json.units[{i}]"
        name = item.get("kind") if isinstance(item, dict) else None
        kind = KINDS.get(name) if isinstance(name, str) else None
        if kind is None:
            raise malformed(where, "is of a kind this version does not know")
        if kind.name == "identity" and not manifest.with_identities:
            raise malformed(where, "is an identity record, but the package says it has none")
        unit = kind.decode(item, manifest.case_id, where)
        if (unit.kind, unit.id) in seen:
            raise malformed(where, "repeats a record")
        if unit.blob is not None and unit.blob not in blobs:
            raise malformed(where, "refers to an attachment the package does not describe")
        seen.add((unit.kind, unit.id))
        units.append(unit)
    return users, blobs, units


def _merge_users(session: Session, users: list[dict[str, Any]], party: fmt.Party) -> int:
    added = 0
    sender_listed = False
    for user in users:
        key = base64.b64decode(user["signing_public_key"])
        if user["id"] == party.user_id:
            sender_listed = key == party.signing_key
        local = session.get(User, user["id"])
        if local is not None:
            if local.signing_public_key != key:
                raise PackageRejected(
                    "The package names a user of this casebook with a different signing key. "
                    "Someone may be impersonating a colleague; nothing was imported."
                )
            continue
        session.add(
            User(
                id=user["id"],
                display_name=user["display_name"],
                role=EXTERNAL_ROLE,  # granted here, never taken from the package (signers.py)
                signing_public_key=key,
                signing_private_key=None,
            )
        )
        added += 1
    if not sender_listed:
        raise malformed("records.json.users", "does not name the sender with the signing key")
    session.flush()
    return added


def _merge_blobs(
    session: Session, blobs: dict[str, dict[str, Any]], attachments: dict[str, Part]
) -> tuple[dict[str, Blob], int]:
    """Blob rows for every attachment the units refer to: the ones here, and new ones."""
    local = {b.sha256: b for b in session.scalars(select(Blob).where(Blob.sha256.in_(list(blobs))))}
    new = 0
    for sha, part in attachments.items():
        if sha in local or part.storage_name is None:
            if sha not in local:  # a dry run: a stand-in, rolled back with the rest
                local[sha] = Blob(sha256=sha, size=part.size, storage_name=f"dry-run-{sha[:32]}")
                session.add(local[sha])
                new += 1
            continue
        blob = Blob(
            sha256=sha,
            size=part.size,
            media_type=blobs[sha]["media_type"] or "application/octet-stream",
            storage_name=part.storage_name,
        )
        session.add(blob)
        local[sha] = blob
        new += 1
    session.flush()
    return local, new


def _record_receipt(
    book: Casebook, session: Session, summary: MergeSummary, manifest: fmt.Manifest
) -> None:
    """A signed "received" custody event for each evidence item that arrived with its file."""
    assert book.actor_id is not None
    for item_id in summary.inserted_evidence:
        item = session.get(EvidenceItem, item_id)
        if item is None:
            continue
        record_event(
            session,
            item,
            "received",
            book.actor_id,
            reason="received in an encrypted exchange package",
            details={"package_id": manifest.package_id, "from": manifest.sender.fingerprint},
        )
