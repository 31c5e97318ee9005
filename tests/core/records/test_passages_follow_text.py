"""Rewriting a statement keeps each passage's row with its text (issue 14).

Passages used to be matched by place: removing paragraph 2 put paragraph 3's text into
paragraph 2's row, so paragraph 2's tags (and Zawgyi original) silently moved onto text
they were never made for, and the removal was not audited for the tags the database
deleted with the last row.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from casebook.core.analysis import add_tag, tags_for
from casebook.core.models import Tag
from casebook.core.records import cases, testimonies
from casebook.core.store.casebook import Casebook
from casebook.core.verification import verify_casebook

ZAWGYI = "ျမန္မာလိုေျပာမယ္လကြာ"
UNICODE = "မြန်မာလိုပြောမယ်လကွာ"


def _tags(session, testimony) -> list[tuple[str, list[str]]]:
    return [(s.text, [t.element_id for t in tags_for(session, s)]) for s in testimony.segments]


def test_tags_and_originals_stay_with_their_text(tmp_path: Path) -> None:
    book, _key = Casebook.create(tmp_path / "book", "lantern orbit cassava monsoon", "Noy")
    with book.session() as s:
        case = cases.add_case(s, "Attack on Ban Nong", "LA-2024-001")
        t = testimonies.add_testimony(s, case, ["one", "two", ZAWGYI], language="my")
        ids = [seg.id for seg in t.segments]
        add_tag(s, case, "7(1)(d)/1", "direct", segment_id=ids[1])  # on "two"
        add_tag(s, case, "7(1)(d)/2", "direct", segment_id=ids[2])  # on the Burmese one
        s.commit()

        testimonies.replace_segments(t, ["one", UNICODE])  # paragraph 2 removed
        s.commit()
        # The removed paragraph's tag is not put on "one" as if it cited it: it waits
        # there for review, with its words in the note (tests/core/analysis/test_anchors.py).
        assert _tags(s, t) == [("one", ["7(1)(d)/1"]), (UNICODE, ["7(1)(d)/2"])]
        orphan = tags_for(s, t.segments[0])[0]
        assert orphan.status == "needs_review" and "“two”" in orphan.review_note
        assert [seg.id for seg in t.segments] == [ids[0], ids[2]]
        assert t.segments[1].original_text == ZAWGYI
        assert s.scalar(select(func.count()).select_from(Tag)) == 2

        testimonies.replace_segments(t, [UNICODE, "one", "new"])  # a move and an addition
        s.commit()
        assert _tags(s, t) == [(UNICODE, ["7(1)(d)/2"]), ("one", ["7(1)(d)/1"]), ("new", [])]
        assert [seg.position for seg in t.segments] == [1, 2, 3]

        testimonies.replace_segments(t, [UNICODE, "one, corrected", "new"])  # an edit
        s.commit()
        assert t.segments[1].id == ids[0]  # the edited passage keeps its row
        assert _tags(s, t)[0] == (UNICODE, ["7(1)(d)/2"])
    assert verify_casebook(book).ok  # every change to the tags was audited
    book.close()
