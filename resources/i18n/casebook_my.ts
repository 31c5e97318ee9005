<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my">
<context>
    <name>AddDialog</name>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>အမှုအသစ်</translation>
    </message>
    <message>
        <source>for example MM-2017-001</source>
        <translation>ဥပမာ MM-2017-001</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ရည်ညွှန်းအမှတ်</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>ဖြစ်စဉ်အသစ်</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>ပုဂ္ဂိုလ်အသစ်</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>ထွက်ဆိုချက်အသစ်</translation>
    </message>
    <message>
        <source>A new witness (pseudonym given automatically)</source>
        <translation>သက်သေအသစ် (အမည်လွှဲကို အလိုအလျောက် ပေးမည်)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>သက်သေ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ဖိုင်များ</translation>
    </message>
    <message>
        <source>Optional. What you choose is recorded for every file added now; the evidence editor can change it later.</source>
        <translation>မဖြစ်မနေ မဟုတ်ပါ။ ရွေးချယ်သည့်အရာကို ယခုထည့်သော ဖိုင်တိုင်းအတွက် မှတ်တမ်းတင်မည်။ နောက်ပိုင်းတွင် သက်သေအထောက်အထား တည်းဖြတ်ကွက်၌ ပြောင်းနိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>A — completely reliable</source>
        <translation>A — လုံးဝ ယုံကြည်စိတ်ချရ</translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation>B — များသောအားဖြင့် ယုံကြည်စိတ်ချရ</translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation>C — အတော်အသင့် ယုံကြည်စိတ်ချရ</translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation>D — များသောအားဖြင့် ယုံကြည်စိတ်မချရ</translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation>E — ယုံကြည်စိတ်မချရ</translation>
    </message>
    <message>
        <source>F — reliability cannot be judged</source>
        <translation>F — ယုံကြည်စိတ်ချရမှုကို မဆုံးဖြတ်နိုင်</translation>
    </message>
    <message>
        <source>1 — confirmed by other sources</source>
        <translation>1 — အခြားရင်းမြစ်များက အတည်ပြုထား</translation>
    </message>
    <message>
        <source>2 — probably true</source>
        <translation>2 — မှန်နိုင်ခြေများ</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — မှန်နိုင်သည်</translation>
    </message>
    <message>
        <source>4 — doubtful</source>
        <translation>4 — သံသယရှိ</translation>
    </message>
    <message>
        <source>5 — improbable</source>
        <translation>5 — မဖြစ်နိုင်လောက်</translation>
    </message>
    <message>
        <source>6 — truth cannot be judged</source>
        <translation>6 — မှန်ကန်မှုကို မဆုံးဖြတ်နိုင်</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>တိုက်ရိုက်</translation>
    </message>
    <message>
        <source>circumstantial</source>
        <translation>အခြေအနေအရ</translation>
    </message>
    <message>
        <source>corroborating</source>
        <translation>ထောက်ခံ</translation>
    </message>
    <message>
        <source>contradicting</source>
        <translation>ဆန့်ကျင်</translation>
    </message>
    <message>
        <source>⚠ needs review · </source>
        <translation>⚠ ပြန်လည်စစ်ဆေးရန် လို · </translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>စာပိုဒ် {number}</translation>
    </message>
    <message>
        <source>{element} {title} — {support}, {grading}</source>
        <comment>a tag</comment>
        <translation>{element} {title} — {support}၊ {grading}</translation>
    </message>
    <message>
        <source>chars {start}–{end}</source>
        <comment>the characters a tag rests on</comment>
        <translation>စာလုံး {start}–{end}</translation>
    </message>
    <message>
        <source>(not in this taxonomy)</source>
        <translation>(ဤအမျိုးအစားခွဲခြားမှုတွင် မပါ)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>အဆင့်မသတ်မှတ်ရသေး</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>ပြန်လည်စစ်ဆေးရန် လို</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook could not be opened</source>
        <translation>Casebook ကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <source>This casebook&apos;s history changed</source>
        <translation>ဤမှတ်တမ်းစာအုပ်၏ မှတ်တမ်းသမိုင်း ပြောင်းလဲသွားသည်</translation>
    </message>
    <message>
        <source>Accept this history only if you restored this copy from a backup yourself.</source>
        <translation>ဤမိတ္တူကို အရန်မိတ္တူမှ သင်ကိုယ်တိုင် ပြန်ယူခဲ့မှသာ ဤမှတ်တမ်းသမိုင်းကို လက်ခံပါ။</translation>
    </message>
    <message>
        <source>I restored this copy on purpose</source>
        <translation>ဤမိတ္တူကို ရည်ရွယ်၍ ပြန်ယူခဲ့ပါသည်</translation>
    </message>
    <message>
        <source>Keep warning me</source>
        <translation>ဆက်၍ သတိပေးပါ</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the casebook</source>
        <translation>မှတ်တမ်းစာအုပ်ကို အရန်ကူးရန်</translation>
    </message>
    <message>
        <source>A backup is a complete copy of this casebook, still encrypted: it opens with the same passphrase and recovery key. Keep it on another disk, away from this computer. You can go on working while it is made; every stored file is checked against its fingerprint (SHA-256) before the backup counts as made.</source>
        <translation>အရန်မိတ္တူသည် ဤမှတ်တမ်းစာအုပ်၏ မိတ္တူအပြည့်အစုံ ဖြစ်ပြီး ကုဒ်ဝှက်ထားဆဲ ဖြစ်သည်- တူညီသော စကားဝှက်စာကြောင်းနှင့် ပြန်ယူရေးသော့ဖြင့် ဖွင့်နိုင်သည်။ ဤကွန်ပျူတာနှင့် ဝေးရာ အခြားဒစ်တစ်ခုပေါ်တွင် ထားပါ။ ပြုလုပ်နေစဉ် ဆက်လုပ်ကိုင်နိုင်သည်၊ အရန်မိတ္တူ ပြီးမြောက်သည်ဟု မသတ်မှတ်မီ သိမ်းထားသော ဖိုင်တိုင်းကို ၎င်း၏ လက်ဗွေ (SHA-256) နှင့် တိုက်စစ်သည်။</translation>
    </message>
    <message>
        <source>A folder on a USB drive or another disk</source>
        <translation>USB drive သို့မဟုတ် အခြားဒစ်ပေါ်ရှိ ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>အရန်မိတ္တူများအတွက် ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ရွေးရန် (&amp;C)…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> ခု အရန်မိတ္တူ</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>အရန်မိတ္တူ မည်မျှ ထားမည်</translation>
    </message>
    <message>
        <source>Folder for &amp;backups:</source>
        <translation>အရန်မိတ္တူများအတွက် ဖိုင်တွဲ (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>အသစ်ဆုံးကို ထားရန် (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>အရန်ကူးရန် (&amp;B)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>ဒေတာဘေ့စ်ကို ကူးနေသည်…</translation>
    </message>
    <message>
        <source>Copying and checking stored files: {done} of {total}…</source>
        <translation>သိမ်းထားသော ဖိုင်များကို ကူးပြီး စစ်ဆေးနေသည်- {total} ခုအနက် {done} ခု…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to {folder}: the database and %n stored file(s) ({size}), each checked.</source>
        <translation>
            <numerusform>{folder} သို့ အရန်ကူးပြီး- ဒေတာဘေ့စ်နှင့် သိမ်းထားသော ဖိုင် %n ခု ({size})၊ တစ်ခုချင်း စစ်ဆေးပြီး။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older backups removed: %n.</source>
        <translation>
            <numerusform>ဖယ်ရှားလိုက်သော အရန်မိတ္တူဟောင်း- %n ခု။</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>အရန်မိတ္တူ မပြုလုပ်ရပါ။</translation>
    </message>
    <message>
        <source>Unlock the casebook to back it up.</source>
        <translation>အရန်ကူးရန် မှတ်တမ်းစာအုပ်ကို သော့ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>အရန်ကူးရန် (&amp;U)…</translation>
    </message>
    <message>
        <source>Copy the casebook, still encrypted, to another disk</source>
        <translation>မှတ်တမ်းစာအုပ်ကို ကုဒ်ဝှက်ထားလျက် အခြားဒစ်သို့ ကူးရန်</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case {reference}</source>
        <translation>အမှု {reference}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Navigator</source>
        <translation>လမ်းညွှန်</translation>
    </message>
    <message>
        <source>Choose a case, or create one with File ▸ New case (Ctrl+Shift+N).</source>
        <translation>အမှုတစ်ခုကို ရွေးပါ၊ သို့မဟုတ် ဖိုင် ▸ အမှုအသစ် (Ctrl+Shift+N) ဖြင့် ဖန်တီးပါ။</translation>
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
        <translation>&apos;{kind}&apos; သည် ကိုးကားချက် အမျိုးအစား မဟုတ်ပါ။ {kinds} ထဲမှ တစ်ခုကို သုံးပါ</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(အချက် မရှိ)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(ထိပ်ဆုံးအဆင့်)</translation>
    </message>
    <message>
        <source>--keep must be at least 1: the number of backups to keep.</source>
        <translation>--keep သည် အနည်းဆုံး 1 ဖြစ်ရမည်- ထားရှိမည့် အရန်မိတ္တူ အရေအတွက်။</translation>
    </message>
    <message>
        <source>/cases/{ci}/{key}/{i}/{path}: {problem}</source>
        <translation>/cases/{ci}/{key}/{i}/{path}: {problem}</translation>
    </message>
    <message>
        <source>A backup must go outside the casebook folder (ideally on another disk); {destination} is inside it or contains it.</source>
        <translation>အရန်မိတ္တူကို မှတ်တမ်းစာအုပ် ဖိုင်တွဲ၏ အပြင်ဘက်တွင် (ဖြစ်နိုင်လျှင် အခြားဒစ်တွင်) ထားရမည်။ {destination} သည် ၎င်းအတွင်းတွင် ရှိနေသည် သို့မဟုတ် ၎င်းကို ပါဝင်နေသည်။</translation>
    </message>
    <message>
        <source>A case needs a reference code, such as MM-2017-001.</source>
        <translation>အမှုတစ်ခုတွင် MM-2017-001 ကဲ့သို့ ရည်ညွှန်းကုဒ် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>အမှုတစ်ခုတွင် ခေါင်းစဉ် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>A case the pattern is filtered on is not in this casebook; choose the cases again.</source>
        <translation>ပုံစံတူမှုကို စစ်ထုတ်ထားသော အမှုတစ်ခုသည် ဤမှတ်တမ်းစာအုပ်တွင် မရှိပါ။ အမှုများကို ထပ်ရွေးပါ။</translation>
    </message>
    <message>
        <source>A casebook needs a passphrase; an empty one would let anyone open it. Choose a passphrase of several words.</source>
        <translation>မှတ်တမ်းစာအုပ်တွင် စကားဝှက်စာကြောင်း လိုအပ်သည်။ အလွတ်ထားလျှင် မည်သူမဆို ဖွင့်နိုင်မည်။ စကားလုံးများစွာပါသော စကားဝှက်စာကြောင်းကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>A character range can only be given for a passage.</source>
        <translation>စာလုံးအပိုင်းအခြားကို စာသားအပိုင်းအတွက်သာ ပေးနိုင်သည်။</translation>
    </message>
    <message>
        <source>A charge given is not one of case {reference}.</source>
        <translation>ပေးထားသော စွဲချက်တစ်ခုသည် အမှု {reference} ၏ စွဲချက် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>A comment can be at most {limit} characters long.</source>
        <translation>မှတ်ချက်တွင် စာလုံး {limit} လုံးအထိသာ ရေးနိုင်သည်။</translation>
    </message>
    <message>
        <source>A date in this case (of an incident, a statement or an evidence item) is not a calendar date: it was stored before Casebook checked dates, or changed outside it. The export stopped and left nothing behind; correct the date and export again.</source>
        <translation>ဤအမှုရှိ ရက်စွဲတစ်ခု (ဖြစ်စဉ်၊ ထွက်ဆိုချက် သို့မဟုတ် သက်သေအထောက်အထား တစ်ခု၏) သည် ပြက္ခဒိန်ရက်စွဲ မဟုတ်ပါ- Casebook က ရက်စွဲများကို မစစ်ဆေးမီ သိမ်းခဲ့သည် သို့မဟုတ် ပြင်ပတွင် ပြောင်းခဲ့သည်။ ထုတ်ယူမှု ရပ်သွားပြီး ဘာမျှ မကျန်ခဲ့ပါ။ ရက်စွဲကို ပြင်ပြီး ထပ်မံ ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <source>A file does not match the SHA-256 its record declares; nothing was imported:</source>
        <translation>ဖိုင်တစ်ခုသည် ၎င်း၏ မှတ်တမ်းတွင် ဖော်ပြထားသော SHA-256 နှင့် မကိုက်ညီပါ။ ဘာမျှ မထည့်သွင်းရသေးပါ-</translation>
    </message>
    <message>
        <source>A fingerprint is 32 hexadecimal digits (spaces do not matter); at least the first 8 are needed. `casebook identity list` shows them.</source>
        <translation>လက်ဗွေသည် ဆဋ္ဌဒသမ ဂဏန်း 32 လုံး ဖြစ်သည် (space များ အရေးမကြီး)။ အနည်းဆုံး ပထမ 8 လုံး လိုအပ်သည်။ `casebook identity list` က ၎င်းတို့ကို ပြသည်။</translation>
    </message>
    <message>
        <source>A legal_argument belongs to a whole charge; for one element, use the kind element_argument.</source>
        <translation>legal_argument သည် စွဲချက်တစ်ခုလုံးနှင့် သက်ဆိုင်သည်။ အင်္ဂါရပ်တစ်ခုအတွက် element_argument အမျိုးအစားကို သုံးပါ။</translation>
    </message>
    <message>
        <source>A link of the complaint is not an object of its own; the structure tree cannot point at it. Export again, and report this if it happens twice.</source>
        <translation>တိုင်ကြားချက်၏ လင့်ခ်တစ်ခုသည် ကိုယ်ပိုင် object မဟုတ်သဖြင့် structure tree က ၎င်းကို မညွှန်နိုင်ပါ။ ထပ်မံ ထုတ်ယူပါ၊ နှစ်ကြိမ်ဖြစ်လျှင် အစီရင်ခံပါ။</translation>
    </message>
    <message>
        <source>A number is not finite (NaN or infinity) and cannot be hashed or signed, so it was refused and nothing was saved. If you typed it, enter a real number or leave the field empty; if it came in a file or package, ask its sender to check that file.</source>
        <translation>ကိန်းဂဏန်းတစ်ခုသည် အကန့်အသတ်ရှိသော ကိန်း မဟုတ်ပါ (NaN သို့မဟုတ် အဆုံးမရှိ)၊ ဟက်ရှ်တွက်ခြင်း သို့မဟုတ် လက်မှတ်ထိုးခြင်း မပြုနိုင်သဖြင့် ငြင်းပယ်ခဲ့ပြီး ဘာမျှ မသိမ်းဆည်းရပါ။ သင်ရိုက်ထည့်ခဲ့လျှင် ကိန်းအစစ်ကို ထည့်ပါ သို့မဟုတ် အကွက်ကို အလွတ်ထားပါ။ ဖိုင် သို့မဟုတ် ဖလှယ်ထုပ်မှ လာလျှင် ပေးပို့သူကို ထိုဖိုင်ကို စစ်ဆေးရန် မေးပါ။</translation>
    </message>
    <message>
        <source>A package is for colleagues; your own identity cannot be a recipient.</source>
        <translation>ဖလှယ်ထုပ်သည် လုပ်ဖော်ကိုင်ဖက်များအတွက် ဖြစ်သည်။ သင့်ကိုယ်ပိုင် မည်သူမည်ဝါသည် လက်ခံသူ မဖြစ်နိုင်ပါ။</translation>
    </message>
    <message>
        <source>A pattern can be cited only for a contextual element (such as cah_attack/1); {element} is not one. Choose a contextual element of the charge.</source>
        <translation>ပုံစံတူမှုကို နောက်ခံအခြေအနေ အင်္ဂါရပ် (cah_attack/1 ကဲ့သို့) အတွက်သာ ကိုးကားနိုင်သည်။ {element} သည် ထိုသို့ မဟုတ်ပါ။ စွဲချက်၏ နောက်ခံအခြေအနေ အင်္ဂါရပ်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>A recipient is a code from Casebook&apos;s list, such as DE or ICC; it is empty here.</source>
        <translation>လက်ခံသူသည် Casebook စာရင်းမှ DE သို့မဟုတ် ICC ကဲ့သို့ ကုဒ်ဖြစ်သည်။ ဤနေရာတွင် အလွတ်ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>A recovery key has {expected} letters and digits in nine groups of four; this one has {count}. Copy it again from the paper you kept.</source>
        <translation>ပြန်ယူရေးသော့တွင် လေးလုံးတွဲ ကိုးတွဲဖြင့် စာလုံးနှင့် ဂဏန်း {expected} လုံး ရှိသည်။ ဤသော့တွင် {count} လုံး ရှိသည်။ သင်သိမ်းထားသော စာရွက်မှ ထပ်ကူးပါ။</translation>
    </message>
    <message>
        <source>A recovery key uses only digits and the letters A–Z except U; these characters are not part of it: {bad}.</source>
        <translation>ပြန်ယူရေးသော့တွင် ဂဏန်းများနှင့် U မှလွဲ၍ A–Z စာလုံးများသာ ပါသည်။ ဤစာလုံးများ မပါဝင်ပါ- {bad}။</translation>
    </message>
    <message>
        <source>A saved pattern filter is damaged (a field has the wrong form); save the pattern again from the pattern view.</source>
        <translation>သိမ်းထားသော ပုံစံတူမှု စစ်ထုတ်ချက်တစ်ခု ပျက်စီးနေသည် (အကွက်တစ်ခု၏ ပုံစံ မှားနေသည်)။ ပုံစံတူမှု မြင်ကွင်းမှ ပုံစံတူမှုကို ထပ်သိမ်းပါ။</translation>
    </message>
    <message>
        <source>A saved pattern needs a short title that says what it shows.</source>
        <translation>သိမ်းထားသော ပုံစံတူမှုတွင် ၎င်းပြသည့်အရာကို ဖော်ပြသော ခေါင်းစဉ်တို လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>A section holds at most {max_section_chars} characters; this one has {count}. Split the argument across the charges and elements it is about, or shorten it.</source>
        <translation>အပိုင်းတစ်ခုတွင် စာလုံး {max_section_chars} လုံးအထိသာ ထားနိုင်သည်။ ဤအပိုင်းတွင် {count} လုံး ရှိသည်။ ဆွေးနွေးချက်ကို သက်ဆိုင်ရာ စွဲချက်နှင့် အင်္ဂါရပ်များအလိုက် ခွဲပါ သို့မဟုတ် တိုအောင်ရေးပါ။</translation>
    </message>
    <message>
        <source>A section&apos;s text must be text.</source>
        <translation>အပိုင်း၏ စာသားသည် စာသား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>A signed event in the package does not verify against its author&apos;s key, so the package was refused and nothing was imported:</source>
        <translation>ဖလှယ်ထုပ်ရှိ လက်မှတ်ထိုးထားသော ဖြစ်ရပ်တစ်ခုသည် ၎င်း၏ ရေးသားသူ၏ သော့နှင့် စစ်ဆေး၍ မကိုက်ညီသဖြင့် ဖလှယ်ထုပ်ကို ငြင်းပယ်ခဲ့ပြီး ဘာမျှ မထည့်သွင်းရပါ-</translation>
    </message>
    <message>
        <source>A value cannot be hashed or signed as canonical JSON ({exc}); nothing was saved.</source>
        <translation>တန်ဖိုးတစ်ခုကို canonical JSON အဖြစ် ဟက်ရှ်တွက်ခြင်း သို့မဟုတ် လက်မှတ်ထိုးခြင်း မပြုနိုင်ပါ ({exc})။ ဘာမျှ မသိမ်းဆည်းရပါ။</translation>
    </message>
    <message>
        <source>A value of kind {kind} cannot be hashed or signed as canonical JSON; nothing was saved. This is a fault in Casebook: please report it.</source>
        <translation>{kind} အမျိုးအစား တန်ဖိုးကို canonical JSON အဖြစ် ဟက်ရှ်တွက်ခြင်း သို့မဟုတ် လက်မှတ်ထိုးခြင်း မပြုနိုင်ပါ။ ဘာမျှ မသိမ်းဆည်းရပါ။ ဤသည်မှာ Casebook ၏ ချို့ယွင်းချက် ဖြစ်သည်- ကျေးဇူးပြု၍ အစီရင်ခံပါ။</translation>
    </message>
    <message>
        <source>A victim group is chosen by one of {characteristics}; {chosen} is not one of them.</source>
        <translation>ထိခိုက်နစ်နာသူ အုပ်စုကို {characteristics} ထဲမှ တစ်ခုဖြင့် ရွေးသည်။ {chosen} သည် ၎င်းတို့ထဲတွင် မပါပါ။</translation>
    </message>
    <message>
        <source>A whole number is too large to be hashed or signed exactly (RFC 8785 allows up to 2^53 - 1), so it was refused and nothing was saved. If you typed it, store it as text; if it came in a file or package, ask its sender to check that file.</source>
        <translation>ကိန်းပြည့်တစ်ခုသည် တိကျစွာ ဟက်ရှ်တွက်ရန် သို့မဟုတ် လက်မှတ်ထိုးရန် ကြီးလွန်းသည် (RFC 8785 သည် 2^53 - 1 အထိသာ ခွင့်ပြုသည်)၊ ထို့ကြောင့် ငြင်းပယ်ခဲ့ပြီး ဘာမျှ မသိမ်းဆည်းရပါ။ သင်ရိုက်ထည့်ခဲ့လျှင် စာသားအဖြစ် သိမ်းပါ။ ဖိုင် သို့မဟုတ် ဖလှယ်ထုပ်မှ လာလျှင် ပေးပို့သူကို ထိုဖိုင်ကို စစ်ဆေးရန် မေးပါ။</translation>
    </message>
    <message>
        <source>A {kind} section belongs to the case, not to a charge or element; leave out the charge and element.</source>
        <translation>{kind} အပိုင်းသည် အမှုနှင့် သက်ဆိုင်သည်၊ စွဲချက် သို့မဟုတ် အင်္ဂါရပ်နှင့် မဟုတ်ပါ။ စွဲချက်နှင့် အင်္ဂါရပ်ကို ချန်ထားပါ။</translation>
    </message>
    <message>
        <source>A {kind} section needs the charge it argues.</source>
        <translation>{kind} အပိုင်းတွင် ၎င်းဆွေးနွေးသော စွဲချက် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>Administrative areas are counted as recorded (spelling differences are not merged). Coordinates are plotted as recorded (a point each; their stated precision is not drawn); an incident without an administrative area or without coordinates is counted as lacking it.</source>
        <translation>အုပ်ချုပ်ရေးနယ်မြေများကို မှတ်တမ်းတင်ထားသည့်အတိုင်း ရေတွက်သည် (စာလုံးပေါင်း ကွာခြားချက်များကို မပေါင်းပါ)။ ကိုဩဒိနိတ်များကို မှတ်တမ်းတင်ထားသည့်အတိုင်း ပြသည် (တစ်ခုလျှင် အမှတ်တစ်ခု၊ ဖော်ပြထားသော တိကျမှုကို မဆွဲပါ)။ အုပ်ချုပ်ရေးနယ်မြေ သို့မဟုတ် ကိုဩဒိနိတ် မရှိသော ဖြစ်စဉ်ကို ၎င်းမရှိသည်ဟု ရေတွက်သည်။</translation>
    </message>
    <message>
        <source>An attachment from the package could not be stored ({strerror}); nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်မှ ပူးတွဲဖိုင်တစ်ခုကို သိမ်းဆည်း၍ မရပါ ({strerror})။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>An audit entry in the package does not match its own hash: the sender&apos;s audit history was altered ({where}). Nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်ရှိ စာရင်းစစ်မှတ်တမ်း အချက်တစ်ခုသည် ၎င်း၏ ကိုယ်ပိုင်ဟက်ရှ်နှင့် မကိုက်ညီပါ- ပေးပို့သူ၏ စာရင်းစစ်မှတ်တမ်း သမိုင်းကို ပြောင်းလဲထားသည် ({where})။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>An element_argument needs the element it argues, such as 7(1)(g)-1/1.</source>
        <translation>element_argument တွင် ၎င်းဆွေးနွေးသော အင်္ဂါရပ် (ဥပမာ 7(1)(g)-1/1) လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation>သက်သေအထောက်အထားတွင် ခေါင်းစဉ် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>An export that stopped half-way left {path}, and Casebook could not remove it ({reason}). It may hold decrypted case files: delete it yourself.</source>
        <translation>တစ်ဝက်တွင် ရပ်သွားသော ထုတ်ယူမှုက {path} ကို ချန်ခဲ့ပြီး Casebook က ၎င်းကို ဖယ်ရှား၍ မရပါ ({reason})။ ၎င်းတွင် ကုဒ်ဖြည်ထားသော အမှုဖိုင်များ ပါနိုင်သည်- သင်ကိုယ်တိုင် ဖျက်ပါ။</translation>
    </message>
    <message>
        <source>An identity with this signing key is already stored here for a different user or age key. Someone may be impersonating a colleague; do not use this identity, and compare fingerprints with your colleague.</source>
        <translation>ဤလက်မှတ်ထိုးသော့ပါသော မည်သူမည်ဝါကို အခြားအသုံးပြုသူ သို့မဟုတ် age သော့အတွက် ဤနေရာတွင် သိမ်းထားပြီးဖြစ်သည်။ တစ်စုံတစ်ယောက်က လုပ်ဖော်ကိုင်ဖက်အဖြစ် အယောင်ဆောင်နေနိုင်သည်။ ဤမည်သူမည်ဝါကို မသုံးပါနှင့်၊ လုပ်ဖော်ကိုင်ဖက်နှင့် လက်ဗွေများကို နှိုင်းယှဉ်ပါ။</translation>
    </message>
    <message>
        <source>An incident needs a short title.</source>
        <translation>ဖြစ်စဉ်တစ်ခုတွင် ခေါင်းစဉ်တို လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ဧပြီ</translation>
    </message>
    <message>
        <source>As a {role} you can set the status to {allowed}; the other statuses are the supervisor&apos;s.</source>
        <translation>{role} အနေဖြင့် အခြေအနေကို {allowed} သို့ သတ်မှတ်နိုင်သည်။ အခြားအခြေအနေများမှာ ကြီးကြပ်သူ၏ တာဝန် ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Audit entries cannot be deleted.</source>
        <translation>စာရင်းစစ်မှတ်တမ်း အချက်များကို ဖျက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ဩဂုတ်</translation>
    </message>
    <message>
        <source>Canonical JSON form {form} is not one Casebook knows.</source>
        <translation>Canonical JSON ပုံစံ {form} ကို Casebook မသိပါ။</translation>
    </message>
    <message>
        <source>Case {reference} has no charge with the id &apos;{key}&apos;. `casebook charge list` shows the charges.</source>
        <translation>အမှု {reference} တွင် id &apos;{key}&apos; ပါသော စွဲချက် မရှိပါ။ `casebook charge list` က စွဲချက်များကို ပြသည်။</translation>
    </message>
    <message>
        <source>Case {reference} has no charges yet. Add a charge (crime and alleged perpetrators) before exporting a complaint.</source>
        <translation>အမှု {reference} တွင် စွဲချက် မရှိသေးပါ။ တိုင်ကြားချက် မထုတ်ယူမီ စွဲချက် (ရာဇဝတ်မှုနှင့် စွပ်စွဲခံရသူများ) ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Case {reference} has no tag with the id &apos;{tag_id}&apos;; it may have been removed.</source>
        <translation>အမှု {reference} တွင် id &apos;{tag_id}&apos; ပါသော တဂ် မရှိပါ။ ဖယ်ရှားပြီး ဖြစ်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); filing edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>အမှု {reference}: စွဲချက် {charges}၊ ဖြစ်စဉ် {incidents}၊ ထွက်ဆိုချက် {statements}၊ သက်သေခံပစ္စည်း {exhibits}။ {addressee} အတွက် တင်သွင်းရန်မူ (သဘောတူညီချက်တွင် {jurisdiction} ကို ဖော်ပြထားရမည်)။</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); internal edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>အမှု {reference}: စွဲချက် {charges}၊ ဖြစ်စဉ် {incidents}၊ ထွက်ဆိုချက် {statements}၊ သက်သေခံပစ္စည်း {exhibits}။ {addressee} အတွက် အတွင်းသုံးမူ (သဘောတူညီချက်တွင် {jurisdiction} ကို ဖော်ပြထားရမည်)။</translation>
    </message>
    <message>
        <source>Casebook cannot write in its data folder ({reason}); an export needs it to clean up after an interruption. Check that folder&apos;s permissions, or set {environment} to a folder you can write to.</source>
        <translation>Casebook သည် ၎င်း၏ ဒေတာဖိုင်တွဲတွင် ရေး၍ မရပါ ({reason})။ ထုတ်ယူမှု ရပ်တန့်သွားပါက ရှင်းလင်းရန် ၎င်းကို လိုအပ်သည်။ ထိုဖိုင်တွဲ၏ ခွင့်ပြုချက်များကို စစ်ဆေးပါ သို့မဟုတ် {environment} ကို သင်ရေးနိုင်သော ဖိုင်တွဲသို့ သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>Casebook cannot write in the folder {parent} ({reason}). A casebook can only be used from a folder you may write to: copy the folder to such a place (not a read-only drive or share), or check its permissions.</source>
        <translation>Casebook သည် ဖိုင်တွဲ {parent} တွင် ရေး၍ မရပါ ({reason})။ မှတ်တမ်းစာအုပ်ကို သင်ရေးခွင့်ရှိသော ဖိုင်တွဲမှသာ သုံးနိုင်သည်- ဖိုင်တွဲကို ထိုနေရာသို့ ကူးပါ (ဖတ်ရန်သာ ဒရိုက် သို့မဟုတ် share မဟုတ်ရ) သို့မဟုတ် ၎င်း၏ ခွင့်ပြုချက်များကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>Casebook is not allowed to read {name}. Check its permissions.</source>
        <translation>Casebook ကို {name} ဖတ်ခွင့် မပြုပါ။ ၎င်း၏ ခွင့်ပြုချက်များကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>Casebook&apos;s taxonomy has no national law for &apos;{code}&apos;. Covered: {jurisdictions}.</source>
        <translation>Casebook ၏ အမျိုးအစားခွဲခြားမှုတွင် &apos;{code}&apos; အတွက် ပြည်တွင်းဥပဒေ မရှိပါ။ ပါဝင်သည်များ- {jurisdictions}။</translation>
    </message>
    <message>
        <source>Choose a folder outside the casebook for the bundle: it holds decrypted files, which must not sit beside the encrypted casebook.</source>
        <translation>တိုင်ကြားချက်အစုံအတွက် မှတ်တမ်းစာအုပ်၏ အပြင်ဘက်ရှိ ဖိုင်တွဲကို ရွေးပါ- ၎င်းတွင် ကုဒ်ဖြည်ထားသော ဖိုင်များ ပါသဖြင့် ကုဒ်ဝှက်ထားသော မှတ်တမ်းစာအုပ်ဘေးတွင် မထားရပါ။</translation>
    </message>
    <message>
        <source>Choose a person of this case.</source>
        <translation>ဤအမှု၏ ပုဂ္ဂိုလ်တစ်ဦးကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Choose at least one charge to export, or &apos;all&apos;.</source>
        <translation>ထုတ်ယူရန် စွဲချက် အနည်းဆုံး တစ်ခု သို့မဟုတ် &apos;all&apos; ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>ဤထဲမှ တစ်ခုကို ရွေးပါ- {choices}။</translation>
    </message>
    <message>
        <source>Consent is recorded as one of: {consent_recording}.</source>
        <translation>သဘောတူညီချက်ကို ဤထဲမှ တစ်မျိုးဖြင့် မှတ်တမ်းတင်သည်- {consent_recording}။</translation>
    </message>
    <message>
        <source>Counts incidents on which a crime is tagged (supporting material on the incident, or on a statement or exhibit linked to it; contradicting material and tags awaiting review after a taxonomy update do not count) or charged (a charge resting on the incident). An incident may count under several crimes.</source>
        <translation>ရာဇဝတ်မှုတစ်ခုကို တဂ်တပ်ထားသော (ဖြစ်စဉ်ပေါ်တွင် သို့မဟုတ် ၎င်းနှင့် ချိတ်ထားသော ထွက်ဆိုချက် သို့မဟုတ် သက်သေခံပစ္စည်းပေါ်တွင် ထောက်ခံသော အထောက်အထား၊ ဆန့်ကျင်သော အထောက်အထားနှင့် အမျိုးအစားခွဲခြားမှု အပ်ဒိတ်ပြီးနောက် ပြန်လည်စစ်ဆေးရန် စောင့်နေသော တဂ်များ မပါ) သို့မဟုတ် စွဲချက်တင်ထားသော (ဖြစ်စဉ်ပေါ်တွင် အခြေခံသော စွဲချက်) ဖြစ်စဉ်များကို ရေတွက်သည်။ ဖြစ်စဉ်တစ်ခုကို ရာဇဝတ်မှု အများအပြားအောက်တွင် ရေတွက်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Counts incidents to which an alleged perpetrator recorded with this unit is linked, directly or as charged in a charge resting on the incident; an incident may count under several units. Incidents with no alleged perpetrator whose unit is recorded are lacking.</source>
        <translation>ဤတပ်ဖွဲ့ဖြင့် မှတ်တမ်းတင်ထားသော စွပ်စွဲခံရသူ တစ်ဦးကို တိုက်ရိုက် သို့မဟုတ် ဖြစ်စဉ်ပေါ်တွင် အခြေခံသော စွဲချက်တွင် စွဲဆိုခံရသူအဖြစ် ချိတ်ထားသော ဖြစ်စဉ်များကို ရေတွက်သည်။ ဖြစ်စဉ်တစ်ခုကို တပ်ဖွဲ့ အများအပြားအောက်တွင် ရေတွက်နိုင်သည်။ တပ်ဖွဲ့ မှတ်တမ်းတင်ထားသော စွပ်စွဲခံရသူ မရှိသည့် ဖြစ်စဉ်များကို မရှိသည်ဟု ရေတွက်သည်။</translation>
    </message>
    <message>
        <source>Counts persons recorded in the casebook with the role victim or survivor and linked to an incident counted here; a person linked to several incidents counts once. Victims reported in statements but not recorded as persons are not counted. A person with no value recorded for the characteristic is counted as lacking it.</source>
        <translation>မှတ်တမ်းစာအုပ်တွင် ထိခိုက်နစ်နာသူ သို့မဟုတ် အသက်ရှင်ကျန်ရစ်သူ အခန်းကဏ္ဍဖြင့် မှတ်တမ်းတင်ထားပြီး ဤနေရာတွင် ရေတွက်သော ဖြစ်စဉ်နှင့် ချိတ်ထားသော ပုဂ္ဂိုလ်များကို ရေတွက်သည်။ ဖြစ်စဉ်အများအပြားနှင့် ချိတ်ထားသော ပုဂ္ဂိုလ်ကို တစ်ကြိမ်သာ ရေတွက်သည်။ ထွက်ဆိုချက်များတွင် ဖော်ပြသော်လည်း ပုဂ္ဂိုလ်အဖြစ် မှတ်တမ်းမတင်ထားသော ထိခိုက်နစ်နာသူများကို မရေတွက်ပါ။ လက္ခဏာအတွက် တန်ဖိုး မှတ်တမ်းမတင်ထားသော ပုဂ္ဂိုလ်ကို ၎င်းမရှိသည်ဟု ရေတွက်သည်။</translation>
    </message>
    <message>
        <source>Crime {crime} has no elements in the Elements of Crimes yet, so it cannot be charged and analysed element by element. Choose another crime.</source>
        <translation>ရာဇဝတ်မှု {crime} တွင် Elements of Crimes ၌ အင်္ဂါရပ်များ မရှိသေးသဖြင့် စွဲချက်တင်၍ အင်္ဂါရပ်အလိုက် သုံးသပ်၍ မရပါ။ အခြားရာဇဝတ်မှုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Custody actions are: {custody_actions}.</source>
        <translation>ထိန်းသိမ်းမှု လုပ်ဆောင်ချက်များမှာ- {custody_actions}။</translation>
    </message>
    <message>
        <source>Custody and review events are signed and never replace one another; the incoming event stays on record in this conflict. Resolve it with --keep local.</source>
        <translation>ထိန်းသိမ်းမှုနှင့် ပြန်လည်စစ်ဆေးခြင်း ဖြစ်ရပ်များကို လက်မှတ်ထိုးထားပြီး တစ်ခုကို တစ်ခု အစားမထိုးပါ။ ဝင်လာသော ဖြစ်ရပ်သည် ဤကွဲလွဲချက်တွင် မှတ်တမ်းအဖြစ် ကျန်ရှိမည်။ --keep local ဖြင့် ဖြေရှင်းပါ။</translation>
    </message>
    <message>
        <source>Custody events are signed by the person acting, and this user has no signing key in this casebook.</source>
        <translation>ထိန်းသိမ်းမှု ဖြစ်ရပ်များကို လုပ်ဆောင်သူက လက်မှတ်ထိုးရပြီး ဤအသုံးပြုသူတွင် ဤမှတ်တမ်းစာအုပ်၌ လက်မှတ်ထိုးသော့ မရှိပါ။</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ဒီဇင်ဘာ</translation>
    </message>
    <message>
        <source>Documents can be exported in {languages}; {language} is not one of them.</source>
        <translation>စာရွက်စာတမ်းများကို {languages} ဖြင့် ထုတ်ယူနိုင်သည်။ {language} သည် ၎င်းတို့ထဲတွင် မပါပါ။</translation>
    </message>
    <message>
        <source>Each incident&apos;s date is taken as the span of days it can mean: an exact date is one day, a month or a year is the whole month or year, a range runs from the first day its start can mean to the last day its end can mean, and an approximate date is widened by {margin} days on each side. A month counts an incident as certain only when its whole span lies in that month; an incident whose span reaches beyond the month is counted as possible in every month it touches, so possible counts overlap and must not be added up. Incidents without a date, with an open-ended range or with a date that is not a calendar date are counted as lacking a date.</source>
        <translation>ဖြစ်စဉ်တစ်ခုစီ၏ ရက်စွဲကို ၎င်းဆိုလိုနိုင်သော ရက်များ၏ ကာလအဖြစ် ယူသည်- တိကျသောရက်စွဲသည် တစ်ရက်၊ လ သို့မဟုတ် နှစ်သည် လ သို့မဟုတ် နှစ်တစ်ခုလုံး၊ အပိုင်းအခြားသည် ၎င်း၏အစ ဆိုလိုနိုင်သော ပထမရက်မှ ၎င်း၏အဆုံး ဆိုလိုနိုင်သော နောက်ဆုံးရက်အထိ ဖြစ်ပြီး ခန့်မှန်းရက်စွဲကို ဘေးတစ်ဖက်စီတွင် {margin} ရက် ချဲ့သည်။ လတစ်လသည် ဖြစ်စဉ်၏ ကာလတစ်ခုလုံး ထိုလအတွင်း ကျမှသာ ဖြစ်စဉ်ကို သေချာသည်ဟု ရေတွက်သည်။ ကာလ လကို ကျော်လွန်သော ဖြစ်စဉ်ကို ၎င်းထိသော လတိုင်းတွင် ဖြစ်နိုင်သည်ဟု ရေတွက်သဖြင့် ဖြစ်နိုင်သည့် အရေအတွက်များ ထပ်နေပြီး ပေါင်း၍ မရပါ။ ရက်စွဲမရှိသော၊ အဆုံးမသတ်သော အပိုင်းအခြားရှိသော သို့မဟုတ် ပြက္ခဒိန်ရက်စွဲ မဟုတ်သော ရက်စွဲရှိသော ဖြစ်စဉ်များကို ရက်စွဲမရှိသည်ဟု ရေတွက်သည်။</translation>
    </message>
    <message>
        <source>Encrypting the bundle to the recipient</source>
        <translation>တိုင်ကြားချက်အစုံကို လက်ခံသူအတွက် ကုဒ်ဝှက်နေသည်</translation>
    </message>
    <message>
        <source>Evidence {title} did not come out of the vault as it went in; the bundle was not written. Run `casebook verify` on the casebook.</source>
        <translation>သက်သေအထောက်အထား {title} သည် သိမ်းဆည်းစဉ်အတိုင်း ပြန်မထွက်လာပါ။ တိုင်ကြားချက်အစုံကို မရေးရပါ။ မှတ်တမ်းစာအုပ်ပေါ်တွင် `casebook verify` ကို run ပါ။</translation>
    </message>
    <message>
        <source>Evidence {title} has no stored file (a physical item?).</source>
        <translation>သက်သေအထောက်အထား {title} တွင် သိမ်းထားသော ဖိုင် မရှိပါ (ရုပ်ပိုင်းဆိုင်ရာ ပစ္စည်းလား?)။</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ဖေဖော်ဝါရီ</translation>
    </message>
    <message>
        <source>Give a language code such as lo, my, th or en.</source>
        <translation>lo, my, th သို့မဟုတ် en ကဲ့သို့ ဘာသာစကားကုဒ် ပေးပါ။</translation>
    </message>
    <message>
        <source>Give a list of sections: {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}.</source>
        <translation>အပိုင်းများစာရင်း ပေးပါ- {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}။</translation>
    </message>
    <message>
        <source>Give a number between {low} and {high}.</source>
        <translation>{low} နှင့် {high} ကြား ကိန်းဂဏန်း ပေးပါ။</translation>
    </message>
    <message>
        <source>Give a status, a comment, or both.</source>
        <translation>အခြေအနေ၊ မှတ်ချက် သို့မဟုတ် နှစ်ခုလုံး ပေးပါ။</translation>
    </message>
    <message>
        <source>Give at least one role from: {person_roles}.</source>
        <translation>{person_roles} ထဲမှ အခန်းကဏ္ဍ အနည်းဆုံး တစ်ခု ပေးပါ။</translation>
    </message>
    <message>
        <source>Give both grades (source reliability A-F and information credibility 1-6) or neither: a tag is graded on both scales, or not graded.</source>
        <translation>အဆင့်နှစ်ခုလုံး (သတင်းရင်းမြစ်၏ ယုံကြည်စိတ်ချရမှု A-F နှင့် သတင်းအချက်အလက်၏ ယုံကြည်နိုင်မှု 1-6) ပေးပါ သို့မဟုတ် နှစ်ခုလုံး မပေးပါနှင့်- တဂ်ကို စကေးနှစ်ခုလုံးဖြင့် အဆင့်သတ်မှတ်သည် သို့မဟုတ် လုံးဝ မသတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>Give the national provision as JURISDICTION:PROVISION-ID, such as DE:§7(1)(nr4).</source>
        <translation>ပြည်တွင်းဥပဒေပြဋ္ဌာန်းချက်ကို JURISDICTION:PROVISION-ID ပုံစံဖြင့် ပေးပါ၊ ဥပမာ DE:§7(1)(nr4)။</translation>
    </message>
    <message>
        <source>Give the whole fingerprint (32 hexadecimal digits) you compared with your colleague, so a look-alike identity cannot be verified by mistake.</source>
        <translation>လုပ်ဖော်ကိုင်ဖက်နှင့် နှိုင်းယှဉ်ခဲ့သော လက်ဗွေ တစ်ခုလုံး (ဆဋ္ဌဒသမ ဂဏန်း 32 လုံး) ကို ပေးပါ၊ သို့မှသာ ဆင်တူသော မည်သူမည်ဝါကို မှားယွင်း၍ အတည်မပြုမိမည်။</translation>
    </message>
    <message>
        <source>Grades are admiralty codes: a letter for source reliability (A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged) and a digit for information credibility (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged).</source>
        <translation>အဆင့်များသည် admiralty ကုဒ်များ ဖြစ်သည်- သတင်းရင်းမြစ်၏ ယုံကြည်စိတ်ချရမှုအတွက် စာလုံး (A လုံးဝ ယုံကြည်ရ၊ B များသောအားဖြင့် ယုံကြည်ရ၊ C အတော်အသင့် ယုံကြည်ရ၊ D များသောအားဖြင့် မယုံကြည်ရ၊ E မယုံကြည်ရ၊ F မဆုံးဖြတ်နိုင်) နှင့် သတင်းအချက်အလက်၏ ယုံကြည်နိုင်မှုအတွက် ဂဏန်း (1 အတည်ပြုပြီး၊ 2 မှန်နိုင်ခြေများ၊ 3 မှန်နိုင်၊ 4 သံသယရှိ၊ 5 မဖြစ်နိုင်သလောက်၊ 6 မဆုံးဖြတ်နိုင်)။</translation>
    </message>
    <message>
        <source>Identities can only leave the casebook in a sealed annex encrypted to the recipient. Give the recipient&apos;s age public key (age1…) as well.</source>
        <translation>မည်သူမည်ဝါများသည် လက်ခံသူအတွက် ကုဒ်ဝှက်ထားသော တံဆိပ်ခတ် နောက်ဆက်တွဲဖြင့်သာ မှတ်တမ်းစာအုပ်မှ ထွက်နိုင်သည်။ လက်ခံသူ၏ age public key (age1…) ကိုလည်း ပေးပါ။</translation>
    </message>
    <message>
        <source>In recipients.json the name {alias} stands for both {code} and {other}; a name must name one recipient. Restore the file.</source>
        <translation>recipients.json တွင် အမည် {alias} သည် {code} နှင့် {other} နှစ်ခုလုံးကို ဆိုလိုနေသည်။ အမည်တစ်ခုသည် လက်ခံသူ တစ်ဦးတည်းကိုသာ ဆိုလိုရမည်။ ဖိုင်ကို ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>အုပ်ချုပ်ရေးနယ်မြေအလိုက် ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>စွပ်စွဲခံရသူ၏ တပ်ဖွဲ့အလိုက် ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>Incidents by crime tagged or charged</source>
        <translation>တဂ်တပ်ထားသော သို့မဟုတ် စွဲချက်တင်ထားသော ရာဇဝတ်မှုအလိုက် ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged).</source>
        <translation>သတင်းအချက်အလက်၏ ယုံကြည်နိုင်မှုသည် 1 (အတည်ပြုပြီး) မှ 6 (မဆုံးဖြတ်နိုင်) အထိ ဂဏန်း ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Intake was cancelled; nothing was added for that file.</source>
        <translation>လက်ခံမှုကို ပယ်ဖျက်ခဲ့သည်။ ထိုဖိုင်အတွက် ဘာမျှ မထည့်ရပါ။</translation>
    </message>
    <message>
        <source>January</source>
        <translation>ဇန်နဝါရီ</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ဇူလိုင်</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ဇွန်</translation>
    </message>
    <message>
        <source>Left out or changed:</source>
        <translation>ချန်လှပ် သို့မဟုတ် ပြောင်းလဲထားသည်များ-</translation>
    </message>
    <message>
        <source>Link the exhibit to incident &apos;{incident}&apos;</source>
        <translation>သက်သေခံပစ္စည်းကို ဖြစ်စဉ် &apos;{incident}&apos; နှင့် ချိတ်ရန်</translation>
    </message>
    <message>
        <source>Link the statement to incident &apos;{incident}&apos;</source>
        <translation>ထွက်ဆိုချက်ကို ဖြစ်စဉ် &apos;{incident}&apos; နှင့် ချိတ်ရန်</translation>
    </message>
    <message>
        <source>Making the casebook in {folder} was stopped before it finished (or is still under way in another window), so it holds no records and cannot be opened. Create the casebook again in this same folder (`casebook init` or New casebook); the unfinished files are replaced.</source>
        <translation>{folder} တွင် မှတ်တမ်းစာအုပ် ပြုလုပ်ခြင်းသည် မပြီးမီ ရပ်သွားသည် (သို့မဟုတ် အခြားဝင်းဒိုးတွင် ဆောင်ရွက်ဆဲ)၊ ထို့ကြောင့် မှတ်တမ်း မရှိဘဲ ဖွင့်၍ မရပါ။ ဤဖိုင်တွဲတည်းတွင် မှတ်တမ်းစာအုပ်ကို ထပ်ပြုလုပ်ပါ (`casebook init` သို့မဟုတ် မှတ်တမ်းစာအုပ်အသစ်)။ မပြီးသော ဖိုင်များကို အစားထိုးမည်။</translation>
    </message>
    <message>
        <source>March</source>
        <translation>မတ်</translation>
    </message>
    <message>
        <source>May</source>
        <translation>မေ</translation>
    </message>
    <message>
        <source>More than one charge of case {reference} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>အမှု {reference} ၏ စွဲချက် တစ်ခုထက်ပို၍ id &apos;{key}&apos; ဖြင့် စသည်။ id ကို ပိုပေးပါ။</translation>
    </message>
    <message>
        <source>More than one {what} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>{what} တစ်ခုထက်ပို၍ id &apos;{key}&apos; ဖြင့် စသည်။ id ကို ပိုပေးပါ။</translation>
    </message>
    <message>
        <source>Name at least one recipient by fingerprint (--to).</source>
        <translation>လက်ခံသူ အနည်းဆုံး တစ်ဦးကို လက်ဗွေဖြင့် ဖော်ပြပါ (--to)။</translation>
    </message>
    <message>
        <source>Name exactly one thing to tag: a passage (segment), an evidence item or an incident.</source>
        <translation>တဂ်တပ်ရန် အရာ တစ်ခုတည်းကို ဖော်ပြပါ- စာသားအပိုင်း (segment)၊ သက်သေအထောက်အထား သို့မဟုတ် ဖြစ်စဉ်။</translation>
    </message>
    <message>
        <source>No case has the reference {reference}. `casebook case list` shows the cases.</source>
        <translation>ရည်ညွှန်းကုဒ် {reference} ပါသော အမှု မရှိပါ။ `casebook case list` က အမှုများကို ပြသည်။</translation>
    </message>
    <message>
        <source>No conflict has this id. `casebook conflicts PATH` lists them.</source>
        <translation>ဤ id ပါသော ကွဲလွဲချက် မရှိပါ။ `casebook conflicts PATH` က ၎င်းတို့ကို ပြသည်။</translation>
    </message>
    <message>
        <source>No font for {script} script was found. Install the {family} font (Debian: {package}) or put a font file in a folder named in CASEBOOK_FONT_DIRS.</source>
        <translation>{script} စာအတွက် ဖောင့် မတွေ့ပါ။ {family} ဖောင့်ကို ထည့်သွင်းပါ (Debian: {package}) သို့မဟုတ် CASEBOOK_FONT_DIRS တွင် ဖော်ပြထားသော ဖိုင်တွဲထဲ ဖောင့်ဖိုင် ထားပါ။</translation>
    </message>
    <message>
        <source>No nonce could be added to the time-stamp request. Try again.</source>
        <translation>အချိန်တံဆိပ် တောင်းဆိုချက်တွင် nonce ထည့်၍ မရပါ။ ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>No person in this case has the pseudonym {pseudonym}; check the list of identities to seal.</source>
        <translation>ဤအမှုတွင် အမည်လွှဲ {pseudonym} ရှိသော ပုဂ္ဂိုလ် မရှိပါ။ တံဆိပ်ခတ်မည့် မည်သူမည်ဝါစာရင်းကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>No person of case {reference} has the id &apos;{person_id}&apos;. Choose an alleged perpetrator of this case.</source>
        <translation>အမှု {reference} ၏ ပုဂ္ဂိုလ်များတွင် id &apos;{person_id}&apos; ပါသူ မရှိပါ။ ဤအမှု၏ စွပ်စွဲခံရသူ တစ်ဦးကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>No person of case {reference} has the pseudonym &apos;{key}&apos;. Add the person with the role alleged_perpetrator first, or check the pseudonym.</source>
        <translation>အမှု {reference} ၏ ပုဂ္ဂိုလ်များတွင် အမည်လွှဲ &apos;{key}&apos; ပါသူ မရှိပါ။ ပုဂ္ဂိုလ်ကို alleged_perpetrator အခန်းကဏ္ဍဖြင့် အရင်ထည့်ပါ သို့မဟုတ် အမည်လွှဲကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>No person of this evidence item&apos;s case has the pseudonym {pseudonym}.</source>
        <translation>ဤသက်သေအထောက်အထား၏ အမှုတွင် အမည်လွှဲ {pseudonym} ပါသော ပုဂ္ဂိုလ် မရှိပါ။</translation>
    </message>
    <message>
        <source>No provision of {code} law maps onto crime {crime}. Leave the national provision out, or choose another crime.</source>
        <translation>{code} ဥပဒေ၏ မည်သည့်ပြဋ္ဌာန်းချက်မျှ ရာဇဝတ်မှု {crime} နှင့် မကိုက်ညီပါ။ ပြည်တွင်းဥပဒေပြဋ္ဌာန်းချက်ကို ချန်ထားပါ သို့မဟုတ် အခြားရာဇဝတ်မှုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>No record of this case has that id. `casebook review PATH --case R` lists the case&apos;s records under review.</source>
        <translation>ဤအမှု၏ မည်သည့်မှတ်တမ်းတွင်မျှ ထို id မရှိပါ။ `casebook review PATH --case R` က ပြန်လည်စစ်ဆေးဆဲ အမှု၏ မှတ်တမ်းများကို ပြသည်။</translation>
    </message>
    <message>
        <source>No stored identity has this fingerprint. Import your colleague&apos;s identity first with `casebook identity import`.</source>
        <translation>ဤလက်ဗွေပါသော သိမ်းထားသည့် မည်သူမည်ဝါ မရှိပါ။ လုပ်ဖော်ကိုင်ဖက်၏ မည်သူမည်ဝါကို `casebook identity import` ဖြင့် အရင်ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>No supervisor key slot matches. `casebook supervisor-slot list PATH` shows them.</source>
        <translation>ကိုက်ညီသော ကြီးကြပ်သူ သော့နေရာ မရှိပါ။ `casebook supervisor-slot list PATH` က ၎င်းတို့ကို ပြသည်။</translation>
    </message>
    <message>
        <source>No user is acting in this casebook; open it again.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်တွင် ဆောင်ရွက်နေသော အသုံးပြုသူ မရှိပါ။ ထပ်ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>No user with a signing key is acting in this casebook, so it cannot exchange packages. Open it with its passphrase.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်တွင် လက်မှတ်ထိုးသော့ရှိသော အသုံးပြုသူ မဆောင်ရွက်နေသဖြင့် ဖလှယ်ထုပ်များ ဖလှယ်၍ မရပါ။ ၎င်း၏ စကားဝှက်စာကြောင်းဖြင့် ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>မည်သည့်အရာမျှ ချန်လှပ်ခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <source>Nothing was imported; correct these entries and import again:
  {entries}</source>
        <translation>ဘာမျှ မထည့်သွင်းရပါ။ ဤအချက်များကို ပြင်ပြီး ထပ်မံ ထည့်သွင်းပါ-
  {entries}</translation>
    </message>
    <message>
        <source>November</source>
        <translation>နိုဝင်ဘာ</translation>
    </message>
    <message>
        <source>October</source>
        <translation>အောက်တိုဘာ</translation>
    </message>
    <message>
        <source>Only an exhibit or an incident withheld for someone&apos;s consent can be included anyway; a statement goes out only as its witness consented.</source>
        <translation>တစ်စုံတစ်ဦး၏ သဘောတူညီချက်ကြောင့် ထိန်ချန်ထားသော သက်သေခံပစ္စည်း သို့မဟုတ် ဖြစ်စဉ်ကိုသာ မည်သို့ပင်ဖြစ်စေ ထည့်နိုင်သည်။ ထွက်ဆိုချက်ကိုမူ သက်သေ သဘောတူသည့်အတိုင်းသာ ထုတ်ပေးသည်။</translation>
    </message>
    <message>
        <source>Only your own identity can be exported from this casebook.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်မှ သင့်ကိုယ်ပိုင် မည်သူမည်ဝါကိုသာ ထုတ်ယူနိုင်သည်။</translation>
    </message>
    <message>
        <source>Only {linkable} can be linked to an incident.</source>
        <translation>{linkable} ကိုသာ ဖြစ်စဉ်နှင့် ချိတ်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Packing the bundle into a zip file</source>
        <translation>တိုင်ကြားချက်အစုံကို zip ဖိုင်အဖြစ် ထုပ်နေသည်</translation>
    </message>
    <message>
        <source>Page {page} of exhibit {number} has no place in the complaint; export again, and report this if it happens twice.</source>
        <translation>သက်သေခံပစ္စည်း {number} ၏ စာမျက်နှာ {page} အတွက် တိုင်ကြားချက်တွင် နေရာ မရှိပါ။ ထပ်မံ ထုတ်ယူပါ၊ နှစ်ကြိမ်ဖြစ်လျှင် အစီရင်ခံပါ။</translation>
    </message>
    <message>
        <source>Pattern: {title} (1 incident)</source>
        <translation>ပုံစံတူမှု- {title} (ဖြစ်စဉ် 1 ခု)</translation>
    </message>
    <message>
        <source>Pattern: {title} ({count} incidents)</source>
        <translation>ပုံစံတူမှု- {title} (ဖြစ်စဉ် {count})</translation>
    </message>
    <message>
        <source>Reading or storing the file failed ({reason}); nothing was added.</source>
        <translation>ဖိုင်ကို ဖတ်ခြင်း သို့မဟုတ် သိမ်းဆည်းခြင်း မအောင်မြင်ပါ ({reason})။ ဘာမျှ မထည့်ရပါ။</translation>
    </message>
    <message>
        <source>Recording the export in the chain of custody</source>
        <translation>ထုတ်ယူမှုကို ထိန်းသိမ်းမှုကွင်းဆက်တွင် မှတ်တမ်းတင်နေသည်</translation>
    </message>
    <message>
        <source>Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder); `casebook verify` lists the damaged places.</source>
        <translation>casebook.db ကို ဖိုင်တွဲ၏ အရန်မိတ္တူမှ ပြန်ထားပါ (အလိုအလျောက် အရန်မိတ္တူ တစ်ခု ၎င်း၏ backups/ ဖိုင်တွဲတွင် ရှိနိုင်သည်)။ `casebook verify` က ပျက်စီးသော နေရာများကို ပြသည်။</translation>
    </message>
    <message>
        <source>Review actions are signed, and no user with a key is acting here.</source>
        <translation>ပြန်လည်စစ်ဆေးခြင်း လုပ်ဆောင်ချက်များကို လက်မှတ်ထိုးရပြီး ဤနေရာတွင် သော့ရှိသော အသုံးပြုသူ မဆောင်ရွက်နေပါ။</translation>
    </message>
    <message>
        <source>Say which version to keep: local or incoming.</source>
        <translation>မည်သည့်မူကို ထားမည်ကို ပြောပါ- local သို့မဟုတ် incoming။</translation>
    </message>
    <message>
        <source>Sealing the identity annex</source>
        <translation>မည်သူမည်ဝါ နောက်ဆက်တွဲကို တံဆိပ်ခတ်နေသည်</translation>
    </message>
    <message>
        <source>September</source>
        <translation>စက်တင်ဘာ</translation>
    </message>
    <message>
        <source>Several identities start with these digits; give more of them.</source>
        <translation>မည်သူမည်ဝါ အများအပြားသည် ဤဂဏန်းများဖြင့် စသည်။ ဂဏန်းများကို ပိုပေးပါ။</translation>
    </message>
    <message>
        <source>Source reliability is a letter from A (completely reliable) to F (cannot be judged).</source>
        <translation>သတင်းရင်းမြစ်၏ ယုံကြည်စိတ်ချရမှုသည် A (လုံးဝ ယုံကြည်ရ) မှ F (မဆုံးဖြတ်နိုင်) အထိ စာလုံး ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>That {kind} is not part of this incident&apos;s case.</source>
        <translation>ထို {kind} သည် ဤဖြစ်စဉ်၏ အမှုတွင် မပါပါ။</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof but not the media file it is for. Share the photo or video again from ProofMode with its proof.</source>
        <translation>ProofMode အစုံ {name} တွင် အထောက်အထား (proof) ပါသော်လည်း ၎င်းနှင့်သက်ဆိုင်သော မီဒီယာဖိုင် မပါပါ။ ဓာတ်ပုံ သို့မဟုတ် ဗီဒီယိုကို ProofMode မှ proof နှင့်အတူ ထပ်မျှဝေပါ။</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof file that is not JSON ProofMode writes; it may be damaged. Ask for it to be shared again from ProofMode.</source>
        <translation>ProofMode အစုံ {name} တွင် ProofMode ရေးသော JSON မဟုတ်သည့် proof ဖိုင် ပါသည်။ ပျက်စီးနေနိုင်သည်။ ProofMode မှ ထပ်မျှဝေရန် တောင်းဆိုပါ။</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} holds the proofs of {count} media files; Casebook takes a bundle of one. Share each photo or video from ProofMode on its own, then add each bundle.</source>
        <translation>ProofMode အစုံ {name} တွင် မီဒီယာဖိုင် {count} ခု၏ proof များ ပါသည်။ Casebook သည် တစ်ခုပါသော အစုံကိုသာ လက်ခံသည်။ ဓာတ်ပုံ သို့မဟုတ် ဗီဒီယိုတစ်ခုစီကို ProofMode မှ သီးခြားမျှဝေပြီး အစုံတစ်ခုစီကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} is damaged (a file in it cannot be read in full); nothing was added. Ask for it to be shared again from ProofMode.</source>
        <translation>ProofMode အစုံ {name} ပျက်စီးနေသည် (၎င်းထဲရှိ ဖိုင်တစ်ခုကို အပြည့်အစုံ ဖတ်၍ မရပါ)။ ဘာမျှ မထည့်ရပါ။ ProofMode မှ ထပ်မျှဝေရန် တောင်းဆိုပါ။</translation>
    </message>
    <message>
        <source>The Rome Statute taxonomy could not be loaded ({where}): {problem}. Reinstall Casebook to restore its taxonomy files.</source>
        <translation>ရောမ ပြဋ္ဌာန်းဥပဒေ အမျိုးအစားခွဲခြားမှုကို ဖွင့်၍ မရပါ ({where})- {problem}။ ၎င်း၏ ဖိုင်များ ပြန်ရရန် Casebook ကို ပြန်ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>The TSA address holds a user name or password. Casebook keeps the address with each time-stamp, so give one without them (a TSA that needs no login).</source>
        <translation>TSA လိပ်စာတွင် အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက် ပါနေသည်။ Casebook သည် အချိန်တံဆိပ်တိုင်းနှင့်အတူ လိပ်စာကို သိမ်းသဖြင့် ၎င်းတို့မပါသော လိပ်စာကို ပေးပါ (login မလိုသော TSA)။</translation>
    </message>
    <message>
        <source>The age identity does not open this casebook: none of its supervisor key slots was made for it. Check that you chose your own identity file, or open the casebook with its passphrase.</source>
        <translation>age မည်သူမည်ဝါသည် ဤမှတ်တမ်းစာအုပ်ကို မဖွင့်နိုင်ပါ- ၎င်းအတွက် ပြုလုပ်ထားသော ကြီးကြပ်သူ သော့နေရာ မရှိပါ။ သင့်ကိုယ်ပိုင် မည်သူမည်ဝါဖိုင်ကို ရွေးထားကြောင်း စစ်ဆေးပါ သို့မဟုတ် စကားဝှက်စာကြောင်းဖြင့် ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>The age identity file holds no usable key (a line starting AGE-SECRET-KEY-1). Choose the identity file you exported from your own casebook.</source>
        <translation>age မည်သူမည်ဝါဖိုင်တွင် သုံးနိုင်သော သော့ မပါပါ (AGE-SECRET-KEY-1 ဖြင့် စသော စာကြောင်း)။ သင့်ကိုယ်ပိုင် မှတ်တမ်းစာအုပ်မှ ထုတ်ယူခဲ့သော မည်သူမည်ဝါဖိုင်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The age recipient is not valid. It is a public key starting with &apos;age1&apos;; ask the recipient for it again.</source>
        <translation>age လက်ခံသူ မမှန်ကန်ပါ။ ၎င်းသည် &apos;age1&apos; ဖြင့် စသော public key ဖြစ်သည်။ လက်ခံသူထံ ထပ်တောင်းပါ။</translation>
    </message>
    <message>
        <source>The audit chain is empty, so there is nothing to time-stamp yet.</source>
        <translation>စာရင်းစစ်မှတ်တမ်း ကွင်းဆက် အလွတ်ဖြစ်နေသဖြင့် အချိန်တံဆိပ်ခတ်ရန် ဘာမျှ မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>The audit history in the package does not end where its signed manifest says. Nothing was imported; ask the sender for a new package.</source>
        <translation>ဖလှယ်ထုပ်ရှိ စာရင်းစစ်မှတ်တမ်း သမိုင်းသည် ၎င်း၏ လက်မှတ်ထိုးထားသော ဖိုင်စာရင်းတွင် ဆိုသည့်နေရာတွင် မဆုံးပါ။ ဘာမျှ မထည့်သွင်းရပါ။ ပေးပို့သူထံ ဖလှယ်ထုပ်အသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <source>The backup could not be written to {parent} ({reason}); the previous backup there, if any, is unchanged.</source>
        <translation>အရန်မိတ္တူကို {parent} သို့ ရေး၍ မရပါ ({reason})။ ထိုနေရာရှိ ယခင် အရန်မိတ္တူ (ရှိလျှင်) မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>The backup was cancelled and what it had written was removed; the previous backup, if any, is unchanged.</source>
        <translation>အရန်ကူးခြင်းကို ပယ်ဖျက်ပြီး ရေးထားသည်များကို ဖယ်ရှားခဲ့သည်။ ယခင် အရန်မိတ္တူ (ရှိလျှင်) မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>The backup was not made: the copy of the database did not check out ({problems}). Run `casebook verify` on the casebook.</source>
        <translation>အရန်မိတ္တူ မပြုလုပ်ရပါ- ဒေတာဘေ့စ် မိတ္တူသည် စစ်ဆေးမှု မအောင်ပါ ({problems})။ မှတ်တမ်းစာအုပ်ပေါ်တွင် `casebook verify` ကို run ပါ။</translation>
    </message>
    <message>
        <source>The backup was not made: {problem} The casebook itself may be damaged; run `casebook verify` on it.</source>
        <translation>အရန်မိတ္တူ မပြုလုပ်ရပါ- {problem} မှတ်တမ်းစာအုပ် ကိုယ်တိုင် ပျက်စီးနေနိုင်သည်။ ၎င်းပေါ်တွင် `casebook verify` ကို run ပါ။</translation>
    </message>
    <message>
        <source>The bundle is signed with the exporting user&apos;s key, and this user has none in this casebook. Open the casebook as the user who exports.</source>
        <translation>တိုင်ကြားချက်အစုံကို ထုတ်ယူသူ၏ သော့ဖြင့် လက်မှတ်ထိုးရပြီး ဤအသုံးပြုသူတွင် ဤမှတ်တမ်းစာအုပ်၌ သော့ မရှိပါ။ ထုတ်ယူမည့် အသုံးပြုသူအဖြစ် မှတ်တမ်းစာအုပ်ကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>The casebook&apos;s database cannot be read: the file is damaged, or it does not belong to this key-slot file. {hint}</source>
        <translation>မှတ်တမ်းစာအုပ်၏ ဒေတာဘေ့စ်ကို ဖတ်၍ မရပါ- ဖိုင် ပျက်စီးနေသည် သို့မဟုတ် ဤသော့နေရာဖိုင်နှင့် မသက်ဆိုင်ပါ။ {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database file is empty or holds none of this casebook&apos;s records, so it was not opened. Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder).</source>
        <translation>မှတ်တမ်းစာအုပ်၏ ဒေတာဘေ့စ်ဖိုင်သည် အလွတ်ဖြစ်နေသည် သို့မဟုတ် ဤမှတ်တမ်းစာအုပ်၏ မှတ်တမ်းများ မပါသဖြင့် မဖွင့်ခဲ့ပါ။ casebook.db ကို ဖိုင်တွဲ၏ အရန်မိတ္တူမှ ပြန်ထားပါ (အလိုအလျောက် အရန်မိတ္တူ တစ်ခု ၎င်း၏ backups/ ဖိုင်တွဲတွင် ရှိနိုင်သည်)။</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged ({pages}). {hint}</source>
        <translation>မှတ်တမ်းစာအုပ်၏ ဒေတာဘေ့စ် ပျက်စီးနေသည် ({pages})။ {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged. {hint}</source>
        <translation>မှတ်တမ်းစာအုပ်၏ ဒေတာဘေ့စ် ပျက်စီးနေသည်။ {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of the package ({kind}); nothing was imported. Ask the sender to make the package again with this version of Casebook.</source>
        <translation>မှတ်တမ်းစာအုပ်၏ ဒေတာဘေ့စ်က ဖလှယ်ထုပ်၏ မှတ်တမ်းတစ်ခုကို ငြင်းပယ်ခဲ့သည် ({kind})။ ဘာမျှ မထည့်သွင်းရပါ။ ပေးပို့သူကို ဤ Casebook ဗားရှင်းဖြင့် ဖလှယ်ထုပ် ထပ်ပြုလုပ်ရန် မေးပါ။</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of this file ({kind}); nothing was imported. Check the file against the interchange format, or report this with the file&apos;s format version.</source>
        <translation>မှတ်တမ်းစာအုပ်၏ ဒေတာဘေ့စ်က ဤဖိုင်၏ မှတ်တမ်းတစ်ခုကို ငြင်းပယ်ခဲ့သည် ({kind})။ ဘာမျှ မထည့်သွင်းရပါ။ ဖိုင်ကို ဖလှယ်ပုံစံ (interchange format) နှင့် စစ်ဆေးပါ သို့မဟုတ် ဖိုင်၏ format ဗားရှင်းနှင့်အတူ အစီရင်ခံပါ။</translation>
    </message>
    <message>
        <source>The charge is not one of case {reference}.</source>
        <translation>စွဲချက်သည် အမှု {reference} ၏ စွဲချက် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The complaint has no creation date; export again.</source>
        <translation>တိုင်ကြားချက်တွင် ဖန်တီးသည့်ရက်စွဲ မရှိပါ။ ထပ်မံ ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <source>The content of {label} has {total} bytes, but {size} were recorded.</source>
        <translation>{label} ၏ အကြောင်းအရာတွင် {total} bytes ရှိသော်လည်း {size} ဟု မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
    <message>
        <source>The content of {label} no longer matches the SHA-256 recorded at intake.</source>
        <translation>{label} ၏ အကြောင်းအရာသည် လက်ခံချိန်တွင် မှတ်တမ်းတင်ခဲ့သော SHA-256 နှင့် မကိုက်ညီတော့ပါ။</translation>
    </message>
    <message>
        <source>The database in this folder belongs to a different casebook than its key-slot file. Files from two casebooks have been mixed; restore the folder from a backup.</source>
        <translation>ဤဖိုင်တွဲရှိ ဒေတာဘေ့စ်သည် ၎င်း၏ သော့နေရာဖိုင်နှင့် မတူသော မှတ်တမ်းစာအုပ်မှ ဖြစ်သည်။ မှတ်တမ်းစာအုပ် နှစ်ခုမှ ဖိုင်များ ရောနေသည်။ ဖိုင်တွဲကို အရန်မိတ္တူမှ ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>The date has a day that this month does not have.</source>
        <translation>ရက်စွဲတွင် ဤလတွင် မရှိသော ရက် ပါနေသည်။</translation>
    </message>
    <message>
        <source>The date has a month that does not exist (months are 01 to 12).</source>
        <translation>ရက်စွဲတွင် မရှိသော လ ပါနေသည် (လများမှာ 01 မှ 12 အထိ)။</translation>
    </message>
    <message>
        <source>The date has a time of day that does not exist (hours 00-23, minutes 00-59).</source>
        <translation>ရက်စွဲတွင် မရှိသော အချိန် ပါနေသည် (နာရီ 00-23၊ မိနစ် 00-59)။</translation>
    </message>
    <message>
        <source>The date has the year 0000, which no calendar has.</source>
        <translation>ရက်စွဲတွင် မည်သည့်ပြက္ခဒိန်တွင်မျှ မရှိသော 0000 ခုနှစ် ပါနေသည်။</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the backup was not made; the previous backup there, if any, is unchanged. Free some space or choose another disk.</source>
        <translation>{folder} ရှိသော ဒစ် ပြည့်နေသဖြင့် အရန်မိတ္တူ မပြုလုပ်ရပါ။ ထိုနေရာရှိ ယခင် အရန်မိတ္တူ (ရှိလျှင်) မပြောင်းလဲပါ။ နေရာလွတ် ဖန်တီးပါ သို့မဟုတ် အခြားဒစ်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved from this step. Free some space and try again; the casebook is unchanged.</source>
        <translation>ဒစ် ပြည့်နေသဖြင့် ဤအဆင့်မှ ဘာမျှ မသိမ်းဆည်းရပါ။ နေရာလွတ် ဖန်တီးပြီး ထပ်ကြိုးစားပါ။ မှတ်တမ်းစာအုပ် မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>The disk that holds the casebook {folder} is full, so its database could not be read or written and nothing was saved from this step. This is not damage: free some space on that disk and try again. Do not restore the casebook from a backup, which would lose your recent work.</source>
        <translation>မှတ်တမ်းစာအုပ် {folder} ရှိသော ဒစ် ပြည့်နေသဖြင့် ၎င်း၏ ဒေတာဘေ့စ်ကို ဖတ်ခြင်း သို့မဟုတ် ရေးခြင်း မပြုနိုင်ဘဲ ဤအဆင့်မှ ဘာမျှ မသိမ်းဆည်းရပါ။ ဤသည်မှာ ပျက်စီးမှု မဟုတ်ပါ- ထိုဒစ်တွင် နေရာလွတ် ဖန်တီးပြီး ထပ်ကြိုးစားပါ။ မှတ်တမ်းစာအုပ်ကို အရန်မိတ္တူမှ ပြန်မထားပါနှင့်၊ မကြာသေးမီက လုပ်ထားသည်များ ဆုံးရှုံးမည်။</translation>
    </message>
    <message>
        <source>The document holds fields other than &quot;sections&quot;; put each section in the &quot;sections&quot; list.</source>
        <translation>စာရွက်စာတမ်းတွင် &quot;sections&quot; မှလွဲ၍ အခြားအကွက်များ ပါနေသည်။ အပိုင်းတိုင်းကို &quot;sections&quot; စာရင်းထဲ ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The edition for addressee {key} is written in {names}, not in {language}; choose {names} as the language of the document.</source>
        <translation>လိပ်မူ {key} အတွက် မူကို {language} ဖြင့် မဟုတ်ဘဲ {names} ဖြင့် ရေးသည်။ စာရွက်စာတမ်း၏ ဘာသာစကားအဖြစ် {names} ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The edition must be &apos;filing&apos; or &apos;internal&apos;, not {edition}.</source>
        <translation>မူသည် &apos;filing&apos; သို့မဟုတ် &apos;internal&apos; ဖြစ်ရမည်၊ {edition} မဟုတ်ရ။</translation>
    </message>
    <message>
        <source>The element &apos;{shown}&apos; is not an element of this charge ({crime_id}). Its elements are: {allowed}.</source>
        <translation>အင်္ဂါရပ် &apos;{shown}&apos; သည် ဤစွဲချက် ({crime_id}) ၏ အင်္ဂါရပ် မဟုတ်ပါ။ ၎င်း၏ အင်္ဂါရပ်များမှာ- {allowed}။</translation>
    </message>
    <message>
        <source>The entry {name} does not match its hash in the signed manifest: the package was altered after it was signed. Nothing was imported.</source>
        <translation>{name} အချက်သည် လက်မှတ်ထိုးထားသော ဖိုင်စာရင်းရှိ ၎င်း၏ ဟက်ရှ်နှင့် မကိုက်ညီပါ- လက်မှတ်ထိုးပြီးနောက် ဖလှယ်ထုပ်ကို ပြောင်းလဲထားသည်။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The entry {name} is not the one (or not the size) its signed manifest lists at this place; the package was refused and nothing was imported.</source>
        <translation>{name} အချက်သည် လက်မှတ်ထိုးထားသော ဖိုင်စာရင်းတွင် ဤနေရာ၌ ဖော်ပြထားသည့် အချက် (သို့မဟုတ် အရွယ်အစား) မဟုတ်ပါ။ ဖလှယ်ထုပ်ကို ငြင်းပယ်ခဲ့ပြီး ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The export edition {name} has no texts (&apos;strings&apos;).</source>
        <translation>ထုတ်ယူမူ {name} တွင် စာသားများ (&apos;strings&apos;) မရှိပါ။</translation>
    </message>
    <message>
        <source>The export edition {name} names no sections or unknown ones ({unknown}); sections are: {sections}.</source>
        <translation>ထုတ်ယူမူ {name} တွင် အပိုင်းများ မဖော်ပြထားပါ သို့မဟုတ် မသိသော အပိုင်းများ ({unknown}) ပါသည်။ အပိုင်းများမှာ- {sections}။</translation>
    </message>
    <message>
        <source>The export template {name} does not hold a JSON object.</source>
        <translation>ထုတ်ယူပုံစံ {name} တွင် JSON object မပါပါ။</translation>
    </message>
    <message>
        <source>The export template {name} is missing from this installation; reinstall Casebook.</source>
        <translation>ထုတ်ယူပုံစံ {name} သည် ဤထည့်သွင်းမှုတွင် မရှိပါ။ Casebook ကို ပြန်ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>The export template {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>ထုတ်ယူပုံစံ {name} သည် မှန်ကန်သော JSON မဟုတ်ပါ (စာကြောင်း {lineno})။ Casebook ထည့်သွင်းမှုမှ ပြန်ယူပါ။</translation>
    </message>
    <message>
        <source>The export text {key} is missing or not a text.</source>
        <translation>ထုတ်ယူစာသား {key} မရှိပါ သို့မဟုတ် စာသား မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written and nothing recorded.</source>
        <translation>ထုတ်ယူမှုကို ပယ်ဖျက်ခဲ့သည်။ ဘာမျှ မရေးရ၊ ဘာမျှ မှတ်တမ်းမတင်ရပါ။</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was imported:</source>
        <translation>ဖိုင်ကို ယခုအတိုင်း ထည့်သွင်း၍ မရပါ။ ဘာမျှ မထည့်သွင်းရပါ-</translation>
    </message>
    <message>
        <source>The file does not follow the interchange format; nothing was imported:</source>
        <translation>ဖိုင်သည် ဖလှယ်ပုံစံ (interchange format) အတိုင်း မဟုတ်ပါ။ ဘာမျှ မထည့်သွင်းရပါ-</translation>
    </message>
    <message>
        <source>The file holds a value Casebook does not read; nothing was imported:</source>
        <translation>ဖိုင်တွင် Casebook မဖတ်နိုင်သော တန်ဖိုး ပါသည်။ ဘာမျှ မထည့်သွင်းရပါ-</translation>
    </message>
    <message>
        <source>The file holds dates that do not exist, ranges that end before they start, or consent recipients that are not codes of Casebook&apos;s list of states and bodies; nothing was imported. Correct them and import again:</source>
        <translation>ဖိုင်တွင် မရှိသော ရက်စွဲများ၊ မစမီ ဆုံးသော အပိုင်းအခြားများ သို့မဟုတ် Casebook ၏ နိုင်ငံနှင့် အဖွဲ့အစည်းစာရင်းမှ ကုဒ်မဟုတ်သော သဘောတူညီချက် လက်ခံသူများ ပါသည်။ ဘာမျှ မထည့်သွင်းရပါ။ ၎င်းတို့ကို ပြင်ပြီး ထပ်မံ ထည့်သွင်းပါ-</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being read (it was {before} bytes, then {after}, and {size} were read). Wait until it is completely copied or saved, then add it again.</source>
        <translation>ဖိုင် {name} သည် ဖတ်နေစဉ် ပြောင်းလဲသွားသည် ({before} bytes ရှိရာမှ {after} ဖြစ်ပြီး {size} ဖတ်ခဲ့သည်)။ အပြည့်အစုံ ကူးပြီး သို့မဟုတ် သိမ်းပြီးသည်အထိ စောင့်ပြီး ထပ်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The file {name} was not found. It may have been moved or its drive removed; check the path and try again.</source>
        <translation>ဖိုင် {name} ကို မတွေ့ပါ။ ရွှေ့ထားခြင်း သို့မဟုတ် ၎င်း၏ ဒရိုက်ကို ဖြုတ်ထားခြင်း ဖြစ်နိုင်သည်။ လမ်းကြောင်းကို စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the path.</source>
        <translation>ဖိုင် {path} မရှိပါ။ လမ်းကြောင်းကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>The filing edition was not written, because a charge rests on law that did not apply to the charged acts or whose wording has not been checked:
{lines}
Export the internal edition to review the charges, leave these charges out of the export (choose the charges to export), or correct the incident dates if they are wrong.</source>
        <translation>စွဲချက်တစ်ခုသည် စွဲချက်တင်ထားသော လုပ်ရပ်များအပေါ် မသက်ရောက်သော သို့မဟုတ် စကားရပ်ကို မစစ်ဆေးရသေးသော ဥပဒေပေါ်တွင် အခြေခံသဖြင့် တင်သွင်းရန်မူကို မရေးရပါ-
{lines}
စွဲချက်များကို ပြန်လည်စစ်ဆေးရန် အတွင်းသုံးမူကို ထုတ်ယူပါ၊ ဤစွဲချက်များကို ထုတ်ယူမှုမှ ချန်ထားပါ (ထုတ်ယူမည့် စွဲချက်များကို ရွေးပါ)၊ သို့မဟုတ် ဖြစ်စဉ်ရက်စွဲများ မှားလျှင် ပြင်ပါ။</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({strerror}).</source>
        <translation>ဖိုင်တွဲ {folder} ကို ဖန်တီး၍ မရပါ ({strerror})။</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({reason}). Choose a place you can write to.</source>
        <translation>ဖိုင်တွဲ {folder} ကို ဖန်တီး၍ မရပါ ({reason})။ သင်ရေးနိုင်သော နေရာကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The identity of {display_name} is not verified yet. Compare its fingerprint with your colleague by phone or in person, then run `casebook identity verify`.</source>
        <translation>{display_name} ၏ မည်သူမည်ဝါကို အတည်မပြုရသေးပါ။ ၎င်း၏ လက်ဗွေကို လုပ်ဖော်ကိုင်ဖက်နှင့် ဖုန်းဖြင့် သို့မဟုတ် လူချင်းတွေ့၍ နှိုင်းယှဉ်ပြီး `casebook identity verify` ကို run ပါ။</translation>
    </message>
    <message>
        <source>The incoming version cannot be written here: {reason}.</source>
        <translation>ဝင်လာသော မူကို ဤနေရာတွင် ရေး၍ မရပါ- {reason}။</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: it is not valid JSON. Restore it from a backup of the casebook folder.</source>
        <translation>သော့နေရာဖိုင် (keyslots.json) ပျက်စီးနေသည်- မှန်ကန်သော JSON မဟုတ်ပါ။ မှတ်တမ်းစာအုပ် ဖိုင်တွဲ၏ အရန်မိတ္တူမှ ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: its checksum does not match its content. Restore it from a backup of the casebook folder.</source>
        <translation>သော့နေရာဖိုင် (keyslots.json) ပျက်စီးနေသည်- ၎င်း၏ checksum သည် အကြောင်းအရာနှင့် မကိုက်ညီပါ။ မှတ်တမ်းစာအုပ် ဖိုင်တွဲ၏ အရန်မိတ္တူမှ ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is missing from this casebook folder, so it cannot be opened. Restore the file from a backup of the folder.</source>
        <translation>ဤမှတ်တမ်းစာအုပ် ဖိုင်တွဲတွင် သော့နေရာဖိုင် (keyslots.json) မရှိသဖြင့် ဖွင့်၍ မရပါ။ ဖိုင်ကို ဖိုင်တွဲ၏ အရန်မိတ္တူမှ ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>The key-slot file asks for key-derivation costs beyond anything Casebook writes (at most {mib} MiB of memory and {max_iterations} passes), so it was not tried: it is damaged or was tampered with. Restore keyslots.json from a backup of the casebook folder.</source>
        <translation>သော့နေရာဖိုင်သည် Casebook ရေးသမျှထက် ကျော်လွန်သော key-derivation ကုန်ကျမှုများ (အများဆုံး မှတ်ဉာဏ် {mib} MiB နှင့် {max_iterations} ကြိမ်) ကို တောင်းဆိုသဖြင့် မစမ်းခဲ့ပါ- ၎င်း ပျက်စီးနေသည် သို့မဟုတ် ဝင်ရောက်ပြင်ဆင်ခံရသည်။ keyslots.json ကို မှတ်တမ်းစာအုပ် ဖိုင်တွဲ၏ အရန်မိတ္တူမှ ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read ({reason}). Check the folder&apos;s permissions and the disk.</source>
        <translation>သော့နေရာဖိုင်ကို ဖတ်၍ မရပါ ({reason})။ ဖိုင်တွဲ၏ ခွင့်ပြုချက်များနှင့် ဒစ်ကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>The key-slot file changed to another casebook&apos;s during the backup.</source>
        <translation>အရန်ကူးနေစဉ် သော့နေရာဖိုင်သည် အခြားမှတ်တမ်းစာအုပ်၏ ဖိုင်အဖြစ် ပြောင်းသွားသည်။</translation>
    </message>
    <message>
        <source>The key-slot file has been altered since Casebook last wrote it (a slot was added, removed or edited). The casebook was not opened. Restore keyslots.json from a backup, and treat this computer as possibly tampered with.</source>
        <translation>Casebook နောက်ဆုံးရေးပြီးနောက် သော့နေရာဖိုင်ကို ပြောင်းလဲထားသည် (သော့နေရာ ထည့်ခြင်း၊ ဖယ်ရှားခြင်း သို့မဟုတ် ပြင်ခြင်း)။ မှတ်တမ်းစာအုပ်ကို မဖွင့်ခဲ့ပါ။ keyslots.json ကို အရန်မိတ္တူမှ ပြန်ထားပြီး ဤကွန်ပျူတာကို ဝင်ရောက်ပြင်ဆင်ခံရနိုင်သည်ဟု သဘောထားပါ။</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: a slot is not an object.</source>
        <translation>သော့နေရာဖိုင် ပျက်စီးနေသည်- သော့နေရာ တစ်ခုသည် object မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: it lists no usable key slots.</source>
        <translation>သော့နေရာဖိုင် ပျက်စီးနေသည်- သုံးနိုင်သော သော့နေရာ မဖော်ပြထားပါ။</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {exc}.</source>
        <translation>သော့နေရာဖိုင် ပျက်စီးနေသည်- {exc}။</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is missing.</source>
        <translation>သော့နေရာဖိုင် ပျက်စီးနေသည်- {what} မရှိပါ။</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is not valid.</source>
        <translation>သော့နေရာဖိုင် ပျက်စီးနေသည်- {what} မမှန်ကန်ပါ။</translation>
    </message>
    <message>
        <source>The key-slot file is not in a format this version of Casebook knows. It may come from a newer version, or be damaged.</source>
        <translation>သော့နေရာဖိုင်သည် ဤ Casebook ဗားရှင်း သိသော ပုံစံ မဟုတ်ပါ။ ဗားရှင်းအသစ်မှ ဖြစ်နိုင်သည် သို့မဟုတ် ပျက်စီးနေနိုင်သည်။</translation>
    </message>
    <message>
        <source>The languages of the export edition {name} do not have the same texts; give every language every key.</source>
        <translation>ထုတ်ယူမူ {name} ၏ ဘာသာစကားများတွင် စာသားများ မတူပါ။ ဘာသာစကားတိုင်းတွင် key တိုင်း ပေးပါ။</translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be removed.</source>
        <translation>နောက်ဆုံး စကားဝှက်စာကြောင်း သော့နေရာကို ဖယ်ရှား၍ မရပါ။</translation>
    </message>
    <message>
        <source>The list {name} does not hold a JSON object; restore it.</source>
        <translation>စာရင်း {name} တွင် JSON object မပါပါ။ ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>The list {name} is missing from this installation; reinstall Casebook.</source>
        <translation>စာရင်း {name} သည် ဤထည့်သွင်းမှုတွင် မရှိပါ။ Casebook ကို ပြန်ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>The list {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>စာရင်း {name} သည် မှန်ကန်သော JSON မဟုတ်ပါ (စာကြောင်း {lineno})။ Casebook ထည့်သွင်းမှုမှ ပြန်ယူပါ။</translation>
    </message>
    <message>
        <source>The local record changed after this conflict was found. Look at it again; to keep your current version, resolve with --keep local.</source>
        <translation>ဤကွဲလွဲချက်ကို တွေ့ပြီးနောက် ဒေသတွင်း (local) မှတ်တမ်း ပြောင်းလဲသွားသည်။ ထပ်ကြည့်ပါ။ သင့်လက်ရှိမူကို ထားလိုလျှင် --keep local ဖြင့် ဖြေရှင်းပါ။</translation>
    </message>
    <message>
        <source>The local record is sealed, so it cannot take the incoming version. Make a new version of it if the incoming changes are right, then keep local.</source>
        <translation>ဒေသတွင်း (local) မှတ်တမ်းကို တံဆိပ်ခတ်ထားသဖြင့် ဝင်လာသော မူကို လက်မခံနိုင်ပါ။ ဝင်လာသော ပြောင်းလဲချက်များ မှန်လျှင် ၎င်း၏ မူအသစ် ပြုလုပ်ပြီး local ကို ထားပါ။</translation>
    </message>
    <message>
        <source>The package breaks a rule of this casebook&apos;s records (a reference to a record that is not here, or a duplicate). Nothing was imported; ask the sender for a complete package (without --since-last).</source>
        <translation>ဖလှယ်ထုပ်သည် ဤမှတ်တမ်းစာအုပ်၏ မှတ်တမ်းစည်းမျဉ်းတစ်ခုကို ချိုးဖောက်သည် (ဤနေရာတွင် မရှိသော မှတ်တမ်းကို ရည်ညွှန်းခြင်း သို့မဟုတ် ထပ်နေခြင်း)။ ဘာမျှ မထည့်သွင်းရပါ။ ပေးပို့သူထံ ပြည့်စုံသော ဖလှယ်ထုပ် (--since-last မပါ) တောင်းပါ။</translation>
    </message>
    <message>
        <source>The package cannot be merged into this casebook, so nothing was imported:</source>
        <translation>ဖလှယ်ထုပ်ကို ဤမှတ်တမ်းစာအုပ်နှင့် ပေါင်း၍ မရသဖြင့် ဘာမျှ မထည့်သွင်းရပါ-</translation>
    </message>
    <message>
        <source>The package claims to come from a stored identity but is signed with another key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်သည် သိမ်းထားသော မည်သူမည်ဝါမှ လာသည်ဟု ဆိုသော်လည်း အခြားသော့ဖြင့် လက်မှတ်ထိုးထားသည်။ တစ်စုံတစ်ယောက်က လုပ်ဖော်ကိုင်ဖက်အဖြစ် အယောင်ဆောင်နေနိုင်သည်။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package comes from an unknown sender ({display_name}, {role}, fingerprint {fingerprint}). Import their identity and verify its fingerprint with them first, or import with --accept-unverified if you trust it. Nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်သည် မသိသော ပေးပို့သူ ({display_name}၊ {role}၊ လက်ဗွေ {fingerprint}) ထံမှ လာသည်။ ၎င်းတို့၏ မည်သူမည်ဝါကို ထည့်သွင်းပြီး လက်ဗွေကို ၎င်းတို့နှင့် အရင် အတည်ပြုပါ၊ သို့မဟုတ် ယုံကြည်လျှင် --accept-unverified ဖြင့် ထည့်သွင်းပါ။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package comes from {display_name} (fingerprint {fingerprint}), whose identity is not verified here. Compare the fingerprint with them by phone or in person and run `casebook identity verify`, or import with --accept-unverified. Nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်သည် {display_name} (လက်ဗွေ {fingerprint}) ထံမှ လာပြီး ၎င်း၏ မည်သူမည်ဝါကို ဤနေရာတွင် အတည်မပြုရသေးပါ။ လက်ဗွေကို ၎င်းတို့နှင့် ဖုန်းဖြင့် သို့မဟုတ် လူချင်းတွေ့၍ နှိုင်းယှဉ်ပြီး `casebook identity verify` ကို run ပါ၊ သို့မဟုတ် --accept-unverified ဖြင့် ထည့်သွင်းပါ။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package could not be read ({strerror}).</source>
        <translation>ဖလှယ်ထုပ်ကို ဖတ်၍ မရပါ ({strerror})။</translation>
    </message>
    <message>
        <source>The package could not be written ({strerror}); nothing was sent.</source>
        <translation>ဖလှယ်ထုပ်ကို ရေး၍ မရပါ ({strerror})။ ဘာမျှ မပို့ရပါ။</translation>
    </message>
    <message>
        <source>The package declares an entry of {size} bytes, more than Casebook accepts ({limit} bytes); it was refused and nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်တွင် {size} bytes ရှိသော အချက်ကို ဖော်ပြထားပြီး Casebook လက်ခံသည်ထက် ({limit} bytes) ပိုများသည်။ ငြင်းပယ်ခဲ့ပြီး ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package holds an archive entry that is not a plain file (a link, folder or extended header). Casebook never writes such entries, so the package was refused; nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်တွင် ရိုးရိုးဖိုင် မဟုတ်သော archive အချက် (link၊ ဖိုင်တွဲ သို့မဟုတ် extended header) ပါသည်။ Casebook သည် ထိုအချက်များကို ဘယ်တော့မှ မရေးသဖြင့် ဖလှယ်ထုပ်ကို ငြင်းပယ်ခဲ့သည်။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package holds an entry its signed manifest does not list; it was refused and nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်တွင် ၎င်း၏ လက်မှတ်ထိုးထားသော ဖိုင်စာရင်းတွင် မပါသော အချက် ပါသည်။ ငြင်းပယ်ခဲ့ပြီး ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package holds an entry whose path leaves its folder ({name}). Such packages are refused as hostile; nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်တွင် ၎င်း၏ ဖိုင်တွဲအပြင်သို့ ထွက်သွားသော လမ်းကြောင်းပါသည့် အချက် ({name}) ပါသည်။ ထိုဖလှယ်ထုပ်များကို ရန်လိုသည်ဟု ငြင်းပယ်သည်။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package holds changes to a case this casebook does not have. Ask the sender for a complete package (without --since-last); nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်တွင် ဤမှတ်တမ်းစာအုပ်၌ မရှိသော အမှုတစ်ခု၏ ပြောင်းလဲချက်များ ပါသည်။ ပေးပို့သူထံ ပြည့်စုံသော ဖလှယ်ထုပ် (--since-last မပါ) တောင်းပါ။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered ({detail}). Ask the sender for a new copy; nothing was imported.</source>
        <translation>ဖလှယ်ထုပ် ပျက်စီးနေသည်၊ မပြည့်စုံပါ သို့မဟုတ် ပြောင်းလဲထားသည် ({detail})။ ပေးပို့သူထံ မိတ္တူအသစ် တောင်းပါ။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered. Ask the sender for a new copy; nothing was imported.</source>
        <translation>ဖလှယ်ထုပ် ပျက်စီးနေသည်၊ မပြည့်စုံပါ သို့မဟုတ် ပြောင်းလဲထားသည်။ ပေးပို့သူထံ မိတ္တူအသစ် တောင်းပါ။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package is signed with the key of a stored identity but names another user or age key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်ကို သိမ်းထားသော မည်သူမည်ဝါ၏ သော့ဖြင့် လက်မှတ်ထိုးထားသော်လည်း အခြားအသုံးပြုသူ သို့မဟုတ် age သော့ကို ဖော်ပြထားသည်။ တစ်စုံတစ်ယောက်က လုပ်ဖော်ကိုင်ဖက်အဖြစ် အယောင်ဆောင်နေနိုင်သည်။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package names a user of this casebook with a different signing key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်တွင် ဤမှတ်တမ်းစာအုပ်၏ အသုံးပြုသူကို မတူသော လက်မှတ်ထိုးသော့ဖြင့် ဖော်ပြထားသည်။ တစ်စုံတစ်ယောက်က လုပ်ဖော်ကိုင်ဖက်အဖြစ် အယောင်ဆောင်နေနိုင်သည်။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is {size} bytes, more than Casebook accepts; it was refused and nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်၏ ဖိုင်စာရင်းသည် {size} bytes ဖြစ်ပြီး Casebook လက်ခံသည်ထက် ပိုများသည်။ ငြင်းပယ်ခဲ့ပြီး ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package&apos;s records are malformed, so nothing was imported. Ask the sender to make the package again with this version of Casebook:</source>
        <translation>ဖလှယ်ထုပ်၏ မှတ်တမ်းများ ပုံစံမမှန်သဖြင့် ဘာမျှ မထည့်သွင်းရပါ။ ပေးပို့သူကို ဤ Casebook ဗားရှင်းဖြင့် ဖလှယ်ထုပ် ထပ်ပြုလုပ်ရန် မေးပါ-</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its manifest: it was altered after it was signed, or damaged. Nothing was imported.</source>
        <translation>ဖလှယ်ထုပ်၏ လက်မှတ်သည် ၎င်း၏ ဖိုင်စာရင်းနှင့် မကိုက်ညီပါ- လက်မှတ်ထိုးပြီးနောက် ပြောင်းလဲထားသည် သို့မဟုတ် ပျက်စီးနေသည်။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The package&apos;s signed manifest is malformed, so nothing was imported. It may come from a newer version of Casebook:</source>
        <translation>ဖလှယ်ထုပ်၏ လက်မှတ်ထိုးထားသော ဖိုင်စာရင်း ပုံစံမမှန်သဖြင့် ဘာမျှ မထည့်သွင်းရပါ။ Casebook ဗားရှင်းအသစ်မှ ဖြစ်နိုင်သည်-</translation>
    </message>
    <message>
        <source>The package&apos;s {name} holds a value Casebook does not read, so nothing was imported. Ask the sender to make the package again:</source>
        <translation>ဖလှယ်ထုပ်၏ {name} တွင် Casebook မဖတ်နိုင်သော တန်ဖိုး ပါသဖြင့် ဘာမျှ မထည့်သွင်းရပါ။ ပေးပို့သူကို ဖလှယ်ထုပ် ထပ်ပြုလုပ်ရန် မေးပါ-</translation>
    </message>
    <message>
        <source>The package&apos;s {name} is not valid JSON, so nothing was imported. Ask the sender to make the package again.</source>
        <translation>ဖလှယ်ထုပ်၏ {name} သည် မှန်ကန်သော JSON မဟုတ်သဖြင့် ဘာမျှ မထည့်သွင်းရပါ။ ပေးပို့သူကို ဖလှယ်ထုပ် ထပ်ပြုလုပ်ရန် မေးပါ။</translation>
    </message>
    <message>
        <source>The passphrase does not open this casebook. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>စကားဝှက်စာကြောင်းဖြင့် ဤမှတ်တမ်းစာအုပ်ကို ဖွင့်၍ မရပါ။ ကီးဘုတ် ဘာသာစကားနှင့် Caps Lock ကို စစ်ဆေးပါ သို့မဟုတ် ပြန်ယူရေးသော့ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>The pattern annex&apos;s threshold must be a whole number of at least 2 (got {k}): counts of persons from 1 to threshold - 1 are shown as &apos;&lt; threshold&apos;.</source>
        <translation>ပုံစံတူမှု နောက်ဆက်တွဲ၏ အနိမ့်ဆုံးတန်ဖိုး (threshold) သည် အနည်းဆုံး 2 ရှိသော ကိန်းပြည့် ဖြစ်ရမည် (ရရှိသည်- {k})- လူ 1 မှ threshold - 1 အထိ အရေအတွက်ကို &apos;&lt; threshold&apos; ဟု ပြသည်။</translation>
    </message>
    <message>
        <source>The pattern filter&apos;s {name} is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>ပုံစံတူမှု စစ်ထုတ်ချက်၏ {name} သည် ရက်စွဲ မဟုတ်ပါ။ YYYY-MM-DD၊ YYYY-MM သို့မဟုတ် YYYY ဟု ရေးပါ။</translation>
    </message>
    <message>
        <source>The pattern&apos;s title is longer than 300 characters; shorten it.</source>
        <translation>ပုံစံတူမှု၏ ခေါင်းစဉ်သည် စာလုံး 300 ထက် ရှည်သည်။ တိုအောင်ရေးပါ။</translation>
    </message>
    <message>
        <source>The print could not be written to {target} ({strerror}). Choose a folder you can write to.</source>
        <translation>ပုံနှိပ်ဖိုင်ကို {target} သို့ ရေး၍ မရပါ ({strerror})။ သင်ရေးနိုင်သော ဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The process that encrypts or decrypts the package stopped unexpectedly (exit status {status}). Nothing was kept; try again, and if it happens again, restart Casebook.</source>
        <translation>ဖလှယ်ထုပ်ကို ကုဒ်ဝှက် သို့မဟုတ် ကုဒ်ဖြည်သော process သည် မမျှော်လင့်ဘဲ ရပ်သွားသည် (exit status {status})။ ဘာမျှ မသိမ်းရပါ။ ထပ်ကြိုးစားပါ၊ ထပ်ဖြစ်လျှင် Casebook ကို ပြန်စပါ။</translation>
    </message>
    <message>
        <source>The pseudonym {pseudonym} arriving in the package is already used here by another person, so that person is called {renamed} here.</source>
        <translation>ဖလှယ်ထုပ်တွင် ပါလာသော အမည်လွှဲ {pseudonym} ကို ဤနေရာတွင် အခြားပုဂ္ဂိုလ်တစ်ဦးက သုံးပြီးဖြစ်သဖြင့် ထိုပုဂ္ဂိုလ်ကို ဤနေရာတွင် {renamed} ဟု ခေါ်သည်။</translation>
    </message>
    <message>
        <source>The queued request {name} is damaged (a file in it is missing or cannot be read). Delete the folder {shown}, then queue {claimed} again.</source>
        <translation>တန်းစီထားသော တောင်းဆိုချက် {name} ပျက်စီးနေသည် (၎င်းထဲရှိ ဖိုင်တစ်ခု မရှိ သို့မဟုတ် ဖတ်၍ မရ)။ ဖိုင်တွဲ {shown} ကို ဖျက်ပြီး {claimed} ကို ထပ်တန်းစီပါ။</translation>
    </message>
    <message>
        <source>The range ends before it starts; check both dates, or swap them.</source>
        <translation>အပိုင်းအခြားသည် မစမီ ဆုံးနေသည်။ ရက်စွဲနှစ်ခုလုံးကို စစ်ဆေးပါ သို့မဟုတ် နေရာချိန်းပါ။</translation>
    </message>
    <message>
        <source>The range {start}:{end} does not fit the passage, which has {length} characters. Give START:END with 0 ≤ START &lt; END ≤ {length}, or leave the range out to tag the whole passage.</source>
        <translation>အပိုင်းအခြား {start}:{end} သည် စာလုံး {length} လုံးရှိသော စာသားအပိုင်းနှင့် မကိုက်ညီပါ။ 0 ≤ START &lt; END ≤ {length} ဖြင့် START:END ကို ပေးပါ သို့မဟုတ် စာသားအပိုင်း တစ်ခုလုံးကို တဂ်တပ်ရန် အပိုင်းအခြားကို ချန်ထားပါ။</translation>
    </message>
    <message>
        <source>The record&apos;s case is no longer in the casebook.</source>
        <translation>မှတ်တမ်း၏ အမှုသည် မှတ်တမ်းစာအုပ်တွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>The recovery key does not open this casebook. Check each group of characters against the copy you kept.</source>
        <translation>ပြန်ယူရေးသော့ဖြင့် ဤမှတ်တမ်းစာအုပ်ကို ဖွင့်၍ မရပါ။ စာလုံးတွဲတစ်ခုစီကို သင်သိမ်းထားသော မိတ္တူနှင့် စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: its last group does not match the others. Check each group against the copy you kept.</source>
        <translation>ပြန်ယူရေးသော့တွင် ရိုက်မှားမှု ရှိသည်- နောက်ဆုံးတွဲသည် အခြားတွဲများနှင့် မကိုက်ညီပါ။ တွဲတစ်ခုစီကို သင်သိမ်းထားသော မိတ္တူနှင့် စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>The reference {reference} is already used by another case; choose another.</source>
        <translation>ရည်ညွှန်းကုဒ် {reference} ကို အခြားအမှုက သုံးပြီးဖြစ်သည်။ အခြားတစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>The reference {stored} is already used by another case; choose another.</source>
        <translation>ရည်ညွှန်းကုဒ် {stored} ကို အခြားအမှုက သုံးပြီးဖြစ်သည်။ အခြားတစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>The remaining checks could not be completed because the database is damaged.</source>
        <translation>ဒေတာဘေ့စ် ပျက်စီးနေသဖြင့် ကျန်ရှိသော စစ်ဆေးမှုများကို မပြီးဆုံးနိုင်ပါ။</translation>
    </message>
    <message>
        <source>The reply of the time-stamp authority at {url} for {what} was not kept: {exc}. The request stays queued; check that the certificate file is this TSA&apos;s chain, and its address.</source>
        <translation>{what} အတွက် {url} ရှိ အချိန်တံဆိပ် အာဏာပိုင် (TSA) ၏ အဖြေကို မသိမ်းရပါ- {exc}။ တောင်းဆိုချက်သည် တန်းစီထဲတွင် ကျန်နေသည်။ certificate ဖိုင်သည် ဤ TSA ၏ ကွင်းဆက် ဖြစ်ကြောင်းနှင့် ၎င်း၏ လိပ်စာကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>The review status must be one of: {statuses}.</source>
        <translation>ပြန်လည်စစ်ဆေးခြင်း အခြေအနေသည် ဤထဲမှ တစ်ခု ဖြစ်ရမည်- {statuses}။</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translation>အခန်းကဏ္ဍသည် ဤထဲမှ တစ်ခု ဖြစ်ရမည်- {roles}။</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history differs from what an earlier package from the same casebook showed (entry {sequence}): entries were changed or removed since. Nothing was imported; ask the sender to run `casebook verify`.</source>
        <translation>ပေးပို့သူ၏ စာရင်းစစ်မှတ်တမ်း သမိုင်းသည် တူညီသော မှတ်တမ်းစာအုပ်မှ ယခင်ဖလှယ်ထုပ်က ပြခဲ့သည်နှင့် ကွာခြားသည် (အချက် {sequence})- ထိုအချိန်မှစ၍ အချက်များကို ပြောင်းလဲ သို့မဟုတ် ဖယ်ရှားခဲ့သည်။ ဘာမျှ မထည့်သွင်းရပါ။ ပေးပို့သူကို `casebook verify` run ရန် မေးပါ။</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history is broken at {where}: the entry does not follow on from the one before it. Nothing was imported.</source>
        <translation>ပေးပို့သူ၏ စာရင်းစစ်မှတ်တမ်း သမိုင်းသည် {where} တွင် ပြတ်နေသည်- အချက်သည် ၎င်းရှေ့ရှိ အချက်မှ ဆက်မလာပါ။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>The stored file of {label} is damaged or was altered: {exc}. Do not rely on it; restore the casebook folder from a backup.</source>
        <translation>{label} ၏ သိမ်းထားသော ဖိုင် ပျက်စီးနေသည် သို့မဟုတ် ပြောင်းလဲထားသည်- {exc}။ ၎င်းကို မယုံကြည်ပါနှင့်။ မှတ်တမ်းစာအုပ် ဖိုင်တွဲကို အရန်မိတ္တူမှ ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>The stored file of {label} is missing from the casebook folder ({folder}/{name}). Restore it from a backup.</source>
        <translation>{label} ၏ သိမ်းထားသော ဖိုင်သည် မှတ်တမ်းစာအုပ် ဖိုင်တွဲတွင် မရှိပါ ({folder}/{name})။ အရန်မိတ္တူမှ ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>The support must be one of: {support_kinds}.</source>
        <translation>ထောက်ခံမှုသည် ဤထဲမှ တစ်ခု ဖြစ်ရမည်- {support_kinds}။</translation>
    </message>
    <message>
        <source>The text holds a broken character (a lone surrogate). Copy it again from its source, or save the file as UTF-8.</source>
        <translation>စာသားတွင် ပျက်နေသော စာလုံး (lone surrogate) ပါသည်။ ၎င်း၏ ရင်းမြစ်မှ ထပ်ကူးပါ သို့မဟုတ် ဖိုင်ကို UTF-8 အဖြစ် သိမ်းပါ။</translation>
    </message>
    <message>
        <source>The text holds a control character (U+{code}) on line {line}, which cannot be printed in a filing. Remove it and save again.</source>
        <translation>စာသား၏ စာကြောင်း {line} တွင် တင်သွင်းရန်မူ၌ ပုံနှိပ်၍ မရသော control စာလုံး (U+{code}) ပါသည်။ ၎င်းကို ဖယ်ရှားပြီး ထပ်သိမ်းပါ။</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} answered with HTTP error {code}; {stays}, or check the address.</source>
        <translation>{url} ရှိ အချိန်တံဆိပ် အာဏာပိုင်က HTTP error {code} ဖြင့် ဖြေသည်။ {stays}၊ သို့မဟုတ် လိပ်စာကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} could not be reached ({reason}); {stays}.</source>
        <translation>{url} ရှိ အချိန်တံဆိပ် အာဏာပိုင်ကို ဆက်သွယ်၍ မရပါ ({reason})။ {stays}။</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} sent more than a time-stamp reply; {stays}, or check the address.</source>
        <translation>{url} ရှိ အချိန်တံဆိပ် အာဏာပိုင်က အချိန်တံဆိပ် အဖြေထက် ပိုပို့သည်။ {stays}၊ သို့မဟုတ် လိပ်စာကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>The use must be one of: {uses}.</source>
        <translation>အသုံးပြုမှုသည် ဤထဲမှ တစ်ခု ဖြစ်ရမည်- {uses}။</translation>
    </message>
    <message>
        <source>The {kind} {record_id} is not withheld, so there is nothing to include anyway; remove it from the list of overrides.</source>
        <translation>{kind} {record_id} ကို ထိန်ချန်မထားသဖြင့် မည်သို့ပင်ဖြစ်စေ ထည့်ရန် မလိုပါ။ ခြွင်းချက်စာရင်းမှ ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>The {language} export texts lack the entry {example}; complete strings.{language}.json.</source>
        <translation>{language} ထုတ်ယူစာသားများတွင် အချက် {example} လိုနေသည်။ strings.{language}.json ကို ဖြည့်ပါ။</translation>
    </message>
    <message>
        <source>The {language} export texts lack {count} entries (for example {example}); complete strings.{language}.json.</source>
        <translation>{language} ထုတ်ယူစာသားများတွင် အချက် {count} ခု လိုနေသည် (ဥပမာ {example})။ strings.{language}.json ကို ဖြည့်ပါ။</translation>
    </message>
    <message>
        <source>The {timestamps_dir} folder of the casebook could not be written ({reason}). Check that the disk has space and the folder is yours; queued requests are kept.</source>
        <translation>မှတ်တမ်းစာအုပ်၏ {timestamps_dir} ဖိုင်တွဲကို ရေး၍ မရပါ ({reason})။ ဒစ်တွင် နေရာရှိကြောင်းနှင့် ဖိုင်တွဲသည် သင့်ပိုင်ကြောင်း စစ်ဆေးပါ။ တန်းစီထားသော တောင်းဆိုချက်များကို ထားရှိသည်။</translation>
    </message>
    <message>
        <source>There is no addressee {key}. Choose one of: {known} (they are listed in resources/export/addressees.json).</source>
        <translation>လိပ်မူ {key} မရှိပါ။ ဤထဲမှ တစ်ခု ရွေးပါ- {known} (resources/export/addressees.json တွင် ဖော်ပြထားသည်)။</translation>
    </message>
    <message>
        <source>There is no casebook at {folder}. Check the path.</source>
        <translation>{folder} တွင် မှတ်တမ်းစာအုပ် မရှိပါ။ လမ်းကြောင်းကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>There is no crime &apos;{key}&apos; in taxonomy {version}. Crime ids look like 7(1)(d) or 8(2)(e)(i); `casebook taxonomy QUERY` finds them.</source>
        <translation>အမျိုးအစားခွဲခြားမှု {version} တွင် ရာဇဝတ်မှု &apos;{key}&apos; မရှိပါ။ ရာဇဝတ်မှု id များသည် 7(1)(d) သို့မဟုတ် 8(2)(e)(i) ကဲ့သို့ ဖြစ်သည်။ `casebook taxonomy QUERY` က ရှာပေးသည်။</translation>
    </message>
    <message>
        <source>There is no element &apos;{element_id}&apos; in taxonomy {version}. Element ids look like 7(1)(d)/1 (crime), cah_attack/1 (context) or 28(a)/2 (liability); `casebook taxonomy --show 7(1)(d)` lists the elements of a crime.</source>
        <translation>အမျိုးအစားခွဲခြားမှု {version} တွင် အင်္ဂါရပ် &apos;{element_id}&apos; မရှိပါ။ အင်္ဂါရပ် id များသည် 7(1)(d)/1 (ရာဇဝတ်မှု)၊ cah_attack/1 (နောက်ခံအခြေအနေ) သို့မဟုတ် 28(a)/2 (တာဝန်ရှိမှု) ကဲ့သို့ ဖြစ်သည်။ `casebook taxonomy --show 7(1)(d)` က ရာဇဝတ်မှုတစ်ခု၏ အင်္ဂါရပ်များကို ပြသည်။</translation>
    </message>
    <message>
        <source>There is no evidence item with the id {evidence_id}.</source>
        <translation>id {evidence_id} ပါသော သက်သေအထောက်အထား မရှိပါ။</translation>
    </message>
    <message>
        <source>There is no mode of liability &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>အမျိုးအစားခွဲခြားမှု {version} တွင် တာဝန်ရှိမှုပုံစံ &apos;{key}&apos; မရှိပါ။</translation>
    </message>
    <message>
        <source>There is no package file at {path}. Check the path.</source>
        <translation>{path} တွင် ဖလှယ်ထုပ်ဖိုင် မရှိပါ။ လမ်းကြောင်းကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>There is no section kind {kind}. Choose one of: {kinds}.</source>
        <translation>အပိုင်းအမျိုးအစား {kind} မရှိပါ။ ဤထဲမှ တစ်ခု ရွေးပါ- {kinds}။</translation>
    </message>
    <message>
        <source>There is no testimony with the id {testimony_id}.</source>
        <translation>id {testimony_id} ပါသော ထွက်ဆိုချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>There is no use {use_id} in Casebook&apos;s list; choose one of: {known}.</source>
        <translation>Casebook ၏ စာရင်းတွင် အသုံးပြုမှု {use_id} မရှိပါ။ ဤထဲမှ တစ်ခု ရွေးပါ- {known}။</translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>အမျိုးအစားခွဲခြားမှု {version} တွင် {kind} &apos;{key}&apos; မရှိပါ။</translation>
    </message>
    <message>
        <source>There is no {what} with the id &apos;{key}&apos; in case {reference}; it may have been deleted or belong to another case. `casebook search` shows the ids of passages, evidence and incidents.</source>
        <translation>အမှု {reference} တွင် id &apos;{key}&apos; ပါသော {what} မရှိပါ။ ဖျက်ထားခြင်း သို့မဟုတ် အခြားအမှုနှင့် သက်ဆိုင်ခြင်း ဖြစ်နိုင်သည်။ `casebook search` က စာသားအပိုင်း၊ သက်သေအထောက်အထားနှင့် ဖြစ်စဉ်များ၏ id များကို ပြသည်။</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the key ({mib} MiB are needed). Close other programs and try again.</source>
        <translation>သော့ကို ဖွင့်ရန် မှတ်ဉာဏ် လုံလောက်စွာ မလွတ်ပါ ({mib} MiB လိုအပ်သည်)။ အခြားပရိုဂရမ်များကို ပိတ်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>There is nothing to save: the section is empty.</source>
        <translation>သိမ်းဆည်းရန် ဘာမျှ မရှိပါ- အပိုင်း အလွတ်ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>This casebook could not be brought up to date for this version of Casebook ({kind}); the upgrade was rolled back and a copy of the database from before it is in the casebook&apos;s backups/ folder. Please report this.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်ကို ဤ Casebook ဗားရှင်းအတွက် အဆင့်မြှင့်၍ မရပါ ({kind})။ အဆင့်မြှင့်ခြင်းကို ပြန်ရုပ်သိမ်းခဲ့ပြီး ယခင် ဒေတာဘေ့စ် မိတ္တူကို မှတ်တမ်းစာအုပ်၏ backups/ ဖိုင်တွဲတွင် ထားသည်။ ကျေးဇူးပြု၍ အစီရင်ခံပါ။</translation>
    </message>
    <message>
        <source>This casebook has no exchange identity of its own yet. Run `casebook identity export` once to make it.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်တွင် ကိုယ်ပိုင် ဖလှယ်ရေး မည်သူမည်ဝါ မရှိသေးပါ။ ၎င်းကို ပြုလုပ်ရန် `casebook identity export` ကို တစ်ကြိမ် run ပါ။</translation>
    </message>
    <message>
        <source>This casebook is already open in another Casebook window or command. Close it there first; two programs writing at once could damage it.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်ကို အခြား Casebook ဝင်းဒိုး သို့မဟုတ် command တွင် ဖွင့်ထားပြီးဖြစ်သည်။ ထိုနေရာတွင် အရင်ပိတ်ပါ။ ပရိုဂရမ်နှစ်ခု တစ်ပြိုင်နက် ရေးလျှင် ပျက်စီးနိုင်သည်။</translation>
    </message>
    <message>
        <source>This casebook is older than the copy last opened on this computer on {when}: its history ends at audit entry {last}, but that copy&apos;s had reached entry {reached}. An older copy of the folder or of its database may have been put back. If you restored a backup on purpose, run `casebook verify FOLDER --accept-history`; otherwise keep this computer&apos;s copy and report it.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်သည် ဤကွန်ပျူတာတွင် {when} ၌ နောက်ဆုံးဖွင့်ခဲ့သော မိတ္တူထက် ဟောင်းသည်- ၎င်း၏ သမိုင်းသည် စာရင်းစစ်မှတ်တမ်း အချက် {last} တွင် ဆုံးသော်လည်း ထိုမိတ္တူ၏ သမိုင်းသည် အချက် {reached} အထိ ရောက်ခဲ့သည်။ ဖိုင်တွဲ သို့မဟုတ် ဒေတာဘေ့စ်၏ မိတ္တူဟောင်းကို ပြန်ထားခဲ့ခြင်း ဖြစ်နိုင်သည်။ အရန်မိတ္တူကို ရည်ရွယ်ချက်ရှိရှိ ပြန်ထားခဲ့လျှင် `casebook verify FOLDER --accept-history` ကို run ပါ။ မဟုတ်လျှင် ဤကွန်ပျူတာ၏ မိတ္တူကို ထားပြီး အစီရင်ခံပါ။</translation>
    </message>
    <message>
        <source>This casebook was saved by a newer version of Casebook. Install the newer version to open it; nothing in the casebook was changed.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်ကို Casebook ဗားရှင်းအသစ်ဖြင့် သိမ်းခဲ့သည်။ ဖွင့်ရန် ဗားရှင်းအသစ်ကို ထည့်သွင်းပါ။ မှတ်တမ်းစာအုပ်တွင် ဘာမျှ မပြောင်းလဲရပါ။</translation>
    </message>
    <message>
        <source>This casebook&apos;s audit log fails its own check, so no package was made: {problem}. Run `casebook verify` and restore from a backup.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်၏ စာရင်းစစ်မှတ်တမ်းသည် ၎င်း၏ ကိုယ်ပိုင်စစ်ဆေးမှု မအောင်သဖြင့် ဖလှယ်ထုပ် မပြုလုပ်ရပါ- {problem}။ `casebook verify` ကို run ပြီး အရန်မိတ္တူမှ ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>This casebook&apos;s history was rewritten after audit entry {intact}: entry {changed}, as seen on this computer on {when}, is no longer what it was, so entries were changed, removed or renumbered since. Do not rely on this copy; compare it with a backup and report it. If the change is known and accepted, run `casebook verify FOLDER --accept-history`.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်၏ သမိုင်းကို စာရင်းစစ်မှတ်တမ်း အချက် {intact} နောက်တွင် ပြန်ရေးထားသည်- ဤကွန်ပျူတာတွင် {when} ၌ မြင်ခဲ့သော အချက် {changed} သည် ယခင်အတိုင်း မဟုတ်တော့ပါ၊ ထို့ကြောင့် အချက်များကို ပြောင်းလဲ၊ ဖယ်ရှား သို့မဟုတ် နံပါတ်ပြန်တပ်ခဲ့သည်။ ဤမိတ္တူကို မယုံကြည်ပါနှင့်။ အရန်မိတ္တူနှင့် နှိုင်းယှဉ်ပြီး အစီရင်ခံပါ။ ပြောင်းလဲမှုကို သိပြီး လက်ခံလျှင် `casebook verify FOLDER --accept-history` ကို run ပါ။</translation>
    </message>
    <message>
        <source>This conflict was already resolved (kept {resolution}); nothing changed.</source>
        <translation>ဤကွဲလွဲချက်ကို ဖြေရှင်းပြီးဖြစ်သည် ({resolution} ကို ထားခဲ့သည်)။ ဘာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>This consent has no recipients waiting for review.</source>
        <translation>ဤသဘောတူညီချက်တွင် ပြန်လည်စစ်ဆေးရန် စောင့်နေသော လက်ခံသူ မရှိပါ။</translation>
    </message>
    <message>
        <source>This evidence item is not printed: {why}. If it may be shown all the same (a photo of a public place that merely mentions the person, say), print it with a written reason (`--include-because &quot;…&quot;`); the reason is kept in the audit log.</source>
        <translation>ဤသက်သေအထောက်အထားကို ပုံနှိပ်မည် မဟုတ်ပါ- {why}။ မည်သို့ပင်ဖြစ်စေ ပြနိုင်လျှင် (ဥပမာ ပုဂ္ဂိုလ်ကို ဖော်ပြရုံသာ ပါသော အများပြည်သူနေရာ ဓာတ်ပုံ) စာဖြင့်ရေးထားသော အကြောင်းပြချက်ဖြင့် ပုံနှိပ်ပါ (`--include-because &quot;…&quot;`)။ အကြောင်းပြချက်ကို စာရင်းစစ်မှတ်တမ်းတွင် သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>ဤအကွက်ကို ဤနေရာတွင် ပြင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>This identity claims the user id or age key of an identity already stored here, but with another signing key. Someone may be impersonating a colleague; do not use it, and compare fingerprints with your colleague.</source>
        <translation>ဤမည်သူမည်ဝါသည် ဤနေရာတွင် သိမ်းထားပြီးသော မည်သူမည်ဝါ၏ user id သို့မဟုတ် age သော့ကို ပိုင်ဆိုင်သည်ဟု ဆိုသော်လည်း အခြားလက်မှတ်ထိုးသော့ ပါသည်။ တစ်စုံတစ်ယောက်က လုပ်ဖော်ကိုင်ဖက်အဖြစ် အယောင်ဆောင်နေနိုင်သည်။ ၎င်းကို မသုံးပါနှင့်၊ လုပ်ဖော်ကိုင်ဖက်နှင့် လက်ဗွေများကို နှိုင်းယှဉ်ပါ။</translation>
    </message>
    <message>
        <source>This identity claims to be a user of this casebook but carries another signing key. Do not use it; compare fingerprints with your colleague.</source>
        <translation>ဤမည်သူမည်ဝါသည် ဤမှတ်တမ်းစာအုပ်၏ အသုံးပြုသူဟု ဆိုသော်လည်း အခြားလက်မှတ်ထိုးသော့ ပါသည်။ ၎င်းကို မသုံးပါနှင့်၊ လုပ်ဖော်ကိုင်ဖက်နှင့် လက်ဗွေများကို နှိုင်းယှဉ်ပါ။</translation>
    </message>
    <message>
        <source>This identity has no secret key here; it belongs to a colleague.</source>
        <translation>ဤမည်သူမည်ဝါ၏ လျှို့ဝှက်သော့ ဤနေရာတွင် မရှိပါ။ ၎င်းသည် လုပ်ဖော်ကိုင်ဖက်တစ်ဦး၏ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>This is not a documentation field of a statement.</source>
        <translation>ဤသည်မှာ ထွက်ဆိုချက်၏ မှတ်တမ်းတင်ရေး အကွက် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>This is not a usable Casebook identity: {problem}. Ask your colleague to run `casebook identity export` and send the whole text again.</source>
        <translation>ဤသည်မှာ သုံးနိုင်သော Casebook မည်သူမည်ဝါ မဟုတ်ပါ- {problem}။ လုပ်ဖော်ကိုင်ဖက်ကို `casebook identity export` run ပြီး စာသား တစ်ခုလုံးကို ထပ်ပို့ရန် မေးပါ။</translation>
    </message>
    <message>
        <source>This material is already tagged to {element} as {support}, with the same range and perpetrator. Edit that tag instead of adding another.</source>
        <translation>ဤအထောက်အထားကို {element} သို့ {support} အဖြစ် တူညီသော အပိုင်းအခြားနှင့် ကျူးလွန်သူဖြင့် တဂ်တပ်ပြီးဖြစ်သည်။ နောက်တစ်ခု မထည့်ဘဲ ထိုတဂ်ကို ပြင်ပါ။</translation>
    </message>
    <message>
        <source>This package ({package_id}) was already imported on {processed_at} UTC; importing it again changes nothing, so nothing was done.</source>
        <translation>ဤဖလှယ်ထုပ် ({package_id}) ကို {processed_at} UTC တွင် ထည့်သွင်းပြီးဖြစ်သည်။ ထပ်ထည့်သွင်းလျှင် ဘာမျှ မပြောင်းလဲသဖြင့် ဘာမျှ မလုပ်ခဲ့ပါ။</translation>
    </message>
    <message>
        <source>This package was made by this casebook; there is nothing to import.</source>
        <translation>ဤဖလှယ်ထုပ်ကို ဤမှတ်တမ်းစာအုပ်က ပြုလုပ်ခဲ့သည်။ ထည့်သွင်းရန် ဘာမျှ မရှိပါ။</translation>
    </message>
    <message>
        <source>This package was not encrypted to your identity, so it cannot be opened here. Ask the sender to make it again for your fingerprint (`casebook identity export` shows it). Nothing was imported.</source>
        <translation>ဤဖလှယ်ထုပ်ကို သင့်မည်သူမည်ဝါအတွက် ကုဒ်ဝှက်မထားသဖြင့် ဤနေရာတွင် ဖွင့်၍ မရပါ။ ပေးပို့သူကို သင့်လက်ဗွေအတွက် ထပ်ပြုလုပ်ရန် မေးပါ (`casebook identity export` က ၎င်းကို ပြသည်)။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>This package was signed for other recipients and re-encrypted to you by someone else. It was not imported; ask the sender for a package addressed to you.</source>
        <translation>ဤဖလှယ်ထုပ်ကို အခြားလက်ခံသူများအတွက် လက်မှတ်ထိုးခဲ့ပြီး အခြားသူတစ်ဦးက သင့်အတွက် ပြန်ကုဒ်ဝှက်ထားသည်။ မထည့်သွင်းခဲ့ပါ။ ပေးပို့သူထံ သင့်ထံ လိပ်မူထားသော ဖလှယ်ထုပ် တောင်းပါ။</translation>
    </message>
    <message>
        <source>This recipient is not in Casebook&apos;s list of states (ISO 3166-1 codes such as DE, FR, MM) and bodies (such as ICC, IIMM, IIIM); choose it from the list.</source>
        <translation>ဤလက်ခံသူသည် Casebook ၏ နိုင်ငံများ (DE, FR, MM ကဲ့သို့ ISO 3166-1 ကုဒ်များ) နှင့် အဖွဲ့အစည်းများ (ICC, IIMM, IIIM ကဲ့သို့) စာရင်းတွင် မပါပါ။ စာရင်းထဲမှ ရွေးပါ။</translation>
    </message>
    <message>
        <source>This record is sealed, so it cannot be changed or deleted. Make a new version to correct it; the sealed one stays as it was.</source>
        <translation>ဤမှတ်တမ်းကို တံဆိပ်ခတ်ထားသဖြင့် ပြောင်းလဲခြင်း သို့မဟုတ် ဖျက်ခြင်း မပြုနိုင်ပါ။ ပြင်ရန် မူအသစ် ပြုလုပ်ပါ။ တံဆိပ်ခတ်ထားသော မူသည် ယခင်အတိုင်း ကျန်မည်။</translation>
    </message>
    <message>
        <source>This statement is not printed: {why}. A statement leaves the casebook only as its witness consented; record the consent first if it was given.</source>
        <translation>ဤထွက်ဆိုချက်ကို ပုံနှိပ်မည် မဟုတ်ပါ- {why}။ ထွက်ဆိုချက်သည် သက်သေ သဘောတူသည့်အတိုင်းသာ မှတ်တမ်းစာအုပ်မှ ထွက်သည်။ သဘောတူညီချက် ပေးခဲ့လျှင် အရင် မှတ်တမ်းတင်ပါ။</translation>
    </message>
    <message>
        <source>This statement is sealed, so its passages cannot be changed. Make a new version of the testimony to correct it.</source>
        <translation>ဤထွက်ဆိုချက်ကို တံဆိပ်ခတ်ထားသဖြင့် ၎င်း၏ စာသားအပိုင်းများကို ပြောင်း၍ မရပါ။ ပြင်ရန် ထွက်ဆိုချက်၏ မူအသစ် ပြုလုပ်ပါ။</translation>
    </message>
    <message>
        <source>This statement is sealed. Make a new version to correct it; the sealed one stays.</source>
        <translation>ဤထွက်ဆိုချက်ကို တံဆိပ်ခတ်ထားသည်။ ပြင်ရန် မူအသစ် ပြုလုပ်ပါ။ တံဆိပ်ခတ်ထားသော မူ ကျန်မည်။</translation>
    </message>
    <message>
        <source>Typesetting the complaint</source>
        <translation>တိုင်ကြားချက်ကို စာစီနေသည်</translation>
    </message>
    <message>
        <source>Unknown field {bad}.</source>
        <translation>မသိသော အကွက် {bad}။</translation>
    </message>
    <message>
        <source>Unknown status; use one of {case_statuses}.</source>
        <translation>မသိသော အဆင့်။ {case_statuses} ထဲမှ တစ်ခု သုံးပါ။</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>အသက်အုပ်စုအလိုက် ထိခိုက်နစ်နာသူများ</translation>
    </message>
    <message>
        <source>Victims by ethnicity</source>
        <translation>လူမျိုးအလိုက် ထိခိုက်နစ်နာသူများ</translation>
    </message>
    <message>
        <source>Victims by religion</source>
        <translation>ဘာသာအလိုက် ထိခိုက်နစ်နာသူများ</translation>
    </message>
    <message>
        <source>Victims by sex / gender</source>
        <translation>လိင် / ကျား၊မ အလိုက် ထိခိုက်နစ်နာသူများ</translation>
    </message>
    <message>
        <source>Write a number, such as 16.8661.</source>
        <translation>16.8661 ကဲ့သို့ ကိန်းဂဏန်း ရေးပါ။</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.</source>
        <translation>ရက်စွဲကို YYYY-MM-DD ဟု ရေးပါ၊ ထိုမျှသာ သိလျှင် YYYY-MM သို့မဟုတ် YYYY ဟု ရေးပါ။</translation>
    </message>
    <message>
        <source>Write why the {kind} may go out despite the consent it lacks (at least {min_reason} characters); the reason is shown in the plan and kept in the audit log.</source>
        <translation>{kind} သည် လိုအပ်သော သဘောတူညီချက် မရှိသော်လည်း အဘယ်ကြောင့် ထုတ်ပေးနိုင်သည်ကို ရေးပါ (အနည်းဆုံး စာလုံး {min_reason} လုံး)။ အကြောင်းပြချက်ကို အစီအစဉ်တွင် ပြပြီး စာရင်းစစ်မှတ်တမ်းတွင် သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>Writing exhibit {n} of {total}</source>
        <translation>သက်သေခံပစ္စည်း {total} ခုအနက် {n} ခုမြောက်ကို ရေးနေသည်</translation>
    </message>
    <message>
        <source>Writing the bundle failed ({reason}). Nothing was kept; check that the folder is writable and try again.</source>
        <translation>တိုင်ကြားချက်အစုံကို ရေး၍ မအောင်မြင်ပါ ({reason})။ ဘာမျှ မသိမ်းရပါ။ ဖိုင်တွဲတွင် ရေးနိုင်ကြောင်း စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>a different case here already uses its reference; change the reference of one of them and import again</source>
        <translation>ဤနေရာရှိ အခြားအမှုတစ်ခုက ၎င်း၏ ရည်ညွှန်းကုဒ်ကို သုံးပြီးဖြစ်သည်။ တစ်ခု၏ ရည်ညွှန်းကုဒ်ကို ပြောင်းပြီး ထပ်မံ ထည့်သွင်းပါ</translation>
    </message>
    <message>
        <source>a key or the signature is not valid</source>
        <translation>သော့ သို့မဟုတ် လက်မှတ် မမှန်ကန်ပါ</translation>
    </message>
    <message>
        <source>a line is not of the form &apos;name: value&apos;</source>
        <translation>စာကြောင်းတစ်ကြောင်းသည် &apos;name: value&apos; ပုံစံ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>a name is too short to replace wherever it stands; it is replaced only after an honorific (U, Daw, Ko, Ma …)</source>
        <translation>အမည်တစ်ခုသည် တွေ့သည့်နေရာတိုင်း အစားထိုးရန် တိုလွန်းသည်။ ဂုဏ်ထူးအမည် (ဦး၊ ဒေါ်၊ ကို၊ မ …) နောက်တွင်သာ အစားထိုးသည်</translation>
    </message>
    <message>
        <source>a part of it fails authentication, or its end is missing</source>
        <translation>၎င်း၏ အစိတ်အပိုင်းတစ်ခု authentication မအောင်ပါ သို့မဟုတ် ၎င်း၏ အဆုံး ပျောက်နေသည်</translation>
    </message>
    <message>
        <source>a passage is cited as [[passage:&lt;statement id&gt;/&lt;paragraph&gt;]] or [[passage:&lt;passage id&gt;]], with at least six characters of the id</source>
        <translation>စာသားအပိုင်းကို [[passage:&lt;ထွက်ဆိုချက် id&gt;/&lt;စာပိုဒ်&gt;]] သို့မဟုတ် [[passage:&lt;စာသားအပိုင်း id&gt;]] ဟု id ၏ အနည်းဆုံး စာလုံးခြောက်လုံးဖြင့် ကိုးကားသည်</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>ပုဂ္ဂိုလ်တစ်ဦး</translation>
    </message>
    <message>
        <source>a person is cited by pseudonym (W-001) or by at least six characters of the id</source>
        <translation>ပုဂ္ဂိုလ်ကို အမည်လွှဲ (W-001) သို့မဟုတ် id ၏ အနည်းဆုံး စာလုံးခြောက်လုံးဖြင့် ကိုးကားသည်</translation>
    </message>
    <message>
        <source>a record with its id belongs to another case here</source>
        <translation>၎င်း၏ id ပါသော မှတ်တမ်းသည် ဤနေရာရှိ အခြားအမှုနှင့် သက်ဆိုင်သည်</translation>
    </message>
    <message>
        <source>a signed event with this id and different content is recorded here</source>
        <translation>ဤ id ပါပြီး အကြောင်းအရာ မတူသော လက်မှတ်ထိုးထားသည့် ဖြစ်ရပ်ကို ဤနေရာတွင် မှတ်တမ်းတင်ထားသည်</translation>
    </message>
    <message>
        <source>a victim recorded with {groups}</source>
        <translation>{groups} ဖြင့် မှတ်တမ်းတင်ထားသော ထိခိုက်နစ်နာသူ</translation>
    </message>
    <message>
        <source>administrative area: {areas}</source>
        <translation>အုပ်ချုပ်ရေးနယ်မြေ- {areas}</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>အသက်အုပ်စု</translation>
    </message>
    <message>
        <source>alleged perpetrator unit: {units}</source>
        <translation>စွပ်စွဲခံရသူ၏ တပ်ဖွဲ့- {units}</translation>
    </message>
    <message>
        <source>an archive header is malformed</source>
        <translation>archive header တစ်ခု ပုံစံမမှန်ပါ</translation>
    </message>
    <message>
        <source>an exhibit is cited by at least six characters of its id</source>
        <translation>သက်သေခံပစ္စည်းကို ၎င်း၏ id ၏ အနည်းဆုံး စာလုံးခြောက်လုံးဖြင့် ကိုးကားသည်</translation>
    </message>
    <message>
        <source>an incident is cited by at least six characters of its id</source>
        <translation>ဖြစ်စဉ်ကို ၎င်း၏ id ၏ အနည်းဆုံး စာလုံးခြောက်လုံးဖြင့် ကိုးကားသည်</translation>
    </message>
    <message>
        <source>around {date}</source>
        <translation>{date} ခန့်</translation>
    </message>
    <message>
        <source>article {article} was added by {resolution} (adopted {adopted}) and applies only to States Parties that accepted it, one year after each deposited its acceptance (art. 121(5)); check acceptance by the State of territory or nationality</source>
        <translation>ပုဒ်မ {article} ကို {resolution} ({adopted} တွင် အတည်ပြု) ဖြင့် ထည့်သွင်းခဲ့ပြီး ၎င်းကို လက်ခံသော အဖွဲ့ဝင်နိုင်ငံများအပေါ်သာ တစ်နိုင်ငံချင်း လက်ခံကြောင်း အပ်နှံပြီး တစ်နှစ်အကြာတွင် သက်ရောက်သည် (art. 121(5))။ နယ်မြေ သို့မဟုတ် နိုင်ငံသားဖြစ်မှု နိုင်ငံ၏ လက်ခံမှုကို စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>audit entry {sequence} ({action} in {table})</source>
        <translation>စာရင်းစစ်မှတ်တမ်း အချက် {sequence} ({table} တွင် {action})</translation>
    </message>
    <message>
        <source>audit entry {sequence} is not the one the TSA saw (stamped {describe}): the history was rewritten at or before entry {sequence}</source>
        <translation>စာရင်းစစ်မှတ်တမ်း အချက် {sequence} သည် TSA မြင်ခဲ့သည့် အချက် မဟုတ်ပါ ({describe} တံဆိပ်ခတ်ခဲ့)- သမိုင်းကို အချက် {sequence} တွင် သို့မဟုတ် ၎င်းမတိုင်မီ ပြန်ရေးထားသည်</translation>
    </message>
    <message>
        <source>between {day1} and {day2} {month} {year}</source>
        <translation>{year} ခုနှစ် {month}လ {day1} ရက်နှင့် {day2} ရက်ကြား</translation>
    </message>
    <message>
        <source>between {day1} {month1} and {day2} {month2} {year}</source>
        <translation>{year} ခုနှစ် {month1}လ {day1} ရက်နှင့် {month2}လ {day2} ရက်ကြား</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>{start} နှင့် {end} ကြား</translation>
    </message>
    <message>
        <source>broken reference in table {table} (row {row})</source>
        <translation>ဇယား {table} (အတန်း {row}) တွင် ပြတ်နေသော ရည်ညွှန်းချက်</translation>
    </message>
    <message>
        <source>case {reference} situation</source>
        <translation>အမှု {reference} ၏ အခြေအနေ</translation>
    </message>
    <message>
        <source>case {reference} summary</source>
        <translation>အမှု {reference} ၏ အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>case {reference} title</source>
        <translation>အမှု {reference} ၏ ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>changed on both sides since the last common version</source>
        <translation>နောက်ဆုံး တူညီသောမူ ကတည်းက နှစ်ဖက်စလုံးတွင် ပြောင်းလဲထားသည်</translation>
    </message>
    <message>
        <source>charge {n} ({crime})</source>
        <translation>စွဲချက် {n} ({crime})</translation>
    </message>
    <message>
        <source>consent does not cover it</source>
        <translation>သဘောတူညီချက်တွင် မပါဝင်ပါ</translation>
    </message>
    <message>
        <source>contains the name of {who}; printed as {who}</source>
        <translation>{who} ၏ အမည် ပါသည်။ {who} ဟု ပုံနှိပ်မည်</translation>
    </message>
    <message>
        <source>contains the name of {who}; the file goes out unchanged (its hash is evidence), so decide whether to leave the exhibit out</source>
        <translation>{who} ၏ အမည် ပါသည်။ ဖိုင်ကို မပြောင်းဘဲ ထုတ်ပေးမည် (၎င်း၏ ဟက်ရှ်သည် သက်သေအထောက်အထား ဖြစ်သည်)၊ ထို့ကြောင့် သက်သေခံပစ္စည်းကို ချန်ထားမည်လား ဆုံးဖြတ်ပါ</translation>
    </message>
    <message>
        <source>crime tagged or charged: {crimes}</source>
        <translation>တဂ်တပ်ထားသော သို့မဟုတ် စွဲချက်တင်ထားသော ရာဇဝတ်မှု- {crimes}</translation>
    </message>
    <message>
        <source>custody event {sequence} ({action}) of evidence {title}</source>
        <translation>သက်သေအထောက်အထား {title} ၏ ထိန်းသိမ်းမှု ဖြစ်ရပ် {sequence} ({action})</translation>
    </message>
    <message>
        <source>database file: {detail}</source>
        <translation>ဒေတာဘေ့စ်ဖိုင်- {detail}</translation>
    </message>
    <message>
        <source>database structure: {detail}</source>
        <translation>ဒေတာဘေ့စ် ဖွဲ့စည်းပုံ- {detail}</translation>
    </message>
    <message>
        <source>date from</source>
        <translation>စတင်ရက်စွဲ</translation>
    </message>
    <message>
        <source>date span overlapping {start} to {end}</source>
        <translation>{start} မှ {end} အထိနှင့် ထပ်နေသော ရက်စွဲကာလ</translation>
    </message>
    <message>
        <source>date to</source>
        <translation>ပြီးဆုံးရက်စွဲ</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>ရက်စွဲ မသိ</translation>
    </message>
    <message>
        <source>entries its manifest lists are missing</source>
        <translation>၎င်း၏ ဖိုင်စာရင်းတွင် ဖော်ပြထားသော အချက်များ မရှိပါ</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>လူမျိုး</translation>
    </message>
    <message>
        <source>evidence {evidence_id} no longer has the content the TSA saw (stamped {describe}): its recorded SHA-256 was changed</source>
        <translation>သက်သေအထောက်အထား {evidence_id} တွင် TSA မြင်ခဲ့သော အကြောင်းအရာ မရှိတော့ပါ ({describe} တံဆိပ်ခတ်ခဲ့)- ၎င်း၏ မှတ်တမ်းတင်ထားသော SHA-256 ကို ပြောင်းလဲထားသည်</translation>
    </message>
    <message>
        <source>evidence {names} (stored as {storage_name})</source>
        <translation>သက်သေအထောက်အထား {names} ({storage_name} အဖြစ် သိမ်းထားသည်)</translation>
    </message>
    <message>
        <source>evidence {title}</source>
        <translation>သက်သေအထောက်အထား {title}</translation>
    </message>
    <message>
        <source>evidence {title}: has no chain-of-custody events</source>
        <translation>သက်သေအထောက်အထား {title}- ထိန်းသိမ်းမှုကွင်းဆက် ဖြစ်ရပ် မရှိပါ</translation>
    </message>
    <message>
        <source>evidence {title}: its recorded SHA-256 differs from its stored file&apos;s</source>
        <translation>သက်သေအထောက်အထား {title}- ၎င်း၏ မှတ်တမ်းတင်ထားသော SHA-256 သည် သိမ်းထားသော ဖိုင်၏ SHA-256 နှင့် မတူပါ</translation>
    </message>
    <message>
        <source>exhibit {n} acquisition</source>
        <translation>သက်သေခံပစ္စည်း {n} ရယူပုံ</translation>
    </message>
    <message>
        <source>exhibit {n} collected by</source>
        <translation>သက်သေခံပစ္စည်း {n} စုဆောင်းသူ</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} place</source>
        <translation>သက်သေခံပစ္စည်း {n} ထိန်းသိမ်းမှု ဖြစ်ရပ် {k} နေရာ</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} reason</source>
        <translation>သက်သေခံပစ္စည်း {n} ထိန်းသိမ်းမှု ဖြစ်ရပ် {k} အကြောင်းပြချက်</translation>
    </message>
    <message>
        <source>exhibit {n} description</source>
        <translation>သက်သေခံပစ္စည်း {n} ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>exhibit {n} embedded metadata ({key})</source>
        <translation>သက်သေခံပစ္စည်း {n} ထည့်သွင်းထားသော metadata ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} file, embedded metadata ({key})</source>
        <translation>သက်သေခံပစ္စည်း {n} ဖိုင်၊ ထည့်သွင်းထားသော metadata ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} original file name</source>
        <translation>သက်သေခံပစ္စည်း {n} မူရင်းဖိုင်အမည်</translation>
    </message>
    <message>
        <source>exhibit {n} place collected</source>
        <translation>သက်သေခံပစ္စည်း {n} စုဆောင်းသည့်နေရာ</translation>
    </message>
    <message>
        <source>exhibit {n} source</source>
        <translation>သက်သေခံပစ္စည်း {n} ရင်းမြစ်</translation>
    </message>
    <message>
        <source>exhibit {n} title</source>
        <translation>သက်သေခံပစ္စည်း {n} ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>exhibit {n} web address</source>
        <translation>သက်သေခံပစ္စည်း {n} ဝက်ဘ်လိပ်စာ</translation>
    </message>
    <message>
        <source>exhibit {n} {part}</source>
        <translation>သက်သေခံပစ္စည်း {n} {part}</translation>
    </message>
    <message>
        <source>for incident {number} ({span}) the law in force was {cited}, not {current}</source>
        <translation>ဖြစ်စဉ် {number} ({span}) အတွက် သက်ရောက်နေသော ဥပဒေမှာ {cited} ဖြစ်ပြီး {current} မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>from {start} (end unknown)</source>
        <translation>{start} မှ (အဆုံး မသိ)</translation>
    </message>
    <message>
        <source>has a field name that is not text</source>
        <translation>စာသား မဟုတ်သော အကွက်အမည် ပါသည်</translation>
    </message>
    <message>
        <source>has a field name that is too long or holds a lone surrogate</source>
        <translation>ရှည်လွန်းသော သို့မဟုတ် lone surrogate ပါသော အကွက်အမည် ပါသည်</translation>
    </message>
    <message>
        <source>holds a lone surrogate (an escape such as \ud800 that is not a character); the file was not written by Casebook or is damaged</source>
        <translation>lone surrogate (စာလုံးမဟုတ်သော \\ud800 ကဲ့သို့ escape) ပါသည်။ ဖိုင်ကို Casebook မရေးခဲ့ပါ သို့မဟုတ် ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <source>identity details (names, contacts) withheld; persons appear by pseudonym only</source>
        <translation>မည်သူမည်ဝါ အသေးစိတ် (အမည်များ၊ ဆက်သွယ်ရန်) ကို ထိန်ချန်ထားသည်။ ပုဂ္ဂိုလ်များကို အမည်လွှဲဖြင့်သာ ဖော်ပြသည်</translation>
    </message>
    <message>
        <source>identity given only in the sealed annex, encrypted to the recipient&apos;s key</source>
        <translation>မည်သူမည်ဝါကို လက်ခံသူ၏ သော့ဖြင့် ကုဒ်ဝှက်ထားသော တံဆိပ်ခတ် နောက်ဆက်တွဲတွင်သာ ပေးထားသည်</translation>
    </message>
    <message>
        <source>incident {number} ({span}) is before {resolution} was adopted on {adopted}</source>
        <translation>ဖြစ်စဉ် {number} ({span}) သည် {resolution} ကို {adopted} တွင် အတည်ပြုခြင်းမတိုင်မီ ဖြစ်သည်</translation>
    </message>
    <message>
        <source>incident {number} ({span}) may be before {resolution} was adopted on {adopted}</source>
        <translation>ဖြစ်စဉ် {number} ({span}) သည် {resolution} ကို {adopted} တွင် အတည်ပြုခြင်းမတိုင်မီ ဖြစ်နိုင်သည်</translation>
    </message>
    <message>
        <source>incident {number} ({span}) straddles the date from which {provisions} applies; establish the date of the acts</source>
        <translation>ဖြစ်စဉ် {number} ({span}) သည် {provisions} သက်ရောက်စသည့် ရက်စွဲကို ဖြတ်ကျော်နေသည်။ လုပ်ရပ်များ၏ ရက်စွဲကို အတည်ပြုပါ</translation>
    </message>
    <message>
        <source>incident {number} ({span}): {reasons}</source>
        <translation>ဖြစ်စဉ် {number} ({span})- {reasons}</translation>
    </message>
    <message>
        <source>incident {number} has no date; check it is after {adopted}</source>
        <translation>ဖြစ်စဉ် {number} တွင် ရက်စွဲ မရှိပါ။ {adopted} နောက်ပိုင်း ဖြစ်ကြောင်း စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>incident {number} has no date; the provision applies only to acts from {first}</source>
        <translation>ဖြစ်စဉ် {number} တွင် ရက်စွဲ မရှိပါ။ ပြဋ္ဌာန်းချက်သည် {first} မှစ၍ လုပ်ရပ်များအပေါ်သာ သက်ရောက်သည်</translation>
    </message>
    <message>
        <source>incident {number} has no date; {provisions} applies only to acts from {first}</source>
        <translation>ဖြစ်စဉ် {number} တွင် ရက်စွဲ မရှိပါ။ {provisions} သည် {first} မှစ၍ လုပ်ရပ်များအပေါ်သာ သက်ရောက်သည်</translation>
    </message>
    <message>
        <source>incident {n} area</source>
        <translation>ဖြစ်စဉ် {n} နယ်မြေ</translation>
    </message>
    <message>
        <source>incident {n} description</source>
        <translation>ဖြစ်စဉ် {n} ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>incident {n} place</source>
        <translation>ဖြစ်စဉ် {n} နေရာ</translation>
    </message>
    <message>
        <source>incident {n} title</source>
        <translation>ဖြစ်စဉ် {n} ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>incident {title}</source>
        <translation>ဖြစ်စဉ် {title}</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>included although {reason}, because: {because}</source>
        <translation>{reason} ဖြစ်သော်လည်း ထည့်ထားသည်၊ အကြောင်းမှာ- {because}</translation>
    </message>
    <message>
        <source>is NaN or Infinity, which Casebook does not accept; give a number</source>
        <translation>Casebook လက်မခံသော NaN သို့မဟုတ် Infinity ဖြစ်သည်။ ကိန်းဂဏန်း ပေးပါ</translation>
    </message>
    <message>
        <source>is a text of more than {max_string_chars} characters</source>
        <translation>စာလုံး {max_string_chars} ထက် ရှည်သော စာသား ဖြစ်သည်</translation>
    </message>
    <message>
        <source>is a whole number outside {low} … {high}</source>
        <translation>{low} … {high} အပြင်ဘက်ရှိ ကိန်းပြည့် ဖြစ်သည်</translation>
    </message>
    <message>
        <source>is nested more than {max_depth} levels deep</source>
        <translation>အဆင့် {max_depth} ထက် ပို၍ အထပ်ထပ် ပါနေသည်</translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation>JSON တန်ဖိုး မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it concerns {pseudonym}, and {problem}</source>
        <translation>၎င်းသည် {pseudonym} နှင့် သက်ဆိုင်ပြီး {problem}</translation>
    </message>
    <message>
        <source>it could not be decrypted</source>
        <translation>၎င်းကို ကုဒ်ဖြည်၍ မရပါ</translation>
    </message>
    <message>
        <source>it does not begin with a manifest</source>
        <translation>၎င်းသည် ဖိုင်စာရင်းဖြင့် မစပါ</translation>
    </message>
    <message>
        <source>it is not an RFC 3161 time-stamp reply that can be read</source>
        <translation>၎င်းသည် ဖတ်နိုင်သော RFC 3161 အချိန်တံဆိပ် အဖြေ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it is not this casebook</source>
        <translation>၎င်းသည် ဤမှတ်တမ်းစာအုပ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>it is withheld from this recipient: {reason}</source>
        <translation>၎င်းကို ဤလက်ခံသူထံမှ ထိန်ချန်ထားသည်- {reason}</translation>
    </message>
    <message>
        <source>it names {person}, who is not charged in this charge</source>
        <translation>၎င်းသည် ဤစွဲချက်တွင် စွဲဆိုခံရခြင်း မရှိသော {person} ကို ဖော်ပြသည်</translation>
    </message>
    <message>
        <source>it refers to {what}, which is neither in the package nor in this case here; ask the sender for a complete package (without --since-last)</source>
        <translation>၎င်းသည် ဖလှယ်ထုပ်တွင်လည်း ဤနေရာရှိ ဤအမှုတွင်လည်း မရှိသော {what} ကို ရည်ညွှန်းသည်။ ပေးပို့သူထံ ပြည့်စုံသော ဖလှယ်ထုပ် (--since-last မပါ) တောင်းပါ</translation>
    </message>
    <message>
        <source>it was made for a different casebook, so it says nothing about this one; remove its folder</source>
        <translation>၎င်းကို အခြားမှတ်တမ်းစာအုပ်အတွက် ပြုလုပ်ခဲ့သဖြင့် ဤမှတ်တမ်းစာအုပ်နှင့် မသက်ဆိုင်ပါ။ ၎င်း၏ ဖိုင်တွဲကို ဖယ်ရှားပါ</translation>
    </message>
    <message>
        <source>it was written in a format this version does not know</source>
        <translation>၎င်းကို ဤဗားရှင်း မသိသော ပုံစံဖြင့် ရေးထားသည်</translation>
    </message>
    <message>
        <source>its age recipient is malformed</source>
        <translation>၎င်း၏ age လက်ခံသူ ပုံစံမမှန်ပါ</translation>
    </message>
    <message>
        <source>its attachment is neither in the package nor in this casebook; ask the sender for a complete package (without --since-last)</source>
        <translation>၎င်း၏ ပူးတွဲဖိုင်သည် ဖလှယ်ထုပ်တွင်လည်း ဤမှတ်တမ်းစာအုပ်တွင်လည်း မရှိပါ။ ပေးပို့သူထံ ပြည့်စုံသော ဖလှယ်ထုပ် (--since-last မပါ) တောင်းပါ</translation>
    </message>
    <message>
        <source>its claim.json is not a chain-head claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>၎င်း၏ claim.json သည် Casebook ရေးသည့် ပုံစံအတိုင်း chain-head claim မဟုတ်သဖြင့် ပြင်ထားသည် သို့မဟုတ် ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <source>its claim.json is not an evidence claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>၎င်း၏ claim.json သည် Casebook ရေးသည့် ပုံစံအတိုင်း သက်သေအထောက်အထား claim မဟုတ်သဖြင့် ပြင်ထားသည် သို့မဟုတ် ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <source>its fingerprint line does not belong to its signing key</source>
        <translation>၎င်း၏ လက်ဗွေစာကြောင်းသည် ၎င်း၏ လက်မှတ်ထိုးသော့နှင့် မသက်ဆိုင်ပါ</translation>
    </message>
    <message>
        <source>its folder name does not match its claim, so one was changed</source>
        <translation>၎င်း၏ ဖိုင်တွဲအမည်သည် ၎င်း၏ claim နှင့် မကိုက်ညီသဖြင့် တစ်ခုကို ပြောင်းထားသည်</translation>
    </message>
    <message>
        <source>its manifest is not followed by its signature</source>
        <translation>၎င်း၏ ဖိုင်စာရင်းနောက်တွင် ၎င်း၏ လက်မှတ် မပါပါ</translation>
    </message>
    <message>
        <source>its manifest names no usable signing key</source>
        <translation>၎င်း၏ ဖိုင်စာရင်းတွင် သုံးနိုင်သော လက်မှတ်ထိုးသော့ မဖော်ပြထားပါ</translation>
    </message>
    <message>
        <source>its name or signing key is malformed</source>
        <translation>၎င်း၏ အမည် သို့မဟုတ် လက်မှတ်ထိုးသော့ ပုံစံမမှန်ပါ</translation>
    </message>
    <message>
        <source>its role is not one Casebook knows</source>
        <translation>၎င်း၏ အခန်းကဏ္ဍကို Casebook မသိပါ</translation>
    </message>
    <message>
        <source>its signature does not match its content, so it was altered</source>
        <translation>၎င်း၏ လက်မှတ်သည် အကြောင်းအရာနှင့် မကိုက်ညီသဖြင့် ပြောင်းလဲထားသည်</translation>
    </message>
    <message>
        <source>its signature does not verify against the trusted TSA certificates ({reason})</source>
        <translation>၎င်း၏ လက်မှတ်ကို ယုံကြည်ရသော TSA certificate များနှင့် စစ်ဆေး၍ မအောင်ပါ ({reason})</translation>
    </message>
    <message>
        <source>its statement is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>၎င်း၏ ထွက်ဆိုချက်သည် ဤစွဲချက် အခြေခံသော ဖြစ်စဉ်များ ({incidents}) နှင့် မချိတ်ထားပါ</translation>
    </message>
    <message>
        <source>its statement is not linked to incident {incident}, on which this charge rests</source>
        <translation>၎င်း၏ ထွက်ဆိုချက်သည် ဤစွဲချက် အခြေခံသော ဖြစ်စဉ် {incident} နှင့် မချိတ်ထားပါ</translation>
    </message>
    <message>
        <source>its user or casebook id is malformed</source>
        <translation>၎င်း၏ user သို့မဟုတ် casebook id ပုံစံမမှန်ပါ</translation>
    </message>
    <message>
        <source>its {name} is far larger than it can be, so it was replaced</source>
        <translation>၎င်း၏ {name} သည် ဖြစ်နိုင်သည်ထက် အလွန်ကြီးသဖြင့် အစားထိုးခဲ့သည်</translation>
    </message>
    <message>
        <source>its {name} is missing or cannot be read</source>
        <translation>၎င်း၏ {name} မရှိပါ သို့မဟုတ် ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>key-slot file: {problem}</source>
        <translation>သော့နေရာဖိုင်- {problem}</translation>
    </message>
    <message>
        <source>left out: {why}</source>
        <translation>ချန်လှပ်ထားသည်- {why}</translation>
    </message>
    <message>
        <source>marked for redaction; printed as {redacted}</source>
        <translation>ဖျောက်ရန် မှတ်သားထားသည်။ {redacted} ဟု ပုံနှိပ်မည်</translation>
    </message>
    <message>
        <source>material both supports and contradicts the element</source>
        <translation>အထောက်အထားသည် အင်္ဂါရပ်ကို ထောက်ခံလည်း ဆန့်ကျင်လည်း ဖြစ်သည်</translation>
    </message>
    <message>
        <source>may name {who} by one part of the name, left as written; check it</source>
        <translation>{who} ကို အမည်၏ တစ်စိတ်တစ်ပိုင်းဖြင့် ဖော်ပြနိုင်ပြီး ရေးထားသည့်အတိုင်း ထားသည်။ စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>more than one evidence item of the case starts with this; give more of the id</source>
        <translation>အမှု၏ သက်သေအထောက်အထား တစ်ခုထက်ပို၍ ဤသို့ စသည်။ id ကို ပိုပေးပါ</translation>
    </message>
    <message>
        <source>more than one incident of the case starts with this; give more of the id</source>
        <translation>အမှု၏ ဖြစ်စဉ် တစ်ခုထက်ပို၍ ဤသို့ စသည်။ id ကို ပိုပေးပါ</translation>
    </message>
    <message>
        <source>more than one passage starts with this; give more of the id</source>
        <translation>စာသားအပိုင်း တစ်ခုထက်ပို၍ ဤသို့ စသည်။ id ကို ပိုပေးပါ</translation>
    </message>
    <message>
        <source>more than one person of the case starts with this; give more of the id</source>
        <translation>အမှု၏ ပုဂ္ဂိုလ် တစ်ဦးထက်ပို၍ ဤသို့ စသည်။ id ကို ပိုပေးပါ</translation>
    </message>
    <message>
        <source>more than one statement of the case starts with this; give more of the id</source>
        <translation>အမှု၏ ထွက်ဆိုချက် တစ်ခုထက်ပို၍ ဤသို့ စသည်။ id ကို ပိုပေးပါ</translation>
    </message>
    <message>
        <source>needs a kind, such as summary</source>
        <translation>summary ကဲ့သို့ အမျိုးအစား လိုအပ်သည်</translation>
    </message>
    <message>
        <source>no bounded date</source>
        <translation>ကန့်သတ်ထားသော ရက်စွဲ မရှိ</translation>
    </message>
    <message>
        <source>no consent is recorded for this statement</source>
        <translation>ဤထွက်ဆိုချက်အတွက် သဘောတူညီချက် မှတ်တမ်းမတင်ရသေးပါ</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>ကိုဩဒိနိတ် မရှိ</translation>
    </message>
    <message>
        <source>no evidence item of this case has this id; pick it again</source>
        <translation>ဤ id ပါသော ဤအမှု၏ သက်သေအထောက်အထား မရှိပါ။ ထပ်ရွေးပါ</translation>
    </message>
    <message>
        <source>no incident of this case has this id; pick it again</source>
        <translation>ဤ id ပါသော ဤအမှု၏ ဖြစ်စဉ် မရှိပါ။ ထပ်ရွေးပါ</translation>
    </message>
    <message>
        <source>no material counts for the element (see &quot;not counted&quot; for tagged material the charge leaves out)</source>
        <translation>အင်္ဂါရပ်အတွက် ရေတွက်သော အထောက်အထား မရှိပါ (စွဲချက်က ချန်ထားသော တဂ်တပ်ထားသည့် အထောက်အထားအတွက် &quot;မရေတွက်&quot; ကို ကြည့်ပါ)</translation>
    </message>
    <message>
        <source>no name is recorded, so mentions of this person cannot be found automatically</source>
        <translation>အမည် မှတ်တမ်းမတင်ထားသဖြင့် ဤပုဂ္ဂိုလ်ကို ဖော်ပြထားသည်များကို အလိုအလျောက် ရှာ၍ မရပါ</translation>
    </message>
    <message>
        <source>no name recorded, so mentions of these persons cannot be found and replaced automatically; check the texts yourself</source>
        <translation>အမည် မှတ်တမ်းမတင်ထားသဖြင့် ဤပုဂ္ဂိုလ်များကို ဖော်ပြထားသည်များကို အလိုအလျောက် ရှာ၍ အစားထိုး၍ မရပါ။ စာသားများကို ကိုယ်တိုင် စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>no passage of this bundle has this id</source>
        <translation>ဤ id ပါသော ဤအစုံ၏ စာသားအပိုင်း မရှိပါ</translation>
    </message>
    <message>
        <source>no passage of this case has this id; pick it again</source>
        <translation>ဤ id ပါသော ဤအမှု၏ စာသားအပိုင်း မရှိပါ။ ထပ်ရွေးပါ</translation>
    </message>
    <message>
        <source>no person of this case has this id or pseudonym; pick them again</source>
        <translation>ဤ id သို့မဟုတ် အမည်လွှဲ ပါသော ဤအမှု၏ ပုဂ္ဂိုလ် မရှိပါ။ ထပ်ရွေးပါ</translation>
    </message>
    <message>
        <source>no statement of this case has this id; pick it again</source>
        <translation>ဤ id ပါသော ဤအမှု၏ ထွက်ဆိုချက် မရှိပါ။ ထပ်ရွေးပါ</translation>
    </message>
    <message>
        <source>no victim recorded</source>
        <translation>ထိခိုက်နစ်နာသူ မှတ်တမ်းမတင်ရ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <source>none in the shipped taxonomy</source>
        <translation>ပါလာသော အမျိုးအစားခွဲခြားမှုတွင် မရှိ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>မှတ်တမ်းမတင်ရ</translation>
    </message>
    <message>
        <source>note on element {element}</source>
        <translation>အင်္ဂါရပ် {element} ဆိုင်ရာ မှတ်ချက်</translation>
    </message>
    <message>
        <source>one of its passages belongs to another statement here</source>
        <translation>၎င်း၏ စာသားအပိုင်းတစ်ခုသည် ဤနေရာရှိ အခြားထွက်ဆိုချက်နှင့် သက်ဆိုင်သည်</translation>
    </message>
    <message>
        <source>one of its perpetrator entries belongs to another charge here</source>
        <translation>၎င်း၏ ကျူးလွန်သူ အချက်တစ်ခုသည် ဤနေရာရှိ အခြားစွဲချက်နှင့် သက်ဆိုင်သည်</translation>
    </message>
    <message>
        <source>only contradicting material</source>
        <translation>ဆန့်ကျင်သော အထောက်အထားသာ</translation>
    </message>
    <message>
        <source>package {package_id}: the audit entry its signature vouched for is missing or was changed</source>
        <translation>ဖလှယ်ထုပ် {package_id}- ၎င်း၏ လက်မှတ်က အာမခံခဲ့သော စာရင်းစစ်မှတ်တမ်း အချက် မရှိပါ သို့မဟုတ် ပြောင်းလဲထားသည်</translation>
    </message>
    <message>
        <source>recipients.json has a wrong or repeated code {code}; states have two capital letters, bodies longer ids in capitals. Restore the file.</source>
        <translation>recipients.json တွင် မှားသော သို့မဟုတ် ထပ်နေသော ကုဒ် {code} ပါသည်။ နိုင်ငံများတွင် စာလုံးကြီး နှစ်လုံး၊ အဖွဲ့အစည်းများတွင် စာလုံးကြီးဖြင့် ပိုရှည်သော id ရှိသည်။ ဖိုင်ကို ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>recipients.json is not in the format {format}; restore it from the installation.</source>
        <translation>recipients.json သည် {format} ပုံစံ မဟုတ်ပါ။ ထည့်သွင်းမှုမှ ပြန်ယူပါ။</translation>
    </message>
    <message>
        <source>record {record} differs from what audit entry {sequence} recorded: it was changed outside Casebook</source>
        <translation>မှတ်တမ်း {record} သည် စာရင်းစစ်မှတ်တမ်း အချက် {sequence} တွင် မှတ်တမ်းတင်ခဲ့သည်နှင့် ကွာခြားသည်- Casebook ပြင်ပတွင် ပြောင်းလဲခဲ့သည်</translation>
    </message>
    <message>
        <source>record {record} is in the database but in no audit entry: it was added outside Casebook</source>
        <translation>မှတ်တမ်း {record} သည် ဒေတာဘေ့စ်တွင် ရှိသော်လည်း မည်သည့် စာရင်းစစ်မှတ်တမ်း အချက်တွင်မျှ မရှိပါ- Casebook ပြင်ပတွင် ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <source>record {record} is missing: audit entry {sequence} recorded it and no entry deleted it, so it was deleted outside Casebook</source>
        <translation>မှတ်တမ်း {record} မရှိပါ- စာရင်းစစ်မှတ်တမ်း အချက် {sequence} က ၎င်းကို မှတ်တမ်းတင်ခဲ့ပြီး မည်သည့်အချက်ကမျှ မဖျက်ခဲ့သဖြင့် Casebook ပြင်ပတွင် ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <source>record {record} is not bound to the audit log (open it once to bind it)</source>
        <translation>မှတ်တမ်း {record} ကို စာရင်းစစ်မှတ်တမ်းနှင့် မချိတ်ရသေးပါ (ချိတ်ရန် တစ်ကြိမ် ဖွင့်ပါ)</translation>
    </message>
    <message>
        <source>record {record} was deleted in audit entry {sequence} but is in the database again: it was put back outside Casebook</source>
        <translation>မှတ်တမ်း {record} ကို စာရင်းစစ်မှတ်တမ်း အချက် {sequence} တွင် ဖျက်ခဲ့သော်လည်း ဒေတာဘေ့စ်တွင် ပြန်ရှိနေသည်- Casebook ပြင်ပတွင် ပြန်ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>ဘာသာ</translation>
    </message>
    <message>
        <source>sex / gender</source>
        <translation>လိင် / ကျား၊မ</translation>
    </message>
    <message>
        <source>statement of unattributed statement</source>
        <translation>အမည်မဖော်ထားသော ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>statement of unattributed statement, taken {date}</source>
        <translation>အမည်မဖော်ထားသော ထွက်ဆိုချက်၊ {date} တွင် ယူခဲ့သည်</translation>
    </message>
    <message>
        <source>statement of {pseudonym}</source>
        <translation>{pseudonym} ၏ ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>statement of {pseudonym}, taken {date}</source>
        <translation>{pseudonym} ၏ ထွက်ဆိုချက်၊ {date} တွင် ယူခဲ့သည်</translation>
    </message>
    <message>
        <source>supporting material only, all of it weakly graded (reliability D, E or F, or credibility 4, 5 or 6) or not graded</source>
        <translation>ထောက်ခံသော အထောက်အထားသာ၊ အားလုံး အဆင့်နိမ့် (ယုံကြည်စိတ်ချရမှု D, E သို့မဟုတ် F၊ သို့မဟုတ် ယုံကြည်နိုင်မှု 4, 5 သို့မဟုတ် 6) သို့မဟုတ် အဆင့်မသတ်မှတ်ရ</translation>
    </message>
    <message>
        <source>supporting material, at least one item graded A-C and 1-3; nothing against</source>
        <translation>ထောက်ခံသော အထောက်အထား၊ အနည်းဆုံး တစ်ခုကို A-C နှင့် 1-3 အဆင့် သတ်မှတ်ထားသည်။ ဆန့်ကျင်ချက် မရှိ</translation>
    </message>
    <message>
        <source>the Elements of Crimes wording of {crime} has not been checked against the official text, so it cannot be cited in a filing</source>
        <translation>{crime} ၏ Elements of Crimes စကားရပ်ကို တရားဝင်စာသားနှင့် မစစ်ဆေးရသေးသဖြင့် တင်သွင်းရန်မူတွင် ကိုးကား၍ မရပါ</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status})</source>
        <translation>TSA က တောင်းဆိုချက်ကို ခွင့်မပြုပါ (status {status})</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status}) {said}</source>
        <translation>TSA က တောင်းဆိုချက်ကို ခွင့်မပြုပါ (status {status}) {said}</translation>
    </message>
    <message>
        <source>the TSA saw entry {sequence} of the audit chain (stamped {describe}), but the chain now ends at entry {last}: this is an older copy of the casebook, or entries were deleted after it was stamped</source>
        <translation>TSA သည် စာရင်းစစ်မှတ်တမ်း ကွင်းဆက်၏ အချက် {sequence} ကို မြင်ခဲ့သည် ({describe} တံဆိပ်ခတ်ခဲ့) သော်လည်း ကွင်းဆက်သည် ယခု အချက် {last} တွင် ဆုံးသည်- ဤသည်မှာ မှတ်တမ်းစာအုပ်၏ မိတ္တူဟောင်း ဖြစ်သည် သို့မဟုတ် တံဆိပ်ခတ်ပြီးနောက် အချက်များကို ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <source>the TSA saw evidence {evidence_id} (stamped {describe}), but no such item is in this casebook</source>
        <translation>TSA သည် သက်သေအထောက်အထား {evidence_id} ကို မြင်ခဲ့သည် ({describe} တံဆိပ်ခတ်ခဲ့) သော်လည်း ထိုအချက် ဤမှတ်တမ်းစာအုပ်တွင် မရှိပါ</translation>
    </message>
    <message>
        <source>the archive ends in the middle of an entry</source>
        <translation>archive သည် အချက်တစ်ခု၏ အလယ်တွင် ဆုံးနေသည်</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>အစ</translation>
    </message>
    <message>
        <source>the certificate that signed the token is missing</source>
        <translation>token ကို လက်မှတ်ထိုးခဲ့သော certificate မရှိပါ</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: none)</source>
        <translation>သဘောတူညီချက်တွင် {recipient} နှင့် မျှဝေခြင်း မပါဝင်ပါ (ဖော်ပြထားသော စီရင်ပိုင်ခွင့်- မရှိ)</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: {named})</source>
        <translation>သဘောတူညီချက်တွင် {recipient} နှင့် မျှဝေခြင်း မပါဝင်ပါ (ဖော်ပြထားသော စီရင်ပိုင်ခွင့်- {named})</translation>
    </message>
    <message>
        <source>the consent given does not cover publication</source>
        <translation>ပေးထားသော သဘောတူညီချက်တွင် ထုတ်ဝေခြင်း မပါဝင်ပါ</translation>
    </message>
    <message>
        <source>the consent given does not cover use in legal proceedings</source>
        <translation>ပေးထားသော သဘောတူညီချက်တွင် တရားစွဲဆိုမှုတွင် အသုံးပြုခြင်း မပါဝင်ပါ</translation>
    </message>
    <message>
        <source>the current words of {citation} were not checked against the official text (see its notes in the national law data); check the citation before filing</source>
        <translation>{citation} ၏ လက်ရှိ စကားရပ်ကို တရားဝင်စာသားနှင့် မစစ်ဆေးရသေးပါ (ပြည်တွင်းဥပဒေ ဒေတာရှိ ၎င်း၏ မှတ်ချက်များကို ကြည့်ပါ)။ မတင်သွင်းမီ ကိုးကားချက်ကို စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>အဆုံး</translation>
    </message>
    <message>
        <source>the evidence item is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>သက်သေအထောက်အထားကို ဤအစုံမှ ချန်လှပ်ထားသည် ({why})။ ကိုးကားချက်ကို {withheld} ဟု ပုံနှိပ်မည်</translation>
    </message>
    <message>
        <source>the evidence item is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>သက်သေအထောက်အထားသည် ဤအစုံတွင် မပါပါ (ပါဝင်သော ဖြစ်စဉ် သို့မဟုတ် တဂ် တစ်ခုမျှ ၎င်းကို မရည်ညွှန်းပါ။ ၎င်းကို စွဲချက်များ၏ ဖြစ်စဉ်တစ်ခုနှင့် ချိတ်ပါ သို့မဟုတ် ကိုးကားချက်ကို ဖယ်ပါ)။ ကိုးကားချက်ကို {withheld} ဟု ပုံနှိပ်မည်</translation>
    </message>
    <message>
        <source>the exhibit is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>သက်သေခံပစ္စည်းသည် ဤစွဲချက် အခြေခံသော ဖြစ်စဉ်များ ({incidents}) နှင့် မချိတ်ထားပါ</translation>
    </message>
    <message>
        <source>the exhibit is not linked to incident {incident}, on which this charge rests</source>
        <translation>သက်သေခံပစ္စည်းသည် ဤစွဲချက် အခြေခံသော ဖြစ်စဉ် {incident} နှင့် မချိတ်ထားပါ</translation>
    </message>
    <message>
        <source>the incident is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>ဖြစ်စဉ်ကို ဤအစုံမှ ချန်လှပ်ထားသည် ({why})။ ကိုးကားချက်ကို {withheld} ဟု ပုံနှိပ်မည်</translation>
    </message>
    <message>
        <source>the incident is not in this bundle (the charges exported do not rest on it; export the charge that does, or remove the citation); it prints as {withheld}</source>
        <translation>ဖြစ်စဉ်သည် ဤအစုံတွင် မပါပါ (ထုတ်ယူသော စွဲချက်များသည် ၎င်းအပေါ် အခြေမခံပါ။ ၎င်းအပေါ် အခြေခံသော စွဲချက်ကို ထုတ်ယူပါ သို့မဟုတ် ကိုးကားချက်ကို ဖယ်ပါ)။ ကိုးကားချက်ကို {withheld} ဟု ပုံနှိပ်မည်</translation>
    </message>
    <message>
        <source>the incident is not one of those this charge rests on</source>
        <translation>ဖြစ်စဉ်သည် ဤစွဲချက် အခြေခံသော ဖြစ်စဉ်များထဲတွင် မပါပါ</translation>
    </message>
    <message>
        <source>the line &apos;{line}&apos; is missing</source>
        <translation>စာကြောင်း &apos;{line}&apos; မရှိပါ</translation>
    </message>
    <message>
        <source>the page check itself failed: {reason}</source>
        <translation>စာမျက်နှာ စစ်ဆေးမှု ကိုယ်တိုင် မအောင်မြင်ပါ- {reason}</translation>
    </message>
    <message>
        <source>the passage is of an older version of the statement, whose current version has no paragraph of that number; cite the current version</source>
        <translation>စာသားအပိုင်းသည် ထွက်ဆိုချက်၏ မူဟောင်းမှ ဖြစ်ပြီး ၎င်း၏ လက်ရှိမူတွင် ထိုနံပါတ်ရှိ စာပိုဒ် မရှိပါ။ လက်ရှိမူကို ကိုးကားပါ</translation>
    </message>
    <message>
        <source>the passage was cited in an older version of the statement and paragraph {position} reads differently now; check that it still says what the argument relies on, then cite it again</source>
        <translation>စာသားအပိုင်းကို ထွက်ဆိုချက်၏ မူဟောင်းတွင် ကိုးကားခဲ့ပြီး စာပိုဒ် {position} သည် ယခု ကွဲပြားစွာ ဖတ်ရသည်။ ဆင်ခြေက အားထားသည့်အရာကို ၎င်း ဆိုဆဲ ဖြစ်ကြောင်း စစ်ဆေးပြီး ထပ်ကိုးကားပါ</translation>
    </message>
    <message>
        <source>the person&apos;s consent does not cover this bundle ({why}); it prints as {withheld}</source>
        <translation>ပုဂ္ဂိုလ်၏ သဘောတူညီချက်သည် ဤအစုံကို မလွှမ်းခြုံပါ ({why})။ ကိုးကားချက်ကို {withheld} ဟု ပုံနှိပ်မည်</translation>
    </message>
    <message>
        <source>the record is sealed here, so it cannot take a change</source>
        <translation>မှတ်တမ်းကို ဤနေရာတွင် တံဆိပ်ခတ်ထားသဖြင့် ပြောင်းလဲမှုကို လက်မခံနိုင်ပါ</translation>
    </message>
    <message>
        <source>the reply answers a different request (its nonce differs)</source>
        <translation>အဖြေသည် အခြားတောင်းဆိုချက်ကို ဖြေသည် (၎င်း၏ nonce မတူပါ)</translation>
    </message>
    <message>
        <source>the reply is too large to be a time-stamp reply</source>
        <translation>အဖြေသည် အချိန်တံဆိပ် အဖြေ ဖြစ်ရန် ကြီးလွန်းသည်</translation>
    </message>
    <message>
        <source>the request stays queued. Send it again when this computer is online</source>
        <translation>တောင်းဆိုချက်သည် တန်းစီထဲတွင် ကျန်နေသည်။ ဤကွန်ပျူတာ အွန်လိုင်းဖြစ်သောအခါ ထပ်ပို့ပါ</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version (1 paragraph); correct the number</source>
        <translation>ထွက်ဆိုချက်၏ လက်ရှိမူတွင် စာပိုဒ် {position} မရှိပါ (စာပိုဒ် 1 ပိုဒ်သာ)။ နံပါတ်ကို ပြင်ပါ</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version ({count} paragraphs); correct the number</source>
        <translation>ထွက်ဆိုချက်၏ လက်ရှိမူတွင် စာပိုဒ် {position} မရှိပါ (စာပိုဒ် {count} ပိုဒ်)။ နံပါတ်ကို ပြင်ပါ</translation>
    </message>
    <message>
        <source>the statement is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>ထွက်ဆိုချက်ကို ဤအစုံမှ ချန်လှပ်ထားသည် ({why})။ ကိုးကားချက်ကို {withheld} ဟု ပုံနှိပ်မည်</translation>
    </message>
    <message>
        <source>the statement is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>ထွက်ဆိုချက်သည် ဤအစုံတွင် မပါပါ (ပါဝင်သော ဖြစ်စဉ် သို့မဟုတ် တဂ် တစ်ခုမျှ ၎င်းကို မရည်ညွှန်းပါ။ ၎င်းကို စွဲချက်များ၏ ဖြစ်စဉ်တစ်ခုနှင့် ချိတ်ပါ သို့မဟုတ် ကိုးကားချက်ကို ဖယ်ပါ)။ ကိုးကားချက်ကို {withheld} ဟု ပုံနှိပ်မည်</translation>
    </message>
    <message>
        <source>the stored file {name}</source>
        <translation>သိမ်းထားသော ဖိုင် {name}</translation>
    </message>
    <message>
        <source>the text is far longer than an identity</source>
        <translation>စာသားသည် မည်သူမည်ဝါ တစ်ခုထက် အလွန်ရှည်သည်</translation>
    </message>
    <message>
        <source>the token was issued for different data than {claimed}</source>
        <translation>token ကို {claimed} မဟုတ်သော ဒေတာအတွက် ထုတ်ပေးခဲ့သည်</translation>
    </message>
    <message>
        <source>the witness withdrew consent on {date}</source>
        <translation>သက်သေသည် {date} တွင် သဘောတူညီချက်ကို ရုပ်သိမ်းခဲ့သည်</translation>
    </message>
    <message>
        <source>there is data after the end of the archive</source>
        <translation>archive ၏ အဆုံးနောက်တွင် ဒေတာ ရှိနေသည်</translation>
    </message>
    <message>
        <source>time-stamp {name}: {problem}</source>
        <translation>အချိန်တံဆိပ် {name}- {problem}</translation>
    </message>
    <message>
        <source>uses.json is not in the format {uses_format}; restore it from the installation.</source>
        <translation>uses.json သည် {uses_format} ပုံစံ မဟုတ်ပါ။ ထည့်သွင်းမှုမှ ပြန်ယူပါ။</translation>
    </message>
    <message>
        <source>victims recorded (persons)</source>
        <translation>မှတ်တမ်းတင်ထားသော ထိခိုက်နစ်နာသူများ (ပုဂ္ဂိုလ်)</translation>
    </message>
    <message>
        <source>{at}/actor_id: the signer is not listed under signers</source>
        <translation>{at}/actor_id: လက်မှတ်ထိုးသူကို signers အောက်တွင် မဖော်ပြထားပါ</translation>
    </message>
    <message>
        <source>{at}/at: {time_problem}</source>
        <translation>{at}/at: {time_problem}</translation>
    </message>
    <message>
        <source>{at}/casebook_id: this casebook&apos;s chain is listed twice</source>
        <translation>{at}/casebook_id: ဤမှတ်တမ်းစာအုပ်၏ ကွင်းဆက်ကို နှစ်ကြိမ် ဖော်ပြထားသည်</translation>
    </message>
    <message>
        <source>{at}/char_end: the range does not fit the passage ({length} characters)</source>
        <translation>{at}/char_end: အပိုင်းအခြားသည် စာသားအပိုင်း (စာလုံး {length} လုံး) နှင့် မကိုက်ညီပါ</translation>
    </message>
    <message>
        <source>{at}/charge_id: refers to a charge that is not in this case</source>
        <translation>{at}/charge_id: ဤအမှုတွင် မရှိသော စွဲချက်ကို ရည်ညွှန်းသည်</translation>
    </message>
    <message>
        <source>{at}/created_at: give a date and time with its UTC offset</source>
        <translation>{at}/created_at: ရက်စွဲနှင့် အချိန်ကို UTC offset နှင့်အတူ ပေးပါ</translation>
    </message>
    <message>
        <source>{at}/crime_id: {error}</source>
        <translation>{at}/crime_id: {error}</translation>
    </message>
    <message>
        <source>{at}/element_id: is not a contextual element of taxonomy {version}</source>
        <translation>{at}/element_id: အမျိုးအစားခွဲခြားမှု {version} ၏ နောက်ခံအခြေအနေ အင်္ဂါရပ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{at}/element_id: there is no such element in taxonomy {version}</source>
        <translation>{at}/element_id: အမျိုးအစားခွဲခြားမှု {version} တွင် ထိုအင်္ဂါရပ် မရှိပါ</translation>
    </message>
    <message>
        <source>{at}/element_id: {note}</source>
        <translation>{at}/element_id: {note}</translation>
    </message>
    <message>
        <source>{at}/element_kind: {element_id} is a {kind} element</source>
        <translation>{at}/element_kind: {element_id} သည် {kind} အင်္ဂါရပ် ဖြစ်သည်</translation>
    </message>
    <message>
        <source>{at}/filter/case_ids: a pattern may count only its own case</source>
        <translation>{at}/filter/case_ids: ပုံစံတူမှုသည် ၎င်း၏ ကိုယ်ပိုင်အမှုကိုသာ ရေတွက်နိုင်သည်</translation>
    </message>
    <message>
        <source>{at}/filter: is not a pattern filter Casebook reads</source>
        <translation>{at}/filter: Casebook ဖတ်နိုင်သော ပုံစံတူမှု စစ်ထုတ်ချက် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{at}/id: this id is already in use</source>
        <translation>{at}/id: ဤ id ကို သုံးပြီးဖြစ်သည်</translation>
    </message>
    <message>
        <source>{at}/incident_ids/{j}: refers to an incident not in this case</source>
        <translation>{at}/incident_ids/{j}: ဤအမှုတွင် မရှိသော ဖြစ်စဉ်ကို ရည်ညွှန်းသည်</translation>
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
        <translation>{at}/perpetrators/{j}: တူညီသော ပုဂ္ဂိုလ်နှင့် ပုံစံ နှစ်ကြိမ် ပါနေသည်</translation>
    </message>
    <message>
        <source>{at}/sequence: is {sequence}, expected {expected}</source>
        <translation>{at}/sequence: {sequence} ဖြစ်နေသည်၊ {expected} ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature: ဖြစ်ရပ်နှင့် မကိုက်ညီပါ- လက်မှတ်ထိုးပြီးနောက် ဖြစ်ရပ် သို့မဟုတ် လက်မှတ်ထိုးသူ၏ သော့ကို ပြောင်းလဲခဲ့သည်</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event, the item&apos;s SHA-256 or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature: ဖြစ်ရပ်နှင့် မကိုက်ညီပါ- လက်မှတ်ထိုးပြီးနောက် ဖြစ်ရပ်၊ အချက်၏ SHA-256 သို့မဟုတ် လက်မှတ်ထိုးသူ၏ သော့ကို ပြောင်းလဲခဲ့သည်</translation>
    </message>
    <message>
        <source>{at}/supersedes_id: {elsewhere}</source>
        <translation>{at}/supersedes_id: {elsewhere}</translation>
    </message>
    <message>
        <source>{at}/target_id: refers to a record that is not in this case</source>
        <translation>{at}/target_id: ဤအမှုတွင် မရှိသော မှတ်တမ်းကို ရည်ညွှန်းသည်</translation>
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
        <translation>{at}/{key}: ဤအမှုတွင် မရှိသော {kind} ကို ရည်ညွှန်းသည်</translation>
    </message>
    <message>
        <source>{at}: the same tag appears twice</source>
        <translation>{at}: တူညီသော တဂ် နှစ်ကြိမ် ပါနေသည်</translation>
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
        <translation>{citation} သည် {date} အထိ လုပ်ရပ်များအပေါ်သာ သက်ရောက်ခဲ့သည်</translation>
    </message>
    <message>
        <source>{citation} applies only to acts from {date}</source>
        <translation>{citation} သည် {date} မှစ၍ လုပ်ရပ်များအပေါ်သာ သက်ရောက်သည်</translation>
    </message>
    <message>
        <source>{citation} was amended with effect from {date}; for incident {number} ({span}) the earlier words apply ({change})</source>
        <translation>{citation} ကို {date} မှစ၍ အကျိုးသက်ရောက်စေရန် ပြင်ဆင်ခဲ့သည်။ ဖြစ်စဉ် {number} ({span}) အတွက် ယခင်စကားရပ်များ သက်ရောက်သည် ({change})</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; does not map onto crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>{code} ပြဋ္ဌာန်းချက် &apos;{provision_id}&apos; သည် ရာဇဝတ်မှု {crime} နှင့် မကိုက်ညီပါ။ ကိုက်ညီသော {code} ပြဋ္ဌာန်းချက်များ- {provisions}။</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; is not a provision id of that law and cannot cite crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>{code} ပြဋ္ဌာန်းချက် &apos;{provision_id}&apos; သည် ထိုဥပဒေ၏ ပြဋ္ဌာန်းချက် id မဟုတ်သဖြင့် ရာဇဝတ်မှု {crime} ကို ကိုးကား၍ မရပါ။ ကိုက်ညီသော {code} ပြဋ္ဌာန်းချက်များ- {provisions}။</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year} ခုနှစ် {month}လ {day} ရက်</translation>
    </message>
    <message>
        <source>{destination} is a file; give a folder to keep backups in.</source>
        <translation>{destination} သည် ဖိုင် ဖြစ်သည်။ အရန်မိတ္တူများ ထားရန် ဖိုင်တွဲကို ပေးပါ။</translation>
    </message>
    <message>
        <source>{display_name} already has a key slot in this casebook.</source>
        <translation>{display_name} တွင် ဤမှတ်တမ်းစာအုပ်၌ သော့နေရာ ရှိပြီးဖြစ်သည်။</translation>
    </message>
    <message>
        <source>{display_name} is registered as a {role}, not a supervisor; only supervisors get a key slot.</source>
        <translation>{display_name} ကို ကြီးကြပ်သူ မဟုတ်ဘဲ {role} အဖြစ် မှတ်ပုံတင်ထားသည်။ ကြီးကြပ်သူများသာ သော့နေရာ ရသည်။</translation>
    </message>
    <message>
        <source>{existing} already exists. Move it away or choose another folder.</source>
        <translation>{existing} ရှိပြီးဖြစ်သည်။ ၎င်းကို ရွှေ့ပါ သို့မဟုတ် အခြားဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>{file}, entry {entry}</source>
        <translation>{file}၊ အချက် {entry}</translation>
    </message>
    <message>
        <source>{final} already exists and is not a backup of this casebook, so it was left alone. Choose a new folder, or use --keep N with a folder that holds backups.</source>
        <translation>{final} ရှိပြီးဖြစ်ပြီး ဤမှတ်တမ်းစာအုပ်၏ အရန်မိတ္တူ မဟုတ်သဖြင့် မထိဘဲ ထားခဲ့သည်။ ဖိုင်တွဲအသစ်ကို ရွေးပါ သို့မဟုတ် အရန်မိတ္တူများပါသော ဖိုင်တွဲနှင့် --keep N ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} သို့မဟုတ် {second}</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty. Choose a new folder name for the casebook.</source>
        <translation>{folder} ရှိပြီးဖြစ်ပြီး အလွတ် မဟုတ်ပါ။ မှတ်တမ်းစာအုပ်အတွက် ဖိုင်တွဲအမည်အသစ်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>{folder} already exists. The files are written into a new folder: give a name that does not exist yet, or move that one away.</source>
        <translation>{folder} ရှိပြီးဖြစ်သည်။ ဖိုင်များကို ဖိုင်တွဲအသစ်ထဲ ရေးမည်- မရှိသေးသော အမည်ကို ပေးပါ သို့မဟုတ် ထိုဖိုင်တွဲကို ရွှေ့ပါ။</translation>
    </message>
    <message>
        <source>{folder} is not a casebook folder (it has no {db_name}). Choose the folder that Casebook created.</source>
        <translation>{folder} သည် မှတ်တမ်းစာအုပ် ဖိုင်တွဲ မဟုတ်ပါ ({db_name} မပါ)။ Casebook ဖန်တီးခဲ့သော ဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>{folder}: is a file or a link, not the folder Casebook keeps time-stamps in. Find out how it got there, then move it out of the casebook folder.</source>
        <translation>{folder}: Casebook က အချိန်တံဆိပ်များ ထားသော ဖိုင်တွဲ မဟုတ်ဘဲ ဖိုင် သို့မဟုတ် link ဖြစ်သည်။ ထိုနေရာသို့ မည်သို့ရောက်လာသည်ကို ရှာဖွေပြီး မှတ်တမ်းစာအုပ် ဖိုင်တွဲအပြင်သို့ ရွှေ့ပါ။</translation>
    </message>
    <message>
        <source>{here}: differs from {whose} history this casebook already holds of that casebook: entries were changed or removed in between</source>
        <translation>{here}: ဤမှတ်တမ်းစာအုပ်တွင် ထိုမှတ်တမ်းစာအုပ်၏ ရှိပြီးသော {whose} သမိုင်းနှင့် ကွာခြားသည်- ကြားတွင် အချက်များကို ပြောင်းလဲ သို့မဟုတ် ဖယ်ရှားခဲ့သည်</translation>
    </message>
    <message>
        <source>{here}: does not follow on from the entry before it</source>
        <translation>{here}: ၎င်းရှေ့ရှိ အချက်မှ ဆက်မလာပါ</translation>
    </message>
    <message>
        <source>{here}: does not match its own hash: the history was altered after it was written</source>
        <translation>{here}: ၎င်း၏ ကိုယ်ပိုင်ဟက်ရှ်နှင့် မကိုက်ညီပါ- ရေးပြီးနောက် သမိုင်းကို ပြောင်းလဲခဲ့သည်</translation>
    </message>
    <message>
        <source>{key_file} names a different key than the manifest; do not trust either until the sender confirms the fingerprint.</source>
        <translation>{key_file} သည် ဖိုင်စာရင်းနှင့် မတူသော သော့ကို ဖော်ပြသည်။ ပေးပို့သူက လက်ဗွေကို အတည်မပြုမချင်း နှစ်ခုစလုံးကို မယုံကြည်ပါနှင့်။</translation>
    </message>
    <message>
        <source>{key} ({title}) applies only to {categories}, and {crime} is {category}.</source>
        <translation>{key} ({title}) သည် {categories} အပေါ်သာ သက်ရောက်ပြီး {crime} သည် {category} ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>{key} ({title}) is not a mode of liability one is charged under.</source>
        <translation>{key} ({title}) သည် စွဲဆိုခံရနိုင်သော တာဝန်ရှိမှုပုံစံ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} သည် စာသား ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}: {reason}</translation>
    </message>
    <message>
        <source>{label} is too large to open here ({mib} MiB read so far). Export it to a folder of your choice instead.</source>
        <translation>{label} သည် ဤနေရာတွင် ဖွင့်ရန် ကြီးလွန်းသည် (ယခုအထိ {mib} MiB ဖတ်ပြီး)။ ၎င်းအစား သင်ရွေးသော ဖိုင်တွဲသို့ ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{location} is neither a bundle folder nor a zip file. Give the folder that holds manifest.json, or the bundle&apos;s .zip (decrypt an .age file first with age).</source>
        <translation>{location} သည် တိုင်ကြားချက်အစုံ ဖိုင်တွဲ လည်း မဟုတ်၊ zip ဖိုင် လည်း မဟုတ်ပါ။ manifest.json ပါသော ဖိုင်တွဲ သို့မဟုတ် အစုံ၏ .zip ကို ပေးပါ (.age ဖိုင်ကို age ဖြင့် အရင် ကုဒ်ဖြည်ပါ)။</translation>
    </message>
    <message>
        <source>{manifest} has format {found}, not {format}.</source>
        <translation>{manifest} ၏ ပုံစံမှာ {format} မဟုတ်ဘဲ {found} ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>{manifest} is missing, so nothing in the bundle can be checked.</source>
        <translation>{manifest} မရှိသဖြင့် အစုံထဲရှိ မည်သည့်အရာကိုမျှ စစ်ဆေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>{manifest} is not a readable Casebook manifest (it was damaged or edited).</source>
        <translation>{manifest} သည် ဖတ်နိုင်သော Casebook ဖိုင်စာရင်း မဟုတ်ပါ (ပျက်စီး သို့မဟုတ် ပြင်ထားသည်)။</translation>
    </message>
    <message>
        <source>{manifest} lists an unsafe path {name}.</source>
        <translation>{manifest} တွင် မလုံခြုံသော လမ်းကြောင်း {name} ပါသည်။</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year} ခုနှစ် {month}လ</translation>
    </message>
    <message>
        <source>{month} {year} (day unknown)</source>
        <translation>{year} ခုနှစ် {month}လ (ရက် မသိ)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} သည် ဖိုင် မဟုတ်ဘဲ ဖိုင်တွဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>{name} is in the way (left from an interrupted package?). Remove it and try again.</source>
        <translation>{name} က လမ်းပိတ်နေသည် (ရပ်တန့်သွားသော ဖလှယ်ထုပ်မှ ကျန်ခဲ့သလား?)။ ၎င်းကို ဖယ်ရှားပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; nothing was imported.</source>
        <translation>{name} သည် UTF-8 စာသား မဟုတ်ပါ။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg}); nothing was imported.</source>
        <translation>{name} သည် မှန်ကန်သော JSON မဟုတ်ပါ (စာကြောင်း {lineno}၊ ကော်လံ {colno}: {msg})။ ဘာမျှ မထည့်သွင်းရပါ။</translation>
    </message>
    <message>
        <source>{name} is {code}: give the code {code} instead of the name.</source>
        <translation>{name} သည် {code} ဖြစ်သည်- အမည်အစား ကုဒ် {code} ကို ပေးပါ။</translation>
    </message>
    <message>
        <source>{name} is {size} MiB; interchange documents over {limit} MiB are refused. Split the export by case.</source>
        <translation>{name} သည် {size} MiB ဖြစ်သည်။ {limit} MiB ထက်ကြီးသော ဖလှယ်ရေး စာရွက်စာတမ်းများကို ငြင်းပယ်သည်။ ထုတ်ယူမှုကို အမှုအလိုက် ခွဲပါ။</translation>
    </message>
    <message>
        <source>{name}: has {size} bytes, but the manifest records {recorded}.</source>
        <translation>{name}: {size} bytes ရှိသော်လည်း ဖိုင်စာရင်းတွင် {recorded} ဟု မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
    <message>
        <source>{name}: its SHA-256 does not match the manifest; the file was changed or damaged.</source>
        <translation>{name}: ၎င်း၏ SHA-256 သည် ဖိုင်စာရင်းနှင့် မကိုက်ညီပါ- ဖိုင်ကို ပြောင်းလဲထားသည် သို့မဟုတ် ပျက်စီးနေသည်။</translation>
    </message>
    <message>
        <source>{name}: listed in the manifest but missing from the bundle.</source>
        <translation>{name}: ဖိုင်စာရင်းတွင် ပါသော်လည်း အစုံထဲတွင် မရှိပါ။</translation>
    </message>
    <message>
        <source>{name}: present in the bundle but not listed in the manifest.</source>
        <translation>{name}: အစုံထဲတွင် ရှိသော်လည်း ဖိုင်စာရင်းတွင် မပါပါ။</translation>
    </message>
    <message>
        <source>{out} already exists. Choose a new file name for the package.</source>
        <translation>{out} ရှိပြီးဖြစ်သည်။ ဖလှယ်ထုပ်အတွက် ဖိုင်အမည်အသစ်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>{path}: Casebook did not put this in the casebook folder. Find out how it got there, then move it out of the folder.</source>
        <translation>{path}: ဤအရာကို Casebook က မှတ်တမ်းစာအုပ် ဖိုင်တွဲထဲ မထည့်ခဲ့ပါ။ မည်သို့ရောက်လာသည်ကို ရှာဖွေပြီး ဖိုင်တွဲအပြင်သို့ ရွှေ့ပါ။</translation>
    </message>
    <message>
        <source>{path}: a stored (encrypted) file that no record refers to. An interrupted import can leave one, or casebook.db is older than the rest of the folder; keep the file until you know which.</source>
        <translation>{path}: မည်သည့်မှတ်တမ်းကမျှ မရည်ညွှန်းသော သိမ်းထားသည့် (ကုဒ်ဝှက်ထားသော) ဖိုင်။ ရပ်တန့်သွားသော ထည့်သွင်းမှုက ချန်ခဲ့နိုင်သည်၊ သို့မဟုတ် casebook.db သည် ဖိုင်တွဲ၏ ကျန်အပိုင်းထက် ဟောင်းသည်။ မည်သည်ဖြစ်သည်ကို မသိမချင်း ဖိုင်ကို ထားပါ။</translation>
    </message>
    <message>
        <source>{path}: not a time-stamp Casebook made; find out where it came from, then remove it</source>
        <translation>{path}: Casebook ပြုလုပ်သော အချိန်တံဆိပ် မဟုတ်ပါ။ မည်သည့်နေရာမှ လာသည်ကို ရှာဖွေပြီး ဖယ်ရှားပါ</translation>
    </message>
    <message>
        <source>{path}: refers to a person that is not in this case</source>
        <translation>{path}: ဤအမှုတွင် မရှိသော ပုဂ္ဂိုလ်ကို ရည်ညွှန်းသည်</translation>
    </message>
    <message>
        <source>{path}: refers to a {kind} that is not in this case</source>
        <translation>{path}: ဤအမှုတွင် မရှိသော {kind} ကို ရည်ညွှန်းသည်</translation>
    </message>
    <message>
        <source>{path}: the person is not an alleged perpetrator (role {role})</source>
        <translation>{path}: ပုဂ္ဂိုလ်သည် စွပ်စွဲခံရသူ မဟုတ်ပါ (အခန်းကဏ္ဍ {role})</translation>
    </message>
    <message>
        <source>{place} is a complaint bundle exported before; writing into it would break its signed manifest. Choose another folder (for example the one that holds it), or move that bundle away.</source>
        <translation>{place} သည် ယခင်က ထုတ်ယူခဲ့သော တိုင်ကြားချက်အစုံ ဖြစ်သည်။ ၎င်းထဲ ရေးလျှင် ၎င်း၏ လက်မှတ်ထိုးထားသော ဖိုင်စာရင်း ပျက်မည်။ အခြားဖိုင်တွဲကို ရွေးပါ (ဥပမာ ၎င်းပါဝင်သော ဖိုင်တွဲ) သို့မဟုတ် ထိုအစုံကို ရွှေ့ပါ။</translation>
    </message>
    <message>
        <source>{place} is a file, not a folder. Choose a folder for the bundle (a new one is created if it does not exist), or move that file away.</source>
        <translation>{place} သည် ဖိုင်တွဲ မဟုတ်ဘဲ ဖိုင် ဖြစ်သည်။ အစုံအတွက် ဖိုင်တွဲကို ရွေးပါ (မရှိလျှင် အသစ်ဖန်တီးမည်) သို့မဟုတ် ထိုဖိုင်ကို ရွှေ့ပါ။</translation>
    </message>
    <message>
        <source>{problem} Choose one of: {choices}.</source>
        <translation>{problem} ဤထဲမှ တစ်ခု ရွေးပါ- {choices}။</translation>
    </message>
    <message>
        <source>{pseudonym} affiliation</source>
        <translation>{pseudonym} ၏ ဆက်နွယ်မှု</translation>
    </message>
    <message>
        <source>{pseudonym} has no consent recorded</source>
        <translation>{pseudonym} အတွက် သဘောတူညီချက် မှတ်တမ်းမတင်ရသေးပါ</translation>
    </message>
    <message>
        <source>{pseudonym} has no identity recorded to seal.</source>
        <translation>{pseudonym} အတွက် တံဆိပ်ခတ်ရန် မည်သူမည်ဝါ မှတ်တမ်းမတင်ထားပါ။</translation>
    </message>
    <message>
        <source>{pseudonym} is already charged under {mode} in this charge.</source>
        <translation>{pseudonym} ကို ဤစွဲချက်တွင် {mode} အောက်၌ စွဲချက်တင်ပြီးဖြစ်သည်။</translation>
    </message>
    <message>
        <source>{pseudonym} is not recorded as an alleged perpetrator (roles: {roles}). Add the role alleged_perpetrator to this person first, or choose another person.</source>
        <translation>{pseudonym} ကို စွပ်စွဲခံရသူအဖြစ် မှတ်တမ်းမတင်ထားပါ (အခန်းကဏ္ဍများ- {roles})။ ဤပုဂ္ဂိုလ်တွင် alleged_perpetrator အခန်းကဏ္ဍကို အရင်ထည့်ပါ သို့မဟုတ် အခြားပုဂ္ဂိုလ်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>{pseudonym} position</source>
        <translation>{pseudonym} ၏ ရာထူး</translation>
    </message>
    <message>
        <source>{pseudonym} rank</source>
        <translation>{pseudonym} ၏ အဆင့်</translation>
    </message>
    <message>
        <source>{pseudonym} unit</source>
        <translation>{pseudonym} ၏ တပ်ဖွဲ့</translation>
    </message>
    <message>
        <source>{pseudonym} withdrew consent on {date}</source>
        <translation>{pseudonym} သည် {date} တွင် သဘောတူညီချက်ကို ရုပ်သိမ်းခဲ့သည်</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover publication</source>
        <translation>{pseudonym} ၏ သဘောတူညီချက်တွင် ထုတ်ဝေခြင်း မပါဝင်ပါ</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings</source>
        <translation>{pseudonym} ၏ သဘောတူညီချက်တွင် တရားစွဲဆိုမှုတွင် အသုံးပြုခြင်း မပါဝင်ပါ</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings with {recipient}</source>
        <translation>{pseudonym} ၏ သဘောတူညီချက်တွင် {recipient} နှင့် တရားစွဲဆိုမှုတွင် အသုံးပြုခြင်း မပါဝင်ပါ</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover {use}</source>
        <translation>{pseudonym} ၏ သဘောတူညီချက်တွင် {use} မပါဝင်ပါ</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s identity cannot be disclosed in this export: {reason}. Remove {pseudonym} from the identities to seal.</source>
        <translation>{pseudonym} ၏ မည်သူမည်ဝါကို ဤထုတ်ယူမှုတွင် ထုတ်ဖော်၍ မရပါ- {reason}။ တံဆိပ်ခတ်မည့် မည်သူမည်ဝါများမှ {pseudonym} ကို ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s statement is left out of this export for lack of consent, so their identity cannot be disclosed in it either. Remove {pseudonym} from the identities to seal.</source>
        <translation>{pseudonym} ၏ ထွက်ဆိုချက်ကို သဘောတူညီချက် မရှိသဖြင့် ဤထုတ်ယူမှုမှ ချန်လှပ်ထားသည်၊ ထို့ကြောင့် ၎င်း၏ မည်သူမည်ဝါကိုလည်း ထုတ်ဖော်၍ မရပါ။ တံဆိပ်ခတ်မည့် မည်သူမည်ဝါများမှ {pseudonym} ကို ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>{reasons}; {reason}</source>
        <translation>{reasons}၊ {reason}</translation>
    </message>
    <message>
        <source>{signature} does not match {manifest}: the manifest was changed after it was signed, or the signature belongs to another manifest or key.</source>
        <translation>{signature} သည် {manifest} နှင့် မကိုက်ညီပါ- လက်မှတ်ထိုးပြီးနောက် ဖိုင်စာရင်းကို ပြောင်းလဲခဲ့သည် သို့မဟုတ် လက်မှတ်သည် အခြားဖိုင်စာရင်း သို့မဟုတ် သော့နှင့် သက်ဆိုင်သည်။</translation>
    </message>
    <message>
        <source>{signature} is missing: the manifest is not signed.</source>
        <translation>{signature} မရှိပါ- ဖိုင်စာရင်းကို လက်မှတ်မထိုးရပါ။</translation>
    </message>
    <message>
        <source>{source} has no root certificate (one that signed itself). Add the root certificate the TSA publishes after its own certificate in the PEM file.</source>
        <translation>{source} တွင် root certificate (မိမိကိုယ်ကို လက်မှတ်ထိုးထားသော) မရှိပါ။ PEM ဖိုင်တွင် TSA ၏ ကိုယ်ပိုင် certificate နောက်၌ TSA ထုတ်ပြန်သော root certificate ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <source>{source} holds no certificate Casebook can read. Give the TSA&apos;s certificate chain as a PEM file (the TSA&apos;s certificate and its root).</source>
        <translation>{source} တွင် Casebook ဖတ်နိုင်သော certificate မရှိပါ။ TSA ၏ certificate ကွင်းဆက်ကို PEM ဖိုင်အဖြစ် ပေးပါ (TSA ၏ certificate နှင့် ၎င်း၏ root)။</translation>
    </message>
    <message>
        <source>{source} is not a certificate file. Give the TSA&apos;s PEM chain.</source>
        <translation>{source} သည် certificate ဖိုင် မဟုတ်ပါ။ TSA ၏ PEM ကွင်းဆက်ကို ပေးပါ။</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} မှ {end} အထိ</translation>
    </message>
    <message>
        <source>{summary} Pattern annex: counts across the incidents of the case that may be disclosed; counts of persons below {threshold} shown as &apos;&lt; {threshold}&apos;.</source>
        <translation>{summary} ပုံစံတူမှု နောက်ဆက်တွဲ- ထုတ်ဖော်နိုင်သော အမှု၏ ဖြစ်စဉ်များအနှံ့ အရေအတွက်များ၊ {threshold} အောက် လူအရေအတွက်ကို &apos;&lt; {threshold}&apos; ဟု ပြသည်။</translation>
    </message>
    <message>
        <source>{target} already exists. Choose another file name.</source>
        <translation>{target} ရှိပြီးဖြစ်သည်။ အခြားဖိုင်အမည်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>{url} is not a time-stamp authority address. Give its http:// or https:// URL, as the TSA publishes it.</source>
        <translation>{url} သည် အချိန်တံဆိပ် အာဏာပိုင် လိပ်စာ မဟုတ်ပါ။ TSA ထုတ်ပြန်သည့်အတိုင်း ၎င်း၏ http:// သို့မဟုတ် https:// URL ကို ပေးပါ။</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: must be a path inside the JSON file&apos;s folder, relative to it, with no &apos;..&apos; and no symbolic link</source>
        <translation>{where}/evidence/{i}/file: JSON ဖိုင်၏ ဖိုင်တွဲအတွင်းရှိ လမ်းကြောင်း (၎င်းနှင့် နှိုင်းရ၊ &apos;..&apos; နှင့် symbolic link မပါ) ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: there is no file at this path beside the JSON file</source>
        <translation>{where}/evidence/{i}/file: JSON ဖိုင်ဘေးတွင် ဤလမ်းကြောင်း၌ ဖိုင် မရှိပါ</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/sha256: a file needs its SHA-256 to be checked</source>
        <translation>{where}/evidence/{i}/sha256: ဖိုင်ကို စစ်ဆေးရန် ၎င်း၏ SHA-256 လိုအပ်သည်</translation>
    </message>
    <message>
        <source>{where}/persons: the pseudonym {dup} is used twice</source>
        <translation>{where}/persons: အမည်လွှဲ {dup} ကို နှစ်ကြိမ် သုံးထားသည်</translation>
    </message>
    <message>
        <source>{where}/reference: a case with this reference already exists</source>
        <translation>{where}/reference: ဤရည်ညွှန်းကုဒ်ပါသော အမှု ရှိပြီးဖြစ်သည်</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/id: this signer is listed twice</source>
        <translation>{where}/signers/{i}/id: ဤလက်မှတ်ထိုးသူကို နှစ်ကြိမ် ဖော်ပြထားသည်</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/signing_public_key: is not an Ed25519 key</source>
        <translation>{where}/signers/{i}/signing_public_key: Ed25519 သော့ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>{where}/signers: a signer has the id of a user of this casebook but another signing key; someone may be impersonating a colleague</source>
        <translation>{where}/signers: လက်မှတ်ထိုးသူ တစ်ဦးတွင် ဤမှတ်တမ်းစာအုပ်၏ အသုံးပြုသူ id ပါသော်လည်း အခြားလက်မှတ်ထိုးသော့ ပါသည်။ တစ်စုံတစ်ယောက်က လုပ်ဖော်ကိုင်ဖက်အဖြစ် အယောင်ဆောင်နေနိုင်သည်</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</source>
        <translation>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments/{j}/id: already in use</source>
        <translation>{where}/testimonies/{i}/segments/{j}/id: သုံးပြီးဖြစ်သည်</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments: two segments share a position</source>
        <translation>{where}/testimonies/{i}/segments: segment နှစ်ခုသည် နေရာတူ ဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/{path}/id: this id is already in use</source>
        <translation>{where}/testimonies/{i}/{path}/id: ဤ id ကို သုံးပြီးဖြစ်သည်</translation>
    </message>
    <message>
        <source>{where}/{key}/{i}/id: this id is already in use</source>
        <translation>{where}/{key}/{i}/id: ဤ id ကို သုံးပြီးဖြစ်သည်</translation>
    </message>
    <message>
        <source>{where}: does not follow on from the entry before it</source>
        <translation>{where}: ၎င်းရှေ့ရှိ အချက်မှ ဆက်မလာပါ</translation>
    </message>
    <message>
        <source>{where}: entries before it are missing</source>
        <translation>{where}: ၎င်းရှေ့ရှိ အချက်များ မရှိပါ</translation>
    </message>
    <message>
        <source>{where}: expected entry {expected} here; entries are missing</source>
        <translation>{where}: ဤနေရာတွင် အချက် {expected} ရှိရမည်။ အချက်များ မရှိပါ</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was received</source>
        <translation>{where}: လက်ခံရရှိပြီးနောက် ၎င်း၏ အကြောင်းအရာကို ပြောင်းလဲခဲ့သည်</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was written</source>
        <translation>{where}: ရေးပြီးနောက် ၎င်း၏ အကြောင်းအရာကို ပြောင်းလဲခဲ့သည်</translation>
    </message>
    <message>
        <source>{where}: its signature does not match its content</source>
        <translation>{where}: ၎င်း၏ လက်မှတ်သည် အကြောင်းအရာနှင့် မကိုက်ညီပါ</translation>
    </message>
    <message>
        <source>{where}: set by {label}, {why}, so it does not count. Verify that identity&apos;s fingerprint with its owner (`casebook identity verify`) if it is genuine.</source>
        <translation>{where}: {label} က သတ်မှတ်ခဲ့ပြီး {why}၊ ထို့ကြောင့် မရေတွက်ပါ။ စစ်မှန်လျှင် ထိုမည်သူမည်ဝါ၏ လက်ဗွေကို ပိုင်ရှင်နှင့် အတည်ပြုပါ (`casebook identity verify`)။</translation>
    </message>
    <message>
        <source>{where}: the sequence skips from {last}</source>
        <translation>{where}: အစဉ်လိုက်နံပါတ်သည် {last} မှ ခုန်ကျော်သွားသည်</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{who} place</source>
        <translation>{who} ၏ နေရာ</translation>
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
        <translation>{year} (လ မသိ)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>လက်ရှိ စကားဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>စကားဝှက်စာကြောင်း ပြောင်းရန် (&amp;C)</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>စကားဝှက်စာကြောင်း ပြောင်းရန်</translation>
    </message>
    <message>
        <source>The new passphrase opens this casebook from now on; the old one no longer does. The data is not rewritten. The recovery key stays as it is.</source>
        <translation>ယခုမှစ၍ စကားဝှက်စာကြောင်းအသစ်ဖြင့် ဤမှတ်တမ်းစာအုပ်ကို ဖွင့်ရမည်၊ အဟောင်းဖြင့် မဖွင့်နိုင်တော့ပါ။ ဒေတာကို ပြန်မရေးပါ။ ပြန်ယူရေးသော့ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>လက်ရှိ စကားဝှက်စာကြောင်း:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>စကားဝှက်စာကြောင်း အသစ်:</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>ယခု ဖွင့်နေသော စကားဝှက်စာကြောင်းကို ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>New charge</source>
        <translation>စွဲချက်အသစ်</translation>
    </message>
    <message>
        <source>Choose the crime to charge.</source>
        <translation>စွဲချက်တင်မည့် ရာဇဝတ်မှုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>optional; the crime&apos;s title is used</source>
        <translation>မဖြစ်မနေ မဟုတ်ပါ၊ ရာဇဝတ်မှု၏ ခေါင်းစဉ်ကို သုံးမည်</translation>
    </message>
    <message>
        <source>National provision (Germany, VStGB)</source>
        <translation>ပြည်တွင်းဥပဒေပြဋ္ဌာန်းချက် (ဂျာမနီ၊ VStGB)</translation>
    </message>
    <message>
        <source>Alleged perpetrators and their mode of liability</source>
        <translation>စွပ်စွဲခံရသူများနှင့် ၎င်းတို့၏ တာဝန်ရှိမှုပုံစံ</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>စွပ်စွဲခံရသူ</translation>
    </message>
    <message>
        <source>Mode of liability</source>
        <translation>တာဝန်ရှိမှုပုံစံ</translation>
    </message>
    <message>
        <source>No person of this case has the role alleged perpetrator yet.</source>
        <translation>ဤအမှုတွင် စွပ်စွဲခံရသူ အခန်းကဏ္ဍရှိသော ပုဂ္ဂိုလ် မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Incidents the charge rests on</source>
        <translation>စွဲချက်၏ အခြေခံ ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>Crime:</source>
        <translation>ရာဇဝတ်မှု:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ခေါင်းစဉ်:</translation>
    </message>
    <message>
        <source>German provision:</source>
        <translation>ဂျာမန်ဥပဒေပြဋ္ဌာန်းချက်:</translation>
    </message>
    <message>
        <source>Perpetrators:</source>
        <translation>စွပ်စွဲခံရသူများ:</translation>
    </message>
    <message>
        <source>Rests on incidents
(none: all material):</source>
        <translation>အခြေခံ ဖြစ်စဉ်များ
(မရွေးလျှင် အားလုံး):</translation>
    </message>
    <message>
        <source>Add charge</source>
        <translation>စွဲချက်ထည့်ရန်</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>(no German provision)</source>
        <translation>(ဂျာမန်ဥပဒေပြဋ္ဌာန်းချက် မရှိ)</translation>
    </message>
    <message>
        <source>{citation} (partial match)</source>
        <translation>{citation} (တစ်စိတ်တစ်ပိုင်း ကိုက်ညီ)</translation>
    </message>
    <message>
        <source>(not charged)</source>
        <translation>(စွဲချက်မတင်)</translation>
    </message>
    <message>
        <source>Choose the crime to charge first.</source>
        <translation>စွဲချက်တင်မည့် ရာဇဝတ်မှုကို ဦးစွာ ရွေးပါ။</translation>
    </message>
    <message>
        <source>The charge was not added</source>
        <translation>စွဲချက်ကို မထည့်ရပါ</translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <source>Charges</source>
        <translation>စွဲချက်များ</translation>
    </message>
    <message>
        <source>Each charge is a crime, its alleged perpetrators with their mode of liability, the German provision and the incidents it rests on. Activate one to see its matrix.</source>
        <translation>စွဲချက်တစ်ခုစီတွင် ရာဇဝတ်မှု၊ စွပ်စွဲခံရသူများနှင့် ၎င်းတို့၏ တာဝန်ရှိမှုပုံစံ၊ ဂျာမန်ဥပဒေပြဋ္ဌာန်းချက်နှင့် အခြေခံ ဖြစ်စဉ်များ ပါဝင်သည်။ ၎င်း၏ ဇယားကို ကြည့်ရန် တစ်ခုကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Charges of this case</source>
        <translation>ဤအမှု၏ စွဲချက်များ</translation>
    </message>
    <message>
        <source>New charge…</source>
        <translation>စွဲချက်အသစ်…</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>၊ </translation>
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
        <translation>ပြည်တွင်းဥပဒေပြဋ္ဌာန်းချက် မရှိ</translation>
    </message>
    <message>
        <source>no perpetrator charged</source>
        <translation>စွဲချက်တင်ထားသော စွပ်စွဲခံရသူ မရှိ</translation>
    </message>
    <message>
        <source>no elements</source>
        <translation>အင်္ဂါရပ် မရှိ</translation>
    </message>
    <message>
        <source>Charges ({count})</source>
        <translation>စွဲချက်များ ({count})</translation>
    </message>
</context>
<context>
    <name>CitePicker</name>
    <message>
        <source>Cite</source>
        <translation>ကိုးကားရန်</translation>
    </message>
    <message>
        <source>What to cite</source>
        <translation>ကိုးကားမည့်အရာ</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>စစ်ထုတ်ရန် ရိုက်ပါ</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>Material of this case</source>
        <translation>ဤအမှု၏ အထောက်အထားပစ္စည်းများ</translation>
    </message>
    <message>
        <source>Insert citation</source>
        <translation>ကိုးကားချက် ထည့်ရန်</translation>
    </message>
    <message>
        <source>Choose what to cite from the list first.</source>
        <translation>ကိုးကားမည့်အရာကို စာရင်းမှ ဦးစွာ ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>ကွဲလွဲချက်များ</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>မဖြေရှင်းရသေးသော ကွဲလွဲချက်များ</translation>
    </message>
    <message>
        <source>Your value and theirs, field by field</source>
        <translation>သင့်တန်ဖိုးနှင့် ၎င်းတို့၏ တန်ဖိုး၊ အကွက်တစ်ခုချင်း</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>အကွက်</translation>
    </message>
    <message>
        <source>Mine (kept now)</source>
        <translation>ကျွန်ုပ်၏ (ယခုထားသည်)</translation>
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation>၎င်းတို့၏ (ဝင်လာသည်)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>ကျွန်ုပ်၏ကို ထားရန်</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>၎င်းတို့၏ကို ယူရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>{kind} · from {sender}
{when}</source>
        <translation>{kind} · {sender} ထံမှ
{when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>မဖြေရှင်းရသေးသော ကွဲလွဲချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>No open conflicts: every import merged cleanly.</source>
        <translation>မဖြေရှင်းရသေးသော ကွဲလွဲချက် မရှိပါ- ထည့်သွင်းမှုတိုင်း ချောမွေ့စွာ ပေါင်းစည်းပြီး။</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>ကွဲလွဲချက်ကို မဖြေရှင်းရပါ</translation>
    </message>
    <message>
        <source>Kept your version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>{kind} {unit} ၏ သင့်မူကို ထားလိုက်သည်။ {sender} ထံ နောက်ဖလှယ်ထုပ်တွင် ဤဆုံးဖြတ်ချက် ပါသွားမည်။</translation>
    </message>
    <message>
        <source>Kept their version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>{kind} {unit} ၏ ၎င်းတို့၏မူကို ယူလိုက်သည်။ {sender} ထံ နောက်ဖလှယ်ထုပ်တွင် ဤဆုံးဖြတ်ချက် ပါသွားမည်။</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Not recorded yet — choose how it was given</source>
        <translation>မမှတ်တမ်းတင်ရသေး — မည်သို့ ပေးခဲ့သည်ကို ရွေးပါ</translation>
    </message>
    <message>
        <source>Written (signed form)</source>
        <translation>စာဖြင့် (လက်မှတ်ထိုးထားသော ပုံစံ)</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>အသံဖမ်းထားသော</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>ဗီဒီယိုရိုက်ထားသော</translation>
    </message>
    <message>
        <source>Oral, witnessed</source>
        <translation>နှုတ်ဖြင့်၊ သက်သေရှေ့တွင်</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <source>May be used in legal proceedings</source>
        <translation>တရားစွဲဆိုမှုတွင် သုံးနိုင်သည်</translation>
    </message>
    <message>
        <source>May be published (without identity)</source>
        <translation>ထုတ်ပြန်နိုင်သည် (မည်သူမည်ဝါ မဖော်ဘဲ)</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>နောက်ထပ် ဆက်သွယ်နိုင်သည်</translation>
    </message>
    <message>
        <source>Consent recorded as</source>
        <translation>သဘောတူညီချက်ကို မှတ်တမ်းတင်ပုံ</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>ပေးသည့်နေ့</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>ရုပ်သိမ်းသည့်နေ့</translation>
    </message>
    <message>
        <source>empty unless withdrawn</source>
        <translation>ရုပ်သိမ်းမှသာ ဖြည့်ပါ</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>ရုပ်သိမ်းမှု မှတ်စု</translation>
    </message>
    <message>
        <source>May go to (states and bodies):</source>
        <translation>ပေးပို့နိုင်သည့် နိုင်ငံများနှင့် အဖွဲ့အစည်းများ:</translation>
    </message>
    <message>
        <source>Consent was withdrawn on {date}. Nothing from this statement may be shared or exported.</source>
        <translation>{date} တွင် သဘောတူညီချက်ကို ရုပ်သိမ်းခဲ့သည်။ ဤထွက်ဆိုချက်မှ မည်သည့်အရာကိုမျှ မျှဝေခြင်း သို့မဟုတ် ထုတ်ယူခြင်း မပြုရ။</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>၊ </translation>
    </message>
    <message>
        <source>no state or body named yet</source>
        <translation>နိုင်ငံ သို့မဟုတ် အဖွဲ့အစည်း မဖော်ပြရသေး</translation>
    </message>
    <message>
        <source>legal proceedings ({recipients})</source>
        <translation>တရားစွဲဆိုမှု ({recipients})</translation>
    </message>
    <message>
        <source>publication without identity</source>
        <translation>မည်သူမည်ဝါ မဖော်ဘဲ ထုတ်ပြန်ခြင်း</translation>
    </message>
    <message>
        <source>The witness agreed to: {uses}.</source>
        <translation>သက်သေသည် ဤအရာများကို သဘောတူခဲ့သည်- {uses}။</translation>
    </message>
    <message>
        <source>No use has been agreed yet: record what the witness consented to.</source>
        <translation>မည်သည့်အသုံးပြုမှုကိုမျှ သဘောမတူရသေးပါ- သက်သေ သဘောတူခဲ့သည့်အရာကို မှတ်တမ်းတင်ပါ။</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>Documenter (field interviews)</source>
        <translation>မှတ်တမ်းတင်သူ (ကွင်းဆင်း အင်တာဗျူး)</translation>
    </message>
    <message>
        <source>Legal analyst</source>
        <translation>ဥပဒေသုံးသပ်သူ</translation>
    </message>
    <message>
        <source>Supervisor (review)</source>
        <translation>ကြီးကြပ်သူ (ပြန်လည်စစ်ဆေးခြင်း)</translation>
    </message>
    <message>
        <source>Create a casebook</source>
        <translation>မှတ်တမ်းစာအုပ် ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>A casebook is one encrypted folder. Nothing in it can be read without your passphrase or the recovery key you will be shown next.</source>
        <translation>မှတ်တမ်းစာအုပ်သည် ကုဒ်ဝှက်ထားသော ဖိုင်တွဲတစ်ခု ဖြစ်သည်။ သင့်စကားဝှက်စာကြောင်း သို့မဟုတ် နောက်တွင် ပြမည့် ပြန်ယူရေးသော့ မပါဘဲ ၎င်းထဲမှ မည်သည့်အရာကိုမျှ ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ရှာရန် (&amp;B)…</translation>
    </message>
    <message>
        <source>Choose location</source>
        <translation>နေရာ ရွေးရန်</translation>
    </message>
    <message>
        <source>Casebook folder name</source>
        <translation>မှတ်တမ်းစာအုပ် ဖိုင်တွဲအမည်</translation>
    </message>
    <message>
        <source>for example: border-interviews-2025</source>
        <translation>ဥပမာ- border-interviews-2025</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>သင့်အမည်</translation>
    </message>
    <message>
        <source>as it will appear in the audit log</source>
        <translation>စာရင်းစစ်မှတ်တမ်းတွင် ပေါ်မည့်အတိုင်း</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>သင့်အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>နေရာ:</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>ဖိုင်တွဲအမည်:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>သင့်အမည်:</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>သင့်အခန်းကဏ္ဍ:</translation>
    </message>
    <message>
        <source>Creating the casebook…</source>
        <translation>မှတ်တမ်းစာအုပ်ကို ဖန်တီးနေသည်…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>ဖန်တီးရန် (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Where should the casebook folder be made?</source>
        <translation>မှတ်တမ်းစာအုပ် ဖိုင်တွဲကို မည်သည့်နေရာတွင် ပြုလုပ်မည်နည်း။</translation>
    </message>
    <message>
        <source>Give the new casebook folder a name.</source>
        <translation>မှတ်တမ်းစာအုပ် ဖိုင်တွဲအသစ်ကို အမည်ပေးပါ။</translation>
    </message>
    <message>
        <source>A folder name cannot contain / or \.</source>
        <translation>ဖိုင်တွဲအမည်တွင် / သို့မဟုတ် \ မပါရ။</translation>
    </message>
    <message>
        <source>The casebook could not be created</source>
        <translation>မှတ်တမ်းစာအုပ်ကို ဖန်တီး၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>ပြက္ခဒိန်ပေါ်တွင် ရက်စွဲ ရွေးရန် (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>ရက်စွဲ ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>DocumentationPanel</name>
    <message>
        <source>— not recorded —</source>
        <translation>— မမှတ်တမ်းတင်ရသေး —</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>အခြား ရှိနေသူများ</translation>
    </message>
    <message>
        <source>Interview recorded as</source>
        <translation>အင်တာဗျူးကို မှတ်တမ်းတင်ပုံ</translation>
    </message>
    <message>
        <source>Notes by the interviewer</source>
        <translation>အင်တာဗျူးသူ၏ မှတ်စုများ</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>အသံဖမ်းခြင်း</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>ဗီဒီယိုရိုက်ခြင်း</translation>
    </message>
    <message>
        <source>Statement written by the person</source>
        <translation>ထိုပုဂ္ဂိုလ် ကိုယ်တိုင်ရေးသော ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>အခြားနည်း</translation>
    </message>
    <message>
        <source>Earlier accounts</source>
        <translation>ယခင် ပြောပြချက်များ</translation>
    </message>
    <message>
        <source>None given before</source>
        <translation>ယခင်က မပြောပြဖူး</translation>
    </message>
    <message>
        <source>Given before</source>
        <translation>ယခင်က ပြောပြဖူး</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>ပြောပြခဲ့သည့်သူ</translation>
    </message>
    <message>
        <source>e.g. a UN mission, a journalist</source>
        <translation>ဥပမာ ကုလသမဂ္ဂ မစ်ရှင်၊ သတင်းထောက်</translation>
    </message>
    <message>
        <source>Given when</source>
        <translation>ပြောပြခဲ့သည့်အချိန်</translation>
    </message>
    <message>
        <source>as the person remembers it</source>
        <translation>ထိုပုဂ္ဂိုလ် မှတ်မိသည့်အတိုင်း</translation>
    </message>
    <message>
        <source>Referral to support</source>
        <translation>အကူအညီထံ လွှဲပို့ခြင်း</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>လွှဲပို့ပြီး</translation>
    </message>
    <message>
        <source>Offered and declined</source>
        <translation>ကမ်းလှမ်းခဲ့သော်လည်း ငြင်းခဲ့သည်</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>မလိုအပ်</translation>
    </message>
    <message>
        <source>No service available</source>
        <translation>ဝန်ဆောင်မှု မရှိ</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>လွှဲပို့ခဲ့သည့်နေရာ</translation>
    </message>
    <message>
        <source>the service; printed only in the internal edition</source>
        <translation>ဝန်ဆောင်မှု၊ အတွင်းသုံးမူတွင်သာ ပုံနှိပ်မည်</translation>
    </message>
    <message>
        <source>This item is</source>
        <translation>ဤအချက်သည်</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>မူရင်း</translation>
    </message>
    <message>
        <source>A working copy (original kept elsewhere)</source>
        <translation>အလုပ်သုံးမိတ္တူ (မူရင်းကို အခြားနေရာတွင် ထားသည်)</translation>
    </message>
    <message>
        <source>A copy as received</source>
        <translation>လက်ခံရရှိသည့်အတိုင်း မိတ္တူ</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation>မူရင်းကို ထားသည့်နေရာ</translation>
    </message>
    <message>
        <source>where, and by whom</source>
        <translation>မည်သည့်နေရာ၊ မည်သူ့ထံ</translation>
    </message>
    <message>
        <source>Interview, earlier accounts and support</source>
        <translation>အင်တာဗျူး၊ ယခင်ပြောပြချက်များနှင့် အကူအညီ</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>မူရင်း သို့မဟုတ် မိတ္တူ</translation>
    </message>
    <message>
        <source>As the documentation guidelines ask. Every field is optional: leave what was not recorded empty.</source>
        <translation>မှတ်တမ်းတင်ရေး လမ်းညွှန်ချက်များ တောင်းဆိုသည့်အတိုင်း။ အကွက်တိုင်း မဖြစ်မနေ မဟုတ်ပါ- မမှတ်တမ်းတင်ခဲ့သည့်အရာကို ကွက်လပ်ထားပါ။</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit {field}</source>
        <translation>{field} ကို ပြင်ရန်</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>သိမ်းပြီး</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>ထွက်ဆိုချက်ကို ပြင်ရန်</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>… and {count} more</source>
        <translation>… နှင့် နောက်ထပ် {count} ခု</translation>
    </message>
    <message>
        <source>There was not enough memory for this step. Close other programs and try again.</source>
        <translation>ဤအဆင့်အတွက် မှတ်ဉာဏ် မလုံလောက်ပါ။ အခြားပရိုဂရမ်များကို ပိတ်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>Something went wrong that Casebook did not expect; nothing was saved from this step. Try again, and if it happens again, report it with the details from the terminal.</source>
        <translation>Casebook မမျှော်လင့်ထားသော အမှားတစ်ခု ဖြစ်သွားသည်၊ ဤအဆင့်မှ မည်သည့်အရာကိုမျှ မသိမ်းရပါ။ ထပ်ကြိုးစားပါ၊ ထပ်ဖြစ်လျှင် terminal မှ အသေးစိတ်နှင့်အတူ အစီရင်ခံပါ။</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>အမှား</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ရင်းမြစ်</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>ရရှိခဲ့ပုံ</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>စုဆောင်းသူ</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>စုဆောင်းသည့်နေ့</translation>
    </message>
    <message>
        <source>Collected at (place)</source>
        <translation>စုဆောင်းသည့်နေရာ</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>ရိုက်ယူသည့်အချိန်</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>မှတ်တမ်းတင်သည့်အချိန်</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>ဖန်တီးသည့်အချိန်</translation>
    </message>
    <message>
        <source>Digitised at</source>
        <translation>ဒစ်ဂျစ်တယ်ပြုသည့်အချိန်</translation>
    </message>
    <message>
        <source>Modified at</source>
        <translation>ပြင်ဆင်သည့်အချိန်</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>လတ္တီတွဒ်</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>လောင်ဂျီတွဒ်</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>အမြင့် (m)</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>ကင်မရာ အမှတ်တံဆိပ်</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>ကင်မရာ မော်ဒယ်</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ဆော့ဖ်ဝဲ</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>အကျယ် (px)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>အမြင့် (px)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>ကြာချိန် (s)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>ဗီဒီယို codec</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>အသံ codec</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>ရေးသူ</translation>
    </message>
    <message>
        <source>Content credentials</source>
        <translation>အကြောင်းအရာ အထောက်အထားများ (Content credentials)</translation>
    </message>
    <message>
        <source>Made with (C2PA)</source>
        <translation>ပြုလုပ်ခဲ့သည့်ကိရိယာ (C2PA)</translation>
    </message>
    <message>
        <source>Captured (C2PA)</source>
        <translation>ရိုက်ယူချိန် (C2PA)</translation>
    </message>
    <message>
        <source>Place (C2PA)</source>
        <translation>နေရာ (C2PA)</translation>
    </message>
    <message>
        <source>Actions (C2PA)</source>
        <translation>လုပ်ဆောင်ချက်များ (C2PA)</translation>
    </message>
    <message>
        <source>ProofMode bundle</source>
        <translation>ProofMode အစုံ</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>မှတ်တမ်းတင်ပြီး</translation>
    </message>
    <message>
        <source>OpenTimestamps proof</source>
        <translation>OpenTimestamps အထောက်အထား</translation>
    </message>
    <message>
        <source>C2PA manifest file</source>
        <translation>C2PA manifest ဖိုင်</translation>
    </message>
    <message>
        <source>Device check</source>
        <translation>ကိရိယာ စစ်ဆေးချက်</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>{name} ၏ လက်မှတ်</translation>
    </message>
    <message>
        <source>none (unknown provenance; most genuine files carry none, so this is not a sign of forgery)</source>
        <translation>မရှိ (မူလအရင်းအမြစ် မသိ၊ စစ်မှန်သော ဖိုင်အများစုတွင် မပါသဖြင့် အတုလုပ်ထားသည့် လက္ခဏာ မဟုတ်ပါ)</translation>
    </message>
    <message>
        <source>not checked: the file could not be parsed for content credentials</source>
        <translation>မစစ်ဆေးရ- အကြောင်းအရာ အထောက်အထားများအတွက် ဖိုင်ကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>valid, signed by {signer} (checked offline: signature and content hashes; the signer&apos;s certificate was not checked against a trust list, nor for revocation)</source>
        <translation>မှန်ကန်သည်၊ {signer} လက်မှတ်ထိုးထားသည် (အော့ဖ်လိုင်း စစ်ဆေးပြီး- လက်မှတ်နှင့် အကြောင်းအရာ hash များ၊ လက်မှတ်ထိုးသူ၏ လက်မှတ်စာ (certificate) ကို ယုံကြည်ရသူစာရင်းနှင့်လည်းကောင်း၊ ရုပ်သိမ်းမှုအတွက်လည်းကောင်း မစစ်ဆေးရ)</translation>
    </message>
    <message>
        <source>present but invalid: {failures} (signed as {signer})</source>
        <translation>ပါသော်လည်း မမှန်ကန်ပါ- {failures} ({signer} အဖြစ် လက်မှတ်ထိုးထား)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>သတိပေးချက်</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>ဖိုင်၏ SHA-256</translation>
    </message>
    <message>
        <source>Embedded metadata — check it against what you know</source>
        <translation>ဖိုင်တွင်ပါသော မက်တာဒေတာ — သင်သိထားသည်နှင့် တိုက်စစ်ပါ</translation>
    </message>
    <message>
        <source>Use GPS as collection place</source>
        <translation>GPS ကို စုဆောင်းသည့်နေရာအဖြစ် သုံးရန်</translation>
    </message>
    <message>
        <source>Tag exhibit…</source>
        <translation>သက်သေခံပစ္စည်းကို တဂ်တပ်ရန်…</translation>
    </message>
    <message>
        <source>Drop files or folders on this window, or press Ctrl+I, to add evidence. Choose an item in the list to see it here.</source>
        <translation>သက်သေအထောက်အထား ထည့်ရန် ဖိုင် သို့မဟုတ် ဖိုင်တွဲများကို ဤဝင်းဒိုးပေါ် ဆွဲချပါ၊ သို့မဟုတ် Ctrl+I နှိပ်ပါ။ ဤနေရာတွင် ကြည့်ရန် စာရင်းမှ အချက်တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ဖိုင်- {name}</translation>
    </message>
    <message>
        <source>{media_type}, {size}</source>
        <comment>a file&apos;s type and size</comment>
        <translation>{media_type}၊ {size}</translation>
    </message>
    <message>
        <source>Same content as “{title}”; stored once.</source>
        <translation>“{title}” နှင့် အကြောင်းအရာ တူသည်၊ တစ်ကြိမ်သာ သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>The file carries no metadata Casebook can read.</source>
        <translation>ဤဖိုင်တွင် Casebook ဖတ်နိုင်သော မက်တာဒေတာ မပါပါ။</translation>
    </message>
    <message>
        <source>exhibit “{title}”</source>
        <translation>သက်သေခံပစ္စည်း “{title}”</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ဖိုင်အမျိုးအစား</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <source>Taken at (file)</source>
        <translation>ရိုက်ယူချိန် (ဖိုင်)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>လက်ခံချိန်</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>When the photo or recording was made, as its embedded metadata (EXIF, container) says — unverified; empty when the file carries none.</source>
        <translation>ဓာတ်ပုံ သို့မဟုတ် အသံ/ဗီဒီယိုကို ပြုလုပ်ခဲ့သည့်အချိန်၊ ဖိုင်တွင်ပါသော မက်တာဒေတာ (EXIF၊ container) အရ — အတည်မပြုရသေး၊ ဖိုင်တွင် မပါလျှင် ကွက်လပ်။</translation>
    </message>
    <message>
        <source>When the file was taken into this casebook.</source>
        <translation>ဖိုင်ကို ဤမှတ်တမ်းစာအုပ်ထဲ လက်ခံထည့်သွင်းခဲ့သည့်အချိန်။</translation>
    </message>
    <message>
        <source>Filter by title, file name or type</source>
        <translation>ခေါင်းစဉ်၊ ဖိုင်အမည် သို့မဟုတ် အမျိုးအစားဖြင့် စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>သက်သေအထောက်အထားကို စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>သက်သေအထောက်အထား အချက်များ</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Taken at {time} (from the file&apos;s metadata)</source>
        <translation>{time} တွင် ရိုက်ယူခဲ့သည် (ဖိုင်၏ မက်တာဒေတာမှ)</translation>
    </message>
    <message>
        <source>{title}  (duplicate)</source>
        <translation>{title}  (ထပ်နေသည်)</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>{encoding} (some bytes could not be read and show as �)</source>
        <translation>{encoding} (ဘိုက်အချို့ကို ဖတ်၍ မရသဖြင့် � အဖြစ် ပြသည်)</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 (byte-order mark ပါ)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Western)</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>သက်သေအထောက်အထား စာသား</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ချုံ့ကြည့်ရန်</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ချဲ့ကြည့်ရန်</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>အံကိုက်</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>ဝင်းဒိုးနှင့် အံကိုက်ရန်</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>အမှန်အရွယ်</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>မိတ္တူ ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy of this evidence</source>
        <translation>ဤသက်သေအထောက်အထား၏ ကုဒ်မဝှက်ထားသော မိတ္တူကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a zoom factor</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>This item has no stored file (a physical item or a note).</source>
        <translation>ဤအချက်တွင် သိမ်းထားသော ဖိုင် မရှိပါ (ရုပ်ပစ္စည်း သို့မဟုတ် မှတ်စု)။</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>ကုဒ်ဖြည်နေသည်…</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because this installation lacks the Qt PDF module (the PySide6-Pdf package). Export a copy to read it in a PDF reader.</source>
        <translation>ဤတပ်ဆင်မှုတွင် Qt PDF module (PySide6-Pdf package) မပါသဖြင့် PDF စာမျက်နှာများကို ဤနေရာတွင် ပြ၍ မရပါ။ PDF reader ဖြင့် ဖတ်ရန် မိတ္တူ ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <source>Audio and video cannot be played here because this installation lacks Qt Multimedia (the PySide6-Addons package). Casebook plays recordings only from memory; export a copy to play it in another program.</source>
        <translation>ဤတပ်ဆင်မှုတွင် Qt Multimedia (PySide6-Addons package) မပါသဖြင့် အသံနှင့် ဗီဒီယိုကို ဤနေရာတွင် ဖွင့်၍ မရပါ။ Casebook သည် အသံနှင့် ဗီဒီယိုကို မှတ်ဉာဏ်ထဲမှသာ ဖွင့်သည်၊ အခြားပရိုဂရမ်ဖြင့် ဖွင့်ရန် မိတ္တူ ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <source>Casebook cannot show this kind of file itself. Export a copy to open it in another program.</source>
        <translation>Casebook သည် ဤဖိုင်အမျိုးအစားကို ကိုယ်တိုင် မပြနိုင်ပါ။ အခြားပရိုဂရမ်ဖြင့် ဖွင့်ရန် မိတ္တူ ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <source>Casebook cannot show {media_type} itself. Export a copy to open it in another program.</source>
        <translation>Casebook သည် {media_type} ကို ကိုယ်တိုင် မပြနိုင်ပါ။ အခြားပရိုဂရမ်ဖြင့် ဖွင့်ရန် မိတ္တူ ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <source>Text, read as {encoding} — first 2 MiB shown</source>
        <translation>စာသား၊ {encoding} အဖြစ် ဖတ်ထားသည် — ပထမ 2 MiB ကို ပြသည်</translation>
    </message>
    <message>
        <source>Text, read as {encoding}</source>
        <translation>စာသား၊ {encoding} အဖြစ် ဖတ်ထားသည်</translation>
    </message>
    <message>
        <source>The image could not be decoded. Export a copy to try another program.</source>
        <translation>ပုံကို ဖော်၍ မရပါ။ အခြားပရိုဂရမ်ဖြင့် စမ်းရန် မိတ္တူ ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <source>Image, {width} × {height} px (turned as its EXIF orientation says) — drag to pan</source>
        <translation>ပုံ၊ {width} × {height} px (EXIF orientation အတိုင်း လှည့်ထား) — ရွှေ့ရန် ဆွဲပါ</translation>
    </message>
    <message>
        <source>Evidence PDF pages</source>
        <translation>သက်သေအထောက်အထား PDF စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>The PDF is protected by a password, so its pages cannot be shown.</source>
        <translation>PDF ကို စကားဝှက်ဖြင့် ကာကွယ်ထားသဖြင့် စာမျက်နှာများကို ပြ၍ မရပါ။</translation>
    </message>
    <message>
        <source>The PDF could not be read. Export a copy to try another program.</source>
        <translation>PDF ကို ဖတ်၍ မရပါ။ အခြားပရိုဂရမ်ဖြင့် စမ်းရန် မိတ္တူ ထုတ်ယူပါ။</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s), shown from memory</source>
        <translation>
            <numerusform>PDF၊ စာမျက်နှာ %n မျက်နှာ၊ မှတ်ဉာဏ်ထဲမှ ပြသည်</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence video</source>
        <translation>သက်သေအထောက်အထား ဗီဒီယို</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>ဖွင့်နေသည့် နေရာ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ခဏရပ်ရန်</translation>
    </message>
    <message>
        <source>Video, played from memory ({size} MiB held)</source>
        <translation>ဗီဒီယို၊ မှတ်ဉာဏ်ထဲမှ ဖွင့်သည် ({size} MiB ယူထား)</translation>
    </message>
    <message>
        <source>Audio, played from memory ({size} MiB held)</source>
        <translation>အသံ၊ မှတ်ဉာဏ်ထဲမှ ဖွင့်သည် ({size} MiB ယူထား)</translation>
    </message>
    <message>
        <source>This recording cannot be played here: Qt Multimedia could not play it from memory ({reason}). Export a copy to play it in another program.</source>
        <translation>ဤအသံ/ဗီဒီယိုကို ဤနေရာတွင် ဖွင့်၍ မရပါ- Qt Multimedia က မှတ်ဉာဏ်ထဲမှ မဖွင့်နိုင်ပါ ({reason})။ အခြားပရိုဂရမ်ဖြင့် ဖွင့်ရန် မိတ္တူ ထုတ်ယူပါ။</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>အကြောင်းပြချက် မပေး</translation>
    </message>
    <message>
        <source>fit</source>
        <comment>zoom: fitted to the width</comment>
        <translation>အံကိုက်</translation>
    </message>
    <message>
        <source>The file could not be shown.</source>
        <translation>ဖိုင်ကို ပြ၍ မရပါ။</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>မိတ္တူ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to that place can read it. Keep it on an encrypted drive and delete it when you no longer need it.</source>
        <translation>မိတ္တူကို ကုဒ်ဝှက်မည် မဟုတ်ပါ- ထိုနေရာကို ဝင်ရောက်နိုင်သူ မည်သူမဆို ဖတ်နိုင်သည်။ ကုဒ်ဝှက်ထားသော drive ပေါ်တွင် ထားပြီး မလိုတော့သည့်အခါ ဖျက်ပါ။</translation>
    </message>
    <message>
        <source>Take care: {warning}. Export it only for your own work, never to give it to anyone outside the team.</source>
        <translation>သတိပြုပါ- {warning}။ သင့်ကိုယ်ပိုင်အလုပ်အတွက်သာ ထုတ်ယူပါ၊ အဖွဲ့ပြင်ပမှ မည်သူ့ကိုမျှ မပေးပါနှင့်။</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>ကုဒ်မဝှက်ထားသော မိတ္တူကို ထုတ်ယူမလား။</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Exported an unencrypted copy to {path}</source>
        <translation>ကုဒ်မဝှက်ထားသော မိတ္တူကို {path} သို့ ထုတ်ယူပြီး</translation>
    </message>
    <message>
        <source>The copy could not be exported</source>
        <translation>မိတ္တူကို ထုတ်ယူ၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>Draft</source>
        <translation>မူကြမ်း</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>တင်ပြပြီး</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>ပြန်လည်စစ်ဆေးနေဆဲ</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>ပြင်ဆင်ရန် တောင်းဆိုထား</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>အတည်ပြုပြီး</translation>
    </message>
    <message>
        <source>documenter</source>
        <translation>မှတ်တမ်းတင်သူ</translation>
    </message>
    <message>
        <source>legal analyst</source>
        <translation>ဥပဒေသုံးသပ်သူ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>ကြီးကြပ်သူ</translation>
    </message>
    <message>
        <source>external (no role claimed)</source>
        <translation>ပြင်ပ (အခန်းကဏ္ဍ မဖော်ပြ)</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>အသစ် {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>အသစ်ပြင်ထား {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>မပြောင်းလဲ {count}</translation>
    </message>
    <message>
        <source>{count} kept (ours is newer)</source>
        <translation>ထားရှိ {count} (ကျွန်ုပ်တို့ဘက်က ပိုသစ်)</translation>
    </message>
    <message>
        <source>{count} in conflict</source>
        <translation>ကွဲလွဲ {count}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>အမှု</translation>
    </message>
    <message>
        <source>person</source>
        <translation>ပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>မည်သူမည်ဝါ</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>သက်သေအထောက်အထား</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>ဖြစ်စဉ်</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>စွဲချက်</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>တဂ်</translation>
    </message>
    <message>
        <source>section</source>
        <translation>အပိုင်း</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>ထိန်းသိမ်းမှု</translation>
    </message>
    <message>
        <source>review</source>
        <translation>ပြန်လည်စစ်ဆေးခြင်း</translation>
    </message>
    <message>
        <source>{path} cannot be read as a text file.</source>
        <translation>{path} ကို စာသားဖိုင်အဖြစ် ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>၊ </translation>
    </message>
    <message>
        <source>{kind}: {changes}</source>
        <translation>{kind}- {changes}</translation>
    </message>
    <message>
        <source>attachments: {new} new, {known} already here</source>
        <translation>ပူးတွဲဖိုင်များ- အသစ် {new}၊ ရှိပြီးသား {known}</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(မှတ်တမ်းတစ်ခုလုံး)</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>ဤနေရာတွင် မရှိ</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>မူအသစ်</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ပူးတွဲဖိုင်</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Filing — for the prosecutor</source>
        <translation>တင်သွင်းရန်မူ — တရားလိုရှေ့နေအတွက်</translation>
    </message>
    <message>
        <source>Internal — working copy with gaps and contradicting material</source>
        <translation>အတွင်းသုံးမူ — လိုအပ်ချက်များနှင့် ဆန့်ကျင်သော အထောက်အထားများပါ အလုပ်သုံးမိတ္တူ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>အင်္ဂလိပ်</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ဂျာမန်</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>သက်သေအထောက်အထား</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>ဖြစ်စဉ်</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>စာသားအပိုင်း</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>မည်သူမည်ဝါ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>override</source>
        <translation>ခြွင်းချက်</translation>
    </message>
    <message>
        <source>law</source>
        <translation>ဥပဒေ</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>ကိုးကားချက်</translation>
    </message>
    <message>
        <source>{kind}: {label} — {reason}</source>
        <translation>{kind}: {label} — {reason}</translation>
    </message>
    <message>
        <source>Export complaint bundle</source>
        <translation>တိုင်ကြားချက်အစုံကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Charges to include</source>
        <translation>ထည့်သွင်းမည့် စွဲချက်များ</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>လိပ်မူ</translation>
    </message>
    <message>
        <source>{addressee} (consent must name {jurisdiction})</source>
        <translation>{addressee} (သဘောတူညီချက်တွင် {jurisdiction} ကို ဖော်ပြထားရမည်)</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>မူ</translation>
    </message>
    <message>
        <source>Language of the complaint</source>
        <translation>တိုင်ကြားချက်၏ ဘာသာစကား</translation>
    </message>
    <message>
        <source>Add a pattern annex (counts only, no identities)</source>
        <translation>ပုံစံတူမှု နောက်ဆက်တွဲ ထည့်ရန် (အရေအတွက်သာ၊ မည်သူမည်ဝါ မပါ)</translation>
    </message>
    <message>
        <source>Incidents by month, area, victim group, unit and crime, as tables and charts; counts of persons below 3 are shown as &apos;&lt; 3&apos;.</source>
        <translation>ဖြစ်စဉ်များကို လ၊ ဒေသ၊ ထိခိုက်နစ်နာသူအုပ်စု၊ တပ်ဖွဲ့နှင့် ရာဇဝတ်မှုအလိုက် ဇယားနှင့် ဂရပ်များဖြင့်၊ လူ 3 ဦးအောက် အရေအတွက်ကို &apos;&lt; 3&apos; ဟု ပြသည်။</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>ထုတ်ယူမည့် ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>a folder outside the casebook</source>
        <translation>မှတ်တမ်းစာအုပ် ပြင်ပရှိ ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <source>Also pack the bundle into a zip file</source>
        <translation>အစုံကို zip ဖိုင်အဖြစ်လည်း ထုပ်ရန်</translation>
    </message>
    <message>
        <source>Encrypt to age public key</source>
        <translation>age အများသုံးသော့ (public key) ဖြင့် ကုဒ်ဝှက်ရန်</translation>
    </message>
    <message>
        <source>age1… (optional: one encrypted file, no plain folder)</source>
        <translation>age1… (မဖြစ်မနေ မဟုတ်- ကုဒ်ဝှက်ထားသော ဖိုင်တစ်ခု၊ ရိုးရိုးဖိုင်တွဲ မပါ)</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>စွဲချက်များ:</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>လိပ်မူ:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>မူ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ဘာသာစကား:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>ထုတ်ယူမည့် ဖိုင်တွဲ:</translation>
    </message>
    <message>
        <source>Encrypt to:</source>
        <translation>ကုဒ်ဝှက်ရန် သော့:</translation>
    </message>
    <message>
        <source>Check the plan first: what consent keeps out is listed here.</source>
        <translation>အစီအစဉ်ကို ဦးစွာ စစ်ဆေးပါ- သဘောတူညီချက်ကြောင့် ချန်လှပ်မည့်အရာကို ဤနေရာတွင် ဖော်ပြသည်။</translation>
    </message>
    <message>
        <source>What the bundle will leave out, and why</source>
        <translation>အစုံမှ ချန်လှပ်မည့်အရာနှင့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <source>Check what will be left out</source>
        <translation>ချန်လှပ်မည့်အရာကို စစ်ဆေးရန်</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>အစုံအတွက် ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Choose at least one charge to export.</source>
        <translation>ထုတ်ယူရန် စွဲချက် အနည်းဆုံး တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>The bundle cannot be planned</source>
        <translation>အစုံကို စီစဉ်၍ မရပါ</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>မည်သည့်အရာမျှ ချန်လှပ်ခြင်း မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>Export, leaving out %n item(s)</source>
        <translation>
            <numerusform>ထုတ်ယူရန်၊ အချက် %n ခုကို ချန်လှပ်ပြီး</numerusform>
        </translation>
    </message>
    <message>
        <source>The choices changed: check what will be left out again first.</source>
        <translation>ရွေးချယ်မှုများ ပြောင်းသွားသည်- ချန်လှပ်မည့်အရာကို ဦးစွာ ထပ်စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle into.</source>
        <translation>အစုံကို ရေးမည့် ဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>ထုတ်ယူခြင်းကို ရပ်ရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>အစုံကို ပြင်ဆင်နေသည်…</translation>
    </message>
    <message>
        <source>The bundle is encrypted; the recipient checks it after decrypting.</source>
        <translation>အစုံကို ကုဒ်ဝှက်ထားသည်၊ လက်ခံသူက ကုဒ်ဖြည်ပြီးနောက် စစ်ဆေးမည်။</translation>
    </message>
    <message>
        <source>Verified: every file matches the signed manifest.</source>
        <translation>စစ်ဆေးအတည်ပြုပြီး- ဖိုင်တိုင်း လက်မှတ်ထိုးထားသော ဖိုင်စာရင်းနှင့် ကိုက်ညီသည်။</translation>
    </message>
    <message>
        <source>Verification FAILED: {problems}</source>
        <translation>စစ်ဆေးအတည်ပြုမှု မအောင်မြင်ပါ- {problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>စာမျက်နှာ %n မျက်နှာ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>သက်သေခံပစ္စည်း %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path} ({pages}, {exhibits}). {check}</source>
        <translation>{path} ကို ရေးပြီး ({pages}၊ {exhibits})။ {check}</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>အစုံကို မထုတ်ယူရပါ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ရပ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <source>Value</source>
        <translation>တန်ဖိုး</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>အရေအတွက်</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — counts {what}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {what} ကို ရေတွက်သည်။</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ထား</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>တင်ပြပြီး</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>ပြန်လည်စစ်ဆေးနေဆဲ</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>ပြင်ဆင်ရန် တောင်းဆိုထား</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>အတည်ပြုပြီး</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>Sex gender</source>
        <translation>လိင် / ကျား-မ</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>အသက်အုပ်စု</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>လူမျိုး</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>ဘာသာ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>နိုင်ငံသား</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>ဆက်စပ်အဖွဲ့</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>တပ်ဖွဲ့</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ရာထူးအဆင့်</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ရည်ညွှန်းအမှတ်</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>အခြေအနေ (Situation)</translation>
    </message>
    <message>
        <source>country or situation</source>
        <translation>နိုင်ငံ သို့မဟုတ် အခြေအနေ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အဆင့်</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ဖြစ်ပျက်ခဲ့သည့်အရာ</translation>
    </message>
    <message>
        <source>Date known as</source>
        <translation>ရက်စွဲ သိရှိမှု</translation>
    </message>
    <message>
        <source>From</source>
        <translation>မှ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>အထိ</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>နေရာ (မူရင်းအက္ခရာ)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>ခရိုင် / ပြည်နယ်၊ တိုင်း</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>လတ္တီတွဒ်</translation>
    </message>
    <message>
        <source>e.g. 20.1525</source>
        <translation>ဥပမာ 20.1525</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>လောင်ဂျီတွဒ်</translation>
    </message>
    <message>
        <source>e.g. 92.8789</source>
        <translation>ဥပမာ 92.8789</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation>လက်ဗွေ {fingerprint}</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>မည်သူမည်ဝါများ</translation>
    </message>
    <message>
        <source>Your identity — give this text to colleagues</source>
        <translation>သင့်မည်သူမည်ဝါ — ဤစာသားကို လုပ်ဖော်ကိုင်ဖက်များထံ ပေးပါ</translation>
    </message>
    <message>
        <source>Your public identity</source>
        <translation>သင့် အများသုံး မည်သူမည်ဝါ</translation>
    </message>
    <message>
        <source>Copy identity</source>
        <translation>မည်သူမည်ဝါကို ကူးရန်</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>ဖိုင်အဖြစ် သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>သင့်လက်ဗွေ:</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>လုပ်ဖော်ကိုင်ဖက်များ</translation>
    </message>
    <message>
        <source>Colleagues&apos; identities</source>
        <translation>လုပ်ဖော်ကိုင်ဖက်များ၏ မည်သူမည်ဝါ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>လက်ဗွေ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>အတည်ပြုပြီးဟု မှတ်ရန်…</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity</source>
        <translation>လုပ်ဖော်ကိုင်ဖက်၏ မည်သူမည်ဝါကို ကူးထည့်ရန်</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity here (-----BEGIN CASEBOOK IDENTITY----- …)</source>
        <translation>လုပ်ဖော်ကိုင်ဖက်၏ မည်သူမည်ဝါကို ဤနေရာတွင် ကူးထည့်ပါ (-----BEGIN CASEBOOK IDENTITY----- …)</translation>
    </message>
    <message>
        <source>Import pasted identity</source>
        <translation>ကူးထည့်ထားသော မည်သူမည်ဝါကို ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>ဖိုင်မှ ထည့်သွင်းရန်…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>အတည်ပြုပြီး</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>အတည်မပြုရသေး</translation>
    </message>
    <message>
        <source>Your identity is on the clipboard.</source>
        <translation>သင့်မည်သူမည်ဝါကို clipboard ပေါ် ကူးပြီး။</translation>
    </message>
    <message>
        <source>Save your identity</source>
        <translation>သင့်မည်သူမည်ဝါကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>The identity could not be written ({reason}).</source>
        <translation>မည်သူမည်ဝါကို ရေး၍ မရပါ ({reason})။</translation>
    </message>
    <message>
        <source>Saved your identity to {path}.</source>
        <translation>သင့်မည်သူမည်ဝါကို {path} တွင် သိမ်းပြီး။</translation>
    </message>
    <message>
        <source>The identity was not imported</source>
        <translation>မည်သူမည်ဝါကို မထည့်သွင်းရပါ</translation>
    </message>
    <message>
        <source>Stored the identity of {name}.</source>
        <translation>{name} ၏ မည်သူမည်ဝါကို သိမ်းပြီး။</translation>
    </message>
    <message>
        <source>Already had the identity of {name}.</source>
        <translation>{name} ၏ မည်သူမည်ဝါ ရှိပြီးသား။</translation>
    </message>
    <message>
        <source>{done} Compare its fingerprint before trusting it.</source>
        <translation>{done} မယုံကြည်မီ ၎င်း၏ လက်ဗွေကို တိုက်စစ်ပါ။</translation>
    </message>
    <message>
        <source>Colleague&apos;s identity file</source>
        <translation>လုပ်ဖော်ကိုင်ဖက်၏ မည်သူမည်ဝါ ဖိုင်</translation>
    </message>
    <message>
        <source>Choose the colleague whose fingerprint you compared.</source>
        <translation>လက်ဗွေ တိုက်စစ်ပြီးသော လုပ်ဖော်ကိုင်ဖက်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>{name} is already verified.</source>
        <translation>{name} ကို အတည်ပြုပြီးသား။</translation>
    </message>
    <message>
        <source>{name} is verified: packages can now go both ways.</source>
        <translation>{name} ကို အတည်ပြုပြီး- ယခု ဖလှယ်ထုပ်များကို နှစ်ဘက်စလုံး ပို့နိုင်ပြီ။</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Full name</source>
        <translation>အမည်အပြည့်အစုံ</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>အခြားအမည်များ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <source>Identity of {pseudonym}</source>
        <translation>{pseudonym} ၏ မည်သူမည်ဝါ</translation>
    </message>
    <message>
        <source>Protected identity. Close this when someone can see your screen. It is never exported unless chosen explicitly with the person&apos;s consent.</source>
        <translation>ကာကွယ်ထားသော မည်သူမည်ဝါ။ တစ်စုံတစ်ယောက် သင့်မျက်နှာပြင်ကို မြင်နိုင်သည့်အခါ ဤဝင်းဒိုးကို ပိတ်ပါ။ ထိုပုဂ္ဂိုလ်၏ သဘောတူညီချက်ဖြင့် ရည်ရွယ်ရွေးချယ်မှသာ ထုတ်ယူသည်၊ မဟုတ်လျှင် ဘယ်တော့မှ မထုတ်ယူပါ။</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Evidence image: drag to pan, wheel to zoom</source>
        <translation>သက်သေအထောက်အထား ပုံ- ရွှေ့ရန် ဆွဲပါ၊ ချဲ့/ချုံ့ရန် wheel လှည့်ပါ</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>This sender&apos;s identity is stored here but NOT VERIFIED. Call them and compare the fingerprint shown above before you import.</source>
        <translation>ဤပေးပို့သူ၏ မည်သူမည်ဝါကို ဤနေရာတွင် သိမ်းထားသော်လည်း အတည်မပြုရသေးပါ။ မထည့်သွင်းမီ ၎င်းတို့ကို ဖုန်းဆက်ပြီး အထက်တွင် ပြထားသော လက်ဗွေကို တိုက်စစ်ပါ။</translation>
    </message>
    <message>
        <source>This sender is UNKNOWN here: anyone could have made this package. Compare the fingerprint shown above with the sender by phone or in person before you import.</source>
        <translation>ဤပေးပို့သူကို ဤနေရာတွင် မသိပါ- မည်သူမဆို ဤဖလှယ်ထုပ်ကို ပြုလုပ်နိုင်သည်။ မထည့်သွင်းမီ အထက်တွင် ပြထားသော လက်ဗွေကို ပေးပို့သူနှင့် ဖုန်းဖြင့် သို့မဟုတ် လူကိုယ်တိုင် တိုက်စစ်ပါ။</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>အတည်ပြုပြီး</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>အတည်မပြုရသေး</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>မသိ</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>ဖလှယ်ထုပ်ကို ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ဖလှယ်ထုပ် ဖိုင်</translation>
    </message>
    <message>
        <source>a .cbpkg file from a colleague</source>
        <translation>လုပ်ဖော်ကိုင်ဖက်ထံမှ .cbpkg ဖိုင်</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <source>Check package</source>
        <translation>ဖလှယ်ထုပ်ကို စစ်ဆေးရန်</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>ဖလှယ်ထုပ်:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>ပေးပို့သူ</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender and accept this package</source>
        <translation>လက်ဗွေကို ပေးပို့သူနှင့် တိုက်စစ်ပြီး ဤဖလှယ်ထုပ်ကို လက်ခံပါသည်</translation>
    </message>
    <message>
        <source>What the import will add or change</source>
        <translation>ထည့်သွင်းမှုက ထည့်မည် သို့မဟုတ် ပြောင်းမည့်အရာ</translation>
    </message>
    <message>
        <source>Conflicts the import will keep for you to decide</source>
        <translation>ထည့်သွင်းမှုက သင်ဆုံးဖြတ်ရန် ထားမည့် ကွဲလွဲချက်များ</translation>
    </message>
    <message>
        <source>Choose a package, then check it: nothing is imported yet.</source>
        <translation>ဖလှယ်ထုပ်တစ်ခု ရွေးပြီး စစ်ဆေးပါ- မည်သည့်အရာကိုမျှ မထည့်သွင်းရသေးပါ။</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>What will be added or changed:</source>
        <translation>ထည့်မည် သို့မဟုတ် ပြောင်းမည့်အရာ:</translation>
    </message>
    <message>
        <source>Package to import</source>
        <translation>ထည့်သွင်းမည့် ဖလှယ်ထုပ်</translation>
    </message>
    <message>
        <source>Casebook packages (*.cbpkg);;All files (*)</source>
        <translation>Casebook ဖလှယ်ထုပ်များ (*.cbpkg);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Choose the package file to import.</source>
        <translation>ထည့်သွင်းမည့် ဖလှယ်ထုပ်ဖိုင်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Decrypting and checking the package…</source>
        <translation>ဖလှယ်ထုပ်ကို ကုဒ်ဖြည်ပြီး စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — case {reference}, made {made} UTC</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — အမှု {reference}၊ {made} UTC တွင် ပြုလုပ်</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>မှတ်ချက်- {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): your version is kept, theirs stored for you to decide (Exchange ▸ Conflicts…).</source>
        <translation>
            <numerusform>ကွဲလွဲချက် %n ခု- သင့်မူကို ထားပြီး ၎င်းတို့၏မူကို သင်ဆုံးဖြတ်ရန် သိမ်းထားသည် (ဖလှယ်ရန် ▸ ကွဲလွဲချက်များ…)။</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>ကွဲလွဲချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>Checked: nothing is imported yet.</source>
        <translation>စစ်ဆေးပြီး- မည်သည့်အရာကိုမျှ မထည့်သွင်းရသေးပါ။</translation>
    </message>
    <message>
        <source>Check the package first.</source>
        <translation>ဖလှယ်ထုပ်ကို ဦးစွာ စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>The sender is not verified here. Compare the fingerprint with them and tick the confirmation, or close this window.</source>
        <translation>ပေးပို့သူကို ဤနေရာတွင် အတည်မပြုရသေးပါ။ လက်ဗွေကို ၎င်းတို့နှင့် တိုက်စစ်ပြီး အတည်ပြုချက်ကို အမှန်ခြစ်ပါ၊ သို့မဟုတ် ဤဝင်းဒိုးကို ပိတ်ပါ။</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>ထည့်သွင်းနေသည်…</translation>
    </message>
    <message numerus="yes">
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, %n conflict(s) — resolve them in Exchange ▸ Conflicts….</source>
        <translation>
            <numerusform>{sender} ထံမှ အမှု {reference} ကို ထည့်သွင်းပြီး- အသစ် {new}၊ အသစ်ပြင်ထား {updated}၊ ကွဲလွဲချက် %n ခု — ဖလှယ်ရန် ▸ ကွဲလွဲချက်များ… တွင် ဖြေရှင်းပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, 0 conflict(s).</source>
        <translation>{sender} ထံမှ အမှု {reference} ကို ထည့်သွင်းပြီး- အသစ် {new}၊ အသစ်ပြင်ထား {updated}၊ ကွဲလွဲချက် 0 ခု။</translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation>ဖလှယ်ထုပ်ကို မထည့်သွင်းရပါ</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Tag incident…</source>
        <translation>ဖြစ်စဉ်ကို တဂ်တပ်ရန်…</translation>
    </message>
    <message>
        <source>incident “{title}”</source>
        <translation>ဖြစ်စဉ် “{title}”</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ဖြစ်စဉ်</translation>
    </message>
</context>
<context>
    <name>IncidentLinks</name>
    <message>
        <source>Concerns</source>
        <translation>သက်ဆိုင်သည်</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>ပုဂ္ဂိုလ်များ</translation>
    </message>
    <message>
        <source>Persons this incident concerns</source>
        <translation>ဤဖြစ်စဉ်နှင့် သက်ဆိုင်သော ပုဂ္ဂိုလ်များ</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>ထွက်ဆိုချက်များ</translation>
    </message>
    <message>
        <source>Statements this incident concerns</source>
        <translation>ဤဖြစ်စဉ်နှင့် သက်ဆိုင်သော ထွက်ဆိုချက်များ</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>သက်သေခံပစ္စည်းများ</translation>
    </message>
    <message>
        <source>Exhibits this incident concerns</source>
        <translation>ဤဖြစ်စဉ်နှင့် သက်ဆိုင်သော သက်သေခံပစ္စည်းများ</translation>
    </message>
    <message>
        <source>Ticked material is what a charge resting on this incident counts.</source>
        <translation>ဤဖြစ်စဉ်ကို အခြေခံသော စွဲချက်တစ်ခုက အမှန်ခြစ်ထားသည့် အထောက်အထားများကို ရေတွက်သည်။</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>ချိတ်ဆက်မှုကို မသိမ်းရပါ</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message numerus="yes">
        <source>%n file(s) taken in.</source>
        <translation>
            <numerusform>ဖိုင် %n ခု လက်ခံထည့်သွင်းပြီး။</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the casebook (stored once, linked to the first item):</source>
        <translation>မှတ်တမ်းစာအုပ်ထဲ ရှိပြီးသား (တစ်ကြိမ်သာ သိမ်းပြီး ပထမအချက်နှင့် ချိတ်ထား):</translation>
    </message>
    <message>
        <source>  • {file} — same content as “{first}”</source>
        <translation>  • {file} — “{first}” နှင့် အကြောင်းအရာ တူ</translation>
    </message>
    <message>
        <source>Not taken in:</source>
        <translation>လက်ခံမထည့်ရ:</translation>
    </message>
    <message>
        <source>  • {file}: {reason}</source>
        <translation>  • {file}- {reason}</translation>
    </message>
    <message>
        <source>Cancelled before they were taken in ({count}):</source>
        <translation>လက်ခံမထည့်မီ ရပ်လိုက်သည် ({count}):</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … နှင့် နောက်ထပ် {count} ခု</translation>
    </message>
    <message>
        <source>The case is no longer in the casebook.</source>
        <translation>အမှုသည် မှတ်တမ်းစာအုပ်ထဲတွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>ဖတ်၍ မရပါ ({reason})။</translation>
    </message>
    <message>
        <source>Taking files in…</source>
        <translation>ဖိုင်များကို လက်ခံထည့်သွင်းနေသည်…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>သက်သေအထောက်အထား ထည့်နေသည်</translation>
    </message>
    <message>
        <source>File {number} of {count}: {name}
{done} of {total} MB</source>
        <translation>ဖိုင် {count} ခုအနက် {number}- {name}
{total} MB အနက် {done} MB</translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation>သက်သေအထောက်အထား ထည့်ခြင်း မအောင်မြင်ပါ</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>Incident</source>
        <translation>ဖြစ်စဉ်</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>နေရာ (မူရင်းအက္ခရာ)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>ခရိုင် / ပြည်နယ်၊ တိုင်း</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>ကိုဩဒိနိတ်</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>တိကျမှု</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>ကိုဩဒိနိတ် မရှိ</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>မဖော်ပြ</translation>
    </message>
    <message>
        <source>± {metres} m</source>
        <translation>± {metres} m</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>နေရာများ</translation>
    </message>
    <message>
        <source>Places of the incidents</source>
        <translation>ဖြစ်စဉ်များ ဖြစ်ပွားရာ နေရာများ</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>ကိုဩဒိနိတ်ကို ကူးရန်</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What happened, when and where.</source>
        <translation>ဘာဖြစ်ခဲ့သည်၊ မည်သည့်အချိန်၊ မည်သည့်နေရာ။</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>ဖြစ်စဉ်အသစ်…</translation>
    </message>
    <message>
        <source>Witnesses, victims and alleged perpetrators, by pseudonym.</source>
        <translation>သက်သေများ၊ ထိခိုက်နစ်နာသူများနှင့် စွပ်စွဲခံရသူများ၊ အမည်လွှဲဖြင့်။</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>ပုဂ္ဂိုလ်အသစ်…</translation>
    </message>
    <message>
        <source>Statements, paragraph by paragraph, with consent.</source>
        <translation>ထွက်ဆိုချက်များ၊ စာပိုဒ်အလိုက်၊ သဘောတူညီချက်နှင့်အတူ။</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>ထွက်ဆိုချက်အသစ်…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ထွက်ရန်</translation>
    </message>
    <message>
        <source>{folder} — Casebook</source>
        <translation>{folder} — Casebook</translation>
    </message>
    <message>
        <source>Unlocked as {name}.</source>
        <translation>{name} အဖြစ် သော့ဖွင့်ပြီး။</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>သော့ဖွင့်ပြီး။</translation>
    </message>
    <message>
        <source>The casebook was locked. Unlock it to continue where you were.</source>
        <translation>မှတ်တမ်းစာအုပ်ကို သော့ခတ်လိုက်သည်။ ရပ်ခဲ့သည့်နေရာမှ ဆက်လုပ်ရန် သော့ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Locked — Casebook</source>
        <translation>သော့ခတ်ထား — Casebook</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>သော့ခတ်ပြီး။</translation>
    </message>
    <message>
        <source>Adding evidence was cancelled</source>
        <translation>သက်သေအထောက်အထား ထည့်ခြင်းကို ရပ်လိုက်သည်</translation>
    </message>
    <message>
        <source>Choose a case in the navigator first, or create one.</source>
        <translation>လမ်းညွှန်တွင် အမှုတစ်ခုကို ဦးစွာ ရွေးပါ၊ သို့မဟုတ် တစ်ခု ဖန်တီးပါ။</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>သိမ်းပြီး</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>သက်သေအထောက်အထား ထည့်ရန်</translation>
    </message>
    <message>
        <source>Wait until the files being added now are done, then try again.</source>
        <translation>ယခု ထည့်နေသော ဖိုင်များ ပြီးသည်အထိ စောင့်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>The casebook was locked while files were being added, so adding them was stopped. Add the cancelled files again.</source>
        <translation>ဖိုင်များ ထည့်နေစဉ် မှတ်တမ်းစာအုပ်ကို သော့ခတ်လိုက်သဖြင့် ထည့်ခြင်းကို ရပ်လိုက်သည်။ ရပ်သွားသော ဖိုင်များကို ထပ်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>{added} added, {duplicates} already present, {failed} failed.</source>
        <translation>ထည့်ပြီး {added}၊ ရှိပြီးသား {duplicates}၊ မအောင်မြင် {failed}။</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>သက်သေအထောက်အထား ထည့်ပြီး</translation>
    </message>
    <message>
        <source>Open a testimony first; sealing applies to the one shown.</source>
        <translation>ထွက်ဆိုချက်တစ်ခုကို ဦးစွာ ဖွင့်ပါ- တံဆိပ်ခတ်ခြင်းသည် ပြထားသော ထွက်ဆိုချက်အတွက် ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ကီးဘုတ် ဖြတ်လမ်းများ</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>Casebook အကြောင်း</translation>
    </message>
    <message>
        <source>Casebook keeps testimony and evidence in an encrypted folder, for people who document atrocity crimes. It locks itself when idle and on Ctrl+L.</source>
        <translation>Casebook သည် ရက်စက်ကြမ်းကြုတ်သော ရာဇဝတ်မှုများကို မှတ်တမ်းတင်သူများအတွက် ထွက်ဆိုချက်နှင့် သက်သေအထောက်အထားများကို ကုဒ်ဝှက်ထားသော ဖိုင်တွဲထဲတွင် သိမ်းဆည်းသည်။ အသုံးမပြုသည့်အခါနှင့် Ctrl+L နှိပ်သည့်အခါ အလိုအလျောက် သော့ခတ်သည်။</translation>
    </message>
    <message>
        <source>Languages of the interface:</source>
        <translation>မျက်နှာပြင်၏ ဘာသာစကားများ:</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker</source>
        <translation>ဘာသာပြန် မူကြမ်း — မိခင်ဘာသာစကားပြောသူ ပြန်လည်စစ်ဆေးရန် လို</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker; not complete yet, so not offered in Preferences</source>
        <translation>ဘာသာပြန် မူကြမ်း — မိခင်ဘာသာစကားပြောသူ ပြန်လည်စစ်ဆေးရန် လို၊ မပြီးသေးသဖြင့် ဆက်တင်များတွင် မပေးသေး</translation>
    </message>
    <message>
        <source>{endonym} ({english}): {state}</source>
        <translation>{endonym} ({english})- {state}</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>အမှုအသစ် (&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>ထွက်ဆိုချက်အသစ် (&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>ဖြစ်စဉ်အသစ် (&amp;I)…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>ပုဂ္ဂိုလ်အသစ် (&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>သက်သေအထောက်အထား ထည့်ရန် (&amp;E)…</translation>
    </message>
    <message>
        <source>Add files as evidence (or drop them on the window)</source>
        <translation>ဖိုင်များကို သက်သေအထောက်အထားအဖြစ် ထည့်ရန် (သို့မဟုတ် ဝင်းဒိုးပေါ် ဆွဲချပါ)</translation>
    </message>
    <message>
        <source>E&amp;xport complaint bundle…</source>
        <translation>တိုင်ကြားချက်အစုံကို ထုတ်ယူရန် (&amp;X)…</translation>
    </message>
    <message>
        <source>Export a complaint bundle (PDF, exhibits, signed manifest) for a prosecutor</source>
        <translation>တရားလိုရှေ့နေအတွက် တိုင်ကြားချက်အစုံ (PDF၊ သက်သေခံပစ္စည်းများ၊ လက်မှတ်ထိုးထားသော ဖိုင်စာရင်း) ကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>သော့ခတ်ရန် (&amp;L)</translation>
    </message>
    <message>
        <source>Lock the casebook now</source>
        <translation>မှတ်တမ်းစာအုပ်ကို ယခု သော့ခတ်ရန်</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ဆက်တင်များ (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ထွက်ရန် (&amp;Q)</translation>
    </message>
    <message>
        <source>Lock the casebook and quit</source>
        <translation>မှတ်တမ်းစာအုပ်ကို သော့ခတ်ပြီး ထွက်ရန်</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>နောက်ပြန်ရန် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>ရှာရန် (&amp;S)…</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents</source>
        <translation>ထွက်ဆိုချက်၊ သက်သေအထောက်အထားနှင့် ဖြစ်စဉ်များကို ရှာရန်</translation>
    </message>
    <message>
        <source>&amp;Seal testimony…</source>
        <translation>ထွက်ဆိုချက်ကို တံဆိပ်ခတ်ရန် (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>လမ်းညွှန် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>ပြန်ဖွင့်ရန် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ကီးဘုတ် ဖြတ်လမ်းများ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>အသုံးပြုသူ လမ်းညွှန် (&amp;U)</translation>
    </message>
    <message>
        <source>The guide, offline</source>
        <translation>လမ်းညွှန်စာအုပ်၊ အော့ဖ်လိုင်း</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>Casebook အကြောင်း (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Identities…</source>
        <translation>မည်သူမည်ဝါများ (&amp;I)…</translation>
    </message>
    <message>
        <source>Your identity and colleagues&apos;</source>
        <translation>သင့်မည်သူမည်ဝါနှင့် လုပ်ဖော်ကိုင်ဖက်များ၏</translation>
    </message>
    <message>
        <source>&amp;Send case package…</source>
        <translation>အမှု ဖလှယ်ထုပ် ပို့ရန် (&amp;S)…</translation>
    </message>
    <message>
        <source>Send a case, encrypted and signed, to verified colleagues</source>
        <translation>အမှုတစ်ခုကို ကုဒ်ဝှက်၊ လက်မှတ်ထိုးပြီး အတည်ပြုထားသော လုပ်ဖော်ကိုင်ဖက်များထံ ပို့ရန်</translation>
    </message>
    <message>
        <source>I&amp;mport package…</source>
        <translation>ဖလှယ်ထုပ်ကို ထည့်သွင်းရန် (&amp;M)…</translation>
    </message>
    <message>
        <source>Check and import a colleague&apos;s case package</source>
        <translation>လုပ်ဖော်ကိုင်ဖက်၏ အမှု ဖလှယ်ထုပ်ကို စစ်ဆေးပြီး ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>ကွဲလွဲချက်များ (&amp;C)…</translation>
    </message>
    <message>
        <source>Decide merge conflicts</source>
        <translation>ပေါင်းစည်းရာတွင် ကွဲလွဲချက်များကို ဆုံးဖြတ်ရန်</translation>
    </message>
    <message>
        <source>&amp;Review of this case…</source>
        <translation>ဤအမှု၏ ပြန်လည်စစ်ဆေးခြင်း (&amp;R)…</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>ပြန်လည်စစ်ဆေးမှု အခြေအနေ</translation>
    </message>
    <message>
        <source>Supervisor &amp;access…</source>
        <translation>ကြီးကြပ်သူ ဝင်ခွင့် (&amp;A)…</translation>
    </message>
    <message>
        <source>Let a verified supervisor open this casebook with their own key</source>
        <translation>အတည်ပြုထားသော ကြီးကြပ်သူကို ၎င်းတို့၏ ကိုယ်ပိုင်သော့ဖြင့် ဤမှတ်တမ်းစာအုပ်ကို ဖွင့်ခွင့်ပေးရန်</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>စကားဝှက်စာကြောင်း ပြောင်းရန် (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a new passphrase (the current one is asked first)</source>
        <translation>စကားဝှက်စာကြောင်းအသစ် ရွေးရန် (လက်ရှိတစ်ခုကို ဦးစွာ မေးမည်)</translation>
    </message>
    <message>
        <source>New rec&amp;overy key…</source>
        <translation>ပြန်ယူရေးသော့ အသစ် (&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the recovery key (the old one stops working)</source>
        <translation>ပြန်ယူရေးသော့ကို အစားထိုးရန် (အဟောင်း အလုပ်မလုပ်တော့)</translation>
    </message>
    <message>
        <source>&amp;Verify casebook…</source>
        <translation>မှတ်တမ်းစာအုပ်ကို စစ်ဆေးအတည်ပြုရန် (&amp;V)…</translation>
    </message>
    <message>
        <source>Check every file, record and signature, and show the report</source>
        <translation>ဖိုင်၊ မှတ်တမ်းနှင့် လက်မှတ်တိုင်းကို စစ်ဆေးပြီး အစီရင်ခံစာကို ပြရန်</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>ပင်မ ကိရိယာဘား</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ဖိုင် (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ပြင်ဆင် (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>အမှု (&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>ဖလှယ်ရန် (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ကြည့်ရှု (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>အကူအညီ (&amp;H)</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens this casebook.</source>
        <translation>စကားဝှက်စာကြောင်း ပြောင်းပြီး။ စကားဝှက်စာကြောင်းဟောင်းဖြင့် ဤမှတ်တမ်းစာအုပ်ကို မဖွင့်နိုင်တော့ပါ။</translation>
    </message>
    <message>
        <source>New recovery key made. The old key no longer opens this casebook.</source>
        <translation>ပြန်ယူရေးသော့ အသစ် ပြုလုပ်ပြီး။ သော့ဟောင်းဖြင့် ဤမှတ်တမ်းစာအုပ်ကို မဖွင့်နိုင်တော့ပါ။</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>supported</source>
        <translation>ထောက်ခံထား</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>အားနည်း</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>အငြင်းပွား</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>ဆန့်ကျင်ခံရ</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>လိုအပ်ချက်</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>အင်္ဂါရပ်</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>ထောက်ခံသော</translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation>ဆန့်ကျင်သော</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>မရေတွက်</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>အဆင့်သတ်မှတ်ချက်</translation>
    </message>
    <message>
        <source>{count} {support}</source>
        <translation>{count} {support}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>၊ </translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>အဆင့်မသတ်မှတ်ရ</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>အချက် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>rests on {incidents}</source>
        <translation>{incidents} ကို အခြေခံ</translation>
    </message>
    <message>
        <source>{crime} is not in this taxonomy: no rows</source>
        <translation>{crime} သည် ဤအမျိုးအစားခွဲခြားမှုတွင် မပါ- အတန်း မရှိ</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>နောက်ခံအခြေအနေ</translation>
    </message>
    <message>
        <source>Elements of the crime</source>
        <translation>ရာဇဝတ်မှု၏ အင်္ဂါရပ်များ</translation>
    </message>
    <message>
        <source>Liability — {person} under {mode} ({mode_title})</source>
        <translation>တာဝန်ရှိမှု — {mode} ({mode_title}) အရ {person}</translation>
    </message>
    <message>
        <source>about {person}</source>
        <translation>{person} နှင့် ပတ်သက်</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>အကျုံးဝင်မှုဇယား</translation>
    </message>
    <message>
        <source>Coverage of every charge, one cell per element</source>
        <translation>စွဲချက်တိုင်း၏ အကျုံးဝင်မှု၊ အင်္ဂါရပ်တစ်ခုလျှင် အကွက်တစ်ကွက်</translation>
    </message>
    <message numerus="yes">
        <source>{statuses}.  Grades: reliability A–F, credibility 1–6 (weak: D–F or 4–6).  Overview cells: C context, E element of the crime, L liability; * tagged material the charge does not count.</source>
        <comment>keep the letters A–F, 1–6, C, E, L and *: the matrix shows them</comment>
        <translation>
            <numerusform>{statuses}။  အဆင့်များ- ယုံကြည်စိတ်ချရမှု A–F၊ ယုံကြည်နိုင်မှု 1–6 (အားနည်း- D–F သို့မဟုတ် 4–6)။  ခြုံငုံအကွက်များ- C နောက်ခံအခြေအနေ၊ E ရာဇဝတ်မှု၏ အင်္ဂါရပ်၊ L တာဝန်ရှိမှု၊ * စွဲချက်က မရေတွက်သော တဂ်တပ်ထားသည့် အထောက်အထား။</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row to see its material.</source>
        <translation>၎င်း၏ အထောက်အထားများကို ကြည့်ရန် အတန်းတစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>Material of the chosen element</source>
        <translation>ရွေးထားသော အင်္ဂါရပ်၏ အထောက်အထားများ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Not counted, because {reason}</source>
        <translation>မရေတွက်ပါ၊ အကြောင်းမှာ {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Coverage matrix — {reference}, %n charge(s)</source>
        <translation>
            <numerusform>အကျုံးဝင်မှုဇယား — {reference}၊ စွဲချက် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>No charges yet: add one in the Charges section.</source>
        <translation>စွဲချက် မရှိသေးပါ- စွဲချက်များ အပိုင်းတွင် တစ်ခု ထည့်ပါ။</translation>
    </message>
    <message numerus="yes">
        <source>{element}: {status}; %n tagged item(s) not counted</source>
        <translation>
            <numerusform>{element}- {status}၊ မရေတွက်သော တဂ်တပ်ထားသည့် အချက် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>{element}: {status}</source>
        <translation>{element}- {status}</translation>
    </message>
    <message>
        <source>{element}: {status} — activate an item to open it.</source>
        <translation>{element}- {status} — ဖွင့်ရန် အချက်တစ်ခုကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>For: {citation}</source>
        <translation>ထောက်ခံ- {citation}</translation>
    </message>
    <message>
        <source>Against: {citation}</source>
        <translation>ဆန့်ကျင်- {citation}</translation>
    </message>
    <message>
        <source>Needs review (not counted): {citation}</source>
        <translation>ပြန်လည်စစ်ဆေးရန် လို (မရေတွက်)- {citation}</translation>
    </message>
    <message>
        <source>Not counted, because {reason}: {citation}</source>
        <translation>မရေတွက်ပါ၊ အကြောင်းမှာ {reason}- {citation}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the conditions of a saved pattern&apos;s filter</comment>
        <translation>၊ </translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation>ဖြစ်စဉ်အားလုံး</translation>
    </message>
    <message>
        <source>{pattern}, not graded — {where}</source>
        <translation>{pattern}၊ အဆင့်မသတ်မှတ်ရသေး — {where}</translation>
    </message>
    <message>
        <source>No material is tagged to this element yet.</source>
        <translation>ဤအင်္ဂါရပ်တွင် တဂ်တပ်ထားသော အထောက်အထား မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Ticks it in the incident&apos;s &quot;Concerns&quot; list, so this charge counts it.</source>
        <translation>၎င်းကို ဖြစ်စဉ်၏ &quot;သက်ဆိုင်သည်&quot; စာရင်းတွင် အမှန်ခြစ်သဖြင့် ဤစွဲချက်က ရေတွက်မည်။</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>ချိတ်ဆက်မှုကို မသိမ်းရပါ</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>ဇယားကို CSV အဖြစ် ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}.</source>
        <translation>CSV ဖိုင်ကို ရေး၍ မရပါ- {reason}။</translation>
    </message>
    <message>
        <source>Export the matrix as PNG</source>
        <translation>ဇယားကို PNG အဖြစ် ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written there. Choose another folder.</source>
        <translation>ပုံကို ထိုနေရာတွင် ရေး၍ မရပါ။ အခြားဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Incidents by month</source>
        <translation>လအလိုက် ဖြစ်စဉ်များ</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Testimony of {witness}</source>
        <translation>{witness} ၏ ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>v{version}</source>
        <comment>a statement&apos;s version</comment>
        <translation>v{version}</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>တံဆိပ်ခတ်ပြီး</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>ပုဂ္ဂိုလ်များ</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>ထွက်ဆိုချက်များ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>သက်သေအထောက်အထား</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>စွဲချက်များ</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>အကျုံးဝင်မှုဇယား</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>အချိန်စဉ်</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>နေရာများ</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>ပုံစံတူမှုများ</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <comment>a navigator section and its size</comment>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>{count} more — use {search} to find them</source>
        <translation>နောက်ထပ် {count} ခု — ရှာရန် {search} ကို သုံးပါ</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>ပြန်ယူရေးသော့ အသစ် ပြုလုပ်ရန် (&amp;M)</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>ပြန်ယူရေးသော့ အသစ်</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key will no longer open this casebook. Do this when the old key may have been seen, copied or lost.</source>
        <translation>ပြန်ယူရေးသော့ အသစ်က အဟောင်းကို အစားထိုးသည်- သော့ဟောင်းဖြင့် ဤမှတ်တမ်းစာအုပ်ကို မဖွင့်နိုင်တော့ပါ။ သော့ဟောင်းကို တစ်စုံတစ်ယောက် မြင်၊ ကူး သို့မဟုတ် ပျောက်ဆုံးသွားနိုင်လျှင် ဤသို့ ပြုလုပ်ပါ။</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>လက်ရှိ စကားဝှက်စာကြောင်း:</translation>
    </message>
    <message>
        <source>The old key no longer opens this casebook.</source>
        <translation>သော့ဟောင်းဖြင့် ဤမှတ်တမ်းစာအုပ်ကို မဖွင့်နိုင်တော့ပါ။</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>ယခု ဖွင့်နေသော စကားဝှက်စာကြောင်းကို ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Send case package</source>
        <translation>အမှု ဖလှယ်ထုပ် ပို့ရန်</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>အမှု</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>လက်ခံသူများ</translation>
    </message>
    <message>
        <source>Only changes since the last package to these recipients</source>
        <translation>ဤလက်ခံသူများထံ နောက်ဆုံးဖလှယ်ထုပ်မှစ၍ ပြောင်းလဲမှုများသာ</translation>
    </message>
    <message>
        <source>Include protected identities (real names, contacts)</source>
        <translation>ကာကွယ်ထားသော မည်သူမည်ဝါများ ထည့်ရန် (အမည်ရင်းများ၊ ဆက်သွယ်ရန်)</translation>
    </message>
    <message>
        <source>Real names and contacts of witnesses will leave this casebook. Include them only if the recipients need them and the witnesses agreed.</source>
        <translation>သက်သေများ၏ အမည်ရင်းနှင့် ဆက်သွယ်ရန်အချက်များ ဤမှတ်တမ်းစာအုပ်မှ ထွက်သွားမည်။ လက်ခံသူများ လိုအပ်ပြီး သက်သေများ သဘောတူမှသာ ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ဖလှယ်ထုပ် ဖိုင်</translation>
    </message>
    <message>
        <source>where to write the package (.cbpkg)</source>
        <translation>ဖလှယ်ထုပ်ကို ရေးမည့်နေရာ (.cbpkg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>အမှု:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>လက်ခံသူများ:</translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation>ဖလှယ်ထုပ် ဖိုင်:</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipients when they import it:</source>
        <translation>လက်ခံသူများ ထည့်သွင်းသည့်အခါ ဤလက်ဗွေကို ဖတ်ပြပါ:</translation>
    </message>
    <message>
        <source>Write package</source>
        <translation>ဖလှယ်ထုပ် ရေးရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>{name} ({role}) · verified</source>
        <translation>{name} ({role}) · အတည်ပြုပြီး</translation>
    </message>
    <message>
        <source>{name} ({role}) · NOT VERIFIED — tick to compare fingerprints</source>
        <translation>{name} ({role}) · အတည်မပြုရသေး — လက်ဗွေ တိုက်စစ်ရန် အမှန်ခြစ်ပါ</translation>
    </message>
    <message>
        <source>There is no case to send yet.</source>
        <translation>ပို့ရန် အမှု မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Tick at least one verified colleague to send the package to.</source>
        <translation>ဖလှယ်ထုပ် ပို့မည့် အတည်ပြုထားသော လုပ်ဖော်ကိုင်ဖက် အနည်းဆုံး တစ်ဦးကို အမှန်ခြစ်ပါ။</translation>
    </message>
    <message>
        <source>Choose where to write the package file.</source>
        <translation>ဖလှယ်ထုပ် ဖိုင်ကို ရေးမည့်နေရာ ရွေးပါ။</translation>
    </message>
    <message>
        <source>Writing the encrypted package…</source>
        <translation>ကုဒ်ဝှက်ထားသော ဖလှယ်ထုပ်ကို ရေးနေသည်…</translation>
    </message>
    <message>
        <source>Writing the encrypted package… {megabytes} MB</source>
        <translation>ကုဒ်ဝှက်ထားသော ဖလှယ်ထုပ်ကို ရေးနေသည်… {megabytes} MB</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>၊ </translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{kind} {count}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} for {recipients}: {parts}; %n attachment(s). Send the file by any channel: only the recipients can open it.</source>
        <translation>
            <numerusform>{recipients} အတွက် {path} ကို ရေးပြီး- {parts}၊ ပူးတွဲဖိုင် %n ခု။ ဖိုင်ကို မည်သည့်လမ်းကြောင်းဖြင့်မဆို ပို့ပါ- လက်ခံသူများသာ ဖွင့်နိုင်သည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed since the last package</source>
        <translation>နောက်ဆုံးဖလှယ်ထုပ်မှစ၍ မည်သည့်အရာမျှ မပြောင်းလဲ</translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation>ဖလှယ်ထုပ်ကို မရေးရပါ</translation>
    </message>
</context>
<context>
    <name>PassageHighlights</name>
    <message>
        <source>(click to open the tag)</source>
        <translation>(တဂ်ကို ဖွင့်ရန် နှိပ်ပါ)</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>စကားဝှက်စာကြောင်း ထပ်ရိုက်ရန်</translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway (anyone with a copy of the folder could guess it)</source>
        <translation>ဤအားနည်းသော စကားဝှက်စာကြောင်းကို မည်သို့ပင်ဖြစ်စေ သုံးရန် (ဖိုင်တွဲ၏ မိတ္တူရှိသူ မည်သူမဆို ခန့်မှန်းနိုင်သည်)</translation>
    </message>
    <message>
        <source>Only if you accept that someone with a copy of the folder could guess it</source>
        <translation>ဖိုင်တွဲ၏ မိတ္တူရှိသူက ခန့်မှန်းနိုင်သည်ကို သင်လက်ခံမှသာ</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>စကားဝှက်စာကြောင်း:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>ထပ်ရိုက်ပါ:</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters; several words are best.</source>
        <translation>အနည်းဆုံး စာလုံး {count} လုံးပါသော စကားဝှက်စာကြောင်း ရွေးပါ၊ စကားလုံး အများအပြား အကောင်းဆုံး။</translation>
    </message>
    <message>
        <source>This passphrase is “{strength}”: a program can guess it quickly. Anyone who gets a copy of the casebook folder (a lost laptop, a seized USB drive, a backup) could then read every statement and the names of the people who gave them. Choose several unrelated words, or tick “Use this weak passphrase anyway” if you accept that risk.</source>
        <translation>ဤစကားဝှက်စာကြောင်းသည် “{strength}” ဖြစ်သည်- ပရိုဂရမ်တစ်ခုက အလျင်အမြန် ခန့်မှန်းနိုင်သည်။ မှတ်တမ်းစာအုပ် ဖိုင်တွဲ၏ မိတ္တူကို ရရှိသူ မည်သူမဆို (ပျောက်သွားသော laptop၊ သိမ်းဆည်းခံရသော USB drive၊ အရန်မိတ္တူ) ထွက်ဆိုချက်တိုင်းနှင့် ၎င်းတို့ကို ပေးခဲ့သူများ၏ အမည်များကို ဖတ်နိုင်မည်။ မဆက်စပ်သော စကားလုံး အများအပြားကို ရွေးပါ၊ သို့မဟုတ် ထိုအန္တရာယ်ကို လက်ခံလျှင် “ဤအားနည်းသော စကားဝှက်စာကြောင်းကို မည်သို့ပင်ဖြစ်စေ သုံးရန်” ကို အမှန်ခြစ်ပါ။</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>စကားဝှက်စာကြောင်း နှစ်ခု မတူပါ။ တူညီသော စကားဝှက်စာကြောင်းကို နှစ်ကြိမ် ရိုက်ပါ။</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>(any)</source>
        <translation>(မည်သည့်)</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>ပုံစံတူမှုများ</translation>
    </message>
    <message>
        <source>Cases counted</source>
        <translation>ရေတွက်သော အမှုများ</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>ဤအမှု</translation>
    </message>
    <message>
        <source>All cases of the casebook</source>
        <translation>မှတ်တမ်းစာအုပ်၏ အမှုအားလုံး</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>ကာလ စတင်</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>ကာလ ဆုံး</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD၊ YYYY-MM၊ YYYY</translation>
    </message>
    <message>
        <source>Administrative area</source>
        <translation>အုပ်ချုပ်ရေးနယ်မြေ</translation>
    </message>
    <message>
        <source>Victim characteristic</source>
        <translation>ထိခိုက်နစ်နာသူ၏ လက္ခဏာ</translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation>ထိခိုက်နစ်နာသူ အုပ်စု</translation>
    </message>
    <message>
        <source>Alleged perpetrator unit</source>
        <translation>စွပ်စွဲခံရသူ၏ တပ်ဖွဲ့</translation>
    </message>
    <message>
        <source>Crime tagged or charged</source>
        <translation>တဂ်တပ်ထား သို့မဟုတ် စွဲချက်တင်ထားသော ရာဇဝတ်မှု</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>စစ်ထုတ်မှု ရှင်းရန်</translation>
    </message>
    <message>
        <source>Saved patterns</source>
        <translation>သိမ်းထားသော ပုံစံတူမှုများ</translation>
    </message>
    <message>
        <source>(saved patterns)</source>
        <translation>(သိမ်းထားသော ပုံစံတူမှုများ)</translation>
    </message>
    <message>
        <source>Save pattern…</source>
        <translation>ပုံစံတူမှု သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Delete saved pattern</source>
        <translation>ပုံစံတူမှုကို ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Keep this filter and its counts; cite it for a contextual element, so the coverage matrix and the complaint&apos;s analysis show it.</source>
        <translation>ဤစစ်ထုတ်မှုနှင့် ၎င်း၏ အရေအတွက်များကို ထားပါ၊ နောက်ခံအခြေအနေ အင်္ဂါရပ်အတွက် ကိုးကားပါ၊ သို့မှသာ အကျုံးဝင်မှုဇယားနှင့် တိုင်ကြားချက်၏ သုံးသပ်ချက်တွင် ပြမည်။</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>ရေတွက်:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>ကာလ စတင်:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>အထိ:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>နယ်မြေ:</translation>
    </message>
    <message>
        <source>Victims by:</source>
        <translation>ထိခိုက်နစ်နာသူ:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>တပ်ဖွဲ့:</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>ပြုလုပ်ချက်:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>သိမ်းထား:</translation>
    </message>
    <message>
        <source>Incidents by month. Solid: the whole date span lies in the month. Hatched: an uncertain date (range, year, approximate) that may fall in the month; hatched counts overlap between months and must not be added up. Labels: certain (+ possible).</source>
        <translation>လအလိုက် ဖြစ်စဉ်များ။ အပြည့်- ရက်စွဲ အပိုင်းအခြား တစ်ခုလုံး ထိုလထဲတွင် ရှိသည်။ မျဉ်းစောင်း- မသေချာသော ရက်စွဲ (အပိုင်းအခြား၊ နှစ်၊ ခန့်မှန်း) ထိုလထဲ ကျနိုင်သည်၊ မျဉ်းစောင်း အရေအတွက်များသည် လများကြား ထပ်နေနိုင်သဖြင့် ပေါင်းမရပါ။ အညွှန်းများ- သေချာ (+ ဖြစ်နိုင်)။</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>အုပ်ချုပ်ရေးနယ်မြေအလိုက် ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>Victims by group</source>
        <translation>အုပ်စုအလိုက် ထိခိုက်နစ်နာသူများ</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>စွပ်စွဲခံရသူ၏ တပ်ဖွဲ့အလိုက် ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>Incidents by crime</source>
        <translation>ရာဇဝတ်မှုအလိုက် ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>တပ်ဖွဲ့</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>ပြုလုပ်ချက်</translation>
    </message>
    <message>
        <source>Choose a bar or a row to list the records behind it.</source>
        <translation>နောက်ကွယ်ရှိ မှတ်တမ်းများကို ပြရန် ဘားတစ်ခု သို့မဟုတ် အတန်းတစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Records behind the chosen count</source>
        <translation>ရွေးထားသော အရေအတွက်၏ နောက်ကွယ်ရှိ မှတ်တမ်းများ</translation>
    </message>
    <message>
        <source>{title} — cited for {element}</source>
        <translation>{title} — {element} အတွက် ကိုးကားထား</translation>
    </message>
    <message>
        <source>Delete the saved pattern “{pattern}”? A matrix row or a complaint citing it will no longer show it.</source>
        <translation>သိမ်းထားသော ပုံစံတူမှု “{pattern}” ကို ဖျက်မလား။ ၎င်းကို ကိုးကားသော ဇယားအတန်း သို့မဟုတ် တိုင်ကြားချက်တွင် မပြတော့ပါ။</translation>
    </message>
    <message>
        <source>Pattern not deleted</source>
        <translation>ပုံစံတူမှုကို မဖျက်ရပါ</translation>
    </message>
    <message>
        <source>Pattern not saved</source>
        <translation>ပုံစံတူမှုကို မသိမ်းရပါ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The filter was not applied:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;စစ်ထုတ်မှုကို မသုံးရပါ-&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>all cases of the casebook</source>
        <translation>မှတ်တမ်းစာအုပ်၏ အမှုအားလုံး</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>ဤအမှု</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} where {conditions}.</source>
        <translation>
            <numerusform>{conditions} ဖြစ်သော {scope} ၏ &lt;b&gt;ဖြစ်စဉ် %n ခု&lt;/b&gt;။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} (no filter).</source>
        <translation>
            <numerusform>{scope} ၏ &lt;b&gt;ဖြစ်စဉ် %n ခု&lt;/b&gt; (စစ်ထုတ်မှု မရှိ)။</numerusform>
        </translation>
    </message>
    <message>
        <source>; and </source>
        <comment>joins the conditions of a filter</comment>
        <translation>၊ နှင့် </translation>
    </message>
    <message numerus="yes">
        <source>Lacking a bounded date: %n incidents. {treatment}</source>
        <translation>
            <numerusform>ကန့်သတ်ရက်စွဲ မရှိသော ဖြစ်စဉ် %n ခု။ {treatment}</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} Plotted by coordinates: {plotted}; without coordinates: {without}.</source>
        <translation>{what} ကိုဩဒိနိတ်ဖြင့် ပြထား- {plotted}၊ ကိုဩဒိနိတ် မရှိ- {without}။</translation>
    </message>
    <message>
        <source>{what} Incidents with no victim recorded: {count}.</source>
        <translation>{what} ထိခိုက်နစ်နာသူ မှတ်တမ်းမတင်ရသေးသော ဖြစ်စဉ်များ- {count}။</translation>
    </message>
    <message>
        <source>{month}: certainly in the month</source>
        <translation>{month}- ထိုလထဲတွင် သေချာ</translation>
    </message>
    <message>
        <source>{title}: {count} — the records behind this count (press Enter or double-click to open):</source>
        <translation>{title}- {count} — ဤအရေအတွက်၏ နောက်ကွယ်ရှိ မှတ်တမ်းများ (ဖွင့်ရန် Enter နှိပ်ပါ သို့မဟုတ် နှစ်ချက်နှိပ်ပါ):</translation>
    </message>
    <message>
        <source>Person {name}</source>
        <translation>ပုဂ္ဂိုလ် {name}</translation>
    </message>
    <message>
        <source>possibly in the month: Incident: {title}</source>
        <translation>ထိုလထဲ ဖြစ်နိုင်- ဖြစ်စဉ်- {title}</translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <translation>ဖြစ်စဉ်- {title}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Show identity…</source>
        <translation>မည်သူမည်ဝါကို ပြရန်…</translation>
    </message>
    <message>
        <source>Show protected identity</source>
        <translation>ကာကွယ်ထားသော မည်သူမည်ဝါကို ပြရန်</translation>
    </message>
    <message>
        <source>Opens the person&apos;s name and contact details</source>
        <translation>ထိုပုဂ္ဂိုလ်၏ အမည်နှင့် ဆက်သွယ်ရန်အချက်များကို ဖွင့်ပြသည်</translation>
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
        <translation>ကိုဩဒိနိတ်အလိုက် ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>No coordinates recorded</source>
        <translation>ကိုဩဒိနိတ် မှတ်တမ်းမတင်ရသေး</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>စနစ်အတိုင်း</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>အလင်း</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>အမှောင်</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ဘယ်တော့မှ</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 စက္ကန့်</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 မိနစ်</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 မိနစ်</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> မိနစ်</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>အသုံးမပြုသည့် မိနစ်များအပြီး သော့ခတ်ရန်</translation>
    </message>
    <message>
        <source>Remember recently opened casebooks</source>
        <translation>မကြာသေးမီက ဖွင့်ခဲ့သော မှတ်တမ်းစာအုပ်များကို မှတ်ထားရန်</translation>
    </message>
    <message>
        <source>Off by default: the list shows where casebooks are kept to anyone who opens Casebook on this computer.</source>
        <translation>မူလအားဖြင့် ပိတ်ထားသည်- ဤကွန်ပျူတာပေါ်တွင် Casebook ကို ဖွင့်သူ မည်သူ့ကိုမဆို မှတ်တမ်းစာအုပ်များ ထားရာနေရာကို စာရင်းက ပြသည်။</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>စာလုံးအရွယ်</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>အရောင်များ</translation>
    </message>
    <message>
        <source>Clear a copied identity detail after</source>
        <translation>ကူးထားသော မည်သူမည်ဝါ အချက်ကို ရှင်းမည့်အချိန်</translation>
    </message>
    <message>
        <source>Names and contacts copied from a protected identity are removed from the clipboard after this time. A clipboard manager may keep its own history.</source>
        <translation>ကာကွယ်ထားသော မည်သူမည်ဝါမှ ကူးထားသော အမည်များနှင့် ဆက်သွယ်ရန်အချက်များကို ဤအချိန်အပြီး clipboard မှ ဖယ်ရှားသည်။ clipboard manager တစ်ခုက ၎င်း၏ကိုယ်ပိုင် မှတ်တမ်းကို သိမ်းထားနိုင်သည်။</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>မျက်နှာပြင်၏ ဘာသာစကား</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>စနစ်၏ မူလ</translation>
    </message>
    <message>
        <source>{endonym} ({english})</source>
        <translation>{endonym} ({english})</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts. Only languages whose translation is complete are listed; every translation is a draft that still needs review by a native speaker.</source>
        <translation>ဘာသာစကားအသစ်သည် Casebook ကို နောက်တစ်ကြိမ် စတင်သည့်အခါ အသက်ဝင်မည်။ ဘာသာပြန် ပြီးစီးသော ဘာသာစကားများကိုသာ ဖော်ပြသည်၊ ဘာသာပြန်တိုင်းသည် မိခင်ဘာသာစကားပြောသူ ပြန်လည်စစ်ဆေးရန် လိုသေးသော မူကြမ်း ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Lock the casebook after</source>
        <translation>မှတ်တမ်းစာအုပ်ကို သော့ခတ်မည့်အချိန်</translation>
    </message>
    <message>
        <source>Clear a copied name or contact after</source>
        <translation>ကူးထားသော အမည် သို့မဟုတ် ဆက်သွယ်ရန်အချက်ကို ရှင်းမည့်အချိန်</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>အားလုံး သိမ်းရန်</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ဟုတ်ကဲ့ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>အားလုံးကို ဟုတ်ကဲ့ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>မဟုတ်ပါ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>အားလုံးကို မဟုတ်ပါ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ဖျက်သိမ်းရန်</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ထပ်ကြိုးစားရန်</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>လျစ်လျူရှုရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>မသိမ်းဘဲ ပယ်ရန်</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>အသုံးချရန်</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ပြန်သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>မူလအတိုင်း ပြန်ထားရန်</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>States and bodies the consent covers</source>
        <translation>သဘောတူညီချက် အကျုံးဝင်သော နိုင်ငံများနှင့် အဖွဲ့အစည်းများ</translation>
    </message>
    <message>
        <source>State or body to add</source>
        <translation>ထည့်မည့် နိုင်ငံ သို့မဟုတ် အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Type a state or body, e.g. Germany, IIMM</source>
        <translation>နိုင်ငံ သို့မဟုတ် အဖွဲ့အစည်းကို ရိုက်ပါ၊ ဥပမာ Germany၊ IIMM</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>ထည့်ရန် (&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Choose a state or body from the list.</source>
        <translation>စာရင်းမှ နိုင်ငံ သို့မဟုတ် အဖွဲ့အစည်းကို ရွေးပါ။</translation>
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
        <translation>မသိမ်းရပါ- {field}။ အကြောင်းရင်းကို ၎င်း၏ဘေးတွင် ပြထားသည်။</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>victim</source>
        <translation>ထိခိုက်နစ်နာသူ</translation>
    </message>
    <message>
        <source>survivor</source>
        <translation>အသက်ရှင်ကျန်ရစ်သူ</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>သက်သေ</translation>
    </message>
    <message>
        <source>alleged perpetrator</source>
        <translation>စွပ်စွဲခံရသူ</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ရင်းမြစ်</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>အင်တာဗျူးသူ</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>ထိခိုက်နစ်နာသူ</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>အသက်ရှင်ကျန်ရစ်သူ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>သက်သေ</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>စွပ်စွဲခံရသူ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ရင်းမြစ်</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>အင်တာဗျူးသူ</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>ဓာတ်ပုံ</translation>
    </message>
    <message>
        <source>video</source>
        <translation>ဗီဒီယို</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>အသံ</translation>
    </message>
    <message>
        <source>document</source>
        <translation>စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>ရုပ်ပစ္စည်း</translation>
    </message>
    <message>
        <source>open source</source>
        <translation>အများသုံး ရင်းမြစ် (open source)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the roles of a person</comment>
        <translation>၊ </translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Write down your recovery key</source>
        <translation>သင့်ပြန်ယူရေးသော့ကို ချရေးထားပါ</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the casebook. Write it on paper and keep it apart from this computer. {note}</source>
        <translation>စကားဝှက်စာကြောင်းကို မေ့သွားလျှင် ဤသော့သည် မှတ်တမ်းစာအုပ်ကို ဖွင့်နိုင်သော တစ်ခုတည်းသော နည်းလမ်း ဖြစ်သည်။ စက္ကူပေါ်တွင် ရေးပြီး ဤကွန်ပျူတာနှင့် သီးခြား ထားပါ။ {note}</translation>
    </message>
    <message>
        <source>It is shown only now.</source>
        <translation>ယခုသာ ပြသည်။</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>ပြန်ယူရေးသော့</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>ပြန်ယူရေးသော့ကို ချရေးပြီးပါပြီ</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>ဆက်လုပ်ရန် (&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <source>Review done</source>
        <translation>ပြန်လည်စစ်ဆေးပြီး</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <comment>quoted text</comment>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>၊ </translation>
    </message>
    <message>
        <source>To review: this consent also named {names}, written before Casebook used its list of states and bodies. No state or body of the list matches, so no export uses it. Add the states or bodies the witness meant below, then press Review done.</source>
        <translation>ပြန်လည်စစ်ဆေးရန်- ဤသဘောတူညီချက်တွင် {names} ကိုလည်း ဖော်ပြထားသည်၊ Casebook က ၎င်း၏ နိုင်ငံနှင့် အဖွဲ့အစည်း စာရင်းကို မသုံးမီ ရေးထားခြင်း ဖြစ်သည်။ စာရင်းထဲရှိ မည်သည့်နိုင်ငံ သို့မဟုတ် အဖွဲ့အစည်းနှင့်မျှ မကိုက်ညီသဖြင့် မည်သည့်ထုတ်ယူမှုကမျှ မသုံးပါ။ သက်သေ ဆိုလိုသော နိုင်ငံများ သို့မဟုတ် အဖွဲ့အစည်းများကို အောက်တွင် ထည့်ပြီး ပြန်လည်စစ်ဆေးပြီး ကို နှိပ်ပါ။</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review of {reference}</source>
        <translation>{reference} ၏ ပြန်လည်စစ်ဆေးခြင်း</translation>
    </message>
    <message>
        <source>New review status</source>
        <translation>ပြန်လည်စစ်ဆေးမှု အခြေအနေ အသစ်</translation>
    </message>
    <message>
        <source>Set status (signed)</source>
        <translation>အခြေအနေ သတ်မှတ်ရန် (လက်မှတ်ထိုး)</translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation>ပြောင်းရန်:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Approve and sign off</source>
        <translation>အတည်ပြုပြီး လက်မှတ်ထိုးရန်</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>ပြန်လည်စစ်ဆေးမှု မှတ်ချက်များ</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>မှတ်ချက်အသစ်</translation>
    </message>
    <message>
        <source>A comment for the documenter or the supervisor…</source>
        <translation>မှတ်တမ်းတင်သူ သို့မဟုတ် ကြီးကြပ်သူအတွက် မှတ်ချက်…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>မှတ်ချက် ထည့်ရန်</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>မှတ်ချက်များ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted for review yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;ပြန်လည်စစ်ဆေးရန် မတင်ပြရသေးပါ။&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — set by {person}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; — {person} က သတ်မှတ်</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>လက်မှတ် မှန်ကန်</translation>
    </message>
    <message>
        <source>SIGNATURE INVALID</source>
        <translation>လက်မှတ် မမှန်ကန်ပါ</translation>
    </message>
    <message>
        <source>the case is unchanged since</source>
        <translation>ထိုအချိန်မှစ၍ အမှု မပြောင်းလဲ</translation>
    </message>
    <message>
        <source>the case CHANGED after the approval; it needs a new review</source>
        <translation>အတည်ပြုပြီးနောက် အမှု ပြောင်းလဲသွားသည်၊ ပြန်လည်စစ်ဆေးမှု အသစ် လိုသည်</translation>
    </message>
    <message>
        <source>Signed off by {person} on {when} ({signature}; {content}).</source>
        <translation>{when} တွင် {person} က လက်မှတ်ထိုး အတည်ပြုခဲ့သည် ({signature}၊ {content})။</translation>
    </message>
    <message>
        <source>{when} {author}: {where}{status} — not counted ({why})</source>
        <translation>{when} {author}- {where}{status} — မရေတွက် ({why})</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>မှတ်ချက် မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>The review status was not changed</source>
        <translation>ပြန်လည်စစ်ဆေးမှု အခြေအနေကို မပြောင်းရပါ</translation>
    </message>
    <message>
        <source>The comment was not added</source>
        <translation>မှတ်ချက်ကို မထည့်ရပါ</translation>
    </message>
</context>
<context>
    <name>SavePatternDialog</name>
    <message>
        <source>Save pattern</source>
        <translation>ပုံစံတူမှု သိမ်းရန်</translation>
    </message>
    <message>
        <source>Title of the pattern</source>
        <translation>ပုံစံတူမှု၏ ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>What the pattern shows, e.g. Deportations in Maungdaw</source>
        <translation>ပုံစံတူမှုက ပြသည့်အရာ၊ ဥပမာ မောင်တောရှိ နှင်ထုတ်မှုများ</translation>
    </message>
    <message>
        <source>Contextual element it is cited for</source>
        <translation>ကိုးကားသည့် နောက်ခံအခြေအနေ အင်္ဂါရပ်</translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation>(မကိုးကား)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ခေါင်းစဉ်:</translation>
    </message>
    <message>
        <source>Cite for:</source>
        <translation>ကိုးကားရန်:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Testimony passages</source>
        <translation>ထွက်ဆိုချက် စာသားအပိုင်းများ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>သက်သေအထောက်အထား</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>Search the casebook</source>
        <translation>မှတ်တမ်းစာအုပ်ကို ရှာရန်</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents (any script)</source>
        <translation>ထွက်ဆိုချက်၊ သက်သေအထောက်အထားနှင့် ဖြစ်စဉ်များကို ရှာရန် (မည်သည့် အက္ခရာမဆို)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ရှာရန်</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>ရှာဖွေမှု ရလဒ်များ</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <comment>a group of search results and its size</comment>
        <translation>{group} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>ရလဒ် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>ကိုက်ညီမှု မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <source>Complainants</source>
        <translation>တိုင်ကြားသူများ</translation>
    </message>
    <message>
        <source>Counsel and signature</source>
        <translation>ရှေ့နေနှင့် လက်မှတ်</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>အဖြစ်မှန်များ၏ အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>စီရင်ပိုင်ခွင့်</translation>
    </message>
    <message>
        <source>Reasons to act</source>
        <translation>ဆောင်ရွက်ရန် အကြောင်းရင်းများ</translation>
    </message>
    <message>
        <source>Other jurisdictions and mechanisms</source>
        <translation>အခြား စီရင်ပိုင်ခွင့်များနှင့် ယန္တရားများ</translation>
    </message>
    <message>
        <source>Requested investigative measures</source>
        <translation>တောင်းဆိုသော စုံစမ်းစစ်ဆေးရေး အစီအမံများ</translation>
    </message>
    <message>
        <source>Closing requests</source>
        <translation>နိဂုံး တောင်းဆိုချက်များ</translation>
    </message>
    <message>
        <source>Who files the complaint: organisations or persons, with their standing.</source>
        <translation>တိုင်ကြားချက်ကို တင်သွင်းသူ- အဖွဲ့အစည်းများ သို့မဟုတ် ပုဂ္ဂိုလ်များ၊ ၎င်းတို့၏ တိုင်ကြားပိုင်ခွင့်နှင့်အတူ။</translation>
    </message>
    <message>
        <source>Counsel for the complainants, the address for replies, the signature block.</source>
        <translation>တိုင်ကြားသူများ၏ ရှေ့နေ၊ စာပြန်ရန် လိပ်စာ၊ လက်မှတ်အပိုင်း။</translation>
    </message>
    <message>
        <source>What happened, in short, citing the facts: Cite… inserts a reference.</source>
        <translation>ဖြစ်ပျက်ခဲ့သည့်အရာ အတိုချုပ်၊ အဖြစ်မှန်များကို ကိုးကား၍- ကိုးကားရန်… က ရည်ညွှန်းချက် ထည့်ပေးသည်။</translation>
    </message>
    <message>
        <source>Why this forum may prosecute (for Germany: § 1 VStGB).</source>
        <translation>ဤတရားရုံးက အဘယ်ကြောင့် တရားစွဲဆိုနိုင်သနည်း (ဂျာမနီအတွက်- § 1 VStGB)။</translation>
    </message>
    <message>
        <source>Why the prosecutor should act now (for Germany, the questions of § 153f StPO: suspects, victims or evidence present or expected in Germany).</source>
        <translation>တရားလိုရှေ့နေ အဘယ်ကြောင့် ယခု ဆောင်ရွက်သင့်သနည်း (ဂျာမနီအတွက် § 153f StPO ၏ မေးခွန်းများ- ဂျာမနီတွင် ရှိသော သို့မဟုတ် ရှိလာမည်ဟု မျှော်လင့်ရသော သံသယရှိသူများ၊ ထိခိုက်နစ်နာသူများ သို့မဟုတ် သက်သေအထောက်အထားများ)။</translation>
    </message>
    <message>
        <source>Other states, courts and mechanisms already seized of the situation.</source>
        <translation>ဤအခြေအနေကို ကိုင်တွယ်နေပြီးသော အခြားနိုင်ငံများ၊ တရားရုံးများနှင့် ယန္တရားများ။</translation>
    </message>
    <message>
        <source>The investigative steps requested (hearing witnesses, securing evidence, …).</source>
        <translation>တောင်းဆိုသော စုံစမ်းစစ်ဆေးရေး အဆင့်များ (သက်သေများကို စစ်ဆေးမေးမြန်းခြင်း၊ သက်သေအထောက်အထားများကို လုံခြုံအောင်ထားခြင်း၊ …)။</translation>
    </message>
    <message>
        <source>What is asked: to open proceedings, to be informed of the decision.</source>
        <translation>တောင်းဆိုသည့်အရာ- တရားစွဲဆိုမှု စတင်ရန်၊ ဆုံးဖြတ်ချက်ကို အသိပေးရန်။</translation>
    </message>
    <message>
        <source>The legal argument for the whole charge: crime, context, liability.</source>
        <translation>စွဲချက်တစ်ခုလုံးအတွက် ဥပဒေဆိုင်ရာ ဆင်ခြေ- ရာဇဝတ်မှု၊ နောက်ခံအခြေအနေ၊ တာဝန်ရှိမှု။</translation>
    </message>
    <message>
        <source>Why this element is met, and by which material (Cite… to refer to it).</source>
        <translation>ဤအင်္ဂါရပ် အဘယ်ကြောင့် ပြည့်မီသနည်း၊ မည်သည့် အထောက်အထားဖြင့်နည်း (ရည်ညွှန်းရန် ကိုးကားရန်…)။</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>စာသားအပိုင်း</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>သက်သေခံပစ္စည်း</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ဖြစ်စဉ်</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>Complaint sections — {reference}</source>
        <translation>တိုင်ကြားချက် အပိုင်းများ — {reference}</translation>
    </message>
    <message>
        <source>Sections of the complaint</source>
        <translation>တိုင်ကြားချက်၏ အပိုင်းများ</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>အပိုင်း၏ စာသား</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>ကိုးကားရန်…</translation>
    </message>
    <message>
        <source>Insert a reference to a passage, exhibit, incident or person</source>
        <translation>စာသားအပိုင်း၊ သက်သေခံပစ္စည်း၊ ဖြစ်စဉ် သို့မဟုတ် ပုဂ္ဂိုလ်ကို ရည်ညွှန်းချက် ထည့်ရန်</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Save this section as a new version (Ctrl+S)</source>
        <translation>ဤအပိုင်းကို မူအသစ်အဖြစ် သိမ်းရန် (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Legal argument: {crime} {title}</source>
        <translation>ဥပဒေဆိုင်ရာ ဆင်ခြေ- {crime} {title}</translation>
    </message>
    <message>
        <source>{section} (written)</source>
        <translation>{section} (ရေးပြီး)</translation>
    </message>
    <message>
        <source>{section} (nothing written yet)</source>
        <translation>{section} (မရေးရသေး)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <source>Saved, version {version}</source>
        <translation>သိမ်းပြီး၊ မူ {version}</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>မရေးရသေး</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %n citation(s) name nothing of this case (hover for which)</source>
        <translation>
            <numerusform>{status} · ကိုးကားချက် %n ခုသည် ဤအမှု၏ မည်သည့်အရာကိုမျှ မညွှန်းပါ (မည်သည်ဖြစ်ကြောင်း ကြည့်ရန် မောက်စ်ကို အပေါ်တင်ပါ)</numerusform>
        </translation>
    </message>
    <message>
        <source>The section was not saved</source>
        <translation>အပိုင်းကို မသိမ်းရပါ</translation>
    </message>
    <message>
        <source>Complaint &amp;sections…</source>
        <translation>တိုင်ကြားချက် အပိုင်းများ (&amp;S)…</translation>
    </message>
    <message>
        <source>Write the complaint&apos;s own sections and arguments (Ctrl+Shift+A)</source>
        <translation>တိုင်ကြားချက်၏ ကိုယ်ပိုင် အပိုင်းများနှင့် ဆင်ခြေများကို ရေးရန် (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <source>Add paragraph</source>
        <translation>စာပိုဒ် ထည့်ရန်</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>ထွက်ဆိုချက်ကို ပြင်ရန်</translation>
    </message>
    <message>
        <source>Edit paragraph {n}</source>
        <translation>စာပိုဒ် {n} ကို ပြင်ရန်</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>စာပိုဒ် {n} ကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Move paragraph {n}</source>
        <translation>စာပိုဒ် {n} ကို ရွှေ့ရန်</translation>
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
        <translation>ထွက်ဆိုချက်နှင့် သက်သေအထောက်အထားများကို ဤကွန်ပျူတာပေါ်ရှိ ကုဒ်ဝှက်ထားသော ဖိုင်တွဲထဲတွင် သိမ်းထားသည်။ သင့်တွင်ရှိသော မှတ်တမ်းစာအုပ်ကို ဖွင့်ပါ၊ သို့မဟုတ် အသစ်တစ်ခု ဖန်တီးပါ။</translation>
    </message>
    <message>
        <source>&amp;Open a casebook…</source>
        <translation>မှတ်တမ်းစာအုပ် ဖွင့်ရန် (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a casebook folder</source>
        <translation>မှတ်တမ်းစာအုပ် ဖိုင်တွဲကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>&amp;Create a new casebook…</source>
        <translation>မှတ်တမ်းစာအုပ်အသစ် ဖန်တီးရန် (&amp;C)…</translation>
    </message>
    <message>
        <source>Create a new casebook</source>
        <translation>မှတ်တမ်းစာအုပ်အသစ် ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ဆက်တင်များ (&amp;P)…</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>မကြာသေးမီက ဖွင့်ခဲ့သည်:</translation>
    </message>
    <message>
        <source>Recently opened casebooks</source>
        <translation>မကြာသေးမီက ဖွင့်ခဲ့သော မှတ်တမ်းစာအုပ်များ</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>အလွန်အားနည်း</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>အားနည်း</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>အသင့်အတင့်</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>အားကောင်း</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>အလွန်အားကောင်း</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>စကားဝှက်စာကြောင်း၏ ခိုင်ခံ့မှု</translation>
    </message>
    <message>
        <source>No passphrase yet</source>
        <translation>စကားဝှက်စာကြောင်း မရှိသေး</translation>
    </message>
    <message>
        <source>Strength: {label}</source>
        <translation>ခိုင်ခံ့မှု- {label}</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>အနည်းဆုံး စာလုံး {count} လုံး သုံးပါ။</translation>
    </message>
    <message>
        <source>Good. Keep it somewhere only you can find it.</source>
        <translation>ကောင်းသည်။ သင်တစ်ဦးတည်းသာ ရှာတွေ့နိုင်သော နေရာတွင် ထားပါ။</translation>
    </message>
    <message>
        <source>Several unrelated words are easy to type and hard to guess.</source>
        <translation>မဆက်စပ်သော စကားလုံး အများအပြားသည် ရိုက်ရလွယ်ပြီး ခန့်မှန်းရခက်သည်။</translation>
    </message>
</context>
<context>
    <name>SupervisorAccessDialog</name>
    <message>
        <source>A supervisor with a key slot can open this casebook folder with their own key, without your passphrase — for example to recover your work if you lose the passphrase, or to review it on this computer. Only verified supervisors can be given a slot. Remove a slot when the supervisor should no longer have that access.</source>
        <translation>သော့နေရာရှိသော ကြီးကြပ်သူသည် သင့်စကားဝှက်စာကြောင်း မပါဘဲ ၎င်းတို့၏ ကိုယ်ပိုင်သော့ဖြင့် ဤမှတ်တမ်းစာအုပ် ဖိုင်တွဲကို ဖွင့်နိုင်သည် — ဥပမာ သင် စကားဝှက်စာကြောင်းကို ပျောက်ဆုံးလျှင် သင့်အလုပ်ကို ပြန်ယူရန်၊ သို့မဟုတ် ဤကွန်ပျူတာပေါ်တွင် ပြန်လည်စစ်ဆေးရန်။ အတည်ပြုထားသော ကြီးကြပ်သူများကိုသာ သော့နေရာ ပေးနိုင်သည်။ ကြီးကြပ်သူ ထိုဝင်ခွင့် မရှိသင့်တော့သည့်အခါ သော့နေရာကို ဖယ်ရှားပါ။</translation>
    </message>
    <message>
        <source>Supervisor access</source>
        <translation>ကြီးကြပ်သူ ဝင်ခွင့်</translation>
    </message>
    <message>
        <source>Supervisors who can open this casebook</source>
        <translation>ဤမှတ်တမ်းစာအုပ်ကို ဖွင့်နိုင်သော ကြီးကြပ်သူများ</translation>
    </message>
    <message>
        <source>Remove access…</source>
        <translation>ဝင်ခွင့်ကို ဖယ်ရှားရန်…</translation>
    </message>
    <message>
        <source>Verified supervisor</source>
        <translation>အတည်ပြုထားသော ကြီးကြပ်သူ</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>ဝင်ခွင့် ပေးရန်</translation>
    </message>
    <message>
        <source>Verified supervisor:</source>
        <translation>အတည်ပြုထားသော ကြီးကြပ်သူ:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>{supervisor} — since {since}</source>
        <translation>{supervisor} — {since} မှစ၍</translation>
    </message>
    <message>
        <source>No supervisor can open this casebook.</source>
        <translation>ဤမှတ်တမ်းစာအုပ်ကို မည်သည့် ကြီးကြပ်သူမျှ မဖွင့်နိုင်ပါ။</translation>
    </message>
    <message>
        <source>No verified supervisor (see Exchange ▸ Identities…)</source>
        <translation>အတည်ပြုထားသော ကြီးကြပ်သူ မရှိ (ဖလှယ်ရန် ▸ မည်သူမည်ဝါများ… ကို ကြည့်ပါ)</translation>
    </message>
    <message>
        <source>Access was not given</source>
        <translation>ဝင်ခွင့် မပေးရပါ</translation>
    </message>
    <message>
        <source>{supervisor} can now open this casebook with their own key.</source>
        <translation>{supervisor} သည် ယခု ၎င်းတို့၏ ကိုယ်ပိုင်သော့ဖြင့် ဤမှတ်တမ်းစာအုပ်ကို ဖွင့်နိုင်ပြီ။</translation>
    </message>
    <message>
        <source>Remove supervisor access</source>
        <translation>ကြီးကြပ်သူ ဝင်ခွင့်ကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>{supervisor}

This supervisor will no longer be able to open this casebook with their key.</source>
        <translation>{supervisor}

ဤကြီးကြပ်သူသည် ၎င်းတို့၏ သော့ဖြင့် ဤမှတ်တမ်းစာအုပ်ကို မဖွင့်နိုင်တော့ပါ။</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>ဝင်ခွင့်ကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Access was not removed</source>
        <translation>ဝင်ခွင့်ကို မဖယ်ရှားရပါ</translation>
    </message>
    <message>
        <source>The key slot was removed.</source>
        <translation>သော့နေရာကို ဖယ်ရှားပြီး။</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>(not graded)</source>
        <translation>(အဆင့်မသတ်မှတ်ရသေး)</translation>
    </message>
    <message>
        <source>Direct — proves the element itself</source>
        <translation>တိုက်ရိုက် — အင်္ဂါရပ်ကိုယ်တိုင်ကို သက်သေပြသည်</translation>
    </message>
    <message>
        <source>Circumstantial — the element can be inferred from it</source>
        <translation>အခြေအနေအရ — ၎င်းမှ အင်္ဂါရပ်ကို ကောက်ချက်ချနိုင်သည်</translation>
    </message>
    <message>
        <source>Corroborating — confirms other material</source>
        <translation>ထောက်ခံ — အခြား အထောက်အထားများကို အတည်ပြုသည်</translation>
    </message>
    <message>
        <source>Contradicting — speaks against the element</source>
        <translation>ဆန့်ကျင် — အင်္ဂါရပ်ကို ဆန့်ကျင်သည်</translation>
    </message>
    <message numerus="yes">
        <source>The tag was saved. This material now both supports and contradicts {element} (%n conflict(s)). The coverage matrix shows the element as contested until someone resolves it: check both tags and remove the one that is wrong.</source>
        <translation>
            <numerusform>တဂ်ကို သိမ်းပြီး။ ဤအထောက်အထားသည် ယခု {element} ကို ထောက်ခံလည်း ထောက်ခံ၊ ဆန့်ကျင်လည်း ဆန့်ကျင်သည် (ကွဲလွဲချက် %n ခု)။ တစ်စုံတစ်ယောက် ဖြေရှင်းသည်အထိ အကျုံးဝင်မှုဇယားတွင် အင်္ဂါရပ်ကို အငြင်းပွားဟု ပြမည်- တဂ်နှစ်ခုလုံးကို စစ်ဆေးပြီး မှားသည့်တစ်ခုကို ဖယ်ရှားပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {material}</source>
        <translation>{material} ကို တဂ်တပ်ရန်</translation>
    </message>
    <message>
        <source>No element chosen yet: pick a crime, then one of its elements.</source>
        <translation>အင်္ဂါရပ် မရွေးရသေးပါ- ရာဇဝတ်မှုတစ်ခု ရွေးပြီး ၎င်း၏ အင်္ဂါရပ်တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>ထောက်ခံမှု</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>သတင်းရင်းမြစ်၏ ယုံကြည်စိတ်ချရမှု</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>သတင်းအချက်အလက်၏ ယုံကြည်နိုင်မှု</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>စွပ်စွဲခံရသူ</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(အထူးတစ်ဦးဦး မဟုတ်)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>why this material bears on the element (optional)</source>
        <translation>ဤအထောက်အထား အင်္ဂါရပ်နှင့် သက်ဆိုင်ပုံ (မဖြစ်မနေ မဟုတ်)</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>အင်္ဂါရပ်:</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>ထောက်ခံမှု:</translation>
    </message>
    <message>
        <source>Source reliability:</source>
        <translation>ရင်းမြစ် ယုံကြည်စိတ်ချရမှု:</translation>
    </message>
    <message>
        <source>Information credibility:</source>
        <translation>သတင်း ယုံကြည်နိုင်မှု:</translation>
    </message>
    <message>
        <source>Alleged perpetrator:</source>
        <translation>စွပ်စွဲခံရသူ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>မှတ်ချက်:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>တဂ် ထည့်ရန်</translation>
    </message>
    <message>
        <source>Choose an element of a crime first.</source>
        <translation>ရာဇဝတ်မှု၏ အင်္ဂါရပ်တစ်ခုကို ဦးစွာ ရွေးပါ။</translation>
    </message>
    <message>
        <source>The tag was not added</source>
        <translation>တဂ်ကို မထည့်ရပါ</translation>
    </message>
    <message>
        <source>Material for and against</source>
        <translation>ထောက်ခံသော နှင့် ဆန့်ကျင်သော အထောက်အထားများ</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>တဂ်များ</translation>
    </message>
    <message>
        <source>Tags of this record</source>
        <translation>ဤမှတ်တမ်း၏ တဂ်များ</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>တဂ်ကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Tags ({count})</source>
        <translation>တဂ်များ ({count})</translation>
    </message>
    <message>
        <source>Remove this tag?</source>
        <translation>ဤတဂ်ကို ဖယ်ရှားမလား။</translation>
    </message>
    <message>
        <source>{tag}

The removal is recorded in the audit log.</source>
        <translation>{tag}

ဖယ်ရှားမှုကို စာရင်းစစ်မှတ်တမ်းတွင် မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
</context>
<context>
    <name>TaxonomyBrowser</name>
    <message>
        <source>Article 6 — genocide</source>
        <translation>ပုဒ်မ 6 — လူမျိုးတုံးသတ်ဖြတ်မှု</translation>
    </message>
    <message>
        <source>Article 7 — crimes against humanity</source>
        <translation>ပုဒ်မ 7 — လူသားမျိုးနွယ်အပေါ် ကျူးလွန်သော ရာဇဝတ်မှုများ</translation>
    </message>
    <message>
        <source>Article 8 — war crimes</source>
        <translation>ပုဒ်မ 8 — စစ်ရာဇဝတ်မှုများ</translation>
    </message>
    <message>
        <source>Article 8 bis — aggression</source>
        <translation>ပုဒ်မ 8 bis — ကျူးကျော်မှု</translation>
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
        <translation>⚠ အတည်မပြုရသေး</translation>
    </message>
    <message>
        <source>no elements yet</source>
        <translation>အင်္ဂါရပ် မရှိသေး</translation>
    </message>
    <message>
        <source>Search crimes by words or id (rape, forcible transfer)</source>
        <translation>ရာဇဝတ်မှုများကို စကားလုံး သို့မဟုတ် id ဖြင့် ရှာရန် (rape, forcible transfer)</translation>
    </message>
    <message>
        <source>Search crimes</source>
        <translation>ရာဇဝတ်မှုများ ရှာရန်</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>ပုဒ်မ</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>ပုဒ်မအားလုံး</translation>
    </message>
    <message>
        <source>Conflict type</source>
        <translation>ပဋိပက္ခ အမျိုးအစား</translation>
    </message>
    <message>
        <source>Any conflict type</source>
        <translation>မည်သည့် ပဋိပက္ခ အမျိုးအစားမဆို</translation>
    </message>
    <message>
        <source>International armed conflict (IAC)</source>
        <translation>နိုင်ငံတကာ လက်နက်ကိုင်ပဋိပက္ခ (IAC)</translation>
    </message>
    <message>
        <source>Non-international armed conflict (NIAC)</source>
        <translation>နိုင်ငံတကာမဟုတ်သော လက်နက်ကိုင်ပဋိပက္ခ (NIAC)</translation>
    </message>
    <message>
        <source>Crimes by article</source>
        <translation>ပုဒ်မအလိုက် ရာဇဝတ်မှုများ</translation>
    </message>
    <message>
        <source>Elements of the chosen crime</source>
        <translation>ရွေးထားသော ရာဇဝတ်မှု၏ အင်္ဂါရပ်များ</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>ပုဒ်မ {number}</translation>
    </message>
    <message>
        <source>Choose a crime to see its elements.</source>
        <translation>၎င်း၏ အင်္ဂါရပ်များကို ကြည့်ရန် ရာဇဝတ်မှုတစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}).</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision})။</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}). Its text is not yet verified against the source.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision})။ ၎င်း၏ စာသားကို မူရင်းနှင့် အတည်မပြုရသေးပါ။</translation>
    </message>
    <message>
        <source>{number}. {text}  [context]</source>
        <translation>{number}. {text}  [နောက်ခံအခြေအနေ]</translation>
    </message>
    <message>
        <source>{id} — contextual element, shared by every crime of this kind</source>
        <translation>{id} — နောက်ခံအခြေအနေ အင်္ဂါရပ်၊ ဤအမျိုးအစား ရာဇဝတ်မှုတိုင်းနှင့် ဆိုင်သည်</translation>
    </message>
    <message>
        <source>No elements in this taxonomy yet.</source>
        <translation>ဤအမျိုးအစားခွဲခြားမှုတွင် အင်္ဂါရပ် မရှိသေးပါ။</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>optional; the witness&apos;s pseudonym is used</source>
        <translation>မဖြစ်မနေ မဟုတ်ပါ၊ သက်သေ၏ အမည်လွှဲကို သုံးမည်</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(မသတ်မှတ်ရသေး)</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>ယူသည့်နေ့</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>စကားပြန်</translation>
    </message>
    <message>
        <source>Make a correction (new version)</source>
        <translation>ပြင်ဆင်ချက် ပြုလုပ်ရန် (မူအသစ်)</translation>
    </message>
    <message>
        <source>Witness (pseudonym)</source>
        <translation>သက်သေ (အမည်လွှဲ)</translation>
    </message>
    <message>
        <source>Show identity…</source>
        <translation>မည်သူမည်ဝါကို ပြရန်…</translation>
    </message>
    <message>
        <source>Show the witness&apos;s protected identity</source>
        <translation>သက်သေ၏ ကာကွယ်ထားသော မည်သူမည်ဝါကို ပြရန်</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>အင်တာဗျူးသူ</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>သက်သေ:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>အင်တာဗျူးသူ:</translation>
    </message>
    <message>
        <source>Tag passage…</source>
        <translation>စာသားအပိုင်းကို တဂ်တပ်ရန်…</translation>
    </message>
    <message>
        <source>Tag the paragraph you were in; select words first to tag only those</source>
        <translation>သင်ရှိနေသော စာပိုဒ်ကို တဂ်တပ်ရန်၊ ထိုစကားလုံးများကိုသာ တဂ်တပ်ရန် စကားလုံးများကို ဦးစွာ ရွေးပါ</translation>
    </message>
    <message>
        <source>Versions of this statement</source>
        <translation>ဤထွက်ဆိုချက်၏ မူများ</translation>
    </message>
    <message>
        <source>Seal this statement…</source>
        <translation>ဤထွက်ဆိုချက်ကို တံဆိပ်ခတ်ရန်…</translation>
    </message>
    <message>
        <source>Every version stays readable. Activate one to open it (read-only if sealed).</source>
        <translation>မူတိုင်းကို ဖတ်နိုင်ဆဲ။ ဖွင့်ရန် တစ်ခုကို နှိပ်ပါ (တံဆိပ်ခတ်ထားလျှင် ဖတ်ရန်သာ)။</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>ထွက်ဆိုချက် (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>အသေးစိတ် (&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>သဘောတူညီချက် (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>မူများ (&amp;V)</translation>
    </message>
    <message>
        <source>Do&amp;cumentation</source>
        <translation>မှတ်တမ်းပြုစုမှု (&amp;C)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>an unknown witness</comment>
        <translation>မသိ</translation>
    </message>
    <message>
        <source>Testimony of {witness}</source>
        <translation>{witness} ၏ ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>{title} — version {version}</source>
        <translation>{title} — မူ {version}</translation>
    </message>
    <message>
        <source>This statement was sealed on {date} and cannot be changed. A correction is made as a new version; this one stays as it was.</source>
        <translation>ဤထွက်ဆိုချက်ကို {date} တွင် တံဆိပ်ခတ်ခဲ့ပြီး ပြောင်း၍ မရပါ။ ပြင်ဆင်ချက်ကို မူအသစ်အဖြစ် ပြုလုပ်သည်၊ ဤမူသည် မူလအတိုင်း ရှိနေမည်။</translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>စာပိုဒ် {number}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>၊ </translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode; the original is kept ({paragraphs}).</source>
        <translation>Zawgyi မှ Unicode သို့ ပြောင်းထားသည်၊ မူရင်းကို ထားရှိသည် ({paragraphs})။</translation>
    </message>
    <message>
        <source>Version {version} · sealed · {created}</source>
        <translation>မူ {version} · တံဆိပ်ခတ်ပြီး · {created}</translation>
    </message>
    <message>
        <source>Version {version} · draft · {created}</source>
        <translation>မူ {version} · မူကြမ်း · {created}</translation>
    </message>
    <message>
        <source>{line}  ← shown</source>
        <comment>the version shown now</comment>
        <translation>{line}  ← ပြထားသည်</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(မရှိ)</translation>
    </message>
    <message>
        <source>{pseudonym} ({roles})</source>
        <comment>a person: pseudonym and roles</comment>
        <translation>{pseudonym} ({roles})</translation>
    </message>
    <message>
        <source>Click in the paragraph to tag first (select words to tag only those).</source>
        <translation>တဂ်တပ်ရန် စာပိုဒ်ထဲကို ဦးစွာ နှိပ်ပါ (ထိုစကားလုံးများကိုသာ တဂ်တပ်ရန် စကားလုံးများကို ရွေးပါ)။</translation>
    </message>
    <message>
        <source>para. {number}, characters {start}–{end}: “{words}”</source>
        <translation>စာပိုဒ် {number}၊ စာလုံး {start}–{end}- “{words}”</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph {number} has %n tag(s) linking it to elements of crimes. Without their words the tags below are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them; Undo brings back the text, and the tags are in force again on it.</source>
        <translation>
            <numerusform>စာပိုဒ် {number} တွင် ၎င်းကို ရာဇဝတ်မှု၏ အင်္ဂါရပ်များနှင့် ချိတ်ဆက်သော တဂ် %n ခု ရှိသည်။ ၎င်းတို့၏ စကားလုံးများ မရှိလျှင် အောက်ပါ တဂ်များကို ထားရှိ၍ ပြန်လည်စစ်ဆေးရန် မှတ်သားထားပြီး တစ်စုံတစ်ယောက် ပြန်တဂ်တပ်ခြင်း သို့မဟုတ် ဖယ်ရှားခြင်း မပြုမချင်း အကျုံးဝင်မှုဇယားတွင် မရေတွက်ပါ၊ နောက်ပြန်ရန် က စာသားကို ပြန်ယူလာပြီး တဂ်များ ထိုစာသားပေါ်တွင် ပြန်အသက်ဝင်မည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the paragraph (%n tag(s) to review)</source>
        <translation>
            <numerusform>စာပိုဒ်ကို ဖယ်ရှားရန် (ပြန်လည်စစ်ဆေးရန် တဂ် %n ခု)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a tagged paragraph?</source>
        <translation>တဂ်တပ်ထားသော စာပိုဒ်ကို ဖယ်ရှားမလား။</translation>
    </message>
    <message numerus="yes">
        <source>Make the change (%n tag(s) to review)</source>
        <translation>
            <numerusform>ပြောင်းလဲမှု ပြုလုပ်ရန် (ပြန်လည်စစ်ဆေးရန် တဂ် %n ခု)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change tagged words?</source>
        <translation>တဂ်တပ်ထားသော စကားလုံးများကို ပြောင်းမလား။</translation>
    </message>
    <message>
        <source>This change takes away or alters words that tags rest on. The tags are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them:</source>
        <translation>ဤပြောင်းလဲမှုသည် တဂ်များ အခြေခံထားသော စကားလုံးများကို ဖယ်ရှား သို့မဟုတ် ပြောင်းလဲသည်။ တဂ်များကို ထားရှိ၍ ပြန်လည်စစ်ဆေးရန် မှတ်သားထားပြီး တစ်စုံတစ်ယောက် ပြန်တဂ်တပ်ခြင်း သို့မဟုတ် ဖယ်ရှားခြင်း မပြုမချင်း အကျုံးဝင်မှုဇယားတွင် မရေတွက်ပါ:</translation>
    </message>
    <message>
        <source>Seal this statement?</source>
        <translation>ဤထွက်ဆိုချက်ကို တံဆိပ်ခတ်မလား။</translation>
    </message>
    <message>
        <source>A sealed statement cannot be changed; corrections become new versions. Seal it once the witness has confirmed it.</source>
        <translation>တံဆိပ်ခတ်ထားသော ထွက်ဆိုချက်ကို ပြောင်း၍ မရပါ၊ ပြင်ဆင်ချက်များသည် မူအသစ်များ ဖြစ်လာမည်။ သက်သေက အတည်ပြုပြီးမှ တံဆိပ်ခတ်ပါ။</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>တံဆိပ်ခတ်ရန်</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>အချိန်စဉ်</translation>
    </message>
    <message>
        <source>● a known day  ·  ▬ a span: the incident happened at some time within it (range, month, year or approximate date); the label says how it is known.</source>
        <translation>● သိရှိသော နေ့  ·  ▬ အပိုင်းအခြား- ဖြစ်စဉ်သည် ၎င်းအတွင်း တစ်ချိန်ချိန်တွင် ဖြစ်ခဲ့သည် (အပိုင်းအခြား၊ လ၊ နှစ် သို့မဟုတ် ခန့်မှန်းရက်စွဲ)၊ အညွှန်းက မည်သို့ သိရှိသည်ကို ဖော်ပြသည်။</translation>
    </message>
    <message>
        <source>Timeline of the incidents</source>
        <translation>ဖြစ်စဉ်များ၏ အချိန်စဉ်</translation>
    </message>
    <message>
        <source>Incidents without a date</source>
        <translation>ရက်စွဲ မရှိသော ဖြစ်စဉ်များ</translation>
    </message>
    <message>
        <source>Undated (not on the axis):</source>
        <translation>ရက်စွဲ မရှိ (ဝင်ရိုးပေါ်တွင် မပါ):</translation>
    </message>
    <message>
        <source>No incident has a date yet.</source>
        <translation>ရက်စွဲ ရှိသော ဖြစ်စဉ် မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>the stored date is not a calendar date</source>
        <translation>သိမ်းထားသော ရက်စွဲသည် ပြက္ခဒိန်ရက်စွဲ မဟုတ်ပါ</translation>
    </message>
</context>
<context>
    <name>UncertainDate</name>
    <message>
        <source>On a known day</source>
        <translation>သိရှိသော နေ့တွင်</translation>
    </message>
    <message>
        <source>Around a day (approximate)</source>
        <translation>နေ့တစ်နေ့ ဝန်းကျင် (ခန့်မှန်း)</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>ရက်စွဲ နှစ်ခုကြား</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>လသာ</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>နှစ်သာ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>မသိ</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>နေ့:</translation>
    </message>
    <message>
        <source>Around:</source>
        <translation>ဝန်းကျင်:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>မှ:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>လ:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>နှစ်:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>ရက်စွဲ:</translation>
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
        <translation>မှတ်တမ်းစာအုပ်ကို သော့ဖွင့်ရန်</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>ပြန်ယူရေးသော့</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>ပြန်ယူရေးသော့ကို အစားသုံးရန်</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>စကားဝှက်စာကြောင်း (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>ပြန်ယူရေးသော့ (&amp;R):</translation>
    </message>
    <message>
        <source>Opening the casebook</source>
        <translation>မှတ်တမ်းစာအုပ်ကို ဖွင့်နေသည်</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>သော့ဖွင့်ရန် (&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>“{name}” ကို သော့ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>The casebook at {folder} is encrypted.</source>
        <translation>{folder} ရှိ မှတ်တမ်းစာအုပ်ကို ကုဒ်ဝှက်ထားသည်။</translation>
    </message>
    <message>
        <source>Casebook could not be opened</source>
        <translation>Casebook ကို ဖွင့်၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Casebook user guide</source>
        <translation>Casebook အသုံးပြုသူ လမ်းညွှန်</translation>
    </message>
    <message>
        <source>The guide is missing from this installation.</source>
        <translation>ဤတပ်ဆင်မှုတွင် လမ်းညွှန်စာအုပ် မပါပါ။</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>အသုံးပြုသူ လမ်းညွှန်</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ကီးဘုတ် ဖြတ်လမ်းများ</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>အမိန့်</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ကီးများ</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify {name}</source>
        <translation>{name} ကို အတည်ပြုရန်</translation>
    </message>
    <message>
        <source>Call {name} or meet in person — not by the channel the identity came through. Ask them to read their fingerprint aloud and compare it with the one below, digit by digit. Then read yours to them.</source>
        <translation>{name} ကို ဖုန်းဆက်ပါ သို့မဟုတ် လူကိုယ်တိုင် တွေ့ပါ — မည်သူမည်ဝါ ရောက်လာသည့် လမ်းကြောင်းဖြင့် မဟုတ်ပါ။ ၎င်းတို့၏ လက်ဗွေကို အသံထွက်ဖတ်ခိုင်းပြီး အောက်ပါတစ်ခုနှင့် ဂဏန်းတစ်လုံးချင်း တိုက်စစ်ပါ။ ထို့နောက် သင့်လက်ဗွေကို ၎င်းတို့အား ဖတ်ပြပါ။</translation>
    </message>
    <message>
        <source>Fingerprint of {name} ({role}) stored here</source>
        <translation>ဤနေရာတွင် သိမ်းထားသော {name} ({role}) ၏ လက်ဗွေ</translation>
    </message>
    <message>
        <source>Your fingerprint, to read to them</source>
        <translation>၎င်းတို့အား ဖတ်ပြရန် သင့်လက်ဗွေ</translation>
    </message>
    <message>
        <source>{name} read out exactly this fingerprint</source>
        <translation>{name} သည် ဤလက်ဗွေအတိုင်း အတိအကျ ဖတ်ပြခဲ့သည်</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>အတည်ပြုပြီးဟု မှတ်ရန်</translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <source>records bound to the audit log</source>
        <translation>စာရင်းစစ်မှတ်တမ်းနှင့် ချိတ်ထားသော မှတ်တမ်းများ</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>စာရင်းစစ်မှတ်တမ်း အချက်များ</translation>
    </message>
    <message>
        <source>received audit entries</source>
        <translation>လက်ခံရရှိသော စာရင်းစစ်မှတ်တမ်း အချက်များ</translation>
    </message>
    <message>
        <source>review signatures</source>
        <translation>ပြန်လည်စစ်ဆေးမှု လက်မှတ်များ</translation>
    </message>
    <message>
        <source>time-stamps</source>
        <translation>အချိန်တံဆိပ်များ</translation>
    </message>
    <message>
        <source>evidence time-stamps</source>
        <translation>သက်သေအထောက်အထား အချိန်တံဆိပ်များ</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>သိမ်းထားသော ဖိုင်များ</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>သက်သေအထောက်အထား အချက်များ</translation>
    </message>
    <message>
        <source>custody signatures</source>
        <translation>ထိန်းသိမ်းမှု လက်မှတ်များ</translation>
    </message>
    <message>
        <source>Verify the casebook</source>
        <translation>မှတ်တမ်းစာအုပ်ကို စစ်ဆေးအတည်ပြုရန်</translation>
    </message>
    <message>
        <source>Checking every file, record and signature…</source>
        <translation>ဖိုင်၊ မှတ်တမ်းနှင့် လက်မှတ်တိုင်းကို စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>စစ်ဆေးအတည်ပြုမှု အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Checking {what}…</source>
        <translation>{what} ကို စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>စစ်ဆေးမှုအားလုံး အောင်မြင်သည်။</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; each line below says what it is and what to do. Change nothing in the casebook folder by hand until you know.</source>
        <translation>
            <numerusform>ပြဿနာ %n ခု တွေ့ရှိသည်၊ အောက်ပါ စာကြောင်းတစ်ခုစီက ၎င်းမှာ ဘာလဲ၊ ဘာလုပ်ရမည်ကို ဖော်ပြသည်။ သေချာမသိမချင်း မှတ်တမ်းစာအုပ် ဖိုင်တွဲထဲရှိ မည်သည့်အရာကိုမျှ လက်ဖြင့် မပြောင်းပါနှင့်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {count} {what}.</source>
        <translation>{what} {count} ခုကို စစ်ဆေးပြီး။</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The change could not be saved; the casebook is unchanged. Try again; if it keeps failing, run `casebook verify` on this casebook.</source>
        <translation>ပြောင်းလဲမှုကို မသိမ်းနိုင်ပါ၊ မှတ်တမ်းစာအုပ် မပြောင်းလဲပါ။ ထပ်ကြိုးစားပါ၊ ဆက်၍ မအောင်မြင်လျှင် ဤမှတ်တမ်းစာအုပ်ပေါ်တွင် `casebook verify` ကို run ပါ။</translation>
    </message>
    <message>
        <source>That record is no longer in the casebook.</source>
        <translation>ထိုမှတ်တမ်းသည် မှတ်တမ်းစာအုပ်ထဲတွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>That passage is no longer in the casebook.</source>
        <translation>ထိုစာသားအပိုင်းသည် မှတ်တမ်းစာအုပ်ထဲတွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>That evidence item is no longer in the casebook.</source>
        <translation>ထိုသက်သေအထောက်အထား အချက်သည် မှတ်တမ်းစာအုပ်ထဲတွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <source>This evidence item has no stored file.</source>
        <translation>ဤသက်သေအထောက်အထား အချက်တွင် သိမ်းထားသော ဖိုင် မရှိပါ။</translation>
    </message>
    <message>
        <source>The file is too large to open here ({size} MiB; the limit is {limit} MiB). Export it to a folder of your choice instead.</source>
        <translation>ဖိုင်သည် ဤနေရာတွင် ဖွင့်ရန် အလွန်ကြီးသည် ({size} MiB၊ ကန့်သတ်ချက် {limit} MiB)။ ၎င်းအစား သင်ရွေးသော ဖိုင်တွဲသို့ ထုတ်ယူပါ။</translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>This is not the passphrase that opens this casebook now. Nothing was changed.</source>
        <translation>ဤစကားဝှက်စာကြောင်းသည် ယခု ဤမှတ်တမ်းစာအုပ်ကို ဖွင့်သော စကားဝှက်စာကြောင်း မဟုတ်ပါ။ မည်သည့်အရာကိုမျှ မပြောင်းရပါ။</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>မည်သည့်အရာကိုမျှ မပြောင်းရပါ</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Move up</source>
        <translation>အပေါ်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>အောက်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>စာပိုဒ်ကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>စာပိုဒ် {n}</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>စာပိုဒ် {n}</translation>
    </message>
    <message>
        <source>Move paragraph {n} up</source>
        <translation>စာပိုဒ် {n} ကို အပေါ်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Move paragraph {n} down</source>
        <translation>စာပိုဒ် {n} ကို အောက်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>စာပိုဒ် {n} ကို ဖယ်ရှားရန်</translation>
    </message>
</context>
</TS>
