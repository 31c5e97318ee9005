"""A create killed half-way (kill -9) leaves remains that open explains and create replaces."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebook.core.errors import CasebookExists, NotACasebook
from casebook.core.records.cases import add_case
from casebook.core.store.casebook import DB_NAME, LOCK_NAME, SLOTS_NAME, Casebook
from casebook.core.store.layout import UNFINISHED_NAME

# Each one names a step of Casebook.create; the child process dies (SIGKILL) right after it.
KILL_POINTS = {
    "lock taken": ("casebook.core.store.folder_lock", "FolderLock", "acquire"),
    "key slots written": ("casebook.core.store.keyslots", "KeySlotFile", "create"),
    "schema built": ("casebook.core.store.migrate", None, "upgrade"),
    "user's keys made": ("casebook.core.store.casebook", None, "new_key_pair"),
}


def killed_create(folder: Path, passphrase: str, point: str) -> None:
    """Run Casebook.create in a child that kills itself with SIGKILL after ``point``."""
    module, owner, name = KILL_POINTS[point]
    script = textwrap.dedent(
        f"""
        import importlib, os, signal
        from pathlib import Path
        from casebook.core.store import kdf
        from casebook.core.store.casebook import Casebook
        kdf.set_policy(kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1))
        holder = importlib.import_module({module!r})
        if {owner!r} is not None:
            holder = getattr(holder, {owner!r})
        real = getattr(holder, {name!r})
        def then_die(*args, **kwargs):
            result = real(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)
            return result
        setattr(holder, {name!r}, then_die)
        Casebook.create(Path({str(folder)!r}), {passphrase!r})
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr.decode()[-2000:]


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_killed_create_can_be_run_again(tmp_path: Path, passphrase: str, point: str) -> None:
    folder = tmp_path / "book"
    killed_create(folder, passphrase, point)
    assert folder.is_dir() and any(folder.iterdir())  # it did leave remains
    if point != "lock taken":
        with pytest.raises(NotACasebook) as caught:
            Casebook.open(folder, passphrase)
        message = str(caught.value)
        assert "stopped before it finished" in message and "again in this same folder" in message
    book, _ = Casebook.create(folder, passphrase, user_name="Second try")
    with book.session() as session:
        add_case(session, "After the retry", "RETRY-1")
        session.commit()
    book.close()
    assert not (folder / UNFINISHED_NAME).exists()
    Casebook.open(folder, passphrase).close()


def test_a_finished_casebook_carries_no_unfinished_mark(book: Casebook) -> None:
    assert not (book.folder / UNFINISHED_NAME).exists()
    assert (book.folder / DB_NAME).is_file()


def test_a_real_casebook_is_never_replaced(book: Casebook, passphrase: str) -> None:
    folder = book.folder
    book.close()
    before = sorted(p.name for p in folder.rglob("*"))
    with pytest.raises(CasebookExists):
        Casebook.create(folder, "another passphrase")
    assert sorted(p.name for p in folder.rglob("*")) == before
    Casebook.open(folder, passphrase).close()


def test_remains_beside_someone_elses_file_are_left_alone(tmp_path: Path, passphrase: str) -> None:
    folder = tmp_path / "book"
    killed_create(folder, passphrase, "key slots written")
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(CasebookExists):
        Casebook.create(folder, passphrase)
    assert (folder / "notes.txt").read_text() == "mine"
    assert (folder / SLOTS_NAME).is_file()


def test_remains_holding_a_stored_file_are_not_a_create_s(tmp_path: Path, passphrase: str) -> None:
    """A create stores no evidence: a vault file means these are not its remains."""
    folder = tmp_path / "book"
    killed_create(folder, passphrase, "schema built")
    stored = folder / "blobs" / "ab" / ("ab" + "0" * 30 + ".cbx")
    stored.parent.mkdir()
    stored.write_bytes(b"encrypted evidence")
    with pytest.raises(CasebookExists):
        Casebook.create(folder, passphrase)
    assert stored.read_bytes() == b"encrypted evidence"


def test_a_folder_holding_only_a_lock_file_is_empty_enough(tmp_path: Path, passphrase: str) -> None:
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / LOCK_NAME).touch()
    Casebook.create(folder, passphrase)[0].close()
