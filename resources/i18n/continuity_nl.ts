<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CrisisSections</name>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="35"/>
        <source>Early warning signs</source>
        <translation>Vroege signalen</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="36"/>
        <source>What helps</source>
        <translation>Wat helpt</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="37"/>
        <source>What does not help</source>
        <translation>Wat niet helpt</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="38"/>
        <source>Who to call</source>
        <translation>Wie bellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="39"/>
        <source>Who not to call</source>
        <translation>Wie niet bellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="40"/>
        <source>Treatment preferences</source>
        <translation>Voorkeuren voor behandeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="41"/>
        <source>Children, pets and home</source>
        <translation>Kinderen, huisdieren en woning</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="42"/>
        <source>Places accepted</source>
        <translation>Aanvaarde plaatsen</translation>
    </message>
</context>
<context>
    <name>CrisisTab</name>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="54"/>
        <source>Write it with the person, in their words.</source>
        <translation>Schrijf het samen met de persoon, in haar of zijn woorden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="69"/>
        <source>Crisis partners who may receive this plan</source>
        <translation>Crisispartners die dit plan mogen ontvangen</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="77"/>
        <source>Crisis partners the person consents to receive the plan</source>
        <translation>Crisispartners die het plan mogen ontvangen (toestemming van de persoon)</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="81"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="83"/>
        <source>Agreed with the person today</source>
        <translation>Vandaag met de persoon afgesproken</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="86"/>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="89"/>
        <source>Print for the person</source>
        <translation>Afdrukken voor de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="91"/>
        <source>Pocket card</source>
        <translation>Zakkaart</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="121"/>
        <source>No crisis plan yet.</source>
        <translation>Nog geen crisisplan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="123"/>
        <source>Version %1, agreed on %2</source>
        <translation>Versie %1, afgesproken op %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="126"/>
        <source>Version %1, draft</source>
        <translation>Versie %1, ontwerp</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="145"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="172"/>
        <source>Kept in the Documents tab, ready to print.</source>
        <translation>Bewaard in het tabblad Documenten, klaar om te printen.</translation>
    </message>
</context>
<context>
    <name>ReceivedKinds</name>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="41"/>
        <source>Discharge letter</source>
        <translation>Ontslagbrief</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="42"/>
        <source>Partner&apos;s report</source>
        <translation>Verslag van een partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="43"/>
        <source>Scanned form</source>
        <translation>Gescand formulier</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="44"/>
        <source>Other</source>
        <translation>Ander</translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="80"/>
        <source>Kind of document</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="83"/>
        <source>Add a file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="86"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="89"/>
        <source>Drop a PDF, PNG or JPEG here to add it to the file.</source>
        <translation>Sleep hier een PDF, PNG of JPEG om het aan het dossier toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="101"/>
        <source>Documents received</source>
        <translation>Ontvangen documenten</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="136"/>
        <source>No document received yet.</source>
        <translation>Nog geen document ontvangen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="189"/>
        <source>Add a received document</source>
        <translation>Ontvangen document toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="190"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Documenten (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="198"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="66"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="68"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="69"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="70"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>StayKinds</name>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="37"/>
        <source>Psychiatric ward</source>
        <translation>Psychiatrische afdeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="38"/>
        <source>General hospital</source>
        <translation>Algemeen ziekenhuis</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="39"/>
        <source>Detox</source>
        <translation>Ontwenning</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="40"/>
        <source>Crisis unit</source>
        <translation>Crisiseenheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="41"/>
        <source>Residential</source>
        <translation>Residentieel</translation>
    </message>
</context>
<context>
    <name>StayTableModel</name>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="64"/>
        <source>Admission</source>
        <translation>Opname</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="66"/>
        <source>Discharge</source>
        <translation>Ontslag</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="67"/>
        <source>in stay</source>
        <translation>in verblijf</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="69"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="70"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="71"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="71"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="71"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>StaysTab</name>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="117"/>
        <source>Admission</source>
        <translation>Opname</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="115"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="116"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="93"/>
        <source>Kind of stay</source>
        <translation>Soort opname</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="99"/>
        <source>Discharged on</source>
        <translation>Ontslagen op</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="104"/>
        <source>Planned admission</source>
        <translation>Geplande opname</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="107"/>
        <source>Discharge plan agreed with the ward</source>
        <translation>Ontslagplan afgesproken met de afdeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="112"/>
        <source>Record the stay</source>
        <translation>Verblijf registreren</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="106"/>
        <location filename="../../app/ui/continuity/stays_tab.py" line="124"/>
        <source>Discharge plan</source>
        <translation>Ontslagplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="86"/>
        <source>Stays</source>
        <translation>Opnames</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="125"/>
        <source>New stay</source>
        <translation>Nieuw verblijf</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="146"/>
        <source>In a stay since %1: %2</source>
        <translation>In verblijf sinds %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="149"/>
        <source>Discharged on %1 from %2: review the care plan with the person.</source>
        <translation>Ontslagen op %1 uit %2: herbekijk het herstelplan met de persoon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="159"/>
        <source>Discharge plan: %1</source>
        <translation>Ontslagplan: %1</translation>
    </message>
</context>
<context>
    <name>continuity</name>
    <message>
        <location filename="../../app/ui/continuity/__init__.py" line="32"/>
        <source>Crisis plan</source>
        <translation>Crisisplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/__init__.py" line="35"/>
        <source>Stays</source>
        <translation>Verblijven</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/__init__.py" line="38"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
</context>
</TS>
