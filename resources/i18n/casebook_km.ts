<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>AddDialog</name>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}៖</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>សំណុំរឿងថ្មី</translation>
    </message>
    <message>
        <source>for example MM-2017-001</source>
        <translation>ឧទាហរណ៍ MM-2017-001</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>ហេតុការណ៍ថ្មី</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>បុគ្គលថ្មី</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>សក្ខីកម្មថ្មី</translation>
    </message>
    <message>
        <source>A new witness (pseudonym given automatically)</source>
        <translation>សាក្សីថ្មី (ឈ្មោះក្លែងត្រូវបានផ្តល់ដោយស្វ័យប្រវត្តិ)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>សាក្សី</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Optional. What you choose is recorded for every file added now; the evidence editor can change it later.</source>
        <translation>ជាជម្រើស។ អ្វីដែលអ្នកជ្រើសរើសនឹងត្រូវកត់ត្រាសម្រាប់ឯកសារនីមួយៗដែលបន្ថែមឥឡូវនេះ ហើយអាចប្តូរនៅពេលក្រោយក្នុងកម្មវិធីកែភស្តុតាង។</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>A — completely reliable</source>
        <translation>A — គួរឱ្យទុកចិត្តទាំងស្រុង</translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation>B — ជាធម្មតាគួរឱ្យទុកចិត្ត</translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation>C — គួរឱ្យទុកចិត្តគួរសម</translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation>D — ជាធម្មតាមិនគួរឱ្យទុកចិត្ត</translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation>E — មិនគួរឱ្យទុកចិត្ត</translation>
    </message>
    <message>
        <source>F — reliability cannot be judged</source>
        <translation>F — មិនអាចវាយតម្លៃភាពគួរឱ្យទុកចិត្តបាន</translation>
    </message>
    <message>
        <source>1 — confirmed by other sources</source>
        <translation>1 — បានបញ្ជាក់ដោយប្រភពផ្សេងទៀត</translation>
    </message>
    <message>
        <source>2 — probably true</source>
        <translation>2 — ប្រហែលជាពិត</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — អាចជាពិត</translation>
    </message>
    <message>
        <source>4 — doubtful</source>
        <translation>4 — គួរឱ្យសង្ស័យ</translation>
    </message>
    <message>
        <source>5 — improbable</source>
        <translation>5 — មិនទំនងជាពិត</translation>
    </message>
    <message>
        <source>6 — truth cannot be judged</source>
        <translation>6 — មិនអាចវាយតម្លៃការពិតបាន</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>ផ្ទាល់</translation>
    </message>
    <message>
        <source>circumstantial</source>
        <translation>តាមកាលៈទេសៈ</translation>
    </message>
    <message>
        <source>corroborating</source>
        <translation>គាំទ្របញ្ជាក់</translation>
    </message>
    <message>
        <source>contradicting</source>
        <translation>ផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>⚠ needs review · </source>
        <translation>⚠ ត្រូវពិនិត្យ · </translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>កថាខណ្ឌ {number}</translation>
    </message>
    <message>
        <source>{element} {title} — {support}, {grading}</source>
        <comment>a tag</comment>
        <translation>{element} {title} — {support}, {grading}</translation>
    </message>
    <message>
        <source>chars {start}–{end}</source>
        <comment>the characters a tag rests on</comment>
        <translation>តួអក្សរ {start}–{end}</translation>
    </message>
    <message>
        <source>(not in this taxonomy)</source>
        <translation>(មិនមានក្នុងបញ្ជីឧក្រិដ្ឋកម្មនេះ)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>មិនទាន់វាយតម្លៃ</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>ត្រូវពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook could not be opened</source>
        <translation>មិនអាចបើកសៀវភៅសំណុំរឿងបានទេ</translation>
    </message>
    <message>
        <source>This casebook&apos;s history changed</source>
        <translation>ប្រវត្តិនៃសៀវភៅសំណុំរឿងនេះបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Accept this history only if you restored this copy from a backup yourself.</source>
        <translation>ទទួលយកប្រវត្តិនេះ លុះត្រាតែអ្នកផ្ទាល់បានស្តារច្បាប់នេះពីច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <source>I restored this copy on purpose</source>
        <translation>ខ្ញុំបានស្តារច្បាប់នេះដោយចេតនា</translation>
    </message>
    <message>
        <source>Keep warning me</source>
        <translation>បន្តព្រមានខ្ញុំ</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the casebook</source>
        <translation>បម្រុងទុកសៀវភៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>A backup is a complete copy of this casebook, still encrypted: it opens with the same passphrase and recovery key. Keep it on another disk, away from this computer. You can go on working while it is made; every stored file is checked against its fingerprint (SHA-256) before the backup counts as made.</source>
        <translation>ច្បាប់បម្រុងទុក គឺជាច្បាប់ចម្លងពេញលេញនៃសៀវភៅសំណុំរឿងនេះ ដែលនៅតែបានអ៊ិនគ្រីប៖ វាបើកដោយឃ្លាសម្ងាត់ និងកូនសោសង្គ្រោះដដែល។ រក្សាវាទុកនៅលើថាសផ្សេង ឆ្ងាយពីកុំព្យូទ័រនេះ។ អ្នកអាចបន្តធ្វើការ ពេលវាកំពុងត្រូវបានបង្កើត។ ឯកសារដែលបានរក្សាទុកនីមួយៗត្រូវបានពិនិត្យជាមួយស្នាមម្រាមដៃឌីជីថល (SHA-256) របស់វា មុនពេលច្បាប់បម្រុងទុកត្រូវបានចាត់ទុកថារួចរាល់។</translation>
    </message>
    <message>
        <source>A folder on a USB drive or another disk</source>
        <translation>ថតឯកសារនៅលើ USB ឬថាសផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>ថតសម្រាប់ច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ជ្រើសរើស(&amp;C)…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> ច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>ចំនួនច្បាប់បម្រុងទុកដែលត្រូវរក្សាទុក</translation>
    </message>
    <message>
        <source>Folder for &amp;backups:</source>
        <translation>ថតសម្រាប់ច្បាប់បម្រុងទុក(&amp;B)៖</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>រក្សាច្បាប់ថ្មីបំផុត(&amp;K)៖</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>បម្រុងទុក(&amp;B)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>កំពុងចម្លងមូលដ្ឋានទិន្នន័យ…</translation>
    </message>
    <message>
        <source>Copying and checking stored files: {done} of {total}…</source>
        <translation>កំពុងចម្លង និងពិនិត្យឯកសារដែលបានរក្សាទុក៖ {done} នៃ {total}…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to {folder}: the database and %n stored file(s) ({size}), each checked.</source>
        <translation>
            <numerusform>បានបម្រុងទុកទៅ {folder}៖ មូលដ្ឋានទិន្នន័យ និងឯកសារដែលបានរក្សាទុក %n ({size}) បានពិនិត្យរួចទាំងអស់។</numerusform>
            <numerusform>បានបម្រុងទុកទៅ {folder}៖ មូលដ្ឋានទិន្នន័យ និងឯកសារដែលបានរក្សាទុក %n ({size}) បានពិនិត្យរួចទាំងអស់។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older backups removed: %n.</source>
        <translation>
            <numerusform>ច្បាប់បម្រុងទុកចាស់ៗដែលបានលុប៖ %n។</numerusform>
            <numerusform>ច្បាប់បម្រុងទុកចាស់ៗដែលបានលុប៖ %n។</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>ច្បាប់បម្រុងទុកមិនត្រូវបានបង្កើតទេ។</translation>
    </message>
    <message>
        <source>Unlock the casebook to back it up.</source>
        <translation>ដោះសោសៀវភៅសំណុំរឿង ដើម្បីបម្រុងទុកវា។</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>បម្រុងទុក(&amp;U)…</translation>
    </message>
    <message>
        <source>Copy the casebook, still encrypted, to another disk</source>
        <translation>ចម្លងសៀវភៅសំណុំរឿង ដែលនៅតែបានអ៊ិនគ្រីប ទៅថាសផ្សេង</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case {reference}</source>
        <translation>សំណុំរឿង {reference}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Navigator</source>
        <translation>ផ្ទាំងរុករក</translation>
    </message>
    <message>
        <source>Choose a case, or create one with File ▸ New case (Ctrl+Shift+N).</source>
        <translation>ជ្រើសរើសសំណុំរឿងមួយ ឬបង្កើតថ្មីដោយ ឯកសារ ▸ សំណុំរឿងថ្មី (Ctrl+Shift+N)។</translation>
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
        <translation>&apos;{kind}&apos; មិនមែនជាប្រភេទការដកស្រង់ទេ។ សូមប្រើមួយក្នុងចំណោម {kinds}</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(គ្មានធាតុ)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(កម្រិតកំពូល)</translation>
    </message>
    <message>
        <source>--keep must be at least 1: the number of backups to keep.</source>
        <translation>--keep ត្រូវតែយ៉ាងហោចណាស់ 1៖ ចំនួនច្បាប់បម្រុងទុកដែលត្រូវរក្សាទុក។</translation>
    </message>
    <message>
        <source>/cases/{ci}/{key}/{i}/{path}: {problem}</source>
        <translation>/cases/{ci}/{key}/{i}/{path}: {problem}</translation>
    </message>
    <message>
        <source>A backup must go outside the casebook folder (ideally on another disk); {destination} is inside it or contains it.</source>
        <translation>ច្បាប់បម្រុងទុកត្រូវតែនៅក្រៅថតសៀវភៅសំណុំរឿង (ល្អបំផុតនៅលើថាសផ្សេង)។ {destination} ស្ថិតនៅក្នុងវា ឬផ្ទុកវា។</translation>
    </message>
    <message>
        <source>A case needs a reference code, such as MM-2017-001.</source>
        <translation>សំណុំរឿងត្រូវការលេខកូដយោង ដូចជា MM-2017-001។</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>សំណុំរឿងត្រូវការចំណងជើង។</translation>
    </message>
    <message>
        <source>A case the pattern is filtered on is not in this casebook; choose the cases again.</source>
        <translation>សំណុំរឿងមួយដែលលំនាំត្រូវបានច្រោះតាម មិននៅក្នុងសៀវភៅសំណុំរឿងនេះទេ។ សូមជ្រើសរើសសំណុំរឿងម្តងទៀត។</translation>
    </message>
    <message>
        <source>A casebook needs a passphrase; an empty one would let anyone open it. Choose a passphrase of several words.</source>
        <translation>សៀវភៅសំណុំរឿងត្រូវការឃ្លាសម្ងាត់។ ឃ្លាសម្ងាត់ទទេនឹងអនុញ្ញាតឱ្យនរណាក៏បើកវាបាន។ សូមជ្រើសរើសឃ្លាសម្ងាត់ដែលមានពាក្យច្រើន។</translation>
    </message>
    <message>
        <source>A character range can only be given for a passage.</source>
        <translation>ចន្លោះតួអក្សរអាចផ្តល់ឱ្យបានតែសម្រាប់ផ្នែកអត្ថបទប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>A charge given is not one of case {reference}.</source>
        <translation>ការចោទប្រកាន់មួយដែលបានផ្តល់ឱ្យ មិនមែនជារបស់សំណុំរឿង {reference} ទេ។</translation>
    </message>
    <message>
        <source>A comment can be at most {limit} characters long.</source>
        <translation>មតិយោបល់អាចមានយ៉ាងច្រើន {limit} តួអក្សរ។</translation>
    </message>
    <message>
        <source>A date in this case (of an incident, a statement or an evidence item) is not a calendar date: it was stored before Casebook checked dates, or changed outside it. The export stopped and left nothing behind; correct the date and export again.</source>
        <translation>កាលបរិច្ឆេទមួយក្នុងសំណុំរឿងនេះ (នៃហេតុការណ៍ សក្ខីកម្ម ឬភស្តុតាង) មិនមែនជាកាលបរិច្ឆេទប្រតិទិនទេ៖ វាត្រូវបានរក្សាទុកមុនពេល Casebook ពិនិត្យកាលបរិច្ឆេទ ឬត្រូវបានកែនៅក្រៅវា។ ការនាំចេញបានឈប់ ហើយមិនបានទុកអ្វីចោលទេ។ សូមកែកាលបរិច្ឆេទ ហើយនាំចេញម្តងទៀត។</translation>
    </message>
    <message>
        <source>A file does not match the SHA-256 its record declares; nothing was imported:</source>
        <translation>ឯកសារមួយមិនត្រូវនឹង SHA-256 ដែលកំណត់ត្រារបស់វាប្រកាសទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ៖</translation>
    </message>
    <message>
        <source>A fingerprint is 32 hexadecimal digits (spaces do not matter); at least the first 8 are needed. `casebook identity list` shows them.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលមាន 32 ខ្ទង់គោលដប់ប្រាំមួយ (ដកឃ្លាមិនសំខាន់ទេ)។ ត្រូវការយ៉ាងហោចណាស់ 8 ខ្ទង់ដំបូង។ `casebook identity list` បង្ហាញពួកវា។</translation>
    </message>
    <message>
        <source>A legal_argument belongs to a whole charge; for one element, use the kind element_argument.</source>
        <translation>legal_argument ជារបស់ការចោទប្រកាន់ទាំងមូល។ សម្រាប់ធាតុផ្សំមួយ សូមប្រើប្រភេទ element_argument។</translation>
    </message>
    <message>
        <source>A link of the complaint is not an object of its own; the structure tree cannot point at it. Export again, and report this if it happens twice.</source>
        <translation>តំណមួយនៃពាក្យបណ្តឹងមិនមែនជាវត្ថុដាច់ដោយឡែកទេ។ មែកធាងរចនាសម្ព័ន្ធមិនអាចចង្អុលទៅវាបានទេ។ សូមនាំចេញម្តងទៀត ហើយរាយការណ៍បញ្ហានេះ ប្រសិនបើវាកើតឡើងពីរដង។</translation>
    </message>
    <message>
        <source>A number is not finite (NaN or infinity) and cannot be hashed or signed, so it was refused and nothing was saved. If you typed it, enter a real number or leave the field empty; if it came in a file or package, ask its sender to check that file.</source>
        <translation>លេខមួយមិនកំណត់ (NaN ឬអនន្ត) ហើយមិនអាចគណនា hash ឬចុះហត្ថលេខាបានទេ ដូច្នេះវាត្រូវបានបដិសេធ ហើយគ្មានអ្វីត្រូវបានរក្សាទុកទេ។ ប្រសិនបើអ្នកបានវាយវា សូមបញ្ចូលលេខពិត ឬទុកវាលនោះទទេ។ ប្រសិនបើវាមកក្នុងឯកសារ ឬកញ្ចប់ សូមសុំឱ្យអ្នកផ្ញើពិនិត្យឯកសារនោះ។</translation>
    </message>
    <message>
        <source>A package is for colleagues; your own identity cannot be a recipient.</source>
        <translation>កញ្ចប់គឺសម្រាប់សហការី។ អត្តសញ្ញាណរបស់អ្នកផ្ទាល់មិនអាចជាអ្នកទទួលបានទេ។</translation>
    </message>
    <message>
        <source>A pattern can be cited only for a contextual element (such as cah_attack/1); {element} is not one. Choose a contextual element of the charge.</source>
        <translation>លំនាំអាចយោងបានតែសម្រាប់ធាតុផ្សំបរិបទប៉ុណ្ណោះ (ដូចជា cah_attack/1)។ {element} មិនមែនជាធាតុផ្សំបរិបទទេ។ សូមជ្រើសរើសធាតុផ្សំបរិបទនៃការចោទប្រកាន់។</translation>
    </message>
    <message>
        <source>A recipient is a code from Casebook&apos;s list, such as DE or ICC; it is empty here.</source>
        <translation>អ្នកទទួលគឺជាលេខកូដពីបញ្ជីរបស់ Casebook ដូចជា DE ឬ ICC។ នៅទីនេះវាទទេ។</translation>
    </message>
    <message>
        <source>A recovery key has {expected} letters and digits in nine groups of four; this one has {count}. Copy it again from the paper you kept.</source>
        <translation>កូនសោសង្គ្រោះមានអក្សរ និងលេខ {expected} ក្នុងប្រាំបួនក្រុម ក្រុមមួយបួន។ កូនសោនេះមាន {count}។ សូមចម្លងវាម្តងទៀតពីក្រដាសដែលអ្នកបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>A recovery key uses only digits and the letters A–Z except U; these characters are not part of it: {bad}.</source>
        <translation>កូនសោសង្គ្រោះប្រើតែលេខ និងអក្សរ A–Z លើកលែងតែ U។ តួអក្សរទាំងនេះមិនមែនជាផ្នែករបស់វាទេ៖ {bad}។</translation>
    </message>
    <message>
        <source>A saved pattern filter is damaged (a field has the wrong form); save the pattern again from the pattern view.</source>
        <translation>តម្រងលំនាំដែលបានរក្សាទុកមួយត្រូវបានខូច (វាលមួយមានទម្រង់ខុស)។ សូមរក្សាទុកលំនាំម្តងទៀតពីទិដ្ឋភាពលំនាំ។</translation>
    </message>
    <message>
        <source>A saved pattern needs a short title that says what it shows.</source>
        <translation>លំនាំដែលបានរក្សាទុកត្រូវការចំណងជើងខ្លីមួយ ដែលប្រាប់ពីអ្វីដែលវាបង្ហាញ។</translation>
    </message>
    <message>
        <source>A section holds at most {max_section_chars} characters; this one has {count}. Split the argument across the charges and elements it is about, or shorten it.</source>
        <translation>ផ្នែកមួយផ្ទុកបានយ៉ាងច្រើន {max_section_chars} តួអក្សរ។ ផ្នែកនេះមាន {count}។ សូមបែងចែកអំណះអំណាងទៅតាមការចោទប្រកាន់ និងធាតុផ្សំដែលវានិយាយអំពី ឬធ្វើឱ្យវាខ្លីជាងនេះ។</translation>
    </message>
    <message>
        <source>A section&apos;s text must be text.</source>
        <translation>អត្ថបទនៃផ្នែកមួយត្រូវតែជាអត្ថបទ។</translation>
    </message>
    <message>
        <source>A signed event in the package does not verify against its author&apos;s key, so the package was refused and nothing was imported:</source>
        <translation>ព្រឹត្តិការណ៍ដែលបានចុះហត្ថលេខាមួយក្នុងកញ្ចប់ មិនផ្ទៀងផ្ទាត់ត្រូវនឹងកូនសោរបស់អ្នកនិពន្ធវាទេ ដូច្នេះកញ្ចប់ត្រូវបានបដិសេធ ហើយគ្មានអ្វីត្រូវបាននាំចូលទេ៖</translation>
    </message>
    <message>
        <source>A value cannot be hashed or signed as canonical JSON ({exc}); nothing was saved.</source>
        <translation>តម្លៃមួយមិនអាចគណនា hash ឬចុះហត្ថលេខាជា JSON ស្តង់ដារបានទេ ({exc})។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>A value of kind {kind} cannot be hashed or signed as canonical JSON; nothing was saved. This is a fault in Casebook: please report it.</source>
        <translation>តម្លៃប្រភេទ {kind} មិនអាចគណនា hash ឬចុះហត្ថលេខាជា JSON ស្តង់ដារបានទេ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ នេះជាកំហុសរបស់ Casebook៖ សូមរាយការណ៍វា។</translation>
    </message>
    <message>
        <source>A victim group is chosen by one of {characteristics}; {chosen} is not one of them.</source>
        <translation>ក្រុមជនរងគ្រោះត្រូវបានជ្រើសរើសតាមលក្ខណៈមួយក្នុងចំណោម {characteristics}។ {chosen} មិនមែនជាលក្ខណៈមួយក្នុងចំណោមនោះទេ។</translation>
    </message>
    <message>
        <source>A whole number is too large to be hashed or signed exactly (RFC 8785 allows up to 2^53 - 1), so it was refused and nothing was saved. If you typed it, store it as text; if it came in a file or package, ask its sender to check that file.</source>
        <translation>ចំនួនគត់មួយធំពេកមិនអាចគណនា hash ឬចុះហត្ថលេខាបានត្រឹមត្រូវទេ (RFC 8785 អនុញ្ញាតរហូតដល់ 2^53 - 1) ដូច្នេះវាត្រូវបានបដិសេធ ហើយគ្មានអ្វីត្រូវបានរក្សាទុកទេ។ ប្រសិនបើអ្នកបានវាយវា សូមរក្សាទុកវាជាអត្ថបទ។ ប្រសិនបើវាមកក្នុងឯកសារ ឬកញ្ចប់ សូមសុំឱ្យអ្នកផ្ញើពិនិត្យឯកសារនោះ។</translation>
    </message>
    <message>
        <source>A {kind} section belongs to the case, not to a charge or element; leave out the charge and element.</source>
        <translation>ផ្នែក {kind} ជារបស់សំណុំរឿង មិនមែនរបស់ការចោទប្រកាន់ ឬធាតុផ្សំទេ។ សូមកុំដាក់ការចោទប្រកាន់ និងធាតុផ្សំ។</translation>
    </message>
    <message>
        <source>A {kind} section needs the charge it argues.</source>
        <translation>ផ្នែក {kind} ត្រូវការការចោទប្រកាន់ដែលវាលើកអំណះអំណាង។</translation>
    </message>
    <message>
        <source>Administrative areas are counted as recorded (spelling differences are not merged). Coordinates are plotted as recorded (a point each; their stated precision is not drawn); an incident without an administrative area or without coordinates is counted as lacking it.</source>
        <translation>តំបន់រដ្ឋបាលត្រូវបានរាប់តាមដែលបានកត់ត្រា (ភាពខុសគ្នានៃអក្ខរាវិរុទ្ធមិនត្រូវបានបញ្ចូលគ្នាទេ)។ កូអរដោនេត្រូវបានដៅតាមដែលបានកត់ត្រា (ចំណុចមួយសម្រាប់នីមួយៗ ភាពជាក់លាក់ដែលបានបញ្ជាក់របស់វាមិនត្រូវបានគូរទេ)។ ហេតុការណ៍ដែលគ្មានតំបន់រដ្ឋបាល ឬគ្មានកូអរដោនេ ត្រូវបានរាប់ថាខ្វះវា។</translation>
    </message>
    <message>
        <source>An attachment from the package could not be stored ({strerror}); nothing was imported.</source>
        <translation>ឯកសារភ្ជាប់មួយពីកញ្ចប់មិនអាចរក្សាទុកបានទេ ({strerror})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>An audit entry in the package does not match its own hash: the sender&apos;s audit history was altered ({where}). Nothing was imported.</source>
        <translation>ធាតុសវនកម្មមួយក្នុងកញ្ចប់មិនត្រូវនឹង hash របស់វាផ្ទាល់ទេ៖ ប្រវត្តិសវនកម្មរបស់អ្នកផ្ញើត្រូវបានកែប្រែ ({where})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>An element_argument needs the element it argues, such as 7(1)(g)-1/1.</source>
        <translation>element_argument ត្រូវការធាតុផ្សំដែលវាលើកអំណះអំណាង ដូចជា 7(1)(g)-1/1។</translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation>ភស្តុតាងត្រូវការចំណងជើង។</translation>
    </message>
    <message>
        <source>An export that stopped half-way left {path}, and Casebook could not remove it ({reason}). It may hold decrypted case files: delete it yourself.</source>
        <translation>ការនាំចេញដែលបានឈប់ពាក់កណ្តាលទី បានទុក {path} ចោល ហើយ Casebook មិនអាចលុបវាបានទេ ({reason})។ វាអាចផ្ទុកឯកសារសំណុំរឿងដែលបានឌិគ្រីប៖ សូមលុបវាដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <source>An identity with this signing key is already stored here for a different user or age key. Someone may be impersonating a colleague; do not use this identity, and compare fingerprints with your colleague.</source>
        <translation>អត្តសញ្ញាណមួយដែលមានកូនសោចុះហត្ថលេខានេះ ត្រូវបានរក្សាទុកនៅទីនេះរួចហើយ សម្រាប់អ្នកប្រើផ្សេង ឬកូនសោ age ផ្សេង។ នរណាម្នាក់ប្រហែលជាកំពុងក្លែងខ្លួនជាសហការី។ សូមកុំប្រើអត្តសញ្ញាណនេះ ហើយប្រៀបធៀបស្នាមម្រាមដៃឌីជីថលជាមួយសហការីរបស់អ្នក។</translation>
    </message>
    <message>
        <source>An incident needs a short title.</source>
        <translation>ហេតុការណ៍ត្រូវការចំណងជើងខ្លីមួយ។</translation>
    </message>
    <message>
        <source>April</source>
        <translation>មេសា</translation>
    </message>
    <message>
        <source>As a {role} you can set the status to {allowed}; the other statuses are the supervisor&apos;s.</source>
        <translation>ក្នុងនាមជា {role} អ្នកអាចកំណត់ស្ថានភាពជា {allowed}។ ស្ថានភាពផ្សេងទៀតជារបស់អ្នកត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>Audit entries cannot be deleted.</source>
        <translation>ធាតុសវនកម្មមិនអាចលុបបានទេ។</translation>
    </message>
    <message>
        <source>August</source>
        <translation>សីហា</translation>
    </message>
    <message>
        <source>Canonical JSON form {form} is not one Casebook knows.</source>
        <translation>ទម្រង់ JSON ស្តង់ដារ {form} មិនមែនជាទម្រង់ដែល Casebook ស្គាល់ទេ។</translation>
    </message>
    <message>
        <source>Case {reference} has no charge with the id &apos;{key}&apos;. `casebook charge list` shows the charges.</source>
        <translation>សំណុំរឿង {reference} គ្មានការចោទប្រកាន់ដែលមាន id &apos;{key}&apos; ទេ។ `casebook charge list` បង្ហាញការចោទប្រកាន់។</translation>
    </message>
    <message>
        <source>Case {reference} has no charges yet. Add a charge (crime and alleged perpetrators) before exporting a complaint.</source>
        <translation>សំណុំរឿង {reference} មិនទាន់មានការចោទប្រកាន់នៅឡើយទេ។ សូមបន្ថែមការចោទប្រកាន់ (ឧក្រិដ្ឋកម្ម និងជនសង្ស័យ) មុននឹងនាំចេញពាក្យបណ្តឹង។</translation>
    </message>
    <message>
        <source>Case {reference} has no tag with the id &apos;{tag_id}&apos;; it may have been removed.</source>
        <translation>សំណុំរឿង {reference} គ្មានស្លាកដែលមាន id &apos;{tag_id}&apos; ទេ។ វាប្រហែលជាត្រូវបានដកចេញ។</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); filing edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>សំណុំរឿង {reference}៖ ការចោទប្រកាន់ {charges} ហេតុការណ៍ {incidents} សក្ខីកម្ម {statements} វត្ថុតាង {exhibits}។ ការបោះពុម្ពសម្រាប់ដាក់ជូនតុលាការ សម្រាប់ {addressee} (ការយល់ព្រមត្រូវតែដាក់ឈ្មោះ {jurisdiction})។</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); internal edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>សំណុំរឿង {reference}៖ ការចោទប្រកាន់ {charges} ហេតុការណ៍ {incidents} សក្ខីកម្ម {statements} វត្ថុតាង {exhibits}។ ការបោះពុម្ពផ្ទៃក្នុង សម្រាប់ {addressee} (ការយល់ព្រមត្រូវតែដាក់ឈ្មោះ {jurisdiction})។</translation>
    </message>
    <message>
        <source>Casebook cannot write in its data folder ({reason}); an export needs it to clean up after an interruption. Check that folder&apos;s permissions, or set {environment} to a folder you can write to.</source>
        <translation>Casebook មិនអាចសរសេរក្នុងថតទិន្នន័យរបស់វាបានទេ ({reason})។ ការនាំចេញត្រូវការវា ដើម្បីសម្អាតបន្ទាប់ពីការរំខាន។ សូមពិនិត្យសិទ្ធិរបស់ថតនោះ ឬកំណត់ {environment} ទៅថតមួយដែលអ្នកអាចសរសេរបាន។</translation>
    </message>
    <message>
        <source>Casebook cannot write in the folder {parent} ({reason}). A casebook can only be used from a folder you may write to: copy the folder to such a place (not a read-only drive or share), or check its permissions.</source>
        <translation>Casebook មិនអាចសរសេរក្នុងថត {parent} បានទេ ({reason})។ សៀវភៅសំណុំរឿងអាចប្រើបានតែពីថតដែលអ្នកមានសិទ្ធិសរសេរប៉ុណ្ណោះ៖ សូមចម្លងថតនោះទៅកន្លែងបែបនោះ (មិនមែនថាសឬថតចែករំលែកដែលអានបានតែប៉ុណ្ណោះ) ឬពិនិត្យសិទ្ធិរបស់វា។</translation>
    </message>
    <message>
        <source>Casebook is not allowed to read {name}. Check its permissions.</source>
        <translation>Casebook មិនត្រូវបានអនុញ្ញាតឱ្យអាន {name} ទេ។ សូមពិនិត្យសិទ្ធិរបស់វា។</translation>
    </message>
    <message>
        <source>Casebook&apos;s taxonomy has no national law for &apos;{code}&apos;. Covered: {jurisdictions}.</source>
        <translation>បញ្ជីឧក្រិដ្ឋកម្មរបស់ Casebook គ្មានច្បាប់ជាតិសម្រាប់ &apos;{code}&apos; ទេ។ ដែលមាន៖ {jurisdictions}។</translation>
    </message>
    <message>
        <source>Choose a folder outside the casebook for the bundle: it holds decrypted files, which must not sit beside the encrypted casebook.</source>
        <translation>សូមជ្រើសរើសថតមួយនៅក្រៅសៀវភៅសំណុំរឿងសម្រាប់កញ្ចប់៖ វាផ្ទុកឯកសារដែលបានឌិគ្រីប ដែលមិនត្រូវនៅក្បែរសៀវភៅសំណុំរឿងដែលបានអ៊ិនគ្រីបទេ។</translation>
    </message>
    <message>
        <source>Choose a person of this case.</source>
        <translation>សូមជ្រើសរើសបុគ្គលម្នាក់នៃសំណុំរឿងនេះ។</translation>
    </message>
    <message>
        <source>Choose at least one charge to export, or &apos;all&apos;.</source>
        <translation>សូមជ្រើសរើសការចោទប្រកាន់យ៉ាងហោចណាស់មួយដើម្បីនាំចេញ ឬ &apos;all&apos;។</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>សូមជ្រើសរើសមួយក្នុងចំណោម៖ {choices}។</translation>
    </message>
    <message>
        <source>Consent is recorded as one of: {consent_recording}.</source>
        <translation>ការយល់ព្រមត្រូវបានកត់ត្រាជាមួយក្នុងចំណោម៖ {consent_recording}។</translation>
    </message>
    <message>
        <source>Counts incidents on which a crime is tagged (supporting material on the incident, or on a statement or exhibit linked to it; contradicting material and tags awaiting review after a taxonomy update do not count) or charged (a charge resting on the incident). An incident may count under several crimes.</source>
        <translation>រាប់ហេតុការណ៍ដែលឧក្រិដ្ឋកម្មមួយត្រូវបានដាក់ស្លាក (សម្ភារៈគាំទ្រលើហេតុការណ៍ ឬលើសក្ខីកម្ម ឬវត្ថុតាងដែលភ្ជាប់ទៅវា។ សម្ភារៈផ្ទុយ និងស្លាកដែលកំពុងរង់ចាំការពិនិត្យបន្ទាប់ពីការធ្វើបច្ចុប្បន្នភាពបញ្ជីឧក្រិដ្ឋកម្ម មិនរាប់ទេ) ឬត្រូវបានចោទប្រកាន់ (ការចោទប្រកាន់ដែលផ្អែកលើហេតុការណ៍)។ ហេតុការណ៍មួយអាចរាប់ក្រោមឧក្រិដ្ឋកម្មច្រើន។</translation>
    </message>
    <message>
        <source>Counts incidents to which an alleged perpetrator recorded with this unit is linked, directly or as charged in a charge resting on the incident; an incident may count under several units. Incidents with no alleged perpetrator whose unit is recorded are lacking.</source>
        <translation>រាប់ហេតុការណ៍ដែលជនសង្ស័យដែលបានកត់ត្រាជាមួយអង្គភាពនេះត្រូវបានភ្ជាប់ ដោយផ្ទាល់ ឬដូចដែលត្រូវបានចោទប្រកាន់ក្នុងការចោទប្រកាន់ដែលផ្អែកលើហេតុការណ៍។ ហេតុការណ៍មួយអាចរាប់ក្រោមអង្គភាពច្រើន។ ហេតុការណ៍ដែលគ្មានជនសង្ស័យដែលអង្គភាពរបស់គេត្រូវបានកត់ត្រា ត្រូវបានរាប់ថាខ្វះ។</translation>
    </message>
    <message>
        <source>Counts persons recorded in the casebook with the role victim or survivor and linked to an incident counted here; a person linked to several incidents counts once. Victims reported in statements but not recorded as persons are not counted. A person with no value recorded for the characteristic is counted as lacking it.</source>
        <translation>រាប់បុគ្គលដែលបានកត់ត្រាក្នុងសៀវភៅសំណុំរឿងជាមួយតួនាទីជនរងគ្រោះ ឬអ្នករស់រានមានជីវិត ហើយភ្ជាប់ទៅហេតុការណ៍ដែលបានរាប់នៅទីនេះ។ បុគ្គលដែលភ្ជាប់ទៅហេតុការណ៍ច្រើន រាប់តែម្តង។ ជនរងគ្រោះដែលបានរាយការណ៍ក្នុងសក្ខីកម្ម ប៉ុន្តែមិនបានកត់ត្រាជាបុគ្គល មិនត្រូវបានរាប់ទេ។ បុគ្គលដែលគ្មានតម្លៃកត់ត្រាសម្រាប់លក្ខណៈនោះ ត្រូវបានរាប់ថាខ្វះវា។</translation>
    </message>
    <message>
        <source>Crime {crime} has no elements in the Elements of Crimes yet, so it cannot be charged and analysed element by element. Choose another crime.</source>
        <translation>ឧក្រិដ្ឋកម្ម {crime} មិនទាន់មានធាតុផ្សំក្នុង ធាតុផ្សំនៃឧក្រិដ្ឋកម្ម នៅឡើយទេ ដូច្នេះវាមិនអាចចោទប្រកាន់ និងវិភាគតាមធាតុផ្សំនីមួយៗបានទេ។ សូមជ្រើសរើសឧក្រិដ្ឋកម្មផ្សេង។</translation>
    </message>
    <message>
        <source>Custody actions are: {custody_actions}.</source>
        <translation>សកម្មភាពរក្សាភស្តុតាងគឺ៖ {custody_actions}។</translation>
    </message>
    <message>
        <source>Custody and review events are signed and never replace one another; the incoming event stays on record in this conflict. Resolve it with --keep local.</source>
        <translation>ព្រឹត្តិការណ៍រក្សាភស្តុតាង និងការពិនិត្យត្រូវបានចុះហត្ថលេខា ហើយមិនដែលជំនួសគ្នាទេ។ ព្រឹត្តិការណ៍ដែលចូលមកនៅតែត្រូវបានកត់ត្រាក្នុងភាពមិនស៊ីគ្នានេះ។ សូមដោះស្រាយវាដោយ --keep local។</translation>
    </message>
    <message>
        <source>Custody events are signed by the person acting, and this user has no signing key in this casebook.</source>
        <translation>ព្រឹត្តិការណ៍រក្សាភស្តុតាងត្រូវបានចុះហត្ថលេខាដោយបុគ្គលដែលធ្វើសកម្មភាព ហើយអ្នកប្រើនេះគ្មានកូនសោចុះហត្ថលេខាក្នុងសៀវភៅសំណុំរឿងនេះទេ។</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ធ្នូ</translation>
    </message>
    <message>
        <source>Documents can be exported in {languages}; {language} is not one of them.</source>
        <translation>ឯកសារអាចនាំចេញជា {languages}។ {language} មិនមែនជាភាសាមួយក្នុងចំណោមនោះទេ។</translation>
    </message>
    <message>
        <source>Each incident&apos;s date is taken as the span of days it can mean: an exact date is one day, a month or a year is the whole month or year, a range runs from the first day its start can mean to the last day its end can mean, and an approximate date is widened by {margin} days on each side. A month counts an incident as certain only when its whole span lies in that month; an incident whose span reaches beyond the month is counted as possible in every month it touches, so possible counts overlap and must not be added up. Incidents without a date, with an open-ended range or with a date that is not a calendar date are counted as lacking a date.</source>
        <translation>កាលបរិច្ឆេទនៃហេតុការណ៍នីមួយៗ ត្រូវបានយកជារយៈពេលនៃថ្ងៃដែលវាអាចមានន័យ៖ កាលបរិច្ឆេទពិតប្រាកដគឺមួយថ្ងៃ ខែ ឬឆ្នាំ គឺខែ ឬឆ្នាំទាំងមូល ចន្លោះមួយចាប់ពីថ្ងៃដំបូងដែលការចាប់ផ្តើមរបស់វាអាចមានន័យ ដល់ថ្ងៃចុងក្រោយដែលការបញ្ចប់របស់វាអាចមានន័យ ហើយកាលបរិច្ឆេទប្រហាក់ប្រហែលត្រូវបានពង្រីក {margin} ថ្ងៃនៅសងខាង។ ខែមួយរាប់ហេតុការណ៍ថាប្រាកដ លុះត្រាតែរយៈពេលទាំងមូលរបស់វាស្ថិតក្នុងខែនោះ។ ហេតុការណ៍ដែលរយៈពេលរបស់វាហួសពីខែ ត្រូវបានរាប់ថាអាចកើតមាន ក្នុងគ្រប់ខែដែលវាប៉ះ ដូច្នេះចំនួនដែលអាចកើតមានត្រួតលើគ្នា ហើយមិនត្រូវបូកបញ្ចូលគ្នាទេ។ ហេតុការណ៍ដែលគ្មានកាលបរិច្ឆេទ ដែលមានចន្លោះគ្មានទីបញ្ចប់ ឬដែលមានកាលបរិច្ឆេទមិនមែនជាកាលបរិច្ឆេទប្រតិទិន ត្រូវបានរាប់ថាខ្វះកាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <source>Encrypting the bundle to the recipient</source>
        <translation>កំពុងអ៊ិនគ្រីបកញ្ចប់សម្រាប់អ្នកទទួល</translation>
    </message>
    <message>
        <source>Evidence {title} did not come out of the vault as it went in; the bundle was not written. Run `casebook verify` on the casebook.</source>
        <translation>ភស្តុតាង {title} មិនបានចេញពីឃ្លាំងដូចពេលដែលវាចូលទេ។ កញ្ចប់មិនត្រូវបានសរសេរទេ។ សូមដំណើរការ `casebook verify` លើសៀវភៅសំណុំរឿង។</translation>
    </message>
    <message>
        <source>Evidence {title} has no stored file (a physical item?).</source>
        <translation>ភស្តុតាង {title} គ្មានឯកសារដែលបានរក្សាទុកទេ (វត្ថុរូបវន្ត?)។</translation>
    </message>
    <message>
        <source>February</source>
        <translation>កុម្ភៈ</translation>
    </message>
    <message>
        <source>Give a language code such as lo, my, th or en.</source>
        <translation>សូមផ្តល់លេខកូដភាសា ដូចជា lo, my, th ឬ en។</translation>
    </message>
    <message>
        <source>Give a list of sections: {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}.</source>
        <translation>សូមផ្តល់បញ្ជីផ្នែក៖ {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}។</translation>
    </message>
    <message>
        <source>Give a number between {low} and {high}.</source>
        <translation>សូមផ្តល់លេខមួយចន្លោះ {low} និង {high}។</translation>
    </message>
    <message>
        <source>Give a status, a comment, or both.</source>
        <translation>សូមផ្តល់ស្ថានភាព មតិយោបល់ ឬទាំងពីរ។</translation>
    </message>
    <message>
        <source>Give at least one role from: {person_roles}.</source>
        <translation>សូមផ្តល់តួនាទីយ៉ាងហោចណាស់មួយពី៖ {person_roles}។</translation>
    </message>
    <message>
        <source>Give both grades (source reliability A-F and information credibility 1-6) or neither: a tag is graded on both scales, or not graded.</source>
        <translation>សូមផ្តល់ការវាយតម្លៃទាំងពីរ (ភាពគួរឱ្យទុកចិត្តនៃប្រភព A-F និងភាពជឿជាក់នៃព័ត៌មាន 1-6) ឬមិនផ្តល់ទាំងពីរ៖ ស្លាកត្រូវបានវាយតម្លៃលើមាត្រដ្ឋានទាំងពីរ ឬមិនត្រូវបានវាយតម្លៃ។</translation>
    </message>
    <message>
        <source>Give the national provision as JURISDICTION:PROVISION-ID, such as DE:§7(1)(nr4).</source>
        <translation>សូមផ្តល់បទប្បញ្ញត្តិជាតិជា JURISDICTION:PROVISION-ID ដូចជា DE:§7(1)(nr4)។</translation>
    </message>
    <message>
        <source>Give the whole fingerprint (32 hexadecimal digits) you compared with your colleague, so a look-alike identity cannot be verified by mistake.</source>
        <translation>សូមផ្តល់ស្នាមម្រាមដៃឌីជីថលទាំងមូល (32 ខ្ទង់គោលដប់ប្រាំមួយ) ដែលអ្នកបានប្រៀបធៀបជាមួយសហការីរបស់អ្នក ដើម្បីកុំឱ្យអត្តសញ្ញាណដែលស្រដៀងគ្នាត្រូវបានផ្ទៀងផ្ទាត់ដោយច្រឡំ។</translation>
    </message>
    <message>
        <source>Grades are admiralty codes: a letter for source reliability (A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged) and a digit for information credibility (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged).</source>
        <translation>ការវាយតម្លៃគឺជាលេខកូដ admiralty៖ អក្សរមួយសម្រាប់ភាពគួរឱ្យទុកចិត្តនៃប្រភព (A គួរឱ្យទុកចិត្តទាំងស្រុង B ជាធម្មតាគួរឱ្យទុកចិត្ត C គួរឱ្យទុកចិត្តបង្គួរ D ជាធម្មតាមិនគួរឱ្យទុកចិត្ត E មិនគួរឱ្យទុកចិត្ត F មិនអាចវាយតម្លៃបាន) និងលេខមួយសម្រាប់ភាពជឿជាក់នៃព័ត៌មាន (1 បានបញ្ជាក់ 2 ប្រហែលជាពិត 3 អាចពិត 4 គួរឱ្យសង្ស័យ 5 មិនទំនងជាពិត 6 មិនអាចវាយតម្លៃបាន)។</translation>
    </message>
    <message>
        <source>Identities can only leave the casebook in a sealed annex encrypted to the recipient. Give the recipient&apos;s age public key (age1…) as well.</source>
        <translation>អត្តសញ្ញាណអាចចេញពីសៀវភៅសំណុំរឿងបានតែក្នុងឧបសម្ព័ន្ធដែលបានបិទត្រា ហើយអ៊ិនគ្រីបសម្រាប់អ្នកទទួលប៉ុណ្ណោះ។ សូមផ្តល់កូនសោសាធារណៈ age របស់អ្នកទទួល (age1…) ផងដែរ។</translation>
    </message>
    <message>
        <source>In recipients.json the name {alias} stands for both {code} and {other}; a name must name one recipient. Restore the file.</source>
        <translation>ក្នុង recipients.json ឈ្មោះ {alias} តំណាងឱ្យទាំង {code} និង {other}។ ឈ្មោះមួយត្រូវតែសំដៅលើអ្នកទទួលតែម្នាក់។ សូមស្តារឯកសារនោះឡើងវិញ។</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>ហេតុការណ៍តាមតំបន់រដ្ឋបាល</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>ហេតុការណ៍តាមអង្គភាពជនសង្ស័យ</translation>
    </message>
    <message>
        <source>Incidents by crime tagged or charged</source>
        <translation>ហេតុការណ៍តាមឧក្រិដ្ឋកម្មដែលបានដាក់ស្លាក ឬចោទប្រកាន់</translation>
    </message>
    <message>
        <source>Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged).</source>
        <translation>ភាពជឿជាក់នៃព័ត៌មានគឺជាលេខពី 1 (បានបញ្ជាក់) ដល់ 6 (មិនអាចវាយតម្លៃបាន)។</translation>
    </message>
    <message>
        <source>Intake was cancelled; nothing was added for that file.</source>
        <translation>ការទទួលចូលត្រូវបានបោះបង់។ គ្មានអ្វីត្រូវបានបន្ថែមសម្រាប់ឯកសារនោះទេ។</translation>
    </message>
    <message>
        <source>January</source>
        <translation>មករា</translation>
    </message>
    <message>
        <source>July</source>
        <translation>កក្កដា</translation>
    </message>
    <message>
        <source>June</source>
        <translation>មិថុនា</translation>
    </message>
    <message>
        <source>Left out or changed:</source>
        <translation>ដែលទុកចោល ឬផ្លាស់ប្តូរ៖</translation>
    </message>
    <message>
        <source>Link the exhibit to incident &apos;{incident}&apos;</source>
        <translation>ភ្ជាប់វត្ថុតាងទៅហេតុការណ៍ &apos;{incident}&apos;</translation>
    </message>
    <message>
        <source>Link the statement to incident &apos;{incident}&apos;</source>
        <translation>ភ្ជាប់សក្ខីកម្មទៅហេតុការណ៍ &apos;{incident}&apos;</translation>
    </message>
    <message>
        <source>Making the casebook in {folder} was stopped before it finished (or is still under way in another window), so it holds no records and cannot be opened. Create the casebook again in this same folder (`casebook init` or New casebook); the unfinished files are replaced.</source>
        <translation>ការបង្កើតសៀវភៅសំណុំរឿងក្នុង {folder} ត្រូវបានបញ្ឈប់មុនពេលវាចប់ (ឬកំពុងដំណើរការក្នុងបង្អួចផ្សេង) ដូច្នេះវាគ្មានកំណត់ត្រា ហើយមិនអាចបើកបានទេ។ សូមបង្កើតសៀវភៅសំណុំរឿងម្តងទៀតក្នុងថតដដែលនេះ (`casebook init` ឬ សៀវភៅសំណុំរឿងថ្មី)។ ឯកសារដែលមិនទាន់ចប់នឹងត្រូវបានជំនួស។</translation>
    </message>
    <message>
        <source>March</source>
        <translation>មីនា</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ឧសភា</translation>
    </message>
    <message>
        <source>More than one charge of case {reference} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>ការចោទប្រកាន់ច្រើនជាងមួយនៃសំណុំរឿង {reference} មាន id ចាប់ផ្តើមដោយ &apos;{key}&apos;។ សូមផ្តល់ id ឱ្យបានវែងជាងនេះ។</translation>
    </message>
    <message>
        <source>More than one {what} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>{what} ច្រើនជាងមួយមាន id ចាប់ផ្តើមដោយ &apos;{key}&apos;។ សូមផ្តល់ id ឱ្យបានវែងជាងនេះ។</translation>
    </message>
    <message>
        <source>Name at least one recipient by fingerprint (--to).</source>
        <translation>សូមដាក់ឈ្មោះអ្នកទទួលយ៉ាងហោចណាស់ម្នាក់ តាមស្នាមម្រាមដៃឌីជីថល (--to)។</translation>
    </message>
    <message>
        <source>Name exactly one thing to tag: a passage (segment), an evidence item or an incident.</source>
        <translation>សូមដាក់ឈ្មោះរបស់មួយគត់ដែលត្រូវដាក់ស្លាក៖ ផ្នែកអត្ថបទ (segment) ភស្តុតាង ឬហេតុការណ៍។</translation>
    </message>
    <message>
        <source>No case has the reference {reference}. `casebook case list` shows the cases.</source>
        <translation>គ្មានសំណុំរឿងណាមានលេខយោង {reference} ទេ។ `casebook case list` បង្ហាញសំណុំរឿង។</translation>
    </message>
    <message>
        <source>No conflict has this id. `casebook conflicts PATH` lists them.</source>
        <translation>គ្មានភាពមិនស៊ីគ្នាណាមាន id នេះទេ។ `casebook conflicts PATH` រាយបញ្ជីពួកវា។</translation>
    </message>
    <message>
        <source>No font for {script} script was found. Install the {family} font (Debian: {package}) or put a font file in a folder named in CASEBOOK_FONT_DIRS.</source>
        <translation>រកមិនឃើញពុម្ពអក្សរសម្រាប់អក្សរ {script} ទេ។ សូមដំឡើងពុម្ពអក្សរ {family} (Debian: {package}) ឬដាក់ឯកសារពុម្ពអក្សរក្នុងថតមួយដែលមានឈ្មោះក្នុង CASEBOOK_FONT_DIRS។</translation>
    </message>
    <message>
        <source>No nonce could be added to the time-stamp request. Try again.</source>
        <translation>មិនអាចបន្ថែម nonce ទៅសំណើត្រាពេលវេលាបានទេ។ សូមព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>No person in this case has the pseudonym {pseudonym}; check the list of identities to seal.</source>
        <translation>គ្មានបុគ្គលណាក្នុងសំណុំរឿងនេះមានឈ្មោះក្លែង {pseudonym} ទេ។ សូមពិនិត្យបញ្ជីអត្តសញ្ញាណដែលត្រូវបិទត្រា។</translation>
    </message>
    <message>
        <source>No person of case {reference} has the id &apos;{person_id}&apos;. Choose an alleged perpetrator of this case.</source>
        <translation>គ្មានបុគ្គលណានៃសំណុំរឿង {reference} មាន id &apos;{person_id}&apos; ទេ។ សូមជ្រើសរើសជនសង្ស័យម្នាក់នៃសំណុំរឿងនេះ។</translation>
    </message>
    <message>
        <source>No person of case {reference} has the pseudonym &apos;{key}&apos;. Add the person with the role alleged_perpetrator first, or check the pseudonym.</source>
        <translation>គ្មានបុគ្គលណានៃសំណុំរឿង {reference} មានឈ្មោះក្លែង &apos;{key}&apos; ទេ។ សូមបន្ថែមបុគ្គលនោះជាមួយតួនាទី alleged_perpetrator ជាមុនសិន ឬពិនិត្យឈ្មោះក្លែង។</translation>
    </message>
    <message>
        <source>No person of this evidence item&apos;s case has the pseudonym {pseudonym}.</source>
        <translation>គ្មានបុគ្គលណានៃសំណុំរឿងរបស់ភស្តុតាងនេះ មានឈ្មោះក្លែង {pseudonym} ទេ។</translation>
    </message>
    <message>
        <source>No provision of {code} law maps onto crime {crime}. Leave the national provision out, or choose another crime.</source>
        <translation>គ្មានបទប្បញ្ញត្តិណានៃច្បាប់ {code} ត្រូវនឹងឧក្រិដ្ឋកម្ម {crime} ទេ។ សូមកុំដាក់បទប្បញ្ញត្តិជាតិ ឬជ្រើសរើសឧក្រិដ្ឋកម្មផ្សេង។</translation>
    </message>
    <message>
        <source>No record of this case has that id. `casebook review PATH --case R` lists the case&apos;s records under review.</source>
        <translation>គ្មានកំណត់ត្រាណានៃសំណុំរឿងនេះមាន id នោះទេ។ `casebook review PATH --case R` រាយបញ្ជីកំណត់ត្រារបស់សំណុំរឿងដែលកំពុងពិនិត្យ។</translation>
    </message>
    <message>
        <source>No stored identity has this fingerprint. Import your colleague&apos;s identity first with `casebook identity import`.</source>
        <translation>គ្មានអត្តសញ្ញាណដែលបានរក្សាទុកណាមានស្នាមម្រាមដៃឌីជីថលនេះទេ។ សូមនាំចូលអត្តសញ្ញាណរបស់សហការីរបស់អ្នកជាមុនសិន ដោយ `casebook identity import`។</translation>
    </message>
    <message>
        <source>No supervisor key slot matches. `casebook supervisor-slot list PATH` shows them.</source>
        <translation>គ្មានរន្ធកូនសោរបស់អ្នកត្រួតពិនិត្យណាត្រូវគ្នាទេ។ `casebook supervisor-slot list PATH` បង្ហាញពួកវា។</translation>
    </message>
    <message>
        <source>No user is acting in this casebook; open it again.</source>
        <translation>គ្មានអ្នកប្រើណាកំពុងធ្វើសកម្មភាពក្នុងសៀវភៅសំណុំរឿងនេះទេ។ សូមបើកវាម្តងទៀត។</translation>
    </message>
    <message>
        <source>No user with a signing key is acting in this casebook, so it cannot exchange packages. Open it with its passphrase.</source>
        <translation>គ្មានអ្នកប្រើដែលមានកូនសោចុះហត្ថលេខាកំពុងធ្វើសកម្មភាពក្នុងសៀវភៅសំណុំរឿងនេះទេ ដូច្នេះវាមិនអាចចែករំលែកកញ្ចប់បានទេ។ សូមបើកវាដោយឃ្លាសម្ងាត់របស់វា។</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>គ្មានអ្វីត្រូវបានទុកចោលទេ។</translation>
    </message>
    <message>
        <source>Nothing was imported; correct these entries and import again:
  {entries}</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែធាតុទាំងនេះ ហើយនាំចូលម្តងទៀត៖
  {entries}</translation>
    </message>
    <message>
        <source>November</source>
        <translation>វិច្ឆិកា</translation>
    </message>
    <message>
        <source>October</source>
        <translation>តុលា</translation>
    </message>
    <message>
        <source>Only an exhibit or an incident withheld for someone&apos;s consent can be included anyway; a statement goes out only as its witness consented.</source>
        <translation>មានតែវត្ថុតាង ឬហេតុការណ៍ដែលមិនបង្ហាញដោយសារការយល់ព្រមរបស់នរណាម្នាក់ ទើបអាចដាក់បញ្ចូលបានទោះយ៉ាងណាក៏ដោយ។ សក្ខីកម្មចេញទៅបានតែតាមដែលសាក្សីរបស់វាបានយល់ព្រមប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Only your own identity can be exported from this casebook.</source>
        <translation>មានតែអត្តសញ្ញាណរបស់អ្នកផ្ទាល់ប៉ុណ្ណោះ ដែលអាចនាំចេញពីសៀវភៅសំណុំរឿងនេះបាន។</translation>
    </message>
    <message>
        <source>Only {linkable} can be linked to an incident.</source>
        <translation>មានតែ {linkable} ប៉ុណ្ណោះ ដែលអាចភ្ជាប់ទៅហេតុការណ៍បាន។</translation>
    </message>
    <message>
        <source>Packing the bundle into a zip file</source>
        <translation>កំពុងវេចខ្ចប់កញ្ចប់ក្នុងឯកសារ zip</translation>
    </message>
    <message>
        <source>Page {page} of exhibit {number} has no place in the complaint; export again, and report this if it happens twice.</source>
        <translation>ទំព័រ {page} នៃវត្ថុតាង {number} គ្មានកន្លែងក្នុងពាក្យបណ្តឹងទេ។ សូមនាំចេញម្តងទៀត ហើយរាយការណ៍បញ្ហានេះ ប្រសិនបើវាកើតឡើងពីរដង។</translation>
    </message>
    <message>
        <source>Pattern: {title} (1 incident)</source>
        <translation>លំនាំ៖ {title} (1 ហេតុការណ៍)</translation>
    </message>
    <message>
        <source>Pattern: {title} ({count} incidents)</source>
        <translation>លំនាំ៖ {title} ({count} ហេតុការណ៍)</translation>
    </message>
    <message>
        <source>Reading or storing the file failed ({reason}); nothing was added.</source>
        <translation>ការអាន ឬការរក្សាទុកឯកសារបានបរាជ័យ ({reason})។ គ្មានអ្វីត្រូវបានបន្ថែមទេ។</translation>
    </message>
    <message>
        <source>Recording the export in the chain of custody</source>
        <translation>កំពុងកត់ត្រាការនាំចេញក្នុងខ្សែសង្វាក់នៃការរក្សាភស្តុតាង</translation>
    </message>
    <message>
        <source>Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder); `casebook verify` lists the damaged places.</source>
        <translation>សូមស្តារ casebook.db ពីច្បាប់បម្រុងទុកនៃថតនោះ (ច្បាប់បម្រុងទុកស្វ័យប្រវត្តិអាចនៅក្នុងថត backups/ របស់វា)។ `casebook verify` រាយបញ្ជីកន្លែងដែលខូច។</translation>
    </message>
    <message>
        <source>Review actions are signed, and no user with a key is acting here.</source>
        <translation>សកម្មភាពពិនិត្យត្រូវបានចុះហត្ថលេខា ហើយគ្មានអ្នកប្រើដែលមានកូនសោកំពុងធ្វើសកម្មភាពនៅទីនេះទេ។</translation>
    </message>
    <message>
        <source>Say which version to keep: local or incoming.</source>
        <translation>សូមប្រាប់ថាកំណែណាដែលត្រូវរក្សាទុក៖ local ឬ incoming។</translation>
    </message>
    <message>
        <source>Sealing the identity annex</source>
        <translation>កំពុងបិទត្រាឧបសម្ព័ន្ធអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>September</source>
        <translation>កញ្ញា</translation>
    </message>
    <message>
        <source>Several identities start with these digits; give more of them.</source>
        <translation>អត្តសញ្ញាណច្រើនចាប់ផ្តើមដោយខ្ទង់ទាំងនេះ។ សូមផ្តល់ខ្ទង់បន្ថែមទៀត។</translation>
    </message>
    <message>
        <source>Source reliability is a letter from A (completely reliable) to F (cannot be judged).</source>
        <translation>ភាពគួរឱ្យទុកចិត្តនៃប្រភពគឺជាអក្សរពី A (គួរឱ្យទុកចិត្តទាំងស្រុង) ដល់ F (មិនអាចវាយតម្លៃបាន)។</translation>
    </message>
    <message>
        <source>That {kind} is not part of this incident&apos;s case.</source>
        <translation>{kind} នោះមិនមែនជាផ្នែកនៃសំណុំរឿងរបស់ហេតុការណ៍នេះទេ។</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof but not the media file it is for. Share the photo or video again from ProofMode with its proof.</source>
        <translation>កញ្ចប់ ProofMode {name} មានភស្តុតាងបញ្ជាក់ ប៉ុន្តែគ្មានឯកសារមេឌៀដែលវាសម្រាប់ទេ។ សូមចែករំលែករូបថត ឬវីដេអូម្តងទៀតពី ProofMode ជាមួយភស្តុតាងបញ្ជាក់របស់វា។</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof file that is not JSON ProofMode writes; it may be damaged. Ask for it to be shared again from ProofMode.</source>
        <translation>កញ្ចប់ ProofMode {name} មានឯកសារភស្តុតាងបញ្ជាក់ដែលមិនមែនជា JSON ដែល ProofMode សរសេរ។ វាប្រហែលជាខូច។ សូមស្នើឱ្យចែករំលែកវាម្តងទៀតពី ProofMode។</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} holds the proofs of {count} media files; Casebook takes a bundle of one. Share each photo or video from ProofMode on its own, then add each bundle.</source>
        <translation>កញ្ចប់ ProofMode {name} ផ្ទុកភស្តុតាងបញ្ជាក់នៃឯកសារមេឌៀ {count}។ Casebook ទទួលយកកញ្ចប់ដែលមានតែមួយ។ សូមចែករំលែករូបថត ឬវីដេអូនីមួយៗពី ProofMode ដាច់ដោយឡែក បន្ទាប់មកបន្ថែមកញ្ចប់នីមួយៗ។</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} is damaged (a file in it cannot be read in full); nothing was added. Ask for it to be shared again from ProofMode.</source>
        <translation>កញ្ចប់ ProofMode {name} ត្រូវបានខូច (ឯកសារមួយក្នុងវាមិនអាចអានបានពេញលេញ)។ គ្មានអ្វីត្រូវបានបន្ថែមទេ។ សូមស្នើឱ្យចែករំលែកវាម្តងទៀតពី ProofMode។</translation>
    </message>
    <message>
        <source>The Rome Statute taxonomy could not be loaded ({where}): {problem}. Reinstall Casebook to restore its taxonomy files.</source>
        <translation>បញ្ជីឧក្រិដ្ឋកម្មនៃលក្ខន្តិកៈក្រុងរ៉ូមមិនអាចផ្ទុកបានទេ ({where})៖ {problem}។ សូមដំឡើង Casebook ឡើងវិញ ដើម្បីស្តារឯកសារបញ្ជីឧក្រិដ្ឋកម្មរបស់វា។</translation>
    </message>
    <message>
        <source>The TSA address holds a user name or password. Casebook keeps the address with each time-stamp, so give one without them (a TSA that needs no login).</source>
        <translation>អាសយដ្ឋាន TSA មានឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់។ Casebook រក្សាទុកអាសយដ្ឋាននោះជាមួយត្រាពេលវេលានីមួយៗ ដូច្នេះសូមផ្តល់អាសយដ្ឋានដែលគ្មានពួកវា (TSA ដែលមិនត្រូវការចូលគណនី)។</translation>
    </message>
    <message>
        <source>The age identity does not open this casebook: none of its supervisor key slots was made for it. Check that you chose your own identity file, or open the casebook with its passphrase.</source>
        <translation>អត្តសញ្ញាណ age មិនបើកសៀវភៅសំណុំរឿងនេះទេ៖ គ្មានរន្ធកូនសោរបស់អ្នកត្រួតពិនិត្យណាមួយត្រូវបានបង្កើតសម្រាប់វាទេ។ សូមពិនិត្យថាអ្នកបានជ្រើសរើសឯកសារអត្តសញ្ញាណរបស់អ្នកផ្ទាល់ ឬបើកសៀវភៅសំណុំរឿងដោយឃ្លាសម្ងាត់របស់វា។</translation>
    </message>
    <message>
        <source>The age identity file holds no usable key (a line starting AGE-SECRET-KEY-1). Choose the identity file you exported from your own casebook.</source>
        <translation>ឯកសារអត្តសញ្ញាណ age គ្មានកូនសោដែលអាចប្រើបានទេ (បន្ទាត់ដែលចាប់ផ្តើមដោយ AGE-SECRET-KEY-1)។ សូមជ្រើសរើសឯកសារអត្តសញ្ញាណដែលអ្នកបាននាំចេញពីសៀវភៅសំណុំរឿងរបស់អ្នកផ្ទាល់។</translation>
    </message>
    <message>
        <source>The age recipient is not valid. It is a public key starting with &apos;age1&apos;; ask the recipient for it again.</source>
        <translation>អ្នកទទួល age មិនត្រឹមត្រូវទេ។ វាគឺជាកូនសោសាធារណៈដែលចាប់ផ្តើមដោយ &apos;age1&apos;។ សូមសុំវាពីអ្នកទទួលម្តងទៀត។</translation>
    </message>
    <message>
        <source>The audit chain is empty, so there is nothing to time-stamp yet.</source>
        <translation>ខ្សែសង្វាក់សវនកម្មទទេ ដូច្នេះមិនទាន់មានអ្វីត្រូវដាក់ត្រាពេលវេលានៅឡើយទេ។</translation>
    </message>
    <message>
        <source>The audit history in the package does not end where its signed manifest says. Nothing was imported; ask the sender for a new package.</source>
        <translation>ប្រវត្តិសវនកម្មក្នុងកញ្ចប់ មិនបញ្ចប់នៅកន្លែងដែល manifest ដែលបានចុះហត្ថលេខារបស់វានិយាយទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមសុំកញ្ចប់ថ្មីពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <source>The backup could not be written to {parent} ({reason}); the previous backup there, if any, is unchanged.</source>
        <translation>ច្បាប់បម្រុងទុកមិនអាចសរសេរទៅ {parent} បានទេ ({reason})។ ច្បាប់បម្រុងទុកមុននៅទីនោះ ប្រសិនបើមាន មិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>The backup was cancelled and what it had written was removed; the previous backup, if any, is unchanged.</source>
        <translation>ការបម្រុងទុកត្រូវបានបោះបង់ ហើយអ្វីដែលវាបានសរសេរត្រូវបានដកចេញ។ ច្បាប់បម្រុងទុកមុន ប្រសិនបើមាន មិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>The backup was not made: the copy of the database did not check out ({problems}). Run `casebook verify` on the casebook.</source>
        <translation>ច្បាប់បម្រុងទុកមិនត្រូវបានបង្កើតទេ៖ ច្បាប់ចម្លងនៃមូលដ្ឋានទិន្នន័យមិនឆ្លងការពិនិត្យទេ ({problems})។ សូមដំណើរការ `casebook verify` លើសៀវភៅសំណុំរឿង។</translation>
    </message>
    <message>
        <source>The backup was not made: {problem} The casebook itself may be damaged; run `casebook verify` on it.</source>
        <translation>ច្បាប់បម្រុងទុកមិនត្រូវបានបង្កើតទេ៖ {problem} សៀវភៅសំណុំរឿងខ្លួនវាប្រហែលជាខូច។ សូមដំណើរការ `casebook verify` លើវា។</translation>
    </message>
    <message>
        <source>The bundle is signed with the exporting user&apos;s key, and this user has none in this casebook. Open the casebook as the user who exports.</source>
        <translation>កញ្ចប់ត្រូវបានចុះហត្ថលេខាដោយកូនសោរបស់អ្នកប្រើដែលនាំចេញ ហើយអ្នកប្រើនេះគ្មានកូនសោក្នុងសៀវភៅសំណុំរឿងនេះទេ។ សូមបើកសៀវភៅសំណុំរឿងជាអ្នកប្រើដែលនាំចេញ។</translation>
    </message>
    <message>
        <source>The casebook&apos;s database cannot be read: the file is damaged, or it does not belong to this key-slot file. {hint}</source>
        <translation>មូលដ្ឋានទិន្នន័យរបស់សៀវភៅសំណុំរឿងមិនអាចអានបានទេ៖ ឯកសារត្រូវបានខូច ឬវាមិនមែនជារបស់ឯកសាររន្ធកូនសោនេះទេ។ {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database file is empty or holds none of this casebook&apos;s records, so it was not opened. Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder).</source>
        <translation>ឯកសារមូលដ្ឋានទិន្នន័យរបស់សៀវភៅសំណុំរឿងទទេ ឬមិនផ្ទុកកំណត់ត្រាណាមួយរបស់សៀវភៅសំណុំរឿងនេះទេ ដូច្នេះវាមិនត្រូវបានបើកទេ។ សូមស្តារ casebook.db ពីច្បាប់បម្រុងទុកនៃថតនោះ (ច្បាប់បម្រុងទុកស្វ័យប្រវត្តិអាចនៅក្នុងថត backups/ របស់វា)។</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged ({pages}). {hint}</source>
        <translation>មូលដ្ឋានទិន្នន័យរបស់សៀវភៅសំណុំរឿងត្រូវបានខូច ({pages})។ {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged. {hint}</source>
        <translation>មូលដ្ឋានទិន្នន័យរបស់សៀវភៅសំណុំរឿងត្រូវបានខូច។ {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of the package ({kind}); nothing was imported. Ask the sender to make the package again with this version of Casebook.</source>
        <translation>មូលដ្ឋានទិន្នន័យរបស់សៀវភៅសំណុំរឿងបានបដិសេធកំណត់ត្រាមួយនៃកញ្ចប់ ({kind})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមសុំឱ្យអ្នកផ្ញើបង្កើតកញ្ចប់ម្តងទៀតជាមួយកំណែ Casebook នេះ។</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of this file ({kind}); nothing was imported. Check the file against the interchange format, or report this with the file&apos;s format version.</source>
        <translation>មូលដ្ឋានទិន្នន័យរបស់សៀវភៅសំណុំរឿងបានបដិសេធកំណត់ត្រាមួយនៃឯកសារនេះ ({kind})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមពិនិត្យឯកសារនោះធៀបនឹងទម្រង់ផ្លាស់ប្តូរទិន្នន័យ ឬរាយការណ៍បញ្ហានេះជាមួយកំណែទម្រង់របស់ឯកសារនោះ។</translation>
    </message>
    <message>
        <source>The charge is not one of case {reference}.</source>
        <translation>ការចោទប្រកាន់នោះមិនមែនជារបស់សំណុំរឿង {reference} ទេ។</translation>
    </message>
    <message>
        <source>The complaint has no creation date; export again.</source>
        <translation>ពាក្យបណ្តឹងគ្មានកាលបរិច្ឆេទបង្កើតទេ។ សូមនាំចេញម្តងទៀត។</translation>
    </message>
    <message>
        <source>The content of {label} has {total} bytes, but {size} were recorded.</source>
        <translation>ខ្លឹមសារនៃ {label} មាន {total} បៃ ប៉ុន្តែ {size} ត្រូវបានកត់ត្រា។</translation>
    </message>
    <message>
        <source>The content of {label} no longer matches the SHA-256 recorded at intake.</source>
        <translation>ខ្លឹមសារនៃ {label} លែងត្រូវនឹង SHA-256 ដែលបានកត់ត្រាពេលទទួលចូលទៀតហើយ។</translation>
    </message>
    <message>
        <source>The database in this folder belongs to a different casebook than its key-slot file. Files from two casebooks have been mixed; restore the folder from a backup.</source>
        <translation>មូលដ្ឋានទិន្នន័យក្នុងថតនេះ ជារបស់សៀវភៅសំណុំរឿងផ្សេងពីឯកសាររន្ធកូនសោរបស់វា។ ឯកសារពីសៀវភៅសំណុំរឿងពីរត្រូវបានលាយបញ្ចូលគ្នា។ សូមស្តារថតនោះពីច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <source>The date has a day that this month does not have.</source>
        <translation>កាលបរិច្ឆេទមានថ្ងៃដែលខែនេះមិនមាន។</translation>
    </message>
    <message>
        <source>The date has a month that does not exist (months are 01 to 12).</source>
        <translation>កាលបរិច្ឆេទមានខែដែលមិនមាន (ខែគឺពី 01 ដល់ 12)។</translation>
    </message>
    <message>
        <source>The date has a time of day that does not exist (hours 00-23, minutes 00-59).</source>
        <translation>កាលបរិច្ឆេទមានម៉ោងដែលមិនមាន (ម៉ោង 00-23 នាទី 00-59)។</translation>
    </message>
    <message>
        <source>The date has the year 0000, which no calendar has.</source>
        <translation>កាលបរិច្ឆេទមានឆ្នាំ 0000 ដែលគ្មានប្រតិទិនណាមានទេ។</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the backup was not made; the previous backup there, if any, is unchanged. Free some space or choose another disk.</source>
        <translation>ថាសដែលផ្ទុក {folder} ពេញ ដូច្នេះច្បាប់បម្រុងទុកមិនត្រូវបានបង្កើតទេ។ ច្បាប់បម្រុងទុកមុននៅទីនោះ ប្រសិនបើមាន មិនត្រូវបានផ្លាស់ប្តូរទេ។ សូមបង្កើតទំហំទំនេរខ្លះ ឬជ្រើសរើសថាសផ្សេង។</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved from this step. Free some space and try again; the casebook is unchanged.</source>
        <translation>ថាសពេញ ដូច្នេះគ្មានអ្វីពីជំហាននេះត្រូវបានរក្សាទុកទេ។ សូមបង្កើតទំហំទំនេរខ្លះ ហើយព្យាយាមម្តងទៀត។ សៀវភៅសំណុំរឿងមិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>The disk that holds the casebook {folder} is full, so its database could not be read or written and nothing was saved from this step. This is not damage: free some space on that disk and try again. Do not restore the casebook from a backup, which would lose your recent work.</source>
        <translation>ថាសដែលផ្ទុកសៀវភៅសំណុំរឿង {folder} ពេញ ដូច្នេះមូលដ្ឋានទិន្នន័យរបស់វាមិនអាចអាន ឬសរសេរបានទេ ហើយគ្មានអ្វីពីជំហាននេះត្រូវបានរក្សាទុកទេ។ នេះមិនមែនជាការខូចខាតទេ៖ សូមបង្កើតទំហំទំនេរខ្លះលើថាសនោះ ហើយព្យាយាមម្តងទៀត។ សូមកុំស្តារសៀវភៅសំណុំរឿងពីច្បាប់បម្រុងទុក ព្រោះវានឹងបាត់បង់ការងារថ្មីៗរបស់អ្នក។</translation>
    </message>
    <message>
        <source>The document holds fields other than &quot;sections&quot;; put each section in the &quot;sections&quot; list.</source>
        <translation>ឯកសារមានវាលផ្សេងក្រៅពី &quot;sections&quot;។ សូមដាក់ផ្នែកនីមួយៗក្នុងបញ្ជី &quot;sections&quot;។</translation>
    </message>
    <message>
        <source>The edition for addressee {key} is written in {names}, not in {language}; choose {names} as the language of the document.</source>
        <translation>ការបោះពុម្ពសម្រាប់អ្នកទទួល {key} ត្រូវបានសរសេរជា {names} មិនមែនជា {language} ទេ។ សូមជ្រើសរើស {names} ជាភាសារបស់ឯកសារ។</translation>
    </message>
    <message>
        <source>The edition must be &apos;filing&apos; or &apos;internal&apos;, not {edition}.</source>
        <translation>ការបោះពុម្ពត្រូវតែជា &apos;filing&apos; ឬ &apos;internal&apos; មិនមែន {edition} ទេ។</translation>
    </message>
    <message>
        <source>The element &apos;{shown}&apos; is not an element of this charge ({crime_id}). Its elements are: {allowed}.</source>
        <translation>ធាតុផ្សំ &apos;{shown}&apos; មិនមែនជាធាតុផ្សំនៃការចោទប្រកាន់នេះ ({crime_id}) ទេ។ ធាតុផ្សំរបស់វាគឺ៖ {allowed}។</translation>
    </message>
    <message>
        <source>The entry {name} does not match its hash in the signed manifest: the package was altered after it was signed. Nothing was imported.</source>
        <translation>ធាតុ {name} មិនត្រូវនឹង hash របស់វាក្នុង manifest ដែលបានចុះហត្ថលេខាទេ៖ កញ្ចប់ត្រូវបានកែប្រែបន្ទាប់ពីវាត្រូវបានចុះហត្ថលេខា។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The entry {name} is not the one (or not the size) its signed manifest lists at this place; the package was refused and nothing was imported.</source>
        <translation>ធាតុ {name} មិនមែនជាធាតុ (ឬទំហំ) ដែល manifest ដែលបានចុះហត្ថលេខារបស់វារាយនៅកន្លែងនេះទេ។ កញ្ចប់ត្រូវបានបដិសេធ ហើយគ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The export edition {name} has no texts (&apos;strings&apos;).</source>
        <translation>ការបោះពុម្ពនាំចេញ {name} គ្មានអត្ថបទ (&apos;strings&apos;) ទេ។</translation>
    </message>
    <message>
        <source>The export edition {name} names no sections or unknown ones ({unknown}); sections are: {sections}.</source>
        <translation>ការបោះពុម្ពនាំចេញ {name} មិនដាក់ឈ្មោះផ្នែកណាទេ ឬដាក់ឈ្មោះផ្នែកដែលមិនស្គាល់ ({unknown})។ ផ្នែកទាំងនោះគឺ៖ {sections}។</translation>
    </message>
    <message>
        <source>The export template {name} does not hold a JSON object.</source>
        <translation>គំរូនាំចេញ {name} មិនផ្ទុកវត្ថុ JSON ទេ។</translation>
    </message>
    <message>
        <source>The export template {name} is missing from this installation; reinstall Casebook.</source>
        <translation>គំរូនាំចេញ {name} បាត់ពីការដំឡើងនេះ។ សូមដំឡើង Casebook ឡើងវិញ។</translation>
    </message>
    <message>
        <source>The export template {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>គំរូនាំចេញ {name} មិនមែនជា JSON ត្រឹមត្រូវទេ (បន្ទាត់ {lineno})។ សូមស្តារវាពីការដំឡើង Casebook។</translation>
    </message>
    <message>
        <source>The export text {key} is missing or not a text.</source>
        <translation>អត្ថបទនាំចេញ {key} បាត់ ឬមិនមែនជាអត្ថបទ។</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written and nothing recorded.</source>
        <translation>ការនាំចេញត្រូវបានបោះបង់។ គ្មានអ្វីត្រូវបានសរសេរ ឬកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was imported:</source>
        <translation>ឯកសារមិនអាចនាំចូលដូចដែលវាមានបានទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ៖</translation>
    </message>
    <message>
        <source>The file does not follow the interchange format; nothing was imported:</source>
        <translation>ឯកសារមិនអនុវត្តតាមទម្រង់ផ្លាស់ប្តូរទិន្នន័យទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ៖</translation>
    </message>
    <message>
        <source>The file holds a value Casebook does not read; nothing was imported:</source>
        <translation>ឯកសារផ្ទុកតម្លៃមួយដែល Casebook មិនអាន។ គ្មានអ្វីត្រូវបាននាំចូលទេ៖</translation>
    </message>
    <message>
        <source>The file holds dates that do not exist, ranges that end before they start, or consent recipients that are not codes of Casebook&apos;s list of states and bodies; nothing was imported. Correct them and import again:</source>
        <translation>ឯកសារផ្ទុកកាលបរិច្ឆេទដែលមិនមាន ចន្លោះដែលបញ្ចប់មុនពេលចាប់ផ្តើម ឬអ្នកទទួលការយល់ព្រមដែលមិនមែនជាលេខកូដក្នុងបញ្ជីរដ្ឋ និងស្ថាប័នរបស់ Casebook។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែពួកវា ហើយនាំចូលម្តងទៀត៖</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being read (it was {before} bytes, then {after}, and {size} were read). Wait until it is completely copied or saved, then add it again.</source>
        <translation>ឯកសារ {name} បានផ្លាស់ប្តូរ ពេលកំពុងត្រូវបានអាន (វាមាន {before} បៃ បន្ទាប់មក {after} ហើយ {size} ត្រូវបានអាន)។ សូមរង់ចាំរហូតដល់វាត្រូវបានចម្លង ឬរក្សាទុករួចរាល់ បន្ទាប់មកបន្ថែមវាម្តងទៀត។</translation>
    </message>
    <message>
        <source>The file {name} was not found. It may have been moved or its drive removed; check the path and try again.</source>
        <translation>រកមិនឃើញឯកសារ {name} ទេ។ វាប្រហែលជាត្រូវបានផ្លាស់ទី ឬថាសរបស់វាត្រូវបានដកចេញ។ សូមពិនិត្យផ្លូវ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the path.</source>
        <translation>ឯកសារ {path} មិនមានទេ។ សូមពិនិត្យផ្លូវ។</translation>
    </message>
    <message>
        <source>The filing edition was not written, because a charge rests on law that did not apply to the charged acts or whose wording has not been checked:
{lines}
Export the internal edition to review the charges, leave these charges out of the export (choose the charges to export), or correct the incident dates if they are wrong.</source>
        <translation>ការបោះពុម្ពសម្រាប់ដាក់ជូនតុលាការមិនត្រូវបានសរសេរទេ ព្រោះការចោទប្រកាន់មួយផ្អែកលើច្បាប់ដែលមិនបានអនុវត្តចំពោះអំពើដែលត្រូវបានចោទប្រកាន់ ឬដែលពាក្យពេចន៍របស់វាមិនទាន់ត្រូវបានពិនិត្យ៖
{lines}
សូមនាំចេញការបោះពុម្ពផ្ទៃក្នុង ដើម្បីពិនិត្យការចោទប្រកាន់ ទុកការចោទប្រកាន់ទាំងនេះចោលពីការនាំចេញ (ជ្រើសរើសការចោទប្រកាន់ដែលត្រូវនាំចេញ) ឬកែកាលបរិច្ឆេទហេតុការណ៍ ប្រសិនបើវាខុស។</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({strerror}).</source>
        <translation>ថត {folder} មិនអាចបង្កើតបានទេ ({strerror})។</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({reason}). Choose a place you can write to.</source>
        <translation>ថត {folder} មិនអាចបង្កើតបានទេ ({reason})។ សូមជ្រើសរើសកន្លែងដែលអ្នកអាចសរសេរបាន។</translation>
    </message>
    <message>
        <source>The identity of {display_name} is not verified yet. Compare its fingerprint with your colleague by phone or in person, then run `casebook identity verify`.</source>
        <translation>អត្តសញ្ញាណរបស់ {display_name} មិនទាន់ត្រូវបានផ្ទៀងផ្ទាត់នៅឡើយទេ។ សូមប្រៀបធៀបស្នាមម្រាមដៃឌីជីថលរបស់វាជាមួយសហការីរបស់អ្នក តាមទូរស័ព្ទ ឬដោយផ្ទាល់ បន្ទាប់មកដំណើរការ `casebook identity verify`។</translation>
    </message>
    <message>
        <source>The incoming version cannot be written here: {reason}.</source>
        <translation>កំណែដែលចូលមកមិនអាចសរសេរនៅទីនេះបានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: it is not valid JSON. Restore it from a backup of the casebook folder.</source>
        <translation>ឯកសាររន្ធកូនសោ (keyslots.json) ត្រូវបានខូច៖ វាមិនមែនជា JSON ត្រឹមត្រូវទេ។ សូមស្តារវាពីច្បាប់បម្រុងទុកនៃថតសៀវភៅសំណុំរឿង។</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: its checksum does not match its content. Restore it from a backup of the casebook folder.</source>
        <translation>ឯកសាររន្ធកូនសោ (keyslots.json) ត្រូវបានខូច៖ checksum របស់វាមិនត្រូវនឹងខ្លឹមសាររបស់វាទេ។ សូមស្តារវាពីច្បាប់បម្រុងទុកនៃថតសៀវភៅសំណុំរឿង។</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is missing from this casebook folder, so it cannot be opened. Restore the file from a backup of the folder.</source>
        <translation>ឯកសាររន្ធកូនសោ (keyslots.json) បាត់ពីថតសៀវភៅសំណុំរឿងនេះ ដូច្នេះវាមិនអាចបើកបានទេ។ សូមស្តារឯកសារនោះពីច្បាប់បម្រុងទុកនៃថត។</translation>
    </message>
    <message>
        <source>The key-slot file asks for key-derivation costs beyond anything Casebook writes (at most {mib} MiB of memory and {max_iterations} passes), so it was not tried: it is damaged or was tampered with. Restore keyslots.json from a backup of the casebook folder.</source>
        <translation>ឯកសាររន្ធកូនសោស្នើតម្លៃទាញយកកូនសោហួសពីអ្វីដែល Casebook សរសេរ (យ៉ាងច្រើន {mib} MiB នៃអង្គចងចាំ និង {max_iterations} ជុំ) ដូច្នេះវាមិនត្រូវបានសាកល្បងទេ៖ វាត្រូវបានខូច ឬត្រូវបានគេកែបន្លំ។ សូមស្តារ keyslots.json ពីច្បាប់បម្រុងទុកនៃថតសៀវភៅសំណុំរឿង។</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read ({reason}). Check the folder&apos;s permissions and the disk.</source>
        <translation>ឯកសាររន្ធកូនសោមិនអាចអានបានទេ ({reason})។ សូមពិនិត្យសិទ្ធិរបស់ថត និងថាស។</translation>
    </message>
    <message>
        <source>The key-slot file changed to another casebook&apos;s during the backup.</source>
        <translation>ឯកសាររន្ធកូនសោបានប្តូរទៅជារបស់សៀវភៅសំណុំរឿងផ្សេង ក្នុងអំឡុងពេលបម្រុងទុក។</translation>
    </message>
    <message>
        <source>The key-slot file has been altered since Casebook last wrote it (a slot was added, removed or edited). The casebook was not opened. Restore keyslots.json from a backup, and treat this computer as possibly tampered with.</source>
        <translation>ឯកសាររន្ធកូនសោត្រូវបានកែប្រែ ចាប់តាំងពី Casebook បានសរសេរវាចុងក្រោយ (រន្ធមួយត្រូវបានបន្ថែម ដកចេញ ឬកែ)។ សៀវភៅសំណុំរឿងមិនត្រូវបានបើកទេ។ សូមស្តារ keyslots.json ពីច្បាប់បម្រុងទុក ហើយចាត់ទុកកុំព្យូទ័រនេះថាប្រហែលជាត្រូវបានគេកែបន្លំ។</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: a slot is not an object.</source>
        <translation>ឯកសាររន្ធកូនសោត្រូវបានខូច៖ រន្ធមួយមិនមែនជាវត្ថុទេ។</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: it lists no usable key slots.</source>
        <translation>ឯកសាររន្ធកូនសោត្រូវបានខូច៖ វាមិនរាយរន្ធកូនសោដែលអាចប្រើបានទេ។</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {exc}.</source>
        <translation>ឯកសាររន្ធកូនសោត្រូវបានខូច៖ {exc}។</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is missing.</source>
        <translation>ឯកសាររន្ធកូនសោត្រូវបានខូច៖ {what} បាត់។</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is not valid.</source>
        <translation>ឯកសាររន្ធកូនសោត្រូវបានខូច៖ {what} មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>The key-slot file is not in a format this version of Casebook knows. It may come from a newer version, or be damaged.</source>
        <translation>ឯកសាររន្ធកូនសោមិនស្ថិតក្នុងទម្រង់ដែលកំណែ Casebook នេះស្គាល់ទេ។ វាប្រហែលជាមកពីកំណែថ្មីជាង ឬត្រូវបានខូច។</translation>
    </message>
    <message>
        <source>The languages of the export edition {name} do not have the same texts; give every language every key.</source>
        <translation>ភាសានានានៃការបោះពុម្ពនាំចេញ {name} មិនមានអត្ថបទដូចគ្នាទេ។ សូមផ្តល់គ្រប់កូនសោដល់គ្រប់ភាសា។</translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be removed.</source>
        <translation>រន្ធឃ្លាសម្ងាត់ចុងក្រោយមិនអាចដកចេញបានទេ។</translation>
    </message>
    <message>
        <source>The list {name} does not hold a JSON object; restore it.</source>
        <translation>បញ្ជី {name} មិនផ្ទុកវត្ថុ JSON ទេ។ សូមស្តារវា។</translation>
    </message>
    <message>
        <source>The list {name} is missing from this installation; reinstall Casebook.</source>
        <translation>បញ្ជី {name} បាត់ពីការដំឡើងនេះ។ សូមដំឡើង Casebook ឡើងវិញ។</translation>
    </message>
    <message>
        <source>The list {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>បញ្ជី {name} មិនមែនជា JSON ត្រឹមត្រូវទេ (បន្ទាត់ {lineno})។ សូមស្តារវាពីការដំឡើង Casebook។</translation>
    </message>
    <message>
        <source>The local record changed after this conflict was found. Look at it again; to keep your current version, resolve with --keep local.</source>
        <translation>កំណត់ត្រាមូលដ្ឋានបានផ្លាស់ប្តូរ បន្ទាប់ពីភាពមិនស៊ីគ្នានេះត្រូវបានរកឃើញ។ សូមមើលវាម្តងទៀត។ ដើម្បីរក្សាកំណែបច្ចុប្បន្នរបស់អ្នក សូមដោះស្រាយដោយ --keep local។</translation>
    </message>
    <message>
        <source>The local record is sealed, so it cannot take the incoming version. Make a new version of it if the incoming changes are right, then keep local.</source>
        <translation>កំណត់ត្រាមូលដ្ឋានត្រូវបានបិទត្រា ដូច្នេះវាមិនអាចទទួលយកកំណែដែលចូលមកបានទេ។ សូមបង្កើតកំណែថ្មីរបស់វា ប្រសិនបើការផ្លាស់ប្តូរដែលចូលមកត្រឹមត្រូវ បន្ទាប់មករក្សា local។</translation>
    </message>
    <message>
        <source>The package breaks a rule of this casebook&apos;s records (a reference to a record that is not here, or a duplicate). Nothing was imported; ask the sender for a complete package (without --since-last).</source>
        <translation>កញ្ចប់បំពានច្បាប់មួយនៃកំណត់ត្រារបស់សៀវភៅសំណុំរឿងនេះ (ការយោងទៅកំណត់ត្រាដែលមិននៅទីនេះ ឬកំណត់ត្រាស្ទួន)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមសុំកញ្ចប់ពេញលេញពីអ្នកផ្ញើ (គ្មាន --since-last)។</translation>
    </message>
    <message>
        <source>The package cannot be merged into this casebook, so nothing was imported:</source>
        <translation>កញ្ចប់មិនអាចបញ្ចូលទៅក្នុងសៀវភៅសំណុំរឿងនេះបានទេ ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ៖</translation>
    </message>
    <message>
        <source>The package claims to come from a stored identity but is signed with another key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>កញ្ចប់អះអាងថាមកពីអត្តសញ្ញាណដែលបានរក្សាទុក ប៉ុន្តែត្រូវបានចុះហត្ថលេខាដោយកូនសោផ្សេង។ នរណាម្នាក់ប្រហែលជាកំពុងក្លែងខ្លួនជាសហការី។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package comes from an unknown sender ({display_name}, {role}, fingerprint {fingerprint}). Import their identity and verify its fingerprint with them first, or import with --accept-unverified if you trust it. Nothing was imported.</source>
        <translation>កញ្ចប់មកពីអ្នកផ្ញើដែលមិនស្គាល់ ({display_name}, {role}, ស្នាមម្រាមដៃឌីជីថល {fingerprint})។ សូមនាំចូលអត្តសញ្ញាណរបស់គេ ហើយផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថលរបស់វាជាមួយគេជាមុនសិន ឬនាំចូលដោយ --accept-unverified ប្រសិនបើអ្នកទុកចិត្តវា។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package comes from {display_name} (fingerprint {fingerprint}), whose identity is not verified here. Compare the fingerprint with them by phone or in person and run `casebook identity verify`, or import with --accept-unverified. Nothing was imported.</source>
        <translation>កញ្ចប់មកពី {display_name} (ស្នាមម្រាមដៃឌីជីថល {fingerprint}) ដែលអត្តសញ្ញាណរបស់គេមិនទាន់ត្រូវបានផ្ទៀងផ្ទាត់នៅទីនេះ។ សូមប្រៀបធៀបស្នាមម្រាមដៃឌីជីថលជាមួយគេ តាមទូរស័ព្ទ ឬដោយផ្ទាល់ ហើយដំណើរការ `casebook identity verify` ឬនាំចូលដោយ --accept-unverified។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package could not be read ({strerror}).</source>
        <translation>កញ្ចប់មិនអាចអានបានទេ ({strerror})។</translation>
    </message>
    <message>
        <source>The package could not be written ({strerror}); nothing was sent.</source>
        <translation>កញ្ចប់មិនអាចសរសេរបានទេ ({strerror})។ គ្មានអ្វីត្រូវបានផ្ញើទេ។</translation>
    </message>
    <message>
        <source>The package declares an entry of {size} bytes, more than Casebook accepts ({limit} bytes); it was refused and nothing was imported.</source>
        <translation>កញ្ចប់ប្រកាសធាតុមួយទំហំ {size} បៃ ច្រើនជាងអ្វីដែល Casebook ទទួលយក ({limit} បៃ)។ វាត្រូវបានបដិសេធ ហើយគ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package holds an archive entry that is not a plain file (a link, folder or extended header). Casebook never writes such entries, so the package was refused; nothing was imported.</source>
        <translation>កញ្ចប់ផ្ទុកធាតុបណ្ណសារមួយដែលមិនមែនជាឯកសារធម្មតា (តំណ ថត ឬក្បាលពង្រីក)។ Casebook មិនដែលសរសេរធាតុបែបនេះទេ ដូច្នេះកញ្ចប់ត្រូវបានបដិសេធ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package holds an entry its signed manifest does not list; it was refused and nothing was imported.</source>
        <translation>កញ្ចប់ផ្ទុកធាតុមួយដែល manifest ដែលបានចុះហត្ថលេខារបស់វាមិនរាយ។ វាត្រូវបានបដិសេធ ហើយគ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package holds an entry whose path leaves its folder ({name}). Such packages are refused as hostile; nothing was imported.</source>
        <translation>កញ្ចប់ផ្ទុកធាតុមួយដែលផ្លូវរបស់វាចេញក្រៅថតរបស់វា ({name})។ កញ្ចប់បែបនេះត្រូវបានបដិសេធថាជាការវាយប្រហារ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package holds changes to a case this casebook does not have. Ask the sender for a complete package (without --since-last); nothing was imported.</source>
        <translation>កញ្ចប់ផ្ទុកការផ្លាស់ប្តូរចំពោះសំណុំរឿងមួយដែលសៀវភៅសំណុំរឿងនេះមិនមាន។ សូមសុំកញ្ចប់ពេញលេញពីអ្នកផ្ញើ (គ្មាន --since-last)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered ({detail}). Ask the sender for a new copy; nothing was imported.</source>
        <translation>កញ្ចប់ត្រូវបានខូច មិនពេញលេញ ឬត្រូវបានកែប្រែ ({detail})។ សូមសុំច្បាប់ចម្លងថ្មីពីអ្នកផ្ញើ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered. Ask the sender for a new copy; nothing was imported.</source>
        <translation>កញ្ចប់ត្រូវបានខូច មិនពេញលេញ ឬត្រូវបានកែប្រែ។ សូមសុំច្បាប់ចម្លងថ្មីពីអ្នកផ្ញើ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package is signed with the key of a stored identity but names another user or age key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>កញ្ចប់ត្រូវបានចុះហត្ថលេខាដោយកូនសោនៃអត្តសញ្ញាណដែលបានរក្សាទុក ប៉ុន្តែដាក់ឈ្មោះអ្នកប្រើ ឬកូនសោ age ផ្សេង។ នរណាម្នាក់ប្រហែលជាកំពុងក្លែងខ្លួនជាសហការី។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package names a user of this casebook with a different signing key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>កញ្ចប់ដាក់ឈ្មោះអ្នកប្រើម្នាក់នៃសៀវភៅសំណុំរឿងនេះ ជាមួយកូនសោចុះហត្ថលេខាផ្សេង។ នរណាម្នាក់ប្រហែលជាកំពុងក្លែងខ្លួនជាសហការី។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is {size} bytes, more than Casebook accepts; it was refused and nothing was imported.</source>
        <translation>manifest របស់កញ្ចប់មានទំហំ {size} បៃ ច្រើនជាងអ្វីដែល Casebook ទទួលយក។ វាត្រូវបានបដិសេធ ហើយគ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package&apos;s records are malformed, so nothing was imported. Ask the sender to make the package again with this version of Casebook:</source>
        <translation>កំណត់ត្រារបស់កញ្ចប់មានទម្រង់មិនត្រឹមត្រូវ ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមសុំឱ្យអ្នកផ្ញើបង្កើតកញ្ចប់ម្តងទៀតជាមួយកំណែ Casebook នេះ៖</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its manifest: it was altered after it was signed, or damaged. Nothing was imported.</source>
        <translation>ហត្ថលេខារបស់កញ្ចប់មិនត្រូវនឹង manifest របស់វាទេ៖ វាត្រូវបានកែប្រែបន្ទាប់ពីវាត្រូវបានចុះហត្ថលេខា ឬត្រូវបានខូច។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The package&apos;s signed manifest is malformed, so nothing was imported. It may come from a newer version of Casebook:</source>
        <translation>manifest ដែលបានចុះហត្ថលេខារបស់កញ្ចប់មានទម្រង់មិនត្រឹមត្រូវ ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ វាប្រហែលជាមកពីកំណែ Casebook ថ្មីជាង៖</translation>
    </message>
    <message>
        <source>The package&apos;s {name} holds a value Casebook does not read, so nothing was imported. Ask the sender to make the package again:</source>
        <translation>{name} របស់កញ្ចប់ផ្ទុកតម្លៃមួយដែល Casebook មិនអាន ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមសុំឱ្យអ្នកផ្ញើបង្កើតកញ្ចប់ម្តងទៀត៖</translation>
    </message>
    <message>
        <source>The package&apos;s {name} is not valid JSON, so nothing was imported. Ask the sender to make the package again.</source>
        <translation>{name} របស់កញ្ចប់មិនមែនជា JSON ត្រឹមត្រូវទេ ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមសុំឱ្យអ្នកផ្ញើបង្កើតកញ្ចប់ម្តងទៀត។</translation>
    </message>
    <message>
        <source>The passphrase does not open this casebook. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>ឃ្លាសម្ងាត់មិនបើកសៀវភៅសំណុំរឿងនេះទេ។ សូមពិនិត្យប្លង់ក្តារចុច និង Caps Lock ឬប្រើកូនសោសង្គ្រោះ។</translation>
    </message>
    <message>
        <source>The pattern annex&apos;s threshold must be a whole number of at least 2 (got {k}): counts of persons from 1 to threshold - 1 are shown as &apos;&lt; threshold&apos;.</source>
        <translation>កម្រិតកំណត់នៃឧបសម្ព័ន្ធលំនាំត្រូវតែជាចំនួនគត់យ៉ាងហោចណាស់ 2 (បានទទួល {k})៖ ចំនួនបុគ្គលពី 1 ដល់ កម្រិតកំណត់ - 1 ត្រូវបានបង្ហាញជា &apos;&lt; កម្រិតកំណត់&apos;។</translation>
    </message>
    <message>
        <source>The pattern filter&apos;s {name} is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{name} នៃតម្រងលំនាំមិនមែនជាកាលបរិច្ឆេទទេ។ សូមសរសេរវាជា YYYY-MM-DD, YYYY-MM ឬ YYYY។</translation>
    </message>
    <message>
        <source>The pattern&apos;s title is longer than 300 characters; shorten it.</source>
        <translation>ចំណងជើងនៃលំនាំវែងជាង 300 តួអក្សរ។ សូមធ្វើឱ្យវាខ្លីជាងនេះ។</translation>
    </message>
    <message>
        <source>The print could not be written to {target} ({strerror}). Choose a folder you can write to.</source>
        <translation>ការបោះពុម្ពមិនអាចសរសេរទៅ {target} បានទេ ({strerror})។ សូមជ្រើសរើសថតដែលអ្នកអាចសរសេរបាន។</translation>
    </message>
    <message>
        <source>The process that encrypts or decrypts the package stopped unexpectedly (exit status {status}). Nothing was kept; try again, and if it happens again, restart Casebook.</source>
        <translation>ដំណើរការដែលអ៊ិនគ្រីប ឬឌិគ្រីបកញ្ចប់បានឈប់ដោយមិនរំពឹងទុក (ស្ថានភាពចេញ {status})។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមព្យាយាមម្តងទៀត ហើយប្រសិនបើវាកើតឡើងម្តងទៀត សូមចាប់ផ្តើម Casebook ឡើងវិញ។</translation>
    </message>
    <message>
        <source>The pseudonym {pseudonym} arriving in the package is already used here by another person, so that person is called {renamed} here.</source>
        <translation>ឈ្មោះក្លែង {pseudonym} ដែលមកក្នុងកញ្ចប់ ត្រូវបានប្រើរួចហើយនៅទីនេះដោយបុគ្គលម្នាក់ទៀត ដូច្នេះបុគ្គលនោះត្រូវបានហៅថា {renamed} នៅទីនេះ។</translation>
    </message>
    <message>
        <source>The queued request {name} is damaged (a file in it is missing or cannot be read). Delete the folder {shown}, then queue {claimed} again.</source>
        <translation>សំណើដែលរង់ចាំក្នុងជួរ {name} ត្រូវបានខូច (ឯកសារមួយក្នុងវាបាត់ ឬមិនអាចអានបាន)។ សូមលុបថត {shown} បន្ទាប់មកដាក់ {claimed} ក្នុងជួរម្តងទៀត។</translation>
    </message>
    <message>
        <source>The range ends before it starts; check both dates, or swap them.</source>
        <translation>ចន្លោះបញ្ចប់មុនពេលវាចាប់ផ្តើម។ សូមពិនិត្យកាលបរិច្ឆេទទាំងពីរ ឬប្តូរវាទៅវិញទៅមក។</translation>
    </message>
    <message>
        <source>The range {start}:{end} does not fit the passage, which has {length} characters. Give START:END with 0 ≤ START &lt; END ≤ {length}, or leave the range out to tag the whole passage.</source>
        <translation>ចន្លោះ {start}:{end} មិនសមនឹងផ្នែកអត្ថបទ ដែលមាន {length} តួអក្សរទេ។ សូមផ្តល់ START:END ដែល 0 ≤ START &lt; END ≤ {length} ឬកុំដាក់ចន្លោះ ដើម្បីដាក់ស្លាកផ្នែកអត្ថបទទាំងមូល។</translation>
    </message>
    <message>
        <source>The record&apos;s case is no longer in the casebook.</source>
        <translation>សំណុំរឿងរបស់កំណត់ត្រាលែងនៅក្នុងសៀវភៅសំណុំរឿងទៀតហើយ។</translation>
    </message>
    <message>
        <source>The recovery key does not open this casebook. Check each group of characters against the copy you kept.</source>
        <translation>កូនសោសង្គ្រោះមិនបើកសៀវភៅសំណុំរឿងនេះទេ។ សូមពិនិត្យក្រុមតួអក្សរនីមួយៗធៀបនឹងច្បាប់ចម្លងដែលអ្នកបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: its last group does not match the others. Check each group against the copy you kept.</source>
        <translation>កូនសោសង្គ្រោះមានកំហុសវាយ៖ ក្រុមចុងក្រោយរបស់វាមិនត្រូវនឹងក្រុមផ្សេងទៀតទេ។ សូមពិនិត្យក្រុមនីមួយៗធៀបនឹងច្បាប់ចម្លងដែលអ្នកបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>The reference {reference} is already used by another case; choose another.</source>
        <translation>លេខយោង {reference} ត្រូវបានប្រើរួចហើយដោយសំណុំរឿងផ្សេង។ សូមជ្រើសរើសលេខផ្សេង។</translation>
    </message>
    <message>
        <source>The reference {stored} is already used by another case; choose another.</source>
        <translation>លេខយោង {stored} ត្រូវបានប្រើរួចហើយដោយសំណុំរឿងផ្សេង។ សូមជ្រើសរើសលេខផ្សេង។</translation>
    </message>
    <message>
        <source>The remaining checks could not be completed because the database is damaged.</source>
        <translation>ការពិនិត្យដែលនៅសល់មិនអាចបញ្ចប់បានទេ ព្រោះមូលដ្ឋានទិន្នន័យត្រូវបានខូច។</translation>
    </message>
    <message>
        <source>The reply of the time-stamp authority at {url} for {what} was not kept: {exc}. The request stays queued; check that the certificate file is this TSA&apos;s chain, and its address.</source>
        <translation>ចម្លើយរបស់អាជ្ញាធរត្រាពេលវេលានៅ {url} សម្រាប់ {what} មិនត្រូវបានរក្សាទុកទេ៖ {exc}។ សំណើនៅតែរង់ចាំក្នុងជួរ។ សូមពិនិត្យថាឯកសារវិញ្ញាបនបត្រគឺជាខ្សែសង្វាក់របស់ TSA នេះ និងពិនិត្យអាសយដ្ឋានរបស់វា។</translation>
    </message>
    <message>
        <source>The review status must be one of: {statuses}.</source>
        <translation>ស្ថានភាពពិនិត្យត្រូវតែជាមួយក្នុងចំណោម៖ {statuses}។</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translation>តួនាទីត្រូវតែជាមួយក្នុងចំណោម៖ {roles}។</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history differs from what an earlier package from the same casebook showed (entry {sequence}): entries were changed or removed since. Nothing was imported; ask the sender to run `casebook verify`.</source>
        <translation>ប្រវត្តិសវនកម្មរបស់អ្នកផ្ញើខុសពីអ្វីដែលកញ្ចប់មុនពីសៀវភៅសំណុំរឿងដដែលបានបង្ហាញ (ធាតុ {sequence})៖ ធាតុត្រូវបានផ្លាស់ប្តូរ ឬដកចេញចាប់តាំងពីពេលនោះ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមសុំឱ្យអ្នកផ្ញើដំណើរការ `casebook verify`។</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history is broken at {where}: the entry does not follow on from the one before it. Nothing was imported.</source>
        <translation>ប្រវត្តិសវនកម្មរបស់អ្នកផ្ញើដាច់នៅ {where}៖ ធាតុនោះមិនបន្តពីធាតុមុនរបស់វាទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The stored file of {label} is damaged or was altered: {exc}. Do not rely on it; restore the casebook folder from a backup.</source>
        <translation>ឯកសារដែលបានរក្សាទុករបស់ {label} ត្រូវបានខូច ឬត្រូវបានកែប្រែ៖ {exc}។ សូមកុំពឹងផ្អែកលើវា។ សូមស្តារថតសៀវភៅសំណុំរឿងពីច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <source>The stored file of {label} is missing from the casebook folder ({folder}/{name}). Restore it from a backup.</source>
        <translation>ឯកសារដែលបានរក្សាទុករបស់ {label} បាត់ពីថតសៀវភៅសំណុំរឿង ({folder}/{name})។ សូមស្តារវាពីច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <source>The support must be one of: {support_kinds}.</source>
        <translation>ការគាំទ្រត្រូវតែជាមួយក្នុងចំណោម៖ {support_kinds}។</translation>
    </message>
    <message>
        <source>The text holds a broken character (a lone surrogate). Copy it again from its source, or save the file as UTF-8.</source>
        <translation>អត្ថបទមានតួអក្សរខូចមួយ (lone surrogate)។ សូមចម្លងវាម្តងទៀតពីប្រភពរបស់វា ឬរក្សាទុកឯកសារជា UTF-8។</translation>
    </message>
    <message>
        <source>The text holds a control character (U+{code}) on line {line}, which cannot be printed in a filing. Remove it and save again.</source>
        <translation>អត្ថបទមានតួអក្សរបញ្ជា (U+{code}) នៅបន្ទាត់ {line} ដែលមិនអាចបោះពុម្ពក្នុងឯកសារដាក់ជូនតុលាការបានទេ។ សូមលុបវាចេញ ហើយរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} answered with HTTP error {code}; {stays}, or check the address.</source>
        <translation>អាជ្ញាធរត្រាពេលវេលានៅ {url} បានឆ្លើយតបដោយកំហុស HTTP {code}។ {stays} ឬពិនិត្យអាសយដ្ឋាន។</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} could not be reached ({reason}); {stays}.</source>
        <translation>មិនអាចទាក់ទងអាជ្ញាធរត្រាពេលវេលានៅ {url} បានទេ ({reason})។ {stays}។</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} sent more than a time-stamp reply; {stays}, or check the address.</source>
        <translation>អាជ្ញាធរត្រាពេលវេលានៅ {url} បានផ្ញើលើសពីចម្លើយត្រាពេលវេលា។ {stays} ឬពិនិត្យអាសយដ្ឋាន។</translation>
    </message>
    <message>
        <source>The use must be one of: {uses}.</source>
        <translation>ការប្រើប្រាស់ត្រូវតែជាមួយក្នុងចំណោម៖ {uses}។</translation>
    </message>
    <message>
        <source>The {kind} {record_id} is not withheld, so there is nothing to include anyway; remove it from the list of overrides.</source>
        <translation>{kind} {record_id} មិនមែនជាធាតុដែលមិនបង្ហាញទេ ដូច្នេះគ្មានអ្វីត្រូវដាក់បញ្ចូលទេ។ សូមដកវាចេញពីបញ្ជីករណីលើកលែង។</translation>
    </message>
    <message>
        <source>The {language} export texts lack the entry {example}; complete strings.{language}.json.</source>
        <translation>អត្ថបទនាំចេញជា {language} ខ្វះធាតុ {example}។ សូមបំពេញ strings.{language}.json។</translation>
    </message>
    <message>
        <source>The {language} export texts lack {count} entries (for example {example}); complete strings.{language}.json.</source>
        <translation>អត្ថបទនាំចេញជា {language} ខ្វះធាតុ {count} (ឧទាហរណ៍ {example})។ សូមបំពេញ strings.{language}.json។</translation>
    </message>
    <message>
        <source>The {timestamps_dir} folder of the casebook could not be written ({reason}). Check that the disk has space and the folder is yours; queued requests are kept.</source>
        <translation>ថត {timestamps_dir} នៃសៀវភៅសំណុំរឿងមិនអាចសរសេរបានទេ ({reason})។ សូមពិនិត្យថាថាសមានទំហំទំនេរ ហើយថតនោះជារបស់អ្នក។ សំណើដែលរង់ចាំក្នុងជួរត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>There is no addressee {key}. Choose one of: {known} (they are listed in resources/export/addressees.json).</source>
        <translation>គ្មានអ្នកទទួល {key} ទេ។ សូមជ្រើសរើសមួយក្នុងចំណោម៖ {known} (ពួកវាត្រូវបានរាយក្នុង resources/export/addressees.json)។</translation>
    </message>
    <message>
        <source>There is no casebook at {folder}. Check the path.</source>
        <translation>គ្មានសៀវភៅសំណុំរឿងនៅ {folder} ទេ។ សូមពិនិត្យផ្លូវ។</translation>
    </message>
    <message>
        <source>There is no crime &apos;{key}&apos; in taxonomy {version}. Crime ids look like 7(1)(d) or 8(2)(e)(i); `casebook taxonomy QUERY` finds them.</source>
        <translation>គ្មានឧក្រិដ្ឋកម្ម &apos;{key}&apos; ក្នុងបញ្ជីឧក្រិដ្ឋកម្ម {version} ទេ។ id ឧក្រិដ្ឋកម្មមានរាងដូចជា 7(1)(d) ឬ 8(2)(e)(i)។ `casebook taxonomy QUERY` រកពួកវា។</translation>
    </message>
    <message>
        <source>There is no element &apos;{element_id}&apos; in taxonomy {version}. Element ids look like 7(1)(d)/1 (crime), cah_attack/1 (context) or 28(a)/2 (liability); `casebook taxonomy --show 7(1)(d)` lists the elements of a crime.</source>
        <translation>គ្មានធាតុផ្សំ &apos;{element_id}&apos; ក្នុងបញ្ជីឧក្រិដ្ឋកម្ម {version} ទេ។ id ធាតុផ្សំមានរាងដូចជា 7(1)(d)/1 (ឧក្រិដ្ឋកម្ម) cah_attack/1 (បរិបទ) ឬ 28(a)/2 (ការទទួលខុសត្រូវ)។ `casebook taxonomy --show 7(1)(d)` រាយបញ្ជីធាតុផ្សំនៃឧក្រិដ្ឋកម្មមួយ។</translation>
    </message>
    <message>
        <source>There is no evidence item with the id {evidence_id}.</source>
        <translation>គ្មានភស្តុតាងដែលមាន id {evidence_id} ទេ។</translation>
    </message>
    <message>
        <source>There is no mode of liability &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>គ្មានទម្រង់នៃការទទួលខុសត្រូវ &apos;{key}&apos; ក្នុងបញ្ជីឧក្រិដ្ឋកម្ម {version} ទេ។</translation>
    </message>
    <message>
        <source>There is no package file at {path}. Check the path.</source>
        <translation>គ្មានឯកសារកញ្ចប់នៅ {path} ទេ។ សូមពិនិត្យផ្លូវ។</translation>
    </message>
    <message>
        <source>There is no section kind {kind}. Choose one of: {kinds}.</source>
        <translation>គ្មានប្រភេទផ្នែក {kind} ទេ។ សូមជ្រើសរើសមួយក្នុងចំណោម៖ {kinds}។</translation>
    </message>
    <message>
        <source>There is no testimony with the id {testimony_id}.</source>
        <translation>គ្មានសក្ខីកម្មដែលមាន id {testimony_id} ទេ។</translation>
    </message>
    <message>
        <source>There is no use {use_id} in Casebook&apos;s list; choose one of: {known}.</source>
        <translation>គ្មានការប្រើប្រាស់ {use_id} ក្នុងបញ្ជីរបស់ Casebook ទេ។ សូមជ្រើសរើសមួយក្នុងចំណោម៖ {known}។</translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>គ្មាន {kind} &apos;{key}&apos; ក្នុងបញ្ជីឧក្រិដ្ឋកម្ម {version} ទេ។</translation>
    </message>
    <message>
        <source>There is no {what} with the id &apos;{key}&apos; in case {reference}; it may have been deleted or belong to another case. `casebook search` shows the ids of passages, evidence and incidents.</source>
        <translation>គ្មាន {what} ដែលមាន id &apos;{key}&apos; ក្នុងសំណុំរឿង {reference} ទេ។ វាប្រហែលជាត្រូវបានលុប ឬជារបស់សំណុំរឿងផ្សេង។ `casebook search` បង្ហាញ id នៃផ្នែកអត្ថបទ ភស្តុតាង និងហេតុការណ៍។</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the key ({mib} MiB are needed). Close other programs and try again.</source>
        <translation>មិនមានអង្គចងចាំទំនេរគ្រប់គ្រាន់ដើម្បីដោះសោកូនសោទេ (ត្រូវការ {mib} MiB)។ សូមបិទកម្មវិធីផ្សេងទៀត ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>There is nothing to save: the section is empty.</source>
        <translation>គ្មានអ្វីត្រូវរក្សាទុកទេ៖ ផ្នែកនេះទទេ។</translation>
    </message>
    <message>
        <source>This casebook could not be brought up to date for this version of Casebook ({kind}); the upgrade was rolled back and a copy of the database from before it is in the casebook&apos;s backups/ folder. Please report this.</source>
        <translation>សៀវភៅសំណុំរឿងនេះមិនអាចធ្វើបច្ចុប្បន្នភាពសម្រាប់កំណែ Casebook នេះបានទេ ({kind})។ ការធ្វើឱ្យប្រសើរត្រូវបានត្រឡប់វិញ ហើយច្បាប់ចម្លងនៃមូលដ្ឋានទិន្នន័យពីមុនពេលនោះ ស្ថិតនៅក្នុងថត backups/ របស់សៀវភៅសំណុំរឿង។ សូមរាយការណ៍បញ្ហានេះ។</translation>
    </message>
    <message>
        <source>This casebook has no exchange identity of its own yet. Run `casebook identity export` once to make it.</source>
        <translation>សៀវភៅសំណុំរឿងនេះមិនទាន់មានអត្តសញ្ញាណចែករំលែករបស់ខ្លួននៅឡើយទេ។ សូមដំណើរការ `casebook identity export` ម្តង ដើម្បីបង្កើតវា។</translation>
    </message>
    <message>
        <source>This casebook is already open in another Casebook window or command. Close it there first; two programs writing at once could damage it.</source>
        <translation>សៀវភៅសំណុំរឿងនេះកំពុងបើករួចហើយក្នុងបង្អួច ឬពាក្យបញ្ជា Casebook ផ្សេង។ សូមបិទវានៅទីនោះជាមុនសិន។ កម្មវិធីពីរដែលសរសេរក្នុងពេលតែមួយអាចធ្វើឱ្យវាខូច។</translation>
    </message>
    <message>
        <source>This casebook is older than the copy last opened on this computer on {when}: its history ends at audit entry {last}, but that copy&apos;s had reached entry {reached}. An older copy of the folder or of its database may have been put back. If you restored a backup on purpose, run `casebook verify FOLDER --accept-history`; otherwise keep this computer&apos;s copy and report it.</source>
        <translation>សៀវភៅសំណុំរឿងនេះចាស់ជាងច្បាប់ចម្លងដែលបានបើកចុងក្រោយលើកុំព្យូទ័រនេះ នៅ {when}៖ ប្រវត្តិរបស់វាបញ្ចប់នៅធាតុសវនកម្ម {last} ប៉ុន្តែប្រវត្តិរបស់ច្បាប់ចម្លងនោះបានដល់ធាតុ {reached}។ ច្បាប់ចម្លងចាស់ជាងនៃថត ឬនៃមូលដ្ឋានទិន្នន័យរបស់វា ប្រហែលជាត្រូវបានដាក់ត្រឡប់មកវិញ។ ប្រសិនបើអ្នកបានស្តារច្បាប់បម្រុងទុកដោយចេតនា សូមដំណើរការ `casebook verify FOLDER --accept-history`។ បើមិនដូច្នោះទេ សូមរក្សាច្បាប់ចម្លងរបស់កុំព្យូទ័រនេះ ហើយរាយការណ៍បញ្ហានេះ។</translation>
    </message>
    <message>
        <source>This casebook was saved by a newer version of Casebook. Install the newer version to open it; nothing in the casebook was changed.</source>
        <translation>សៀវភៅសំណុំរឿងនេះត្រូវបានរក្សាទុកដោយកំណែ Casebook ថ្មីជាង។ សូមដំឡើងកំណែថ្មីជាង ដើម្បីបើកវា។ គ្មានអ្វីក្នុងសៀវភៅសំណុំរឿងត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>This casebook&apos;s audit log fails its own check, so no package was made: {problem}. Run `casebook verify` and restore from a backup.</source>
        <translation>កំណត់ហេតុសវនកម្មរបស់សៀវភៅសំណុំរឿងនេះមិនឆ្លងការពិនិត្យរបស់ខ្លួនទេ ដូច្នេះគ្មានកញ្ចប់ត្រូវបានបង្កើតទេ៖ {problem}។ សូមដំណើរការ `casebook verify` ហើយស្តារពីច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <source>This casebook&apos;s history was rewritten after audit entry {intact}: entry {changed}, as seen on this computer on {when}, is no longer what it was, so entries were changed, removed or renumbered since. Do not rely on this copy; compare it with a backup and report it. If the change is known and accepted, run `casebook verify FOLDER --accept-history`.</source>
        <translation>ប្រវត្តិរបស់សៀវភៅសំណុំរឿងនេះត្រូវបានសរសេរឡើងវិញ បន្ទាប់ពីធាតុសវនកម្ម {intact}៖ ធាតុ {changed} ដូចដែលបានឃើញលើកុំព្យូទ័រនេះនៅ {when} លែងដូចដើមទៀតហើយ ដូច្នេះធាតុត្រូវបានផ្លាស់ប្តូរ ដកចេញ ឬប្តូរលេខចាប់តាំងពីពេលនោះ។ សូមកុំពឹងផ្អែកលើច្បាប់ចម្លងនេះ។ សូមប្រៀបធៀបវាជាមួយច្បាប់បម្រុងទុក ហើយរាយការណ៍បញ្ហានេះ។ ប្រសិនបើការផ្លាស់ប្តូរត្រូវបានដឹង និងទទួលយក សូមដំណើរការ `casebook verify FOLDER --accept-history`។</translation>
    </message>
    <message>
        <source>This conflict was already resolved (kept {resolution}); nothing changed.</source>
        <translation>ភាពមិនស៊ីគ្នានេះត្រូវបានដោះស្រាយរួចហើយ (បានរក្សា {resolution})។ គ្មានអ្វីបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>This consent has no recipients waiting for review.</source>
        <translation>ការយល់ព្រមនេះគ្មានអ្នកទទួលដែលកំពុងរង់ចាំការពិនិត្យទេ។</translation>
    </message>
    <message>
        <source>This evidence item is not printed: {why}. If it may be shown all the same (a photo of a public place that merely mentions the person, say), print it with a written reason (`--include-because &quot;…&quot;`); the reason is kept in the audit log.</source>
        <translation>ភស្តុតាងនេះមិនត្រូវបានបោះពុម្ពទេ៖ {why}។ ប្រសិនបើវាអាចបង្ហាញបានទោះយ៉ាងណាក៏ដោយ (ឧទាហរណ៍ រូបថតនៃទីសាធារណៈដែលគ្រាន់តែនិយាយពីបុគ្គលនោះ) សូមបោះពុម្ពវាជាមួយហេតុផលជាលាយលក្ខណ៍អក្សរ (`--include-because &quot;…&quot;`)។ ហេតុផលនោះត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>វាលនេះមិនអាចកែនៅទីនេះបានទេ។</translation>
    </message>
    <message>
        <source>This identity claims the user id or age key of an identity already stored here, but with another signing key. Someone may be impersonating a colleague; do not use it, and compare fingerprints with your colleague.</source>
        <translation>អត្តសញ្ញាណនេះអះអាង id អ្នកប្រើ ឬកូនសោ age នៃអត្តសញ្ញាណដែលបានរក្សាទុកនៅទីនេះរួចហើយ ប៉ុន្តែជាមួយកូនសោចុះហត្ថលេខាផ្សេង។ នរណាម្នាក់ប្រហែលជាកំពុងក្លែងខ្លួនជាសហការី។ សូមកុំប្រើវា ហើយប្រៀបធៀបស្នាមម្រាមដៃឌីជីថលជាមួយសហការីរបស់អ្នក។</translation>
    </message>
    <message>
        <source>This identity claims to be a user of this casebook but carries another signing key. Do not use it; compare fingerprints with your colleague.</source>
        <translation>អត្តសញ្ញាណនេះអះអាងថាជាអ្នកប្រើម្នាក់នៃសៀវភៅសំណុំរឿងនេះ ប៉ុន្តែមានកូនសោចុះហត្ថលេខាផ្សេង។ សូមកុំប្រើវា។ សូមប្រៀបធៀបស្នាមម្រាមដៃឌីជីថលជាមួយសហការីរបស់អ្នក។</translation>
    </message>
    <message>
        <source>This identity has no secret key here; it belongs to a colleague.</source>
        <translation>អត្តសញ្ញាណនេះគ្មានកូនសោសម្ងាត់នៅទីនេះទេ។ វាជារបស់សហការី។</translation>
    </message>
    <message>
        <source>This is not a documentation field of a statement.</source>
        <translation>នេះមិនមែនជាវាលចងក្រងឯកសារនៃសក្ខីកម្មទេ។</translation>
    </message>
    <message>
        <source>This is not a usable Casebook identity: {problem}. Ask your colleague to run `casebook identity export` and send the whole text again.</source>
        <translation>នេះមិនមែនជាអត្តសញ្ញាណ Casebook ដែលអាចប្រើបានទេ៖ {problem}។ សូមសុំឱ្យសហការីរបស់អ្នកដំណើរការ `casebook identity export` ហើយផ្ញើអត្ថបទទាំងមូលម្តងទៀត។</translation>
    </message>
    <message>
        <source>This material is already tagged to {element} as {support}, with the same range and perpetrator. Edit that tag instead of adding another.</source>
        <translation>សម្ភារៈនេះត្រូវបានដាក់ស្លាករួចហើយទៅ {element} ជា {support} ជាមួយចន្លោះ និងជនល្មើសដូចគ្នា។ សូមកែស្លាកនោះ ជំនួសឱ្យការបន្ថែមស្លាកមួយទៀត។</translation>
    </message>
    <message>
        <source>This package ({package_id}) was already imported on {processed_at} UTC; importing it again changes nothing, so nothing was done.</source>
        <translation>កញ្ចប់នេះ ({package_id}) ត្រូវបាននាំចូលរួចហើយនៅ {processed_at} UTC។ ការនាំចូលវាម្តងទៀតមិនផ្លាស់ប្តូរអ្វីទេ ដូច្នេះគ្មានអ្វីត្រូវបានធ្វើទេ។</translation>
    </message>
    <message>
        <source>This package was made by this casebook; there is nothing to import.</source>
        <translation>កញ្ចប់នេះត្រូវបានបង្កើតដោយសៀវភៅសំណុំរឿងនេះ។ គ្មានអ្វីត្រូវនាំចូលទេ។</translation>
    </message>
    <message>
        <source>This package was not encrypted to your identity, so it cannot be opened here. Ask the sender to make it again for your fingerprint (`casebook identity export` shows it). Nothing was imported.</source>
        <translation>កញ្ចប់នេះមិនត្រូវបានអ៊ិនគ្រីបសម្រាប់អត្តសញ្ញាណរបស់អ្នកទេ ដូច្នេះវាមិនអាចបើកនៅទីនេះបានទេ។ សូមសុំឱ្យអ្នកផ្ញើបង្កើតវាម្តងទៀតសម្រាប់ស្នាមម្រាមដៃឌីជីថលរបស់អ្នក (`casebook identity export` បង្ហាញវា)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>This package was signed for other recipients and re-encrypted to you by someone else. It was not imported; ask the sender for a package addressed to you.</source>
        <translation>កញ្ចប់នេះត្រូវបានចុះហត្ថលេខាសម្រាប់អ្នកទទួលផ្សេង ហើយត្រូវបានអ៊ិនគ្រីបឡើងវិញសម្រាប់អ្នកដោយនរណាម្នាក់ផ្សេង។ វាមិនត្រូវបាននាំចូលទេ។ សូមសុំកញ្ចប់ដែលផ្ញើមកអ្នកពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <source>This recipient is not in Casebook&apos;s list of states (ISO 3166-1 codes such as DE, FR, MM) and bodies (such as ICC, IIMM, IIIM); choose it from the list.</source>
        <translation>អ្នកទទួលនេះមិននៅក្នុងបញ្ជីរដ្ឋ (លេខកូដ ISO 3166-1 ដូចជា DE, FR, MM) និងស្ថាប័ន (ដូចជា ICC, IIMM, IIIM) របស់ Casebook ទេ។ សូមជ្រើសរើសវាពីបញ្ជី។</translation>
    </message>
    <message>
        <source>This record is sealed, so it cannot be changed or deleted. Make a new version to correct it; the sealed one stays as it was.</source>
        <translation>កំណត់ត្រានេះត្រូវបានបិទត្រា ដូច្នេះវាមិនអាចផ្លាស់ប្តូរ ឬលុបបានទេ។ សូមបង្កើតកំណែថ្មី ដើម្បីកែវា។ កំណែដែលបានបិទត្រានៅតែដដែល។</translation>
    </message>
    <message>
        <source>This statement is not printed: {why}. A statement leaves the casebook only as its witness consented; record the consent first if it was given.</source>
        <translation>សក្ខីកម្មនេះមិនត្រូវបានបោះពុម្ពទេ៖ {why}។ សក្ខីកម្មចេញពីសៀវភៅសំណុំរឿងបានតែតាមដែលសាក្សីរបស់វាបានយល់ព្រមប៉ុណ្ណោះ។ សូមកត់ត្រាការយល់ព្រមជាមុនសិន ប្រសិនបើវាត្រូវបានផ្តល់ឱ្យ។</translation>
    </message>
    <message>
        <source>This statement is sealed, so its passages cannot be changed. Make a new version of the testimony to correct it.</source>
        <translation>សក្ខីកម្មនេះត្រូវបានបិទត្រា ដូច្នេះផ្នែកអត្ថបទរបស់វាមិនអាចផ្លាស់ប្តូរបានទេ។ សូមបង្កើតកំណែថ្មីនៃសក្ខីកម្ម ដើម្បីកែវា។</translation>
    </message>
    <message>
        <source>This statement is sealed. Make a new version to correct it; the sealed one stays.</source>
        <translation>សក្ខីកម្មនេះត្រូវបានបិទត្រា។ សូមបង្កើតកំណែថ្មី ដើម្បីកែវា។ កំណែដែលបានបិទត្រានៅតែដដែល។</translation>
    </message>
    <message>
        <source>Typesetting the complaint</source>
        <translation>កំពុងរៀបចំទំព័រពាក្យបណ្តឹង</translation>
    </message>
    <message>
        <source>Unknown field {bad}.</source>
        <translation>វាលមិនស្គាល់ {bad}។</translation>
    </message>
    <message>
        <source>Unknown status; use one of {case_statuses}.</source>
        <translation>ស្ថានភាពមិនស្គាល់។ សូមប្រើមួយក្នុងចំណោម {case_statuses}។</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>ជនរងគ្រោះតាមក្រុមអាយុ</translation>
    </message>
    <message>
        <source>Victims by ethnicity</source>
        <translation>ជនរងគ្រោះតាមជាតិពន្ធុ</translation>
    </message>
    <message>
        <source>Victims by religion</source>
        <translation>ជនរងគ្រោះតាមសាសនា</translation>
    </message>
    <message>
        <source>Victims by sex / gender</source>
        <translation>ជនរងគ្រោះតាមភេទ / យេនឌ័រ</translation>
    </message>
    <message>
        <source>Write a number, such as 16.8661.</source>
        <translation>សូមសរសេរលេខមួយ ដូចជា 16.8661។</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.</source>
        <translation>សូមសរសេរកាលបរិច្ឆេទជា YYYY-MM-DD ឬ YYYY-MM ឬ YYYY នៅពេលដឹងតែប៉ុណ្ណឹង។</translation>
    </message>
    <message>
        <source>Write why the {kind} may go out despite the consent it lacks (at least {min_reason} characters); the reason is shown in the plan and kept in the audit log.</source>
        <translation>សូមសរសេរថាហេតុអ្វី {kind} អាចចេញទៅបាន ទោះបីខ្វះការយល់ព្រមក៏ដោយ (យ៉ាងហោចណាស់ {min_reason} តួអក្សរ)។ ហេតុផលនោះត្រូវបានបង្ហាញក្នុងផែនការ ហើយរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <source>Writing exhibit {n} of {total}</source>
        <translation>កំពុងសរសេរវត្ថុតាង {n} នៃ {total}</translation>
    </message>
    <message>
        <source>Writing the bundle failed ({reason}). Nothing was kept; check that the folder is writable and try again.</source>
        <translation>ការសរសេរកញ្ចប់បានបរាជ័យ ({reason})។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមពិនិត្យថាថតអាចសរសេរបាន ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>a different case here already uses its reference; change the reference of one of them and import again</source>
        <translation>សំណុំរឿងផ្សេងមួយនៅទីនេះប្រើលេខយោងរបស់វារួចហើយ។ សូមប្តូរលេខយោងនៃសំណុំរឿងមួយក្នុងចំណោមពួកវា ហើយនាំចូលម្តងទៀត</translation>
    </message>
    <message>
        <source>a key or the signature is not valid</source>
        <translation>កូនសោ ឬហត្ថលេខាមិនត្រឹមត្រូវទេ</translation>
    </message>
    <message>
        <source>a line is not of the form &apos;name: value&apos;</source>
        <translation>បន្ទាត់មួយមិនមែនជាទម្រង់ &apos;name: value&apos; ទេ</translation>
    </message>
    <message>
        <source>a name is too short to replace wherever it stands; it is replaced only after an honorific (U, Daw, Ko, Ma …)</source>
        <translation>ឈ្មោះមួយខ្លីពេកមិនអាចជំនួសគ្រប់ទីកន្លែងដែលវានៅបានទេ។ វាត្រូវបានជំនួសតែបន្ទាប់ពីគោរមងារប៉ុណ្ណោះ (U, Daw, Ko, Ma …)</translation>
    </message>
    <message>
        <source>a part of it fails authentication, or its end is missing</source>
        <translation>ផ្នែកមួយរបស់វាមិនឆ្លងការផ្ទៀងផ្ទាត់ភាពត្រឹមត្រូវ ឬចុងរបស់វាបាត់</translation>
    </message>
    <message>
        <source>a passage is cited as [[passage:&lt;statement id&gt;/&lt;paragraph&gt;]] or [[passage:&lt;passage id&gt;]], with at least six characters of the id</source>
        <translation>ផ្នែកអត្ថបទត្រូវដកស្រង់ជា [[passage:&lt;id សក្ខីកម្ម&gt;/&lt;កថាខណ្ឌ&gt;]] ឬ [[passage:&lt;id ផ្នែកអត្ថបទ&gt;]] ដោយមាន id យ៉ាងហោចណាស់ប្រាំមួយតួអក្សរ</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>បុគ្គលម្នាក់</translation>
    </message>
    <message>
        <source>a person is cited by pseudonym (W-001) or by at least six characters of the id</source>
        <translation>បុគ្គលត្រូវដកស្រង់ដោយឈ្មោះក្លែង (W-001) ឬដោយ id យ៉ាងហោចណាស់ប្រាំមួយតួអក្សរ</translation>
    </message>
    <message>
        <source>a record with its id belongs to another case here</source>
        <translation>កំណត់ត្រាមួយដែលមាន id របស់វា ជារបស់សំណុំរឿងផ្សេងនៅទីនេះ</translation>
    </message>
    <message>
        <source>a signed event with this id and different content is recorded here</source>
        <translation>ព្រឹត្តិការណ៍ដែលបានចុះហត្ថលេខាមួយដែលមាន id នេះ និងខ្លឹមសារផ្សេង ត្រូវបានកត់ត្រានៅទីនេះ</translation>
    </message>
    <message>
        <source>a victim recorded with {groups}</source>
        <translation>ជនរងគ្រោះម្នាក់ដែលបានកត់ត្រាជាមួយ {groups}</translation>
    </message>
    <message>
        <source>administrative area: {areas}</source>
        <translation>តំបន់រដ្ឋបាល៖ {areas}</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>ក្រុមអាយុ</translation>
    </message>
    <message>
        <source>alleged perpetrator unit: {units}</source>
        <translation>អង្គភាពជនសង្ស័យ៖ {units}</translation>
    </message>
    <message>
        <source>an archive header is malformed</source>
        <translation>ក្បាលបណ្ណសារមួយមានទម្រង់មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>an exhibit is cited by at least six characters of its id</source>
        <translation>វត្ថុតាងត្រូវដកស្រង់ដោយ id របស់វាយ៉ាងហោចណាស់ប្រាំមួយតួអក្សរ</translation>
    </message>
    <message>
        <source>an incident is cited by at least six characters of its id</source>
        <translation>ហេតុការណ៍ត្រូវដកស្រង់ដោយ id របស់វាយ៉ាងហោចណាស់ប្រាំមួយតួអក្សរ</translation>
    </message>
    <message>
        <source>around {date}</source>
        <translation>ប្រហែល {date}</translation>
    </message>
    <message>
        <source>article {article} was added by {resolution} (adopted {adopted}) and applies only to States Parties that accepted it, one year after each deposited its acceptance (art. 121(5)); check acceptance by the State of territory or nationality</source>
        <translation>មាត្រា {article} ត្រូវបានបន្ថែមដោយ {resolution} (អនុម័ត {adopted}) ហើយអនុវត្តតែចំពោះរដ្ឋភាគីដែលបានទទួលយកវា មួយឆ្នាំបន្ទាប់ពីរដ្ឋនីមួយៗបានដាក់លិខិតទទួលយករបស់ខ្លួន (មាត្រា 121(5))។ សូមពិនិត្យការទទួលយកដោយរដ្ឋនៃទឹកដី ឬសញ្ជាតិ</translation>
    </message>
    <message>
        <source>audit entry {sequence} ({action} in {table})</source>
        <translation>ធាតុសវនកម្ម {sequence} ({action} ក្នុង {table})</translation>
    </message>
    <message>
        <source>audit entry {sequence} is not the one the TSA saw (stamped {describe}): the history was rewritten at or before entry {sequence}</source>
        <translation>ធាតុសវនកម្ម {sequence} មិនមែនជាធាតុដែល TSA បានឃើញទេ (ដាក់ត្រា {describe})៖ ប្រវត្តិត្រូវបានសរសេរឡើងវិញ នៅ ឬមុនធាតុ {sequence}</translation>
    </message>
    <message>
        <source>between {day1} and {day2} {month} {year}</source>
        <translation>ចន្លោះថ្ងៃទី {day1} ដល់ {day2} ខែ{month} ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>between {day1} {month1} and {day2} {month2} {year}</source>
        <translation>ចន្លោះថ្ងៃទី {day1} ខែ{month1} ដល់ថ្ងៃទី {day2} ខែ{month2} ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>ចន្លោះ {start} ដល់ {end}</translation>
    </message>
    <message>
        <source>broken reference in table {table} (row {row})</source>
        <translation>ការយោងដាច់ក្នុងតារាង {table} (ជួរ {row})</translation>
    </message>
    <message>
        <source>case {reference} situation</source>
        <translation>ស្ថានការណ៍នៃសំណុំរឿង {reference}</translation>
    </message>
    <message>
        <source>case {reference} summary</source>
        <translation>សេចក្តីសង្ខេបនៃសំណុំរឿង {reference}</translation>
    </message>
    <message>
        <source>case {reference} title</source>
        <translation>ចំណងជើងនៃសំណុំរឿង {reference}</translation>
    </message>
    <message>
        <source>changed on both sides since the last common version</source>
        <translation>បានផ្លាស់ប្តូរទាំងសងខាង ចាប់តាំងពីកំណែរួមចុងក្រោយ</translation>
    </message>
    <message>
        <source>charge {n} ({crime})</source>
        <translation>ការចោទប្រកាន់ {n} ({crime})</translation>
    </message>
    <message>
        <source>consent does not cover it</source>
        <translation>ការយល់ព្រមមិនគ្របដណ្តប់វាទេ</translation>
    </message>
    <message>
        <source>contains the name of {who}; printed as {who}</source>
        <translation>មានឈ្មោះរបស់ {who}។ បោះពុម្ពជា {who}</translation>
    </message>
    <message>
        <source>contains the name of {who}; the file goes out unchanged (its hash is evidence), so decide whether to leave the exhibit out</source>
        <translation>មានឈ្មោះរបស់ {who}។ ឯកសារចេញទៅដោយមិនផ្លាស់ប្តូរ (hash របស់វាជាភស្តុតាង) ដូច្នេះសូមសម្រេចថាតើត្រូវទុកវត្ថុតាងនេះចោលឬទេ</translation>
    </message>
    <message>
        <source>crime tagged or charged: {crimes}</source>
        <translation>ឧក្រិដ្ឋកម្មដែលបានដាក់ស្លាក ឬចោទប្រកាន់៖ {crimes}</translation>
    </message>
    <message>
        <source>custody event {sequence} ({action}) of evidence {title}</source>
        <translation>ព្រឹត្តិការណ៍រក្សាភស្តុតាង {sequence} ({action}) នៃភស្តុតាង {title}</translation>
    </message>
    <message>
        <source>database file: {detail}</source>
        <translation>ឯកសារមូលដ្ឋានទិន្នន័យ៖ {detail}</translation>
    </message>
    <message>
        <source>database structure: {detail}</source>
        <translation>រចនាសម្ព័ន្ធមូលដ្ឋានទិន្នន័យ៖ {detail}</translation>
    </message>
    <message>
        <source>date from</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>date span overlapping {start} to {end}</source>
        <translation>រយៈពេលដែលត្រួតលើ {start} ដល់ {end}</translation>
    </message>
    <message>
        <source>date to</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>មិនដឹងកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>entries its manifest lists are missing</source>
        <translation>ធាតុដែល manifest របស់វារាយ បាត់</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>ជាតិពន្ធុ</translation>
    </message>
    <message>
        <source>evidence {evidence_id} no longer has the content the TSA saw (stamped {describe}): its recorded SHA-256 was changed</source>
        <translation>ភស្តុតាង {evidence_id} លែងមានខ្លឹមសារដែល TSA បានឃើញទៀតហើយ (ដាក់ត្រា {describe})៖ SHA-256 ដែលបានកត់ត្រារបស់វាត្រូវបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>evidence {names} (stored as {storage_name})</source>
        <translation>ភស្តុតាង {names} (រក្សាទុកជា {storage_name})</translation>
    </message>
    <message>
        <source>evidence {title}</source>
        <translation>ភស្តុតាង {title}</translation>
    </message>
    <message>
        <source>evidence {title}: has no chain-of-custody events</source>
        <translation>ភស្តុតាង {title}៖ គ្មានព្រឹត្តិការណ៍ខ្សែសង្វាក់នៃការរក្សាភស្តុតាងទេ</translation>
    </message>
    <message>
        <source>evidence {title}: its recorded SHA-256 differs from its stored file&apos;s</source>
        <translation>ភស្តុតាង {title}៖ SHA-256 ដែលបានកត់ត្រារបស់វា ខុសពី SHA-256 នៃឯកសារដែលបានរក្សាទុករបស់វា</translation>
    </message>
    <message>
        <source>exhibit {n} acquisition</source>
        <translation>ការទទួលបានវត្ថុតាង {n}</translation>
    </message>
    <message>
        <source>exhibit {n} collected by</source>
        <translation>វត្ថុតាង {n} ប្រមូលដោយ</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} place</source>
        <translation>ទីកន្លែងនៃព្រឹត្តិការណ៍រក្សាភស្តុតាង {k} នៃវត្ថុតាង {n}</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} reason</source>
        <translation>ហេតុផលនៃព្រឹត្តិការណ៍រក្សាភស្តុតាង {k} នៃវត្ថុតាង {n}</translation>
    </message>
    <message>
        <source>exhibit {n} description</source>
        <translation>ការពិពណ៌នាវត្ថុតាង {n}</translation>
    </message>
    <message>
        <source>exhibit {n} embedded metadata ({key})</source>
        <translation>ទិន្នន័យមេតាបង្កប់នៃវត្ថុតាង {n} ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} file, embedded metadata ({key})</source>
        <translation>ឯកសារវត្ថុតាង {n} ទិន្នន័យមេតាបង្កប់ ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} original file name</source>
        <translation>ឈ្មោះឯកសារដើមនៃវត្ថុតាង {n}</translation>
    </message>
    <message>
        <source>exhibit {n} place collected</source>
        <translation>ទីកន្លែងប្រមូលវត្ថុតាង {n}</translation>
    </message>
    <message>
        <source>exhibit {n} source</source>
        <translation>ប្រភពនៃវត្ថុតាង {n}</translation>
    </message>
    <message>
        <source>exhibit {n} title</source>
        <translation>ចំណងជើងវត្ថុតាង {n}</translation>
    </message>
    <message>
        <source>exhibit {n} web address</source>
        <translation>អាសយដ្ឋានគេហទំព័រនៃវត្ថុតាង {n}</translation>
    </message>
    <message>
        <source>exhibit {n} {part}</source>
        <translation>វត្ថុតាង {n} {part}</translation>
    </message>
    <message>
        <source>for incident {number} ({span}) the law in force was {cited}, not {current}</source>
        <translation>សម្រាប់ហេតុការណ៍ {number} ({span}) ច្បាប់ជាធរមានគឺ {cited} មិនមែន {current} ទេ</translation>
    </message>
    <message>
        <source>from {start} (end unknown)</source>
        <translation>ពី {start} (មិនដឹងទីបញ្ចប់)</translation>
    </message>
    <message>
        <source>has a field name that is not text</source>
        <translation>មានឈ្មោះវាលមួយដែលមិនមែនជាអត្ថបទ</translation>
    </message>
    <message>
        <source>has a field name that is too long or holds a lone surrogate</source>
        <translation>មានឈ្មោះវាលមួយដែលវែងពេក ឬមាន lone surrogate</translation>
    </message>
    <message>
        <source>holds a lone surrogate (an escape such as \ud800 that is not a character); the file was not written by Casebook or is damaged</source>
        <translation>មាន lone surrogate (escape ដូចជា \ud800 ដែលមិនមែនជាតួអក្សរ)។ ឯកសារមិនត្រូវបានសរសេរដោយ Casebook ឬត្រូវបានខូច</translation>
    </message>
    <message>
        <source>identity details (names, contacts) withheld; persons appear by pseudonym only</source>
        <translation>ព័ត៌មានលម្អិតអត្តសញ្ញាណ (ឈ្មោះ ទំនាក់ទំនង) មិនបង្ហាញ។ បុគ្គលបង្ហាញតែតាមឈ្មោះក្លែងប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>identity given only in the sealed annex, encrypted to the recipient&apos;s key</source>
        <translation>អត្តសញ្ញាណផ្តល់ឱ្យតែក្នុងឧបសម្ព័ន្ធដែលបានបិទត្រា ដែលអ៊ិនគ្រីបសម្រាប់កូនសោរបស់អ្នកទទួល</translation>
    </message>
    <message>
        <source>incident {number} ({span}) is before {resolution} was adopted on {adopted}</source>
        <translation>ហេតុការណ៍ {number} ({span}) គឺមុនពេល {resolution} ត្រូវបានអនុម័តនៅ {adopted}</translation>
    </message>
    <message>
        <source>incident {number} ({span}) may be before {resolution} was adopted on {adopted}</source>
        <translation>ហេតុការណ៍ {number} ({span}) ប្រហែលជាមុនពេល {resolution} ត្រូវបានអនុម័តនៅ {adopted}</translation>
    </message>
    <message>
        <source>incident {number} ({span}) straddles the date from which {provisions} applies; establish the date of the acts</source>
        <translation>ហេតុការណ៍ {number} ({span}) ឆ្លងកាត់កាលបរិច្ឆេទដែល {provisions} ចាប់ផ្តើមអនុវត្ត។ សូមបញ្ជាក់កាលបរិច្ឆេទនៃអំពើ</translation>
    </message>
    <message>
        <source>incident {number} ({span}): {reasons}</source>
        <translation>ហេតុការណ៍ {number} ({span})៖ {reasons}</translation>
    </message>
    <message>
        <source>incident {number} has no date; check it is after {adopted}</source>
        <translation>ហេតុការណ៍ {number} គ្មានកាលបរិច្ឆេទ។ សូមពិនិត្យថាវាក្រោយ {adopted}</translation>
    </message>
    <message>
        <source>incident {number} has no date; the provision applies only to acts from {first}</source>
        <translation>ហេតុការណ៍ {number} គ្មានកាលបរិច្ឆេទ។ បទប្បញ្ញត្តិនេះអនុវត្តតែចំពោះអំពើចាប់ពី {first}</translation>
    </message>
    <message>
        <source>incident {number} has no date; {provisions} applies only to acts from {first}</source>
        <translation>ហេតុការណ៍ {number} គ្មានកាលបរិច្ឆេទ។ {provisions} អនុវត្តតែចំពោះអំពើចាប់ពី {first}</translation>
    </message>
    <message>
        <source>incident {n} area</source>
        <translation>តំបន់នៃហេតុការណ៍ {n}</translation>
    </message>
    <message>
        <source>incident {n} description</source>
        <translation>ការពិពណ៌នាហេតុការណ៍ {n}</translation>
    </message>
    <message>
        <source>incident {n} place</source>
        <translation>ទីកន្លែងនៃហេតុការណ៍ {n}</translation>
    </message>
    <message>
        <source>incident {n} title</source>
        <translation>ចំណងជើងហេតុការណ៍ {n}</translation>
    </message>
    <message>
        <source>incident {title}</source>
        <translation>ហេតុការណ៍ {title}</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>ហេតុការណ៍</translation>
    </message>
    <message>
        <source>included although {reason}, because: {because}</source>
        <translation>បានដាក់បញ្ចូល ទោះបី {reason} ក៏ដោយ ព្រោះ៖ {because}</translation>
    </message>
    <message>
        <source>is NaN or Infinity, which Casebook does not accept; give a number</source>
        <translation>គឺ NaN ឬ Infinity ដែល Casebook មិនទទួលយក។ សូមផ្តល់លេខមួយ</translation>
    </message>
    <message>
        <source>is a text of more than {max_string_chars} characters</source>
        <translation>គឺជាអត្ថបទលើសពី {max_string_chars} តួអក្សរ</translation>
    </message>
    <message>
        <source>is a whole number outside {low} … {high}</source>
        <translation>គឺជាចំនួនគត់នៅក្រៅ {low} … {high}</translation>
    </message>
    <message>
        <source>is nested more than {max_depth} levels deep</source>
        <translation>ត្រូវបានដាក់ត្រួតគ្នាលើសពី {max_depth} កម្រិត</translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation>មិនមែនជាតម្លៃ JSON ទេ</translation>
    </message>
    <message>
        <source>it concerns {pseudonym}, and {problem}</source>
        <translation>វាទាក់ទងនឹង {pseudonym} ហើយ {problem}</translation>
    </message>
    <message>
        <source>it could not be decrypted</source>
        <translation>វាមិនអាចឌិគ្រីបបានទេ</translation>
    </message>
    <message>
        <source>it does not begin with a manifest</source>
        <translation>វាមិនចាប់ផ្តើមដោយ manifest ទេ</translation>
    </message>
    <message>
        <source>it is not an RFC 3161 time-stamp reply that can be read</source>
        <translation>វាមិនមែនជាចម្លើយត្រាពេលវេលា RFC 3161 ដែលអាចអានបានទេ</translation>
    </message>
    <message>
        <source>it is not this casebook</source>
        <translation>វាមិនមែនជាសៀវភៅសំណុំរឿងនេះទេ</translation>
    </message>
    <message>
        <source>it is withheld from this recipient: {reason}</source>
        <translation>វាមិនបង្ហាញដល់អ្នកទទួលនេះទេ៖ {reason}</translation>
    </message>
    <message>
        <source>it names {person}, who is not charged in this charge</source>
        <translation>វាដាក់ឈ្មោះ {person} ដែលមិនត្រូវបានចោទប្រកាន់ក្នុងការចោទប្រកាន់នេះទេ</translation>
    </message>
    <message>
        <source>it refers to {what}, which is neither in the package nor in this case here; ask the sender for a complete package (without --since-last)</source>
        <translation>វាយោងទៅ {what} ដែលមិននៅក្នុងកញ្ចប់ ហើយក៏មិននៅក្នុងសំណុំរឿងនេះនៅទីនេះដែរ។ សូមសុំកញ្ចប់ពេញលេញពីអ្នកផ្ញើ (គ្មាន --since-last)</translation>
    </message>
    <message>
        <source>it was made for a different casebook, so it says nothing about this one; remove its folder</source>
        <translation>វាត្រូវបានបង្កើតសម្រាប់សៀវភៅសំណុំរឿងផ្សេង ដូច្នេះវាមិននិយាយអ្វីអំពីសៀវភៅនេះទេ។ សូមដកថតរបស់វាចេញ</translation>
    </message>
    <message>
        <source>it was written in a format this version does not know</source>
        <translation>វាត្រូវបានសរសេរក្នុងទម្រង់ដែលកំណែនេះមិនស្គាល់</translation>
    </message>
    <message>
        <source>its age recipient is malformed</source>
        <translation>អ្នកទទួល age របស់វាមានទម្រង់មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>its attachment is neither in the package nor in this casebook; ask the sender for a complete package (without --since-last)</source>
        <translation>ឯកសារភ្ជាប់របស់វាមិននៅក្នុងកញ្ចប់ ហើយក៏មិននៅក្នុងសៀវភៅសំណុំរឿងនេះដែរ។ សូមសុំកញ្ចប់ពេញលេញពីអ្នកផ្ញើ (គ្មាន --since-last)</translation>
    </message>
    <message>
        <source>its claim.json is not a chain-head claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>claim.json របស់វាមិនមែនជាការអះអាងក្បាលខ្សែសង្វាក់ក្នុងទម្រង់ពិតប្រាកដដែល Casebook សរសេរទេ ដូច្នេះវាត្រូវបានកែ ឬខូច</translation>
    </message>
    <message>
        <source>its claim.json is not an evidence claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>claim.json របស់វាមិនមែនជាការអះអាងភស្តុតាងក្នុងទម្រង់ពិតប្រាកដដែល Casebook សរសេរទេ ដូច្នេះវាត្រូវបានកែ ឬខូច</translation>
    </message>
    <message>
        <source>its fingerprint line does not belong to its signing key</source>
        <translation>បន្ទាត់ស្នាមម្រាមដៃឌីជីថលរបស់វាមិនមែនជារបស់កូនសោចុះហត្ថលេខារបស់វាទេ</translation>
    </message>
    <message>
        <source>its folder name does not match its claim, so one was changed</source>
        <translation>ឈ្មោះថតរបស់វាមិនត្រូវនឹងការអះអាងរបស់វាទេ ដូច្នេះមួយក្នុងចំណោមពួកវាត្រូវបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>its manifest is not followed by its signature</source>
        <translation>manifest របស់វាមិនមានហត្ថលេខារបស់វាតាមក្រោយទេ</translation>
    </message>
    <message>
        <source>its manifest names no usable signing key</source>
        <translation>manifest របស់វាមិនដាក់ឈ្មោះកូនសោចុះហត្ថលេខាដែលអាចប្រើបានទេ</translation>
    </message>
    <message>
        <source>its name or signing key is malformed</source>
        <translation>ឈ្មោះ ឬកូនសោចុះហត្ថលេខារបស់វាមានទម្រង់មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>its role is not one Casebook knows</source>
        <translation>តួនាទីរបស់វាមិនមែនជាតួនាទីដែល Casebook ស្គាល់ទេ</translation>
    </message>
    <message>
        <source>its signature does not match its content, so it was altered</source>
        <translation>ហត្ថលេខារបស់វាមិនត្រូវនឹងខ្លឹមសាររបស់វាទេ ដូច្នេះវាត្រូវបានកែប្រែ</translation>
    </message>
    <message>
        <source>its signature does not verify against the trusted TSA certificates ({reason})</source>
        <translation>ហត្ថលេខារបស់វាមិនផ្ទៀងផ្ទាត់ត្រូវនឹងវិញ្ញាបនបត្រ TSA ដែលគួរទុកចិត្តទេ ({reason})</translation>
    </message>
    <message>
        <source>its statement is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>សក្ខីកម្មរបស់វាមិនត្រូវបានភ្ជាប់ទៅហេតុការណ៍ណាមួយដែលការចោទប្រកាន់នេះផ្អែកលើទេ ({incidents})</translation>
    </message>
    <message>
        <source>its statement is not linked to incident {incident}, on which this charge rests</source>
        <translation>សក្ខីកម្មរបស់វាមិនត្រូវបានភ្ជាប់ទៅហេតុការណ៍ {incident} ដែលការចោទប្រកាន់នេះផ្អែកលើទេ</translation>
    </message>
    <message>
        <source>its user or casebook id is malformed</source>
        <translation>id អ្នកប្រើ ឬ id សៀវភៅសំណុំរឿងរបស់វាមានទម្រង់មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>its {name} is far larger than it can be, so it was replaced</source>
        <translation>{name} របស់វាធំជាងអ្វីដែលវាអាចមានឆ្ងាយណាស់ ដូច្នេះវាត្រូវបានជំនួស</translation>
    </message>
    <message>
        <source>its {name} is missing or cannot be read</source>
        <translation>{name} របស់វាបាត់ ឬមិនអាចអានបាន</translation>
    </message>
    <message>
        <source>key-slot file: {problem}</source>
        <translation>ឯកសាររន្ធកូនសោ៖ {problem}</translation>
    </message>
    <message>
        <source>left out: {why}</source>
        <translation>ទុកចោល៖ {why}</translation>
    </message>
    <message>
        <source>marked for redaction; printed as {redacted}</source>
        <translation>បានសម្គាល់សម្រាប់ការលុបបិទ។ បោះពុម្ពជា {redacted}</translation>
    </message>
    <message>
        <source>material both supports and contradicts the element</source>
        <translation>សម្ភារៈទាំងគាំទ្រ និងផ្ទុយនឹងធាតុផ្សំ</translation>
    </message>
    <message>
        <source>may name {who} by one part of the name, left as written; check it</source>
        <translation>ប្រហែលជាដាក់ឈ្មោះ {who} តាមផ្នែកមួយនៃឈ្មោះ ទុកដូចដែលបានសរសេរ។ សូមពិនិត្យវា</translation>
    </message>
    <message>
        <source>more than one evidence item of the case starts with this; give more of the id</source>
        <translation>ភស្តុតាងច្រើនជាងមួយនៃសំណុំរឿងចាប់ផ្តើមដូចនេះ។ សូមផ្តល់ id ឱ្យបានវែងជាងនេះ</translation>
    </message>
    <message>
        <source>more than one incident of the case starts with this; give more of the id</source>
        <translation>ហេតុការណ៍ច្រើនជាងមួយនៃសំណុំរឿងចាប់ផ្តើមដូចនេះ។ សូមផ្តល់ id ឱ្យបានវែងជាងនេះ</translation>
    </message>
    <message>
        <source>more than one passage starts with this; give more of the id</source>
        <translation>ផ្នែកអត្ថបទច្រើនជាងមួយចាប់ផ្តើមដូចនេះ។ សូមផ្តល់ id ឱ្យបានវែងជាងនេះ</translation>
    </message>
    <message>
        <source>more than one person of the case starts with this; give more of the id</source>
        <translation>បុគ្គលច្រើនជាងមួយនៃសំណុំរឿងចាប់ផ្តើមដូចនេះ។ សូមផ្តល់ id ឱ្យបានវែងជាងនេះ</translation>
    </message>
    <message>
        <source>more than one statement of the case starts with this; give more of the id</source>
        <translation>សក្ខីកម្មច្រើនជាងមួយនៃសំណុំរឿងចាប់ផ្តើមដូចនេះ។ សូមផ្តល់ id ឱ្យបានវែងជាងនេះ</translation>
    </message>
    <message>
        <source>needs a kind, such as summary</source>
        <translation>ត្រូវការប្រភេទមួយ ដូចជា summary</translation>
    </message>
    <message>
        <source>no bounded date</source>
        <translation>គ្មានកាលបរិច្ឆេទមានដែនកំណត់</translation>
    </message>
    <message>
        <source>no consent is recorded for this statement</source>
        <translation>គ្មានការយល់ព្រមត្រូវបានកត់ត្រាសម្រាប់សក្ខីកម្មនេះទេ</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>គ្មានកូអរដោនេ</translation>
    </message>
    <message>
        <source>no evidence item of this case has this id; pick it again</source>
        <translation>គ្មានភស្តុតាងនៃសំណុំរឿងនេះដែលមាន id នេះទេ។ សូមជ្រើសរើសវាម្តងទៀត</translation>
    </message>
    <message>
        <source>no incident of this case has this id; pick it again</source>
        <translation>គ្មានហេតុការណ៍នៃសំណុំរឿងនេះដែលមាន id នេះទេ។ សូមជ្រើសរើសវាម្តងទៀត</translation>
    </message>
    <message>
        <source>no material counts for the element (see &quot;not counted&quot; for tagged material the charge leaves out)</source>
        <translation>គ្មានសម្ភារៈណារាប់សម្រាប់ធាតុផ្សំនេះទេ (សូមមើល &quot;not counted&quot; សម្រាប់សម្ភារៈដែលបានដាក់ស្លាក ដែលការចោទប្រកាន់ទុកចោល)</translation>
    </message>
    <message>
        <source>no name is recorded, so mentions of this person cannot be found automatically</source>
        <translation>គ្មានឈ្មោះត្រូវបានកត់ត្រា ដូច្នេះការលើកឡើងពីបុគ្គលនេះមិនអាចរកឃើញដោយស្វ័យប្រវត្តិបានទេ</translation>
    </message>
    <message>
        <source>no name recorded, so mentions of these persons cannot be found and replaced automatically; check the texts yourself</source>
        <translation>គ្មានឈ្មោះត្រូវបានកត់ត្រា ដូច្នេះការលើកឡើងពីបុគ្គលទាំងនេះមិនអាចរកឃើញ និងជំនួសដោយស្វ័យប្រវត្តិបានទេ។ សូមពិនិត្យអត្ថបទដោយខ្លួនឯង</translation>
    </message>
    <message>
        <source>no passage of this bundle has this id</source>
        <translation>គ្មានផ្នែកអត្ថបទនៃកញ្ចប់នេះដែលមាន id នេះទេ</translation>
    </message>
    <message>
        <source>no passage of this case has this id; pick it again</source>
        <translation>គ្មានផ្នែកអត្ថបទនៃសំណុំរឿងនេះដែលមាន id នេះទេ។ សូមជ្រើសរើសវាម្តងទៀត</translation>
    </message>
    <message>
        <source>no person of this case has this id or pseudonym; pick them again</source>
        <translation>គ្មានបុគ្គលនៃសំណុំរឿងនេះដែលមាន id ឬឈ្មោះក្លែងនេះទេ។ សូមជ្រើសរើសគាត់ម្តងទៀត</translation>
    </message>
    <message>
        <source>no statement of this case has this id; pick it again</source>
        <translation>គ្មានសក្ខីកម្មនៃសំណុំរឿងនេះដែលមាន id នេះទេ។ សូមជ្រើសរើសវាម្តងទៀត</translation>
    </message>
    <message>
        <source>no victim recorded</source>
        <translation>គ្មានជនរងគ្រោះត្រូវបានកត់ត្រា</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>none in the shipped taxonomy</source>
        <translation>គ្មានក្នុងបញ្ជីឧក្រិដ្ឋកម្មដែលភ្ជាប់មកជាមួយ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>note on element {element}</source>
        <translation>កំណត់សម្គាល់លើធាតុផ្សំ {element}</translation>
    </message>
    <message>
        <source>one of its passages belongs to another statement here</source>
        <translation>ផ្នែកអត្ថបទមួយរបស់វាជារបស់សក្ខីកម្មផ្សេងនៅទីនេះ</translation>
    </message>
    <message>
        <source>one of its perpetrator entries belongs to another charge here</source>
        <translation>ធាតុជនល្មើសមួយរបស់វាជារបស់ការចោទប្រកាន់ផ្សេងនៅទីនេះ</translation>
    </message>
    <message>
        <source>only contradicting material</source>
        <translation>មានតែសម្ភារៈផ្ទុយប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>package {package_id}: the audit entry its signature vouched for is missing or was changed</source>
        <translation>កញ្ចប់ {package_id}៖ ធាតុសវនកម្មដែលហត្ថលេខារបស់វាធានា បាត់ ឬត្រូវបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>recipients.json has a wrong or repeated code {code}; states have two capital letters, bodies longer ids in capitals. Restore the file.</source>
        <translation>recipients.json មានលេខកូដខុស ឬស្ទួន {code}។ រដ្ឋមានអក្សរធំពីរ ស្ថាប័នមាន id វែងជាងជាអក្សរធំ។ សូមស្តារឯកសារនោះឡើងវិញ។</translation>
    </message>
    <message>
        <source>recipients.json is not in the format {format}; restore it from the installation.</source>
        <translation>recipients.json មិនស្ថិតក្នុងទម្រង់ {format} ទេ។ សូមស្តារវាពីការដំឡើង។</translation>
    </message>
    <message>
        <source>record {record} differs from what audit entry {sequence} recorded: it was changed outside Casebook</source>
        <translation>កំណត់ត្រា {record} ខុសពីអ្វីដែលធាតុសវនកម្ម {sequence} បានកត់ត្រា៖ វាត្រូវបានផ្លាស់ប្តូរនៅក្រៅ Casebook</translation>
    </message>
    <message>
        <source>record {record} is in the database but in no audit entry: it was added outside Casebook</source>
        <translation>កំណត់ត្រា {record} នៅក្នុងមូលដ្ឋានទិន្នន័យ ប៉ុន្តែមិននៅក្នុងធាតុសវនកម្មណាទេ៖ វាត្រូវបានបន្ថែមនៅក្រៅ Casebook</translation>
    </message>
    <message>
        <source>record {record} is missing: audit entry {sequence} recorded it and no entry deleted it, so it was deleted outside Casebook</source>
        <translation>កំណត់ត្រា {record} បាត់៖ ធាតុសវនកម្ម {sequence} បានកត់ត្រាវា ហើយគ្មានធាតុណាបានលុបវាទេ ដូច្នេះវាត្រូវបានលុបនៅក្រៅ Casebook</translation>
    </message>
    <message>
        <source>record {record} is not bound to the audit log (open it once to bind it)</source>
        <translation>កំណត់ត្រា {record} មិនត្រូវបានចងភ្ជាប់ទៅកំណត់ហេតុសវនកម្មទេ (បើកវាម្តង ដើម្បីចងភ្ជាប់វា)</translation>
    </message>
    <message>
        <source>record {record} was deleted in audit entry {sequence} but is in the database again: it was put back outside Casebook</source>
        <translation>កំណត់ត្រា {record} ត្រូវបានលុបក្នុងធាតុសវនកម្ម {sequence} ប៉ុន្តែនៅក្នុងមូលដ្ឋានទិន្នន័យម្តងទៀត៖ វាត្រូវបានដាក់ត្រឡប់នៅក្រៅ Casebook</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>សាសនា</translation>
    </message>
    <message>
        <source>sex / gender</source>
        <translation>ភេទ / យេនឌ័រ</translation>
    </message>
    <message>
        <source>statement of unattributed statement</source>
        <translation>សក្ខីកម្មដែលមិនបញ្ជាក់អ្នកផ្តល់</translation>
    </message>
    <message>
        <source>statement of unattributed statement, taken {date}</source>
        <translation>សក្ខីកម្មដែលមិនបញ្ជាក់អ្នកផ្តល់ ទទួលនៅ {date}</translation>
    </message>
    <message>
        <source>statement of {pseudonym}</source>
        <translation>សក្ខីកម្មរបស់ {pseudonym}</translation>
    </message>
    <message>
        <source>statement of {pseudonym}, taken {date}</source>
        <translation>សក្ខីកម្មរបស់ {pseudonym} ទទួលនៅ {date}</translation>
    </message>
    <message>
        <source>supporting material only, all of it weakly graded (reliability D, E or F, or credibility 4, 5 or 6) or not graded</source>
        <translation>មានតែសម្ភារៈគាំទ្រ ដែលទាំងអស់ត្រូវបានវាយតម្លៃខ្សោយ (ភាពគួរឱ្យទុកចិត្ត D, E ឬ F ឬភាពជឿជាក់ 4, 5 ឬ 6) ឬមិនត្រូវបានវាយតម្លៃ</translation>
    </message>
    <message>
        <source>supporting material, at least one item graded A-C and 1-3; nothing against</source>
        <translation>សម្ភារៈគាំទ្រ យ៉ាងហោចណាស់មួយត្រូវបានវាយតម្លៃ A-C និង 1-3។ គ្មានអ្វីប្រឆាំង</translation>
    </message>
    <message>
        <source>the Elements of Crimes wording of {crime} has not been checked against the official text, so it cannot be cited in a filing</source>
        <translation>ពាក្យពេចន៍ ធាតុផ្សំនៃឧក្រិដ្ឋកម្ម របស់ {crime} មិនទាន់ត្រូវបានពិនិត្យធៀបនឹងអត្ថបទផ្លូវការទេ ដូច្នេះវាមិនអាចយោងក្នុងឯកសារដាក់ជូនតុលាការបានទេ</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status})</source>
        <translation>TSA មិនបានផ្តល់តាមសំណើទេ (ស្ថានភាព {status})</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status}) {said}</source>
        <translation>TSA មិនបានផ្តល់តាមសំណើទេ (ស្ថានភាព {status}) {said}</translation>
    </message>
    <message>
        <source>the TSA saw entry {sequence} of the audit chain (stamped {describe}), but the chain now ends at entry {last}: this is an older copy of the casebook, or entries were deleted after it was stamped</source>
        <translation>TSA បានឃើញធាតុ {sequence} នៃខ្សែសង្វាក់សវនកម្ម (ដាក់ត្រា {describe}) ប៉ុន្តែឥឡូវខ្សែសង្វាក់បញ្ចប់នៅធាតុ {last}៖ នេះជាច្បាប់ចម្លងចាស់ជាងនៃសៀវភៅសំណុំរឿង ឬធាតុត្រូវបានលុបបន្ទាប់ពីវាត្រូវបានដាក់ត្រា</translation>
    </message>
    <message>
        <source>the TSA saw evidence {evidence_id} (stamped {describe}), but no such item is in this casebook</source>
        <translation>TSA បានឃើញភស្តុតាង {evidence_id} (ដាក់ត្រា {describe}) ប៉ុន្តែគ្មានភស្តុតាងបែបនេះក្នុងសៀវភៅសំណុំរឿងនេះទេ</translation>
    </message>
    <message>
        <source>the archive ends in the middle of an entry</source>
        <translation>បណ្ណសារបញ្ចប់នៅកណ្តាលធាតុមួយ</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>ដើមដំបូង</translation>
    </message>
    <message>
        <source>the certificate that signed the token is missing</source>
        <translation>វិញ្ញាបនបត្រដែលបានចុះហត្ថលេខាលើ token បាត់</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: none)</source>
        <translation>ការយល់ព្រមមិនគ្របដណ្តប់ការចែករំលែកជាមួយ {recipient} ទេ (យុត្តាធិការដែលបានដាក់ឈ្មោះ៖ គ្មាន)</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: {named})</source>
        <translation>ការយល់ព្រមមិនគ្របដណ្តប់ការចែករំលែកជាមួយ {recipient} ទេ (យុត្តាធិការដែលបានដាក់ឈ្មោះ៖ {named})</translation>
    </message>
    <message>
        <source>the consent given does not cover publication</source>
        <translation>ការយល់ព្រមដែលបានផ្តល់ មិនគ្របដណ្តប់ការផ្សព្វផ្សាយជាសាធារណៈទេ</translation>
    </message>
    <message>
        <source>the consent given does not cover use in legal proceedings</source>
        <translation>ការយល់ព្រមដែលបានផ្តល់ មិនគ្របដណ្តប់ការប្រើប្រាស់ក្នុងនីតិវិធីតុលាការទេ</translation>
    </message>
    <message>
        <source>the current words of {citation} were not checked against the official text (see its notes in the national law data); check the citation before filing</source>
        <translation>ពាក្យពេចន៍បច្ចុប្បន្ននៃ {citation} មិនទាន់ត្រូវបានពិនិត្យធៀបនឹងអត្ថបទផ្លូវការទេ (សូមមើលកំណត់សម្គាល់របស់វាក្នុងទិន្នន័យច្បាប់ជាតិ)។ សូមពិនិត្យការយោងមុនពេលដាក់ជូនតុលាការ</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>ចុងបញ្ចប់</translation>
    </message>
    <message>
        <source>the evidence item is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>ភស្តុតាងត្រូវបានទុកចោលពីកញ្ចប់នេះ ({why})។ ការដកស្រង់បោះពុម្ពជា {withheld}</translation>
    </message>
    <message>
        <source>the evidence item is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>ភស្តុតាងមិននៅក្នុងកញ្ចប់នេះទេ (គ្មានហេតុការណ៍ ឬស្លាកដែលបានរួមបញ្ចូលសំដៅលើវាទេ។ សូមភ្ជាប់វាទៅហេតុការណ៍នៃការចោទប្រកាន់ ឬលុបការដកស្រង់ចេញ)។ ការដកស្រង់បោះពុម្ពជា {withheld}</translation>
    </message>
    <message>
        <source>the exhibit is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>វត្ថុតាងមិនត្រូវបានភ្ជាប់ទៅហេតុការណ៍ណាមួយដែលការចោទប្រកាន់នេះផ្អែកលើទេ ({incidents})</translation>
    </message>
    <message>
        <source>the exhibit is not linked to incident {incident}, on which this charge rests</source>
        <translation>វត្ថុតាងមិនត្រូវបានភ្ជាប់ទៅហេតុការណ៍ {incident} ដែលការចោទប្រកាន់នេះផ្អែកលើទេ</translation>
    </message>
    <message>
        <source>the incident is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>ហេតុការណ៍ត្រូវបានទុកចោលពីកញ្ចប់នេះ ({why})។ ការដកស្រង់បោះពុម្ពជា {withheld}</translation>
    </message>
    <message>
        <source>the incident is not in this bundle (the charges exported do not rest on it; export the charge that does, or remove the citation); it prints as {withheld}</source>
        <translation>ហេតុការណ៍មិននៅក្នុងកញ្ចប់នេះទេ (ការចោទប្រកាន់ដែលបាននាំចេញមិនពឹងលើវាទេ។ សូមនាំចេញការចោទប្រកាន់ដែលពឹងលើវា ឬលុបការដកស្រង់ចេញ)។ ការដកស្រង់បោះពុម្ពជា {withheld}</translation>
    </message>
    <message>
        <source>the incident is not one of those this charge rests on</source>
        <translation>ហេតុការណ៍នេះមិនមែនជាហេតុការណ៍មួយដែលការចោទប្រកាន់នេះផ្អែកលើទេ</translation>
    </message>
    <message>
        <source>the line &apos;{line}&apos; is missing</source>
        <translation>បន្ទាត់ &apos;{line}&apos; បាត់</translation>
    </message>
    <message>
        <source>the page check itself failed: {reason}</source>
        <translation>ការពិនិត្យទំព័រខ្លួនវាបានបរាជ័យ៖ {reason}</translation>
    </message>
    <message>
        <source>the passage is of an older version of the statement, whose current version has no paragraph of that number; cite the current version</source>
        <translation>ផ្នែកអត្ថបទនេះមកពីកំណែចាស់នៃសក្ខីកម្ម ដែលកំណែបច្ចុប្បន្នគ្មានកថាខណ្ឌលេខនោះទេ។ សូមដកស្រង់កំណែបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>the passage was cited in an older version of the statement and paragraph {position} reads differently now; check that it still says what the argument relies on, then cite it again</source>
        <translation>ផ្នែកអត្ថបទត្រូវបានដកស្រង់ក្នុងកំណែចាស់នៃសក្ខីកម្ម ហើយកថាខណ្ឌ {position} ឥឡូវអានខុសពីមុន។ សូមពិនិត្យថាវានៅតែនិយាយអ្វីដែលអំណះអំណាងពឹងផ្អែក រួចដកស្រង់វាម្តងទៀត</translation>
    </message>
    <message>
        <source>the person&apos;s consent does not cover this bundle ({why}); it prints as {withheld}</source>
        <translation>ការយល់ព្រមរបស់បុគ្គលមិនគ្របដណ្តប់កញ្ចប់នេះទេ ({why})។ ការដកស្រង់បោះពុម្ពជា {withheld}</translation>
    </message>
    <message>
        <source>the record is sealed here, so it cannot take a change</source>
        <translation>កំណត់ត្រាត្រូវបានបិទត្រានៅទីនេះ ដូច្នេះវាមិនអាចទទួលការផ្លាស់ប្តូរបានទេ</translation>
    </message>
    <message>
        <source>the reply answers a different request (its nonce differs)</source>
        <translation>ចម្លើយឆ្លើយតបសំណើផ្សេង (nonce របស់វាខុសគ្នា)</translation>
    </message>
    <message>
        <source>the reply is too large to be a time-stamp reply</source>
        <translation>ចម្លើយធំពេកមិនអាចជាចម្លើយត្រាពេលវេលាបានទេ</translation>
    </message>
    <message>
        <source>the request stays queued. Send it again when this computer is online</source>
        <translation>សំណើនៅតែរង់ចាំក្នុងជួរ។ សូមផ្ញើវាម្តងទៀត នៅពេលកុំព្យូទ័រនេះមានអ៊ីនធឺណិត</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version (1 paragraph); correct the number</source>
        <translation>សក្ខីកម្មគ្មានកថាខណ្ឌ {position} ក្នុងកំណែបច្ចុប្បន្នទេ (1 កថាខណ្ឌ)។ សូមកែលេខ</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version ({count} paragraphs); correct the number</source>
        <translation>សក្ខីកម្មគ្មានកថាខណ្ឌ {position} ក្នុងកំណែបច្ចុប្បន្នទេ ({count} កថាខណ្ឌ)។ សូមកែលេខ</translation>
    </message>
    <message>
        <source>the statement is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>សក្ខីកម្មត្រូវបានទុកចោលពីកញ្ចប់នេះ ({why})។ ការដកស្រង់បោះពុម្ពជា {withheld}</translation>
    </message>
    <message>
        <source>the statement is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>សក្ខីកម្មមិននៅក្នុងកញ្ចប់នេះទេ (គ្មានហេតុការណ៍ ឬស្លាកដែលបានរួមបញ្ចូលសំដៅលើវាទេ។ សូមភ្ជាប់វាទៅហេតុការណ៍នៃការចោទប្រកាន់ ឬលុបការដកស្រង់ចេញ)។ ការដកស្រង់បោះពុម្ពជា {withheld}</translation>
    </message>
    <message>
        <source>the stored file {name}</source>
        <translation>ឯកសារដែលបានរក្សាទុក {name}</translation>
    </message>
    <message>
        <source>the text is far longer than an identity</source>
        <translation>អត្ថបទវែងជាងអត្តសញ្ញាណឆ្ងាយណាស់</translation>
    </message>
    <message>
        <source>the token was issued for different data than {claimed}</source>
        <translation>token ត្រូវបានចេញសម្រាប់ទិន្នន័យផ្សេងពី {claimed}</translation>
    </message>
    <message>
        <source>the witness withdrew consent on {date}</source>
        <translation>សាក្សីបានដកការយល់ព្រមវិញនៅ {date}</translation>
    </message>
    <message>
        <source>there is data after the end of the archive</source>
        <translation>មានទិន្នន័យបន្ទាប់ពីចុងបណ្ណសារ</translation>
    </message>
    <message>
        <source>time-stamp {name}: {problem}</source>
        <translation>ត្រាពេលវេលា {name}៖ {problem}</translation>
    </message>
    <message>
        <source>uses.json is not in the format {uses_format}; restore it from the installation.</source>
        <translation>uses.json មិនស្ថិតក្នុងទម្រង់ {uses_format} ទេ។ សូមស្តារវាពីការដំឡើង។</translation>
    </message>
    <message>
        <source>victims recorded (persons)</source>
        <translation>ជនរងគ្រោះដែលបានកត់ត្រា (បុគ្គល)</translation>
    </message>
    <message>
        <source>{at}/actor_id: the signer is not listed under signers</source>
        <translation>{at}/actor_id: អ្នកចុះហត្ថលេខាមិនត្រូវបានរាយក្រោម signers ទេ</translation>
    </message>
    <message>
        <source>{at}/at: {time_problem}</source>
        <translation>{at}/at: {time_problem}</translation>
    </message>
    <message>
        <source>{at}/casebook_id: this casebook&apos;s chain is listed twice</source>
        <translation>{at}/casebook_id: ខ្សែសង្វាក់របស់សៀវភៅសំណុំរឿងនេះត្រូវបានរាយពីរដង</translation>
    </message>
    <message>
        <source>{at}/char_end: the range does not fit the passage ({length} characters)</source>
        <translation>{at}/char_end: ចន្លោះមិនសមនឹងផ្នែកអត្ថបទទេ ({length} តួអក្សរ)</translation>
    </message>
    <message>
        <source>{at}/charge_id: refers to a charge that is not in this case</source>
        <translation>{at}/charge_id: យោងទៅការចោទប្រកាន់ដែលមិននៅក្នុងសំណុំរឿងនេះ</translation>
    </message>
    <message>
        <source>{at}/created_at: give a date and time with its UTC offset</source>
        <translation>{at}/created_at: សូមផ្តល់កាលបរិច្ឆេទ និងម៉ោង ជាមួយគម្លាតម៉ោង UTC របស់វា</translation>
    </message>
    <message>
        <source>{at}/crime_id: {error}</source>
        <translation>{at}/crime_id: {error}</translation>
    </message>
    <message>
        <source>{at}/element_id: is not a contextual element of taxonomy {version}</source>
        <translation>{at}/element_id: មិនមែនជាធាតុផ្សំបរិបទនៃបញ្ជីឧក្រិដ្ឋកម្ម {version} ទេ</translation>
    </message>
    <message>
        <source>{at}/element_id: there is no such element in taxonomy {version}</source>
        <translation>{at}/element_id: គ្មានធាតុផ្សំបែបនេះក្នុងបញ្ជីឧក្រិដ្ឋកម្ម {version} ទេ</translation>
    </message>
    <message>
        <source>{at}/element_id: {note}</source>
        <translation>{at}/element_id: {note}</translation>
    </message>
    <message>
        <source>{at}/element_kind: {element_id} is a {kind} element</source>
        <translation>{at}/element_kind: {element_id} គឺជាធាតុផ្សំ {kind}</translation>
    </message>
    <message>
        <source>{at}/filter/case_ids: a pattern may count only its own case</source>
        <translation>{at}/filter/case_ids: លំនាំអាចរាប់បានតែសំណុំរឿងរបស់ខ្លួនប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>{at}/filter: is not a pattern filter Casebook reads</source>
        <translation>{at}/filter: មិនមែនជាតម្រងលំនាំដែល Casebook អានទេ</translation>
    </message>
    <message>
        <source>{at}/id: this id is already in use</source>
        <translation>{at}/id: id នេះកំពុងត្រូវបានប្រើរួចហើយ</translation>
    </message>
    <message>
        <source>{at}/incident_ids/{j}: refers to an incident not in this case</source>
        <translation>{at}/incident_ids/{j}: យោងទៅហេតុការណ៍ដែលមិននៅក្នុងសំណុំរឿងនេះ</translation>
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
        <translation>{at}/perpetrators/{j}: បុគ្គល និងទម្រង់ដដែលលេចឡើងពីរដង</translation>
    </message>
    <message>
        <source>{at}/sequence: is {sequence}, expected {expected}</source>
        <translation>{at}/sequence: គឺ {sequence} ត្រូវបានរំពឹង {expected}</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature: មិនត្រូវនឹងព្រឹត្តិការណ៍ទេ៖ ព្រឹត្តិការណ៍ ឬកូនសោរបស់អ្នកចុះហត្ថលេខាត្រូវបានផ្លាស់ប្តូរ បន្ទាប់ពីវាត្រូវបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event, the item&apos;s SHA-256 or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature: មិនត្រូវនឹងព្រឹត្តិការណ៍ទេ៖ ព្រឹត្តិការណ៍ SHA-256 នៃធាតុ ឬកូនសោរបស់អ្នកចុះហត្ថលេខាត្រូវបានផ្លាស់ប្តូរ បន្ទាប់ពីវាត្រូវបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>{at}/supersedes_id: {elsewhere}</source>
        <translation>{at}/supersedes_id: {elsewhere}</translation>
    </message>
    <message>
        <source>{at}/target_id: refers to a record that is not in this case</source>
        <translation>{at}/target_id: យោងទៅកំណត់ត្រាដែលមិននៅក្នុងសំណុំរឿងនេះ</translation>
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
        <translation>{at}/{key}: យោងទៅ {kind} ដែលមិននៅក្នុងសំណុំរឿងនេះ</translation>
    </message>
    <message>
        <source>{at}: the same tag appears twice</source>
        <translation>{at}: ស្លាកដដែលលេចឡើងពីរដង</translation>
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
        <translation>{citation} បានអនុវត្តតែចំពោះអំពើរហូតដល់ {date}</translation>
    </message>
    <message>
        <source>{citation} applies only to acts from {date}</source>
        <translation>{citation} អនុវត្តតែចំពោះអំពើចាប់ពី {date}</translation>
    </message>
    <message>
        <source>{citation} was amended with effect from {date}; for incident {number} ({span}) the earlier words apply ({change})</source>
        <translation>{citation} ត្រូវបានធ្វើវិសោធនកម្ម មានប្រសិទ្ធភាពចាប់ពី {date}។ សម្រាប់ហេតុការណ៍ {number} ({span}) ពាក្យពេចន៍មុនត្រូវអនុវត្ត ({change})</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; does not map onto crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>បទប្បញ្ញត្តិ {code} &apos;{provision_id}&apos; មិនត្រូវនឹងឧក្រិដ្ឋកម្ម {crime} ទេ។ បទប្បញ្ញត្តិនៃ {code} ដែលត្រូវ៖ {provisions}។</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; is not a provision id of that law and cannot cite crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>បទប្បញ្ញត្តិ {code} &apos;{provision_id}&apos; មិនមែនជា id បទប្បញ្ញត្តិនៃច្បាប់នោះទេ ហើយមិនអាចយោងឧក្រិដ្ឋកម្ម {crime} បានទេ។ បទប្បញ្ញត្តិនៃ {code} ដែលត្រូវ៖ {provisions}។</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>ថ្ងៃទី {day} ខែ{month} ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>{destination} is a file; give a folder to keep backups in.</source>
        <translation>{destination} គឺជាឯកសារ។ សូមផ្តល់ថតមួយសម្រាប់រក្សាទុកច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <source>{display_name} already has a key slot in this casebook.</source>
        <translation>{display_name} មានរន្ធកូនសោក្នុងសៀវភៅសំណុំរឿងនេះរួចហើយ។</translation>
    </message>
    <message>
        <source>{display_name} is registered as a {role}, not a supervisor; only supervisors get a key slot.</source>
        <translation>{display_name} ត្រូវបានចុះឈ្មោះជា {role} មិនមែនជាអ្នកត្រួតពិនិត្យទេ។ មានតែអ្នកត្រួតពិនិត្យប៉ុណ្ណោះដែលទទួលបានរន្ធកូនសោ។</translation>
    </message>
    <message>
        <source>{existing} already exists. Move it away or choose another folder.</source>
        <translation>{existing} មានរួចហើយ។ សូមផ្លាស់ទីវាចេញ ឬជ្រើសរើសថតផ្សេង។</translation>
    </message>
    <message>
        <source>{file}, entry {entry}</source>
        <translation>{file} ធាតុ {entry}</translation>
    </message>
    <message>
        <source>{final} already exists and is not a backup of this casebook, so it was left alone. Choose a new folder, or use --keep N with a folder that holds backups.</source>
        <translation>{final} មានរួចហើយ ហើយមិនមែនជាច្បាប់បម្រុងទុកនៃសៀវភៅសំណុំរឿងនេះទេ ដូច្នេះវាត្រូវបានទុកចោលដដែល។ សូមជ្រើសរើសថតថ្មី ឬប្រើ --keep N ជាមួយថតដែលផ្ទុកច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ឬ {second}</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty. Choose a new folder name for the casebook.</source>
        <translation>{folder} មានរួចហើយ ហើយមិនទទេ។ សូមជ្រើសរើសឈ្មោះថតថ្មីសម្រាប់សៀវភៅសំណុំរឿង។</translation>
    </message>
    <message>
        <source>{folder} already exists. The files are written into a new folder: give a name that does not exist yet, or move that one away.</source>
        <translation>{folder} មានរួចហើយ។ ឯកសារត្រូវបានសរសេរទៅក្នុងថតថ្មី៖ សូមផ្តល់ឈ្មោះដែលមិនទាន់មាន ឬផ្លាស់ទីថតនោះចេញ។</translation>
    </message>
    <message>
        <source>{folder} is not a casebook folder (it has no {db_name}). Choose the folder that Casebook created.</source>
        <translation>{folder} មិនមែនជាថតសៀវភៅសំណុំរឿងទេ (វាគ្មាន {db_name})។ សូមជ្រើសរើសថតដែល Casebook បានបង្កើត។</translation>
    </message>
    <message>
        <source>{folder}: is a file or a link, not the folder Casebook keeps time-stamps in. Find out how it got there, then move it out of the casebook folder.</source>
        <translation>{folder}: គឺជាឯកសារ ឬតំណ មិនមែនជាថតដែល Casebook រក្សាទុកត្រាពេលវេលាទេ។ សូមស្វែងរកថាវាមកដល់ទីនោះដោយរបៀបណា បន្ទាប់មកផ្លាស់ទីវាចេញពីថតសៀវភៅសំណុំរឿង។</translation>
    </message>
    <message>
        <source>{here}: differs from {whose} history this casebook already holds of that casebook: entries were changed or removed in between</source>
        <translation>{here}: ខុសពីប្រវត្តិរបស់ {whose} ដែលសៀវភៅសំណុំរឿងនេះមានរួចហើយពីសៀវភៅសំណុំរឿងនោះ៖ ធាតុត្រូវបានផ្លាស់ប្តូរ ឬដកចេញនៅចន្លោះនោះ</translation>
    </message>
    <message>
        <source>{here}: does not follow on from the entry before it</source>
        <translation>{here}: មិនបន្តពីធាតុមុនរបស់វាទេ</translation>
    </message>
    <message>
        <source>{here}: does not match its own hash: the history was altered after it was written</source>
        <translation>{here}: មិនត្រូវនឹង hash របស់វាផ្ទាល់ទេ៖ ប្រវត្តិត្រូវបានកែប្រែបន្ទាប់ពីវាត្រូវបានសរសេរ</translation>
    </message>
    <message>
        <source>{key_file} names a different key than the manifest; do not trust either until the sender confirms the fingerprint.</source>
        <translation>{key_file} ដាក់ឈ្មោះកូនសោផ្សេងពី manifest។ សូមកុំទុកចិត្តទាំងពីរ រហូតដល់អ្នកផ្ញើបញ្ជាក់ស្នាមម្រាមដៃឌីជីថល។</translation>
    </message>
    <message>
        <source>{key} ({title}) applies only to {categories}, and {crime} is {category}.</source>
        <translation>{key} ({title}) អនុវត្តតែចំពោះ {categories} ហើយ {crime} គឺជា {category}។</translation>
    </message>
    <message>
        <source>{key} ({title}) is not a mode of liability one is charged under.</source>
        <translation>{key} ({title}) មិនមែនជាទម្រង់នៃការទទួលខុសត្រូវដែលគេត្រូវបានចោទប្រកាន់តាមទេ។</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} ត្រូវតែជាអត្ថបទ</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}: {reason}</translation>
    </message>
    <message>
        <source>{label} is too large to open here ({mib} MiB read so far). Export it to a folder of your choice instead.</source>
        <translation>{label} ធំពេកមិនអាចបើកនៅទីនេះបានទេ (បានអាន {mib} MiB រហូតមកដល់ពេលនេះ)។ សូមនាំចេញវាទៅថតដែលអ្នកជ្រើសរើសជំនួសវិញ។</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{location} is neither a bundle folder nor a zip file. Give the folder that holds manifest.json, or the bundle&apos;s .zip (decrypt an .age file first with age).</source>
        <translation>{location} មិនមែនជាថតកញ្ចប់ ហើយក៏មិនមែនជាឯកសារ zip ដែរ។ សូមផ្តល់ថតដែលផ្ទុក manifest.json ឬឯកសារ .zip របស់កញ្ចប់ (ឌិគ្រីបឯកសារ .age ជាមុនសិនដោយ age)។</translation>
    </message>
    <message>
        <source>{manifest} has format {found}, not {format}.</source>
        <translation>{manifest} មានទម្រង់ {found} មិនមែន {format} ទេ។</translation>
    </message>
    <message>
        <source>{manifest} is missing, so nothing in the bundle can be checked.</source>
        <translation>{manifest} បាត់ ដូច្នេះគ្មានអ្វីក្នុងកញ្ចប់អាចត្រូវបានពិនិត្យបានទេ។</translation>
    </message>
    <message>
        <source>{manifest} is not a readable Casebook manifest (it was damaged or edited).</source>
        <translation>{manifest} មិនមែនជា manifest របស់ Casebook ដែលអាចអានបានទេ (វាត្រូវបានខូច ឬកែ)។</translation>
    </message>
    <message>
        <source>{manifest} lists an unsafe path {name}.</source>
        <translation>{manifest} រាយផ្លូវមិនមានសុវត្ថិភាព {name}។</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>ខែ{month} ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>{month} {year} (day unknown)</source>
        <translation>ខែ{month} ឆ្នាំ {year} (មិនដឹងថ្ងៃ)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} គឺជាថត មិនមែនជាឯកសារទេ។</translation>
    </message>
    <message>
        <source>{name} is in the way (left from an interrupted package?). Remove it and try again.</source>
        <translation>{name} កំពុងរារាំង (សល់ពីកញ្ចប់ដែលត្រូវបានរំខាន?)។ សូមដកវាចេញ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; nothing was imported.</source>
        <translation>{name} មិនមែនជាអត្ថបទ UTF-8 ទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg}); nothing was imported.</source>
        <translation>{name} មិនមែនជា JSON ត្រឹមត្រូវទេ (បន្ទាត់ {lineno} ជួរឈរ {colno}: {msg})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is {code}: give the code {code} instead of the name.</source>
        <translation>{name} គឺ {code}៖ សូមផ្តល់លេខកូដ {code} ជំនួសឱ្យឈ្មោះ។</translation>
    </message>
    <message>
        <source>{name} is {size} MiB; interchange documents over {limit} MiB are refused. Split the export by case.</source>
        <translation>{name} មានទំហំ {size} MiB។ ឯកសារផ្លាស់ប្តូរទិន្នន័យលើសពី {limit} MiB ត្រូវបានបដិសេធ។ សូមបែងចែកការនាំចេញតាមសំណុំរឿង។</translation>
    </message>
    <message>
        <source>{name}: has {size} bytes, but the manifest records {recorded}.</source>
        <translation>{name}: មាន {size} បៃ ប៉ុន្តែ manifest កត់ត្រា {recorded}។</translation>
    </message>
    <message>
        <source>{name}: its SHA-256 does not match the manifest; the file was changed or damaged.</source>
        <translation>{name}: SHA-256 របស់វាមិនត្រូវនឹង manifest ទេ។ ឯកសារត្រូវបានផ្លាស់ប្តូរ ឬខូច។</translation>
    </message>
    <message>
        <source>{name}: listed in the manifest but missing from the bundle.</source>
        <translation>{name}: មានរាយក្នុង manifest ប៉ុន្តែបាត់ពីកញ្ចប់។</translation>
    </message>
    <message>
        <source>{name}: present in the bundle but not listed in the manifest.</source>
        <translation>{name}: មានក្នុងកញ្ចប់ ប៉ុន្តែមិនបានរាយក្នុង manifest ទេ។</translation>
    </message>
    <message>
        <source>{out} already exists. Choose a new file name for the package.</source>
        <translation>{out} មានរួចហើយ។ សូមជ្រើសរើសឈ្មោះឯកសារថ្មីសម្រាប់កញ្ចប់។</translation>
    </message>
    <message>
        <source>{path}: Casebook did not put this in the casebook folder. Find out how it got there, then move it out of the folder.</source>
        <translation>{path}: Casebook មិនបានដាក់វាក្នុងថតសៀវភៅសំណុំរឿងទេ។ សូមស្វែងរកថាវាមកដល់ទីនោះដោយរបៀបណា បន្ទាប់មកផ្លាស់ទីវាចេញពីថតនោះ។</translation>
    </message>
    <message>
        <source>{path}: a stored (encrypted) file that no record refers to. An interrupted import can leave one, or casebook.db is older than the rest of the folder; keep the file until you know which.</source>
        <translation>{path}: ឯកសារដែលបានរក្សាទុក (បានអ៊ិនគ្រីប) ដែលគ្មានកំណត់ត្រាណាយោងទៅ។ ការនាំចូលដែលត្រូវបានរំខានអាចទុកវាចោល ឬ casebook.db ចាស់ជាងផ្នែកផ្សេងទៀតនៃថត។ សូមរក្សាឯកសារនោះទុក រហូតដល់អ្នកដឹងថាមួយណា។</translation>
    </message>
    <message>
        <source>{path}: not a time-stamp Casebook made; find out where it came from, then remove it</source>
        <translation>{path}: មិនមែនជាត្រាពេលវេលាដែល Casebook បានបង្កើតទេ។ សូមស្វែងរកថាវាមកពីណា បន្ទាប់មកដកវាចេញ</translation>
    </message>
    <message>
        <source>{path}: refers to a person that is not in this case</source>
        <translation>{path}: យោងទៅបុគ្គលដែលមិននៅក្នុងសំណុំរឿងនេះ</translation>
    </message>
    <message>
        <source>{path}: refers to a {kind} that is not in this case</source>
        <translation>{path}: យោងទៅ {kind} ដែលមិននៅក្នុងសំណុំរឿងនេះ</translation>
    </message>
    <message>
        <source>{path}: the person is not an alleged perpetrator (role {role})</source>
        <translation>{path}: បុគ្គលនេះមិនមែនជាជនសង្ស័យទេ (តួនាទី {role})</translation>
    </message>
    <message>
        <source>{place} is a complaint bundle exported before; writing into it would break its signed manifest. Choose another folder (for example the one that holds it), or move that bundle away.</source>
        <translation>{place} គឺជាកញ្ចប់ពាក្យបណ្តឹងដែលបាននាំចេញពីមុន។ ការសរសេរចូលវានឹងបំបែក manifest ដែលបានចុះហត្ថលេខារបស់វា។ សូមជ្រើសរើសថតផ្សេង (ឧទាហរណ៍ ថតដែលផ្ទុកវា) ឬផ្លាស់ទីកញ្ចប់នោះចេញ។</translation>
    </message>
    <message>
        <source>{place} is a file, not a folder. Choose a folder for the bundle (a new one is created if it does not exist), or move that file away.</source>
        <translation>{place} គឺជាឯកសារ មិនមែនជាថតទេ។ សូមជ្រើសរើសថតមួយសម្រាប់កញ្ចប់ (ថតថ្មីនឹងត្រូវបានបង្កើត ប្រសិនបើវាមិនទាន់មាន) ឬផ្លាស់ទីឯកសារនោះចេញ។</translation>
    </message>
    <message>
        <source>{problem} Choose one of: {choices}.</source>
        <translation>{problem} សូមជ្រើសរើសមួយក្នុងចំណោម៖ {choices}។</translation>
    </message>
    <message>
        <source>{pseudonym} affiliation</source>
        <translation>សម្ព័ន្ធភាពរបស់ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} has no consent recorded</source>
        <translation>{pseudonym} គ្មានការយល់ព្រមត្រូវបានកត់ត្រាទេ</translation>
    </message>
    <message>
        <source>{pseudonym} has no identity recorded to seal.</source>
        <translation>{pseudonym} គ្មានអត្តសញ្ញាណត្រូវបានកត់ត្រាដើម្បីបិទត្រាទេ។</translation>
    </message>
    <message>
        <source>{pseudonym} is already charged under {mode} in this charge.</source>
        <translation>{pseudonym} ត្រូវបានចោទប្រកាន់រួចហើយក្រោម {mode} ក្នុងការចោទប្រកាន់នេះ។</translation>
    </message>
    <message>
        <source>{pseudonym} is not recorded as an alleged perpetrator (roles: {roles}). Add the role alleged_perpetrator to this person first, or choose another person.</source>
        <translation>{pseudonym} មិនត្រូវបានកត់ត្រាជាជនសង្ស័យទេ (តួនាទី៖ {roles})។ សូមបន្ថែមតួនាទី alleged_perpetrator ទៅបុគ្គលនេះជាមុនសិន ឬជ្រើសរើសបុគ្គលផ្សេង។</translation>
    </message>
    <message>
        <source>{pseudonym} position</source>
        <translation>មុខតំណែងរបស់ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} rank</source>
        <translation>ឋានន្តរស័ក្តិរបស់ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} unit</source>
        <translation>អង្គភាពរបស់ {pseudonym}</translation>
    </message>
    <message>
        <source>{pseudonym} withdrew consent on {date}</source>
        <translation>{pseudonym} បានដកការយល់ព្រមវិញនៅ {date}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover publication</source>
        <translation>ការយល់ព្រមរបស់ {pseudonym} មិនគ្របដណ្តប់ការផ្សព្វផ្សាយជាសាធារណៈទេ</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings</source>
        <translation>ការយល់ព្រមរបស់ {pseudonym} មិនគ្របដណ្តប់ការប្រើប្រាស់ក្នុងនីតិវិធីតុលាការទេ</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings with {recipient}</source>
        <translation>ការយល់ព្រមរបស់ {pseudonym} មិនគ្របដណ្តប់ការប្រើប្រាស់ក្នុងនីតិវិធីតុលាការជាមួយ {recipient} ទេ</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover {use}</source>
        <translation>ការយល់ព្រមរបស់ {pseudonym} មិនគ្របដណ្តប់ {use} ទេ</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s identity cannot be disclosed in this export: {reason}. Remove {pseudonym} from the identities to seal.</source>
        <translation>អត្តសញ្ញាណរបស់ {pseudonym} មិនអាចបង្ហាញក្នុងការនាំចេញនេះបានទេ៖ {reason}។ សូមដក {pseudonym} ចេញពីអត្តសញ្ញាណដែលត្រូវបិទត្រា។</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s statement is left out of this export for lack of consent, so their identity cannot be disclosed in it either. Remove {pseudonym} from the identities to seal.</source>
        <translation>សក្ខីកម្មរបស់ {pseudonym} ត្រូវបានទុកចោលពីការនាំចេញនេះ ដោយសារខ្វះការយល់ព្រម ដូច្នេះអត្តសញ្ញាណរបស់គេក៏មិនអាចបង្ហាញក្នុងនោះបានដែរ។ សូមដក {pseudonym} ចេញពីអត្តសញ្ញាណដែលត្រូវបិទត្រា។</translation>
    </message>
    <message>
        <source>{reasons}; {reason}</source>
        <translation>{reasons}; {reason}</translation>
    </message>
    <message>
        <source>{signature} does not match {manifest}: the manifest was changed after it was signed, or the signature belongs to another manifest or key.</source>
        <translation>{signature} មិនត្រូវនឹង {manifest} ទេ៖ manifest ត្រូវបានផ្លាស់ប្តូរបន្ទាប់ពីវាត្រូវបានចុះហត្ថលេខា ឬហត្ថលេខាជារបស់ manifest ឬកូនសោផ្សេង។</translation>
    </message>
    <message>
        <source>{signature} is missing: the manifest is not signed.</source>
        <translation>{signature} បាត់៖ manifest មិនត្រូវបានចុះហត្ថលេខាទេ។</translation>
    </message>
    <message>
        <source>{source} has no root certificate (one that signed itself). Add the root certificate the TSA publishes after its own certificate in the PEM file.</source>
        <translation>{source} គ្មានវិញ្ញាបនបត្រឫស (វិញ្ញាបនបត្រដែលចុះហត្ថលេខាលើខ្លួនឯង) ទេ។ សូមបន្ថែមវិញ្ញាបនបត្រឫសដែល TSA ផ្សព្វផ្សាយ បន្ទាប់ពីវិញ្ញាបនបត្ររបស់វាផ្ទាល់ក្នុងឯកសារ PEM។</translation>
    </message>
    <message>
        <source>{source} holds no certificate Casebook can read. Give the TSA&apos;s certificate chain as a PEM file (the TSA&apos;s certificate and its root).</source>
        <translation>{source} មិនផ្ទុកវិញ្ញាបនបត្រដែល Casebook អាចអានបានទេ។ សូមផ្តល់ខ្សែសង្វាក់វិញ្ញាបនបត្ររបស់ TSA ជាឯកសារ PEM (វិញ្ញាបនបត្ររបស់ TSA និងឫសរបស់វា)។</translation>
    </message>
    <message>
        <source>{source} is not a certificate file. Give the TSA&apos;s PEM chain.</source>
        <translation>{source} មិនមែនជាឯកសារវិញ្ញាបនបត្រទេ។ សូមផ្តល់ខ្សែសង្វាក់ PEM របស់ TSA។</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} ដល់ {end}</translation>
    </message>
    <message>
        <source>{summary} Pattern annex: counts across the incidents of the case that may be disclosed; counts of persons below {threshold} shown as &apos;&lt; {threshold}&apos;.</source>
        <translation>{summary} ឧបសម្ព័ន្ធលំនាំ៖ ចំនួនលើហេតុការណ៍នៃសំណុំរឿងដែលអាចបង្ហាញបាន។ ចំនួនបុគ្គលក្រោម {threshold} ត្រូវបានបង្ហាញជា &apos;&lt; {threshold}&apos;។</translation>
    </message>
    <message>
        <source>{target} already exists. Choose another file name.</source>
        <translation>{target} មានរួចហើយ។ សូមជ្រើសរើសឈ្មោះឯកសារផ្សេង។</translation>
    </message>
    <message>
        <source>{url} is not a time-stamp authority address. Give its http:// or https:// URL, as the TSA publishes it.</source>
        <translation>{url} មិនមែនជាអាសយដ្ឋានអាជ្ញាធរត្រាពេលវេលាទេ។ សូមផ្តល់ URL http:// ឬ https:// របស់វា ដូចដែល TSA ផ្សព្វផ្សាយ។</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: must be a path inside the JSON file&apos;s folder, relative to it, with no &apos;..&apos; and no symbolic link</source>
        <translation>{where}/evidence/{i}/file: ត្រូវតែជាផ្លូវនៅក្នុងថតរបស់ឯកសារ JSON ដែលទាក់ទងនឹងវា គ្មាន &apos;..&apos; និងគ្មានតំណនិមិត្តសញ្ញា</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: there is no file at this path beside the JSON file</source>
        <translation>{where}/evidence/{i}/file: គ្មានឯកសារនៅផ្លូវនេះក្បែរឯកសារ JSON ទេ</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/sha256: a file needs its SHA-256 to be checked</source>
        <translation>{where}/evidence/{i}/sha256: ឯកសារមួយត្រូវការ SHA-256 របស់វា ដើម្បីត្រូវបានពិនិត្យ</translation>
    </message>
    <message>
        <source>{where}/persons: the pseudonym {dup} is used twice</source>
        <translation>{where}/persons: ឈ្មោះក្លែង {dup} ត្រូវបានប្រើពីរដង</translation>
    </message>
    <message>
        <source>{where}/reference: a case with this reference already exists</source>
        <translation>{where}/reference: សំណុំរឿងដែលមានលេខយោងនេះមានរួចហើយ</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/id: this signer is listed twice</source>
        <translation>{where}/signers/{i}/id: អ្នកចុះហត្ថលេខានេះត្រូវបានរាយពីរដង</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/signing_public_key: is not an Ed25519 key</source>
        <translation>{where}/signers/{i}/signing_public_key: មិនមែនជាកូនសោ Ed25519 ទេ</translation>
    </message>
    <message>
        <source>{where}/signers: a signer has the id of a user of this casebook but another signing key; someone may be impersonating a colleague</source>
        <translation>{where}/signers: អ្នកចុះហត្ថលេខាម្នាក់មាន id របស់អ្នកប្រើនៃសៀវភៅសំណុំរឿងនេះ ប៉ុន្តែមានកូនសោចុះហត្ថលេខាផ្សេង។ នរណាម្នាក់ប្រហែលជាកំពុងក្លែងខ្លួនជាសហការី</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</source>
        <translation>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments/{j}/id: already in use</source>
        <translation>{where}/testimonies/{i}/segments/{j}/id: កំពុងត្រូវបានប្រើរួចហើយ</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments: two segments share a position</source>
        <translation>{where}/testimonies/{i}/segments: ផ្នែកពីរមានទីតាំងដូចគ្នា</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/{path}/id: this id is already in use</source>
        <translation>{where}/testimonies/{i}/{path}/id: id នេះកំពុងត្រូវបានប្រើរួចហើយ</translation>
    </message>
    <message>
        <source>{where}/{key}/{i}/id: this id is already in use</source>
        <translation>{where}/{key}/{i}/id: id នេះកំពុងត្រូវបានប្រើរួចហើយ</translation>
    </message>
    <message>
        <source>{where}: does not follow on from the entry before it</source>
        <translation>{where}: មិនបន្តពីធាតុមុនរបស់វាទេ</translation>
    </message>
    <message>
        <source>{where}: entries before it are missing</source>
        <translation>{where}: ធាតុមុនវាបាត់</translation>
    </message>
    <message>
        <source>{where}: expected entry {expected} here; entries are missing</source>
        <translation>{where}: រំពឹងធាតុ {expected} នៅទីនេះ។ ធាតុបាត់</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was received</source>
        <translation>{where}: ខ្លឹមសាររបស់វាត្រូវបានកែប្រែ បន្ទាប់ពីវាត្រូវបានទទួល</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was written</source>
        <translation>{where}: ខ្លឹមសាររបស់វាត្រូវបានកែប្រែ បន្ទាប់ពីវាត្រូវបានសរសេរ</translation>
    </message>
    <message>
        <source>{where}: its signature does not match its content</source>
        <translation>{where}: ហត្ថលេខារបស់វាមិនត្រូវនឹងខ្លឹមសាររបស់វាទេ</translation>
    </message>
    <message>
        <source>{where}: set by {label}, {why}, so it does not count. Verify that identity&apos;s fingerprint with its owner (`casebook identity verify`) if it is genuine.</source>
        <translation>{where}: កំណត់ដោយ {label} {why} ដូច្នេះវាមិនរាប់ទេ។ សូមផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃឌីជីថលនៃអត្តសញ្ញាណនោះជាមួយម្ចាស់របស់វា (`casebook identity verify`) ប្រសិនបើវាពិតប្រាកដ។</translation>
    </message>
    <message>
        <source>{where}: the sequence skips from {last}</source>
        <translation>{where}: លំដាប់លោតពី {last}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{who} place</source>
        <translation>ទីកន្លែងរបស់ {who}</translation>
    </message>
    <message>
        <source>{who} {part}</source>
        <translation>{who} {part}</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>ឆ្នាំ {year}</translation>
    </message>
    <message>
        <source>{year} (month unknown)</source>
        <translation>ឆ្នាំ {year} (មិនដឹងខែ)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>ប្តូរឃ្លាសម្ងាត់(&amp;C)</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>ប្តូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>The new passphrase opens this casebook from now on; the old one no longer does. The data is not rewritten. The recovery key stays as it is.</source>
        <translation>ចាប់ពីពេលនេះ ឃ្លាសម្ងាត់ថ្មីបើកសៀវភៅសំណុំរឿងនេះ ឃ្លាសម្ងាត់ចាស់លែងបើកបានទៀតហើយ។ ទិន្នន័យមិនត្រូវបានសរសេរឡើងវិញទេ។ កូនសោសង្គ្រោះនៅដដែល។</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន៖</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>ឃ្លាសម្ងាត់ថ្មី៖</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>វាយឃ្លាសម្ងាត់ដែលបើកវាឥឡូវនេះ។</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>New charge</source>
        <translation>ការចោទប្រកាន់ថ្មី</translation>
    </message>
    <message>
        <source>Choose the crime to charge.</source>
        <translation>ជ្រើសរើសឧក្រិដ្ឋកម្មដែលត្រូវចោទប្រកាន់។</translation>
    </message>
    <message>
        <source>optional; the crime&apos;s title is used</source>
        <translation>ស្រេចចិត្ត៖ ចំណងជើងនៃឧក្រិដ្ឋកម្មត្រូវបានប្រើ</translation>
    </message>
    <message>
        <source>National provision (Germany, VStGB)</source>
        <translation>បទប្បញ្ញត្តិជាតិ (អាល្លឺម៉ង់, VStGB)</translation>
    </message>
    <message>
        <source>Alleged perpetrators and their mode of liability</source>
        <translation>ជនសង្ស័យ និងទម្រង់នៃការទទួលខុសត្រូវរបស់ពួកគេ</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>ជនសង្ស័យ</translation>
    </message>
    <message>
        <source>Mode of liability</source>
        <translation>ទម្រង់នៃការទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>No person of this case has the role alleged perpetrator yet.</source>
        <translation>មិនទាន់មានបុគ្គលណាម្នាក់ក្នុងសំណុំរឿងនេះមានតួនាទីជាជនសង្ស័យនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Incidents the charge rests on</source>
        <translation>ហេតុការណ៍ដែលការចោទប្រកាន់ផ្អែកលើ</translation>
    </message>
    <message>
        <source>Crime:</source>
        <translation>ឧក្រិដ្ឋកម្ម៖</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ចំណងជើង៖</translation>
    </message>
    <message>
        <source>German provision:</source>
        <translation>បទប្បញ្ញត្តិអាល្លឺម៉ង់៖</translation>
    </message>
    <message>
        <source>Perpetrators:</source>
        <translation>ជនសង្ស័យ៖</translation>
    </message>
    <message>
        <source>Rests on incidents
(none: all material):</source>
        <translation>ផ្អែកលើហេតុការណ៍
(គ្មាន៖ សម្ភារៈទាំងអស់)៖</translation>
    </message>
    <message>
        <source>Add charge</source>
        <translation>បន្ថែមការចោទប្រកាន់</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>(no German provision)</source>
        <translation>(គ្មានបទប្បញ្ញត្តិអាល្លឺម៉ង់)</translation>
    </message>
    <message>
        <source>{citation} (partial match)</source>
        <translation>{citation} (ត្រូវគ្នាមួយផ្នែក)</translation>
    </message>
    <message>
        <source>(not charged)</source>
        <translation>(មិនត្រូវបានចោទប្រកាន់)</translation>
    </message>
    <message>
        <source>Choose the crime to charge first.</source>
        <translation>ជ្រើសរើសឧក្រិដ្ឋកម្មដែលត្រូវចោទប្រកាន់ជាមុនសិន។</translation>
    </message>
    <message>
        <source>The charge was not added</source>
        <translation>ការចោទប្រកាន់មិនត្រូវបានបន្ថែមទេ</translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <source>Charges</source>
        <translation>ការចោទប្រកាន់</translation>
    </message>
    <message>
        <source>Each charge is a crime, its alleged perpetrators with their mode of liability, the German provision and the incidents it rests on. Activate one to see its matrix.</source>
        <translation>ការចោទប្រកាន់នីមួយៗ គឺជាឧក្រិដ្ឋកម្មមួយ ជនសង្ស័យ និងទម្រង់នៃការទទួលខុសត្រូវរបស់ពួកគេ បទប្បញ្ញត្តិអាល្លឺម៉ង់ និងហេតុការណ៍ដែលវាផ្អែកលើ។ ចុចពីរដងលើមួយ ដើម្បីមើលតារាងម៉ាទ្រីសរបស់វា។</translation>
    </message>
    <message>
        <source>Charges of this case</source>
        <translation>ការចោទប្រកាន់នៃសំណុំរឿងនេះ</translation>
    </message>
    <message>
        <source>New charge…</source>
        <translation>ការចោទប្រកាន់ថ្មី…</translation>
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
        <translation>គ្មានបទប្បញ្ញត្តិជាតិ</translation>
    </message>
    <message>
        <source>no perpetrator charged</source>
        <translation>គ្មានជនសង្ស័យត្រូវបានចោទប្រកាន់</translation>
    </message>
    <message>
        <source>no elements</source>
        <translation>គ្មានធាតុផ្សំ</translation>
    </message>
    <message>
        <source>Charges ({count})</source>
        <translation>ការចោទប្រកាន់ ({count})</translation>
    </message>
</context>
<context>
    <name>CitePicker</name>
    <message>
        <source>Cite</source>
        <translation>ដកស្រង់</translation>
    </message>
    <message>
        <source>What to cite</source>
        <translation>អ្វីដែលត្រូវដកស្រង់</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>វាយដើម្បីត្រង</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>ត្រង</translation>
    </message>
    <message>
        <source>Material of this case</source>
        <translation>សម្ភារៈនៃសំណុំរឿងនេះ</translation>
    </message>
    <message>
        <source>Insert citation</source>
        <translation>បញ្ចូលការដកស្រង់</translation>
    </message>
    <message>
        <source>Choose what to cite from the list first.</source>
        <translation>ជ្រើសរើសអ្វីដែលត្រូវដកស្រង់ពីបញ្ជីជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>ភាពមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>ភាពមិនស៊ីគ្នាដែលមិនទាន់ដោះស្រាយ</translation>
    </message>
    <message>
        <source>Your value and theirs, field by field</source>
        <translation>តម្លៃរបស់អ្នក និងរបស់ពួកគេ តាមវាលនីមួយៗ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <source>Mine (kept now)</source>
        <translation>របស់ខ្ញុំ (រក្សាទុកឥឡូវ)</translation>
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation>របស់ពួកគេ (ចូលមក)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>រក្សារបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>យករបស់ពួកគេ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>{kind} · from {sender}
{when}</source>
        <translation>{kind} · ពី {sender}
{when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>គ្មានភាពមិនស៊ីគ្នាដែលមិនទាន់ដោះស្រាយទេ។</translation>
    </message>
    <message>
        <source>No open conflicts: every import merged cleanly.</source>
        <translation>គ្មានភាពមិនស៊ីគ្នាដែលមិនទាន់ដោះស្រាយទេ៖ ការនាំចូលទាំងអស់បានបញ្ចូលគ្នាដោយរលូន។</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>ភាពមិនស៊ីគ្នាមិនត្រូវបានដោះស្រាយទេ</translation>
    </message>
    <message>
        <source>Kept your version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>បានរក្សាកំណែរបស់អ្នកនៃ {kind} {unit}។ កញ្ចប់បន្ទាប់ទៅ {sender} នឹងនាំយកការសម្រេចនេះ។</translation>
    </message>
    <message>
        <source>Kept their version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>បានរក្សាកំណែរបស់ពួកគេនៃ {kind} {unit}។ កញ្ចប់បន្ទាប់ទៅ {sender} នឹងនាំយកការសម្រេចនេះ។</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Not recorded yet — choose how it was given</source>
        <translation>មិនទាន់បានកត់ត្រា — ជ្រើសរើសរបៀបដែលវាត្រូវបានផ្តល់</translation>
    </message>
    <message>
        <source>Written (signed form)</source>
        <translation>ជាលាយលក្ខណ៍អក្សរ (ទម្រង់បែបបទដែលបានចុះហត្ថលេខា)</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>ការថតសំឡេង</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>ការថតវីដេអូ</translation>
    </message>
    <message>
        <source>Oral, witnessed</source>
        <translation>ដោយផ្ទាល់មាត់ មានសាក្សីឃើញ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>May be used in legal proceedings</source>
        <translation>អាចប្រើក្នុងនីតិវិធីតុលាការ</translation>
    </message>
    <message>
        <source>May be published (without identity)</source>
        <translation>អាចផ្សព្វផ្សាយ (ដោយគ្មានអត្តសញ្ញាណ)</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>អាចទាក់ទងម្តងទៀត</translation>
    </message>
    <message>
        <source>Consent recorded as</source>
        <translation>ការយល់ព្រមបានកត់ត្រាជា</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>ផ្តល់នៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>ដកវិញនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>empty unless withdrawn</source>
        <translation>ទុកទទេ លើកលែងតែបានដកវិញ</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>កំណត់ចំណាំអំពីការដកវិញ</translation>
    </message>
    <message>
        <source>May go to (states and bodies):</source>
        <translation>អាចផ្តល់ទៅ (រដ្ឋ និងស្ថាប័ន)៖</translation>
    </message>
    <message>
        <source>Consent was withdrawn on {date}. Nothing from this statement may be shared or exported.</source>
        <translation>ការយល់ព្រមត្រូវបានដកវិញនៅថ្ងៃ {date}។ គ្មានអ្វីពីសក្ខីកម្មនេះអាចចែករំលែក ឬនាំចេញបានទេ។</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>no state or body named yet</source>
        <translation>មិនទាន់បានដាក់ឈ្មោះរដ្ឋ ឬស្ថាប័នណាមួយនៅឡើយ</translation>
    </message>
    <message>
        <source>legal proceedings ({recipients})</source>
        <translation>នីតិវិធីតុលាការ ({recipients})</translation>
    </message>
    <message>
        <source>publication without identity</source>
        <translation>ការផ្សព្វផ្សាយដោយគ្មានអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>The witness agreed to: {uses}.</source>
        <translation>សាក្សីបានយល់ព្រមចំពោះ៖ {uses}។</translation>
    </message>
    <message>
        <source>No use has been agreed yet: record what the witness consented to.</source>
        <translation>មិនទាន់មានការប្រើប្រាស់ណាមួយត្រូវបានយល់ព្រមនៅឡើយ៖ កត់ត្រាអ្វីដែលសាក្សីបានយល់ព្រម។</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>Documenter (field interviews)</source>
        <translation>អ្នកចងក្រងឯកសារ (ការសម្ភាសន៍នៅមូលដ្ឋាន)</translation>
    </message>
    <message>
        <source>Legal analyst</source>
        <translation>អ្នកវិភាគច្បាប់</translation>
    </message>
    <message>
        <source>Supervisor (review)</source>
        <translation>អ្នកត្រួតពិនិត្យ (ការពិនិត្យ)</translation>
    </message>
    <message>
        <source>Create a casebook</source>
        <translation>បង្កើតសៀវភៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>A casebook is one encrypted folder. Nothing in it can be read without your passphrase or the recovery key you will be shown next.</source>
        <translation>សៀវភៅសំណុំរឿង គឺជាថតមួយដែលបានអ៊ិនគ្រីប។ គ្មានអ្វីនៅក្នុងវាអាចអានបានទេ បើគ្មានឃ្លាសម្ងាត់របស់អ្នក ឬកូនសោសង្គ្រោះដែលនឹងបង្ហាញជូនអ្នកបន្ទាប់។</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>រុករក(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose location</source>
        <translation>ជ្រើសរើសទីតាំង</translation>
    </message>
    <message>
        <source>Casebook folder name</source>
        <translation>ឈ្មោះថតសៀវភៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>for example: border-interviews-2025</source>
        <translation>ឧទាហរណ៍៖ border-interviews-2025</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ឈ្មោះរបស់អ្នក</translation>
    </message>
    <message>
        <source>as it will appear in the audit log</source>
        <translation>ដូចដែលវានឹងបង្ហាញក្នុងកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>តួនាទីរបស់អ្នក</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>ទីតាំង៖</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>ឈ្មោះថត៖</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>ឈ្មោះរបស់អ្នក៖</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>តួនាទីរបស់អ្នក៖</translation>
    </message>
    <message>
        <source>Creating the casebook…</source>
        <translation>កំពុងបង្កើតសៀវភៅសំណុំរឿង…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>បង្កើត(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Where should the casebook folder be made?</source>
        <translation>តើគួរបង្កើតថតសៀវភៅសំណុំរឿងនៅទីណា?</translation>
    </message>
    <message>
        <source>Give the new casebook folder a name.</source>
        <translation>ដាក់ឈ្មោះឱ្យថតសៀវភៅសំណុំរឿងថ្មី។</translation>
    </message>
    <message>
        <source>A folder name cannot contain / or \.</source>
        <translation>ឈ្មោះថតមិនអាចមាន / ឬ \ បានទេ។</translation>
    </message>
    <message>
        <source>The casebook could not be created</source>
        <translation>មិនអាចបង្កើតសៀវភៅសំណុំរឿងបានទេ</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>ជ្រើសរើសកាលបរិច្ឆេទលើប្រតិទិន (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>ជ្រើសរើសកាលបរិច្ឆេទ</translation>
    </message>
</context>
<context>
    <name>DocumentationPanel</name>
    <message>
        <source>— not recorded —</source>
        <translation>— មិនបានកត់ត្រា —</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>អ្នកផ្សេងទៀតដែលមានវត្តមាន</translation>
    </message>
    <message>
        <source>Interview recorded as</source>
        <translation>ការសម្ភាសន៍បានកត់ត្រាជា</translation>
    </message>
    <message>
        <source>Notes by the interviewer</source>
        <translation>កំណត់ចំណាំរបស់អ្នកសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>ការថតសំឡេង</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>ការថតវីដេអូ</translation>
    </message>
    <message>
        <source>Statement written by the person</source>
        <translation>សក្ខីកម្មសរសេរដោយបុគ្គលនោះផ្ទាល់</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>វិធីផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Earlier accounts</source>
        <translation>ការរៀបរាប់ពីមុន</translation>
    </message>
    <message>
        <source>None given before</source>
        <translation>មិនដែលផ្តល់ពីមុនទេ</translation>
    </message>
    <message>
        <source>Given before</source>
        <translation>បានផ្តល់ពីមុន</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>បានផ្តល់ទៅ</translation>
    </message>
    <message>
        <source>e.g. a UN mission, a journalist</source>
        <translation>ឧ. បេសកកម្មអង្គការសហប្រជាជាតិ អ្នកសារព័ត៌មាន</translation>
    </message>
    <message>
        <source>Given when</source>
        <translation>បានផ្តល់នៅពេល</translation>
    </message>
    <message>
        <source>as the person remembers it</source>
        <translation>តាមដែលបុគ្គលនោះចងចាំ</translation>
    </message>
    <message>
        <source>Referral to support</source>
        <translation>ការបញ្ជូនទៅរកជំនួយ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>បានបញ្ជូន</translation>
    </message>
    <message>
        <source>Offered and declined</source>
        <translation>បានផ្តល់ជូន តែបានបដិសេធ</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>មិនត្រូវការ</translation>
    </message>
    <message>
        <source>No service available</source>
        <translation>គ្មានសេវាដែលអាចរកបាន</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>បានបញ្ជូនទៅ</translation>
    </message>
    <message>
        <source>the service; printed only in the internal edition</source>
        <translation>សេវា៖ បង្ហាញតែក្នុងការបោះពុម្ពផ្ទៃក្នុងប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>This item is</source>
        <translation>ធាតុនេះគឺ</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>ច្បាប់ដើម</translation>
    </message>
    <message>
        <source>A working copy (original kept elsewhere)</source>
        <translation>ច្បាប់ចម្លងសម្រាប់ធ្វើការ (ច្បាប់ដើមរក្សាទុកនៅកន្លែងផ្សេង)</translation>
    </message>
    <message>
        <source>A copy as received</source>
        <translation>ច្បាប់ចម្លងដូចដែលបានទទួល</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation>ច្បាប់ដើមរក្សាទុកនៅ</translation>
    </message>
    <message>
        <source>where, and by whom</source>
        <translation>នៅទីណា និងដោយនរណា</translation>
    </message>
    <message>
        <source>Interview, earlier accounts and support</source>
        <translation>ការសម្ភាសន៍ ការរៀបរាប់ពីមុន និងជំនួយ</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>ច្បាប់ដើម ឬច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>As the documentation guidelines ask. Every field is optional: leave what was not recorded empty.</source>
        <translation>តាមការណែនាំអំពីការចងក្រងឯកសារ។ វាលនីមួយៗជាជម្រើស៖ ទុកវាលដែលមិនបានកត់ត្រាឱ្យនៅទទេ។</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit {field}</source>
        <translation>កែសម្រួល {field}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>បានរក្សាទុក</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>កែសម្រួលសក្ខីកម្ម</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>… and {count} more</source>
        <translation>… និង {count} ទៀត</translation>
    </message>
    <message>
        <source>There was not enough memory for this step. Close other programs and try again.</source>
        <translation>មិនមានអង្គចងចាំគ្រប់គ្រាន់សម្រាប់ជំហាននេះទេ។ បិទកម្មវិធីផ្សេងៗ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>Something went wrong that Casebook did not expect; nothing was saved from this step. Try again, and if it happens again, report it with the details from the terminal.</source>
        <translation>មានបញ្ហាមួយដែល Casebook មិនបានរំពឹងទុក៖ គ្មានអ្វីត្រូវបានរក្សាទុកពីជំហាននេះទេ។ ព្យាយាមម្តងទៀត ហើយបើវាកើតឡើងម្តងទៀត សូមរាយការណ៍វាជាមួយព័ត៌មានលម្អិតពី terminal។</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>កំហុស</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>របៀបដែលវាត្រូវបានទទួល</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>ប្រមូលដោយ</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>ប្រមូលនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Collected at (place)</source>
        <translation>ប្រមូលនៅ (ទីកន្លែង)</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>ថតនៅ</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>កត់ត្រានៅ</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>បង្កើតនៅ</translation>
    </message>
    <message>
        <source>Digitised at</source>
        <translation>ធ្វើជាឌីជីថលនៅ</translation>
    </message>
    <message>
        <source>Modified at</source>
        <translation>កែប្រែនៅ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>រយៈបណ្តោយ</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>រយៈកម្ពស់ (m)</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>ម៉ាកកាមេរ៉ា</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>ម៉ូដែលកាមេរ៉ា</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>ទទឹង (px)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>កម្ពស់ (px)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>រយៈពេល (s)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>ទម្រង់ផ្ទុក</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>កូឌិកវីដេអូ</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>កូឌិកសំឡេង</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>សរសេរដោយ</translation>
    </message>
    <message>
        <source>Content credentials</source>
        <translation>ព័ត៌មានបញ្ជាក់ប្រភពខ្លឹមសារ</translation>
    </message>
    <message>
        <source>Made with (C2PA)</source>
        <translation>បង្កើតដោយ (C2PA)</translation>
    </message>
    <message>
        <source>Captured (C2PA)</source>
        <translation>ថតនៅ (C2PA)</translation>
    </message>
    <message>
        <source>Place (C2PA)</source>
        <translation>ទីកន្លែង (C2PA)</translation>
    </message>
    <message>
        <source>Actions (C2PA)</source>
        <translation>សកម្មភាព (C2PA)</translation>
    </message>
    <message>
        <source>ProofMode bundle</source>
        <translation>កញ្ចប់ ProofMode</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>បានកត់ត្រា</translation>
    </message>
    <message>
        <source>OpenTimestamps proof</source>
        <translation>ភស្តុតាង OpenTimestamps</translation>
    </message>
    <message>
        <source>C2PA manifest file</source>
        <translation>ឯកសារ manifest C2PA</translation>
    </message>
    <message>
        <source>Device check</source>
        <translation>ការពិនិត្យឧបករណ៍</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>ហត្ថលេខារបស់ {name}</translation>
    </message>
    <message>
        <source>none (unknown provenance; most genuine files carry none, so this is not a sign of forgery)</source>
        <translation>គ្មាន (ប្រភពដើមមិនស្គាល់៖ ឯកសារពិតភាគច្រើនគ្មានទេ ដូច្នេះនេះមិនមែនជាសញ្ញានៃការក្លែងបន្លំទេ)</translation>
    </message>
    <message>
        <source>not checked: the file could not be parsed for content credentials</source>
        <translation>មិនបានពិនិត្យ៖ មិនអាចអានឯកសារដើម្បីរកព័ត៌មានបញ្ជាក់ប្រភពខ្លឹមសារបានទេ</translation>
    </message>
    <message>
        <source>valid, signed by {signer} (checked offline: signature and content hashes; the signer&apos;s certificate was not checked against a trust list, nor for revocation)</source>
        <translation>ត្រឹមត្រូវ បានចុះហត្ថលេខាដោយ {signer} (ពិនិត្យក្រៅបណ្តាញ៖ ហត្ថលេខា និងស្នាមម្រាមដៃឌីជីថលនៃខ្លឹមសារ។ វិញ្ញាបនបត្ររបស់អ្នកចុះហត្ថលេខាមិនត្រូវបានពិនិត្យជាមួយបញ្ជីទុកចិត្ត ឬការដកហូតទេ)</translation>
    </message>
    <message>
        <source>present but invalid: {failures} (signed as {signer})</source>
        <translation>មានវត្តមាន តែមិនត្រឹមត្រូវ៖ {failures} (ចុះហត្ថលេខាជា {signer})</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>ការព្រមាន</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 នៃឯកសារ</translation>
    </message>
    <message>
        <source>Embedded metadata — check it against what you know</source>
        <translation>ទិន្នន័យមេតាដែលបង្កប់ — ពិនិត្យវាជាមួយអ្វីដែលអ្នកដឹង</translation>
    </message>
    <message>
        <source>Use GPS as collection place</source>
        <translation>ប្រើ GPS ជាទីកន្លែងប្រមូល</translation>
    </message>
    <message>
        <source>Tag exhibit…</source>
        <translation>ដាក់ស្លាកវត្ថុតាង…</translation>
    </message>
    <message>
        <source>Drop files or folders on this window, or press Ctrl+I, to add evidence. Choose an item in the list to see it here.</source>
        <translation>ទម្លាក់ឯកសារ ឬថតលើបង្អួចនេះ ឬចុច Ctrl+I ដើម្បីបន្ថែមភស្តុតាង។ ជ្រើសរើសធាតុមួយក្នុងបញ្ជី ដើម្បីមើលវានៅទីនេះ។</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ឯកសារ៖ {name}</translation>
    </message>
    <message>
        <source>{media_type}, {size}</source>
        <comment>a file&apos;s type and size</comment>
        <translation>{media_type}, {size}</translation>
    </message>
    <message>
        <source>Same content as “{title}”; stored once.</source>
        <translation>ខ្លឹមសារដូចគ្នានឹង “{title}”៖ រក្សាទុកតែម្តង។</translation>
    </message>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}៖</translation>
    </message>
    <message>
        <source>The file carries no metadata Casebook can read.</source>
        <translation>ឯកសារនេះគ្មានទិន្នន័យមេតាដែល Casebook អាចអានបានទេ។</translation>
    </message>
    <message>
        <source>exhibit “{title}”</source>
        <translation>វត្ថុតាង “{title}”</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Taken at (file)</source>
        <translation>ថតនៅ (ឯកសារ)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>ការទទួលចូល</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>When the photo or recording was made, as its embedded metadata (EXIF, container) says — unverified; empty when the file carries none.</source>
        <translation>ពេលដែលរូបថត ឬការថតត្រូវបានធ្វើ តាមទិន្នន័យមេតាដែលបង្កប់ (EXIF, container) — មិនទាន់ផ្ទៀងផ្ទាត់។ ទទេ ពេលឯកសារគ្មាន។</translation>
    </message>
    <message>
        <source>When the file was taken into this casebook.</source>
        <translation>ពេលដែលឯកសារត្រូវបានទទួលចូលក្នុងសៀវភៅសំណុំរឿងនេះ។</translation>
    </message>
    <message>
        <source>Filter by title, file name or type</source>
        <translation>ត្រងតាមចំណងជើង ឈ្មោះឯកសារ ឬទម្រង់</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>ត្រងភស្តុតាង</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>ធាតុភស្តុតាង</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Taken at {time} (from the file&apos;s metadata)</source>
        <translation>ថតនៅ {time} (ពីទិន្នន័យមេតានៃឯកសារ)</translation>
    </message>
    <message>
        <source>{title}  (duplicate)</source>
        <translation>{title}  (ស្ទួន)</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>{encoding} (some bytes could not be read and show as �)</source>
        <translation>{encoding} (បៃខ្លះមិនអាចអានបាន ហើយបង្ហាញជា �)</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 មាន byte-order mark</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (លោកខាងលិច)</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>អត្ថបទភស្តុតាង</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>បង្រួម</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>សមល្មម</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>ឱ្យសមនឹងបង្អួច</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>ទំហំពិត</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>នាំចេញច្បាប់ចម្លង…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy of this evidence</source>
        <translation>នាំចេញច្បាប់ចម្លងដែលមិនបានអ៊ិនគ្រីបនៃភស្តុតាងនេះ</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a zoom factor</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>This item has no stored file (a physical item or a note).</source>
        <translation>ធាតុនេះគ្មានឯកសាររក្សាទុកទេ (វត្ថុរូបវន្ត ឬកំណត់ចំណាំ)។</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>កំពុងឌិគ្រីប…</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because this installation lacks the Qt PDF module (the PySide6-Pdf package). Export a copy to read it in a PDF reader.</source>
        <translation>ទំព័រ PDF មិនអាចបង្ហាញនៅទីនេះបានទេ ព្រោះការដំឡើងនេះខ្វះម៉ូឌុល Qt PDF (កញ្ចប់ PySide6-Pdf)។ នាំចេញច្បាប់ចម្លង ដើម្បីអានវាក្នុងកម្មវិធីអាន PDF។</translation>
    </message>
    <message>
        <source>Audio and video cannot be played here because this installation lacks Qt Multimedia (the PySide6-Addons package). Casebook plays recordings only from memory; export a copy to play it in another program.</source>
        <translation>សំឡេង និងវីដេអូមិនអាចចាក់នៅទីនេះបានទេ ព្រោះការដំឡើងនេះខ្វះ Qt Multimedia (កញ្ចប់ PySide6-Addons)។ Casebook ចាក់ការថតតែពីអង្គចងចាំប៉ុណ្ណោះ៖ នាំចេញច្បាប់ចម្លង ដើម្បីចាក់វាក្នុងកម្មវិធីផ្សេង។</translation>
    </message>
    <message>
        <source>Casebook cannot show this kind of file itself. Export a copy to open it in another program.</source>
        <translation>Casebook មិនអាចបង្ហាញឯកសារប្រភេទនេះដោយខ្លួនឯងបានទេ។ នាំចេញច្បាប់ចម្លង ដើម្បីបើកវាក្នុងកម្មវិធីផ្សេង។</translation>
    </message>
    <message>
        <source>Casebook cannot show {media_type} itself. Export a copy to open it in another program.</source>
        <translation>Casebook មិនអាចបង្ហាញ {media_type} ដោយខ្លួនឯងបានទេ។ នាំចេញច្បាប់ចម្លង ដើម្បីបើកវាក្នុងកម្មវិធីផ្សេង។</translation>
    </message>
    <message>
        <source>Text, read as {encoding} — first 2 MiB shown</source>
        <translation>អត្ថបទ អានជា {encoding} — បង្ហាញ 2 MiB ដំបូង</translation>
    </message>
    <message>
        <source>Text, read as {encoding}</source>
        <translation>អត្ថបទ អានជា {encoding}</translation>
    </message>
    <message>
        <source>The image could not be decoded. Export a copy to try another program.</source>
        <translation>មិនអាចឌិកូដរូបភាពបានទេ។ នាំចេញច្បាប់ចម្លង ដើម្បីសាកល្បងកម្មវិធីផ្សេង។</translation>
    </message>
    <message>
        <source>Image, {width} × {height} px (turned as its EXIF orientation says) — drag to pan</source>
        <translation>រូបភាព {width} × {height} px (បង្វិលតាមទិស EXIF របស់វា) — អូសដើម្បីរំកិល</translation>
    </message>
    <message>
        <source>Evidence PDF pages</source>
        <translation>ទំព័រ PDF នៃភស្តុតាង</translation>
    </message>
    <message>
        <source>The PDF is protected by a password, so its pages cannot be shown.</source>
        <translation>PDF ត្រូវបានការពារដោយពាក្យសម្ងាត់ ដូច្នេះទំព័ររបស់វាមិនអាចបង្ហាញបានទេ។</translation>
    </message>
    <message>
        <source>The PDF could not be read. Export a copy to try another program.</source>
        <translation>មិនអាចអាន PDF បានទេ។ នាំចេញច្បាប់ចម្លង ដើម្បីសាកល្បងកម្មវិធីផ្សេង។</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s), shown from memory</source>
        <translation>
            <numerusform>PDF %n ទំព័រ បង្ហាញពីអង្គចងចាំ</numerusform>
            <numerusform>PDF %n ទំព័រ បង្ហាញពីអង្គចងចាំ</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence video</source>
        <translation>វីដេអូភស្តុតាង</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>ចាក់</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>ទីតាំងក្នុងការថត</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ផ្អាក</translation>
    </message>
    <message>
        <source>Video, played from memory ({size} MiB held)</source>
        <translation>វីដេអូ ចាក់ពីអង្គចងចាំ ({size} MiB)</translation>
    </message>
    <message>
        <source>Audio, played from memory ({size} MiB held)</source>
        <translation>សំឡេង ចាក់ពីអង្គចងចាំ ({size} MiB)</translation>
    </message>
    <message>
        <source>This recording cannot be played here: Qt Multimedia could not play it from memory ({reason}). Export a copy to play it in another program.</source>
        <translation>ការថតនេះមិនអាចចាក់នៅទីនេះបានទេ៖ Qt Multimedia មិនអាចចាក់វាពីអង្គចងចាំបាន ({reason})។ នាំចេញច្បាប់ចម្លង ដើម្បីចាក់វាក្នុងកម្មវិធីផ្សេង។</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>គ្មានមូលហេតុ</translation>
    </message>
    <message>
        <source>fit</source>
        <comment>zoom: fitted to the width</comment>
        <translation>សមល្មម</translation>
    </message>
    <message>
        <source>The file could not be shown.</source>
        <translation>មិនអាចបង្ហាញឯកសារបានទេ។</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>នាំចេញច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to that place can read it. Keep it on an encrypted drive and delete it when you no longer need it.</source>
        <translation>ច្បាប់ចម្លងនឹងមិនត្រូវបានអ៊ិនគ្រីបទេ៖ អ្នកណាដែលចូលដល់កន្លែងនោះអាចអានវាបាន។ រក្សាវាលើថាសដែលបានអ៊ិនគ្រីប ហើយលុបវាចោលនៅពេលអ្នកលែងត្រូវការ។</translation>
    </message>
    <message>
        <source>Take care: {warning}. Export it only for your own work, never to give it to anyone outside the team.</source>
        <translation>ប្រយ័ត្ន៖ {warning}។ នាំចេញវាសម្រាប់តែការងាររបស់អ្នកប៉ុណ្ណោះ កុំផ្តល់វាឱ្យនរណាម្នាក់នៅក្រៅក្រុមការងារឡើយ។</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>នាំចេញច្បាប់ចម្លងដែលមិនបានអ៊ិនគ្រីប?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <source>Exported an unencrypted copy to {path}</source>
        <translation>បាននាំចេញច្បាប់ចម្លងដែលមិនបានអ៊ិនគ្រីបទៅ {path}</translation>
    </message>
    <message>
        <source>The copy could not be exported</source>
        <translation>មិនអាចនាំចេញច្បាប់ចម្លងបានទេ</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>Draft</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>បានដាក់ជូន</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>កំពុងពិនិត្យ</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>ស្នើឱ្យកែប្រែ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>បានអនុម័ត</translation>
    </message>
    <message>
        <source>documenter</source>
        <translation>អ្នកចងក្រងឯកសារ</translation>
    </message>
    <message>
        <source>legal analyst</source>
        <translation>អ្នកវិភាគច្បាប់</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>external (no role claimed)</source>
        <translation>ខាងក្រៅ (មិនអះអាងតួនាទី)</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} ថ្មី</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} បានធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} មិនផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>{count} kept (ours is newer)</source>
        <translation>{count} បានរក្សាទុក (របស់យើងថ្មីជាង)</translation>
    </message>
    <message>
        <source>{count} in conflict</source>
        <translation>{count} មិនស៊ីគ្នា</translation>
    </message>
    <message>
        <source>case</source>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>ហេតុការណ៍</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>ការចោទប្រកាន់</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <source>section</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>ការរក្សាទុក</translation>
    </message>
    <message>
        <source>review</source>
        <translation>ការពិនិត្យ</translation>
    </message>
    <message>
        <source>{path} cannot be read as a text file.</source>
        <translation>{path} មិនអាចអានជាឯកសារអត្ថបទបានទេ។</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{kind}: {changes}</source>
        <translation>{kind}៖ {changes}</translation>
    </message>
    <message>
        <source>attachments: {new} new, {known} already here</source>
        <translation>ឯកសារភ្ជាប់៖ {new} ថ្មី, {known} មាននៅទីនេះរួចហើយ</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(កំណត់ត្រាទាំងមូល)</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>មិនមាននៅទីនេះ</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>កំណែថ្មី</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Filing — for the prosecutor</source>
        <translation>ឯកសារដាក់ជូនតុលាការ — សម្រាប់ព្រះរាជអាជ្ញា</translation>
    </message>
    <message>
        <source>Internal — working copy with gaps and contradicting material</source>
        <translation>ផ្ទៃក្នុង — ច្បាប់ចម្លងសម្រាប់ធ្វើការ ដែលមានចន្លោះខ្វះ និងសម្ភារៈផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <source>German</source>
        <translation>អាល្លឺម៉ង់</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>ហេតុការណ៍</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>ផ្នែកអត្ថបទ</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>override</source>
        <translation>ករណីលើកលែង</translation>
    </message>
    <message>
        <source>law</source>
        <translation>ច្បាប់</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>ការយោង</translation>
    </message>
    <message>
        <source>{kind}: {label} — {reason}</source>
        <translation>{kind}៖ {label} — {reason}</translation>
    </message>
    <message>
        <source>Export complaint bundle</source>
        <translation>នាំចេញកញ្ចប់ពាក្យបណ្តឹង</translation>
    </message>
    <message>
        <source>Charges to include</source>
        <translation>ការចោទប្រកាន់ដែលត្រូវដាក់បញ្ចូល</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>អ្នកទទួល</translation>
    </message>
    <message>
        <source>{addressee} (consent must name {jurisdiction})</source>
        <translation>{addressee} (ការយល់ព្រមត្រូវតែដាក់ឈ្មោះ {jurisdiction})</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>ការបោះពុម្ព</translation>
    </message>
    <message>
        <source>Language of the complaint</source>
        <translation>ភាសានៃពាក្យបណ្តឹង</translation>
    </message>
    <message>
        <source>Add a pattern annex (counts only, no identities)</source>
        <translation>បន្ថែមឧបសម្ព័ន្ធលំនាំ (តែចំនួនប៉ុណ្ណោះ គ្មានអត្តសញ្ញាណ)</translation>
    </message>
    <message>
        <source>Incidents by month, area, victim group, unit and crime, as tables and charts; counts of persons below 3 are shown as &apos;&lt; 3&apos;.</source>
        <translation>ហេតុការណ៍តាមខែ តំបន់ ក្រុមជនរងគ្រោះ អង្គភាព និងឧក្រិដ្ឋកម្ម ជាតារាង និងក្រាហ្វិក។ ចំនួនបុគ្គលតិចជាង 3 ត្រូវបានបង្ហាញជា &apos;&lt; 3&apos;។</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>ថតលទ្ធផល</translation>
    </message>
    <message>
        <source>a folder outside the casebook</source>
        <translation>ថតមួយនៅក្រៅសៀវភៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <source>Also pack the bundle into a zip file</source>
        <translation>វេចខ្ចប់កញ្ចប់ក្នុងឯកសារ zip ផងដែរ</translation>
    </message>
    <message>
        <source>Encrypt to age public key</source>
        <translation>អ៊ិនគ្រីបទៅកូនសោសាធារណៈ age</translation>
    </message>
    <message>
        <source>age1… (optional: one encrypted file, no plain folder)</source>
        <translation>age1… (ស្រេចចិត្ត៖ ឯកសារអ៊ិនគ្រីបមួយ គ្មានថតធម្មតា)</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>ការចោទប្រកាន់៖</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>អ្នកទទួល៖</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>ការបោះពុម្ព៖</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>ថតលទ្ធផល៖</translation>
    </message>
    <message>
        <source>Encrypt to:</source>
        <translation>អ៊ិនគ្រីបទៅ៖</translation>
    </message>
    <message>
        <source>Check the plan first: what consent keeps out is listed here.</source>
        <translation>ពិនិត្យផែនការជាមុនសិន៖ អ្វីដែលការយល់ព្រមមិនអនុញ្ញាត ត្រូវបានរាយនៅទីនេះ។</translation>
    </message>
    <message>
        <source>What the bundle will leave out, and why</source>
        <translation>អ្វីដែលកញ្ចប់នឹងទុកចោល និងហេតុអ្វី</translation>
    </message>
    <message>
        <source>Check what will be left out</source>
        <translation>ពិនិត្យអ្វីដែលនឹងត្រូវទុកចោល</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>ថតសម្រាប់កញ្ចប់</translation>
    </message>
    <message>
        <source>Choose at least one charge to export.</source>
        <translation>ជ្រើសរើសការចោទប្រកាន់យ៉ាងហោចណាស់មួយ ដើម្បីនាំចេញ។</translation>
    </message>
    <message>
        <source>The bundle cannot be planned</source>
        <translation>មិនអាចរៀបចំផែនការកញ្ចប់បានទេ</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>គ្មានអ្វីត្រូវទុកចោលទេ។</translation>
    </message>
    <message numerus="yes">
        <source>Export, leaving out %n item(s)</source>
        <translation>
            <numerusform>នាំចេញ ដោយទុកចោល %n ធាតុ</numerusform>
            <numerusform>នាំចេញ ដោយទុកចោល %n ធាតុ</numerusform>
        </translation>
    </message>
    <message>
        <source>The choices changed: check what will be left out again first.</source>
        <translation>ជម្រើសបានផ្លាស់ប្តូរ៖ ពិនិត្យអ្វីដែលនឹងត្រូវទុកចោលម្តងទៀតជាមុនសិន។</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle into.</source>
        <translation>ជ្រើសរើសថតដែលត្រូវសរសេរកញ្ចប់ចូល។</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>បោះបង់ការនាំចេញ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>កំពុងរៀបចំកញ្ចប់…</translation>
    </message>
    <message>
        <source>The bundle is encrypted; the recipient checks it after decrypting.</source>
        <translation>កញ្ចប់ត្រូវបានអ៊ិនគ្រីប៖ អ្នកទទួលពិនិត្យវាបន្ទាប់ពីឌិគ្រីប។</translation>
    </message>
    <message>
        <source>Verified: every file matches the signed manifest.</source>
        <translation>បានផ្ទៀងផ្ទាត់៖ ឯកសារនីមួយៗត្រូវនឹងបញ្ជី manifest ដែលបានចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <source>Verification FAILED: {problems}</source>
        <translation>ការផ្ទៀងផ្ទាត់បានបរាជ័យ៖ {problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ទំព័រ</numerusform>
            <numerusform>%n ទំព័រ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n វត្ថុតាង</numerusform>
            <numerusform>%n វត្ថុតាង</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path} ({pages}, {exhibits}). {check}</source>
        <translation>បានសរសេរ {path} ({pages}, {exhibits})។ {check}</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>កញ្ចប់មិនត្រូវបាននាំចេញទេ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>កំពុងបោះបង់…</translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <source>Value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — counts {what}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — រាប់ {what}។</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Open</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>បានដាក់ជូន</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>កំពុងពិនិត្យ</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>ស្នើឱ្យកែប្រែ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>បានអនុម័ត</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>Sex gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>ក្រុមអាយុ</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>ជនជាតិ</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>សាសនា</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>សមាជិកភាពក្រុម</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>អង្គភាព</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ឋានន្តរស័ក្តិ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>ស្ថានការណ៍</translation>
    </message>
    <message>
        <source>country or situation</source>
        <translation>ប្រទេស ឬស្ថានការណ៍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>អ្វីដែលបានកើតឡើង</translation>
    </message>
    <message>
        <source>Date known as</source>
        <translation>កាលបរិច្ឆេទដឹងជា</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>ទីកន្លែង (អក្សរដើម)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>ស្រុក / ខេត្ត</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <source>e.g. 20.1525</source>
        <translation>ឧ. 20.1525</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>រយៈបណ្តោយ</translation>
    </message>
    <message>
        <source>e.g. 92.8789</source>
        <translation>ឧ. 92.8789</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation>ស្នាមម្រាមដៃឌីជីថល {fingerprint}</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Your identity — give this text to colleagues</source>
        <translation>អត្តសញ្ញាណរបស់អ្នក — ផ្តល់អត្ថបទនេះទៅសហការី</translation>
    </message>
    <message>
        <source>Your public identity</source>
        <translation>អត្តសញ្ញាណសាធារណៈរបស់អ្នក</translation>
    </message>
    <message>
        <source>Copy identity</source>
        <translation>ចម្លងអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>រក្សាទុកជាឯកសារ…</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលរបស់អ្នក៖</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>សហការី</translation>
    </message>
    <message>
        <source>Colleagues&apos; identities</source>
        <translation>អត្តសញ្ញាណរបស់សហការី</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>សម្គាល់ថាបានផ្ទៀងផ្ទាត់…</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity</source>
        <translation>បិទភ្ជាប់អត្តសញ្ញាណរបស់សហការី</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity here (-----BEGIN CASEBOOK IDENTITY----- …)</source>
        <translation>បិទភ្ជាប់អត្តសញ្ញាណរបស់សហការីនៅទីនេះ (-----BEGIN CASEBOOK IDENTITY----- …)</translation>
    </message>
    <message>
        <source>Import pasted identity</source>
        <translation>នាំចូលអត្តសញ្ញាណដែលបានបិទភ្ជាប់</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>នាំចូលពីឯកសារ…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>មិនទាន់ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>Your identity is on the clipboard.</source>
        <translation>អត្តសញ្ញាណរបស់អ្នកនៅលើក្តារតម្បៀតខ្ទាស់។</translation>
    </message>
    <message>
        <source>Save your identity</source>
        <translation>រក្សាទុកអត្តសញ្ញាណរបស់អ្នក</translation>
    </message>
    <message>
        <source>The identity could not be written ({reason}).</source>
        <translation>មិនអាចសរសេរអត្តសញ្ញាណបានទេ ({reason})។</translation>
    </message>
    <message>
        <source>Saved your identity to {path}.</source>
        <translation>បានរក្សាទុកអត្តសញ្ញាណរបស់អ្នកទៅ {path}។</translation>
    </message>
    <message>
        <source>The identity was not imported</source>
        <translation>អត្តសញ្ញាណមិនត្រូវបាននាំចូលទេ</translation>
    </message>
    <message>
        <source>Stored the identity of {name}.</source>
        <translation>បានរក្សាទុកអត្តសញ្ញាណរបស់ {name}។</translation>
    </message>
    <message>
        <source>Already had the identity of {name}.</source>
        <translation>មានអត្តសញ្ញាណរបស់ {name} រួចហើយ។</translation>
    </message>
    <message>
        <source>{done} Compare its fingerprint before trusting it.</source>
        <translation>{done} ប្រៀបធៀបស្នាមម្រាមដៃឌីជីថលរបស់វា មុននឹងទុកចិត្តវា។</translation>
    </message>
    <message>
        <source>Colleague&apos;s identity file</source>
        <translation>ឯកសារអត្តសញ្ញាណរបស់សហការី</translation>
    </message>
    <message>
        <source>Choose the colleague whose fingerprint you compared.</source>
        <translation>ជ្រើសរើសសហការីដែលអ្នកបានប្រៀបធៀបស្នាមម្រាមដៃឌីជីថល។</translation>
    </message>
    <message>
        <source>{name} is already verified.</source>
        <translation>{name} បានផ្ទៀងផ្ទាត់រួចហើយ។</translation>
    </message>
    <message>
        <source>{name} is verified: packages can now go both ways.</source>
        <translation>{name} បានផ្ទៀងផ្ទាត់៖ ឥឡូវកញ្ចប់អាចផ្ញើទៅមកបានទាំងសងខាង។</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>ឈ្មោះផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Identity of {pseudonym}</source>
        <translation>អត្តសញ្ញាណរបស់ {pseudonym}</translation>
    </message>
    <message>
        <source>Protected identity. Close this when someone can see your screen. It is never exported unless chosen explicitly with the person&apos;s consent.</source>
        <translation>អត្តសញ្ញាណដែលត្រូវបានការពារ។ បិទវា នៅពេលមាននរណាម្នាក់អាចមើលឃើញអេក្រង់របស់អ្នក។ វាមិនដែលត្រូវបាននាំចេញទេ លើកលែងតែបានជ្រើសរើសយ៉ាងច្បាស់ ដោយមានការយល់ព្រមពីបុគ្គលនោះ។</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Evidence image: drag to pan, wheel to zoom</source>
        <translation>រូបភាពភស្តុតាង៖ អូសដើម្បីរំកិល កង់កណ្តុរដើម្បីពង្រីក</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>This sender&apos;s identity is stored here but NOT VERIFIED. Call them and compare the fingerprint shown above before you import.</source>
        <translation>អត្តសញ្ញាណរបស់អ្នកផ្ញើនេះត្រូវបានរក្សាទុកនៅទីនេះ ប៉ុន្តែមិនទាន់ផ្ទៀងផ្ទាត់។ ទូរស័ព្ទទៅពួកគេ ហើយប្រៀបធៀបស្នាមម្រាមដៃឌីជីថលដែលបង្ហាញខាងលើ មុនពេលអ្នកនាំចូល។</translation>
    </message>
    <message>
        <source>This sender is UNKNOWN here: anyone could have made this package. Compare the fingerprint shown above with the sender by phone or in person before you import.</source>
        <translation>អ្នកផ្ញើនេះមិនស្គាល់នៅទីនេះទេ៖ អ្នកណាក៏អាចបង្កើតកញ្ចប់នេះបាន។ ប្រៀបធៀបស្នាមម្រាមដៃឌីជីថលដែលបង្ហាញខាងលើជាមួយអ្នកផ្ញើ តាមទូរស័ព្ទ ឬដោយផ្ទាល់ មុនពេលអ្នកនាំចូល។</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>មិនទាន់ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>នាំចូលកញ្ចប់</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ឯកសារកញ្ចប់</translation>
    </message>
    <message>
        <source>a .cbpkg file from a colleague</source>
        <translation>ឯកសារ .cbpkg ពីសហការី</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <source>Check package</source>
        <translation>ពិនិត្យកញ្ចប់</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>កញ្ចប់៖</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>អ្នកផ្ញើ</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender and accept this package</source>
        <translation>ខ្ញុំបានប្រៀបធៀបស្នាមម្រាមដៃឌីជីថលជាមួយអ្នកផ្ញើ ហើយទទួលយកកញ្ចប់នេះ</translation>
    </message>
    <message>
        <source>What the import will add or change</source>
        <translation>អ្វីដែលការនាំចូលនឹងបន្ថែម ឬផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Conflicts the import will keep for you to decide</source>
        <translation>ភាពមិនស៊ីគ្នាដែលការនាំចូលនឹងរក្សាទុកឱ្យអ្នកសម្រេច</translation>
    </message>
    <message>
        <source>Choose a package, then check it: nothing is imported yet.</source>
        <translation>ជ្រើសរើសកញ្ចប់មួយ រួចពិនិត្យវា៖ មិនទាន់មានអ្វីត្រូវបាននាំចូលនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>What will be added or changed:</source>
        <translation>អ្វីដែលនឹងត្រូវបន្ថែម ឬផ្លាស់ប្តូរ៖</translation>
    </message>
    <message>
        <source>Package to import</source>
        <translation>កញ្ចប់ដែលត្រូវនាំចូល</translation>
    </message>
    <message>
        <source>Casebook packages (*.cbpkg);;All files (*)</source>
        <translation>កញ្ចប់ Casebook (*.cbpkg);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Choose the package file to import.</source>
        <translation>ជ្រើសរើសឯកសារកញ្ចប់ដែលត្រូវនាំចូល។</translation>
    </message>
    <message>
        <source>Decrypting and checking the package…</source>
        <translation>កំពុងឌិគ្រីប និងពិនិត្យកញ្ចប់…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — case {reference}, made {made} UTC</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — សំណុំរឿង {reference} បង្កើត {made} UTC</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ចំណាំ៖ {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): your version is kept, theirs stored for you to decide (Exchange ▸ Conflicts…).</source>
        <translation>
            <numerusform>ភាពមិនស៊ីគ្នា %n៖ កំណែរបស់អ្នកត្រូវបានរក្សាទុក កំណែរបស់ពួកគេត្រូវបានរក្សាទុកឱ្យអ្នកសម្រេច (ការចែករំលែក ▸ ភាពមិនស៊ីគ្នា…)។</numerusform>
            <numerusform>ភាពមិនស៊ីគ្នា %n៖ កំណែរបស់អ្នកត្រូវបានរក្សាទុក កំណែរបស់ពួកគេត្រូវបានរក្សាទុកឱ្យអ្នកសម្រេច (ការចែករំលែក ▸ ភាពមិនស៊ីគ្នា…)។</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>គ្មានភាពមិនស៊ីគ្នាទេ។</translation>
    </message>
    <message>
        <source>Checked: nothing is imported yet.</source>
        <translation>បានពិនិត្យ៖ មិនទាន់មានអ្វីត្រូវបាននាំចូលនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Check the package first.</source>
        <translation>ពិនិត្យកញ្ចប់ជាមុនសិន។</translation>
    </message>
    <message>
        <source>The sender is not verified here. Compare the fingerprint with them and tick the confirmation, or close this window.</source>
        <translation>អ្នកផ្ញើមិនទាន់ត្រូវបានផ្ទៀងផ្ទាត់នៅទីនេះទេ។ ប្រៀបធៀបស្នាមម្រាមដៃឌីជីថលជាមួយពួកគេ ហើយធីកការបញ្ជាក់ ឬបិទបង្អួចនេះ។</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>កំពុងនាំចូល…</translation>
    </message>
    <message numerus="yes">
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, %n conflict(s) — resolve them in Exchange ▸ Conflicts….</source>
        <translation>
            <numerusform>បាននាំចូលសំណុំរឿង {reference} ពី {sender}៖ {new} ថ្មី, {updated} បានធ្វើបច្ចុប្បន្នភាព, ភាពមិនស៊ីគ្នា %n — ដោះស្រាយវានៅក្នុង ការចែករំលែក ▸ ភាពមិនស៊ីគ្នា…។</numerusform>
            <numerusform>បាននាំចូលសំណុំរឿង {reference} ពី {sender}៖ {new} ថ្មី, {updated} បានធ្វើបច្ចុប្បន្នភាព, ភាពមិនស៊ីគ្នា %n — ដោះស្រាយវានៅក្នុង ការចែករំលែក ▸ ភាពមិនស៊ីគ្នា…។</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, 0 conflict(s).</source>
        <translation>បាននាំចូលសំណុំរឿង {reference} ពី {sender}៖ {new} ថ្មី, {updated} បានធ្វើបច្ចុប្បន្នភាព, ភាពមិនស៊ីគ្នា 0។</translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation>កញ្ចប់មិនត្រូវបាននាំចូលទេ</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Tag incident…</source>
        <translation>ដាក់ស្លាកហេតុការណ៍…</translation>
    </message>
    <message>
        <source>incident “{title}”</source>
        <translation>ហេតុការណ៍ “{title}”</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ហេតុការណ៍</translation>
    </message>
</context>
<context>
    <name>IncidentLinks</name>
    <message>
        <source>Concerns</source>
        <translation>ពាក់ព័ន្ធនឹង</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Persons this incident concerns</source>
        <translation>បុគ្គលដែលហេតុការណ៍នេះពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <source>Statements this incident concerns</source>
        <translation>សក្ខីកម្មដែលហេតុការណ៍នេះពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>វត្ថុតាង</translation>
    </message>
    <message>
        <source>Exhibits this incident concerns</source>
        <translation>វត្ថុតាងដែលហេតុការណ៍នេះពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Ticked material is what a charge resting on this incident counts.</source>
        <translation>សម្ភារៈដែលបានធីក គឺជាអ្វីដែលការចោទប្រកាន់ដែលផ្អែកលើហេតុការណ៍នេះរាប់បញ្ចូល។</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>តំណភ្ជាប់មិនត្រូវបានរក្សាទុកទេ</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message numerus="yes">
        <source>%n file(s) taken in.</source>
        <translation>
            <numerusform>បានទទួលចូលឯកសារ %n។</numerusform>
            <numerusform>បានទទួលចូលឯកសារ %n។</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the casebook (stored once, linked to the first item):</source>
        <translation>មាននៅក្នុងសៀវភៅសំណុំរឿងរួចហើយ (រក្សាទុកតែម្តង ភ្ជាប់ទៅធាតុទីមួយ)៖</translation>
    </message>
    <message>
        <source>  • {file} — same content as “{first}”</source>
        <translation>  • {file} — ខ្លឹមសារដូចគ្នានឹង “{first}”</translation>
    </message>
    <message>
        <source>Not taken in:</source>
        <translation>មិនបានទទួលចូល៖</translation>
    </message>
    <message>
        <source>  • {file}: {reason}</source>
        <translation>  • {file}៖ {reason}</translation>
    </message>
    <message>
        <source>Cancelled before they were taken in ({count}):</source>
        <translation>បានបោះបង់មុនពេលទទួលចូល ({count})៖</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … និង {count} ទៀត</translation>
    </message>
    <message>
        <source>The case is no longer in the casebook.</source>
        <translation>សំណុំរឿងនេះលែងមាននៅក្នុងសៀវភៅសំណុំរឿងទៀតហើយ។</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>មិនអាចអានវាបានទេ ({reason})។</translation>
    </message>
    <message>
        <source>Taking files in…</source>
        <translation>កំពុងទទួលឯកសារចូល…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>កំពុងបន្ថែមភស្តុតាង</translation>
    </message>
    <message>
        <source>File {number} of {count}: {name}
{done} of {total} MB</source>
        <translation>ឯកសារ {number} នៃ {count}៖ {name}
{done} នៃ {total} MB</translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation>ការបន្ថែមភស្តុតាងបានបរាជ័យ</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>Incident</source>
        <translation>ហេតុការណ៍</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>ទីកន្លែង (អក្សរដើម)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>ស្រុក / ខេត្ត</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>កូអរដោនេ</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>ភាពជាក់លាក់</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>គ្មានកូអរដោនេ</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <source>± {metres} m</source>
        <translation>± {metres} m</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <source>Places of the incidents</source>
        <translation>ទីកន្លែងនៃហេតុការណ៍</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>ចម្លងកូអរដោនេ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What happened, when and where.</source>
        <translation>អ្វីដែលបានកើតឡើង ពេលណា និងនៅទីណា។</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>ហេតុការណ៍ថ្មី…</translation>
    </message>
    <message>
        <source>Witnesses, victims and alleged perpetrators, by pseudonym.</source>
        <translation>សាក្សី ជនរងគ្រោះ និងជនសង្ស័យ តាមឈ្មោះក្លែង។</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>បុគ្គលថ្មី…</translation>
    </message>
    <message>
        <source>Statements, paragraph by paragraph, with consent.</source>
        <translation>សក្ខីកម្ម តាមកថាខណ្ឌនីមួយៗ ជាមួយការយល់ព្រម។</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>សក្ខីកម្មថ្មី…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>{folder} — Casebook</source>
        <translation>{folder} — Casebook</translation>
    </message>
    <message>
        <source>Unlocked as {name}.</source>
        <translation>បានដោះសោជា {name}។</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>បានដោះសោ។</translation>
    </message>
    <message>
        <source>The casebook was locked. Unlock it to continue where you were.</source>
        <translation>សៀវភៅសំណុំរឿងត្រូវបានចាក់សោ។ ដោះសោវា ដើម្បីបន្តពីកន្លែងដែលអ្នកនៅ។</translation>
    </message>
    <message>
        <source>Locked — Casebook</source>
        <translation>បានចាក់សោ — Casebook</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>បានចាក់សោ។</translation>
    </message>
    <message>
        <source>Adding evidence was cancelled</source>
        <translation>ការបន្ថែមភស្តុតាងត្រូវបានបោះបង់</translation>
    </message>
    <message>
        <source>Choose a case in the navigator first, or create one.</source>
        <translation>ជ្រើសរើសសំណុំរឿងមួយក្នុងផ្ទាំងរុករកជាមុនសិន ឬបង្កើតថ្មី។</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>បានរក្សាទុក</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>បន្ថែមភស្តុតាង</translation>
    </message>
    <message>
        <source>Wait until the files being added now are done, then try again.</source>
        <translation>រង់ចាំរហូតដល់ឯកសារដែលកំពុងបន្ថែមរួចរាល់ រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>The casebook was locked while files were being added, so adding them was stopped. Add the cancelled files again.</source>
        <translation>សៀវភៅសំណុំរឿងត្រូវបានចាក់សោ ពេលកំពុងបន្ថែមឯកសារ ដូច្នេះការបន្ថែមត្រូវបានបញ្ឈប់។ បន្ថែមឯកសារដែលបានបោះបង់ម្តងទៀត។</translation>
    </message>
    <message>
        <source>{added} added, {duplicates} already present, {failed} failed.</source>
        <translation>{added} បានបន្ថែម, {duplicates} មានរួចហើយ, {failed} បរាជ័យ។</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>បានបន្ថែមភស្តុតាង</translation>
    </message>
    <message>
        <source>Open a testimony first; sealing applies to the one shown.</source>
        <translation>បើកសក្ខីកម្មមួយជាមុនសិន៖ ការបិទត្រាអនុវត្តចំពោះសក្ខីកម្មដែលកំពុងបង្ហាញ។</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្តារចុច</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>អំពី Casebook</translation>
    </message>
    <message>
        <source>Casebook keeps testimony and evidence in an encrypted folder, for people who document atrocity crimes. It locks itself when idle and on Ctrl+L.</source>
        <translation>Casebook រក្សាសក្ខីកម្ម និងភស្តុតាងក្នុងថតដែលបានអ៊ិនគ្រីប សម្រាប់អ្នកដែលចងក្រងឯកសារអំពីឧក្រិដ្ឋកម្មឃោរឃៅ។ វាចាក់សោដោយខ្លួនឯង ពេលមិនប្រើ និងពេលចុច Ctrl+L។</translation>
    </message>
    <message>
        <source>Languages of the interface:</source>
        <translation>ភាសានៃចំណុចប្រទាក់៖</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker</source>
        <translation>ការបកប្រែព្រាង — ត្រូវការការពិនិត្យដោយអ្នកនិយាយភាសាកំណើត</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker; not complete yet, so not offered in Preferences</source>
        <translation>ការបកប្រែព្រាង — ត្រូវការការពិនិត្យដោយអ្នកនិយាយភាសាកំណើត។ មិនទាន់ពេញលេញ ដូច្នេះមិនមាននៅក្នុងចំណូលចិត្តទេ</translation>
    </message>
    <message>
        <source>{endonym} ({english}): {state}</source>
        <translation>{endonym} ({english})៖ {state}</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>សំណុំរឿងថ្មី(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>សក្ខីកម្មថ្មី(&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>ហេតុការណ៍ថ្មី(&amp;I)…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>បុគ្គលថ្មី(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>បន្ថែមភស្តុតាង(&amp;E)…</translation>
    </message>
    <message>
        <source>Add files as evidence (or drop them on the window)</source>
        <translation>បន្ថែមឯកសារជាភស្តុតាង (ឬទម្លាក់វាលើបង្អួច)</translation>
    </message>
    <message>
        <source>E&amp;xport complaint bundle…</source>
        <translation>នាំចេញកញ្ចប់ពាក្យបណ្តឹង(&amp;X)…</translation>
    </message>
    <message>
        <source>Export a complaint bundle (PDF, exhibits, signed manifest) for a prosecutor</source>
        <translation>នាំចេញកញ្ចប់ពាក្យបណ្តឹង (PDF វត្ថុតាង manifest ដែលបានចុះហត្ថលេខា) សម្រាប់ព្រះរាជអាជ្ញា</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ចាក់សោ(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the casebook now</source>
        <translation>ចាក់សោសៀវភៅសំណុំរឿងឥឡូវនេះ</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ចំណូលចិត្ត(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <source>Lock the casebook and quit</source>
        <translation>ចាក់សោសៀវភៅសំណុំរឿង ហើយចាកចេញ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>ស្វែងរក(&amp;S)…</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents</source>
        <translation>ស្វែងរកសក្ខីកម្ម ភស្តុតាង និងហេតុការណ៍</translation>
    </message>
    <message>
        <source>&amp;Seal testimony…</source>
        <translation>បិទត្រាសក្ខីកម្ម(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>ផ្ទាំងរុករក(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>ផ្ទុកឡើងវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្តារចុច(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>មគ្គុទ្ទេសក៍អ្នកប្រើ(&amp;U)</translation>
    </message>
    <message>
        <source>The guide, offline</source>
        <translation>មគ្គុទ្ទេសក៍ ក្រៅបណ្តាញ</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>អំពី Casebook(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Identities…</source>
        <translation>អត្តសញ្ញាណ(&amp;I)…</translation>
    </message>
    <message>
        <source>Your identity and colleagues&apos;</source>
        <translation>អត្តសញ្ញាណរបស់អ្នក និងរបស់សហការី</translation>
    </message>
    <message>
        <source>&amp;Send case package…</source>
        <translation>ផ្ញើកញ្ចប់សំណុំរឿង(&amp;S)…</translation>
    </message>
    <message>
        <source>Send a case, encrypted and signed, to verified colleagues</source>
        <translation>ផ្ញើសំណុំរឿង ដែលបានអ៊ិនគ្រីប និងចុះហត្ថលេខា ទៅសហការីដែលបានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>I&amp;mport package…</source>
        <translation>នាំចូលកញ្ចប់(&amp;M)…</translation>
    </message>
    <message>
        <source>Check and import a colleague&apos;s case package</source>
        <translation>ពិនិត្យ និងនាំចូលកញ្ចប់សំណុំរឿងរបស់សហការី</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>ភាពមិនស៊ីគ្នា(&amp;C)…</translation>
    </message>
    <message>
        <source>Decide merge conflicts</source>
        <translation>សម្រេចលើភាពមិនស៊ីគ្នានៃការបញ្ចូលគ្នា</translation>
    </message>
    <message>
        <source>&amp;Review of this case…</source>
        <translation>ការពិនិត្យសំណុំរឿងនេះ(&amp;R)…</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>ស្ថានភាពការពិនិត្យ</translation>
    </message>
    <message>
        <source>Supervisor &amp;access…</source>
        <translation>ការចូលប្រើរបស់អ្នកត្រួតពិនិត្យ(&amp;A)…</translation>
    </message>
    <message>
        <source>Let a verified supervisor open this casebook with their own key</source>
        <translation>អនុញ្ញាតឱ្យអ្នកត្រួតពិនិត្យដែលបានផ្ទៀងផ្ទាត់ បើកសៀវភៅសំណុំរឿងនេះដោយកូនសោផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>ប្តូរឃ្លាសម្ងាត់(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a new passphrase (the current one is asked first)</source>
        <translation>ជ្រើសរើសឃ្លាសម្ងាត់ថ្មី (ឃ្លាសម្ងាត់បច្ចុប្បន្នត្រូវបានសួរជាមុន)</translation>
    </message>
    <message>
        <source>New rec&amp;overy key…</source>
        <translation>កូនសោសង្គ្រោះថ្មី(&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the recovery key (the old one stops working)</source>
        <translation>ជំនួសកូនសោសង្គ្រោះ (កូនសោចាស់លែងដំណើរការ)</translation>
    </message>
    <message>
        <source>&amp;Verify casebook…</source>
        <translation>ផ្ទៀងផ្ទាត់សៀវភៅសំណុំរឿង(&amp;V)…</translation>
    </message>
    <message>
        <source>Check every file, record and signature, and show the report</source>
        <translation>ពិនិត្យឯកសារ កំណត់ត្រា និងហត្ថលេខានីមួយៗ ហើយបង្ហាញរបាយការណ៍</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>របារឧបករណ៍មេ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>កែសម្រួល(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>សំណុំរឿង(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>ការចែករំលែក(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>មើល(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ(&amp;H)</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens this casebook.</source>
        <translation>បានប្តូរឃ្លាសម្ងាត់។ ឃ្លាសម្ងាត់ចាស់លែងបើកសៀវភៅសំណុំរឿងនេះទៀតហើយ។</translation>
    </message>
    <message>
        <source>New recovery key made. The old key no longer opens this casebook.</source>
        <translation>បានបង្កើតកូនសោសង្គ្រោះថ្មី។ កូនសោចាស់លែងបើកសៀវភៅសំណុំរឿងនេះទៀតហើយ។</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>supported</source>
        <translation>មានការគាំទ្រ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ខ្សោយ</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>មានការជំទាស់</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>មានការផ្ទុយ</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>ចន្លោះខ្វះ</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>ធាតុផ្សំ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>គាំទ្រ</translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation>ផ្ទុយ</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>មិនរាប់បញ្ចូល</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>ការវាយតម្លៃ</translation>
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
        <translation>មិនបានវាយតម្លៃ</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ធាតុ</numerusform>
            <numerusform>%n ធាតុ</numerusform>
        </translation>
    </message>
    <message>
        <source>rests on {incidents}</source>
        <translation>ផ្អែកលើ {incidents}</translation>
    </message>
    <message>
        <source>{crime} is not in this taxonomy: no rows</source>
        <translation>{crime} មិនមាននៅក្នុងបញ្ជីឧក្រិដ្ឋកម្មនេះទេ៖ គ្មានជួរដេក</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>បរិបទ</translation>
    </message>
    <message>
        <source>Elements of the crime</source>
        <translation>ធាតុផ្សំនៃឧក្រិដ្ឋកម្ម</translation>
    </message>
    <message>
        <source>Liability — {person} under {mode} ({mode_title})</source>
        <translation>ការទទួលខុសត្រូវ — {person} តាម {mode} ({mode_title})</translation>
    </message>
    <message>
        <source>about {person}</source>
        <translation>អំពី {person}</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>តារាងម៉ាទ្រីសនៃការគ្របដណ្តប់</translation>
    </message>
    <message>
        <source>Coverage of every charge, one cell per element</source>
        <translation>ការគ្របដណ្តប់នៃការចោទប្រកាន់នីមួយៗ ក្រឡាមួយសម្រាប់ធាតុផ្សំនីមួយៗ</translation>
    </message>
    <message numerus="yes">
        <source>{statuses}.  Grades: reliability A–F, credibility 1–6 (weak: D–F or 4–6).  Overview cells: C context, E element of the crime, L liability; * tagged material the charge does not count.</source>
        <comment>keep the letters A–F, 1–6, C, E, L and *: the matrix shows them</comment>
        <translation>
            <numerusform>{statuses}។  ការវាយតម្លៃ៖ ភាពគួរឱ្យទុកចិត្តនៃប្រភព A–F, ភាពជឿជាក់នៃព័ត៌មាន 1–6 (ខ្សោយ៖ D–F ឬ 4–6)។  ក្រឡាទិដ្ឋភាពទូទៅ៖ C បរិបទ, E ធាតុផ្សំនៃឧក្រិដ្ឋកម្ម, L ការទទួលខុសត្រូវ; * សម្ភារៈដែលបានដាក់ស្លាក ប៉ុន្តែការចោទប្រកាន់មិនរាប់បញ្ចូល។</numerusform>
            <numerusform>{statuses}។  ការវាយតម្លៃ៖ ភាពគួរឱ្យទុកចិត្តនៃប្រភព A–F, ភាពជឿជាក់នៃព័ត៌មាន 1–6 (ខ្សោយ៖ D–F ឬ 4–6)។  ក្រឡាទិដ្ឋភាពទូទៅ៖ C បរិបទ, E ធាតុផ្សំនៃឧក្រិដ្ឋកម្ម, L ការទទួលខុសត្រូវ; * សម្ភារៈដែលបានដាក់ស្លាក ប៉ុន្តែការចោទប្រកាន់មិនរាប់បញ្ចូល។</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row to see its material.</source>
        <translation>ជ្រើសរើសជួរដេកមួយ ដើម្បីមើលសម្ភារៈរបស់វា។</translation>
    </message>
    <message>
        <source>Material of the chosen element</source>
        <translation>សម្ភារៈនៃធាតុផ្សំដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>នាំចេញ PNG…</translation>
    </message>
    <message>
        <source>Not counted, because {reason}</source>
        <translation>មិនរាប់បញ្ចូល ព្រោះ {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Coverage matrix — {reference}, %n charge(s)</source>
        <translation>
            <numerusform>តារាងម៉ាទ្រីសនៃការគ្របដណ្តប់ — {reference}, ការចោទប្រកាន់ %n</numerusform>
            <numerusform>តារាងម៉ាទ្រីសនៃការគ្របដណ្តប់ — {reference}, ការចោទប្រកាន់ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No charges yet: add one in the Charges section.</source>
        <translation>មិនទាន់មានការចោទប្រកាន់ទេ៖ បន្ថែមមួយនៅក្នុងផ្នែក ការចោទប្រកាន់។</translation>
    </message>
    <message numerus="yes">
        <source>{element}: {status}; %n tagged item(s) not counted</source>
        <translation>
            <numerusform>{element}៖ {status}; ធាតុដែលបានដាក់ស្លាក %n មិនត្រូវបានរាប់បញ្ចូល</numerusform>
            <numerusform>{element}៖ {status}; ធាតុដែលបានដាក់ស្លាក %n មិនត្រូវបានរាប់បញ្ចូល</numerusform>
        </translation>
    </message>
    <message>
        <source>{element}: {status}</source>
        <translation>{element}៖ {status}</translation>
    </message>
    <message>
        <source>{element}: {status} — activate an item to open it.</source>
        <translation>{element}៖ {status} — ចុចពីរដងលើធាតុមួយ ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>For: {citation}</source>
        <translation>គាំទ្រ៖ {citation}</translation>
    </message>
    <message>
        <source>Against: {citation}</source>
        <translation>ប្រឆាំង៖ {citation}</translation>
    </message>
    <message>
        <source>Needs review (not counted): {citation}</source>
        <translation>ត្រូវពិនិត្យ (មិនរាប់បញ្ចូល)៖ {citation}</translation>
    </message>
    <message>
        <source>Not counted, because {reason}: {citation}</source>
        <translation>មិនរាប់បញ្ចូល ព្រោះ {reason}៖ {citation}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the conditions of a saved pattern&apos;s filter</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation>ហេតុការណ៍ទាំងអស់</translation>
    </message>
    <message>
        <source>{pattern}, not graded — {where}</source>
        <translation>{pattern} មិនទាន់វាយតម្លៃ — {where}</translation>
    </message>
    <message>
        <source>No material is tagged to this element yet.</source>
        <translation>មិនទាន់មានសម្ភារៈណាត្រូវបានដាក់ស្លាកទៅធាតុផ្សំនេះនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Ticks it in the incident&apos;s &quot;Concerns&quot; list, so this charge counts it.</source>
        <translation>ធីកវានៅក្នុងបញ្ជី &quot;ពាក់ព័ន្ធនឹង&quot; របស់ហេតុការណ៍ ដូច្នេះការចោទប្រកាន់នេះរាប់បញ្ចូលវា។</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>តំណភ្ជាប់មិនត្រូវបានរក្សាទុកទេ</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>នាំចេញតារាងម៉ាទ្រីសជា CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}.</source>
        <translation>មិនអាចសរសេរឯកសារ CSV បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>Export the matrix as PNG</source>
        <translation>នាំចេញតារាងម៉ាទ្រីសជា PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written there. Choose another folder.</source>
        <translation>មិនអាចសរសេររូបភាពនៅទីនោះបានទេ។ ជ្រើសរើសថតផ្សេង។</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Incidents by month</source>
        <translation>ហេតុការណ៍តាមខែ</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Testimony of {witness}</source>
        <translation>សក្ខីកម្មរបស់ {witness}</translation>
    </message>
    <message>
        <source>v{version}</source>
        <comment>a statement&apos;s version</comment>
        <translation>v{version}</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>បានបិទត្រា</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ហេតុការណ៍</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>ការចោទប្រកាន់</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>តារាងម៉ាទ្រីសនៃការគ្របដណ្តប់</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>លំដាប់ពេលវេលា</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>លំនាំ</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <comment>a navigator section and its size</comment>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>{count} more — use {search} to find them</source>
        <translation>{count} ទៀត — ប្រើ {search} ដើម្បីស្វែងរក</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>បង្កើតកូនសោសង្គ្រោះថ្មី(&amp;M)</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>កូនសោសង្គ្រោះថ្មី</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key will no longer open this casebook. Do this when the old key may have been seen, copied or lost.</source>
        <translation>កូនសោសង្គ្រោះថ្មីជំនួសកូនសោចាស់៖ កូនសោចាស់នឹងលែងបើកសៀវភៅសំណុំរឿងនេះទៀតហើយ។ ធ្វើដូច្នេះ នៅពេលកូនសោចាស់អាចត្រូវបានគេមើលឃើញ ចម្លង ឬបាត់បង់។</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន៖</translation>
    </message>
    <message>
        <source>The old key no longer opens this casebook.</source>
        <translation>កូនសោចាស់លែងបើកសៀវភៅសំណុំរឿងនេះទៀតហើយ។</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>វាយឃ្លាសម្ងាត់ដែលបើកវាឥឡូវនេះ។</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Send case package</source>
        <translation>ផ្ញើកញ្ចប់សំណុំរឿង</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>អ្នកទទួល</translation>
    </message>
    <message>
        <source>Only changes since the last package to these recipients</source>
        <translation>តែការផ្លាស់ប្តូរចាប់តាំងពីកញ្ចប់ចុងក្រោយទៅអ្នកទទួលទាំងនេះ</translation>
    </message>
    <message>
        <source>Include protected identities (real names, contacts)</source>
        <translation>ដាក់បញ្ចូលអត្តសញ្ញាណដែលត្រូវបានការពារ (ឈ្មោះពិត ទំនាក់ទំនង)</translation>
    </message>
    <message>
        <source>Real names and contacts of witnesses will leave this casebook. Include them only if the recipients need them and the witnesses agreed.</source>
        <translation>ឈ្មោះពិត និងទំនាក់ទំនងរបស់សាក្សីនឹងចេញពីសៀវភៅសំណុំរឿងនេះ។ ដាក់បញ្ចូលវា លុះត្រាតែអ្នកទទួលត្រូវការ ហើយសាក្សីបានយល់ព្រម។</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ឯកសារកញ្ចប់</translation>
    </message>
    <message>
        <source>where to write the package (.cbpkg)</source>
        <translation>កន្លែងដែលត្រូវសរសេរកញ្ចប់ (.cbpkg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>សំណុំរឿង៖</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>អ្នកទទួល៖</translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation>ឯកសារកញ្ចប់៖</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipients when they import it:</source>
        <translation>អានស្នាមម្រាមដៃឌីជីថលនេះប្រាប់អ្នកទទួល នៅពេលពួកគេនាំចូលវា៖</translation>
    </message>
    <message>
        <source>Write package</source>
        <translation>សរសេរកញ្ចប់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>{name} ({role}) · verified</source>
        <translation>{name} ({role}) · បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>{name} ({role}) · NOT VERIFIED — tick to compare fingerprints</source>
        <translation>{name} ({role}) · មិនទាន់ផ្ទៀងផ្ទាត់ — ធីកដើម្បីប្រៀបធៀបស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <source>There is no case to send yet.</source>
        <translation>មិនទាន់មានសំណុំរឿងដែលត្រូវផ្ញើនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Tick at least one verified colleague to send the package to.</source>
        <translation>ធីកសហការីដែលបានផ្ទៀងផ្ទាត់យ៉ាងហោចណាស់ម្នាក់ ដើម្បីផ្ញើកញ្ចប់ទៅ។</translation>
    </message>
    <message>
        <source>Choose where to write the package file.</source>
        <translation>ជ្រើសរើសកន្លែងដែលត្រូវសរសេរឯកសារកញ្ចប់។</translation>
    </message>
    <message>
        <source>Writing the encrypted package…</source>
        <translation>កំពុងសរសេរកញ្ចប់ដែលបានអ៊ិនគ្រីប…</translation>
    </message>
    <message>
        <source>Writing the encrypted package… {megabytes} MB</source>
        <translation>កំពុងសរសេរកញ្ចប់ដែលបានអ៊ិនគ្រីប… {megabytes} MB</translation>
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
            <numerusform>បានសរសេរ {path} សម្រាប់ {recipients}៖ {parts}; ឯកសារភ្ជាប់ %n។ ផ្ញើឯកសារតាមមធ្យោបាយណាក៏បាន៖ មានតែអ្នកទទួលប៉ុណ្ណោះដែលអាចបើកវាបាន។</numerusform>
            <numerusform>បានសរសេរ {path} សម្រាប់ {recipients}៖ {parts}; ឯកសារភ្ជាប់ %n។ ផ្ញើឯកសារតាមមធ្យោបាយណាក៏បាន៖ មានតែអ្នកទទួលប៉ុណ្ណោះដែលអាចបើកវាបាន។</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed since the last package</source>
        <translation>គ្មានអ្វីផ្លាស់ប្តូរចាប់តាំងពីកញ្ចប់ចុងក្រោយទេ</translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation>កញ្ចប់មិនត្រូវបានសរសេរទេ</translation>
    </message>
</context>
<context>
    <name>PassageHighlights</name>
    <message>
        <source>(click to open the tag)</source>
        <translation>(ចុចដើម្បីបើកស្លាក)</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>វាយឃ្លាសម្ងាត់ម្តងទៀត</translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway (anyone with a copy of the folder could guess it)</source>
        <translation>ប្រើឃ្លាសម្ងាត់ខ្សោយនេះទោះយ៉ាងណាក៏ដោយ (អ្នកណាដែលមានច្បាប់ចម្លងនៃថតអាចទាយវាបាន)</translation>
    </message>
    <message>
        <source>Only if you accept that someone with a copy of the folder could guess it</source>
        <translation>លុះត្រាតែអ្នកទទួលយកថា អ្នកដែលមានច្បាប់ចម្លងនៃថតអាចទាយវាបាន</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>ឃ្លាសម្ងាត់៖</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>វាយម្តងទៀត៖</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters; several words are best.</source>
        <translation>ជ្រើសរើសឃ្លាសម្ងាត់យ៉ាងហោចណាស់ {count} តួអក្សរ៖ ពាក្យច្រើនគឺល្អបំផុត។</translation>
    </message>
    <message>
        <source>This passphrase is “{strength}”: a program can guess it quickly. Anyone who gets a copy of the casebook folder (a lost laptop, a seized USB drive, a backup) could then read every statement and the names of the people who gave them. Choose several unrelated words, or tick “Use this weak passphrase anyway” if you accept that risk.</source>
        <translation>ឃ្លាសម្ងាត់នេះ “{strength}”៖ កម្មវិធីអាចទាយវាបានយ៉ាងឆាប់។ អ្នកណាដែលទទួលបានច្បាប់ចម្លងនៃថតសៀវភៅសំណុំរឿង (កុំព្យូទ័រយួរដៃបាត់ USB ត្រូវបានរឹបអូស ច្បាប់បម្រុងទុក) អាចអានសក្ខីកម្មទាំងអស់ និងឈ្មោះអ្នកដែលបានផ្តល់សក្ខីកម្មទាំងនោះ។ ជ្រើសរើសពាក្យច្រើនដែលមិនទាក់ទងគ្នា ឬធីក “ប្រើឃ្លាសម្ងាត់ខ្សោយនេះទោះយ៉ាងណាក៏ដោយ” ប្រសិនបើអ្នកទទួលយកហានិភ័យនោះ។</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរខុសគ្នា។ វាយឃ្លាសម្ងាត់ដូចគ្នាពីរដង។</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>(any)</source>
        <translation>(ណាមួយ)</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>លំនាំ</translation>
    </message>
    <message>
        <source>Cases counted</source>
        <translation>សំណុំរឿងដែលរាប់</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>សំណុំរឿងនេះ</translation>
    </message>
    <message>
        <source>All cases of the casebook</source>
        <translation>សំណុំរឿងទាំងអស់នៃសៀវភៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>រយៈពេលពី</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>រយៈពេលដល់</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM ឬ YYYY</translation>
    </message>
    <message>
        <source>Administrative area</source>
        <translation>តំបន់រដ្ឋបាល</translation>
    </message>
    <message>
        <source>Victim characteristic</source>
        <translation>លក្ខណៈរបស់ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation>ក្រុមជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Alleged perpetrator unit</source>
        <translation>អង្គភាពរបស់ជនសង្ស័យ</translation>
    </message>
    <message>
        <source>Crime tagged or charged</source>
        <translation>ឧក្រិដ្ឋកម្មដែលបានដាក់ស្លាក ឬចោទប្រកាន់</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>អនុវត្តតម្រង</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>សម្អាតតម្រង</translation>
    </message>
    <message>
        <source>Saved patterns</source>
        <translation>លំនាំដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <source>(saved patterns)</source>
        <translation>(លំនាំដែលបានរក្សាទុក)</translation>
    </message>
    <message>
        <source>Save pattern…</source>
        <translation>រក្សាទុកលំនាំ…</translation>
    </message>
    <message>
        <source>Delete saved pattern</source>
        <translation>លុបលំនាំដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Keep this filter and its counts; cite it for a contextual element, so the coverage matrix and the complaint&apos;s analysis show it.</source>
        <translation>រក្សាតម្រងនេះ និងចំនួនរបស់វា៖ ដកស្រង់វាសម្រាប់ធាតុផ្សំបរិបទ ដូច្នេះតារាងម៉ាទ្រីសនៃការគ្របដណ្តប់ និងការវិភាគនៃពាក្យបណ្តឹងបង្ហាញវា។</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>រាប់៖</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>រយៈពេលពី៖</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>ដល់៖</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>តំបន់៖</translation>
    </message>
    <message>
        <source>Victims by:</source>
        <translation>ជនរងគ្រោះតាម៖</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>អង្គភាព៖</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>អំពើ៖</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>បានរក្សាទុក៖</translation>
    </message>
    <message>
        <source>Incidents by month. Solid: the whole date span lies in the month. Hatched: an uncertain date (range, year, approximate) that may fall in the month; hatched counts overlap between months and must not be added up. Labels: certain (+ possible).</source>
        <translation>ហេតុការណ៍តាមខែ។ ពណ៌ពេញ៖ កាលបរិច្ឆេទទាំងមូលស្ថិតក្នុងខែនោះ។ ឆូតបន្ទាត់៖ កាលបរិច្ឆេទមិនច្បាស់ (ចន្លោះ ឆ្នាំ ប្រហាក់ប្រហែល) ដែលអាចធ្លាក់ក្នុងខែនោះ។ ចំនួនដែលឆូតបន្ទាត់ត្រួតគ្នារវាងខែ ហើយមិនត្រូវបូកបញ្ចូលគ្នាទេ។ ស្លាក៖ ច្បាស់ (+ អាចទៅរួច)។</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>ហេតុការណ៍តាមតំបន់រដ្ឋបាល</translation>
    </message>
    <message>
        <source>Victims by group</source>
        <translation>ជនរងគ្រោះតាមក្រុម</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>ហេតុការណ៍តាមអង្គភាពរបស់ជនសង្ស័យ</translation>
    </message>
    <message>
        <source>Incidents by crime</source>
        <translation>ហេតុការណ៍តាមឧក្រិដ្ឋកម្ម</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>អង្គភាព</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>អំពើ</translation>
    </message>
    <message>
        <source>Choose a bar or a row to list the records behind it.</source>
        <translation>ជ្រើសរើសរបារ ឬជួរដេកមួយ ដើម្បីរាយកំណត់ត្រានៅពីក្រោយវា។</translation>
    </message>
    <message>
        <source>Records behind the chosen count</source>
        <translation>កំណត់ត្រានៅពីក្រោយចំនួនដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>{title} — cited for {element}</source>
        <translation>{title} — ដកស្រង់សម្រាប់ {element}</translation>
    </message>
    <message>
        <source>Delete the saved pattern “{pattern}”? A matrix row or a complaint citing it will no longer show it.</source>
        <translation>លុបលំនាំដែលបានរក្សាទុក “{pattern}”? ជួរដេកតារាងម៉ាទ្រីស ឬពាក្យបណ្តឹងដែលដកស្រង់វានឹងលែងបង្ហាញវាទៀតហើយ។</translation>
    </message>
    <message>
        <source>Pattern not deleted</source>
        <translation>លំនាំមិនត្រូវបានលុបទេ</translation>
    </message>
    <message>
        <source>Pattern not saved</source>
        <translation>លំនាំមិនត្រូវបានរក្សាទុកទេ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The filter was not applied:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;តម្រងមិនត្រូវបានអនុវត្តទេ៖&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>all cases of the casebook</source>
        <translation>សំណុំរឿងទាំងអស់នៃសៀវភៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>សំណុំរឿងនេះ</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} where {conditions}.</source>
        <translation>
            <numerusform>&lt;b&gt;ហេតុការណ៍ %n&lt;/b&gt; នៃ {scope} ដែល {conditions}។</numerusform>
            <numerusform>&lt;b&gt;ហេតុការណ៍ %n&lt;/b&gt; នៃ {scope} ដែល {conditions}។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} (no filter).</source>
        <translation>
            <numerusform>&lt;b&gt;ហេតុការណ៍ %n&lt;/b&gt; នៃ {scope} (គ្មានតម្រង)។</numerusform>
            <numerusform>&lt;b&gt;ហេតុការណ៍ %n&lt;/b&gt; នៃ {scope} (គ្មានតម្រង)។</numerusform>
        </translation>
    </message>
    <message>
        <source>; and </source>
        <comment>joins the conditions of a filter</comment>
        <translation>; និង </translation>
    </message>
    <message numerus="yes">
        <source>Lacking a bounded date: %n incidents. {treatment}</source>
        <translation>
            <numerusform>គ្មានកាលបរិច្ឆេទកំណត់ព្រំដែន៖ ហេតុការណ៍ %n។ {treatment}</numerusform>
            <numerusform>គ្មានកាលបរិច្ឆេទកំណត់ព្រំដែន៖ ហេតុការណ៍ %n។ {treatment}</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} Plotted by coordinates: {plotted}; without coordinates: {without}.</source>
        <translation>{what} បានគូសតាមកូអរដោនេ៖ {plotted}; គ្មានកូអរដោនេ៖ {without}។</translation>
    </message>
    <message>
        <source>{what} Incidents with no victim recorded: {count}.</source>
        <translation>{what} ហេតុការណ៍ដែលគ្មានជនរងគ្រោះត្រូវបានកត់ត្រា៖ {count}។</translation>
    </message>
    <message>
        <source>{month}: certainly in the month</source>
        <translation>{month}៖ ច្បាស់ជាក្នុងខែនោះ</translation>
    </message>
    <message>
        <source>{title}: {count} — the records behind this count (press Enter or double-click to open):</source>
        <translation>{title}៖ {count} — កំណត់ត្រានៅពីក្រោយចំនួននេះ (ចុច Enter ឬចុចពីរដង ដើម្បីបើក)៖</translation>
    </message>
    <message>
        <source>Person {name}</source>
        <translation>បុគ្គល {name}</translation>
    </message>
    <message>
        <source>possibly in the month: Incident: {title}</source>
        <translation>អាចក្នុងខែនោះ៖ ហេតុការណ៍៖ {title}</translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <translation>ហេតុការណ៍៖ {title}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Show identity…</source>
        <translation>បង្ហាញអត្តសញ្ញាណ…</translation>
    </message>
    <message>
        <source>Show protected identity</source>
        <translation>បង្ហាញអត្តសញ្ញាណដែលត្រូវបានការពារ</translation>
    </message>
    <message>
        <source>Opens the person&apos;s name and contact details</source>
        <translation>បើកឈ្មោះ និងព័ត៌មានទំនាក់ទំនងរបស់បុគ្គលនោះ</translation>
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
        <translation>ហេតុការណ៍តាមកូអរដោនេ</translation>
    </message>
    <message>
        <source>No coordinates recorded</source>
        <translation>គ្មានកូអរដោនេត្រូវបានកត់ត្រា</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>តាមប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ភ្លឺ</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ងងឹត</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>មិនដែល</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 វិនាទី</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 នាទី</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 នាទី</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>ចំណូលចិត្ត</translation>
    </message>
    <message>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>ចាក់សោបន្ទាប់ពីមិនប្រើប៉ុន្មាននាទី</translation>
    </message>
    <message>
        <source>Remember recently opened casebooks</source>
        <translation>ចងចាំសៀវភៅសំណុំរឿងដែលបានបើកថ្មីៗ</translation>
    </message>
    <message>
        <source>Off by default: the list shows where casebooks are kept to anyone who opens Casebook on this computer.</source>
        <translation>បិទតាមលំនាំដើម៖ បញ្ជីនេះបង្ហាញកន្លែងរក្សាទុកសៀវភៅសំណុំរឿង ដល់អ្នកណាដែលបើក Casebook លើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>ទំហំអក្សរ</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>ពណ៌</translation>
    </message>
    <message>
        <source>Clear a copied identity detail after</source>
        <translation>សម្អាតព័ត៌មានអត្តសញ្ញាណដែលបានចម្លង បន្ទាប់ពី</translation>
    </message>
    <message>
        <source>Names and contacts copied from a protected identity are removed from the clipboard after this time. A clipboard manager may keep its own history.</source>
        <translation>ឈ្មោះ និងទំនាក់ទំនងដែលបានចម្លងពីអត្តសញ្ញាណដែលត្រូវបានការពារ ត្រូវបានលុបចេញពីក្តារតម្បៀតខ្ទាស់ បន្ទាប់ពីរយៈពេលនេះ។ កម្មវិធីគ្រប់គ្រងក្តារតម្បៀតខ្ទាស់អាចរក្សាប្រវត្តិផ្ទាល់ខ្លួន។</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>ភាសានៃចំណុចប្រទាក់</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>លំនាំដើមរបស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>{endonym} ({english})</source>
        <translation>{endonym} ({english})</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts. Only languages whose translation is complete are listed; every translation is a draft that still needs review by a native speaker.</source>
        <translation>ភាសាថ្មីអនុវត្តនៅពេល Casebook ចាប់ផ្តើមលើកក្រោយ។ មានតែភាសាដែលការបកប្រែពេញលេញប៉ុណ្ណោះត្រូវបានរាយ៖ ការបកប្រែនីមួយៗជាសេចក្តីព្រាង ដែលនៅតែត្រូវការការពិនិត្យដោយអ្នកនិយាយភាសាកំណើត។</translation>
    </message>
    <message>
        <source>Lock the casebook after</source>
        <translation>ចាក់សោសៀវភៅសំណុំរឿង បន្ទាប់ពី</translation>
    </message>
    <message>
        <source>Clear a copied name or contact after</source>
        <translation>សម្អាតឈ្មោះ ឬទំនាក់ទំនងដែលបានចម្លង បន្ទាប់ពី</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>បាទ/ចាស ទាំងអស់ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ទេ ទាំងអស់ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ព្យាយាមម្ដងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>រំលង</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ស្ដារលំនាំដើម</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>States and bodies the consent covers</source>
        <translation>រដ្ឋ និងស្ថាប័នដែលការយល់ព្រមគ្របដណ្តប់</translation>
    </message>
    <message>
        <source>State or body to add</source>
        <translation>រដ្ឋ ឬស្ថាប័នដែលត្រូវបន្ថែម</translation>
    </message>
    <message>
        <source>Type a state or body, e.g. Germany, IIMM</source>
        <translation>វាយរដ្ឋ ឬស្ថាប័ន ឧ. Germany, IIMM</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>បន្ថែម(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Choose a state or body from the list.</source>
        <translation>ជ្រើសរើសរដ្ឋ ឬស្ថាប័នមួយពីបញ្ជី។</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>{label}:</source>
        <translation>{label}៖</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Not saved: {field}. The reason is shown beside it.</source>
        <translation>មិនបានរក្សាទុក៖ {field}។ មូលហេតុត្រូវបានបង្ហាញនៅក្បែរវា។</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>victim</source>
        <translation>ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>survivor</source>
        <translation>អ្នករស់រានមានជីវិត</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>សាក្សី</translation>
    </message>
    <message>
        <source>alleged perpetrator</source>
        <translation>ជនសង្ស័យ</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>អ្នកសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>អ្នករស់រានមានជីវិត</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>សាក្សី</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>ជនសង្ស័យ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>អ្នកសម្ភាសន៍</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <source>video</source>
        <translation>វីដេអូ</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>សំឡេង</translation>
    </message>
    <message>
        <source>document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>វត្ថុរូបវន្ត</translation>
    </message>
    <message>
        <source>open source</source>
        <translation>ប្រភពបើកចំហ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ផ្សេងទៀត</translation>
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
        <translation>សរសេរកូនសោសង្គ្រោះរបស់អ្នកទុក</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the casebook. Write it on paper and keep it apart from this computer. {note}</source>
        <translation>ប្រសិនបើភ្លេចឃ្លាសម្ងាត់ កូនសោនេះគឺជាមធ្យោបាយតែមួយគត់ដើម្បីបើកសៀវភៅសំណុំរឿង។ សរសេរវាលើក្រដាស ហើយរក្សាវាឱ្យនៅដាច់ដោយឡែកពីកុំព្យូទ័រនេះ។ {note}</translation>
    </message>
    <message>
        <source>It is shown only now.</source>
        <translation>វាត្រូវបានបង្ហាញតែឥឡូវនេះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>កូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>ខ្ញុំបានសរសេរកូនសោសង្គ្រោះទុករួចហើយ</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>បន្ត(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <source>Review done</source>
        <translation>ការពិនិត្យរួចរាល់</translation>
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
        <translation>ត្រូវពិនិត្យ៖ ការយល់ព្រមនេះក៏បានដាក់ឈ្មោះ {names} ផងដែរ ដែលបានសរសេរមុនពេល Casebook ប្រើបញ្ជីរដ្ឋ និងស្ថាប័នរបស់ខ្លួន។ គ្មានរដ្ឋ ឬស្ថាប័នណាក្នុងបញ្ជីត្រូវគ្នាទេ ដូច្នេះគ្មានការនាំចេញណាប្រើវាទេ។ បន្ថែមរដ្ឋ ឬស្ថាប័នដែលសាក្សីចង់និយាយខាងក្រោម រួចចុច ការពិនិត្យរួចរាល់។</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review of {reference}</source>
        <translation>ការពិនិត្យ {reference}</translation>
    </message>
    <message>
        <source>New review status</source>
        <translation>ស្ថានភាពការពិនិត្យថ្មី</translation>
    </message>
    <message>
        <source>Set status (signed)</source>
        <translation>កំណត់ស្ថានភាព (បានចុះហត្ថលេខា)</translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation>ប្តូរទៅ៖</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Approve and sign off</source>
        <translation>អនុម័ត និងចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>មតិយោបល់នៃការពិនិត្យ</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>មតិយោបល់ថ្មី</translation>
    </message>
    <message>
        <source>A comment for the documenter or the supervisor…</source>
        <translation>មតិយោបល់សម្រាប់អ្នកចងក្រងឯកសារ ឬអ្នកត្រួតពិនិត្យ…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>បន្ថែមមតិយោបល់</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>មតិយោបល់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted for review yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;មិនទាន់បានដាក់ជូនដើម្បីពិនិត្យនៅឡើយទេ។&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — set by {person}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; — កំណត់ដោយ {person}</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>ហត្ថលេខាត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>SIGNATURE INVALID</source>
        <translation>ហត្ថលេខាមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>the case is unchanged since</source>
        <translation>សំណុំរឿងមិនបានផ្លាស់ប្តូរចាប់តាំងពីពេលនោះ</translation>
    </message>
    <message>
        <source>the case CHANGED after the approval; it needs a new review</source>
        <translation>សំណុំរឿងបានផ្លាស់ប្តូរបន្ទាប់ពីការអនុម័ត៖ វាត្រូវការការពិនិត្យថ្មី</translation>
    </message>
    <message>
        <source>Signed off by {person} on {when} ({signature}; {content}).</source>
        <translation>បានចុះហត្ថលេខាអនុម័តដោយ {person} នៅ {when} ({signature}; {content})។</translation>
    </message>
    <message>
        <source>{when} {author}: {where}{status} — not counted ({why})</source>
        <translation>{when} {author}៖ {where}{status} — មិនរាប់បញ្ចូល ({why})</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>មិនទាន់មានមតិយោបល់ទេ។</translation>
    </message>
    <message>
        <source>The review status was not changed</source>
        <translation>ស្ថានភាពការពិនិត្យមិនត្រូវបានផ្លាស់ប្តូរទេ</translation>
    </message>
    <message>
        <source>The comment was not added</source>
        <translation>មតិយោបល់មិនត្រូវបានបន្ថែមទេ</translation>
    </message>
</context>
<context>
    <name>SavePatternDialog</name>
    <message>
        <source>Save pattern</source>
        <translation>រក្សាទុកលំនាំ</translation>
    </message>
    <message>
        <source>Title of the pattern</source>
        <translation>ចំណងជើងនៃលំនាំ</translation>
    </message>
    <message>
        <source>What the pattern shows, e.g. Deportations in Maungdaw</source>
        <translation>អ្វីដែលលំនាំបង្ហាញ ឧ. ការនិរទេសនៅ Maungdaw</translation>
    </message>
    <message>
        <source>Contextual element it is cited for</source>
        <translation>ធាតុផ្សំបរិបទដែលវាត្រូវបានដកស្រង់សម្រាប់</translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation>(មិនបានដកស្រង់)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ចំណងជើង៖</translation>
    </message>
    <message>
        <source>Cite for:</source>
        <translation>ដកស្រង់សម្រាប់៖</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Testimony passages</source>
        <translation>ផ្នែកអត្ថបទនៃសក្ខីកម្ម</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ហេតុការណ៍</translation>
    </message>
    <message>
        <source>Search the casebook</source>
        <translation>ស្វែងរកក្នុងសៀវភៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents (any script)</source>
        <translation>ស្វែងរកសក្ខីកម្ម ភស្តុតាង និងហេតុការណ៍ (អក្សរណាក៏បាន)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>កន្លែង</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>លទ្ធផលស្វែងរក</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <comment>a group of search results and its size</comment>
        <translation>{group} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>លទ្ធផល %n</numerusform>
            <numerusform>លទ្ធផល %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>គ្មានលទ្ធផលត្រូវគ្នាទេ។</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <source>Complainants</source>
        <translation>អ្នកប្តឹង</translation>
    </message>
    <message>
        <source>Counsel and signature</source>
        <translation>មេធាវី និងហត្ថលេខា</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>សេចក្តីសង្ខេបនៃអង្គហេតុ</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>យុត្តាធិការ</translation>
    </message>
    <message>
        <source>Reasons to act</source>
        <translation>មូលហេតុដើម្បីចាត់វិធានការ</translation>
    </message>
    <message>
        <source>Other jurisdictions and mechanisms</source>
        <translation>យុត្តាធិការ និងយន្តការផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Requested investigative measures</source>
        <translation>វិធានការស៊ើបអង្កេតដែលស្នើសុំ</translation>
    </message>
    <message>
        <source>Closing requests</source>
        <translation>សំណើបញ្ចប់</translation>
    </message>
    <message>
        <source>Who files the complaint: organisations or persons, with their standing.</source>
        <translation>អ្នកដែលដាក់ពាក្យបណ្តឹង៖ អង្គការ ឬបុគ្គល ជាមួយសិទ្ធិប្តឹងរបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>Counsel for the complainants, the address for replies, the signature block.</source>
        <translation>មេធាវីរបស់អ្នកប្តឹង អាសយដ្ឋានសម្រាប់ការឆ្លើយតប ផ្នែកហត្ថលេខា។</translation>
    </message>
    <message>
        <source>What happened, in short, citing the facts: Cite… inserts a reference.</source>
        <translation>អ្វីដែលបានកើតឡើង ដោយសង្ខេប ដោយដកស្រង់អង្គហេតុ៖ ដកស្រង់… បញ្ចូលឯកសារយោងមួយ។</translation>
    </message>
    <message>
        <source>Why this forum may prosecute (for Germany: § 1 VStGB).</source>
        <translation>ហេតុអ្វីបានជាវេទិកានេះអាចចោទប្រកាន់បាន (សម្រាប់អាល្លឺម៉ង់៖ § 1 VStGB)។</translation>
    </message>
    <message>
        <source>Why the prosecutor should act now (for Germany, the questions of § 153f StPO: suspects, victims or evidence present or expected in Germany).</source>
        <translation>ហេតុអ្វីបានជាព្រះរាជអាជ្ញាគួរចាត់វិធានការឥឡូវនេះ (សម្រាប់អាល្លឺម៉ង់ សំណួរនៃ § 153f StPO៖ ជនសង្ស័យ ជនរងគ្រោះ ឬភស្តុតាងដែលមាន ឬរំពឹងថានឹងមាននៅអាល្លឺម៉ង់)។</translation>
    </message>
    <message>
        <source>Other states, courts and mechanisms already seized of the situation.</source>
        <translation>រដ្ឋ តុលាការ និងយន្តការផ្សេងទៀតដែលកំពុងដោះស្រាយស្ថានការណ៍នេះរួចហើយ។</translation>
    </message>
    <message>
        <source>The investigative steps requested (hearing witnesses, securing evidence, …).</source>
        <translation>ជំហានស៊ើបអង្កេតដែលស្នើសុំ (ស្តាប់ចម្លើយសាក្សី ការពារភស្តុតាង …)។</translation>
    </message>
    <message>
        <source>What is asked: to open proceedings, to be informed of the decision.</source>
        <translation>អ្វីដែលស្នើសុំ៖ ឱ្យបើកនីតិវិធី ឱ្យបានជូនដំណឹងអំពីការសម្រេច។</translation>
    </message>
    <message>
        <source>The legal argument for the whole charge: crime, context, liability.</source>
        <translation>អំណះអំណាងផ្លូវច្បាប់សម្រាប់ការចោទប្រកាន់ទាំងមូល៖ ឧក្រិដ្ឋកម្ម បរិបទ ការទទួលខុសត្រូវ។</translation>
    </message>
    <message>
        <source>Why this element is met, and by which material (Cite… to refer to it).</source>
        <translation>ហេតុអ្វីបានជាធាតុផ្សំនេះត្រូវបានបំពេញ និងដោយសម្ភារៈណា (ដកស្រង់… ដើម្បីយោងទៅវា)។</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>ផ្នែកអត្ថបទ</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>វត្ថុតាង</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ហេតុការណ៍</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <source>Complaint sections — {reference}</source>
        <translation>ផ្នែកនៃពាក្យបណ្តឹង — {reference}</translation>
    </message>
    <message>
        <source>Sections of the complaint</source>
        <translation>ផ្នែកនៃពាក្យបណ្តឹង</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>អត្ថបទនៃផ្នែក</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>ដកស្រង់…</translation>
    </message>
    <message>
        <source>Insert a reference to a passage, exhibit, incident or person</source>
        <translation>បញ្ចូលឯកសារយោងទៅផ្នែកអត្ថបទ វត្ថុតាង ហេតុការណ៍ ឬបុគ្គល</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Save this section as a new version (Ctrl+S)</source>
        <translation>រក្សាទុកផ្នែកនេះជាកំណែថ្មី (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Legal argument: {crime} {title}</source>
        <translation>អំណះអំណាងផ្លូវច្បាប់៖ {crime} {title}</translation>
    </message>
    <message>
        <source>{section} (written)</source>
        <translation>{section} (បានសរសេរ)</translation>
    </message>
    <message>
        <source>{section} (nothing written yet)</source>
        <translation>{section} (មិនទាន់សរសេរអ្វីនៅឡើយ)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្តូរមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>Saved, version {version}</source>
        <translation>បានរក្សាទុក កំណែ {version}</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>មិនទាន់សរសេរអ្វីនៅឡើយ</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %n citation(s) name nothing of this case (hover for which)</source>
        <translation>
            <numerusform>{status} · ការដកស្រង់ %n មិនសំដៅលើអ្វីនៃសំណុំរឿងនេះទេ (ដាក់កណ្តុរលើវា ដើម្បីដឹងថាមួយណា)</numerusform>
            <numerusform>{status} · ការដកស្រង់ %n មិនសំដៅលើអ្វីនៃសំណុំរឿងនេះទេ (ដាក់កណ្តុរលើវា ដើម្បីដឹងថាមួយណា)</numerusform>
        </translation>
    </message>
    <message>
        <source>The section was not saved</source>
        <translation>ផ្នែកមិនត្រូវបានរក្សាទុកទេ</translation>
    </message>
    <message>
        <source>Complaint &amp;sections…</source>
        <translation>ផ្នែកនៃពាក្យបណ្តឹង(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the complaint&apos;s own sections and arguments (Ctrl+Shift+A)</source>
        <translation>សរសេរផ្នែក និងអំណះអំណាងរបស់ពាក្យបណ្តឹង (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <source>Add paragraph</source>
        <translation>បន្ថែមកថាខណ្ឌ</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>កែសម្រួលសក្ខីកម្ម</translation>
    </message>
    <message>
        <source>Edit paragraph {n}</source>
        <translation>កែសម្រួលកថាខណ្ឌ {n}</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>ដកកថាខណ្ឌ {n} ចេញ</translation>
    </message>
    <message>
        <source>Move paragraph {n}</source>
        <translation>ផ្លាស់ទីកថាខណ្ឌ {n}</translation>
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
        <translation>សក្ខីកម្ម និងភស្តុតាង រក្សាទុកក្នុងថតដែលបានអ៊ិនគ្រីបលើកុំព្យូទ័រនេះ។ បើកសៀវភៅសំណុំរឿងដែលអ្នកមាន ឬបង្កើតថ្មីមួយ។</translation>
    </message>
    <message>
        <source>&amp;Open a casebook…</source>
        <translation>បើកសៀវភៅសំណុំរឿង(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a casebook folder</source>
        <translation>បើកថតសៀវភៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>&amp;Create a new casebook…</source>
        <translation>បង្កើតសៀវភៅសំណុំរឿងថ្មី(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a new casebook</source>
        <translation>បង្កើតសៀវភៅសំណុំរឿងថ្មី</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ចំណូលចិត្ត(&amp;P)…</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>បានបើកថ្មីៗ៖</translation>
    </message>
    <message>
        <source>Recently opened casebooks</source>
        <translation>សៀវភៅសំណុំរឿងដែលបានបើកថ្មីៗ</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>ខ្សោយណាស់</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ខ្សោយ</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>រឹងមាំ</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>រឹងមាំណាស់</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>កម្លាំងនៃឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>No passphrase yet</source>
        <translation>មិនទាន់មានឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Strength: {label}</source>
        <translation>កម្លាំង៖ {label}</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>ប្រើយ៉ាងហោចណាស់ {count} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Good. Keep it somewhere only you can find it.</source>
        <translation>ល្អ។ រក្សាវាទុកនៅកន្លែងដែលមានតែអ្នកប៉ុណ្ណោះអាចរកឃើញ។</translation>
    </message>
    <message>
        <source>Several unrelated words are easy to type and hard to guess.</source>
        <translation>ពាក្យច្រើនដែលមិនទាក់ទងគ្នា ងាយវាយ និងពិបាកទាយ។</translation>
    </message>
</context>
<context>
    <name>SupervisorAccessDialog</name>
    <message>
        <source>A supervisor with a key slot can open this casebook folder with their own key, without your passphrase — for example to recover your work if you lose the passphrase, or to review it on this computer. Only verified supervisors can be given a slot. Remove a slot when the supervisor should no longer have that access.</source>
        <translation>អ្នកត្រួតពិនិត្យដែលមានរន្ធកូនសោ អាចបើកថតសៀវភៅសំណុំរឿងនេះដោយកូនសោផ្ទាល់ខ្លួន ដោយមិនត្រូវការឃ្លាសម្ងាត់របស់អ្នក — ឧទាហរណ៍ ដើម្បីស្តារការងាររបស់អ្នក ប្រសិនបើអ្នកបាត់ឃ្លាសម្ងាត់ ឬដើម្បីពិនិត្យវាលើកុំព្យូទ័រនេះ។ មានតែអ្នកត្រួតពិនិត្យដែលបានផ្ទៀងផ្ទាត់ប៉ុណ្ណោះដែលអាចទទួលបានរន្ធ។ ដករន្ធចេញ នៅពេលអ្នកត្រួតពិនិត្យមិនគួរមានសិទ្ធិចូលប្រើនោះទៀត។</translation>
    </message>
    <message>
        <source>Supervisor access</source>
        <translation>ការចូលប្រើរបស់អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Supervisors who can open this casebook</source>
        <translation>អ្នកត្រួតពិនិត្យដែលអាចបើកសៀវភៅសំណុំរឿងនេះ</translation>
    </message>
    <message>
        <source>Remove access…</source>
        <translation>ដកសិទ្ធិចូលប្រើ…</translation>
    </message>
    <message>
        <source>Verified supervisor</source>
        <translation>អ្នកត្រួតពិនិត្យដែលបានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>ផ្តល់សិទ្ធិចូលប្រើ</translation>
    </message>
    <message>
        <source>Verified supervisor:</source>
        <translation>អ្នកត្រួតពិនិត្យដែលបានផ្ទៀងផ្ទាត់៖</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>{supervisor} — since {since}</source>
        <translation>{supervisor} — ចាប់តាំងពី {since}</translation>
    </message>
    <message>
        <source>No supervisor can open this casebook.</source>
        <translation>គ្មានអ្នកត្រួតពិនិត្យណាអាចបើកសៀវភៅសំណុំរឿងនេះទេ។</translation>
    </message>
    <message>
        <source>No verified supervisor (see Exchange ▸ Identities…)</source>
        <translation>គ្មានអ្នកត្រួតពិនិត្យដែលបានផ្ទៀងផ្ទាត់ (មើល ការចែករំលែក ▸ អត្តសញ្ញាណ…)</translation>
    </message>
    <message>
        <source>Access was not given</source>
        <translation>សិទ្ធិចូលប្រើមិនត្រូវបានផ្តល់ទេ</translation>
    </message>
    <message>
        <source>{supervisor} can now open this casebook with their own key.</source>
        <translation>ឥឡូវ {supervisor} អាចបើកសៀវភៅសំណុំរឿងនេះដោយកូនសោផ្ទាល់ខ្លួន។</translation>
    </message>
    <message>
        <source>Remove supervisor access</source>
        <translation>ដកសិទ្ធិចូលប្រើរបស់អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>{supervisor}

This supervisor will no longer be able to open this casebook with their key.</source>
        <translation>{supervisor}

អ្នកត្រួតពិនិត្យនេះនឹងលែងអាចបើកសៀវភៅសំណុំរឿងនេះដោយកូនសោរបស់ខ្លួនទៀតហើយ។</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>ដកសិទ្ធិចូលប្រើ</translation>
    </message>
    <message>
        <source>Access was not removed</source>
        <translation>សិទ្ធិចូលប្រើមិនត្រូវបានដកទេ</translation>
    </message>
    <message>
        <source>The key slot was removed.</source>
        <translation>រន្ធកូនសោត្រូវបានដកចេញ។</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>(not graded)</source>
        <translation>(មិនទាន់វាយតម្លៃ)</translation>
    </message>
    <message>
        <source>Direct — proves the element itself</source>
        <translation>ផ្ទាល់ — បញ្ជាក់ធាតុផ្សំដោយខ្លួនវា</translation>
    </message>
    <message>
        <source>Circumstantial — the element can be inferred from it</source>
        <translation>តាមកាលៈទេសៈ — អាចសន្និដ្ឋានធាតុផ្សំពីវាបាន</translation>
    </message>
    <message>
        <source>Corroborating — confirms other material</source>
        <translation>គាំទ្របញ្ជាក់ — បញ្ជាក់សម្ភារៈផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Contradicting — speaks against the element</source>
        <translation>ផ្ទុយគ្នា — និយាយប្រឆាំងនឹងធាតុផ្សំ</translation>
    </message>
    <message numerus="yes">
        <source>The tag was saved. This material now both supports and contradicts {element} (%n conflict(s)). The coverage matrix shows the element as contested until someone resolves it: check both tags and remove the one that is wrong.</source>
        <translation>
            <numerusform>ស្លាកត្រូវបានរក្សាទុក។ ឥឡូវសម្ភារៈនេះទាំងគាំទ្រ និងផ្ទុយនឹង {element} (ភាពមិនស៊ីគ្នា %n)។ តារាងម៉ាទ្រីសនៃការគ្របដណ្តប់បង្ហាញធាតុផ្សំនេះថាមានការជំទាស់ រហូតដល់មាននរណាម្នាក់ដោះស្រាយវា៖ ពិនិត្យស្លាកទាំងពីរ ហើយដកស្លាកដែលខុសចេញ។</numerusform>
            <numerusform>ស្លាកត្រូវបានរក្សាទុក។ ឥឡូវសម្ភារៈនេះទាំងគាំទ្រ និងផ្ទុយនឹង {element} (ភាពមិនស៊ីគ្នា %n)។ តារាងម៉ាទ្រីសនៃការគ្របដណ្តប់បង្ហាញធាតុផ្សំនេះថាមានការជំទាស់ រហូតដល់មាននរណាម្នាក់ដោះស្រាយវា៖ ពិនិត្យស្លាកទាំងពីរ ហើយដកស្លាកដែលខុសចេញ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {material}</source>
        <translation>ដាក់ស្លាក {material}</translation>
    </message>
    <message>
        <source>No element chosen yet: pick a crime, then one of its elements.</source>
        <translation>មិនទាន់បានជ្រើសរើសធាតុផ្សំទេ៖ ជ្រើសរើសឧក្រិដ្ឋកម្មមួយ រួចធាតុផ្សំមួយរបស់វា។</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>ការគាំទ្រ</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>ភាពគួរឱ្យទុកចិត្តនៃប្រភព</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>ភាពជឿជាក់នៃព័ត៌មាន</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>ជនសង្ស័យ</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(មិនមែននរណាម្នាក់ជាពិសេស)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>why this material bears on the element (optional)</source>
        <translation>ហេតុអ្វីបានជាសម្ភារៈនេះពាក់ព័ន្ធនឹងធាតុផ្សំ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>ធាតុផ្សំ៖</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>ការគាំទ្រ៖</translation>
    </message>
    <message>
        <source>Source reliability:</source>
        <translation>ភាពគួរឱ្យទុកចិត្តនៃប្រភព៖</translation>
    </message>
    <message>
        <source>Information credibility:</source>
        <translation>ភាពជឿជាក់នៃព័ត៌មាន៖</translation>
    </message>
    <message>
        <source>Alleged perpetrator:</source>
        <translation>ជនសង្ស័យ៖</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>កំណត់ចំណាំ៖</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>បន្ថែមស្លាក</translation>
    </message>
    <message>
        <source>Choose an element of a crime first.</source>
        <translation>ជ្រើសរើសធាតុផ្សំនៃឧក្រិដ្ឋកម្មមួយជាមុនសិន។</translation>
    </message>
    <message>
        <source>The tag was not added</source>
        <translation>ស្លាកមិនត្រូវបានបន្ថែមទេ</translation>
    </message>
    <message>
        <source>Material for and against</source>
        <translation>សម្ភារៈគាំទ្រ និងប្រឆាំង</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <source>Tags of this record</source>
        <translation>ស្លាកនៃកំណត់ត្រានេះ</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>ដកស្លាកចេញ</translation>
    </message>
    <message>
        <source>Tags ({count})</source>
        <translation>ស្លាក ({count})</translation>
    </message>
    <message>
        <source>Remove this tag?</source>
        <translation>ដកស្លាកនេះចេញ?</translation>
    </message>
    <message>
        <source>{tag}

The removal is recorded in the audit log.</source>
        <translation>{tag}

ការដកចេញត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
</context>
<context>
    <name>TaxonomyBrowser</name>
    <message>
        <source>Article 6 — genocide</source>
        <translation>មាត្រា 6 — ឧក្រិដ្ឋកម្មប្រល័យពូជសាសន៍</translation>
    </message>
    <message>
        <source>Article 7 — crimes against humanity</source>
        <translation>មាត្រា 7 — ឧក្រិដ្ឋកម្មប្រឆាំងនឹងមនុស្សជាតិ</translation>
    </message>
    <message>
        <source>Article 8 — war crimes</source>
        <translation>មាត្រា 8 — ឧក្រិដ្ឋកម្មសង្គ្រាម</translation>
    </message>
    <message>
        <source>Article 8 bis — aggression</source>
        <translation>មាត្រា 8 bis — ឧក្រិដ្ឋកម្មនៃការឈ្លានពាន</translation>
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
        <translation>⚠ មិនទាន់ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>no elements yet</source>
        <translation>មិនទាន់មានធាតុផ្សំ</translation>
    </message>
    <message>
        <source>Search crimes by words or id (rape, forcible transfer)</source>
        <translation>ស្វែងរកឧក្រិដ្ឋកម្មតាមពាក្យ ឬ id (rape, forcible transfer)</translation>
    </message>
    <message>
        <source>Search crimes</source>
        <translation>ស្វែងរកឧក្រិដ្ឋកម្ម</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>មាត្រា</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>មាត្រាទាំងអស់</translation>
    </message>
    <message>
        <source>Conflict type</source>
        <translation>ប្រភេទជម្លោះ</translation>
    </message>
    <message>
        <source>Any conflict type</source>
        <translation>ប្រភេទជម្លោះណាមួយ</translation>
    </message>
    <message>
        <source>International armed conflict (IAC)</source>
        <translation>ជម្លោះប្រដាប់អាវុធអន្តរជាតិ (IAC)</translation>
    </message>
    <message>
        <source>Non-international armed conflict (NIAC)</source>
        <translation>ជម្លោះប្រដាប់អាវុធមិនមែនអន្តរជាតិ (NIAC)</translation>
    </message>
    <message>
        <source>Crimes by article</source>
        <translation>ឧក្រិដ្ឋកម្មតាមមាត្រា</translation>
    </message>
    <message>
        <source>Elements of the chosen crime</source>
        <translation>ធាតុផ្សំនៃឧក្រិដ្ឋកម្មដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>មាត្រា {number}</translation>
    </message>
    <message>
        <source>Choose a crime to see its elements.</source>
        <translation>ជ្រើសរើសឧក្រិដ្ឋកម្មមួយ ដើម្បីមើលធាតុផ្សំរបស់វា។</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}).</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision})។</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}). Its text is not yet verified against the source.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision})។ អត្ថបទរបស់វាមិនទាន់ត្រូវបានផ្ទៀងផ្ទាត់ជាមួយប្រភពនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>{number}. {text}  [context]</source>
        <translation>{number}. {text}  [បរិបទ]</translation>
    </message>
    <message>
        <source>{id} — contextual element, shared by every crime of this kind</source>
        <translation>{id} — ធាតុផ្សំបរិបទ ដែលឧក្រិដ្ឋកម្មនីមួយៗនៃប្រភេទនេះមានដូចគ្នា</translation>
    </message>
    <message>
        <source>No elements in this taxonomy yet.</source>
        <translation>មិនទាន់មានធាតុផ្សំនៅក្នុងបញ្ជីឧក្រិដ្ឋកម្មនេះទេ។</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>optional; the witness&apos;s pseudonym is used</source>
        <translation>ស្រេចចិត្ត៖ ឈ្មោះក្លែងរបស់សាក្សីត្រូវបានប្រើ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(មិនបានកំណត់)</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>ទទួលនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>អ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>Make a correction (new version)</source>
        <translation>ធ្វើការកែតម្រូវ (កំណែថ្មី)</translation>
    </message>
    <message>
        <source>Witness (pseudonym)</source>
        <translation>សាក្សី (ឈ្មោះក្លែង)</translation>
    </message>
    <message>
        <source>Show identity…</source>
        <translation>បង្ហាញអត្តសញ្ញាណ…</translation>
    </message>
    <message>
        <source>Show the witness&apos;s protected identity</source>
        <translation>បង្ហាញអត្តសញ្ញាណដែលត្រូវបានការពាររបស់សាក្សី</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>អ្នកសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>សាក្សី៖</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>អ្នកសម្ភាសន៍៖</translation>
    </message>
    <message>
        <source>Tag passage…</source>
        <translation>ដាក់ស្លាកផ្នែកអត្ថបទ…</translation>
    </message>
    <message>
        <source>Tag the paragraph you were in; select words first to tag only those</source>
        <translation>ដាក់ស្លាកកថាខណ្ឌដែលអ្នកនៅ៖ ជ្រើសរើសពាក្យជាមុន ដើម្បីដាក់ស្លាកតែពាក្យទាំងនោះ</translation>
    </message>
    <message>
        <source>Versions of this statement</source>
        <translation>កំណែនៃសក្ខីកម្មនេះ</translation>
    </message>
    <message>
        <source>Seal this statement…</source>
        <translation>បិទត្រាសក្ខីកម្មនេះ…</translation>
    </message>
    <message>
        <source>Every version stays readable. Activate one to open it (read-only if sealed).</source>
        <translation>កំណែនីមួយៗនៅតែអាចអានបាន។ ចុចពីរដងលើមួយ ដើម្បីបើកវា (អានតែប៉ុណ្ណោះ ប្រសិនបើបានបិទត្រា)។</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>សក្ខីកម្ម(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>ព័ត៌មានលម្អិត(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>ការយល់ព្រម(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>កំណែ(&amp;V)</translation>
    </message>
    <message>
        <source>Do&amp;cumentation</source>
        <translation>ការចងក្រងឯកសារ(&amp;C)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>an unknown witness</comment>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>Testimony of {witness}</source>
        <translation>សក្ខីកម្មរបស់ {witness}</translation>
    </message>
    <message>
        <source>{title} — version {version}</source>
        <translation>{title} — កំណែ {version}</translation>
    </message>
    <message>
        <source>This statement was sealed on {date} and cannot be changed. A correction is made as a new version; this one stays as it was.</source>
        <translation>សក្ខីកម្មនេះត្រូវបានបិទត្រានៅថ្ងៃ {date} ហើយមិនអាចផ្លាស់ប្តូរបានទេ។ ការកែតម្រូវត្រូវបានធ្វើជាកំណែថ្មី៖ កំណែនេះនៅដដែល។</translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>កថាខណ្ឌ {number}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode; the original is kept ({paragraphs}).</source>
        <translation>បានបម្លែងពី Zawgyi ទៅ Unicode៖ ច្បាប់ដើមត្រូវបានរក្សាទុក ({paragraphs})។</translation>
    </message>
    <message>
        <source>Version {version} · sealed · {created}</source>
        <translation>កំណែ {version} · បានបិទត្រា · {created}</translation>
    </message>
    <message>
        <source>Version {version} · draft · {created}</source>
        <translation>កំណែ {version} · សេចក្តីព្រាង · {created}</translation>
    </message>
    <message>
        <source>{line}  ← shown</source>
        <comment>the version shown now</comment>
        <translation>{line}  ← កំពុងបង្ហាញ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <source>{pseudonym} ({roles})</source>
        <comment>a person: pseudonym and roles</comment>
        <translation>{pseudonym} ({roles})</translation>
    </message>
    <message>
        <source>Click in the paragraph to tag first (select words to tag only those).</source>
        <translation>ចុចក្នុងកថាខណ្ឌដែលត្រូវដាក់ស្លាកជាមុនសិន (ជ្រើសរើសពាក្យ ដើម្បីដាក់ស្លាកតែពាក្យទាំងនោះ)។</translation>
    </message>
    <message>
        <source>para. {number}, characters {start}–{end}: “{words}”</source>
        <translation>កថាខណ្ឌ {number} តួអក្សរ {start}–{end}៖ “{words}”</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph {number} has %n tag(s) linking it to elements of crimes. Without their words the tags below are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them; Undo brings back the text, and the tags are in force again on it.</source>
        <translation>
            <numerusform>កថាខណ្ឌ {number} មានស្លាក %n ដែលភ្ជាប់វាទៅធាតុផ្សំនៃឧក្រិដ្ឋកម្ម។ បើគ្មានពាក្យរបស់វាទេ ស្លាកខាងក្រោមត្រូវបានរក្សាទុក សម្គាល់ថាត្រូវពិនិត្យ ហើយមិនត្រូវបានរាប់បញ្ចូលក្នុងតារាងម៉ាទ្រីសនៃការគ្របដណ្តប់ រហូតដល់មាននរណាម្នាក់ដាក់ស្លាកឡើងវិញ ឬដកវាចេញ។ មិនធ្វើវិញ នាំអត្ថបទមកវិញ ហើយស្លាកមានសុពលភាពលើវាឡើងវិញ។</numerusform>
            <numerusform>កថាខណ្ឌ {number} មានស្លាក %n ដែលភ្ជាប់វាទៅធាតុផ្សំនៃឧក្រិដ្ឋកម្ម។ បើគ្មានពាក្យរបស់វាទេ ស្លាកខាងក្រោមត្រូវបានរក្សាទុក សម្គាល់ថាត្រូវពិនិត្យ ហើយមិនត្រូវបានរាប់បញ្ចូលក្នុងតារាងម៉ាទ្រីសនៃការគ្របដណ្តប់ រហូតដល់មាននរណាម្នាក់ដាក់ស្លាកឡើងវិញ ឬដកវាចេញ។ មិនធ្វើវិញ នាំអត្ថបទមកវិញ ហើយស្លាកមានសុពលភាពលើវាឡើងវិញ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the paragraph (%n tag(s) to review)</source>
        <translation>
            <numerusform>ដកកថាខណ្ឌចេញ (ស្លាក %n ត្រូវពិនិត្យ)</numerusform>
            <numerusform>ដកកថាខណ្ឌចេញ (ស្លាក %n ត្រូវពិនិត្យ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a tagged paragraph?</source>
        <translation>ដកកថាខណ្ឌដែលមានស្លាកចេញ?</translation>
    </message>
    <message numerus="yes">
        <source>Make the change (%n tag(s) to review)</source>
        <translation>
            <numerusform>ធ្វើការផ្លាស់ប្តូរ (ស្លាក %n ត្រូវពិនិត្យ)</numerusform>
            <numerusform>ធ្វើការផ្លាស់ប្តូរ (ស្លាក %n ត្រូវពិនិត្យ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change tagged words?</source>
        <translation>ផ្លាស់ប្តូរពាក្យដែលមានស្លាក?</translation>
    </message>
    <message>
        <source>This change takes away or alters words that tags rest on. The tags are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them:</source>
        <translation>ការផ្លាស់ប្តូរនេះដកចេញ ឬកែប្រែពាក្យដែលស្លាកផ្អែកលើ។ ស្លាកត្រូវបានរក្សាទុក សម្គាល់ថាត្រូវពិនិត្យ ហើយមិនត្រូវបានរាប់បញ្ចូលក្នុងតារាងម៉ាទ្រីសនៃការគ្របដណ្តប់ រហូតដល់មាននរណាម្នាក់ដាក់ស្លាកឡើងវិញ ឬដកវាចេញ៖</translation>
    </message>
    <message>
        <source>Seal this statement?</source>
        <translation>បិទត្រាសក្ខីកម្មនេះ?</translation>
    </message>
    <message>
        <source>A sealed statement cannot be changed; corrections become new versions. Seal it once the witness has confirmed it.</source>
        <translation>សក្ខីកម្មដែលបានបិទត្រាមិនអាចផ្លាស់ប្តូរបានទេ៖ ការកែតម្រូវក្លាយជាកំណែថ្មី។ បិទត្រាវា នៅពេលសាក្សីបានបញ្ជាក់វារួច។</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>បិទត្រា</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>លំដាប់ពេលវេលា</translation>
    </message>
    <message>
        <source>● a known day  ·  ▬ a span: the incident happened at some time within it (range, month, year or approximate date); the label says how it is known.</source>
        <translation>● ថ្ងៃដែលដឹងច្បាស់  ·  ▬ រយៈពេល៖ ហេតុការណ៍បានកើតឡើងនៅពេលណាមួយក្នុងរយៈពេលនោះ (ចន្លោះ ខែ ឆ្នាំ ឬកាលបរិច្ឆេទប្រហាក់ប្រហែល)៖ ស្លាកប្រាប់ពីរបៀបដែលវាត្រូវបានដឹង។</translation>
    </message>
    <message>
        <source>Timeline of the incidents</source>
        <translation>លំដាប់ពេលវេលានៃហេតុការណ៍</translation>
    </message>
    <message>
        <source>Incidents without a date</source>
        <translation>ហេតុការណ៍ដែលគ្មានកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Undated (not on the axis):</source>
        <translation>គ្មានកាលបរិច្ឆេទ (មិននៅលើអ័ក្ស)៖</translation>
    </message>
    <message>
        <source>No incident has a date yet.</source>
        <translation>មិនទាន់មានហេតុការណ៍ណាមួយមានកាលបរិច្ឆេទនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>the stored date is not a calendar date</source>
        <translation>កាលបរិច្ឆេទដែលបានរក្សាទុកមិនមែនជាកាលបរិច្ឆេទប្រតិទិនទេ</translation>
    </message>
</context>
<context>
    <name>UncertainDate</name>
    <message>
        <source>On a known day</source>
        <translation>នៅថ្ងៃដែលដឹងច្បាស់</translation>
    </message>
    <message>
        <source>Around a day (approximate)</source>
        <translation>ប្រហែលថ្ងៃមួយ (ប្រហាក់ប្រហែល)</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>រវាងកាលបរិច្ឆេទពីរ</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>តែខែប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>តែឆ្នាំប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>នៅថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Around:</source>
        <translation>ប្រហែល៖</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>ពី៖</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>ខែ៖</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>ឆ្នាំ៖</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>កាលបរិច្ឆេទ៖</translation>
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
        <translation>ដោះសោសៀវភៅសំណុំរឿង</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>កូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>ប្រើកូនសោសង្គ្រោះជំនួសវិញ</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>ឃ្លាសម្ងាត់(&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>កូនសោសង្គ្រោះ(&amp;R)៖</translation>
    </message>
    <message>
        <source>Opening the casebook</source>
        <translation>កំពុងបើកសៀវភៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>កំពុងបើក…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ដោះសោ(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>ដោះសោ “{name}”</translation>
    </message>
    <message>
        <source>The casebook at {folder} is encrypted.</source>
        <translation>សៀវភៅសំណុំរឿងនៅ {folder} ត្រូវបានអ៊ិនគ្រីប។</translation>
    </message>
    <message>
        <source>Casebook could not be opened</source>
        <translation>មិនអាចបើកសៀវភៅសំណុំរឿងបានទេ</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Casebook user guide</source>
        <translation>មគ្គុទ្ទេសក៍អ្នកប្រើ Casebook</translation>
    </message>
    <message>
        <source>The guide is missing from this installation.</source>
        <translation>មគ្គុទ្ទេសក៍បាត់ពីការដំឡើងនេះ។</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>មគ្គុទ្ទេសក៍អ្នកប្រើ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្តារចុច</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>ពាក្យបញ្ជា</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>គ្រាប់ចុច</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify {name}</source>
        <translation>ផ្ទៀងផ្ទាត់ {name}</translation>
    </message>
    <message>
        <source>Call {name} or meet in person — not by the channel the identity came through. Ask them to read their fingerprint aloud and compare it with the one below, digit by digit. Then read yours to them.</source>
        <translation>ទូរស័ព្ទទៅ {name} ឬជួបផ្ទាល់ — មិនមែនតាមមធ្យោបាយដែលអត្តសញ្ញាណបានមកនោះទេ។ សុំឱ្យពួកគេអានស្នាមម្រាមដៃឌីជីថលរបស់ពួកគេខ្លាំងៗ ហើយប្រៀបធៀបវាជាមួយស្នាមខាងក្រោម ម្តងមួយខ្ទង់ៗ។ បន្ទាប់មកអានរបស់អ្នកឱ្យពួកគេស្តាប់។</translation>
    </message>
    <message>
        <source>Fingerprint of {name} ({role}) stored here</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលរបស់ {name} ({role}) ដែលបានរក្សាទុកនៅទីនេះ</translation>
    </message>
    <message>
        <source>Your fingerprint, to read to them</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលរបស់អ្នក សម្រាប់អានឱ្យពួកគេស្តាប់</translation>
    </message>
    <message>
        <source>{name} read out exactly this fingerprint</source>
        <translation>{name} បានអានស្នាមម្រាមដៃឌីជីថលនេះយ៉ាងត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>សម្គាល់ថាបានផ្ទៀងផ្ទាត់</translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <source>records bound to the audit log</source>
        <translation>កំណត់ត្រាដែលភ្ជាប់នឹងកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>ធាតុកំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <source>received audit entries</source>
        <translation>ធាតុកំណត់ហេតុសវនកម្មដែលបានទទួល</translation>
    </message>
    <message>
        <source>review signatures</source>
        <translation>ហត្ថលេខាការពិនិត្យ</translation>
    </message>
    <message>
        <source>time-stamps</source>
        <translation>ត្រាពេលវេលា</translation>
    </message>
    <message>
        <source>evidence time-stamps</source>
        <translation>ត្រាពេលវេលានៃភស្តុតាង</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>ឯកសាររក្សាទុក</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>ធាតុភស្តុតាង</translation>
    </message>
    <message>
        <source>custody signatures</source>
        <translation>ហត្ថលេខាការរក្សាទុក</translation>
    </message>
    <message>
        <source>Verify the casebook</source>
        <translation>ផ្ទៀងផ្ទាត់សៀវភៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>Checking every file, record and signature…</source>
        <translation>កំពុងពិនិត្យឯកសារ កំណត់ត្រា និងហត្ថលេខានីមួយៗ…</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>របាយការណ៍ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Checking {what}…</source>
        <translation>កំពុងពិនិត្យ {what}…</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>ការពិនិត្យទាំងអស់បានជាប់។</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; each line below says what it is and what to do. Change nothing in the casebook folder by hand until you know.</source>
        <translation>
            <numerusform>រកឃើញបញ្ហា %n៖ បន្ទាត់នីមួយៗខាងក្រោមប្រាប់ថាវាជាអ្វី និងត្រូវធ្វើអ្វី។ កុំផ្លាស់ប្តូរអ្វីក្នុងថតសៀវភៅសំណុំរឿងដោយដៃ រហូតដល់អ្នកដឹងច្បាស់។</numerusform>
            <numerusform>រកឃើញបញ្ហា %n៖ បន្ទាត់នីមួយៗខាងក្រោមប្រាប់ថាវាជាអ្វី និងត្រូវធ្វើអ្វី។ កុំផ្លាស់ប្តូរអ្វីក្នុងថតសៀវភៅសំណុំរឿងដោយដៃ រហូតដល់អ្នកដឹងច្បាស់។</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {count} {what}.</source>
        <translation>បានពិនិត្យ {count} {what}។</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The change could not be saved; the casebook is unchanged. Try again; if it keeps failing, run `casebook verify` on this casebook.</source>
        <translation>មិនអាចរក្សាទុកការផ្លាស់ប្តូរបានទេ៖ សៀវភៅសំណុំរឿងមិនបានផ្លាស់ប្តូរទេ។ ព្យាយាមម្តងទៀត៖ ប្រសិនបើវានៅតែបរាជ័យ សូមដំណើរការ `casebook verify` លើសៀវភៅសំណុំរឿងនេះ។</translation>
    </message>
    <message>
        <source>That record is no longer in the casebook.</source>
        <translation>កំណត់ត្រានោះលែងមាននៅក្នុងសៀវភៅសំណុំរឿងទៀតហើយ។</translation>
    </message>
    <message>
        <source>That passage is no longer in the casebook.</source>
        <translation>ផ្នែកអត្ថបទនោះលែងមាននៅក្នុងសៀវភៅសំណុំរឿងទៀតហើយ។</translation>
    </message>
    <message>
        <source>That evidence item is no longer in the casebook.</source>
        <translation>ធាតុភស្តុតាងនោះលែងមាននៅក្នុងសៀវភៅសំណុំរឿងទៀតហើយ។</translation>
    </message>
    <message>
        <source>This evidence item has no stored file.</source>
        <translation>ធាតុភស្តុតាងនេះគ្មានឯកសាររក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>The file is too large to open here ({size} MiB; the limit is {limit} MiB). Export it to a folder of your choice instead.</source>
        <translation>ឯកសារធំពេកដើម្បីបើកនៅទីនេះ ({size} MiB; ដែនកំណត់គឺ {limit} MiB)។ នាំចេញវាទៅថតដែលអ្នកជ្រើសរើសជំនួសវិញ។</translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>This is not the passphrase that opens this casebook now. Nothing was changed.</source>
        <translation>នេះមិនមែនជាឃ្លាសម្ងាត់ដែលបើកសៀវភៅសំណុំរឿងនេះឥឡូវនេះទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Move up</source>
        <translation>ផ្លាស់ទីឡើងលើ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>ផ្លាស់ទីចុះក្រោម</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>ដកកថាខណ្ឌចេញ</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>កថាខណ្ឌ {n}</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>កថាខណ្ឌ {n}</translation>
    </message>
    <message>
        <source>Move paragraph {n} up</source>
        <translation>ផ្លាស់ទីកថាខណ្ឌ {n} ឡើងលើ</translation>
    </message>
    <message>
        <source>Move paragraph {n} down</source>
        <translation>ផ្លាស់ទីកថាខណ្ឌ {n} ចុះក្រោម</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>ដកកថាខណ្ឌ {n} ចេញ</translation>
    </message>
</context>
</TS>
