"""Exhibits on paper: images fitted to a page, PDF pages merged onto reserved pages.

An image is drawn with its pixels as they are, but a JPEG without the segments that name
people, places and times (EXIF, XMP, IPTC, comments): ReportLab would otherwise copy them
into the complaint, where name protection cannot reach. The exhibit file keeps them.
A PDF exhibit's pages are not re-typeset: each original page is placed as a form
XObject, scaled down to the text frame, onto a page the document reserved for it, so the
complaint's running header, marking and "page X of Y" cover the exhibit pages too and its
text stays searchable (its annotations stay in the exhibit file). Everything happens in
memory or in the target file; nothing goes to /tmp.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    FloatObject,
    NameObject,
    StreamObject,
)
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from ..errors import CasebookError
from .exhibit_fonts import FontEmbedder
from .pdf_standard import Description, make_archival
from .pdfa_pages import page_problems
from .tagging import Tagger, figure, write_structure

IMAGE_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/tiff", "image/bmp", "image/webp"}
)
PDF_TYPE = "application/pdf"
_PDF_PAGE_LIMIT = 2000

# An exhibit's bytes: its file in a bundle folder, or in memory for an encrypted bundle.
ExhibitSource = Path | bytes
# JPEG segments dropped before drawing: APP1 (EXIF, XMP), APP13 (IPTC), comments.
_JPEG_DROPPED = frozenset({0xE1, 0xED, 0xFE})
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})


def jpeg_without_metadata(data: bytes) -> bytes:
    """The same JPEG, byte for byte in its image data, without its metadata segments.

    A file whose segments cannot be walked is decoded and encoded again without them:
    its metadata must not reach the complaint either way.
    """
    out = [data[:2]]
    i = 2
    while i + 4 <= len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xDA:  # start of scan: the image data follows, kept whole
            out.append(data[i:])
            return b"".join(out)
        if marker in _JPEG_STANDALONE:
            out.append(data[i : i + 2])
            i += 2
            continue
        end = i + 2 + int.from_bytes(data[i + 2 : i + 4], "big")
        if marker not in _JPEG_DROPPED:
            out.append(data[i:end])
        i = end
    with Image.open(io.BytesIO(data)) as image:
        again = io.BytesIO()
        image.convert("RGB").save(again, "JPEG", quality=95)
    return again.getvalue()


def exhibit_form(media_type: str, kind: str) -> str:
    """How an exhibit is shown: "image", "pdf", "media" (audio/video) or "file"."""
    if media_type in IMAGE_TYPES:
        return "image"
    if media_type == PDF_TYPE:
        return "pdf"
    if media_type.startswith(("audio/", "video/")) or kind in ("audio", "video"):
        return "media"
    return "file"


class FittedImage(Flowable):
    """An image scaled to fill what is left of the frame, keeping its proportions.

    Drawn from the exhibit file in the bundle by name (or from memory when the bundle is
    encrypted as it is written), so ReportLab embeds a JPEG as it is (no decoding and
    re-compressing of millions of pixels on every layout pass).
    """

    def __init__(self, source: ExhibitSource, min_height: float = 120, alt: str = "") -> None:
        super().__init__()
        self.alt = alt  # what a screen reader says of the image (the exhibit's heading)
        self._image: str | ImageReader = (
            str(source) if isinstance(source, Path) else ImageReader(io.BytesIO(source))
        )
        self._source = source
        self._size = (
            ImageReader(self._image).getSize()
            if isinstance(self._image, str)
            else self._image.getSize()
        )
        self.min_height = min_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        iw, ih = self._size
        scale = min(avail_width / iw, max(avail_height - 2, self.min_height) / ih)
        self.draw_width, self.draw_height = iw * scale, ih * scale
        self.avail_width = avail_width
        return avail_width, self.draw_height

    def draw(self) -> None:
        x = (self.avail_width - self.draw_width) / 2
        with figure(self.canv, self.alt):
            self.canv.drawImage(self._drawn(), x, 0, self.draw_width, self.draw_height)

    def _drawn(self) -> str | ImageReader:
        """What is embedded: a JPEG without its metadata, read only when drawn."""
        source = self._source
        head = source[:2] if isinstance(source, bytes) else _head(source)
        if head != b"\xff\xd8":
            return self._image  # other formats are decoded; their metadata is not copied
        data = source if isinstance(source, bytes) else source.read_bytes()
        return _JpegImage(jpeg_without_metadata(data))


class _JpegImage(ImageReader):
    """A JPEG that ReportLab embeds as its bytes, named by their hash.

    Why: ``Canvas.drawImage`` names an ImageReader's image by the MD5 of its decoded
    pixels, so every photo was decoded (millions of pixels) and hashed only to be named,
    then embedded undecoded anyway; that was a tenth of a filing's time.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._name = hashlib.sha256(data).digest()

    def getRGBData(self) -> bytes:
        if getattr(self._image, "format", None) != "JPEG":
            return super().getRGBData()  # e.g. MPO: ReportLab decodes and embeds the pixels
        # Only drawImage's naming asks for it: the JPEG itself goes in through jpeg_fh().
        self._dataA = None
        return self._name


