"""Signing test files with C2PA content credentials: a throwaway root and a signer made here.

c2pa-rs will not sign with a self-signed certificate, so a root CA and an end-entity
certificate (digitalSignature, emailProtection) are made with ``cryptography`` for each use.
"""

from __future__ import annotations

import datetime as dt
import io
import json

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image

CAPTURED_AT = "2026-11-30T10:00:00Z"


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Casebook Test Suite"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def make_signer(common_name: str = "Test Camera") -> c2pa.Signer:
    now = dt.datetime.now(dt.UTC)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = (
        x509.CertificateBuilder()
        .subject_name(_name("Test Root"))
        .issuer_name(_name("Test Root"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), False)
        .sign(root_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(ca=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False
        )
        .sign(root_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    chain = leaf.public_bytes(pem) + root.public_bytes(pem)
    private = key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    info = c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, chain, private, None)
    return c2pa.Signer.from_info(info)


def plain_jpeg(color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(out, "JPEG")
    return out.getvalue()


def signed_jpeg(source: bytes | None = None, *, edited: bool = False) -> bytes:
    """A JPEG with a manifest: created at CAPTURED_AT, a place in stds.exif, maybe an edit."""
    actions = [
        {
            "action": "c2pa.created",
            "when": CAPTURED_AT,
            "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture",
        }
    ]
    if edited:
        actions.append({"action": "c2pa.cropped", "softwareAgent": {"name": "Test Editor"}})
    manifest = {
        "claim_generator_info": [{"name": "Casebook test camera", "version": "1.0"}],
        "title": "photo.jpg",
        "assertions": [
            {"label": "c2pa.actions", "data": {"actions": actions}},
            {
                "label": "stds.exif",
                "data": {
                    "@context": {"exif": "http://ns.adobe.com/exif/1.0/"},
                    "exif:GPSLatitude": "16,49.2N",
                    "exif:GPSLongitude": "96,9.6E",
                    "exif:DateTimeOriginal": CAPTURED_AT,
                },
            },
        ],
    }
    builder = c2pa.Builder(json.dumps(manifest))
    out = io.BytesIO()
    builder.sign(make_signer(), "image/jpeg", io.BytesIO(source or plain_jpeg()), out)
    return out.getvalue()


def tampered(signed: bytes) -> bytes:
    """The signed JPEG with one byte of its image data changed after signing."""
    changed = bytearray(signed)
    changed[-200] ^= 0xFF  # inside the entropy-coded image data, before the EOI marker
    return bytes(changed)
