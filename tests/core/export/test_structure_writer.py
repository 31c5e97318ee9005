"""The structure tree as written into the file (tagging.write_structure), read back."""

from __future__ import annotations

import io

import pikepdf
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from casebook.core.export.tagging import Annotation, Element, Tagger, write_structure


def _two_pages_with_a_link() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.bookmarkPage("p1")
    canvas.showPage()
    canvas.linkRect("", "p1", (72, 72, 144, 96), relative=0)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_elements_marked_content_links_and_parent_tree() -> None:
    tagger = Tagger()
    figure = tagger.open("Figure", alt="ရုပ်ပုံ (photo)", lang="my")
    tagger.reserve(1)  # MCID 0 on page 1
    tagger.close()
    paragraph = tagger.open("P")
    tagger.reserve(1)  # MCID 1 on page 1
    tagger.reserve(2)  # MCID 0 on page 2: a marked-content reference
    paragraph.kids.append(Element("Link", kids=[Annotation(2, 0)]))
    tagger.close()
    cell = tagger.open("TD")  # one plain paragraph in a cell: hoisted into the cell
    tagger.open("P")
    tagger.reserve(2)
    tagger.close()
    tagger.close()
    assert figure.kind == "Figure" and cell.kind == "TD"

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_two_pages_with_a_link())))
    write_structure(writer, tagger)
    out = io.BytesIO()
    writer.write(out)

    with pikepdf.open(io.BytesIO(out.getvalue())) as pdf:
        root = pdf.Root.StructTreeRoot
        assert pdf.Root.MarkInfo.Marked
        document = root.K[0]
        assert document.S == "/Document" and document.P.objgen == root.objgen
        fig, para, td = list(document.K)
        assert fig.S == "/Figure" and str(fig.Alt) == "ရုပ်ပုံ (photo)" and str(fig.Lang) == "my"
        assert fig.K == 0 and fig.Pg.objgen == pdf.pages[0].objgen
        assert fig.P.objgen == document.objgen
        mcid, reference, link = list(para.K)
        assert mcid == 1 and para.Pg.objgen == pdf.pages[0].objgen
        assert reference.Type == "/MCR" and reference.MCID == 0
        assert reference.Pg.objgen == pdf.pages[1].objgen
        annotation = pdf.pages[1].Annots[0]
        assert link.S == "/Link" and link.K.Type == "/OBJR"
        assert link.K.Obj.objgen == annotation.objgen
        assert td.S == "/TD" and td.K == 1 and td.Pg.objgen == pdf.pages[1].objgen
        # Each page's MCIDs name their elements; the link's key follows the pages'.
        nums = list(root.ParentTree.Nums)
        tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        assert [e.objgen for e in tree[0]] == [fig.objgen, para.objgen]
        assert [e.objgen for e in tree[1]] == [para.objgen, td.objgen]
        assert int(annotation.StructParent) == 2 and tree[2].objgen == link.objgen
        assert pdf.pages[0].StructParents == 0 and pdf.pages[1].StructParents == 1
        assert root.ParentTreeNextKey == 3
    assert not tagger.root.kids  # consumed as written
