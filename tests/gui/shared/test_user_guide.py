"""Help ▸ User guide: offline, F1 from the first window too, in the interface's language
where translated, English otherwise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from casebook.core.resource_paths import resource_path
from casebook.gui.app import App
from casebook.gui.shared import translation
from casebook.gui.shared.user_guide import UserGuide, guide_text

ENGLISH_GUIDE = resource_path("guide", "en.md")
TRANSLATED = sorted(p for p in ENGLISH_GUIDE.parent.glob("*.md") if p.stem != "en")
DRAFT_NOTE = "(Draft translation — needs review by a native speaker)"
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift)(?:\+(?:Ctrl|Alt|Shift|Down|F\d+|[A-Z,]))+")


def _outline(markdown: str) -> list[str]:
    """What the viewer's layout rests on, in order: heading levels, list items, bold names,
    keyboard shortcuts."""
    shape: list[str] = []
    for line in markdown.splitlines():
        if line.startswith("#"):
            shape.append(line.split(" ", 1)[0])
        elif line.startswith("- "):
            shape.append("-")
        shape += ["**"] * (line.count("**") // 2) + SHORTCUT.findall(line)
    return shape


def _open_guide_from_the_first_window(qtbot, prefs) -> UserGuide:  # type: ignore[no-untyped-def]
    app = App(prefs)
    qtbot.addWidget(app.start)
    app.show_start()
    qtbot.waitExposed(app.start)
    app.start.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.start)
    QTest.keyClick(app.start, Qt.Key.Key_F1)
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "userGuide")


def test_guide_falls_back_to_english_until_translated() -> None:
    english = ENGLISH_GUIDE.read_text(encoding="utf-8")
    assert not resource_path("guide", "de.md").is_file()
    assert guide_text(QLocale("de_DE")) == english  # no German guide
    assert guide_text(QLocale("en_GB")) == english
    assert "## Locking" in english and "recovery key" in english


def test_f1_in_the_first_window_opens_the_guide(qtbot, prefs) -> None:
    guide = _open_guide_from_the_first_window(qtbot, prefs)
    assert guide.isVisible() and "Write down the recovery key" in guide.plain_text()
    guide.reject()


def test_the_guide_is_translated_into_the_draft_languages() -> None:
    assert {p.stem for p in TRANSLATED} >= {"lo", "my", "th", "km", "fr", "ar"}
    assert len(_outline(ENGLISH_GUIDE.read_text(encoding="utf-8"))) > 60  # the check has teeth


@pytest.mark.parametrize("guide_file", TRANSLATED, ids=lambda p: p.stem)
def test_a_translated_guide_keeps_the_english_structure(guide_file: Path) -> None:
    """Same headings, list items, bold names and shortcuts as en.md, in the same order, and
    the first line says, in the language and in English, that it is a draft."""
    text = guide_file.read_text(encoding="utf-8")
    assert _outline(text) == _outline(ENGLISH_GUIDE.read_text(encoding="utf-8"))
    first = text.splitlines()[0]
    assert first.endswith(DRAFT_NOTE + "*") and len(first) > len(DRAFT_NOTE) + 10


@pytest.mark.parametrize("guide_file", TRANSLATED, ids=lambda p: p.stem)
def test_help_shows_the_guide_of_the_interface_language(
    guide_file: Path, qtbot, qapp, prefs, monkeypatch
) -> None:
    code = guide_file.stem
    monkeypatch.setenv(translation.ENVIRONMENT, code)  # as a user starts it; drafts allowed
    heading = next(
        line[2:]
        for line in guide_file.read_text(encoding="utf-8").splitlines()
        if line.startswith("# ")
    )
    try:
        assert translation.install(qapp, None) == code
        guide = _open_guide_from_the_first_window(qtbot, prefs)
        shown = guide.plain_text()
        assert heading in shown and "Write down the recovery key" not in shown
        # The guide's title is the interface's own name for it: guide and screens agree.
        assert guide.windowTitle() == heading
        guide.reject()
    finally:
        translation.uninstall(qapp)


def test_guide_follows_the_interface_language_not_the_system(tmp_path, monkeypatch) -> None:
    from casebook.gui.shared import user_guide

    guides = tmp_path / "guide"
    guides.mkdir()
    (guides / "en.md").write_text("# English guide", encoding="utf-8")
    (guides / "my.md").write_text("# မြန်မာ guide", encoding="utf-8")
    (tmp_path / "outside.md").write_text("# not a guide", encoding="utf-8")
    monkeypatch.setattr(user_guide, "resource_path", lambda *parts: guides.joinpath(*parts[1:]))
    monkeypatch.setattr(user_guide, "current_language", lambda: "my")
    assert guide_text() == "# မြန်မာ guide"  # the interface is Burmese
    monkeypatch.setattr(user_guide, "current_language", lambda: "lo")
    assert guide_text() == "# English guide"  # no Lao guide: English
    assert guide_text("my_MM") == guide_text(QLocale("my_MM")) == "# မြန်မာ guide"
    assert guide_text("../outside") == "# English guide"  # a language code, never a path
