"""`casebook timestamp` as a user runs it, against a TSA on 127.0.0.1 (never a real one)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from casebook.cli.main import main

from ..core.integrity.loopback_tsa import TsaKeys, make_tsa_keys, running_tsa, unused_url

PASS = "a long field passphrase ຂ້ອຍ"


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBOOK_RECOVERY_KEY", raising=False)
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


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def book_path(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "book"
    assert run(capsys, "init", path, "--user", "Aung")[0] == 0
    assert run(capsys, "case", "add", path, "--title", "ການໂຈມຕີ", "--ref", "LA-1")[0] == 0
    return path


def test_queue_offline_send_list_and_verify(book_path: Path, tsa_keys: TsaKeys, capsys) -> None:
    code, out, _ = run(capsys, "timestamp", "queue", book_path)
    assert code == 0 and "Queued a time-stamp request for audit entry" in out
    assert "Nothing was sent" in out
    code, out, _ = run(capsys, "timestamp", "queue", book_path)
    assert code == 0 and "already queued; nothing new queued" in out
    code, out, _ = run(capsys, "timestamp", "list", book_path)
    assert out.startswith("queued\tentry ")

    with running_tsa(tsa_keys) as tsa:
        code, out, err = run(
            capsys, "timestamp", "send", book_path, "--tsa", tsa.url,
            "--tsa-cert", tsa_keys.chain_file,
        )  # fmt: skip
    assert code == 0, err
    assert "CN=Loopback Test TSA" in out and "Kept 1 time-stamp(s)" in out

    code, out, _ = run(capsys, "timestamp", "list", book_path)
    assert out.startswith("stamped\tentry ") and " UTC by CN=Loopback Test TSA" in out
    code, out, _ = run(capsys, "timestamp", "verify", book_path)
    assert code == 0
    assert " UTC by CN=Loopback Test TSA" in out and "root O=Casebook Test Suite" not in out
    assert "All time-stamps hold" in out
    code, out, _ = run(capsys, "timestamp", "verify", book_path, "--tsa-cert", tsa_keys.root_file)
    assert code == 0 and f"against {tsa_keys.root_file}" in out
    code, out, _ = run(capsys, "verify", book_path)
    assert code == 0 and "checked 1 time-stamps" in out and "All checks passed." in out


def test_a_tsa_that_is_down_says_so_and_keeps_the_request(
    book_path: Path, tsa_keys: TsaKeys, capsys
) -> None:
    run(capsys, "timestamp", "queue", book_path)
    url = unused_url()
    code, _, err = run(
        capsys, "timestamp", "send", book_path, "--tsa", url, "--tsa-cert", tsa_keys.chain_file
    )
    assert code == 1
    assert f"The time-stamp authority at {url} could not be reached" in err
    assert "the request stays queued" in err and "Traceback" not in err
    code, out, _ = run(capsys, "timestamp", "list", book_path)
    assert out.startswith("queued\tentry ")


def test_verify_against_the_users_own_certificate_of_another_tsa_fails(
    book_path: Path, tsa_keys: TsaKeys, tmp_path: Path, capsys
) -> None:
    run(capsys, "timestamp", "queue", book_path)
    with running_tsa(tsa_keys) as tsa:
        run(capsys, "timestamp", "send", book_path, "--tsa", tsa.url, "--tsa-cert",
            tsa_keys.chain_file)  # fmt: skip
    other = make_tsa_keys(tmp_path / "other", "Other TSA")
    code, _, err = run(capsys, "timestamp", "verify", book_path, "--tsa-cert", other.chain_file)
    assert code == 2 and "signature does not verify" in err


def test_clear_sentences_for_missing_pieces(book_path: Path, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):  # argparse's usage error for an unknown action
        run(capsys, "timestamp", "stamp", book_path)
    code, _, err = run(capsys, "timestamp")
    assert code == 1 and "`casebook timestamp queue PATH`" in err
    code, out, _ = run(capsys, "timestamp", "verify", book_path)
    assert code == 0 and "No time-stamp has been received yet" in out
    missing = tmp_path / "missing.pem"
    code, _, err = run(capsys, "timestamp", "send", book_path, "--tsa", "http://127.0.0.1:9/",
                       "--tsa-cert", missing)  # fmt: skip
    assert code == 1 and f"The certificate file {missing} cannot be read" in err
