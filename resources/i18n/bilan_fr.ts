<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BilanEditor</name>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="141"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="144"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="148"/>
        <source>The person refuses that their GP be involved</source>
        <translation>La personne refuse que son médecin généraliste soit impliqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="164"/>
        <source>Filled in from the file</source>
        <translation>Repris du dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="166"/>
        <source>Needs met and unmet (latest CANSAS)</source>
        <translation>Besoins satisfaits et non satisfaits (dernier CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="167"/>
        <source>The person&apos;s goals (care plan)</source>
        <translation>Les objectifs de la personne (plan de rétablissement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="168"/>
        <source>Services involved, with their contact details</source>
        <translation>Services impliqués, avec leurs coordonnées</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="210"/>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="212"/>
        <source>The person agrees that a physician contributes and co-signs</source>
        <translation>La personne accepte qu&apos;un médecin contribue et cosigne</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="221"/>
        <source>Co-signed on</source>
        <translation>Cosigné le</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="229"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="230"/>
        <source>INAMI number</source>
        <translation>Numéro INAMI</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="264"/>
        <source>Choose a bilan in the list, or start a new one.</source>
        <translation>Choisissez un bilan dans la liste, ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="296"/>
        <source>Final — version %1, finalised on %2. It can no longer change; amend it to make a new version.</source>
        <translation>Finalisé — version %1, finalisé le %2. Il ne peut plus changer ; amendez-le pour créer une nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="300"/>
        <source>Draft — version %1. Write it with the person; tick what they agree to share.</source>
        <translation>Brouillon — version %1. Rédigez-le avec la personne ; cochez ce qu&apos;elle accepte de partager.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="303"/>
        <source>(amends an earlier final version)</source>
        <translation>(amende une version finalisée antérieure)</translation>
    </message>
</context>
<context>
    <name>BilanListModel</name>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="30"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="32"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="34"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="36"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="38"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="28"/>
        <source>The person refused that their GP be involved</source>
        <translation>La personne a refusé que son médecin généraliste soit impliqué</translation>
    </message>
</context>
<context>
    <name>BilansTab</name>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="58"/>
        <source>Bilans</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="71"/>
        <source>New bilan</source>
        <translation>Nouveau bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="78"/>
        <location filename="../../app/ui/bilan/tab.py" line="186"/>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="92"/>
        <source>Fill empty sections from the file</source>
        <translation>Compléter depuis le dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="94"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="96"/>
        <source>Finalise…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="98"/>
        <source>Amend</source>
        <translation>Amender</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="100"/>
        <source>Indicated function…</source>
        <translation>Fonction indiquée…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="102"/>
        <source>Produce PDF…</source>
        <translation>Produire le PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="168"/>
        <source>Bilan saved.</source>
        <translation>Bilan enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="179"/>
        <source>New draft started; sections were filled in where the file knew the answer. Rewrite them with the person.</source>
        <translation>Nouveau brouillon ; les sections ont été complétées là où le dossier connaissait la réponse. Réécrivez-les avec la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="187"/>
        <source>Delete this draft bilan? This cannot be undone.</source>
        <translation>Supprimer ce brouillon de bilan ? C&apos;est définitif.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bilan/tab.py" line="205"/>
        <source>%n section(s) filled in from the file.</source>
        <translation>
            <numerusform>%n section complétée depuis le dossier.</numerusform>
            <numerusform>%n sections complétées depuis le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="212"/>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="213"/>
        <source>Once final, this bilan can no longer change (an amendment makes a new version). Finalise it now?</source>
        <translation>Une fois finalisé, ce bilan ne peut plus changer (un amendement crée une nouvelle version). Le finaliser maintenant ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="232"/>
        <source>Bilan finalised.</source>
        <translation>Bilan finalisé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="241"/>
        <source>A new draft version was made from the final bilan. The physician co-signs it anew.</source>
        <translation>Une nouvelle version brouillon a été créée à partir du bilan finalisé. Le médecin la cosigne à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="258"/>
        <source>Indicated function saved.</source>
        <translation>Fonction indiquée enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="286"/>
        <source>Produce the bilan PDF</source>
        <translation>Produire le PDF du bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="287"/>
        <source>This bilan is still a draft: a draft can only be produced as an internal copy. Finalise it now, to produce it for the GP or a partner?</source>
        <translation>Ce bilan est encore un brouillon : un brouillon ne peut être produit qu&apos;en copie interne. Le finaliser maintenant, pour le produire pour le médecin traitant ou un partenaire ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="290"/>
        <source>Finalise, then produce</source>
        <translation>Finaliser, puis produire</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="291"/>
        <source>Internal copy of the draft</source>
        <translation>Copie interne du brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="306"/>
        <source>Producing the PDF…</source>
        <translation>Production du PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="311"/>
        <source>The PDF is kept in the vault: open the Documents tab to preview, print or export it.</source>
        <translation>Le PDF est conservé dans le coffre : ouvrez l&apos;onglet Documents pour le prévisualiser, l&apos;imprimer ou l&apos;exporter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="321"/>
        <source>Not produced: %1</source>
        <translation>Non produit : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="400"/>
        <source>Indicated function: %1</source>
        <translation>Fonction indiquée : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="401"/>
        <source>not decided yet</source>
        <translation>pas encore décidée</translation>
    </message>
</context>
<context>
    <name>IndicationDialog</name>
    <message>
        <location filename="../../app/ui/bilan/indication.py" line="20"/>
        <source>Indicated function</source>
        <translation>Fonction indiquée</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/indication.py" line="23"/>
        <source>Not decided yet</source>
        <translation>Pas encore décidée</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/indication.py" line="27"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/indication.py" line="30"/>
        <source>Why this function: the request, its intensity, what was tried</source>
        <translation>Pourquoi cette fonction : la demande, son intensité, ce qui a été tenté</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/indication.py" line="32"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>PartRow</name>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="108"/>
        <source>Share with the GP</source>
        <translation>Partager avec le médecin</translation>
    </message>
</context>
<context>
    <name>PartsDialog</name>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="20"/>
        <source>What {partner} receives</source>
        <translation>Ce que reçoit {partner}</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="21"/>
        <source>Tick the parts of this bilan the person agrees to share with {partner}. Nothing else of the bilan reaches this partner.</source>
        <translation>Cochez les parties de ce bilan que la personne accepte de partager avec {partner}. Rien d&apos;autre du bilan ne parvient à ce partenaire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="26"/>
        <source>Needs (CANSAS summary)</source>
        <translation>Besoins (résumé CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="26"/>
        <source>Goals of the care plan</source>
        <translation>Objectifs du plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="27"/>
        <source>Partners involved</source>
        <translation>Partenaires impliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="43"/>
        <source>Tick at least one part, or cancel.</source>
        <translation>Cochez au moins une partie, ou annulez.</translation>
    </message>
</context>
<context>
    <name>ProduceDialog</name>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="21"/>
        <source>Produce the bilan PDF</source>
        <translation>Produire le PDF du bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="25"/>
        <source>Internal copy (not shared)</source>
        <translation>Copie interne (non partagée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="29"/>
        <source>%1 — the person&apos;s GP</source>
        <translation>%1 — médecin généraliste de la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="31"/>
        <source>%1 (GP)</source>
        <translation>%1 (médecin généraliste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="33"/>
        <source>%1 — the person refused their GP&apos;s involvement</source>
        <translation>%1 — la personne a refusé l&apos;implication de son médecin</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="41"/>
        <source>For the GP: one or two pages, shared parts only</source>
        <translation>Pour le médecin généraliste : une ou deux pages, parties partagées uniquement</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="42"/>
        <source>Full: every section, needs table and network</source>
        <translation>Complet : toutes les sections, tableau des besoins et réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="43"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="44"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="46"/>
        <source>For a partner, Relais checks the person&apos;s consent and prints only the parts they agreed to share.</source>
        <translation>Pour un partenaire, Relais vérifie le consentement de la personne et n&apos;imprime que les parties qu&apos;elle a accepté de partager.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="48"/>
        <source>This bilan is a draft: it can only be produced as an internal copy.</source>
        <translation>Ce bilan est un brouillon : il ne peut être produit qu&apos;en copie interne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="52"/>
        <source>Produce</source>
        <translation>Produire</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="59"/>
        <source>Share with the GP</source>
        <translation>Partager avec le médecin</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="60"/>
        <source>The person agrees that this part may be shared</source>
        <translation>La personne accepte que cette partie soit partagée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bilan/editor.py" line="88"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilans</name>
    <message>
        <location filename="../../app/ui/bilan/__init__.py" line="19"/>
        <source>Bilans</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="13"/>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="14"/>
        <source>Interim</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="15"/>
        <source>End of trajectory</source>
        <translation>Fin de trajet</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="21"/>
        <source>Final, amended</source>
        <translation>Finalisé, amendé</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="22"/>
        <source>Final</source>
        <translation>Finalisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="23"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
</TS>
