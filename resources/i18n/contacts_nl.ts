<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="58"/>
        <source>New multidisciplinary consultation</source>
        <translation>Nieuw multidisciplinair overleg</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="63"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="68"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="69"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="71"/>
        <location filename="../../app/ui/contacts/consultations.py" line="90"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="72"/>
        <source>At least three participants besides the person, two of them care providers</source>
        <translation>Minstens drie deelnemers naast de persoon, van wie twee zorgverleners</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="73"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="73"/>
        <source>Role or profession</source>
        <translation>Rol of beroep</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="74"/>
        <source>Care provider</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="83"/>
        <source>Add a participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="91"/>
        <source>The person took part</source>
        <translation>De persoon nam deel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="95"/>
        <location filename="../../app/ui/contacts/consultations.py" line="96"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="147"/>
        <source>Press OK again to record it anyway.</source>
        <translation>Druk nogmaals op OK om het toch te registreren.</translation>
    </message>
</context>
<context>
    <name>ConsultationsBox</name>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="161"/>
        <location filename="../../app/ui/contacts/consultations.py" line="182"/>
        <source>Multidisciplinary consultations</source>
        <translation>Multidisciplinair overleg</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="166"/>
        <source>New consultation</source>
        <translation>Nieuw overleg</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="170"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="171"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="173"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="178"/>
        <source>The person</source>
        <translation>De persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="179"/>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="179"/>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="207"/>
        <source>%1 of %2 minutes over the last 12 months</source>
        <translation>%1 van %2 minuten in de laatste 12 maanden</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="15"/>
        <source>Face to face</source>
        <translation>Face-to-face</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="16"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="17"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="18"/>
        <source>Street outreach</source>
        <translation>Straathoekwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="19"/>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="20"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="57"/>
        <source>Within the limit</source>
        <translation>Binnen de limiet</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="58"/>
        <source>Limit near</source>
        <translation>Limiet dichtbij</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="59"/>
        <source>Limit reached</source>
        <translation>Limiet bereikt</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="60"/>
        <source>Limit exceeded</source>
        <translation>Limiet overschreden</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="61"/>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
