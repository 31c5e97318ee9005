"""Fonts an exhibit PDF names but does not embed, embedded as metric-compatible TrueType.

Word processors and PDF libraries often write "Helvetica", "Arial" or "Times New Roman"
without the font program, leaving each viewer to substitute one. Merged into the complaint
as they are, such pages would break the PDF/A claim and look different from one reader's
computer to the next. Where a font with the same metrics is among the fonts shipped with
Casebook (Liberation, the Chrome OS fonts Arimo/Tinos/Cousine, or Arial/Times New
Roman/Courier New themselves), it is embedded whole in the complaint's copy of the page:
every glyph keeps its advance, so the page lays out exactly as its author's did. Only the
shipped folder is searched, never the system's: two computers must file the same PDF
(tests/core/export/test_shipped_fonts.py). A font with no such substitute (none shipped,
Symbol, a CID font, an unknown family) is left as it is and named among the PDF/A
problems. The exhibit file in the bundle is never changed.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Any

from pypdf import PdfWriter
from pypdf._codecs import _mac_encoding, _std_encoding, _win_encoding, adobe_glyphs
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from reportlab.pdfbase.ttfonts import TTFontFile

from ..text.scripts import shipped_font_dir

_SIMPLE = frozenset({"/Type1", "/TrueType", "/MMType1"})
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_ENCODINGS = {
    "/WinAnsiEncoding": _win_encoding,
    "/MacRomanEncoding": _mac_encoding,
    "/StandardEncoding": _std_encoding,
}
_FAMILIES = {
    "helvetica": "sans",
    "arial": "sans",
    "arialmt": "sans",
    "times": "serif",
    "timesroman": "serif",
    "timesnewroman": "serif",
    "timesnewromanps": "serif",
    "timesnewromanpsmt": "serif",
    "courier": "mono",
    "couriernew": "mono",
    "couriernewps": "mono",
    "couriernewpsmt": "mono",
}
_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")  # index: bold + 2 * italic
# File names per family, best first: {style} is one of _STYLES.
_FILES = {
    "sans": ("LiberationSans-{style}.ttf", "Arimo-{style}.ttf"),
    "serif": ("LiberationSerif-{style}.ttf", "Tinos-{style}.ttf"),
    "mono": ("LiberationMono-{style}.ttf", "Cousine-{style}.ttf"),
}
_WINDOWS = {
    "sans": ("arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"),
    "serif": ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    "mono": ("cour.ttf", "courbd.ttf", "couri.ttf", "courbi.ttf"),
}
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_GLYPH_NAMES = {text: name for name, text in adobe_glyphs.items() if len(text) == 1}


def _split(base_font: str) -> tuple[str, str] | None:
    """(family, style) of a standard base font name, or None: "Helvetica-BoldOblique" →
    ("sans", "BoldItalic"); "TimesNewRomanPS-ItalicMT" → ("serif", "Italic")."""
    name = _SUBSET_PREFIX.sub("", base_font.lstrip("/"))
    parts = re.split(r"[-,]", name, maxsplit=1)
    family = _FAMILIES.get(parts[0].lower())
    if family is None:
        return None
    rest = parts[1].lower() if len(parts) > 1 else ""
    rest = rest.removesuffix("mt").removesuffix("ps")
    bold = "bold" in rest
    italic = "italic" in rest or "oblique" in rest
    style = (
        "BoldItalic" if bold and italic else "Bold" if bold else "Italic" if italic else "Regular"
    )
    if family == "serif" and name.lower().startswith("times-roman"):
        style = "Regular"
    return family, style


@cache
def _installed_fonts(folders: tuple[str, ...]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                if name.lower().endswith(".ttf"):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def substitute_dirs() -> list[Path]:
    """Where substitutes are looked for: the fonts shipped with Casebook only."""
    shipped = shipped_font_dir()
    return [shipped] if shipped is not None else []


def substitute_file(font: Any) -> Path | None:
    """The shipped font file with the metrics of ``font`` (a PDF font dictionary that does
    not embed its program), or None when there is none or the font is not a simple font
    with a standard Latin encoding."""
    if font.get("/Subtype") not in _SIMPLE or _code_points(font) is None:
        return None
    split = _split(str(font.get("/BaseFont", "")))
    if split is None:
        return None
    family, style = split
    installed = _installed_fonts(tuple(str(d) for d in substitute_dirs()))
    names = [pattern.format(style=style).lower() for pattern in _FILES[family]]
    names.append(_WINDOWS[family][_STYLES.index(style)])
    return next((installed[n] for n in names if n in installed), None)


def _code_points(font: Any) -> list[str | None] | None:
    """The character each of the 256 codes of a simple font stands for, or None when the
    encoding is not a standard Latin one (a symbolic font)."""
    encoding = font.get("/Encoding")
    encoding = encoding.get_object() if encoding is not None else "/StandardEncoding"
    differences: list[Any] = []
    if isinstance(encoding, DictionaryObject):
        differences = list(encoding.get("/Differences", []))
        encoding = encoding.get("/BaseEncoding", "/StandardEncoding")
    table = _ENCODINGS.get(str(encoding))
    if table is None:
        return None
    chars: list[str | None] = [c if c and c != "\x00" else None for c in table]
    code = 0
    for item in differences:
        item = item.get_object()
        if isinstance(item, (int, NumberObject)) and not isinstance(item, NameObject):
            code = int(item)
            continue
        text = adobe_glyphs.get(str(item))
        if text is None and str(item).startswith("/uni") and len(str(item)) == 8:
            text = chr(int(str(item)[4:], 16))
        if 0 <= code < 256:
            chars[code] = text if text and len(text) == 1 else None
        code += 1
    return chars


class FontEmbedder:
    """Embeds substitutes into a writer's fonts; each font file is embedded once."""

    def __init__(self, writer: PdfWriter) -> None:
        self.writer = writer
        self._descriptors: dict[Path, IndirectObject] = {}
        self._metrics: dict[Path, TTFontFile] = {}
        self._done: set[int] = set()

    def embed_page(self, page: Any) -> None:
        """Embed a substitute for every font of ``page`` (and its forms) that has none."""
        self._resources(page.get("/Resources"), set())

    def _resources(self, resources: Any, seen: set[int]) -> None:
        resources = unvisited_resources(resources, seen)
        if resources is None:
            return
        fonts = resources.get("/Font")
        for font in fonts.get_object().values() if fonts is not None else []:
            self._font(font.get_object())
        xobjects = resources.get("/XObject")
        for xobject in xobjects.get_object().values() if xobjects is not None else []:
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                self._resources(xobject.get("/Resources"), seen)

    def _font(self, font: DictionaryObject) -> None:
        if id(font) in self._done:
            return
        self._done.add(id(font))
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else None
        if descriptor is not None and any(key in descriptor for key in _FONT_FILES):
            return
        path = substitute_file(font)
        chars = _code_points(font)
        if path is None or chars is None:
            return
        ttf = self._metric(path)
        widths = [
            FloatObject(round(ttf.charWidths.get(ord(c), 0), 3)) if c else FloatObject(0)
            for c in chars
        ]
        differences: list[Any] = []
        for code, char in enumerate(chars):
            if char is not None and char != _win_encoding[code] and char in _GLYPH_NAMES:
                differences += [NumberObject(code), NameObject(_GLYPH_NAMES[char])]
        encoding: Any = NameObject("/WinAnsiEncoding")
        if differences:
            encoding = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Encoding"),
                    NameObject("/BaseEncoding"): NameObject("/WinAnsiEncoding"),
                    NameObject("/Differences"): ArrayObject(differences),
                }
            )
        font[NameObject("/Subtype")] = NameObject("/TrueType")
        font[NameObject("/BaseFont")] = NameObject("/" + _ps_name(ttf))
        font[NameObject("/FirstChar")] = NumberObject(0)
        font[NameObject("/LastChar")] = NumberObject(255)
        font[NameObject("/Widths")] = ArrayObject(widths)
        font[NameObject("/Encoding")] = encoding
        font[NameObject("/FontDescriptor")] = self._descriptor(path, ttf)

    def _metric(self, path: Path) -> TTFontFile:
        if path not in self._metrics:
            self._metrics[path] = TTFontFile(str(path))
        return self._metrics[path]

    def _descriptor(self, path: Path, ttf: TTFontFile) -> IndirectObject:
        if path in self._descriptors:
            return self._descriptors[path]
        data = path.read_bytes()
        program = StreamObject()
        program.set_data(data)
        program[NameObject("/Length1")] = NumberObject(len(data))
        program = program.flate_encode()
        italic = bool(ttf.italicAngle)
        serif = "serif" in _ps_name(ttf).lower() and "sans" not in _ps_name(ttf).lower()
        fixed = len({round(w) for w in ttf.charWidths.values() if w}) == 1
        flags = 32 | (64 if italic else 0) | (2 if serif else 0) | (1 if fixed else 0)
        descriptor = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/FontDescriptor"),
                NameObject("/FontName"): NameObject("/" + _ps_name(ttf)),
                NameObject("/Flags"): NumberObject(flags),
                NameObject("/FontBBox"): ArrayObject(NumberObject(int(v)) for v in ttf.bbox),
                NameObject("/ItalicAngle"): FloatObject(ttf.italicAngle),
                NameObject("/Ascent"): NumberObject(int(ttf.ascent)),
                NameObject("/Descent"): NumberObject(int(ttf.descent)),
                NameObject("/CapHeight"): NumberObject(int(ttf.capHeight)),
                NameObject("/StemV"): NumberObject(int(ttf.stemV)),
                NameObject("/FontFile2"): self.writer._add_object(program),
            }
        )
        self._descriptors[path] = self.writer._add_object(descriptor)
        return self._descriptors[path]


def unvisited_resources(resources: Any, seen: set[int]) -> DictionaryObject | None:
    """A page's or form's /Resources dictionary, or None when absent or already walked
    (forms share resources, and a malformed file may make them refer to each other)."""
    if resources is None:
        return None
    resources = resources.get_object()
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return None
    seen.add(id(resources))
    return resources


def _ps_name(ttf: TTFontFile) -> str:
    name = ttf.name.decode("latin-1") if isinstance(ttf.name, bytes) else str(ttf.name)
    return re.sub(r"[^A-Za-z0-9_.-]", "", name) or "Substitute"
