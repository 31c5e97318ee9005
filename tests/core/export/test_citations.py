"""Live citations: tokens in authored text print with this bundle's numbers, never left-out
material; bad tokens are flagged in the plan."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casebook.core.export.citations import (
    case_citation_problems,
    citation_problems,
    render_citations,
    token,
)
from casebook.core.export.plan import ExportRequest, plan_export
from casebook.core.models import Charge, EvidenceItem, Incident, Person, Testimony
from casebook.core.phrase import Phrase
from casebook.core.records.cases import case_by_reference
from casebook.core.records.sections import set_section
from casebook.core.records.testimonies import new_version

from .conftest import ICC_ONLY_TOKEN, REAL_NAMES, WITHDRAWN_TOKEN, CaseFixture


def _plan(session, fx: CaseFixture, language: str = "en", addressee: str = "gba"):
    return plan_export(session, ExportRequest(fx.reference, "all", addressee, language, "filing"))


def _testimony(session, fx: CaseFixture, language: str) -> Testimony:
    case = case_by_reference(session, fx.reference)
    return session.scalars(
        select(Testimony).where(Testimony.case_id == case.id, Testimony.language == language)
    ).one()


def _marked(session, fx: CaseFixture, marker: str) -> Testimony:
    case = case_by_reference(session, fx.reference)
    rows = session.scalars(select(Testimony).where(Testimony.case_id == case.id))
    return next(t for t in rows if marker in t.segments[0].text)


def _incident(session, title: str) -> Incident:
    return session.scalars(select(Incident).where(Incident.title == title)).one()


def _item(session, title: str) -> EvidenceItem:
    return session.scalars(select(EvidenceItem).where(EvidenceItem.title == title)).one()


def test_each_kind_renders_with_the_numbers_of_the_bundle(case_fixture):
    with case_fixture.book.session() as s:
        lao = _testimony(s, case_fixture, "lo")
        photo = _item(s, "Burned houses in Ban Nakham")
        burning = _incident(s, "Burning of Ban Nakham")
        witness = s.get(Person, lao.witness_id)
        plan = _plan(s, case_fixture)
        statement = plan.statement_of(lao.id)
        text = (
            f"As {token('person', witness.id[:8])} says at "
            f"{token('passage', lao.lineage_id[:8] + '/2')}, the village burned "
            f"({token('exhibit', photo.lineage_id[:8])}; {token('incident', burning.id[:8])})."
        )
        expected = (
            f"As {witness.pseudonym} says at {statement.who} para. 2, the village burned "
            f"(Exhibit {plan.exhibit_number(photo)}; Facts no. {plan.incident_number(burning)})."
        )
        assert render_citations(text, plan) == expected
        assert citation_problems(text, plan) == []


def test_german_bundle_cites_in_german(case_fixture):
    with case_fixture.book.session() as s:
        lao = _testimony(s, case_fixture, "lo")
        photo = _item(s, "Burned houses in Ban Nakham")
        burning = _incident(s, "Burning of Ban Nakham")
        plan = _plan(s, case_fixture, "de")
        who = plan.statement_of(lao.id).who
        text = (
            f"{token('passage', lao.lineage_id[:8] + '/1')} "
            f"{token('exhibit', photo.id[:10])} {token('incident', burning.id[:6])}"
        )
        assert render_citations(text, plan) == (
            f"{who} Rn. 1 Anlage {plan.exhibit_number(photo)} "
            f"Sachverhalt Nr. {plan.incident_number(burning)}"
        )


def test_a_passage_survives_a_new_version_of_the_statement(case_fixture):
    with case_fixture.book.session() as s:
        lao = _testimony(s, case_fixture, "lo")
        lineage, old_segment = lao.lineage_id, lao.segments[1].id
        successor = new_version(s, lao)
        s.commit()
        plan = _plan(s, case_fixture)
        assert plan.statement_of(successor.id) is not None
        who = plan.statement_of(successor.id).who
        # By lineage and paragraph, and by the id of a passage of the older version.
        for text in (token("passage", lineage[:8] + "/2"), token("passage", old_segment[:8])):
            assert render_citations(text, plan) == f"{who} para. 2"
            assert citation_problems(text, plan) == []


def test_left_out_material_never_prints_and_is_flagged(case_fixture):
    with case_fixture.book.session() as s:
        withdrawn = _marked(s, case_fixture, WITHDRAWN_TOKEN)
        icc_only = _marked(s, case_fixture, ICC_ONLY_TOKEN)
        plan = _plan(s, case_fixture)
        for testimony in (withdrawn, icc_only):
            for text in (
                token("passage", testimony.lineage_id[:8] + "/1"),
                token("passage", testimony.segments[0].id[:8]),
            ):
                rendered = render_citations(f"See {text}.", plan)
                assert rendered == "See [reference withheld]."
                problems = [str(p) for p in citation_problems(text, plan)]
                assert len(problems) == 1 and "left out of this bundle" in problems[0]
                assert WITHDRAWN_TOKEN not in problems[0] and ICC_ONLY_TOKEN not in problems[0]
        de = _plan(s, case_fixture, "de")
        assert render_citations(token("passage", withdrawn.id[:8] + "/1"), de) == (
            "[Verweis zurückgehalten]"
        )


def test_material_of_the_case_outside_the_bundle_is_withheld_not_unknown(case_fixture):
    with case_fixture.book.session() as s:
        case = case_by_reference(s, case_fixture.reference)
        stray = Incident(case_id=case.id, title="Not linked to the charge")
        s.add(stray)
        s.flush()
        plan = _plan(s, case_fixture)
        text = token("incident", stray.id[:8])
        assert render_citations(text, plan) == "[reference withheld]"
        assert "not in this bundle" in str(citation_problems(text, plan)[0])


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[[passage:ffffffff/1]]", "no statement of this case"),
        ("[[passage:LINEAGE/99]]", "no paragraph 99"),
        ("[[passage:abc]]", "at least six characters"),
        ("[[exhibit:ffffffff]]", "no evidence item"),
        ("[[incident:ffffffff]]", "no incident"),
        ("[[person:ffffffff]]", "no person"),
        ("[[person:Z-999]]", "no person"),
        ("[[person:Somchai]]", "by pseudonym"),
        ("[[exhbit:12345678]]", "not a kind of citation"),
        ("[[passage:]]", "at least six characters"),
        ("[[exhibit:ünï¢ødé]]", "at least six characters"),
    ],
)
def test_unknown_and_malformed_tokens_print_neutrally_and_are_flagged(case_fixture, text, problem):
    with case_fixture.book.session() as s:
        lao = _testimony(s, case_fixture, "lo")
        text = text.replace("LINEAGE", lao.lineage_id[:8])
        plan = _plan(s, case_fixture)
        assert render_citations(f"a {text} b", plan) == "a [reference not found] b"
        problems = [str(p) for p in citation_problems(text, plan)]
        assert len(problems) == 1 and problem in problems[0]
        assert "Somchai" not in problems[0] and "ünï" not in problems[0]


def test_a_person_is_cited_by_pseudonym_only_never_by_name(case_fixture):
    with case_fixture.book.session() as s:
        case = case_by_reference(s, case_fixture.reference)
        plan = _plan(s, case_fixture)
        people = s.scalars(select(Person).where(Person.case_id == case.id)).all()
        text = " ".join(token("person", p.id[:8]) for p in people)
        rendered = render_citations(text, plan)
        assert not any(name in rendered for name in REAL_NAMES)
        for person in people:
            if person.id in plan.disclosure.persons_withheld:
                assert person.pseudonym not in rendered.split()
            else:
                assert person.pseudonym in rendered.split()
                assert render_citations(token("person", person.pseudonym), plan) == (
                    person.pseudonym
                )


def test_text_without_tokens_and_lookalikes_are_left_alone(case_fixture):
    with case_fixture.book.session() as s:
        plan = _plan(s, case_fixture)
        for text in ("", "plain text", "[single:brackets]", "[[unclosed:12345678", "[[]]"):
            assert render_citations(text, plan) == text
            assert citation_problems(text, plan) == []


def test_bad_citations_in_sections_are_listed_in_the_plan(case_fixture):
    with case_fixture.book.session() as s:
        case = case_by_reference(s, case_fixture.reference)
        withdrawn = _marked(s, case_fixture, WITHDRAWN_TOKEN)
        set_section(s, case, "summary", f"See {token('passage', withdrawn.id[:8] + '/1')}.")
        set_section(
            s,
            case,
            "legal_argument",
            "Also [[exhibit:ffffffff]] and [[exhibit:ffffffff]] again.",
            charge_id=case_fixture.charge_id,
        )
        s.commit()
        plan = _plan(s, case_fixture)
        cited = [entry for entry in plan.left_out if entry.what == "citation"]
        assert [entry.label for entry in cited] == [
            "section summary",
            f"section legal_argument {case_fixture.charge_id[:8]}",
        ]
        assert "left out of this bundle" in cited[0].reason
        assert "no evidence item" in cited[1].reason
        lines = [str(line) for line in plan.summary_lines()]  # Phrases; str() is the English
    assert any("citation" in line or "section summary" in line for line in lines)


def test_section_texts_are_in_the_font_check_and_the_name_review(case_fixture):
    with case_fixture.book.session() as s:
        case = case_by_reference(s, case_fixture.reference)
        set_section(s, case, "summary", f"{REAL_NAMES[1]} saw the village burn.")
        other = Charge(case_id=case.id, crime_id="7(1)(a)", taxonomy_version="x")
        s.add(other)
        s.flush()
        set_section(s, case, "legal_argument", "Not exported.", charge_id=other.id)
        s.commit()
        plan = plan_export(
            s, ExportRequest(case_fixture.reference, [case_fixture.charge_id], "gba", "en")
        )
        assert any(REAL_NAMES[1] in text for text in plan.texts())
        assert "Not exported." not in plan.texts()
        found = [e for e in plan.left_out if e.what == "name" and e.label == "section summary"]
        assert len(found) == 1 and "printed as W-" in found[0].reason


def test_while_writing_only_tokens_that_name_nothing_are_reported(case_fixture):
    with case_fixture.book.session() as s:
        case = case_by_reference(s, case_fixture.reference)
        withdrawn = _marked(s, case_fixture, WITHDRAWN_TOKEN)  # exists: the plan decides
        lao = _testimony(s, case_fixture, "lo")
        photo = _item(s, "Burned houses in Ban Nakham")
        text = (
            f"{token('passage', withdrawn.lineage_id[:8] + '/1')} [[exhibit:ffffffff]] "
            f"{token('passage', lao.lineage_id[:8] + '/99')} [[person:V-999]] "
            f"{token('exhibit', photo.id[:8])} {token('passage', lao.segments[0].id[:8])}"
        )
        problems = [str(p) for p in case_citation_problems(s, case, text)]
        assert len(problems) == 3
        assert "no evidence item" in problems[0]
        assert "no paragraph 99" in problems[1]
        assert "no person" in problems[2]
        assert case_citation_problems(s, case, "no tokens") == []


def test_a_passage_of_an_older_version_that_reads_differently_now_is_flagged(case_fixture):
    with case_fixture.book.session() as s:
        lao = _testimony(s, case_fixture, "lo")
        old_first, old_second = lao.segments[0].id, lao.segments[1].id
        texts = [seg.text for seg in lao.segments]
        successor = new_version(s, lao, [texts[0], "A paragraph added in between.", *texts[1:]])
        s.commit()
        plan = _plan(s, case_fixture)
        who = plan.statement_of(successor.id).who
        unchanged, moved = token("passage", old_first[:8]), token("passage", old_second[:8])
        assert render_citations(unchanged, plan) == f"{who} para. 1"
        assert citation_problems(unchanged, plan) == []
        assert render_citations(moved, plan) == f"{who} para. 2"
        problems = [str(p) for p in citation_problems(moved, plan)]
        assert len(problems) == 1 and "reads differently now" in problems[0]


def test_problems_are_phrases_whose_english_is_the_sentence_the_command_line_prints(case_fixture):
    """The GUI translates a problem (its template and fields); str() stays the English."""
    with case_fixture.book.session() as s:
        case = case_by_reference(s, case_fixture.reference)
        stray = Incident(case_id=case.id, title="Not linked to the charge")
        s.add(stray)
        s.flush()
        withdrawn = _marked(s, case_fixture, WITHDRAWN_TOKEN)
        plan = _plan(s, case_fixture)
        key = withdrawn.lineage_id[:8] + "/1"
        text = f"{token('incident', stray.id[:8])} {token('passage', key)} [[exhbit:12345678]]"
        problems = citation_problems(text, plan)
        assert all(isinstance(p, Phrase) for p in problems)
        assert [str(p) for p in problems[::2]] == [
            f"[[incident:{stray.id[:8]}]]: the incident is not in this bundle (the charges "
            "exported do not rest on it; export the charge that does, or remove the citation); "
            "it prints as [reference withheld]",
            "[[…:12345678]]: 'exhbit' is not a kind of citation; use one of passage, exhibit, "
            "incident, person",
        ]
        left_out = problems[1].fields["reason"]
        assert left_out.template == (
            "the statement is left out of this bundle ({why}); it prints as {withheld}"
        )
        why = left_out.fields["why"]
        assert isinstance(why, Phrase)  # the consent reason is translated too
        assert str(problems[1]) == (
            f"[[passage:{key}]]: the statement is left out of this bundle ({why}); it prints "
            "as [reference withheld]"
        )
        assert [str(p) for p in case_citation_problems(s, case, "[[exhibit:ffffffff]]")] == [
            "[[exhibit:ffffffff]]: no evidence item of this case has this id; pick it again"
        ]
