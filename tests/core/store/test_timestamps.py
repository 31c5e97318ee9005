"""Time-stamps of the chain head in a real casebook: queued offline, sent to a TSA on loopback,
verified offline afterwards, and failing loudly when the token or the history changed.
"""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
from sqlalchemy import text

from casebook.core.integrity.timestamp import TimestampError, load_certificates
from casebook.core.integrity.tsa_client import TsaUnreachable
from casebook.core.records.cases import add_case
from casebook.core.store import timestamps
from casebook.core.store.casebook import Casebook
from casebook.core.store.timestamps import (
    CHAIN,
    CLAIM,
    REPLY,
    chain_head,
    check_stamps,
    list_stamps,
    queue_head,
    send_queued,
)
from casebook.core.verification import verify_casebook

from ..integrity.loopback_tsa import TsaKeys, make_tsa_keys, running_tsa, unused_url


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


def trusted(keys: TsaKeys):
    return load_certificates(keys.chain_file.read_bytes(), str(keys.chain_file))


def add_a_case(book: Casebook, reference: str) -> None:
    with book.session() as session:
        add_case(session, f"Case {reference}", reference)
        session.commit()


def send_all(book: Casebook, keys: TsaKeys) -> list:
    with running_tsa(keys) as tsa:
        received = send_queued(book, tsa.url, trusted(keys))
    assert tsa.errors == []
    return received


def problems_of(book: Casebook) -> list[str]:
    with book.session() as session:
        return [str(c.problem) for c in check_stamps(book, session) if c.problem]


def raw_sql(book: Casebook, statement: str, **params: object) -> None:
    """Edit the database behind the ORM's back, as someone with the key and a SQL shell could."""
    with book.session() as session:
        session.execute(text(statement), params)
        session.commit()


def test_queued_offline_sent_on_request_then_verified_offline(
    book: Casebook, tsa_keys: TsaKeys
) -> None:
    add_a_case(book, "TS-1")
    stamp, new = queue_head(book)  # no TSA is running: queueing needs no network
    assert new and not stamp.received
    with book.session() as session:
        assert chain_head(session) == (stamp.sequence, json.loads(
            (stamp.folder / CLAIM).read_bytes())["entry_hash"])  # fmt: skip
    assert sorted(p.name for p in stamp.folder.iterdir()) == [
        "claim.json", "queued.json", "request.tsq",
    ]  # fmt: skip

    received = send_all(book, tsa_keys)
    assert [s.name for s, _ in received] == [stamp.name]
    assert "Loopback Test TSA" in received[0][1].describe()
    assert stamp.received and (stamp.folder / CHAIN).is_file()

    add_a_case(book, "TS-2")  # the chain grows past the stamped head: still fine
    report = verify_casebook(book)  # the TSA is gone: verification is offline
    assert report.ok, report.problems
    assert report.checked["time-stamps"] == 1
    with book.session() as session:
        (check,) = check_stamps(book, session)
    assert check.problem is None and check.info is not None
    assert "Loopback Test TSA" in check.info.tsa_name


def test_the_same_head_is_queued_once_and_a_new_head_again(book: Casebook) -> None:
    first, new = queue_head(book)
    again, new_again = queue_head(book)
    assert new and not new_again and again.folder == first.folder
    add_a_case(book, "TS-3")
    later, new_later = queue_head(book)
    assert new_later and later.sequence > first.sequence
    assert [s.sequence for s in list_stamps(book.folder)[0]] == [first.sequence, later.sequence]


def test_a_tsa_that_is_down_leaves_the_request_queued(book: Casebook, tsa_keys: TsaKeys) -> None:
    stamp, _ = queue_head(book)
    before = {p.name: p.read_bytes() for p in stamp.folder.iterdir()}
    url = unused_url()
    with pytest.raises(TsaUnreachable) as caught:
        send_queued(book, url, trusted(tsa_keys))
    assert f"The time-stamp authority at {url} could not be reached" in str(caught.value)
    assert "the request stays queued" in str(caught.value)
    assert {p.name: p.read_bytes() for p in stamp.folder.iterdir()} == before
    assert verify_casebook(book).ok  # a queued request is not a problem
    assert [s for s, _ in send_all(book, tsa_keys)] == [stamp]  # later, online: it goes out


def test_a_reply_that_does_not_verify_is_not_kept(
    book: Casebook, tsa_keys: TsaKeys, tmp_path: Path
) -> None:
    stamp, _ = queue_head(book)
    stranger = make_tsa_keys(tmp_path / "stranger", "Some Other TSA")
    with running_tsa(tsa_keys) as tsa, pytest.raises(TimestampError) as caught:
        send_queued(book, tsa.url, trusted(stranger))  # the user trusts another TSA
    assert "was not kept" in str(caught.value) and "stays queued" in str(caught.value)
    assert not stamp.received and not (stamp.folder / CHAIN).exists()


def test_a_token_for_a_different_head_fails(book: Casebook, tsa_keys: TsaKeys) -> None:
    first, _ = queue_head(book)
    add_a_case(book, "TS-4")
    second, _ = queue_head(book)
    send_all(book, tsa_keys)
    assert problems_of(book) == []
    shutil.copyfile(first.folder / REPLY, second.folder / REPLY)  # a genuine token, wrong head
    (problem,) = problems_of(book)
    assert problem.startswith(f"time-stamp {second.name}: ")
    assert "issued for different data than the head it claims" in problem
    assert not verify_casebook(book).ok


