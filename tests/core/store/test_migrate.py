"""Schema upgrades: every past revision's casebook opens, is backed up, and keeps its records."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select

from casebook.core.errors import UpgradeFailed
from casebook.core.models import Case, EvidenceItem, Person, Testimony
from casebook.core.store import migrate
from casebook.core.store.casebook import Casebook
from casebook.core.verification import verify_casebook

FIXTURES = Path(__file__).parents[2] / "fixtures"
FIXTURE_PASSPHRASE = "fixture passphrase ຂ້ອຍ"


def past_revisions() -> list[Path]:
    return sorted(FIXTURES.glob("casebook-rev*"))


def test_there_is_a_fixture_for_every_past_revision():
    script = ScriptDirectory.from_config(migrate._config())
    revisions = [r.revision for r in script.walk_revisions()]
    head = script.get_current_head()
    past = {p.name.removeprefix("casebook-rev") for p in past_revisions()}
    assert past == {r for r in revisions if r != head}


def test_revision_chain_is_linear():
    script = ScriptDirectory.from_config(migrate._config())
    assert len(script.get_heads()) == 1
    for revision in script.walk_revisions():
        assert not isinstance(revision.down_revision, tuple | list), revision.revision


@pytest.mark.parametrize("fixture", past_revisions(), ids=lambda p: p.name)
def test_old_casebook_is_upgraded_with_a_backup_and_nothing_lost(fixture, tmp_path):
    folder = tmp_path / fixture.name
    shutil.copytree(fixture, folder)
    book = Casebook.open(folder, FIXTURE_PASSPHRASE)
    try:
        with book.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert "tags" in inspect(conn).get_table_names()
        backups = list((folder / "backups").glob("casebook-*.db"))
        assert len(backups) == 1
        with book.session() as s:
            case = s.scalar(select(Case))
            assert case.title == "ຄະດີທົດສອບ fixture" and case.reference == "FX-1"
            person = s.scalar(select(Person))
            assert person.pseudonym == "W-001" and person.identity.full_name == "Fixture Witness"
            testimony = s.scalar(select(Testimony))
            assert testimony.sealed
            assert [seg.text for seg in testimony.segments] == [
                "ທະຫານມາຮອດບ້ານ",
                "They took the men away.",
            ]
            assert testimony.consent.jurisdictions == ["DE"]
            item = s.scalar(select(EvidenceItem))
            assert item.title == "Photo of the school" and item.media_type == "image/png"
        report = verify_casebook(book)
        assert report.ok, report.problems
    finally:
        book.close()
    # Opening again applies nothing and makes no second backup.
    Casebook.open(folder, FIXTURE_PASSPHRASE).close()
    assert len(list((folder / "backups").glob("casebook-*.db"))) == 1


def test_upgrade_failure_leaves_the_backup_and_reports(tmp_path, monkeypatch):
    fixture = past_revisions()[0]
    folder = tmp_path / "book"
    shutil.copytree(fixture, folder)
    original = (folder / "casebook.db").read_bytes()

    def broken_upgrade(config, target):  # a revision that fails half-way
        raise RuntimeError("simulated failure inside a migration")

    monkeypatch.setattr(migrate.command, "upgrade", broken_upgrade)
    with pytest.raises(UpgradeFailed, match="backups/ folder"):
        Casebook.open(folder, FIXTURE_PASSPHRASE)
    backup = next((folder / "backups").glob("casebook-*.db"))
    assert backup.read_bytes() == original
    monkeypatch.undo()
    Casebook.open(folder, FIXTURE_PASSPHRASE).close()  # the lock was released; it still opens
