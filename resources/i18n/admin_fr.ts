<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="71"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="78"/>
        <source>User name (to sign in)</source>
        <translation>Nom d&apos;utilisateur (pour se connecter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="79"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="80"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="81"/>
        <source>Initial passphrase</source>
        <translation>Phrase de passe initiale</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="82"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="86"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>AdminPages</name>
    <message>
        <location filename="../../app/ui/admin/__init__.py" line="25"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/__init__.py" line="28"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="59"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="65"/>
        <location filename="../../app/ui/admin/audit_page.py" line="76"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="65"/>
        <location filename="../../app/ui/admin/audit_page.py" line="75"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="66"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="66"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="73"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="74"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="77"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="79"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="85"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="112"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="115"/>
        <source>%1 (all)</source>
        <translation>%1 (toutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="118"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="140"/>
        <source>Checking the audit trail…</source>
        <translation>Vérification du journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="144"/>
        <source>Audit chain intact: %1 events, none edited, removed or reordered.</source>
        <translation>Chaîne d&apos;audit intacte : %1 événements, aucun modifié, supprimé ou réordonné.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_page.py" line="149"/>
        <source>Audit chain BROKEN: %1 problem(s), first at event(s) %2. Keep this vault as it is and restore a backup to compare.</source>
        <translation>Chaîne d&apos;audit ROMPUE : %1 problème(s), d&apos;abord à l&apos;événement ou aux événements %2. Gardez ce coffre tel quel et restaurez une sauvegarde pour comparer.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="105"/>
        <source>Reset a passphrase</source>
        <translation>Réinitialiser une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="106"/>
        <source>A new passphrase for %1. The vault&apos;s recovery key (on the printed recovery sheet) authorises the reset.</source>
        <translation>Une nouvelle phrase de passe pour %1. La clé de récupération du coffre (sur la fiche de récupération imprimée) autorise la réinitialisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="113"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="114"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="115"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="120"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>ServiceProfileDialog</name>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="18"/>
        <source>Service profile</source>
        <translation>Profil du service</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="19"/>
        <source>The sender of every letter, bilan and plan this vault produces, for every user. Each user adds their own name, profession and registration in Settings.</source>
        <translation>L&apos;expéditeur de chaque lettre, bilan et plan produit par ce coffre, pour chaque utilisateur. Chacun ajoute ses propres nom, profession et enregistrement dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="25"/>
        <source>e.g. Service de santé mentale Le Pont</source>
        <translation>p. ex. Service de santé mentale Le Pont</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="26"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="30"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="32"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="34"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="36"/>
        <source>e.g. Bruxelles</source>
        <translation>p. ex. Bruxelles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/service_profile.py" line="37"/>
        <source>Place (before the date of a letter)</source>
        <translation>Lieu (avant la date d&apos;une lettre)</translation>
    </message>
</context>
<context>
    <name>UserRoles</name>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="35"/>
        <source>Peer worker</source>
        <translation>Pair-aidant·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="36"/>
        <source>Case manager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="37"/>
        <source>Supervisor</source>
        <translation>Superviseur·e</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="139"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="140"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="141"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="142"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="143"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="143"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="144"/>
        <source>Can sign in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="145"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="145"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="162"/>
        <source>Add a user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="163"/>
        <location filename="../../app/ui/admin/users_page.py" line="206"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="164"/>
        <source>Reset passphrase…</source>
        <translation>Réinitialiser la phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="165"/>
        <source>Change the vault key…</source>
        <translation>Changer la clé du coffre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="166"/>
        <source>Service profile…</source>
        <translation>Profil du service…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="167"/>
        <source>The organisation every document names as its sender</source>
        <translation>L&apos;organisation que chaque document nomme comme expéditeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="169"/>
        <source>Users of this vault</source>
        <translation>Utilisateurs de ce coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="175"/>
        <source>Everyone listed here opens the same encrypted vault. Roles are enforced by Relais, not by the encryption: someone with a peer worker&apos;s passphrase and some programming skill can read every record, bilans included. Give an account only to people you would trust with all of it. Disabling a user or resetting a passphrase changes the vault key, so their old passphrase no longer opens this vault (it still opens backups made before).</source>
        <translation>Toutes les personnes listées ici ouvrent le même coffre chiffré. Les rôles sont appliqués par Relais, pas par le chiffrement : avec la phrase de passe d&apos;un pair-aidant et quelques notions de programmation, on peut lire tous les dossiers, bilans compris. Ne donnez un compte qu&apos;à des personnes à qui vous confieriez tout. Désactiver un utilisateur ou réinitialiser une phrase de passe change la clé du coffre : l&apos;ancienne phrase de passe n&apos;ouvre plus ce coffre (elle ouvre encore les sauvegardes faites avant).</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="206"/>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="222"/>
        <source>Disable a user</source>
        <translation>Désactiver un utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="223"/>
        <source>Disable %1? Their key is removed: they can no longer open the vault until a passphrase is reset.</source>
        <translation>Désactiver %1 ? Sa clé est supprimée : cette personne ne peut plus ouvrir le coffre tant que sa phrase de passe n&apos;est pas réinitialisée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="151"/>
        <location filename="../../app/ui/admin/users_page.py" line="235"/>
        <location filename="../../app/ui/admin/users_page.py" line="241"/>
        <location filename="../../app/ui/admin/users_page.py" line="254"/>
        <location filename="../../app/ui/admin/users_page.py" line="256"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="241"/>
        <source>The new passphrase is set.</source>
        <translation>La nouvelle phrase de passe est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="245"/>
        <source>Change the vault key</source>
        <translation>Changer la clé du coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="246"/>
        <source>Re-encrypt the vault under a new key? Earlier passphrases, and the keys in backups made before now, will no longer open this vault. Current passphrases keep working. Use it when a passphrase or a copy of the vault folder may have leaked.</source>
        <translation>Rechiffrer le coffre sous une nouvelle clé ? Les anciennes phrases de passe et les clés des sauvegardes faites jusqu&apos;ici n&apos;ouvriront plus ce coffre. Les phrases de passe actuelles restent valables. À utiliser quand une phrase de passe ou une copie du dossier du coffre a pu fuiter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/users_page.py" line="256"/>
        <source>The vault key was changed.</source>
        <translation>La clé du coffre a été changée.</translation>
    </message>
</context>
</TS>
