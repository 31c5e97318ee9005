"""File ▸ Export complaint bundle…: the plan with consent exclusions, then a verified bundle."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QTranslator

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


class _FrenchPlan(QTranslator):
    """A catalogue of a few of the plan's sentences (the core's under "Casebook")."""

    TEXTS: ClassVar[dict[tuple[str, str], str]] = {
        (
            "Casebook",
            "Case {reference}: {charges} charge(s), {incidents} incident(s), "
            "{statements} statement(s), {exhibits} exhibit(s); filing edition for "
            "{addressee} (consent must name {jurisdiction}).",
        ): "Affaire {reference} : {exhibits} pièces ; édition de dépôt pour {addressee}.",
        (
            "Casebook",
            "statement of {pseudonym}, taken {date}",
        ): "déposition de {pseudonym} du {date}",
        ("Casebook", "left out: {why}"): "écartée : {why}",
        (
            "Casebook",
            "the witness withdrew consent on {date}",
        ): "le témoin a retiré son accord le {date}",
        (
            "Casebook",
            "marked for redaction; printed as {redacted}",
        ): "à caviarder ; imprimé {redacted}",
        ("Casebook", "Writing exhibit {n} of {total}"): "Écriture de la pièce {n} sur {total}",
        ("ExportDialog", "testimony"): "témoignage",
        ("ExportDialog", "passage"): "passage",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return self.TEXTS.get((context, source))

    def isEmpty(self) -> bool:
        return False


def test_the_plan_is_shown_in_the_interface_language(
    qtbot, window: MainWindow, tmp_path: Path, messages
) -> None:
    """The plan's sentences come from the core as templates: the dialog translates them.
    Case data inside them (pseudonyms, dates, the addressee's name, the bundle's own
    redaction mark) is filled in as it is."""
    from casebook.core.phrase import phrase

    fixture = _build_case()(window.workspace.book, tmp_path / "source")
    window.workspace.refresh()
    case = next(c for c in window.workspace.cases() if c.reference == fixture.reference)
    window.navigate_to("case", case.id)
    dialog = window.export_bundle()
    assert dialog is not None
    catalogue = _FrenchPlan()
    QCoreApplication.installTranslator(catalogue)
    try:
        assert dialog.review()
        title = dialog.plan_title.text()
        lines = dialog.left_out_lines()
        dialog._progressed((phrase("Writing exhibit {n} of {total}", n=2, total=4), 1, 6))
        progress = dialog.status.text()
    finally:
        QCoreApplication.removeTranslator(catalogue)
    assert not messages, messages
    assert (
        title.startswith(f"Affaire {fixture.reference} : ") and "pour Generalbundesanwalt" in title
    )
    assert "témoignage: déposition de W-003 du 2018-02-04 — écartée : " in lines[0], lines
    assert lines[0].endswith("écartée : le témoin a retiré son accord le 2019-05-01"), lines
    assert any(
        line.startswith("passage: W-001 Rn. 3 — à caviarder ; imprimé [geschwärzt]")
        for line in lines
    ), lines
    assert progress == "Écriture de la pièce 2 sur 4"
    # without the catalogue: the English the CLI prints
    assert dialog.review()
    assert dialog.plan_title.text().startswith(f"Case {fixture.reference}: 1 charge(s)")
    assert dialog.left_out_lines()[0].startswith("testimony: statement of W-003, taken 2018-02-04")
