<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="95"/>
        <source>Record a consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="95"/>
        <source>Add to a consent</source>
        <translation>Compléter un consentement</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="98"/>
        <location filename="../../app/ui/referrals/dialogs.py" line="113"/>
        <source>One partner</source>
        <translation>Un partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="99"/>
        <location filename="../../app/ui/referrals/dialogs.py" line="114"/>
        <source>A category of recipients</source>
        <translation>Une catégorie de destinataires</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="131"/>
        <location filename="../../app/ui/referrals/dialogs.py" line="134"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="145"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="147"/>
        <source>Information the person agrees to share</source>
        <translation>Informations que la personne accepte de partager</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="149"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="150"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="151"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="171"/>
        <source>The person&apos;s consent for this recipient is extended with the ticked information; its date, form and purpose stay as they are.</source>
        <translation>Le consentement de la personne pour ce destinataire est complété par les informations cochées ; sa date, sa forme et son objet restent inchangés.</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="37"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="38"/>
        <source>Information shared</source>
        <translation>Informations partagées</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="40"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="42"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="44"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="46"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="43"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="51"/>
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="376"/>
        <source>Follow-up reminder</source>
        <translation>Rappel de suivi</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="377"/>
        <location filename="../../app/ui/referrals/dialogs.py" line="381"/>
        <source>Remind me on</source>
        <translation>Me le rappeler le</translation>
    </message>
</context>
<context>
    <name>GpLine</name>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="29"/>
        <source>Choose GP from the directory…</source>
        <translation>Choisir le médecin traitant dans le répertoire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="30"/>
        <source>New GP…</source>
        <translation>Nouveau médecin traitant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="44"/>
        <source>GP: not in the directory</source>
        <translation>Médecin traitant : pas dans le répertoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="47"/>
        <source>GP: %1</source>
        <translation>Médecin traitant : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="56"/>
        <source>Choose GP</source>
        <translation>Choisir le médecin traitant</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="56"/>
        <source>GP or medical house</source>
        <translation>Médecin généraliste ou maison médicale</translation>
    </message>
