"""A realistic case for the analysis and interchange tests: northern Rakhine, 2017.

Three witnesses (one speaking Burmese, two English), two alleged perpetrators (a battalion
commander charged under 28(a), a soldier under 25(3)(a)), photos and a government press
release as evidence, three incidents. Three charges: deportation 7(1)(d) resting on two
incidents, murder 7(1)(a) resting on all material, persecution 7(1)(h) resting on one.

The tags are chosen so that each status appears, and so that a tag that would change a
status if it were wrongly counted sits just outside each scoping rule (a perpetrator not
charged, an incident not linked).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from casebook.core.analysis import add_charge, add_tag
from casebook.core.records import cases, persons, testimonies
from casebook.core.records.evidence import take_in
from casebook.core.records.records import add_incident
from casebook.core.records.testimonies import ConsentTerms
from casebook.core.store.casebook import Casebook

REFERENCE = "MM-2017-NR-001"

BURMESE = [
    "စစ်တပ်က ကျွန်မတို့ရွာကို ဝင်လာပြီး အားလုံးကို ဘင်္ဂလားဒေ့ရှ်ဘက် ထွက်သွားခိုင်းတယ်။",
    "ရွာတွေ အများကြီး တစ်ပြိုင်နက် မီးရှို့ခံရတယ်။",
    "ဗိုလ်မှူးက စစ်သားတွေကို အမိန့်ပေးနေတာ ကျွန်မ ကိုယ်တိုင်မြင်ခဲ့တယ်။",
    "မြစ်ကမ်းမှာ ယောက်ျားတွေကို ပစ်သတ်ခဲ့တယ်။",
]
ENGLISH = [
    "Soldiers surrounded the village at dawn and fired at people running to the hills.",
    "Our family had lived in the village for three generations; the soldiers checked our "
    "household list before they told us to go.",
    "An officer shouted that the operation covered every village, but later said he did not "
    "know what the other units were doing.",
    "They called us names and said that people of our faith had to leave the country.",
]
OTHER_VILLAGE = [
    "The whole of the next village was burned on the same morning.",
    "I saw a soldier shoot my neighbour.",
]


@dataclass
class RakhineCase:
    """Ids of everything the tests look at (records are reloaded in each session)."""

    book: Casebook
    case_id: str
    w1: str
    w2: str
    w3: str
    victim: str
    commander: str  # P-001, charged under 28(a)
    soldier: str  # P-002, charged under 25(3)(a)-direct
    t1: list[str]  # segment ids, Burmese statement of W-001
    t2: list[str]  # segment ids, English statement of W-002
    t3: list[str]  # segment ids, statement of W-003 about the other village
    t1_id: str
    photo: str
    photo_other: str
    press_release: str
    village_a: str  # incident: clearance of village A (t1, t2, photo, press release)
    river: str  # incident: killings at the river bank (t1)
    village_b: str  # incident: burning of village B (t3, photo_other)
    deportation: str  # charge 7(1)(d), incidents village_a + river
    murder: str  # charge 7(1)(a), no incidents
    persecution: str  # charge 7(1)(h), incident village_a


def _jpeg(path: Path, colour: str) -> Path:
    Image.new("RGB", (32, 24), colour).save(path, "JPEG")
    return path


def build_rakhine_case(book: Casebook, folder: Path) -> RakhineCase:
    folder.mkdir(parents=True, exist_ok=True)
    photo_file = _jpeg(folder / "village-a-burned.jpg", "grey")
    other_file = _jpeg(folder / "village-b-burned.jpg", "black")
    release_file = folder / "press-release.txt"
    release_file.write_text(
        "The security forces carried out lawful operations against illegal immigrants.",
        encoding="utf-8",
    )
    consent = ConsentTerms(legal_proceedings=True, jurisdictions=["DE", "ICC"])
    with book.session() as s:
        case = cases.add_case(
            s,
            "Clearance operations in northern Rakhine State, August-September 2017",
            REFERENCE,
            situation="Myanmar / Bangladesh, 2017",
        )
        w1 = persons.add_person(s, case, ["witness", "survivor"], sex_gender="f")
        w2 = persons.add_person(s, case, ["witness"])
        w3 = persons.add_person(s, case, ["witness"])
        victim = persons.add_person(s, case, ["victim"])
        commander = persons.add_person(
            s, case, ["alleged_perpetrator"], rank="Lieutenant Colonel", unit="Battalion 999"
        )
        soldier = persons.add_person(s, case, ["alleged_perpetrator"], rank="Private")
        t1 = testimonies.add_testimony(
            s, case, BURMESE, witness=w1, language="my", taken_on="2017-10-02", consent=consent
        )
        t2 = testimonies.add_testimony(
            s, case, ENGLISH, witness=w2, language="en", taken_on="2017-10-03", consent=consent
        )
        t3 = testimonies.add_testimony(
            s, case, OTHER_VILLAGE, witness=w3, language="en", taken_on="2017-10-04"
        )
        photo = take_in(book, s, case, photo_file, title="Burned houses, village A").item
        photo_other = take_in(book, s, case, other_file, title="Burned houses, village B").item
        release = take_in(
            book, s, case, release_file, title="Government press release", kind="document"
        ).item
        village_a = add_incident(
            s, case, "Clearance of village A", date_precision="exact", date_start="2017-08-27"
        )
        village_a.testimonies.extend([t1, t2])
        village_a.evidence.extend([photo, release])
        river = add_incident(s, case, "Killings at the river bank", date_start="2017-08-27")
        river.testimonies.append(t1)
        village_b = add_incident(s, case, "Burning of village B", date_start="2017-08-27")
        village_b.testimonies.append(t3)
        village_b.evidence.append(photo_other)
        s.flush()
        deportation = add_charge(
            s,
            case,
            "7(1)(d)",
            national="DE:§7(1)(nr4)",
            perpetrators=[(commander.id, "28(a)"), (soldier.id, "25(3)(a)-direct")],
            incident_ids=[village_a.id, river.id],
        )
        murder = add_charge(s, case, "7(1)(a)", perpetrators=[(soldier.id, "25(3)(a)-direct")])
        persecution = add_charge(
            s, case, "7(1)(h)", perpetrators=[(commander.id, "28(a)")], incident_ids=[village_a.id]
        )
        p1, p2, p3 = ([seg.id for seg in t.segments] for t in (t1, t2, t3))

        def tag(element: str, support: str, grade: str, **kw: object) -> None:
            add_tag(s, case, element, support, reliability=grade[0], credibility=grade[1], **kw)

        # Context: the attack (cah_attack/1) and knowledge of it (cah_attack/2).
        tag("cah_attack/1", "direct", "B2", segment_id=p1[1])
        tag("7(1)(d)/4", "contradicting", "E5", evidence_id=release.id)  # stored as cah_attack/1
        tag("cah_attack/1", "direct", "A1", segment_id=p3[0])  # village B: not in 7(1)(d)
        tag("cah_attack/2", "corroborating", "C3", segment_id=p2[2])
        tag("cah_attack/2", "contradicting", "C3", segment_id=p2[2])  # the same passage: conflict
        # Deportation.
        tag("7(1)(d)/1", "direct", "B2", segment_id=p1[0], char_range=(0, 21))  # whole clusters
        tag("7(1)(d)/1", "corroborating", "C3", evidence_id=photo.id)
        tag("7(1)(d)/2", "contradicting", "E5", evidence_id=release.id)
        tag("7(1)(d)/3", "circumstantial", "D4", segment_id=p2[1])
        tag("7(1)(d)/3", "direct", "A1", segment_id=p3[1])  # village B: not in 7(1)(d)
        # Murder.
        tag("7(1)(a)/1", "direct", "B1", segment_id=p1[3], perpetrator_id=commander.id)
        tag("7(1)(a)/1", "direct", "E5", segment_id=p3[1])
        # Persecution.
        tag("7(1)(h)/1", "direct", "C2", incident_id=village_a.id)
        tag("7(1)(h)/3", "direct", "B2", segment_id=p2[3])
        # Liability.
        tag("28(a)/1", "direct", "B2", segment_id=p1[2], perpetrator_id=commander.id)
        tag("28(a)/2", "direct", "B2", segment_id=p2[0], perpetrator_id=soldier.id)
        tag("28(a)/4", "circumstantial", "B2", evidence_id=photo_other.id)  # village B
        tag("25(3)(a)-direct/1", "direct", "A2", segment_id=p2[0], perpetrator_id=soldier.id)
        s.commit()
        return RakhineCase(
            book=book,
            case_id=case.id,
            w1=w1.id,
            w2=w2.id,
            w3=w3.id,
            victim=victim.id,
            commander=commander.id,
            soldier=soldier.id,
            t1=p1,
            t2=p2,
            t3=p3,
            t1_id=t1.id,
            photo=photo.id,
            photo_other=photo_other.id,
            press_release=release.id,
            village_a=village_a.id,
            river=river.id,
            village_b=village_b.id,
            deportation=deportation.id,
            murder=murder.id,
            persecution=persecution.id,
        )


@pytest.fixture
def rakhine(book: Casebook, tmp_path: Path) -> RakhineCase:
    return build_rakhine_case(book, tmp_path / "source")
