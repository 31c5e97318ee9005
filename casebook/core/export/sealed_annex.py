"""The sealed identity annex: who the pseudonyms are, only when the exporter asks for it.

The annex is typeset in memory and encrypted with age to the recipient's public key before
a single byte reaches the disk, so the bundle folder only ever holds ciphertext of it.
"""

from __future__ import annotations

import io

import pyrage
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..models import Person
from .document import MarkedDocument, PageMarks, Styles, grid_table
from .fonts import FontBook
from .strings import Strings

ANNEX_FILE = "identities-annex.pdf.age"


def sealed_annex(persons: list[Person], reference: str, s: Strings, recipient: object) -> bytes:
    """The annex PDF, encrypted to ``recipient``; the plaintext never leaves memory."""
    fonts = FontBook()
    for person in persons:
        if person.identity is not None:
            fonts.require(
                " ".join(
                    [
                        person.identity.full_name,
                        person.identity.other_names,
                        person.identity.contact,
                        person.identity.notes,
                    ]
                )
            )
    st = Styles(fonts)
    rows: list[list[object]] = [
        [
            s("col_pseudonym"),
            s("col_roles"),
            s("col_full_name"),
            s("col_other_names"),
            s("col_contact"),
            s("col_notes"),
        ]
    ]
    for person in persons:
        identity = person.identity
        rows.append(
            [
                person.pseudonym,
                ", ".join(s.role(r) for r in person.roles),
                identity.full_name if identity else "—",
                identity.other_names if identity else "",
                identity.contact if identity else "",
                identity.notes if identity else "",
            ]
        )
    table = grid_table(st, rows, [18 * mm, 24 * mm, 35 * mm, 30 * mm, 30 * mm, 33 * mm])
    story: list[Flowable] = [
        st.para(s("annex_title"), st.h1),
        st.para(s("annex_intro"), st.small),
        Spacer(1, 4 * mm),
        table,
    ]
    marks = PageMarks(
        marking=s("mark_sealed"),
        header=reference,
        page_label=lambda page, pages: s("page_x_of_y", page=page, pages=pages),
    )
    buffer = io.BytesIO()
    MarkedDocument(
        buffer, marks, fonts, title=s("annex_title"), language=s.language, reference=reference
    ).build_story(story)
    return pyrage.encrypt(buffer.getvalue(), [recipient])
