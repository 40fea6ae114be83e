<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../app/ui/network/link_dialog.py" line="23"/>
        <source>Link %1 to…</source>
        <translation>%1 verbinden met…</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/link_dialog.py" line="24"/>
        <source>Tick the members who know %1 (Space ticks or unticks); untick to remove a tie.</source>
        <translation>Vink de leden aan die %1 kennen (spatie vinkt aan of uit); vink uit om een band te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/link_dialog.py" line="40"/>
        <source>Knows</source>
        <translation>Kent</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <location filename="../../app/ui/network/panels.py" line="69"/>
        <source>Network size</source>
        <translation>Grootte van het netwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="69"/>
        <source>Per sector</source>
        <translation>Per sector</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="70"/>
        <source>Professionals and services</source>
        <translation>Professionals en diensten</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="71"/>
        <source>Close informal ties</source>
        <translation>Informele naasten</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="72"/>
        <source>People giving support</source>
        <translation>Personen die steun geven</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="75"/>
        <source>Members tied to nobody else</source>
        <translation>Leden zonder band met anderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="62"/>
        <source>Density: the share of all possible ties between members that exist (0 = nobody knows anybody, 1 = everybody knows everybody).</source>
        <translation>Dichtheid: het deel van alle mogelijke banden tussen leden dat bestaat (0 = niemand kent iemand, 1 = iedereen kent iedereen).</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="64"/>
        <source>Components: groups of members with no tie between the groups.</source>
        <translation>Componenten: groepen leden zonder band tussen de groepen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="65"/>
        <source>Ego-betweenness: how often the person is the only link between two members who do not know each other.</source>
        <translation>Ego-betweenness: hoe vaak de persoon de enige schakel is tussen twee leden die elkaar niet kennen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="73"/>
        <source>How many members know each other</source>
        <translation>Hoeveel leden elkaar kennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="74"/>
        <source>Groups who do not know each other</source>
        <translation>Groepen die elkaar niet kennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="76"/>
        <source>Links only the person makes</source>
        <translation>Schakels die alleen de persoon legt</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="101"/>
        <source>Isolation signal: %1</source>
        <translation>Signaal van isolement: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="119"/>
        <source>First map of this person: no earlier map to compare with.</source>
        <translation>Eerste kaart van deze persoon: geen eerdere kaart om mee te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="121"/>
        <source>Since the map of %1:</source>
        <translation>Sinds de kaart van %1:</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="123"/>
        <source>joined: %1</source>
        <translation>nieuw: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="125"/>
        <source>no longer there: %1</source>
        <translation>niet meer aanwezig: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="130"/>
        <source>size</source>
        <translation>grootte</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="130"/>
        <source>close informal ties</source>
        <translation>informele naasten</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="131"/>
        <source>emotional support</source>
        <translation>emotionele steun</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="136"/>
        <source>no change</source>
        <translation>geen wijziging</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="45"/>
        <source>Edit member</source>
        <translation>Lid wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="45"/>
        <source>Add a member</source>
        <translation>Lid toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="49"/>
        <source>A name, or just a role: “sister”, “neighbour”</source>
        <translation>Een naam, of enkel een rol: ‘zus’, ‘buurman’</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="50"/>
        <location filename="../../app/ui/network/member_dialog.py" line="119"/>
        <source>Name or role</source>
        <translation>Naam of rol</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="52"/>
        <source>— choose —</source>
        <translation>— kiezen —</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="53"/>
        <location filename="../../app/ui/network/member_dialog.py" line="119"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="55"/>
        <location filename="../../app/ui/network/member_dialog.py" line="119"/>
        <source>Closeness</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="65"/>
        <location filename="../../app/ui/network/member_dialog.py" line="120"/>
        <source>Support given</source>
        <translation>Gegeven steun</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="67"/>
        <location filename="../../app/ui/network/member_dialog.py" line="120"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="69"/>
        <location filename="../../app/ui/network/member_dialog.py" line="121"/>
        <source>Quality of the relation</source>
        <translation>Kwaliteit van de relatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="71"/>
        <location filename="../../app/ui/network/member_dialog.py" line="121"/>
        <source>Reciprocity</source>
        <translation>Wederkerigheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="73"/>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="79"/>
        <location filename="../../app/ui/network/member_dialog.py" line="122"/>
        <source>Partner in the directory</source>
        <translation>Partner in het adresboek</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="82"/>
        <location filename="../../app/ui/network/member_dialog.py" line="122"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="84"/>
        <source>Remove from the map</source>
        <translation>Van de kaart verwijderen</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../app/ui/network/panels.py" line="21"/>
        <source>Name or role</source>
        <translation>Naam of rol</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="23"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="24"/>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="26"/>
        <source>Support</source>
        <translation>Steun</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="29"/>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../app/ui/network/tab.py" line="79"/>
        <source>No network map yet. A map shows who the person can count on: family, friends, neighbours, peers and colleagues, professionals and services.</source>
        <translation>Nog geen netwerkkaart. Een kaart toont op wie de persoon kan rekenen: familie, vrienden, buren, lotgenoten en collega&apos;s, professionals en diensten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="84"/>
        <source>Draw the first map</source>
        <translation>De eerste kaart tekenen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="101"/>
        <source>Map:</source>
        <translation>Kaart:</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="106"/>
        <source>drawn on</source>
        <translation>opgemaakt op</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="114"/>
        <source>New map from this one</source>
        <translation>Nieuwe kaart op basis van deze</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="115"/>
        <source>Start a new dated map from the latest one, so nothing is asked twice</source>
        <translation>Een nieuwe gedateerde kaart beginnen op basis van de laatste, zodat niets twee keer gevraagd wordt</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="117"/>
        <location filename="../../app/ui/network/tab.py" line="306"/>
        <source>Delete map</source>
        <translation>Kaart verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="119"/>
        <source>Add member</source>
        <translation>Lid toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="121"/>
        <source>Link members</source>
        <translation>Leden verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="123"/>
        <source>Drag from one member to another to record that they know each other (again to remove). Shift-drag does the same at any time.</source>
        <translation>Sleep van een lid naar een ander om te noteren dat ze elkaar kennen (nogmaals om de band te verwijderen). Shift + slepen doet hetzelfde op elk moment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="126"/>
        <source>Link to…</source>
        <translation>Verbinden met…</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="129"/>
        <source>Choose, from a list, whom the selected member knows (%1)</source>
        <translation>Kies uit een lijst wie het geselecteerde lid kent (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="133"/>
        <source>Reset layout</source>
        <translation>Schikking herstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="162"/>
        <source>Members of the network</source>
        <translation>Leden van het netwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="180"/>
        <source>Note on this map</source>
        <translation>Opmerking bij deze kaart</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="185"/>
        <source>Save note</source>
        <translation>Opmerking opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="190"/>
        <source>Measures</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="191"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/network/tab.py" line="226"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n lid)</numerusform>
            <numerusform>%1 (%n leden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/network/tab.py" line="238"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="397"/>
        <source>Choose a member first, on the map or in the Members list.</source>
        <translation>Kies eerst een lid, op de kaart of in de ledenlijst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="143"/>
        <location filename="../../app/ui/network/tab.py" line="293"/>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="197"/>
        <source>Double-click the circle to add someone, a member to edit them; drag to move (into another ring to change closeness); Shift-drag between two members to tie them. By keyboard: pick a member in the Members list, then Link to… (Ctrl+Shift+L).</source>
        <translation>Dubbelklik in de cirkel om iemand toe te voegen, op een lid om het te wijzigen; sleep om te verplaatsen (naar een andere ring om de nabijheid te wijzigen); Shift + slepen tussen twee leden om ze te verbinden. Met het toetsenbord: kies een lid in de ledenlijst, dan Verbinden met… (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="243"/>
        <source>They know each other: %1</source>
        <translation>Zij kennen elkaar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="307"/>
        <source>Delete this network map? Earlier and later maps are kept.</source>
        <translation>Deze netwerkkaart verwijderen? Eerdere en latere kaarten blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="365"/>
        <source>Remove from the map</source>
        <translation>Van de kaart verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="366"/>
        <source>Remove %1 from this map?</source>
        <translation>%1 van deze kaart verwijderen?</translation>
    </message>
</context>
<context>
    <name>SociogramScene</name>
    <message>
        <location filename="../../app/ui/network/scene.py" line="311"/>
        <source>know each other</source>
        <translation>kennen elkaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/scene.py" line="311"/>
        <source>gives emotional support</source>
        <translation>geeft emotionele steun</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <location filename="../../app/ui/network/__init__.py" line="20"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="10"/>
        <source>family</source>
        <translation>familie</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="11"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="12"/>
        <source>friend</source>
        <translation>vriend(in)</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="13"/>
        <source>neighbour</source>
        <translation>buur</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="14"/>
        <source>peer</source>
        <translation>lotgenoot</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="15"/>
        <source>colleague</source>
        <translation>collega</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="16"/>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="17"/>
        <source>service</source>
        <translation>dienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="23"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="24"/>
        <source>Friends and neighbours</source>
        <translation>Vrienden en buren</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="25"/>
        <source>Peers and colleagues</source>
        <translation>Lotgenoten en collega&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="26"/>
        <source>Professionals and services</source>
        <translation>Professionals en diensten</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="32"/>
        <source>close</source>
        <translation>dichtbij</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="33"/>
        <source>middle</source>
        <translation>midden</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="34"/>
        <source>outer</source>
        <translation>veraf</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="40"/>
        <source>emotional</source>
        <translation>emotioneel</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="41"/>
        <source>practical</source>
        <translation>praktisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="42"/>
        <source>informational</source>
        <translation>informatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="43"/>
        <source>financial</source>
        <translation>financieel</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="44"/>
        <source>company</source>
        <translation>gezelschap</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="50"/>
        <location filename="../../app/ui/network/labels.py" line="68"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="51"/>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="52"/>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="53"/>
        <source>monthly</source>
        <translation>maandelijks</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="54"/>
        <source>a few times a year</source>
        <translation>enkele keren per jaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="60"/>
        <source>supportive</source>
        <translation>steunend</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="61"/>
        <source>ambivalent</source>
        <translation>ambivalent</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="62"/>
        <source>conflictual</source>
        <translation>conflictueus</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="69"/>
        <source>mutual</source>
        <translation>wederzijds</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="70"/>
        <source>the person mostly receives</source>
        <translation>de persoon ontvangt vooral</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="71"/>
        <source>the person mostly gives</source>
        <translation>de persoon geeft vooral</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="77"/>
        <source>nobody informal in the close circle</source>
        <translation>niemand uit het informele netwerk in de binnenste cirkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="78"/>
        <source>nobody gives emotional support</source>
        <translation>niemand geeft emotionele steun</translation>
    </message>
</context>
</TS>
