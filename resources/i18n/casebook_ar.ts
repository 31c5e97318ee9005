<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddDialog</name>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>for example MM-2017-001</source>
        <translation>مثلاً MM-2017-001</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>إفادة جديدة</translation>
    </message>
    <message>
        <source>A new witness (pseudonym given automatically)</source>
        <translation>شاهد جديد (يُعطى اسماً مستعاراً تلقائياً)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Optional. What you choose is recorded for every file added now; the evidence editor can change it later.</source>
        <translation>اختياري. ما تختاره يُسجَّل لكل ملف يُضاف الآن، ويمكن تغييره لاحقاً في محرر الدليل.</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>A — completely reliable</source>
        <translation>A — موثوق تماماً</translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation>B — موثوق عادةً</translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation>C — موثوق إلى حد ما</translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation>D — غير موثوق عادةً</translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation>E — غير موثوق</translation>
    </message>
    <message>
        <source>F — reliability cannot be judged</source>
        <translation>F — لا يمكن الحكم على الموثوقية</translation>
    </message>
    <message>
        <source>1 — confirmed by other sources</source>
        <translation>1 — أكدتها مصادر أخرى</translation>
    </message>
    <message>
        <source>2 — probably true</source>
        <translation>2 — صحيحة على الأرجح</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — قد تكون صحيحة</translation>
    </message>
    <message>
        <source>4 — doubtful</source>
        <translation>4 — مشكوك فيها</translation>
    </message>
    <message>
        <source>5 — improbable</source>
        <translation>5 — مستبعدة</translation>
    </message>
    <message>
        <source>6 — truth cannot be judged</source>
        <translation>6 — لا يمكن الحكم على صحتها</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>circumstantial</source>
        <translation>ظرفي</translation>
    </message>
    <message>
        <source>corroborating</source>
        <translation>معزِّز</translation>
    </message>
    <message>
        <source>contradicting</source>
        <translation>مناقض</translation>
    </message>
    <message>
        <source>⚠ needs review · </source>
        <translation>⚠ يحتاج إلى مراجعة · </translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>ف. {number}</translation>
    </message>
    <message>
        <source>{element} {title} — {support}, {grading}</source>
        <comment>a tag</comment>
        <translation>{element} {title} — {support}، {grading}</translation>
    </message>
    <message>
        <source>chars {start}–{end}</source>
        <comment>the characters a tag rests on</comment>
        <translation>الأحرف {start}–{end}</translation>
    </message>
    <message>
        <source>(not in this taxonomy)</source>
        <translation>(ليس في هذا التصنيف)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook could not be opened</source>
        <translation>تعذّر فتح Casebook</translation>
    </message>
    <message>
        <source>This casebook&apos;s history changed</source>
        <translation>تغيّر تاريخ التعديلات في سجل القضايا هذا</translation>
    </message>
    <message>
        <source>Accept this history only if you restored this copy from a backup yourself.</source>
        <translation>اقبل تاريخ التعديلات هذا فقط إذا كنت أنت من استعاد هذه النسخة من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>I restored this copy on purpose</source>
        <translation>استعدتُ هذه النسخة عن قصد</translation>
    </message>
    <message>
        <source>Keep warning me</source>
        <translation>واصل تحذيري</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the casebook</source>
        <translation>نسخ سجل القضايا احتياطياً</translation>
    </message>
    <message>
        <source>A backup is a complete copy of this casebook, still encrypted: it opens with the same passphrase and recovery key. Keep it on another disk, away from this computer. You can go on working while it is made; every stored file is checked against its fingerprint (SHA-256) before the backup counts as made.</source>
        <translation>النسخة الاحتياطية نسخة كاملة من سجل القضايا هذا، وتبقى مشفَّرة: تُفتح بعبارة المرور نفسها ومفتاح الاسترداد نفسه. احفظها على قرص آخر بعيداً عن هذا الحاسوب. يمكنك مواصلة العمل أثناء إعدادها؛ ويُفحص كل ملف مخزَّن مقابل بصمته (SHA-256) قبل أن تُعدّ النسخة الاحتياطية منجزة.</translation>
    </message>
    <message>
        <source>A folder on a USB drive or another disk</source>
        <translation>مجلد على ذاكرة USB أو على قرص آخر</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>اختيار(&amp;C)…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> نسخ احتياطية</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>عدد النسخ الاحتياطية التي يُحتفظ بها</translation>
    </message>
    <message>
        <source>Folder for &amp;backups:</source>
        <translation>مجلد النسخ الاحتياطية(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>الاحتفاظ بأحدث(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>نسخ احتياطي(&amp;B)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>جارٍ نسخ قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Copying and checking stored files: {done} of {total}…</source>
        <translation>جارٍ نسخ الملفات المخزَّنة وفحصها: {done} من {total}…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to {folder}: the database and %n stored file(s) ({size}), each checked.</source>
        <translation>
            <numerusform>نُسخ احتياطياً إلى {folder}: قاعدة البيانات و%n ملف مخزَّن ({size})، فُحص كل منها.</numerusform>
            <numerusform>نُسخ احتياطياً إلى {folder}: قاعدة البيانات وملف مخزَّن واحد (%n) ({size})، وقد فُحص.</numerusform>
            <numerusform>نُسخ احتياطياً إلى {folder}: قاعدة البيانات وملفان مخزَّنان (%n) ({size})، فُحص كل منهما.</numerusform>
            <numerusform>نُسخ احتياطياً إلى {folder}: قاعدة البيانات و%n ملفات مخزَّنة ({size})، فُحص كل منها.</numerusform>
            <numerusform>نُسخ احتياطياً إلى {folder}: قاعدة البيانات و%n ملفاً مخزَّناً ({size})، فُحص كل منها.</numerusform>
            <numerusform>نُسخ احتياطياً إلى {folder}: قاعدة البيانات و%n ملف مخزَّن ({size})، فُحص كل منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older backups removed: %n.</source>
        <translation>
            <numerusform>النسخ الاحتياطية القديمة المحذوفة: %n.</numerusform>
            <numerusform>النسخ الاحتياطية القديمة المحذوفة: %n.</numerusform>
            <numerusform>النسخ الاحتياطية القديمة المحذوفة: %n.</numerusform>
            <numerusform>النسخ الاحتياطية القديمة المحذوفة: %n.</numerusform>
            <numerusform>النسخ الاحتياطية القديمة المحذوفة: %n.</numerusform>
            <numerusform>النسخ الاحتياطية القديمة المحذوفة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>لم تُنشأ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Unlock the casebook to back it up.</source>
        <translation>افتح قفل سجل القضايا لنسخه احتياطياً.</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>نسخ احتياطي(&amp;U)…</translation>
    </message>
    <message>
        <source>Copy the casebook, still encrypted, to another disk</source>
        <translation>نسخ سجل القضايا، مشفَّراً، إلى قرص آخر</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case {reference}</source>
        <translation>القضية {reference}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Navigator</source>
        <translation>لوحة التنقل</translation>
    </message>
    <message>
        <source>Choose a case, or create one with File ▸ New case (Ctrl+Shift+N).</source>
        <translation>اختر قضية، أو أنشئ واحدة من ملف ▸ قضية جديدة (Ctrl+Shift+N).</translation>
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
        <translation>&apos;{kind}&apos; ليس نوعاً من الاستشهادات؛ استخدم أحد هذه: {kinds}</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(لا عنصر)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>--keep must be at least 1: the number of backups to keep.</source>
        <translation>يجب أن تكون قيمة ‎--keep‎ هي 1 على الأقل: عدد النسخ الاحتياطية التي تُحفظ.</translation>
    </message>
    <message>
        <source>/cases/{ci}/{key}/{i}/{path}: {problem}</source>
        <translation>/cases/{ci}/{key}/{i}/‎{path}‎: {problem}</translation>
    </message>
    <message>
        <source>A backup must go outside the casebook folder (ideally on another disk); {destination} is inside it or contains it.</source>
        <translation>يجب أن تُحفظ النسخة الاحتياطية خارج مجلد سجل القضايا (ويُفضَّل على قرص آخر)؛ المجلد ‎{destination}‎ داخله أو يحتويه.</translation>
    </message>
    <message>
        <source>A case needs a reference code, such as MM-2017-001.</source>
        <translation>تحتاج القضية إلى رمز مرجعي، مثل MM-2017-001.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>تحتاج القضية إلى عنوان.</translation>
    </message>
    <message>
        <source>A case the pattern is filtered on is not in this casebook; choose the cases again.</source>
        <translation>قضية مُرشَّح عليها النمط ليست في سجل القضايا هذا؛ اختر القضايا من جديد.</translation>
    </message>
    <message>
        <source>A casebook needs a passphrase; an empty one would let anyone open it. Choose a passphrase of several words.</source>
        <translation>يحتاج سجل القضايا إلى عبارة مرور؛ فالعبارة الفارغة تسمح لأي أحد بفتحه. اختر عبارة مرور من عدة كلمات.</translation>
    </message>
    <message>
        <source>A character range can only be given for a passage.</source>
        <translation>لا يمكن تحديد نطاق أحرف إلا لمقطع.</translation>
    </message>
    <message>
        <source>A charge given is not one of case {reference}.</source>
        <translation>تهمة مذكورة ليست من تهم القضية {reference}.</translation>
    </message>
    <message>
        <source>A comment can be at most {limit} characters long.</source>
        <translation>يمكن أن يكون التعليق {limit} حرفاً على الأكثر.</translation>
    </message>
    <message>
        <source>A date in this case (of an incident, a statement or an evidence item) is not a calendar date: it was stored before Casebook checked dates, or changed outside it. The export stopped and left nothing behind; correct the date and export again.</source>
        <translation>تاريخ في هذه القضية (لحادثة أو إفادة أو دليل) ليس تاريخاً صحيحاً في التقويم: خُزِّن قبل أن يتحقق Casebook من التواريخ، أو غُيِّر خارجه. توقف التصدير ولم يترك شيئاً؛ صحِّح التاريخ وصدِّر من جديد.</translation>
    </message>
    <message>
        <source>A file does not match the SHA-256 its record declares; nothing was imported:</source>
        <translation>ملف لا يطابق قيمة SHA-256 التي يذكرها سجله؛ لم يُستورد شيء:</translation>
    </message>
    <message>
        <source>A fingerprint is 32 hexadecimal digits (spaces do not matter); at least the first 8 are needed. `casebook identity list` shows them.</source>
        <translation>البصمة 32 رقماً ست عشرياً (المسافات لا تهم)؛ ويلزم أول 8 منها على الأقل. يعرضها الأمر ‎`casebook identity list`‎.</translation>
    </message>
    <message>
        <source>A legal_argument belongs to a whole charge; for one element, use the kind element_argument.</source>
        <translation>النوع legal_argument يخص تهمة كاملة؛ لركن واحد استخدم النوع element_argument.</translation>
    </message>
    <message>
        <source>A link of the complaint is not an object of its own; the structure tree cannot point at it. Export again, and report this if it happens twice.</source>
        <translation>رابط في الشكوى ليس كائناً مستقلاً؛ لا يمكن لشجرة البنية أن تشير إليه. صدِّر من جديد، وأبلغ عن ذلك إن تكرر.</translation>
    </message>
    <message>
        <source>A number is not finite (NaN or infinity) and cannot be hashed or signed, so it was refused and nothing was saved. If you typed it, enter a real number or leave the field empty; if it came in a file or package, ask its sender to check that file.</source>
        <translation>رقم غير منته (NaN أو ما لا نهاية) ولا يمكن حساب بصمته أو توقيعه، فرُفض ولم يُحفظ شيء. إن كنت كتبته فأدخل رقماً حقيقياً أو اترك الحقل فارغاً؛ وإن جاء في ملف أو حزمة فاطلب من مرسِله فحص ذلك الملف.</translation>
    </message>
    <message>
        <source>A package is for colleagues; your own identity cannot be a recipient.</source>
        <translation>الحزمة للزملاء؛ لا يمكن أن تكون هويتك أنت مستلِماً.</translation>
    </message>
    <message>
        <source>A pattern can be cited only for a contextual element (such as cah_attack/1); {element} is not one. Choose a contextual element of the charge.</source>
        <translation>لا يمكن الاستشهاد بنمط إلا لركن سياقي (مثل cah_attack/1)؛ و‎{element}‎ ليس ركناً سياقياً. اختر ركناً سياقياً من أركان التهمة.</translation>
    </message>
    <message>
        <source>A recipient is a code from Casebook&apos;s list, such as DE or ICC; it is empty here.</source>
        <translation>المستلِم رمز من قائمة Casebook، مثل DE أو ICC؛ وهو فارغ هنا.</translation>
    </message>
    <message>
        <source>A recovery key has {expected} letters and digits in nine groups of four; this one has {count}. Copy it again from the paper you kept.</source>
        <translation>مفتاح الاسترداد فيه {expected} من الحروف والأرقام في تسع مجموعات من أربعة؛ وهذا فيه {count}. انسخه من جديد من الورقة التي احتفظت بها.</translation>
    </message>
    <message>
        <source>A recovery key uses only digits and the letters A–Z except U; these characters are not part of it: {bad}.</source>
        <translation>لا يستخدم مفتاح الاسترداد إلا الأرقام والحروف A–Z عدا U؛ وهذه الرموز ليست منه: {bad}.</translation>
    </message>
    <message>
        <source>A saved pattern filter is damaged (a field has the wrong form); save the pattern again from the pattern view.</source>
        <translation>مرشِّح نمط محفوظ تالف (حقل فيه بشكل خاطئ)؛ احفظ النمط من جديد من عرض الأنماط.</translation>
    </message>
    <message>
        <source>A saved pattern needs a short title that says what it shows.</source>
        <translation>يحتاج النمط المحفوظ إلى عنوان قصير يقول ما يعرضه.</translation>
    </message>
    <message>
        <source>A section holds at most {max_section_chars} characters; this one has {count}. Split the argument across the charges and elements it is about, or shorten it.</source>
        <translation>يتسع القسم لـ {max_section_chars} حرفاً على الأكثر؛ وهذا فيه {count}. وزِّع الحجة على التهم والأركان التي تتناولها، أو اختصرها.</translation>
    </message>
    <message>
        <source>A section&apos;s text must be text.</source>
        <translation>يجب أن يكون نص القسم نصاً.</translation>
    </message>
    <message>
        <source>A signed event in the package does not verify against its author&apos;s key, so the package was refused and nothing was imported:</source>
        <translation>حدث موقَّع في الحزمة لا يتحقق بمفتاح كاتبه، فرُفضت الحزمة ولم يُستورد شيء:</translation>
    </message>
    <message>
        <source>A value cannot be hashed or signed as canonical JSON ({exc}); nothing was saved.</source>
        <translation>لا يمكن حساب بصمة قيمة أو توقيعها بصيغة JSON القانونية ({exc})؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>A value of kind {kind} cannot be hashed or signed as canonical JSON; nothing was saved. This is a fault in Casebook: please report it.</source>
        <translation>لا يمكن حساب بصمة قيمة من النوع {kind} أو توقيعها بصيغة JSON القانونية؛ لم يُحفظ شيء. هذا خلل في Casebook: يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>A victim group is chosen by one of {characteristics}; {chosen} is not one of them.</source>
        <translation>تُحدَّد مجموعة المجني عليهم بإحدى هذه الصفات: {characteristics}؛ و{chosen} ليست منها.</translation>
    </message>
    <message>
        <source>A whole number is too large to be hashed or signed exactly (RFC 8785 allows up to 2^53 - 1), so it was refused and nothing was saved. If you typed it, store it as text; if it came in a file or package, ask its sender to check that file.</source>
        <translation>عدد صحيح أكبر من أن تُحسب بصمته أو يُوقَّع بدقة (يسمح RFC 8785 حتى 2^53 - 1)، فرُفض ولم يُحفظ شيء. إن كنت كتبته فاحفظه نصاً؛ وإن جاء في ملف أو حزمة فاطلب من مرسِله فحص ذلك الملف.</translation>
    </message>
    <message>
        <source>A {kind} section belongs to the case, not to a charge or element; leave out the charge and element.</source>
        <translation>القسم من النوع {kind} يخص القضية، لا تهمة ولا ركناً؛ لا تذكر التهمة والركن.</translation>
    </message>
    <message>
        <source>A {kind} section needs the charge it argues.</source>
        <translation>القسم من النوع {kind} يحتاج إلى التهمة التي يحتج لها.</translation>
    </message>
    <message>
        <source>Administrative areas are counted as recorded (spelling differences are not merged). Coordinates are plotted as recorded (a point each; their stated precision is not drawn); an incident without an administrative area or without coordinates is counted as lacking it.</source>
        <translation>تُعدّ المناطق الإدارية كما سُجِّلت (لا تُدمج الفروق في الكتابة). تُرسم الإحداثيات كما سُجِّلت (نقطة لكل منها؛ لا تُرسم دقتها المذكورة)؛ والحادثة بلا منطقة إدارية أو بلا إحداثيات تُعدّ ناقصة فيها.</translation>
    </message>
    <message>
        <source>An attachment from the package could not be stored ({strerror}); nothing was imported.</source>
        <translation>تعذّر حفظ مرفق من الحزمة ({strerror})؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>An audit entry in the package does not match its own hash: the sender&apos;s audit history was altered ({where}). Nothing was imported.</source>
        <translation>قيد تدقيق في الحزمة لا يطابق بصمته: عُدِّل تاريخ التدقيق لدى المرسِل ({where}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>An element_argument needs the element it argues, such as 7(1)(g)-1/1.</source>
        <translation>يحتاج النوع element_argument إلى الركن الذي يحتج له، مثل 7(1)(g)-1/1.</translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation>يحتاج الدليل إلى عنوان.</translation>
    </message>
    <message>
        <source>An export that stopped half-way left {path}, and Casebook could not remove it ({reason}). It may hold decrypted case files: delete it yourself.</source>
        <translation>تصدير توقف في منتصفه ترك ‎{path}‎، وتعذّر على Casebook حذفه ({reason}). قد يحتوي ملفات قضايا مفكوكة التشفير: احذفه بنفسك.</translation>
    </message>
    <message>
        <source>An identity with this signing key is already stored here for a different user or age key. Someone may be impersonating a colleague; do not use this identity, and compare fingerprints with your colleague.</source>
        <translation>هوية لها مفتاح التوقيع هذا محفوظة هنا لمستخدم آخر أو لمفتاح age آخر. قد يكون أحد ينتحل صفة زميل؛ لا تستخدم هذه الهوية، وقارن البصمات مع زميلك.</translation>
    </message>
    <message>
        <source>An incident needs a short title.</source>
        <translation>تحتاج الحادثة إلى عنوان قصير.</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>As a {role} you can set the status to {allowed}; the other statuses are the supervisor&apos;s.</source>
        <translation>بصفتك {role} يمكنك جعل الوضع {allowed}؛ أما الأوضاع الأخرى فللمشرف.</translation>
    </message>
    <message>
        <source>Audit entries cannot be deleted.</source>
        <translation>لا يمكن حذف قيود التدقيق.</translation>
    </message>
    <message>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>Canonical JSON form {form} is not one Casebook knows.</source>
        <translation>صيغة JSON القانونية {form} ليست صيغة يعرفها Casebook.</translation>
    </message>
    <message>
        <source>Case {reference} has no charge with the id &apos;{key}&apos;. `casebook charge list` shows the charges.</source>
        <translation>ليس في القضية {reference} تهمة معرِّفها &apos;{key}&apos;. يعرض الأمر ‎`casebook charge list`‎ التهم.</translation>
    </message>
    <message>
        <source>Case {reference} has no charges yet. Add a charge (crime and alleged perpetrators) before exporting a complaint.</source>
        <translation>ليس في القضية {reference} تهم بعد. أضف تهمة (الجريمة والجناة المزعومون) قبل تصدير شكوى.</translation>
    </message>
    <message>
        <source>Case {reference} has no tag with the id &apos;{tag_id}&apos;; it may have been removed.</source>
        <translation>ليس في القضية {reference} وسم معرِّفه &apos;{tag_id}&apos;؛ ربما حُذف.</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); filing edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>القضية {reference}: التهم {charges}، الحوادث {incidents}، الإفادات {statements}، الأدلة {exhibits}؛ صيغة الإيداع إلى {addressee} (يجب أن تذكر الموافقة {jurisdiction}).</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); internal edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>القضية {reference}: التهم {charges}، الحوادث {incidents}، الإفادات {statements}، الأدلة {exhibits}؛ صيغة داخلية إلى {addressee} (يجب أن تذكر الموافقة {jurisdiction}).</translation>
    </message>
    <message>
        <source>Casebook cannot write in its data folder ({reason}); an export needs it to clean up after an interruption. Check that folder&apos;s permissions, or set {environment} to a folder you can write to.</source>
        <translation>لا يستطيع Casebook الكتابة في مجلد بياناته ({reason})؛ والتصدير يحتاج إليه للتنظيف بعد أي انقطاع. افحص أذونات ذلك المجلد، أو اجعل {environment} مجلداً يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>Casebook cannot write in the folder {parent} ({reason}). A casebook can only be used from a folder you may write to: copy the folder to such a place (not a read-only drive or share), or check its permissions.</source>
        <translation>لا يستطيع Casebook الكتابة في المجلد ‎{parent}‎ ({reason}). لا يُستخدم سجل القضايا إلا من مجلد يُسمح لك بالكتابة فيه: انسخ المجلد إلى مكان كهذا (لا إلى قرص أو مشاركة للقراءة فقط)، أو افحص أذوناته.</translation>
    </message>
    <message>
        <source>Casebook is not allowed to read {name}. Check its permissions.</source>
        <translation>لا يُسمح لـ Casebook بقراءة {name}. افحص أذوناته.</translation>
    </message>
    <message>
        <source>Casebook&apos;s taxonomy has no national law for &apos;{code}&apos;. Covered: {jurisdictions}.</source>
        <translation>ليس في تصنيف Casebook قانون وطني لـ &apos;{code}&apos;. المشمول: {jurisdictions}.</translation>
    </message>
    <message>
        <source>Choose a folder outside the casebook for the bundle: it holds decrypted files, which must not sit beside the encrypted casebook.</source>
        <translation>اختر لملف الشكوى مجلداً خارج سجل القضايا: فهو يحتوي ملفات مفكوكة التشفير، ولا يجوز أن تكون بجوار سجل القضايا المشفَّر.</translation>
    </message>
    <message>
        <source>Choose a person of this case.</source>
        <translation>اختر شخصاً من هذه القضية.</translation>
    </message>
    <message>
        <source>Choose at least one charge to export, or &apos;all&apos;.</source>
        <translation>اختر تهمة واحدة على الأقل للتصدير، أو &apos;all&apos;.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>اختر واحداً من: {choices}.</translation>
    </message>
    <message>
        <source>Consent is recorded as one of: {consent_recording}.</source>
        <translation>تُسجَّل الموافقة بإحدى هذه الطرق: {consent_recording}.</translation>
    </message>
    <message>
        <source>Counts incidents on which a crime is tagged (supporting material on the incident, or on a statement or exhibit linked to it; contradicting material and tags awaiting review after a taxonomy update do not count) or charged (a charge resting on the incident). An incident may count under several crimes.</source>
        <translation>تُعدّ الحوادث التي وُسمت عليها جريمة (مواد داعمة على الحادثة، أو على إفادة أو دليل مرتبط بها؛ ولا تُعدّ المواد المناقضة ولا الوسوم التي تنتظر المراجعة بعد تحديث التصنيف) أو وُجِّهت فيها تهمة (تهمة تستند إلى الحادثة). قد تُعدّ الحادثة تحت عدة جرائم.</translation>
    </message>
    <message>
        <source>Counts incidents to which an alleged perpetrator recorded with this unit is linked, directly or as charged in a charge resting on the incident; an incident may count under several units. Incidents with no alleged perpetrator whose unit is recorded are lacking.</source>
        <translation>تُعدّ الحوادث المرتبط بها جانٍ مزعوم مسجَّل في هذه الوحدة، مباشرة أو بصفته متهماً في تهمة تستند إلى الحادثة؛ قد تُعدّ الحادثة تحت عدة وحدات. والحوادث التي ليس فيها جانٍ مزعوم مسجَّلة وحدته تُعدّ ناقصة.</translation>
    </message>
    <message>
        <source>Counts persons recorded in the casebook with the role victim or survivor and linked to an incident counted here; a person linked to several incidents counts once. Victims reported in statements but not recorded as persons are not counted. A person with no value recorded for the characteristic is counted as lacking it.</source>
        <translation>يُعدّ الأشخاص المسجَّلون في سجل القضايا بدور مجني عليه أو ناجٍ والمرتبطون بحادثة معدودة هنا؛ والشخص المرتبط بعدة حوادث يُعدّ مرة واحدة. لا يُعدّ المجني عليهم المذكورون في الإفادات إن لم يُسجَّلوا أشخاصاً. والشخص الذي لم تُسجَّل له قيمة لهذه الصفة يُعدّ ناقصاً فيها.</translation>
    </message>
    <message>
        <source>Crime {crime} has no elements in the Elements of Crimes yet, so it cannot be charged and analysed element by element. Choose another crime.</source>
        <translation>ليس للجريمة ‎{crime}‎ أركان في أركان الجرائم بعد، فلا يمكن توجيه تهمة بها ولا تحليلها ركناً ركناً. اختر جريمة أخرى.</translation>
    </message>
    <message>
        <source>Custody actions are: {custody_actions}.</source>
        <translation>إجراءات العهدة هي: {custody_actions}.</translation>
    </message>
    <message>
        <source>Custody and review events are signed and never replace one another; the incoming event stays on record in this conflict. Resolve it with --keep local.</source>
        <translation>أحداث العهدة والمراجعة موقَّعة ولا يحل أحدها محل الآخر؛ يبقى الحدث الوارد مسجَّلاً في هذا التعارض. احسمه بـ ‎--keep‎ local.</translation>
    </message>
    <message>
        <source>Custody events are signed by the person acting, and this user has no signing key in this casebook.</source>
        <translation>أحداث العهدة يوقِّعها الشخص القائم بالإجراء، وليس لهذا المستخدم مفتاح توقيع في سجل القضايا هذا.</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>Documents can be exported in {languages}; {language} is not one of them.</source>
        <translation>يمكن تصدير المستندات بهذه اللغات: {languages}؛ و{language} ليست منها.</translation>
    </message>
    <message>
        <source>Each incident&apos;s date is taken as the span of days it can mean: an exact date is one day, a month or a year is the whole month or year, a range runs from the first day its start can mean to the last day its end can mean, and an approximate date is widened by {margin} days on each side. A month counts an incident as certain only when its whole span lies in that month; an incident whose span reaches beyond the month is counted as possible in every month it touches, so possible counts overlap and must not be added up. Incidents without a date, with an open-ended range or with a date that is not a calendar date are counted as lacking a date.</source>
        <translation>يُؤخذ تاريخ كل حادثة على أنه مدى الأيام التي قد يعنيها: التاريخ الدقيق يوم واحد، والشهر أو السنة هو الشهر كله أو السنة كلها، والنطاق يمتد من أول يوم قد تعنيه بدايته إلى آخر يوم قد تعنيه نهايته، والتاريخ التقريبي يُوسَّع {margin} يوماً من كل جانب. لا يعدّ الشهرُ الحادثةَ مؤكدة إلا إذا وقع مداها كله فيه؛ والحادثة التي يتجاوز مداها الشهر تُعدّ محتملة في كل شهر تمسه، فالأعداد المحتملة تتداخل ولا يجوز جمعها. والحوادث بلا تاريخ، أو بنطاق مفتوح النهاية، أو بتاريخ ليس تاريخاً صحيحاً في التقويم، تُعدّ ناقصة التاريخ.</translation>
    </message>
    <message>
        <source>Encrypting the bundle to the recipient</source>
        <translation>تشفير ملف الشكوى للمستلِم</translation>
    </message>
    <message>
        <source>Evidence {title} did not come out of the vault as it went in; the bundle was not written. Run `casebook verify` on the casebook.</source>
        <translation>لم يخرج الدليل {title} من الخزنة كما دخلها؛ لم يُكتب ملف الشكوى. شغِّل ‎`casebook verify`‎ على سجل القضايا.</translation>
    </message>
    <message>
        <source>Evidence {title} has no stored file (a physical item?).</source>
        <translation>ليس للدليل {title} ملف مخزَّن (دليل مادي؟).</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>Give a language code such as lo, my, th or en.</source>
        <translation>أعطِ رمز لغة مثل lo أو my أو th أو en.</translation>
    </message>
    <message>
        <source>Give a list of sections: {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}.</source>
        <translation>أعطِ قائمة أقسام: {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}.</translation>
    </message>
    <message>
        <source>Give a number between {low} and {high}.</source>
        <translation>أعطِ رقماً بين {low} و{high}.</translation>
    </message>
    <message>
        <source>Give a status, a comment, or both.</source>
        <translation>أعطِ وضعاً أو تعليقاً أو كليهما.</translation>
    </message>
    <message>
        <source>Give at least one role from: {person_roles}.</source>
        <translation>أعطِ دوراً واحداً على الأقل من: {person_roles}.</translation>
    </message>
    <message>
        <source>Give both grades (source reliability A-F and information credibility 1-6) or neither: a tag is graded on both scales, or not graded.</source>
        <translation>أعطِ الدرجتين معاً (موثوقية المصدر A-F ومصداقية المعلومات 1-6) أو لا تعطِ أياً منهما: يُقيَّم الوسم على المقياسين، أو لا يُقيَّم.</translation>
    </message>
    <message>
        <source>Give the national provision as JURISDICTION:PROVISION-ID, such as DE:§7(1)(nr4).</source>
        <translation>أعطِ النص القانوني الوطني بالشكل JURISDICTION:PROVISION-ID، مثل DE:§7(1)(nr4).</translation>
    </message>
    <message>
        <source>Give the whole fingerprint (32 hexadecimal digits) you compared with your colleague, so a look-alike identity cannot be verified by mistake.</source>
        <translation>أعطِ البصمة كاملة (32 رقماً ست عشرياً) التي قارنتها مع زميلك، حتى لا يُتحقَّق من هوية مشابهة خطأً.</translation>
    </message>
    <message>
        <source>Grades are admiralty codes: a letter for source reliability (A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged) and a digit for information credibility (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged).</source>
        <translation>الدرجات رموز الأميرالية: حرف لموثوقية المصدر (A موثوق تماماً، B موثوق عادةً، C موثوق إلى حد ما، D غير موثوق عادةً، E غير موثوق، F لا يمكن الحكم) ورقم لمصداقية المعلومات (1 مؤكدة، 2 صحيحة على الأرجح، 3 قد تكون صحيحة، 4 مشكوك فيها، 5 مستبعدة، 6 لا يمكن الحكم).</translation>
    </message>
    <message>
        <source>Identities can only leave the casebook in a sealed annex encrypted to the recipient. Give the recipient&apos;s age public key (age1…) as well.</source>
        <translation>لا تخرج الهويات من سجل القضايا إلا في ملحق مختوم مشفَّر للمستلِم. أعطِ أيضاً مفتاح age العام للمستلِم (age1…).</translation>
    </message>
    <message>
        <source>In recipients.json the name {alias} stands for both {code} and {other}; a name must name one recipient. Restore the file.</source>
        <translation>في recipients.json الاسم {alias} يدل على {code} وعلى {other} معاً؛ يجب أن يدل الاسم على مستلِم واحد. استعد الملف.</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>الحوادث حسب المنطقة الإدارية</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>الحوادث حسب وحدة الجاني المزعوم</translation>
    </message>
    <message>
        <source>Incidents by crime tagged or charged</source>
        <translation>الحوادث حسب الجريمة الموسومة أو المتهم بها</translation>
    </message>
    <message>
        <source>Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged).</source>
        <translation>مصداقية المعلومات رقم من 1 (مؤكدة) إلى 6 (لا يمكن الحكم).</translation>
    </message>
    <message>
        <source>Intake was cancelled; nothing was added for that file.</source>
        <translation>أُلغي الإدخال؛ لم يُضف شيء لذلك الملف.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>Left out or changed:</source>
        <translation>ما استُبعد أو غُيِّر:</translation>
    </message>
    <message>
        <source>Link the exhibit to incident &apos;{incident}&apos;</source>
        <translation>اربط الدليل بالحادثة &apos;{incident}&apos;</translation>
    </message>
    <message>
        <source>Link the statement to incident &apos;{incident}&apos;</source>
        <translation>اربط الإفادة بالحادثة &apos;{incident}&apos;</translation>
    </message>
    <message>
        <source>Making the casebook in {folder} was stopped before it finished (or is still under way in another window), so it holds no records and cannot be opened. Create the casebook again in this same folder (`casebook init` or New casebook); the unfinished files are replaced.</source>
        <translation>توقف إنشاء سجل القضايا في ‎{folder}‎ قبل أن يكتمل (أو ما زال جارياً في نافذة أخرى)، فهو لا يحتوي أي سجلات ولا يمكن فتحه. أنشئ سجل القضايا من جديد في المجلد نفسه (‎`casebook init`‎ أو سجل قضايا جديد)؛ وستُستبدل الملفات غير المكتملة.</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>More than one charge of case {reference} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>لأكثر من تهمة في القضية {reference} معرِّف يبدأ بـ &apos;{key}&apos;. أعطِ جزءاً أطول من المعرِّف.</translation>
    </message>
    <message>
        <source>More than one {what} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>لأكثر من {what} معرِّف يبدأ بـ &apos;{key}&apos;. أعطِ جزءاً أطول من المعرِّف.</translation>
    </message>
    <message>
        <source>Name at least one recipient by fingerprint (--to).</source>
        <translation>سمِّ مستلِماً واحداً على الأقل ببصمته (‎--to‎).</translation>
    </message>
    <message>
        <source>Name exactly one thing to tag: a passage (segment), an evidence item or an incident.</source>
        <translation>سمِّ شيئاً واحداً بالضبط لوسمه: مقطعاً (segment) أو دليلاً أو حادثة.</translation>
    </message>
    <message>
        <source>No case has the reference {reference}. `casebook case list` shows the cases.</source>
        <translation>لا قضية مرجعها {reference}. يعرض الأمر ‎`casebook case list`‎ القضايا.</translation>
    </message>
    <message>
        <source>No conflict has this id. `casebook conflicts PATH` lists them.</source>
        <translation>لا تعارض بهذا المعرِّف. يعرضها الأمر ‎`casebook conflicts PATH`‎.</translation>
    </message>
    <message>
        <source>No font for {script} script was found. Install the {family} font (Debian: {package}) or put a font file in a folder named in CASEBOOK_FONT_DIRS.</source>
        <translation>لم يُعثر على خط للكتابة {script}. ثبِّت الخط {family} (في Debian: {package}) أو ضع ملف خط في مجلد مذكور في CASEBOOK_FONT_DIRS.</translation>
    </message>
    <message>
        <source>No nonce could be added to the time-stamp request. Try again.</source>
        <translation>تعذّرت إضافة nonce إلى طلب الختم الزمني. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No person in this case has the pseudonym {pseudonym}; check the list of identities to seal.</source>
        <translation>لا شخص في هذه القضية اسمه المستعار {pseudonym}؛ افحص قائمة الهويات المراد ختمها.</translation>
    </message>
    <message>
        <source>No person of case {reference} has the id &apos;{person_id}&apos;. Choose an alleged perpetrator of this case.</source>
        <translation>لا شخص في القضية {reference} معرِّفه &apos;{person_id}&apos;. اختر جانياً مزعوماً من هذه القضية.</translation>
    </message>
    <message>
        <source>No person of case {reference} has the pseudonym &apos;{key}&apos;. Add the person with the role alleged_perpetrator first, or check the pseudonym.</source>
        <translation>لا شخص في القضية {reference} اسمه المستعار &apos;{key}&apos;. أضف الشخص بالدور alleged_perpetrator أولاً، أو افحص الاسم المستعار.</translation>
    </message>
    <message>
        <source>No person of this evidence item&apos;s case has the pseudonym {pseudonym}.</source>
        <translation>لا شخص في قضية هذا الدليل اسمه المستعار {pseudonym}.</translation>
    </message>
    <message>
        <source>No provision of {code} law maps onto crime {crime}. Leave the national provision out, or choose another crime.</source>
        <translation>لا نص في قانون {code} يقابل الجريمة ‎{crime}‎. اترك النص القانوني الوطني، أو اختر جريمة أخرى.</translation>
    </message>
    <message>
        <source>No record of this case has that id. `casebook review PATH --case R` lists the case&apos;s records under review.</source>
        <translation>لا سجل في هذه القضية بهذا المعرِّف. يعرض الأمر ‎`casebook review PATH ‎--case‎ R`‎ سجلات القضية قيد المراجعة.</translation>
    </message>
    <message>
        <source>No stored identity has this fingerprint. Import your colleague&apos;s identity first with `casebook identity import`.</source>
        <translation>لا هوية محفوظة بهذه البصمة. استورد هوية زميلك أولاً بالأمر ‎`casebook identity import`‎.</translation>
    </message>
    <message>
        <source>No supervisor key slot matches. `casebook supervisor-slot list PATH` shows them.</source>
        <translation>لا تطابق أي خانة مفتاح للمشرف. يعرضها الأمر ‎`casebook supervisor-slot list PATH`‎.</translation>
    </message>
    <message>
        <source>No user is acting in this casebook; open it again.</source>
        <translation>لا مستخدم يعمل في سجل القضايا هذا؛ افتحه من جديد.</translation>
    </message>
    <message>
        <source>No user with a signing key is acting in this casebook, so it cannot exchange packages. Open it with its passphrase.</source>
        <translation>لا مستخدم له مفتاح توقيع يعمل في سجل القضايا هذا، فلا يمكنه تبادل الحزم. افتحه بعبارة مروره.</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>لم يُستبعد شيء.</translation>
    </message>
    <message>
        <source>Nothing was imported; correct these entries and import again:
  {entries}</source>
        <translation>لم يُستورد شيء؛ صحِّح هذه القيود واستورد من جديد:
  {entries}</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>Only an exhibit or an incident withheld for someone&apos;s consent can be included anyway; a statement goes out only as its witness consented.</source>
        <translation>لا يمكن إدراج إلا دليل أو حادثة محجوبة بسبب موافقة شخص ما رغم ذلك؛ أما الإفادة فلا تخرج إلا كما وافق شاهدها.</translation>
    </message>
    <message>
        <source>Only your own identity can be exported from this casebook.</source>
        <translation>لا يمكن تصدير إلا هويتك أنت من سجل القضايا هذا.</translation>
    </message>
    <message>
        <source>Only {linkable} can be linked to an incident.</source>
        <translation>لا يمكن ربط إلا {linkable} بحادثة.</translation>
    </message>
    <message>
        <source>Packing the bundle into a zip file</source>
        <translation>حزم ملف الشكوى في ملف zip</translation>
    </message>
    <message>
        <source>Page {page} of exhibit {number} has no place in the complaint; export again, and report this if it happens twice.</source>
        <translation>ليس للصفحة {page} من الدليل {number} مكان في الشكوى؛ صدِّر من جديد، وأبلغ عن ذلك إن تكرر.</translation>
    </message>
    <message>
        <source>Pattern: {title} (1 incident)</source>
        <translation>النمط: {title} (حادثة واحدة)</translation>
    </message>
    <message>
        <source>Pattern: {title} ({count} incidents)</source>
        <translation>النمط: {title} ({count} حادثة)</translation>
    </message>
    <message>
        <source>Reading or storing the file failed ({reason}); nothing was added.</source>
        <translation>فشلت قراءة الملف أو حفظه ({reason})؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Recording the export in the chain of custody</source>
        <translation>تسجيل التصدير في سلسلة العهدة</translation>
    </message>
    <message>
        <source>Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder); `casebook verify` lists the damaged places.</source>
        <translation>استعد casebook.db من نسخة احتياطية للمجلد (قد تكون هناك نسخة تلقائية في مجلده backups/)؛ يعرض ‎`casebook verify`‎ المواضع التالفة.</translation>
    </message>
    <message>
        <source>Review actions are signed, and no user with a key is acting here.</source>
        <translation>إجراءات المراجعة موقَّعة، ولا مستخدم له مفتاح يعمل هنا.</translation>
    </message>
    <message>
        <source>Say which version to keep: local or incoming.</source>
        <translation>قل أي إصدار تُبقي: local (المحلي) أو incoming (الوارد).</translation>
    </message>
    <message>
        <source>Sealing the identity annex</source>
        <translation>ختم ملحق الهويات</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>Several identities start with these digits; give more of them.</source>
        <translation>عدة هويات تبدأ بهذه الأرقام؛ أعطِ أرقاماً أكثر.</translation>
    </message>
    <message>
        <source>Source reliability is a letter from A (completely reliable) to F (cannot be judged).</source>
        <translation>موثوقية المصدر حرف من A (موثوق تماماً) إلى F (لا يمكن الحكم).</translation>
    </message>
    <message>
        <source>That {kind} is not part of this incident&apos;s case.</source>
        <translation>هذا الـ {kind} ليس من قضية هذه الحادثة.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof but not the media file it is for. Share the photo or video again from ProofMode with its proof.</source>
        <translation>حزمة ProofMode {name} فيها إثبات لكن ليس فيها ملف الوسائط الذي يخصه. شارك الصورة أو الفيديو من ProofMode من جديد مع إثباته.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof file that is not JSON ProofMode writes; it may be damaged. Ask for it to be shared again from ProofMode.</source>
        <translation>في حزمة ProofMode {name} ملف إثبات ليس بصيغة JSON التي يكتبها ProofMode؛ ربما هو تالف. اطلب مشاركتها من جديد من ProofMode.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} holds the proofs of {count} media files; Casebook takes a bundle of one. Share each photo or video from ProofMode on its own, then add each bundle.</source>
        <translation>حزمة ProofMode {name} تحتوي إثباتات {count} ملف وسائط؛ ولا يقبل Casebook إلا حزمة لملف واحد. شارك كل صورة أو فيديو من ProofMode وحده، ثم أضف كل حزمة.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} is damaged (a file in it cannot be read in full); nothing was added. Ask for it to be shared again from ProofMode.</source>
        <translation>حزمة ProofMode {name} تالفة (ملف فيها لا يمكن قراءته كاملاً)؛ لم يُضف شيء. اطلب مشاركتها من جديد من ProofMode.</translation>
    </message>
    <message>
        <source>The Rome Statute taxonomy could not be loaded ({where}): {problem}. Reinstall Casebook to restore its taxonomy files.</source>
        <translation>تعذّر تحميل تصنيف نظام روما الأساسي ({where}): {problem}. أعد تثبيت Casebook لاستعادة ملفات التصنيف.</translation>
    </message>
    <message>
        <source>The TSA address holds a user name or password. Casebook keeps the address with each time-stamp, so give one without them (a TSA that needs no login).</source>
        <translation>عنوان TSA يحتوي اسم مستخدم أو كلمة مرور. يحفظ Casebook العنوان مع كل ختم زمني، فأعطِ عنواناً بدونهما (TSA لا تحتاج إلى تسجيل دخول).</translation>
    </message>
    <message>
        <source>The age identity does not open this casebook: none of its supervisor key slots was made for it. Check that you chose your own identity file, or open the casebook with its passphrase.</source>
        <translation>هوية age لا تفتح سجل القضايا هذا: لم تُنشأ لها أي خانة من خانات مفاتيح المشرف. تأكد أنك اخترت ملف هويتك أنت، أو افتح سجل القضايا بعبارة مروره.</translation>
    </message>
    <message>
        <source>The age identity file holds no usable key (a line starting AGE-SECRET-KEY-1). Choose the identity file you exported from your own casebook.</source>
        <translation>ملف هوية age لا يحتوي مفتاحاً صالحاً (سطراً يبدأ بـ AGE-SECRET-KEY-1). اختر ملف الهوية الذي صدَّرته من سجل قضاياك أنت.</translation>
    </message>
    <message>
        <source>The age recipient is not valid. It is a public key starting with &apos;age1&apos;; ask the recipient for it again.</source>
        <translation>مستلِم age غير صالح. هو مفتاح عام يبدأ بـ &apos;age1&apos;؛ اطلبه من المستلِم مرة أخرى.</translation>
    </message>
    <message>
        <source>The audit chain is empty, so there is nothing to time-stamp yet.</source>
        <translation>سلسلة التدقيق فارغة، فلا شيء يُختم زمنياً بعد.</translation>
    </message>
    <message>
        <source>The audit history in the package does not end where its signed manifest says. Nothing was imported; ask the sender for a new package.</source>
        <translation>تاريخ التدقيق في الحزمة لا ينتهي حيث يقول بيانها الموقَّع. لم يُستورد شيء؛ اطلب من المرسِل حزمة جديدة.</translation>
    </message>
    <message>
        <source>The backup could not be written to {parent} ({reason}); the previous backup there, if any, is unchanged.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في ‎{parent}‎ ({reason})؛ النسخة الاحتياطية السابقة هناك، إن وُجدت، لم تتغير.</translation>
    </message>
    <message>
        <source>The backup was cancelled and what it had written was removed; the previous backup, if any, is unchanged.</source>
        <translation>أُلغيت النسخة الاحتياطية وحُذف ما كُتب منها؛ النسخة الاحتياطية السابقة، إن وُجدت، لم تتغير.</translation>
    </message>
    <message>
        <source>The backup was not made: the copy of the database did not check out ({problems}). Run `casebook verify` on the casebook.</source>
        <translation>لم تُنشأ النسخة الاحتياطية: نسخة قاعدة البيانات لم تجتز الفحص ({problems}). شغِّل ‎`casebook verify`‎ على سجل القضايا.</translation>
    </message>
    <message>
        <source>The backup was not made: {problem} The casebook itself may be damaged; run `casebook verify` on it.</source>
        <translation>لم تُنشأ النسخة الاحتياطية: {problem} قد يكون سجل القضايا نفسه تالفاً؛ شغِّل ‎`casebook verify`‎ عليه.</translation>
    </message>
    <message>
        <source>The bundle is signed with the exporting user&apos;s key, and this user has none in this casebook. Open the casebook as the user who exports.</source>
        <translation>ملف الشكوى يُوقَّع بمفتاح المستخدم الذي يصدِّره، وليس لهذا المستخدم مفتاح في سجل القضايا هذا. افتح سجل القضايا بصفة المستخدم الذي يصدِّر.</translation>
    </message>
    <message>
        <source>The casebook&apos;s database cannot be read: the file is damaged, or it does not belong to this key-slot file. {hint}</source>
        <translation>تتعذّر قراءة قاعدة بيانات سجل القضايا: الملف تالف، أو لا يخص ملف خانات المفاتيح هذا. {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database file is empty or holds none of this casebook&apos;s records, so it was not opened. Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder).</source>
        <translation>ملف قاعدة بيانات سجل القضايا فارغ أو لا يحتوي أياً من سجلات سجل القضايا هذا، فلم يُفتح. استعد casebook.db من نسخة احتياطية للمجلد (قد تكون هناك نسخة تلقائية في مجلده backups/).</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged ({pages}). {hint}</source>
        <translation>قاعدة بيانات سجل القضايا تالفة ({pages}). {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged. {hint}</source>
        <translation>قاعدة بيانات سجل القضايا تالفة. {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of the package ({kind}); nothing was imported. Ask the sender to make the package again with this version of Casebook.</source>
        <translation>رفضت قاعدة بيانات سجل القضايا سجلاً من الحزمة ({kind})؛ لم يُستورد شيء. اطلب من المرسِل أن يعدّ الحزمة من جديد بهذا الإصدار من Casebook.</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of this file ({kind}); nothing was imported. Check the file against the interchange format, or report this with the file&apos;s format version.</source>
        <translation>رفضت قاعدة بيانات سجل القضايا سجلاً من هذا الملف ({kind})؛ لم يُستورد شيء. افحص الملف وفق صيغة التبادل، أو أبلغ عن ذلك مع إصدار صيغة الملف.</translation>
    </message>
    <message>
        <source>The charge is not one of case {reference}.</source>
        <translation>التهمة ليست من تهم القضية {reference}.</translation>
    </message>
    <message>
        <source>The complaint has no creation date; export again.</source>
        <translation>ليس للشكوى تاريخ إنشاء؛ صدِّر من جديد.</translation>
    </message>
    <message>
        <source>The content of {label} has {total} bytes, but {size} were recorded.</source>
        <translation>محتوى {label} حجمه {total} بايت، لكن سُجِّل {size}.</translation>
    </message>
    <message>
        <source>The content of {label} no longer matches the SHA-256 recorded at intake.</source>
        <translation>محتوى {label} لم يعد يطابق قيمة SHA-256 المسجَّلة عند الإدخال.</translation>
    </message>
    <message>
        <source>The database in this folder belongs to a different casebook than its key-slot file. Files from two casebooks have been mixed; restore the folder from a backup.</source>
        <translation>قاعدة البيانات في هذا المجلد تخص سجل قضايا غير الذي يخصه ملف خانات المفاتيح. اختلطت ملفات سجلَّي قضايا؛ استعد المجلد من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The date has a day that this month does not have.</source>
        <translation>في التاريخ يوم لا يوجد في هذا الشهر.</translation>
    </message>
    <message>
        <source>The date has a month that does not exist (months are 01 to 12).</source>
        <translation>في التاريخ شهر غير موجود (الأشهر من 01 إلى 12).</translation>
    </message>
    <message>
        <source>The date has a time of day that does not exist (hours 00-23, minutes 00-59).</source>
        <translation>في التاريخ وقت غير موجود (الساعات 00-23، الدقائق 00-59).</translation>
    </message>
    <message>
        <source>The date has the year 0000, which no calendar has.</source>
        <translation>في التاريخ السنة 0000، ولا توجد في أي تقويم.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the backup was not made; the previous backup there, if any, is unchanged. Free some space or choose another disk.</source>
        <translation>القرص الذي يحمل ‎{folder}‎ ممتلئ، فلم تُنشأ النسخة الاحتياطية؛ النسخة الاحتياطية السابقة هناك، إن وُجدت، لم تتغير. أفرغ بعض المساحة أو اختر قرصاً آخر.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved from this step. Free some space and try again; the casebook is unchanged.</source>
        <translation>القرص ممتلئ، فلم يُحفظ شيء من هذه الخطوة. أفرغ بعض المساحة وحاول مرة أخرى؛ سجل القضايا لم يتغير.</translation>
    </message>
    <message>
        <source>The disk that holds the casebook {folder} is full, so its database could not be read or written and nothing was saved from this step. This is not damage: free some space on that disk and try again. Do not restore the casebook from a backup, which would lose your recent work.</source>
        <translation>القرص الذي يحمل سجل القضايا ‎{folder}‎ ممتلئ، فتعذّرت قراءة قاعدة بياناته أو الكتابة فيها ولم يُحفظ شيء من هذه الخطوة. هذا ليس تلفاً: أفرغ بعض المساحة على ذلك القرص وحاول مرة أخرى. لا تستعد سجل القضايا من نسخة احتياطية، فستفقد عملك الأخير.</translation>
    </message>
    <message>
        <source>The document holds fields other than &quot;sections&quot;; put each section in the &quot;sections&quot; list.</source>
        <translation>في المستند حقول غير &quot;sections&quot;؛ ضع كل قسم في القائمة &quot;sections&quot;.</translation>
    </message>
    <message>
        <source>The edition for addressee {key} is written in {names}, not in {language}; choose {names} as the language of the document.</source>
        <translation>صيغة الجهة المرسَل إليها {key} تُكتب بـ {names}، لا بـ {language}؛ اختر {names} لغةً للمستند.</translation>
    </message>
    <message>
        <source>The edition must be &apos;filing&apos; or &apos;internal&apos;, not {edition}.</source>
        <translation>يجب أن تكون الصيغة &apos;filing&apos; أو &apos;internal&apos;، لا {edition}.</translation>
    </message>
    <message>
        <source>The element &apos;{shown}&apos; is not an element of this charge ({crime_id}). Its elements are: {allowed}.</source>
        <translation>&apos;‎{shown}‎&apos; ليس ركناً من أركان هذه التهمة (‎{crime_id}‎). أركانها: {allowed}.</translation>
    </message>
    <message>
        <source>The entry {name} does not match its hash in the signed manifest: the package was altered after it was signed. Nothing was imported.</source>
        <translation>القيد {name} لا يطابق بصمته في البيان الموقَّع: عُدِّلت الحزمة بعد توقيعها. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The entry {name} is not the one (or not the size) its signed manifest lists at this place; the package was refused and nothing was imported.</source>
        <translation>القيد {name} ليس القيد (أو ليس بالحجم) الذي يذكره البيان الموقَّع في هذا الموضع؛ رُفضت الحزمة ولم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The export edition {name} has no texts (&apos;strings&apos;).</source>
        <translation>ليس في صيغة التصدير {name} نصوص (&apos;strings&apos;).</translation>
    </message>
    <message>
        <source>The export edition {name} names no sections or unknown ones ({unknown}); sections are: {sections}.</source>
        <translation>صيغة التصدير {name} لا تذكر أقساماً أو تذكر أقساماً مجهولة ({unknown})؛ الأقسام هي: {sections}.</translation>
    </message>
    <message>
        <source>The export template {name} does not hold a JSON object.</source>
        <translation>قالب التصدير {name} لا يحتوي كائن JSON.</translation>
    </message>
    <message>
        <source>The export template {name} is missing from this installation; reinstall Casebook.</source>
        <translation>قالب التصدير {name} مفقود من هذا التثبيت؛ أعد تثبيت Casebook.</translation>
    </message>
    <message>
        <source>The export template {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>قالب التصدير {name} ليس JSON صالحاً (السطر {lineno})؛ استعده من تثبيت Casebook.</translation>
    </message>
    <message>
        <source>The export text {key} is missing or not a text.</source>
        <translation>نص التصدير {key} مفقود أو ليس نصاً.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written and nothing recorded.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء ولم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was imported:</source>
        <translation>لا يمكن استيراد الملف كما هو؛ لم يُستورد شيء:</translation>
    </message>
    <message>
        <source>The file does not follow the interchange format; nothing was imported:</source>
        <translation>الملف لا يتبع صيغة التبادل؛ لم يُستورد شيء:</translation>
    </message>
    <message>
        <source>The file holds a value Casebook does not read; nothing was imported:</source>
        <translation>في الملف قيمة لا يقرؤها Casebook؛ لم يُستورد شيء:</translation>
    </message>
    <message>
        <source>The file holds dates that do not exist, ranges that end before they start, or consent recipients that are not codes of Casebook&apos;s list of states and bodies; nothing was imported. Correct them and import again:</source>
        <translation>في الملف تواريخ غير موجودة، أو نطاقات تنتهي قبل أن تبدأ، أو مستلِمو موافقة ليسوا رموزاً من قائمة Casebook للدول والهيئات؛ لم يُستورد شيء. صحِّحها واستورد من جديد:</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being read (it was {before} bytes, then {after}, and {size} were read). Wait until it is completely copied or saved, then add it again.</source>
        <translation>تغيّر الملف {name} أثناء قراءته (كان {before} بايت، ثم {after}، وقُرئ {size}). انتظر حتى يكتمل نسخه أو حفظه، ثم أضفه من جديد.</translation>
    </message>
    <message>
        <source>The file {name} was not found. It may have been moved or its drive removed; check the path and try again.</source>
        <translation>لم يُعثر على الملف {name}. ربما نُقل أو أُزيل قرصه؛ افحص المسار وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the path.</source>
        <translation>الملف ‎{path}‎ غير موجود. افحص المسار.</translation>
    </message>
    <message>
        <source>The filing edition was not written, because a charge rests on law that did not apply to the charged acts or whose wording has not been checked:
{lines}
Export the internal edition to review the charges, leave these charges out of the export (choose the charges to export), or correct the incident dates if they are wrong.</source>
        <translation>لم تُكتب صيغة الإيداع، لأن تهمة تستند إلى قانون لم يكن سارياً على الأفعال المتهم بها أو لم تُتحقَّق صياغته:
{lines}
صدِّر الصيغة الداخلية لمراجعة التهم، أو استبعد هذه التهم من التصدير (اختر التهم المراد تصديرها)، أو صحِّح تواريخ الحوادث إن كانت خاطئة.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({strerror}).</source>
        <translation>تعذّر إنشاء المجلد ‎{folder}‎ ({strerror}).</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({reason}). Choose a place you can write to.</source>
        <translation>تعذّر إنشاء المجلد ‎{folder}‎ ({reason}). اختر مكاناً يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The identity of {display_name} is not verified yet. Compare its fingerprint with your colleague by phone or in person, then run `casebook identity verify`.</source>
        <translation>هوية {display_name} غير متحقَّق منها بعد. قارن بصمتها مع زميلك بالهاتف أو شخصياً، ثم شغِّل ‎`casebook identity verify`‎.</translation>
    </message>
    <message>
        <source>The incoming version cannot be written here: {reason}.</source>
        <translation>لا يمكن كتابة الإصدار الوارد هنا: {reason}.</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: it is not valid JSON. Restore it from a backup of the casebook folder.</source>
        <translation>ملف خانات المفاتيح (keyslots.json) تالف: ليس JSON صالحاً. استعده من نسخة احتياطية لمجلد سجل القضايا.</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: its checksum does not match its content. Restore it from a backup of the casebook folder.</source>
        <translation>ملف خانات المفاتيح (keyslots.json) تالف: مجموعه الاختباري لا يطابق محتواه. استعده من نسخة احتياطية لمجلد سجل القضايا.</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is missing from this casebook folder, so it cannot be opened. Restore the file from a backup of the folder.</source>
        <translation>ملف خانات المفاتيح (keyslots.json) مفقود من مجلد سجل القضايا هذا، فلا يمكن فتحه. استعد الملف من نسخة احتياطية للمجلد.</translation>
    </message>
    <message>
        <source>The key-slot file asks for key-derivation costs beyond anything Casebook writes (at most {mib} MiB of memory and {max_iterations} passes), so it was not tried: it is damaged or was tampered with. Restore keyslots.json from a backup of the casebook folder.</source>
        <translation>ملف خانات المفاتيح يطلب تكاليف لاشتقاق المفتاح تفوق كل ما يكتبه Casebook (على الأكثر {mib} MiB من الذاكرة و{max_iterations} دورة)، فلم تُجرَّب: الملف تالف أو عُبث به. استعد keyslots.json من نسخة احتياطية لمجلد سجل القضايا.</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read ({reason}). Check the folder&apos;s permissions and the disk.</source>
        <translation>تتعذّر قراءة ملف خانات المفاتيح ({reason}). افحص أذونات المجلد والقرص.</translation>
    </message>
    <message>
        <source>The key-slot file changed to another casebook&apos;s during the backup.</source>
        <translation>تغيّر ملف خانات المفاتيح إلى ملف سجل قضايا آخر أثناء النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>The key-slot file has been altered since Casebook last wrote it (a slot was added, removed or edited). The casebook was not opened. Restore keyslots.json from a backup, and treat this computer as possibly tampered with.</source>
        <translation>عُدِّل ملف خانات المفاتيح منذ آخر مرة كتبه فيها Casebook (أُضيفت خانة أو حُذفت أو عُدِّلت). لم يُفتح سجل القضايا. استعد keyslots.json من نسخة احتياطية، واعتبر أن هذا الحاسوب ربما عُبث به.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: a slot is not an object.</source>
        <translation>ملف خانات المفاتيح تالف: خانة ليست كائناً.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: it lists no usable key slots.</source>
        <translation>ملف خانات المفاتيح تالف: لا يذكر أي خانة مفتاح صالحة.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {exc}.</source>
        <translation>ملف خانات المفاتيح تالف: {exc}.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is missing.</source>
        <translation>ملف خانات المفاتيح تالف: {what} مفقود.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is not valid.</source>
        <translation>ملف خانات المفاتيح تالف: {what} غير صالح.</translation>
    </message>
    <message>
        <source>The key-slot file is not in a format this version of Casebook knows. It may come from a newer version, or be damaged.</source>
        <translation>ملف خانات المفاتيح ليس بصيغة يعرفها هذا الإصدار من Casebook. ربما جاء من إصدار أحدث، أو هو تالف.</translation>
    </message>
    <message>
        <source>The languages of the export edition {name} do not have the same texts; give every language every key.</source>
        <translation>لغات صيغة التصدير {name} ليس لها النصوص نفسها؛ أعطِ كل لغة كل المفاتيح.</translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be removed.</source>
        <translation>لا يمكن حذف آخر خانة لعبارة المرور.</translation>
    </message>
    <message>
        <source>The list {name} does not hold a JSON object; restore it.</source>
        <translation>القائمة {name} لا تحتوي كائن JSON؛ استعدها.</translation>
    </message>
    <message>
        <source>The list {name} is missing from this installation; reinstall Casebook.</source>
        <translation>القائمة {name} مفقودة من هذا التثبيت؛ أعد تثبيت Casebook.</translation>
    </message>
    <message>
        <source>The list {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>القائمة {name} ليست JSON صالحاً (السطر {lineno})؛ استعدها من تثبيت Casebook.</translation>
    </message>
    <message>
        <source>The local record changed after this conflict was found. Look at it again; to keep your current version, resolve with --keep local.</source>
        <translation>تغيّر السجل المحلي بعد اكتشاف هذا التعارض. انظر إليه مرة أخرى؛ وللإبقاء على إصدارك الحالي احسم بـ ‎--keep‎ local.</translation>
    </message>
    <message>
        <source>The local record is sealed, so it cannot take the incoming version. Make a new version of it if the incoming changes are right, then keep local.</source>
        <translation>السجل المحلي مختوم، فلا يمكنه أخذ الإصدار الوارد. أنشئ إصداراً جديداً منه إن كانت التغييرات الواردة صحيحة، ثم أبقِ المحلي.</translation>
    </message>
    <message>
        <source>The package breaks a rule of this casebook&apos;s records (a reference to a record that is not here, or a duplicate). Nothing was imported; ask the sender for a complete package (without --since-last).</source>
        <translation>تخالف الحزمة قاعدة من قواعد سجلات سجل القضايا هذا (إشارة إلى سجل ليس هنا، أو سجل مكرر). لم يُستورد شيء؛ اطلب من المرسِل حزمة كاملة (بدون ‎--since-last‎).</translation>
    </message>
    <message>
        <source>The package cannot be merged into this casebook, so nothing was imported:</source>
        <translation>لا يمكن دمج الحزمة في سجل القضايا هذا، فلم يُستورد شيء:</translation>
    </message>
    <message>
        <source>The package claims to come from a stored identity but is signed with another key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>تدّعي الحزمة أنها من هوية محفوظة لكنها موقَّعة بمفتاح آخر. قد يكون أحد ينتحل صفة زميل؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package comes from an unknown sender ({display_name}, {role}, fingerprint {fingerprint}). Import their identity and verify its fingerprint with them first, or import with --accept-unverified if you trust it. Nothing was imported.</source>
        <translation>الحزمة من مرسِل مجهول ({display_name}، {role}، البصمة {fingerprint}). استورد هويته وتحقق من بصمتها معه أولاً، أو استورد بـ ‎--accept-unverified‎ إن كنت تثق بها. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package comes from {display_name} (fingerprint {fingerprint}), whose identity is not verified here. Compare the fingerprint with them by phone or in person and run `casebook identity verify`, or import with --accept-unverified. Nothing was imported.</source>
        <translation>الحزمة من {display_name} (البصمة {fingerprint})، وهويته غير متحقَّق منها هنا. قارن البصمة معه بالهاتف أو شخصياً وشغِّل ‎`casebook identity verify`‎، أو استورد بـ ‎--accept-unverified‎. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package could not be read ({strerror}).</source>
        <translation>تعذّرت قراءة الحزمة ({strerror}).</translation>
    </message>
    <message>
        <source>The package could not be written ({strerror}); nothing was sent.</source>
        <translation>تعذّرت كتابة الحزمة ({strerror})؛ لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>The package declares an entry of {size} bytes, more than Casebook accepts ({limit} bytes); it was refused and nothing was imported.</source>
        <translation>تذكر الحزمة قيداً حجمه {size} بايت، أكثر مما يقبله Casebook ({limit} بايت)؛ رُفضت ولم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package holds an archive entry that is not a plain file (a link, folder or extended header). Casebook never writes such entries, so the package was refused; nothing was imported.</source>
        <translation>في الحزمة قيد أرشيف ليس ملفاً عادياً (رابط أو مجلد أو ترويسة موسَّعة). لا يكتب Casebook مثل هذه القيود أبداً، فرُفضت الحزمة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package holds an entry its signed manifest does not list; it was refused and nothing was imported.</source>
        <translation>في الحزمة قيد لا يذكره بيانها الموقَّع؛ رُفضت ولم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package holds an entry whose path leaves its folder ({name}). Such packages are refused as hostile; nothing was imported.</source>
        <translation>في الحزمة قيد يخرج مساره من مجلدها ({name}). تُرفض مثل هذه الحزم على أنها عدائية؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package holds changes to a case this casebook does not have. Ask the sender for a complete package (without --since-last); nothing was imported.</source>
        <translation>في الحزمة تغييرات على قضية ليست في سجل القضايا هذا. اطلب من المرسِل حزمة كاملة (بدون ‎--since-last‎)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered ({detail}). Ask the sender for a new copy; nothing was imported.</source>
        <translation>الحزمة تالفة أو ناقصة أو عُدِّلت ({detail}). اطلب من المرسِل نسخة جديدة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered. Ask the sender for a new copy; nothing was imported.</source>
        <translation>الحزمة تالفة أو ناقصة أو عُدِّلت. اطلب من المرسِل نسخة جديدة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package is signed with the key of a stored identity but names another user or age key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>الحزمة موقَّعة بمفتاح هوية محفوظة لكنها تذكر مستخدماً آخر أو مفتاح age آخر. قد يكون أحد ينتحل صفة زميل؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package names a user of this casebook with a different signing key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>تذكر الحزمة مستخدماً من سجل القضايا هذا بمفتاح توقيع مختلف. قد يكون أحد ينتحل صفة زميل؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is {size} bytes, more than Casebook accepts; it was refused and nothing was imported.</source>
        <translation>حجم بيان الحزمة {size} بايت، أكثر مما يقبله Casebook؛ رُفضت ولم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package&apos;s records are malformed, so nothing was imported. Ask the sender to make the package again with this version of Casebook:</source>
        <translation>سجلات الحزمة مشوَّهة، فلم يُستورد شيء. اطلب من المرسِل أن يعدّ الحزمة من جديد بهذا الإصدار من Casebook:</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its manifest: it was altered after it was signed, or damaged. Nothing was imported.</source>
        <translation>توقيع الحزمة لا يطابق بيانها: عُدِّلت بعد توقيعها، أو تلفت. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The package&apos;s signed manifest is malformed, so nothing was imported. It may come from a newer version of Casebook:</source>
        <translation>بيان الحزمة الموقَّع مشوَّه، فلم يُستورد شيء. ربما جاءت من إصدار أحدث من Casebook:</translation>
    </message>
    <message>
        <source>The package&apos;s {name} holds a value Casebook does not read, so nothing was imported. Ask the sender to make the package again:</source>
        <translation>في {name} الحزمة قيمة لا يقرؤها Casebook، فلم يُستورد شيء. اطلب من المرسِل أن يعدّ الحزمة من جديد:</translation>
    </message>
    <message>
        <source>The package&apos;s {name} is not valid JSON, so nothing was imported. Ask the sender to make the package again.</source>
        <translation>{name} الحزمة ليس JSON صالحاً، فلم يُستورد شيء. اطلب من المرسِل أن يعدّ الحزمة من جديد.</translation>
    </message>
    <message>
        <source>The passphrase does not open this casebook. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>عبارة المرور لا تفتح سجل القضايا هذا. افحص لغة لوحة المفاتيح وزر Caps Lock، أو استخدم مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>The pattern annex&apos;s threshold must be a whole number of at least 2 (got {k}): counts of persons from 1 to threshold - 1 are shown as &apos;&lt; threshold&apos;.</source>
        <translation>يجب أن يكون حد ملحق الأنماط عدداً صحيحاً لا يقل عن 2 (القيمة {k}): أعداد الأشخاص من 1 إلى الحد - 1 تُعرض &apos;&lt; الحد&apos;.</translation>
    </message>
    <message>
        <source>The pattern filter&apos;s {name} is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{name} في مرشِّح النمط ليس تاريخاً؛ اكتبه بالشكل YYYY-MM-DD أو YYYY-MM أو YYYY.</translation>
    </message>
    <message>
        <source>The pattern&apos;s title is longer than 300 characters; shorten it.</source>
        <translation>عنوان النمط أطول من 300 حرف؛ اختصره.</translation>
    </message>
    <message>
        <source>The print could not be written to {target} ({strerror}). Choose a folder you can write to.</source>
        <translation>تعذّرت كتابة المطبوع في ‎{target}‎ ({strerror}). اختر مجلداً يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The process that encrypts or decrypts the package stopped unexpectedly (exit status {status}). Nothing was kept; try again, and if it happens again, restart Casebook.</source>
        <translation>توقفت العملية التي تشفِّر الحزمة أو تفك تشفيرها على غير المتوقع (حالة الخروج {status}). لم يُحفظ شيء؛ حاول مرة أخرى، وإن تكرر ذلك فأعد تشغيل Casebook.</translation>
    </message>
    <message>
        <source>The pseudonym {pseudonym} arriving in the package is already used here by another person, so that person is called {renamed} here.</source>
        <translation>الاسم المستعار {pseudonym} الوارد في الحزمة يستخدمه هنا شخص آخر، فصار اسم ذلك الشخص هنا {renamed}.</translation>
    </message>
    <message>
        <source>The queued request {name} is damaged (a file in it is missing or cannot be read). Delete the folder {shown}, then queue {claimed} again.</source>
        <translation>الطلب المنتظر {name} تالف (ملف فيه مفقود أو لا يمكن قراءته). احذف المجلد ‎{shown}‎، ثم أضف ‎{claimed}‎ إلى قائمة الانتظار من جديد.</translation>
    </message>
    <message>
        <source>The range ends before it starts; check both dates, or swap them.</source>
        <translation>النطاق ينتهي قبل أن يبدأ؛ افحص التاريخين، أو بدِّل بينهما.</translation>
    </message>
    <message>
        <source>The range {start}:{end} does not fit the passage, which has {length} characters. Give START:END with 0 ≤ START &lt; END ≤ {length}, or leave the range out to tag the whole passage.</source>
        <translation>النطاق {start}:{end} لا يناسب المقطع، وفيه {length} حرفاً. أعطِ START:END بحيث 0 ≤ START &lt; END ≤ {length}، أو لا تذكر النطاق لوسم المقطع كله.</translation>
    </message>
    <message>
        <source>The record&apos;s case is no longer in the casebook.</source>
        <translation>قضية السجل لم تعد في سجل القضايا.</translation>
    </message>
    <message>
        <source>The recovery key does not open this casebook. Check each group of characters against the copy you kept.</source>
        <translation>مفتاح الاسترداد لا يفتح سجل القضايا هذا. قارن كل مجموعة من الرموز بالنسخة التي احتفظت بها.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: its last group does not match the others. Check each group against the copy you kept.</source>
        <translation>في مفتاح الاسترداد خطأ في الكتابة: مجموعته الأخيرة لا تطابق المجموعات الأخرى. قارن كل مجموعة بالنسخة التي احتفظت بها.</translation>
    </message>
    <message>
        <source>The reference {reference} is already used by another case; choose another.</source>
        <translation>المرجع {reference} مستخدم في قضية أخرى؛ اختر غيره.</translation>
    </message>
    <message>
        <source>The reference {stored} is already used by another case; choose another.</source>
        <translation>المرجع {stored} مستخدم في قضية أخرى؛ اختر غيره.</translation>
    </message>
    <message>
        <source>The remaining checks could not be completed because the database is damaged.</source>
        <translation>تعذّر إكمال الفحوص الباقية لأن قاعدة البيانات تالفة.</translation>
    </message>
    <message>
        <source>The reply of the time-stamp authority at {url} for {what} was not kept: {exc}. The request stays queued; check that the certificate file is this TSA&apos;s chain, and its address.</source>
        <translation>لم يُحفظ رد سلطة الختم الزمني في ‎{url}‎ على {what}: {exc}. يبقى الطلب في قائمة الانتظار؛ تأكد أن ملف الشهادة هو سلسلة شهادات هذه الـ TSA، وافحص عنوانها.</translation>
    </message>
    <message>
        <source>The review status must be one of: {statuses}.</source>
        <translation>يجب أن يكون وضع المراجعة واحداً من: {statuses}.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translation>يجب أن يكون الدور واحداً من: {roles}.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history differs from what an earlier package from the same casebook showed (entry {sequence}): entries were changed or removed since. Nothing was imported; ask the sender to run `casebook verify`.</source>
        <translation>يختلف تاريخ التدقيق لدى المرسِل عما أظهرته حزمة سابقة من سجل القضايا نفسه (القيد {sequence}): غُيِّرت قيود أو حُذفت منذ ذلك الحين. لم يُستورد شيء؛ اطلب من المرسِل تشغيل ‎`casebook verify`‎.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history is broken at {where}: the entry does not follow on from the one before it. Nothing was imported.</source>
        <translation>تاريخ التدقيق لدى المرسِل منقطع عند {where}: القيد لا يتبع القيد الذي قبله. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The stored file of {label} is damaged or was altered: {exc}. Do not rely on it; restore the casebook folder from a backup.</source>
        <translation>الملف المخزَّن لـ {label} تالف أو عُدِّل: {exc}. لا تعتمد عليه؛ استعد مجلد سجل القضايا من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The stored file of {label} is missing from the casebook folder ({folder}/{name}). Restore it from a backup.</source>
        <translation>الملف المخزَّن لـ {label} مفقود من مجلد سجل القضايا (‎{folder}‎/{name}). استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The support must be one of: {support_kinds}.</source>
        <translation>يجب أن يكون الدعم واحداً من: {support_kinds}.</translation>
    </message>
    <message>
        <source>The text holds a broken character (a lone surrogate). Copy it again from its source, or save the file as UTF-8.</source>
        <translation>في النص رمز مكسور (نصف زوج بديل منفرد). انسخه من مصدره مرة أخرى، أو احفظ الملف بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The text holds a control character (U+{code}) on line {line}, which cannot be printed in a filing. Remove it and save again.</source>
        <translation>في النص رمز تحكم (U+{code}) في السطر {line}، ولا يمكن طباعته في صيغة إيداع. احذفه واحفظ من جديد.</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} answered with HTTP error {code}; {stays}, or check the address.</source>
        <translation>ردّت سلطة الختم الزمني في ‎{url}‎ بخطأ HTTP {code}؛ {stays}، أو افحص العنوان.</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} could not be reached ({reason}); {stays}.</source>
        <translation>تعذّر الوصول إلى سلطة الختم الزمني في ‎{url}‎ ({reason})؛ {stays}.</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} sent more than a time-stamp reply; {stays}, or check the address.</source>
        <translation>أرسلت سلطة الختم الزمني في ‎{url}‎ أكثر من رد ختم زمني؛ {stays}، أو افحص العنوان.</translation>
    </message>
    <message>
        <source>The use must be one of: {uses}.</source>
        <translation>يجب أن يكون الاستخدام واحداً من: {uses}.</translation>
    </message>
    <message>
        <source>The {kind} {record_id} is not withheld, so there is nothing to include anyway; remove it from the list of overrides.</source>
        <translation>الـ {kind} {record_id} غير محجوب، فلا شيء يُدرج رغم ذلك؛ احذفه من قائمة الاستثناءات.</translation>
    </message>
    <message>
        <source>The {language} export texts lack the entry {example}; complete strings.{language}.json.</source>
        <translation>ينقص نصوص التصدير بلغة {language} القيد {example}؛ أكمل strings.{language}.json.</translation>
    </message>
    <message>
        <source>The {language} export texts lack {count} entries (for example {example}); complete strings.{language}.json.</source>
        <translation>ينقص نصوص التصدير بلغة {language} عدد {count} من القيود (مثلاً {example})؛ أكمل strings.{language}.json.</translation>
    </message>
    <message>
        <source>The {timestamps_dir} folder of the casebook could not be written ({reason}). Check that the disk has space and the folder is yours; queued requests are kept.</source>
        <translation>تعذّرت الكتابة في المجلد ‎{timestamps_dir}‎ من سجل القضايا ({reason}). تأكد أن على القرص مساحة وأن المجلد ملكك؛ الطلبات المنتظرة محفوظة.</translation>
    </message>
    <message>
        <source>There is no addressee {key}. Choose one of: {known} (they are listed in resources/export/addressees.json).</source>
        <translation>لا جهة مرسَل إليها باسم {key}. اختر واحدة من: {known} (مذكورة في resources/export/addressees.json).</translation>
    </message>
    <message>
        <source>There is no casebook at {folder}. Check the path.</source>
        <translation>لا سجل قضايا في ‎{folder}‎. افحص المسار.</translation>
    </message>
    <message>
        <source>There is no crime &apos;{key}&apos; in taxonomy {version}. Crime ids look like 7(1)(d) or 8(2)(e)(i); `casebook taxonomy QUERY` finds them.</source>
        <translation>لا جريمة &apos;{key}&apos; في التصنيف {version}. معرِّفات الجرائم مثل 7(1)(d) أو 8(2)(e)(i)؛ يجدها الأمر ‎`casebook taxonomy QUERY`‎.</translation>
    </message>
    <message>
        <source>There is no element &apos;{element_id}&apos; in taxonomy {version}. Element ids look like 7(1)(d)/1 (crime), cah_attack/1 (context) or 28(a)/2 (liability); `casebook taxonomy --show 7(1)(d)` lists the elements of a crime.</source>
        <translation>لا ركن &apos;‎{element_id}‎&apos; في التصنيف {version}. معرِّفات الأركان مثل 7(1)(d)/1 (جريمة) أو cah_attack/1 (سياق) أو 28(a)/2 (مسؤولية)؛ يعرض الأمر ‎`casebook taxonomy ‎--show‎ 7(1)(d)`‎ أركان جريمة.</translation>
    </message>
    <message>
        <source>There is no evidence item with the id {evidence_id}.</source>
        <translation>لا دليل بالمعرِّف {evidence_id}.</translation>
    </message>
    <message>
        <source>There is no mode of liability &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>لا شكل مسؤولية &apos;{key}&apos; في التصنيف {version}.</translation>
    </message>
    <message>
        <source>There is no package file at {path}. Check the path.</source>
        <translation>لا ملف حزمة في ‎{path}‎. افحص المسار.</translation>
    </message>
    <message>
        <source>There is no section kind {kind}. Choose one of: {kinds}.</source>
        <translation>لا نوع قسم باسم {kind}. اختر واحداً من: {kinds}.</translation>
    </message>
    <message>
        <source>There is no testimony with the id {testimony_id}.</source>
        <translation>لا إفادة بالمعرِّف {testimony_id}.</translation>
    </message>
    <message>
        <source>There is no use {use_id} in Casebook&apos;s list; choose one of: {known}.</source>
        <translation>لا استخدام {use_id} في قائمة Casebook؛ اختر واحداً من: {known}.</translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>لا {kind} &apos;{key}&apos; في التصنيف {version}.</translation>
    </message>
    <message>
        <source>There is no {what} with the id &apos;{key}&apos; in case {reference}; it may have been deleted or belong to another case. `casebook search` shows the ids of passages, evidence and incidents.</source>
        <translation>لا {what} بالمعرِّف &apos;{key}&apos; في القضية {reference}؛ ربما حُذف أو يخص قضية أخرى. يعرض الأمر ‎`casebook search`‎ معرِّفات المقاطع والأدلة والحوادث.</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the key ({mib} MiB are needed). Close other programs and try again.</source>
        <translation>لا توجد ذاكرة حرة كافية لفتح قفل المفتاح (يلزم {mib} MiB). أغلق برامج أخرى وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>There is nothing to save: the section is empty.</source>
        <translation>لا شيء يُحفظ: القسم فارغ.</translation>
    </message>
    <message>
        <source>This casebook could not be brought up to date for this version of Casebook ({kind}); the upgrade was rolled back and a copy of the database from before it is in the casebook&apos;s backups/ folder. Please report this.</source>
        <translation>تعذّر تحديث سجل القضايا هذا لهذا الإصدار من Casebook ({kind})؛ تم التراجع عن الترقية، ونسخة من قاعدة البيانات قبلها موجودة في المجلد backups/ لسجل القضايا. يُرجى الإبلاغ عن ذلك.</translation>
    </message>
    <message>
        <source>This casebook has no exchange identity of its own yet. Run `casebook identity export` once to make it.</source>
        <translation>ليس لسجل القضايا هذا هوية تبادل خاصة به بعد. شغِّل ‎`casebook identity export`‎ مرة واحدة لإنشائها.</translation>
    </message>
    <message>
        <source>This casebook is already open in another Casebook window or command. Close it there first; two programs writing at once could damage it.</source>
        <translation>سجل القضايا هذا مفتوح في نافذة أو أمر آخر من Casebook. أغلقه هناك أولاً؛ فكتابة برنامجين في وقت واحد قد تتلفه.</translation>
    </message>
    <message>
        <source>This casebook is older than the copy last opened on this computer on {when}: its history ends at audit entry {last}, but that copy&apos;s had reached entry {reached}. An older copy of the folder or of its database may have been put back. If you restored a backup on purpose, run `casebook verify FOLDER --accept-history`; otherwise keep this computer&apos;s copy and report it.</source>
        <translation>سجل القضايا هذا أقدم من النسخة التي فُتحت آخر مرة على هذا الحاسوب في {when}: ينتهي تاريخه عند قيد التدقيق {last}، أما تلك النسخة فبلغت القيد {reached}. ربما أُعيدت نسخة أقدم من المجلد أو من قاعدة بياناته. إن كنت استعدت نسخة احتياطية عن قصد فشغِّل ‎`casebook verify FOLDER ‎--accept-history‎`‎؛ وإلا فاحتفظ بنسخة هذا الحاسوب وأبلغ عن ذلك.</translation>
    </message>
    <message>
        <source>This casebook was saved by a newer version of Casebook. Install the newer version to open it; nothing in the casebook was changed.</source>
        <translation>حُفظ سجل القضايا هذا بإصدار أحدث من Casebook. ثبِّت الإصدار الأحدث لفتحه؛ لم يتغير شيء في سجل القضايا.</translation>
    </message>
    <message>
        <source>This casebook&apos;s audit log fails its own check, so no package was made: {problem}. Run `casebook verify` and restore from a backup.</source>
        <translation>سجل التدقيق لسجل القضايا هذا لا يجتاز فحصه الذاتي، فلم تُنشأ حزمة: {problem}. شغِّل ‎`casebook verify`‎ واستعد من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>This casebook&apos;s history was rewritten after audit entry {intact}: entry {changed}, as seen on this computer on {when}, is no longer what it was, so entries were changed, removed or renumbered since. Do not rely on this copy; compare it with a backup and report it. If the change is known and accepted, run `casebook verify FOLDER --accept-history`.</source>
        <translation>أُعيدت كتابة تاريخ سجل القضايا هذا بعد قيد التدقيق {intact}: القيد {changed}، كما رُئي على هذا الحاسوب في {when}، لم يعد كما كان، فقد غُيِّرت قيود أو حُذفت أو أُعيد ترقيمها منذ ذلك الحين. لا تعتمد على هذه النسخة؛ قارنها بنسخة احتياطية وأبلغ عن ذلك. إن كان التغيير معروفاً ومقبولاً فشغِّل ‎`casebook verify FOLDER ‎--accept-history‎`‎.</translation>
    </message>
    <message>
        <source>This conflict was already resolved (kept {resolution}); nothing changed.</source>
        <translation>حُسم هذا التعارض من قبل (أُبقي {resolution})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This consent has no recipients waiting for review.</source>
        <translation>ليس لهذه الموافقة مستلِمون ينتظرون المراجعة.</translation>
    </message>
    <message>
        <source>This evidence item is not printed: {why}. If it may be shown all the same (a photo of a public place that merely mentions the person, say), print it with a written reason (`--include-because &quot;…&quot;`); the reason is kept in the audit log.</source>
        <translation>لا يُطبع هذا الدليل: {why}. إن جاز عرضه مع ذلك (صورة لمكان عام تذكر الشخص عرضاً مثلاً)، فاطبعه مع سبب مكتوب (‎`--include-because &quot;…&quot;`‎)؛ يُحفظ السبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>لا يمكن تعديل هذا الحقل هنا.</translation>
    </message>
    <message>
        <source>This identity claims the user id or age key of an identity already stored here, but with another signing key. Someone may be impersonating a colleague; do not use it, and compare fingerprints with your colleague.</source>
        <translation>تدّعي هذه الهوية معرِّف مستخدم أو مفتاح age لهوية محفوظة هنا، لكن بمفتاح توقيع آخر. قد يكون أحد ينتحل صفة زميل؛ لا تستخدمها، وقارن البصمات مع زميلك.</translation>
    </message>
    <message>
        <source>This identity claims to be a user of this casebook but carries another signing key. Do not use it; compare fingerprints with your colleague.</source>
        <translation>تدّعي هذه الهوية أنها لمستخدم من سجل القضايا هذا لكنها تحمل مفتاح توقيع آخر. لا تستخدمها؛ قارن البصمات مع زميلك.</translation>
    </message>
    <message>
        <source>This identity has no secret key here; it belongs to a colleague.</source>
        <translation>ليس لهذه الهوية مفتاح سري هنا؛ إنها لزميل.</translation>
    </message>
    <message>
        <source>This is not a documentation field of a statement.</source>
        <translation>هذا ليس حقلاً من حقول توثيق الإفادة.</translation>
    </message>
    <message>
        <source>This is not a usable Casebook identity: {problem}. Ask your colleague to run `casebook identity export` and send the whole text again.</source>
        <translation>هذه ليست هوية Casebook صالحة: {problem}. اطلب من زميلك تشغيل ‎`casebook identity export`‎ وإرسال النص كله مرة أخرى.</translation>
    </message>
    <message>
        <source>This material is already tagged to {element} as {support}, with the same range and perpetrator. Edit that tag instead of adding another.</source>
        <translation>هذه المواد موسومة من قبل بالركن ‎{element}‎ بدعم {support}، بالنطاق نفسه والجاني نفسه. عدِّل ذلك الوسم بدلاً من إضافة وسم آخر.</translation>
    </message>
    <message>
        <source>This package ({package_id}) was already imported on {processed_at} UTC; importing it again changes nothing, so nothing was done.</source>
        <translation>استُوردت هذه الحزمة ({package_id}) من قبل في {processed_at} UTC؛ واستيرادها مرة أخرى لا يغير شيئاً، فلم يُفعل شيء.</translation>
    </message>
    <message>
        <source>This package was made by this casebook; there is nothing to import.</source>
        <translation>أُنشئت هذه الحزمة في سجل القضايا هذا؛ لا شيء يُستورد.</translation>
    </message>
    <message>
        <source>This package was not encrypted to your identity, so it cannot be opened here. Ask the sender to make it again for your fingerprint (`casebook identity export` shows it). Nothing was imported.</source>
        <translation>لم تُشفَّر هذه الحزمة لهويتك، فلا يمكن فتحها هنا. اطلب من المرسِل أن يعدّها من جديد لبصمتك (يعرضها ‎`casebook identity export`‎). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This package was signed for other recipients and re-encrypted to you by someone else. It was not imported; ask the sender for a package addressed to you.</source>
        <translation>وُقِّعت هذه الحزمة لمستلِمين آخرين وأعاد شخص آخر تشفيرها لك. لم تُستورد؛ اطلب من المرسِل حزمة موجَّهة إليك.</translation>
    </message>
    <message>
        <source>This recipient is not in Casebook&apos;s list of states (ISO 3166-1 codes such as DE, FR, MM) and bodies (such as ICC, IIMM, IIIM); choose it from the list.</source>
        <translation>هذا المستلِم ليس في قائمة Casebook للدول (رموز ISO 3166-1 مثل DE وFR وMM) والهيئات (مثل ICC وIIMM وIIIM)؛ اختره من القائمة.</translation>
    </message>
    <message>
        <source>This record is sealed, so it cannot be changed or deleted. Make a new version to correct it; the sealed one stays as it was.</source>
        <translation>هذا السجل مختوم، فلا يمكن تغييره أو حذفه. أنشئ إصداراً جديداً لتصحيحه؛ يبقى المختوم كما كان.</translation>
    </message>
    <message>
        <source>This statement is not printed: {why}. A statement leaves the casebook only as its witness consented; record the consent first if it was given.</source>
        <translation>لا تُطبع هذه الإفادة: {why}. لا تخرج الإفادة من سجل القضايا إلا كما وافق شاهدها؛ سجِّل الموافقة أولاً إن كانت قد أُعطيت.</translation>
    </message>
    <message>
        <source>This statement is sealed, so its passages cannot be changed. Make a new version of the testimony to correct it.</source>
        <translation>هذه الإفادة مختومة، فلا يمكن تغيير مقاطعها. أنشئ إصداراً جديداً من الإفادة لتصحيحها.</translation>
    </message>
    <message>
        <source>This statement is sealed. Make a new version to correct it; the sealed one stays.</source>
        <translation>هذه الإفادة مختومة. أنشئ إصداراً جديداً لتصحيحها؛ تبقى المختومة.</translation>
    </message>
    <message>
        <source>Typesetting the complaint</source>
        <translation>تنضيد الشكوى</translation>
    </message>
    <message>
        <source>Unknown field {bad}.</source>
        <translation>حقل مجهول {bad}.</translation>
    </message>
    <message>
        <source>Unknown status; use one of {case_statuses}.</source>
        <translation>وضع مجهول؛ استخدم واحداً من {case_statuses}.</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>المجني عليهم حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Victims by ethnicity</source>
        <translation>المجني عليهم حسب الانتماء العرقي</translation>
    </message>
    <message>
        <source>Victims by religion</source>
        <translation>المجني عليهم حسب الدين</translation>
    </message>
    <message>
        <source>Victims by sex / gender</source>
        <translation>المجني عليهم حسب الجنس / النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Write a number, such as 16.8661.</source>
        <translation>اكتب رقماً، مثل 16.8661.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.</source>
        <translation>اكتب التاريخ بالشكل YYYY-MM-DD، أو YYYY-MM أو YYYY إن لم يُعرف إلا ذلك.</translation>
    </message>
    <message>
        <source>Write why the {kind} may go out despite the consent it lacks (at least {min_reason} characters); the reason is shown in the plan and kept in the audit log.</source>
        <translation>اكتب لماذا يجوز أن يخرج الـ {kind} رغم الموافقة الناقصة ({min_reason} حرفاً على الأقل)؛ يُعرض السبب في الخطة ويُحفظ في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Writing exhibit {n} of {total}</source>
        <translation>كتابة الدليل {n} من {total}</translation>
    </message>
    <message>
        <source>Writing the bundle failed ({reason}). Nothing was kept; check that the folder is writable and try again.</source>
        <translation>فشلت كتابة ملف الشكوى ({reason}). لم يُحفظ شيء؛ تأكد أن المجلد قابل للكتابة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>a different case here already uses its reference; change the reference of one of them and import again</source>
        <translation>قضية أخرى هنا تستخدم مرجعها؛ غيِّر مرجع إحداهما واستورد من جديد</translation>
    </message>
    <message>
        <source>a key or the signature is not valid</source>
        <translation>مفتاح أو توقيع غير صالح</translation>
    </message>
    <message>
        <source>a line is not of the form &apos;name: value&apos;</source>
        <translation>سطر ليس بالشكل &apos;name: value&apos;</translation>
    </message>
    <message>
        <source>a name is too short to replace wherever it stands; it is replaced only after an honorific (U, Daw, Ko, Ma …)</source>
        <translation>اسم أقصر من أن يُستبدل أينما ورد؛ لا يُستبدل إلا بعد لقب (U، Daw، Ko، Ma …)</translation>
    </message>
    <message>
        <source>a part of it fails authentication, or its end is missing</source>
        <translation>جزء منه لا يجتاز المصادقة، أو نهايته مفقودة</translation>
    </message>
    <message>
        <source>a passage is cited as [[passage:&lt;statement id&gt;/&lt;paragraph&gt;]] or [[passage:&lt;passage id&gt;]], with at least six characters of the id</source>
        <translation>يُستشهد بالمقطع هكذا [[passage:&lt;معرِّف الإفادة&gt;/&lt;الفقرة&gt;]] أو [[passage:&lt;معرِّف المقطع&gt;]]، بستة أحرف على الأقل من المعرِّف</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>a person is cited by pseudonym (W-001) or by at least six characters of the id</source>
        <translation>يُستشهد بالشخص باسمه المستعار (W-001) أو بستة أحرف على الأقل من المعرِّف</translation>
    </message>
    <message>
        <source>a record with its id belongs to another case here</source>
        <translation>سجل بمعرِّفه يخص قضية أخرى هنا</translation>
    </message>
    <message>
        <source>a signed event with this id and different content is recorded here</source>
        <translation>حدث موقَّع بهذا المعرِّف ومحتوى مختلف مسجَّل هنا</translation>
    </message>
    <message>
        <source>a victim recorded with {groups}</source>
        <translation>مجني عليه مسجَّل بـ {groups}</translation>
    </message>
    <message>
        <source>administrative area: {areas}</source>
        <translation>المنطقة الإدارية: {areas}</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>alleged perpetrator unit: {units}</source>
        <translation>وحدة الجاني المزعوم: {units}</translation>
    </message>
    <message>
        <source>an archive header is malformed</source>
        <translation>ترويسة أرشيف مشوَّهة</translation>
    </message>
    <message>
        <source>an exhibit is cited by at least six characters of its id</source>
        <translation>يُستشهد بالدليل بستة أحرف على الأقل من معرِّفه</translation>
    </message>
    <message>
        <source>an incident is cited by at least six characters of its id</source>
        <translation>يُستشهد بالحادثة بستة أحرف على الأقل من معرِّفها</translation>
    </message>
    <message>
        <source>around {date}</source>
        <translation>حوالي {date}</translation>
    </message>
    <message>
        <source>article {article} was added by {resolution} (adopted {adopted}) and applies only to States Parties that accepted it, one year after each deposited its acceptance (art. 121(5)); check acceptance by the State of territory or nationality</source>
        <translation>أُضيفت المادة {article} بموجب {resolution} (اعتُمد في {adopted}) ولا تسري إلا على الدول الأطراف التي قبلتها، بعد سنة من إيداع كل منها صك قبولها (المادة 121(5))؛ تحقق من قبول دولة الإقليم أو الجنسية</translation>
    </message>
    <message>
        <source>audit entry {sequence} ({action} in {table})</source>
        <translation>قيد التدقيق {sequence} ({action} في {table})</translation>
    </message>
    <message>
        <source>audit entry {sequence} is not the one the TSA saw (stamped {describe}): the history was rewritten at or before entry {sequence}</source>
        <translation>قيد التدقيق {sequence} ليس القيد الذي رأته الـ TSA (مختوم {describe}): أُعيدت كتابة التاريخ عند القيد {sequence} أو قبله</translation>
    </message>
    <message>
        <source>between {day1} and {day2} {month} {year}</source>
        <translation>بين {day1} و{day2} {month} {year}</translation>
    </message>
    <message>
        <source>between {day1} {month1} and {day2} {month2} {year}</source>
        <translation>بين {day1} {month1} و{day2} {month2} {year}</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>بين {start} و{end}</translation>
    </message>
    <message>
        <source>broken reference in table {table} (row {row})</source>
        <translation>إشارة مكسورة في الجدول {table} (الصف {row})</translation>
    </message>
    <message>
        <source>case {reference} situation</source>
        <translation>حالة القضية {reference}</translation>
    </message>
    <message>
        <source>case {reference} summary</source>
        <translation>ملخص القضية {reference}</translation>
    </message>
    <message>
        <source>case {reference} title</source>
        <translation>عنوان القضية {reference}</translation>
    </message>
    <message>
        <source>changed on both sides since the last common version</source>
        <translation>تغيّر على الجانبين منذ آخر إصدار مشترك</translation>
    </message>
    <message>
        <source>charge {n} ({crime})</source>
        <translation>التهمة {n} (‎{crime}‎)</translation>
    </message>
    <message>
        <source>consent does not cover it</source>
        <translation>الموافقة لا تشمله</translation>
    </message>
    <message>
        <source>contains the name of {who}; printed as {who}</source>
        <translation>يحتوي اسم {who}؛ يُطبع {who}</translation>
    </message>
    <message>
        <source>contains the name of {who}; the file goes out unchanged (its hash is evidence), so decide whether to leave the exhibit out</source>
        <translation>يحتوي اسم {who}؛ يخرج الملف دون تغيير (بصمته دليل)، فقرِّر هل تستبعد الدليل</translation>
    </message>
    <message>
        <source>crime tagged or charged: {crimes}</source>
        <translation>الجريمة الموسومة أو المتهم بها: {crimes}</translation>
    </message>
    <message>
        <source>custody event {sequence} ({action}) of evidence {title}</source>
        <translation>حدث العهدة {sequence} ({action}) للدليل {title}</translation>
    </message>
    <message>
        <source>database file: {detail}</source>
        <translation>ملف قاعدة البيانات: {detail}</translation>
    </message>
    <message>
        <source>database structure: {detail}</source>
        <translation>بنية قاعدة البيانات: {detail}</translation>
    </message>
    <message>
        <source>date from</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>date span overlapping {start} to {end}</source>
        <translation>مدى تاريخ يتداخل مع الفترة من {start} إلى {end}</translation>
    </message>
    <message>
        <source>date to</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>التاريخ مجهول</translation>
    </message>
    <message>
        <source>entries its manifest lists are missing</source>
        <translation>قيود يذكرها بيانها مفقودة</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>الانتماء العرقي</translation>
    </message>
    <message>
        <source>evidence {evidence_id} no longer has the content the TSA saw (stamped {describe}): its recorded SHA-256 was changed</source>
        <translation>الدليل {evidence_id} لم يعد له المحتوى الذي رأته الـ TSA (مختوم {describe}): غُيِّرت قيمة SHA-256 المسجَّلة له</translation>
    </message>
    <message>
        <source>evidence {names} (stored as {storage_name})</source>
        <translation>الدليل {names} (مخزَّن باسم ‎{storage_name}‎)</translation>
    </message>
    <message>
        <source>evidence {title}</source>
        <translation>الدليل {title}</translation>
    </message>
    <message>
        <source>evidence {title}: has no chain-of-custody events</source>
        <translation>الدليل {title}: ليس له أحداث في سلسلة العهدة</translation>
    </message>
    <message>
        <source>evidence {title}: its recorded SHA-256 differs from its stored file&apos;s</source>
        <translation>الدليل {title}: قيمة SHA-256 المسجَّلة له تختلف عن قيمة ملفه المخزَّن</translation>
    </message>
    <message>
        <source>exhibit {n} acquisition</source>
        <translation>الدليل {n}: طريقة الحصول عليه</translation>
    </message>
    <message>
        <source>exhibit {n} collected by</source>
        <translation>الدليل {n}: جمعه</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} place</source>
        <translation>الدليل {n}: مكان حدث العهدة {k}</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} reason</source>
        <translation>الدليل {n}: سبب حدث العهدة {k}</translation>
    </message>
    <message>
        <source>exhibit {n} description</source>
        <translation>الدليل {n}: الوصف</translation>
    </message>
    <message>
        <source>exhibit {n} embedded metadata ({key})</source>
        <translation>الدليل {n}: البيانات الوصفية المضمَّنة ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} file, embedded metadata ({key})</source>
        <translation>الدليل {n}: الملف، البيانات الوصفية المضمَّنة ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} original file name</source>
        <translation>الدليل {n}: اسم الملف الأصلي</translation>
    </message>
    <message>
        <source>exhibit {n} place collected</source>
        <translation>الدليل {n}: مكان الجمع</translation>
    </message>
    <message>
        <source>exhibit {n} source</source>
        <translation>الدليل {n}: المصدر</translation>
    </message>
    <message>
        <source>exhibit {n} title</source>
        <translation>الدليل {n}: العنوان</translation>
    </message>
    <message>
        <source>exhibit {n} web address</source>
        <translation>الدليل {n}: عنوان الويب</translation>
    </message>
    <message>
        <source>exhibit {n} {part}</source>
        <translation>الدليل {n}: {part}</translation>
    </message>
    <message>
        <source>for incident {number} ({span}) the law in force was {cited}, not {current}</source>
        <translation>بالنسبة إلى الحادثة {number} ({span}) كان القانون الساري ‎{cited}‎، لا ‎{current}‎</translation>
    </message>
    <message>
        <source>from {start} (end unknown)</source>
        <translation>من {start} (النهاية مجهولة)</translation>
    </message>
    <message>
        <source>has a field name that is not text</source>
        <translation>فيه اسم حقل ليس نصاً</translation>
    </message>
    <message>
        <source>has a field name that is too long or holds a lone surrogate</source>
        <translation>فيه اسم حقل طويل جداً أو يحتوي نصف زوج بديل منفرد</translation>
    </message>
    <message>
        <source>holds a lone surrogate (an escape such as \ud800 that is not a character); the file was not written by Casebook or is damaged</source>
        <translation>يحتوي نصف زوج بديل منفرد (رمز هروب مثل \ud800 ليس حرفاً)؛ لم يكتب Casebook هذا الملف أو هو تالف</translation>
    </message>
    <message>
        <source>identity details (names, contacts) withheld; persons appear by pseudonym only</source>
        <translation>حُجبت بيانات الهوية (الأسماء، وسائل الاتصال)؛ لا يظهر الأشخاص إلا بأسمائهم المستعارة</translation>
    </message>
    <message>
        <source>identity given only in the sealed annex, encrypted to the recipient&apos;s key</source>
        <translation>الهوية مذكورة فقط في الملحق المختوم، مشفَّرة بمفتاح المستلِم</translation>
    </message>
    <message>
        <source>incident {number} ({span}) is before {resolution} was adopted on {adopted}</source>
        <translation>الحادثة {number} ({span}) قبل اعتماد {resolution} في {adopted}</translation>
    </message>
    <message>
        <source>incident {number} ({span}) may be before {resolution} was adopted on {adopted}</source>
        <translation>الحادثة {number} ({span}) ربما تكون قبل اعتماد {resolution} في {adopted}</translation>
    </message>
    <message>
        <source>incident {number} ({span}) straddles the date from which {provisions} applies; establish the date of the acts</source>
        <translation>الحادثة {number} ({span}) تمتد عبر التاريخ الذي يسري منه ‎{provisions}‎؛ حدِّد تاريخ الأفعال</translation>
    </message>
    <message>
        <source>incident {number} ({span}): {reasons}</source>
        <translation>الحادثة {number} ({span}): {reasons}</translation>
    </message>
    <message>
        <source>incident {number} has no date; check it is after {adopted}</source>
        <translation>ليس للحادثة {number} تاريخ؛ تحقق من أنها بعد {adopted}</translation>
    </message>
    <message>
        <source>incident {number} has no date; the provision applies only to acts from {first}</source>
        <translation>ليس للحادثة {number} تاريخ؛ لا يسري النص إلا على الأفعال من {first}</translation>
    </message>
    <message>
        <source>incident {number} has no date; {provisions} applies only to acts from {first}</source>
        <translation>ليس للحادثة {number} تاريخ؛ لا يسري ‎{provisions}‎ إلا على الأفعال من {first}</translation>
    </message>
    <message>
        <source>incident {n} area</source>
        <translation>الحادثة {n}: المنطقة</translation>
    </message>
    <message>
        <source>incident {n} description</source>
        <translation>الحادثة {n}: الوصف</translation>
    </message>
    <message>
        <source>incident {n} place</source>
        <translation>الحادثة {n}: المكان</translation>
    </message>
    <message>
        <source>incident {n} title</source>
        <translation>الحادثة {n}: العنوان</translation>
    </message>
    <message>
        <source>incident {title}</source>
        <translation>الحادثة {title}</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>included although {reason}, because: {because}</source>
        <translation>أُدرج رغم أن {reason}، للسبب التالي: {because}</translation>
    </message>
    <message>
        <source>is NaN or Infinity, which Casebook does not accept; give a number</source>
        <translation>قيمته NaN أو Infinity، ولا يقبلها Casebook؛ أعطِ رقماً</translation>
    </message>
    <message>
        <source>is a text of more than {max_string_chars} characters</source>
        <translation>نص أطول من {max_string_chars} حرفاً</translation>
    </message>
    <message>
        <source>is a whole number outside {low} … {high}</source>
        <translation>عدد صحيح خارج {low} … {high}</translation>
    </message>
    <message>
        <source>is nested more than {max_depth} levels deep</source>
        <translation>متداخل أكثر من {max_depth} مستويات</translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation>ليس قيمة JSON</translation>
    </message>
    <message>
        <source>it concerns {pseudonym}, and {problem}</source>
        <translation>يخص {pseudonym}، و{problem}</translation>
    </message>
    <message>
        <source>it could not be decrypted</source>
        <translation>تعذّر فك تشفيره</translation>
    </message>
    <message>
        <source>it does not begin with a manifest</source>
        <translation>لا يبدأ ببيان</translation>
    </message>
    <message>
        <source>it is not an RFC 3161 time-stamp reply that can be read</source>
        <translation>ليس رد ختم زمني وفق RFC 3161 يمكن قراءته</translation>
    </message>
    <message>
        <source>it is not this casebook</source>
        <translation>ليس سجل القضايا هذا</translation>
    </message>
    <message>
        <source>it is withheld from this recipient: {reason}</source>
        <translation>محجوب عن هذا المستلِم: {reason}</translation>
    </message>
    <message>
        <source>it names {person}, who is not charged in this charge</source>
        <translation>يذكر {person}، وهو غير متهم في هذه التهمة</translation>
    </message>
    <message>
        <source>it refers to {what}, which is neither in the package nor in this case here; ask the sender for a complete package (without --since-last)</source>
        <translation>يشير إلى {what}، وهو ليس في الحزمة ولا في هذه القضية هنا؛ اطلب من المرسِل حزمة كاملة (بدون ‎--since-last‎)</translation>
    </message>
    <message>
        <source>it was made for a different casebook, so it says nothing about this one; remove its folder</source>
        <translation>أُنشئ لسجل قضايا آخر، فلا يقول شيئاً عن هذا؛ احذف مجلده</translation>
    </message>
    <message>
        <source>it was written in a format this version does not know</source>
        <translation>كُتب بصيغة لا يعرفها هذا الإصدار</translation>
    </message>
    <message>
        <source>its age recipient is malformed</source>
        <translation>مستلِم age الخاص به مشوَّه</translation>
    </message>
    <message>
        <source>its attachment is neither in the package nor in this casebook; ask the sender for a complete package (without --since-last)</source>
        <translation>مرفقه ليس في الحزمة ولا في سجل القضايا هذا؛ اطلب من المرسِل حزمة كاملة (بدون ‎--since-last‎)</translation>
    </message>
    <message>
        <source>its claim.json is not a chain-head claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>ملفه claim.json ليس مطالبة برأس السلسلة بالشكل الدقيق الذي يكتبه Casebook، فقد عُدِّل أو تلف</translation>
    </message>
    <message>
        <source>its claim.json is not an evidence claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>ملفه claim.json ليس مطالبة بدليل بالشكل الدقيق الذي يكتبه Casebook، فقد عُدِّل أو تلف</translation>
    </message>
    <message>
        <source>its fingerprint line does not belong to its signing key</source>
        <translation>سطر بصمته لا يخص مفتاح توقيعه</translation>
    </message>
    <message>
        <source>its folder name does not match its claim, so one was changed</source>
        <translation>اسم مجلده لا يطابق مطالبته، فقد غُيِّر أحدهما</translation>
    </message>
    <message>
        <source>its manifest is not followed by its signature</source>
        <translation>بيانه لا يتبعه توقيعه</translation>
    </message>
    <message>
        <source>its manifest names no usable signing key</source>
        <translation>بيانه لا يذكر مفتاح توقيع صالحاً</translation>
    </message>
    <message>
        <source>its name or signing key is malformed</source>
        <translation>اسمه أو مفتاح توقيعه مشوَّه</translation>
    </message>
    <message>
        <source>its role is not one Casebook knows</source>
        <translation>دوره ليس دوراً يعرفه Casebook</translation>
    </message>
    <message>
        <source>its signature does not match its content, so it was altered</source>
        <translation>توقيعه لا يطابق محتواه، فقد عُدِّل</translation>
    </message>
    <message>
        <source>its signature does not verify against the trusted TSA certificates ({reason})</source>
        <translation>توقيعه لا يتحقق بشهادات الـ TSA الموثوقة ({reason})</translation>
    </message>
    <message>
        <source>its statement is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>إفادته غير مرتبطة بأي من الحوادث التي تستند إليها هذه التهمة ({incidents})</translation>
    </message>
    <message>
        <source>its statement is not linked to incident {incident}, on which this charge rests</source>
        <translation>إفادته غير مرتبطة بالحادثة {incident}، التي تستند إليها هذه التهمة</translation>
    </message>
    <message>
        <source>its user or casebook id is malformed</source>
        <translation>معرِّف المستخدم أو سجل القضايا الخاص به مشوَّه</translation>
    </message>
    <message>
        <source>its {name} is far larger than it can be, so it was replaced</source>
        <translation>{name} الخاص به أكبر بكثير مما يمكن أن يكون، فاستُبدل</translation>
    </message>
    <message>
        <source>its {name} is missing or cannot be read</source>
        <translation>{name} الخاص به مفقود أو لا يمكن قراءته</translation>
    </message>
    <message>
        <source>key-slot file: {problem}</source>
        <translation>ملف خانات المفاتيح: {problem}</translation>
    </message>
    <message>
        <source>left out: {why}</source>
        <translation>مستبعد: {why}</translation>
    </message>
    <message>
        <source>marked for redaction; printed as {redacted}</source>
        <translation>مُعلَّم للتنقيح؛ يُطبع {redacted}</translation>
    </message>
    <message>
        <source>material both supports and contradicts the element</source>
        <translation>المواد تدعم الركن وتناقضه معاً</translation>
    </message>
    <message>
        <source>may name {who} by one part of the name, left as written; check it</source>
        <translation>قد يذكر {who} بجزء من الاسم، وتُرك كما كُتب؛ افحصه</translation>
    </message>
    <message>
        <source>more than one evidence item of the case starts with this; give more of the id</source>
        <translation>أكثر من دليل في القضية يبدأ بهذا؛ أعطِ جزءاً أطول من المعرِّف</translation>
    </message>
    <message>
        <source>more than one incident of the case starts with this; give more of the id</source>
        <translation>أكثر من حادثة في القضية تبدأ بهذا؛ أعطِ جزءاً أطول من المعرِّف</translation>
    </message>
    <message>
        <source>more than one passage starts with this; give more of the id</source>
        <translation>أكثر من مقطع يبدأ بهذا؛ أعطِ جزءاً أطول من المعرِّف</translation>
    </message>
    <message>
        <source>more than one person of the case starts with this; give more of the id</source>
        <translation>أكثر من شخص في القضية يبدأ بهذا؛ أعطِ جزءاً أطول من المعرِّف</translation>
    </message>
    <message>
        <source>more than one statement of the case starts with this; give more of the id</source>
        <translation>أكثر من إفادة في القضية تبدأ بهذا؛ أعطِ جزءاً أطول من المعرِّف</translation>
    </message>
    <message>
        <source>needs a kind, such as summary</source>
        <translation>يحتاج إلى نوع، مثل summary</translation>
    </message>
    <message>
        <source>no bounded date</source>
        <translation>لا تاريخ محدود</translation>
    </message>
    <message>
        <source>no consent is recorded for this statement</source>
        <translation>لم تُسجَّل موافقة لهذه الإفادة</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>لا إحداثيات</translation>
    </message>
    <message>
        <source>no evidence item of this case has this id; pick it again</source>
        <translation>لا دليل في هذه القضية بهذا المعرِّف؛ اختره من جديد</translation>
    </message>
    <message>
        <source>no incident of this case has this id; pick it again</source>
        <translation>لا حادثة في هذه القضية بهذا المعرِّف؛ اخترها من جديد</translation>
    </message>
    <message>
        <source>no material counts for the element (see &quot;not counted&quot; for tagged material the charge leaves out)</source>
        <translation>لا مواد تُحتسب للركن (انظر «غير محتسب» للمواد الموسومة التي تستبعدها التهمة)</translation>
    </message>
    <message>
        <source>no name is recorded, so mentions of this person cannot be found automatically</source>
        <translation>لم يُسجَّل اسم، فلا يمكن العثور تلقائياً على ذكر هذا الشخص</translation>
    </message>
    <message>
        <source>no name recorded, so mentions of these persons cannot be found and replaced automatically; check the texts yourself</source>
        <translation>لم يُسجَّل اسم، فلا يمكن العثور تلقائياً على ذكر هؤلاء الأشخاص واستبداله؛ افحص النصوص بنفسك</translation>
    </message>
    <message>
        <source>no passage of this bundle has this id</source>
        <translation>لا مقطع في ملف الشكوى هذا بهذا المعرِّف</translation>
    </message>
    <message>
        <source>no passage of this case has this id; pick it again</source>
        <translation>لا مقطع في هذه القضية بهذا المعرِّف؛ اختره من جديد</translation>
    </message>
    <message>
        <source>no person of this case has this id or pseudonym; pick them again</source>
        <translation>لا شخص في هذه القضية بهذا المعرِّف أو الاسم المستعار؛ اختره من جديد</translation>
    </message>
    <message>
        <source>no statement of this case has this id; pick it again</source>
        <translation>لا إفادة في هذه القضية بهذا المعرِّف؛ اخترها من جديد</translation>
    </message>
    <message>
        <source>no victim recorded</source>
        <translation>لم يُسجَّل مجني عليه</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>none in the shipped taxonomy</source>
        <translation>لا شيء في التصنيف المرفق</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>note on element {element}</source>
        <translation>ملاحظة على الركن ‎{element}‎</translation>
    </message>
    <message>
        <source>one of its passages belongs to another statement here</source>
        <translation>أحد مقاطعه يخص إفادة أخرى هنا</translation>
    </message>
    <message>
        <source>one of its perpetrator entries belongs to another charge here</source>
        <translation>أحد قيود الجناة فيه يخص تهمة أخرى هنا</translation>
    </message>
    <message>
        <source>only contradicting material</source>
        <translation>مواد مناقضة فقط</translation>
    </message>
    <message>
        <source>package {package_id}: the audit entry its signature vouched for is missing or was changed</source>
        <translation>الحزمة {package_id}: قيد التدقيق الذي شهد له توقيعها مفقود أو غُيِّر</translation>
    </message>
    <message>
        <source>recipients.json has a wrong or repeated code {code}; states have two capital letters, bodies longer ids in capitals. Restore the file.</source>
        <translation>في recipients.json رمز خاطئ أو مكرر {code}؛ للدول حرفان كبيران، وللهيئات معرِّفات أطول بالحروف الكبيرة. استعد الملف.</translation>
    </message>
    <message>
        <source>recipients.json is not in the format {format}; restore it from the installation.</source>
        <translation>الملف recipients.json ليس بالصيغة {format}؛ استعده من التثبيت.</translation>
    </message>
    <message>
        <source>record {record} differs from what audit entry {sequence} recorded: it was changed outside Casebook</source>
        <translation>السجل {record} يختلف عما سجَّله قيد التدقيق {sequence}: غُيِّر خارج Casebook</translation>
    </message>
    <message>
        <source>record {record} is in the database but in no audit entry: it was added outside Casebook</source>
        <translation>السجل {record} في قاعدة البيانات لكنه ليس في أي قيد تدقيق: أُضيف خارج Casebook</translation>
    </message>
    <message>
        <source>record {record} is missing: audit entry {sequence} recorded it and no entry deleted it, so it was deleted outside Casebook</source>
        <translation>السجل {record} مفقود: سجَّله قيد التدقيق {sequence} ولم يحذفه أي قيد، فقد حُذف خارج Casebook</translation>
    </message>
    <message>
        <source>record {record} is not bound to the audit log (open it once to bind it)</source>
        <translation>السجل {record} غير مربوط بسجل التدقيق (افتحه مرة لربطه)</translation>
    </message>
    <message>
        <source>record {record} was deleted in audit entry {sequence} but is in the database again: it was put back outside Casebook</source>
        <translation>حُذف السجل {record} في قيد التدقيق {sequence} لكنه في قاعدة البيانات مرة أخرى: أُعيد خارج Casebook</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>الدين</translation>
    </message>
    <message>
        <source>sex / gender</source>
        <translation>الجنس / النوع الاجتماعي</translation>
    </message>
    <message>
        <source>statement of unattributed statement</source>
        <translation>إفادة غير منسوبة إلى شاهد</translation>
    </message>
    <message>
        <source>statement of unattributed statement, taken {date}</source>
        <translation>إفادة غير منسوبة إلى شاهد، أُخذت في {date}</translation>
    </message>
    <message>
        <source>statement of {pseudonym}</source>
        <translation>إفادة {pseudonym}</translation>
    </message>
    <message>
        <source>statement of {pseudonym}, taken {date}</source>
        <translation>إفادة {pseudonym}، أُخذت في {date}</translation>
    </message>
    <message>
        <source>supporting material only, all of it weakly graded (reliability D, E or F, or credibility 4, 5 or 6) or not graded</source>
        <translation>مواد داعمة فقط، كلها بدرجات ضعيفة (الموثوقية D أو E أو F، أو المصداقية 4 أو 5 أو 6) أو غير مقيَّمة</translation>
    </message>
    <message>
        <source>supporting material, at least one item graded A-C and 1-3; nothing against</source>
        <translation>مواد داعمة، عنصر واحد على الأقل بدرجة A-C و1-3؛ لا شيء ضدها</translation>
    </message>
    <message>
        <source>the Elements of Crimes wording of {crime} has not been checked against the official text, so it cannot be cited in a filing</source>
        <translation>صياغة أركان الجرائم للجريمة ‎{crime}‎ لم تُقارن بالنص الرسمي، فلا يمكن الاستشهاد بها في صيغة إيداع</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status})</source>
        <translation>لم تقبل الـ TSA الطلب (الوضع {status})</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status}) {said}</source>
        <translation>لم تقبل الـ TSA الطلب (الوضع {status}) {said}</translation>
    </message>
    <message>
        <source>the TSA saw entry {sequence} of the audit chain (stamped {describe}), but the chain now ends at entry {last}: this is an older copy of the casebook, or entries were deleted after it was stamped</source>
        <translation>رأت الـ TSA القيد {sequence} من سلسلة التدقيق (مختوم {describe})، لكن السلسلة تنتهي الآن عند القيد {last}: هذه نسخة أقدم من سجل القضايا، أو حُذفت قيود بعد ختمها</translation>
    </message>
    <message>
        <source>the TSA saw evidence {evidence_id} (stamped {describe}), but no such item is in this casebook</source>
        <translation>رأت الـ TSA الدليل {evidence_id} (مختوم {describe})، لكن لا دليل كهذا في سجل القضايا هذا</translation>
    </message>
    <message>
        <source>the archive ends in the middle of an entry</source>
        <translation>ينتهي الأرشيف في منتصف قيد</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>the certificate that signed the token is missing</source>
        <translation>الشهادة التي وقَّعت الرمز مفقودة</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: none)</source>
        <translation>الموافقة لا تشمل المشاركة مع {recipient} (جهات الاختصاص المذكورة: لا شيء)</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: {named})</source>
        <translation>الموافقة لا تشمل المشاركة مع {recipient} (جهات الاختصاص المذكورة: {named})</translation>
    </message>
    <message>
        <source>the consent given does not cover publication</source>
        <translation>الموافقة المعطاة لا تشمل النشر</translation>
    </message>
    <message>
        <source>the consent given does not cover use in legal proceedings</source>
        <translation>الموافقة المعطاة لا تشمل الاستخدام في الإجراءات القانونية</translation>
    </message>
    <message>
        <source>the current words of {citation} were not checked against the official text (see its notes in the national law data); check the citation before filing</source>
        <translation>الصياغة الحالية لـ ‎{citation}‎ لم تُقارن بالنص الرسمي (انظر ملاحظاتها في بيانات القانون الوطني)؛ افحص الاستشهاد قبل الإيداع</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>the evidence item is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>الدليل مستبعد من ملف الشكوى هذا ({why})؛ يُطبع الاستشهاد {withheld}</translation>
    </message>
    <message>
        <source>the evidence item is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>الدليل ليس في ملف الشكوى هذا (لا تشير إليه أي حادثة أو وسم مُدرَج؛ اربطه بحادثة من التهم أو احذف الاستشهاد)؛ يُطبع الاستشهاد {withheld}</translation>
    </message>
    <message>
        <source>the exhibit is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>الدليل غير مرتبط بأي من الحوادث التي تستند إليها هذه التهمة ({incidents})</translation>
    </message>
    <message>
        <source>the exhibit is not linked to incident {incident}, on which this charge rests</source>
        <translation>الدليل غير مرتبط بالحادثة {incident}، التي تستند إليها هذه التهمة</translation>
    </message>
    <message>
        <source>the incident is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>الحادثة مستبعدة من ملف الشكوى هذا ({why})؛ يُطبع الاستشهاد {withheld}</translation>
    </message>
    <message>
        <source>the incident is not in this bundle (the charges exported do not rest on it; export the charge that does, or remove the citation); it prints as {withheld}</source>
        <translation>الحادثة ليست في ملف الشكوى هذا (التهم المُصدَّرة لا تستند إليها؛ صدِّر التهمة التي تستند إليها، أو احذف الاستشهاد)؛ يُطبع الاستشهاد {withheld}</translation>
    </message>
    <message>
        <source>the incident is not one of those this charge rests on</source>
        <translation>الحادثة ليست من الحوادث التي تستند إليها هذه التهمة</translation>
    </message>
    <message>
        <source>the line &apos;{line}&apos; is missing</source>
        <translation>السطر &apos;{line}&apos; مفقود</translation>
    </message>
    <message>
        <source>the page check itself failed: {reason}</source>
        <translation>فشل فحص الصفحات نفسه: {reason}</translation>
    </message>
    <message>
        <source>the passage is of an older version of the statement, whose current version has no paragraph of that number; cite the current version</source>
        <translation>المقطع من إصدار أقدم من الإفادة، وليس في إصدارها الحالي فقرة بهذا الرقم؛ استشهد بالإصدار الحالي</translation>
    </message>
    <message>
        <source>the passage was cited in an older version of the statement and paragraph {position} reads differently now; check that it still says what the argument relies on, then cite it again</source>
        <translation>استُشهد بالمقطع في إصدار أقدم من الإفادة، والفقرة {position} تختلف الآن؛ تحقق من أنها لا تزال تقول ما تستند إليه الحجة، ثم استشهد بها من جديد</translation>
    </message>
    <message>
        <source>the person&apos;s consent does not cover this bundle ({why}); it prints as {withheld}</source>
        <translation>موافقة الشخص لا تشمل ملف الشكوى هذا ({why})؛ يُطبع الاستشهاد {withheld}</translation>
    </message>
    <message>
        <source>the record is sealed here, so it cannot take a change</source>
        <translation>السجل مختوم هنا، فلا يقبل أي تغيير</translation>
    </message>
    <message>
        <source>the reply answers a different request (its nonce differs)</source>
        <translation>الرد يجيب عن طلب آخر (الـ nonce مختلف)</translation>
    </message>
    <message>
        <source>the reply is too large to be a time-stamp reply</source>
        <translation>الرد أكبر من أن يكون رد ختم زمني</translation>
    </message>
    <message>
        <source>the request stays queued. Send it again when this computer is online</source>
        <translation>يبقى الطلب في قائمة الانتظار. أرسله مرة أخرى عندما يتصل هذا الحاسوب بالإنترنت</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version (1 paragraph); correct the number</source>
        <translation>ليس في الإصدار الحالي من الإفادة فقرة {position} (فيه فقرة واحدة فقط)؛ صحِّح الرقم</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version ({count} paragraphs); correct the number</source>
        <translation>ليس في الإصدار الحالي من الإفادة فقرة {position} (عدد الفقرات: {count})؛ صحِّح الرقم</translation>
    </message>
    <message>
        <source>the statement is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>الإفادة مستبعدة من ملف الشكوى هذا ({why})؛ يُطبع الاستشهاد {withheld}</translation>
    </message>
    <message>
        <source>the statement is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>الإفادة ليست في ملف الشكوى هذا (لا تشير إليها أي حادثة أو وسم مُدرَج؛ اربطها بحادثة من التهم أو احذف الاستشهاد)؛ يُطبع الاستشهاد {withheld}</translation>
    </message>
    <message>
        <source>the stored file {name}</source>
        <translation>الملف المخزَّن {name}</translation>
    </message>
    <message>
        <source>the text is far longer than an identity</source>
        <translation>النص أطول بكثير من أن يكون هوية</translation>
    </message>
    <message>
        <source>the token was issued for different data than {claimed}</source>
        <translation>صدر الرمز لبيانات غير ‎{claimed}‎</translation>
    </message>
    <message>
        <source>the witness withdrew consent on {date}</source>
        <translation>سحب الشاهد موافقته في {date}</translation>
    </message>
    <message>
        <source>there is data after the end of the archive</source>
        <translation>توجد بيانات بعد نهاية الأرشيف</translation>
    </message>
    <message>
        <source>time-stamp {name}: {problem}</source>
        <translation>الختم الزمني {name}: {problem}</translation>
    </message>
    <message>
        <source>uses.json is not in the format {uses_format}; restore it from the installation.</source>
        <translation>الملف uses.json ليس بالصيغة {uses_format}؛ استعده من التثبيت.</translation>
    </message>
    <message>
        <source>victims recorded (persons)</source>
        <translation>المجني عليهم المسجَّلون (أشخاص)</translation>
    </message>
    <message>
        <source>{at}/actor_id: the signer is not listed under signers</source>
        <translation>{at}/actor_id: الموقِّع غير مذكور في signers</translation>
    </message>
    <message>
        <source>{at}/at: {time_problem}</source>
        <translation>{at}/at: {time_problem}</translation>
    </message>
    <message>
        <source>{at}/casebook_id: this casebook&apos;s chain is listed twice</source>
        <translation>{at}/casebook_id: سلسلة سجل القضايا هذا مذكورة مرتين</translation>
    </message>
    <message>
        <source>{at}/char_end: the range does not fit the passage ({length} characters)</source>
        <translation>{at}/char_end: النطاق لا يناسب المقطع ({length} حرفاً)</translation>
    </message>
    <message>
        <source>{at}/charge_id: refers to a charge that is not in this case</source>
        <translation>{at}/charge_id: يشير إلى تهمة ليست في هذه القضية</translation>
    </message>
    <message>
        <source>{at}/created_at: give a date and time with its UTC offset</source>
        <translation>{at}/created_at: أعطِ تاريخاً ووقتاً مع فرقه عن UTC</translation>
    </message>
    <message>
        <source>{at}/crime_id: {error}</source>
        <translation>{at}/crime_id: {error}</translation>
    </message>
    <message>
        <source>{at}/element_id: is not a contextual element of taxonomy {version}</source>
        <translation>{at}/element_id: ليس ركناً سياقياً في التصنيف {version}</translation>
    </message>
    <message>
        <source>{at}/element_id: there is no such element in taxonomy {version}</source>
        <translation>{at}/element_id: لا ركن كهذا في التصنيف {version}</translation>
    </message>
    <message>
        <source>{at}/element_id: {note}</source>
        <translation>{at}/element_id: {note}</translation>
    </message>
    <message>
        <source>{at}/element_kind: {element_id} is a {kind} element</source>
        <translation>{at}/element_kind: ‎{element_id}‎ ركن من النوع {kind}</translation>
    </message>
    <message>
        <source>{at}/filter/case_ids: a pattern may count only its own case</source>
        <translation>{at}/filter/case_ids: لا يجوز للنمط أن يعدّ إلا في قضيته</translation>
    </message>
    <message>
        <source>{at}/filter: is not a pattern filter Casebook reads</source>
        <translation>{at}/filter: ليس مرشِّح نمط يقرؤه Casebook</translation>
    </message>
    <message>
        <source>{at}/id: this id is already in use</source>
        <translation>{at}/id: هذا المعرِّف مستخدم من قبل</translation>
    </message>
    <message>
        <source>{at}/incident_ids/{j}: refers to an incident not in this case</source>
        <translation>{at}/incident_ids/{j}: يشير إلى حادثة ليست في هذه القضية</translation>
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
        <translation>{at}/perpetrators/{j}: الشخص نفسه وشكل المسؤولية نفسه مذكوران مرتين</translation>
    </message>
    <message>
        <source>{at}/sequence: is {sequence}, expected {expected}</source>
        <translation>{at}/sequence: قيمته {sequence}، والمتوقع {expected}</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature: لا يطابق الحدث: غُيِّر الحدث أو مفتاح الموقِّع بعد التوقيع</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event, the item&apos;s SHA-256 or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature: لا يطابق الحدث: غُيِّر الحدث أو قيمة SHA-256 للعنصر أو مفتاح الموقِّع بعد التوقيع</translation>
    </message>
    <message>
        <source>{at}/supersedes_id: {elsewhere}</source>
        <translation>{at}/supersedes_id: {elsewhere}</translation>
    </message>
    <message>
        <source>{at}/target_id: refers to a record that is not in this case</source>
        <translation>{at}/target_id: يشير إلى سجل ليس في هذه القضية</translation>
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
        <translation>{at}/{key}: يشير إلى {kind} ليس في هذه القضية</translation>
    </message>
    <message>
        <source>{at}: the same tag appears twice</source>
        <translation>{at}: الوسم نفسه مذكور مرتين</translation>
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
        <translation>لم يسرِ ‎{citation}‎ إلا على الأفعال حتى {date}</translation>
    </message>
    <message>
        <source>{citation} applies only to acts from {date}</source>
        <translation>لا يسري ‎{citation}‎ إلا على الأفعال من {date}</translation>
    </message>
    <message>
        <source>{citation} was amended with effect from {date}; for incident {number} ({span}) the earlier words apply ({change})</source>
        <translation>عُدِّل ‎{citation}‎ اعتباراً من {date}؛ وعلى الحادثة {number} ({span}) تسري الصياغة السابقة ({change})</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; does not map onto crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>النص &apos;‎{provision_id}‎&apos; من قانون {code} لا يقابل الجريمة ‎{crime}‎. نصوص {code} التي تقابلها: ‎{provisions}‎.</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; is not a provision id of that law and cannot cite crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>&apos;‎{provision_id}‎&apos; ليس معرِّف نص في قانون {code} ولا يمكنه الاستشهاد للجريمة ‎{crime}‎. نصوص {code} التي تقابلها: ‎{provisions}‎.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{destination} is a file; give a folder to keep backups in.</source>
        <translation>‎{destination}‎ ملف؛ أعطِ مجلداً تُحفظ فيه النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>{display_name} already has a key slot in this casebook.</source>
        <translation>لـ {display_name} خانة مفتاح في سجل القضايا هذا من قبل.</translation>
    </message>
    <message>
        <source>{display_name} is registered as a {role}, not a supervisor; only supervisors get a key slot.</source>
        <translation>{display_name} مسجَّل بصفة {role}، لا مشرف؛ ولا يحصل على خانة مفتاح إلا المشرفون.</translation>
    </message>
    <message>
        <source>{existing} already exists. Move it away or choose another folder.</source>
        <translation>‎{existing}‎ موجود من قبل. انقله إلى مكان آخر أو اختر مجلداً آخر.</translation>
    </message>
    <message>
        <source>{file}, entry {entry}</source>
        <translation>‎{file}‎، القيد {entry}</translation>
    </message>
    <message>
        <source>{final} already exists and is not a backup of this casebook, so it was left alone. Choose a new folder, or use --keep N with a folder that holds backups.</source>
        <translation>‎{final}‎ موجود من قبل وليس نسخة احتياطية لسجل القضايا هذا، فتُرك كما هو. اختر مجلداً جديداً، أو استخدم ‎--keep‎ N مع مجلد فيه نسخ احتياطية.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty. Choose a new folder name for the casebook.</source>
        <translation>‎{folder}‎ موجود من قبل وليس فارغاً. اختر اسم مجلد جديد لسجل القضايا.</translation>
    </message>
    <message>
        <source>{folder} already exists. The files are written into a new folder: give a name that does not exist yet, or move that one away.</source>
        <translation>‎{folder}‎ موجود من قبل. تُكتب الملفات في مجلد جديد: أعطِ اسماً غير موجود بعد، أو انقل ذلك المجلد.</translation>
    </message>
    <message>
        <source>{folder} is not a casebook folder (it has no {db_name}). Choose the folder that Casebook created.</source>
        <translation>‎{folder}‎ ليس مجلد سجل قضايا (ليس فيه ‎{db_name}‎). اختر المجلد الذي أنشأه Casebook.</translation>
    </message>
    <message>
        <source>{folder}: is a file or a link, not the folder Casebook keeps time-stamps in. Find out how it got there, then move it out of the casebook folder.</source>
        <translation>‎{folder}‎: ملف أو رابط، لا المجلد الذي يحفظ فيه Casebook الأختام الزمنية. اعرف كيف وصل إلى هناك، ثم انقله خارج مجلد سجل القضايا.</translation>
    </message>
    <message>
        <source>{here}: differs from {whose} history this casebook already holds of that casebook: entries were changed or removed in between</source>
        <translation>{here}: يختلف عن تاريخ {whose} الذي يحفظه سجل القضايا هذا من سجل القضايا ذاك: غُيِّرت قيود أو حُذفت في الأثناء</translation>
    </message>
    <message>
        <source>{here}: does not follow on from the entry before it</source>
        <translation>{here}: لا يتبع القيد الذي قبله</translation>
    </message>
    <message>
        <source>{here}: does not match its own hash: the history was altered after it was written</source>
        <translation>{here}: لا يطابق بصمته: عُدِّل التاريخ بعد كتابته</translation>
    </message>
    <message>
        <source>{key_file} names a different key than the manifest; do not trust either until the sender confirms the fingerprint.</source>
        <translation>‎{key_file}‎ يذكر مفتاحاً غير الذي في البيان؛ لا تثق بأي منهما حتى يؤكد المرسِل البصمة.</translation>
    </message>
    <message>
        <source>{key} ({title}) applies only to {categories}, and {crime} is {category}.</source>
        <translation>{key} (‎{title}‎) لا يسري إلا على {categories}، و‎{crime}‎ من {category}.</translation>
    </message>
    <message>
        <source>{key} ({title}) is not a mode of liability one is charged under.</source>
        <translation>{key} (‎{title}‎) ليس شكل مسؤولية يُتَّهم المرء بموجبه.</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>يجب أن يكون {key} نصاً</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}: {reason}</translation>
    </message>
    <message>
        <source>{label} is too large to open here ({mib} MiB read so far). Export it to a folder of your choice instead.</source>
        <translation>{label} أكبر من أن يُفتح هنا (قُرئ {mib} MiB حتى الآن). صدِّره إلى مجلد تختاره بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{location} is neither a bundle folder nor a zip file. Give the folder that holds manifest.json, or the bundle&apos;s .zip (decrypt an .age file first with age).</source>
        <translation>‎{location}‎ ليس مجلد ملف شكوى ولا ملف zip. أعطِ المجلد الذي فيه manifest.json، أو ملف ‎.zip لملف الشكوى (فك تشفير ملف ‎.age أولاً بـ age).</translation>
    </message>
    <message>
        <source>{manifest} has format {found}, not {format}.</source>
        <translation>صيغة ‎{manifest}‎ هي {found}، لا {format}.</translation>
    </message>
    <message>
        <source>{manifest} is missing, so nothing in the bundle can be checked.</source>
        <translation>‎{manifest}‎ مفقود، فلا يمكن فحص أي شيء في ملف الشكوى.</translation>
    </message>
    <message>
        <source>{manifest} is not a readable Casebook manifest (it was damaged or edited).</source>
        <translation>‎{manifest}‎ ليس بيان Casebook يمكن قراءته (تلف أو عُدِّل).</translation>
    </message>
    <message>
        <source>{manifest} lists an unsafe path {name}.</source>
        <translation>‎{manifest}‎ يذكر مساراً غير آمن {name}.</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{month} {year} (day unknown)</source>
        <translation>{month} {year} (اليوم مجهول)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} مجلد، لا ملف.</translation>
    </message>
    <message>
        <source>{name} is in the way (left from an interrupted package?). Remove it and try again.</source>
        <translation>{name} يعترض الطريق (بقي من حزمة انقطعت؟). احذفه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; nothing was imported.</source>
        <translation>{name} ليس نصاً بترميز UTF-8؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg}); nothing was imported.</source>
        <translation>{name} ليس JSON صالحاً (السطر {lineno}، العمود {colno}: {msg})؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{name} is {code}: give the code {code} instead of the name.</source>
        <translation>{name} هو {code}: أعطِ الرمز {code} بدلاً من الاسم.</translation>
    </message>
    <message>
        <source>{name} is {size} MiB; interchange documents over {limit} MiB are refused. Split the export by case.</source>
        <translation>حجم {name} هو {size} MiB؛ وتُرفض مستندات التبادل التي تزيد على {limit} MiB. قسِّم التصدير حسب القضية.</translation>
    </message>
    <message>
        <source>{name}: has {size} bytes, but the manifest records {recorded}.</source>
        <translation>{name}: حجمه {size} بايت، لكن البيان يسجِّل {recorded}.</translation>
    </message>
    <message>
        <source>{name}: its SHA-256 does not match the manifest; the file was changed or damaged.</source>
        <translation>{name}: قيمة SHA-256 الخاصة به لا تطابق البيان؛ غُيِّر الملف أو تلف.</translation>
    </message>
    <message>
        <source>{name}: listed in the manifest but missing from the bundle.</source>
        <translation>{name}: مذكور في البيان لكنه مفقود من ملف الشكوى.</translation>
    </message>
    <message>
        <source>{name}: present in the bundle but not listed in the manifest.</source>
        <translation>{name}: موجود في ملف الشكوى لكنه غير مذكور في البيان.</translation>
    </message>
    <message>
        <source>{out} already exists. Choose a new file name for the package.</source>
        <translation>‎{out}‎ موجود من قبل. اختر اسم ملف جديداً للحزمة.</translation>
    </message>
    <message>
        <source>{path}: Casebook did not put this in the casebook folder. Find out how it got there, then move it out of the folder.</source>
        <translation>‎{path}‎: لم يضع Casebook هذا في مجلد سجل القضايا. اعرف كيف وصل إلى هناك، ثم انقله خارج المجلد.</translation>
    </message>
    <message>
        <source>{path}: a stored (encrypted) file that no record refers to. An interrupted import can leave one, or casebook.db is older than the rest of the folder; keep the file until you know which.</source>
        <translation>‎{path}‎: ملف مخزَّن (مشفَّر) لا يشير إليه أي سجل. قد يتركه استيراد انقطع، أو قد يكون casebook.db أقدم من باقي المجلد؛ احتفظ بالملف حتى تعرف أيهما.</translation>
    </message>
    <message>
        <source>{path}: not a time-stamp Casebook made; find out where it came from, then remove it</source>
        <translation>‎{path}‎: ليس ختماً زمنياً أنشأه Casebook؛ اعرف من أين جاء، ثم احذفه</translation>
    </message>
    <message>
        <source>{path}: refers to a person that is not in this case</source>
        <translation>‎{path}‎: يشير إلى شخص ليس في هذه القضية</translation>
    </message>
    <message>
        <source>{path}: refers to a {kind} that is not in this case</source>
        <translation>‎{path}‎: يشير إلى {kind} ليس في هذه القضية</translation>
    </message>
    <message>
        <source>{path}: the person is not an alleged perpetrator (role {role})</source>
        <translation>‎{path}‎: الشخص ليس جانياً مزعوماً (الدور {role})</translation>
    </message>
    <message>
        <source>{place} is a complaint bundle exported before; writing into it would break its signed manifest. Choose another folder (for example the one that holds it), or move that bundle away.</source>
        <translation>‎{place}‎ ملف شكوى صُدِّر من قبل؛ والكتابة فيه تكسر بيانه الموقَّع. اختر مجلداً آخر (مثلاً المجلد الذي يحتويه)، أو انقل ملف الشكوى ذاك.</translation>
    </message>
    <message>
        <source>{place} is a file, not a folder. Choose a folder for the bundle (a new one is created if it does not exist), or move that file away.</source>
        <translation>‎{place}‎ ملف، لا مجلد. اختر مجلداً لملف الشكوى (يُنشأ مجلد جديد إن لم يكن موجوداً)، أو انقل ذلك الملف.</translation>
    </message>
    <message>
        <source>{problem} Choose one of: {choices}.</source>
        <translation>{problem} اختر واحداً من: {choices}.</translation>
    </message>
    <message>
        <source>{pseudonym} affiliation</source>
        <translation>{pseudonym}: الانتماء</translation>
    </message>
    <message>
        <source>{pseudonym} has no consent recorded</source>
        <translation>لم تُسجَّل موافقة لـ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} has no identity recorded to seal.</source>
        <translation>ليس لـ {pseudonym} هوية مسجَّلة لختمها.</translation>
    </message>
    <message>
        <source>{pseudonym} is already charged under {mode} in this charge.</source>
        <translation>{pseudonym} متهم من قبل بموجب ‎{mode}‎ في هذه التهمة.</translation>
    </message>
    <message>
        <source>{pseudonym} is not recorded as an alleged perpetrator (roles: {roles}). Add the role alleged_perpetrator to this person first, or choose another person.</source>
        <translation>{pseudonym} غير مسجَّل جانياً مزعوماً (الأدوار: {roles}). أضف الدور alleged_perpetrator لهذا الشخص أولاً، أو اختر شخصاً آخر.</translation>
    </message>
    <message>
        <source>{pseudonym} position</source>
        <translation>{pseudonym}: المنصب</translation>
    </message>
    <message>
        <source>{pseudonym} rank</source>
        <translation>{pseudonym}: الرتبة</translation>
    </message>
    <message>
        <source>{pseudonym} unit</source>
        <translation>{pseudonym}: الوحدة</translation>
    </message>
    <message>
        <source>{pseudonym} withdrew consent on {date}</source>
        <translation>سحب {pseudonym} موافقته في {date}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover publication</source>
        <translation>موافقة {pseudonym} لا تشمل النشر</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings</source>
        <translation>موافقة {pseudonym} لا تشمل الاستخدام في الإجراءات القانونية</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings with {recipient}</source>
        <translation>موافقة {pseudonym} لا تشمل الاستخدام في الإجراءات القانونية لدى {recipient}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover {use}</source>
        <translation>موافقة {pseudonym} لا تشمل {use}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s identity cannot be disclosed in this export: {reason}. Remove {pseudonym} from the identities to seal.</source>
        <translation>لا يمكن الإفصاح عن هوية {pseudonym} في هذا التصدير: {reason}. احذف {pseudonym} من الهويات المراد ختمها.</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s statement is left out of this export for lack of consent, so their identity cannot be disclosed in it either. Remove {pseudonym} from the identities to seal.</source>
        <translation>إفادة {pseudonym} مستبعدة من هذا التصدير لعدم الموافقة، فلا يمكن الإفصاح عن هويته فيه أيضاً. احذف {pseudonym} من الهويات المراد ختمها.</translation>
    </message>
    <message>
        <source>{reasons}; {reason}</source>
        <translation>{reasons}؛ {reason}</translation>
    </message>
    <message>
        <source>{signature} does not match {manifest}: the manifest was changed after it was signed, or the signature belongs to another manifest or key.</source>
        <translation>‎{signature}‎ لا يطابق ‎{manifest}‎: غُيِّر البيان بعد توقيعه، أو التوقيع يخص بياناً أو مفتاحاً آخر.</translation>
    </message>
    <message>
        <source>{signature} is missing: the manifest is not signed.</source>
        <translation>‎{signature}‎ مفقود: البيان غير موقَّع.</translation>
    </message>
    <message>
        <source>{source} has no root certificate (one that signed itself). Add the root certificate the TSA publishes after its own certificate in the PEM file.</source>
        <translation>ليس في ‎{source}‎ شهادة جذر (شهادة وقَّعت نفسها). أضف شهادة الجذر التي تنشرها الـ TSA بعد شهادتها في ملف PEM.</translation>
    </message>
    <message>
        <source>{source} holds no certificate Casebook can read. Give the TSA&apos;s certificate chain as a PEM file (the TSA&apos;s certificate and its root).</source>
        <translation>لا يحتوي ‎{source}‎ أي شهادة يقرؤها Casebook. أعطِ سلسلة شهادات الـ TSA في ملف PEM (شهادة الـ TSA وجذرها).</translation>
    </message>
    <message>
        <source>{source} is not a certificate file. Give the TSA&apos;s PEM chain.</source>
        <translation>‎{source}‎ ليس ملف شهادة. أعطِ سلسلة PEM الخاصة بالـ TSA.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} إلى {end}</translation>
    </message>
    <message>
        <source>{summary} Pattern annex: counts across the incidents of the case that may be disclosed; counts of persons below {threshold} shown as &apos;&lt; {threshold}&apos;.</source>
        <translation>{summary} ملحق الأنماط: أعداد عبر حوادث القضية التي يجوز الإفصاح عنها؛ أعداد الأشخاص دون {threshold} تُعرض &apos;&lt; {threshold}&apos;.</translation>
    </message>
    <message>
        <source>{target} already exists. Choose another file name.</source>
        <translation>‎{target}‎ موجود من قبل. اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>{url} is not a time-stamp authority address. Give its http:// or https:// URL, as the TSA publishes it.</source>
        <translation>‎{url}‎ ليس عنوان سلطة ختم زمني. أعطِ عنوان URL بـ http:// أو https:// كما تنشره الـ TSA.</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: must be a path inside the JSON file&apos;s folder, relative to it, with no &apos;..&apos; and no symbolic link</source>
        <translation>{where}/evidence/{i}/file: يجب أن يكون مساراً داخل مجلد ملف JSON، نسبياً إليه، بلا &apos;..&apos; وبلا رابط رمزي</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: there is no file at this path beside the JSON file</source>
        <translation>{where}/evidence/{i}/file: لا ملف في هذا المسار بجوار ملف JSON</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/sha256: a file needs its SHA-256 to be checked</source>
        <translation>{where}/evidence/{i}/sha256: يحتاج الملف إلى قيمة SHA-256 لفحصه</translation>
    </message>
    <message>
        <source>{where}/persons: the pseudonym {dup} is used twice</source>
        <translation>{where}/persons: الاسم المستعار {dup} مستخدم مرتين</translation>
    </message>
    <message>
        <source>{where}/reference: a case with this reference already exists</source>
        <translation>{where}/reference: توجد قضية بهذا المرجع من قبل</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/id: this signer is listed twice</source>
        <translation>{where}/signers/{i}/id: هذا الموقِّع مذكور مرتين</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/signing_public_key: is not an Ed25519 key</source>
        <translation>{where}/signers/{i}/signing_public_key: ليس مفتاح Ed25519</translation>
    </message>
    <message>
        <source>{where}/signers: a signer has the id of a user of this casebook but another signing key; someone may be impersonating a colleague</source>
        <translation>{where}/signers: لموقِّع معرِّف مستخدم من سجل القضايا هذا لكن بمفتاح توقيع آخر؛ قد يكون أحد ينتحل صفة زميل</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</source>
        <translation>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments/{j}/id: already in use</source>
        <translation>{where}/testimonies/{i}/segments/{j}/id: مستخدم من قبل</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments: two segments share a position</source>
        <translation>{where}/testimonies/{i}/segments: مقطعان في الموضع نفسه</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/{path}/id: this id is already in use</source>
        <translation>{where}/testimonies/{i}/‎{path}‎/id: هذا المعرِّف مستخدم من قبل</translation>
    </message>
    <message>
        <source>{where}/{key}/{i}/id: this id is already in use</source>
        <translation>{where}/{key}/{i}/id: هذا المعرِّف مستخدم من قبل</translation>
    </message>
    <message>
        <source>{where}: does not follow on from the entry before it</source>
        <translation>{where}: لا يتبع القيد الذي قبله</translation>
    </message>
    <message>
        <source>{where}: entries before it are missing</source>
        <translation>{where}: القيود التي قبله مفقودة</translation>
    </message>
    <message>
        <source>{where}: expected entry {expected} here; entries are missing</source>
        <translation>{where}: كان المتوقع هنا القيد {expected}؛ قيود مفقودة</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was received</source>
        <translation>{where}: عُدِّل محتواه بعد استلامه</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was written</source>
        <translation>{where}: عُدِّل محتواه بعد كتابته</translation>
    </message>
    <message>
        <source>{where}: its signature does not match its content</source>
        <translation>{where}: توقيعه لا يطابق محتواه</translation>
    </message>
    <message>
        <source>{where}: set by {label}, {why}, so it does not count. Verify that identity&apos;s fingerprint with its owner (`casebook identity verify`) if it is genuine.</source>
        <translation>{where}: وضعه {label}، {why}، فلا يُحتسب. تحقق من بصمة تلك الهوية مع صاحبها (‎`casebook identity verify`‎) إن كانت أصلية.</translation>
    </message>
    <message>
        <source>{where}: the sequence skips from {last}</source>
        <translation>{where}: يقفز التسلسل من {last}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{who} place</source>
        <translation>{who}: المكان</translation>
    </message>
    <message>
        <source>{who} {part}</source>
        <translation>{who}: {part}</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year} (month unknown)</source>
        <translation>{year} (الشهر مجهول)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>تغيير عبارة المرور(&amp;C)</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The new passphrase opens this casebook from now on; the old one no longer does. The data is not rewritten. The recovery key stays as it is.</source>
        <translation>من الآن فصاعداً تفتح عبارة المرور الجديدة سجل القضايا هذا، ولا تفتحه القديمة. لا يُعاد كتابة البيانات. ويبقى مفتاح الاسترداد كما هو.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>عبارة المرور الحالية:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>اكتب عبارة المرور التي تفتحه الآن.</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>New charge</source>
        <translation>تهمة جديدة</translation>
    </message>
    <message>
        <source>Choose the crime to charge.</source>
        <translation>اختر الجريمة موضوع التهمة.</translation>
    </message>
    <message>
        <source>optional; the crime&apos;s title is used</source>
        <translation>اختياري؛ يُستخدم عنوان الجريمة</translation>
    </message>
    <message>
        <source>National provision (Germany, VStGB)</source>
        <translation>نص قانوني وطني (ألمانيا، VStGB)</translation>
    </message>
    <message>
        <source>Alleged perpetrators and their mode of liability</source>
        <translation>الجناة المزعومون وأشكال مسؤوليتهم</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>الجاني المزعوم</translation>
    </message>
    <message>
        <source>Mode of liability</source>
        <translation>شكل المسؤولية</translation>
    </message>
    <message>
        <source>No person of this case has the role alleged perpetrator yet.</source>
        <translation>لا يوجد بعد في هذه القضية شخص له دور الجاني المزعوم.</translation>
    </message>
    <message>
        <source>Incidents the charge rests on</source>
        <translation>الحوادث التي تستند إليها التهمة</translation>
    </message>
    <message>
        <source>Crime:</source>
        <translation>الجريمة:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>German provision:</source>
        <translation>النص الألماني:</translation>
    </message>
    <message>
        <source>Perpetrators:</source>
        <translation>الجناة:</translation>
    </message>
    <message>
        <source>Rests on incidents
