<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BilanEditor</name>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="141"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="144"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="148"/>
        <source>The person refuses that their GP be involved</source>
        <translation>De persoon weigert dat de huisarts betrokken wordt</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="164"/>
        <source>Filled in from the file</source>
        <translation>Overgenomen uit het dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="166"/>
        <source>Needs met and unmet (latest CANSAS)</source>
        <translation>Vervulde en onvervulde zorgbehoeften (laatste CANSAS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="167"/>
        <source>The person&apos;s goals (care plan)</source>
        <translation>De doelen van de persoon (herstelplan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="168"/>
        <source>Services involved, with their contact details</source>
        <translation>Betrokken diensten, met hun contactgegevens</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="210"/>
        <source>Physician</source>
        <translation>Arts</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="212"/>
        <source>The person agrees that a physician contributes and co-signs</source>
        <translation>De persoon stemt ermee in dat een arts bijdraagt en medeondertekent</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="221"/>
        <source>Co-signed on</source>
        <translation>Medeondertekend op</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="229"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="230"/>
        <source>INAMI number</source>
        <translation>RIZIV-nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="264"/>
        <source>Choose a bilan in the list, or start a new one.</source>
        <translation>Kies een bilan in de lijst, of begin een nieuw.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="296"/>
        <source>Final — version %1, finalised on %2. It can no longer change; amend it to make a new version.</source>
        <translation>Definitief — versie %1, afgerond op %2. Het kan niet meer wijzigen; vul het aan om een nieuwe versie te maken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="300"/>
        <source>Draft — version %1. Write it with the person; tick what they agree to share.</source>
        <translation>Ontwerp — versie %1. Schrijf het samen met de persoon; vink aan wat die wil delen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="303"/>
        <source>(amends an earlier final version)</source>
        <translation>(vult een eerdere definitieve versie aan)</translation>
    </message>
</context>
<context>
    <name>BilanListModel</name>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="30"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="32"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="34"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="38"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="28"/>
        <source>The person refused that their GP be involved</source>
        <translation>De persoon weigerde dat de huisarts betrokken wordt</translation>
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
        <translation>Nieuw bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="78"/>
        <location filename="../../app/ui/bilan/tab.py" line="186"/>
        <source>Delete draft</source>
        <translation>Ontwerp verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="92"/>
        <source>Fill empty sections from the file</source>
        <translation>Aanvullen uit het dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="94"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="96"/>
        <source>Finalise…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="98"/>
        <source>Amend</source>
        <translation>Aanvullen</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="100"/>
        <source>Indicated function…</source>
        <translation>Aangewezen functie…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="102"/>
        <source>Produce PDF…</source>
        <translation>PDF maken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="168"/>
        <source>Bilan saved.</source>
        <translation>Bilan opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="179"/>
        <source>New draft started; sections were filled in where the file knew the answer. Rewrite them with the person.</source>
        <translation>Nieuw ontwerp; secties zijn ingevuld waar het dossier het antwoord kende. Herschrijf ze samen met de persoon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="187"/>
        <source>Delete this draft bilan? This cannot be undone.</source>
        <translation>Dit ontwerpbilan verwijderen? Dit kan niet ongedaan worden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bilan/tab.py" line="205"/>
        <source>%n section(s) filled in from the file.</source>
        <translation>
            <numerusform>%n sectie aangevuld uit het dossier.</numerusform>
            <numerusform>%n secties aangevuld uit het dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="212"/>
        <source>Finalise</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="213"/>
        <source>Once final, this bilan can no longer change (an amendment makes a new version). Finalise it now?</source>
        <translation>Eenmaal definitief kan dit bilan niet meer wijzigen (een aanvulling maakt een nieuwe versie). Nu afronden?</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="232"/>
        <source>Bilan finalised.</source>
        <translation>Bilan afgerond.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="241"/>
        <source>A new draft version was made from the final bilan. The physician co-signs it anew.</source>
        <translation>Er is een nieuwe ontwerpversie gemaakt van het definitieve bilan. De arts ondertekent die opnieuw mee.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="258"/>
        <source>Indicated function saved.</source>
        <translation>Aangewezen functie opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="286"/>
        <source>Produce the bilan PDF</source>
        <translation>De PDF van het bilan maken</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="287"/>
        <source>This bilan is still a draft: a draft can only be produced as an internal copy. Finalise it now, to produce it for the GP or a partner?</source>
        <translation>Dit bilan is nog een ontwerp: van een ontwerp kan alleen een interne kopie gemaakt worden. Nu afronden, om het voor de huisarts of een partner te maken?</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="290"/>
        <source>Finalise, then produce</source>
        <translation>Afronden, dan maken</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="291"/>
        <source>Internal copy of the draft</source>
        <translation>Interne kopie van het ontwerp</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="306"/>
        <source>Producing the PDF…</source>
        <translation>PDF wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="311"/>
        <source>The PDF is kept in the vault: open the Documents tab to preview, print or export it.</source>
        <translation>De PDF is bewaard in de kluis: open het tabblad Documenten om hem te bekijken, af te drukken of te exporteren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="321"/>
        <source>Not produced: %1</source>
        <translation>Niet gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="400"/>
        <source>Indicated function: %1</source>
        <translation>Aangewezen functie: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/tab.py" line="401"/>
        <source>not decided yet</source>
        <translation>nog niet beslist</translation>
    </message>
</context>
<context>
    <name>IndicationDialog</name>
    <message>
        <location filename="../../app/ui/bilan/indication.py" line="20"/>
        <source>Indicated function</source>
        <translation>Aangewezen functie</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/indication.py" line="23"/>
        <source>Not decided yet</source>
        <translation>Nog niet beslist</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/indication.py" line="27"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/indication.py" line="30"/>
        <source>Why this function: the request, its intensity, what was tried</source>
        <translation>Waarom deze functie: de vraag, de intensiteit, wat al geprobeerd werd</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/indication.py" line="32"/>
        <source>Justification</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>PartRow</name>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="108"/>
        <source>Share with the GP</source>
        <translation>Delen met de huisarts</translation>
    </message>
</context>
<context>
    <name>PartsDialog</name>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="20"/>
        <source>What {partner} receives</source>
        <translation>Wat {partner} ontvangt</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="21"/>
        <source>Tick the parts of this bilan the person agrees to share with {partner}. Nothing else of the bilan reaches this partner.</source>
        <translation>Vink de delen van dit bilan aan die de persoon met {partner} wil delen. Niets anders van het bilan bereikt deze partner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="26"/>
        <source>Needs (CANSAS summary)</source>
        <translation>Zorgbehoeften (CANSAS-samenvatting)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="26"/>
        <source>Goals of the care plan</source>
        <translation>Doelen van het zorgplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="27"/>
        <source>Partners involved</source>
        <translation>Betrokken partners</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/parts.py" line="43"/>
        <source>Tick at least one part, or cancel.</source>
        <translation>Vink minstens één deel aan, of annuleer.</translation>
    </message>
</context>
<context>
    <name>ProduceDialog</name>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="21"/>
        <source>Produce the bilan PDF</source>
        <translation>De PDF van het bilan maken</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="25"/>
        <source>Internal copy (not shared)</source>
        <translation>Interne kopie (niet gedeeld)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="29"/>
        <source>%1 — the person&apos;s GP</source>
        <translation>%1 — huisarts van de persoon</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="31"/>
        <source>%1 (GP)</source>
        <translation>%1 (huisarts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="33"/>
        <source>%1 — the person refused their GP&apos;s involvement</source>
        <translation>%1 — de persoon weigerde de betrokkenheid van de huisarts</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="41"/>
        <source>For the GP: one or two pages, shared parts only</source>
        <translation>Voor de huisarts: één of twee pagina&apos;s, enkel gedeelde delen</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="42"/>
        <source>Full: every section, needs table and network</source>
        <translation>Volledig: alle secties, tabel van zorgbehoeften en netwerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="43"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="44"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="46"/>
        <source>For a partner, Relais checks the person&apos;s consent and prints only the parts they agreed to share.</source>
        <translation>Voor een partner controleert Relais de toestemming van de persoon en drukt enkel de delen af die de persoon wilde delen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="48"/>
        <source>This bilan is a draft: it can only be produced as an internal copy.</source>
        <translation>Dit bilan is een ontwerp: het kan enkel als interne kopie gemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/produce.py" line="52"/>
        <source>Produce</source>
        <translation>Maken</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="59"/>
        <source>Share with the GP</source>
        <translation>Delen met de huisarts</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/editor.py" line="60"/>
        <source>The person agrees that this part may be shared</source>
        <translation>De persoon stemt ermee in dat dit deel gedeeld wordt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bilan/editor.py" line="88"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n teken</numerusform>
            <numerusform>%n tekens</numerusform>
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
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="14"/>
        <source>Interim</source>
        <translation>Tussentijds</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="15"/>
        <source>End of trajectory</source>
        <translation>Einde traject</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="21"/>
        <source>Final, amended</source>
        <translation>Definitief, aangevuld</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="22"/>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilan/model.py" line="23"/>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
</context>
</TS>
