"""A realistic case built through the core services, for the export tests.

Witnesses speak Lao, Burmese and Arabic; one withdrew consent, one consented to the ICC
only; one passage is marked for redaction; an incident description names a witness by
real name (the export must print the pseudonym). Exhibits are a JPEG photo, a two-page
PDF and a WAV recording.
"""

from __future__ import annotations

import io
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from casebook.core.analysis import add_charge, add_tag
from casebook.core.records import cases, persons, testimonies
from casebook.core.records.evidence import take_in
from casebook.core.records.records import add_incident
from casebook.core.records.testimonies import ConsentTerms
from casebook.core.store.casebook import Casebook

REFERENCE = "LA-MM-2017-004"

# Real names: must never reach an export's text layer.
REAL_NAMES = [
    "Somchai Vongsavath",
    "Aung Myint Thu",
    "Noor Begum",
    "Daw Khin Hla",
    "Farida Rahman",
    "Min Khaing Zaw",
]

LAO = [
    "ທະຫານໄດ້ມາຮອດບ້ານຂອງພວກເຮົາໃນຕອນເຊົ້າ ແລະ ຈູດເຮືອນຫຼາຍຫຼັງ.",
    "ພວກເຂົາບອກວ່າ ທຸກຄົນຕ້ອງອອກຈາກບ້ານທັນທີ.",
    "REDACTME-LOCATION ຂ້ອຍໄດ້ລີ້ຢູ່ໃນເຮືອນຂອງນ້າສາວ ທີ່ບ້ານນາຄຳ.",
    "ພວກເຮົາຍ່າງໄປຮອດຊາຍແດນໃນສາມມື້.",
]
BURMESE = [
    "စစ်သားများသည် နံနက်ခင်းတွင် ကျွန်ုပ်တို့ရွာသို့ ရောက်လာပြီး အိမ်များကို မီးရှို့ခဲ့သည်။",
    "ဗိုလ်မှူးကြီးက ရွာသားအားလုံးကို ကမ္ဘာ့နယ်စပ်ဘက်သို့ ထွက်ခွာရန် အမိန့်ပေးခဲ့သည်။",
    "ကျွန်ုပ်တို့သည် မင်္ဂလာဒုံ သတ္တဝါ လမ်းတစ်လျှောက် သုံးရက်ကြာ လမ်းလျှောက်ခဲ့ရသည်။",
]
ARABIC = [
    "جاء الجنود إلى قريتنا في الصباح وأحرقوا البيوت.",
    "قال الضابط إن على الجميع مغادرة القرية فورا.",
]
WITHDRAWN_TOKEN = "WITHDRAWN-TESTIMONY-TOKEN"
ICC_ONLY_TOKEN = "ICC-ONLY-TESTIMONY-TOKEN"


@dataclass
class CaseFixture:
    book: Casebook
    reference: str
    charge_id: str
    folder: Path
    photo_sha256: str
    pdf_sha256: str
    wav_sha256: str


def make_jpeg(path: Path, label: str, size: tuple[int, int] = (640, 420)) -> Path:
    image = Image.new("RGB", size, (120, 140, 160))
    draw = ImageDraw.Draw(image)
    draw.rectangle([40, 60, size[0] - 40, size[1] - 60], outline=(250, 240, 200), width=6)
    draw.text((60, 80), label, fill=(255, 255, 255))
    image.save(path, "JPEG", quality=80)
    return path


def make_pdf(path: Path, label: str, pages: int = 2) -> Path:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 760, f"{label} page {page}")
        canvas.rect(60, 60, 470, 680)
        canvas.showPage()
    canvas.save()
    path.write_bytes(buffer.getvalue())
    return path


def make_wav(path: Path, seconds: float = 0.5) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        frames = int(8000 * seconds)
        out.writeframes(b"".join(struct.pack("<h", (i * 37) % 2000) for i in range(frames)))
    return path


