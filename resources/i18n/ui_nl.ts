<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="16"/>
        <source>About Relais</source>
        <translation>Over Relais</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="19"/>
        <source>Encrypted case files for mental-health, addiction and social-care networks. Works without any network.</source>
        <translation>Versleutelde dossiers voor netwerken in de geestelijke gezondheidszorg, verslavingszorg en welzijnszorg. Werkt zonder enige netwerkverbinding.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="23"/>
        <source>Build date</source>
        <translation>Builddatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="24"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="30"/>
        <source>none (run from source)</source>
        <translation>geen (uitgevoerd vanuit de broncode)</translation>
    </message>
</context>
<context>
    <name>CreateVaultForm</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="50"/>
        <source>Welcome to Relais</source>
        <translation>Welkom bij Relais</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="51"/>
        <source>Relais keeps the files of the people you accompany in an encrypted vault on this computer. Create it once; you will open it with your passphrase.</source>
        <translation>Relais bewaart de dossiers van de mensen die u begeleidt in een versleutelde kluis op deze computer. Maak ze één keer aan; daarna opent u ze met uw wachtzin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="59"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="64"/>
        <source>Vault folder</source>
        <translation>Map van de kluis</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="67"/>
        <source>User name (to sign in)</source>
        <translation>Gebruikersnaam (om aan te melden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="69"/>
        <source>e.g. Alice Martin</source>
        <translation>bv. Alice Martin</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="70"/>
        <source>Your full name (printed on documents)</source>
        <translation>Uw volledige naam (afgedrukt op documenten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="73"/>
        <source>Several words are easier to remember and harder to guess</source>
        <translation>Meerdere woorden: makkelijker te onthouden, moeilijker te raden</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="83"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="91"/>
        <source>Confirm the passphrase</source>
        <translation>Bevestig de wachtzin</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="97"/>
        <source>Create the vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="112"/>
        <source>Choose the folder for the vault</source>
        <translation>Kies de map voor de kluis</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="122"/>
        <location filename="../../app/ui/first_run.py" line="125"/>
        <source>At least {n} characters</source>
        <translation>Minstens {n} tekens</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="122"/>
        <source>Weak: easy to guess</source>
        <translation>Zwak: makkelijk te raden</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="123"/>
        <source>Fair: add a word</source>
        <translation>Redelijk: voeg een woord toe</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="123"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="123"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="127"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="15"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="16"/>
        <source>This person&apos;s file has changes that are not saved yet.</source>
        <translation>Het dossier van deze persoon bevat wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="17"/>
        <source>Do you want to save them before leaving?</source>
        <translation>Wilt u ze opslaan voordat u verdergaat?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="18"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="19"/>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="21"/>
        <source>Stay here</source>
        <translation>Hier blijven</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="254"/>
        <source>Creating the vault…</source>
        <translation>Kluis wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/ui/help.py" line="26"/>
        <source>Next or previous field, button or list</source>
        <translation>Volgend of vorig veld, knop of lijst</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="28"/>
        <source>In the navigation on the left: choose a page</source>
        <translation>In de navigatie links: een pagina kiezen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="30"/>
        <source>In a person&apos;s file: next or previous tab</source>
        <translation>In het dossier van een persoon: volgend of vorig tabblad</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="32"/>
        <source>In the person list: open the selected person</source>
        <translation>In de personenlijst: de geselecteerde persoon openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="34"/>
        <source>In a person&apos;s file: back to the list</source>
        <translation>In het dossier van een persoon: terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="36"/>
        <source>Press the button or tick the box that has the focus</source>
        <translation>De knop indrukken of het vakje aanvinken dat de focus heeft</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="38"/>
        <source>Close a dialog without saving</source>
        <translation>Een venster sluiten zonder op te slaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="40"/>
        <source>In the CANSAS grid: rate the domain and go to the next one</source>
        <translation>In het CANSAS-rooster: het domein scoren en naar het volgende gaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="42"/>
        <source>In the CANSAS grid: clear a rating; on the network map: remove the selected member</source>
        <translation>In het CANSAS-rooster: een score wissen; op de netwerkkaart: het geselecteerde lid verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="45"/>
        <source>On the network map: zoom</source>
        <translation>Op de netwerkkaart: zoomen</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../app/ui/keyboard.py" line="40"/>
        <source>YYYY</source>
        <translation>JJJJ</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="41"/>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="42"/>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="46"/>
        <source>This date must be between {first} and {last}. Type it as {format}.</source>
        <translation>Deze datum moet tussen {first} en {last} liggen. Typ hem als {format}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="50"/>
        <source>This date cannot be after {last}. Type it as {format}.</source>
        <translation>Deze datum mag niet na {last} liggen. Typ hem als {format}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="54"/>
        <source>This date cannot be before {first}. Type it as {format}.</source>
        <translation>Deze datum mag niet voor {first} liggen. Typ hem als {format}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="57"/>
        <source>Not a date. Type it as {format}.</source>
        <translation>Dit is geen datum. Typ hem als {format}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Register a new person</source>
        <translation>Een nieuwe persoon registreren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113"/>
        <source>Find a person by name, alias, NISS or birth year</source>
        <translation>Een persoon zoeken op naam, roepnaam, INSZ of geboortejaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Language, auto-lock, document defaults</source>
        <translation>Taal, automatische vergrendeling, standaardgegevens voor documenten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Hide everything and lock the vault now</source>
        <translation>Alles verbergen en de kluis nu vergrendelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>The keys that work everywhere in Relais</source>
        <translation>De toetsen die overal in Relais werken</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>&amp;About Relais</source>
        <translation>&amp;Over Relais</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="216"/>
        <source>This vault is older</source>
        <translation>Deze kluis is ouder</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>Changes that could not be saved (a field was not valid) were discarded when Relais locked.</source>
        <translation>Wijzigingen die niet konden worden opgeslagen (een veld was niet geldig), zijn bij het vergrendelen van Relais verworpen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Your changes were saved before locking.</source>
        <translation>Uw wijzigingen zijn opgeslagen vóór het vergrendelen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>Relais locked itself after {minutes} minutes without activity.</source>
        <translation>Relais is vergrendeld na {minutes} minuten zonder activiteit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Relais locked itself because the computer went to sleep.</source>
        <translation>Relais is vergrendeld omdat de computer in slaapstand ging.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Relais locked itself because the screen was locked.</source>
        <translation>Relais is vergrendeld omdat het scherm werd vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>You locked Relais.</source>
        <translation>U hebt Relais vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <source>Vault: {path}</source>
        <translation>Kluis: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378"/>
        <source>New vault</source>
        <translation>Nieuwe kluis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382"/>
        <source>{user} · {role}</source>
        <translation>{user} · {role}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/persons/__init__.py" line="20"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/__init__.py" line="23"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="26"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="29"/>
        <source>A name or an alias is enough to start; everything else can be added later.</source>
        <translation>Een naam of roepnaam volstaat om te beginnen; de rest kan later worden aangevuld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="37"/>
        <source>e.g. 1984 or 12/03/1984</source>
        <translation>bv. 1984 of 12/03/1984</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="38"/>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="39"/>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="40"/>
        <source>Alias or usual name</source>
        <translation>Roepnaam of gebruikelijke naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="41"/>
        <source>Birth date or year</source>
        <translation>Geboortedatum of -jaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="44"/>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="91"/>
        <source>This may be {person}: open that file instead?</source>
        <translation>Dit is misschien {person}: liever dat dossier openen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="93"/>
        <source>Open that file</source>
        <translation>Dat dossier openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/new_person.py" line="102"/>
        <source>Create anyway</source>
        <translation>Toch aanmaken</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="65"/>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="65"/>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="66"/>
        <source>Alias or usual name</source>
        <translation>Roepnaam of gebruikelijke naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="66"/>
        <source>Birth date or year</source>
        <translation>Geboortedatum of -jaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="67"/>
        <source>NISS</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="67"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="67"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="68"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="68"/>
        <source>Health insurance fund</source>
        <translation>Ziekenfonds</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="69"/>
        <source>General practitioner</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="69"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="70"/>
        <source>Usual whereabouts</source>
        <translation>Gebruikelijke verblijfplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="71"/>
        <source>Other ways to reach the person</source>
        <translation>Andere manieren om de persoon te bereiken</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="72"/>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="72"/>
        <source>Insurance</source>
        <translation>Verzekering</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="75"/>
        <source>e.g. 1984 or 12/03/1984</source>
        <translation>bv. 1984 of 12/03/1984</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="75"/>
        <source>Leave empty when unknown</source>
        <translation>Leeg laten indien onbekend</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="76"/>
        <source>e.g. fr, ar</source>
        <translation>bv. nl, ar</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="77"/>
        <source>Where the person can usually be found</source>
        <translation>Waar de persoon meestal te vinden is</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="123"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="125"/>
        <source>Contact and housing</source>
        <translation>Contact en huisvesting</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="127"/>
        <source>Insurance and care</source>
        <translation>Verzekering en zorg</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="141"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="144"/>
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="196"/>
        <source>Last changed {when}</source>
        <translation>Laatst gewijzigd op {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/overview.py" line="248"/>
        <location filename="../../app/ui/persons/overview.py" line="260"/>
        <source>Some fields need attention.</source>
        <translation>Sommige velden moeten worden verbeterd.</translation>
    </message>
</context>
<context>
    <name>PersonFile</name>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="53"/>
        <source>← Persons</source>
        <translation>← Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="54"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Terug naar de lijst (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="111"/>
        <source>{age} years</source>
        <translation>{age} jaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="111"/>
        <source>age unknown</source>
        <translation>leeftijd onbekend</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="126"/>
        <source>Flag: {flag}</source>
        <translation>Signaal: {flag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/person_file.py" line="129"/>
        <source>Open the tab “{tab}”</source>
        <translation>Het tabblad ‘{tab}’ openen</translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="12"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="13"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="14"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="20"/>
        <location filename="../../app/ui/persons/labels.py" line="33"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="21"/>
        <source>Own home</source>
        <translation>Eigen woning</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="22"/>
        <source>Rented home</source>
        <translation>Huurwoning</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="23"/>
        <source>With family or friends</source>
        <translation>Bij familie of vrienden</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="24"/>
        <source>Supported housing</source>
        <translation>Begeleid wonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="25"/>
        <source>Shelter</source>
        <translation>Opvangtehuis, nachtopvang</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="26"/>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="27"/>
        <location filename="../../app/ui/persons/labels.py" line="43"/>
        <source>No fixed address</source>
        <translation>Geen vaste verblijfplaats</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="34"/>
        <source>Health insurance fund</source>
        <translation>Ziekenfonds</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="35"/>
        <source>Health insurance fund, increased allowance (BIM)</source>
        <translation>Ziekenfonds, verhoogde tegemoetkoming</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="36"/>
        <source>No health insurance</source>
        <translation>Geen ziekenfonds</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="42"/>
        <source>No NISS</source>
        <translation>Geen INSZ</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="44"/>
        <source>No insurance</source>
        <translation>Geen ziekenfonds</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="45"/>
        <source>Consent missing</source>
        <translation>Toestemming ontbreekt</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="46"/>
        <source>Consent expired</source>
        <translation>Toestemming verlopen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="47"/>
        <source>Consent revoked</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="48"/>
        <source>Consent expires soon</source>
        <translation>Toestemming verloopt binnenkort</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="49"/>
        <source>Care-plan review overdue</source>
        <translation>Herziening herstelplan te laat</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="50"/>
        <source>Actions overdue</source>
        <translation>Acties te laat</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="51"/>
        <source>In hospital or residential stay</source>
        <translation>In ziekenhuis- of residentieel verblijf</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/labels.py" line="52"/>
        <source>Discharged: review the care plan</source>
        <translation>Ontslagen: plan herbekijken</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../app/ui/persons/list_model.py" line="45"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/list_model.py" line="46"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/list_model.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/list_model.py" line="49"/>
        <source>Assigned worker</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/list_model.py" line="50"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../app/ui/persons/page.py" line="65"/>
        <source>Search by name, alias, NISS or birth year (Ctrl+F)</source>
        <translation>Zoeken op naam, roepnaam, INSZ of geboortejaar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="67"/>
        <source>Search persons</source>
        <translation>Personen zoeken</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="69"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="73"/>
        <source>Show persons with status</source>
        <translation>Personen tonen met status</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="74"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="76"/>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Een nieuwe persoon registreren (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="86"/>
        <location filename="../../app/ui/persons/page.py" line="108"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="86"/>
        <source>Enter opens the selected person&apos;s file</source>
        <translation>Enter opent het dossier van de geselecteerde persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="186"/>
        <source>Person erased</source>
        <translation>Persoon gewist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/persons/page.py" line="234"/>
        <source>{shown} of %n person(s)</source>
        <translation>
            <numerusform>{shown} van %n persoon</numerusform>
            <numerusform>{shown} van %n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/persons/page.py" line="242"/>
        <source>%n more in other statuses</source>
        <translation>
            <numerusform>nog %n met een andere status</numerusform>
            <numerusform>nog %n met een andere status</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="236"/>
        <source>No person registered yet. Start with “New person” (Ctrl+N): a name or an alias is enough.</source>
        <translation>Nog geen personen geregistreerd. Begin met „Nieuwe persoon” (Ctrl+N): een naam of roepnaam volstaat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/persons/page.py" line="239"/>
        <source>Nobody matches. Check the spelling, try part of the name, the birth year, or all statuses.</source>
        <translation>Niemand gevonden. Controleer de spelling, probeer een deel van de naam, het geboortejaar of alle statussen.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="155"/>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="156"/>
        <source>If a passphrase is ever lost, this key is the only way back into the vault. It is shown only now: print the recovery sheet or write the key down, and keep it locked away, apart from this computer.</source>
        <translation>Als een wachtzin ooit verloren raakt, is deze sleutel de enige weg terug naar de kluis. Ze wordt alleen nu getoond: druk het herstelblad af of schrijf de sleutel op, en bewaar ze achter slot, los van deze computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="164"/>
        <source>Recovery sheet:</source>
        <translation>Herstelblad:</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="165"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="167"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="173"/>
        <source>The sheet holds the key, the vault location and what to do with it; no personal data.</source>
        <translation>Het blad bevat de sleutel, de locatie van de kluis en wat u ermee moet doen; geen persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="175"/>
        <source>I have stored the recovery key safely</source>
        <translation>Ik heb de herstelsleutel veilig opgeborgen</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="177"/>
        <source>Continue to Relais</source>
        <translation>Verder naar Relais</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="200"/>
        <source>Save the recovery sheet on a USB stick you keep locked away, not on this laptop</source>
        <translation>Bewaar het herstelblad op een USB-stick die u achter slot houdt, niet op deze laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="209"/>
        <source>Save the recovery sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="210"/>
        <source>The sheet could not be saved: {reason}</source>
        <translation>Het blad kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="213"/>
        <source>Relais recovery sheet</source>
        <translation>Relais-herstelblad</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="412"/>
        <source>case manager</source>
        <translation>casemanager</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="413"/>
        <source>peer worker</source>
        <translation>ervaringsdeskundige</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="414"/>
        <source>supervisor</source>
        <translation>coördinator</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="49"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="60"/>
        <source>After {n} minutes without activity</source>
        <translation>Na {n} minuten zonder activiteit</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="61"/>
        <source>After 1 minute without activity</source>
        <translation>Na 1 minuut zonder activiteit</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64"/>
        <source>Lock automatically</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="72"/>
        <source>Vault opened at start</source>
        <translation>Kluis bij het opstarten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="75"/>
        <source>Document defaults (your letterhead)</source>
        <translation>Standaardgegevens voor documenten (uw briefhoofd)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="77"/>
        <source>Printed as the sender on letters and bilans. Kept in the vault, for your user only.</source>
        <translation>Afgedrukt als afzender op brieven en bilans. Bewaard in de kluis, alleen voor uw gebruiker.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="80"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="80"/>
        <source>Your function</source>
        <translation>Uw functie</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="81"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="82"/>
        <source>Place (before the date of a letter)</source>
        <translation>Plaats (vóór de datum van een brief)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <source>Signature block</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="95"/>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="99"/>
        <source>Your profession</source>
        <translation>Uw beroep</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="101"/>
        <source>Visa number, or INAMI-RIZIV number for a physician</source>
        <translation>Visumnummer, of RIZIV-nummer voor een arts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="103"/>
        <source>Registration</source>
        <translation>Registratie (visum, RIZIV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="106"/>
        <source>Unlock the vault to edit your document defaults.</source>
        <translation>Ontgrendel de kluis om uw briefhoofd te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="123"/>
        <source>Set for the whole service by a supervisor</source>
        <translation>Voor de hele dienst ingesteld door een supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="129"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="136"/>
        <source>Choose the vault folder</source>
        <translation>Kies de map van de kluis</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/shell.py" line="68"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="68"/>
        <source>The pages of Relais; Up and Down choose one</source>
        <translation>De pagina&apos;s van Relais; Omhoog en Omlaag kiezen er een</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="63"/>
        <location filename="../../app/ui/help.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="65"/>
        <source>Everything in Relais can be done with the keyboard. Toolbar buttons show their shortcut in their tooltip.</source>
        <translation>Alles in Relais kan met het toetsenbord. De knoppen van de werkbalk tonen hun sneltoets in hun tooltip.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="70"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="70"/>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../app/ui/forms.py" line="139"/>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="49"/>
        <source>The operation failed; nothing more was changed. The details are in the log.</source>
        <translation>De bewerking is mislukt; er is verder niets gewijzigd. De details staan in het logboek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="57"/>
        <source>Operation failed</source>
        <translation>Bewerking mislukt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks.py" line="132"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="51"/>
        <location filename="../../app/ui/unlock.py" line="87"/>
        <source>Open the vault</source>
        <translation>De kluis openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="60"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="62"/>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="67"/>
        <location filename="../../app/ui/unlock.py" line="149"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="87"/>
        <source>Relais is locked</source>
        <translation>Relais is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="90"/>
        <source>Vault: {path}</source>
        <translation>Kluis: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="115"/>
        <source>Opening the vault…</source>
        <translation>Kluis wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="147"/>
        <source>Unlock ({seconds} s)</source>
        <translation>Ontgrendelen ({seconds} s)</translation>
    </message>
</context>
</TS>
