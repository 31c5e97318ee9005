"""Full-text search finds words inside unspaced scripts, and never leaves the case filter."""

from __future__ import annotations

import pytest

from casebook.core.records.cases import add_case
from casebook.core.records.records import add_incident
from casebook.core.records.search import search
from casebook.core.records.testimonies import add_testimony

LAO = "ທະຫານເຂົ້າມາໃນບ້ານຕອນກາງຄືນແລ້ວເຜົາເຮືອນ"  # soldiers came into the village at night…
BURMESE = "စစ်သားတွေဟာညဘက်မှာရွာထဲကိုဝင်လာပြီးအိမ်တွေကိုမီးရှို့ခဲ့တယ်"
THAI = "ทหารเข้ามาในหมู่บ้านตอนกลางคืนแล้วเผาบ้าน"
KHMER = "ទាហានបានចូលមកក្នុងភូមិនៅពេលយប់"
ARABIC = "دخل الجنود القرية ليلا وأحرقوا المنازل"


@pytest.fixture
def indexed(book):
    with book.session() as s:
        case = add_case(s, "Night raid", "MM-1")
        other = add_case(s, "Other", "MM-2")
        add_testimony(s, case, [LAO, BURMESE, THAI], language="lo")
        add_testimony(s, case, [KHMER, ARABIC, "Plain English: the soldiers wore green 🙂"])
        add_testimony(s, other, ["ທະຫານ in another case"])
        s.commit()
        yield s, case, other


@pytest.mark.parametrize(
    "word",
    ["ບ້ານ", "ກາງຄືນ", "မီးရှို့", "ရွာ", "หมู่บ้าน", "กลางคืน", "ភូមិ", "القرية", "soldiers"],
)
def test_a_word_inside_unspaced_text_is_found(indexed, word):
    session, case, _ = indexed
    hits = search(session, word, case.id)
    assert hits, word
    assert all(h.kind == "segment" and h.case_id == case.id for h in hits)
    assert any(word in h.snippet.replace("[", "").replace("]", "") for h in hits)


def test_case_filter_and_all_cases(indexed):
    session, case, other = indexed
    assert {h.case_id for h in search(session, "ທະຫານ")} == {case.id, other.id}
    assert {h.case_id for h in search(session, "ທະຫານ", other.id)} == {other.id}


def test_words_that_are_not_there_find_nothing(indexed):
    session, case, _ = indexed
    assert search(session, "ໂຮງຮຽນ", case.id) == []  # "school"
    assert search(session, "   ", case.id) == []


def test_short_queries_use_the_substring_fallback(indexed):
    session, case, _ = indexed
    hits = search(session, "ผา", case.id)  # two Thai letters: too short for trigrams
    assert hits and all("ผา" in h.snippet for h in hits)


@pytest.mark.parametrize("query", ['"', 'soldiers" OR "x', "NEAR(", "*", "sol*", "%", "_", "\\"])
def test_query_syntax_characters_are_taken_literally(indexed, query):
    session, case, _ = indexed
    search(session, query, case.id)  # must not raise an FTS5 syntax error


def test_evidence_and_incidents_are_indexed_and_updates_reindex(book):
    with book.session() as s:
        case = add_case(s, "C", "C-1")
        incident = add_incident(s, case, "Burning of ບ້ານນາ", description="ເຮືອນຖືກເຜົາ")
        s.commit()
        assert [h.kind for h in search(s, "ບ້ານນາ", case.id)] == ["incident"]
        incident.title = "Burning of the market"
        s.commit()
        assert search(s, "ບ້ານນາ", case.id) == []
        assert [h.record_id for h in search(s, "market", case.id)] == [incident.id]


def test_a_result_names_its_record_and_where_the_words_stand(book):
    from casebook.core.records.persons import add_person
    from casebook.core.records.records import set_incident_link
    from casebook.core.records.search import place_of

    with book.session() as s:
        case = add_case(s, "Night raid", "MM-1")
        witness = add_person(s, case, ["witness"], pseudonym="W-014")
        first = add_testimony(
            s,
            case,
            ["Intro.", LAO],
            language="lo",
            witness=witness,
            taken_on="2024-03-12",
            title="Statement at the border",
        )
        second = add_testimony(s, case, [BURMESE], language="my")
        burning = add_incident(s, case, "Burning of Ban Nong")
        set_incident_link(s, burning, "testimony", first.id, True)
        s.commit()
        places = {
            place_of(s, h, "ກາງຄືນ").label: place_of(s, h, "ກາງຄືນ")
            for h in search(s, "ກາງຄືນ", case.id)
        }
        label = (
            "W-014 — Statement at the border (taken 2024-03-12), para. 2"
            " · incident: Burning of Ban Nong"
        )
        assert list(places) == [label]
        place = places[label]
        assert (place.kind, place.record_id, place.paragraph) == ("testimony", first.id, 2)
        assert LAO[place.match[0] : place.match[1]] == "ກາງຄືນ"
        burmese = place_of(s, search(s, "မီးရှို့", case.id)[0], "မီးရှို့")
        assert burmese.label == "unknown witness — statement, para. 1"
        assert burmese.record_id == second.id
        # The match never ends inside a syllable: the cluster it cuts is taken whole.
        start, end = burmese.match
        assert BURMESE[start:end].startswith("မီးရှို့")
        incident = place_of(s, search(s, "Burning", case.id)[0], "Burning")
        assert incident.label.startswith("Incident: Burning of Ban Nong (date unknown")
