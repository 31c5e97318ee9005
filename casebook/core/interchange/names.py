"""Real names out of an export for a recipient, as the bundle keeps them out.

A recipient who may not see a person's identity must not read their name in the text
around it either: in an authored section ("Daw Khin Hla saw …"), a statement, a title or a
file name. Every free-text field of an exported case is passed through the same
``NameMatcher`` the bundle uses (``text.names``), built from the persons whose identity the
file does not carry, so a name becomes the person's pseudonym.

Signed text cannot be changed without breaking its signature: a review comment that names
such a person is left out (and said so); a custody event that does travels as it was signed,
and the export says so, so the sender can decide before sending. A tag's character range on a
passage whose text changed is widened to the whole passage (the offsets no longer fit).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..models import Person
from ..text.names import NameMatcher, split_other_names

# Free-text fields of each list of an exported case (nested keys joined by '.').
_FIELDS: dict[str, tuple[str, ...]] = {
    "incidents": ("title", "description", "place.name", "place.admin_area"),
    "testimonies": (
        "title",
        "place",
        "interpreter",
        "people_present",
        "prior_accounts_to",
        "prior_accounts_when",
        "support_referral_to",
        "consent.notes",
        "consent.withdrawal_note",
    ),
    "evidence": (
        "title",
        "description",
        "source",
        "acquisition_method",
        "collected_by",
        "collected_place",
        "original_location",
        "original_filename",
    ),
    "tags": ("note", "review_note", "quote", "quote_prefix", "quote_suffix"),
    "charges": ("title", "notes"),
    "sections": ("text",),
    "patterns": ("title", "note"),
}
_CASE_FIELDS = ("title", "situation", "summary")


def matcher_for(persons: Sequence[Person], shown: set[str]) -> NameMatcher:
    """Names of every person whose identity is not in the file (ids in ``shown`` are)."""
    return NameMatcher(
        (
            person.pseudonym,
            [person.identity.full_name, *split_other_names(person.identity.other_names)],
        )
        for person in sorted(persons, key=lambda p: p.pseudonym)
        if person.identity is not None and person.id not in shown
    )


def _apply(record: dict[str, Any], path: str, protect: Callable[[str], str]) -> None:
    *parents, last = path.split(".")
    for key in parents:
        record = record.get(key) or {}
    if isinstance(record.get(last), str) and record[last]:
        record[last] = protect(record[last])


def _metadata(value: Any, protect: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return protect(value)
    if isinstance(value, list):
        return [_metadata(v, protect) for v in value]
    if isinstance(value, dict):
        return {k: _metadata(v, protect) for k, v in value.items()}
    return value


def protect_case(case: dict[str, Any], names: NameMatcher, said: list[str]) -> None:
    """Replace the names ``names`` knows in every unsigned text of ``case``; report what
    could not be changed in ``said``."""
    if not names:
        return
    protect = names.protect
    for key in _CASE_FIELDS:
        _apply(case, key, protect)
    for kind, paths in _FIELDS.items():
        for record in case.get(kind, []):
            for path in paths:
                _apply(record, path, protect)
    changed: set[str] = set()
    for testimony in case["testimonies"]:
        for segment in testimony["segments"]:
            for key in ("text", "original_text"):
                if segment.get(key) and names.find(segment[key]):
                    segment[key] = protect(segment[key])
                    changed.add(segment["id"])
    for item in case["evidence"]:
        item["metadata"] = _metadata(item.get("metadata") or {}, protect)
        for event in item.get("custody", []):
            signed = (event.get("place", ""), event.get("reason", ""), repr(event.get("details")))
            if any(names.find(text) for text in signed):
                said.append(
                    f"custody event {event['sequence']} of evidence {item['id']}: names a person "
                    "the recipient may not see; it is signed and is sent as it was signed"
                )
    for tag in case.get("tags", []):
        if tag.get("segment_id") in changed and "char_start" in tag:
            del tag["char_start"], tag["char_end"]
            said.append(f"tag {tag['id']}: cites the whole passage (names in it were replaced)")
    kept = []
    for event in case.get("review_events", []):
        if names.find(event["comment"]):
            said.append(
                f"review event {event['id']}: left out: its signed comment names a person "
                "the recipient may not see"
            )
        else:
            kept.append(event)
    if "review_events" in case:
        case["review_events"] = kept
