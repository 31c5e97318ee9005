"""National law in time and German participation (issue 12): the data and its API."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casebook.core.errors import NotFound, TaxonomyError
from casebook.core.resource_paths import resource_path
from casebook.core.taxonomy import NationalProvision, Taxonomy, load_taxonomy, load_taxonomy_from

DE_FILE = "national/de_vstgb.json"


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def provision(taxonomy: Taxonomy, pid: str) -> NationalProvision:
    return next(p for p in taxonomy.national_law("DE").provisions if p.id == pid)


# -- § 11: the environmental war crime moved in 2024 ---------------------------------------


def test_environmental_war_crime_is_abs_1_satz_1_nr_8_from_2024(taxonomy: Taxonomy) -> None:
    def cited(on: str | None = None) -> list[str]:
        return [p.citation for p in taxonomy.national_provisions_for("8(2)(b)(iv)", "DE", on)]

    assert "§ 11 Abs. 3 VStGB" not in cited()
    assert cited() == ["§ 11 Abs. 1 Nr. 3 VStGB", "§ 11 Abs. 1 Satz 1 Nr. 8 VStGB"]
    assert cited("2024-08-03") == cited()
    assert cited("2024-08-02") == ["§ 11 Abs. 1 Nr. 3 VStGB", "§ 11 Abs. 3 VStGB (a.F.)"]
    nr8 = provision(taxonomy, "§11(1)(nr8)")
    assert nr8.armed_conflict == "international_and_non_international"
    assert nr8.applies_from == "2024-08-03" and nr8.in_force
    assert nr8.verified is False  # its 2024 words were not seen in a stored source
    old = provision(taxonomy, "§11(3)")
    assert (old.armed_conflict, old.applies_until, old.in_force) == (
        "international",
        "2024-08-02",
        False,
    )
    assert old.quote is not None and "internationalen bewaffneten Konflikt" in old.quote.text
    for pid in ("§11(1)(nr1)", "§11(1)(nr5)", "§11(1)(nr7)"):
        notes = " ".join(provision(taxonomy, pid).notes)
        assert "describes the 2002 text" not in notes and "Nr. 8" in notes


# -- dates ----------------------------------------------------------------------------------


def test_provisions_carry_the_date_they_apply_from(taxonomy: Taxonomy) -> None:
    law = taxonomy.national_law("DE")
    assert all(p.applies_from >= "2002-06-30" for p in law.provisions)
    nr4 = provision(taxonomy, "§12(1)(nr4)")
    assert not nr4.applies_on("2024-08-02") and nr4.applies_on("2024-08-03")
    assert provision(taxonomy, "§12(1)(nr5)").applies_from == "2024-08-03"
    assert provision(taxonomy, "§12(1)(nr2)").applies_on("2010-01-01")  # biological weapons
    aggression = provision(taxonomy, "§13(1)")
    assert not aggression.applies_on("2016-12-31") and aggression.applies_on("2017-01-01")


def test_alternatives_added_in_2024_apply_from_3_august_2024(taxonomy: Taxonomy) -> None:
    sexual = provision(taxonomy, "§7(1)(nr6)")
    assert sexual.applies_on("2017-08-25", "7(1)(g)-1")  # rape: 2002 text
    assert not sexual.applies_on("2017-08-25", "7(1)(g)-2")  # sexual slavery: 2024
    assert sexual.applies_on("2024-08-03", "7(1)(g)-2")
    war = provision(taxonomy, "§8(1)(nr4)")
    assert not war.applies_on("2024-08-02", "8(2)(e)(vi)-2")
    assert war.applies_on("2024-08-02", "8(2)(e)(vi)-1")
    for pid in ("§7(1)(nr6)", "§7(1)(nr7)", "§7(1)(nr10)", "§8(1)(nr4)"):
        changed = provision(taxonomy, pid)
        assert [a.date for a in changed.amendments_after("2017-08-25")] == ["2024-08-03"]
        assert changed.amendments_after("2024-08-03") == ()
    assert "nicht nur kurzzeitig" in provision(taxonomy, "§7(1)(nr7)").amendments[0].change
    assert "sexuellen Orientierung" in provision(taxonomy, "§7(1)(nr10)").amendments[0].change


def test_why_not_in_force(taxonomy: Taxonomy) -> None:
    assert taxonomy.why_not_in_force("7(1)(g)-1", "2017-08-25", "DE") is None
    assert taxonomy.why_not_in_force("7(1)(g)-2", "2017-08-25", "DE") == (
        "§ 7 Abs. 1 Nr. 6 VStGB applies only to acts from 2024-08-03"
    )
    assert taxonomy.why_not_in_force("8(2)(e)(xvii)", "2020-01-01", "DE") == (
        "§ 12 Abs. 1 Nr. 4 VStGB applies only to acts from 2024-08-03"
    )
    assert taxonomy.why_not_in_force("8 bis", "2016-06-01", "DE") is not None
    assert taxonomy.why_not_in_force("8 bis", "2017-06-01", "DE") is None
    # No German counterpart at all is a missing mapping, not a question of dates.
    assert taxonomy.why_not_in_force("8(2)(b)(xx)", "2020-01-01", "DE") is None
    with pytest.raises(NotFound):
        taxonomy.why_not_in_force("6(f)", "2020-01-01", "DE")


# -- §§ 1, 4, 7 Nr. 5, 13, 14, 15: corrected from the text -----------------------------------


def test_section_1_restricts_aggression_and_leaves_out_14_and_15(taxonomy: Taxonomy) -> None:
    scope = provision(taxonomy, "§1")
    assert scope.quote is not None
    assert "für Taten nach den §§ 6 bis 12 auch dann, wenn die Tat im Ausland" in scope.quote.text
    second = (
        "Für Taten nach § 13, die im Ausland begangen wurden, gilt dieses Gesetz unabhängig vom "
        "Recht des Tatorts, wenn der Täter Deutscher ist oder die Tat sich gegen die "
        "Bundesrepublik Deutschland richtet."
    )
    assert scope.quote.text.endswith(second)
    for pid in ("§13(1)", "§13(2)", "§13(3)", "§13(4)"):
        notes = " ".join(provision(taxonomy, pid).notes)
        assert "confirm" not in notes and second in notes
    for pid in ("§14", "§15"):
        entry = provision(taxonomy, pid)
        assert "universal jurisdiction" in " ".join(entry.notes)
        assert {link.match for link in entry.maps_to_liability} == {"partial"}


def test_superior_responsibility_is_partial(taxonomy: Taxonomy) -> None:
    section4 = provision(taxonomy, "§4")
    assert (
        section4.heading == "Verantwortlichkeit militärischer Befehlshaber und anderer Vorgesetzter"
    )
    assert section4.quote is not None and "unterlässt, seinen Untergebenen daran zu hindern" in (
        section4.quote.text
    )
    for link in section4.maps_to_liability:
        assert link.match == "partial"
        assert link.note is not None and "§ 14" in link.note and "§ 15" in link.note
    assert provision(taxonomy, "§14").heading == "Verletzung der Aufsichtspflicht"
    assert provision(taxonomy, "§15").heading == "Unterlassen der Meldung einer Straftat"
    quote14 = provision(taxonomy, "§14").quote
    assert quote14 is not None and "vorsätzlich oder fahrlässig" in quote14.text


def test_torture_gloss_keeps_the_lawful_sanctions_exception(taxonomy: Taxonomy) -> None:
    torture = provision(taxonomy, "§7(1)(nr5)")
    assert "no lawful-sanctions exception" not in torture.conduct
    assert "sanctions permissible under international law" in torture.conduct
    assert torture.quote is not None
    assert "nicht\nlediglich" not in torture.quote.text
    assert "die nicht lediglich Folge völkerrechtlich zulässiger Sanktionen sind" in (
        torture.quote.text
    )


# -- German participation ---------------------------------------------------------------------


def test_national_liability_for_germany(taxonomy: Taxonomy) -> None:
    def cited(liability_id: str) -> list[tuple[str, str | None, str]]:
        return [
            (x.citation, x.heading, x.match)
            for x in taxonomy.national_liability_for(liability_id, "de")
        ]

    assert cited("25(3)(a)-direct") == [("§ 25 Abs. 1 Alt. 1 StGB", "Täterschaft", "corresponds")]
    assert cited("25(3)(a)-co") == [("§ 25 Abs. 2 StGB", "Täterschaft", "partial")]
    assert cited("25(3)(a)-indirect") == [("§ 25 Abs. 1 Alt. 2 StGB", "Täterschaft", "partial")]
    assert [c for c, _, _ in cited("25(3)(a)-indirect-co")] == [
        "§ 25 Abs. 1 Alt. 2 StGB",
        "§ 25 Abs. 2 StGB",
    ]
    assert ("§ 26 StGB", "Anstiftung", "partial") in cited("25(3)(b)-soliciting")
    assert cited("25(3)(c)") == [("§ 27 StGB", "Beihilfe", "partial")]
    assert [c for c, _, _ in cited("28(a)")] == ["§ 4 VStGB", "§ 14 VStGB", "§ 15 VStGB"]
    assert cited("25(3)(e)") == []
    found = taxonomy.national_liability_for("25(3)(c)", "DE")[0]
    assert (found.law, found.liability_id, found.verified) == ("StGB", "25(3)(c)", True)
    assert found.note and "for the purpose of facilitating" in found.note
    assert taxonomy.national_liability_for("25(3)(c)", "FR") == ()
    with pytest.raises(NotFound):
        taxonomy.national_liability_for("25(3)(z)", "DE")


def test_stgb_headings_and_words_match_the_code(taxonomy: Taxonomy) -> None:
    law = taxonomy.national_law("DE")
    stgb = {p.citation: p for p in law.provisions if p.law == "StGB"}
    assert {c: p.heading for c, p in stgb.items()} == {
        "§ 25 Abs. 1 Alt. 1 StGB": "Täterschaft",
        "§ 25 Abs. 1 Alt. 2 StGB": "Täterschaft",
        "§ 25 Abs. 2 StGB": "Täterschaft",
        "§ 26 StGB": "Anstiftung",
        "§ 27 StGB": "Beihilfe",
        "§ 22 StGB": "Begriffsbestimmung",
    }
    source = {s.id: s for s in law.sources}["S6"]
    assert "s/stgb/index.md" in source.location
    for entry in stgb.values():
        assert entry.quote is not None and entry.quote.source == "S6"
    assert stgb["§ 25 Abs. 2 StGB"].quote.text.endswith(  # type: ignore[union-attr]
        "so wird jeder als Täter bestraft (Mittäter)."
    )


# -- the loader refuses impossible dates ------------------------------------------------------


@pytest.fixture
def data(tmp_path: Path) -> Path:
    copy = tmp_path / "taxonomy"
    shutil.copytree(resource_path("taxonomy"), copy)
    return copy


def _edit_first(root: Path, **fields: object) -> None:
    path = root / DE_FILE
    document = json.loads(path.read_text(encoding="utf-8"))
    document["provisions"][0].update(fields)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"applies_from": "2002-02-30"}, "is not a calendar date"),
        ({"applies_until": "2001-01-01"}, "is before applies_from"),
        (
            {"amendments": [{"date": "2024-08-03", "source": "S99", "change": "x"}]},
            "unknown source 'S99'",
        ),
        ({"quote": {"text": "x", "source": "S99"}}, "unknown source 'S99'"),
    ],
)
def test_bad_dates_stop_loading(data: Path, fields: dict[str, object], problem: str) -> None:
    _edit_first(data, **fields)
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy_from(data)
    assert problem in str(caught.value)


def test_a_provision_without_a_date_is_refused(data: Path) -> None:
    path = data / DE_FILE
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["provisions"][0]["applies_from"]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy_from(data)
    assert "applies_from" in str(caught.value)


# -- the 2017 and 2019 war crimes --------------------------------------------------------------

AMENDED = {
    "8(2)(b)(xxvii)": "2017-12-14",
    "8(2)(b)(xxviii)": "2017-12-14",
    "8(2)(b)(xxix)": "2017-12-14",
    "8(2)(e)(xvi)": "2017-12-14",
    "8(2)(e)(xvii)": "2017-12-14",
    "8(2)(e)(xviii)": "2017-12-14",
    "8(2)(e)(xix)": "2019-12-06",
}


def test_amended_war_crimes_record_adoption_and_article_121_5(taxonomy: Taxonomy) -> None:
    for crime_id, adopted in AMENDED.items():
        crime = taxonomy.crime(crime_id)
        assert crime.amendment is not None and crime.amendment.adopted_on == adopted
        assert "121(5)" in crime.amendment.entry_into_force
        assert "accepted" in crime.amendment.entry_into_force
        assert not crime.could_apply_on("2017-08-25") and crime.could_apply_on("2021-01-01")
        assert crime.verified is False  # the Elements adopted with them are still unverified
        reason = taxonomy.why_not_in_force(crime_id, "2017-08-25", None)
        assert reason is not None and crime.amendment.resolution in reason
    assert taxonomy.crime("8(2)(e)(xix)").amendment.resolution == "ICC-ASP/18/Res.5"  # type: ignore[union-attr]
    assert taxonomy.crime("8(2)(b)(i)").amendment is None
    assert taxonomy.why_not_in_force("8(2)(b)(i)", "1990-01-01", None) is None


def test_biological_weapons_title_keeps_the_statute_words(taxonomy: Taxonomy) -> None:
    words = "microbial or other biological agents, or toxins"
    for crime_id in ("8(2)(b)(xxvii)", "8(2)(e)(xvi)"):
        crime = taxonomy.crime(crime_id)
        assert words in crime.title and words in crime.statute_text
        assert words in crime.specific_elements[0].text


def test_genocide_6b_cross_check_says_the_copy_words_it_differently(taxonomy: Taxonomy) -> None:
    crime = taxonomy.crime("6(b)")
    assert crime.specific_elements[0].text == (
        "The perpetrator caused serious bodily or mental harm to one or more persons."
    )
    [uk] = [c for c in crime.provenance.cross_checks if "legislation.gov.uk" in c.source]
    assert "serious bodily harm or mental harm" in uk.scope and "30 June 2000" in uk.scope
