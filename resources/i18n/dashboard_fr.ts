<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ContactsChart</name>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="109"/>
        <source>Contacts per week, by mode</source>
        <translation>Contacts par semaine, par mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="140"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
</context>
<context>
    <name>DashboardFeature</name>
    <message>
        <location filename="../../app/ui/dashboard/__init__.py" line="25"/>
        <location filename="../../app/ui/dashboard/__init__.py" line="55"/>
        <source>Rights of the person</source>
        <translation>Droits de la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/__init__.py" line="26"/>
        <source>Open a person&apos;s file first.</source>
        <translation>Ouvrez d&apos;abord le dossier d&apos;une personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/__init__.py" line="49"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>DashboardLabels</name>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="13"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="14"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="15"/>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="22"/>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="23"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="24"/>
        <source>waiting list</source>
        <translation>liste d&apos;attente</translation>
    </message>
</context>
<context>
    <name>DashboardModels</name>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="28"/>
        <location filename="../../app/ui/dashboard/models.py" line="40"/>
        <location filename="../../app/ui/dashboard/models.py" line="58"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="29"/>
        <location filename="../../app/ui/dashboard/models.py" line="47"/>
        <location filename="../../app/ui/dashboard/models.py" line="61"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="31"/>
        <location filename="../../app/ui/dashboard/models.py" line="49"/>
        <source>Workers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="41"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="44"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="59"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="63"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="65"/>
        <source>Days waiting</source>
        <translation>Jours d&apos;attente</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="76"/>
        <source>Caseload dashboard</source>
        <translation>Tableau de bord des suivis</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="79"/>
        <source>My caseload</source>
        <translation>Mes suivis</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="81"/>
        <source>Whole team</source>
        <translation>Toute l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="85"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="86"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="88"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="89"/>
        <source>Export Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="94"/>
        <source>Pseudonymised: no names, no NISS, birth year at most</source>
        <translation>Pseudonymisé : sans noms, sans NISS, au plus l&apos;année de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="108"/>
        <source>Active persons</source>
        <translation>Personnes actives</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="109"/>
        <source>With an unmet need</source>
        <translation>Avec un besoin non satisfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="110"/>
        <source>Isolation signal</source>
        <translation>Signal d&apos;isolement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="111"/>
        <source>Care-plan review overdue</source>
        <translation>Révision du plan en retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="112"/>
        <source>With an overdue action</source>
        <translation>Avec une action en retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="113"/>
        <source>Waiting for a referral</source>
        <translation>En attente d&apos;une orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="114"/>
        <source>No contact 7 days after discharge</source>
        <translation>Sans contact 7 jours après la sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="130"/>
        <location filename="../../app/ui/dashboard/page.py" line="132"/>
        <source>Pending referrals</source>
        <translation>Orientations en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="135"/>
        <source>Click a number or a bar to list the persons behind it; double-click a row to open the file.</source>
        <translation>Cliquez sur un nombre ou une barre pour voir les personnes concernées ; double-cliquez sur une ligne pour ouvrir le dossier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="218"/>
        <location filename="../../app/ui/dashboard/page.py" line="221"/>
        <source>Computing the indicators…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="224"/>
        <source>The indicators could not be computed.</source>
        <translation>Les indicateurs n&apos;ont pas pu être calculés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="233"/>
        <source>of %n open file(s)</source>
        <translation>
            <numerusform>sur %n dossier ouvert</numerusform>
            <numerusform>sur %n dossiers ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="235"/>
        <source>%n assessed (latest staff CANSAS)</source>
        <translation>
            <numerusform>%n évaluée (dernier CANSAS intervenant)</numerusform>
            <numerusform>%n évaluées (dernier CANSAS intervenant)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="237"/>
        <source>of %n with a network map</source>
        <translation>
            <numerusform>sur %n avec une carte du réseau</numerusform>
            <numerusform>sur %n avec une carte du réseau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="240"/>
        <source>%n overdue action(s)</source>
        <translation>
            <numerusform>%n action en retard</numerusform>
            <numerusform>%n actions en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="242"/>
        <source>%n pending referral(s)</source>
        <translation>
            <numerusform>%n orientation en attente</numerusform>
            <numerusform>%n orientations en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="244"/>
        <source>discharged in the last 30 days</source>
        <translation>sorties des 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="251"/>
        <source>Extra domains (reported apart from the 22): %1</source>
        <translation>Domaines supplémentaires (hors des 22) : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="254"/>
        <source>Figures on %1 · open files: %2</source>
        <translation>Chiffres au %1 · dossiers ouverts : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="271"/>
        <source>Unmet need: %1</source>
        <translation>Besoin non satisfait : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="291"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="291"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="292"/>
        <location filename="../../app/ui/dashboard/page.py" line="313"/>
        <location filename="../../app/ui/dashboard/page.py" line="318"/>
        <source>Export the indicators</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="302"/>
        <source>Exporting the indicators…</source>
        <translation>Export des indicateurs…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="307"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="309"/>
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>%n ligne écrite.</numerusform>
            <numerusform>%n lignes écrites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="312"/>
        <source>%n record(s) skipped:</source>
        <translation>
            <numerusform>%n enregistrement ignoré :</numerusform>
            <numerusform>%n enregistrements ignorés :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="317"/>
        <source>The export failed; no file was written.</source>
        <translation>L&apos;export a échoué ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>PersonRightsDialog</name>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="49"/>
        <source>Rights of the person — %1</source>
        <translation>Droits de la personne — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="53"/>
        <source>Access and portability</source>
        <translation>Accès et portabilité</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="54"/>
        <source>Everything the vault holds about the person, to give them or another service of their choice. Every export is recorded in the audit trail.</source>
        <translation>Tout ce que le coffre contient sur la personne, à lui remettre ou à transmettre au service de son choix. Chaque export est inscrit dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="57"/>
        <source>Readable PDF…</source>
        <translation>PDF lisible…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="58"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="59"/>
        <source>FHIR R4 bundle…</source>
        <translation>Bundle FHIR R4…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="71"/>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="72"/>
        <source>Erasing deletes every record and document about the person, for good. The audit trail keeps only that a file was erased.</source>
        <translation>L&apos;effacement supprime définitivement toutes les données et tous les documents sur la personne. Le journal d&apos;audit garde seulement qu&apos;un dossier a été effacé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="84"/>
        <source>Type “%1” to confirm</source>
        <translation>Tapez « %1 » pour confirmer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="85"/>
        <source>This file is within the retention period: a supervisor must confirm.</source>
        <translation>Ce dossier est dans la période de conservation : un superviseur doit confirmer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="89"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="90"/>
        <source>Supervisor&apos;s passphrase</source>
        <translation>Phrase de passe du superviseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="91"/>
        <source>Erase the file</source>
        <translation>Effacer le dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="121"/>
        <source>Save the access document</source>
        <translation>Enregistrer le document d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="121"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="127"/>
        <source>Save the JSON export</source>
        <translation>Enregistrer l&apos;export JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="127"/>
        <location filename="../../app/ui/dashboard/rights.py" line="132"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="132"/>
        <source>Save the FHIR bundle</source>
        <translation>Enregistrer le bundle FHIR</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="138"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="142"/>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="145"/>
        <source>The operation failed; nothing was written.</source>
        <translation>L&apos;opération a échoué ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <location filename="../../app/ui/dashboard/persons_dialog.py" line="68"/>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/persons_dialog.py" line="70"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/persons_dialog.py" line="71"/>
        <source>Double-click a person (or press Enter) to open their file.</source>
        <translation>Double-cliquez sur une personne (ou appuyez sur Entrée) pour ouvrir son dossier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/persons_dialog.py" line="85"/>
        <source>Loading the list…</source>
        <translation>Chargement de la liste…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="42"/>
        <source>Click to list these persons</source>
        <translation>Cliquez pour voir ces personnes</translation>
    </message>
</context>
<context>
    <name>UnmetNeedsChart</name>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="57"/>
        <source>Unmet needs per domain (22 core domains)</source>
        <translation>Besoins non satisfaits par domaine (22 domaines de base)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="60"/>
        <source>Unmet need</source>
        <translation>Besoin non satisfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="91"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
</context>
</TS>
