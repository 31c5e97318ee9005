"""The coverage matrix on the Rakhine case: every status, scoping by perpetrator and incident,
context rows once per charge, citations, and the grading rule."""

from __future__ import annotations

import json

import pytest

from casebook.core.analysis import add_charge, add_tag, coverage, is_weak
from casebook.core.analysis.matrix import CoverageMatrix, ElementRow
from casebook.core.errors import NotFound
from casebook.core.models import Case


def _matrix(rakhine, charges=None) -> CoverageMatrix:
    with rakhine.book.session() as s:
        return coverage(s, s.get(Case, rakhine.case_id), charges)


def _statuses(charge) -> list[tuple[str | None, str, int, str]]:
    return [
        (p.pseudonym if p else None, row.element_id, row.number, row.status)
        for p, row in charge.rows()
    ]


def _row(charge, element_id: str, pseudonym: str | None = None) -> ElementRow:
    return next(
        row
        for p, row in charge.rows()
        if row.element_id == element_id and (p.pseudonym if p else None) == pseudonym
    )


def test_deportation_statuses_element_by_element(rakhine):
    deportation = _matrix(rakhine, [rakhine.deportation]).charges[0]
    assert _statuses(deportation) == [
        (None, "cah_attack/1", 4, "contested"),
        (None, "cah_attack/2", 5, "contested"),
        (None, "7(1)(d)/1", 1, "supported"),
        (None, "7(1)(d)/2", 2, "contradicted"),
        (None, "7(1)(d)/3", 3, "weak"),
        ("P-001", "28(a)/1", 1, "supported"),
        ("P-001", "28(a)/2", 2, "gap"),
        ("P-001", "28(a)/3", 3, "gap"),
        ("P-001", "28(a)/4", 4, "gap"),
        ("P-001", "28(a)/5", 5, "gap"),
        ("P-001", "28(a)/6", 6, "gap"),
        ("P-002", "25(3)(a)-direct/1", 1, "supported"),
    ]
    assert deportation.status_counts() == {
        "supported": 3,
        "weak": 1,
        "contested": 2,
        "contradicted": 1,
        "gap": 5,
    }


def test_murder_and_persecution_statuses(rakhine):
    matrix = _matrix(rakhine)
    murder, persecution = matrix.charges[1], matrix.charges[2]
    assert [c.crime_id for c in matrix.charges] == ["7(1)(d)", "7(1)(a)", "7(1)(h)"]
    assert _statuses(murder) == [
        (None, "cah_attack/1", 2, "contested"),
        (None, "cah_attack/2", 3, "contested"),
        (None, "7(1)(a)/1", 1, "weak"),
        ("P-002", "25(3)(a)-direct/1", 1, "supported"),
    ]
    assert [(e, s) for p, e, _, s in _statuses(persecution) if p is None] == [
        ("cah_attack/1", "contested"),
        ("cah_attack/2", "contested"),
        ("7(1)(h)/1", "supported"),
        ("7(1)(h)/2", "gap"),
        ("7(1)(h)/3", "supported"),
        ("7(1)(h)/4", "gap"),
    ]


def test_context_elements_appear_once_per_charge_with_the_crimes_own_numbers(rakhine):
    for charge in _matrix(rakhine).charges:
        ids = [row.element_id for _, row in charge.rows()]
        assert ids.count("cah_attack/1") == 1 and ids.count("cah_attack/2") == 1
        assert [r.kind for r in charge.context] == ["context", "context"]
        assert all(r.kind == "crime" for r in charge.elements)
    deportation, murder, _ = _matrix(rakhine).charges
    assert [r.crime_element_id for r in deportation.context] == ["7(1)(d)/4", "7(1)(d)/5"]
    assert [r.crime_element_id for r in murder.context] == ["7(1)(a)/2", "7(1)(a)/3"]
    # 7(1)(a) has its own wording of the knowledge element; its row shows that wording.
    assert "attack against a civilian population" in murder.context[1].text
    assert "attack directed against" in deportation.context[1].text