def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(2)


def _readable(source: ExhibitSource) -> str | io.BytesIO:
    return str(source) if isinstance(source, Path) else io.BytesIO(source)


def image_problem(source: ExhibitSource) -> str | None:
    """None if ReportLab can draw this image, else a short reason."""
    try:
        ImageReader(_readable(source)).getSize()
    except Exception as exc:  # Pillow raises many kinds for broken images
        return f"the image could not be read ({type(exc).__name__})"
    return None


def pdf_page_count(source: ExhibitSource) -> int | str:
    """The page count of a PDF exhibit, or a reason it cannot be shown page by page."""
    try:
        reader = PdfReader(_readable(source))
        if reader.is_encrypted:
            return "the PDF is password-protected"
        count = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        return f"the PDF could not be read ({type(exc).__name__})"
    if count > _PDF_PAGE_LIMIT:
        return f"the PDF has {count} pages, more than {_PDF_PAGE_LIMIT} can be printed"
    return count


def _own_resources(page: PageObject) -> None:
    """Give ``page`` its own resource dictionaries before an exhibit is merged onto it.

    ReportLab's pages share one; pypdf merges into it in place, so every page of the
    complaint would name the exhibit's fonts (a non-embedded Helvetica in pdffonts).
    """
    resources = page.get("/Resources")
    if resources is None:
        return
    copy = DictionaryObject()
    for key, value in resources.get_object().items():
        value = value.get_object()
        copy[NameObject(key)] = DictionaryObject(value) if isinstance(value, dict) else value
    page[NameObject("/Resources")] = copy


def _place(
    writer: PdfWriter,
    target: PageObject,
    page: PageObject,
    placement: tuple[float, float, float],
    name: str,
    mcid: int | None,
) -> None:
    """Draw ``page`` on ``target`` as a form XObject, scaled and moved by ``placement``
    (scale, dx, dy), inside marked content ``mcid`` when the document is tagged.

    As a form the exhibit's content stays one untouched stream (not parsed, not renamed),
    clipped to its crop box. Its annotations (links, form fields) are not carried into
    the complaint: the exhibit file in the bundle keeps them.
    """
    box = page.cropbox
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if isinstance(contents, EncodedStreamObject) and contents.get("/Filter") == "/FlateDecode":
        form: StreamObject = EncodedStreamObject()
        form._data = contents._data  # compressed as it is in the exhibit
        form[NameObject("/Filter")] = NameObject("/FlateDecode")
        if "/DecodeParms" in contents:
            form[NameObject("/DecodeParms")] = contents["/DecodeParms"].clone(writer)
    else:
        data = page.get_contents().get_data() if contents is not None else b""
        form = DecodedStreamObject()
        form.set_data(data)
        form = form.flate_encode()
    resources = page.get("/Resources")
    cloned = resources.get_object().clone(writer) if resources is not None else None
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                FloatObject(float(v)) for v in (box.left, box.bottom, box.right, box.top)
            ),
            NameObject("/Resources"): cloned if cloned is not None else DictionaryObject(),
        }
    )
    if "/Group" in page:
        form[NameObject("/Group")] = page["/Group"].get_object().clone(writer)
    own = target.get("/Resources")
    own = own.get_object() if own is not None else DictionaryObject()
    target[NameObject("/Resources")] = own
    xobjects = own.get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else DictionaryObject()
    own[NameObject("/XObject")] = xobjects
    xobjects[NameObject(name)] = writer._add_object(form)
    scale, dx, dy = placement
    draw = f"{name} Do" if mcid is None else f"/Figure <</MCID {mcid}>> BDC {name} Do EMC"
    ops = f"Q q {scale:.6f} 0 0 {scale:.6f} {dx:.4f} {dy:.4f} cm {draw} Q"
    before, after = DecodedStreamObject(), DecodedStreamObject()
    before.set_data(b"q")
    after.set_data(ops.encode("ascii"))
    raw = target.raw_get("/Contents") if "/Contents" in target else ArrayObject()
    old = raw.get_object()  # a page's item lookup resolves references: raw_get keeps them
    old_items = list(old) if isinstance(old, ArrayObject) else [raw]
    target[NameObject("/Contents")] = ArrayObject(
        [writer._add_object(before), *old_items, writer._add_object(after)]
    )


_SHARED_TYPES = (NameObject, FloatObject)


