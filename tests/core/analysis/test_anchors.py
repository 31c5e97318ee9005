"""Tags follow their words through edits of Lao and Burmese statements (issue 15, item 1).

Every case ends in one of two states, checked for every tag: it points at exactly the
words it was made for, or it is marked ``needs_review`` with a note naming its words.
Nothing points silently at other words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.core.analysis import add_tag, tags_for
from casebook.core.models import Segment, Tag
from casebook.core.records import cases, testimonies
from casebook.core.store.casebook import Casebook
from casebook.core.text.graphemes import boundaries
from casebook.core.text.quote_selectors import Found, Lost, locate, quote_of
from casebook.core.verification import verify_casebook

# Lao: "Soldiers came into the village in the morning. They burned the houses." / "The
# headman was taken away." Burmese: "The soldiers set fire to the village." / "Three
# people were killed."
LAO_1 = "ທະຫານເຂົ້າມາໃນບ້ານຕອນເຊົ້າ. ພວກເຂົາໄດ້ຈູດເຮືອນ."
LAO_2 = "ນາຍບ້ານຖືກພາໄປ."
MY_1 = "စစ်သားများက ရွာကို မီးရှို့ခဲ့သည်။"
MY_2 = "လူသုံးဦး သေဆုံးခဲ့သည်။"
BURNED = "ໄດ້ຈູດເຮືອນ"  # "burned the houses"
FIRE = "မီးရှို့ခဲ့သည်"  # "set fire"


@pytest.fixture
def book(tmp_path: Path):
    book, _key = Casebook.create(tmp_path / "book", "lantern orbit cassava monsoon", "Noy")
    yield book
    book.close()


def _setup(s, texts: list[str]):
    case = cases.add_case(s, "Attack on Ban Nong", "LA-2024-001")
    t = testimonies.add_testimony(s, case, texts, language="lo")
    return case, t


def _tag(s, case, segment: Segment, words: str | None, element: str) -> str:
    rng = None
    if words is not None:
        at = segment.text.index(words)
        rng = (at, at + len(words))
    return add_tag(s, case, element, "direct", segment_id=segment.id, char_range=rng).tag.id


def _points_at(s, tag_id: str) -> tuple[str, str]:
    """(status, the words the tag points at now)."""
    tag = s.get(Tag, tag_id)
    segment = s.get(Segment, tag.segment_id)
    if tag.char_start is None:
        return tag.status, segment.text
    return tag.status, segment.text[tag.char_start : tag.char_end]


def test_quote_carries_context_on_cluster_boundaries():
    at = MY_1.index(FIRE)
    quote = quote_of(MY_1, at, at + len(FIRE))
    assert quote.exact == FIRE and MY_1.endswith(quote.prefix + FIRE + quote.suffix)
    marks = boundaries(MY_1)
    assert at - len(quote.prefix) in marks


def test_a_moved_paragraph_keeps_its_tags_on_their_words(book):
    with book.session() as s:
        case, t = _setup(s, [LAO_1, LAO_2, MY_1])
        burned = _tag(s, case, t.segments[0], BURNED, "7(1)(d)/1")
        fire = _tag(s, case, t.segments[2], FIRE, "7(1)(d)/2")
        s.commit()
        flagged = testimonies.replace_segments(t, [LAO_2, MY_1, LAO_1])  # para 1 moved down
        s.commit()
        assert flagged == []
        assert _points_at(s, burned) == ("active", BURNED)
        assert _points_at(s, fire) == ("active", FIRE)
        assert s.get(Tag, burned).segment_id == t.segments[2].id
    assert verify_casebook(book).ok


def test_edits_around_the_words_move_the_range_with_them(book):
    with book.session() as s:
        case, t = _setup(s, [LAO_1, MY_1])
        burned = _tag(s, case, t.segments[0], BURNED, "7(1)(d)/1")
        fire = _tag(s, case, t.segments[1], FIRE, "7(1)(d)/2")
        s.commit()
        lao = "ວັນທີ 3, " + LAO_1.replace("ຕອນເຊົ້າ", "ຕອນແລງ") + " ແລ້ວໜີໄປ."
        burmese = "မနေ့က " + MY_1
        assert testimonies.replace_segments(t, [lao, burmese]) == []
        s.commit()
        assert _points_at(s, burned) == ("active", BURNED)
        assert _points_at(s, fire) == ("active", FIRE)
        assert s.get(Tag, fire).char_start == MY_1.index(FIRE) + len("မနေ့က ")


def test_an_edit_inside_the_words_marks_the_tag_for_review(book):
    with book.session() as s:
        case, t = _setup(s, [MY_1, LAO_1])
        fire = _tag(s, case, t.segments[0], FIRE, "7(1)(d)/2")
        burned = _tag(s, case, t.segments[1], BURNED, "7(1)(d)/1")
        s.commit()
        # A vowel sign added to the last consonant of the Burmese words (a different
        # syllable, not a longer quote) and a Lao word replaced inside the tagged words.
        my_edit = MY_1.replace("ခဲ့သည်", "ခဲ့သည်ိ")
        lao_edit = LAO_1.replace("ຈູດ", "ມ້າງ")
        flagged = testimonies.replace_segments(t, [my_edit, lao_edit])
        s.commit()
        assert {tag.id for tag in flagged} == {fire, burned}
        for tag_id, words in ((fire, FIRE), (burned, BURNED)):
            tag = s.get(Tag, tag_id)
            assert tag.status == "needs_review"
            assert "changed" in tag.review_note or "context" in tag.review_note
            assert words in tag.review_note and tag.quote == words
        # The Lao tag points at the words now between its unchanged context, for checking.
        assert _points_at(s, burned) == ("needs_review", "ໄດ້ມ້າງເຮືອນ")


def test_a_split_paragraph_sends_each_tag_to_the_half_with_its_words(book):
    with book.session() as s:
        case, t = _setup(s, [LAO_1, MY_2])
        burned = _tag(s, case, t.segments[0], BURNED, "7(1)(d)/1")
        village = _tag(s, case, t.segments[0], "ເຂົ້າມາໃນບ້ານ", "7(1)(d)/3")
        s.commit()
        first, second = LAO_1.split(" ", 1)
        assert testimonies.replace_segments(t, [first, second, MY_2]) == []
        s.commit()
        assert _points_at(s, burned) == ("active", BURNED)
        assert s.get(Tag, burned).segment_id == t.segments[1].id
        assert _points_at(s, village) == ("active", "ເຂົ້າມາໃນບ້ານ")
        assert s.get(Tag, village).segment_id == t.segments[0].id
    assert verify_casebook(book).ok


def test_a_deleted_paragraph_leaves_its_tags_for_review_not_on_other_words(book):
    with book.session() as s:
        case, t = _setup(s, [MY_1, MY_2, LAO_2])
        killed = _tag(s, case, t.segments[1], None, "7(1)(a)/1")  # the whole paragraph
        three = _tag(s, case, t.segments[1], "လူသုံးဦး", "7(1)(a)/2")
        fire = _tag(s, case, t.segments[0], FIRE, "7(1)(d)/2")
        s.commit()
        flagged = testimonies.replace_segments(t, [MY_1, LAO_2])
        s.commit()
        assert {tag.id for tag in flagged} == {killed, three}
        for tag_id in (killed, three):
            tag = s.get(Tag, tag_id)
            assert tag.status == "needs_review" and "no longer in the statement" in tag.review_note
            assert tag.char_start is None  # a whole passage nearby, with the note
            assert tag.quote in tag.review_note
        assert _points_at(s, fire) == ("active", FIRE)
        assert len(tags_for(s, t)) == 3
    assert verify_casebook(book).ok


def test_words_standing_twice_without_telling_context_are_ambiguous():
    text = "ໄຟ ໄຟ"
    quote = quote_of(text, 0, 2)
    assert isinstance(locate(quote, ["ໄຟ ໄຟ ໄຟ"], 0), Found)  # the context still decides
    moved = locate(quote, ["x ໄຟ y", "z ໄຟ w"], None)
    assert isinstance(moved, Lost) and moved.why == "ambiguous"


def test_a_correction_carries_tags_to_the_new_version(book):
    with book.session() as s:
        case, t = _setup(s, [LAO_1, MY_1])
        burned = _tag(s, case, t.segments[0], BURNED, "7(1)(d)/1")
        fire = _tag(s, case, t.segments[1], FIRE, "7(1)(d)/2")
        old_fire_segment = t.segments[1].id
        testimonies.seal(t, None)
        s.commit()
        # The correction rewrites the Burmese paragraph: the tag on its words stays on the
        # sealed version, where its words are, marked for review; the other one moves on.
        successor = testimonies.new_version(s, t, [LAO_1, MY_2])
        s.commit()
        assert s.get(Tag, burned).segment_id == successor.segments[0].id
        assert _points_at(s, burned) == ("active", BURNED)
        tag = s.get(Tag, fire)
        assert tag.segment_id == old_fire_segment
        assert _points_at(s, fire) == ("needs_review", FIRE)
        assert "version 1" in tag.review_note
    assert verify_casebook(book).ok


def test_old_tags_without_a_quote_get_it_from_their_range_before_the_edit(book):
    with book.session() as s:
        case, t = _setup(s, [LAO_1])
        burned = _tag(s, case, t.segments[0], BURNED, "7(1)(d)/1")
        tag = s.get(Tag, burned)
        tag.quote = tag.quote_prefix = tag.quote_suffix = ""  # as migrated from 0007
        s.commit()
        testimonies.replace_segments(t, ["ວັນທີ 3. " + LAO_1])
        s.commit()
        assert _points_at(s, burned) == ("active", BURNED)
        assert s.get(Tag, burned).quote == BURNED
    assert verify_casebook(book).ok


def test_the_editor_is_told_which_tags_and_charges_an_edit_affects(book):
    from casebook.core.analysis import add_charge
    from casebook.core.analysis.anchors import affected_by_edit, describe

    with book.session() as s:
        case, t = _setup(s, [LAO_1, MY_2])
        burned = _tag(s, case, t.segments[0], BURNED, "7(1)(d)/1")
        _tag(s, case, t.segments[1], None, "7(1)(a)/1")
        add_charge(s, case, "7(1)(d)", title="Deportation from Ban Nong")
        s.commit()
        lao_edit = LAO_1.replace("ຈູດ", "ມ້າງ")
        affected = affected_by_edit(s, t, [lao_edit, MY_2])  # nothing is written
        assert [a.tag.id for a in affected] == [burned]
        assert affected[0].charges == ("Deportation from Ban Nong",)
        assert affected[0].paragraph == 1 and "changed" in affected[0].why
        assert "7(1)(d)/1" in describe(affected) and BURNED in describe(affected)
        assert s.get(Tag, burned).status == "active" and t.segments[0].text == LAO_1
        # Moving both paragraphs affects nothing: every tag follows its words.
        assert affected_by_edit(s, t, [MY_2, LAO_1]) == []


def test_words_brought_back_put_the_tag_back_in_force(book):
    """Undo of a removal writes the old texts again: the tag is on its words again, and a
    note written only because they were missing is taken back."""
    with book.session() as s:
        case, t = _setup(s, [MY_1, MY_2])
        three = _tag(s, case, t.segments[1], "လူသုံးဦး", "7(1)(a)/2")
        s.commit()
        testimonies.replace_segments(t, [MY_1])
        s.commit()
        assert s.get(Tag, three).status == "needs_review"
        testimonies.replace_segments(t, [MY_1, MY_2])
        s.commit()
        assert _points_at(s, three) == ("active", "လူသုံးဦး")
        assert s.get(Tag, three).review_note == ""
        # A note from elsewhere (a taxonomy update) keeps the tag waiting for a person.
        tag = s.get(Tag, three)
        tag.status, tag.review_note = "needs_review", "Element renumbered in ICC EoC 2013."
        s.commit()
        testimonies.replace_segments(t, ["မနေ့က " + MY_1, MY_2])
        s.commit()
        assert s.get(Tag, three).status == "needs_review"
    assert verify_casebook(book).ok


def test_empty_quote_columns_leave_a_tags_hash_as_it_was_before_schema_0008(book):
    """Schema 0008 adds the quote columns empty to every existing tag; the audit chain bound
    those tags by hashes of their columns then, so empty quotes must not enter the hash."""
    import hashlib

    from sqlalchemy import inspect

    from casebook.core.canonical_json import canonical_json
    from casebook.core.integrity import record_binding

    with book.session() as s:
        case, t = _setup(s, [LAO_1])
        tag = s.get(Tag, _tag(s, case, t.segments[0], BURNED, "7(1)(d)/1"))
        s.commit()
        before_0008 = {
            a.key: record_binding._canonical(getattr(tag, a.key))
            for a in inspect(Tag).column_attrs
            if a.key not in {"updated_at", "updated_by", "quote", "quote_prefix", "quote_suffix"}
        }
        old_hash = hashlib.sha256(canonical_json(before_0008)).hexdigest()
        tag.quote = tag.quote_prefix = tag.quote_suffix = ""
        assert record_binding.record_hash(tag) == old_hash
        tag.quote = BURNED  # once filled, the words are bound like any other column
        assert record_binding.record_hash(tag) != old_hash
