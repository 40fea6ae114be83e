<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../app/ui/partners/page.py" line="82"/>
        <source>Search organisation, service, address, contact…</source>
        <translation>Zoek organisatie, dienst, adres, contact…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="84"/>
        <source>Search the directory</source>
        <translation>Zoeken in de gids</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="86"/>
        <source>All sectors</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="90"/>
        <source>All types</source>
        <translation>Alle types</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="94"/>
        <source>Any language</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="97"/>
        <source>Accepts people who use drugs</source>
        <translation>Neemt middelengebruikers op</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="98"/>
        <source>No waiting list</source>
        <translation>Geen wachtlijst</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="99"/>
        <source>GPs</source>
        <translation>Huisartsen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="100"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="101"/>
        <source>Service type</source>
        <translation>Soort dienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="102"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="110"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="128"/>
        <source>New partner…</source>
        <translation>Nieuwe partner…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="129"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="130"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="131"/>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="132"/>
        <source>Import HSDS…</source>
        <translation>HSDS importeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="133"/>
        <source>Export HSDS…</source>
        <translation>HSDS exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="164"/>
        <source>Partner directory</source>
        <translation>Partnerlijst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="191"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n dienst</numerusform>
            <numerusform>%n diensten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="221"/>
        <location filename="../../app/ui/partners/page.py" line="228"/>
        <source>Remove partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="222"/>
        <source>Remove %1 from the directory?</source>
        <translation>%1 uit de lijst verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="233"/>
        <source>Accepted columns: %1</source>
        <translation>Aanvaarde kolommen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="234"/>
        <source>Import partners (CSV)</source>
        <translation>Partners importeren (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="235"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="240"/>
        <source>Import a directory (Open Referral HSDS)</source>
        <translation>Een lijst importeren (Open Referral HSDS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="241"/>
        <source>HSDS JSON (*.json);;All files (*)</source>
        <translation>HSDS JSON (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="247"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="252"/>
        <source>%n partner(s) added to the directory.</source>
        <translation>
            <numerusform>%n partner toegevoegd aan de lijst.</numerusform>
            <numerusform>%n partners toegevoegd aan de lijst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="254"/>
        <source>%n already in the directory, kept as they were.</source>
        <translation>
            <numerusform>%n stond al in de lijst en bleef ongewijzigd.</numerusform>
            <numerusform>%n stonden al in de lijst en bleven ongewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="255"/>
        <location filename="../../app/ui/partners/page.py" line="261"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="266"/>
        <source>Export the directory (Open Referral HSDS)</source>
        <translation>De lijst exporteren (Open Referral HSDS)</translation>
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
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="272"/>
        <source>%n service(s) exported.</source>
        <translation>
            <numerusform>%n dienst geëxporteerd.</numerusform>
            <numerusform>%n diensten geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="275"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/partners/page.py" line="60"/>
        <location filename="../../app/ui/partners/page.py" line="64"/>
        <source>Import refused</source>
        <translation>Import geweigerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="68"/>
        <source>Nothing was imported. Fix these rows in the file, then import it again.</source>
        <translation>Er werd niets geïmporteerd. Verbeter deze regels in het bestand en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="50"/>
        <source>Edit partner</source>
        <translation>Partner bewerken</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="50"/>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="61"/>
        <source>This is a GP or a medical house (a person&apos;s GP)</source>
        <translation>Huisarts of wijkgezondheidscentrum (huisarts van een persoon)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="68"/>
        <source>fr, nl, en… — the first one is the language of letters</source>
        <translation>fr, nl, en… — de eerste is de taal van de brieven</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="70"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="75"/>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="75"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="75"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="77"/>
        <source>Requires health insurance</source>
        <translation>Vereist een ziekenfonds</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="78"/>
        <source>Requires an address</source>
        <translation>Vereist een adres</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="84"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="85"/>
        <source>Type (ESMS/DESDE)</source>
        <translation>Type (ESMS/DESDE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="86"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="64"/>
        <location filename="../../app/ui/partners/editor.py" line="88"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="89"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="90"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="91"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="92"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="93"/>
        <source>Usual waiting time</source>
        <translation>Gebruikelijke wachttijd</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="95"/>
        <source>Admission criteria</source>
        <translation>Toelatingscriteria</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="97"/>
        <source>Accepts people who use drugs</source>
        <translation>Neemt middelengebruikers op</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="99"/>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="101"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="104"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="111"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>PartnerLabels</name>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="9"/>
        <source>Residential</source>
        <translation>Residentieel</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="10"/>
        <source>Day care</source>
        <translation>Dagopvang</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="11"/>
        <source>Outpatient</source>
        <translation>Ambulant</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="12"/>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="13"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="14"/>
        <source>Self-help</source>
        <translation>Zelfhulp</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="17"/>
        <source>Mental health</source>
        <translation>Geestelijke gezondheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="18"/>
        <source>Addiction</source>
        <translation>Verslaving</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="19"/>
        <source>Social</source>
        <translation>Sociaal</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="20"/>
        <source>First line</source>
        <translation>Eerste lijn</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="21"/>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="22"/>
        <source>Justice</source>
        <translation>Justitie</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="23"/>
        <source>Employment</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="24"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="25"/>
        <source>Any GP</source>
        <translation>Elke huisarts</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="28"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="29"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="30"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="31"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="32"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="33"/>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="34"/>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="35"/>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="36"/>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="37"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="38"/>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="40"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="40"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../app/ui/partners/model.py" line="24"/>
        <source>Organisation — service</source>
        <translation>Organisatie — dienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="28"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="31"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="33"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="35"/>
        <source>Accepts drug use</source>
        <translation>Aanvaardt gebruik</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="37"/>
        <source>Usual wait</source>
        <translation>Gebruikelijke wachttijd</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="39"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="45"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/model.py" line="45"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <location filename="../../app/ui/partners/__init__.py" line="14"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
</context>
</TS>
