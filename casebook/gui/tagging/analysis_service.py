"""The legal analysis as the window sees it: tags, charges and the coverage matrix.

A thin layer over ``casebook.core.analysis`` on the workspace's GUI-thread session: every
change is committed at once (autosave) and announced through ``Workspace.changed`` with the
kind ``"tag"`` or ``"charge"``, so editors' tag lists and the matrix refresh. Core errors
(``CasebookError``) reach the caller unchanged, for a dialog to show their sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casebook.core import analysis
from casebook.core.analysis import CoverageMatrix, ElementIndex, TagResult
from casebook.core.analysis.perpetrators import ROLE as PERPETRATOR_ROLE
from casebook.core.models import Case, Charge, Person
from casebook.core.taxonomy import Taxonomy, load_taxonomy

from ..shared.workspace import Workspace

# What each kind of record is called when tagged: the workspace kind and the tag target.
TAGGABLE = {"passage": "segment", "evidence": "evidence", "incident": "incident"}
# The admiralty grades in words; English source text, shown through ``grade_label``.
RELIABILITY_LABELS = {
    "A": QT_TRANSLATE_NOOP("AnalysisService", "A — completely reliable"),
    "B": QT_TRANSLATE_NOOP("AnalysisService", "B — usually reliable"),
    "C": QT_TRANSLATE_NOOP("AnalysisService", "C — fairly reliable"),
    "D": QT_TRANSLATE_NOOP("AnalysisService", "D — not usually reliable"),
    "E": QT_TRANSLATE_NOOP("AnalysisService", "E — unreliable"),
    "F": QT_TRANSLATE_NOOP("AnalysisService", "F — reliability cannot be judged"),
}
CREDIBILITY_LABELS = {
    "1": QT_TRANSLATE_NOOP("AnalysisService", "1 — confirmed by other sources"),
    "2": QT_TRANSLATE_NOOP("AnalysisService", "2 — probably true"),
    "3": QT_TRANSLATE_NOOP("AnalysisService", "3 — possibly true"),
    "4": QT_TRANSLATE_NOOP("AnalysisService", "4 — doubtful"),
    "5": QT_TRANSLATE_NOOP("AnalysisService", "5 — improbable"),
    "6": QT_TRANSLATE_NOOP("AnalysisService", "6 — truth cannot be judged"),
}
# How material bears on an element, as a tag line says it ("— direct, B2").
SUPPORT_WORDS = {
    "direct": QT_TRANSLATE_NOOP("AnalysisService", "direct"),
    "circumstantial": QT_TRANSLATE_NOOP("AnalysisService", "circumstantial"),
    "corroborating": QT_TRANSLATE_NOOP("AnalysisService", "corroborating"),
    "contradicting": QT_TRANSLATE_NOOP("AnalysisService", "contradicting"),
}


def grade_label(label: str) -> str:
    """A label of ``RELIABILITY_LABELS`` or ``CREDIBILITY_LABELS`` in the interface language."""
    return QCoreApplication.translate("AnalysisService", label)


def review_mark() -> str:
    """What starts the line of a tag waiting for review (the words are checked against it)."""
    return QCoreApplication.translate("AnalysisService", "⚠ needs review · ")


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
        """The line as listed: ``summary``, marked first when the tag waits for review."""
        return review_mark() + self.summary if self.review_note else self.summary

    @property
    def summary(self) -> str:
        """``para. 2 · 7(1)(d)/1 Deported… — direct, B2 · chars 4–19 · P-001``."""
        support = SUPPORT_WORDS.get(self.support)
        parts = (
            [
                QCoreApplication.translate("AnalysisService", "para. {number}").format(
                    number=self.paragraph
                )
            ]
            if self.paragraph
            else []
        )
        parts.append(
            QCoreApplication.translate(
                "AnalysisService", "{element} {title} — {support}, {grading}", "a tag"
            ).format(
                element=self.element_id,
                title=self.title,
                support=QCoreApplication.translate("AnalysisService", support)
                if support
                else self.support,
                grading=self.grading,
            )
        )
        if self.char_range:
            chars = QCoreApplication.translate(
                "AnalysisService", "chars {start}–{end}", "the characters a tag rests on"
            )
            parts.append(chars.format(start=self.char_range[0], end=self.char_range[1]))
        if self.perpetrator:
            parts.append(self.perpetrator)
        return " · ".join(parts)


def element_title(element_id: str, width: int = 60) -> str:
    """A short title for an element: its owner's title and the start of its text."""
    info = element_index().get(element_id)
    if info is None:
        return QCoreApplication.translate("AnalysisService", "(not in this taxonomy)")
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
                    f"{tag.source_reliability}{tag.info_credibility}"
                    or QCoreApplication.translate("AnalysisService", "not graded"),
                    names.get(tag.perpetrator_id or "", ""),
                    span,  # type: ignore[arg-type]
                    positions.get(tag.segment_id or ""),
                    (
                        tag.review_note
                        or QCoreApplication.translate("AnalysisService", "needs review")
                    )
                    if tag.status != "active"
                    else "",
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
