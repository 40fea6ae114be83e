<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="71"/>
        <source>Add a user</source>
        <translation>Een gebruiker toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="78"/>
        <source>User name (to sign in)</source>
        <translation>Gebruikersnaam (om aan te melden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="79"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="80"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="81"/>
        <source>Initial passphrase</source>
        <translation>Eerste wachtzin</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="82"/>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtzin</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="86"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>AdminPages</name>
    <message>
        <location filename="../../app/ui/admin/__init__.py" line="25"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/__init__.py" line="28"/>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="59"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="65"/>
        <location filename="../../app/ui/admin/audit_page.py" line="76"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="65"/>
        <location filename="../../app/ui/admin/audit_page.py" line="75"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="66"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="66"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="73"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="74"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="77"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="79"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="85"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="112"/>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="115"/>
        <source>%1 (all)</source>
        <translation>%1 (alle)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="118"/>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="140"/>
        <source>Checking the audit trail…</source>
        <translation>Audittrail controleren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="144"/>
        <source>Audit chain intact: %1 events, none edited, removed or reordered.</source>
        <translation>Auditketen intact: %1 gebeurtenissen, geen enkele gewijzigd, verwijderd of herschikt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="149"/>
        <source>Audit chain BROKEN: %1 problem(s), first at event(s) %2. Keep this vault as it is and restore a backup to compare.</source>
        <translation>Auditketen GEBROKEN: %1 probleem/problemen, eerst bij gebeurtenis(sen) %2. Laat deze kluis zoals ze is en herstel een back-up om te vergelijken.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="105"/>
        <source>Reset a passphrase</source>
        <translation>Een wachtzin opnieuw instellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="106"/>
        <source>A new passphrase for %1. The vault&apos;s recovery key (on the printed recovery sheet) authorises the reset.</source>
        <translation>Een nieuwe wachtzin voor %1. De herstelsleutel van de kluis (op het afgedrukte herstelblad) staat het opnieuw instellen toe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="113"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="114"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="115"/>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtzin</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="120"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>ServiceProfileDialog</name>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="18"/>
        <source>Service profile</source>
        <translation>Profiel van de dienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="19"/>
        <source>The sender of every letter, bilan and plan this vault produces, for every user. Each user adds their own name, profession and registration in Settings.</source>
        <translation>De afzender van elke brief, elk bilan en elk plan die deze kluis maakt, voor elke gebruiker. Elke gebruiker voegt zijn eigen naam, beroep en registratie toe in de Instellingen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="25"/>
        <source>e.g. Service de santé mentale Le Pont</source>
        <translation>bv. Centrum Geestelijke Gezondheidszorg De Brug</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="26"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="30"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="32"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="34"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="36"/>
        <source>e.g. Bruxelles</source>
        <translation>bv. Brussel</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="37"/>
        <source>Place (before the date of a letter)</source>
        <translation>Plaats (vóór de datum van een brief)</translation>
    </message>
</context>
<context>
    <name>UserRoles</name>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="35"/>
        <source>Peer worker</source>
        <translation>Ervaringsdeskundige</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="36"/>
        <source>Case manager</source>
        <translation>Casemanager</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="37"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="139"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="140"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="141"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="143"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="143"/>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="144"/>
        <source>Can sign in</source>
        <translation>Kan aanmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="145"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="145"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="162"/>
        <source>Add a user…</source>
        <translation>Gebruiker toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="163"/>
        <location filename="../../app/ui/admin/users_page.py" line="206"/>
        <source>Disable</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="164"/>
        <source>Reset passphrase…</source>
        <translation>Wachtzin opnieuw instellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="165"/>
        <source>Change the vault key…</source>
        <translation>Kluissleutel wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="166"/>
        <source>Service profile…</source>
        <translation>Profiel van de dienst…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="167"/>
        <source>The organisation every document names as its sender</source>
        <translation>De organisatie die elk document als afzender vermeldt</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="169"/>
        <source>Users of this vault</source>
        <translation>Gebruikers van deze kluis</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="175"/>
        <source>Everyone listed here opens the same encrypted vault. Roles are enforced by Relais, not by the encryption: someone with a peer worker&apos;s passphrase and some programming skill can read every record, bilans included. Give an account only to people you would trust with all of it. Disabling a user or resetting a passphrase changes the vault key, so their old passphrase no longer opens this vault (it still opens backups made before).</source>
        <translation>Iedereen in deze lijst opent dezelfde versleutelde kluis. Rollen worden door Relais afgedwongen, niet door de versleuteling: met de wachtzin van een ervaringsdeskundige en wat programmeerkennis kan men elk dossier lezen, bilans inbegrepen. Geef alleen een account aan mensen aan wie u alles zou toevertrouwen. Een gebruiker uitschakelen of een wachtzin opnieuw instellen wijzigt de kluissleutel: de oude wachtzin opent deze kluis niet meer (wel nog de back-ups van daarvoor).</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="206"/>
        <source>Enable</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="222"/>
        <source>Disable a user</source>
        <translation>Een gebruiker uitschakelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="223"/>
        <source>Disable %1? Their key is removed: they can no longer open the vault until a passphrase is reset.</source>
        <translation>%1 uitschakelen? De sleutel wordt verwijderd: deze persoon kan de kluis niet meer openen tot de wachtzin opnieuw is ingesteld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="151"/>
        <location filename="../../app/ui/admin/users_page.py" line="235"/>
        <location filename="../../app/ui/admin/users_page.py" line="241"/>
        <location filename="../../app/ui/admin/users_page.py" line="254"/>
        <location filename="../../app/ui/admin/users_page.py" line="256"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="241"/>
        <source>The new passphrase is set.</source>
        <translation>De nieuwe wachtzin is ingesteld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="245"/>
        <source>Change the vault key</source>
        <translation>Kluissleutel wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="246"/>
        <source>Re-encrypt the vault under a new key? Earlier passphrases, and the keys in backups made before now, will no longer open this vault. Current passphrases keep working. Use it when a passphrase or a copy of the vault folder may have leaked.</source>
        <translation>De kluis opnieuw versleutelen met een nieuwe sleutel? Vroegere wachtzinnen en de sleutels in back-ups van voor nu openen deze kluis dan niet meer. De huidige wachtzinnen blijven werken. Gebruik dit wanneer een wachtzin of een kopie van de kluismap uitgelekt kan zijn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="256"/>
        <source>The vault key was changed.</source>
        <translation>De kluissleutel is gewijzigd.</translation>
    </message>
</context>
</TS>
