<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../app/ui/documents/model.py" line="35"/>
        <source>Made on</source>
        <translation>Produit le</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="37"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="39"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="41"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="43"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="44"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="39"/>
        <source>Internal copy</source>
        <translation>Copie interne</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="45"/>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="71"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="85"/>
        <source>No document yet. Bilans, letters and summaries you produce are kept here.</source>
        <translation>Aucun document pour l&apos;instant. Les bilans, lettres et résumés que vous produisez sont conservés ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="94"/>
        <source>New document…</source>
        <translation>Nouveau document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="96"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="98"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="153"/>
        <location filename="../../app/ui/documents/tab.py" line="155"/>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="163"/>
        <source>Kept in the vault. Print or export it when you are ready.</source>
        <translation>Conservé dans le coffre. Imprimez-le ou exportez-le quand vous êtes prêt·e.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="170"/>
        <source>Not produced: %1</source>
        <translation>Non produit : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="206"/>
        <source>Print the document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="222"/>
        <source>The printer could not be opened.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="237"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="243"/>
        <source>Export the document</source>
        <translation>Exporter le document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="244"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="256"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="35"/>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="37"/>
        <source>Needs summary (CANSAS)</source>
        <translation>Résumé des besoins (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="38"/>
        <source>Care plan, for the person (plain language)</source>
        <translation>Plan de rétablissement, pour la personne (langage simple)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="39"/>
        <source>Care plan, for partners</source>
        <translation>Plan de rétablissement, pour les partenaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="40"/>
        <source>Social network map</source>
        <translation>Carte du réseau social</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="41"/>
        <source>Everything held about the person (right of access)</source>
        <translation>Tout ce qui est conservé sur la personne (droit d&apos;accès)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="47"/>
        <source>Internal copy (not shared)</source>
        <translation>Copie interne (non partagée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="49"/>
        <source>%1 (GP)</source>
        <translation>%1 (médecin généraliste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="51"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="52"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="53"/>
        <source>For a partner, Relais first checks the person&apos;s consent for that partner and that kind of document.</source>
        <translation>Pour un partenaire, Relais vérifie d&apos;abord le consentement de la personne pour ce partenaire et ce type de document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="57"/>
        <source>Produce</source>
        <translation>Produire</translation>
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
        <location filename="../../app/ui/documents/model.py" line="14"/>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="15"/>
        <source>Referral letter</source>
        <translation>Lettre d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="16"/>
        <source>Needs (CANSAS)</source>
        <translation>Besoins (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="17"/>
        <source>Care plan</source>
        <translation>Plan de rétablissement</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="18"/>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="19"/>
        <source>Right of access</source>
        <translation>Droit d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="21"/>
        <source>for the GP</source>
        <translation>pour le médecin généraliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="22"/>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="23"/>
        <source>for the person</source>
        <translation>pour la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="24"/>
        <source>for partners</source>
        <translation>pour les partenaires</translation>
    </message>
</context>
</TS>
