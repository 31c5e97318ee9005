"""tools/casebook-read, the reader written from docs/casebook-format.md, run as a program on
the committed fixture casebooks and on one the current code makes; also that it stays
independent of Casebook (only ``cryptography`` and ``sqlcipher3``)."""

from __future__ import annotations

import ast
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in

ROOT = Path(__file__).parents[2]
READER = ROOT / "tools" / "casebook-read"
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("casebook-rev*"))
FIXTURE_PASSPHRASE = "fixture passphrase ຂ້ອຍ"  # tests/fixtures/make_schema_fixture.py


def read(folder: Path, *args: str, passphrase: str | None = None, recovery: str | None = None,
         without_rfc8785: Path | None = None):  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEBOOK_")}
    if without_rfc8785 is not None:  # a module of that name that fails to import
        without_rfc8785.mkdir(exist_ok=True)
        (without_rfc8785 / "rfc8785.py").write_text("raise ImportError('not installed')\n")
        env["PYTHONPATH"] = os.pathsep.join([str(without_rfc8785), env.get("PYTHONPATH", "")])
    if passphrase is not None:
        env["CASEBOOK_PASSPHRASE"] = passphrase
    if recovery is not None:
        env["CASEBOOK_RECOVERY_KEY"] = recovery
    return subprocess.run(
        [sys.executable, str(READER), str(folder), *args],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120,
    )  # fmt: skip


def test_the_reader_imports_nothing_from_casebook():
    tree = ast.parse(READER.read_text(encoding="utf-8"))
    optional = {  # imported inside try/except ImportError: used when installed
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Try)
        and any(isinstance(h.type, ast.Name) and h.type.id == "ImportError" for h in node.handlers)
        for inner in node.body
        if isinstance(inner, ast.Import)
        for alias in inner.names
    }
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            roots.add((node.module or "").split(".")[0])
    third_party = roots - set(sys.stdlib_module_names) - {"__future__"}
    assert third_party - optional == {"cryptography", "sqlcipher3"}
    assert optional == {"rfc8785"}


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_reads_every_fixture_casebook_and_checks_its_history(fixture: Path, tmp_path: Path):
    before = {p: p.stat().st_mtime_ns for p in fixture.rglob("*")}
    result = read(fixture, "--check", "--extract", str(tmp_path / "out"),
                  passphrase=FIXTURE_PASSPHRASE)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "case FX-1" in result.stdout
    assert "checked 1 attachment(s)" in result.stdout
    assert "checked 1 custody signatures" in result.stdout
    (photo,) = (tmp_path / "out" / "FX-1").iterdir()
    assert photo.read_bytes().startswith(b"\x89PNG")
    after = {p: p.stat().st_mtime_ns for p in fixture.rglob("*")}
    assert after == before  # the reader never writes into the folder


@pytest.fixture
def made(casebook_factory, tmp_path: Path):
    """A casebook from the current code, closed: a three-chunk file, a small one, and a
    photo whose GPS metadata puts floats into the hashed audit entries."""
    book, recovery = casebook_factory("made")
    big = tmp_path / "video.bin"
    big.write_bytes(os.urandom(2 * 1024 * 1024 + 17))  # 1 MiB chunks: two full, one short
    small = tmp_path / "note.txt"
    small.write_text("ທະຫານມາຮອດບ້ານ\n", encoding="utf-8")
    photo = tmp_path / "photo-gps.heic"
    photo.write_bytes((ROOT / "tests" / "fixtures" / "media" / "photo-gps.heic").read_bytes())
    with book.session() as s:
        case = add_case(s, "Test case", "TC-1")
        take_in(book, s, case, big, title="Video")
        take_in(book, s, case, small, title="Note")
        located = take_in(book, s, case, photo, title="Photo").item
        assert isinstance(located.extracted_metadata.get("gps_latitude"), float)
        s.commit()
    book.close()
    return book.folder, recovery, {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                                   for p in (big, small, photo)}  # fmt: skip


def _extracted(folder: Path) -> dict[str, str]:
    return {p.name.split("-", 1)[1]: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (folder / "TC-1").iterdir()}  # fmt: skip


def test_reads_a_new_casebook_with_the_passphrase(made, passphrase, tmp_path: Path):
    folder, _, originals = made
    result = read(folder, "--check", "--extract", str(tmp_path / "a"), passphrase=passphrase)
    assert result.returncode == 0, result.stderr
    assert "checked 3 attachment(s)" in result.stdout
    assert _extracted(tmp_path / "a") == originals


