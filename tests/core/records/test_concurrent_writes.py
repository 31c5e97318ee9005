"""A worker thread recording an intake while the window saves: neither fails."""

from __future__ import annotations

import threading

from PIL import Image
from sqlalchemy import select

from casebook.core.models import Case, EvidenceItem
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import record_stored


def test_write_session_waits_for_another_writer_instead_of_failing(book, tmp_path):
    with book.session() as s:
        add_case(s, "Concurrent", "CW-1")
        s.commit()
    photo = tmp_path / "p.png"
    Image.new("RGB", (10, 10), "red").save(photo)
    stored = book.vault.store_file(photo)

    window = book.session().__enter__()  # the window: reads, then keeps its transaction
    case = window.scalar(select(Case))
    case.summary = "edited in the window"
    window.flush()  # holds the write lock until it commits

    errors: list[BaseException] = []
    done = threading.Event()

    def worker() -> None:
        try:
            with book.session(write=True) as s:
                record_stored(book, s, s.get(Case, case.id), stored, "p.png")
                s.commit()
        except BaseException as exc:
            errors.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    assert not done.wait(0.5)  # the worker waits for the window's write lock...
    window.commit()
    window.close()
    thread.join(15)
    assert done.is_set() and errors == []  # ...and then succeeds
    with book.session() as s:
        assert s.scalar(select(Case)).summary == "edited in the window"
        assert s.scalar(select(EvidenceItem)).title == "p.png"
