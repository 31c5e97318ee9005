"""The page frame shared by every exported PDF: marking, running header, "page X of Y",
table of contents and a PDF outline that mirrors it.

Headings are flowables that carry their outline level; after each is placed, the
document bookmarks the page, adds the outline entry and tells the table of contents, so
the outline and the contents list can never disagree.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import io
import os
import re
import sys
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFZCompress
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ..text.scripts import font_dirs, scripts_in
from .bidi import BidiParagraph, make_paragraph
from .fonts import FontBook, is_rtl
from .pdf_standard import GENERATOR, PRODUCER, Description, add_metadata
from .tagging import Tagger, artifact, tagger_of

# Images go into the PDF as binary streams: ASCII85 only makes them a quarter larger and,
# without ReportLab's optional C accelerator, costs more time than the rest of the layout.
rl_config.useA85 = 0

# Scripts whose marks stack above and below the line (Burmese medials, Khmer subscripts).
_TALL_SCRIPTS = frozenset({"Myanmar", "Khmer", "Tibetan", "Lao", "Thai"})

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm


# Python's cyclic garbage collector while a long document is laid out (issue 19).
_YOUNG_BATCH = 10_000


class _Pacing:
    lock = threading.Lock()
    inside = 0  # exports inside ``fewer_collections``
    before: tuple[int, ...] = ()  # the collector's thresholds before the first


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Let the collector look at young objects every 10,000 allocations instead of 700.

    Why: laying out a filing makes millions of short-lived objects beside a large live
    heap (the story, the structure tree). With Python's default, so many of them lived
    long enough to be promoted that full collections, each walking the whole heap, took
    a sixth to a fifth of a 2,000-page export's CPU time (5-6 s; now ~1 s) and grew faster
    than its pages. Nothing is disabled: cycles are still collected, and the thresholds
    are restored when the last export inside this leaves it, however it leaves.
    """
    with _Pacing.lock:
        if _Pacing.inside == 0:
            _Pacing.before = gc.get_threshold()
            first, *older = _Pacing.before
            gc.set_threshold(max(first, _YOUNG_BATCH), *older)
        _Pacing.inside += 1
    try:
        yield
    finally:
        with _Pacing.lock:
            _Pacing.inside -= 1
            if _Pacing.inside == 0:
                gc.set_threshold(*_Pacing.before)


@dataclass
class Styles:
    """Paragraph styles over the document's base font; shaping is on for every style."""

    fonts: FontBook
    body: ParagraphStyle = field(init=False)
    small: ParagraphStyle = field(init=False)
    quote: ParagraphStyle = field(init=False)
    title: ParagraphStyle = field(init=False)
    h1: ParagraphStyle = field(init=False)
    h2: ParagraphStyle = field(init=False)
    h3: ParagraphStyle = field(init=False)
    cell: ParagraphStyle = field(init=False)
    cell_mono: ParagraphStyle = field(init=False)
    gap: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        base, bold = self.fonts.base, self.fonts.base_bold
        self.body = ParagraphStyle(
            "body", fontName=base, fontSize=10, leading=15, spaceAfter=5, shaping=1
        )
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=11)
        self.quote = ParagraphStyle(
            "quote",
            parent=self.body,
            leftIndent=8 * mm,
            rightIndent=4 * mm,
            fontSize=9.5,
            leading=15,
            textColor=colors.HexColor("#222222"),
        )
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=bold, fontSize=22, leading=28, spaceAfter=6
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=self.body,
            fontName=bold,
            fontSize=15,
            leading=20,
            spaceBefore=6,
            spaceAfter=8,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=self.body,
            fontName=bold,
            fontSize=12,
            leading=17,
            spaceBefore=8,
            spaceAfter=4,
        )
        self.h3 = ParagraphStyle(
            "h3",
            parent=self.body,
            fontName=bold,
            fontSize=10,
            leading=15,
            spaceBefore=5,
            spaceAfter=2,
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=7.5, leading=10, spaceAfter=0)
        self.cell_mono = ParagraphStyle(
            "cell_mono",
            parent=self.cell,
            fontName=mono_font() or base,
            fontSize=6.5,
            leading=8.5,
            splitLongWords=0,
        )
        self.gap = ParagraphStyle(
            "gap", parent=self.body, textColor=colors.HexColor("#8a1c1c"), leftIndent=4 * mm
        )

    def para(
        self,
        text: str,
        style: ParagraphStyle | None = None,
        bold: bool = False,
        markup: str | None = None,
    ) -> Paragraph:
        """A paragraph of plain ``text`` (escaped, one font per script, right-aligned if RTL).

        ``markup`` is trusted ReportLab markup appended after the text (citations in bold).
        """
        style = style or self.body
        if is_rtl(text):
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        if scripts_in(text) & _TALL_SCRIPTS:
            # Stacked consonants and vowels above and below need more room between lines.
            style = ParagraphStyle(
                f"{style.name}-tall", parent=style, leading=max(style.leading, style.fontSize * 1.8)
            )
        return make_paragraph(self.fonts.markup(text, bold) + (markup or ""), style, text)


