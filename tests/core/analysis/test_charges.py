"""Charges: the crime, the national provision, perpetrators with fitting modes, incidents."""

from __future__ import annotations

import json
import shutil

import pytest

from casebook.core.analysis import (
    InvalidCharge,
    NotAPerpetrator,
    TargetNotFound,
    add_charge,
    add_perpetrator,
    get_charge,
    list_charges,
    remove_charge,
)
from casebook.core.errors import NotFound, TaxonomyError
from casebook.core.models import Case, Charge, Tag
from casebook.core.records import cases, persons
from casebook.core.resource_paths import resource_path
from casebook.core.taxonomy import TAXONOMY_VERSION, load_taxonomy_from


def _case(session, rakhine) -> Case:
    return session.get(Case, rakhine.case_id)


def test_the_fixture_charges_are_stored_as_made(rakhine):
    with rakhine.book.session() as s:
        charges = list_charges(s, _case(s, rakhine))
        assert [c.crime_id for c in charges] == ["7(1)(d)", "7(1)(a)", "7(1)(h)"]
        deportation = charges[0]
        assert deportation.national_provision == "DE:§7(1)(nr4)"
        assert deportation.taxonomy_version == TAXONOMY_VERSION
        assert [(p.person_id, p.liability_id) for p in deportation.perpetrators] == [
            (rakhine.commander, "28(a)"),
            (rakhine.soldier, "25(3)(a)-direct"),
        ]
        assert {i.id for i in deportation.incidents} == {rakhine.village_a, rakhine.river}
        assert get_charge(s, _case(s, rakhine), rakhine.murder[:8]).crime_id == "7(1)(a)"


def test_a_national_provision_that_does_not_map_is_refused_with_the_ones_that_do(rakhine):
    with rakhine.book.session() as s, pytest.raises(InvalidCharge) as error:
        add_charge(s, _case(s, rakhine), "7(1)(d)", national="DE:§7(1)(nr1)")
    message = str(error.value)
    assert "DE provision '§7(1)(nr1)' does not map onto crime 7(1)(d)" in message
    assert "Provisions of DE that do: §7(1)(nr4)." in message
    assert error.value.location == "national"


@pytest.mark.parametrize(
    ("national", "words"),
    [
        ("FR:art-212-1", "no national law for 'FR'. Covered: DE"),
        ("DE:§99", "'§99' is not a provision id of that law"),
        ("§7(1)(nr4)", "JURISDICTION:PROVISION-ID"),
        ("DE:", "JURISDICTION:PROVISION-ID"),
    ],
)
def test_national_provisions_are_checked(rakhine, national, words):
    with rakhine.book.session() as s, pytest.raises(InvalidCharge, match=words.replace("(", ".")):
        add_charge(s, _case(s, rakhine), "7(1)(d)", national=national)


def test_the_jurisdiction_code_is_case_insensitive(rakhine):
    with rakhine.book.session() as s:
        charge = add_charge(s, _case(s, rakhine), "7(1)(g)-1", national="de:§7(1)(nr6)")
        assert charge.national_provision == "DE:§7(1)(nr6)"


def test_unknown_crimes_and_crimes_without_elements_are_refused(rakhine):
    with rakhine.book.session() as s:
        with pytest.raises(InvalidCharge, match="There is no crime '7\\(1\\)\\(z\\)'"):
            add_charge(s, _case(s, rakhine), "7(1)(z)")
        with pytest.raises(InvalidCharge, match="has no elements"):
            add_charge(s, _case(s, rakhine), "8(2)(b)(xx)")


@pytest.mark.parametrize(
    ("crime", "mode", "fits"),
    [
        ("7(1)(d)", "25(3)(e)", False),  # incitement: genocide only
        ("6(a)", "25(3)(e)", True),
        ("8(2)(e)(i)", "28(a)", True),
        ("8(2)(a)(i)", "28(b)", True),
        ("7(1)(a)", "25(3)(a)-co", True),
        ("7(1)(a)", "30", False),  # the mental element is not a mode one is charged under
        ("7(1)(a)", "25(3 bis)", False),
        ("7(1)(a)", "25(3)(z)", False),
    ],
)
def test_modes_of_liability_must_fit_the_crime(rakhine, crime, mode, fits):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        if fits:
            charge = add_charge(s, case, crime, perpetrators=[(rakhine.soldier, mode)])
            assert charge.perpetrators[0].liability_id == mode
        else:
            with pytest.raises(InvalidCharge) as error:
                add_charge(s, case, crime, perpetrators=[(rakhine.soldier, mode)])
            assert "Choose one of:" in str(error.value) and "28(a)" in str(error.value)
            assert error.value.location == "liability"


