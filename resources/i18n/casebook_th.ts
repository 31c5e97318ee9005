<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AddDialog</name>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>คดีใหม่</translation>
    </message>
    <message>
        <source>for example MM-2017-001</source>
        <translation>เช่น MM-2017-001</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขอ้างอิง</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>เหตุการณ์ใหม่</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>บุคคลใหม่</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>คำให้การใหม่</translation>
    </message>
    <message>
        <source>A new witness (pseudonym given automatically)</source>
        <translation>พยานคนใหม่ (ตั้งนามแฝงให้อัตโนมัติ)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Optional. What you choose is recorded for every file added now; the evidence editor can change it later.</source>
        <translation>ไม่บังคับ สิ่งที่คุณเลือกจะถูกบันทึกสำหรับทุกไฟล์ที่เพิ่มตอนนี้ และแก้ไขภายหลังได้ในตัวแก้ไขหลักฐาน</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>A — completely reliable</source>
        <translation>A — เชื่อถือได้ทั้งหมด</translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation>B — โดยปกติเชื่อถือได้</translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation>C — ค่อนข้างเชื่อถือได้</translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation>D — โดยปกติเชื่อถือไม่ได้</translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation>E — เชื่อถือไม่ได้</translation>
    </message>
    <message>
        <source>F — reliability cannot be judged</source>
        <translation>F — ประเมินความเชื่อถือไม่ได้</translation>
    </message>
    <message>
        <source>1 — confirmed by other sources</source>
        <translation>1 — ยืนยันโดยแหล่งอื่น</translation>
    </message>
    <message>
        <source>2 — probably true</source>
        <translation>2 — น่าจะจริง</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — อาจจริง</translation>
    </message>
    <message>
        <source>4 — doubtful</source>
        <translation>4 — น่าสงสัย</translation>
    </message>
    <message>
        <source>5 — improbable</source>
        <translation>5 — ไม่น่าจะจริง</translation>
    </message>
    <message>
        <source>6 — truth cannot be judged</source>
        <translation>6 — ประเมินความจริงไม่ได้</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>โดยตรง</translation>
    </message>
    <message>
        <source>circumstantial</source>
        <translation>พยานแวดล้อม</translation>
    </message>
    <message>
        <source>corroborating</source>
        <translation>สนับสนุน</translation>
    </message>
    <message>
        <source>contradicting</source>
        <translation>ขัดแย้ง</translation>
    </message>
    <message>
        <source>⚠ needs review · </source>
        <translation>⚠ ต้องตรวจทาน · </translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>ย่อหน้า {number}</translation>
    </message>
    <message>
        <source>{element} {title} — {support}, {grading}</source>
        <comment>a tag</comment>
        <translation>{element} {title} — {support}, {grading}</translation>
    </message>
    <message>
        <source>chars {start}–{end}</source>
        <comment>the characters a tag rests on</comment>
        <translation>อักขระ {start}–{end}</translation>
    </message>
    <message>
        <source>(not in this taxonomy)</source>
        <translation>(ไม่มีในอนุกรมวิธานนี้)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>ยังไม่ได้ประเมิน</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>ต้องตรวจทาน</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook could not be opened</source>
        <translation>เปิด Casebook ไม่ได้</translation>
    </message>
    <message>
        <source>This casebook&apos;s history changed</source>
        <translation>ประวัติของสมุดคดีนี้เปลี่ยนไป</translation>
    </message>
    <message>
        <source>Accept this history only if you restored this copy from a backup yourself.</source>
        <translation>ยอมรับประวัตินี้เฉพาะเมื่อคุณกู้คืนสำเนานี้จากข้อมูลสำรองด้วยตนเองเท่านั้น</translation>
    </message>
    <message>
        <source>I restored this copy on purpose</source>
        <translation>ฉันตั้งใจกู้คืนสำเนานี้เอง</translation>
    </message>
    <message>
        <source>Keep warning me</source>
        <translation>เตือนฉันต่อไป</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the casebook</source>
        <translation>สำรองข้อมูลสมุดคดี</translation>
    </message>
    <message>
        <source>A backup is a complete copy of this casebook, still encrypted: it opens with the same passphrase and recovery key. Keep it on another disk, away from this computer. You can go on working while it is made; every stored file is checked against its fingerprint (SHA-256) before the backup counts as made.</source>
        <translation>ข้อมูลสำรองคือสำเนาทั้งหมดของสมุดคดีนี้ ซึ่งยังคงเข้ารหัสอยู่: เปิดได้ด้วยวลีรหัสผ่านและกุญแจกู้คืนเดิม เก็บไว้ในดิสก์อื่น ห่างจากคอมพิวเตอร์เครื่องนี้ คุณทำงานต่อได้ระหว่างที่กำลังสำรอง ทุกไฟล์ที่เก็บไว้จะถูกตรวจกับลายนิ้วมือ (SHA-256) ก่อนจะนับว่าสำรองเสร็จ</translation>
    </message>
    <message>
        <source>A folder on a USB drive or another disk</source>
        <translation>โฟลเดอร์ในไดรฟ์ USB หรือดิสก์อื่น</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>โฟลเดอร์สำหรับข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>เลือก(&amp;C)…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> ชุด</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>จำนวนข้อมูลสำรองที่จะเก็บไว้</translation>
    </message>
    <message>
        <source>Folder for &amp;backups:</source>
        <translation>โฟลเดอร์สำหรับข้อมูลสำรอง(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>เก็บชุดล่าสุด(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>สำรองข้อมูล(&amp;B)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>กำลังคัดลอกฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Copying and checking stored files: {done} of {total}…</source>
        <translation>กำลังคัดลอกและตรวจไฟล์ที่เก็บไว้: {done} จาก {total}…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to {folder}: the database and %n stored file(s) ({size}), each checked.</source>
        <translation>
            <numerusform>สำรองไปที่ {folder} แล้ว: ฐานข้อมูลและไฟล์ที่เก็บไว้ %n ไฟล์ ({size}) ตรวจแล้วทุกไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older backups removed: %n.</source>
        <translation>
            <numerusform>ลบข้อมูลสำรองเก่าแล้ว: %n ชุด</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>ยังไม่ได้สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Unlock the casebook to back it up.</source>
        <translation>ปลดล็อกสมุดคดีก่อนจึงจะสำรองข้อมูลได้</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>สำรองข้อมูล(&amp;U)…</translation>
    </message>
    <message>
        <source>Copy the casebook, still encrypted, to another disk</source>
        <translation>คัดลอกสมุดคดีซึ่งยังเข้ารหัสอยู่ไปยังดิสก์อื่น</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case {reference}</source>
        <translation>คดี {reference}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Navigator</source>
        <translation>แถบนำทาง</translation>
    </message>
    <message>
        <source>Choose a case, or create one with File ▸ New case (Ctrl+Shift+N).</source>
        <translation>เลือกคดี หรือสร้างคดีใหม่ที่ ไฟล์ ▸ คดีใหม่ (Ctrl+Shift+N)</translation>
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
        <translation>&apos;{kind}&apos; ไม่ใช่ประเภทของการอ้างอิง; ใช้อย่างใดอย่างหนึ่งจาก {kinds}</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(ไม่มีรายการ)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(ระดับบนสุด)</translation>
    </message>
    <message>
        <source>--keep must be at least 1: the number of backups to keep.</source>
        <translation>--keep ต้องมีค่าอย่างน้อย 1: คือจำนวนข้อมูลสำรองที่จะเก็บไว้</translation>
    </message>
    <message>
        <source>/cases/{ci}/{key}/{i}/{path}: {problem}</source>
        <translation>/cases/{ci}/{key}/{i}/{path}: {problem}</translation>
    </message>
    <message>
        <source>A backup must go outside the casebook folder (ideally on another disk); {destination} is inside it or contains it.</source>
        <translation>ข้อมูลสำรองต้องอยู่นอกโฟลเดอร์สมุดคดี (ควรอยู่บนดิสก์อื่น); {destination} อยู่ภายในโฟลเดอร์นั้นหรือมีโฟลเดอร์นั้นอยู่ข้างใน</translation>
    </message>
    <message>
        <source>A case needs a reference code, such as MM-2017-001.</source>
        <translation>คดีต้องมีเลขอ้างอิง เช่น MM-2017-001</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>คดีต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>A case the pattern is filtered on is not in this casebook; choose the cases again.</source>
        <translation>คดีที่แบบแผนนี้กรองไว้ไม่มีอยู่ในสมุดคดีนี้; โปรดเลือกคดีใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>A casebook needs a passphrase; an empty one would let anyone open it. Choose a passphrase of several words.</source>
        <translation>สมุดคดีต้องมีวลีรหัสผ่าน; ถ้าว่างไว้ใครก็เปิดได้ โปรดตั้งวลีรหัสผ่านที่มีหลายคำ</translation>
    </message>
    <message>
        <source>A character range can only be given for a passage.</source>
        <translation>ช่วงอักขระระบุได้เฉพาะสำหรับข้อความเท่านั้น</translation>
    </message>
    <message>
        <source>A charge given is not one of case {reference}.</source>
        <translation>ข้อหาที่ระบุไม่ใช่ข้อหาของคดี {reference}</translation>
    </message>
    <message>
        <source>A comment can be at most {limit} characters long.</source>
        <translation>ความเห็นยาวได้ไม่เกิน {limit} อักขระ</translation>
    </message>
    <message>
        <source>A date in this case (of an incident, a statement or an evidence item) is not a calendar date: it was stored before Casebook checked dates, or changed outside it. The export stopped and left nothing behind; correct the date and export again.</source>
        <translation>มีวันที่ในคดีนี้ (ของเหตุการณ์ คำให้การ หรือหลักฐาน) ที่ไม่ใช่วันที่จริงในปฏิทิน: บันทึกไว้ก่อนที่ Casebook จะตรวจวันที่ หรือถูกเปลี่ยนจากภายนอก การส่งออกหยุดลงและไม่ได้ทิ้งอะไรไว้; โปรดแก้วันที่แล้วส่งออกอีกครั้ง</translation>
    </message>
    <message>
        <source>A file does not match the SHA-256 its record declares; nothing was imported:</source>
        <translation>มีไฟล์ที่ไม่ตรงกับค่า SHA-256 ที่รายการของไฟล์นั้นระบุไว้; ไม่ได้นำเข้าสิ่งใด:</translation>
    </message>
    <message>
        <source>A fingerprint is 32 hexadecimal digits (spaces do not matter); at least the first 8 are needed. `casebook identity list` shows them.</source>
        <translation>ลายนิ้วมือคือเลขฐานสิบหก 32 หลัก (เว้นวรรคได้) ต้องมีอย่างน้อย 8 หลักแรก คำสั่ง `casebook identity list` จะแสดงลายนิ้วมือ</translation>
    </message>
    <message>
        <source>A legal_argument belongs to a whole charge; for one element, use the kind element_argument.</source>
        <translation>legal_argument เป็นของข้อหาทั้งข้อหา; สำหรับองค์ประกอบเดียว ให้ใช้ชนิด element_argument</translation>
    </message>
    <message>
        <source>A link of the complaint is not an object of its own; the structure tree cannot point at it. Export again, and report this if it happens twice.</source>
        <translation>ลิงก์ในคำร้องทุกข์ไม่ใช่วัตถุในตัวเอง; โครงสร้างเอกสารชี้ไปที่ลิงก์นั้นไม่ได้ โปรดส่งออกอีกครั้ง และแจ้งปัญหานี้หากเกิดขึ้นซ้ำ</translation>
    </message>
    <message>
        <source>A number is not finite (NaN or infinity) and cannot be hashed or signed, so it was refused and nothing was saved. If you typed it, enter a real number or leave the field empty; if it came in a file or package, ask its sender to check that file.</source>
        <translation>มีตัวเลขที่ไม่ใช่จำนวนจำกัด (NaN หรืออนันต์) ซึ่งคำนวณแฮชหรือลงลายมือชื่อไม่ได้ จึงถูกปฏิเสธและไม่ได้บันทึกสิ่งใด หากคุณพิมพ์เอง โปรดใส่ตัวเลขจริงหรือเว้นช่องว่างไว้; หากมาจากไฟล์หรือแพ็กเกจ โปรดขอให้ผู้ส่งตรวจไฟล์นั้น</translation>
    </message>
    <message>
        <source>A package is for colleagues; your own identity cannot be a recipient.</source>
        <translation>แพ็กเกจมีไว้สำหรับเพื่อนร่วมงาน; ตัวตนของคุณเองเป็นผู้รับไม่ได้</translation>
    </message>
    <message>
        <source>A pattern can be cited only for a contextual element (such as cah_attack/1); {element} is not one. Choose a contextual element of the charge.</source>
        <translation>อ้างอิงแบบแผนได้เฉพาะสำหรับองค์ประกอบเชิงบริบท (เช่น cah_attack/1); {element} ไม่ใช่องค์ประกอบเชิงบริบท โปรดเลือกองค์ประกอบเชิงบริบทของข้อหา</translation>
    </message>
    <message>
        <source>A recipient is a code from Casebook&apos;s list, such as DE or ICC; it is empty here.</source>
        <translation>ผู้รับคือรหัสจากรายการของ Casebook เช่น DE หรือ ICC; ที่นี่ยังว่างอยู่</translation>
    </message>
    <message>
        <source>A recovery key has {expected} letters and digits in nine groups of four; this one has {count}. Copy it again from the paper you kept.</source>
        <translation>กุญแจกู้คืนมีตัวอักษรและตัวเลข {expected} ตัว แบ่งเป็นเก้ากลุ่ม กลุ่มละสี่ตัว; กุญแจนี้มี {count} ตัว โปรดคัดลอกอีกครั้งจากกระดาษที่คุณเก็บไว้</translation>
    </message>
    <message>
        <source>A recovery key uses only digits and the letters A–Z except U; these characters are not part of it: {bad}.</source>
        <translation>กุญแจกู้คืนใช้เฉพาะตัวเลขและตัวอักษร A–Z ยกเว้น U; อักขระเหล่านี้ไม่ได้เป็นส่วนของกุญแจ: {bad}</translation>
    </message>
    <message>
        <source>A saved pattern filter is damaged (a field has the wrong form); save the pattern again from the pattern view.</source>
        <translation>ตัวกรองของแบบแผนที่บันทึกไว้เสียหาย (มีช่องข้อมูลที่รูปแบบผิด); โปรดบันทึกแบบแผนอีกครั้งจากมุมมองแบบแผน</translation>
    </message>
    <message>
        <source>A saved pattern needs a short title that says what it shows.</source>
        <translation>แบบแผนที่บันทึกต้องมีชื่อเรื่องสั้น ๆ ที่บอกว่าแสดงอะไร</translation>
    </message>
    <message>
        <source>A section holds at most {max_section_chars} characters; this one has {count}. Split the argument across the charges and elements it is about, or shorten it.</source>
        <translation>ส่วนหนึ่งมีได้ไม่เกิน {max_section_chars} อักขระ; ส่วนนี้มี {count} อักขระ โปรดแบ่งข้อโต้แย้งไปตามข้อหาและองค์ประกอบที่เกี่ยวข้อง หรือทำให้สั้นลง</translation>
    </message>
    <message>
        <source>A section&apos;s text must be text.</source>
        <translation>เนื้อความของส่วนต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>A signed event in the package does not verify against its author&apos;s key, so the package was refused and nothing was imported:</source>
        <translation>มีเหตุการณ์ที่ลงลายมือชื่อในแพ็กเกจซึ่งตรวจสอบกับกุญแจของผู้เขียนไม่ผ่าน จึงปฏิเสธแพ็กเกจและไม่ได้นำเข้าสิ่งใด:</translation>
    </message>
    <message>
        <source>A value cannot be hashed or signed as canonical JSON ({exc}); nothing was saved.</source>
        <translation>ค่านี้คำนวณแฮชหรือลงลายมือชื่อในรูป JSON มาตรฐานไม่ได้ ({exc}); ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>A value of kind {kind} cannot be hashed or signed as canonical JSON; nothing was saved. This is a fault in Casebook: please report it.</source>
        <translation>ค่าชนิด {kind} คำนวณแฮชหรือลงลายมือชื่อในรูป JSON มาตรฐานไม่ได้; ไม่ได้บันทึกสิ่งใด นี่เป็นข้อผิดพลาดของ Casebook: โปรดแจ้งปัญหานี้</translation>
    </message>
    <message>
        <source>A victim group is chosen by one of {characteristics}; {chosen} is not one of them.</source>
        <translation>กลุ่มผู้เสียหายเลือกตามลักษณะหนึ่งใน {characteristics}; {chosen} ไม่อยู่ในนั้น</translation>
    </message>
    <message>
        <source>A whole number is too large to be hashed or signed exactly (RFC 8785 allows up to 2^53 - 1), so it was refused and nothing was saved. If you typed it, store it as text; if it came in a file or package, ask its sender to check that file.</source>
        <translation>จำนวนเต็มมีค่ามากเกินกว่าจะคำนวณแฮชหรือลงลายมือชื่อได้อย่างแม่นยำ (RFC 8785 อนุญาตได้ถึง 2^53 - 1) จึงถูกปฏิเสธและไม่ได้บันทึกสิ่งใด หากคุณพิมพ์เอง โปรดเก็บเป็นข้อความ; หากมาจากไฟล์หรือแพ็กเกจ โปรดขอให้ผู้ส่งตรวจไฟล์นั้น</translation>
    </message>
    <message>
        <source>A {kind} section belongs to the case, not to a charge or element; leave out the charge and element.</source>
        <translation>ส่วนชนิด {kind} เป็นของคดี ไม่ใช่ของข้อหาหรือองค์ประกอบ; โปรดไม่ต้องระบุข้อหาและองค์ประกอบ</translation>
    </message>
    <message>
        <source>A {kind} section needs the charge it argues.</source>
        <translation>ส่วนชนิด {kind} ต้องระบุข้อหาที่ส่วนนั้นโต้แย้ง</translation>
    </message>
    <message>
        <source>Administrative areas are counted as recorded (spelling differences are not merged). Coordinates are plotted as recorded (a point each; their stated precision is not drawn); an incident without an administrative area or without coordinates is counted as lacking it.</source>
        <translation>นับเขตการปกครองตามที่บันทึกไว้ (ไม่รวมชื่อที่สะกดต่างกัน) พิกัดแสดงตามที่บันทึกไว้ (จุดละหนึ่งพิกัด ไม่ได้วาดความแม่นยำที่ระบุ); เหตุการณ์ที่ไม่มีเขตการปกครองหรือไม่มีพิกัดจะนับว่าขาดข้อมูลนั้น</translation>
    </message>
    <message>
        <source>An attachment from the package could not be stored ({strerror}); nothing was imported.</source>
        <translation>เก็บไฟล์แนบจากแพ็กเกจไม่ได้ ({strerror}); ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>An audit entry in the package does not match its own hash: the sender&apos;s audit history was altered ({where}). Nothing was imported.</source>
        <translation>รายการบันทึกการตรวจสอบในแพ็กเกจไม่ตรงกับแฮชของตัวเอง: ประวัติการตรวจสอบของผู้ส่งถูกแก้ไข ({where}) ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>An element_argument needs the element it argues, such as 7(1)(g)-1/1.</source>
        <translation>element_argument ต้องระบุองค์ประกอบที่โต้แย้ง เช่น 7(1)(g)-1/1</translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation>หลักฐานต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>An export that stopped half-way left {path}, and Casebook could not remove it ({reason}). It may hold decrypted case files: delete it yourself.</source>
        <translation>การส่งออกที่หยุดกลางคันทิ้ง {path} ไว้ และ Casebook ลบออกไม่ได้ ({reason}) อาจมีไฟล์คดีที่ถอดรหัสแล้วอยู่ในนั้น: โปรดลบด้วยตัวเอง</translation>
    </message>
    <message>
        <source>An identity with this signing key is already stored here for a different user or age key. Someone may be impersonating a colleague; do not use this identity, and compare fingerprints with your colleague.</source>
        <translation>มีตัวตนที่ใช้กุญแจลงลายมือชื่อนี้เก็บอยู่แล้ว แต่เป็นของผู้ใช้อื่นหรือกุญแจ age อื่น อาจมีคนปลอมตัวเป็นเพื่อนร่วมงาน; อย่าใช้ตัวตนนี้ และโปรดเทียบลายนิ้วมือกับเพื่อนร่วมงานของคุณ</translation>
    </message>
    <message>
        <source>An incident needs a short title.</source>
        <translation>เหตุการณ์ต้องมีชื่อเรื่องสั้น ๆ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>เมษายน</translation>
    </message>
    <message>
        <source>As a {role} you can set the status to {allowed}; the other statuses are the supervisor&apos;s.</source>
        <translation>ในฐานะ {role} คุณตั้งสถานะได้เป็น {allowed}; สถานะอื่นเป็นของหัวหน้างาน</translation>
    </message>
    <message>
        <source>Audit entries cannot be deleted.</source>
        <translation>ลบรายการบันทึกการตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>August</source>
        <translation>สิงหาคม</translation>
    </message>
    <message>
        <source>Canonical JSON form {form} is not one Casebook knows.</source>
        <translation>Casebook ไม่รู้จักรูปแบบ JSON มาตรฐาน {form}</translation>
    </message>
    <message>
        <source>Case {reference} has no charge with the id &apos;{key}&apos;. `casebook charge list` shows the charges.</source>
        <translation>คดี {reference} ไม่มีข้อหาที่มีรหัส &apos;{key}&apos; คำสั่ง `casebook charge list` จะแสดงข้อหาทั้งหมด</translation>
    </message>
    <message>
        <source>Case {reference} has no charges yet. Add a charge (crime and alleged perpetrators) before exporting a complaint.</source>
        <translation>คดี {reference} ยังไม่มีข้อหา โปรดเพิ่มข้อหา (อาชญากรรมและผู้ถูกกล่าวหา) ก่อนส่งออกคำร้องทุกข์</translation>
    </message>
    <message>
        <source>Case {reference} has no tag with the id &apos;{tag_id}&apos;; it may have been removed.</source>
        <translation>คดี {reference} ไม่มีแท็กที่มีรหัส &apos;{tag_id}&apos;; แท็กนั้นอาจถูกนำออกแล้ว</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); filing edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>คดี {reference}: ข้อหา {charges} ข้อ, เหตุการณ์ {incidents} รายการ, คำให้การ {statements} ฉบับ, ชิ้นหลักฐาน {exhibits} ชิ้น; ฉบับยื่นอัยการสำหรับ {addressee} (ความยินยอมต้องระบุ {jurisdiction})</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); internal edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>คดี {reference}: ข้อหา {charges} ข้อ, เหตุการณ์ {incidents} รายการ, คำให้การ {statements} ฉบับ, ชิ้นหลักฐาน {exhibits} ชิ้น; ฉบับภายในสำหรับ {addressee} (ความยินยอมต้องระบุ {jurisdiction})</translation>
    </message>
    <message>
        <source>Casebook cannot write in its data folder ({reason}); an export needs it to clean up after an interruption. Check that folder&apos;s permissions, or set {environment} to a folder you can write to.</source>
        <translation>Casebook เขียนลงในโฟลเดอร์ข้อมูลของตัวเองไม่ได้ ({reason}); การส่งออกต้องใช้โฟลเดอร์นี้เพื่อเก็บกวาดหลังการหยุดกลางคัน โปรดตรวจสิทธิ์ของโฟลเดอร์นั้น หรือตั้ง {environment} เป็นโฟลเดอร์ที่คุณเขียนได้</translation>
    </message>
    <message>
        <source>Casebook cannot write in the folder {parent} ({reason}). A casebook can only be used from a folder you may write to: copy the folder to such a place (not a read-only drive or share), or check its permissions.</source>
        <translation>Casebook เขียนลงในโฟลเดอร์ {parent} ไม่ได้ ({reason}) สมุดคดีใช้ได้เฉพาะจากโฟลเดอร์ที่คุณเขียนได้: โปรดคัดลอกโฟลเดอร์ไปยังที่เช่นนั้น (ไม่ใช่ไดรฟ์หรือโฟลเดอร์แชร์ที่อ่านได้อย่างเดียว) หรือตรวจสิทธิ์ของโฟลเดอร์</translation>
    </message>
    <message>
        <source>Casebook is not allowed to read {name}. Check its permissions.</source>
        <translation>Casebook ไม่มีสิทธิ์อ่าน {name} โปรดตรวจสิทธิ์ของไฟล์นั้น</translation>
    </message>
    <message>
        <source>Casebook&apos;s taxonomy has no national law for &apos;{code}&apos;. Covered: {jurisdictions}.</source>
        <translation>อนุกรมวิธานของ Casebook ไม่มีกฎหมายภายในของ &apos;{code}&apos; ที่มีอยู่: {jurisdictions}</translation>
    </message>
    <message>
        <source>Choose a folder outside the casebook for the bundle: it holds decrypted files, which must not sit beside the encrypted casebook.</source>
        <translation>โปรดเลือกโฟลเดอร์นอกสมุดคดีสำหรับชุดเอกสาร: ชุดเอกสารมีไฟล์ที่ถอดรหัสแล้ว ซึ่งต้องไม่อยู่ข้างสมุดคดีที่เข้ารหัส</translation>
    </message>
    <message>
        <source>Choose a person of this case.</source>
        <translation>โปรดเลือกบุคคลของคดีนี้</translation>
    </message>
    <message>
        <source>Choose at least one charge to export, or &apos;all&apos;.</source>
        <translation>โปรดเลือกข้อหาที่จะส่งออกอย่างน้อยหนึ่งข้อ หรือ &apos;all&apos;</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>โปรดเลือกหนึ่งใน: {choices}</translation>
    </message>
    <message>
        <source>Consent is recorded as one of: {consent_recording}.</source>
        <translation>ความยินยอมบันทึกได้เป็นหนึ่งใน: {consent_recording}</translation>
    </message>
    <message>
        <source>Counts incidents on which a crime is tagged (supporting material on the incident, or on a statement or exhibit linked to it; contradicting material and tags awaiting review after a taxonomy update do not count) or charged (a charge resting on the incident). An incident may count under several crimes.</source>
        <translation>นับเหตุการณ์ที่มีการติดแท็กอาชญากรรม (ข้อมูลสนับสนุนในเหตุการณ์ หรือในคำให้การหรือชิ้นหลักฐานที่เชื่อมกับเหตุการณ์; ข้อมูลที่ขัดแย้งและแท็กที่รอตรวจทานหลังการปรับปรุงอนุกรมวิธานไม่นับ) หรือมีข้อหา (ข้อหาที่อาศัยเหตุการณ์นั้น) เหตุการณ์หนึ่งอาจนับอยู่ในหลายอาชญากรรม</translation>
    </message>
    <message>
        <source>Counts incidents to which an alleged perpetrator recorded with this unit is linked, directly or as charged in a charge resting on the incident; an incident may count under several units. Incidents with no alleged perpetrator whose unit is recorded are lacking.</source>
        <translation>นับเหตุการณ์ที่มีผู้ถูกกล่าวหาซึ่งบันทึกว่าอยู่ในหน่วยนี้เชื่อมอยู่ โดยตรงหรือในฐานะผู้ถูกกล่าวหาในข้อหาที่อาศัยเหตุการณ์นั้น; เหตุการณ์หนึ่งอาจนับอยู่ในหลายหน่วย เหตุการณ์ที่ไม่มีผู้ถูกกล่าวหาที่บันทึกหน่วยไว้จะนับว่าขาดข้อมูล</translation>
    </message>
    <message>
        <source>Counts persons recorded in the casebook with the role victim or survivor and linked to an incident counted here; a person linked to several incidents counts once. Victims reported in statements but not recorded as persons are not counted. A person with no value recorded for the characteristic is counted as lacking it.</source>
        <translation>นับบุคคลที่บันทึกในสมุดคดีด้วยบทบาทผู้เสียหายหรือผู้รอดชีวิต และเชื่อมกับเหตุการณ์ที่นับที่นี่; บุคคลที่เชื่อมกับหลายเหตุการณ์นับครั้งเดียว ผู้เสียหายที่กล่าวถึงในคำให้การแต่ไม่ได้บันทึกเป็นบุคคลจะไม่นับ บุคคลที่ไม่มีค่าบันทึกไว้สำหรับลักษณะนั้นจะนับว่าขาดข้อมูลนั้น</translation>
    </message>
    <message>
        <source>Crime {crime} has no elements in the Elements of Crimes yet, so it cannot be charged and analysed element by element. Choose another crime.</source>
        <translation>อาชญากรรม {crime} ยังไม่มีองค์ประกอบใน Elements of Crimes จึงตั้งข้อหาและวิเคราะห์ทีละองค์ประกอบไม่ได้ โปรดเลือกอาชญากรรมอื่น</translation>
    </message>
    <message>
        <source>Custody actions are: {custody_actions}.</source>
        <translation>การดำเนินการด้านการครอบครองได้แก่: {custody_actions}</translation>
    </message>
    <message>
        <source>Custody and review events are signed and never replace one another; the incoming event stays on record in this conflict. Resolve it with --keep local.</source>
        <translation>เหตุการณ์การครอบครองและการตรวจทานลงลายมือชื่อไว้และไม่แทนที่กัน; เหตุการณ์ที่เข้ามาจะยังอยู่ในบันทึกของข้อขัดแย้งนี้ โปรดแก้ด้วย --keep local</translation>
    </message>
    <message>
        <source>Custody events are signed by the person acting, and this user has no signing key in this casebook.</source>
        <translation>เหตุการณ์การครอบครองลงลายมือชื่อโดยผู้ที่ดำเนินการ และผู้ใช้นี้ไม่มีกุญแจลงลายมือชื่อในสมุดคดีนี้</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ธันวาคม</translation>
    </message>
    <message>
        <source>Documents can be exported in {languages}; {language} is not one of them.</source>
        <translation>ส่งออกเอกสารได้เป็นภาษา {languages}; {language} ไม่อยู่ในนั้น</translation>
    </message>
    <message>
        <source>Each incident&apos;s date is taken as the span of days it can mean: an exact date is one day, a month or a year is the whole month or year, a range runs from the first day its start can mean to the last day its end can mean, and an approximate date is widened by {margin} days on each side. A month counts an incident as certain only when its whole span lies in that month; an incident whose span reaches beyond the month is counted as possible in every month it touches, so possible counts overlap and must not be added up. Incidents without a date, with an open-ended range or with a date that is not a calendar date are counted as lacking a date.</source>
        <translation>วันที่ของแต่ละเหตุการณ์ถือเป็นช่วงวันที่วันที่นั้นอาจหมายถึง: วันที่แน่นอนคือหนึ่งวัน เดือนหรือปีคือทั้งเดือนหรือทั้งปี ช่วงวันที่เริ่มจากวันแรกที่จุดเริ่มต้นอาจหมายถึงจนถึงวันสุดท้ายที่จุดสิ้นสุดอาจหมายถึง และวันที่โดยประมาณจะขยายออกข้างละ {margin} วัน เดือนหนึ่งจะนับเหตุการณ์ว่าแน่นอนเฉพาะเมื่อช่วงทั้งหมดอยู่ในเดือนนั้น; เหตุการณ์ที่ช่วงเกินเดือนนั้นจะนับว่าเป็นไปได้ในทุกเดือนที่ช่วงนั้นแตะ ดังนั้นจำนวนที่เป็นไปได้จึงซ้อนกันและต้องไม่นำมารวมกัน เหตุการณ์ที่ไม่มีวันที่ มีช่วงที่ไม่มีจุดสิ้นสุด หรือมีวันที่ที่ไม่ใช่วันที่จริงในปฏิทิน จะนับว่าขาดวันที่</translation>
    </message>
    <message>
        <source>Encrypting the bundle to the recipient</source>
        <translation>กำลังเข้ารหัสชุดเอกสารให้ผู้รับ</translation>
    </message>
    <message>
        <source>Evidence {title} did not come out of the vault as it went in; the bundle was not written. Run `casebook verify` on the casebook.</source>
        <translation>หลักฐาน {title} ที่ออกมาจากที่เก็บไม่ตรงกับตอนที่เก็บเข้าไป; ไม่ได้เขียนชุดเอกสาร โปรดเรียก `casebook verify` กับสมุดคดี</translation>
    </message>
    <message>
        <source>Evidence {title} has no stored file (a physical item?).</source>
        <translation>หลักฐาน {title} ไม่มีไฟล์ที่เก็บไว้ (เป็นวัตถุจริงหรือไม่?)</translation>
    </message>
    <message>
        <source>February</source>
        <translation>กุมภาพันธ์</translation>
    </message>
    <message>
        <source>Give a language code such as lo, my, th or en.</source>
        <translation>โปรดระบุรหัสภาษา เช่น lo, my, th หรือ en</translation>
    </message>
    <message>
        <source>Give a list of sections: {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}.</source>
        <translation>โปรดระบุรายการส่วน: {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}</translation>
    </message>
    <message>
        <source>Give a number between {low} and {high}.</source>
        <translation>โปรดระบุตัวเลขระหว่าง {low} ถึง {high}</translation>
    </message>
    <message>
        <source>Give a status, a comment, or both.</source>
        <translation>โปรดระบุสถานะ ความเห็น หรือทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>Give at least one role from: {person_roles}.</source>
        <translation>โปรดระบุบทบาทอย่างน้อยหนึ่งบทบาทจาก: {person_roles}</translation>
    </message>
    <message>
        <source>Give both grades (source reliability A-F and information credibility 1-6) or neither: a tag is graded on both scales, or not graded.</source>
        <translation>โปรดระบุการประเมินทั้งสองแบบ (ความเชื่อถือได้ของแหล่งที่มา A-F และความน่าเชื่อของข้อมูล 1-6) หรือไม่ระบุเลย: แท็กจะประเมินทั้งสองมาตราหรือไม่ประเมินเลย</translation>
    </message>
    <message>
        <source>Give the national provision as JURISDICTION:PROVISION-ID, such as DE:§7(1)(nr4).</source>
        <translation>โปรดระบุบทบัญญัติกฎหมายภายในเป็น JURISDICTION:PROVISION-ID เช่น DE:§7(1)(nr4)</translation>
    </message>
    <message>
        <source>Give the whole fingerprint (32 hexadecimal digits) you compared with your colleague, so a look-alike identity cannot be verified by mistake.</source>
        <translation>โปรดระบุลายนิ้วมือทั้งหมด (เลขฐานสิบหก 32 หลัก) ที่คุณเทียบกับเพื่อนร่วมงานแล้ว เพื่อไม่ให้ยืนยันตัวตนที่หน้าตาคล้ายกันโดยผิดพลาด</translation>
    </message>
    <message>
        <source>Grades are admiralty codes: a letter for source reliability (A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged) and a digit for information credibility (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged).</source>
        <translation>การประเมินใช้รหัสแบบ Admiralty: ตัวอักษรสำหรับความเชื่อถือได้ของแหล่งที่มา (A เชื่อถือได้ทั้งหมด, B โดยปกติเชื่อถือได้, C ค่อนข้างเชื่อถือได้, D โดยปกติเชื่อถือไม่ได้, E เชื่อถือไม่ได้, F ประเมินไม่ได้) และตัวเลขสำหรับความน่าเชื่อของข้อมูล (1 ยืนยันแล้ว, 2 น่าจะจริง, 3 อาจจริง, 4 น่าสงสัย, 5 ไม่น่าจะจริง, 6 ประเมินไม่ได้)</translation>
    </message>
    <message>
        <source>Identities can only leave the casebook in a sealed annex encrypted to the recipient. Give the recipient&apos;s age public key (age1…) as well.</source>
        <translation>ตัวตนออกจากสมุดคดีได้เฉพาะในภาคผนวกที่ปิดผนึกและเข้ารหัสให้ผู้รับเท่านั้น โปรดระบุกุญแจสาธารณะ age ของผู้รับ (age1…) ด้วย</translation>
    </message>
    <message>
        <source>In recipients.json the name {alias} stands for both {code} and {other}; a name must name one recipient. Restore the file.</source>
        <translation>ใน recipients.json ชื่อ {alias} หมายถึงทั้ง {code} และ {other}; ชื่อหนึ่งต้องหมายถึงผู้รับรายเดียว โปรดกู้คืนไฟล์</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>เหตุการณ์ตามเขตการปกครอง</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>เหตุการณ์ตามหน่วยของผู้ถูกกล่าวหา</translation>
    </message>
    <message>
        <source>Incidents by crime tagged or charged</source>
        <translation>เหตุการณ์ตามอาชญากรรมที่ติดแท็กหรือตั้งข้อหา</translation>
    </message>
    <message>
        <source>Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged).</source>
        <translation>ความน่าเชื่อของข้อมูลเป็นตัวเลขตั้งแต่ 1 (ยืนยันแล้ว) ถึง 6 (ประเมินไม่ได้)</translation>
    </message>
    <message>
        <source>Intake was cancelled; nothing was added for that file.</source>
        <translation>ยกเลิกการรับเข้าแล้ว; ไม่ได้เพิ่มสิ่งใดสำหรับไฟล์นั้น</translation>
    </message>
    <message>
        <source>January</source>
        <translation>มกราคม</translation>
    </message>
    <message>
        <source>July</source>
        <translation>กรกฎาคม</translation>
    </message>
    <message>
        <source>June</source>
        <translation>มิถุนายน</translation>
    </message>
    <message>
        <source>Left out or changed:</source>
        <translation>ไม่รวมหรือเปลี่ยนแปลง:</translation>
    </message>
    <message>
        <source>Link the exhibit to incident &apos;{incident}&apos;</source>
        <translation>เชื่อมชิ้นหลักฐานกับเหตุการณ์ &apos;{incident}&apos;</translation>
    </message>
    <message>
        <source>Link the statement to incident &apos;{incident}&apos;</source>
        <translation>เชื่อมคำให้การกับเหตุการณ์ &apos;{incident}&apos;</translation>
    </message>
    <message>
        <source>Making the casebook in {folder} was stopped before it finished (or is still under way in another window), so it holds no records and cannot be opened. Create the casebook again in this same folder (`casebook init` or New casebook); the unfinished files are replaced.</source>
        <translation>การสร้างสมุดคดีใน {folder} หยุดก่อนเสร็จ (หรือยังทำอยู่ในหน้าต่างอื่น) จึงไม่มีรายการใดและเปิดไม่ได้ โปรดสร้างสมุดคดีอีกครั้งในโฟลเดอร์เดิมนี้ (`casebook init` หรือ สมุดคดีใหม่); ไฟล์ที่ยังไม่เสร็จจะถูกแทนที่</translation>
    </message>
    <message>
        <source>March</source>
        <translation>มีนาคม</translation>
    </message>
    <message>
        <source>May</source>
        <translation>พฤษภาคม</translation>
    </message>
    <message>
        <source>More than one charge of case {reference} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>มีข้อหามากกว่าหนึ่งข้อในคดี {reference} ที่รหัสขึ้นต้นด้วย &apos;{key}&apos; โปรดระบุรหัสให้ยาวขึ้น</translation>
    </message>
    <message>
        <source>More than one {what} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>มี {what} มากกว่าหนึ่งรายการที่รหัสขึ้นต้นด้วย &apos;{key}&apos; โปรดระบุรหัสให้ยาวขึ้น</translation>
    </message>
    <message>
        <source>Name at least one recipient by fingerprint (--to).</source>
        <translation>โปรดระบุผู้รับอย่างน้อยหนึ่งรายด้วยลายนิ้วมือ (--to)</translation>
    </message>
    <message>
        <source>Name exactly one thing to tag: a passage (segment), an evidence item or an incident.</source>
        <translation>โปรดระบุสิ่งที่จะติดแท็กเพียงหนึ่งอย่าง: ข้อความ (segment) หลักฐาน หรือเหตุการณ์</translation>
    </message>
    <message>
        <source>No case has the reference {reference}. `casebook case list` shows the cases.</source>
        <translation>ไม่มีคดีที่มีเลขอ้างอิง {reference} คำสั่ง `casebook case list` จะแสดงคดีทั้งหมด</translation>
    </message>
    <message>
        <source>No conflict has this id. `casebook conflicts PATH` lists them.</source>
        <translation>ไม่มีข้อขัดแย้งที่มีรหัสนี้ คำสั่ง `casebook conflicts PATH` จะแสดงรายการข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>No font for {script} script was found. Install the {family} font (Debian: {package}) or put a font file in a folder named in CASEBOOK_FONT_DIRS.</source>
        <translation>ไม่พบแบบอักษรสำหรับอักษร {script} โปรดติดตั้งแบบอักษร {family} (Debian: {package}) หรือวางไฟล์แบบอักษรในโฟลเดอร์ที่ระบุใน CASEBOOK_FONT_DIRS</translation>
    </message>
    <message>
        <source>No nonce could be added to the time-stamp request. Try again.</source>
        <translation>เพิ่ม nonce ลงในคำขอประทับเวลาไม่ได้ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>No person in this case has the pseudonym {pseudonym}; check the list of identities to seal.</source>
        <translation>ไม่มีบุคคลในคดีนี้ที่มีนามแฝง {pseudonym}; โปรดตรวจรายการตัวตนที่จะปิดผนึก</translation>
    </message>
    <message>
        <source>No person of case {reference} has the id &apos;{person_id}&apos;. Choose an alleged perpetrator of this case.</source>
        <translation>ไม่มีบุคคลในคดี {reference} ที่มีรหัส &apos;{person_id}&apos; โปรดเลือกผู้ถูกกล่าวหาของคดีนี้</translation>
    </message>
    <message>
        <source>No person of case {reference} has the pseudonym &apos;{key}&apos;. Add the person with the role alleged_perpetrator first, or check the pseudonym.</source>
        <translation>ไม่มีบุคคลในคดี {reference} ที่มีนามแฝง &apos;{key}&apos; โปรดเพิ่มบุคคลนั้นด้วยบทบาท alleged_perpetrator ก่อน หรือตรวจนามแฝง</translation>
    </message>
    <message>
        <source>No person of this evidence item&apos;s case has the pseudonym {pseudonym}.</source>
        <translation>ไม่มีบุคคลในคดีของหลักฐานนี้ที่มีนามแฝง {pseudonym}</translation>
    </message>
    <message>
        <source>No provision of {code} law maps onto crime {crime}. Leave the national provision out, or choose another crime.</source>
        <translation>ไม่มีบทบัญญัติของกฎหมาย {code} ที่ตรงกับอาชญากรรม {crime} โปรดไม่ต้องระบุบทบัญญัติกฎหมายภายใน หรือเลือกอาชญากรรมอื่น</translation>
    </message>
    <message>
        <source>No record of this case has that id. `casebook review PATH --case R` lists the case&apos;s records under review.</source>
        <translation>ไม่มีรายการของคดีนี้ที่มีรหัสนั้น คำสั่ง `casebook review PATH --case R` จะแสดงรายการของคดีที่อยู่ระหว่างตรวจทาน</translation>
    </message>
    <message>
        <source>No stored identity has this fingerprint. Import your colleague&apos;s identity first with `casebook identity import`.</source>
        <translation>ไม่มีตัวตนที่เก็บไว้ซึ่งมีลายนิ้วมือนี้ โปรดนำเข้าตัวตนของเพื่อนร่วมงานก่อนด้วย `casebook identity import`</translation>
    </message>
    <message>
        <source>No supervisor key slot matches. `casebook supervisor-slot list PATH` shows them.</source>
        <translation>ไม่มีช่องกุญแจของหัวหน้างานที่ตรงกัน คำสั่ง `casebook supervisor-slot list PATH` จะแสดงช่องกุญแจ</translation>
    </message>
    <message>
        <source>No user is acting in this casebook; open it again.</source>
        <translation>ไม่มีผู้ใช้ที่กำลังทำงานในสมุดคดีนี้; โปรดเปิดอีกครั้ง</translation>
    </message>
    <message>
        <source>No user with a signing key is acting in this casebook, so it cannot exchange packages. Open it with its passphrase.</source>
        <translation>ไม่มีผู้ใช้ที่มีกุญแจลงลายมือชื่อกำลังทำงานในสมุดคดีนี้ จึงแลกเปลี่ยนแพ็กเกจไม่ได้ โปรดเปิดด้วยวลีรหัสผ่านของสมุดคดี</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>ไม่มีสิ่งใดถูกตัดออก</translation>
    </message>
    <message>
        <source>Nothing was imported; correct these entries and import again:
  {entries}</source>
        <translation>ไม่ได้นำเข้าสิ่งใด; โปรดแก้รายการเหล่านี้แล้วนำเข้าอีกครั้ง:
  {entries}</translation>
    </message>
    <message>
        <source>November</source>
        <translation>พฤศจิกายน</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ตุลาคม</translation>
    </message>
    <message>
        <source>Only an exhibit or an incident withheld for someone&apos;s consent can be included anyway; a statement goes out only as its witness consented.</source>
        <translation>เฉพาะชิ้นหลักฐานหรือเหตุการณ์ที่ไม่รวมเพราะความยินยอมของบุคคลเท่านั้นที่เลือกรวมได้; คำให้การจะส่งออกได้เฉพาะตามที่พยานให้ความยินยอม</translation>
    </message>
    <message>
        <source>Only your own identity can be exported from this casebook.</source>
        <translation>ส่งออกได้เฉพาะตัวตนของคุณเองจากสมุดคดีนี้</translation>
    </message>
    <message>
        <source>Only {linkable} can be linked to an incident.</source>
        <translation>เชื่อมกับเหตุการณ์ได้เฉพาะ {linkable}</translation>
    </message>
    <message>
        <source>Packing the bundle into a zip file</source>
        <translation>กำลังบีบอัดชุดเอกสารเป็นไฟล์ zip</translation>
    </message>
    <message>
        <source>Page {page} of exhibit {number} has no place in the complaint; export again, and report this if it happens twice.</source>
        <translation>หน้า {page} ของชิ้นหลักฐาน {number} ไม่มีที่อยู่ในคำร้องทุกข์; โปรดส่งออกอีกครั้ง และแจ้งปัญหานี้หากเกิดขึ้นซ้ำ</translation>
    </message>
    <message>
        <source>Pattern: {title} (1 incident)</source>
        <translation>แบบแผน: {title} (1 เหตุการณ์)</translation>
    </message>
    <message>
        <source>Pattern: {title} ({count} incidents)</source>
        <translation>แบบแผน: {title} ({count} เหตุการณ์)</translation>
    </message>
    <message>
        <source>Reading or storing the file failed ({reason}); nothing was added.</source>
        <translation>อ่านหรือเก็บไฟล์ไม่สำเร็จ ({reason}); ไม่ได้เพิ่มสิ่งใด</translation>
    </message>
    <message>
        <source>Recording the export in the chain of custody</source>
        <translation>กำลังบันทึกการส่งออกลงในห่วงโซ่การครอบครองพยานหลักฐาน</translation>
    </message>
    <message>
        <source>Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder); `casebook verify` lists the damaged places.</source>
        <translation>โปรดกู้คืน casebook.db จากข้อมูลสำรองของโฟลเดอร์ (อาจมีข้อมูลสำรองอัตโนมัติในโฟลเดอร์ backups/); `casebook verify` จะแสดงจุดที่เสียหาย</translation>
    </message>
    <message>
        <source>Review actions are signed, and no user with a key is acting here.</source>
        <translation>การตรวจทานต้องลงลายมือชื่อ และไม่มีผู้ใช้ที่มีกุญแจกำลังทำงานอยู่ที่นี่</translation>
    </message>
    <message>
        <source>Say which version to keep: local or incoming.</source>
        <translation>โปรดระบุว่าจะเก็บฉบับใด: local หรือ incoming</translation>
    </message>
    <message>
        <source>Sealing the identity annex</source>
        <translation>กำลังปิดผนึกภาคผนวกตัวตน</translation>
    </message>
    <message>
        <source>September</source>
        <translation>กันยายน</translation>
    </message>
    <message>
        <source>Several identities start with these digits; give more of them.</source>
        <translation>มีตัวตนหลายรายการที่ขึ้นต้นด้วยตัวเลขเหล่านี้; โปรดระบุให้ยาวขึ้น</translation>
    </message>
    <message>
        <source>Source reliability is a letter from A (completely reliable) to F (cannot be judged).</source>
        <translation>ความเชื่อถือได้ของแหล่งที่มาเป็นตัวอักษรตั้งแต่ A (เชื่อถือได้ทั้งหมด) ถึง F (ประเมินไม่ได้)</translation>
    </message>
    <message>
        <source>That {kind} is not part of this incident&apos;s case.</source>
        <translation>{kind} นั้นไม่ได้เป็นส่วนหนึ่งของคดีของเหตุการณ์นี้</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof but not the media file it is for. Share the photo or video again from ProofMode with its proof.</source>
        <translation>ชุดข้อมูล ProofMode {name} มีหลักฐานพิสูจน์ แต่ไม่มีไฟล์สื่อที่หลักฐานนั้นเป็นของ โปรดแชร์ภาพหรือวิดีโอจาก ProofMode อีกครั้งพร้อมหลักฐานพิสูจน์</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof file that is not JSON ProofMode writes; it may be damaged. Ask for it to be shared again from ProofMode.</source>
        <translation>ชุดข้อมูล ProofMode {name} มีไฟล์หลักฐานพิสูจน์ที่ไม่ใช่ JSON ที่ ProofMode เขียน; อาจเสียหาย โปรดขอให้แชร์จาก ProofMode อีกครั้ง</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} holds the proofs of {count} media files; Casebook takes a bundle of one. Share each photo or video from ProofMode on its own, then add each bundle.</source>
        <translation>ชุดข้อมูล ProofMode {name} มีหลักฐานพิสูจน์ของไฟล์สื่อ {count} ไฟล์; Casebook รับชุดข้อมูลละหนึ่งไฟล์ โปรดแชร์ภาพหรือวิดีโอแต่ละไฟล์จาก ProofMode แยกกัน แล้วเพิ่มทีละชุด</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} is damaged (a file in it cannot be read in full); nothing was added. Ask for it to be shared again from ProofMode.</source>
        <translation>ชุดข้อมูล ProofMode {name} เสียหาย (มีไฟล์ข้างในที่อ่านได้ไม่ครบ); ไม่ได้เพิ่มสิ่งใด โปรดขอให้แชร์จาก ProofMode อีกครั้ง</translation>
    </message>
    <message>
        <source>The Rome Statute taxonomy could not be loaded ({where}): {problem}. Reinstall Casebook to restore its taxonomy files.</source>
        <translation>โหลดอนุกรมวิธานธรรมนูญกรุงโรมไม่ได้ ({where}): {problem} โปรดติดตั้ง Casebook ใหม่เพื่อกู้คืนไฟล์อนุกรมวิธาน</translation>
    </message>
    <message>
        <source>The TSA address holds a user name or password. Casebook keeps the address with each time-stamp, so give one without them (a TSA that needs no login).</source>
        <translation>ที่อยู่ TSA มีชื่อผู้ใช้หรือรหัสผ่าน Casebook เก็บที่อยู่ไว้กับการประทับเวลาทุกครั้ง โปรดระบุที่อยู่ที่ไม่มีข้อมูลเหล่านั้น (TSA ที่ไม่ต้องเข้าสู่ระบบ)</translation>
    </message>
    <message>
        <source>The age identity does not open this casebook: none of its supervisor key slots was made for it. Check that you chose your own identity file, or open the casebook with its passphrase.</source>
        <translation>ตัวตน age นี้เปิดสมุดคดีนี้ไม่ได้: ไม่มีช่องกุญแจของหัวหน้างานช่องใดที่สร้างไว้ให้ตัวตนนี้ โปรดตรวจว่าเลือกไฟล์ตัวตนของคุณเอง หรือเปิดสมุดคดีด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The age identity file holds no usable key (a line starting AGE-SECRET-KEY-1). Choose the identity file you exported from your own casebook.</source>
        <translation>ไฟล์ตัวตน age ไม่มีกุญแจที่ใช้ได้ (บรรทัดที่ขึ้นต้นด้วย AGE-SECRET-KEY-1) โปรดเลือกไฟล์ตัวตนที่คุณส่งออกจากสมุดคดีของคุณเอง</translation>
    </message>
    <message>
        <source>The age recipient is not valid. It is a public key starting with &apos;age1&apos;; ask the recipient for it again.</source>
        <translation>ผู้รับ age ไม่ถูกต้อง ต้องเป็นกุญแจสาธารณะที่ขึ้นต้นด้วย &apos;age1&apos;; โปรดขอจากผู้รับอีกครั้ง</translation>
    </message>
    <message>
        <source>The audit chain is empty, so there is nothing to time-stamp yet.</source>
        <translation>บันทึกการตรวจสอบยังว่างอยู่ จึงยังไม่มีอะไรให้ประทับเวลา</translation>
    </message>
    <message>
        <source>The audit history in the package does not end where its signed manifest says. Nothing was imported; ask the sender for a new package.</source>
        <translation>ประวัติการตรวจสอบในแพ็กเกจไม่ได้สิ้นสุดตรงที่บัญชีรายการไฟล์ที่ลงลายมือชื่อระบุ ไม่ได้นำเข้าสิ่งใด; โปรดขอแพ็กเกจใหม่จากผู้ส่ง</translation>
    </message>
    <message>
        <source>The backup could not be written to {parent} ({reason}); the previous backup there, if any, is unchanged.</source>
        <translation>เขียนข้อมูลสำรองลงใน {parent} ไม่ได้ ({reason}); ข้อมูลสำรองก่อนหน้าที่นั่น (ถ้ามี) ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The backup was cancelled and what it had written was removed; the previous backup, if any, is unchanged.</source>
        <translation>ยกเลิกการสำรองข้อมูลแล้ว และลบสิ่งที่เขียนไปแล้วออก; ข้อมูลสำรองก่อนหน้า (ถ้ามี) ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The backup was not made: the copy of the database did not check out ({problems}). Run `casebook verify` on the casebook.</source>
        <translation>ไม่ได้สำรองข้อมูล: สำเนาฐานข้อมูลตรวจไม่ผ่าน ({problems}) โปรดเรียก `casebook verify` กับสมุดคดี</translation>
    </message>
    <message>
        <source>The backup was not made: {problem} The casebook itself may be damaged; run `casebook verify` on it.</source>
        <translation>ไม่ได้สำรองข้อมูล: {problem} ตัวสมุดคดีเองอาจเสียหาย; โปรดเรียก `casebook verify` กับสมุดคดี</translation>
    </message>
    <message>
        <source>The bundle is signed with the exporting user&apos;s key, and this user has none in this casebook. Open the casebook as the user who exports.</source>
        <translation>ชุดเอกสารลงลายมือชื่อด้วยกุญแจของผู้ใช้ที่ส่งออก และผู้ใช้นี้ไม่มีกุญแจในสมุดคดีนี้ โปรดเปิดสมุดคดีในฐานะผู้ใช้ที่จะส่งออก</translation>
    </message>
    <message>
        <source>The casebook&apos;s database cannot be read: the file is damaged, or it does not belong to this key-slot file. {hint}</source>
        <translation>อ่านฐานข้อมูลของสมุดคดีไม่ได้: ไฟล์เสียหาย หรือไม่ได้เป็นของไฟล์ช่องกุญแจนี้ {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database file is empty or holds none of this casebook&apos;s records, so it was not opened. Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder).</source>
        <translation>ไฟล์ฐานข้อมูลของสมุดคดีว่างเปล่าหรือไม่มีรายการของสมุดคดีนี้เลย จึงไม่ได้เปิด โปรดกู้คืน casebook.db จากข้อมูลสำรองของโฟลเดอร์ (อาจมีข้อมูลสำรองอัตโนมัติในโฟลเดอร์ backups/)</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged ({pages}). {hint}</source>
        <translation>ฐานข้อมูลของสมุดคดีเสียหาย ({pages}) {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged. {hint}</source>
        <translation>ฐานข้อมูลของสมุดคดีเสียหาย {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of the package ({kind}); nothing was imported. Ask the sender to make the package again with this version of Casebook.</source>
        <translation>ฐานข้อมูลของสมุดคดีปฏิเสธรายการหนึ่งของแพ็กเกจ ({kind}); ไม่ได้นำเข้าสิ่งใด โปรดขอให้ผู้ส่งสร้างแพ็กเกจใหม่ด้วย Casebook รุ่นนี้</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of this file ({kind}); nothing was imported. Check the file against the interchange format, or report this with the file&apos;s format version.</source>
        <translation>ฐานข้อมูลของสมุดคดีปฏิเสธรายการหนึ่งของไฟล์นี้ ({kind}); ไม่ได้นำเข้าสิ่งใด โปรดตรวจไฟล์กับรูปแบบการแลกเปลี่ยนข้อมูล หรือแจ้งปัญหานี้พร้อมรุ่นรูปแบบของไฟล์</translation>
    </message>
    <message>
        <source>The charge is not one of case {reference}.</source>
        <translation>ข้อหานี้ไม่ใช่ข้อหาของคดี {reference}</translation>
    </message>
    <message>
        <source>The complaint has no creation date; export again.</source>
        <translation>คำร้องทุกข์ไม่มีวันที่สร้าง; โปรดส่งออกอีกครั้ง</translation>
    </message>
    <message>
        <source>The content of {label} has {total} bytes, but {size} were recorded.</source>
        <translation>เนื้อหาของ {label} มี {total} ไบต์ แต่บันทึกไว้ {size} ไบต์</translation>
    </message>
    <message>
        <source>The content of {label} no longer matches the SHA-256 recorded at intake.</source>
        <translation>เนื้อหาของ {label} ไม่ตรงกับ SHA-256 ที่บันทึกไว้ตอนรับเข้าแล้ว</translation>
    </message>
    <message>
        <source>The database in this folder belongs to a different casebook than its key-slot file. Files from two casebooks have been mixed; restore the folder from a backup.</source>
        <translation>ฐานข้อมูลในโฟลเดอร์นี้เป็นของสมุดคดีคนละเล่มกับไฟล์ช่องกุญแจ ไฟล์จากสองสมุดคดีปนกัน; โปรดกู้คืนโฟลเดอร์จากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>The date has a day that this month does not have.</source>
        <translation>วันที่มีวันที่ที่เดือนนี้ไม่มี</translation>
    </message>
    <message>
        <source>The date has a month that does not exist (months are 01 to 12).</source>
        <translation>วันที่มีเดือนที่ไม่มีอยู่จริง (เดือนคือ 01 ถึง 12)</translation>
    </message>
    <message>
        <source>The date has a time of day that does not exist (hours 00-23, minutes 00-59).</source>
        <translation>วันที่มีเวลาที่ไม่มีอยู่จริง (ชั่วโมง 00-23 นาที 00-59)</translation>
    </message>
    <message>
        <source>The date has the year 0000, which no calendar has.</source>
        <translation>วันที่มีปี 0000 ซึ่งไม่มีในปฏิทินใด</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the backup was not made; the previous backup there, if any, is unchanged. Free some space or choose another disk.</source>
        <translation>ดิสก์ที่มี {folder} เต็ม จึงไม่ได้สำรองข้อมูล; ข้อมูลสำรองก่อนหน้าที่นั่น (ถ้ามี) ไม่เปลี่ยนแปลง โปรดเพิ่มพื้นที่ว่างหรือเลือกดิสก์อื่น</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved from this step. Free some space and try again; the casebook is unchanged.</source>
        <translation>ดิสก์เต็ม จึงไม่ได้บันทึกสิ่งใดจากขั้นตอนนี้ โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง; สมุดคดีไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The disk that holds the casebook {folder} is full, so its database could not be read or written and nothing was saved from this step. This is not damage: free some space on that disk and try again. Do not restore the casebook from a backup, which would lose your recent work.</source>
        <translation>ดิสก์ที่เก็บสมุดคดี {folder} เต็ม จึงอ่านหรือเขียนฐานข้อมูลไม่ได้ และไม่ได้บันทึกสิ่งใดจากขั้นตอนนี้ นี่ไม่ใช่ความเสียหาย: โปรดเพิ่มพื้นที่ว่างบนดิสก์นั้นแล้วลองอีกครั้ง อย่ากู้คืนสมุดคดีจากข้อมูลสำรอง เพราะจะทำให้งานล่าสุดของคุณหายไป</translation>
    </message>
    <message>
        <source>The document holds fields other than &quot;sections&quot;; put each section in the &quot;sections&quot; list.</source>
        <translation>เอกสารมีช่องข้อมูลอื่นนอกจาก &quot;sections&quot;; โปรดใส่แต่ละส่วนไว้ในรายการ &quot;sections&quot;</translation>
    </message>
    <message>
        <source>The edition for addressee {key} is written in {names}, not in {language}; choose {names} as the language of the document.</source>
        <translation>ฉบับสำหรับผู้รับ {key} เขียนเป็นภาษา {names} ไม่ใช่ {language}; โปรดเลือก {names} เป็นภาษาของเอกสาร</translation>
    </message>
    <message>
        <source>The edition must be &apos;filing&apos; or &apos;internal&apos;, not {edition}.</source>
        <translation>ฉบับต้องเป็น &apos;filing&apos; หรือ &apos;internal&apos; ไม่ใช่ {edition}</translation>
    </message>
    <message>
        <source>The element &apos;{shown}&apos; is not an element of this charge ({crime_id}). Its elements are: {allowed}.</source>
        <translation>&apos;{shown}&apos; ไม่ใช่องค์ประกอบของข้อหานี้ ({crime_id}) องค์ประกอบของข้อหานี้คือ: {allowed}</translation>
    </message>
    <message>
        <source>The entry {name} does not match its hash in the signed manifest: the package was altered after it was signed. Nothing was imported.</source>
        <translation>รายการ {name} ไม่ตรงกับแฮชในบัญชีรายการไฟล์ที่ลงลายมือชื่อ: แพ็กเกจถูกแก้ไขหลังลงลายมือชื่อ ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The entry {name} is not the one (or not the size) its signed manifest lists at this place; the package was refused and nothing was imported.</source>
        <translation>รายการ {name} ไม่ใช่รายการ (หรือขนาดไม่ตรงกับ) ที่บัญชีรายการไฟล์ที่ลงลายมือชื่อระบุไว้ที่ตำแหน่งนี้; ปฏิเสธแพ็กเกจและไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The export edition {name} has no texts (&apos;strings&apos;).</source>
        <translation>ฉบับส่งออก {name} ไม่มีข้อความ (&apos;strings&apos;)</translation>
    </message>
    <message>
        <source>The export edition {name} names no sections or unknown ones ({unknown}); sections are: {sections}.</source>
        <translation>ฉบับส่งออก {name} ไม่ได้ระบุส่วน หรือระบุส่วนที่ไม่รู้จัก ({unknown}); ส่วนที่มีคือ: {sections}</translation>
    </message>
    <message>
        <source>The export template {name} does not hold a JSON object.</source>
        <translation>แม่แบบการส่งออก {name} ไม่ได้เป็นวัตถุ JSON</translation>
    </message>
    <message>
        <source>The export template {name} is missing from this installation; reinstall Casebook.</source>
        <translation>ไม่มีแม่แบบการส่งออก {name} ในการติดตั้งนี้; โปรดติดตั้ง Casebook ใหม่</translation>
    </message>
    <message>
        <source>The export template {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>แม่แบบการส่งออก {name} ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {lineno}); โปรดกู้คืนจากการติดตั้ง Casebook</translation>
    </message>
    <message>
        <source>The export text {key} is missing or not a text.</source>
        <translation>ข้อความส่งออก {key} หายไปหรือไม่ใช่ข้อความ</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written and nothing recorded.</source>
        <translation>ยกเลิกการส่งออกแล้ว; ไม่ได้เขียนและไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was imported:</source>
        <translation>นำเข้าไฟล์นี้ตามสภาพที่เป็นอยู่ไม่ได้; ไม่ได้นำเข้าสิ่งใด:</translation>
    </message>
    <message>
        <source>The file does not follow the interchange format; nothing was imported:</source>
        <translation>ไฟล์ไม่เป็นไปตามรูปแบบการแลกเปลี่ยนข้อมูล; ไม่ได้นำเข้าสิ่งใด:</translation>
    </message>
    <message>
        <source>The file holds a value Casebook does not read; nothing was imported:</source>
        <translation>ไฟล์มีค่าที่ Casebook อ่านไม่ได้; ไม่ได้นำเข้าสิ่งใด:</translation>
    </message>
    <message>
        <source>The file holds dates that do not exist, ranges that end before they start, or consent recipients that are not codes of Casebook&apos;s list of states and bodies; nothing was imported. Correct them and import again:</source>
        <translation>ไฟล์มีวันที่ที่ไม่มีอยู่จริง ช่วงวันที่ที่สิ้นสุดก่อนเริ่ม หรือผู้รับความยินยอมที่ไม่ใช่รหัสในรายการรัฐและองค์กรของ Casebook; ไม่ได้นำเข้าสิ่งใด โปรดแก้ไขแล้วนำเข้าอีกครั้ง:</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being read (it was {before} bytes, then {after}, and {size} were read). Wait until it is completely copied or saved, then add it again.</source>
        <translation>ไฟล์ {name} เปลี่ยนไประหว่างที่อ่าน (เดิม {before} ไบต์ แล้วเป็น {after} และอ่านได้ {size}) โปรดรอจนคัดลอกหรือบันทึกเสร็จสมบูรณ์ แล้วเพิ่มอีกครั้ง</translation>
    </message>
    <message>
        <source>The file {name} was not found. It may have been moved or its drive removed; check the path and try again.</source>
        <translation>ไม่พบไฟล์ {name} อาจถูกย้ายหรือถอดไดรฟ์ออกไปแล้ว; โปรดตรวจเส้นทางแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the path.</source>
        <translation>ไม่มีไฟล์ {path} โปรดตรวจเส้นทาง</translation>
    </message>
    <message>
        <source>The filing edition was not written, because a charge rests on law that did not apply to the charged acts or whose wording has not been checked:
{lines}
Export the internal edition to review the charges, leave these charges out of the export (choose the charges to export), or correct the incident dates if they are wrong.</source>
        <translation>ไม่ได้เขียนฉบับยื่นอัยการ เพราะมีข้อหาที่อาศัยกฎหมายซึ่งไม่มีผลใช้กับการกระทำที่ถูกกล่าวหา หรือยังไม่ได้ตรวจถ้อยคำ:
{lines}
โปรดส่งออกฉบับภายในเพื่อตรวจทานข้อหา ไม่รวมข้อหาเหล่านี้ในการส่งออก (เลือกข้อหาที่จะส่งออก) หรือแก้วันที่ของเหตุการณ์หากผิด</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({strerror}).</source>
        <translation>สร้างโฟลเดอร์ {folder} ไม่ได้ ({strerror})</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({reason}). Choose a place you can write to.</source>
        <translation>สร้างโฟลเดอร์ {folder} ไม่ได้ ({reason}) โปรดเลือกที่ที่คุณเขียนได้</translation>
    </message>
    <message>
        <source>The identity of {display_name} is not verified yet. Compare its fingerprint with your colleague by phone or in person, then run `casebook identity verify`.</source>
        <translation>ตัวตนของ {display_name} ยังไม่ได้ยืนยัน โปรดเทียบลายนิ้วมือกับเพื่อนร่วมงานทางโทรศัพท์หรือพบตัว แล้วเรียก `casebook identity verify`</translation>
    </message>
    <message>
        <source>The incoming version cannot be written here: {reason}.</source>
        <translation>เขียนฉบับที่เข้ามาที่นี่ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: it is not valid JSON. Restore it from a backup of the casebook folder.</source>
        <translation>ไฟล์ช่องกุญแจ (keyslots.json) เสียหาย: ไม่ใช่ JSON ที่ถูกต้อง โปรดกู้คืนจากข้อมูลสำรองของโฟลเดอร์สมุดคดี</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: its checksum does not match its content. Restore it from a backup of the casebook folder.</source>
        <translation>ไฟล์ช่องกุญแจ (keyslots.json) เสียหาย: ค่าตรวจสอบไม่ตรงกับเนื้อหา โปรดกู้คืนจากข้อมูลสำรองของโฟลเดอร์สมุดคดี</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is missing from this casebook folder, so it cannot be opened. Restore the file from a backup of the folder.</source>
        <translation>ไม่มีไฟล์ช่องกุญแจ (keyslots.json) ในโฟลเดอร์สมุดคดีนี้ จึงเปิดไม่ได้ โปรดกู้คืนไฟล์จากข้อมูลสำรองของโฟลเดอร์</translation>
    </message>
    <message>
        <source>The key-slot file asks for key-derivation costs beyond anything Casebook writes (at most {mib} MiB of memory and {max_iterations} passes), so it was not tried: it is damaged or was tampered with. Restore keyslots.json from a backup of the casebook folder.</source>
        <translation>ไฟล์ช่องกุญแจขอต้นทุนการสร้างกุญแจสูงเกินกว่าที่ Casebook เคยเขียน (หน่วยความจำไม่เกิน {mib} MiB และไม่เกิน {max_iterations} รอบ) จึงไม่ได้ลอง: ไฟล์เสียหายหรือถูกแก้ไข โปรดกู้คืน keyslots.json จากข้อมูลสำรองของโฟลเดอร์สมุดคดี</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read ({reason}). Check the folder&apos;s permissions and the disk.</source>
        <translation>อ่านไฟล์ช่องกุญแจไม่ได้ ({reason}) โปรดตรวจสิทธิ์ของโฟลเดอร์และดิสก์</translation>
    </message>
    <message>
        <source>The key-slot file changed to another casebook&apos;s during the backup.</source>
        <translation>ไฟล์ช่องกุญแจเปลี่ยนเป็นของสมุดคดีอื่นระหว่างการสำรองข้อมูล</translation>
    </message>
    <message>
        <source>The key-slot file has been altered since Casebook last wrote it (a slot was added, removed or edited). The casebook was not opened. Restore keyslots.json from a backup, and treat this computer as possibly tampered with.</source>
        <translation>ไฟล์ช่องกุญแจถูกแก้ไขหลังจาก Casebook เขียนครั้งล่าสุด (มีช่องถูกเพิ่ม ลบ หรือแก้ไข) ไม่ได้เปิดสมุดคดี โปรดกู้คืน keyslots.json จากข้อมูลสำรอง และถือว่าคอมพิวเตอร์เครื่องนี้อาจถูกแทรกแซง</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: a slot is not an object.</source>
        <translation>ไฟล์ช่องกุญแจเสียหาย: มีช่องที่ไม่ใช่วัตถุ</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: it lists no usable key slots.</source>
        <translation>ไฟล์ช่องกุญแจเสียหาย: ไม่มีช่องกุญแจที่ใช้ได้</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {exc}.</source>
        <translation>ไฟล์ช่องกุญแจเสียหาย: {exc}</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is missing.</source>
        <translation>ไฟล์ช่องกุญแจเสียหาย: ไม่มี {what}</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is not valid.</source>
        <translation>ไฟล์ช่องกุญแจเสียหาย: {what} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The key-slot file is not in a format this version of Casebook knows. It may come from a newer version, or be damaged.</source>
        <translation>ไฟล์ช่องกุญแจอยู่ในรูปแบบที่ Casebook รุ่นนี้ไม่รู้จัก อาจมาจากรุ่นที่ใหม่กว่า หรือเสียหาย</translation>
    </message>
    <message>
        <source>The languages of the export edition {name} do not have the same texts; give every language every key.</source>
        <translation>ภาษาต่าง ๆ ของฉบับส่งออก {name} มีข้อความไม่เหมือนกัน; โปรดให้ทุกภาษามีทุกคีย์</translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be removed.</source>
        <translation>ลบช่องวลีรหัสผ่านช่องสุดท้ายไม่ได้</translation>
    </message>
    <message>
        <source>The list {name} does not hold a JSON object; restore it.</source>
        <translation>รายการ {name} ไม่ได้เป็นวัตถุ JSON; โปรดกู้คืน</translation>
    </message>
    <message>
        <source>The list {name} is missing from this installation; reinstall Casebook.</source>
        <translation>ไม่มีรายการ {name} ในการติดตั้งนี้; โปรดติดตั้ง Casebook ใหม่</translation>
    </message>
    <message>
        <source>The list {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>รายการ {name} ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {lineno}); โปรดกู้คืนจากการติดตั้ง Casebook</translation>
    </message>
    <message>
        <source>The local record changed after this conflict was found. Look at it again; to keep your current version, resolve with --keep local.</source>
        <translation>รายการในเครื่องเปลี่ยนไปหลังพบข้อขัดแย้งนี้ โปรดดูอีกครั้ง; หากต้องการเก็บฉบับปัจจุบันของคุณ ให้แก้ด้วย --keep local</translation>
    </message>
    <message>
        <source>The local record is sealed, so it cannot take the incoming version. Make a new version of it if the incoming changes are right, then keep local.</source>
        <translation>รายการในเครื่องปิดผนึกแล้ว จึงรับฉบับที่เข้ามาไม่ได้ หากการเปลี่ยนแปลงที่เข้ามาถูกต้อง โปรดสร้างฉบับใหม่ของรายการนั้น แล้วเลือกเก็บ local</translation>
    </message>
    <message>
        <source>The package breaks a rule of this casebook&apos;s records (a reference to a record that is not here, or a duplicate). Nothing was imported; ask the sender for a complete package (without --since-last).</source>
        <translation>แพ็กเกจละเมิดกฎของรายการในสมุดคดีนี้ (อ้างถึงรายการที่ไม่มีที่นี่ หรือรายการซ้ำ) ไม่ได้นำเข้าสิ่งใด; โปรดขอแพ็กเกจฉบับสมบูรณ์จากผู้ส่ง (ไม่ใช้ --since-last)</translation>
    </message>
    <message>
        <source>The package cannot be merged into this casebook, so nothing was imported:</source>
        <translation>รวมแพ็กเกจเข้ากับสมุดคดีนี้ไม่ได้ จึงไม่ได้นำเข้าสิ่งใด:</translation>
    </message>
    <message>
        <source>The package claims to come from a stored identity but is signed with another key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>แพ็กเกจอ้างว่ามาจากตัวตนที่เก็บไว้ แต่ลงลายมือชื่อด้วยกุญแจอื่น อาจมีคนปลอมตัวเป็นเพื่อนร่วมงาน; ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package comes from an unknown sender ({display_name}, {role}, fingerprint {fingerprint}). Import their identity and verify its fingerprint with them first, or import with --accept-unverified if you trust it. Nothing was imported.</source>
        <translation>แพ็กเกจมาจากผู้ส่งที่ไม่รู้จัก ({display_name}, {role}, ลายนิ้วมือ {fingerprint}) โปรดนำเข้าตัวตนของผู้ส่งและยืนยันลายนิ้วมือกับผู้ส่งก่อน หรือนำเข้าด้วย --accept-unverified หากคุณเชื่อถือ ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package comes from {display_name} (fingerprint {fingerprint}), whose identity is not verified here. Compare the fingerprint with them by phone or in person and run `casebook identity verify`, or import with --accept-unverified. Nothing was imported.</source>
        <translation>แพ็กเกจมาจาก {display_name} (ลายนิ้วมือ {fingerprint}) ซึ่งตัวตนยังไม่ได้ยืนยันที่นี่ โปรดเทียบลายนิ้วมือกับผู้ส่งทางโทรศัพท์หรือพบตัว แล้วเรียก `casebook identity verify` หรือนำเข้าด้วย --accept-unverified ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package could not be read ({strerror}).</source>
        <translation>อ่านแพ็กเกจไม่ได้ ({strerror})</translation>
    </message>
    <message>
        <source>The package could not be written ({strerror}); nothing was sent.</source>
        <translation>เขียนแพ็กเกจไม่ได้ ({strerror}); ไม่ได้ส่งสิ่งใด</translation>
    </message>
    <message>
        <source>The package declares an entry of {size} bytes, more than Casebook accepts ({limit} bytes); it was refused and nothing was imported.</source>
        <translation>แพ็กเกจระบุรายการขนาด {size} ไบต์ ซึ่งเกินกว่าที่ Casebook รับได้ ({limit} ไบต์); จึงถูกปฏิเสธและไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package holds an archive entry that is not a plain file (a link, folder or extended header). Casebook never writes such entries, so the package was refused; nothing was imported.</source>
        <translation>แพ็กเกจมีรายการในไฟล์เก็บถาวรที่ไม่ใช่ไฟล์ธรรมดา (ลิงก์ โฟลเดอร์ หรือส่วนหัวแบบขยาย) Casebook ไม่เคยเขียนรายการเช่นนี้ จึงปฏิเสธแพ็กเกจ; ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package holds an entry its signed manifest does not list; it was refused and nothing was imported.</source>
        <translation>แพ็กเกจมีรายการที่บัญชีรายการไฟล์ที่ลงลายมือชื่อไม่ได้ระบุ; จึงถูกปฏิเสธและไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package holds an entry whose path leaves its folder ({name}). Such packages are refused as hostile; nothing was imported.</source>
        <translation>แพ็กเกจมีรายการที่เส้นทางออกนอกโฟลเดอร์ของตัวเอง ({name}) แพ็กเกจเช่นนี้ถูกปฏิเสธเพราะถือว่าเป็นอันตราย; ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package holds changes to a case this casebook does not have. Ask the sender for a complete package (without --since-last); nothing was imported.</source>
        <translation>แพ็กเกจมีการเปลี่ยนแปลงของคดีที่สมุดคดีนี้ไม่มี โปรดขอแพ็กเกจฉบับสมบูรณ์จากผู้ส่ง (ไม่ใช้ --since-last); ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered ({detail}). Ask the sender for a new copy; nothing was imported.</source>
        <translation>แพ็กเกจเสียหาย ไม่ครบ หรือถูกแก้ไข ({detail}) โปรดขอสำเนาใหม่จากผู้ส่ง; ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered. Ask the sender for a new copy; nothing was imported.</source>
        <translation>แพ็กเกจเสียหาย ไม่ครบ หรือถูกแก้ไข โปรดขอสำเนาใหม่จากผู้ส่ง; ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package is signed with the key of a stored identity but names another user or age key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>แพ็กเกจลงลายมือชื่อด้วยกุญแจของตัวตนที่เก็บไว้ แต่ระบุผู้ใช้อื่นหรือกุญแจ age อื่น อาจมีคนปลอมตัวเป็นเพื่อนร่วมงาน; ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package names a user of this casebook with a different signing key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>แพ็กเกจระบุผู้ใช้ของสมุดคดีนี้แต่ใช้กุญแจลงลายมือชื่ออื่น อาจมีคนปลอมตัวเป็นเพื่อนร่วมงาน; ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is {size} bytes, more than Casebook accepts; it was refused and nothing was imported.</source>
        <translation>บัญชีรายการไฟล์ของแพ็กเกจมีขนาด {size} ไบต์ ซึ่งเกินกว่าที่ Casebook รับได้; จึงถูกปฏิเสธและไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package&apos;s records are malformed, so nothing was imported. Ask the sender to make the package again with this version of Casebook:</source>
        <translation>รายการในแพ็กเกจผิดรูปแบบ จึงไม่ได้นำเข้าสิ่งใด โปรดขอให้ผู้ส่งสร้างแพ็กเกจใหม่ด้วย Casebook รุ่นนี้:</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its manifest: it was altered after it was signed, or damaged. Nothing was imported.</source>
        <translation>ลายมือชื่อของแพ็กเกจไม่ตรงกับบัญชีรายการไฟล์: ถูกแก้ไขหลังลงลายมือชื่อ หรือเสียหาย ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The package&apos;s signed manifest is malformed, so nothing was imported. It may come from a newer version of Casebook:</source>
        <translation>บัญชีรายการไฟล์ที่ลงลายมือชื่อของแพ็กเกจผิดรูปแบบ จึงไม่ได้นำเข้าสิ่งใด อาจมาจาก Casebook รุ่นที่ใหม่กว่า:</translation>
    </message>
    <message>
        <source>The package&apos;s {name} holds a value Casebook does not read, so nothing was imported. Ask the sender to make the package again:</source>
        <translation>{name} ของแพ็กเกจมีค่าที่ Casebook อ่านไม่ได้ จึงไม่ได้นำเข้าสิ่งใด โปรดขอให้ผู้ส่งสร้างแพ็กเกจใหม่:</translation>
    </message>
    <message>
        <source>The package&apos;s {name} is not valid JSON, so nothing was imported. Ask the sender to make the package again.</source>
        <translation>{name} ของแพ็กเกจไม่ใช่ JSON ที่ถูกต้อง จึงไม่ได้นำเข้าสิ่งใด โปรดขอให้ผู้ส่งสร้างแพ็กเกจใหม่</translation>
    </message>
    <message>
        <source>The passphrase does not open this casebook. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>วลีรหัสผ่านนี้เปิดสมุดคดีนี้ไม่ได้ โปรดตรวจภาษาของแป้นพิมพ์และปุ่ม Caps Lock หรือใช้กุญแจกู้คืน</translation>
    </message>
    <message>
        <source>The pattern annex&apos;s threshold must be a whole number of at least 2 (got {k}): counts of persons from 1 to threshold - 1 are shown as &apos;&lt; threshold&apos;.</source>
        <translation>เกณฑ์ของภาคผนวกแบบแผนต้องเป็นจำนวนเต็มอย่างน้อย 2 (ได้รับ {k}): จำนวนบุคคลตั้งแต่ 1 ถึง เกณฑ์ - 1 จะแสดงเป็น &apos;&lt; เกณฑ์&apos;</translation>
    </message>
    <message>
        <source>The pattern filter&apos;s {name} is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{name} ของตัวกรองแบบแผนไม่ใช่วันที่; โปรดเขียนเป็น YYYY-MM-DD, YYYY-MM หรือ YYYY</translation>
    </message>
    <message>
        <source>The pattern&apos;s title is longer than 300 characters; shorten it.</source>
        <translation>ชื่อเรื่องของแบบแผนยาวเกิน 300 อักขระ; โปรดทำให้สั้นลง</translation>
    </message>
    <message>
        <source>The print could not be written to {target} ({strerror}). Choose a folder you can write to.</source>
        <translation>เขียนงานพิมพ์ลงใน {target} ไม่ได้ ({strerror}) โปรดเลือกโฟลเดอร์ที่คุณเขียนได้</translation>
    </message>
    <message>
        <source>The process that encrypts or decrypts the package stopped unexpectedly (exit status {status}). Nothing was kept; try again, and if it happens again, restart Casebook.</source>
        <translation>กระบวนการที่เข้ารหัสหรือถอดรหัสแพ็กเกจหยุดทำงานโดยไม่คาดคิด (สถานะออก {status}) ไม่ได้เก็บสิ่งใดไว้; โปรดลองอีกครั้ง และหากเกิดขึ้นอีก ให้เริ่ม Casebook ใหม่</translation>
    </message>
    <message>
        <source>The pseudonym {pseudonym} arriving in the package is already used here by another person, so that person is called {renamed} here.</source>
        <translation>นามแฝง {pseudonym} ที่มากับแพ็กเกจถูกใช้โดยบุคคลอื่นที่นี่แล้ว จึงเรียกบุคคลนั้นว่า {renamed} ที่นี่</translation>
    </message>
    <message>
        <source>The queued request {name} is damaged (a file in it is missing or cannot be read). Delete the folder {shown}, then queue {claimed} again.</source>
        <translation>คำขอที่รอคิว {name} เสียหาย (มีไฟล์ข้างในหายไปหรืออ่านไม่ได้) โปรดลบโฟลเดอร์ {shown} แล้วเข้าคิว {claimed} อีกครั้ง</translation>
    </message>
    <message>
        <source>The range ends before it starts; check both dates, or swap them.</source>
        <translation>ช่วงวันที่สิ้นสุดก่อนเริ่ม; โปรดตรวจทั้งสองวันที่ หรือสลับกัน</translation>
    </message>
    <message>
        <source>The range {start}:{end} does not fit the passage, which has {length} characters. Give START:END with 0 ≤ START &lt; END ≤ {length}, or leave the range out to tag the whole passage.</source>
        <translation>ช่วง {start}:{end} ไม่พอดีกับข้อความ ซึ่งมี {length} อักขระ โปรดระบุ START:END โดย 0 ≤ START &lt; END ≤ {length} หรือไม่ระบุช่วงเพื่อติดแท็กทั้งข้อความ</translation>
    </message>
    <message>
        <source>The record&apos;s case is no longer in the casebook.</source>
        <translation>คดีของรายการนี้ไม่อยู่ในสมุดคดีแล้ว</translation>
    </message>
    <message>
        <source>The recovery key does not open this casebook. Check each group of characters against the copy you kept.</source>
        <translation>กุญแจกู้คืนนี้เปิดสมุดคดีนี้ไม่ได้ โปรดตรวจอักขระทีละกลุ่มกับสำเนาที่คุณเก็บไว้</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: its last group does not match the others. Check each group against the copy you kept.</source>
        <translation>กุญแจกู้คืนพิมพ์ผิด: กลุ่มสุดท้ายไม่ตรงกับกลุ่มอื่น โปรดตรวจทีละกลุ่มกับสำเนาที่คุณเก็บไว้</translation>
    </message>
    <message>
        <source>The reference {reference} is already used by another case; choose another.</source>
        <translation>เลขอ้างอิง {reference} ถูกใช้โดยคดีอื่นแล้ว; โปรดเลือกเลขอื่น</translation>
    </message>
    <message>
        <source>The reference {stored} is already used by another case; choose another.</source>
        <translation>เลขอ้างอิง {stored} ถูกใช้โดยคดีอื่นแล้ว; โปรดเลือกเลขอื่น</translation>
    </message>
    <message>
        <source>The remaining checks could not be completed because the database is damaged.</source>
        <translation>การตรวจที่เหลือทำให้เสร็จไม่ได้ เพราะฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>The reply of the time-stamp authority at {url} for {what} was not kept: {exc}. The request stays queued; check that the certificate file is this TSA&apos;s chain, and its address.</source>
        <translation>ไม่ได้เก็บคำตอบของหน่วยงานประทับเวลาที่ {url} สำหรับ {what}: {exc} คำขอยังอยู่ในคิว; โปรดตรวจว่าไฟล์ใบรับรองเป็นสายใบรับรองของ TSA นี้ และตรวจที่อยู่</translation>
    </message>
    <message>
        <source>The review status must be one of: {statuses}.</source>
        <translation>สถานะการตรวจทานต้องเป็นหนึ่งใน: {statuses}</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translation>บทบาทต้องเป็นหนึ่งใน: {roles}</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history differs from what an earlier package from the same casebook showed (entry {sequence}): entries were changed or removed since. Nothing was imported; ask the sender to run `casebook verify`.</source>
        <translation>ประวัติการตรวจสอบของผู้ส่งต่างจากที่แพ็กเกจก่อนหน้าจากสมุดคดีเดียวกันแสดงไว้ (รายการ {sequence}): มีรายการถูกเปลี่ยนหรือลบตั้งแต่นั้น ไม่ได้นำเข้าสิ่งใด; โปรดขอให้ผู้ส่งเรียก `casebook verify`</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history is broken at {where}: the entry does not follow on from the one before it. Nothing was imported.</source>
        <translation>ประวัติการตรวจสอบของผู้ส่งขาดตอนที่ {where}: รายการไม่ต่อจากรายการก่อนหน้า ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The stored file of {label} is damaged or was altered: {exc}. Do not rely on it; restore the casebook folder from a backup.</source>
        <translation>ไฟล์ที่เก็บไว้ของ {label} เสียหายหรือถูกแก้ไข: {exc} อย่าเชื่อถือไฟล์นี้; โปรดกู้คืนโฟลเดอร์สมุดคดีจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>The stored file of {label} is missing from the casebook folder ({folder}/{name}). Restore it from a backup.</source>
        <translation>ไฟล์ที่เก็บไว้ของ {label} หายไปจากโฟลเดอร์สมุดคดี ({folder}/{name}) โปรดกู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>The support must be one of: {support_kinds}.</source>
        <translation>การสนับสนุนต้องเป็นหนึ่งใน: {support_kinds}</translation>
    </message>
    <message>
        <source>The text holds a broken character (a lone surrogate). Copy it again from its source, or save the file as UTF-8.</source>
        <translation>ข้อความมีอักขระที่เสีย (lone surrogate) โปรดคัดลอกอีกครั้งจากต้นทาง หรือบันทึกไฟล์เป็น UTF-8</translation>
    </message>
    <message>
        <source>The text holds a control character (U+{code}) on line {line}, which cannot be printed in a filing. Remove it and save again.</source>
        <translation>ข้อความมีอักขระควบคุม (U+{code}) ในบรรทัด {line} ซึ่งพิมพ์ในฉบับยื่นอัยการไม่ได้ โปรดลบออกแล้วบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} answered with HTTP error {code}; {stays}, or check the address.</source>
        <translation>หน่วยงานประทับเวลาที่ {url} ตอบกลับด้วยข้อผิดพลาด HTTP {code}; {stays} หรือโปรดตรวจที่อยู่</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} could not be reached ({reason}); {stays}.</source>
        <translation>ติดต่อหน่วยงานประทับเวลาที่ {url} ไม่ได้ ({reason}); {stays}</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} sent more than a time-stamp reply; {stays}, or check the address.</source>
        <translation>หน่วยงานประทับเวลาที่ {url} ส่งข้อมูลมามากกว่าคำตอบการประทับเวลา; {stays} หรือโปรดตรวจที่อยู่</translation>
    </message>
    <message>
        <source>The use must be one of: {uses}.</source>
        <translation>การใช้งานต้องเป็นหนึ่งใน: {uses}</translation>
    </message>
    <message>
        <source>The {kind} {record_id} is not withheld, so there is nothing to include anyway; remove it from the list of overrides.</source>
        <translation>{kind} {record_id} ไม่ได้ถูกตัดออก จึงไม่ต้องเลือกรวม; โปรดนำออกจากรายการที่เลือกรวม</translation>
    </message>
    <message>
        <source>The {language} export texts lack the entry {example}; complete strings.{language}.json.</source>
        <translation>ข้อความส่งออกภาษา {language} ขาดรายการ {example}; โปรดเติม strings.{language}.json ให้ครบ</translation>
    </message>
    <message>
        <source>The {language} export texts lack {count} entries (for example {example}); complete strings.{language}.json.</source>
        <translation>ข้อความส่งออกภาษา {language} ขาดไป {count} รายการ (เช่น {example}); โปรดเติม strings.{language}.json ให้ครบ</translation>
    </message>
    <message>
        <source>The {timestamps_dir} folder of the casebook could not be written ({reason}). Check that the disk has space and the folder is yours; queued requests are kept.</source>
        <translation>เขียนโฟลเดอร์ {timestamps_dir} ของสมุดคดีไม่ได้ ({reason}) โปรดตรวจว่าดิสก์มีพื้นที่และโฟลเดอร์เป็นของคุณ; คำขอที่รอคิวยังเก็บไว้</translation>
    </message>
    <message>
        <source>There is no addressee {key}. Choose one of: {known} (they are listed in resources/export/addressees.json).</source>
        <translation>ไม่มีผู้รับ {key} โปรดเลือกหนึ่งใน: {known} (มีรายชื่ออยู่ใน resources/export/addressees.json)</translation>
    </message>
    <message>
        <source>There is no casebook at {folder}. Check the path.</source>
        <translation>ไม่มีสมุดคดีที่ {folder} โปรดตรวจเส้นทาง</translation>
    </message>
    <message>
        <source>There is no crime &apos;{key}&apos; in taxonomy {version}. Crime ids look like 7(1)(d) or 8(2)(e)(i); `casebook taxonomy QUERY` finds them.</source>
        <translation>ไม่มีอาชญากรรม &apos;{key}&apos; ในอนุกรมวิธาน {version} รหัสอาชญากรรมมีลักษณะเช่น 7(1)(d) หรือ 8(2)(e)(i); `casebook taxonomy QUERY` ค้นหาได้</translation>
    </message>
    <message>
        <source>There is no element &apos;{element_id}&apos; in taxonomy {version}. Element ids look like 7(1)(d)/1 (crime), cah_attack/1 (context) or 28(a)/2 (liability); `casebook taxonomy --show 7(1)(d)` lists the elements of a crime.</source>
        <translation>ไม่มีองค์ประกอบ &apos;{element_id}&apos; ในอนุกรมวิธาน {version} รหัสองค์ประกอบมีลักษณะเช่น 7(1)(d)/1 (อาชญากรรม), cah_attack/1 (บริบท) หรือ 28(a)/2 (ความรับผิด); `casebook taxonomy --show 7(1)(d)` แสดงองค์ประกอบของอาชญากรรม</translation>
    </message>
    <message>
        <source>There is no evidence item with the id {evidence_id}.</source>
        <translation>ไม่มีหลักฐานที่มีรหัส {evidence_id}</translation>
    </message>
    <message>
        <source>There is no mode of liability &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>ไม่มีรูปแบบความรับผิด &apos;{key}&apos; ในอนุกรมวิธาน {version}</translation>
    </message>
    <message>
        <source>There is no package file at {path}. Check the path.</source>
        <translation>ไม่มีไฟล์แพ็กเกจที่ {path} โปรดตรวจเส้นทาง</translation>
    </message>
    <message>
        <source>There is no section kind {kind}. Choose one of: {kinds}.</source>
        <translation>ไม่มีส่วนชนิด {kind} โปรดเลือกหนึ่งใน: {kinds}</translation>
    </message>
    <message>
        <source>There is no testimony with the id {testimony_id}.</source>
        <translation>ไม่มีคำให้การที่มีรหัส {testimony_id}</translation>
    </message>
    <message>
        <source>There is no use {use_id} in Casebook&apos;s list; choose one of: {known}.</source>
        <translation>ไม่มีการใช้งาน {use_id} ในรายการของ Casebook; โปรดเลือกหนึ่งใน: {known}</translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>ไม่มี {kind} &apos;{key}&apos; ในอนุกรมวิธาน {version}</translation>
    </message>
    <message>
        <source>There is no {what} with the id &apos;{key}&apos; in case {reference}; it may have been deleted or belong to another case. `casebook search` shows the ids of passages, evidence and incidents.</source>
        <translation>ไม่มี {what} ที่มีรหัส &apos;{key}&apos; ในคดี {reference}; อาจถูกลบหรือเป็นของคดีอื่น `casebook search` แสดงรหัสของข้อความ หลักฐาน และเหตุการณ์</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the key ({mib} MiB are needed). Close other programs and try again.</source>
        <translation>หน่วยความจำว่างไม่พอสำหรับปลดล็อกกุญแจ (ต้องใช้ {mib} MiB) โปรดปิดโปรแกรมอื่นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>There is nothing to save: the section is empty.</source>
        <translation>ไม่มีอะไรให้บันทึก: ส่วนนี้ว่างอยู่</translation>
    </message>
    <message>
        <source>This casebook could not be brought up to date for this version of Casebook ({kind}); the upgrade was rolled back and a copy of the database from before it is in the casebook&apos;s backups/ folder. Please report this.</source>
        <translation>ปรับสมุดคดีนี้ให้เข้ากับ Casebook รุ่นนี้ไม่ได้ ({kind}); การปรับรุ่นถูกย้อนกลับ และมีสำเนาฐานข้อมูลก่อนการปรับรุ่นอยู่ในโฟลเดอร์ backups/ ของสมุดคดี โปรดแจ้งปัญหานี้</translation>
    </message>
    <message>
        <source>This casebook has no exchange identity of its own yet. Run `casebook identity export` once to make it.</source>
        <translation>สมุดคดีนี้ยังไม่มีตัวตนสำหรับแลกเปลี่ยนของตัวเอง โปรดเรียก `casebook identity export` หนึ่งครั้งเพื่อสร้าง</translation>
    </message>
    <message>
        <source>This casebook is already open in another Casebook window or command. Close it there first; two programs writing at once could damage it.</source>
        <translation>สมุดคดีนี้เปิดอยู่แล้วในหน้าต่างหรือคำสั่งอื่นของ Casebook โปรดปิดที่นั่นก่อน; สองโปรแกรมเขียนพร้อมกันอาจทำให้เสียหาย</translation>
    </message>
    <message>
        <source>This casebook is older than the copy last opened on this computer on {when}: its history ends at audit entry {last}, but that copy&apos;s had reached entry {reached}. An older copy of the folder or of its database may have been put back. If you restored a backup on purpose, run `casebook verify FOLDER --accept-history`; otherwise keep this computer&apos;s copy and report it.</source>
        <translation>สมุดคดีนี้เก่ากว่าสำเนาที่เปิดครั้งล่าสุดบนคอมพิวเตอร์เครื่องนี้เมื่อ {when}: ประวัติของสมุดคดีนี้สิ้นสุดที่รายการบันทึกการตรวจสอบ {last} แต่สำเนานั้นไปถึงรายการ {reached} แล้ว อาจมีการนำสำเนาเก่าของโฟลเดอร์หรือฐานข้อมูลมาใส่คืน หากคุณตั้งใจกู้คืนจากข้อมูลสำรอง โปรดเรียก `casebook verify FOLDER --accept-history`; มิฉะนั้นให้เก็บสำเนาของคอมพิวเตอร์เครื่องนี้ไว้และแจ้งปัญหานี้</translation>
    </message>
    <message>
        <source>This casebook was saved by a newer version of Casebook. Install the newer version to open it; nothing in the casebook was changed.</source>
        <translation>สมุดคดีนี้บันทึกด้วย Casebook รุ่นที่ใหม่กว่า โปรดติดตั้งรุ่นที่ใหม่กว่าเพื่อเปิด; ไม่มีสิ่งใดในสมุดคดีถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>This casebook&apos;s audit log fails its own check, so no package was made: {problem}. Run `casebook verify` and restore from a backup.</source>
        <translation>บันทึกการตรวจสอบของสมุดคดีนี้ตรวจตัวเองไม่ผ่าน จึงไม่ได้สร้างแพ็กเกจ: {problem} โปรดเรียก `casebook verify` และกู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>This casebook&apos;s history was rewritten after audit entry {intact}: entry {changed}, as seen on this computer on {when}, is no longer what it was, so entries were changed, removed or renumbered since. Do not rely on this copy; compare it with a backup and report it. If the change is known and accepted, run `casebook verify FOLDER --accept-history`.</source>
        <translation>ประวัติของสมุดคดีนี้ถูกเขียนใหม่หลังรายการบันทึกการตรวจสอบ {intact}: รายการ {changed} ตามที่เห็นบนคอมพิวเตอร์เครื่องนี้เมื่อ {when} ไม่เหมือนเดิมแล้ว แปลว่ามีรายการถูกเปลี่ยน ลบ หรือเปลี่ยนหมายเลขตั้งแต่นั้น อย่าเชื่อถือสำเนานี้; โปรดเทียบกับข้อมูลสำรองและแจ้งปัญหานี้ หากรู้และยอมรับการเปลี่ยนแปลงนี้ โปรดเรียก `casebook verify FOLDER --accept-history`</translation>
    </message>
    <message>
        <source>This conflict was already resolved (kept {resolution}); nothing changed.</source>
        <translation>ข้อขัดแย้งนี้แก้ไปแล้ว (เก็บ {resolution}); ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>This consent has no recipients waiting for review.</source>
        <translation>ความยินยอมนี้ไม่มีผู้รับที่รอการตรวจทาน</translation>
    </message>
    <message>
        <source>This evidence item is not printed: {why}. If it may be shown all the same (a photo of a public place that merely mentions the person, say), print it with a written reason (`--include-because &quot;…&quot;`); the reason is kept in the audit log.</source>
        <translation>ไม่ได้พิมพ์หลักฐานนี้: {why} หากแสดงได้อยู่ดี (เช่น ภาพสถานที่สาธารณะที่เพียงกล่าวถึงบุคคลนั้น) โปรดพิมพ์พร้อมเหตุผลเป็นลายลักษณ์อักษร (`--include-because &quot;…&quot;`); เหตุผลจะเก็บไว้ในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>แก้ไขช่องนี้ที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>This identity claims the user id or age key of an identity already stored here, but with another signing key. Someone may be impersonating a colleague; do not use it, and compare fingerprints with your colleague.</source>
        <translation>ตัวตนนี้อ้างรหัสผู้ใช้หรือกุญแจ age ของตัวตนที่เก็บไว้ที่นี่แล้ว แต่ใช้กุญแจลงลายมือชื่ออื่น อาจมีคนปลอมตัวเป็นเพื่อนร่วมงาน; อย่าใช้ตัวตนนี้ และโปรดเทียบลายนิ้วมือกับเพื่อนร่วมงานของคุณ</translation>
    </message>
    <message>
        <source>This identity claims to be a user of this casebook but carries another signing key. Do not use it; compare fingerprints with your colleague.</source>
        <translation>ตัวตนนี้อ้างว่าเป็นผู้ใช้ของสมุดคดีนี้ แต่มีกุญแจลงลายมือชื่ออื่น อย่าใช้ตัวตนนี้; โปรดเทียบลายนิ้วมือกับเพื่อนร่วมงานของคุณ</translation>
    </message>
    <message>
        <source>This identity has no secret key here; it belongs to a colleague.</source>
        <translation>ตัวตนนี้ไม่มีกุญแจลับที่นี่; เป็นของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>This is not a documentation field of a statement.</source>
        <translation>นี่ไม่ใช่ช่องข้อมูลการบันทึกของคำให้การ</translation>
    </message>
    <message>
        <source>This is not a usable Casebook identity: {problem}. Ask your colleague to run `casebook identity export` and send the whole text again.</source>
        <translation>นี่ไม่ใช่ตัวตน Casebook ที่ใช้ได้: {problem} โปรดขอให้เพื่อนร่วมงานเรียก `casebook identity export` แล้วส่งข้อความทั้งหมดมาอีกครั้ง</translation>
    </message>
    <message>
        <source>This material is already tagged to {element} as {support}, with the same range and perpetrator. Edit that tag instead of adding another.</source>
        <translation>ข้อมูลนี้ติดแท็กกับ {element} เป็น {support} แล้ว ด้วยช่วงและผู้ถูกกล่าวหาเดียวกัน โปรดแก้ไขแท็กนั้นแทนการเพิ่มแท็กใหม่</translation>
    </message>
    <message>
        <source>This package ({package_id}) was already imported on {processed_at} UTC; importing it again changes nothing, so nothing was done.</source>
        <translation>แพ็กเกจนี้ ({package_id}) นำเข้าแล้วเมื่อ {processed_at} UTC; นำเข้าซ้ำจะไม่เปลี่ยนอะไร จึงไม่ได้ทำสิ่งใด</translation>
    </message>
    <message>
        <source>This package was made by this casebook; there is nothing to import.</source>
        <translation>แพ็กเกจนี้สร้างโดยสมุดคดีนี้เอง; ไม่มีอะไรให้นำเข้า</translation>
    </message>
    <message>
        <source>This package was not encrypted to your identity, so it cannot be opened here. Ask the sender to make it again for your fingerprint (`casebook identity export` shows it). Nothing was imported.</source>
        <translation>แพ็กเกจนี้ไม่ได้เข้ารหัสให้ตัวตนของคุณ จึงเปิดที่นี่ไม่ได้ โปรดขอให้ผู้ส่งสร้างใหม่สำหรับลายนิ้วมือของคุณ (`casebook identity export` แสดงลายนิ้วมือ) ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>This package was signed for other recipients and re-encrypted to you by someone else. It was not imported; ask the sender for a package addressed to you.</source>
        <translation>แพ็กเกจนี้ลงลายมือชื่อไว้สำหรับผู้รับอื่น แล้วมีคนอื่นเข้ารหัสใหม่ให้คุณ ไม่ได้นำเข้า; โปรดขอแพ็กเกจที่ส่งถึงคุณจากผู้ส่ง</translation>
    </message>
    <message>
        <source>This recipient is not in Casebook&apos;s list of states (ISO 3166-1 codes such as DE, FR, MM) and bodies (such as ICC, IIMM, IIIM); choose it from the list.</source>
        <translation>ผู้รับนี้ไม่อยู่ในรายการรัฐ (รหัส ISO 3166-1 เช่น DE, FR, MM) และองค์กร (เช่น ICC, IIMM, IIIM) ของ Casebook; โปรดเลือกจากรายการ</translation>
    </message>
    <message>
        <source>This record is sealed, so it cannot be changed or deleted. Make a new version to correct it; the sealed one stays as it was.</source>
        <translation>รายการนี้ปิดผนึกแล้ว จึงเปลี่ยนหรือลบไม่ได้ โปรดสร้างฉบับใหม่เพื่อแก้ไข; ฉบับที่ปิดผนึกจะคงเดิม</translation>
    </message>
    <message>
        <source>This statement is not printed: {why}. A statement leaves the casebook only as its witness consented; record the consent first if it was given.</source>
        <translation>ไม่ได้พิมพ์คำให้การนี้: {why} คำให้การออกจากสมุดคดีได้เฉพาะตามที่พยานให้ความยินยอม; หากพยานให้ความยินยอมแล้ว โปรดบันทึกความยินยอมก่อน</translation>
    </message>
    <message>
        <source>This statement is sealed, so its passages cannot be changed. Make a new version of the testimony to correct it.</source>
        <translation>คำให้การนี้ปิดผนึกแล้ว จึงเปลี่ยนข้อความไม่ได้ โปรดสร้างฉบับใหม่ของคำให้การเพื่อแก้ไข</translation>
    </message>
    <message>
        <source>This statement is sealed. Make a new version to correct it; the sealed one stays.</source>
        <translation>คำให้การนี้ปิดผนึกแล้ว โปรดสร้างฉบับใหม่เพื่อแก้ไข; ฉบับที่ปิดผนึกจะคงอยู่</translation>
    </message>
    <message>
        <source>Typesetting the complaint</source>
        <translation>กำลังจัดหน้าคำร้องทุกข์</translation>
    </message>
    <message>
        <source>Unknown field {bad}.</source>
        <translation>ไม่รู้จักช่องข้อมูล {bad}</translation>
    </message>
    <message>
        <source>Unknown status; use one of {case_statuses}.</source>
        <translation>ไม่รู้จักสถานะ; โปรดใช้หนึ่งใน {case_statuses}</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>ผู้เสียหายตามกลุ่มอายุ</translation>
    </message>
    <message>
        <source>Victims by ethnicity</source>
        <translation>ผู้เสียหายตามชาติพันธุ์</translation>
    </message>
    <message>
        <source>Victims by religion</source>
        <translation>ผู้เสียหายตามศาสนา</translation>
    </message>
    <message>
        <source>Victims by sex / gender</source>
        <translation>ผู้เสียหายตามเพศ</translation>
    </message>
    <message>
        <source>Write a number, such as 16.8661.</source>
        <translation>โปรดเขียนเป็นตัวเลข เช่น 16.8661</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.</source>
        <translation>โปรดเขียนวันที่เป็น YYYY-MM-DD หรือ YYYY-MM หรือ YYYY เมื่อทราบเพียงเท่านั้น</translation>
    </message>
    <message>
        <source>Write why the {kind} may go out despite the consent it lacks (at least {min_reason} characters); the reason is shown in the plan and kept in the audit log.</source>
        <translation>โปรดเขียนเหตุผลที่ {kind} นี้ส่งออกได้แม้ขาดความยินยอม (อย่างน้อย {min_reason} อักขระ); เหตุผลจะแสดงในแผนและเก็บไว้ในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Writing exhibit {n} of {total}</source>
        <translation>กำลังเขียนชิ้นหลักฐาน {n} จาก {total}</translation>
    </message>
    <message>
        <source>Writing the bundle failed ({reason}). Nothing was kept; check that the folder is writable and try again.</source>
        <translation>เขียนชุดเอกสารไม่สำเร็จ ({reason}) ไม่ได้เก็บสิ่งใดไว้; โปรดตรวจว่าเขียนลงโฟลเดอร์ได้แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>a different case here already uses its reference; change the reference of one of them and import again</source>
        <translation>มีคดีอื่นที่นี่ใช้เลขอ้างอิงนี้แล้ว; โปรดเปลี่ยนเลขอ้างอิงของคดีใดคดีหนึ่งแล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>a key or the signature is not valid</source>
        <translation>กุญแจหรือลายมือชื่อไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>a line is not of the form &apos;name: value&apos;</source>
        <translation>มีบรรทัดที่ไม่อยู่ในรูป &apos;name: value&apos;</translation>
    </message>
    <message>
        <source>a name is too short to replace wherever it stands; it is replaced only after an honorific (U, Daw, Ko, Ma …)</source>
        <translation>ชื่อสั้นเกินกว่าจะแทนที่ทุกแห่งที่ปรากฏ; จะแทนที่เฉพาะเมื่ออยู่หลังคำนำหน้าชื่อ (U, Daw, Ko, Ma …)</translation>
    </message>
    <message>
        <source>a part of it fails authentication, or its end is missing</source>
        <translation>มีบางส่วนที่ยืนยันความถูกต้องไม่ผ่าน หรือส่วนท้ายหายไป</translation>
    </message>
    <message>
        <source>a passage is cited as [[passage:&lt;statement id&gt;/&lt;paragraph&gt;]] or [[passage:&lt;passage id&gt;]], with at least six characters of the id</source>
        <translation>ข้อความอ้างอิงได้ในรูป [[passage:&lt;รหัสคำให้การ&gt;/&lt;ย่อหน้า&gt;]] หรือ [[passage:&lt;รหัสข้อความ&gt;]] โดยใช้รหัสอย่างน้อยหกตัวอักษร</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>บุคคลหนึ่ง</translation>
    </message>
    <message>
        <source>a person is cited by pseudonym (W-001) or by at least six characters of the id</source>
        <translation>บุคคลอ้างอิงได้ด้วยนามแฝง (W-001) หรือด้วยรหัสอย่างน้อยหกตัวอักษร</translation>
    </message>
    <message>
        <source>a record with its id belongs to another case here</source>
        <translation>มีรายการที่ใช้รหัสนี้เป็นของคดีอื่นที่นี่</translation>
    </message>
    <message>
        <source>a signed event with this id and different content is recorded here</source>
        <translation>มีเหตุการณ์ที่ลงลายมือชื่อซึ่งใช้รหัสนี้แต่เนื้อหาต่างกันบันทึกอยู่ที่นี่</translation>
    </message>
    <message>
        <source>a victim recorded with {groups}</source>
        <translation>ผู้เสียหายที่บันทึกว่ามี {groups}</translation>
    </message>
    <message>
        <source>administrative area: {areas}</source>
        <translation>เขตการปกครอง: {areas}</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>กลุ่มอายุ</translation>
    </message>
    <message>
        <source>alleged perpetrator unit: {units}</source>
        <translation>หน่วยของผู้ถูกกล่าวหา: {units}</translation>
    </message>
    <message>
        <source>an archive header is malformed</source>
        <translation>ส่วนหัวของไฟล์เก็บถาวรผิดรูปแบบ</translation>
    </message>
    <message>
        <source>an exhibit is cited by at least six characters of its id</source>
        <translation>ชิ้นหลักฐานอ้างอิงได้ด้วยรหัสอย่างน้อยหกตัวอักษร</translation>
    </message>
    <message>
        <source>an incident is cited by at least six characters of its id</source>
        <translation>เหตุการณ์อ้างอิงได้ด้วยรหัสอย่างน้อยหกตัวอักษร</translation>
    </message>
    <message>
        <source>around {date}</source>
        <translation>ประมาณ {date}</translation>
    </message>
    <message>
        <source>article {article} was added by {resolution} (adopted {adopted}) and applies only to States Parties that accepted it, one year after each deposited its acceptance (art. 121(5)); check acceptance by the State of territory or nationality</source>
        <translation>มาตรา {article} เพิ่มโดย {resolution} (รับรองเมื่อ {adopted}) และใช้กับรัฐภาคีที่ยอมรับเท่านั้น หนึ่งปีหลังแต่ละรัฐยื่นการยอมรับ (มาตรา 121(5)); โปรดตรวจว่ารัฐที่เป็นที่เกิดเหตุหรือรัฐสัญชาติได้ยอมรับแล้วหรือไม่</translation>
    </message>
    <message>
        <source>audit entry {sequence} ({action} in {table})</source>
        <translation>รายการบันทึกการตรวจสอบ {sequence} ({action} ใน {table})</translation>
    </message>
    <message>
        <source>audit entry {sequence} is not the one the TSA saw (stamped {describe}): the history was rewritten at or before entry {sequence}</source>
        <translation>รายการบันทึกการตรวจสอบ {sequence} ไม่ใช่รายการที่ TSA เห็น (ประทับเวลา {describe}): ประวัติถูกเขียนใหม่ที่หรือก่อนรายการ {sequence}</translation>
    </message>
    <message>
        <source>between {day1} and {day2} {month} {year}</source>
        <translation>ระหว่างวันที่ {day1} ถึง {day2} {month} {year}</translation>
    </message>
    <message>
        <source>between {day1} {month1} and {day2} {month2} {year}</source>
        <translation>ระหว่างวันที่ {day1} {month1} ถึง {day2} {month2} {year}</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>ระหว่าง {start} ถึง {end}</translation>
    </message>
    <message>
        <source>broken reference in table {table} (row {row})</source>
        <translation>การอ้างอิงเสียในตาราง {table} (แถว {row})</translation>
    </message>
    <message>
        <source>case {reference} situation</source>
        <translation>สถานการณ์ของคดี {reference}</translation>
    </message>
    <message>
        <source>case {reference} summary</source>
        <translation>สรุปคดี {reference}</translation>
    </message>
    <message>
        <source>case {reference} title</source>
        <translation>ชื่อเรื่องของคดี {reference}</translation>
    </message>
    <message>
        <source>changed on both sides since the last common version</source>
        <translation>ถูกเปลี่ยนทั้งสองฝั่งนับจากฉบับล่าสุดที่ตรงกัน</translation>
    </message>
    <message>
        <source>charge {n} ({crime})</source>
        <translation>ข้อหา {n} ({crime})</translation>
    </message>
    <message>
        <source>consent does not cover it</source>
        <translation>ความยินยอมไม่ครอบคลุม</translation>
    </message>
    <message>
        <source>contains the name of {who}; printed as {who}</source>
        <translation>มีชื่อของ {who}; พิมพ์เป็น {who}</translation>
    </message>
    <message>
        <source>contains the name of {who}; the file goes out unchanged (its hash is evidence), so decide whether to leave the exhibit out</source>
        <translation>มีชื่อของ {who}; ไฟล์จะส่งออกไปโดยไม่เปลี่ยนแปลง (แฮชของไฟล์เป็นหลักฐาน) โปรดตัดสินใจว่าจะไม่รวมชิ้นหลักฐานนี้หรือไม่</translation>
    </message>
    <message>
        <source>crime tagged or charged: {crimes}</source>
        <translation>อาชญากรรมที่ติดแท็กหรือตั้งข้อหา: {crimes}</translation>
    </message>
    <message>
        <source>custody event {sequence} ({action}) of evidence {title}</source>
        <translation>เหตุการณ์การครอบครอง {sequence} ({action}) ของหลักฐาน {title}</translation>
    </message>
    <message>
        <source>database file: {detail}</source>
        <translation>ไฟล์ฐานข้อมูล: {detail}</translation>
    </message>
    <message>
        <source>database structure: {detail}</source>
        <translation>โครงสร้างฐานข้อมูล: {detail}</translation>
    </message>
    <message>
        <source>date from</source>
        <translation>ตั้งแต่วันที่</translation>
    </message>
    <message>
        <source>date span overlapping {start} to {end}</source>
        <translation>ช่วงวันที่ที่คาบเกี่ยว {start} ถึง {end}</translation>
    </message>
    <message>
        <source>date to</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>ไม่ทราบวันที่</translation>
    </message>
    <message>
        <source>entries its manifest lists are missing</source>
        <translation>รายการที่บัญชีรายการไฟล์ระบุหายไป</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>ชาติพันธุ์</translation>
    </message>
    <message>
        <source>evidence {evidence_id} no longer has the content the TSA saw (stamped {describe}): its recorded SHA-256 was changed</source>
        <translation>หลักฐาน {evidence_id} ไม่มีเนื้อหาเดียวกับที่ TSA เห็นแล้ว (ประทับเวลา {describe}): ค่า SHA-256 ที่บันทึกไว้ถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>evidence {names} (stored as {storage_name})</source>
        <translation>หลักฐาน {names} (เก็บเป็น {storage_name})</translation>
    </message>
    <message>
        <source>evidence {title}</source>
        <translation>หลักฐาน {title}</translation>
    </message>
    <message>
        <source>evidence {title}: has no chain-of-custody events</source>
        <translation>หลักฐาน {title}: ไม่มีเหตุการณ์ในห่วงโซ่การครอบครองพยานหลักฐาน</translation>
    </message>
    <message>
        <source>evidence {title}: its recorded SHA-256 differs from its stored file&apos;s</source>
        <translation>หลักฐาน {title}: ค่า SHA-256 ที่บันทึกไว้ต่างจากของไฟล์ที่เก็บไว้</translation>
    </message>
    <message>
        <source>exhibit {n} acquisition</source>
        <translation>การได้มาของชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>exhibit {n} collected by</source>
        <translation>ผู้เก็บชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} place</source>
        <translation>สถานที่ของเหตุการณ์การครอบครอง {k} ของชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} reason</source>
        <translation>เหตุผลของเหตุการณ์การครอบครอง {k} ของชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>exhibit {n} description</source>
        <translation>คำอธิบายชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>exhibit {n} embedded metadata ({key})</source>
        <translation>เมทาดาทาที่ฝังในชิ้นหลักฐาน {n} ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} file, embedded metadata ({key})</source>
        <translation>ไฟล์ของชิ้นหลักฐาน {n}, เมทาดาทาที่ฝังไว้ ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} original file name</source>
        <translation>ชื่อไฟล์เดิมของชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>exhibit {n} place collected</source>
        <translation>สถานที่เก็บชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>exhibit {n} source</source>
        <translation>แหล่งที่มาของชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>exhibit {n} title</source>
        <translation>ชื่อเรื่องของชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>exhibit {n} web address</source>
        <translation>ที่อยู่เว็บของชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>exhibit {n} {part}</source>
        <translation>{part} ของชิ้นหลักฐาน {n}</translation>
    </message>
    <message>
        <source>for incident {number} ({span}) the law in force was {cited}, not {current}</source>
        <translation>สำหรับเหตุการณ์ {number} ({span}) กฎหมายที่ใช้บังคับคือ {cited} ไม่ใช่ {current}</translation>
    </message>
    <message>
        <source>from {start} (end unknown)</source>
        <translation>ตั้งแต่ {start} (ไม่ทราบวันสิ้นสุด)</translation>
    </message>
    <message>
        <source>has a field name that is not text</source>
        <translation>มีชื่อช่องข้อมูลที่ไม่ใช่ข้อความ</translation>
    </message>
    <message>
        <source>has a field name that is too long or holds a lone surrogate</source>
        <translation>มีชื่อช่องข้อมูลที่ยาวเกินไปหรือมี lone surrogate</translation>
    </message>
    <message>
        <source>holds a lone surrogate (an escape such as \ud800 that is not a character); the file was not written by Casebook or is damaged</source>
        <translation>มี lone surrogate (รหัสหลีกเช่น \ud800 ที่ไม่ใช่อักขระ); ไฟล์นี้ไม่ได้เขียนโดย Casebook หรือเสียหาย</translation>
    </message>
    <message>
        <source>identity details (names, contacts) withheld; persons appear by pseudonym only</source>
        <translation>ไม่เปิดเผยรายละเอียดตัวตน (ชื่อ ช่องทางติดต่อ); บุคคลปรากฏเฉพาะด้วยนามแฝง</translation>
    </message>
    <message>
        <source>identity given only in the sealed annex, encrypted to the recipient&apos;s key</source>
        <translation>ระบุตัวตนไว้เฉพาะในภาคผนวกที่ปิดผนึก ซึ่งเข้ารหัสด้วยกุญแจของผู้รับ</translation>
    </message>
    <message>
        <source>incident {number} ({span}) is before {resolution} was adopted on {adopted}</source>
        <translation>เหตุการณ์ {number} ({span}) เกิดก่อนที่ {resolution} จะรับรองเมื่อ {adopted}</translation>
    </message>
    <message>
        <source>incident {number} ({span}) may be before {resolution} was adopted on {adopted}</source>
        <translation>เหตุการณ์ {number} ({span}) อาจเกิดก่อนที่ {resolution} จะรับรองเมื่อ {adopted}</translation>
    </message>
    <message>
        <source>incident {number} ({span}) straddles the date from which {provisions} applies; establish the date of the acts</source>
        <translation>เหตุการณ์ {number} ({span}) คร่อมวันที่ที่ {provisions} เริ่มใช้บังคับ; โปรดระบุวันที่ของการกระทำให้ชัด</translation>
    </message>
    <message>
        <source>incident {number} ({span}): {reasons}</source>
        <translation>เหตุการณ์ {number} ({span}): {reasons}</translation>
    </message>
    <message>
        <source>incident {number} has no date; check it is after {adopted}</source>
        <translation>เหตุการณ์ {number} ไม่มีวันที่; โปรดตรวจว่าเกิดหลัง {adopted}</translation>
    </message>
    <message>
        <source>incident {number} has no date; the provision applies only to acts from {first}</source>
        <translation>เหตุการณ์ {number} ไม่มีวันที่; บทบัญญัตินี้ใช้กับการกระทำตั้งแต่ {first} เท่านั้น</translation>
    </message>
    <message>
        <source>incident {number} has no date; {provisions} applies only to acts from {first}</source>
        <translation>เหตุการณ์ {number} ไม่มีวันที่; {provisions} ใช้กับการกระทำตั้งแต่ {first} เท่านั้น</translation>
    </message>
    <message>
        <source>incident {n} area</source>
        <translation>เขตของเหตุการณ์ {n}</translation>
    </message>
    <message>
        <source>incident {n} description</source>
        <translation>คำอธิบายเหตุการณ์ {n}</translation>
    </message>
    <message>
        <source>incident {n} place</source>
        <translation>สถานที่ของเหตุการณ์ {n}</translation>
    </message>
    <message>
        <source>incident {n} title</source>
        <translation>ชื่อเรื่องของเหตุการณ์ {n}</translation>
    </message>
    <message>
        <source>incident {title}</source>
        <translation>เหตุการณ์ {title}</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>included although {reason}, because: {because}</source>
        <translation>รวมไว้แม้ว่า {reason} เพราะ: {because}</translation>
    </message>
    <message>
        <source>is NaN or Infinity, which Casebook does not accept; give a number</source>
        <translation>เป็น NaN หรือ Infinity ซึ่ง Casebook ไม่รับ; โปรดระบุตัวเลข</translation>
    </message>
    <message>
        <source>is a text of more than {max_string_chars} characters</source>
        <translation>เป็นข้อความที่ยาวเกิน {max_string_chars} อักขระ</translation>
    </message>
    <message>
        <source>is a whole number outside {low} … {high}</source>
        <translation>เป็นจำนวนเต็มที่อยู่นอกช่วง {low} … {high}</translation>
    </message>
    <message>
        <source>is nested more than {max_depth} levels deep</source>
        <translation>ซ้อนกันลึกเกิน {max_depth} ชั้น</translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation>ไม่ใช่ค่า JSON</translation>
    </message>
    <message>
        <source>it concerns {pseudonym}, and {problem}</source>
        <translation>เกี่ยวกับ {pseudonym} และ {problem}</translation>
    </message>
    <message>
        <source>it could not be decrypted</source>
        <translation>ถอดรหัสไม่ได้</translation>
    </message>
    <message>
        <source>it does not begin with a manifest</source>
        <translation>ไม่ได้ขึ้นต้นด้วยบัญชีรายการไฟล์</translation>
    </message>
    <message>
        <source>it is not an RFC 3161 time-stamp reply that can be read</source>
        <translation>ไม่ใช่คำตอบการประทับเวลาแบบ RFC 3161 ที่อ่านได้</translation>
    </message>
    <message>
        <source>it is not this casebook</source>
        <translation>ไม่ใช่สมุดคดีนี้</translation>
    </message>
    <message>
        <source>it is withheld from this recipient: {reason}</source>
        <translation>ไม่เปิดเผยต่อผู้รับนี้: {reason}</translation>
    </message>
    <message>
        <source>it names {person}, who is not charged in this charge</source>
        <translation>ระบุ {person} ซึ่งไม่ได้ถูกตั้งข้อหาในข้อหานี้</translation>
    </message>
    <message>
        <source>it refers to {what}, which is neither in the package nor in this case here; ask the sender for a complete package (without --since-last)</source>
        <translation>อ้างถึง {what} ซึ่งไม่มีทั้งในแพ็กเกจและในคดีนี้ที่นี่; โปรดขอแพ็กเกจฉบับสมบูรณ์จากผู้ส่ง (ไม่ใช้ --since-last)</translation>
    </message>
    <message>
        <source>it was made for a different casebook, so it says nothing about this one; remove its folder</source>
        <translation>สร้างขึ้นสำหรับสมุดคดีอื่น จึงไม่บอกอะไรเกี่ยวกับสมุดคดีนี้; โปรดลบโฟลเดอร์ของมัน</translation>
    </message>
    <message>
        <source>it was written in a format this version does not know</source>
        <translation>เขียนในรูปแบบที่รุ่นนี้ไม่รู้จัก</translation>
    </message>
    <message>
        <source>its age recipient is malformed</source>
        <translation>ผู้รับ age ผิดรูปแบบ</translation>
    </message>
    <message>
        <source>its attachment is neither in the package nor in this casebook; ask the sender for a complete package (without --since-last)</source>
        <translation>ไฟล์แนบไม่มีทั้งในแพ็กเกจและในสมุดคดีนี้; โปรดขอแพ็กเกจฉบับสมบูรณ์จากผู้ส่ง (ไม่ใช้ --since-last)</translation>
    </message>
    <message>
        <source>its claim.json is not a chain-head claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>claim.json ไม่ใช่ข้อมูลระบุหัวสายบันทึกการตรวจสอบในรูปแบบที่ Casebook เขียนทุกประการ จึงถูกแก้ไขหรือเสียหาย</translation>
    </message>
    <message>
        <source>its claim.json is not an evidence claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>claim.json ไม่ใช่ข้อมูลระบุหลักฐานในรูปแบบที่ Casebook เขียนทุกประการ จึงถูกแก้ไขหรือเสียหาย</translation>
    </message>
    <message>
        <source>its fingerprint line does not belong to its signing key</source>
        <translation>บรรทัดลายนิ้วมือไม่ได้เป็นของกุญแจลงลายมือชื่อ</translation>
    </message>
    <message>
        <source>its folder name does not match its claim, so one was changed</source>
        <translation>ชื่อโฟลเดอร์ไม่ตรงกับ claim.json แปลว่ามีอย่างใดอย่างหนึ่งถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>its manifest is not followed by its signature</source>
        <translation>บัญชีรายการไฟล์ไม่มีลายมือชื่อตามหลัง</translation>
    </message>
    <message>
        <source>its manifest names no usable signing key</source>
        <translation>บัญชีรายการไฟล์ไม่ได้ระบุกุญแจลงลายมือชื่อที่ใช้ได้</translation>
    </message>
    <message>
        <source>its name or signing key is malformed</source>
        <translation>ชื่อหรือกุญแจลงลายมือชื่อผิดรูปแบบ</translation>
    </message>
    <message>
        <source>its role is not one Casebook knows</source>
        <translation>บทบาทไม่ใช่บทบาทที่ Casebook รู้จัก</translation>
    </message>
    <message>
        <source>its signature does not match its content, so it was altered</source>
        <translation>ลายมือชื่อไม่ตรงกับเนื้อหา แปลว่าถูกแก้ไข</translation>
    </message>
    <message>
        <source>its signature does not verify against the trusted TSA certificates ({reason})</source>
        <translation>ลายมือชื่อตรวจสอบกับใบรับรอง TSA ที่เชื่อถือไม่ผ่าน ({reason})</translation>
    </message>
    <message>
        <source>its statement is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>คำให้การไม่ได้เชื่อมกับเหตุการณ์ใดที่ข้อหานี้อาศัยอยู่ ({incidents})</translation>
    </message>
    <message>
        <source>its statement is not linked to incident {incident}, on which this charge rests</source>
        <translation>คำให้การไม่ได้เชื่อมกับเหตุการณ์ {incident} ซึ่งข้อหานี้อาศัยอยู่</translation>
    </message>
    <message>
        <source>its user or casebook id is malformed</source>
        <translation>รหัสผู้ใช้หรือรหัสสมุดคดีผิดรูปแบบ</translation>
    </message>
    <message>
        <source>its {name} is far larger than it can be, so it was replaced</source>
        <translation>{name} ใหญ่เกินกว่าที่เป็นไปได้มาก จึงถูกแทนที่</translation>
    </message>
    <message>
        <source>its {name} is missing or cannot be read</source>
        <translation>{name} หายไปหรืออ่านไม่ได้</translation>
    </message>
    <message>
        <source>key-slot file: {problem}</source>
        <translation>ไฟล์ช่องกุญแจ: {problem}</translation>
    </message>
    <message>
        <source>left out: {why}</source>
        <translation>ไม่รวม: {why}</translation>
    </message>
    <message>
        <source>marked for redaction; printed as {redacted}</source>
        <translation>ทำเครื่องหมายให้ปกปิด; พิมพ์เป็น {redacted}</translation>
    </message>
    <message>
        <source>material both supports and contradicts the element</source>
        <translation>ข้อมูลทั้งสนับสนุนและขัดแย้งกับองค์ประกอบ</translation>
    </message>
    <message>
        <source>may name {who} by one part of the name, left as written; check it</source>
        <translation>อาจระบุ {who} ด้วยชื่อบางส่วน ซึ่งคงไว้ตามที่เขียน; โปรดตรวจ</translation>
    </message>
    <message>
        <source>more than one evidence item of the case starts with this; give more of the id</source>
        <translation>มีหลักฐานของคดีมากกว่าหนึ่งรายการที่ขึ้นต้นแบบนี้; โปรดระบุรหัสให้ยาวขึ้น</translation>
    </message>
    <message>
        <source>more than one incident of the case starts with this; give more of the id</source>
        <translation>มีเหตุการณ์ของคดีมากกว่าหนึ่งรายการที่ขึ้นต้นแบบนี้; โปรดระบุรหัสให้ยาวขึ้น</translation>
    </message>
    <message>
        <source>more than one passage starts with this; give more of the id</source>
        <translation>มีข้อความมากกว่าหนึ่งรายการที่ขึ้นต้นแบบนี้; โปรดระบุรหัสให้ยาวขึ้น</translation>
    </message>
    <message>
        <source>more than one person of the case starts with this; give more of the id</source>
        <translation>มีบุคคลของคดีมากกว่าหนึ่งคนที่ขึ้นต้นแบบนี้; โปรดระบุรหัสให้ยาวขึ้น</translation>
    </message>
    <message>
        <source>more than one statement of the case starts with this; give more of the id</source>
        <translation>มีคำให้การของคดีมากกว่าหนึ่งรายการที่ขึ้นต้นแบบนี้; โปรดระบุรหัสให้ยาวขึ้น</translation>
    </message>
    <message>
        <source>needs a kind, such as summary</source>
        <translation>ต้องระบุชนิด เช่น summary</translation>
    </message>
    <message>
        <source>no bounded date</source>
        <translation>ไม่มีวันที่ที่มีขอบเขตชัดเจน</translation>
    </message>
    <message>
        <source>no consent is recorded for this statement</source>
        <translation>ไม่มีการบันทึกความยินยอมสำหรับคำให้การนี้</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>ไม่มีพิกัด</translation>
    </message>
    <message>
        <source>no evidence item of this case has this id; pick it again</source>
        <translation>ไม่มีหลักฐานของคดีนี้ที่มีรหัสนี้; โปรดเลือกใหม่</translation>
    </message>
    <message>
        <source>no incident of this case has this id; pick it again</source>
        <translation>ไม่มีเหตุการณ์ของคดีนี้ที่มีรหัสนี้; โปรดเลือกใหม่</translation>
    </message>
    <message>
        <source>no material counts for the element (see &quot;not counted&quot; for tagged material the charge leaves out)</source>
        <translation>ไม่มีข้อมูลที่นับสำหรับองค์ประกอบนี้ (ดู &quot;ไม่นับ&quot; สำหรับข้อมูลที่ติดแท็กแต่ข้อหานี้ไม่รวม)</translation>
    </message>
    <message>
        <source>no name is recorded, so mentions of this person cannot be found automatically</source>
        <translation>ไม่มีการบันทึกชื่อ จึงค้นหาการกล่าวถึงบุคคลนี้โดยอัตโนมัติไม่ได้</translation>
    </message>
    <message>
        <source>no name recorded, so mentions of these persons cannot be found and replaced automatically; check the texts yourself</source>
        <translation>ไม่มีการบันทึกชื่อ จึงค้นหาและแทนที่การกล่าวถึงบุคคลเหล่านี้โดยอัตโนมัติไม่ได้; โปรดตรวจข้อความด้วยตัวเอง</translation>
    </message>
    <message>
        <source>no passage of this bundle has this id</source>
        <translation>ไม่มีข้อความในชุดเอกสารนี้ที่มีรหัสนี้</translation>
    </message>
    <message>
        <source>no passage of this case has this id; pick it again</source>
        <translation>ไม่มีข้อความของคดีนี้ที่มีรหัสนี้; โปรดเลือกใหม่</translation>
    </message>
    <message>
        <source>no person of this case has this id or pseudonym; pick them again</source>
        <translation>ไม่มีบุคคลของคดีนี้ที่มีรหัสหรือนามแฝงนี้; โปรดเลือกใหม่</translation>
    </message>
    <message>
        <source>no statement of this case has this id; pick it again</source>
        <translation>ไม่มีคำให้การของคดีนี้ที่มีรหัสนี้; โปรดเลือกใหม่</translation>
    </message>
    <message>
        <source>no victim recorded</source>
        <translation>ไม่มีการบันทึกผู้เสียหาย</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>none in the shipped taxonomy</source>
        <translation>ไม่มีในอนุกรมวิธานที่ติดมากับโปรแกรม</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>note on element {element}</source>
        <translation>หมายเหตุเกี่ยวกับองค์ประกอบ {element}</translation>
    </message>
    <message>
        <source>one of its passages belongs to another statement here</source>
        <translation>ข้อความหนึ่งของรายการนี้เป็นของคำให้การอื่นที่นี่</translation>
    </message>
    <message>
        <source>one of its perpetrator entries belongs to another charge here</source>
        <translation>รายการผู้ถูกกล่าวหารายการหนึ่งเป็นของข้อหาอื่นที่นี่</translation>
    </message>
    <message>
        <source>only contradicting material</source>
        <translation>มีเฉพาะข้อมูลที่ขัดแย้ง</translation>
    </message>
    <message>
        <source>package {package_id}: the audit entry its signature vouched for is missing or was changed</source>
        <translation>แพ็กเกจ {package_id}: รายการบันทึกการตรวจสอบที่ลายมือชื่อรับรองไว้หายไปหรือถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>recipients.json has a wrong or repeated code {code}; states have two capital letters, bodies longer ids in capitals. Restore the file.</source>
        <translation>recipients.json มีรหัส {code} ที่ผิดหรือซ้ำ; รัฐใช้อักษรตัวใหญ่สองตัว องค์กรใช้รหัสที่ยาวกว่าเป็นตัวใหญ่ โปรดกู้คืนไฟล์</translation>
    </message>
    <message>
        <source>recipients.json is not in the format {format}; restore it from the installation.</source>
        <translation>recipients.json ไม่อยู่ในรูปแบบ {format}; โปรดกู้คืนจากการติดตั้ง</translation>
    </message>
    <message>
        <source>record {record} differs from what audit entry {sequence} recorded: it was changed outside Casebook</source>
        <translation>รายการ {record} ต่างจากที่รายการบันทึกการตรวจสอบ {sequence} บันทึกไว้: ถูกเปลี่ยนจากภายนอก Casebook</translation>
    </message>
    <message>
        <source>record {record} is in the database but in no audit entry: it was added outside Casebook</source>
        <translation>รายการ {record} อยู่ในฐานข้อมูลแต่ไม่อยู่ในรายการบันทึกการตรวจสอบใด: ถูกเพิ่มจากภายนอก Casebook</translation>
    </message>
    <message>
        <source>record {record} is missing: audit entry {sequence} recorded it and no entry deleted it, so it was deleted outside Casebook</source>
        <translation>รายการ {record} หายไป: รายการบันทึกการตรวจสอบ {sequence} บันทึกไว้และไม่มีรายการใดลบ จึงถูกลบจากภายนอก Casebook</translation>
    </message>
    <message>
        <source>record {record} is not bound to the audit log (open it once to bind it)</source>
        <translation>รายการ {record} ยังไม่ได้ผูกกับบันทึกการตรวจสอบ (เปิดหนึ่งครั้งเพื่อผูก)</translation>
    </message>
    <message>
        <source>record {record} was deleted in audit entry {sequence} but is in the database again: it was put back outside Casebook</source>
        <translation>รายการ {record} ถูกลบในรายการบันทึกการตรวจสอบ {sequence} แต่กลับมาอยู่ในฐานข้อมูลอีก: ถูกใส่คืนจากภายนอก Casebook</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>ศาสนา</translation>
    </message>
    <message>
        <source>sex / gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>statement of unattributed statement</source>
        <translation>คำให้การที่ไม่ระบุผู้ให้</translation>
    </message>
    <message>
        <source>statement of unattributed statement, taken {date}</source>
        <translation>คำให้การที่ไม่ระบุผู้ให้ บันทึกเมื่อ {date}</translation>
    </message>
    <message>
        <source>statement of {pseudonym}</source>
        <translation>คำให้การของ {pseudonym}</translation>
    </message>
    <message>
        <source>statement of {pseudonym}, taken {date}</source>
        <translation>คำให้การของ {pseudonym} บันทึกเมื่อ {date}</translation>
    </message>
    <message>
        <source>supporting material only, all of it weakly graded (reliability D, E or F, or credibility 4, 5 or 6) or not graded</source>
        <translation>มีเฉพาะข้อมูลสนับสนุน ซึ่งทั้งหมดประเมินไว้ต่ำ (ความเชื่อถือได้ D, E หรือ F หรือความน่าเชื่อ 4, 5 หรือ 6) หรือยังไม่ได้ประเมิน</translation>
    </message>
    <message>
        <source>supporting material, at least one item graded A-C and 1-3; nothing against</source>
        <translation>มีข้อมูลสนับสนุน อย่างน้อยหนึ่งรายการประเมินได้ A-C และ 1-3; ไม่มีข้อมูลที่ขัดแย้ง</translation>
    </message>
    <message>
        <source>the Elements of Crimes wording of {crime} has not been checked against the official text, so it cannot be cited in a filing</source>
        <translation>ถ้อยคำ Elements of Crimes ของ {crime} ยังไม่ได้ตรวจกับข้อความทางการ จึงอ้างอิงในฉบับยื่นอัยการไม่ได้</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status})</source>
        <translation>TSA ไม่อนุมัติคำขอ (สถานะ {status})</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status}) {said}</source>
        <translation>TSA ไม่อนุมัติคำขอ (สถานะ {status}) {said}</translation>
    </message>
    <message>
        <source>the TSA saw entry {sequence} of the audit chain (stamped {describe}), but the chain now ends at entry {last}: this is an older copy of the casebook, or entries were deleted after it was stamped</source>
        <translation>TSA เห็นรายการ {sequence} ของสายบันทึกการตรวจสอบ (ประทับเวลา {describe}) แต่ตอนนี้สายสิ้นสุดที่รายการ {last}: นี่เป็นสำเนาเก่าของสมุดคดี หรือมีรายการถูกลบหลังการประทับเวลา</translation>
    </message>
    <message>
        <source>the TSA saw evidence {evidence_id} (stamped {describe}), but no such item is in this casebook</source>
        <translation>TSA เห็นหลักฐาน {evidence_id} (ประทับเวลา {describe}) แต่ไม่มีรายการนี้ในสมุดคดีนี้</translation>
    </message>
    <message>
        <source>the archive ends in the middle of an entry</source>
        <translation>ไฟล์เก็บถาวรจบกลางรายการ</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>จุดเริ่มต้น</translation>
    </message>
    <message>
        <source>the certificate that signed the token is missing</source>
        <translation>ไม่มีใบรับรองที่ลงลายมือชื่อโทเค็น</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: none)</source>
        <translation>ความยินยอมไม่ครอบคลุมการแบ่งปันกับ {recipient} (เขตอำนาจที่ระบุ: ไม่มี)</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: {named})</source>
        <translation>ความยินยอมไม่ครอบคลุมการแบ่งปันกับ {recipient} (เขตอำนาจที่ระบุ: {named})</translation>
    </message>
    <message>
        <source>the consent given does not cover publication</source>
        <translation>ความยินยอมที่ให้ไว้ไม่ครอบคลุมการเผยแพร่</translation>
    </message>
    <message>
        <source>the consent given does not cover use in legal proceedings</source>
        <translation>ความยินยอมที่ให้ไว้ไม่ครอบคลุมการใช้ในการดำเนินคดี</translation>
    </message>
    <message>
        <source>the current words of {citation} were not checked against the official text (see its notes in the national law data); check the citation before filing</source>
        <translation>ถ้อยคำปัจจุบันของ {citation} ยังไม่ได้ตรวจกับข้อความทางการ (ดูหมายเหตุในข้อมูลกฎหมายภายใน); โปรดตรวจการอ้างอิงก่อนยื่น</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>จุดสิ้นสุด</translation>
    </message>
    <message>
        <source>the evidence item is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>หลักฐานไม่รวมอยู่ในชุดเอกสารนี้ ({why}); การอ้างอิงพิมพ์เป็น {withheld}</translation>
    </message>
    <message>
        <source>the evidence item is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>หลักฐานไม่อยู่ในชุดเอกสารนี้ (ไม่มีเหตุการณ์หรือแท็กที่รวมไว้อ้างถึง; เชื่อมโยงกับเหตุการณ์ของข้อหา หรือลบการอ้างอิงออก); การอ้างอิงพิมพ์เป็น {withheld}</translation>
    </message>
    <message>
        <source>the exhibit is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>ชิ้นหลักฐานไม่ได้เชื่อมกับเหตุการณ์ใดที่ข้อหานี้อาศัยอยู่ ({incidents})</translation>
    </message>
    <message>
        <source>the exhibit is not linked to incident {incident}, on which this charge rests</source>
        <translation>ชิ้นหลักฐานไม่ได้เชื่อมกับเหตุการณ์ {incident} ซึ่งข้อหานี้อาศัยอยู่</translation>
    </message>
    <message>
        <source>the incident is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>เหตุการณ์ไม่รวมอยู่ในชุดเอกสารนี้ ({why}); การอ้างอิงพิมพ์เป็น {withheld}</translation>
    </message>
    <message>
        <source>the incident is not in this bundle (the charges exported do not rest on it; export the charge that does, or remove the citation); it prints as {withheld}</source>
        <translation>เหตุการณ์ไม่อยู่ในชุดเอกสารนี้ (ข้อหาที่ส่งออกไม่ได้อาศัยเหตุการณ์นี้; ส่งออกข้อหาที่อาศัยเหตุการณ์นี้ หรือลบการอ้างอิงออก); การอ้างอิงพิมพ์เป็น {withheld}</translation>
    </message>
    <message>
        <source>the incident is not one of those this charge rests on</source>
        <translation>เหตุการณ์นี้ไม่ใช่เหตุการณ์ที่ข้อหานี้อาศัยอยู่</translation>
    </message>
    <message>
        <source>the line &apos;{line}&apos; is missing</source>
        <translation>ไม่มีบรรทัด &apos;{line}&apos;</translation>
    </message>
    <message>
        <source>the page check itself failed: {reason}</source>
        <translation>การตรวจหน้าเองล้มเหลว: {reason}</translation>
    </message>
    <message>
        <source>the passage is of an older version of the statement, whose current version has no paragraph of that number; cite the current version</source>
        <translation>ข้อความนี้มาจากคำให้การฉบับเก่า ซึ่งฉบับปัจจุบันไม่มีย่อหน้าหมายเลขนั้น; โปรดอ้างอิงฉบับปัจจุบัน</translation>
    </message>
    <message>
        <source>the passage was cited in an older version of the statement and paragraph {position} reads differently now; check that it still says what the argument relies on, then cite it again</source>
        <translation>ข้อความถูกอ้างอิงในคำให้การฉบับเก่า และตอนนี้ย่อหน้า {position} อ่านต่างไปแล้ว; ตรวจสอบว่ายังกล่าวสิ่งที่ข้อโต้แย้งอาศัยอยู่ แล้วอ้างอิงใหม่</translation>
    </message>
    <message>
        <source>the person&apos;s consent does not cover this bundle ({why}); it prints as {withheld}</source>
        <translation>ความยินยอมของบุคคลไม่ครอบคลุมชุดเอกสารนี้ ({why}); การอ้างอิงพิมพ์เป็น {withheld}</translation>
    </message>
    <message>
        <source>the record is sealed here, so it cannot take a change</source>
        <translation>รายการนี้ปิดผนึกแล้วที่นี่ จึงรับการเปลี่ยนแปลงไม่ได้</translation>
    </message>
    <message>
        <source>the reply answers a different request (its nonce differs)</source>
        <translation>คำตอบนี้ตอบคำขออื่น (nonce ต่างกัน)</translation>
    </message>
    <message>
        <source>the reply is too large to be a time-stamp reply</source>
        <translation>คำตอบใหญ่เกินกว่าจะเป็นคำตอบการประทับเวลา</translation>
    </message>
    <message>
        <source>the request stays queued. Send it again when this computer is online</source>
        <translation>คำขอยังอยู่ในคิว โปรดส่งอีกครั้งเมื่อคอมพิวเตอร์เครื่องนี้ออนไลน์</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version (1 paragraph); correct the number</source>
        <translation>คำให้การไม่มีย่อหน้า {position} ในฉบับปัจจุบัน (1 ย่อหน้า); โปรดแก้หมายเลข</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version ({count} paragraphs); correct the number</source>
        <translation>คำให้การไม่มีย่อหน้า {position} ในฉบับปัจจุบัน ({count} ย่อหน้า); โปรดแก้หมายเลข</translation>
    </message>
    <message>
        <source>the statement is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>คำให้การไม่รวมอยู่ในชุดเอกสารนี้ ({why}); การอ้างอิงพิมพ์เป็น {withheld}</translation>
    </message>
    <message>
        <source>the statement is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>คำให้การไม่อยู่ในชุดเอกสารนี้ (ไม่มีเหตุการณ์หรือแท็กที่รวมไว้อ้างถึง; เชื่อมโยงกับเหตุการณ์ของข้อหา หรือลบการอ้างอิงออก); การอ้างอิงพิมพ์เป็น {withheld}</translation>
    </message>
    <message>
        <source>the stored file {name}</source>
        <translation>ไฟล์ที่เก็บไว้ {name}</translation>
    </message>
    <message>
        <source>the text is far longer than an identity</source>
        <translation>ข้อความยาวกว่าตัวตนมาก</translation>
    </message>
    <message>
        <source>the token was issued for different data than {claimed}</source>
        <translation>โทเค็นออกให้สำหรับข้อมูลอื่น ไม่ใช่ {claimed}</translation>
    </message>
    <message>
        <source>the witness withdrew consent on {date}</source>
        <translation>พยานถอนความยินยอมเมื่อ {date}</translation>
    </message>
    <message>
        <source>there is data after the end of the archive</source>
        <translation>มีข้อมูลต่อท้ายหลังจุดสิ้นสุดของไฟล์เก็บถาวร</translation>
    </message>
    <message>
        <source>time-stamp {name}: {problem}</source>
        <translation>การประทับเวลา {name}: {problem}</translation>
    </message>
    <message>
        <source>uses.json is not in the format {uses_format}; restore it from the installation.</source>
        <translation>uses.json ไม่อยู่ในรูปแบบ {uses_format}; โปรดกู้คืนจากการติดตั้ง</translation>
    </message>
    <message>
        <source>victims recorded (persons)</source>
        <translation>ผู้เสียหายที่บันทึกไว้ (บุคคล)</translation>
    </message>
    <message>
        <source>{at}/actor_id: the signer is not listed under signers</source>
        <translation>{at}/actor_id: ผู้ลงลายมือชื่อไม่อยู่ในรายชื่อ signers</translation>
    </message>
    <message>
        <source>{at}/at: {time_problem}</source>
        <translation>{at}/at: {time_problem}</translation>
    </message>
    <message>
        <source>{at}/casebook_id: this casebook&apos;s chain is listed twice</source>
        <translation>{at}/casebook_id: สายของสมุดคดีนี้อยู่ในรายการสองครั้ง</translation>
    </message>
    <message>
        <source>{at}/char_end: the range does not fit the passage ({length} characters)</source>
        <translation>{at}/char_end: ช่วงไม่พอดีกับข้อความ ({length} อักขระ)</translation>
    </message>
    <message>
        <source>{at}/charge_id: refers to a charge that is not in this case</source>
        <translation>{at}/charge_id: อ้างถึงข้อหาที่ไม่อยู่ในคดีนี้</translation>
    </message>
    <message>
        <source>{at}/created_at: give a date and time with its UTC offset</source>
        <translation>{at}/created_at: โปรดระบุวันที่และเวลาพร้อมค่าต่างจาก UTC</translation>
    </message>
    <message>
        <source>{at}/crime_id: {error}</source>
        <translation>{at}/crime_id: {error}</translation>
    </message>
    <message>
        <source>{at}/element_id: is not a contextual element of taxonomy {version}</source>
        <translation>{at}/element_id: ไม่ใช่องค์ประกอบเชิงบริบทของอนุกรมวิธาน {version}</translation>
    </message>
    <message>
        <source>{at}/element_id: there is no such element in taxonomy {version}</source>
        <translation>{at}/element_id: ไม่มีองค์ประกอบนี้ในอนุกรมวิธาน {version}</translation>
    </message>
    <message>
        <source>{at}/element_id: {note}</source>
        <translation>{at}/element_id: {note}</translation>
    </message>
    <message>
        <source>{at}/element_kind: {element_id} is a {kind} element</source>
        <translation>{at}/element_kind: {element_id} เป็นองค์ประกอบชนิด {kind}</translation>
    </message>
    <message>
        <source>{at}/filter/case_ids: a pattern may count only its own case</source>
        <translation>{at}/filter/case_ids: แบบแผนนับได้เฉพาะคดีของตัวเอง</translation>
    </message>
    <message>
        <source>{at}/filter: is not a pattern filter Casebook reads</source>
        <translation>{at}/filter: ไม่ใช่ตัวกรองแบบแผนที่ Casebook อ่านได้</translation>
    </message>
    <message>
        <source>{at}/id: this id is already in use</source>
        <translation>{at}/id: รหัสนี้ถูกใช้แล้ว</translation>
    </message>
    <message>
        <source>{at}/incident_ids/{j}: refers to an incident not in this case</source>
        <translation>{at}/incident_ids/{j}: อ้างถึงเหตุการณ์ที่ไม่อยู่ในคดีนี้</translation>
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
        <translation>{at}/perpetrators/{j}: บุคคลและรูปแบบเดียวกันปรากฏสองครั้ง</translation>
    </message>
    <message>
        <source>{at}/sequence: is {sequence}, expected {expected}</source>
        <translation>{at}/sequence: เป็น {sequence} ควรเป็น {expected}</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature: ไม่ตรงกับเหตุการณ์: เหตุการณ์หรือกุญแจของผู้ลงลายมือชื่อถูกเปลี่ยนหลังลงลายมือชื่อ</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event, the item&apos;s SHA-256 or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature: ไม่ตรงกับเหตุการณ์: เหตุการณ์ ค่า SHA-256 ของรายการ หรือกุญแจของผู้ลงลายมือชื่อถูกเปลี่ยนหลังลงลายมือชื่อ</translation>
    </message>
    <message>
        <source>{at}/supersedes_id: {elsewhere}</source>
        <translation>{at}/supersedes_id: {elsewhere}</translation>
    </message>
    <message>
        <source>{at}/target_id: refers to a record that is not in this case</source>
        <translation>{at}/target_id: อ้างถึงรายการที่ไม่อยู่ในคดีนี้</translation>
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
        <translation>{at}/{key}: อ้างถึง {kind} ที่ไม่อยู่ในคดีนี้</translation>
    </message>
    <message>
        <source>{at}: the same tag appears twice</source>
        <translation>{at}: แท็กเดียวกันปรากฏสองครั้ง</translation>
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
        <translation>{citation} ใช้กับการกระทำจนถึง {date} เท่านั้น</translation>
    </message>
    <message>
        <source>{citation} applies only to acts from {date}</source>
        <translation>{citation} ใช้กับการกระทำตั้งแต่ {date} เท่านั้น</translation>
    </message>
    <message>
        <source>{citation} was amended with effect from {date}; for incident {number} ({span}) the earlier words apply ({change})</source>
        <translation>{citation} ถูกแก้ไขโดยมีผลตั้งแต่ {date}; สำหรับเหตุการณ์ {number} ({span}) ใช้ถ้อยคำเดิม ({change})</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; does not map onto crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>บทบัญญัติ &apos;{provision_id}&apos; ของ {code} ไม่ตรงกับอาชญากรรม {crime} บทบัญญัติของ {code} ที่ตรงกัน: {provisions}</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; is not a provision id of that law and cannot cite crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>&apos;{provision_id}&apos; ไม่ใช่รหัสบทบัญญัติของกฎหมาย {code} และอ้างอาชญากรรม {crime} ไม่ได้ บทบัญญัติของ {code} ที่ตรงกัน: {provisions}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{destination} is a file; give a folder to keep backups in.</source>
        <translation>{destination} เป็นไฟล์; โปรดระบุโฟลเดอร์สำหรับเก็บข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>{display_name} already has a key slot in this casebook.</source>
        <translation>{display_name} มีช่องกุญแจในสมุดคดีนี้แล้ว</translation>
    </message>
    <message>
        <source>{display_name} is registered as a {role}, not a supervisor; only supervisors get a key slot.</source>
        <translation>{display_name} ลงทะเบียนเป็น {role} ไม่ใช่หัวหน้างาน; เฉพาะหัวหน้างานเท่านั้นที่ได้ช่องกุญแจ</translation>
    </message>
    <message>
        <source>{existing} already exists. Move it away or choose another folder.</source>
        <translation>{existing} มีอยู่แล้ว โปรดย้ายออกไปหรือเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>{file}, entry {entry}</source>
        <translation>{file}, รายการ {entry}</translation>
    </message>
    <message>
        <source>{final} already exists and is not a backup of this casebook, so it was left alone. Choose a new folder, or use --keep N with a folder that holds backups.</source>
        <translation>{final} มีอยู่แล้วและไม่ใช่ข้อมูลสำรองของสมุดคดีนี้ จึงไม่ได้แตะต้อง โปรดเลือกโฟลเดอร์ใหม่ หรือใช้ --keep N กับโฟลเดอร์ที่เก็บข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} หรือ {second}</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty. Choose a new folder name for the casebook.</source>
        <translation>{folder} มีอยู่แล้วและไม่ว่าง โปรดเลือกชื่อโฟลเดอร์ใหม่สำหรับสมุดคดี</translation>
    </message>
    <message>
        <source>{folder} already exists. The files are written into a new folder: give a name that does not exist yet, or move that one away.</source>
        <translation>{folder} มีอยู่แล้ว ไฟล์จะเขียนลงในโฟลเดอร์ใหม่: โปรดระบุชื่อที่ยังไม่มี หรือย้ายโฟลเดอร์นั้นออกไป</translation>
    </message>
    <message>
        <source>{folder} is not a casebook folder (it has no {db_name}). Choose the folder that Casebook created.</source>
        <translation>{folder} ไม่ใช่โฟลเดอร์สมุดคดี (ไม่มี {db_name}) โปรดเลือกโฟลเดอร์ที่ Casebook สร้างไว้</translation>
    </message>
    <message>
        <source>{folder}: is a file or a link, not the folder Casebook keeps time-stamps in. Find out how it got there, then move it out of the casebook folder.</source>
        <translation>{folder}: เป็นไฟล์หรือลิงก์ ไม่ใช่โฟลเดอร์ที่ Casebook เก็บการประทับเวลา โปรดหาว่ามาอยู่ที่นั่นได้อย่างไร แล้วย้ายออกจากโฟลเดอร์สมุดคดี</translation>
    </message>
    <message>
        <source>{here}: differs from {whose} history this casebook already holds of that casebook: entries were changed or removed in between</source>
        <translation>{here}: ต่างจากประวัติของ {whose} ที่สมุดคดีนี้เก็บไว้สำหรับสมุดคดีนั้น: มีรายการถูกเปลี่ยนหรือลบในระหว่างนั้น</translation>
    </message>
    <message>
        <source>{here}: does not follow on from the entry before it</source>
        <translation>{here}: ไม่ต่อจากรายการก่อนหน้า</translation>
    </message>
    <message>
        <source>{here}: does not match its own hash: the history was altered after it was written</source>
        <translation>{here}: ไม่ตรงกับแฮชของตัวเอง: ประวัติถูกแก้ไขหลังเขียน</translation>
    </message>
    <message>
        <source>{key_file} names a different key than the manifest; do not trust either until the sender confirms the fingerprint.</source>
        <translation>{key_file} ระบุกุญแจต่างจากบัญชีรายการไฟล์; อย่าเชื่อถือทั้งสองอย่างจนกว่าผู้ส่งจะยืนยันลายนิ้วมือ</translation>
    </message>
    <message>
        <source>{key} ({title}) applies only to {categories}, and {crime} is {category}.</source>
        <translation>{key} ({title}) ใช้ได้เฉพาะกับ {categories} และ {crime} เป็น {category}</translation>
    </message>
    <message>
        <source>{key} ({title}) is not a mode of liability one is charged under.</source>
        <translation>{key} ({title}) ไม่ใช่รูปแบบความรับผิดที่ใช้ตั้งข้อหาได้</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}: {reason}</translation>
    </message>
    <message>
        <source>{label} is too large to open here ({mib} MiB read so far). Export it to a folder of your choice instead.</source>
        <translation>{label} ใหญ่เกินกว่าจะเปิดที่นี่ (อ่านไปแล้ว {mib} MiB) โปรดส่งออกไปยังโฟลเดอร์ที่คุณเลือกแทน</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{location} is neither a bundle folder nor a zip file. Give the folder that holds manifest.json, or the bundle&apos;s .zip (decrypt an .age file first with age).</source>
        <translation>{location} ไม่ใช่ทั้งโฟลเดอร์ชุดเอกสารและไฟล์ zip โปรดระบุโฟลเดอร์ที่มี manifest.json หรือไฟล์ .zip ของชุดเอกสาร (ถอดรหัสไฟล์ .age ด้วย age ก่อน)</translation>
    </message>
    <message>
        <source>{manifest} has format {found}, not {format}.</source>
        <translation>{manifest} มีรูปแบบ {found} ไม่ใช่ {format}</translation>
    </message>
    <message>
        <source>{manifest} is missing, so nothing in the bundle can be checked.</source>
        <translation>ไม่มี {manifest} จึงตรวจสิ่งใดในชุดเอกสารไม่ได้</translation>
    </message>
    <message>
        <source>{manifest} is not a readable Casebook manifest (it was damaged or edited).</source>
        <translation>{manifest} ไม่ใช่บัญชีรายการไฟล์ของ Casebook ที่อ่านได้ (เสียหายหรือถูกแก้ไข)</translation>
    </message>
    <message>
        <source>{manifest} lists an unsafe path {name}.</source>
        <translation>{manifest} ระบุเส้นทางที่ไม่ปลอดภัย {name}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{month} {year} (day unknown)</source>
        <translation>{month} {year} (ไม่ทราบวัน)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>{name} is in the way (left from an interrupted package?). Remove it and try again.</source>
        <translation>{name} ขวางอยู่ (เหลือจากแพ็กเกจที่หยุดกลางคัน?) โปรดลบออกแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; nothing was imported.</source>
        <translation>{name} ไม่ใช่ข้อความ UTF-8; ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg}); nothing was imported.</source>
        <translation>{name} ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {lineno} คอลัมน์ {colno}: {msg}); ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>{name} is {code}: give the code {code} instead of the name.</source>
        <translation>{name} คือ {code}: โปรดระบุรหัส {code} แทนชื่อ</translation>
    </message>
    <message>
        <source>{name} is {size} MiB; interchange documents over {limit} MiB are refused. Split the export by case.</source>
        <translation>{name} มีขนาด {size} MiB; เอกสารแลกเปลี่ยนที่เกิน {limit} MiB จะถูกปฏิเสธ โปรดแยกการส่งออกตามคดี</translation>
    </message>
    <message>
        <source>{name}: has {size} bytes, but the manifest records {recorded}.</source>
        <translation>{name}: มี {size} ไบต์ แต่บัญชีรายการไฟล์บันทึกไว้ {recorded}</translation>
    </message>
    <message>
        <source>{name}: its SHA-256 does not match the manifest; the file was changed or damaged.</source>
        <translation>{name}: ค่า SHA-256 ไม่ตรงกับบัญชีรายการไฟล์; ไฟล์ถูกเปลี่ยนหรือเสียหาย</translation>
    </message>
    <message>
        <source>{name}: listed in the manifest but missing from the bundle.</source>
        <translation>{name}: อยู่ในบัญชีรายการไฟล์แต่ไม่มีในชุดเอกสาร</translation>
    </message>
    <message>
        <source>{name}: present in the bundle but not listed in the manifest.</source>
        <translation>{name}: มีอยู่ในชุดเอกสารแต่ไม่อยู่ในบัญชีรายการไฟล์</translation>
    </message>
    <message>
        <source>{out} already exists. Choose a new file name for the package.</source>
        <translation>{out} มีอยู่แล้ว โปรดเลือกชื่อไฟล์ใหม่สำหรับแพ็กเกจ</translation>
    </message>
    <message>
        <source>{path}: Casebook did not put this in the casebook folder. Find out how it got there, then move it out of the folder.</source>
        <translation>{path}: Casebook ไม่ได้ใส่สิ่งนี้ไว้ในโฟลเดอร์สมุดคดี โปรดหาว่ามาอยู่ที่นั่นได้อย่างไร แล้วย้ายออกจากโฟลเดอร์</translation>
    </message>
    <message>
        <source>{path}: a stored (encrypted) file that no record refers to. An interrupted import can leave one, or casebook.db is older than the rest of the folder; keep the file until you know which.</source>
        <translation>{path}: ไฟล์ที่เก็บไว้ (เข้ารหัส) ซึ่งไม่มีรายการใดอ้างถึง การนำเข้าที่หยุดกลางคันอาจทิ้งไว้ หรือ casebook.db เก่ากว่าส่วนอื่นของโฟลเดอร์; โปรดเก็บไฟล์ไว้จนกว่าจะรู้ว่าเป็นกรณีใด</translation>
    </message>
    <message>
        <source>{path}: not a time-stamp Casebook made; find out where it came from, then remove it</source>
        <translation>{path}: ไม่ใช่การประทับเวลาที่ Casebook สร้าง; โปรดหาว่ามาจากที่ใด แล้วนำออก</translation>
    </message>
    <message>
        <source>{path}: refers to a person that is not in this case</source>
        <translation>{path}: อ้างถึงบุคคลที่ไม่อยู่ในคดีนี้</translation>
    </message>
    <message>
        <source>{path}: refers to a {kind} that is not in this case</source>
        <translation>{path}: อ้างถึง {kind} ที่ไม่อยู่ในคดีนี้</translation>
    </message>
    <message>
        <source>{path}: the person is not an alleged perpetrator (role {role})</source>
        <translation>{path}: บุคคลนี้ไม่ใช่ผู้ถูกกล่าวหา (บทบาท {role})</translation>
    </message>
    <message>
        <source>{place} is a complaint bundle exported before; writing into it would break its signed manifest. Choose another folder (for example the one that holds it), or move that bundle away.</source>
        <translation>{place} เป็นชุดเอกสารคำร้องทุกข์ที่ส่งออกไว้ก่อนแล้ว; การเขียนลงไปจะทำให้บัญชีรายการไฟล์ที่ลงลายมือชื่อเสีย โปรดเลือกโฟลเดอร์อื่น (เช่น โฟลเดอร์ที่มีชุดเอกสารนั้นอยู่) หรือย้ายชุดเอกสารนั้นออกไป</translation>
    </message>
    <message>
        <source>{place} is a file, not a folder. Choose a folder for the bundle (a new one is created if it does not exist), or move that file away.</source>
        <translation>{place} เป็นไฟล์ ไม่ใช่โฟลเดอร์ โปรดเลือกโฟลเดอร์สำหรับชุดเอกสาร (จะสร้างโฟลเดอร์ใหม่ถ้ายังไม่มี) หรือย้ายไฟล์นั้นออกไป</translation>
    </message>
    <message>
        <source>{problem} Choose one of: {choices}.</source>
        <translation>{problem} โปรดเลือกหนึ่งใน: {choices}</translation>
    </message>
    <message>
        <source>{pseudonym} affiliation</source>
        <translation>สังกัดของ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} has no consent recorded</source>
        <translation>{pseudonym} ไม่มีการบันทึกความยินยอม</translation>
    </message>
    <message>
        <source>{pseudonym} has no identity recorded to seal.</source>
        <translation>{pseudonym} ไม่มีการบันทึกตัวตนที่จะปิดผนึก</translation>
    </message>
    <message>
        <source>{pseudonym} is already charged under {mode} in this charge.</source>
        <translation>{pseudonym} ถูกตั้งข้อหาในรูปแบบ {mode} ในข้อหานี้แล้ว</translation>
    </message>
    <message>
        <source>{pseudonym} is not recorded as an alleged perpetrator (roles: {roles}). Add the role alleged_perpetrator to this person first, or choose another person.</source>
        <translation>{pseudonym} ไม่ได้บันทึกเป็นผู้ถูกกล่าวหา (บทบาท: {roles}) โปรดเพิ่มบทบาท alleged_perpetrator ให้บุคคลนี้ก่อน หรือเลือกบุคคลอื่น</translation>
    </message>
    <message>
        <source>{pseudonym} position</source>
        <translation>ตำแหน่งของ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} rank</source>
        <translation>ยศของ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} unit</source>
        <translation>หน่วยของ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} withdrew consent on {date}</source>
        <translation>{pseudonym} ถอนความยินยอมเมื่อ {date}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover publication</source>
        <translation>ความยินยอมของ {pseudonym} ไม่ครอบคลุมการเผยแพร่</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings</source>
        <translation>ความยินยอมของ {pseudonym} ไม่ครอบคลุมการใช้ในการดำเนินคดี</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings with {recipient}</source>
        <translation>ความยินยอมของ {pseudonym} ไม่ครอบคลุมการใช้ในการดำเนินคดีกับ {recipient}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover {use}</source>
        <translation>ความยินยอมของ {pseudonym} ไม่ครอบคลุม {use}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s identity cannot be disclosed in this export: {reason}. Remove {pseudonym} from the identities to seal.</source>
        <translation>เปิดเผยตัวตนของ {pseudonym} ในการส่งออกนี้ไม่ได้: {reason} โปรดนำ {pseudonym} ออกจากตัวตนที่จะปิดผนึก</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s statement is left out of this export for lack of consent, so their identity cannot be disclosed in it either. Remove {pseudonym} from the identities to seal.</source>
        <translation>คำให้การของ {pseudonym} ไม่รวมอยู่ในการส่งออกนี้เพราะขาดความยินยอม จึงเปิดเผยตัวตนในการส่งออกนี้ไม่ได้เช่นกัน โปรดนำ {pseudonym} ออกจากตัวตนที่จะปิดผนึก</translation>
    </message>
    <message>
        <source>{reasons}; {reason}</source>
        <translation>{reasons}; {reason}</translation>
    </message>
    <message>
        <source>{signature} does not match {manifest}: the manifest was changed after it was signed, or the signature belongs to another manifest or key.</source>
        <translation>{signature} ไม่ตรงกับ {manifest}: บัญชีรายการไฟล์ถูกเปลี่ยนหลังลงลายมือชื่อ หรือลายมือชื่อเป็นของบัญชีรายการไฟล์หรือกุญแจอื่น</translation>
    </message>
    <message>
        <source>{signature} is missing: the manifest is not signed.</source>
        <translation>ไม่มี {signature}: บัญชีรายการไฟล์ไม่ได้ลงลายมือชื่อ</translation>
    </message>
    <message>
        <source>{source} has no root certificate (one that signed itself). Add the root certificate the TSA publishes after its own certificate in the PEM file.</source>
        <translation>{source} ไม่มีใบรับรองราก (ใบรับรองที่ลงลายมือชื่อตัวเอง) โปรดเพิ่มใบรับรองรากที่ TSA เผยแพร่ไว้ต่อจากใบรับรองของ TSA ในไฟล์ PEM</translation>
    </message>
    <message>
        <source>{source} holds no certificate Casebook can read. Give the TSA&apos;s certificate chain as a PEM file (the TSA&apos;s certificate and its root).</source>
        <translation>{source} ไม่มีใบรับรองที่ Casebook อ่านได้ โปรดระบุสายใบรับรองของ TSA เป็นไฟล์ PEM (ใบรับรองของ TSA และใบรับรองราก)</translation>
    </message>
    <message>
        <source>{source} is not a certificate file. Give the TSA&apos;s PEM chain.</source>
        <translation>{source} ไม่ใช่ไฟล์ใบรับรอง โปรดระบุสาย PEM ของ TSA</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} ถึง {end}</translation>
    </message>
    <message>
        <source>{summary} Pattern annex: counts across the incidents of the case that may be disclosed; counts of persons below {threshold} shown as &apos;&lt; {threshold}&apos;.</source>
        <translation>{summary} ภาคผนวกแบบแผน: จำนวนจากเหตุการณ์ของคดีที่เปิดเผยได้; จำนวนบุคคลที่น้อยกว่า {threshold} แสดงเป็น &apos;&lt; {threshold}&apos;</translation>
    </message>
    <message>
        <source>{target} already exists. Choose another file name.</source>
        <translation>{target} มีอยู่แล้ว โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>{url} is not a time-stamp authority address. Give its http:// or https:// URL, as the TSA publishes it.</source>
        <translation>{url} ไม่ใช่ที่อยู่ของหน่วยงานประทับเวลา โปรดระบุ URL แบบ http:// หรือ https:// ตามที่ TSA เผยแพร่</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: must be a path inside the JSON file&apos;s folder, relative to it, with no &apos;..&apos; and no symbolic link</source>
        <translation>{where}/evidence/{i}/file: ต้องเป็นเส้นทางภายในโฟลเดอร์ของไฟล์ JSON แบบสัมพัทธ์ ไม่มี &apos;..&apos; และไม่มีลิงก์สัญลักษณ์</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: there is no file at this path beside the JSON file</source>
        <translation>{where}/evidence/{i}/file: ไม่มีไฟล์ที่เส้นทางนี้ข้างไฟล์ JSON</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/sha256: a file needs its SHA-256 to be checked</source>
        <translation>{where}/evidence/{i}/sha256: ไฟล์ต้องมีค่า SHA-256 เพื่อใช้ตรวจ</translation>
    </message>
    <message>
        <source>{where}/persons: the pseudonym {dup} is used twice</source>
        <translation>{where}/persons: นามแฝง {dup} ถูกใช้สองครั้ง</translation>
    </message>
    <message>
        <source>{where}/reference: a case with this reference already exists</source>
        <translation>{where}/reference: มีคดีที่ใช้เลขอ้างอิงนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/id: this signer is listed twice</source>
        <translation>{where}/signers/{i}/id: ผู้ลงลายมือชื่อนี้อยู่ในรายการสองครั้ง</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/signing_public_key: is not an Ed25519 key</source>
        <translation>{where}/signers/{i}/signing_public_key: ไม่ใช่กุญแจ Ed25519</translation>
    </message>
    <message>
        <source>{where}/signers: a signer has the id of a user of this casebook but another signing key; someone may be impersonating a colleague</source>
        <translation>{where}/signers: มีผู้ลงลายมือชื่อที่ใช้รหัสของผู้ใช้สมุดคดีนี้แต่ใช้กุญแจลงลายมือชื่ออื่น; อาจมีคนปลอมตัวเป็นเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</source>
        <translation>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments/{j}/id: already in use</source>
        <translation>{where}/testimonies/{i}/segments/{j}/id: ถูกใช้แล้ว</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments: two segments share a position</source>
        <translation>{where}/testimonies/{i}/segments: มีสองข้อความอยู่ตำแหน่งเดียวกัน</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/{path}/id: this id is already in use</source>
        <translation>{where}/testimonies/{i}/{path}/id: รหัสนี้ถูกใช้แล้ว</translation>
    </message>
    <message>
        <source>{where}/{key}/{i}/id: this id is already in use</source>
        <translation>{where}/{key}/{i}/id: รหัสนี้ถูกใช้แล้ว</translation>
    </message>
    <message>
        <source>{where}: does not follow on from the entry before it</source>
        <translation>{where}: ไม่ต่อจากรายการก่อนหน้า</translation>
    </message>
    <message>
        <source>{where}: entries before it are missing</source>
        <translation>{where}: รายการก่อนหน้าหายไป</translation>
    </message>
    <message>
        <source>{where}: expected entry {expected} here; entries are missing</source>
        <translation>{where}: ควรเป็นรายการ {expected} ที่นี่; มีรายการหายไป</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was received</source>
        <translation>{where}: เนื้อหาถูกแก้ไขหลังได้รับ</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was written</source>
        <translation>{where}: เนื้อหาถูกแก้ไขหลังเขียน</translation>
    </message>
    <message>
        <source>{where}: its signature does not match its content</source>
        <translation>{where}: ลายมือชื่อไม่ตรงกับเนื้อหา</translation>
    </message>
    <message>
        <source>{where}: set by {label}, {why}, so it does not count. Verify that identity&apos;s fingerprint with its owner (`casebook identity verify`) if it is genuine.</source>
        <translation>{where}: ตั้งโดย {label}, {why} จึงไม่นับ หากตัวตนนั้นเป็นของจริง โปรดยืนยันลายนิ้วมือกับเจ้าของ (`casebook identity verify`)</translation>
    </message>
    <message>
        <source>{where}: the sequence skips from {last}</source>
        <translation>{where}: ลำดับข้ามจาก {last}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{who} place</source>
        <translation>สถานที่ของ {who}</translation>
    </message>
    <message>
        <source>{who} {part}</source>
        <translation>{part} ของ {who}</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year} (month unknown)</source>
        <translation>{year} (ไม่ทราบเดือน)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>วลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน(&amp;C)</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The new passphrase opens this casebook from now on; the old one no longer does. The data is not rewritten. The recovery key stays as it is.</source>
        <translation>ตั้งแต่นี้ไป วลีรหัสผ่านใหม่จะใช้เปิดสมุดคดีนี้ วลีเดิมจะใช้ไม่ได้อีก ข้อมูลไม่ถูกเขียนใหม่ กุญแจกู้คืนยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>วลีรหัสผ่านปัจจุบัน:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>วลีรหัสผ่านใหม่:</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>พิมพ์วลีรหัสผ่านที่ใช้เปิดอยู่ตอนนี้</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>New charge</source>
        <translation>ข้อหาใหม่</translation>
    </message>
    <message>
        <source>Choose the crime to charge.</source>
        <translation>เลือกอาชญากรรมที่จะตั้งข้อหา</translation>
    </message>
    <message>
        <source>optional; the crime&apos;s title is used</source>
        <translation>ไม่บังคับ; ใช้ชื่อของอาชญากรรม</translation>
    </message>
    <message>
        <source>National provision (Germany, VStGB)</source>
        <translation>บทบัญญัติกฎหมายภายใน (เยอรมนี, VStGB)</translation>
    </message>
    <message>
        <source>Alleged perpetrators and their mode of liability</source>
        <translation>ผู้ถูกกล่าวหาและรูปแบบความรับผิด</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>ผู้ถูกกล่าวหา</translation>
    </message>
    <message>
        <source>Mode of liability</source>
        <translation>รูปแบบความรับผิด</translation>
    </message>
    <message>
        <source>No person of this case has the role alleged perpetrator yet.</source>
        <translation>ยังไม่มีบุคคลในคดีนี้ที่มีบทบาทผู้ถูกกล่าวหา</translation>
    </message>
    <message>
        <source>Incidents the charge rests on</source>
        <translation>เหตุการณ์ที่ข้อหานี้อาศัย</translation>
    </message>
    <message>
        <source>Crime:</source>
        <translation>อาชญากรรม:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ชื่อเรื่อง:</translation>
    </message>
    <message>
        <source>German provision:</source>
        <translation>บทบัญญัติเยอรมัน:</translation>
    </message>
    <message>
        <source>Perpetrators:</source>
        <translation>ผู้ถูกกล่าวหา:</translation>
    </message>
    <message>
        <source>Rests on incidents
