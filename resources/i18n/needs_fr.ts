<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../app/ui/needs/form.py" line="52" />
        <source>Extra domains are chosen when an assessment is created and reported apart from the 22 core domains.</source>
        <translation>Les domaines supplémentaires se choisissent à la création d'une évaluation et sont rapportés à part des 22 domaines de base.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/form.py" line="69" />
        <source>Keyboard: 0, 1, 2 or 9 rates the domain and moves down · ↑ ↓ move · Enter writes a comment · Delete clears a rating</source>
        <translation>Clavier : 0, 1, 2 ou 9 cote le domaine et passe au suivant · ↑ ↓ se déplacer · Entrée écrit un commentaire · Suppr efface une cote</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/form.py" line="74" />
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/form.py" line="76" />
        <source>Save and mark complete</source>
        <translation>Enregistrer et marquer comme complète</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/form.py" line="79" />
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/form.py" line="83" />
        <source>Assessment date</source>
        <translation>Date de l'évaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/form.py" line="84" />
        <source>Rated by</source>
        <translation>Évaluée par</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/form.py" line="85" />
        <source>Extra domains</source>
        <translation>Domaines supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/form.py" line="160" />
        <source>Met %1 · Unmet %2 · Total needs %3 of 22 · Not known %4 (not counted as needs)</source>
        <translation>Satisfaits %1 · Non satisfaits %2 · Total des besoins %3 sur 22 · Inconnus %4 (pas comptés comme besoins)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/form.py" line="164" />
        <source>Extra domains, apart: %1 met, %2 unmet, %3 not known</source>
        <translation>Domaines supplémentaires, à part : %1 satisfait(s), %2 non satisfait(s), %3 inconnu(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/form.py" line="169" />
        <source>Complete — counted in summaries</source>
        <translation>Complète — comptée dans les résumés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/needs/form.py" line="172" />
        <source>DRAFT — %n domain(s) to rate; not counted in any summary until complete</source>
        <translation>
            <numerusform>BROUILLON — %n domaine à coter ; comptée dans aucun résumé avant d'être complète</numerusform>
            <numerusform>BROUILLON — %n domaines à coter ; comptée dans aucun résumé avant d'être complète</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../app/ui/needs/models.py" line="52" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="52" />
        <source>Rated by</source>
        <translation>Évaluée par</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="52" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="52" />
        <source>Met</source>
        <translation>Satisfaits</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="52" />
        <source>Unmet</source>
        <translation>Non satisfaits</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="53" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="53" />
        <source>Not known</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="53" />
        <source>Extra domains</source>
        <translation>Domaines supplémentaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="55" />
        <source>Met needs: core domains rated 1 (0 to 22)</source>
        <translation>Besoins satisfaits : domaines de base cotés 1 (0 à 22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="56" />
        <source>Unmet needs: core domains rated 2 (0 to 22)</source>
        <translation>Besoins non satisfaits : domaines de base cotés 2 (0 à 22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="57" />
        <source>Total needs: met + unmet (0 to 22)</source>
        <translation>Total des besoins : satisfaits + non satisfaits (0 à 22)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="58" />
        <source>Core domains rated 9: not known, never counted as needs</source>
        <translation>Domaines de base cotés 9 : inconnus, jamais comptés comme besoins</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="59" />
        <source>Extra domains, reported apart from the 22: met / unmet</source>
        <translation>Domaines supplémentaires, rapportés à part des 22 : satisfaits / non satisfaits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/needs/models.py" line="75" />
        <source>Draft — %n to rate</source>
        <translation>
            <numerusform>Brouillon — %n à coter</numerusform>
            <numerusform>Brouillon — %n à coter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="76" />
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../../app/ui/needs/models.py" line="290" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="290" />
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="293" />
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="293" />
        <source>▼ less need</source>
        <translation>▼ moins de besoin</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="294" />
        <source>▲ more need</source>
        <translation>▲ plus de besoin</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="294" />
        <source>? not comparable</source>
        <translation>? non comparable</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="295" />
        <source>new domain</source>
        <translation>nouveau domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="295" />
        <source>not rated later</source>
        <translation>pas coté ensuite</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="24" />
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../app/ui/needs/models.py" line="232" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="232" />
        <source>Staff (%1)</source>
        <translation>Intervenant (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="233" />
        <source>Person (%1)</source>
        <translation>Personne (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="233" />
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="248" />
        <source>cannot compare</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="249" />
        <source>agree</source>
        <translation>d'accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="249" />
        <source>≠ disagree</source>
        <translation>≠ désaccord</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../app/ui/needs/pages.py" line="51" />
        <source>No assessment by the other rater within a month of this one. Record the person's own ratings (or the staff's) for the same period to compare.</source>
        <translation>Aucune évaluation par l'autre évaluateur dans le mois de celle-ci. Enregistrez les cotes de la personne elle-même (ou de l'intervenant) pour la même période afin de comparer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/pages.py" line="56" />
        <source>Staff and person agree on %1 core domain(s) and disagree on %2 (highlighted). Domains rated 9 by either side are not compared. The two assessments are never merged.</source>
        <translation>L'intervenant et la personne sont d'accord sur %1 domaine(s) de base et en désaccord sur %2 (surlignés). Les domaines cotés 9 par l'un ou l'autre ne sont pas comparés. Les deux évaluations ne sont jamais fusionnées.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/ui/needs/pages.py" line="75" />
        <source>Changes need two complete assessments.</source>
        <translation>L'évolution demande deux évaluations complètes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/pages.py" line="78" />
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/pages.py" line="80" />
        <source>with</source>
        <translation>avec</translation>
    </message>
</context>
<context>
    <name>NeedsChart</name>
    <message>
        <location filename="../../app/ui/needs/chart.py" line="36" />
        <source>Needs over time (22 core domains; drafts not shown)</source>
        <translation>Besoins dans le temps (22 domaines de base ; brouillons non affichés)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/chart.py" line="38" />
        <source>Met needs — staff</source>
        <translation>Besoins satisfaits — intervenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/chart.py" line="38" />
        <source>Unmet needs — staff</source>
        <translation>Besoins non satisfaits — intervenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/chart.py" line="39" />
        <source>Met needs — person</source>
        <translation>Besoins satisfaits — personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/chart.py" line="40" />
        <source>Unmet needs — person</source>
        <translation>Besoins non satisfaits — personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/chart.py" line="59" />
        <source>Assessment date</source>
        <translation>Date de l'évaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/chart.py" line="65" />
        <source>Needs (0–22)</source>
        <translation>Besoins (0–22)</translation>
    </message>
</context>
<context>
    <name>NeedsLabels</name>
    <message>
        <location filename="../../app/ui/needs/labels.py" line="33" />
        <source>no need</source>
        <translation>pas de besoin</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/labels.py" line="34" />
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/labels.py" line="35" />
        <source>unmet</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/labels.py" line="36" />
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/labels.py" line="43" />
        <source>Person (self-rated)</source>
        <translation>Personne (auto-évaluation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/labels.py" line="44" />
        <source>Staff</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/labels.py" line="49" />
        <source>22 core domains only</source>
        <translation>Les 22 domaines de base seulement</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../../app/ui/needs/__init__.py" line="14" />
        <source>Needs (CANSAS)</source>
        <translation>Besoins (CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="62" />
        <source>New staff assessment</source>
        <translation>Nouvelle évaluation (intervenant)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="64" />
        <source>New self-assessment (person)</source>
        <translation>Nouvelle auto-évaluation (personne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="65" />
        <source>CANSAS-P: the person rates their own needs</source>
        <translation>CANSAS-P : la personne cote ses propres besoins</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="67" />
        <location filename="../../app/ui/needs/tab.py" line="214" />
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="69" />
        <source>Make goals from unmet needs</source>
        <translation>Créer des objectifs à partir des besoins non satisfaits</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="70" />
        <source>Propose one care-plan goal per domain rated 2 in this assessment</source>
        <translation>Proposer un objectif du plan de rétablissement par domaine coté 2 dans cette évaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="75" />
        <source>No assessment yet.</source>
        <translation>Pas encore d'évaluation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="83" />
        <source>Ratings</source>
        <translation>Cotes</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="84" />
        <source>Staff and person</source>
        <translation>Intervenant et personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="85" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="90" />
        <source>&lt;b&gt;Assessments&lt;/b&gt; (newest first; drafts in italics)</source>
        <translation>&lt;b&gt;Évaluations&lt;/b&gt; (les plus récentes d'abord ; brouillons en italique)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="173" />
        <source>Unsaved ratings</source>
        <translation>Cotes non enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="173" />
        <source>Save the ratings you entered as a draft?</source>
        <translation>Enregistrer les cotes saisies comme brouillon ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/tab.py" line="214" />
        <source>Delete this draft assessment?</source>
        <translation>Supprimer cette évaluation en brouillon ?</translation>
    </message>
</context>
<context>
    <name>RatingModel</name>
    <message>
        <location filename="../../app/ui/needs/models.py" line="144" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="144" />
        <source>Rating (0/1/2/9)</source>
        <translation>Cote (0/1/2/9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="144" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="161" />
        <source>— to rate</source>
        <translation>— à coter</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/models.py" line="177" />
        <source>not rated yet</source>
        <translation>pas encore coté</translation>
    </message>
</context>
</TS>