(none: all material):</source>
        <translation>تستند إلى الحوادث
(لا شيء: كل المواد):</translation>
    </message>
    <message>
        <source>Add charge</source>
        <translation>إضافة التهمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>(no German provision)</source>
        <translation>(لا نص ألماني)</translation>
    </message>
    <message>
        <source>{citation} (partial match)</source>
        <translation>{citation} (تطابق جزئي)</translation>
    </message>
    <message>
        <source>(not charged)</source>
        <translation>(غير متهم)</translation>
    </message>
    <message>
        <source>Choose the crime to charge first.</source>
        <translation>اختر الجريمة موضوع التهمة أولاً.</translation>
    </message>
    <message>
        <source>The charge was not added</source>
        <translation>لم تُضَف التهمة</translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <source>Charges</source>
        <translation>التهم</translation>
    </message>
    <message>
        <source>Each charge is a crime, its alleged perpetrators with their mode of liability, the German provision and the incidents it rests on. Activate one to see its matrix.</source>
        <translation>كل تهمة هي جريمة، وجناتها المزعومون مع شكل مسؤولية كل منهم، والنص الألماني، والحوادث التي تستند إليها. فعّل تهمة لترى مصفوفتها.</translation>
    </message>
    <message>
        <source>Charges of this case</source>
        <translation>تهم هذه القضية</translation>
    </message>
    <message>
        <source>New charge…</source>
        <translation>تهمة جديدة…</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
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
        <translation>لا نص قانوني وطني</translation>
    </message>
    <message>
        <source>no perpetrator charged</source>
        <translation>لا جاني متهم</translation>
    </message>
    <message>
        <source>no elements</source>
        <translation>لا أركان</translation>
    </message>
    <message>
        <source>Charges ({count})</source>
        <translation>التهم ({count})</translation>
    </message>
