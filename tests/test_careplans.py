"""Care plans: building, agreeing and reviewing a plan; earlier versions never change;
bad input gets a clear refusal."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import NotFound, RelaisError, ValidationError
from app.models.careplan import Goal, VersionFrozen
from app.models.partner import Partner
from app.services import careplan as cp
from app.services.careplan import ActionInput, GoalInput, GoalOutcome, ReviewInput
from app.services.persons.records import PersonService
from app.services.shared.summaries import GoalSummary

START = date(2026, 9, 1)
TODAY = date(2026, 11, 26)


@pytest.fixture
def person(ws):
    return PersonService(ws).create({"given_names": "Léa", "family_name": "Périer"})


@pytest.fixture
def partner_id(ws):
    with ws.unit() as s:
        p = Partner(organisation="CPAS fictif", service_name="Service logement", sector="housing", languages=["fr"])
        s.add(p)
        s.flush()
        return p.id


def stored(version):
    """What a version holds, without the flags derived from today's date."""
    return [(g.id, g.text, g.domain, g.priority, g.strengths, g.status, g.person_comment,
             [(a.id, a.what, a.owner_kind, a.owner_label, a.due_on, a.status, a.done_on) for a in g.actions])
            for g in version.goals], version.starts_on, version.review_on, version.agreed_on


def agreed_plan(ws, person, partner_id):
    """Version 1 agreed on 3 September: two goals, actions by four kinds of owner."""
    vid = cp.create_plan(ws, person, START, date(2026, 12, 1), today=TODAY)
    home = cp.add_goal(ws, vid, GoalInput("Retrouver un logement à moi", "accommodation", 1, "Je sais gérer un budget"))
    daughter = cp.add_goal(ws, vid, GoalInput("Weer contact met mijn dochter", "company", 2))
    cp.add_action(ws, home, ActionInput("Aller au CPAS avec mes papiers", "person", due_on=date(2026, 10, 15)))
    cp.add_action(ws, home, ActionInput("Chercher des annonces", "informal", owner_label="ma sœur",
                                        due_on=date(2026, 11, 30)))
    cp.add_action(ws, home, ActionInput("Instruire la demande", "partner", owner_partner_id=partner_id,
                                        due_on=date(2026, 11, 1)))
    cp.add_action(ws, daughter, ActionInput("Een brief schrijven", "worker", owner_user_id=ws.user.id))
    cp.agree(ws, vid, date(2026, 9, 3), today=TODAY)
    return vid, home, daughter


def test_a_plan_is_built_agreed_and_read_back(ws, person, partner_id):
    vid, home, _ = agreed_plan(ws, person, partner_id)
    plan = cp.get_plan(ws, person, today=TODAY)
    assert plan.current.id == vid and plan.current.agreed_on == date(2026, 9, 3)
    goal = plan.current.goals[0]
    assert (goal.text, goal.domain, goal.priority, goal.strengths) == (
        "Retrouver un logement à moi", "accommodation", 1, "Je sais gérer un budget")
    owners = [(a.owner_kind, a.owner_text) for a in goal.actions]
    assert owners == [("person", "The person"), ("informal", "ma sœur"), ("partner", "CPAS fictif — Service logement")]
    # Due 15 October and 1 November are past on 26 November; 30 November is not.
    assert [a.overdue for a in goal.actions] == [True, False, True]


def test_an_agreed_version_is_edited_only_through_a_review(ws, person, partner_id):
    vid, home, _ = agreed_plan(ws, person, partner_id)
    with pytest.raises(RelaisError) as exc:
        cp.add_goal(ws, vid, GoalInput("Autre chose"))
    assert exc.value.code == "careplan.version_agreed" and "2026-09-03" in exc.value.message()
    with pytest.raises(RelaisError) as exc:
        cp.agree(ws, vid, TODAY, today=TODAY)
    assert exc.value.code == "careplan.already_agreed"


