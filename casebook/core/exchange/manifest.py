"""The package manifest: what is in a package, signed by its sender.

The manifest lists every other entry with its size and SHA-256, names the sender (both
public keys) and the recipients, the case, and the head of the sender's audit chain. The
Ed25519 signature covers a fixed context string followed by the manifest's exact bytes, so
a signature made for anything else (a custody event, a bundle) can never pass for one.
See docs/exchange-format.md.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..canonical_json import canonical_json
from ..integrity import signing
from ..phrase import phrase
from ..text import json_input
from .errors import PackageDamaged, PackageRejected
from .units import is_sha256

# Version 2: every hashed or signed JSON in RFC 8785 form, and audit entries and custody
# events naming theirs (core/canonical_json.py). Version 1 packages, whose entries and events
# are in the legacy form, are still read and checked in that form.
FORMAT = "casebook-package/2"
READ_FORMATS = ("casebook-package/1", FORMAT)
RECORDS_FORMAT = "casebook-package-records/1"
AUDIT_FORMAT = "casebook-package-audit/1"
MANIFEST_NAME = "MANIFEST.json"
SIGNATURE_NAME = "MANIFEST.sig"
RECORDS_NAME = "records.json"
AUDIT_NAME = "audit.json"
BLOB_PREFIX = "blobs/"
SIGNATURE_CONTEXT = b"casebook-package/1 manifest signature\n"  # kept in version 2

MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_JSON_BYTES = 512 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 256 * 1024**3
MAX_ENTRIES = 1_000_000
MAX_RECIPIENTS = 50

_AGE = re.compile(r"age1[02-9ac-hj-np-z]{58}")


_DRIVE = re.compile(r"^[A-Za-z]:")


def check_entry_name(name: str) -> None:
    """Refuse names that would leave a folder if anyone ever unpacked the archive."""
    parts = name.split("/")
    if name.startswith("/") or "\\" in name or _DRIVE.match(name) or ".." in parts:
        raise PackageRejected(
            "The package holds an entry whose path leaves its folder ({name}). Such "
            "packages are refused as hostile; nothing was imported.",
            name=repr(name[:100]),
        )


def blob_name(sha256: str) -> str:
    return f"{BLOB_PREFIX}{sha256}"


def sign_manifest(private_key: bytes, manifest_bytes: bytes) -> bytes:
    return signing.sign_bytes(private_key, SIGNATURE_CONTEXT + manifest_bytes)


def signature_valid(public_key: bytes, signature: bytes, manifest_bytes: bytes) -> bool:
    return signing.verify_bytes(public_key, signature, SIGNATURE_CONTEXT + manifest_bytes)


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return canonical_json(manifest)


@dataclass(frozen=True)
class Party:
    user_id: str
    display_name: str
    role: str
    casebook_id: str
    signing_key: bytes
    age_recipient: str

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.signing_key)


@dataclass(frozen=True)
class ManifestEntry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    package_id: str
    created_at: datetime
    sender: Party
    recipients: list[str]  # age recipients
    recipient_user_ids: list[str]
    case_id: str
    case_reference: str
    with_identities: bool
    since_last: bool
    audit_head_sequence: int
    audit_head_hash: str
    entries: list[ManifestEntry]


def sender_key_of(raw: bytes) -> bytes:
    """The sender's signing key, read before anything else so the signature can be checked."""
    data = parse_json(raw, MANIFEST_NAME)
    sender = data.get("sender") if isinstance(data, dict) else None
    key = _signing_key(sender.get("signing_key") if isinstance(sender, dict) else None)
    if key is None:
        raise PackageDamaged(phrase("its manifest names no usable signing key"))
    return key


def _signing_key(value: Any) -> bytes | None:
    try:
        decoded = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        return None
    return decoded if len(decoded) == 32 else None


