<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="77" />
        <source>Record a consent</source>
        <translation>Toestemming registreren</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="80" />
        <source>One partner</source>
        <translation>Eén partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="81" />
        <source>A category of recipients</source>
        <translation>Een categorie ontvangers</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="109" />
        <source>Expires on</source>
        <translation>Vervalt op</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="122" />
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="123" />
        <source>Information the person agrees to share</source>
        <translation>Informatie die de persoon wil delen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="124" />
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="125" />
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="126" />
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="76" />
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="76" />
        <source>Information shared</source>
        <translation>Gedeelde informatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="76" />
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="76" />
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="77" />
        <source>Expires</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="77" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="77" />
        <source>Recorded by</source>
        <translation>Geregistreerd door</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="81" />
        <source>Category: %1</source>
        <translation>Categorie: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../app/ui/partners/page.py" line="68" />
        <source>Search organisation, service, address, contact…</source>
        <translation>Zoek organisatie, dienst, adres, contact…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="71" />
        <source>All sectors</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="75" />
        <source>All types</source>
        <translation>Alle types</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="79" />
        <source>Any language</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="82" />
        <source>Accepts people who use drugs</source>
        <translation>Neemt middelengebruikers op</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="83" />
        <source>No waiting list</source>
        <translation>Geen wachtlijst</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="84" />
        <source>GPs</source>
        <translation>Huisartsen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="109" />
        <source>New partner…</source>
        <translation>Nieuwe partner…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="110" />
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="111" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="112" />
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="113" />
        <source>Import HSDS…</source>
        <translation>HSDS importeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="114" />
        <source>Export HSDS…</source>
        <translation>HSDS exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="145" />
        <source>Partner directory</source>
        <translation>Partnerlijst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="167" />
        <source>%n service(s)</source>
        <translation><numerusform>%n dienst</numerusform><numerusform>%n diensten</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="197" />
        <location filename="../../app/ui/partners/page.py" line="204" />
        <source>Remove partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="198" />
        <source>Remove %1 from the directory?</source>
        <translation>%1 uit de lijst verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="209" />
        <source>Accepted columns: %1</source>
        <translation>Aanvaarde kolommen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="210" />
        <source>Import partners (CSV)</source>
        <translation>Partners importeren (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="211" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="216" />
        <source>Import a directory (Open Referral HSDS)</source>
        <translation>Een lijst importeren (Open Referral HSDS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="217" />
        <source>HSDS JSON (*.json);;All files (*)</source>
        <translation>HSDS JSON (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="223" />
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="228" />
        <source>%n partner(s) added to the directory.</source>
        <translation><numerusform>%n partner toegevoegd aan de lijst.</numerusform><numerusform>%n partners toegevoegd aan de lijst.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="230" />
        <source>%n already in the directory, kept as they were.</source>
        <translation><numerusform>%n stond al in de lijst en bleef ongewijzigd.</numerusform><numerusform>%n stonden al in de lijst en bleven ongewijzigd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="231" />
        <location filename="../../app/ui/partners/page.py" line="237" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="242" />
        <source>Export the directory (Open Referral HSDS)</source>
        <translation>De lijst exporteren (Open Referral HSDS)</translation>
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
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/page.py" line="248" />
        <source>%n service(s) exported.</source>
        <translation><numerusform>%n dienst geëxporteerd.</numerusform><numerusform>%n diensten geëxporteerd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="251" />
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="337" />
        <source>Follow-up reminder</source>
        <translation>Herinnering voor opvolging</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="338" />
        <source>Remind me on</source>
        <translation>Herinner mij op</translation>
    </message>
</context>
<context>
    <name>GpLine</name>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="24" />
        <source>Choose GP from the directory…</source>
        <translation>Huisarts kiezen uit de lijst…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="25" />
        <source>New GP…</source>
        <translation>Nieuwe huisarts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="39" />
        <source>GP: not in the directory</source>
        <translation>Huisarts: niet in de lijst</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="42" />
        <source>GP: %1</source>
        <translation>Huisarts: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="51" />
        <source>Choose GP</source>
        <translation>Huisarts kiezen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="51" />
        <source>GP or medical house</source>
        <translation>Huisarts of wijkgezondheidscentrum</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/partners/page.py" line="47" />
        <source>Import refused</source>
        <translation>Import geweigerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/page.py" line="54" />
        <source>Nothing was imported. Fix these rows in the file, then import it again.</source>
        <translation>Er werd niets geïmporteerd. Verbeter deze regels in het bestand en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="47" />
        <source>Edit partner</source>
        <translation>Partner bewerken</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="47" />
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="58" />
        <source>This is a GP or a medical house (a person's GP)</source>
        <translation>Huisarts of wijkgezondheidscentrum (huisarts van een persoon)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="64" />
        <source>fr, nl, en… — the first one is the language of letters</source>
        <translation>fr, nl, en… — de eerste is de taal van de brieven</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="66" />
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="71" />
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="71" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="71" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="73" />
        <source>Requires health insurance</source>
        <translation>Vereist een ziekenfonds</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="74" />
        <source>Requires an address</source>
        <translation>Vereist een adres</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="79" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="80" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="81" />
        <source>Type (ESMS/DESDE)</source>
        <translation>Type (ESMS/DESDE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="82" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="84" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="85" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="86" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="87" />
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="88" />
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="89" />
        <source>Usual waiting time</source>
        <translation>Gebruikelijke wachttijd</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="91" />
        <source>Admission criteria</source>
        <translation>Toelatingscriteria</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="93" />
        <source>Accepts people who use drugs</source>
        <translation>Neemt middelengebruikers op</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="95" />
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="97" />
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="100" />
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/editor.py" line="115" />
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>PartnerLabels</name>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="9" />
        <source>Residential</source>
        <translation>Residentieel</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="10" />
        <source>Day care</source>
        <translation>Dagopvang</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="11" />
        <source>Outpatient</source>
        <translation>Ambulant</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="12" />
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="13" />
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="14" />
        <source>Self-help</source>
        <translation>Zelfhulp</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="17" />
        <source>Mental health</source>
        <translation>Geestelijke gezondheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="18" />
        <source>Addiction</source>
        <translation>Verslaving</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="19" />
        <source>Social</source>
        <translation>Sociaal</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="20" />
        <source>First line</source>
        <translation>Eerste lijn</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="21" />
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="22" />
        <source>Justice</source>
        <translation>Justitie</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="23" />
        <source>Employment</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="24" />
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="25" />
        <source>Any GP</source>
        <translation>Elke huisarts</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="28" />
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="29" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="30" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="31" />
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="32" />
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="33" />
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="34" />
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="35" />
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="36" />
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="37" />
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="38" />
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="40" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/labels.py" line="40" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../app/ui/partners/model.py" line="39" />
        <source>Organisation — service</source>
        <translation>Organisatie — dienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="39" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="39" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="39" />
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="40" />
        <source>Accepts drug use</source>
        <translation>Aanvaardt gebruik</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="40" />
        <source>Usual wait</source>
        <translation>Gebruikelijke wachttijd</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="40" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/partners/model.py" line="70" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/partners/model.py" line="70" />
        <source>%n day(s)</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dagen</numerusform></translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <location filename="../../app/ui/partners/__init__.py" line="14" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
</context>
<context>
    <name>PendingReferralsPage</name>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="26" />
        <source>Only the persons I accompany</source>
        <translation>Alleen de personen die ik begeleid</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="29" />
        <source>Pending referrals</source>
        <translation>Lopende doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="39" />
        <source>Double-click a row to open the person's file.</source>
        <translation>Dubbelklik op een rij om het dossier van de persoon te openen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/referrals/pending.py" line="48" />
        <source>%n referral(s) waiting</source>
        <translation><numerusform>%n doorverwijzing wacht</numerusform><numerusform>%n doorverwijzingen wachten</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/referrals/pending.py" line="49" />
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n opvolging te doen</numerusform><numerusform>%n opvolgingen te doen</numerusform></translation>
    </message>
</context>
<context>
    <name>PendingTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="115" />
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="115" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="115" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="115" />
        <source>Urgency</source>
        <translation>Dringendheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="115" />
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="116" />
        <source>Days waiting</source>
        <translation>Dagen wachten</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="116" />
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="167" />
        <source>New referral</source>
        <translation>Nieuwe doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="167" />
        <source>Edit draft referral</source>
        <translation>Ontwerp van doorverwijzing bewerken</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="182" />
        <source>Why refer anyway? (printed in the letter)</source>
        <translation>Waarom toch doorverwijzen? (komt in de brief)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="184" />
        <source>Reason to refer despite the criteria</source>
        <translation>Reden om toch door te verwijzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="194" />
        <source>The person's request, in their own words</source>
        <translation>De vraag van de persoon, in eigen woorden</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="207" />
        <source>Follow up on</source>
        <translation>Opvolgen op</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="213" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="216" />
        <source>Request (the person's words)</source>
        <translation>Vraag (woorden van de persoon)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="217" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="218" />
        <source>Life domain</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="219" />
        <source>Urgency</source>
        <translation>Dringendheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="220" />
        <source>Share with the letter</source>
        <translation>Delen met de brief</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="226" />
        <source>Sent letters default to a follow-up two weeks later.</source>
        <translation>Voor een verstuurde brief wordt standaard twee weken later een opvolging gepland.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="230" />
        <source>Save draft</source>
        <translation>Ontwerp opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="264" />
        <source>The person may not meet this partner's criteria:</source>
        <translation>De persoon voldoet mogelijk niet aan de criteria van deze partner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="282" />
        <source>Choose a partner.</source>
        <translation>Kies een partner.</translation>
    </message>
</context>
<context>
    <name>ReferralLabels</name>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="9" />
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="10" />
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="11" />
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="12" />
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="13" />
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="14" />
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="15" />
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="18" />
        <source>Routine</source>
        <translation>Gewoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="19" />
        <source>Within weeks</source>
        <translation>Binnen enkele weken</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="20" />
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="23" />
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="24" />
        <source>Expired</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="25" />
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="26" />
        <source>Not yet valid</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="29" />
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="30" />
        <source>Needs summary (CANSAS)</source>
        <translation>Samenvatting zorgbehoeften (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="31" />
        <source>Goals (care plan)</source>
        <translation>Doelen (herstelplan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="32" />
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="33" />
        <source>Functional bilan</source>
        <translation>Functioneel bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="34" />
        <source>Referral letter</source>
        <translation>Verwijsbrief</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="37" />
        <source>Oral</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="38" />
        <source>Written</source>
        <translation>Schriftelijk</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="101" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="101" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="101" />
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="101" />
        <source>Urgency</source>
        <translation>Dringendheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="101" />
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../../app/ui/referrals/__init__.py" line="17" />
        <source>Referrals &amp; consents</source>
        <translation>Doorverwijzingen en toestemmingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/__init__.py" line="23" />
        <source>Pending referrals</source>
        <translation>Lopende doorverwijzingen</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="85" />
        <source>Record consent…</source>
        <translation>Toestemming registreren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="86" />
        <source>Revoke…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="92" />
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="107" />
        <source>New referral…</source>
        <translation>Nieuwe doorverwijzing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="108" />
        <source>Edit draft…</source>
        <translation>Ontwerp bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="110" />
        <source>Change status…</source>
        <translation>Status wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="111" />
        <source>Follow-up…</source>
        <translation>Opvolging…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="113" />
        <source>Send letter</source>
        <translation>Brief versturen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="114" />
        <source>Save letter as PDF…</source>
        <translation>Brief als pdf opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="115" />
        <location filename="../../app/ui/referrals/tab.py" line="287" />
        <source>Delete draft</source>
        <translation>Ontwerp verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="126" />
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="160" />
        <source>No consent recorded: nothing can be shared with partners.</source>
        <translation>Geen toestemming geregistreerd: er kan niets met partners gedeeld worden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="162" />
        <source>No valid consent: every consent has expired or been revoked.</source>
        <translation>Geen geldige toestemming: alle toestemmingen zijn vervallen of ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="164" />
        <source>The last valid consent expires on %1.</source>
        <translation>De laatste geldige toestemming vervalt op %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="211" />
        <source>Select a referral to see its request and history.</source>
        <translation>Selecteer een doorverwijzing om de vraag en de geschiedenis te zien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="213" />
        <source>Request (the person's words):</source>
        <translation>Vraag (woorden van de persoon):</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="214" />
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="216" />
        <source>Referred despite the criteria because:</source>
        <translation>Toch doorverwezen omdat:</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="217" />
        <source>Shared: %1</source>
        <translation>Gedeeld: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="219" />
        <source>History:</source>
        <translation>Geschiedenis:</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="248" />
        <source>Revoke consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="249" />
        <source>The person withdraws this consent today. Note (optional):</source>
        <translation>De persoon trekt deze toestemming vandaag in. Opmerking (optioneel):</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="287" />
        <source>Delete this draft referral?</source>
        <translation>Dit ontwerp van doorverwijzing verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="302" />
        <location filename="../../app/ui/referrals/tab.py" line="333" />
        <source>Preparing the letter…</source>
        <translation>Brief wordt opgemaakt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="305" />
        <source>Letter produced in the partner's language and kept in the person's documents; the referral is marked sent.</source>
        <translation>Brief opgemaakt in de taal van de partner en bewaard bij de documenten van de persoon; de doorverwijzing staat op verstuurd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="311" />
        <source>Sending refused — %1</source>
        <translation>Versturen geweigerd — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="322" />
        <source>Save the letter as PDF</source>
        <translation>Brief als pdf opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="323" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="332" />
        <source>Letter saved to %1</source>
        <translation>Brief opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="300" />
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="308" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="309" />
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="310" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="311" />
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
</TS>