<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="27"/>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="28"/>
        <source>May be the same person as</source>
        <translation>Misschien dezelfde persoon als</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="29"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../app/ui/duplicates/__init__.py" line="15"/>
        <source>Duplicates</source>
        <translation>Dubbels</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="43"/>
        <location filename="../../app/ui/duplicates/page.py" line="50"/>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbels</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="44"/>
        <source>Files that may belong to one person: the same NISS, the same birth with close names, swapped names, or an alias that is the other&apos;s name.</source>
        <translation>Dossiers die misschien bij één persoon horen: hetzelfde rijksregisternummer, dezelfde geboorte met gelijkaardige namen, omgewisselde namen, of een roepnaam die de naam van de ander is.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="57"/>
        <source>Look again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="58"/>
        <source>Open both files</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="59"/>
        <source>Not the same person</source>
        <translation>Niet dezelfde persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="60"/>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="81"/>
        <source>Looking for possible duplicates…</source>
        <translation>Mogelijke dubbels zoeken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/duplicates/page.py" line="94"/>
        <source>%n pair(s) to look at</source>
        <translation>
            <numerusform>%n paar na te kijken</numerusform>
            <numerusform>%n paren na te kijken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="95"/>
        <source>No possible duplicates.</source>
        <translation>Geen mogelijke dubbels.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="36"/>
        <source>Merge two files</source>
        <translation>Twee dossiers samenvoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="45"/>
        <source>Keep the other file</source>
        <translation>Het andere dossier behouden</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="47"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="74"/>
        <source>Kept: {kept}. Merged into it, then removed: {other}.</source>
        <translation>Behouden: {kept}. Erin samengevoegd en daarna verwijderd: {other}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="78"/>
        <source>Both files have a value: choose, field by field.</source>
        <translation>Beide dossiers hebben een waarde: kies per veld.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="93"/>
        <source>Taken from the other file: {fields}.</source>
        <translation>Overgenomen uit het andere dossier: {fields}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="98"/>
        <source>%n record(s) move to the kept file.</source>
        <translation>
            <numerusform>%n gegeven gaat naar het behouden dossier.</numerusform>
            <numerusform>%n gegevens gaan naar het behouden dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="103"/>
        <source>As supervisor, I confirm these two NISS belong to one person</source>
        <translation>Als supervisor bevestig ik dat deze twee rijksregisternummers bij één persoon horen</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="106"/>
        <source>The merge can be undone for 30 days.</source>
        <translation>De samenvoeging kan 30 dagen ongedaan worden gemaakt.</translation>
    </message>
</context>
</TS>
