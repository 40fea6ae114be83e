"""Demo CANSAS assessments: several years of staff ratings per person, some person-rated
(CANSAS-P) ones in the same periods, a few drafts. Bulk inserted, no per-row audit.

The profile follows what the SUMHIT study saw in Belgian networks: unmet needs in company
and intimate relationships for most people, and needs that tend to become met over time.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.devtools.demo.persons import written_languages
from app.models.cansas import Assessment, AssessmentStatus, Rater, domain_snapshot
from app.models.instruments import cansas_core_domains, cansas_extra_domains
from app.store.base import table_of, utcnow

if TYPE_CHECKING:
    from app.devtools.demo import DemoContext

# Chance that a domain is a need at the first assessment; the rest is "no serious problem".
NEED_CHANCE = {
    "company": 0.8, "intimate_relationships": 0.65, "daytime_activities": 0.65, "psychological_distress": 0.6,
    "money": 0.55, "benefits": 0.45, "accommodation": 0.45, "physical_health": 0.45, "information": 0.35,
    "food": 0.35, "looking_after_home": 0.3, "alcohol": 0.3, "drugs": 0.25, "self_care": 0.25,
    "psychotic_symptoms": 0.2, "transport": 0.2, "sexual_expression": 0.2, "safety_to_self": 0.15,
    "telephone": 0.15, "basic_education": 0.1, "child_care": 0.08, "safety_to_others": 0.06,
    "paid_work": 0.6, "medication_side_effects": 0.3, "meaning_in_life": 0.55,
}
# Fictional comments, each about its own domain, in the person's written language.
COMMENTS = {
    "accommodation": ("Sur liste d'attente au logement social (fictif).", "Op de wachtlijst voor een sociale woning (fictief)."),
    "company": ("Voit rarement quelqu'un en dehors du centre de jour.", "Ziet zelden iemand buiten het dagcentrum."),
    "money": ("Guidance budgétaire en cours au CPAS.", "Budgetbegeleiding loopt via het OCMW."),
    "benefits": ("Dossier d'allocations à compléter avec le CPAS.", "Uitkeringsdossier aan te vullen met het OCMW."),
    "intimate_relationships": ("Souhaite reprendre contact avec sa compagne.", "Wil opnieuw contact met de vroegere partner."),
    "physical_health": ("Rendez-vous chez le médecin convenu, pas encore honoré.", "Afspraak bij de huisarts gemaakt, nog niet gegaan."),
    "psychological_distress": ("Angoisses le soir ; en parle plus facilement en journée.", "'s Avonds angstig; praat er overdag makkelijker over."),
    "daytime_activities": ("Cherche une activité le matin, idéalement manuelle.", "Zoekt een activiteit in de voormiddag, liefst met de handen."),
    "alcohol": ("Boit surtout le week-end, selon la personne.", "Drinkt vooral in het weekend, volgens de persoon."),
    "food": ("Mange surtout au restaurant social.", "Eet vooral in het sociaal restaurant."),
}
CHUNK = 20000


def add_assessments(ctx: DemoContext) -> None:
    rng = ctx.rng
    core = cansas_core_domains()
    dutch = core + cansas_extra_domains("nl_25")
    snapshots = {None: domain_snapshot(core), "nl_25": domain_snapshot(dutch)}
    next_id = (ctx.session.scalar(select(func.max(Assessment.id))) or 0) + 1
    written = written_languages(ctx)
    now = utcnow()
    assessments: list[dict] = []
    ratings: list[tuple] = []

    def add(person_id: int, day: date, rater: Rater, extra_set: str | None, values: Mapping[str, int | None],
            draft: bool) -> None:
        nonlocal next_id
        assessments.append({
            "id": next_id, "person_id": person_id, "assessed_on": day, "rater": rater.value,
            "rater_user_id": ctx.ws.user.id if rater is Rater.STAFF else None, "recorded_by_id": ctx.ws.user.id,
            "status": (AssessmentStatus.DRAFT if draft else AssessmentStatus.COMPLETE).value,
            "extra_set": extra_set, "domain_set": snapshots[extra_set], "created_at": now, "updated_at": now,
        })
        for position, entry in enumerate(snapshots[extra_set]):
            value = values[entry["id"]]
            texts = COMMENTS.get(entry["id"])
            comment = texts[written[person_id] == "nl"] if texts and value == 2 and rng.random() < 0.08 else ""
            ratings.append((next_id, position, entry["id"], int(entry["core"]), value, comment))
        next_id += 1

    for person_id in ctx.person_ids:
        extra_set = "nl_25" if rng.random() < 0.2 else None
        domains = [entry["id"] for entry in snapshots[extra_set]]
        state = {d: _first_rating(rng, d) for d in domains}
        count = rng.choice((0, 1, 2, 3, 4, 5, 6))
        day = ctx.today - timedelta(days=rng.randint(150, 180) * count + rng.randint(0, 60))
        rates_self = rng.random() < 0.35
        for index in range(count):
            draft = index == count - 1 and rng.random() < 0.06
            values: dict[str, int | None] = dict(state)
            if draft:
                for d in rng.sample(domains, rng.randint(3, 12)):
                    values[d] = None
            add(person_id, day, Rater.STAFF, extra_set, values, draft)
            if rates_self and not draft and rng.random() < 0.7:
                self_day = min(day + timedelta(days=rng.randint(0, 14)), ctx.today)
                add(person_id, self_day, Rater.PERSON, extra_set, _as_person_sees_it(rng, state), False)
            state = {d: _evolve(rng, v) for d, v in state.items()}
            day = min(day + timedelta(days=rng.randint(150, 200)), ctx.today)
        if len(ratings) >= CHUNK:
            _flush(ctx, assessments, ratings)
    _flush(ctx, assessments, ratings)


RATING_INSERT = ("INSERT INTO assessment_ratings (assessment_id, position, domain_id, is_core, value, comment) "
                 "VALUES (?, ?, ?, ?, ?, ?)")


def _flush(ctx: DemoContext, assessments: list[dict], ratings: list[tuple]) -> None:
    # One executemany per table. Ratings (22 to 25 per assessment, most of the rows) go
    # straight to the driver as plain tuples of ints and strings: building SQLAlchemy
    # parameters for two million rows would double the time of a 20,000-person vault.
    if assessments:
        ctx.session.execute(table_of(Assessment).insert(), assessments)
    if ratings:
        ctx.session.connection().exec_driver_sql(RATING_INSERT, ratings)
    assessments.clear()
    ratings.clear()


def _first_rating(rng, domain_id: str) -> int:
    if rng.random() < 0.05:
        return 9
    if rng.random() < NEED_CHANCE.get(domain_id, 0.2):
        return 2 if rng.random() < 0.6 else 1
    return 0


def _evolve(rng, value: int) -> int:
    roll = rng.random()
    if value == 2:
        return 1 if roll < 0.3 else (0 if roll < 0.38 else 2)
    if value == 1:
        return 0 if roll < 0.12 else (2 if roll < 0.2 else 1)
    if value == 9:
        return rng.choice((0, 1, 2)) if roll < 0.6 else 9
    return 2 if roll < 0.05 else 0


def _as_person_sees_it(rng, state: dict[str, int]) -> dict[str, int]:
    """People rate their own needs differently from staff, more often in relationships."""
    seen = {}
    for domain_id, value in state.items():
        if domain_id in ("company", "intimate_relationships") and rng.random() < 0.35:
            seen[domain_id] = 2
        elif rng.random() < 0.15:
            seen[domain_id] = rng.choice((0, 1, 2))
        else:
            seen[domain_id] = 0 if value == 9 and rng.random() < 0.5 else value
    return seen
