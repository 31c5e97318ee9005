"""Grab the statement editor with tagged words highlighted (issue 15, item 1).

Run from the repository root:
    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make_41-tag-highlights.py
Writes 41-tag-highlights.png: a Lao statement and a Burmese one (two windows side by side),
tagged words tinted, a whole-paragraph tag dotted, a tag whose words were edited away
underlined with a wave and marked "needs review" in the tag list; the tooltip Qt shows on
hovering the tagged Lao words is grabbed from its own window and placed where Qt shows it
(an offscreen grab of the main window does not include tooltip windows).
Also writes 41-search-lands.png: a search for Burmese words, its results naming witness,
statement and paragraph, beside the statement opened from the first result with the
matched words marked.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QToolTip

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import OUT, PASSPHRASE, pump, save_pair

from casebook.core.analysis import add_charge, add_tag
from casebook.core.records import cases, persons, testimonies
from casebook.core.records.records import add_incident, set_incident_link
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams
from casebook.gui.main_window import MainWindow
from casebook.gui.shared.preferences import Preferences
from casebook.gui.tagging.passage_highlights import PassageHighlights, utf16

LAO = [
    "ທະຫານເຂົ້າມາໃນບ້ານຕອນເຊົ້າ. ພວກເຂົາໄດ້ຈູດເຮືອນ ແລະ ຍິງໃສ່ຜູ້ທີ່ແລ່ນໜີ.",
    "ນາຍບ້ານຖືກພາໄປ ແລະ ບໍ່ໄດ້ກັບມາອີກ.",
    "ພວກເຮົາໄດ້ແລ່ນໄປຫາແມ່ນ້ຳ.",
]
MY = [
    "စစ်သားများက ရွာကို မီးရှို့ခဲ့သည်။ လူအများ ထွက်ပြေးခဲ့ကြသည်။",
    "လူသုံးဦး သေဆုံးခဲ့သည်။",
]


def _span(text: str, words: str) -> tuple[int, int]:
    at = text.index(words)
    return at, at + len(words)


def main() -> int:
    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="casebook-shots-"))
    prefs = Preferences(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    book, _ = Casebook.create(tmp / "ban-nong", PASSPHRASE, "Noy")
    with book.session() as s:
        case = cases.add_case(s, "Attack on Ban Nong", "LA-2024-001")
        w1 = persons.add_person(s, case, ["witness"], pseudonym="W-001")
        w2 = persons.add_person(s, case, ["witness"], pseudonym="W-002")
        lao = testimonies.add_testimony(
            s,
            case,
            LAO,
            language="lo",
            title="Interview in Nong Khai",
            witness=w1,
            taken_on="2024-03-12",
        )
        my = testimonies.add_testimony(
            s, case, MY, language="my", title="Interview in Mae Sot", witness=w2
        )
        again = testimonies.add_testimony(
            s,
            case,
            ["ညနေပိုင်းမှာ ရွာကို ထပ်ပြီး မီးရှို့ခဲ့သည်။"],
            language="my",
            title="Second interview",
            witness=w2,
        )
        burning = add_incident(s, case, "Burning of Ban Nong")
        for statement in (lao, my, again):
            set_incident_link(s, burning, "testimony", statement.id, True)
        seg = lao.segments
        add_tag(
            s,
            case,
            "7(1)(d)/1",
            "direct",
            segment_id=seg[0].id,
            char_range=_span(LAO[0], "ໄດ້ຈູດເຮືອນ"),
            reliability="B",
            credibility="2",
        )
        add_tag(
            s,
            case,
            "7(1)(a)/1",
            "direct",
            segment_id=seg[0].id,
            char_range=_span(LAO[0], "ຍິງໃສ່ຜູ້ທີ່ແລ່ນໜີ"),
        )
        add_tag(s, case, "7(1)(e)/1", "circumstantial", segment_id=seg[1].id)
        add_tag(
            s,
            case,
            "7(1)(d)/1",
            "direct",
            segment_id=my.segments[0].id,
            char_range=_span(MY[0], "မီးရှို့ခဲ့သည်"),
        )
        add_tag(
            s,
            case,
            "7(1)(a)/1",
            "direct",
            segment_id=my.segments[0].id,
            char_range=_span(MY[0], "ထွက်ပြေးခဲ့ကြသည်"),
        )
        add_charge(s, case, "7(1)(d)", title="Deportation from Ban Nong")
        s.commit()
        # The witness corrected a word inside the second Burmese tag: it waits for review.
        testimonies.replace_segments(my, [MY[0].replace("ထွက်ပြေး", "ပုန်းအောင်း"), MY[1]])
        s.commit()
        lao_id, my_id = lao.id, my.id  # fmt: skip

    images = []
    for testimony_id, hover in ((lao_id, "ໄດ້ຈູດເຮືອນ"), (my_id, None)):
        window = MainWindow(prefs, book)
        window.resize(1040, 760)
        window.show()
        window.navigate_to("testimony", testimony_id)
        pump(0.5)
        image = window.grab().toImage()
        if hover is not None:
            edit = window.view.testimony_editor.segments.rows[0].edit
            highlights = edit.findChild(PassageHighlights)
            cursor = edit.textCursor()
            cursor.setPosition(utf16(LAO[0], LAO[0].index(hover)) + 2)
            point = edit.cursorRect(cursor).bottomLeft() + QPoint(4, 8)
            QToolTip.showText(
                edit.viewport().mapToGlobal(point),
                highlights.tooltip(highlights.spans_at(cursor.position())),
                edit,
            )
            pump(0.3)
            tip = next(
                w for w in QApplication.topLevelWidgets()
                if w.inherits("QLabel") and w.isVisible() and "click" in w.text()
            )  # fmt: skip
            tip_image = tip.grab().toImage()
            at = edit.viewport().mapTo(window, point)
            at.setX(min(at.x(), image.width() - tip_image.width() - 8))  # as Qt keeps it on screen
            painter = QPainter(image)
            painter.drawImage(at, tip_image)
            painter.end()
            QToolTip.hideText()
        images.append(image)
        window.close()
    width = sum(i.width() for i in images) + 24
    canvas = QImage(width, max(i.height() for i in images), images[0].format())
    canvas.fill(0xFFFFFFFF)
    painter = QPainter(canvas)
    painter.drawImage(0, 0, images[0])
    painter.drawImage(images[0].width() + 24, 0, images[1])
    painter.end()
    path = OUT / "41-tag-highlights.png"
    canvas.save(str(path))
    print(f"{path.name}: {path.stat().st_size // 1024} KB")

    window = MainWindow(prefs, book)
    window.resize(1040, 640)
    window.show()
    window.open_search()
    panel = window.search_panel
    panel.resize(980, 300)
    panel.query.setText("မီးရှို့")
    panel.run_search()
    panel.results.itemActivated.emit(panel.results.topLevelItem(0).child(0), 0)
    pump(0.5)
    save_pair(panel, window, "41-search-lands")
    window.close()
    book.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
