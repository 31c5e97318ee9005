"""Tagging material with elements: what is stored, and every refusal with its sentence."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casebook.core.analysis import (
    DuplicateTag,
    InvalidTag,
    NotAPerpetrator,
    TargetNotFound,
    UnknownElement,
    add_tag,
    conflicts_in,
    remove_tag,
    tags_for,
)
from casebook.core.errors import NotFound
from casebook.core.models import AuditEntry, Case, EvidenceItem, Incident, Segment, Setting, Tag
from casebook.core.models import Testimony as TestimonyModel
from casebook.core.records import cases, persons, testimonies
from casebook.core.taxonomy import TAXONOMY_VERSION


def _case(session, rakhine) -> Case:
    return session.get(Case, rakhine.case_id)


def test_a_passage_range_is_tagged_with_who_when_and_grading(rakhine):
    with rakhine.book.session() as s:
        result = add_tag(
            s, _case(s, rakhine), "7(1)(h)/2", "Direct", segment_id=rakhine.t1[0],
            char_range=(5, 12), reliability="b", credibility=2, note="ဘင်္ဂလား",
            perpetrator_id=rakhine.commander,
        )  # fmt: skip
        s.commit()
        tag = s.get(Tag, result.tag.id)
    assert (tag.element_kind, tag.element_id, tag.support) == ("crime", "7(1)(h)/2", "direct")
    assert (tag.char_start, tag.char_end) == (4, 13)  # widened to whole clusters
    assert (tag.source_reliability, tag.info_credibility) == ("B", "2")
    assert tag.created_by == rakhine.book.actor_id and tag.created_at is not None
    assert tag.taxonomy_version == TAXONOMY_VERSION and tag.status == "active"
    assert tag.perpetrator_id == rakhine.commander and tag.note == "ဘင်္ဂလား"
    assert result.conflicts == ()
    assert rakhine.book.setting("taxonomy_version") == TAXONOMY_VERSION


def test_the_first_tag_records_the_casebooks_taxonomy_version(book):
    assert book.setting("taxonomy_version") is None
    with book.session() as s:
        case = cases.add_case(s, "Case", "X-1")
        testimony = testimonies.add_testimony(s, case, ["A passage."])
        add_tag(s, case, "7(1)(a)/1", "direct", segment_id=testimony.segments[0].id)
        s.commit()
    assert book.setting("taxonomy_version") == TAXONOMY_VERSION


def test_contextual_and_liability_elements_are_stored_with_their_kind(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        via_crime = add_tag(s, case, "7(1)(h)/5", "direct", incident_id=rakhine.river)
        via_context = add_tag(s, case, "genocide_pattern/1", "direct", incident_id=rakhine.river)
        liability = add_tag(s, case, "28(a)/3", "circumstantial", evidence_id=rakhine.photo)
        assert (via_crime.tag.element_kind, via_crime.tag.element_id) == (
            "context",
            "cah_attack/1",
        )
        assert (via_context.tag.element_kind, via_context.tag.element_id) == (
            "context",
            "genocide_pattern/1",
        )
        assert (liability.tag.element_kind, liability.tag.element_id) == ("liability", "28(a)/3")
        assert liability.element.verified is False  # case-law wording, not checked
        # The same attack tagged under another crime's number is the same tag: a duplicate.
        with pytest.raises(DuplicateTag):
            add_tag(s, case, "7(1)(a)/2", "direct", incident_id=rakhine.river)


def test_an_unknown_element_is_named_in_the_error(rakhine):
    with rakhine.book.session() as s, pytest.raises(UnknownElement) as error:
        add_tag(s, _case(s, rakhine), "7(1)(d)/9", "direct", evidence_id=rakhine.photo)
    assert "'7(1)(d)/9'" in str(error.value) and TAXONOMY_VERSION in str(error.value)
    assert "casebook taxonomy --show" in str(error.value)


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"support": "proves"}, "support", "direct, circumstantial"),
        ({"reliability": "G"}, "reliability", "A (completely reliable)"),
        ({"credibility": "7"}, "credibility", "1 (confirmed)"),
        ({"char_range": (0, 10_000)}, "range", "characters"),
        ({"char_range": (8, 8)}, "range", "START < END"),
        ({"char_range": (-1, 3)}, "range", "0 ≤ START"),
    ],
)
def test_bad_grading_or_range_is_refused_with_a_sentence(rakhine, kwargs, field, words):
    args = {"support": "direct", "segment_id": rakhine.t2[0], **kwargs}
    with rakhine.book.session() as s, pytest.raises(InvalidTag) as error:
        add_tag(s, _case(s, rakhine), "7(1)(d)/1", **args)
    assert error.value.location == field and words in str(error.value)
    assert "Soldiers" not in str(error.value)  # no testimony text in messages


def test_the_range_is_checked_against_the_passage_length_in_characters(rakhine):
    burmese = rakhine.t1[3]
    with rakhine.book.session() as s:
        length = len(s.get(Segment, burmese).text)
        add_tag(s, _case(s, rakhine), "7(1)(a)/1", "direct", segment_id=burmese,
                char_range=(0, length))  # fmt: skip
        with pytest.raises(InvalidTag, match=f"has {length} characters"):
            add_tag(s, _case(s, rakhine), "7(1)(a)/1", "direct", segment_id=burmese,
                    char_range=(0, length + 1))  # fmt: skip


def test_exactly_one_target_and_ranges_only_on_passages(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        with pytest.raises(InvalidTag, match="exactly one"):
            add_tag(s, case, "7(1)(d)/1", "direct")
        with pytest.raises(InvalidTag, match="exactly one"):
            add_tag(s, case, "7(1)(d)/1", "direct", evidence_id=rakhine.photo,
                    incident_id=rakhine.river)  # fmt: skip
        with pytest.raises(InvalidTag, match="only be given for a passage"):
            add_tag(s, case, "7(1)(d)/1", "direct", evidence_id=rakhine.photo, char_range=(0, 1))


def test_material_of_another_case_or_deleted_is_refused(rakhine):
    book = rakhine.book
    with book.session() as s:
        other = cases.add_case(s, "Another case", "MM-2017-NR-002")
        stranger = testimonies.add_testimony(s, other, ["one", "two"])
        gone_id = stranger.segments[1].id
        testimonies.replace_segments(stranger, ["one"])  # the second passage is deleted
        s.commit()
        case = _case(s, rakhine)
        with pytest.raises(TargetNotFound) as error:
            add_tag(s, case, "7(1)(d)/1", "direct", segment_id=stranger.segments[0].id)
        assert "in case MM-2017-NR-001" in str(error.value) and "deleted" in str(error.value)
        with pytest.raises(TargetNotFound):
            add_tag(s, case, "7(1)(d)/1", "direct", segment_id=gone_id)
        with pytest.raises(TargetNotFound):
            add_tag(s, other, "7(1)(d)/1", "direct", evidence_id=rakhine.photo)
        with pytest.raises(TargetNotFound):
            add_tag(s, other, "7(1)(d)/1", "direct", incident_id=rakhine.river)


def test_ids_may_be_given_as_unique_prefixes(rakhine):
    with rakhine.book.session() as s:
        result = add_tag(s, _case(s, rakhine), "7(1)(h)/4", "direct",
                         evidence_id=rakhine.photo[:8])  # fmt: skip
        assert result.tag.evidence_id == rakhine.photo
        with pytest.raises(TargetNotFound):
            add_tag(s, _case(s, rakhine), "7(1)(h)/4", "direct", evidence_id=rakhine.photo[:3])


def test_a_perpetrator_must_be_an_alleged_perpetrator_of_the_case(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        with pytest.raises(NotAPerpetrator) as error:
            add_tag(s, case, "28(a)/1", "direct", segment_id=rakhine.t1[2],
                    perpetrator_id=rakhine.victim)  # fmt: skip
        assert "V-001 is not recorded as an alleged perpetrator" in str(error.value)
        assert "roles: victim" in str(error.value)
        other = cases.add_case(s, "Another case", "MM-2017-NR-002")
        outsider = persons.add_person(s, other, ["alleged_perpetrator"])
        with pytest.raises(NotAPerpetrator, match="No person of case MM-2017-NR-001"):
            add_tag(s, case, "28(a)/1", "direct", segment_id=rakhine.t1[2],
                    perpetrator_id=outsider.id)  # fmt: skip


def test_an_exact_duplicate_is_refused_but_variations_are_kept(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        with pytest.raises(DuplicateTag, match="already tagged to 7\\(1\\)\\(d\\)/1 as direct"):
            add_tag(s, case, "7(1)(d)/1", "direct", segment_id=rakhine.t1[0], char_range=(0, 20))
        # Another range, another perpetrator or another kind of support is a new tag.
        add_tag(s, case, "7(1)(d)/1", "direct", segment_id=rakhine.t1[0], char_range=(0, 30))
        add_tag(s, case, "7(1)(d)/1", "direct", segment_id=rakhine.t1[0], char_range=(0, 20),
                perpetrator_id=rakhine.soldier)  # fmt: skip
        add_tag(s, case, "7(1)(d)/1", "circumstantial", segment_id=rakhine.t1[0],
                char_range=(0, 20))  # fmt: skip
        assert len(tags_for(s, s.get(Segment, rakhine.t1[0]))) == 4


def test_support_and_contradiction_on_the_same_material_are_kept_as_a_conflict(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        add_tag(s, case, "7(1)(d)/1", "direct", evidence_id=rakhine.press_release)
        result = add_tag(s, case, "7(1)(d)/1", "contradicting", evidence_id=rakhine.press_release)
        assert len(result.conflicts) == 1
        conflict = result.conflicts[0]
        assert conflict.target == ("evidence", rakhine.press_release)
        assert [t.support for t in conflict.supporting] == ["direct"]
        assert [t.id for t in conflict.contradicting] == [result.tag.id]
        everywhere = conflicts_in(s, case)
        assert {(c.target, c.element_id) for c in everywhere} == {
            (("passage", rakhine.t2[2]), "cah_attack/2"),
            (("evidence", rakhine.press_release), "7(1)(d)/1"),
        }


def test_tags_of_a_record_and_removal_is_audited(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        on_release = tags_for(s, s.get(EvidenceItem, rakhine.press_release))
        assert [t.element_id for t in on_release] == ["7(1)(d)/2", "cah_attack/1"]
        statement = tags_for(s, s.get(TestimonyModel, rakhine.t1_id))
        assert [t.element_id for t in statement] == [
            "28(a)/1",
            "7(1)(a)/1",
            "7(1)(d)/1",
            "cah_attack/1",
        ]
        assert [t.element_id for t in tags_for(s, s.get(Incident, rakhine.village_a))] == [
            "7(1)(h)/1"
        ]
        removed = on_release[0].id
        remove_tag(s, case, removed)
        s.commit()
        assert s.get(Tag, removed) is None
        entry = s.scalar(
            select(AuditEntry).where(AuditEntry.record_id == removed, AuditEntry.action == "delete")
        )
        assert entry is not None and entry.changes["element_id"] == "7(1)(d)/2"
        with pytest.raises(NotFound, match="no tag"):
            remove_tag(s, case, removed)


def test_tags_are_refused_for_another_cases_tag_id(rakhine):
    with rakhine.book.session() as s:
        other = cases.add_case(s, "Another case", "MM-2017-NR-002")
        any_tag = s.scalars(select(Tag)).first()
        with pytest.raises(NotFound):
            remove_tag(s, other, any_tag.id)
        assert s.get(Setting, "taxonomy_version") is not None


def test_a_tag_without_grades_is_ungraded_not_f6(rakhine):
    """ "Not graded" is a state: never stored, listed or printed as F6 ("cannot be judged")."""
    from casebook.core.analysis import coverage

    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        tag = add_tag(s, case, "7(1)(d)/1", "direct", evidence_id=rakhine.photo).tag
        s.commit()
        assert (tag.source_reliability, tag.info_credibility) == ("", "")
        matrix = coverage(s, case)
        items = [
            i
            for charge in matrix.charges
            for row in charge.elements
            for i in row.supporting_items
            if i.tag_id == tag.id
        ]
    assert items and all(i.grading == "" and not i.graded for i in items)
    assert all(i.grading_label == "ungraded" and i.to_dict()["grading"] is None for i in items)
    assert all(i.weak for i in items)  # not strong support until somebody grades it


def test_one_grade_without_the_other_is_refused(rakhine):
    with rakhine.book.session() as s, pytest.raises(InvalidTag) as error:
        add_tag(s, _case(s, rakhine), "7(1)(d)/1", "direct", evidence_id=rakhine.photo,
                reliability="B")  # fmt: skip
    assert error.value.location == "credibility" and "or neither" in str(error.value)


def test_a_range_cutting_a_burmese_syllable_is_widened_to_whole_clusters(rakhine):
    with rakhine.book.session() as s:
        segment = s.get(Segment, rakhine.t1[0])
        text = segment.text
        inside = next(i for i, ch in enumerate(text) if i and ch in "ါာိီုူေဲံ့း်ျြွှ")
        tag = add_tag(s, _case(s, rakhine), "7(1)(h)/2", "direct", segment_id=segment.id,
                      char_range=(inside, inside + 1)).tag  # fmt: skip
        assert tag.char_start < inside and tag.char_end > inside
        quote = text[tag.char_start : tag.char_end]
    assert quote[0] not in "ါာိီုူေဲံ့း်ျြွှ" and quote[-1] not in "ျြွှ"