class Heading(BidiParagraph):
    """A heading that appears in the table of contents and the PDF outline."""

    def __init__(
        self, text: str, markup: str, style: ParagraphStyle, level: int, key: str, toc: bool = True
    ) -> None:
        super().__init__(markup, style, rtl_base=is_rtl(text))
        self.outline_text = text
        self.toc_markup = markup
        self.outline_level = level
        self.outline_key = key
        self.in_toc = toc


class PageSlot(Flowable):
    """A full frame kept free for one page of an appended PDF exhibit.

    ``slots`` maps (exhibit number, page index) to the page number it landed on; after
    the build the original page is merged onto that page.
    """

    LABEL_HEIGHT = 14

    def __init__(
        self,
        exhibit: int,
        index: int,
        slots: dict[tuple[int, int], int],
        label: str = "",
        font: str = "Helvetica",
    ) -> None:
        super().__init__()
        self.exhibit, self.index, self.slots = exhibit, index, slots
        self.label, self.font = label, font

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    def draw(self) -> None:
        page = self.canv.getPageNumber()
        self.slots[(self.exhibit, self.index)] = page
        tagger = tagger_of(self.canv)
        if self.label:
            self.canv.setFont(self.font, 8)
            if tagger is None:
                self.canv.drawString(0, self.height - 8, self.label)
            else:
                with tagger.element(self.canv, "P"):
                    self.canv.drawString(0, self.height - 8, self.label)
        if tagger is not None:
            # The page itself is merged later, into the marked content reserved here.
            tagger.open("Figure", alt=self.label or None)
            tagger.exhibit_mcids[(self.exhibit, self.index)] = tagger.reserve(page)
            tagger.close()


class _BodyFrame(Frame):
    """The body frame; in a layout-only pass it places flowables without drawing them.

    Page breaks, contents entries and outline entries come from placing (``wrap``,
    ``split``, the document's ``afterFlowable``); drawing changes none of them.
    """

    layout_only = False

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:
        fields = getattr(flowable, "__dict__", None)
        if not self.layout_only:
            return self._add_tagged(flowable, canv, trySplit)
        if fields is None or "drawOn" in fields:
            return super()._add(flowable, canv, trySplit)
        try:
            flowable.drawOn = _not_drawn  # type: ignore[method-assign]
        except Exception:  # e.g. a graphics Drawing refuses attributes it does not know
            return super()._add(flowable, canv, trySplit)
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            fields.pop("drawOn", None)

    def _add_tagged(self, flowable: Flowable, canv: Canvas, trySplit: int) -> int:
        """Place and draw; a vector chart (a flowable with a ``drawing``) is tagged as a
        Figure. Every other flowable tags what it draws itself (``tagging``)."""
        tagger = tagger_of(canv)
        fields = getattr(flowable, "__dict__", None)
        if (
            tagger is None
            or fields is None
            or "drawOn" in fields
            or not hasattr(flowable, "drawing")
        ):
            return super()._add(flowable, canv, trySplit)
        draw_on = flowable.drawOn

        def tagged(*args: Any, **kwargs: Any) -> Any:
            with tagger.element(canv, "Figure", alt=getattr(flowable, "alt_text", None)):
                return draw_on(*args, **kwargs)

        flowable.drawOn = tagged  # type: ignore[method-assign]
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            fields.pop("drawOn", None)

    add = _add  # ReportLab calls add, an alias of its own _add


