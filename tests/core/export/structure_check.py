"""Checks that a tagged PDF's structure tree and its pages' marked content agree.

A tag tree that points at nothing, or content no element or artifact covers, misleads a
screen reader. ``structure_findings`` reads every page's content stream and the tree and
reports: painting operators outside both marked content with an MCID and artifacts,
marked content with an MCID inside another, MCIDs the parent tree does not name, and
MCIDs of the tree (integers on the element's /Pg, or MCRs) that no page draws, and link
annotations the parent tree does not bind to a Link element.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pikepdf

_PAINTING = {
    "Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh", "BI",
}  # fmt: skip


def _walk(element: Any, out: list[tuple[str, Any]]) -> None:
    out.append((str(element.get("/S")), element))
    kids = element.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/MCR" and "/S" in kid:
            _walk(kid, out)


def elements(pdf: pikepdf.Pdf) -> list[tuple[str, Any]]:
    """Every structure element, depth first, as (type, element)."""
    out: list[tuple[str, Any]] = []
    for kid in pdf.Root.StructTreeRoot.K:
        _walk(kid, out)
    return out


def kinds(pdf: pikepdf.Pdf) -> Counter[str]:
    return Counter(kind for kind, _element in elements(pdf))


def structure_findings(path: Path) -> list[str]:
    out: list[str] = []
    with pikepdf.open(path) as pdf:
        if not pdf.Root.get("/MarkInfo", {}).get("/Marked", False):
            return ["not marked as tagged"]
        tree = pdf.Root.StructTreeRoot
        nums = list(tree.ParentTree.Nums)
        parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        drawn: dict[int, set[int]] = {}
        for number, page in enumerate(pdf.pages, start=1):
            mcids: set[int] = set()
            stack: list[str] = []  # "mcid", "artifact" or "other" per open BDC/BMC
            untagged = 0
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    tag = str(operands[0])
                    props = operands[1] if op == "BDC" else None
                    if tag == "/Artifact":
                        stack.append("artifact")
                    elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                        if "mcid" in stack:
                            out.append(f"page {number}: marked content nested in MCID")
                        mcids.add(int(props.MCID))
                        stack.append("mcid")
                    else:
                        stack.append("other")
                elif op == "EMC":
                    stack.pop()
                elif op in _PAINTING and "mcid" not in stack and "artifact" not in stack:
                    untagged += 1
            if untagged:
                out.append(f"page {number}: {untagged} painting operators outside tags")
            drawn[number] = mcids
            if mcids:
                index = page.get("/StructParents")
                if index is None or int(index) not in parent_tree:
                    out.append(f"page {number}: no parent tree entry")
                    continue
                named = parent_tree[int(index)]
                if len(named) != len(mcids) or mcids != set(range(len(named))):
                    out.append(f"page {number}: MCIDs {sorted(mcids)} vs parent tree")
        for number, page in enumerate(pdf.pages, start=1):
            for annotation in page.get("/Annots", []):
                key = annotation.get("/StructParent")
                parent = parent_tree.get(int(key)) if key is not None else None
                if parent is None or parent.get("/S") != "/Link":
                    out.append(f"page {number}: a link annotation outside a Link element")
        pages = {page.objgen: n for n, page in enumerate(pdf.pages, start=1)}
        for kind, element in elements(pdf):
            kids = element.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, int):  # an MCID on the element's own /Pg
                    page, mcid = pages[element.Pg.objgen], kid
                elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                    page, mcid = pages[kid.Pg.objgen], int(kid.MCID)
                else:
                    continue
                if mcid not in drawn[page]:
                    out.append(f"{kind} on page {page}: MCID {mcid} is not drawn")
    return out
