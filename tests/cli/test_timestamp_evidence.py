"""`casebook timestamp evidence`: requests queued at intake, sent to a loopback TSA, verified."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from casebook.core.integrity.timestamp import EVIDENCE_CLAIM_KIND

from ..core.integrity.loopback_tsa import OPENSSL, TsaKeys, running_tsa
from .test_timestamp_commands import book_path, env, run, tsa_keys  # noqa: F401 - fixtures

ROOT = Path("timestamps") / "evidence"


def _add_photo(capsys, book: Path, tmp_path: Path, name: str, data: bytes) -> None:
    photo = tmp_path / name
    photo.write_bytes(data)
    assert run(capsys, "add-evidence", book, "--case", "LA-1", photo)[0] == 0


def test_intake_queues_send_stamps_and_verify_checks_offline(
    book_path: Path,  # noqa: F811
    tsa_keys: TsaKeys,  # noqa: F811
    tmp_path: Path,
    capsys,
) -> None:
    content = b"\xff\xd8\xff\xe0 a photo of the burned school"
    _add_photo(capsys, book_path, tmp_path, "school.jpg", content)
    folders = list((book_path / ROOT).iterdir())
    assert len(folders) == 1 and not (folders[0] / "reply.tsr").exists()  # queued, not sent
    claim = json.loads((folders[0] / "claim.json").read_bytes())
    assert claim["kind"] == EVIDENCE_CLAIM_KIND
    assert claim["sha256"] == hashlib.sha256(content).hexdigest()
    request = (folders[0] / "request.tsq").read_bytes()
    assert hashlib.sha256(content).digest() not in request  # the file's own hash never leaves

    code, out, _ = run(capsys, "timestamp", "evidence", book_path)
    assert code == 0 and out.startswith("queued\tschool.jpg (") and "Nothing was sent" in out

    with running_tsa(tsa_keys) as tsa:
        code, out, err = run(
            capsys, "timestamp", "evidence", book_path, "--send", "--tsa", tsa.url,
            "--tsa-cert", tsa_keys.chain_file,
        )  # fmt: skip
        assert tsa.requests == 1
    assert code == 0, err
    assert "school.jpg" in out and "stamped" in out and "CN=Loopback Test TSA" in out
    assert "Kept 1 time-stamp(s)" in out

    code, out, _ = run(capsys, "timestamp", "verify", book_path, "--tsa-cert", tsa_keys.root_file)
    assert code == 0 and "school.jpg" in out and "All time-stamps hold" in out
    code, out, _ = run(capsys, "verify", book_path)
    assert code == 0 and "checked 1 evidence time-stamps" in out and "All checks passed." in out

    # Anyone can check it without Casebook: the claim names the file's hash; OpenSSL the rest.
    folder = folders[0]
    openssl = subprocess.run(
        [
            OPENSSL, "ts", "-verify", "-data", str(folder / "claim.json"),
            "-in", str(folder / "reply.tsr"), "-CAfile", str(tsa_keys.root_file),
            "-untrusted", str(tsa_keys.chain_file),
        ],
        capture_output=True, text=True,
    )  # fmt: skip
    assert openssl.returncode == 0 and "Verification: OK" in openssl.stdout

    # A claim edited to fit other content no longer verifies.
    edited = dict(claim, sha256=hashlib.sha256(b"other").hexdigest())
    (folder / "claim.json").write_bytes(
        json.dumps(edited, sort_keys=True, separators=(",", ":")).encode()
    )
    code, out, err = run(capsys, "timestamp", "verify", book_path)
    assert code != 0
    assert "folder name does not match its claim" in out + err


def test_send_needs_an_address_and_a_certificate(book_path: Path, capsys) -> None:  # noqa: F811
    code, out, err = run(capsys, "timestamp", "evidence", book_path, "--send")
    assert code != 0 and "--tsa URL --tsa-cert FILE" in out + err


def test_evidence_taken_in_before_is_queued_when_listed(
    book_path: Path,  # noqa: F811
    tmp_path: Path,
    capsys,
) -> None:
    _add_photo(capsys, book_path, tmp_path, "a.jpg", b"\xff\xd8\xff first")
    for folder in (book_path / ROOT).iterdir():  # as if taken in by an older Casebook
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()
    code, out, _ = run(capsys, "timestamp", "evidence", book_path)
    assert code == 0 and "Queued 1 request(s)" in out and "queued\ta.jpg" in out
