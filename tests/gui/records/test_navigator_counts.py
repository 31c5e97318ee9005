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
