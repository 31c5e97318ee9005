"""Single-record prints: one testimony (by pseudonym, with its consent) or one evidence item
(metadata and custody history) as a short PDF, with the same marks as a complaint.

A print is for the team's own file, so it shows a statement even where consent would keep
it out of a complaint, but always by pseudonym and with redacted passages removed.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..disclosure.decision import Override, decide, record_overrides
from ..errors import CasebookError, NotFound
from ..integrity.custody import signature_valid
from ..models import Case, EvidenceItem, Person, Testimony, User
from ..store.staging import write_file
from ..text.names import NameMatcher
from .annexes import (
    actor_label,
    circumstances_text,
    consent_text,
    conversion_note,
    human_size,
    signed_elsewhere,
)
from .dates import describe_date, describe_stored_date
from .document import MarkedDocument, PageMarks, Styles, grid_table
from .documentation_text import (
    documentation_texts,
    exhibit_documentation_rows,
    statement_documentation,
)
from .fonts import FontBook
from .plan import name_matcher
from .strings import Strings


def _table(styles: Styles, rows: list[list[str]], widths: list[float], header: bool) -> Table:
    return grid_table(styles, rows, widths, header=header)


def _write(
    story: list[Flowable], target: Path, marks: PageMarks, fonts: FontBook, title: str
) -> None:
    buffer = io.BytesIO()
    MarkedDocument(buffer, marks, fonts, title=title).build_story(story)
    try:
        # Private, and staged so a print killed half-way leaves nothing after the next start.
        write_file(target, buffer.getvalue())
    except FileExistsError:
        raise CasebookError(
            "{target} already exists. Choose another file name.", target=target
        ) from None
    except OSError as exc:
        raise CasebookError(
            "The print could not be written to {target} ({strerror}). Choose a "
            "folder you can write to.",
            target=target,
            strerror=exc.strerror,
        ) from None


class DisclosureRefused(CasebookError):
    """The record may not be printed for use in legal proceedings (see core/disclosure)."""


def _disclosure_gate(
    session: Session, kind: str, record: Testimony | EvidenceItem, include_because: str | None
) -> None:
    """Ask the one disclosure decision before printing; an exhibit withheld for someone's
    consent may be printed anyway with a written reason, which the audit log keeps."""
    case = session.get(Case, record.case_id)
    if case is None:
        raise NotFound("The record's case is no longer in the casebook.")
    overrides = [Override(kind, record.id, include_because)] if include_because else []
    decision = decide(session, case, "legal_proceedings", None, overrides)
    why = decision.why_not(kind, record.id)
    if why is None:
        record_overrides(session, session.info.get("actor_id"), decision)
        return
    if kind == "testimony":
        raise DisclosureRefused(
            "This statement is not printed: {why}. A statement leaves the casebook "
            "only as its witness consented; record the consent first if it was given.",
            why=why,
        )
    raise DisclosureRefused(
        "This evidence item is not printed: {why}. If it may be shown all the "
        "same (a photo of a public place that merely mentions the person, say), "
        'print it with a written reason (`--include-because "…"`); the reason is '
        "kept in the audit log.",
        why=why,
    )


def _marks(s: Strings, header: str) -> PageMarks:
    return PageMarks(
        marking=s("mark_record"),
        header=header,
        page_label=lambda page, pages: s("page_x_of_y", page=page, pages=pages),
    )


def print_testimony(
    session: Session, testimony_id: str, target: Path, language: str = "en", printed_by: str = ""
) -> None:
    """A statement by pseudonym with its consent summary; redacted passages are removed.

    Refused when the statement's consent does not cover use in legal proceedings."""
    testimony = session.get(Testimony, testimony_id)
    if testimony is None:
        raise NotFound(
            "There is no testimony with the id {testimony_id}.", testimony_id=repr(testimony_id)
        )
    _disclosure_gate(session, "testimony", testimony, None)
    protect = _names_of_case(session, testimony.case_id).protect
    s, fonts = Strings(language), FontBook()
    for segment in testimony.segments:
        if not segment.redact:
            fonts.require(segment.text)
    for _, text in documentation_texts(testimony, internal=False):
        fonts.require(text)
    st = Styles(fonts)
    witness = session.get(Person, testimony.witness_id) if testimony.witness_id else None
    who = witness.pseudonym if witness else s("unattributed_statement", k=1)
    case_ref = testimony.case_id and _case_reference(session, testimony.case_id)
    interviewer = session.get(Person, testimony.interviewer_id or "")
    circumstances = circumstances_text(
        testimony,
        s,
        describe_stored_date(testimony.taken_on, s),
        protect,
        interviewer.pseudonym if interviewer else "",
    )
    story: list[Flowable] = [
        st.para(s("record_testimony_title", pseudonym=who), st.h1),
        st.para(circumstances, st.small),
        *(
            st.para(line, st.small)
            for line in statement_documentation(testimony, s, protect, internal=False)
        ),
        st.para(f"{s('consent_summary')}: {consent_text(testimony, s)}", st.small),
    ]
    converted = conversion_note(testimony, s)
    if converted:
        story.append(st.para(converted, st.small))
    story.append(Spacer(1, 3 * mm))
    for segment in testimony.segments:
        text = s("redacted") if segment.redact else protect(segment.text)
        row = Table(
            [[Paragraph(f"{segment.position}.", st.body), st.para(text)]],
            colWidths=[10 * mm, None],
        )
        row.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        story.append(row)
    story.append(Spacer(1, 4 * mm))
    story.append(st.para(_printed(s, printed_by), st.small))
    _write(story, Path(target), _marks(s, f"{case_ref} · {who}"), fonts, who)


