"""age in a second process (age_pipe): the same packages and imports as one process, and the
same refusals when the child dies, the package was tampered with, or is for someone else.

The size threshold is lowered so that these small cases go through the second process; a
spy on ``AgeProcess`` proves they did, and that every child has ended afterwards.
"""

from __future__ import annotations

import errno
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import select

from casebook.core.errors import CasebookError
from casebook.core.exchange import age_pipe
from casebook.core.exchange import manifest as fmt
from casebook.core.exchange.errors import NotAddressedToUs, PackageDamaged
from casebook.core.exchange.package_reader import PackageReader
from casebook.core.models import Blob, EvidenceItem, ExchangePackage
from casebook.core.records.evidence import take_in

from . import crafting
from .conftest import Party, case_of, sample_case, sha256, snapshot

ATTACHMENT_BYTES = 3 * 2**20 + 12345  # several vault chunks, many age chunks, > one pipe


class Spy:
    """Every AgeProcess made, with the pid of its child."""

    def __init__(self) -> None:
        self.made: list[age_pipe.AgeProcess] = []
        self.pids: list[int] = []

    def all_ended(self) -> bool:
        for pid in self.pids:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                continue
            return False
        return True


@pytest.fixture
def spy(monkeypatch) -> Spy:
    found = Spy()
    original = age_pipe.AgeProcess.__init__

    def init(self, kind):
        original(self, kind)
        found.made.append(self)
        found.pids.append(self.pid)

    monkeypatch.setattr(age_pipe.AgeProcess, "__init__", init)
    return found


@pytest.fixture
def piped(monkeypatch, spy) -> Spy:
    monkeypatch.setattr(age_pipe, "MIN_BYTES", 0)
    return spy


def one_process(monkeypatch) -> None:
    monkeypatch.setattr(age_pipe, "MIN_BYTES", 1 << 62)


@pytest.fixture
def large(parties, tmp_path) -> Path:
    """Aung's sample case plus an attachment of a few MiB of random bytes."""
    sample_case(parties.aung.book, tmp_path / "files")
    video = tmp_path / "files" / "video.bin"
    video.write_bytes(os.urandom(ATTACHMENT_BYTES))
    book = parties.aung.book
    with book.session() as s:
        take_in(book, s, case_of(book), video, title="Video")
        s.commit()
    return video


def kill(process: age_pipe.AgeProcess) -> None:
    assert process.pid is not None
    os.kill(process.pid, signal.SIGKILL)


def refused(party: Party, path: Path, error: type[Exception], match: str) -> None:
    before = snapshot(party.book)
    with pytest.raises(error, match=match):
        party.receive(path)
    assert snapshot(party.book) == before
    assert list((party.book.folder / "blobs" / "incoming").iterdir()) == []


def test_a_package_made_by_the_second_process_opens_with_plain_pyrage(
    parties, large, piped, tmp_path
):
    package = tmp_path / "large.cbpkg"
    made = parties.aung.send([parties.sara], package)
    assert len(piped.made) == 1 and piped.all_ended()
    entries = dict(crafting.open_package(package, parties.sara.age_secret()))
    assert entries[fmt.blob_name(sha256(large))] == large.read_bytes()
    photo = tmp_path / "files" / "photo.png"
    assert entries[fmt.blob_name(sha256(photo))] == photo.read_bytes()
    key = fmt.sender_key_of(entries[fmt.MANIFEST_NAME])
    assert fmt.signature_valid(key, entries[fmt.SIGNATURE_NAME], entries[fmt.MANIFEST_NAME])
    assert (
        made.attachments == 2 and made.attachment_bytes == ATTACHMENT_BYTES + photo.stat().st_size
    )
    assert not list(tmp_path.glob("*.partial"))


def evidence_and_blobs(party: Party) -> tuple[list[tuple], dict[str, bytes]]:
    book = party.book
    with book.session() as s:
        items = sorted(
            (e.id, e.title, e.blob.sha256, e.blob.size) for e in s.scalars(select(EvidenceItem))
        )
        plain = {
            b.sha256: b"".join(book.vault.chunks(b.storage_name, "test", b.sha256))
            for b in s.scalars(select(Blob))
        }
    return items, plain


def test_an_import_through_the_second_process_equals_one_in_this_process(
    parties, large, monkeypatch, spy, tmp_path
):
    package = tmp_path / "large.cbpkg"
    one_process(monkeypatch)
    parties.aung.send([parties.sara, parties.bopha], package)
    assert spy.made == []
    alone = parties.bopha.receive(package)
    monkeypatch.setattr(age_pipe, "MIN_BYTES", 0)
    piped = parties.sara.receive(package)
    assert len(spy.made) == 1 and spy.all_ended()
    assert piped.summary.counts == alone.summary.counts
    assert (piped.attachments_new, piped.audit_entries) == (2, alone.audit_entries)
    assert alone.attachments_new == 2
    sara, bopha = evidence_and_blobs(parties.sara), evidence_and_blobs(parties.bopha)
    assert sara == bopha
    assert sara[1][sha256(large)] == large.read_bytes()


