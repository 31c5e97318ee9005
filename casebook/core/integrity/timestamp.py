"""RFC 3161 time-stamps of the audit chain's head: a witness outside the folder and this computer.

Someone with the passphrase can rewrite the audit chain and re-hash it; nothing inside the
folder can show that. A time-stamp authority (TSA) signing the chain head at a time says
"this head existed by then"; a later rewrite of any entry up to that head no longer matches.

What is stamped, exactly: the SHA-256 of the bytes of the *claim*, which is the canonical
JSON (``core.canonical_json``, RFC 8785: keys sorted, no spaces, UTF-8; for these strings
and this integer the same bytes as the legacy form, so claims made before still check) of::

    {"casebook_id": "<uuid>", "entry_hash": "<64 hex>", "kind": "casebook-chain-head/1",
     "sequence": <int>}

The claim is kept as a file holding exactly those bytes, so anyone can check a token without
Casebook: ``openssl ts -verify -data claim.json -in reply.tsr -CAfile <TSA root>``.

Parsing and signature checks are done by ``rfc3161-client`` (Trail of Bits), which verifies
the CMS signature with OpenSSL, the TSA certificate's critical timeStamping key usage, and the
chain to the certificates the user trusts, as valid at the time stamped. Nothing here is
hand-rolled cryptography.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from ..canonical_json import canonical_json
from ..errors import CasebookError

CLAIM_KIND = "casebook-chain-head/1"
MAX_REPLY_BYTES = 1024 * 1024  # real replies are a few KiB; bounds what is parsed
MAX_CERTIFICATE_BYTES = 1024 * 1024
_HEX = frozenset("0123456789abcdef")


class TimestampError(CasebookError):
    """A time-stamp could not be made, fetched or checked; the message says why."""


@dataclass(frozen=True)
class HeadClaim:
    """The chain head a time-stamp vouches for."""

    casebook_id: str
    sequence: int
    entry_hash: str

    def to_bytes(self) -> bytes:
        """The exact bytes whose SHA-256 the TSA signs."""
        return canonical_json(
            {
                "casebook_id": self.casebook_id,
                "entry_hash": self.entry_hash,
                "kind": CLAIM_KIND,
                "sequence": self.sequence,
            }
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> HeadClaim:
        """Read a claim file back; it must be byte for byte the canonical form."""
        try:
            value = json.loads(data.decode("utf-8"))
            claim = cls(value["casebook_id"], value["sequence"], value["entry_hash"])
            well_formed = (
                set(value) == {"casebook_id", "entry_hash", "kind", "sequence"}
                and value["kind"] == CLAIM_KIND
                and isinstance(claim.casebook_id, str)
                and type(claim.sequence) is int
                and claim.sequence > 0
                and isinstance(claim.entry_hash, str)
                and len(claim.entry_hash) == 64
                and set(claim.entry_hash) <= _HEX
            )
        except (UnicodeDecodeError, ValueError, TypeError, KeyError, RecursionError):
            well_formed = False
        if not well_formed or claim.to_bytes() != data:
            raise TimestampError(
                "its claim.json is not a chain-head claim in the exact form Casebook writes, so "
                "it was edited or damaged"
            )
        return claim


EVIDENCE_CLAIM_KIND = "casebook-evidence/1"
_ITEM_ID = re.compile(r"[0-9A-Za-z-]{1,64}")  # the ids Casebook makes are UUIDs


@dataclass(frozen=True)
class EvidenceClaim:
    """An evidence item's content a time-stamp vouches for: "this file existed by then".

    What is sent is the SHA-256 of the canonical JSON of::

        {"casebook_id": "<uuid>", "evidence_id": "<uuid>", "kind": "casebook-evidence/1",
         "sha256": "<the file's SHA-256, 64 hex>"}

    not the file's own hash, on purpose: a file's hash can be matched by anyone who has the
    same file (a video that circulated, say), so sending it would tell the TSA, and anyone
    watching a plain-http request, that this computer holds that file. The claim's hash
    cannot be matched without the casebook's and the item's ids. To check a token without
    Casebook: ``sha256sum`` of the exhibit equals the claim's ``sha256``, and
    ``openssl ts -verify -data claim.json -in reply.tsr -CAfile <TSA root>``.
    """

    casebook_id: str
    evidence_id: str
    sha256: str

    def to_bytes(self) -> bytes:
        return canonical_json(
            {
                "casebook_id": self.casebook_id,
                "evidence_id": self.evidence_id,
                "kind": EVIDENCE_CLAIM_KIND,
                "sha256": self.sha256,
            }
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> EvidenceClaim:
        """Read a claim file back; it must be byte for byte the canonical form."""
        try:
            value = json.loads(data.decode("utf-8"))
            claim = cls(value["casebook_id"], value["evidence_id"], value["sha256"])
            well_formed = (
                set(value) == {"casebook_id", "evidence_id", "kind", "sha256"}
                and value["kind"] == EVIDENCE_CLAIM_KIND
                and isinstance(claim.casebook_id, str)
                and isinstance(claim.evidence_id, str)
                and _ITEM_ID.fullmatch(claim.evidence_id) is not None
                and isinstance(claim.sha256, str)
                and len(claim.sha256) == 64
                and set(claim.sha256) <= _HEX
            )
        except (UnicodeDecodeError, ValueError, TypeError, KeyError, RecursionError):
            well_formed = False
        if not well_formed or claim.to_bytes() != data:
            raise TimestampError(
                "its claim.json is not an evidence claim in the exact form Casebook writes, so "
                "it was edited or damaged"
            )
        return claim


def make_request(claim: bytes) -> tuple[bytes, int]:
    """A DER TimeStampReq over SHA-256 of ``claim``, asking for the TSA's certificate.

    Returns the request and its random nonce, which the reply must echo.
    """
    request = (
        TimestampRequestBuilder()
        .data(claim)
        .hash_algorithm(HashAlgorithm.SHA256)
        .cert_request(cert_request=True)
        .nonce(nonce=True)
        .build()
    )
    if request.nonce is None:  # the builder always sets one; a reply is matched by it
        raise TimestampError("No nonce could be added to the time-stamp request. Try again.")
    return request.as_bytes(), request.nonce


def load_certificates(data: bytes, source: str) -> list[x509.Certificate]:
    """The certificates a user trusts for a TSA (PEM, one or more; or one DER certificate).

    The file must reach a self-signed root: the chain is checked up to it, as OpenSSL does.
    """
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            certificates = x509.load_pem_x509_certificates(data)
        else:
            certificates = [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise TimestampError(
            "{source} holds no certificate Casebook can read. Give the TSA's certificate "
            "chain as a PEM file (the TSA's certificate and its root).",
            source=source,
        ) from None
    if len(data) > MAX_CERTIFICATE_BYTES or not certificates:
        raise TimestampError(
            "{source} is not a certificate file. Give the TSA's PEM chain.", source=source
        )
    if not any(cert.subject == cert.issuer for cert in certificates):
        raise TimestampError(
            "{source} has no root certificate (one that signed itself). Add the root "
            "certificate the TSA publishes after its own certificate in the PEM file.",
            source=source,
        )
    return certificates


def certificates_pem(certificates: list[x509.Certificate]) -> bytes:
    return b"".join(cert.public_bytes(Encoding.PEM) for cert in certificates)


@dataclass(frozen=True)
class StampInfo:
    """What a verified token says: when, by whom, and which certificates vouched for it."""

    gen_time: datetime
    tsa_name: str  # the subject of the certificate that signed the token
    tsa_fingerprint: str  # SHA-256 of that certificate, hex
    root_name: str  # the self-signed certificate the chain ended at
    serial_number: int

    @property
    def when(self) -> str:
        return self.gen_time.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")

    def describe(self) -> str:
        """When and by whom, with the fingerprint to compare with the one the TSA publishes."""
        return (
            f"{self.when} by {self.tsa_name} (TSA certificate SHA-256 {self.tsa_fingerprint}, "
            f"root {self.root_name})"
        )


def read_reply(data: bytes) -> TimeStampResponse:
    """Parse a TimeStampResp, refusing what is too large to be one."""
    if len(data) > MAX_REPLY_BYTES:
        raise TimestampError("the reply is too large to be a time-stamp reply")
    try:
        return decode_timestamp_response(data)
    except ValueError:
        raise TimestampError("it is not an RFC 3161 time-stamp reply that can be read") from None


def check_reply(
    reply: bytes,
    claim: bytes,
    certificates: list[x509.Certificate],
    nonce: int | None = None,
    claimed: str = "the head it claims",
) -> StampInfo:
    """Verify ``reply`` offline: granted, over ``claim``, signed by a TSA ``certificates`` trust.

    ``nonce`` is given when the reply has just arrived for a request of ours. Raises
    ``TimestampError`` with a clause saying what does not hold.
    """
    response = read_reply(reply)
    status = response.status
    if status != PKIStatus.GRANTED:
        said = "; ".join(response.status_string)[:200].strip()
        if said:
            raise TimestampError(
                "the TSA did not grant the request (status {status}) {said}",
                status=status,
                said=said,
            )
        raise TimestampError("the TSA did not grant the request (status {status})", status=status)
    info = response.tst_info
    expected = hashlib.sha256(claim).digest()
    imprint = info.message_imprint
    if imprint.hash_algorithm != x509.ObjectIdentifier("2.16.840.1.101.3.4.2.1") or (
        imprint.message != expected
    ):
        raise TimestampError(
            "the token was issued for different data than {claimed}", claimed=claimed
        )
    if nonce is not None and info.nonce != nonce:
        raise TimestampError("the reply answers a different request (its nonce differs)")
    builder = VerifierBuilder()
    for cert in certificates:
        builder = builder.add_root_certificate(cert)
    signer = _signer(response, certificates)
    if not response.signed_data.certificates and signer is not None:
        builder = builder.tsa_certificate(signer)
    try:
        builder.build().verify(response, expected)
    except (VerificationError, ValueError) as exc:
        reason = str(exc).split(":", 1)[0][:120]
        raise TimestampError(
            "its signature does not verify against the trusted TSA certificates ({reason})",
            reason=reason,
        ) from None
    if signer is None:  # verified, so the signer is there; kept for the type checker
        raise TimestampError("the certificate that signed the token is missing")
    root = _root_of(signer, certificates)
    return StampInfo(
        gen_time=info.gen_time,
        tsa_name=signer.subject.rfc4514_string(),
        tsa_fingerprint=signer.fingerprint(hashes.SHA256()).hex(),
        root_name=root.subject.rfc4514_string() if root is not None else "(not found)",
        serial_number=info.serial_number,
    )


def _signer(
    response: TimeStampResponse, certificates: list[x509.Certificate]
) -> x509.Certificate | None:
    """The certificate named by the token's SignerInfo, from the token or the trusted file."""
    infos = list(response.signed_data.signer_infos)
    if len(infos) != 1:
        return None
    issuer, serial = infos[0].issuer, infos[0].serial_number
    embedded = []
    for der in response.signed_data.certificates:
        try:
            embedded.append(x509.load_der_x509_certificate(der))
        except ValueError:
            continue
    for cert in [*embedded, *certificates]:
        if cert.issuer == issuer and cert.serial_number == serial:
            return cert
    return None


def _root_of(
    cert: x509.Certificate, certificates: list[x509.Certificate]
) -> x509.Certificate | None:
    """Follow issuers through the trusted file to a self-signed certificate (for display)."""
    current = cert
    for _ in range(len(certificates) + 1):
        if current.subject == current.issuer:
            return current
        issuers = [c for c in certificates if c.subject == current.issuer]
        if not issuers:
            return None
        current = issuers[0]
    return None
