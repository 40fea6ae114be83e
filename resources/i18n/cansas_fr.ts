<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="42"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="43"/>
        <source>Pairs compared</source>
        <translation>Paires comparées</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="45"/>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="47"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../app/ui/cansas/__init__.py" line="39"/>
        <source>Needs agreement</source>
        <translation>Accord sur les besoins</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="57"/>
        <source>Whose persons</source>
        <translation>Personnes de qui</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="58"/>
        <source>All persons</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="60"/>
        <source>Caseload of %1</source>
        <translation>Personnes suivies par %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="62"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="65"/>
        <source>Per core domain: complete staff and person-rated assessments of the same period (a month apart at most) compared rating by rating. Domains rated 9 by either side are left out. Agreement under 75% is highlighted.</source>
        <translation>Par domaine de base : les évaluations complètes de l&apos;intervenant et de la personne d&apos;une même période (un mois d&apos;écart au plus), comparées cote par cote. Les domaines cotés 9 par l&apos;un ou l&apos;autre sont écartés. Un accord inférieur à 75 % est surligné.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="75"/>
        <source>Agreement by domain</source>
        <translation>Accord par domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="87"/>
        <source>&lt;b&gt;Staff and person agreement on needs (CANSAS)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Accord entre intervenants et personnes sur les besoins (CANSAS)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="96"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/agreement.py" line="98"/>
        <source>Comparing staff and person ratings…</source>
        <translation>Comparaison des cotes des intervenants et des personnes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/cansas/agreement.py" line="102"/>
        <source>%n staff/person pair(s) of assessments compared</source>
        <translation>
            <numerusform>%n paire d&apos;évaluations intervenant/personne comparée</numerusform>
            <numerusform>%n paires d&apos;évaluations intervenant/personne comparées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="55"/>
        <source>Extra domains are chosen when an assessment is created and reported apart from the 22 core domains.</source>
        <translation>Les domaines supplémentaires se choisissent à la création d&apos;une évaluation et sont rapportés à part des 22 domaines de base.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="77"/>
        <source>Keyboard: 0, 1, 2 or 9 rates the domain and moves down · ↑ ↓ move · Enter writes a comment · Delete clears a rating</source>
        <translation>Clavier : 0, 1, 2 ou 9 cote le domaine et passe au suivant · ↑ ↓ se déplacer · Entrée écrit un commentaire · Suppr efface une cote</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="82"/>
        <source>Save as draft</source>
        <translation>Enregistrer en brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="84"/>
        <source>Save and mark complete</source>
        <translation>Enregistrer comme complète</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="87"/>
        <source>Undo changes</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="58"/>
        <location filename="../../app/ui/cansas/form.py" line="91"/>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="59"/>
        <location filename="../../app/ui/cansas/form.py" line="92"/>
        <source>Rated by</source>
        <translation>Évaluée par</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="60"/>
        <location filename="../../app/ui/cansas/form.py" line="93"/>
        <source>Extra domains</source>
        <translation>Domaines en plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="75"/>
        <source>Ratings by domain</source>
        <translation>Cotations par domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="76"/>
        <source>0, 1, 2 or 9 rates the domain; Enter writes a comment</source>
        <translation>0, 1, 2 ou 9 cote le domaine ; Entrée écrit un commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="164"/>
        <source>Met %1 · Unmet %2 · Total needs %3 of 22 · Not known %4 (not counted as needs)</source>
        <translation>Satisfaits %1 · Non satisfaits %2 · Total des besoins %3 sur 22 · Inconnus %4 (pas comptés comme besoins)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="168"/>
        <source>Extra domains, apart: %1 met, %2 unmet, %3 not known</source>
        <translation>Domaines supplémentaires, à part : %1 satisfait(s), %2 non satisfait(s), %3 inconnu(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/form.py" line="173"/>
        <source>Complete — counted in summaries</source>
        <translation>Complète — comptée dans les résumés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/cansas/form.py" line="176"/>
        <source>DRAFT — %n domain(s) to rate; not counted in any summary until complete</source>
        <translation>
            <numerusform>BROUILLON — %n domaine à coter ; comptée dans aucun résumé avant d&apos;être complète</numerusform>
            <numerusform>BROUILLON — %n domaines à coter ; comptée dans aucun résumé avant d&apos;être complète</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="57"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="59"/>
        <source>Rated by</source>
        <translation>Évaluée par</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="72"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="61"/>
        <source>Met</source>
        <translation>Satisfaits</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="64"/>
        <source>Unmet</source>
        <translation>Non satisfaits</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="67"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="69"/>
        <source>Not known</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="74"/>
        <source>Extra domains</source>
        <translation>Domaines en plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="63"/>
        <source>Met needs: core domains rated 1 (0 to 22)</source>
        <translation>Besoins satisfaits : domaines de base cotés 1 (0 à 22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="66"/>
        <source>Unmet needs: core domains rated 2 (0 to 22)</source>
        <translation>Besoins non satisfaits : domaines de base cotés 2 (0 à 22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="68"/>
        <source>Total needs: met + unmet (0 to 22)</source>
        <translation>Total des besoins : satisfaits + non satisfaits (0 à 22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="71"/>
        <source>Core domains rated 9: not known, never counted as needs</source>
        <translation>Domaines de base cotés 9 : inconnus, jamais comptés comme besoins</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="75"/>
        <source>Extra domains, reported apart from the 22: met / unmet</source>
        <translation>Domaines supplémentaires, rapportés à part des 22 : satisfaits / non satisfaits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/cansas/models.py" line="80"/>
        <source>Draft — %n to rate</source>
        <translation>
            <numerusform>Brouillon — %n à coter</numerusform>
            <numerusform>Brouillon — %n à coter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="81"/>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="226"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="232"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="248"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="248"/>
        <source>▼ less need</source>
        <translation>▼ moins de besoin</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="249"/>
        <source>▲ more need</source>
        <translation>▲ plus de besoin</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="249"/>
        <source>? not comparable</source>
        <translation>? non comparable</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="250"/>
        <source>new domain</source>
        <translation>nouveau domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="250"/>
        <source>not rated later</source>
        <translation>pas coté ensuite</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <location filename="../../app/ui/cansas/editor.py" line="37"/>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="190"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="196"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="186"/>
        <source>cannot compare</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="187"/>
        <source>agree</source>
        <translation>d&apos;accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="187"/>
        <source>≠ disagree</source>
        <translation>≠ désaccord</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="53"/>
        <source>Staff and person ratings side by side</source>
        <translation>Cotations de l&apos;équipe et de la personne côte à côte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="63"/>
        <source>No assessment by the other rater within a month of this one. Record the person&apos;s own ratings (or the staff&apos;s) for the same period to compare.</source>
        <translation>Aucune évaluation par l&apos;autre évaluateur dans le mois de celle-ci. Enregistrez les cotes de la personne elle-même (ou de l&apos;intervenant) pour la même période afin de comparer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="68"/>
        <source>Staff and person agree on %1 core domain(s) and disagree on %2 (highlighted). Domains rated 9 by either side are not compared. The two assessments are never merged.</source>
        <translation>L&apos;intervenant et la personne sont d&apos;accord sur %1 domaine(s) de base et en désaccord sur %2 (surlignés). Les domaines cotés 9 par l&apos;un ou l&apos;autre ne sont pas comparés. Les deux évaluations ne sont jamais fusionnées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="72"/>
        <source>One of the two is still a draft: its unrated domains cannot be compared yet.</source>
        <translation>L&apos;une des deux est encore un brouillon : ses domaines non cotés ne peuvent pas encore être comparés.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="93"/>
        <source>Changes by domain</source>
        <translation>Changements par domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="94"/>
        <source>Changes need two complete assessments.</source>
        <translation>L&apos;évolution demande deux évaluations complètes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="97"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/pages.py" line="99"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
</context>
<context>
    <name>NeedsChart</name>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="41"/>
        <source>Needs over time (22 core domains; drafts not shown)</source>
        <translation>Besoins dans le temps (22 domaines de base ; brouillons non affichés)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="43"/>
        <source>Met needs — staff</source>
        <translation>Besoins satisfaits — intervenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="43"/>
        <source>Unmet needs — staff</source>
        <translation>Besoins non satisfaits — intervenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="44"/>
        <source>Met needs — person</source>
        <translation>Besoins satisfaits — personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="45"/>
        <source>Unmet needs — person</source>
        <translation>Besoins non satisfaits — personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="65"/>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="71"/>
        <source>Needs (0–22)</source>
        <translation>Besoins (0–22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="87"/>
        <source>%1, %2: %3 met, %4 unmet</source>
        <translation>%1, %2 : %3 satisfaits, %4 non satisfaits</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/chart.py" line="89"/>
        <source>No complete assessment yet</source>
        <translation>Pas encore d&apos;évaluation complète</translation>
    </message>
</context>
<context>
    <name>NeedsGoals</name>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="25"/>
        <location filename="../../app/ui/cansas/goals.py" line="60"/>
        <location filename="../../app/ui/cansas/goals.py" line="84"/>
        <source>Care plan</source>
        <translation>Plan de rétablissement</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="27"/>
        <source>Start the plan&apos;s révision now: a new version that keeps every goal and adds these ones, to rewrite and agree with the person.</source>
        <translation>Commencer maintenant la révision du plan : une nouvelle version qui garde tous les objectifs et ajoute ceux-ci, à reformuler et convenir avec la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="30"/>
        <source>New plan version with these goals</source>
        <translation>Nouvelle version du plan avec ces objectifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="42"/>
        <source>Goals added to the care plan: %1. Their wording is a proposal (in italics): rewrite it with the person, in their own words.</source>
        <translation>Objectifs ajoutés au plan : %1. Leur formulation est une proposition (en italique) : reformulez-la avec la personne, avec ses mots.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="46"/>
        <source>A new version of the care plan was started (révision).</source>
        <translation>Une nouvelle version du plan a été commencée (révision).</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="49"/>
        <source>No goal was added.</source>
        <translation>Aucun objectif n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="53"/>
        <source>Not turned into goals:</source>
        <translation>Non transformés en objectifs :</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/goals.py" line="64"/>
        <source>Open the care plan</source>
        <translation>Ouvrir le plan</translation>
    </message>
</context>
<context>
    <name>NeedsLabels</name>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="34"/>
        <source>no need</source>
        <translation>pas de besoin</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="35"/>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="36"/>
        <source>unmet</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="37"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="44"/>
        <source>Person (self-rated)</source>
        <translation>Personne (auto-évaluation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="45"/>
        <source>Staff</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/labels.py" line="50"/>
        <source>22 core domains only</source>
        <translation>Les 22 domaines de base seulement</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../../app/ui/cansas/__init__.py" line="19"/>
        <source>Needs (CANSAS)</source>
        <translation>Besoins (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="63"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="75"/>
        <source>New staff assessment</source>
        <translation>Nouvelle évaluation (intervenant)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="77"/>
        <source>New self-assessment (person)</source>
        <translation>Nouvelle auto-évaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="78"/>
        <source>CANSAS-P: the person rates their own needs</source>
        <translation>CANSAS-P : la personne cote ses propres besoins</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="80"/>
        <location filename="../../app/ui/cansas/tab.py" line="237"/>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="82"/>
        <source>Make goals from unmet needs</source>
        <translation>En faire des objectifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="83"/>
        <source>Propose one care-plan goal per domain rated 2 in this assessment</source>
        <translation>Proposer un objectif du plan de rétablissement par domaine coté 2 dans cette évaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="86"/>
        <source>PDF summary</source>
        <translation>Résumé PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="87"/>
        <source>One-page CANSAS summary of this assessment (with the other rater&apos;s of the same period), kept in the person&apos;s documents</source>
        <translation>Résumé CANSAS d&apos;une page de cette évaluation (avec celle de l&apos;autre évaluateur pour la même période), conservé dans les documents de la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="94"/>
        <source>No assessment yet.</source>
        <translation>Pas encore d&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="102"/>
        <source>Ratings</source>
        <translation>Cotes</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="103"/>
        <source>Staff and person</source>
        <translation>Intervenant et personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="104"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="109"/>
        <source>&lt;b&gt;Assessments&lt;/b&gt; (newest first; drafts in italics)</source>
        <translation>&lt;b&gt;Évaluations&lt;/b&gt; (les plus récentes d&apos;abord ; brouillons en italique)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="194"/>
        <source>Unsaved ratings</source>
        <translation>Cotes non enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="194"/>
        <source>Save the ratings you entered as a draft?</source>
        <translation>Enregistrer les cotes saisies comme brouillon ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="237"/>
        <source>Delete this draft assessment?</source>
        <translation>Supprimer cette évaluation en brouillon ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="259"/>
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="261"/>
        <source>Preparing the CANSAS summary…</source>
        <translation>Préparation du résumé CANSAS…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/tab.py" line="265"/>
        <source>The CANSAS summary is kept in the person&apos;s documents.</source>
        <translation>Le résumé CANSAS est conservé dans les documents de la personne.</translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <location filename="../../app/ui/cansas/editor.py" line="46"/>
        <source>— to rate</source>
        <translation>— à coter</translation>
    </message>
</context>
<context>
    <name>RatingModel</name>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="110"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="111"/>
        <source>Rating (0/1/2/9)</source>
        <translation>Cote (0/1/2/9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="117"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="104"/>
        <source>— to rate</source>
        <translation>— à coter</translation>
    </message>
    <message>
        <location filename="../../app/ui/cansas/models.py" line="115"/>
        <source>not rated yet</source>
        <translation>pas encore coté</translation>
    </message>
</context>
</TS>
