"""The complaint PDF: cover, contents, facts, legal analysis, exhibit index, custody, statements,
exhibits.

Built from an ``ExportPlan`` (which already decided what may be shown) and the exhibit
files already written, verified, into the bundle folder. The ReportLab document is built
in memory and the exhibit pages are merged straight into the target file.
"""

from __future__ import annotations

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
from ..records.sections import load_sections
from .annexes import AnnexSections, ExhibitFile
from .citations import render_citations
from .dates import describe_date
from .document import (
    Heading,
    MarkedDocument,
    PageMarks,
    Styles,
    WrittenBytes,
    fewer_collections,
    grid_table,
    table_of_contents,
)
from .exhibit_pages import merge_exhibit_pages
from .fonts import FontBook
from .legal import ChargeAnalysis, ElementFinding, PerpetratorFinding, Support, analyse
from .legal_frame import legal_frame
from .pattern_annex import PatternAnnex
from .places import describe_coordinates
from .plan import ExportPlan
from .strings import SECTIONS

# The argument, lettered in editions whose ``numbered_heading`` asks for it (A., B., …).
NUMBERED_SECTIONS = frozenset(
    {
        "parties",
        "summary",
        "facts",
        "jurisdiction",
        "reasons_to_act",
        "legal",
        "investigative_measures",
        "closing_requests",
    }
)


