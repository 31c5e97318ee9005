"""Document-level settings that make an exported PDF a standard, archivable document.

Prosecutors' offices archive what they receive: the file says its language (/Lang),
carries XMP metadata that matches its Info dictionary (title, case reference, edition,
generator, creation date), and references no font it does not embed. ReportLab 5.1 writes
all of this itself when told (``lang``, ``initialFontName``, an XMP stream in the
catalog), so nothing is changed after writing and the bytes that are hashed and signed
are the bytes ReportLab and the exhibit merge wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

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


def xmp_packet(description: Description, created: datetime) -> str:
    """An XMP packet (ISO 16684-1) for ``description``, created at ``created``.

    Casebook's own properties (case reference, edition) are declared in a PDF/A extension
    schema, as PDF/A requires of properties outside the predefined schemas.
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
            '<rdf:Description rdf:about=""',
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
            ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
            ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
            ' xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
            ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"',
            ' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"',
            ' xmlns:casebook="https://casebook.invalid/ns/export/1.0/">',
            "<dc:format>application/pdf</dc:format>",
            *dc,
            f"<xmp:CreatorTool>{GENERATOR}</xmp:CreatorTool>",
            f"<xmp:CreateDate>{when}</xmp:CreateDate>",
            f"<xmp:ModifyDate>{when}</xmp:ModifyDate>",
            f"<xmp:MetadataDate>{when}</xmp:MetadataDate>",
            f"<pdf:Producer>{escape(PRODUCER)}</pdf:Producer>",
            *own,
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