def _not_drawn(*args: Any, **kwargs: Any) -> None:
    return None


def _forget_lines(flowable: Flowable) -> None:
    """Drop the broken lines of the paragraphs in a flowable that has been placed.

    Why: every paragraph kept the lines its last ``wrap`` made (``blPara``), so a long
    filing held the layout of all its pages at once, hundreds of MB at 2,000 pages.
    ``Paragraph.wrap`` makes them again whenever they are needed (a table wraps its cells
    again to draw them), so nothing is lost but memory.
    """
    stack: list[Any] = [flowable]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
            continue
        fields = getattr(item, "__dict__", None)
        if not fields:
            continue
        fields.pop("blPara", None)
        for container in ("_cellvalues", "_content"):  # Table, KeepTogether
            inner = fields.get(container)
            if inner:
                stack.append(inner)


@dataclass(frozen=True)
class PageMarks:
    """What every page shows: a marking, the running header, the page numbering."""

    marking: str
    header: str
    page_label: Callable[[int, int], str]  # (page, pages) -> "Page 3 of 40"
    watermark: str | None = None  # diagonal text on internal editions


class _MarksDrawer:
    """The marking, header and footer of every page, laid out once and drawn on each."""

    def __init__(self, marks: PageMarks, fonts: FontBook) -> None:
        width, _height = PAGE_SIZE
        self.marks, self.fonts = marks, fonts
        mark_style = ParagraphStyle(
            "mark",
            fontName=fonts.base_bold,
            fontSize=7.5,
            leading=9.5,
            shaping=1,
            textColor=colors.HexColor("#a00000"),
        )
        header_style = ParagraphStyle(
            "header",
            fontName=fonts.base,
            fontSize=8,
            leading=10,
            shaping=1,
            textColor=colors.HexColor("#444444"),
        )
        footer_style = ParagraphStyle("footer", parent=header_style, fontSize=6.5, leading=8)
        self.marking = make_paragraph(
            fonts.markup(marks.marking, bold=True), mark_style, marks.marking
        )
        _, self.marking_height = self.marking.wrap(width - 2 * MARGIN_X, 30 * mm)
        self.header = make_paragraph(fonts.markup(marks.header), header_style, marks.header)
        self.header.wrap(width - 2 * MARGIN_X, 20 * mm)
        self.footer = make_paragraph(fonts.markup(marks.marking), footer_style, marks.marking)
        self.footer.wrap(width - 2 * MARGIN_X - 45 * mm, 15 * mm)

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        with artifact(canvas, "Pagination"):  # not content: a screen reader skips it
            self._draw(canvas, page, pages)

    def _draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = PAGE_SIZE
        marks, fonts = self.marks, self.fonts
        canvas.saveState()
        if marks.watermark:
            canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.10))
            canvas.setFont(fonts.base_bold, 44)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, marks.watermark)
            canvas.rotate(-45)
            canvas.translate(-width / 2, -height / 2)
        h = self.marking_height
        self.marking.drawOn(canvas, MARGIN_X, height - 10 * mm - h)
        self.header.drawOn(canvas, MARGIN_X, height - 10 * mm - h - 11)
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        top_rule = height - MARGIN_TOP + 3 * mm
        canvas.line(MARGIN_X, top_rule, width - MARGIN_X, top_rule)
        canvas.line(MARGIN_X, MARGIN_BOTTOM - 5 * mm, width - MARGIN_X, MARGIN_BOTTOM - 5 * mm)
        self.footer.drawOn(canvas, MARGIN_X, MARGIN_BOTTOM - 11 * mm)
        canvas.setFont(fonts.base, 8)
        canvas.setFillColor(colors.black)
        label = marks.page_label(page, pages)
        canvas.drawRightString(width - MARGIN_X, MARGIN_BOTTOM - 10 * mm, label)
        canvas.restoreState()


