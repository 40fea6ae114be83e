<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ContactsChart</name>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="109"/>
        <source>Contacts per week, by mode</source>
        <translation>Contacten per week, per wijze</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="140"/>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
</context>
<context>
    <name>DashboardFeature</name>
    <message>
        <location filename="../../app/ui/dashboard/__init__.py" line="25"/>
        <location filename="../../app/ui/dashboard/__init__.py" line="55"/>
        <source>Rights of the person</source>
        <translation>Rechten van de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/__init__.py" line="26"/>
        <source>Open a person&apos;s file first.</source>
        <translation>Open eerst het dossier van een persoon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/__init__.py" line="49"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>DashboardLabels</name>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="13"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="14"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="15"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="22"/>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="23"/>
        <source>accepted</source>
        <translation>aanvaard</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/labels.py" line="24"/>
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
</context>
<context>
    <name>DashboardModels</name>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="28"/>
        <location filename="../../app/ui/dashboard/models.py" line="40"/>
        <location filename="../../app/ui/dashboard/models.py" line="58"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="29"/>
        <location filename="../../app/ui/dashboard/models.py" line="47"/>
        <location filename="../../app/ui/dashboard/models.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="31"/>
        <location filename="../../app/ui/dashboard/models.py" line="49"/>
        <source>Workers</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="41"/>
        <source>Due on</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="44"/>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="59"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="63"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/models.py" line="65"/>
        <source>Days waiting</source>
        <translation>Dagen wachten</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="76"/>
        <source>Caseload dashboard</source>
        <translation>Dashboard van de caseload</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="79"/>
        <source>My caseload</source>
        <translation>Mijn caseload</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="81"/>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="85"/>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="86"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="88"/>
        <source>Export CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="89"/>
        <source>Export Excel…</source>
        <translation>Exporteren als Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="94"/>
        <source>Pseudonymised: no names, no NISS, birth year at most</source>
        <translation>Gepseudonimiseerd: geen namen, geen INSZ, hoogstens het geboortejaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="108"/>
        <source>Active persons</source>
        <translation>Actieve personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="109"/>
        <source>With an unmet need</source>
        <translation>Met een onvervulde behoefte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="110"/>
        <source>Isolation signal</source>
        <translation>Signaal van isolement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="111"/>
        <source>Care-plan review overdue</source>
        <translation>Herziening van het plan te laat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="112"/>
        <source>With an overdue action</source>
        <translation>Met een actie te laat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="113"/>
        <source>Waiting for a referral</source>
        <translation>Wachtend op een doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="114"/>
        <source>No contact 7 days after discharge</source>
        <translation>Geen contact 7 dagen na ontslag</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="130"/>
        <location filename="../../app/ui/dashboard/page.py" line="132"/>
        <source>Pending referrals</source>
        <translation>Lopende doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="135"/>
        <source>Click a number or a bar to list the persons behind it; double-click a row to open the file.</source>
        <translation>Klik op een getal of een balk om de betrokken personen te zien; dubbelklik op een rij om het dossier te openen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="218"/>
        <location filename="../../app/ui/dashboard/page.py" line="221"/>
        <source>Computing the indicators…</source>
        <translation>Indicatoren worden berekend…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="224"/>
        <source>The indicators could not be computed.</source>
        <translation>De indicatoren konden niet worden berekend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="233"/>
        <source>of %n open file(s)</source>
        <translation>
            <numerusform>van %n open dossier</numerusform>
            <numerusform>van %n open dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="235"/>
        <source>%n assessed (latest staff CANSAS)</source>
        <translation>
            <numerusform>%n beoordeeld (laatste CANSAS hulpverlener)</numerusform>
            <numerusform>%n beoordeeld (laatste CANSAS hulpverlener)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="237"/>
        <source>of %n with a network map</source>
        <translation>
            <numerusform>van %n met een netwerkkaart</numerusform>
            <numerusform>van %n met een netwerkkaart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="240"/>
        <source>%n overdue action(s)</source>
        <translation>
            <numerusform>%n actie te laat</numerusform>
            <numerusform>%n acties te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="242"/>
        <source>%n pending referral(s)</source>
        <translation>
            <numerusform>%n lopende doorverwijzing</numerusform>
            <numerusform>%n lopende doorverwijzingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="244"/>
        <source>discharged in the last 30 days</source>
        <translation>ontslagen in de laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="251"/>
        <source>Extra domains (reported apart from the 22): %1</source>
        <translation>Extra domeinen (apart van de 22): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="254"/>
        <source>Figures on %1 · open files: %2</source>
        <translation>Cijfers op %1 · open dossiers: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="271"/>
        <source>Unmet need: %1</source>
        <translation>Onvervulde behoefte: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="291"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="291"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="292"/>
        <location filename="../../app/ui/dashboard/page.py" line="313"/>
        <location filename="../../app/ui/dashboard/page.py" line="318"/>
        <source>Export the indicators</source>
        <translation>Indicatoren exporteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="302"/>
        <source>Exporting the indicators…</source>
        <translation>Indicatoren worden geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="307"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="309"/>
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>%n regel geschreven.</numerusform>
            <numerusform>%n regels geschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/page.py" line="312"/>
        <source>%n record(s) skipped:</source>
        <translation>
            <numerusform>%n record overgeslagen:</numerusform>
            <numerusform>%n records overgeslagen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="317"/>
        <source>The export failed; no file was written.</source>
        <translation>De export is mislukt; er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>PersonRightsDialog</name>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="49"/>
        <source>Rights of the person — %1</source>
        <translation>Rechten van de persoon — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="53"/>
        <source>Access and portability</source>
        <translation>Inzage en overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="54"/>
        <source>Everything the vault holds about the person, to give them or another service of their choice. Every export is recorded in the audit trail.</source>
        <translation>Alles wat de kluis over de persoon bevat, om aan hen te geven of aan een dienst naar keuze. Elke export wordt in het auditlogboek vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="57"/>
        <source>Readable PDF…</source>
        <translation>Leesbare pdf…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="58"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="59"/>
        <source>FHIR R4 bundle…</source>
        <translation>FHIR R4-bundel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="71"/>
        <source>Erasure</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="72"/>
        <source>Erasing deletes every record and document about the person, for good. The audit trail keeps only that a file was erased.</source>
        <translation>Wissen verwijdert definitief alle gegevens en documenten over de persoon. Het auditlogboek bewaart alleen dat een dossier werd gewist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="84"/>
        <source>Type “%1” to confirm</source>
        <translation>Typ „%1” om te bevestigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="85"/>
        <source>This file is within the retention period: a supervisor must confirm.</source>
        <translation>Dit dossier valt binnen de bewaartermijn: een supervisor moet bevestigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="89"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="90"/>
        <source>Supervisor&apos;s passphrase</source>
        <translation>Wachtzin van de supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="91"/>
        <source>Erase the file</source>
        <translation>Dossier wissen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="121"/>
        <source>Save the access document</source>
        <translation>Inzagedocument opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="121"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="127"/>
        <source>Save the JSON export</source>
        <translation>JSON-export opslaan</translation>
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
        <translation>FHIR-bundel opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="138"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="142"/>
        <source>Written to %1</source>
        <translation>Geschreven naar %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/rights.py" line="145"/>
        <source>The operation failed; nothing was written.</source>
        <translation>De bewerking is mislukt; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <location filename="../../app/ui/dashboard/persons_dialog.py" line="68"/>
        <source>Filter by name…</source>
        <translation>Filteren op naam…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard/persons_dialog.py" line="70"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/persons_dialog.py" line="71"/>
        <source>Double-click a person (or press Enter) to open their file.</source>
        <translation>Dubbelklik op een persoon (of druk op Enter) om het dossier te openen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/persons_dialog.py" line="85"/>
        <source>Loading the list…</source>
        <translation>Lijst wordt geladen…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../app/ui/dashboard/tiles.py" line="42"/>
        <source>Click to list these persons</source>
        <translation>Klik om deze personen te zien</translation>
    </message>
</context>
<context>
    <name>UnmetNeedsChart</name>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="57"/>
        <source>Unmet needs per domain (22 core domains)</source>
        <translation>Onvervulde behoeften per domein (22 kerndomeinen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="60"/>
        <source>Unmet need</source>
        <translation>Onvervulde behoefte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="91"/>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
</context>
</TS>
