<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Peut-être la même personne que</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="29"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../app/ui/duplicates/__init__.py" line="15"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="43"/>
        <location filename="../../app/ui/duplicates/page.py" line="50"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="44"/>
        <source>Files that may belong to one person: the same NISS, the same birth with close names, swapped names, or an alias that is the other&apos;s name.</source>
        <translation>Des dossiers qui appartiennent peut-être à une seule personne : même NISS, même naissance et noms proches, prénom et nom inversés, ou un surnom qui est le nom de l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="57"/>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="58"/>
        <source>Open both files</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="59"/>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="60"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="81"/>
        <source>Looking for possible duplicates…</source>
        <translation>Recherche de doublons possibles…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/duplicates/page.py" line="94"/>
        <source>%n pair(s) to look at</source>
        <translation>
            <numerusform>%n paire à examiner</numerusform>
            <numerusform>%n paires à examiner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/page.py" line="95"/>
        <source>No possible duplicates.</source>
        <translation>Aucun doublon possible.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="36"/>
        <source>Merge two files</source>
        <translation>Fusionner deux dossiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="45"/>
        <source>Keep the other file</source>
        <translation>Garder l&apos;autre dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="47"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="74"/>
        <source>Kept: {kept}. Merged into it, then removed: {other}.</source>
        <translation>Conservé : {kept}. Fusionné dans celui-ci puis supprimé : {other}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="78"/>
        <source>Both files have a value: choose, field by field.</source>
        <translation>Les deux dossiers ont une valeur : choisissez, champ par champ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="93"/>
        <source>Taken from the other file: {fields}.</source>
        <translation>Repris de l&apos;autre dossier : {fields}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="98"/>
        <source>%n record(s) move to the kept file.</source>
        <translation>
            <numerusform>%n élément passe au dossier conservé.</numerusform>
            <numerusform>%n éléments passent au dossier conservé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="103"/>
        <source>As supervisor, I confirm these two NISS belong to one person</source>
        <translation>En tant que superviseur·e, je confirme que ces deux NISS appartiennent à une seule personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/duplicates/merge_dialog.py" line="106"/>
        <source>The merge can be undone for 30 days.</source>
        <translation>La fusion peut être annulée pendant 30 jours.</translation>
    </message>
</context>
</TS>
