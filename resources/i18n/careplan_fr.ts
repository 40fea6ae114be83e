<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="104"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="104"/>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="106"/>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="108"/>
        <source>Choose who…</source>
        <translation>Choisir qui…</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="109"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="109"/>
        <location filename="../../app/ui/careplan/dialogs.py" line="131"/>
        <source>Someone close to the person</source>
        <translation>Un proche de la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="110"/>
        <location filename="../../app/ui/careplan/dialogs.py" line="132"/>
        <source>A partner service</source>
        <translation>Un service partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="110"/>
        <location filename="../../app/ui/careplan/dialogs.py" line="133"/>
        <source>A worker</source>
        <translation>Un intervenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="115"/>
        <source>How the person names them, e.g. sister, neighbour Jo</source>
        <translation>Comme la personne le nomme, p. ex. sœur, voisin Jo</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="138"/>
        <location filename="../../app/ui/careplan/dialogs.py" line="140"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="143"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="144"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="179"/>
        <source>Agreed with the person</source>
        <translation>Convenu avec la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="180"/>
        <source>Read the goals and actions with the person. They agreed to this plan, in their own words, on:</source>
        <translation>Relisez les objectifs et les actions avec la personne. Elle a convenu de ce plan, avec ses propres mots, le :</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="185"/>
        <source>Agreed on</source>
        <translation>Convenu le</translation>
    </message>
</context>
<context>
    <name>CarePlan</name>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="30"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="31"/>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="32"/>
        <source>Changed</source>
        <translation>Reformulé</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="33"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="36"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="37"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="38"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="41"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="42"/>
        <source>Someone close</source>
        <translation>Un proche</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="43"/>
        <source>Partner service</source>
        <translation>Service partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="44"/>
        <source>Worker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="82"/>
        <source>(proposal)</source>
        <translation>(proposition)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="105"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="107"/>
        <source>Goal, in the person&apos;s words</source>
        <translation>Objectif, avec les mots de la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="110"/>
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="113"/>
        <location filename="../../app/ui/careplan/models.py" line="128"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="122"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="124"/>
        <location filename="../../app/ui/careplan/models.py" line="147"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="126"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="86"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="137"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="91"/>
        <source>agreed %1</source>
        <translation>convenue le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="93"/>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="94"/>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="95"/>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="144"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="145"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="150"/>
        <source>Was due</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="152"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="162"/>
        <source>Review the care plan</source>
        <translation>Réviser le plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/models.py" line="166"/>
        <source>Goal: %1</source>
        <translation>Objectif : %1</translation>
    </message>
