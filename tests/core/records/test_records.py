"""Linking material to incidents, which charges resting on incidents count."""

from __future__ import annotations

import pytest

from casebook.core.errors import ValidationError
from casebook.core.records.cases import add_case
from casebook.core.records.persons import add_person
from casebook.core.records.records import add_incident, set_incident_link
from casebook.core.records.testimonies import add_testimony


def test_link_and_unlink_material_of_the_same_case(book):
    with book.session() as s:
        case = add_case(s, "Links", "LK-1")
        other = add_case(s, "Other", "LK-2")
        incident = add_incident(s, case, "Shelling of the market")
        witness = add_person(s, case, ["witness"])
        testimony = add_testimony(s, case, ["ຂ້ອຍເຫັນ"], witness=witness)
        stranger = add_person(s, other, ["witness"])
        set_incident_link(s, incident, "person", witness.id, True)
        set_incident_link(s, incident, "testimony", testimony.id, True)
        set_incident_link(s, incident, "testimony", testimony.id, True)  # twice: still once
        s.commit()
        assert incident.persons == [witness] and incident.testimonies == [testimony]
        set_incident_link(s, incident, "person", witness.id, False)
        s.commit()
        assert incident.persons == []
        with pytest.raises(ValidationError, match="not part of this incident's case"):
            set_incident_link(s, incident, "person", stranger.id, True)
        with pytest.raises(ValidationError, match="can be linked"):
            set_incident_link(s, incident, "case", case.id, True)
