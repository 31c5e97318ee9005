"""The export dialog's closing line counts pages and exhibits in good English for 1 and 2,
and uses a catalogue's plural forms (Qt's %n) in another language."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from casebook.gui.analysis.export_dialog import ExportOutcome
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.bidi_text import FSI, PDI
from casebook.gui.shared.plurals import UI_LANGUAGE_PROPERTY


def _written(window: MainWindow, pages: int, exhibits: int) -> str:
    dialog = window.export_bundle()
    assert dialog is not None
    dialog._done(ExportOutcome(Path("/tmp/bundle.age"), None, pages, exhibits, None, ()))
    text = dialog.status.text()
    assert f"{FSI}/tmp/bundle.age{PDI}" in text, text  # the path keeps its order in Arabic
    return text.replace(FSI, "").replace(PDI, "")


@pytest.mark.parametrize(
    ("pages", "exhibits", "english"),
    [
        (1, 1, "Wrote /tmp/bundle.age (1 page, 1 exhibit)."),
        (2, 2, "Wrote /tmp/bundle.age (2 pages, 2 exhibits)."),
        (1, 2, "Wrote /tmp/bundle.age (1 page, 2 exhibits)."),
        (12, 0, "Wrote /tmp/bundle.age (12 pages, 0 exhibits)."),
    ],
)
def test_pages_and_exhibits_read_right_in_english(
    window: MainWindow, pages: int, exhibits: int, english: str
) -> None:
    text = _written(window, pages, exhibits)
    assert text.startswith(english + " The bundle is encrypted"), text


class _French(QTranslator):
    """French's two plural forms, as a .qm would give them (Qt picks by the number)."""

    TEXTS: ClassVar[dict[str, tuple[str, ...]]] = {
        "%n page(s)": ("%n page", "%n pages"),
        "%n exhibit(s)": ("%n pièce", "%n pièces"),
        "Wrote {path} ({pages}, {exhibits}). {check}": (
            "Écrit : {path} ({pages}, {exhibits}). {check}",
        ),
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        if context != "ExportDialog" or source not in self.TEXTS:
            return None
        forms = self.TEXTS[source]
        return forms[0 if n in (0, 1) or len(forms) == 1 else 1]  # Qt fills in %n

    def isEmpty(self) -> bool:
        return False


def test_another_language_uses_its_catalogues_plural_forms(window: MainWindow) -> None:
    app = QCoreApplication.instance()
    catalogue = _French()
    QCoreApplication.installTranslator(catalogue)
    app.setProperty(UI_LANGUAGE_PROPERTY, "fr")
    try:
        one, two = _written(window, 1, 1), _written(window, 2, 3)
    finally:
        app.setProperty(UI_LANGUAGE_PROPERTY, "")
        QCoreApplication.removeTranslator(catalogue)
    assert one.startswith("Écrit : /tmp/bundle.age (1 page, 1 pièce). "), one
    assert two.startswith("Écrit : /tmp/bundle.age (2 pages, 3 pièces). "), two
