"""The plan checks that each charge's law existed when the charged acts were committed."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from casebook.core.analysis import add_charge
from casebook.core.export.dates import StoredDateInvalid
from casebook.core.export.plan import ExportRequest, plan_export
from casebook.core.export.provision_dates import (
    DateFinding,
    ProvisionDateRefused,
    check_charge,
    date_bounds,
)
from casebook.core.models import Case, Incident, Person
from casebook.core.records.records import add_incident
from casebook.core.taxonomy import Taxonomy, load_taxonomy

from .conftest import CaseFixture


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def incident(start: str | None, end: str | None = None) -> Any:
    return SimpleNamespace(date_start=start, date_end=end)


def findings(
    taxonomy: Taxonomy,
    crime_id: str,
    *dates: tuple[str | None, str | None],
    national: str = "",
    law: str | None = "DE",
) -> list[DateFinding]:
    charge: Any = SimpleNamespace(crime_id=crime_id, national_provision=national)
    numbered = [(n, incident(*d)) for n, d in enumerate(dates, start=1)]
    return check_charge(taxonomy, charge, "charge 1", numbered, law)


def kinds(found: list[DateFinding]) -> list[str]:
    return [f.kind for f in found]


def test_date_bounds_reads_partial_dates_and_spans() -> None:
    assert date_bounds("2017") == ("2017-01-01", "2017-12-31")
    assert date_bounds("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_bounds("2017-08-25", "2017-08-27") == ("2017-08-25", "2017-08-27")
    assert date_bounds(None) is None
    with pytest.raises(StoredDateInvalid):
        date_bounds("2022-14-03")


def test_provision_added_in_2024_does_not_carry_a_2017_act(taxonomy: Taxonomy) -> None:
    found = findings(taxonomy, "7(1)(g)-2", ("2017-08-25", None))  # sexual slavery
    assert kinds(found) == ["not_in_force"]
    assert found[0].blocks_filing
    assert "§ 7 Abs. 1 Nr. 6 VStGB applies only to acts from 2024-08-03" in found[0].reason
    assert kinds(findings(taxonomy, "7(1)(g)-2", ("2024-08-03", None))) == []
    assert kinds(findings(taxonomy, "7(1)(g)-1", ("2017-08-25", None))) == ["amended"]
    fragments = findings(taxonomy, "8(2)(e)(xvii)", ("2020-03-01", None))
    assert "not_in_force" in kinds(fragments) and "unverified" in kinds(fragments)


def test_uncertain_dates_straddling_the_date_warn(taxonomy: Taxonomy) -> None:
    year = findings(taxonomy, "7(1)(g)-2", ("2024", None))
    assert kinds(year) == ["straddles"] and not year[0].blocks_filing
    span = findings(taxonomy, "8 bis", ("2016-12-01", "2017-02-01"))
    assert "straddles" in kinds(span)
    undated = findings(taxonomy, "8 bis", (None, None))
    assert kinds(undated) == ["undated"] and "2017-01-01" in undated[0].reason


def test_the_law_of_the_time_is_named(taxonomy: Taxonomy) -> None:
    found = findings(taxonomy, "8(2)(b)(iv)", ("2017-08-25", None))
    assert "provision_unverified" in kinds(found)  # § 11 as amended in 2024 was not seen
    assert not any(f.blocks_filing for f in found)
    [other] = [f for f in found if f.kind == "other_provision"]
    assert "§ 11 Abs. 3 VStGB (a.F.)" in other.reason
    assert "not § 11 Abs. 1 Nr. 3 VStGB, § 11 Abs. 1 Satz 1 Nr. 8 VStGB" in other.reason
    # A charge naming the repealed provision cannot carry an act after its repeal.
    late = findings(taxonomy, "8(2)(b)(iv)", ("2025-01-01", None), national="DE:§11(3)")
    assert kinds(late) == ["not_in_force"] and "until 2024-08-02" in late[0].reason


def test_amended_words_are_pointed_out(taxonomy: Taxonomy) -> None:
    found = findings(taxonomy, "7(1)(i)", ("2019-05-01", None), national="DE:§7(1)(nr7)")
    assert kinds(found) == ["amended"]
    assert "nicht nur kurzzeitig" in found[0].reason and "earlier words apply" in found[0].reason


def test_rome_statute_amendments_before_the_icc(taxonomy: Taxonomy) -> None:
    found = findings(taxonomy, "8(2)(e)(xix)", ("2018-05-01", None), law=None)
    assert kinds(found) == ["unverified", "acceptance", "not_in_force"]
    assert "121(5)" in found[1].reason and "ICC-ASP/18/Res.5" in found[2].reason
    later = findings(taxonomy, "8(2)(b)(xxix)", ("2019-12", "2020-01"), law=None)
    assert kinds(later) == ["unverified", "acceptance"]
    assert kinds(findings(taxonomy, "7(1)(a)", ("1990-01-01", None), law=None)) == []


# -- in the plan ------------------------------------------------------------------------------


def _add_charge_on(case_fixture: CaseFixture, crime_id: str, date: str) -> None:
    with case_fixture.book.session() as session:
        case = session.scalars(select(Case).where(Case.reference == case_fixture.reference)).one()
        people = session.scalars(select(Person).where(Person.case_id == case.id))
        person = next(p for p in people if "alleged_perpetrator" in (p.roles or []))
        act = add_incident(session, case, "Second incident", date_start=date)
        add_charge(
            session,
            case,
            crime_id,
            perpetrators=[(person.id, "25(3)(a)-direct")],
            incident_ids=[act.id],
        )
        session.commit()


def test_filing_refuses_a_charge_on_law_not_yet_in_force(case_fixture: CaseFixture) -> None:
    _add_charge_on(case_fixture, "7(1)(g)-2", "2017-09-02")
    with case_fixture.book.session() as session, pytest.raises(ProvisionDateRefused) as refused:
        plan_export(session, ExportRequest(case_fixture.reference, "all", "gba", "de"))
    message = str(refused.value)
    assert "(7(1)(g)-2)" in message and "applies only to acts from 2024-08-03" in message
    assert "internal edition" in message
    assert "Second incident" not in message  # no case text in errors
    request = ExportRequest(case_fixture.reference, "all", "gba", "de", "internal")
    with case_fixture.book.session() as session:
        plan = plan_export(session, request)
        law = [e for e in plan.left_out if e.what == "law"]
        incidents = list(session.scalars(select(Incident)))
    assert any("(7(1)(g)-2)" in e.label and "2024-08-03" in e.reason for e in law), law
    assert incidents  # the internal edition was planned with the charge kept


def test_filing_refuses_an_unverified_crime(case_fixture: CaseFixture) -> None:
    _add_charge_on(case_fixture, "8(2)(e)(xix)", "2022-03-01")
    with case_fixture.book.session() as session, pytest.raises(ProvisionDateRefused) as refused:
        plan_export(session, ExportRequest(case_fixture.reference, "all", "icc-otp", "en"))
    assert "Elements of Crimes wording of 8(2)(e)(xix) has not been checked" in str(refused.value)
    request = ExportRequest(case_fixture.reference, "all", "icc-otp", "en", "internal")
    with case_fixture.book.session() as session:
        plan = plan_export(session, request)
    reasons = [e.reason for e in plan.left_out if e.what == "law"]
    assert any("121(5)" in r for r in reasons)
    assert any("has not been checked" in r for r in reasons)


def test_a_sound_filing_is_not_refused(case_fixture: CaseFixture) -> None:
    with case_fixture.book.session() as session:
        plan = plan_export(session, ExportRequest(case_fixture.reference, "all", "gba", "de"))
    assert not [e for e in plan.left_out if e.what == "law" and "7(1)(d)" in e.label]
