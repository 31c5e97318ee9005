"""What an item's provenance records say, in words, for the evidence view.

The records themselves are read once at intake (``content_credentials`` for C2PA manifests,
``proofmode`` for ProofMode bundles) and kept in the item's extracted metadata; this only
turns them into labelled lines, so every screen says the same thing.
"""

from __future__ import annotations

from typing import Any

from . import proofmode
from .content_credentials import describe


def provenance_rows(metadata: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, text) lines for the provenance records in ``metadata``; none if there are none."""
    rows: list[tuple[str, str]] = []
    credentials = metadata.get("content_credentials")
    line = describe(credentials) if isinstance(credentials, dict) else None
    if line:
        rows.append(("Content credentials", line))
        for key, label in (
            ("claim_generator", "Made with (C2PA)"),
            ("capture_time", "Captured (C2PA)"),
            ("location", "Place (C2PA)"),
        ):
            if credentials.get(key):
                rows.append((label, str(credentials[key])))
        actions = credentials.get("actions") or []
        if actions:
            rows.append(("Actions (C2PA)", ", ".join(_action_text(a) for a in actions)))
    rows += proofmode.describe(metadata.get("proofmode"))
    return rows


def _action_text(action: dict[str, Any]) -> str:
    text = str(action.get("action", "")).removeprefix("c2pa.")
    extra = [str(action[k]) for k in ("when", "software") if action.get(k)]
    return f"{text} ({', '.join(extra)})" if extra else text