def parse_json(raw: bytes, name: str) -> Any:
    """Parsed defensively (depth, sizes, 64-bit integers, no NaN, no lone surrogates)."""
    try:
        return json_input.loads(raw.decode("utf-8"))
    except json_input.JsonInputError as exc:
        raise PackageRejected(
            "The package's {name} holds a value Casebook does not read, so nothing "
            "was imported. Ask the sender to make the package again:",
            [f"{json_input.under(name, exc.path)}: {exc.problem}"],
            name=name,
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise PackageRejected(
            "The package's {name} is not valid JSON, so nothing was imported. Ask "
            "the sender to make the package again.",
            name=name,
        ) from None


def _bad(problem: str) -> PackageRejected:
    return PackageRejected(
        "The package's signed manifest is malformed, so nothing was imported. It may come "
        "from a newer version of Casebook:",
        [problem],
    )


def _text(data: dict[str, Any], key: str, limit: int = 200) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > limit:
        raise _bad(f"{key} is missing or malformed")
    return value


def _uuid(data: dict[str, Any], key: str) -> str:
    value = _text(data, key, 36)
    try:
        if str(uuid.UUID(value)) != value:
            raise ValueError
    except ValueError:
        raise _bad(f"{key} is not an id") from None
    return value


def _party(data: Any, what: str) -> Party:
    if not isinstance(data, dict):
        raise _bad(f"{what} is missing")
    age = _text(data, "age_recipient", 100)
    if not _AGE.fullmatch(age):
        raise _bad(f"{what}'s age recipient is malformed")
    key = _signing_key(data.get("signing_key"))
    if key is None:
        raise _bad(f"{what}'s signing key is malformed")
    return Party(
        user_id=_uuid(data, "user_id"),
        display_name=_text(data, "display_name"),
        role=_text(data, "role", 20),
        casebook_id=_uuid(data, "casebook_id"),
        signing_key=key,
        age_recipient=age,
    )


def parse_manifest(raw: bytes) -> Manifest:
    """Check the (already signature-checked) manifest's structure, entry by entry."""
    data = parse_json(raw, MANIFEST_NAME)
    if not isinstance(data, dict):
        raise _bad("it is not an object")
    if data.get("format") not in READ_FORMATS:
        raise _bad("its format is not one of " + ", ".join(READ_FORMATS))
    recipients = data.get("recipients")
    if not isinstance(recipients, list) or not 0 < len(recipients) <= MAX_RECIPIENTS:
        raise _bad("it lists no recipients, or too many")
    recipient_ids, recipient_ages = [], []
    for r in recipients:
        if not isinstance(r, dict):
            raise _bad("a recipient is malformed")
        recipient_ids.append(_uuid(r, "user_id"))
        age = _text(r, "age_recipient", 100)
        if not _AGE.fullmatch(age):
            raise _bad("a recipient's age recipient is malformed")
        recipient_ages.append(age)
    case = data.get("case")
    head = data.get("audit_head")
    if not isinstance(case, dict) or not isinstance(head, dict):
        raise _bad("the case or the audit head is missing")
    sequence = head.get("sequence")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 0:
        raise _bad("the audit head's sequence is malformed")
    if not is_sha256(head.get("entry_hash")):
        raise _bad("the audit head's hash is malformed")
    try:
        created = datetime.fromisoformat(_text(data, "created_at", 40))
    except ValueError:
        raise _bad("created_at is not a date and time") from None
    if created.tzinfo is None:
        raise _bad("created_at has no time zone")
    flags = [data.get("with_identities"), data.get("since_last")]
    if not all(isinstance(f, bool) for f in flags):
        raise _bad("with_identities or since_last is not true or false")
    return Manifest(
        package_id=_uuid(data, "package_id"),
        created_at=created,
        sender=_party(data.get("sender"), "the sender"),
        recipients=recipient_ages,
        recipient_user_ids=recipient_ids,
        case_id=_uuid(case, "id"),
        case_reference=_text(case, "reference", 100),
        with_identities=bool(flags[0]),
        since_last=bool(flags[1]),
        audit_head_sequence=sequence,
        audit_head_hash=head["entry_hash"],
        entries=_entries(data.get("entries")),
    )


def _entries(data: Any) -> list[ManifestEntry]:
    if not isinstance(data, list) or not 2 <= len(data) <= MAX_ENTRIES:
        raise _bad("its list of entries is missing or too long")
    entries, seen = [], set()
    for i, item in enumerate(data):
        if not isinstance(item, dict) or set(item) != {"name", "size", "sha256"}:
            raise _bad(f"entry {i} is malformed")
        name, size, digest = item["name"], item["size"], item["sha256"]
        if not isinstance(name, str) or not isinstance(size, int) or isinstance(size, bool):
            raise _bad(f"entry {i} is malformed")
        check_entry_name(name)
        if not is_sha256(digest) or size < 0 or name in seen:
            raise _bad(f"entry {i} is malformed or listed twice")
        if (i == 0 and name != RECORDS_NAME) or (i == 1 and name != AUDIT_NAME):
            raise _bad("records.json and audit.json must come first")
        if i >= 2 and name != blob_name(digest):
            raise _bad(f"entry {i} is not an attachment named by its SHA-256")
        limit = MAX_JSON_BYTES if i < 2 else MAX_ATTACHMENT_BYTES
        if size > limit:
            raise PackageRejected(
                "The package declares an entry of {size} bytes, more than Casebook "
                "accepts ({limit} bytes); it was refused and nothing was imported.",
                size=size,
                limit=limit,
            )
        seen.add(name)
        entries.append(ManifestEntry(name, size, digest))
    return entries
