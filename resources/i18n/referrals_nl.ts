<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="95"/>
        <source>Record a consent</source>
        <translation>Toestemming registreren</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="95"/>
        <source>Add to a consent</source>
        <translation>Een toestemming aanvullen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="98"/>
        <location filename="../../app/ui/referrals/dialogs.py" line="113"/>
        <source>One partner</source>
        <translation>Eén partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="99"/>
        <location filename="../../app/ui/referrals/dialogs.py" line="114"/>
        <source>A category of recipients</source>
        <translation>Een categorie ontvangers</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="131"/>
        <location filename="../../app/ui/referrals/dialogs.py" line="134"/>
        <source>Expires on</source>
        <translation>Vervalt op</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="145"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="147"/>
        <source>Information the person agrees to share</source>
        <translation>Informatie die de persoon wil delen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="149"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="150"/>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="151"/>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="171"/>
        <source>The person&apos;s consent for this recipient is extended with the ticked information; its date, form and purpose stay as they are.</source>
        <translation>De toestemming van de persoon voor deze ontvanger wordt aangevuld met de aangevinkte informatie; datum, vorm en doel blijven ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="37"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="38"/>
        <source>Information shared</source>
        <translation>Gedeelde informatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="40"/>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="42"/>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="44"/>
        <source>Expires</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="46"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="43"/>
        <source>Recorded by</source>
        <translation>Geregistreerd door</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="51"/>
        <source>Category: %1</source>
        <translation>Categorie: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="376"/>
        <source>Follow-up reminder</source>
        <translation>Herinnering voor opvolging</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="377"/>
        <location filename="../../app/ui/referrals/dialogs.py" line="381"/>
        <source>Remind me on</source>
        <translation>Herinner mij op</translation>
    </message>
</context>
<context>
    <name>GpLine</name>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="29"/>
        <source>Choose GP from the directory…</source>
        <translation>Huisarts kiezen uit de lijst…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="30"/>
        <source>New GP…</source>
        <translation>Nieuwe huisarts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="44"/>
        <source>GP: not in the directory</source>
        <translation>Huisarts: niet in de lijst</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="47"/>
        <source>GP: %1</source>
        <translation>Huisarts: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="56"/>
        <source>Choose GP</source>
        <translation>Huisarts kiezen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/gp.py" line="56"/>
        <source>GP or medical house</source>
        <translation>Huisarts of wijkgezondheidscentrum</translation>
    </message>
</context>
<context>
    <name>PendingReferralsPage</name>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="29"/>
        <source>Only the persons I accompany</source>
        <translation>Alleen de personen die ik begeleid</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="25"/>
        <location filename="../../app/ui/referrals/pending.py" line="32"/>
        <source>Pending referrals</source>
        <translation>Lopende doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/pending.py" line="42"/>
        <source>Double-click a row to open the person&apos;s file.</source>
        <translation>Dubbelklik op een rij om het dossier van de persoon te openen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/referrals/pending.py" line="56"/>
        <source>%n referral(s) waiting</source>
        <translation>
            <numerusform>%n doorverwijzing wacht</numerusform>
            <numerusform>%n doorverwijzingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/referrals/pending.py" line="57"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n opvolging te doen</numerusform>
            <numerusform>%n opvolgingen te doen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="80"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="81"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="83"/>
        <source>Urgency</source>
        <translation>Dringendheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="85"/>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="87"/>
        <source>Days waiting</source>
        <translation>Dagen wachten</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="89"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="220"/>
        <source>New referral</source>
        <translation>Nieuwe doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="220"/>
        <source>Edit draft referral</source>
        <translation>Ontwerp van doorverwijzing bewerken</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="236"/>
        <source>Why refer anyway? (printed in the letter)</source>
        <translation>Waarom toch doorverwijzen? (komt in de brief)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="238"/>
        <source>Reason to refer despite the criteria</source>
        <translation>Reden om toch door te verwijzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="248"/>
        <source>The person&apos;s request, in their own words</source>
        <translation>De vraag van de persoon, in eigen woorden</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="261"/>
        <location filename="../../app/ui/referrals/dialogs.py" line="264"/>
        <source>Follow up on</source>
        <translation>Opvolgen op</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="268"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="271"/>
        <source>Request (the person&apos;s words)</source>
        <translation>Vraag (woorden van de persoon)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="272"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="273"/>
        <source>Life domain</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="274"/>
        <source>Urgency</source>
        <translation>Dringendheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="275"/>
        <source>Share with the letter</source>
        <translation>Delen met de brief</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="283"/>
        <source>Sent letters default to a follow-up two weeks later.</source>
        <translation>Voor een verstuurde brief wordt standaard twee weken later een opvolging gepland.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="285"/>
        <source>Save draft</source>
        <translation>Ontwerp opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="315"/>
        <source>The person may not meet this partner&apos;s criteria:</source>
        <translation>De persoon voldoet mogelijk niet aan de criteria van deze partner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="332"/>
        <source>Choose a partner.</source>
        <translation>Kies een partner.</translation>
    </message>
