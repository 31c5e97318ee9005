"""A bundle's fonts come from resources/fonts: hiding the system's font folders changes nothing.

Two computers with different fonts installed must file the same PDFs. The second export
runs with the system font folders hidden and ReportLab's registry emptied of Casebook's
fonts, so nothing registered by the first export from elsewhere can be reused.
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile

from casebook.core.errors import MissingFontError
from casebook.core.export import document, fonts
from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest
from casebook.core.text import scripts

from .conftest import CaseFixture

SHIPPED = scripts.shipped_font_dir()


def embedded_fonts(folder: Path) -> set[str]:
    """Embedded fonts (subset prefix removed) of every PDF of an export folder."""
    names: set[str] = set()
    pdfs = sorted(folder.rglob("*.pdf"))
    assert pdfs, "the export wrote no PDF"
    for pdf in pdfs:
        rows = subprocess.run(
            ["pdffonts", str(pdf)], check=True, capture_output=True, text=True
        ).stdout.splitlines()[2:]
        for row in rows:
            fields = row.split()
            if fields[-5] != "yes":  # not embedded: an exhibit's own font (evidence as filed)
                continue
            names.add(fields[0].split("+", 1)[1] if "+" in fields[0][:7] else fields[0])
    return names


def casebook_fonts_registered() -> dict[str, str]:
    """ReportLab font name → file, for the fonts Casebook registered in this process."""
    return {
        name: str(font.face.filename)
        for name, font in pdfmetrics._fonts.items()
        if name.startswith("cb-") and hasattr(font, "face")
    }


def export(fx: CaseFixture, out: Path):
    request = ExportRequest(fx.reference, "all", "gba", "en", "filing")
    return export_bundle(fx.book, request, out)


def hide_system_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scripts, "_system_font_dirs", lambda: [])
    monkeypatch.setattr(
        pdfmetrics,
        "_fonts",
        {k: v for k, v in pdfmetrics._fonts.items() if not k.startswith("cb-")},
    )
    scripts.clear_font_cache()
    document._mono_path.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_font_caches():
    scripts.clear_font_cache()
    document._mono_path.cache_clear()
    yield
    scripts.clear_font_cache()
    document._mono_path.cache_clear()


def test_fonts_are_shipped_with_their_licence():
    assert SHIPPED is not None and SHIPPED.is_dir()
    assert "SIL OPEN FONT LICENSE" in (SHIPPED / "OFL.txt").read_text(encoding="utf-8")
    assert (SHIPPED / "LICENSE-DejaVu.txt").is_file()
    # Every script the export and editors support has a shipped font, except CJK.
    hidden_dirs = [str(SHIPPED)]
    for script in scripts.SCRIPT_SAMPLES:
        font = scripts._find_font(script, "regular", tuple(hidden_dirs), True)
        if script in ("Han", "Hangul", "Kana", "Bopomofo"):
            assert font is None, f"{script}: a CJK font was shipped; update the docs"
        else:
            assert font is not None and font.path.parent == SHIPPED, script
            assert font.truetype_outlines, f"{font.path.name}: ReportLab cannot embed CFF"


def test_shipped_fonts_come_before_system_fonts():
    for script in ("Latin", "Lao", "Myanmar", "Arabic", "Syriac"):
        for style in ("regular", "bold"):
            font = scripts.find_font(script, style, truetype_only=True)
            assert font is not None and font.path.parent == SHIPPED, (script, style)


def test_bundle_with_system_fonts_hidden_embeds_the_same_fonts(
    case_fixture: CaseFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    normal = embedded_fonts(export(case_fixture, tmp_path / "normal").folder)
    hide_system_fonts(monkeypatch)
    assert scripts.font_dirs() == [SHIPPED]
    hidden = embedded_fonts(export(case_fixture, tmp_path / "hidden").folder)
    assert hidden == normal
    # The fixture's Lao and Burmese testimony went through the shipped fonts.
    assert {"NotoSansLao-Regular", "NotoSansMyanmar-Regular", "NotoSans-Regular"} <= hidden
    # Named by file (the fonts Casebook registers) or by PostScript name (the exhibit
    # fonts' metric-compatible substitutes, e.g. "LiberationSans" for Helvetica).
    shipped_names = {p.stem for p in SHIPPED.glob("*.ttf")}
    shipped_names |= {TTFontFile(str(p)).name.decode("ascii") for p in SHIPPED.glob("*.ttf")}
    assert hidden <= shipped_names, hidden - shipped_names
    registered = casebook_fonts_registered()
    assert registered and all(Path(f).parent == SHIPPED for f in registered.values())


def test_system_fonts_remain_the_fallback_for_cjk(monkeypatch: pytest.MonkeyPatch):
    han = scripts.find_font("Han", truetype_only=True)
    if han is None:
        pytest.skip("no TrueType CJK font on this system (fonts-wqy-zenhei)")
    assert han.path.parent != SHIPPED
    hide_system_fonts(monkeypatch)
    with pytest.raises(MissingFontError, match="Han"):
        fonts.FontBook().require("证人说")


def _as_bold(source: Path, target: Path) -> None:
    """A copy of ``source`` whose head table says Bold (macStyle bit 0), as a system font
    of a newer Noto release with a Bold weight would."""
    data = bytearray(source.read_bytes())
    (tables,) = struct.unpack_from(">H", data, 4)
    for i in range(tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        if tag == b"head":
            (style,) = struct.unpack_from(">H", data, offset + 44)
            struct.pack_into(">H", data, offset + 44, style | 1)
    target.write_bytes(bytes(data))


def test_a_system_font_never_adds_a_style_the_shipped_family_lacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Mongolian ships in Regular only: a system Bold of the same family is not used."""
    system = tmp_path / "system-fonts"
    system.mkdir()
    _as_bold(SHIPPED / "NotoSansMongolian-Regular.ttf", system / "NotoSansMongolian-Bold.ttf")
    monkeypatch.setattr(scripts, "_system_font_dirs", lambda: [system])
    scripts.clear_font_cache()
    assert scripts.font_dirs() == [SHIPPED, system]
    bold = scripts.find_font("Mongolian", "bold", truetype_only=True)
    assert bold is not None and bold.path == SHIPPED / "NotoSansMongolian-Regular.ttf"
    # The same file is found when nothing is shipped: the test font really reads as Bold.
    monkeypatch.setattr(scripts, "shipped_font_dir", lambda: None)
    scripts.clear_font_cache()
    found = scripts.find_font("Mongolian", "bold", truetype_only=True)
    assert found is not None and (found.path.parent, found.style) == (system, "bold")
