"""RFC 3161 requests and replies, against a real TSA (``openssl ts``) on 127.0.0.1 only."""

from __future__ import annotations

import hashlib
import socket
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding

from casebook.core.integrity.timestamp import (
    HeadClaim,
    TimestampError,
    check_reply,
    load_certificates,
    make_request,
)
from casebook.core.integrity.tsa_client import TsaUnreachable, post_query

from .loopback_tsa import OPENSSL, TsaKeys, make_tsa_keys, running_tsa, unused_url

HEAD = HeadClaim("5d0f3c3e-8a57-4e4e-9b0c-0d7cbb0f8a11", 42, "ab" * 32)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything tries to reach a host other than 127.0.0.1."""
    real = socket.create_connection

    def guarded(address, *args, **kwargs):
        assert address[0] == "127.0.0.1", f"a test tried to reach {address[0]}"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def tsa_keys(tmp_path_factory: pytest.TempPathFactory) -> TsaKeys:
    return make_tsa_keys(tmp_path_factory.mktemp("tsa"))


def trusted(keys: TsaKeys, root_only: bool = False) -> list[x509.Certificate]:
    """The certificates a user was given for this TSA: its chain, or only its root."""
    return load_certificates((keys.root_file if root_only else keys.chain_file).read_bytes(), "f")


def stamp(keys: TsaKeys, claim: bytes) -> tuple[bytes, int]:
    query, nonce = make_request(claim)
    with running_tsa(keys) as tsa:
        reply = post_query(tsa.url, query, timeout=10)
    assert tsa.requests == 1 and tsa.errors == []
    return reply, nonce


def test_the_claim_is_the_documented_canonical_json() -> None:
    assert HEAD.to_bytes() == (
        b'{"casebook_id":"5d0f3c3e-8a57-4e4e-9b0c-0d7cbb0f8a11","entry_hash":"'
        + b"ab" * 32
        + b'","kind":"casebook-chain-head/1","sequence":42}'
    )
    assert HeadClaim.from_bytes(HEAD.to_bytes()) == HEAD


@pytest.mark.parametrize(
    "edit",
    [
        lambda b: b.replace(b'"sequence":42', b'"sequence": 42'),  # same JSON, other bytes
        lambda b: b.replace(b'"sequence":42', b'"sequence":-1'),
        lambda b: b.replace(b"casebook-chain-head/1", b"something-else/1"),
        lambda b: b.replace(b'"ab', b'"AB'),
        lambda b: b[:-1],
        lambda b: b"\xff" + b,
    ],
)
def test_an_edited_claim_file_is_refused(edit) -> None:
    with pytest.raises(TimestampError, match="edited or damaged"):
        HeadClaim.from_bytes(edit(HEAD.to_bytes()))


def test_a_reply_from_the_loopback_tsa_verifies_and_names_the_tsa_and_time(
    tsa_keys: TsaKeys,
) -> None:
    claim = HEAD.to_bytes()
    reply, nonce = stamp(tsa_keys, claim)
    info = check_reply(reply, claim, trusted(tsa_keys), nonce)
    assert "CN=Loopback Test TSA" in info.tsa_name
    assert "Root" in info.root_name
    assert info.gen_time.year >= 2024 and info.when.endswith(" UTC")
    assert info.tsa_fingerprint == tsa_keys.tsa.fingerprint(hashes.SHA256()).hex()
    # Trusting the root alone is enough: the TSA's certificate travels in the reply.
    check_reply(reply, claim, trusted(tsa_keys, root_only=True))


def test_openssl_alone_can_check_a_token_over_the_claim_file(
    tsa_keys: TsaKeys, tmp_path: Path
) -> None:
    claim = HEAD.to_bytes()
    reply, _ = stamp(tsa_keys, claim)
    (tmp_path / "claim.json").write_bytes(claim)
    (tmp_path / "reply.tsr").write_bytes(reply)
    result = subprocess.run(
        [OPENSSL, "ts", "-verify", "-data", str(tmp_path / "claim.json"), "-in",
         str(tmp_path / "reply.tsr"), "-CAfile", str(tsa_keys.root_file)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0 and "Verification: OK" in result.stdout


def test_a_token_for_other_data_is_refused(tsa_keys: TsaKeys) -> None:
    reply, _ = stamp(tsa_keys, HEAD.to_bytes())
    other = HeadClaim(HEAD.casebook_id, 43, "cd" * 32).to_bytes()
    certificates = trusted(tsa_keys)
    with pytest.raises(TimestampError, match="different data than the head it claims"):
        check_reply(reply, other, certificates)


def test_a_tampered_token_is_refused(tsa_keys: TsaKeys) -> None:
    claim = HEAD.to_bytes()
    reply, _ = stamp(tsa_keys, claim)
    certificates = trusted(tsa_keys)
    tampered = bytearray(reply)
    tampered[-3] ^= 0x01  # inside the TSA's signature
    with pytest.raises(TimestampError, match="signature does not verify"):
        check_reply(bytes(tampered), claim, certificates)
    # the time inside the signed TSTInfo, moved by one second
    when = reply.index(b"Z\x30") - 1  # last digit of the GeneralizedTime's seconds
    moved = bytearray(reply)
    moved[when] = ord("0") + (moved[when] - ord("0") + 1) % 10
    with pytest.raises(TimestampError, match="signature does not verify"):
        check_reply(bytes(moved), claim, certificates)


def test_a_token_from_a_tsa_the_user_does_not_trust_is_refused(
    tsa_keys: TsaKeys, tmp_path: Path
) -> None:
    claim = HEAD.to_bytes()
    reply, _ = stamp(tsa_keys, claim)
    stranger = make_tsa_keys(tmp_path / "stranger", "Loopback Test TSA")  # same name, other key
    with pytest.raises(TimestampError, match="signature does not verify"):
        check_reply(reply, claim, trusted(stranger))


def test_a_reply_to_another_request_is_refused(tsa_keys: TsaKeys) -> None:
    claim = HEAD.to_bytes()
    reply, nonce = stamp(tsa_keys, claim)
    certificates = trusted(tsa_keys)
    with pytest.raises(TimestampError, match="nonce differs"):
        check_reply(reply, claim, certificates, nonce + 1)


def test_a_certificate_file_must_reach_a_root(tsa_keys: TsaKeys, tmp_path: Path) -> None:
    leaf_only = tsa_keys.tsa.public_bytes(Encoding.PEM)
    with pytest.raises(TimestampError, match="no root certificate"):
        load_certificates(leaf_only, "tsa.pem")
    with pytest.raises(TimestampError, match="holds no certificate"):
        load_certificates(b"not a certificate", "tsa.pem")


def test_a_tsa_that_is_down_is_named_and_nothing_else_is_tried() -> None:
    url = unused_url()
    with pytest.raises(TsaUnreachable) as caught:
        post_query(url, make_request(HEAD.to_bytes())[0], timeout=5)
    message = str(caught.value)
    assert f"The time-stamp authority at {url} could not be reached" in message
    assert "stays queued" in message


def test_a_tsa_answering_an_http_error_is_named(tsa_keys: TsaKeys) -> None:
    with running_tsa(tsa_keys) as tsa:
        tsa.broken = True
        with pytest.raises(TsaUnreachable, match="answered with HTTP error 500"):
            post_query(tsa.url, make_request(HEAD.to_bytes())[0], timeout=10)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/", "127.0.0.1:8080"])
def test_only_http_addresses_are_posted_to(url: str) -> None:
    with pytest.raises(TimestampError, match="not a time-stamp authority address"):
        post_query(url, b"x")


def test_an_address_with_a_password_is_refused_before_anything_is_sent() -> None:
    with pytest.raises(TimestampError, match="holds a user name or password"):
        post_query("https://user:secret@127.0.0.1/tsa", b"x")


def test_the_request_is_over_sha256_of_the_claim(tsa_keys: TsaKeys, tmp_path: Path) -> None:
    query, _ = make_request(HEAD.to_bytes())
    (tmp_path / "q.tsq").write_bytes(query)
    text = subprocess.run(
        [OPENSSL, "ts", "-query", "-in", str(tmp_path / "q.tsq"), "-text"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    digest = hashlib.sha256(HEAD.to_bytes()).hexdigest()
    shown = "".join(
        part for line in text.splitlines() if " - " in line
        for part in line.split(" - ", 1)[1].split("  ")[0].replace("-", " ").split()
    )  # fmt: skip
    assert "Hash Algorithm: sha256" in text
    assert shown == digest
    assert "Certificate required: yes" in text


def test_a_tsa_that_never_answers_times_out_with_the_same_sentence() -> None:
    with socket.socket() as silent:  # accepts connections (the backlog) and never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/tsa"
        with pytest.raises(TsaUnreachable, match=r"could not be reached .*timed out"):
            post_query(url, make_request(HEAD.to_bytes())[0], timeout=0.5)
