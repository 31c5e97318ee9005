"""age in a second process joined to this one by anonymous pipes, so that age's work and the
vault's AES-GCM and hashing run on two cores at once.

pyrage and ``cryptography``'s AES-GCM both hold the interpreter lock, so threads cannot
overlap them; a second process can. The child runs nothing but pyrage: for a package it
age-encrypts the tar stream it reads from the data pipe into the new package file; for an
import it age-decrypts the package into the data pipe. Plaintext crosses only that anonymous
pipe, never a file; the age identity of an import goes over the control pipe, never argv or
the environment. The child reports how it ended as a short code (never an exception's text),
and the parent turns that into the same errors as the one-process path.

The child is this program started again with ``CHILD_SWITCH`` (``python -m casebook`` or,
in a frozen build, the app binary itself): ``casebook/__main__.py`` hands it to
``child_main`` before importing anything else, so it starts in ~0.1 s (a ``multiprocessing``
spawn child would re-import the parent's main script, the whole command line: 1.5 s of CPU).
Its two pipe ends are passed as inherited descriptors, their numbers in argv. It is used only
for streams of at least ``MIN_BYTES`` and only on POSIX; elsewhere, or when the child cannot
start, the callers use one process and log why, without case data.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import re
import socket
import subprocess
import sys
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from ..errors import CasebookError

log = logging.getLogger(__name__)

CHILD_SWITCH = "--exchange-age-process"
MIN_BYTES = 64 * 2**20  # below this, start-up costs what two cores save (tests lower it)
_PIPE_BYTES = 2**20  # the bounded buffer between the two processes (Linux's default maximum)
_BUFFER = 2**20
_READY_SECONDS = 60.0  # a start under heavy load can take seconds
_STOP_SECONDS = 5.0
_WRITE_BEHIND = 8 * 2**20  # the package file is sent to disk in steps of this many bytes
_SYNC_FILE_RANGE_WRITE = 2  # linux/fs.h: start writeback of the range, do not wait


class AgeProcessStopped(CasebookError):
    """The child ended without saying how; what the caller was doing is abandoned."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(
            "The process that encrypts or decrypts the package stopped unexpectedly (exit "
            "status {status}). Nothing was kept; try again, and if it happens again, restart "
            "Casebook.",
            status="?" if exitcode is None else exitcode,
        )


class _Counting(io.RawIOBase):
    """The data pipe, read by pyrage in the child, counting what crossed it."""

    def __init__(self, fd: int) -> None:
        self._raw = io.FileIO(fd, "rb", closefd=False)
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._raw.readinto(buffer) or 0
        self.count += n
        return n


class _WriteBehind(io.RawIOBase):
    """The package file, handed to the disk while age is still writing it.

    Without this the whole package sits in the page cache until the closing fsync, which
    then waits for all of it (0.15-0.2 s for 256 MiB here, while nothing else runs). Linux's
    ``sync_file_range(SYNC_FILE_RANGE_WRITE)`` starts the writeback of what was written so
    far without waiting, so it overlaps the encryption and the closing fsync only confirms.
    Only ciphertext is written; the fsync at the end still decides durability. Elsewhere
    (or without the call) the file is written as before.
    """

    def __init__(self, out: Any, start_writeback: Callable[..., int] | None) -> None:
        self._out = out
        self._fd = out.fileno()
        self._start_writeback = start_writeback
        self._written = 0
        self._sent = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:  # type: ignore[override]
        n: int = self._out.write(data)
        self._written += n
        if self._start_writeback is not None and self._written - self._sent >= _WRITE_BEHIND:
            # A hint: its failure changes nothing, the fsync at the end still runs.
            self._start_writeback(
                self._fd, self._sent, self._written - self._sent, _SYNC_FILE_RANGE_WRITE
            )
            self._sent = self._written
        return n

    def flush(self) -> None:
        self._out.flush()


def _writeback_call() -> Callable[..., int] | None:
    """``sync_file_range`` from the C library on Linux, else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        call = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError, ImportError):
        return None
    call.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    call.restype = ctypes.c_int
    return call  # type: ignore[no-any-return]


def child_main(args: list[str]) -> int:
    """The child's program: ``KIND CONTROL_FD DATA_FD`` (see ``AgeProcess``)."""
    from ..store.process_hygiene import keep_secrets_out_of_dumps

    # It will hold plaintext and, for an import, the age identity: as the parent does, no
    # core dump and no other program reading its memory (not inherited through exec).
    keep_secrets_out_of_dumps()
    try:
        kind, control_fd, data_fd = args[0], int(args[1]), int(args[2])
    except (IndexError, ValueError):
        return 2
    run = {"encrypt": _encrypt_child, "decrypt": _decrypt_child}.get(kind)
    if run is None:
        return 2
    run(Connection(control_fd), data_fd)
    return 0


