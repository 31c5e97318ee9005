"""A tar stream written from generators and read from pushed bytes, both in bounded memory.

Packages are tar archives (GNU format, regular files only) inside age encryption. Writing
yields the archive piece by piece so it can be encrypted as it is made; reading is pushed
the decrypted bytes by ``pyrage.decrypt_io`` and hands each entry's data to a consumer as
it arrives. Nothing is buffered beyond one header block and what a consumer keeps.
"""

from __future__ import annotations

import io
import tarfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from ..phrase import phrase
from .errors import PackageDamaged, PackageRejected

BLOCK = 512
RECORD = 20 * BLOCK


@dataclass(frozen=True)
class Entry:
    """One file of the archive: its name, exact size, and a way to produce its bytes."""

    name: str
    size: int
    chunks: Callable[[], Iterable[bytes]]


def header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    info.type = tarfile.REGTYPE
    info.uname = info.gname = ""
    # GNU format: sizes beyond 8 GiB are written in base-256 within the one header block.
    return info.tobuf(format=tarfile.GNU_FORMAT, encoding="utf-8", errors="strict")


def tar_stream(entries: Iterable[Entry], mtime: int) -> Iterator[bytes]:
    """Yield the archive; an entry whose bytes differ in length from its size is an error."""
    total = 0
    for entry in entries:
        head = header(entry.name, entry.size, mtime)
        yield head
        written = 0
        for chunk in entry.chunks():
            written += len(chunk)
            if written > entry.size:
                raise ValueError(f"entry {entry.name} is longer than declared")
            yield chunk
        if written != entry.size:
            raise ValueError(f"entry {entry.name} is shorter than declared")
        padding = -entry.size % BLOCK
        if padding:
            yield bytes(padding)
        total += len(head) + entry.size + padding
    end = 2 * BLOCK
    end += -(total + end) % RECORD
    yield bytes(end)


class IterReader(io.RawIOBase):
    """A readable file over an iterator of byte strings (what ``pyrage.encrypt_io`` reads)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._current:
            try:
                self._current = memoryview(next(self._chunks))
            except StopIteration:
                return 0
        n = min(len(buffer), len(self._current))
        buffer[:n] = self._current[:n]
        self._current = self._current[n:]
        return n


class EntryConsumer(Protocol):
    """Takes an entry's bytes piece by piece: a view valid only during the call (copied,
    never kept), so that no piece is copied only to be handed on."""

    def write(self, data: memoryview) -> None: ...

    def close(self) -> None: ...


OnEntry = Callable[[str, int], EntryConsumer]


class TarPushParser(io.RawIOBase):
    """Parses a tar archive written into it, entry by entry.

    ``on_entry(name, size)`` is called at each header and returns the consumer for that
    entry's data; it may raise to refuse the entry. Anything other than regular files,
    a damaged header, or data after the end of the archive is refused.
    """

    def __init__(self, on_entry: OnEntry) -> None:
        self._on_entry = on_entry
        self._block = bytearray()
        self._consumer: EntryConsumer | None = None
        self._remaining = 0
        self._padding = 0
        self._ended = False

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data)
        size = len(view)
        while view:
            if self._consumer is not None:
                n = min(self._remaining, len(view))
                self._consumer.write(view[:n])
                view = view[n:]
                self._remaining -= n
                if self._remaining == 0:
                    self._finish_entry()
            elif self._padding:
                n = min(self._padding, len(view))
                view = view[n:]
                self._padding -= n
            elif self._ended:
                if any(view):
                    raise PackageDamaged(phrase("there is data after the end of the archive"))
                view = view[len(view) :]
            else:
                n = min(BLOCK - len(self._block), len(view))
                self._block += view[:n]
                view = view[n:]
                if len(self._block) == BLOCK:
                    self._header(bytes(self._block))
                    self._block.clear()
        return size

    def _header(self, block: bytes) -> None:
        if not any(block):
            self._ended = True
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except (tarfile.HeaderError, UnicodeDecodeError):
            raise PackageDamaged(phrase("an archive header is malformed")) from None
        if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
            raise PackageRejected(
                "The package holds an archive entry that is not a plain file (a link, folder "
                "or extended header). Casebook never writes such entries, so the package was "
                "refused; nothing was imported."
            )
        self._consumer = self._on_entry(info.name, info.size)
        self._remaining = info.size
        self._padding = -info.size % BLOCK
        if info.size == 0:
            self._finish_entry()

    def _finish_entry(self) -> None:
        assert self._consumer is not None
        consumer, self._consumer = self._consumer, None
        consumer.close()

    def finish(self) -> None:
        """Call after the last byte: the archive must have ended cleanly."""
        if self._consumer is not None or self._padding or self._block or not self._ended:
            raise PackageDamaged(phrase("the archive ends in the middle of an entry"))