</context>
<context>
    <name>ContactNotice</name>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="30"/>
        <source>Contact recorded for %1</source>
        <translation>Contact geregistreerd voor %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="31"/>
        <source>Contact recorded</source>
        <translation>Contact geregistreerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="32"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="33"/>
        <source>Remove the contact just recorded</source>
        <translation>Het zonet geregistreerde contact verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="37"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="56"/>
        <source>Contact removed</source>
        <translation>Contact verwijderd</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="23"/>
        <source>Anonymous: %1</source>
        <translation>Anoniem: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="30"/>
        <source>(private note of another worker)</source>
        <translation>(privénotitie van een andere hulpverlener)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="32"/>
        <source>[private] </source>
        <translation>[privé] </translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="43"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="46"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="48"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="50"/>
        <source>Mode</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="51"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="52"/>
        <source>Topics</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="53"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="54"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="55"/>
        <source>Worker</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="59"/>
        <source>Convention session</source>
        <translation>Conventiesessie</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="60"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ContactsFeature</name>
    <message>
        <location filename="../../app/ui/contacts/__init__.py" line="40"/>
        <source>Quick contact</source>
        <translation>Snel contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/__init__.py" line="43"/>
        <location filename="../../app/ui/contacts/__init__.py" line="46"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="47"/>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="47"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="47"/>
        <source>Last 3 months</source>
        <translation>Laatste 3 maanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="48"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="48"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="53"/>
        <source>All modes</source>
        <translation>Alle wijzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="57"/>
        <location filename="../../app/ui/contacts/page.py" line="59"/>
        <source>Place contains…</source>
        <translation>Plaats bevat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="61"/>
        <source>My contacts</source>
        <translation>Mijn contacten</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="62"/>
        <source>Everyone&apos;s</source>
        <translation>Van iedereen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="66"/>
        <source>Anonymous only</source>
        <translation>Enkel anoniem</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="67"/>
        <source>New contact (Ctrl+K)</source>
        <translation>Nieuw contact (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="68"/>
        <source>Link to a person…</source>
        <translation>Koppelen aan een persoon…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="70"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="74"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="74"/>
        <source>Mode</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="75"/>
        <source>Worker</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="96"/>
        <source>Week of</source>
        <translation>Week van</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="91"/>
        <location filename="../../app/ui/contacts/page.py" line="98"/>
        <location filename="../../app/ui/contacts/page.py" line="185"/>
        <location filename="../../app/ui/contacts/page.py" line="219"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="100"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="102"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="109"/>
        <source>Contacts by week</source>
        <translation>Contacten per week</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="118"/>
        <source>Contacts per week</source>
        <translation>Contacten per week</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="166"/>
        <source>Loading contacts…</source>
        <translation>Contacten laden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="175"/>
        <source>%1 contacts, %2 anonymous, %3 hours</source>
        <translation>%1 contacten, waarvan %2 anoniem, %3 uur</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="179"/>
        <source>(the latest %1 are listed)</source>
        <translation>(de laatste %1 staan in de lijst)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="211"/>
        <source>Delete a contact</source>
        <translation>Een contact verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="212"/>
        <source>Delete the contact of %1 with %2? This cannot be undone.</source>
        <translation>Het contact van %1 met %2 verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>LinkEncounterDialog</name>
    <message>
        <location filename="../../app/ui/contacts/link_dialog.py" line="19"/>
        <source>Link to a person</source>
        <translation>Koppelen aan een persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/link_dialog.py" line="21"/>
        <source>Encounter: %1. Its description stays in the history.</source>
        <translation>Ontmoeting: %1. De beschrijving blijft in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/link_dialog.py" line="27"/>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/link_dialog.py" line="32"/>
        <source>Choose the person first.</source>
        <translation>Kies eerst de persoon.</translation>
    </message>
</context>
<context>
    <name>PersonContactsTab</name>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="47"/>
        <source>New contact (Ctrl+K)</source>
        <translation>Nieuw contact (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="54"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="55"/>
        <source>Setting</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="56"/>
        <source>Age group</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="57"/>
        <source>Sessions (12 months)</source>
        <translation>Sessies (12 maanden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="60"/>
        <source>A session frees up on</source>
        <translation>Een sessie komt vrij op</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="64"/>
        <source>Reimbursed sessions</source>
        <translation>Terugbetaalde sessies</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="70"/>
        <source>Convention sessions over the last 12 months</source>
        <translation>Conventiesessies in de laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="76"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="104"/>
        <source>%1 contacts, %2 hours in all</source>
        <translation>%1 contacten, %2 uur in totaal</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="116"/>
        <source>No convention session in the last 12 months.</source>
        <translation>Geen conventiesessie in de laatste 12 maanden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="121"/>
        <source>%1: %2 of %3 sessions used. %4.</source>
        <translation>%1: %2 van %3 sessies gebruikt. %4.</translation>
    </message>
</context>
<context>
    <name>PersonMatchModel</name>
    <message>
        <location filename="../../app/ui/contacts/person_picker.py" line="21"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_picker.py" line="26"/>
        <source>file closed</source>
        <translation>dossier afgesloten</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../app/ui/contacts/person_picker.py" line="41"/>
        <source>Type a name, alias, NISS or birth year</source>
        <translation>Typ een naam, alias, INSZ of geboortejaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_picker.py" line="43"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
</context>
<context>
    <name>QuickContactDialog</name>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="59"/>
        <location filename="../../app/ui/contacts/quick_entry.py" line="100"/>
        <source>Quick contact</source>
        <translation>Snel contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="60"/>
        <source>This contact is not saved yet.</source>
        <translation>Dit contact is nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="62"/>
        <source>Save it</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="64"/>
        <source>Discard it</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="66"/>
        <source>Keep writing</source>
        <translation>Verder invullen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="103"/>
        <source>Anonymous encounter, not registered (Alt+A)</source>
        <translation>Anonieme ontmoeting, niet ingeschreven (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="106"/>
        <source>A few words to recognise them again</source>
        <translation>Enkele woorden om de persoon te herkennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="108"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="116"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="135"/>
        <source>Type to jump to a domain, Space to tick it</source>
        <translation>Typ om naar een domein te springen, Spatie om het aan te vinken</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="139"/>
        <source>&amp;Private note (only I can read it)</source>
        <translation>Pri&amp;vénotitie (alleen ik kan ze lezen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="140"/>
        <source>&amp;Follow-up needed</source>
        <translation>Opvol&amp;ging nodig</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="144"/>
        <source>&amp;Who</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="147"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="150"/>
        <source>Nic&amp;kname</source>
        <translation>B&amp;ijnaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="156"/>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="160"/>
        <source>W&amp;hen</source>
        <translation>Wa&amp;nneer</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="163"/>
        <source>&amp;Mode</source>
        <translation>Wij&amp;ze</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="164"/>
        <source>P&amp;lace</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="165"/>
        <source>&amp;Topics</source>
        <translation>&amp;Thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="166"/>
        <source>&amp;Note</source>
        <translation>N&amp;otitie</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="184"/>
        <location filename="../../app/ui/contacts/quick_entry.py" line="317"/>
        <location filename="../../app/ui/contacts/quick_entry.py" line="322"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="250"/>
        <source>Convention session (psychological care)</source>
        <translation>Conventiesessie (psychologische zorg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="252"/>
        <source>Not a convention session</source>
        <translation>Geen conventiesessie</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="371"/>
        <source>Save anyway (Ctrl+Enter)</source>
        <translation>Toch opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="374"/>
        <source>an anonymous person</source>
        <translation>een anonieme persoon</translation>
    </message>
</context>
</TS>
