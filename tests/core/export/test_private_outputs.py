"""Every file and folder an export writes is private to the user, whatever the umask.

Issue 10 found bundles' zips, record prints, `export-json --with-identities` and the
`--with-files` folder world-readable (0644/0755) under the usual umask 022.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from casebook.cli.main import main
from casebook.core import interchange
from casebook.core.errors import CasebookError
from casebook.core.export.bundle import export_bundle
from casebook.core.export.manifest import verify_bundle
from casebook.core.export.plan import ExportRequest
from casebook.core.export.record_print import print_evidence, print_testimony
from casebook.core.models import EvidenceItem, Testimony
from casebook.core.records.evidence import export_content

from .conftest import REAL_NAMES, CaseFixture, build_case

UMASKS = [0o022, 0o002, 0o000, 0o277]
IDS = [f"umask-{m:03o}" for m in UMASKS]


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def not_private(root: Path) -> list[str]:
    """Everything under ``root`` (and root) that is not 0700 (folders) or 0600 (files)."""
    wrong = []
    for path in [root, *sorted(root.rglob("*"))]:
        mode = path.lstat().st_mode
        want = 0o700 if stat.S_ISDIR(mode) else 0o600
        if stat.S_IMODE(mode) != want:
            wrong.append(f"{path.relative_to(root.parent)}: {stat.S_IMODE(mode):04o}")
    return wrong


def export(fx: CaseFixture, out: Path, **kwargs: object):
    request = ExportRequest(fx.reference, "all")
    return export_bundle(fx.book, request, out, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("mask", UMASKS, ids=IDS)
def test_bundle_folder_its_zip_and_the_folders_made_for_it_are_private(
    case_fixture: CaseFixture, tmp_path: Path, mask: int
):
    new = tmp_path / "new"
    with umask(mask):
        result = export(case_fixture, new / "bundles", make_zip=True)
    assert result.folder is not None and result.zip_path is not None
    assert not_private(new) == []
    names = {p.name for p in result.folder.rglob("*")}
    assert {"complaint.pdf", "exhibits", "statements", "manifest.json"} <= names
    assert verify_bundle(result.folder).ok and verify_bundle(result.zip_path).ok


@pytest.mark.parametrize("mask", [0o022, 0o000], ids=["umask-022", "umask-000"])
def test_encrypted_bundle_is_private(case_fixture: CaseFixture, tmp_path: Path, mask: int):
    identity = pyrage.x25519.Identity.generate()
    with umask(mask):
        result = export(case_fixture, tmp_path / "out", encrypt_to=str(identity.to_public()))
    assert result.age_path is not None
    assert not_private(tmp_path / "out") == []


@pytest.mark.parametrize("mask", [0o022, 0o000], ids=["umask-022", "umask-000"])
def test_record_prints_are_private(case_fixture: CaseFixture, tmp_path: Path, mask: int):
    out = tmp_path / "prints"
    out.mkdir(mode=0o700)
    with case_fixture.book.session() as session:
        testimony = session.query(Testimony).first()
        item = session.query(EvidenceItem).first()
        with umask(mask):
            print_testimony(session, testimony.id, out / "statement.pdf")
            print_evidence(session, item.id, out / "evidence.pdf")
    assert not_private(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["evidence.pdf", "statement.pdf"]


def test_a_print_never_replaces_an_existing_file(case_fixture: CaseFixture, tmp_path: Path):
    target = tmp_path / "statement.pdf"
    target.write_bytes(b"the user's own file")
    with case_fixture.book.session() as session:
        testimony = session.query(Testimony).first()
        with pytest.raises(CasebookError, match=r"already exists\. Choose another file name"):
            print_testimony(session, testimony.id, target)
    assert target.read_bytes() == b"the user's own file"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "source-files") == [
        "book",
        "statement.pdf",
    ]


@pytest.mark.parametrize("mask", [0o022, 0o000], ids=["umask-022", "umask-000"])
def test_a_copy_of_evidence_is_private_and_replaces_whole(
    case_fixture: CaseFixture, tmp_path: Path, mask: int
):
    out = tmp_path / "copies"
    out.mkdir(mode=0o700)
    target = out / "photo.jpg"
    target.write_bytes(b"older file the user chose to overwrite")
    target.chmod(0o644)
    with case_fixture.book.session() as session:
        item = session.query(EvidenceItem).filter_by(title="Burned houses in Ban Nakham").one()
        with umask(mask):
            export_content(case_fixture.book, item, target)
    assert target.read_bytes() == (case_fixture.folder / "burned-houses.jpg").read_bytes()
    assert not_private(out) == []
    assert [p.name for p in out.iterdir()] == ["photo.jpg"]


@pytest.mark.parametrize("mask", [0o022, 0o000], ids=["umask-022", "umask-000"])
def test_interchange_files_folder_is_private(case_fixture: CaseFixture, tmp_path: Path, mask):
    export_dir = tmp_path / "export"
    with umask(mask):
        document = interchange.export_case(
            case_fixture.book,
            case_fixture.reference,
            files_dir=export_dir / "files",
            with_identities=True,
            document_dir=export_dir,
        )
    assert not_private(export_dir) == []
    files = sorted(p.name for p in (export_dir / "files").iterdir())
    assert "SHA256SUMS" in files and "burned-houses.jpg" in files
    assert not any(name.endswith(".partial") for name in files)
    records = document["cases"][0]["evidence"]
    assert all((export_dir / r["file"]).is_file() for r in records if r.get("file"))


def test_an_existing_files_folder_is_never_written_into(case_fixture: CaseFixture, tmp_path):
    existing = tmp_path / "files"
    existing.mkdir()
    (existing / "notes.txt").write_text("the user's own notes")
    with pytest.raises(CasebookError) as caught:
        interchange.export_case(case_fixture.book, case_fixture.reference, files_dir=existing)
    message = str(caught.value)
    assert str(existing) in message and "already exists" in message
    assert "does not exist yet" in message
    assert [p.name for p in existing.iterdir()] == ["notes.txt"]
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


@pytest.fixture
def cli_case(casebook_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str):
    book, _ = casebook_factory("cli-book")
    fx = build_case(book, tmp_path / "src")
    book.close()  # the CLI opens the casebook itself
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", passphrase)
    return fx, tmp_path / "cli-book"


def test_export_json_with_identities_and_files_is_private(cli_case, tmp_path, capsys):
    fx, folder = cli_case
    out = tmp_path / "shared-drive"
    out.mkdir(mode=0o755)
    out.chmod(0o755)
    with umask(0o022):
        code = main(
            [
                "export-json",
                str(folder),
                "--case",
                fx.reference,
                "--with-identities",
                "--with-files",
                str(out / "files"),
                "--out",
                str(out / "case.json"),
            ]
        )
    assert code == 0, capsys.readouterr().err
    document = json.loads((out / "case.json").read_text(encoding="utf-8"))
    names = [p["identity"]["full_name"] for p in document["cases"][0]["persons"]]
    assert REAL_NAMES[0] in names  # what makes this file dangerous to leave readable
    assert (out / "case.json").stat().st_mode & 0o777 == 0o600
    assert not_private(out / "files") == []
    assert out.stat().st_mode & 0o777 == 0o755  # the user's own folder is left as it was
