"""A structure tree for the complaint, so a screen reader reads it as it is laid out.

ReportLab writes no structure tree. Here, while the final layout pass draws, every drawn
paragraph, table, image and exhibit page opens a structure element and its drawing is
wrapped in marked content with a marked-content identifier (MCID) on its page; the page
marks (marking, running header, footer, page number) and the tables' rules and shading
are marked as artifacts, which a reader skips. After the exhibit merge, ``write_structure``
puts the tree in the catalog (/StructTreeRoot, a parent tree, /MarkInfo) of the finished
file. The element types are ISO 32000-1's standard ones: Document, H1-H3, P, Table, TR,
TH, TD, L, LI, Lbl, LBody, Figure (with /Alt), Link.

Link annotations drawn inside an element (contents entries) become Link elements there,
bound to the annotation (OBJR); the linked words stay in the enclosing element's content.
What it does not do (yet): the contents list is a Table rather than TOC/TOCI, a table
split across pages is one Table element per page (consecutive one-row "list" tables, a
statement's numbered paragraphs, are one list). Content a flowable draws that none of the
hooks here knows is left unmarked; the export tests check that no page has any.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table

from ..errors import CasebookError

# Paragraph styles that are headings though not ``Heading`` flowables (sub-headings).
_HEADING_STYLES = {"title": "H1", "h1": "H1", "h2": "H2", "h3": "H3"}


@dataclass(frozen=True, slots=True)
class Marked:
    """One marked-content sequence: its page (1-based) and MCID on that page."""

    page: int
    mcid: int


@dataclass(frozen=True, slots=True)
class Annotation:
    """A link annotation: its page (1-based) and index in the page's /Annots."""

    page: int
    index: int


@dataclass(eq=False, slots=True)
class Element:
    """A structure element; its kids are elements, marked content and annotations."""

    kind: str
    kids: list[Element | Marked | Annotation] = field(default_factory=list)
    alt: str | None = None
    lang: str | None = None


class Tagger:
    """Records the structure of one drawing pass of a document on its canvas."""

    def __init__(self) -> None:
        self.root = Element("Document")
        self._stack = [self.root]
        self._next: dict[int, int] = {}  # page -> next MCID
        self._artifact = 0
        # (exhibit number, page index) -> MCID reserved for the merged exhibit page
        self.exhibit_mcids: dict[tuple[int, int], int] = {}

    @property
    def in_artifact(self) -> bool:
        return self._artifact > 0

    def open(self, kind: str, alt: str | None = None, lang: str | None = None) -> Element:
        element = Element(kind, alt=alt, lang=lang)
        self._stack[-1].kids.append(element)
        self._stack.append(element)
        return element

    def close(self) -> None:
        self._stack.pop()

    def reserve(self, page: int) -> int:
        """An MCID on ``page`` for the current element, drawn later (an exhibit page)."""
        mcid = self._next.get(page, 0)
        self._next[page] = mcid + 1
        self._stack[-1].kids.append(Marked(page, mcid))
        return mcid

    @contextmanager
    def marked(self, canvas: Canvas) -> Iterator[None]:
        """Wrap what is drawn inside in marked content of the current element."""
        mcid = self.reserve(canvas.getPageNumber())
        canvas._code.append(f"/{self._stack[-1].kind} <</MCID {mcid}>> BDC")
        try:
            yield
        finally:
            canvas._code.append("EMC")

    @contextmanager
    def element(
        self, canvas: Canvas, kind: str, alt: str | None = None, lang: str | None = None
    ) -> Iterator[None]:
        """An element whose drawing is one marked-content sequence."""
        self.open(kind, alt, lang)
        try:
            with self.marked(canvas):
                yield
        finally:
            self.close()

    @contextmanager
    def artifact(self, canvas: Canvas, kind: str = "Layout") -> Iterator[None]:
        """Drawing that is not content (page marks, rules): a reader skips it."""
        canvas._code.append(f"/Artifact <</Type /{kind}>> BDC")
        self._artifact += 1
        try:
            yield
        finally:
            self._artifact -= 1
            canvas._code.append("EMC")


def tagger_of(canvas: Any) -> Tagger | None:
    """The tagger recording on ``canvas``, unless it is drawing an artifact."""
    tagger = getattr(canvas, "_casebook_tagger", None)
    return None if tagger is None or tagger.in_artifact else tagger


@contextmanager
def artifact(canvas: Any, kind: str = "Layout") -> Iterator[None]:
    tagger = getattr(canvas, "_casebook_tagger", None)
    if tagger is None:
        yield
        return
    with tagger.artifact(canvas, kind):
        yield


@contextmanager
def figure(canvas: Any, alt: str | None) -> Iterator[None]:
    tagger = tagger_of(canvas)
    if tagger is None:
        yield
        return
    with tagger.element(canvas, "Figure", alt=alt or None):
        yield


# -- hooks into ReportLab's drawing -------------------------------------------------------


