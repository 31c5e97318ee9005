<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddDialog</name>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example MM-2017-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new witness (pseudonym given automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>A — completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F — reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 — truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circumstantial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corroborating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ needs review · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{element} {title} — {support}, {grading}</source>
        <comment>a tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chars {start}–{end}</source>
        <comment>the characters a tag rests on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this taxonomy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This casebook&apos;s history changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this history only if you restored this copy from a backup yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I restored this copy on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep warning me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is a complete copy of this casebook, still encrypted: it opens with the same passphrase and recovery key. Keep it on another disk, away from this computer. You can go on working while it is made; every stored file is checked against its fingerprint (SHA-256) before the backup counts as made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on a USB drive or another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for &amp;backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying and checking stored files: {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up to {folder}: the database and %n stored file(s) ({size}), each checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older backups removed: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the casebook to back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the casebook, still encrypted, to another disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case, or create one with File ▸ New case (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase opens this casebook from now on; the old one no longer does. The data is not rewritten. The recovery key stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>New charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the crime to charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; the crime&apos;s title is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National provision (Germany, VStGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged perpetrators and their mode of liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode of liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person of this case has the role alleged perpetrator yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents the charge rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German provision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on incidents
(none: all material):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no German provision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{citation} (partial match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not charged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the crime to charge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge was not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each charge is a crime, its alleged perpetrators with their mode of liability, the German provision and the incidents it rests on. Activate one to see its matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{symbol} {count} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provision} · {perpetrators}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no national provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no perpetrator charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitePicker</name>
    <message>
        <source>Cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to cite from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value and theirs, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (kept now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · from {sender}
{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: every import merged cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept your version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept their version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Not recorded yet — choose how it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written (signed form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral, witnessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be used in legal proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be published (without identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty unless withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May go to (states and bodies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was withdrawn on {date}. Nothing from this statement may be shared or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no state or body named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal proceedings ({recipients})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication without identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness agreed to: {uses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use has been agreed yet: record what the witness consented to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>Documenter (field interviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor (review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A casebook is one encrypted folder. Nothing in it can be read without your passphrase or the recovery key you will be shown next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: border-interviews-2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as it will appear in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the casebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the casebook folder be made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new casebook folder a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook could not be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentationPanel</name>
    <message>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview recorded as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes by the interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement written by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a UN mission, a journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the person remembers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered and declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service; printed only in the internal edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working copy (original kept elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where, and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview, earlier accounts and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the documentation guidelines ask. Every field is optional: leave what was not recorded empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>There was not enough memory for this step. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Casebook did not expect; nothing was saved from this step. Try again, and if it happens again, report it with the details from the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected at (place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with (C2PA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured (C2PA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (C2PA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (C2PA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProofMode bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenTimestamps proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2PA manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (unknown provenance; most genuine files carry none, so this is not a sign of forgery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the file could not be parsed for content credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, signed by {signer} (checked offline: signature and content hashes; the signer&apos;s certificate was not checked against a trust list, nor for revocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present but invalid: {failures} (signed as {signer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded metadata — check it against what you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use GPS as collection place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag exhibit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files or folders on this window, or press Ctrl+I, to add evidence. Choose an item in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{media_type}, {size}</source>
        <comment>a file&apos;s type and size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same content as “{title}”; stored once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries no metadata Casebook can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the photo or recording was made, as its embedded metadata (EXIF, container) says — unverified; empty when the file carries none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the file was taken into this casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, file name or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Taken at {time} (from the file&apos;s metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}  (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>{encoding} (some bytes could not be read and show as �)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an unencrypted copy of this evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a zoom factor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no stored file (a physical item or a note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because this installation lacks the Qt PDF module (the PySide6-Pdf package). Export a copy to read it in a PDF reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio and video cannot be played here because this installation lacks Qt Multimedia (the PySide6-Addons package). Casebook plays recordings only from memory; export a copy to play it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook cannot show this kind of file itself. Export a copy to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook cannot show {media_type} itself. Export a copy to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, read as {encoding} — first 2 MiB shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, read as {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded. Export a copy to try another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image, {width} × {height} px (turned as its EXIF orientation says) — drag to pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence PDF pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password, so its pages cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be read. Export a copy to try another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s), shown from memory</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video, played from memory ({size} MiB held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio, played from memory ({size} MiB held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording cannot be played here: Qt Multimedia could not play it from memory ({reason}). Export a copy to play it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit</source>
        <comment>zoom: fitted to the width</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to that place can read it. Keep it on an encrypted drive and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care: {warning}. Export it only for your own work, never to give it to anyone outside the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported an unencrypted copy to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} kept (ours is newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read as a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments: {new} new, {known} already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Filing — for the prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal — working copy with gaps and contradicting material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export complaint bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{addressee} (consent must name {jurisdiction})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a pattern annex (counts only, no identities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by month, area, victim group, unit and crime, as tables and charts; counts of persons below 3 are shown as &apos;&lt; 3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder outside the casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also pack the bundle into a zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt to age public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age1… (optional: one encrypted file, no plain folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the plan first: what consent keeps out is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the bundle will leave out, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one charge to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export, leaving out %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The choices changed: check what will be left out again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is encrypted; the recipient checks it after decrypting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: every file matches the signed manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification FAILED: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages, {exhibits} exhibits). {check}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — counts {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country or situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District / province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20.1525</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 92.8789</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity — give this text to colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your public identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues&apos; identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity here (-----BEGIN CASEBOOK IDENTITY----- …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pasted identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your identity to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the identity of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already had the identity of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} Compare its fingerprint before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague&apos;s identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colleague whose fingerprint you compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is verified: packages can now go both ways.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity of {pseudonym}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identity. Close this when someone can see your screen. It is never exported unless chosen explicitly with the person&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Evidence image: drag to pan, wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>This sender&apos;s identity is stored here but NOT VERIFIED. Call them and compare the fingerprint shown above before you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sender is UNKNOWN here: anyone could have made this package. Compare the fingerprint shown above with the sender by phone or in person before you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .cbpkg file from a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender and accept this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will add or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts the import will keep for you to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a package, then check it: nothing is imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be added or changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook packages (*.cbpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the package file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting and checking the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — case {reference}, made {made} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): your version is kept, theirs stored for you to decide (Exchange ▸ Conflicts…).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: nothing is imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the package first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is not verified here. Compare the fingerprint with them and tick the confirmation, or close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, %n conflict(s) — resolve them in Exchange ▸ Conflicts….</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, 0 conflict(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Tag incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentLinks</name>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons this incident concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements this incident concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits this incident concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked material is what a charge resting on this incident counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message numerus="yes">
        <source>%n file(s) taken in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the casebook (stored once, linked to the first item):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • {file} — same content as “{first}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before they were taken in ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is no longer in the casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking files in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {number} of {count}: {name}
{done} of {total} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District / province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± {metres} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places of the incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What happened, when and where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses, victims and alleged perpetrators, by pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements, paragraph by paragraph, with consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} — Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook was locked. Unlock it to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case in the navigator first, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the files being added now are done, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook was locked while files were being added, so adding them was stopped. Add the cancelled files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {duplicates} already present, {failed} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a testimony first; sealing applies to the one shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook keeps testimony and evidence in an encrypted folder, for people who document atrocity crimes. It locks itself when idle and on Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of the interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker; not complete yet, so not offered in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endonym} ({english}): {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files as evidence (or drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport complaint bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a complaint bundle (PDF, exhibits, signed manifest) for a prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the casebook now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the casebook and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal testimony…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity and colleagues&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send case package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a case, encrypted and signed, to verified colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and import a colleague&apos;s case package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review of this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a verified supervisor open this casebook with their own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase (the current one is asked first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rec&amp;overy key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the recovery key (the old one stops working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify casebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every file, record and signature, and show the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens this casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key made. The old key no longer opens this casebook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {support}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rests on {incidents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{crime} is not in this taxonomy: no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements of the crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liability — {person} under {mode} ({mode_title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of every charge, one cell per element</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{statuses}.  Grades: reliability A–F, credibility 1–6 (weak: D–F or 4–6).  Overview cells: C context, E element of the crime, L liability; * tagged material the charge does not count.</source>
        <comment>keep the letters A–F, 1–6, C, E, L and *: the matrix shows them</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row to see its material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material of the chosen element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted, because {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coverage matrix — {reference}, %n charge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No charges yet: add one in the Charges section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{element}: {status}; %n tagged item(s) not counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{element}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{element}: {status} — activate an item to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review (not counted): {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted, because {reason}: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pattern}, not graded — {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material is tagged to this element yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks it in the incident&apos;s &quot;Concerns&quot; list, so this charge counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the matrix as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Incidents by month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Testimony of {witness}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version}</source>
        <comment>a statement&apos;s version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <comment>a navigator section and its size</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key will no longer open this casebook. Do this when the old key may have been seen, copied or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key no longer opens this casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Send case package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes since the last package to these recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include protected identities (real names, contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real names and contacts of witnesses will leave this casebook. Include them only if the recipients need them and the witnesses agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the package (.cbpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipients when they import it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) · verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) · NOT VERIFIED — tick to compare fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case to send yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one verified colleague to send the package to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the encrypted package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the encrypted package… {megabytes} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} for {recipients}: {parts}; %n attachment(s). Send the file by any channel: only the recipients can open it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed since the last package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassageHighlights</name>
    <message>
        <source>(click to open the tag)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway (anyone with a copy of the folder could guess it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you accept that someone with a copy of the folder could guess it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters; several words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is “{strength}”: a program can guess it quickly. Anyone who gets a copy of the casebook folder (a lost laptop, a seized USB drive, a backup) could then read every statement and the names of the people who gave them. Choose several unrelated words, or tick “Use this weak passphrase anyway” if you accept that risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases of the casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged perpetrator unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime tagged or charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(saved patterns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this filter and its counts; cite it for a contextual element, so the coverage matrix and the complaint&apos;s analysis show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by month. Solid: the whole date span lies in the month. Hatched: an uncertain date (range, year, approximate) that may fall in the month; hatched counts overlap between months and must not be added up. Labels: certain (+ possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bar or a row to list the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records behind the chosen count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — cited for {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved pattern “{pattern}”? A matrix row or a complaint citing it will no longer show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The filter was not applied:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all cases of the casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} where {conditions}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} (no filter).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; and </source>
        <comment>joins the conditions of a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lacking a bounded date: %n incidents. {treatment}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{what} Plotted by coordinates: {plotted}; without coordinates: {without}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} Incidents with no victim recorded: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: certainly in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {count} — the records behind this count (press Enter or double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly in the month: Incident: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Show identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show protected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the person&apos;s name and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pseudonym} ({roles})</source>
        <comment>a person: pseudonym and roles</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointPlot</name>
    <message>
        <source>Incidents by coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coordinates recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember recently opened casebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: the list shows where casebooks are kept to anyone who opens Casebook on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a copied identity detail after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and contacts copied from a protected identity are removed from the clipboard after this time. A clipboard manager may keep its own history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endonym} ({english})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts. Only languages whose translation is complete are listed; every translation is a draft that still needs review by a native speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the casebook after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a copied name or contact after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>States and bodies the consent covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or body to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a state or body, e.g. Germany, IIMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a state or body from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {field}. The reason is shown beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleged perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the roles of a person</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Write down your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the casebook. Write it on paper and keep it apart from this computer. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <source>Review done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”</source>
        <comment>quoted text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review: this consent also named {names}, written before Casebook used its list of states and bodies. No state or body of the list matches, so no export uses it. Add the states or bodies the witness meant below, then press Review done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review of {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment for the documenter or the supervisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted for review yet.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — set by {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNATURE INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is unchanged since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case CHANGED after the approval; it needs a new review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by {person} on {when} ({signature}; {content}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} {author}: {where}{status} — not counted ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review status was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePatternDialog</name>
    <message>
        <source>Save pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pattern shows, e.g. Deportations in Maungdaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contextual element it is cited for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Testimony passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents (any script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <comment>a group of search results and its size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <source>Complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons to act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other jurisdictions and mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested investigative measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who files the complaint: organisations or persons, with their standing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel for the complainants, the address for replies, the signature block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in short, citing the facts: Cite… inserts a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this forum may prosecute (for Germany: § 1 VStGB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the prosecutor should act now (for Germany, the questions of § 153f StPO: suspects, victims or evidence present or expected in Germany).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other states, courts and mechanisms already seized of the situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investigative steps requested (hearing witnesses, securing evidence, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is asked: to open proceedings, to be informed of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal argument for the whole charge: crime, context, liability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this element is met, and by which material (Cite… to refer to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint sections — {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a reference to a passage, exhibit, incident or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this section as a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal argument: {crime} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} (written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} (nothing written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{status} · %n citation(s) name nothing of this case (hover for which)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The section was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint &amp;sections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the complaint&apos;s own sections and arguments (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <source>Add paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimony and evidence, kept in an encrypted folder on this computer. Open a casebook you have, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a casebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a casebook folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new casebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened casebooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. Keep it somewhere only you can find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several unrelated words are easy to type and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorAccessDialog</name>
    <message>
        <source>A supervisor with a key slot can open this casebook folder with their own key, without your passphrase — for example to recover your work if you lose the passphrase, or to review it on this computer. Only verified supervisors can be given a slot. Remove a slot when the supervisor should no longer have that access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors who can open this casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{supervisor} — since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor can open this casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified supervisor (see Exchange ▸ Identities…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{supervisor} can now open this casebook with their own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove supervisor access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{supervisor}

This supervisor will no longer be able to open this casebook with their key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>(not graded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct — proves the element itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstantial — the element can be inferred from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corroborating — confirms other material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicting — speaks against the element</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The tag was saved. This material now both supports and contradicts {element} (%n conflict(s)). The coverage matrix shows the element as contested until someone resolves it: check both tags and remove the one that is wrong.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {material}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element chosen yet: pick a crime, then one of its elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why this material bears on the element (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information credibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged perpetrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an element of a crime first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material for and against</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this tag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag}

The removal is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxonomyBrowser</name>
    <message>
        <source>Article 6 — genocide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7 — crimes against humanity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 8 — war crimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 8 bis — aggression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no elements yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search crimes by words or id (rape, forcible transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search crimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any conflict type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International armed conflict (IAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-international armed conflict (NIAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crimes by article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements of the chosen crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a crime to see its elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}). Its text is not yet verified against the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {text}  [context]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} — contextual element, shared by every crime of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No elements in this taxonomy yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; the witness&apos;s pseudonym is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a correction (new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness (pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the witness&apos;s protected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the paragraph you were in; select words first to tag only those</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal this statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version stays readable. Activate one to open it (read-only if sealed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;cumentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>an unknown witness</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimony of {witness}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement was sealed on {date} and cannot be changed. A correction is made as a new version; this one stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode; the original is kept ({paragraphs}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} · sealed · {created}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} · draft · {created}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}  ← shown</source>
        <comment>the version shown now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pseudonym} ({roles})</source>
        <comment>a person: pseudonym and roles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click in the paragraph to tag first (select words to tag only those).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>para. {number}, characters {start}–{end}: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paragraph {number} has %n tag(s) linking it to elements of crimes. Without their words the tags below are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them; Undo brings back the text, and the tags are in force again on it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the paragraph (%n tag(s) to review)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a tagged paragraph?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make the change (%n tag(s) to review)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change tagged words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change takes away or alters words that tags rest on. The tags are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal this statement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed statement cannot be changed; corrections become new versions. Seal it once the witness has confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● a known day  ·  ▬ a span: the incident happened at some time within it (range, month, year or approximate date); the label says how it is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated (not on the axis):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident has a date yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncertainDate</name>
    <message>
        <source>On a known day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around a day (approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock casebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook at {folder} is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Casebook user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name} or meet in person — not by the channel the identity came through. Ask them to read their fingerprint aloud and compare it with the one below, digit by digit. Then read yours to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of {name} ({role}) stored here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint, to read to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} read out exactly this fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <source>Verify the casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every file, record and signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; each line below says what it is and what to do. Change nothing in the casebook folder by hand until you know.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {count} {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The change could not be saved; the casebook is unchanged. Try again; if it keeps failing, run `casebook verify` on this casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is no longer in the casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passage is no longer in the casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That evidence item is no longer in the casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence item has no stored file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to open here ({size} MiB; the limit is {limit} MiB). Export it to a folder of your choice instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the passphrase that opens this casebook now. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move paragraph {n} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move paragraph {n} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
