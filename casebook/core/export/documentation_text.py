"""The documentation the guidelines ask for (issue 16 item 4), as the complaint prints it.

Eurojust/ICC guidelines for civil society (2022), Berkeley Protocol, IIIM chain of custody
guidance: who else was present at an interview and how it was recorded, whether and to whom
the person had already given an account, whether they were referred to support; whether an
exhibit is the original or a copy and where the original is kept. Only what was stated is
printed: a field left empty says nothing (it is not printed as "none"). Stored values are
always put into words (``strings.*.json``), never printed as they are stored.

The service a person was referred to is printed in the team's internal edition only: a
filing says whether support was arranged, not where the person receives it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .strings import Strings


def _words(s: Strings, prefix: str, value: str) -> str:
    key = f"{prefix}_{value}"
    return s(key) if s.has(key) else s("not_recorded")  # an unknown value is not printed


def statement_documentation(
    testimony: Any, s: Strings, protect: Callable[[str], str], internal: bool
) -> list[str]:
    """Sentences about the interview and the person's situation, for what was stated."""
    lines: list[str] = []
    if testimony.people_present:
        lines.append(s("doc_people_present", people=protect(testimony.people_present)))
    if testimony.interview_recording:
        how = _words(s, "interview_recording", testimony.interview_recording)
        lines.append(s("doc_interview_recording", how=how))
    to = protect(testimony.prior_accounts_to) or s("not_recorded")
    when = protect(testimony.prior_accounts_when) or s("not_recorded")
    if testimony.prior_accounts == "none":
        lines.append(s("doc_prior_accounts_none"))
    elif testimony.prior_accounts == "given":
        lines.append(s("doc_prior_accounts_given", to=to, when=when))
    elif testimony.prior_accounts_to or testimony.prior_accounts_when:
        lines.append(s("doc_prior_accounts_details", to=to, when=when))
    service = protect(testimony.support_referral_to) if internal else ""
    if testimony.support_referral or service:
        status = (
            _words(s, "support_referral", testimony.support_referral)
            if testimony.support_referral
            else s("not_recorded")
        )
        if service:
            lines.append(s("doc_support_referral_to", status=status, to=service))
        else:
            lines.append(s("doc_support_referral", status=status))
    return lines


def copy_status_text(item: Any, s: Strings) -> str | None:
    """ "working copy": what the casebook holds, or None when not stated."""
    return _words(s, "copy_status", item.copy_status) if item.copy_status else None


def kind_with_copy(item: Any, s: Strings) -> str:
    """The exhibit index's kind column: "photo, working copy" when the copy is stated."""
    copy = copy_status_text(item, s)
    return s("kind_with_copy", kind=s.kind(item.kind), copy=copy) if copy else s.kind(item.kind)


def exhibit_documentation_rows(
    item: Any, s: Strings, protect: Callable[[str], str]
) -> list[list[str]]:
    """Rows of an exhibit's description: original or copy, where the original is kept."""
    rows: list[list[str]] = []
    copy = copy_status_text(item, s)
    if copy:
        rows.append([s("meta_copy_status"), copy])
    if item.original_location:
        rows.append([s("meta_original_location"), protect(item.original_location)])
    return rows


# Free-text documentation fields, with how the names report calls them.
_FREE_TEXT = (
    ("people_present", "people present"),
    ("prior_accounts_to", "earlier accounts to"),
    ("prior_accounts_when", "earlier accounts when"),
    ("support_referral_to", "support service"),
    ("original_location", "original kept at"),
)


def documentation_texts(record: Any, internal: bool = True) -> list[tuple[str, str]]:
    """(label, text) of these fields that hold text, for the font check and names report
    (the support service only where it is printed: ``internal``)."""
    return [
        (label, value)
        for name, label in _FREE_TEXT
        if (value := getattr(record, name, "")) and (internal or name != "support_referral_to")
    ]
