<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../app/ui/documents/model.py" line="54"/>
        <source>Made on</source>
        <translation>Produit le</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="54"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="54"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="54"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="54"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="55"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="66"/>
        <source>Internal copy</source>
        <translation>Copie interne</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="68"/>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="60"/>
        <source>No document yet. Bilans, letters and summaries you produce are kept here.</source>
        <translation>Aucun document pour l&apos;instant. Les bilans, lettres et résumés que vous produisez sont conservés ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="69"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="71"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="148"/>
        <source>Print the document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="162"/>
        <source>The printer could not be opened.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="177"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="183"/>
        <source>Export the document</source>
        <translation>Exporter le document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="184"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="194"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../app/ui/documents/__init__.py" line="19"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="19"/>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="20"/>
        <source>Referral letter</source>
        <translation>Lettre d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="21"/>
        <source>Needs (CANSAS)</source>
        <translation>Besoins (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="22"/>
        <source>Care plan</source>
        <translation>Plan de rétablissement</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="23"/>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="25"/>
        <source>for the GP</source>
        <translation>pour le médecin généraliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="26"/>
        <source>full</source>
        <translation>complet</translation>
    </message>
</context>
</TS>
