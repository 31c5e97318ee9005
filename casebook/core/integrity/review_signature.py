"""What a review event's signature covers: one definition for the exchange, where review
events are made and checked, and the JSON interchange, which carries and checks them."""

from __future__ import annotations

from typing import Any

from ..models import ReviewEvent


def review_payload(event: ReviewEvent) -> dict[str, Any]:
    """Signed as ``cj`` of this (docs/interchange-format.md, review events)."""
    return {
        "kind": "casebook review event",
        "id": event.id,
        "case_id": event.case_id,
        "target_kind": event.target_kind,
        "target_id": event.target_id,
        "status": event.status,
        "comment": event.comment,
        "actor_id": event.actor_id,
        "at": event.at.isoformat(),
        "content_sha256": event.content_sha256,
    }
