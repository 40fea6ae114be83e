<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BackupAction</name>
    <message>
        <location filename="../../app/ui/backup/__init__.py" line="21"/>
        <source>Back up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="32"/>
        <source>Choose where to save the encrypted backup</source>
        <translation>Kies waar de versleutelde back-up moet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="39"/>
        <source>Writing the encrypted backup…</source>
        <translation>De versleutelde back-up wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="43"/>
        <source>Backup written</source>
        <translation>Back-up geschreven</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="44"/>
        <source>The encrypted backup was written to:
%1

It opens with your passphrase or with the recovery key.</source>
        <translation>De versleutelde back-up is geschreven naar:
%1

Ze opent met uw wachtzin of met de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="48"/>
        <source>Backup not written</source>
        <translation>Back-up niet geschreven</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../app/ui/backup/action.py" line="55"/>
        <source>The backup could not be written (%1). Nothing was lost.</source>
        <translation>De back-up kon niet worden geschreven (%1). Er is niets verloren.</translation>
    </message>
</context>
<context>
    <name>holder</name>
    <message>
        <location filename="../../app/ui/backup/action.py" line="68"/>
        <source>Daily backup not written</source>
        <translation>Dagelijkse back-up niet geschreven</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup/action.py" line="69"/>
        <source>Writing the daily backup…</source>
        <translation>De dagelijkse back-up wordt geschreven…</translation>
    </message>
</context>
</TS>
