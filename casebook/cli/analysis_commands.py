"""The analysis sub-commands: matrix, taxonomy, tag, charge (add, list).

``casebook taxonomy`` needs no casebook. The matrix prints as a table for a terminal (a
status word on every row and a legend, so nothing depends on colour), or as CSV or JSON
for other programs.
"""

from __future__ import annotations

import argparse
import csv
import functools
import io
import json
import shutil
import sys
import textwrap
from collections.abc import Iterable

from casebook.core.analysis import (
    CoverageMatrix,
    ElementRow,
    add_charge,
    add_tag,
    cite_tags,
    coverage,
    list_charges,
    perpetrator_by_pseudonym,
)
from casebook.core.analysis.matrix import GRADING_LEGEND, STATUS_LEGEND, WITHHELD
from casebook.core.analysis.tagging import SUPPORTING_KINDS
from casebook.core.analysis.targets import MaterialRef
from casebook.core.disclosure.decision import Disclosure, decide
from casebook.core.errors import CasebookError, NotFound
from casebook.core.models.analysis import INFO_CREDIBILITY, SOURCE_RELIABILITY, SUPPORT_KINDS
from casebook.core.records import cases
from casebook.core.records.persons import persons_of
from casebook.core.taxonomy import Crime, LiabilityMode, Taxonomy, load_taxonomy

from .commands import open_casebook
from .registry import Subparsers, add_command

FORMATS = ("table", "csv", "json")
CONFLICT_TYPES = {
    "international": "international armed conflict",
    "non_international": "non-international armed conflict",
    None: "not applicable",
}
CATEGORY_NAMES = {
    "genocide": "genocide",
    "crimes_against_humanity": "crimes against humanity",
    "war_crimes": "war crimes",
    "aggression": "aggression",
}
CSV_COLUMNS = (
    "charge_id",
    "crime_id",
    "perpetrator",
    "liability_id",
    "row_kind",
    "element_id",
    "crime_element_id",
    "number",
    "status",
    *SUPPORTING_KINDS,
    "contradicting",
    "conflicts",
    "needs_review",
    "citations",
)


# -- matrix -----------------------------------------------------------------------------


def _width() -> int:
    return max(60, min(120, shutil.get_terminal_size((100, 24)).columns))


