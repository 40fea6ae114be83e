<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CrisisSections</name>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="35"/>
        <source>Early warning signs</source>
        <translation>Signes précurseurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="36"/>
        <source>What helps</source>
        <translation>Ce qui aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="37"/>
        <source>What does not help</source>
        <translation>Ce qui n&apos;aide pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="38"/>
        <source>Who to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="39"/>
        <source>Who not to call</source>
        <translation>Qui ne pas appeler</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="40"/>
        <source>Treatment preferences</source>
        <translation>Préférences de traitement</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="41"/>
        <source>Children, pets and home</source>
        <translation>Enfants, animaux et logement</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="42"/>
        <source>Places accepted</source>
        <translation>Lieux acceptés</translation>
    </message>
</context>
<context>
    <name>CrisisTab</name>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="54"/>
        <source>Write it with the person, in their words.</source>
        <translation>À écrire avec la personne, dans ses mots.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="69"/>
        <source>Crisis partners who may receive this plan</source>
        <translation>Partenaires de crise qui peuvent recevoir ce plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="77"/>
        <source>Crisis partners the person consents to receive the plan</source>
        <translation>Partenaires de crise qui peuvent recevoir le plan (accord de la personne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="81"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="83"/>
        <source>Agreed with the person today</source>
        <translation>Convenu avec la personne aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="86"/>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="89"/>
        <source>Print for the person</source>
        <translation>Imprimer pour la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="91"/>
        <source>Pocket card</source>
        <translation>Carte de poche</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="121"/>
        <source>No crisis plan yet.</source>
        <translation>Pas encore de plan de crise.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="123"/>
        <source>Version %1, agreed on %2</source>
        <translation>Version %1, convenue le %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="126"/>
        <source>Version %1, draft</source>
        <translation>Version %1, projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="145"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/crisis_tab.py" line="172"/>
        <source>Kept in the Documents tab, ready to print.</source>
        <translation>Conservé dans l&apos;onglet Documents, prêt à imprimer.</translation>
    </message>
</context>
<context>
    <name>ReceivedKinds</name>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="41"/>
        <source>Discharge letter</source>
        <translation>Lettre de sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="42"/>
        <source>Partner&apos;s report</source>
        <translation>Rapport d&apos;un partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="43"/>
        <source>Scanned form</source>
        <translation>Formulaire scanné</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="44"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="80"/>
        <source>Kind of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="83"/>
        <source>Add a file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="86"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="89"/>
        <source>Drop a PDF, PNG or JPEG here to add it to the file.</source>
        <translation>Déposez ici un PDF, PNG ou JPEG pour l&apos;ajouter au dossier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="101"/>
        <source>Documents received</source>
        <translation>Documents reçus</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="136"/>
        <source>No document received yet.</source>
        <translation>Aucun document reçu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="189"/>
        <source>Add a received document</source>
        <translation>Ajouter un document reçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="190"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="198"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="66"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="68"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="69"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/received_tab.py" line="70"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>StayKinds</name>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="37"/>
        <source>Psychiatric ward</source>
        <translation>Service psychiatrique</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="38"/>
        <source>General hospital</source>
        <translation>Hôpital général</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="39"/>
        <source>Detox</source>
        <translation>Sevrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="40"/>
        <source>Crisis unit</source>
        <translation>Unité de crise</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="41"/>
        <source>Residential</source>
        <translation>Résidentiel</translation>
    </message>
</context>
<context>
    <name>StayTableModel</name>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="64"/>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="66"/>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="67"/>
        <source>in stay</source>
        <translation>en séjour</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="69"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="70"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="71"/>
        <source>Planned</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="71"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="71"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>StaysTab</name>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="117"/>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="115"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="116"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="93"/>
        <source>Kind of stay</source>
        <translation>Type de séjour</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="99"/>
        <source>Discharged on</source>
        <translation>Sorti(e) le</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="104"/>
        <source>Planned admission</source>
        <translation>Admission programmée</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="107"/>
        <source>Discharge plan agreed with the ward</source>
        <translation>Plan de sortie convenu avec le service</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="112"/>
        <source>Record the stay</source>
        <translation>Enregistrer le séjour</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="106"/>
        <location filename="../../app/ui/continuity/stays_tab.py" line="124"/>
        <source>Discharge plan</source>
        <translation>Plan de sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="86"/>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="125"/>
        <source>New stay</source>
        <translation>Nouveau séjour</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="146"/>
        <source>In a stay since %1: %2</source>
        <translation>En séjour depuis le %1 : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="149"/>
        <source>Discharged on %1 from %2: review the care plan with the person.</source>
        <translation>Sorti(e) le %1 de %2 : revoyez le plan de rétablissement avec la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/stays_tab.py" line="159"/>
        <source>Discharge plan: %1</source>
        <translation>Plan de sortie : %1</translation>
    </message>
</context>
<context>
    <name>continuity</name>
    <message>
        <location filename="../../app/ui/continuity/__init__.py" line="32"/>
        <source>Crisis plan</source>
        <translation>Plan de crise</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/__init__.py" line="35"/>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <location filename="../../app/ui/continuity/__init__.py" line="38"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
</context>
</TS>
