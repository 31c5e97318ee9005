"""Alembic environment: Casebook always hands in an open connection to its encrypted DB."""

from __future__ import annotations

from alembic import context

from casebook.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded so a bare `alembic upgrade` fails clearly
    raise RuntimeError(
        "Casebook migrations run only through casebook.core.store.migrate, which opens the "
        "encrypted database with its key."
    )


def _include(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """The FTS5 indexes and their shadow tables, and the evidence counts and texts they
    derive from the items, are made by hand (revisions 0001, 0010, 0011)."""
    return not (
        type_ == "table"
        and name is not None
        and name.startswith(
            ("search_index", "evidence_filter", "evidence_counts", "evidence_texts")
        )
    )


context.configure(
    include_object=_include,
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
