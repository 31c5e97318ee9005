"""File ▸ Export complaint bundle…: the plan with consent exclusions, then a verified bundle."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from casebook.gui.main_window import MainWindow

EXPORT_CONFTEST = Path(__file__).parents[2] / "core" / "export" / "conftest.py"


def _build_case():
    spec = importlib.util.spec_from_file_location("export_case_fixture", EXPORT_CONFTEST)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.build_case


def test_export_dialog_lists_left_out_then_writes_a_verified_bundle(
    qtbot, window: MainWindow, tmp_path: Path, messages
) -> None:
    fixture = _build_case()(window.workspace.book, tmp_path / "source")
    window.workspace.refresh()
    case = next(c for c in window.workspace.cases() if c.reference == fixture.reference)
    window.navigate_to("case", case.id)

    dialog = window.export_bundle()
    assert dialog is not None and dialog.charges.count() == 1
    assert not dialog.export_button.isEnabled()  # nothing before the plan is seen
    assert dialog.review()
    left_out = dialog.left_out_lines()
    assert any("testimony" in line and "withdrew consent" in line for line in left_out)
    assert dialog.export_button.text().startswith("Export, leaving out")

    dialog.folder.setText(str(tmp_path / "out"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=120_000)
    assert not messages, messages
    outcome = dialog.outcome
    assert outcome is not None and outcome.folder is not None
    assert (outcome.folder / "complaint.pdf").is_file()
    assert (outcome.folder / "manifest.json").is_file()
    assert outcome.verified is True
    assert "Verified" in dialog.status.text() and str(outcome.folder) in dialog.status.text()


def test_changed_choices_need_a_new_review(window: MainWindow, messages) -> None:
    dialog = window.export_bundle()
    assert dialog is not None
    dialog.review()  # no charges in this case
    assert [m.text for m in messages] == ["Choose at least one charge to export."]
    assert not dialog.export_button.isEnabled()
