"""Fixed texts of exported documents, from translatable templates in ``resources/export/``.

Every heading and sentence a prosecutor reads comes from ``strings.<language>.json``, so a
new language is a new file, not a code change. Addressees come from ``addressees.json``.
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
            f"The export template {name} is missing from this installation; reinstall Casebook."
        ) from None
    except json.JSONDecodeError as exc:
        raise ExportConfigError(
            f"The export template {name} is not valid JSON (line {exc.lineno}); restore it "
            "from the Casebook installation."
        ) from None
    if not isinstance(data, dict):
        raise ExportConfigError(f"The export template {name} does not hold a JSON object.")
    return data


class Strings:
    """The texts of one language; ``strings("key", name=value)`` fills the placeholders."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ExportConfigError(
                f"Documents can be exported in {', '.join(LANGUAGES)}; {language!r} is not "
                "one of them."
            )
        self.language = language
        self._texts = _load_json(f"strings.{language}.json")
        missing = set(_load_json("strings.en.json")) - set(self._texts)
        if missing:
            raise ExportConfigError(
                f"The {language} export texts lack {len(missing)} entries (for example "
                f"{sorted(missing)[0]!r}); complete strings.{language}.json."
            )

    def __call__(self, key: str, **values: Any) -> str:
        template = self._texts.get(key)
        if not isinstance(template, str):
            raise ExportConfigError(f"The export text {key!r} is missing or not a text.")
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
            f"There is no addressee {key!r}. Choose one of: {', '.join(sorted(known))} "
            "(they are listed in resources/export/addressees.json)."
        )
    return known[key]