</context>
<context>
    <name>CitePicker</name>
    <message>
        <source>Cite</source>
        <translation>استشهاد</translation>
    </message>
    <message>
        <source>What to cite</source>
        <translation>ما يُستشهد به</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>اكتب للتصفية</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Material of this case</source>
        <translation>مواد هذه القضية</translation>
    </message>
    <message>
        <source>Insert citation</source>
        <translation>إدراج استشهاد</translation>
    </message>
    <message>
        <source>Choose what to cite from the list first.</source>
        <translation>اختر أولاً من القائمة ما تستشهد به.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>التعارضات المفتوحة</translation>
    </message>
    <message>
        <source>Your value and theirs, field by field</source>
        <translation>قيمتك وقيمتهم، حقلاً حقلاً</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine (kept now)</source>
        <translation>نسختي (المحفوظة الآن)</translation>
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation>نسختهم (الواردة)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>الأخذ بنسختهم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>{kind} · from {sender}
{when}</source>
        <translation>{kind} · من {sender}
{when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا تعارضات مفتوحة.</translation>
    </message>
    <message>
        <source>No open conflicts: every import merged cleanly.</source>
        <translation>لا تعارضات مفتوحة: دُمجت كل عمليات الاستيراد بلا مشكلات.</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>لم يُحسم التعارض</translation>
    </message>
    <message>
        <source>Kept your version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>أُبقيت نسختك من {kind} {unit}. الحزمة التالية إلى {sender} تحمل هذا القرار.</translation>
    </message>
    <message>
        <source>Kept their version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>أُخذت نسختهم من {kind} {unit}. الحزمة التالية إلى {sender} تحمل هذا القرار.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Not recorded yet — choose how it was given</source>
        <translation>لم تُسجَّل بعد — اختر كيف أُعطيت</translation>
    </message>
    <message>
        <source>Written (signed form)</source>
        <translation>كتابية (نموذج موقَّع)</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>تسجيل مرئي</translation>
    </message>
    <message>
        <source>Oral, witnessed</source>
        <translation>شفوية، بحضور شاهد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>May be used in legal proceedings</source>
        <translation>يجوز استخدامها في الإجراءات القانونية</translation>
    </message>
    <message>
        <source>May be published (without identity)</source>
        <translation>يجوز نشرها (دون كشف الهوية)</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>يجوز الاتصال به مجدداً</translation>
    </message>
    <message>
        <source>Consent recorded as</source>
        <translation>سُجِّلت الموافقة على شكل</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>أُعطيت في</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>سُحبت في</translation>
    </message>
    <message>
        <source>empty unless withdrawn</source>
        <translation>فارغ ما لم تُسحب</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>ملاحظة السحب</translation>
    </message>
    <message>
        <source>May go to (states and bodies):</source>
        <translation>يجوز إرسالها إلى (الدول والهيئات):</translation>
    </message>
    <message>
        <source>Consent was withdrawn on {date}. Nothing from this statement may be shared or exported.</source>
        <translation>سُحبت الموافقة في {date}. لا يجوز مشاركة أي شيء من هذه الإفادة أو تصديره.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>no state or body named yet</source>
        <translation>لم تُسمَّ أي دولة أو هيئة بعد</translation>
    </message>
    <message>
        <source>legal proceedings ({recipients})</source>
        <translation>الإجراءات القانونية ({recipients})</translation>
    </message>
    <message>
        <source>publication without identity</source>
        <translation>النشر دون كشف الهوية</translation>
    </message>
    <message>
        <source>The witness agreed to: {uses}.</source>
        <translation>وافق الشاهد على: {uses}.</translation>
    </message>
    <message>
        <source>No use has been agreed yet: record what the witness consented to.</source>
        <translation>لم يُتَّفق بعد على أي استخدام: سجِّل ما وافق عليه الشاهد.</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>Documenter (field interviews)</source>
        <translation>موثِّق (مقابلات ميدانية)</translation>
    </message>
    <message>
        <source>Legal analyst</source>
        <translation>محلل قانوني</translation>
    </message>
    <message>
        <source>Supervisor (review)</source>
        <translation>مشرف (مراجعة)</translation>
    </message>
    <message>
        <source>Create a casebook</source>
        <translation>إنشاء سجل قضايا</translation>
    </message>
    <message>
        <source>A casebook is one encrypted folder. Nothing in it can be read without your passphrase or the recovery key you will be shown next.</source>
        <translation>سجل القضايا مجلد واحد مشفَّر. لا يمكن قراءة أي شيء فيه دون عبارة مرورك أو مفتاح الاسترداد الذي سيُعرض عليك بعد قليل.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose location</source>
        <translation>اختيار الموقع</translation>
    </message>
    <message>
        <source>Casebook folder name</source>
        <translation>اسم مجلد سجل القضايا</translation>
    </message>
    <message>
        <source>for example: border-interviews-2025</source>
        <translation>مثلاً: border-interviews-2025</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>as it will appear in the audit log</source>
        <translation>كما سيظهر في سجل التدقيق</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>دورك</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>اسم المجلد:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>دورك:</translation>
    </message>
    <message>
        <source>Creating the casebook…</source>
        <translation>جارٍ إنشاء سجل القضايا…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إنشاء(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Where should the casebook folder be made?</source>
        <translation>أين يُنشأ مجلد سجل القضايا؟</translation>
    </message>
    <message>
        <source>Give the new casebook folder a name.</source>
        <translation>أعطِ مجلد سجل القضايا الجديد اسماً.</translation>
    </message>
    <message>
        <source>A folder name cannot contain / or \.</source>
        <translation>لا يجوز أن يحتوي اسم المجلد على / أو \.</translation>
    </message>
    <message>
        <source>The casebook could not be created</source>
        <translation>تعذّر إنشاء سجل القضايا</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>اختر التاريخ من تقويم (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>اختيار التاريخ</translation>
    </message>
</context>
<context>
    <name>DocumentationPanel</name>
    <message>
        <source>— not recorded —</source>
        <translation>— لم يُسجَّل —</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>الحاضرون الآخرون</translation>
    </message>
    <message>
        <source>Interview recorded as</source>
        <translation>سُجِّلت المقابلة على شكل</translation>
    </message>
    <message>
        <source>Notes by the interviewer</source>
        <translation>ملاحظات مُجري المقابلة</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>تسجيل مرئي</translation>
    </message>
    <message>
        <source>Statement written by the person</source>
        <translation>إفادة كتبها الشخص نفسه</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>طريقة أخرى</translation>
    </message>
    <message>
        <source>Earlier accounts</source>
        <translation>روايات سابقة</translation>
    </message>
    <message>
        <source>None given before</source>
        <translation>لم يُدلِ بروايات من قبل</translation>
    </message>
    <message>
        <source>Given before</source>
        <translation>أدلى بها من قبل</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>أُدلي بها إلى</translation>
    </message>
    <message>
        <source>e.g. a UN mission, a journalist</source>
        <translation>مثلاً بعثة للأمم المتحدة، صحفي</translation>
    </message>
    <message>
        <source>Given when</source>
        <translation>أُدلي بها متى</translation>
    </message>
    <message>
        <source>as the person remembers it</source>
        <translation>كما يتذكرها الشخص</translation>
    </message>
    <message>
        <source>Referral to support</source>
        <translation>الإحالة إلى الدعم</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>أُحيل</translation>
    </message>
    <message>
        <source>Offered and declined</source>
        <translation>عُرضت ورُفضت</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>لا حاجة</translation>
    </message>
    <message>
        <source>No service available</source>
        <translation>لا تتوفر خدمة</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>الخدمة؛ تُطبع فقط في الصيغة الداخلية</translation>
    </message>
    <message>
        <source>the service; printed only in the internal edition</source>
        <translation>الخدمة؛ تُطبع فقط في النسخة الداخلية</translation>
    </message>
    <message>
        <source>This item is</source>
        <translation>هذا العنصر هو</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>A working copy (original kept elsewhere)</source>
        <translation>نسخة عمل (الأصل محفوظ في مكان آخر)</translation>
    </message>
    <message>
        <source>A copy as received</source>
        <translation>نسخة كما وردت</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation>الأصل محفوظ في</translation>
    </message>
    <message>
        <source>where, and by whom</source>
        <translation>أين، ولدى من</translation>
    </message>
    <message>
        <source>Interview, earlier accounts and support</source>
        <translation>المقابلة والروايات السابقة والدعم</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>أصل أم نسخة</translation>
    </message>
    <message>
        <source>As the documentation guidelines ask. Every field is optional: leave what was not recorded empty.</source>
        <translation>كما تطلب إرشادات التوثيق. كل الحقول اختيارية: اترك فارغاً ما لم يُسجَّل.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit {field}</source>
        <translation>تعديل {field}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>تعديل الإفادة</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>… and {count} more</source>
        <translation>… و{count} غيرها</translation>
    </message>
    <message>
        <source>There was not enough memory for this step. Close other programs and try again.</source>
        <translation>لم تكفِ الذاكرة لهذه الخطوة. أغلق البرامج الأخرى وحاول مجدداً.</translation>
    </message>
    <message>
        <source>Something went wrong that Casebook did not expect; nothing was saved from this step. Try again, and if it happens again, report it with the details from the terminal.</source>
        <translation>حدث خطأ لم يتوقعه Casebook؛ لم يُحفظ شيء من هذه الخطوة. حاول مجدداً، وإن تكرر فأبلغ عنه مع التفاصيل الظاهرة في الطرفية.</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>كيف حُصل عليه</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>تاريخ الجمع</translation>
    </message>
    <message>
        <source>Collected at (place)</source>
        <translation>مكان الجمع</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>وقت التسجيل</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>وقت الإنشاء</translation>
    </message>
    <message>
        <source>Digitised at</source>
        <translation>وقت الرقمنة</translation>
    </message>
    <message>
        <source>Modified at</source>
        <translation>وقت التعديل</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>الارتفاع (م)</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>صانع الكاميرا</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>طراز الكاميرا</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>العرض (بكسل)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>الارتفاع (بكسل)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>المدة (ث)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>الحاوية</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>ترميز الفيديو</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>ترميز الصوت</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Content credentials</source>
        <translation>بيانات اعتماد المحتوى</translation>
    </message>
    <message>
        <source>Made with (C2PA)</source>
        <translation>أُنشئ بواسطة (C2PA)</translation>
    </message>
    <message>
        <source>Captured (C2PA)</source>
        <translation>وقت الالتقاط (C2PA)</translation>
    </message>
    <message>
        <source>Place (C2PA)</source>
        <translation>المكان (C2PA)</translation>
    </message>
    <message>
        <source>Actions (C2PA)</source>
        <translation>الإجراءات (C2PA)</translation>
    </message>
    <message>
        <source>ProofMode bundle</source>
        <translation>حزمة ProofMode</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>وقت التسجيل</translation>
    </message>
    <message>
        <source>OpenTimestamps proof</source>
        <translation>إثبات OpenTimestamps</translation>
    </message>
    <message>
        <source>C2PA manifest file</source>
        <translation>ملف بيان C2PA</translation>
    </message>
    <message>
        <source>Device check</source>
        <translation>فحص الجهاز</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>توقيع {name}</translation>
    </message>
    <message>
        <source>none (unknown provenance; most genuine files carry none, so this is not a sign of forgery)</source>
        <translation>لا توجد (المصدر والمنشأ مجهولان؛ معظم الملفات الأصلية لا تحمل شيئاً منها، فليس هذا علامة تزوير)</translation>
    </message>
    <message>
        <source>not checked: the file could not be parsed for content credentials</source>
        <translation>لم تُفحص: تعذّر تحليل الملف بحثاً عن بيانات اعتماد المحتوى</translation>
    </message>
    <message>
        <source>valid, signed by {signer} (checked offline: signature and content hashes; the signer&apos;s certificate was not checked against a trust list, nor for revocation)</source>
        <translation>صالحة، وقّعها {signer} (فُحصت دون اتصال: التوقيع وبصمات المحتوى؛ لم تُفحص شهادة الموقِّع مقابل قائمة ثقة، ولا من حيث الإلغاء)</translation>
    </message>
    <message>
        <source>present but invalid: {failures} (signed as {signer})</source>
        <translation>موجودة لكنها غير صالحة: {failures} (موقَّعة باسم {signer})</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 للملف</translation>
    </message>
    <message>
        <source>Embedded metadata — check it against what you know</source>
        <translation>البيانات الوصفية المضمَّنة — قارنها بما تعرفه</translation>
    </message>
    <message>
        <source>Use GPS as collection place</source>
        <translation>استخدام GPS مكاناً للجمع</translation>
    </message>
    <message>
        <source>Tag exhibit…</source>
        <translation>وسم الدليل…</translation>
    </message>
    <message>
        <source>Drop files or folders on this window, or press Ctrl+I, to add evidence. Choose an item in the list to see it here.</source>
        <translation>أفلت ملفات أو مجلدات على هذه النافذة، أو اضغط Ctrl+I، لإضافة أدلة. اختر عنصراً من القائمة لتراه هنا.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>الملف: {name}</translation>
    </message>
    <message>
        <source>{media_type}, {size}</source>
        <comment>a file&apos;s type and size</comment>
        <translation>{media_type}، {size}</translation>
    </message>
    <message>
        <source>Same content as “{title}”; stored once.</source>
        <translation>المحتوى نفسه الموجود في «{title}»؛ خُزِّن مرة واحدة.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>The file carries no metadata Casebook can read.</source>
        <translation>لا يحمل الملف بيانات وصفية يستطيع Casebook قراءتها.</translation>
    </message>
    <message>
        <source>exhibit “{title}”</source>
        <translation>الدليل «{title}»</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Taken at (file)</source>
        <translation>وقت الالتقاط (الملف)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>When the photo or recording was made, as its embedded metadata (EXIF, container) says — unverified; empty when the file carries none.</source>
        <translation>وقت التقاط الصورة أو التسجيل، كما تقول بياناته الوصفية المضمَّنة (EXIF، الحاوية) — غير متحقَّق منه؛ فارغ إن لم يحمل الملف شيئاً منها.</translation>
    </message>
    <message>
        <source>When the file was taken into this casebook.</source>
        <translation>وقت إدخال الملف إلى سجل القضايا هذا.</translation>
    </message>
    <message>
        <source>Filter by title, file name or type</source>
        <translation>تصفية حسب العنوان أو اسم الملف أو نوعه</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>تصفية الأدلة</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>عناصر الأدلة</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Taken at {time} (from the file&apos;s metadata)</source>
        <translation>التُقط في {time} (من البيانات الوصفية للملف)</translation>
    </message>
    <message>
        <source>{title}  (duplicate)</source>
        <translation>{title}  (مكرر)</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>{encoding} (some bytes could not be read and show as �)</source>
        <translation>{encoding} (تعذّرت قراءة بعض البايتات فظهرت بشكل �)</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 مع علامة ترتيب البايت</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (غربي)</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>نص الدليل</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>ملاءمة النافذة</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>تصدير نسخة…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy of this evidence</source>
        <translation>تصدير نسخة غير مشفَّرة من هذا الدليل</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a zoom factor</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>This item has no stored file (a physical item or a note).</source>
        <translation>ليس لهذا العنصر ملف مخزَّن (عنصر مادي أو ملاحظة).</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>جارٍ فك التشفير…</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because this installation lacks the Qt PDF module (the PySide6-Pdf package). Export a copy to read it in a PDF reader.</source>
        <translation>لا يمكن عرض صفحات PDF هنا لأن هذا التثبيت يفتقر إلى وحدة Qt PDF (حزمة PySide6-Pdf). صدِّر نسخة لقراءتها في قارئ PDF.</translation>
    </message>
    <message>
        <source>Audio and video cannot be played here because this installation lacks Qt Multimedia (the PySide6-Addons package). Casebook plays recordings only from memory; export a copy to play it in another program.</source>
        <translation>لا يمكن تشغيل الصوت والفيديو هنا لأن هذا التثبيت يفتقر إلى Qt Multimedia (حزمة PySide6-Addons). لا يشغّل Casebook التسجيلات إلا من الذاكرة؛ صدِّر نسخة لتشغيلها في برنامج آخر.</translation>
    </message>
    <message>
        <source>Casebook cannot show this kind of file itself. Export a copy to open it in another program.</source>
        <translation>لا يستطيع Casebook عرض هذا النوع من الملفات بنفسه. صدِّر نسخة لفتحها في برنامج آخر.</translation>
    </message>
    <message>
        <source>Casebook cannot show {media_type} itself. Export a copy to open it in another program.</source>
        <translation>لا يستطيع Casebook عرض {media_type} بنفسه. صدِّر نسخة لفتحها في برنامج آخر.</translation>
    </message>
    <message>
        <source>Text, read as {encoding} — first 2 MiB shown</source>
        <translation>نص، قُرئ بترميز {encoding} — تُعرض أول 2 MiB فقط</translation>
    </message>
    <message>
        <source>Text, read as {encoding}</source>
        <translation>نص، قُرئ بترميز {encoding}</translation>
    </message>
    <message>
        <source>The image could not be decoded. Export a copy to try another program.</source>
        <translation>تعذّر فك ترميز الصورة. صدِّر نسخة لتجربة برنامج آخر.</translation>
    </message>
    <message>
        <source>Image, {width} × {height} px (turned as its EXIF orientation says) — drag to pan</source>
        <translation>صورة، {width} × {height} بكسل (مُدارة كما يقول اتجاه EXIF) — اسحب للتحريك</translation>
    </message>
    <message>
        <source>Evidence PDF pages</source>
        <translation>صفحات PDF للدليل</translation>
    </message>
    <message>
        <source>The PDF is protected by a password, so its pages cannot be shown.</source>
        <translation>ملف PDF محمي بكلمة مرور، فلا يمكن عرض صفحاته.</translation>
    </message>
    <message>
        <source>The PDF could not be read. Export a copy to try another program.</source>
        <translation>تعذّرت قراءة ملف PDF. صدِّر نسخة لتجربة برنامج آخر.</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s), shown from memory</source>
        <translation>
            <numerusform>PDF، %n صفحة، معروض من الذاكرة</numerusform>
            <numerusform>PDF، صفحة واحدة (%n)، معروض من الذاكرة</numerusform>
            <numerusform>PDF، صفحتان (%n)، معروض من الذاكرة</numerusform>
            <numerusform>PDF، %n صفحات، معروض من الذاكرة</numerusform>
            <numerusform>PDF، %n صفحة، معروض من الذاكرة</numerusform>
            <numerusform>PDF، %n صفحة، معروض من الذاكرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence video</source>
        <translation>فيديو الدليل</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>الموضع في التسجيل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Video, played from memory ({size} MiB held)</source>
        <translation>فيديو، يُشغَّل من الذاكرة ({size} MiB محجوزة)</translation>
    </message>
    <message>
        <source>Audio, played from memory ({size} MiB held)</source>
        <translation>صوت، يُشغَّل من الذاكرة ({size} MiB محجوزة)</translation>
    </message>
    <message>
        <source>This recording cannot be played here: Qt Multimedia could not play it from memory ({reason}). Export a copy to play it in another program.</source>
        <translation>لا يمكن تشغيل هذا التسجيل هنا: تعذّر على Qt Multimedia تشغيله من الذاكرة ({reason}). صدِّر نسخة لتشغيلها في برنامج آخر.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>fit</source>
        <comment>zoom: fitted to the width</comment>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>The file could not be shown.</source>
        <translation>تعذّر عرض الملف.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>تصدير نسخة</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to that place can read it. Keep it on an encrypted drive and delete it when you no longer need it.</source>
        <translation>لن تكون النسخة مشفَّرة: يستطيع قراءتها كل من يصل إلى ذلك المكان. احفظها على قرص مشفَّر واحذفها حين لا تعود بحاجة إليها.</translation>
    </message>
    <message>
        <source>Take care: {warning}. Export it only for your own work, never to give it to anyone outside the team.</source>
        <translation>انتبه: {warning}. صدِّرها لعملك أنت فقط، ولا تعطها أبداً لأحد من خارج الفريق.</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>تصدير نسخة غير مشفَّرة؟</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Exported an unencrypted copy to {path}</source>
        <translation>صُدِّرت نسخة غير مشفَّرة إلى {path}</translation>
    </message>
    <message>
        <source>The copy could not be exported</source>
        <translation>تعذّر تصدير النسخة</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُقدَّمة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>documenter</source>
        <translation>موثِّق</translation>
    </message>
    <message>
        <source>legal analyst</source>
        <translation>محلل قانوني</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>external (no role claimed)</source>
        <translation>خارجي (لا يدّعي دوراً)</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} جديد</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} محدَّث</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} دون تغيير</translation>
    </message>
    <message>
        <source>{count} kept (ours is newer)</source>
        <translation>{count} أُبقي (نسختنا أحدث)</translation>
    </message>
    <message>
        <source>{count} in conflict</source>
        <translation>{count} في تعارض</translation>
    </message>
    <message>
        <source>case</source>
        <translation>قضية</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>هوية</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>إفادة</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>تهمة</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>العهدة</translation>
    </message>
    <message>
        <source>review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>{path} cannot be read as a text file.</source>
        <translation>لا يمكن قراءة {path} كملف نصي.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>{kind}: {changes}</source>
        <translation>{kind}: {changes}</translation>
    </message>
    <message>
        <source>attachments: {new} new, {known} already here</source>
        <translation>المرفقات: {new} جديد، {known} موجود هنا من قبل</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(السجل كاملاً)</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>غير موجود هنا</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>إصدار جديد</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>مرفق</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Filing — for the prosecutor</source>
        <translation>صيغة الإيداع — للمدعي العام</translation>
    </message>
    <message>
        <source>Internal — working copy with gaps and contradicting material</source>
        <translation>صيغة داخلية — نسخة عمل فيها الثغرات والمواد المناقضة</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>إفادة</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>هوية</translation>
    </message>
    <message>
        <source>name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>override</source>
        <translation>مُدرج رغم ذلك</translation>
    </message>
    <message>
        <source>law</source>
        <translation>قانون</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>استشهاد</translation>
    </message>
    <message>
        <source>{kind}: {label} — {reason}</source>
        <translation>{kind}: {label} — {reason}</translation>
    </message>
    <message>
        <source>Export complaint bundle</source>
        <translation>تصدير ملف الشكوى</translation>
    </message>
    <message>
        <source>Charges to include</source>
        <translation>التهم المشمولة</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>الجهة المرسَل إليها</translation>
    </message>
    <message>
        <source>{addressee} (consent must name {jurisdiction})</source>
        <translation>{addressee} (يجب أن تسمّي الموافقة {jurisdiction})</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Language of the complaint</source>
        <translation>لغة الشكوى</translation>
    </message>
    <message>
        <source>Add a pattern annex (counts only, no identities)</source>
        <translation>إضافة ملحق الأنماط (أعداد فقط، دون هويات)</translation>
    </message>
    <message>
        <source>Incidents by month, area, victim group, unit and crime, as tables and charts; counts of persons below 3 are shown as &apos;&lt; 3&apos;.</source>
        <translation>الحوادث حسب الشهر والمنطقة وفئة المجني عليهم والوحدة والجريمة، في جداول ورسوم بيانية؛ أعداد الأشخاص دون 3 تظهر بصيغة &apos;&lt; 3&apos;.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <source>a folder outside the casebook</source>
        <translation>مجلد خارج سجل القضايا</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Also pack the bundle into a zip file</source>
        <translation>حزم ملف الشكوى أيضاً في ملف zip</translation>
    </message>
    <message>
        <source>Encrypt to age public key</source>
        <translation>التشفير بمفتاح عام من نوع age</translation>
    </message>
    <message>
        <source>age1… (optional: one encrypted file, no plain folder)</source>
        <translation>age1… (اختياري: ملف مشفَّر واحد، بلا مجلد مكشوف)</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>التهم:</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>الجهة المرسَل إليها:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>مجلد الإخراج:</translation>
    </message>
    <message>
        <source>Encrypt to:</source>
        <translation>التشفير إلى:</translation>
    </message>
    <message>
        <source>Check the plan first: what consent keeps out is listed here.</source>
        <translation>افحص الخطة أولاً: ما تستبعده الموافقة مُدرج هنا.</translation>
    </message>
    <message>
        <source>What the bundle will leave out, and why</source>
        <translation>ما سيستبعده ملف الشكوى، ولماذا</translation>
    </message>
    <message>
        <source>Check what will be left out</source>
        <translation>فحص ما سيُستبعد</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>مجلد ملف الشكوى</translation>
    </message>
    <message>
        <source>Choose at least one charge to export.</source>
        <translation>اختر تهمة واحدة على الأقل للتصدير.</translation>
    </message>
    <message>
        <source>The bundle cannot be planned</source>
        <translation>لا يمكن التخطيط لملف الشكوى</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>لا يُستبعد شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Export, leaving out %n item(s)</source>
        <translation>
            <numerusform>تصدير، مع استبعاد %n عنصر</numerusform>
            <numerusform>تصدير، مع استبعاد عنصر واحد (%n)</numerusform>
            <numerusform>تصدير، مع استبعاد عنصرين (%n)</numerusform>
            <numerusform>تصدير، مع استبعاد %n عناصر</numerusform>
            <numerusform>تصدير، مع استبعاد %n عنصراً</numerusform>
            <numerusform>تصدير، مع استبعاد %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>The choices changed: check what will be left out again first.</source>
        <translation>تغيّرت الخيارات: افحص ما سيُستبعد مجدداً أولاً.</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle into.</source>
        <translation>اختر المجلد الذي يُكتب فيه ملف الشكوى.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>جارٍ إعداد ملف الشكوى…</translation>
    </message>
    <message>
        <source>The bundle is encrypted; the recipient checks it after decrypting.</source>
        <translation>ملف الشكوى مشفَّر؛ يفحصه المستلِم بعد فك التشفير.</translation>
    </message>
    <message>
        <source>Verified: every file matches the signed manifest.</source>
        <translation>تم التحقق: كل ملف يطابق البيان الموقَّع.</translation>
    </message>
    <message>
        <source>Verification FAILED: {problems}</source>
        <translation>فشل التحقق: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة (%n)</numerusform>
            <numerusform>صفحتان (%n)</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n دليل</numerusform>
            <numerusform>دليل واحد (%n)</numerusform>
            <numerusform>دليلان (%n)</numerusform>
            <numerusform>%n أدلة</numerusform>
            <numerusform>%n دليلاً</numerusform>
            <numerusform>%n دليل</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path} ({pages}, {exhibits}). {check}</source>
        <translation>كُتب {path} ({pages}، {exhibits}). {check}</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>لم يُصدَّر ملف الشكوى</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — counts {what}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — يعدّ {what}.</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُقدَّمة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Sex gender</source>
        <translation>الجنس / النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>الانتماء العرقي</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>الدين</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>country or situation</source>
        <translation>البلد أو الحالة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Date known as</source>
        <translation>كيف يُعرف التاريخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>المكان (بالكتابة الأصلية)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>المديرية / المحافظة</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>e.g. 20.1525</source>
        <translation>مثلاً 20.1525</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>e.g. 92.8789</source>
        <translation>مثلاً 92.8789</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation>البصمة {fingerprint}</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>الهويات</translation>
    </message>
    <message>
        <source>Your identity — give this text to colleagues</source>
        <translation>هويتك — أعطِ هذا النص لزملائك</translation>
    </message>
    <message>
        <source>Your public identity</source>
        <translation>هويتك العامة</translation>
    </message>
    <message>
        <source>Copy identity</source>
        <translation>نسخ الهوية</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>حفظ في ملف…</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>بصمتك:</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>الزملاء</translation>
    </message>
    <message>
        <source>Colleagues&apos; identities</source>
        <translation>هويات الزملاء</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>تعليم كمتحقَّق منه…</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity</source>
        <translation>لصق هوية زميل</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity here (-----BEGIN CASEBOOK IDENTITY----- …)</source>
        <translation>الصق هنا هوية زميل: نص يبدأ بالسطر ‎-----BEGIN CASEBOOK IDENTITY-----‎</translation>
    </message>
    <message>
        <source>Import pasted identity</source>
        <translation>استيراد الهوية الملصوقة</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>استيراد من ملف…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>متحقَّق منها</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>غير متحقَّق منها</translation>
    </message>
    <message>
        <source>Your identity is on the clipboard.</source>
        <translation>هويتك في الحافظة.</translation>
    </message>
    <message>
        <source>Save your identity</source>
        <translation>حفظ هويتك</translation>
    </message>
    <message>
        <source>The identity could not be written ({reason}).</source>
        <translation>تعذّرت كتابة الهوية ({reason}).</translation>
    </message>
    <message>
        <source>Saved your identity to {path}.</source>
        <translation>حُفظت هويتك في {path}.</translation>
    </message>
    <message>
        <source>The identity was not imported</source>
        <translation>لم تُستورد الهوية</translation>
    </message>
    <message>
        <source>Stored the identity of {name}.</source>
        <translation>خُزِّنت هوية {name}.</translation>
    </message>
    <message>
        <source>Already had the identity of {name}.</source>
        <translation>هوية {name} موجودة من قبل.</translation>
    </message>
    <message>
        <source>{done} Compare its fingerprint before trusting it.</source>
        <translation>{done} قارن بصمتها قبل أن تثق بها.</translation>
    </message>
    <message>
        <source>Colleague&apos;s identity file</source>
        <translation>ملف هوية الزميل</translation>
    </message>
    <message>
        <source>Choose the colleague whose fingerprint you compared.</source>
        <translation>اختر الزميل الذي قارنت بصمته.</translation>
    </message>
    <message>
        <source>{name} is already verified.</source>
        <translation>{name} متحقَّق منه من قبل.</translation>
    </message>
    <message>
        <source>{name} is verified: packages can now go both ways.</source>
        <translation>تم التحقق من {name}: يمكن الآن تبادل الحزم في الاتجاهين.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Identity of {pseudonym}</source>
        <translation>هوية {pseudonym}</translation>
    </message>
    <message>
        <source>Protected identity. Close this when someone can see your screen. It is never exported unless chosen explicitly with the person&apos;s consent.</source>
        <translation>هوية محمية. أغلق هذه النافذة حين يستطيع أحد رؤية شاشتك. لا تُصدَّر أبداً إلا إذا اختيرت صراحةً بموافقة الشخص.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Evidence image: drag to pan, wheel to zoom</source>
        <translation>صورة الدليل: اسحب للتحريك، واستخدم العجلة للتكبير</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>This sender&apos;s identity is stored here but NOT VERIFIED. Call them and compare the fingerprint shown above before you import.</source>
        <translation>هوية هذا المرسِل مخزَّنة هنا لكنها غير متحقَّق منها. اتصل به وقارن البصمة المعروضة أعلاه قبل الاستيراد.</translation>
    </message>
    <message>
        <source>This sender is UNKNOWN here: anyone could have made this package. Compare the fingerprint shown above with the sender by phone or in person before you import.</source>
        <translation>هذا المرسِل مجهول هنا: كان يمكن لأي أحد أن يصنع هذه الحزمة. قارن البصمة المعروضة أعلاه مع المرسِل بالهاتف أو وجهاً لوجه قبل الاستيراد.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>متحقَّق منه</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>غير متحقَّق منه</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>a .cbpkg file from a colleague</source>
        <translation>ملف ‎.cbpkg‎ من زميل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Check package</source>
        <translation>فحص الحزمة</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>الحزمة:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>المرسِل</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender and accept this package</source>
        <translation>قارنتُ البصمة مع المرسِل وأقبل هذه الحزمة</translation>
    </message>
    <message>
        <source>What the import will add or change</source>
        <translation>ما سيضيفه الاستيراد أو يغيّره</translation>
    </message>
    <message>
        <source>Conflicts the import will keep for you to decide</source>
        <translation>التعارضات التي سيحفظها الاستيراد لتقرر فيها</translation>
    </message>
    <message>
        <source>Choose a package, then check it: nothing is imported yet.</source>
        <translation>اختر حزمة، ثم افحصها: لم يُستورد شيء بعد.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>What will be added or changed:</source>
        <translation>ما سيُضاف أو يُغيَّر:</translation>
    </message>
    <message>
        <source>Package to import</source>
        <translation>الحزمة المراد استيرادها</translation>
    </message>
    <message>
        <source>Casebook packages (*.cbpkg);;All files (*)</source>
        <translation>حزم Casebook (*.cbpkg);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the package file to import.</source>
        <translation>اختر ملف الحزمة المراد استيرادها.</translation>
    </message>
    <message>
        <source>Decrypting and checking the package…</source>
        <translation>جارٍ فك تشفير الحزمة وفحصها…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — case {reference}, made {made} UTC</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — القضية {reference}، أُعدّت {made} UTC</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): your version is kept, theirs stored for you to decide (Exchange ▸ Conflicts…).</source>
        <translation>
            <numerusform>%n تعارض: تُبقى نسختك، وتُخزَّن نسختهم لتقرر فيها (التبادل ▸ التعارضات…).</numerusform>
            <numerusform>تعارض واحد (%n): تُبقى نسختك، وتُخزَّن نسختهم لتقرر فيها (التبادل ▸ التعارضات…).</numerusform>
            <numerusform>تعارضان (%n): تُبقى نسختك، وتُخزَّن نسختهم لتقرر فيها (التبادل ▸ التعارضات…).</numerusform>
            <numerusform>%n تعارضات: تُبقى نسختك، وتُخزَّن نسختهم لتقرر فيها (التبادل ▸ التعارضات…).</numerusform>
            <numerusform>%n تعارضاً: تُبقى نسختك، وتُخزَّن نسختهم لتقرر فيها (التبادل ▸ التعارضات…).</numerusform>
            <numerusform>%n تعارض: تُبقى نسختك، وتُخزَّن نسختهم لتقرر فيها (التبادل ▸ التعارضات…).</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>لا تعارضات.</translation>
    </message>
    <message>
        <source>Checked: nothing is imported yet.</source>
        <translation>فُحصت: لم يُستورد شيء بعد.</translation>
    </message>
    <message>
        <source>Check the package first.</source>
        <translation>افحص الحزمة أولاً.</translation>
    </message>
    <message>
        <source>The sender is not verified here. Compare the fingerprint with them and tick the confirmation, or close this window.</source>
        <translation>المرسِل غير متحقَّق منه هنا. قارن البصمة معه وضع علامة على التأكيد، أو أغلق هذه النافذة.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message numerus="yes">
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, %n conflict(s) — resolve them in Exchange ▸ Conflicts….</source>
        <translation>
            <numerusform>استُوردت القضية {reference} من {sender}: {new} جديد، {updated} محدَّث، %n تعارض — احسمها في التبادل ▸ التعارضات….</numerusform>
            <numerusform>استُوردت القضية {reference} من {sender}: {new} جديد، {updated} محدَّث، تعارض واحد (%n) — احسمه في التبادل ▸ التعارضات….</numerusform>
            <numerusform>استُوردت القضية {reference} من {sender}: {new} جديد، {updated} محدَّث، تعارضان (%n) — احسمهما في التبادل ▸ التعارضات….</numerusform>
            <numerusform>استُوردت القضية {reference} من {sender}: {new} جديد، {updated} محدَّث، %n تعارضات — احسمها في التبادل ▸ التعارضات….</numerusform>
            <numerusform>استُوردت القضية {reference} من {sender}: {new} جديد، {updated} محدَّث، %n تعارضاً — احسمها في التبادل ▸ التعارضات….</numerusform>
            <numerusform>استُوردت القضية {reference} من {sender}: {new} جديد، {updated} محدَّث، %n تعارض — احسمها في التبادل ▸ التعارضات….</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, 0 conflict(s).</source>
        <translation>استُوردت القضية {reference} من {sender}: {new} جديد، {updated} محدَّث، 0 تعارض.</translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation>لم تُستورد الحزمة</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Tag incident…</source>
        <translation>وسم الحادثة…</translation>
    </message>
    <message>
        <source>incident “{title}”</source>
        <translation>الحادثة «{title}»</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
