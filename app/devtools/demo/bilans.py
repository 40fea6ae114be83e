"""Demo bilans: about a quarter of the persons have an initial bilan (mostly final, some
co-signed, a few where the person refused their GP's involvement), some an interim draft.

Bulk inserts without per-row audit, so that the 20,000-person benchmark stays fast. Demo
finals keep no frozen sources: they print what the vault knows when the PDF is made.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert

from app.models.bilan import Bilan, BilanSection, BilanStatus
from app.store.base import utcnow

if TYPE_CHECKING:
    from app.devtools.demo import DemoContext

SHARE_OF_PERSONS = 0.25

TEXTS = {
    "fr": {
        "request": ["« Je voudrais un endroit calme pour dormir. »", "« J'aimerais retrouver du travail, même quelques heures. »",
                    "« Qu'on m'aide avec les papiers du CPAS. »", "« Je veux arrêter de boire le matin. »"],
        "context": ["Vit en hébergement d'urgence depuis l'hiver dernier (situation fictive).",
                    "Habite seul·e dans un studio ; peu de contacts avec la famille (situation fictive)."],
        "psychological": ["Angoisses le soir, sommeil difficile ; se sent mieux quand il y a une activité en journée.",
                          "Consommation d'alcool en baisse depuis deux mois, selon la personne."],
        "social": ["Voit une amie du quartier chaque semaine ; se sent souvent seul·e le week-end.",
                   "Fréquente un lieu de liens deux fois par semaine."],
        "daily_life": ["Gère son budget avec l'aide d'un service de médiation de dettes.",
                       "Pas de domicile fixe : reçoit son courrier au centre de jour."],
        "proposal": ["Accompagner la demande de logement ; revoir ensemble dans trois mois.",
                     "Orienter vers un service de santé mentale proche, avec un premier rendez-vous accompagné."],
        "gp_request": ["Pourriez-vous revoir le traitement pour le sommeil ?", "Un bilan de santé général serait bienvenu."],
    },
    "nl": {
        "request": ["„Ik wil een rustige plek om te slapen.”", "„Ik zou graag opnieuw werken, al is het maar enkele uren.”",
                    "„Hulp bij de papieren van het OCMW.”", "„Ik wil 's ochtends niet meer drinken.”"],
        "context": ["Verblijft sinds vorige winter in de nachtopvang (fictieve situatie).",
                    "Woont alleen in een studio; weinig contact met familie (fictieve situatie)."],
        "psychological": ["'s Avonds angstig, slaapt slecht; voelt zich beter met een dagbesteding.",
                          "Drinkt volgens de persoon minder sinds twee maanden."],
        "social": ["Ziet elke week een vriendin uit de buurt; voelt zich in het weekend vaak alleen.",
                   "Gaat twee keer per week naar een ontmoetingsplek."],
        "daily_life": ["Beheert het budget met hulp van een schuldbemiddelaar.",
                       "Geen vaste verblijfplaats: krijgt post op het dagcentrum."],
        "proposal": ["De woonaanvraag opvolgen; over drie maanden samen herbekijken.",
                     "Doorverwijzen naar een CGG in de buurt, met een begeleid eerste gesprek."],
        "gp_request": ["Kunt u de slaapmedicatie nakijken?", "Een algemeen gezondheidsonderzoek is welkom."],
    },
}
PHYSICIANS = [("Dr A. Fictif", "10000000001"), ("Dr B. Verzonnen", "10000000002"), ("Dr C. Imaginaire", "10000000003")]


def add_bilans(ctx: DemoContext) -> None:
    rng = ctx.rng
    now = utcnow()
    chosen = [pid for pid in ctx.person_ids if rng.random() < SHARE_OF_PERSONS]
    rows, texts = [], []
    for pid in chosen:
        lang = rng.choice(("fr", "nl"))
        day = ctx.today - timedelta(days=rng.randint(30, 700))
        final = rng.random() < 0.8
        physician = rng.choice(PHYSICIANS) if final and rng.random() < 0.4 else None
        rows.append({
            "person_id": pid, "stage": "initial", "bilan_date": day, "version": 1,
            "status": BilanStatus.FINAL if final else BilanStatus.DRAFT, "author_id": ctx.ws.user.id,
            "gp_refused": rng.random() < 0.08, "share_needs": rng.random() < 0.7, "share_goals": rng.random() < 0.7,
            "share_partners": rng.random() < 0.6, "physician_agreed": physician is not None,
            "physician_name": physician[0] if physician else "", "physician_inami": physician[1] if physician else "",
            "physician_cosigned_on": day + timedelta(days=rng.randint(0, 14)) if physician else None,
            "finalised_at": now if final else None, "finalised_by": ctx.ws.user.id if final else None,
            "created_at": now, "updated_at": now,
        })
        texts.append(_sections(rng, lang))
        if final and rng.random() < 0.3:  # an interim bilan started later, still a draft
            rows.append({**rows[-1], "stage": "interim", "bilan_date": min(ctx.today, day + timedelta(days=120)),
                         "status": BilanStatus.DRAFT, "physician_agreed": False, "physician_name": "",
                         "physician_inami": "", "physician_cosigned_on": None, "finalised_at": None,
                         "finalised_by": None})
            texts.append(_sections(rng, lang))
    if not rows:
        return
    ids = list(ctx.session.scalars(insert(Bilan).returning(Bilan.id, sort_by_parameter_order=True), rows))
    section_rows = [{"bilan_id": bid, "key": key, "text": text, "shareable": shared}
                    for bid, sections in zip(ids, texts, strict=True) for key, (text, shared) in sections.items()]
    ctx.session.execute(insert(BilanSection), section_rows)


def _sections(rng, lang: str) -> dict[str, tuple[str, bool]]:
    pool = TEXTS[lang]
    return {key: (rng.choice(options), key in ("request", "gp_request") or rng.random() < 0.6)
            for key, options in pool.items()}
