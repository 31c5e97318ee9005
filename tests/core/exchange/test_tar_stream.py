"""The tar writer and push parser: round trips, and refusals of what Casebook never writes."""

from __future__ import annotations

import io
import tarfile

import pytest

from casebook.core.exchange.errors import PackageDamaged, PackageRejected
from casebook.core.exchange.tar_stream import Entry, IterReader, TarPushParser, tar_stream


class Collect:
    def __init__(self) -> None:
        self.entries: list[tuple[str, bytes]] = []

    def on_entry(self, name: str, size: int):
        buffer = bytearray()
        outer = self

        class Consumer:
            def write(self, data: bytes) -> None:
                buffer.extend(data)

            def close(self) -> None:
                outer.entries.append((name, bytes(buffer)))

        return Consumer()


def archive(entries: list[tuple[str, bytes]]) -> bytes:
    stream = tar_stream(
        [Entry(n, len(d), lambda d=d: [d[: len(d) // 2], d[len(d) // 2 :]]) for n, d in entries],
        mtime=0,
    )
    return IterReader(iter(stream)).read()


def feed(data: bytes, piece: int) -> Collect:
    collect = Collect()
    parser = TarPushParser(collect.on_entry)
    for start in range(0, len(data), piece):
        parser.write(data[start : start + piece])
    parser.finish()
    return collect


ENTRIES = [("a.json", b'{"x": 1}'), ("empty", b""), ("blobs/" + "0" * 64, bytes(range(256)) * 7)]


@pytest.mark.parametrize("piece", [1, 7, 512, 8192, 10**6])
def test_round_trip_in_any_piece_size(piece):
    assert feed(archive(ENTRIES), piece).entries == ENTRIES


def test_standard_tar_reads_what_we_write():
    with tarfile.open(fileobj=io.BytesIO(archive(ENTRIES))) as tar:
        assert [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()] == ENTRIES


def test_entry_of_wrong_length_is_an_error_when_writing():
    stream = tar_stream([Entry("x", 5, lambda: [b"123456"])], mtime=0)
    with pytest.raises(ValueError, match="longer"):
        list(stream)


def test_cut_short_archive_is_refused():
    data = archive(ENTRIES)
    with pytest.raises(PackageDamaged):
        feed(data[:1000], 100)


def test_data_after_the_end_is_refused():
    with pytest.raises(PackageDamaged, match="after the end"):
        feed(archive(ENTRIES) + b"\x01" * 512, 512)


def test_damaged_header_is_refused():
    data = bytearray(archive(ENTRIES))
    data[100] ^= 0xFF  # inside the first header: its checksum no longer matches
    with pytest.raises(PackageDamaged, match="header"):
        feed(bytes(data), 512)


def test_links_and_folders_are_refused():
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as tar:
        link = tarfile.TarInfo("MANIFEST.json")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tar.addfile(link)
    with pytest.raises(PackageRejected, match="not a plain file"):
        feed(buffer.getvalue(), 512)