def test_a_tampered_token_fails(book: Casebook, tsa_keys: TsaKeys) -> None:
    stamp, _ = queue_head(book)
    send_all(book, tsa_keys)
    reply = bytearray((stamp.folder / REPLY).read_bytes())
    reply[-3] ^= 0x01
    (stamp.folder / REPLY).write_bytes(bytes(reply))
    report = verify_casebook(book)
    assert [str(p) for p in report.problems if stamp.name in str(p)] == [
        f"time-stamp {stamp.name}: its signature does not verify against the trusted TSA "
        "certificates (Error while verifying certificates)"
    ]


def test_an_edited_claim_fails(book: Casebook, tsa_keys: TsaKeys) -> None:
    stamp, _ = queue_head(book)
    send_all(book, tsa_keys)
    claim = (stamp.folder / CLAIM).read_bytes()
    (stamp.folder / CLAIM).write_bytes(claim.replace(b'"sequence":', b'"sequence": '))
    (problem,) = problems_of(book)
    assert "claim.json is not a chain-head claim" in problem


def test_a_rewritten_history_is_reported(book: Casebook, tsa_keys: TsaKeys) -> None:
    add_a_case(book, "TS-5")
    stamp, _ = queue_head(book)
    send_all(book, tsa_keys)
    # Someone with the key rewrites the stamped entry and every later one, re-hashing them
    # (here: the stamped entry's hash replaced; the chain check names the break as well).
    raw_sql(
        book,
        "UPDATE audit_log SET entry_hash = :h WHERE sequence = :s",
        h="f" * 64,
        s=stamp.sequence,
    )
    (problem,) = problems_of(book)
    assert f"audit entry {stamp.sequence} is not the one the TSA saw" in problem
    assert f"the history was rewritten at or before entry {stamp.sequence}" in problem
    assert "Loopback Test TSA" in problem and " UTC by " in problem
    assert problem in [str(p) for p in verify_casebook(book).problems]


def test_an_older_copy_of_the_database_is_reported(
    casebook_factory, passphrase: str, tsa_keys: TsaKeys, tmp_path: Path
) -> None:
    book, _ = casebook_factory("rolled")
    folder = book.folder
    book.close()
    shutil.copyfile(folder / "casebook.db", tmp_path / "old.db")  # a copy kept aside
    book = Casebook.open(folder, passphrase)
    try:
        add_a_case(book, "TS-6")
        stamp, _ = queue_head(book)
        send_all(book, tsa_keys)
    finally:
        book.close()
    shutil.copyfile(tmp_path / "old.db", folder / "casebook.db")  # rolled back
    with Casebook.open(folder, passphrase) as book:
        (problem,) = problems_of(book)
    assert f"the TSA saw entry {stamp.sequence} of the audit chain" in problem
    assert "this is an older copy of the casebook, or entries were deleted" in problem


def test_a_stamp_of_another_casebook_is_reported(casebook_factory, tsa_keys: TsaKeys) -> None:
    book, _ = casebook_factory("one")
    other, _ = casebook_factory("two")
    stamp, _ = queue_head(other)
    send_all(other, tsa_keys)
    shutil.copytree(stamp.folder, book.folder / timestamps.TIMESTAMPS_DIR / stamp.name)
    (problem,) = problems_of(book)
    assert "made for a different casebook" in problem


def test_unknown_files_among_the_stamps_are_reported(book: Casebook) -> None:
    queue_head(book)
    (book.folder / timestamps.TIMESTAMPS_DIR / "planted.tsr").write_bytes(b"x")
    report = verify_casebook(book)
    assert any(
        str(p).startswith("timestamps/planted.tsr: not a time-stamp") for p in report.problems
    )


def test_the_users_own_certificate_is_checked_instead_of_the_kept_one(
    book: Casebook, tsa_keys: TsaKeys, tmp_path: Path
) -> None:
    """Someone who can write to the folder could swap token and chain; the user's copy cannot."""
    queue_head(book)
    send_all(book, tsa_keys)
    stranger = make_tsa_keys(tmp_path / "stranger", "Loopback Test TSA")
    with book.session() as session:
        (good,) = check_stamps(book, session, trusted(tsa_keys))
        (bad,) = check_stamps(book, session, trusted(stranger))
    assert good.problem is None
    assert bad.problem is not None and "signature does not verify" in str(bad.problem)


def test_a_queue_cut_short_is_ignored_then_cleared(book: Casebook) -> None:
    root = book.folder / timestamps.TIMESTAMPS_DIR
    root.mkdir()
    leftover = root / ".entry-00000001-0123456789abcdef.4242.tmp"
    leftover.mkdir()
    (leftover / CLAIM).write_bytes(b"{")
    assert list_stamps(book.folder) == ([], [])
    assert verify_casebook(book).ok
    stamp, new = queue_head(book)
    assert new and not leftover.exists() and [p.name for p in root.iterdir()] == [stamp.name]


def test_a_folder_that_cannot_be_written_is_a_sentence(book: Casebook) -> None:
    (book.folder / timestamps.TIMESTAMPS_DIR).write_bytes(b"not a folder")
    with pytest.raises(TimestampError, match="timestamps folder of the casebook could not be"):
        queue_head(book)
    assert any(
        str(p).startswith("timestamps: is a file or a link") for p in verify_casebook(book).problems
    )