def test_review_creates_a_new_version_and_the_old_one_stays_as_it_was(ws, person, partner_id):
    vid, home, daughter = agreed_plan(ws, person, partner_id)
    before = cp.get_version(ws, vid, today=TODAY)
    new_id = cp.review(ws, person, ReviewInput(
        TODAY, date(2027, 3, 1),
        {home: GoalOutcome("open", "Le CPAS m'a bien reçue"),
         daughter: GoalOutcome("changed", "Elle préfère des messages", "Lui envoyer un message pour son anniversaire")},
        note="Bonne évaluation"), today=TODAY)
    old = cp.get_version(ws, vid, today=TODAY)
    assert old.superseded and stored(old) == stored(before)
    new = cp.get_plan(ws, person, today=TODAY).current
    assert new.id == new_id and new.number == 2 and new.is_draft and new.starts_on == TODAY
    assert [(g.text, g.status) for g in new.goals] == [
        ("Retrouver un logement à moi", "open"),
        ("Weer contact met mijn dochter", "changed"),
        ("Lui envoyer un message pour son anniversaire", "open"),
    ]
    assert new.goals[0].person_comment == "Le CPAS m'a bien reçue"
    assert new.goals[1].lineage == new.goals[2].lineage == daughter
    assert [a.what for a in new.goals[2].actions] == ["Een brief schrijven"]
    # Every way of changing version 1 is now refused.
    with pytest.raises(VersionFrozen):
        cp.update_goal(ws, home, GoalInput("Réécrire l'histoire"))
    with pytest.raises(VersionFrozen):
        cp.set_action_status(ws, before.goals[0].actions[0].id, "done", today=TODAY)
    with pytest.raises(VersionFrozen):
        cp.agree(ws, vid, TODAY, today=TODAY)
    assert cp.get_version(ws, vid, today=TODAY) == old
    plan = cp.get_plan(ws, person, today=TODAY)
    assert [(h.number, h.superseded) for h in plan.history] == [(2, False), (1, True)]


def test_the_model_itself_refuses_changes_to_a_superseded_version(ws, person, partner_id):
    vid, home, _ = agreed_plan(ws, person, partner_id)
    cp.review(ws, person, ReviewInput(TODAY, date(2027, 3, 1), {home: GoalOutcome("achieved", "Enfin !")}),
              today=TODAY)
    with pytest.raises(VersionFrozen):
        with ws.unit() as s:
            s.get(Goal, home).text = "changed behind the service's back"
    with pytest.raises(VersionFrozen):
        with ws.unit() as s:
            goal = s.get(Goal, home)
            goal.actions[0].what = "rewritten"
    with pytest.raises(VersionFrozen):
        with ws.unit() as s:
            s.delete(s.get(Goal, home))
    assert cp.get_version(ws, vid, today=TODAY).goals[0].text == "Retrouver un logement à moi"


def test_goals_closed_at_a_review_are_not_carried_twice(ws, person, partner_id):
    vid, home, daughter = agreed_plan(ws, person, partner_id)
    v2 = cp.review(ws, person, ReviewInput(TODAY, date(2027, 3, 1), {home: GoalOutcome("achieved", "J'ai les clés")}),
                   today=TODAY)
    assert [g.status for g in cp.get_version(ws, v2).goals] == ["achieved", "open"]
    cp.agree(ws, v2, TODAY, today=TODAY)
    open_goal = cp.get_version(ws, v2).goals[1].id
    v3 = cp.review(ws, person, ReviewInput(TODAY, date(2027, 6, 1), {open_goal: GoalOutcome("open", "Ça vient")}),
                   today=TODAY)
    assert [g.text for g in cp.get_version(ws, v3).goals] == ["Weer contact met mijn dochter"]


def test_a_review_that_changes_nothing_is_refused(ws, person, partner_id):
    vid, home, daughter = agreed_plan(ws, person, partner_id)
    same = ReviewInput(TODAY, date(2026, 12, 1), {home: GoalOutcome("open"), daughter: GoalOutcome("open")})
    with pytest.raises(RelaisError) as exc:
        cp.review(ws, person, same, today=TODAY)
    assert exc.value.code == "careplan.review_unchanged"
    assert "changes nothing" in exc.value.message()
    postponed = ReviewInput(TODAY, date(2027, 3, 1), {home: GoalOutcome("open", "")})
    with pytest.raises(RelaisError) as exc:
        cp.review(ws, person, postponed, today=TODAY)
    assert exc.value.code == "careplan.review_unchanged"
    assert len(cp.get_plan(ws, person, today=TODAY).history) == 1


