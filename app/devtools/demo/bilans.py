"""Demo bilans: about a quarter of the persons have an initial bilan (mostly final, some
co-signed, a few where the person refused their GP's involvement), some an interim draft.
Each is written in the person's language, after the CANSAS, map and plan it cites, with a
context that matches where the person lives.

Bulk inserts without per-row audit, so that the 20,000-person benchmark stays fast. Demo
finals keep no frozen sources: they print what the vault knows when the PDF is made.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from app.devtools.demo.persons import written_languages
from app.models.bilan import Bilan, BilanSection, BilanStatus
from app.models.cansas import Assessment
from app.models.careplan import CarePlan, CarePlanVersion
from app.models.network import NetworkSnapshot
from app.models.person import Person
from app.store.base import utcnow

if TYPE_CHECKING:
    from app.devtools.demo import DemoContext

SHARE_OF_PERSONS = 0.25

TEXTS = {
    "fr": {
        "request": ["« Je voudrais un endroit calme pour dormir. »", "« J'aimerais retrouver du travail, même quelques heures. »",
                    "« Qu'on m'aide avec les papiers du CPAS. »", "« Je veux arrêter de boire le matin. »"],
        "psychological": ["Angoisses le soir, sommeil difficile ; se sent mieux quand il y a une activité en journée.",
                          "Consommation d'alcool en baisse depuis deux mois, selon la personne."],
        "social": ["Voit une amie du quartier chaque semaine ; se sent souvent seul·e le week-end.",
                   "Fréquente un lieu de liens deux fois par semaine."],
        "daily_life": ["Gère son budget avec l'aide d'un service de médiation de dettes.",
                       "Fait ses courses seul·e ; oublie parfois les rendez-vous administratifs."],
        "proposal": ["Accompagner la demande de logement ; revoir ensemble dans trois mois.",
                     "Orienter vers un service de santé mentale proche, avec un premier rendez-vous accompagné."],
        "gp_request": ["Pourriez-vous revoir le traitement pour le sommeil ?", "Un bilan de santé général serait bienvenu."],
    },
    "nl": {
        "request": ["„Ik wil een rustige plek om te slapen.”", "„Ik zou graag opnieuw werken, al is het maar enkele uren.”",
                    "„Hulp bij de papieren van het OCMW.”", "„Ik wil 's ochtends niet meer drinken.”"],
        "psychological": ["'s Avonds angstig, slaapt slecht; voelt zich beter met een dagbesteding.",
                          "Drinkt volgens de persoon minder sinds twee maanden."],
        "social": ["Ziet elke week een vriendin uit de buurt; voelt zich in het weekend vaak alleen.",
                   "Gaat twee keer per week naar een ontmoetingsplek."],
        "daily_life": ["Beheert het budget met hulp van een schuldbemiddelaar.",
                       "Doet zelf boodschappen; vergeet soms administratieve afspraken."],
        "proposal": ["De woonaanvraag opvolgen; over drie maanden samen herbekijken.",
                     "Doorverwijzen naar een CGG in de buurt, met een begeleid eerste gesprek."],
        "gp_request": ["Kunt u de slaapmedicatie nakijken?", "Een algemeen gezondheidsonderzoek is welkom."],
    },
}
# Where the person lives decides the context a bilan describes: no « renting » beside « no fixed
# address ». Keyed by app.models.person.Housing values.
CONTEXT = {
    "fr": {
        "no_fixed_address": "Sans domicile fixe depuis l'hiver dernier ; reçoit son courrier au centre de jour "
                            "(situation fictive).",
        "shelter": "Vit en hébergement d'urgence depuis l'hiver dernier (situation fictive).",
        "rented": "Loue seul·e un studio ; peu de contacts avec la famille (situation fictive).",
        "own_home": "Vit dans son propre appartement ; les charges pèsent sur le budget (situation fictive).",
        "with_family_or_friends": "Loge chez un proche en attendant un logement (situation fictive).",
        "supported_housing": "Vit en habitation protégée depuis un an (situation fictive).",
        "institution": "Séjourne en institution ; une sortie se prépare (situation fictive).",
        "unknown": "Situation de logement à préciser avec la personne (situation fictive).",
    },
    "nl": {
        "no_fixed_address": "Dakloos sinds vorige winter; krijgt post op het dagcentrum (fictieve situatie).",
        "shelter": "Verblijft sinds vorige winter in de nachtopvang (fictieve situatie).",
        "rented": "Huurt alleen een studio; weinig contact met familie (fictieve situatie).",
        "own_home": "Woont in een eigen appartement; de kosten wegen op het budget (fictieve situatie).",
        "with_family_or_friends": "Logeert bij iemand uit de familie in afwachting van een woning (fictieve situatie).",
        "supported_housing": "Woont sinds een jaar in beschut wonen (fictieve situatie).",
        "institution": "Verblijft in een instelling; een ontslag wordt voorbereid (fictieve situatie).",
        "unknown": "Woonsituatie nog samen met de persoon te bekijken (fictieve situatie).",
    },
}
JUSTIFICATIONS = {
    "first_line": ("Plainte anxieuse légère à modérée depuis quelques mois, pas encore de suivi : un traitement "
                   "psychologique de première ligne est indiqué.",
                   "Lichte tot matige angstklachten sinds enkele maanden, nog geen begeleiding: een "
                   "eerstelijnspsychologische behandeling is aangewezen."),
    "none": ("La demande porte sur le logement et les papiers ; pas de fonction psychologique indiquée pour l'instant.",
             "De vraag gaat over huisvesting en papieren; voorlopig geen psychologische functie aangewezen."),
}
PHYSICIANS = [("Dr A. Fictif", "10000000001"), ("Dr B. Verzonnen", "10000000002"), ("Dr C. Imaginaire", "10000000003")]


def add_bilans(ctx: DemoContext) -> None:
    rng = ctx.rng
    now = utcnow()
    chosen = [pid for pid in ctx.person_ids if rng.random() < SHARE_OF_PERSONS]
    written = written_languages(ctx)
    housing = dict(ctx.session.execute(select(Person.id, Person.housing).where(Person.id.in_(chosen))).all())
    known = _latest_sources(ctx, chosen)
    rows, texts = [], []
    for pid in chosen:
        lang = written[pid]
        # A bilan cites the latest CANSAS, network map and care plan: it is written after them.
        latest = known.get(pid)
        day = (min(ctx.today, latest + timedelta(days=rng.randint(0, 21))) if latest
               else ctx.today - timedelta(days=rng.randint(30, 700)))
        final = rng.random() < 0.8
        physician = rng.choice(PHYSICIANS) if final and rng.random() < 0.4 else None
        function = rng.choice(("first_line", "first_line", "none")) if final else ""
        rows.append({
            "person_id": pid, "stage": "initial", "bilan_date": day, "version": 1,
            "status": BilanStatus.FINAL if final else BilanStatus.DRAFT, "author_id": ctx.ws.user.id,
            "author_profession": "clinical_psychologist", "author_registration": "000000",
            "indicated_function": function,
            "function_justification": JUSTIFICATIONS[function][lang == "nl"] if function else "",
            "gp_refused": rng.random() < 0.08, "share_needs": rng.random() < 0.7, "share_goals": rng.random() < 0.7,
            "share_partners": rng.random() < 0.6, "physician_agreed": physician is not None,
            "physician_name": physician[0] if physician else "", "physician_inami": physician[1] if physician else "",
            "physician_cosigned_on": min(ctx.today, day + timedelta(days=rng.randint(0, 14))) if physician else None,
            "finalised_at": now if final else None, "finalised_by": ctx.ws.user.id if final else None,
            "created_at": now, "updated_at": now,
        })
        texts.append(_sections(rng, lang, housing.get(pid) or "unknown"))
        if final and rng.random() < 0.3:  # an interim bilan started later, still a draft
            rows.append({**rows[-1], "stage": "interim", "bilan_date": min(ctx.today, day + timedelta(days=120)),
                         "status": BilanStatus.DRAFT, "physician_agreed": False, "physician_name": "",
                         "physician_inami": "", "physician_cosigned_on": None, "finalised_at": None,
                         "finalised_by": None})
            texts.append(_sections(rng, lang, housing.get(pid) or "unknown"))
    if not rows:
        return
    ids = list(ctx.session.scalars(insert(Bilan).returning(Bilan.id, sort_by_parameter_order=True), rows))
    section_rows = [{"bilan_id": bid, "key": key, "text": text, "shareable": shared}
                    for bid, sections in zip(ids, texts, strict=True) for key, (text, shared) in sections.items()]
    ctx.session.execute(insert(BilanSection), section_rows)


def _latest_sources(ctx: DemoContext, person_ids: list[int]) -> dict[int, date]:
    """Per person, the day of the latest CANSAS, network map or care-plan version a bilan would cite."""
    found: dict[int, date] = {}
    queries = (
        select(Assessment.person_id, func.max(Assessment.assessed_on)).group_by(Assessment.person_id),
        select(NetworkSnapshot.person_id, func.max(NetworkSnapshot.drawn_on)).group_by(NetworkSnapshot.person_id),
        select(CarePlan.person_id, func.max(CarePlanVersion.starts_on))
        .join(CarePlanVersion, CarePlanVersion.plan_id == CarePlan.id).group_by(CarePlan.person_id),
    )
    wanted = set(person_ids)
    for query in queries:
        for pid, day in ctx.session.execute(query):
            if pid in wanted and day is not None:
                day = day.date() if isinstance(day, datetime) else day
                found[pid] = max(found.get(pid, day), day)
    return found


def _sections(rng, lang: str, housing: str) -> dict[str, tuple[str, bool]]:
    pool = TEXTS[lang]
    sections = {key: (rng.choice(options), key in ("request", "gp_request") or rng.random() < 0.6)
                for key, options in pool.items()}
    sections["context"] = (CONTEXT[lang].get(housing, CONTEXT[lang]["unknown"]), rng.random() < 0.6)
    return sections
