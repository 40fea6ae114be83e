<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="77" />
        <source>Record a consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="80" />
        <source>One partner</source>
        <translation>Un partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="81" />
        <source>A category of recipients</source>
        <translation>Une catégorie de destinataires</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="109" />
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="122" />
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="123" />
        <source>Information the person agrees to share</source>
        <translation>Informations que la personne accepte de partager</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="124" />
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="125" />
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="126" />
        <source>Form</source>
        <translation>Forme</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="76" />
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="76" />
        <source>Information shared</source>
        <translation>Informations partagées</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="76" />
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="76" />
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="77" />
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="77" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="77" />
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="81" />
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../app/ui/partners/page.py" line="68" />
        <source>Search organisation, service, address, contact…</source>
        <translation>Rechercher organisation, service, adresse, contact…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="71" />
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="75" />
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="79" />
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="82" />
        <source>Accepts people who use drugs</source>
        <translation>Accueille les personnes qui consomment</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="83" />
        <source>No waiting list</source>
        <translation>Sans liste d'attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="84" />
        <source>GPs</source>
        <translation>Médecins généralistes</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="109" />
        <source>New partner…</source>
        <translation>Nouveau partenaire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="110" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="111" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="112" />
        <source>Import CSV…</source>
        <translation>Importer CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="113" />
        <source>Import HSDS…</source>
        <translation>Importer HSDS…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="114" />
        <source>Export HSDS…</source>
        <translation>Exporter HSDS…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="145" />
        <source>Partner directory</source>
        <translation>Répertoire des partenaires</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="167" />
        <source>%n service(s)</source>
        <translation><numerusform>%n service</numerusform><numerusform>%n services</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="197" />
        <location filename="../../app/ui/partners/page.py" line="204" />
        <source>Remove partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="198" />
        <source>Remove %1 from the directory?</source>
        <translation>Supprimer %1 du répertoire ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="209" />
        <source>Accepted columns: %1</source>
        <translation>Colonnes acceptées : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="210" />
        <source>Import partners (CSV)</source>
        <translation>Importer des partenaires (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="211" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="216" />
        <source>Import a directory (Open Referral HSDS)</source>
        <translation>Importer un répertoire (Open Referral HSDS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="217" />
        <source>HSDS JSON (*.json);;All files (*)</source>
        <translation>HSDS JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="223" />
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="228" />
        <source>%n partner(s) added to the directory.</source>
        <translation><numerusform>%n partenaire ajouté au répertoire.</numerusform><numerusform>%n partenaires ajoutés au répertoire.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="230" />
        <source>%n already in the directory, kept as they were.</source>
        <translation><numerusform>%n déjà présent dans le répertoire, conservé tel quel.</numerusform><numerusform>%n déjà présents dans le répertoire, conservés tels quels.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="231" />
        <location filename="../../app/ui/partners/page.py" line="237" />
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="242" />
        <source>Export the directory (Open Referral HSDS)</source>
        <translation>Exporter le répertoire (Open Referral HSDS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="243" />
        <source>HSDS JSON (*.json)</source>
        <translation>HSDS JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="248" />
        <location filename="../../app/ui/partners/page.py" line="250" />
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="248" />
        <source>%n service(s) exported.</source>
        <translation><numerusform>%n service exporté.</numerusform><numerusform>%n services exportés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="251" />
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="337" />
        <source>Follow-up reminder</source>
        <translation>Rappel de suivi</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="338" />
        <source>Remind me on</source>
        <translation>Me le rappeler le</translation>
    </message>
</context>
<context>
    <name>GpLine</name>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="24" />
        <source>Choose GP from the directory…</source>
        <translation>Choisir le médecin traitant dans le répertoire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="25" />
        <source>New GP…</source>
        <translation>Nouveau médecin traitant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="39" />
        <source>GP: not in the directory</source>
        <translation>Médecin traitant : pas dans le répertoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="42" />
        <source>GP: %1</source>
        <translation>Médecin traitant : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="51" />
        <source>Choose GP</source>
        <translation>Choisir le médecin traitant</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="51" />
        <source>GP or medical house</source>
        <translation>Médecin généraliste ou maison médicale</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/partners/page.py" line="47" />
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="54" />
        <source>Nothing was imported. Fix these rows in the file, then import it again.</source>
        <translation>Rien n'a été importé. Corrigez ces lignes dans le fichier, puis importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="47" />
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="47" />
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="58" />
        <source>This is a GP or a medical house (a person's GP)</source>
        <translation>Médecin généraliste ou maison médicale (médecin traitant d'une personne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="64" />
        <source>fr, nl, en… — the first one is the language of letters</source>
        <translation>fr, nl, en… — la première est la langue des lettres</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="66" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="71" />
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="71" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="71" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="73" />
        <source>Requires health insurance</source>
        <translation>Exige une mutuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="74" />
        <source>Requires an address</source>
        <translation>Exige une adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="79" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="80" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="81" />
        <source>Type (ESMS/DESDE)</source>
        <translation>Type (ESMS/DESDE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="82" />
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="84" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="85" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="86" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="87" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="88" />
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="89" />
        <source>Usual waiting time</source>
        <translation>Délai d'attente habituel</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="91" />
        <source>Admission criteria</source>
        <translation>Critères d'admission</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="93" />
        <source>Accepts people who use drugs</source>
        <translation>Accueille les personnes qui consomment</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="95" />
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="97" />
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="100" />
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="115" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>PartnerLabels</name>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="9" />
        <source>Residential</source>
        <translation>Résidentiel</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="10" />
        <source>Day care</source>
        <translation>Accueil de jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="11" />
        <source>Outpatient</source>
        <translation>Ambulatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="12" />
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="13" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="14" />
        <source>Self-help</source>
        <translation>Entraide</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="17" />
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="18" />
        <source>Addiction</source>
        <translation>Assuétudes</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="19" />
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="20" />
        <source>First line</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="21" />
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="22" />
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="23" />
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="24" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="25" />
        <source>Any GP</source>
        <translation>Tout médecin traitant</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="28" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="29" />
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="30" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="31" />
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="32" />
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="33" />
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="34" />
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="35" />
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="36" />
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="37" />
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="38" />
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="40" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="40" />
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../app/ui/partners/model.py" line="39" />
        <source>Organisation — service</source>
        <translation>Organisation — service</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="39" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="39" />
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="39" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="40" />
        <source>Accepts drug use</source>
        <translation>Accepte la consommation</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="40" />
        <source>Usual wait</source>
        <translation>Attente habituelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="40" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="70" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/model.py" line="70" />
        <source>%n day(s)</source>
        <translation><numerusform>%n jour</numerusform><numerusform>%n jours</numerusform></translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <location filename="../../app/ui/partners/__init__.py" line="14" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
</context>
<context>
    <name>PendingReferralsPage</name>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="26" />
        <source>Only the persons I accompany</source>
        <translation>Seulement les personnes que j'accompagne</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="29" />
        <source>Pending referrals</source>
        <translation>Orientations en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="39" />
        <source>Double-click a row to open the person's file.</source>
        <translation>Double-cliquez sur une ligne pour ouvrir le dossier de la personne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/referrals/pending.py" line="48" />
        <source>%n referral(s) waiting</source>
        <translation><numerusform>%n orientation en attente</numerusform><numerusform>%n orientations en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/referrals/pending.py" line="49" />
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n suivi à faire</numerusform><numerusform>%n suivis à faire</numerusform></translation>
    </message>
</context>
<context>
    <name>PendingTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="115" />
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="115" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="115" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="115" />
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="115" />
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="116" />
        <source>Days waiting</source>
        <translation>Jours d'attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="116" />
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="167" />
        <source>New referral</source>
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="167" />
        <source>Edit draft referral</source>
        <translation>Modifier le brouillon d'orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="182" />
        <source>Why refer anyway? (printed in the letter)</source>
        <translation>Pourquoi orienter malgré tout ? (imprimé dans la lettre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="184" />
        <source>Reason to refer despite the criteria</source>
        <translation>Raison d'orienter malgré les critères</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="194" />
        <source>The person's request, in their own words</source>
        <translation>La demande de la personne, dans ses mots</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="207" />
        <source>Follow up on</source>
        <translation>Suivi le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="213" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="216" />
        <source>Request (the person's words)</source>
        <translation>Demande (mots de la personne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="217" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="218" />
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="219" />
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="220" />
        <source>Share with the letter</source>
        <translation>Partager avec la lettre</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="226" />
        <source>Sent letters default to a follow-up two weeks later.</source>
        <translation>Une lettre envoyée prévoit par défaut un suivi deux semaines plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="230" />
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="264" />
        <source>The person may not meet this partner's criteria:</source>
        <translation>La personne pourrait ne pas répondre aux critères de ce partenaire :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="282" />
        <source>Choose a partner.</source>
        <translation>Choisissez un partenaire.</translation>
    </message>
</context>
<context>
    <name>ReferralLabels</name>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="9" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="10" />
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="11" />
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="12" />
        <source>Waiting list</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="13" />
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="14" />
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="15" />
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="18" />
        <source>Routine</source>
        <translation>Habituelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="19" />
        <source>Within weeks</source>
        <translation>Sous quelques semaines</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="20" />
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="23" />
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="24" />
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="25" />
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="26" />
        <source>Not yet valid</source>
        <translation>Pas encore valide</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="29" />
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="30" />
        <source>Needs summary (CANSAS)</source>
        <translation>Résumé des besoins (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="31" />
        <source>Goals (care plan)</source>
        <translation>Objectifs (plan de rétablissement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="32" />
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="33" />
        <source>Functional bilan</source>
        <translation>Bilan fonctionnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="34" />
        <source>Referral letter</source>
        <translation>Lettre d'orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="37" />
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="38" />
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="101" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="101" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="101" />
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="101" />
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="101" />
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../../app/ui/referrals/__init__.py" line="17" />
        <source>Referrals &amp; consents</source>
        <translation>Orientations et consentements</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/__init__.py" line="23" />
        <source>Pending referrals</source>
        <translation>Orientations en attente</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="85" />
        <source>Record consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="86" />
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="92" />
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="107" />
        <source>New referral…</source>
        <translation>Nouvelle orientation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="108" />
        <source>Edit draft…</source>
        <translation>Modifier le brouillon…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="110" />
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="111" />
        <source>Follow-up…</source>
        <translation>Suivi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="113" />
        <source>Send letter</source>
        <translation>Envoyer la lettre</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="114" />
        <source>Save letter as PDF…</source>
        <translation>Enregistrer la lettre en PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="115" />
        <location filename="../../app/ui/referrals/tab.py" line="287" />
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="126" />
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="160" />
        <source>No consent recorded: nothing can be shared with partners.</source>
        <translation>Aucun consentement enregistré : rien ne peut être partagé avec les partenaires.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="162" />
        <source>No valid consent: every consent has expired or been revoked.</source>
        <translation>Aucun consentement valide : tous ont expiré ou ont été révoqués.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="164" />
        <source>The last valid consent expires on %1.</source>
        <translation>Le dernier consentement valide expire le %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="211" />
        <source>Select a referral to see its request and history.</source>
        <translation>Sélectionnez une orientation pour voir la demande et l'historique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="213" />
        <source>Request (the person's words):</source>
        <translation>Demande (mots de la personne) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="214" />
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="216" />
        <source>Referred despite the criteria because:</source>
        <translation>Orientée malgré les critères parce que :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="217" />
        <source>Shared: %1</source>
        <translation>Partagé : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="219" />
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="248" />
        <source>Revoke consent</source>
        <translation>Révoquer le consentement</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="249" />
        <source>The person withdraws this consent today. Note (optional):</source>
        <translation>La personne retire ce consentement aujourd'hui. Remarque (facultatif) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="287" />
        <source>Delete this draft referral?</source>
        <translation>Supprimer ce brouillon d'orientation ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="302" />
        <location filename="../../app/ui/referrals/tab.py" line="333" />
        <source>Preparing the letter…</source>
        <translation>Préparation de la lettre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="305" />
        <source>Letter produced in the partner's language and kept in the person's documents; the referral is marked sent.</source>
        <translation>Lettre établie dans la langue du partenaire et conservée dans les documents de la personne ; l'orientation est marquée envoyée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="311" />
        <source>Sending refused — %1</source>
        <translation>Envoi refusé — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="322" />
        <source>Save the letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="323" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="332" />
        <source>Letter saved to %1</source>
        <translation>Lettre enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="300" />
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="308" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="309" />
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="310" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="311" />
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
</TS>