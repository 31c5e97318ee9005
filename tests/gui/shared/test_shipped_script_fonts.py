"""The editors' script fonts are the ones shipped in resources/fonts, even with no system fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from casebook.core.text import scripts
from casebook.gui.shared import script_fonts


@pytest.mark.gui
def test_editor_fonts_are_loaded_from_resources_fonts(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[str] = []
    real_add = QFontDatabase.addApplicationFont

    def watching(path: str) -> int:
        loaded.append(path)
        return real_add(path)

    monkeypatch.setattr(scripts, "_system_font_dirs", lambda: [])
    monkeypatch.setattr(QFontDatabase, "addApplicationFont", staticmethod(watching))
    scripts.clear_font_cache()
    script_fonts.family_for_script.cache_clear()
    try:
        families = {s: script_fonts.family_for_script(s) for s in ("Lao", "Myanmar", "Khmer")}
    finally:
        scripts.clear_font_cache()
        script_fonts.family_for_script.cache_clear()
    assert families == {
        "Lao": "Noto Sans Lao",
        "Myanmar": "Noto Sans Myanmar",
        "Khmer": "Noto Sans Khmer",
    }
    shipped = scripts.shipped_font_dir()
    assert [Path(p).parent for p in loaded] == [shipped] * 3
    assert [Path(p).name for p in loaded] == [
        "NotoSansLao-Regular.ttf",
        "NotoSansMyanmar-Regular.ttf",
        "NotoSansKhmer-Regular.ttf",
    ]
