"""Where a bundle may go: never into an earlier bundle, never onto a file (issue 10).

`--out` naming an existing bundle folder wrote the new bundle inside it and broke the old
bundle's manifest; `--out` naming a file said "File exists … check that the folder is
writable", which sends the user looking at permissions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.cli.main import main
from casebook.core.export.bundle import ExportFailed, export_bundle
from casebook.core.export.manifest import verify_bundle
from casebook.core.export.plan import ExportRequest
from casebook.core.models import CustodyEvent

from .conftest import CaseFixture, build_case


def export(fx: CaseFixture, out: Path, **kwargs: object):
    return export_bundle(fx.book, ExportRequest(fx.reference, "all"), out, **kwargs)  # type: ignore[arg-type]


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def exported_events(fx: CaseFixture) -> int:
    with fx.book.session() as session:
        return session.query(CustodyEvent).filter_by(action="exported").count()


@pytest.mark.parametrize("inside", ["", "exhibits"], ids=["the-bundle", "a-folder-in-it"])
def test_an_existing_bundle_folder_is_refused_and_stays_valid(
    case_fixture: CaseFixture, tmp_path: Path, inside: str
):
    first = export(case_fixture, tmp_path / "out").folder
    assert first is not None
    before, events = tree(first), exported_events(case_fixture)
    with pytest.raises(ExportFailed) as caught:
        export(case_fixture, first / inside if inside else first)
    message = str(caught.value)
    assert f"{first} is a complaint bundle exported before" in message
    assert "Choose another folder" in message and "move that bundle away" in message
    assert tree(first) == before
    assert verify_bundle(first).ok
    assert exported_events(case_fixture) == events


@pytest.mark.parametrize("below", [False, True], ids=["the-file", "a-path-below-it"])
def test_a_file_as_the_destination_is_named_as_a_file(
    case_fixture: CaseFixture, tmp_path: Path, below: bool
):
    existing = tmp_path / "notes.txt"
    existing.write_text("the user's own notes")
    with pytest.raises(ExportFailed) as caught:
        export(case_fixture, existing / "bundles" if below else existing)
    message = str(caught.value)
    assert f"{existing} is a file, not a folder" in message
    assert "Choose a folder" in message and "writable" not in message
    assert existing.read_text() == "the user's own notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book", "notes.txt", "source-files"]


def test_an_ordinary_folder_gets_a_new_bundle_folder_and_keeps_its_files(
    case_fixture: CaseFixture, tmp_path: Path
):
    out = tmp_path / "Documents"
    out.mkdir()
    (out / "letter.txt").write_text("keep")
    result = export(case_fixture, out)
    assert result.folder is not None and result.folder.parent == out
    assert (out / "letter.txt").read_text() == "keep"
    assert sorted(p.name for p in out.iterdir()) == sorted(["letter.txt", result.folder.name])


def test_the_command_says_what_exists_and_what_to_do(
    casebook_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str, capsys
):
    book, _ = casebook_factory("cli-book")
    fx = build_case(book, tmp_path / "src")
    book.close()
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", passphrase)
    existing = tmp_path / "bundle.zip"
    existing.write_bytes(b"PK")
    args = ["export-bundle", str(tmp_path / "cli-book"), "--case", fx.reference]
    code = main([*args, "--charges", "all", "--out", str(existing)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{existing} is a file, not a folder" in err
    assert "File exists" not in err and "writable" not in err


def test_a_relative_destination_inside_a_bundle_is_refused(
    case_fixture: CaseFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    first = export(case_fixture, tmp_path / "out").folder
    assert first is not None
    before = tree(first)
    monkeypatch.chdir(first / "exhibits")
    with pytest.raises(ExportFailed, match="is a complaint bundle exported before"):
        export(case_fixture, Path("more"))
    assert tree(first) == before and verify_bundle(first).ok