</context>
<context>
    <name>IncidentLinks</name>
    <message>
        <source>Concerns</source>
        <translation>تتعلق بـ</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Persons this incident concerns</source>
        <translation>الأشخاص الذين تتعلق بهم هذه الحادثة</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>الإفادات</translation>
    </message>
    <message>
        <source>Statements this incident concerns</source>
        <translation>الإفادات التي تتعلق بها هذه الحادثة</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Exhibits this incident concerns</source>
        <translation>الأدلة التي تتعلق بها هذه الحادثة</translation>
    </message>
    <message>
        <source>Ticked material is what a charge resting on this incident counts.</source>
        <translation>المواد المعلَّمة هي ما تعدّه التهمة المستندة إلى هذه الحادثة.</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>لم يُحفظ الربط</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message numerus="yes">
        <source>%n file(s) taken in.</source>
        <translation>
            <numerusform>أُدخل %n ملف.</numerusform>
            <numerusform>أُدخل ملف واحد (%n).</numerusform>
            <numerusform>أُدخل ملفان (%n).</numerusform>
            <numerusform>أُدخلت %n ملفات.</numerusform>
            <numerusform>أُدخل %n ملفاً.</numerusform>
            <numerusform>أُدخل %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the casebook (stored once, linked to the first item):</source>
        <translation>موجودة من قبل في سجل القضايا (خُزِّنت مرة واحدة، ورُبطت بالعنصر الأول):</translation>
    </message>
    <message>
        <source>  • {file} — same content as “{first}”</source>
        <translation>  • {file} — المحتوى نفسه الموجود في «{first}»</translation>
    </message>
    <message>
        <source>Not taken in:</source>
        <translation>لم تُدخَل:</translation>
    </message>
    <message>
        <source>  • {file}: {reason}</source>
        <translation>  • {file}: {reason}</translation>
    </message>
    <message>
        <source>Cancelled before they were taken in ({count}):</source>
        <translation>أُلغيت قبل إدخالها ({count}):</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … و{count} غيرها</translation>
    </message>
    <message>
        <source>The case is no longer in the casebook.</source>
        <translation>لم تعد القضية في سجل القضايا.</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>تعذّرت قراءته ({reason}).</translation>
    </message>
    <message>
        <source>Taking files in…</source>
        <translation>جارٍ إدخال الملفات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>إضافة أدلة</translation>
    </message>
    <message>
        <source>File {number} of {count}: {name}
{done} of {total} MB</source>
        <translation>الملف {number} من {count}: {name}
{done} من {total} MB</translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation>فشلت إضافة الأدلة</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>المكان (بالكتابة الأصلية)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>المديرية / المحافظة</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>لا إحداثيات</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير مذكورة</translation>
    </message>
    <message>
        <source>± {metres} m</source>
        <translation>± {metres} م</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Places of the incidents</source>
        <translation>أماكن الحوادث</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>نسخ الإحداثيات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What happened, when and where.</source>
        <translation>ما حدث، ومتى، وأين.</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>حادثة جديدة…</translation>
    </message>
    <message>
        <source>Witnesses, victims and alleged perpetrators, by pseudonym.</source>
        <translation>الشهود والمجني عليهم والجناة المزعومون، بأسماء مستعارة.</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>شخص جديد…</translation>
    </message>
    <message>
        <source>Statements, paragraph by paragraph, with consent.</source>
        <translation>الإفادات، فقرةً فقرة، مع الموافقة.</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>إفادة جديدة…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>{folder} — Casebook</source>
        <translation>{folder} — Casebook</translation>
    </message>
    <message>
        <source>Unlocked as {name}.</source>
        <translation>فُتح القفل باسم {name}.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>فُتح القفل.</translation>
    </message>
    <message>
        <source>The casebook was locked. Unlock it to continue where you were.</source>
        <translation>قُفل سجل القضايا. افتح القفل لتواصل من حيث توقفت.</translation>
    </message>
    <message>
        <source>Locked — Casebook</source>
        <translation>مقفل — Casebook</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>مقفل.</translation>
    </message>
    <message>
        <source>Adding evidence was cancelled</source>
        <translation>أُلغيت إضافة الأدلة</translation>
    </message>
    <message>
        <source>Choose a case in the navigator first, or create one.</source>
        <translation>اختر قضية في لوحة التنقل أولاً، أو أنشئ واحدة.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>إضافة أدلة</translation>
    </message>
    <message>
        <source>Wait until the files being added now are done, then try again.</source>
        <translation>انتظر حتى تكتمل إضافة الملفات الجارية، ثم حاول مجدداً.</translation>
    </message>
    <message>
        <source>The casebook was locked while files were being added, so adding them was stopped. Add the cancelled files again.</source>
        <translation>قُفل سجل القضايا أثناء إضافة الملفات، فتوقفت إضافتها. أضف الملفات الملغاة مجدداً.</translation>
    </message>
    <message>
        <source>{added} added, {duplicates} already present, {failed} failed.</source>
        <translation>{added} أُضيف، {duplicates} موجود من قبل، {failed} فشل.</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>أُضيفت الأدلة</translation>
    </message>
    <message>
        <source>Open a testimony first; sealing applies to the one shown.</source>
        <translation>افتح إفادة أولاً؛ الختم ينطبق على الإفادة المعروضة.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>حول Casebook</translation>
    </message>
    <message>
        <source>Casebook keeps testimony and evidence in an encrypted folder, for people who document atrocity crimes. It locks itself when idle and on Ctrl+L.</source>
        <translation>يحفظ Casebook الإفادات والأدلة في مجلد مشفَّر، لمن يوثّقون الجرائم الفظيعة. ويُقفل نفسه عند الخمول وعند الضغط على Ctrl+L.</translation>
    </message>
    <message>
        <source>Languages of the interface:</source>
        <translation>لغات الواجهة:</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker</source>
        <translation>ترجمة مسودة — تحتاج إلى مراجعة من متحدث أصلي</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker; not complete yet, so not offered in Preferences</source>
        <translation>ترجمة مسودة — تحتاج إلى مراجعة من متحدث أصلي؛ لم تكتمل بعد، فلا تُعرض في التفضيلات</translation>
    </message>
    <message>
        <source>{endonym} ({english}): {state}</source>
        <translation>{endonym} ({english}): {state}</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>قضية جديدة(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>إفادة جديدة(&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>حادثة جديدة(&amp;I)…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>شخص جديد(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>إضافة أدلة(&amp;E)…</translation>
    </message>
    <message>
        <source>Add files as evidence (or drop them on the window)</source>
        <translation>إضافة ملفات كأدلة (أو إفلاتها على النافذة)</translation>
    </message>
    <message>
        <source>E&amp;xport complaint bundle…</source>
        <translation>تصدير ملف الشكوى(&amp;X)…</translation>
    </message>
    <message>
        <source>Export a complaint bundle (PDF, exhibits, signed manifest) for a prosecutor</source>
        <translation>تصدير ملف شكوى (PDF، أدلة، بيان موقَّع) إلى المدعي العام</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قفل(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the casebook now</source>
        <translation>قفل سجل القضايا الآن</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>Lock the casebook and quit</source>
        <translation>قفل سجل القضايا والإنهاء</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>بحث(&amp;S)…</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents</source>
        <translation>البحث في الإفادات والأدلة والحوادث</translation>
    </message>
    <message>
        <source>&amp;Seal testimony…</source>
        <translation>ختم الإفادة(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>لوحة التنقل(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة التحميل(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>دليل المستخدم(&amp;U)</translation>
    </message>
    <message>
        <source>The guide, offline</source>
        <translation>الدليل، دون اتصال</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>حول Casebook(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Identities…</source>
        <translation>الهويات(&amp;I)…</translation>
    </message>
    <message>
        <source>Your identity and colleagues&apos;</source>
        <translation>هويتك وهويات زملائك</translation>
    </message>
    <message>
        <source>&amp;Send case package…</source>
        <translation>إرسال حزمة قضية(&amp;S)…</translation>
    </message>
    <message>
        <source>Send a case, encrypted and signed, to verified colleagues</source>
        <translation>إرسال قضية، مشفَّرة وموقَّعة، إلى زملاء متحقَّق منهم</translation>
    </message>
    <message>
        <source>I&amp;mport package…</source>
        <translation>استيراد حزمة(&amp;M)…</translation>
    </message>
    <message>
        <source>Check and import a colleague&apos;s case package</source>
        <translation>فحص حزمة قضية من زميل واستيرادها</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>التعارضات(&amp;C)…</translation>
    </message>
    <message>
        <source>Decide merge conflicts</source>
        <translation>الفصل في تعارضات الدمج</translation>
    </message>
    <message>
        <source>&amp;Review of this case…</source>
        <translation>مراجعة هذه القضية(&amp;R)…</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>وضع المراجعة</translation>
    </message>
    <message>
        <source>Supervisor &amp;access…</source>
        <translation>وصول المشرف(&amp;A)…</translation>
    </message>
    <message>
        <source>Let a verified supervisor open this casebook with their own key</source>
        <translation>السماح لمشرف متحقَّق منه بفتح سجل القضايا هذا بمفتاحه الخاص</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>تغيير عبارة المرور(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a new passphrase (the current one is asked first)</source>
        <translation>اختيار عبارة مرور جديدة (تُطلب الحالية أولاً)</translation>
    </message>
    <message>
        <source>New rec&amp;overy key…</source>
        <translation>مفتاح استرداد جديد(&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the recovery key (the old one stops working)</source>
        <translation>استبدال مفتاح الاسترداد (يتوقف القديم عن العمل)</translation>
    </message>
    <message>
        <source>&amp;Verify casebook…</source>
        <translation>التحقق من سجل القضايا(&amp;V)…</translation>
    </message>
    <message>
        <source>Check every file, record and signature, and show the report</source>
        <translation>فحص كل ملف وسجل وتوقيع، وعرض التقرير</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>القضية(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>التبادل(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens this casebook.</source>
        <translation>تغيّرت عبارة المرور. لم تعد عبارة المرور القديمة تفتح سجل القضايا هذا.</translation>
    </message>
    <message>
        <source>New recovery key made. The old key no longer opens this casebook.</source>
        <translation>أُنشئ مفتاح استرداد جديد. لم يعد المفتاح القديم يفتح سجل القضايا هذا.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>supported</source>
        <translation>مدعوم</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>مُناقَض</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>ثغرة</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>الركن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>داعمة</translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation>مناقضة</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>غير محسوبة</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>{count} {support}</source>
        <translation>{count} {support}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n عنصر</numerusform>
            <numerusform>عنصر واحد (%n)</numerusform>
            <numerusform>عنصران (%n)</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصراً</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>rests on {incidents}</source>
        <translation>تستند إلى {incidents}</translation>
    </message>
    <message>
        <source>{crime} is not in this taxonomy: no rows</source>
        <translation>{crime} ليست في هذا التصنيف: لا صفوف</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Elements of the crime</source>
        <translation>أركان الجريمة</translation>
    </message>
    <message>
        <source>Liability — {person} under {mode} ({mode_title})</source>
        <translation>المسؤولية — {person} بموجب {mode} ({mode_title})</translation>
    </message>
    <message>
        <source>about {person}</source>
        <translation>بشأن {person}</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>مصفوفة التغطية</translation>
    </message>
    <message>
        <source>Coverage of every charge, one cell per element</source>
        <translation>تغطية كل تهمة، خلية لكل ركن</translation>
    </message>
    <message numerus="yes">
        <source>{statuses}.  Grades: reliability A–F, credibility 1–6 (weak: D–F or 4–6).  Overview cells: C context, E element of the crime, L liability; * tagged material the charge does not count.</source>
        <comment>keep the letters A–F, 1–6, C, E, L and *: the matrix shows them</comment>
        <translation>
            <numerusform>{statuses}.  التقييمات: الموثوقية A–F، والمصداقية 1–6 (ضعيف: D–F أو 4–6).  خلايا النظرة العامة: C السياق، E ركن الجريمة، L المسؤولية؛ * مواد موسومة لا تعدّها التهمة.</numerusform>
            <numerusform>{statuses}.  التقييمات: الموثوقية A–F، والمصداقية 1–6 (ضعيف: D–F أو 4–6).  خلايا النظرة العامة: C السياق، E ركن الجريمة، L المسؤولية؛ * مواد موسومة لا تعدّها التهمة.</numerusform>
            <numerusform>{statuses}.  التقييمات: الموثوقية A–F، والمصداقية 1–6 (ضعيف: D–F أو 4–6).  خلايا النظرة العامة: C السياق، E ركن الجريمة، L المسؤولية؛ * مواد موسومة لا تعدّها التهمة.</numerusform>
            <numerusform>{statuses}.  التقييمات: الموثوقية A–F، والمصداقية 1–6 (ضعيف: D–F أو 4–6).  خلايا النظرة العامة: C السياق، E ركن الجريمة، L المسؤولية؛ * مواد موسومة لا تعدّها التهمة.</numerusform>
            <numerusform>{statuses}.  التقييمات: الموثوقية A–F، والمصداقية 1–6 (ضعيف: D–F أو 4–6).  خلايا النظرة العامة: C السياق، E ركن الجريمة، L المسؤولية؛ * مواد موسومة لا تعدّها التهمة.</numerusform>
            <numerusform>{statuses}.  التقييمات: الموثوقية A–F، والمصداقية 1–6 (ضعيف: D–F أو 4–6).  خلايا النظرة العامة: C السياق، E ركن الجريمة، L المسؤولية؛ * مواد موسومة لا تعدّها التهمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row to see its material.</source>
        <translation>اختر صفاً لترى مواده.</translation>
    </message>
    <message>
        <source>Material of the chosen element</source>
        <translation>مواد الركن المختار</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>تصدير PNG…</translation>
    </message>
    <message>
        <source>Not counted, because {reason}</source>
        <translation>غير محسوبة، لأن {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Coverage matrix — {reference}, %n charge(s)</source>
        <translation>
            <numerusform>مصفوفة التغطية — {reference}، %n تهمة</numerusform>
            <numerusform>مصفوفة التغطية — {reference}، تهمة واحدة (%n)</numerusform>
            <numerusform>مصفوفة التغطية — {reference}، تهمتان (%n)</numerusform>
            <numerusform>مصفوفة التغطية — {reference}، %n تهم</numerusform>
            <numerusform>مصفوفة التغطية — {reference}، %n تهمة</numerusform>
            <numerusform>مصفوفة التغطية — {reference}، %n تهمة</numerusform>
        </translation>
    </message>
    <message>
        <source>No charges yet: add one in the Charges section.</source>
        <translation>لا تهم بعد: أضف تهمة في قسم التهم.</translation>
    </message>
    <message numerus="yes">
        <source>{element}: {status}; %n tagged item(s) not counted</source>
        <translation>
            <numerusform>{element}: {status}؛ %n عنصر موسوم غير محسوب</numerusform>
            <numerusform>{element}: {status}؛ عنصر موسوم واحد (%n) غير محسوب</numerusform>
            <numerusform>{element}: {status}؛ عنصران موسومان (%n) غير محسوبين</numerusform>
            <numerusform>{element}: {status}؛ %n عناصر موسومة غير محسوبة</numerusform>
            <numerusform>{element}: {status}؛ %n عنصراً موسوماً غير محسوب</numerusform>
            <numerusform>{element}: {status}؛ %n عنصر موسوم غير محسوب</numerusform>
        </translation>
    </message>
    <message>
        <source>{element}: {status}</source>
        <translation>{element}: {status}</translation>
    </message>
    <message>
        <source>{element}: {status} — activate an item to open it.</source>
        <translation>{element}: {status} — فعّل عنصراً لفتحه.</translation>
    </message>
    <message>
        <source>For: {citation}</source>
        <translation>لصالحه: {citation}</translation>
    </message>
    <message>
        <source>Against: {citation}</source>
        <translation>ضده: {citation}</translation>
    </message>
    <message>
        <source>Needs review (not counted): {citation}</source>
        <translation>يحتاج إلى مراجعة (غير محسوب): {citation}</translation>
    </message>
    <message>
        <source>Not counted, because {reason}: {citation}</source>
        <translation>غير محسوب، لأن {reason}: {citation}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the conditions of a saved pattern&apos;s filter</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation>كل الحوادث</translation>
    </message>
    <message>
        <source>{pattern}, not graded — {where}</source>
        <translation>{pattern}، غير مُقيَّم — {where}</translation>
    </message>
    <message>
        <source>No material is tagged to this element yet.</source>
        <translation>لم تُوسم أي مواد بهذا الركن بعد.</translation>
    </message>
    <message>
        <source>Ticks it in the incident&apos;s &quot;Concerns&quot; list, so this charge counts it.</source>
        <translation>يعلّمها في قائمة «تتعلق بـ» للحادثة، فتعدّها هذه التهمة.</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>لم يُحفظ الربط</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>تصدير المصفوفة بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}.</source>
        <translation>تعذّرت كتابة ملف CSV: {reason}.</translation>
    </message>
    <message>
        <source>Export the matrix as PNG</source>
        <translation>تصدير المصفوفة بصيغة PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written there. Choose another folder.</source>
        <translation>تعذّرت كتابة الصورة هناك. اختر مجلداً آخر.</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Incidents by month</source>
        <translation>الحوادث حسب الشهر</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Testimony of {witness}</source>
        <translation>إفادة {witness}</translation>
    </message>
    <message>
        <source>v{version}</source>
        <comment>a statement&apos;s version</comment>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>مختومة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>الإفادات</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>التهم</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>مصفوفة التغطية</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>الأنماط</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <comment>a navigator section and its size</comment>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>{count} more — use {search} to find them</source>
        <translation>{count} أخرى — استخدم {search} للعثور عليها</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>إنشاء مفتاح استرداد جديد(&amp;M)</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key will no longer open this casebook. Do this when the old key may have been seen, copied or lost.</source>
        <translation>يحلّ مفتاح الاسترداد الجديد محلّ القديم: لن يفتح المفتاح القديم سجل القضايا هذا بعد الآن. افعل هذا إن كان المفتاح القديم قد رُئي أو نُسخ أو فُقد.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>عبارة المرور الحالية:</translation>
    </message>
    <message>
        <source>The old key no longer opens this casebook.</source>
        <translation>لم يعد المفتاح القديم يفتح سجل القضايا هذا.</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>اكتب عبارة المرور التي تفتحه الآن.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Send case package</source>
        <translation>إرسال حزمة قضية</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلِمون</translation>
    </message>
    <message>
        <source>Only changes since the last package to these recipients</source>
        <translation>التغييرات فقط منذ آخر حزمة إلى هؤلاء المستلِمين</translation>
    </message>
    <message>
        <source>Include protected identities (real names, contacts)</source>
        <translation>تضمين الهويات المحمية (الأسماء الحقيقية، وسائل الاتصال)</translation>
    </message>
    <message>
        <source>Real names and contacts of witnesses will leave this casebook. Include them only if the recipients need them and the witnesses agreed.</source>
        <translation>ستخرج الأسماء الحقيقية للشهود ووسائل الاتصال بهم من سجل القضايا هذا. لا تضمّنها إلا إذا احتاجها المستلِمون ووافق الشهود.</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>where to write the package (.cbpkg)</source>
        <translation>أين يُكتب ملف الحزمة ‎.cbpkg‎</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>القضية:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>المستلِمون:</translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation>ملف الحزمة:</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipients when they import it:</source>
        <translation>اقرأ هذه البصمة على المستلِمين حين يستوردونها:</translation>
    </message>
    <message>
        <source>Write package</source>
        <translation>كتابة الحزمة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>{name} ({role}) · verified</source>
        <translation>{name} ({role}) · متحقَّق منه</translation>
    </message>
    <message>
        <source>{name} ({role}) · NOT VERIFIED — tick to compare fingerprints</source>
        <translation>{name} ({role}) · غير متحقَّق منه — ضع علامة لمقارنة البصمات</translation>
    </message>
    <message>
        <source>There is no case to send yet.</source>
        <translation>لا توجد قضية لإرسالها بعد.</translation>
    </message>
    <message>
        <source>Tick at least one verified colleague to send the package to.</source>
        <translation>ضع علامة على زميل واحد متحقَّق منه على الأقل لإرسال الحزمة إليه.</translation>
    </message>
    <message>
        <source>Choose where to write the package file.</source>
        <translation>اختر أين يُكتب ملف الحزمة.</translation>
    </message>
    <message>
        <source>Writing the encrypted package…</source>
        <translation>جارٍ كتابة الحزمة المشفَّرة…</translation>
    </message>
    <message>
        <source>Writing the encrypted package… {megabytes} MB</source>
        <translation>جارٍ كتابة الحزمة المشفَّرة… {megabytes} MB</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{count} {kind}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} for {recipients}: {parts}; %n attachment(s). Send the file by any channel: only the recipients can open it.</source>
        <translation>
            <numerusform>كُتب {path} إلى {recipients}: {parts}؛ %n مرفق. أرسل الملف بأي وسيلة: لا يستطيع فتحه إلا المستلِمون.</numerusform>
            <numerusform>كُتب {path} إلى {recipients}: {parts}؛ مرفق واحد (%n). أرسل الملف بأي وسيلة: لا يستطيع فتحه إلا المستلِمون.</numerusform>
            <numerusform>كُتب {path} إلى {recipients}: {parts}؛ مرفقان (%n). أرسل الملف بأي وسيلة: لا يستطيع فتحه إلا المستلِمون.</numerusform>
            <numerusform>كُتب {path} إلى {recipients}: {parts}؛ %n مرفقات. أرسل الملف بأي وسيلة: لا يستطيع فتحه إلا المستلِمون.</numerusform>
            <numerusform>كُتب {path} إلى {recipients}: {parts}؛ %n مرفقاً. أرسل الملف بأي وسيلة: لا يستطيع فتحه إلا المستلِمون.</numerusform>
            <numerusform>كُتب {path} إلى {recipients}: {parts}؛ %n مرفق. أرسل الملف بأي وسيلة: لا يستطيع فتحه إلا المستلِمون.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed since the last package</source>
        <translation>لم يتغير شيء منذ آخر حزمة</translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation>لم تُكتب الحزمة</translation>
    </message>
</context>
<context>
    <name>PassageHighlights</name>
    <message>
        <source>(click to open the tag)</source>
        <translation>(انقر لفتح الوسم)</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>تكرار عبارة المرور</translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway (anyone with a copy of the folder could guess it)</source>
        <translation>استخدام عبارة المرور الضعيفة هذه رغم ذلك (يمكن لمن لديه نسخة من المجلد تخمينها)</translation>
    </message>
    <message>
        <source>Only if you accept that someone with a copy of the folder could guess it</source>
        <translation>فقط إن قبلتَ أن من لديه نسخة من المجلد قد يخمّنها</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>كرّرها:</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters; several words are best.</source>
        <translation>اختر عبارة مرور من {count} حرفاً على الأقل؛ الأفضل عدة كلمات.</translation>
    </message>
    <message>
        <source>This passphrase is “{strength}”: a program can guess it quickly. Anyone who gets a copy of the casebook folder (a lost laptop, a seized USB drive, a backup) could then read every statement and the names of the people who gave them. Choose several unrelated words, or tick “Use this weak passphrase anyway” if you accept that risk.</source>
        <translation>عبارة المرور هذه «{strength}»: يستطيع برنامج تخمينها بسرعة. وعندها يستطيع كل من يحصل على نسخة من مجلد سجل القضايا (حاسوب محمول مفقود، ذاكرة USB مصادَرة، نسخة احتياطية) قراءة كل إفادة وأسماء من أدلوا بها. اختر عدة كلمات لا علاقة بينها، أو ضع علامة على «استخدام عبارة المرور الضعيفة هذه رغم ذلك» إن قبلت هذا الخطر.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب عبارة المرور نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>(any)</source>
        <translation>(أيّ)</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>الأنماط</translation>
    </message>
    <message>
        <source>Cases counted</source>
        <translation>القضايا المعدودة</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>هذه القضية</translation>
    </message>
    <message>
        <source>All cases of the casebook</source>
        <translation>كل قضايا سجل القضايا</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>الفترة إلى</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <source>Administrative area</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <source>Victim characteristic</source>
        <translation>سمة المجني عليهم</translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation>فئة المجني عليهم</translation>
    </message>
    <message>
        <source>Alleged perpetrator unit</source>
        <translation>وحدة الجاني المزعوم</translation>
    </message>
    <message>
        <source>Crime tagged or charged</source>
        <translation>الجريمة الموسومة أو موضوع التهمة</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>تطبيق عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Saved patterns</source>
        <translation>الأنماط المحفوظة</translation>
    </message>
    <message>
        <source>(saved patterns)</source>
        <translation>(الأنماط المحفوظة)</translation>
    </message>
    <message>
        <source>Save pattern…</source>
        <translation>حفظ النمط…</translation>
    </message>
    <message>
        <source>Delete saved pattern</source>
        <translation>حذف النمط المحفوظ</translation>
    </message>
    <message>
        <source>Keep this filter and its counts; cite it for a contextual element, so the coverage matrix and the complaint&apos;s analysis show it.</source>
        <translation>احتفظ بعامل التصفية هذا وأعداده؛ واستشهد به لركن سياقي، فتعرضه مصفوفة التغطية وتحليل الشكوى.</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>العدّ:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>الفترة من:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>المنطقة:</translation>
    </message>
    <message>
        <source>Victims by:</source>
        <translation>المجني عليهم حسب:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>الفعل:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>المحفوظة:</translation>
    </message>
    <message>
        <source>Incidents by month. Solid: the whole date span lies in the month. Hatched: an uncertain date (range, year, approximate) that may fall in the month; hatched counts overlap between months and must not be added up. Labels: certain (+ possible).</source>
        <translation>الحوادث حسب الشهر. مصمت: تقع الفترة الزمنية كلها ضمن الشهر. مخطَّط: تاريخ غير مؤكد (مدى، سنة، تقريبي) قد يقع في الشهر؛ الأعداد المخطَّطة تتداخل بين الأشهر ولا يجوز جمعها. التسميات: مؤكد (+ محتمل).</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>الحوادث حسب المنطقة الإدارية</translation>
    </message>
    <message>
        <source>Victims by group</source>
        <translation>المجني عليهم حسب الفئة</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>الحوادث حسب وحدة الجاني المزعوم</translation>
    </message>
    <message>
        <source>Incidents by crime</source>
        <translation>الحوادث حسب الجريمة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الزمن</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>الفعل</translation>
    </message>
    <message>
        <source>Choose a bar or a row to list the records behind it.</source>
        <translation>اختر عموداً أو صفاً لعرض السجلات التي وراءه.</translation>
    </message>
    <message>
        <source>Records behind the chosen count</source>
        <translation>السجلات وراء العدد المختار</translation>
    </message>
    <message>
        <source>{title} — cited for {element}</source>
        <translation>{title} — مستشهد به لـ {element}</translation>
    </message>
    <message>
        <source>Delete the saved pattern “{pattern}”? A matrix row or a complaint citing it will no longer show it.</source>
        <translation>حذف النمط المحفوظ «{pattern}»؟ لن يعرضه بعد الآن أي صف في المصفوفة أو أي شكوى تستشهد به.</translation>
    </message>
    <message>
        <source>Pattern not deleted</source>
        <translation>لم يُحذف النمط</translation>
    </message>
    <message>
        <source>Pattern not saved</source>
        <translation>لم يُحفظ النمط</translation>
    </message>
    <message>
        <source>&lt;b&gt;The filter was not applied:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;لم يُطبَّق عامل التصفية:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>all cases of the casebook</source>
        <translation>كل قضايا سجل القضايا</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>هذه القضية</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} where {conditions}.</source>
        <translation>
            <numerusform>&lt;b&gt;%n حادثة&lt;/b&gt; من {scope} حيث {conditions}.</numerusform>
            <numerusform>&lt;b&gt;حادثة واحدة (%n)&lt;/b&gt; من {scope} حيث {conditions}.</numerusform>
            <numerusform>&lt;b&gt;حادثتان (%n)&lt;/b&gt; من {scope} حيث {conditions}.</numerusform>
            <numerusform>&lt;b&gt;%n حوادث&lt;/b&gt; من {scope} حيث {conditions}.</numerusform>
            <numerusform>&lt;b&gt;%n حادثة&lt;/b&gt; من {scope} حيث {conditions}.</numerusform>
            <numerusform>&lt;b&gt;%n حادثة&lt;/b&gt; من {scope} حيث {conditions}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} (no filter).</source>
        <translation>
            <numerusform>&lt;b&gt;%n حادثة&lt;/b&gt; من {scope} (دون تصفية).</numerusform>
            <numerusform>&lt;b&gt;حادثة واحدة (%n)&lt;/b&gt; من {scope} (دون تصفية).</numerusform>
            <numerusform>&lt;b&gt;حادثتان (%n)&lt;/b&gt; من {scope} (دون تصفية).</numerusform>
            <numerusform>&lt;b&gt;%n حوادث&lt;/b&gt; من {scope} (دون تصفية).</numerusform>
            <numerusform>&lt;b&gt;%n حادثة&lt;/b&gt; من {scope} (دون تصفية).</numerusform>
            <numerusform>&lt;b&gt;%n حادثة&lt;/b&gt; من {scope} (دون تصفية).</numerusform>
        </translation>
    </message>
    <message>
        <source>; and </source>
        <comment>joins the conditions of a filter</comment>
        <translation>؛ و</translation>
    </message>
    <message numerus="yes">
        <source>Lacking a bounded date: %n incidents. {treatment}</source>
        <translation>
            <numerusform>دون تاريخ محدود: %n حادثة. {treatment}</numerusform>
            <numerusform>دون تاريخ محدود: حادثة واحدة (%n). {treatment}</numerusform>
            <numerusform>دون تاريخ محدود: حادثتان (%n). {treatment}</numerusform>
            <numerusform>دون تاريخ محدود: %n حوادث. {treatment}</numerusform>
            <numerusform>دون تاريخ محدود: %n حادثة. {treatment}</numerusform>
            <numerusform>دون تاريخ محدود: %n حادثة. {treatment}</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} Plotted by coordinates: {plotted}; without coordinates: {without}.</source>
        <translation>{what} موضوعة حسب الإحداثيات: {plotted}؛ دون إحداثيات: {without}.</translation>
    </message>
    <message>
        <source>{what} Incidents with no victim recorded: {count}.</source>
        <translation>{what} حوادث لم يُسجَّل فيها مجني عليه: {count}.</translation>
    </message>
    <message>
        <source>{month}: certainly in the month</source>
        <translation>{month}: في الشهر يقيناً</translation>
    </message>
    <message>
        <source>{title}: {count} — the records behind this count (press Enter or double-click to open):</source>
        <translation>{title}: {count} — السجلات وراء هذا العدد (اضغط Enter أو انقر مرتين للفتح):</translation>
    </message>
    <message>
        <source>Person {name}</source>
        <translation>الشخص {name}</translation>
    </message>
    <message>
        <source>possibly in the month: Incident: {title}</source>
        <translation>ربما في الشهر: الحادثة: {title}</translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <translation>الحادثة: {title}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Show identity…</source>
        <translation>عرض الهوية…</translation>
    </message>
    <message>
        <source>Show protected identity</source>
        <translation>عرض الهوية المحمية</translation>
    </message>
    <message>
        <source>Opens the person&apos;s name and contact details</source>
        <translation>يفتح اسم الشخص وبيانات الاتصال به</translation>
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
        <translation>الحوادث حسب الإحداثيات</translation>
    </message>
    <message>
        <source>No coordinates recorded</source>
        <translation>لم تُسجَّل إحداثيات</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 ثانية</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 دقائق</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>القفل بعد دقائق من الخمول</translation>
    </message>
    <message>
        <source>Remember recently opened casebooks</source>
        <translation>تذكّر سجلات القضايا المفتوحة مؤخراً</translation>
    </message>
    <message>
        <source>Off by default: the list shows where casebooks are kept to anyone who opens Casebook on this computer.</source>
        <translation>معطّل افتراضياً: تكشف القائمة أماكن حفظ سجلات القضايا لكل من يفتح Casebook على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Clear a copied identity detail after</source>
        <translation>مسح تفصيل الهوية المنسوخ بعد</translation>
    </message>
    <message>
        <source>Names and contacts copied from a protected identity are removed from the clipboard after this time. A clipboard manager may keep its own history.</source>
        <translation>تُزال الأسماء ووسائل الاتصال المنسوخة من هوية محمية من الحافظة بعد هذه المدة. قد يحتفظ مدير الحافظة بسجله الخاص.</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الإعداد الافتراضي للنظام</translation>
    </message>
    <message>
        <source>{endonym} ({english})</source>
        <translation>{endonym} ({english})</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts. Only languages whose translation is complete are listed; every translation is a draft that still needs review by a native speaker.</source>
        <translation>تُطبَّق اللغة الجديدة في المرة القادمة التي يبدأ فيها Casebook. لا تُدرج إلا اللغات المكتملة ترجمتها؛ وكل ترجمة مسودة لا تزال تحتاج إلى مراجعة من متحدث أصلي.</translation>
    </message>
    <message>
        <source>Lock the casebook after</source>
        <translation>قفل سجل القضايا بعد</translation>
    </message>
    <message>
        <source>Clear a copied name or contact after</source>
        <translation>مسح الاسم أو وسيلة الاتصال المنسوخة بعد</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم للكل(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا للكل(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>States and bodies the consent covers</source>
        <translation>الدول والهيئات التي تشملها الموافقة</translation>
    </message>
    <message>
        <source>State or body to add</source>
        <translation>دولة أو هيئة لإضافتها</translation>
    </message>
    <message>
        <source>Type a state or body, e.g. Germany, IIMM</source>
        <translation>اكتب دولة أو هيئة، مثلاً Germany أو IIMM</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Choose a state or body from the list.</source>
        <translation>اختر دولة أو هيئة من القائمة.</translation>
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
        <translation>لم يُحفظ: {field}. السبب معروض بجانبه.</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>victim</source>
        <translation>مجني عليه</translation>
    </message>
    <message>
        <source>survivor</source>
        <translation>ناجٍ</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>alleged perpetrator</source>
        <translation>جانٍ مزعوم</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>مُجري المقابلة</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>مجني عليه</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>ناجٍ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>جانٍ مزعوم</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>مُجري المقابلة</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>مادي</translation>
    </message>
    <message>
        <source>open source</source>
        <translation>مصدر مفتوح</translation>
    </message>
    <message>
        <source>other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the roles of a person</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Write down your recovery key</source>
        <translation>دوِّن مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the casebook. Write it on paper and keep it apart from this computer. {note}</source>
        <translation>إذا نُسيت عبارة المرور، فهذا المفتاح هو السبيل الوحيد لفتح سجل القضايا. اكتبه على ورق واحفظه بعيداً عن هذا الحاسوب. {note}</translation>
    </message>
    <message>
        <source>It is shown only now.</source>
        <translation>يُعرض الآن فقط.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>دوّنتُ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>متابعة(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <source>Review done</source>
        <translation>تمّت المراجعة</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <comment>quoted text</comment>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>To review: this consent also named {names}, written before Casebook used its list of states and bodies. No state or body of the list matches, so no export uses it. Add the states or bodies the witness meant below, then press Review done.</source>
        <translation>للمراجعة: سمّت هذه الموافقة أيضاً {names}، وقد كُتبت قبل أن يستخدم Casebook قائمته للدول والهيئات. لا تطابقها أي دولة أو هيئة في القائمة، فلا يستخدمها أي تصدير. أضف أدناه الدول أو الهيئات التي قصدها الشاهد، ثم اضغط «تمّت المراجعة».</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review of {reference}</source>
        <translation>مراجعة {reference}</translation>
    </message>
    <message>
        <source>New review status</source>
        <translation>وضع المراجعة الجديد</translation>
    </message>
    <message>
        <source>Set status (signed)</source>
        <translation>تعيين الوضع (موقَّع)</translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation>التغيير إلى:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Approve and sign off</source>
        <translation>اعتماد وتوقيع</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>تعليقات المراجعة</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>تعليق جديد</translation>
    </message>
    <message>
        <source>A comment for the documenter or the supervisor…</source>
        <translation>تعليق للموثِّق أو للمشرف…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted for review yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;لم تُقدَّم للمراجعة بعد.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — set by {person}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; — عيّنه {person}</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>التوقيع صالح</translation>
    </message>
    <message>
        <source>SIGNATURE INVALID</source>
        <translation>التوقيع غير صالح</translation>
    </message>
    <message>
        <source>the case is unchanged since</source>
        <translation>القضية لم تتغير منذ ذلك</translation>
    </message>
    <message>
        <source>the case CHANGED after the approval; it needs a new review</source>
        <translation>تغيّرت القضية بعد الاعتماد؛ وتحتاج إلى مراجعة جديدة</translation>
    </message>
    <message>
        <source>Signed off by {person} on {when} ({signature}; {content}).</source>
        <translation>اعتمدها ووقّعها {person} في {when} ({signature}؛ {content}).</translation>
    </message>
    <message>
        <source>{when} {author}: {where}{status} — not counted ({why})</source>
        <translation>{when} {author}: {where}{status} — غير محسوب ({why})</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>لا تعليقات بعد.</translation>
    </message>
    <message>
        <source>The review status was not changed</source>
        <translation>لم يتغير وضع المراجعة</translation>
    </message>
    <message>
        <source>The comment was not added</source>
        <translation>لم يُضَف التعليق</translation>
    </message>
</context>
<context>
    <name>SavePatternDialog</name>
    <message>
        <source>Save pattern</source>
        <translation>حفظ النمط</translation>
    </message>
    <message>
        <source>Title of the pattern</source>
        <translation>عنوان النمط</translation>
    </message>
    <message>
        <source>What the pattern shows, e.g. Deportations in Maungdaw</source>
        <translation>ما يُظهره النمط، مثلاً عمليات الإبعاد في مونغداو</translation>
    </message>
    <message>
        <source>Contextual element it is cited for</source>
        <translation>الركن السياقي الذي يُستشهد به له</translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation>(غير مستشهد به)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Cite for:</source>
        <translation>الاستشهاد لـ:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Testimony passages</source>
        <translation>مقاطع الإفادات</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Search the casebook</source>
        <translation>البحث في سجل القضايا</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents (any script)</source>
        <translation>البحث في الإفادات والأدلة والحوادث (بأي كتابة)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <comment>a group of search results and its size</comment>
        <translation>{group} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>نتيجة واحدة (%n)</numerusform>
            <numerusform>نتيجتان (%n)</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>لا تطابقات.</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <source>Complainants</source>
        <translation>مقدِّمو الشكوى</translation>
    </message>
    <message>
        <source>Counsel and signature</source>
        <translation>المحامي والتوقيع</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>ملخص الوقائع</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>الاختصاص</translation>
    </message>
    <message>
        <source>Reasons to act</source>
        <translation>أسباب التحرك</translation>
    </message>
    <message>
        <source>Other jurisdictions and mechanisms</source>
        <translation>اختصاصات وآليات أخرى</translation>
    </message>
    <message>
        <source>Requested investigative measures</source>
        <translation>إجراءات التحقيق المطلوبة</translation>
    </message>
    <message>
        <source>Closing requests</source>
        <translation>الطلبات الختامية</translation>
    </message>
    <message>
        <source>Who files the complaint: organisations or persons, with their standing.</source>
        <translation>من يقدّم الشكوى: منظمات أو أشخاص، مع صفتهم.</translation>
    </message>
    <message>
        <source>Counsel for the complainants, the address for replies, the signature block.</source>
        <translation>محامي مقدِّمي الشكوى، وعنوان الردود، وخانة التوقيع.</translation>
    </message>
    <message>
        <source>What happened, in short, citing the facts: Cite… inserts a reference.</source>
        <translation>ما حدث، باختصار، مع الاستشهاد بالوقائع: «استشهاد…» يُدرج مرجعاً.</translation>
    </message>
    <message>
        <source>Why this forum may prosecute (for Germany: § 1 VStGB).</source>
        <translation>لماذا يجوز لهذه الجهة الملاحقة (لألمانيا: § 1 VStGB).</translation>
    </message>
    <message>
        <source>Why the prosecutor should act now (for Germany, the questions of § 153f StPO: suspects, victims or evidence present or expected in Germany).</source>
        <translation>لماذا ينبغي للمدعي العام أن يتحرك الآن (لألمانيا، مسائل § 153f StPO: مشتبه بهم أو مجني عليهم أو أدلة موجودة أو متوقعة في ألمانيا).</translation>
    </message>
    <message>
        <source>Other states, courts and mechanisms already seized of the situation.</source>
        <translation>الدول والمحاكم والآليات الأخرى التي تنظر في الحالة بالفعل.</translation>
    </message>
    <message>
        <source>The investigative steps requested (hearing witnesses, securing evidence, …).</source>
        <translation>خطوات التحقيق المطلوبة (الاستماع إلى الشهود، حفظ الأدلة، …).</translation>
    </message>
    <message>
        <source>What is asked: to open proceedings, to be informed of the decision.</source>
        <translation>المطلوب: فتح الإجراءات، والإبلاغ بالقرار.</translation>
    </message>
    <message>
        <source>The legal argument for the whole charge: crime, context, liability.</source>
        <translation>الحجة القانونية للتهمة كلها: الجريمة، السياق، المسؤولية.</translation>
    </message>
    <message>
        <source>Why this element is met, and by which material (Cite… to refer to it).</source>
        <translation>لماذا يتحقق هذا الركن، وبأي مواد («استشهاد…» للإشارة إليها).</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>إفادة</translation>
    </message>
    <message>
        <source>Complaint sections — {reference}</source>
        <translation>أقسام الشكوى — {reference}</translation>
    </message>
    <message>
        <source>Sections of the complaint</source>
        <translation>أقسام الشكوى</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>نص القسم</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>استشهاد…</translation>
    </message>
    <message>
        <source>Insert a reference to a passage, exhibit, incident or person</source>
        <translation>إدراج مرجع إلى مقطع أو دليل أو حادثة أو شخص</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save this section as a new version (Ctrl+S)</source>
        <translation>حفظ هذا القسم كإصدار جديد (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Legal argument: {crime} {title}</source>
        <translation>الحجة القانونية: {crime} {title}</translation>
    </message>
    <message>
        <source>{section} (written)</source>
        <translation>{section} (مكتوب)</translation>
    </message>
    <message>
        <source>{section} (nothing written yet)</source>
        <translation>{section} (لم يُكتب شيء بعد)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Saved, version {version}</source>
        <translation>حُفظ، الإصدار {version}</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>لم يُكتب شيء بعد</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %n citation(s) name nothing of this case (hover for which)</source>
        <translation>
            <numerusform>{status} · %n استشهاد لا يشير إلى شيء في هذه القضية (مرّر المؤشر لمعرفة أيها)</numerusform>
            <numerusform>{status} · استشهاد واحد (%n) لا يشير إلى شيء في هذه القضية (مرّر المؤشر لمعرفته)</numerusform>
            <numerusform>{status} · استشهادان (%n) لا يشيران إلى شيء في هذه القضية (مرّر المؤشر لمعرفتهما)</numerusform>
            <numerusform>{status} · %n استشهادات لا تشير إلى شيء في هذه القضية (مرّر المؤشر لمعرفة أيها)</numerusform>
            <numerusform>{status} · %n استشهاداً لا يشير إلى شيء في هذه القضية (مرّر المؤشر لمعرفة أيها)</numerusform>
            <numerusform>{status} · %n استشهاد لا يشير إلى شيء في هذه القضية (مرّر المؤشر لمعرفة أيها)</numerusform>
        </translation>
    </message>
    <message>
        <source>The section was not saved</source>
        <translation>لم يُحفظ القسم</translation>
    </message>
    <message>
        <source>Complaint &amp;sections…</source>
        <translation>أقسام الشكوى(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the complaint&apos;s own sections and arguments (Ctrl+Shift+A)</source>
        <translation>كتابة أقسام الشكوى وحججها (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <source>Add paragraph</source>
        <translation>إضافة فقرة</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>تعديل الإفادة</translation>
    </message>
    <message>
        <source>Edit paragraph {n}</source>
        <translation>تعديل الفقرة {n}</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>إزالة الفقرة {n}</translation>
    </message>
    <message>
        <source>Move paragraph {n}</source>
        <translation>نقل الفقرة {n}</translation>
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
        <translation>الإفادات والأدلة، محفوظة في مجلد مشفَّر على هذا الحاسوب. افتح سجل قضايا لديك، أو أنشئ سجلاً جديداً.</translation>
    </message>
    <message>
        <source>&amp;Open a casebook…</source>
        <translation>فتح سجل قضايا(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a casebook folder</source>
        <translation>فتح مجلد سجل قضايا</translation>
    </message>
    <message>
        <source>&amp;Create a new casebook…</source>
        <translation>إنشاء سجل قضايا جديد(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a new casebook</source>
        <translation>إنشاء سجل قضايا جديد</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات(&amp;P)…</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>فُتحت مؤخراً:</translation>
    </message>
    <message>
        <source>Recently opened casebooks</source>
        <translation>سجلات القضايا المفتوحة مؤخراً</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>ضعيفة جداً</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>قوية جداً</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>No passphrase yet</source>
        <translation>لا عبارة مرور بعد</translation>
    </message>
    <message>
        <source>Strength: {label}</source>
        <translation>القوة: {label}</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>استخدم {count} حرفاً على الأقل.</translation>
    </message>
    <message>
        <source>Good. Keep it somewhere only you can find it.</source>
        <translation>جيدة. احفظها في مكان لا يعرفه غيرك.</translation>
    </message>
    <message>
        <source>Several unrelated words are easy to type and hard to guess.</source>
        <translation>عدة كلمات لا علاقة بينها سهلة الكتابة وصعبة التخمين.</translation>
    </message>
</context>
<context>
    <name>SupervisorAccessDialog</name>
    <message>
        <source>A supervisor with a key slot can open this casebook folder with their own key, without your passphrase — for example to recover your work if you lose the passphrase, or to review it on this computer. Only verified supervisors can be given a slot. Remove a slot when the supervisor should no longer have that access.</source>
        <translation>يستطيع المشرف الذي له خانة مفتاح أن يفتح مجلد سجل القضايا هذا بمفتاحه الخاص، دون عبارة مرورك — مثلاً لاسترداد عملك إذا فقدت عبارة المرور، أو لمراجعته على هذا الحاسوب. لا تُعطى خانة إلا لمشرفين متحقَّق منهم. أزل الخانة حين لا ينبغي أن يبقى للمشرف هذا الوصول.</translation>
    </message>
    <message>
        <source>Supervisor access</source>
        <translation>وصول المشرف</translation>
    </message>
    <message>
        <source>Supervisors who can open this casebook</source>
        <translation>المشرفون الذين يستطيعون فتح سجل القضايا هذا</translation>
    </message>
    <message>
        <source>Remove access…</source>
        <translation>إزالة الوصول…</translation>
    </message>
    <message>
        <source>Verified supervisor</source>
        <translation>مشرف متحقَّق منه</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>منح الوصول</translation>
    </message>
    <message>
        <source>Verified supervisor:</source>
        <translation>مشرف متحقَّق منه:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>{supervisor} — since {since}</source>
        <translation>{supervisor} — منذ {since}</translation>
    </message>
    <message>
        <source>No supervisor can open this casebook.</source>
        <translation>لا يستطيع أي مشرف فتح سجل القضايا هذا.</translation>
    </message>
    <message>
        <source>No verified supervisor (see Exchange ▸ Identities…)</source>
        <translation>لا مشرف متحقَّق منه (انظر التبادل ▸ الهويات…)</translation>
    </message>
    <message>
        <source>Access was not given</source>
        <translation>لم يُمنح الوصول</translation>
    </message>
    <message>
        <source>{supervisor} can now open this casebook with their own key.</source>
        <translation>يستطيع {supervisor} الآن فتح سجل القضايا هذا بمفتاحه الخاص.</translation>
    </message>
    <message>
        <source>Remove supervisor access</source>
        <translation>إزالة وصول المشرف</translation>
    </message>
    <message>
        <source>{supervisor}

This supervisor will no longer be able to open this casebook with their key.</source>
        <translation>{supervisor}

لن يستطيع هذا المشرف بعد الآن فتح سجل القضايا هذا بمفتاحه.</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>إزالة الوصول</translation>
    </message>
    <message>
        <source>Access was not removed</source>
        <translation>لم يُزَل الوصول</translation>
    </message>
    <message>
        <source>The key slot was removed.</source>
        <translation>أُزيلت خانة المفتاح.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>(not graded)</source>
        <translation>(غير مُقيَّم)</translation>
    </message>
    <message>
        <source>Direct — proves the element itself</source>
        <translation>مباشر — يثبت الركن نفسه</translation>
    </message>
    <message>
        <source>Circumstantial — the element can be inferred from it</source>
        <translation>ظرفي — يمكن استنتاج الركن منه</translation>
    </message>
    <message>
        <source>Corroborating — confirms other material</source>
        <translation>معزِّز — يؤكد مواد أخرى</translation>
    </message>
    <message>
        <source>Contradicting — speaks against the element</source>
        <translation>مناقض — يشهد ضد الركن</translation>
    </message>
    <message numerus="yes">
        <source>The tag was saved. This material now both supports and contradicts {element} (%n conflict(s)). The coverage matrix shows the element as contested until someone resolves it: check both tags and remove the one that is wrong.</source>
        <translation>
            <numerusform>حُفظ الوسم. صارت هذه المواد الآن تدعم {element} وتناقضه معاً (%n تعارض). تعرض مصفوفة التغطية الركن متنازعاً عليه حتى يحسم أحدٌ الأمر: افحص الوسمين وأزل الخاطئ منهما.</numerusform>
            <numerusform>حُفظ الوسم. صارت هذه المواد الآن تدعم {element} وتناقضه معاً (تعارض واحد: %n). تعرض مصفوفة التغطية الركن متنازعاً عليه حتى يحسم أحدٌ الأمر: افحص الوسمين وأزل الخاطئ منهما.</numerusform>
            <numerusform>حُفظ الوسم. صارت هذه المواد الآن تدعم {element} وتناقضه معاً (تعارضان: %n). تعرض مصفوفة التغطية الركن متنازعاً عليه حتى يحسم أحدٌ الأمر: افحص الوسمين وأزل الخاطئ منهما.</numerusform>
            <numerusform>حُفظ الوسم. صارت هذه المواد الآن تدعم {element} وتناقضه معاً (%n تعارضات). تعرض مصفوفة التغطية الركن متنازعاً عليه حتى يحسم أحدٌ الأمر: افحص الوسمين وأزل الخاطئ منهما.</numerusform>
            <numerusform>حُفظ الوسم. صارت هذه المواد الآن تدعم {element} وتناقضه معاً (%n تعارضاً). تعرض مصفوفة التغطية الركن متنازعاً عليه حتى يحسم أحدٌ الأمر: افحص الوسمين وأزل الخاطئ منهما.</numerusform>
            <numerusform>حُفظ الوسم. صارت هذه المواد الآن تدعم {element} وتناقضه معاً (%n تعارض). تعرض مصفوفة التغطية الركن متنازعاً عليه حتى يحسم أحدٌ الأمر: افحص الوسمين وأزل الخاطئ منهما.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {material}</source>
        <translation>وسم {material}</translation>
    </message>
    <message>
        <source>No element chosen yet: pick a crime, then one of its elements.</source>
        <translation>لم يُختر ركن بعد: اختر جريمة، ثم أحد أركانها.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>موثوقية المصدر</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>مصداقية المعلومات</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>الجاني المزعوم</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(لا أحد بعينه)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>why this material bears on the element (optional)</source>
        <translation>لماذا تتصل هذه المواد بالركن (اختياري)</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>الركن:</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>الدعم:</translation>
    </message>
    <message>
        <source>Source reliability:</source>
        <translation>موثوقية المصدر:</translation>
    </message>
    <message>
        <source>Information credibility:</source>
        <translation>مصداقية المعلومات:</translation>
    </message>
    <message>
        <source>Alleged perpetrator:</source>
        <translation>الجاني المزعوم:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>إضافة الوسم</translation>
    </message>
    <message>
        <source>Choose an element of a crime first.</source>
        <translation>اختر ركناً من أركان جريمة أولاً.</translation>
    </message>
    <message>
        <source>The tag was not added</source>
        <translation>لم يُضَف الوسم</translation>
    </message>
    <message>
        <source>Material for and against</source>
        <translation>المواد المؤيدة والمعارضة</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Tags of this record</source>
        <translation>وسوم هذا السجل</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message>
        <source>Tags ({count})</source>
        <translation>الوسوم ({count})</translation>
    </message>
    <message>
        <source>Remove this tag?</source>
        <translation>إزالة هذا الوسم؟</translation>
    </message>
    <message>
        <source>{tag}

The removal is recorded in the audit log.</source>
        <translation>{tag}

تُسجَّل الإزالة في سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>TaxonomyBrowser</name>
    <message>
        <source>Article 6 — genocide</source>
        <translation>المادة 6 — جريمة الإبادة الجماعية</translation>
    </message>
    <message>
        <source>Article 7 — crimes against humanity</source>
        <translation>المادة 7 — الجرائم ضد الإنسانية</translation>
    </message>
    <message>
        <source>Article 8 — war crimes</source>
        <translation>المادة 8 — جرائم الحرب</translation>
    </message>
    <message>
        <source>Article 8 bis — aggression</source>
        <translation>المادة 8 مكرراً — جريمة العدوان</translation>
    </message>
    <message>
        <source>IAC</source>
        <translation>نزاع دولي</translation>
    </message>
    <message>
        <source>NIAC</source>
        <translation>نزاع غير دولي</translation>
    </message>
    <message>
        <source>⚠ unverified</source>
        <translation>⚠ غير متحقَّق منه</translation>
    </message>
    <message>
        <source>no elements yet</source>
        <translation>لا أركان بعد</translation>
    </message>
    <message>
        <source>Search crimes by words or id (rape, forcible transfer)</source>
        <translation>البحث في الجرائم بالكلمات أو المعرِّف (rape, forcible transfer)</translation>
    </message>
    <message>
        <source>Search crimes</source>
        <translation>البحث في الجرائم</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المواد</translation>
    </message>
    <message>
        <source>Conflict type</source>
        <translation>نوع النزاع</translation>
    </message>
    <message>
        <source>Any conflict type</source>
        <translation>أي نوع من النزاعات</translation>
    </message>
    <message>
        <source>International armed conflict (IAC)</source>
        <translation>نزاع مسلح دولي (IAC)</translation>
    </message>
    <message>
        <source>Non-international armed conflict (NIAC)</source>
        <translation>نزاع مسلح غير ذي طابع دولي (NIAC)</translation>
    </message>
    <message>
        <source>Crimes by article</source>
        <translation>الجرائم حسب المادة</translation>
    </message>
    <message>
        <source>Elements of the chosen crime</source>
        <translation>أركان الجريمة المختارة</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>المادة {number}</translation>
    </message>
    <message>
        <source>Choose a crime to see its elements.</source>
        <translation>اختر جريمة لترى أركانها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}).</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}). Its text is not yet verified against the source.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}). لم يُتحقَّق بعد من نصها مقابل المصدر.</translation>
    </message>
    <message>
        <source>{number}. {text}  [context]</source>
        <translation>{number}. {text}  [السياق]</translation>
    </message>
    <message>
        <source>{id} — contextual element, shared by every crime of this kind</source>
        <translation>{id} — ركن سياقي، مشترك بين كل جرائم هذا النوع</translation>
    </message>
    <message>
        <source>No elements in this taxonomy yet.</source>
        <translation>لا أركان في هذا التصنيف بعد.</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>optional; the witness&apos;s pseudonym is used</source>
        <translation>اختياري؛ يُستخدم الاسم المستعار للشاهد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>أُخذت في</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>المترجم الشفوي</translation>
    </message>
    <message>
        <source>Make a correction (new version)</source>
        <translation>إجراء تصحيح (إصدار جديد)</translation>
    </message>
    <message>
        <source>Witness (pseudonym)</source>
        <translation>الشاهد (اسم مستعار)</translation>
    </message>
    <message>
        <source>Show identity…</source>
        <translation>عرض الهوية…</translation>
    </message>
    <message>
        <source>Show the witness&apos;s protected identity</source>
        <translation>عرض الهوية المحمية للشاهد</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>مُجري المقابلة</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>الشاهد:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>مُجري المقابلة:</translation>
    </message>
    <message>
        <source>Tag passage…</source>
        <translation>وسم المقطع…</translation>
    </message>
    <message>
        <source>Tag the paragraph you were in; select words first to tag only those</source>
        <translation>وسم الفقرة التي كنت فيها؛ حدِّد كلمات أولاً لوسمها وحدها</translation>
    </message>
    <message>
        <source>Versions of this statement</source>
        <translation>إصدارات هذه الإفادة</translation>
    </message>
    <message>
        <source>Seal this statement…</source>
        <translation>ختم هذه الإفادة…</translation>
    </message>
    <message>
        <source>Every version stays readable. Activate one to open it (read-only if sealed).</source>
        <translation>يبقى كل إصدار قابلاً للقراءة. فعّل إصداراً لفتحه (للقراءة فقط إن كان مختوماً).</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>الإفادة(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>التفاصيل(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>الموافقة(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>الإصدارات(&amp;V)</translation>
    </message>
    <message>
        <source>Do&amp;cumentation</source>
        <translation>التوثيق(&amp;C)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>an unknown witness</comment>
        <translation>مجهول</translation>
    </message>
    <message>
        <source>Testimony of {witness}</source>
        <translation>إفادة {witness}</translation>
    </message>
    <message>
        <source>{title} — version {version}</source>
        <translation>{title} — الإصدار {version}</translation>
    </message>
    <message>
        <source>This statement was sealed on {date} and cannot be changed. A correction is made as a new version; this one stays as it was.</source>
        <translation>خُتمت هذه الإفادة في {date} ولا يمكن تغييرها. يُجرى التصحيح كإصدار جديد؛ ويبقى هذا كما كان.</translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>ف. {number}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode; the original is kept ({paragraphs}).</source>
        <translation>حُوِّلت من Zawgyi إلى Unicode؛ والأصل محفوظ ({paragraphs}).</translation>
    </message>
    <message>
        <source>Version {version} · sealed · {created}</source>
        <translation>الإصدار {version} · مختوم · {created}</translation>
    </message>
    <message>
        <source>Version {version} · draft · {created}</source>
        <translation>الإصدار {version} · مسودة · {created}</translation>
    </message>
    <message>
        <source>{line}  ← shown</source>
        <comment>the version shown now</comment>
        <translation>{line}  ← المعروض</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>{pseudonym} ({roles})</source>
        <comment>a person: pseudonym and roles</comment>
        <translation>{pseudonym} ({roles})</translation>
    </message>
    <message>
        <source>Click in the paragraph to tag first (select words to tag only those).</source>
        <translation>انقر في الفقرة المراد وسمها أولاً (حدِّد كلمات لوسمها وحدها).</translation>
    </message>
    <message>
        <source>para. {number}, characters {start}–{end}: “{words}”</source>
        <translation>ف. {number}، الأحرف {start}–{end}: «{words}»</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph {number} has %n tag(s) linking it to elements of crimes. Without their words the tags below are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them; Undo brings back the text, and the tags are in force again on it.</source>
        <translation>
            <numerusform>للفقرة {number} %n وسم يربطها بأركان الجرائم. دون كلماتها تُبقى الوسوم أدناه، مُعلَّمة للمراجعة، ولا تُحسب في مصفوفة التغطية حتى يعيد أحد وسمها أو يزيلها؛ و«تراجع» يعيد النص، فتعود الوسوم سارية عليه.</numerusform>
            <numerusform>للفقرة {number} وسم واحد (%n) يربطها بأركان الجرائم. دون كلماتها يُبقى الوسم أدناه، مُعلَّماً للمراجعة، ولا يُحسب في مصفوفة التغطية حتى يعيد أحد وسمها أو يزيله؛ و«تراجع» يعيد النص، فيعود الوسم سارياً عليه.</numerusform>
            <numerusform>للفقرة {number} وسمان (%n) يربطانها بأركان الجرائم. دون كلماتها يُبقى الوسمان أدناه، مُعلَّمين للمراجعة، ولا يُحسبان في مصفوفة التغطية حتى يعيد أحد وسمها أو يزيلهما؛ و«تراجع» يعيد النص، فيعود الوسمان ساريين عليه.</numerusform>
            <numerusform>للفقرة {number} %n وسوم تربطها بأركان الجرائم. دون كلماتها تُبقى الوسوم أدناه، مُعلَّمة للمراجعة، ولا تُحسب في مصفوفة التغطية حتى يعيد أحد وسمها أو يزيلها؛ و«تراجع» يعيد النص، فتعود الوسوم سارية عليه.</numerusform>
            <numerusform>للفقرة {number} %n وسماً يربطها بأركان الجرائم. دون كلماتها تُبقى الوسوم أدناه، مُعلَّمة للمراجعة، ولا تُحسب في مصفوفة التغطية حتى يعيد أحد وسمها أو يزيلها؛ و«تراجع» يعيد النص، فتعود الوسوم سارية عليه.</numerusform>
            <numerusform>للفقرة {number} %n وسم يربطها بأركان الجرائم. دون كلماتها تُبقى الوسوم أدناه، مُعلَّمة للمراجعة، ولا تُحسب في مصفوفة التغطية حتى يعيد أحد وسمها أو يزيلها؛ و«تراجع» يعيد النص، فتعود الوسوم سارية عليه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the paragraph (%n tag(s) to review)</source>
        <translation>
            <numerusform>إزالة الفقرة (%n وسم للمراجعة)</numerusform>
            <numerusform>إزالة الفقرة (وسم واحد للمراجعة: %n)</numerusform>
            <numerusform>إزالة الفقرة (وسمان للمراجعة: %n)</numerusform>
            <numerusform>إزالة الفقرة (%n وسوم للمراجعة)</numerusform>
            <numerusform>إزالة الفقرة (%n وسماً للمراجعة)</numerusform>
            <numerusform>إزالة الفقرة (%n وسم للمراجعة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a tagged paragraph?</source>
        <translation>إزالة فقرة موسومة؟</translation>
    </message>
    <message numerus="yes">
        <source>Make the change (%n tag(s) to review)</source>
        <translation>
            <numerusform>إجراء التغيير (%n وسم للمراجعة)</numerusform>
            <numerusform>إجراء التغيير (وسم واحد للمراجعة: %n)</numerusform>
            <numerusform>إجراء التغيير (وسمان للمراجعة: %n)</numerusform>
            <numerusform>إجراء التغيير (%n وسوم للمراجعة)</numerusform>
            <numerusform>إجراء التغيير (%n وسماً للمراجعة)</numerusform>
            <numerusform>إجراء التغيير (%n وسم للمراجعة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change tagged words?</source>
        <translation>تغيير كلمات موسومة؟</translation>
    </message>
    <message>
        <source>This change takes away or alters words that tags rest on. The tags are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them:</source>
        <translation>يحذف هذا التغيير كلمات تستند إليها وسوم أو يبدّلها. تُبقى الوسوم، مُعلَّمة للمراجعة، ولا تُحسب في مصفوفة التغطية حتى يعيد أحد وسمها أو يزيلها:</translation>
    </message>
    <message>
        <source>Seal this statement?</source>
        <translation>ختم هذه الإفادة؟</translation>
    </message>
    <message>
        <source>A sealed statement cannot be changed; corrections become new versions. Seal it once the witness has confirmed it.</source>
        <translation>لا يمكن تغيير الإفادة المختومة؛ وتصبح التصحيحات إصدارات جديدة. اختمها بعد أن يؤكدها الشاهد.</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>ختم</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>● a known day  ·  ▬ a span: the incident happened at some time within it (range, month, year or approximate date); the label says how it is known.</source>
        <translation>● يوم معروف  ·  ▬ فترة: وقعت الحادثة في وقت ما ضمنها (مدى، شهر، سنة أو تاريخ تقريبي)؛ وتقول التسمية كيف عُرف.</translation>
    </message>
    <message>
        <source>Timeline of the incidents</source>
        <translation>الخط الزمني للحوادث</translation>
    </message>
    <message>
        <source>Incidents without a date</source>
        <translation>حوادث بلا تاريخ</translation>
    </message>
    <message>
        <source>Undated (not on the axis):</source>
        <translation>بلا تاريخ (ليست على المحور):</translation>
    </message>
    <message>
        <source>No incident has a date yet.</source>
        <translation>لا تاريخ لأي حادثة بعد.</translation>
    </message>
    <message>
        <source>the stored date is not a calendar date</source>
        <translation>التاريخ المخزَّن ليس تاريخاً صحيحاً في التقويم</translation>
    </message>
</context>
<context>
    <name>UncertainDate</name>
    <message>
        <source>On a known day</source>
        <translation>في يوم معروف</translation>
    </message>
    <message>
        <source>Around a day (approximate)</source>
        <translation>نحو يوم (تقريبي)</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>بين تاريخين</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>الشهر فقط</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>في:</translation>
    </message>
    <message>
        <source>Around:</source>
        <translation>نحو:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>الشهر:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
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
        <translation>فتح قفل سجل القضايا</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>استخدام مفتاح الاسترداد بدلاً منها</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>مفتاح الاسترداد(&amp;R):</translation>
    </message>
    <message>
        <source>Opening the casebook</source>
        <translation>فتح سجل القضايا</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح القفل(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>فتح قفل «{name}»</translation>
    </message>
    <message>
        <source>The casebook at {folder} is encrypted.</source>
        <translation>سجل القضايا في {folder} مشفَّر.</translation>
    </message>
    <message>
        <source>Casebook could not be opened</source>
        <translation>تعذّر فتح سجل القضايا</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Casebook user guide</source>
        <translation>دليل مستخدم Casebook</translation>
    </message>
    <message>
        <source>The guide is missing from this installation.</source>
        <translation>الدليل غير موجود في هذا التثبيت.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify {name}</source>
        <translation>التحقق من {name}</translation>
    </message>
    <message>
        <source>Call {name} or meet in person — not by the channel the identity came through. Ask them to read their fingerprint aloud and compare it with the one below, digit by digit. Then read yours to them.</source>
        <translation>اتصل بـ {name} أو قابله وجهاً لوجه — لا عبر القناة التي وصلت بها الهوية. اطلب منه أن يقرأ بصمته بصوت عالٍ وقارنها بالبصمة أدناه، رقماً رقماً. ثم اقرأ بصمتك عليه.</translation>
    </message>
    <message>
        <source>Fingerprint of {name} ({role}) stored here</source>
        <translation>بصمة {name} ({role}) المخزَّنة هنا</translation>
    </message>
    <message>
        <source>Your fingerprint, to read to them</source>
        <translation>بصمتك، لتقرأها عليه</translation>
    </message>
    <message>
        <source>{name} read out exactly this fingerprint</source>
        <translation>قرأ {name} هذه البصمة بالضبط</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>تعليم كمتحقَّق منه</translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <source>records bound to the audit log</source>
        <translation>سجلات مرتبطة بسجل التدقيق</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>قيود سجل التدقيق</translation>
    </message>
    <message>
        <source>received audit entries</source>
        <translation>قيود سجل التدقيق المستلمة</translation>
    </message>
    <message>
        <source>review signatures</source>
        <translation>توقيعات المراجعة</translation>
    </message>
    <message>
        <source>time-stamps</source>
        <translation>الأختام الزمنية</translation>
    </message>
    <message>
        <source>evidence time-stamps</source>
        <translation>الأختام الزمنية للأدلة</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>الملفات المخزَّنة</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>عناصر الأدلة</translation>
    </message>
    <message>
        <source>custody signatures</source>
        <translation>توقيعات العهدة</translation>
    </message>
    <message>
        <source>Verify the casebook</source>
        <translation>التحقق من سجل القضايا</translation>
    </message>
    <message>
        <source>Checking every file, record and signature…</source>
        <translation>جارٍ فحص كل ملف وسجل وتوقيع…</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>تقرير التحقق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Checking {what}…</source>
        <translation>جارٍ فحص {what}…</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>نجحت كل الفحوص.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; each line below says what it is and what to do. Change nothing in the casebook folder by hand until you know.</source>
        <translation>
            <numerusform>وُجدت %n مشكلة؛ يقول كل سطر أدناه ما هي وما العمل. لا تغيّر شيئاً في مجلد سجل القضايا يدوياً حتى تعرف.</numerusform>
            <numerusform>وُجدت مشكلة واحدة (%n)؛ يقول السطر أدناه ما هي وما العمل. لا تغيّر شيئاً في مجلد سجل القضايا يدوياً حتى تعرف.</numerusform>
            <numerusform>وُجدت مشكلتان (%n)؛ يقول كل سطر أدناه ما هي وما العمل. لا تغيّر شيئاً في مجلد سجل القضايا يدوياً حتى تعرف.</numerusform>
            <numerusform>وُجدت %n مشكلات؛ يقول كل سطر أدناه ما هي وما العمل. لا تغيّر شيئاً في مجلد سجل القضايا يدوياً حتى تعرف.</numerusform>
            <numerusform>وُجدت %n مشكلة؛ يقول كل سطر أدناه ما هي وما العمل. لا تغيّر شيئاً في مجلد سجل القضايا يدوياً حتى تعرف.</numerusform>
            <numerusform>وُجدت %n مشكلة؛ يقول كل سطر أدناه ما هي وما العمل. لا تغيّر شيئاً في مجلد سجل القضايا يدوياً حتى تعرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {count} {what}.</source>
        <translation>فُحص {count} {what}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The change could not be saved; the casebook is unchanged. Try again; if it keeps failing, run `casebook verify` on this casebook.</source>
        <translation>تعذّر حفظ التغيير؛ لم يتغير سجل القضايا. حاول مجدداً؛ وإن استمر الفشل، شغّل `casebook verify` على سجل القضايا هذا.</translation>
    </message>
    <message>
        <source>That record is no longer in the casebook.</source>
        <translation>لم يعد ذلك السجل في سجل القضايا.</translation>
    </message>
    <message>
        <source>That passage is no longer in the casebook.</source>
        <translation>لم يعد ذلك المقطع في سجل القضايا.</translation>
    </message>
    <message>
        <source>That evidence item is no longer in the casebook.</source>
        <translation>لم يعد عنصر الأدلة ذلك في سجل القضايا.</translation>
    </message>
    <message>
        <source>This evidence item has no stored file.</source>
        <translation>ليس لعنصر الأدلة هذا ملف مخزَّن.</translation>
    </message>
    <message>
        <source>The file is too large to open here ({size} MiB; the limit is {limit} MiB). Export it to a folder of your choice instead.</source>
        <translation>الملف أكبر من أن يُفتح هنا ({size} MiB؛ والحد {limit} MiB). صدِّره إلى مجلد تختاره بدلاً من ذلك.</translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>This is not the passphrase that opens this casebook now. Nothing was changed.</source>
        <translation>هذه ليست عبارة المرور التي تفتح سجل القضايا هذا الآن. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>لم يتغير شيء</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>إزالة الفقرة</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>ف. {n}</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>الفقرة {n}</translation>
    </message>
    <message>
        <source>Move paragraph {n} up</source>
        <translation>نقل الفقرة {n} لأعلى</translation>
    </message>
    <message>
        <source>Move paragraph {n} down</source>
        <translation>نقل الفقرة {n} لأسفل</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>إزالة الفقرة {n}</translation>
    </message>
</context>
</TS>
