"""The controlled lists of consent: who material may go to (states, named bodies) and for what.

A consent that names "Germany" while the addressee is "DE" silently keeps a statement out of
a filing while other material goes: so a recipient is only ever a code from this list, an
ISO 3166-1 alpha-2 code for a state or the id of a named body (``resources/recipients/``).
Names and other aliases are recognised only to tell the user which code to use, and to map
consents written as free text before this list existed.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import CasebookError
from ..phrase import Phrase, phrase
from ..resource_paths import resource_path

FORMAT = "casebook-recipients/1"
USES_FORMAT = "casebook-uses/1"


class RecipientListError(CasebookError):
    """The installation's recipient or use list is missing or wrong."""


@dataclass(frozen=True)
class Recipient:
    code: str  # "DE", or a body id such as "IIMM"
    name: str  # the English short name shown in the interface
    kind: str  # "state", or the kind of body ("court", "investigative_mechanism", …)
    short: str  # a shorter label for lists
    aliases: tuple[str, ...] = ()
    source: str = ""

    @property
    def is_state(self) -> bool:
        return self.kind == "state"

    @property
    def label(self) -> str:
        """How a list shows it: "Germany (DE)", "IIMM (Myanmar Mechanism)"."""
        return f"{self.name} ({self.code})" if self.is_state else self.short


@dataclass(frozen=True)
class Use:
    id: str
    label: str
    consent_field: str | None  # the Consent column recording it; None: not recordable yet
    needs_recipient: bool


def _key(text: str) -> str:
    """How names are compared: NFKC, case-folded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass(frozen=True)
class RecipientList:
    recipients: tuple[Recipient, ...]
    by_code: dict[str, Recipient]
    by_alias: dict[str, Recipient]  # _key(name or alias) -> recipient
    source: str

    @property
    def states(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.is_state)

    @property
    def bodies(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if not r.is_state)

    def get(self, code: str) -> Recipient | None:
        """The recipient whose code this is, in any case ("de", "iimm"); None otherwise."""
        return self.by_code.get(code.strip().upper())

    def match(self, text: str) -> Recipient | None:
        """The recipient this code, exact name or alias names (any case); None otherwise."""
        return self.get(text) or self.by_alias.get(_key(text))

    def label(self, code: str) -> str:
        recipient = self.get(code)
        return recipient.label if recipient else code


def _read(name: str) -> dict[str, Any]:
    path = resource_path("recipients", name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RecipientListError(
            "The list {name} is missing from this installation; reinstall Casebook.", name=name
        ) from None
    except json.JSONDecodeError as exc:
        raise RecipientListError(
            "The list {name} is not valid JSON (line {lineno}); restore it from the "
            "Casebook installation.",
            name=name,
            lineno=exc.lineno,
        ) from None
    if not isinstance(data, dict):
        raise RecipientListError(
            "The list {name} does not hold a JSON object; restore it.", name=name
        )
    return data


def build_list(data: dict[str, Any]) -> RecipientList:
    """Check and index the recipients file's content (every code and alias names one)."""
    if data.get("format") != FORMAT:
        raise RecipientListError(
            "recipients.json is not in the format {format}; restore it from the installation.",
            format=FORMAT,
        )
    recipients = [
        Recipient(
            code=str(s["code"]),
            name=str(s["name"]),
            kind="state",
            short=str(s["name"]),
            aliases=tuple(s.get("aliases", ())),
        )
        for s in data.get("states", [])
    ]
    for b in data.get("bodies", []):
        recipients.append(
            Recipient(
                code=str(b["id"]),
                name=str(b["name"]),
                kind=str(b.get("kind", "body")),
                short=str(b.get("short") or b["name"]),
                aliases=tuple(b.get("aliases", ())),
                source=str(b.get("source", "")),
            )
        )
    by_code: dict[str, Recipient] = {}
    by_alias: dict[str, Recipient] = {}
    for r in recipients:
        shaped = len(r.code) == 2 and r.code.isalpha() if r.is_state else len(r.code) > 2
        if not shaped or r.code != r.code.upper() or r.code in by_code:
            raise RecipientListError(
                "recipients.json has a wrong or repeated code {code}; states have two "
                "capital letters, bodies longer ids in capitals. Restore the file.",
                code=repr(r.code),
            )
        by_code[r.code] = r
    for r in recipients:
        for alias in (r.name, r.short, *r.aliases):
            key = _key(alias)
            other = by_alias.get(key) or by_code.get(alias.upper())
            if other is not None and other is not r:
                raise RecipientListError(
                    "In recipients.json the name {alias} stands for both {code} and {other}; a "
                    "name must name one recipient. Restore the file.",
                    alias=repr(alias),
                    code=other.code,
                    other=r.code,
                )
            by_alias[key] = r
    source = str(data.get("states_source", {}).get("taken_from", ""))
    return RecipientList(tuple(recipients), by_code, by_alias, source)


@cache
def recipient_list() -> RecipientList:
    """The shipped list, read and checked once."""
    return build_list(_read("recipients.json"))


@cache
def uses() -> dict[str, Use]:
    data = _read("uses.json")
    if data.get("format") != USES_FORMAT:
        raise RecipientListError(
            "uses.json is not in the format {uses_format}; restore it from the installation.",
            uses_format=USES_FORMAT,
        )
    return {
        str(u["id"]): Use(
            id=str(u["id"]),
            label=str(u["label"]),
            consent_field=u.get("consent_field"),
            needs_recipient=bool(u.get("needs_recipient", False)),
        )
        for u in data.get("uses", [])
    }


def use(use_id: str) -> Use:
    """A use from the controlled list; refuses any other word."""
    known = uses()
    if use_id not in known:
        raise RecipientListError(
            "There is no use {use_id} in Casebook's list; choose one of: {known}.",
            use_id=repr(use_id),
            known=", ".join(known),
        )
    return known[use_id]


def recipient_problem(value: object) -> str | None:
    """Why ``value`` is not a recipient code, as a sentence; None when it is one."""
    refusal = recipient_refusal(value)
    return None if refusal is None else str(refusal)


def recipient_refusal(value: object) -> Phrase | None:
    """``recipient_problem`` as a Phrase, for the interface to translate.

    A name of the list is answered with its code ("Germany is DE"); anything else is not
    quoted back (it may be case data).
    """
    if not isinstance(value, str) or not value.strip():
        return phrase(
            "A recipient is a code from Casebook's list, such as DE or ICC; it is empty here."
        )
    listed = recipient_list()
    if listed.get(value) is not None:
        return None
    named = listed.match(value)
    if named is not None:
        return phrase(
            "{name} is {code}: give the code {code} instead of the name.",
            name=named.name,
            code=named.code,
        )
    return phrase(
        "This recipient is not in Casebook's list of states (ISO 3166-1 codes such as DE, FR, "
        "MM) and bodies (such as ICC, IIMM, IIIM); choose it from the list."
    )


def checked_codes(values: Iterable[object]) -> list[str]:
    """The codes as stored (capitals, sorted, no repeats); raises with the first problem.

    The error's message is a sentence of ``recipient_problem``; callers add the location.
    """
    codes: set[str] = set()
    for value in values:
        if isinstance(value, str) and not value.strip():
            continue  # an empty item of a comma-separated list
        refusal = recipient_refusal(value)
        if refusal is not None:
            raise RecipientListError(refusal.template, **refusal.fields)
        assert isinstance(value, str)
        codes.add(value.strip().upper())
    return sorted(codes)
