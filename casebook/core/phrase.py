"""Sentences the core writes for people, kept as an English template and its fields.

The core imports no Qt, so it cannot translate; the interface can, if it gets the template
rather than the finished sentence. A ``Phrase`` is that template (``{name}`` fields, English,
written as a string literal at the place it is made) and the values to fill in. ``str()`` gives
the English sentence for the command line and logs; the GUI looks the template up in its
catalogues under the context ``CORE_CONTEXT`` and fills in the translated template.

scripts/update-translations finds every template by reading the core's source: the first
argument of ``Phrase(...)``/``phrase(...)`` and of a ``CasebookError`` raised or constructed
with a literal. A template built at run time (an f-string) cannot be found and stays English:
write the literal with fields instead. No plural forms: write "Exhibits: {count}", not
"{count} exhibit(s)".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

CORE_CONTEXT = "Casebook"
"""The catalogue context of every core template (one context, so one wording per sentence)."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """An English template with ``{name}`` fields, and the values for them.

    A value may itself be a ``Phrase`` (a status word inside a sentence): it is filled first.
    """

    template: str
    fields: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill(self.template, self.fields, str)

    def filled(self, **fields: Any) -> Phrase:
        """This template with these values (a template kept in a table, filled where used)."""
        return Phrase(self.template, fields)


def phrase(template: str, /, **fields: Any) -> Phrase:
    """``Phrase(template, fields)`` written the short way: ``phrase("Pages: {n}", n=3)``."""
    return Phrase(template, fields)


def fill(template: str, fields: Mapping[str, Any], render: Any) -> str:
    """``template`` with each field replaced by ``render(value)``; no fields, no formatting.

    ``render`` turns a value into text (``str`` for English; the GUI's translator for
    phrases and its locale for numbers). A template without fields is returned as it is, so a
    message that happens to contain braces is never mangled.
    """
    if not fields:
        return template
    return template.format_map({name: render(value) for name, value in fields.items()})
