"""The bundle manifest, its detached Ed25519 signature, and checking a bundle without a casebook.

``manifest.json`` lists every file of the bundle with its SHA-256 and size; ``manifest.sig``
is the raw 64-byte Ed25519 signature over the exact bytes of ``manifest.json``, so it can
also be checked with standard tools (``openssl pkeyutl -verify -rawin``); the exporter's
public key and its fingerprint are in the manifest and in ``exporter-key.txt``.

``SHA256SUMS`` (``sha256sum -c`` format) lists every file except ``manifest.json``,
``manifest.sig`` and itself: the manifest is checked by its signature, and cannot be listed
in a file the manifest itself lists (each hash would depend on the other). The manifest
lists ``SHA256SUMS``, so signature -> manifest -> SHA256SUMS -> files is one signed chain.
``VERIFY.txt`` tells the recipient's IT staff how to walk that chain with ``openssl`` and
``sha256sum``, in the bundle's language.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..integrity.signing import fingerprint, verify_bytes
from ..phrase import Phrase, phrase
from .strings import Strings

FORMAT = "casebook-bundle/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
KEY_FILE = "exporter-key.txt"
SUMS = "SHA256SUMS"
VERIFY = "VERIFY.txt"
COMPLAINT = "complaint.pdf"
EXHIBITS_DIR = "exhibits"
_UNSIGNED = frozenset({MANIFEST, SIGNATURE})
_READ = 1024 * 1024


def hash_stream(source: BinaryIO) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(_READ):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def hash_file(path: Path) -> tuple[str, int]:
    with path.open("rb") as source:
        return hash_stream(source)


def public_key_pem(public_key: bytes) -> str:
    key = Ed25519PublicKey.from_public_bytes(public_key)
    return key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def key_file_text(name: str, public_key: bytes) -> str:
    """The exporter's public key, its fingerprint and how to check the signature by hand."""
    return (
        "Casebook bundle: exporter's signing key\n"
        "=======================================\n\n"
        f"Exported by: {name}\n"
        "Algorithm: Ed25519\n"
        f"Public key (base64, raw 32 bytes): {base64.b64encode(public_key).decode('ascii')}\n"
        f"Fingerprint (SHA-256 of the raw key): {fingerprint(public_key)}\n\n"
        "Compare the fingerprint with the one the sender gave you by another channel\n"
        "(telephone, in person): a matching signature only proves who signed if the key\n"
        "is really theirs.\n\n"
        "manifest.sig is the raw Ed25519 signature over the exact bytes of manifest.json.\n"
        "To check it without Casebook, save the key below as key.pem and run:\n"
        "  openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in manifest.json "
        "-sigfile manifest.sig\n"
        "then compare each file's SHA-256 (sha256sum) with manifest.json.\n\n"
        f"{public_key_pem(public_key)}"
    )


def sums_text(hashes: dict[str, str]) -> str:
    """``sha256sum -c`` input: ``<hex>  <path>`` (two spaces, as sha256sum writes it), sorted.

    Bundle paths never hold a newline or backslash (``bundle.safe_name``), the only
    characters GNU sha256sum would escape.
    """
    for path in hashes:
        if "\n" in path or "\\" in path or path in (SUMS, MANIFEST, SIGNATURE):
            raise ValueError("a path that SHA256SUMS cannot or must not list")
    return "".join(f"{hashes[path]}  {path}\n" for path in sorted(hashes))


def verify_text(strings: Strings, reference: str, public_key: bytes) -> str:
    """VERIFY.txt: the checks by standard tools, in the bundle's language."""
    return strings(
        "verify_text",
        reference=reference,
        fingerprint=fingerprint(public_key),
        manifest=MANIFEST,
        signature=SIGNATURE,
        keyfile=KEY_FILE,
        sums=SUMS,
    )


def manifest_bytes(document: dict[str, Any]) -> bytes:
    """Stable, readable bytes; the signature covers exactly these."""
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


# -- checking -----------------------------------------------------------------------------


@dataclass
class BundleReport:
    """The result of checking a bundle; ``ok`` only when every check held."""

    location: str
    problems: list[Phrase] = field(default_factory=list)
    files_checked: int = 0
    signer: str = ""
    fingerprint: str = ""
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


class _Folder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def names(self) -> Iterator[str]:
        for path in sorted(self.root.rglob("*")):
            if path.is_file() or path.is_symlink():
                yield path.relative_to(self.root).as_posix()

    def read(self, name: str) -> bytes | None:
        path = self.root / name
        return path.read_bytes() if path.is_file() else None

    def digest(self, name: str) -> tuple[str, int] | None:
        path = self.root / name
        if path.is_symlink() or not path.is_file():
            return None
        return hash_file(path)