class ComplaintBuilder(AnnexSections, PatternAnnex):
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
        self._tagged_segments = {t.segment_id for t in plan.tags if t.segment_id}
        # incident_cites: each statement by lineage (the first, if two shared one)
        self._statement_lineages = {st.testimony.lineage_id: st for st in reversed(plan.statements)}
        self.exported_at = exported_at
        self.exporter = exporter
        self.fonts = FontBook()
        self.st = Styles(self.fonts)
        self._keys = 0
        self._numbering, self._numbered = False, 0
        self.sections = load_sections(session, plan.case)  # the authored argument
        self.frame = legal_frame()

    # -- helpers -------------------------------------------------------------------------

    def _key(self) -> str:
        self._keys += 1
        return f"h{self._keys}"

    def heading(self, text: str, level: int, toc: bool = True) -> Heading:
        style = (self.st.h1, self.st.h2, self.st.h3)[min(level, 2)]
        if level == 0 and self._numbering:  # "A. Sachverhalt": the edition's outline
            letter = chr(ord("A") + self._numbered)
            self._numbered += 1
            text = self.s("numbered_heading", number=letter, title=text)
        text = self.plan.protect(text)  # every string printed passes name protection
        markup = self.fonts.markup(text, bold=True)
        return Heading(text, markup, style, level, self._key(), toc)

    def p(self, text: str, style: Any = None, cites: list[str] | None = None) -> Paragraph:
        text = self.plan.protect(text)
        extra = ""
        if cites:
            extra = f' <font name="{self.fonts.base}">({escape("; ".join(cites))})</font>'
        return self.st.para(text, style, markup=extra)

    def authored(self, text: str, placeholder: bool = True) -> list[Flowable]:
        """An authored section, citations rendered with this bundle's numbers, one paragraph
        per line. Not written: nothing in a filing; the internal edition says so."""
        if not text.strip():
            if placeholder and self.plan.internal:
                return [self.p(self.s("not_yet_written"), self.st.small)]
            return []
        text = render_citations(text, self.plan)
        return [self.p(line.strip()) for line in text.split("\n") if line.strip()]

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
        charges = [
            s(
                "charge_summary",
                title=self.charge_name(a),
                statute=s.statute(a.crime.provision),
                national=self.national_text(a) or s("no_national_provision"),
            )
            for a in self.analysis_frame
        ]
        edition = s("edition_internal") if plan.internal else s("edition_filing")
        subject = s("cover_subject", title=plan.case.title, situation=plan.case.situation or "—")
        rows = [
            [s("cover_to"), "\n".join(plan.addressee.lines)],
            [s("cover_case"), subject],
            [s("cover_reference"), plan.case.reference],
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
        # An exhibit is cited when it, or another version of it, is linked to the incident.
        # Sets, not a scan of every exhibit and tag per incident: that grew with the square
        # of the case (issue 19: 2.5 s of a profiled 600-incident filing).
        lineages = {v.lineage_id for v in incident.evidence}
        cites = [
            s("exhibit_cite", n=plan.exhibit_number(e))
            for e in plan.exhibits
            if e.lineage_id in lineages
        ]
        # Statements by lineage and duplicates dropped in one pass: a search through every
        # statement per linked testimony, and cites.index per citation, were quadratic too.
        tagged = self._tagged_segments
        for testimony in incident.testimonies:
            statement = self._statement_lineages.get(testimony.lineage_id)
            if statement is None:
                continue
            segments = [seg for seg in statement.testimony.segments if seg.id in tagged]
            if segments:
                cites += [statement.cite(seg, s) for seg in segments]
            else:
                cites.append(statement.who)
        return list(dict.fromkeys(cites))  # first occurrences, in order

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
            where = describe_coordinates(
                incident.latitude, incident.longitude, incident.coordinate_precision_m, s
            )
            if where:  # nothing when the record has no coordinates
                out.append(self.p(where))
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

    def _segment_languages(self) -> dict[str, str]:
        """The language of each printed statement passage, by segment id."""
        if not hasattr(self, "_languages"):
            self._languages = {
                segment.id: st.testimony.language
                for st in self.plan.statements
                if st.testimony.language
                for segment in st.testimony.segments
            }
        return self._languages

    def support_lines(self, supports: list[Support]) -> list[Flowable]:
        out: list[Flowable] = []
        for support in supports:
            kind = self.s(f"support_{support.kind}")
            cite = f"{support.cite}, {kind}"
            if self.plan.internal and support.grading:
                cite += f", {support.grading}"  # the team's own grading: internal only
            if support.quote is not None:
                quoted = self.s("quoted", text=support.quote)
                para = self.p(quoted, self.st.quote, cites=[cite])
                lang = self._segment_languages().get(support.tag.segment_id or "")
                if lang and lang != self.s.language:
                    # The quoted words' runs say their language in the tag tree (tagging.py).
                    para.quote_lang = (lang, self.plan.protect(quoted))
                out.append(para)
            else:
                out.append(self.p("", self.st.quote, cites=[cite]))
        return out

    # -- the legal frame of each charge, in the edition's language --------------------------

    def charge_name(self, analysis: ChargeAnalysis) -> str:
        """The charge's own title; else, in German, the VStGB provision's German heading (the
        taxonomy's crime titles are English), else the crime's title."""
        if analysis.charge.title:
            return analysis.charge.title
        if self.s.language == "de":
            law = self.plan.addressee.national_law
            for citation in analysis.national:
                heading = self.frame.national_heading(law, citation)
                if heading:
                    return f"{heading} ({citation})"
            return self.s.statute(analysis.crime.provision)
        return analysis.crime.title

    def national_text(self, analysis: ChargeAnalysis) -> str:
        """The national provisions with their headings: "§ 7 Abs. 1 Nr. 4 VStGB (Verbrechen
        gegen die Menschlichkeit)"; "" for an international addressee."""
        law = self.plan.addressee.national_law
        if not law:
            return ""
        parts = []
        for citation in analysis.national:
            heading = self.frame.national_heading(law, citation)
            parts.append(f"{citation} ({heading})" if heading else citation)
        return "; ".join(parts)

    def element_title(self, finding: ElementFinding, key: str, article: str) -> str:
        """ "Element 2: <text>" in English; "Verbrechenselement 2 zu Art. 7 Abs. 1 lit. d" in
        German, where no official text of the Elements exists to quote."""
        return self.s(key, number=finding.ref.number, text=finding.ref.text, article=article)

    def element_block(
        self, finding: ElementFinding, key: str, article: str, charge_id: str
    ) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.element_title(finding, key, article), self.st.h3)]
        argument = self.sections.element(charge_id, finding.ref.element_id)
        out += self.authored(argument, placeholder=False)
        patterns = self.pattern_citations(finding.ref.element_id)  # pattern_annex.py
        if finding.supports:
            out += self.support_lines(finding.supports)
        elif not patterns:
            out.append(self.p(self.s("element_no_material"), self.st.small))
        out += patterns
        return out

    def legal(self) -> list[Flowable]:
        s, plan = self.s, self.plan
        out: list[Flowable] = [self.heading(s("legal"), 0), self.p(s("legal_intro"))]
        for analysis in self.analysis_frame:
            charge_id = analysis.charge.id
            out.append(
                self.heading(
                    s("charge_heading", n=analysis.number, title=self.charge_name(analysis)), 1
                )
            )
            provision = analysis.crime.provision
            values = {"statute": s.statute(provision), "article": s.article(provision)}
            if plan.addressee.national_law:
                national = self.national_text(analysis) or s("no_national_provision")
                out.append(self.p(s("statute_line", national=national, **values)))
            else:
                out.append(self.p(s("statute_line_international", **values)))
            if not analysis.crime.verified and plan.internal:  # a note for the team only
                out.append(self.p(s("unverified_wording"), self.st.small))
            if analysis.charge.incidents:
                nums = sorted(
                    plan.incident_number(i)
                    for i in analysis.charge.incidents
                    if i in plan.incidents
                )
                out.append(
                    self.p(
                        f"{s('incidents_charged')}: " + "; ".join(s("fact_cite", n=n) for n in nums)
                    )
                )
            argument = self.authored(self.sections.charge(charge_id), placeholder=False)
            if argument:
                out.append(self.p(s("charge_argument"), self.st.h2))
                out += argument
            crime_article = s.article(analysis.crime.crime_id)
            if analysis.context:
                out.append(self.p(s("contextual_elements"), self.st.h2))
                for finding in analysis.context:
                    out += self.element_block(
                        finding, "context_element_heading", crime_article, charge_id
                    )
            out.append(self.p(s("elements"), self.st.h2))
            for finding in analysis.elements:
                out += self.element_block(finding, "element_heading", crime_article, charge_id)
            if analysis.perpetrators:
                out.append(self.p(s("liability"), self.st.h2))
            for perp in analysis.perpetrators:
                out += self.perpetrator_block(perp, charge_id)
        out.append(PageBreak())
        return out

    def liability_text(self, perp: PerpetratorFinding) -> str:
        """The mode of liability: the addressee's national provisions of participation when
        the national data maps them (German edition: never the English title), else the
        Statute's provision."""
        mode = perp.liability
        article = self.s.article(mode.provision)
        national = self.frame.national_liability(
            mode.liability_id, self.plan.addressee.national_law
        )
        if national:
            text = "; ".join(f"{c} ({h})" if h else c for c, h in national)
            return self.s("liability_national", national=text, article=article, title=mode.title)
        return self.s("liability_statute_only", article=article, title=mode.title)

    def perpetrator_block(self, perp: PerpetratorFinding, charge_id: str) -> list[Flowable]:
        person: Person = perp.person
        details = ", ".join(
            x for x in (person.rank, person.position, person.unit, person.affiliation) if x
        )
        out: list[Flowable] = [
            self.p(
                self.s(
                    "perpetrator_line",
                    pseudonym=person.pseudonym,
                    details=f" ({details})" if details else "",
                    mode=self.liability_text(perp),
                ),
                self.st.h3,
            ),
        ]
        article = self.s.article(perp.liability.provision)
        for finding in perp.elements:
            out += self.element_block(finding, "liability_element_heading", article, charge_id)
        return out

    def gaps(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [self.heading(s("gaps"), 0), self.p(s("gaps_intro"), self.st.small)]
        for analysis in self.analysis_frame:
            out.append(
                self.heading(
                    s("charge_heading", n=analysis.number, title=self.charge_name(analysis)), 1
                )
            )
            crime_article = s.article(analysis.crime.crime_id)
            findings = [
                *((f, "context_element_heading", crime_article) for f in analysis.context),
                *((f, "element_heading", crime_article) for f in analysis.elements),
                *(
                    (f, "liability_element_heading", s.article(p.liability.provision))
                    for p in analysis.perpetrators
                    for f in p.elements
                ),
            ]
            flagged = [(f, key, article) for f, key, article in findings if f.has_gap]
            if not flagged:
                out.append(self.p(s("gaps_all_clear")))
            for finding, key, article in flagged:
                block: list[Flowable] = [
                    self.p(
                        self.element_title(finding, key, article) + f" [{finding.ref.element_id}]",
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

    # -- the authored argument in the edition's frame -------------------------------------

    def parties(self) -> list[Flowable]:
        s, texts = self.s, self.sections
        blocks: list[Flowable] = []
        for title, kind in (
            ("parties_complainants", "complainants"),
            ("parties_counsel", "counsel"),
        ):
            body = self.authored(texts.case(kind))
            if body:
                blocks += [self.p(s(title), self.st.h2), *body]
        return [self.heading(s("parties"), 0), *blocks] if blocks else []

    def summary(self) -> list[Flowable]:
        body = self.authored(self.sections.case("summary"))
        return [self.heading(self.s("summary"), 0), *body] if body else []

    def jurisdiction(self) -> list[Flowable]:
        s = self.s
        return [
            self.heading(s("jurisdiction"), 0),
            self.p(s("jurisdiction_intro")),
            *self.authored(self.sections.case("jurisdiction")),
        ]

    def reasons_to_act(self) -> list[Flowable]:
        """Why the addressee should act: for the German edition, the questions § 153f StPO
        asks (suspects, victims, evidence in Germany; who else is prosecuting)."""
        s = self.s
        out: list[Flowable] = [self.heading(s("reasons_to_act"), 0), self.p(s("reasons_intro"))]
        for title, kind in (
            ("reasons_presence", "reasons_to_act"),
            ("other_mechanisms", "other_mechanisms"),
        ):
            body = self.authored(self.sections.case(kind))
            if body:
                out += [self.heading(s(title), 1), *body]
        out.append(PageBreak())
        return out

    def investigative_measures(self) -> list[Flowable]:
        body = self.authored(self.sections.case("investigative_measures"))
        if not body:
            return []
        s = self.s
        return [
            self.heading(s("investigative_measures"), 0),
            self.p(s("investigative_intro")),
            *body,
        ]

    def closing_requests(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [
            self.heading(s("closing_requests"), 0),
            self.p(s("closing_intro")),
            self.p(s("closing_open")),
            self.p(s("closing_decision")),
        ]
        more = self.authored(self.sections.case("closing_requests"), placeholder=False)
        if more:
            out += [self.p(s("closing_more")), *more]
        return out

    def signature(self) -> list[Flowable]:
        s = self.s
        date = describe_date("exact", self.exported_at.date().isoformat(), None, s)
        line = s("signature_line")
        rows = [
            [s("signature_place_date"), s("signature_date_line", date=date)],
            [s("signature_complainants"), f"\n\n{line}"],
            [s("signature_counsel"), f"\n\n{line}"],
        ]
        block = [
            self.heading(s("signature"), 0),
            self.table(rows, [55 * mm, 115 * mm], header=False),
        ]
        return [KeepTogether(block), PageBreak()]

    # -- the whole -----------------------------------------------------------------------

    def _story(self) -> list[Flowable]:
        """The complaint's flowables; each call makes the same ones anew."""
        plan, s = self.plan, self.s
        self._keys, self._numbered = 0, 0  # outline keys and section letters start again
        story: list[Flowable] = []
        order = s.edition.sections if s.edition is not None else SECTIONS
        for name in order:  # the addressee's edition says which sections, in which order
            if name == "gaps" and not plan.internal:
                continue  # gaps and contradicting material: the internal edition only
            self._numbering = name in NUMBERED_SECTIONS
            story += getattr(self, name)()
        return story

    def build(self, out: BinaryIO) -> int:
        """Write the complaint to ``out`` (a file or a buffer); returns its page count."""
        with fewer_collections():  # millions of short-lived objects: see its docstring
            return self._build(out)

    def _build(self, out: BinaryIO) -> int:
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
            watermark=s("watermark_internal") if plan.internal else None,
        )
        written = WrittenBytes()
        self.doc = MarkedDocument(
            written,
            marks,
            self.fonts,
            title=f"{s('cover_title')} — {plan.case.reference}",
            author=self.exporter,
            subject=plan.case.reference,
            language=s.language,
            reference=plan.case.reference,
            edition=plan.edition,
            tagged=True,
        )
        # Drawn, the story is let go flowable by flowable; ``_story`` makes it again if a
        # drawing pass does not settle the page count.
        self.doc.build_story(self._story(), again=self._story)
        pdfs = {
            f.number: f.path
            for f in self.files.values()
            if f.form == "pdf" and f.path is not None and not f.problem
        }
        # What in the merged exhibit pages stops the PDF/A-2u claim (empty: claimed).
        self.pdfa_problems: list[str] = []
        return merge_exhibit_pages(
            written.take(),  # emptied once cloned: the complaint is not held twice
            self.doc.slots,
            pdfs,
            self.doc.frame_box,
            out,
            description=self.doc.description,
            problems=self.pdfa_problems,
            tagger=self.doc.tagger,
        )