def test_a_draft_is_edited_not_reviewed(ws, person):
    vid = cp.create_plan(ws, person, START, date(2026, 12, 1), today=TODAY)
    cp.add_goal(ws, vid, GoalInput("Dormir mieux", "psychological_distress"))
    with pytest.raises(RelaisError) as exc:
        cp.review(ws, person, ReviewInput(TODAY, date(2027, 1, 1)), today=TODAY)
    assert exc.value.code == "careplan.review_of_draft"


def test_review_input_is_checked(ws, person, partner_id):
    vid, home, daughter = agreed_plan(ws, person, partner_id)
    with pytest.raises(ValidationError) as exc:
        cp.review(ws, person, ReviewInput(date(2026, 12, 30), date(2026, 12, 1),
                                          {daughter: GoalOutcome("changed", "")}), today=TODAY)
    codes = {(e.field, e.code) for e in exc.value.errors}
    assert codes == {("reviewed_on", "date.future"), ("review_on", "careplan.review_before_start"),
                     ("goal", "careplan.changed_needs_text")}
    with pytest.raises(NotFound):
        cp.review(ws, person, ReviewInput(TODAY, date(2027, 1, 1), {999999: GoalOutcome("achieved")}), today=TODAY)


def test_bad_actions_get_clear_messages(ws, person, partner_id):
    vid = cp.create_plan(ws, person, START, date(2026, 12, 1), today=TODAY)
    goal = cp.add_goal(ws, vid, GoalInput("Retrouver un logement à moi", "accommodation"))
    with pytest.raises(ValidationError) as exc:
        cp.add_action(ws, goal, ActionInput("Visiter", "", due_on=date(2026, 8, 31)))
    assert {(e.field, e.code) for e in exc.value.errors} == {("owner", "careplan.owner_missing"),
                                                            ("due_on", "careplan.due_before_start")}
    text = exc.value.message()
    assert "Who: say who will do it" in text and "before the plan starts (2026-09-01)" in text
    for bad in (ActionInput("x", "partner"), ActionInput("x", "worker", owner_user_id=424242),
                ActionInput("x", "informal"), ActionInput("   ", "person"),
                ActionInput("x", "person", due_on=date(2036, 1, 1)), ActionInput("y" * 501, "person")):
        with pytest.raises(ValidationError):
            cp.add_action(ws, goal, bad)
    assert cp.get_version(ws, vid).goals[0].actions == ()
    # The start cannot move after an existing due date.
    cp.add_action(ws, goal, ActionInput("Visiter", "person", due_on=date(2026, 9, 10)))
    with pytest.raises(ValidationError) as exc:
        cp.set_dates(ws, vid, date(2026, 9, 15), date(2026, 12, 1), today=TODAY)
    assert exc.value.errors[0].code == "careplan.start_after_due"


def test_goal_text_in_any_script_and_hostile_markup_is_kept(ws, person):
    vid = cp.create_plan(ws, person, START, date(2026, 12, 1), today=TODAY)
    words = "<b>Ne plus</b> & dormir dehors — Олександр, Şükrü\x07"
    gid = cp.add_goal(ws, vid, GoalInput(words, strengths="x" * 3000))
    assert cp.get_version(ws, vid).goals[0].text == "<b>Ne plus</b> & dormir dehors — Олександр, Şükrü"
    with pytest.raises(ValidationError) as exc:
        cp.update_goal(ws, gid, GoalInput("y" * 20000, "no-such-domain", 7))
    assert {e.field for e in exc.value.errors} == {"goal", "domain", "priority"}
    assert cp.get_version(ws, vid).goals[0].strengths == "x" * 3000


def test_agreement_needs_goals_a_past_date_and_the_persons_words(ws, person):
    vid = cp.create_plan(ws, person, START, date(2026, 12, 1), today=TODAY)
    with pytest.raises(RelaisError) as exc:
        cp.agree(ws, vid, TODAY, today=TODAY)
    assert exc.value.code == "careplan.no_goals"
    [gid] = cp.draft_goals_from_domains(ws, person, ["accommodation"], today=TODAY)
    with pytest.raises(ValidationError):
        cp.agree(ws, vid, date(2026, 11, 27), today=TODAY)
    with pytest.raises(RelaisError) as exc:
        cp.agree(ws, vid, TODAY, today=TODAY)
    assert exc.value.code == "careplan.wording_not_confirmed"
    cp.update_goal(ws, gid, GoalInput("Avoir mon propre studio", "accommodation"))
    cp.agree(ws, vid, TODAY, today=TODAY)
    assert cp.get_plan(ws, person, today=TODAY).current.agreed_on == TODAY


