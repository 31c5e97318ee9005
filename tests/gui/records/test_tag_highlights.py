"""Tagged words in the statement editor: highlighted, named on hover, opened on click, and
an edit that takes them away is announced first with its tags and charges (issue 15)."""

from __future__ import annotations

from casebook.core.analysis import add_charge, add_tag
from casebook.core.models import Tag
from casebook.gui.main_window import MainWindow
from casebook.gui.records import testimony_editor
from casebook.gui.tagging.passage_highlights import PassageHighlights, utf16

from .test_testimony_editor import new_testimony, write_paragraph

LAO = "ທະຫານເຂົ້າມາໃນບ້ານຕອນເຊົ້າ. ພວກເຂົາໄດ້ຈູດເຮືອນ."
BURNED = "ໄດ້ຈູດເຮືອນ"
MY = "စစ်သားများက ရွာကို မီးရှို့ခဲ့သည်။"


def _tagged(window: MainWindow) -> tuple[str, str, str]:
    tid = new_testimony(window, "lo")
    segments = window.view.testimony_editor.segments
    write_paragraph(window, 1, LAO)
    segments.add_button.click()
    write_paragraph(window, 2, MY)
    ws = window.workspace
    testimony = ws.get("testimony", tid)
    case = ws.get("case", testimony.case_id)
    at = LAO.index(BURNED)
    ranged = add_tag(
        ws.session,
        case,
        "7(1)(d)/1",
        "direct",
        segment_id=testimony.segments[0].id,
        char_range=(at, at + len(BURNED)),
    )
    whole = add_tag(ws.session, case, "7(1)(a)/1", "direct", segment_id=testimony.segments[1].id)
    add_charge(ws.session, case, "7(1)(d)", title="Deportation from Ban Nong")
    ws.session.commit()
    ws.changed.emit("tag", ranged.tag.id)
    return tid, ranged.tag.id, whole.tag.id  # fmt: skip


def test_tagged_words_are_highlighted_named_and_open_their_tag(window: MainWindow) -> None:
    _tid, ranged, whole = _tagged(window)
    editor = window.view.testimony_editor
    first = editor.segments.rows[0].edit.findChild(PassageHighlights)
    second = editor.segments.rows[1].edit.findChild(PassageHighlights)
    assert [s.tag_id for s in first.spans] == [ranged]
    assert [s.tag_id for s in second.spans] == [whole]
    selection = editor.segments.rows[0].edit.extraSelections()[0]
    at = utf16(LAO, LAO.index(BURNED))
    assert (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (
        at,
        at + len(BURNED.encode("utf-16-le")) // 2,
    )
    assert selection.cursor.selectedText() == BURNED
    # Hover: the element; before the words, nothing.
    assert first.spans_at(at) and "7(1)(d)/1" in first.tooltip(first.spans_at(at))
    assert first.spans_at(0) == []
    # A click on the words selects the tag in the list.
    assert first.click_at(at + 1)
    assert editor.tags.list.currentItem().data(0x0100) == ranged


def test_editing_tagged_words_warns_with_tags_and_charges(window: MainWindow, monkeypatch) -> None:
    tid, ranged, _whole = _tagged(window)
    asked: list[str] = []
    monkeypatch.setattr(
        testimony_editor, "confirm", lambda _p, _t, text, _a: asked.append(text) or False
    )
    edited = LAO.replace("ຈູດ", "ມ້າງ")
    write_paragraph(window, 1, edited)  # declined: nothing written, the text goes back
    assert "7(1)(d)/1" in asked[0] and "Deportation from Ban Nong" in asked[0]
    assert BURNED in asked[0]
    ws = window.workspace
    assert ws.get("testimony", tid).segments[0].text == LAO
    assert window.view.testimony_editor.segments.texts()[0] == LAO

    monkeypatch.setattr(testimony_editor, "confirm", lambda *_a: True)
    write_paragraph(window, 1, edited)
    tag = ws.session.get(Tag, ranged)
    assert tag.status == "needs_review" and BURNED in tag.review_note
    tag_list = window.view.testimony_editor.tags.list
    items = [tag_list.item(i) for i in range(tag_list.count())]
    item = next(i for i in items if i.data(0x0100) == ranged)
    assert item.text().startswith("⚠ needs review") and BURNED in item.toolTip()
    first = window.view.testimony_editor.segments.rows[0].edit.findChild(PassageHighlights)
    assert first.spans[0].review  # drawn with a wavy underline, not only a colour

    # Moving paragraphs: no warning, and the highlights follow the words.
    asked.clear()
    monkeypatch.setattr(
        testimony_editor, "confirm", lambda _p, _t, text, _a: asked.append(text) or False
    )
    window.view.testimony_editor.segments.rows[1].up.click()
    assert asked == []
    moved = window.view.testimony_editor.segments.rows[1].edit.findChild(PassageHighlights)
    assert [s.tag_id for s in moved.spans] == [ranged]
