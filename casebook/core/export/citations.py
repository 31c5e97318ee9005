"""Live citations in authored text: short tokens the bundle renders with its own numbers.

An author writes (or the GUI's "Cite…" picker inserts) a token in a section's text:

- ``[[passage:3f2a9c1e/2]]`` paragraph 2 of a statement, named by the first characters of
  its lineage id (every version of a statement shares it, so the citation survives a
  corrected version: it cites paragraph 2 of the version exported; passages have no
  identity of their own across versions); ``[[passage:<segment id prefix>]]`` names the
  passage of one version, and is flagged when the exported version's paragraph reads
  differently;
- ``[[exhibit:7b01d2aa]]`` an evidence item, by lineage (or any version's) id prefix;
- ``[[incident:c0ffee12]]`` an incident, by id prefix;
- ``[[person:5e1a9b77]]`` a person by id prefix, or ``[[person:W-001]]`` by pseudonym
  (the id survives a pseudonym renamed on merging casebooks; the pseudonym is easier to type).

Prefixes are at least six characters. The bundle prints "W-001 para. 2", "Exhibit 7",
"Facts no. 3" and "W-001" in the bundle's language, with the numbers of that bundle.
A token naming material the disclosure rules leave out, or material not in the bundle,
never prints the material: it prints ``citation_withheld``; a token naming nothing prints
``citation_unknown``. Both are listed by ``citation_problems`` and in the plan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from ..disclosure.decision import Disclosure
from ..models import Case, Charge, EvidenceItem, Incident, Person, Segment, Testimony
from ..phrase import Phrase, phrase
from ..records.sections import load_sections
from .strings import Strings

CITATION_KINDS = ("passage", "exhibit", "incident", "person")
MIN_PREFIX = 6
# Anything that looks like a token, so a mistyped kind is reported rather than printed.
TOKEN = re.compile(r"\[\[\s*([A-Za-z_-]{1,20})\s*:\s*([^\[\]\n]{0,100}?)\s*\]\]")
_PSEUDONYM = re.compile(r"[A-Z]{1,3}-\d{1,6}")
_KEY = re.compile(r"[0-9a-fA-F-]{6,36}")
_PASSAGE = re.compile(r"([0-9a-fA-F-]{6,36})/(\d{1,6})")


class ExportPlan(Protocol):
    """What citations read of ``plan.ExportPlan`` (which calls this module, so it is not
    imported here: the import graph has no cycles)."""

    strings: Strings
    case: Case
    charges: list[Charge]
    incidents: list[Incident]
    statements: Sequence[Any]  # plan.Statement: .testimony, .cite(segment, strings)
    exhibits: list[EvidenceItem]
    persons: dict[str, Person]
    disclosure: Disclosure | None
    _exhibit_aliases: dict[str, EvidenceItem]

    def exhibit_number(self, item: EvidenceItem) -> int: ...

    def incident_number(self, incident: Incident) -> int: ...


def token(kind: str, key: str) -> str:
    """The token for ``kind`` and ``key`` (what the GUI's picker inserts)."""
    return f"[[{kind}:{key}]]"


@dataclass(frozen=True)
class Resolved:
    """What one token renders as; ``problem`` is set when it is not a plain citation.

    ``text`` is in the bundle's language (it is printed); ``problem`` is a phrase, so the
    GUI shows it in the interface language (``str()`` is the English sentence).
    """

    text: str
    problem: Phrase | None = None


@dataclass(frozen=True)
class _Sentences:
    """What a problem says about one kind of cited record, each a whole sentence (word order
    and agreement differ by language, so the kind is not a word put into one template).
    ``left_out`` has the fields ``why`` and ``withheld``; ``not_in_bundle`` ``withheld``."""

    ambiguous: Phrase
    no_such: Phrase | None = None
    left_out: Phrase | None = None
    not_in_bundle: Phrase | None = None


def _filled(template: Phrase | None, **fields: Any) -> Phrase:
    assert template is not None  # the sentence a kind of record has for this case
    return template.filled(**fields)


STATEMENT = _Sentences(
    Phrase("more than one statement of the case starts with this; give more of the id"),
    Phrase("no statement of this case has this id; pick it again"),
    Phrase("the statement is left out of this bundle ({why}); it prints as {withheld}"),
    Phrase(
        "the statement is not in this bundle (no included incident or tag refers to it; link "
        "it to an incident of the charges or remove the citation); it prints as {withheld}"
    ),
)
EVIDENCE = _Sentences(
    Phrase("more than one evidence item of the case starts with this; give more of the id"),
    Phrase("no evidence item of this case has this id; pick it again"),
    Phrase("the evidence item is left out of this bundle ({why}); it prints as {withheld}"),
    Phrase(
        "the evidence item is not in this bundle (no included incident or tag refers to it; "
        "link it to an incident of the charges or remove the citation); it prints as {withheld}"
    ),
)
INCIDENT = _Sentences(
    Phrase("more than one incident of the case starts with this; give more of the id"),
    Phrase("no incident of this case has this id; pick it again"),
    Phrase("the incident is left out of this bundle ({why}); it prints as {withheld}"),
    Phrase(
        "the incident is not in this bundle (the charges exported do not rest on it; export "
        "the charge that does, or remove the citation); it prints as {withheld}"
    ),
)
PERSON = _Sentences(
    Phrase("more than one person of the case starts with this; give more of the id"),
    Phrase("no person of this case has this id or pseudonym; pick them again"),
    Phrase("the person's consent does not cover this bundle ({why}); it prints as {withheld}"),
)


def _session(plan: ExportPlan) -> Session | None:
    return object_session(plan.case)


def _unique(matches: list[str], said: _Sentences) -> tuple[str | None, Phrase | None]:
    distinct = sorted(set(matches))
    if len(distinct) == 1:
        return distinct[0], None
    if distinct:
        return None, said.ambiguous
    return None, None


class _Resolver:
    """Resolves tokens against one plan (and, to tell "left out" from "no such thing", the
    casebook session the plan was made in)."""

    def __init__(self, plan: ExportPlan) -> None:
        self.plan = plan
        self.s = plan.strings
        self.session = _session(plan)
        self.withheld = self.s("citation_withheld")
        self.unknown = self.s("citation_unknown")

    def resolve(self, kind: str, key: str) -> Resolved:
        handler: dict[str, Callable[[str], Resolved]] = {
            "passage": self.passage,
            "exhibit": self.exhibit,
            "incident": self.incident,
            "person": self.person,
        }
        if kind not in handler:
            return Resolved(
                self.unknown,
                phrase(
                    "'{kind}' is not a kind of citation; use one of {kinds}",
                    kind=kind[:20],
                    kinds=", ".join(CITATION_KINDS),
                ),
            )
        return handler[kind](key)

    def _gone(self, problem: Phrase) -> Resolved:
        return Resolved(self.unknown, problem)

    def _left_out(self, template: Phrase | None, **fields: Any) -> Resolved:
        return Resolved(self.withheld, _filled(template, withheld=self.withheld, **fields))

    def _case_rows(self, model: type, key: str) -> list:
        if self.session is None:
            return []
        column = model.id  # type: ignore[attr-defined]
        query = select(model).where(model.case_id == self.plan.case.id, column.startswith(key))  # type: ignore[attr-defined]
        rows = list(self.session.scalars(query))
        if hasattr(model, "lineage_id"):
            by_lineage = select(model).where(
                model.case_id == self.plan.case.id,  # type: ignore[attr-defined]
                model.lineage_id.startswith(key),  # type: ignore[attr-defined]
            )
            rows += [r for r in self.session.scalars(by_lineage) if r not in rows]
        return rows

    # -- passages ------------------------------------------------------------------------

    def passage(self, key: str) -> Resolved:
        matched = _PASSAGE.fullmatch(key)
        if matched:
            return self._paragraph(matched.group(1).lower(), int(matched.group(2)))
        if not _KEY.fullmatch(key):
            return self._gone(
                phrase(
                    "a passage is cited as [[passage:<statement id>/<paragraph>]] or "
                    "[[passage:<passage id>]], with at least six characters of the id"
                )
            )
        return self._segment(key.lower())

    def _paragraph(self, prefix: str, position: int) -> Resolved:
        included = [
            st
            for st in self.plan.statements
            if st.testimony.lineage_id.startswith(prefix) or st.testimony.id.startswith(prefix)
        ]
        lineage, problem = _unique([st.testimony.lineage_id for st in included], STATEMENT)
        if problem:
            return self._gone(problem)
        if lineage is not None:
            statement = next(st for st in included if st.testimony.lineage_id == lineage)
            segment = next(
                (seg for seg in statement.testimony.segments if seg.position == position), None
            )
            if segment is None:
                count = len(statement.testimony.segments)
                return self._gone(
                    phrase(  # a statement of one paragraph has its own sentence (no plurals)
                        "the statement has no paragraph {position} in its current version "
                        "(1 paragraph); correct the number",
                        position=position,
                    )
                    if count == 1
                    else phrase(
                        "the statement has no paragraph {position} in its current version "
                        "({count} paragraphs); correct the number",
                        position=position,
                        count=count,
                    )
                )
            return Resolved(statement.cite(segment, self.s))
        return self._testimony_elsewhere(prefix)

    def _testimony_elsewhere(self, prefix: str) -> Resolved:
        rows = self._case_rows(Testimony, prefix)
        return self._outside(rows, [t.lineage_id for t in rows], "testimony", STATEMENT)

    def _outside(self, rows: list[Any], keys: list[str], kind: str, said: _Sentences) -> Resolved:
        """Material of the case that the bundle does not hold: left out by the disclosure
        rules (the reason is theirs), or not part of what the charges exported rest on."""
        found, problem = _unique(keys, said)
        if problem:
            return self._gone(problem)
        if found is None:
            return self._gone(_filled(said.no_such))
        disclosure = self.plan.disclosure
        for row in rows:
            why = disclosure.why_not_phrase(kind, row.id) if disclosure else None
            if why:
                return self._left_out(said.left_out, why=why)
        return self._left_out(said.not_in_bundle)

    def _segment(self, prefix: str) -> Resolved:
        for statement in self.plan.statements:
            found = [s for s in statement.testimony.segments if s.id.startswith(prefix)]
            if found:
                return Resolved(statement.cite(found[0], self.s))
        if self.session is None:
            return self._gone(phrase("no passage of this bundle has this id"))
        segment_query = (
            select(Segment)
            .join(Testimony, Testimony.id == Segment.testimony_id)
            .where(Testimony.case_id == self.plan.case.id, Segment.id.startswith(prefix))
        )
        segments = list(self.session.scalars(segment_query))
        if len(segments) > 1:
            return self._gone(phrase("more than one passage starts with this; give more of the id"))
        if not segments:
            return self._gone(phrase("no passage of this case has this id; pick it again"))
        segment = segments[0]
        testimony = segment.testimony
        current = next(
            (st for st in self.plan.statements if st.testimony.lineage_id == testimony.lineage_id),
            None,
        )
        if current is not None:
            # A passage of an older version: the same paragraph of the version exported.
            same = next(
                (s for s in current.testimony.segments if s.position == segment.position), None
            )
            if same is not None and same.text == segment.text:
                return Resolved(current.cite(same, self.s))
            if same is not None:  # cited as it was: say so, and print the paragraph now there
                return Resolved(
                    current.cite(same, self.s),
                    phrase(
                        "the passage was cited in an older version of the statement and "
                        "paragraph {position} reads differently now; check that it still says "
                        "what the argument relies on, then cite it again",
                        position=same.position,
                    ),
                )
            return self._gone(
                phrase(
                    "the passage is of an older version of the statement, whose current version "
                    "has no paragraph of that number; cite the current version"
                )
            )
        return self._testimony_elsewhere(testimony.lineage_id)

    # -- exhibits, incidents, persons ----------------------------------------------------

    def exhibit(self, key: str) -> Resolved:
        if not _KEY.fullmatch(key):
            return self._gone(phrase("an exhibit is cited by at least six characters of its id"))
        prefix = key.lower()
        included = [
            item
            for item in self.plan.exhibits
            if item.lineage_id.startswith(prefix) or item.id.startswith(prefix)
        ]
        lineage, problem = _unique([i.lineage_id for i in included], EVIDENCE)
        if problem:
            return self._gone(problem)
        if lineage is None:
            aliases = [
                item.lineage_id
                for vid, item in self.plan._exhibit_aliases.items()
                if vid.startswith(prefix)
            ]
            lineage, problem = _unique(aliases, EVIDENCE)
            if problem:
                return self._gone(problem)
        if lineage is not None:
            item = next(i for i in self.plan.exhibits if i.lineage_id == lineage)
            return Resolved(self.s("exhibit_cite", n=self.plan.exhibit_number(item)))
        rows = self._case_rows(EvidenceItem, prefix)
        return self._outside(rows, [r.lineage_id for r in rows], "evidence", EVIDENCE)

    def incident(self, key: str) -> Resolved:
        if not _KEY.fullmatch(key):
            return self._gone(phrase("an incident is cited by at least six characters of its id"))
        prefix = key.lower()
        included = [i for i in self.plan.incidents if i.id.startswith(prefix)]
        found, problem = _unique([i.id for i in included], INCIDENT)
        if problem:
            return self._gone(problem)
        if found is not None:
            incident = next(i for i in included if i.id == found)
            return Resolved(self.s("fact_cite", n=self.plan.incident_number(incident)))
        rows = self._case_rows(Incident, prefix)
        return self._outside(rows, [r.id for r in rows], "incident", INCIDENT)

    def person(self, key: str) -> Resolved:
        persons = list(self.plan.persons.values())
        if _PSEUDONYM.fullmatch(key):
            chosen = [p for p in persons if p.pseudonym == key]
        elif _KEY.fullmatch(key):
            chosen = [p for p in persons if p.id.startswith(key.lower())]
        else:
            return self._gone(
                phrase(
                    "a person is cited by pseudonym (W-001) or by at least six characters of the id"
                )
            )
        found, problem = _unique([p.id for p in chosen], PERSON)
        if problem:
            return self._gone(problem)
        if found is None:
            return self._gone(_filled(PERSON.no_such))
        person: Person = self.plan.persons[found]
        disclosure = self.plan.disclosure
        why = disclosure.persons_withheld.get(person.id) if disclosure else None
        if why:
            return self._left_out(PERSON.left_out, why=why)
        return Resolved(person.pseudonym)


def _resolve_all(text: str, plan: ExportPlan) -> tuple[str, list[Phrase]]:
    resolver = _Resolver(plan)
    problems: list[Phrase] = []
    cache: dict[tuple[str, str], Resolved] = {}

    def replace(match: re.Match[str]) -> str:
        kind, key = match.group(1).lower(), match.group(2).strip()
        resolved = cache.get((kind, key))
        if resolved is None:
            resolved = cache[(kind, key)] = resolver.resolve(kind, key)
            if resolved.problem:
                problems.append(
                    phrase("{label}: {reason}", label=_shown(kind, key), reason=resolved.problem)
                )
        return resolved.text

    return TOKEN.sub(replace, text), problems


def _shown(kind: str, key: str) -> str:
    """The token as a message may name it: kinds and ids only (a pseudonym at most)."""
    safe_key = key if (_KEY.fullmatch(key) or _PASSAGE.fullmatch(key)
                       or _PSEUDONYM.fullmatch(key)) else "…"  # fmt: skip
    safe_kind = kind if kind in CITATION_KINDS else "…"
    return f"[[{safe_kind}:{safe_key}]]"


def render_citations(text: str, plan: ExportPlan) -> str:
    """``text`` with every token replaced by its citation in this bundle."""
    if "[[" not in text:
        return text
    return _resolve_all(text, plan)[0]


def citation_problems(text: str, plan: ExportPlan) -> list[Phrase]:
    """What is wrong with the tokens of ``text`` for this bundle (one sentence per token,
    a phrase: ``str()`` is the English, the GUI's ``phrase_text`` the interface language)."""
    if "[[" not in text:
        return []
    return _resolve_all(text, plan)[1]


def authored_texts(plan: ExportPlan, session: Session | None = None) -> list[tuple[str, str]]:
    """(section, text) of every authored section this bundle prints (the case's own, and
    the arguments of the charges exported), for the plan's font check and name review."""
    session = session or _session(plan)
    if session is None:
        return []
    exported = {c.id for c in plan.charges}
    return [
        (f"section {slot.label()}", text)
        for slot, text in load_sections(session, plan.case).texts()
        if not slot.charge_id or slot.charge_id in exported
    ]


def citation_report(session: Session, plan: ExportPlan) -> list[tuple[str, Phrase]]:
    """(section, problem) for every citation of the case's authored sections that does not
    print as cited in this bundle; ``plan_export`` lists them with what is left out."""
    return [
        (where, problem)
        for where, text in authored_texts(plan, session)
        for problem in citation_problems(text, plan)
    ]


# -- while writing: the whole case, before any bundle is planned -------------------------


@dataclass
class _CaseStatement:
    testimony: Testimony
    who: str

    def cite(self, segment: Segment, s: Strings) -> str:
        return s("para_cite", who=self.who, n=segment.position)


@dataclass
class _WholeCase:
    """Every current record of a case, as a plan would hold it if nothing were left out."""

    strings: Strings
    case: Case
    charges: list[Charge]
    incidents: list[Incident]
    statements: list[_CaseStatement]
    exhibits: list[EvidenceItem]
    persons: dict[str, Person]
    disclosure: Disclosure | None
    _exhibit_aliases: dict[str, EvidenceItem]

    def exhibit_number(self, item: EvidenceItem) -> int:
        return self.exhibits.index(item) + 1

    def incident_number(self, incident: Incident) -> int:
        return self.incidents.index(incident) + 1


def _current(records: Sequence[Any]) -> list[Any]:
    superseded = {r.supersedes_id for r in records if r.supersedes_id}
    return [r for r in records if r.id not in superseded]


def case_citation_problems(session: Session, case: Case, text: str) -> list[Phrase]:
    """The tokens of ``text`` that name nothing of ``case`` (a mistyped id, a paragraph a
    statement no longer has): for the editor, before any bundle is planned. Whether cited
    material may go to a given addressee is for the export plan to say."""
    if "[[" not in text:
        return []
    persons = {p.id: p for p in session.scalars(select(Person).where(Person.case_id == case.id))}
    testimonies = _current(
        session.scalars(select(Testimony).where(Testimony.case_id == case.id)).all()
    )
    items = session.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case.id)).all()
    exhibits = _current(items)
    newest = {i.lineage_id: i for i in exhibits}
    whole = _WholeCase(
        strings=Strings("en"),
        case=case,
        charges=[],
        incidents=list(session.scalars(select(Incident).where(Incident.case_id == case.id))),
        statements=[
            _CaseStatement(t, persons[t.witness_id].pseudonym if t.witness_id in persons else "")
            for t in testimonies
        ],
        exhibits=exhibits,
        persons=persons,
        disclosure=None,
        _exhibit_aliases={i.id: newest[i.lineage_id] for i in items if i.lineage_id in newest},
    )
    return citation_problems(text, whole)
