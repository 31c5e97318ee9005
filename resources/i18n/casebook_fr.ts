<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddDialog</name>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>for example MM-2017-001</source>
        <translation>par exemple MM-2017-001</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>Nouvelle déposition</translation>
    </message>
    <message>
        <source>A new witness (pseudonym given automatically)</source>
        <translation>Un nouveau témoin (pseudonyme attribué automatiquement)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Optional. What you choose is recorded for every file added now; the evidence editor can change it later.</source>
        <translation>Facultatif. Ce que vous choisissez est enregistré pour chaque fichier ajouté maintenant&#xa0;; l&apos;éditeur de la pièce peut le modifier ensuite.</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>A — completely reliable</source>
        <translation>A — entièrement fiable</translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation>B — habituellement fiable</translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation>C — assez fiable</translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation>D — pas toujours fiable</translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation>E — peu fiable</translation>
    </message>
    <message>
        <source>F — reliability cannot be judged</source>
        <translation>F — fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <source>1 — confirmed by other sources</source>
        <translation>1 — confirmé par d&apos;autres sources</translation>
    </message>
    <message>
        <source>2 — probably true</source>
        <translation>2 — probablement vrai</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — peut-être vrai</translation>
    </message>
    <message>
        <source>4 — doubtful</source>
        <translation>4 — douteux</translation>
    </message>
    <message>
        <source>5 — improbable</source>
        <translation>5 — improbable</translation>
    </message>
    <message>
        <source>6 — truth cannot be judged</source>
        <translation>6 — véracité impossible à évaluer</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>circumstantial</source>
        <translation>circonstanciel</translation>
    </message>
    <message>
        <source>corroborating</source>
        <translation>corroborant</translation>
    </message>
    <message>
        <source>contradicting</source>
        <translation>contradictoire</translation>
    </message>
    <message>
        <source>⚠ needs review · </source>
        <translation>⚠ à relire · </translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>§ {number}</translation>
    </message>
    <message>
        <source>{element} {title} — {support}, {grading}</source>
        <comment>a tag</comment>
        <translation>{element} {title} — {support}, {grading}</translation>
    </message>
    <message>
        <source>chars {start}–{end}</source>
        <comment>the characters a tag rests on</comment>
        <translation>caractères {start}–{end}</translation>
    </message>
    <message>
        <source>(not in this taxonomy)</source>
        <translation>(absent de cette taxonomie)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>à relire</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook could not be opened</source>
        <translation>Impossible d&apos;ouvrir le dossier Casebook</translation>
    </message>
    <message>
        <source>This casebook&apos;s history changed</source>
        <translation>L&apos;historique de ce dossier Casebook a changé</translation>
    </message>
    <message>
        <source>Accept this history only if you restored this copy from a backup yourself.</source>
        <translation>N&apos;acceptez cet historique que si vous avez vous-même restauré cette copie depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>I restored this copy on purpose</source>
        <translation>J&apos;ai restauré cette copie volontairement</translation>
    </message>
    <message>
        <source>Keep warning me</source>
        <translation>Continuer à m&apos;avertir</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the casebook</source>
        <translation>Sauvegarder le dossier Casebook</translation>
    </message>
    <message>
        <source>A backup is a complete copy of this casebook, still encrypted: it opens with the same passphrase and recovery key. Keep it on another disk, away from this computer. You can go on working while it is made; every stored file is checked against its fingerprint (SHA-256) before the backup counts as made.</source>
        <translation>Une sauvegarde est une copie complète de ce dossier Casebook, toujours chiffrée&#xa0;: elle s&apos;ouvre avec la même phrase secrète et la même clé de récupération. Gardez-la sur un autre disque, loin de cet ordinateur. Vous pouvez continuer à travailler pendant la copie&#xa0;; chaque fichier stocké est vérifié d&apos;après son empreinte (SHA-256) avant que la sauvegarde ne soit considérée comme faite.</translation>
    </message>
    <message>
        <source>A folder on a USB drive or another disk</source>
        <translation>Un dossier sur une clé USB ou un autre disque</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Nombre de sauvegardes à garder</translation>
    </message>
    <message>
        <source>Folder for &amp;backups:</source>
        <translation>&amp;Dossier des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Garder les plus &amp;récentes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copie de la base de données…</translation>
    </message>
    <message>
        <source>Copying and checking stored files: {done} of {total}…</source>
        <translation>Copie et vérification des fichiers stockés&#xa0;: {done} sur {total}…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to {folder}: the database and %n stored file(s) ({size}), each checked.</source>
        <translation>
            <numerusform>Sauvegardé dans {folder}&#xa0;: la base de données et&#xa0;%n fichier stocké ({size}), chacun vérifié.</numerusform>
            <numerusform>Sauvegardé dans {folder}&#xa0;: la base de données et&#xa0;%n fichiers stockés ({size}), chacun vérifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older backups removed: %n.</source>
        <translation>
            <numerusform>Anciennes sauvegardes supprimées&#xa0;:&#xa0;%n.</numerusform>
            <numerusform>Anciennes sauvegardes supprimées&#xa0;:&#xa0;%n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>La sauvegarde n&apos;a pas été faite.</translation>
    </message>
    <message>
        <source>Unlock the casebook to back it up.</source>
        <translation>Déverrouillez le dossier Casebook pour le sauvegarder.</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>Sa&amp;uvegarder…</translation>
    </message>
    <message>
        <source>Copy the casebook, still encrypted, to another disk</source>
        <translation>Copier le dossier Casebook, toujours chiffré, sur un autre disque</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case {reference}</source>
        <translation>Affaire {reference}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Navigator</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Choose a case, or create one with File ▸ New case (Ctrl+Shift+N).</source>
        <translation>Choisissez une affaire, ou créez-en une avec Fichier ▸ Nouvelle affaire (Ctrl+Maj+N).</translation>
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
        <translation>«&#xa0;{kind}&#xa0;» n&apos;est pas un type de citation&#xa0;; utilisez l&apos;un de ceux-ci&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(aucun élément)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>--keep must be at least 1: the number of backups to keep.</source>
        <translation>--keep doit valoir au moins 1&#xa0;: c&apos;est le nombre de sauvegardes à garder.</translation>
    </message>
    <message>
        <source>/cases/{ci}/{key}/{i}/{path}: {problem}</source>
        <translation>/cases/{ci}/{key}/{i}/{path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>A backup must go outside the casebook folder (ideally on another disk); {destination} is inside it or contains it.</source>
        <translation>Une sauvegarde doit être placée hors du dossier Casebook (de préférence sur un autre disque)&#xa0;; {destination} est à l&apos;intérieur ou le contient.</translation>
    </message>
    <message>
        <source>A case needs a reference code, such as MM-2017-001.</source>
        <translation>Une affaire a besoin d&apos;une référence, par exemple MM-2017-001.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Une affaire a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>A case the pattern is filtered on is not in this casebook; choose the cases again.</source>
        <translation>Une affaire sur laquelle la tendance est filtrée n&apos;est pas dans ce dossier Casebook&#xa0;; choisissez de nouveau les affaires.</translation>
    </message>
    <message>
        <source>A casebook needs a passphrase; an empty one would let anyone open it. Choose a passphrase of several words.</source>
        <translation>Un dossier Casebook a besoin d&apos;une phrase secrète&#xa0;; vide, elle laisserait n&apos;importe qui l&apos;ouvrir. Choisissez une phrase secrète de plusieurs mots.</translation>
    </message>
    <message>
        <source>A character range can only be given for a passage.</source>
        <translation>Une plage de caractères ne peut être donnée que pour un passage.</translation>
    </message>
    <message>
        <source>A charge given is not one of case {reference}.</source>
        <translation>Une des charges indiquées n&apos;appartient pas à l&apos;affaire {reference}.</translation>
    </message>
    <message>
        <source>A comment can be at most {limit} characters long.</source>
        <translation>Un commentaire ne peut dépasser {limit} caractères.</translation>
    </message>
    <message>
        <source>A date in this case (of an incident, a statement or an evidence item) is not a calendar date: it was stored before Casebook checked dates, or changed outside it. The export stopped and left nothing behind; correct the date and export again.</source>
        <translation>Une date de cette affaire (d&apos;un incident, d&apos;une déposition ou d&apos;une pièce) n&apos;est pas une date du calendrier&#xa0;: elle a été enregistrée avant que Casebook ne vérifie les dates, ou modifiée hors de Casebook. L&apos;export s&apos;est arrêté sans rien laisser&#xa0;; corrigez la date et exportez de nouveau.</translation>
    </message>
    <message>
        <source>A file does not match the SHA-256 its record declares; nothing was imported:</source>
        <translation>Un fichier ne correspond pas au SHA-256 que déclare sa fiche&#xa0;; rien n&apos;a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>A fingerprint is 32 hexadecimal digits (spaces do not matter); at least the first 8 are needed. `casebook identity list` shows them.</source>
        <translation>Une empreinte compte 32 chiffres hexadécimaux (les espaces ne comptent pas)&#xa0;; il faut au moins les 8 premiers. `casebook identity list` les affiche.</translation>
    </message>
    <message>
        <source>A legal_argument belongs to a whole charge; for one element, use the kind element_argument.</source>
        <translation>Un legal_argument porte sur une charge entière&#xa0;; pour un seul élément, utilisez le type element_argument.</translation>
    </message>
    <message>
        <source>A link of the complaint is not an object of its own; the structure tree cannot point at it. Export again, and report this if it happens twice.</source>
        <translation>Un lien de la plainte n&apos;est pas un objet en soi&#xa0;; l&apos;arborescence ne peut pas pointer vers lui. Exportez de nouveau, et signalez-le si cela se reproduit.</translation>
    </message>
    <message>
        <source>A number is not finite (NaN or infinity) and cannot be hashed or signed, so it was refused and nothing was saved. If you typed it, enter a real number or leave the field empty; if it came in a file or package, ask its sender to check that file.</source>
        <translation>Un nombre n&apos;est pas fini (NaN ou infini) et ne peut être ni haché ni signé&#xa0;; il a donc été refusé et rien n&apos;a été enregistré. Si vous l&apos;avez saisi, entrez un vrai nombre ou laissez le champ vide&#xa0;; s&apos;il venait d&apos;un fichier ou d&apos;un paquet, demandez à son expéditeur de vérifier ce fichier.</translation>
    </message>
    <message>
        <source>A package is for colleagues; your own identity cannot be a recipient.</source>
        <translation>Un paquet est destiné à des collègues&#xa0;; votre propre identité ne peut pas en être destinataire.</translation>
    </message>
    <message>
        <source>A pattern can be cited only for a contextual element (such as cah_attack/1); {element} is not one. Choose a contextual element of the charge.</source>
        <translation>Une tendance ne peut être citée que pour un élément contextuel (par exemple cah_attack/1)&#xa0;; {element} n&apos;en est pas un. Choisissez un élément contextuel de la charge.</translation>
    </message>
    <message>
        <source>A recipient is a code from Casebook&apos;s list, such as DE or ICC; it is empty here.</source>
        <translation>Un destinataire est un code de la liste de Casebook, par exemple DE ou ICC&#xa0;; il est vide ici.</translation>
    </message>
    <message>
        <source>A recovery key has {expected} letters and digits in nine groups of four; this one has {count}. Copy it again from the paper you kept.</source>
        <translation>Une clé de récupération compte {expected} lettres et chiffres en neuf groupes de quatre&#xa0;; celle-ci en compte {count}. Recopiez-la depuis le papier que vous avez gardé.</translation>
    </message>
    <message>
        <source>A recovery key uses only digits and the letters A–Z except U; these characters are not part of it: {bad}.</source>
        <translation>Une clé de récupération n&apos;utilise que des chiffres et les lettres A–Z sauf U&#xa0;; ces caractères n&apos;en font pas partie&#xa0;: {bad}.</translation>
    </message>
    <message>
        <source>A saved pattern filter is damaged (a field has the wrong form); save the pattern again from the pattern view.</source>
        <translation>Un filtre de tendance enregistré est endommagé (un champ n&apos;a pas la bonne forme)&#xa0;; enregistrez de nouveau la tendance depuis la vue des tendances.</translation>
    </message>
    <message>
        <source>A saved pattern needs a short title that says what it shows.</source>
        <translation>Une tendance enregistrée a besoin d&apos;un titre court qui dit ce qu&apos;elle montre.</translation>
    </message>
    <message>
        <source>A section holds at most {max_section_chars} characters; this one has {count}. Split the argument across the charges and elements it is about, or shorten it.</source>
        <translation>Une section compte au plus {max_section_chars} caractères&#xa0;; celle-ci en a {count}. Répartissez l&apos;argumentation entre les charges et éléments qu&apos;elle concerne, ou raccourcissez-la.</translation>
    </message>
    <message>
        <source>A section&apos;s text must be text.</source>
        <translation>Le texte d&apos;une section doit être du texte.</translation>
    </message>
    <message>
        <source>A signed event in the package does not verify against its author&apos;s key, so the package was refused and nothing was imported:</source>
        <translation>Un événement signé du paquet ne se vérifie pas avec la clé de son auteur&#xa0;; le paquet a donc été refusé et rien n&apos;a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>A value cannot be hashed or signed as canonical JSON ({exc}); nothing was saved.</source>
        <translation>Une valeur ne peut être ni hachée ni signée en JSON canonique ({exc})&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A value of kind {kind} cannot be hashed or signed as canonical JSON; nothing was saved. This is a fault in Casebook: please report it.</source>
        <translation>Une valeur de type {kind} ne peut être ni hachée ni signée en JSON canonique&#xa0;; rien n&apos;a été enregistré. C&apos;est une erreur de Casebook&#xa0;: merci de la signaler.</translation>
    </message>
    <message>
        <source>A victim group is chosen by one of {characteristics}; {chosen} is not one of them.</source>
        <translation>Un groupe de victimes se choisit par l&apos;un de ces critères&#xa0;: {characteristics}&#xa0;; {chosen} n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>A whole number is too large to be hashed or signed exactly (RFC 8785 allows up to 2^53 - 1), so it was refused and nothing was saved. If you typed it, store it as text; if it came in a file or package, ask its sender to check that file.</source>
        <translation>Un nombre entier est trop grand pour être haché ou signé exactement (la RFC 8785 accepte jusqu&apos;à 2^53 - 1)&#xa0;; il a donc été refusé et rien n&apos;a été enregistré. Si vous l&apos;avez saisi, enregistrez-le comme texte&#xa0;; s&apos;il venait d&apos;un fichier ou d&apos;un paquet, demandez à son expéditeur de vérifier ce fichier.</translation>
    </message>
    <message>
        <source>A {kind} section belongs to the case, not to a charge or element; leave out the charge and element.</source>
        <translation>Une section {kind} appartient à l&apos;affaire, pas à une charge ni à un élément&#xa0;; n&apos;indiquez ni charge ni élément.</translation>
    </message>
    <message>
        <source>A {kind} section needs the charge it argues.</source>
        <translation>Une section {kind} a besoin de la charge qu&apos;elle argumente.</translation>
    </message>
    <message>
        <source>Administrative areas are counted as recorded (spelling differences are not merged). Coordinates are plotted as recorded (a point each; their stated precision is not drawn); an incident without an administrative area or without coordinates is counted as lacking it.</source>
        <translation>Les zones administratives sont comptées telles qu&apos;enregistrées (les différences d&apos;orthographe ne sont pas fusionnées). Les coordonnées sont placées telles qu&apos;enregistrées (un point chacune&#xa0;; leur précision déclarée n&apos;est pas dessinée)&#xa0;; un incident sans zone administrative ou sans coordonnées est compté comme n&apos;en ayant pas.</translation>
    </message>
    <message>
        <source>An attachment from the package could not be stored ({strerror}); nothing was imported.</source>
        <translation>Une pièce jointe du paquet n&apos;a pas pu être stockée ({strerror})&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>An audit entry in the package does not match its own hash: the sender&apos;s audit history was altered ({where}). Nothing was imported.</source>
        <translation>Une entrée d&apos;audit du paquet ne correspond pas à sa propre empreinte&#xa0;: l&apos;historique d&apos;audit de l&apos;expéditeur a été modifié ({where}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>An element_argument needs the element it argues, such as 7(1)(g)-1/1.</source>
        <translation>Un element_argument a besoin de l&apos;élément qu&apos;il argumente, par exemple 7(1)(g)-1/1.</translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation>Une pièce a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>An export that stopped half-way left {path}, and Casebook could not remove it ({reason}). It may hold decrypted case files: delete it yourself.</source>
        <translation>Un export interrompu a laissé {path}, et Casebook n&apos;a pas pu le supprimer ({reason}). Il peut contenir des fichiers d&apos;affaire déchiffrés&#xa0;: supprimez-le vous-même.</translation>
    </message>
    <message>
        <source>An identity with this signing key is already stored here for a different user or age key. Someone may be impersonating a colleague; do not use this identity, and compare fingerprints with your colleague.</source>
        <translation>Une identité avec cette clé de signature est déjà enregistrée ici pour un autre utilisateur ou une autre clé age. Quelqu&apos;un tente peut-être de se faire passer pour un collègue&#xa0;; n&apos;utilisez pas cette identité, et comparez les empreintes avec votre collègue.</translation>
    </message>
    <message>
        <source>An incident needs a short title.</source>
        <translation>Un incident a besoin d&apos;un titre court.</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>As a {role} you can set the status to {allowed}; the other statuses are the supervisor&apos;s.</source>
        <translation>En tant que {role}, vous pouvez mettre l&apos;état à {allowed}&#xa0;; les autres états relèvent du superviseur.</translation>
    </message>
    <message>
        <source>Audit entries cannot be deleted.</source>
        <translation>Les entrées d&apos;audit ne peuvent pas être supprimées.</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Canonical JSON form {form} is not one Casebook knows.</source>
        <translation>Casebook ne connaît pas la forme de JSON canonique {form}.</translation>
    </message>
    <message>
        <source>Case {reference} has no charge with the id &apos;{key}&apos;. `casebook charge list` shows the charges.</source>
        <translation>L&apos;affaire {reference} n&apos;a aucune charge d&apos;identifiant «&#xa0;{key}&#xa0;». `casebook charge list` affiche les charges.</translation>
    </message>
    <message>
        <source>Case {reference} has no charges yet. Add a charge (crime and alleged perpetrators) before exporting a complaint.</source>
        <translation>L&apos;affaire {reference} n&apos;a encore aucune charge. Ajoutez une charge (crime et auteurs présumés) avant d&apos;exporter une plainte.</translation>
    </message>
    <message>
        <source>Case {reference} has no tag with the id &apos;{tag_id}&apos;; it may have been removed.</source>
        <translation>L&apos;affaire {reference} n&apos;a aucune étiquette d&apos;identifiant «&#xa0;{tag_id}&#xa0;»&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); filing edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>Affaire {reference}&#xa0;: charges&#xa0;: {charges}, incidents&#xa0;: {incidents}, dépositions&#xa0;: {statements}, pièces&#xa0;: {exhibits}&#xa0;; édition pour le dépôt destinée à {addressee} (le consentement doit nommer {jurisdiction}).</translation>
    </message>
    <message>
        <source>Case {reference}: {charges} charge(s), {incidents} incident(s), {statements} statement(s), {exhibits} exhibit(s); internal edition for {addressee} (consent must name {jurisdiction}).</source>
        <translation>Affaire {reference}&#xa0;: charges&#xa0;: {charges}, incidents&#xa0;: {incidents}, dépositions&#xa0;: {statements}, pièces&#xa0;: {exhibits}&#xa0;; édition interne destinée à {addressee} (le consentement doit nommer {jurisdiction}).</translation>
    </message>
    <message>
        <source>Casebook cannot write in its data folder ({reason}); an export needs it to clean up after an interruption. Check that folder&apos;s permissions, or set {environment} to a folder you can write to.</source>
        <translation>Casebook ne peut pas écrire dans son dossier de données ({reason})&#xa0;; un export en a besoin pour nettoyer après une interruption. Vérifiez les droits de ce dossier, ou donnez à {environment} un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Casebook cannot write in the folder {parent} ({reason}). A casebook can only be used from a folder you may write to: copy the folder to such a place (not a read-only drive or share), or check its permissions.</source>
        <translation>Casebook ne peut pas écrire dans le dossier {parent} ({reason}). Un dossier Casebook ne s&apos;utilise que depuis un dossier où vous pouvez écrire&#xa0;: copiez-le à un tel endroit (pas un disque ou un partage en lecture seule), ou vérifiez ses droits.</translation>
    </message>
    <message>
        <source>Casebook is not allowed to read {name}. Check its permissions.</source>
        <translation>Casebook n&apos;a pas le droit de lire {name}. Vérifiez ses droits.</translation>
    </message>
    <message>
        <source>Casebook&apos;s taxonomy has no national law for &apos;{code}&apos;. Covered: {jurisdictions}.</source>
        <translation>La taxonomie de Casebook n&apos;a pas de droit national pour «&#xa0;{code}&#xa0;». Couverts&#xa0;: {jurisdictions}.</translation>
    </message>
    <message>
        <source>Choose a folder outside the casebook for the bundle: it holds decrypted files, which must not sit beside the encrypted casebook.</source>
        <translation>Choisissez pour le dossier de plainte un dossier hors du dossier Casebook&#xa0;: il contient des fichiers déchiffrés, qui ne doivent pas rester à côté du dossier Casebook chiffré.</translation>
    </message>
    <message>
        <source>Choose a person of this case.</source>
        <translation>Choisissez une personne de cette affaire.</translation>
    </message>
    <message>
        <source>Choose at least one charge to export, or &apos;all&apos;.</source>
        <translation>Choisissez au moins une charge à exporter, ou «&#xa0;all&#xa0;».</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>Consent is recorded as one of: {consent_recording}.</source>
        <translation>Le consentement s&apos;enregistre sous l&apos;une de ces formes&#xa0;: {consent_recording}.</translation>
    </message>
    <message>
        <source>Counts incidents on which a crime is tagged (supporting material on the incident, or on a statement or exhibit linked to it; contradicting material and tags awaiting review after a taxonomy update do not count) or charged (a charge resting on the incident). An incident may count under several crimes.</source>
        <translation>Compte les incidents sur lesquels un crime est étiqueté (matériel à l&apos;appui sur l&apos;incident, ou sur une déposition ou une pièce qui lui est liée&#xa0;; le matériel contradictoire et les étiquettes à relire après une mise à jour de la taxonomie ne comptent pas) ou retenu (une charge reposant sur l&apos;incident). Un incident peut compter sous plusieurs crimes.</translation>
    </message>
    <message>
        <source>Counts incidents to which an alleged perpetrator recorded with this unit is linked, directly or as charged in a charge resting on the incident; an incident may count under several units. Incidents with no alleged perpetrator whose unit is recorded are lacking.</source>
        <translation>Compte les incidents auxquels est lié un auteur présumé enregistré avec cette unité, directement ou comme mis en cause dans une charge reposant sur l&apos;incident&#xa0;; un incident peut compter sous plusieurs unités. Les incidents sans auteur présumé dont l&apos;unité est enregistrée sont comptés comme manquants.</translation>
    </message>
    <message>
        <source>Counts persons recorded in the casebook with the role victim or survivor and linked to an incident counted here; a person linked to several incidents counts once. Victims reported in statements but not recorded as persons are not counted. A person with no value recorded for the characteristic is counted as lacking it.</source>
        <translation>Compte les personnes enregistrées dans le dossier Casebook avec le rôle victime ou survivant et liées à un incident compté ici&#xa0;; une personne liée à plusieurs incidents compte une fois. Les victimes citées dans les dépositions mais non enregistrées comme personnes ne sont pas comptées. Une personne sans valeur enregistrée pour le critère est comptée comme n&apos;en ayant pas.</translation>
    </message>
    <message>
        <source>Crime {crime} has no elements in the Elements of Crimes yet, so it cannot be charged and analysed element by element. Choose another crime.</source>
        <translation>Le crime {crime} n&apos;a encore aucun élément dans les Éléments des crimes&#xa0;; il ne peut donc pas être retenu comme charge et analysé élément par élément. Choisissez un autre crime.</translation>
    </message>
    <message>
        <source>Custody actions are: {custody_actions}.</source>
        <translation>Les actions de possession sont&#xa0;: {custody_actions}.</translation>
    </message>
    <message>
        <source>Custody and review events are signed and never replace one another; the incoming event stays on record in this conflict. Resolve it with --keep local.</source>
        <translation>Les événements de possession et de relecture sont signés et ne se remplacent jamais&#xa0;; l&apos;événement reçu reste enregistré dans ce conflit. Résolvez-le avec --keep local.</translation>
    </message>
    <message>
        <source>Custody events are signed by the person acting, and this user has no signing key in this casebook.</source>
        <translation>Les événements de possession sont signés par la personne qui agit, et cet utilisateur n&apos;a pas de clé de signature dans ce dossier Casebook.</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Documents can be exported in {languages}; {language} is not one of them.</source>
        <translation>Les documents peuvent être exportés en&#xa0;: {languages}&#xa0;; {language} n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>Each incident&apos;s date is taken as the span of days it can mean: an exact date is one day, a month or a year is the whole month or year, a range runs from the first day its start can mean to the last day its end can mean, and an approximate date is widened by {margin} days on each side. A month counts an incident as certain only when its whole span lies in that month; an incident whose span reaches beyond the month is counted as possible in every month it touches, so possible counts overlap and must not be added up. Incidents without a date, with an open-ended range or with a date that is not a calendar date are counted as lacking a date.</source>
        <translation>La date de chaque incident est prise comme la période de jours qu&apos;elle peut désigner&#xa0;: une date exacte est un jour, un mois ou une année est le mois ou l&apos;année entière, une plage va du premier jour que peut désigner son début au dernier jour que peut désigner sa fin, et une date approximative est élargie de {margin} jours de chaque côté. Un mois ne compte un incident comme certain que si toute sa période tient dans ce mois&#xa0;; un incident dont la période dépasse le mois est compté comme possible dans chaque mois qu&apos;il touche&#xa0;: les nombres de possibles se recoupent et ne doivent pas être additionnés. Les incidents sans date, avec une plage ouverte ou avec une date qui n&apos;est pas une date du calendrier sont comptés comme sans date.</translation>
    </message>
    <message>
        <source>Encrypting the bundle to the recipient</source>
        <translation>Chiffrement du dossier de plainte pour le destinataire</translation>
    </message>
    <message>
        <source>Evidence {title} did not come out of the vault as it went in; the bundle was not written. Run `casebook verify` on the casebook.</source>
        <translation>La pièce {title} n&apos;est pas sortie du coffre telle qu&apos;elle y est entrée&#xa0;; le dossier de plainte n&apos;a pas été écrit. Lancez `casebook verify` sur le dossier Casebook.</translation>
    </message>
    <message>
        <source>Evidence {title} has no stored file (a physical item?).</source>
        <translation>La pièce {title} n&apos;a pas de fichier stocké (un objet physique&#xa0;?).</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>Give a language code such as lo, my, th or en.</source>
        <translation>Indiquez un code de langue, par exemple lo, my, th ou en.</translation>
    </message>
    <message>
        <source>Give a list of sections: {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}.</source>
        <translation>Indiquez une liste de sections&#xa0;: {&quot;sections&quot;: [{&quot;kind&quot;: &quot;summary&quot;, &quot;text&quot;: &quot;…&quot;}]}.</translation>
    </message>
    <message>
        <source>Give a number between {low} and {high}.</source>
        <translation>Indiquez un nombre entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Give a status, a comment, or both.</source>
        <translation>Indiquez un état, un commentaire, ou les deux.</translation>
    </message>
    <message>
        <source>Give at least one role from: {person_roles}.</source>
        <translation>Indiquez au moins un rôle parmi&#xa0;: {person_roles}.</translation>
    </message>
    <message>
        <source>Give both grades (source reliability A-F and information credibility 1-6) or neither: a tag is graded on both scales, or not graded.</source>
        <translation>Indiquez les deux notes (fiabilité de la source A-F et crédibilité de l&apos;information 1-6) ou aucune&#xa0;: une étiquette est évaluée sur les deux échelles, ou pas du tout.</translation>
    </message>
    <message>
        <source>Give the national provision as JURISDICTION:PROVISION-ID, such as DE:§7(1)(nr4).</source>
        <translation>Indiquez la disposition nationale sous la forme JURISDICTION:PROVISION-ID, par exemple DE:§7(1)(nr4).</translation>
    </message>
    <message>
        <source>Give the whole fingerprint (32 hexadecimal digits) you compared with your colleague, so a look-alike identity cannot be verified by mistake.</source>
        <translation>Indiquez l&apos;empreinte complète (32 chiffres hexadécimaux) que vous avez comparée avec votre collègue, pour qu&apos;une identité ressemblante ne puisse pas être vérifiée par erreur.</translation>
    </message>
    <message>
        <source>Grades are admiralty codes: a letter for source reliability (A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged) and a digit for information credibility (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged).</source>
        <translation>Les notes suivent le code de l&apos;Amirauté&#xa0;: une lettre pour la fiabilité de la source (A entièrement fiable, B habituellement fiable, C assez fiable, D pas toujours fiable, E peu fiable, F impossible à évaluer) et un chiffre pour la crédibilité de l&apos;information (1 confirmé, 2 probablement vrai, 3 peut-être vrai, 4 douteux, 5 improbable, 6 impossible à évaluer).</translation>
    </message>
    <message>
        <source>Identities can only leave the casebook in a sealed annex encrypted to the recipient. Give the recipient&apos;s age public key (age1…) as well.</source>
        <translation>Les identités ne peuvent quitter le dossier Casebook que dans une annexe scellée chiffrée pour le destinataire. Indiquez aussi la clé publique age du destinataire (age1…).</translation>
    </message>
    <message>
        <source>In recipients.json the name {alias} stands for both {code} and {other}; a name must name one recipient. Restore the file.</source>
        <translation>Dans recipients.json, le nom {alias} désigne à la fois {code} et {other}&#xa0;; un nom doit désigner un seul destinataire. Restaurez le fichier.</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>Incidents par zone administrative</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>Incidents par unité de l&apos;auteur présumé</translation>
    </message>
    <message>
        <source>Incidents by crime tagged or charged</source>
        <translation>Incidents par crime étiqueté ou retenu</translation>
    </message>
    <message>
        <source>Information credibility is a digit from 1 (confirmed) to 6 (cannot be judged).</source>
        <translation>La crédibilité de l&apos;information est un chiffre de 1 (confirmé) à 6 (impossible à évaluer).</translation>
    </message>
    <message>
        <source>Intake was cancelled; nothing was added for that file.</source>
        <translation>L&apos;ajout a été annulé&#xa0;; rien n&apos;a été ajouté pour ce fichier.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Left out or changed:</source>
        <translation>Écarté ou modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Link the exhibit to incident &apos;{incident}&apos;</source>
        <translation>Lier la pièce à l&apos;incident «&#xa0;{incident}&#xa0;»</translation>
    </message>
    <message>
        <source>Link the statement to incident &apos;{incident}&apos;</source>
        <translation>Lier la déposition à l&apos;incident «&#xa0;{incident}&#xa0;»</translation>
    </message>
    <message>
        <source>Making the casebook in {folder} was stopped before it finished (or is still under way in another window), so it holds no records and cannot be opened. Create the casebook again in this same folder (`casebook init` or New casebook); the unfinished files are replaced.</source>
        <translation>La création du dossier Casebook dans {folder} a été interrompue avant la fin (ou se poursuit dans une autre fenêtre)&#xa0;; il ne contient donc aucune fiche et ne peut pas être ouvert. Créez de nouveau le dossier Casebook dans ce même dossier (`casebook init` ou Nouveau dossier Casebook)&#xa0;; les fichiers inachevés seront remplacés.</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>More than one charge of case {reference} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>Plusieurs charges de l&apos;affaire {reference} ont un identifiant commençant par «&#xa0;{key}&#xa0;». Donnez une plus grande partie de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>More than one {what} has an id starting with &apos;{key}&apos;. Give more of the id.</source>
        <translation>Plusieurs fiches ({what}) ont un identifiant commençant par «&#xa0;{key}&#xa0;». Donnez une plus grande partie de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Name at least one recipient by fingerprint (--to).</source>
        <translation>Nommez au moins un destinataire par son empreinte (--to).</translation>
    </message>
    <message>
        <source>Name exactly one thing to tag: a passage (segment), an evidence item or an incident.</source>
        <translation>Nommez exactement une chose à étiqueter&#xa0;: un passage (segment), une pièce ou un incident.</translation>
    </message>
    <message>
        <source>No case has the reference {reference}. `casebook case list` shows the cases.</source>
        <translation>Aucune affaire n&apos;a la référence {reference}. `casebook case list` affiche les affaires.</translation>
    </message>
    <message>
        <source>No conflict has this id. `casebook conflicts PATH` lists them.</source>
        <translation>Aucun conflit n&apos;a cet identifiant. `casebook conflicts PATH` les affiche.</translation>
    </message>
    <message>
        <source>No font for {script} script was found. Install the {family} font (Debian: {package}) or put a font file in a folder named in CASEBOOK_FONT_DIRS.</source>
        <translation>Aucune police pour l&apos;écriture {script} n&apos;a été trouvée. Installez la police {family} (Debian&#xa0;: {package}) ou placez un fichier de police dans un dossier indiqué dans CASEBOOK_FONT_DIRS.</translation>
    </message>
    <message>
        <source>No nonce could be added to the time-stamp request. Try again.</source>
        <translation>Aucun nonce n&apos;a pu être ajouté à la demande d&apos;horodatage. Réessayez.</translation>
    </message>
    <message>
        <source>No person in this case has the pseudonym {pseudonym}; check the list of identities to seal.</source>
        <translation>Aucune personne de cette affaire n&apos;a le pseudonyme {pseudonym}&#xa0;; vérifiez la liste des identités à sceller.</translation>
    </message>
    <message>
        <source>No person of case {reference} has the id &apos;{person_id}&apos;. Choose an alleged perpetrator of this case.</source>
        <translation>Aucune personne de l&apos;affaire {reference} n&apos;a l&apos;identifiant «&#xa0;{person_id}&#xa0;». Choisissez un auteur présumé de cette affaire.</translation>
    </message>
    <message>
        <source>No person of case {reference} has the pseudonym &apos;{key}&apos;. Add the person with the role alleged_perpetrator first, or check the pseudonym.</source>
        <translation>Aucune personne de l&apos;affaire {reference} n&apos;a le pseudonyme «&#xa0;{key}&#xa0;». Ajoutez d&apos;abord la personne avec le rôle alleged_perpetrator, ou vérifiez le pseudonyme.</translation>
    </message>
    <message>
        <source>No person of this evidence item&apos;s case has the pseudonym {pseudonym}.</source>
        <translation>Aucune personne de l&apos;affaire de cette pièce n&apos;a le pseudonyme {pseudonym}.</translation>
    </message>
    <message>
        <source>No provision of {code} law maps onto crime {crime}. Leave the national provision out, or choose another crime.</source>
        <translation>Aucune disposition du droit {code} ne correspond au crime {crime}. Omettez la disposition nationale, ou choisissez un autre crime.</translation>
    </message>
    <message>
        <source>No record of this case has that id. `casebook review PATH --case R` lists the case&apos;s records under review.</source>
        <translation>Aucune fiche de cette affaire n&apos;a cet identifiant. `casebook review PATH --case R` affiche les fiches de l&apos;affaire en relecture.</translation>
    </message>
    <message>
        <source>No stored identity has this fingerprint. Import your colleague&apos;s identity first with `casebook identity import`.</source>
        <translation>Aucune identité enregistrée n&apos;a cette empreinte. Importez d&apos;abord l&apos;identité de votre collègue avec `casebook identity import`.</translation>
    </message>
    <message>
        <source>No supervisor key slot matches. `casebook supervisor-slot list PATH` shows them.</source>
        <translation>Aucun emplacement de clé de superviseur ne correspond. `casebook supervisor-slot list PATH` les affiche.</translation>
    </message>
    <message>
        <source>No user is acting in this casebook; open it again.</source>
        <translation>Aucun utilisateur n&apos;agit dans ce dossier Casebook&#xa0;; ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <source>No user with a signing key is acting in this casebook, so it cannot exchange packages. Open it with its passphrase.</source>
        <translation>Aucun utilisateur disposant d&apos;une clé de signature n&apos;agit dans ce dossier Casebook&#xa0;; il ne peut donc pas échanger de paquets. Ouvrez-le avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>Rien n&apos;est écarté.</translation>
    </message>
    <message>
        <source>Nothing was imported; correct these entries and import again:
  {entries}</source>
        <translation>Rien n&apos;a été importé&#xa0;; corrigez ces entrées et importez de nouveau&#xa0;:
  {entries}</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>Only an exhibit or an incident withheld for someone&apos;s consent can be included anyway; a statement goes out only as its witness consented.</source>
        <translation>Seule une pièce ou un incident écarté faute de consentement peut être inclus malgré tout&#xa0;; une déposition ne sort que dans les limites du consentement de son témoin.</translation>
    </message>
    <message>
        <source>Only your own identity can be exported from this casebook.</source>
        <translation>Seule votre propre identité peut être exportée de ce dossier Casebook.</translation>
    </message>
    <message>
        <source>Only {linkable} can be linked to an incident.</source>
        <translation>Seules ces fiches peuvent être liées à un incident&#xa0;: {linkable}.</translation>
    </message>
    <message>
        <source>Packing the bundle into a zip file</source>
        <translation>Compression du dossier de plainte en fichier zip</translation>
    </message>
    <message>
        <source>Page {page} of exhibit {number} has no place in the complaint; export again, and report this if it happens twice.</source>
        <translation>La page {page} de la pièce {number} n&apos;a pas de place dans la plainte&#xa0;; exportez de nouveau, et signalez-le si cela se reproduit.</translation>
    </message>
    <message>
        <source>Pattern: {title} (1 incident)</source>
        <translation>Tendance&#xa0;: {title} (1 incident)</translation>
    </message>
    <message>
        <source>Pattern: {title} ({count} incidents)</source>
        <translation>Tendance&#xa0;: {title} (incidents&#xa0;: {count})</translation>
    </message>
    <message>
        <source>Reading or storing the file failed ({reason}); nothing was added.</source>
        <translation>La lecture ou l&apos;enregistrement du fichier a échoué ({reason})&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Recording the export in the chain of custody</source>
        <translation>Inscription de l&apos;export dans la chaîne de possession</translation>
    </message>
    <message>
        <source>Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder); `casebook verify` lists the damaged places.</source>
        <translation>Restaurez casebook.db depuis une sauvegarde du dossier (une sauvegarde automatique se trouve peut-être dans son dossier backups/)&#xa0;; `casebook verify` indique les endroits endommagés.</translation>
    </message>
    <message>
        <source>Review actions are signed, and no user with a key is acting here.</source>
        <translation>Les actions de relecture sont signées, et aucun utilisateur disposant d&apos;une clé n&apos;agit ici.</translation>
    </message>
    <message>
        <source>Say which version to keep: local or incoming.</source>
        <translation>Indiquez la version à garder&#xa0;: local (locale) ou incoming (reçue).</translation>
    </message>
    <message>
        <source>Sealing the identity annex</source>
        <translation>Scellement de l&apos;annexe des identités</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>Several identities start with these digits; give more of them.</source>
        <translation>Plusieurs identités commencent par ces chiffres&#xa0;; donnez-en davantage.</translation>
    </message>
    <message>
        <source>Source reliability is a letter from A (completely reliable) to F (cannot be judged).</source>
        <translation>La fiabilité de la source est une lettre de A (entièrement fiable) à F (impossible à évaluer).</translation>
    </message>
    <message>
        <source>That {kind} is not part of this incident&apos;s case.</source>
        <translation>Cette fiche ({kind}) n&apos;appartient pas à l&apos;affaire de cet incident.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof but not the media file it is for. Share the photo or video again from ProofMode with its proof.</source>
        <translation>Le paquet ProofMode {name} contient une preuve mais pas le fichier média auquel elle se rapporte. Partagez de nouveau la photo ou la vidéo depuis ProofMode avec sa preuve.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} has a proof file that is not JSON ProofMode writes; it may be damaged. Ask for it to be shared again from ProofMode.</source>
        <translation>Le paquet ProofMode {name} contient un fichier de preuve qui n&apos;est pas le JSON qu&apos;écrit ProofMode&#xa0;; il est peut-être endommagé. Demandez qu&apos;il soit partagé de nouveau depuis ProofMode.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} holds the proofs of {count} media files; Casebook takes a bundle of one. Share each photo or video from ProofMode on its own, then add each bundle.</source>
        <translation>Le paquet ProofMode {name} contient les preuves de {count} fichiers médias&#xa0;; Casebook accepte un paquet d&apos;un seul fichier. Partagez chaque photo ou vidéo séparément depuis ProofMode, puis ajoutez chaque paquet.</translation>
    </message>
    <message>
        <source>The ProofMode bundle {name} is damaged (a file in it cannot be read in full); nothing was added. Ask for it to be shared again from ProofMode.</source>
        <translation>Le paquet ProofMode {name} est endommagé (un de ses fichiers ne peut pas être lu en entier)&#xa0;; rien n&apos;a été ajouté. Demandez qu&apos;il soit partagé de nouveau depuis ProofMode.</translation>
    </message>
    <message>
        <source>The Rome Statute taxonomy could not be loaded ({where}): {problem}. Reinstall Casebook to restore its taxonomy files.</source>
        <translation>La taxonomie du Statut de Rome n&apos;a pas pu être chargée ({where})&#xa0;: {problem}. Réinstallez Casebook pour restaurer ses fichiers de taxonomie.</translation>
    </message>
    <message>
        <source>The TSA address holds a user name or password. Casebook keeps the address with each time-stamp, so give one without them (a TSA that needs no login).</source>
        <translation>L&apos;adresse de l&apos;autorité d&apos;horodatage (TSA) contient un nom d&apos;utilisateur ou un mot de passe. Casebook garde l&apos;adresse avec chaque horodatage&#xa0;: donnez-en une sans eux (une TSA sans connexion).</translation>
    </message>
    <message>
        <source>The age identity does not open this casebook: none of its supervisor key slots was made for it. Check that you chose your own identity file, or open the casebook with its passphrase.</source>
        <translation>L&apos;identité age n&apos;ouvre pas ce dossier Casebook&#xa0;: aucun de ses emplacements de clé de superviseur n&apos;a été créé pour elle. Vérifiez que vous avez choisi votre propre fichier d&apos;identité, ou ouvrez le dossier Casebook avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>The age identity file holds no usable key (a line starting AGE-SECRET-KEY-1). Choose the identity file you exported from your own casebook.</source>
        <translation>Le fichier d&apos;identité age ne contient aucune clé utilisable (une ligne commençant par AGE-SECRET-KEY-1). Choisissez le fichier d&apos;identité que vous avez exporté de votre propre dossier Casebook.</translation>
    </message>
    <message>
        <source>The age recipient is not valid. It is a public key starting with &apos;age1&apos;; ask the recipient for it again.</source>
        <translation>Le destinataire age n&apos;est pas valide. C&apos;est une clé publique qui commence par «&#xa0;age1&#xa0;»&#xa0;; redemandez-la au destinataire.</translation>
    </message>
    <message>
        <source>The audit chain is empty, so there is nothing to time-stamp yet.</source>
        <translation>La chaîne d&apos;audit est vide&#xa0;: il n&apos;y a encore rien à horodater.</translation>
    </message>
    <message>
        <source>The audit history in the package does not end where its signed manifest says. Nothing was imported; ask the sender for a new package.</source>
        <translation>L&apos;historique d&apos;audit du paquet ne se termine pas là où l&apos;indique son manifeste signé. Rien n&apos;a été importé&#xa0;; demandez un nouveau paquet à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The backup could not be written to {parent} ({reason}); the previous backup there, if any, is unchanged.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {parent} ({reason})&#xa0;; la sauvegarde précédente qui s&apos;y trouve, s&apos;il y en a une, est inchangée.</translation>
    </message>
    <message>
        <source>The backup was cancelled and what it had written was removed; the previous backup, if any, is unchanged.</source>
        <translation>La sauvegarde a été annulée et ce qu&apos;elle avait écrit a été supprimé&#xa0;; la sauvegarde précédente, s&apos;il y en a une, est inchangée.</translation>
    </message>
    <message>
        <source>The backup was not made: the copy of the database did not check out ({problems}). Run `casebook verify` on the casebook.</source>
        <translation>La sauvegarde n&apos;a pas été faite&#xa0;: la copie de la base de données n&apos;a pas passé la vérification ({problems}). Lancez `casebook verify` sur le dossier Casebook.</translation>
    </message>
    <message>
        <source>The backup was not made: {problem} The casebook itself may be damaged; run `casebook verify` on it.</source>
        <translation>La sauvegarde n&apos;a pas été faite&#xa0;: {problem} Le dossier Casebook lui-même est peut-être endommagé&#xa0;; lancez `casebook verify` dessus.</translation>
    </message>
    <message>
        <source>The bundle is signed with the exporting user&apos;s key, and this user has none in this casebook. Open the casebook as the user who exports.</source>
        <translation>Le dossier de plainte est signé avec la clé de l&apos;utilisateur qui exporte, et cet utilisateur n&apos;en a pas dans ce dossier Casebook. Ouvrez le dossier Casebook en tant qu&apos;utilisateur qui exporte.</translation>
    </message>
    <message>
        <source>The casebook&apos;s database cannot be read: the file is damaged, or it does not belong to this key-slot file. {hint}</source>
        <translation>La base de données du dossier Casebook ne peut pas être lue&#xa0;: le fichier est endommagé, ou il n&apos;appartient pas à ce fichier d&apos;emplacements de clé. {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database file is empty or holds none of this casebook&apos;s records, so it was not opened. Restore casebook.db from a backup of the folder (an automatic one may be in its backups/ folder).</source>
        <translation>Le fichier de base de données du dossier Casebook est vide ou ne contient aucune fiche de ce dossier Casebook&#xa0;; il n&apos;a donc pas été ouvert. Restaurez casebook.db depuis une sauvegarde du dossier (une sauvegarde automatique se trouve peut-être dans son dossier backups/).</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged ({pages}). {hint}</source>
        <translation>La base de données du dossier Casebook est endommagée ({pages}). {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database is damaged. {hint}</source>
        <translation>La base de données du dossier Casebook est endommagée. {hint}</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of the package ({kind}); nothing was imported. Ask the sender to make the package again with this version of Casebook.</source>
        <translation>La base de données du dossier Casebook a refusé une fiche du paquet ({kind})&#xa0;; rien n&apos;a été importé. Demandez à l&apos;expéditeur de refaire le paquet avec cette version de Casebook.</translation>
    </message>
    <message>
        <source>The casebook&apos;s database refused a record of this file ({kind}); nothing was imported. Check the file against the interchange format, or report this with the file&apos;s format version.</source>
        <translation>La base de données du dossier Casebook a refusé une fiche de ce fichier ({kind})&#xa0;; rien n&apos;a été importé. Vérifiez le fichier par rapport au format d&apos;échange, ou signalez-le en indiquant la version de format du fichier.</translation>
    </message>
    <message>
        <source>The charge is not one of case {reference}.</source>
        <translation>La charge n&apos;appartient pas à l&apos;affaire {reference}.</translation>
    </message>
    <message>
        <source>The complaint has no creation date; export again.</source>
        <translation>La plainte n&apos;a pas de date de création&#xa0;; exportez de nouveau.</translation>
    </message>
    <message>
        <source>The content of {label} has {total} bytes, but {size} were recorded.</source>
        <translation>Le contenu de {label} compte {total} octets, mais {size} ont été enregistrés.</translation>
    </message>
    <message>
        <source>The content of {label} no longer matches the SHA-256 recorded at intake.</source>
        <translation>Le contenu de {label} ne correspond plus au SHA-256 enregistré à l&apos;ajout.</translation>
    </message>
    <message>
        <source>The database in this folder belongs to a different casebook than its key-slot file. Files from two casebooks have been mixed; restore the folder from a backup.</source>
        <translation>La base de données de ce dossier appartient à un autre dossier Casebook que son fichier d&apos;emplacements de clé. Des fichiers de deux dossiers Casebook ont été mélangés&#xa0;; restaurez le dossier depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The date has a day that this month does not have.</source>
        <translation>La date a un jour que ce mois n&apos;a pas.</translation>
    </message>
    <message>
        <source>The date has a month that does not exist (months are 01 to 12).</source>
        <translation>La date a un mois qui n&apos;existe pas (les mois vont de 01 à 12).</translation>
    </message>
    <message>
        <source>The date has a time of day that does not exist (hours 00-23, minutes 00-59).</source>
        <translation>La date a une heure qui n&apos;existe pas (heures 00-23, minutes 00-59).</translation>
    </message>
    <message>
        <source>The date has the year 0000, which no calendar has.</source>
        <translation>La date a l&apos;année 0000, qui n&apos;existe dans aucun calendrier.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the backup was not made; the previous backup there, if any, is unchanged. Free some space or choose another disk.</source>
        <translation>Le disque qui contient {folder} est plein, la sauvegarde n&apos;a donc pas été faite&#xa0;; la sauvegarde précédente qui s&apos;y trouve, s&apos;il y en a une, est inchangée. Libérez de la place ou choisissez un autre disque.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved from this step. Free some space and try again; the casebook is unchanged.</source>
        <translation>Le disque est plein&#xa0;: rien n&apos;a été enregistré pour cette étape. Libérez de la place et réessayez&#xa0;; le dossier Casebook est inchangé.</translation>
    </message>
    <message>
        <source>The disk that holds the casebook {folder} is full, so its database could not be read or written and nothing was saved from this step. This is not damage: free some space on that disk and try again. Do not restore the casebook from a backup, which would lose your recent work.</source>
        <translation>Le disque qui contient le dossier Casebook {folder} est plein&#xa0;: sa base de données n&apos;a pas pu être lue ou écrite, et rien n&apos;a été enregistré pour cette étape. Ce n&apos;est pas un dommage&#xa0;: libérez de la place sur ce disque et réessayez. Ne restaurez pas le dossier Casebook depuis une sauvegarde, vous perdriez votre travail récent.</translation>
    </message>
    <message>
        <source>The document holds fields other than &quot;sections&quot;; put each section in the &quot;sections&quot; list.</source>
        <translation>Le document contient d&apos;autres champs que «&#xa0;sections&#xa0;»&#xa0;; placez chaque section dans la liste «&#xa0;sections&#xa0;».</translation>
    </message>
    <message>
        <source>The edition for addressee {key} is written in {names}, not in {language}; choose {names} as the language of the document.</source>
        <translation>L&apos;édition pour le destinataire {key} est rédigée en {names}, pas en {language}&#xa0;; choisissez {names} comme langue du document.</translation>
    </message>
    <message>
        <source>The edition must be &apos;filing&apos; or &apos;internal&apos;, not {edition}.</source>
        <translation>L&apos;édition doit être «&#xa0;filing&#xa0;» (dépôt) ou «&#xa0;internal&#xa0;» (interne), pas {edition}.</translation>
    </message>
    <message>
        <source>The element &apos;{shown}&apos; is not an element of this charge ({crime_id}). Its elements are: {allowed}.</source>
        <translation>L&apos;élément «&#xa0;{shown}&#xa0;» n&apos;est pas un élément de cette charge ({crime_id}). Ses éléments sont&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>The entry {name} does not match its hash in the signed manifest: the package was altered after it was signed. Nothing was imported.</source>
        <translation>L&apos;entrée {name} ne correspond pas à son empreinte dans le manifeste signé&#xa0;: le paquet a été modifié après sa signature. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The entry {name} is not the one (or not the size) its signed manifest lists at this place; the package was refused and nothing was imported.</source>
        <translation>L&apos;entrée {name} n&apos;est pas celle (ou n&apos;a pas la taille) que son manifeste signé indique à cet endroit&#xa0;; le paquet a été refusé et rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The export edition {name} has no texts (&apos;strings&apos;).</source>
        <translation>L&apos;édition d&apos;export {name} n&apos;a pas de textes («&#xa0;strings&#xa0;»).</translation>
    </message>
    <message>
        <source>The export edition {name} names no sections or unknown ones ({unknown}); sections are: {sections}.</source>
        <translation>L&apos;édition d&apos;export {name} ne nomme aucune section, ou des sections inconnues ({unknown})&#xa0;; les sections sont&#xa0;: {sections}.</translation>
    </message>
    <message>
        <source>The export template {name} does not hold a JSON object.</source>
        <translation>Le modèle d&apos;export {name} ne contient pas d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>The export template {name} is missing from this installation; reinstall Casebook.</source>
        <translation>Le modèle d&apos;export {name} manque dans cette installation&#xa0;; réinstallez Casebook.</translation>
    </message>
    <message>
        <source>The export template {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>Le modèle d&apos;export {name} n&apos;est pas un JSON valide (ligne {lineno})&#xa0;; restaurez-le depuis l&apos;installation de Casebook.</translation>
    </message>
    <message>
        <source>The export text {key} is missing or not a text.</source>
        <translation>Le texte d&apos;export {key} manque ou n&apos;est pas un texte.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written and nothing recorded.</source>
        <translation>L&apos;export a été annulé&#xa0;; rien n&apos;a été écrit ni enregistré.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was imported:</source>
        <translation>Le fichier ne peut pas être importé tel quel&#xa0;; rien n&apos;a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>The file does not follow the interchange format; nothing was imported:</source>
        <translation>Le fichier ne suit pas le format d&apos;échange&#xa0;; rien n&apos;a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>The file holds a value Casebook does not read; nothing was imported:</source>
        <translation>Le fichier contient une valeur que Casebook ne lit pas&#xa0;; rien n&apos;a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>The file holds dates that do not exist, ranges that end before they start, or consent recipients that are not codes of Casebook&apos;s list of states and bodies; nothing was imported. Correct them and import again:</source>
        <translation>Le fichier contient des dates qui n&apos;existent pas, des plages qui se terminent avant de commencer, ou des destinataires du consentement qui ne sont pas des codes de la liste d&apos;États et d&apos;organes de Casebook&#xa0;; rien n&apos;a été importé. Corrigez-les et importez de nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being read (it was {before} bytes, then {after}, and {size} were read). Wait until it is completely copied or saved, then add it again.</source>
        <translation>Le fichier {name} a changé pendant sa lecture (il faisait {before} octets, puis {after}, et {size} ont été lus). Attendez qu&apos;il soit entièrement copié ou enregistré, puis ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file {name} was not found. It may have been moved or its drive removed; check the path and try again.</source>
        <translation>Le fichier {name} est introuvable. Il a peut-être été déplacé ou son disque retiré&#xa0;; vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>The file {path} does not exist. Check the path.</source>
        <translation>Le fichier {path} n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The filing edition was not written, because a charge rests on law that did not apply to the charged acts or whose wording has not been checked:
{lines}
Export the internal edition to review the charges, leave these charges out of the export (choose the charges to export), or correct the incident dates if they are wrong.</source>
        <translation>L&apos;édition pour le dépôt n&apos;a pas été écrite, car une charge repose sur un droit qui ne s&apos;appliquait pas aux actes visés ou dont le texte n&apos;a pas été vérifié&#xa0;:
{lines}
Exportez l&apos;édition interne pour relire les charges, écartez ces charges de l&apos;export (choisissez les charges à exporter), ou corrigez les dates des incidents si elles sont fausses.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({strerror}).</source>
        <translation>Le dossier {folder} ne peut pas être créé ({strerror}).</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({reason}). Choose a place you can write to.</source>
        <translation>Le dossier {folder} n&apos;a pas pu être créé ({reason}). Choisissez un endroit où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The identity of {display_name} is not verified yet. Compare its fingerprint with your colleague by phone or in person, then run `casebook identity verify`.</source>
        <translation>L&apos;identité de {display_name} n&apos;est pas encore vérifiée. Comparez son empreinte avec votre collègue par téléphone ou en personne, puis lancez `casebook identity verify`.</translation>
    </message>
    <message>
        <source>The incoming version cannot be written here: {reason}.</source>
        <translation>La version reçue ne peut pas être écrite ici&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: it is not valid JSON. Restore it from a backup of the casebook folder.</source>
        <translation>Le fichier d&apos;emplacements de clé (keyslots.json) est endommagé&#xa0;: ce n&apos;est pas un JSON valide. Restaurez-le depuis une sauvegarde du dossier Casebook.</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is damaged: its checksum does not match its content. Restore it from a backup of the casebook folder.</source>
        <translation>Le fichier d&apos;emplacements de clé (keyslots.json) est endommagé&#xa0;: sa somme de contrôle ne correspond pas à son contenu. Restaurez-le depuis une sauvegarde du dossier Casebook.</translation>
    </message>
    <message>
        <source>The key-slot file (keyslots.json) is missing from this casebook folder, so it cannot be opened. Restore the file from a backup of the folder.</source>
        <translation>Le fichier d&apos;emplacements de clé (keyslots.json) manque dans ce dossier Casebook, qui ne peut donc pas être ouvert. Restaurez le fichier depuis une sauvegarde du dossier.</translation>
    </message>
    <message>
        <source>The key-slot file asks for key-derivation costs beyond anything Casebook writes (at most {mib} MiB of memory and {max_iterations} passes), so it was not tried: it is damaged or was tampered with. Restore keyslots.json from a backup of the casebook folder.</source>
        <translation>Le fichier d&apos;emplacements de clé demande des coûts de dérivation de clé supérieurs à tout ce qu&apos;écrit Casebook (au plus {mib} Mio de mémoire et {max_iterations} passes)&#xa0;; il n&apos;a donc pas été essayé&#xa0;: il est endommagé ou a été falsifié. Restaurez keyslots.json depuis une sauvegarde du dossier Casebook.</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read ({reason}). Check the folder&apos;s permissions and the disk.</source>
        <translation>Le fichier d&apos;emplacements de clé ne peut pas être lu ({reason}). Vérifiez les droits du dossier et le disque.</translation>
    </message>
    <message>
        <source>The key-slot file changed to another casebook&apos;s during the backup.</source>
        <translation>Le fichier d&apos;emplacements de clé a été remplacé par celui d&apos;un autre dossier Casebook pendant la sauvegarde.</translation>
    </message>
    <message>
        <source>The key-slot file has been altered since Casebook last wrote it (a slot was added, removed or edited). The casebook was not opened. Restore keyslots.json from a backup, and treat this computer as possibly tampered with.</source>
        <translation>Le fichier d&apos;emplacements de clé a été modifié depuis que Casebook l&apos;a écrit (un emplacement a été ajouté, supprimé ou modifié). Le dossier Casebook n&apos;a pas été ouvert. Restaurez keyslots.json depuis une sauvegarde, et considérez que cet ordinateur a peut-être été compromis.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: a slot is not an object.</source>
        <translation>Le fichier d&apos;emplacements de clé est endommagé&#xa0;: un emplacement n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: it lists no usable key slots.</source>
        <translation>Le fichier d&apos;emplacements de clé est endommagé&#xa0;: il n&apos;indique aucun emplacement de clé utilisable.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {exc}.</source>
        <translation>Le fichier d&apos;emplacements de clé est endommagé&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is missing.</source>
        <translation>Le fichier d&apos;emplacements de clé est endommagé&#xa0;: {what} manque.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: {what} is not valid.</source>
        <translation>Le fichier d&apos;emplacements de clé est endommagé&#xa0;: {what} n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The key-slot file is not in a format this version of Casebook knows. It may come from a newer version, or be damaged.</source>
        <translation>Le fichier d&apos;emplacements de clé n&apos;est pas dans un format que connaît cette version de Casebook. Il vient peut-être d&apos;une version plus récente, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The languages of the export edition {name} do not have the same texts; give every language every key.</source>
        <translation>Les langues de l&apos;édition d&apos;export {name} n&apos;ont pas les mêmes textes&#xa0;; donnez chaque clé dans chaque langue.</translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be removed.</source>
        <translation>Le dernier emplacement de phrase secrète ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The list {name} does not hold a JSON object; restore it.</source>
        <translation>La liste {name} ne contient pas d&apos;objet JSON&#xa0;; restaurez-la.</translation>
    </message>
    <message>
        <source>The list {name} is missing from this installation; reinstall Casebook.</source>
        <translation>La liste {name} manque dans cette installation&#xa0;; réinstallez Casebook.</translation>
    </message>
    <message>
        <source>The list {name} is not valid JSON (line {lineno}); restore it from the Casebook installation.</source>
        <translation>La liste {name} n&apos;est pas un JSON valide (ligne {lineno})&#xa0;; restaurez-la depuis l&apos;installation de Casebook.</translation>
    </message>
    <message>
        <source>The local record changed after this conflict was found. Look at it again; to keep your current version, resolve with --keep local.</source>
        <translation>La fiche locale a changé après la détection de ce conflit. Examinez-la de nouveau&#xa0;; pour garder votre version actuelle, résolvez avec --keep local.</translation>
    </message>
    <message>
        <source>The local record is sealed, so it cannot take the incoming version. Make a new version of it if the incoming changes are right, then keep local.</source>
        <translation>La fiche locale est scellée&#xa0;: elle ne peut pas prendre la version reçue. Créez-en une nouvelle version si les modifications reçues sont justes, puis gardez la version locale.</translation>
    </message>
    <message>
        <source>The package breaks a rule of this casebook&apos;s records (a reference to a record that is not here, or a duplicate). Nothing was imported; ask the sender for a complete package (without --since-last).</source>
        <translation>Le paquet enfreint une règle des fiches de ce dossier Casebook (une référence à une fiche absente d&apos;ici, ou un doublon). Rien n&apos;a été importé&#xa0;; demandez à l&apos;expéditeur un paquet complet (sans --since-last).</translation>
    </message>
    <message>
        <source>The package cannot be merged into this casebook, so nothing was imported:</source>
        <translation>Le paquet ne peut pas être fusionné dans ce dossier Casebook&#xa0;; rien n&apos;a donc été importé&#xa0;:</translation>
    </message>
    <message>
        <source>The package claims to come from a stored identity but is signed with another key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>Le paquet prétend venir d&apos;une identité enregistrée mais il est signé avec une autre clé. Quelqu&apos;un tente peut-être de se faire passer pour un collègue&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package comes from an unknown sender ({display_name}, {role}, fingerprint {fingerprint}). Import their identity and verify its fingerprint with them first, or import with --accept-unverified if you trust it. Nothing was imported.</source>
        <translation>Le paquet vient d&apos;un expéditeur inconnu ({display_name}, {role}, empreinte {fingerprint}). Importez d&apos;abord son identité et vérifiez son empreinte avec lui, ou importez avec --accept-unverified si vous lui faites confiance. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package comes from {display_name} (fingerprint {fingerprint}), whose identity is not verified here. Compare the fingerprint with them by phone or in person and run `casebook identity verify`, or import with --accept-unverified. Nothing was imported.</source>
        <translation>Le paquet vient de {display_name} (empreinte {fingerprint}), dont l&apos;identité n&apos;est pas vérifiée ici. Comparez l&apos;empreinte avec cette personne par téléphone ou en personne et lancez `casebook identity verify`, ou importez avec --accept-unverified. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package could not be read ({strerror}).</source>
        <translation>Le paquet n&apos;a pas pu être lu ({strerror}).</translation>
    </message>
    <message>
        <source>The package could not be written ({strerror}); nothing was sent.</source>
        <translation>Le paquet n&apos;a pas pu être écrit ({strerror})&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The package declares an entry of {size} bytes, more than Casebook accepts ({limit} bytes); it was refused and nothing was imported.</source>
        <translation>Le paquet déclare une entrée de {size} octets, plus que Casebook n&apos;accepte ({limit} octets)&#xa0;; il a été refusé et rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package holds an archive entry that is not a plain file (a link, folder or extended header). Casebook never writes such entries, so the package was refused; nothing was imported.</source>
        <translation>Le paquet contient une entrée d&apos;archive qui n&apos;est pas un simple fichier (un lien, un dossier ou un en-tête étendu). Casebook n&apos;écrit jamais de telles entrées&#xa0;; le paquet a donc été refusé et rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package holds an entry its signed manifest does not list; it was refused and nothing was imported.</source>
        <translation>Le paquet contient une entrée que son manifeste signé ne liste pas&#xa0;; il a été refusé et rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package holds an entry whose path leaves its folder ({name}). Such packages are refused as hostile; nothing was imported.</source>
        <translation>Le paquet contient une entrée dont le chemin sort de son dossier ({name}). De tels paquets sont refusés comme hostiles&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package holds changes to a case this casebook does not have. Ask the sender for a complete package (without --since-last); nothing was imported.</source>
        <translation>Le paquet contient des modifications d&apos;une affaire que ce dossier Casebook n&apos;a pas. Demandez à l&apos;expéditeur un paquet complet (sans --since-last)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered ({detail}). Ask the sender for a new copy; nothing was imported.</source>
        <translation>Le paquet est endommagé, incomplet ou a été modifié ({detail}). Demandez une nouvelle copie à l&apos;expéditeur&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete or was altered. Ask the sender for a new copy; nothing was imported.</source>
        <translation>Le paquet est endommagé, incomplet ou a été modifié. Demandez une nouvelle copie à l&apos;expéditeur&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package is signed with the key of a stored identity but names another user or age key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>Le paquet est signé avec la clé d&apos;une identité enregistrée mais nomme un autre utilisateur ou une autre clé age. Quelqu&apos;un tente peut-être de se faire passer pour un collègue&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package names a user of this casebook with a different signing key. Someone may be impersonating a colleague; nothing was imported.</source>
        <translation>Le paquet nomme un utilisateur de ce dossier Casebook avec une autre clé de signature. Quelqu&apos;un tente peut-être de se faire passer pour un collègue&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is {size} bytes, more than Casebook accepts; it was refused and nothing was imported.</source>
        <translation>Le manifeste du paquet fait {size} octets, plus que Casebook n&apos;accepte&#xa0;; il a été refusé et rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package&apos;s records are malformed, so nothing was imported. Ask the sender to make the package again with this version of Casebook:</source>
        <translation>Les fiches du paquet sont mal formées&#xa0;; rien n&apos;a donc été importé. Demandez à l&apos;expéditeur de refaire le paquet avec cette version de Casebook&#xa0;:</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its manifest: it was altered after it was signed, or damaged. Nothing was imported.</source>
        <translation>La signature du paquet ne correspond pas à son manifeste&#xa0;: il a été modifié après sa signature, ou endommagé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package&apos;s signed manifest is malformed, so nothing was imported. It may come from a newer version of Casebook:</source>
        <translation>Le manifeste signé du paquet est mal formé&#xa0;; rien n&apos;a donc été importé. Il vient peut-être d&apos;une version plus récente de Casebook&#xa0;:</translation>
    </message>
    <message>
        <source>The package&apos;s {name} holds a value Casebook does not read, so nothing was imported. Ask the sender to make the package again:</source>
        <translation>Le fichier {name} du paquet contient une valeur que Casebook ne lit pas&#xa0;; rien n&apos;a donc été importé. Demandez à l&apos;expéditeur de refaire le paquet&#xa0;:</translation>
    </message>
    <message>
        <source>The package&apos;s {name} is not valid JSON, so nothing was imported. Ask the sender to make the package again.</source>
        <translation>Le fichier {name} du paquet n&apos;est pas un JSON valide&#xa0;; rien n&apos;a donc été importé. Demandez à l&apos;expéditeur de refaire le paquet.</translation>
    </message>
    <message>
        <source>The passphrase does not open this casebook. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>La phrase secrète n&apos;ouvre pas ce dossier Casebook. Vérifiez la disposition du clavier et la touche Verr. Maj, ou utilisez la clé de récupération.</translation>
    </message>
    <message>
        <source>The pattern annex&apos;s threshold must be a whole number of at least 2 (got {k}): counts of persons from 1 to threshold - 1 are shown as &apos;&lt; threshold&apos;.</source>
        <translation>Le seuil de l&apos;annexe des tendances doit être un nombre entier d&apos;au moins 2 (reçu&#xa0;: {k})&#xa0;: les nombres de personnes de 1 à seuil - 1 s&apos;affichent «&#xa0;&lt; seuil&#xa0;».</translation>
    </message>
    <message>
        <source>The pattern filter&apos;s {name} is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Le champ {name} du filtre de tendance n&apos;est pas une date&#xa0;; écrivez-le AAAA-MM-JJ, AAAA-MM ou AAAA.</translation>
    </message>
    <message>
        <source>The pattern&apos;s title is longer than 300 characters; shorten it.</source>
        <translation>Le titre de la tendance dépasse 300 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The print could not be written to {target} ({strerror}). Choose a folder you can write to.</source>
        <translation>L&apos;impression n&apos;a pas pu être écrite dans {target} ({strerror}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The process that encrypts or decrypts the package stopped unexpectedly (exit status {status}). Nothing was kept; try again, and if it happens again, restart Casebook.</source>
        <translation>Le processus qui chiffre ou déchiffre le paquet s&apos;est arrêté de façon inattendue (code de sortie {status}). Rien n&apos;a été gardé&#xa0;; réessayez, et si cela se reproduit, redémarrez Casebook.</translation>
    </message>
    <message>
        <source>The pseudonym {pseudonym} arriving in the package is already used here by another person, so that person is called {renamed} here.</source>
        <translation>Le pseudonyme {pseudonym} reçu dans le paquet est déjà utilisé ici par une autre personne&#xa0;; cette personne s&apos;appelle donc {renamed} ici.</translation>
    </message>
    <message>
        <source>The queued request {name} is damaged (a file in it is missing or cannot be read). Delete the folder {shown}, then queue {claimed} again.</source>
        <translation>La demande en attente {name} est endommagée (un de ses fichiers manque ou ne peut pas être lu). Supprimez le dossier {shown}, puis remettez {claimed} en attente.</translation>
    </message>
    <message>
        <source>The range ends before it starts; check both dates, or swap them.</source>
        <translation>La plage se termine avant de commencer&#xa0;; vérifiez les deux dates, ou inversez-les.</translation>
    </message>
    <message>
        <source>The range {start}:{end} does not fit the passage, which has {length} characters. Give START:END with 0 ≤ START &lt; END ≤ {length}, or leave the range out to tag the whole passage.</source>
        <translation>La plage {start}:{end} ne tient pas dans le passage, qui compte {length} caractères. Indiquez DÉBUT:FIN avec 0 ≤ DÉBUT &lt; FIN ≤ {length}, ou omettez la plage pour étiqueter tout le passage.</translation>
    </message>
    <message>
        <source>The record&apos;s case is no longer in the casebook.</source>
        <translation>L&apos;affaire de la fiche n&apos;est plus dans le dossier Casebook.</translation>
    </message>
    <message>
        <source>The recovery key does not open this casebook. Check each group of characters against the copy you kept.</source>
        <translation>La clé de récupération n&apos;ouvre pas ce dossier Casebook. Vérifiez chaque groupe de caractères d&apos;après la copie que vous avez gardée.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: its last group does not match the others. Check each group against the copy you kept.</source>
        <translation>La clé de récupération contient une faute de frappe&#xa0;: son dernier groupe ne correspond pas aux autres. Vérifiez chaque groupe d&apos;après la copie que vous avez gardée.</translation>
    </message>
    <message>
        <source>The reference {reference} is already used by another case; choose another.</source>
        <translation>La référence {reference} est déjà utilisée par une autre affaire&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The reference {stored} is already used by another case; choose another.</source>
        <translation>La référence {stored} est déjà utilisée par une autre affaire&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The remaining checks could not be completed because the database is damaged.</source>
        <translation>Les vérifications restantes n&apos;ont pas pu être faites, car la base de données est endommagée.</translation>
    </message>
    <message>
        <source>The reply of the time-stamp authority at {url} for {what} was not kept: {exc}. The request stays queued; check that the certificate file is this TSA&apos;s chain, and its address.</source>
        <translation>La réponse de l&apos;autorité d&apos;horodatage {url} pour {what} n&apos;a pas été gardée&#xa0;: {exc}. La demande reste en attente&#xa0;; vérifiez que le fichier de certificat est bien la chaîne de cette TSA, et son adresse.</translation>
    </message>
    <message>
        <source>The review status must be one of: {statuses}.</source>
        <translation>L&apos;état de relecture doit être l&apos;un de&#xa0;: {statuses}.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translation>Le rôle doit être l&apos;un de&#xa0;: {roles}.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history differs from what an earlier package from the same casebook showed (entry {sequence}): entries were changed or removed since. Nothing was imported; ask the sender to run `casebook verify`.</source>
        <translation>L&apos;historique d&apos;audit de l&apos;expéditeur diffère de ce que montrait un paquet antérieur du même dossier Casebook (entrée {sequence})&#xa0;: des entrées ont été modifiées ou supprimées depuis. Rien n&apos;a été importé&#xa0;; demandez à l&apos;expéditeur de lancer `casebook verify`.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit history is broken at {where}: the entry does not follow on from the one before it. Nothing was imported.</source>
        <translation>L&apos;historique d&apos;audit de l&apos;expéditeur est rompu à {where}&#xa0;: l&apos;entrée ne fait pas suite à la précédente. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The stored file of {label} is damaged or was altered: {exc}. Do not rely on it; restore the casebook folder from a backup.</source>
        <translation>Le fichier stocké de {label} est endommagé ou a été modifié&#xa0;: {exc}. Ne vous y fiez pas&#xa0;; restaurez le dossier Casebook depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The stored file of {label} is missing from the casebook folder ({folder}/{name}). Restore it from a backup.</source>
        <translation>Le fichier stocké de {label} manque dans le dossier Casebook ({folder}/{name}). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The support must be one of: {support_kinds}.</source>
        <translation>La valeur probante doit être l&apos;une de&#xa0;: {support_kinds}.</translation>
    </message>
    <message>
        <source>The text holds a broken character (a lone surrogate). Copy it again from its source, or save the file as UTF-8.</source>
        <translation>Le texte contient un caractère cassé (un demi-code d&apos;indirection isolé). Recopiez-le depuis sa source, ou enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>The text holds a control character (U+{code}) on line {line}, which cannot be printed in a filing. Remove it and save again.</source>
        <translation>Le texte contient un caractère de contrôle (U+{code}) à la ligne {line}, qui ne peut pas être imprimé dans un dépôt. Supprimez-le et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} answered with HTTP error {code}; {stays}, or check the address.</source>
        <translation>L&apos;autorité d&apos;horodatage {url} a répondu par l&apos;erreur HTTP {code}&#xa0;; {stays}, ou vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} could not be reached ({reason}); {stays}.</source>
        <translation>L&apos;autorité d&apos;horodatage {url} n&apos;a pas pu être jointe ({reason})&#xa0;; {stays}.</translation>
    </message>
    <message>
        <source>The time-stamp authority at {url} sent more than a time-stamp reply; {stays}, or check the address.</source>
        <translation>L&apos;autorité d&apos;horodatage {url} a envoyé plus qu&apos;une réponse d&apos;horodatage&#xa0;; {stays}, ou vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The use must be one of: {uses}.</source>
        <translation>L&apos;usage doit être l&apos;un de&#xa0;: {uses}.</translation>
    </message>
    <message>
        <source>The {kind} {record_id} is not withheld, so there is nothing to include anyway; remove it from the list of overrides.</source>
        <translation>La fiche {kind} {record_id} n&apos;est pas écartée&#xa0;: il n&apos;y a rien à inclure malgré tout&#xa0;; retirez-la de la liste des exceptions.</translation>
    </message>
    <message>
        <source>The {language} export texts lack the entry {example}; complete strings.{language}.json.</source>
        <translation>Il manque l&apos;entrée {example} aux textes d&apos;export en {language}&#xa0;; complétez strings.{language}.json.</translation>
    </message>
    <message>
        <source>The {language} export texts lack {count} entries (for example {example}); complete strings.{language}.json.</source>
        <translation>Il manque {count} entrées aux textes d&apos;export en {language} (par exemple {example})&#xa0;; complétez strings.{language}.json.</translation>
    </message>
    <message>
        <source>The {timestamps_dir} folder of the casebook could not be written ({reason}). Check that the disk has space and the folder is yours; queued requests are kept.</source>
        <translation>Le dossier {timestamps_dir} du dossier Casebook n&apos;a pas pu être écrit ({reason}). Vérifiez qu&apos;il reste de la place sur le disque et que le dossier vous appartient&#xa0;; les demandes en attente sont gardées.</translation>
    </message>
    <message>
        <source>There is no addressee {key}. Choose one of: {known} (they are listed in resources/export/addressees.json).</source>
        <translation>Il n&apos;y a pas de destinataire {key}. Choisissez parmi&#xa0;: {known} (ils sont listés dans resources/export/addressees.json).</translation>
    </message>
    <message>
        <source>There is no casebook at {folder}. Check the path.</source>
        <translation>Il n&apos;y a pas de dossier Casebook dans {folder}. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>There is no crime &apos;{key}&apos; in taxonomy {version}. Crime ids look like 7(1)(d) or 8(2)(e)(i); `casebook taxonomy QUERY` finds them.</source>
        <translation>Il n&apos;y a pas de crime «&#xa0;{key}&#xa0;» dans la taxonomie {version}. Les identifiants de crime ressemblent à 7(1)(d) ou 8(2)(e)(i)&#xa0;; `casebook taxonomy QUERY` les trouve.</translation>
    </message>
    <message>
        <source>There is no element &apos;{element_id}&apos; in taxonomy {version}. Element ids look like 7(1)(d)/1 (crime), cah_attack/1 (context) or 28(a)/2 (liability); `casebook taxonomy --show 7(1)(d)` lists the elements of a crime.</source>
        <translation>Il n&apos;y a pas d&apos;élément «&#xa0;{element_id}&#xa0;» dans la taxonomie {version}. Les identifiants d&apos;élément ressemblent à 7(1)(d)/1 (crime), cah_attack/1 (contexte) ou 28(a)/2 (responsabilité)&#xa0;; `casebook taxonomy --show 7(1)(d)` liste les éléments d&apos;un crime.</translation>
    </message>
    <message>
        <source>There is no evidence item with the id {evidence_id}.</source>
        <translation>Il n&apos;y a pas de pièce d&apos;identifiant {evidence_id}.</translation>
    </message>
    <message>
        <source>There is no mode of liability &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>Il n&apos;y a pas de mode de responsabilité «&#xa0;{key}&#xa0;» dans la taxonomie {version}.</translation>
    </message>
    <message>
        <source>There is no package file at {path}. Check the path.</source>
        <translation>Il n&apos;y a pas de fichier de paquet à {path}. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>There is no section kind {kind}. Choose one of: {kinds}.</source>
        <translation>Il n&apos;y a pas de type de section {kind}. Choisissez parmi&#xa0;: {kinds}.</translation>
    </message>
    <message>
        <source>There is no testimony with the id {testimony_id}.</source>
        <translation>Il n&apos;y a pas de déposition d&apos;identifiant {testimony_id}.</translation>
    </message>
    <message>
        <source>There is no use {use_id} in Casebook&apos;s list; choose one of: {known}.</source>
        <translation>Il n&apos;y a pas d&apos;usage {use_id} dans la liste de Casebook&#xa0;; choisissez parmi&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>There is no {kind} &apos;{key}&apos; in taxonomy {version}.</source>
        <translation>La taxonomie {version} n&apos;a pas d&apos;entrée «&#xa0;{key}&#xa0;» ({kind}).</translation>
    </message>
    <message>
        <source>There is no {what} with the id &apos;{key}&apos; in case {reference}; it may have been deleted or belong to another case. `casebook search` shows the ids of passages, evidence and incidents.</source>
        <translation>Aucune fiche ({what}) n&apos;a l&apos;identifiant «&#xa0;{key}&#xa0;» dans l&apos;affaire {reference}&#xa0;; elle a peut-être été supprimée ou appartient à une autre affaire. `casebook search` affiche les identifiants des passages, pièces et incidents.</translation>
    </message>
    <message>
        <source>There is not enough free memory to unlock the key ({mib} MiB are needed). Close other programs and try again.</source>
        <translation>Il n&apos;y a pas assez de mémoire libre pour déverrouiller la clé ({mib} Mio nécessaires). Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>There is nothing to save: the section is empty.</source>
        <translation>Il n&apos;y a rien à enregistrer&#xa0;: la section est vide.</translation>
    </message>
    <message>
        <source>This casebook could not be brought up to date for this version of Casebook ({kind}); the upgrade was rolled back and a copy of the database from before it is in the casebook&apos;s backups/ folder. Please report this.</source>
        <translation>Ce dossier Casebook n&apos;a pas pu être mis à jour pour cette version de Casebook ({kind})&#xa0;; la mise à jour a été annulée et une copie de la base de données d&apos;avant se trouve dans le dossier backups/ du dossier Casebook. Merci de le signaler.</translation>
    </message>
    <message>
        <source>This casebook has no exchange identity of its own yet. Run `casebook identity export` once to make it.</source>
        <translation>Ce dossier Casebook n&apos;a pas encore sa propre identité d&apos;échange. Lancez une fois `casebook identity export` pour la créer.</translation>
    </message>
    <message>
        <source>This casebook is already open in another Casebook window or command. Close it there first; two programs writing at once could damage it.</source>
        <translation>Ce dossier Casebook est déjà ouvert dans une autre fenêtre ou commande Casebook. Fermez-le d&apos;abord là-bas&#xa0;; deux programmes qui écrivent en même temps pourraient l&apos;endommager.</translation>
    </message>
    <message>
        <source>This casebook is older than the copy last opened on this computer on {when}: its history ends at audit entry {last}, but that copy&apos;s had reached entry {reached}. An older copy of the folder or of its database may have been put back. If you restored a backup on purpose, run `casebook verify FOLDER --accept-history`; otherwise keep this computer&apos;s copy and report it.</source>
        <translation>Ce dossier Casebook est plus ancien que la copie ouverte pour la dernière fois sur cet ordinateur le {when}&#xa0;: son historique s&apos;arrête à l&apos;entrée d&apos;audit {last}, alors que cette copie avait atteint l&apos;entrée {reached}. Une copie plus ancienne du dossier ou de sa base de données a peut-être été remise en place. Si vous avez restauré une sauvegarde volontairement, lancez `casebook verify FOLDER --accept-history`&#xa0;; sinon, gardez la copie de cet ordinateur et signalez-le.</translation>
    </message>
    <message>
        <source>This casebook was saved by a newer version of Casebook. Install the newer version to open it; nothing in the casebook was changed.</source>
        <translation>Ce dossier Casebook a été enregistré par une version plus récente de Casebook. Installez cette version pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié dans le dossier Casebook.</translation>
    </message>
    <message>
        <source>This casebook&apos;s audit log fails its own check, so no package was made: {problem}. Run `casebook verify` and restore from a backup.</source>
        <translation>Le journal d&apos;audit de ce dossier Casebook échoue à sa propre vérification&#xa0;; aucun paquet n&apos;a donc été créé&#xa0;: {problem}. Lancez `casebook verify` et restaurez depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>This casebook&apos;s history was rewritten after audit entry {intact}: entry {changed}, as seen on this computer on {when}, is no longer what it was, so entries were changed, removed or renumbered since. Do not rely on this copy; compare it with a backup and report it. If the change is known and accepted, run `casebook verify FOLDER --accept-history`.</source>
        <translation>L&apos;historique de ce dossier Casebook a été réécrit après l&apos;entrée d&apos;audit {intact}&#xa0;: l&apos;entrée {changed}, telle que vue sur cet ordinateur le {when}, n&apos;est plus la même&#xa0;; des entrées ont donc été modifiées, supprimées ou renumérotées depuis. Ne vous fiez pas à cette copie&#xa0;; comparez-la avec une sauvegarde et signalez-le. Si la modification est connue et acceptée, lancez `casebook verify FOLDER --accept-history`.</translation>
    </message>
    <message>
        <source>This conflict was already resolved (kept {resolution}); nothing changed.</source>
        <translation>Ce conflit était déjà résolu (version gardée&#xa0;: {resolution})&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>This consent has no recipients waiting for review.</source>
        <translation>Ce consentement n&apos;a aucun destinataire en attente de relecture.</translation>
    </message>
    <message>
        <source>This evidence item is not printed: {why}. If it may be shown all the same (a photo of a public place that merely mentions the person, say), print it with a written reason (`--include-because &quot;…&quot;`); the reason is kept in the audit log.</source>
        <translation>Cette pièce n&apos;est pas imprimée&#xa0;: {why}. Si elle peut être montrée malgré tout (par exemple la photo d&apos;un lieu public qui ne fait que mentionner la personne), imprimez-la avec un motif écrit (`--include-because &quot;…&quot;`)&#xa0;; le motif est gardé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>Ce champ ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>This identity claims the user id or age key of an identity already stored here, but with another signing key. Someone may be impersonating a colleague; do not use it, and compare fingerprints with your colleague.</source>
        <translation>Cette identité revendique l&apos;identifiant d&apos;utilisateur ou la clé age d&apos;une identité déjà enregistrée ici, mais avec une autre clé de signature. Quelqu&apos;un tente peut-être de se faire passer pour un collègue&#xa0;; ne l&apos;utilisez pas, et comparez les empreintes avec votre collègue.</translation>
    </message>
    <message>
        <source>This identity claims to be a user of this casebook but carries another signing key. Do not use it; compare fingerprints with your colleague.</source>
        <translation>Cette identité prétend être un utilisateur de ce dossier Casebook mais porte une autre clé de signature. Ne l&apos;utilisez pas&#xa0;; comparez les empreintes avec votre collègue.</translation>
    </message>
    <message>
        <source>This identity has no secret key here; it belongs to a colleague.</source>
        <translation>Cette identité n&apos;a pas de clé secrète ici&#xa0;; elle appartient à un collègue.</translation>
    </message>
    <message>
        <source>This is not a documentation field of a statement.</source>
        <translation>Ce n&apos;est pas un champ de documentation d&apos;une déposition.</translation>
    </message>
    <message>
        <source>This is not a usable Casebook identity: {problem}. Ask your colleague to run `casebook identity export` and send the whole text again.</source>
        <translation>Ce n&apos;est pas une identité Casebook utilisable&#xa0;: {problem}. Demandez à votre collègue de lancer `casebook identity export` et de renvoyer le texte en entier.</translation>
    </message>
    <message>
        <source>This material is already tagged to {element} as {support}, with the same range and perpetrator. Edit that tag instead of adding another.</source>
        <translation>Ce matériel est déjà étiqueté pour {element} comme {support}, avec la même plage et le même auteur. Modifiez cette étiquette au lieu d&apos;en ajouter une autre.</translation>
    </message>
    <message>
        <source>This package ({package_id}) was already imported on {processed_at} UTC; importing it again changes nothing, so nothing was done.</source>
        <translation>Ce paquet ({package_id}) a déjà été importé le {processed_at} UTC&#xa0;; l&apos;importer de nouveau ne changerait rien, rien n&apos;a donc été fait.</translation>
    </message>
    <message>
        <source>This package was made by this casebook; there is nothing to import.</source>
        <translation>Ce paquet a été créé par ce dossier Casebook&#xa0;; il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>This package was not encrypted to your identity, so it cannot be opened here. Ask the sender to make it again for your fingerprint (`casebook identity export` shows it). Nothing was imported.</source>
        <translation>Ce paquet n&apos;a pas été chiffré pour votre identité&#xa0;; il ne peut donc pas être ouvert ici. Demandez à l&apos;expéditeur de le refaire pour votre empreinte (`casebook identity export` l&apos;affiche). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This package was signed for other recipients and re-encrypted to you by someone else. It was not imported; ask the sender for a package addressed to you.</source>
        <translation>Ce paquet a été signé pour d&apos;autres destinataires puis rechiffré pour vous par quelqu&apos;un d&apos;autre. Il n&apos;a pas été importé&#xa0;; demandez à l&apos;expéditeur un paquet qui vous est adressé.</translation>
    </message>
    <message>
        <source>This recipient is not in Casebook&apos;s list of states (ISO 3166-1 codes such as DE, FR, MM) and bodies (such as ICC, IIMM, IIIM); choose it from the list.</source>
        <translation>Ce destinataire n&apos;est pas dans la liste des États (codes ISO 3166-1 comme DE, FR, MM) et organes (comme ICC, IIMM, IIIM) de Casebook&#xa0;; choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>This record is sealed, so it cannot be changed or deleted. Make a new version to correct it; the sealed one stays as it was.</source>
        <translation>Cette fiche est scellée&#xa0;: elle ne peut être ni modifiée ni supprimée. Créez une nouvelle version pour la corriger&#xa0;; la version scellée reste telle quelle.</translation>
    </message>
    <message>
        <source>This statement is not printed: {why}. A statement leaves the casebook only as its witness consented; record the consent first if it was given.</source>
        <translation>Cette déposition n&apos;est pas imprimée&#xa0;: {why}. Une déposition ne quitte le dossier Casebook que dans les limites du consentement de son témoin&#xa0;; enregistrez d&apos;abord le consentement s&apos;il a été donné.</translation>
    </message>
    <message>
        <source>This statement is sealed, so its passages cannot be changed. Make a new version of the testimony to correct it.</source>
        <translation>Cette déposition est scellée&#xa0;: ses passages ne peuvent pas être modifiés. Créez une nouvelle version de la déposition pour la corriger.</translation>
    </message>
    <message>
        <source>This statement is sealed. Make a new version to correct it; the sealed one stays.</source>
        <translation>Cette déposition est scellée. Créez une nouvelle version pour la corriger&#xa0;; la version scellée reste.</translation>
    </message>
    <message>
        <source>Typesetting the complaint</source>
        <translation>Mise en page de la plainte</translation>
    </message>
    <message>
        <source>Unknown field {bad}.</source>
        <translation>Champ inconnu&#xa0;: {bad}.</translation>
    </message>
    <message>
        <source>Unknown status; use one of {case_statuses}.</source>
        <translation>État inconnu&#xa0;; utilisez l&apos;un de&#xa0;: {case_statuses}.</translation>
    </message>
    <message>
        <source>Victims by age group</source>
        <translation>Victimes par tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Victims by ethnicity</source>
        <translation>Victimes par ethnie</translation>
    </message>
    <message>
        <source>Victims by religion</source>
        <translation>Victimes par religion</translation>
    </message>
    <message>
        <source>Victims by sex / gender</source>
        <translation>Victimes par sexe / genre</translation>
    </message>
    <message>
        <source>Write a number, such as 16.8661.</source>
        <translation>Écrivez un nombre, par exemple 16.8661.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.</source>
        <translation>Écrivez la date AAAA-MM-JJ, ou AAAA-MM ou AAAA si seule cette partie est connue.</translation>
    </message>
    <message>
        <source>Write why the {kind} may go out despite the consent it lacks (at least {min_reason} characters); the reason is shown in the plan and kept in the audit log.</source>
        <translation>Écrivez pourquoi cette fiche ({kind}) peut sortir malgré le consentement qui manque (au moins {min_reason} caractères)&#xa0;; le motif s&apos;affiche dans le plan et est gardé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Writing exhibit {n} of {total}</source>
        <translation>Écriture de la pièce {n} sur {total}</translation>
    </message>
    <message>
        <source>Writing the bundle failed ({reason}). Nothing was kept; check that the folder is writable and try again.</source>
        <translation>L&apos;écriture du dossier de plainte a échoué ({reason}). Rien n&apos;a été gardé&#xa0;; vérifiez que vous pouvez écrire dans le dossier et réessayez.</translation>
    </message>
    <message>
        <source>a different case here already uses its reference; change the reference of one of them and import again</source>
        <translation>une autre affaire utilise déjà sa référence ici&#xa0;; changez la référence de l&apos;une d&apos;elles et importez de nouveau</translation>
    </message>
    <message>
        <source>a key or the signature is not valid</source>
        <translation>une clé ou la signature n&apos;est pas valide</translation>
    </message>
    <message>
        <source>a line is not of the form &apos;name: value&apos;</source>
        <translation>une ligne n&apos;a pas la forme «&#xa0;nom: valeur&#xa0;»</translation>
    </message>
    <message>
        <source>a name is too short to replace wherever it stands; it is replaced only after an honorific (U, Daw, Ko, Ma …)</source>
        <translation>un nom est trop court pour être remplacé partout où il apparaît&#xa0;; il n&apos;est remplacé qu&apos;après un titre de civilité (U, Daw, Ko, Ma …)</translation>
    </message>
    <message>
        <source>a part of it fails authentication, or its end is missing</source>
        <translation>une partie ne passe pas l&apos;authentification, ou sa fin manque</translation>
    </message>
    <message>
        <source>a passage is cited as [[passage:&lt;statement id&gt;/&lt;paragraph&gt;]] or [[passage:&lt;passage id&gt;]], with at least six characters of the id</source>
        <translation>un passage se cite [[passage:&lt;identifiant de la déposition&gt;/&lt;paragraphe&gt;]] ou [[passage:&lt;identifiant du passage&gt;]], avec au moins six caractères de l&apos;identifiant</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>a person is cited by pseudonym (W-001) or by at least six characters of the id</source>
        <translation>une personne se cite par son pseudonyme (W-001) ou par au moins six caractères de l&apos;identifiant</translation>
    </message>
    <message>
        <source>a record with its id belongs to another case here</source>
        <translation>une fiche avec cet identifiant appartient ici à une autre affaire</translation>
    </message>
    <message>
        <source>a signed event with this id and different content is recorded here</source>
        <translation>un événement signé avec cet identifiant et un autre contenu est enregistré ici</translation>
    </message>
    <message>
        <source>a victim recorded with {groups}</source>
        <translation>une victime enregistrée avec {groups}</translation>
    </message>
    <message>
        <source>administrative area: {areas}</source>
        <translation>zone administrative&#xa0;: {areas}</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>tranche d&apos;âge</translation>
    </message>
    <message>
        <source>alleged perpetrator unit: {units}</source>
        <translation>unité de l&apos;auteur présumé&#xa0;: {units}</translation>
    </message>
    <message>
        <source>an archive header is malformed</source>
        <translation>un en-tête d&apos;archive est mal formé</translation>
    </message>
    <message>
        <source>an exhibit is cited by at least six characters of its id</source>
        <translation>une pièce se cite par au moins six caractères de son identifiant</translation>
    </message>
    <message>
        <source>an incident is cited by at least six characters of its id</source>
        <translation>un incident se cite par au moins six caractères de son identifiant</translation>
    </message>
    <message>
        <source>around {date}</source>
        <translation>vers {date}</translation>
    </message>
    <message>
        <source>article {article} was added by {resolution} (adopted {adopted}) and applies only to States Parties that accepted it, one year after each deposited its acceptance (art. 121(5)); check acceptance by the State of territory or nationality</source>
        <translation>l&apos;article {article} a été ajouté par {resolution} (adoptée le {adopted}) et ne s&apos;applique qu&apos;aux États Parties qui l&apos;ont accepté, un an après le dépôt de leur instrument d&apos;acceptation (art. 121(5))&#xa0;; vérifiez l&apos;acceptation par l&apos;État du territoire ou de la nationalité</translation>
    </message>
    <message>
        <source>audit entry {sequence} ({action} in {table})</source>
        <translation>entrée d&apos;audit {sequence} ({action} dans {table})</translation>
    </message>
    <message>
        <source>audit entry {sequence} is not the one the TSA saw (stamped {describe}): the history was rewritten at or before entry {sequence}</source>
        <translation>l&apos;entrée d&apos;audit {sequence} n&apos;est pas celle qu&apos;a vue la TSA (horodatée {describe})&#xa0;: l&apos;historique a été réécrit à l&apos;entrée {sequence} ou avant</translation>
    </message>
    <message>
        <source>between {day1} and {day2} {month} {year}</source>
        <translation>entre le {day1} et le {day2} {month} {year}</translation>
    </message>
    <message>
        <source>between {day1} {month1} and {day2} {month2} {year}</source>
        <translation>entre le {day1} {month1} et le {day2} {month2} {year}</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>entre {start} et {end}</translation>
    </message>
    <message>
        <source>broken reference in table {table} (row {row})</source>
        <translation>référence rompue dans la table {table} (ligne {row})</translation>
    </message>
    <message>
        <source>case {reference} situation</source>
        <translation>situation de l&apos;affaire {reference}</translation>
    </message>
    <message>
        <source>case {reference} summary</source>
        <translation>résumé de l&apos;affaire {reference}</translation>
    </message>
    <message>
        <source>case {reference} title</source>
        <translation>titre de l&apos;affaire {reference}</translation>
    </message>
    <message>
        <source>changed on both sides since the last common version</source>
        <translation>modifié des deux côtés depuis la dernière version commune</translation>
    </message>
    <message>
        <source>charge {n} ({crime})</source>
        <translation>charge {n} ({crime})</translation>
    </message>
    <message>
        <source>consent does not cover it</source>
        <translation>le consentement ne le couvre pas</translation>
    </message>
    <message>
        <source>contains the name of {who}; printed as {who}</source>
        <translation>contient le nom de {who}&#xa0;; imprimé sous la forme {who}</translation>
    </message>
    <message>
        <source>contains the name of {who}; the file goes out unchanged (its hash is evidence), so decide whether to leave the exhibit out</source>
        <translation>contient le nom de {who}&#xa0;; le fichier sort inchangé (son empreinte fait preuve)&#xa0;: décidez s&apos;il faut écarter la pièce</translation>
    </message>
    <message>
        <source>crime tagged or charged: {crimes}</source>
        <translation>crime étiqueté ou retenu&#xa0;: {crimes}</translation>
    </message>
    <message>
        <source>custody event {sequence} ({action}) of evidence {title}</source>
        <translation>événement de possession {sequence} ({action}) de la pièce {title}</translation>
    </message>
    <message>
        <source>database file: {detail}</source>
        <translation>fichier de base de données&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>database structure: {detail}</source>
        <translation>structure de la base de données&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>date from</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>date span overlapping {start} to {end}</source>
        <translation>période recoupant {start} – {end}</translation>
    </message>
    <message>
        <source>date to</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>entries its manifest lists are missing</source>
        <translation>des entrées listées par son manifeste manquent</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>ethnie</translation>
    </message>
    <message>
        <source>evidence {evidence_id} no longer has the content the TSA saw (stamped {describe}): its recorded SHA-256 was changed</source>
        <translation>la pièce {evidence_id} n&apos;a plus le contenu qu&apos;a vu la TSA (horodatée {describe})&#xa0;: son SHA-256 enregistré a été modifié</translation>
    </message>
    <message>
        <source>evidence {names} (stored as {storage_name})</source>
        <translation>pièce {names} (stockée sous {storage_name})</translation>
    </message>
    <message>
        <source>evidence {title}</source>
        <translation>pièce {title}</translation>
    </message>
    <message>
        <source>evidence {title}: has no chain-of-custody events</source>
        <translation>pièce {title}&#xa0;: n&apos;a aucun événement de chaîne de possession</translation>
    </message>
    <message>
        <source>evidence {title}: its recorded SHA-256 differs from its stored file&apos;s</source>
        <translation>pièce {title}&#xa0;: son SHA-256 enregistré diffère de celui de son fichier stocké</translation>
    </message>
    <message>
        <source>exhibit {n} acquisition</source>
        <translation>acquisition de la pièce {n}</translation>
    </message>
    <message>
        <source>exhibit {n} collected by</source>
        <translation>pièce {n}&#xa0;: recueillie par</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} place</source>
        <translation>pièce {n}&#xa0;: lieu de l&apos;événement de possession {k}</translation>
    </message>
    <message>
        <source>exhibit {n} custody event {k} reason</source>
        <translation>pièce {n}&#xa0;: motif de l&apos;événement de possession {k}</translation>
    </message>
    <message>
        <source>exhibit {n} description</source>
        <translation>pièce {n}&#xa0;: description</translation>
    </message>
    <message>
        <source>exhibit {n} embedded metadata ({key})</source>
        <translation>pièce {n}&#xa0;: métadonnées intégrées ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} file, embedded metadata ({key})</source>
        <translation>pièce {n}&#xa0;: fichier, métadonnées intégrées ({key})</translation>
    </message>
    <message>
        <source>exhibit {n} original file name</source>
        <translation>pièce {n}&#xa0;: nom d&apos;origine du fichier</translation>
    </message>
    <message>
        <source>exhibit {n} place collected</source>
        <translation>pièce {n}&#xa0;: lieu de collecte</translation>
    </message>
    <message>
        <source>exhibit {n} source</source>
        <translation>pièce {n}&#xa0;: source</translation>
    </message>
    <message>
        <source>exhibit {n} title</source>
        <translation>pièce {n}&#xa0;: titre</translation>
    </message>
    <message>
        <source>exhibit {n} web address</source>
        <translation>pièce {n}&#xa0;: adresse web</translation>
    </message>
    <message>
        <source>exhibit {n} {part}</source>
        <translation>pièce {n}&#xa0;: {part}</translation>
    </message>
    <message>
        <source>for incident {number} ({span}) the law in force was {cited}, not {current}</source>
        <translation>pour l&apos;incident {number} ({span}), le droit en vigueur était {cited}, pas {current}</translation>
    </message>
    <message>
        <source>from {start} (end unknown)</source>
        <translation>à partir de {start} (fin inconnue)</translation>
    </message>
    <message>
        <source>has a field name that is not text</source>
        <translation>a un nom de champ qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>has a field name that is too long or holds a lone surrogate</source>
        <translation>a un nom de champ trop long ou qui contient un demi-code d&apos;indirection isolé</translation>
    </message>
    <message>
        <source>holds a lone surrogate (an escape such as \ud800 that is not a character); the file was not written by Casebook or is damaged</source>
        <translation>contient un demi-code d&apos;indirection isolé (un échappement comme \ud800 qui n&apos;est pas un caractère)&#xa0;; le fichier n&apos;a pas été écrit par Casebook ou il est endommagé</translation>
    </message>
    <message>
        <source>identity details (names, contacts) withheld; persons appear by pseudonym only</source>
        <translation>données d&apos;identité (noms, contacts) écartées&#xa0;; les personnes n&apos;apparaissent que par leur pseudonyme</translation>
    </message>
    <message>
        <source>identity given only in the sealed annex, encrypted to the recipient&apos;s key</source>
        <translation>identité donnée seulement dans l&apos;annexe scellée, chiffrée pour la clé du destinataire</translation>
    </message>
    <message>
        <source>incident {number} ({span}) is before {resolution} was adopted on {adopted}</source>
        <translation>l&apos;incident {number} ({span}) est antérieur à l&apos;adoption de {resolution} le {adopted}</translation>
    </message>
    <message>
        <source>incident {number} ({span}) may be before {resolution} was adopted on {adopted}</source>
        <translation>l&apos;incident {number} ({span}) est peut-être antérieur à l&apos;adoption de {resolution} le {adopted}</translation>
    </message>
    <message>
        <source>incident {number} ({span}) straddles the date from which {provisions} applies; establish the date of the acts</source>
        <translation>l&apos;incident {number} ({span}) chevauche la date à partir de laquelle {provisions} s&apos;applique&#xa0;; établissez la date des actes</translation>
    </message>
    <message>
        <source>incident {number} ({span}): {reasons}</source>
        <translation>incident {number} ({span})&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>incident {number} has no date; check it is after {adopted}</source>
        <translation>l&apos;incident {number} n&apos;a pas de date&#xa0;; vérifiez qu&apos;il est postérieur au {adopted}</translation>
    </message>
    <message>
        <source>incident {number} has no date; the provision applies only to acts from {first}</source>
        <translation>l&apos;incident {number} n&apos;a pas de date&#xa0;; la disposition ne s&apos;applique qu&apos;aux actes à partir du {first}</translation>
    </message>
    <message>
        <source>incident {number} has no date; {provisions} applies only to acts from {first}</source>
        <translation>l&apos;incident {number} n&apos;a pas de date&#xa0;; {provisions} ne s&apos;applique qu&apos;aux actes à partir du {first}</translation>
    </message>
    <message>
        <source>incident {n} area</source>
        <translation>incident {n}&#xa0;: zone</translation>
    </message>
    <message>
        <source>incident {n} description</source>
        <translation>incident {n}&#xa0;: description</translation>
    </message>
    <message>
        <source>incident {n} place</source>
        <translation>incident {n}&#xa0;: lieu</translation>
    </message>
    <message>
        <source>incident {n} title</source>
        <translation>incident {n}&#xa0;: titre</translation>
    </message>
    <message>
        <source>incident {title}</source>
        <translation>incident {title}</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>included although {reason}, because: {because}</source>
        <translation>inclus bien que {reason}, parce que&#xa0;: {because}</translation>
    </message>
    <message>
        <source>is NaN or Infinity, which Casebook does not accept; give a number</source>
        <translation>est NaN ou Infinity, que Casebook n&apos;accepte pas&#xa0;; donnez un nombre</translation>
    </message>
    <message>
        <source>is a text of more than {max_string_chars} characters</source>
        <translation>est un texte de plus de {max_string_chars} caractères</translation>
    </message>
    <message>
        <source>is a whole number outside {low} … {high}</source>
        <translation>est un nombre entier hors de {low} … {high}</translation>
    </message>
    <message>
        <source>is nested more than {max_depth} levels deep</source>
        <translation>est imbriqué sur plus de {max_depth} niveaux</translation>
    </message>
    <message>
        <source>is not a JSON value</source>
        <translation>n&apos;est pas une valeur JSON</translation>
    </message>
    <message>
        <source>it concerns {pseudonym}, and {problem}</source>
        <translation>il concerne {pseudonym}, et {problem}</translation>
    </message>
    <message>
        <source>it could not be decrypted</source>
        <translation>il n&apos;a pas pu être déchiffré</translation>
    </message>
    <message>
        <source>it does not begin with a manifest</source>
        <translation>il ne commence pas par un manifeste</translation>
    </message>
    <message>
        <source>it is not an RFC 3161 time-stamp reply that can be read</source>
        <translation>ce n&apos;est pas une réponse d&apos;horodatage RFC 3161 lisible</translation>
    </message>
    <message>
        <source>it is not this casebook</source>
        <translation>ce n&apos;est pas ce dossier Casebook</translation>
    </message>
    <message>
        <source>it is withheld from this recipient: {reason}</source>
        <translation>il est écarté pour ce destinataire&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>it names {person}, who is not charged in this charge</source>
        <translation>il nomme {person}, qui n&apos;est pas mis en cause dans cette charge</translation>
    </message>
    <message>
        <source>it refers to {what}, which is neither in the package nor in this case here; ask the sender for a complete package (without --since-last)</source>
        <translation>il renvoie à {what}, qui n&apos;est ni dans le paquet ni dans cette affaire ici&#xa0;; demandez à l&apos;expéditeur un paquet complet (sans --since-last)</translation>
    </message>
    <message>
        <source>it was made for a different casebook, so it says nothing about this one; remove its folder</source>
        <translation>il a été créé pour un autre dossier Casebook, il ne dit donc rien de celui-ci&#xa0;; supprimez son dossier</translation>
    </message>
    <message>
        <source>it was written in a format this version does not know</source>
        <translation>il a été écrit dans un format que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>its age recipient is malformed</source>
        <translation>son destinataire age est mal formé</translation>
    </message>
    <message>
        <source>its attachment is neither in the package nor in this casebook; ask the sender for a complete package (without --since-last)</source>
        <translation>sa pièce jointe n&apos;est ni dans le paquet ni dans ce dossier Casebook&#xa0;; demandez à l&apos;expéditeur un paquet complet (sans --since-last)</translation>
    </message>
    <message>
        <source>its claim.json is not a chain-head claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>son claim.json n&apos;est pas une attestation de tête de chaîne sous la forme exacte qu&apos;écrit Casebook&#xa0;; il a donc été modifié ou endommagé</translation>
    </message>
    <message>
        <source>its claim.json is not an evidence claim in the exact form Casebook writes, so it was edited or damaged</source>
        <translation>son claim.json n&apos;est pas une attestation de pièce sous la forme exacte qu&apos;écrit Casebook&#xa0;; il a donc été modifié ou endommagé</translation>
    </message>
    <message>
        <source>its fingerprint line does not belong to its signing key</source>
        <translation>sa ligne d&apos;empreinte n&apos;appartient pas à sa clé de signature</translation>
    </message>
    <message>
        <source>its folder name does not match its claim, so one was changed</source>
        <translation>le nom de son dossier ne correspond pas à son attestation&#xa0;: l&apos;un des deux a donc été modifié</translation>
    </message>
    <message>
        <source>its manifest is not followed by its signature</source>
        <translation>son manifeste n&apos;est pas suivi de sa signature</translation>
    </message>
    <message>
        <source>its manifest names no usable signing key</source>
        <translation>son manifeste ne nomme aucune clé de signature utilisable</translation>
    </message>
    <message>
        <source>its name or signing key is malformed</source>
        <translation>son nom ou sa clé de signature est mal formé</translation>
    </message>
    <message>
        <source>its role is not one Casebook knows</source>
        <translation>son rôle n&apos;est pas un rôle que connaît Casebook</translation>
    </message>
    <message>
        <source>its signature does not match its content, so it was altered</source>
        <translation>sa signature ne correspond pas à son contenu&#xa0;: il a donc été modifié</translation>
    </message>
    <message>
        <source>its signature does not verify against the trusted TSA certificates ({reason})</source>
        <translation>sa signature ne se vérifie pas avec les certificats de TSA de confiance ({reason})</translation>
    </message>
    <message>
        <source>its statement is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>sa déposition n&apos;est liée à aucun des incidents sur lesquels repose cette charge ({incidents})</translation>
    </message>
    <message>
        <source>its statement is not linked to incident {incident}, on which this charge rests</source>
        <translation>sa déposition n&apos;est pas liée à l&apos;incident {incident}, sur lequel repose cette charge</translation>
    </message>
    <message>
        <source>its user or casebook id is malformed</source>
        <translation>son identifiant d&apos;utilisateur ou de dossier Casebook est mal formé</translation>
    </message>
    <message>
        <source>its {name} is far larger than it can be, so it was replaced</source>
        <translation>son {name} est bien plus grand que possible&#xa0;; il a donc été remplacé</translation>
    </message>
    <message>
        <source>its {name} is missing or cannot be read</source>
        <translation>son {name} manque ou ne peut pas être lu</translation>
    </message>
    <message>
        <source>key-slot file: {problem}</source>
        <translation>fichier d&apos;emplacements de clé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>left out: {why}</source>
        <translation>écarté&#xa0;: {why}</translation>
    </message>
    <message>
        <source>marked for redaction; printed as {redacted}</source>
        <translation>marqué pour caviardage&#xa0;; imprimé sous la forme {redacted}</translation>
    </message>
    <message>
        <source>material both supports and contradicts the element</source>
        <translation>du matériel à la fois appuie et contredit l&apos;élément</translation>
    </message>
    <message>
        <source>may name {who} by one part of the name, left as written; check it</source>
        <translation>peut nommer {who} par une partie du nom, laissée telle quelle&#xa0;; vérifiez-la</translation>
    </message>
    <message>
        <source>more than one evidence item of the case starts with this; give more of the id</source>
        <translation>plusieurs pièces de l&apos;affaire commencent ainsi&#xa0;; donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>more than one incident of the case starts with this; give more of the id</source>
        <translation>plusieurs incidents de l&apos;affaire commencent ainsi&#xa0;; donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>more than one passage starts with this; give more of the id</source>
        <translation>plusieurs passages commencent ainsi&#xa0;; donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>more than one person of the case starts with this; give more of the id</source>
        <translation>plusieurs personnes de l&apos;affaire commencent ainsi&#xa0;; donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>more than one statement of the case starts with this; give more of the id</source>
        <translation>plusieurs dépositions de l&apos;affaire commencent ainsi&#xa0;; donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>needs a kind, such as summary</source>
        <translation>il faut un type, par exemple summary</translation>
    </message>
    <message>
        <source>no bounded date</source>
        <translation>pas de date bornée</translation>
    </message>
    <message>
        <source>no consent is recorded for this statement</source>
        <translation>aucun consentement n&apos;est enregistré pour cette déposition</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>pas de coordonnées</translation>
    </message>
    <message>
        <source>no evidence item of this case has this id; pick it again</source>
        <translation>aucune pièce de cette affaire n&apos;a cet identifiant&#xa0;; choisissez-la de nouveau</translation>
    </message>
    <message>
        <source>no incident of this case has this id; pick it again</source>
        <translation>aucun incident de cette affaire n&apos;a cet identifiant&#xa0;; choisissez-le de nouveau</translation>
    </message>
    <message>
        <source>no material counts for the element (see &quot;not counted&quot; for tagged material the charge leaves out)</source>
        <translation>aucun matériel ne compte pour l&apos;élément (voir «&#xa0;non compté&#xa0;» pour le matériel étiqueté que la charge écarte)</translation>
    </message>
    <message>
        <source>no name is recorded, so mentions of this person cannot be found automatically</source>
        <translation>aucun nom n&apos;est enregistré&#xa0;: les mentions de cette personne ne peuvent pas être trouvées automatiquement</translation>
    </message>
    <message>
        <source>no name recorded, so mentions of these persons cannot be found and replaced automatically; check the texts yourself</source>
        <translation>aucun nom enregistré&#xa0;: les mentions de ces personnes ne peuvent pas être trouvées et remplacées automatiquement&#xa0;; vérifiez les textes vous-même</translation>
    </message>
    <message>
        <source>no passage of this bundle has this id</source>
        <translation>aucun passage de ce dossier de plainte n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>no passage of this case has this id; pick it again</source>
        <translation>aucun passage de cette affaire n&apos;a cet identifiant&#xa0;; choisissez-le de nouveau</translation>
    </message>
    <message>
        <source>no person of this case has this id or pseudonym; pick them again</source>
        <translation>aucune personne de cette affaire n&apos;a cet identifiant ou ce pseudonyme&#xa0;; choisissez-la de nouveau</translation>
    </message>
    <message>
        <source>no statement of this case has this id; pick it again</source>
        <translation>aucune déposition de cette affaire n&apos;a cet identifiant&#xa0;; choisissez-la de nouveau</translation>
    </message>
    <message>
        <source>no victim recorded</source>
        <translation>aucune victime enregistrée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none in the shipped taxonomy</source>
        <translation>aucune dans la taxonomie fournie</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>note on element {element}</source>
        <translation>note sur l&apos;élément {element}</translation>
    </message>
    <message>
        <source>one of its passages belongs to another statement here</source>
        <translation>un de ses passages appartient ici à une autre déposition</translation>
    </message>
    <message>
        <source>one of its perpetrator entries belongs to another charge here</source>
        <translation>une de ses entrées d&apos;auteur appartient ici à une autre charge</translation>
    </message>
    <message>
        <source>only contradicting material</source>
        <translation>seulement du matériel contradictoire</translation>
    </message>
    <message>
        <source>package {package_id}: the audit entry its signature vouched for is missing or was changed</source>
        <translation>paquet {package_id}&#xa0;: l&apos;entrée d&apos;audit garantie par sa signature manque ou a été modifiée</translation>
    </message>
    <message>
        <source>recipients.json has a wrong or repeated code {code}; states have two capital letters, bodies longer ids in capitals. Restore the file.</source>
        <translation>recipients.json contient un code faux ou répété {code}&#xa0;; les États ont deux lettres majuscules, les organes des identifiants plus longs en majuscules. Restaurez le fichier.</translation>
    </message>
    <message>
        <source>recipients.json is not in the format {format}; restore it from the installation.</source>
        <translation>recipients.json n&apos;est pas au format {format}&#xa0;; restaurez-le depuis l&apos;installation.</translation>
    </message>
    <message>
        <source>record {record} differs from what audit entry {sequence} recorded: it was changed outside Casebook</source>
        <translation>la fiche {record} diffère de ce qu&apos;a enregistré l&apos;entrée d&apos;audit {sequence}&#xa0;: elle a été modifiée hors de Casebook</translation>
    </message>
    <message>
        <source>record {record} is in the database but in no audit entry: it was added outside Casebook</source>
        <translation>la fiche {record} est dans la base de données mais dans aucune entrée d&apos;audit&#xa0;: elle a été ajoutée hors de Casebook</translation>
    </message>
    <message>
        <source>record {record} is missing: audit entry {sequence} recorded it and no entry deleted it, so it was deleted outside Casebook</source>
        <translation>la fiche {record} manque&#xa0;: l&apos;entrée d&apos;audit {sequence} l&apos;a enregistrée et aucune entrée ne l&apos;a supprimée&#xa0;; elle a donc été supprimée hors de Casebook</translation>
    </message>
    <message>
        <source>record {record} is not bound to the audit log (open it once to bind it)</source>
        <translation>la fiche {record} n&apos;est pas liée au journal d&apos;audit (ouvrez-la une fois pour la lier)</translation>
    </message>
    <message>
        <source>record {record} was deleted in audit entry {sequence} but is in the database again: it was put back outside Casebook</source>
        <translation>la fiche {record} a été supprimée à l&apos;entrée d&apos;audit {sequence} mais se trouve de nouveau dans la base de données&#xa0;: elle a été remise hors de Casebook</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>religion</translation>
    </message>
    <message>
        <source>sex / gender</source>
        <translation>sexe / genre</translation>
    </message>
    <message>
        <source>statement of unattributed statement</source>
        <translation>déposition non attribuée</translation>
    </message>
    <message>
        <source>statement of unattributed statement, taken {date}</source>
        <translation>déposition non attribuée (recueillie&#xa0;: {date})</translation>
    </message>
    <message>
        <source>statement of {pseudonym}</source>
        <translation>déposition de {pseudonym}</translation>
    </message>
    <message>
        <source>statement of {pseudonym}, taken {date}</source>
        <translation>déposition de {pseudonym} (recueillie&#xa0;: {date})</translation>
    </message>
    <message>
        <source>supporting material only, all of it weakly graded (reliability D, E or F, or credibility 4, 5 or 6) or not graded</source>
        <translation>seulement du matériel à l&apos;appui, tout faiblement évalué (fiabilité D, E ou F, ou crédibilité 4, 5 ou 6) ou non évalué</translation>
    </message>
    <message>
        <source>supporting material, at least one item graded A-C and 1-3; nothing against</source>
        <translation>du matériel à l&apos;appui, dont au moins une source évaluée A-C et 1-3&#xa0;; rien de contraire</translation>
    </message>
    <message>
        <source>the Elements of Crimes wording of {crime} has not been checked against the official text, so it cannot be cited in a filing</source>
        <translation>le texte des Éléments des crimes pour {crime} n&apos;a pas été vérifié par rapport au texte officiel&#xa0;; il ne peut donc pas être cité dans un dépôt</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status})</source>
        <translation>la TSA n&apos;a pas accordé la demande (état {status})</translation>
    </message>
    <message>
        <source>the TSA did not grant the request (status {status}) {said}</source>
        <translation>la TSA n&apos;a pas accordé la demande (état {status}) {said}</translation>
    </message>
    <message>
        <source>the TSA saw entry {sequence} of the audit chain (stamped {describe}), but the chain now ends at entry {last}: this is an older copy of the casebook, or entries were deleted after it was stamped</source>
        <translation>la TSA a vu l&apos;entrée {sequence} de la chaîne d&apos;audit (horodatée {describe}), mais la chaîne s&apos;arrête maintenant à l&apos;entrée {last}&#xa0;: c&apos;est une copie plus ancienne du dossier Casebook, ou des entrées ont été supprimées après l&apos;horodatage</translation>
    </message>
    <message>
        <source>the TSA saw evidence {evidence_id} (stamped {describe}), but no such item is in this casebook</source>
        <translation>la TSA a vu la pièce {evidence_id} (horodatée {describe}), mais aucune pièce de ce nom n&apos;est dans ce dossier Casebook</translation>
    </message>
    <message>
        <source>the archive ends in the middle of an entry</source>
        <translation>l&apos;archive se termine au milieu d&apos;une entrée</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>the certificate that signed the token is missing</source>
        <translation>le certificat qui a signé le jeton manque</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: none)</source>
        <translation>le consentement ne couvre pas la communication à {recipient} (compétences nommées&#xa0;: aucune)</translation>
    </message>
    <message>
        <source>the consent does not cover sharing with {recipient} (jurisdictions named: {named})</source>
        <translation>le consentement ne couvre pas la communication à {recipient} (compétences nommées&#xa0;: {named})</translation>
    </message>
    <message>
        <source>the consent given does not cover publication</source>
        <translation>le consentement donné ne couvre pas la publication</translation>
    </message>
    <message>
        <source>the consent given does not cover use in legal proceedings</source>
        <translation>le consentement donné ne couvre pas l&apos;usage dans une procédure judiciaire</translation>
    </message>
    <message>
        <source>the current words of {citation} were not checked against the official text (see its notes in the national law data); check the citation before filing</source>
        <translation>le texte actuel de {citation} n&apos;a pas été vérifié par rapport au texte officiel (voir ses notes dans les données de droit national)&#xa0;; vérifiez la citation avant le dépôt</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>the evidence item is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>la pièce est écartée de ce dossier de plainte ({why})&#xa0;; la citation est imprimée sous la forme {withheld}</translation>
    </message>
    <message>
        <source>the evidence item is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>la pièce n&apos;est pas dans ce dossier de plainte (aucun incident ni aucune étiquette inclus n&apos;y renvoie&#xa0;; liez-la à un incident des charges ou supprimez la citation)&#xa0;; la citation est imprimée sous la forme {withheld}</translation>
    </message>
    <message>
        <source>the exhibit is not linked to any of the incidents this charge rests on ({incidents})</source>
        <translation>la pièce n&apos;est liée à aucun des incidents sur lesquels repose cette charge ({incidents})</translation>
    </message>
    <message>
        <source>the exhibit is not linked to incident {incident}, on which this charge rests</source>
        <translation>la pièce n&apos;est pas liée à l&apos;incident {incident}, sur lequel repose cette charge</translation>
    </message>
    <message>
        <source>the incident is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>l&apos;incident est écarté de ce dossier de plainte ({why})&#xa0;; la citation est imprimée sous la forme {withheld}</translation>
    </message>
    <message>
        <source>the incident is not in this bundle (the charges exported do not rest on it; export the charge that does, or remove the citation); it prints as {withheld}</source>
        <translation>l&apos;incident n&apos;est pas dans ce dossier de plainte (les charges exportées ne reposent pas sur lui&#xa0;; exportez la charge qui en dépend, ou supprimez la citation)&#xa0;; la citation est imprimée sous la forme {withheld}</translation>
    </message>
    <message>
        <source>the incident is not one of those this charge rests on</source>
        <translation>l&apos;incident ne fait pas partie de ceux sur lesquels repose cette charge</translation>
    </message>
    <message>
        <source>the line &apos;{line}&apos; is missing</source>
        <translation>la ligne «&#xa0;{line}&#xa0;» manque</translation>
    </message>
    <message>
        <source>the page check itself failed: {reason}</source>
        <translation>la vérification des pages elle-même a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the passage is of an older version of the statement, whose current version has no paragraph of that number; cite the current version</source>
        <translation>le passage appartient à une version antérieure de la déposition, dont la version actuelle n&apos;a pas de paragraphe de ce numéro&#xa0;; citez la version actuelle</translation>
    </message>
    <message>
        <source>the passage was cited in an older version of the statement and paragraph {position} reads differently now; check that it still says what the argument relies on, then cite it again</source>
        <translation>le passage a été cité dans une version antérieure de la déposition et le paragraphe {position} se lit autrement maintenant&#xa0;; vérifiez qu&apos;il dit toujours ce sur quoi l&apos;argumentation s&apos;appuie, puis citez-le de nouveau</translation>
    </message>
    <message>
        <source>the person&apos;s consent does not cover this bundle ({why}); it prints as {withheld}</source>
        <translation>le consentement de la personne ne couvre pas ce dossier de plainte ({why})&#xa0;; la citation est imprimée sous la forme {withheld}</translation>
    </message>
    <message>
        <source>the record is sealed here, so it cannot take a change</source>
        <translation>la fiche est scellée ici&#xa0;: elle ne peut pas prendre de modification</translation>
    </message>
    <message>
        <source>the reply answers a different request (its nonce differs)</source>
        <translation>la réponse correspond à une autre demande (son nonce diffère)</translation>
    </message>
    <message>
        <source>the reply is too large to be a time-stamp reply</source>
        <translation>la réponse est trop grande pour être une réponse d&apos;horodatage</translation>
    </message>
    <message>
        <source>the request stays queued. Send it again when this computer is online</source>
        <translation>la demande reste en attente. Renvoyez-la quand cet ordinateur sera connecté</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version (1 paragraph); correct the number</source>
        <translation>la déposition n&apos;a pas de paragraphe {position} dans sa version actuelle (1 paragraphe)&#xa0;; corrigez le numéro</translation>
    </message>
    <message>
        <source>the statement has no paragraph {position} in its current version ({count} paragraphs); correct the number</source>
        <translation>la déposition n&apos;a pas de paragraphe {position} dans sa version actuelle ({count} paragraphes)&#xa0;; corrigez le numéro</translation>
    </message>
    <message>
        <source>the statement is left out of this bundle ({why}); it prints as {withheld}</source>
        <translation>la déposition est écartée de ce dossier de plainte ({why})&#xa0;; la citation est imprimée sous la forme {withheld}</translation>
    </message>
    <message>
        <source>the statement is not in this bundle (no included incident or tag refers to it; link it to an incident of the charges or remove the citation); it prints as {withheld}</source>
        <translation>la déposition n&apos;est pas dans ce dossier de plainte (aucun incident ni aucune étiquette inclus n&apos;y renvoie&#xa0;; liez-la à un incident des charges ou supprimez la citation)&#xa0;; la citation est imprimée sous la forme {withheld}</translation>
    </message>
    <message>
        <source>the stored file {name}</source>
        <translation>le fichier stocké {name}</translation>
    </message>
    <message>
        <source>the text is far longer than an identity</source>
        <translation>le texte est bien plus long qu&apos;une identité</translation>
    </message>
    <message>
        <source>the token was issued for different data than {claimed}</source>
        <translation>le jeton a été émis pour d&apos;autres données que {claimed}</translation>
    </message>
    <message>
        <source>the witness withdrew consent on {date}</source>
        <translation>le témoin a retiré son consentement le {date}</translation>
    </message>
    <message>
        <source>there is data after the end of the archive</source>
        <translation>il y a des données après la fin de l&apos;archive</translation>
    </message>
    <message>
        <source>time-stamp {name}: {problem}</source>
        <translation>horodatage {name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>uses.json is not in the format {uses_format}; restore it from the installation.</source>
        <translation>uses.json n&apos;est pas au format {uses_format}&#xa0;; restaurez-le depuis l&apos;installation.</translation>
    </message>
    <message>
        <source>victims recorded (persons)</source>
        <translation>victimes enregistrées (personnes)</translation>
    </message>
    <message>
        <source>{at}/actor_id: the signer is not listed under signers</source>
        <translation>{at}/actor_id&#xa0;: le signataire ne figure pas parmi les signataires</translation>
    </message>
    <message>
        <source>{at}/at: {time_problem}</source>
        <translation>{at}/at&#xa0;: {time_problem}</translation>
    </message>
    <message>
        <source>{at}/casebook_id: this casebook&apos;s chain is listed twice</source>
        <translation>{at}/casebook_id&#xa0;: la chaîne de ce dossier Casebook est listée deux fois</translation>
    </message>
    <message>
        <source>{at}/char_end: the range does not fit the passage ({length} characters)</source>
        <translation>{at}/char_end&#xa0;: la plage ne tient pas dans le passage ({length} caractères)</translation>
    </message>
    <message>
        <source>{at}/charge_id: refers to a charge that is not in this case</source>
        <translation>{at}/charge_id&#xa0;: renvoie à une charge qui n&apos;est pas dans cette affaire</translation>
    </message>
    <message>
        <source>{at}/created_at: give a date and time with its UTC offset</source>
        <translation>{at}/created_at&#xa0;: donnez une date et une heure avec leur décalage UTC</translation>
    </message>
    <message>
        <source>{at}/crime_id: {error}</source>
        <translation>{at}/crime_id&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{at}/element_id: is not a contextual element of taxonomy {version}</source>
        <translation>{at}/element_id&#xa0;: n&apos;est pas un élément contextuel de la taxonomie {version}</translation>
    </message>
    <message>
        <source>{at}/element_id: there is no such element in taxonomy {version}</source>
        <translation>{at}/element_id&#xa0;: cet élément n&apos;existe pas dans la taxonomie {version}</translation>
    </message>
    <message>
        <source>{at}/element_id: {note}</source>
        <translation>{at}/element_id&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{at}/element_kind: {element_id} is a {kind} element</source>
        <translation>{at}/element_kind&#xa0;: {element_id} est un élément de type {kind}</translation>
    </message>
    <message>
        <source>{at}/filter/case_ids: a pattern may count only its own case</source>
        <translation>{at}/filter/case_ids&#xa0;: une tendance ne peut compter que sa propre affaire</translation>
    </message>
    <message>
        <source>{at}/filter: is not a pattern filter Casebook reads</source>
        <translation>{at}/filter&#xa0;: n&apos;est pas un filtre de tendance que Casebook lit</translation>
    </message>
    <message>
        <source>{at}/id: this id is already in use</source>
        <translation>{at}/id&#xa0;: cet identifiant est déjà utilisé</translation>
    </message>
    <message>
        <source>{at}/incident_ids/{j}: refers to an incident not in this case</source>
        <translation>{at}/incident_ids/{j}&#xa0;: renvoie à un incident qui n&apos;est pas dans cette affaire</translation>
    </message>
    <message>
        <source>{at}/merges_ids/{j}: {elsewhere}</source>
        <translation>{at}/merges_ids/{j}&#xa0;: {elsewhere}</translation>
    </message>
    <message>
        <source>{at}/national_provision: {error}</source>
        <translation>{at}/national_provision&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{at}/perpetrators/{j}/liability_id: {error}</source>
        <translation>{at}/perpetrators/{j}/liability_id&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{at}/perpetrators/{j}: the same person and mode appear twice</source>
        <translation>{at}/perpetrators/{j}&#xa0;: la même personne et le même mode apparaissent deux fois</translation>
    </message>
    <message>
        <source>{at}/sequence: is {sequence}, expected {expected}</source>
        <translation>{at}/sequence&#xa0;: vaut {sequence}, attendu {expected}</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature&#xa0;: ne correspond pas à l&apos;événement&#xa0;: l&apos;événement ou la clé du signataire a été modifié après la signature</translation>
    </message>
    <message>
        <source>{at}/signature: does not match the event: the event, the item&apos;s SHA-256 or the signer&apos;s key was changed after it was signed</source>
        <translation>{at}/signature&#xa0;: ne correspond pas à l&apos;événement&#xa0;: l&apos;événement, le SHA-256 de la pièce ou la clé du signataire a été modifié après la signature</translation>
    </message>
    <message>
        <source>{at}/supersedes_id: {elsewhere}</source>
        <translation>{at}/supersedes_id&#xa0;: {elsewhere}</translation>
    </message>
    <message>
        <source>{at}/target_id: refers to a record that is not in this case</source>
        <translation>{at}/target_id&#xa0;: renvoie à une fiche qui n&apos;est pas dans cette affaire</translation>
    </message>
    <message>
        <source>{at}/taxonomy_version: {version}</source>
        <translation>{at}/taxonomy_version&#xa0;: {version}</translation>
    </message>
    <message>
        <source>{at}/text: {problem}</source>
        <translation>{at}/text&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{at}/{key}: refers to a {kind} that is not in this case</source>
        <translation>{at}/{key}&#xa0;: renvoie à une fiche ({kind}) qui n&apos;est pas dans cette affaire</translation>
    </message>
    <message>
        <source>{at}: the same tag appears twice</source>
        <translation>{at}&#xa0;: la même étiquette apparaît deux fois</translation>
    </message>
    <message>
        <source>{at}: {problem}</source>
        <translation>{at}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{characteristic} {value}</source>
        <translation>{characteristic}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{citation} applied only to acts until {date}</source>
        <translation>{citation} ne s&apos;appliquait qu&apos;aux actes jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>{citation} applies only to acts from {date}</source>
        <translation>{citation} ne s&apos;applique qu&apos;aux actes à partir du {date}</translation>
    </message>
    <message>
        <source>{citation} was amended with effect from {date}; for incident {number} ({span}) the earlier words apply ({change})</source>
        <translation>{citation} a été modifié avec effet au {date}&#xa0;; pour l&apos;incident {number} ({span}), l&apos;ancien texte s&apos;applique ({change})</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; does not map onto crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>La disposition {code} «&#xa0;{provision_id}&#xa0;» ne correspond pas au crime {crime}. Dispositions du droit {code} qui y correspondent&#xa0;: {provisions}.</translation>
    </message>
    <message>
        <source>{code} provision &apos;{provision_id}&apos; is not a provision id of that law and cannot cite crime {crime}. Provisions of {code} that do: {provisions}.</source>
        <translation>La disposition {code} «&#xa0;{provision_id}&#xa0;» n&apos;est pas un identifiant de disposition de ce droit et ne peut pas viser le crime {crime}. Dispositions du droit {code} qui y correspondent&#xa0;: {provisions}.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{destination} is a file; give a folder to keep backups in.</source>
        <translation>{destination} est un fichier&#xa0;; indiquez un dossier où garder les sauvegardes.</translation>
    </message>
    <message>
        <source>{display_name} already has a key slot in this casebook.</source>
        <translation>{display_name} a déjà un emplacement de clé dans ce dossier Casebook.</translation>
    </message>
    <message>
        <source>{display_name} is registered as a {role}, not a supervisor; only supervisors get a key slot.</source>
        <translation>{display_name} est enregistré comme {role}, pas comme superviseur&#xa0;; seuls les superviseurs reçoivent un emplacement de clé.</translation>
    </message>
    <message>
        <source>{existing} already exists. Move it away or choose another folder.</source>
        <translation>{existing} existe déjà. Déplacez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{file}, entry {entry}</source>
        <translation>{file}, entrée {entry}</translation>
    </message>
    <message>
        <source>{final} already exists and is not a backup of this casebook, so it was left alone. Choose a new folder, or use --keep N with a folder that holds backups.</source>
        <translation>{final} existe déjà et n&apos;est pas une sauvegarde de ce dossier Casebook&#xa0;; il n&apos;a donc pas été touché. Choisissez un nouveau dossier, ou utilisez --keep N avec un dossier qui contient des sauvegardes.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty. Choose a new folder name for the casebook.</source>
        <translation>{folder} existe déjà et n&apos;est pas vide. Choisissez un nouveau nom de dossier pour le dossier Casebook.</translation>
    </message>
    <message>
        <source>{folder} already exists. The files are written into a new folder: give a name that does not exist yet, or move that one away.</source>
        <translation>{folder} existe déjà. Les fichiers sont écrits dans un nouveau dossier&#xa0;: donnez un nom qui n&apos;existe pas encore, ou déplacez celui-ci.</translation>
    </message>
    <message>
        <source>{folder} is not a casebook folder (it has no {db_name}). Choose the folder that Casebook created.</source>
        <translation>{folder} n&apos;est pas un dossier Casebook (il n&apos;a pas de {db_name}). Choisissez le dossier que Casebook a créé.</translation>
    </message>
    <message>
        <source>{folder}: is a file or a link, not the folder Casebook keeps time-stamps in. Find out how it got there, then move it out of the casebook folder.</source>
        <translation>{folder}&#xa0;: est un fichier ou un lien, pas le dossier où Casebook garde les horodatages. Cherchez comment il est arrivé là, puis sortez-le du dossier Casebook.</translation>
    </message>
    <message>
        <source>{here}: differs from {whose} history this casebook already holds of that casebook: entries were changed or removed in between</source>
        <translation>{here}&#xa0;: diffère de l&apos;historique de {whose} que ce dossier Casebook a déjà de ce dossier Casebook&#xa0;: des entrées ont été modifiées ou supprimées entre-temps</translation>
    </message>
    <message>
        <source>{here}: does not follow on from the entry before it</source>
        <translation>{here}&#xa0;: ne fait pas suite à l&apos;entrée précédente</translation>
    </message>
    <message>
        <source>{here}: does not match its own hash: the history was altered after it was written</source>
        <translation>{here}&#xa0;: ne correspond pas à sa propre empreinte&#xa0;: l&apos;historique a été modifié après son écriture</translation>
    </message>
    <message>
        <source>{key_file} names a different key than the manifest; do not trust either until the sender confirms the fingerprint.</source>
        <translation>{key_file} nomme une autre clé que le manifeste&#xa0;; ne vous fiez à aucun des deux avant que l&apos;expéditeur ait confirmé l&apos;empreinte.</translation>
    </message>
    <message>
        <source>{key} ({title}) applies only to {categories}, and {crime} is {category}.</source>
        <translation>{key} ({title}) ne s&apos;applique qu&apos;à&#xa0;: {categories}&#xa0;; {crime} relève de&#xa0;: {category}.</translation>
    </message>
    <message>
        <source>{key} ({title}) is not a mode of liability one is charged under.</source>
        <translation>{key} ({title}) n&apos;est pas un mode de responsabilité sous lequel on est mis en cause.</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} doit être du texte</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} {id}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{label} is too large to open here ({mib} MiB read so far). Export it to a folder of your choice instead.</source>
        <translation>{label} est trop grand pour être ouvert ici ({mib} Mio lus jusqu&apos;ici). Exportez-le plutôt dans un dossier de votre choix.</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{location} is neither a bundle folder nor a zip file. Give the folder that holds manifest.json, or the bundle&apos;s .zip (decrypt an .age file first with age).</source>
        <translation>{location} n&apos;est ni un dossier de plainte ni un fichier zip. Indiquez le dossier qui contient manifest.json, ou le .zip du dossier de plainte (déchiffrez d&apos;abord un fichier .age avec age).</translation>
    </message>
    <message>
        <source>{manifest} has format {found}, not {format}.</source>
        <translation>{manifest} est au format {found}, pas {format}.</translation>
    </message>
    <message>
        <source>{manifest} is missing, so nothing in the bundle can be checked.</source>
        <translation>{manifest} manque&#xa0;: rien dans le dossier de plainte ne peut être vérifié.</translation>
    </message>
    <message>
        <source>{manifest} is not a readable Casebook manifest (it was damaged or edited).</source>
        <translation>{manifest} n&apos;est pas un manifeste Casebook lisible (il a été endommagé ou modifié).</translation>
    </message>
    <message>
        <source>{manifest} lists an unsafe path {name}.</source>
        <translation>{manifest} liste un chemin dangereux {name}.</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{month} {year} (day unknown)</source>
        <translation>{month} {year} (jour inconnu)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{name} is in the way (left from an interrupted package?). Remove it and try again.</source>
        <translation>{name} gêne (reste d&apos;un paquet interrompu&#xa0;?). Supprimez-le et réessayez.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; nothing was imported.</source>
        <translation>{name} n&apos;est pas du texte UTF-8&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg}); nothing was imported.</source>
        <translation>{name} n&apos;est pas un JSON valide (ligne {lineno}, colonne {colno}&#xa0;: {msg})&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name} is {code}: give the code {code} instead of the name.</source>
        <translation>{name} correspond à {code}&#xa0;: indiquez le code {code} au lieu du nom.</translation>
    </message>
    <message>
        <source>{name} is {size} MiB; interchange documents over {limit} MiB are refused. Split the export by case.</source>
        <translation>{name} fait {size} Mio&#xa0;; les documents d&apos;échange de plus de {limit} Mio sont refusés. Découpez l&apos;export par affaire.</translation>
    </message>
    <message>
        <source>{name}: has {size} bytes, but the manifest records {recorded}.</source>
        <translation>{name}&#xa0;: fait {size} octets, mais le manifeste en enregistre {recorded}.</translation>
    </message>
    <message>
        <source>{name}: its SHA-256 does not match the manifest; the file was changed or damaged.</source>
        <translation>{name}&#xa0;: son SHA-256 ne correspond pas au manifeste&#xa0;; le fichier a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>{name}: listed in the manifest but missing from the bundle.</source>
        <translation>{name}&#xa0;: listé dans le manifeste mais absent du dossier de plainte.</translation>
    </message>
    <message>
        <source>{name}: present in the bundle but not listed in the manifest.</source>
        <translation>{name}&#xa0;: présent dans le dossier de plainte mais non listé dans le manifeste.</translation>
    </message>
    <message>
        <source>{out} already exists. Choose a new file name for the package.</source>
        <translation>{out} existe déjà. Choisissez un nouveau nom de fichier pour le paquet.</translation>
    </message>
    <message>
        <source>{path}: Casebook did not put this in the casebook folder. Find out how it got there, then move it out of the folder.</source>
        <translation>{path}&#xa0;: Casebook n&apos;a pas mis ceci dans le dossier Casebook. Cherchez comment c&apos;est arrivé là, puis sortez-le du dossier.</translation>
    </message>
    <message>
        <source>{path}: a stored (encrypted) file that no record refers to. An interrupted import can leave one, or casebook.db is older than the rest of the folder; keep the file until you know which.</source>
        <translation>{path}&#xa0;: un fichier stocké (chiffré) auquel aucune fiche ne renvoie. Une importation interrompue peut en laisser un, ou casebook.db est plus ancien que le reste du dossier&#xa0;; gardez le fichier jusqu&apos;à ce que vous sachiez lequel.</translation>
    </message>
    <message>
        <source>{path}: not a time-stamp Casebook made; find out where it came from, then remove it</source>
        <translation>{path}&#xa0;: pas un horodatage créé par Casebook&#xa0;; cherchez d&apos;où il vient, puis supprimez-le</translation>
    </message>
    <message>
        <source>{path}: refers to a person that is not in this case</source>
        <translation>{path}&#xa0;: renvoie à une personne qui n&apos;est pas dans cette affaire</translation>
    </message>
    <message>
        <source>{path}: refers to a {kind} that is not in this case</source>
        <translation>{path}&#xa0;: renvoie à une fiche ({kind}) qui n&apos;est pas dans cette affaire</translation>
    </message>
    <message>
        <source>{path}: the person is not an alleged perpetrator (role {role})</source>
        <translation>{path}&#xa0;: la personne n&apos;est pas un auteur présumé (rôle {role})</translation>
    </message>
    <message>
        <source>{place} is a complaint bundle exported before; writing into it would break its signed manifest. Choose another folder (for example the one that holds it), or move that bundle away.</source>
        <translation>{place} est un dossier de plainte exporté auparavant&#xa0;; écrire dedans romprait son manifeste signé. Choisissez un autre dossier (par exemple celui qui le contient), ou déplacez ce dossier de plainte.</translation>
    </message>
    <message>
        <source>{place} is a file, not a folder. Choose a folder for the bundle (a new one is created if it does not exist), or move that file away.</source>
        <translation>{place} est un fichier, pas un dossier. Choisissez un dossier pour le dossier de plainte (un nouveau est créé s&apos;il n&apos;existe pas), ou déplacez ce fichier.</translation>
    </message>
    <message>
        <source>{problem} Choose one of: {choices}.</source>
        <translation>{problem} Choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>{pseudonym} affiliation</source>
        <translation>{pseudonym}&#xa0;: affiliation</translation>
    </message>
    <message>
        <source>{pseudonym} has no consent recorded</source>
        <translation>{pseudonym} n&apos;a aucun consentement enregistré</translation>
    </message>
    <message>
        <source>{pseudonym} has no identity recorded to seal.</source>
        <translation>{pseudonym} n&apos;a aucune identité enregistrée à sceller.</translation>
    </message>
    <message>
        <source>{pseudonym} is already charged under {mode} in this charge.</source>
        <translation>{pseudonym} est déjà mis en cause sous le mode {mode} dans cette charge.</translation>
    </message>
    <message>
        <source>{pseudonym} is not recorded as an alleged perpetrator (roles: {roles}). Add the role alleged_perpetrator to this person first, or choose another person.</source>
        <translation>{pseudonym} n&apos;est pas enregistré comme auteur présumé (rôles&#xa0;: {roles}). Ajoutez d&apos;abord le rôle alleged_perpetrator à cette personne, ou choisissez une autre personne.</translation>
    </message>
    <message>
        <source>{pseudonym} position</source>
        <translation>{pseudonym}&#xa0;: fonction</translation>
    </message>
    <message>
        <source>{pseudonym} rank</source>
        <translation>{pseudonym}&#xa0;: grade</translation>
    </message>
    <message>
        <source>{pseudonym} unit</source>
        <translation>{pseudonym}&#xa0;: unité</translation>
    </message>
    <message>
        <source>{pseudonym} withdrew consent on {date}</source>
        <translation>{pseudonym} a retiré son consentement le {date}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover publication</source>
        <translation>le consentement de {pseudonym} ne couvre pas la publication</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings</source>
        <translation>le consentement de {pseudonym} ne couvre pas l&apos;usage dans une procédure judiciaire</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover use in legal proceedings with {recipient}</source>
        <translation>le consentement de {pseudonym} ne couvre pas l&apos;usage dans une procédure judiciaire avec {recipient}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s consent does not cover {use}</source>
        <translation>le consentement de {pseudonym} ne couvre pas&#xa0;: {use}</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s identity cannot be disclosed in this export: {reason}. Remove {pseudonym} from the identities to seal.</source>
        <translation>L&apos;identité de {pseudonym} ne peut pas être communiquée dans cet export&#xa0;: {reason}. Retirez {pseudonym} des identités à sceller.</translation>
    </message>
    <message>
        <source>{pseudonym}&apos;s statement is left out of this export for lack of consent, so their identity cannot be disclosed in it either. Remove {pseudonym} from the identities to seal.</source>
        <translation>La déposition de {pseudonym} est écartée de cet export faute de consentement&#xa0;; son identité ne peut donc pas y être communiquée non plus. Retirez {pseudonym} des identités à sceller.</translation>
    </message>
    <message>
        <source>{reasons}; {reason}</source>
        <translation>{reasons}&#xa0;; {reason}</translation>
    </message>
    <message>
        <source>{signature} does not match {manifest}: the manifest was changed after it was signed, or the signature belongs to another manifest or key.</source>
        <translation>{signature} ne correspond pas à {manifest}&#xa0;: le manifeste a été modifié après sa signature, ou la signature appartient à un autre manifeste ou à une autre clé.</translation>
    </message>
    <message>
        <source>{signature} is missing: the manifest is not signed.</source>
        <translation>{signature} manque&#xa0;: le manifeste n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>{source} has no root certificate (one that signed itself). Add the root certificate the TSA publishes after its own certificate in the PEM file.</source>
        <translation>{source} n&apos;a pas de certificat racine (un certificat signé par lui-même). Ajoutez le certificat racine que publie la TSA après son propre certificat dans le fichier PEM.</translation>
    </message>
    <message>
        <source>{source} holds no certificate Casebook can read. Give the TSA&apos;s certificate chain as a PEM file (the TSA&apos;s certificate and its root).</source>
        <translation>{source} ne contient aucun certificat que Casebook peut lire. Donnez la chaîne de certificats de la TSA dans un fichier PEM (le certificat de la TSA et sa racine).</translation>
    </message>
    <message>
        <source>{source} is not a certificate file. Give the TSA&apos;s PEM chain.</source>
        <translation>{source} n&apos;est pas un fichier de certificat. Donnez la chaîne PEM de la TSA.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>{summary} Pattern annex: counts across the incidents of the case that may be disclosed; counts of persons below {threshold} shown as &apos;&lt; {threshold}&apos;.</source>
        <translation>{summary} Annexe des tendances&#xa0;: nombres calculés sur les incidents de l&apos;affaire qui peuvent être communiqués&#xa0;; les nombres de personnes inférieurs à {threshold} s&apos;affichent «&#xa0;&lt; {threshold}&#xa0;».</translation>
    </message>
    <message>
        <source>{target} already exists. Choose another file name.</source>
        <translation>{target} existe déjà. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>{url} is not a time-stamp authority address. Give its http:// or https:// URL, as the TSA publishes it.</source>
        <translation>{url} n&apos;est pas l&apos;adresse d&apos;une autorité d&apos;horodatage. Donnez son URL http:// ou https://, telle que la TSA la publie.</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: must be a path inside the JSON file&apos;s folder, relative to it, with no &apos;..&apos; and no symbolic link</source>
        <translation>{where}/evidence/{i}/file&#xa0;: doit être un chemin dans le dossier du fichier JSON, relatif à lui, sans «&#xa0;..&#xa0;» ni lien symbolique</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/file: there is no file at this path beside the JSON file</source>
        <translation>{where}/evidence/{i}/file&#xa0;: il n&apos;y a pas de fichier à ce chemin à côté du fichier JSON</translation>
    </message>
    <message>
        <source>{where}/evidence/{i}/sha256: a file needs its SHA-256 to be checked</source>
        <translation>{where}/evidence/{i}/sha256&#xa0;: un fichier a besoin de son SHA-256 pour être vérifié</translation>
    </message>
    <message>
        <source>{where}/persons: the pseudonym {dup} is used twice</source>
        <translation>{where}/persons&#xa0;: le pseudonyme {dup} est utilisé deux fois</translation>
    </message>
    <message>
        <source>{where}/reference: a case with this reference already exists</source>
        <translation>{where}/reference&#xa0;: une affaire avec cette référence existe déjà</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/id: this signer is listed twice</source>
        <translation>{where}/signers/{i}/id&#xa0;: ce signataire est listé deux fois</translation>
    </message>
    <message>
        <source>{where}/signers/{i}/signing_public_key: is not an Ed25519 key</source>
        <translation>{where}/signers/{i}/signing_public_key&#xa0;: n&apos;est pas une clé Ed25519</translation>
    </message>
    <message>
        <source>{where}/signers: a signer has the id of a user of this casebook but another signing key; someone may be impersonating a colleague</source>
        <translation>{where}/signers&#xa0;: un signataire a l&apos;identifiant d&apos;un utilisateur de ce dossier Casebook mais une autre clé de signature&#xa0;; quelqu&apos;un tente peut-être de se faire passer pour un collègue</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}</source>
        <translation>{where}/testimonies/{i}/consent/jurisdictions/{j}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments/{j}/id: already in use</source>
        <translation>{where}/testimonies/{i}/segments/{j}/id&#xa0;: déjà utilisé</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/segments: two segments share a position</source>
        <translation>{where}/testimonies/{i}/segments&#xa0;: deux segments ont la même position</translation>
    </message>
    <message>
        <source>{where}/testimonies/{i}/{path}/id: this id is already in use</source>
        <translation>{where}/testimonies/{i}/{path}/id&#xa0;: cet identifiant est déjà utilisé</translation>
    </message>
    <message>
        <source>{where}/{key}/{i}/id: this id is already in use</source>
        <translation>{where}/{key}/{i}/id&#xa0;: cet identifiant est déjà utilisé</translation>
    </message>
    <message>
        <source>{where}: does not follow on from the entry before it</source>
        <translation>{where}&#xa0;: ne fait pas suite à l&apos;entrée précédente</translation>
    </message>
    <message>
        <source>{where}: entries before it are missing</source>
        <translation>{where}&#xa0;: des entrées qui la précèdent manquent</translation>
    </message>
    <message>
        <source>{where}: expected entry {expected} here; entries are missing</source>
        <translation>{where}&#xa0;: entrée {expected} attendue ici&#xa0;; des entrées manquent</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was received</source>
        <translation>{where}&#xa0;: son contenu a été modifié après sa réception</translation>
    </message>
    <message>
        <source>{where}: its content was altered after it was written</source>
        <translation>{where}&#xa0;: son contenu a été modifié après son écriture</translation>
    </message>
    <message>
        <source>{where}: its signature does not match its content</source>
        <translation>{where}&#xa0;: sa signature ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>{where}: set by {label}, {why}, so it does not count. Verify that identity&apos;s fingerprint with its owner (`casebook identity verify`) if it is genuine.</source>
        <translation>{where}&#xa0;: défini par {label}, {why}&#xa0;; cela ne compte donc pas. Vérifiez l&apos;empreinte de cette identité avec son titulaire (`casebook identity verify`) si elle est authentique.</translation>
    </message>
    <message>
        <source>{where}: the sequence skips from {last}</source>
        <translation>{where}&#xa0;: la séquence saute depuis {last}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{who} place</source>
        <translation>{who}&#xa0;: lieu</translation>
    </message>
    <message>
        <source>{who} {part}</source>
        <translation>{who}&#xa0;: {part}</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year} (month unknown)</source>
        <translation>{year} (mois inconnu)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrase opens this casebook from now on; the old one no longer does. The data is not rewritten. The recovery key stays as it is.</source>
        <translation>La nouvelle phrase secrète ouvre désormais ce dossier Casebook&#xa0;; l&apos;ancienne ne l&apos;ouvre plus. Les données ne sont pas réécrites. La clé de récupération reste la même.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>Saisissez la phrase secrète qui l&apos;ouvre actuellement.</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>New charge</source>
        <translation>Nouvelle charge</translation>
    </message>
    <message>
        <source>Choose the crime to charge.</source>
        <translation>Choisissez le crime retenu.</translation>
    </message>
    <message>
        <source>optional; the crime&apos;s title is used</source>
        <translation>facultatif&#xa0;; le titre du crime est utilisé</translation>
    </message>
    <message>
        <source>National provision (Germany, VStGB)</source>
        <translation>Disposition nationale (Allemagne, VStGB)</translation>
    </message>
    <message>
        <source>Alleged perpetrators and their mode of liability</source>
        <translation>Auteurs présumés et leur mode de responsabilité</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Auteur présumé</translation>
    </message>
    <message>
        <source>Mode of liability</source>
        <translation>Mode de responsabilité</translation>
    </message>
    <message>
        <source>No person of this case has the role alleged perpetrator yet.</source>
        <translation>Aucune personne de cette affaire n&apos;a encore le rôle d&apos;auteur présumé.</translation>
    </message>
    <message>
        <source>Incidents the charge rests on</source>
        <translation>Incidents sur lesquels repose la charge</translation>
    </message>
    <message>
        <source>Crime:</source>
        <translation>Crime&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>German provision:</source>
        <translation>Disposition allemande&#xa0;:</translation>
    </message>
    <message>
        <source>Perpetrators:</source>
        <translation>Auteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Rests on incidents
(none: all material):</source>
        <translation>Repose sur les incidents
(aucun&#xa0;: tout le matériel)&#xa0;:</translation>
    </message>
    <message>
        <source>Add charge</source>
        <translation>Ajouter la charge</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>(no German provision)</source>
        <translation>(aucune disposition allemande)</translation>
    </message>
    <message>
        <source>{citation} (partial match)</source>
        <translation>{citation} (correspondance partielle)</translation>
    </message>
    <message>
        <source>(not charged)</source>
        <translation>(non retenu)</translation>
    </message>
    <message>
        <source>Choose the crime to charge first.</source>
        <translation>Choisissez d&apos;abord le crime retenu.</translation>
    </message>
    <message>
        <source>The charge was not added</source>
        <translation>La charge n&apos;a pas été ajoutée</translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Each charge is a crime, its alleged perpetrators with their mode of liability, the German provision and the incidents it rests on. Activate one to see its matrix.</source>
        <translation>Chaque charge est un crime, ses auteurs présumés avec leur mode de responsabilité, la disposition allemande et les incidents sur lesquels elle repose. Activez-en une pour voir sa matrice.</translation>
    </message>
    <message>
        <source>Charges of this case</source>
        <translation>Charges de cette affaire</translation>
    </message>
    <message>
        <source>New charge…</source>
        <translation>Nouvelle charge…</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{symbol} {count} {status}</source>
        <translation>{symbol} {status}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{provision} · {perpetrators}</source>
        <translation>{provision} · {perpetrators}</translation>
    </message>
    <message>
        <source>no national provision</source>
        <translation>aucune disposition nationale</translation>
    </message>
    <message>
        <source>no perpetrator charged</source>
        <translation>aucun auteur poursuivi</translation>
    </message>
    <message>
        <source>no elements</source>
        <translation>aucun élément</translation>
    </message>
    <message>
        <source>Charges ({count})</source>
        <translation>Charges ({count})</translation>
    </message>
</context>
<context>
    <name>CitePicker</name>
    <message>
        <source>Cite</source>
        <translation>Citer</translation>
    </message>
    <message>
        <source>What to cite</source>
        <translation>Que citer</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Material of this case</source>
        <translation>Matériel de cette affaire</translation>
    </message>
    <message>
        <source>Insert citation</source>
        <translation>Insérer la citation</translation>
    </message>
    <message>
        <source>Choose what to cite from the list first.</source>
        <translation>Choisissez d&apos;abord dans la liste ce que vous voulez citer.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>Your value and theirs, field by field</source>
        <translation>Votre valeur et la leur, champ par champ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine (kept now)</source>
        <translation>La mienne (gardée pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Theirs (incoming)</source>
        <translation>La leur (reçue)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{kind} · from {sender}
{when}</source>
        <translation>{kind} · de {sender}
{when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <source>No open conflicts: every import merged cleanly.</source>
        <translation>Aucun conflit ouvert&#xa0;: chaque importation a fusionné sans problème.</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>Le conflit n&apos;a pas été résolu</translation>
    </message>
    <message>
        <source>Kept your version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>Votre version de {kind} {unit} est gardée. Le prochain paquet pour {sender} transmet cette décision.</translation>
    </message>
    <message>
        <source>Kept their version of {kind} {unit}. The next package to {sender} carries the decision.</source>
        <translation>Leur version de {kind} {unit} est prise. Le prochain paquet pour {sender} transmet cette décision.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Not recorded yet — choose how it was given</source>
        <translation>Pas encore enregistré — choisissez comment il a été donné</translation>
    </message>
    <message>
        <source>Written (signed form)</source>
        <translation>Écrit (formulaire signé)</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Enregistrement audio</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>Enregistrement vidéo</translation>
    </message>
    <message>
        <source>Oral, witnessed</source>
        <translation>Oral, devant témoin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>May be used in legal proceedings</source>
        <translation>Peut être utilisé dans une procédure judiciaire</translation>
    </message>
    <message>
        <source>May be published (without identity)</source>
        <translation>Peut être publié (sans identité)</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>Peut être recontacté</translation>
    </message>
    <message>
        <source>Consent recorded as</source>
        <translation>Forme du consentement</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>empty unless withdrawn</source>
        <translation>vide sauf en cas de retrait</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>Note sur le retrait</translation>
    </message>
    <message>
        <source>May go to (states and bodies):</source>
        <translation>Peut aller à (États et organismes)&#xa0;:</translation>
    </message>
    <message>
        <source>Consent was withdrawn on {date}. Nothing from this statement may be shared or exported.</source>
        <translation>Le consentement a été retiré le {date}. Rien de cette déposition ne peut être partagé ni exporté.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>no state or body named yet</source>
        <translation>aucun État ni organisme nommé pour l&apos;instant</translation>
    </message>
    <message>
        <source>legal proceedings ({recipients})</source>
        <translation>procédure judiciaire ({recipients})</translation>
    </message>
    <message>
        <source>publication without identity</source>
        <translation>publication sans identité</translation>
    </message>
    <message>
        <source>The witness agreed to: {uses}.</source>
        <translation>Le témoin a accepté&#xa0;: {uses}.</translation>
    </message>
    <message>
        <source>No use has been agreed yet: record what the witness consented to.</source>
        <translation>Aucune utilisation n&apos;a encore été acceptée&#xa0;: enregistrez ce à quoi le témoin a consenti.</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>Documenter (field interviews)</source>
        <translation>Enquêteur (entretiens de terrain)</translation>
    </message>
    <message>
        <source>Legal analyst</source>
        <translation>Analyste juridique</translation>
    </message>
    <message>
        <source>Supervisor (review)</source>
        <translation>Superviseur (relecture)</translation>
    </message>
    <message>
        <source>Create a casebook</source>
        <translation>Créer un dossier Casebook</translation>
    </message>
    <message>
        <source>A casebook is one encrypted folder. Nothing in it can be read without your passphrase or the recovery key you will be shown next.</source>
        <translation>Un dossier Casebook est un dossier chiffré. Rien ne peut y être lu sans votre phrase secrète ou la clé de récupération qui vous sera montrée ensuite.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose location</source>
        <translation>Choisir l&apos;emplacement</translation>
    </message>
    <message>
        <source>Casebook folder name</source>
        <translation>Nom du dossier Casebook</translation>
    </message>
    <message>
        <source>for example: border-interviews-2025</source>
        <translation>par exemple&#xa0;: entretiens-frontiere-2025</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>as it will appear in the audit log</source>
        <translation>tel qu&apos;il apparaîtra dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>Votre rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Creating the casebook…</source>
        <translation>Création du dossier Casebook…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Where should the casebook folder be made?</source>
        <translation>Où créer le dossier Casebook&#xa0;?</translation>
    </message>
    <message>
        <source>Give the new casebook folder a name.</source>
        <translation>Donnez un nom au nouveau dossier Casebook.</translation>
    </message>
    <message>
        <source>A folder name cannot contain / or \.</source>
        <translation>Un nom de dossier ne peut pas contenir / ni \.</translation>
    </message>
    <message>
        <source>The casebook could not be created</source>
        <translation>Le dossier Casebook n&apos;a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Choisir la date</translation>
    </message>
</context>
<context>
    <name>DocumentationPanel</name>
    <message>
        <source>— not recorded —</source>
        <translation>— non enregistré —</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Autres personnes présentes</translation>
    </message>
    <message>
        <source>Interview recorded as</source>
        <translation>Entretien consigné par</translation>
    </message>
    <message>
        <source>Notes by the interviewer</source>
        <translation>Notes de l&apos;enquêteur</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Enregistrement audio</translation>
    </message>
    <message>
        <source>Video recording</source>
        <translation>Enregistrement vidéo</translation>
    </message>
    <message>
        <source>Statement written by the person</source>
        <translation>Déclaration écrite par la personne</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>Autre moyen</translation>
    </message>
    <message>
        <source>Earlier accounts</source>
        <translation>Récits antérieurs</translation>
    </message>
    <message>
        <source>None given before</source>
        <translation>Aucun auparavant</translation>
    </message>
    <message>
        <source>Given before</source>
        <translation>Déjà donnés</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Donnés à</translation>
    </message>
    <message>
        <source>e.g. a UN mission, a journalist</source>
        <translation>p. ex. une mission de l&apos;ONU, un journaliste</translation>
    </message>
    <message>
        <source>Given when</source>
        <translation>Donnés quand</translation>
    </message>
    <message>
        <source>as the person remembers it</source>
        <translation>selon le souvenir de la personne</translation>
    </message>
    <message>
        <source>Referral to support</source>
        <translation>Orientation vers un soutien</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orientée</translation>
    </message>
    <message>
        <source>Offered and declined</source>
        <translation>Proposé et refusé</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <source>No service available</source>
        <translation>Aucun service disponible</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orientée vers</translation>
    </message>
    <message>
        <source>the service; printed only in the internal edition</source>
        <translation>le service&#xa0;; imprimé seulement dans l&apos;édition interne</translation>
    </message>
    <message>
        <source>This item is</source>
        <translation>Cette pièce est</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>L&apos;original</translation>
    </message>
    <message>
        <source>A working copy (original kept elsewhere)</source>
        <translation>Une copie de travail (original gardé ailleurs)</translation>
    </message>
    <message>
        <source>A copy as received</source>
        <translation>Une copie telle que reçue</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation>Original gardé à</translation>
    </message>
    <message>
        <source>where, and by whom</source>
        <translation>où, et par qui</translation>
    </message>
    <message>
        <source>Interview, earlier accounts and support</source>
        <translation>Entretien, récits antérieurs et soutien</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Original ou copie</translation>
    </message>
    <message>
        <source>As the documentation guidelines ask. Every field is optional: leave what was not recorded empty.</source>
        <translation>Comme le demandent les lignes directrices de documentation. Chaque champ est facultatif&#xa0;: laissez vide ce qui n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier {field}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>Modifier la déposition</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} autre(s)</translation>
    </message>
    <message>
        <source>There was not enough memory for this step. Close other programs and try again.</source>
        <translation>Il n&apos;y avait pas assez de mémoire pour cette étape. Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong that Casebook did not expect; nothing was saved from this step. Try again, and if it happens again, report it with the details from the terminal.</source>
        <translation>Un problème inattendu est survenu dans Casebook&#xa0;; rien n&apos;a été enregistré pour cette étape. Réessayez et, si cela se reproduit, signalez-le avec les détails affichés dans le terminal.</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>Comment elle a été obtenue</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Collectée par</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>Collectée le</translation>
    </message>
    <message>
        <source>Collected at (place)</source>
        <translation>Collectée à (lieu)</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Digitised at</source>
        <translation>Numérisée le</translation>
    </message>
    <message>
        <source>Modified at</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>Marque de l&apos;appareil</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Modèle de l&apos;appareil</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>Largeur (px)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>Hauteur (px)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Codec vidéo</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>Codec audio</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigée par</translation>
    </message>
    <message>
        <source>Content credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <source>Made with (C2PA)</source>
        <translation>Faite avec (C2PA)</translation>
    </message>
    <message>
        <source>Captured (C2PA)</source>
        <translation>Capturée (C2PA)</translation>
    </message>
    <message>
        <source>Place (C2PA)</source>
        <translation>Lieu (C2PA)</translation>
    </message>
    <message>
        <source>Actions (C2PA)</source>
        <translation>Actions (C2PA)</translation>
    </message>
    <message>
        <source>ProofMode bundle</source>
        <translation>Paquet ProofMode</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>OpenTimestamps proof</source>
        <translation>Preuve OpenTimestamps</translation>
    </message>
    <message>
        <source>C2PA manifest file</source>
        <translation>Fichier manifeste C2PA</translation>
    </message>
    <message>
        <source>Device check</source>
        <translation>Vérification de l&apos;appareil</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>Signature de {name}</translation>
    </message>
    <message>
        <source>none (unknown provenance; most genuine files carry none, so this is not a sign of forgery)</source>
        <translation>aucun (provenance inconnue&#xa0;; la plupart des fichiers authentiques n&apos;en ont pas, ce n&apos;est donc pas un signe de falsification)</translation>
    </message>
    <message>
        <source>not checked: the file could not be parsed for content credentials</source>
        <translation>non vérifié&#xa0;: le fichier n&apos;a pas pu être analysé pour les identifiants de contenu</translation>
    </message>
    <message>
        <source>valid, signed by {signer} (checked offline: signature and content hashes; the signer&apos;s certificate was not checked against a trust list, nor for revocation)</source>
        <translation>valide, signé par {signer} (vérifié hors ligne&#xa0;: signature et empreintes du contenu&#xa0;; le certificat du signataire n&apos;a été vérifié ni par rapport à une liste de confiance, ni pour une révocation)</translation>
    </message>
    <message>
        <source>present but invalid: {failures} (signed as {signer})</source>
        <translation>présent mais invalide&#xa0;: {failures} (signé par {signer})</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <source>Embedded metadata — check it against what you know</source>
        <translation>Métadonnées intégrées — comparez-les avec ce que vous savez</translation>
    </message>
    <message>
        <source>Use GPS as collection place</source>
        <translation>Utiliser le GPS comme lieu de collecte</translation>
    </message>
    <message>
        <source>Tag exhibit…</source>
        <translation>Étiqueter la pièce…</translation>
    </message>
    <message>
        <source>Drop files or folders on this window, or press Ctrl+I, to add evidence. Choose an item in the list to see it here.</source>
        <translation>Déposez des fichiers ou des dossiers sur cette fenêtre, ou appuyez sur Ctrl+I, pour ajouter des pièces. Choisissez une pièce dans la liste pour la voir ici.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fichier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{media_type}, {size}</source>
        <comment>a file&apos;s type and size</comment>
        <translation>{media_type}, {size}</translation>
    </message>
    <message>
        <source>Same content as “{title}”; stored once.</source>
        <translation>Même contenu que «&#xa0;{title}&#xa0;»&#xa0;; stocké une seule fois.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>The file carries no metadata Casebook can read.</source>
        <translation>Le fichier ne contient aucune métadonnée que Casebook sait lire.</translation>
    </message>
    <message>
        <source>exhibit “{title}”</source>
        <translation>pièce «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Taken at (file)</source>
        <translation>Prise le (fichier)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>When the photo or recording was made, as its embedded metadata (EXIF, container) says — unverified; empty when the file carries none.</source>
        <translation>Moment où la photo ou l&apos;enregistrement a été fait, selon ses métadonnées intégrées (EXIF, conteneur) — non vérifié&#xa0;; vide si le fichier n&apos;en contient pas.</translation>
    </message>
    <message>
        <source>When the file was taken into this casebook.</source>
        <translation>Moment où le fichier est entré dans ce dossier Casebook.</translation>
    </message>
    <message>
        <source>Filter by title, file name or type</source>
        <translation>Filtrer par titre, nom de fichier ou format</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>Filtrer les pièces</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Pièces</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Taken at {time} (from the file&apos;s metadata)</source>
        <translation>Prise le {time} (d&apos;après les métadonnées du fichier)</translation>
    </message>
    <message>
        <source>{title}  (duplicate)</source>
        <translation>{title}  (doublon)</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>{encoding} (some bytes could not be read and show as �)</source>
        <translation>{encoding} (certains octets n&apos;ont pas pu être lus et s&apos;affichent comme �)</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 avec indicateur d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Texte de la pièce</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy of this evidence</source>
        <translation>Exporter une copie non chiffrée de cette pièce</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a zoom factor</comment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>This item has no stored file (a physical item or a note).</source>
        <translation>Cette pièce n&apos;a pas de fichier stocké (objet physique ou note).</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
    <message>
        <source>PDF pages cannot be shown here because this installation lacks the Qt PDF module (the PySide6-Pdf package). Export a copy to read it in a PDF reader.</source>
        <translation>Les pages PDF ne peuvent pas être affichées ici&#xa0;: cette installation n&apos;a pas le module Qt PDF (paquet PySide6-Pdf). Exportez une copie pour la lire dans un lecteur PDF.</translation>
    </message>
    <message>
        <source>Audio and video cannot be played here because this installation lacks Qt Multimedia (the PySide6-Addons package). Casebook plays recordings only from memory; export a copy to play it in another program.</source>
        <translation>L&apos;audio et la vidéo ne peuvent pas être lus ici&#xa0;: cette installation n&apos;a pas Qt Multimedia (paquet PySide6-Addons). Casebook ne lit les enregistrements qu&apos;en mémoire&#xa0;; exportez une copie pour la lire dans un autre programme.</translation>
    </message>
    <message>
        <source>Casebook cannot show this kind of file itself. Export a copy to open it in another program.</source>
        <translation>Casebook ne sait pas afficher ce type de fichier. Exportez une copie pour l&apos;ouvrir dans un autre programme.</translation>
    </message>
    <message>
        <source>Casebook cannot show {media_type} itself. Export a copy to open it in another program.</source>
        <translation>Casebook ne sait pas afficher {media_type}. Exportez une copie pour l&apos;ouvrir dans un autre programme.</translation>
    </message>
    <message>
        <source>Text, read as {encoding} — first 2 MiB shown</source>
        <translation>Texte, lu en {encoding} — 2 Mio premiers affichés</translation>
    </message>
    <message>
        <source>Text, read as {encoding}</source>
        <translation>Texte, lu en {encoding}</translation>
    </message>
    <message>
        <source>The image could not be decoded. Export a copy to try another program.</source>
        <translation>L&apos;image n&apos;a pas pu être décodée. Exportez une copie pour essayer un autre programme.</translation>
    </message>
    <message>
        <source>Image, {width} × {height} px (turned as its EXIF orientation says) — drag to pan</source>
        <translation>Image, {width} × {height} px (tournée selon son orientation EXIF) — faites glisser pour déplacer</translation>
    </message>
    <message>
        <source>Evidence PDF pages</source>
        <translation>Pages PDF de la pièce</translation>
    </message>
    <message>
        <source>The PDF is protected by a password, so its pages cannot be shown.</source>
        <translation>Le PDF est protégé par un mot de passe&#xa0;: ses pages ne peuvent pas être affichées.</translation>
    </message>
    <message>
        <source>The PDF could not be read. Export a copy to try another program.</source>
        <translation>Le PDF n&apos;a pas pu être lu. Exportez une copie pour essayer un autre programme.</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s), shown from memory</source>
        <translation>
            <numerusform>PDF,&#xa0;%n page, affiché depuis la mémoire</numerusform>
            <numerusform>PDF,&#xa0;%n pages, affiché depuis la mémoire</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence video</source>
        <translation>Vidéo de la pièce</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Video, played from memory ({size} MiB held)</source>
        <translation>Vidéo, lue depuis la mémoire ({size} Mio occupés)</translation>
    </message>
    <message>
        <source>Audio, played from memory ({size} MiB held)</source>
        <translation>Audio, lu depuis la mémoire ({size} Mio occupés)</translation>
    </message>
    <message>
        <source>This recording cannot be played here: Qt Multimedia could not play it from memory ({reason}). Export a copy to play it in another program.</source>
        <translation>Cet enregistrement ne peut pas être lu ici&#xa0;: Qt Multimedia n&apos;a pas pu le lire depuis la mémoire ({reason}). Exportez une copie pour la lire dans un autre programme.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>fit</source>
        <comment>zoom: fitted to the width</comment>
        <translation>ajusté</translation>
    </message>
    <message>
        <source>The file could not be shown.</source>
        <translation>Le fichier n&apos;a pas pu être affiché.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exporter une copie</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to that place can read it. Keep it on an encrypted drive and delete it when you no longer need it.</source>
        <translation>La copie ne sera pas chiffrée&#xa0;: toute personne ayant accès à cet emplacement pourra la lire. Gardez-la sur un disque chiffré et supprimez-la dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Take care: {warning}. Export it only for your own work, never to give it to anyone outside the team.</source>
        <translation>Attention&#xa0;: {warning}. Exportez-la uniquement pour votre propre travail, jamais pour la donner à quelqu&apos;un hors de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>Exporter une copie non chiffrée&#xa0;?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exported an unencrypted copy to {path}</source>
        <translation>Copie non chiffrée exportée vers {path}</translation>
    </message>
    <message>
        <source>The copy could not be exported</source>
        <translation>La copie n&apos;a pas pu être exportée</translation>
    </message>
</context>
<context>
    <name>ExchangeService</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>documenter</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <source>legal analyst</source>
        <translation>analyste juridique</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>external (no role claimed)</source>
        <translation>externe (aucun rôle déclaré)</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} nouveau(x)</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} mis à jour</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} inchangé(s)</translation>
    </message>
    <message>
        <source>{count} kept (ours is newer)</source>
        <translation>{count} gardé(s) (le nôtre est plus récent)</translation>
    </message>
    <message>
        <source>{count} in conflict</source>
        <translation>{count} en conflit</translation>
    </message>
    <message>
        <source>case</source>
        <translation>affaire</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>déposition</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>charge</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>custody</source>
        <translation>possession</translation>
    </message>
    <message>
        <source>review</source>
        <translation>relecture</translation>
    </message>
    <message>
        <source>{path} cannot be read as a text file.</source>
        <translation>{path} ne peut pas être lu comme fichier texte.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{kind}: {changes}</source>
        <translation>{kind}&#xa0;: {changes}</translation>
    </message>
    <message>
        <source>attachments: {new} new, {known} already here</source>
        <translation>pièces jointes&#xa0;: {new} nouvelle(s), {known} déjà présente(s)</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(la fiche entière)</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>absent ici</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>nouvelle version</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Filing — for the prosecutor</source>
        <translation>Dépôt — pour le procureur</translation>
    </message>
    <message>
        <source>Internal — working copy with gaps and contradicting material</source>
        <translation>Interne — copie de travail avec lacunes et éléments contraires</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>déposition</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>override</source>
        <translation>exception</translation>
    </message>
    <message>
        <source>law</source>
        <translation>droit</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>{kind}: {label} — {reason}</source>
        <translation>{kind}&#xa0;: {label} — {reason}</translation>
    </message>
    <message>
        <source>Export complaint bundle</source>
        <translation>Exporter le dossier de plainte</translation>
    </message>
    <message>
        <source>Charges to include</source>
        <translation>Charges à inclure</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>{addressee} (consent must name {jurisdiction})</source>
        <translation>{addressee} (le consentement doit nommer {jurisdiction})</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Language of the complaint</source>
        <translation>Langue de la plainte</translation>
    </message>
    <message>
        <source>Add a pattern annex (counts only, no identities)</source>
        <translation>Ajouter une annexe des tendances (décomptes seulement, aucune identité)</translation>
    </message>
    <message>
        <source>Incidents by month, area, victim group, unit and crime, as tables and charts; counts of persons below 3 are shown as &apos;&lt; 3&apos;.</source>
        <translation>Incidents par mois, zone, groupe de victimes, unité et crime, en tableaux et graphiques&#xa0;; les décomptes de moins de 3 personnes sont affichés «&#xa0;&lt; 3&#xa0;».</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>a folder outside the casebook</source>
        <translation>un dossier hors du dossier Casebook</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Also pack the bundle into a zip file</source>
        <translation>Mettre aussi le dossier de plainte dans un fichier zip</translation>
    </message>
    <message>
        <source>Encrypt to age public key</source>
        <translation>Chiffrer pour une clé publique age</translation>
    </message>
    <message>
        <source>age1… (optional: one encrypted file, no plain folder)</source>
        <translation>age1… (facultatif&#xa0;: un seul fichier chiffré, aucun dossier en clair)</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>Charges&#xa0;:</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Édition&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Dossier de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypt to:</source>
        <translation>Chiffrer pour&#xa0;:</translation>
    </message>
    <message>
        <source>Check the plan first: what consent keeps out is listed here.</source>
        <translation>Vérifiez d&apos;abord le plan&#xa0;: ce que le consentement exclut est listé ici.</translation>
    </message>
    <message>
        <source>What the bundle will leave out, and why</source>
        <translation>Ce que le dossier de plainte va écarter, et pourquoi</translation>
    </message>
    <message>
        <source>Check what will be left out</source>
        <translation>Vérifier ce qui sera écarté</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Dossier pour le dossier de plainte</translation>
    </message>
    <message>
        <source>Choose at least one charge to export.</source>
        <translation>Choisissez au moins une charge à exporter.</translation>
    </message>
    <message>
        <source>The bundle cannot be planned</source>
        <translation>Le dossier de plainte ne peut pas être préparé</translation>
    </message>
    <message>
        <source>Nothing is left out.</source>
        <translation>Rien n&apos;est écarté.</translation>
    </message>
    <message numerus="yes">
        <source>Export, leaving out %n item(s)</source>
        <translation>
            <numerusform>Exporter, en écartant&#xa0;%n élément</numerusform>
            <numerusform>Exporter, en écartant&#xa0;%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>The choices changed: check what will be left out again first.</source>
        <translation>Les choix ont changé&#xa0;: vérifiez d&apos;abord à nouveau ce qui sera écarté.</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle into.</source>
        <translation>Choisissez le dossier où écrire le dossier de plainte.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>Préparation du dossier de plainte…</translation>
    </message>
    <message>
        <source>The bundle is encrypted; the recipient checks it after decrypting.</source>
        <translation>Le dossier de plainte est chiffré&#xa0;; le destinataire le vérifie après l&apos;avoir déchiffré.</translation>
    </message>
    <message>
        <source>Verified: every file matches the signed manifest.</source>
        <translation>Vérifié&#xa0;: chaque fichier correspond au manifeste signé.</translation>
    </message>
    <message>
        <source>Verification FAILED: {problems}</source>
        <translation>ÉCHEC de la vérification&#xa0;: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path} ({pages}, {exhibits}). {check}</source>
        <translation>{path} écrit ({pages}, {exhibits}). {check}</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>Le dossier de plainte n&apos;a pas été exporté</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>FacetPane</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — counts {what}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — compte {what}.</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Sex gender</source>
        <translation>Sexe / genre</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnie</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>country or situation</source>
        <translation>pays ou situation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Date known as</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>Lieu (écriture d&apos;origine)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>District / province</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>e.g. 20.1525</source>
        <translation>p. ex. 20.1525</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>e.g. 92.8789</source>
        <translation>p. ex. 92.8789</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation>Empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>Your identity — give this text to colleagues</source>
        <translation>Votre identité — donnez ce texte à vos collègues</translation>
    </message>
    <message>
        <source>Your public identity</source>
        <translation>Votre identité publique</translation>
    </message>
    <message>
        <source>Copy identity</source>
        <translation>Copier l&apos;identité</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation>Votre empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>Colleagues&apos; identities</source>
        <translation>Identités des collègues</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>Marquer comme vérifiée…</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity</source>
        <translation>Coller l&apos;identité d&apos;un collègue</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s identity here (-----BEGIN CASEBOOK IDENTITY----- …)</source>
        <translation>Collez ici l&apos;identité d&apos;un collègue (-----BEGIN CASEBOOK IDENTITY----- …)</translation>
    </message>
    <message>
        <source>Import pasted identity</source>
        <translation>Importer l&apos;identité collée</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Importer depuis un fichier…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NON VÉRIFIÉE</translation>
    </message>
    <message>
        <source>Your identity is on the clipboard.</source>
        <translation>Votre identité est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save your identity</source>
        <translation>Enregistrer votre identité</translation>
    </message>
    <message>
        <source>The identity could not be written ({reason}).</source>
        <translation>L&apos;identité n&apos;a pas pu être écrite ({reason}).</translation>
    </message>
    <message>
        <source>Saved your identity to {path}.</source>
        <translation>Votre identité a été enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>The identity was not imported</source>
        <translation>L&apos;identité n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>Stored the identity of {name}.</source>
        <translation>Identité de {name} enregistrée.</translation>
    </message>
    <message>
        <source>Already had the identity of {name}.</source>
        <translation>L&apos;identité de {name} était déjà présente.</translation>
    </message>
    <message>
        <source>{done} Compare its fingerprint before trusting it.</source>
        <translation>{done} Comparez son empreinte avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Colleague&apos;s identity file</source>
        <translation>Fichier d&apos;identité du collègue</translation>
    </message>
    <message>
        <source>Choose the colleague whose fingerprint you compared.</source>
        <translation>Choisissez le collègue dont vous avez comparé l&apos;empreinte.</translation>
    </message>
    <message>
        <source>{name} is already verified.</source>
        <translation>{name} est déjà vérifié.</translation>
    </message>
    <message>
        <source>{name} is verified: packages can now go both ways.</source>
        <translation>{name} est vérifié&#xa0;: les paquets peuvent maintenant circuler dans les deux sens.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Identity of {pseudonym}</source>
        <translation>Identité de {pseudonym}</translation>
    </message>
    <message>
        <source>Protected identity. Close this when someone can see your screen. It is never exported unless chosen explicitly with the person&apos;s consent.</source>
        <translation>Identité protégée. Fermez ceci quand quelqu&apos;un peut voir votre écran. Elle n&apos;est jamais exportée, sauf choix explicite avec le consentement de la personne.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Evidence image: drag to pan, wheel to zoom</source>
        <translation>Image de la pièce&#xa0;: faites glisser pour déplacer, molette pour zoomer</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>This sender&apos;s identity is stored here but NOT VERIFIED. Call them and compare the fingerprint shown above before you import.</source>
        <translation>L&apos;identité de cet expéditeur est enregistrée ici mais NON VÉRIFIÉE. Appelez-le et comparez l&apos;empreinte affichée ci-dessus avant d&apos;importer.</translation>
    </message>
    <message>
        <source>This sender is UNKNOWN here: anyone could have made this package. Compare the fingerprint shown above with the sender by phone or in person before you import.</source>
        <translation>Cet expéditeur est INCONNU ici&#xa0;: n&apos;importe qui a pu créer ce paquet. Comparez l&apos;empreinte affichée ci-dessus avec l&apos;expéditeur, par téléphone ou en personne, avant d&apos;importer.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>a .cbpkg file from a colleague</source>
        <translation>un fichier .cbpkg d&apos;un collègue</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Check package</source>
        <translation>Vérifier le paquet</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender and accept this package</source>
        <translation>J&apos;ai comparé l&apos;empreinte avec l&apos;expéditeur et j&apos;accepte ce paquet</translation>
    </message>
    <message>
        <source>What the import will add or change</source>
        <translation>Ce que l&apos;importation va ajouter ou modifier</translation>
    </message>
    <message>
        <source>Conflicts the import will keep for you to decide</source>
        <translation>Conflits que l&apos;importation gardera pour votre décision</translation>
    </message>
    <message>
        <source>Choose a package, then check it: nothing is imported yet.</source>
        <translation>Choisissez un paquet, puis vérifiez-le&#xa0;: rien n&apos;est encore importé.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What will be added or changed:</source>
        <translation>Ce qui sera ajouté ou modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Package to import</source>
        <translation>Paquet à importer</translation>
    </message>
    <message>
        <source>Casebook packages (*.cbpkg);;All files (*)</source>
        <translation>Paquets Casebook (*.cbpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the package file to import.</source>
        <translation>Choisissez le fichier du paquet à importer.</translation>
    </message>
    <message>
        <source>Decrypting and checking the package…</source>
        <translation>Déchiffrement et vérification du paquet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — case {reference}, made {made} UTC</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}) — {status} — affaire {reference}, créé le {made} UTC</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): your version is kept, theirs stored for you to decide (Exchange ▸ Conflicts…).</source>
        <translation>
            <numerusform>%n conflit&#xa0;: votre version est gardée, la leur est stockée pour votre décision (Échange ▸ Conflits…).</numerusform>
            <numerusform>%n conflits&#xa0;: votre version est gardée, la leur est stockée pour votre décision (Échange ▸ Conflits…).</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>Checked: nothing is imported yet.</source>
        <translation>Vérifié&#xa0;: rien n&apos;est encore importé.</translation>
    </message>
    <message>
        <source>Check the package first.</source>
        <translation>Vérifiez d&apos;abord le paquet.</translation>
    </message>
    <message>
        <source>The sender is not verified here. Compare the fingerprint with them and tick the confirmation, or close this window.</source>
        <translation>L&apos;expéditeur n&apos;est pas vérifié ici. Comparez l&apos;empreinte avec lui et cochez la confirmation, ou fermez cette fenêtre.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, %n conflict(s) — resolve them in Exchange ▸ Conflicts….</source>
        <translation>
            <numerusform>Affaire {reference} importée de {sender}&#xa0;: {new} nouveau(x), {updated} mis à jour,&#xa0;%n conflit — résolvez-le dans Échange ▸ Conflits….</numerusform>
            <numerusform>Affaire {reference} importée de {sender}&#xa0;: {new} nouveau(x), {updated} mis à jour,&#xa0;%n conflits — résolvez-les dans Échange ▸ Conflits….</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported case {reference} from {sender}: {new} new, {updated} updated, 0 conflict(s).</source>
        <translation>Affaire {reference} importée de {sender}&#xa0;: {new} nouveau(x), {updated} mis à jour, 0 conflit.</translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation>Le paquet n&apos;a pas été importé</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Tag incident…</source>
        <translation>Étiqueter l&apos;incident…</translation>
    </message>
    <message>
        <source>incident “{title}”</source>
        <translation>incident «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>IncidentLinks</name>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Persons this incident concerns</source>
        <translation>Personnes concernées par cet incident</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Dépositions</translation>
    </message>
    <message>
        <source>Statements this incident concerns</source>
        <translation>Dépositions concernant cet incident</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Exhibits this incident concerns</source>
        <translation>Pièces concernant cet incident</translation>
    </message>
    <message>
        <source>Ticked material is what a charge resting on this incident counts.</source>
        <translation>Le matériel coché est ce que compte une charge reposant sur cet incident.</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>Le lien n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message numerus="yes">
        <source>%n file(s) taken in.</source>
        <translation>
            <numerusform>%n fichier ajouté.</numerusform>
            <numerusform>%n fichiers ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the casebook (stored once, linked to the first item):</source>
        <translation>Déjà dans le dossier Casebook (stocké une seule fois, lié à la première pièce)&#xa0;:</translation>
    </message>
    <message>
        <source>  • {file} — same content as “{first}”</source>
        <translation>  • {file} — même contenu que «&#xa0;{first}&#xa0;»</translation>
    </message>
    <message>
        <source>Not taken in:</source>
        <translation>Non ajoutés&#xa0;:</translation>
    </message>
    <message>
        <source>  • {file}: {reason}</source>
        <translation>  • {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cancelled before they were taken in ({count}):</source>
        <translation>Annulés avant d&apos;être ajoutés ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … et {count} de plus</translation>
    </message>
    <message>
        <source>The case is no longer in the casebook.</source>
        <translation>L&apos;affaire n&apos;est plus dans le dossier Casebook.</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>il n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>Taking files in…</source>
        <translation>Ajout des fichiers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Ajout de pièces</translation>
    </message>
    <message>
        <source>File {number} of {count}: {name}
{done} of {total} MB</source>
        <translation>Fichier {number} sur {count}&#xa0;: {name}
{done} sur {total} Mo</translation>
    </message>
    <message>
        <source>Adding evidence failed</source>
        <translation>L&apos;ajout de pièces a échoué</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Place (original script)</source>
        <translation>Lieu (écriture d&apos;origine)</translation>
    </message>
    <message>
        <source>District / province</source>
        <translation>District / province</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>pas de coordonnées</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>± {metres} m</source>
        <translation>± {metres} m</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Places of the incidents</source>
        <translation>Lieux des incidents</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>Copier les coordonnées</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What happened, when and where.</source>
        <translation>Ce qui s&apos;est passé, quand et où.</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nouvel incident…</translation>
    </message>
    <message>
        <source>Witnesses, victims and alleged perpetrators, by pseudonym.</source>
        <translation>Témoins, victimes et auteurs présumés, par pseudonyme.</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Statements, paragraph by paragraph, with consent.</source>
        <translation>Dépositions, paragraphe par paragraphe, avec le consentement.</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>Nouvelle déposition…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>{folder} — Casebook</source>
        <translation>{folder} — Casebook</translation>
    </message>
    <message>
        <source>Unlocked as {name}.</source>
        <translation>Déverrouillé par {name}.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Déverrouillé.</translation>
    </message>
    <message>
        <source>The casebook was locked. Unlock it to continue where you were.</source>
        <translation>Le dossier Casebook a été verrouillé. Déverrouillez-le pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Locked — Casebook</source>
        <translation>Verrouillé — Casebook</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Verrouillé.</translation>
    </message>
    <message>
        <source>Adding evidence was cancelled</source>
        <translation>L&apos;ajout de pièces a été annulé</translation>
    </message>
    <message>
        <source>Choose a case in the navigator first, or create one.</source>
        <translation>Choisissez d&apos;abord une affaire dans la navigation, ou créez-en une.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter des pièces</translation>
    </message>
    <message>
        <source>Wait until the files being added now are done, then try again.</source>
        <translation>Attendez la fin de l&apos;ajout des fichiers en cours, puis réessayez.</translation>
    </message>
    <message>
        <source>The casebook was locked while files were being added, so adding them was stopped. Add the cancelled files again.</source>
        <translation>Le dossier Casebook a été verrouillé pendant l&apos;ajout de fichiers&#xa0;: l&apos;ajout a été arrêté. Ajoutez à nouveau les fichiers annulés.</translation>
    </message>
    <message>
        <source>{added} added, {duplicates} already present, {failed} failed.</source>
        <translation>Ajoutés&#xa0;: {added}&#xa0;; déjà présents&#xa0;: {duplicates}&#xa0;; en échec&#xa0;: {failed}.</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Pièces ajoutées</translation>
    </message>
    <message>
        <source>Open a testimony first; sealing applies to the one shown.</source>
        <translation>Ouvrez d&apos;abord une déposition&#xa0;; le scellement s&apos;applique à celle qui est affichée.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>À propos de Casebook</translation>
    </message>
    <message>
        <source>Casebook keeps testimony and evidence in an encrypted folder, for people who document atrocity crimes. It locks itself when idle and on Ctrl+L.</source>
        <translation>Casebook garde les dépositions et les pièces dans un dossier chiffré, pour les personnes qui documentent des crimes de masse. Il se verrouille en cas d&apos;inactivité et avec Ctrl+L.</translation>
    </message>
    <message>
        <source>Languages of the interface:</source>
        <translation>Langues de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker</source>
        <translation>traduction provisoire — doit être relue par un locuteur natif</translation>
    </message>
    <message>
        <source>draft translation — needs review by a native speaker; not complete yet, so not offered in Preferences</source>
        <translation>traduction provisoire — doit être relue par un locuteur natif&#xa0;; pas encore complète, donc non proposée dans les Préférences</translation>
    </message>
    <message>
        <source>{endonym} ({english}): {state}</source>
        <translation>{endonym} ({english})&#xa0;: {state}</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Nouvelle &amp;affaire…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>Nouvelle &amp;déposition…</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>Nouvel &amp;incident…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>A&amp;jouter des pièces…</translation>
    </message>
    <message>
        <source>Add files as evidence (or drop them on the window)</source>
        <translation>Ajouter des fichiers comme pièces (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <source>E&amp;xport complaint bundle…</source>
        <translation>E&amp;xporter le dossier de plainte…</translation>
    </message>
    <message>
        <source>Export a complaint bundle (PDF, exhibits, signed manifest) for a prosecutor</source>
        <translation>Exporter un dossier de plainte (PDF, pièces, manifeste signé) pour un procureur</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the casebook now</source>
        <translation>Verrouiller le dossier Casebook maintenant</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Lock the casebook and quit</source>
        <translation>Verrouiller le dossier Casebook et quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents</source>
        <translation>Rechercher dans les dépositions, les pièces et les incidents</translation>
    </message>
    <message>
        <source>&amp;Seal testimony…</source>
        <translation>&amp;Sceller la déposition…</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The guide, offline</source>
        <translation>Le guide, hors ligne</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>À &amp;propos de Casebook</translation>
    </message>
    <message>
        <source>&amp;Identities…</source>
        <translation>&amp;Identités…</translation>
    </message>
    <message>
        <source>Your identity and colleagues&apos;</source>
        <translation>Votre identité et celles de vos collègues</translation>
    </message>
    <message>
        <source>&amp;Send case package…</source>
        <translation>&amp;Envoyer un paquet d&apos;affaire…</translation>
    </message>
    <message>
        <source>Send a case, encrypted and signed, to verified colleagues</source>
        <translation>Envoyer une affaire, chiffrée et signée, à des collègues vérifiés</translation>
    </message>
    <message>
        <source>I&amp;mport package…</source>
        <translation>I&amp;mporter un paquet…</translation>
    </message>
    <message>
        <source>Check and import a colleague&apos;s case package</source>
        <translation>Vérifier et importer le paquet d&apos;affaire d&apos;un collègue</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>Decide merge conflicts</source>
        <translation>Trancher les conflits de fusion</translation>
    </message>
    <message>
        <source>&amp;Review of this case…</source>
        <translation>&amp;Relecture de cette affaire…</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>État de la relecture</translation>
    </message>
    <message>
        <source>Supervisor &amp;access…</source>
        <translation>Accès &amp;superviseur…</translation>
    </message>
    <message>
        <source>Let a verified supervisor open this casebook with their own key</source>
        <translation>Permettre à un superviseur vérifié d&apos;ouvrir ce dossier Casebook avec sa propre clé</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>C&amp;hanger la phrase secrète…</translation>
    </message>
    <message>
        <source>Choose a new passphrase (the current one is asked first)</source>
        <translation>Choisir une nouvelle phrase secrète (l&apos;actuelle est demandée d&apos;abord)</translation>
    </message>
    <message>
        <source>New rec&amp;overy key…</source>
        <translation>Nouvelle clé de récupérati&amp;on…</translation>
    </message>
    <message>
        <source>Replace the recovery key (the old one stops working)</source>
        <translation>Remplacer la clé de récupération (l&apos;ancienne cesse de fonctionner)</translation>
    </message>
    <message>
        <source>&amp;Verify casebook…</source>
        <translation>Vérifier le &amp;dossier Casebook…</translation>
    </message>
    <message>
        <source>Check every file, record and signature, and show the report</source>
        <translation>Vérifier chaque fichier, fiche et signature, et afficher le rapport</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>É&amp;change</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens this casebook.</source>
        <translation>Phrase secrète changée. L&apos;ancienne phrase secrète n&apos;ouvre plus ce dossier Casebook.</translation>
    </message>
    <message>
        <source>New recovery key made. The old key no longer opens this casebook.</source>
        <translation>Nouvelle clé de récupération créée. L&apos;ancienne clé n&apos;ouvre plus ce dossier Casebook.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>supported</source>
        <translation>étayé</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>lacune</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>À l&apos;appui</translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation>Contraire</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non compté</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>{count} {support}</source>
        <translation>{support}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>non évalué</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>rests on {incidents}</source>
        <translation>repose sur {incidents}</translation>
    </message>
    <message>
        <source>{crime} is not in this taxonomy: no rows</source>
        <translation>{crime} n&apos;est pas dans cette taxonomie&#xa0;: aucune ligne</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Elements of the crime</source>
        <translation>Éléments du crime</translation>
    </message>
    <message>
        <source>Liability — {person} under {mode} ({mode_title})</source>
        <translation>Responsabilité — {person} au titre de {mode} ({mode_title})</translation>
    </message>
    <message>
        <source>about {person}</source>
        <translation>concernant {person}</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Matrice de couverture</translation>
    </message>
    <message>
        <source>Coverage of every charge, one cell per element</source>
        <translation>Couverture de chaque charge, une case par élément</translation>
    </message>
    <message numerus="yes">
        <source>{statuses}.  Grades: reliability A–F, credibility 1–6 (weak: D–F or 4–6).  Overview cells: C context, E element of the crime, L liability; * tagged material the charge does not count.</source>
        <comment>keep the letters A–F, 1–6, C, E, L and *: the matrix shows them</comment>
        <translation>
            <numerusform>{statuses}.  Notes&#xa0;: fiabilité A–F, crédibilité 1–6 (faible&#xa0;: D–F ou 4–6).  Cases de synthèse&#xa0;: C contexte, E élément du crime, L responsabilité (liability)&#xa0;; * matériel étiqueté que la charge ne compte pas.</numerusform>
            <numerusform>{statuses}.  Notes&#xa0;: fiabilité A–F, crédibilité 1–6 (faible&#xa0;: D–F ou 4–6).  Cases de synthèse&#xa0;: C contexte, E élément du crime, L responsabilité (liability)&#xa0;; * matériel étiqueté que la charge ne compte pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row to see its material.</source>
        <translation>Choisissez une ligne pour voir son matériel.</translation>
    </message>
    <message>
        <source>Material of the chosen element</source>
        <translation>Matériel de l&apos;élément choisi</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Not counted, because {reason}</source>
        <translation>Non compté, parce que {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Coverage matrix — {reference}, %n charge(s)</source>
        <translation>
            <numerusform>Matrice de couverture — {reference},&#xa0;%n charge</numerusform>
            <numerusform>Matrice de couverture — {reference},&#xa0;%n charges</numerusform>
        </translation>
    </message>
    <message>
        <source>No charges yet: add one in the Charges section.</source>
        <translation>Pas encore de charge&#xa0;: ajoutez-en une dans la section Charges.</translation>
    </message>
    <message numerus="yes">
        <source>{element}: {status}; %n tagged item(s) not counted</source>
        <translation>
            <numerusform>{element}&#xa0;: {status}&#xa0;;&#xa0;%n élément étiqueté non compté</numerusform>
            <numerusform>{element}&#xa0;: {status}&#xa0;;&#xa0;%n éléments étiquetés non comptés</numerusform>
        </translation>
    </message>
    <message>
        <source>{element}: {status}</source>
        <translation>{element}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>{element}: {status} — activate an item to open it.</source>
        <translation>{element}&#xa0;: {status} — activez un élément pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>For: {citation}</source>
        <translation>Pour&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>Against: {citation}</source>
        <translation>Contre&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>Needs review (not counted): {citation}</source>
        <translation>À relire (non compté)&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>Not counted, because {reason}: {citation}</source>
        <translation>Non compté, parce que {reason}&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the conditions of a saved pattern&apos;s filter</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation>tous les incidents</translation>
    </message>
    <message>
        <source>{pattern}, not graded — {where}</source>
        <translation>{pattern}, non évalué — {where}</translation>
    </message>
    <message>
        <source>No material is tagged to this element yet.</source>
        <translation>Aucun matériel n&apos;est encore étiqueté pour cet élément.</translation>
    </message>
    <message>
        <source>Ticks it in the incident&apos;s &quot;Concerns&quot; list, so this charge counts it.</source>
        <translation>Le coche dans la liste «&#xa0;Concerne&#xa0;» de l&apos;incident, pour que cette charge le compte.</translation>
    </message>
    <message>
        <source>The link was not saved</source>
        <translation>Le lien n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation>Exporter la matrice en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}.</source>
        <translation>Le fichier CSV n&apos;a pas pu être écrit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Export the matrix as PNG</source>
        <translation>Exporter la matrice en PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written there. Choose another folder.</source>
        <translation>L&apos;image n&apos;a pas pu être écrite à cet endroit. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Incidents by month</source>
        <translation>Incidents par mois</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Testimony of {witness}</source>
        <translation>Déposition de {witness}</translation>
    </message>
    <message>
        <source>v{version}</source>
        <comment>a statement&apos;s version</comment>
        <translation>v{version}</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>scellée</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Dépositions</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Matrice de couverture</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <comment>a navigator section and its size</comment>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>{count} more — use {search} to find them</source>
        <translation>{count} de plus — utilisez {search} pour les trouver</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Créer une nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key will no longer open this casebook. Do this when the old key may have been seen, copied or lost.</source>
        <translation>Une nouvelle clé de récupération remplace l&apos;ancienne&#xa0;: l&apos;ancienne clé n&apos;ouvrira plus ce dossier Casebook. Faites-le si l&apos;ancienne clé a pu être vue, copiée ou perdue.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>The old key no longer opens this casebook.</source>
        <translation>L&apos;ancienne clé n&apos;ouvre plus ce dossier Casebook.</translation>
    </message>
    <message>
        <source>Type the passphrase that opens it now.</source>
        <translation>Saisissez la phrase secrète qui l&apos;ouvre actuellement.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Send case package</source>
        <translation>Envoyer un paquet d&apos;affaire</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Only changes since the last package to these recipients</source>
        <translation>Seulement les changements depuis le dernier paquet pour ces destinataires</translation>
    </message>
    <message>
        <source>Include protected identities (real names, contacts)</source>
        <translation>Inclure les identités protégées (vrais noms, contacts)</translation>
    </message>
    <message>
        <source>Real names and contacts of witnesses will leave this casebook. Include them only if the recipients need them and the witnesses agreed.</source>
        <translation>Les vrais noms et les contacts des témoins quitteront ce dossier Casebook. Ne les incluez que si les destinataires en ont besoin et que les témoins l&apos;ont accepté.</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>where to write the package (.cbpkg)</source>
        <translation>où écrire le paquet (.cbpkg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Affaire&#xa0;:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation>Fichier du paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipients when they import it:</source>
        <translation>Lisez cette empreinte aux destinataires quand ils l&apos;importent&#xa0;:</translation>
    </message>
    <message>
        <source>Write package</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{name} ({role}) · verified</source>
        <translation>{name} ({role}) · vérifié</translation>
    </message>
    <message>
        <source>{name} ({role}) · NOT VERIFIED — tick to compare fingerprints</source>
        <translation>{name} ({role}) · NON VÉRIFIÉ — cochez pour comparer les empreintes</translation>
    </message>
    <message>
        <source>There is no case to send yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;affaire à envoyer.</translation>
    </message>
    <message>
        <source>Tick at least one verified colleague to send the package to.</source>
        <translation>Cochez au moins un collègue vérifié à qui envoyer le paquet.</translation>
    </message>
    <message>
        <source>Choose where to write the package file.</source>
        <translation>Choisissez où écrire le fichier du paquet.</translation>
    </message>
    <message>
        <source>Writing the encrypted package…</source>
        <translation>Écriture du paquet chiffré…</translation>
    </message>
    <message>
        <source>Writing the encrypted package… {megabytes} MB</source>
        <translation>Écriture du paquet chiffré… {megabytes} Mo</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{count} {kind}</source>
        <translation>{kind}&#xa0;: {count}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} for {recipients}: {parts}; %n attachment(s). Send the file by any channel: only the recipients can open it.</source>
        <translation>
            <numerusform>{path} écrit pour {recipients}&#xa0;: {parts}&#xa0;;&#xa0;%n pièce jointe. Envoyez le fichier par n&apos;importe quel moyen&#xa0;: seuls les destinataires peuvent l&apos;ouvrir.</numerusform>
            <numerusform>{path} écrit pour {recipients}&#xa0;: {parts}&#xa0;;&#xa0;%n pièces jointes. Envoyez le fichier par n&apos;importe quel moyen&#xa0;: seuls les destinataires peuvent l&apos;ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed since the last package</source>
        <translation>rien n&apos;a changé depuis le dernier paquet</translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation>Le paquet n&apos;a pas été écrit</translation>
    </message>
</context>
<context>
    <name>PassageHighlights</name>
    <message>
        <source>(click to open the tag)</source>
        <translation>(cliquez pour ouvrir l&apos;étiquette)</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>Use this weak passphrase anyway (anyone with a copy of the folder could guess it)</source>
        <translation>Utiliser quand même cette phrase secrète faible (toute personne ayant une copie du dossier pourrait la deviner)</translation>
    </message>
    <message>
        <source>Only if you accept that someone with a copy of the folder could guess it</source>
        <translation>Seulement si vous acceptez qu&apos;une personne ayant une copie du dossier puisse la deviner</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters; several words are best.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins {count} caractères&#xa0;; plusieurs mots, c&apos;est le mieux.</translation>
    </message>
    <message>
        <source>This passphrase is “{strength}”: a program can guess it quickly. Anyone who gets a copy of the casebook folder (a lost laptop, a seized USB drive, a backup) could then read every statement and the names of the people who gave them. Choose several unrelated words, or tick “Use this weak passphrase anyway” if you accept that risk.</source>
        <translation>Cette phrase secrète est «&#xa0;{strength}&#xa0;»&#xa0;: un programme peut la deviner rapidement. Toute personne qui obtient une copie du dossier Casebook (ordinateur portable perdu, clé USB saisie, sauvegarde) pourrait alors lire chaque déposition et les noms des personnes qui les ont faites. Choisissez plusieurs mots sans rapport entre eux, ou cochez «&#xa0;Utiliser quand même cette phrase secrète faible&#xa0;» si vous acceptez ce risque.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même phrase secrète.</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>(any)</source>
        <translation>(sans filtre)</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Cases counted</source>
        <translation>Affaires comptées</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>Cette affaire</translation>
    </message>
    <message>
        <source>All cases of the casebook</source>
        <translation>Toutes les affaires du dossier Casebook</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>Administrative area</source>
        <translation>Zone administrative</translation>
    </message>
    <message>
        <source>Victim characteristic</source>
        <translation>Caractéristique des victimes</translation>
    </message>
    <message>
        <source>Victim group</source>
        <translation>Groupe de victimes</translation>
    </message>
    <message>
        <source>Alleged perpetrator unit</source>
        <translation>Unité de l&apos;auteur présumé</translation>
    </message>
    <message>
        <source>Crime tagged or charged</source>
        <translation>Crime étiqueté ou retenu</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Appliquer les filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Saved patterns</source>
        <translation>Tendances enregistrées</translation>
    </message>
    <message>
        <source>(saved patterns)</source>
        <translation>(tendances enregistrées)</translation>
    </message>
    <message>
        <source>Save pattern…</source>
        <translation>Enregistrer la tendance…</translation>
    </message>
    <message>
        <source>Delete saved pattern</source>
        <translation>Supprimer la tendance enregistrée</translation>
    </message>
    <message>
        <source>Keep this filter and its counts; cite it for a contextual element, so the coverage matrix and the complaint&apos;s analysis show it.</source>
        <translation>Garder ce filtre et ses décomptes&#xa0;; le citer pour un élément contextuel, afin que la matrice de couverture et l&apos;analyse de la plainte l&apos;affichent.</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Compter&#xa0;:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>Période du&#xa0;:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au&#xa0;:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Zone&#xa0;:</translation>
    </message>
    <message>
        <source>Victims by:</source>
        <translation>Victimes par&#xa0;:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>Acte&#xa0;:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Incidents by month. Solid: the whole date span lies in the month. Hatched: an uncertain date (range, year, approximate) that may fall in the month; hatched counts overlap between months and must not be added up. Labels: certain (+ possible).</source>
        <translation>Incidents par mois. Plein&#xa0;: toute la période de la date est dans le mois. Hachuré&#xa0;: une date incertaine (intervalle, année, approximative) qui peut tomber dans le mois&#xa0;; les décomptes hachurés se chevauchent d&apos;un mois à l&apos;autre et ne doivent pas être additionnés. Libellés&#xa0;: certains (+ possibles).</translation>
    </message>
    <message>
        <source>Incidents by administrative area</source>
        <translation>Incidents par zone administrative</translation>
    </message>
    <message>
        <source>Victims by group</source>
        <translation>Victimes par groupe</translation>
    </message>
    <message>
        <source>Incidents by alleged perpetrator unit</source>
        <translation>Incidents par unité de l&apos;auteur présumé</translation>
    </message>
    <message>
        <source>Incidents by crime</source>
        <translation>Incidents par crime</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>Choose a bar or a row to list the records behind it.</source>
        <translation>Choisissez une barre ou une ligne pour lister ses fiches.</translation>
    </message>
    <message>
        <source>Records behind the chosen count</source>
        <translation>Fiches derrière le décompte choisi</translation>
    </message>
    <message>
        <source>{title} — cited for {element}</source>
        <translation>{title} — citée pour {element}</translation>
    </message>
    <message>
        <source>Delete the saved pattern “{pattern}”? A matrix row or a complaint citing it will no longer show it.</source>
        <translation>Supprimer la tendance enregistrée «&#xa0;{pattern}&#xa0;»&#xa0;? Une ligne de matrice ou une plainte qui la cite ne l&apos;affichera plus.</translation>
    </message>
    <message>
        <source>Pattern not deleted</source>
        <translation>Tendance non supprimée</translation>
    </message>
    <message>
        <source>Pattern not saved</source>
        <translation>Tendance non enregistrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;The filter was not applied:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Le filtre n&apos;a pas été appliqué&#xa0;:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>all cases of the casebook</source>
        <translation>toutes les affaires du dossier Casebook</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>cette affaire</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} where {conditions}.</source>
        <translation>
            <numerusform>&lt;b&gt;%n incident&lt;/b&gt; de {scope} où {conditions}.</numerusform>
            <numerusform>&lt;b&gt;%n incidents&lt;/b&gt; de {scope} où {conditions}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incidents&lt;/b&gt; of {scope} (no filter).</source>
        <translation>
            <numerusform>&lt;b&gt;%n incident&lt;/b&gt; de {scope} (sans filtre).</numerusform>
            <numerusform>&lt;b&gt;%n incidents&lt;/b&gt; de {scope} (sans filtre).</numerusform>
        </translation>
    </message>
    <message>
        <source>; and </source>
        <comment>joins the conditions of a filter</comment>
        <translation>&#xa0;; et </translation>
    </message>
    <message numerus="yes">
        <source>Lacking a bounded date: %n incidents. {treatment}</source>
        <translation>
            <numerusform>Sans date bornée&#xa0;:&#xa0;%n incident. {treatment}</numerusform>
            <numerusform>Sans date bornée&#xa0;:&#xa0;%n incidents. {treatment}</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} Plotted by coordinates: {plotted}; without coordinates: {without}.</source>
        <translation>{what} Placés par coordonnées&#xa0;: {plotted}&#xa0;; sans coordonnées&#xa0;: {without}.</translation>
    </message>
    <message>
        <source>{what} Incidents with no victim recorded: {count}.</source>
        <translation>{what} Incidents sans victime enregistrée&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{month}: certainly in the month</source>
        <translation>{month}&#xa0;: certainement dans le mois</translation>
    </message>
    <message>
        <source>{title}: {count} — the records behind this count (press Enter or double-click to open):</source>
        <translation>{title}&#xa0;: {count} — les fiches derrière ce décompte (Entrée ou double-clic pour ouvrir)&#xa0;:</translation>
    </message>
    <message>
        <source>Person {name}</source>
        <translation>Personne {name}</translation>
    </message>
    <message>
        <source>possibly in the month: Incident: {title}</source>
        <translation>peut-être dans le mois&#xa0;: Incident&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <translation>Incident&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Show identity…</source>
        <translation>Afficher l&apos;identité…</translation>
    </message>
    <message>
        <source>Show protected identity</source>
        <translation>Afficher l&apos;identité protégée</translation>
    </message>
    <message>
        <source>Opens the person&apos;s name and contact details</source>
        <translation>Ouvre le nom et les coordonnées de la personne</translation>
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
        <translation>Incidents par coordonnées</translation>
    </message>
    <message>
        <source>No coordinates recorded</source>
        <translation>Aucune coordonnée enregistrée</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 secondes</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Verrouiller après ces minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Remember recently opened casebooks</source>
        <translation>Mémoriser les dossiers Casebook ouverts récemment</translation>
    </message>
    <message>
        <source>Off by default: the list shows where casebooks are kept to anyone who opens Casebook on this computer.</source>
        <translation>Désactivé par défaut&#xa0;: la liste montre où sont gardés les dossiers Casebook à toute personne qui ouvre Casebook sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Clear a copied identity detail after</source>
        <translation>Effacer une donnée d&apos;identité copiée après</translation>
    </message>
    <message>
        <source>Names and contacts copied from a protected identity are removed from the clipboard after this time. A clipboard manager may keep its own history.</source>
        <translation>Les noms et contacts copiés depuis une identité protégée sont retirés du presse-papiers après ce délai. Un gestionnaire de presse-papiers peut garder son propre historique.</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>{endonym} ({english})</source>
        <translation>{endonym} ({english})</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts. Only languages whose translation is complete are listed; every translation is a draft that still needs review by a native speaker.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Casebook. Seules les langues dont la traduction est complète sont listées&#xa0;; chaque traduction est provisoire et doit encore être relue par un locuteur natif.</translation>
    </message>
    <message>
        <source>Lock the casebook after</source>
        <translation>Verrouiller le dossier Casebook après</translation>
    </message>
    <message>
        <source>Clear a copied name or contact after</source>
        <translation>Effacer un nom ou un contact copié après</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Non à t&amp;out</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>States and bodies the consent covers</source>
        <translation>États et organismes couverts par le consentement</translation>
    </message>
    <message>
        <source>State or body to add</source>
        <translation>État ou organisme à ajouter</translation>
    </message>
    <message>
        <source>Type a state or body, e.g. Germany, IIMM</source>
        <translation>État ou organisme, p. ex. Allemagne, IIMM</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Choose a state or body from the list.</source>
        <translation>Choisissez un État ou un organisme dans la liste.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Not saved: {field}. The reason is shown beside it.</source>
        <translation>Non enregistré&#xa0;: {field}. La raison est affichée à côté.</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>victim</source>
        <translation>victime</translation>
    </message>
    <message>
        <source>survivor</source>
        <translation>survivant</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>témoin</translation>
    </message>
    <message>
        <source>alleged perpetrator</source>
        <translation>auteur présumé</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Survivant</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Auteur présumé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>physique</translation>
    </message>
    <message>
        <source>open source</source>
        <translation>source ouverte</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
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
        <translation>Notez votre clé de récupération</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the casebook. Write it on paper and keep it apart from this computer. {note}</source>
        <translation>Si la phrase secrète est oubliée, cette clé est le seul moyen d&apos;ouvrir le dossier Casebook. Écrivez-la sur papier et gardez-la loin de cet ordinateur. {note}</translation>
    </message>
    <message>
        <source>It is shown only now.</source>
        <translation>Elle n&apos;est affichée que maintenant.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>J&apos;ai noté la clé de récupération</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <source>Review done</source>
        <translation>Relecture faite</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <comment>quoted text</comment>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>To review: this consent also named {names}, written before Casebook used its list of states and bodies. No state or body of the list matches, so no export uses it. Add the states or bodies the witness meant below, then press Review done.</source>
        <translation>À relire&#xa0;: ce consentement nommait aussi {names}, écrit avant que Casebook n&apos;utilise sa liste d&apos;États et d&apos;organismes. Aucun État ni organisme de la liste ne correspond, donc aucune exportation ne l&apos;utilise. Ajoutez ci-dessous les États ou organismes que le témoin voulait dire, puis appuyez sur Relecture faite.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review of {reference}</source>
        <translation>Relecture de {reference}</translation>
    </message>
    <message>
        <source>New review status</source>
        <translation>Nouvel état de relecture</translation>
    </message>
    <message>
        <source>Set status (signed)</source>
        <translation>Définir l&apos;état (signé)</translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation>Passer à&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Approve and sign off</source>
        <translation>Approuver et signer</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Commentaires de relecture</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>A comment for the documenter or the supervisor…</source>
        <translation>Un commentaire pour l&apos;enquêteur ou le superviseur…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not submitted for review yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pas encore soumise à relecture.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; — set by {person}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; — défini par {person}</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>signature valide</translation>
    </message>
    <message>
        <source>SIGNATURE INVALID</source>
        <translation>SIGNATURE INVALIDE</translation>
    </message>
    <message>
        <source>the case is unchanged since</source>
        <translation>l&apos;affaire n&apos;a pas changé depuis</translation>
    </message>
    <message>
        <source>the case CHANGED after the approval; it needs a new review</source>
        <translation>l&apos;affaire a CHANGÉ après l&apos;approbation&#xa0;; elle doit être relue à nouveau</translation>
    </message>
    <message>
        <source>Signed off by {person} on {when} ({signature}; {content}).</source>
        <translation>Approuvée et signée par {person} le {when} ({signature}&#xa0;; {content}).</translation>
    </message>
    <message>
        <source>{when} {author}: {where}{status} — not counted ({why})</source>
        <translation>{when} {author}&#xa0;: {where}{status} — non compté ({why})</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Pas encore de commentaire.</translation>
    </message>
    <message>
        <source>The review status was not changed</source>
        <translation>L&apos;état de la relecture n&apos;a pas été changé</translation>
    </message>
    <message>
        <source>The comment was not added</source>
        <translation>Le commentaire n&apos;a pas été ajouté</translation>
    </message>
</context>
<context>
    <name>SavePatternDialog</name>
    <message>
        <source>Save pattern</source>
        <translation>Enregistrer la tendance</translation>
    </message>
    <message>
        <source>Title of the pattern</source>
        <translation>Titre de la tendance</translation>
    </message>
    <message>
        <source>What the pattern shows, e.g. Deportations in Maungdaw</source>
        <translation>Ce que montre la tendance, p. ex. Déportations à Maungdaw</translation>
    </message>
    <message>
        <source>Contextual element it is cited for</source>
        <translation>Élément contextuel pour lequel elle est citée</translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation>(non citée)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Cite for:</source>
        <translation>Citer pour&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Testimony passages</source>
        <translation>Passages de dépositions</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Search the casebook</source>
        <translation>Rechercher dans le dossier Casebook</translation>
    </message>
    <message>
        <source>Search testimony, evidence and incidents (any script)</source>
        <translation>Rechercher dans les dépositions, les pièces et les incidents (toute écriture)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <comment>a group of search results and its size</comment>
        <translation>{group} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Aucune correspondance.</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <source>Complainants</source>
        <translation>Plaignants</translation>
    </message>
    <message>
        <source>Counsel and signature</source>
        <translation>Conseil et signature</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Exposé des faits</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Reasons to act</source>
        <translation>Motifs d&apos;agir</translation>
    </message>
    <message>
        <source>Other jurisdictions and mechanisms</source>
        <translation>Autres juridictions et mécanismes</translation>
    </message>
    <message>
        <source>Requested investigative measures</source>
        <translation>Mesures d&apos;enquête demandées</translation>
    </message>
    <message>
        <source>Closing requests</source>
        <translation>Demandes finales</translation>
    </message>
    <message>
        <source>Who files the complaint: organisations or persons, with their standing.</source>
        <translation>Qui dépose la plainte&#xa0;: organisations ou personnes, avec leur qualité pour agir.</translation>
    </message>
    <message>
        <source>Counsel for the complainants, the address for replies, the signature block.</source>
        <translation>Le conseil des plaignants, l&apos;adresse pour les réponses, le bloc de signature.</translation>
    </message>
    <message>
        <source>What happened, in short, citing the facts: Cite… inserts a reference.</source>
        <translation>Ce qui s&apos;est passé, en bref, en citant les faits&#xa0;: Citer… insère une référence.</translation>
    </message>
    <message>
        <source>Why this forum may prosecute (for Germany: § 1 VStGB).</source>
        <translation>Pourquoi ce for peut poursuivre (pour l&apos;Allemagne&#xa0;: § 1 VStGB).</translation>
    </message>
    <message>
        <source>Why the prosecutor should act now (for Germany, the questions of § 153f StPO: suspects, victims or evidence present or expected in Germany).</source>
        <translation>Pourquoi le procureur devrait agir maintenant (pour l&apos;Allemagne, les questions du § 153f StPO&#xa0;: suspects, victimes ou preuves présents ou attendus en Allemagne).</translation>
    </message>
    <message>
        <source>Other states, courts and mechanisms already seized of the situation.</source>
        <translation>Autres États, juridictions et mécanismes déjà saisis de la situation.</translation>
    </message>
    <message>
        <source>The investigative steps requested (hearing witnesses, securing evidence, …).</source>
        <translation>Les mesures d&apos;enquête demandées (audition de témoins, conservation des preuves, …).</translation>
    </message>
    <message>
        <source>What is asked: to open proceedings, to be informed of the decision.</source>
        <translation>Ce qui est demandé&#xa0;: ouvrir une procédure, être informé de la décision.</translation>
    </message>
    <message>
        <source>The legal argument for the whole charge: crime, context, liability.</source>
        <translation>L&apos;argumentation juridique de toute la charge&#xa0;: crime, contexte, responsabilité.</translation>
    </message>
    <message>
        <source>Why this element is met, and by which material (Cite… to refer to it).</source>
        <translation>Pourquoi cet élément est réalisé, et par quel matériel (Citer… pour y renvoyer).</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déposition</translation>
    </message>
    <message>
        <source>Complaint sections — {reference}</source>
        <translation>Sections de la plainte — {reference}</translation>
    </message>
    <message>
        <source>Sections of the complaint</source>
        <translation>Sections de la plainte</translation>
    </message>
    <message>
        <source>Text of the section</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>Citer…</translation>
    </message>
    <message>
        <source>Insert a reference to a passage, exhibit, incident or person</source>
        <translation>Insérer une référence à un passage, une pièce, un incident ou une personne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save this section as a new version (Ctrl+S)</source>
        <translation>Enregistrer cette section comme nouvelle version (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Legal argument: {crime} {title}</source>
        <translation>Argumentation juridique&#xa0;: {crime} {title}</translation>
    </message>
    <message>
        <source>{section} (written)</source>
        <translation>{section} (rédigée)</translation>
    </message>
    <message>
        <source>{section} (nothing written yet)</source>
        <translation>{section} (rien de rédigé)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved, version {version}</source>
        <translation>Enregistrée, version {version}</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Rien de rédigé pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %n citation(s) name nothing of this case (hover for which)</source>
        <translation>
            <numerusform>{status} ·&#xa0;%n citation ne renvoie à rien de cette affaire (survolez pour voir laquelle)</numerusform>
            <numerusform>{status} ·&#xa0;%n citations ne renvoient à rien de cette affaire (survolez pour voir lesquelles)</numerusform>
        </translation>
    </message>
    <message>
        <source>The section was not saved</source>
        <translation>La section n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Complaint &amp;sections…</source>
        <translation>Sec&amp;tions de la plainte…</translation>
    </message>
    <message>
        <source>Write the complaint&apos;s own sections and arguments (Ctrl+Shift+A)</source>
        <translation>Rédiger les sections et arguments propres à la plainte (Ctrl+Maj+A)</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <source>Add paragraph</source>
        <translation>Ajouter un paragraphe</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>Modifier la déposition</translation>
    </message>
    <message>
        <source>Edit paragraph {n}</source>
        <translation>Modifier le paragraphe {n}</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>Retirer le paragraphe {n}</translation>
    </message>
    <message>
        <source>Move paragraph {n}</source>
        <translation>Déplacer le paragraphe {n}</translation>
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
        <translation>Dépositions et pièces, gardées dans un dossier chiffré sur cet ordinateur. Ouvrez un dossier Casebook existant, ou créez-en un.</translation>
    </message>
    <message>
        <source>&amp;Open a casebook…</source>
        <translation>&amp;Ouvrir un dossier Casebook…</translation>
    </message>
    <message>
        <source>Open a casebook folder</source>
        <translation>Ouvrir un dossier Casebook</translation>
    </message>
    <message>
        <source>&amp;Create a new casebook…</source>
        <translation>&amp;Créer un dossier Casebook…</translation>
    </message>
    <message>
        <source>Create a new casebook</source>
        <translation>Créer un dossier Casebook</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>Ouverts récemment&#xa0;:</translation>
    </message>
    <message>
        <source>Recently opened casebooks</source>
        <translation>Dossiers Casebook ouverts récemment</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>No passphrase yet</source>
        <translation>Pas encore de phrase secrète</translation>
    </message>
    <message>
        <source>Strength: {label}</source>
        <translation>Solidité&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Utilisez au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Good. Keep it somewhere only you can find it.</source>
        <translation>Bien. Gardez-la là où vous seul pouvez la trouver.</translation>
    </message>
    <message>
        <source>Several unrelated words are easy to type and hard to guess.</source>
        <translation>Plusieurs mots sans rapport sont faciles à taper et difficiles à deviner.</translation>
    </message>
</context>
<context>
    <name>SupervisorAccessDialog</name>
    <message>
        <source>A supervisor with a key slot can open this casebook folder with their own key, without your passphrase — for example to recover your work if you lose the passphrase, or to review it on this computer. Only verified supervisors can be given a slot. Remove a slot when the supervisor should no longer have that access.</source>
        <translation>Un superviseur disposant d&apos;un emplacement de clé peut ouvrir ce dossier Casebook avec sa propre clé, sans votre phrase secrète — par exemple pour récupérer votre travail si vous perdez la phrase secrète, ou pour le relire sur cet ordinateur. Seuls des superviseurs vérifiés peuvent recevoir un emplacement. Retirez l&apos;emplacement quand le superviseur ne doit plus avoir cet accès.</translation>
    </message>
    <message>
        <source>Supervisor access</source>
        <translation>Accès superviseur</translation>
    </message>
    <message>
        <source>Supervisors who can open this casebook</source>
        <translation>Superviseurs qui peuvent ouvrir ce dossier Casebook</translation>
    </message>
    <message>
        <source>Remove access…</source>
        <translation>Retirer l&apos;accès…</translation>
    </message>
    <message>
        <source>Verified supervisor</source>
        <translation>Superviseur vérifié</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>Donner l&apos;accès</translation>
    </message>
    <message>
        <source>Verified supervisor:</source>
        <translation>Superviseur vérifié&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{supervisor} — since {since}</source>
        <translation>{supervisor} — depuis le {since}</translation>
    </message>
    <message>
        <source>No supervisor can open this casebook.</source>
        <translation>Aucun superviseur ne peut ouvrir ce dossier Casebook.</translation>
    </message>
    <message>
        <source>No verified supervisor (see Exchange ▸ Identities…)</source>
        <translation>Aucun superviseur vérifié (voir Échange ▸ Identités…)</translation>
    </message>
    <message>
        <source>Access was not given</source>
        <translation>L&apos;accès n&apos;a pas été donné</translation>
    </message>
    <message>
        <source>{supervisor} can now open this casebook with their own key.</source>
        <translation>{supervisor} peut maintenant ouvrir ce dossier Casebook avec sa propre clé.</translation>
    </message>
    <message>
        <source>Remove supervisor access</source>
        <translation>Retirer l&apos;accès du superviseur</translation>
    </message>
    <message>
        <source>{supervisor}

This supervisor will no longer be able to open this casebook with their key.</source>
        <translation>{supervisor}

Ce superviseur ne pourra plus ouvrir ce dossier Casebook avec sa clé.</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>Retirer l&apos;accès</translation>
    </message>
    <message>
        <source>Access was not removed</source>
        <translation>L&apos;accès n&apos;a pas été retiré</translation>
    </message>
    <message>
        <source>The key slot was removed.</source>
        <translation>L&apos;emplacement de clé a été retiré.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>(not graded)</source>
        <translation>(non évalué)</translation>
    </message>
    <message>
        <source>Direct — proves the element itself</source>
        <translation>Direct — prouve l&apos;élément lui-même</translation>
    </message>
    <message>
        <source>Circumstantial — the element can be inferred from it</source>
        <translation>Circonstanciel — l&apos;élément peut en être déduit</translation>
    </message>
    <message>
        <source>Corroborating — confirms other material</source>
        <translation>Corroborant — confirme d&apos;autre matériel</translation>
    </message>
    <message>
        <source>Contradicting — speaks against the element</source>
        <translation>Contradictoire — va à l&apos;encontre de l&apos;élément</translation>
    </message>
    <message numerus="yes">
        <source>The tag was saved. This material now both supports and contradicts {element} (%n conflict(s)). The coverage matrix shows the element as contested until someone resolves it: check both tags and remove the one that is wrong.</source>
        <translation>
            <numerusform>L&apos;étiquette a été enregistrée. Ce matériel étaye et contredit à la fois {element} (%n conflit). La matrice de couverture affiche l&apos;élément comme contesté jusqu&apos;à ce que quelqu&apos;un tranche&#xa0;: vérifiez les deux étiquettes et retirez celle qui est fausse.</numerusform>
            <numerusform>L&apos;étiquette a été enregistrée. Ce matériel étaye et contredit à la fois {element} (%n conflits). La matrice de couverture affiche l&apos;élément comme contesté jusqu&apos;à ce que quelqu&apos;un tranche&#xa0;: vérifiez les deux étiquettes et retirez celle qui est fausse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {material}</source>
        <translation>Étiqueter {material}</translation>
    </message>
    <message>
        <source>No element chosen yet: pick a crime, then one of its elements.</source>
        <translation>Aucun élément choisi&#xa0;: choisissez un crime, puis l&apos;un de ses éléments.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Valeur probante</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Fiabilité de la source</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>Crédibilité de l&apos;information</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Auteur présumé</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(personne en particulier)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>why this material bears on the element (optional)</source>
        <translation>pourquoi ce matériel se rapporte à l&apos;élément (facultatif)</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Élément&#xa0;:</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Valeur probante&#xa0;:</translation>
    </message>
    <message>
        <source>Source reliability:</source>
        <translation>Fiabilité de la source&#xa0;:</translation>
    </message>
    <message>
        <source>Information credibility:</source>
        <translation>Crédibilité de l&apos;information&#xa0;:</translation>
    </message>
    <message>
        <source>Alleged perpetrator:</source>
        <translation>Auteur présumé&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter l&apos;étiquette</translation>
    </message>
    <message>
        <source>Choose an element of a crime first.</source>
        <translation>Choisissez d&apos;abord un élément d&apos;un crime.</translation>
    </message>
    <message>
        <source>The tag was not added</source>
        <translation>L&apos;étiquette n&apos;a pas été ajoutée</translation>
    </message>
    <message>
        <source>Material for and against</source>
        <translation>Matériel pour et contre</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags of this record</source>
        <translation>Étiquettes de cette fiche</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Tags ({count})</source>
        <translation>Étiquettes ({count})</translation>
    </message>
    <message>
        <source>Remove this tag?</source>
        <translation>Retirer cette étiquette&#xa0;?</translation>
    </message>
    <message>
        <source>{tag}

The removal is recorded in the audit log.</source>
        <translation>{tag}

Le retrait est inscrit dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>TaxonomyBrowser</name>
    <message>
        <source>Article 6 — genocide</source>
        <translation>Article 6 — crime de génocide</translation>
    </message>
    <message>
        <source>Article 7 — crimes against humanity</source>
        <translation>Article 7 — crimes contre l&apos;humanité</translation>
    </message>
    <message>
        <source>Article 8 — war crimes</source>
        <translation>Article 8 — crimes de guerre</translation>
    </message>
    <message>
        <source>Article 8 bis — aggression</source>
        <translation>Article 8 bis — crime d&apos;agression</translation>
    </message>
    <message>
        <source>IAC</source>
        <translation>CAI</translation>
    </message>
    <message>
        <source>NIAC</source>
        <translation>CANI</translation>
    </message>
    <message>
        <source>⚠ unverified</source>
        <translation>⚠ non vérifié</translation>
    </message>
    <message>
        <source>no elements yet</source>
        <translation>pas encore d&apos;éléments</translation>
    </message>
    <message>
        <source>Search crimes by words or id (rape, forcible transfer)</source>
        <translation>Rechercher des crimes par mots ou identifiant (viol, transfert forcé)</translation>
    </message>
    <message>
        <source>Search crimes</source>
        <translation>Rechercher des crimes</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Conflict type</source>
        <translation>Type de conflit</translation>
    </message>
    <message>
        <source>Any conflict type</source>
        <translation>Tout type de conflit</translation>
    </message>
    <message>
        <source>International armed conflict (IAC)</source>
        <translation>Conflit armé international (CAI)</translation>
    </message>
    <message>
        <source>Non-international armed conflict (NIAC)</source>
        <translation>Conflit armé non international (CANI)</translation>
    </message>
    <message>
        <source>Crimes by article</source>
        <translation>Crimes par article</translation>
    </message>
    <message>
        <source>Elements of the chosen crime</source>
        <translation>Éléments du crime choisi</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>Article {number}</translation>
    </message>
    <message>
        <source>Choose a crime to see its elements.</source>
        <translation>Choisissez un crime pour voir ses éléments.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}).</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}). Its text is not yet verified against the source.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; {title} ({provision}). Son texte n&apos;a pas encore été vérifié par rapport à la source.</translation>
    </message>
    <message>
        <source>{number}. {text}  [context]</source>
        <translation>{number}. {text}  [contexte]</translation>
    </message>
    <message>
        <source>{id} — contextual element, shared by every crime of this kind</source>
        <translation>{id} — élément contextuel, commun à tous les crimes de ce type</translation>
    </message>
    <message>
        <source>No elements in this taxonomy yet.</source>
        <translation>Pas encore d&apos;éléments dans cette taxonomie.</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>optional; the witness&apos;s pseudonym is used</source>
        <translation>facultatif&#xa0;; le pseudonyme du témoin est utilisé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Recueillie le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Make a correction (new version)</source>
        <translation>Faire une correction (nouvelle version)</translation>
    </message>
    <message>
        <source>Witness (pseudonym)</source>
        <translation>Témoin (pseudonyme)</translation>
    </message>
    <message>
        <source>Show identity…</source>
        <translation>Afficher l&apos;identité…</translation>
    </message>
    <message>
        <source>Show the witness&apos;s protected identity</source>
        <translation>Afficher l&apos;identité protégée du témoin</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>Témoin&#xa0;:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>Enquêteur&#xa0;:</translation>
    </message>
    <message>
        <source>Tag passage…</source>
        <translation>Étiqueter le passage…</translation>
    </message>
    <message>
        <source>Tag the paragraph you were in; select words first to tag only those</source>
        <translation>Étiqueter le paragraphe où vous étiez&#xa0;; sélectionnez d&apos;abord des mots pour n&apos;étiqueter que ceux-là</translation>
    </message>
    <message>
        <source>Versions of this statement</source>
        <translation>Versions de cette déposition</translation>
    </message>
    <message>
        <source>Seal this statement…</source>
        <translation>Sceller cette déposition…</translation>
    </message>
    <message>
        <source>Every version stays readable. Activate one to open it (read-only if sealed).</source>
        <translation>Chaque version reste lisible. Activez-en une pour l&apos;ouvrir (en lecture seule si elle est scellée).</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Déposition</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>C&amp;onsentement</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>Do&amp;cumentation</source>
        <translation>Do&amp;cumentation</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>an unknown witness</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Testimony of {witness}</source>
        <translation>Déposition de {witness}</translation>
    </message>
    <message>
        <source>{title} — version {version}</source>
        <translation>{title} — version {version}</translation>
    </message>
    <message>
        <source>This statement was sealed on {date} and cannot be changed. A correction is made as a new version; this one stays as it was.</source>
        <translation>Cette déposition a été scellée le {date} et ne peut plus être modifiée. Une correction se fait dans une nouvelle version&#xa0;; celle-ci reste telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>para. {number}</source>
        <translation>§ {number}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Converted from Zawgyi to Unicode; the original is kept ({paragraphs}).</source>
        <translation>Convertie de Zawgyi en Unicode&#xa0;; l&apos;original est conservé ({paragraphs}).</translation>
    </message>
    <message>
        <source>Version {version} · sealed · {created}</source>
        <translation>Version {version} · scellée · {created}</translation>
    </message>
    <message>
        <source>Version {version} · draft · {created}</source>
        <translation>Version {version} · brouillon · {created}</translation>
    </message>
    <message>
        <source>{line}  ← shown</source>
        <comment>the version shown now</comment>
        <translation>{line}  ← affichée</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>{pseudonym} ({roles})</source>
        <comment>a person: pseudonym and roles</comment>
        <translation>{pseudonym} ({roles})</translation>
    </message>
    <message>
        <source>Click in the paragraph to tag first (select words to tag only those).</source>
        <translation>Cliquez d&apos;abord dans le paragraphe à étiqueter (sélectionnez des mots pour n&apos;étiqueter que ceux-là).</translation>
    </message>
    <message>
        <source>para. {number}, characters {start}–{end}: “{words}”</source>
        <translation>§ {number}, caractères {start}–{end}&#xa0;: «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph {number} has %n tag(s) linking it to elements of crimes. Without their words the tags below are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them; Undo brings back the text, and the tags are in force again on it.</source>
        <translation>
            <numerusform>Le paragraphe {number} a&#xa0;%n étiquette qui le relie à des éléments de crimes. Sans ses mots, l&apos;étiquette ci-dessous est gardée, marquée à relire, et non comptée dans la matrice de couverture jusqu&apos;à ce que quelqu&apos;un la refasse ou la retire&#xa0;; Annuler rétablit le texte, et l&apos;étiquette s&apos;y applique de nouveau.</numerusform>
            <numerusform>Le paragraphe {number} a&#xa0;%n étiquettes qui le relient à des éléments de crimes. Sans leurs mots, les étiquettes ci-dessous sont gardées, marquées à relire, et non comptées dans la matrice de couverture jusqu&apos;à ce que quelqu&apos;un les refasse ou les retire&#xa0;; Annuler rétablit le texte, et les étiquettes s&apos;y appliquent de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the paragraph (%n tag(s) to review)</source>
        <translation>
            <numerusform>Retirer le paragraphe (%n étiquette à relire)</numerusform>
            <numerusform>Retirer le paragraphe (%n étiquettes à relire)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a tagged paragraph?</source>
        <translation>Retirer un paragraphe étiqueté&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Make the change (%n tag(s) to review)</source>
        <translation>
            <numerusform>Faire la modification (%n étiquette à relire)</numerusform>
            <numerusform>Faire la modification (%n étiquettes à relire)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change tagged words?</source>
        <translation>Modifier des mots étiquetés&#xa0;?</translation>
    </message>
    <message>
        <source>This change takes away or alters words that tags rest on. The tags are kept, marked for review, and not counted in the coverage matrix until someone re-tags or removes them:</source>
        <translation>Cette modification supprime ou change des mots sur lesquels reposent des étiquettes. Les étiquettes sont gardées, marquées à relire, et non comptées dans la matrice de couverture jusqu&apos;à ce que quelqu&apos;un les refasse ou les retire&#xa0;:</translation>
    </message>
    <message>
        <source>Seal this statement?</source>
        <translation>Sceller cette déposition&#xa0;?</translation>
    </message>
    <message>
        <source>A sealed statement cannot be changed; corrections become new versions. Seal it once the witness has confirmed it.</source>
        <translation>Une déposition scellée ne peut plus être modifiée&#xa0;; les corrections deviennent de nouvelles versions. Scellez-la une fois que le témoin l&apos;a confirmée.</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sceller</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>● a known day  ·  ▬ a span: the incident happened at some time within it (range, month, year or approximate date); the label says how it is known.</source>
        <translation>● un jour connu  ·  ▬ une période&#xa0;: l&apos;incident a eu lieu à un moment de celle-ci (intervalle, mois, année ou date approximative)&#xa0;; le libellé indique comment la date est connue.</translation>
    </message>
    <message>
        <source>Timeline of the incidents</source>
        <translation>Chronologie des incidents</translation>
    </message>
    <message>
        <source>Incidents without a date</source>
        <translation>Incidents sans date</translation>
    </message>
    <message>
        <source>Undated (not on the axis):</source>
        <translation>Sans date (hors de l&apos;axe)&#xa0;:</translation>
    </message>
    <message>
        <source>No incident has a date yet.</source>
        <translation>Aucun incident n&apos;a encore de date.</translation>
    </message>
    <message>
        <source>the stored date is not a calendar date</source>
        <translation>la date enregistrée n&apos;est pas une date du calendrier</translation>
    </message>
</context>
<context>
    <name>UncertainDate</name>
    <message>
        <source>On a known day</source>
        <translation>Un jour connu</translation>
    </message>
    <message>
        <source>Around a day (approximate)</source>
        <translation>Vers un jour (approximatif)</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Mois seulement</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Année seulement</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Le&#xa0;:</translation>
    </message>
    <message>
        <source>Around:</source>
        <translation>Vers le&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock casebook</source>
        <translation>Déverrouiller le dossier Casebook</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Utiliser plutôt la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Opening the casebook</source>
        <translation>Ouverture du dossier Casebook</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Unlock “{name}”</source>
        <translation>Déverrouiller «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>The casebook at {folder} is encrypted.</source>
        <translation>Le dossier Casebook situé dans {folder} est chiffré.</translation>
    </message>
    <message>
        <source>Casebook could not be opened</source>
        <translation>Impossible d&apos;ouvrir le dossier Casebook</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Casebook user guide</source>
        <translation>Guide de l&apos;utilisateur de Casebook</translation>
    </message>
    <message>
        <source>The guide is missing from this installation.</source>
        <translation>Le guide est absent de cette installation.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify {name}</source>
        <translation>Vérifier {name}</translation>
    </message>
    <message>
        <source>Call {name} or meet in person — not by the channel the identity came through. Ask them to read their fingerprint aloud and compare it with the one below, digit by digit. Then read yours to them.</source>
        <translation>Appelez {name} ou rencontrez cette personne — pas par le canal par lequel l&apos;identité est arrivée. Demandez-lui de lire son empreinte à voix haute et comparez-la avec celle ci-dessous, chiffre par chiffre. Puis lisez-lui la vôtre.</translation>
    </message>
    <message>
        <source>Fingerprint of {name} ({role}) stored here</source>
        <translation>Empreinte de {name} ({role}) enregistrée ici</translation>
    </message>
    <message>
        <source>Your fingerprint, to read to them</source>
        <translation>Votre empreinte, à lui lire</translation>
    </message>
    <message>
        <source>{name} read out exactly this fingerprint</source>
        <translation>{name} a lu exactement cette empreinte</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Marquer comme vérifiée</translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <source>records bound to the audit log</source>
        <translation>fiches liées au journal d&apos;audit</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>received audit entries</source>
        <translation>entrées de journal d&apos;audit reçues</translation>
    </message>
    <message>
        <source>review signatures</source>
        <translation>signatures de relecture</translation>
    </message>
    <message>
        <source>time-stamps</source>
        <translation>horodatages</translation>
    </message>
    <message>
        <source>evidence time-stamps</source>
        <translation>horodatages de pièces</translation>
    </message>
    <message>
        <source>stored files</source>
        <translation>fichiers stockés</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>custody signatures</source>
        <translation>signatures de possession</translation>
    </message>
    <message>
        <source>Verify the casebook</source>
        <translation>Vérifier le dossier Casebook</translation>
    </message>
    <message>
        <source>Checking every file, record and signature…</source>
        <translation>Vérification de chaque fichier, fiche et signature…</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking {what}…</source>
        <translation>Vérification&#xa0;: {what}…</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications sont réussies.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; each line below says what it is and what to do. Change nothing in the casebook folder by hand until you know.</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;; chaque ligne ci-dessous dit ce que c&apos;est et quoi faire. Ne modifiez rien à la main dans le dossier Casebook tant que vous ne savez pas.</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;; chaque ligne ci-dessous dit ce que c&apos;est et quoi faire. Ne modifiez rien à la main dans le dossier Casebook tant que vous ne savez pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {count} {what}.</source>
        <translation>Vérifié&#xa0;: {count} {what}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The change could not be saved; the casebook is unchanged. Try again; if it keeps failing, run `casebook verify` on this casebook.</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;; le dossier Casebook est inchangé. Réessayez&#xa0;; si l&apos;échec persiste, lancez `casebook verify` sur ce dossier Casebook.</translation>
    </message>
    <message>
        <source>That record is no longer in the casebook.</source>
        <translation>Cette fiche n&apos;est plus dans le dossier Casebook.</translation>
    </message>
    <message>
        <source>That passage is no longer in the casebook.</source>
        <translation>Ce passage n&apos;est plus dans le dossier Casebook.</translation>
    </message>
    <message>
        <source>That evidence item is no longer in the casebook.</source>
        <translation>Cette pièce n&apos;est plus dans le dossier Casebook.</translation>
    </message>
    <message>
        <source>This evidence item has no stored file.</source>
        <translation>Cette pièce n&apos;a pas de fichier stocké.</translation>
    </message>
    <message>
        <source>The file is too large to open here ({size} MiB; the limit is {limit} MiB). Export it to a folder of your choice instead.</source>
        <translation>Le fichier est trop volumineux pour être ouvert ici ({size} Mio&#xa0;; la limite est de {limit} Mio). Exportez-le plutôt dans un dossier de votre choix.</translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This is not the passphrase that opens this casebook now. Nothing was changed.</source>
        <translation>Ce n&apos;est pas la phrase secrète qui ouvre actuellement ce dossier Casebook. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été changé</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>Retirer le paragraphe</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>§ {n}</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>Paragraphe {n}</translation>
    </message>
    <message>
        <source>Move paragraph {n} up</source>
        <translation>Monter le paragraphe {n}</translation>
    </message>
    <message>
        <source>Move paragraph {n} down</source>
        <translation>Descendre le paragraphe {n}</translation>
    </message>
    <message>
        <source>Remove paragraph {n}</source>
        <translation>Retirer le paragraphe {n}</translation>
    </message>
</context>
</TS>
