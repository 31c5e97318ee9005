"""What travels between casebooks, and merges as one piece: the unit.

A unit is what a person edits as one record: a testimony with its passages and consent, an
incident with its links, an evidence item with the persons it shows, a charge with its
alleged perpetrators. Units merge by id, and a conflict is about a whole unit. Custody
events and review events are units that never change once written.

A unit's content is JSON: ``row`` (the record's columns), ``rows`` (its child records),
``links`` (ids of linked records, sorted) and ``blob`` (the SHA-256 of its attachment, in
place of the casebook-local blob id). Its hash leaves out who last saved it and when, so the
same content has the same hash in every casebook.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ..canonical_json import CURRENT, LEGACY, RFC8785, canonical_json
from ..models import (
    Blob,
)
from ..models.testimony import Sealable
from ..phrase import Phrase, phrase
from .rows import decode_row, encode_row, malformed, strip_bookkeeping

_ID_MAX = 36
_HEX = frozenset("0123456789abcdef")


def is_sha256(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _HEX


def unit_hash(content: dict[str, Any], form: int = CURRENT) -> str:
    """SHA-256 of the unit's canonical content (RFC 8785 unless told) without bookkeeping
    stamps."""
    stripped = {
        "row": strip_bookkeeping(content["row"]),
        "rows": {k: [strip_bookkeeping(r) for r in v] for k, v in content["rows"].items()},
        "links": content["links"],
        "blob": content["blob"],
    }
    return hashlib.sha256(canonical_json(stripped, form)).hexdigest()


def unit_hashes(content: dict[str, Any]) -> frozenset[str]:
    """The content's hash in both canonical forms (one hash unless it holds a fractional
    number or a key beyond U+FFFF). Versions recorded before RFC 8785 — in this casebook's
    history, a peer's, a conflict, a review event's signed ``content_sha256`` — are legacy
    hashes, so whether content is a version already known is asked in both forms."""
    return frozenset({unit_hash(content, RFC8785), unit_hash(content, LEGACY)})


@dataclass
class Decoded:
    """An incoming unit, checked: JSON ``content`` as signed, and Python values to store."""

    kind: str
    id: str
    content: dict[str, Any]
    row: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    links: dict[str, list[str]]
    blob: str | None
    history: list[str] = field(default_factory=list)

    @property
    def hash(self) -> str:
        return unit_hash(self.content)

    @property
    def hashes(self) -> frozenset[str]:
        return unit_hashes(self.content)


class MergeTarget:
    """What a unit needs from the import while it is written (see merge.MergeContext)."""

    session: Session
    case_id: str

    def blob_for(self, sha256: str) -> Blob:  # pragma: no cover - interface
        raise NotImplementedError

    def note(self, message: Phrase) -> None:  # pragma: no cover - interface
        raise NotImplementedError


def assign(obj: object, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)


def restore_stamps(session: Session, obj: object, row: dict[str, Any]) -> None:
    """Keep the sender's "last changed by/at" rather than the importer's.

    The audit hook stamps every flushed record with the acting user; for a merged record
    that would say the importer wrote it. The local audit entry still records the merge.
    """
    table = type(obj).__table__  # type: ignore[attr-defined]
    values = {"updated_at": row["updated_at"], "updated_by": row["updated_by"]}
    session.execute(update(table).where(table.c.id == row["id"]).values(**values))
    for key, value in values.items():
        set_committed_value(obj, key, value)


def _check_id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= _ID_MAX:
        raise malformed(where, "is not a record id")
    return value


class Kind:
    """How one kind of unit is read from the casebook, checked, and written back."""

    name: ClassVar[str]
    model: ClassVar[type]
    children: ClassVar[dict[str, type]] = {}
    link_names: ClassVar[tuple[str, ...]] = ()
    blob_column: ClassVar[str | None] = None
    immutable: ClassVar[bool] = False

    # -- reading -------------------------------------------------------------------------

    def select(self, case_id: str) -> Select[Any]:
        model: Any = self.model
        return select(model).where(model.case_id == case_id).order_by(model.id)

    def child_records(self, obj: Any) -> dict[str, list[Any]]:
        return {}

    def linked_ids(self, obj: Any) -> dict[str, list[str]]:
        return {}

    def blob_sha(self, session: Session, obj: Any) -> str | None:
        if self.blob_column is None:
            return None
        blob_id = getattr(obj, self.blob_column)
        blob = session.get(Blob, blob_id) if blob_id else None
        return blob.sha256 if blob else None

    def content(self, session: Session, obj: Any) -> dict[str, Any]:
        exclude = (self.blob_column,) if self.blob_column else ()
        return {
            "row": encode_row(obj, exclude),
            "rows": {
                name: [encode_row(child) for child in records]
                for name, records in self.child_records(obj).items()
            },
            "links": {name: sorted(ids) for name, ids in self.linked_ids(obj).items()},
            "blob": self.blob_sha(session, obj),
        }

    def case_of(self, session: Session, obj: Any) -> str | None:
        return obj.case_id

    def table_keys(self, content: dict[str, Any]) -> list[tuple[str, str]]:
        """(table, id) of every row in the unit, to pick its audit entries."""
        keys = [(self.model.__tablename__, content["row"]["id"])]  # type: ignore[attr-defined]
        for name, model in self.children.items():
            keys += [(model.__tablename__, r["id"]) for r in content["rows"][name]]  # type: ignore[attr-defined]
        return keys

    def sealed(self, obj: Any) -> bool:
        return isinstance(obj, Sealable) and obj.sealed

    # -- checking ------------------------------------------------------------------------

    def decode(self, data: Any, case_id: str, where: str) -> Decoded:
        if not isinstance(data, dict) or set(data) != {"kind", "id", "history", "content"}:
            raise malformed(where, "is not a unit with kind, id, history and content")
        unit_id = _check_id(data["id"], f"{where}.id")
        history = data["history"]
        if not isinstance(history, list) or len(history) > 100_000:
            raise malformed(f"{where}.history", "is not a list of hashes")
        if not all(is_sha256(h) for h in history):
            raise malformed(f"{where}.history", "holds something other than a SHA-256")
        content = data["content"]
        if not isinstance(content, dict) or set(content) != {"row", "rows", "links", "blob"}:
            raise malformed(f"{where}.content", "does not have row, rows, links and blob")
        exclude = (self.blob_column,) if self.blob_column else ()
        row = decode_row(self.model, content["row"], f"{where}.row", exclude)
        if row["id"] != unit_id:
            raise malformed(f"{where}.row.id", "differs from the unit's id")
        rows = self._decode_children(content["rows"], row, f"{where}.rows")
        links = self._decode_links(content["links"], f"{where}.links")
        blob = content["blob"]
        if blob is not None and (self.blob_column is None or not is_sha256(blob)):
            raise malformed(f"{where}.blob", "is not the SHA-256 of an attachment")
        decoded = Decoded(self.name, unit_id, content, row, rows, links, blob, list(history))
        self.check_case(decoded, case_id, where)
        return decoded

    def check_case(self, unit: Decoded, case_id: str, where: str) -> None:
        if unit.row.get("case_id") != case_id:
            raise malformed(f"{where}.row.case_id", "is not the package's case")

    def _decode_children(
        self, data: Any, parent: dict[str, Any], where: str
    ) -> dict[str, list[dict[str, Any]]]:
        if not isinstance(data, dict) or set(data) != set(self.children):
            raise malformed(where, "does not list this kind's child records")
        out: dict[str, list[dict[str, Any]]] = {}
        for name, model in self.children.items():
            if not isinstance(data[name], list) or len(data[name]) > 1_000_000:
                raise malformed(f"{where}.{name}", "is not a list")
            out[name] = [
                decode_row(model, item, f"{where}.{name}[{i}]") for i, item in enumerate(data[name])
            ]
            ids = [r["id"] for r in out[name]]
            if len(set(ids)) != len(ids):
                raise malformed(f"{where}.{name}", "lists one record twice")
            for i, child in enumerate(out[name]):
                if child[self.parent_key] != parent["id"]:
                    raise malformed(f"{where}.{name}[{i}]", "belongs to another record")
        return out

    parent_key: ClassVar[str] = ""

    def _decode_links(self, data: Any, where: str) -> dict[str, list[str]]:
        if not isinstance(data, dict) or set(data) != set(self.link_names):
            raise malformed(where, "does not list this kind's links")
        out = {}
        for name in self.link_names:
            ids = data[name]
            if (
                not isinstance(ids, list)
                or not all(isinstance(i, str) for i in ids)
                or ids != sorted(set(ids))
            ):
                raise malformed(f"{where}.{name}", "is not a sorted list of distinct ids")
            out[name] = [_check_id(i, f"{where}.{name}") for i in ids]
        return out

    # -- writing -------------------------------------------------------------------------

    def find_local(self, session: Session, unit: Decoded) -> Any:
        return session.get(self.model, unit.id)

    def clash(self, session: Session, unit: Decoded) -> str | None:
        """Why a unit that is new here still cannot simply be added (a conflict), if so."""
        return None

    def apply(self, target: MergeTarget, unit: Decoded, existing: Any) -> Any:
        """Write ``unit`` over ``existing`` (or as a new record); flushes."""
        session = target.session
        obj = existing if existing is not None else self.model()
        assign(obj, unit.row)
        if self.blob_column is not None:
            blob_id = target.blob_for(unit.blob).id if unit.blob else None
            if getattr(obj, self.blob_column) != blob_id:
                setattr(obj, self.blob_column, blob_id)
        if existing is None:
            session.add(obj)
        self.apply_children(target, obj, unit)
        self.apply_links(target, obj, unit)
        session.flush()
        restore_stamps(session, obj, unit.row)
        for name, model in self.children.items():
            for row in unit.rows[name]:
                child = session.get(model, row["id"])
                if child is not None:
                    restore_stamps(session, child, row)
        return obj

    def apply_children(self, target: MergeTarget, obj: Any, unit: Decoded) -> None:
        pass

    def apply_links(self, target: MergeTarget, obj: Any, unit: Decoded) -> None:
        pass


def linked(target: MergeTarget, model: type, ids: Sequence[str], what: str) -> list[Any]:
    """The local records behind ``ids``; each must exist and belong to the package's case."""
    found = []
    for record_id in ids:
        record: Any = target.session.get(model, record_id)
        if record is None or record.case_id != target.case_id:
            raise missing_reference(what)
        found.append(record)
    return found


class Unmergeable(Exception):
    """A unit cannot be written here; ``reason`` is a sentence fragment naming why."""

    def __init__(self, reason: str | Phrase) -> None:
        super().__init__(str(reason))
        self.reason = reason


def missing_reference(what: str) -> Unmergeable:
    return Unmergeable(
        phrase(
            "it refers to {what}, which is neither in the package nor in this case here; "
            "ask the sender for a complete package (without --since-last)",
            what=what,
        )
    )


def set_links(obj: Any, attribute: str, records: list[Any]) -> None:
    current = sorted(r.id for r in getattr(obj, attribute))
    if current != sorted(r.id for r in records):
        setattr(obj, attribute, records)
