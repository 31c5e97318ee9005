"""ProofMode bundles: the media file taken in as the evidence, its proof recorded with it.

ProofMode (Guardian Project) shares a photo or video as a zip holding the media file and,
named by the media's SHA-256: ``<hash>.proof.json`` and ``<hash>.proof.csv`` (what the phone's
sensors said when it was taken: time, place, device), OpenPGP signatures ``<hash>.asc`` (of
the media), ``<hash>.proof.json.asc`` and ``<hash>.proof.csv.asc``, the signer's
``pubkey.asc``, an OpenTimestamps proof ``<hash>.ots``, sometimes a device-integrity token
``<hash>.gst`` and a C2PA manifest, and ``HowToVerifyProofData.txt`` (the layout Starling
Lab's integrity tools read as well).

Taken in as what it is: one evidence item whose content is the media file (so its hash is
the media's, as the proof names it), with the proof's fields and what is in the bundle
recorded in the item's metadata, and what could be checked offline said honestly: the media's
hash against the proof's; the OpenPGP signatures and the OpenTimestamps proof are recorded as
present, not checked, as no maintained OpenPGP or OpenTimestamps library ships with Casebook.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import IntakeError

_PROOF = re.compile(r"([0-9a-f]{64})\.proof\.json")
_PROOF_LIMIT = 1024 * 1024  # a proof.json is a few KiB
_FIELDS = 80  # most proof fields kept
_TEXT = 200
NOT_CHECKED = "present, not checked (no OpenPGP library ships with Casebook)"
OTS_NOT_CHECKED = "present, not checked (no OpenTimestamps verifier ships with Casebook)"
#: The proof fields the evidence view shows first, in this order.
SHOWN_FIELDS = (
    "Proof Generated",
    "File Created",
    "File Modified",
    "Location.Latitude",
    "Location.Longitude",
    "Location.Accuracy",
    "Location.Provider",
    "Manufacturer",
    "Hardware",
)


@dataclass(frozen=True)
class ProofBundle:
    """A ProofMode zip recognised at intake: which member is the media, and its proof."""

    path: Path
    media_member: str
    media_size: int
    record: dict[str, Any]

    @property
    def media_name(self) -> str:
        return self.media_member.rsplit("/", 1)[-1]

    def open_media(self) -> IO[bytes]:
        """The media's bytes, read from the zip (never unpacked to disk)."""
        archive = zipfile.ZipFile(self.path)
        try:
            return _ClosingMember(archive, archive.open(self.media_member))
        except BaseException:
            archive.close()
            raise


class _ClosingMember:
    """A zip member that closes its archive with it, and says a damaged bundle in words."""

    def __init__(self, archive: zipfile.ZipFile, member: IO[bytes]) -> None:
        self._archive, self._member = archive, member

    def read(self, size: int = -1) -> bytes:
        try:
            return self._member.read(size)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
            raise _damaged(self._archive.filename) from None

    def close(self) -> None:
        self._member.close()
        self._archive.close()

    def __enter__(self) -> _ClosingMember:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_bundle(path: Path) -> ProofBundle | None:
    """The ProofMode bundle at ``path``, or None if it is not one (then it is an ordinary file)."""
    try:
        if not zipfile.is_zipfile(path):
            return None
        with zipfile.ZipFile(path) as archive:
            infos = {info.filename: info for info in archive.infolist() if not info.is_dir()}
            proofs = {
                m.group(1): name
                for name in infos
                if (m := _PROOF.fullmatch(name.rsplit("/", 1)[-1].lower()))
            }
            if not proofs:
                return None
            if len(proofs) > 1:
                raise IntakeError(
                    "The ProofMode bundle {name} holds the proofs of {count} media files; "
                    "Casebook takes a bundle of one. Share each photo or video from ProofMode on "
                    "its own, then add each bundle.",
                    name=repr(path.name),
                    count=len(proofs),
                )
            ((digest, proof_name),) = proofs.items()
            proof_bytes = _read(archive, infos[proof_name], path)
            return _bundle(path, infos, digest, proof_name, proof_bytes, archive)
    except (zipfile.BadZipFile, OSError, EOFError):
        return None  # not a zip Casebook can read: taken in as the file it is


def proof_with_hash_check(record: dict[str, Any], sha256: str) -> dict[str, Any]:
    """The record with the one offline check done: the media's SHA-256 against the proof's."""
    checked = dict(record)
    named = {record.get("proof_hash"), record.get("fields", {}).get("File Hash SHA256")}
    named.discard(None)
    checked["media_hash"] = "matches the proof" if named == {sha256} else "DIFFERS from the proof"
    return checked


DECLARED = "as recorded by the casebook it was imported from; the bundle itself was not seen here"


