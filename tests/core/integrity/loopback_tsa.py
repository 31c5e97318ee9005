"""A real RFC 3161 time-stamp authority on 127.0.0.1 for tests: OpenSSL's ``openssl ts`` answers.

A throwaway root CA and a TSA certificate (extendedKeyUsage critical timeStamping) are made
with ``cryptography``; a small HTTP server thread answers each POSTed TimeStampReq by running
``openssl ts -reply``. Nothing here ever contacts a real time-stamp authority.
"""

from __future__ import annotations

import datetime as dt
import http.server
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

OPENSSL = "/usr/bin/openssl"
POLICY = "1.3.6.1.4.1.99999.1"

_CONFIG = """\
[ tsa ]
default_tsa = tsa_config1

[ tsa_config1 ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = {policy}
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Casebook Test Suite"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _key_usage(*, signing: bool) -> x509.KeyUsage:
    """A TSA certificate signs (digitalSignature, nonRepudiation); a CA signs certificates."""
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not signing,
        crl_sign=not signing,
        encipher_only=False,
        decipher_only=False,
    )


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@dataclass
class TsaKeys:
    """The files a TSA needs, and the chain file a user would be handed (TSA cert + root)."""

    folder: Path
    ca: x509.Certificate
    tsa: x509.Certificate
    chain_file: Path  # what the user trusts: the TSA's certificate and its root, PEM
    root_file: Path  # the root alone, PEM

    @property
    def config(self) -> Path:
        return self.folder / "openssl-ts.cnf"


def make_tsa_keys(folder: Path, common_name: str = "Loopback Test TSA") -> TsaKeys:
    """A root CA and a TSA certificate it issued, written with an ``openssl ts`` config."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(f"{common_name} Root")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(signing=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    tsa_key = ec.generate_private_key(ec.SECP256R1())
    tsa = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(ca_name)
        .public_key(tsa_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(signing=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    (folder / "ca.pem").write_bytes(_pem(ca))
    (folder / "tsa.pem").write_bytes(_pem(tsa))
    (folder / "tsa.key").write_bytes(
        tsa_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (folder / "serial").write_text("01\n", encoding="ascii")
    chain_file = folder / "tsa-chain.pem"
    chain_file.write_bytes(_pem(tsa) + _pem(ca))
    keys = TsaKeys(folder, ca, tsa, chain_file, folder / "ca.pem")
    keys.config.write_text(_CONFIG.format(dir=folder, policy=POLICY), encoding="utf-8")
    return keys


@dataclass
class LoopbackTsa:
    """A running TSA: ``url`` to POST to; ``requests`` counts the queries it answered."""

    keys: TsaKeys
    url: str
    requests: int = 0
    broken: bool = False  # answer HTTP 500 instead of a reply
    errors: list[str] = field(default_factory=list)


def _reply(keys: TsaKeys, query: bytes, number: int) -> bytes:
    query_file = keys.folder / f"query-{number}.tsq"
    reply_file = keys.folder / f"reply-{number}.tsr"
    query_file.write_bytes(query)
    subprocess.run(
        [
            OPENSSL, "ts", "-reply", "-config", str(keys.config), "-queryfile", str(query_file),
            "-out", str(reply_file),
        ],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    return reply_file.read_bytes()


@contextmanager
def running_tsa(keys: TsaKeys) -> Iterator[LoopbackTsa]:
    """Serve ``keys`` as a TSA on 127.0.0.1 (a free port) until the block ends."""
    state: LoopbackTsa

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            query = self.rfile.read(length)
            state.requests += 1
            if self.headers.get("Content-Type") != "application/timestamp-query":
                state.errors.append(f"content type {self.headers.get('Content-Type')}")
            if state.broken:
                self.send_error(500, "broken on purpose")
                return
            try:
                body = _reply(keys, query, state.requests)
            except subprocess.CalledProcessError as exc:
                state.errors.append(exc.stderr.decode(errors="replace"))
                self.send_error(500, "openssl ts failed")
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # quiet in test output
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    state = LoopbackTsa(keys, f"http://127.0.0.1:{server.server_address[1]}/tsa")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def unused_url() -> str:
    """A loopback URL where nothing listens: a TSA that is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsa"
