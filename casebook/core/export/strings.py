"""Fixed texts of exported documents, from translatable templates in ``resources/export/``.

Every heading and sentence a prosecutor reads comes from ``strings.<language>.json``, so a
new language is a new file, not a code change. Addressees come from ``addressees.json``.
Each addressee has an edition, ``editions/<addressee>.json``: the order of its sections
and the texts that make it that addressee's document (a Strafanzeige to the German Federal
Prosecutor General, an article 15 communication to the ICC Prosecutor, a submission to the
Myanmar Mechanism), laid over the language's texts. ``Strings(language, addressee)`` is the
one way to get them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import CasebookError
from ..resource_paths import resource_path

LANGUAGES = ("en", "de")


class ExportConfigError(CasebookError):
    """A template or addressee file of the installation is missing or wrong."""


def _export_resource(name: str) -> Path:
    return resource_path("export", name)


@cache
def _load_json(name: str) -> dict[str, Any]:
    path = _export_resource(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExportConfigError(
            "The export template {name} is missing from this installation; reinstall Casebook.",
            name=name,
        ) from None
    except json.JSONDecodeError as exc:
        raise ExportConfigError(
            "The export template {name} is not valid JSON (line {lineno}); restore "
            "it from the Casebook installation.",
            name=name,
            lineno=exc.lineno,
        ) from None
    if not isinstance(data, dict):
        raise ExportConfigError(
            "The export template {name} does not hold a JSON object.", name=name
        )
    return data


class Strings:
    """The texts of one language, and of one addressee's edition when ``addressee`` is given;
    ``strings("key", name=value)`` fills the placeholders."""

    def __init__(self, language: str, addressee: str | None = None) -> None:
        if language not in LANGUAGES:
            raise ExportConfigError(
                "Documents can be exported in {languages}; {language} is not one of them.",
                languages=", ".join(LANGUAGES),
                language=repr(language),
            )
        self.language = language
        texts = _load_json(f"strings.{language}.json")
        missing = set(_load_json("strings.en.json")) - set(texts)
        if len(missing) == 1:  # its own sentence: no plural forms in core templates
            raise ExportConfigError(
                "The {language} export texts lack the entry {example}; complete "
                "strings.{language}.json.",
                language=language,
                example=repr(sorted(missing)[0]),
            )
        if missing:
            raise ExportConfigError(
                "The {language} export texts lack {count} entries (for example "
                "{example}); complete strings.{language}.json.",
                language=language,
                count=len(missing),
                example=repr(sorted(missing)[0]),
            )
        self.edition = edition(addressee) if addressee else None
        if self.edition is not None:
            texts = {**texts, **self.edition.texts(language)}
        self._texts = texts

    def has(self, key: str) -> bool:
        return isinstance(self._texts.get(key), str)

    def __call__(self, key: str, **values: Any) -> str:
        template = self._texts.get(key)
        if not isinstance(template, str):
            raise ExportConfigError(
                "The export text {key} is missing or not a text.", key=repr(key)
            )
        return template.format(**values) if values else template

    def month(self, number: int) -> str:
        months = self._texts["months"]
        return str(months[number - 1])

    def kind(self, kind: str) -> str:
        return self(f"kind_{kind}") if f"kind_{kind}" in self._texts else kind

    def action(self, action: str) -> str:
        return self(f"action_{action}") if f"action_{action}" in self._texts else action

    def role(self, role: str) -> str:
        return self(f"role_{role}") if f"role_{role}" in self._texts else role.replace("_", " ")

    def yes_no(self, value: bool) -> str:
        return self("yes") if value else self("no")

    def meta_key(self, key: str) -> str:
        """The name of an embedded-metadata field ("duration_seconds") in words."""
        name = f"meta_key_{key}"
        return self(name) if name in self._texts else key.replace("_", " ")

    def consent_how(self, how: str) -> str:
        """How consent was recorded ("written", "oral_witnessed"), in words."""
        key = f"consent_how_{how}"
        return self(key) if key in self._texts else how.replace("_", " ")

    def statute(self, provision: str) -> str:
        """A Rome Statute provision as this language cites it: "article 7(1)(g) of the Rome
        Statute", "Art. 7 Abs. 1 lit. g IStGH-Statut"."""
        from .legal_frame import format_provision

        return self("statute_cite", article=format_provision(provision, self.language))

    def article(self, provision: str) -> str:
        """The same without the name of the Statute: "article 7(1)(g)", "Art. 7 Abs. 1 lit. g"."""
        from .legal_frame import format_provision

        return format_provision(provision, self.language)


SECTIONS = (
    "cover",
    "contents",
    "parties",
    "summary",
    "facts",
    "jurisdiction",
    "reasons_to_act",
    "legal",
    "investigative_measures",
    "closing_requests",
    "signature",
    "gaps",
    "pattern_annex",
    "exhibit_index",
    "custody_annex",
    "statements",
    "exhibits",
)


@dataclass(frozen=True)
class Edition:
    """One addressee's document: the order of its sections and its own texts per language."""

    key: str
    sections: tuple[str, ...]
    languages: tuple[str, ...]
    strings: dict[str, dict[str, str]]

    def texts(self, language: str) -> dict[str, str]:
        if language not in self.strings:
            names = ", ".join(self.languages)
            raise ExportConfigError(
                "The edition for addressee {key} is written in {names}, not in "
                "{language}; choose {names} as the language of the document.",
                key=repr(self.key),
                names=names,
                language=repr(language),
            )
        return self.strings[language]


@cache
def edition(key: str) -> Edition:
    """The edition for addressee ``key`` (``resources/export/editions/<key>.json``)."""
    name = f"editions/{key}.json"
    data = _load_json(name)
    sections = tuple(data.get("sections", ()))
    unknown = [x for x in sections if x not in SECTIONS]
    if unknown or not sections:
        raise ExportConfigError(
            "The export edition {name} names no sections or unknown ones "
            "({unknown}); sections are: {sections}.",
            name=name,
            unknown=", ".join(unknown) or "none given",
            sections=", ".join(SECTIONS),
        )
    strings = data.get("strings")
    if not isinstance(strings, dict) or not strings:
        raise ExportConfigError("The export edition {name} has no texts ('strings').", name=name)
    keys = [set(v) for v in strings.values()]
    if any(k != keys[0] for k in keys):
        raise ExportConfigError(
            "The languages of the export edition {name} do not have the same texts; "
            "give every language every key.",
            name=name,
        )
    return Edition(key, sections, tuple(strings), {k: dict(v) for k, v in strings.items()})


@dataclass(frozen=True)
class Addressee:
    key: str
    lines: tuple[str, ...]
    short: str
    jurisdiction: str  # what a witness's consent must name, e.g. "DE", "ICC"
    national_law: str | None  # whose national provisions are cited, e.g. "DE"
    language: str


def addressees() -> dict[str, Addressee]:
    data = _load_json("addressees.json").get("addressees", {})
    out = {}
    for key, entry in data.items():
        out[key] = Addressee(
            key=key,
            lines=tuple(entry["lines"]),
            short=entry.get("short") or entry["lines"][0],
            jurisdiction=str(entry["jurisdiction"]).upper(),
            national_law=entry.get("national_law"),
            language=entry.get("language", "en"),
        )
    return out


def addressee(key: str) -> Addressee:
    known = addressees()
    if key not in known:
        raise CasebookError(
            "There is no addressee {key}. Choose one of: {known} (they are listed in "
            "resources/export/addressees.json).",
            key=repr(key),
            known=", ".join(sorted(known)),
        )
    return known[key]
