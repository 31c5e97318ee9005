"""Authored sections: written per slot, versioned, audited, refused when they do not fit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casebook.core.errors import NotFound, ValidationError
from casebook.core.integrity.record_binding import binding_problems
from casebook.core.models import AuditEntry, AuthoredSection, Case
from casebook.core.records.sections import (
    CASE_SECTION_KINDS,
    MAX_SECTION_CHARS,
    element_ids_of,
    import_sections,
    load_sections,
    section_history,
    set_section,
)


def _case(session, rakhine) -> Case:
    return session.get(Case, rakhine.case_id)


def test_case_kinds_are_the_eight_in_document_order():
    assert CASE_SECTION_KINDS == (
        "complainants",
        "counsel",
        "summary",
        "jurisdiction",
        "reasons_to_act",
        "other_mechanisms",
        "investigative_measures",
        "closing_requests",
    )


def test_nothing_written_reads_as_empty(rakhine):
    with rakhine.book.session() as s:
        sections = load_sections(s, _case(s, rakhine))
        assert not sections
        assert all(sections.case(kind) == "" for kind in CASE_SECTION_KINDS)
        assert sections.charge(rakhine.deportation) == ""
        assert sections.element(rakhine.deportation, "7(1)(d)/1") == ""
        with pytest.raises(ValidationError, match="no section kind"):
            sections.case("summery")


def test_sections_of_case_charge_and_element_read_back(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        set_section(s, case, "summary", "What happened in August 2017.")
        set_section(s, case, "jurisdiction", "§ 1 VStGB: Weltrechtsprinzip.")
        set_section(
            s, case, "legal_argument", "Deportation argued.", charge_id=rakhine.deportation[:8]
        )
        set_section(
            s,
            case,
            "element_argument",
            "Forcibly displaced.",
            charge_id=rakhine.deportation,
            element_id="7(1)(d)/1",
        )
        # A crime's contextual element is kept as the shared context element it restates.
        set_section(
            s,
            case,
            "element_argument",
            "The attack.",
            charge_id=rakhine.deportation,
            element_id="7(1)(d)/4",
        )
        s.commit()
    with rakhine.book.session() as s:
        sections = load_sections(s, _case(s, rakhine))
        assert sections.case("summary") == "What happened in August 2017."
        assert sections.case("jurisdiction") == "§ 1 VStGB: Weltrechtsprinzip."
        assert sections.case("counsel") == ""
        assert sections.charge(rakhine.deportation) == "Deportation argued."
        assert sections.charge(rakhine.murder) == ""
        assert sections.element(rakhine.deportation, "7(1)(d)/1") == "Forcibly displaced."
        assert sections.element(rakhine.deportation, "cah_attack/1") == "The attack."
        assert sections.element(rakhine.deportation, "7(1)(d)/4") == "The attack."
        assert sections.element(rakhine.murder, "7(1)(d)/1") == ""
        assert [slot.kind for slot, _ in sections.texts()] == [
            "summary",
            "jurisdiction",
            "legal_argument",
            "element_argument",
            "element_argument",
        ]


def test_each_save_is_a_new_audited_version_and_history_keeps_the_old(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        first = set_section(s, case, "summary", "First wording.")
        s.commit()
        first_id = first.id
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        second = set_section(s, case, "summary", "Second wording.")
        same = set_section(s, case, "summary", "Second wording.")  # unchanged: no version
        assert same is second
        s.commit()
        assert (second.version, second.supersedes_id) == (2, first_id)
        assert second.lineage_id == first_id
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        history = section_history(s, case, "summary")
        assert [h.text for h in history] == ["First wording.", "Second wording."]
        assert load_sections(s, case).case("summary") == "Second wording."
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "authored_sections")
        ).all()
        assert [e.action for e in entries] == ["create", "create"]
        assert all(e.record_hash for e in entries)
        problems, _ = binding_problems(s)
        assert problems == []


def test_clearing_a_section_is_a_version_too(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        with pytest.raises(ValidationError, match="nothing to save"):
            set_section(s, case, "counsel", "")
        set_section(s, case, "counsel", "Counsel: ECCHR.")
        set_section(s, case, "counsel", "")
        s.commit()
        assert load_sections(s, case).case("counsel") == ""
        assert len(section_history(s, case, "counsel")) == 2


def test_two_heads_of_one_slot_use_the_newer_and_are_reported(rakhine):
    """Two casebooks each wrote a first summary: both arrive, the newer one is current."""
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        older = set_section(s, case, "summary", "Ours.")
        s.flush()
        s.add(
            AuthoredSection(
                case_id=case.id, kind="summary", lineage_id="x" * 36, version=1, text="Theirs."
            )
        )
        s.commit()
        assert older.text == "Ours."
        sections = load_sections(s, case)
        assert sections.case("summary") == "Theirs."
        assert [slot.kind for slot in sections.forked] == ["summary"]


@pytest.mark.parametrize(
    ("kind", "charge", "element", "message"),
    [
        ("summery", None, None, "no section kind 'summery'"),
        ("summary", "CHARGE", None, "belongs to the case"),
        ("legal_argument", None, None, "needs the charge"),
        ("legal_argument", "ffffffff", None, "has no charge with the id 'ffffffff'"),
        ("legal_argument", "CHARGE", "7(1)(d)/1", "element_argument"),
        ("element_argument", "CHARGE", None, "needs the element"),
        ("element_argument", "CHARGE", "7(1)(a)/1", "not an element of this charge"),
        ("element_argument", "CHARGE", "no-such/9", "not an element of this charge"),
    ],
)
def test_wrong_slots_are_refused_with_what_to_do(rakhine, kind, charge, element, message):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        charge_id = rakhine.deportation if charge == "CHARGE" else charge
        with pytest.raises((ValidationError, NotFound), match=message):
            set_section(s, case, kind, "text", charge_id=charge_id, element_id=element)
        assert s.scalars(select(AuthoredSection)).all() == []


def test_elements_offered_for_a_charge_include_context_and_liability(rakhine):
    with rakhine.book.session() as s:
        from casebook.core.models import Charge

        ids = element_ids_of(s.get(Charge, rakhine.deportation))
        assert "7(1)(d)/1" in ids and "cah_attack/1" in ids
        assert "28(a)/1" in ids and "25(3)(a)-direct/1" in ids
        assert "7(1)(d)/4" not in ids  # offered as the context element it restates
        assert not any(i.startswith("7(1)(a)/") for i in ids)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a" * (MAX_SECTION_CHARS + 1), "at most"),
        ("bell \x07 here", "U\\+0007"),
        ("nul \x00 here", "U\\+0000"),
        ("c1 \x85 here", "U\\+0085"),
        ("lone \ud800 surrogate", "lone surrogate"),
    ],
)
def test_text_that_cannot_be_filed_is_refused_without_echoing_it(rakhine, text, message):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        with pytest.raises(ValidationError, match=message) as caught:
            set_section(s, case, "summary", text)
        assert "here" not in str(caught.value)


def test_odd_but_valid_unicode_is_kept_normalised(rakhine):
    decomposed = "Cafe\u0301 ✓ ພາສາລາວ မြန်မာ عربى \u200d 𝔘 line\r\nnext\rlast\ttab"
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        row = set_section(s, case, "summary", decomposed)
        assert row.text.startswith("Café ✓")
        assert "\r" not in row.text and row.text.endswith("line\nnext\nlast\ttab")


def test_a_section_at_the_limit_is_accepted(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        row = set_section(s, case, "summary", "x" * MAX_SECTION_CHARS)
        assert len(row.text) == MAX_SECTION_CHARS


def test_import_writes_all_or_nothing(rakhine):
    good = {
        "sections": [
            {"kind": "summary", "text": "From JSON."},
            {"kind": "legal_argument", "charge": rakhine.murder, "text": "Murder argued."},
            {
                "kind": "element_argument",
                "charge": rakhine.murder,
                "element": "7(1)(a)/1",
                "text": "Killed.",
            },
        ]
    }
    bad = {
        "sections": [
            {"kind": "counsel", "text": "Would be written."},
            {"kind": "nonsense", "text": "x"},
            {"kind": "summary", "text": 5},
            "not an object",
            {"kind": "summary", "text": "a", "extra": 1},
        ]
    }
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        with pytest.raises(ValidationError) as caught:
            import_sections(s, case, bad)
        message = str(caught.value)
        for n in (1, 2, 3, 4):
            assert f"sections[{n}]" in message
        assert "sections[0]" not in message and "Would be written" not in message
        assert s.scalars(select(AuthoredSection)).all() == []
        written = import_sections(s, case, good)
        assert len(written) == 3
        assert import_sections(s, case, good) == []  # the same again changes nothing
        s.commit()
        sections = load_sections(s, case)
        assert sections.case("summary") == "From JSON."
        assert sections.charge(rakhine.murder) == "Murder argued."
        assert sections.element(rakhine.murder, "7(1)(a)/1") == "Killed."


@pytest.mark.parametrize("document", [None, "text", {"other": []}, {"sections": {}}])
def test_import_of_a_wrong_document_shape_says_what_to_give(rakhine, document):
    with rakhine.book.session() as s, pytest.raises(ValidationError, match="sections"):
        import_sections(s, _case(s, rakhine), document)


def test_duplicate_slot_in_one_import_is_refused(rakhine):
    with rakhine.book.session() as s:
        case = _case(s, rakhine)
        doc = [{"kind": "summary", "text": "a"}, {"kind": "summary", "text": "b"}]
        with pytest.raises(ValidationError, match="appears twice"):
            import_sections(s, case, doc)