(none: all material):</source>
        <translation>อาศัยเหตุการณ์
(ไม่เลือก: ข้อมูลทั้งหมด):</translation>
    </message>
    <message>
        <source>Add charge</source>
        <translation>เพิ่มข้อหา</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>(no German provision)</source>
        <translation>(ไม่มีบทบัญญัติเยอรมัน)</translation>
    </message>
    <message>
        <source>{citation} (partial match)</source>
        <translation>{citation} (ตรงกันบางส่วน)</translation>
    </message>
    <message>
        <source>(not charged)</source>
        <translation>(ไม่ได้ตั้งข้อหา)</translation>
    </message>
    <message>
        <source>Choose the crime to charge first.</source>
        <translation>เลือกอาชญากรรมที่จะตั้งข้อหาก่อน</translation>
    </message>
    <message>
        <source>The charge was not added</source>
        <translation>ยังไม่ได้เพิ่มข้อหา</translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <source>Charges</source>
        <translation>ข้อหา</translation>
    </message>
    <message>
        <source>Each charge is a crime, its alleged perpetrators with their mode of liability, the German provision and the incidents it rests on. Activate one to see its matrix.</source>
        <translation>แต่ละข้อหาคืออาชญากรรมหนึ่ง พร้อมผู้ถูกกล่าวหาและรูปแบบความรับผิด บทบัญญัติเยอรมัน และเหตุการณ์ที่อาศัย เปิดข้อหาเพื่อดูตาราง</translation>
    </message>
    <message>
        <source>Charges of this case</source>
        <translation>ข้อหาของคดีนี้</translation>
    </message>
    <message>
        <source>New charge…</source>
        <translation>ข้อหาใหม่…</translation>
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
        <translation>ไม่มีบทบัญญัติกฎหมายภายใน</translation>
    </message>
    <message>
        <source>no perpetrator charged</source>
        <translation>ไม่มีผู้ถูกกล่าวหาที่ถูกตั้งข้อหา</translation>
    </message>
    <message>
        <source>no elements</source>
        <translation>ไม่มีองค์ประกอบ</translation>
    </message>
    <message>
        <source>Charges ({count})</source>
        <translation>ข้อหา ({count})</translation>
    </message>
