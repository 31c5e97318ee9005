"""A test-side checker for the PDF/A-2u rules that can be checked without veraPDF.

veraPDF (the reference validator) is a Java program distributed through Maven Central and
its own site, neither reachable here. What installs is Debian's Apache PDFBox 2.0.27 with
its Preflight module (``libpdfbox2-java``), which validates PDF/A-1b only; ``preflight``
runs it and drops the three findings that are PDF/A-1's own rules and are right for a
PDF/A-2u file. ``findings`` checks, with pikepdf, the ISO 19005-2 rules a PDF writer can
get wrong: identification and metadata agreeing with the Info dictionary, the output
intent, fonts embedded with Unicode mappings, actions, annotations, forbidden filters and
keys, colour spaces.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pikepdf

_ALLOWED_ACTIONS = {"/GoTo", "/GoToR", "/GoToE", "/Thread", "/URI", "/Named"}
_BLEND_MODES = {
    "/Normal", "/Compatible", "/Multiply", "/Screen", "/Overlay", "/Darken", "/Lighten",
    "/ColorDodge", "/ColorBurn", "/HardLight", "/SoftLight", "/Difference", "/Exclusion",
    "/Hue", "/Saturation", "/Color", "/Luminosity",
}  # fmt: skip
_STANDARD_ENCODINGS = {"/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding"}
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def claim(pdf: pikepdf.Pdf) -> tuple[str, str] | None:
    """The (part, conformance) the XMP claims, or None."""
    meta = pdf.open_metadata()
    part = meta.get("pdfaid:part")
    return (str(part), str(meta.get("pdfaid:conformance"))) if part else None


def _date(value: str) -> datetime:
    """A PDF date (D:YYYYMMDDHHmmSSOHH'mm') or an XMP date, as an aware datetime."""
    if value.startswith("D:"):
        m = re.match(r"D:(\d{14})([Z+-])?(\d\d)?'?(\d\d)?", value)
        assert m, value
        zone = "+00:00" if m.group(2) in (None, "Z") else f"{m.group(2)}{m.group(3)}:{m.group(4)}"
        return datetime.strptime(m.group(1) + zone, "%Y%m%d%H%M%S%z")
    return datetime.fromisoformat(value)


def findings(path: Path) -> list[str]:
    """What in the file breaks a PDF/A-2u rule this checker knows; empty: none found."""
    out: list[str] = []
    with pikepdf.open(path) as pdf:
        if pdf.is_encrypted:
            out.append("encrypted")
        if float(pdf.pdf_version) > 1.7:
            out.append(f"PDF version {pdf.pdf_version}")
        ids = pdf.trailer.get("/ID")
        if ids is None or len(ids) != 2:
            out.append("no file identifier (/ID) in the trailer")
        out += _metadata(pdf)
        out += _output_intent(pdf)
        root = pdf.Root
        names = root.get("/Names", {})
        for key in ("/JavaScript", "/EmbeddedFiles"):
            if key in names:
                out.append(f"catalog names {key}")
        if "/AA" in root:
            out.append("catalog additional actions")
        if "/AcroForm" in root and root.AcroForm.get("/NeedAppearances", False):
            out.append("form NeedAppearances")
        for number, page in enumerate(pdf.pages, start=1):
            out += [f"page {number}: {f}" for f in _page(page)]
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                filters = obj.get("/Filter")
                names_ = [filters] if isinstance(filters, pikepdf.Name) else list(filters or [])
                if pikepdf.Name.LZWDecode in names_:
                    out.append("an LZW-compressed stream")
                if obj.get("/Interpolate") is True:
                    out.append("an interpolated image")
            if isinstance(obj, pikepdf.Dictionary) and "/S" in obj and "/Type" not in obj:
                kind = obj.get("/S")
                if kind == pikepdf.Name.JavaScript or kind == pikepdf.Name.Launch:
                    out.append(f"a {kind} action")
    return sorted(set(out))


def _metadata(pdf: pikepdf.Pdf) -> list[str]:
    out: list[str] = []
    stream = pdf.Root.get("/Metadata")
    if stream is None:
        return ["no XMP metadata"]
    if "/Filter" in stream:
        out.append("the metadata stream is filtered")
    raw = stream.read_bytes()
    head = raw[: raw.index(b"?>")] if b"?>" in raw else b""
    if b"bytes=" in head or b"encoding=" in head:
        out.append("a bytes or encoding attribute in the XMP packet header")
    meta = pdf.open_metadata()
    info = pdf.docinfo
    pairs = {
        "/Title": meta.get("dc:title"),
        "/Author": meta.get("dc:creator"),
        "/Subject": meta.get("dc:description"),
        "/Creator": meta.get("xmp:CreatorTool"),
        "/Producer": meta.get("pdf:Producer"),
        "/Keywords": meta.get("pdf:Keywords"),
    }
    for key, xmp in pairs.items():
        if key not in info:
            continue
        value = str(info[key])
        xmp_value = xmp[0] if isinstance(xmp, list) and xmp else xmp
        if value != (str(xmp_value) if xmp_value is not None else None):
            out.append(f"Info {key} is not in the XMP")
    for key, name in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        if key in info and (name not in meta or _date(str(info[key])) != _date(str(meta[name]))):
            out.append(f"Info {key} and XMP {name} differ")
    return out


def _output_intent(pdf: pikepdf.Pdf) -> list[str]:
    intents = [i for i in pdf.Root.get("/OutputIntents", []) if i.get("/S") == "/GTS_PDFA1"]
    if len(intents) != 1:
        return [f"{len(intents)} PDF/A output intents"]
    profile = intents[0].get("/DestOutputProfile")
    if profile is None:
        return ["the output intent has no profile"]
    data = profile.read_bytes()
    out = []
    if data[36:40] != b"acsp" or data[16:20] != b"RGB " or int(profile.get("/N", 0)) != 3:
        out.append("the output profile is not an RGB ICC profile")
    if data[8] >= 5:
        out.append(f"ICC profile version {data[8]}")
    return out


def _page(page: Any) -> list[str]:
    out: list[str] = []
    for annotation in page.get("/Annots", []):
        flags = int(annotation.get("/F", 0))
        if not flags & 4 or flags & 0b100011:
            out.append(f"a {annotation.get('/Subtype')} annotation not set to print")
        action = annotation.get("/A")
        if action is not None and action.get("/S") not in _ALLOWED_ACTIONS:
            out.append(f"a {action.get('/S')} action")
        if annotation.get("/Subtype") not in ("/Link", "/Popup") and "/AP" not in annotation:
            out.append("an annotation without appearance")
    if "/AA" in page:
        out.append("page additional actions")
    _resources(page.get("/Resources"), out, set())
    return out


def _resources(resources: Any, out: list[str], seen: set[tuple[int, int]]) -> None:
    if resources is None:
        return
    key = resources.objgen
    if key != (0, 0) and key in seen:
        return
    seen.add(key)
    for font in resources.get("/Font", {}).values():
        out += _font(font)
    for state in resources.get("/ExtGState", {}).values():
        if "/TR" in state or "/HTP" in state:
            out.append("a transfer function or halftone origin")
        modes = state.get("/BM")
        for mode in modes if isinstance(modes, pikepdf.Array) else [modes] if modes else []:
            if str(mode) not in _BLEND_MODES:
                out.append(f"blend mode {mode}")
    for space in resources.get("/ColorSpace", {}).values():
        if space == pikepdf.Name.DeviceCMYK:
            out.append("DeviceCMYK under an RGB output intent")
    for xobject in resources.get("/XObject", {}).values():
        if xobject.get("/ColorSpace") == pikepdf.Name.DeviceCMYK:
            out.append("a DeviceCMYK image under an RGB output intent")
        if xobject.get("/Subtype") == pikepdf.Name.PS or "/OPI" in xobject:
            out.append("a PostScript or OPI XObject")
        if xobject.get("/Subtype") == pikepdf.Name.Form:
            _resources(xobject.get("/Resources"), out, seen)


def _font(font: Any) -> list[str]:
    name = str(font.get("/BaseFont", "?"))
    if font.get("/Subtype") == pikepdf.Name.Type3:
        return [] if "/ToUnicode" in font else [f"font {name} has no Unicode mapping"]
    descriptor = font.get("/FontDescriptor")
    if font.get("/Subtype") == pikepdf.Name.Type0:
        descriptor = font.DescendantFonts[0].get("/FontDescriptor")
    if descriptor is None or not any(k in descriptor for k in _FONT_FILES):
        return [f"font {name} is not embedded"]
    if "/ToUnicode" in font:
        return []
    encoding = font.get("/Encoding")
    if isinstance(encoding, pikepdf.Dictionary):
        encoding = encoding.get("/BaseEncoding")
    symbolic = int(descriptor.get("/Flags", 0)) & 4
    if (
        font.get("/Subtype") == pikepdf.Name.Type0
        or symbolic
        or str(encoding) not in (_STANDARD_ENCODINGS)
    ):
        return [f"font {name} has no Unicode mapping"]
    return []


# -- Apache PDFBox Preflight (PDF/A-1b), where Debian's libpdfbox2-java is installed ----

_JARS = (
    "preflight.jar",
    "pdfbox2.jar",
    "fontbox2.jar",
    "xmpbox.jar",
    "commons-logging.jar",
    "javax.activation.jar",
    "jaxb-api.jar",
)
# PDF/A-1 rules a PDF/A-2u file rightly breaks: its part and level, and an ICC v4 profile.
PDFA1_ONLY = (
    "7.11.2 : Error on MetaData, part must be 1",
    "7.11.1 : Error on MetaData, conformance level must be A or B",
    "2.1.6 : Invalid graphics object, Invalid version of the ICCProfile",
)


def preflight_available() -> bool:
    return shutil.which("java") is not None and all(
        (Path("/usr/share/java") / jar).is_file() for jar in _JARS
    )


def preflight(path: Path) -> list[str]:
    """Preflight's findings for ``path``, less the PDF/A-1-only ones; empty: it passed."""
    classpath = ":".join(str(Path("/usr/share/java") / jar) for jar in _JARS)
    done = subprocess.run(
        ["java", "-cp", classpath, "org.apache.pdfbox.preflight.Validator_A1b", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    if any("is a valid PDF/A-1b file" in line for line in lines):
        return []
    errors = [line for line in lines if re.match(r"\d+(\.\d+)* : ", line)]
    assert errors or done.returncode == 0, done.stdout + done.stderr
    return [e for e in errors if e not in PDFA1_ONLY]