</context>
<context>
    <name>CarePlanRegistry</name>
    <message>
        <location filename="../../app/ui/careplan/__init__.py" line="33"/>
        <source>Care plan</source>
        <translation>Plan de rétablissement</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/__init__.py" line="35"/>
        <source>My follow-ups</source>
        <translation>Mes suivis</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="93"/>
        <source>No care plan yet. A plan is written with the person: their goals, in their words, and who does what.</source>
        <translation>Pas encore de plan. Un plan s&apos;écrit avec la personne : ses objectifs, avec ses mots, et qui fait quoi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="97"/>
        <source>Start a care plan</source>
        <translation>Commencer un plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="117"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="133"/>
        <source>Agreed with the person…</source>
        <translation>Convenu avec la personne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="135"/>
        <source>Review with the person…</source>
        <translation>Réviser avec la personne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="137"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="139"/>
        <source>For the person (plain language)</source>
        <translation>Pour la personne (langage simple)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="140"/>
        <source>For partners (table)</source>
        <translation>Pour les partenaires (tableau)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="156"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="165"/>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="167"/>
        <location filename="../../app/ui/careplan/tab.py" line="199"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="169"/>
        <source>These are their words</source>
        <translation>Ce sont ses mots</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="170"/>
        <source>The proposed wording is what the person says: keep it</source>
        <translation>La formulation proposée est bien ce que dit la personne : la garder</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="172"/>
        <location filename="../../app/ui/careplan/tab.py" line="201"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="188"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="197"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="203"/>
        <location filename="../../app/ui/careplan/tab.py" line="325"/>
        <source>Mark done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="248"/>
        <source>Version %1 — replaced at a review, kept as it was</source>
        <translation>Version %1 — remplacée lors d&apos;une révision, conservée telle quelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="251"/>
        <source>Version %1 — draft, not yet agreed with the person</source>
        <translation>Version %1 — projet, pas encore convenu avec la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="254"/>
        <source>Version %1 — agreed with the person on %2</source>
        <translation>Version %1 — convenue avec la personne le %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="256"/>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="257"/>
        <source>review on %1</source>
        <translation>révision le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="259"/>
        <source>reviewed on %1</source>
        <translation>révisée le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="262"/>
        <source>To change goals or actions, review the plan with the person.</source>
        <translation>Pour modifier les objectifs ou les actions, révisez le plan avec la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="269"/>
        <source>The review date has passed.</source>
        <translation>La date de révision est dépassée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/careplan/tab.py" line="271"/>
        <source>%n action(s) overdue.</source>
        <translation>
            <numerusform>%n action en retard.</numerusform>
            <numerusform>%n actions en retard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="301"/>
        <source>Proposed from the needs assessment: write it with the person, in their words.</source>
        <translation>Proposé par l&apos;évaluation des besoins : écrivez-le avec la personne, avec ses mots.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="303"/>
        <source>Strengths: %1</source>
        <translation>Forces : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="305"/>
        <source>The person says: %1</source>
        <translation>La personne dit : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/careplan/tab.py" line="307"/>
        <source>%n other action(s) are for other workers.</source>
        <translation>
            <numerusform>%n autre action est confiée à d&apos;autres intervenants.</numerusform>
            <numerusform>%n autres actions sont confiées à d&apos;autres intervenants.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="324"/>
        <source>Mark as to do</source>
        <translation>Remettre à faire</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="339"/>
        <location filename="../../app/ui/careplan/tab.py" line="412"/>
        <location filename="../../app/ui/careplan/tab.py" line="417"/>
        <source>Care plan</source>
        <translation>Plan de rétablissement</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="364"/>
        <source>Remove goal</source>
        <translation>Retirer l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="365"/>
        <source>Remove this goal and its actions from the draft?</source>
        <translation>Retirer cet objectif et ses actions du projet ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="412"/>
        <source>The PDF is kept with the person&apos;s documents.</source>
        <translation>Le PDF est conservé avec les documents de la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/tab.py" line="413"/>
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="40"/>
        <location filename="../../app/ui/careplan/followups.py" line="68"/>
        <source>My follow-ups</source>
        <translation>Mes suivis</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="43"/>
        <source>Care-plan reviews and actions whose date has passed, for the persons you accompany. Double-click a line to open the person.</source>
        <translation>Révisions de plan et actions dont la date est passée, pour les personnes que vous accompagnez. Double-cliquez sur une ligne pour ouvrir la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="49"/>
        <location filename="../../app/ui/careplan/followups.py" line="51"/>
        <source>Filter by name or action</source>
        <translation>Filtrer par nom ou action</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="55"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="82"/>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/followups.py" line="95"/>
        <source>Looking for overdue follow-ups…</source>
        <translation>Recherche des suivis en retard…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/careplan/followups.py" line="108"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="68"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="68"/>
        <source>Edit goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="70"/>
        <source>What the person wants, as they say it</source>
        <translation>Ce que la personne veut, comme elle le dit</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="73"/>
        <source>(no life domain)</source>
        <translation>(aucun domaine de vie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="78"/>
        <source>1 — first</source>
        <translation>1 — d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="78"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="78"/>
        <source>3 — later</source>
        <translation>3 — plus tard</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="81"/>
        <source>What the person can build on: skills, people, places, interests</source>
        <translation>Ce sur quoi la personne peut s&apos;appuyer : savoir-faire, personnes, lieux, intérêts</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="83"/>
        <source>Goal, in the person&apos;s words</source>
        <translation>Objectif, avec les mots de la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="84"/>
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="85"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="86"/>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
</context>
<context>
    <name>GoalReviewBox</name>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="207"/>
        <source>What the person says about this goal</source>
        <translation>Ce que la personne dit de cet objectif</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="209"/>
        <source>The new wording, in the person&apos;s words</source>
        <translation>La nouvelle formulation, avec les mots de la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="213"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="214"/>
        <source>The person&apos;s comment</source>
        <translation>Commentaire de la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="215"/>
        <source>New wording</source>
        <translation>Nouvelle formulation</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="224"/>
        <source>Review the care plan with the person</source>
        <translation>Réviser le plan avec la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="227"/>
        <source>Reviewed on</source>
        <translation>Révisé le</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="228"/>
        <source>Next review</source>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="242"/>
        <source>One goal per line (optional)</source>
        <translation>Un objectif par ligne (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="244"/>
        <source>New goals the person sets, in their words:</source>
        <translation>Nouveaux objectifs que la personne se fixe, avec ses mots :</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="250"/>
        <location filename="../../app/ui/careplan/dialogs.py" line="251"/>
        <source>How the review went (optional)</source>
        <translation>Comment s&apos;est passée la révision (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="254"/>
        <source>The person agrees with the plan as reviewed, on the review date</source>
        <translation>La personne est d&apos;accord avec le plan ainsi révisé, à la date de la révision</translation>
    </message>
    <message>
        <location filename="../../app/ui/careplan/dialogs.py" line="255"/>
        <source>Leave unticked to add or reword goals first, then record the agreement</source>
        <translation>Laissez décoché pour d&apos;abord ajouter ou reformuler des objectifs, puis enregistrer l&apos;accord</translation>
    </message>
</context>
</TS>