def _paragraph_kind(paragraph: Paragraph) -> str:
    level = getattr(paragraph, "outline_level", None)  # a document.Heading
    if level is not None:
        return f"H{min(level, 2) + 1}"
    name = str(getattr(paragraph.style, "name", "")).split("-", 1)[0]
    return _HEADING_STYLES.get(name, "P")


_rl_paragraph_draw_on = Paragraph.drawOn


def _paragraph_draw_on(self, canvas, x, y, _sW=0):  # type: ignore[no-untyped-def]
    tagger = tagger_of(canvas)
    if tagger is None:
        return _rl_paragraph_draw_on(self, canvas, x, y, _sW)
    lang = getattr(self, "lang", None)
    quote = getattr(self, "quote_lang", None)  # (language, quoted text) inside the paragraph
    canvas._casebook_span_lang = quote  # read by shaping for the quoted words' spans
    try:
        with tagger.element(canvas, _paragraph_kind(self), lang=lang):
            return _rl_paragraph_draw_on(self, canvas, x, y, _sW)
    finally:
        canvas._casebook_span_lang = None


Paragraph.drawOn = _paragraph_draw_on  # type: ignore[method-assign]

_rl_add_annotation = Canvas._addAnnotation


def _add_annotation(self, annotation, name=None, addtopage=1):  # type: ignore[no-untyped-def]
    """A link drawn inside a tagged element (a contents entry, a citation) becomes a Link
    element there, bound to its annotation (OBJR)."""
    _rl_add_annotation(self, annotation, name, addtopage)
    tagger = tagger_of(self)
    if tagger is not None and addtopage:
        index = len(self._annotationrefs) - 1
        tagger._stack[-1].kids.append(
            Element("Link", kids=[Annotation(self.getPageNumber(), index)])
        )


Canvas._addAnnotation = _add_annotation  # type: ignore[method-assign]


# How a table's rows and cells are tagged, by its ``tag_role`` ("table" when unset).
_ROLES = {"table": ("Table", "TR", ("TD", "TD")), "list": ("L", "LI", ("Lbl", "LBody"))}


class _TableTags:
    """Table.draw's callbacks (``_renderCB``): rows and cells become elements."""

    def __init__(self, tagger: Tagger, table: Table, role: str) -> None:
        self.tagger, self.table = tagger, table
        self.row_kind, self.cell_kinds = _ROLES[role][1], _ROLES[role][2]
        self.list = role == "list"
        repeat = table.repeatRows
        self.header_rows = set(repeat) if isinstance(repeat, tuple) else set(range(repeat or 0))
        self._cell_marked = False

    def __call__(self, table: Table, event: str, *args: Any) -> None:
        canvas, tagger = table.canv, self.tagger
        if event in ("startBG", "startLines"):
            canvas._code.append("/Artifact <</Type /Layout>> BDC")
            tagger._artifact += 1
        elif event in ("endBG", "endLines"):
            tagger._artifact -= 1
            canvas._code.append("EMC")
        elif event == "startRow":
            tagger.open(self.row_kind)
        elif event == "endRow":
            tagger.close()
        elif event == "startCell":
            row, col, value = args[0], args[1], args[2]
            if self.list:
                kind = self.cell_kinds[min(col, 1)]
            else:
                kind = "TH" if row in self.header_rows else "TD"
            tagger.open(kind)
            self._cell_marked = _draws_text_itself(value)
            if self._cell_marked:  # a plain string: drawn by the table itself
                mcid = tagger.reserve(canvas.getPageNumber())
                canvas._code.append(f"/{kind} <</MCID {mcid}>> BDC")
        elif event == "endCell":
            if self._cell_marked:
                canvas._code.append("EMC")
                self._cell_marked = False
            tagger.close()