def test_a_child_killed_while_packaging_leaves_nothing(parties, large, piped, tmp_path):
    book = parties.aung.book
    chunks = book.vault.chunks

    def killing(*args, **kwargs):
        for n, chunk in enumerate(chunks(*args, **kwargs)):
            if n == 1:
                kill(piped.made[0])
            yield chunk

    book.vault.chunks = killing
    package = tmp_path / "killed.cbpkg"
    before = snapshot(book)
    with pytest.raises(age_pipe.AgeProcessStopped, match="stopped unexpectedly"):
        parties.aung.send([parties.sara], package)
    assert snapshot(book) == before
    assert list(tmp_path.glob("killed.cbpkg*")) == []
    with book.session() as s:
        assert s.scalar(select(ExchangePackage.id)) is None
    assert piped.all_ended()


def test_a_child_killed_while_importing_leaves_nothing(parties, large, monkeypatch, spy, tmp_path):
    package = tmp_path / "large.cbpkg"
    one_process(monkeypatch)
    parties.aung.send([parties.sara], package)
    monkeypatch.setattr(age_pipe, "MIN_BYTES", 0)
    on_entry = PackageReader.on_entry

    def killing(self, name, size):
        if name == fmt.blob_name(sha256(large)):
            kill(spy.made[0])
        return on_entry(self, name, size)

    monkeypatch.setattr(PackageReader, "on_entry", killing)
    refused(parties.sara, package, age_pipe.AgeProcessStopped, "stopped unexpectedly")
    assert len(spy.made) == 1 and spy.all_ended()