def test_unmet_needs_become_editable_draft_goals(ws, person):
    ids = cp.draft_goals_from_domains(ws, person, ["accommodation", "company", "accommodation"], today=TODAY)
    plan = cp.get_plan(ws, person, today=TODAY)
    assert plan.current.starts_on == TODAY and plan.current.review_on == date(2027, 2, 26)
    assert [(g.id, g.text, g.domain, g.priority, g.draft_wording) for g in plan.current.goals] == [
        (ids[0], "Find what would help with “Accommodation” (unmet need) — to rewrite with the person",
         "accommodation", 1, True),
        (ids[1], "Find what would help with “Company / social life” (unmet need) — to rewrite with the person",
         "company", 2, True)]
    assert cp.draft_goals_from_domains(ws, person, ["company", "money"], today=TODAY) == [ids[1] + 1]
    with pytest.raises(ValidationError):
        cp.draft_goals_from_domains(ws, person, ["not-a-domain"], today=TODAY)
    cp.confirm_wording(ws, ids[1])
    assert not cp.get_version(ws, plan.current.id).goals[1].draft_wording


def test_current_goals_feed_the_summaries(ws, person, partner_id):
    agreed_plan(ws, person, partner_id)
    goals = cp.current_goals(ws, person)
    assert all(isinstance(g, GoalSummary) for g in goals)
    assert [g.text for g in goals] == ["Retrouver un logement à moi", "Weer contact met mijn dochter"]
    assert goals[0].actions[0] == "The person: Aller au CPAS avec mes papiers (2026-10-15)"
    assert goals[0].actions[1] == "ma sœur: Chercher des annonces (2026-11-30)"
    assert cp.current_goals(ws, PersonService(ws).create({"alias": "Bibi"})) == []


def test_erasing_the_person_erases_the_plan(ws, person, partner_id):
    vid, *_ = agreed_plan(ws, person, partner_id)
    PersonService(ws).delete(person)
    with pytest.raises(NotFound):
        cp.get_version(ws, vid)


def test_a_review_can_be_agreed_at_once_or_not_at_all(ws, person, partner_id):
    vid, home, daughter = agreed_plan(ws, person, partner_id)
    everything_closed = ReviewInput(TODAY, date(2027, 3, 1), {home: GoalOutcome("achieved", "Les clés !"),
                                                              daughter: GoalOutcome("dropped", "Plus maintenant")},
                                    agreed_now=True)
    with pytest.raises(RelaisError) as exc:
        cp.review(ws, person, everything_closed, today=TODAY)
    assert exc.value.code == "careplan.no_goals"
    plan = cp.get_plan(ws, person, today=TODAY)
    assert len(plan.history) == 1 and not plan.current.superseded   # nothing of the refused review kept
    new_id = cp.review(ws, person, ReviewInput(TODAY, date(2027, 3, 1), {home: GoalOutcome("open", "Bientôt")},
                                               agreed_now=True), today=TODAY)
    assert cp.get_version(ws, new_id).agreed_on == TODAY


def test_changes_views_and_prints_are_audited_with_ids_only(ws, person, partner_id):
    from sqlalchemy import select

    from app.services.documents.catalogue import produce
    from app.services.shared.documents import PdfRequest
    from app.store.audit import AuditEvent

    vid, home, _ = agreed_plan(ws, person, partner_id)
    cp.get_plan(ws, person, today=TODAY)
    cp.review(ws, person, ReviewInput(TODAY, date(2027, 3, 1), {home: GoalOutcome("open", "Secret du patient")}),
              today=TODAY)
    produce(ws, "careplan", PdfRequest(person, None, "fr", "person"))
    with ws.read() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.target_id, AuditEvent.detail)
                           .where(AuditEvent.action.like("careplan.%"))).all()
    actions = {a for a, _, _ in events}
    assert {"careplan.created", "careplan.goal_added", "careplan.action_added", "careplan.agreed",
            "careplan.viewed", "careplan.reviewed", "careplan.printed"} <= actions
    assert all(target == person for _, target, _ in events)
    details = " ".join(d for _, _, d in events)
    for personal in ("Secret", "logement", "sœur", "CPAS", "Léa"):
        assert personal not in details
