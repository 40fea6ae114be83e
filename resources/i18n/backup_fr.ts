<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupAction</name>
    <message>
        <location filename="../../app/ui/backup/__init__.py" line="21"/>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="32"/>
        <source>Choose where to save the encrypted backup</source>
        <translation>Choisissez où enregistrer la sauvegarde chiffrée</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="39"/>
        <source>Writing the encrypted backup…</source>
        <translation>Écriture de la sauvegarde chiffrée…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="43"/>
        <source>Backup written</source>
        <translation>Sauvegarde écrite</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="44"/>
        <source>The encrypted backup was written to:
%1

It opens with your passphrase or with the recovery key.</source>
        <translation>La sauvegarde chiffrée a été écrite dans :
%1

Elle s&apos;ouvre avec votre phrase de passe ou avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="48"/>
        <source>Backup not written</source>
        <translation>Sauvegarde non écrite</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../app/ui/backup/action.py" line="55"/>
        <source>The backup could not be written (%1). Nothing was lost.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite (%1). Rien n&apos;a été perdu.</translation>
    </message>
</context>
<context>
    <name>holder</name>
    <message>
        <location filename="../../app/ui/backup/action.py" line="68"/>
        <source>Daily backup not written</source>
        <translation>Sauvegarde quotidienne non écrite</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="69"/>
        <source>Writing the daily backup…</source>
        <translation>Écriture de la sauvegarde quotidienne…</translation>
    </message>
</context>
</TS>
