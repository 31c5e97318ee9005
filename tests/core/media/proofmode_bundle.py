"""A zip laid out as ProofMode shares one photo or video, for the tests and screenshots.

The layout (media file, ``<sha256>.proof.json``/``.proof.csv``, ``.asc`` OpenPGP signatures,
``pubkey.asc``, ``<sha256>.ots``, ``HowToVerifyProofData.txt``) is the one Guardian Project's
ProofMode writes and Starling Lab's integrity tools read; the signatures here are stand-ins
(Casebook records them as present, not checked).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from pathlib import Path

ARMORED = b"-----BEGIN PGP SIGNATURE-----\n\nnot a real signature\n-----END PGP SIGNATURE-----\n"


def make_bundle(path: Path, media: bytes, *, proof_hash: str | None = None, extra=()) -> str:
    """A zip laid out as ProofMode shares one photo; returns the media's SHA-256."""
    digest = hashlib.sha256(media).hexdigest()
    named = proof_hash or digest
    proof = {
        "File Path": "/storage/emulated/0/DCIM/Camera/PXL_20261130_100000.jpg",
        "File Hash SHA256": named,
        "File Created": "2026-11-30T10:00:00.000Z",
        "File Modified": "2026-11-30T10:00:00.000Z",
        "Proof Generated": "2026-11-30T10:00:02.114Z",
        "Location.Latitude": 16.82,
        "Location.Longitude": 96.16,
        "Location.Accuracy": 12.5,
        "Location.Provider": "fused",
        "Manufacturer": "Google",
        "Hardware": "Pixel 8",
    }
    proof_json = json.dumps(proof).encode()
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(proof.keys())
    writer.writerow(proof.values())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("PXL_20261130_100000.jpg", media)
        z.writestr(f"{named}.proof.json", proof_json)
        z.writestr(f"{named}.proof.json.asc", ARMORED)
        z.writestr(f"{named}.proof.csv", text.getvalue())
        z.writestr(f"{named}.proof.csv.asc", ARMORED)
        z.writestr(f"{named}.asc", ARMORED)
        z.writestr(f"{named}.ots", b"\x00OpenTimestamps\x00\x00Proof\x00" + bytes(40))
        z.writestr("pubkey.asc", b"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n...\n")
        z.writestr("HowToVerifyProofData.txt", "How to verify ...")
        for name, data in extra:
            z.writestr(name, data)
    return digest
