"""Authored sections of a complaint: written, versioned and read back per case.

Every save is a new version of its slot (see ``models/authored.py``); the text passes the
project's input cleaning (NFC, Zawgyi converted) and is refused when it could not be
stored or printed faithfully (NUL and other control characters, lone surrogates) or is
longer than a filing needs. The audit hook records each version like any other record.

``load_sections`` gives the current text of every slot of a case at once, for the
complaint editions; ``set_section`` writes one; ``import_sections`` writes a JSON document
of several, checked in full before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationError
from ..models import AuthoredSection, Case, Charge
from ..models.authored import (
    CASE_SECTION_KINDS,
    CHARGE_SECTION_KIND,
    ELEMENT_SECTION_KIND,
    SECTION_KINDS,
)
from ..models.base import new_id
from ..phrase import phrase
from ..text.text_input import clean

__all__ = [
    "CASE_SECTION_KINDS",
    "CHARGE_SECTION_KIND",
    "ELEMENT_SECTION_KIND",
    "MAX_SECTION_CHARS",
    "SECTION_KINDS",
    "AuthoredSections",
    "SectionSlot",
    "element_ids_of",
    "import_sections",
    "load_sections",
    "section_history",
    "section_row_problem",
    "set_section",
]

# About 150 pages of prose: one section of the longest complaints on record fits; a file
# of a different kind (a PDF's bytes, a database dump) pasted by mistake does not.
MAX_SECTION_CHARS = 400_000
_MIN_PREFIX = 6
# Characters kept as typed; every other C0/C1 control character is refused.
_ALLOWED_CONTROLS = frozenset("\n\t")


@dataclass(frozen=True)
class SectionSlot:
    """What a section is the text of: a kind of the case, a charge, or an element of one."""

    kind: str
    charge_id: str = ""
    element_id: str = ""

    def label(self) -> str:
        """For lists and messages: kind and ids only, never the text."""
        if self.kind == ELEMENT_SECTION_KIND:
            return f"{self.kind} {self.charge_id[:8]} {self.element_id}"
        if self.kind == CHARGE_SECTION_KIND:
            return f"{self.kind} {self.charge_id[:8]}"
        return self.kind


@dataclass(frozen=True)
class AuthoredSections:
    """The current text of every authored section of one case ("" where nothing is written)."""

    case_texts: Mapping[str, str] = field(default_factory=dict)
    charge_texts: Mapping[str, str] = field(default_factory=dict)
    element_texts: Mapping[tuple[str, str], str] = field(default_factory=dict)
    # Element id as given -> the id it is stored under (a crime's contextual element is
    # stored as the shared context element it restates, as tags are).
    element_aliases: Mapping[str, str] = field(default_factory=dict)
    # Slots written concurrently in two casebooks: the newer text is used; listed here.
    forked: tuple[SectionSlot, ...] = ()

    def case(self, kind: str) -> str:
        if kind not in CASE_SECTION_KINDS:
            raise _unknown_kind(kind)
        return self.case_texts.get(kind, "")

    def charge(self, charge_id: str) -> str:
        """The legal argument of a charge."""
        return self.charge_texts.get(charge_id, "")

    def element(self, charge_id: str, element_id: str) -> str:
        key = element_id.strip()
        return self.element_texts.get((charge_id, self.element_aliases.get(key, key)), "")

    def texts(self) -> list[tuple[SectionSlot, str]]:
        """Every non-empty section with its slot, in document order (case kinds first)."""
        out = [(SectionSlot(k), self.case_texts[k]) for k in CASE_SECTION_KINDS
               if self.case_texts.get(k)]  # fmt: skip
        for charge_id, text in sorted(self.charge_texts.items()):
            if text:
                out.append((SectionSlot(CHARGE_SECTION_KIND, charge_id), text))
        for (charge_id, element_id), text in sorted(self.element_texts.items()):
            if text:
                out.append((SectionSlot(ELEMENT_SECTION_KIND, charge_id, element_id), text))
        return out

    def __bool__(self) -> bool:
        return any(text for _, text in self.texts())


def _unknown_kind(kind: str) -> ValidationError:
    shown = kind if kind in SECTION_KINDS or len(kind) <= 40 else kind[:40] + "…"
    return ValidationError(
        "There is no section kind {kind}. Choose one of: {kinds}.",
        "kind",
        kind=repr(shown),
        kinds=", ".join(SECTION_KINDS),
    )


# -- elements ---------------------------------------------------------------------------


def _element_index() -> Any:
    from ..taxonomy.elements import ElementIndex
    from ..taxonomy.loader import load_taxonomy

    return ElementIndex(load_taxonomy())


def element_ids_of(charge: Charge, index: Any | None = None) -> list[str]:
    """The element ids an argument of ``charge`` may be written for, as stored: the crime's
    elements (contextual ones as their shared context element) and those of its modes of
    liability. Ids the shipped taxonomy does not know are not offered."""
    index = index or _element_index()
    taxonomy = index.taxonomy
    ids: list[str] = []
    if taxonomy.has_crime(charge.crime_id):
        for element in taxonomy.crime(charge.crime_id).elements:
            info = index.get(element.id)
            if info is not None and info.id not in ids:
                ids.append(info.id)
    for perpetrator in charge.perpetrators:
        try:
            elements = taxonomy.liability(perpetrator.liability_id).elements
        except NotFound:  # a mode from a newer taxonomy: nothing to offer
            elements = ()
        for element in elements:
            if element.id not in ids:
                ids.append(element.id)
    return ids


def _aliases(index: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for crime in index.taxonomy.crimes:
        for element in crime.elements:
            info = index.get(element.id)
            if info is not None and info.id != element.id:
                out[element.id] = info.id
    return out


# -- reading ----------------------------------------------------------------------------


def _superseded(rows: list[AuthoredSection]) -> set[str]:
    """Ids of the versions another version was written over."""
    out = {r.supersedes_id for r in rows if r.supersedes_id}
    out.update(i for r in rows for i in (r.merges_ids or []))
    return out


def _heads(rows: list[AuthoredSection]) -> tuple[dict[SectionSlot, AuthoredSection], set]:
    """The current version of each slot, and the slots with more than one head."""
    superseded = _superseded(rows)
    heads: dict[SectionSlot, list[AuthoredSection]] = {}
    for row in rows:
        if row.id not in superseded:
            slot = SectionSlot(row.kind, row.charge_id or "", row.element_id or "")
            heads.setdefault(slot, []).append(row)
    current = {
        slot: max(found, key=lambda r: (r.created_at, r.version, r.id))
        for slot, found in heads.items()
    }
    forked = {slot for slot, found in heads.items() if len(found) > 1}
    return current, forked


def _other_heads(
    rows: list[AuthoredSection], slot: SectionSlot, current: AuthoredSection | None
) -> list[AuthoredSection]:
    """The heads of ``slot`` besides ``current``: what a new version written now merges."""
    superseded = _superseded(rows)
    return [
        r
        for r in rows
        if r is not current
        and r.id not in superseded
        and (r.kind, r.charge_id or "", r.element_id or "")
        == (slot.kind, slot.charge_id, slot.element_id)
    ]


def _rows(session: Session, case: Case) -> list[AuthoredSection]:
    return list(session.scalars(select(AuthoredSection).where(AuthoredSection.case_id == case.id)))


def load_sections(session: Session, case: Case) -> AuthoredSections:
    """The current text of every authored section of ``case``. Reads only."""
    current, forked = _heads(_rows(session, case))
    case_texts: dict[str, str] = {}
    charge_texts: dict[str, str] = {}
    element_texts: dict[tuple[str, str], str] = {}
    for slot, row in current.items():
        if slot.kind in CASE_SECTION_KINDS:
            case_texts[slot.kind] = row.text
        elif slot.kind == CHARGE_SECTION_KIND:
            charge_texts[slot.charge_id] = row.text
        elif slot.kind == ELEMENT_SECTION_KIND:
            element_texts[(slot.charge_id, slot.element_id)] = row.text
    aliases = _aliases(_element_index()) if element_texts else {}
    return AuthoredSections(
        case_texts, charge_texts, element_texts, aliases, tuple(sorted(forked, key=str))
    )


def section_history(
    session: Session,
    case: Case,
    kind: str,
    *,
    charge_id: str | None = None,
    element_id: str | None = None,
) -> list[AuthoredSection]:
    """Every version written for one slot, oldest first."""
    slot = _slot(session, case, kind, charge_id, element_id)
    rows = [
        r
        for r in _rows(session, case)
        if (r.kind, r.charge_id or "", r.element_id or "")
        == (slot.kind, slot.charge_id, slot.element_id)
    ]
    return sorted(rows, key=lambda r: (r.created_at, r.version, r.id))


# -- writing ----------------------------------------------------------------------------


def checked_text(text: Any, where: str = "text") -> str:
    """Cleaned section text, or ValidationError saying what is wrong (never the text)."""
    if not isinstance(text, str):
        raise ValidationError("A section's text must be text.", where)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            "The text holds a broken character (a lone surrogate). Copy it again from its "
            "source, or save the file as UTF-8.",
            where,
        ) from None
    cleaned = clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    for n, char in enumerate(cleaned):
        code = ord(char)
        if (code < 0x20 or 0x7F <= code < 0xA0) and char not in _ALLOWED_CONTROLS:
            line = cleaned.count("\n", 0, n) + 1
            raise ValidationError(
                "The text holds a control character (U+{code}) on line {line}, which cannot "
                "be printed in a filing. Remove it and save again.",
                where,
                code=format(code, "04X"),
                line=line,
            )
    if len(cleaned) > MAX_SECTION_CHARS:
        raise ValidationError(
            "A section holds at most {max_section_chars} characters; this one has "
            "{count}. Split the argument across the charges and elements it is about, or "
            "shorten it.",
            where,
            max_section_chars=format(MAX_SECTION_CHARS, ","),
            count=format(len(cleaned), ","),
        )
    return cleaned


def _charge_of(session: Session, case: Case, charge_id: str) -> Charge:
    key = charge_id.strip()
    charges = list(session.scalars(select(Charge).where(Charge.case_id == case.id)))
    found = [c for c in charges if c.id == key]
    if not found and len(key) >= _MIN_PREFIX:
        found = [c for c in charges if c.id.startswith(key)]
    if len(found) > 1:
        raise ValidationError(
            "More than one charge of case {reference} has an id starting with '{key}'. "
            "Give more of the id.",
            "charge",
            reference=case.reference,
            key=key,
        )
    if not found:
        raise NotFound(
            "Case {reference} has no charge with the id '{key}'. `casebook charge list` "
            "shows the charges.",
            reference=case.reference,
            key=key[:40],
        )
    return found[0]


def _slot(
    session: Session,
    case: Case,
    kind: str,
    charge_id: str | None,
    element_id: str | None,
) -> SectionSlot:
    if kind not in SECTION_KINDS:
        raise _unknown_kind(kind)
    if kind in CASE_SECTION_KINDS:
        if charge_id or element_id:
            raise ValidationError(
                "A {kind} section belongs to the case, not to a charge or element; leave out "
                "the charge and element.",
                "kind",
                kind=kind,
            )
        return SectionSlot(kind)
    if not charge_id or not charge_id.strip():
        raise ValidationError("A {kind} section needs the charge it argues.", "charge", kind=kind)
    charge = _charge_of(session, case, charge_id)
    if kind == CHARGE_SECTION_KIND:
        if element_id:
            raise ValidationError(
                "A legal_argument belongs to a whole charge; for one element, use the kind "
                "element_argument.",
                "element",
            )
        return SectionSlot(kind, charge.id)
    if not element_id or not element_id.strip():
        raise ValidationError(
            "An element_argument needs the element it argues, such as 7(1)(g)-1/1.", "element"
        )
    index = _element_index()
    info = index.get(element_id)
    allowed = element_ids_of(charge, index)
    if info is None or info.id not in allowed:
        shown = element_id.strip()[:80]
        raise ValidationError(
            "The element '{shown}' is not an element of this charge ({crime_id}). Its "
            "elements are: {allowed}.",
            "element",
            shown=shown,
            crime_id=charge.crime_id,
            allowed=", ".join(allowed) or phrase("none in the shipped taxonomy"),
        )
    return SectionSlot(kind, charge.id, info.id)


def set_section(
    session: Session,
    case: Case,
    kind: str,
    text: str,
    *,
    charge_id: str | None = None,
    element_id: str | None = None,
) -> AuthoredSection:
    """Write a new version of one section; returns it (or the current one if unchanged).

    Charge ids may be unique prefixes of at least six characters, as the CLI shows them.
    Writing "" clears a section (as a new version; the earlier text stays in its history).
    The caller commits; the audit hook records the new version on flush.
    """
    slot = _slot(session, case, kind, charge_id, element_id)
    stored = checked_text(text)
    rows = _rows(session, case)
    current, forked = _heads(rows)
    previous = current.get(slot)
    others = _other_heads(rows, slot, previous) if slot in forked else []
    if previous is not None and previous.text == stored and not others:
        return previous
    if previous is None and not stored:
        raise ValidationError("There is nothing to save: the section is empty.", "text")
    record_id = new_id()
    row = AuthoredSection(
        id=record_id,
        case_id=case.id,
        kind=slot.kind,
        charge_id=slot.charge_id or None,
        element_id=slot.element_id or None,
        lineage_id=previous.lineage_id if previous else record_id,
        version=previous.version + 1 if previous else 1,
        supersedes_id=previous.id if previous else None,
        merges_ids=sorted(r.id for r in others),
        text=stored,
    )
    session.add(row)
    session.flush()
    return row


def section_row_problem(row: Mapping[str, Any]) -> str | None:
    """Why a section row from outside (a package, an interchange file) cannot be stored as
    it is, or None. Refused, never rewritten: the receiver keeps what the sender wrote."""
    kind, charge_id, element_id = row.get("kind"), row.get("charge_id"), row.get("element_id")
    if kind not in SECTION_KINDS:
        return f"kind is not one of {', '.join(SECTION_KINDS)}"
    if kind in CASE_SECTION_KINDS and (charge_id or element_id):
        return f"a {kind} section belongs to the case and names no charge or element"
    if kind != ELEMENT_SECTION_KIND and element_id:
        return f"a {kind} section names no element"
    if kind in (CHARGE_SECTION_KIND, ELEMENT_SECTION_KIND) and not charge_id:
        return f"a {kind} section names its charge"
    if kind == ELEMENT_SECTION_KIND and not element_id:
        return "an element_argument names its element"
    version = row.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return "version is not a whole number from 1"
    if (version == 1) != (row.get("supersedes_id") is None):
        return "only a first version supersedes nothing"
    merges = row.get("merges_ids")
    if not isinstance(merges, list) or not all(
        isinstance(i, str) and 0 < len(i) <= 36 for i in merges
    ):
        return "merges_ids is not a list of record ids"
    text = row.get("text")
    try:
        if checked_text(text) != text:
            return "the text is not in the form Casebook stores (NFC, line breaks as \\n)"
    except ValidationError as error:
        return str(error).removeprefix("text: ")
    return None


def import_sections(session: Session, case: Case, document: Any) -> list[AuthoredSection]:
    """Write the sections of a JSON document, all or none; returns the versions written.

    The document is ``{"sections": [{"kind": "summary", "text": "…"}, {"kind":
    "legal_argument", "charge": "<id>", "text": "…"}, {"kind": "element_argument",
    "charge": "<id>", "element": "7(1)(g)-1/1", "text": "…"}]}`` (or the list alone).
    Every entry is checked before any is written; problems name the entry, not its text.
    """
    entries = document.get("sections") if isinstance(document, dict) else document
    if isinstance(document, dict) and set(document) - {"sections"}:
        raise ValidationError(
            'The document holds fields other than "sections"; put each section in the '
            '"sections" list.',
            "sections",
        )
    if not isinstance(entries, list):
        raise ValidationError(
            'Give a list of sections: {"sections": [{"kind": "summary", "text": "…"}]}.',
            "sections",
        )
    problems: list[str] = []
    planned: list[tuple[SectionSlot, str]] = []
    seen: set[SectionSlot] = set()
    for i, entry in enumerate(entries):
        where = f"sections[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: is not an object with kind and text")
            continue
        extra = set(entry) - {"kind", "charge", "element", "text"}
        if extra:
            problems.append(f"{where}: has fields other than kind, charge, element and text")
            continue
        try:
            kind = entry.get("kind")
            if not isinstance(kind, str):
                raise ValidationError("needs a kind, such as summary", "kind")
            for key in ("charge", "element"):
                if key in entry and not isinstance(entry[key], str):
                    raise ValidationError("{key} must be text", key, key=key)
            slot = _slot(session, case, kind, entry.get("charge"), entry.get("element"))
            text = checked_text(entry.get("text"))
        except (ValidationError, NotFound) as error:
            problems.append(f"{where}: {error}")
            continue
        if slot in seen:
            problems.append(f"{where}: the same section appears twice")
            continue
        seen.add(slot)
        planned.append((slot, text))
    if problems:
        raise ValidationError(
            "Nothing was imported; correct these entries and import again:\n  {entries}",
            "sections",
            entries="\n  ".join(problems),
        )
    written: list[AuthoredSection] = []
    current, _ = _heads(_rows(session, case))
    for slot, text in planned:
        previous = current.get(slot)
        if (previous is None and not text) or (previous is not None and previous.text == text):
            continue
        written.append(
            set_section(
                session,
                case,
                slot.kind,
                text,
                charge_id=slot.charge_id or None,
                element_id=slot.element_id or None,
            )
        )
    return written
