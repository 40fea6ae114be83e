<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../app/ui/partners/page.py" line="82"/>
        <source>Search organisation, service, address, contact…</source>
        <translation>Rechercher organisation, service, adresse, contact…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="84"/>
        <source>Search the directory</source>
        <translation>Rechercher dans le répertoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="86"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="90"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="94"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="97"/>
        <source>Accepts people who use drugs</source>
        <translation>Accueille les personnes qui consomment</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="98"/>
        <source>No waiting list</source>
        <translation>Sans liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="99"/>
        <source>GPs</source>
        <translation>Médecins généralistes</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="100"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="101"/>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="102"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="110"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="128"/>
        <source>New partner…</source>
        <translation>Nouveau partenaire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="129"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="130"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="131"/>
        <source>Import CSV…</source>
        <translation>Importer CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="132"/>
        <source>Import HSDS…</source>
        <translation>Importer HSDS…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="133"/>
        <source>Export HSDS…</source>
        <translation>Exporter HSDS…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="164"/>
        <source>Partner directory</source>
        <translation>Répertoire des partenaires</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="191"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="221"/>
        <location filename="../../app/ui/partners/page.py" line="228"/>
        <source>Remove partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="222"/>
        <source>Remove %1 from the directory?</source>
        <translation>Supprimer %1 du répertoire ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="233"/>
        <source>Accepted columns: %1</source>
        <translation>Colonnes acceptées : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="234"/>
        <source>Import partners (CSV)</source>
        <translation>Importer des partenaires (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="235"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="240"/>
        <source>Import a directory (Open Referral HSDS)</source>
        <translation>Importer un répertoire (Open Referral HSDS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="241"/>
        <source>HSDS JSON (*.json);;All files (*)</source>
        <translation>HSDS JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="247"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="252"/>
        <source>%n partner(s) added to the directory.</source>
        <translation>
            <numerusform>%n partenaire ajouté au répertoire.</numerusform>
            <numerusform>%n partenaires ajoutés au répertoire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="254"/>
        <source>%n already in the directory, kept as they were.</source>
        <translation>
            <numerusform>%n déjà présent dans le répertoire, conservé tel quel.</numerusform>
            <numerusform>%n déjà présents dans le répertoire, conservés tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="255"/>
        <location filename="../../app/ui/partners/page.py" line="261"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="266"/>
        <source>Export the directory (Open Referral HSDS)</source>
        <translation>Exporter le répertoire (Open Referral HSDS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="267"/>
        <source>HSDS JSON (*.json)</source>
        <translation>HSDS JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="272"/>
        <location filename="../../app/ui/partners/page.py" line="274"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="272"/>
        <source>%n service(s) exported.</source>
        <translation>
            <numerusform>%n service exporté.</numerusform>
            <numerusform>%n services exportés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="275"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/partners/page.py" line="60"/>
        <location filename="../../app/ui/partners/page.py" line="64"/>
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="68"/>
        <source>Nothing was imported. Fix these rows in the file, then import it again.</source>
        <translation>Rien n&apos;a été importé. Corrigez ces lignes dans le fichier, puis importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="50"/>
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="50"/>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="61"/>
        <source>This is a GP or a medical house (a person&apos;s GP)</source>
        <translation>Médecin généraliste ou maison médicale (médecin traitant d&apos;une personne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="68"/>
        <source>fr, nl, en… — the first one is the language of letters</source>
        <translation>fr, nl, en… — la première est la langue des lettres</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="70"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="75"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="75"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="75"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="77"/>
        <source>Requires health insurance</source>
        <translation>Exige une mutuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="78"/>
        <source>Requires an address</source>
        <translation>Exige une adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="84"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="85"/>
        <source>Type (ESMS/DESDE)</source>
        <translation>Type (ESMS/DESDE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="86"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="64"/>
        <location filename="../../app/ui/partners/editor.py" line="88"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="89"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="90"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="91"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="92"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="93"/>
        <source>Usual waiting time</source>
        <translation>Délai d&apos;attente habituel</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="95"/>
        <source>Admission criteria</source>
        <translation>Critères d&apos;admission</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="97"/>
        <source>Accepts people who use drugs</source>
        <translation>Accueille les personnes qui consomment</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="99"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="101"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="104"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="111"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>PartnerLabels</name>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="9"/>
        <source>Residential</source>
        <translation>Résidentiel</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="10"/>
        <source>Day care</source>
        <translation>Accueil de jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="11"/>
        <source>Outpatient</source>
        <translation>Ambulatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="12"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="13"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="14"/>
        <source>Self-help</source>
        <translation>Entraide</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="17"/>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="18"/>
        <source>Addiction</source>
        <translation>Assuétudes</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="19"/>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="20"/>
        <source>First line</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="21"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="22"/>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="23"/>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="24"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="25"/>
        <source>Any GP</source>
        <translation>Tout médecin traitant</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="28"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="29"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="30"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="31"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="32"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="33"/>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="34"/>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="35"/>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="36"/>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="37"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="38"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="40"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="40"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../app/ui/partners/model.py" line="24"/>
        <source>Organisation — service</source>
        <translation>Organisation — service</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="28"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="31"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="33"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="35"/>
        <source>Accepts drug use</source>
        <translation>Accepte la consommation</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="37"/>
        <source>Usual wait</source>
        <translation>Attente habituelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="39"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="45"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/model.py" line="45"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <location filename="../../app/ui/partners/__init__.py" line="14"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
</context>
</TS>
