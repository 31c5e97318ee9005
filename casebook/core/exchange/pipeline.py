"""Two stages of an exchange on two threads, joined by a bounded queue.

Why: hashing (hashlib) and disk reads, writes and fsync release the GIL, so one thread can
hash or write while another encrypts. The queue holds at most ``depth`` items (about 1 MiB
each), so memory stays bounded whatever the size of the package.

A failure in either stage stops the other: the producer's error is raised where the
consumer takes the next item, the consumer's where the producer hands over the next one,
and neither ``close()`` nor ``cancel()`` returns before the other thread has stopped, so
the caller can remove what was half-written knowing nothing writes to it any more.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, Generic, TypeVar

T = TypeVar("T")
_ITEM, _END, _FAILED = range(3)


class Prefetch(Generic[T]):
    """Runs an iterator on its own thread, at most ``depth`` items ahead of the reader."""

    def __init__(self, source: Iterator[T], depth: int = 8) -> None:
        self._source = source
        self._queue: queue.Queue[tuple[int, Any]] = queue.Queue(depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="exchange-prefetch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            for item in self._source:
                self._queue.put((_ITEM, item))
                if self._stop.is_set():
                    return
            self._queue.put((_END, None))
        except BaseException as exc:  # handed to the reader, raised there
            self._queue.put((_FAILED, exc))
        finally:
            close = getattr(self._source, "close", None)
            if close is not None:
                close()  # a generator stopped early closes its files here, on its thread

    def __iter__(self) -> Prefetch[T]:
        return self

    def __next__(self) -> T:
        kind, value = self._queue.get()
        if kind == _END:
            self._queue.put((_END, None))  # a second next() ends too
            raise StopIteration
        if kind == _FAILED:
            self._queue.put((_FAILED, value))
            raise value
        return value

    def close(self) -> None:
        """Stop the producer (if still running) and wait until its thread has ended."""
        self._stop.set()
        while self._thread.is_alive():
            try:
                while True:
                    self._queue.get_nowait()  # unblocks a producer waiting to put
            except queue.Empty:
                pass
            self._thread.join(0.01)

    def __enter__(self) -> Prefetch[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Worker:
    """Runs submitted calls in order on one thread, at most ``depth`` waiting.

    After a call fails, the rest are dropped, and the failure is raised by the next
    ``submit()`` or by ``finish()``.
    """

    def __init__(self, depth: int = 8) -> None:
        self._queue: queue.Queue[tuple[Callable[..., None], tuple[Any, ...]] | None] = queue.Queue(
            depth
        )
        self._error: BaseException | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="exchange-worker", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            if self._error is not None or self._cancelled:
                continue  # drained, not run, so a producer never blocks on a dead worker
            call, args = task
            try:
                call(*args)
            except BaseException as exc:
                self._error = exc

    def submit(self, call: Callable[..., None], *args: Any) -> None:
        self._raise_failure()
        self._queue.put((call, args))

    def finish(self) -> None:
        """Wait for every call to have run; raises the first failure."""
        self._end()
        self._raise_failure()

    def cancel(self) -> None:
        """Drop what has not run yet and wait until the thread has ended."""
        self._cancelled = True
        self._end()

    def _end(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _raise_failure(self) -> None:
        if self._error is not None:
            raise self._error

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()


_SYNC_EVERY = 32 * 1024 * 1024
_sync_data = getattr(os, "fdatasync", os.fsync)  # fdatasync is POSIX only


class SyncingWriter:
    """A file written on a worker thread and flushed to disk as it grows.

    Why: the fsync at the end of a package would otherwise wait for every byte to reach
    the disk after the last one was encrypted; syncing every 32 MiB on the worker lets the
    disk work while this thread encrypts, and leaves the last sync little to do.
    """

    def __init__(self, out: BinaryIO, worker: Worker) -> None:
        self._out, self._worker = out, worker
        self._unsynced = 0

    def write(self, data: bytes | bytearray) -> None:
        """``data`` must not be changed afterwards: it is written later, on the worker."""
        self._worker.submit(self._out.write, data)
        self._unsynced += len(data)
        if self._unsynced >= _SYNC_EVERY:
            self._unsynced = 0
            self._worker.submit(self._sync)

    def _sync(self) -> None:
        self._out.flush()
        _sync_data(self._out.fileno())

    def finish(self) -> None:
        """Every byte written and on disk (raises what the worker met, e.g. a full disk)."""
        self._worker.submit(self._out.flush)
        self._worker.submit(os.fsync, self._out.fileno())
        self._worker.finish()
