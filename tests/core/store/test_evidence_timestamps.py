"""Evidence time-stamps: queued at intake, sent on request, checked offline against the item."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from casebook.core.integrity.timestamp import load_certificates
from casebook.core.integrity.tsa_client import TsaUnreachable
from casebook.core.models import EvidenceItem
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.store import evidence_timestamps
from casebook.core.verification import verify_casebook

from ..integrity.loopback_tsa import make_tsa_keys, running_tsa


@pytest.fixture
def tsa(tmp_path):
    keys = make_tsa_keys(tmp_path / "tsa")
    with running_tsa(keys) as server:
        yield server, load_certificates(keys.chain_file.read_bytes(), "chain")


def _take_in(book, tmp_path, name: str, data: bytes) -> str:
    (tmp_path / name).write_bytes(data)
    with book.session() as s:
        case = add_case(s, "Stamps", f"TS-{name}")
        item = take_in(book, s, case, tmp_path / name).item
        s.commit()
        return item.id


def test_queued_at_intake_sent_and_checked(book, tmp_path, tsa):
    server, certificates = tsa
    item_id = _take_in(book, tmp_path, "a.txt", b"first file")
    stamps, unknown = evidence_timestamps.list_stamps(book)
    assert [s.evidence_id for s in stamps] == [item_id] and unknown == []
    assert not stamps[0].received and server.requests == 0  # nothing sent at intake
    with book.session() as s:
        sent = evidence_timestamps.send_queued(book, s, server.url, certificates)
        assert [st.evidence_id for st, _ in sent] == [item_id]
        checks = evidence_timestamps.check_stamps(book, s)
    assert checks[0].problem is None and "CN=Loopback Test TSA" in checks[0].info.tsa_name
    report = verify_casebook(book)
    assert report.checked["evidence time-stamps"] == 1 and not report.problems


def test_an_item_whose_recorded_hash_changed_no_longer_matches_its_stamp(book, tmp_path, tsa):
    server, certificates = tsa
    item_id = _take_in(book, tmp_path, "b.txt", b"second file")
    with book.session() as s:
        evidence_timestamps.send_queued(book, s, server.url, certificates)
        s.execute(update(EvidenceItem).where(EvidenceItem.id == item_id).values(sha256="0" * 64))
        checks = evidence_timestamps.check_stamps(book, s)
        s.rollback()
    assert "no longer has the content the TSA saw" in str(checks[0].problem)


def test_a_request_for_an_item_not_saved_is_not_sent(book, tmp_path, tsa):
    server, certificates = tsa
    (tmp_path / "c.txt").write_bytes(b"never saved")
    with book.session() as s:
        case = add_case(s, "Stamps", "TS-c")
        take_in(book, s, case, tmp_path / "c.txt")
        s.rollback()  # the intake was not committed; its request was written
    with book.session() as s:
        assert evidence_timestamps.send_queued(book, s, server.url, certificates) == []
    assert server.requests == 0


def test_a_tsa_that_is_down_keeps_the_request_queued(book, tmp_path, tsa):
    server, certificates = tsa
    _take_in(book, tmp_path, "d.txt", b"fourth file")
    server.broken = True
    with book.session() as s, pytest.raises(TsaUnreachable, match="stays queued"):
        evidence_timestamps.send_queued(book, s, server.url, certificates)
    assert not evidence_timestamps.list_stamps(book)[0][0].received


def test_a_reply_for_other_data_is_refused(book, tmp_path, tsa):
    server, certificates = tsa
    _take_in(book, tmp_path, "e.txt", b"fifth file")
    other = evidence_timestamps.list_stamps(book)[0][0]
    _take_in(book, tmp_path, "f.txt", b"sixth file")
    with book.session() as s:
        first = evidence_timestamps.send_queued(book, s, server.url, certificates)
    assert len(first) == 2
    # Swap the replies: each now answers the other item's claim.
    stamps = evidence_timestamps.list_stamps(book)[0]
    a, b = (st.folder / "reply.tsr" for st in stamps)
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    with book.session() as s:
        problems = [str(c.problem) for c in evidence_timestamps.check_stamps(book, s)]
    assert all("issued for different data than the item" in p for p in problems)
    assert other.folder.exists()