class _Zip:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        names = [n for n in archive.namelist() if not n.endswith("/")]
        tops = {n.split("/", 1)[0] for n in names}
        # A zip made by Casebook holds one top folder named like the bundle.
        self.prefix = (
            f"{next(iter(tops))}/" if len(tops) == 1 and all("/" in n for n in names) else ""
        )
        self._names = [n[len(self.prefix) :] for n in names]

    def names(self) -> Iterator[str]:
        yield from sorted(self._names)

    def read(self, name: str) -> bytes | None:
        try:
            return self.archive.read(self.prefix + name)
        except KeyError:
            return None

    def digest(self, name: str) -> tuple[str, int] | None:
        try:
            with self.archive.open(self.prefix + name) as source:
                return hash_stream(source)
        except KeyError:
            return None


def _safe_relative(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name


def verify_bundle(location: Path) -> BundleReport:
    """Check a bundle folder (or its zip) against its manifest and signature. Needs no casebook."""
    location = Path(location)
    report = BundleReport(str(location))
    if location.is_dir():
        return _verify(_Folder(location), report)
    if location.is_file() and zipfile.is_zipfile(location):
        with zipfile.ZipFile(location) as archive:
            return _verify(_Zip(archive), report)
    report.problems.append(
        phrase(
            "{location} is neither a bundle folder nor a zip file. Give the folder "
            "that holds manifest.json, or the bundle's .zip (decrypt an .age file "
            "first with age).",
            location=location,
        )
    )
    return report


def _verify(source: _Folder | _Zip, report: BundleReport) -> BundleReport:
    raw = source.read(MANIFEST)
    if raw is None:
        report.problems.append(
            phrase(
                "{manifest} is missing, so nothing in the bundle can be checked.", manifest=MANIFEST
            )
        )
        return report
    try:
        manifest = json.loads(raw)
        files = manifest["files"]
        key = base64.b64decode(manifest["exporter"]["public_key"], validate=True)
        if not isinstance(files, list) or len(key) != 32:
            raise ValueError
    except (ValueError, KeyError, TypeError):
        report.problems.append(
            phrase(
                "{manifest} is not a readable Casebook manifest (it was damaged or edited).",
                manifest=MANIFEST,
            )
        )
        return report
    report.manifest = manifest
    report.signer = str(manifest["exporter"].get("name", ""))
    report.fingerprint = fingerprint(key)
    if manifest.get("format") != FORMAT:
        report.problems.append(
            phrase(
                "{manifest} has format {found}, not {format}.",
                manifest=MANIFEST,
                found=repr(manifest.get("format")),
                format=FORMAT,
            )
        )

    signature = source.read(SIGNATURE)
    if signature is None:
        report.problems.append(
            phrase("{signature} is missing: the manifest is not signed.", signature=SIGNATURE)
        )
    elif not verify_bytes(key, signature, raw):
        report.problems.append(
            phrase(
                "{signature} does not match {manifest}: the manifest was changed after "
                "it was signed, or the signature belongs to another manifest or key.",
                signature=SIGNATURE,
                manifest=MANIFEST,
            )
        )

    listed: set[str] = set()
    for entry in files:
        name = str(entry.get("path", "")) if isinstance(entry, dict) else ""
        if not _safe_relative(name):
            report.problems.append(
                phrase(
                    "{manifest} lists an unsafe path {name}.", manifest=MANIFEST, name=repr(name)
                )
            )
            continue
        listed.add(name)
        found = source.digest(name)
        report.files_checked += 1
        if found is None:
            report.problems.append(
                phrase("{name}: listed in the manifest but missing from the bundle.", name=name)
            )
            continue
        sha256, size = found
        if size != entry.get("size"):
            report.problems.append(
                phrase(
                    "{name}: has {size} bytes, but the manifest records {recorded}.",
                    name=name,
                    size=size,
                    recorded=entry.get("size"),
                )
            )
        if sha256 != entry.get("sha256"):
            report.problems.append(
                phrase(
                    "{name}: its SHA-256 does not match the manifest; the file was changed "
                    "or damaged.",
                    name=name,
                )
            )
    for name in source.names():
        if name not in listed and name not in _UNSIGNED:
            report.problems.append(
                phrase("{name}: present in the bundle but not listed in the manifest.", name=name)
            )
    key_text = source.read(KEY_FILE)
    if key_text is not None and report.fingerprint not in key_text.decode("utf-8", "replace"):
        report.problems.append(
            phrase(
                "{key_file} names a different key than the manifest; do not trust either "
                "until the sender confirms the fingerprint.",
                key_file=KEY_FILE,
            )
        )
    return report
