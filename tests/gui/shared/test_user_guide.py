"""Help ▸ User guide: offline, F1 from the first window too, English until translated."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from casebook.core.resource_paths import resource_path
from casebook.gui.app import App
from casebook.gui.shared.user_guide import guide_text


def test_guide_falls_back_to_english_until_translated() -> None:
    english = resource_path("guide", "en.md").read_text(encoding="utf-8")
    assert guide_text(QLocale("lo_LA")) == english  # no Lao guide yet
    assert guide_text(QLocale("en_GB")) == english
    assert "## Locking" in english and "recovery key" in english


def test_f1_in_the_first_window_opens_the_guide(qtbot, prefs) -> None:
    app = App(prefs)
    qtbot.addWidget(app.start)
    app.show_start()
    qtbot.waitExposed(app.start)
    app.start.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.start)
    QTest.keyClick(app.start, Qt.Key.Key_F1)
    guide = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "userGuide")
    assert guide.isVisible() and "Write down the recovery key" in guide.plain_text()
    guide.reject()


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