</context>
<context>
    <name>ReferralLabels</name>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="9"/>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="10"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="11"/>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="12"/>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="13"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="14"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="15"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="18"/>
        <source>Routine</source>
        <translation>Gewoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="19"/>
        <source>Within weeks</source>
        <translation>Binnen enkele weken</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="20"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="23"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="24"/>
        <source>Expired</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="25"/>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="26"/>
        <source>Not yet valid</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="29"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="30"/>
        <source>Needs summary (CANSAS)</source>
        <translation>Samenvatting zorgbehoeften (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="31"/>
        <source>Goals (care plan)</source>
        <translation>Doelen (herstelplan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="32"/>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="33"/>
        <source>Functional bilan</source>
        <translation>Functioneel bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="34"/>
        <source>Referral letter</source>
        <translation>Verwijsbrief</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="37"/>
        <source>Oral</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/labels.py" line="38"/>
        <source>Written</source>
        <translation>Schriftelijk</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="62"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="64"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="66"/>
        <source>Urgency</source>
        <translation>Dringendheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/models.py" line="67"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../../app/ui/referrals/__init__.py" line="22"/>
        <source>Referrals &amp; consents</source>
        <translation>Verwijzingen, toestemming</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/__init__.py" line="28"/>
        <source>Pending referrals</source>
        <translation>Lopende doorverwijzingen</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="104"/>
        <source>Record consent…</source>
        <translation>Toestemming registreren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="105"/>
        <source>Revoke…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="103"/>
        <location filename="../../app/ui/referrals/tab.py" line="115"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="133"/>
        <source>New referral…</source>
        <translation>Nieuwe doorverwijzing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="134"/>
        <source>Edit draft…</source>
        <translation>Ontwerp bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="136"/>
        <source>Change status…</source>
        <translation>Status wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="137"/>
        <source>Follow-up…</source>
        <translation>Opvolging…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="143"/>
        <source>Save letter as PDF…</source>
        <translation>Brief als pdf opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="144"/>
        <location filename="../../app/ui/referrals/tab.py" line="352"/>
        <source>Delete draft</source>
        <translation>Ontwerp verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="128"/>
        <location filename="../../app/ui/referrals/tab.py" line="155"/>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="106"/>
        <source>Add to this consent…</source>
        <translation>Deze toestemming aanvullen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="107"/>
        <source>The person agrees to share more with the same recipient</source>
        <translation>De persoon stemt ermee in meer te delen met dezelfde ontvanger</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="132"/>
        <source>Selected referral</source>
        <translation>Geselecteerde doorverwijzing</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="139"/>
        <source>File letter, mark sent</source>
        <translation>Brief opbergen, als verstuurd markeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="140"/>
        <source>Relais sends nothing itself: it writes the letter in the partner&apos;s language, keeps it in the person&apos;s documents and marks the referral sent. Print it or export it from the Documents tab.</source>
        <translation>Relais verstuurt zelf niets: het schrijft de brief in de taal van de partner, bewaart hem bij de documenten van de persoon en markeert de doorverwijzing als verstuurd. Druk hem af of exporteer hem vanuit het tabblad Documenten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="193"/>
        <source>No consent recorded: nothing can be shared with partners.</source>
        <translation>Geen toestemming geregistreerd: er kan niets met partners gedeeld worden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="195"/>
        <source>No valid consent: every consent has expired or been revoked.</source>
        <translation>Geen geldige toestemming: alle toestemmingen zijn vervallen of ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="197"/>
        <source>The last valid consent expires on %1.</source>
        <translation>De laatste geldige toestemming vervalt op %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="249"/>
        <source>Select a referral to see its request and history.</source>
        <translation>Selecteer een doorverwijzing om de vraag en de geschiedenis te zien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="251"/>
        <source>Request (the person&apos;s words):</source>
        <translation>Vraag (woorden van de persoon):</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="252"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="254"/>
        <source>Referred despite the criteria because:</source>
        <translation>Toch doorverwezen omdat:</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="255"/>
        <source>Shared: %1</source>
        <translation>Gedeeld: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="257"/>
        <source>History:</source>
        <translation>Geschiedenis:</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="305"/>
        <source>Consent recorded: the letter can be sent now.</source>
        <translation>Toestemming geregistreerd: de brief kan nu verstuurd worden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="312"/>
        <source>Revoke consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="313"/>
        <source>The person withdraws this consent today. Note (optional):</source>
        <translation>De persoon trekt deze toestemming vandaag in. Opmerking (optioneel):</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="352"/>
        <source>Delete this draft referral?</source>
        <translation>Dit ontwerp van doorverwijzing verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="367"/>
        <location filename="../../app/ui/referrals/tab.py" line="437"/>
        <source>Preparing the letter…</source>
        <translation>Brief wordt opgemaakt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="370"/>
        <source>Letter produced in the partner&apos;s language and kept in the person&apos;s documents; the referral is marked sent.</source>
        <translation>Brief opgemaakt in de taal van de partner en bewaard bij de documenten van de persoon; de doorverwijzing staat op verstuurd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="374"/>
        <source>Letter filed, not yet sent</source>
        <translation>Brief opgeborgen, nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="375"/>
        <source>The letter is kept in the person&apos;s documents and the referral is marked sent, but Relais has not sent it. Print it or export it from the Documents tab, then send it the way you agreed with the partner.</source>
        <translation>De brief is bewaard bij de documenten van de persoon en de doorverwijzing is als verstuurd gemarkeerd, maar Relais heeft hem niet verstuurd. Druk hem af of exporteer hem vanuit het tabblad Documenten en verstuur hem zoals afgesproken met de partner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="381"/>
        <source>Open the Documents tab</source>
        <translation>Het tabblad Documenten openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="398"/>
        <source>Sending refused — %1</source>
        <translation>Versturen geweigerd — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="417"/>
        <source>Add to the consent…</source>
        <translation>De toestemming aanvullen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="418"/>
        <source>Record the missing consent…</source>
        <translation>De ontbrekende toestemming registreren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="426"/>
        <source>Save the letter as PDF</source>
        <translation>Brief als pdf opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="427"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/tab.py" line="436"/>
        <source>Letter saved to %1</source>
        <translation>Brief opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="349"/>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="356"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="357"/>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="358"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/referrals/dialogs.py" line="359"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
</TS>
