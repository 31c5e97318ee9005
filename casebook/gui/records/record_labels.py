"""Words for stored values shown in the record editors, and form labels in the UI language.

The core stores identifiers (``alleged_perpetrator``, ``in_review``); the screens used to
show them by replacing underscores, which no catalogue can translate. Each value has its
English words here, marked for the catalogue; an unknown value still shows as it did.
``translated_fields`` turns a form's field table (English source text, marked with
``QT_TRANSLATE_NOOP`` where it is declared) into the interface language when a form is built.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..shared.record_form import FieldSpec

# A person's roles inside a sentence or list ("W-001 — alleged perpetrator").
ROLE_WORDS = {
    "victim": QT_TRANSLATE_NOOP("RecordLabels", "victim"),
    "survivor": QT_TRANSLATE_NOOP("RecordLabels", "survivor"),
    "witness": QT_TRANSLATE_NOOP("RecordLabels", "witness"),
    "alleged_perpetrator": QT_TRANSLATE_NOOP("RecordLabels", "alleged perpetrator"),
    "source": QT_TRANSLATE_NOOP("RecordLabels", "source"),
    "interviewer": QT_TRANSLATE_NOOP("RecordLabels", "interviewer"),
}
# A role offered on its own, in a list of choices.
ROLE_CHOICES = {
    "victim": QT_TRANSLATE_NOOP("RecordLabels", "Victim"),
    "survivor": QT_TRANSLATE_NOOP("RecordLabels", "Survivor"),
    "witness": QT_TRANSLATE_NOOP("RecordLabels", "Witness"),
    "alleged_perpetrator": QT_TRANSLATE_NOOP("RecordLabels", "Alleged perpetrator"),
    "source": QT_TRANSLATE_NOOP("RecordLabels", "Source"),
    "interviewer": QT_TRANSLATE_NOOP("RecordLabels", "Interviewer"),
}
# An evidence item's kind, as the editor offers it and the evidence list shows it.
EVIDENCE_KIND_WORDS = {
    "photo": QT_TRANSLATE_NOOP("RecordLabels", "photo"),
    "video": QT_TRANSLATE_NOOP("RecordLabels", "video"),
    "audio": QT_TRANSLATE_NOOP("RecordLabels", "audio"),
    "document": QT_TRANSLATE_NOOP("RecordLabels", "document"),
    "physical": QT_TRANSLATE_NOOP("RecordLabels", "physical"),
    "open_source": QT_TRANSLATE_NOOP("RecordLabels", "open source"),
    "other": QT_TRANSLATE_NOOP("RecordLabels", "other"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordLabels", text) if text else text


def role_word(role: str) -> str:
    return _tr(ROLE_WORDS.get(role, role.replace("_", " ")))


def role_choice(role: str) -> str:
    return _tr(ROLE_CHOICES.get(role, role.replace("_", " ").capitalize()))


def evidence_kind_word(kind: str) -> str:
    return _tr(EVIDENCE_KIND_WORDS.get(kind, kind.replace("_", " ")))


def role_words(roles: Iterable[str]) -> str:
    """``victim, witness``: a person's roles in the interface language."""
    separator = QCoreApplication.translate("RecordLabels", ", ", "between the roles of a person")
    return separator.join(role_word(r) for r in roles)


def translated_fields(context: str, specs: Iterable[FieldSpec]) -> list[FieldSpec]:
    """``specs`` with label, placeholder and choice labels translated in ``context``.

    A choice label not found there is looked up among the shared words above (an evidence
    item's kind is the same word in its editor and in the evidence list).
    """

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text) if text else text

    def tr_choice(text: str) -> str:
        found = tr(text)
        return found if found != text else _tr(text)

    return [
        replace(
            spec,
            label=tr(spec.label),
            placeholder=tr(spec.placeholder),
            choices=tuple((value, tr_choice(label)) for value, label in spec.choices),
        )
        for spec in specs
    ]
