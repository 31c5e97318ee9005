"""The navigator's Evidence section shows the case's number of items, read from
``evidence_counts`` (kept by triggers) instead of counting the items at every rebuild."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from casebook.core.models import EvidenceItem
from casebook.core.store.casebook import Casebook
from casebook.gui.records.navigator_model import NavigatorModel
from casebook.gui.shared.workspace import Workspace

from .test_evidence_table import fill


def evidence_label(model: NavigatorModel, case_id: str) -> str:
    index = model.find("section:evidence", "", case_id)
    assert index.isValid()
    return index.data()


def test_the_evidence_section_counts_items_added_and_removed(qtbot, tmp_path) -> None:
    book, _ = Casebook.create(tmp_path / "nav", "a long passphrase here")
    case_id = fill(book, 1200)
    workspace = Workspace(book)
    model = NavigatorModel()
    model.rebuild(workspace)
    assert evidence_label(model, case_id) == "Evidence (1200)"
    assert workspace.evidence_count(case_id) == 1200
    assert workspace.evidence_count(case_id, "photo-011") == 100  # filtered: counted
    session = workspace.session
    nines = select(func.count()).where(EvidenceItem.title.like("%9%"))
    assert workspace.evidence_count(case_id, "9") == session.scalar(nines) == 309
    session.execute(delete(EvidenceItem).where(EvidenceItem.title.like("photo-000%")))
    session.commit()
    model.rebuild(workspace)
    left = session.scalar(select(func.count()).select_from(EvidenceItem))
    assert left == 1100
    assert evidence_label(model, case_id) == "Evidence (1100)"
    workspace.close()


def test_a_long_section_lists_its_first_rows_and_says_how_many_more(
    qtbot, tmp_path, monkeypatch
) -> None:
    """At 100,000 statements a full tree took seconds and crashed PySide6: rows are capped."""
    from casebook.core.records import cases, persons, records, testimonies
    from casebook.gui.records import navigator_model

    monkeypatch.setattr(navigator_model, "ROW_LIMIT", 3)
    book, _ = Casebook.create(tmp_path / "long", "a long passphrase here")
    with book.session() as session:
        case = cases.add_case(session, "Many statements", "BIG-2")
        for n in range(5):
            witness = persons.add_person(session, case, ["witness"], pseudonym=f"W-{n:03d}")
            testimonies.add_testimony(session, case, [f"Statement {n}"], witness=witness)
        records.add_incident(session, case, "The one incident")
        session.commit()
        case_id = case.id
    workspace = Workspace(book)
    model = NavigatorModel()
    model.rebuild(workspace)
    section = model.find("section:testimonies", "", case_id)
    assert section.data() == "Testimonies (5)"
    rows = [model.index(r, 0, section) for r in range(model.rowCount(section))]
    assert [r.data(navigator_model.KIND_ROLE) for r in rows] == ["testimony"] * 3 + ["more"]
    assert rows[-1].data() == "2 more — use Search to find them"
    assert all("W-00" in r.data() for r in rows[:3])  # witness names of the rows shown
    persons_section = model.find("section:persons", "", case_id)
    assert persons_section.data() == "Persons (5)" and model.rowCount(persons_section) == 4
    incidents = model.find("section:incidents", "", case_id)
    assert incidents.data() == "Incidents (1)" and model.rowCount(incidents) == 1
    workspace.close()


def test_choosing_the_more_row_opens_search(window, monkeypatch) -> None:
    from casebook.core.records import records
    from casebook.gui.records import navigator_model

    monkeypatch.setattr(navigator_model, "ROW_LIMIT", 1)
    workspace = window.workspace
    case = workspace.cases()[0]
    records.add_incident(workspace.session, case, "First")
    records.add_incident(workspace.session, case, "Second")
    workspace.session.commit()
    window._rebuild_navigator()
    model = window.view.model
    more = model.index(1, 0, model.find("section:incidents", "", case.id))
    assert more.data(navigator_model.KIND_ROLE) == "more"
    window.view.tree.setCurrentIndex(more)
    assert window.search_panel is not None and window.search_panel.isVisible()
    window.search_panel.close()