def build_case(book: Casebook, source: Path) -> CaseFixture:
    source.mkdir(parents=True, exist_ok=True)
    photo = make_jpeg(source / "burned-houses.jpg", "Ban Nakham, burned houses")
    register = make_pdf(source / "village-register.pdf", "Village register")
    audio = make_wav(source / "interview-extract.wav")
    with book.session() as session:
        case = cases.add_case(
            session,
            "Forced displacement from Ban Nakham and neighbouring villages",
            REFERENCE,
            situation="Myanmar/Laos border, 2017",
        )
        w1 = persons.add_person(
            session,
            case,
            ["witness", "survivor"],
            identity={"full_name": REAL_NAMES[0], "contact": "+856 20 555 0101"},
        )
        w2 = persons.add_person(session, case, ["witness"], identity={"full_name": REAL_NAMES[1]})
        w3 = persons.add_person(session, case, ["witness"], identity={"full_name": REAL_NAMES[2]})
        w4 = persons.add_person(session, case, ["witness"], identity={"full_name": REAL_NAMES[3]})
        w5 = persons.add_person(session, case, ["witness"], identity={"full_name": REAL_NAMES[4]})
        perp = persons.add_person(
            session,
            case,
            ["alleged_perpetrator"],
            identity={"full_name": REAL_NAMES[5]},
            rank="Colonel",
            unit="33rd Light Infantry Division",
        )
        full = ConsentTerms(
            legal_proceedings=True, jurisdictions=["DE", "ICC"], given_on="2018-01-10"
        )
        t1 = testimonies.add_testimony(
            session,
            case,
            LAO,
            witness=w1,
            language="lo",
            taken_on="2018-01-10",
            place="Camp 4",
            consent=full,
        )
        t2 = testimonies.add_testimony(
            session,
            case,
            BURMESE,
            witness=w2,
            language="my",
            taken_on="2018-02-03",
            consent=ConsentTerms(legal_proceedings=True, jurisdictions=["DE"]),
        )
        t3 = testimonies.add_testimony(
            session,
            case,
            [f"{WITHDRAWN_TOKEN} They took my brother away."],
            witness=w3,
            language="en",
            taken_on="2018-02-04",
            consent=ConsentTerms(legal_proceedings=True, jurisdictions=["DE"]),
        )
        assert t3.consent is not None
        testimonies.withdraw_consent(t3.consent, "2019-05-01", "fears for family")
        t4 = testimonies.add_testimony(
            session,
            case,
            [f"{ICC_ONLY_TOKEN} The soldiers had a list of names."],
            witness=w4,
            language="en",
            taken_on="2018-02-05",
            consent=ConsentTerms(legal_proceedings=True, jurisdictions=["ICC"]),
        )
        t5 = testimonies.add_testimony(
            session, case, ARABIC, witness=w5, language="ar", taken_on="2018-03-01", consent=full
        )
        t1.segments[2].redact = True

        photo_item = take_in(
            book,
            session,
            case,
            photo,
            title="Burned houses in Ban Nakham",
            source="W-001 (own phone)",
            collected_at="2017-08-28",
        ).item
        pdf_item = take_in(
            book,
            session,
            case,
            register,
            title="Village register",
            source="Village head",
            collected_at="2018-01",
        ).item
        wav_item = take_in(
            book, session, case, audio, title="Interview extract", source="Field team"
        ).item

        i1 = add_incident(
            session,
            case,
            "Burning of Ban Nakham",
            description=f"Soldiers entered the village and set houses on fire. {REAL_NAMES[0]} "
            "saw the houses burn from the edge of the forest.",
            date_precision="range",
            date_start="2017-08-25",
            date_end="2017-08-27",
            place_name="ບ້ານນາຄຳ (Ban Nakham)",
        )
        i1.testimonies.extend([t1, t3])
        i1.evidence.extend([photo_item, wav_item])
        i1.persons.append(w1)
        i2 = add_incident(
            session,
            case,
            "Forced departure towards the border",
            description="The inhabitants were ordered to leave and walked for three days.",
            date_precision="approximate",
            date_start="2017-08",
        )
        i2.testimonies.extend([t2, t4, t5])
        i2.evidence.append(pdf_item)
        i3 = add_incident(
            session,
            case,
            "Detentions at the checkpoint",
            description="Men were held at the checkpoint.",
            date_precision="year",
            date_start="2017",
        )
        charge = add_charge(
            session,
            case,
            "7(1)(d)",
            national="DE:§7(1)(nr4)",
            perpetrators=[(perp.id, "25(3)(b)-ordering")],
            incident_ids=[i1.id, i2.id, i3.id],
        )

        def tag(element: str, support: str = "direct", grade: str = "B2", **target: str) -> None:
            add_tag(
                session,
                case,
                element,
                support,
                reliability=grade[0],
                credibility=grade[1],
                **target,
            )

        tag("7(1)(d)/1", segment_id=t1.segments[0].id)
        tag("7(1)(d)/1", "corroborating", segment_id=t2.segments[0].id)
        tag("7(1)(d)/1", segment_id=t1.segments[2].id)  # the redacted passage
        tag("7(1)(d)/1", evidence_id=photo_item.id)
        tag("7(1)(d)/2", evidence_id=pdf_item.id)
        tag("7(1)(d)/2", segment_id=t3.segments[0].id)  # withdrawn: left out
        tag("7(1)(d)/2", segment_id=t5.segments[0].id)
        tag("7(1)(d)/3", "contradicting", evidence_id=wav_item.id)
        tag("7(1)(d)/4", "circumstantial", grade="D4", incident_id=i1.id)
        tag("25(3)(b)-ordering/1", segment_id=t2.segments[1].id, perpetrator_id=perp.id)
        session.commit()
        return CaseFixture(
            book,
            REFERENCE,
            charge.id,
            source,
            photo_item.sha256 or "",
            pdf_item.sha256 or "",
            wav_item.sha256 or "",
        )


@pytest.fixture
def case_fixture(book: Casebook, tmp_path: Path) -> CaseFixture:
    return build_case(book, tmp_path / "source-files")
