<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="104"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="104"/>
        <source>Edit action</source>
        <translation>Actie wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="106"/>
        <source>What will be done</source>
        <translation>Wat er gedaan wordt</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="108"/>
        <source>Choose who…</source>
        <translation>Kies wie…</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="109"/>
        <source>The person</source>
        <translation>De persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="109"/>
        <location filename="../../app/ui/careplan/dialogs.py" line="131"/>
        <source>Someone close to the person</source>
        <translation>Iemand uit de omgeving van de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="110"/>
        <location filename="../../app/ui/careplan/dialogs.py" line="132"/>
        <source>A partner service</source>
        <translation>Een partnerdienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="110"/>
        <location filename="../../app/ui/careplan/dialogs.py" line="133"/>
        <source>A worker</source>
        <translation>Een hulpverlener</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="115"/>
        <source>How the person names them, e.g. sister, neighbour Jo</source>
        <translation>Zoals de persoon hen noemt, bv. zus, buurman Jo</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="138"/>
        <location filename="../../app/ui/careplan/dialogs.py" line="140"/>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="143"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="144"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="179"/>
        <source>Agreed with the person</source>
        <translation>Afgesproken met de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="180"/>
        <source>Read the goals and actions with the person. They agreed to this plan, in their own words, on:</source>
        <translation>Lees de doelen en acties samen met de persoon. Die heeft dit plan, in eigen woorden, afgesproken op:</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="185"/>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
