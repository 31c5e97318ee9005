"""Moving tags made under an older taxonomy: renamed ids move, the rest is flagged, never lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebook.core.analysis import coverage, migrate_tags
from casebook.core.errors import TaxonomyError
from casebook.core.models import Charge, ChargePerpetrator, Setting, Tag
from casebook.core.records import cases, testimonies
from casebook.core.store import taxonomy_migration
from casebook.core.store.casebook import Casebook
from casebook.core.taxonomy import TAXONOMY_VERSION, load_taxonomy

OLD = "icc-eoc-2002/0"  # a made-up earlier version
OLDER = "icc-eoc-2000/0"


def _table(folder: Path, name: str, **body: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps({"format": "casebook-taxonomy-migration/1", **body}), "utf-8")
    return path


@pytest.fixture
def tables(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    _table(
        folder,
        "0001.json",
        from_version=OLDER,
        to_version=OLD,
        renamed={"7(1)(d)/old-1": "7(1)(d)/0"},
    )
    _table(
        folder,
        "0002.json",
        from_version=OLD,
        to_version=TAXONOMY_VERSION,
        renamed={"7(1)(d)/0": "7(1)(d)/1", "7(1)(d)/9": "7(1)(d)/5"},
        split={"7(1)(k)/0": ["7(1)(k)/1", "7(1)(k)/2"]},
        removed=["7(1)(d)/6"],
        crimes={"7(1)(d)-old": "7(1)(d)"},
        liability={"25(3)(a)": "25(3)(a)-direct"},
    )
    return folder


def _old_tags(book: Casebook) -> dict[str, str]:
    """Tags as an older Casebook wrote them; returns tag ids by what they test."""
    with book.session() as s:
        case = cases.add_case(s, "Older analysis", "MM-OLD-1")
        testimony = testimonies.add_testimony(s, case, ["one", "two"])
        segment = testimony.segments[0].id
        made = {}
        for name, element, version in [
            ("renamed", "7(1)(d)/0", OLD),
            ("renamed_twice", "7(1)(d)/old-1", OLDER),
            ("to_context", "7(1)(d)/9", OLD),
            ("split", "7(1)(k)/0", OLD),
            ("removed", "7(1)(d)/6", OLD),
            ("vanished", "7(1)(d)/77", OLD),
            ("kept", "7(1)(h)/1", OLD),
            ("unknown_version", "7(1)(d)/0", "from-the-future/9"),
            ("current", "7(1)(a)/1", TAXONOMY_VERSION),
        ]:
            tag = Tag(
                case_id=case.id,
                segment_id=segment,
                element_kind="crime",
                element_id=element,
                taxonomy_version=version,
                support="direct",
            )
            s.add(tag)
            s.flush()
            made[name] = tag.id
        charge = Charge(case_id=case.id, crime_id="7(1)(d)-old", taxonomy_version=OLD)
        charge.perpetrators.append(
            ChargePerpetrator(person_id=_perpetrator(s, case), liability_id="25(3)(a)")
        )
        s.add(charge)
        s.add(Setting(key="taxonomy_version", value=OLD))
        s.commit()
        made["charge"] = charge.id
        made["case"] = case.id
    return made


def _perpetrator(session, case) -> str:
    from casebook.core.records.persons import add_person

    return add_person(session, case, ["alleged_perpetrator"]).id


def test_tags_move_along_the_chain_and_the_rest_is_flagged(book, tables):
    made = _old_tags(book)
    with book.session() as s:
        report = migrate_tags(s, load_taxonomy(), tables)
        s.commit()
        tags = {name: s.get(Tag, made[name]) for name in made if name not in ("charge", "case")}
        charge = s.get(Charge, made["charge"])
        liability_ids = [p.liability_id for p in charge.perpetrators]

    def state(name: str) -> tuple[str, str, str, str]:
        t = tags[name]
        return (t.element_kind, t.element_id, t.status, t.taxonomy_version)

    assert state("renamed") == ("crime", "7(1)(d)/1", "active", TAXONOMY_VERSION)
    assert state("renamed_twice") == ("crime", "7(1)(d)/1", "active", TAXONOMY_VERSION)
    # 7(1)(d)/5 is contextual, so the tag is stored on the shared context element.
    assert state("to_context") == ("context", "cah_attack/2", "active", TAXONOMY_VERSION)
    assert state("kept") == ("crime", "7(1)(h)/1", "active", TAXONOMY_VERSION)
    assert state("split") == ("crime", "7(1)(k)/1", "needs_review", TAXONOMY_VERSION)
    assert "split into 7(1)(k)/1, 7(1)(k)/2" in tags["split"].review_note
    assert state("removed") == ("crime", "7(1)(d)/6", "needs_review", TAXONOMY_VERSION)
    assert "was removed in taxonomy" in tags["removed"].review_note
    assert state("vanished") == ("crime", "7(1)(d)/77", "needs_review", TAXONOMY_VERSION)
    assert "tables give no replacement" in tags["vanished"].review_note
    # A version no table leads from is left exactly as it was.
    assert state("unknown_version") == ("crime", "7(1)(d)/0", "active", "from-the-future/9")
    assert state("current") == ("crime", "7(1)(a)/1", "active", TAXONOMY_VERSION)
    assert (report.moved, report.flagged, report.unchanged) == (3, 3, 1)
    assert report.unknown_versions == {"from-the-future/9"} and not report.complete
    assert charge.crime_id == "7(1)(d)" and charge.taxonomy_version == TAXONOMY_VERSION
    assert liability_ids == ["25(3)(a)-direct"]
    assert report.charges_updated == 1 and report.unresolved_charges == []


def test_migrating_twice_changes_nothing_more(book, tables):
    made = _old_tags(book)
    with book.session() as s:
        migrate_tags(s, load_taxonomy(), tables)
        s.commit()
        again = migrate_tags(s, load_taxonomy(), tables)
        assert (again.moved, again.flagged, again.unchanged, again.charges_updated) == (0, 0, 0, 0)
        assert s.get(Tag, made["split"]).review_note.count("split into") == 1


def test_flagged_tags_show_in_the_matrix_without_counting(book, tables):
    made = _old_tags(book)
    with book.session() as s:
        migrate_tags(s, load_taxonomy(), tables)
        s.commit()
        from casebook.core.models import Case

        matrix = coverage(s, s.get(Case, made["case"]))
    rows = {row.element_id: row for _, row in matrix.charges[0].rows()}
    assert rows["7(1)(d)/1"].status == "weak"  # two ungraded (F6) tags moved there
    assert len(rows["7(1)(d)/1"].supporting_items) == 2
    assert rows["cah_attack/2"].status == "weak"  # ungraded (F6) tag moved there
    assert [p.liability_id for p in matrix.charges[0].perpetrators] == ["25(3)(a)-direct"]


def test_opening_a_casebook_migrates_and_records_the_version(
    casebook_factory, passphrase, tables, monkeypatch
):
    book, _ = casebook_factory("old-book")
    made = _old_tags(book)
    folder = book.folder
    book.close()
    monkeypatch.setattr(taxonomy_migration, "migrations_dir", lambda: tables)
    with Casebook.open(folder, passphrase) as reopened:
        with reopened.session() as s:
            assert s.get(Tag, made["renamed"]).element_id == "7(1)(d)/1"
            assert s.get(Tag, made["vanished"]).status == "needs_review"
        # One tag is of a version this Casebook does not know: the setting stays, so a
        # Casebook that knows it can still migrate it.
        assert reopened.setting("taxonomy_version") == OLD
        with reopened.session() as s:
            s.delete(s.get(Tag, made["unknown_version"]))
            s.commit()
    with Casebook.open(folder, passphrase) as reopened:
        assert reopened.setting("taxonomy_version") == TAXONOMY_VERSION


def test_a_casebook_without_analysis_or_already_current_is_left_alone(book, tables):
    assert taxonomy_migration.migrate_casebook_tags(book) is None
    with book.session() as s:
        s.add(Setting(key="taxonomy_version", value=TAXONOMY_VERSION))
        s.commit()
    assert taxonomy_migration.migrate_casebook_tags(book) is None


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"from_version": "a", "to_version": "a"}, "two different versions"),
        ({"from_version": "a", "to_version": "b", "renamed": {"x": 1}}, "'renamed' must map"),
        ({"from_version": "a", "to_version": "b", "split": {"x": []}}, "'split' must map"),
        ({"from_version": "a", "to_version": "b", "removed": "x"}, "'removed' must be a list"),
    ],
)
def test_a_damaged_mapping_table_is_named(tmp_path, body, words):
    _table(tmp_path, "bad.json", **body)
    with pytest.raises(TaxonomyError) as error:
        taxonomy_migration.read_migrations(tmp_path)
    assert "migrations/bad.json" in str(error.value) and words in str(error.value)


def test_two_tables_from_one_version_are_refused(tmp_path):
    _table(tmp_path, "a.json", from_version="a", to_version="b")
    _table(tmp_path, "b.json", from_version="a", to_version="c")
    with pytest.raises(TaxonomyError, match="a second table migrates from 'a'"):
        taxonomy_migration.read_migrations(tmp_path)


def test_the_shipped_tables_load():
    tables = taxonomy_migration.read_migrations()
    assert all(t.to_version for t in tables.values())
