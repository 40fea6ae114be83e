<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="58"/>
        <source>New multidisciplinary consultation</source>
        <translation>Nouvelle concertation multidisciplinaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="63"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="68"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="69"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="71"/>
        <location filename="../../app/ui/contacts/consultations.py" line="90"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="72"/>
        <source>At least three participants besides the person, two of them care providers</source>
        <translation>Au moins trois participants en plus de la personne, dont deux prestataires de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="73"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="73"/>
        <source>Role or profession</source>
        <translation>Rôle ou profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="74"/>
        <source>Care provider</source>
        <translation>Prestataire de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="83"/>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="91"/>
        <source>The person took part</source>
        <translation>La personne a participé</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="95"/>
        <location filename="../../app/ui/contacts/consultations.py" line="96"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="147"/>
        <source>Press OK again to record it anyway.</source>
        <translation>Appuyez à nouveau sur OK pour l&apos;enregistrer malgré tout.</translation>
    </message>
</context>
<context>
    <name>ConsultationsBox</name>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="161"/>
        <location filename="../../app/ui/contacts/consultations.py" line="182"/>
        <source>Multidisciplinary consultations</source>
        <translation>Concertations multidisciplinaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="166"/>
        <source>New consultation</source>
        <translation>Nouvelle concertation</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="170"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="171"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="173"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="178"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="179"/>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="179"/>
        <source>absent</source>
        <translation>absente</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/consultations.py" line="207"/>
        <source>%1 of %2 minutes over the last 12 months</source>
        <translation>%1 sur %2 minutes au cours des 12 derniers mois</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="15"/>
        <source>Face to face</source>
        <translation>Face à face</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="16"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="17"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="18"/>
        <source>Street outreach</source>
        <translation>Travail de rue</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="19"/>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="20"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="57"/>
        <source>Within the limit</source>
        <translation>Dans la limite</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="58"/>
        <source>Limit near</source>
        <translation>Limite proche</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="59"/>
        <source>Limit reached</source>
        <translation>Limite atteinte</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="60"/>
        <source>Limit exceeded</source>
        <translation>Limite dépassée</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/labels.py" line="61"/>
        <source>No limit</source>
        <translation>Pas de limite</translation>
    </message>
