"""An incident's citations in the statement of facts: what they name, and in which order.

``reference`` is the old way written out (a scan of every exhibit, statement and tag per
incident), independent of the builder's lookups, which it must answer exactly as.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from casebook.core.export.complaint_pdf import ComplaintBuilder
from casebook.core.export.plan import ExportRequest, plan_export
from casebook.core.models import Incident, Testimony
from casebook.core.records.testimonies import new_version

from .conftest import CaseFixture


def reference(builder: ComplaintBuilder, incident: Any) -> list[str]:
    plan, s = builder.plan, builder.s
    lineages = [v.lineage_id for v in incident.evidence]
    cites = [s("exhibit_cite", n=plan.exhibit_number(e)) for e in plan.exhibits
             if e.lineage_id in lineages]  # fmt: skip
    tagged = [t.segment_id for t in plan.tags if t.segment_id]
    for testimony in incident.testimonies:
        matching = [st for st in plan.statements
                    if st.testimony.lineage_id == testimony.lineage_id]  # fmt: skip
        if not matching:
            continue
        statement = matching[0]
        segments = [seg for seg in statement.testimony.segments if seg.id in tagged]
        if segments:
            cites += [statement.cite(seg, s) for seg in segments]
        else:
            cites.append(statement.who)
    return sorted(set(cites), key=cites.index)


def cites_of_each_incident(fx: CaseFixture) -> dict[str, tuple[list[str], list[str]]]:
    with fx.book.session() as session:
        plan = plan_export(session, ExportRequest(fx.reference))
        builder = ComplaintBuilder(session, plan, [], datetime.now(UTC), "Exporter")
        return {
            incident.title: (builder.incident_cites(incident), reference(builder, incident))
            for incident in plan.incidents
        }


def test_each_incident_cites_its_exhibits_then_its_statements_once_in_order(case_fixture):
    found = cites_of_each_incident(case_fixture)
    for title, (cites, expected) in found.items():
        assert cites == expected, title
        assert len(cites) == len(set(cites)), title
    burning, _ = found["Burning of Ban Nakham"]
    # Two exhibits, then W-001's tagged passages (the withdrawn W-003 is not in the plan).
    assert burning == ["Exhibit 2", "Exhibit 3", "W-001 para. 1", "W-001 para. 3"]
    departure, _ = found["Forced departure towards the border"]
    assert "W-005" in departure or "W-005 para. 1" in departure, departure
    assert found["Detentions at the checkpoint"][0] == []


def test_an_incident_linked_to_an_older_version_cites_the_current_statement(case_fixture):
    with case_fixture.book.session() as session:
        incident = session.scalars(
            select(Incident).where(Incident.title.startswith("Forced"))
        ).one()
        old = incident.testimonies[0]  # W-002's statement
        new_version(session, old)  # the incident keeps its link to the old version
        session.commit()
        assert session.scalar(select(Testimony).where(Testimony.supersedes_id == old.id))
    found = cites_of_each_incident(case_fixture)
    cites, expected = found["Forced departure towards the border"]
    assert cites == expected
    assert any(c.startswith("W-002") for c in cites), cites