def _encrypt_child(control: Connection, data: int) -> None:
    """Child: age-encrypt the bytes of ``data`` into a new private file, named by the parent."""
    from ..store.atomic_write import open_private

    start_writeback = _writeback_call()
    try:
        control.send(("started",))
        path, recipients = control.recv()
        keys = [x25519.Recipient.from_str(r) for r in recipients]
        with open_private(Path(path)) as out:
            control.send(("ready",))
            source = _Counting(data)
            sink = _WriteBehind(out, start_writeback)
            pyrage.encrypt_io(io.BufferedReader(source, buffer_size=_BUFFER), sink, keys)
            # The end of the pipe only says the parent stopped writing: the file is kept
            # (made durable) only when the parent says every byte was sent.
            end = control.recv()
            if end != ("end", source.count):
                control.send(("incomplete",))
                return
            out.flush()
            os.fsync(out.fileno())
        control.send(("ok",))
    except (OSError, pyrage.EncryptError) as exc:
        error = os_error_of(exc)
        _send(control, ("oserror", error.errno) if error is not None else ("failed",))
    except BaseException:
        _send(control, ("failed",))


def os_error_of(exc: BaseException) -> OSError | None:
    """The OSError behind a failed write: pyrage raises it, or an EncryptError naming it
    (a full disk found while the stream is finished)."""
    if isinstance(exc, OSError):
        return exc
    if isinstance(exc.__cause__ or exc.__context__, OSError):
        return exc.__cause__ or exc.__context__  # type: ignore[return-value]
    found = re.search(r"\[Errno (\d+)\]", str(exc))
    if found is None:
        return None
    code = int(found[1])
    return OSError(code, os.strerror(code))


def _decrypt_child(control: Connection, data: int) -> None:
    """Child: age-decrypt the package file into ``data``; the identity comes over ``control``."""
    try:
        control.send(("started",))
        path, secret = control.recv()
        identity = x25519.Identity.from_str(secret)
        del secret
        try:
            source = open(path, "rb")  # noqa: SIM115 (closed below)
        except OSError as exc:
            control.send(("unreadable", exc.errno))
            return
        with source:
            control.send(("ready",))
            sink = open(data, "wb", buffering=_BUFFER, closefd=False)  # noqa: SIM115
            try:
                pyrage.decrypt_io(source, sink, [identity])
                sink.flush()
            except pyrage.DecryptError as exc:
                no_key = "no matching keys" in str(exc).lower()
                _send(control, ("no_key",) if no_key else ("undecryptable",))
                return
            except OSError:
                # rage reports a chunk that fails authentication, or a cut-off end, as an
                # I/O error of its stream (as does a parent that stopped reading).
                _send(control, ("damaged",))
                return
        os.close(data)  # the parent reads to the end of the pipe, then asks how it went
        control.send(("ok",))
    except BaseException:
        _send(control, ("failed",))


def _send(control: Connection, message: tuple[Any, ...]) -> None:
    with contextlib.suppress(OSError, ValueError):
        control.send(message)