</context>
<context>
    <name>ContactNotice</name>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="30"/>
        <source>Contact recorded for %1</source>
        <translation>Contact enregistré pour %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="31"/>
        <source>Contact recorded</source>
        <translation>Contact enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="32"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="33"/>
        <source>Remove the contact just recorded</source>
        <translation>Supprimer le contact qui vient d&apos;être enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="37"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/notice.py" line="56"/>
        <source>Contact removed</source>
        <translation>Contact supprimé</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="23"/>
        <source>Anonymous: %1</source>
        <translation>Anonyme : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="30"/>
        <source>(private note of another worker)</source>
        <translation>(note privée d&apos;un·e autre intervenant·e)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="32"/>
        <source>[private] </source>
        <translation>[privé] </translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="43"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="46"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="48"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="50"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="51"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="52"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="53"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="54"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="55"/>
        <source>Worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="59"/>
        <source>Convention session</source>
        <translation>Séance convention</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/contact_table.py" line="60"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ContactsFeature</name>
    <message>
        <location filename="../../app/ui/contacts/__init__.py" line="40"/>
        <source>Quick contact</source>
        <translation>Contact rapide</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/__init__.py" line="43"/>
        <location filename="../../app/ui/contacts/__init__.py" line="46"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="47"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="47"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="47"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="48"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="48"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="53"/>
        <source>All modes</source>
        <translation>Tous les modes</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="57"/>
        <location filename="../../app/ui/contacts/page.py" line="59"/>
        <source>Place contains…</source>
        <translation>Le lieu contient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="61"/>
        <source>My contacts</source>
        <translation>Mes contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="62"/>
        <source>Everyone&apos;s</source>
        <translation>De toute l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="66"/>
        <source>Anonymous only</source>
        <translation>Anonymes seulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="67"/>
        <source>New contact (Ctrl+K)</source>
        <translation>Nouveau contact (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="68"/>
        <source>Link to a person…</source>
        <translation>Lier à une personne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="70"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="74"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="74"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="75"/>
        <source>Worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="96"/>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="91"/>
        <location filename="../../app/ui/contacts/page.py" line="98"/>
        <location filename="../../app/ui/contacts/page.py" line="185"/>
        <location filename="../../app/ui/contacts/page.py" line="219"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="100"/>
        <source>Anonymous</source>
        <translation>Anonymes</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="102"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="109"/>
        <source>Contacts by week</source>
        <translation>Contacts par semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="118"/>
        <source>Contacts per week</source>
        <translation>Contacts par semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="166"/>
        <source>Loading contacts…</source>
        <translation>Chargement des contacts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="175"/>
        <source>%1 contacts, %2 anonymous, %3 hours</source>
        <translation>%1 contacts, dont %2 anonymes, %3 heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="179"/>
        <source>(the latest %1 are listed)</source>
        <translation>(les %1 plus récents sont listés)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="211"/>
        <source>Delete a contact</source>
        <translation>Supprimer un contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/page.py" line="212"/>
        <source>Delete the contact of %1 with %2? This cannot be undone.</source>
        <translation>Supprimer le contact du %1 avec %2 ? Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>LinkEncounterDialog</name>
    <message>
        <location filename="../../app/ui/contacts/link_dialog.py" line="19"/>
        <source>Link to a person</source>
        <translation>Lier à une personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/link_dialog.py" line="21"/>
        <source>Encounter: %1. Its description stays in the history.</source>
        <translation>Rencontre : %1. Sa description reste dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/link_dialog.py" line="27"/>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/link_dialog.py" line="32"/>
        <source>Choose the person first.</source>
        <translation>Choisissez d&apos;abord la personne.</translation>
    </message>
</context>
<context>
    <name>PersonContactsTab</name>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="47"/>
        <source>New contact (Ctrl+K)</source>
        <translation>Nouveau contact (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="54"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="55"/>
        <source>Setting</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="56"/>
        <source>Age group</source>
        <translation>Groupe d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="57"/>
        <source>Sessions (12 months)</source>
        <translation>Séances (12 mois)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="59"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="60"/>
        <source>A session frees up on</source>
        <translation>Une séance se libère le</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="64"/>
        <source>Reimbursed sessions</source>
        <translation>Séances remboursées</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="70"/>
        <source>Convention sessions over the last 12 months</source>
        <translation>Séances de la convention sur les 12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="76"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="104"/>
        <source>%1 contacts, %2 hours in all</source>
        <translation>%1 contacts, %2 heures au total</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="116"/>
        <source>No convention session in the last 12 months.</source>
        <translation>Aucune séance de la convention sur les 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_tab.py" line="121"/>
        <source>%1: %2 of %3 sessions used. %4.</source>
        <translation>%1 : %2 séances utilisées sur %3. %4.</translation>
    </message>
</context>
<context>
    <name>PersonMatchModel</name>
    <message>
        <location filename="../../app/ui/contacts/person_picker.py" line="21"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_picker.py" line="26"/>
        <source>file closed</source>
        <translation>dossier clôturé</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../app/ui/contacts/person_picker.py" line="41"/>
        <source>Type a name, alias, NISS or birth year</source>
        <translation>Tapez un nom, un surnom, un NISS ou une année de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/person_picker.py" line="43"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>QuickContactDialog</name>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="59"/>
        <location filename="../../app/ui/contacts/quick_entry.py" line="100"/>
        <source>Quick contact</source>
        <translation>Contact rapide</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="60"/>
        <source>This contact is not saved yet.</source>
        <translation>Ce contact n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="62"/>
        <source>Save it</source>
        <translation>L&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="64"/>
        <source>Discard it</source>
        <translation>L&apos;abandonner</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="66"/>
        <source>Keep writing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="103"/>
        <source>Anonymous encounter, not registered (Alt+A)</source>
        <translation>Rencontre anonyme, personne non inscrite (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="106"/>
        <source>A few words to recognise them again</source>
        <translation>Quelques mots pour la reconnaître</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="108"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="116"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="135"/>
        <source>Type to jump to a domain, Space to tick it</source>
        <translation>Tapez pour aller à un domaine, Espace pour le cocher</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="139"/>
        <source>&amp;Private note (only I can read it)</source>
        <translation>Note &amp;privée (moi seul·e peux la lire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="140"/>
        <source>&amp;Follow-up needed</source>
        <translation>Su&amp;ivi nécessaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="144"/>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="147"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="150"/>
        <source>Nic&amp;kname</source>
        <translation>Surn&amp;om</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="156"/>
        <source>D&amp;uration</source>
        <translation>Du&amp;rée</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="160"/>
        <source>W&amp;hen</source>
        <translation>Q&amp;uand</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="163"/>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="164"/>
        <source>P&amp;lace</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="165"/>
        <source>&amp;Topics</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="166"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="184"/>
        <location filename="../../app/ui/contacts/quick_entry.py" line="317"/>
        <location filename="../../app/ui/contacts/quick_entry.py" line="322"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="250"/>
        <source>Convention session (psychological care)</source>
        <translation>Séance de la convention (soins psychologiques)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="252"/>
        <source>Not a convention session</source>
        <translation>Pas une séance de la convention</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="371"/>
        <source>Save anyway (Ctrl+Enter)</source>
        <translation>Enregistrer quand même (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/quick_entry.py" line="374"/>
        <source>an anonymous person</source>
        <translation>une personne anonyme</translation>
    </message>
</context>
</TS>
