"""Demo care plans: about half the persons get a plan with one to three versions, goals
in their own words (French or Dutch after their languages), actions shared between the
person, someone close, a partner service and the worker, and reviews with the person's
comments. Clearly fictional; inserted with Core executemany (not per-row ORM) so the
20,000-person benchmark stays fast."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from app.models.careplan import (
    Action,
    ActionStatus,
    CarePlan,
    CarePlanVersion,
    Goal,
    GoalDomain,
    GoalStatus,
)
from app.models.partner import Partner
from app.models.person import Person
from app.services.careplan import add_months
from app.store.base import table_of, utcnow

if TYPE_CHECKING:
    from app.devtools.demo import DemoContext

# (domain, goal in the person's words, strengths, actions as (what, owner kind, informal label))
GOALS = {
    "fr": [
        ("accommodation", "Retrouver un logement à moi", "Je sais gérer un petit budget",
         [("Aller au CPAS avec mes papiers", "person", ""), ("Chercher des annonces le samedi", "informal", "ma sœur"),
          ("Instruire la demande de logement", "partner", ""), ("Préparer la visite ensemble", "worker", "")]),
        ("company", "Revoir mes amis du quartier", "Je connais beaucoup de monde au marché",
         [("Aller au café associatif le jeudi", "person", ""), ("M'accompagner la première fois", "worker", "")]),
        ("daytime_activities", "Avoir quelque chose à faire le matin", "J'aime bricoler",
         [("Visiter l'atelier vélo", "person", ""), ("Présenter l'atelier", "partner", "")]),
        ("physical_health", "Soigner mes dents", "Je n'ai plus peur du médecin",
         [("Prendre rendez-vous à la maison médicale", "person", ""), ("Rappeler pour le devis", "worker", "")]),
        ("money", "Ne plus être à découvert à la fin du mois", "Je tiens mes comptes dans un carnet",
         [("Faire le point sur les dettes", "partner", ""), ("Noter mes dépenses chaque soir", "person", "")]),
        ("alcohol", "Boire moins le week-end", "Mon voisin Jo m'appelle le samedi",
         [("Appeler Jo le samedi matin", "informal", "voisin Jo"), ("Rencontrer le service d'assuétudes", "partner", "")]),
        ("benefits", "Récupérer mes droits à la mutuelle", "Je garde tous mes courriers",
         [("Rassembler les courriers", "person", ""), ("Remplir le formulaire ensemble", "worker", "")]),
        ("intimate_relationships", "Avoir de nouveau quelqu'un sur qui compter", "Je suis fidèle en amitié",
         [("Participer au groupe de parole", "person", ""), ("En parler avec mon frère", "informal", "mon frère")]),
    ],
    "nl": [
        ("company", "Weer contact met mijn dochter", "Ik schrijf graag brieven",
         [("Een brief schrijven voor haar verjaardag", "person", ""), ("Het adres navragen", "informal", "mijn zus"),
          ("Samen het eerste telefoontje voorbereiden", "worker", "")]),
        ("accommodation", "Een eigen studio vinden", "Ik hou mijn kamer netjes",
         [("Inschrijven bij het sociaal verhuurkantoor", "partner", ""), ("Zoekertjes bekijken", "person", "")]),
        ("daytime_activities", "Iets doen overdag, liefst buiten", "Ik werkte vroeger als tuinman",
         [("Langsgaan bij de buurtmoestuin", "person", ""), ("Contact leggen met het dagcentrum", "worker", "")]),
        ("psychological_distress", "Beter slapen en minder piekeren", "Wandelen helpt mij",
         [("Elke avond een korte wandeling", "person", ""), ("Afspraak bij de huisarts", "partner", "")]),
        ("money", "Mijn schulden op een rijtje", "Ik bewaar al mijn papieren",
         [("Papieren meebrengen naar het OCMW", "person", ""), ("Budgetbegeleiding starten", "partner", "")]),
        ("drugs", "Minder gebruiken, op mijn tempo", "Mijn vriend Tom staat achter mij",
         [("Tom bellen als het moeilijk wordt", "informal", "vriend Tom"),
          ("Kennismaking met de ervaringsdeskundige", "worker", "")]),
        ("telephone", "Een gsm die werkt", "Ik ben handig met technologie",
         [("Een tweedehands toestel zoeken", "informal", "buurvrouw Anja"), ("Een simkaart regelen", "person", "")]),
        ("basic_education", "Beter Nederlands leren", "Ik spreek al drie talen",
         [("Inschrijven in het CVO", "person", ""), ("Samen naar de infosessie", "worker", "")]),
    ],
}

COMMENTS = {
    "fr": {"open": ["Ça avance doucement", "J'ai besoin de plus de temps", "Le premier pas est fait"],
           "achieved": ["J'y suis arrivé !", "Enfin, ça y est", "Je suis fier de moi"],
           "dropped": ["Ce n'est plus important pour moi", "Je préfère me concentrer sur autre chose"]},
    "nl": {"open": ["Het gaat traag maar zeker", "Ik heb meer tijd nodig", "De eerste stap is gezet"],
           "achieved": ["Het is gelukt!", "Eindelijk", "Ik ben trots op mezelf"],
           "dropped": ["Dat is niet meer belangrijk voor mij", "Ik focus liever op iets anders"]},
}
REVIEW_NOTES = {"fr": ["Évaluation faite au café, dans le calme.", "Bonne évaluation, la personne est contente."],
                "nl": ["Evaluatie in het dagcentrum, rustig verlopen.", "Goede evaluatie, de persoon is tevreden."]}

SHARE_WITH_PLAN = 0.5
BATCH = 500


@dataclass
class _Goal:
    template: int
    status: str = GoalStatus.OPEN
    comment: str = ""
    lineage_of: _Goal | None = None
    actions: list[dict] = field(default_factory=list)
    id: int | None = None


@dataclass
class _Version:
    number: int
    starts_on: date
    review_on: date
    agreed_on: date | None
    reviewed_on: date | None
    note: str
    superseded: bool
    goals: list[_Goal]


def add_careplans(ctx: DemoContext) -> None:
    rng = ctx.rng
    partners = list(ctx.session.scalars(select(Partner.id).order_by(Partner.id)))
    chosen = [pid for pid in ctx.person_ids if rng.random() < SHARE_WITH_PLAN]
    for start in range(0, len(chosen), BATCH):
        chunk = chosen[start:start + BATCH]
        langs = {pid: langs for pid, langs in ctx.session.execute(
            select(Person.id, Person.languages).where(Person.id.in_(chunk)))}
        plans = {pid: _plan_history(ctx, "nl" if "nl" in (langs.get(pid) or []) else "fr", partners)
                 for pid in chunk}
        _insert(ctx, plans)


def _plan_history(ctx: DemoContext, lang: str, partners: list[int]) -> tuple[str, list[_Version]]:
    rng, today = ctx.rng, ctx.today
    count = rng.choice([1, 2, 2, 3])
    start = today - timedelta(days=95 * (count - 1) + rng.randint(10, 120))
    templates = rng.sample(range(len(GOALS[lang])), rng.randint(2, 3))
    goals = [_Goal(t) for t in templates]
    versions: list[_Version] = []
    for number in range(1, count + 1):
        last = number == count
        if number > 1:
            goals = _reviewed(rng, lang, goals, start)
            if all(g.status != GoalStatus.OPEN for g in goals):
                # Everything reached or let go: the person sets a new goal at the review.
                unused = [t for t in range(len(GOALS[lang])) if t not in templates]
                templates.append(rng.choice(unused))
                goals.append(_Goal(templates[-1]))
        for goal in goals:
            if not goal.actions:
                goal.actions = _actions(rng, lang, goal.template, start, partners, ctx.ws.user)
            for action in goal.actions:
                # Most actions get done; a few stay late so "My follow-ups" has something to show.
                late = action["due_on"] < (today if last else add_months(start, 3))
                if action["status"] == ActionStatus.OPEN and late and rng.random() < 0.8:
                    action["status"], action["done_on"] = ActionStatus.DONE, action["due_on"]
        agreed = None if (last and rng.random() < 0.15) else min(start + timedelta(days=rng.randint(0, 6)), today)
        review_on = add_months(start, 3)
        versions.append(_Version(number, start, review_on, agreed, start if number > 1 else None,
                                 rng.choice(REVIEW_NOTES[lang]) if number > 1 else "", not last, goals))
        start = min(review_on + timedelta(days=rng.randint(-10, 20)), today)
    return lang, versions


def _reviewed(rng, lang: str, previous: list[_Goal], reviewed_on: date) -> list[_Goal]:
    """The next version's goals: open goals carried with an outcome, their unfinished actions
    rescheduled; goals closed earlier stay behind."""
    carried = []
    for goal in previous:
        if goal.status != GoalStatus.OPEN:
            continue
        status = rng.choices([GoalStatus.OPEN, GoalStatus.ACHIEVED, GoalStatus.DROPPED], weights=[6, 3, 1])[0]
        copy = _Goal(goal.template, status, rng.choice(COMMENTS[lang][status.value]), goal.lineage_of or goal,
                     [dict(a) for a in goal.actions])
        if status == GoalStatus.OPEN:
            for action in copy.actions:
                if action["status"] == ActionStatus.OPEN:
                    action["due_on"] = reviewed_on + timedelta(days=rng.randint(10, 60))
        carried.append(copy)
    return carried


def _actions(rng, lang: str, template: int, start: date, partners: list[int], worker) -> list[dict]:
    rows = []
    for what, kind, label in GOALS[lang][template][3]:
        row = {"what": what, "owner_kind": kind, "owner_label": label, "owner_partner_id": None,
               "owner_user_id": None, "owner_member_id": None,
               "due_on": start + timedelta(days=rng.randint(10, 80)), "status": ActionStatus.OPEN, "done_on": None}
        if kind == "partner":
            if partners:
                row["owner_partner_id"] = rng.choice(partners)
                row["owner_label"] = "Service partenaire fictif" if lang == "fr" else "Fictieve partnerdienst"
            else:
                row["owner_kind"] = "worker"
        if row["owner_kind"] == "worker":
            row["owner_user_id"], row["owner_label"] = worker.id, worker.label
        rows.append(row)
    return rows


def _insert(ctx: DemoContext, plans: dict[int, tuple[str, list[_Version]]]) -> None:
    session, now, user_id = ctx.session, utcnow(), ctx.ws.user.id
    person_ids = list(plans)
    plan_ids = session.scalars(insert(table_of(CarePlan)).returning(CarePlan.id, sort_by_parameter_order=True),
                               [{"person_id": pid, "created_at": now, "created_by": user_id} for pid in person_ids]).all()
    flat = [(plan_id, v) for plan_id, pid in zip(plan_ids, person_ids, strict=True) for v in plans[pid][1]]
    version_ids = session.scalars(insert(table_of(CarePlanVersion)).returning(
        CarePlanVersion.id, sort_by_parameter_order=True), [
        {"plan_id": plan_id, "number": v.number, "starts_on": v.starts_on, "review_on": v.review_on,
         "agreed_on": v.agreed_on, "reviewed_on": v.reviewed_on, "review_note": v.note, "created_at": now,
         "created_by": user_id, "superseded_at": now if v.superseded else None} for plan_id, v in flat]).all()
    lang_of = {id(v): plans[pid][0] for pid in person_ids for v in plans[pid][1]}
    # Goals level by level, so a later version's goal can name the first one as its lineage.
    for number in (1, 2, 3):
        level = [(vid, v) for vid, (_, v) in zip(version_ids, flat, strict=True) if v.number == number]
        goals = [(vid, position, g, lang_of[id(v)]) for vid, v in level for position, g in enumerate(v.goals)]
        if not goals:
            continue
        ids = session.scalars(insert(table_of(Goal)).returning(Goal.id, sort_by_parameter_order=True), [
            {"version_id": vid, "lineage": g.lineage_of.id if g.lineage_of else None, "position": position,
             "text": GOALS[lang][g.template][1],
             "priority": min(position + 1, 3), "strengths": GOALS[lang][g.template][2], "draft_wording": False,
             "status": g.status, "person_comment": g.comment} for vid, position, g, lang in goals]).all()
        for (_, _, goal, _), goal_id in zip(goals, ids, strict=True):
            goal.id = goal_id
        # The life domain is clinical: it has a table of its own (scope `clinical`).
        session.execute(insert(table_of(GoalDomain)), [
            {"goal_id": goal.id, "domain": GOALS[lang][goal.template][0]} for _, _, goal, lang in goals])
        session.execute(insert(table_of(Action)), [
            {"goal_id": goal.id, "position": n, **action} for _, _, goal, _ in goals
            for n, action in enumerate(goal.actions)])
    session.execute(update(table_of(Goal)).where(Goal.lineage.is_(None)).values(lineage=Goal.id))
