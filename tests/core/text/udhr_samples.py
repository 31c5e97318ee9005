"""Statement samples in the languages of Myanmar's borders, for font and export tests.

Taken unchanged from googlefonts/lang (Apache-2.0), ``Lib/gflanguages/data/languages/
<lang>_<Script>.textproto``, ``sample_text`` (commit 84b091844c76, 2026-07-17); that
project takes its samples from the Universal Declaration of Human Rights (Eric Muller's
UDHR in Unicode), and none of these files has a ``note`` naming another source. Shan is
the first sentence of article 1 (``specimen_36``), Hanifi Rohingya the ``tester`` line
(article 1), the others the ``styles`` line.
"""

from __future__ import annotations

UDHR = {
    "shn": ("ၵူၼ်းၵူႊၵေႃႉၼႆႉ ပဵၼ်ဢၼ်ၵိူတ်ႇမႃးလူၺ်ႈၵုင်ႇမုၼ်ဢၼ်လွတ်ႈလႅဝ်းၽဵင်ႇပဵင်းၵၼ် လႄႈ သုၼ်ႇလႆႈဢၼ် လွတ်ႈလႅဝ်းၽဵင်ႇ ပဵင်းၵၼ်။"),
    "rhg-Rohg": ("𐴀𐴞𐴕𐴐𐴝𐴦𐴕 𐴁𐴠𐴒𐴧𐴟𐴕 𐴀𐴝𐴎𐴝𐴊𐴢 𐴀𐴝𐴌 𐴀𐴠𐴑𐴧𐴟 𐴉𐴟𐴥𐴖𐴝𐴙𐴕𐴝 𐴇𐴡𐴥𐴑 𐴀𐴝𐴌 𐴀𐴞𐴎𐴧𐴡𐴃𐴢 𐴓𐴡𐴌"),
    "ksw": ("ဟီၣ်ခိၣချၢ ပှၤကိးဂၤဒဲး အိၣ်ဖျဲၣ်ထီၣ်သဘျ့ဒီး ဒ်သိးသိးလၢ အသူးအသ့ၣ်ဒီး အခွဲးအယၥၲတဖၣ်လီၤႋ အဝဲသ့ၣ် ဘၣ်တၢၲဟ့ၣ်သါ"),
    "pwo": ("ၦကိၪဂၩ ဂဲၫထဲၩ့လၩ့ဖျဲၪလၧ ဆၧပျီၩဖျ့ၪမီၪ့ဎီၩ့ အဆၧလၩဆၧဖၩ့အဖၩ့မွဲဂ့ၩႇ ၅ဆၧပျီၩဖျ့ၪမီၪ့ဎီၩ့ အခွံးအရ့ၩဖၧၩ့မွဲဂ့ၩနီၪလီၫႉ"),
    "mnw": ("ပိုဲမၞိဟ်တံညးဂမၠိုၚ် သီုဖအိုတ် ဂုဏ်သိက္ခာမၞိဟ် မပါကၠုၚ် နူဂဝ်မိဂှ် တုပ်သၟဟ်ညးသ္ကအ်တုဲ"),
    "cnh": "Mi vialte hna cu zalong te, ai tluk te le",
    "cfm": "Mikip in bangrep ii zalen nak le sunlawih",
    "ctd": "Leitung mihing innkuan khempeuh in pianpih",
    "rhg-Latn": "Manúic beggún azad hísafe, ar izzot arde hók",
}

# Letters of the Myanmar Extended-A and -B blocks (Khamti Shan, Aiton and Phake, Shan
# Pali, Tai Laing): code points only, no text, to check detection and font coverage.
MYANMAR_EXTENDED = "".join(map(chr, range(0xAA60, 0xAA80))) + "".join(
    chr(c) for c in range(0xA9E0, 0xAA00) if c != 0xA9FF
)
