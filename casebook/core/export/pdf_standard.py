"""Document-level settings that make an exported PDF a standard, archivable document.

Prosecutors' offices archive what they receive: the file says its language (/Lang),
carries XMP metadata that matches its Info dictionary (title, case reference, edition,
generator, creation date), and references no font it does not embed. ReportLab 5.1 writes
most of this itself when told (``lang``, ``initialFontName``, an XMP stream in the
catalog). The complaint is finished by ``make_archival`` in the same pass that merges its
exhibit pages (an sRGB output intent, printable annotations, and the PDF/A-2u claim in the
XMP only when no merged page stands in its way), so the bytes that are hashed and signed
are still the bytes written once.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from xml.sax.saxutils import escape

import reportlab.pdfbase.ttfonts as rl_ttfonts
from PIL import ImageCms
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)
from reportlab.pdfbase.pdfdoc import XMP
from reportlab.pdfgen.canvas import Canvas

GENERATOR = "Casebook"
PRODUCER = "Casebook (ReportLab)"


@dataclass(frozen=True)
class Description:
    """What the XMP packet says of a document; empty fields are left out."""

    title: str
    language: str | None = None
    author: str = ""
    subject: str = ""
    reference: str = ""  # the case reference
    edition: str = ""  # "filing" or "internal" for a complaint


# The PDF/A part and conformance level a finished complaint claims when nothing stops it.
PDFA_PART, PDFA_CONFORMANCE = "2", "U"


def xmp_packet(
    description: Description, created: datetime, pdfa: tuple[str, str] | None = None
) -> str:
    """An XMP packet (ISO 16684-1) for ``description``, created at ``created``.

    Casebook's own properties (case reference, edition) are declared in a PDF/A extension
    schema, as PDF/A requires of properties outside the predefined schemas. ``pdfa`` (part,
    conformance) adds the PDF/A identification; only ``make_archival`` passes it, after
    checking the pages that could break the claim.
    """
    d = description
    when = created.isoformat(timespec="seconds")
    lang = escape(d.language or "x-default")
    title = escape(d.title)
    dc = [f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>']
    if d.author:
        dc.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(d.author)}</rdf:li></rdf:Seq></dc:creator>"
        )
    if d.subject:
        dc.append(
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
            f"{escape(d.subject)}</rdf:li></rdf:Alt></dc:description>"
        )
    if d.language:
        dc.append(f"<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>")
    if d.reference:
        dc.append(f"<dc:identifier>{escape(d.reference)}</dc:identifier>")
    ident = []
    if pdfa:
        ident = [
            f"<pdfaid:part>{pdfa[0]}</pdfaid:part>",
            f"<pdfaid:conformance>{pdfa[1]}</pdfaid:conformance>",
        ]
    own = []
    if d.reference:
        own.append(f"<casebook:caseReference>{escape(d.reference)}</casebook:caseReference>")
    if d.edition:
        own.append(f"<casebook:edition>{escape(d.edition)}</casebook:edition>")
    return "\n".join(
        [
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
            # The extension schema first, in a description of its own: PDFBox's XMP parser
            # (Preflight) knows the casebook properties only when it has read it before them.
            '<rdf:Description rdf:about=""',
            ' xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
            ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"',
            ' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
            '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
            "<pdfaSchema:schema>Casebook export</pdfaSchema:schema>",
            "<pdfaSchema:namespaceURI>https://casebook.invalid/ns/export/1.0/</pdfaSchema:namespaceURI>",
            "<pdfaSchema:prefix>casebook</pdfaSchema:prefix>",
            "<pdfaSchema:property><rdf:Seq>",
            _property("caseReference", "The reference of the case the document is about"),
            _property("edition", "filing or internal"),
            "</rdf:Seq></pdfaSchema:property>",
            "</rdf:li></rdf:Bag></pdfaExtension:schemas>",
            "</rdf:Description>",
            '<rdf:Description rdf:about=""',
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
            ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
            ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
            ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"',
            ' xmlns:casebook="https://casebook.invalid/ns/export/1.0/">',
            *ident,
            "<dc:format>application/pdf</dc:format>",
            *dc,
            f"<xmp:CreatorTool>{GENERATOR}</xmp:CreatorTool>",
            f"<xmp:CreateDate>{when}</xmp:CreateDate>",
            f"<xmp:ModifyDate>{when}</xmp:ModifyDate>",
            f"<xmp:MetadataDate>{when}</xmp:MetadataDate>",
            f"<pdf:Producer>{escape(PRODUCER)}</pdf:Producer>",
            *own,
            "</rdf:Description>",
            "</rdf:RDF>",
            "</x:xmpmeta>",
            '<?xpacket end="w"?>',
        ]
    )


def _property(name: str, description: str) -> str:
    return (
        '<rdf:li rdf:parseType="Resource">'
        f"<pdfaProperty:name>{name}</pdfaProperty:name>"
        "<pdfaProperty:valueType>Text</pdfaProperty:valueType>"
        "<pdfaProperty:category>external</pdfaProperty:category>"
        f"<pdfaProperty:description>{description}</pdfaProperty:description>"
        "</rdf:li>"
    )


def add_metadata(canvas: Canvas, description: Description) -> None:
    """Put the XMP packet in the catalog of the document ``canvas`` writes.

    The creation date is ReportLab's own time stamp, so XMP and the Info dictionary agree.
    """
    doc = canvas._doc  # ReportLab's PDFDocument: the catalog and its time stamp

    def packet(pdf_doc: object) -> bytes:
        created = pdf_doc._timeStamp.datetime  # type: ignore[attr-defined]
        return xmp_packet(description, created).encode("utf-8")  # a str would be PDFDocEncoded

    doc.Catalog.Metadata = XMP(creator=packet)


# -- finishing the complaint as PDF/A-2u ---------------------------------------------------


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (LittleCMS's built-in, through Pillow): the output intent's."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _output_intent(writer: PdfWriter) -> DictionaryObject:
    profile = StreamObject()
    profile.set_data(srgb_profile())
    profile[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/DestOutputProfile"): writer._add_object(profile),
        }
    )
    return intent


_PRINT = 4  # annotation flag: printed; Hidden, Invisible, NoView stay clear (PDF/A 6.3.2)


def make_archival(
    writer: PdfWriter, description: Description, created: datetime, problems: list[str]
) -> tuple[str, str] | None:
    """Finish ``writer``'s document as PDF/A-2u, claiming it only if ``problems`` is empty.

    Adds an sRGB output intent (ReportLab draws in DeviceRGB and DeviceGray), marks every
    annotation printable, and writes the XMP packet again, with the PDF/A identification
    when nothing stands in its way (``problems``: what the merged exhibit pages break).
    Returns the (part, conformance) claimed, or None.
    """
    root = writer.root_object
    root[NameObject("/OutputIntents")] = ArrayObject([_output_intent(writer)])
    for page in writer.pages:
        for ref in page.get("/Annots", None) or []:
            annotation = ref.get_object()
            flags = int(annotation.get("/F", 0))
            annotation[NameObject("/F")] = NumberObject((flags | _PRINT) & ~0b100011)
    _agree_with_xmp(writer, description, created)
    claim = None if problems else (PDFA_PART, PDFA_CONFORMANCE)
    metadata = DecodedStreamObject()
    metadata.set_data(xmp_packet(description, created, claim).encode("utf-8"))
    metadata[NameObject("/Type")] = NameObject("/Metadata")
    metadata[NameObject("/Subtype")] = NameObject("/XML")
    root[NameObject("/Metadata")] = writer._add_object(metadata)
    return claim


def _agree_with_xmp(writer: PdfWriter, description: Description, created: datetime) -> None:
    """The Info dictionary says what the XMP packet says, no more (ISO 19005-2, 6.6.2.3)."""
    d = description
    values = {
        "/Title": d.title,
        "/Author": d.author,
        "/Subject": d.subject,
        "/Creator": GENERATOR,
        "/Producer": PRODUCER,
    }
    info = writer._info.get_object() if writer._info is not None else None
    if info is None:
        return
    for key in ("/Keywords", "/Trapped", *values):
        info.pop(NameObject(key), None)
    for key, value in values.items():
        if value:
            info[NameObject(key)] = TextStringObject(value)
    info[NameObject("/ModDate")] = info[NameObject("/CreationDate")]


# -- a ReportLab 5.1 subsetting fault that breaks PDF/A's width rule ---------------------
#
# ``TTFontFile.extractInfo`` keeps each glyph's advance width for subsetting, but for the
# glyphs after the last full metric (all of a monospaced font's, e.g. DejaVu Sans Mono) it
# keeps the width already scaled to 1000 units per em. The subset then says 602 units where
# the font has 1233 of 2048: the PDF's /Widths (right) and the embedded program disagree,
# which PDF/A forbids (ISO 19005-2, 6.2.11.5). Scaled widths are turned back into font units.

_rl_extract_info = rl_ttfonts.TTFontFile.extractInfo


def _extract_info(self, charInfo=1):  # type: ignore[no-untyped-def]
    _rl_extract_info(self, charInfo)
    metrics = getattr(self, "hmetrics", None)
    if metrics and self.unitsPerEm != 1000:
        self.hmetrics = [
            (round(aw * self.unitsPerEm / 1000) if isinstance(aw, float) else aw, lsb)
            for aw, lsb in metrics
        ]


rl_ttfonts.TTFontFile.extractInfo = _extract_info  # type: ignore[method-assign]


# -- subset tags ---------------------------------------------------------------------------
#
# ReportLab tags the n-th subset of every font with the same letters ("AAAAAA+" for the
# first), so a complaint had AAAAAA+NotoSans-Regular, AAAAAA+NotoSansLao-Regular, … ISO
# 32000-1 (9.6.4) wants different subsets of one file to have different tags. Each subset
# written gets the next tag of a process-wide sequence instead, starting "CB" (Casebook)
# so that it does not meet the "AAAAAA"-style tags of merged exhibits either.

_subset_tags = itertools.count()


def _subset_tag(n: int) -> bytes:
    k = next(_subset_tags) % 26**4
    letters = "".join(chr(65 + (k // 26**i) % 26) for i in (3, 2, 1, 0))
    return f"CB{letters}".encode("ascii")


rl_ttfonts.SUBSETN = _subset_tag
