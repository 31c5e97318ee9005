"""The shipped Rome Statute taxonomy: counts, wording, structure, mappings, damaged input.

Expected wording below is quoted from the ICC Elements of Crimes (2011) and the Rome Statute
as given in the spot checks of the reference summary and in independent copies; it is typed
here, not read from the data, so a change to the data files shows up as a failure.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casebook.core.errors import CasebookError, NotFound, TaxonomyError
from casebook.core.resource_paths import resource_path
from casebook.core.taxonomy import (
    TAXONOMY_VERSION,
    Taxonomy,
    load_taxonomy,
    load_taxonomy_from,
    taxonomy_version,
)

CAH_ATTACK = (
    "The conduct was committed as part of a widespread or systematic attack directed against "
    "a civilian population."
)
CAH_KNOWLEDGE = (
    "The perpetrator knew that the conduct was part of or intended the conduct to be part of "
    "a widespread or systematic attack directed against a civilian population."
)
GENOCIDE_PATTERN = (
    "The conduct took place in the context of a manifest pattern of similar conduct directed "
    "against that group or was conduct that could itself effect such destruction."
)
IAC_NEXUS = (
    "The conduct took place in the context of and was associated with an international armed "
    "conflict."
)
NIAC_NEXUS = (
    "The conduct took place in the context of and was associated with an armed conflict not "
    "of an international character."
)
CONFLICT_AWARENESS = (
    "The perpetrator was aware of factual circumstances that established the existence of an "
    "armed conflict."
)
TORTURE_PURPOSES = (
    "obtaining information or a confession, punishment, intimidation or coercion or for any "
    "reason based on discrimination of any kind"
)

ADDED_2017 = [
    "8(2)(b)(xxvii)",
    "8(2)(b)(xxviii)",
    "8(2)(b)(xxix)",
    "8(2)(e)(xvi)",
    "8(2)(e)(xvii)",
    "8(2)(e)(xviii)",
]
ADDED_2019 = ["8(2)(e)(xix)"]


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def texts(taxonomy: Taxonomy, crime_id: str) -> list[str]:
    return [e.text for e in taxonomy.crime(crime_id).elements]


# -- version and counts -------------------------------------------------------------------


def test_version_names_the_edition_followed(taxonomy: Taxonomy) -> None:
    assert taxonomy.version == TAXONOMY_VERSION == taxonomy_version
    assert taxonomy.version == "icc-eoc-2011+2017+2019/1"
    assert "2011" in taxonomy.edition
    for resolution in ("RC/Res.5", "RC/Res.6", "ICC-ASP/16/Res.4", "ICC-ASP/18/Res.5"):
        assert resolution in taxonomy.edition
    assert "ICC-ASP/16/Res.4" in taxonomy.verification_note
    urls = {s.url for s in taxonomy.sources}
    assert "https://www.icc-cpi.int/sites/default/files/Publications/Elements-of-Crimes.pdf" in urls


def test_totals(taxonomy: Taxonomy) -> None:
    assert len(taxonomy.crimes) == 103
    assert sum(len(c.elements) for c in taxonomy.crimes) == 507
    assert len([c for c in taxonomy.crimes if c.elements]) == 102
    # The 2011/2013 publication alone (without 2017 and 2019): 96 entries, 485 elements.
    published = [c for c in taxonomy.crimes if c.verified]
    assert (len(published), sum(len(c.elements) for c in published)) == (96, 485)


@pytest.mark.parametrize(
    ("group", "crimes", "elements"),
    [
        ("6", 5, 25),
        ("7", 16, 75),
        ("8(2)(a)", 11, 62),
        ("8(2)(b)", 38, 180),
        ("8(2)(c)", 7, 42),
        ("8(2)(e)", 25, 117),
        ("8 bis", 1, 6),
    ],
)
def test_counts_per_group(taxonomy: Taxonomy, group: str, crimes: int, elements: int) -> None:
    found = taxonomy.crimes_in_group(group)
    assert (len(found), sum(len(c.elements) for c in found)) == (crimes, elements)


def test_war_crimes_split_into_international_and_non_international(taxonomy: Taxonomy) -> None:
    war = taxonomy.crimes_by_article("8")
    iac = [c for c in war if c.conflict_type == "international"]
    niac = [c for c in war if c.conflict_type == "non_international"]
    assert (len(war), len(iac), len(niac)) == (81, 49, 32)
    assert sum(len(c.elements) for c in war) == 401
    assert {c.id for c in iac}.isdisjoint({c.id for c in niac})
    assert all(c.id.startswith(("8(2)(a)", "8(2)(b)")) for c in iac)
    assert all(c.id.startswith(("8(2)(c)", "8(2)(e)")) for c in niac)
    assert {c.context_id for c in iac} == {"iac_nexus"}
    assert {c.context_id for c in niac} == {"niac_nexus"}
    for crime in (*taxonomy.crimes_by_article("6"), *taxonomy.crimes_by_article("7")):
        assert crime.conflict_type is None


def test_annex_weapons_crime_is_kept_without_elements(taxonomy: Taxonomy) -> None:
    crime = taxonomy.crime("8(2)(b)(xx)")
    assert crime.elements == ()
    assert crime.elements_pending is not None
    assert "[Elements will have to be drafted once weapons" in crime.elements_pending


@pytest.mark.parametrize(
    ("prefix", "count"),
    [
        ("7(1)(g)-", 6),
        ("8(2)(a)(ii)-", 3),
        ("8(2)(a)(vii)-", 2),
        ("8(2)(b)(vii)-", 4),
        ("8(2)(b)(x)-", 2),
        ("8(2)(b)(xxii)-", 6),
        ("8(2)(c)(i)-", 4),
        ("8(2)(e)(vi)-", 6),
        ("8(2)(e)(xi)-", 2),
    ],
)
def test_split_crimes_are_separate_entries(taxonomy: Taxonomy, prefix: str, count: int) -> None:
    for n in range(1, count + 1):
        assert taxonomy.has_crime(f"{prefix}{n}")
    assert not taxonomy.has_crime(f"{prefix}{count + 1}")
    assert not taxonomy.has_crime(prefix.rstrip("-"))


def test_other_inhumane_acts_is_not_split(taxonomy: Taxonomy) -> None:
    assert taxonomy.has_crime("7(1)(k)")
    assert not taxonomy.has_crime("7(1)(k)-1")


# -- wording, word for word -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("crime_id", "count"),
    [
        ("7(1)(g)-1", 4),
        ("8(2)(b)(xxii)-1", 4),
        ("8(2)(e)(vi)-1", 4),
        ("6(e)", 7),
        ("7(1)(i)", 8),
        ("7(1)(h)", 6),
        ("7(1)(j)", 7),
        ("8(2)(c)(iv)", 7),
        ("8(2)(a)(viii)", 7),
        ("8(2)(c)(iii)", 7),
        ("8 bis", 6),
        ("8(2)(b)(iv)", 5),
        ("8(2)(b)(viii)", 3),
        ("8(2)(e)(xiii)", 4),
        ("8(2)(e)(xiv)", 4),
        ("8(2)(e)(xv)", 5),
    ],
)
def test_element_counts_from_spot_checks(taxonomy: Taxonomy, crime_id: str, count: int) -> None:
    assert len(taxonomy.crime(crime_id).elements) == count


def test_rape_as_crime_against_humanity(taxonomy: Taxonomy) -> None:
    assert texts(taxonomy, "7(1)(g)-1") == [
        "The perpetrator invaded the body of a person by conduct resulting in penetration, "
        "however slight, of any part of the body of the victim or of the perpetrator with a "
        "sexual organ, or of the anal or genital opening of the victim with any object or any "
        "other part of the body.",
        "The invasion was committed by force, or by threat of force or coercion, such as that "
        "caused by fear of violence, duress, detention, psychological oppression or abuse of "
        "power, against such person or another person, or by taking advantage of a coercive "
        "environment, or the invasion was committed against a person incapable of giving "
        "genuine consent.",
        CAH_ATTACK,
        CAH_KNOWLEDGE,
    ]
    assert taxonomy.crime("7(1)(g)-1").title == "Crime against humanity of rape"


def test_crimes_against_humanity_end_with_the_attack_context(taxonomy: Taxonomy) -> None:
    for crime in taxonomy.crimes_by_article("7"):
        assert texts(taxonomy, crime.id)[-2] == CAH_ATTACK, crime.id
        if crime.id != "7(1)(a)":
            assert texts(taxonomy, crime.id)[-1] == CAH_KNOWLEDGE, crime.id
    # The transcription's 7(1)(a) lacks "directed"; it is kept and flagged, not silently fixed.
    last = taxonomy.element("7(1)(a)/3")
    assert last.text == CAH_KNOWLEDGE.replace("attack directed against", "attack against")
    assert last.contextual and last.variant_note and "directed" in last.variant_note


def test_genocide_crimes_end_with_the_manifest_pattern(taxonomy: Taxonomy) -> None:
    for crime in taxonomy.crimes_by_article("6"):
        assert texts(taxonomy, crime.id)[-1] == GENOCIDE_PATTERN
        assert "national, ethnical, racial or religious group" in texts(taxonomy, crime.id)[1]


def test_war_crimes_end_with_their_conflict_context(taxonomy: Taxonomy) -> None:
    for crime in taxonomy.crimes_by_article("8"):
        if not crime.elements:
            continue
        nexus = IAC_NEXUS if crime.conflict_type == "international" else NIAC_NEXUS
        assert texts(taxonomy, crime.id)[-2:] == [nexus, CONFLICT_AWARENESS], crime.id


def test_forcible_transfer_of_children(taxonomy: Taxonomy) -> None:
    elements = texts(taxonomy, "6(e)")
    assert elements[4] == "The person or persons were under the age of 18 years."
    assert elements[5] == (
        "The perpetrator knew, or should have known, that the person or persons were under "
        "the age of 18 years."
    )


def test_military_necessity_wording_differs_between_iac_and_niac(taxonomy: Taxonomy) -> None:
    assert taxonomy.element("8(2)(b)(xiii)/5").text == (
        "The destruction or seizure was not justified by military necessity."
    )
    assert taxonomy.element("8(2)(e)(xii)/5").text == (
        "The destruction or seizure was not required by military necessity."
    )
    assert taxonomy.element("8(2)(a)(iv)/2").text == (
        "The destruction or appropriation was not justified by military necessity."
    )
    assert taxonomy.element("8(2)(a)(iv)/3").text == (
        "The destruction or appropriation was extensive and carried out wantonly."
    )


def test_child_soldier_crimes(taxonomy: Taxonomy) -> None:
    iac, niac = taxonomy.crime("8(2)(b)(xxvi)"), taxonomy.crime("8(2)(e)(vii)")
    assert iac.title == "War crime of using, conscripting or enlisting children"
    assert niac.title == "War crime of using, conscripting and enlisting children"
    assert "into the national armed forces" in iac.elements[0].text
    assert "into an armed force or group" in niac.elements[0].text
    for crime in (iac, niac):
        assert crime.elements[1].text == "Such person or persons were under the age of 15 years."
        assert crime.elements[2].text == (
            "The perpetrator knew or should have known that such person or persons were under "
            "the age of 15 years."
        )


def test_aggression_leadership_element(taxonomy: Taxonomy) -> None:
    assert taxonomy.element("8 bis/2").text == (
        "The perpetrator was a person in a position effectively to exercise control over or to "
        "direct the political or military action of the State which committed the act of "
        "aggression."
    )
    assert taxonomy.crime("8 bis").provenance.amended_by.startswith("RC/Res.6")


def test_poison_weapons_match_an_independent_copy(taxonomy: Taxonomy) -> None:
    assert texts(taxonomy, "8(2)(b)(xvii)") == [
        "The perpetrator employed a substance or a weapon that releases a substance as a "
        "result of its employment.",
        "The substance was such that it causes death or serious damage to health in the "
        "ordinary course of events, through its toxic properties.",
        IAC_NEXUS,
        CONFLICT_AWARENESS,
    ]


def test_torture_purpose_only_in_war_crimes(taxonomy: Taxonomy) -> None:
    assert TORTURE_PURPOSES in taxonomy.element("8(2)(a)(ii)-1/2").text
    assert TORTURE_PURPOSES in taxonomy.element("8(2)(c)(i)-4/2").text
    cah = texts(taxonomy, "7(1)(f)")
    assert not any(TORTURE_PURPOSES in t for t in cah)
    assert cah[1] == (
        "Such person or persons were in the custody or under the control of the perpetrator."
    )


def test_improper_use_of_un_emblems_requires_actual_knowledge(taxonomy: Taxonomy) -> None:
    assert taxonomy.element("8(2)(b)(vii)-3/3").text == (
        "The perpetrator knew of the prohibited nature of such use."
    )
    for n in (1, 2, 4):
        assert any(
            "knew or should have known of the prohibited nature" in t
            for t in texts(taxonomy, f"8(2)(b)(vii)-{n}")
        )


def test_persecution_connection_and_environment_damage(taxonomy: Taxonomy) -> None:
    assert taxonomy.element("7(1)(h)/4").text == (
        "The conduct was committed in connection with any act referred to in article 7, "
        "paragraph 1, of the Statute or any crime within the jurisdiction of the Court."
    )
    environment = "widespread, long-term and severe damage to the natural environment"
    with_environment = [
        c.id
        for c in taxonomy.crimes_by_article("8")
        if any(environment in e.text for e in c.elements)
    ]
    assert with_environment == ["8(2)(b)(iv)"]


def test_lettered_alternatives_are_one_element(taxonomy: Taxonomy) -> None:
    for n in (1, 2, 3):
        text = taxonomy.element(f"7(1)(i)/{n}").text
        assert "(a)" in text and "(b)" in text
    assert taxonomy.element("8(2)(b)(viii)/1").text.startswith("The perpetrator: (a) Transferred")


# -- amendments and verification ------------------------------------------------------------


def test_post_2002_amendments_present_and_flagged(taxonomy: Taxonomy) -> None:
    for crime_id in ADDED_2017:
        crime = taxonomy.crime(crime_id)
        assert len(crime.elements) == 3
        assert crime.provenance.amended_by.startswith("ICC-ASP/16/Res.4")
        assert not crime.verified and not crime.provenance.verbatim
    starvation = taxonomy.crime("8(2)(e)(xix)")
    assert starvation.provenance.amended_by.startswith("ICC-ASP/18/Res.5")
    assert not starvation.verified
    assert len(starvation.elements) == 4
    assert {c.id for c in taxonomy.unverified_crimes} == set(ADDED_2017 + ADDED_2019)
    for crime_id in ("8(2)(e)(xiii)", "8(2)(e)(xiv)", "8(2)(e)(xv)"):
        crime = taxonomy.crime(crime_id)
        assert crime.verified and crime.provenance.amended_by.startswith("RC/Res.5")


def test_every_crime_keeps_its_provenance(taxonomy: Taxonomy) -> None:
    for crime in taxonomy.crimes:
        assert crime.provenance.source
        assert crime.provenance.statute_source
        assert crime.statute_text
    assert taxonomy.crime("8(2)(b)(xvii)").provenance.cross_checks


# -- contexts ------------------------------------------------------------------------------


def test_context_groups_recorded_once(taxonomy: Taxonomy) -> None:
    ids = {g.id for g in taxonomy.contexts}
    assert ids == {"genocide_pattern", "cah_attack", "iac_nexus", "niac_nexus", "aggression_act"}
    assert [e.text for e in taxonomy.context("cah_attack").elements] == [CAH_ATTACK, CAH_KNOWLEDGE]
    assert [e.text for e in taxonomy.context("genocide_pattern").elements] == [GENOCIDE_PATTERN]
    assert [e.text for e in taxonomy.context("iac_nexus").elements] == [
        IAC_NEXUS,
        CONFLICT_AWARENESS,
    ]
    assert taxonomy.context_of("8 bis").id == "aggression_act"


def test_contextual_elements_are_the_trailing_shared_ones(taxonomy: Taxonomy) -> None:
    for crime in taxonomy.crimes:
        if not crime.elements:
            continue
        context = taxonomy.context(crime.context_id)
        shared = crime.contextual_elements
        assert shared == crime.elements[-len(context.elements) :], crime.id
        assert [e.context_element for e in shared] == [e.id for e in context.elements]
        assert crime.specific_elements == crime.elements[: -len(context.elements)]
    aggression = taxonomy.crime("8 bis")
    assert [e.number for e in aggression.specific_elements] == [1, 2]


# -- lookups -------------------------------------------------------------------------------


def test_lookups(taxonomy: Taxonomy) -> None:
    assert taxonomy.element("8(2)(b)(xxii)-3/1").crime_id == "8(2)(b)(xxii)-3"
    assert [c.id for c in taxonomy.crimes_by_article("8 bis")] == ["8 bis"]
    assert len(taxonomy.crimes_by_article("7")) == 16
    with pytest.raises(NotFound, match=r"7\(1\)\(z\)"):
        taxonomy.crime("7(1)(z)")
    with pytest.raises(NotFound):
        taxonomy.element("7(1)(a)/4")
    assert load_taxonomy() is taxonomy


def test_search(taxonomy: Taxonomy) -> None:
    assert [c.id for c in taxonomy.search("rape")] == [
        "7(1)(g)-1",
        "8(2)(b)(xxii)-1",
        "8(2)(e)(vi)-1",
    ]
    assert [c.id for c in taxonomy.search("7(1)(G)")] == [f"7(1)(g)-{n}" for n in range(1, 7)]
    necessity = {c.id for c in taxonomy.search("Military Necessity")}
    assert {"8(2)(a)(iv)", "8(2)(b)(xiii)", "8(2)(e)(xii)"} <= necessity
    assert "8(2)(b)(xxvi)" in {c.id for c in taxonomy.search("conscript")}
    assert taxonomy.search("  ") == ()
    assert taxonomy.search("zebra") == ()


# -- liability -----------------------------------------------------------------------------


def test_modes_of_liability_present(taxonomy: Taxonomy) -> None:
    assert [m.id for m in taxonomy.liability_modes] == [
        "25(3)(a)-direct",
        "25(3)(a)-co",
        "25(3)(a)-indirect",
        "25(3)(a)-indirect-co",
        "25(3)(b)-ordering",
        "25(3)(b)-soliciting",
        "25(3)(b)-inducing",
        "25(3)(c)",
        "25(3)(d)",
        "25(3)(e)",
        "25(3)(f)",
        "25(3 bis)",
        "28(a)",
        "28(b)",
        "30",
    ]
    assert "25(3)(e)" not in {m.id for m in taxonomy.liability_for("war_crimes")}
    assert "25(3)(e)" in {m.id for m in taxonomy.liability_for("genocide")}


def test_liability_statute_texts_are_verbatim(taxonomy: Taxonomy) -> None:
    assert (
        "(a) Commits such a crime, whether as an individual, jointly with another or through "
        "another person, regardless of whether that other person is criminally responsible;"
    ) in taxonomy.liability("25(3)(a)-co").statute_text
    assert taxonomy.liability("30").statute_text.startswith(
        "1. Unless otherwise provided, a person shall be criminally responsible and liable for "
        "punishment for a crime within the jurisdiction of the Court only if the material "
        "elements are committed with intent and knowledge."
    )
    assert taxonomy.liability("25(3 bis)").statute_text == (
        "3 bis. In respect of the crime of aggression, the provisions of this article shall "
        "apply only to persons in a position effectively to exercise control over or to direct "
        "the political or military action of a State."
    )
    commander = taxonomy.liability("28(a)").statute_text.split("\n")
    assert [line[:4] for line in commander[1:]] == ["(a) ", "(i) ", "(ii)"]
    superior = taxonomy.liability("28(b)").statute_text.split("\n")
    assert superior[1].startswith("(b) With respect to superior and subordinate relationships")
    assert superior[4].startswith("(iii) The superior failed to take all necessary")


def test_liability_elements_say_where_they_come_from(taxonomy: Taxonomy) -> None:
    for mode in taxonomy.liability_modes:
        for element in mode.elements:
            if element.source_kind == "statute":
                assert element.statute_words
                assert all(w in mode.statute_text for w in element.statute_words)
            else:
                assert element.source_kind == "case_law"
                assert element.citation is not None and element.citation.document
                assert element.verified is False and element.note
    documents = {
        mode_id: {e.citation.document for e in taxonomy.liability(mode_id).elements if e.citation}
        for mode_id in ("25(3)(a)-co", "25(3)(a)-indirect-co", "25(3)(d)", "28(a)")
    }
    assert documents == {
        "25(3)(a)-co": {"ICC-01/04-01/06-2842"},
        "25(3)(a)-indirect-co": {"ICC-01/04-01/07-717", "ICC-01/04-02/06-2359"},
        "25(3)(d)": {"ICC-01/04-01/07-3436"},
        "28(a)": {"ICC-01/05-01/08-3343"},
    }
    assert any("reversed" in note for note in taxonomy.liability("28(a)").notes)
    case_law = {
        mode_id: {(c.chamber, c.document) for c in taxonomy.liability(mode_id).case_law}
        for mode_id in ("25(3)(d)", "28(a)")
    }
    assert ("Pre-Trial Chamber I", "ICC-01/04-01/10-465-Red") in case_law["25(3)(d)"]
    assert ("Appeals Chamber", "ICC-01/05-01/08-3636-Red") in case_law["28(a)"]
    assert all(document for _, document in case_law["28(a)"])


# -- national law --------------------------------------------------------------------------


def test_vstgb_maps_onto_real_crime_ids(taxonomy: Taxonomy) -> None:
    law = taxonomy.national_law("DE")
    assert law.short_name == "VStGB" and law.version_date == "2024-08-03"
    targets = {m.target_id for p in law.provisions for m in p.maps_to}
    for crime_id in targets:
        taxonomy.crime(crime_id)
    sections = {p.citation.split()[1] for p in law.provisions}
    assert {"6", "7", "8", "9", "10", "11", "12", "13"} <= sections
    for provision in law.provisions:
        for link in (*provision.maps_to, *provision.maps_to_liability):
            assert link.match in ("corresponds", "partial")
            if link.match == "partial":
                assert link.note, provision.id


def test_national_provisions_for(taxonomy: Taxonomy) -> None:
    def cited(crime_id: str, jurisdiction: str = "DE") -> list[str]:
        return [p.citation for p in taxonomy.national_provisions_for(crime_id, jurisdiction)]

    assert cited("6(a)") == ["§ 6 Abs. 1 Nr. 1 VStGB"]
    assert cited("7(1)(g)-1", "de") == ["§ 7 Abs. 1 Nr. 6 VStGB"]
    assert cited("8(2)(e)(xix)") == ["§ 11 Abs. 1 Nr. 5 VStGB"]
    assert cited("8(2)(b)(iv)") == ["§ 11 Abs. 1 Nr. 3 VStGB", "§ 11 Abs. 1 Satz 1 Nr. 8 VStGB"]
    assert cited("8 bis")[:2] == ["§ 13 Abs. 1 VStGB", "§ 13 Abs. 2 VStGB"]
    assert cited("8(2)(b)(xx)") == []
    assert cited("6(a)", "FR") == []
    [apartheid] = taxonomy.national_provisions_for("7(1)(j)", "DE")
    assert apartheid.maps_to[0].match == "partial"
    assert [p.citation for p in taxonomy.national_provisions_for_liability("28(a)", "DE")] == [
        "§ 4 VStGB",
        "§ 14 VStGB",
        "§ 15 VStGB",
    ]
    with pytest.raises(NotFound):
        taxonomy.national_provisions_for("6(f)", "DE")


# -- damaged or inconsistent data -----------------------------------------------------------

CAH_FILE = "crimes/art7_crimes_against_humanity.json"
GENOCIDE_FILE = "crimes/art6_genocide.json"
DE_FILE = "national/de_vstgb.json"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    copy = tmp_path / "taxonomy"
    shutil.copytree(resource_path("taxonomy"), copy)
    return copy


def edit(root: Path, name: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = root / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")


def crime_in(document: dict[str, Any], crime_id: str) -> dict[str, Any]:
    return next(c for c in document["crimes"] if c["id"] == crime_id)


def refused(root: Path, **kwargs: str) -> TaxonomyError:
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy_from(root, **kwargs)
    assert isinstance(caught.value, CasebookError)
    return caught.value


def test_the_copy_loads(data: Path) -> None:
    assert len(load_taxonomy_from(data).crimes) == 103


def test_damaged_json(data: Path) -> None:
    path = data / CAH_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:40]), encoding="utf-8")
    error = refused(data)
    assert error.file == CAH_FILE
    assert "invalid JSON at line" in error.problem and "column" in error.problem
    assert CAH_FILE in str(error)


def test_duplicate_key_in_an_object(data: Path) -> None:
    path = data / GENOCIDE_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"number": 1,', '"number": 1, "number": 2,', 1), encoding="utf-8")
    error = refused(data)
    assert error.file == GENOCIDE_FILE and "'number' appears twice" in error.problem


def test_duplicate_crime_id(data: Path) -> None:
    edit(data, CAH_FILE, lambda d: crime_in(d, "7(1)(b)").update(id="7(1)(a)"))
    error = refused(data)
    assert (error.file, error.entry) == (CAH_FILE, "7(1)(a)")
    assert "duplicate crime id" in str(error) and "7(1)(a)" in str(error)


def test_unknown_context_group(data: Path) -> None:
    edit(data, CAH_FILE, lambda d: crime_in(d, "7(1)(c)").update(context="cah_atack"))
    error = refused(data)
    assert error.entry == "7(1)(c)"
    assert "unknown context group 'cah_atack'" in str(error)


def test_unknown_crime_in_a_national_mapping(data: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        document["provisions"][0]["maps_to"][0]["crime_id"] = "6(f)"

    edit(data, DE_FILE, change)
    error = refused(data)
    assert (error.file, error.entry) == (DE_FILE, "§6(1)(nr1)")
    assert "unknown crime id '6(f)'" in str(error)


def test_missing_elements(data: Path) -> None:
    edit(data, CAH_FILE, lambda d: crime_in(d, "7(1)(k)").update(elements=[]))
    error = refused(data)
    assert error.entry == "7(1)(k)" and "missing elements" in error.problem


def test_missing_elements_key(data: Path) -> None:
    edit(data, CAH_FILE, lambda d: crime_in(d, "7(1)(k)").pop("elements"))
    error = refused(data)
    assert error.entry == "7(1)(k)" and "'elements' is a required property" in error.problem


def test_element_numbering_gap(data: Path) -> None:
    edit(data, GENOCIDE_FILE, lambda d: crime_in(d, "6(c)")["elements"].pop(1))
    error = refused(data)
    assert error.entry == "6(c)" and "numbering has a gap" in error.problem


def test_context_element_altered(data: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        crime_in(document, "7(1)(b)")["elements"][2]["text"] = "The conduct was committed."

    edit(data, CAH_FILE, change)
    error = refused(data)
    assert error.entry == "7(1)(b)/3" and "differs from context element cah_attack/1" in str(error)


def test_contextual_flag_moved(data: Path) -> None:
    edit(data, GENOCIDE_FILE, lambda d: crime_in(d, "6(a)")["elements"][0].update(contextual=True))
    error = refused(data)
    assert error.entry == "6(a)/1" and "'contextual' is true" in error.problem


def test_verified_flag_must_agree_with_provenance(data: Path) -> None:
    edit(data, GENOCIDE_FILE, lambda d: crime_in(d, "6(a)").update(verified=False))
    error = refused(data)
    assert error.entry == "6(a)" and "verified" in error.problem


def test_version_of_the_data_must_match_the_build(data: Path) -> None:
    error = refused(data, expected_version="icc-eoc-2011+2017+2019/2")
    assert error.file == "taxonomy.json" and "icc-eoc-2011+2017+2019/1" in error.problem


def test_files_of_mixed_versions_are_refused(data: Path) -> None:
    edit(data, GENOCIDE_FILE, lambda d: d.update(taxonomy_version="icc-eoc-2011/1"))
    error = refused(data)
    assert error.file == GENOCIDE_FILE and "does not match" in error.problem


def test_unlisted_crime_file(data: Path) -> None:
    shutil.copy(data / GENOCIDE_FILE, data / "crimes" / "extra.json")
    error = refused(data)
    assert error.file == "crimes/extra.json" and "not listed" in error.problem


def test_missing_file(data: Path) -> None:
    (data / "liability.json").unlink()
    error = refused(data)
    assert error.file == "liability.json" and "missing" in error.problem


def test_liability_words_not_in_the_statute(data: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        document["modes"][0]["elements"][0]["statute_words"] = ["Commits such a crime, alone"]

    edit(data, "liability.json", change)
    error = refused(data)
    assert error.entry == "25(3)(a)-direct/1" and "do not occur in statute_text" in error.problem


def test_case_law_element_needs_a_citation(data: Path) -> None:
    edit(data, "liability.json", lambda d: d["modes"][1]["elements"][1].pop("citation"))
    error = refused(data)
    assert error.entry == "25(3)(a)-co/2" and "'citation' is a required property" in error.problem


def test_second_file_for_one_jurisdiction(data: Path) -> None:
    shutil.copy(data / DE_FILE, data / "national" / "de_copy.json")
    error = refused(data)
    assert "jurisdiction DE is already defined" in error.problem