def test_without_rfc8785_it_checks_what_both_forms_agree_on_and_names_the_rest(
    made, passphrase, tmp_path: Path
):
    folder, _, _ = made
    result = read(folder, "--check", passphrase=passphrase, without_rfc8785=tmp_path / "m")
    # The photo's GPS floats are in RFC 8785 entries: those are named, not passed or failed.
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("problem:")]
    assert lines and all("RFC 8785 form not checked (install rfc8785)" in x for x in lines)
    fixture = read(FIXTURES[-1], "--check", passphrase=FIXTURE_PASSPHRASE,
                   without_rfc8785=tmp_path / "m")  # fmt: skip
    assert fixture.returncode == 0, fixture.stderr


def test_reads_a_new_casebook_with_the_recovery_key(made, tmp_path: Path):
    folder, recovery, originals = made
    typed = recovery.lower().replace("-", " ")  # as someone might type it from paper
    result = read(folder, "--extract", str(tmp_path / "b"), recovery=typed)
    assert result.returncode == 0, result.stderr
    assert _extracted(tmp_path / "b") == originals


def test_a_wrong_passphrase_is_said_plainly(made):
    result = read(made[0], passphrase="not the passphrase")
    assert result.returncode == 2
    assert "wrong passphrase" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_recovery_key_with_a_typo_is_caught_by_its_check_group(made):
    recovery = made[1]
    wrong = ("1" if recovery[0] != "1" else "2") + recovery[1:]
    result = read(made[0], recovery=wrong)
    assert result.returncode == 2
    assert "typing mistake" in result.stderr


def test_a_damaged_attachment_is_named_and_not_extracted(made, passphrase, tmp_path: Path):
    folder = made[0]
    blob = max((folder / "blobs").glob("*/*.cbx"), key=lambda p: p.stat().st_size)
    data = bytearray(blob.read_bytes())
    data[47 + (1024 * 1024 + 16) + 100] ^= 0x01  # inside the second chunk
    blob.write_bytes(bytes(data))
    result = read(folder, "--extract", str(tmp_path / "c"), passphrase=passphrase)
    assert result.returncode == 1
    assert "chunk 1 fails authentication" in result.stderr
    extracted = sorted(p.name.split("-", 1)[1] for p in (tmp_path / "c" / "TC-1").iterdir())
    assert extracted == ["note.txt", "photo-gps.heic"]  # the damaged video is not among them


def test_a_truncated_attachment_is_caught(made, passphrase):
    folder = made[0]
    blob = max((folder / "blobs").glob("*/*.cbx"), key=lambda p: p.stat().st_size)
    blob.write_bytes(blob.read_bytes()[: 47 + 2 * (1024 * 1024 + 16)])  # the last chunk dropped
    result = read(folder, passphrase=passphrase)
    assert result.returncode == 1
    assert "chunk 1 fails authentication" in result.stderr  # chunk 1 read as the last one


def test_an_edited_key_slot_file_is_refused(made, passphrase):
    slots = made[0] / "keyslots.json"
    slots.write_text(slots.read_text().replace('"iterations": 1', '"iterations": 2'))
    result = read(made[0], passphrase=passphrase)
    assert result.returncode == 2
    assert "checksum" in result.stderr


def test_the_specification_ships_with_the_app_and_the_marker_points_to_it(made):
    shipped = ROOT / "resources" / "format" / "casebook-format.md"
    assert shipped.read_bytes() == (ROOT / "docs" / "casebook-format.md").read_bytes()
    marker = (made[0] / "CASEBOOK.txt").read_text(encoding="utf-8")
    assert "casebook-format.md" in marker
    assert "tools/casebook-read" in marker


def test_reads_what_is_still_in_the_write_ahead_log_of_an_open_casebook(
    casebook_factory, passphrase, tmp_path: Path
):
    book, _ = casebook_factory("open")
    note = tmp_path / "note.txt"
    note.write_text("written while open", encoding="utf-8")
    with book.session() as s:
        take_in(book, s, add_case(s, "Open case", "OP-1"), note, title="Note")
        s.commit()
    assert (book.folder / "casebook.db-wal").stat().st_size > 0  # not yet folded in
    result = read(book.folder, "--extract", str(tmp_path / "w"), passphrase=passphrase)
    assert result.returncode == 0, result.stderr
    (extracted,) = (tmp_path / "w" / "OP-1").iterdir()
    assert extracted.read_text(encoding="utf-8") == "written while open"
