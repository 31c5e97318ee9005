"""The annexes of the complaint: exhibit index, chain of custody, statements, exhibits.

A mixin of ``ComplaintBuilder`` (which provides ``plan``, ``s``, ``st``, ``fonts``,
``session``, ``files``, ``doc`` and the helpers ``p``, ``heading``, ``table``): the parts
of the complaint that list and reproduce the material, apart from the argument.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..integrity.custody import signature_valid
from ..media.content_credentials import failure_text, signer_name
from ..models import EvidenceItem, User
from .dates import describe_stored_date
from .document import PageSlot
from .documentation_text import exhibit_documentation_rows, kind_with_copy, statement_documentation
from .exhibit_pages import ExhibitSource, FittedImage
from .strings import Strings


@dataclass(frozen=True)
class ExhibitFile:
    """An exhibit as written into the bundle, and how it is shown in the PDF."""

    number: int
    item: EvidenceItem
    relative_path: str | None  # "exhibits/004-photo.jpg"; None for items with no file
    path: ExhibitSource | None  # the file in the bundle folder, or the bytes in memory
    form: str  # image, pdf, media, file
    pages: int = 0  # for pdf
    problem: str | None = None  # why an image or PDF is not shown after all


def human_size(size: int | None) -> str:
    if size is None:
        return "—"
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def consent_text(testimony: Any, s: Strings) -> str:
    consent = testimony.consent
    if consent is None:
        return s("consent_none")
    text = s(
        "consent_line",
        legal=s.yes_no(consent.legal_proceedings),
        jurisdictions=", ".join(consent.jurisdictions) or "—",
        publication=s.yes_no(consent.publication),
        contact=s.yes_no(consent.follow_up_contact),
        given=describe_stored_date(consent.given_on, s),
        how=s.consent_how(consent.recorded_how),
    )
    if consent.withdrawn_on:
        text += "; " + s("consent_withdrawn", date=describe_stored_date(consent.withdrawn_on, s))
    return text


def language_text(code: str | None, s: Strings) -> str:
    """ "Burmese (my)": the BCP 47 tag with its name where the texts know it."""
    if not code:
        return s("not_recorded")
    key = f"lang_{code}"
    return s("language_named", name=s(key), code=code) if s.has(key) else code


def circumstances_text(
    testimony: Any, s: Strings, date: str, protect: Callable[[str], str], interviewer: str
) -> str:
    """When, where, in which language and by whom (pseudonym) a statement was taken."""
    return s(
        "statement_circumstances",
        date=date,
        place=protect(testimony.place) or s("not_recorded"),
        language=language_text(testimony.language, s),
        interviewer=interviewer or s("not_recorded"),
        interpreter=protect(testimony.interpreter).rstrip(".") or s("not_recorded"),
    )


def conversion_note(testimony: Any, s: Strings) -> str | None:
    """Which paragraphs were converted from a legacy encoding (Zawgyi) when entered; the
    casebook keeps their original text (``Segment.original_text``)."""
    by_encoding: dict[str, list[int]] = {}
    for segment in testimony.segments:
        if segment.original_encoding:
            by_encoding.setdefault(segment.original_encoding, []).append(segment.position)
    notes = []
    for encoding, positions in by_encoding.items():
        key = f"encoding_{encoding}"
        name = s(key) if s.has(key) else encoding
        notes.append(
            s(
                "statement_converted_one" if len(positions) == 1 else "statement_converted",
                positions=", ".join(map(str, positions)),
                encoding=name,
            )
        )
    return " ".join(notes) or None


def signed_elsewhere(user: User | None) -> bool:
    """A signer whose private key is not in this casebook: the events were recorded in
    another casebook and came with an import (interchange file or package)."""
    return user is not None and user.signing_private_key is None


def actor_label(user: User | None, s: Strings) -> str:
    """Who recorded a custody event: the name, marked when it was signed elsewhere."""
    if user is None:
        return s("unknown_user")
    if signed_elsewhere(user):
        return s("custody_signed_elsewhere", name=user.display_name)
    return user.display_name


class AnnexSections:
    """Sections that list and reproduce the material (see the module docstring)."""

    plan: Any
    s: Strings
    session: Any
    files: dict[int, ExhibitFile]
    evidence_stamps: dict[str, list[Any]] = {}  # noqa: RUF012 - item id -> RFC 3161 checks

    def signature_ok(self, event: Any, item: EvidenceItem) -> bool:
        """Checked once per event, though the index, annex and exhibit page all show it."""
        cache = self.__dict__.setdefault("_signatures", {})
        if event.id not in cache:
            cache[event.id] = signature_valid(self.session, event, item.sha256)
        return cache[event.id]

    def user_name(self, user_id: str | None) -> str:
        names = self.__dict__.setdefault("_users", {})
        if not user_id:
            return self.s("unknown_user")
        if user_id not in names:
            names[user_id] = actor_label(self.session.get(User, user_id), self.s)
        return names[user_id]

    def custody_summary(self, item: EvidenceItem) -> str:
        events = list(item.custody)
        invalid = sum(1 for e in events if not self.signature_ok(e, item))
        status = (
            self.s("custody_some_invalid", count=invalid)
            if invalid
            else self.s("custody_all_verified")
        )
        key = "custody_summary_one" if len(events) == 1 else "custody_summary"
        return self.s(key, count=len(events), status=status)

    def content_credentials_text(self, item: EvidenceItem) -> str | None:
        """The C2PA state read at intake (core.media.content_credentials), or None if unread."""
        found = (item.extracted_metadata or {}).get("content_credentials")
        if not isinstance(found, dict) or found.get("state") not in (
            "valid", "invalid", "none", "unreadable"
        ):  # fmt: skip
            return None
        signer = self.plan.protect(signer_name(found))
        reason = self.plan.protect(failure_text(found))
        return self.s(f"content_credentials_{found['state']}", signer=signer, reason=reason)

    def exhibit_index(self) -> list[Flowable]:
        s = self.s
        rows: list[list[Any]] = [
            [
                s("col_number"),
                s("col_title"),
                s("col_kind"),
                s("col_date"),
                s("col_source"),
                s("col_sha256"),
                s("col_size"),
                s("col_custody"),
            ]
        ]
        for item in self.plan.exhibits:
            n = self.plan.exhibit_number(item)
            digest = item.sha256 or "—"  # set as a monospace block by grid_table
            credentials = self.content_credentials_text(item)
            title = self.plan.protect(item.title)
            rows.append(
                [
                    str(n),
                    f"{title} — {credentials}" if credentials else title,
                    kind_with_copy(item, s),
                    self.date_text(item.collected_at or item.captured_at),
                    self.plan.protect(item.source) or "—",
                    digest,
                    human_size(item.size),
                    self.custody_summary(item),
                ]
            )
        # SHA-256: 16 monospace digits a line; the rest goes to the wordier columns.
        widths = [9 * mm, 35 * mm, 19 * mm, 20 * mm, 25 * mm, 26 * mm, 14 * mm, 22 * mm]
        return [
            self.heading(s("exhibit_index"), 0),
            self.table(rows, widths, mono_cols=(5,)),
            PageBreak(),
        ]

    def custody_annex(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [
            self.heading(s("custody_annex"), 0),
            self.p(s("custody_annex_intro"), self.st.small),
        ]
        actors = {e.actor_id for item in self.plan.exhibits for e in item.custody}
        if any(signed_elsewhere(self.session.get(User, a)) for a in actors):
            out.append(self.p(s("custody_signed_elsewhere_note"), self.st.small))
        for item in self.plan.exhibits:
            n = self.plan.exhibit_number(item)
            rows: list[list[Any]] = [
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
            for event in item.custody:
                ok = self.signature_ok(event, item)
                rows.append(
                    [
                        str(event.sequence),
                        s.action(event.action),
                        self.user_name(event.actor_id),
                        event.at.strftime("%Y-%m-%d %H:%M:%S UTC"),
                        self.plan.protect(event.place) or "—",
                        self.plan.protect(event.reason) or "—",
                        s("signature_verified") if ok else s("signature_invalid"),
                    ]
                )
            widths = [7 * mm, 18 * mm, 26 * mm, 30 * mm, 22 * mm, 50 * mm, 17 * mm]
            out.append(CondPageBreak(40 * mm))
            out.append(
                self.heading(s("exhibit_heading", n=n, title=self.plan.protect(item.title)), 1)
            )
            out.append(self.table(rows, widths))
            out += [self.p(line, self.st.small) for line in self.timestamp_lines(item)]
        out.append(PageBreak())
        return out

    def timestamp_lines(self, item: EvidenceItem) -> list[str]:
        """The RFC 3161 time-stamps of this file's hash, checked offline at export."""
        lines = []
        for ids in {item.id, item.lineage_id}:
            for check in self.evidence_stamps.get(ids, []):
                if not item.sha256 or not check.stamp.folder.name.endswith(item.sha256[:16]):
                    continue
                if check.info is None:
                    lines.append(self.s("custody_timestamp_failed"))
                    continue
                lines.append(
                    self.s(
                        "custody_timestamp",
                        when=check.info.when,
                        tsa=check.info.tsa_name,
                        fingerprint=check.info.tsa_fingerprint,
                    )
                )
        return lines

    def statements(self) -> list[Flowable]:
        s, plan = self.s, self.plan
        if not plan.statements:
            return []
        out: list[Flowable] = [
            self.heading(s("statements"), 0),
            self.p(s("statements_intro"), self.st.small),
        ]
        for statement in plan.statements:
            t = statement.testimony
            out.append(CondPageBreak(30 * mm))
            out.append(self.heading(s("statement_heading", pseudonym=statement.who), 1))
            interviewer = plan.persons.get(t.interviewer_id or "")
            date = self.date_text(t.taken_on)
            out.append(
                self.p(
                    circumstances_text(
                        t, s, date, plan.protect, interviewer.pseudonym if interviewer else ""
                    ),
                    self.st.small,
                )
            )
            for line in statement_documentation(t, s, plan.protect, plan.internal):
                out.append(self.p(line, self.st.small))
            out.append(self.p(f"{s('consent_summary')}: {consent_text(t, s)}", self.st.small))
            converted = conversion_note(t, s)
            if converted:
                out.append(self.p(converted, self.st.small))
            for segment in t.segments:
                cell = self.st.para(plan.segment_text(segment), self.st.body)
                if not segment.redact:
                    cell.lang = t.language  # the passage's language, for the tag tree
                number = Paragraph(f"{segment.position}.", self.st.body)
                table = Table([[number, cell]], colWidths=[10 * mm, None])
                table.tag_role = "list"  # a numbered paragraph: tagged L/LI, not a table
                table.setStyle(
                    TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ]
                    )
                )
                out.append(table)
        out.append(PageBreak())
        return out

    def metadata_rows(self, item: EvidenceItem, file: ExhibitFile) -> list[list[Any]]:
        s, plan = self.s, self.plan
        rows: list[list[Any]] = [
            [s("col_kind"), s.kind(item.kind)],
            [s("meta_original_filename"), plan.protect(item.original_filename) or "—"],
            [s("exhibit_file"), file.relative_path or "—"],
            [s("col_sha256"), item.sha256 or "—"],
            [s("col_size"), human_size(item.size)],
            [s("meta_media_type"), item.media_type or "—"],
            [s("col_source"), plan.protect(item.source) or "—"],
            [
                s("meta_collected"),
                " ".join(
                    x
                    for x in (self.date_text(item.collected_at), plan.protect(item.collected_place))
                    if x
                ),
            ],
            [s("meta_collected_by"), plan.protect(item.collected_by) or "—"],
            [s("col_custody"), self.custody_summary(item)],
        ]
        if item.acquisition_method:
            rows.append([s("meta_acquisition"), plan.protect(item.acquisition_method)])
        rows += exhibit_documentation_rows(item, s, plan.protect)
        if item.url:
            rows.append([s("meta_url"), plan.protect(item.url)])
        if item.captured_at:
            rows.append([s("meta_captured"), item.captured_at])
        meta = {
            k: v
            for k, v in (item.extracted_metadata or {}).items()
            if k != "warnings" and isinstance(v, str | int | float)
        }
        if meta:
            rows.append(
                [
                    s("meta_embedded"),
                    "; ".join(
                        f"{s.meta_key(k)}: {plan.protect(str(v))}"
                        for k, v in list(meta.items())[:12]
                    ),
                ]
            )
        credentials = self.content_credentials_text(item)
        if credentials:
            rows.append([s("meta_content_credentials"), credentials])
        if item.description:
            rows.append([s("meta_description"), plan.protect(item.description)])
        return rows

    def exhibits(self) -> list[Flowable]:
        s, plan = self.s, self.plan
        if not plan.exhibits:
            return []
        out: list[Flowable] = [self.heading(s("exhibits"), 0)]
        first = True
        for item in plan.exhibits:
            n = plan.exhibit_number(item)
            file = self.files[n]
            if not first:
                out.append(PageBreak())
            first = False
            out.append(self.heading(s("exhibit_heading", n=n, title=plan.protect(item.title)), 1))
            out.append(
                self.table(self.metadata_rows(item, file), [38 * mm, 132 * mm], header=False)
            )
            out.append(Spacer(1, 4 * mm))
            if file.problem:
                out.append(self.p(s("exhibit_other_note") + f" ({file.problem})"))
            elif file.form == "image" and file.path is not None:
                alt = s("exhibit_heading", n=n, title=plan.protect(item.title))
                out.append(FittedImage(file.path, alt=alt))
            elif file.form == "pdf" and file.path is not None:
                out.append(self.p(s("exhibit_pdf_pages", pages=file.pages)))
                for index in range(file.pages):
                    out.append(PageBreak())
                    label = s("exhibit_page_of", n=n, page=index + 1, pages=file.pages)
                    out.append(PageSlot(n, index, self.doc.slots, label, self.fonts.base))
            elif file.form == "media":
                out.append(self.p(s("exhibit_media_note", kind=s.kind(item.kind))))
            elif file.relative_path is None:
                out.append(self.p(s("exhibit_no_file")))
            else:
                out.append(self.p(s("exhibit_other_note")))
        return out