def test_a_tag_naming_a_perpetrator_counts_only_in_charges_against_that_person(rakhine):
    murder = _matrix(rakhine, [rakhine.murder]).charges[0]
    killed = _row(murder, "7(1)(a)/1")
    # P-001's B1 passage is left out (P-001 is not charged with murder): only E5 remains.
    assert [(i.label, i.grading) for i in killed.supporting_items] == [("W-003, para. 2", "E5")]
    with rakhine.book.session() as s:
        case = s.get(Case, rakhine.case_id)
        add_charge(s, case, "7(1)(a)", perpetrators=[(rakhine.commander, "28(a)")])
        s.commit()
    against_commander = _matrix(rakhine).charges[-1]
    assert _row(against_commander, "7(1)(a)/1").status == "supported"


def test_liability_rows_take_only_their_own_perpetrators_tags(rakhine):
    with rakhine.book.session() as s:
        case = s.get(Case, rakhine.case_id)
        both = add_charge(
            s,
            case,
            "7(1)(d)",
            perpetrators=[(rakhine.commander, "28(a)"), (rakhine.soldier, "28(a)")],
        )
        s.commit()
        charge_id = both.id
    charge = _matrix(rakhine, [charge_id]).charges[0]
    # 28(a)/1 names P-001, 28(a)/2 names P-002, 28(a)/4 names nobody (village B photo,
    # in scope here because this charge rests on no particular incident).
    assert _row(charge, "28(a)/1", "P-001").status == "supported"
    assert _row(charge, "28(a)/1", "P-002").status == "gap"
    assert _row(charge, "28(a)/2", "P-001").status == "gap"
    assert _row(charge, "28(a)/2", "P-002").status == "supported"
    assert _row(charge, "28(a)/4", "P-001").status == "supported"
    assert _row(charge, "28(a)/4", "P-002").status == "supported"


def test_a_charge_with_incidents_counts_only_their_material(rakhine):
    deportation, murder, _ = _matrix(rakhine).charges
    # W-003's A1 passages are about village B, which the deportation charge does not rest on.
    attack = _row(deportation, "cah_attack/1")
    assert [i.label for i in attack.supporting_items] == ["W-001, para. 2"]
    assert [i.grading for i in _row(deportation, "7(1)(d)/3").supporting_items] == ["D4"]
    # The murder charge rests on no incident: all material of the case counts.
    assert [i.label for i in _row(murder, "cah_attack/1").supporting_items] == [
        "W-001, para. 2",
        "W-003, para. 1",
    ]
    # Linking village B to the deportation charge brings its A1 passage in: no longer weak.
    with rakhine.book.session() as s:
        from casebook.core.analysis import get_charge, link_incidents

        case = s.get(Case, rakhine.case_id)
        link_incidents(s, case, get_charge(s, case, rakhine.deportation), [rakhine.village_b])
        s.commit()
    deportation = _matrix(rakhine, [rakhine.deportation]).charges[0]
    assert _row(deportation, "7(1)(d)/3").status == "supported"


def test_a_passage_of_a_corrected_statement_still_counts_for_the_incident(rakhine):
    from casebook.core.models import Testimony
    from casebook.core.records.testimonies import new_version

    with rakhine.book.session() as s:
        case = s.get(Case, rakhine.case_id)
        v2 = new_version(s, s.get(Testimony, rakhine.t1_id))
        add_tag(s, case, "7(1)(d)/2", "direct", segment_id=v2.segments[0].id,
                reliability="B", credibility="6")  # fmt: skip
        s.commit()
    row = _row(_matrix(rakhine, [rakhine.deportation]).charges[0], "7(1)(d)/2")
    assert [i.label for i in row.supporting_items] == ["W-001 (version 2), para. 1"]
    assert row.status == "contested"


