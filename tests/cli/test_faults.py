"""Faults named truthfully on the command line: full disk, killed init, planted files."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.cli.main import main
from casebook.core.store import disk_space

PASS = "a long field passphrase ຂ້ອຍ"


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBOOK_RECOVERY_KEY", raising=False)


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def book_path(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "book"
    assert run(capsys, "init", path, "--user", "Aung")[0] == 0
    assert run(capsys, "case", "add", path, "--title", "Checkpoint", "--ref", "LA-1")[0] == 0
    return path


@contextlib.contextmanager
def disk_full(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """0 bytes free: the probe says so, and no file may grow (SQLite sees what it saw then)."""
    monkeypatch.setattr(disk_space, "free_bytes", lambda _folder: 0)
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    previous = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, previous[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, previous)
        signal.signal(signal.SIGXFSZ, previous_handler)
        monkeypatch.undo()


@pytest.mark.parametrize(
    "command",
    [
        ("case", "list", "BOOK"),
        ("verify", "BOOK"),
        ("case", "add", "BOOK", "--title", "New", "--ref", "LA-2"),
        ("add-evidence", "BOOK", "--case", "LA-1", "FILE"),
    ],
)
def test_every_command_on_a_full_disk_says_so(
    book_path: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch, command: tuple
) -> None:
    evidence = tmp_path / "photo.bin"
    evidence.write_bytes(b"a photo" * 100)
    places = {"BOOK": str(book_path), "FILE": str(evidence)}
    with disk_full(monkeypatch):
        code = main([places.get(a, a) for a in command])
    _, err = capsys.readouterr()
    assert code == 1
    assert "is full" in err and "Do not restore" in err
    assert "damaged" not in err and "Restore casebook.db" not in err
    # Space freed: the casebook is as it was.
    code, out, _ = run(capsys, "case", "list", book_path)
    assert code == 0 and "LA-1" in out


def test_a_killed_init_can_be_run_again(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "book"
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from casebook.core.store import kdf, migrate
        kdf.set_policy(kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1))
        real = migrate.upgrade
        def then_die(*args, **kwargs):
            real(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)
        migrate.upgrade = then_die
        from casebook.cli.main import main
        sys.exit(main(["init", {str(folder)!r}]))
        """
    )
    env = {**os.environ, "CASEBOOK_PASSPHRASE": PASS}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True)
    assert done.returncode == -9, done.stderr.decode()[-2000:]
    code, _, err = run(capsys, "case", "list", folder)
    assert code == 1 and "stopped before it finished" in err
    code, out, _ = run(capsys, "init", folder, "--user", "Aung")
    assert code == 0 and "Recovery key" in out
    assert run(capsys, "case", "list", folder)[0] == 0


def test_verify_fails_on_a_file_planted_in_the_vault(book_path: Path, capsys) -> None:
    assert run(capsys, "verify", book_path)[0] == 0
    (book_path / "blobs" / "00").mkdir()
    (book_path / "blobs" / "00" / "planted.cbx").write_bytes(b"not ours")
    code, out, err = run(capsys, "verify", book_path)
    assert code != 0 and "blobs/00/planted.cbx" in out + err
