"""Taking a real package apart and putting it back together, altered, for hostile-input tests.

Everything happens in memory. ``rebuild`` can re-sign with the sender's real key, so a test
reaches the checks that come after the signature (hashes, names, sizes, records).
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519
from sqlalchemy import select

from casebook.core.canonical_json import LEGACY, canonical_json
from casebook.core.exchange import manifest as fmt
from casebook.core.models import User

Entries = list[tuple[str, bytes]]


def open_package(path: Path, age_secret: str) -> Entries:
    plain = pyrage.decrypt(path.read_bytes(), [x25519.Identity.from_str(age_secret)])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]


def tar_bytes(entries: Entries, kinds: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def encrypt(plain: bytes, recipients: list[str]) -> bytes:
    return pyrage.encrypt(plain, [x25519.Recipient.from_str(r) for r in recipients])


def signing_key(book: Any) -> bytes:
    with book.session() as s:
        return s.scalar(select(User.signing_private_key).where(User.id == book.actor_id))


def rebuild(
    entries: Entries,
    recipients: list[str],
    private_key: bytes | None = None,
    edit_manifest: Callable[[dict], None] | None = None,
    rehash: bool = True,
) -> bytes:
    """Re-list every entry in the manifest (when ``rehash``), edit it, sign it, encrypt it."""
    body = dict(entries)
    manifest = json.loads(body[fmt.MANIFEST_NAME])
    if rehash:
        manifest["entries"] = [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in entries
            if n not in (fmt.MANIFEST_NAME, fmt.SIGNATURE_NAME)
        ]
    if edit_manifest is not None:
        edit_manifest(manifest)
    raw = canonical_json(manifest)
    signature = fmt.sign_manifest(private_key, raw) if private_key else body[fmt.SIGNATURE_NAME]
    out = [(fmt.MANIFEST_NAME, raw), (fmt.SIGNATURE_NAME, signature)]
    out += [(n, d) for n, d in entries if n not in (fmt.MANIFEST_NAME, fmt.SIGNATURE_NAME)]
    return encrypt(tar_bytes(out), recipients)


def replace(entries: Entries, name: str, data: bytes) -> Entries:
    return [(n, data if n == name else d) for n, d in entries]


def edit_json(entries: Entries, name: str, edit: Callable[[Any], None]) -> Entries:
    document = json.loads(dict(entries)[name])
    edit(document)
    # The legacy form writes what RFC 8785 refuses (integers beyond 2^53): hostile packages
    # need it, and the reader checks an entry's bytes against the manifest, never re-encodes.
    return replace(entries, name, canonical_json(document, LEGACY))