class AgeProcess:
    """One child running pyrage, joined by a control socket and a data pipe."""

    def __init__(self, kind: str) -> None:
        control, child_control = socket.socketpair()
        reader, writer = os.pipe()
        self._data, child_data = (writer, reader) if kind == "encrypt" else (reader, writer)
        self._stopped = False
        with contextlib.suppress(OSError, AttributeError):
            import fcntl

            fcntl.fcntl(self._data, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
        passed = (child_control.fileno(), child_data)
        try:
            self._process = subprocess.Popen(
                [*_program(), CHILD_SWITCH, kind, *map(str, passed)],
                pass_fds=passed,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
            )
        except BaseException:
            control.close()
            os.close(self._data)
            raise
        finally:
            # Only the child holds its ends now: when it dies, the pipes say so.
            child_control.close()
            os.close(child_data)
        self._control = Connection(control.detach())

    @property
    def pid(self) -> int:
        return self._process.pid

    def stop(self) -> None:
        """Close the pipes and wait for the child; one that does not end is killed."""
        if self._stopped:
            return
        self._stopped = True
        self._close_data()
        self._control.close()
        try:
            self._process.wait(_STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()

    def _close_data(self) -> None:
        if self._data >= 0:
            os.close(self._data)
            self._data = -1

    def _ended(self) -> int | None:
        """The child's exit status, once it ended (waiting a moment for it)."""
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(_STOP_SECONDS)
        return self._process.returncode

    def started(self) -> bool:
        """Whether the child runs and waits for its job (nothing was sent to it yet)."""
        try:
            if self._control.poll(_READY_SECONDS):
                return bool(self._control.recv() == ("started",))
        except (EOFError, OSError):
            pass
        return False

    def _receive(self) -> tuple[Any, ...]:
        try:
            message = self._control.recv()
        except (EOFError, OSError):
            raise AgeProcessStopped(self._ended()) from None
        return message if isinstance(message, tuple) else ("failed",)

    def _ready(self, job: tuple[Any, ...]) -> tuple[Any, ...]:
        self._tell(job)
        return self._receive()

    def _tell(self, message: tuple[Any, ...]) -> None:
        try:
            self._control.send(message)
        except OSError:
            raise AgeProcessStopped(self._ended()) from None

    def encrypt(self, chunks: Iterable[bytes], out: Path, recipients: list[str]) -> None:
        try:
            self._encrypt(chunks, out, recipients)
        except BaseException:
            self.stop()
            raise

    def decrypt(self, package: Path, secret: str, sink: Callable[[memoryview], object]) -> None:
        try:
            self._decrypt(package, secret, sink)
        except BaseException:
            self.stop()
            raise

    def _encrypt(self, chunks: Iterable[bytes], out: Path, recipients: list[str]) -> None:
        """Write ``chunks`` age-encrypted to ``recipients`` into the new file ``out``, fsynced.

        Errors as the one-process path raises them: ``FileExistsError`` or another
        ``OSError`` for the file, ``AgeProcessStopped`` when the child ends unexpectedly.
        """
        status = self._ready((str(out), list(recipients)))
        if status[0] != "ready":
            raise self._failure(status)
        fd, total = self._data, 0
        try:
            for chunk in chunks:
                view = memoryview(chunk)
                total += len(view)
                while view:
                    view = view[os.write(fd, view) :]
        except BrokenPipeError:
            # The child stopped reading: its own report says why (a full disk…).
            self._close_data()
            raise self._failure(self._receive()) from None
        self._close_data()
        self._tell(("end", total))
        status = self._receive()
        if status[0] != "ok":
            raise self._failure(status)

    def _decrypt(self, package: Path, secret: str, sink: Callable[[memoryview], object]) -> None:
        """age-decrypt ``package`` with the identity ``secret``, handing the plaintext to
        ``sink`` piece by piece (each piece is valid only during the call).

        Errors as ``pyrage.decrypt_io`` raises them (``DecryptError``, ``OSError`` for a
        damaged stream), an ``OSError`` opening the file, or ``AgeProcessStopped``.
        """
        status = self._ready((str(package), secret))
        if status[0] != "ready":
            raise self._failure(status)
        raw = io.FileIO(self._data, "rb", closefd=False)
        buffer = bytearray(_BUFFER)
        view = memoryview(buffer)
        while n := raw.readinto(buffer):
            sink(view[:n])
        status = self._receive()
        if status[0] != "ok":
            raise self._failure(status)

    def _failure(self, status: tuple[Any, ...]) -> BaseException:
        kind = status[0]
        if kind == "oserror" or kind == "unreadable":
            code = status[1] if isinstance(status[1], int) else errno.EIO
            if code == errno.EEXIST:
                return FileExistsError(code, os.strerror(code))
            return OSError(code, os.strerror(code))
        if kind == "no_key":
            return pyrage.DecryptError("no matching keys")
        if kind == "undecryptable":
            return pyrage.DecryptError("the header could not be decrypted")
        if kind == "damaged":
            return OSError(errno.EIO, "the age stream fails authentication")
        return AgeProcessStopped(self._ended())


class AgeChild:
    """A second process for age, spawned as soon as the stream's size is known so that its
    start-up overlaps the work before the stream; stopped when the ``with`` block ends."""

    def __init__(self, kind: str) -> None:
        self._kind = kind
        self._process: AgeProcess | None = None
        self._failed = False  # tried once and could not: one process does the work

    def __enter__(self) -> AgeChild:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.stop()

    def spawn(self, size: int) -> None:
        """Start the child for a stream of about ``size`` bytes, unless one process should
        do the work: a small stream, no POSIX pipes, or a child that cannot start."""
        if size < MIN_BYTES or os.name != "posix" or self._process or self._failed:
            return
        try:
            self._process = AgeProcess(self._kind)
        except Exception as exc:
            self._failed = True
            log.warning("age runs in this process: no second process (%s)", type(exc).__name__)

    def settle(self, size: int) -> None:
        """The stream's real size is known: start the child now, or stop one started on an
        estimate if the stream turned out small."""
        if size >= MIN_BYTES:
            self.spawn(size)
        elif self._process is not None:
            self._process.stop()
            self._process = None

    def ready(self) -> AgeProcess | None:
        """The running child, waiting for its job; None when this process should do it."""
        if self._process is not None and not self._process.started():
            self._process.stop()
            self._process, self._failed = None, True
            log.warning("age runs in this process: the second process did not start")
        return self._process


def _program() -> list[str]:
    """This program: the app binary of a frozen build, else Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "casebook"]
