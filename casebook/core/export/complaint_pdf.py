"""The complaint PDF: cover, contents, facts, legal analysis, exhibit index, custody, statements,
exhibits.

Built from an ``ExportPlan`` (which already decided what may be shown) and the exhibit
files already written, verified, into the bundle folder. The ReportLab document is built
in memory and the exhibit pages are merged straight into the target file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from ..custody import signature_valid
from ..models import EvidenceItem, Person, User
from .dates import describe_date
from .document import (
    Heading,
    MarkedDocument,
    PageMarks,
    PageSlot,
    Styles,
    grid_table,
    table_of_contents,
)
from .exhibit_pages import FittedImage, merge_exhibit_pages
from .fonts import FontBook
from .legal import ChargeAnalysis, ElementFinding, Support, analyse
from .plan import ExportPlan


@dataclass(frozen=True)
class ExhibitFile:
    """An exhibit as written into the bundle, and how it is shown in the PDF."""

    number: int
    item: EvidenceItem
    relative_path: str | None  # "exhibits/004-photo.jpg"; None for items with no file
    path: Path | None
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


class ComplaintBuilder:
    def __init__(
        self,
        session: Session,
        plan: ExportPlan,
        files: list[ExhibitFile],
        exported_at: datetime,
        exporter: str,
    ) -> None:
        self.session = session
        self.plan = plan
        self.s = plan.strings
        self.files = {f.number: f for f in files}
        self.exported_at = exported_at
        self.exporter = exporter
        self.fonts = FontBook()
        self.st = Styles(self.fonts)
        self._keys = 0
        self._users: dict[str, str] = {}
        self._signatures: dict[str, bool] = {}

    # -- helpers -------------------------------------------------------------------------

    def _key(self) -> str:
        self._keys += 1
        return f"h{self._keys}"

    def heading(self, text: str, level: int, toc: bool = True) -> Heading:
        style = (self.st.h1, self.st.h2, self.st.h3)[min(level, 2)]
        markup = self.fonts.markup(text, bold=True)
        return Heading(text, markup, style, level, self._key(), toc)

    def p(self, text: str, style: Any = None, cites: list[str] | None = None) -> Paragraph:
        extra = ""
        if cites:
            extra = f' <font name="{self.fonts.base}">({escape("; ".join(cites))})</font>'
        return self.st.para(text, style, markup=extra)

    def signature_ok(self, event: Any, item: EvidenceItem) -> bool:
        """Checked once per event, though the index, annex and exhibit page all show it."""
        if event.id not in self._signatures:
            self._signatures[event.id] = signature_valid(self.session, event, item.sha256)
        return self._signatures[event.id]

    def user_name(self, user_id: str | None) -> str:
        if not user_id:
            return self.s("unknown_user")
        if user_id not in self._users:
            user = self.session.get(User, user_id)
            self._users[user_id] = user.display_name if user else self.s("unknown_user")
        return self._users[user_id]

    def date_text(self, value: str | None) -> str:
        if not value:
            return "—"
        precision = {4: "year", 7: "month"}.get(len(value), "exact")
        return describe_date(precision, value, None, self.s)

    def table(
        self,
        rows: list[list[Any]],
        widths: list[float],
        header: bool = True,
        mono_cols: tuple[int, ...] = (),
    ) -> Table:
        return grid_table(self.st, rows, widths, header, mono_cols)

    # -- sections ------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        plan, s = self.plan, self.s
        witnesses = sorted({st.witness.pseudonym for st in plan.statements if st.witness})
        victims = sorted(
            {
                p.pseudonym
                for i in plan.incidents
                for p in i.persons
                if set(p.roles) & {"victim", "survivor", "witness"}
            }
        )
        silent = {
            plan.persons[t.witness_id].pseudonym
            for t in plan.excluded_testimonies
            if t.witness_id in plan.persons
        }
        complainants = sorted(set(witnesses) | (set(victims) - silent))
        alleged = sorted(
            {
                plan.persons[p.person_id].pseudonym
                for c in plan.charges
                for p in c.perpetrators
                if p.person_id in plan.persons
            }
        )
        frame = self.analysis_frame
        charges = [
            f"{a.title} — {s('rome_statute_provision', provision=a.crime.provision)}"
            + (f"; {', '.join(a.national)}" if a.national else "")
            for a in frame
        ]
        edition = s("edition_internal") if plan.internal else s("edition_filing")
        rows = [
            [s("cover_to"), "\n".join(plan.addressee.lines)],
            [s("cover_reference"), plan.case.reference],
            [s("cover_situation"), plan.case.situation or "—"],
            [s("cover_complainants"), ", ".join(complainants) or s("cover_none")],
            [s("cover_alleged"), ", ".join(alleged) or s("cover_none")],
            [s("cover_charges"), "\n".join(charges)],
            [s("cover_date"), describe_date("exact", self.exported_at.date().isoformat(), None, s)],
            [s("cover_edition"), edition],
        ]
        table = self.table(rows, [45 * mm, 125 * mm], header=False)
        return [
            Spacer(1, 12 * mm),
            self.st.para(s("cover_title"), self.st.title),
            self.st.para(s("cover_subtitle"), self.st.h2),
            self.st.para(plan.protect(plan.case.title), self.st.h1),
            Spacer(1, 6 * mm),
            table,
            Spacer(1, 8 * mm),
            self.p(s("cover_pseudonym_note"), self.st.small),
            self.p(s("cover_integrity_note"), self.st.small),
            *(
                [
                    self.p(
                        s(
                            "cover_sealed_annex",
                            file="identities-annex.pdf.age",
                            pseudonyms=", ".join(p.pseudonym for p in plan.sealed_persons),
                        ),
                        self.st.small,
                    )
                ]
                if plan.sealed_persons
                else []
            ),
            PageBreak(),
        ]

    def contents(self) -> list[Flowable]:
        return [
            self.heading(self.s("toc"), 0, toc=False),
            table_of_contents(self.st, self.fonts),
            PageBreak(),
        ]

    def incident_cites(self, incident: Any) -> list[str]:
        plan, s = self.plan, self.s
        cites = [
            s("exhibit_cite", n=plan.exhibit_number(e))
            for e in plan.exhibits
            if e in incident.evidence
            or any(v.lineage_id == e.lineage_id for v in incident.evidence)
        ]
        tagged = {t.segment_id for t in plan.tags if t.segment_id}
        for testimony in incident.testimonies:
            statement = next(
                (st for st in plan.statements if st.testimony.lineage_id == testimony.lineage_id),
                None,
            )
            if statement is None:
                continue
            segments = [seg for seg in statement.testimony.segments if seg.id in tagged]
            if segments:
                cites += [statement.cite(seg, s) for seg in segments]
            else:
                cites.append(statement.who)
        return sorted(set(cites), key=cites.index)

    def facts(self) -> list[Flowable]:
        plan, s = self.plan, self.s
        out: list[Flowable] = [self.heading(s("facts"), 0), self.p(s("facts_intro"))]
        if not plan.incidents:
            out.append(self.p(s("facts_none")))
        for incident in plan.incidents:
            n = plan.incident_number(incident)
            date = describe_date(incident.date_precision, incident.date_start, incident.date_end, s)
            place = ", ".join(x for x in (incident.place_name, incident.admin_area) if x)
            out.append(
                self.heading(s("incident_heading", n=n, title=plan.protect(incident.title)), 1)
            )
            out.append(
                self.p(s("incident_when_where", date=date, place=place or s("place_unknown")))
            )
            concerned = self.persons_concerned(incident)
            if concerned:
                out.append(self.p(s("incident_persons", persons=concerned)))
            paragraphs = [t for t in plan.protect(incident.description).split("\n\n") if t.strip()]
            cites = self.incident_cites(incident)
            for i, text in enumerate(paragraphs):
                out.append(self.p(text, cites=cites if i == len(paragraphs) - 1 else None))
            if not paragraphs and cites:
                out.append(self.p(f"{s('sources')}:", cites=cites))
        out.append(PageBreak())
        return out

    def persons_concerned(self, incident: Any) -> str:
        """Pseudonyms and roles of the persons an incident names, never their identities."""
        silent = {t.witness_id for t in self.plan.excluded_testimonies}
        silent -= {st.witness.id for st in self.plan.statements if st.witness}
        people = sorted(
            (p for p in incident.persons if p.id not in silent), key=lambda p: p.pseudonym
        )
        return ", ".join(
            f"{p.pseudonym} ({', '.join(self.s.role(r) for r in p.roles)})" for p in people
        )

    def support_lines(self, supports: list[Support]) -> list[Flowable]:
        out: list[Flowable] = []
        for support in supports:
            kind = self.s(f"support_{support.kind}")
            cite = f"{support.cite}, {kind}"
            if self.plan.internal and support.grading:
                cite += f", {support.grading}"  # the team's own grading: internal only
            if support.quote is not None:
                out.append(self.p(f"“{support.quote}”", self.st.quote, cites=[cite]))
            else:
                out.append(self.p("", self.st.quote, cites=[cite]))
        return out

    def element_block(self, finding: ElementFinding) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [
            self.p(
                s("element_heading", number=finding.ref.number, text=finding.ref.text), self.st.h3
            ),
        ]
        out += self.support_lines(finding.supports)
        return out

    def legal(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [self.heading(s("legal"), 0)]
        for analysis in self.analysis_frame:
            out.append(
                self.heading(s("charge_heading", n=analysis.number, title=analysis.title), 1)
            )
            line = f"{s('rome_statute')}: " + s(
                "rome_statute_provision", provision=analysis.crime.provision
            )
            if self.plan.addressee.national_law:
                national = ", ".join(analysis.national) or s("no_national_provision")
                line += f". {s('national_provision')}: {national}"
            out.append(self.p(line + "."))
            if not analysis.crime.verified:
                out.append(self.p(s("unverified_wording"), self.st.small))
            if analysis.charge.incidents:
                nums = sorted(
                    self.plan.incident_number(i)
                    for i in analysis.charge.incidents
                    if i in self.plan.incidents
                )
                out.append(
                    self.p(
                        f"{s('incidents_charged')}: " + "; ".join(s("fact_cite", n=n) for n in nums)
                    )
                )
            if analysis.context:
                out.append(self.p(s("contextual_elements"), self.st.h2))
                for finding in analysis.context:
                    out += self.element_block(finding)
            out.append(self.p(s("elements"), self.st.h2))
            for finding in analysis.elements:
                out += self.element_block(finding)
            out.append(self.p(s("liability"), self.st.h2))
            for perp in analysis.perpetrators:
                out += self.perpetrator_block(perp.person, perp)
        out.append(PageBreak())
        return out

    def perpetrator_block(self, person: Person, perp: Any) -> list[Flowable]:
        details = ", ".join(
            x for x in (person.rank, person.position, person.unit, person.affiliation) if x
        )
        mode = f"{perp.liability.title} (art. {perp.liability.provision})"
        out: list[Flowable] = [
            self.p(
                self.s(
                    "perpetrator_line",
                    pseudonym=person.pseudonym,
                    details=f" ({details})" if details else "",
                    mode=mode,
                ),
                self.st.h3,
            ),
        ]
        for finding in perp.elements:
            out += self.element_block(finding)
        return out

    def gaps(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [self.heading(s("gaps"), 0), self.p(s("gaps_intro"), self.st.small)]
        for analysis in self.analysis_frame:
            out.append(
                self.heading(s("charge_heading", n=analysis.number, title=analysis.title), 1)
            )
            findings = [
                *analysis.context,
                *analysis.elements,
                *(f for p in analysis.perpetrators for f in p.elements),
            ]
            flagged = [f for f in findings if f.has_gap]
            if not flagged:
                out.append(self.p(s("gaps_all_clear")))
            for finding in flagged:
                block: list[Flowable] = [
                    self.p(
                        s("element_heading", number=finding.ref.number, text=finding.ref.text)
                        + f" [{finding.ref.element_id}]",
                        self.st.h3,
                    )
                ]
                for key in finding.gaps():
                    block.append(self.p(s(key), self.st.gap))
                if finding.contradicting:
                    block.append(self.p(s("gap_contradicting") + ":", self.st.gap))
                    block += self.support_lines(finding.contradicting)
                if finding.needs_review:
                    block.append(self.p(s("gap_needs_review") + ":", self.st.gap))
                    block += self.support_lines(finding.needs_review)
                if finding.left_out:
                    block.append(self.p(s("gap_left_out", count=finding.left_out), self.st.gap))
                out.append(KeepTogether(block[:2]))
                out += block[2:]
        out.append(PageBreak())
        return out

    def custody_summary(self, item: EvidenceItem) -> str:
        events = list(item.custody)
        invalid = sum(1 for e in events if not self.signature_ok(e, item))
        status = (
            self.s("custody_some_invalid", count=invalid)
            if invalid
            else self.s("custody_all_verified")
        )
        return self.s("custody_summary", count=len(events), status=status)

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
            digest = item.sha256 or "—"
            if len(digest) == 64:
                digest = digest[:32] + "\n" + digest[32:]
            rows.append(
                [
                    str(n),
                    self.plan.protect(item.title),
                    s.kind(item.kind),
                    self.date_text(item.collected_at or item.captured_at),
                    self.plan.protect(item.source) or "—",
                    digest,
                    human_size(item.size),
                    self.custody_summary(item),
                ]
            )
        widths = [9 * mm, 33 * mm, 19 * mm, 20 * mm, 24 * mm, 35 * mm, 13 * mm, 17 * mm]
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
        out.append(PageBreak())
        return out

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
            out.append(
                self.p(
                    s(
                        "statement_meta",
                        date=self.date_text(t.taken_on),
                        language=t.language or "—",
                        place=plan.protect(t.place) or "—",
                    ),
                    self.st.small,
                )
            )
            out.append(self.p(f"{s('consent_summary')}: {consent_text(t, s)}", self.st.small))
            for segment in t.segments:
                cell = self.st.para(plan.segment_text(segment), self.st.body)
                number = Paragraph(f"{segment.position}.", self.st.body)
                table = Table([[number, cell]], colWidths=[10 * mm, None])
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
            [s("meta_collected_by"), item.collected_by or "—"],
            [s("col_custody"), self.custody_summary(item)],
        ]
        if item.acquisition_method:
            rows.append([s("meta_acquisition"), plan.protect(item.acquisition_method)])
        if item.url:
            rows.append([s("meta_url"), item.url])
        if item.captured_at:
            rows.append([s("meta_captured"), item.captured_at])
        meta = {
            k: v
            for k, v in (item.extracted_metadata or {}).items()
            if k != "warnings" and isinstance(v, str | int | float)
        }
        if meta:
            rows.append(
                [s("meta_embedded"), "; ".join(f"{k}: {v}" for k, v in list(meta.items())[:12])]
            )
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
                out.append(FittedImage(file.path))
            elif file.form == "pdf" and file.path is not None:
                out.append(self.p(s("exhibit_pdf_pages", pages=file.pages)))
                for index in range(file.pages):
                    out.append(PageBreak())
                    label = s("exhibit_page_of", n=n, page=index + 1, pages=file.pages)
                    out.append(PageSlot(n, index, self.doc.slots, label, self.fonts.base))
            elif file.form == "media":
                out.append(self.p(s("exhibit_media_note", kind=s.kind(item.kind))))
            elif file.path is None:
                out.append(self.p(s("exhibit_no_file")))
            else:
                out.append(self.p(s("exhibit_other_note")))
        return out

    # -- the whole -----------------------------------------------------------------------

    def build(self, target: Path) -> int:
        """Write the complaint to ``target``; returns its page count."""
        plan, s = self.plan, self.s
        self.analysis_frame: list[ChargeAnalysis] = analyse(plan, self.session)
        marking = (
            s("mark_internal")
            if plan.internal
            else s("mark_filing", addressee=plan.addressee.short)
        )
        marks = PageMarks(
            marking=marking,
            header=s("running_header", reference=plan.case.reference)
            + f" · {plan.protect(plan.case.title)}",
            page_label=lambda page, pages: s("page_x_of_y", page=page, pages=pages),
            watermark="NOT FOR FILING" if plan.internal else None,
        )
        buffer = io.BytesIO()
        self.doc = MarkedDocument(
            buffer,
            marks,
            self.fonts,
            title=f"{s('cover_title')} — {plan.case.reference}",
            author=self.exporter,
            subject=plan.case.reference,
        )
        story: list[Flowable] = []
        story += self.cover()
        story += self.contents()
        story += self.facts()
        story += self.legal()
        if plan.internal:
            story += self.gaps()
        story += self.exhibit_index()
        story += self.custody_annex()
        story += self.statements()
        story += self.exhibits()
        self.doc.build_story(story)
        pdfs = {
            f.number: f.path.read_bytes()
            for f in self.files.values()
            if f.form == "pdf" and f.path is not None and not f.problem
        }
        with target.open("xb") as out:
            return merge_exhibit_pages(
                buffer.getvalue(), self.doc.slots, pdfs, self.doc.frame_box, out
            )


def consent_text(testimony: Any, s: Any) -> str:
    consent = testimony.consent
    if consent is None:
        return s("consent_none")
    text = s(
        "consent_line",
        legal=s.yes_no(consent.legal_proceedings),
        jurisdictions=", ".join(consent.jurisdictions) or "—",
        publication=s.yes_no(consent.publication),
        contact=s.yes_no(consent.follow_up_contact),
        given=consent.given_on or "—",
        how=consent.recorded_how,
    )
    if consent.withdrawn_on:
        text += "; " + s("consent_withdrawn", date=consent.withdrawn_on)
    return text