def test_items_are_grouped_by_support_with_grading_and_citations(rakhine):
    deportation = _matrix(rakhine, [rakhine.deportation]).charges[0]
    deported = _row(deportation, "7(1)(d)/1")
    assert [(i.label, i.grading) for i in deported.supporting["direct"]] == [
        ("W-001, para. 1", "B2")
    ]
    photo = deported.supporting["corroborating"][0]
    assert photo.label == f"Burned houses, village A [exhibit {rakhine.photo[:8]}]"
    assert photo.material.kind == "evidence" and photo.material.record_id == rakhine.photo
    assert deported.supporting["circumstantial"] == ()
    passage = deported.supporting["direct"][0].material
    assert (passage.kind, passage.witness, passage.position) == ("passage", "W-001", 1)
    assert passage.char_range == (0, 21) and passage.record_id == rakhine.t1[0]
    persecution = _matrix(rakhine, [rakhine.persecution]).charges[0]
    assert _row(persecution, "7(1)(h)/1").supporting_items[0].label == (
        "Incident: Clearance of village A"
    )


def test_conflicts_are_reported_on_the_row(rakhine):
    deportation = _matrix(rakhine, [rakhine.deportation]).charges[0]
    knew = _row(deportation, "cah_attack/2")
    assert len(knew.conflicts) == 1
    conflict = knew.conflicts[0]
    assert conflict.material.label == "W-002, para. 3"
    assert len(conflict.supporting) == 1 and len(conflict.contradicting) == 1
    assert _row(deportation, "cah_attack/1").conflicts == ()  # different material


def test_tags_awaiting_review_are_listed_but_not_counted(rakhine):
    with rakhine.book.session() as s:
        case = s.get(Case, rakhine.case_id)
        result = add_tag(s, case, "7(1)(h)/2", "direct", segment_id=rakhine.t2[3],
                         reliability="A", credibility="6")  # fmt: skip
        result.tag.status = "needs_review"
        result.tag.review_note = "Element 7(1)(h)/2 was split."
        s.commit()
    row = _row(_matrix(rakhine, [rakhine.persecution]).charges[0], "7(1)(h)/2")
    assert row.status == "gap"
    assert [i.review_note for i in row.needs_review] == ["Element 7(1)(h)/2 was split."]


def test_national_provision_is_cited_from_the_taxonomy(rakhine):
    deportation, murder, _ = _matrix(rakhine).charges
    assert deportation.national_provision == "DE:§7(1)(nr4)"
    assert deportation.national_citation == "§ 7 Abs. 1 Nr. 4 VStGB"
    assert deportation.national_match == "corresponds"
    assert (murder.national_provision, murder.national_citation) == ("", "")


@pytest.mark.parametrize(
    ("grading", "weak"),
    [("A1", False), ("C3", False), ("D1", True), ("F1", True), ("A4", True), ("B6", True)],
)
def test_weak_grading_rule(grading, weak):
    assert is_weak(grading[0], grading[1]) is weak


def test_one_strong_item_among_weak_ones_makes_an_element_supported(rakhine):
    with rakhine.book.session() as s:
        case = s.get(Case, rakhine.case_id)
        add_tag(
            s, case, "7(1)(d)/3", "corroborating", segment_id=rakhine.t1[0],
            reliability="C", credibility="3",
        )  # fmt: skip
        s.commit()
    assert _row(_matrix(rakhine, [rakhine.deportation]).charges[0], "7(1)(d)/3").status == (
        "supported"
    )


def test_json_form_is_plain_data(rakhine):
    document = json.loads(json.dumps(_matrix(rakhine).to_dict()))
    first = document["charges"][0]
    assert first["crime"]["id"] == "7(1)(d)"
    assert first["context"][0]["status"] == "contested"
    assert first["perpetrators"][0]["pseudonym"] == "P-001"
    assert first["elements"][0]["supporting"]["direct"][0]["citation"] == "W-001, para. 1"


def test_unknown_charge_is_refused(rakhine):
    with rakhine.book.session() as s, pytest.raises(NotFound, match="no charge"):
        coverage(s, s.get(Case, rakhine.case_id), ["0000000000"])


def test_a_charge_whose_crime_left_the_taxonomy_is_shown_without_rows(rakhine):
    from casebook.core.models import Charge

    with rakhine.book.session() as s:
        s.add(Charge(case_id=rakhine.case_id, crime_id="7(1)(q)", taxonomy_version="old/0"))
        s.commit()
    stale = _matrix(rakhine).charges[-1]
    assert (stale.known, stale.crime_title, list(stale.rows())) == (False, "7(1)(q)", [])


