"""Case material for the legal-analysis GUI tests, made through the core services.

Imported by the tests by path (pytest runs in importlib mode): a Lao statement, a photo,
an alleged perpetrator, and incidents with each kind of date.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from casebook.core.records import persons, testimonies
from casebook.core.records.evidence import take_in
from casebook.core.records.records import add_incident

LAO = [
    "ທະຫານໄດ້ມາຮອດບ້ານຂອງພວກເຮົາໃນຕອນເຊົ້າ ແລະ ບອກໃຫ້ທຸກຄົນອອກຈາກບ້ານ.",
    "ພວກເຮົາຍ່າງໄປຮອດຊາຍແດນໃນສາມມື້.",
]


@dataclass
class Material:
    case_id: str
    testimony_id: str
    segment_ids: list[str]
    photo_id: str
    perpetrator_id: str
    range_incident_id: str
    exact_incident_id: str
    undated_incident_id: str


def add_material(window, tmp_path: Path) -> Material:
    ws = window.workspace
    session = ws.session
    case = ws.cases()[0]
    witness = persons.add_person(session, case, ["witness"])
    perp = persons.add_person(session, case, ["alleged_perpetrator"], rank="Captain")
    testimony = testimonies.add_testimony(
        session,
        case,
        LAO,
        witness=witness,
        language="lo",
        consent=testimonies.ConsentTerms(legal_proceedings=True, jurisdictions=["DE"]),
    )
    photo = tmp_path / "burned-houses.jpg"
    Image.new("RGB", (64, 48), (120, 80, 60)).save(photo)
    item = take_in(ws.book, session, case, photo, title="Burned houses").item
    ranged = add_incident(
        session,
        case,
        "Expulsion from Ban Nakham",
        date_precision="range",
        date_start="2017-08-25",
        date_end="2017-08-27",
        place_name="ບ້ານນາຄຳ",
        admin_area="Xiangkhouang",
        latitude=19.45,
        longitude=103.2,
    )
    ranged.coordinate_precision_m = 500.0
    exact = add_incident(
        session, case, "Checkpoint shooting", date_precision="exact", date_start="2017-09-02"
    )
    undated = add_incident(session, case, "Looting of the market", date_precision="unknown")
    session.commit()
    ws.refresh()
    return Material(
        case.id,
        testimony.id,
        [s.id for s in testimony.segments],
        item.id,
        perp.id,
        ranged.id,
        exact.id,
        undated.id,
    )
