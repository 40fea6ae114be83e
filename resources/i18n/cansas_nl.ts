<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="42"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="43"/>
        <source>Pairs compared</source>
        <translation>Vergeleken paren</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="45"/>
        <source>Agree</source>
        <translation>Eens</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="47"/>
        <source>Agreement</source>
        <translation>Overeenstemming</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../app/ui/cansas/__init__.py" line="39"/>
        <source>Needs agreement</source>
        <translation>Overeenstemming zorgbehoeften</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="57"/>
        <source>Whose persons</source>
        <translation>Personen van wie</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="58"/>
        <source>All persons</source>
        <translation>Alle personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="60"/>
        <source>Caseload of %1</source>
        <translation>Caseload van %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="62"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="65"/>
        <source>Per core domain: complete staff and person-rated assessments of the same period (a month apart at most) compared rating by rating. Domains rated 9 by either side are left out. Agreement under 75% is highlighted.</source>
        <translation>Per kerndomein: volledige beoordelingen door hulpverlener en persoon uit dezelfde periode (hoogstens een maand uit elkaar), score per score vergeleken. Domeinen die een van beiden met 9 scoort, vallen weg. Overeenstemming onder 75% wordt gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="75"/>
        <source>Agreement by domain</source>
        <translation>Overeenstemming per domein</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="87"/>
        <source>&lt;b&gt;Staff and person agreement on needs (CANSAS)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Overeenstemming tussen hulpverleners en personen over zorgbehoeften (CANSAS)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="96"/>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="98"/>
        <source>Comparing staff and person ratings…</source>
        <translation>Scores van hulpverleners en personen vergelijken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/cansas/agreement.py" line="102"/>
        <source>%n staff/person pair(s) of assessments compared</source>
        <translation>
            <numerusform>%n paar beoordelingen hulpverlener/persoon vergeleken</numerusform>
            <numerusform>%n paren beoordelingen hulpverlener/persoon vergeleken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="55"/>
        <source>Extra domains are chosen when an assessment is created and reported apart from the 22 core domains.</source>
        <translation>Extra domeinen worden gekozen bij het aanmaken van een beoordeling en apart van de 22 kerndomeinen gerapporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="77"/>
        <source>Keyboard: 0, 1, 2 or 9 rates the domain and moves down · ↑ ↓ move · Enter writes a comment · Delete clears a rating</source>
        <translation>Toetsenbord: 0, 1, 2 of 9 scoort het domein en gaat naar het volgende · ↑ ↓ verplaatsen · Enter schrijft een opmerking · Delete wist een score</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="82"/>
        <source>Save as draft</source>
        <translation>Opslaan als concept</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="84"/>
        <source>Save and mark complete</source>
        <translation>Opslaan als volledig</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="87"/>
        <source>Undo changes</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="58"/>
        <location filename="../../app/ui/cansas/form.py" line="91"/>
        <source>Assessment date</source>
        <translation>Datum van de beoordeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="59"/>
        <location filename="../../app/ui/cansas/form.py" line="92"/>
        <source>Rated by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="60"/>
        <location filename="../../app/ui/cansas/form.py" line="93"/>
        <source>Extra domains</source>
        <translation>Extra domeinen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="75"/>
        <source>Ratings by domain</source>
        <translation>Scores per domein</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="76"/>
        <source>0, 1, 2 or 9 rates the domain; Enter writes a comment</source>
        <translation>0, 1, 2 of 9 scoort het domein; Enter schrijft een opmerking</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="164"/>
        <source>Met %1 · Unmet %2 · Total needs %3 of 22 · Not known %4 (not counted as needs)</source>
        <translation>Vervuld %1 · Onvervuld %2 · Totaal zorgbehoeften %3 op 22 · Onbekend %4 (niet als zorgbehoefte geteld)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="168"/>
        <source>Extra domains, apart: %1 met, %2 unmet, %3 not known</source>
        <translation>Extra domeinen, apart: %1 vervuld, %2 onvervuld, %3 onbekend</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="173"/>
        <source>Complete — counted in summaries</source>
        <translation>Volledig — meegeteld in de samenvattingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/cansas/form.py" line="176"/>
        <source>DRAFT — %n domain(s) to rate; not counted in any summary until complete</source>
        <translation>
            <numerusform>CONCEPT — nog %n domein te scoren; telt in geen enkele samenvatting tot ze volledig is</numerusform>
            <numerusform>CONCEPT — nog %n domeinen te scoren; telt in geen enkele samenvatting tot ze volledig is</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="57"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="59"/>
        <source>Rated by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="61"/>
        <source>Met</source>
        <translation>Vervuld</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="64"/>
        <source>Unmet</source>
        <translation>Onvervuld</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="67"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="69"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="74"/>
        <source>Extra domains</source>
        <translation>Extra domeinen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="63"/>
        <source>Met needs: core domains rated 1 (0 to 22)</source>
        <translation>Vervulde zorgbehoeften: kerndomeinen met score 1 (0 tot 22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="66"/>
        <source>Unmet needs: core domains rated 2 (0 to 22)</source>
        <translation>Onvervulde zorgbehoeften: kerndomeinen met score 2 (0 tot 22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="68"/>
        <source>Total needs: met + unmet (0 to 22)</source>
        <translation>Totaal zorgbehoeften: vervuld + onvervuld (0 tot 22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="71"/>
        <source>Core domains rated 9: not known, never counted as needs</source>
        <translation>Kerndomeinen met score 9: onbekend, nooit als zorgbehoefte geteld</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="75"/>
        <source>Extra domains, reported apart from the 22: met / unmet</source>
        <translation>Extra domeinen, apart van de 22 gerapporteerd: vervuld / onvervuld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/cansas/models.py" line="80"/>
        <source>Draft — %n to rate</source>
        <translation>
            <numerusform>Concept — nog %n te scoren</numerusform>
            <numerusform>Concept — nog %n te scoren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="81"/>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="226"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="232"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="248"/>
        <source>same</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="248"/>
        <source>▼ less need</source>
        <translation>▼ minder zorgbehoefte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="249"/>
        <source>▲ more need</source>
        <translation>▲ meer zorgbehoefte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="249"/>
        <source>? not comparable</source>
        <translation>? niet vergelijkbaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="250"/>
        <source>new domain</source>
        <translation>nieuw domein</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="250"/>
        <source>not rated later</source>
        <translation>later niet gescoord</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <location filename="../../app/ui/cansas/editor.py" line="37"/>
        <source>Comment (optional)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="190"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="196"/>
        <source>Agreement</source>
        <translation>Overeenstemming</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="186"/>
        <source>cannot compare</source>
        <translation>niet vergelijkbaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="187"/>
        <source>agree</source>
        <translation>eens</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="187"/>
        <source>≠ disagree</source>
        <translation>≠ oneens</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="53"/>
        <source>Staff and person ratings side by side</source>
        <translation>Scores van het team en van de persoon naast elkaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="63"/>
        <source>No assessment by the other rater within a month of this one. Record the person&apos;s own ratings (or the staff&apos;s) for the same period to compare.</source>
        <translation>Geen beoordeling door de andere beoordelaar binnen een maand van deze. Registreer de eigen scores van de persoon (of van de hulpverlener) voor dezelfde periode om te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="68"/>
        <source>Staff and person agree on %1 core domain(s) and disagree on %2 (highlighted). Domains rated 9 by either side are not compared. The two assessments are never merged.</source>
        <translation>Hulpverlener en persoon zijn het eens over %1 kerndomein(en) en oneens over %2 (gemarkeerd). Domeinen die een van beiden met 9 scoort, worden niet vergeleken. De twee beoordelingen worden nooit samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="72"/>
        <source>One of the two is still a draft: its unrated domains cannot be compared yet.</source>
        <translation>Een van beide is nog een concept: de niet-gescoorde domeinen kunnen nog niet worden vergeleken.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="93"/>
        <source>Changes by domain</source>
        <translation>Veranderingen per domein</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="94"/>
        <source>Changes need two complete assessments.</source>
        <translation>Veranderingen vragen twee volledige beoordelingen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="97"/>
        <source>Compare</source>
        <translation>Vergelijk</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="99"/>
        <source>with</source>
        <translation>met</translation>
    </message>
</context>
<context>
    <name>NeedsChart</name>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="41"/>
        <source>Needs over time (22 core domains; drafts not shown)</source>
        <translation>Zorgbehoeften in de tijd (22 kerndomeinen; concepten niet getoond)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="43"/>
        <source>Met needs — staff</source>
        <translation>Vervulde zorgbehoeften — hulpverlener</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="43"/>
        <source>Unmet needs — staff</source>
        <translation>Onvervulde zorgbehoeften — hulpverlener</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="44"/>
        <source>Met needs — person</source>
        <translation>Vervulde zorgbehoeften — persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="45"/>
        <source>Unmet needs — person</source>
        <translation>Onvervulde zorgbehoeften — persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="65"/>
        <source>Assessment date</source>
        <translation>Datum van de beoordeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="71"/>
        <source>Needs (0–22)</source>
        <translation>Zorgbehoeften (0–22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="87"/>
        <source>%1, %2: %3 met, %4 unmet</source>
        <translation>%1, %2: %3 vervuld, %4 niet vervuld</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="89"/>
        <source>No complete assessment yet</source>
        <translation>Nog geen volledige beoordeling</translation>
    </message>
</context>
<context>
    <name>NeedsGoals</name>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="25"/>
        <location filename="../../app/ui/cansas/goals.py" line="60"/>
        <location filename="../../app/ui/cansas/goals.py" line="84"/>
        <source>Care plan</source>
        <translation>Herstelplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="27"/>
        <source>Start the plan&apos;s révision now: a new version that keeps every goal and adds these ones, to rewrite and agree with the person.</source>
        <translation>Nu de herziening van het plan starten: een nieuwe versie die alle doelen behoudt en deze toevoegt, om samen met de persoon te herformuleren en af te spreken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="30"/>
        <source>New plan version with these goals</source>
        <translation>Nieuwe planversie met deze doelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="42"/>
        <source>Goals added to the care plan: %1. Their wording is a proposal (in italics): rewrite it with the person, in their own words.</source>
        <translation>Doelen toegevoegd aan het plan: %1. Hun formulering is een voorstel (cursief): herschrijf ze samen met de persoon, in eigen woorden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="46"/>
        <source>A new version of the care plan was started (révision).</source>
        <translation>Een nieuwe versie van het plan is gestart (herziening).</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="49"/>
        <source>No goal was added.</source>
        <translation>Er is geen doel toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="53"/>
        <source>Not turned into goals:</source>
        <translation>Niet omgezet in doelen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="64"/>
        <source>Open the care plan</source>
        <translation>Het plan openen</translation>
    </message>
</context>
<context>
    <name>NeedsLabels</name>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="34"/>
        <source>no need</source>
        <translation>geen behoefte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="35"/>
        <source>met</source>
        <translation>vervuld</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="36"/>
        <source>unmet</source>
        <translation>onvervuld</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="37"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="44"/>
        <source>Person (self-rated)</source>
        <translation>Persoon (zelfbeoordeling)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="45"/>
        <source>Staff</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="50"/>
        <source>22 core domains only</source>
        <translation>Alleen de 22 kerndomeinen</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../../app/ui/cansas/__init__.py" line="19"/>
        <source>Needs (CANSAS)</source>
        <translation>Zorgbehoeften (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="63"/>
        <source>Assessments</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="75"/>
        <source>New staff assessment</source>
        <translation>Nieuwe beoordeling (hulpverlener)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="77"/>
        <source>New self-assessment (person)</source>
        <translation>Nieuwe zelfbeoordeling (persoon)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="78"/>
        <source>CANSAS-P: the person rates their own needs</source>
        <translation>CANSAS-P: de persoon scoort de eigen zorgbehoeften</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="80"/>
        <location filename="../../app/ui/cansas/tab.py" line="237"/>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="82"/>
        <source>Make goals from unmet needs</source>
        <translation>Omzetten in doelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="83"/>
        <source>Propose one care-plan goal per domain rated 2 in this assessment</source>
        <translation>Eén herstelplandoel voorstellen per domein met score 2 in deze beoordeling</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="86"/>
        <source>PDF summary</source>
        <translation>PDF-samenvatting</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="87"/>
        <source>One-page CANSAS summary of this assessment (with the other rater&apos;s of the same period), kept in the person&apos;s documents</source>
        <translation>CANSAS-samenvatting van één pagina van deze beoordeling (met die van de andere beoordelaar uit dezelfde periode), bewaard bij de documenten van de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="94"/>
        <source>No assessment yet.</source>
        <translation>Nog geen beoordeling.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="102"/>
        <source>Ratings</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="103"/>
        <source>Staff and person</source>
        <translation>Hulpverlener en persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="104"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="109"/>
        <source>&lt;b&gt;Assessments&lt;/b&gt; (newest first; drafts in italics)</source>
        <translation>&lt;b&gt;Beoordelingen&lt;/b&gt; (nieuwste eerst; concepten cursief)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="194"/>
        <source>Unsaved ratings</source>
        <translation>Niet-opgeslagen scores</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="194"/>
        <source>Save the ratings you entered as a draft?</source>
        <translation>De ingevoerde scores als concept opslaan?</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="237"/>
        <source>Delete this draft assessment?</source>
        <translation>Deze conceptbeoordeling verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="259"/>
        <source>Preparing the PDF…</source>
        <translation>PDF wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="261"/>
        <source>Preparing the CANSAS summary…</source>
        <translation>CANSAS-samenvatting wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="265"/>
        <source>The CANSAS summary is kept in the person&apos;s documents.</source>
        <translation>De CANSAS-samenvatting is bewaard bij de documenten van de persoon.</translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <location filename="../../app/ui/cansas/editor.py" line="46"/>
        <source>— to rate</source>
        <translation>— te scoren</translation>
    </message>
</context>
<context>
    <name>RatingModel</name>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="110"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="111"/>
        <source>Rating (0/1/2/9)</source>
        <translation>Score (0/1/2/9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="117"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="104"/>
        <source>— to rate</source>
        <translation>— te scoren</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="115"/>
        <source>not rated yet</source>
        <translation>nog niet gescoord</translation>
    </message>
</context>
</TS>