def test_the_false_gap_a_tagged_passage_outside_the_charges_incident_is_not_counted(rakhine):
    """Issue 15: a charge resting on an incident showed "gap" for an element whose passage
    was tagged, because the statement was not linked to that incident. It must say so, with
    the fix, and the fix must bring the passage in."""
    from casebook.core.analysis import get_charge, link_incidents
    from casebook.core.models import Incident
    from casebook.core.records.records import set_incident_link

    with rakhine.book.session() as s:
        case = s.get(Case, rakhine.case_id)
        charge = add_charge(s, case, "7(1)(a)", perpetrators=[(rakhine.soldier, "28(a)")])
        link_incidents(s, case, get_charge(s, case, charge.id), [rakhine.river])
        s.commit()
        charge_id = charge.id
    row = _row(_matrix(rakhine, [charge_id]).charges[0], "7(1)(a)/1")
    # W-003's E5 passage is tagged, but W-003's statement concerns village B, not the river;
    # W-001's B1 passage names P-001, who is not charged here.
    assert row.status == "gap" and not row.supporting_items
    reasons = {(n.item.label, n.scope): n for n in row.not_counted}
    assert set(reasons) == {("W-003, para. 2", "incident"), ("W-001, para. 4", "perpetrator")}
    out = reasons[("W-003, para. 2", "incident")]
    assert str(out.because) == (
        "its statement is not linked to incident 'Killings at the river bank', "
        "on which this charge rests"
    )
    [fix] = out.fixes
    assert (fix.kind, fix.incident_id) == ("testimony", rakhine.river)
    assert str(fix.label) == "Link the statement to incident 'Killings at the river bank'"
    by_perpetrator = reasons[("W-001, para. 4", "perpetrator")]
    assert "P-001" in str(by_perpetrator.because) and not by_perpetrator.fixes
    assert row.to_dict()["not_counted"][0]["because"]

    # The fix, through the records API the incident's "Concerns" list uses.
    with rakhine.book.session() as s:
        set_incident_link(s, s.get(Incident, fix.incident_id), fix.kind, fix.record_id, True)
        s.commit()
    row = _row(_matrix(rakhine, [charge_id]).charges[0], "7(1)(a)/1")
    assert [i.label for i in row.supporting_items] == ["W-003, para. 2"]
    assert row.status == "weak"
    assert [n.scope for n in row.not_counted] == ["perpetrator"]


def test_an_exhibit_outside_a_charge_with_two_incidents_offers_a_link_to_each(rakhine):
    row = _row(_matrix(rakhine, [rakhine.deportation]).charges[0], "28(a)/4", "P-001")
    # The village B photo names nobody; deportation rests on village A and the river.
    assert row.status == "gap"
    [out] = row.not_counted
    assert out.item.material.kind == "evidence" and out.scope == "incident"
    assert "any of the incidents this charge rests on" in str(out.because)
    assert {f.incident_id for f in out.fixes} == {rakhine.village_a, rakhine.river}
    assert all(f.kind == "evidence" and f.record_id == rakhine.photo_other for f in out.fixes)


def test_material_withheld_from_a_recipient_is_listed_with_the_reason(rakhine):
    with rakhine.book.session() as s:
        case = s.get(Case, rakhine.case_id)
        matrix = coverage(
            s,
            case,
            [rakhine.persecution],
            leave_out=lambda ref: "W-002 withdrew consent" if ref.kind == "passage" else None,
        )
    row = _row(matrix.charges[0], "7(1)(h)/3")
    assert row.status == "gap"
    [out] = row.not_counted
    assert out.scope == "consent"
    assert str(out.because) == "it is withheld from this recipient: W-002 withdrew consent"
    # The matrix for a recipient may reach them: its plain form cites none of it.
    assert row.to_dict()["not_counted"] == [
        {"scope": "consent", "because": "tagged material withheld from this recipient "
         "(consent) is not counted"}
    ]  # fmt: skip
    assert "W-002" not in json.dumps(matrix.to_dict())