def _share_values(objects: Iterable[object], shared: dict[object, object]) -> None:
    """Make equal names and equal numbers with a fraction in ``objects`` one object each.

    pypdf parses every name and number anew (a name 123 bytes, a number 64): the merged
    2,000-page filing held 200,000 names, a few hundred distinct, and 120,000 numbers
    (issue 19). Both are immutable and written from their value alone, so sharing one
    changes nothing in the file.
    """
    stack = [o for o in objects if o is not None]
    while stack:
        obj = stack.pop()
        if isinstance(obj, dict):  # a dictionary, or a stream's
            items = list(dict.items(obj))
            dict.clear(obj)
            for key, value in items:
                if type(value) in _SHARED_TYPES:
                    value = shared.setdefault(value, value)
                elif isinstance(value, (dict, list)):
                    stack.append(value)
                dict.__setitem__(obj, shared.setdefault(key, key), value)
        elif isinstance(obj, list):
            for i, value in enumerate(list.__iter__(obj)):
                if type(value) in _SHARED_TYPES:
                    list.__setitem__(obj, i, shared.setdefault(value, value))
                elif isinstance(value, (dict, list)):
                    stack.append(value)


def merge_exhibit_pages(
    complaint: bytes | io.BytesIO,
    slots: dict[tuple[int, int], int],
    exhibits: dict[int, ExhibitSource],
    frame: tuple[float, float, float, float],
    out: BinaryIO,
    description: Description | None = None,
    problems: list[str] | None = None,
    tagger: Tagger | None = None,
) -> int:
    """Place each exhibit page on its reserved page; write the result; return page count.

    ``complaint`` is the typeset document; given as a buffer, it is emptied once cloned.

    With ``description`` the document is finished as PDF/A-2u (``make_archival``), claimed
    only if no exhibit page stands in the way; what does is added to ``problems``. With
    ``tagger`` (the structure the document recorded as it drew), each exhibit page is a
    Figure and the structure tree is written (``tagging.write_structure``).
    """
    found: list[str] = []
    source = io.BytesIO(complaint) if isinstance(complaint, bytes) else complaint
    writer = PdfWriter(clone_from=PdfReader(source))
    # pypdf keeps every reader a writer cloned from alive, with all its parsed objects,
    # until the writer goes: the complaint's (cloned whole) and each exhibit's (once its
    # pages are placed) are let go instead, tens of MB in a long filing (issue 19).
    writer.reset_translation()
    if isinstance(complaint, io.BytesIO):  # the caller's buffer: its bytes are in the clone
        complaint.seek(0)
        complaint.truncate()
    shared: dict[object, object] = {}
    _share_values(writer._objects, shared)
    fonts = FontEmbedder(writer)
    fx, fy, fw, fh = frame
    for number, exhibit in exhibits.items():
        # One exhibit at a time, read from its file in the bundle (or from memory). Rotated
        # pages are turned upright in their content, in a writer's copy; cloning every
        # exhibit into a writer took a third of the merge.
        reader, start = PdfReader(_readable(exhibit)), len(writer._objects)
        pages = reader.pages
        if any(page.rotation for page in pages):
            pages = PdfWriter(clone_from=reader).pages
        targets = []
        for index, page in enumerate(pages):
            target_no = slots.get((number, index))
            if target_no is None:
                raise CasebookError(
                    "Page {page} of exhibit {number} has no place in the complaint; export "
                    "again, and report this if it happens twice.",
                    page=index + 1,
                    number=number,
                )
            if page.rotation:
                page.transfer_rotation_to_content()
            if description is not None:
                found += page_problems(page, f"exhibit {number}, page {index + 1}")
            box = page.cropbox
            width, height = float(box.width), float(box.height)
            scale = min(fw / width, fh / height, 1.0)
            dx = fx + (fw - width * scale) / 2 - float(box.left) * scale
            dy = fy + (fh - height * scale) / 2 - float(box.bottom) * scale
            target = writer.pages[target_no - 1]
            targets.append(target)
            _own_resources(target)
            mcid = tagger.exhibit_mcids.get((number, index)) if tagger is not None else None
            _place(writer, target, page, (scale, dx, dy), f"/CbExhibit{number}p{index}", mcid)
            fonts.embed_page(target)  # fonts the exhibit names but does not embed
        for done in pages[:1]:  # the exhibit's reader, or the writer of its upright copy
            writer.reset_translation(done.indirect_reference)
        writer.reset_translation(reader)
        _share_values([*writer._objects[start:], *targets], shared)  # what the exhibit added
    # ReportLab writes "%PDF-1.3"; XMP metadata (1.4) and merged exhibits (up to 1.7) need
    # more. ISO 32000-1 (PDF 1.7) is also what PDF/A-2 builds on.
    writer.pdf_header = b"%PDF-1.7"
    if tagger is not None:
        write_structure(writer, tagger)
    if description is not None:
        created = writer.metadata.creation_date if writer.metadata else None
        if created is None:
            raise CasebookError("The complaint has no creation date; export again.")
        make_archival(writer, description, created, found)
    if problems is not None:
        problems += found
    writer.write(out)
    return len(writer.pages)
