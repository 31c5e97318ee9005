"""The legal analysis as the window sees it: tags, charges and the coverage matrix.

A thin layer over ``casebook.core.analysis`` on the workspace's GUI-thread session: every
change is committed at once (autosave) and announced through ``Workspace.changed`` with the
kind ``"tag"`` or ``"charge"``, so editors' tag lists and the matrix refresh. Core errors
(``CasebookError``) reach the caller unchanged, for a dialog to show their sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from casebook.core import analysis
from casebook.core.analysis import CoverageMatrix, ElementIndex, TagResult
from casebook.core.analysis.perpetrators import ROLE as PERPETRATOR_ROLE
from casebook.core.models import Case, Charge, Person
from casebook.core.taxonomy import Taxonomy, load_taxonomy

from ..shared.workspace import Workspace

# What each kind of record is called when tagged: the workspace kind and the tag target.
TAGGABLE = {"passage": "segment", "evidence": "evidence", "incident": "incident"}
RELIABILITY_LABELS = {
    "A": "A — completely reliable",
    "B": "B — usually reliable",
    "C": "C — fairly reliable",
    "D": "D — not usually reliable",
    "E": "E — unreliable",
    "F": "F — reliability cannot be judged",
}
CREDIBILITY_LABELS = {
    "1": "1 — confirmed by other sources",
    "2": "2 — probably true",
    "3": "3 — possibly true",
    "4": "4 — doubtful",
    "5": "5 — improbable",
    "6": "6 — truth cannot be judged",
}


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """The taxonomy, read and checked once per process (it is read-only data)."""
    return load_taxonomy()


@lru_cache(maxsize=1)
def element_index() -> ElementIndex:
    return ElementIndex(taxonomy())


@dataclass(frozen=True)
class TagLine:
    """One tag as a record's tag list shows it (plain values, no live ORM object)."""

    tag_id: str
    element_id: str
    title: str
    support: str
    grading: str
    perpetrator: str
    char_range: tuple[int, int] | None
    paragraph: int | None = None
    review_note: str = ""  # set when the tag waits for a person (its words moved or changed)
    segment_id: str | None = None

    @property
    def text(self) -> str:
        where = f"para. {self.paragraph} · " if self.paragraph else ""
        if self.review_note:
            where = "⚠ needs review · " + where
        span = f" · chars {self.char_range[0]}–{self.char_range[1]}" if self.char_range else ""
        who = f" · {self.perpetrator}" if self.perpetrator else ""
        return f"{where}{self.element_id} {self.title} — {self.support}, {self.grading}{span}{who}"


def element_title(element_id: str, width: int = 60) -> str:
    """A short title for an element: its owner's title and the start of its text."""
    info = element_index().get(element_id)
    if info is None:
        return "(not in this taxonomy)"
    text = info.text if len(info.text) <= width else info.text[: width - 1].rstrip() + "…"
    return text


class AnalysisService:
    """Tags, charges and coverage for the cases of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    @property
    def taxonomy(self) -> Taxonomy:
        return taxonomy()

    def _case(self, case_id: str) -> Case:
        return self.workspace.get("case", case_id)

    # -- reading ---------------------------------------------------------------------------------

    def perpetrators(self, case_id: str) -> list[Person]:
        """Persons of the case recorded as alleged perpetrators, by pseudonym."""
        return [p for p in self.workspace.persons(case_id) if PERPETRATOR_ROLE in (p.roles or [])]

    def tag_lines(self, kind: str, record_id: str) -> list[TagLine]:
        """The tags on a testimony (all its passages), an evidence item or an incident."""
        record = self.workspace.get(kind, record_id)
        names = {p.id: p.pseudonym for p in self.workspace.persons(record.case_id)}
        positions = {}
        if kind == "testimony":
            positions = {s.id: s.position for s in record.segments}
        lines = []
        for tag in analysis.tags_for(self.workspace.session, record):
            span = (tag.char_start, tag.char_end) if tag.char_start is not None else None
            lines.append(
                TagLine(
                    tag.id,
                    tag.element_id,
                    element_title(tag.element_id, 48),
                    tag.support,
                    f"{tag.source_reliability}{tag.info_credibility}" or "not graded",
                    names.get(tag.perpetrator_id or "", ""),
                    span,  # type: ignore[arg-type]
                    positions.get(tag.segment_id or ""),
                    (tag.review_note or "needs review") if tag.status != "active" else "",
                    tag.segment_id,
                )
            )
        return lines

    def charges(self, case_id: str) -> list[Charge]:
        return analysis.list_charges(self.workspace.session, self._case(case_id))

    def coverage(self, case_id: str, charge_ids: list[str] | None = None) -> CoverageMatrix:
        return analysis.coverage(
            self.workspace.session, self._case(case_id), charge_ids, taxonomy=self.taxonomy
        )

    # -- changing --------------------------------------------------------------------------------

    def add_tag(
        self,
        case_id: str,
        target: str,
        record_id: str,
        element_id: str,
        support: str,
        *,
        reliability: str = "F",
        credibility: str = "6",
        perpetrator_id: str | None = None,
        char_range: tuple[int, int] | None = None,
        note: str = "",
    ) -> TagResult:
        """``target`` is passage, evidence or incident (see ``TAGGABLE``)."""
        ids = {f"{TAGGABLE[target]}_id": record_id}
        with self.workspace.saving():
            result = analysis.add_tag(
                self.workspace.session,
                self._case(case_id),
                element_id,
                support,
                char_range=char_range,
                reliability=reliability,
                credibility=credibility,
                perpetrator_id=perpetrator_id,
                note=note,
                taxonomy=self.taxonomy,
                **ids,  # type: ignore[arg-type]
            )
        self.workspace.changed.emit("tag", result.tag.id)
        return result

    def remove_tag(self, case_id: str, tag_id: str) -> None:
        with self.workspace.saving():
            analysis.remove_tag(self.workspace.session, self._case(case_id), tag_id)
        self.workspace.changed.emit("tag", tag_id)

    def add_charge(
        self,
        case_id: str,
        crime_id: str,
        *,
        national: str = "",
        perpetrators: list[tuple[str, str]] | None = None,
        incident_ids: list[str] | None = None,
        title: str = "",
    ) -> Charge:
        with self.workspace.saving():
            charge = analysis.add_charge(
                self.workspace.session,
                self._case(case_id),
                crime_id,
                national=national or None,
                perpetrators=perpetrators or [],
                incident_ids=incident_ids or [],
                title=title,
                taxonomy=self.taxonomy,
            )
        self.workspace.changed.emit("charge", charge.id)
        self.workspace.structure_changed.emit()
        return charge
