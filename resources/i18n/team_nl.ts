<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="120"/>
        <location filename="../../app/ui/team/dialogs.py" line="133"/>
        <source>One-time code</source>
        <translation>Eenmalige code</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="122"/>
        <source>The invitation is saved in {path}. Give the file and this code by two different channels (for example the file by e-mail, the code by phone). The code is shown only now; it works for 72 hours and 5 attempts.</source>
        <translation>De uitnodiging is bewaard in {path}. Geef het bestand en deze code via twee verschillende kanalen (bijvoorbeeld het bestand per e-mail, de code per telefoon). De code wordt alleen nu getoond; hij geldt 72 uur en 5 pogingen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="137"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
</context>
<context>
    <name>CreateTeamDialog</name>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="37"/>
        <source>Create a team</source>
        <translation>Een team aanmaken</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="38"/>
        <source>Paste the hub address (the enrolment DSN) that your organisation&apos;s IT gave you after `hub init`. The team&apos;s keys are made on this computer and stay in this vault; the hub only ever sees encrypted data.</source>
        <translation>Plak het adres van de hub (de inschrijvings-DSN) dat de IT van uw organisatie u na `hub init` gaf. De sleutels van het team worden op deze computer gemaakt en blijven in deze kluis; de hub ziet alleen versleutelde gegevens.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="44"/>
        <location filename="../../app/ui/team/dialogs.py" line="45"/>
        <source>Hub address</source>
        <translation>Adres van de hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="47"/>
        <source>Team name</source>
        <translation>Naam van het team</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="48"/>
        <source>Team name (kept on this computer)</source>
        <translation>Naam van het team (blijft op deze computer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="52"/>
        <source>Paste the hub address first.</source>
        <translation>Plak eerst het adres van de hub.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="55"/>
        <source>Creating the team on the hub…</source>
        <translation>Het team wordt op de hub aangemaakt…</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="71"/>
        <source>Invite a member</source>
        <translation>Een lid uitnodigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="73"/>
        <location filename="../../app/ui/team/dialogs.py" line="74"/>
        <source>Member&apos;s name</source>
        <translation>Naam van het lid</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="76"/>
        <location filename="../../app/ui/team/dialogs.py" line="80"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="77"/>
        <source>Case manager</source>
        <translation>Casemanager</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="77"/>
        <source>Peer worker</source>
        <translation>Ervaringsdeskundige</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="78"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="82"/>
        <location filename="../../app/ui/team/dialogs.py" line="91"/>
        <source>Invitation file</source>
        <translation>Uitnodigingsbestand</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="83"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="95"/>
        <source>Save the invitation</source>
        <translation>Uitnodiging bewaren</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="96"/>
        <source>Relais invitations (*.relaisinvite)</source>
        <translation>Relais-uitnodigingen (*.relaisinvite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="102"/>
        <source>Give the member&apos;s name.</source>
        <translation>Geef de naam van het lid.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="104"/>
        <source>Choose where to save the invitation file.</source>
        <translation>Kies waar het uitnodigingsbestand bewaard wordt.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="149"/>
        <source>Join a team</source>
        <translation>Bij een team aansluiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="151"/>
        <location filename="../../app/ui/team/dialogs.py" line="160"/>
        <source>Invitation file</source>
        <translation>Uitnodigingsbestand</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="152"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="162"/>
        <location filename="../../app/ui/team/dialogs.py" line="164"/>
        <source>One-time code</source>
        <translation>Eenmalige code</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="168"/>
        <source>Open the invitation</source>
        <translation>Uitnodiging openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="169"/>
        <source>Relais invitations (*.relaisinvite);;All files (*)</source>
        <translation>Relais-uitnodigingen (*.relaisinvite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="175"/>
        <source>Choose the invitation file.</source>
        <translation>Kies het uitnodigingsbestand.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="176"/>
        <source>Type the one-time code.</source>
        <translation>Typ de eenmalige code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="179"/>
        <source>Joining the team: receiving and checking the team&apos;s records…</source>
        <translation>Aansluiten bij het team: de dossiers van het team worden ontvangen en gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/team/page.py" line="47"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="49"/>
        <source>Create a team…</source>
        <translation>Team aanmaken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="51"/>
        <source>Invite a member…</source>
        <translation>Lid uitnodigen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="53"/>
        <source>Join a team…</source>
        <translation>Bij een team aansluiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="61"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="61"/>
        <source> (this computer)</source>
        <translation> (deze computer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="63"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="65"/>
        <source>Team members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="68"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="69"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="70"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="71"/>
        <source>Value that stands</source>
        <translation>Geldende waarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="72"/>
        <source>The other value</source>
        <translation>De andere waarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="74"/>
        <location filename="../../app/ui/team/page.py" line="91"/>
        <source>Conflicts to review</source>
        <translation>Conflicten na te kijken</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="75"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="76"/>
        <source>Keep the value that stands; the conflict is closed</source>
        <translation>De geldende waarde behouden; het conflict wordt gesloten</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="78"/>
        <source>Restore the other</source>
        <translation>De andere terugzetten</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="79"/>
        <source>Put the other value back: an ordinary change, sent to the team</source>
        <translation>De andere waarde terugzetten: een gewone wijziging, naar het team gestuurd</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="89"/>
        <source>Members verified by this computer</source>
        <translation>Leden die deze computer controleerde</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="107"/>
        <source>This vault works on its own. A team shares files across laptops through a hub that stores only encrypted data: create a team (supervisor) or join one with an invitation.</source>
        <translation>Deze kluis werkt op zichzelf. Een team deelt dossiers tussen laptops via een hub die alleen versleutelde gegevens bewaart: maak een team aan (supervisor) of sluit aan met een uitnodiging.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="113"/>
        <source>This computer belongs to the team as {role}. {waiting} change(s) waiting, {conflicts} conflict(s) to review.</source>
        <translation>Deze computer hoort bij het team als {role}. Wachtende wijzigingen: {waiting}; na te kijken conflicten: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="172"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="173"/>
        <source>case manager</source>
        <translation>casemanager</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="174"/>
        <source>peer worker</source>
        <translation>ervaringsdeskundige</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="178"/>
        <source>changed by two people</source>
        <translation>door twee mensen gewijzigd</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="179"/>
        <source>possible duplicate (same NISS)</source>
        <translation>mogelijk dubbel (zelfde INSZ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="180"/>
        <source>status changed meanwhile</source>
        <translation>status intussen gewijzigd</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="181"/>
        <source>versions renumbered</source>
        <translation>versies hernummerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="182"/>
        <source>added under a deleted record</source>
        <translation>toegevoegd onder een verwijderd record</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="183"/>
        <source>changed after it was deleted</source>
        <translation>gewijzigd nadat het verwijderd was</translation>
    </message>
</context>
<context>
    <name>TeamPages</name>
    <message>
        <location filename="../../app/ui/team/__init__.py" line="38"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/__init__.py" line="41"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message>
        <location filename="../../app/ui/team/status_label.py" line="22"/>
        <source>Team sync status</source>
        <translation>Status van de teamsynchronisatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/status_label.py" line="35"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/status_label.py" line="37"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/team/status_label.py" line="39"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/team/status_label.py" line="41"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict na te kijken</numerusform>
            <numerusform>%n conflicten na te kijken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/team/status_label.py" line="43"/>
        <source>In step with the team</source>
        <translation>In de pas met het team</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/status_label.py" line="45"/>
        <source>Click to see the team and the conflicts to review</source>
        <translation>Klik om het team en de na te kijken conflicten te zien</translation>
    </message>
</context>
</TS>
