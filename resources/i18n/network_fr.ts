<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../app/ui/network/link_dialog.py" line="23"/>
        <source>Link %1 to…</source>
        <translation>Relier %1 à…</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/link_dialog.py" line="24"/>
        <source>Tick the members who know %1 (Space ticks or unticks); untick to remove a tie.</source>
        <translation>Cochez les membres qui connaissent %1 (Espace coche ou décoche) ; décochez pour retirer un lien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/link_dialog.py" line="40"/>
        <source>Knows</source>
        <translation>Connaît</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <location filename="../../app/ui/network/panels.py" line="69"/>
        <source>Network size</source>
        <translation>Taille du réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="69"/>
        <source>Per sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="70"/>
        <source>Professionals and services</source>
        <translation>Professionnels et services</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="71"/>
        <source>Close informal ties</source>
        <translation>Proches informels</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="72"/>
        <source>People giving support</source>
        <translation>Personnes apportant un soutien</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="75"/>
        <source>Members tied to nobody else</source>
        <translation>Membres reliés à personne d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="62"/>
        <source>Density: the share of all possible ties between members that exist (0 = nobody knows anybody, 1 = everybody knows everybody).</source>
        <translation>Densité : la part des liens possibles entre les membres qui existent (0 = personne ne se connaît, 1 = tout le monde se connaît).</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="64"/>
        <source>Components: groups of members with no tie between the groups.</source>
        <translation>Composantes : groupes de membres sans lien entre les groupes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="65"/>
        <source>Ego-betweenness: how often the person is the only link between two members who do not know each other.</source>
        <translation>Intermédiarité d&apos;ego : combien de fois la personne est le seul lien entre deux membres qui ne se connaissent pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="73"/>
        <source>How many members know each other</source>
        <translation>À quel point les membres se connaissent</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="74"/>
        <source>Groups who do not know each other</source>
        <translation>Groupes qui ne se connaissent pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="76"/>
        <source>Links only the person makes</source>
        <translation>Liens que seule la personne fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="101"/>
        <source>Isolation signal: %1</source>
        <translation>Signal d&apos;isolement : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="119"/>
        <source>First map of this person: no earlier map to compare with.</source>
        <translation>Première carte de cette personne : aucune carte antérieure à comparer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="121"/>
        <source>Since the map of %1:</source>
        <translation>Depuis la carte du %1 :</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="123"/>
        <source>joined: %1</source>
        <translation>nouveaux : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="125"/>
        <source>no longer there: %1</source>
        <translation>ne sont plus là : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="130"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="130"/>
        <source>close informal ties</source>
        <translation>proches informels</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="131"/>
        <source>emotional support</source>
        <translation>soutien émotionnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="136"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="45"/>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="45"/>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="49"/>
        <source>A name, or just a role: “sister”, “neighbour”</source>
        <translation>Un nom, ou juste un rôle : « sœur », « voisin »</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="50"/>
        <location filename="../../app/ui/network/member_dialog.py" line="119"/>
        <source>Name or role</source>
        <translation>Nom ou rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="52"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="53"/>
        <location filename="../../app/ui/network/member_dialog.py" line="119"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="55"/>
        <location filename="../../app/ui/network/member_dialog.py" line="119"/>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="65"/>
        <location filename="../../app/ui/network/member_dialog.py" line="120"/>
        <source>Support given</source>
        <translation>Soutien apporté</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="67"/>
        <location filename="../../app/ui/network/member_dialog.py" line="120"/>
        <source>Contact</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="69"/>
        <location filename="../../app/ui/network/member_dialog.py" line="121"/>
        <source>Quality of the relation</source>
        <translation>Qualité de la relation</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="71"/>
        <location filename="../../app/ui/network/member_dialog.py" line="121"/>
        <source>Reciprocity</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="73"/>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="79"/>
        <location filename="../../app/ui/network/member_dialog.py" line="122"/>
        <source>Partner in the directory</source>
        <translation>Partenaire du répertoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="82"/>
        <location filename="../../app/ui/network/member_dialog.py" line="122"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/member_dialog.py" line="84"/>
        <source>Remove from the map</source>
        <translation>Retirer de la carte</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../app/ui/network/panels.py" line="21"/>
        <source>Name or role</source>
        <translation>Nom ou rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="23"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="24"/>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="26"/>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/panels.py" line="29"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../app/ui/network/tab.py" line="79"/>
        <source>No network map yet. A map shows who the person can count on: family, friends, neighbours, peers and colleagues, professionals and services.</source>
        <translation>Pas encore de carte du réseau. Une carte montre sur qui la personne peut compter : famille, amis, voisins, pairs et collègues, professionnels et services.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="84"/>
        <source>Draw the first map</source>
        <translation>Dessiner la première carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="101"/>
        <source>Map:</source>
        <translation>Carte :</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="106"/>
        <source>drawn on</source>
        <translation>établie le</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="114"/>
        <source>New map from this one</source>
        <translation>Nouvelle carte à partir de celle-ci</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="115"/>
        <source>Start a new dated map from the latest one, so nothing is asked twice</source>
        <translation>Commencer une nouvelle carte datée à partir de la dernière, pour ne rien demander deux fois</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="117"/>
        <location filename="../../app/ui/network/tab.py" line="306"/>
        <source>Delete map</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="119"/>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="121"/>
        <source>Link members</source>
        <translation>Relier des membres</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="123"/>
        <source>Drag from one member to another to record that they know each other (again to remove). Shift-drag does the same at any time.</source>
        <translation>Glissez d&apos;un membre à un autre pour noter qu&apos;ils se connaissent (à nouveau pour retirer le lien). Maj + glisser fait de même à tout moment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="126"/>
        <source>Link to…</source>
        <translation>Relier à…</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="129"/>
        <source>Choose, from a list, whom the selected member knows (%1)</source>
        <translation>Choisir dans une liste qui le membre sélectionné connaît (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="133"/>
        <source>Reset layout</source>
        <translation>Réinitialiser la disposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="162"/>
        <source>Members of the network</source>
        <translation>Membres du réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="180"/>
        <source>Note on this map</source>
        <translation>Remarque sur cette carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="185"/>
        <source>Save note</source>
        <translation>Enregistrer la remarque</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="190"/>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="191"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/network/tab.py" line="226"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n membre)</numerusform>
            <numerusform>%1 (%n membres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/network/tab.py" line="238"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="397"/>
        <source>Choose a member first, on the map or in the Members list.</source>
        <translation>Choisissez d’abord un membre, sur la carte ou dans la liste des membres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="143"/>
        <location filename="../../app/ui/network/tab.py" line="293"/>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="197"/>
        <source>Double-click the circle to add someone, a member to edit them; drag to move (into another ring to change closeness); Shift-drag between two members to tie them. By keyboard: pick a member in the Members list, then Link to… (Ctrl+Shift+L).</source>
        <translation>Double-cliquez dans le cercle pour ajouter quelqu’un, sur un membre pour le modifier ; faites glisser pour déplacer (vers un autre anneau pour changer la proximité) ; Maj + glisser entre deux membres pour les relier. Au clavier : choisissez un membre dans la liste des membres, puis Relier à… (Ctrl+Maj+L).</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="243"/>
        <source>They know each other: %1</source>
        <translation>Ils se connaissent : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="307"/>
        <source>Delete this network map? Earlier and later maps are kept.</source>
        <translation>Supprimer cette carte du réseau ? Les cartes antérieures et ultérieures sont conservées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="365"/>
        <source>Remove from the map</source>
        <translation>Retirer de la carte</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/tab.py" line="366"/>
        <source>Remove %1 from this map?</source>
        <translation>Retirer %1 de cette carte ?</translation>
    </message>
</context>
<context>
    <name>SociogramScene</name>
    <message>
        <location filename="../../app/ui/network/scene.py" line="311"/>
        <source>know each other</source>
        <translation>se connaissent</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/scene.py" line="311"/>
        <source>gives emotional support</source>
        <translation>apporte un soutien émotionnel</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <location filename="../../app/ui/network/__init__.py" line="20"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="10"/>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="11"/>
        <source>partner</source>
        <translation>partenaire de vie</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="12"/>
        <source>friend</source>
        <translation>ami·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="13"/>
        <source>neighbour</source>
        <translation>voisin·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="14"/>
        <source>peer</source>
        <translation>pair</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="15"/>
        <source>colleague</source>
        <translation>collègue</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="16"/>
        <source>professional</source>
        <translation>professionnel·le</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="17"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="23"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="24"/>
        <source>Friends and neighbours</source>
        <translation>Amis et voisins</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="25"/>
        <source>Peers and colleagues</source>
        <translation>Pairs et collègues</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="26"/>
        <source>Professionals and services</source>
        <translation>Professionnels et services</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="32"/>
        <source>close</source>
        <translation>proche</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="33"/>
        <source>middle</source>
        <translation>intermédiaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="34"/>
        <source>outer</source>
        <translation>éloigné</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="40"/>
        <source>emotional</source>
        <translation>émotionnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="41"/>
        <source>practical</source>
        <translation>pratique</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="42"/>
        <source>informational</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="43"/>
        <source>financial</source>
        <translation>financier</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="44"/>
        <source>company</source>
        <translation>compagnie</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="50"/>
        <location filename="../../app/ui/network/labels.py" line="68"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="51"/>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="52"/>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="53"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="54"/>
        <source>a few times a year</source>
        <translation>quelques fois par an</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="60"/>
        <source>supportive</source>
        <translation>soutenante</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="61"/>
        <source>ambivalent</source>
        <translation>ambivalente</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="62"/>
        <source>conflictual</source>
        <translation>conflictuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="69"/>
        <source>mutual</source>
        <translation>réciproque</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="70"/>
        <source>the person mostly receives</source>
        <translation>la personne reçoit surtout</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="71"/>
        <source>the person mostly gives</source>
        <translation>la personne donne surtout</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="77"/>
        <source>nobody informal in the close circle</source>
        <translation>personne de l&apos;entourage informel dans le cercle proche</translation>
    </message>
    <message>
        <location filename="../../app/ui/network/labels.py" line="78"/>
        <source>nobody gives emotional support</source>
        <translation>personne n&apos;apporte de soutien émotionnel</translation>
    </message>
</context>
</TS>