def test_a_tampered_package_is_refused_through_the_second_process(parties, large, piped, tmp_path):
    package = tmp_path / "large.cbpkg"
    parties.aung.send([parties.sara], package)
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01  # inside the large attachment
    tampered = tmp_path / "tampered.cbpkg"
    tampered.write_bytes(bytes(data))
    refused(parties.sara, tampered, PackageDamaged, "damaged")
    cut = tmp_path / "cut.cbpkg"
    cut.write_bytes(bytes(data[: len(data) * 3 // 4]))
    refused(parties.sara, cut, PackageDamaged, "damaged")
    assert len(piped.made) == 3 and piped.all_ended()


def test_a_package_for_someone_else_is_refused_through_the_second_process(
    parties, large, piped, tmp_path
):
    package = tmp_path / "for-bopha.cbpkg"
    parties.aung.send([parties.bopha], package)
    refused(parties.sara, package, NotAddressedToUs, "not encrypted to your identity")
    assert len(piped.made) == 2 and piped.all_ended()


def test_a_small_package_stays_in_one_process(parties, spy, tmp_path):
    sample_case(parties.aung.book, tmp_path / "files")
    package = tmp_path / "small.cbpkg"
    parties.aung.send([parties.sara], package)
    parties.sara.receive(package)
    assert spy.made == []


def test_without_a_second_process_one_process_does_the_work(
    parties, large, monkeypatch, caplog, tmp_path
):
    monkeypatch.setattr(age_pipe, "MIN_BYTES", 0)

    def cannot_start(self, kind):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(age_pipe.AgeProcess, "__init__", cannot_start)
    package = tmp_path / "large.cbpkg"
    with caplog.at_level(logging.WARNING, logger=age_pipe.__name__):
        parties.aung.send([parties.sara], package)
        result = parties.sara.receive(package)
    assert result.attachments_new == 2
    entries = dict(crafting.open_package(package, parties.sara.age_secret()))
    assert entries[fmt.blob_name(sha256(large))] == large.read_bytes()
    lines = [r.getMessage() for r in caplog.records]
    assert lines == ["age runs in this process: no second process (BlockingIOError)"] * 2


def test_a_child_that_never_starts_leaves_the_work_to_this_process(
    parties, large, monkeypatch, caplog, tmp_path
):
    monkeypatch.setattr(age_pipe, "MIN_BYTES", 0)
    monkeypatch.setattr(age_pipe, "_program", lambda: [sys.executable, "-c", "pass"])
    package = tmp_path / "large.cbpkg"
    with caplog.at_level(logging.WARNING, logger=age_pipe.__name__):
        parties.aung.send([parties.sara], package)
    entries = dict(crafting.open_package(package, parties.sara.age_secret()))
    assert entries[fmt.blob_name(sha256(large))] == large.read_bytes()
    lines = [r.getMessage() for r in caplog.records]
    assert lines == ["age runs in this process: the second process did not start"]


def test_the_identity_and_case_data_stay_out_of_argv_and_files(
    parties, large, monkeypatch, private_tempdir, tmp_path
):
    monkeypatch.setattr(age_pipe, "MIN_BYTES", 0)
    commands = []
    popen = subprocess.Popen

    def recording(args, **kwargs):
        commands.append(list(args))
        assert "env" not in kwargs  # the child inherits the environment unchanged
        return popen(args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", recording)
    package = tmp_path / "large.cbpkg"
    parties.aung.send([parties.sara], package)
    parties.sara.receive(package)
    assert [c[-4:-2] for c in commands] == [
        [age_pipe.CHILD_SWITCH, "encrypt"],
        [age_pipe.CHILD_SWITCH, "decrypt"],
    ]
    assert all(c[-2].isdigit() and c[-1].isdigit() for c in commands)
    assert list(private_tempdir.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "aung",
        "bopha",
        "files",
        "large.cbpkg",
        "sara",
    ]


def test_a_child_started_on_an_estimate_is_stopped_when_little_travels(
    parties, large, monkeypatch, spy, tmp_path
):
    monkeypatch.setattr(age_pipe, "MIN_BYTES", ATTACHMENT_BYTES)
    encrypting = []
    original = age_pipe.AgeProcess.encrypt

    def counting(self, *args):
        encrypting.append(self)
        return original(self, *args)

    monkeypatch.setattr(age_pipe.AgeProcess, "encrypt", counting)
    parties.aung.send([parties.sara], tmp_path / "full.cbpkg")
    parties.aung.send([parties.sara], tmp_path / "again.cbpkg", since_last=True)
    # Both started on the case's evidence bytes; only the full package needed its child.
    assert len(spy.made) == 2 and encrypting == spy.made[:1] and spy.all_ended()
    parties.sara.receive(tmp_path / "full.cbpkg")
    parties.sara.receive(tmp_path / "again.cbpkg")


@pytest.mark.parametrize("two_processes", [True, False])
def test_a_write_error_is_reported_the_same_in_either_process(
    parties, large, monkeypatch, spy, tmp_path, two_processes
):
    """A file-size limit (inherited by the child) makes the package's writes fail with
    EFBIG, which pyrage reports as an OSError or as an EncryptError naming one: either way
    the error is named, and nothing is kept."""
    import resource

    monkeypatch.setattr(age_pipe, "MIN_BYTES", 0 if two_processes else 1 << 62)
    book = parties.aung.book
    package = tmp_path / "limited.cbpkg"
    before = snapshot(book)
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (ATTACHMENT_BYTES // 2, limit[1]))
    try:
        with pytest.raises(CasebookError, match=r"could not be written \(File too large\)"):
            parties.aung.send([parties.sara], package)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limit)
    assert snapshot(book) == before
    assert list(tmp_path.glob("limited.cbpkg*")) == []
    assert len(spy.made) == (1 if two_processes else 0) and spy.all_ended()


def test_a_full_disk_behind_an_encrypt_error_is_found():
    wrapped = pyrage.EncryptError("OSError: [Errno 28] No space left on device")
    assert age_pipe.os_error_of(wrapped).errno == errno.ENOSPC
    assert age_pipe.os_error_of(pyrage.EncryptError("something else")) is None
    plain = OSError(errno.ENOSPC, "No space left on device")
    assert age_pipe.os_error_of(plain) is plain


def test_the_package_file_is_sent_to_disk_in_steps_while_age_writes(tmp_path, monkeypatch):
    """The write-behind sink passes age's bytes through unchanged and asks the kernel to
    start writing back each step already written (never a range not yet written)."""
    monkeypatch.setattr(age_pipe, "_WRITE_BEHIND", 1000)
    hints: list[tuple[int, int, int, int]] = []
    pieces = [os.urandom(n) for n in (300, 900, 1, 2500, 40)]
    path = tmp_path / "package"
    with path.open("xb") as out:
        sink = age_pipe._WriteBehind(out, lambda *args: hints.append(args) or 0)
        for piece in pieces:
            assert sink.write(piece) == len(piece)
        sink.flush()
        fd = out.fileno()
    assert path.read_bytes() == b"".join(pieces)
    assert hints == [(fd, 0, 1200, 2), (fd, 1200, 2501, 2)]


def test_the_write_behind_call_is_found_on_linux_and_harmless():
    call = age_pipe._writeback_call()
    if not sys.platform.startswith("linux"):
        assert call is None
        return
    assert call is not None
    reader, writer = os.pipe()  # not a file: the kernel refuses, and nothing breaks
    try:
        assert call(writer, 0, 4096, 2) == -1
    finally:
        os.close(reader)
        os.close(writer)
