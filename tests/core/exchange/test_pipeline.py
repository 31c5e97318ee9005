"""The exchange's threaded stages: a stage failing mid-stream stops the others, its error
reaches the caller, and nothing half-written is left (no package file, no attachment in
the vault, no thread still running)."""

from __future__ import annotations

import errno
import os
import threading
import time

import pytest
from sqlalchemy import select

from casebook.core.errors import BlobIntegrityError, StorageFull
from casebook.core.exchange import package_reader
from casebook.core.exchange.errors import PackageDamaged
from casebook.core.exchange.pipeline import Prefetch, Worker
from casebook.core.models import Blob, ExchangePackage
from casebook.core.records.cases import case_by_reference
from casebook.core.records.evidence import take_in
from casebook.core.store.blob_cipher import CHUNK_SIZE, BlobWriter

from .conftest import CASE_REF, sample_case, snapshot


def _threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("exchange-")}


# -- the two building blocks -------------------------------------------------------------


def test_a_producer_failure_is_raised_where_the_items_are_taken():
    def source():
        yield 1
        yield 2
        raise ValueError("stage one failed")

    with Prefetch(source(), depth=1) as items:
        assert next(items) == 1
        assert next(items) == 2
        with pytest.raises(ValueError, match="stage one failed"):
            next(items)
    assert not _threads()


def test_closing_early_stops_the_producer_and_closes_its_source():
    closed = threading.Event()

    def endless():
        try:
            n = 0
            while True:
                n += 1
                yield n
        finally:
            closed.set()

    with Prefetch(endless(), depth=2) as items:
        assert next(items) == 1
    assert closed.is_set()
    assert not _threads()


def test_a_worker_failure_stops_the_rest_and_is_raised_to_the_producer():
    done: list[int] = []

    def step(n: int) -> None:
        if n == 3:
            raise OSError(errno.ENOSPC, "full")
        done.append(n)

    worker = Worker(depth=1)
    with pytest.raises(OSError), worker:
        for n in range(1000):
            worker.submit(step, n)
            time.sleep(0.0005 if n < 5 else 0)
        worker.finish()
    assert done == [0, 1, 2]  # nothing ran after the failure
    assert not _threads()


def test_cancelling_drops_what_has_not_run():
    started, release = threading.Event(), threading.Event()
    ran: list[int] = []

    def slow(n: int) -> None:
        started.set()
        release.wait()
        ran.append(n)

    worker = Worker(depth=4)
    worker.submit(slow, 0)
    started.wait()
    for n in range(1, 4):
        worker.submit(ran.append, n)
    release.set()
    worker.cancel()
    assert ran == [0]
    assert not _threads()


# -- whole packages ----------------------------------------------------------------------


@pytest.fixture
def large_case(parties, tmp_path):
    """The sample case and an attachment of several vault chunks."""
    sample_case(parties.aung.book, tmp_path / "files")
    big = tmp_path / "files" / "video.bin"
    big.write_bytes(os.urandom(3 * CHUNK_SIZE + 123))
    book = parties.aung.book
    with book.session() as s:
        take_in(book, s, case_by_reference(s, CASE_REF), big)
        s.commit()
    return big


def test_a_vault_file_failing_mid_package_leaves_no_package(parties, large_case, tmp_path):
    book = parties.aung.book
    with book.session() as s:
        blob = s.scalars(select(Blob).order_by(Blob.size.desc())).first()
    stored = book.vault.path_of(blob.storage_name)
    data = bytearray(stored.read_bytes())
    data[2 * CHUNK_SIZE + 100] ^= 0x01  # the third chunk: two went into the package before
    stored.write_bytes(bytes(data))
    before = snapshot(book)
    out = tmp_path / "p.cbpkg"
    with pytest.raises(BlobIntegrityError, match="damaged or was altered"):
        parties.aung.send([parties.sara], out)
    assert not out.exists()
    assert list(tmp_path.glob("*.partial")) == []
    assert snapshot(book) == before
    with book.session() as s:
        assert s.scalars(select(ExchangePackage)).first() is None
    assert not _threads()


def test_a_full_disk_mid_import_leaves_nothing(parties, large_case, tmp_path, monkeypatch):
    out = tmp_path / "p.cbpkg"
    parties.aung.send([parties.sara], out)
    sara = parties.sara.book
    before = snapshot(sara)
    writes = {"n": 0}
    real_write = BlobWriter.write

    def filling(self, data):
        writes["n"] += 1
        if writes["n"] == 3:  # the attachment of several chunks, part-way
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(self, data)

    monkeypatch.setattr(package_reader.BlobWriter, "write", filling)
    with pytest.raises(StorageFull):
        parties.sara.receive(out)
    assert writes["n"] == 3
    assert snapshot(sara) == before
    assert list((sara.folder / "blobs" / "incoming").iterdir()) == []
    assert not _threads()


def test_a_package_cut_in_an_attachment_leaves_nothing(parties, large_case, tmp_path):
    out = tmp_path / "p.cbpkg"
    parties.aung.send([parties.sara], out)
    cut = tmp_path / "cut.cbpkg"
    cut.write_bytes(out.read_bytes()[: out.stat().st_size - CHUNK_SIZE])
    sara = parties.sara.book
    before = snapshot(sara)
    with pytest.raises(PackageDamaged):
        parties.sara.receive(cut)
    assert snapshot(sara) == before
    assert list((sara.folder / "blobs" / "incoming").iterdir()) == []
    assert not _threads()
    parties.sara.receive(out)  # the whole package still imports afterwards
