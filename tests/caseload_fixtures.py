"""A small caseload built by hand, whose indicators are known (see EXPECTED in the tests).

Today is Thursday 26 November 2026; its week starts on Monday 23 November.

  Anna    active, carla's   latest staff CANSAS (1 June) unmet: accommodation, company, paid_work (extra);
                            an older one (food), a person-rated one (alcohol) and a staff draft (drugs)
                            must not count; latest map not isolated (an older isolated one must not count);
                            review overdue, one action overdue (another due today is not);
                            a referral on the waiting list since 6 November (20 days)
  Bruno   active, alice's   unmet: accommodation; map with only a professional close -> isolated;
                            a superseded version's old review and an achieved goal's late action do
                            not count; a draft and a refused referral are not pending
  Chen    closed, carla's   unmet needs and a late plan, all out of the caseload
  Dora    paused, carla's   an empty map -> isolated; a referral accepted today (0 days)
  + an anonymous street encounter recorded by carla this week
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert

from app.models.cansas import Assessment, Rating
from app.models.careplan import Action, CarePlan, CarePlanVersion, Goal
from app.models.consent import Consent
from app.models.contact import Contact
from app.models.network import NetworkMember, NetworkSnapshot
from app.models.person import Person, person_workers
from app.models.referral import Referral, ReferralEvent
from app.models.user import User
from tests.conftest import add_user

TODAY = date(2026, 11, 26)
THIS_WEEK = date(2026, 11, 23)
LAST_WEEK = date(2026, 11, 16)
NISS = "85073003328"


@dataclass
class Caseload:
    anna: int
    bruno: int
    chen: int
    dora: int
    alice: int
    carla: int


def _person(s, given, family, status, worker, **extra) -> int:
    p = Person(given_names=given, family_name=family, status=status, **extra)
    p.refresh_search_text()
    s.add(p)
    s.flush()
    s.execute(insert(person_workers).values(person_id=p.id, user_id=worker))
    return p.id


def _assessment(s, person_id, day, rater="staff", status="complete", unmet=(), extra_unmet=(), user=None) -> int:
    a = Assessment(person_id=person_id, assessed_on=day, rater=rater, status=status, rater_user_id=user,
                   domain_set=[])
    s.add(a)
    s.flush()
    for i, domain in enumerate(("accommodation", "food", "company", "alcohol", "drugs")):
        value = 2 if domain in unmet else (0 if status == "complete" else None)
        s.add(Rating(assessment_id=a.id, position=i, domain_id=domain, is_core=True, value=value,
                     comment="Commentaire libre" if domain in unmet else ""))
    for domain in extra_unmet:
        s.add(Rating(assessment_id=a.id, position=99, domain_id=domain, is_core=False, value=2))
    if extra_unmet:
        a.extra_set = "nl_25"
    return a.id


def _snapshot(s, person_id, day, members=()) -> int:
    snap = NetworkSnapshot(person_id=person_id, drawn_on=day)
    s.add(snap)
    s.flush()
    for label, category, circle, supports in members:
        s.add(NetworkMember(snapshot_id=snap.id, label=label, label_key=label.lower(), category=category,
                            circle=circle, supports=list(supports)))
    return snap.id


def _plan(s, person_id, versions) -> None:
    """versions: [(review_on, superseded, [(goal_status, [(due_on, action_status)])])]"""
    plan = CarePlan(person_id=person_id)
    s.add(plan)
    s.flush()
    for number, (review_on, superseded, goals) in enumerate(versions, start=1):
        v = CarePlanVersion(plan_id=plan.id, number=number, starts_on=date(2026, 1, 1), review_on=review_on,
                            agreed_on=date(2026, 1, 2), superseded_at=datetime(2026, 2, 1) if superseded else None)
        s.add(v)
        s.flush()
        for gpos, (goal_status, actions) in enumerate(goals):
            g = Goal(version_id=v.id, position=gpos, text="Retrouver un logement à moi", domain="accommodation",
                     status=goal_status)
            s.add(g)
            s.flush()
            for apos, (due_on, status) in enumerate(actions):
                s.add(Action(goal_id=g.id, position=apos, what="Appeler l'agence immobilière sociale",
                             owner_kind="person", due_on=due_on, status=status))


def _referral(s, person_id, status, sent_on, status_on=None) -> int:
    r = Referral(person_id=person_id, partner_name="Service Fictif d'Accueil", reason_domain="accommodation",
                 reason="Recherche de logement", request="Je veux un toit", status=status,
                 status_on=status_on or sent_on or TODAY, sent_on=sent_on)
    s.add(r)
    s.flush()
    s.add(ReferralEvent(referral_id=r.id, status=status, on=status_on or sent_on or TODAY))
    return r.id


def _contact(s, person_id, when, mode, worker, label="") -> None:
    s.add(Contact(person_id=person_id, occurred_at=when, duration_minutes=30, mode=mode, worker_id=worker,
                  anonymous_label=label, note="Parlé du logement" if person_id else ""))


def build_caseload(ws) -> Caseload:
    add_user(ws, "carla", "case_manager")
    with ws.unit() as s:
        alice = s.query(User).filter_by(name="alice").one().id
        carla = s.query(User).filter_by(name="carla").one().id
        anna = _person(s, "Anna", "Testova", "active", carla, niss=NISS, birth_year=1985,
                       birth_date=date(1985, 7, 30), contact_notes="Joignable via le centre de jour")
        bruno = _person(s, "Bruno", "Exemplo", "active", alice, birth_year=1970)
        chen = _person(s, "Chen", "Closedfile", "closed", carla)
        dora = _person(s, "Dora", "Pausedova", "paused", carla, birth_year=1999)

        _assessment(s, anna, date(2026, 1, 10), unmet=("food",))
        _assessment(s, anna, date(2026, 6, 1), unmet=("accommodation", "company"), extra_unmet=("paid_work",),
                    user=carla)
        _assessment(s, anna, date(2026, 7, 1), rater="person", unmet=("alcohol",))
        _assessment(s, anna, date(2026, 8, 1), status="draft", unmet=("drugs",))
        _assessment(s, bruno, date(2026, 3, 1), unmet=("accommodation",))
        _assessment(s, chen, date(2026, 3, 1), unmet=("accommodation", "food"))

        _snapshot(s, anna, date(2026, 1, 1), [("Assistant social", "professional", "close", ["practical"])])
        _snapshot(s, anna, date(2026, 6, 1), [("Sœur Maria", "family", "close", ["emotional", "practical"]),
                                              ("Voisin Jo", "neighbour", "outer", ["company"])])
        _snapshot(s, bruno, date(2026, 5, 1), [("Dr Médecin", "professional", "close", ["emotional"]),
                                               ("Ami Paul", "friend", "middle", ["company"])])
        _snapshot(s, chen, date(2026, 5, 1))
        _snapshot(s, dora, date(2026, 9, 1))

        _plan(s, anna, [(date(2026, 10, 1), False, [("open", [(date(2026, 11, 1), "open"),
                                                              (TODAY, "open"),
                                                              (date(2026, 9, 1), "done")])])])
        _plan(s, bruno, [(date(2026, 3, 1), True, [("open", [(date(2026, 2, 1), "open")])]),
                         (date(2027, 1, 1), False, [("open", [(date(2026, 10, 1), "done")]),
                                                    ("achieved", [(date(2026, 10, 1), "open")])])])
        _plan(s, chen, [(date(2026, 1, 1), False, [("open", [(date(2026, 1, 1), "open")])])])

        _referral(s, anna, "waiting_list", date(2026, 11, 6), date(2026, 11, 10))
        _referral(s, bruno, "draft", None, date(2026, 11, 1))
        _referral(s, bruno, "refused", date(2026, 9, 1), date(2026, 9, 20))
        _referral(s, chen, "sent", date(2026, 1, 1))
        _referral(s, dora, "accepted", TODAY)

        s.add(Consent(person_id=anna, given_on=date(2026, 1, 5), recipient_category="gp",
                      document_types=["bilan", "care_plan"], purpose="Suivi par le médecin traitant"))

        _contact(s, anna, datetime(2026, 11, 24, 10, 0), "face_to_face", carla)
        _contact(s, anna, datetime(2026, 11, 26, 8, 0), "face_to_face", carla)
        _contact(s, anna, datetime(2026, 11, 18, 9, 0), "phone", carla)
        _contact(s, bruno, datetime(2026, 11, 25, 15, 0), "home_visit", alice)
        _contact(s, chen, datetime(2026, 11, 23, 0, 0), "phone", alice)
        _contact(s, None, datetime(2026, 11, 25, 22, 0), "street_outreach", carla, label="homme, gare du Midi")
        _contact(s, anna, datetime(2026, 6, 1, 9, 0), "video", carla)   # long before the weeks shown
    return Caseload(anna, bruno, chen, dora, alice, carla)