def print_evidence(
    session: Session,
    evidence_id: str,
    target: Path,
    language: str = "en",
    printed_by: str = "",
    include_because: str | None = None,
) -> None:
    """An evidence item's metadata and its whole custody history with signature checks.

    Refused when the item concerns someone whose consent does not cover legal use, unless
    ``include_because`` says why it may be printed all the same (the caller commits)."""
    item = session.get(EvidenceItem, evidence_id)
    if item is None:
        raise NotFound(
            "There is no evidence item with the id {evidence_id}.", evidence_id=repr(evidence_id)
        )
    _disclosure_gate(session, "evidence", item, include_because)
    protect = _names_of_case(session, item.case_id).protect
    title = protect(item.title)
    s, fonts = Strings(language), FontBook()
    fonts.require(" ".join([item.title, item.description, item.source, item.collected_place]))
    for _, text in documentation_texts(item):
        fonts.require(text)
    st = Styles(fonts)
    rows = [
        [s("col_kind"), s.kind(item.kind)],
        [s("meta_original_filename"), protect(item.original_filename) or "—"],
        [s("col_sha256"), item.sha256 or "—"],
        [s("col_size"), human_size(item.size)],
        [s("meta_media_type"), item.media_type or "—"],
        [s("col_source"), protect(item.source) or "—"],
        [
            s("meta_collected"),
            f"{describe_stored_date(item.collected_at, s)} {protect(item.collected_place)}".strip(),
        ],
        [s("meta_collected_by"), protect(item.collected_by) or "—"],
        *exhibit_documentation_rows(item, s, protect),
        [s("meta_description"), protect(item.description) or "—"],
    ]
    meta = {
        k: protect(v) if isinstance(v, str) else v
        for k, v in (item.extracted_metadata or {}).items()
        if k != "warnings" and isinstance(v, str | int | float)
    }
    if meta:
        rows.append(
            [s("meta_embedded"), "; ".join(f"{s.meta_key(k)}: {v}" for k, v in meta.items())]
        )
    custody = [
        [
            s("col_seq"),
            s("col_action"),
            s("col_by"),
            s("col_when"),
            s("col_place"),
            s("col_reason"),
            s("col_signature"),
        ]
    ]
    elsewhere = False
    for event in item.custody:
        user = session.get(User, event.actor_id)
        elsewhere = elsewhere or signed_elsewhere(user)
        ok = signature_valid(session, event, item.sha256)
        custody.append(
            [
                str(event.sequence),
                s.action(event.action),
                actor_label(user, s),
                event.at.strftime("%Y-%m-%d %H:%M:%S UTC"),
                protect(event.place) or "—",
                protect(event.reason) or "—",
                s("signature_verified") if ok else s("signature_invalid"),
            ]
        )
    story: list[Flowable] = [
        st.para(s("record_evidence_title", title=title), st.h1),
        st.para(s("record_metadata"), st.h2),
        _table(st, rows, [40 * mm, 130 * mm], header=False),
        st.para(s("record_custody"), st.h2),
        _table(
            st, custody, [7 * mm, 18 * mm, 26 * mm, 30 * mm, 22 * mm, 50 * mm, 17 * mm], header=True
        ),
        *([st.para(s("custody_signed_elsewhere_note"), st.small)] if elsewhere else []),
        Spacer(1, 4 * mm),
        st.para(_printed(s, printed_by), st.small),
    ]
    case_ref = _case_reference(session, item.case_id)
    _write(story, Path(target), _marks(s, f"{case_ref} · {title}"), fonts, title)


def _names_of_case(session: Session, case_id: str) -> NameMatcher:
    """Real names of the case's persons, printed as their pseudonyms (as in a bundle)."""
    return name_matcher(list(session.scalars(select(Person).where(Person.case_id == case_id))))


def _case_reference(session: Session, case_id: str) -> str:
    from ..models import Case

    case = session.get(Case, case_id)
    return case.reference if case else ""


def _printed(s: Strings, user: str) -> str:
    today = datetime.now(UTC).date().isoformat()
    return s(
        "record_printed",
        date=describe_date("exact", today, None, s),
        user=user or s("unknown_user"),
    )