</context>
<context>
    <name>CitePicker</name>
    <message>
        <source>Cite</source>
        <translation>อ้างอิง</translation>
    </message>
    <message>
        <source>What to cite</source>
        <translation>สิ่งที่จะอ้างอิง</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>พิมพ์เพื่อกรอง</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>กรอง</translation>
    </message>
    <message>
        <source>Material of this case</source>
        <translation>ข้อมูลของคดีนี้</translation>
    </message>
    <message>
        <source>Insert citation</source>
        <translation>แทรกการอ้างอิง</translation>
    </message>
    <message>
        <source>Choose what to cite from the list first.</source>
        <translation>เลือกสิ่งที่จะอ้างอิงจากรายการก่อน</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>ข้อขัดแย้งที่ยังค้าง</translation>
    </message>
    <message>
        <source>Your value and theirs, field by field</source>
        <translation>ค่าของคุณและของเขา ทีละช่อง</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>Mine (kept now)</source>
        <translation>ของฉัน (ที่เก็บอยู่)</translation>
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation>ของเขา (ที่เข้ามา)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>ใช้ของฉัน</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>ใช้ของเขา</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>{kind} · from {sender}
{when}</source>
        <translation>{kind} · จาก {sender}
{when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>ไม่มีข้อขัดแย้งที่ค้าง</translation>
    </message>
    <message>
        <source>No open conflicts: every import merged cleanly.</source>
        <translation>ไม่มีข้อขัดแย้งที่ค้าง: การนำเข้าทุกครั้งรวมได้เรียบร้อย</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>ยังไม่ได้แก้ข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>Kept your version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>เก็บฉบับของคุณสำหรับ {kind} {unit} แล้ว แพ็กเกจถัดไปที่ส่งถึง {sender} จะนำการตัดสินใจนี้ไปด้วย</translation>
    </message>
    <message>
        <source>Kept their version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>เก็บฉบับของเขาสำหรับ {kind} {unit} แล้ว แพ็กเกจถัดไปที่ส่งถึง {sender} จะนำการตัดสินใจนี้ไปด้วย</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Not recorded yet — choose how it was given</source>
        <translation>ยังไม่ได้บันทึก — เลือกวิธีที่ให้ความยินยอม</translation>
    </message>
    <message>
        <source>Written (signed form)</source>
        <translation>เป็นลายลักษณ์อักษร (แบบฟอร์มที่ลงลายมือชื่อ)</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>บันทึกเสียง</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>บันทึกวิดีโอ</translation>
    </message>
    <message>
        <source>Oral, witnessed</source>
        <translation>ด้วยวาจา มีพยานรู้เห็น</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>May be used in legal proceedings</source>
        <translation>ใช้ในการดำเนินคดีได้</translation>
    </message>
    <message>
        <source>May be published (without identity)</source>
        <translation>เผยแพร่ได้ (โดยไม่เปิดเผยตัวตน)</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>ติดต่อกลับได้อีก</translation>
    </message>
    <message>
        <source>Consent recorded as</source>
        <translation>บันทึกความยินยอมเป็น</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>ให้เมื่อวันที่</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>ถอนเมื่อวันที่</translation>
    </message>
    <message>
        <source>empty unless withdrawn</source>
        <translation>เว้นว่างไว้ถ้าไม่ได้ถอน</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>หมายเหตุการถอน</translation>
    </message>
    <message>
        <source>May go to (states and bodies):</source>
        <translation>ส่งให้ได้ (รัฐและองค์กร):</translation>
    </message>
    <message>
        <source>Consent was withdrawn on {date}. Nothing from this statement may be shared or exported.</source>
        <translation>ความยินยอมถูกถอนเมื่อ {date} ห้ามแบ่งปันหรือส่งออกสิ่งใดจากคำให้การนี้</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>no state or body named yet</source>
        <translation>ยังไม่ได้ระบุรัฐหรือองค์กร</translation>
    </message>
    <message>
        <source>legal proceedings ({recipients})</source>
        <translation>การดำเนินคดี ({recipients})</translation>
    </message>
    <message>
        <source>publication without identity</source>
        <translation>การเผยแพร่โดยไม่เปิดเผยตัวตน</translation>
    </message>
    <message>
        <source>The witness agreed to: {uses}.</source>
        <translation>พยานยินยอมให้: {uses}</translation>
    </message>
    <message>
        <source>No use has been agreed yet: record what the witness consented to.</source>
        <translation>ยังไม่มีการยินยอมให้ใช้: บันทึกสิ่งที่พยานยินยอม</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>Documenter (field interviews)</source>
        <translation>ผู้บันทึกข้อมูล (สัมภาษณ์ภาคสนาม)</translation>
    </message>
    <message>
        <source>Legal analyst</source>
        <translation>นักวิเคราะห์กฎหมาย</translation>
    </message>
    <message>
        <source>Supervisor (review)</source>
        <translation>หัวหน้างาน (ตรวจทาน)</translation>
    </message>
    <message>
        <source>Create a casebook</source>
        <translation>สร้างสมุดคดี</translation>
    </message>
    <message>
        <source>A casebook is one encrypted folder. Nothing in it can be read without your passphrase or the recovery key you will be shown next.</source>
        <translation>สมุดคดีคือโฟลเดอร์เข้ารหัสหนึ่งโฟลเดอร์ ไม่มีใครอ่านสิ่งใดในนั้นได้หากไม่มีวลีรหัสผ่านของคุณหรือกุญแจกู้คืนที่จะแสดงในขั้นต่อไป</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ตำแหน่งที่เก็บ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เรียกดู(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose location</source>
        <translation>เลือกตำแหน่งที่เก็บ</translation>
    </message>
    <message>
        <source>Casebook folder name</source>
        <translation>ชื่อโฟลเดอร์สมุดคดี</translation>
    </message>
    <message>
        <source>for example: border-interviews-2025</source>
        <translation>เช่น: border-interviews-2025</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <source>as it will appear in the audit log</source>
        <translation>ตามที่จะปรากฏในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>บทบาทของคุณ</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>ตำแหน่งที่เก็บ:</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>ชื่อโฟลเดอร์:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>ชื่อของคุณ:</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>บทบาทของคุณ:</translation>
    </message>
    <message>
        <source>Creating the casebook…</source>
        <translation>กำลังสร้างสมุดคดี…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>สร้าง(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Where should the casebook folder be made?</source>
        <translation>จะสร้างโฟลเดอร์สมุดคดีไว้ที่ไหน?</translation>
    </message>
    <message>
        <source>Give the new casebook folder a name.</source>
        <translation>ตั้งชื่อโฟลเดอร์สมุดคดีใหม่</translation>
    </message>
    <message>
        <source>A folder name cannot contain / or \.</source>
        <translation>ชื่อโฟลเดอร์มี / หรือ \ ไม่ได้</translation>
    </message>
    <message>
        <source>The casebook could not be created</source>
        <translation>สร้างสมุดคดีไม่ได้</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>เลือกวันที่จากปฏิทิน (Alt+ลูกศรลง)</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>เลือกวันที่</translation>
    </message>
</context>
<context>
    <name>DocumentationPanel</name>
    <message>
        <source>— not recorded —</source>
        <translation>— ไม่ได้บันทึก —</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>ผู้อื่นที่อยู่ด้วย</translation>
    </message>
    <message>
        <source>Interview recorded as</source>
        <translation>บันทึกการสัมภาษณ์เป็น</translation>
    </message>
    <message>
        <source>Notes by the interviewer</source>
        <translation>บันทึกของผู้สัมภาษณ์</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>บันทึกเสียง</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>บันทึกวิดีโอ</translation>
    </message>
    <message>
        <source>Statement written by the person</source>
        <translation>คำให้การที่บุคคลนั้นเขียนเอง</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>วิธีอื่น</translation>
    </message>
    <message>
        <source>Earlier accounts</source>
        <translation>เคยเล่าไว้ก่อน</translation>
    </message>
    <message>
        <source>None given before</source>
        <translation>ไม่เคยเล่ามาก่อน</translation>
    </message>
    <message>
        <source>Given before</source>
        <translation>เคยเล่ามาก่อน</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>เล่าให้</translation>
    </message>
    <message>
        <source>e.g. a UN mission, a journalist</source>
        <translation>เช่น คณะผู้แทนของ UN, นักข่าว</translation>
    </message>
    <message>
        <source>Given when</source>
        <translation>เล่าเมื่อ</translation>
    </message>
    <message>
        <source>as the person remembers it</source>
        <translation>ตามที่บุคคลนั้นจำได้</translation>
    </message>
    <message>
        <source>Referral to support</source>
        <translation>การส่งต่อรับความช่วยเหลือ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>Offered and declined</source>
        <translation>เสนอแล้วแต่ปฏิเสธ</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>ไม่จำเป็น</translation>
    </message>
    <message>
        <source>No service available</source>
        <translation>ไม่มีบริการ</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ส่งต่อไปที่</translation>
    </message>
    <message>
        <source>the service; printed only in the internal edition</source>
        <translation>หน่วยบริการ; พิมพ์เฉพาะในฉบับภายใน</translation>
    </message>
    <message>
        <source>This item is</source>
        <translation>รายการนี้เป็น</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>ต้นฉบับ</translation>
    </message>
    <message>
        <source>A working copy (original kept elsewhere)</source>
        <translation>สำเนาใช้งาน (ต้นฉบับเก็บไว้ที่อื่น)</translation>
    </message>
    <message>
        <source>A copy as received</source>
        <translation>สำเนาตามที่ได้รับ</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation>ต้นฉบับเก็บไว้ที่</translation>
    </message>
    <message>
        <source>where, and by whom</source>
        <translation>ที่ไหน และใครเก็บ</translation>
    </message>
    <message>
        <source>Interview, earlier accounts and support</source>
        <translation>การสัมภาษณ์ คำเล่าก่อนหน้า และความช่วยเหลือ</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>ต้นฉบับหรือสำเนา</translation>
    </message>
    <message>
        <source>As the documentation guidelines ask. Every field is optional: leave what was not recorded empty.</source>
        <translation>ตามที่แนวทางการบันทึกข้อมูลกำหนด ทุกช่องไม่บังคับ: เว้นว่างช่องที่ไม่ได้บันทึกไว้</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit {field}</source>
        <translation>แก้ไข {field}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>แก้ไขคำให้การ</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>… and {count} more</source>
        <translation>… และอีก {count} รายการ</translation>
    </message>
    <message>
        <source>There was not enough memory for this step. Close other programs and try again.</source>
        <translation>หน่วยความจำไม่พอสำหรับขั้นตอนนี้ ปิดโปรแกรมอื่นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Something went wrong that Casebook did not expect; nothing was saved from this step. Try again, and if it happens again, report it with the details from the terminal.</source>
        <translation>เกิดข้อผิดพลาดที่ Casebook ไม่ได้คาดไว้ ไม่มีสิ่งใดจากขั้นตอนนี้ถูกบันทึก ลองอีกครั้ง ถ้ายังเกิดอีก ให้แจ้งพร้อมรายละเอียดจากเทอร์มินัล</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>ได้มาอย่างไร</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>เก็บรวบรวมโดย</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>เก็บรวบรวมเมื่อ</translation>
    </message>
    <message>
        <source>Collected at (place)</source>
        <translation>เก็บรวบรวมที่ (สถานที่)</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>ถ่ายเมื่อ</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>บันทึกเมื่อ</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Digitised at</source>
        <translation>แปลงเป็นดิจิทัลเมื่อ</translation>
    </message>
    <message>
        <source>Modified at</source>
        <translation>แก้ไขเมื่อ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>ความสูง (ม.)</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>ยี่ห้อกล้อง</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>รุ่นกล้อง</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ซอฟต์แวร์</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>ความกว้าง (px)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>ความสูง (px)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>จำนวนหน้า</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>ความยาว (วินาที)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>รูปแบบไฟล์ (container)</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>ตัวแปลงสัญญาณวิดีโอ</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>ตัวแปลงสัญญาณเสียง</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>เขียนโดย</translation>
    </message>
    <message>
        <source>Content credentials</source>
        <translation>ข้อมูลรับรองเนื้อหา</translation>
    </message>
    <message>
        <source>Made with (C2PA)</source>
        <translation>สร้างด้วย (C2PA)</translation>
    </message>
    <message>
        <source>Captured (C2PA)</source>
        <translation>บันทึกภาพเมื่อ (C2PA)</translation>
    </message>
    <message>
        <source>Place (C2PA)</source>
        <translation>สถานที่ (C2PA)</translation>
    </message>
    <message>
        <source>Actions (C2PA)</source>
        <translation>การกระทำกับไฟล์ (C2PA)</translation>
    </message>
    <message>
        <source>ProofMode bundle</source>
        <translation>ชุดข้อมูล ProofMode</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>บันทึกเมื่อ</translation>
    </message>
    <message>
        <source>OpenTimestamps proof</source>
        <translation>หลักฐาน OpenTimestamps</translation>
    </message>
    <message>
        <source>C2PA manifest file</source>
        <translation>ไฟล์ manifest ของ C2PA</translation>
    </message>
    <message>
        <source>Device check</source>
        <translation>การตรวจอุปกรณ์</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>ลายมือชื่อของ {name}</translation>
    </message>
    <message>
        <source>none (unknown provenance; most genuine files carry none, so this is not a sign of forgery)</source>
        <translation>ไม่มี (ไม่ทราบที่มา; ไฟล์จริงส่วนใหญ่ไม่มีข้อมูลนี้ จึงไม่ใช่สัญญาณของการปลอมแปลง)</translation>
    </message>
    <message>
        <source>not checked: the file could not be parsed for content credentials</source>
        <translation>ไม่ได้ตรวจ: อ่านข้อมูลรับรองเนื้อหาจากไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>valid, signed by {signer} (checked offline: signature and content hashes; the signer&apos;s certificate was not checked against a trust list, nor for revocation)</source>
        <translation>ถูกต้อง ลงลายมือชื่อโดย {signer} (ตรวจแบบออฟไลน์: ลายมือชื่อและค่าแฮชของเนื้อหา; ไม่ได้ตรวจใบรับรองของผู้ลงลายมือชื่อกับรายชื่อที่เชื่อถือ และไม่ได้ตรวจการเพิกถอน)</translation>
    </message>
    <message>
        <source>present but invalid: {failures} (signed as {signer})</source>
        <translation>มีแต่ไม่ถูกต้อง: {failures} (ลงลายมือชื่อในนาม {signer})</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 ของไฟล์</translation>
    </message>
    <message>
        <source>Embedded metadata — check it against what you know</source>
        <translation>เมทาดาทาที่ฝังในไฟล์ — ตรวจกับสิ่งที่คุณรู้</translation>
    </message>
    <message>
        <source>Use GPS as collection place</source>
        <translation>ใช้ GPS เป็นสถานที่เก็บรวบรวม</translation>
    </message>
    <message>
        <source>Tag exhibit…</source>
        <translation>ติดแท็กชิ้นหลักฐาน…</translation>
    </message>
    <message>
        <source>Drop files or folders on this window, or press Ctrl+I, to add evidence. Choose an item in the list to see it here.</source>
        <translation>ลากไฟล์หรือโฟลเดอร์มาวางบนหน้าต่างนี้ หรือกด Ctrl+I เพื่อเพิ่มหลักฐาน เลือกรายการในรายการเพื่อดูที่นี่</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ไฟล์: {name}</translation>
    </message>
    <message>
        <source>{media_type}, {size}</source>
        <comment>a file&apos;s type and size</comment>
        <translation>{media_type}, {size}</translation>
    </message>
    <message>
        <source>Same content as “{title}”; stored once.</source>
        <translation>เนื้อหาเหมือนกับ “{title}”; เก็บไว้ครั้งเดียว</translation>
    </message>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>The file carries no metadata Casebook can read.</source>
        <translation>ไฟล์นี้ไม่มีเมทาดาทาที่ Casebook อ่านได้</translation>
    </message>
    <message>
        <source>exhibit “{title}”</source>
        <translation>ชิ้นหลักฐาน “{title}”</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิดไฟล์</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Taken at (file)</source>
        <translation>ถ่ายเมื่อ (จากไฟล์)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>รับเข้า</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>When the photo or recording was made, as its embedded metadata (EXIF, container) says — unverified; empty when the file carries none.</source>
        <translation>เวลาที่ถ่ายภาพหรือบันทึก ตามที่เมทาดาทาในไฟล์ (EXIF, container) ระบุ — ยังไม่ได้ยืนยัน; ว่างถ้าไฟล์ไม่มีข้อมูลนี้</translation>
    </message>
    <message>
        <source>When the file was taken into this casebook.</source>
        <translation>เวลาที่รับไฟล์เข้าสมุดคดีนี้</translation>
    </message>
    <message>
        <source>Filter by title, file name or type</source>
        <translation>กรองตามชื่อเรื่อง ชื่อไฟล์ หรือชนิดไฟล์</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>กรองหลักฐาน</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>รายการหลักฐาน</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Taken at {time} (from the file&apos;s metadata)</source>
        <translation>ถ่ายเมื่อ {time} (จากเมทาดาทาของไฟล์)</translation>
    </message>
    <message>
        <source>{title}  (duplicate)</source>
        <translation>{title}  (ซ้ำ)</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>{encoding} (some bytes could not be read and show as �)</source>
        <translation>{encoding} (อ่านบางไบต์ไม่ได้ แสดงเป็น �)</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 พร้อม byte-order mark</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (ตะวันตก)</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>ข้อความของหลักฐาน</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>พอดี</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>ปรับให้พอดีหน้าต่าง</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>ขนาดจริง</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>ส่งออกสำเนา…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy of this evidence</source>
        <translation>ส่งออกสำเนาของหลักฐานนี้แบบไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a zoom factor</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>This item has no stored file (a physical item or a note).</source>
        <translation>รายการนี้ไม่มีไฟล์ที่เก็บไว้ (เป็นวัตถุหรือบันทึก)</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>กำลังถอดรหัส…</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because this installation lacks the Qt PDF module (the PySide6-Pdf package). Export a copy to read it in a PDF reader.</source>
        <translation>แสดงหน้า PDF ที่นี่ไม่ได้ เพราะการติดตั้งนี้ไม่มีโมดูล Qt PDF (แพ็กเกจ PySide6-Pdf) ส่งออกสำเนาเพื่ออ่านในโปรแกรมอ่าน PDF</translation>
    </message>
    <message>
        <source>Audio and video cannot be played here because this installation lacks Qt Multimedia (the PySide6-Addons package). Casebook plays recordings only from memory; export a copy to play it in another program.</source>
        <translation>เล่นเสียงและวิดีโอที่นี่ไม่ได้ เพราะการติดตั้งนี้ไม่มี Qt Multimedia (แพ็กเกจ PySide6-Addons) Casebook เล่นไฟล์บันทึกจากหน่วยความจำเท่านั้น; ส่งออกสำเนาเพื่อเล่นในโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>Casebook cannot show this kind of file itself. Export a copy to open it in another program.</source>
        <translation>Casebook แสดงไฟล์ชนิดนี้เองไม่ได้ ส่งออกสำเนาเพื่อเปิดในโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>Casebook cannot show {media_type} itself. Export a copy to open it in another program.</source>
        <translation>Casebook แสดง {media_type} เองไม่ได้ ส่งออกสำเนาเพื่อเปิดในโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>Text, read as {encoding} — first 2 MiB shown</source>
        <translation>ข้อความ อ่านเป็น {encoding} — แสดง 2 MiB แรก</translation>
    </message>
    <message>
        <source>Text, read as {encoding}</source>
        <translation>ข้อความ อ่านเป็น {encoding}</translation>
    </message>
    <message>
        <source>The image could not be decoded. Export a copy to try another program.</source>
        <translation>ถอดรหัสภาพไม่ได้ ส่งออกสำเนาเพื่อลองในโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>Image, {width} × {height} px (turned as its EXIF orientation says) — drag to pan</source>
        <translation>ภาพ {width} × {height} px (หมุนตามการวางแนว EXIF) — ลากเพื่อเลื่อน</translation>
    </message>
    <message>
        <source>Evidence PDF pages</source>
        <translation>หน้า PDF ของหลักฐาน</translation>
    </message>
    <message>
        <source>The PDF is protected by a password, so its pages cannot be shown.</source>
        <translation>PDF นี้ป้องกันด้วยรหัสผ่าน จึงแสดงหน้าไม่ได้</translation>
    </message>
    <message>
        <source>The PDF could not be read. Export a copy to try another program.</source>
        <translation>อ่าน PDF ไม่ได้ ส่งออกสำเนาเพื่อลองในโปรแกรมอื่น</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s), shown from memory</source>
        <translation>
            <numerusform>PDF %n หน้า แสดงจากหน่วยความจำ</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence video</source>
        <translation>วิดีโอหลักฐาน</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>เล่น</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>ตำแหน่งในไฟล์บันทึก</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Video, played from memory ({size} MiB held)</source>
        <translation>วิดีโอ เล่นจากหน่วยความจำ (ใช้ {size} MiB)</translation>
    </message>
    <message>
        <source>Audio, played from memory ({size} MiB held)</source>
        <translation>เสียง เล่นจากหน่วยความจำ (ใช้ {size} MiB)</translation>
    </message>
    <message>
        <source>This recording cannot be played here: Qt Multimedia could not play it from memory ({reason}). Export a copy to play it in another program.</source>
        <translation>เล่นไฟล์บันทึกนี้ที่นี่ไม่ได้: Qt Multimedia เล่นจากหน่วยความจำไม่ได้ ({reason}) ส่งออกสำเนาเพื่อเล่นในโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ไม่ได้ระบุเหตุผล</translation>
    </message>
    <message>
        <source>fit</source>
        <comment>zoom: fitted to the width</comment>
        <translation>พอดี</translation>
    </message>
    <message>
        <source>The file could not be shown.</source>
        <translation>แสดงไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>ส่งออกสำเนา</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to that place can read it. Keep it on an encrypted drive and delete it when you no longer need it.</source>
        <translation>สำเนาจะไม่ถูกเข้ารหัส: ใครก็ตามที่เข้าถึงที่นั้นได้จะอ่านได้ เก็บไว้ในไดรฟ์ที่เข้ารหัส และลบทิ้งเมื่อไม่ต้องใช้แล้ว</translation>
    </message>
    <message>
        <source>Take care: {warning}. Export it only for your own work, never to give it to anyone outside the team.</source>
        <translation>โปรดระวัง: {warning} ส่งออกเพื่องานของคุณเองเท่านั้น ห้ามให้ผู้ใดนอกทีม</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>ส่งออกสำเนาแบบไม่เข้ารหัสหรือไม่?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Exported an unencrypted copy to {path}</source>
        <translation>ส่งออกสำเนาแบบไม่เข้ารหัสไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>The copy could not be exported</source>
        <translation>ส่งออกสำเนาไม่ได้</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>กำลังตรวจทาน</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>ขอให้แก้ไข</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>documenter</source>
        <translation>ผู้บันทึกข้อมูล</translation>
    </message>
    <message>
        <source>legal analyst</source>
        <translation>นักวิเคราะห์กฎหมาย</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>external (no role claimed)</source>
        <translation>ภายนอก (ไม่ได้อ้างบทบาท)</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>ใหม่ {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>ปรับปรุง {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>ไม่เปลี่ยน {count}</translation>
    </message>
    <message>
        <source>{count} kept (ours is newer)</source>
        <translation>เก็บไว้ {count} (ของเราใหม่กว่า)</translation>
    </message>
    <message>
        <source>{count} in conflict</source>
        <translation>ขัดแย้ง {count}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>คดี</translation>
    </message>
    <message>
        <source>person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>ตัวตน</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>คำให้การ</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>ข้อหา</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>section</source>
        <translation>ส่วน</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>การครอบครอง</translation>
    </message>
    <message>
        <source>review</source>
        <translation>การตรวจทาน</translation>
    </message>
    <message>
        <source>{path} cannot be read as a text file.</source>
        <translation>อ่าน {path} เป็นไฟล์ข้อความไม่ได้</translation>
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
        <translation>ไฟล์แนบ: ใหม่ {new}, มีอยู่แล้ว {known}</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(ทั้งรายการ)</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>ไม่มีที่นี่</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>ฉบับใหม่</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Filing — for the prosecutor</source>
        <translation>ฉบับยื่นอัยการ</translation>
    </message>
    <message>
        <source>Internal — working copy with gaps and contradicting material</source>
        <translation>ฉบับภายใน — สำเนาใช้งาน รวมส่วนที่ยังขาดและข้อมูลที่ขัดแย้ง</translation>
    </message>
    <message>
        <source>English</source>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <source>German</source>
        <translation>เยอรมัน</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>คำให้การ</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>ตัวตน</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>override</source>
        <translation>เลือกรวม</translation>
    </message>
    <message>
        <source>law</source>
        <translation>กฎหมาย</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>การอ้างอิง</translation>
    </message>
    <message>
        <source>{kind}: {label} — {reason}</source>
        <translation>{kind}: {label} — {reason}</translation>
    </message>
    <message>
        <source>Export complaint bundle</source>
        <translation>ส่งออกชุดเอกสารคำร้องทุกข์</translation>
    </message>
    <message>
        <source>Charges to include</source>
        <translation>ข้อหาที่จะรวม</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>{addressee} (consent must name {jurisdiction})</source>
        <translation>{addressee} (ความยินยอมต้องระบุ {jurisdiction})</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>ฉบับ</translation>
    </message>
    <message>
        <source>Language of the complaint</source>
        <translation>ภาษาของคำร้องทุกข์</translation>
    </message>
    <message>
        <source>Add a pattern annex (counts only, no identities)</source>
        <translation>เพิ่มภาคผนวกแบบแผน (เฉพาะจำนวน ไม่มีตัวตน)</translation>
    </message>
    <message>
        <source>Incidents by month, area, victim group, unit and crime, as tables and charts; counts of persons below 3 are shown as &apos;&lt; 3&apos;.</source>
        <translation>เหตุการณ์ตามเดือน พื้นที่ กลุ่มผู้เสียหาย หน่วย และอาชญากรรม เป็นตารางและแผนภูมิ; จำนวนบุคคลที่น้อยกว่า 3 แสดงเป็น &apos;&lt; 3&apos;</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>โฟลเดอร์ปลายทาง</translation>
    </message>
    <message>
        <source>a folder outside the casebook</source>
        <translation>โฟลเดอร์ที่อยู่นอกสมุดคดี</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Also pack the bundle into a zip file</source>
        <translation>บีบอัดชุดเอกสารเป็นไฟล์ zip ด้วย</translation>
    </message>
    <message>
        <source>Encrypt to age public key</source>
        <translation>เข้ารหัสด้วยกุญแจสาธารณะ age</translation>
    </message>
    <message>
        <source>age1… (optional: one encrypted file, no plain folder)</source>
        <translation>age1… (ไม่บังคับ: ได้ไฟล์เข้ารหัสไฟล์เดียว ไม่มีโฟลเดอร์ธรรมดา)</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>ข้อหา:</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>ผู้รับ:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>ฉบับ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>โฟลเดอร์ปลายทาง:</translation>
    </message>
    <message>
        <source>Encrypt to:</source>
        <translation>เข้ารหัสถึง:</translation>
    </message>
    <message>
        <source>Check the plan first: what consent keeps out is listed here.</source>
        <translation>ตรวจแผนก่อน: สิ่งที่ความยินยอมไม่อนุญาตจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>What the bundle will leave out, and why</source>
        <translation>สิ่งที่ชุดเอกสารจะไม่รวม และเหตุผล</translation>
    </message>
    <message>
        <source>Check what will be left out</source>
        <translation>ตรวจสิ่งที่จะไม่รวม</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>โฟลเดอร์สำหรับชุดเอกสาร</translation>
    </message>
    <message>
        <source>Choose at least one charge to export.</source>
        <translation>เลือกอย่างน้อยหนึ่งข้อหาที่จะส่งออก</translation>
    </message>
    <message>
        <source>The bundle cannot be planned</source>
        <translation>วางแผนชุดเอกสารไม่ได้</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>ไม่มีสิ่งใดถูกตัดออก</translation>
    </message>
    <message numerus="yes">
        <source>Export, leaving out %n item(s)</source>
        <translation>
            <numerusform>ส่งออก โดยไม่รวม %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>The choices changed: check what will be left out again first.</source>
        <translation>ตัวเลือกเปลี่ยนไป: ตรวจสิ่งที่จะไม่รวมอีกครั้งก่อน</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle into.</source>
        <translation>เลือกโฟลเดอร์ที่จะเขียนชุดเอกสารลงไป</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>ยกเลิกการส่งออก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>กำลังเตรียมชุดเอกสาร…</translation>
    </message>
    <message>
        <source>The bundle is encrypted; the recipient checks it after decrypting.</source>
        <translation>ชุดเอกสารถูกเข้ารหัส; ผู้รับจะตรวจสอบหลังถอดรหัส</translation>
    </message>
    <message>
        <source>Verified: every file matches the signed manifest.</source>
        <translation>ตรวจสอบแล้ว: ทุกไฟล์ตรงกับบัญชีรายการไฟล์ที่ลงลายมือชื่อ</translation>
    </message>
    <message>
        <source>Verification FAILED: {problems}</source>
        <translation>การตรวจสอบไม่ผ่าน: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>ชิ้นหลักฐาน %n ชิ้น</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path} ({pages}, {exhibits}). {check}</source>
        <translation>เขียน {path} แล้ว ({pages}, {exhibits}) {check}</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>ยังไม่ได้ส่งออกชุดเอกสาร</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — counts {what}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — นับ {what}</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>กำลังตรวจทาน</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>ขอให้แก้ไข</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>Sex gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>กลุ่มอายุ</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>ชาติพันธุ์</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>ศาสนา</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>สัญชาติ</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ยศ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขอ้างอิง</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>สถานการณ์</translation>
    </message>
    <message>
        <source>country or situation</source>
        <translation>ประเทศหรือสถานการณ์</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Date known as</source>
        <translation>ความแน่นอนของวันที่</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>สถานที่ (อักษรเดิม)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>อำเภอ / จังหวัด</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <source>e.g. 20.1525</source>
        <translation>เช่น 20.1525</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <source>e.g. 92.8789</source>
        <translation>เช่น 92.8789</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation>ลายนิ้วมือ {fingerprint}</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>ตัวตน</translation>
    </message>
    <message>
        <source>Your identity — give this text to colleagues</source>
        <translation>ตัวตนของคุณ — ให้ข้อความนี้แก่เพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>Your public identity</source>
        <translation>ตัวตนสาธารณะของคุณ</translation>
    </message>
    <message>
        <source>Copy identity</source>
        <translation>คัดลอกตัวตน</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>บันทึกเป็นไฟล์…</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>ลายนิ้วมือของคุณ:</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>เพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>Colleagues&apos; identities</source>
        <translation>ตัวตนของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ลายนิ้วมือ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>ทำเครื่องหมายว่ายืนยันแล้ว…</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity</source>
        <translation>วางตัวตนของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity here (-----BEGIN CASEBOOK IDENTITY----- …)</source>
        <translation>วางตัวตนของเพื่อนร่วมงานที่นี่ (-----BEGIN CASEBOOK IDENTITY----- …)</translation>
    </message>
    <message>
        <source>Import pasted identity</source>
        <translation>นำเข้าตัวตนที่วาง</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>นำเข้าจากไฟล์…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>ยังไม่ได้ยืนยัน</translation>
    </message>
    <message>
        <source>Your identity is on the clipboard.</source>
        <translation>คัดลอกตัวตนของคุณไปที่คลิปบอร์ดแล้ว</translation>
    </message>
    <message>
        <source>Save your identity</source>
        <translation>บันทึกตัวตนของคุณ</translation>
    </message>
    <message>
        <source>The identity could not be written ({reason}).</source>
        <translation>เขียนตัวตนไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>Saved your identity to {path}.</source>
        <translation>บันทึกตัวตนของคุณไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>The identity was not imported</source>
        <translation>ไม่ได้นำเข้าตัวตน</translation>
    </message>
    <message>
        <source>Stored the identity of {name}.</source>
        <translation>เก็บตัวตนของ {name} แล้ว</translation>
    </message>
    <message>
        <source>Already had the identity of {name}.</source>
        <translation>มีตัวตนของ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <source>{done} Compare its fingerprint before trusting it.</source>
        <translation>{done} เทียบลายนิ้วมือก่อนเชื่อถือ</translation>
    </message>
    <message>
        <source>Colleague&apos;s identity file</source>
        <translation>ไฟล์ตัวตนของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>Choose the colleague whose fingerprint you compared.</source>
        <translation>เลือกเพื่อนร่วมงานที่คุณเทียบลายนิ้วมือแล้ว</translation>
    </message>
    <message>
        <source>{name} is already verified.</source>
        <translation>{name} ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>{name} is verified: packages can now go both ways.</source>
        <translation>ยืนยัน {name} แล้ว: ส่งแพ็กเกจถึงกันได้ทั้งสองทาง</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>ชื่ออื่น</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ช่องทางติดต่อ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Identity of {pseudonym}</source>
        <translation>ตัวตนของ {pseudonym}</translation>
    </message>
    <message>
        <source>Protected identity. Close this when someone can see your screen. It is never exported unless chosen explicitly with the person&apos;s consent.</source>
        <translation>ตัวตนที่คุ้มครอง ปิดหน้าต่างนี้เมื่อมีคนอื่นเห็นหน้าจอได้ ข้อมูลนี้จะไม่ถูกส่งออก เว้นแต่เลือกอย่างชัดแจ้งโดยได้รับความยินยอมจากบุคคลนั้น</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Evidence image: drag to pan, wheel to zoom</source>
        <translation>ภาพหลักฐาน: ลากเพื่อเลื่อน หมุนล้อเมาส์เพื่อซูม</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>This sender&apos;s identity is stored here but NOT VERIFIED. Call them and compare the fingerprint shown above before you import.</source>
        <translation>ตัวตนของผู้ส่งนี้เก็บไว้ที่นี่แต่ยังไม่ได้ยืนยัน โทรหาผู้ส่งและเทียบลายนิ้วมือที่แสดงด้านบนก่อนนำเข้า</translation>
    </message>
    <message>
        <source>This sender is UNKNOWN here: anyone could have made this package. Compare the fingerprint shown above with the sender by phone or in person before you import.</source>
        <translation>ไม่รู้จักผู้ส่งนี้ที่นี่: ใครก็สร้างแพ็กเกจนี้ได้ เทียบลายนิ้วมือที่แสดงด้านบนกับผู้ส่งทางโทรศัพท์หรือพบตัวก่อนนำเข้า</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ยังไม่ได้ยืนยัน</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่รู้จัก</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>นำเข้าแพ็กเกจ</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ไฟล์แพ็กเกจ</translation>
    </message>
    <message>
        <source>a .cbpkg file from a colleague</source>
        <translation>ไฟล์ .cbpkg จากเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Check package</source>
        <translation>ตรวจแพ็กเกจ</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>แพ็กเกจ:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>ผู้ส่ง</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender and accept this package</source>
        <translation>ฉันเทียบลายนิ้วมือกับผู้ส่งแล้ว และยอมรับแพ็กเกจนี้</translation>
    </message>
    <message>
        <source>What the import will add or change</source>
        <translation>สิ่งที่การนำเข้าจะเพิ่มหรือเปลี่ยน</translation>
    </message>
    <message>
        <source>Conflicts the import will keep for you to decide</source>
        <translation>ข้อขัดแย้งที่การนำเข้าจะเก็บไว้ให้คุณตัดสิน</translation>
    </message>
    <message>
        <source>Choose a package, then check it: nothing is imported yet.</source>
        <translation>เลือกแพ็กเกจ แล้วตรวจ: ยังไม่มีการนำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>What will be added or changed:</source>
        <translation>สิ่งที่จะเพิ่มหรือเปลี่ยน:</translation>
    </message>
    <message>
        <source>Package to import</source>
        <translation>แพ็กเกจที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Casebook packages (*.cbpkg);;All files (*)</source>
        <translation>แพ็กเกจ Casebook (*.cbpkg);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Choose the package file to import.</source>
        <translation>เลือกไฟล์แพ็กเกจที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Decrypting and checking the package…</source>
        <translation>กำลังถอดรหัสและตรวจแพ็กเกจ…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — case {reference}, made {made} UTC</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — คดี {reference}, สร้างเมื่อ {made} UTC</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>หมายเหตุ: {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): your version is kept, theirs stored for you to decide (Exchange ▸ Conflicts…).</source>
        <translation>
            <numerusform>ข้อขัดแย้ง %n รายการ: เก็บฉบับของคุณไว้ ส่วนของเขาเก็บไว้ให้คุณตัดสิน (แลกเปลี่ยน ▸ ข้อขัดแย้ง…)</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>ไม่มีข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>Checked: nothing is imported yet.</source>
        <translation>ตรวจแล้ว: ยังไม่มีการนำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>Check the package first.</source>
        <translation>ตรวจแพ็กเกจก่อน</translation>
    </message>
    <message>
        <source>The sender is not verified here. Compare the fingerprint with them and tick the confirmation, or close this window.</source>
        <translation>ผู้ส่งยังไม่ได้รับการยืนยันที่นี่ เทียบลายนิ้วมือกับผู้ส่งแล้วติ๊กช่องยืนยัน หรือปิดหน้าต่างนี้</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message numerus="yes">
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, %n conflict(s) — resolve them in Exchange ▸ Conflicts….</source>
        <translation>
            <numerusform>นำเข้าคดี {reference} จาก {sender} แล้ว: ใหม่ {new}, ปรับปรุง {updated}, ข้อขัดแย้ง %n รายการ — แก้ที่ แลกเปลี่ยน ▸ ข้อขัดแย้ง…</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, 0 conflict(s).</source>
        <translation>นำเข้าคดี {reference} จาก {sender} แล้ว: ใหม่ {new}, ปรับปรุง {updated}, ข้อขัดแย้ง 0 รายการ</translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation>ไม่ได้นำเข้าแพ็กเกจ</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Tag incident…</source>
        <translation>ติดแท็กเหตุการณ์…</translation>
    </message>
    <message>
        <source>incident “{title}”</source>
        <translation>เหตุการณ์ “{title}”</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>เหตุการณ์</translation>
    </message>
</context>
<context>
    <name>IncidentLinks</name>
    <message>
        <source>Concerns</source>
        <translation>เกี่ยวข้องกับ</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Persons this incident concerns</source>
        <translation>บุคคลที่เหตุการณ์นี้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>คำให้การ</translation>
    </message>
    <message>
        <source>Statements this incident concerns</source>
        <translation>คำให้การที่เหตุการณ์นี้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>ชิ้นหลักฐาน</translation>
    </message>
    <message>
        <source>Exhibits this incident concerns</source>
        <translation>ชิ้นหลักฐานที่เหตุการณ์นี้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Ticked material is what a charge resting on this incident counts.</source>
        <translation>ข้อหาที่อาศัยเหตุการณ์นี้จะนับเฉพาะข้อมูลที่ติ๊กไว้</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>ไม่ได้บันทึกการเชื่อมโยง</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message numerus="yes">
        <source>%n file(s) taken in.</source>
        <translation>
            <numerusform>รับไฟล์เข้าแล้ว %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the casebook (stored once, linked to the first item):</source>
        <translation>มีอยู่ในสมุดคดีแล้ว (เก็บไว้ครั้งเดียว เชื่อมกับรายการแรก):</translation>
    </message>
    <message>
        <source>  • {file} — same content as “{first}”</source>
        <translation>  • {file} — เนื้อหาเหมือนกับ “{first}”</translation>
    </message>
    <message>
        <source>Not taken in:</source>
        <translation>ไม่ได้รับเข้า:</translation>
    </message>
    <message>
        <source>  • {file}: {reason}</source>
        <translation>  • {file}: {reason}</translation>
    </message>
    <message>
        <source>Cancelled before they were taken in ({count}):</source>
        <translation>ยกเลิกก่อนรับเข้า ({count}):</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … และอีก {count}</translation>
    </message>
    <message>
        <source>The case is no longer in the casebook.</source>
        <translation>คดีนี้ไม่อยู่ในสมุดคดีแล้ว</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>อ่านไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>Taking files in…</source>
        <translation>กำลังรับไฟล์เข้า…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>กำลังเพิ่มหลักฐาน</translation>
    </message>
    <message>
        <source>File {number} of {count}: {name}
{done} of {total} MB</source>
        <translation>ไฟล์ที่ {number} จาก {count}: {name}
{done} จาก {total} MB</translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation>เพิ่มหลักฐานไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>Incident</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>สถานที่ (อักษรเดิม)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>อำเภอ / จังหวัด</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>พิกัด</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>ความแม่นยำ</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>ไม่มีพิกัด</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>± {metres} m</source>
        <translation>± {metres} ม.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Places of the incidents</source>
        <translation>สถานที่เกิดเหตุการณ์</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>คัดลอกพิกัด</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What happened, when and where.</source>
        <translation>เกิดอะไรขึ้น เมื่อไร และที่ไหน</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>เหตุการณ์ใหม่…</translation>
    </message>
    <message>
        <source>Witnesses, victims and alleged perpetrators, by pseudonym.</source>
        <translation>พยาน ผู้เสียหาย และผู้ถูกกล่าวหา ตามนามแฝง</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>บุคคลใหม่…</translation>
    </message>
    <message>
        <source>Statements, paragraph by paragraph, with consent.</source>
        <translation>คำให้การ ทีละย่อหน้า พร้อมความยินยอม</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>คำให้การใหม่…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>{folder} — Casebook</source>
        <translation>{folder} — Casebook</translation>
    </message>
    <message>
        <source>Unlocked as {name}.</source>
        <translation>ปลดล็อกในนาม {name} แล้ว</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>ปลดล็อกแล้ว</translation>
    </message>
    <message>
        <source>The casebook was locked. Unlock it to continue where you were.</source>
        <translation>สมุดคดีถูกล็อก ปลดล็อกเพื่อทำงานต่อจากที่ค้างไว้</translation>
    </message>
    <message>
        <source>Locked — Casebook</source>
        <translation>ล็อกแล้ว — Casebook</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>ล็อกแล้ว</translation>
    </message>
    <message>
        <source>Adding evidence was cancelled</source>
        <translation>ยกเลิกการเพิ่มหลักฐานแล้ว</translation>
    </message>
    <message>
        <source>Choose a case in the navigator first, or create one.</source>
        <translation>เลือกคดีในแถบนำทางก่อน หรือสร้างคดีใหม่</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>เพิ่มหลักฐาน</translation>
    </message>
    <message>
        <source>Wait until the files being added now are done, then try again.</source>
        <translation>รอให้ไฟล์ที่กำลังเพิ่มเสร็จก่อน แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The casebook was locked while files were being added, so adding them was stopped. Add the cancelled files again.</source>
        <translation>สมุดคดีถูกล็อกระหว่างเพิ่มไฟล์ จึงหยุดการเพิ่ม เพิ่มไฟล์ที่ถูกยกเลิกอีกครั้ง</translation>
    </message>
    <message>
        <source>{added} added, {duplicates} already present, {failed} failed.</source>
        <translation>เพิ่มแล้ว {added}, มีอยู่แล้ว {duplicates}, ไม่สำเร็จ {failed}</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>เพิ่มหลักฐานแล้ว</translation>
    </message>
    <message>
        <source>Open a testimony first; sealing applies to the one shown.</source>
        <translation>เปิดคำให้การก่อน; การปิดผนึกใช้กับคำให้การที่แสดงอยู่</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>เกี่ยวกับ Casebook</translation>
    </message>
    <message>
        <source>Casebook keeps testimony and evidence in an encrypted folder, for people who document atrocity crimes. It locks itself when idle and on Ctrl+L.</source>
        <translation>Casebook เก็บคำให้การและหลักฐานไว้ในโฟลเดอร์ที่เข้ารหัส สำหรับผู้ที่บันทึกข้อมูลอาชญากรรมร้ายแรงระหว่างประเทศ จะล็อกเองเมื่อไม่มีการใช้งาน และเมื่อกด Ctrl+L</translation>
    </message>
    <message>
        <source>Languages of the interface:</source>
        <translation>ภาษาของส่วนติดต่อผู้ใช้:</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker</source>
        <translation>คำแปลฉบับร่าง — ต้องให้เจ้าของภาษาตรวจทาน</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker; not complete yet, so not offered in Preferences</source>
        <translation>คำแปลฉบับร่าง — ต้องให้เจ้าของภาษาตรวจทาน; ยังไม่ครบ จึงยังไม่มีให้เลือกในการตั้งค่า</translation>
    </message>
    <message>
        <source>{endonym} ({english}): {state}</source>
        <translation>{endonym} ({english}): {state}</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>คดีใหม่(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>คำให้การใหม่(&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>เหตุการณ์ใหม่(&amp;I)…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>บุคคลใหม่(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>เพิ่มหลักฐาน(&amp;E)…</translation>
    </message>
    <message>
        <source>Add files as evidence (or drop them on the window)</source>
        <translation>เพิ่มไฟล์เป็นหลักฐาน (หรือลากมาวางบนหน้าต่าง)</translation>
    </message>
    <message>
        <source>E&amp;xport complaint bundle…</source>
        <translation>ส่งออกชุดเอกสารคำร้องทุกข์(&amp;X)…</translation>
    </message>
    <message>
        <source>Export a complaint bundle (PDF, exhibits, signed manifest) for a prosecutor</source>
        <translation>ส่งออกชุดเอกสารคำร้องทุกข์ (PDF, ชิ้นหลักฐาน, บัญชีรายการไฟล์ที่ลงลายมือชื่อ) สำหรับอัยการ</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ล็อก(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the casebook now</source>
        <translation>ล็อกสมุดคดีทันที</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>การตั้งค่า(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>Lock the casebook and quit</source>
        <translation>ล็อกสมุดคดีแล้วออก</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>ค้นหา(&amp;S)…</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents</source>
        <translation>ค้นหาคำให้การ หลักฐาน และเหตุการณ์</translation>
    </message>
    <message>
        <source>&amp;Seal testimony…</source>
        <translation>ปิดผนึกคำให้การ(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>แถบนำทาง(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>โหลดใหม่(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>คู่มือผู้ใช้(&amp;U)</translation>
    </message>
    <message>
        <source>The guide, offline</source>
        <translation>คู่มือ แบบออฟไลน์</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>เกี่ยวกับ Casebook(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Identities…</source>
        <translation>ตัวตน(&amp;I)…</translation>
    </message>
    <message>
        <source>Your identity and colleagues&apos;</source>
        <translation>ตัวตนของคุณและของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>&amp;Send case package…</source>
        <translation>ส่งแพ็กเกจคดี(&amp;S)…</translation>
    </message>
    <message>
        <source>Send a case, encrypted and signed, to verified colleagues</source>
        <translation>ส่งคดีแบบเข้ารหัสและลงลายมือชื่อ ถึงเพื่อนร่วมงานที่ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>I&amp;mport package…</source>
        <translation>นำเข้าแพ็กเกจ(&amp;M)…</translation>
    </message>
    <message>
        <source>Check and import a colleague&apos;s case package</source>
        <translation>ตรวจและนำเข้าแพ็กเกจคดีของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>ข้อขัดแย้ง(&amp;C)…</translation>
    </message>
    <message>
        <source>Decide merge conflicts</source>
        <translation>ตัดสินข้อขัดแย้งในการรวมข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Review of this case…</source>
        <translation>การตรวจทานคดีนี้(&amp;R)…</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>สถานะการตรวจทาน</translation>
    </message>
    <message>
        <source>Supervisor &amp;access…</source>
        <translation>การเข้าถึงของหัวหน้างาน(&amp;A)…</translation>
    </message>
    <message>
        <source>Let a verified supervisor open this casebook with their own key</source>
        <translation>ให้หัวหน้างานที่ยืนยันแล้วเปิดสมุดคดีนี้ด้วยกุญแจของตนเอง</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>เปลี่ยนวลีรหัสผ่าน(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a new passphrase (the current one is asked first)</source>
        <translation>เลือกวลีรหัสผ่านใหม่ (จะถามวลีปัจจุบันก่อน)</translation>
    </message>
    <message>
        <source>New rec&amp;overy key…</source>
        <translation>กุญแจกู้คืนใหม่(&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the recovery key (the old one stops working)</source>
        <translation>เปลี่ยนกุญแจกู้คืน (กุญแจเดิมจะใช้ไม่ได้)</translation>
    </message>
    <message>
        <source>&amp;Verify casebook…</source>
        <translation>ตรวจสอบสมุดคดี(&amp;V)…</translation>
    </message>
    <message>
        <source>Check every file, record and signature, and show the report</source>
        <translation>ตรวจทุกไฟล์ ทุกรายการ และทุกลายมือชื่อ แล้วแสดงรายงาน</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>คดี(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>แลกเปลี่ยน(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens this casebook.</source>
        <translation>เปลี่ยนวลีรหัสผ่านแล้ว วลีเดิมเปิดสมุดคดีนี้ไม่ได้อีก</translation>
    </message>
    <message>
        <source>New recovery key made. The old key no longer opens this casebook.</source>
        <translation>สร้างกุญแจกู้คืนใหม่แล้ว กุญแจเดิมเปิดสมุดคดีนี้ไม่ได้อีก</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>supported</source>
        <translation>มีหลักฐาน</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>อ่อน</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>มีข้อโต้แย้ง</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>ถูกหักล้าง</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>ยังขาด</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>สนับสนุน</translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation>ขัดแย้ง</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>ไม่นับ</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>การประเมิน</translation>
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
        <translation>ยังไม่ได้ประเมิน</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>rests on {incidents}</source>
        <translation>อาศัย {incidents}</translation>
    </message>
    <message>
        <source>{crime} is not in this taxonomy: no rows</source>
        <translation>{crime} ไม่อยู่ในอนุกรมวิธานนี้: ไม่มีแถว</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>บริบท</translation>
    </message>
    <message>
        <source>Elements of the crime</source>
        <translation>องค์ประกอบของอาชญากรรม</translation>
    </message>
    <message>
        <source>Liability — {person} under {mode} ({mode_title})</source>
        <translation>ความรับผิด — {person} ตาม {mode} ({mode_title})</translation>
    </message>
    <message>
        <source>about {person}</source>
        <translation>เกี่ยวกับ {person}</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>ตารางความครอบคลุม</translation>
    </message>
    <message>
        <source>Coverage of every charge, one cell per element</source>
        <translation>ความครอบคลุมของทุกข้อหา หนึ่งช่องต่อหนึ่งองค์ประกอบ</translation>
    </message>
    <message numerus="yes">
        <source>{statuses}.  Grades: reliability A–F, credibility 1–6 (weak: D–F or 4–6).  Overview cells: C context, E element of the crime, L liability; * tagged material the charge does not count.</source>
        <comment>keep the letters A–F, 1–6, C, E, L and *: the matrix shows them</comment>
        <translation>
            <numerusform>{statuses}  ระดับ: ความเชื่อถือได้ A–F, ความน่าเชื่อ 1–6 (อ่อน: D–F หรือ 4–6)  ช่องภาพรวม: C บริบท, E องค์ประกอบของอาชญากรรม, L ความรับผิด; * ข้อมูลที่ติดแท็กแต่ข้อหาไม่นับ</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row to see its material.</source>
        <translation>เลือกแถวเพื่อดูข้อมูล</translation>
    </message>
    <message>
        <source>Material of the chosen element</source>
        <translation>ข้อมูลขององค์ประกอบที่เลือก</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>ส่งออก PNG…</translation>
    </message>
    <message>
        <source>Not counted, because {reason}</source>
        <translation>ไม่นับ เพราะ {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Coverage matrix — {reference}, %n charge(s)</source>
        <translation>
            <numerusform>ตารางความครอบคลุม — {reference}, %n ข้อหา</numerusform>
        </translation>
    </message>
    <message>
        <source>No charges yet: add one in the Charges section.</source>
        <translation>ยังไม่มีข้อหา: เพิ่มได้ในส่วนข้อหา</translation>
    </message>
    <message numerus="yes">
        <source>{element}: {status}; %n tagged item(s) not counted</source>
        <translation>
            <numerusform>{element}: {status}; ติดแท็กแต่ไม่นับ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>{element}: {status}</source>
        <translation>{element}: {status}</translation>
    </message>
    <message>
        <source>{element}: {status} — activate an item to open it.</source>
        <translation>{element}: {status} — เปิดรายการเพื่อดู</translation>
    </message>
    <message>
        <source>For: {citation}</source>
        <translation>สนับสนุน: {citation}</translation>
    </message>
    <message>
        <source>Against: {citation}</source>
        <translation>ขัดแย้ง: {citation}</translation>
    </message>
    <message>
        <source>Needs review (not counted): {citation}</source>
        <translation>ต้องตรวจทาน (ไม่นับ): {citation}</translation>
    </message>
    <message>
        <source>Not counted, because {reason}: {citation}</source>
        <translation>ไม่นับ เพราะ {reason}: {citation}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the conditions of a saved pattern&apos;s filter</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation>ทุกเหตุการณ์</translation>
    </message>
    <message>
        <source>{pattern}, not graded — {where}</source>
        <translation>{pattern}, ยังไม่ได้ประเมิน — {where}</translation>
    </message>
    <message>
        <source>No material is tagged to this element yet.</source>
        <translation>ยังไม่มีข้อมูลที่ติดแท็กกับองค์ประกอบนี้</translation>
    </message>
    <message>
        <source>Ticks it in the incident&apos;s &quot;Concerns&quot; list, so this charge counts it.</source>
        <translation>ติ๊กไว้ในรายการ &quot;เกี่ยวข้องกับ&quot; ของเหตุการณ์ เพื่อให้ข้อหานี้นับด้วย</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>ไม่ได้บันทึกการเชื่อมโยง</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>ส่งออกตารางเป็น CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}.</source>
        <translation>เขียนไฟล์ CSV ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Export the matrix as PNG</source>
        <translation>ส่งออกตารางเป็น PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written there. Choose another folder.</source>
        <translation>เขียนภาพไว้ที่นั่นไม่ได้ เลือกโฟลเดอร์อื่น</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Incidents by month</source>
        <translation>เหตุการณ์ตามเดือน</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Testimony of {witness}</source>
        <translation>คำให้การของ {witness}</translation>
    </message>
    <message>
        <source>v{version}</source>
        <comment>a statement&apos;s version</comment>
        <translation>ฉบับ {version}</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>ปิดผนึกแล้ว</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>คำให้การ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>ข้อหา</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>ตารางความครอบคลุม</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเวลา</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>แบบแผน</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <comment>a navigator section and its size</comment>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>{count} more — use {search} to find them</source>
        <translation>อีก {count} รายการ — ใช้ {search} เพื่อค้นหา</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>สร้างกุญแจกู้คืนใหม่(&amp;M)</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>กุญแจกู้คืนใหม่</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key will no longer open this casebook. Do this when the old key may have been seen, copied or lost.</source>
        <translation>กุญแจกู้คืนใหม่จะแทนที่กุญแจเดิม: กุญแจเดิมจะเปิดสมุดคดีนี้ไม่ได้อีก ทำเมื่อกุญแจเดิมอาจถูกผู้อื่นเห็น คัดลอก หรือสูญหาย</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>วลีรหัสผ่านปัจจุบัน:</translation>
    </message>
    <message>
        <source>The old key no longer opens this casebook.</source>
        <translation>กุญแจเดิมเปิดสมุดคดีนี้ไม่ได้อีก</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>พิมพ์วลีรหัสผ่านที่ใช้เปิดอยู่ตอนนี้</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Send case package</source>
        <translation>ส่งแพ็กเกจคดี</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>คดี</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Only changes since the last package to these recipients</source>
        <translation>เฉพาะสิ่งที่เปลี่ยนตั้งแต่แพ็กเกจล่าสุดถึงผู้รับเหล่านี้</translation>
    </message>
    <message>
        <source>Include protected identities (real names, contacts)</source>
        <translation>รวมตัวตนที่คุ้มครอง (ชื่อจริง ช่องทางติดต่อ)</translation>
    </message>
    <message>
        <source>Real names and contacts of witnesses will leave this casebook. Include them only if the recipients need them and the witnesses agreed.</source>
        <translation>ชื่อจริงและช่องทางติดต่อของพยานจะออกไปจากสมุดคดีนี้ รวมไว้เฉพาะเมื่อผู้รับจำเป็นต้องใช้และพยานยินยอมแล้ว</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ไฟล์แพ็กเกจ</translation>
    </message>
    <message>
        <source>where to write the package (.cbpkg)</source>
        <translation>ที่จะเขียนแพ็กเกจ (.cbpkg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>คดี:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>ผู้รับ:</translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation>ไฟล์แพ็กเกจ:</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipients when they import it:</source>
        <translation>อ่านลายนิ้วมือนี้ให้ผู้รับฟังเมื่อเขานำเข้า:</translation>
    </message>
    <message>
        <source>Write package</source>
        <translation>เขียนแพ็กเกจ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>{name} ({role}) · verified</source>
        <translation>{name} ({role}) · ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>{name} ({role}) · NOT VERIFIED — tick to compare fingerprints</source>
        <translation>{name} ({role}) · ยังไม่ได้ยืนยัน — ติ๊กเพื่อเทียบลายนิ้วมือ</translation>
    </message>
    <message>
        <source>There is no case to send yet.</source>
        <translation>ยังไม่มีคดีที่จะส่ง</translation>
    </message>
    <message>
        <source>Tick at least one verified colleague to send the package to.</source>
        <translation>ติ๊กเพื่อนร่วมงานที่ยืนยันแล้วอย่างน้อยหนึ่งคนเพื่อส่งแพ็กเกจให้</translation>
    </message>
    <message>
        <source>Choose where to write the package file.</source>
        <translation>เลือกที่จะเขียนไฟล์แพ็กเกจ</translation>
    </message>
    <message>
        <source>Writing the encrypted package…</source>
        <translation>กำลังเขียนแพ็กเกจที่เข้ารหัส…</translation>
    </message>
    <message>
        <source>Writing the encrypted package… {megabytes} MB</source>
        <translation>กำลังเขียนแพ็กเกจที่เข้ารหัส… {megabytes} MB</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{kind} {count}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} for {recipients}: {parts}; %n attachment(s). Send the file by any channel: only the recipients can open it.</source>
        <translation>
            <numerusform>เขียน {path} สำหรับ {recipients} แล้ว: {parts}; ไฟล์แนบ %n ไฟล์ ส่งไฟล์ทางช่องทางใดก็ได้: มีเพียงผู้รับที่เปิดได้</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed since the last package</source>
        <translation>ไม่มีสิ่งใดเปลี่ยนตั้งแต่แพ็กเกจล่าสุด</translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation>ไม่ได้เขียนแพ็กเกจ</translation>
    </message>
</context>
<context>
    <name>PassageHighlights</name>
    <message>
        <source>(click to open the tag)</source>
        <translation>(คลิกเพื่อเปิดแท็ก)</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>พิมพ์วลีรหัสผ่านซ้ำ</translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway (anyone with a copy of the folder could guess it)</source>
        <translation>ใช้วลีรหัสผ่านที่อ่อนนี้ต่อไป (ใครมีสำเนาโฟลเดอร์อาจเดาได้)</translation>
    </message>
    <message>
        <source>Only if you accept that someone with a copy of the folder could guess it</source>
        <translation>เฉพาะเมื่อคุณยอมรับว่าผู้ที่มีสำเนาโฟลเดอร์อาจเดาได้</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>วลีรหัสผ่าน:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>พิมพ์ซ้ำ:</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters; several words are best.</source>
        <translation>เลือกวลีรหัสผ่านอย่างน้อย {count} ตัวอักษร; ใช้หลายคำจะดีที่สุด</translation>
    </message>
    <message>
        <source>This passphrase is “{strength}”: a program can guess it quickly. Anyone who gets a copy of the casebook folder (a lost laptop, a seized USB drive, a backup) could then read every statement and the names of the people who gave them. Choose several unrelated words, or tick “Use this weak passphrase anyway” if you accept that risk.</source>
        <translation>วลีรหัสผ่านนี้ “{strength}”: โปรแกรมเดาได้เร็ว ใครก็ตามที่ได้สำเนาโฟลเดอร์สมุดคดี (แล็ปท็อปที่หาย ไดรฟ์ USB ที่ถูกยึด ข้อมูลสำรอง) จะอ่านคำให้การทุกฉบับและชื่อของผู้ให้การได้ เลือกหลายคำที่ไม่เกี่ยวกัน หรือติ๊ก “ใช้วลีรหัสผ่านที่อ่อนนี้ต่อไป” ถ้าคุณยอมรับความเสี่ยงนั้น</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน พิมพ์วลีรหัสผ่านเดียวกันสองครั้ง</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>(any)</source>
        <translation>(ทั้งหมด)</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>แบบแผน</translation>
    </message>
    <message>
        <source>Cases counted</source>
        <translation>คดีที่นับ</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>คดีนี้</translation>
    </message>
    <message>
        <source>All cases of the casebook</source>
        <translation>ทุกคดีในสมุดคดี</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>ช่วงเวลาตั้งแต่</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>ช่วงเวลาถึง</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM หรือ YYYY</translation>
    </message>
    <message>
        <source>Administrative area</source>
        <translation>เขตการปกครอง</translation>
    </message>
    <message>
        <source>Victim characteristic</source>
        <translation>ลักษณะของผู้เสียหาย</translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation>กลุ่มผู้เสียหาย</translation>
    </message>
    <message>
        <source>Alleged perpetrator unit</source>
        <translation>หน่วยของผู้ถูกกล่าวหา</translation>
    </message>
    <message>
        <source>Crime tagged or charged</source>
        <translation>อาชญากรรมที่ติดแท็กหรือตั้งข้อหา</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>ใช้ตัวกรอง</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <source>Saved patterns</source>
        <translation>แบบแผนที่บันทึกไว้</translation>
    </message>
    <message>
        <source>(saved patterns)</source>
        <translation>(แบบแผนที่บันทึกไว้)</translation>
    </message>
    <message>
        <source>Save pattern…</source>
        <translation>บันทึกแบบแผน…</translation>
    </message>
    <message>
        <source>Delete saved pattern</source>
        <translation>ลบแบบแผนที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Keep this filter and its counts; cite it for a contextual element, so the coverage matrix and the complaint&apos;s analysis show it.</source>
        <translation>เก็บตัวกรองนี้และจำนวนที่นับได้; อ้างอิงสำหรับองค์ประกอบเชิงบริบท เพื่อให้ตารางความครอบคลุมและการวิเคราะห์ในคำร้องทุกข์แสดงไว้</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>นับ:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>ช่วงเวลาตั้งแต่:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>ถึง:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>พื้นที่:</translation>
    </message>
    <message>
        <source>Victims by:</source>
        <translation>ผู้เสียหายตาม:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>หน่วย:</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>การกระทำ:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>ที่บันทึกไว้:</translation>
    </message>
    <message>
        <source>Incidents by month. Solid: the whole date span lies in the month. Hatched: an uncertain date (range, year, approximate) that may fall in the month; hatched counts overlap between months and must not be added up. Labels: certain (+ possible).</source>
        <translation>เหตุการณ์ตามเดือน ทึบ: วันที่ทั้งช่วงอยู่ในเดือนนั้น แรเงา: วันที่ไม่แน่นอน (ช่วง ปี หรือโดยประมาณ) ที่อาจอยู่ในเดือนนั้น; จำนวนแบบแรเงาซ้อนกันระหว่างเดือนและห้ามนำมารวมกัน ป้ายกำกับ: แน่นอน (+ อาจเป็น)</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>เหตุการณ์ตามเขตการปกครอง</translation>
    </message>
    <message>
        <source>Victims by group</source>
        <translation>ผู้เสียหายตามกลุ่ม</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>เหตุการณ์ตามหน่วยของผู้ถูกกล่าวหา</translation>
    </message>
    <message>
        <source>Incidents by crime</source>
        <translation>เหตุการณ์ตามอาชญากรรม</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Choose a bar or a row to list the records behind it.</source>
        <translation>เลือกแท่งหรือแถวเพื่อแสดงรายการที่อยู่เบื้องหลัง</translation>
    </message>
    <message>
        <source>Records behind the chosen count</source>
        <translation>รายการเบื้องหลังจำนวนที่เลือก</translation>
    </message>
    <message>
        <source>{title} — cited for {element}</source>
        <translation>{title} — อ้างอิงสำหรับ {element}</translation>
    </message>
    <message>
        <source>Delete the saved pattern “{pattern}”? A matrix row or a complaint citing it will no longer show it.</source>
        <translation>ลบแบบแผนที่บันทึกไว้ “{pattern}” หรือไม่? แถวในตารางหรือคำร้องทุกข์ที่อ้างอิงแบบแผนนี้จะไม่แสดงอีก</translation>
    </message>
    <message>
        <source>Pattern not deleted</source>
        <translation>ไม่ได้ลบแบบแผน</translation>
    </message>
    <message>
        <source>Pattern not saved</source>
        <translation>ไม่ได้บันทึกแบบแผน</translation>
    </message>
    <message>
        <source>&lt;b&gt;The filter was not applied:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;ไม่ได้ใช้ตัวกรอง:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>all cases of the casebook</source>
        <translation>ทุกคดีในสมุดคดี</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>คดีนี้</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} where {conditions}.</source>
        <translation>
            <numerusform>&lt;b&gt;เหตุการณ์ %n รายการ&lt;/b&gt; ของ{scope} ที่{conditions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} (no filter).</source>
        <translation>
            <numerusform>&lt;b&gt;เหตุการณ์ %n รายการ&lt;/b&gt; ของ{scope} (ไม่มีตัวกรอง)</numerusform>
        </translation>
    </message>
    <message>
        <source>; and </source>
        <comment>joins the conditions of a filter</comment>
        <translation>; และ </translation>
    </message>
    <message numerus="yes">
        <source>Lacking a bounded date: %n incidents. {treatment}</source>
        <translation>
            <numerusform>ไม่มีวันที่ที่มีขอบเขตชัดเจน: เหตุการณ์ %n รายการ {treatment}</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} Plotted by coordinates: {plotted}; without coordinates: {without}.</source>
        <translation>{what} แสดงตามพิกัด: {plotted}; ไม่มีพิกัด: {without}</translation>
    </message>
    <message>
        <source>{what} Incidents with no victim recorded: {count}.</source>
        <translation>{what} เหตุการณ์ที่ไม่ได้บันทึกผู้เสียหาย: {count}</translation>
    </message>
    <message>
        <source>{month}: certainly in the month</source>
        <translation>{month}: อยู่ในเดือนนั้นแน่นอน</translation>
    </message>
    <message>
        <source>{title}: {count} — the records behind this count (press Enter or double-click to open):</source>
        <translation>{title}: {count} — รายการเบื้องหลังจำนวนนี้ (กด Enter หรือดับเบิลคลิกเพื่อเปิด):</translation>
    </message>
    <message>
        <source>Person {name}</source>
        <translation>บุคคล {name}</translation>
    </message>
    <message>
        <source>possibly in the month: Incident: {title}</source>
        <translation>อาจอยู่ในเดือนนั้น: เหตุการณ์: {title}</translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <translation>เหตุการณ์: {title}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Show identity…</source>
        <translation>แสดงตัวตน…</translation>
    </message>
    <message>
        <source>Show protected identity</source>
        <translation>แสดงตัวตนที่คุ้มครอง</translation>
    </message>
    <message>
        <source>Opens the person&apos;s name and contact details</source>
        <translation>เปิดชื่อและช่องทางติดต่อของบุคคลนั้น</translation>
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
        <translation>เหตุการณ์ตามพิกัด</translation>
    </message>
    <message>
        <source>No coordinates recorded</source>
        <translation>ไม่ได้บันทึกพิกัด</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ไม่ล้าง</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 วินาที</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 นาที</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 นาที</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>ล็อกเมื่อไม่ได้ใช้งานกี่นาที</translation>
    </message>
    <message>
        <source>Remember recently opened casebooks</source>
        <translation>จำสมุดคดีที่เปิดล่าสุด</translation>
    </message>
    <message>
        <source>Off by default: the list shows where casebooks are kept to anyone who opens Casebook on this computer.</source>
        <translation>ปิดไว้โดยค่าเริ่มต้น: รายการนี้แสดงที่เก็บสมุดคดีให้ทุกคนที่เปิด Casebook บนคอมพิวเตอร์เครื่องนี้เห็น</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>ขนาดตัวอักษร</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Clear a copied identity detail after</source>
        <translation>ล้างข้อมูลตัวตนที่คัดลอกไว้หลังจาก</translation>
    </message>
    <message>
        <source>Names and contacts copied from a protected identity are removed from the clipboard after this time. A clipboard manager may keep its own history.</source>
        <translation>ชื่อและช่องทางติดต่อที่คัดลอกจากตัวตนที่คุ้มครองจะถูกลบออกจากคลิปบอร์ดหลังเวลานี้ โปรแกรมจัดการคลิปบอร์ดอาจเก็บประวัติของตนเองไว้</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>ภาษาของส่วนติดต่อผู้ใช้</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <source>{endonym} ({english})</source>
        <translation>{endonym} ({english})</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts. Only languages whose translation is complete are listed; every translation is a draft that still needs review by a native speaker.</source>
        <translation>ภาษาใหม่จะใช้เมื่อเปิด Casebook ครั้งถัดไป แสดงเฉพาะภาษาที่แปลครบแล้ว; คำแปลทุกภาษายังเป็นฉบับร่างที่ต้องให้เจ้าของภาษาตรวจทาน</translation>
    </message>
    <message>
        <source>Lock the casebook after</source>
        <translation>ล็อกสมุดคดีหลังจาก</translation>
    </message>
    <message>
        <source>Clear a copied name or contact after</source>
        <translation>ล้างชื่อหรือช่องทางติดต่อที่คัดลอกหลังจาก</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>States and bodies the consent covers</source>
        <translation>รัฐและองค์กรที่ความยินยอมครอบคลุม</translation>
    </message>
    <message>
        <source>State or body to add</source>
        <translation>รัฐหรือองค์กรที่จะเพิ่ม</translation>
    </message>
    <message>
        <source>Type a state or body, e.g. Germany, IIMM</source>
        <translation>พิมพ์ชื่อรัฐหรือองค์กร เช่น Germany, IIMM</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>เพิ่ม(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Choose a state or body from the list.</source>
        <translation>เลือกรัฐหรือองค์กรจากรายการ</translation>
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
        <translation>ไม่ได้บันทึก: {field} เหตุผลแสดงอยู่ข้าง ๆ</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>victim</source>
        <translation>ผู้เสียหาย</translation>
    </message>
    <message>
        <source>survivor</source>
        <translation>ผู้รอดชีวิต</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <source>alleged perpetrator</source>
        <translation>ผู้ถูกกล่าวหา</translation>
    </message>
    <message>
        <source>source</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>ผู้สัมภาษณ์</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>ผู้เสียหาย</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>ผู้รอดชีวิต</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>ผู้ถูกกล่าวหา</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>ผู้สัมภาษณ์</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>ภาพถ่าย</translation>
    </message>
    <message>
        <source>video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>เสียง</translation>
    </message>
    <message>
        <source>document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>วัตถุ</translation>
    </message>
    <message>
        <source>open source</source>
        <translation>แหล่งข้อมูลเปิด</translation>
    </message>
    <message>
        <source>other</source>
        <translation>อื่น ๆ</translation>
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
        <translation>จดกุญแจกู้คืนของคุณไว้</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the casebook. Write it on paper and keep it apart from this computer. {note}</source>
        <translation>ถ้าลืมวลีรหัสผ่าน กุญแจนี้เป็นทางเดียวที่จะเปิดสมุดคดีได้ เขียนลงกระดาษและเก็บแยกจากคอมพิวเตอร์เครื่องนี้ {note}</translation>
    </message>
    <message>
        <source>It is shown only now.</source>
        <translation>จะแสดงเพียงครั้งนี้เท่านั้น</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>กุญแจกู้คืน</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>ฉันจดกุญแจกู้คืนไว้แล้ว</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>ดำเนินการต่อ(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <source>Review done</source>
        <translation>ตรวจทานเสร็จแล้ว</translation>
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
        <translation>ต้องตรวจทาน: ความยินยอมนี้ระบุ {names} ไว้ด้วย ซึ่งเขียนก่อนที่ Casebook จะใช้รายชื่อรัฐและองค์กร ไม่มีรัฐหรือองค์กรในรายชื่อที่ตรงกัน จึงไม่มีการส่งออกใดใช้ได้ เพิ่มรัฐหรือองค์กรที่พยานหมายถึงด้านล่าง แล้วกด ตรวจทานเสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review of {reference}</source>
        <translation>การตรวจทาน {reference}</translation>
    </message>
    <message>
        <source>New review status</source>
        <translation>สถานะการตรวจทานใหม่</translation>
    </message>
    <message>
        <source>Set status (signed)</source>
        <translation>ตั้งสถานะ (ลงลายมือชื่อ)</translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation>เปลี่ยนเป็น:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Approve and sign off</source>
        <translation>อนุมัติและลงลายมือชื่อรับรอง</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>ความเห็นการตรวจทาน</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>ความเห็นใหม่</translation>
    </message>
    <message>
        <source>A comment for the documenter or the supervisor…</source>
        <translation>ความเห็นถึงผู้บันทึกข้อมูลหรือหัวหน้างาน…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>เพิ่มความเห็น</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted for review yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;ยังไม่ได้ส่งตรวจทาน&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — set by {person}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; — ตั้งโดย {person}</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>ลายมือชื่อถูกต้อง</translation>
    </message>
    <message>
        <source>SIGNATURE INVALID</source>
        <translation>ลายมือชื่อไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the case is unchanged since</source>
        <translation>คดีไม่มีการเปลี่ยนแปลงตั้งแต่นั้น</translation>
    </message>
    <message>
        <source>the case CHANGED after the approval; it needs a new review</source>
        <translation>คดีมีการเปลี่ยนแปลงหลังการอนุมัติ ต้องตรวจทานใหม่</translation>
    </message>
    <message>
        <source>Signed off by {person} on {when} ({signature}; {content}).</source>
        <translation>รับรองโดย {person} เมื่อ {when} ({signature}; {content})</translation>
    </message>
    <message>
        <source>{when} {author}: {where}{status} — not counted ({why})</source>
        <translation>{when} {author}: {where}{status} — ไม่นับ ({why})</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>ยังไม่มีความเห็น</translation>
    </message>
    <message>
        <source>The review status was not changed</source>
        <translation>ไม่ได้เปลี่ยนสถานะการตรวจทาน</translation>
    </message>
    <message>
        <source>The comment was not added</source>
        <translation>ไม่ได้เพิ่มความเห็น</translation>
    </message>
</context>
<context>
    <name>SavePatternDialog</name>
    <message>
        <source>Save pattern</source>
        <translation>บันทึกแบบแผน</translation>
    </message>
    <message>
        <source>Title of the pattern</source>
        <translation>ชื่อเรื่องของแบบแผน</translation>
    </message>
    <message>
        <source>What the pattern shows, e.g. Deportations in Maungdaw</source>
        <translation>แบบแผนแสดงอะไร เช่น การเนรเทศในหม่องดอ</translation>
    </message>
    <message>
        <source>Contextual element it is cited for</source>
        <translation>องค์ประกอบเชิงบริบทที่อ้างอิง</translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation>(ไม่ได้อ้างอิง)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ชื่อเรื่อง:</translation>
    </message>
    <message>
        <source>Cite for:</source>
        <translation>อ้างอิงสำหรับ:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Testimony passages</source>
        <translation>ข้อความในคำให้การ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Search the casebook</source>
        <translation>ค้นหาในสมุดคดี</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents (any script)</source>
        <translation>ค้นหาคำให้การ หลักฐาน และเหตุการณ์ (อักษรใดก็ได้)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>พบที่</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <comment>a group of search results and its size</comment>
        <translation>{group} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>ผลลัพธ์ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>ไม่พบ</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <source>Complainants</source>
        <translation>ผู้ร้องทุกข์</translation>
    </message>
    <message>
        <source>Counsel and signature</source>
        <translation>ทนายความและลายมือชื่อ</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>สรุปข้อเท็จจริง</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>เขตอำนาจ</translation>
    </message>
    <message>
        <source>Reasons to act</source>
        <translation>เหตุผลที่ควรดำเนินการ</translation>
    </message>
    <message>
        <source>Other jurisdictions and mechanisms</source>
        <translation>เขตอำนาจและกลไกอื่น</translation>
    </message>
    <message>
        <source>Requested investigative measures</source>
        <translation>มาตรการสอบสวนที่ขอ</translation>
    </message>
    <message>
        <source>Closing requests</source>
        <translation>คำขอท้ายคำร้อง</translation>
    </message>
    <message>
        <source>Who files the complaint: organisations or persons, with their standing.</source>
        <translation>ใครยื่นคำร้องทุกข์: องค์กรหรือบุคคล พร้อมสถานะที่มีสิทธิยื่น</translation>
    </message>
    <message>
        <source>Counsel for the complainants, the address for replies, the signature block.</source>
        <translation>ทนายความของผู้ร้องทุกข์ ที่อยู่สำหรับตอบกลับ และส่วนลงลายมือชื่อ</translation>
    </message>
    <message>
        <source>What happened, in short, citing the facts: Cite… inserts a reference.</source>
        <translation>สิ่งที่เกิดขึ้นโดยย่อ พร้อมอ้างอิงข้อเท็จจริง: อ้างอิง… จะแทรกการอ้างอิง</translation>
    </message>
    <message>
        <source>Why this forum may prosecute (for Germany: § 1 VStGB).</source>
        <translation>เหตุใดศาลหรือองค์กรนี้ดำเนินคดีได้ (สำหรับเยอรมนี: § 1 VStGB)</translation>
    </message>
    <message>
        <source>Why the prosecutor should act now (for Germany, the questions of § 153f StPO: suspects, victims or evidence present or expected in Germany).</source>
        <translation>เหตุใดอัยการควรดำเนินการตอนนี้ (สำหรับเยอรมนี คือคำถามตาม § 153f StPO: ผู้ต้องสงสัย ผู้เสียหาย หรือหลักฐานที่อยู่หรือคาดว่าจะอยู่ในเยอรมนี)</translation>
    </message>
    <message>
        <source>Other states, courts and mechanisms already seized of the situation.</source>
        <translation>รัฐ ศาล และกลไกอื่นที่รับเรื่องสถานการณ์นี้แล้ว</translation>
    </message>
    <message>
        <source>The investigative steps requested (hearing witnesses, securing evidence, …).</source>
        <translation>ขั้นตอนการสอบสวนที่ขอ (สืบพยาน เก็บรักษาหลักฐาน …)</translation>
    </message>
    <message>
        <source>What is asked: to open proceedings, to be informed of the decision.</source>
        <translation>สิ่งที่ขอ: ให้เปิดการดำเนินคดี ให้แจ้งผลการตัดสินใจ</translation>
    </message>
    <message>
        <source>The legal argument for the whole charge: crime, context, liability.</source>
        <translation>ข้อโต้แย้งทางกฎหมายของทั้งข้อหา: อาชญากรรม บริบท ความรับผิด</translation>
    </message>
    <message>
        <source>Why this element is met, and by which material (Cite… to refer to it).</source>
        <translation>เหตุใดองค์ประกอบนี้ครบ และด้วยข้อมูลใด (อ้างอิง… เพื่ออ้างถึง)</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>ชิ้นหลักฐาน</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>คำให้การ</translation>
    </message>
    <message>
        <source>Complaint sections — {reference}</source>
        <translation>ส่วนต่าง ๆ ของคำร้องทุกข์ — {reference}</translation>
    </message>
    <message>
        <source>Sections of the complaint</source>
        <translation>ส่วนต่าง ๆ ของคำร้องทุกข์</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>ข้อความของส่วนนี้</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>อ้างอิง…</translation>
    </message>
    <message>
        <source>Insert a reference to a passage, exhibit, incident or person</source>
        <translation>แทรกการอ้างอิงถึงข้อความ ชิ้นหลักฐาน เหตุการณ์ หรือบุคคล</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save this section as a new version (Ctrl+S)</source>
        <translation>บันทึกส่วนนี้เป็นฉบับใหม่ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Legal argument: {crime} {title}</source>
        <translation>ข้อโต้แย้งทางกฎหมาย: {crime} {title}</translation>
    </message>
    <message>
        <source>{section} (written)</source>
        <translation>{section} (เขียนแล้ว)</translation>
    </message>
    <message>
        <source>{section} (nothing written yet)</source>
        <translation>{section} (ยังไม่ได้เขียน)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>มีการเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>Saved, version {version}</source>
        <translation>บันทึกแล้ว ฉบับ {version}</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>ยังไม่ได้เขียน</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %n citation(s) name nothing of this case (hover for which)</source>
        <translation>
            <numerusform>{status} · การอ้างอิง %n รายการไม่ได้ระบุสิ่งใดของคดีนี้ (ชี้เมาส์เพื่อดู)</numerusform>
        </translation>
    </message>
    <message>
        <source>The section was not saved</source>
        <translation>ไม่ได้บันทึกส่วนนี้</translation>
    </message>
    <message>
        <source>Complaint &amp;sections…</source>
        <translation>ส่วนต่าง ๆ ของคำร้องทุกข์(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the complaint&apos;s own sections and arguments (Ctrl+Shift+A)</source>
        <translation>เขียนส่วนต่าง ๆ และข้อโต้แย้งของคำร้องทุกข์ (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <source>Add paragraph</source>
        <translation>เพิ่มย่อหน้า</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>แก้ไขคำให้การ</translation>
    </message>
    <message>
        <source>Edit paragraph {n}</source>
        <translation>แก้ไขย่อหน้า {n}</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>นำย่อหน้า {n} ออก</translation>
    </message>
    <message>
        <source>Move paragraph {n}</source>
        <translation>ย้ายย่อหน้า {n}</translation>
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
        <translation>คำให้การและหลักฐาน เก็บในโฟลเดอร์ที่เข้ารหัสบนคอมพิวเตอร์เครื่องนี้ เปิดสมุดคดีที่คุณมี หรือสร้างใหม่</translation>
    </message>
    <message>
        <source>&amp;Open a casebook…</source>
        <translation>เปิดสมุดคดี(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a casebook folder</source>
        <translation>เปิดโฟลเดอร์สมุดคดี</translation>
    </message>
    <message>
        <source>&amp;Create a new casebook…</source>
        <translation>สร้างสมุดคดีใหม่(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a new casebook</source>
        <translation>สร้างสมุดคดีใหม่</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>การตั้งค่า(&amp;P)…</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>เปิดล่าสุด:</translation>
    </message>
    <message>
        <source>Recently opened casebooks</source>
        <translation>สมุดคดีที่เปิดล่าสุด</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>อ่อนมาก</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>อ่อน</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>พอใช้</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>แข็งแรง</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>แข็งแรงมาก</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>ความแข็งแรงของวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>No passphrase yet</source>
        <translation>ยังไม่มีวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Strength: {label}</source>
        <translation>ความแข็งแรง: {label}</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>ใช้อย่างน้อย {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>Good. Keep it somewhere only you can find it.</source>
        <translation>ดี เก็บไว้ในที่ที่มีเพียงคุณหาเจอ</translation>
    </message>
    <message>
        <source>Several unrelated words are easy to type and hard to guess.</source>
        <translation>หลายคำที่ไม่เกี่ยวกันพิมพ์ง่ายและเดายาก</translation>
    </message>
</context>
<context>
    <name>SupervisorAccessDialog</name>
    <message>
        <source>A supervisor with a key slot can open this casebook folder with their own key, without your passphrase — for example to recover your work if you lose the passphrase, or to review it on this computer. Only verified supervisors can be given a slot. Remove a slot when the supervisor should no longer have that access.</source>
        <translation>หัวหน้างานที่มีช่องกุญแจเปิดโฟลเดอร์สมุดคดีนี้ได้ด้วยกุญแจของตนเอง โดยไม่ต้องใช้วลีรหัสผ่านของคุณ — เช่น เพื่อกู้งานของคุณถ้าคุณลืมวลีรหัสผ่าน หรือเพื่อตรวจทานบนคอมพิวเตอร์เครื่องนี้ ให้ช่องได้เฉพาะหัวหน้างานที่ยืนยันแล้ว นำช่องออกเมื่อหัวหน้างานไม่ควรเข้าถึงได้อีก</translation>
    </message>
    <message>
        <source>Supervisor access</source>
        <translation>การเข้าถึงของหัวหน้างาน</translation>
    </message>
    <message>
        <source>Supervisors who can open this casebook</source>
        <translation>หัวหน้างานที่เปิดสมุดคดีนี้ได้</translation>
    </message>
    <message>
        <source>Remove access…</source>
        <translation>นำการเข้าถึงออก…</translation>
    </message>
    <message>
        <source>Verified supervisor</source>
        <translation>หัวหน้างานที่ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>ให้สิทธิ์เข้าถึง</translation>
    </message>
    <message>
        <source>Verified supervisor:</source>
        <translation>หัวหน้างานที่ยืนยันแล้ว:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>{supervisor} — since {since}</source>
        <translation>{supervisor} — ตั้งแต่ {since}</translation>
    </message>
    <message>
        <source>No supervisor can open this casebook.</source>
        <translation>ไม่มีหัวหน้างานที่เปิดสมุดคดีนี้ได้</translation>
    </message>
    <message>
        <source>No verified supervisor (see Exchange ▸ Identities…)</source>
        <translation>ไม่มีหัวหน้างานที่ยืนยันแล้ว (ดู แลกเปลี่ยน ▸ ตัวตน…)</translation>
    </message>
    <message>
        <source>Access was not given</source>
        <translation>ไม่ได้ให้สิทธิ์เข้าถึง</translation>
    </message>
    <message>
        <source>{supervisor} can now open this casebook with their own key.</source>
        <translation>ตอนนี้ {supervisor} เปิดสมุดคดีนี้ด้วยกุญแจของตนเองได้แล้ว</translation>
    </message>
    <message>
        <source>Remove supervisor access</source>
        <translation>นำการเข้าถึงของหัวหน้างานออก</translation>
    </message>
    <message>
        <source>{supervisor}

This supervisor will no longer be able to open this casebook with their key.</source>
        <translation>{supervisor}

หัวหน้างานคนนี้จะเปิดสมุดคดีนี้ด้วยกุญแจของตนไม่ได้อีก</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>นำการเข้าถึงออก</translation>
    </message>
    <message>
        <source>Access was not removed</source>
        <translation>ไม่ได้นำการเข้าถึงออก</translation>
    </message>
    <message>
        <source>The key slot was removed.</source>
        <translation>นำช่องกุญแจออกแล้ว</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>(not graded)</source>
        <translation>(ยังไม่ได้ประเมิน)</translation>
    </message>
    <message>
        <source>Direct — proves the element itself</source>
        <translation>โดยตรง — พิสูจน์องค์ประกอบนั้นเอง</translation>
    </message>
    <message>
        <source>Circumstantial — the element can be inferred from it</source>
        <translation>พยานแวดล้อม — อนุมานองค์ประกอบได้จากข้อมูลนี้</translation>
    </message>
    <message>
        <source>Corroborating — confirms other material</source>
        <translation>สนับสนุน — ยืนยันข้อมูลอื่น</translation>
    </message>
    <message>
        <source>Contradicting — speaks against the element</source>
        <translation>ขัดแย้ง — ขัดกับองค์ประกอบ</translation>
    </message>
    <message numerus="yes">
        <source>The tag was saved. This material now both supports and contradicts {element} (%n conflict(s)). The coverage matrix shows the element as contested until someone resolves it: check both tags and remove the one that is wrong.</source>
        <translation>
            <numerusform>บันทึกแท็กแล้ว ตอนนี้ข้อมูลนี้ทั้งสนับสนุนและขัดแย้งกับ {element} (ข้อขัดแย้ง %n รายการ) ตารางความครอบคลุมจะแสดงองค์ประกอบนี้ว่ามีข้อโต้แย้งจนกว่าจะมีผู้แก้ไข: ตรวจแท็กทั้งสองและนำแท็กที่ผิดออก</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {material}</source>
        <translation>ติดแท็ก {material}</translation>
    </message>
    <message>
        <source>No element chosen yet: pick a crime, then one of its elements.</source>
        <translation>ยังไม่ได้เลือกองค์ประกอบ: เลือกอาชญากรรม แล้วเลือกองค์ประกอบหนึ่งของอาชญากรรมนั้น</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>การสนับสนุน</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>ความเชื่อถือได้ของแหล่งที่มา</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>ความน่าเชื่อของข้อมูล</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>ผู้ถูกกล่าวหา</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(ไม่เจาะจงผู้ใด)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>why this material bears on the element (optional)</source>
        <translation>เหตุใดข้อมูลนี้เกี่ยวกับองค์ประกอบ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>องค์ประกอบ:</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>การสนับสนุน:</translation>
    </message>
    <message>
        <source>Source reliability:</source>
        <translation>ความเชื่อถือได้ของแหล่งที่มา:</translation>
    </message>
    <message>
        <source>Information credibility:</source>
        <translation>ความน่าเชื่อของข้อมูล:</translation>
    </message>
    <message>
        <source>Alleged perpetrator:</source>
        <translation>ผู้ถูกกล่าวหา:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>เพิ่มแท็ก</translation>
    </message>
    <message>
        <source>Choose an element of a crime first.</source>
        <translation>เลือกองค์ประกอบของอาชญากรรมก่อน</translation>
    </message>
    <message>
        <source>The tag was not added</source>
        <translation>ไม่ได้เพิ่มแท็ก</translation>
    </message>
    <message>
        <source>Material for and against</source>
        <translation>ข้อมูลที่สนับสนุนและขัดแย้ง</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Tags of this record</source>
        <translation>แท็กของรายการนี้</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>นำแท็กออก</translation>
    </message>
    <message>
        <source>Tags ({count})</source>
        <translation>แท็ก ({count})</translation>
    </message>
    <message>
        <source>Remove this tag?</source>
        <translation>นำแท็กนี้ออกหรือไม่?</translation>
    </message>
    <message>
        <source>{tag}

The removal is recorded in the audit log.</source>
        <translation>{tag}

การนำออกจะถูกบันทึกในบันทึกการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>TaxonomyBrowser</name>
    <message>
        <source>Article 6 — genocide</source>
        <translation>มาตรา 6 — การฆ่าล้างเผ่าพันธุ์</translation>
    </message>
    <message>
        <source>Article 7 — crimes against humanity</source>
        <translation>มาตรา 7 — อาชญากรรมต่อมนุษยชาติ</translation>
    </message>
    <message>
        <source>Article 8 — war crimes</source>
        <translation>มาตรา 8 — อาชญากรรมสงคราม</translation>
    </message>
    <message>
        <source>Article 8 bis — aggression</source>
        <translation>มาตรา 8 ทวิ — การรุกราน</translation>
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
        <translation>⚠ ยังไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <source>no elements yet</source>
        <translation>ยังไม่มีองค์ประกอบ</translation>
    </message>
    <message>
        <source>Search crimes by words or id (rape, forcible transfer)</source>
        <translation>ค้นหาอาชญากรรมด้วยคำหรือรหัส (rape, forcible transfer)</translation>
    </message>
    <message>
        <source>Search crimes</source>
        <translation>ค้นหาอาชญากรรม</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>มาตรา</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>ทุกมาตรา</translation>
    </message>
    <message>
        <source>Conflict type</source>
        <translation>ประเภทการขัดกัน</translation>
    </message>
    <message>
        <source>Any conflict type</source>
        <translation>การขัดกันทุกประเภท</translation>
    </message>
    <message>
        <source>International armed conflict (IAC)</source>
        <translation>การขัดกันด้วยอาวุธระหว่างประเทศ (IAC)</translation>
    </message>
    <message>
        <source>Non-international armed conflict (NIAC)</source>
        <translation>การขัดกันด้วยอาวุธที่มิใช่ระหว่างประเทศ (NIAC)</translation>
    </message>
    <message>
        <source>Crimes by article</source>
        <translation>อาชญากรรมตามมาตรา</translation>
    </message>
    <message>
        <source>Elements of the chosen crime</source>
        <translation>องค์ประกอบของอาชญากรรมที่เลือก</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>มาตรา {number}</translation>
    </message>
    <message>
        <source>Choose a crime to see its elements.</source>
        <translation>เลือกอาชญากรรมเพื่อดูองค์ประกอบ</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}).</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}). Its text is not yet verified against the source.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}) ข้อความยังไม่ได้ตรวจสอบกับต้นฉบับ</translation>
    </message>
    <message>
        <source>{number}. {text}  [context]</source>
        <translation>{number}. {text}  [บริบท]</translation>
    </message>
    <message>
        <source>{id} — contextual element, shared by every crime of this kind</source>
        <translation>{id} — องค์ประกอบเชิงบริบท ใช้ร่วมกันในทุกอาชญากรรมประเภทนี้</translation>
    </message>
    <message>
        <source>No elements in this taxonomy yet.</source>
        <translation>ยังไม่มีองค์ประกอบในอนุกรมวิธานนี้</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>optional; the witness&apos;s pseudonym is used</source>
        <translation>ไม่บังคับ; ใช้นามแฝงของพยาน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ไม่ได้ตั้ง)</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>ให้การเมื่อ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>Make a correction (new version)</source>
        <translation>แก้ไขให้ถูกต้อง (ฉบับใหม่)</translation>
    </message>
    <message>
        <source>Witness (pseudonym)</source>
        <translation>พยาน (นามแฝง)</translation>
    </message>
    <message>
        <source>Show identity…</source>
        <translation>แสดงตัวตน…</translation>
    </message>
    <message>
        <source>Show the witness&apos;s protected identity</source>
        <translation>แสดงตัวตนที่คุ้มครองของพยาน</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>ผู้สัมภาษณ์</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>พยาน:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>ผู้สัมภาษณ์:</translation>
    </message>
    <message>
        <source>Tag passage…</source>
        <translation>ติดแท็กข้อความ…</translation>
    </message>
    <message>
        <source>Tag the paragraph you were in; select words first to tag only those</source>
        <translation>ติดแท็กย่อหน้าที่เคอร์เซอร์อยู่; เลือกคำก่อนถ้าต้องการติดแท็กเฉพาะคำเหล่านั้น</translation>
    </message>
    <message>
        <source>Versions of this statement</source>
        <translation>ฉบับต่าง ๆ ของคำให้การนี้</translation>
    </message>
    <message>
        <source>Seal this statement…</source>
        <translation>ปิดผนึกคำให้การนี้…</translation>
    </message>
    <message>
        <source>Every version stays readable. Activate one to open it (read-only if sealed).</source>
        <translation>ทุกฉบับยังอ่านได้ เปิดฉบับใดฉบับหนึ่งเพื่อดู (อ่านอย่างเดียวถ้าปิดผนึกแล้ว)</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>คำให้การ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>รายละเอียด(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>ความยินยอม(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>ฉบับ(&amp;V)</translation>
    </message>
    <message>
        <source>Do&amp;cumentation</source>
        <translation>การบันทึกข้อมูล(&amp;C)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>an unknown witness</comment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Testimony of {witness}</source>
        <translation>คำให้การของ {witness}</translation>
    </message>
    <message>
        <source>{title} — version {version}</source>
        <translation>{title} — ฉบับ {version}</translation>
    </message>
    <message>
        <source>This statement was sealed on {date} and cannot be changed. A correction is made as a new version; this one stays as it was.</source>
        <translation>คำให้การนี้ปิดผนึกเมื่อ {date} และเปลี่ยนแปลงไม่ได้ การแก้ไขจะทำเป็นฉบับใหม่; ฉบับนี้คงเดิม</translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>ย่อหน้า {number}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode; the original is kept ({paragraphs}).</source>
        <translation>แปลงจาก Zawgyi เป็น Unicode แล้ว; เก็บต้นฉบับไว้ ({paragraphs})</translation>
    </message>
    <message>
        <source>Version {version} · sealed · {created}</source>
        <translation>ฉบับ {version} · ปิดผนึกแล้ว · {created}</translation>
    </message>
    <message>
        <source>Version {version} · draft · {created}</source>
        <translation>ฉบับ {version} · ฉบับร่าง · {created}</translation>
    </message>
    <message>
        <source>{line}  ← shown</source>
        <comment>the version shown now</comment>
        <translation>{line}  ← ที่แสดงอยู่</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>{pseudonym} ({roles})</source>
        <comment>a person: pseudonym and roles</comment>
        <translation>{pseudonym} ({roles})</translation>
    </message>
    <message>
        <source>Click in the paragraph to tag first (select words to tag only those).</source>
        <translation>คลิกในย่อหน้าที่จะติดแท็กก่อน (เลือกคำเพื่อติดแท็กเฉพาะคำเหล่านั้น)</translation>
    </message>
    <message>
        <source>para. {number}, characters {start}–{end}: “{words}”</source>
        <translation>ย่อหน้า {number} อักขระ {start}–{end}: “{words}”</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph {number} has %n tag(s) linking it to elements of crimes. Without their words the tags below are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them; Undo brings back the text, and the tags are in force again on it.</source>
        <translation>
            <numerusform>ย่อหน้า {number} มีแท็ก %n รายการที่เชื่อมกับองค์ประกอบของอาชญากรรม เมื่อไม่มีคำเหล่านั้น แท็กด้านล่างจะยังคงอยู่ ถูกทำเครื่องหมายให้ตรวจทาน และไม่นับในตารางความครอบคลุมจนกว่าจะมีผู้ติดแท็กใหม่หรือนำออก; เลิกทำจะนำข้อความกลับมา และแท็กจะมีผลกับข้อความนั้นอีกครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the paragraph (%n tag(s) to review)</source>
        <translation>
            <numerusform>นำย่อหน้าออก (แท็ก %n รายการต้องตรวจทาน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a tagged paragraph?</source>
        <translation>นำย่อหน้าที่มีแท็กออกหรือไม่?</translation>
    </message>
    <message numerus="yes">
        <source>Make the change (%n tag(s) to review)</source>
        <translation>
            <numerusform>เปลี่ยนแปลง (แท็ก %n รายการต้องตรวจทาน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change tagged words?</source>
        <translation>เปลี่ยนคำที่มีแท็กหรือไม่?</translation>
    </message>
    <message>
        <source>This change takes away or alters words that tags rest on. The tags are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them:</source>
        <translation>การเปลี่ยนแปลงนี้ลบหรือแก้คำที่แท็กอาศัยอยู่ แท็กจะยังคงอยู่ ถูกทำเครื่องหมายให้ตรวจทาน และไม่นับในตารางความครอบคลุมจนกว่าจะมีผู้ติดแท็กใหม่หรือนำออก:</translation>
    </message>
    <message>
        <source>Seal this statement?</source>
        <translation>ปิดผนึกคำให้การนี้หรือไม่?</translation>
    </message>
    <message>
        <source>A sealed statement cannot be changed; corrections become new versions. Seal it once the witness has confirmed it.</source>
        <translation>คำให้การที่ปิดผนึกแล้วเปลี่ยนแปลงไม่ได้; การแก้ไขจะเป็นฉบับใหม่ ปิดผนึกเมื่อพยานยืนยันคำให้การแล้ว</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>ปิดผนึก</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเวลา</translation>
    </message>
    <message>
        <source>● a known day  ·  ▬ a span: the incident happened at some time within it (range, month, year or approximate date); the label says how it is known.</source>
        <translation>● วันที่ทราบแน่นอน  ·  ▬ ช่วงเวลา: เหตุการณ์เกิดขึ้นในช่วงนั้น (ช่วงวันที่ เดือน ปี หรือวันที่โดยประมาณ); ป้ายกำกับบอกว่าทราบอย่างไร</translation>
    </message>
    <message>
        <source>Timeline of the incidents</source>
        <translation>ลำดับเวลาของเหตุการณ์</translation>
    </message>
    <message>
        <source>Incidents without a date</source>
        <translation>เหตุการณ์ที่ไม่มีวันที่</translation>
    </message>
    <message>
        <source>Undated (not on the axis):</source>
        <translation>ไม่มีวันที่ (ไม่อยู่บนแกน):</translation>
    </message>
    <message>
        <source>No incident has a date yet.</source>
        <translation>ยังไม่มีเหตุการณ์ที่มีวันที่</translation>
    </message>
    <message>
        <source>the stored date is not a calendar date</source>
        <translation>วันที่ที่เก็บไว้ไม่ใช่วันที่จริงในปฏิทิน</translation>
    </message>
</context>
<context>
    <name>UncertainDate</name>
    <message>
        <source>On a known day</source>
        <translation>วันที่ทราบแน่นอน</translation>
    </message>
    <message>
        <source>Around a day (approximate)</source>
        <translation>ราววันหนึ่ง (โดยประมาณ)</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>ระหว่างสองวันที่</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>ทราบเฉพาะเดือน</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>ทราบเฉพาะปี</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <source>Around:</source>
        <translation>ราว:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>ตั้งแต่:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>เดือน:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>ปี:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>วันที่:</translation>
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
        <translation>ปลดล็อกสมุดคดี</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>กุญแจกู้คืน</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>ใช้กุญแจกู้คืนแทน</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>กุญแจกู้คืน(&amp;R):</translation>
    </message>
    <message>
        <source>Opening the casebook</source>
        <translation>กำลังเปิดสมุดคดี</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>กำลังเปิด…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ปลดล็อก(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>ปลดล็อก “{name}”</translation>
    </message>
    <message>
        <source>The casebook at {folder} is encrypted.</source>
        <translation>สมุดคดีที่ {folder} ถูกเข้ารหัส</translation>
    </message>
    <message>
        <source>Casebook could not be opened</source>
        <translation>เปิด Casebook ไม่ได้</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Casebook user guide</source>
        <translation>คู่มือผู้ใช้ Casebook</translation>
    </message>
    <message>
        <source>The guide is missing from this installation.</source>
        <translation>การติดตั้งนี้ไม่มีคู่มือ</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>คู่มือผู้ใช้</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>แป้น</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify {name}</source>
        <translation>ยืนยัน {name}</translation>
    </message>
    <message>
        <source>Call {name} or meet in person — not by the channel the identity came through. Ask them to read their fingerprint aloud and compare it with the one below, digit by digit. Then read yours to them.</source>
        <translation>โทรหา {name} หรือพบตัว — ไม่ใช่ทางช่องทางที่ได้รับตัวตนมา ขอให้เขาอ่านลายนิ้วมือของเขาออกเสียง แล้วเทียบกับลายนิ้วมือด้านล่างทีละตัว จากนั้นอ่านของคุณให้เขาฟัง</translation>
    </message>
    <message>
        <source>Fingerprint of {name} ({role}) stored here</source>
        <translation>ลายนิ้วมือของ {name} ({role}) ที่เก็บไว้ที่นี่</translation>
    </message>
    <message>
        <source>Your fingerprint, to read to them</source>
        <translation>ลายนิ้วมือของคุณ สำหรับอ่านให้เขาฟัง</translation>
    </message>
    <message>
        <source>{name} read out exactly this fingerprint</source>
        <translation>{name} อ่านลายนิ้วมือนี้ตรงทุกตัว</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>ทำเครื่องหมายว่ายืนยันแล้ว</translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <source>records bound to the audit log</source>
        <translation>รายการที่ผูกกับบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>รายการในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>received audit entries</source>
        <translation>รายการบันทึกการตรวจสอบที่ได้รับ</translation>
    </message>
    <message>
        <source>review signatures</source>
        <translation>ลายมือชื่อการตรวจทาน</translation>
    </message>
    <message>
        <source>time-stamps</source>
        <translation>การประทับเวลา</translation>
    </message>
    <message>
        <source>evidence time-stamps</source>
        <translation>การประทับเวลาของหลักฐาน</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>ไฟล์ที่เก็บไว้</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>รายการหลักฐาน</translation>
    </message>
    <message>
        <source>custody signatures</source>
        <translation>ลายมือชื่อการครอบครอง</translation>
    </message>
    <message>
        <source>Verify the casebook</source>
        <translation>ตรวจสอบสมุดคดี</translation>
    </message>
    <message>
        <source>Checking every file, record and signature…</source>
        <translation>กำลังตรวจทุกไฟล์ ทุกรายการ และทุกลายมือชื่อ…</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>รายงานการตรวจสอบ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Checking {what}…</source>
        <translation>กำลังตรวจ {what}…</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>ผ่านการตรวจทั้งหมด</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; each line below says what it is and what to do. Change nothing in the casebook folder by hand until you know.</source>
        <translation>
            <numerusform>พบปัญหา %n รายการ; แต่ละบรรทัดด้านล่างบอกว่าคืออะไรและต้องทำอะไร อย่าแก้ไขสิ่งใดในโฟลเดอร์สมุดคดีด้วยมือจนกว่าจะทราบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {count} {what}.</source>
        <translation>ตรวจ {what} แล้ว: {count}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The change could not be saved; the casebook is unchanged. Try again; if it keeps failing, run `casebook verify` on this casebook.</source>
        <translation>บันทึกการเปลี่ยนแปลงไม่ได้; สมุดคดีไม่เปลี่ยนแปลง ลองอีกครั้ง; ถ้ายังไม่สำเร็จ ให้รัน `casebook verify` กับสมุดคดีนี้</translation>
    </message>
    <message>
        <source>That record is no longer in the casebook.</source>
        <translation>รายการนั้นไม่อยู่ในสมุดคดีแล้ว</translation>
    </message>
    <message>
        <source>That passage is no longer in the casebook.</source>
        <translation>ข้อความนั้นไม่อยู่ในสมุดคดีแล้ว</translation>
    </message>
    <message>
        <source>That evidence item is no longer in the casebook.</source>
        <translation>หลักฐานรายการนั้นไม่อยู่ในสมุดคดีแล้ว</translation>
    </message>
    <message>
        <source>This evidence item has no stored file.</source>
        <translation>หลักฐานรายการนี้ไม่มีไฟล์ที่เก็บไว้</translation>
    </message>
    <message>
        <source>The file is too large to open here ({size} MiB; the limit is {limit} MiB). Export it to a folder of your choice instead.</source>
        <translation>ไฟล์ใหญ่เกินกว่าจะเปิดที่นี่ ({size} MiB; จำกัดที่ {limit} MiB) ส่งออกไปยังโฟลเดอร์ที่คุณเลือกแทน</translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>This is not the passphrase that opens this casebook now. Nothing was changed.</source>
        <translation>นี่ไม่ใช่วลีรหัสผ่านที่ใช้เปิดสมุดคดีนี้อยู่ตอนนี้ ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>นำย่อหน้าออก</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>ย่อหน้า {n}</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>ย่อหน้า {n}</translation>
    </message>
    <message>
        <source>Move paragraph {n} up</source>
        <translation>เลื่อนย่อหน้า {n} ขึ้น</translation>
    </message>
    <message>
        <source>Move paragraph {n} down</source>
        <translation>เลื่อนย่อหน้า {n} ลง</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>นำย่อหน้า {n} ออก</translation>
    </message>
</context>
</TS>