def as_declared(record: Any, sha256: str) -> dict[str, Any] | None:
    """A proof record carried in an interchange file (the bundle is not there to read).

    Only the keys intake writes are kept, as short texts; the media-hash check is done
    again against the file as it arrived, and the record says it was declared, not seen.
    """
    if not isinstance(record, dict):
        return None
    kept: dict[str, Any] = {"declared": DECLARED}
    for key in (
        "bundle_file", "media_file", "proof_csv", "public_key", "opentimestamps",
        "device_check", "c2pa_manifest",
    ):  # fmt: skip
        if isinstance(record.get(key), str):
            kept[key] = record[key][:_TEXT]
    digest = record.get("proof_hash")
    if isinstance(digest, str) and _PROOF.fullmatch(f"{digest}.proof.json"):
        kept["proof_hash"] = digest
    if isinstance(record.get("fields"), dict):
        kept["fields"] = _fields(record["fields"])
    signatures = record.get("signatures")
    if isinstance(signatures, dict):
        kept["signatures"] = {str(k)[:40]: str(v)[:_TEXT] for k, v in list(signatures.items())[:5]}
    return proof_with_hash_check(kept, sha256)


def describe(record: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(label, text) lines for the evidence view."""
    if not isinstance(record, dict):
        return []
    rows = [("ProofMode bundle", f"{record.get('bundle_file', '')}: media hash "
             f"{record.get('media_hash', 'not checked')}")]  # fmt: skip
    if record.get("declared"):
        rows.append(("  Recorded", str(record["declared"])))
    fields = record.get("fields") or {}
    rows += [(f"  {k}", str(fields[k])) for k in SHOWN_FIELDS if fields.get(k) not in (None, "")]
    for name, state in (record.get("signatures") or {}).items():
        rows.append((f"  Signature of {name}", state))
    if record.get("opentimestamps"):
        rows.append(("  OpenTimestamps proof", record["opentimestamps"]))
    for key, label in (("c2pa_manifest", "C2PA manifest file"), ("device_check", "Device check")):
        if record.get(key):
            rows.append((f"  {label}", record[key]))
    return rows


def _bundle(
    path: Path,
    infos: dict[str, zipfile.ZipInfo],
    digest: str,
    proof_name: str,
    proof_bytes: bytes,
    archive: zipfile.ZipFile,
) -> ProofBundle:
    try:
        proof = json.loads(proof_bytes.decode("utf-8"))
        if not isinstance(proof, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IntakeError(
            "The ProofMode bundle {name} has a proof file that is not JSON ProofMode "
            "writes; it may be damaged. Ask for it to be shared again from ProofMode.",
            name=repr(path.name),
        ) from None
    by_base = {name.rsplit("/", 1)[-1]: name for name in infos}
    declared = str(proof.get("File Path") or "").replace("\\", "/").rsplit("/", 1)[-1]
    media = by_base.get(declared) if declared else None
    if media is None:  # the one member that is not part of the proof
        others = [n for b, n in by_base.items() if not _is_proof_part(b, digest)]
        media = others[0] if len(others) == 1 else None
    if media is None:
        raise IntakeError(
            "The ProofMode bundle {name} has a proof but not the media file it is for. "
            "Share the photo or video again from ProofMode with its proof.",
            name=repr(path.name),
        )
    lower = {b.lower() for b in by_base}
    media_base = media.rsplit("/", 1)[-1]
    signatures = {}
    for signed, names in (
        ("the media", (f"{digest}.asc", f"{media_base.lower()}.asc")),
        ("proof.json", (f"{digest}.proof.json.asc",)),
        ("proof.csv", (f"{digest}.proof.csv.asc",)),
    ):
        signatures[signed] = NOT_CHECKED if any(n in lower for n in names) else "absent"
    record: dict[str, Any] = {
        "bundle_file": path.name,
        "media_file": media_base,
        "proof_hash": digest,
        "fields": _fields(proof),
        "proof_csv": "present" if f"{digest}.proof.csv" in lower else "absent",
        "signatures": signatures,
        "public_key": "present (pubkey.asc)" if "pubkey.asc" in lower else "absent",
        "opentimestamps": OTS_NOT_CHECKED if f"{digest}.ots" in lower else "absent",
    }
    if f"{digest}.gst" in lower:
        record["device_check"] = "present, not checked (a device-integrity token)"
    c2pa = [b for b in by_base if b.lower().endswith(".c2pa")]
    if c2pa:
        record["c2pa_manifest"] = "present as a separate file, not checked"
    unknown = sorted(b for b in by_base if b != media_base and not _is_proof_part(b, digest))[:20]
    if unknown:
        record["other_files"] = unknown
    return ProofBundle(path, media, infos[media].file_size, record)


def _is_proof_part(base: str, digest: str) -> bool:
    lower = base.lower()
    return (
        lower.startswith(digest)
        or lower.endswith((".asc", ".ots", ".gst", ".c2pa"))
        or lower in ("pubkey.asc", "howtoverifyproofdata.txt")
    )


def _fields(proof: dict[str, Any]) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for key, value in list(proof.items())[:_FIELDS]:
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int | float):
            kept[str(key)[:_TEXT]] = value
        elif isinstance(value, str):
            kept[str(key)[:_TEXT]] = value[:_TEXT]
    return kept


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    if info.file_size > _PROOF_LIMIT:
        raise _damaged(str(path))
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise _damaged(str(path)) from None


def _damaged(path: str | None) -> IntakeError:
    name = Path(path).name if path else "the bundle"
    return IntakeError(
        "The ProofMode bundle {name} is damaged (a file in it cannot be read in full); "
        "nothing was added. Ask for it to be shared again from ProofMode.",
        name=repr(name),
    )
