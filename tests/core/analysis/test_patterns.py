"""Pattern counts on the 60-incident fixture (tests/core/analysis/pattern_case.py): every
count is known by construction, filters combine, uncertain dates are spans, gaps are counted."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casebook.core.analysis import coverage
from casebook.core.analysis.patterns import (
    PatternFilter,
    cite_pattern,
    incident_span,
    pattern_counts_text,
    patterns,
    save_pattern,
    saved_filter,
)
from casebook.core.errors import ValidationError
from casebook.core.models import AuditEntry, Case, SavedPattern


def _load(name: str):
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build_pattern_case = _load("pattern_case").build_pattern_case


@pytest.fixture
def pattern_case(book):
    return build_pattern_case(book)


def _result(book, pc, **filters):
    with book.session() as s:
        return patterns(s, PatternFilter(case_ids=(pc.case_id,), **filters))


def test_incidents_over_time_count_spans_as_possible_never_as_points(book, pattern_case):
    result = _result(book, pattern_case)
    assert result.incident_count == 60
    months = {m.month: (m.certain.value, m.possible.value) for m in result.months}
    assert list(months) == [f"2017-{n:02d}" for n in range(1, 13)]
    assert months["2017-08"] == (10, 4)
    assert months["2017-09"] == (4, 4)
    assert all(months[f"2017-{n:02d}"] == (4, 1) for n in (1, 2, 3, 4, 5, 6, 7, 10, 11, 12))
    assert result.lacking_date.value == 2
    assert set(result.lacking_date.record_ids) == set(pattern_case.incidents[58:60])
    # The year-long incident is possible in every month and certain in none.
    year_long = pattern_case.incidents[57]
    assert all(year_long in m.possible.record_ids for m in result.months)
    assert not any(year_long in m.certain.record_ids for m in result.months)
    assert sum(m.certain.value for m in result.months) == 54  # each certain incident once
    assert len(result.spans) == 58


def test_places_and_coordinates(book, pattern_case):
    result = _result(book, pattern_case)
    assert [(r.label, r.value) for r in result.places.rows] == [
        ("Maungdaw", 24),
        ("Buthidaung", 18),
        ("Rathedaung", 12),
        ("Sittwe", 3),
    ]
    assert result.places.lacking.value == 3
    assert len(result.points) == 54
    assert result.lacking_coordinates.value == 6
    assert str(result.places.counts_what) == "incidents"


def test_victim_groups_count_persons_once_and_report_gaps(book, pattern_case):
    result = _result(book, pattern_case)

    def table(key):
        facet = result.group(key)
        return {r.label: r.value for r in facet.rows}, facet.lacking.value

    assert table("ethnicity") == ({"Rohingya": 14, "Kaman": 1}, 1)
    assert table("religion") == ({"Muslim": 12, "Hindu": 1}, 3)
    assert table("sex_gender") == ({"f": 9, "m": 7}, 0)
    assert table("age_group") == ({"adult": 14, "child": 1}, 1)
    assert result.incidents_without_victims.value == 45
    assert str(result.group("ethnicity").counts_what) == "victims recorded (persons)"
    kaman = result.group("ethnicity").row("Kaman")
    assert kaman.record_ids == (pattern_case.victims[14],)
    assert kaman.incident_ids == (pattern_case.incidents[56],)
    # V-016 is linked to two incidents and counted once; both incidents open from the row.
    rohingya = result.group("ethnicity").row("Rohingya")
    assert pattern_case.victims[15] in rohingya.record_ids
    assert len(rohingya.incident_ids) == 13  # incidents 0, 4, ..., 48 (V-016's are among them)


def test_units_and_acts(book, pattern_case):
    result = _result(book, pattern_case)
    assert {r.label: r.value for r in result.units.rows} == {
        "33 LID": 30,
        "99 LID": 25,
        "Border Guard Police": 5,
    }
    assert result.units.lacking.value == 15
    assert {r.label: r.value for r in result.acts.rows} == {
        "7(1)(d)": 30,
        "7(1)(a)": 20,
        "7(1)(h)": 5,
    }
    assert result.acts.lacking.value == 19  # the contradicting 7(1)(k) tag counts for nothing
    assert pattern_case.incidents[7] in result.acts.lacking.record_ids


def test_filters_combine(book, pattern_case):
    pc = pattern_case
    assert _result(book, pc, admin_areas=("Maungdaw",), acts=("7(1)(d)",)).incident_count == 12
    august = _result(book, pc, date_from="2017-08", date_to="2017-08")
    assert august.incident_count == 14  # 4 exact + 6 month + 3 ranges + the year
    assert august.lacking_date.value == 0  # undated incidents cannot overlap a period
    early = _result(book, pc, units=("33 LID",), date_from="2017-01-01", date_to="2017-03-31")
    assert early.incident_count == 12
    kaman = _result(book, pc, groups=(("ethnicity", "Kaman"),))
    assert kaman.incident_ids == (pc.incidents[56],)
    either = _result(book, pc, admin_areas=("Sittwe", "Rathedaung"))
    assert either.incident_count == 15  # values within a dimension are alternatives
    both = _result(book, pc, acts=("7(1)(h)",), units=("99 LID",))
    assert both.incident_count == 0


def test_case_filter_and_all_cases(book, pattern_case):
    with book.session() as s:
        assert patterns(s).incident_count == 62
        other = patterns(s, PatternFilter(case_ids=(pattern_case.other_case_id,)))
    assert other.incident_count == 2
    assert other.places.row("Maungdaw").value == 2


def test_spans_of_each_precision():
    assert incident_span("exact", "2017-08-27", None).certain_month == "2017-08"
    month = incident_span("month", "2017-02", None)
    assert (month.first, month.last) == (date(2017, 2, 1), date(2017, 2, 28))
    around = incident_span("approximate", "2017-08-31", None)
    assert (around.first, around.last) == (date(2017, 8, 16), date(2017, 9, 15))
    assert around.certain_month is None
    assert incident_span("range", "2017-08-25", None) is None  # open-ended: not bounded
    assert incident_span("exact", "2017-02-30", None) is None  # not a calendar date
    assert incident_span("unknown", None, None) is None


def test_bad_filters_say_what_to_do(book, pattern_case):
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        PatternFilter(date_from="August")
    with pytest.raises(ValidationError, match="ethnicity"):
        PatternFilter(groups=(("eye_colour", "brown"),))
    with book.session() as s, pytest.raises(ValidationError, match="not in this casebook"):
        patterns(s, PatternFilter(case_ids=("no-such-case",)))


def test_filter_round_trips_and_summary_has_no_record_ids(book, pattern_case):
    f = PatternFilter(
        case_ids=(pattern_case.case_id,),
        admin_areas=("Maungdaw",),
        groups=(("religion", "Muslim"),),
    )
    assert PatternFilter.from_dict(f.to_dict()) == f
    with book.session() as s:
        summary = patterns(s, f).summary()
    # Maungdaw incidents with a victim: 0, 12, 20, 32, 40, 52; Muslim victims only on 0-32.
    assert summary["incidents"] == 4
    assert pattern_case.incidents[0] not in repr(summary)


def _save_deportations(book, pc, element_id="cah_attack/1"):
    with book.session() as s:
        saved = save_pattern(
            s,
            s.get(Case, pc.case_id),
            "Deportations in Maungdaw",
            PatternFilter(admin_areas=("Maungdaw",), acts=("7(1)(d)",)),
            element_id=element_id,
        )
        s.commit()
        return saved.id


def test_a_saved_pattern_keeps_its_filter_and_counts_and_is_audited(book, pattern_case):
    pattern_id = _save_deportations(book, pattern_case, element_id="7(1)(h)/5")
    with book.session() as s:
        saved = s.get(SavedPattern, pattern_id)
        # A crime's contextual element is stored as the shared one, as tags are.
        assert saved.element_id == "cah_attack/1"
        assert saved.counts["incidents"] == 12
        assert saved.counts["places"]["rows"] == {"Maungdaw": 12}
        assert saved_filter(saved).case_ids == (pattern_case.case_id,)
        entries = s.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "saved_patterns", AuditEntry.record_id == pattern_id
            )
        ).all()
        assert [e.action for e in entries] == ["create"]
        result = patterns(s, saved_filter(saved))
        assert pattern_counts_text(result).startswith(
            "12 incidents between 2017-01 and 2017-11, in 1 administrative areas, 7 victims"
        )


def test_patterns_are_cited_only_for_contextual_elements(book, pattern_case):
    with book.session() as s:
        case = s.get(Case, pattern_case.case_id)
        for wrong in ("7(1)(d)/1", "25(3)(a)-direct/1", "nonsense"):
            with pytest.raises(ValidationError, match="only for a contextual element"):
                save_pattern(s, case, "x", PatternFilter(), element_id=wrong)
        with pytest.raises(ValidationError, match="title"):
            save_pattern(s, case, "  ", PatternFilter())


def test_a_cited_pattern_is_material_of_the_context_row_without_changing_its_status(
    book, pattern_case
):
    def context_rows():
        with book.session() as s:
            matrix = coverage(s, s.get(Case, pattern_case.case_id))
        return {r.element_id: r for r in matrix.charges[0].context}

    before = context_rows()
    pattern_id = _save_deportations(book, pattern_case)
    after = context_rows()
    row = after["cah_attack/1"]
    assert [p.pattern_id for p in row.patterns] == [pattern_id]
    assert str(row.patterns[0].label) == "Pattern: Deportations in Maungdaw (12 incidents)"
    assert tuple(map(str, row.patterns[0].filter_lines)) == (
        "administrative area: Maungdaw",
        "crime tagged or charged: 7(1)(d)",
    )
    assert row.status == before["cah_attack/1"].status
    assert not after["cah_attack/2"].patterns
    assert row.to_dict()["patterns"][0]["counts"]["incidents"] == 12
    with book.session() as s:
        cite_pattern(s, s.get(SavedPattern, pattern_id), None)
        s.commit()
    assert not context_rows()["cah_attack/1"].patterns