def test_incitement_to_a_crime_against_humanity_says_why(rakhine):
    with rakhine.book.session() as s, pytest.raises(InvalidCharge) as error:
        add_charge(s, _case(s, rakhine), "7(1)(d)", perpetrators=[(rakhine.soldier, "25(3)(e)")])
    assert "applies only to genocide, and 7(1)(d) is a crime against humanity" in str(error.value)


def test_perpetrators_must_be_alleged_perpetrators_of_the_case(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        with pytest.raises(NotAPerpetrator, match="W-001 is not recorded"):
            add_charge(s, case, "7(1)(a)", perpetrators=[(rakhine.w1, "25(3)(a)-direct")])
        other = cases.add_case(s, "Another case", "MM-2017-NR-002")
        outsider = persons.add_person(s, other, ["alleged_perpetrator"])
        with pytest.raises(NotAPerpetrator, match="No person of case MM-2017-NR-001"):
            add_charge(s, case, "7(1)(a)", perpetrators=[(outsider.id, "25(3)(a)-direct")])


def test_one_person_under_two_modes_but_not_the_same_mode_twice(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        charge = get_charge(s, case, rakhine.deportation)
        add_perpetrator(s, case, charge, rakhine.commander, "25(3)(b)-ordering")
        with pytest.raises(InvalidCharge, match="P-001 is already charged under 28\\(a\\)"):
            add_perpetrator(s, case, charge, rakhine.commander, "28(a)")
        s.commit()
        assert len(get_charge(s, case, rakhine.deportation).perpetrators) == 3


def test_incidents_must_be_of_the_case(rakhine):
    with rakhine.book.session() as s:
        other = cases.add_case(s, "Another case", "MM-2017-NR-002")
        with pytest.raises(TargetNotFound, match="no incident"):
            add_charge(s, other, "7(1)(a)", incident_ids=[rakhine.river])


def test_removing_a_charge_keeps_the_tags(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        before = s.query(Tag).count()
        remove_charge(s, case, rakhine.deportation)
        s.commit()
        assert s.get(Charge, rakhine.deportation) is None
        assert s.query(Tag).count() == before
        with pytest.raises(NotFound, match="no charge"):
            get_charge(s, case, rakhine.deportation)


def test_a_damaged_taxonomy_file_is_a_clear_error(tmp_path):
    copy = tmp_path / "taxonomy"
    shutil.copytree(resource_path("taxonomy"), copy)
    target = copy / "crimes" / "art7_crimes_against_humanity.json"
    document = json.loads(target.read_text(encoding="utf-8"))
    document["crimes"][3]["elements"].pop(1)  # 7(1)(d) loses element 2
    target.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(TaxonomyError) as error:
        load_taxonomy_from(copy)
    message = str(error.value)
    assert "crimes/art7_crimes_against_humanity.json, entry 7(1)(d)" in message
    assert "Reinstall Casebook" in message
    target.write_bytes(b'{"format": "casebook-taxonomy-crimes/1", "crimes": [')
    with pytest.raises(TaxonomyError, match="invalid JSON at line 1"):
        load_taxonomy_from(copy)


def test_a_repealed_provision_can_be_charged_for_acts_of_its_time(rakhine):
    # § 11 Abs. 3 VStGB was repealed on 3 August 2024; acts of 2017 are charged under it.
    # Whether it applied at the incidents' dates is the export plan's check, not this one.
    with rakhine.book.session() as s:
        charge = add_charge(s, _case(s, rakhine), "8(2)(b)(iv)", national="DE:§11(3)")
        assert charge.national_provision == "DE:§11(3)"
