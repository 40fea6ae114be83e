<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../app/ui/documents/model.py" line="35"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="37"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="39"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="41"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="43"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="44"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="39"/>
        <source>Internal copy</source>
        <translation>Interne kopie</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="45"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="71"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="85"/>
        <source>No document yet. Bilans, letters and summaries you produce are kept here.</source>
        <translation>Nog geen documenten. Bilans, brieven en samenvattingen die u maakt, worden hier bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="94"/>
        <source>New document…</source>
        <translation>Nieuw document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="96"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="98"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="153"/>
        <location filename="../../app/ui/documents/tab.py" line="155"/>
        <source>Preparing the document…</source>
        <translation>Document wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="163"/>
        <source>Kept in the vault. Print or export it when you are ready.</source>
        <translation>Bewaard in de kluis. Druk het af of exporteer het wanneer u klaar bent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="170"/>
        <source>Not produced: %1</source>
        <translation>Niet aangemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="206"/>
        <source>Print the document</source>
        <translation>Het document afdrukken</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="222"/>
        <source>The printer could not be opened.</source>
        <translation>De printer kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="237"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="243"/>
        <source>Export the document</source>
        <translation>Het document exporteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="244"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="256"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="35"/>
        <source>New document</source>
        <translation>Nieuw document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="37"/>
        <source>Needs summary (CANSAS)</source>
        <translation>Samenvatting zorgbehoeften (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="38"/>
        <source>Care plan, for the person (plain language)</source>
        <translation>Herstelplan, voor de persoon (eenvoudige taal)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="39"/>
        <source>Care plan, for partners</source>
        <translation>Herstelplan, voor partners</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="40"/>
        <source>Social network map</source>
        <translation>Kaart van het sociaal netwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="41"/>
        <source>Everything held about the person (right of access)</source>
        <translation>Alles wat over de persoon bewaard wordt (inzagerecht)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="47"/>
        <source>Internal copy (not shared)</source>
        <translation>Interne kopie (niet gedeeld)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="49"/>
        <source>%1 (GP)</source>
        <translation>%1 (huisarts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="51"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="52"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="53"/>
        <source>For a partner, Relais first checks the person&apos;s consent for that partner and that kind of document.</source>
        <translation>Voor een partner controleert Relais eerst de toestemming van de persoon voor die partner en dat soort document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/produce.py" line="57"/>
        <source>Produce</source>
        <translation>Aanmaken</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../app/ui/documents/__init__.py" line="19"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="14"/>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="15"/>
        <source>Referral letter</source>
        <translation>Verwijsbrief</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="16"/>
        <source>Needs (CANSAS)</source>
        <translation>Zorgbehoeften (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="17"/>
        <source>Care plan</source>
        <translation>Herstelplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="18"/>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="19"/>
        <source>Right of access</source>
        <translation>Inzagerecht</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="21"/>
        <source>for the GP</source>
        <translation>voor de huisarts</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="22"/>
        <source>full</source>
        <translation>volledig</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="23"/>
        <source>for the person</source>
        <translation>voor de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="24"/>
        <source>for partners</source>
        <translation>voor partners</translation>
    </message>
</context>
</TS>