</context>
<context>
    <name>CarePlan</name>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="30"/>
        <source>Open</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="31"/>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="32"/>
        <source>Changed</source>
        <translation>Herschreven</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="33"/>
        <source>Dropped</source>
        <translation>Losgelaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="36"/>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="37"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="38"/>
        <source>Cancelled</source>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="41"/>
        <source>The person</source>
        <translation>De persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="42"/>
        <source>Someone close</source>
        <translation>Iemand uit de omgeving</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="43"/>
        <source>Partner service</source>
        <translation>Partnerdienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="44"/>
        <source>Worker</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="82"/>
        <source>(proposal)</source>
        <translation>(voorstel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="105"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="107"/>
        <source>Goal, in the person&apos;s words</source>
        <translation>Doel, in de woorden van de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="110"/>
        <source>Life domain</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="113"/>
        <location filename="../../app/ui/careplan/models.py" line="128"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="122"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="124"/>
        <location filename="../../app/ui/careplan/models.py" line="147"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="126"/>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="86"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="137"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="91"/>
        <source>agreed %1</source>
        <translation>afgesproken op %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="93"/>
        <source>draft</source>
        <translation>ontwerp</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="94"/>
        <source>current</source>
        <translation>huidige</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="95"/>
        <source>Version %1 (%2)</source>
        <translation>Versie %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="144"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="145"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="150"/>
        <source>Was due</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="152"/>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="162"/>
        <source>Review the care plan</source>
        <translation>Het plan herzien</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="166"/>
        <source>Goal: %1</source>
        <translation>Doel: %1</translation>
    </message>
</context>
<context>
    <name>CarePlanRegistry</name>
    <message>
        <location filename="../../app/ui/careplan/__init__.py" line="33"/>
        <source>Care plan</source>
        <translation>Herstelplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/__init__.py" line="35"/>
        <source>My follow-ups</source>
        <translation>Mijn opvolging</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="93"/>
        <source>No care plan yet. A plan is written with the person: their goals, in their words, and who does what.</source>
        <translation>Nog geen plan. Een plan schrijf je samen met de persoon: de eigen doelen, in eigen woorden, en wie wat doet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="97"/>
        <source>Start a care plan</source>
        <translation>Een plan starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="117"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="133"/>
        <source>Agreed with the person…</source>
        <translation>Afgesproken met de persoon…</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="135"/>
        <source>Review with the person…</source>
        <translation>Herzien met de persoon…</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="137"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="139"/>
        <source>For the person (plain language)</source>
        <translation>Voor de persoon (eenvoudige taal)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="140"/>
        <source>For partners (table)</source>
        <translation>Voor partners (tabel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="156"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="165"/>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="167"/>
        <location filename="../../app/ui/careplan/tab.py" line="199"/>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="169"/>
        <source>These are their words</source>
        <translation>Dit zijn de eigen woorden</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="170"/>
        <source>The proposed wording is what the person says: keep it</source>
        <translation>De voorgestelde formulering is wat de persoon zegt: behouden</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="172"/>
        <location filename="../../app/ui/careplan/tab.py" line="201"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="188"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="197"/>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="203"/>
        <location filename="../../app/ui/careplan/tab.py" line="325"/>
        <source>Mark done</source>
        <translation>Als gedaan markeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="248"/>
        <source>Version %1 — replaced at a review, kept as it was</source>
        <translation>Versie %1 — vervangen bij een herziening, bewaard zoals ze was</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="251"/>
        <source>Version %1 — draft, not yet agreed with the person</source>
        <translation>Versie %1 — ontwerp, nog niet afgesproken met de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="254"/>
        <source>Version %1 — agreed with the person on %2</source>
        <translation>Versie %1 — afgesproken met de persoon op %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="256"/>
        <source>Since %1</source>
        <translation>Sinds %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="257"/>
        <source>review on %1</source>
        <translation>herziening op %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="259"/>
        <source>reviewed on %1</source>
        <translation>herzien op %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="262"/>
        <source>To change goals or actions, review the plan with the person.</source>
        <translation>Om doelen of acties te wijzigen, herzie het plan samen met de persoon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="269"/>
        <source>The review date has passed.</source>
        <translation>De herzieningsdatum is verstreken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/careplan/tab.py" line="271"/>
        <source>%n action(s) overdue.</source>
        <translation>
            <numerusform>%n actie te laat.</numerusform>
            <numerusform>%n acties te laat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="301"/>
        <source>Proposed from the needs assessment: write it with the person, in their words.</source>
        <translation>Voorgesteld uit de zorgbehoeftebepaling: schrijf het samen met de persoon, in eigen woorden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="303"/>
        <source>Strengths: %1</source>
        <translation>Sterktes: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="305"/>
        <source>The person says: %1</source>
        <translation>De persoon zegt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/careplan/tab.py" line="307"/>
        <source>%n other action(s) are for other workers.</source>
        <translation>
            <numerusform>%n andere actie is voor andere hulpverleners.</numerusform>
            <numerusform>%n andere acties zijn voor andere hulpverleners.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="324"/>
        <source>Mark as to do</source>
        <translation>Terug op te doen zetten</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="339"/>
        <location filename="../../app/ui/careplan/tab.py" line="412"/>
        <location filename="../../app/ui/careplan/tab.py" line="417"/>
        <source>Care plan</source>
        <translation>Herstelplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="364"/>
        <source>Remove goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="365"/>
        <source>Remove this goal and its actions from the draft?</source>
        <translation>Dit doel en de acties uit het ontwerp verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="412"/>
        <source>The PDF is kept with the person&apos;s documents.</source>
        <translation>De pdf wordt bewaard bij de documenten van de persoon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="413"/>
        <source>Preparing the PDF…</source>
        <translation>De pdf wordt voorbereid…</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="40"/>
        <location filename="../../app/ui/careplan/followups.py" line="68"/>
        <source>My follow-ups</source>
        <translation>Mijn opvolging</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="43"/>
        <source>Care-plan reviews and actions whose date has passed, for the persons you accompany. Double-click a line to open the person.</source>
        <translation>Herzieningen en acties van plannen waarvan de datum voorbij is, voor de personen die u begeleidt. Dubbelklik op een regel om de persoon te openen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="49"/>
        <location filename="../../app/ui/careplan/followups.py" line="51"/>
        <source>Filter by name or action</source>
        <translation>Filteren op naam of actie</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="55"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="82"/>
        <source>Nothing overdue.</source>
        <translation>Niets te laat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="95"/>
        <source>Looking for overdue follow-ups…</source>
        <translation>Opvolging die te laat is wordt gezocht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/careplan/followups.py" line="108"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="68"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="68"/>
        <source>Edit goal</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="70"/>
        <source>What the person wants, as they say it</source>
        <translation>Wat de persoon wil, zoals die het zegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="73"/>
        <source>(no life domain)</source>
        <translation>(geen levensdomein)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="78"/>
        <source>1 — first</source>
        <translation>1 — eerst</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="78"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="78"/>
        <source>3 — later</source>
        <translation>3 — later</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="81"/>
        <source>What the person can build on: skills, people, places, interests</source>
        <translation>Waar de persoon op kan bouwen: vaardigheden, mensen, plekken, interesses</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="83"/>
        <source>Goal, in the person&apos;s words</source>
        <translation>Doel, in de woorden van de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="84"/>
        <source>Life domain</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="85"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="86"/>
        <source>Strengths</source>
        <translation>Sterktes</translation>
    </message>
</context>
<context>
    <name>GoalReviewBox</name>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="207"/>
        <source>What the person says about this goal</source>
        <translation>Wat de persoon over dit doel zegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="209"/>
        <source>The new wording, in the person&apos;s words</source>
        <translation>De nieuwe formulering, in de woorden van de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="213"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="214"/>
        <source>The person&apos;s comment</source>
        <translation>Opmerking van de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="215"/>
        <source>New wording</source>
        <translation>Nieuwe formulering</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="224"/>
        <source>Review the care plan with the person</source>
        <translation>Het plan herzien met de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="227"/>
        <source>Reviewed on</source>
        <translation>Herzien op</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="228"/>
        <source>Next review</source>
        <translation>Volgende herziening</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="242"/>
        <source>One goal per line (optional)</source>
        <translation>Eén doel per regel (optioneel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="244"/>
        <source>New goals the person sets, in their words:</source>
        <translation>Nieuwe doelen die de persoon zich stelt, in eigen woorden:</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="250"/>
        <location filename="../../app/ui/careplan/dialogs.py" line="251"/>
        <source>How the review went (optional)</source>
        <translation>Hoe de herziening verliep (optioneel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="254"/>
        <source>The person agrees with the plan as reviewed, on the review date</source>
        <translation>De persoon gaat akkoord met het herziene plan, op de herzieningsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="255"/>
        <source>Leave unticked to add or reword goals first, then record the agreement</source>
        <translation>Laat leeg om eerst doelen toe te voegen of te herschrijven, en daarna het akkoord te noteren</translation>
    </message>
</context>
</TS>
