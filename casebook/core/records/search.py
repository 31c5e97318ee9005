"""Full-text search over the FTS5 trigram index inside the encrypted database.

Trigrams find a word anywhere inside unspaced Lao, Burmese, Thai or Khmer text. Queries
shorter than three characters cannot use trigrams and fall back to a substring scan of
the same index, which is still inside the encrypted database.

Results come in index order, not ranked: a trigram phrase match gives no meaningful
relevance score in unspaced scripts, and ranking would score every match of a common word
before the first result could be shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..text.text_input import clean

KIND_LABELS = {"segment": "testimony passage", "evidence": "evidence", "incident": "incident"}


@dataclass(frozen=True)
class SearchHit:
    kind: str  # segment, evidence, incident
    record_id: str
    case_id: str | None
    snippet: str


def _phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


def search(
    session: Session, query: str, case_id: str | None = None, limit: int = 100
) -> list[SearchHit]:
    terms = clean(query).strip()
    if not terms:
        return []
    if len(terms) >= 3:
        sql = (
            "SELECT kind, record_id, case_id, body "
            "FROM search_index WHERE search_index MATCH :q "
            "AND (:case_id IS NULL OR case_id = :case_id) "
            "LIMIT :limit"
        )
        params: dict[str, object] = {"q": f"body : {_phrase(terms)}"}
    else:
        escaped = terms.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql = (
            "SELECT kind, record_id, case_id, body FROM search_index "
            "WHERE body LIKE :q ESCAPE '\\' AND (:case_id IS NULL OR case_id = :case_id) "
            "LIMIT :limit"
        )
        params = {"q": f"%{escaped}%"}
    params.update({"case_id": case_id, "limit": limit})
    rows = session.execute(text(sql), params).all()
    return [SearchHit(kind, rid, cid, snippet(body, terms)) for kind, rid, cid, body in rows]


def snippet(body: str, terms: str, context: int = 60) -> str:
    """The match with some text either side, marked with [ ]; whole characters, any script.

    FTS5's own snippet() counts trigram tokens, which cuts words in unspaced scripts.
    """
    at = body.casefold().find(terms.casefold())
    if at < 0:
        return body[: context * 2] + ("…" if len(body) > context * 2 else "")
    start, end = max(0, at - context), min(len(body), at + len(terms) + context)
    return (
        ("…" if start else "")
        + body[start:at]
        + "["
        + body[at : at + len(terms)]
        + "]"
        + body[at + len(terms) : end]
        + ("…" if end < len(body) else "")
    )
