<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<context>
    <name>AddDialog</name>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>ຄະດີໃໝ່</translation>
    </message>
    <message>
        <source>for example MM-2017-001</source>
        <translation>ຕົວຢ່າງ MM-2017-001</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>ເຫດການໃໝ່</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>ບຸກຄົນໃໝ່</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>ຄຳໃຫ້ການໃໝ່</translation>
    </message>
    <message>
        <source>A new witness (pseudonym given automatically)</source>
        <translation>ພະຍານຄົນໃໝ່ (ນາມແຝງຈະຖືກຕັ້ງໃຫ້ເອງ)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>ພະຍານ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Optional. What you choose is recorded for every file added now; the evidence editor can change it later.</source>
        <translation>ບໍ່ບັງຄັບ. ສິ່ງທີ່ທ່ານເລືອກຈະຖືກບັນທຶກສຳລັບທຸກໄຟລ໌ທີ່ເພີ່ມຕອນນີ້; ປ່ຽນໄດ້ພາຍຫຼັງໃນຕົວແກ້ໄຂຫຼັກຖານ.</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>A — completely reliable</source>
        <translation>A — ເຊື່ອຖືໄດ້ທັງໝົດ</translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation>B — ປົກກະຕິເຊື່ອຖືໄດ້</translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation>C — ເຊື່ອຖືໄດ້ພໍສົມຄວນ</translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation>D — ປົກກະຕິເຊື່ອຖືບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation>E — ເຊື່ອຖືບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>F — reliability cannot be judged</source>
        <translation>F — ບໍ່ສາມາດຕັດສິນຄວາມໜ້າເຊື່ອຖືໄດ້</translation>
    </message>
    <message>
        <source>1 — confirmed by other sources</source>
        <translation>1 — ຢືນຢັນໂດຍແຫຼ່ງອື່ນ</translation>
    </message>
    <message>
        <source>2 — probably true</source>
        <translation>2 — ອາດຈະແມ່ນຄວາມຈິງ</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — ເປັນໄປໄດ້ວ່າແມ່ນຄວາມຈິງ</translation>
    </message>
    <message>
        <source>4 — doubtful</source>
        <translation>4 — ໜ້າສົງໄສ</translation>
    </message>
    <message>
        <source>5 — improbable</source>
        <translation>5 — ບໍ່ໜ້າຈະເປັນໄປໄດ້</translation>
    </message>
    <message>
        <source>6 — truth cannot be judged</source>
        <translation>6 — ບໍ່ສາມາດຕັດສິນຄວາມຈິງໄດ້</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>ໂດຍກົງ</translation>
    </message>
    <message>
        <source>circumstantial</source>
        <translation>ທາງອ້ອມ</translation>
    </message>
    <message>
        <source>corroborating</source>
        <translation>ຢືນຢັນເພີ່ມ</translation>
    </message>
    <message>
        <source>contradicting</source>
        <translation>ຂັດແຍ່ງ</translation>
    </message>
    <message>
        <source>⚠ needs review · </source>
        <translation>⚠ ຕ້ອງກວດທານ · </translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>ວັກ {number}</translation>
    </message>
    <message>
        <source>{element} {title} — {support}, {grading}</source>
        <comment>a tag</comment>
        <translation>{element} {title} — {support}, {grading}</translation>
    </message>
    <message>
        <source>chars {start}–{end}</source>
        <comment>the characters a tag rests on</comment>
        <translation>ຕົວອັກສອນ {start}–{end}</translation>
    </message>
    <message>
        <source>(not in this taxonomy)</source>
        <translation>(ບໍ່ມີໃນການຈັດໝວດນີ້)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>ຍັງບໍ່ໄດ້ໃຫ້ລະດັບ</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>ຕ້ອງກວດທານ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook could not be opened</source>
        <translation>ບໍ່ສາມາດເປີດປຶ້ມຄະດີໄດ້</translation>
    </message>
    <message>
        <source>This casebook&apos;s history changed</source>
        <translation>ປະຫວັດຂອງປຶ້ມຄະດີນີ້ມີການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Accept this history only if you restored this copy from a backup yourself.</source>
        <translation>ຍອມຮັບປະຫວັດນີ້ສະເພາະເມື່ອທ່ານເອງໄດ້ກູ້ຄືນສຳເນົານີ້ຈາກການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>I restored this copy on purpose</source>
        <translation>ຂ້ອຍໄດ້ກູ້ຄືນສຳເນົານີ້ໂດຍເຈດຕະນາ</translation>
    </message>
    <message>
        <source>Keep warning me</source>
        <translation>ເຕືອນຂ້ອຍຕໍ່ໄປ</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the casebook</source>
        <translation>ສຳຮອງປຶ້ມຄະດີ</translation>
    </message>
    <message>
        <source>A backup is a complete copy of this casebook, still encrypted: it opens with the same passphrase and recovery key. Keep it on another disk, away from this computer. You can go on working while it is made; every stored file is checked against its fingerprint (SHA-256) before the backup counts as made.</source>
        <translation>ການສຳຮອງຂໍ້ມູນແມ່ນສຳເນົາຄົບຖ້ວນຂອງປຶ້ມຄະດີນີ້, ຍັງເຂົ້າລະຫັດຢູ່: ມັນເປີດດ້ວຍວະລີລະຫັດ ແລະ ກະແຈກູ້ຄືນອັນດຽວກັນ. ເກັບມັນໄວ້ໃນແຜ່ນດິດອື່ນ, ຫ່າງຈາກຄອມພິວເຕີນີ້. ທ່ານສາມາດເຮັດວຽກຕໍ່ໄດ້ໃນຂະນະທີ່ມັນກຳລັງສ້າງ; ທຸກໄຟລ໌ທີ່ເກັບໄວ້ຈະຖືກກວດກັບລາຍນິ້ວມື (SHA-256) ຂອງມັນກ່ອນທີ່ການສຳຮອງຈະຖືວ່າສຳເລັດ.</translation>
    </message>
    <message>
        <source>A folder on a USB drive or another disk</source>
        <translation>ໂຟນເດີໃນ USB ຫຼື ແຜ່ນດິດອື່ນ</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>ໂຟນເດີສຳລັບການສຳຮອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ເລືອກ (&amp;C)…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> ສະບັບສຳຮອງ</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>ຈະເກັບການສຳຮອງຂໍ້ມູນໄວ້ຈັກອັນ</translation>
    </message>
    <message>
        <source>Folder for &amp;backups:</source>
        <translation>ໂຟນເດີສຳລັບການສຳຮອງ (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>ເກັບອັນໃໝ່ສຸດ (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>ສຳຮອງ (&amp;B)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>ກຳລັງສຳເນົາຖານຂໍ້ມູນ…</translation>
    </message>
    <message>
        <source>Copying and checking stored files: {done} of {total}…</source>
        <translation>ກຳລັງສຳເນົາ ແລະ ກວດໄຟລ໌ທີ່ເກັບໄວ້: {done} ຈາກ {total}…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to {folder}: the database and %n stored file(s) ({size}), each checked.</source>
        <translation>
            <numerusform>ສຳຮອງໄປທີ່ {folder} ແລ້ວ: ຖານຂໍ້ມູນ ແລະ ໄຟລ໌ທີ່ເກັບໄວ້ %n ໄຟລ໌ ({size}), ກວດແລ້ວທຸກໄຟລ໌.</numerusform>
            <numerusform>ສຳຮອງໄປທີ່ {folder} ແລ້ວ: ຖານຂໍ້ມູນ ແລະ ໄຟລ໌ທີ່ເກັບໄວ້ %n ໄຟລ໌ ({size}), ກວດແລ້ວທຸກໄຟລ໌.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older backups removed: %n.</source>
        <translation>
            <numerusform>ລຶບການສຳຮອງເກົ່າແລ້ວ: %n.</numerusform>
            <numerusform>ລຶບການສຳຮອງເກົ່າແລ້ວ: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>ການສຳຮອງຂໍ້ມູນບໍ່ສຳເລັດ.</translation>
    </message>
    <message>
        <source>Unlock the casebook to back it up.</source>
        <translation>ປົດລັອກປຶ້ມຄະດີກ່ອນ ເພື່ອສຳຮອງມັນ.</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>ສຳຮອງຂໍ້ມູນ (&amp;U)…</translation>
    </message>
    <message>
        <source>Copy the casebook, still encrypted, to another disk</source>
        <translation>ສຳເນົາປຶ້ມຄະດີ (ຍັງເຂົ້າລະຫັດຢູ່) ໄປໃສ່ແຜ່ນດິດອື່ນ</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case {reference}</source>
        <translation>ຄະດີ {reference}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Navigator</source>
        <translation>ຕົວນຳທາງ</translation>
    </message>
    <message>
        <source>Choose a case, or create one with File ▸ New case (Ctrl+Shift+N).</source>
        <translation>ເລືອກຄະດີ, ຫຼື ສ້າງຄະດີໃໝ່ດ້ວຍ ໄຟລ໌ ▸ ຄະດີໃໝ່ (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>Casebook</name>
    <message>
        <source>  - {entry}</source>
        <translation>  - {entry}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of citation; use one of {kinds}</source>
        <translation>&apos;{kind}&apos; ບໍ່ແມ່ນປະເພດການອ້າງອີງ; ໃຊ້ໜຶ່ງໃນ {kinds}</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(ບໍ່ມີລາຍການ)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(ລະດັບເທິງສຸດ)</translation>
    </message>
    <message>
        <source>--keep must be at least 1: the number of backups to keep.</source>
        <translation>--keep ຕ້ອງມີຢ່າງໜ້ອຍ 1: ຈຳນວນການສຳຮອງຂໍ້ມູນທີ່ຈະເກັບໄວ້.</translation>
    </message>
    <message>
        <source>/cases/{ci}/{key}/{i}/{path}: {problem}</source>
        <translation>/cases/{ci}/{key}/{i}/{path}: {problem}</translation>
    </message>
    <message>
        <source>A backup must go outside the casebook folder (ideally on another disk); {destination} is inside it or contains it.</source>
        <translation>ການສຳຮອງຂໍ້ມູນຕ້ອງໄປຢູ່ນອກໂຟນເດີປຶ້ມຄະດີ (ດີທີ່ສຸດແມ່ນຢູ່ໃນດິສອື່ນ); {destination} ຢູ່ພາຍໃນມັນ ຫຼື ບັນຈຸມັນ.</translation>
    </message>
    <message>
        <source>A case needs a reference code, such as MM-2017-001.</source>
        <translation>ຄະດີຕ້ອງມີເລກອ້າງອີງ, ເຊັ່ນ MM-2017-001.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>ຄະດີຕ້ອງມີຫົວຂໍ້.</translation>
    </message>
    <message>
        <source>A case the pattern is filtered on is not in this casebook; choose the cases again.</source>
        <translation>ຄະດີທີ່ແບບແຜນນີ້ກັ່ນຕອງບໍ່ຢູ່ໃນປຶ້ມຄະດີນີ້; ກະລຸນາເລືອກຄະດີອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>A casebook needs a passphrase; an empty one would let anyone open it. Choose a passphrase of several words.</source>
        <translation>ປຶ້ມຄະດີຕ້ອງມີວະລີລະຫັດ; ຖ້າຫວ່າງເປົ່າ ໃຜກໍເປີດໄດ້. ເລືອກວະລີລະຫັດທີ່ມີຫຼາຍຄຳ.</translation>
    </message>
    <message>
        <source>A character range can only be given for a passage.</source>
        <translation>ຊ່ວງຕົວອັກສອນໃຫ້ໄດ້ສະເພາະສຳລັບຕອນຂໍ້ຄວາມເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>A charge given is not one of case {reference}.</source>
        <translation>ຂໍ້ກ່າວຫາທີ່ໃຫ້ມາບໍ່ແມ່ນຂໍ້ກ່າວຫາຂອງຄະດີ {reference}.</translation>
    </message>
    <message>
        <source>A comment can be at most {limit} characters long.</source>
        <translation>ຄຳເຫັນຍາວໄດ້ບໍ່ເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>A date in this case (of an incident, a statement or an evidence item) is not a calendar date: it was stored before Casebook checked dates, or changed outside it. The export stopped and left nothing behind; correct the date and export again.</source>
        <translation>ວັນທີໜຶ່ງໃນຄະດີນີ້ (ຂອງເຫດການ, ຄຳໃຫ້ການ ຫຼື ຫຼັກຖານ) ບໍ່ແມ່ນວັນທີທີ່ມີຢູ່ໃນປະຕິທິນ: ມັນຖືກບັນທຶກກ່ອນທີ່ Casebook ຈະກວດວັນທີ, ຫຼື ຖືກປ່ຽນຢູ່ນອກ Casebook. ການສົ່ງອອກໄດ້ຢຸດ ແລະ ບໍ່ໄດ້ປະຫຍັງໄວ້; ແກ້ໄຂວັນທີ ແລ້ວສົ່ງອອກອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>A file does not match the SHA-256 its record declares; nothing was imported:</source>
        <translation>ມີໄຟລ໌ໜຶ່ງບໍ່ກົງກັບ SHA-256 ທີ່ລາຍການຂອງມັນລະບຸ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ:</translation>
    </message>
    <message>
        <source>A fingerprint is 32 hexadecimal digits (spaces do not matter); at least the first 8 are needed. `casebook identity list` shows them.</source>
        <translation>ລາຍນິ້ວມືແມ່ນເລກຖານສິບຫົກ 32 ຕົວ (ຍະຫວ່າງບໍ່ສຳຄັນ); ຕ້ອງມີຢ່າງໜ້ອຍ 8 ຕົວທຳອິດ. `casebook identity list` ສະແດງພວກມັນ.</translation>
    </message>
    <message>
        <source>A legal_argument belongs to a whole charge; for one element, use the kind element_argument.</source>
        <translation>legal_argument ແມ່ນສຳລັບຂໍ້ກ່າວຫາທັງໝົດ; ສຳລັບອົງປະກອບດຽວ, ໃຫ້ໃຊ້ປະເພດ element_argument.</translation>
    </message>
    <message>
        <source>A link of the complaint is not an object of its own; the structure tree cannot point at it. Export again, and report this if it happens twice.</source>
        <translation>ລິ້ງຂອງຄຳຮ້ອງຟ້ອງບໍ່ແມ່ນວັດຖຸຂອງມັນເອງ; ໂຄງສ້າງເອກະສານບໍ່ສາມາດຊີ້ໄປຫາມັນໄດ້. ສົ່ງອອກອີກຄັ້ງ, ແລະ ລາຍງານບັນຫານີ້ຖ້າມັນເກີດຂຶ້ນສອງຄັ້ງ.</translation>
    </message>
    <message>
        <source>A number is not finite (NaN or infinity) and cannot be hashed or signed, so it was refused and nothing was saved. If you typed it, enter a real number or leave the field empty; if it came in a file or package, ask its sender to check that file.</source>
        <translation>ມີຕົວເລກໜຶ່ງທີ່ບໍ່ມີຂອບເຂດ (NaN ຫຼື infinity) ແລະ ບໍ່ສາມາດຄິດໄລ່ hash ຫຼື ລົງລາຍເຊັນໄດ້, ສະນັ້ນມັນຖືກປະຕິເສດ ແລະ ບໍ່ມີຫຍັງຖືກບັນທຶກ. ຖ້າທ່ານພິມມັນ, ໃສ່ຕົວເລກແທ້ ຫຼື ປ່ອຍຊ່ອງຫວ່າງໄວ້; ຖ້າມັນມາໃນໄຟລ໌ ຫຼື ຊຸດແລກປ່ຽນ, ໃຫ້ຜູ້ສົ່ງກວດໄຟລ໌ນັ້ນ.</translation>
    </message>
    <message>
        <source>A package is for colleagues; your own identity cannot be a recipient.</source>
        <translation>ຊຸດແລກປ່ຽນແມ່ນສຳລັບເພື່ອນຮ່ວມງານ; ຕົວຕົນຂອງທ່ານເອງບໍ່ສາມາດເປັນຜູ້ຮັບໄດ້.</translation>
    </message>
    <message>
        <source>A pattern can be cited only for a contextual element (such as cah_attack/1); {element} is not one. Choose a contextual element of the charge.</source>
        <translation>ແບບແຜນອ້າງອີງໄດ້ສະເພາະອົງປະກອບບໍລິບົດ (ເຊັ່ນ cah_attack/1); {element} ບໍ່ແມ່ນ. ເລືອກອົງປະກອບບໍລິບົດຂອງຂໍ້ກ່າວຫາ.</translation>
    </message>
    <message>
        <source>A recipient is a code from Casebook&apos;s list, such as DE or ICC; it is empty here.</source>
        <translation>ຜູ້ຮັບແມ່ນລະຫັດຈາກລາຍຊື່ຂອງ Casebook, ເຊັ່ນ DE ຫຼື ICC; ບ່ອນນີ້ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>A recovery key has {expected} letters and digits in nine groups of four; this one has {count}. Copy it again from the paper you kept.</source>
        <translation>ກະແຈກູ້ຄືນມີຕົວອັກສອນ ແລະ ຕົວເລກ {expected} ຕົວ ເປັນເກົ້າກຸ່ມ ກຸ່ມລະສີ່ຕົວ; ອັນນີ້ມີ {count}. ສຳເນົາມັນອີກຄັ້ງຈາກເຈ້ຍທີ່ທ່ານເກັບໄວ້.</translation>
    </message>
    <message>
        <source>A recovery key uses only digits and the letters A–Z except U; these characters are not part of it: {bad}.</source>
        <translation>ກະແຈກູ້ຄືນໃຊ້ສະເພາະຕົວເລກ ແລະ ຕົວອັກສອນ A–Z ຍົກເວັ້ນ U; ຕົວອັກສອນເຫຼົ່ານີ້ບໍ່ແມ່ນສ່ວນຂອງມັນ: {bad}.</translation>
    </message>
    <message>
        <source>A saved pattern filter is damaged (a field has the wrong form); save the pattern again from the pattern view.</source>
        <translation>ຕົວກັ່ນຕອງແບບແຜນທີ່ບັນທຶກໄວ້ເສຍຫາຍ (ຊ່ອງໜຶ່ງມີຮູບແບບຜິດ); ບັນທຶກແບບແຜນອີກຄັ້ງຈາກມຸມມອງແບບແຜນ.</translation>
    </message>
    <message>
        <source>A saved pattern needs a short title that says what it shows.</source>
        <translation>ແບບແຜນທີ່ບັນທຶກໄວ້ຕ້ອງມີຫົວຂໍ້ສັ້ນໆ ທີ່ບອກວ່າມັນສະແດງຫຍັງ.</translation>
    </message>
    <message>
        <source>A section holds at most {max_section_chars} characters; this one has {count}. Split the argument across the charges and elements it is about, or shorten it.</source>
        <translation>ພາກໜຶ່ງມີໄດ້ບໍ່ເກີນ {max_section_chars} ຕົວອັກສອນ; ພາກນີ້ມີ {count}. ແບ່ງຂໍ້ໂຕ້ແຍ້ງໄປຕາມຂໍ້ກ່າວຫາ ແລະ ອົງປະກອບທີ່ມັນກ່ຽວຂ້ອງ, ຫຼື ເຮັດໃຫ້ສັ້ນລົງ.</translation>
    </message>
    <message>
        <source>A section&apos;s text must be text.</source>
        <translation>ຂໍ້ຄວາມຂອງພາກຕ້ອງເປັນຂໍ້ຄວາມ.</translation>
    </message>
    <message>
        <source>A signed event in the package does not verify against its author&apos;s key, so the package was refused and nothing was imported:</source>
        <translation>ເຫດການທີ່ລົງລາຍເຊັນໜຶ່ງໃນຊຸດແລກປ່ຽນ ກວດສອບບໍ່ຜ່ານກັບກະແຈຂອງຜູ້ຂຽນ, ສະນັ້ນຊຸດແລກປ່ຽນຖືກປະຕິເສດ ແລະ ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ:</translation>
    </message>
    <message>
        <source>A value cannot be hashed or signed as canonical JSON ({exc}); nothing was saved.</source>
        <translation>ຄ່າໜຶ່ງບໍ່ສາມາດຄິດໄລ່ hash ຫຼື ລົງລາຍເຊັນເປັນ canonical JSON ໄດ້ ({exc}); ບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
    <message>
        <source>A value of kind {kind} cannot be hashed or signed as canonical JSON; nothing was saved. This is a fault in Casebook: please report it.</source>
        <translation>ຄ່າປະເພດ {kind} ບໍ່ສາມາດຄິດໄລ່ hash ຫຼື ລົງລາຍເຊັນເປັນ canonical JSON ໄດ້; ບໍ່ມີຫຍັງຖືກບັນທຶກ. ນີ້ແມ່ນຂໍ້ຜິດພາດຂອງ Casebook: ກະລຸນາລາຍງານ.</translation>
    </message>
    <message>
        <source>A victim group is chosen by one of {characteristics}; {chosen} is not one of them.</source>
        <translation>ກຸ່ມຜູ້ຖືກເຄາະຮ້າຍເລືອກຕາມໜຶ່ງໃນ {characteristics}; {chosen} ບໍ່ແມ່ນໜຶ່ງໃນນັ້ນ.</translation>
    </message>
    <message>
        <source>A whole number is too large to be hashed or signed exactly (RFC 8785 allows up to 2^53 - 1), so it was refused and nothing was saved. If you typed it, store it as text; if it came in a file or package, ask its sender to check that file.</source>
        <translation>ຈຳນວນເຕັມໜຶ່ງໃຫຍ່ເກີນໄປທີ່ຈະຄິດໄລ່ hash ຫຼື ລົງລາຍເຊັນໄດ້ຢ່າງແນ່ນອນ (RFC 8785 ອະນຸຍາດເຖິງ 2^53 - 1), ສະນັ້ນມັນຖືກປະຕິເສດ ແລະ ບໍ່ມີຫຍັງຖືກບັນທຶກ. ຖ້າທ່ານພິມມັນ, ໃຫ້ເກັບເປັນຂໍ້ຄວາມ; ຖ້າມັນມາໃນໄຟລ໌ ຫຼື ຊຸດແລກປ່ຽນ, ໃຫ້ຜູ້ສົ່ງກວດໄຟລ໌ນັ້ນ.</translation>
    </message>
    <message>
        <source>A {kind} section belongs to the case, not to a charge or element; leave out the charge and element.</source>
        <translation>ພາກປະເພດ {kind} ເປັນຂອງຄະດີ, ບໍ່ແມ່ນຂອງຂໍ້ກ່າວຫາ ຫຼື ອົງປະກອບ; ໃຫ້ເອົາຂໍ້ກ່າວຫາ ແລະ ອົງປະກອບອອກ.</translation>
    </message>
    <message>
        <source>A {kind} section needs the charge it argues.</source>
        <translation>ພາກປະເພດ {kind} ຕ້ອງມີຂໍ້ກ່າວຫາທີ່ມັນໂຕ້ແຍ້ງ.</translation>
    </message>
    <message>
        <source>Administrative areas are counted as recorded (spelling differences are not merged). Coordinates are plotted as recorded (a point each; their stated precision is not drawn); an incident without an administrative area or without coordinates is counted as lacking it.</source>
        <translation>ເຂດປົກຄອງຖືກນັບຕາມທີ່ບັນທຶກໄວ້ (ການສະກົດທີ່ຕ່າງກັນບໍ່ຖືກລວມເຂົ້າກັນ). ພິກັດຖືກສະແດງຕາມທີ່ບັນທຶກໄວ້ (ແຕ່ລະອັນເປັນຈຸດ; ຄວາມແມ່ນຍຳທີ່ລະບຸບໍ່ຖືກແຕ້ມ); ເຫດການທີ່ບໍ່ມີເຂດປົກຄອງ ຫຼື ບໍ່ມີພິກັດ ຖືກນັບວ່າຂາດຂໍ້ມູນນັ້ນ.</translation>
    </message>
    <message>
        <source>An attachment from the package could not be stored ({strerror}); nothing was imported.</source>
        <translation>ບໍ່ສາມາດເກັບໄຟລ໌ແນບຈາກຊຸດແລກປ່ຽນໄດ້ ({strerror}); ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>An audit entry in the package does not match its own hash: the sender&apos;s audit history was altered ({where}). Nothing was imported.</source>
        <translation>ລາຍການກວດສອບໜຶ່ງໃນຊຸດແລກປ່ຽນບໍ່ກົງກັບ hash ຂອງມັນເອງ: ປະຫວັດການກວດສອບຂອງຜູ້ສົ່ງຖືກດັດແປງ ({where}). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>An element_argument needs the element it argues, such as 7(1)(g)-1/1.</source>
        <translation>element_argument ຕ້ອງມີອົງປະກອບທີ່ມັນໂຕ້ແຍ້ງ, ເຊັ່ນ 7(1)(g)-1/1.</translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation>ຫຼັກຖານຕ້ອງມີຫົວຂໍ້.</translation>
    </message>
    <message>
        <source>An export that stopped half-way left {path}, and Casebook could not remove it ({reason}). It may hold decrypted case files: delete it yourself.</source>
        <translation>ການສົ່ງອອກທີ່ຢຸດເຄິ່ງທາງໄດ້ປະ {path} ໄວ້, ແລະ Casebook ລຶບມັນບໍ່ໄດ້ ({reason}). ມັນອາດມີໄຟລ໌ຄະດີທີ່ຖອດລະຫັດແລ້ວ: ກະລຸນາລຶບມັນດ້ວຍຕົນເອງ.</translation>
    </message>
    <message>
        <source>An identity with this signing key is already stored here for a different user or age key. Someone may be impersonating a colleague; do not use this identity, and compare fingerprints with your colleague.</source>
        <translation>ຕົວຕົນທີ່ມີກະແຈລົງລາຍເຊັນນີ້ ຖືກເກັບໄວ້ບ່ອນນີ້ແລ້ວ ສຳລັບຜູ້ໃຊ້ ຫຼື ກະແຈ age ອື່ນ. ອາດມີຄົນປອມຕົວເປັນເພື່ອນຮ່ວມງານ; ຢ່າໃຊ້ຕົວຕົນນີ້, ແລະ ປຽບທຽບລາຍນິ້ວມືກັບເພື່ອນຮ່ວມງານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>An incident needs a short title.</source>
        <translation>ເຫດການຕ້ອງມີຫົວຂໍ້ສັ້ນໆ.</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ເມສາ</translation>
    </message>
    <message>
        <source>As a {role} you can set the status to {allowed}; the other statuses are the supervisor&apos;s.</source>
        <translation>ໃນຖານະ {role} ທ່ານຕັ້ງສະຖານະເປັນ {allowed} ໄດ້; ສະຖານະອື່ນເປັນຂອງຫົວໜ້າງານ.</translation>
    </message>
    <message>
        <source>Audit entries cannot be deleted.</source>
        <translation>ລາຍການກວດສອບບໍ່ສາມາດລຶບໄດ້.</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ສິງຫາ</translation>
    </message>
    <message>
        <source>Canonical JSON form {form} is not one Casebook knows.</source>
        <translation>ຮູບແບບ canonical JSON {form} ບໍ່ແມ່ນຮູບແບບທີ່ Casebook ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <source>Case {reference} has no charge with the id &apos;{key}&apos;. `casebook charge list` shows the charges.</source>
        <translation>ຄະດີ {reference} ບໍ່ມີຂໍ້ກ່າວຫາທີ່ມີ id &apos;{key}&apos;. `casebook charge list` ສະແດງຂໍ້ກ່າວຫາ.</translation>
    </message>
    <message>
        <source>Case {reference} has no charges yet. Add a charge (crime and alleged perpetrators) before exporting a complaint.</source>
        <translation>ຄະດີ {reference} ຍັງບໍ່ມີຂໍ້ກ່າວຫາ. ເພີ່ມຂໍ້ກ່າວຫາ (ອາຊະຍາກຳ ແລະ ຜູ້ຖືກກ່າວຫາ) ກ່ອນສົ່ງອອກຄຳຮ້ອງຟ້ອງ.</translation>
    </message>
    <message>
        <source>Case {reference} has no tag with the id &apos;{tag_id}&apos;; it may have been removed.</source>
        <translation>ຄະດີ {reference} ບໍ່ມີປ້າຍທີ່ມີ id &apos;{tag_id}&apos;; ມັນອາດຖືກລຶບແລ້ວ.</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); filing edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>ຄະດີ {reference}: ຂໍ້ກ່າວຫາ {charges}, ເຫດການ {incidents}, ຄຳໃຫ້ການ {statements}, ວັດຖຸພະຍານ {exhibits}; ສະບັບຍື່ນສຳລັບ {addressee} (ການຍິນຍອມຕ້ອງລະບຸ {jurisdiction}).</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); internal edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>ຄະດີ {reference}: ຂໍ້ກ່າວຫາ {charges}, ເຫດການ {incidents}, ຄຳໃຫ້ການ {statements}, ວັດຖຸພະຍານ {exhibits}; ສະບັບພາຍໃນສຳລັບ {addressee} (ການຍິນຍອມຕ້ອງລະບຸ {jurisdiction}).</translation>
    </message>
    <message>
        <source>Casebook cannot write in its data folder ({reason}); an export needs it to clean up after an interruption. Check that folder&apos;s permissions, or set {environment} to a folder you can write to.</source>
        <translation>Casebook ຂຽນໃນໂຟນເດີຂໍ້ມູນຂອງມັນບໍ່ໄດ້ ({reason}); ການສົ່ງອອກຕ້ອງການມັນເພື່ອເກັບກວາດຫຼັງຈາກຖືກຂັດຈັງຫວະ. ກວດສິດຂອງໂຟນເດີນັ້ນ, ຫຼື ຕັ້ງ {environment} ເປັນໂຟນເດີທີ່ທ່ານຂຽນໄດ້.</translation>
    </message>
    <message>
        <source>Casebook cannot write in the folder {parent} ({reason}). A casebook can only be used from a folder you may write to: copy the folder to such a place (not a read-only drive or share), or check its permissions.</source>
        <translation>Casebook ຂຽນໃນໂຟນເດີ {parent} ບໍ່ໄດ້ ({reason}). ປຶ້ມຄະດີໃຊ້ໄດ້ສະເພາະຈາກໂຟນເດີທີ່ທ່ານຂຽນໄດ້: ສຳເນົາໂຟນເດີໄປບ່ອນດັ່ງກ່າວ (ບໍ່ແມ່ນໄດຣຟ໌ ຫຼື ບ່ອນແບ່ງປັນທີ່ອ່ານໄດ້ຢ່າງດຽວ), ຫຼື ກວດສິດຂອງມັນ.</translation>
    </message>
    <message>
        <source>Casebook is not allowed to read {name}. Check its permissions.</source>
        <translation>Casebook ບໍ່ໄດ້ຮັບອະນຸຍາດໃຫ້ອ່ານ {name}. ກວດສິດຂອງມັນ.</translation>
    </message>
    <message>
        <source>Casebook&apos;s taxonomy has no national law for &apos;{code}&apos;. Covered: {jurisdictions}.</source>
        <translation>ການຈັດໝວດຂອງ Casebook ບໍ່ມີກົດໝາຍພາຍໃນສຳລັບ &apos;{code}&apos;. ທີ່ມີ: {jurisdictions}.</translation>
    </message>
    <message>
        <source>Choose a folder outside the casebook for the bundle: it holds decrypted files, which must not sit beside the encrypted casebook.</source>
        <translation>ເລືອກໂຟນເດີນອກປຶ້ມຄະດີສຳລັບຊຸດ: ມັນມີໄຟລ໌ທີ່ຖອດລະຫັດແລ້ວ, ເຊິ່ງຕ້ອງບໍ່ຢູ່ຄຽງປຶ້ມຄະດີທີ່ເຂົ້າລະຫັດ.</translation>
    </message>
    <message>
        <source>Choose a person of this case.</source>
        <translation>ເລືອກບຸກຄົນຂອງຄະດີນີ້.</translation>
    </message>
    <message>
        <source>Choose at least one charge to export, or &apos;all&apos;.</source>
        <translation>ເລືອກຢ່າງໜ້ອຍໜຶ່ງຂໍ້ກ່າວຫາເພື່ອສົ່ງອອກ, ຫຼື &apos;all&apos;.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>ເລືອກໜຶ່ງໃນ: {choices}.</translation>
    </message>
    <message>
        <source>Consent is recorded as one of: {consent_recording}.</source>
        <translation>ການຍິນຍອມຖືກບັນທຶກເປັນໜຶ່ງໃນ: {consent_recording}.</translation>
    </message>
    <message>
        <source>Counts incidents on which a crime is tagged (supporting material on the incident, or on a statement or exhibit linked to it; contradicting material and tags awaiting review after a taxonomy update do not count) or charged (a charge resting on the incident). An incident may count under several crimes.</source>
        <translation>ນັບເຫດການທີ່ມີອາຊະຍາກຳຕິດປ້າຍໄວ້ (ຂໍ້ມູນສະໜັບສະໜູນໃນເຫດການ, ຫຼື ໃນຄຳໃຫ້ການ ຫຼື ວັດຖຸພະຍານທີ່ເຊື່ອມກັບມັນ; ຂໍ້ມູນທີ່ຂັດແຍ່ງ ແລະ ປ້າຍທີ່ລໍຖ້າການກວດທານຫຼັງການອັບເດດການຈັດໝວດບໍ່ນັບ) ຫຼື ຖືກກ່າວຫາ (ຂໍ້ກ່າວຫາທີ່ອີງໃສ່ເຫດການນັ້ນ). ເຫດການໜຶ່ງອາດຖືກນັບພາຍໃຕ້ຫຼາຍອາຊະຍາກຳ.</translation>
    </message>
    <message>
        <source>Counts incidents to which an alleged perpetrator recorded with this unit is linked, directly or as charged in a charge resting on the incident; an incident may count under several units. Incidents with no alleged perpetrator whose unit is recorded are lacking.</source>
        <translation>ນັບເຫດການທີ່ມີຜູ້ຖືກກ່າວຫາທີ່ບັນທຶກກັບໜ່ວຍນີ້ເຊື່ອມຢູ່, ໂດຍກົງ ຫຼື ຖືກກ່າວຫາໃນຂໍ້ກ່າວຫາທີ່ອີງໃສ່ເຫດການນັ້ນ; ເຫດການໜຶ່ງອາດຖືກນັບພາຍໃຕ້ຫຼາຍໜ່ວຍ. ເຫດການທີ່ບໍ່ມີຜູ້ຖືກກ່າວຫາທີ່ບັນທຶກໜ່ວຍໄວ້ ຖືກນັບວ່າຂາດຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Counts persons recorded in the casebook with the role victim or survivor and linked to an incident counted here; a person linked to several incidents counts once. Victims reported in statements but not recorded as persons are not counted. A person with no value recorded for the characteristic is counted as lacking it.</source>
        <translation>ນັບບຸກຄົນທີ່ບັນທຶກໃນປຶ້ມຄະດີທີ່ມີບົດບາດຜູ້ຖືກເຄາະຮ້າຍ ຫຼື ຜູ້ລອດຊີວິດ ແລະ ເຊື່ອມກັບເຫດການທີ່ນັບຢູ່ນີ້; ບຸກຄົນທີ່ເຊື່ອມກັບຫຼາຍເຫດການນັບເທື່ອດຽວ. ຜູ້ຖືກເຄາະຮ້າຍທີ່ກ່າວເຖິງໃນຄຳໃຫ້ການ ແຕ່ບໍ່ໄດ້ບັນທຶກເປັນບຸກຄົນ ບໍ່ຖືກນັບ. ບຸກຄົນທີ່ບໍ່ມີຄ່າບັນທຶກສຳລັບລັກສະນະນັ້ນ ຖືກນັບວ່າຂາດຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Crime {crime} has no elements in the Elements of Crimes yet, so it cannot be charged and analysed element by element. Choose another crime.</source>
        <translation>ອາຊະຍາກຳ {crime} ຍັງບໍ່ມີອົງປະກອບໃນ Elements of Crimes, ສະນັ້ນບໍ່ສາມາດກ່າວຫາ ແລະ ວິເຄາະເທື່ອລະອົງປະກອບໄດ້. ເລືອກອາຊະຍາກຳອື່ນ.</translation>
    </message>
    <message>
        <source>Custody actions are: {custody_actions}.</source>
        <translation>ການກະທຳຄຸ້ມຄອງແມ່ນ: {custody_actions}.</translation>
    </message>
    <message>
        <source>Custody and review events are signed and never replace one another; the incoming event stays on record in this conflict. Resolve it with --keep local.</source>
        <translation>ເຫດການຄຸ້ມຄອງ ແລະ ການກວດທານ ຖືກລົງລາຍເຊັນ ແລະ ບໍ່ເຄີຍແທນກັນ; ເຫດການທີ່ເຂົ້າມາຍັງຖືກບັນທຶກໄວ້ໃນຂໍ້ຂັດແຍ່ງນີ້. ແກ້ໄຂມັນດ້ວຍ --keep local.</translation>
    </message>
    <message>
        <source>Custody events are signed by the person acting, and this user has no signing key in this casebook.</source>
        <translation>ເຫດການຄຸ້ມຄອງຖືກລົງລາຍເຊັນໂດຍຜູ້ທີ່ກະທຳ, ແລະ ຜູ້ໃຊ້ນີ້ບໍ່ມີກະແຈລົງລາຍເຊັນໃນປຶ້ມຄະດີນີ້.</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ທັນວາ</translation>
    </message>
    <message>
        <source>Documents can be exported in {languages}; {language} is not one of them.</source>
        <translation>ເອກະສານສົ່ງອອກໄດ້ເປັນ {languages}; {language} ບໍ່ແມ່ນໜຶ່ງໃນນັ້ນ.</translation>
    </message>
    <message>
        <source>Each incident&apos;s date is taken as the span of days it can mean: an exact date is one day, a month or a year is the whole month or year, a range runs from the first day its start can mean to the last day its end can mean, and an approximate date is widened by {margin} days on each side. A month counts an incident as certain only when its whole span lies in that month; an incident whose span reaches beyond the month is counted as possible in every month it touches, so possible counts overlap and must not be added up. Incidents without a date, with an open-ended range or with a date that is not a calendar date are counted as lacking a date.</source>
        <translation>ວັນທີຂອງແຕ່ລະເຫດການຖືກເອົາເປັນຊ່ວງວັນທີ່ມັນອາດໝາຍເຖິງ: ວັນທີແນ່ນອນແມ່ນໜຶ່ງວັນ, ເດືອນ ຫຼື ປີແມ່ນທັງເດືອນ ຫຼື ທັງປີ, ຊ່ວງວັນທີເລີ່ມແຕ່ວັນທຳອິດທີ່ຈຸດເລີ່ມອາດໝາຍເຖິງ ຫາວັນສຸດທ້າຍທີ່ຈຸດສິ້ນສຸດອາດໝາຍເຖິງ, ແລະ ວັນທີໂດຍປະມານຖືກຂະຫຍາຍອອກ {margin} ວັນແຕ່ລະຂ້າງ. ເດືອນໜຶ່ງນັບເຫດການວ່າແນ່ນອນ ສະເພາະເມື່ອຊ່ວງທັງໝົດຢູ່ໃນເດືອນນັ້ນ; ເຫດການທີ່ຊ່ວງຍາວເກີນເດືອນຖືກນັບວ່າເປັນໄປໄດ້ໃນທຸກເດືອນທີ່ມັນກ່ຽວຂ້ອງ, ສະນັ້ນຈຳນວນທີ່ເປັນໄປໄດ້ຊ້ອນກັນ ແລະ ຕ້ອງບໍ່ເອົາມາບວກກັນ. ເຫດການທີ່ບໍ່ມີວັນທີ, ມີຊ່ວງທີ່ບໍ່ມີຈຸດສິ້ນສຸດ ຫຼື ມີວັນທີທີ່ບໍ່ມີໃນປະຕິທິນ ຖືກນັບວ່າຂາດວັນທີ.</translation>
    </message>
    <message>
        <source>Encrypting the bundle to the recipient</source>
        <translation>ກຳລັງເຂົ້າລະຫັດຊຸດໃຫ້ຜູ້ຮັບ</translation>
    </message>
    <message>
        <source>Evidence {title} did not come out of the vault as it went in; the bundle was not written. Run `casebook verify` on the casebook.</source>
        <translation>ຫຼັກຖານ {title} ອອກມາຈາກບ່ອນເກັບບໍ່ຄືກັບຕອນເຂົ້າໄປ; ຊຸດບໍ່ໄດ້ຖືກຂຽນ. ແລ່ນ `casebook verify` ກັບປຶ້ມຄະດີ.</translation>
    </message>
    <message>
        <source>Evidence {title} has no stored file (a physical item?).</source>
        <translation>ຫຼັກຖານ {title} ບໍ່ມີໄຟລ໌ທີ່ເກັບໄວ້ (ເປັນວັດຖຸທາງກາຍະພາບບໍ?).</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ກຸມພາ</translation>
    </message>
    <message>
        <source>Give a language code such as lo, my, th or en.</source>
        <translation>ໃຫ້ລະຫັດພາສາ ເຊັ່ນ lo, my, th ຫຼື en.</translation>
    </message>
    <message>
        <source>Give a list of sections: {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}.</source>
        <translation>ໃຫ້ລາຍຊື່ພາກ: {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}.</translation>
    </message>
    <message>
        <source>Give a number between {low} and {high}.</source>
        <translation>ໃຫ້ຕົວເລກລະຫວ່າງ {low} ແລະ {high}.</translation>
    </message>
    <message>
        <source>Give a status, a comment, or both.</source>
        <translation>ໃຫ້ສະຖານະ, ຄຳເຫັນ, ຫຼື ທັງສອງ.</translation>
    </message>
    <message>
        <source>Give at least one role from: {person_roles}.</source>
        <translation>ໃຫ້ຢ່າງໜ້ອຍໜຶ່ງບົດບາດຈາກ: {person_roles}.</translation>
    </message>
    <message>
        <source>Give both grades (source reliability A-F and information credibility 1-6) or neither: a tag is graded on both scales, or not graded.</source>
        <translation>ໃຫ້ທັງສອງລະດັບ (ຄວາມໜ້າເຊື່ອຖືຂອງແຫຼ່ງ A-F ແລະ ຄວາມໜ້າເຊື່ອຂອງຂໍ້ມູນ 1-6) ຫຼື ບໍ່ໃຫ້ເລີຍ: ປ້າຍຖືກໃຫ້ລະດັບທັງສອງແບບ, ຫຼື ບໍ່ໃຫ້ລະດັບ.</translation>
    </message>
    <message>
        <source>Give the national provision as JURISDICTION:PROVISION-ID, such as DE:§7(1)(nr4).</source>
        <translation>ໃຫ້ບົດບັນຍັດກົດໝາຍພາຍໃນເປັນ JURISDICTION:PROVISION-ID, ເຊັ່ນ DE:§7(1)(nr4).</translation>
    </message>
    <message>
        <source>Give the whole fingerprint (32 hexadecimal digits) you compared with your colleague, so a look-alike identity cannot be verified by mistake.</source>
        <translation>ໃຫ້ລາຍນິ້ວມືທັງໝົດ (ເລກຖານສິບຫົກ 32 ຕົວ) ທີ່ທ່ານໄດ້ປຽບທຽບກັບເພື່ອນຮ່ວມງານ, ເພື່ອບໍ່ໃຫ້ຢັ້ງຢືນຕົວຕົນທີ່ຄ້າຍກັນໂດຍຜິດພາດ.</translation>
    </message>
    <message>
        <source>Grades are admiralty codes: a letter for source reliability (A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged) and a digit for information credibility (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged).</source>
        <translation>ລະດັບແມ່ນລະຫັດ admiralty: ຕົວອັກສອນສຳລັບຄວາມໜ້າເຊື່ອຖືຂອງແຫຼ່ງ (A ເຊື່ອຖືໄດ້ທັງໝົດ, B ປົກກະຕິເຊື່ອຖືໄດ້, C ເຊື່ອຖືໄດ້ພໍສົມຄວນ, D ປົກກະຕິເຊື່ອຖືບໍ່ໄດ້, E ເຊື່ອຖືບໍ່ໄດ້, F ບໍ່ສາມາດຕັດສິນໄດ້) ແລະ ຕົວເລກສຳລັບຄວາມໜ້າເຊື່ອຂອງຂໍ້ມູນ (1 ຢືນຢັນແລ້ວ, 2 ອາດຈະແມ່ນຄວາມຈິງ, 3 ເປັນໄປໄດ້ວ່າແມ່ນຄວາມຈິງ, 4 ໜ້າສົງໄສ, 5 ບໍ່ໜ້າຈະເປັນໄປໄດ້, 6 ບໍ່ສາມາດຕັດສິນໄດ້).</translation>
    </message>
    <message>
        <source>Identities can only leave the casebook in a sealed annex encrypted to the recipient. Give the recipient&apos;s age public key (age1…) as well.</source>
        <translation>ຕົວຕົນອອກຈາກປຶ້ມຄະດີໄດ້ສະເພາະໃນເອກະສານຊ້ອນທ້າຍທີ່ປິດຜະນຶກ ແລະ ເຂົ້າລະຫັດໃຫ້ຜູ້ຮັບເທົ່ານັ້ນ. ໃຫ້ກະແຈສາທາລະນະ age ຂອງຜູ້ຮັບ (age1…) ນຳ.</translation>
    </message>
    <message>
        <source>In recipients.json the name {alias} stands for both {code} and {other}; a name must name one recipient. Restore the file.</source>
        <translation>ໃນ recipients.json ຊື່ {alias} ໝາຍເຖິງທັງ {code} ແລະ {other}; ຊື່ໜຶ່ງຕ້ອງໝາຍເຖິງຜູ້ຮັບດຽວ. ກູ້ຄືນໄຟລ໌ນັ້ນ.</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>ເຫດການຕາມເຂດປົກຄອງ</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>ເຫດການຕາມໜ່ວຍຂອງຜູ້ຖືກກ່າວຫາ</translation>
    </message>
    <message>
        <source>Incidents by crime tagged or charged</source>
        <translation>ເຫດການຕາມອາຊະຍາກຳທີ່ຕິດປ້າຍ ຫຼື ກ່າວຫາ</translation>
    </message>
    <message>
        <source>Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged).</source>
        <translation>ຄວາມໜ້າເຊື່ອຂອງຂໍ້ມູນແມ່ນຕົວເລກຈາກ 1 (ຢືນຢັນແລ້ວ) ຫາ 6 (ບໍ່ສາມາດຕັດສິນໄດ້).</translation>
    </message>
    <message>
        <source>Intake was cancelled; nothing was added for that file.</source>
        <translation>ການຮັບເຂົ້າຖືກຍົກເລີກ; ບໍ່ມີຫຍັງຖືກເພີ່ມສຳລັບໄຟລ໌ນັ້ນ.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>ມັງກອນ</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ກໍລະກົດ</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ມິຖຸນາ</translation>
    </message>
    <message>
        <source>Left out or changed:</source>
        <translation>ບໍ່ລວມ ຫຼື ປ່ຽນແປງ:</translation>
    </message>
    <message>
        <source>Link the exhibit to incident &apos;{incident}&apos;</source>
        <translation>ເຊື່ອມວັດຖຸພະຍານກັບເຫດການ &apos;{incident}&apos;</translation>
    </message>
    <message>
        <source>Link the statement to incident &apos;{incident}&apos;</source>
        <translation>ເຊື່ອມຄຳໃຫ້ການກັບເຫດການ &apos;{incident}&apos;</translation>
    </message>
    <message>
        <source>Making the casebook in {folder} was stopped before it finished (or is still under way in another window), so it holds no records and cannot be opened. Create the casebook again in this same folder (`casebook init` or New casebook); the unfinished files are replaced.</source>
        <translation>ການສ້າງປຶ້ມຄະດີໃນ {folder} ຖືກຢຸດກ່ອນສຳເລັດ (ຫຼື ຍັງດຳເນີນຢູ່ໃນໜ້າຕ່າງອື່ນ), ສະນັ້ນມັນບໍ່ມີລາຍການ ແລະ ເປີດບໍ່ໄດ້. ສ້າງປຶ້ມຄະດີອີກຄັ້ງໃນໂຟນເດີດຽວກັນນີ້ (`casebook init` ຫຼື ປຶ້ມຄະດີໃໝ່); ໄຟລ໌ທີ່ບໍ່ສຳເລັດຈະຖືກແທນທີ່.</translation>
    </message>
    <message>
        <source>March</source>
        <translation>ມີນາ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ພຶດສະພາ</translation>
    </message>
    <message>
        <source>More than one charge of case {reference} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>ມີຫຼາຍກວ່າໜຶ່ງຂໍ້ກ່າວຫາຂອງຄະດີ {reference} ທີ່ມີ id ເລີ່ມດ້ວຍ &apos;{key}&apos;. ໃຫ້ id ຍາວຂຶ້ນ.</translation>
    </message>
    <message>
        <source>More than one {what} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>ມີຫຼາຍກວ່າໜຶ່ງ {what} ທີ່ມີ id ເລີ່ມດ້ວຍ &apos;{key}&apos;. ໃຫ້ id ຍາວຂຶ້ນ.</translation>
    </message>
    <message>
        <source>Name at least one recipient by fingerprint (--to).</source>
        <translation>ລະບຸຢ່າງໜ້ອຍໜຶ່ງຜູ້ຮັບດ້ວຍລາຍນິ້ວມື (--to).</translation>
    </message>
    <message>
        <source>Name exactly one thing to tag: a passage (segment), an evidence item or an incident.</source>
        <translation>ລະບຸສິ່ງດຽວທີ່ຈະຕິດປ້າຍ: ຕອນຂໍ້ຄວາມ (segment), ຫຼັກຖານ ຫຼື ເຫດການ.</translation>
    </message>
    <message>
        <source>No case has the reference {reference}. `casebook case list` shows the cases.</source>
        <translation>ບໍ່ມີຄະດີທີ່ມີເລກອ້າງອີງ {reference}. `casebook case list` ສະແດງຄະດີ.</translation>
    </message>
    <message>
        <source>No conflict has this id. `casebook conflicts PATH` lists them.</source>
        <translation>ບໍ່ມີຂໍ້ຂັດແຍ່ງທີ່ມີ id ນີ້. `casebook conflicts PATH` ສະແດງລາຍການພວກມັນ.</translation>
    </message>
    <message>
        <source>No font for {script} script was found. Install the {family} font (Debian: {package}) or put a font file in a folder named in CASEBOOK_FONT_DIRS.</source>
        <translation>ບໍ່ພົບຟອນສຳລັບອັກສອນ {script}. ຕິດຕັ້ງຟອນ {family} (Debian: {package}) ຫຼື ໃສ່ໄຟລ໌ຟອນໃນໂຟນເດີທີ່ລະບຸໃນ CASEBOOK_FONT_DIRS.</translation>
    </message>
    <message>
        <source>No nonce could be added to the time-stamp request. Try again.</source>
        <translation>ບໍ່ສາມາດເພີ່ມ nonce ໃສ່ຄຳຂໍປະທັບເວລາໄດ້. ລອງໃໝ່.</translation>
    </message>
    <message>
        <source>No person in this case has the pseudonym {pseudonym}; check the list of identities to seal.</source>
        <translation>ບໍ່ມີບຸກຄົນໃນຄະດີນີ້ທີ່ມີນາມແຝງ {pseudonym}; ກວດລາຍຊື່ຕົວຕົນທີ່ຈະປິດຜະນຶກ.</translation>
    </message>
    <message>
        <source>No person of case {reference} has the id &apos;{person_id}&apos;. Choose an alleged perpetrator of this case.</source>
        <translation>ບໍ່ມີບຸກຄົນຂອງຄະດີ {reference} ທີ່ມີ id &apos;{person_id}&apos;. ເລືອກຜູ້ຖືກກ່າວຫາຂອງຄະດີນີ້.</translation>
    </message>
    <message>
        <source>No person of case {reference} has the pseudonym &apos;{key}&apos;. Add the person with the role alleged_perpetrator first, or check the pseudonym.</source>
        <translation>ບໍ່ມີບຸກຄົນຂອງຄະດີ {reference} ທີ່ມີນາມແຝງ &apos;{key}&apos;. ເພີ່ມບຸກຄົນທີ່ມີບົດບາດ alleged_perpetrator ກ່ອນ, ຫຼື ກວດນາມແຝງ.</translation>
    </message>
    <message>
        <source>No person of this evidence item&apos;s case has the pseudonym {pseudonym}.</source>
        <translation>ບໍ່ມີບຸກຄົນໃນຄະດີຂອງຫຼັກຖານນີ້ທີ່ມີນາມແຝງ {pseudonym}.</translation>
    </message>
    <message>
        <source>No provision of {code} law maps onto crime {crime}. Leave the national provision out, or choose another crime.</source>
        <translation>ບໍ່ມີບົດບັນຍັດໃດຂອງກົດໝາຍ {code} ທີ່ກົງກັບອາຊະຍາກຳ {crime}. ເອົາບົດບັນຍັດກົດໝາຍພາຍໃນອອກ, ຫຼື ເລືອກອາຊະຍາກຳອື່ນ.</translation>
    </message>
    <message>
        <source>No record of this case has that id. `casebook review PATH --case R` lists the case&apos;s records under review.</source>
        <translation>ບໍ່ມີລາຍການຂອງຄະດີນີ້ທີ່ມີ id ນັ້ນ. `casebook review PATH --case R` ສະແດງລາຍການຂອງຄະດີທີ່ກຳລັງກວດທານ.</translation>
    </message>
    <message>
        <source>No stored identity has this fingerprint. Import your colleague&apos;s identity first with `casebook identity import`.</source>
        <translation>ບໍ່ມີຕົວຕົນທີ່ເກັບໄວ້ທີ່ມີລາຍນິ້ວມືນີ້. ນຳເຂົ້າຕົວຕົນຂອງເພື່ອນຮ່ວມງານກ່ອນດ້ວຍ `casebook identity import`.</translation>
    </message>
    <message>
        <source>No supervisor key slot matches. `casebook supervisor-slot list PATH` shows them.</source>
        <translation>ບໍ່ມີບ່ອນກະແຈຂອງຫົວໜ້າງານທີ່ກົງກັນ. `casebook supervisor-slot list PATH` ສະແດງພວກມັນ.</translation>
    </message>
    <message>
        <source>No user is acting in this casebook; open it again.</source>
        <translation>ບໍ່ມີຜູ້ໃຊ້ທີ່ກຳລັງເຮັດວຽກໃນປຶ້ມຄະດີນີ້; ເປີດມັນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>No user with a signing key is acting in this casebook, so it cannot exchange packages. Open it with its passphrase.</source>
        <translation>ບໍ່ມີຜູ້ໃຊ້ທີ່ມີກະແຈລົງລາຍເຊັນກຳລັງເຮັດວຽກໃນປຶ້ມຄະດີນີ້, ສະນັ້ນມັນແລກປ່ຽນຊຸດແລກປ່ຽນບໍ່ໄດ້. ເປີດມັນດ້ວຍວະລີລະຫັດຂອງມັນ.</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>ບໍ່ມີຫຍັງຖືກຕັດອອກ.</translation>
    </message>
    <message>
        <source>Nothing was imported; correct these entries and import again:
  {entries}</source>
        <translation>ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ; ແກ້ໄຂລາຍການເຫຼົ່ານີ້ ແລ້ວນຳເຂົ້າອີກຄັ້ງ:
  {entries}</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ພະຈິກ</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ຕຸລາ</translation>
    </message>
    <message>
        <source>Only an exhibit or an incident withheld for someone&apos;s consent can be included anyway; a statement goes out only as its witness consented.</source>
        <translation>ສະເພາະວັດຖຸພະຍານ ຫຼື ເຫດການທີ່ບໍ່ເປີດເຜີຍຍ້ອນການຍິນຍອມຂອງບາງຄົນ ເທົ່ານັ້ນທີ່ລວມເຂົ້າໄດ້ຢູ່ດີ; ຄຳໃຫ້ການອອກໄປໄດ້ສະເພາະຕາມທີ່ພະຍານຂອງມັນຍິນຍອມ.</translation>
    </message>
    <message>
        <source>Only your own identity can be exported from this casebook.</source>
        <translation>ສົ່ງອອກໄດ້ສະເພາະຕົວຕົນຂອງທ່ານເອງຈາກປຶ້ມຄະດີນີ້.</translation>
    </message>
    <message>
        <source>Only {linkable} can be linked to an incident.</source>
        <translation>ສະເພາະ {linkable} ເທົ່ານັ້ນທີ່ເຊື່ອມກັບເຫດການໄດ້.</translation>
    </message>
    <message>
        <source>Packing the bundle into a zip file</source>
        <translation>ກຳລັງບັນຈຸຊຸດລົງໃນໄຟລ໌ zip</translation>
    </message>
    <message>
        <source>Page {page} of exhibit {number} has no place in the complaint; export again, and report this if it happens twice.</source>
        <translation>ໜ້າ {page} ຂອງວັດຖຸພະຍານ {number} ບໍ່ມີບ່ອນໃນຄຳຮ້ອງຟ້ອງ; ສົ່ງອອກອີກຄັ້ງ, ແລະ ລາຍງານບັນຫານີ້ຖ້າມັນເກີດຂຶ້ນສອງຄັ້ງ.</translation>
    </message>
    <message>
        <source>Pattern: {title} (1 incident)</source>
        <translation>ແບບແຜນ: {title} (1 ເຫດການ)</translation>
    </message>
    <message>
        <source>Pattern: {title} ({count} incidents)</source>
        <translation>ແບບແຜນ: {title} ({count} ເຫດການ)</translation>
    </message>
    <message>
        <source>Reading or storing the file failed ({reason}); nothing was added.</source>
        <translation>ການອ່ານ ຫຼື ເກັບໄຟລ໌ລົ້ມເຫຼວ ({reason}); ບໍ່ມີຫຍັງຖືກເພີ່ມ.</translation>
    </message>
    <message>
        <source>Recording the export in the chain of custody</source>
        <translation>ກຳລັງບັນທຶກການສົ່ງອອກໃນສາຍການຄຸ້ມຄອງຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder); `casebook verify` lists the damaged places.</source>
        <translation>ກູ້ຄືນ casebook.db ຈາກການສຳຮອງຂໍ້ມູນຂອງໂຟນເດີ (ອາດມີອັນອັດຕະໂນມັດໃນໂຟນເດີ backups/ ຂອງມັນ); `casebook verify` ສະແດງລາຍການບ່ອນທີ່ເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>Review actions are signed, and no user with a key is acting here.</source>
        <translation>ການກະທຳກວດທານຖືກລົງລາຍເຊັນ, ແລະ ບໍ່ມີຜູ້ໃຊ້ທີ່ມີກະແຈກຳລັງເຮັດວຽກຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <source>Say which version to keep: local or incoming.</source>
        <translation>ບອກວ່າຈະເກັບສະບັບໃດ: local (ຂອງທີ່ນີ້) ຫຼື incoming (ທີ່ເຂົ້າມາ).</translation>
    </message>
    <message>
        <source>Sealing the identity annex</source>
        <translation>ກຳລັງປິດຜະນຶກເອກະສານຊ້ອນທ້າຍຕົວຕົນ</translation>
    </message>
    <message>
        <source>September</source>
        <translation>ກັນຍາ</translation>
    </message>
    <message>
        <source>Several identities start with these digits; give more of them.</source>
        <translation>ມີຫຼາຍຕົວຕົນທີ່ເລີ່ມດ້ວຍຕົວເລກເຫຼົ່ານີ້; ໃຫ້ຕົວເລກຫຼາຍຂຶ້ນ.</translation>
    </message>
    <message>
        <source>Source reliability is a letter from A (completely reliable) to F (cannot be judged).</source>
        <translation>ຄວາມໜ້າເຊື່ອຖືຂອງແຫຼ່ງແມ່ນຕົວອັກສອນຈາກ A (ເຊື່ອຖືໄດ້ທັງໝົດ) ຫາ F (ບໍ່ສາມາດຕັດສິນໄດ້).</translation>
    </message>
    <message>
        <source>That {kind} is not part of this incident&apos;s case.</source>
        <translation>{kind} ນັ້ນບໍ່ແມ່ນສ່ວນຂອງຄະດີຂອງເຫດການນີ້.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof but not the media file it is for. Share the photo or video again from ProofMode with its proof.</source>
        <translation>ຊຸດ ProofMode {name} ມີຫຼັກຖານພິສູດ ແຕ່ບໍ່ມີໄຟລ໌ມີເດຍທີ່ມັນເປັນຂອງ. ແບ່ງປັນຮູບ ຫຼື ວິດີໂອອີກຄັ້ງຈາກ ProofMode ພ້ອມຫຼັກຖານພິສູດຂອງມັນ.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof file that is not JSON ProofMode writes; it may be damaged. Ask for it to be shared again from ProofMode.</source>
        <translation>ຊຸດ ProofMode {name} ມີໄຟລ໌ຫຼັກຖານພິສູດທີ່ບໍ່ແມ່ນ JSON ທີ່ ProofMode ຂຽນ; ມັນອາດເສຍຫາຍ. ຂໍໃຫ້ແບ່ງປັນມັນອີກຄັ້ງຈາກ ProofMode.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} holds the proofs of {count} media files; Casebook takes a bundle of one. Share each photo or video from ProofMode on its own, then add each bundle.</source>
        <translation>ຊຸດ ProofMode {name} ມີຫຼັກຖານພິສູດຂອງໄຟລ໌ມີເດຍ {count} ໄຟລ໌; Casebook ຮັບຊຸດທີ່ມີໄຟລ໌ດຽວ. ແບ່ງປັນແຕ່ລະຮູບ ຫຼື ວິດີໂອຈາກ ProofMode ແຍກກັນ, ແລ້ວເພີ່ມແຕ່ລະຊຸດ.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} is damaged (a file in it cannot be read in full); nothing was added. Ask for it to be shared again from ProofMode.</source>
        <translation>ຊຸດ ProofMode {name} ເສຍຫາຍ (ໄຟລ໌ໜຶ່ງໃນນັ້ນອ່ານບໍ່ໄດ້ຄົບ); ບໍ່ມີຫຍັງຖືກເພີ່ມ. ຂໍໃຫ້ແບ່ງປັນມັນອີກຄັ້ງຈາກ ProofMode.</translation>
    </message>
    <message>
        <source>The Rome Statute taxonomy could not be loaded ({where}): {problem}. Reinstall Casebook to restore its taxonomy files.</source>
        <translation>ບໍ່ສາມາດໂຫຼດການຈັດໝວດທຳມະນູນກຸງໂຣມໄດ້ ({where}): {problem}. ຕິດຕັ້ງ Casebook ໃໝ່ເພື່ອກູ້ຄືນໄຟລ໌ການຈັດໝວດ.</translation>
    </message>
    <message>
        <source>The TSA address holds a user name or password. Casebook keeps the address with each time-stamp, so give one without them (a TSA that needs no login).</source>
        <translation>ທີ່ຢູ່ TSA ມີຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານ. Casebook ເກັບທີ່ຢູ່ໄວ້ກັບທຸກການປະທັບເວລາ, ສະນັ້ນໃຫ້ທີ່ຢູ່ທີ່ບໍ່ມີພວກມັນ (TSA ທີ່ບໍ່ຕ້ອງເຂົ້າສູ່ລະບົບ).</translation>
    </message>
    <message>
        <source>The age identity does not open this casebook: none of its supervisor key slots was made for it. Check that you chose your own identity file, or open the casebook with its passphrase.</source>
        <translation>ຕົວຕົນ age ນີ້ເປີດປຶ້ມຄະດີນີ້ບໍ່ໄດ້: ບໍ່ມີບ່ອນກະແຈຂອງຫົວໜ້າງານໃດຖືກສ້າງໃຫ້ມັນ. ກວດວ່າທ່ານເລືອກໄຟລ໌ຕົວຕົນຂອງທ່ານເອງ, ຫຼື ເປີດປຶ້ມຄະດີດ້ວຍວະລີລະຫັດຂອງມັນ.</translation>
    </message>
    <message>
        <source>The age identity file holds no usable key (a line starting AGE-SECRET-KEY-1). Choose the identity file you exported from your own casebook.</source>
        <translation>ໄຟລ໌ຕົວຕົນ age ບໍ່ມີກະແຈທີ່ໃຊ້ໄດ້ (ແຖວທີ່ເລີ່ມດ້ວຍ AGE-SECRET-KEY-1). ເລືອກໄຟລ໌ຕົວຕົນທີ່ທ່ານສົ່ງອອກຈາກປຶ້ມຄະດີຂອງທ່ານເອງ.</translation>
    </message>
    <message>
        <source>The age recipient is not valid. It is a public key starting with &apos;age1&apos;; ask the recipient for it again.</source>
        <translation>ຜູ້ຮັບ age ບໍ່ຖືກຕ້ອງ. ມັນແມ່ນກະແຈສາທາລະນະທີ່ເລີ່ມດ້ວຍ &apos;age1&apos;; ຂໍມັນຈາກຜູ້ຮັບອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The audit chain is empty, so there is nothing to time-stamp yet.</source>
        <translation>ສາຍການກວດສອບຫວ່າງເປົ່າ, ສະນັ້ນຍັງບໍ່ມີຫຍັງໃຫ້ປະທັບເວລາ.</translation>
    </message>
    <message>
        <source>The audit history in the package does not end where its signed manifest says. Nothing was imported; ask the sender for a new package.</source>
        <translation>ປະຫວັດການກວດສອບໃນຊຸດແລກປ່ຽນບໍ່ສິ້ນສຸດຢູ່ບ່ອນທີ່ບັນຊີໄຟລ໌ທີ່ລົງລາຍເຊັນບອກ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ; ຂໍຊຸດແລກປ່ຽນໃໝ່ຈາກຜູ້ສົ່ງ.</translation>
    </message>
    <message>
        <source>The backup could not be written to {parent} ({reason}); the previous backup there, if any, is unchanged.</source>
        <translation>ບໍ່ສາມາດຂຽນການສຳຮອງຂໍ້ມູນໄປທີ່ {parent} ໄດ້ ({reason}); ການສຳຮອງຂໍ້ມູນກ່ອນໜ້ານີ້ຢູ່ບ່ອນນັ້ນ, ຖ້າມີ, ບໍ່ປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>The backup was cancelled and what it had written was removed; the previous backup, if any, is unchanged.</source>
        <translation>ການສຳຮອງຂໍ້ມູນຖືກຍົກເລີກ ແລະ ສິ່ງທີ່ມັນຂຽນໄປແລ້ວຖືກລຶບອອກ; ການສຳຮອງຂໍ້ມູນກ່ອນໜ້ານີ້, ຖ້າມີ, ບໍ່ປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>The backup was not made: the copy of the database did not check out ({problems}). Run `casebook verify` on the casebook.</source>
        <translation>ການສຳຮອງຂໍ້ມູນບໍ່ໄດ້ເຮັດ: ສຳເນົາຖານຂໍ້ມູນກວດບໍ່ຜ່ານ ({problems}). ແລ່ນ `casebook verify` ກັບປຶ້ມຄະດີ.</translation>
    </message>
    <message>
        <source>The backup was not made: {problem} The casebook itself may be damaged; run `casebook verify` on it.</source>
        <translation>ການສຳຮອງຂໍ້ມູນບໍ່ໄດ້ເຮັດ: {problem} ປຶ້ມຄະດີເອງອາດເສຍຫາຍ; ແລ່ນ `casebook verify` ກັບມັນ.</translation>
    </message>
    <message>
        <source>The bundle is signed with the exporting user&apos;s key, and this user has none in this casebook. Open the casebook as the user who exports.</source>
        <translation>ຊຸດຖືກລົງລາຍເຊັນດ້ວຍກະແຈຂອງຜູ້ໃຊ້ທີ່ສົ່ງອອກ, ແລະ ຜູ້ໃຊ້ນີ້ບໍ່ມີກະແຈໃນປຶ້ມຄະດີນີ້. ເປີດປຶ້ມຄະດີໃນນາມຜູ້ໃຊ້ທີ່ສົ່ງອອກ.</translation>
    </message>
    <message>
        <source>The casebook&apos;s database cannot be read: the file is damaged, or it does not belong to this key-slot file. {hint}</source>
        <translation>ຖານຂໍ້ມູນຂອງປຶ້ມຄະດີອ່ານບໍ່ໄດ້: ໄຟລ໌ເສຍຫາຍ, ຫຼື ມັນບໍ່ແມ່ນຂອງໄຟລ໌ບ່ອນກະແຈນີ້. {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database file is empty or holds none of this casebook&apos;s records, so it was not opened. Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder).</source>
        <translation>ໄຟລ໌ຖານຂໍ້ມູນຂອງປຶ້ມຄະດີຫວ່າງເປົ່າ ຫຼື ບໍ່ມີລາຍການຂອງປຶ້ມຄະດີນີ້ເລີຍ, ສະນັ້ນມັນບໍ່ໄດ້ຖືກເປີດ. ກູ້ຄືນ casebook.db ຈາກການສຳຮອງຂໍ້ມູນຂອງໂຟນເດີ (ອາດມີອັນອັດຕະໂນມັດໃນໂຟນເດີ backups/ ຂອງມັນ).</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged ({pages}). {hint}</source>
        <translation>ຖານຂໍ້ມູນຂອງປຶ້ມຄະດີເສຍຫາຍ ({pages}). {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged. {hint}</source>
        <translation>ຖານຂໍ້ມູນຂອງປຶ້ມຄະດີເສຍຫາຍ. {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of the package ({kind}); nothing was imported. Ask the sender to make the package again with this version of Casebook.</source>
        <translation>ຖານຂໍ້ມູນຂອງປຶ້ມຄະດີປະຕິເສດລາຍການໜຶ່ງຂອງຊຸດແລກປ່ຽນ ({kind}); ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. ຂໍໃຫ້ຜູ້ສົ່ງສ້າງຊຸດແລກປ່ຽນອີກຄັ້ງດ້ວຍ Casebook ລຸ້ນນີ້.</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of this file ({kind}); nothing was imported. Check the file against the interchange format, or report this with the file&apos;s format version.</source>
        <translation>ຖານຂໍ້ມູນຂອງປຶ້ມຄະດີປະຕິເສດລາຍການໜຶ່ງຂອງໄຟລ໌ນີ້ ({kind}); ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. ກວດໄຟລ໌ກັບຮູບແບບການແລກປ່ຽນຂໍ້ມູນ, ຫຼື ລາຍງານບັນຫານີ້ພ້ອມລຸ້ນຮູບແບບຂອງໄຟລ໌.</translation>
    </message>
    <message>
        <source>The charge is not one of case {reference}.</source>
        <translation>ຂໍ້ກ່າວຫານີ້ບໍ່ແມ່ນຂອງຄະດີ {reference}.</translation>
    </message>
    <message>
        <source>The complaint has no creation date; export again.</source>
        <translation>ຄຳຮ້ອງຟ້ອງບໍ່ມີວັນທີສ້າງ; ສົ່ງອອກອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The content of {label} has {total} bytes, but {size} were recorded.</source>
        <translation>ເນື້ອໃນຂອງ {label} ມີ {total} ໄບຕ໌, ແຕ່ຖືກບັນທຶກໄວ້ {size}.</translation>
    </message>
    <message>
        <source>The content of {label} no longer matches the SHA-256 recorded at intake.</source>
        <translation>ເນື້ອໃນຂອງ {label} ບໍ່ກົງກັບ SHA-256 ທີ່ບັນທຶກໄວ້ຕອນຮັບເຂົ້າອີກຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>The database in this folder belongs to a different casebook than its key-slot file. Files from two casebooks have been mixed; restore the folder from a backup.</source>
        <translation>ຖານຂໍ້ມູນໃນໂຟນເດີນີ້ເປັນຂອງປຶ້ມຄະດີອື່ນ ບໍ່ແມ່ນຂອງໄຟລ໌ບ່ອນກະແຈຂອງມັນ. ໄຟລ໌ຈາກສອງປຶ້ມຄະດີຖືກປົນກັນ; ກູ້ຄືນໂຟນເດີຈາກການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>The date has a day that this month does not have.</source>
        <translation>ວັນທີມີມື້ທີ່ເດືອນນີ້ບໍ່ມີ.</translation>
    </message>
    <message>
        <source>The date has a month that does not exist (months are 01 to 12).</source>
        <translation>ວັນທີມີເດືອນທີ່ບໍ່ມີຢູ່ (ເດືອນແມ່ນ 01 ຫາ 12).</translation>
    </message>
    <message>
        <source>The date has a time of day that does not exist (hours 00-23, minutes 00-59).</source>
        <translation>ວັນທີມີເວລາທີ່ບໍ່ມີຢູ່ (ຊົ່ວໂມງ 00-23, ນາທີ 00-59).</translation>
    </message>
    <message>
        <source>The date has the year 0000, which no calendar has.</source>
        <translation>ວັນທີມີປີ 0000, ເຊິ່ງບໍ່ມີປະຕິທິນໃດມີ.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the backup was not made; the previous backup there, if any, is unchanged. Free some space or choose another disk.</source>
        <translation>ດິສທີ່ມີ {folder} ເຕັມ, ສະນັ້ນການສຳຮອງຂໍ້ມູນບໍ່ໄດ້ເຮັດ; ການສຳຮອງຂໍ້ມູນກ່ອນໜ້ານີ້ຢູ່ບ່ອນນັ້ນ, ຖ້າມີ, ບໍ່ປ່ຽນແປງ. ເຮັດໃຫ້ມີບ່ອນວ່າງ ຫຼື ເລືອກດິສອື່ນ.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved from this step. Free some space and try again; the casebook is unchanged.</source>
        <translation>ດິສເຕັມ, ສະນັ້ນບໍ່ມີຫຍັງຈາກຂັ້ນຕອນນີ້ຖືກບັນທຶກ. ເຮັດໃຫ້ມີບ່ອນວ່າງ ແລ້ວລອງໃໝ່; ປຶ້ມຄະດີບໍ່ປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>The disk that holds the casebook {folder} is full, so its database could not be read or written and nothing was saved from this step. This is not damage: free some space on that disk and try again. Do not restore the casebook from a backup, which would lose your recent work.</source>
        <translation>ດິສທີ່ມີປຶ້ມຄະດີ {folder} ເຕັມ, ສະນັ້ນອ່ານ ຫຼື ຂຽນຖານຂໍ້ມູນບໍ່ໄດ້ ແລະ ບໍ່ມີຫຍັງຈາກຂັ້ນຕອນນີ້ຖືກບັນທຶກ. ນີ້ບໍ່ແມ່ນຄວາມເສຍຫາຍ: ເຮັດໃຫ້ມີບ່ອນວ່າງໃນດິສນັ້ນ ແລ້ວລອງໃໝ່. ຢ່າກູ້ຄືນປຶ້ມຄະດີຈາກການສຳຮອງຂໍ້ມູນ, ເພາະຈະເຮັດໃຫ້ວຽກທີ່ເຮັດບໍ່ດົນມານີ້ເສຍໄປ.</translation>
    </message>
    <message>
        <source>The document holds fields other than &quot;sections&quot;; put each section in the &quot;sections&quot; list.</source>
        <translation>ເອກະສານມີຊ່ອງອື່ນນອກຈາກ &quot;sections&quot;; ໃສ່ແຕ່ລະພາກໃນລາຍຊື່ &quot;sections&quot;.</translation>
    </message>
    <message>
        <source>The edition for addressee {key} is written in {names}, not in {language}; choose {names} as the language of the document.</source>
        <translation>ສະບັບສຳລັບຜູ້ຮັບ {key} ຂຽນເປັນ {names}, ບໍ່ແມ່ນ {language}; ເລືອກ {names} ເປັນພາສາຂອງເອກະສານ.</translation>
    </message>
    <message>
        <source>The edition must be &apos;filing&apos; or &apos;internal&apos;, not {edition}.</source>
        <translation>ສະບັບຕ້ອງເປັນ &apos;filing&apos; ຫຼື &apos;internal&apos;, ບໍ່ແມ່ນ {edition}.</translation>
    </message>
    <message>
        <source>The element &apos;{shown}&apos; is not an element of this charge ({crime_id}). Its elements are: {allowed}.</source>
        <translation>ອົງປະກອບ &apos;{shown}&apos; ບໍ່ແມ່ນອົງປະກອບຂອງຂໍ້ກ່າວຫານີ້ ({crime_id}). ອົງປະກອບຂອງມັນແມ່ນ: {allowed}.</translation>
    </message>
    <message>
        <source>The entry {name} does not match its hash in the signed manifest: the package was altered after it was signed. Nothing was imported.</source>
        <translation>ລາຍການ {name} ບໍ່ກົງກັບ hash ຂອງມັນໃນບັນຊີໄຟລ໌ທີ່ລົງລາຍເຊັນ: ຊຸດແລກປ່ຽນຖືກດັດແປງຫຼັງຈາກລົງລາຍເຊັນ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The entry {name} is not the one (or not the size) its signed manifest lists at this place; the package was refused and nothing was imported.</source>
        <translation>ລາຍການ {name} ບໍ່ແມ່ນອັນ (ຫຼື ບໍ່ແມ່ນຂະໜາດ) ທີ່ບັນຊີໄຟລ໌ທີ່ລົງລາຍເຊັນລະບຸໄວ້ຢູ່ບ່ອນນີ້; ຊຸດແລກປ່ຽນຖືກປະຕິເສດ ແລະ ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The export edition {name} has no texts (&apos;strings&apos;).</source>
        <translation>ສະບັບສົ່ງອອກ {name} ບໍ່ມີຂໍ້ຄວາມ (&apos;strings&apos;).</translation>
    </message>
    <message>
        <source>The export edition {name} names no sections or unknown ones ({unknown}); sections are: {sections}.</source>
        <translation>ສະບັບສົ່ງອອກ {name} ບໍ່ລະບຸພາກ ຫຼື ລະບຸພາກທີ່ບໍ່ຮູ້ຈັກ ({unknown}); ພາກແມ່ນ: {sections}.</translation>
    </message>
    <message>
        <source>The export template {name} does not hold a JSON object.</source>
        <translation>ແມ່ແບບສົ່ງອອກ {name} ບໍ່ມີວັດຖຸ JSON.</translation>
    </message>
    <message>
        <source>The export template {name} is missing from this installation; reinstall Casebook.</source>
        <translation>ແມ່ແບບສົ່ງອອກ {name} ບໍ່ມີໃນການຕິດຕັ້ງນີ້; ຕິດຕັ້ງ Casebook ໃໝ່.</translation>
    </message>
    <message>
        <source>The export template {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>ແມ່ແບບສົ່ງອອກ {name} ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ (ແຖວ {lineno}); ກູ້ຄືນມັນຈາກການຕິດຕັ້ງ Casebook.</translation>
    </message>
    <message>
        <source>The export text {key} is missing or not a text.</source>
        <translation>ຂໍ້ຄວາມສົ່ງອອກ {key} ບໍ່ມີ ຫຼື ບໍ່ແມ່ນຂໍ້ຄວາມ.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written and nothing recorded.</source>
        <translation>ການສົ່ງອອກຖືກຍົກເລີກ; ບໍ່ມີຫຍັງຖືກຂຽນ ແລະ ບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was imported:</source>
        <translation>ໄຟລ໌ນີ້ນຳເຂົ້າຕາມສະພາບນີ້ບໍ່ໄດ້; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ:</translation>
    </message>
    <message>
        <source>The file does not follow the interchange format; nothing was imported:</source>
        <translation>ໄຟລ໌ບໍ່ເປັນໄປຕາມຮູບແບບການແລກປ່ຽນຂໍ້ມູນ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ:</translation>
    </message>
    <message>
        <source>The file holds a value Casebook does not read; nothing was imported:</source>
        <translation>ໄຟລ໌ມີຄ່າທີ່ Casebook ອ່ານບໍ່ໄດ້; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ:</translation>
    </message>
    <message>
        <source>The file holds dates that do not exist, ranges that end before they start, or consent recipients that are not codes of Casebook&apos;s list of states and bodies; nothing was imported. Correct them and import again:</source>
        <translation>ໄຟລ໌ມີວັນທີທີ່ບໍ່ມີຢູ່, ຊ່ວງທີ່ສິ້ນສຸດກ່ອນເລີ່ມ, ຫຼື ຜູ້ຮັບການຍິນຍອມທີ່ບໍ່ແມ່ນລະຫັດໃນລາຍຊື່ລັດ ແລະ ອົງການຂອງ Casebook; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. ແກ້ໄຂພວກມັນ ແລ້ວນຳເຂົ້າອີກຄັ້ງ:</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being read (it was {before} bytes, then {after}, and {size} were read). Wait until it is completely copied or saved, then add it again.</source>
        <translation>ໄຟລ໌ {name} ປ່ຽນແປງໃນຂະນະທີ່ກຳລັງອ່ານ (ມັນມີ {before} ໄບຕ໌, ແລ້ວ {after}, ແລະ ອ່ານໄດ້ {size}). ລໍຖ້າຈົນກວ່າມັນຖືກສຳເນົາ ຫຼື ບັນທຶກຄົບ, ແລ້ວເພີ່ມມັນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The file {name} was not found. It may have been moved or its drive removed; check the path and try again.</source>
        <translation>ບໍ່ພົບໄຟລ໌ {name}. ມັນອາດຖືກຍ້າຍ ຫຼື ໄດຣຟ໌ຂອງມັນຖືກຖອດອອກ; ກວດເສັ້ນທາງ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the path.</source>
        <translation>ໄຟລ໌ {path} ບໍ່ມີຢູ່. ກວດເສັ້ນທາງ.</translation>
    </message>
    <message>
        <source>The filing edition was not written, because a charge rests on law that did not apply to the charged acts or whose wording has not been checked:
{lines}
Export the internal edition to review the charges, leave these charges out of the export (choose the charges to export), or correct the incident dates if they are wrong.</source>
        <translation>ສະບັບຍື່ນບໍ່ໄດ້ຖືກຂຽນ, ເພາະມີຂໍ້ກ່າວຫາທີ່ອີງໃສ່ກົດໝາຍທີ່ບໍ່ໄດ້ນຳໃຊ້ກັບການກະທຳທີ່ຖືກກ່າວຫາ ຫຼື ຖ້ອຍຄຳຂອງມັນຍັງບໍ່ໄດ້ກວດ:
{lines}
ສົ່ງອອກສະບັບພາຍໃນເພື່ອກວດທານຂໍ້ກ່າວຫາ, ເອົາຂໍ້ກ່າວຫາເຫຼົ່ານີ້ອອກຈາກການສົ່ງອອກ (ເລືອກຂໍ້ກ່າວຫາທີ່ຈະສົ່ງອອກ), ຫຼື ແກ້ໄຂວັນທີຂອງເຫດການຖ້າມັນຜິດ.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({strerror}).</source>
        <translation>ສ້າງໂຟນເດີ {folder} ບໍ່ໄດ້ ({strerror}).</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({reason}). Choose a place you can write to.</source>
        <translation>ສ້າງໂຟນເດີ {folder} ບໍ່ໄດ້ ({reason}). ເລືອກບ່ອນທີ່ທ່ານຂຽນໄດ້.</translation>
    </message>
    <message>
        <source>The identity of {display_name} is not verified yet. Compare its fingerprint with your colleague by phone or in person, then run `casebook identity verify`.</source>
        <translation>ຕົວຕົນຂອງ {display_name} ຍັງບໍ່ໄດ້ຢັ້ງຢືນ. ປຽບທຽບລາຍນິ້ວມືຂອງມັນກັບເພື່ອນຮ່ວມງານທາງໂທລະສັບ ຫຼື ຕໍ່ໜ້າ, ແລ້ວແລ່ນ `casebook identity verify`.</translation>
    </message>
    <message>
        <source>The incoming version cannot be written here: {reason}.</source>
        <translation>ສະບັບທີ່ເຂົ້າມາຂຽນຢູ່ບ່ອນນີ້ບໍ່ໄດ້: {reason}.</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: it is not valid JSON. Restore it from a backup of the casebook folder.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈ (keyslots.json) ເສຍຫາຍ: ມັນບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ. ກູ້ຄືນມັນຈາກການສຳຮອງຂໍ້ມູນຂອງໂຟນເດີປຶ້ມຄະດີ.</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: its checksum does not match its content. Restore it from a backup of the casebook folder.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈ (keyslots.json) ເສຍຫາຍ: checksum ຂອງມັນບໍ່ກົງກັບເນື້ອໃນ. ກູ້ຄືນມັນຈາກການສຳຮອງຂໍ້ມູນຂອງໂຟນເດີປຶ້ມຄະດີ.</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is missing from this casebook folder, so it cannot be opened. Restore the file from a backup of the folder.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈ (keyslots.json) ບໍ່ມີໃນໂຟນເດີປຶ້ມຄະດີນີ້, ສະນັ້ນມັນເປີດບໍ່ໄດ້. ກູ້ຄືນໄຟລ໌ຈາກການສຳຮອງຂໍ້ມູນຂອງໂຟນເດີ.</translation>
    </message>
    <message>
        <source>The key-slot file asks for key-derivation costs beyond anything Casebook writes (at most {mib} MiB of memory and {max_iterations} passes), so it was not tried: it is damaged or was tampered with. Restore keyslots.json from a backup of the casebook folder.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈຮຽກຮ້ອງຄ່າການສ້າງກະແຈເກີນກວ່າທີ່ Casebook ເຄີຍຂຽນ (ສູງສຸດ {mib} MiB ຂອງໜ່ວຍຄວາມຈຳ ແລະ {max_iterations} ຮອບ), ສະນັ້ນບໍ່ໄດ້ລອງ: ມັນເສຍຫາຍ ຫຼື ຖືກແຊກແຊງ. ກູ້ຄືນ keyslots.json ຈາກການສຳຮອງຂໍ້ມູນຂອງໂຟນເດີປຶ້ມຄະດີ.</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read ({reason}). Check the folder&apos;s permissions and the disk.</source>
        <translation>ອ່ານໄຟລ໌ບ່ອນກະແຈບໍ່ໄດ້ ({reason}). ກວດສິດຂອງໂຟນເດີ ແລະ ດິສ.</translation>
    </message>
    <message>
        <source>The key-slot file changed to another casebook&apos;s during the backup.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈປ່ຽນເປັນຂອງປຶ້ມຄະດີອື່ນໃນລະຫວ່າງການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>The key-slot file has been altered since Casebook last wrote it (a slot was added, removed or edited). The casebook was not opened. Restore keyslots.json from a backup, and treat this computer as possibly tampered with.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈຖືກດັດແປງນັບແຕ່ Casebook ຂຽນມັນຄັ້ງສຸດທ້າຍ (ບ່ອນກະແຈຖືກເພີ່ມ, ລຶບ ຫຼື ແກ້ໄຂ). ປຶ້ມຄະດີບໍ່ໄດ້ຖືກເປີດ. ກູ້ຄືນ keyslots.json ຈາກການສຳຮອງຂໍ້ມູນ, ແລະ ຖືວ່າຄອມພິວເຕີນີ້ອາດຖືກແຊກແຊງ.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: a slot is not an object.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈເສຍຫາຍ: ບ່ອນກະແຈໜຶ່ງບໍ່ແມ່ນວັດຖຸ.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: it lists no usable key slots.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈເສຍຫາຍ: ມັນບໍ່ມີບ່ອນກະແຈທີ່ໃຊ້ໄດ້.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {exc}.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈເສຍຫາຍ: {exc}.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is missing.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈເສຍຫາຍ: ບໍ່ມີ {what}.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is not valid.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈເສຍຫາຍ: {what} ບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>The key-slot file is not in a format this version of Casebook knows. It may come from a newer version, or be damaged.</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈບໍ່ຢູ່ໃນຮູບແບບທີ່ Casebook ລຸ້ນນີ້ຮູ້ຈັກ. ມັນອາດມາຈາກລຸ້ນໃໝ່ກວ່າ, ຫຼື ເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>The languages of the export edition {name} do not have the same texts; give every language every key.</source>
        <translation>ພາສາຕ່າງໆຂອງສະບັບສົ່ງອອກ {name} ບໍ່ມີຂໍ້ຄວາມຄືກັນ; ໃຫ້ທຸກພາສາມີທຸກ key.</translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be removed.</source>
        <translation>ບ່ອນວະລີລະຫັດສຸດທ້າຍລຶບບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The list {name} does not hold a JSON object; restore it.</source>
        <translation>ລາຍຊື່ {name} ບໍ່ມີວັດຖຸ JSON; ກູ້ຄືນມັນ.</translation>
    </message>
    <message>
        <source>The list {name} is missing from this installation; reinstall Casebook.</source>
        <translation>ລາຍຊື່ {name} ບໍ່ມີໃນການຕິດຕັ້ງນີ້; ຕິດຕັ້ງ Casebook ໃໝ່.</translation>
    </message>
    <message>
        <source>The list {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>ລາຍຊື່ {name} ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ (ແຖວ {lineno}); ກູ້ຄືນມັນຈາກການຕິດຕັ້ງ Casebook.</translation>
    </message>
    <message>
        <source>The local record changed after this conflict was found. Look at it again; to keep your current version, resolve with --keep local.</source>
        <translation>ລາຍການຢູ່ທີ່ນີ້ປ່ຽນແປງຫຼັງຈາກພົບຂໍ້ຂັດແຍ່ງນີ້. ເບິ່ງມັນອີກຄັ້ງ; ເພື່ອເກັບສະບັບປັດຈຸບັນຂອງທ່ານ, ແກ້ໄຂດ້ວຍ --keep local.</translation>
    </message>
    <message>
        <source>The local record is sealed, so it cannot take the incoming version. Make a new version of it if the incoming changes are right, then keep local.</source>
        <translation>ລາຍການຢູ່ທີ່ນີ້ຖືກປິດຜະນຶກແລ້ວ, ສະນັ້ນຮັບສະບັບທີ່ເຂົ້າມາບໍ່ໄດ້. ສ້າງສະບັບໃໝ່ຂອງມັນຖ້າການປ່ຽນແປງທີ່ເຂົ້າມາຖືກຕ້ອງ, ແລ້ວເກັບ local.</translation>
    </message>
    <message>
        <source>The package breaks a rule of this casebook&apos;s records (a reference to a record that is not here, or a duplicate). Nothing was imported; ask the sender for a complete package (without --since-last).</source>
        <translation>ຊຸດແລກປ່ຽນລະເມີດກົດຂອງລາຍການໃນປຶ້ມຄະດີນີ້ (ອ້າງອີງເຖິງລາຍການທີ່ບໍ່ມີຢູ່ບ່ອນນີ້, ຫຼື ຊ້ຳກັນ). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ; ຂໍຊຸດແລກປ່ຽນທີ່ຄົບຖ້ວນຈາກຜູ້ສົ່ງ (ບໍ່ມີ --since-last).</translation>
    </message>
    <message>
        <source>The package cannot be merged into this casebook, so nothing was imported:</source>
        <translation>ຊຸດແລກປ່ຽນລວມເຂົ້າໃນປຶ້ມຄະດີນີ້ບໍ່ໄດ້, ສະນັ້ນບໍ່ມີຫຍັງຖືກນຳເຂົ້າ:</translation>
    </message>
    <message>
        <source>The package claims to come from a stored identity but is signed with another key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນອ້າງວ່າມາຈາກຕົວຕົນທີ່ເກັບໄວ້ ແຕ່ຖືກລົງລາຍເຊັນດ້ວຍກະແຈອື່ນ. ອາດມີຄົນປອມຕົວເປັນເພື່ອນຮ່ວມງານ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package comes from an unknown sender ({display_name}, {role}, fingerprint {fingerprint}). Import their identity and verify its fingerprint with them first, or import with --accept-unverified if you trust it. Nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນມາຈາກຜູ້ສົ່ງທີ່ບໍ່ຮູ້ຈັກ ({display_name}, {role}, ລາຍນິ້ວມື {fingerprint}). ນຳເຂົ້າຕົວຕົນຂອງເຂົາເຈົ້າ ແລະ ຢັ້ງຢືນລາຍນິ້ວມືກັບເຂົາເຈົ້າກ່ອນ, ຫຼື ນຳເຂົ້າດ້ວຍ --accept-unverified ຖ້າທ່ານເຊື່ອຖືມັນ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package comes from {display_name} (fingerprint {fingerprint}), whose identity is not verified here. Compare the fingerprint with them by phone or in person and run `casebook identity verify`, or import with --accept-unverified. Nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນມາຈາກ {display_name} (ລາຍນິ້ວມື {fingerprint}), ເຊິ່ງຕົວຕົນຍັງບໍ່ໄດ້ຢັ້ງຢືນຢູ່ບ່ອນນີ້. ປຽບທຽບລາຍນິ້ວມືກັບເຂົາເຈົ້າທາງໂທລະສັບ ຫຼື ຕໍ່ໜ້າ ແລ້ວແລ່ນ `casebook identity verify`, ຫຼື ນຳເຂົ້າດ້ວຍ --accept-unverified. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package could not be read ({strerror}).</source>
        <translation>ອ່ານຊຸດແລກປ່ຽນບໍ່ໄດ້ ({strerror}).</translation>
    </message>
    <message>
        <source>The package could not be written ({strerror}); nothing was sent.</source>
        <translation>ຂຽນຊຸດແລກປ່ຽນບໍ່ໄດ້ ({strerror}); ບໍ່ມີຫຍັງຖືກສົ່ງ.</translation>
    </message>
    <message>
        <source>The package declares an entry of {size} bytes, more than Casebook accepts ({limit} bytes); it was refused and nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນລະບຸລາຍການຂະໜາດ {size} ໄບຕ໌, ຫຼາຍກວ່າທີ່ Casebook ຮັບ ({limit} ໄບຕ໌); ມັນຖືກປະຕິເສດ ແລະ ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package holds an archive entry that is not a plain file (a link, folder or extended header). Casebook never writes such entries, so the package was refused; nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນມີລາຍການໃນແຟ້ມບີບອັດທີ່ບໍ່ແມ່ນໄຟລ໌ທຳມະດາ (ລິ້ງ, ໂຟນເດີ ຫຼື extended header). Casebook ບໍ່ເຄີຍຂຽນລາຍການແບບນີ້, ສະນັ້ນຊຸດແລກປ່ຽນຖືກປະຕິເສດ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package holds an entry its signed manifest does not list; it was refused and nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນມີລາຍການທີ່ບັນຊີໄຟລ໌ທີ່ລົງລາຍເຊັນບໍ່ໄດ້ລະບຸ; ມັນຖືກປະຕິເສດ ແລະ ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package holds an entry whose path leaves its folder ({name}). Such packages are refused as hostile; nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນມີລາຍການທີ່ເສັ້ນທາງອອກນອກໂຟນເດີຂອງມັນ ({name}). ຊຸດແບບນີ້ຖືກປະຕິເສດເພາະເປັນອັນຕະລາຍ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package holds changes to a case this casebook does not have. Ask the sender for a complete package (without --since-last); nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນມີການປ່ຽນແປງຂອງຄະດີທີ່ປຶ້ມຄະດີນີ້ບໍ່ມີ. ຂໍຊຸດແລກປ່ຽນທີ່ຄົບຖ້ວນຈາກຜູ້ສົ່ງ (ບໍ່ມີ --since-last); ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered ({detail}). Ask the sender for a new copy; nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນເສຍຫາຍ, ບໍ່ຄົບ ຫຼື ຖືກດັດແປງ ({detail}). ຂໍສຳເນົາໃໝ່ຈາກຜູ້ສົ່ງ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered. Ask the sender for a new copy; nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນເສຍຫາຍ, ບໍ່ຄົບ ຫຼື ຖືກດັດແປງ. ຂໍສຳເນົາໃໝ່ຈາກຜູ້ສົ່ງ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package is signed with the key of a stored identity but names another user or age key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນຖືກລົງລາຍເຊັນດ້ວຍກະແຈຂອງຕົວຕົນທີ່ເກັບໄວ້ ແຕ່ລະບຸຜູ້ໃຊ້ ຫຼື ກະແຈ age ອື່ນ. ອາດມີຄົນປອມຕົວເປັນເພື່ອນຮ່ວມງານ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package names a user of this casebook with a different signing key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນລະບຸຜູ້ໃຊ້ຂອງປຶ້ມຄະດີນີ້ທີ່ມີກະແຈລົງລາຍເຊັນຕ່າງກັນ. ອາດມີຄົນປອມຕົວເປັນເພື່ອນຮ່ວມງານ; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is {size} bytes, more than Casebook accepts; it was refused and nothing was imported.</source>
        <translation>ບັນຊີໄຟລ໌ຂອງຊຸດແລກປ່ຽນມີ {size} ໄບຕ໌, ຫຼາຍກວ່າທີ່ Casebook ຮັບ; ມັນຖືກປະຕິເສດ ແລະ ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package&apos;s records are malformed, so nothing was imported. Ask the sender to make the package again with this version of Casebook:</source>
        <translation>ລາຍການຂອງຊຸດແລກປ່ຽນມີຮູບແບບຜິດ, ສະນັ້ນບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. ຂໍໃຫ້ຜູ້ສົ່ງສ້າງຊຸດແລກປ່ຽນອີກຄັ້ງດ້ວຍ Casebook ລຸ້ນນີ້:</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its manifest: it was altered after it was signed, or damaged. Nothing was imported.</source>
        <translation>ລາຍເຊັນຂອງຊຸດແລກປ່ຽນບໍ່ກົງກັບບັນຊີໄຟລ໌ຂອງມັນ: ມັນຖືກດັດແປງຫຼັງຈາກລົງລາຍເຊັນ, ຫຼື ເສຍຫາຍ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The package&apos;s signed manifest is malformed, so nothing was imported. It may come from a newer version of Casebook:</source>
        <translation>ບັນຊີໄຟລ໌ທີ່ລົງລາຍເຊັນຂອງຊຸດແລກປ່ຽນມີຮູບແບບຜິດ, ສະນັ້ນບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. ມັນອາດມາຈາກ Casebook ລຸ້ນໃໝ່ກວ່າ:</translation>
    </message>
    <message>
        <source>The package&apos;s {name} holds a value Casebook does not read, so nothing was imported. Ask the sender to make the package again:</source>
        <translation>{name} ຂອງຊຸດແລກປ່ຽນມີຄ່າທີ່ Casebook ອ່ານບໍ່ໄດ້, ສະນັ້ນບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. ຂໍໃຫ້ຜູ້ສົ່ງສ້າງຊຸດແລກປ່ຽນອີກຄັ້ງ:</translation>
    </message>
    <message>
        <source>The package&apos;s {name} is not valid JSON, so nothing was imported. Ask the sender to make the package again.</source>
        <translation>{name} ຂອງຊຸດແລກປ່ຽນບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ, ສະນັ້ນບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. ຂໍໃຫ້ຜູ້ສົ່ງສ້າງຊຸດແລກປ່ຽນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The passphrase does not open this casebook. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>ວະລີລະຫັດນີ້ເປີດປຶ້ມຄະດີນີ້ບໍ່ໄດ້. ກວດພາສາແປ້ນພິມ ແລະ Caps Lock, ຫຼື ໃຊ້ກະແຈກູ້ຄືນ.</translation>
    </message>
    <message>
        <source>The pattern annex&apos;s threshold must be a whole number of at least 2 (got {k}): counts of persons from 1 to threshold - 1 are shown as &apos;&lt; threshold&apos;.</source>
        <translation>ເກນຂອງເອກະສານຊ້ອນທ້າຍແບບແຜນຕ້ອງເປັນຈຳນວນເຕັມຢ່າງໜ້ອຍ 2 (ໄດ້ຮັບ {k}): ຈຳນວນບຸກຄົນຈາກ 1 ຫາ ເກນ - 1 ສະແດງເປັນ &apos;&lt; ເກນ&apos;.</translation>
    </message>
    <message>
        <source>The pattern filter&apos;s {name} is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{name} ຂອງຕົວກັ່ນຕອງແບບແຜນບໍ່ແມ່ນວັນທີ; ຂຽນເປັນ YYYY-MM-DD, YYYY-MM ຫຼື YYYY.</translation>
    </message>
    <message>
        <source>The pattern&apos;s title is longer than 300 characters; shorten it.</source>
        <translation>ຫົວຂໍ້ຂອງແບບແຜນຍາວເກີນ 300 ຕົວອັກສອນ; ເຮັດໃຫ້ສັ້ນລົງ.</translation>
    </message>
    <message>
        <source>The print could not be written to {target} ({strerror}). Choose a folder you can write to.</source>
        <translation>ຂຽນສິ່ງພິມໄປທີ່ {target} ບໍ່ໄດ້ ({strerror}). ເລືອກໂຟນເດີທີ່ທ່ານຂຽນໄດ້.</translation>
    </message>
    <message>
        <source>The process that encrypts or decrypts the package stopped unexpectedly (exit status {status}). Nothing was kept; try again, and if it happens again, restart Casebook.</source>
        <translation>ໂປຣເຊສທີ່ເຂົ້າລະຫັດ ຫຼື ຖອດລະຫັດຊຸດແລກປ່ຽນຢຸດເຮັດວຽກໂດຍບໍ່ຄາດຄິດ (ສະຖານະອອກ {status}). ບໍ່ມີຫຍັງຖືກເກັບໄວ້; ລອງໃໝ່, ແລະ ຖ້າມັນເກີດຂຶ້ນອີກ, ເປີດ Casebook ໃໝ່.</translation>
    </message>
    <message>
        <source>The pseudonym {pseudonym} arriving in the package is already used here by another person, so that person is called {renamed} here.</source>
        <translation>ນາມແຝງ {pseudonym} ທີ່ມາໃນຊຸດແລກປ່ຽນ ຖືກໃຊ້ແລ້ວຢູ່ບ່ອນນີ້ໂດຍບຸກຄົນອື່ນ, ສະນັ້ນບຸກຄົນນັ້ນຖືກເອີ້ນວ່າ {renamed} ຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <source>The queued request {name} is damaged (a file in it is missing or cannot be read). Delete the folder {shown}, then queue {claimed} again.</source>
        <translation>ຄຳຂໍທີ່ລໍຖ້າ {name} ເສຍຫາຍ (ໄຟລ໌ໜຶ່ງໃນນັ້ນບໍ່ມີ ຫຼື ອ່ານບໍ່ໄດ້). ລຶບໂຟນເດີ {shown}, ແລ້ວສົ່ງ {claimed} ເຂົ້າຄິວອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The range ends before it starts; check both dates, or swap them.</source>
        <translation>ຊ່ວງສິ້ນສຸດກ່ອນເລີ່ມ; ກວດທັງສອງວັນທີ, ຫຼື ສະຫຼັບພວກມັນ.</translation>
    </message>
    <message>
        <source>The range {start}:{end} does not fit the passage, which has {length} characters. Give START:END with 0 ≤ START &lt; END ≤ {length}, or leave the range out to tag the whole passage.</source>
        <translation>ຊ່ວງ {start}:{end} ບໍ່ພໍດີກັບຕອນຂໍ້ຄວາມ, ເຊິ່ງມີ {length} ຕົວອັກສອນ. ໃຫ້ START:END ທີ່ 0 ≤ START &lt; END ≤ {length}, ຫຼື ບໍ່ໃສ່ຊ່ວງເພື່ອຕິດປ້າຍທັງຕອນຂໍ້ຄວາມ.</translation>
    </message>
    <message>
        <source>The record&apos;s case is no longer in the casebook.</source>
        <translation>ຄະດີຂອງລາຍການນີ້ບໍ່ຢູ່ໃນປຶ້ມຄະດີອີກຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>The recovery key does not open this casebook. Check each group of characters against the copy you kept.</source>
        <translation>ກະແຈກູ້ຄືນນີ້ເປີດປຶ້ມຄະດີນີ້ບໍ່ໄດ້. ກວດແຕ່ລະກຸ່ມຕົວອັກສອນກັບສຳເນົາທີ່ທ່ານເກັບໄວ້.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: its last group does not match the others. Check each group against the copy you kept.</source>
        <translation>ກະແຈກູ້ຄືນມີການພິມຜິດ: ກຸ່ມສຸດທ້າຍບໍ່ກົງກັບກຸ່ມອື່ນ. ກວດແຕ່ລະກຸ່ມກັບສຳເນົາທີ່ທ່ານເກັບໄວ້.</translation>
    </message>
    <message>
        <source>The reference {reference} is already used by another case; choose another.</source>
        <translation>ເລກອ້າງອີງ {reference} ຖືກໃຊ້ແລ້ວໂດຍຄະດີອື່ນ; ເລືອກເລກອື່ນ.</translation>
    </message>
    <message>
        <source>The reference {stored} is already used by another case; choose another.</source>
        <translation>ເລກອ້າງອີງ {stored} ຖືກໃຊ້ແລ້ວໂດຍຄະດີອື່ນ; ເລືອກເລກອື່ນ.</translation>
    </message>
    <message>
        <source>The remaining checks could not be completed because the database is damaged.</source>
        <translation>ການກວດທີ່ເຫຼືອເຮັດບໍ່ສຳເລັດ ເພາະຖານຂໍ້ມູນເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>The reply of the time-stamp authority at {url} for {what} was not kept: {exc}. The request stays queued; check that the certificate file is this TSA&apos;s chain, and its address.</source>
        <translation>ຄຳຕອບຂອງອົງການປະທັບເວລາທີ່ {url} ສຳລັບ {what} ບໍ່ໄດ້ຖືກເກັບ: {exc}. ຄຳຂໍຍັງລໍຖ້າຢູ່ໃນຄິວ; ກວດວ່າໄຟລ໌ໃບຢັ້ງຢືນແມ່ນສາຍໃບຢັ້ງຢືນຂອງ TSA ນີ້, ແລະ ກວດທີ່ຢູ່ຂອງມັນ.</translation>
    </message>
    <message>
        <source>The review status must be one of: {statuses}.</source>
        <translation>ສະຖານະການກວດທານຕ້ອງເປັນໜຶ່ງໃນ: {statuses}.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translation>ບົດບາດຕ້ອງເປັນໜຶ່ງໃນ: {roles}.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history differs from what an earlier package from the same casebook showed (entry {sequence}): entries were changed or removed since. Nothing was imported; ask the sender to run `casebook verify`.</source>
        <translation>ປະຫວັດການກວດສອບຂອງຜູ້ສົ່ງແຕກຕ່າງຈາກທີ່ຊຸດແລກປ່ຽນກ່ອນໜ້າຈາກປຶ້ມຄະດີດຽວກັນສະແດງ (ລາຍການ {sequence}): ລາຍການຖືກປ່ຽນ ຫຼື ລຶບນັບແຕ່ນັ້ນ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ; ຂໍໃຫ້ຜູ້ສົ່ງແລ່ນ `casebook verify`.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history is broken at {where}: the entry does not follow on from the one before it. Nothing was imported.</source>
        <translation>ປະຫວັດການກວດສອບຂອງຜູ້ສົ່ງຂາດຢູ່ທີ່ {where}: ລາຍການບໍ່ຕໍ່ຈາກລາຍການກ່ອນໜ້າ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>The stored file of {label} is damaged or was altered: {exc}. Do not rely on it; restore the casebook folder from a backup.</source>
        <translation>ໄຟລ໌ທີ່ເກັບໄວ້ຂອງ {label} ເສຍຫາຍ ຫຼື ຖືກດັດແປງ: {exc}. ຢ່າເຊື່ອຖືມັນ; ກູ້ຄືນໂຟນເດີປຶ້ມຄະດີຈາກການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>The stored file of {label} is missing from the casebook folder ({folder}/{name}). Restore it from a backup.</source>
        <translation>ໄຟລ໌ທີ່ເກັບໄວ້ຂອງ {label} ບໍ່ມີໃນໂຟນເດີປຶ້ມຄະດີ ({folder}/{name}). ກູ້ຄືນມັນຈາກການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>The support must be one of: {support_kinds}.</source>
        <translation>ການສະໜັບສະໜູນຕ້ອງເປັນໜຶ່ງໃນ: {support_kinds}.</translation>
    </message>
    <message>
        <source>The text holds a broken character (a lone surrogate). Copy it again from its source, or save the file as UTF-8.</source>
        <translation>ຂໍ້ຄວາມມີຕົວອັກສອນທີ່ເສຍ (lone surrogate). ສຳເນົາມັນອີກຄັ້ງຈາກແຫຼ່ງຂອງມັນ, ຫຼື ບັນທຶກໄຟລ໌ເປັນ UTF-8.</translation>
    </message>
    <message>
        <source>The text holds a control character (U+{code}) on line {line}, which cannot be printed in a filing. Remove it and save again.</source>
        <translation>ຂໍ້ຄວາມມີຕົວອັກສອນຄວບຄຸມ (U+{code}) ຢູ່ແຖວ {line}, ເຊິ່ງພິມໃນສະບັບຍື່ນບໍ່ໄດ້. ລຶບມັນອອກ ແລ້ວບັນທຶກອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} answered with HTTP error {code}; {stays}, or check the address.</source>
        <translation>ອົງການປະທັບເວລາທີ່ {url} ຕອບດ້ວຍຂໍ້ຜິດພາດ HTTP {code}; {stays}, ຫຼື ກວດທີ່ຢູ່.</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} could not be reached ({reason}); {stays}.</source>
        <translation>ຕິດຕໍ່ອົງການປະທັບເວລາທີ່ {url} ບໍ່ໄດ້ ({reason}); {stays}.</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} sent more than a time-stamp reply; {stays}, or check the address.</source>
        <translation>ອົງການປະທັບເວລາທີ່ {url} ສົ່ງມາຫຼາຍກວ່າຄຳຕອບປະທັບເວລາ; {stays}, ຫຼື ກວດທີ່ຢູ່.</translation>
    </message>
    <message>
        <source>The use must be one of: {uses}.</source>
        <translation>ການນຳໃຊ້ຕ້ອງເປັນໜຶ່ງໃນ: {uses}.</translation>
    </message>
    <message>
        <source>The {kind} {record_id} is not withheld, so there is nothing to include anyway; remove it from the list of overrides.</source>
        <translation>{kind} {record_id} ບໍ່ໄດ້ຖືກປິດບັງ, ສະນັ້ນບໍ່ມີຫຍັງຕ້ອງລວມເຂົ້າ; ເອົາມັນອອກຈາກລາຍຊື່ຂໍ້ຍົກເວັ້ນ.</translation>
    </message>
    <message>
        <source>The {language} export texts lack the entry {example}; complete strings.{language}.json.</source>
        <translation>ຂໍ້ຄວາມສົ່ງອອກພາສາ {language} ຂາດລາຍການ {example}; ເຮັດ strings.{language}.json ໃຫ້ຄົບ.</translation>
    </message>
    <message>
        <source>The {language} export texts lack {count} entries (for example {example}); complete strings.{language}.json.</source>
        <translation>ຂໍ້ຄວາມສົ່ງອອກພາສາ {language} ຂາດ {count} ລາຍການ (ຕົວຢ່າງ {example}); ເຮັດ strings.{language}.json ໃຫ້ຄົບ.</translation>
    </message>
    <message>
        <source>The {timestamps_dir} folder of the casebook could not be written ({reason}). Check that the disk has space and the folder is yours; queued requests are kept.</source>
        <translation>ຂຽນໂຟນເດີ {timestamps_dir} ຂອງປຶ້ມຄະດີບໍ່ໄດ້ ({reason}). ກວດວ່າດິສມີບ່ອນວ່າງ ແລະ ໂຟນເດີເປັນຂອງທ່ານ; ຄຳຂໍທີ່ລໍຖ້າຖືກເກັບໄວ້.</translation>
    </message>
    <message>
        <source>There is no addressee {key}. Choose one of: {known} (they are listed in resources/export/addressees.json).</source>
        <translation>ບໍ່ມີຜູ້ຮັບ {key}. ເລືອກໜຶ່ງໃນ: {known} (ພວກມັນຢູ່ໃນ resources/export/addressees.json).</translation>
    </message>
    <message>
        <source>There is no casebook at {folder}. Check the path.</source>
        <translation>ບໍ່ມີປຶ້ມຄະດີຢູ່ທີ່ {folder}. ກວດເສັ້ນທາງ.</translation>
    </message>
    <message>
        <source>There is no crime &apos;{key}&apos; in taxonomy {version}. Crime ids look like 7(1)(d) or 8(2)(e)(i); `casebook taxonomy QUERY` finds them.</source>
        <translation>ບໍ່ມີອາຊະຍາກຳ &apos;{key}&apos; ໃນການຈັດໝວດ {version}. id ອາຊະຍາກຳມີລັກສະນະຄື 7(1)(d) ຫຼື 8(2)(e)(i); `casebook taxonomy QUERY` ຊອກຫາພວກມັນ.</translation>
    </message>
    <message>
        <source>There is no element &apos;{element_id}&apos; in taxonomy {version}. Element ids look like 7(1)(d)/1 (crime), cah_attack/1 (context) or 28(a)/2 (liability); `casebook taxonomy --show 7(1)(d)` lists the elements of a crime.</source>
        <translation>ບໍ່ມີອົງປະກອບ &apos;{element_id}&apos; ໃນການຈັດໝວດ {version}. id ອົງປະກອບມີລັກສະນະຄື 7(1)(d)/1 (ອາຊະຍາກຳ), cah_attack/1 (ບໍລິບົດ) ຫຼື 28(a)/2 (ຄວາມຮັບຜິດຊອບ); `casebook taxonomy --show 7(1)(d)` ສະແດງອົງປະກອບຂອງອາຊະຍາກຳ.</translation>
    </message>
    <message>
        <source>There is no evidence item with the id {evidence_id}.</source>
        <translation>ບໍ່ມີຫຼັກຖານທີ່ມີ id {evidence_id}.</translation>
    </message>
    <message>
        <source>There is no mode of liability &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>ບໍ່ມີຮູບແບບຄວາມຮັບຜິດຊອບ &apos;{key}&apos; ໃນການຈັດໝວດ {version}.</translation>
    </message>
    <message>
        <source>There is no package file at {path}. Check the path.</source>
        <translation>ບໍ່ມີໄຟລ໌ຊຸດແລກປ່ຽນຢູ່ທີ່ {path}. ກວດເສັ້ນທາງ.</translation>
    </message>
    <message>
        <source>There is no section kind {kind}. Choose one of: {kinds}.</source>
        <translation>ບໍ່ມີປະເພດພາກ {kind}. ເລືອກໜຶ່ງໃນ: {kinds}.</translation>
    </message>
    <message>
        <source>There is no testimony with the id {testimony_id}.</source>
        <translation>ບໍ່ມີຄຳໃຫ້ການທີ່ມີ id {testimony_id}.</translation>
    </message>
    <message>
        <source>There is no use {use_id} in Casebook&apos;s list; choose one of: {known}.</source>
        <translation>ບໍ່ມີການນຳໃຊ້ {use_id} ໃນລາຍຊື່ຂອງ Casebook; ເລືອກໜຶ່ງໃນ: {known}.</translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>ບໍ່ມີ {kind} &apos;{key}&apos; ໃນການຈັດໝວດ {version}.</translation>
    </message>
    <message>
        <source>There is no {what} with the id &apos;{key}&apos; in case {reference}; it may have been deleted or belong to another case. `casebook search` shows the ids of passages, evidence and incidents.</source>
        <translation>ບໍ່ມີ {what} ທີ່ມີ id &apos;{key}&apos; ໃນຄະດີ {reference}; ມັນອາດຖືກລຶບ ຫຼື ເປັນຂອງຄະດີອື່ນ. `casebook search` ສະແດງ id ຂອງຕອນຂໍ້ຄວາມ, ຫຼັກຖານ ແລະ ເຫດການ.</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the key ({mib} MiB are needed). Close other programs and try again.</source>
        <translation>ໜ່ວຍຄວາມຈຳວ່າງບໍ່ພໍທີ່ຈະປົດລັອກກະແຈ (ຕ້ອງການ {mib} MiB). ປິດໂປຣແກຣມອື່ນ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>There is nothing to save: the section is empty.</source>
        <translation>ບໍ່ມີຫຍັງໃຫ້ບັນທຶກ: ພາກນີ້ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>This casebook could not be brought up to date for this version of Casebook ({kind}); the upgrade was rolled back and a copy of the database from before it is in the casebook&apos;s backups/ folder. Please report this.</source>
        <translation>ປຶ້ມຄະດີນີ້ບໍ່ສາມາດປັບໃຫ້ທັນສະໄໝສຳລັບ Casebook ລຸ້ນນີ້ໄດ້ ({kind}); ການຍົກລະດັບຖືກຍົກເລີກຄືນ ແລະ ສຳເນົາຖານຂໍ້ມູນກ່ອນໜ້ານັ້ນຢູ່ໃນໂຟນເດີ backups/ ຂອງປຶ້ມຄະດີ. ກະລຸນາລາຍງານບັນຫານີ້.</translation>
    </message>
    <message>
        <source>This casebook has no exchange identity of its own yet. Run `casebook identity export` once to make it.</source>
        <translation>ປຶ້ມຄະດີນີ້ຍັງບໍ່ມີຕົວຕົນແລກປ່ຽນຂອງມັນເອງ. ແລ່ນ `casebook identity export` ຄັ້ງໜຶ່ງເພື່ອສ້າງມັນ.</translation>
    </message>
    <message>
        <source>This casebook is already open in another Casebook window or command. Close it there first; two programs writing at once could damage it.</source>
        <translation>ປຶ້ມຄະດີນີ້ເປີດຢູ່ແລ້ວໃນໜ້າຕ່າງ ຫຼື ຄຳສັ່ງ Casebook ອື່ນ. ປິດມັນຢູ່ບ່ອນນັ້ນກ່ອນ; ສອງໂປຣແກຣມຂຽນພ້ອມກັນອາດເຮັດໃຫ້ມັນເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>This casebook is older than the copy last opened on this computer on {when}: its history ends at audit entry {last}, but that copy&apos;s had reached entry {reached}. An older copy of the folder or of its database may have been put back. If you restored a backup on purpose, run `casebook verify FOLDER --accept-history`; otherwise keep this computer&apos;s copy and report it.</source>
        <translation>ປຶ້ມຄະດີນີ້ເກົ່າກວ່າສຳເນົາທີ່ເປີດຄັ້ງສຸດທ້າຍໃນຄອມພິວເຕີນີ້ເມື່ອ {when}: ປະຫວັດຂອງມັນສິ້ນສຸດຢູ່ລາຍການກວດສອບ {last}, ແຕ່ສຳເນົານັ້ນໄປຮອດລາຍການ {reached}. ອາດມີຄົນເອົາສຳເນົາເກົ່າຂອງໂຟນເດີ ຫຼື ຖານຂໍ້ມູນກັບຄືນມາ. ຖ້າທ່ານກູ້ຄືນການສຳຮອງຂໍ້ມູນໂດຍເຈດຕະນາ, ແລ່ນ `casebook verify FOLDER --accept-history`; ຖ້າບໍ່ແມ່ນ, ເກັບສຳເນົາຂອງຄອມພິວເຕີນີ້ໄວ້ ແລະ ລາຍງານບັນຫານີ້.</translation>
    </message>
    <message>
        <source>This casebook was saved by a newer version of Casebook. Install the newer version to open it; nothing in the casebook was changed.</source>
        <translation>ປຶ້ມຄະດີນີ້ຖືກບັນທຶກໂດຍ Casebook ລຸ້ນໃໝ່ກວ່າ. ຕິດຕັ້ງລຸ້ນໃໝ່ກວ່າເພື່ອເປີດມັນ; ບໍ່ມີຫຍັງໃນປຶ້ມຄະດີຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>This casebook&apos;s audit log fails its own check, so no package was made: {problem}. Run `casebook verify` and restore from a backup.</source>
        <translation>ບັນທຶກການກວດສອບຂອງປຶ້ມຄະດີນີ້ກວດຕົວເອງບໍ່ຜ່ານ, ສະນັ້ນບໍ່ໄດ້ສ້າງຊຸດແລກປ່ຽນ: {problem}. ແລ່ນ `casebook verify` ແລະ ກູ້ຄືນຈາກການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>This casebook&apos;s history was rewritten after audit entry {intact}: entry {changed}, as seen on this computer on {when}, is no longer what it was, so entries were changed, removed or renumbered since. Do not rely on this copy; compare it with a backup and report it. If the change is known and accepted, run `casebook verify FOLDER --accept-history`.</source>
        <translation>ປະຫວັດຂອງປຶ້ມຄະດີນີ້ຖືກຂຽນຄືນຫຼັງລາຍການກວດສອບ {intact}: ລາຍການ {changed}, ຕາມທີ່ເຫັນໃນຄອມພິວເຕີນີ້ເມື່ອ {when}, ບໍ່ຄືເກົ່າ, ສະນັ້ນລາຍການຖືກປ່ຽນ, ລຶບ ຫຼື ປ່ຽນເລກນັບແຕ່ນັ້ນ. ຢ່າເຊື່ອຖືສຳເນົານີ້; ປຽບທຽບມັນກັບການສຳຮອງຂໍ້ມູນ ແລະ ລາຍງານບັນຫານີ້. ຖ້າການປ່ຽນແປງເປັນທີ່ຮູ້ ແລະ ຍອມຮັບ, ແລ່ນ `casebook verify FOLDER --accept-history`.</translation>
    </message>
    <message>
        <source>This conflict was already resolved (kept {resolution}); nothing changed.</source>
        <translation>ຂໍ້ຂັດແຍ່ງນີ້ຖືກແກ້ໄຂແລ້ວ (ເກັບ {resolution}); ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>This consent has no recipients waiting for review.</source>
        <translation>ການຍິນຍອມນີ້ບໍ່ມີຜູ້ຮັບທີ່ລໍຖ້າການກວດທານ.</translation>
    </message>
    <message>
        <source>This evidence item is not printed: {why}. If it may be shown all the same (a photo of a public place that merely mentions the person, say), print it with a written reason (`--include-because &quot;…&quot;`); the reason is kept in the audit log.</source>
        <translation>ຫຼັກຖານນີ້ບໍ່ຖືກພິມ: {why}. ຖ້າມັນອາດສະແດງໄດ້ຢູ່ດີ (ເຊັ່ນ ຮູບສະຖານທີ່ສາທາລະນະທີ່ພຽງແຕ່ກ່າວເຖິງບຸກຄົນ), ໃຫ້ພິມມັນພ້ອມເຫດຜົນເປັນລາຍລັກອັກສອນ (`--include-because &quot;…&quot;`); ເຫດຜົນຖືກເກັບໄວ້ໃນບັນທຶກການກວດສອບ.</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>ຊ່ອງນີ້ແກ້ໄຂຢູ່ບ່ອນນີ້ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>This identity claims the user id or age key of an identity already stored here, but with another signing key. Someone may be impersonating a colleague; do not use it, and compare fingerprints with your colleague.</source>
        <translation>ຕົວຕົນນີ້ອ້າງ id ຜູ້ໃຊ້ ຫຼື ກະແຈ age ຂອງຕົວຕົນທີ່ເກັບໄວ້ບ່ອນນີ້ແລ້ວ, ແຕ່ມີກະແຈລົງລາຍເຊັນອື່ນ. ອາດມີຄົນປອມຕົວເປັນເພື່ອນຮ່ວມງານ; ຢ່າໃຊ້ມັນ, ແລະ ປຽບທຽບລາຍນິ້ວມືກັບເພື່ອນຮ່ວມງານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>This identity claims to be a user of this casebook but carries another signing key. Do not use it; compare fingerprints with your colleague.</source>
        <translation>ຕົວຕົນນີ້ອ້າງວ່າເປັນຜູ້ໃຊ້ຂອງປຶ້ມຄະດີນີ້ ແຕ່ມີກະແຈລົງລາຍເຊັນອື່ນ. ຢ່າໃຊ້ມັນ; ປຽບທຽບລາຍນິ້ວມືກັບເພື່ອນຮ່ວມງານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>This identity has no secret key here; it belongs to a colleague.</source>
        <translation>ຕົວຕົນນີ້ບໍ່ມີກະແຈລັບຢູ່ບ່ອນນີ້; ມັນເປັນຂອງເພື່ອນຮ່ວມງານ.</translation>
    </message>
    <message>
        <source>This is not a documentation field of a statement.</source>
        <translation>ນີ້ບໍ່ແມ່ນຊ່ອງຂໍ້ມູນການເກັບກຳຂອງຄຳໃຫ້ການ.</translation>
    </message>
    <message>
        <source>This is not a usable Casebook identity: {problem}. Ask your colleague to run `casebook identity export` and send the whole text again.</source>
        <translation>ນີ້ບໍ່ແມ່ນຕົວຕົນ Casebook ທີ່ໃຊ້ໄດ້: {problem}. ຂໍໃຫ້ເພື່ອນຮ່ວມງານແລ່ນ `casebook identity export` ແລະ ສົ່ງຂໍ້ຄວາມທັງໝົດມາອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>This material is already tagged to {element} as {support}, with the same range and perpetrator. Edit that tag instead of adding another.</source>
        <translation>ຂໍ້ມູນນີ້ຖືກຕິດປ້າຍກັບ {element} ເປັນ {support} ແລ້ວ, ດ້ວຍຊ່ວງ ແລະ ຜູ້ຖືກກ່າວຫາດຽວກັນ. ແກ້ໄຂປ້າຍນັ້ນແທນການເພີ່ມອັນໃໝ່.</translation>
    </message>
    <message>
        <source>This package ({package_id}) was already imported on {processed_at} UTC; importing it again changes nothing, so nothing was done.</source>
        <translation>ຊຸດແລກປ່ຽນນີ້ ({package_id}) ຖືກນຳເຂົ້າແລ້ວເມື່ອ {processed_at} UTC; ການນຳເຂົ້າອີກຄັ້ງບໍ່ປ່ຽນຫຍັງ, ສະນັ້ນບໍ່ໄດ້ເຮັດຫຍັງ.</translation>
    </message>
    <message>
        <source>This package was made by this casebook; there is nothing to import.</source>
        <translation>ຊຸດແລກປ່ຽນນີ້ສ້າງໂດຍປຶ້ມຄະດີນີ້ເອງ; ບໍ່ມີຫຍັງໃຫ້ນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>This package was not encrypted to your identity, so it cannot be opened here. Ask the sender to make it again for your fingerprint (`casebook identity export` shows it). Nothing was imported.</source>
        <translation>ຊຸດແລກປ່ຽນນີ້ບໍ່ໄດ້ເຂົ້າລະຫັດໃຫ້ຕົວຕົນຂອງທ່ານ, ສະນັ້ນເປີດຢູ່ບ່ອນນີ້ບໍ່ໄດ້. ຂໍໃຫ້ຜູ້ສົ່ງສ້າງມັນອີກຄັ້ງສຳລັບລາຍນິ້ວມືຂອງທ່ານ (`casebook identity export` ສະແດງມັນ). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>This package was signed for other recipients and re-encrypted to you by someone else. It was not imported; ask the sender for a package addressed to you.</source>
        <translation>ຊຸດແລກປ່ຽນນີ້ຖືກລົງລາຍເຊັນສຳລັບຜູ້ຮັບອື່ນ ແລະ ຖືກເຂົ້າລະຫັດຄືນໃຫ້ທ່ານໂດຍຄົນອື່ນ. ມັນບໍ່ໄດ້ຖືກນຳເຂົ້າ; ຂໍຊຸດແລກປ່ຽນທີ່ສົ່ງຫາທ່ານໂດຍກົງຈາກຜູ້ສົ່ງ.</translation>
    </message>
    <message>
        <source>This recipient is not in Casebook&apos;s list of states (ISO 3166-1 codes such as DE, FR, MM) and bodies (such as ICC, IIMM, IIIM); choose it from the list.</source>
        <translation>ຜູ້ຮັບນີ້ບໍ່ຢູ່ໃນລາຍຊື່ລັດ (ລະຫັດ ISO 3166-1 ເຊັ່ນ DE, FR, MM) ແລະ ອົງການ (ເຊັ່ນ ICC, IIMM, IIIM) ຂອງ Casebook; ເລືອກມັນຈາກລາຍຊື່.</translation>
    </message>
    <message>
        <source>This record is sealed, so it cannot be changed or deleted. Make a new version to correct it; the sealed one stays as it was.</source>
        <translation>ລາຍການນີ້ຖືກປິດຜະນຶກແລ້ວ, ສະນັ້ນປ່ຽນແປງ ຫຼື ລຶບບໍ່ໄດ້. ສ້າງສະບັບໃໝ່ເພື່ອແກ້ໄຂ; ສະບັບທີ່ປິດຜະນຶກຍັງຄືເດີມ.</translation>
    </message>
    <message>
        <source>This statement is not printed: {why}. A statement leaves the casebook only as its witness consented; record the consent first if it was given.</source>
        <translation>ຄຳໃຫ້ການນີ້ບໍ່ຖືກພິມ: {why}. ຄຳໃຫ້ການອອກຈາກປຶ້ມຄະດີໄດ້ສະເພາະຕາມທີ່ພະຍານຍິນຍອມ; ບັນທຶກການຍິນຍອມກ່ອນ ຖ້າມີການໃຫ້ການຍິນຍອມ.</translation>
    </message>
    <message>
        <source>This statement is sealed, so its passages cannot be changed. Make a new version of the testimony to correct it.</source>
        <translation>ຄຳໃຫ້ການນີ້ຖືກປິດຜະນຶກແລ້ວ, ສະນັ້ນຕອນຂໍ້ຄວາມຂອງມັນປ່ຽນແປງບໍ່ໄດ້. ສ້າງສະບັບໃໝ່ຂອງຄຳໃຫ້ການເພື່ອແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>This statement is sealed. Make a new version to correct it; the sealed one stays.</source>
        <translation>ຄຳໃຫ້ການນີ້ຖືກປິດຜະນຶກແລ້ວ. ສ້າງສະບັບໃໝ່ເພື່ອແກ້ໄຂ; ສະບັບທີ່ປິດຜະນຶກຍັງຄົງຢູ່.</translation>
    </message>
    <message>
        <source>Typesetting the complaint</source>
        <translation>ກຳລັງຈັດໜ້າຄຳຮ້ອງຟ້ອງ</translation>
    </message>
    <message>
        <source>Unknown field {bad}.</source>
        <translation>ຊ່ອງທີ່ບໍ່ຮູ້ຈັກ {bad}.</translation>
    </message>
    <message>
        <source>Unknown status; use one of {case_statuses}.</source>
        <translation>ສະຖານະທີ່ບໍ່ຮູ້ຈັກ; ໃຊ້ໜຶ່ງໃນ {case_statuses}.</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>ຜູ້ຖືກເຄາະຮ້າຍຕາມກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <source>Victims by ethnicity</source>
        <translation>ຜູ້ຖືກເຄາະຮ້າຍຕາມຊົນເຜົ່າ</translation>
    </message>
    <message>
        <source>Victims by religion</source>
        <translation>ຜູ້ຖືກເຄາະຮ້າຍຕາມສາສະໜາ</translation>
    </message>
    <message>
        <source>Victims by sex / gender</source>
        <translation>ຜູ້ຖືກເຄາະຮ້າຍຕາມເພດ / ເພດສະພາບ</translation>
    </message>
    <message>
        <source>Write a number, such as 16.8661.</source>
        <translation>ຂຽນຕົວເລກ, ເຊັ່ນ 16.8661.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.</source>
        <translation>ຂຽນວັນທີເປັນ YYYY-MM-DD, ຫຼື YYYY-MM ຫຼື YYYY ເມື່ອຮູ້ພຽງແຕ່ນັ້ນ.</translation>
    </message>
    <message>
        <source>Write why the {kind} may go out despite the consent it lacks (at least {min_reason} characters); the reason is shown in the plan and kept in the audit log.</source>
        <translation>ຂຽນວ່າເປັນຫຍັງ {kind} ຈຶ່ງອາດອອກໄປໄດ້ ເຖິງວ່າຈະຂາດການຍິນຍອມ (ຢ່າງໜ້ອຍ {min_reason} ຕົວອັກສອນ); ເຫດຜົນຈະສະແດງໃນແຜນ ແລະ ຖືກເກັບໄວ້ໃນບັນທຶກການກວດສອບ.</translation>
    </message>
    <message>
        <source>Writing exhibit {n} of {total}</source>
        <translation>ກຳລັງຂຽນວັດຖຸພະຍານ {n} ຈາກ {total}</translation>
    </message>
    <message>
        <source>Writing the bundle failed ({reason}). Nothing was kept; check that the folder is writable and try again.</source>
        <translation>ການຂຽນຊຸດລົ້ມເຫຼວ ({reason}). ບໍ່ມີຫຍັງຖືກເກັບໄວ້; ກວດວ່າໂຟນເດີຂຽນໄດ້ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>a different case here already uses its reference; change the reference of one of them and import again</source>
        <translation>ຄະດີອື່ນຢູ່ບ່ອນນີ້ໃຊ້ເລກອ້າງອີງຂອງມັນແລ້ວ; ປ່ຽນເລກອ້າງອີງຂອງອັນໃດອັນໜຶ່ງ ແລ້ວນຳເຂົ້າອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>a key or the signature is not valid</source>
        <translation>ກະແຈ ຫຼື ລາຍເຊັນບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>a line is not of the form &apos;name: value&apos;</source>
        <translation>ມີແຖວທີ່ບໍ່ຢູ່ໃນຮູບແບບ &apos;name: value&apos;</translation>
    </message>
    <message>
        <source>a name is too short to replace wherever it stands; it is replaced only after an honorific (U, Daw, Ko, Ma …)</source>
        <translation>ຊື່ສັ້ນເກີນໄປທີ່ຈະແທນທີ່ທຸກບ່ອນທີ່ມັນປາກົດ; ມັນຖືກແທນທີ່ສະເພາະຫຼັງຄຳນຳໜ້ານາມ (U, Daw, Ko, Ma …)</translation>
    </message>
    <message>
        <source>a part of it fails authentication, or its end is missing</source>
        <translation>ສ່ວນໜຶ່ງຂອງມັນກວດສອບຄວາມຖືກຕ້ອງບໍ່ຜ່ານ, ຫຼື ສ່ວນທ້າຍຂອງມັນຂາດໄປ</translation>
    </message>
    <message>
        <source>a passage is cited as [[passage:&lt;statement id&gt;/&lt;paragraph&gt;]] or [[passage:&lt;passage id&gt;]], with at least six characters of the id</source>
        <translation>ຕອນຂໍ້ຄວາມອ້າງອີງເປັນ [[passage:&lt;id ຄຳໃຫ້ການ&gt;/&lt;ວັກ&gt;]] ຫຼື [[passage:&lt;id ຕອນຂໍ້ຄວາມ&gt;]], ໂດຍໃຊ້ id ຢ່າງໜ້ອຍຫົກຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>a person is cited by pseudonym (W-001) or by at least six characters of the id</source>
        <translation>ບຸກຄົນອ້າງອີງດ້ວຍນາມແຝງ (W-001) ຫຼື ດ້ວຍ id ຢ່າງໜ້ອຍຫົກຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>a record with its id belongs to another case here</source>
        <translation>ລາຍການທີ່ມີ id ນີ້ເປັນຂອງຄະດີອື່ນຢູ່ບ່ອນນີ້</translation>
    </message>
    <message>
        <source>a signed event with this id and different content is recorded here</source>
        <translation>ມີເຫດການທີ່ລົງລາຍເຊັນທີ່ມີ id ນີ້ ແຕ່ເນື້ອໃນຕ່າງກັນ ບັນທຶກໄວ້ບ່ອນນີ້ແລ້ວ</translation>
    </message>
    <message>
        <source>a victim recorded with {groups}</source>
        <translation>ຜູ້ຖືກເຄາະຮ້າຍທີ່ບັນທຶກດ້ວຍ {groups}</translation>
    </message>
    <message>
        <source>administrative area: {areas}</source>
        <translation>ເຂດປົກຄອງ: {areas}</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>ກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <source>alleged perpetrator unit: {units}</source>
        <translation>ໜ່ວຍຂອງຜູ້ຖືກກ່າວຫາ: {units}</translation>
    </message>
    <message>
        <source>an archive header is malformed</source>
        <translation>ສ່ວນຫົວຂອງແຟ້ມບີບອັດມີຮູບແບບຜິດ</translation>
    </message>
    <message>
        <source>an exhibit is cited by at least six characters of its id</source>
        <translation>ວັດຖຸພະຍານອ້າງອີງດ້ວຍ id ຂອງມັນຢ່າງໜ້ອຍຫົກຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>an incident is cited by at least six characters of its id</source>
        <translation>ເຫດການອ້າງອີງດ້ວຍ id ຂອງມັນຢ່າງໜ້ອຍຫົກຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>around {date}</source>
        <translation>ປະມານ {date}</translation>
    </message>
    <message>
        <source>article {article} was added by {resolution} (adopted {adopted}) and applies only to States Parties that accepted it, one year after each deposited its acceptance (art. 121(5)); check acceptance by the State of territory or nationality</source>
        <translation>ມາດຕາ {article} ຖືກເພີ່ມໂດຍ {resolution} (ຮັບຮອງ {adopted}) ແລະ ນຳໃຊ້ສະເພາະກັບລັດພາຄີທີ່ຍອມຮັບມັນ, ໜຶ່ງປີຫຼັງຈາກແຕ່ລະລັດຝາກເອກະສານຍອມຮັບ (ມາດຕາ 121(5)); ກວດການຍອມຮັບຂອງລັດທີ່ເປັນເຂດແດນ ຫຼື ສັນຊາດ</translation>
    </message>
    <message>
        <source>audit entry {sequence} ({action} in {table})</source>
        <translation>ລາຍການກວດສອບ {sequence} ({action} ໃນ {table})</translation>
    </message>
    <message>
        <source>audit entry {sequence} is not the one the TSA saw (stamped {describe}): the history was rewritten at or before entry {sequence}</source>
        <translation>ລາຍການກວດສອບ {sequence} ບໍ່ແມ່ນອັນທີ່ TSA ເຫັນ (ປະທັບເວລາ {describe}): ປະຫວັດຖືກຂຽນຄືນຢູ່ທີ່ ຫຼື ກ່ອນລາຍການ {sequence}</translation>
    </message>
    <message>
        <source>between {day1} and {day2} {month} {year}</source>
        <translation>ລະຫວ່າງວັນທີ {day1} ຫາ {day2} {month} {year}</translation>
    </message>
    <message>
        <source>between {day1} {month1} and {day2} {month2} {year}</source>
        <translation>ລະຫວ່າງວັນທີ {day1} {month1} ຫາ {day2} {month2} {year}</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>ລະຫວ່າງ {start} ຫາ {end}</translation>
    </message>
    <message>
        <source>broken reference in table {table} (row {row})</source>
        <translation>ການອ້າງອີງທີ່ຂາດໃນຕາຕະລາງຂໍ້ມູນ {table} (ແຖວ {row})</translation>
    </message>
    <message>
        <source>case {reference} situation</source>
        <translation>ສະຖານະການຂອງຄະດີ {reference}</translation>
    </message>
    <message>
        <source>case {reference} summary</source>
        <translation>ບົດສະຫຼຸບຂອງຄະດີ {reference}</translation>
    </message>
    <message>
        <source>case {reference} title</source>
        <translation>ຫົວຂໍ້ຂອງຄະດີ {reference}</translation>
    </message>
    <message>
        <source>changed on both sides since the last common version</source>
        <translation>ປ່ຽນແປງທັງສອງຝ່າຍນັບແຕ່ສະບັບຮ່ວມຄັ້ງສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>charge {n} ({crime})</source>
        <translation>ຂໍ້ກ່າວຫາ {n} ({crime})</translation>
    </message>
    <message>
        <source>consent does not cover it</source>
        <translation>ການຍິນຍອມບໍ່ຄອບຄຸມມັນ</translation>
    </message>
    <message>
        <source>contains the name of {who}; printed as {who}</source>
        <translation>ມີຊື່ຂອງ {who}; ພິມເປັນ {who}</translation>
    </message>
    <message>
        <source>contains the name of {who}; the file goes out unchanged (its hash is evidence), so decide whether to leave the exhibit out</source>
        <translation>ມີຊື່ຂອງ {who}; ໄຟລ໌ອອກໄປໂດຍບໍ່ປ່ຽນແປງ (hash ຂອງມັນແມ່ນຫຼັກຖານ), ສະນັ້ນຕັດສິນໃຈວ່າຈະບໍ່ລວມວັດຖຸພະຍານນີ້ຫຼືບໍ່</translation>
    </message>
    <message>
        <source>crime tagged or charged: {crimes}</source>
        <translation>ອາຊະຍາກຳທີ່ຕິດປ້າຍ ຫຼື ກ່າວຫາ: {crimes}</translation>
    </message>
    <message>
        <source>custody event {sequence} ({action}) of evidence {title}</source>
        <translation>ເຫດການຄຸ້ມຄອງ {sequence} ({action}) ຂອງຫຼັກຖານ {title}</translation>
    </message>
    <message>
        <source>database file: {detail}</source>
        <translation>ໄຟລ໌ຖານຂໍ້ມູນ: {detail}</translation>
    </message>
    <message>
        <source>database structure: {detail}</source>
        <translation>ໂຄງສ້າງຖານຂໍ້ມູນ: {detail}</translation>
    </message>
    <message>
        <source>date from</source>
        <translation>ວັນທີຈາກ</translation>
    </message>
    <message>
        <source>date span overlapping {start} to {end}</source>
        <translation>ຊ່ວງວັນທີທີ່ຊ້ອນກັບ {start} ຫາ {end}</translation>
    </message>
    <message>
        <source>date to</source>
        <translation>ວັນທີເຖິງ</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>ບໍ່ຮູ້ວັນທີ</translation>
    </message>
    <message>
        <source>entries its manifest lists are missing</source>
        <translation>ລາຍການທີ່ບັນຊີໄຟລ໌ຂອງມັນລະບຸບໍ່ມີ</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>ຊົນເຜົ່າ</translation>
    </message>
    <message>
        <source>evidence {evidence_id} no longer has the content the TSA saw (stamped {describe}): its recorded SHA-256 was changed</source>
        <translation>ຫຼັກຖານ {evidence_id} ບໍ່ມີເນື້ອໃນທີ່ TSA ເຫັນອີກຕໍ່ໄປ (ປະທັບເວລາ {describe}): SHA-256 ທີ່ບັນທຶກຂອງມັນຖືກປ່ຽນ</translation>
    </message>
    <message>
        <source>evidence {names} (stored as {storage_name})</source>
        <translation>ຫຼັກຖານ {names} (ເກັບເປັນ {storage_name})</translation>
    </message>
    <message>
        <source>evidence {title}</source>
        <translation>ຫຼັກຖານ {title}</translation>
    </message>
    <message>
        <source>evidence {title}: has no chain-of-custody events</source>
        <translation>ຫຼັກຖານ {title}: ບໍ່ມີເຫດການໃນສາຍການຄຸ້ມຄອງຫຼັກຖານ</translation>
    </message>
    <message>
        <source>evidence {title}: its recorded SHA-256 differs from its stored file&apos;s</source>
        <translation>ຫຼັກຖານ {title}: SHA-256 ທີ່ບັນທຶກຂອງມັນຕ່າງຈາກຂອງໄຟລ໌ທີ່ເກັບໄວ້</translation>
    </message>
    <message>
        <source>exhibit {n} acquisition</source>
        <translation>ການໄດ້ມາຂອງວັດຖຸພະຍານ {n}</translation>
    </message>
    <message>
        <source>exhibit {n} collected by</source>
        <translation>ວັດຖຸພະຍານ {n} ເກັບໂດຍ</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} place</source>
        <translation>ສະຖານທີ່ຂອງເຫດການຄຸ້ມຄອງ {k} ຂອງວັດຖຸພະຍານ {n}</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} reason</source>
        <translation>ເຫດຜົນຂອງເຫດການຄຸ້ມຄອງ {k} ຂອງວັດຖຸພະຍານ {n}</translation>
    </message>
    <message>
        <source>exhibit {n} description</source>
        <translation>ລາຍລະອຽດຂອງວັດຖຸພະຍານ {n}</translation>
    </message>
    <message>
        <source>exhibit {n} embedded metadata ({key})</source>
        <translation>ເມຕາເດຕາທີ່ຝັງໃນວັດຖຸພະຍານ {n} ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} file, embedded metadata ({key})</source>
        <translation>ໄຟລ໌ຂອງວັດຖຸພະຍານ {n}, ເມຕາເດຕາທີ່ຝັງ ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} original file name</source>
        <translation>ຊື່ໄຟລ໌ເດີມຂອງວັດຖຸພະຍານ {n}</translation>
    </message>
    <message>
        <source>exhibit {n} place collected</source>
        <translation>ສະຖານທີ່ເກັບວັດຖຸພະຍານ {n}</translation>
    </message>
    <message>
        <source>exhibit {n} source</source>
        <translation>ແຫຼ່ງຂອງວັດຖຸພະຍານ {n}</translation>
    </message>
    <message>
        <source>exhibit {n} title</source>
        <translation>ຫົວຂໍ້ຂອງວັດຖຸພະຍານ {n}</translation>
    </message>
    <message>
        <source>exhibit {n} web address</source>
        <translation>ທີ່ຢູ່ເວັບຂອງວັດຖຸພະຍານ {n}</translation>
    </message>
    <message>
        <source>exhibit {n} {part}</source>
        <translation>ວັດຖຸພະຍານ {n} {part}</translation>
    </message>
    <message>
        <source>for incident {number} ({span}) the law in force was {cited}, not {current}</source>
        <translation>ສຳລັບເຫດການ {number} ({span}) ກົດໝາຍທີ່ມີຜົນບັງຄັບໃຊ້ແມ່ນ {cited}, ບໍ່ແມ່ນ {current}</translation>
    </message>
    <message>
        <source>from {start} (end unknown)</source>
        <translation>ຈາກ {start} (ບໍ່ຮູ້ວັນສິ້ນສຸດ)</translation>
    </message>
    <message>
        <source>has a field name that is not text</source>
        <translation>ມີຊື່ຊ່ອງທີ່ບໍ່ແມ່ນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>has a field name that is too long or holds a lone surrogate</source>
        <translation>ມີຊື່ຊ່ອງທີ່ຍາວເກີນ ຫຼື ມີ lone surrogate</translation>
    </message>
    <message>
        <source>holds a lone surrogate (an escape such as \ud800 that is not a character); the file was not written by Casebook or is damaged</source>
        <translation>ມີ lone surrogate (escape ເຊັ່ນ \ud800 ທີ່ບໍ່ແມ່ນຕົວອັກສອນ); ໄຟລ໌ບໍ່ໄດ້ຂຽນໂດຍ Casebook ຫຼື ເສຍຫາຍ</translation>
    </message>
    <message>
        <source>identity details (names, contacts) withheld; persons appear by pseudonym only</source>
        <translation>ລາຍລະອຽດຕົວຕົນ (ຊື່, ການຕິດຕໍ່) ບໍ່ເປີດເຜີຍ; ບຸກຄົນປາກົດດ້ວຍນາມແຝງເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>identity given only in the sealed annex, encrypted to the recipient&apos;s key</source>
        <translation>ຕົວຕົນໃຫ້ໄວ້ສະເພາະໃນເອກະສານຊ້ອນທ້າຍທີ່ປິດຜະນຶກ, ເຂົ້າລະຫັດດ້ວຍກະແຈຂອງຜູ້ຮັບ</translation>
    </message>
    <message>
        <source>incident {number} ({span}) is before {resolution} was adopted on {adopted}</source>
        <translation>ເຫດການ {number} ({span}) ເກີດກ່ອນ {resolution} ຖືກຮັບຮອງເມື່ອ {adopted}</translation>
    </message>
    <message>
        <source>incident {number} ({span}) may be before {resolution} was adopted on {adopted}</source>
        <translation>ເຫດການ {number} ({span}) ອາດເກີດກ່ອນ {resolution} ຖືກຮັບຮອງເມື່ອ {adopted}</translation>
    </message>
    <message>
        <source>incident {number} ({span}) straddles the date from which {provisions} applies; establish the date of the acts</source>
        <translation>ເຫດການ {number} ({span}) ຄາບກ່ຽວວັນທີທີ່ {provisions} ເລີ່ມນຳໃຊ້; ໃຫ້ກຳນົດວັນທີຂອງການກະທຳ</translation>
    </message>
    <message>
        <source>incident {number} ({span}): {reasons}</source>
        <translation>ເຫດການ {number} ({span}): {reasons}</translation>
    </message>
    <message>
        <source>incident {number} has no date; check it is after {adopted}</source>
        <translation>ເຫດການ {number} ບໍ່ມີວັນທີ; ກວດວ່າມັນເກີດຫຼັງ {adopted}</translation>
    </message>
    <message>
        <source>incident {number} has no date; the provision applies only to acts from {first}</source>
        <translation>ເຫດການ {number} ບໍ່ມີວັນທີ; ບົດບັນຍັດນຳໃຊ້ສະເພາະກັບການກະທຳຕັ້ງແຕ່ {first}</translation>
    </message>
    <message>
        <source>incident {number} has no date; {provisions} applies only to acts from {first}</source>
        <translation>ເຫດການ {number} ບໍ່ມີວັນທີ; {provisions} ນຳໃຊ້ສະເພາະກັບການກະທຳຕັ້ງແຕ່ {first}</translation>
    </message>
    <message>
        <source>incident {n} area</source>
        <translation>ເຂດຂອງເຫດການ {n}</translation>
    </message>
    <message>
        <source>incident {n} description</source>
        <translation>ລາຍລະອຽດຂອງເຫດການ {n}</translation>
    </message>
    <message>
        <source>incident {n} place</source>
        <translation>ສະຖານທີ່ຂອງເຫດການ {n}</translation>
    </message>
    <message>
        <source>incident {n} title</source>
        <translation>ຫົວຂໍ້ຂອງເຫດການ {n}</translation>
    </message>
    <message>
        <source>incident {title}</source>
        <translation>ເຫດການ {title}</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>ເຫດການ</translation>
    </message>
    <message>
        <source>included although {reason}, because: {because}</source>
        <translation>ລວມເຂົ້າ ເຖິງວ່າ {reason}, ເພາະ: {because}</translation>
    </message>
    <message>
        <source>is NaN or Infinity, which Casebook does not accept; give a number</source>
        <translation>ແມ່ນ NaN ຫຼື Infinity, ເຊິ່ງ Casebook ບໍ່ຮັບ; ໃຫ້ຕົວເລກ</translation>
    </message>
    <message>
        <source>is a text of more than {max_string_chars} characters</source>
        <translation>ແມ່ນຂໍ້ຄວາມທີ່ຍາວເກີນ {max_string_chars} ຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>is a whole number outside {low} … {high}</source>
        <translation>ແມ່ນຈຳນວນເຕັມນອກຊ່ວງ {low} … {high}</translation>
    </message>
    <message>
        <source>is nested more than {max_depth} levels deep</source>
        <translation>ຊ້ອນກັນເລິກເກີນ {max_depth} ຊັ້ນ</translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation>ບໍ່ແມ່ນຄ່າ JSON</translation>
    </message>
    <message>
        <source>it concerns {pseudonym}, and {problem}</source>
        <translation>ມັນກ່ຽວກັບ {pseudonym}, ແລະ {problem}</translation>
    </message>
    <message>
        <source>it could not be decrypted</source>
        <translation>ຖອດລະຫັດມັນບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>it does not begin with a manifest</source>
        <translation>ມັນບໍ່ໄດ້ເລີ່ມຕົ້ນດ້ວຍບັນຊີໄຟລ໌</translation>
    </message>
    <message>
        <source>it is not an RFC 3161 time-stamp reply that can be read</source>
        <translation>ມັນບໍ່ແມ່ນຄຳຕອບປະທັບເວລາ RFC 3161 ທີ່ອ່ານໄດ້</translation>
    </message>
    <message>
        <source>it is not this casebook</source>
        <translation>ມັນບໍ່ແມ່ນປຶ້ມຄະດີນີ້</translation>
    </message>
    <message>
        <source>it is withheld from this recipient: {reason}</source>
        <translation>ມັນບໍ່ເປີດເຜີຍໃຫ້ຜູ້ຮັບນີ້: {reason}</translation>
    </message>
    <message>
        <source>it names {person}, who is not charged in this charge</source>
        <translation>ມັນລະບຸ {person}, ຜູ້ທີ່ບໍ່ຖືກກ່າວຫາໃນຂໍ້ກ່າວຫານີ້</translation>
    </message>
    <message>
        <source>it refers to {what}, which is neither in the package nor in this case here; ask the sender for a complete package (without --since-last)</source>
        <translation>ມັນອ້າງອີງເຖິງ {what}, ເຊິ່ງບໍ່ມີທັງໃນຊຸດແລກປ່ຽນ ແລະ ໃນຄະດີນີ້ຢູ່ບ່ອນນີ້; ຂໍຊຸດແລກປ່ຽນທີ່ຄົບຖ້ວນຈາກຜູ້ສົ່ງ (ບໍ່ມີ --since-last)</translation>
    </message>
    <message>
        <source>it was made for a different casebook, so it says nothing about this one; remove its folder</source>
        <translation>ມັນຖືກສ້າງສຳລັບປຶ້ມຄະດີອື່ນ, ສະນັ້ນມັນບໍ່ບອກຫຍັງກ່ຽວກັບປຶ້ມຄະດີນີ້; ລຶບໂຟນເດີຂອງມັນ</translation>
    </message>
    <message>
        <source>it was written in a format this version does not know</source>
        <translation>ມັນຖືກຂຽນໃນຮູບແບບທີ່ລຸ້ນນີ້ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>its age recipient is malformed</source>
        <translation>ຜູ້ຮັບ age ຂອງມັນມີຮູບແບບຜິດ</translation>
    </message>
    <message>
        <source>its attachment is neither in the package nor in this casebook; ask the sender for a complete package (without --since-last)</source>
        <translation>ໄຟລ໌ແນບຂອງມັນບໍ່ມີທັງໃນຊຸດແລກປ່ຽນ ແລະ ໃນປຶ້ມຄະດີນີ້; ຂໍຊຸດແລກປ່ຽນທີ່ຄົບຖ້ວນຈາກຜູ້ສົ່ງ (ບໍ່ມີ --since-last)</translation>
    </message>
    <message>
        <source>its claim.json is not a chain-head claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>claim.json ຂອງມັນບໍ່ແມ່ນ chain-head claim ໃນຮູບແບບທີ່ Casebook ຂຽນແທ້ໆ, ສະນັ້ນມັນຖືກແກ້ໄຂ ຫຼື ເສຍຫາຍ</translation>
    </message>
    <message>
        <source>its claim.json is not an evidence claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>claim.json ຂອງມັນບໍ່ແມ່ນ evidence claim ໃນຮູບແບບທີ່ Casebook ຂຽນແທ້ໆ, ສະນັ້ນມັນຖືກແກ້ໄຂ ຫຼື ເສຍຫາຍ</translation>
    </message>
    <message>
        <source>its fingerprint line does not belong to its signing key</source>
        <translation>ແຖວລາຍນິ້ວມືຂອງມັນບໍ່ແມ່ນຂອງກະແຈລົງລາຍເຊັນຂອງມັນ</translation>
    </message>
    <message>
        <source>its folder name does not match its claim, so one was changed</source>
        <translation>ຊື່ໂຟນເດີຂອງມັນບໍ່ກົງກັບ claim ຂອງມັນ, ສະນັ້ນອັນໃດອັນໜຶ່ງຖືກປ່ຽນ</translation>
    </message>
    <message>
        <source>its manifest is not followed by its signature</source>
        <translation>ບັນຊີໄຟລ໌ຂອງມັນບໍ່ມີລາຍເຊັນຕາມມາ</translation>
    </message>
    <message>
        <source>its manifest names no usable signing key</source>
        <translation>ບັນຊີໄຟລ໌ຂອງມັນບໍ່ລະບຸກະແຈລົງລາຍເຊັນທີ່ໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>its name or signing key is malformed</source>
        <translation>ຊື່ ຫຼື ກະແຈລົງລາຍເຊັນຂອງມັນມີຮູບແບບຜິດ</translation>
    </message>
    <message>
        <source>its role is not one Casebook knows</source>
        <translation>ບົດບາດຂອງມັນບໍ່ແມ່ນອັນທີ່ Casebook ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>its signature does not match its content, so it was altered</source>
        <translation>ລາຍເຊັນຂອງມັນບໍ່ກົງກັບເນື້ອໃນ, ສະນັ້ນມັນຖືກດັດແປງ</translation>
    </message>
    <message>
        <source>its signature does not verify against the trusted TSA certificates ({reason})</source>
        <translation>ລາຍເຊັນຂອງມັນກວດສອບບໍ່ຜ່ານກັບໃບຢັ້ງຢືນ TSA ທີ່ເຊື່ອຖື ({reason})</translation>
    </message>
    <message>
        <source>its statement is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>ຄຳໃຫ້ການຂອງມັນບໍ່ໄດ້ເຊື່ອມກັບເຫດການໃດທີ່ຂໍ້ກ່າວຫານີ້ອີງໃສ່ ({incidents})</translation>
    </message>
    <message>
        <source>its statement is not linked to incident {incident}, on which this charge rests</source>
        <translation>ຄຳໃຫ້ການຂອງມັນບໍ່ໄດ້ເຊື່ອມກັບເຫດການ {incident}, ທີ່ຂໍ້ກ່າວຫານີ້ອີງໃສ່</translation>
    </message>
    <message>
        <source>its user or casebook id is malformed</source>
        <translation>id ຜູ້ໃຊ້ ຫຼື id ປຶ້ມຄະດີຂອງມັນມີຮູບແບບຜິດ</translation>
    </message>
    <message>
        <source>its {name} is far larger than it can be, so it was replaced</source>
        <translation>{name} ຂອງມັນໃຫຍ່ເກີນກວ່າທີ່ເປັນໄປໄດ້ຫຼາຍ, ສະນັ້ນມັນຖືກແທນທີ່</translation>
    </message>
    <message>
        <source>its {name} is missing or cannot be read</source>
        <translation>{name} ຂອງມັນບໍ່ມີ ຫຼື ອ່ານບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>key-slot file: {problem}</source>
        <translation>ໄຟລ໌ບ່ອນກະແຈ: {problem}</translation>
    </message>
    <message>
        <source>left out: {why}</source>
        <translation>ບໍ່ລວມ: {why}</translation>
    </message>
    <message>
        <source>marked for redaction; printed as {redacted}</source>
        <translation>ໝາຍໃຫ້ປິດບັງ; ພິມເປັນ {redacted}</translation>
    </message>
    <message>
        <source>material both supports and contradicts the element</source>
        <translation>ຂໍ້ມູນທັງສະໜັບສະໜູນ ແລະ ຂັດແຍ່ງອົງປະກອບ</translation>
    </message>
    <message>
        <source>may name {who} by one part of the name, left as written; check it</source>
        <translation>ອາດກ່າວເຖິງ {who} ດ້ວຍສ່ວນໜຶ່ງຂອງຊື່, ປະໄວ້ຕາມທີ່ຂຽນ; ກະລຸນາກວດ</translation>
    </message>
    <message>
        <source>more than one evidence item of the case starts with this; give more of the id</source>
        <translation>ມີຫຼັກຖານຂອງຄະດີຫຼາຍກວ່າໜຶ່ງອັນທີ່ເລີ່ມແບບນີ້; ໃຫ້ id ຍາວຂຶ້ນ</translation>
    </message>
    <message>
        <source>more than one incident of the case starts with this; give more of the id</source>
        <translation>ມີເຫດການຂອງຄະດີຫຼາຍກວ່າໜຶ່ງອັນທີ່ເລີ່ມແບບນີ້; ໃຫ້ id ຍາວຂຶ້ນ</translation>
    </message>
    <message>
        <source>more than one passage starts with this; give more of the id</source>
        <translation>ມີຕອນຂໍ້ຄວາມຫຼາຍກວ່າໜຶ່ງຕອນທີ່ເລີ່ມແບບນີ້; ໃຫ້ id ຍາວຂຶ້ນ</translation>
    </message>
    <message>
        <source>more than one person of the case starts with this; give more of the id</source>
        <translation>ມີບຸກຄົນຂອງຄະດີຫຼາຍກວ່າໜຶ່ງຄົນທີ່ເລີ່ມແບບນີ້; ໃຫ້ id ຍາວຂຶ້ນ</translation>
    </message>
    <message>
        <source>more than one statement of the case starts with this; give more of the id</source>
        <translation>ມີຄຳໃຫ້ການຂອງຄະດີຫຼາຍກວ່າໜຶ່ງອັນທີ່ເລີ່ມແບບນີ້; ໃຫ້ id ຍາວຂຶ້ນ</translation>
    </message>
    <message>
        <source>needs a kind, such as summary</source>
        <translation>ຕ້ອງມີປະເພດ, ເຊັ່ນ summary</translation>
    </message>
    <message>
        <source>no bounded date</source>
        <translation>ບໍ່ມີວັນທີທີ່ມີຂອບເຂດ</translation>
    </message>
    <message>
        <source>no consent is recorded for this statement</source>
        <translation>ບໍ່ມີການຍິນຍອມບັນທຶກໄວ້ສຳລັບຄຳໃຫ້ການນີ້</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>ບໍ່ມີພິກັດ</translation>
    </message>
    <message>
        <source>no evidence item of this case has this id; pick it again</source>
        <translation>ບໍ່ມີຫຼັກຖານຂອງຄະດີນີ້ທີ່ມີ id ນີ້; ເລືອກມັນອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>no incident of this case has this id; pick it again</source>
        <translation>ບໍ່ມີເຫດການຂອງຄະດີນີ້ທີ່ມີ id ນີ້; ເລືອກມັນອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>no material counts for the element (see &quot;not counted&quot; for tagged material the charge leaves out)</source>
        <translation>ບໍ່ມີຂໍ້ມູນໃດນັບສຳລັບອົງປະກອບນີ້ (ເບິ່ງ &quot;ບໍ່ໄດ້ນັບ&quot; ສຳລັບຂໍ້ມູນທີ່ຕິດປ້າຍທີ່ຂໍ້ກ່າວຫາບໍ່ລວມ)</translation>
    </message>
    <message>
        <source>no name is recorded, so mentions of this person cannot be found automatically</source>
        <translation>ບໍ່ມີຊື່ບັນທຶກໄວ້, ສະນັ້ນບໍ່ສາມາດຊອກຫາການກ່າວເຖິງບຸກຄົນນີ້ໂດຍອັດຕະໂນມັດ</translation>
    </message>
    <message>
        <source>no name recorded, so mentions of these persons cannot be found and replaced automatically; check the texts yourself</source>
        <translation>ບໍ່ມີຊື່ບັນທຶກໄວ້, ສະນັ້ນບໍ່ສາມາດຊອກຫາ ແລະ ແທນທີ່ການກ່າວເຖິງບຸກຄົນເຫຼົ່ານີ້ໂດຍອັດຕະໂນມັດ; ກວດຂໍ້ຄວາມດ້ວຍຕົນເອງ</translation>
    </message>
    <message>
        <source>no passage of this bundle has this id</source>
        <translation>ບໍ່ມີຕອນຂໍ້ຄວາມຂອງຊຸດນີ້ທີ່ມີ id ນີ້</translation>
    </message>
    <message>
        <source>no passage of this case has this id; pick it again</source>
        <translation>ບໍ່ມີຕອນຂໍ້ຄວາມຂອງຄະດີນີ້ທີ່ມີ id ນີ້; ເລືອກມັນອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>no person of this case has this id or pseudonym; pick them again</source>
        <translation>ບໍ່ມີບຸກຄົນຂອງຄະດີນີ້ທີ່ມີ id ຫຼື ນາມແຝງນີ້; ເລືອກເຂົາອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>no statement of this case has this id; pick it again</source>
        <translation>ບໍ່ມີຄຳໃຫ້ການຂອງຄະດີນີ້ທີ່ມີ id ນີ້; ເລືອກມັນອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>no victim recorded</source>
        <translation>ບໍ່ມີຜູ້ຖືກເຄາະຮ້າຍບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>none in the shipped taxonomy</source>
        <translation>ບໍ່ມີໃນການຈັດໝວດທີ່ມາກັບໂປຣແກຣມ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>note on element {element}</source>
        <translation>ໝາຍເຫດກ່ຽວກັບອົງປະກອບ {element}</translation>
    </message>
    <message>
        <source>one of its passages belongs to another statement here</source>
        <translation>ຕອນຂໍ້ຄວາມໜຶ່ງຂອງມັນເປັນຂອງຄຳໃຫ້ການອື່ນຢູ່ບ່ອນນີ້</translation>
    </message>
    <message>
        <source>one of its perpetrator entries belongs to another charge here</source>
        <translation>ລາຍການຜູ້ຖືກກ່າວຫາໜຶ່ງຂອງມັນເປັນຂອງຂໍ້ກ່າວຫາອື່ນຢູ່ບ່ອນນີ້</translation>
    </message>
    <message>
        <source>only contradicting material</source>
        <translation>ມີແຕ່ຂໍ້ມູນທີ່ຂັດແຍ່ງ</translation>
    </message>
    <message>
        <source>package {package_id}: the audit entry its signature vouched for is missing or was changed</source>
        <translation>ຊຸດແລກປ່ຽນ {package_id}: ລາຍການກວດສອບທີ່ລາຍເຊັນຂອງມັນຮັບຮອງ ບໍ່ມີ ຫຼື ຖືກປ່ຽນ</translation>
    </message>
    <message>
        <source>recipients.json has a wrong or repeated code {code}; states have two capital letters, bodies longer ids in capitals. Restore the file.</source>
        <translation>recipients.json ມີລະຫັດທີ່ຜິດ ຫຼື ຊ້ຳກັນ {code}; ລັດມີຕົວອັກສອນໃຫຍ່ສອງຕົວ, ອົງການມີ id ທີ່ຍາວກວ່າເປັນຕົວອັກສອນໃຫຍ່. ກູ້ຄືນໄຟລ໌ນັ້ນ.</translation>
    </message>
    <message>
        <source>recipients.json is not in the format {format}; restore it from the installation.</source>
        <translation>recipients.json ບໍ່ຢູ່ໃນຮູບແບບ {format}; ກູ້ຄືນມັນຈາກການຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <source>record {record} differs from what audit entry {sequence} recorded: it was changed outside Casebook</source>
        <translation>ລາຍການ {record} ຕ່າງຈາກທີ່ລາຍການກວດສອບ {sequence} ບັນທຶກໄວ້: ມັນຖືກປ່ຽນຢູ່ນອກ Casebook</translation>
    </message>
    <message>
        <source>record {record} is in the database but in no audit entry: it was added outside Casebook</source>
        <translation>ລາຍການ {record} ຢູ່ໃນຖານຂໍ້ມູນ ແຕ່ບໍ່ຢູ່ໃນລາຍການກວດສອບໃດ: ມັນຖືກເພີ່ມຢູ່ນອກ Casebook</translation>
    </message>
    <message>
        <source>record {record} is missing: audit entry {sequence} recorded it and no entry deleted it, so it was deleted outside Casebook</source>
        <translation>ລາຍການ {record} ບໍ່ມີ: ລາຍການກວດສອບ {sequence} ບັນທຶກມັນໄວ້ ແລະ ບໍ່ມີລາຍການໃດລຶບມັນ, ສະນັ້ນມັນຖືກລຶບຢູ່ນອກ Casebook</translation>
    </message>
    <message>
        <source>record {record} is not bound to the audit log (open it once to bind it)</source>
        <translation>ລາຍການ {record} ບໍ່ໄດ້ຜູກກັບບັນທຶກການກວດສອບ (ເປີດມັນຄັ້ງໜຶ່ງເພື່ອຜູກມັນ)</translation>
    </message>
    <message>
        <source>record {record} was deleted in audit entry {sequence} but is in the database again: it was put back outside Casebook</source>
        <translation>ລາຍການ {record} ຖືກລຶບໃນລາຍການກວດສອບ {sequence} ແຕ່ມີຢູ່ໃນຖານຂໍ້ມູນອີກ: ມັນຖືກເອົາກັບຄືນຢູ່ນອກ Casebook</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>ສາສະໜາ</translation>
    </message>
    <message>
        <source>sex / gender</source>
        <translation>ເພດ / ເພດສະພາບ</translation>
    </message>
    <message>
        <source>statement of unattributed statement</source>
        <translation>ຄຳໃຫ້ການທີ່ບໍ່ລະບຸຜູ້ໃຫ້</translation>
    </message>
    <message>
        <source>statement of unattributed statement, taken {date}</source>
        <translation>ຄຳໃຫ້ການທີ່ບໍ່ລະບຸຜູ້ໃຫ້, ບັນທຶກເມື່ອ {date}</translation>
    </message>
    <message>
        <source>statement of {pseudonym}</source>
        <translation>ຄຳໃຫ້ການຂອງ {pseudonym}</translation>
    </message>
    <message>
        <source>statement of {pseudonym}, taken {date}</source>
        <translation>ຄຳໃຫ້ການຂອງ {pseudonym}, ບັນທຶກເມື່ອ {date}</translation>
    </message>
    <message>
        <source>supporting material only, all of it weakly graded (reliability D, E or F, or credibility 4, 5 or 6) or not graded</source>
        <translation>ມີແຕ່ຂໍ້ມູນສະໜັບສະໜູນ, ທັງໝົດມີລະດັບອ່ອນ (ຄວາມໜ້າເຊື່ອຖື D, E ຫຼື F, ຫຼື ຄວາມໜ້າເຊື່ອ 4, 5 ຫຼື 6) ຫຼື ບໍ່ໄດ້ໃຫ້ລະດັບ</translation>
    </message>
    <message>
        <source>supporting material, at least one item graded A-C and 1-3; nothing against</source>
        <translation>ຂໍ້ມູນສະໜັບສະໜູນ, ຢ່າງໜ້ອຍໜຶ່ງລາຍການມີລະດັບ A-C ແລະ 1-3; ບໍ່ມີອັນຄັດຄ້ານ</translation>
    </message>
    <message>
        <source>the Elements of Crimes wording of {crime} has not been checked against the official text, so it cannot be cited in a filing</source>
        <translation>ຖ້ອຍຄຳ Elements of Crimes ຂອງ {crime} ຍັງບໍ່ໄດ້ກວດກັບຂໍ້ຄວາມທາງການ, ສະນັ້ນອ້າງອີງໃນສະບັບຍື່ນບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status})</source>
        <translation>TSA ບໍ່ອະນຸມັດຄຳຂໍ (ສະຖານະ {status})</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status}) {said}</source>
        <translation>TSA ບໍ່ອະນຸມັດຄຳຂໍ (ສະຖານະ {status}) {said}</translation>
    </message>
    <message>
        <source>the TSA saw entry {sequence} of the audit chain (stamped {describe}), but the chain now ends at entry {last}: this is an older copy of the casebook, or entries were deleted after it was stamped</source>
        <translation>TSA ໄດ້ເຫັນລາຍການ {sequence} ຂອງສາຍການກວດສອບ (ປະທັບເວລາ {describe}), ແຕ່ຕອນນີ້ສາຍສິ້ນສຸດຢູ່ລາຍການ {last}: ນີ້ແມ່ນສຳເນົາເກົ່າຂອງປຶ້ມຄະດີ, ຫຼື ລາຍການຖືກລຶບຫຼັງຈາກປະທັບເວລາ</translation>
    </message>
    <message>
        <source>the TSA saw evidence {evidence_id} (stamped {describe}), but no such item is in this casebook</source>
        <translation>TSA ໄດ້ເຫັນຫຼັກຖານ {evidence_id} (ປະທັບເວລາ {describe}), ແຕ່ບໍ່ມີລາຍການນັ້ນໃນປຶ້ມຄະດີນີ້</translation>
    </message>
    <message>
        <source>the archive ends in the middle of an entry</source>
        <translation>ແຟ້ມບີບອັດສິ້ນສຸດກາງລາຍການ</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>ຈຸດເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>the certificate that signed the token is missing</source>
        <translation>ໃບຢັ້ງຢືນທີ່ລົງລາຍເຊັນ token ບໍ່ມີ</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: none)</source>
        <translation>ການຍິນຍອມບໍ່ຄອບຄຸມການແບ່ງປັນກັບ {recipient} (ເຂດອຳນາດທີ່ລະບຸ: ບໍ່ມີ)</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: {named})</source>
        <translation>ການຍິນຍອມບໍ່ຄອບຄຸມການແບ່ງປັນກັບ {recipient} (ເຂດອຳນາດທີ່ລະບຸ: {named})</translation>
    </message>
    <message>
        <source>the consent given does not cover publication</source>
        <translation>ການຍິນຍອມທີ່ໃຫ້ບໍ່ຄອບຄຸມການເຜີຍແຜ່</translation>
    </message>
    <message>
        <source>the consent given does not cover use in legal proceedings</source>
        <translation>ການຍິນຍອມທີ່ໃຫ້ບໍ່ຄອບຄຸມການນຳໃຊ້ໃນການດຳເນີນຄະດີ</translation>
    </message>
    <message>
        <source>the current words of {citation} were not checked against the official text (see its notes in the national law data); check the citation before filing</source>
        <translation>ຖ້ອຍຄຳປັດຈຸບັນຂອງ {citation} ຍັງບໍ່ໄດ້ກວດກັບຂໍ້ຄວາມທາງການ (ເບິ່ງໝາຍເຫດຂອງມັນໃນຂໍ້ມູນກົດໝາຍພາຍໃນ); ກວດການອ້າງອີງກ່ອນຍື່ນ</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>ຈຸດສິ້ນສຸດ</translation>
    </message>
    <message>
        <source>the evidence item is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>ຫຼັກຖານບໍ່ລວມຢູ່ໃນຊຸດນີ້ ({why}); ການອ້າງອີງພິມເປັນ {withheld}</translation>
    </message>
    <message>
        <source>the evidence item is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>ຫຼັກຖານບໍ່ຢູ່ໃນຊຸດນີ້ (ບໍ່ມີເຫດການ ຫຼື ປ້າຍທີ່ລວມຢູ່ອ້າງເຖິງມັນ; ເຊື່ອມມັນກັບເຫດການຂອງຂໍ້ກ່າວຫາ ຫຼື ລຶບການອ້າງອີງອອກ); ການອ້າງອີງພິມເປັນ {withheld}</translation>
    </message>
    <message>
        <source>the exhibit is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>ວັດຖຸພະຍານບໍ່ໄດ້ເຊື່ອມກັບເຫດການໃດທີ່ຂໍ້ກ່າວຫານີ້ອີງໃສ່ ({incidents})</translation>
    </message>
    <message>
        <source>the exhibit is not linked to incident {incident}, on which this charge rests</source>
        <translation>ວັດຖຸພະຍານບໍ່ໄດ້ເຊື່ອມກັບເຫດການ {incident}, ທີ່ຂໍ້ກ່າວຫານີ້ອີງໃສ່</translation>
    </message>
    <message>
        <source>the incident is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>ເຫດການບໍ່ລວມຢູ່ໃນຊຸດນີ້ ({why}); ການອ້າງອີງພິມເປັນ {withheld}</translation>
    </message>
    <message>
        <source>the incident is not in this bundle (the charges exported do not rest on it; export the charge that does, or remove the citation); it prints as {withheld}</source>
        <translation>ເຫດການບໍ່ຢູ່ໃນຊຸດນີ້ (ຂໍ້ກ່າວຫາທີ່ສົ່ງອອກບໍ່ໄດ້ອີງໃສ່ມັນ; ສົ່ງອອກຂໍ້ກ່າວຫາທີ່ອີງໃສ່ມັນ ຫຼື ລຶບການອ້າງອີງອອກ); ການອ້າງອີງພິມເປັນ {withheld}</translation>
    </message>
    <message>
        <source>the incident is not one of those this charge rests on</source>
        <translation>ເຫດການນີ້ບໍ່ແມ່ນໜຶ່ງໃນເຫດການທີ່ຂໍ້ກ່າວຫານີ້ອີງໃສ່</translation>
    </message>
    <message>
        <source>the line &apos;{line}&apos; is missing</source>
        <translation>ແຖວ &apos;{line}&apos; ບໍ່ມີ</translation>
    </message>
    <message>
        <source>the page check itself failed: {reason}</source>
        <translation>ການກວດໜ້າເອງລົ້ມເຫຼວ: {reason}</translation>
    </message>
    <message>
        <source>the passage is of an older version of the statement, whose current version has no paragraph of that number; cite the current version</source>
        <translation>ຕອນຂໍ້ຄວາມນີ້ເປັນຂອງສະບັບເກົ່າຂອງຄຳໃຫ້ການ, ເຊິ່ງສະບັບປັດຈຸບັນບໍ່ມີວັກເລກນັ້ນ; ອ້າງອີງສະບັບປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>the passage was cited in an older version of the statement and paragraph {position} reads differently now; check that it still says what the argument relies on, then cite it again</source>
        <translation>ຕອນຂໍ້ຄວາມຖືກອ້າງອີງໃນສະບັບເກົ່າຂອງຄຳໃຫ້ການ ແລະ ວັກ {position} ຕອນນີ້ອ່ານຕ່າງອອກໄປ; ກວດວ່າມັນຍັງເວົ້າສິ່ງທີ່ການໂຕ້ແຍ້ງອີງໃສ່ຢູ່ບໍ່, ແລ້ວອ້າງອີງມັນອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>the person&apos;s consent does not cover this bundle ({why}); it prints as {withheld}</source>
        <translation>ການຍິນຍອມຂອງບຸກຄົນບໍ່ຄອບຄຸມຊຸດນີ້ ({why}); ການອ້າງອີງພິມເປັນ {withheld}</translation>
    </message>
    <message>
        <source>the record is sealed here, so it cannot take a change</source>
        <translation>ລາຍການຖືກປິດຜະນຶກຢູ່ບ່ອນນີ້, ສະນັ້ນມັນຮັບການປ່ຽນແປງບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the reply answers a different request (its nonce differs)</source>
        <translation>ຄຳຕອບແມ່ນສຳລັບຄຳຂໍອື່ນ (nonce ຂອງມັນຕ່າງກັນ)</translation>
    </message>
    <message>
        <source>the reply is too large to be a time-stamp reply</source>
        <translation>ຄຳຕອບໃຫຍ່ເກີນທີ່ຈະເປັນຄຳຕອບປະທັບເວລາ</translation>
    </message>
    <message>
        <source>the request stays queued. Send it again when this computer is online</source>
        <translation>ຄຳຂໍຍັງລໍຖ້າຢູ່ໃນຄິວ. ສົ່ງມັນອີກຄັ້ງເມື່ອຄອມພິວເຕີນີ້ອອນລາຍ</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version (1 paragraph); correct the number</source>
        <translation>ຄຳໃຫ້ການບໍ່ມີວັກ {position} ໃນສະບັບປັດຈຸບັນ (1 ວັກ); ແກ້ໄຂເລກ</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version ({count} paragraphs); correct the number</source>
        <translation>ຄຳໃຫ້ການບໍ່ມີວັກ {position} ໃນສະບັບປັດຈຸບັນ ({count} ວັກ); ແກ້ໄຂເລກ</translation>
    </message>
    <message>
        <source>the statement is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>ຄຳໃຫ້ການບໍ່ລວມຢູ່ໃນຊຸດນີ້ ({why}); ການອ້າງອີງພິມເປັນ {withheld}</translation>
    </message>
    <message>
        <source>the statement is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>ຄຳໃຫ້ການບໍ່ຢູ່ໃນຊຸດນີ້ (ບໍ່ມີເຫດການ ຫຼື ປ້າຍທີ່ລວມຢູ່ອ້າງເຖິງມັນ; ເຊື່ອມມັນກັບເຫດການຂອງຂໍ້ກ່າວຫາ ຫຼື ລຶບການອ້າງອີງອອກ); ການອ້າງອີງພິມເປັນ {withheld}</translation>
    </message>
    <message>
        <source>the stored file {name}</source>
        <translation>ໄຟລ໌ທີ່ເກັບໄວ້ {name}</translation>
    </message>
    <message>
        <source>the text is far longer than an identity</source>
        <translation>ຂໍ້ຄວາມຍາວກວ່າຕົວຕົນຫຼາຍ</translation>
    </message>
    <message>
        <source>the token was issued for different data than {claimed}</source>
        <translation>token ຖືກອອກໃຫ້ສຳລັບຂໍ້ມູນອື່ນ ບໍ່ແມ່ນ {claimed}</translation>
    </message>
    <message>
        <source>the witness withdrew consent on {date}</source>
        <translation>ພະຍານຖອນການຍິນຍອມເມື່ອ {date}</translation>
    </message>
    <message>
        <source>there is data after the end of the archive</source>
        <translation>ມີຂໍ້ມູນຫຼັງຈຸດສິ້ນສຸດຂອງແຟ້ມບີບອັດ</translation>
    </message>
    <message>
        <source>time-stamp {name}: {problem}</source>
        <translation>ການປະທັບເວລາ {name}: {problem}</translation>
    </message>
    <message>
        <source>uses.json is not in the format {uses_format}; restore it from the installation.</source>
        <translation>uses.json ບໍ່ຢູ່ໃນຮູບແບບ {uses_format}; ກູ້ຄືນມັນຈາກການຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <source>victims recorded (persons)</source>
        <translation>ຜູ້ຖືກເຄາະຮ້າຍທີ່ບັນທຶກໄວ້ (ບຸກຄົນ)</translation>
    </message>
    <message>
        <source>{at}/actor_id: the signer is not listed under signers</source>
        <translation>{at}/actor_id: ຜູ້ລົງລາຍເຊັນບໍ່ຢູ່ໃນລາຍຊື່ signers</translation>
    </message>
    <message>
        <source>{at}/at: {time_problem}</source>
        <translation>{at}/at: {time_problem}</translation>
    </message>
    <message>
        <source>{at}/casebook_id: this casebook&apos;s chain is listed twice</source>
        <translation>{at}/casebook_id: ສາຍຂອງປຶ້ມຄະດີນີ້ຖືກລະບຸສອງເທື່ອ</translation>
    </message>
    <message>
        <source>{at}/char_end: the range does not fit the passage ({length} characters)</source>
        <translation>{at}/char_end: ຊ່ວງບໍ່ພໍດີກັບຕອນຂໍ້ຄວາມ ({length} ຕົວອັກສອນ)</translation>
    </message>
    <message>
        <source>{at}/charge_id: refers to a charge that is not in this case</source>
        <translation>{at}/charge_id: ອ້າງອີງເຖິງຂໍ້ກ່າວຫາທີ່ບໍ່ຢູ່ໃນຄະດີນີ້</translation>
    </message>
    <message>
        <source>{at}/created_at: give a date and time with its UTC offset</source>
        <translation>{at}/created_at: ໃຫ້ວັນທີ ແລະ ເວລາພ້ອມ UTC offset ຂອງມັນ</translation>
    </message>
    <message>
        <source>{at}/crime_id: {error}</source>
        <translation>{at}/crime_id: {error}</translation>
    </message>
    <message>
        <source>{at}/element_id: is not a contextual element of taxonomy {version}</source>
        <translation>{at}/element_id: ບໍ່ແມ່ນອົງປະກອບບໍລິບົດຂອງການຈັດໝວດ {version}</translation>
    </message>
    <message>
        <source>{at}/element_id: there is no such element in taxonomy {version}</source>
        <translation>{at}/element_id: ບໍ່ມີອົງປະກອບນີ້ໃນການຈັດໝວດ {version}</translation>
    </message>
    <message>
        <source>{at}/element_id: {note}</source>
        <translation>{at}/element_id: {note}</translation>
    </message>
    <message>
        <source>{at}/element_kind: {element_id} is a {kind} element</source>
        <translation>{at}/element_kind: {element_id} ແມ່ນອົງປະກອບປະເພດ {kind}</translation>
    </message>
    <message>
        <source>{at}/filter/case_ids: a pattern may count only its own case</source>
        <translation>{at}/filter/case_ids: ແບບແຜນນັບໄດ້ສະເພາະຄະດີຂອງມັນເອງ</translation>
    </message>
    <message>
        <source>{at}/filter: is not a pattern filter Casebook reads</source>
        <translation>{at}/filter: ບໍ່ແມ່ນຕົວກັ່ນຕອງແບບແຜນທີ່ Casebook ອ່ານໄດ້</translation>
    </message>
    <message>
        <source>{at}/id: this id is already in use</source>
        <translation>{at}/id: id ນີ້ຖືກໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <source>{at}/incident_ids/{j}: refers to an incident not in this case</source>
        <translation>{at}/incident_ids/{j}: ອ້າງອີງເຖິງເຫດການທີ່ບໍ່ຢູ່ໃນຄະດີນີ້</translation>
    </message>
    <message>
        <source>{at}/merges_ids/{j}: {elsewhere}</source>
        <translation>{at}/merges_ids/{j}: {elsewhere}</translation>
    </message>
    <message>
        <source>{at}/national_provision: {error}</source>
        <translation>{at}/national_provision: {error}</translation>
    </message>
    <message>
        <source>{at}/perpetrators/{j}/liability_id: {error}</source>
        <translation>{at}/perpetrators/{j}/liability_id: {error}</translation>
    </message>
    <message>
        <source>{at}/perpetrators/{j}: the same person and mode appear twice</source>
        <translation>{at}/perpetrators/{j}: ບຸກຄົນ ແລະ ຮູບແບບດຽວກັນປາກົດສອງເທື່ອ</translation>
    </message>
    <message>
        <source>{at}/sequence: is {sequence}, expected {expected}</source>
        <translation>{at}/sequence: ແມ່ນ {sequence}, ຄາດວ່າ {expected}</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature: ບໍ່ກົງກັບເຫດການ: ເຫດການ ຫຼື ກະແຈຂອງຜູ້ລົງລາຍເຊັນຖືກປ່ຽນຫຼັງຈາກລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event, the item&apos;s SHA-256 or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature: ບໍ່ກົງກັບເຫດການ: ເຫດການ, SHA-256 ຂອງລາຍການ ຫຼື ກະແຈຂອງຜູ້ລົງລາຍເຊັນຖືກປ່ຽນຫຼັງຈາກລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>{at}/supersedes_id: {elsewhere}</source>
        <translation>{at}/supersedes_id: {elsewhere}</translation>
    </message>
    <message>
        <source>{at}/target_id: refers to a record that is not in this case</source>
        <translation>{at}/target_id: ອ້າງອີງເຖິງລາຍການທີ່ບໍ່ຢູ່ໃນຄະດີນີ້</translation>
    </message>
    <message>
        <source>{at}/taxonomy_version: {version}</source>
        <translation>{at}/taxonomy_version: {version}</translation>
    </message>
    <message>
        <source>{at}/text: {problem}</source>
        <translation>{at}/text: {problem}</translation>
    </message>
    <message>
        <source>{at}/{key}: refers to a {kind} that is not in this case</source>
        <translation>{at}/{key}: ອ້າງອີງເຖິງ {kind} ທີ່ບໍ່ຢູ່ໃນຄະດີນີ້</translation>
    </message>
    <message>
        <source>{at}: the same tag appears twice</source>
        <translation>{at}: ປ້າຍດຽວກັນປາກົດສອງເທື່ອ</translation>
    </message>
    <message>
        <source>{at}: {problem}</source>
        <translation>{at}: {problem}</translation>
    </message>
    <message>
        <source>{characteristic} {value}</source>
        <translation>{characteristic} {value}</translation>
    </message>
    <message>
        <source>{citation} applied only to acts until {date}</source>
        <translation>{citation} ນຳໃຊ້ສະເພາະກັບການກະທຳຈົນເຖິງ {date}</translation>
    </message>
    <message>
        <source>{citation} applies only to acts from {date}</source>
        <translation>{citation} ນຳໃຊ້ສະເພາະກັບການກະທຳຕັ້ງແຕ່ {date}</translation>
    </message>
    <message>
        <source>{citation} was amended with effect from {date}; for incident {number} ({span}) the earlier words apply ({change})</source>
        <translation>{citation} ຖືກແກ້ໄຂໂດຍມີຜົນຕັ້ງແຕ່ {date}; ສຳລັບເຫດການ {number} ({span}) ຖ້ອຍຄຳເກົ່າແມ່ນນຳໃຊ້ ({change})</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; does not map onto crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>ບົດບັນຍັດ {code} &apos;{provision_id}&apos; ບໍ່ກົງກັບອາຊະຍາກຳ {crime}. ບົດບັນຍັດຂອງ {code} ທີ່ກົງ: {provisions}.</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; is not a provision id of that law and cannot cite crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>ບົດບັນຍັດ {code} &apos;{provision_id}&apos; ບໍ່ແມ່ນ id ບົດບັນຍັດຂອງກົດໝາຍນັ້ນ ແລະ ອ້າງອີງອາຊະຍາກຳ {crime} ບໍ່ໄດ້. ບົດບັນຍັດຂອງ {code} ທີ່ກົງ: {provisions}.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{destination} is a file; give a folder to keep backups in.</source>
        <translation>{destination} ແມ່ນໄຟລ໌; ໃຫ້ໂຟນເດີເພື່ອເກັບການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>{display_name} already has a key slot in this casebook.</source>
        <translation>{display_name} ມີບ່ອນກະແຈໃນປຶ້ມຄະດີນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>{display_name} is registered as a {role}, not a supervisor; only supervisors get a key slot.</source>
        <translation>{display_name} ລົງທະບຽນເປັນ {role}, ບໍ່ແມ່ນຫົວໜ້າງານ; ສະເພາະຫົວໜ້າງານເທົ່ານັ້ນທີ່ໄດ້ບ່ອນກະແຈ.</translation>
    </message>
    <message>
        <source>{existing} already exists. Move it away or choose another folder.</source>
        <translation>{existing} ມີຢູ່ແລ້ວ. ຍ້າຍມັນອອກ ຫຼື ເລືອກໂຟນເດີອື່ນ.</translation>
    </message>
    <message>
        <source>{file}, entry {entry}</source>
        <translation>{file}, ລາຍການ {entry}</translation>
    </message>
    <message>
        <source>{final} already exists and is not a backup of this casebook, so it was left alone. Choose a new folder, or use --keep N with a folder that holds backups.</source>
        <translation>{final} ມີຢູ່ແລ້ວ ແລະ ບໍ່ແມ່ນການສຳຮອງຂໍ້ມູນຂອງປຶ້ມຄະດີນີ້, ສະນັ້ນມັນຖືກປະໄວ້ຄືເດີມ. ເລືອກໂຟນເດີໃໝ່, ຫຼື ໃຊ້ --keep N ກັບໂຟນເດີທີ່ມີການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ຫຼື {second}</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty. Choose a new folder name for the casebook.</source>
        <translation>{folder} ມີຢູ່ແລ້ວ ແລະ ບໍ່ຫວ່າງເປົ່າ. ເລືອກຊື່ໂຟນເດີໃໝ່ສຳລັບປຶ້ມຄະດີ.</translation>
    </message>
    <message>
        <source>{folder} already exists. The files are written into a new folder: give a name that does not exist yet, or move that one away.</source>
        <translation>{folder} ມີຢູ່ແລ້ວ. ໄຟລ໌ຖືກຂຽນລົງໃນໂຟນເດີໃໝ່: ໃຫ້ຊື່ທີ່ຍັງບໍ່ມີ, ຫຼື ຍ້າຍອັນນັ້ນອອກ.</translation>
    </message>
    <message>
        <source>{folder} is not a casebook folder (it has no {db_name}). Choose the folder that Casebook created.</source>
        <translation>{folder} ບໍ່ແມ່ນໂຟນເດີປຶ້ມຄະດີ (ມັນບໍ່ມີ {db_name}). ເລືອກໂຟນເດີທີ່ Casebook ສ້າງ.</translation>
    </message>
    <message>
        <source>{folder}: is a file or a link, not the folder Casebook keeps time-stamps in. Find out how it got there, then move it out of the casebook folder.</source>
        <translation>{folder}: ແມ່ນໄຟລ໌ ຫຼື ລິ້ງ, ບໍ່ແມ່ນໂຟນເດີທີ່ Casebook ເກັບການປະທັບເວລາ. ຊອກຫາວ່າມັນມາຢູ່ບ່ອນນັ້ນໄດ້ແນວໃດ, ແລ້ວຍ້າຍມັນອອກຈາກໂຟນເດີປຶ້ມຄະດີ.</translation>
    </message>
    <message>
        <source>{here}: differs from {whose} history this casebook already holds of that casebook: entries were changed or removed in between</source>
        <translation>{here}: ຕ່າງຈາກປະຫວັດຂອງ {whose} ທີ່ປຶ້ມຄະດີນີ້ມີຢູ່ແລ້ວຂອງປຶ້ມຄະດີນັ້ນ: ລາຍການຖືກປ່ຽນ ຫຼື ລຶບໃນລະຫວ່າງນັ້ນ</translation>
    </message>
    <message>
        <source>{here}: does not follow on from the entry before it</source>
        <translation>{here}: ບໍ່ຕໍ່ຈາກລາຍການກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>{here}: does not match its own hash: the history was altered after it was written</source>
        <translation>{here}: ບໍ່ກົງກັບ hash ຂອງມັນເອງ: ປະຫວັດຖືກດັດແປງຫຼັງຈາກຖືກຂຽນ</translation>
    </message>
    <message>
        <source>{key_file} names a different key than the manifest; do not trust either until the sender confirms the fingerprint.</source>
        <translation>{key_file} ລະບຸກະແຈຕ່າງຈາກບັນຊີໄຟລ໌; ຢ່າເຊື່ອຖືອັນໃດຈົນກວ່າຜູ້ສົ່ງຢືນຢັນລາຍນິ້ວມື.</translation>
    </message>
    <message>
        <source>{key} ({title}) applies only to {categories}, and {crime} is {category}.</source>
        <translation>{key} ({title}) ນຳໃຊ້ສະເພາະກັບ {categories}, ແລະ {crime} ແມ່ນ {category}.</translation>
    </message>
    <message>
        <source>{key} ({title}) is not a mode of liability one is charged under.</source>
        <translation>{key} ({title}) ບໍ່ແມ່ນຮູບແບບຄວາມຮັບຜິດຊອບທີ່ໃຊ້ກ່າວຫາໄດ້.</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} ຕ້ອງເປັນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}: {reason}</translation>
    </message>
    <message>
        <source>{label} is too large to open here ({mib} MiB read so far). Export it to a folder of your choice instead.</source>
        <translation>{label} ໃຫຍ່ເກີນທີ່ຈະເປີດຢູ່ບ່ອນນີ້ (ອ່ານແລ້ວ {mib} MiB). ສົ່ງອອກມັນໄປໂຟນເດີທີ່ທ່ານເລືອກແທນ.</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{location} is neither a bundle folder nor a zip file. Give the folder that holds manifest.json, or the bundle&apos;s .zip (decrypt an .age file first with age).</source>
        <translation>{location} ບໍ່ແມ່ນທັງໂຟນເດີຊຸດ ແລະ ໄຟລ໌ zip. ໃຫ້ໂຟນເດີທີ່ມີ manifest.json, ຫຼື .zip ຂອງຊຸດ (ຖອດລະຫັດໄຟລ໌ .age ກ່ອນດ້ວຍ age).</translation>
    </message>
    <message>
        <source>{manifest} has format {found}, not {format}.</source>
        <translation>{manifest} ມີຮູບແບບ {found}, ບໍ່ແມ່ນ {format}.</translation>
    </message>
    <message>
        <source>{manifest} is missing, so nothing in the bundle can be checked.</source>
        <translation>ບໍ່ມີ {manifest}, ສະນັ້ນບໍ່ມີຫຍັງໃນຊຸດທີ່ກວດໄດ້.</translation>
    </message>
    <message>
        <source>{manifest} is not a readable Casebook manifest (it was damaged or edited).</source>
        <translation>{manifest} ບໍ່ແມ່ນບັນຊີໄຟລ໌ Casebook ທີ່ອ່ານໄດ້ (ມັນເສຍຫາຍ ຫຼື ຖືກແກ້ໄຂ).</translation>
    </message>
    <message>
        <source>{manifest} lists an unsafe path {name}.</source>
        <translation>{manifest} ລະບຸເສັ້ນທາງທີ່ບໍ່ປອດໄພ {name}.</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{month} {year} (day unknown)</source>
        <translation>{month} {year} (ບໍ່ຮູ້ມື້)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} ແມ່ນໂຟນເດີ, ບໍ່ແມ່ນໄຟລ໌.</translation>
    </message>
    <message>
        <source>{name} is in the way (left from an interrupted package?). Remove it and try again.</source>
        <translation>{name} ກີດຂວາງຢູ່ (ເຫຼືອຈາກຊຸດແລກປ່ຽນທີ່ຖືກຂັດຈັງຫວະບໍ?). ລຶບມັນ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; nothing was imported.</source>
        <translation>{name} ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8; ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg}); nothing was imported.</source>
        <translation>{name} ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ (ແຖວ {lineno}, ຖັນ {colno}: {msg}); ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>{name} is {code}: give the code {code} instead of the name.</source>
        <translation>{name} ແມ່ນ {code}: ໃຫ້ລະຫັດ {code} ແທນຊື່.</translation>
    </message>
    <message>
        <source>{name} is {size} MiB; interchange documents over {limit} MiB are refused. Split the export by case.</source>
        <translation>{name} ມີ {size} MiB; ເອກະສານແລກປ່ຽນຂໍ້ມູນທີ່ເກີນ {limit} MiB ຖືກປະຕິເສດ. ແບ່ງການສົ່ງອອກຕາມຄະດີ.</translation>
    </message>
    <message>
        <source>{name}: has {size} bytes, but the manifest records {recorded}.</source>
        <translation>{name}: ມີ {size} ໄບຕ໌, ແຕ່ບັນຊີໄຟລ໌ບັນທຶກ {recorded}.</translation>
    </message>
    <message>
        <source>{name}: its SHA-256 does not match the manifest; the file was changed or damaged.</source>
        <translation>{name}: SHA-256 ຂອງມັນບໍ່ກົງກັບບັນຊີໄຟລ໌; ໄຟລ໌ຖືກປ່ຽນ ຫຼື ເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>{name}: listed in the manifest but missing from the bundle.</source>
        <translation>{name}: ລະບຸໃນບັນຊີໄຟລ໌ ແຕ່ບໍ່ມີໃນຊຸດ.</translation>
    </message>
    <message>
        <source>{name}: present in the bundle but not listed in the manifest.</source>
        <translation>{name}: ມີໃນຊຸດ ແຕ່ບໍ່ໄດ້ລະບຸໃນບັນຊີໄຟລ໌.</translation>
    </message>
    <message>
        <source>{out} already exists. Choose a new file name for the package.</source>
        <translation>{out} ມີຢູ່ແລ້ວ. ເລືອກຊື່ໄຟລ໌ໃໝ່ສຳລັບຊຸດແລກປ່ຽນ.</translation>
    </message>
    <message>
        <source>{path}: Casebook did not put this in the casebook folder. Find out how it got there, then move it out of the folder.</source>
        <translation>{path}: Casebook ບໍ່ໄດ້ເອົາອັນນີ້ໃສ່ໂຟນເດີປຶ້ມຄະດີ. ຊອກຫາວ່າມັນມາຢູ່ບ່ອນນັ້ນໄດ້ແນວໃດ, ແລ້ວຍ້າຍມັນອອກຈາກໂຟນເດີ.</translation>
    </message>
    <message>
        <source>{path}: a stored (encrypted) file that no record refers to. An interrupted import can leave one, or casebook.db is older than the rest of the folder; keep the file until you know which.</source>
        <translation>{path}: ໄຟລ໌ທີ່ເກັບໄວ້ (ເຂົ້າລະຫັດ) ທີ່ບໍ່ມີລາຍການໃດອ້າງອີງ. ການນຳເຂົ້າທີ່ຖືກຂັດຈັງຫວະອາດປະມັນໄວ້, ຫຼື casebook.db ເກົ່າກວ່າສ່ວນອື່ນຂອງໂຟນເດີ; ເກັບໄຟລ໌ໄວ້ຈົນກວ່າທ່ານຈະຮູ້ວ່າແມ່ນອັນໃດ.</translation>
    </message>
    <message>
        <source>{path}: not a time-stamp Casebook made; find out where it came from, then remove it</source>
        <translation>{path}: ບໍ່ແມ່ນການປະທັບເວລາທີ່ Casebook ສ້າງ; ຊອກຫາວ່າມັນມາຈາກໃສ, ແລ້ວລຶບມັນ</translation>
    </message>
    <message>
        <source>{path}: refers to a person that is not in this case</source>
        <translation>{path}: ອ້າງອີງເຖິງບຸກຄົນທີ່ບໍ່ຢູ່ໃນຄະດີນີ້</translation>
    </message>
    <message>
        <source>{path}: refers to a {kind} that is not in this case</source>
        <translation>{path}: ອ້າງອີງເຖິງ {kind} ທີ່ບໍ່ຢູ່ໃນຄະດີນີ້</translation>
    </message>
    <message>
        <source>{path}: the person is not an alleged perpetrator (role {role})</source>
        <translation>{path}: ບຸກຄົນນີ້ບໍ່ແມ່ນຜູ້ຖືກກ່າວຫາ (ບົດບາດ {role})</translation>
    </message>
    <message>
        <source>{place} is a complaint bundle exported before; writing into it would break its signed manifest. Choose another folder (for example the one that holds it), or move that bundle away.</source>
        <translation>{place} ແມ່ນຊຸດຄຳຮ້ອງຟ້ອງທີ່ສົ່ງອອກກ່ອນໜ້ານີ້; ການຂຽນລົງໃນມັນຈະທຳລາຍບັນຊີໄຟລ໌ທີ່ລົງລາຍເຊັນຂອງມັນ. ເລືອກໂຟນເດີອື່ນ (ເຊັ່ນ ໂຟນເດີທີ່ມີມັນ), ຫຼື ຍ້າຍຊຸດນັ້ນອອກ.</translation>
    </message>
    <message>
        <source>{place} is a file, not a folder. Choose a folder for the bundle (a new one is created if it does not exist), or move that file away.</source>
        <translation>{place} ແມ່ນໄຟລ໌, ບໍ່ແມ່ນໂຟນເດີ. ເລືອກໂຟນເດີສຳລັບຊຸດ (ຈະສ້າງອັນໃໝ່ຖ້າມັນບໍ່ມີ), ຫຼື ຍ້າຍໄຟລ໌ນັ້ນອອກ.</translation>
    </message>
    <message>
        <source>{problem} Choose one of: {choices}.</source>
        <translation>{problem} ເລືອກໜຶ່ງໃນ: {choices}.</translation>
    </message>
    <message>
        <source>{pseudonym} affiliation</source>
        <translation>ສັງກັດຂອງ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} has no consent recorded</source>
        <translation>{pseudonym} ບໍ່ມີການຍິນຍອມບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>{pseudonym} has no identity recorded to seal.</source>
        <translation>{pseudonym} ບໍ່ມີຕົວຕົນບັນທຶກໄວ້ເພື່ອປິດຜະນຶກ.</translation>
    </message>
    <message>
        <source>{pseudonym} is already charged under {mode} in this charge.</source>
        <translation>{pseudonym} ຖືກກ່າວຫາພາຍໃຕ້ {mode} ໃນຂໍ້ກ່າວຫານີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>{pseudonym} is not recorded as an alleged perpetrator (roles: {roles}). Add the role alleged_perpetrator to this person first, or choose another person.</source>
        <translation>{pseudonym} ບໍ່ໄດ້ບັນທຶກເປັນຜູ້ຖືກກ່າວຫາ (ບົດບາດ: {roles}). ເພີ່ມບົດບາດ alleged_perpetrator ໃຫ້ບຸກຄົນນີ້ກ່ອນ, ຫຼື ເລືອກບຸກຄົນອື່ນ.</translation>
    </message>
    <message>
        <source>{pseudonym} position</source>
        <translation>ຕຳແໜ່ງຂອງ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} rank</source>
        <translation>ຍົດຂອງ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} unit</source>
        <translation>ໜ່ວຍຂອງ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} withdrew consent on {date}</source>
        <translation>{pseudonym} ຖອນການຍິນຍອມເມື່ອ {date}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover publication</source>
        <translation>ການຍິນຍອມຂອງ {pseudonym} ບໍ່ຄອບຄຸມການເຜີຍແຜ່</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings</source>
        <translation>ການຍິນຍອມຂອງ {pseudonym} ບໍ່ຄອບຄຸມການນຳໃຊ້ໃນການດຳເນີນຄະດີ</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings with {recipient}</source>
        <translation>ການຍິນຍອມຂອງ {pseudonym} ບໍ່ຄອບຄຸມການນຳໃຊ້ໃນການດຳເນີນຄະດີກັບ {recipient}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover {use}</source>
        <translation>ການຍິນຍອມຂອງ {pseudonym} ບໍ່ຄອບຄຸມ {use}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s identity cannot be disclosed in this export: {reason}. Remove {pseudonym} from the identities to seal.</source>
        <translation>ຕົວຕົນຂອງ {pseudonym} ເປີດເຜີຍໃນການສົ່ງອອກນີ້ບໍ່ໄດ້: {reason}. ເອົາ {pseudonym} ອອກຈາກຕົວຕົນທີ່ຈະປິດຜະນຶກ.</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s statement is left out of this export for lack of consent, so their identity cannot be disclosed in it either. Remove {pseudonym} from the identities to seal.</source>
        <translation>ຄຳໃຫ້ການຂອງ {pseudonym} ບໍ່ລວມໃນການສົ່ງອອກນີ້ ເພາະຂາດການຍິນຍອມ, ສະນັ້ນຕົວຕົນຂອງເຂົາເຈົ້າກໍເປີດເຜີຍໃນນັ້ນບໍ່ໄດ້ຄືກັນ. ເອົາ {pseudonym} ອອກຈາກຕົວຕົນທີ່ຈະປິດຜະນຶກ.</translation>
    </message>
    <message>
        <source>{reasons}; {reason}</source>
        <translation>{reasons}; {reason}</translation>
    </message>
    <message>
        <source>{signature} does not match {manifest}: the manifest was changed after it was signed, or the signature belongs to another manifest or key.</source>
        <translation>{signature} ບໍ່ກົງກັບ {manifest}: ບັນຊີໄຟລ໌ຖືກປ່ຽນຫຼັງຈາກລົງລາຍເຊັນ, ຫຼື ລາຍເຊັນເປັນຂອງບັນຊີໄຟລ໌ ຫຼື ກະແຈອື່ນ.</translation>
    </message>
    <message>
        <source>{signature} is missing: the manifest is not signed.</source>
        <translation>ບໍ່ມີ {signature}: ບັນຊີໄຟລ໌ບໍ່ໄດ້ລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <source>{source} has no root certificate (one that signed itself). Add the root certificate the TSA publishes after its own certificate in the PEM file.</source>
        <translation>{source} ບໍ່ມີໃບຢັ້ງຢືນຮາກ (ອັນທີ່ລົງລາຍເຊັນຕົວເອງ). ເພີ່ມໃບຢັ້ງຢືນຮາກທີ່ TSA ເຜີຍແຜ່ ຕໍ່ຈາກໃບຢັ້ງຢືນຂອງມັນເອງໃນໄຟລ໌ PEM.</translation>
    </message>
    <message>
        <source>{source} holds no certificate Casebook can read. Give the TSA&apos;s certificate chain as a PEM file (the TSA&apos;s certificate and its root).</source>
        <translation>{source} ບໍ່ມີໃບຢັ້ງຢືນທີ່ Casebook ອ່ານໄດ້. ໃຫ້ສາຍໃບຢັ້ງຢືນຂອງ TSA ເປັນໄຟລ໌ PEM (ໃບຢັ້ງຢືນຂອງ TSA ແລະ ໃບຢັ້ງຢືນຮາກຂອງມັນ).</translation>
    </message>
    <message>
        <source>{source} is not a certificate file. Give the TSA&apos;s PEM chain.</source>
        <translation>{source} ບໍ່ແມ່ນໄຟລ໌ໃບຢັ້ງຢືນ. ໃຫ້ສາຍ PEM ຂອງ TSA.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} ຫາ {end}</translation>
    </message>
    <message>
        <source>{summary} Pattern annex: counts across the incidents of the case that may be disclosed; counts of persons below {threshold} shown as &apos;&lt; {threshold}&apos;.</source>
        <translation>{summary} ເອກະສານຊ້ອນທ້າຍແບບແຜນ: ຈຳນວນນັບທົ່ວເຫດການຂອງຄະດີທີ່ອາດເປີດເຜີຍໄດ້; ຈຳນວນບຸກຄົນຕ່ຳກວ່າ {threshold} ສະແດງເປັນ &apos;&lt; {threshold}&apos;.</translation>
    </message>
    <message>
        <source>{target} already exists. Choose another file name.</source>
        <translation>{target} ມີຢູ່ແລ້ວ. ເລືອກຊື່ໄຟລ໌ອື່ນ.</translation>
    </message>
    <message>
        <source>{url} is not a time-stamp authority address. Give its http:// or https:// URL, as the TSA publishes it.</source>
        <translation>{url} ບໍ່ແມ່ນທີ່ຢູ່ຂອງອົງການປະທັບເວລາ. ໃຫ້ URL http:// ຫຼື https:// ຂອງມັນ, ຕາມທີ່ TSA ເຜີຍແຜ່.</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: must be a path inside the JSON file&apos;s folder, relative to it, with no &apos;..&apos; and no symbolic link</source>
        <translation>{where}/evidence/{i}/file: ຕ້ອງເປັນເສັ້ນທາງພາຍໃນໂຟນເດີຂອງໄຟລ໌ JSON, ທຽບກັບມັນ, ບໍ່ມີ &apos;..&apos; ແລະ ບໍ່ມີ symbolic link</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: there is no file at this path beside the JSON file</source>
        <translation>{where}/evidence/{i}/file: ບໍ່ມີໄຟລ໌ຢູ່ເສັ້ນທາງນີ້ຄຽງກັບໄຟລ໌ JSON</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/sha256: a file needs its SHA-256 to be checked</source>
        <translation>{where}/evidence/{i}/sha256: ໄຟລ໌ຕ້ອງມີ SHA-256 ຂອງມັນເພື່ອກວດ</translation>
    </message>
    <message>
        <source>{where}/persons: the pseudonym {dup} is used twice</source>
        <translation>{where}/persons: ນາມແຝງ {dup} ຖືກໃຊ້ສອງເທື່ອ</translation>
    </message>
    <message>
        <source>{where}/reference: a case with this reference already exists</source>
        <translation>{where}/reference: ມີຄະດີທີ່ມີເລກອ້າງອີງນີ້ແລ້ວ</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/id: this signer is listed twice</source>
        <translation>{where}/signers/{i}/id: ຜູ້ລົງລາຍເຊັນນີ້ຖືກລະບຸສອງເທື່ອ</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/signing_public_key: is not an Ed25519 key</source>
        <translation>{where}/signers/{i}/signing_public_key: ບໍ່ແມ່ນກະແຈ Ed25519</translation>
    </message>
    <message>
        <source>{where}/signers: a signer has the id of a user of this casebook but another signing key; someone may be impersonating a colleague</source>
        <translation>{where}/signers: ຜູ້ລົງລາຍເຊັນຄົນໜຶ່ງມີ id ຂອງຜູ້ໃຊ້ປຶ້ມຄະດີນີ້ ແຕ່ມີກະແຈລົງລາຍເຊັນອື່ນ; ອາດມີຄົນປອມຕົວເປັນເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</source>
        <translation>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments/{j}/id: already in use</source>
        <translation>{where}/testimonies/{i}/segments/{j}/id: ຖືກໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments: two segments share a position</source>
        <translation>{where}/testimonies/{i}/segments: ສອງ segment ມີຕຳແໜ່ງດຽວກັນ</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/{path}/id: this id is already in use</source>
        <translation>{where}/testimonies/{i}/{path}/id: id ນີ້ຖືກໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <source>{where}/{key}/{i}/id: this id is already in use</source>
        <translation>{where}/{key}/{i}/id: id ນີ້ຖືກໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <source>{where}: does not follow on from the entry before it</source>
        <translation>{where}: ບໍ່ຕໍ່ຈາກລາຍການກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>{where}: entries before it are missing</source>
        <translation>{where}: ລາຍການກ່ອນໜ້າມັນຂາດໄປ</translation>
    </message>
    <message>
        <source>{where}: expected entry {expected} here; entries are missing</source>
        <translation>{where}: ຄາດວ່າຈະເປັນລາຍການ {expected} ຢູ່ບ່ອນນີ້; ລາຍການຂາດໄປ</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was received</source>
        <translation>{where}: ເນື້ອໃນຂອງມັນຖືກດັດແປງຫຼັງຈາກໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was written</source>
        <translation>{where}: ເນື້ອໃນຂອງມັນຖືກດັດແປງຫຼັງຈາກຖືກຂຽນ</translation>
    </message>
    <message>
        <source>{where}: its signature does not match its content</source>
        <translation>{where}: ລາຍເຊັນຂອງມັນບໍ່ກົງກັບເນື້ອໃນ</translation>
    </message>
    <message>
        <source>{where}: set by {label}, {why}, so it does not count. Verify that identity&apos;s fingerprint with its owner (`casebook identity verify`) if it is genuine.</source>
        <translation>{where}: ຕັ້ງໂດຍ {label}, {why}, ສະນັ້ນມັນບໍ່ນັບ. ຢັ້ງຢືນລາຍນິ້ວມືຂອງຕົວຕົນນັ້ນກັບເຈົ້າຂອງ (`casebook identity verify`) ຖ້າມັນເປັນຂອງແທ້.</translation>
    </message>
    <message>
        <source>{where}: the sequence skips from {last}</source>
        <translation>{where}: ລຳດັບຂ້າມໄປຈາກ {last}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{who} place</source>
        <translation>ສະຖານທີ່ຂອງ {who}</translation>
    </message>
    <message>
        <source>{who} {part}</source>
        <translation>{who} {part}</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year} (month unknown)</source>
        <translation>{year} (ບໍ່ຮູ້ເດືອນ)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>ວະລີລະຫັດປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>ປ່ຽນວະລີລະຫັດ (&amp;C)</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>ປ່ຽນວະລີລະຫັດ</translation>
    </message>
    <message>
        <source>The new passphrase opens this casebook from now on; the old one no longer does. The data is not rewritten. The recovery key stays as it is.</source>
        <translation>ວະລີລະຫັດໃໝ່ຈະເປີດປຶ້ມຄະດີນີ້ນັບແຕ່ນີ້ໄປ; ອັນເກົ່າຈະໃຊ້ບໍ່ໄດ້ອີກ. ຂໍ້ມູນບໍ່ໄດ້ຖືກຂຽນໃໝ່. ກະແຈກູ້ຄືນຍັງຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>ວະລີລະຫັດປັດຈຸບັນ:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>ວະລີລະຫັດໃໝ່:</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>ພິມວະລີລະຫັດທີ່ເປີດມັນໃນຕອນນີ້.</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>New charge</source>
        <translation>ຂໍ້ກ່າວຫາໃໝ່</translation>
    </message>
    <message>
        <source>Choose the crime to charge.</source>
        <translation>ເລືອກອາຊະຍາກຳທີ່ຈະກ່າວຫາ.</translation>
    </message>
    <message>
        <source>optional; the crime&apos;s title is used</source>
        <translation>ບໍ່ບັງຄັບ; ຈະໃຊ້ຊື່ຂອງອາຊະຍາກຳ</translation>
    </message>
    <message>
        <source>National provision (Germany, VStGB)</source>
        <translation>ບົດບັນຍັດກົດໝາຍພາຍໃນ (ເຢຍລະມັນ, VStGB)</translation>
    </message>
    <message>
        <source>Alleged perpetrators and their mode of liability</source>
        <translation>ຜູ້ຖືກກ່າວຫາ ແລະ ຮູບແບບຄວາມຮັບຜິດຊອບຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>ຜູ້ຖືກກ່າວຫາ</translation>
    </message>
    <message>
        <source>Mode of liability</source>
        <translation>ຮູບແບບຄວາມຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>No person of this case has the role alleged perpetrator yet.</source>
        <translation>ຍັງບໍ່ມີບຸກຄົນໃດໃນຄະດີນີ້ທີ່ມີບົດບາດເປັນຜູ້ຖືກກ່າວຫາ.</translation>
    </message>
    <message>
        <source>Incidents the charge rests on</source>
        <translation>ເຫດການທີ່ຂໍ້ກ່າວຫານີ້ອີງໃສ່</translation>
    </message>
    <message>
        <source>Crime:</source>
        <translation>ອາຊະຍາກຳ:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ຫົວຂໍ້:</translation>
    </message>
    <message>
        <source>German provision:</source>
        <translation>ບົດບັນຍັດເຢຍລະມັນ:</translation>
    </message>
    <message>
        <source>Perpetrators:</source>
        <translation>ຜູ້ຖືກກ່າວຫາ:</translation>
    </message>
    <message>
        <source>Rests on incidents
(none: all material):</source>
        <translation>ອີງໃສ່ເຫດການ
(ບໍ່ເລືອກ: ທຸກຂໍ້ມູນ):</translation>
    </message>
    <message>
        <source>Add charge</source>
        <translation>ເພີ່ມຂໍ້ກ່າວຫາ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>(no German provision)</source>
        <translation>(ບໍ່ມີບົດບັນຍັດເຢຍລະມັນ)</translation>
    </message>
    <message>
        <source>{citation} (partial match)</source>
        <translation>{citation} (ກົງກັນບາງສ່ວນ)</translation>
    </message>
    <message>
        <source>(not charged)</source>
        <translation>(ບໍ່ໄດ້ກ່າວຫາ)</translation>
    </message>
    <message>
        <source>Choose the crime to charge first.</source>
        <translation>ເລືອກອາຊະຍາກຳທີ່ຈະກ່າວຫາກ່ອນ.</translation>
    </message>
    <message>
        <source>The charge was not added</source>
        <translation>ຂໍ້ກ່າວຫາບໍ່ໄດ້ຖືກເພີ່ມ</translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <source>Charges</source>
        <translation>ຂໍ້ກ່າວຫາ</translation>
    </message>
    <message>
        <source>Each charge is a crime, its alleged perpetrators with their mode of liability, the German provision and the incidents it rests on. Activate one to see its matrix.</source>
        <translation>ແຕ່ລະຂໍ້ກ່າວຫາແມ່ນອາຊະຍາກຳໜຶ່ງ, ຜູ້ຖືກກ່າວຫາພ້ອມຮູບແບບຄວາມຮັບຜິດຊອບ, ບົດບັນຍັດເຢຍລະມັນ ແລະ ເຫດການທີ່ມັນອີງໃສ່. ເປີດອັນໜຶ່ງເພື່ອເບິ່ງຕາຕະລາງຂອງມັນ.</translation>
    </message>
    <message>
        <source>Charges of this case</source>
        <translation>ຂໍ້ກ່າວຫາຂອງຄະດີນີ້</translation>
    </message>
    <message>
        <source>New charge…</source>
        <translation>ຂໍ້ກ່າວຫາໃໝ່…</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{symbol} {count} {status}</source>
        <translation>{symbol} {count} {status}</translation>
    </message>
    <message>
        <source>{provision} · {perpetrators}</source>
        <translation>{provision} · {perpetrators}</translation>
    </message>
    <message>
        <source>no national provision</source>
        <translation>ບໍ່ມີບົດບັນຍັດກົດໝາຍພາຍໃນ</translation>
    </message>
    <message>
        <source>no perpetrator charged</source>
        <translation>ບໍ່ມີຜູ້ຖືກກ່າວຫາ</translation>
    </message>
    <message>
        <source>no elements</source>
        <translation>ບໍ່ມີອົງປະກອບ</translation>
    </message>
    <message>
        <source>Charges ({count})</source>
        <translation>ຂໍ້ກ່າວຫາ ({count})</translation>
    </message>
</context>
<context>
    <name>CitePicker</name>
    <message>
        <source>Cite</source>
        <translation>ອ້າງອີງ</translation>
    </message>
    <message>
        <source>What to cite</source>
        <translation>ສິ່ງທີ່ຈະອ້າງອີງ</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>ພິມເພື່ອກັ່ນຕອງ</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>ກັ່ນຕອງ</translation>
    </message>
    <message>
        <source>Material of this case</source>
        <translation>ຂໍ້ມູນຂອງຄະດີນີ້</translation>
    </message>
    <message>
        <source>Insert citation</source>
        <translation>ແຊກການອ້າງອີງ</translation>
    </message>
    <message>
        <source>Choose what to cite from the list first.</source>
        <translation>ເລືອກສິ່ງທີ່ຈະອ້າງອີງຈາກລາຍການກ່ອນ.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>ຂໍ້ຂັດແຍ່ງ</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>ຂໍ້ຂັດແຍ່ງທີ່ຍັງຄ້າງ</translation>
    </message>
    <message>
        <source>Your value and theirs, field by field</source>
        <translation>ຄ່າຂອງທ່ານ ແລະ ຂອງເຂົາເຈົ້າ, ແຕ່ລະຊ່ອງ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ຊ່ອງ</translation>
    </message>
    <message>
        <source>Mine (kept now)</source>
        <translation>ຂອງຂ້ອຍ (ເກັບໄວ້ຕອນນີ້)</translation>
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation>ຂອງເຂົາເຈົ້າ (ທີ່ເຂົ້າມາ)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>ເກັບຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>ເອົາຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>{kind} · from {sender}
{when}</source>
        <translation>{kind} · ຈາກ {sender}
{when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>ບໍ່ມີຂໍ້ຂັດແຍ່ງທີ່ຍັງຄ້າງ.</translation>
    </message>
    <message>
        <source>No open conflicts: every import merged cleanly.</source>
        <translation>ບໍ່ມີຂໍ້ຂັດແຍ່ງທີ່ຍັງຄ້າງ: ທຸກການນຳເຂົ້າລວມກັນໄດ້ຢ່າງຮຽບຮ້ອຍ.</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>ຂໍ້ຂັດແຍ່ງບໍ່ໄດ້ຖືກແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Kept your version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>ເກັບສະບັບຂອງທ່ານສຳລັບ {kind} {unit} ແລ້ວ. ຊຸດແລກປ່ຽນຕໍ່ໄປທີ່ສົ່ງຫາ {sender} ຈະນຳການຕັດສິນໃຈນີ້ໄປນຳ.</translation>
    </message>
    <message>
        <source>Kept their version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>ເອົາສະບັບຂອງເຂົາເຈົ້າສຳລັບ {kind} {unit} ແລ້ວ. ຊຸດແລກປ່ຽນຕໍ່ໄປທີ່ສົ່ງຫາ {sender} ຈະນຳການຕັດສິນໃຈນີ້ໄປນຳ.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Not recorded yet — choose how it was given</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກ — ເລືອກວ່າໃຫ້ການຍິນຍອມແນວໃດ</translation>
    </message>
    <message>
        <source>Written (signed form)</source>
        <translation>ເປັນລາຍລັກອັກສອນ (ແບບຟອມທີ່ລົງລາຍເຊັນ)</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>ບັນທຶກສຽງ</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>ບັນທຶກວິດີໂອ</translation>
    </message>
    <message>
        <source>Oral, witnessed</source>
        <translation>ດ້ວຍປາກເປົ່າ, ມີພະຍານ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <source>May be used in legal proceedings</source>
        <translation>ອະນຸຍາດໃຫ້ໃຊ້ໃນການດຳເນີນຄະດີ</translation>
    </message>
    <message>
        <source>May be published (without identity)</source>
        <translation>ອະນຸຍາດໃຫ້ເຜີຍແຜ່ (ໂດຍບໍ່ມີຕົວຕົນ)</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>ອະນຸຍາດໃຫ້ຕິດຕໍ່ຄືນ</translation>
    </message>
    <message>
        <source>Consent recorded as</source>
        <translation>ການຍິນຍອມບັນທຶກເປັນ</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>ໃຫ້ເມື່ອ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>ຖອນເມື່ອ</translation>
    </message>
    <message>
        <source>empty unless withdrawn</source>
        <translation>ປ່ອຍຫວ່າງ ຖ້າບໍ່ໄດ້ຖອນ</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>ໝາຍເຫດການຖອນ</translation>
    </message>
    <message>
        <source>May go to (states and bodies):</source>
        <translation>ອະນຸຍາດໃຫ້ສົ່ງໄປຫາ (ລັດ ແລະ ອົງການ):</translation>
    </message>
    <message>
        <source>Consent was withdrawn on {date}. Nothing from this statement may be shared or exported.</source>
        <translation>ການຍິນຍອມຖືກຖອນເມື່ອ {date}. ຫ້າມແບ່ງປັນ ຫຼື ສົ່ງອອກສິ່ງໃດຈາກຄຳໃຫ້ການນີ້.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>no state or body named yet</source>
        <translation>ຍັງບໍ່ໄດ້ລະບຸລັດ ຫຼື ອົງການໃດ</translation>
    </message>
    <message>
        <source>legal proceedings ({recipients})</source>
        <translation>ການດຳເນີນຄະດີ ({recipients})</translation>
    </message>
    <message>
        <source>publication without identity</source>
        <translation>ການເຜີຍແຜ່ໂດຍບໍ່ມີຕົວຕົນ</translation>
    </message>
    <message>
        <source>The witness agreed to: {uses}.</source>
        <translation>ພະຍານໄດ້ຍິນຍອມໃຫ້: {uses}.</translation>
    </message>
    <message>
        <source>No use has been agreed yet: record what the witness consented to.</source>
        <translation>ຍັງບໍ່ໄດ້ຕົກລົງການນຳໃຊ້ໃດໆ: ບັນທຶກສິ່ງທີ່ພະຍານໄດ້ຍິນຍອມ.</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>Documenter (field interviews)</source>
        <translation>ຜູ້ເກັບກຳຂໍ້ມູນ (ສຳພາດພາກສະໜາມ)</translation>
    </message>
    <message>
        <source>Legal analyst</source>
        <translation>ນັກວິເຄາະກົດໝາຍ</translation>
    </message>
    <message>
        <source>Supervisor (review)</source>
        <translation>ຫົວໜ້າງານ (ກວດທານ)</translation>
    </message>
    <message>
        <source>Create a casebook</source>
        <translation>ສ້າງປຶ້ມຄະດີ</translation>
    </message>
    <message>
        <source>A casebook is one encrypted folder. Nothing in it can be read without your passphrase or the recovery key you will be shown next.</source>
        <translation>ປຶ້ມຄະດີແມ່ນໂຟນເດີທີ່ເຂົ້າລະຫັດອັນໜຶ່ງ. ບໍ່ມີສິ່ງໃດໃນນັ້ນອ່ານໄດ້ ຖ້າບໍ່ມີວະລີລະຫັດຂອງທ່ານ ຫຼື ກະແຈກູ້ຄືນທີ່ຈະສະແດງໃຫ້ທ່ານເບິ່ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ບ່ອນເກັບ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ຊອກຫາ (&amp;B)…</translation>
    </message>
    <message>
        <source>Choose location</source>
        <translation>ເລືອກບ່ອນເກັບ</translation>
    </message>
    <message>
        <source>Casebook folder name</source>
        <translation>ຊື່ໂຟນເດີປຶ້ມຄະດີ</translation>
    </message>
    <message>
        <source>for example: border-interviews-2025</source>
        <translation>ຕົວຢ່າງ: border-interviews-2025</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ຊື່ຂອງທ່ານ</translation>
    </message>
    <message>
        <source>as it will appear in the audit log</source>
        <translation>ຕາມທີ່ຈະປາກົດໃນບັນທຶກການກວດສອບ</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>ບົດບາດຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>ບ່ອນເກັບ:</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>ຊື່ໂຟນເດີ:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>ຊື່ຂອງທ່ານ:</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>ບົດບາດຂອງທ່ານ:</translation>
    </message>
    <message>
        <source>Creating the casebook…</source>
        <translation>ກຳລັງສ້າງປຶ້ມຄະດີ…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>ສ້າງ (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Where should the casebook folder be made?</source>
        <translation>ຈະສ້າງໂຟນເດີປຶ້ມຄະດີໄວ້ໃສ?</translation>
    </message>
    <message>
        <source>Give the new casebook folder a name.</source>
        <translation>ຕັ້ງຊື່ໃຫ້ໂຟນເດີປຶ້ມຄະດີໃໝ່.</translation>
    </message>
    <message>
        <source>A folder name cannot contain / or \.</source>
        <translation>ຊື່ໂຟນເດີບໍ່ສາມາດມີ / ຫຼື \.</translation>
    </message>
    <message>
        <source>The casebook could not be created</source>
        <translation>ບໍ່ສາມາດສ້າງປຶ້ມຄະດີໄດ້</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>ເລືອກວັນທີໃນປະຕິທິນ (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>ເລືອກວັນທີ</translation>
    </message>
</context>
<context>
    <name>DocumentationPanel</name>
    <message>
        <source>— not recorded —</source>
        <translation>— ບໍ່ໄດ້ບັນທຶກ —</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>ຄົນອື່ນທີ່ຢູ່ນຳ</translation>
    </message>
    <message>
        <source>Interview recorded as</source>
        <translation>ການສຳພາດບັນທຶກເປັນ</translation>
    </message>
    <message>
        <source>Notes by the interviewer</source>
        <translation>ບັນທຶກຂອງຜູ້ສຳພາດ</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>ບັນທຶກສຽງ</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>ບັນທຶກວິດີໂອ</translation>
    </message>
    <message>
        <source>Statement written by the person</source>
        <translation>ຄຳໃຫ້ການທີ່ບຸກຄົນນັ້ນຂຽນເອງ</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>ວິທີອື່ນ</translation>
    </message>
    <message>
        <source>Earlier accounts</source>
        <translation>ຄຳບອກເລົ່າກ່ອນໜ້ານີ້</translation>
    </message>
    <message>
        <source>None given before</source>
        <translation>ບໍ່ເຄີຍບອກເລົ່າມາກ່ອນ</translation>
    </message>
    <message>
        <source>Given before</source>
        <translation>ເຄີຍບອກເລົ່າມາກ່ອນ</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>ບອກເລົ່າໃຫ້</translation>
    </message>
    <message>
        <source>e.g. a UN mission, a journalist</source>
        <translation>ເຊັ່ນ: ຄະນະຜູ້ແທນ UN, ນັກຂ່າວ</translation>
    </message>
    <message>
        <source>Given when</source>
        <translation>ບອກເລົ່າເມື່ອ</translation>
    </message>
    <message>
        <source>as the person remembers it</source>
        <translation>ຕາມທີ່ບຸກຄົນນັ້ນຈື່ໄດ້</translation>
    </message>
    <message>
        <source>Referral to support</source>
        <translation>ການສົ່ງຕໍ່ໄປຮັບການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ສົ່ງຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Offered and declined</source>
        <translation>ສະເໜີແລ້ວ ແຕ່ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>ບໍ່ຈຳເປັນ</translation>
    </message>
    <message>
        <source>No service available</source>
        <translation>ບໍ່ມີບໍລິການ</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ສົ່ງຕໍ່ໄປຫາ</translation>
    </message>
    <message>
        <source>the service; printed only in the internal edition</source>
        <translation>ບໍລິການ; ພິມສະເພາະໃນສະບັບພາຍໃນ</translation>
    </message>
    <message>
        <source>This item is</source>
        <translation>ລາຍການນີ້ແມ່ນ</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>ຕົ້ນສະບັບ</translation>
    </message>
    <message>
        <source>A working copy (original kept elsewhere)</source>
        <translation>ສຳເນົາເຮັດວຽກ (ຕົ້ນສະບັບເກັບໄວ້ບ່ອນອື່ນ)</translation>
    </message>
    <message>
        <source>A copy as received</source>
        <translation>ສຳເນົາຕາມທີ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation>ຕົ້ນສະບັບເກັບໄວ້ທີ່</translation>
    </message>
    <message>
        <source>where, and by whom</source>
        <translation>ບ່ອນໃດ, ແລະ ໂດຍໃຜ</translation>
    </message>
    <message>
        <source>Interview, earlier accounts and support</source>
        <translation>ການສຳພາດ, ຄຳບອກເລົ່າກ່ອນໜ້າ ແລະ ການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>ຕົ້ນສະບັບ ຫຼື ສຳເນົາ</translation>
    </message>
    <message>
        <source>As the documentation guidelines ask. Every field is optional: leave what was not recorded empty.</source>
        <translation>ຕາມທີ່ຄູ່ມືການເກັບກຳຂໍ້ມູນກຳນົດ. ທຸກຊ່ອງບໍ່ບັງຄັບ: ປ່ອຍຫວ່າງສິ່ງທີ່ບໍ່ໄດ້ບັນທຶກ.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit {field}</source>
        <translation>ແກ້ໄຂ {field}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ບັນທຶກແລ້ວ</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>ແກ້ໄຂຄຳໃຫ້ການ</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>… and {count} more</source>
        <translation>… ແລະ ອີກ {count}</translation>
    </message>
    <message>
        <source>There was not enough memory for this step. Close other programs and try again.</source>
        <translation>ໜ່ວຍຄວາມຈຳບໍ່ພໍສຳລັບຂັ້ນຕອນນີ້. ປິດໂປຣແກຣມອື່ນ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>Something went wrong that Casebook did not expect; nothing was saved from this step. Try again, and if it happens again, report it with the details from the terminal.</source>
        <translation>ມີບາງຢ່າງຜິດພາດທີ່ Casebook ບໍ່ໄດ້ຄາດໄວ້; ບໍ່ມີຫຍັງຖືກບັນທຶກຈາກຂັ້ນຕອນນີ້. ລອງໃໝ່, ແລະ ຖ້າເກີດອີກ, ໃຫ້ລາຍງານພ້ອມລາຍລະອຽດຈາກ terminal.</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ຂໍ້ຜິດພາດ</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ແຫຼ່ງ</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>ໄດ້ມາແນວໃດ</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>ເກັບກຳໂດຍ</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>ເກັບກຳເມື່ອ</translation>
    </message>
    <message>
        <source>Collected at (place)</source>
        <translation>ເກັບກຳທີ່ (ສະຖານທີ່)</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>ຖ່າຍເມື່ອ</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>ບັນທຶກເມື່ອ</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>ສ້າງເມື່ອ</translation>
    </message>
    <message>
        <source>Digitised at</source>
        <translation>ແປງເປັນດິຈິຕອນເມື່ອ</translation>
    </message>
    <message>
        <source>Modified at</source>
        <translation>ແກ້ໄຂເມື່ອ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ເສັ້ນຂະໜານ</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ເສັ້ນແວງ</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>ລະດັບຄວາມສູງ (m)</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>ຍີ່ຫໍ້ກ້ອງ</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>ລຸ້ນກ້ອງ</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ຊອບແວ</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>ຄວາມກວ້າງ (px)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>ຄວາມສູງ (px)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ໜ້າ</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>ໄລຍະເວລາ (s)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>ຮູບແບບບັນຈຸ (container)</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Codec ວິດີໂອ</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>Codec ສຽງ</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>ຂຽນໂດຍ</translation>
    </message>
    <message>
        <source>Content credentials</source>
        <translation>ຂໍ້ມູນຮັບຮອງເນື້ອຫາ</translation>
    </message>
    <message>
        <source>Made with (C2PA)</source>
        <translation>ສ້າງດ້ວຍ (C2PA)</translation>
    </message>
    <message>
        <source>Captured (C2PA)</source>
        <translation>ບັນທຶກເມື່ອ (C2PA)</translation>
    </message>
    <message>
        <source>Place (C2PA)</source>
        <translation>ສະຖານທີ່ (C2PA)</translation>
    </message>
    <message>
        <source>Actions (C2PA)</source>
        <translation>ການດຳເນີນການ (C2PA)</translation>
    </message>
    <message>
        <source>ProofMode bundle</source>
        <translation>ຊຸດ ProofMode</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>ບັນທຶກເມື່ອ</translation>
    </message>
    <message>
        <source>OpenTimestamps proof</source>
        <translation>ຫຼັກຖານ OpenTimestamps</translation>
    </message>
    <message>
        <source>C2PA manifest file</source>
        <translation>ໄຟລ໌ manifest C2PA</translation>
    </message>
    <message>
        <source>Device check</source>
        <translation>ການກວດອຸປະກອນ</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>ລາຍເຊັນຂອງ {name}</translation>
    </message>
    <message>
        <source>none (unknown provenance; most genuine files carry none, so this is not a sign of forgery)</source>
        <translation>ບໍ່ມີ (ບໍ່ຮູ້ທີ່ມາ; ໄຟລ໌ແທ້ສ່ວນຫຼາຍບໍ່ມີ, ສະນັ້ນນີ້ບໍ່ແມ່ນສັນຍານຂອງການປອມແປງ)</translation>
    </message>
    <message>
        <source>not checked: the file could not be parsed for content credentials</source>
        <translation>ບໍ່ໄດ້ກວດ: ບໍ່ສາມາດອ່ານໄຟລ໌ເພື່ອຫາຂໍ້ມູນຮັບຮອງເນື້ອຫາໄດ້</translation>
    </message>
    <message>
        <source>valid, signed by {signer} (checked offline: signature and content hashes; the signer&apos;s certificate was not checked against a trust list, nor for revocation)</source>
        <translation>ຖືກຕ້ອງ, ລົງລາຍເຊັນໂດຍ {signer} (ກວດແບບອອບລາຍ: ລາຍເຊັນ ແລະ hash ຂອງເນື້ອຫາ; ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນບໍ່ໄດ້ຖືກກວດກັບລາຍຊື່ທີ່ເຊື່ອຖື, ແລະ ບໍ່ໄດ້ກວດການຖອນ)</translation>
    </message>
    <message>
        <source>present but invalid: {failures} (signed as {signer})</source>
        <translation>ມີ ແຕ່ບໍ່ຖືກຕ້ອງ: {failures} (ລົງລາຍເຊັນເປັນ {signer})</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>ຄຳເຕືອນ</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 ຂອງໄຟລ໌</translation>
    </message>
    <message>
        <source>Embedded metadata — check it against what you know</source>
        <translation>Metadata ທີ່ຝັງໃນໄຟລ໌ — ກວດມັນກັບສິ່ງທີ່ທ່ານຮູ້</translation>
    </message>
    <message>
        <source>Use GPS as collection place</source>
        <translation>ໃຊ້ GPS ເປັນສະຖານທີ່ເກັບກຳ</translation>
    </message>
    <message>
        <source>Tag exhibit…</source>
        <translation>ຕິດປ້າຍວັດຖຸພະຍານ…</translation>
    </message>
    <message>
        <source>Drop files or folders on this window, or press Ctrl+I, to add evidence. Choose an item in the list to see it here.</source>
        <translation>ລາກໄຟລ໌ ຫຼື ໂຟນເດີມາວາງໃສ່ໜ້າຕ່າງນີ້, ຫຼື ກົດ Ctrl+I, ເພື່ອເພີ່ມຫຼັກຖານ. ເລືອກລາຍການໃນລາຍຊື່ເພື່ອເບິ່ງມັນຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ໄຟລ໌: {name}</translation>
    </message>
    <message>
        <source>{media_type}, {size}</source>
        <comment>a file&apos;s type and size</comment>
        <translation>{media_type}, {size}</translation>
    </message>
    <message>
        <source>Same content as “{title}”; stored once.</source>
        <translation>ເນື້ອຫາດຽວກັນກັບ “{title}”; ເກັບໄວ້ຄັ້ງດຽວ.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>The file carries no metadata Casebook can read.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ມີ metadata ທີ່ Casebook ອ່ານໄດ້.</translation>
    </message>
    <message>
        <source>exhibit “{title}”</source>
        <translation>ວັດຖຸພະຍານ “{title}”</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ຊະນິດໄຟລ໌</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <source>Taken at (file)</source>
        <translation>ຖ່າຍເມື່ອ (ຈາກໄຟລ໌)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>ຮັບເຂົ້າ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>When the photo or recording was made, as its embedded metadata (EXIF, container) says — unverified; empty when the file carries none.</source>
        <translation>ເວລາທີ່ຖ່າຍຮູບ ຫຼື ບັນທຶກ, ຕາມ metadata ທີ່ຝັງຢູ່ (EXIF, container) — ຍັງບໍ່ໄດ້ຢັ້ງຢືນ; ຫວ່າງເປົ່າ ຖ້າໄຟລ໌ບໍ່ມີ.</translation>
    </message>
    <message>
        <source>When the file was taken into this casebook.</source>
        <translation>ເວລາທີ່ໄຟລ໌ຖືກຮັບເຂົ້າປຶ້ມຄະດີນີ້.</translation>
    </message>
    <message>
        <source>Filter by title, file name or type</source>
        <translation>ກັ່ນຕອງຕາມຫົວຂໍ້, ຊື່ໄຟລ໌ ຫຼື ຊະນິດ</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>ກັ່ນຕອງຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>ລາຍການຫຼັກຖານ</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Taken at {time} (from the file&apos;s metadata)</source>
        <translation>ຖ່າຍເມື່ອ {time} (ຈາກ metadata ຂອງໄຟລ໌)</translation>
    </message>
    <message>
        <source>{title}  (duplicate)</source>
        <translation>{title}  (ຊ້ຳ)</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>{encoding} (some bytes could not be read and show as �)</source>
        <translation>{encoding} (ບາງ byte ອ່ານບໍ່ໄດ້ ແລະ ສະແດງເປັນ �)</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 ພ້ອມ byte-order mark</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (ຕາເວັນຕົກ)</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>ຂໍ້ຄວາມຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ຫຍໍ້ລົງ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ຂະຫຍາຍ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ພໍດີ</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>ພໍດີກັບໜ້າຕ່າງ</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>ຂະໜາດຕົວຈິງ</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>ສົ່ງອອກສຳເນົາ…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy of this evidence</source>
        <translation>ສົ່ງອອກສຳເນົາທີ່ບໍ່ເຂົ້າລະຫັດຂອງຫຼັກຖານນີ້</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a zoom factor</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>This item has no stored file (a physical item or a note).</source>
        <translation>ລາຍການນີ້ບໍ່ມີໄຟລ໌ທີ່ເກັບໄວ້ (ວັດຖຸຕົວຈິງ ຫຼື ບັນທຶກ).</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>ກຳລັງຖອດລະຫັດ…</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because this installation lacks the Qt PDF module (the PySide6-Pdf package). Export a copy to read it in a PDF reader.</source>
        <translation>ບໍ່ສາມາດສະແດງໜ້າ PDF ຢູ່ບ່ອນນີ້ ເພາະການຕິດຕັ້ງນີ້ຂາດໂມດູນ Qt PDF (ແພັກເກັດ PySide6-Pdf). ສົ່ງອອກສຳເນົາເພື່ອອ່ານໃນໂປຣແກຣມອ່ານ PDF.</translation>
    </message>
    <message>
        <source>Audio and video cannot be played here because this installation lacks Qt Multimedia (the PySide6-Addons package). Casebook plays recordings only from memory; export a copy to play it in another program.</source>
        <translation>ບໍ່ສາມາດຫຼິ້ນສຽງ ແລະ ວິດີໂອຢູ່ບ່ອນນີ້ ເພາະການຕິດຕັ້ງນີ້ຂາດ Qt Multimedia (ແພັກເກັດ PySide6-Addons). Casebook ຫຼິ້ນການບັນທຶກຈາກໜ່ວຍຄວາມຈຳເທົ່ານັ້ນ; ສົ່ງອອກສຳເນົາເພື່ອຫຼິ້ນໃນໂປຣແກຣມອື່ນ.</translation>
    </message>
    <message>
        <source>Casebook cannot show this kind of file itself. Export a copy to open it in another program.</source>
        <translation>Casebook ບໍ່ສາມາດສະແດງໄຟລ໌ຊະນິດນີ້ເອງໄດ້. ສົ່ງອອກສຳເນົາເພື່ອເປີດໃນໂປຣແກຣມອື່ນ.</translation>
    </message>
    <message>
        <source>Casebook cannot show {media_type} itself. Export a copy to open it in another program.</source>
        <translation>Casebook ບໍ່ສາມາດສະແດງ {media_type} ເອງໄດ້. ສົ່ງອອກສຳເນົາເພື່ອເປີດໃນໂປຣແກຣມອື່ນ.</translation>
    </message>
    <message>
        <source>Text, read as {encoding} — first 2 MiB shown</source>
        <translation>ຂໍ້ຄວາມ, ອ່ານເປັນ {encoding} — ສະແດງ 2 MiB ທຳອິດ</translation>
    </message>
    <message>
        <source>Text, read as {encoding}</source>
        <translation>ຂໍ້ຄວາມ, ອ່ານເປັນ {encoding}</translation>
    </message>
    <message>
        <source>The image could not be decoded. Export a copy to try another program.</source>
        <translation>ບໍ່ສາມາດຖອດລະຫັດຮູບພາບໄດ້. ສົ່ງອອກສຳເນົາເພື່ອລອງໂປຣແກຣມອື່ນ.</translation>
    </message>
    <message>
        <source>Image, {width} × {height} px (turned as its EXIF orientation says) — drag to pan</source>
        <translation>ຮູບພາບ, {width} × {height} px (ໝຸນຕາມທິດ EXIF) — ລາກເພື່ອເລື່ອນ</translation>
    </message>
    <message>
        <source>Evidence PDF pages</source>
        <translation>ໜ້າ PDF ຂອງຫຼັກຖານ</translation>
    </message>
    <message>
        <source>The PDF is protected by a password, so its pages cannot be shown.</source>
        <translation>PDF ນີ້ຖືກປ້ອງກັນດ້ວຍລະຫັດຜ່ານ, ສະນັ້ນບໍ່ສາມາດສະແດງໜ້າຂອງມັນໄດ້.</translation>
    </message>
    <message>
        <source>The PDF could not be read. Export a copy to try another program.</source>
        <translation>ບໍ່ສາມາດອ່ານ PDF ໄດ້. ສົ່ງອອກສຳເນົາເພື່ອລອງໂປຣແກຣມອື່ນ.</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s), shown from memory</source>
        <translation>
            <numerusform>PDF, %n ໜ້າ, ສະແດງຈາກໜ່ວຍຄວາມຈຳ</numerusform>
            <numerusform>PDF, %n ໜ້າ, ສະແດງຈາກໜ່ວຍຄວາມຈຳ</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence video</source>
        <translation>ວິດີໂອຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>ຫຼິ້ນ</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>ຕຳແໜ່ງໃນການບັນທຶກ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>Video, played from memory ({size} MiB held)</source>
        <translation>ວິດີໂອ, ຫຼິ້ນຈາກໜ່ວຍຄວາມຈຳ (ໃຊ້ {size} MiB)</translation>
    </message>
    <message>
        <source>Audio, played from memory ({size} MiB held)</source>
        <translation>ສຽງ, ຫຼິ້ນຈາກໜ່ວຍຄວາມຈຳ (ໃຊ້ {size} MiB)</translation>
    </message>
    <message>
        <source>This recording cannot be played here: Qt Multimedia could not play it from memory ({reason}). Export a copy to play it in another program.</source>
        <translation>ບໍ່ສາມາດຫຼິ້ນການບັນທຶກນີ້ຢູ່ບ່ອນນີ້: Qt Multimedia ຫຼິ້ນມັນຈາກໜ່ວຍຄວາມຈຳບໍ່ໄດ້ ({reason}). ສົ່ງອອກສຳເນົາເພື່ອຫຼິ້ນໃນໂປຣແກຣມອື່ນ.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ບໍ່ມີເຫດຜົນບອກ</translation>
    </message>
    <message>
        <source>fit</source>
        <comment>zoom: fitted to the width</comment>
        <translation>ພໍດີ</translation>
    </message>
    <message>
        <source>The file could not be shown.</source>
        <translation>ບໍ່ສາມາດສະແດງໄຟລ໌ໄດ້.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>ສົ່ງອອກສຳເນົາ</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to that place can read it. Keep it on an encrypted drive and delete it when you no longer need it.</source>
        <translation>ສຳເນົາຈະບໍ່ຖືກເຂົ້າລະຫັດ: ໃຜກໍຕາມທີ່ເຂົ້າເຖິງບ່ອນນັ້ນໄດ້ ສາມາດອ່ານມັນໄດ້. ເກັບມັນໄວ້ໃນແຜ່ນດິດທີ່ເຂົ້າລະຫັດ ແລະ ລຶບມັນເມື່ອທ່ານບໍ່ຕ້ອງການອີກ.</translation>
    </message>
    <message>
        <source>Take care: {warning}. Export it only for your own work, never to give it to anyone outside the team.</source>
        <translation>ລະວັງ: {warning}. ສົ່ງອອກສະເພາະສຳລັບວຽກຂອງທ່ານເອງ, ຢ່າມອບໃຫ້ຜູ້ໃດນອກທີມ.</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>ສົ່ງອອກສຳເນົາທີ່ບໍ່ເຂົ້າລະຫັດບໍ?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Exported an unencrypted copy to {path}</source>
        <translation>ສົ່ງອອກສຳເນົາທີ່ບໍ່ເຂົ້າລະຫັດໄປທີ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <source>The copy could not be exported</source>
        <translation>ບໍ່ສາມາດສົ່ງອອກສຳເນົາໄດ້</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>Draft</source>
        <translation>ຮ່າງ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>ກຳລັງກວດທານ</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>ຂໍໃຫ້ແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>ອະນຸມັດແລ້ວ</translation>
    </message>
    <message>
        <source>documenter</source>
        <translation>ຜູ້ເກັບກຳຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>legal analyst</source>
        <translation>ນັກວິເຄາະກົດໝາຍ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>ຫົວໜ້າງານ</translation>
    </message>
    <message>
        <source>external (no role claimed)</source>
        <translation>ພາຍນອກ (ບໍ່ອ້າງບົດບາດ)</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>ໃໝ່ {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>ປັບປຸງ {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>ບໍ່ປ່ຽນແປງ {count}</translation>
    </message>
    <message>
        <source>{count} kept (ours is newer)</source>
        <translation>ເກັບໄວ້ {count} (ຂອງເຮົາໃໝ່ກວ່າ)</translation>
    </message>
    <message>
        <source>{count} in conflict</source>
        <translation>ຂັດແຍ່ງ {count}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>ຄະດີ</translation>
    </message>
    <message>
        <source>person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>ຕົວຕົນ</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>ຫຼັກຖານ</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>ຄຳໃຫ້ການ</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>ເຫດການ</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>ຂໍ້ກ່າວຫາ</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>ປ້າຍ</translation>
    </message>
    <message>
        <source>section</source>
        <translation>ພາກສ່ວນ</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>ການຄຸ້ມຄອງ</translation>
    </message>
    <message>
        <source>review</source>
        <translation>ການກວດທານ</translation>
    </message>
    <message>
        <source>{path} cannot be read as a text file.</source>
        <translation>{path} ບໍ່ສາມາດອ່ານເປັນໄຟລ໌ຂໍ້ຄວາມໄດ້.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{kind}: {changes}</source>
        <translation>{kind}: {changes}</translation>
    </message>
    <message>
        <source>attachments: {new} new, {known} already here</source>
        <translation>ໄຟລ໌ແນບ: ໃໝ່ {new}, ມີຢູ່ແລ້ວ {known}</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(ທັງລາຍການ)</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>ບໍ່ມີຢູ່ບ່ອນນີ້</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>ສະບັບໃໝ່</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ໄຟລ໌ແນບ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Filing — for the prosecutor</source>
        <translation>ສະບັບຍື່ນ — ສຳລັບໄອຍະການ</translation>
    </message>
    <message>
        <source>Internal — working copy with gaps and contradicting material</source>
        <translation>ພາຍໃນ — ສຳເນົາເຮັດວຽກ ພ້ອມຈຸດທີ່ຍັງຂາດ ແລະ ຂໍ້ມູນທີ່ຂັດແຍ່ງ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ອັງກິດ</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ເຢຍລະມັນ</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>ຄຳໃຫ້ການ</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>ຫຼັກຖານ</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>ເຫດການ</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>ຕອນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>ຕົວຕົນ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>override</source>
        <translation>ຂໍ້ຍົກເວັ້ນ</translation>
    </message>
    <message>
        <source>law</source>
        <translation>ກົດໝາຍ</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>ການອ້າງອີງ</translation>
    </message>
    <message>
        <source>{kind}: {label} — {reason}</source>
        <translation>{kind}: {label} — {reason}</translation>
    </message>
    <message>
        <source>Export complaint bundle</source>
        <translation>ສົ່ງອອກຊຸດຄຳຮ້ອງຟ້ອງ</translation>
    </message>
    <message>
        <source>Charges to include</source>
        <translation>ຂໍ້ກ່າວຫາທີ່ຈະລວມ</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>ຜູ້ຮັບ</translation>
    </message>
    <message>
        <source>{addressee} (consent must name {jurisdiction})</source>
        <translation>{addressee} (ການຍິນຍອມຕ້ອງລະບຸ {jurisdiction})</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>ສະບັບ</translation>
    </message>
    <message>
        <source>Language of the complaint</source>
        <translation>ພາສາຂອງຄຳຮ້ອງຟ້ອງ</translation>
    </message>
    <message>
        <source>Add a pattern annex (counts only, no identities)</source>
        <translation>ເພີ່ມເອກະສານຊ້ອນທ້າຍແບບແຜນ (ມີແຕ່ຈຳນວນ, ບໍ່ມີຕົວຕົນ)</translation>
    </message>
    <message>
        <source>Incidents by month, area, victim group, unit and crime, as tables and charts; counts of persons below 3 are shown as &apos;&lt; 3&apos;.</source>
        <translation>ເຫດການຕາມເດືອນ, ເຂດ, ກຸ່ມຜູ້ຖືກເຄາະຮ້າຍ, ໜ່ວຍ ແລະ ອາຊະຍາກຳ, ເປັນຕາຕະລາງ ແລະ ແຜນພູມ; ຈຳນວນບຸກຄົນທີ່ຕ່ຳກວ່າ 3 ສະແດງເປັນ &apos;&lt; 3&apos;.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>ໂຟນເດີປາຍທາງ</translation>
    </message>
    <message>
        <source>a folder outside the casebook</source>
        <translation>ໂຟນເດີທີ່ຢູ່ນອກປຶ້ມຄະດີ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ເລືອກ…</translation>
    </message>
    <message>
        <source>Also pack the bundle into a zip file</source>
        <translation>ບັນຈຸຊຸດລົງໃນໄຟລ໌ zip ນຳ</translation>
    </message>
    <message>
        <source>Encrypt to age public key</source>
        <translation>ເຂົ້າລະຫັດໃຫ້ກະແຈສາທາລະນະ age</translation>
    </message>
    <message>
        <source>age1… (optional: one encrypted file, no plain folder)</source>
        <translation>age1… (ບໍ່ບັງຄັບ: ໄຟລ໌ທີ່ເຂົ້າລະຫັດໄຟລ໌ດຽວ, ບໍ່ມີໂຟນເດີທຳມະດາ)</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>ຂໍ້ກ່າວຫາ:</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>ຜູ້ຮັບ:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>ສະບັບ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ພາສາ:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>ໂຟນເດີປາຍທາງ:</translation>
    </message>
    <message>
        <source>Encrypt to:</source>
        <translation>ເຂົ້າລະຫັດໃຫ້:</translation>
    </message>
    <message>
        <source>Check the plan first: what consent keeps out is listed here.</source>
        <translation>ກວດແຜນກ່ອນ: ສິ່ງທີ່ການຍິນຍອມບໍ່ອະນຸຍາດ ຈະຖືກລະບຸຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <source>What the bundle will leave out, and why</source>
        <translation>ສິ່ງທີ່ຊຸດຈະບໍ່ລວມ, ແລະ ເປັນຫຍັງ</translation>
    </message>
    <message>
        <source>Check what will be left out</source>
        <translation>ກວດສິ່ງທີ່ຈະບໍ່ລວມ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>ໂຟນເດີສຳລັບຊຸດ</translation>
    </message>
    <message>
        <source>Choose at least one charge to export.</source>
        <translation>ເລືອກຢ່າງໜ້ອຍໜຶ່ງຂໍ້ກ່າວຫາເພື່ອສົ່ງອອກ.</translation>
    </message>
    <message>
        <source>The bundle cannot be planned</source>
        <translation>ບໍ່ສາມາດວາງແຜນຊຸດໄດ້</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>ບໍ່ມີຫຍັງຖືກຕັດອອກ.</translation>
    </message>
    <message numerus="yes">
        <source>Export, leaving out %n item(s)</source>
        <translation>
            <numerusform>ສົ່ງອອກ, ບໍ່ລວມ %n ລາຍການ</numerusform>
            <numerusform>ສົ່ງອອກ, ບໍ່ລວມ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>The choices changed: check what will be left out again first.</source>
        <translation>ການເລືອກມີການປ່ຽນແປງ: ກວດສິ່ງທີ່ຈະບໍ່ລວມອີກຄັ້ງກ່ອນ.</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle into.</source>
        <translation>ເລືອກໂຟນເດີທີ່ຈະຂຽນຊຸດໃສ່.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>ຍົກເລີກການສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>ກຳລັງກະກຽມຊຸດ…</translation>
    </message>
    <message>
        <source>The bundle is encrypted; the recipient checks it after decrypting.</source>
        <translation>ຊຸດຖືກເຂົ້າລະຫັດ; ຜູ້ຮັບຈະກວດມັນຫຼັງຈາກຖອດລະຫັດ.</translation>
    </message>
    <message>
        <source>Verified: every file matches the signed manifest.</source>
        <translation>ກວດສອບແລ້ວ: ທຸກໄຟລ໌ກົງກັບບັນຊີໄຟລ໌ທີ່ລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <source>Verification FAILED: {problems}</source>
        <translation>ການກວດສອບລົ້ມເຫຼວ: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ໜ້າ</numerusform>
            <numerusform>%n ໜ້າ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>ວັດຖຸພະຍານ %n ລາຍການ</numerusform>
            <numerusform>ວັດຖຸພະຍານ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path} ({pages}, {exhibits}). {check}</source>
        <translation>ຂຽນ {path} ແລ້ວ ({pages}, {exhibits}). {check}</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>ຊຸດບໍ່ໄດ້ຖືກສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ກຳລັງຍົກເລີກ…</translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <source>Value</source>
        <translation>ຄ່າ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — counts {what}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — ນັບ {what}.</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Open</source>
        <translation>ເປີດຢູ່</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>ກຳລັງກວດທານ</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>ຂໍໃຫ້ແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>ອະນຸມັດແລ້ວ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ປິດແລ້ວ</translation>
    </message>
    <message>
        <source>Sex gender</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>ກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>ຊົນເຜົ່າ</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>ສາສະໜາ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ສັນຊາດ</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>ສັງກັດ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ໜ່ວຍ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ຍົດ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>ສະຖານະການ</translation>
    </message>
    <message>
        <source>country or situation</source>
        <translation>ປະເທດ ຫຼື ສະຖານະການ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ສະຫຼຸບ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ເກີດຫຍັງຂຶ້ນ</translation>
    </message>
    <message>
        <source>Date known as</source>
        <translation>ຮູ້ວັນທີແບບ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ຈົນຮອດ</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>ສະຖານທີ່ (ຕົວອັກສອນເດີມ)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>ເມືອງ / ແຂວງ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ເສັ້ນຂະໜານ</translation>
    </message>
    <message>
        <source>e.g. 20.1525</source>
        <translation>ເຊັ່ນ: 20.1525</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ເສັ້ນແວງ</translation>
    </message>
    <message>
        <source>e.g. 92.8789</source>
        <translation>ເຊັ່ນ: 92.8789</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation>ລາຍນິ້ວມື {fingerprint}</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>ຕົວຕົນ</translation>
    </message>
    <message>
        <source>Your identity — give this text to colleagues</source>
        <translation>ຕົວຕົນຂອງທ່ານ — ມອບຂໍ້ຄວາມນີ້ໃຫ້ເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Your public identity</source>
        <translation>ຕົວຕົນສາທາລະນະຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Copy identity</source>
        <translation>ສຳເນົາຕົວຕົນ</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>ບັນທຶກເປັນໄຟລ໌…</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>ລາຍນິ້ວມືຂອງທ່ານ:</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>ເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Colleagues&apos; identities</source>
        <translation>ຕົວຕົນຂອງເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ລາຍນິ້ວມື</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>ໝາຍວ່າຢັ້ງຢືນແລ້ວ…</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity</source>
        <translation>ວາງຕົວຕົນຂອງເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity here (-----BEGIN CASEBOOK IDENTITY----- …)</source>
        <translation>ວາງຕົວຕົນຂອງເພື່ອນຮ່ວມງານບ່ອນນີ້ (-----BEGIN CASEBOOK IDENTITY----- …)</translation>
    </message>
    <message>
        <source>Import pasted identity</source>
        <translation>ນຳເຂົ້າຕົວຕົນທີ່ວາງ</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>ນຳເຂົ້າຈາກໄຟລ໌…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>ຢັ້ງຢືນແລ້ວ</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>ຍັງບໍ່ໄດ້ຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Your identity is on the clipboard.</source>
        <translation>ຕົວຕົນຂອງທ່ານຢູ່ໃນຄລິບບອດແລ້ວ.</translation>
    </message>
    <message>
        <source>Save your identity</source>
        <translation>ບັນທຶກຕົວຕົນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>The identity could not be written ({reason}).</source>
        <translation>ບໍ່ສາມາດຂຽນຕົວຕົນໄດ້ ({reason}).</translation>
    </message>
    <message>
        <source>Saved your identity to {path}.</source>
        <translation>ບັນທຶກຕົວຕົນຂອງທ່ານໄປທີ່ {path} ແລ້ວ.</translation>
    </message>
    <message>
        <source>The identity was not imported</source>
        <translation>ຕົວຕົນບໍ່ໄດ້ຖືກນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Stored the identity of {name}.</source>
        <translation>ເກັບຕົວຕົນຂອງ {name} ແລ້ວ.</translation>
    </message>
    <message>
        <source>Already had the identity of {name}.</source>
        <translation>ມີຕົວຕົນຂອງ {name} ຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>{done} Compare its fingerprint before trusting it.</source>
        <translation>{done} ປຽບທຽບລາຍນິ້ວມືຂອງມັນກ່ອນທີ່ຈະເຊື່ອຖື.</translation>
    </message>
    <message>
        <source>Colleague&apos;s identity file</source>
        <translation>ໄຟລ໌ຕົວຕົນຂອງເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Choose the colleague whose fingerprint you compared.</source>
        <translation>ເລືອກເພື່ອນຮ່ວມງານທີ່ທ່ານໄດ້ປຽບທຽບລາຍນິ້ວມືແລ້ວ.</translation>
    </message>
    <message>
        <source>{name} is already verified.</source>
        <translation>{name} ຢັ້ງຢືນແລ້ວ.</translation>
    </message>
    <message>
        <source>{name} is verified: packages can now go both ways.</source>
        <translation>{name} ຢັ້ງຢືນແລ້ວ: ຊຸດແລກປ່ຽນສາມາດສົ່ງໄປມາໄດ້ທັງສອງທາງ.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Full name</source>
        <translation>ຊື່ເຕັມ</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>ຊື່ອື່ນ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Identity of {pseudonym}</source>
        <translation>ຕົວຕົນຂອງ {pseudonym}</translation>
    </message>
    <message>
        <source>Protected identity. Close this when someone can see your screen. It is never exported unless chosen explicitly with the person&apos;s consent.</source>
        <translation>ຕົວຕົນທີ່ປົກປ້ອງ. ປິດອັນນີ້ເມື່ອມີຄົນອື່ນເຫັນໜ້າຈໍຂອງທ່ານ. ມັນຈະບໍ່ຖືກສົ່ງອອກ ເວັ້ນເສຍແຕ່ເລືອກຢ່າງຊັດເຈນ ພ້ອມການຍິນຍອມຂອງບຸກຄົນນັ້ນ.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Evidence image: drag to pan, wheel to zoom</source>
        <translation>ຮູບຫຼັກຖານ: ລາກເພື່ອເລື່ອນ, ໝຸນລໍ້ເມົ້າເພື່ອຂະຫຍາຍ</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>This sender&apos;s identity is stored here but NOT VERIFIED. Call them and compare the fingerprint shown above before you import.</source>
        <translation>ຕົວຕົນຂອງຜູ້ສົ່ງນີ້ເກັບໄວ້ບ່ອນນີ້ ແຕ່ຍັງບໍ່ໄດ້ຢັ້ງຢືນ. ໂທຫາເຂົາເຈົ້າ ແລະ ປຽບທຽບລາຍນິ້ວມືທີ່ສະແດງຢູ່ຂ້າງເທິງ ກ່ອນທີ່ທ່ານຈະນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>This sender is UNKNOWN here: anyone could have made this package. Compare the fingerprint shown above with the sender by phone or in person before you import.</source>
        <translation>ຜູ້ສົ່ງນີ້ບໍ່ເປັນທີ່ຮູ້ຈັກຢູ່ບ່ອນນີ້: ໃຜກໍອາດສ້າງຊຸດແລກປ່ຽນນີ້ໄດ້. ປຽບທຽບລາຍນິ້ວມືທີ່ສະແດງຢູ່ຂ້າງເທິງກັບຜູ້ສົ່ງ ທາງໂທລະສັບ ຫຼື ພົບກັນໂດຍກົງ ກ່ອນທີ່ທ່ານຈະນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>ຢັ້ງຢືນແລ້ວ</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ຍັງບໍ່ໄດ້ຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>ນຳເຂົ້າຊຸດແລກປ່ຽນ</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ໄຟລ໌ຊຸດແລກປ່ຽນ</translation>
    </message>
    <message>
        <source>a .cbpkg file from a colleague</source>
        <translation>ໄຟລ໌ .cbpkg ຈາກເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ເລືອກ…</translation>
    </message>
    <message>
        <source>Check package</source>
        <translation>ກວດຊຸດແລກປ່ຽນ</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>ຊຸດແລກປ່ຽນ:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>ຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender and accept this package</source>
        <translation>ຂ້ອຍໄດ້ປຽບທຽບລາຍນິ້ວມືກັບຜູ້ສົ່ງແລ້ວ ແລະ ຍອມຮັບຊຸດແລກປ່ຽນນີ້</translation>
    </message>
    <message>
        <source>What the import will add or change</source>
        <translation>ສິ່ງທີ່ການນຳເຂົ້າຈະເພີ່ມ ຫຼື ປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Conflicts the import will keep for you to decide</source>
        <translation>ຂໍ້ຂັດແຍ່ງທີ່ການນຳເຂົ້າຈະເກັບໄວ້ໃຫ້ທ່ານຕັດສິນ</translation>
    </message>
    <message>
        <source>Choose a package, then check it: nothing is imported yet.</source>
        <translation>ເລືອກຊຸດແລກປ່ຽນ, ແລ້ວກວດມັນ: ຍັງບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>What will be added or changed:</source>
        <translation>ສິ່ງທີ່ຈະຖືກເພີ່ມ ຫຼື ປ່ຽນແປງ:</translation>
    </message>
    <message>
        <source>Package to import</source>
        <translation>ຊຸດແລກປ່ຽນທີ່ຈະນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Casebook packages (*.cbpkg);;All files (*)</source>
        <translation>ຊຸດແລກປ່ຽນ Casebook (*.cbpkg);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Choose the package file to import.</source>
        <translation>ເລືອກໄຟລ໌ຊຸດແລກປ່ຽນທີ່ຈະນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Decrypting and checking the package…</source>
        <translation>ກຳລັງຖອດລະຫັດ ແລະ ກວດຊຸດແລກປ່ຽນ…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — case {reference}, made {made} UTC</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — ຄະດີ {reference}, ສ້າງເມື່ອ {made} UTC</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ໝາຍເຫດ: {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): your version is kept, theirs stored for you to decide (Exchange ▸ Conflicts…).</source>
        <translation>
            <numerusform>ຂໍ້ຂັດແຍ່ງ %n ລາຍການ: ສະບັບຂອງທ່ານຖືກເກັບໄວ້, ຂອງເຂົາເຈົ້າເກັບໄວ້ໃຫ້ທ່ານຕັດສິນ (ແລກປ່ຽນ ▸ ຂໍ້ຂັດແຍ່ງ…).</numerusform>
            <numerusform>ຂໍ້ຂັດແຍ່ງ %n ລາຍການ: ສະບັບຂອງທ່ານຖືກເກັບໄວ້, ຂອງເຂົາເຈົ້າເກັບໄວ້ໃຫ້ທ່ານຕັດສິນ (ແລກປ່ຽນ ▸ ຂໍ້ຂັດແຍ່ງ…).</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>ບໍ່ມີຂໍ້ຂັດແຍ່ງ.</translation>
    </message>
    <message>
        <source>Checked: nothing is imported yet.</source>
        <translation>ກວດແລ້ວ: ຍັງບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Check the package first.</source>
        <translation>ກວດຊຸດແລກປ່ຽນກ່ອນ.</translation>
    </message>
    <message>
        <source>The sender is not verified here. Compare the fingerprint with them and tick the confirmation, or close this window.</source>
        <translation>ຜູ້ສົ່ງຍັງບໍ່ໄດ້ຖືກຢັ້ງຢືນຢູ່ບ່ອນນີ້. ປຽບທຽບລາຍນິ້ວມືກັບເຂົາເຈົ້າ ແລະ ໝາຍຖືກການຢືນຢັນ, ຫຼື ປິດໜ້າຕ່າງນີ້.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>ກຳລັງນຳເຂົ້າ…</translation>
    </message>
    <message numerus="yes">
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, %n conflict(s) — resolve them in Exchange ▸ Conflicts….</source>
        <translation>
            <numerusform>ນຳເຂົ້າຄະດີ {reference} ຈາກ {sender} ແລ້ວ: ໃໝ່ {new}, ປັບປຸງ {updated}, ຂໍ້ຂັດແຍ່ງ %n — ແກ້ໄຂພວກມັນໃນ ແລກປ່ຽນ ▸ ຂໍ້ຂັດແຍ່ງ….</numerusform>
            <numerusform>ນຳເຂົ້າຄະດີ {reference} ຈາກ {sender} ແລ້ວ: ໃໝ່ {new}, ປັບປຸງ {updated}, ຂໍ້ຂັດແຍ່ງ %n — ແກ້ໄຂພວກມັນໃນ ແລກປ່ຽນ ▸ ຂໍ້ຂັດແຍ່ງ….</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, 0 conflict(s).</source>
        <translation>ນຳເຂົ້າຄະດີ {reference} ຈາກ {sender} ແລ້ວ: ໃໝ່ {new}, ປັບປຸງ {updated}, ຂໍ້ຂັດແຍ່ງ 0.</translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation>ຊຸດແລກປ່ຽນບໍ່ໄດ້ຖືກນຳເຂົ້າ</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Tag incident…</source>
        <translation>ຕິດປ້າຍເຫດການ…</translation>
    </message>
    <message>
        <source>incident “{title}”</source>
        <translation>ເຫດການ “{title}”</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ເຫດການ</translation>
    </message>
</context>
<context>
    <name>IncidentLinks</name>
    <message>
        <source>Concerns</source>
        <translation>ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Persons this incident concerns</source>
        <translation>ບຸກຄົນທີ່ເຫດການນີ້ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>ຄຳໃຫ້ການ</translation>
    </message>
    <message>
        <source>Statements this incident concerns</source>
        <translation>ຄຳໃຫ້ການທີ່ເຫດການນີ້ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>ວັດຖຸພະຍານ</translation>
    </message>
    <message>
        <source>Exhibits this incident concerns</source>
        <translation>ວັດຖຸພະຍານທີ່ເຫດການນີ້ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Ticked material is what a charge resting on this incident counts.</source>
        <translation>ຂໍ້ມູນທີ່ໝາຍຖືກ ແມ່ນສິ່ງທີ່ຂໍ້ກ່າວຫາທີ່ອີງໃສ່ເຫດການນີ້ນັບ.</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>ການເຊື່ອມໂຍງບໍ່ໄດ້ຖືກບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message numerus="yes">
        <source>%n file(s) taken in.</source>
        <translation>
            <numerusform>ຮັບໄຟລ໌ເຂົ້າ %n ໄຟລ໌ແລ້ວ.</numerusform>
            <numerusform>ຮັບໄຟລ໌ເຂົ້າ %n ໄຟລ໌ແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the casebook (stored once, linked to the first item):</source>
        <translation>ມີຢູ່ໃນປຶ້ມຄະດີແລ້ວ (ເກັບໄວ້ຄັ້ງດຽວ, ເຊື່ອມກັບລາຍການທຳອິດ):</translation>
    </message>
    <message>
        <source>  • {file} — same content as “{first}”</source>
        <translation>  • {file} — ເນື້ອຫາດຽວກັນກັບ “{first}”</translation>
    </message>
    <message>
        <source>Not taken in:</source>
        <translation>ບໍ່ໄດ້ຮັບເຂົ້າ:</translation>
    </message>
    <message>
        <source>  • {file}: {reason}</source>
        <translation>  • {file}: {reason}</translation>
    </message>
    <message>
        <source>Cancelled before they were taken in ({count}):</source>
        <translation>ຍົກເລີກກ່ອນທີ່ຈະຮັບເຂົ້າ ({count}):</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … ແລະ ອີກ {count}</translation>
    </message>
    <message>
        <source>The case is no longer in the casebook.</source>
        <translation>ຄະດີນີ້ບໍ່ຢູ່ໃນປຶ້ມຄະດີອີກແລ້ວ.</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>ບໍ່ສາມາດອ່ານມັນໄດ້ ({reason}).</translation>
    </message>
    <message>
        <source>Taking files in…</source>
        <translation>ກຳລັງຮັບໄຟລ໌ເຂົ້າ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>ກຳລັງເພີ່ມຫຼັກຖານ</translation>
    </message>
    <message>
        <source>File {number} of {count}: {name}
{done} of {total} MB</source>
        <translation>ໄຟລ໌ {number} ຈາກ {count}: {name}
{done} ຈາກ {total} MB</translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation>ການເພີ່ມຫຼັກຖານລົ້ມເຫຼວ</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>Incident</source>
        <translation>ເຫດການ</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>ສະຖານທີ່ (ຕົວອັກສອນເດີມ)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>ເມືອງ / ແຂວງ</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>ພິກັດ</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>ຄວາມແມ່ນຍຳ</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>ບໍ່ມີພິກັດ</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <source>± {metres} m</source>
        <translation>± {metres} m</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Places of the incidents</source>
        <translation>ສະຖານທີ່ຂອງເຫດການ</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>ສຳເນົາພິກັດ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What happened, when and where.</source>
        <translation>ເກີດຫຍັງຂຶ້ນ, ເມື່ອໃດ ແລະ ຢູ່ໃສ.</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>ເຫດການໃໝ່…</translation>
    </message>
    <message>
        <source>Witnesses, victims and alleged perpetrators, by pseudonym.</source>
        <translation>ພະຍານ, ຜູ້ຖືກເຄາະຮ້າຍ ແລະ ຜູ້ຖືກກ່າວຫາ, ຕາມນາມແຝງ.</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>ບຸກຄົນໃໝ່…</translation>
    </message>
    <message>
        <source>Statements, paragraph by paragraph, with consent.</source>
        <translation>ຄຳໃຫ້ການ, ເທື່ອລະວັກ, ພ້ອມການຍິນຍອມ.</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>ຄຳໃຫ້ການໃໝ່…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ອອກ</translation>
    </message>
    <message>
        <source>{folder} — Casebook</source>
        <translation>{folder} — Casebook</translation>
    </message>
    <message>
        <source>Unlocked as {name}.</source>
        <translation>ປົດລັອກແລ້ວໃນນາມ {name}.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>ປົດລັອກແລ້ວ.</translation>
    </message>
    <message>
        <source>The casebook was locked. Unlock it to continue where you were.</source>
        <translation>ປຶ້ມຄະດີຖືກລັອກແລ້ວ. ປົດລັອກເພື່ອເຮັດວຽກຕໍ່ຈາກບ່ອນທີ່ທ່ານຄ້າງໄວ້.</translation>
    </message>
    <message>
        <source>Locked — Casebook</source>
        <translation>ລັອກແລ້ວ — Casebook</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>ລັອກແລ້ວ.</translation>
    </message>
    <message>
        <source>Adding evidence was cancelled</source>
        <translation>ການເພີ່ມຫຼັກຖານຖືກຍົກເລີກ</translation>
    </message>
    <message>
        <source>Choose a case in the navigator first, or create one.</source>
        <translation>ເລືອກຄະດີໃນຕົວນຳທາງກ່ອນ, ຫຼື ສ້າງຄະດີໃໝ່.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ບັນທຶກແລ້ວ</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>ເພີ່ມຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Wait until the files being added now are done, then try again.</source>
        <translation>ລໍຖ້າໃຫ້ໄຟລ໌ທີ່ກຳລັງເພີ່ມຢູ່ສຳເລັດກ່ອນ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>The casebook was locked while files were being added, so adding them was stopped. Add the cancelled files again.</source>
        <translation>ປຶ້ມຄະດີຖືກລັອກໃນຂະນະທີ່ກຳລັງເພີ່ມໄຟລ໌, ສະນັ້ນການເພີ່ມຈຶ່ງຖືກຢຸດ. ເພີ່ມໄຟລ໌ທີ່ຖືກຍົກເລີກອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>{added} added, {duplicates} already present, {failed} failed.</source>
        <translation>ເພີ່ມແລ້ວ {added}, ມີຢູ່ແລ້ວ {duplicates}, ລົ້ມເຫຼວ {failed}.</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>ເພີ່ມຫຼັກຖານແລ້ວ</translation>
    </message>
    <message>
        <source>Open a testimony first; sealing applies to the one shown.</source>
        <translation>ເປີດຄຳໃຫ້ການກ່ອນ; ການປິດຜະນຶກໃຊ້ກັບອັນທີ່ສະແດງຢູ່.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ປຸ່ມລັດ</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>ກ່ຽວກັບ Casebook</translation>
    </message>
    <message>
        <source>Casebook keeps testimony and evidence in an encrypted folder, for people who document atrocity crimes. It locks itself when idle and on Ctrl+L.</source>
        <translation>Casebook ເກັບຄຳໃຫ້ການ ແລະ ຫຼັກຖານໄວ້ໃນໂຟນເດີທີ່ເຂົ້າລະຫັດ, ສຳລັບຜູ້ທີ່ເກັບກຳຂໍ້ມູນອາຊະຍາກຳຮ້າຍແຮງ. ມັນລັອກຕົວເອງເມື່ອບໍ່ມີການໃຊ້ງານ ແລະ ເມື່ອກົດ Ctrl+L.</translation>
    </message>
    <message>
        <source>Languages of the interface:</source>
        <translation>ພາສາຂອງໜ້າຈໍ:</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker</source>
        <translation>ຮ່າງການແປ — ຕ້ອງໃຫ້ເຈົ້າຂອງພາສາກວດທານ</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker; not complete yet, so not offered in Preferences</source>
        <translation>ຮ່າງການແປ — ຕ້ອງໃຫ້ເຈົ້າຂອງພາສາກວດທານ; ຍັງບໍ່ຄົບ, ສະນັ້ນບໍ່ມີໃຫ້ເລືອກໃນການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>{endonym} ({english}): {state}</source>
        <translation>{endonym} ({english}): {state}</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>ຄະດີໃໝ່ (&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>ຄຳໃຫ້ການໃໝ່ (&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>ເຫດການໃໝ່ (&amp;I)…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>ບຸກຄົນໃໝ່ (&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>ເພີ່ມຫຼັກຖານ (&amp;E)…</translation>
    </message>
    <message>
        <source>Add files as evidence (or drop them on the window)</source>
        <translation>ເພີ່ມໄຟລ໌ເປັນຫຼັກຖານ (ຫຼື ລາກມາວາງໃສ່ໜ້າຕ່າງ)</translation>
    </message>
    <message>
        <source>E&amp;xport complaint bundle…</source>
        <translation>ສົ່ງອອກຊຸດຄຳຮ້ອງຟ້ອງ (&amp;X)…</translation>
    </message>
    <message>
        <source>Export a complaint bundle (PDF, exhibits, signed manifest) for a prosecutor</source>
        <translation>ສົ່ງອອກຊຸດຄຳຮ້ອງຟ້ອງ (PDF, ວັດຖຸພະຍານ, ບັນຊີໄຟລ໌ທີ່ລົງລາຍເຊັນ) ສຳລັບໄອຍະການ</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ລັອກ (&amp;L)</translation>
    </message>
    <message>
        <source>Lock the casebook now</source>
        <translation>ລັອກປຶ້ມຄະດີດຽວນີ້</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ການຕັ້ງຄ່າ (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <source>Lock the casebook and quit</source>
        <translation>ລັອກປຶ້ມຄະດີ ແລະ ອອກ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍົກເລີກການກະທຳ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>ຄົ້ນຫາ (&amp;S)…</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents</source>
        <translation>ຄົ້ນຫາຄຳໃຫ້ການ, ຫຼັກຖານ ແລະ ເຫດການ</translation>
    </message>
    <message>
        <source>&amp;Seal testimony…</source>
        <translation>ປິດຜະນຶກຄຳໃຫ້ການ (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>ຕົວນຳທາງ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>ໂຫຼດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ປຸ່ມລັດ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ຄູ່ມືຜູ້ໃຊ້ (&amp;U)</translation>
    </message>
    <message>
        <source>The guide, offline</source>
        <translation>ຄູ່ມື, ແບບອອບລາຍ</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>ກ່ຽວກັບ Casebook (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Identities…</source>
        <translation>ຕົວຕົນ (&amp;I)…</translation>
    </message>
    <message>
        <source>Your identity and colleagues&apos;</source>
        <translation>ຕົວຕົນຂອງທ່ານ ແລະ ຂອງເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <source>&amp;Send case package…</source>
        <translation>ສົ່ງຊຸດແລກປ່ຽນຄະດີ (&amp;S)…</translation>
    </message>
    <message>
        <source>Send a case, encrypted and signed, to verified colleagues</source>
        <translation>ສົ່ງຄະດີ, ເຂົ້າລະຫັດ ແລະ ລົງລາຍເຊັນ, ໃຫ້ເພື່ອນຮ່ວມງານທີ່ຢັ້ງຢືນແລ້ວ</translation>
    </message>
    <message>
        <source>I&amp;mport package…</source>
        <translation>ນຳເຂົ້າຊຸດແລກປ່ຽນ (&amp;M)…</translation>
    </message>
    <message>
        <source>Check and import a colleague&apos;s case package</source>
        <translation>ກວດ ແລະ ນຳເຂົ້າຊຸດແລກປ່ຽນຄະດີຂອງເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>ຂໍ້ຂັດແຍ່ງ (&amp;C)…</translation>
    </message>
    <message>
        <source>Decide merge conflicts</source>
        <translation>ຕັດສິນຂໍ້ຂັດແຍ່ງໃນການລວມຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>&amp;Review of this case…</source>
        <translation>ການກວດທານຄະດີນີ້ (&amp;R)…</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>ສະຖານະການກວດທານ</translation>
    </message>
    <message>
        <source>Supervisor &amp;access…</source>
        <translation>ການເຂົ້າເຖິງຂອງຫົວໜ້າງານ (&amp;A)…</translation>
    </message>
    <message>
        <source>Let a verified supervisor open this casebook with their own key</source>
        <translation>ໃຫ້ຫົວໜ້າງານທີ່ຢັ້ງຢືນແລ້ວ ເປີດປຶ້ມຄະດີນີ້ດ້ວຍກະແຈຂອງເຂົາເຈົ້າເອງ</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>ປ່ຽນວະລີລະຫັດ (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a new passphrase (the current one is asked first)</source>
        <translation>ເລືອກວະລີລະຫັດໃໝ່ (ຈະຖາມອັນປັດຈຸບັນກ່ອນ)</translation>
    </message>
    <message>
        <source>New rec&amp;overy key…</source>
        <translation>ກະແຈກູ້ຄືນໃໝ່ (&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the recovery key (the old one stops working)</source>
        <translation>ປ່ຽນກະແຈກູ້ຄືນ (ອັນເກົ່າຈະໃຊ້ບໍ່ໄດ້ອີກ)</translation>
    </message>
    <message>
        <source>&amp;Verify casebook…</source>
        <translation>ກວດສອບປຶ້ມຄະດີ (&amp;V)…</translation>
    </message>
    <message>
        <source>Check every file, record and signature, and show the report</source>
        <translation>ກວດທຸກໄຟລ໌, ລາຍການ ແລະ ລາຍເຊັນ, ແລະ ສະແດງລາຍງານ</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>ແຖບເຄື່ອງມືຫຼັກ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ໄຟລ໌ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ແກ້ໄຂ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ຄະດີ (&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>ແລກປ່ຽນ (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ມຸມມອງ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens this casebook.</source>
        <translation>ປ່ຽນວະລີລະຫັດແລ້ວ. ວະລີລະຫັດເກົ່າເປີດປຶ້ມຄະດີນີ້ບໍ່ໄດ້ອີກແລ້ວ.</translation>
    </message>
    <message>
        <source>New recovery key made. The old key no longer opens this casebook.</source>
        <translation>ສ້າງກະແຈກູ້ຄືນໃໝ່ແລ້ວ. ກະແຈເກົ່າເປີດປຶ້ມຄະດີນີ້ບໍ່ໄດ້ອີກແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>supported</source>
        <translation>ມີຫຼັກຖານສະໜັບສະໜູນ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ອ່ອນ</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>ມີຂໍ້ໂຕ້ແຍ່ງ</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>ຖືກຄັດຄ້ານ</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>ຍັງຂາດ</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>ອົງປະກອບ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>ສະໜັບສະໜູນ</translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation>ຂັດແຍ່ງ</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>ບໍ່ໄດ້ນັບ</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>ລະດັບ</translation>
    </message>
    <message>
        <source>{count} {support}</source>
        <translation>{count} {support}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>ຍັງບໍ່ໄດ້ໃຫ້ລະດັບ</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ລາຍການ</numerusform>
            <numerusform>%n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>rests on {incidents}</source>
        <translation>ອີງໃສ່ {incidents}</translation>
    </message>
    <message>
        <source>{crime} is not in this taxonomy: no rows</source>
        <translation>{crime} ບໍ່ມີໃນການຈັດໝວດນີ້: ບໍ່ມີແຖວ</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>ບໍລິບົດ</translation>
    </message>
    <message>
        <source>Elements of the crime</source>
        <translation>ອົງປະກອບຂອງອາຊະຍາກຳ</translation>
    </message>
    <message>
        <source>Liability — {person} under {mode} ({mode_title})</source>
        <translation>ຄວາມຮັບຜິດຊອບ — {person} ຕາມ {mode} ({mode_title})</translation>
    </message>
    <message>
        <source>about {person}</source>
        <translation>ກ່ຽວກັບ {person}</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>ຕາຕະລາງຄວາມຄອບຄຸມ</translation>
    </message>
    <message>
        <source>Coverage of every charge, one cell per element</source>
        <translation>ຄວາມຄອບຄຸມຂອງທຸກຂໍ້ກ່າວຫາ, ໜຶ່ງຫ້ອງຕໍ່ໜຶ່ງອົງປະກອບ</translation>
    </message>
    <message numerus="yes">
        <source>{statuses}.  Grades: reliability A–F, credibility 1–6 (weak: D–F or 4–6).  Overview cells: C context, E element of the crime, L liability; * tagged material the charge does not count.</source>
        <comment>keep the letters A–F, 1–6, C, E, L and *: the matrix shows them</comment>
        <translation>
            <numerusform>{statuses}.  ລະດັບ: ຄວາມໜ້າເຊື່ອຖືຂອງແຫຼ່ງ A–F, ຄວາມໜ້າເຊື່ອຂອງຂໍ້ມູນ 1–6 (ອ່ອນ: D–F ຫຼື 4–6).  ຫ້ອງພາບລວມ: C ບໍລິບົດ, E ອົງປະກອບຂອງອາຊະຍາກຳ, L ຄວາມຮັບຜິດຊອບ; * ຂໍ້ມູນທີ່ຕິດປ້າຍ ແຕ່ຂໍ້ກ່າວຫາບໍ່ນັບ.</numerusform>
            <numerusform>{statuses}.  ລະດັບ: ຄວາມໜ້າເຊື່ອຖືຂອງແຫຼ່ງ A–F, ຄວາມໜ້າເຊື່ອຂອງຂໍ້ມູນ 1–6 (ອ່ອນ: D–F ຫຼື 4–6).  ຫ້ອງພາບລວມ: C ບໍລິບົດ, E ອົງປະກອບຂອງອາຊະຍາກຳ, L ຄວາມຮັບຜິດຊອບ; * ຂໍ້ມູນທີ່ຕິດປ້າຍ ແຕ່ຂໍ້ກ່າວຫາບໍ່ນັບ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row to see its material.</source>
        <translation>ເລືອກແຖວເພື່ອເບິ່ງຂໍ້ມູນຂອງມັນ.</translation>
    </message>
    <message>
        <source>Material of the chosen element</source>
        <translation>ຂໍ້ມູນຂອງອົງປະກອບທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>ສົ່ງອອກ PNG…</translation>
    </message>
    <message>
        <source>Not counted, because {reason}</source>
        <translation>ບໍ່ໄດ້ນັບ, ເພາະ {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Coverage matrix — {reference}, %n charge(s)</source>
        <translation>
            <numerusform>ຕາຕະລາງຄວາມຄອບຄຸມ — {reference}, %n ຂໍ້ກ່າວຫາ</numerusform>
            <numerusform>ຕາຕະລາງຄວາມຄອບຄຸມ — {reference}, %n ຂໍ້ກ່າວຫາ</numerusform>
        </translation>
    </message>
    <message>
        <source>No charges yet: add one in the Charges section.</source>
        <translation>ຍັງບໍ່ມີຂໍ້ກ່າວຫາ: ເພີ່ມໃນພາກ ຂໍ້ກ່າວຫາ.</translation>
    </message>
    <message numerus="yes">
        <source>{element}: {status}; %n tagged item(s) not counted</source>
        <translation>
            <numerusform>{element}: {status}; %n ລາຍການທີ່ຕິດປ້າຍແຕ່ບໍ່ໄດ້ນັບ</numerusform>
            <numerusform>{element}: {status}; %n ລາຍການທີ່ຕິດປ້າຍແຕ່ບໍ່ໄດ້ນັບ</numerusform>
        </translation>
    </message>
    <message>
        <source>{element}: {status}</source>
        <translation>{element}: {status}</translation>
    </message>
    <message>
        <source>{element}: {status} — activate an item to open it.</source>
        <translation>{element}: {status} — ເປີດລາຍການເພື່ອເບິ່ງມັນ.</translation>
    </message>
    <message>
        <source>For: {citation}</source>
        <translation>ສະໜັບສະໜູນ: {citation}</translation>
    </message>
    <message>
        <source>Against: {citation}</source>
        <translation>ຄັດຄ້ານ: {citation}</translation>
    </message>
    <message>
        <source>Needs review (not counted): {citation}</source>
        <translation>ຕ້ອງກວດທານ (ບໍ່ໄດ້ນັບ): {citation}</translation>
    </message>
    <message>
        <source>Not counted, because {reason}: {citation}</source>
        <translation>ບໍ່ໄດ້ນັບ, ເພາະ {reason}: {citation}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the conditions of a saved pattern&apos;s filter</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation>ທຸກເຫດການ</translation>
    </message>
    <message>
        <source>{pattern}, not graded — {where}</source>
        <translation>{pattern}, ຍັງບໍ່ໄດ້ໃຫ້ລະດັບ — {where}</translation>
    </message>
    <message>
        <source>No material is tagged to this element yet.</source>
        <translation>ຍັງບໍ່ມີຂໍ້ມູນທີ່ຕິດປ້າຍກັບອົງປະກອບນີ້.</translation>
    </message>
    <message>
        <source>Ticks it in the incident&apos;s &quot;Concerns&quot; list, so this charge counts it.</source>
        <translation>ໝາຍຖືກມັນໃນລາຍການ &quot;ກ່ຽວຂ້ອງ&quot; ຂອງເຫດການ, ເພື່ອໃຫ້ຂໍ້ກ່າວຫານີ້ນັບມັນ.</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>ການເຊື່ອມໂຍງບໍ່ໄດ້ຖືກບັນທຶກ</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>ສົ່ງອອກຕາຕະລາງເປັນ CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}.</source>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ CSV ໄດ້: {reason}.</translation>
    </message>
    <message>
        <source>Export the matrix as PNG</source>
        <translation>ສົ່ງອອກຕາຕະລາງເປັນ PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written there. Choose another folder.</source>
        <translation>ບໍ່ສາມາດຂຽນຮູບໄວ້ບ່ອນນັ້ນໄດ້. ເລືອກໂຟນເດີອື່ນ.</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Incidents by month</source>
        <translation>ເຫດການຕາມເດືອນ</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Testimony of {witness}</source>
        <translation>ຄຳໃຫ້ການຂອງ {witness}</translation>
    </message>
    <message>
        <source>v{version}</source>
        <comment>a statement&apos;s version</comment>
        <translation>ສ.{version}</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>ປິດຜະນຶກແລ້ວ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ເຫດການ</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>ຄຳໃຫ້ການ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>ຂໍ້ກ່າວຫາ</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>ຕາຕະລາງຄວາມຄອບຄຸມ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ລຳດັບເວລາ</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>ແບບແຜນ</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <comment>a navigator section and its size</comment>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>{count} more — use {search} to find them</source>
        <translation>ອີກ {count} ລາຍການ — ໃຊ້ {search} ເພື່ອຊອກຫາ</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>ສ້າງກະແຈກູ້ຄືນໃໝ່ (&amp;M)</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>ກະແຈກູ້ຄືນໃໝ່</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key will no longer open this casebook. Do this when the old key may have been seen, copied or lost.</source>
        <translation>ກະແຈກູ້ຄືນໃໝ່ຈະແທນອັນເກົ່າ: ກະແຈເກົ່າຈະເປີດປຶ້ມຄະດີນີ້ບໍ່ໄດ້ອີກ. ເຮັດສິ່ງນີ້ເມື່ອກະແຈເກົ່າອາດຖືກເຫັນ, ຖືກສຳເນົາ ຫຼື ເສຍໄປ.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>ວະລີລະຫັດປັດຈຸບັນ:</translation>
    </message>
    <message>
        <source>The old key no longer opens this casebook.</source>
        <translation>ກະແຈເກົ່າເປີດປຶ້ມຄະດີນີ້ບໍ່ໄດ້ອີກແລ້ວ.</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>ພິມວະລີລະຫັດທີ່ເປີດມັນໃນຕອນນີ້.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Send case package</source>
        <translation>ສົ່ງຊຸດແລກປ່ຽນຄະດີ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ຄະດີ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>ຜູ້ຮັບ</translation>
    </message>
    <message>
        <source>Only changes since the last package to these recipients</source>
        <translation>ສະເພາະການປ່ຽນແປງນັບແຕ່ຊຸດແລກປ່ຽນຄັ້ງສຸດທ້າຍທີ່ສົ່ງຫາຜູ້ຮັບເຫຼົ່ານີ້</translation>
    </message>
    <message>
        <source>Include protected identities (real names, contacts)</source>
        <translation>ລວມຕົວຕົນທີ່ປົກປ້ອງ (ຊື່ແທ້, ການຕິດຕໍ່)</translation>
    </message>
    <message>
        <source>Real names and contacts of witnesses will leave this casebook. Include them only if the recipients need them and the witnesses agreed.</source>
        <translation>ຊື່ແທ້ ແລະ ການຕິດຕໍ່ຂອງພະຍານຈະອອກຈາກປຶ້ມຄະດີນີ້. ລວມພວກມັນສະເພາະເມື່ອຜູ້ຮັບຕ້ອງການ ແລະ ພະຍານໄດ້ຍິນຍອມ.</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ໄຟລ໌ຊຸດແລກປ່ຽນ</translation>
    </message>
    <message>
        <source>where to write the package (.cbpkg)</source>
        <translation>ບ່ອນທີ່ຈະຂຽນຊຸດແລກປ່ຽນ (.cbpkg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ເລືອກ…</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>ຄະດີ:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>ຜູ້ຮັບ:</translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation>ໄຟລ໌ຊຸດແລກປ່ຽນ:</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipients when they import it:</source>
        <translation>ອ່ານລາຍນິ້ວມືນີ້ໃຫ້ຜູ້ຮັບຟັງ ເມື່ອເຂົາເຈົ້ານຳເຂົ້າມັນ:</translation>
    </message>
    <message>
        <source>Write package</source>
        <translation>ຂຽນຊຸດແລກປ່ຽນ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>{name} ({role}) · verified</source>
        <translation>{name} ({role}) · ຢັ້ງຢືນແລ້ວ</translation>
    </message>
    <message>
        <source>{name} ({role}) · NOT VERIFIED — tick to compare fingerprints</source>
        <translation>{name} ({role}) · ຍັງບໍ່ໄດ້ຢັ້ງຢືນ — ໝາຍຖືກເພື່ອປຽບທຽບລາຍນິ້ວມື</translation>
    </message>
    <message>
        <source>There is no case to send yet.</source>
        <translation>ຍັງບໍ່ມີຄະດີທີ່ຈະສົ່ງ.</translation>
    </message>
    <message>
        <source>Tick at least one verified colleague to send the package to.</source>
        <translation>ໝາຍຖືກຢ່າງໜ້ອຍໜຶ່ງເພື່ອນຮ່ວມງານທີ່ຢັ້ງຢືນແລ້ວ ເພື່ອສົ່ງຊຸດແລກປ່ຽນໃຫ້.</translation>
    </message>
    <message>
        <source>Choose where to write the package file.</source>
        <translation>ເລືອກບ່ອນທີ່ຈະຂຽນໄຟລ໌ຊຸດແລກປ່ຽນ.</translation>
    </message>
    <message>
        <source>Writing the encrypted package…</source>
        <translation>ກຳລັງຂຽນຊຸດແລກປ່ຽນທີ່ເຂົ້າລະຫັດ…</translation>
    </message>
    <message>
        <source>Writing the encrypted package… {megabytes} MB</source>
        <translation>ກຳລັງຂຽນຊຸດແລກປ່ຽນທີ່ເຂົ້າລະຫັດ… {megabytes} MB</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{count} {kind}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} for {recipients}: {parts}; %n attachment(s). Send the file by any channel: only the recipients can open it.</source>
        <translation>
            <numerusform>ຂຽນ {path} ສຳລັບ {recipients} ແລ້ວ: {parts}; ໄຟລ໌ແນບ %n ໄຟລ໌. ສົ່ງໄຟລ໌ດ້ວຍຊ່ອງທາງໃດກໍໄດ້: ມີແຕ່ຜູ້ຮັບເທົ່ານັ້ນທີ່ເປີດມັນໄດ້.</numerusform>
            <numerusform>ຂຽນ {path} ສຳລັບ {recipients} ແລ້ວ: {parts}; ໄຟລ໌ແນບ %n ໄຟລ໌. ສົ່ງໄຟລ໌ດ້ວຍຊ່ອງທາງໃດກໍໄດ້: ມີແຕ່ຜູ້ຮັບເທົ່ານັ້ນທີ່ເປີດມັນໄດ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed since the last package</source>
        <translation>ບໍ່ມີຫຍັງປ່ຽນແປງນັບແຕ່ຊຸດແລກປ່ຽນຄັ້ງສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation>ຊຸດແລກປ່ຽນບໍ່ໄດ້ຖືກຂຽນ</translation>
    </message>
</context>
<context>
    <name>PassageHighlights</name>
    <message>
        <source>(click to open the tag)</source>
        <translation>(ຄລິກເພື່ອເປີດປ້າຍ)</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດ</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>ພິມວະລີລະຫັດອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway (anyone with a copy of the folder could guess it)</source>
        <translation>ໃຊ້ວະລີລະຫັດທີ່ອ່ອນນີ້ຢູ່ດີ (ໃຜທີ່ມີສຳເນົາຂອງໂຟນເດີອາດເດົາມັນໄດ້)</translation>
    </message>
    <message>
        <source>Only if you accept that someone with a copy of the folder could guess it</source>
        <translation>ສະເພາະເມື່ອທ່ານຍອມຮັບວ່າຄົນທີ່ມີສຳເນົາຂອງໂຟນເດີອາດເດົາມັນໄດ້</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>ວະລີລະຫັດ:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>ພິມອີກຄັ້ງ:</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters; several words are best.</source>
        <translation>ເລືອກວະລີລະຫັດຢ່າງໜ້ອຍ {count} ຕົວອັກສອນ; ຫຼາຍຄຳແມ່ນດີທີ່ສຸດ.</translation>
    </message>
    <message>
        <source>This passphrase is “{strength}”: a program can guess it quickly. Anyone who gets a copy of the casebook folder (a lost laptop, a seized USB drive, a backup) could then read every statement and the names of the people who gave them. Choose several unrelated words, or tick “Use this weak passphrase anyway” if you accept that risk.</source>
        <translation>ວະລີລະຫັດນີ້ “{strength}”: ໂປຣແກຣມສາມາດເດົາມັນໄດ້ໄວ. ໃຜກໍຕາມທີ່ໄດ້ສຳເນົາຂອງໂຟນເດີປຶ້ມຄະດີ (ຄອມພິວເຕີທີ່ເສຍໄປ, USB ທີ່ຖືກຍຶດ, ການສຳຮອງຂໍ້ມູນ) ກໍຈະອ່ານໄດ້ທຸກຄຳໃຫ້ການ ແລະ ຊື່ຂອງຜູ້ໃຫ້ການ. ເລືອກຫຼາຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນ, ຫຼື ໝາຍຖືກ “ໃຊ້ວະລີລະຫັດທີ່ອ່ອນນີ້ຢູ່ດີ” ຖ້າທ່ານຍອມຮັບຄວາມສ່ຽງນັ້ນ.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>ວະລີລະຫັດທັງສອງບໍ່ຄືກັນ. ພິມວະລີລະຫັດດຽວກັນສອງຄັ້ງ.</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>(any)</source>
        <translation>(ໃດກໍໄດ້)</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>ແບບແຜນ</translation>
    </message>
    <message>
        <source>Cases counted</source>
        <translation>ຄະດີທີ່ນັບ</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>ຄະດີນີ້</translation>
    </message>
    <message>
        <source>All cases of the casebook</source>
        <translation>ທຸກຄະດີຂອງປຶ້ມຄະດີ</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>ໄລຍະເວລາຈາກ</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>ໄລຍະເວລາຮອດ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM ຫຼື YYYY</translation>
    </message>
    <message>
        <source>Administrative area</source>
        <translation>ເຂດປົກຄອງ</translation>
    </message>
    <message>
        <source>Victim characteristic</source>
        <translation>ລັກສະນະຂອງຜູ້ຖືກເຄາະຮ້າຍ</translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation>ກຸ່ມຜູ້ຖືກເຄາະຮ້າຍ</translation>
    </message>
    <message>
        <source>Alleged perpetrator unit</source>
        <translation>ໜ່ວຍຂອງຜູ້ຖືກກ່າວຫາ</translation>
    </message>
    <message>
        <source>Crime tagged or charged</source>
        <translation>ອາຊະຍາກຳທີ່ຕິດປ້າຍ ຫຼື ກ່າວຫາ</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>ນຳໃຊ້ຕົວກັ່ນຕອງ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ລ້າງຕົວກັ່ນຕອງ</translation>
    </message>
    <message>
        <source>Saved patterns</source>
        <translation>ແບບແຜນທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>(saved patterns)</source>
        <translation>(ແບບແຜນທີ່ບັນທຶກໄວ້)</translation>
    </message>
    <message>
        <source>Save pattern…</source>
        <translation>ບັນທຶກແບບແຜນ…</translation>
    </message>
    <message>
        <source>Delete saved pattern</source>
        <translation>ລຶບແບບແຜນທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>Keep this filter and its counts; cite it for a contextual element, so the coverage matrix and the complaint&apos;s analysis show it.</source>
        <translation>ເກັບຕົວກັ່ນຕອງນີ້ ແລະ ຈຳນວນຂອງມັນ; ອ້າງອີງມັນສຳລັບອົງປະກອບບໍລິບົດ, ເພື່ອໃຫ້ຕາຕະລາງຄວາມຄອບຄຸມ ແລະ ການວິເຄາະຂອງຄຳຮ້ອງຟ້ອງສະແດງມັນ.</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>ນັບ:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>ໄລຍະເວລາຈາກ:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>ຮອດ:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>ເຂດ:</translation>
    </message>
    <message>
        <source>Victims by:</source>
        <translation>ຜູ້ຖືກເຄາະຮ້າຍຕາມ:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>ໜ່ວຍ:</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>ການກະທຳ:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>ບັນທຶກໄວ້:</translation>
    </message>
    <message>
        <source>Incidents by month. Solid: the whole date span lies in the month. Hatched: an uncertain date (range, year, approximate) that may fall in the month; hatched counts overlap between months and must not be added up. Labels: certain (+ possible).</source>
        <translation>ເຫດການຕາມເດືອນ. ສີທຶບ: ວັນທີທັງໝົດຢູ່ໃນເດືອນນັ້ນ. ລາຍຂີດ: ວັນທີທີ່ບໍ່ແນ່ນອນ (ໄລຍະ, ປີ, ໂດຍປະມານ) ທີ່ອາດຕົກຢູ່ໃນເດືອນນັ້ນ; ຈຳນວນແບບລາຍຂີດຊ້ອນກັນລະຫວ່າງເດືອນ ແລະ ຫ້າມບວກເຂົ້າກັນ. ຕົວເລກ: ແນ່ນອນ (+ ເປັນໄປໄດ້).</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>ເຫດການຕາມເຂດປົກຄອງ</translation>
    </message>
    <message>
        <source>Victims by group</source>
        <translation>ຜູ້ຖືກເຄາະຮ້າຍຕາມກຸ່ມ</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>ເຫດການຕາມໜ່ວຍຂອງຜູ້ຖືກກ່າວຫາ</translation>
    </message>
    <message>
        <source>Incidents by crime</source>
        <translation>ເຫດການຕາມອາຊະຍາກຳ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ໜ່ວຍ</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>ການກະທຳ</translation>
    </message>
    <message>
        <source>Choose a bar or a row to list the records behind it.</source>
        <translation>ເລືອກແທ່ງ ຫຼື ແຖວ ເພື່ອສະແດງລາຍການທີ່ຢູ່ເບື້ອງຫຼັງ.</translation>
    </message>
    <message>
        <source>Records behind the chosen count</source>
        <translation>ລາຍການທີ່ຢູ່ເບື້ອງຫຼັງຈຳນວນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>{title} — cited for {element}</source>
        <translation>{title} — ອ້າງອີງສຳລັບ {element}</translation>
    </message>
    <message>
        <source>Delete the saved pattern “{pattern}”? A matrix row or a complaint citing it will no longer show it.</source>
        <translation>ລຶບແບບແຜນທີ່ບັນທຶກໄວ້ “{pattern}” ບໍ? ແຖວຕາຕະລາງ ຫຼື ຄຳຮ້ອງຟ້ອງທີ່ອ້າງອີງມັນຈະບໍ່ສະແດງມັນອີກ.</translation>
    </message>
    <message>
        <source>Pattern not deleted</source>
        <translation>ແບບແຜນບໍ່ໄດ້ຖືກລຶບ</translation>
    </message>
    <message>
        <source>Pattern not saved</source>
        <translation>ແບບແຜນບໍ່ໄດ້ຖືກບັນທຶກ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The filter was not applied:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;ຕົວກັ່ນຕອງບໍ່ໄດ້ຖືກນຳໃຊ້:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>all cases of the casebook</source>
        <translation>ທຸກຄະດີຂອງປຶ້ມຄະດີ</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>ຄະດີນີ້</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} where {conditions}.</source>
        <translation>
            <numerusform>&lt;b&gt;%n ເຫດການ&lt;/b&gt; ຂອງ {scope} ທີ່ {conditions}.</numerusform>
            <numerusform>&lt;b&gt;%n ເຫດການ&lt;/b&gt; ຂອງ {scope} ທີ່ {conditions}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} (no filter).</source>
        <translation>
            <numerusform>&lt;b&gt;%n ເຫດການ&lt;/b&gt; ຂອງ {scope} (ບໍ່ມີຕົວກັ່ນຕອງ).</numerusform>
            <numerusform>&lt;b&gt;%n ເຫດການ&lt;/b&gt; ຂອງ {scope} (ບໍ່ມີຕົວກັ່ນຕອງ).</numerusform>
        </translation>
    </message>
    <message>
        <source>; and </source>
        <comment>joins the conditions of a filter</comment>
        <translation>; ແລະ </translation>
    </message>
    <message numerus="yes">
        <source>Lacking a bounded date: %n incidents. {treatment}</source>
        <translation>
            <numerusform>ບໍ່ມີວັນທີທີ່ມີຂອບເຂດ: %n ເຫດການ. {treatment}</numerusform>
            <numerusform>ບໍ່ມີວັນທີທີ່ມີຂອບເຂດ: %n ເຫດການ. {treatment}</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} Plotted by coordinates: {plotted}; without coordinates: {without}.</source>
        <translation>{what} ສະແດງຕາມພິກັດ: {plotted}; ບໍ່ມີພິກັດ: {without}.</translation>
    </message>
    <message>
        <source>{what} Incidents with no victim recorded: {count}.</source>
        <translation>{what} ເຫດການທີ່ບໍ່ໄດ້ບັນທຶກຜູ້ຖືກເຄາະຮ້າຍ: {count}.</translation>
    </message>
    <message>
        <source>{month}: certainly in the month</source>
        <translation>{month}: ແນ່ນອນວ່າຢູ່ໃນເດືອນນີ້</translation>
    </message>
    <message>
        <source>{title}: {count} — the records behind this count (press Enter or double-click to open):</source>
        <translation>{title}: {count} — ລາຍການທີ່ຢູ່ເບື້ອງຫຼັງຈຳນວນນີ້ (ກົດ Enter ຫຼື ຄລິກສອງເທື່ອເພື່ອເປີດ):</translation>
    </message>
    <message>
        <source>Person {name}</source>
        <translation>ບຸກຄົນ {name}</translation>
    </message>
    <message>
        <source>possibly in the month: Incident: {title}</source>
        <translation>ອາດຢູ່ໃນເດືອນນີ້: ເຫດການ: {title}</translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <translation>ເຫດການ: {title}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Show identity…</source>
        <translation>ສະແດງຕົວຕົນ…</translation>
    </message>
    <message>
        <source>Show protected identity</source>
        <translation>ສະແດງຕົວຕົນທີ່ປົກປ້ອງ</translation>
    </message>
    <message>
        <source>Opens the person&apos;s name and contact details</source>
        <translation>ເປີດຊື່ ແລະ ລາຍລະອຽດການຕິດຕໍ່ຂອງບຸກຄົນນັ້ນ</translation>
    </message>
    <message>
        <source>{pseudonym} ({roles})</source>
        <comment>a person: pseudonym and roles</comment>
        <translation>{pseudonym} ({roles})</translation>
    </message>
</context>
<context>
    <name>PointPlot</name>
    <message>
        <source>Incidents by coordinates</source>
        <translation>ເຫດການຕາມພິກັດ</translation>
    </message>
    <message>
        <source>No coordinates recorded</source>
        <translation>ບໍ່ໄດ້ບັນທຶກພິກັດ</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>ຕາມລະບົບ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ສີແຈ້ງ</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ສີມືດ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ບໍ່ເຄີຍ</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 ວິນາທີ</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 ນາທີ</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 ນາທີ</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> ນາທີ</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>ລັອກຫຼັງຈາກບໍ່ໃຊ້ງານ (ນາທີ)</translation>
    </message>
    <message>
        <source>Remember recently opened casebooks</source>
        <translation>ຈື່ປຶ້ມຄະດີທີ່ເປີດເມື່ອບໍ່ດົນມານີ້</translation>
    </message>
    <message>
        <source>Off by default: the list shows where casebooks are kept to anyone who opens Casebook on this computer.</source>
        <translation>ປິດໄວ້ເປັນຄ່າເລີ່ມຕົ້ນ: ລາຍການນີ້ສະແດງບ່ອນເກັບປຶ້ມຄະດີ ໃຫ້ທຸກຄົນທີ່ເປີດ Casebook ໃນຄອມພິວເຕີນີ້ເຫັນ.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>ຂະໜາດຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>ສີ</translation>
    </message>
    <message>
        <source>Clear a copied identity detail after</source>
        <translation>ລຶບລາຍລະອຽດຕົວຕົນທີ່ສຳເນົາໄວ້ຫຼັງຈາກ</translation>
    </message>
    <message>
        <source>Names and contacts copied from a protected identity are removed from the clipboard after this time. A clipboard manager may keep its own history.</source>
        <translation>ຊື່ ແລະ ການຕິດຕໍ່ທີ່ສຳເນົາຈາກຕົວຕົນທີ່ປົກປ້ອງ ຈະຖືກລຶບອອກຈາກຄລິບບອດຫຼັງຈາກເວລານີ້. ໂປຣແກຣມຈັດການຄລິບບອດອາດເກັບປະຫວັດຂອງມັນເອງໄວ້.</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>ພາສາຂອງໜ້າຈໍ</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ຄ່າເລີ່ມຕົ້ນຂອງລະບົບ</translation>
    </message>
    <message>
        <source>{endonym} ({english})</source>
        <translation>{endonym} ({english})</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts. Only languages whose translation is complete are listed; every translation is a draft that still needs review by a native speaker.</source>
        <translation>ພາສາໃໝ່ຈະໃຊ້ໄດ້ໃນຄັ້ງຕໍ່ໄປທີ່ Casebook ເລີ່ມຕົ້ນ. ມີແຕ່ພາສາທີ່ແປຄົບແລ້ວເທົ່ານັ້ນທີ່ສະແດງ; ທຸກການແປແມ່ນຮ່າງທີ່ຍັງຕ້ອງໃຫ້ເຈົ້າຂອງພາສາກວດທານ.</translation>
    </message>
    <message>
        <source>Lock the casebook after</source>
        <translation>ລັອກປຶ້ມຄະດີຫຼັງຈາກ</translation>
    </message>
    <message>
        <source>Clear a copied name or contact after</source>
        <translation>ລຶບຊື່ ຫຼື ການຕິດຕໍ່ທີ່ສຳເນົາໄວ້ຫຼັງຈາກ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ບັນທຶກທັງໝົດ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ແມ່ນ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ແມ່ນທັງໝົດ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ບໍ່ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ບໍ່ທັງໝົດ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ຍົກເລີກກາງຄັນ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ລອງໃໝ່</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ບໍ່ສົນໃຈ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ຖິ້ມ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ຕັ້ງຄືນໃໝ່</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ກູ້ຄືນຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>States and bodies the consent covers</source>
        <translation>ລັດ ແລະ ອົງການທີ່ການຍິນຍອມຄອບຄຸມ</translation>
    </message>
    <message>
        <source>State or body to add</source>
        <translation>ລັດ ຫຼື ອົງການທີ່ຈະເພີ່ມ</translation>
    </message>
    <message>
        <source>Type a state or body, e.g. Germany, IIMM</source>
        <translation>ພິມລັດ ຫຼື ອົງການ, ເຊັ່ນ: Germany, IIMM</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>ເພີ່ມ (&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ລຶບອອກ</translation>
    </message>
    <message>
        <source>Choose a state or body from the list.</source>
        <translation>ເລືອກລັດ ຫຼື ອົງການຈາກລາຍການ.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Not saved: {field}. The reason is shown beside it.</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ: {field}. ເຫດຜົນສະແດງຢູ່ຂ້າງມັນ.</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>victim</source>
        <translation>ຜູ້ຖືກເຄາະຮ້າຍ</translation>
    </message>
    <message>
        <source>survivor</source>
        <translation>ຜູ້ລອດຊີວິດ</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>ພະຍານ</translation>
    </message>
    <message>
        <source>alleged perpetrator</source>
        <translation>ຜູ້ຖືກກ່າວຫາ</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>ຜູ້ສຳພາດ</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>ຜູ້ຖືກເຄາະຮ້າຍ</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>ຜູ້ລອດຊີວິດ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>ພະຍານ</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>ຜູ້ຖືກກ່າວຫາ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>ຜູ້ສຳພາດ</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>ຮູບຖ່າຍ</translation>
    </message>
    <message>
        <source>video</source>
        <translation>ວິດີໂອ</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>ສຽງ</translation>
    </message>
    <message>
        <source>document</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>ວັດຖຸຕົວຈິງ</translation>
    </message>
    <message>
        <source>open source</source>
        <translation>ຂໍ້ມູນແຫຼ່ງເປີດ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the roles of a person</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Write down your recovery key</source>
        <translation>ຂຽນກະແຈກູ້ຄືນຂອງທ່ານໄວ້</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the casebook. Write it on paper and keep it apart from this computer. {note}</source>
        <translation>ຖ້າລືມວະລີລະຫັດ, ກະແຈນີ້ແມ່ນທາງດຽວທີ່ຈະເປີດປຶ້ມຄະດີ. ຂຽນມັນໃສ່ເຈ້ຍ ແລະ ເກັບໄວ້ຕ່າງຫາກຈາກຄອມພິວເຕີນີ້. {note}</translation>
    </message>
    <message>
        <source>It is shown only now.</source>
        <translation>ມັນສະແດງພຽງແຕ່ຕອນນີ້ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>ກະແຈກູ້ຄືນ</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>ຂ້ອຍໄດ້ຂຽນກະແຈກູ້ຄືນໄວ້ແລ້ວ</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>ສືບຕໍ່ (&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <source>Review done</source>
        <translation>ກວດທານແລ້ວ</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <comment>quoted text</comment>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>To review: this consent also named {names}, written before Casebook used its list of states and bodies. No state or body of the list matches, so no export uses it. Add the states or bodies the witness meant below, then press Review done.</source>
        <translation>ຕ້ອງກວດທານ: ການຍິນຍອມນີ້ຍັງລະບຸ {names} ນຳ, ເຊິ່ງຂຽນໄວ້ກ່ອນ Casebook ຈະໃຊ້ລາຍການລັດ ແລະ ອົງການຂອງມັນ. ບໍ່ມີລັດ ຫຼື ອົງການໃດໃນລາຍການທີ່ກົງກັນ, ສະນັ້ນບໍ່ມີການສົ່ງອອກໃດໃຊ້ມັນ. ເພີ່ມລັດ ຫຼື ອົງການທີ່ພະຍານໝາຍເຖິງຂ້າງລຸ່ມນີ້, ແລ້ວກົດ ກວດທານແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review of {reference}</source>
        <translation>ການກວດທານ {reference}</translation>
    </message>
    <message>
        <source>New review status</source>
        <translation>ສະຖານະການກວດທານໃໝ່</translation>
    </message>
    <message>
        <source>Set status (signed)</source>
        <translation>ຕັ້ງສະຖານະ (ລົງລາຍເຊັນ)</translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation>ປ່ຽນເປັນ:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Approve and sign off</source>
        <translation>ອະນຸມັດ ແລະ ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>ຄຳເຫັນການກວດທານ</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>ຄຳເຫັນໃໝ່</translation>
    </message>
    <message>
        <source>A comment for the documenter or the supervisor…</source>
        <translation>ຄຳເຫັນສຳລັບຜູ້ເກັບກຳຂໍ້ມູນ ຫຼື ຫົວໜ້າງານ…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>ເພີ່ມຄຳເຫັນ</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>ຄຳເຫັນ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted for review yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຍັງບໍ່ໄດ້ສົ່ງເພື່ອກວດທານ.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — set by {person}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; — ຕັ້ງໂດຍ {person}</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>ລາຍເຊັນຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>SIGNATURE INVALID</source>
        <translation>ລາຍເຊັນບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>the case is unchanged since</source>
        <translation>ຄະດີບໍ່ມີການປ່ຽນແປງນັບແຕ່ນັ້ນ</translation>
    </message>
    <message>
        <source>the case CHANGED after the approval; it needs a new review</source>
        <translation>ຄະດີມີການປ່ຽນແປງຫຼັງຈາກການອະນຸມັດ; ມັນຕ້ອງກວດທານໃໝ່</translation>
    </message>
    <message>
        <source>Signed off by {person} on {when} ({signature}; {content}).</source>
        <translation>ລົງລາຍເຊັນອະນຸມັດໂດຍ {person} ເມື່ອ {when} ({signature}; {content}).</translation>
    </message>
    <message>
        <source>{when} {author}: {where}{status} — not counted ({why})</source>
        <translation>{when} {author}: {where}{status} — ບໍ່ໄດ້ນັບ ({why})</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>ຍັງບໍ່ມີຄຳເຫັນ.</translation>
    </message>
    <message>
        <source>The review status was not changed</source>
        <translation>ສະຖານະການກວດທານບໍ່ໄດ້ຖືກປ່ຽນ</translation>
    </message>
    <message>
        <source>The comment was not added</source>
        <translation>ຄຳເຫັນບໍ່ໄດ້ຖືກເພີ່ມ</translation>
    </message>
</context>
<context>
    <name>SavePatternDialog</name>
    <message>
        <source>Save pattern</source>
        <translation>ບັນທຶກແບບແຜນ</translation>
    </message>
    <message>
        <source>Title of the pattern</source>
        <translation>ຫົວຂໍ້ຂອງແບບແຜນ</translation>
    </message>
    <message>
        <source>What the pattern shows, e.g. Deportations in Maungdaw</source>
        <translation>ແບບແຜນສະແດງຫຍັງ, ເຊັ່ນ: ການເນລະເທດໃນ Maungdaw</translation>
    </message>
    <message>
        <source>Contextual element it is cited for</source>
        <translation>ອົງປະກອບບໍລິບົດທີ່ມັນຖືກອ້າງອີງ</translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation>(ບໍ່ໄດ້ອ້າງອີງ)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ຫົວຂໍ້:</translation>
    </message>
    <message>
        <source>Cite for:</source>
        <translation>ອ້າງອີງສຳລັບ:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Testimony passages</source>
        <translation>ຕອນຂໍ້ຄວາມຂອງຄຳໃຫ້ການ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ເຫດການ</translation>
    </message>
    <message>
        <source>Search the casebook</source>
        <translation>ຄົ້ນຫາໃນປຶ້ມຄະດີ</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents (any script)</source>
        <translation>ຄົ້ນຫາຄຳໃຫ້ການ, ຫຼັກຖານ ແລະ ເຫດການ (ຕົວອັກສອນໃດກໍໄດ້)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ຄົ້ນຫາ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ຜົນ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ບ່ອນໃດ</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>ຜົນການຄົ້ນຫາ</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <comment>a group of search results and its size</comment>
        <translation>{group} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n ຜົນ</numerusform>
            <numerusform>%n ຜົນ</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>ບໍ່ພົບ.</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <source>Complainants</source>
        <translation>ຜູ້ຮ້ອງຟ້ອງ</translation>
    </message>
    <message>
        <source>Counsel and signature</source>
        <translation>ທະນາຍຄວາມ ແລະ ລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>ສະຫຼຸບຂໍ້ເທັດຈິງ</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>ເຂດອຳນາດ</translation>
    </message>
    <message>
        <source>Reasons to act</source>
        <translation>ເຫດຜົນທີ່ຕ້ອງດຳເນີນການ</translation>
    </message>
    <message>
        <source>Other jurisdictions and mechanisms</source>
        <translation>ເຂດອຳນາດ ແລະ ກົນໄກອື່ນ</translation>
    </message>
    <message>
        <source>Requested investigative measures</source>
        <translation>ມາດຕະການສືບສວນທີ່ຮ້ອງຂໍ</translation>
    </message>
    <message>
        <source>Closing requests</source>
        <translation>ຄຳຮ້ອງຂໍສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>Who files the complaint: organisations or persons, with their standing.</source>
        <translation>ໃຜເປັນຜູ້ຍື່ນຄຳຮ້ອງຟ້ອງ: ອົງການ ຫຼື ບຸກຄົນ, ພ້ອມສິດໃນການຮ້ອງຟ້ອງຂອງເຂົາເຈົ້າ.</translation>
    </message>
    <message>
        <source>Counsel for the complainants, the address for replies, the signature block.</source>
        <translation>ທະນາຍຄວາມຂອງຜູ້ຮ້ອງຟ້ອງ, ທີ່ຢູ່ສຳລັບການຕອບກັບ, ສ່ວນລາຍເຊັນ.</translation>
    </message>
    <message>
        <source>What happened, in short, citing the facts: Cite… inserts a reference.</source>
        <translation>ເກີດຫຍັງຂຶ້ນ, ໂດຍຫຍໍ້, ອ້າງອີງຂໍ້ເທັດຈິງ: ອ້າງອີງ… ຈະແຊກການອ້າງອີງ.</translation>
    </message>
    <message>
        <source>Why this forum may prosecute (for Germany: § 1 VStGB).</source>
        <translation>ເປັນຫຍັງສານນີ້ຈຶ່ງສາມາດດຳເນີນຄະດີໄດ້ (ສຳລັບເຢຍລະມັນ: § 1 VStGB).</translation>
    </message>
    <message>
        <source>Why the prosecutor should act now (for Germany, the questions of § 153f StPO: suspects, victims or evidence present or expected in Germany).</source>
        <translation>ເປັນຫຍັງໄອຍະການຄວນດຳເນີນການດຽວນີ້ (ສຳລັບເຢຍລະມັນ, ຄຳຖາມຂອງ § 153f StPO: ຜູ້ຖືກສົງໄສ, ຜູ້ຖືກເຄາະຮ້າຍ ຫຼື ຫຼັກຖານທີ່ຢູ່ ຫຼື ຄາດວ່າຈະຢູ່ໃນເຢຍລະມັນ).</translation>
    </message>
    <message>
        <source>Other states, courts and mechanisms already seized of the situation.</source>
        <translation>ລັດ, ສານ ແລະ ກົນໄກອື່ນທີ່ໄດ້ຮັບເລື່ອງສະຖານະການນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>The investigative steps requested (hearing witnesses, securing evidence, …).</source>
        <translation>ຂັ້ນຕອນການສືບສວນທີ່ຮ້ອງຂໍ (ສອບຖາມພະຍານ, ຮັກສາຫຼັກຖານ, …).</translation>
    </message>
    <message>
        <source>What is asked: to open proceedings, to be informed of the decision.</source>
        <translation>ສິ່ງທີ່ຮ້ອງຂໍ: ໃຫ້ເປີດການດຳເນີນຄະດີ, ໃຫ້ແຈ້ງຜົນການຕັດສິນ.</translation>
    </message>
    <message>
        <source>The legal argument for the whole charge: crime, context, liability.</source>
        <translation>ຂໍ້ໂຕ້ແຍ່ງທາງກົດໝາຍສຳລັບຂໍ້ກ່າວຫາທັງໝົດ: ອາຊະຍາກຳ, ບໍລິບົດ, ຄວາມຮັບຜິດຊອບ.</translation>
    </message>
    <message>
        <source>Why this element is met, and by which material (Cite… to refer to it).</source>
        <translation>ເປັນຫຍັງອົງປະກອບນີ້ຈຶ່ງຄົບ, ແລະ ດ້ວຍຂໍ້ມູນໃດ (ອ້າງອີງ… ເພື່ອອ້າງເຖິງມັນ).</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>ຕອນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>ວັດຖຸພະຍານ</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ເຫດການ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>ຄຳໃຫ້ການ</translation>
    </message>
    <message>
        <source>Complaint sections — {reference}</source>
        <translation>ພາກສ່ວນຂອງຄຳຮ້ອງຟ້ອງ — {reference}</translation>
    </message>
    <message>
        <source>Sections of the complaint</source>
        <translation>ພາກສ່ວນຂອງຄຳຮ້ອງຟ້ອງ</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>ເນື້ອຫາຂອງພາກສ່ວນ</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>ອ້າງອີງ…</translation>
    </message>
    <message>
        <source>Insert a reference to a passage, exhibit, incident or person</source>
        <translation>ແຊກການອ້າງອີງເຖິງຕອນຂໍ້ຄວາມ, ວັດຖຸພະຍານ, ເຫດການ ຫຼື ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save this section as a new version (Ctrl+S)</source>
        <translation>ບັນທຶກພາກສ່ວນນີ້ເປັນສະບັບໃໝ່ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Legal argument: {crime} {title}</source>
        <translation>ຂໍ້ໂຕ້ແຍ່ງທາງກົດໝາຍ: {crime} {title}</translation>
    </message>
    <message>
        <source>{section} (written)</source>
        <translation>{section} (ຂຽນແລ້ວ)</translation>
    </message>
    <message>
        <source>{section} (nothing written yet)</source>
        <translation>{section} (ຍັງບໍ່ໄດ້ຂຽນ)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Saved, version {version}</source>
        <translation>ບັນທຶກແລ້ວ, ສະບັບ {version}</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>ຍັງບໍ່ໄດ້ຂຽນຫຍັງ</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %n citation(s) name nothing of this case (hover for which)</source>
        <translation>
            <numerusform>{status} · ການອ້າງອີງ %n ລາຍການບໍ່ໄດ້ຊີ້ເຖິງສິ່ງໃດໃນຄະດີນີ້ (ວາງເມົ້າເພື່ອເບິ່ງວ່າອັນໃດ)</numerusform>
            <numerusform>{status} · ການອ້າງອີງ %n ລາຍການບໍ່ໄດ້ຊີ້ເຖິງສິ່ງໃດໃນຄະດີນີ້ (ວາງເມົ້າເພື່ອເບິ່ງວ່າອັນໃດ)</numerusform>
        </translation>
    </message>
    <message>
        <source>The section was not saved</source>
        <translation>ພາກສ່ວນບໍ່ໄດ້ຖືກບັນທຶກ</translation>
    </message>
    <message>
        <source>Complaint &amp;sections…</source>
        <translation>ພາກສ່ວນຂອງຄຳຮ້ອງຟ້ອງ (&amp;S)…</translation>
    </message>
    <message>
        <source>Write the complaint&apos;s own sections and arguments (Ctrl+Shift+A)</source>
        <translation>ຂຽນພາກສ່ວນ ແລະ ຂໍ້ໂຕ້ແຍ່ງຂອງຄຳຮ້ອງຟ້ອງເອງ (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <source>Add paragraph</source>
        <translation>ເພີ່ມວັກ</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>ແກ້ໄຂຄຳໃຫ້ການ</translation>
    </message>
    <message>
        <source>Edit paragraph {n}</source>
        <translation>ແກ້ໄຂວັກ {n}</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>ລຶບວັກ {n}</translation>
    </message>
    <message>
        <source>Move paragraph {n}</source>
        <translation>ຍ້າຍວັກ {n}</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Testimony and evidence, kept in an encrypted folder on this computer. Open a casebook you have, or create a new one.</source>
        <translation>ຄຳໃຫ້ການ ແລະ ຫຼັກຖານ, ເກັບໄວ້ໃນໂຟນເດີທີ່ເຂົ້າລະຫັດໃນຄອມພິວເຕີນີ້. ເປີດປຶ້ມຄະດີທີ່ທ່ານມີ, ຫຼື ສ້າງອັນໃໝ່.</translation>
    </message>
    <message>
        <source>&amp;Open a casebook…</source>
        <translation>ເປີດປຶ້ມຄະດີ (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a casebook folder</source>
        <translation>ເປີດໂຟນເດີປຶ້ມຄະດີ</translation>
    </message>
    <message>
        <source>&amp;Create a new casebook…</source>
        <translation>ສ້າງປຶ້ມຄະດີໃໝ່ (&amp;C)…</translation>
    </message>
    <message>
        <source>Create a new casebook</source>
        <translation>ສ້າງປຶ້ມຄະດີໃໝ່</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ການຕັ້ງຄ່າ (&amp;P)…</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>ເປີດເມື່ອບໍ່ດົນມານີ້:</translation>
    </message>
    <message>
        <source>Recently opened casebooks</source>
        <translation>ປຶ້ມຄະດີທີ່ເປີດເມື່ອບໍ່ດົນມານີ້</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>ອ່ອນຫຼາຍ</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ອ່ອນ</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ພໍໃຊ້</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>ແຂງແຮງ</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>ແຂງແຮງຫຼາຍ</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>ຄວາມແຂງແຮງຂອງວະລີລະຫັດ</translation>
    </message>
    <message>
        <source>No passphrase yet</source>
        <translation>ຍັງບໍ່ມີວະລີລະຫັດ</translation>
    </message>
    <message>
        <source>Strength: {label}</source>
        <translation>ຄວາມແຂງແຮງ: {label}</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>ໃຊ້ຢ່າງໜ້ອຍ {count} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>Good. Keep it somewhere only you can find it.</source>
        <translation>ດີ. ເກັບມັນໄວ້ບ່ອນທີ່ມີແຕ່ທ່ານເທົ່ານັ້ນທີ່ຊອກພົບ.</translation>
    </message>
    <message>
        <source>Several unrelated words are easy to type and hard to guess.</source>
        <translation>ຫຼາຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນ ພິມງ່າຍ ແລະ ເດົາຍາກ.</translation>
    </message>
</context>
<context>
    <name>SupervisorAccessDialog</name>
    <message>
        <source>A supervisor with a key slot can open this casebook folder with their own key, without your passphrase — for example to recover your work if you lose the passphrase, or to review it on this computer. Only verified supervisors can be given a slot. Remove a slot when the supervisor should no longer have that access.</source>
        <translation>ຫົວໜ້າງານທີ່ມີບ່ອນກະແຈ ສາມາດເປີດໂຟນເດີປຶ້ມຄະດີນີ້ດ້ວຍກະແຈຂອງເຂົາເຈົ້າເອງ, ໂດຍບໍ່ຕ້ອງໃຊ້ວະລີລະຫັດຂອງທ່ານ — ຕົວຢ່າງ ເພື່ອກູ້ຄືນວຽກຂອງທ່ານ ຖ້າທ່ານລືມວະລີລະຫັດ, ຫຼື ເພື່ອກວດທານມັນໃນຄອມພິວເຕີນີ້. ມີແຕ່ຫົວໜ້າງານທີ່ຢັ້ງຢືນແລ້ວເທົ່ານັ້ນທີ່ໄດ້ຮັບບ່ອນກະແຈ. ລຶບບ່ອນກະແຈອອກເມື່ອຫົວໜ້າງານບໍ່ຄວນມີສິດເຂົ້າເຖິງນັ້ນອີກ.</translation>
    </message>
    <message>
        <source>Supervisor access</source>
        <translation>ການເຂົ້າເຖິງຂອງຫົວໜ້າງານ</translation>
    </message>
    <message>
        <source>Supervisors who can open this casebook</source>
        <translation>ຫົວໜ້າງານທີ່ສາມາດເປີດປຶ້ມຄະດີນີ້</translation>
    </message>
    <message>
        <source>Remove access…</source>
        <translation>ລຶບສິດເຂົ້າເຖິງ…</translation>
    </message>
    <message>
        <source>Verified supervisor</source>
        <translation>ຫົວໜ້າງານທີ່ຢັ້ງຢືນແລ້ວ</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>ໃຫ້ສິດເຂົ້າເຖິງ</translation>
    </message>
    <message>
        <source>Verified supervisor:</source>
        <translation>ຫົວໜ້າງານທີ່ຢັ້ງຢືນແລ້ວ:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>{supervisor} — since {since}</source>
        <translation>{supervisor} — ນັບແຕ່ {since}</translation>
    </message>
    <message>
        <source>No supervisor can open this casebook.</source>
        <translation>ບໍ່ມີຫົວໜ້າງານໃດສາມາດເປີດປຶ້ມຄະດີນີ້.</translation>
    </message>
    <message>
        <source>No verified supervisor (see Exchange ▸ Identities…)</source>
        <translation>ບໍ່ມີຫົວໜ້າງານທີ່ຢັ້ງຢືນແລ້ວ (ເບິ່ງ ແລກປ່ຽນ ▸ ຕົວຕົນ…)</translation>
    </message>
    <message>
        <source>Access was not given</source>
        <translation>ບໍ່ໄດ້ໃຫ້ສິດເຂົ້າເຖິງ</translation>
    </message>
    <message>
        <source>{supervisor} can now open this casebook with their own key.</source>
        <translation>{supervisor} ສາມາດເປີດປຶ້ມຄະດີນີ້ດ້ວຍກະແຈຂອງເຂົາເຈົ້າເອງແລ້ວ.</translation>
    </message>
    <message>
        <source>Remove supervisor access</source>
        <translation>ລຶບສິດເຂົ້າເຖິງຂອງຫົວໜ້າງານ</translation>
    </message>
    <message>
        <source>{supervisor}

This supervisor will no longer be able to open this casebook with their key.</source>
        <translation>{supervisor}

ຫົວໜ້າງານຄົນນີ້ຈະບໍ່ສາມາດເປີດປຶ້ມຄະດີນີ້ດ້ວຍກະແຈຂອງເຂົາເຈົ້າໄດ້ອີກ.</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>ລຶບສິດເຂົ້າເຖິງ</translation>
    </message>
    <message>
        <source>Access was not removed</source>
        <translation>ສິດເຂົ້າເຖິງບໍ່ໄດ້ຖືກລຶບ</translation>
    </message>
    <message>
        <source>The key slot was removed.</source>
        <translation>ບ່ອນກະແຈຖືກລຶບແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>(not graded)</source>
        <translation>(ຍັງບໍ່ໄດ້ໃຫ້ລະດັບ)</translation>
    </message>
    <message>
        <source>Direct — proves the element itself</source>
        <translation>ໂດຍກົງ — ພິສູດອົງປະກອບນັ້ນເອງ</translation>
    </message>
    <message>
        <source>Circumstantial — the element can be inferred from it</source>
        <translation>ທາງອ້ອມ — ສາມາດອະນຸມານອົງປະກອບຈາກມັນໄດ້</translation>
    </message>
    <message>
        <source>Corroborating — confirms other material</source>
        <translation>ຢືນຢັນເພີ່ມ — ຢືນຢັນຂໍ້ມູນອື່ນ</translation>
    </message>
    <message>
        <source>Contradicting — speaks against the element</source>
        <translation>ຂັດແຍ່ງ — ໂຕ້ແຍ່ງອົງປະກອບນັ້ນ</translation>
    </message>
    <message numerus="yes">
        <source>The tag was saved. This material now both supports and contradicts {element} (%n conflict(s)). The coverage matrix shows the element as contested until someone resolves it: check both tags and remove the one that is wrong.</source>
        <translation>
            <numerusform>ບັນທຶກປ້າຍແລ້ວ. ຂໍ້ມູນນີ້ຕອນນີ້ທັງສະໜັບສະໜູນ ແລະ ຂັດແຍ່ງ {element} (ຂໍ້ຂັດແຍ່ງ %n ລາຍການ). ຕາຕະລາງຄວາມຄອບຄຸມຈະສະແດງອົງປະກອບນັ້ນວ່າມີຂໍ້ໂຕ້ແຍ່ງ ຈົນກວ່າຈະມີຄົນແກ້ໄຂ: ກວດທັງສອງປ້າຍ ແລະ ລຶບອັນທີ່ຜິດອອກ.</numerusform>
            <numerusform>ບັນທຶກປ້າຍແລ້ວ. ຂໍ້ມູນນີ້ຕອນນີ້ທັງສະໜັບສະໜູນ ແລະ ຂັດແຍ່ງ {element} (ຂໍ້ຂັດແຍ່ງ %n ລາຍການ). ຕາຕະລາງຄວາມຄອບຄຸມຈະສະແດງອົງປະກອບນັ້ນວ່າມີຂໍ້ໂຕ້ແຍ່ງ ຈົນກວ່າຈະມີຄົນແກ້ໄຂ: ກວດທັງສອງປ້າຍ ແລະ ລຶບອັນທີ່ຜິດອອກ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {material}</source>
        <translation>ຕິດປ້າຍ {material}</translation>
    </message>
    <message>
        <source>No element chosen yet: pick a crime, then one of its elements.</source>
        <translation>ຍັງບໍ່ໄດ້ເລືອກອົງປະກອບ: ເລືອກອາຊະຍາກຳ, ແລ້ວເລືອກອົງປະກອບໜຶ່ງຂອງມັນ.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>ການສະໜັບສະໜູນ</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>ຄວາມໜ້າເຊື່ອຖືຂອງແຫຼ່ງ</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>ຄວາມໜ້າເຊື່ອຂອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>ຜູ້ຖືກກ່າວຫາ</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(ບໍ່ແມ່ນຜູ້ໃດໂດຍສະເພາະ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>why this material bears on the element (optional)</source>
        <translation>ເປັນຫຍັງຂໍ້ມູນນີ້ກ່ຽວຂ້ອງກັບອົງປະກອບນັ້ນ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>ອົງປະກອບ:</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>ການສະໜັບສະໜູນ:</translation>
    </message>
    <message>
        <source>Source reliability:</source>
        <translation>ຄວາມໜ້າເຊື່ອຖືຂອງແຫຼ່ງ:</translation>
    </message>
    <message>
        <source>Information credibility:</source>
        <translation>ຄວາມໜ້າເຊື່ອຂອງຂໍ້ມູນ:</translation>
    </message>
    <message>
        <source>Alleged perpetrator:</source>
        <translation>ຜູ້ຖືກກ່າວຫາ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ໝາຍເຫດ:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>ເພີ່ມປ້າຍ</translation>
    </message>
    <message>
        <source>Choose an element of a crime first.</source>
        <translation>ເລືອກອົງປະກອບຂອງອາຊະຍາກຳກ່ອນ.</translation>
    </message>
    <message>
        <source>The tag was not added</source>
        <translation>ປ້າຍບໍ່ໄດ້ຖືກເພີ່ມ</translation>
    </message>
    <message>
        <source>Material for and against</source>
        <translation>ຂໍ້ມູນສະໜັບສະໜູນ ແລະ ຄັດຄ້ານ</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>ປ້າຍ</translation>
    </message>
    <message>
        <source>Tags of this record</source>
        <translation>ປ້າຍຂອງລາຍການນີ້</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>ລຶບປ້າຍ</translation>
    </message>
    <message>
        <source>Tags ({count})</source>
        <translation>ປ້າຍ ({count})</translation>
    </message>
    <message>
        <source>Remove this tag?</source>
        <translation>ລຶບປ້າຍນີ້ບໍ?</translation>
    </message>
    <message>
        <source>{tag}

The removal is recorded in the audit log.</source>
        <translation>{tag}

ການລຶບຈະຖືກບັນທຶກໄວ້ໃນບັນທຶກການກວດສອບ.</translation>
    </message>
</context>
<context>
    <name>TaxonomyBrowser</name>
    <message>
        <source>Article 6 — genocide</source>
        <translation>ມາດຕາ 6 — ການຂ້າລ້າງເຜົ່າພັນ</translation>
    </message>
    <message>
        <source>Article 7 — crimes against humanity</source>
        <translation>ມາດຕາ 7 — ອາຊະຍາກຳຕໍ່ມະນຸດຊາດ</translation>
    </message>
    <message>
        <source>Article 8 — war crimes</source>
        <translation>ມາດຕາ 8 — ອາຊະຍາກຳສົງຄາມ</translation>
    </message>
    <message>
        <source>Article 8 bis — aggression</source>
        <translation>ມາດຕາ 8 bis — ການຮຸກຮານ</translation>
    </message>
    <message>
        <source>IAC</source>
        <translation>IAC</translation>
    </message>
    <message>
        <source>NIAC</source>
        <translation>NIAC</translation>
    </message>
    <message>
        <source>⚠ unverified</source>
        <translation>⚠ ຍັງບໍ່ໄດ້ຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>no elements yet</source>
        <translation>ຍັງບໍ່ມີອົງປະກອບ</translation>
    </message>
    <message>
        <source>Search crimes by words or id (rape, forcible transfer)</source>
        <translation>ຄົ້ນຫາອາຊະຍາກຳຕາມຄຳ ຫຼື id (rape, forcible transfer)</translation>
    </message>
    <message>
        <source>Search crimes</source>
        <translation>ຄົ້ນຫາອາຊະຍາກຳ</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>ມາດຕາ</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>ທຸກມາດຕາ</translation>
    </message>
    <message>
        <source>Conflict type</source>
        <translation>ປະເພດການຂັດແຍ່ງ</translation>
    </message>
    <message>
        <source>Any conflict type</source>
        <translation>ການຂັດແຍ່ງທຸກປະເພດ</translation>
    </message>
    <message>
        <source>International armed conflict (IAC)</source>
        <translation>ການຂັດແຍ່ງດ້ວຍອາວຸດລະຫວ່າງປະເທດ (IAC)</translation>
    </message>
    <message>
        <source>Non-international armed conflict (NIAC)</source>
        <translation>ການຂັດແຍ່ງດ້ວຍອາວຸດທີ່ບໍ່ແມ່ນລະຫວ່າງປະເທດ (NIAC)</translation>
    </message>
    <message>
        <source>Crimes by article</source>
        <translation>ອາຊະຍາກຳຕາມມາດຕາ</translation>
    </message>
    <message>
        <source>Elements of the chosen crime</source>
        <translation>ອົງປະກອບຂອງອາຊະຍາກຳທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>ມາດຕາ {number}</translation>
    </message>
    <message>
        <source>Choose a crime to see its elements.</source>
        <translation>ເລືອກອາຊະຍາກຳເພື່ອເບິ່ງອົງປະກອບຂອງມັນ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}).</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}). Its text is not yet verified against the source.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}). ເນື້ອຫາຂອງມັນຍັງບໍ່ໄດ້ຢັ້ງຢືນກັບແຫຼ່ງທີ່ມາ.</translation>
    </message>
    <message>
        <source>{number}. {text}  [context]</source>
        <translation>{number}. {text}  [ບໍລິບົດ]</translation>
    </message>
    <message>
        <source>{id} — contextual element, shared by every crime of this kind</source>
        <translation>{id} — ອົງປະກອບບໍລິບົດ, ໃຊ້ຮ່ວມກັນໂດຍທຸກອາຊະຍາກຳປະເພດນີ້</translation>
    </message>
    <message>
        <source>No elements in this taxonomy yet.</source>
        <translation>ຍັງບໍ່ມີອົງປະກອບໃນການຈັດໝວດນີ້.</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>optional; the witness&apos;s pseudonym is used</source>
        <translation>ບໍ່ບັງຄັບ; ຈະໃຊ້ນາມແຝງຂອງພະຍານ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ບໍ່ໄດ້ກຳນົດ)</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>ໃຫ້ການເມື່ອ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>ນາຍແປພາສາ</translation>
    </message>
    <message>
        <source>Make a correction (new version)</source>
        <translation>ແກ້ໄຂ (ສະບັບໃໝ່)</translation>
    </message>
    <message>
        <source>Witness (pseudonym)</source>
        <translation>ພະຍານ (ນາມແຝງ)</translation>
    </message>
    <message>
        <source>Show identity…</source>
        <translation>ສະແດງຕົວຕົນ…</translation>
    </message>
    <message>
        <source>Show the witness&apos;s protected identity</source>
        <translation>ສະແດງຕົວຕົນທີ່ປົກປ້ອງຂອງພະຍານ</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>ຜູ້ສຳພາດ</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>ພະຍານ:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>ຜູ້ສຳພາດ:</translation>
    </message>
    <message>
        <source>Tag passage…</source>
        <translation>ຕິດປ້າຍຕອນຂໍ້ຄວາມ…</translation>
    </message>
    <message>
        <source>Tag the paragraph you were in; select words first to tag only those</source>
        <translation>ຕິດປ້າຍວັກທີ່ທ່ານຢູ່; ເລືອກຄຳກ່ອນ ເພື່ອຕິດປ້າຍສະເພາະຄຳເຫຼົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>Versions of this statement</source>
        <translation>ສະບັບຂອງຄຳໃຫ້ການນີ້</translation>
    </message>
    <message>
        <source>Seal this statement…</source>
        <translation>ປິດຜະນຶກຄຳໃຫ້ການນີ້…</translation>
    </message>
    <message>
        <source>Every version stays readable. Activate one to open it (read-only if sealed).</source>
        <translation>ທຸກສະບັບຍັງອ່ານໄດ້. ເປີດອັນໜຶ່ງເພື່ອເບິ່ງມັນ (ອ່ານຢ່າງດຽວ ຖ້າປິດຜະນຶກແລ້ວ).</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>ຄຳໃຫ້ການ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>ລາຍລະອຽດ (&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>ການຍິນຍອມ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>ສະບັບ (&amp;V)</translation>
    </message>
    <message>
        <source>Do&amp;cumentation</source>
        <translation>ບັນທຶກການສຳພາດ (&amp;C)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>an unknown witness</comment>
        <translation>ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>Testimony of {witness}</source>
        <translation>ຄຳໃຫ້ການຂອງ {witness}</translation>
    </message>
    <message>
        <source>{title} — version {version}</source>
        <translation>{title} — ສະບັບ {version}</translation>
    </message>
    <message>
        <source>This statement was sealed on {date} and cannot be changed. A correction is made as a new version; this one stays as it was.</source>
        <translation>ຄຳໃຫ້ການນີ້ຖືກປິດຜະນຶກເມື່ອ {date} ແລະ ບໍ່ສາມາດປ່ຽນແປງໄດ້. ການແກ້ໄຂແມ່ນເຮັດເປັນສະບັບໃໝ່; ສະບັບນີ້ຍັງຄືເດີມ.</translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>ວັກ {number}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode; the original is kept ({paragraphs}).</source>
        <translation>ປ່ຽນຈາກ Zawgyi ເປັນ Unicode; ຕົ້ນສະບັບຍັງເກັບໄວ້ ({paragraphs}).</translation>
    </message>
    <message>
        <source>Version {version} · sealed · {created}</source>
        <translation>ສະບັບ {version} · ປິດຜະນຶກແລ້ວ · {created}</translation>
    </message>
    <message>
        <source>Version {version} · draft · {created}</source>
        <translation>ສະບັບ {version} · ຮ່າງ · {created}</translation>
    </message>
    <message>
        <source>{line}  ← shown</source>
        <comment>the version shown now</comment>
        <translation>{line}  ← ກຳລັງສະແດງ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <source>{pseudonym} ({roles})</source>
        <comment>a person: pseudonym and roles</comment>
        <translation>{pseudonym} ({roles})</translation>
    </message>
    <message>
        <source>Click in the paragraph to tag first (select words to tag only those).</source>
        <translation>ຄລິກໃນວັກທີ່ຈະຕິດປ້າຍກ່ອນ (ເລືອກຄຳເພື່ອຕິດປ້າຍສະເພາະຄຳເຫຼົ່ານັ້ນ).</translation>
    </message>
    <message>
        <source>para. {number}, characters {start}–{end}: “{words}”</source>
        <translation>ວັກ {number}, ຕົວອັກສອນ {start}–{end}: “{words}”</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph {number} has %n tag(s) linking it to elements of crimes. Without their words the tags below are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them; Undo brings back the text, and the tags are in force again on it.</source>
        <translation>
            <numerusform>ວັກ {number} ມີ %n ປ້າຍ ທີ່ເຊື່ອມມັນກັບອົງປະກອບຂອງອາຊະຍາກຳ. ເມື່ອບໍ່ມີຄຳຂອງມັນ, ປ້າຍຂ້າງລຸ່ມນີ້ຈະຖືກເກັບໄວ້, ໝາຍວ່າຕ້ອງກວດທານ, ແລະ ບໍ່ຖືກນັບໃນຕາຕະລາງຄວາມຄອບຄຸມ ຈົນກວ່າຈະມີຄົນຕິດປ້າຍໃໝ່ ຫຼື ລຶບມັນອອກ; ຍົກເລີກການກະທຳ ຈະນຳຂໍ້ຄວາມກັບຄືນ, ແລະ ປ້າຍຈະມີຜົນໃຊ້ກັບມັນອີກ.</numerusform>
            <numerusform>ວັກ {number} ມີ %n ປ້າຍ ທີ່ເຊື່ອມມັນກັບອົງປະກອບຂອງອາຊະຍາກຳ. ເມື່ອບໍ່ມີຄຳຂອງມັນ, ປ້າຍຂ້າງລຸ່ມນີ້ຈະຖືກເກັບໄວ້, ໝາຍວ່າຕ້ອງກວດທານ, ແລະ ບໍ່ຖືກນັບໃນຕາຕະລາງຄວາມຄອບຄຸມ ຈົນກວ່າຈະມີຄົນຕິດປ້າຍໃໝ່ ຫຼື ລຶບມັນອອກ; ຍົກເລີກການກະທຳ ຈະນຳຂໍ້ຄວາມກັບຄືນ, ແລະ ປ້າຍຈະມີຜົນໃຊ້ກັບມັນອີກ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the paragraph (%n tag(s) to review)</source>
        <translation>
            <numerusform>ລຶບວັກ (%n ປ້າຍທີ່ຕ້ອງກວດທານ)</numerusform>
            <numerusform>ລຶບວັກ (%n ປ້າຍທີ່ຕ້ອງກວດທານ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a tagged paragraph?</source>
        <translation>ລຶບວັກທີ່ມີປ້າຍບໍ?</translation>
    </message>
    <message numerus="yes">
        <source>Make the change (%n tag(s) to review)</source>
        <translation>
            <numerusform>ປ່ຽນແປງ (%n ປ້າຍທີ່ຕ້ອງກວດທານ)</numerusform>
            <numerusform>ປ່ຽນແປງ (%n ປ້າຍທີ່ຕ້ອງກວດທານ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change tagged words?</source>
        <translation>ປ່ຽນຄຳທີ່ມີປ້າຍບໍ?</translation>
    </message>
    <message>
        <source>This change takes away or alters words that tags rest on. The tags are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them:</source>
        <translation>ການປ່ຽນແປງນີ້ລຶບ ຫຼື ແກ້ໄຂຄຳທີ່ປ້າຍອີງໃສ່. ປ້າຍຈະຖືກເກັບໄວ້, ໝາຍວ່າຕ້ອງກວດທານ, ແລະ ບໍ່ຖືກນັບໃນຕາຕະລາງຄວາມຄອບຄຸມ ຈົນກວ່າຈະມີຄົນຕິດປ້າຍໃໝ່ ຫຼື ລຶບມັນອອກ:</translation>
    </message>
    <message>
        <source>Seal this statement?</source>
        <translation>ປິດຜະນຶກຄຳໃຫ້ການນີ້ບໍ?</translation>
    </message>
    <message>
        <source>A sealed statement cannot be changed; corrections become new versions. Seal it once the witness has confirmed it.</source>
        <translation>ຄຳໃຫ້ການທີ່ປິດຜະນຶກແລ້ວບໍ່ສາມາດປ່ຽນແປງໄດ້; ການແກ້ໄຂຈະກາຍເປັນສະບັບໃໝ່. ປິດຜະນຶກມັນເມື່ອພະຍານໄດ້ຢືນຢັນແລ້ວ.</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>ປິດຜະນຶກ</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>ລຳດັບເວລາ</translation>
    </message>
    <message>
        <source>● a known day  ·  ▬ a span: the incident happened at some time within it (range, month, year or approximate date); the label says how it is known.</source>
        <translation>● ມື້ທີ່ຮູ້ແນ່ນອນ  ·  ▬ ໄລຍະ: ເຫດການເກີດຂຶ້ນໃນເວລາໃດໜຶ່ງພາຍໃນນັ້ນ (ໄລຍະ, ເດືອນ, ປີ ຫຼື ວັນທີໂດຍປະມານ); ຂໍ້ຄວາມກຳກັບບອກວ່າຮູ້ໄດ້ແນວໃດ.</translation>
    </message>
    <message>
        <source>Timeline of the incidents</source>
        <translation>ລຳດັບເວລາຂອງເຫດການ</translation>
    </message>
    <message>
        <source>Incidents without a date</source>
        <translation>ເຫດການທີ່ບໍ່ມີວັນທີ</translation>
    </message>
    <message>
        <source>Undated (not on the axis):</source>
        <translation>ບໍ່ມີວັນທີ (ບໍ່ຢູ່ໃນແກນ):</translation>
    </message>
    <message>
        <source>No incident has a date yet.</source>
        <translation>ຍັງບໍ່ມີເຫດການໃດມີວັນທີ.</translation>
    </message>
    <message>
        <source>the stored date is not a calendar date</source>
        <translation>ວັນທີທີ່ເກັບໄວ້ບໍ່ແມ່ນວັນທີທີ່ມີໃນປະຕິທິນ</translation>
    </message>
</context>
<context>
    <name>UncertainDate</name>
    <message>
        <source>On a known day</source>
        <translation>ໃນມື້ທີ່ຮູ້ແນ່ນອນ</translation>
    </message>
    <message>
        <source>Around a day (approximate)</source>
        <translation>ປະມານມື້ໜຶ່ງ (ໂດຍປະມານ)</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>ລະຫວ່າງສອງວັນທີ</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>ຮູ້ແຕ່ເດືອນ</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>ຮູ້ແຕ່ປີ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>ວັນທີ:</translation>
    </message>
    <message>
        <source>Around:</source>
        <translation>ປະມານ:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>ຈາກ:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>ເດືອນ:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>ປີ:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>ວັນທີ:</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock casebook</source>
        <translation>ປົດລັອກປຶ້ມຄະດີ</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດ</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>ກະແຈກູ້ຄືນ</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>ໃຊ້ກະແຈກູ້ຄືນແທນ</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>ວະລີລະຫັດ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>ກະແຈກູ້ຄືນ (&amp;R):</translation>
    </message>
    <message>
        <source>Opening the casebook</source>
        <translation>ກຳລັງເປີດປຶ້ມຄະດີ</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>ກຳລັງເປີດ…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ປົດລັອກ (&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>ປົດລັອກ “{name}”</translation>
    </message>
    <message>
        <source>The casebook at {folder} is encrypted.</source>
        <translation>ປຶ້ມຄະດີທີ່ {folder} ຖືກເຂົ້າລະຫັດ.</translation>
    </message>
    <message>
        <source>Casebook could not be opened</source>
        <translation>ບໍ່ສາມາດເປີດປຶ້ມຄະດີໄດ້</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Casebook user guide</source>
        <translation>ຄູ່ມືຜູ້ໃຊ້ Casebook</translation>
    </message>
    <message>
        <source>The guide is missing from this installation.</source>
        <translation>ການຕິດຕັ້ງນີ້ບໍ່ມີຄູ່ມື.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ຄູ່ມືຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ປຸ່ມລັດ</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>ຄຳສັ່ງ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ປຸ່ມ</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify {name}</source>
        <translation>ຢັ້ງຢືນ {name}</translation>
    </message>
    <message>
        <source>Call {name} or meet in person — not by the channel the identity came through. Ask them to read their fingerprint aloud and compare it with the one below, digit by digit. Then read yours to them.</source>
        <translation>ໂທຫາ {name} ຫຼື ພົບກັນໂດຍກົງ — ບໍ່ແມ່ນຜ່ານຊ່ອງທາງທີ່ຕົວຕົນນັ້ນສົ່ງມາ. ຂໍໃຫ້ເຂົາເຈົ້າອ່ານລາຍນິ້ວມືຂອງເຂົາເຈົ້າອອກສຽງ ແລະ ປຽບທຽບກັບອັນຂ້າງລຸ່ມນີ້, ທີລະຕົວ. ແລ້ວອ່ານຂອງທ່ານໃຫ້ເຂົາເຈົ້າຟັງ.</translation>
    </message>
    <message>
        <source>Fingerprint of {name} ({role}) stored here</source>
        <translation>ລາຍນິ້ວມືຂອງ {name} ({role}) ທີ່ເກັບໄວ້ບ່ອນນີ້</translation>
    </message>
    <message>
        <source>Your fingerprint, to read to them</source>
        <translation>ລາຍນິ້ວມືຂອງທ່ານ, ເພື່ອອ່ານໃຫ້ເຂົາເຈົ້າຟັງ</translation>
    </message>
    <message>
        <source>{name} read out exactly this fingerprint</source>
        <translation>{name} ໄດ້ອ່ານລາຍນິ້ວມືນີ້ຖືກຕ້ອງທຸກຕົວ</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>ໝາຍວ່າຢັ້ງຢືນແລ້ວ</translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <source>records bound to the audit log</source>
        <translation>ລາຍການທີ່ຜູກກັບບັນທຶກການກວດສອບ</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>ລາຍການບັນທຶກການກວດສອບ</translation>
    </message>
    <message>
        <source>received audit entries</source>
        <translation>ລາຍການບັນທຶກການກວດສອບທີ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>review signatures</source>
        <translation>ລາຍເຊັນການກວດທານ</translation>
    </message>
    <message>
        <source>time-stamps</source>
        <translation>ການປະທັບເວລາ</translation>
    </message>
    <message>
        <source>evidence time-stamps</source>
        <translation>ການປະທັບເວລາຂອງຫຼັກຖານ</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>ໄຟລ໌ທີ່ເກັບໄວ້</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>ລາຍການຫຼັກຖານ</translation>
    </message>
    <message>
        <source>custody signatures</source>
        <translation>ລາຍເຊັນການຄຸ້ມຄອງ</translation>
    </message>
    <message>
        <source>Verify the casebook</source>
        <translation>ກວດສອບປຶ້ມຄະດີ</translation>
    </message>
    <message>
        <source>Checking every file, record and signature…</source>
        <translation>ກຳລັງກວດທຸກໄຟລ໌, ລາຍການ ແລະ ລາຍເຊັນ…</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>ລາຍງານການກວດສອບ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Checking {what}…</source>
        <translation>ກຳລັງກວດ {what}…</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>ຜ່ານການກວດທັງໝົດ.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; each line below says what it is and what to do. Change nothing in the casebook folder by hand until you know.</source>
        <translation>
            <numerusform>ພົບບັນຫາ %n ຂໍ້; ແຕ່ລະແຖວຂ້າງລຸ່ມບອກວ່າມັນແມ່ນຫຍັງ ແລະ ຕ້ອງເຮັດຫຍັງ. ຢ່າປ່ຽນແປງຫຍັງໃນໂຟນເດີປຶ້ມຄະດີດ້ວຍມື ຈົນກວ່າທ່ານຈະຮູ້.</numerusform>
            <numerusform>ພົບບັນຫາ %n ຂໍ້; ແຕ່ລະແຖວຂ້າງລຸ່ມບອກວ່າມັນແມ່ນຫຍັງ ແລະ ຕ້ອງເຮັດຫຍັງ. ຢ່າປ່ຽນແປງຫຍັງໃນໂຟນເດີປຶ້ມຄະດີດ້ວຍມື ຈົນກວ່າທ່ານຈະຮູ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {count} {what}.</source>
        <translation>ກວດແລ້ວ {count} {what}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The change could not be saved; the casebook is unchanged. Try again; if it keeps failing, run `casebook verify` on this casebook.</source>
        <translation>ບໍ່ສາມາດບັນທຶກການປ່ຽນແປງໄດ້; ປຶ້ມຄະດີບໍ່ມີການປ່ຽນແປງ. ລອງໃໝ່; ຖ້າຍັງລົ້ມເຫຼວ, ໃຫ້ແລ່ນ `casebook verify` ກັບປຶ້ມຄະດີນີ້.</translation>
    </message>
    <message>
        <source>That record is no longer in the casebook.</source>
        <translation>ລາຍການນັ້ນບໍ່ຢູ່ໃນປຶ້ມຄະດີອີກແລ້ວ.</translation>
    </message>
    <message>
        <source>That passage is no longer in the casebook.</source>
        <translation>ຕອນຂໍ້ຄວາມນັ້ນບໍ່ຢູ່ໃນປຶ້ມຄະດີອີກແລ້ວ.</translation>
    </message>
    <message>
        <source>That evidence item is no longer in the casebook.</source>
        <translation>ລາຍການຫຼັກຖານນັ້ນບໍ່ຢູ່ໃນປຶ້ມຄະດີອີກແລ້ວ.</translation>
    </message>
    <message>
        <source>This evidence item has no stored file.</source>
        <translation>ລາຍການຫຼັກຖານນີ້ບໍ່ມີໄຟລ໌ທີ່ເກັບໄວ້.</translation>
    </message>
    <message>
        <source>The file is too large to open here ({size} MiB; the limit is {limit} MiB). Export it to a folder of your choice instead.</source>
        <translation>ໄຟລ໌ໃຫຍ່ເກີນໄປທີ່ຈະເປີດຢູ່ບ່ອນນີ້ ({size} MiB; ຂີດຈຳກັດແມ່ນ {limit} MiB). ສົ່ງອອກມັນໄປໂຟນເດີທີ່ທ່ານເລືອກແທນ.</translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>This is not the passphrase that opens this casebook now. Nothing was changed.</source>
        <translation>ນີ້ບໍ່ແມ່ນວະລີລະຫັດທີ່ເປີດປຶ້ມຄະດີນີ້ໃນຕອນນີ້. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Move up</source>
        <translation>ຍ້າຍຂຶ້ນ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>ຍ້າຍລົງ</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>ລຶບວັກ</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>ວັກ {n}</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>ວັກ {n}</translation>
    </message>
    <message>
        <source>Move paragraph {n} up</source>
        <translation>ຍ້າຍວັກ {n} ຂຶ້ນ</translation>
    </message>
    <message>
        <source>Move paragraph {n} down</source>
        <translation>ຍ້າຍວັກ {n} ລົງ</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>ລຶບວັກ {n}</translation>
    </message>
</context>
</TS>
