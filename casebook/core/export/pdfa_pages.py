"""What in a PDF exhibit's page stands in the way of the complaint's PDF/A-2u claim.

An exhibit PDF is whatever a witness or an organisation supplied. Its pages are merged into
the complaint as they are (vector, searchable), so what they hold becomes part of the
complaint: a font they do not embed, a JavaScript link, a CMYK colour without a profile.
Each page is checked before it is merged; every finding is a short reason naming the
exhibit and page, never its content. One finding is enough for the complaint not to claim
PDF/A (see ``pdf_standard.make_archival``); the exhibit file in the bundle is unchanged
either way. The checks are conservative: a page they cannot vouch for is a finding.

Not merged, so never checked: the exhibit's document-level parts (its JavaScript name
tree, embedded files, forms, encryption: a password-protected PDF is not merged at all)
and its pages' annotations (links, form fields, JavaScript actions): a page is placed as
a form XObject of its content only (``exhibit_pages._place``).
"""

from __future__ import annotations

import re
from typing import Any

from pypdf import PageObject
from pypdf.generic import ArrayObject, DictionaryObject

from .exhibit_fonts import substitute_file, unvisited_resources

_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_SIMPLE_ENCODINGS = frozenset({"/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding"})
# Four numbers and k or K: a DeviceCMYK colour, not allowed under an sRGB output intent.
_CMYK_OPERATOR = re.compile(rb"(?:[-+]?(?:\d+\.?\d*|\.\d+)\s+){4}[kK](?![A-Za-z0-9_])")
_OPTIONAL_CONTENT = re.compile(rb"/OC\s*/")


def page_problems(page: PageObject, where: str) -> list[str]:
    """The reasons this exhibit page would break PDF/A-2u; ``where`` names it ("exhibit 3,
    page 2"). Empty: nothing found."""
    problems: list[str] = []
    seen: set[int] = set()
    _check_resources(page.get("/Resources"), where, problems, seen)
    content = page.get_contents()
    data = content.get_data() if content is not None else b""
    _check_content(data, where, problems)
    return sorted(set(problems), key=problems.index)


def _check_content(data: bytes, where: str, problems: list[str]) -> None:
    if _CMYK_OPERATOR.search(data):
        problems.append(f"{where}: a CMYK colour without a colour profile")
    if _OPTIONAL_CONTENT.search(data):
        problems.append(f"{where}: optional content (layers)")


def _check_resources(resources: Any, where: str, problems: list[str], seen: set[int]) -> None:
    resources = unvisited_resources(resources, seen)
    if resources is None:
        return
    for font in _values(resources.get("/Font")):
        _check_font(font, where, problems)
    for state in _values(resources.get("/ExtGState")):
        if "/TR" in state or "/HTP" in state or "/HTO" in state:
            problems.append(f"{where}: a transfer function or halftone origin")
        if state.get("/TR2", "/Default") != "/Default":
            problems.append(f"{where}: a transfer function")
    for space in _values(resources.get("/ColorSpace")):
        if _is_cmyk(space):
            problems.append(f"{where}: a CMYK colour without a colour profile")
    for xobject in _values(resources.get("/XObject")):
        _check_xobject(xobject, where, problems, seen)
    for pattern in _values(resources.get("/Pattern")):
        if hasattr(pattern, "get_data"):
            _check_content(pattern.get_data(), where, problems)
        _check_resources(pattern.get("/Resources"), where, problems, seen)


def _check_xobject(xobject: Any, where: str, problems: list[str], seen: set[int]) -> None:
    subtype = xobject.get("/Subtype")
    if "/OPI" in xobject or "/OC" in xobject:
        problems.append(f"{where}: an OPI reference or optional content")
    if subtype == "/Image":
        if xobject.get("/Interpolate") or "/Alternates" in xobject:
            problems.append(f"{where}: an image with interpolation or alternates")
        if "/LZWDecode" in _filters(xobject):
            problems.append(f"{where}: an LZW-compressed image")
        if _is_cmyk(xobject.get("/ColorSpace")):
            problems.append(f"{where}: a CMYK image without a colour profile")
        return
    if subtype == "/PS" or xobject.get("/Subtype2") == "/PS":
        problems.append(f"{where}: a PostScript fragment")
        return
    if subtype == "/Form":
        if "/LZWDecode" in _filters(xobject):
            problems.append(f"{where}: LZW-compressed content")
        else:
            _check_content(xobject.get_data(), where, problems)
        _check_resources(xobject.get("/Resources"), where, problems, seen)


def _check_font(font: Any, where: str, problems: list[str]) -> None:
    subtype = font.get("/Subtype")
    name = str(font.get("/BaseFont", "?")).lstrip("/")
    if subtype == "/Type3":
        if "/ToUnicode" not in font:
            problems.append(f"{where}: the Type 3 font {name} has no Unicode mapping")
        return
    descriptor = font.get("/FontDescriptor")
    if subtype == "/Type0":
        descendants = font.get("/DescendantFonts") or []
        descriptor = descendants[0].get_object().get("/FontDescriptor") if descendants else None
    descriptor = descriptor.get_object() if descriptor is not None else None
    if descriptor is None or not any(key in descriptor for key in _FONT_FILES):
        if substitute_file(font) is None:  # else embedded by exhibit_fonts after the merge
            problems.append(f"{where}: the font {name} is not embedded")
        return
    if "/ToUnicode" in font:
        return
    encoding = font.get("/Encoding")
    encoding = encoding.get_object() if encoding is not None else None
    symbolic = int(descriptor.get("/Flags", 0)) & 4
    standard = encoding in _SIMPLE_ENCODINGS or (
        isinstance(encoding, DictionaryObject)
        and encoding.get("/BaseEncoding", "/StandardEncoding") in _SIMPLE_ENCODINGS
    )
    if subtype == "/Type0" or symbolic or not standard:
        problems.append(f"{where}: the font {name} has no Unicode mapping")


def _values(container: Any) -> list[Any]:
    if container is None:
        return []
    container = container.get_object()
    if not isinstance(container, DictionaryObject):
        return []
    return [value.get_object() for value in container.values()]


def _filters(stream: Any) -> list[str]:
    found = stream.get("/Filter")
    if found is None:
        return []
    found = found.get_object()
    return [str(f) for f in found] if isinstance(found, ArrayObject) else [str(found)]


def _is_cmyk(space: Any) -> bool:
    if space is None:
        return False
    space = space.get_object()
    if space == "/DeviceCMYK":
        return True
    if isinstance(space, ArrayObject) and space:
        family = space[0]
        if family in ("/Indexed", "/Separation", "/DeviceN"):
            # The base or alternate space: Indexed [base ...], Separation/DeviceN [.. alt ..]
            index = 1 if family == "/Indexed" else 2
            return len(space) > index and _is_cmyk(space[index])
    return False
