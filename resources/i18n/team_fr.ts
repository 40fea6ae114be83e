<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="120"/>
        <location filename="../../app/ui/team/dialogs.py" line="133"/>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="122"/>
        <source>The invitation is saved in {path}. Give the file and this code by two different channels (for example the file by e-mail, the code by phone). The code is shown only now; it works for 72 hours and 5 attempts.</source>
        <translation>L&apos;invitation est enregistrée dans {path}. Transmettez le fichier et ce code par deux canaux différents (par exemple le fichier par e-mail, le code par téléphone). Le code n&apos;est affiché que maintenant ; il vaut 72 heures et 5 essais.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="137"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>CreateTeamDialog</name>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="37"/>
        <source>Create a team</source>
        <translation>Créer une équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="38"/>
        <source>Paste the hub address (the enrolment DSN) that your organisation&apos;s IT gave you after `hub init`. The team&apos;s keys are made on this computer and stay in this vault; the hub only ever sees encrypted data.</source>
        <translation>Collez l&apos;adresse du hub (le DSN d&apos;inscription) que l&apos;informatique de votre organisation vous a donnée après `hub init`. Les clés de l&apos;équipe sont créées sur cet ordinateur et restent dans ce coffre ; le hub ne voit jamais que des données chiffrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="44"/>
        <location filename="../../app/ui/team/dialogs.py" line="45"/>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="47"/>
        <source>Team name</source>
        <translation>Nom de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="48"/>
        <source>Team name (kept on this computer)</source>
        <translation>Nom de l&apos;équipe (gardé sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="52"/>
        <source>Paste the hub address first.</source>
        <translation>Collez d&apos;abord l&apos;adresse du hub.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="55"/>
        <source>Creating the team on the hub…</source>
        <translation>Création de l&apos;équipe sur le hub…</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="71"/>
        <source>Invite a member</source>
        <translation>Inviter un membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="73"/>
        <location filename="../../app/ui/team/dialogs.py" line="74"/>
        <source>Member&apos;s name</source>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="76"/>
        <location filename="../../app/ui/team/dialogs.py" line="80"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="77"/>
        <source>Case manager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="77"/>
        <source>Peer worker</source>
        <translation>Pair-aidant</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="78"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="82"/>
        <location filename="../../app/ui/team/dialogs.py" line="91"/>
        <source>Invitation file</source>
        <translation>Fichier d&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="83"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="95"/>
        <source>Save the invitation</source>
        <translation>Enregistrer l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="96"/>
        <source>Relais invitations (*.relaisinvite)</source>
        <translation>Invitations Relais (*.relaisinvite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="102"/>
        <source>Give the member&apos;s name.</source>
        <translation>Indiquez le nom du membre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="104"/>
        <source>Choose where to save the invitation file.</source>
        <translation>Choisissez où enregistrer le fichier d&apos;invitation.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="149"/>
        <source>Join a team</source>
        <translation>Rejoindre une équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="151"/>
        <location filename="../../app/ui/team/dialogs.py" line="160"/>
        <source>Invitation file</source>
        <translation>Fichier d&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="152"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="162"/>
        <location filename="../../app/ui/team/dialogs.py" line="164"/>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="168"/>
        <source>Open the invitation</source>
        <translation>Ouvrir l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="169"/>
        <source>Relais invitations (*.relaisinvite);;All files (*)</source>
        <translation>Invitations Relais (*.relaisinvite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="175"/>
        <source>Choose the invitation file.</source>
        <translation>Choisissez le fichier d&apos;invitation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="176"/>
        <source>Type the one-time code.</source>
        <translation>Tapez le code à usage unique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/dialogs.py" line="179"/>
        <source>Joining the team: receiving and checking the team&apos;s records…</source>
        <translation>Adhésion à l&apos;équipe : réception et vérification des dossiers de l&apos;équipe…</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/team/page.py" line="47"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="49"/>
        <source>Create a team…</source>
        <translation>Créer une équipe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="51"/>
        <source>Invite a member…</source>
        <translation>Inviter un membre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="53"/>
        <source>Join a team…</source>
        <translation>Rejoindre une équipe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="61"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="61"/>
        <source> (this computer)</source>
        <translation> (cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="63"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="65"/>
        <source>Team members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="68"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="69"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="70"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="71"/>
        <source>Value that stands</source>
        <translation>Valeur retenue</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="72"/>
        <source>The other value</source>
        <translation>L&apos;autre valeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="74"/>
        <location filename="../../app/ui/team/page.py" line="91"/>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="75"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="76"/>
        <source>Keep the value that stands; the conflict is closed</source>
        <translation>Garder la valeur retenue ; le conflit est clos</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="78"/>
        <source>Restore the other</source>
        <translation>Rétablir l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="79"/>
        <source>Put the other value back: an ordinary change, sent to the team</source>
        <translation>Remettre l&apos;autre valeur : une modification ordinaire, envoyée à l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="89"/>
        <source>Members verified by this computer</source>
        <translation>Membres vérifiés par cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="107"/>
        <source>This vault works on its own. A team shares files across laptops through a hub that stores only encrypted data: create a team (supervisor) or join one with an invitation.</source>
        <translation>Ce coffre fonctionne seul. Une équipe partage des dossiers entre ordinateurs via un hub qui ne stocke que des données chiffrées : créez une équipe (superviseur) ou rejoignez-en une avec une invitation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="113"/>
        <source>This computer belongs to the team as {role}. {waiting} change(s) waiting, {conflicts} conflict(s) to review.</source>
        <translation>Cet ordinateur fait partie de l&apos;équipe comme {role}. Modifications en attente : {waiting} ; conflits à examiner : {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="172"/>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="173"/>
        <source>case manager</source>
        <translation>case manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="174"/>
        <source>peer worker</source>
        <translation>pair-aidant</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="178"/>
        <source>changed by two people</source>
        <translation>modifié par deux personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="179"/>
        <source>possible duplicate (same NISS)</source>
        <translation>doublon possible (même NISS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="180"/>
        <source>status changed meanwhile</source>
        <translation>statut changé entre-temps</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="181"/>
        <source>versions renumbered</source>
        <translation>versions renumérotées</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="182"/>
        <source>added under a deleted record</source>
        <translation>ajouté sous une fiche supprimée</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/page.py" line="183"/>
        <source>changed after it was deleted</source>
        <translation>modifié après sa suppression</translation>
    </message>
</context>
<context>
    <name>TeamPages</name>
    <message>
        <location filename="../../app/ui/team/__init__.py" line="38"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/__init__.py" line="41"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message>
        <location filename="../../app/ui/team/status_label.py" line="22"/>
        <source>Team sync status</source>
        <translation>État de la synchronisation d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/status_label.py" line="35"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/status_label.py" line="37"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/team/status_label.py" line="39"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/team/status_label.py" line="41"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflit à examiner</numerusform>
            <numerusform>%n conflits à examiner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/team/status_label.py" line="43"/>
        <source>In step with the team</source>
        <translation>À jour avec l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/team/status_label.py" line="45"/>
        <source>Click to see the team and the conflicts to review</source>
        <translation>Cliquez pour voir l&apos;équipe et les conflits à examiner</translation>
    </message>
</context>
</TS>