def _draws_text_itself(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


_rl_table_draw = Table.draw


def _table_draw(self) -> None:  # type: ignore[no-untyped-def]
    tagger = tagger_of(self.canv)
    if tagger is None or self._renderCB is not None:
        return _rl_table_draw(self)
    role = getattr(self, "tag_role", "table")
    kids = tagger._stack[-1].kids
    if role == "list" and kids and isinstance(kids[-1], Element) and kids[-1].kind == "L":
        tagger._stack.append(kids[-1])  # the next item of the list just drawn
    else:
        tagger.open(_ROLES[role][0])
    self._renderCB = _TableTags(tagger, self, role)
    try:
        return _rl_table_draw(self)
    finally:
        self._renderCB = None
        tagger.close()


Table.draw = _table_draw  # type: ignore[method-assign]


# -- the tree in the finished file ---------------------------------------------------------


_CELLS = frozenset({"TD", "TH", "Lbl", "LBody"})


def _hoisted(element: Element) -> Element:
    """A cell holding one plain paragraph holds its content itself: the paragraph's
    element is left out (a long filing has thousands of cells, each element costs memory).
    """
    if element.kind in _CELLS and len(element.kids) == 1:
        only = element.kids[0]
        if (
            isinstance(only, Element)
            and only.kind == "P"
            and only.alt is None
            and all(isinstance(kid, Marked) for kid in only.kids)
        ):
            return Element(element.kind, list(only.kids), element.alt, only.lang or element.lang)
    return element


class _Written(bytes, PdfObject):
    """An indirect object of the structure tree, already in its PDF syntax.

    Why: as pypdf dictionaries (a dict, names, numbers and a reference per element) the
    tree of a 2,000-page filing took ~30 MB more at the peak of the export; as bytes it
    takes a sixth of that (issue 19).
    """

    def write_to_stream(self, stream: Any, encryption_key: Any = None) -> None:
        stream.write(self)


def _text(value: str) -> bytes:
    out = io.BytesIO()
    TextStringObject(value).write_to_stream(out)
    return out.getvalue()


def write_structure(writer: PdfWriter, tagger: Tagger) -> None:
    """Put ``tagger``'s tree into ``writer``'s catalog; pages are ``writer.pages`` in order.

    Every MCID the tagger reserved must have been drawn by then (exhibit pages by the
    merge): a structure element pointing at nothing would mislead a reader. The tagger's
    tree is consumed: each element is let go once it is written (memory, issue 19).
    """
    pages = [page.indirect_reference.idnum for page in writer.pages]
    objects = writer._objects  # numbered here: an element's kids name it as their /P
    root_ref = writer._add_object(DictionaryObject())
    parents: dict[int, dict[int, int]] = {}  # page -> MCID -> element's object number
    annotations: list[int] = []  # parent tree keys after the pages' own

    def build(element: Element, parent: int) -> int:
        element = _hoisted(element)
        objects.append(None)  # type: ignore[arg-type]  # filled below, once kids are known
        own = len(objects)
        head = [b"<</S/", element.kind.encode("ascii"), b"/P %d 0 R" % parent]
        if element.alt:
            head += [b"/Alt", _text(element.alt)]
        if element.lang:
            head += [b"/Lang", _text(element.lang)]
        kids_of, element.kids = element.kids, []
        first = next((kid.page for kid in kids_of if isinstance(kid, Marked)), None)
        if first is not None:
            head.append(b"/Pg %d 0 R" % pages[first - 1])
        kids: list[bytes] = []
        for kid in kids_of:
            if isinstance(kid, Annotation):
                kids.append(link(kid, own))
            elif isinstance(kid, Marked):
                parents.setdefault(kid.page, {})[kid.mcid] = own
                if kid.page == first:  # on the element's /Pg: the MCID alone says it
                    kids.append(b"%d" % kid.mcid)
                else:
                    kids.append(
                        b"<</Type/MCR/Pg %d 0 R/MCID %d>>" % (pages[kid.page - 1], kid.mcid)
                    )
            else:
                kids.append(b"%d 0 R" % build(kid, own))
        # A single kid is not wrapped in an array.
        body = kids[0] if len(kids) == 1 else b"[" + b" ".join(kids) + b"]"
        objects[own - 1] = _Written(b"".join([*head, b"/K ", body, b">>"]))
        return own

    def link(kid: Annotation, element: int) -> bytes:
        page = writer.pages[kid.page - 1]
        annotation = page.raw_get("/Annots").get_object()[kid.index]
        if not isinstance(annotation, IndirectObject):
            raise CasebookError(
                "A link of the complaint is not an object of its own; the structure tree "
                "cannot point at it. Export again, and report this if it happens twice."
            )
        annotation.get_object()[NameObject("/StructParent")] = NumberObject(
            len(pages) + len(annotations)
        )
        annotations.append(element)
        return b"<</Type/OBJR/Obj %d 0 R/Pg %d 0 R>>" % (annotation.idnum, pages[kid.page - 1])

    document = build(tagger.root, root_ref.idnum)
    tagger.root = Element("Document")
    nums: list[bytes] = []
    for index, page in enumerate(writer.pages):
        marks = parents.pop(index + 1, None)
        if not marks:
            continue
        page[NameObject("/StructParents")] = NumberObject(index)
        # Every MCID of the page, 0..n-1, names its element (ISO 32000-1, 14.7.4.4).
        assert sorted(marks) == list(range(len(marks))), "MCIDs of a page must be 0..n-1"
        refs = b" ".join(b"%d 0 R" % marks[m] for m in range(len(marks)))
        nums.append(b"%d [%s]" % (index, refs))
    for key, element in enumerate(annotations, start=len(pages)):
        nums.append(b"%d %d 0 R" % (key, element))
    parent_tree = writer._add_object(_Written(b"<</Nums [" + b" ".join(nums) + b"]>>"))
    root = root_ref.get_object()
    root[NameObject("/Type")] = NameObject("/StructTreeRoot")
    root[NameObject("/K")] = ArrayObject([IndirectObject(document, 0, writer)])
    root[NameObject("/ParentTree")] = parent_tree
    root[NameObject("/ParentTreeNextKey")] = NumberObject(len(pages) + len(annotations))
    catalog = writer.root_object
    catalog[NameObject("/StructTreeRoot")] = root_ref
    catalog[NameObject("/MarkInfo")] = DictionaryObject(
        {NameObject("/Marked"): BooleanObject(True)}
    )
