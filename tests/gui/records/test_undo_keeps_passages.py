"""Undo keeps everything a change removed: a passage's Zawgyi original and its mark (issue 14).

Undo used to restore the removed paragraph's text only; the text was Unicode by then, so the
Zawgyi original it had been converted from, and the banner saying so, were gone.
"""

from __future__ import annotations

from casebook.gui.main_window import MainWindow

from .test_testimony_editor import UNICODE, ZAWGYI, new_testimony, write_paragraph


def _passages(window: MainWindow, tid: str) -> list[tuple[str, str | None, bool]]:
    testimony = window.workspace.get("testimony", tid)
    return [(s.text, s.original_text, bool(s.redact)) for s in testimony.segments]


def test_undo_of_a_removed_zawgyi_paragraph_brings_back_its_original(window: MainWindow) -> None:
    tid = new_testimony(window, "my")
    editor = window.view.testimony_editor
    segments = editor.segments
    write_paragraph(window, 1, "ပထမ စာပိုဒ်")
    segments.add_button.click()
    write_paragraph(window, 2, ZAWGYI)
    segments.add_button.click()
    write_paragraph(window, 3, "တတိယ စာပိုဒ်")
    before = _passages(window, tid)
    assert before[1] == (UNICODE, ZAWGYI, False)
    assert not editor.zawgyi_banner.isHidden()

    segments.rows[1].remove.click()  # remove the converted paragraph
    assert [p[0] for p in _passages(window, tid)] == ["ပထမ စာပိုဒ်", "တတိယ စာပိုဒ်"]
    assert editor.zawgyi_banner.isHidden()

    window.undo()
    assert _passages(window, tid) == before
    assert segments.texts()[1] == UNICODE
    assert not editor.zawgyi_banner.isHidden()
    assert "para. 2" in editor.zawgyi_banner.text.text()

    window.redo()
    assert [p[0] for p in _passages(window, tid)] == ["ပထမ စာပိုဒ်", "တတိယ စာပိုဒ်"]
    window.undo()
    assert _passages(window, tid) == before


def test_a_moved_zawgyi_paragraph_keeps_its_original(window: MainWindow) -> None:
    """The core reuses rows by position: moving text to another row must carry its original."""
    tid = new_testimony(window, "my")
    segments = window.view.testimony_editor.segments
    write_paragraph(window, 1, "ပထမ စာပိုဒ်")
    segments.add_button.click()
    write_paragraph(window, 2, ZAWGYI)
    segments.rows[0].remove.click()  # the converted paragraph becomes para. 1
    assert _passages(window, tid) == [(UNICODE, ZAWGYI, False)]


def test_removing_a_tagged_paragraph_asks_first(window: MainWindow, messages, monkeypatch) -> None:
    """Its tags go with it and undo cannot bring them back, so the user is asked."""
    from casebook.core.analysis import add_tag, tags_for
    from casebook.gui.records import testimony_editor

    tid = new_testimony(window, "en")
    segments = window.view.testimony_editor.segments
    write_paragraph(window, 1, "They came at dawn.")
    segments.add_button.click()
    write_paragraph(window, 2, "They burned the houses.")
    ws = window.workspace
    testimony = ws.get("testimony", tid)
    add_tag(ws.session, ws.get("case", testimony.case_id), "7(1)(d)/1", "direct",
            segment_id=testimony.segments[1].id)  # fmt: skip
    ws.session.commit()

    asked: list[str] = []
    monkeypatch.setattr(
        testimony_editor, "confirm", lambda _p, _t, text, _a: asked.append(text) or False
    )
    segments.rows[1].remove.click()
    assert "Paragraph 2 has 1 tag" in asked[0] and "Undo brings back the text" in asked[0]
    assert [p[0] for p in _passages(window, tid)] == [
        "They came at dawn.",
        "They burned the houses.",
    ]

    segments.rows[0].remove.click()  # an untagged paragraph: not asked
    assert len(asked) == 1
    assert [p[0] for p in _passages(window, tid)] == ["They burned the houses."]
    assert [t.element_id for t in tags_for(ws.session, testimony.segments[0])] == ["7(1)(d)/1"]

    monkeypatch.setattr(testimony_editor, "confirm", lambda *_a: True)
    window.undo()  # "They came at dawn." back in front; the tag stays on its own text
    assert [t.element_id for t in tags_for(ws.session, testimony.segments[1])] == ["7(1)(d)/1"]