class MarkedDocument(BaseDocTemplate):
    """A4 document with marks on every page, contents and outline from ``Heading``s."""

    def __init__(
        self,
        target: Any,
        marks: PageMarks,
        fonts: FontBook,
        title: str,
        author: str = "",
        subject: str = "",
        language: str | None = None,
        reference: str = "",
        edition: str = "",
        tagged: bool = False,
    ) -> None:
        self.description = Description(title, language, author, subject, reference, edition)
        self.tagged = tagged  # record a structure tree (``tagging``) while drawing
        super().__init__(
            target,
            lang=language,  # /Lang of the catalog
            # ReportLab's canvas starts in Helvetica, a font it never embeds: start in ours.
            initialFontName=fonts.base,
            initialFontSize=10,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator=GENERATOR,
            producer=PRODUCER,
            invariant=False,
        )
        self.marks = marks
        self.fonts = fonts
        frame = _BodyFrame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self._frame = frame
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._mark)])
        self.slots: dict[tuple[int, int], int] = {}
        self.tagger: Tagger | None = None  # the structure the last drawing pass recorded
        self._drawer = _MarksDrawer(marks, fonts)
        # "Page X of Y" uses the page count of the previous layout pass; build_story runs
        # passes until the count it printed is the count it made.
        self.known_total: int | None = None
        self.last_total = 0
        # ``build_story`` with a way to make the story again: drawing passes consume it.
        self._story: list[Flowable] = []
        self._again: Callable[[], list[Flowable]] | None = None
        self._consumed = False

    @property
    def frame_box(self) -> tuple[float, float, float, float]:
        """(x, y, width, height) where exhibit pages are placed: the frame below the label."""
        return self.leftMargin, self.bottomMargin, self.width, self.height - PageSlot.LABEL_HEIGHT

    def afterFlowable(self, flowable: Flowable) -> None:
        _forget_lines(flowable)
        if isinstance(flowable, Heading):
            key = flowable.outline_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline_text, key, level=flowable.outline_level, closed=True
            )
            if flowable.in_toc:
                self.notify(
                    "TOCEntry",
                    (flowable.outline_level, flowable.toc_markup, self.page, key),
                )

    def beforeDocument(self) -> None:
        add_metadata(self.canv, self.description)
        # The file is written once, from the last pass (``build_story``): ReportLab saves
        # each pass's canvas into the target, one PDF after another in one file.
        self.canv.save = _written_later  # type: ignore[method-assign]
        self.canv.showPage = functools.partial(_show_page_compressed, self.canv)  # type: ignore[method-assign]
        if self.tagged and not self._frame.layout_only:
            # Each drawing pass records its structure; the last pass's is the document's.
            self.tagger = Tagger()
            self.canv._casebook_tagger = self.tagger  # type: ignore[attr-defined]

    def _mark(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if self._frame.layout_only:
            return
        total = self.known_total if self.known_total is not None else 0
        self._drawer.draw(canvas, canvas.getPageNumber(), max(total, canvas.getPageNumber()))

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        """One layout pass; it numbers pages "of" the count the previous pass made.

        The first pass is never the last (its contents and "of Y" are placeholders), so it
        only lays out: nothing is drawn, which was half the time of a long filing.
        """
        self._frame.layout_only = not self.last_total
        if self.last_total and self._again is not None:
            self._consume_story(flowables)
        for flowable in flowables:
            # ReportLab marks a flowable it moved on to the next page, and gives up when it
            # meets the mark again; only multiBuild clears the marks between passes, and not
            # before a pass after it: a story without contents whose first pass moved a
            # paragraph failed the second with "too large on page 1".
            fields = getattr(flowable, "__dict__", None)
            if fields is not None:
                fields.pop("_postponed", None)
        try:
            if self.last_total:
                self.known_total = self.last_total
            super().build(flowables, *args, **kwargs)
        finally:
            self._frame.layout_only = False
        self.last_total = self.page

    def build_story(
        self, story: list[Flowable], again: Callable[[], list[Flowable]] | None = None
    ) -> None:
        """Lay out until contents, outline and "page X of Y" all agree; write the last pass.

        ``story`` is consumed: it is emptied once laid out, before the file is written.
        With ``again``, which makes the same story anew, it is emptied before the first
        drawing pass, so each flowable is let go once drawn; should that pass not settle,
        the next draws a story made by ``again``.
        """
        self._story, self._again, self._consumed = story, again, False
        contents = [f for f in story if isinstance(f, TableOfContents)]
        if contents:
            # The headings are known before layout: giving them to the contents first (with
            # placeholder page numbers) makes the first pass as long as the last, which
            # saves the third layout pass a long contents would otherwise need.
            headings = [
                (f.outline_level, f.toc_markup, 999, f.outline_key)
                for f in story
                if isinstance(f, Heading) and f.in_toc
            ]
            for toc in contents:
                toc.addEntries(headings)
            self.multiBuild(story)
        else:
            self.build(list(story))
        for _extra in range(3):
            if self.known_total == self.last_total:
                # The flowables are let go before ReportLab writes the file (it holds every
                # object formatted, then joined: 40 MB at 2,000 pages), and the canvas once
                # written, so the merge of exhibit pages can reuse the memory (issue 19).
                story.clear()
                canvas = self.__dict__.pop("canv")
                gc.collect()
                give_back_freed_memory()  # before the join below, which needs 20 MB more
                Canvas.save(canvas)
                del canvas
                # Part of what the pass left (the canvas's pages among it) is in reference
                # cycles: with collections paced (``fewer_collections``) it would wait while
                # the merge clones the file; collected now (peak 337 -> 328 MiB, 2,047 pages).
                gc.collect()
                give_back_freed_memory()
                return
            self.build(list(story))
        raise RuntimeError("the page count of the document did not settle")

    def _consume_story(self, flowables: list[Flowable]) -> None:
        """Make ``flowables`` (ReportLab's copy, emptied as it places them) the only holder
        of this drawing pass's story (issue 19: the 2,000-page filing held every paragraph
        of it, with its shaped words and cells, until the last page was drawn: 11 MiB of
        its peak, and the drawing pass's own records came on top)."""
        if not self._consumed:
            self._consumed = True
            self._story.clear()  # the caller's list, and the one multiBuild copies each pass
            return
        assert self._again is not None
        fresh = self._again()
        indexing = [f for f in fresh if f.isIndexing()]
        for old, new in zip(self._indexingFlowables, indexing, strict=True):
            # The contents learned the page numbers of the pass before: the new one starts
            # from them, as the old one would have.
            new._lastEntries, new._entries = old._lastEntries, old._entries
        self._indexingFlowables[:] = indexing
        flowables[:] = fresh


class WrittenBytes:
    """Where ReportLab writes a document: its bytes kept as given, not copied.

    ReportLab joins the whole file into one bytes object (20 MB at 2,000 pages); a BytesIO
    copied it, so the file was in memory three times at that moment (issue 19).
    """

    def __init__(self) -> None:
        self._data = b""

    def write(self, data: bytes) -> int:
        self._data = self._data + data if self._data else data
        return len(data)

    def take(self) -> io.BytesIO:
        """The bytes, as a buffer that shares them; let go of here."""
        buffer, self._data = io.BytesIO(self._data), b""
        return buffer


def give_back_freed_memory() -> None:
    """Return the C heap's free pages to the system (glibc only; elsewhere nothing).

    What the layout passes freed stays in the process, counted in its RSS, until malloc
    happens to reuse it; the merge's objects are of other sizes and mostly did not, so
    its memory came on top (issue 19). Other C libraries return memory on their own.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        return libc.malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # musl and others: no malloc_trim
        return None


def _show_page_compressed(canvas: Canvas) -> None:
    """End the page, and compress its content now rather than when the file is written.

    ReportLab keeps every page's content as text until it writes the file, 2,000 pages of
    it at once (issue 19); compressed here, as ReportLab would have done then (same filter,
    same bytes), only the compressed content waits.
    """
    Canvas.showPage(canvas)
    page = canvas._doc.Pages.pages[-1]
    stream = page.stream
    if page.Contents or not stream or not page.compression or rl_config.useA85:
        return  # ReportLab's own way: no content, set explicitly, or other filters
    if isinstance(stream, str):
        stream = stream.encode("utf8")
    filters = PDFDictionary({"Filter": PDFArray([PDFName(PDFZCompress.pdfname)])})
    contents = PDFStream(filters, zlib.compress(stream))
    contents.__Comment__ = "page stream"
    page.Contents, page.stream = contents, None


def _written_later() -> None:
    return None


def table_of_contents(styles: Styles, fonts: FontBook) -> TableOfContents:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle(
            "toc0",
            parent=styles.body,
            fontName=fonts.base_bold,
            fontSize=10,
            leading=14,
            leftIndent=0,
            firstLineIndent=0,
            spaceBefore=3,
        ),
        ParagraphStyle(
            "toc1",
            parent=styles.body,
            fontSize=9,
            leading=12,
            leftIndent=8 * mm,
            firstLineIndent=0,
            spaceAfter=0,
        ),
        ParagraphStyle(
            "toc2",
            parent=styles.body,
            fontSize=8.5,
            leading=11,
            leftIndent=16 * mm,
            firstLineIndent=0,
            spaceAfter=0,
        ),
    ]
    return toc


# Embeddable monospace TrueType fonts, best first (file names as installed); Courier, a
# PDF base font, is not used: it would not be embedded.
_MONO_FILES = (
    "NotoSansMono-Regular.ttf",
    "DejaVuSansMono.ttf",
    "LiberationMono-Regular.ttf",
    "consola.ttf",
    "cour.ttf",
)
_HASH = re.compile(r"[0-9a-f]{64}")
HASH_GROUP = 16  # hex digits per group of a SHA-256 block
_CELL_PADDING = 5.0  # LEFTPADDING + RIGHTPADDING of grid_table


@cache
def _mono_path(folders: tuple[str, ...]) -> Path | None:
    # The first folder with one wins (resources/fonts before the system's: same font anywhere).
    for folder in folders:
        found: dict[str, Path] = {}
        for root, _dirs, names in os.walk(folder):
            for name in names:
                if name in _MONO_FILES and name not in found:
                    found[name] = Path(root) / name
        if found:
            return next(found[n] for n in _MONO_FILES if n in found)
    return None


def mono_font() -> str | None:
    """A registered, embeddable monospace font for hashes, or None (then the base font)."""
    path = _mono_path(tuple(str(d) for d in font_dirs()))
    if path is None:
        return None
    name = f"cb-{path.stem}"
    try:
        pdfmetrics.getFont(name)
    except KeyError:
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception:  # a damaged or unusual font file: fall back to the base font
            return None
    return name


def hash_block(digest: str, style: ParagraphStyle, width: float) -> str:
    """A SHA-256 value as lines of whole 16-digit groups: all 64 digits on one line when the
    column allows, else 32 or 16 per line, so it never breaks at an uneven place."""
    per_line = HASH_GROUP
    for groups in (4, 2):
        text = "0" * (HASH_GROUP * groups)
        if pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width:
            per_line = HASH_GROUP * groups
            break
    return "\n".join(digest[i : i + per_line] for i in range(0, len(digest), per_line))


_BREAK_AFTER = frozenset("/-_.?&=:,;")


def break_long_words(text: str, font: str, size: float, width: float) -> str:
    """``text`` with each word wider than ``width`` broken into lines after a separator
    ("/", "-", "_", "." …) that fits, so a long URL or file name breaks at its own
    boundaries instead of at whichever letter reaches the edge. A word with no such
    separator is left whole (the paragraph cuts it as a last resort)."""
    out = []
    for word in text.split(" "):
        if pdfmetrics.stringWidth(word, font, size) <= width:
            out.append(word)
            continue
        lines, start, cut = [], 0, 0
        for i, char in enumerate(word):
            if char in _BREAK_AFTER and i + 1 < len(word):
                if pdfmetrics.stringWidth(word[start : i + 1], font, size) <= width:
                    cut = i + 1
                elif cut > start:
                    lines.append(word[start:cut])
                    start = cut
                    if pdfmetrics.stringWidth(word[start : i + 1], font, size) <= width:
                        cut = i + 1
        tail_too_wide = pdfmetrics.stringWidth(word[start:], font, size) > width
        if tail_too_wide and cut > start:
            lines.append(word[start:cut])
            start = cut
        lines.append(word[start:])
        out.append("\n".join(lines))
    return " ".join(out)


def fit_widths(cells: list[list[Any]], widths: list[float]) -> list[float]:
    """Column widths that give each column at least its widest word (header included).

    A column too narrow for a word ("Verwahrung" in a bold German header) takes the room
    it needs from columns with room to spare, in proportion to their spare room; the table
    keeps its total width. Only when all words together cannot fit does a word get cut.
    """
    need = [0.0] * len(widths)
    for row in cells:
        for c, cell in enumerate(row):
            if isinstance(cell, Paragraph):
                need[c] = max(need[c], cell.minWidth() + _CELL_PADDING + 0.5)
    out = list(widths)
    short = sum(max(0.0, n - w) for n, w in zip(need, out, strict=True))
    spare = [max(0.0, w - n) for n, w in zip(need, out, strict=True)]
    if short <= 0 or sum(spare) <= 0:
        return out
    take = min(1.0, short / sum(spare))
    gained = sum(s * take for s in spare)
    shortfall = [max(0.0, n - w) for n, w in zip(need, out, strict=True)]
    for c in range(len(out)):
        out[c] -= spare[c] * take
        out[c] += gained * shortfall[c] / short
    return out


def grid_table(
    st: Styles,
    rows: list[list[Any]],
    widths: list[float],
    header: bool = True,
    mono_cols: tuple[int, ...] = (),
) -> Table:
    """A ruled table of text cells (one font per script, wrapped); flowables pass through.

    A bare SHA-256 value is set in the monospace style in whole groups (``hash_block``);
    columns are widened for their longest word (``fit_widths``) so none is cut.
    """
    cells = []
    for r, row in enumerate(rows):
        out: list[Any] = []
        for c, value in enumerate(row):
            if isinstance(value, Flowable):
                out.append(value)
                continue
            text = str(value)
            is_head = header and r == 0
            style = st.cell_mono if c in mono_cols and not is_head else st.cell
            if not is_head and _HASH.fullmatch(text):
                style = st.cell_mono
                text = hash_block(text, style, widths[c] - _CELL_PADDING)
            out.append(make_paragraph(st.fonts.markup(text, bold=is_head), style, text))
        cells.append(out)
    fitted = fit_widths(cells, widths)
    for r, row in enumerate(cells):
        for c, cell in enumerate(row):
            room = fitted[c] - _CELL_PADDING
            if isinstance(cell, Paragraph) and cell.minWidth() > room:
                bold = header and r == 0
                font = st.fonts.base_bold if bold else cell.style.fontName
                text = break_long_words(str(rows[r][c]), font, cell.style.fontSize, room)
                row[c] = make_paragraph(st.fonts.markup(text, bold=bold), cell.style, text)
    table = Table(cells, colWidths=fitted, repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
    table.setStyle(TableStyle(commands))
    return table