def _wrap(text: object, first: str, rest: str, width: int) -> list[str]:
    lines = textwrap.wrap(
        str(text),  # a str or a core Phrase (the legends): English here
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [first]


def _row_lines(row: ElementRow, width: int) -> list[str]:
    marker = f"[{row.status.upper():<12}]"
    head = f"  {marker} {row.number}. {row.element_id}  "
    unverified = "" if row.verified else " (wording not verified)"
    lines = _wrap(row.text + unverified, head, " " * 19, width)
    for kind in SUPPORTING_KINDS:
        for item in row.supporting[kind]:
            lines.append(f"{' ' * 19}+ {kind:<15}{item.label} ({item.grading_label})")
    for item in row.contradicting:
        lines.append(f"{' ' * 19}- {'contradicting':<15}{item.label} ({item.grading_label})")
    for conflict in row.conflicts:
        lines.append(
            f"{' ' * 19}! conflict: {conflict.material.label} both supports and "
            "contradicts this element"
        )
    for item in row.needs_review:
        lines.append(f"{' ' * 19}? needs review, not counted: {item.label} ({item.support})")
    withheld = sum(out.scope == "consent" for out in row.not_counted)
    if withheld:  # never cited here: this table may go to that recipient
        lines.append(f"{' ' * 19}x {withheld} {WITHHELD}")
    for out in row.not_counted:
        if out.scope == "consent":
            continue
        fix = f" Fix: {out.fixes[0].label}." if out.fixes else ""
        lines.extend(
            _wrap(
                f"not counted, because {out.because}: {out.item.label} ({out.item.support}).{fix}",
                f"{' ' * 19}x ",
                " " * 21,
                width,
            )
        )
    return lines


def render_table(matrix: CoverageMatrix, width: int | None = None) -> str:
    """The matrix for a terminal: plain text, a status word on every row, and a legend."""
    width = width or _width()
    out = [
        f"Case {matrix.case_reference}: coverage of each element "
        f"(taxonomy {matrix.taxonomy_version})",
        "",
    ]
    if not matrix.charges:
        out.append("No charges yet. Add one with `casebook charge add`.")
    for n, charge in enumerate(matrix.charges, start=1):
        title = charge.title or charge.crime_title
        out.extend(
            _wrap(
                f"Charge {n} [{charge.charge_id[:8]}]: {charge.crime_id} {title}", "", "  ", width
            )
        )
        if not charge.known:
            out.append("  This crime is not in the taxonomy in use; its elements cannot be shown.")
        if charge.national_provision:
            match = f", {charge.national_match}" if charge.national_match else ""
            code = charge.national_provision.partition(":")[0]
            out.append(f"  National provision: {charge.national_citation} ({code}{match})")
        against = "; ".join(
            f"{p.pseudonym} under {p.liability_id} ({p.liability_title})"
            for p in charge.perpetrators
        )
        out.extend(_wrap(f"Alleged perpetrators: {against or 'none yet'}", "  ", "    ", width))
        rests = "; ".join(t for _, t in charge.incidents) or "all material of the case"
        out.extend(_wrap(f"Material counted: {rests}", "  ", "    ", width))
        counts = ", ".join(f"{k} {v}" for k, v in charge.status_counts().items())
        out.append(f"  Elements: {counts or 'none'}")
        sections: list[tuple[str, Iterable[ElementRow]]] = [
            ("Contextual elements (shared by the crimes of this group)", charge.context),
            ("Elements of the crime", charge.elements),
        ]
        for p in charge.perpetrators:
            sections.append((f"{p.pseudonym}: {p.liability_id} {p.liability_title}", p.rows))
        for heading, rows in sections:
            out.extend(["", f"  {heading}"])
            for row in rows:
                out.extend(_row_lines(row, width))
        out.append("")
    out.append("Legend")
    for status in ("supported", "weak", "contested", "contradicted", "gap"):
        out.extend(_wrap(STATUS_LEGEND[status], f"  {status.upper():<13}", " " * 15, width))
    out.extend(
        _wrap(
            "+ supporting item, with its kind of support; - contradicting item; ! the same "
            "material supports and contradicts; ? tag awaiting review after a taxonomy "
            "update (not counted).",
            "  ",
            "  ",
            width,
        )
    )
    out.extend(_wrap(GRADING_LEGEND, "  ", "  ", width))
    return "\n".join(out) + "\n"


def render_csv(matrix: CoverageMatrix) -> str:
    """One line per element of each charge (and per perpetrator for liability)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for charge in matrix.charges:
        for perpetrator, row in charge.rows():
            supporting, against = row.supporting_items, row.contradicting
            citations = [f"{i.support}: {i.label} ({i.grading_label})" for i in supporting]
            citations += [f"contradicting: {i.label} ({i.grading_label})" for i in against]
            writer.writerow(
                [
                    charge.charge_id,
                    charge.crime_id,
                    perpetrator.pseudonym if perpetrator else "",
                    perpetrator.liability_id if perpetrator else "",
                    row.kind,
                    row.element_id,
                    row.crime_element_id or "",
                    row.number,
                    row.status,
                    *(len(row.supporting[k]) for k in SUPPORTING_KINDS),
                    len(row.contradicting),
                    len(row.conflicts),
                    len(row.needs_review),
                    "; ".join(citations),
                ]
            )
    return buffer.getvalue()


def matrix(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        case = cases.case_by_reference(session, args.case)
        leave_out = None
        if args.recipient:
            decision = decide(session, case, "legal_proceedings", args.recipient)
            leave_out = functools.partial(_withheld, decision)
        result = coverage(session, case, args.charge or None, leave_out=leave_out)
    if args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        sys.stdout.write(render_csv(result))
    else:
        sys.stdout.write(render_table(result))
    return 0


def _withheld(decision: Disclosure, ref: MaterialRef) -> str | None:
    """Why the recipient may not see the material (its tags are not counted for them)."""
    if ref.kind == "passage":
        return decision.why_not("testimony", ref.testimony_id or "")
    return decision.why_not(ref.kind, ref.record_id)


# -- taxonomy ---------------------------------------------------------------------------


def _crime_line(crime: Crime) -> str:
    flag = "" if crime.verified else " (wording not verified)"
    return f"{crime.id}\t{crime.title}{flag}\t{CONFLICT_TYPES.get(crime.conflict_type, '')}"


def _para(text: str) -> list[str]:
    return _wrap(text, "", "  ", 100)


def _show_crime(taxonomy: Taxonomy, crime: Crime) -> list[str]:
    context = taxonomy.context(crime.context_id)
    lines = [
        f"{crime.id}  {crime.title}",
        f"Rome Statute art. {crime.statute_provision}; {CATEGORY_NAMES[crime.category]}; "
        f"armed conflict: {CONFLICT_TYPES.get(crime.conflict_type, '')}",
    ]
    if crime.verified:
        lines += _para("Verified: yes. " + crime.provenance.verbatim_note)
    else:
        lines += _para(
            "Verified: NO. The wording was rebuilt, not copied; check it against the official "
            "text before relying on it. " + crime.provenance.verbatim_note
        )
    lines += _para(f"Source: {crime.provenance.source}")
    if crime.provenance.amended_by:
        lines.append(f"Added by: {crime.provenance.amended_by}")
    lines += ["", "Elements (Elements of Crimes):"]
    if crime.elements_pending:
        lines += _wrap(f"none yet: {crime.elements_pending}", "  ", "  ", 100)
    for e in crime.elements:
        mark = f"[context {e.context_element}] " if e.contextual else ""
        lines += _wrap(f"{mark}{e.text}", f"  {e.number}. ", "     ", 100)
        if e.variant_note:
            lines += _wrap(f"Note: {e.variant_note}", "     ", "     ", 100)
    lines.append("")
    lines += _para(
        f"Contextual elements are tagged once for all crimes of the group ({context.title}), "
        f"under the ids {', '.join(c.id for c in context.elements)}."
    )
    modes = ", ".join(m.id for m in taxonomy.liability_for(crime.category))
    lines += _para(f"Modes of liability: {modes}")
    for code in taxonomy.jurisdictions:
        for p in taxonomy.national_provisions_for(crime.id, code):
            link = next(m for m in p.maps_to if m.target_id == crime.id)
            lines.append(f"National ({code}): {p.citation}  [{code}:{p.id}, {link.match}]")
    return lines


def _show_mode(mode: LiabilityMode) -> list[str]:
    applies = ", ".join(CATEGORY_NAMES.get(c, c) for c in mode.applies_to) or "every crime"
    lines = [
        f"{mode.id}  {mode.title}",
        f"Rome Statute art. {mode.provision}; applies to: {applies}",
    ]
    lines += ["", "Elements:"]
    for e in mode.elements:
        source = " (from case law)" if e.source_kind == "case_law" else ""
        flag = " (wording not verified)" if not e.verified else ""
        lines += _wrap(f"{e.text}{source}{flag}", f"  {e.number}. ", "     ", 100)
    return lines


def taxonomy(args: argparse.Namespace) -> int:
    tax = load_taxonomy()
    if args.show:
        key = args.show.strip()
        if tax.has_crime(key):
            lines = _show_crime(tax, tax.crime(key))
        elif key in {m.id for m in tax.liability_modes}:
            lines = _show_mode(tax.liability(key))
        else:
            raise NotFound(
                f"There is no crime or mode of liability '{key}' in taxonomy {tax.version}. "
                "`casebook taxonomy QUERY` finds crimes by id or words."
            )
        print("\n".join(lines))
        return 0
    crimes = tax.search(args.query) if args.query else tax.crimes
    if args.article:
        article = args.article.replace("bis", " bis").replace("  ", " ").strip()
        crimes = tuple(c for c in crimes if c.article == article)
    for crime in crimes:
        print(_crime_line(crime))
    if not crimes:
        print("No crime matches. Try fewer words, or an id such as 7(1)(g).", file=sys.stderr)
    return 0


# -- tag and charge ---------------------------------------------------------------------


def _range(text: str) -> tuple[int, int]:
    start, sep, end = text.partition(":")
    try:
        if not sep:
            raise ValueError
        return int(start), int(end)
    except ValueError:
        raise argparse.ArgumentTypeError("give the range as START:END, such as 0:42") from None


def tag(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        case = cases.case_by_reference(session, args.case)
        perpetrator = None
        if args.perpetrator:
            perpetrator = perpetrator_by_pseudonym(session, case, args.perpetrator).id
        result = add_tag(
            session,
            case,
            args.element,
            args.support,
            segment_id=args.segment,
            char_range=args.range,
            evidence_id=args.evidence,
            incident_id=args.incident,
            reliability=args.reliability,
            credibility=args.credibility,
            perpetrator_id=perpetrator,
            note=args.note,
        )
        session.commit()
        t = result.tag
        label = cite_tags(session, [t])[t.id].label
        span = f" (characters {t.char_start}-{t.char_end})" if t.char_start is not None else ""
        grade = t.source_reliability + t.info_credibility
        graded = f"graded {grade}" if grade else "not graded"
        print(
            f"Tagged {label}{span} with {t.element_id} ({t.element_kind} element), {t.support}, "
            f"{graded}. Tag id: {t.id}"
        )
        for conflict in result.conflicts:
            print(
                f"Note: this material now both supports and contradicts {conflict.element_id}; "
                "the matrix shows the element as contested until one of the tags is changed.",
                file=sys.stderr,
            )
    return 0


def _perpetrator_pair(text: str) -> tuple[str, str]:
    pseudonym, sep, liability = text.partition(":")
    if not sep or not pseudonym.strip() or not liability.strip():
        raise argparse.ArgumentTypeError(
            "give each perpetrator as PSEUDONYM:LIABILITY_ID, such as P-001:25(3)(a)-direct"
        )
    return pseudonym.strip(), liability.strip()


def charge_help(args: argparse.Namespace) -> int:
    raise CasebookError("Say what to do with charges: `casebook charge add` or `charge list`.")


def charge_add(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        case = cases.case_by_reference(session, args.case)
        pairs = [
            (perpetrator_by_pseudonym(session, case, pseudonym).id, liability)
            for pseudonym, liability in args.perpetrator
        ]
        charge = add_charge(
            session,
            case,
            args.crime,
            national=args.national,
            perpetrators=pairs,
            incident_ids=args.incident or (),
            title=args.title,
        )
        session.commit()
        crime = load_taxonomy().crime(charge.crime_id)
        against = ", ".join(f"{pseudonym} ({mode})" for pseudonym, mode in args.perpetrator)
        national = ""
        if charge.national_provision:
            national = f" under {charge.national_provision}"
        rests = f"{len(charge.incidents)} incident(s)" if charge.incidents else "all material"
        print(
            f"Added charge {charge.id[:8]}: {crime.id} {crime.title}{national}, against "
            f"{against}, resting on {rests}. Charge id: {charge.id}"
        )
    return 0


def charge_list(args: argparse.Namespace) -> int:
    with open_casebook(args.path) as book, book.session() as session:
        case = cases.case_by_reference(session, args.case)
        charges = list_charges(session, case)
        if not charges:
            print("No charges yet. Add one with `casebook charge add PATH --case R --crime ID`.")
        pseudonyms = {p.id: p.pseudonym for p in persons_of(session, case.id)}
        for charge in charges:
            against = ",".join(
                f"{pseudonyms.get(p.person_id, '?')}:{p.liability_id}" for p in charge.perpetrators
            )
            incidents = f"{len(charge.incidents)} incident(s)" if charge.incidents else "all"
            print(
                f"{charge.id[:8]}\t{charge.crime_id}\t{charge.national_provision or '-'}\t"
                f"{against or '-'}\t{incidents}"
            )
    return 0


def register(sub: Subparsers) -> None:
    p = add_command(
        sub,
        "matrix",
        matrix,
        "Show, element by element, what supports each charge of a case and what is missing.",
    )
    p.add_argument("path")
    p.add_argument("--case", required=True, help="The case reference.")
    p.add_argument(
        "--charge",
        nargs="+",
        action="extend",
        metavar="ID",
        help="Only these charges (ids or their first 8 characters).",
    )
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument(
        "--recipient", metavar="CODE",
        help="The matrix as this recipient (DE, ICC …) may see it: material the consent of "
        "the persons concerned does not cover for legal proceedings is not counted.",
    )  # fmt: skip

    p = add_command(
        sub,
        "taxonomy",
        taxonomy,
        "Browse and search the Rome Statute crimes, their elements and modes of liability.",
    )
    p.add_argument("query", nargs="?", help="Words or an id, such as 'forcible transfer'.")
    p.add_argument("--article", help="Only crimes of this article: 6, 7, 8 or 8bis.")
    p.add_argument("--show", metavar="ID", help="Print one crime (or mode) with its elements.")

    p = add_command(sub, "tag", tag, "Tag a passage, evidence item or incident with an element.")
    p.add_argument("path")
    p.add_argument("--case", required=True, help="The case reference.")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--segment", metavar="ID", help="A passage (id from `casebook search`).")
    target.add_argument("--evidence", metavar="ID")
    target.add_argument("--incident", metavar="ID")
    p.add_argument(
        "--range",
        type=_range,
        metavar="A:B",
        help="Only characters A to B (end excluded) of the passage.",
    )
    p.add_argument("--element", required=True, help="Such as 7(1)(d)/1, cah_attack/1, 28(a)/2.")
    p.add_argument("--support", required=True, choices=SUPPORT_KINDS)
    p.add_argument(
        "--reliability",
        default="",
        type=str.upper,
        choices=SOURCE_RELIABILITY,
        help="Source reliability, A (completely reliable) to F (cannot be judged). Without "
        "--reliability and --credibility the tag is stored ungraded.",
    )
    p.add_argument(
        "--credibility",
        default="",
        choices=INFO_CREDIBILITY,
        help="Information credibility, 1 (confirmed) to 6 (cannot be judged).",
    )
    p.add_argument(
        "--perpetrator", metavar="PSEUDONYM", help="The alleged perpetrator, e.g. P-001."
    )
    p.add_argument("--note", default="")

    p = add_command(sub, "charge", charge_help, "Add or list the charges of a case.")
    charge_sub = p.add_subparsers(dest="charge_command", metavar="ACTION")
    add = add_command(charge_sub, "add", charge_add, "Charge a crime against alleged perpetrators.")
    add.add_argument("path")
    add.add_argument("--case", required=True, help="The case reference.")
    add.add_argument("--crime", required=True, help="The crime id, such as 7(1)(d).")
    add.add_argument(
        "--national",
        metavar="DE:PROVISION-ID",
        help="The national provision, such as DE:§7(1)(nr4).",
    )
    add.add_argument(
        "--perpetrator",
        required=True,
        nargs="+",
        action="extend",
        type=_perpetrator_pair,
        metavar="PSEUDONYM:LIABILITY_ID",
    )
    add.add_argument(
        "--incident",
        nargs="+",
        action="extend",
        metavar="ID",
        help="Incidents the charge rests on (default: all material).",
    )
    add.add_argument("--title", default="")
    lst = add_command(charge_sub, "list", charge_list, "List the charges of a case.")
    lst.add_argument("path")
    lst.add_argument("--case", required=True, help="The case reference.")