</context>
<context>
    <name>PendingReferralsPage</name>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="29"/>
        <source>Only the persons I accompany</source>
        <translation>Seulement les personnes que j&apos;accompagne</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="25"/>
        <location filename="../../app/ui/referrals/pending.py" line="32"/>
        <source>Pending referrals</source>
        <translation>Orientations en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="42"/>
        <source>Double-click a row to open the person&apos;s file.</source>
        <translation>Double-cliquez sur une ligne pour ouvrir le dossier de la personne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/referrals/pending.py" line="56"/>
        <source>%n referral(s) waiting</source>
        <translation>
            <numerusform>%n orientation en attente</numerusform>
            <numerusform>%n orientations en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/referrals/pending.py" line="57"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n suivi à faire</numerusform>
            <numerusform>%n suivis à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="80"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="81"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="82"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="83"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="85"/>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="87"/>
        <source>Days waiting</source>
        <translation>Jours d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="89"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="220"/>
        <source>New referral</source>
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="220"/>
        <source>Edit draft referral</source>
        <translation>Modifier le brouillon d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="236"/>
        <source>Why refer anyway? (printed in the letter)</source>
        <translation>Pourquoi orienter malgré tout ? (imprimé dans la lettre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="238"/>
        <source>Reason to refer despite the criteria</source>
        <translation>Raison d&apos;orienter malgré les critères</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="248"/>
        <source>The person&apos;s request, in their own words</source>
        <translation>La demande de la personne, dans ses mots</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="261"/>
        <location filename="../../app/ui/referrals/dialogs.py" line="264"/>
        <source>Follow up on</source>
        <translation>Suivi le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="268"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="271"/>
        <source>Request (the person&apos;s words)</source>
        <translation>Demande (mots de la personne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="272"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="273"/>
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="274"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="275"/>
        <source>Share with the letter</source>
        <translation>Partager avec la lettre</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="283"/>
        <source>Sent letters default to a follow-up two weeks later.</source>
        <translation>Une lettre envoyée prévoit par défaut un suivi deux semaines plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="285"/>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="315"/>
        <source>The person may not meet this partner&apos;s criteria:</source>
        <translation>La personne pourrait ne pas répondre aux critères de ce partenaire :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="332"/>
        <source>Choose a partner.</source>
        <translation>Choisissez un partenaire.</translation>
    </message>
</context>
<context>
    <name>ReferralLabels</name>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="9"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="10"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="11"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="12"/>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="13"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="14"/>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="15"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="18"/>
        <source>Routine</source>
        <translation>Habituelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="19"/>
        <source>Within weeks</source>
        <translation>Sous quelques semaines</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="20"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="23"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="24"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="25"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="26"/>
        <source>Not yet valid</source>
        <translation>Pas encore valide</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="29"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="30"/>
        <source>Needs summary (CANSAS)</source>
        <translation>Résumé des besoins (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="31"/>
        <source>Goals (care plan)</source>
        <translation>Objectifs (plan de rétablissement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="32"/>
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="33"/>
        <source>Functional bilan</source>
        <translation>Bilan fonctionnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="34"/>
        <source>Referral letter</source>
        <translation>Lettre d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="37"/>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="38"/>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="62"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="63"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="64"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="66"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="67"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../../app/ui/referrals/__init__.py" line="22"/>
        <source>Referrals &amp; consents</source>
        <translation>Orientations, consentements</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/__init__.py" line="28"/>
        <source>Pending referrals</source>
        <translation>Orientations en attente</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="104"/>
        <source>Record consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="105"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="103"/>
        <location filename="../../app/ui/referrals/tab.py" line="115"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="133"/>
        <source>New referral…</source>
        <translation>Nouvelle orientation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="134"/>
        <source>Edit draft…</source>
        <translation>Modifier le brouillon…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="136"/>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="137"/>
        <source>Follow-up…</source>
        <translation>Suivi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="143"/>
        <source>Save letter as PDF…</source>
        <translation>Enregistrer la lettre en PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="144"/>
        <location filename="../../app/ui/referrals/tab.py" line="352"/>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="128"/>
        <location filename="../../app/ui/referrals/tab.py" line="155"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="106"/>
        <source>Add to this consent…</source>
        <translation>Compléter ce consentement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="107"/>
        <source>The person agrees to share more with the same recipient</source>
        <translation>La personne accepte de partager davantage avec le même destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="132"/>
        <source>Selected referral</source>
        <translation>Orientation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="139"/>
        <source>File letter, mark sent</source>
        <translation>Classer la lettre, marquer envoyée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="140"/>
        <source>Relais sends nothing itself: it writes the letter in the partner&apos;s language, keeps it in the person&apos;s documents and marks the referral sent. Print it or export it from the Documents tab.</source>
        <translation>Relais n&apos;envoie rien lui-même : il rédige la lettre dans la langue du partenaire, la garde dans les documents de la personne et marque l&apos;orientation comme envoyée. Imprimez-la ou exportez-la depuis l&apos;onglet Documents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="193"/>
        <source>No consent recorded: nothing can be shared with partners.</source>
        <translation>Aucun consentement enregistré : rien ne peut être partagé avec les partenaires.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="195"/>
        <source>No valid consent: every consent has expired or been revoked.</source>
        <translation>Aucun consentement valide : tous ont expiré ou ont été révoqués.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="197"/>
        <source>The last valid consent expires on %1.</source>
        <translation>Le dernier consentement valide expire le %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="249"/>
        <source>Select a referral to see its request and history.</source>
        <translation>Sélectionnez une orientation pour voir la demande et l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="251"/>
        <source>Request (the person&apos;s words):</source>
        <translation>Demande (mots de la personne) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="252"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="254"/>
        <source>Referred despite the criteria because:</source>
        <translation>Orientée malgré les critères parce que :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="255"/>
        <source>Shared: %1</source>
        <translation>Partagé : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="257"/>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="305"/>
        <source>Consent recorded: the letter can be sent now.</source>
        <translation>Consentement enregistré : la lettre peut maintenant être envoyée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="312"/>
        <source>Revoke consent</source>
        <translation>Révoquer le consentement</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="313"/>
        <source>The person withdraws this consent today. Note (optional):</source>
        <translation>La personne retire ce consentement aujourd&apos;hui. Remarque (facultatif) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="352"/>
        <source>Delete this draft referral?</source>
        <translation>Supprimer ce brouillon d&apos;orientation ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="367"/>
        <location filename="../../app/ui/referrals/tab.py" line="437"/>
        <source>Preparing the letter…</source>
        <translation>Préparation de la lettre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="370"/>
        <source>Letter produced in the partner&apos;s language and kept in the person&apos;s documents; the referral is marked sent.</source>
        <translation>Lettre établie dans la langue du partenaire et conservée dans les documents de la personne ; l&apos;orientation est marquée envoyée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="374"/>
        <source>Letter filed, not yet sent</source>
        <translation>Lettre classée, pas encore envoyée</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="375"/>
        <source>The letter is kept in the person&apos;s documents and the referral is marked sent, but Relais has not sent it. Print it or export it from the Documents tab, then send it the way you agreed with the partner.</source>
        <translation>La lettre est gardée dans les documents de la personne et l&apos;orientation est marquée envoyée, mais Relais ne l&apos;a pas envoyée. Imprimez-la ou exportez-la depuis l&apos;onglet Documents, puis envoyez-la comme convenu avec le partenaire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="381"/>
        <source>Open the Documents tab</source>
        <translation>Ouvrir l&apos;onglet Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="398"/>
        <source>Sending refused — %1</source>
        <translation>Envoi refusé — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="417"/>
        <source>Add to the consent…</source>
        <translation>Compléter le consentement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="418"/>
        <source>Record the missing consent…</source>
        <translation>Enregistrer le consentement manquant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="426"/>
        <source>Save the letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="427"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="436"/>
        <source>Letter saved to %1</source>
        <translation>Lettre enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="349"/>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="356"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="357"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="358"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="359"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
</TS>
