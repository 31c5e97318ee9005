"""Preferences: idle minutes default to 5; recent casebooks are off and forgotten when off."""

from __future__ import annotations

from casebook.gui.shared.preferences import Preferences, PreferencesDialog


def test_defaults(prefs: Preferences) -> None:
    assert prefs.idle_lock_minutes == 5
    assert prefs.remember_recent is False
    prefs.add_recent("/cases/a")
    assert prefs.recent_casebooks == []


def test_recent_list_is_kept_only_while_on(prefs: Preferences) -> None:
    prefs.remember_recent = True
    prefs.add_recent("/cases/a")
    prefs.add_recent("/cases/b")
    prefs.add_recent("/cases/a")
    assert prefs.recent_casebooks == ["/cases/a", "/cases/b"]
    prefs.remember_recent = False
    prefs.remember_recent = True
    assert prefs.recent_casebooks == []  # turning it off erased the list


def test_dialog_writes_on_ok(qtbot, prefs: Preferences) -> None:
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.idle_minutes.setValue(12)
    dialog.remember_recent.setChecked(True)
    dialog.accept()
    assert prefs.idle_lock_minutes == 12
    assert prefs.remember_recent is True


def test_out_of_range_values_are_clamped(prefs: Preferences) -> None:
    prefs.idle_lock_minutes = 0
    assert prefs.idle_lock_minutes == 1
