"""The complaint PDF: cover, contents, facts, legal analysis, exhibit index, custody, statements,
exhibits.

Built from an ``ExportPlan`` (which already decided what may be shown) and the exhibit
files already written, verified, into the bundle folder. The ReportLab document is built
in memory and the exhibit pages are merged straight into the target file.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from sqlalchemy.orm import Session

from ..models import Person
from .annexes import AnnexSections, ExhibitFile
from .dates import describe_date
from .document import (
    Heading,
    MarkedDocument,
    PageMarks,
    Styles,
    grid_table,
    table_of_contents,
)
from .exhibit_pages import merge_exhibit_pages
from .fonts import FontBook
from .legal import ChargeAnalysis, ElementFinding, Support, analyse
from .plan import ExportPlan


class ComplaintBuilder(AnnexSections):
    """Typesets one complaint from a plan and the exhibit files already in the bundle."""

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

    # -- helpers -------------------------------------------------------------------------

    def _key(self) -> str:
        self._keys += 1
        return f"h{self._keys}"

    def heading(self, text: str, level: int, toc: bool = True) -> Heading:
        style = (self.st.h1, self.st.h2, self.st.h3)[min(level, 2)]
        text = self.plan.protect(text)  # every string printed passes name protection
        markup = self.fonts.markup(text, bold=True)
        return Heading(text, markup, style, level, self._key(), toc)

    def p(self, text: str, style: Any = None, cites: list[str] | None = None) -> Paragraph:
        text = self.plan.protect(text)
        extra = ""
        if cites:
            extra = f' <font name="{self.fonts.base}">({escape("; ".join(cites))})</font>'
        return self.st.para(text, style, markup=extra)

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
        cells = [[self.plan.protect(v) if isinstance(v, str) else v for v in row] for row in rows]
        return grid_table(self.st, cells, widths, header, mono_cols)

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
                quoted = self.s("quoted", text=support.quote)
                out.append(self.p(quoted, self.st.quote, cites=[cite]))
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
        article = self.s("article_short", provision=perp.liability.provision)
        mode = f"{perp.liability.title} ({article})"
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

    # -- the whole -----------------------------------------------------------------------

    def build(self, out: BinaryIO) -> int:
        """Write the complaint to ``out`` (a file or a buffer); returns its page count."""
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
            language=s.language,
            reference=plan.case.reference,
            edition=plan.edition,
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
            f.number: f.path
            for f in self.files.values()
            if f.form == "pdf" and f.path is not None and not f.problem
        }
        return merge_exhibit_pages(buffer.getvalue(), self.doc.slots, pdfs, self.doc.frame_box, out)
