<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../app/ui/documents/model.py" line="54"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="54"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="54"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="54"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="54"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="55"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="66"/>
        <source>Internal copy</source>
        <translation>Interne kopie</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="68"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="60"/>
        <source>No document yet. Bilans, letters and summaries you produce are kept here.</source>
        <translation>Nog geen documenten. Bilans, brieven en samenvattingen die u maakt, worden hier bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="69"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="71"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="148"/>
        <source>Print the document</source>
        <translation>Het document afdrukken</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="162"/>
        <source>The printer could not be opened.</source>
        <translation>De printer kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="177"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="183"/>
        <source>Export the document</source>
        <translation>Het document exporteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="184"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/tab.py" line="194"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
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
        <location filename="../../app/ui/documents/model.py" line="19"/>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="20"/>
        <source>Referral letter</source>
        <translation>Verwijsbrief</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="21"/>
        <source>Needs (CANSAS)</source>
        <translation>Zorgbehoeften (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="22"/>
        <source>Care plan</source>
        <translation>Herstelplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="23"/>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="25"/>
        <source>for the GP</source>
        <translation>voor de huisarts</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/model.py" line="26"/>
        <source>full</source>
        <translation>volledig</translation>
    </message>
</context>
</TS>
