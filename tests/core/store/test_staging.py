"""The registry of staged exports: what a killed export left is found and removed next start."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.core.store import staging


def _entries() -> list[Path]:
    folder = staging.registry_folder()
    return sorted(folder.glob("*.json")) if folder.exists() else []


def test_a_staged_folder_is_recorded_while_it_exists_and_removed_with_its_record(tmp_path):
    target = tmp_path / "bundle"
    with staging.staged(target, folder=True) as partial:
        assert partial == tmp_path / "bundle.partial"
        assert partial.stat().st_mode & 0o777 == 0o700
        (record,) = _entries()
        assert json.loads(record.read_text())["path"] == str(partial)
        assert record.stat().st_mode & 0o777 == 0o600
        (partial / "exhibit.jpg").write_bytes(b"decrypted")
    assert not partial.exists() and not target.exists()
    assert _entries() == []


def test_an_exception_removes_the_staged_folder(tmp_path):
    with pytest.raises(RuntimeError), staging.staged(tmp_path / "b", folder=True) as partial:
        (partial / "statement.txt").write_text("decrypted")
        raise RuntimeError("disk trouble")
    assert list(tmp_path.iterdir()) == []
    assert _entries() == []


def test_a_published_folder_stays_and_its_record_goes(tmp_path):
    target = tmp_path / "bundle"
    with staging.staged(target, folder=True) as partial:
        (partial / "manifest.json").write_text("{}")
        staging.publish(partial, target)
    assert (target / "manifest.json").exists()
    assert _entries() == []


_HOLDER = """
import sys, time
from pathlib import Path
from casebook.core.store.staging import staged
with staged(Path(sys.argv[1]), folder=True) as partial:
    (partial / "statement.txt").write_text("PLAINTEXT-MARKER")
    print("ready", flush=True)
    time.sleep(120)
"""


def test_sweep_spares_a_running_export_and_removes_a_killed_one(tmp_path):
    target = tmp_path / "out" / "bundle"
    target.parent.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        partial = staging.staging_path(target)
        assert staging.sweep() == []
        assert (partial / "statement.txt").exists(), "a running export must not be swept"
        assert len(_entries()) == 1
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert partial.exists(), "kill -9 leaves the staging folder (nothing can clean up)"
    assert staging.sweep() == []
    assert not partial.exists()
    assert list(target.parent.iterdir()) == []
    assert _entries() == []


def test_a_damaged_record_never_removes_anything_but_a_staging_path(tmp_path):
    precious = tmp_path / "My documents"
    precious.mkdir()
    (precious / "letter.txt").write_text("keep")
    folder = staging.registry_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "0000.json").write_text(json.dumps({"path": str(precious)}))
    old = 1_000_000_000
    (folder / "0001.json").write_text("")  # a registration cut short long ago
    os.utime(folder / "0001.json", (old, old))
    assert staging.sweep() == []
    assert (precious / "letter.txt").read_text() == "keep"
    assert _entries() == []


def test_what_cannot_be_removed_is_reported_with_what_to_do(tmp_path, monkeypatch, book):
    from casebook.core.verification import verify_casebook

    target = tmp_path / "bundle"
    partial = staging.staging_path(target)
    partial.mkdir()
    (partial / "statement.txt").write_text("decrypted")
    folder = staging.registry_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "abc.json").write_text(json.dumps({"path": str(partial), "pid": 1}))

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    with monkeypatch.context() as patched:
        patched.setattr(shutil, "rmtree", refuse)
        (problem,) = map(str, staging.sweep())
        assert str(partial) in problem and "could not remove it" in problem
        assert "delete it yourself" in problem
        report = verify_casebook(book)
        assert any(str(partial) in str(p) for p in report.problems)
    assert staging.sweep() == []
    assert not partial.exists()


def test_write_file_is_private_refuses_an_existing_file_and_replaces_on_request(tmp_path):
    previous = os.umask(0o022)
    try:
        target = tmp_path / "print.pdf"
        staging.write_file(target, b"%PDF first")
        assert target.stat().st_mode & 0o777 == 0o600
        with pytest.raises(FileExistsError):
            staging.write_file(target, b"%PDF second")
        assert target.read_bytes() == b"%PDF first"
        target.chmod(0o644)
        staging.write_file(target, b"%PDF third", replace=True)
        assert target.read_bytes() == b"%PDF third"
        assert target.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(previous)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["print.pdf"]
    assert _entries() == []
