"""add-evidence states what is taken in (original or copy) and where the original is kept
(issue 16 item 4); left out, nothing is recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from casebook.core.models import EvidenceItem
from casebook.core.store.casebook import Casebook

from .test_commands import PASS, run


@pytest.fixture
def book_path(tmp_path, monkeypatch, capsys) -> Path:
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBOOK_RECOVERY_KEY", raising=False)
    path = tmp_path / "book"
    assert run(capsys, "init", path, "--user", "Aung", "--role", "documenter")[0] == 0
    assert run(capsys, "case", "add", path, "--title", "Case", "--ref", "LA-1")[0] == 0
    return path


def test_add_evidence_records_copy_status_and_where_the_original_is(book_path, tmp_path, capsys):
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (20, 20), "red").save(photo)
    other = tmp_path / "other.jpg"
    Image.new("RGB", (20, 20), "blue").save(other)
    code, _, err = run(
        capsys, "add-evidence", book_path, "--case", "LA-1", "--copy-status", "working_copy",
        "--original-location", "Witness's phone", photo,
    )  # fmt: skip
    assert code == 0, err
    assert run(capsys, "add-evidence", book_path, "--case", "LA-1", other)[0] == 0
    book = Casebook.open(book_path, PASS)
    try:
        with book.session() as s:
            items = {i.original_filename: i for i in s.scalars(select(EvidenceItem))}
            stated = items["photo.jpg"]
            assert (stated.copy_status, stated.original_location) == (
                "working_copy",
                "Witness's phone",
            )
            assert (items["other.jpg"].copy_status, items["other.jpg"].original_location) == (
                None,
                "",
            )
    finally:
        book.close()
    code, _, err = run(capsys, "verify", book_path)
    assert code == 0, err


def test_a_copy_status_outside_the_list_is_refused_with_the_choices(book_path, tmp_path, capsys):
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (20, 20), "red").save(photo)
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "add-evidence", book_path, "--case", "LA-1", "--copy-status", "master", photo)
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert "invalid choice: 'master' (choose from 'original', 'working_copy', 'copy')" in err
