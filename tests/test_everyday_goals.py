"""Everyday task: turn the unmet needs of a CANSAS into care-plan goals (issue 25, points 1 and 3).

The services: an agreed plan gets a new version (its révision) with the goals in one step; a
review may simply add goals; needs not turned into goals are named with the reason; goals made
from needs carry a provisional wording and a proposed priority, and stay out of the bilan's
"in the person's words" until a person rewrites them. Then the whole flow in the interface.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.errors import RelaisError
from app.models.instruments import cansas_core_domains
from app.services import careplan as cp
from app.services.bilan.sources import compose_prefill, live, prefill_texts
from app.services.cansas import assessments as cansas
from app.services.careplan import GoalInput, GoalOutcome, ReviewInput
from app.services.persons.records import PersonService
from app.store.audit import AuditEvent
from tests.everyday_support import SCREENSHOTS, ModalAnswers
from tests.ui_support import ui_env  # noqa: F401

CORE = [d.id for d in cansas_core_domains()]
TODAY = date(2026, 11, 26)


@pytest.fixture
def person(ws):
    return PersonService(ws).create({"given_names": "Léa", "family_name": "Périer"})


def agreed_plan_with_a_home_goal(ws, person, today=TODAY) -> int:
    vid = cp.create_plan(ws, person, date(2026, 9, 1), date(2026, 12, 1), today=today)
    cp.add_goal(ws, vid, GoalInput("Retrouver un logement à moi", "accommodation", 1))
    cp.agree(ws, vid, date(2026, 9, 3), today=today)
    return vid


def test_an_agreed_plan_gets_a_new_version_with_the_goals_in_one_step(ws, person):
    v1 = agreed_plan_with_a_home_goal(ws, person)
    with pytest.raises(RelaisError) as refused:
        cp.goals_from_needs(ws, person, ["accommodation", "company", "money"], today=TODAY)
    assert refused.value.code == "careplan.version_agreed"
    result = cp.goals_from_needs(ws, person, ["accommodation", "company", "money", "company"], new_version=True,
                                 assessed_on=date(2026, 11, 20), today=TODAY)
    assert result.new_version and len(result.created) == 2
    assert result.skipped == (("accommodation", cp.SKIP_ALREADY_GOAL),)
    plan = cp.get_plan(ws, person, today=TODAY)
    assert plan.current.id == result.version_id != v1
    assert plan.current.number == 2 and plan.current.is_draft and plan.current.reviewed_on == TODAY
    assert [(g.text, g.priority, g.draft_wording) for g in plan.current.goals] == [
        ("Retrouver un logement à moi", 1, False),
        ("Find what would help with “Company / social life” (unmet need, CANSAS of 2026-11-20)"
         " — to rewrite with the person", 2, True),
        ("Find what would help with “Money” (unmet need, CANSAS of 2026-11-20) — to rewrite with the person",
         2, True)]
    assert cp.get_version(ws, v1, today=TODAY).superseded
    with ws.read() as s:
        actions = [e.action for e in s.query(AuditEvent).order_by(AuditEvent.id)]
    assert [a for a in actions if a != "careplan.viewed"][-2:] == ["careplan.reviewed", "careplan.goals_from_needs"]


def test_needs_that_are_all_goals_already_start_no_new_version(ws, person):
    v1 = agreed_plan_with_a_home_goal(ws, person)
    result = cp.goals_from_needs(ws, person, ["accommodation"], new_version=True, today=TODAY)
    assert (result.created, result.new_version, result.version_id) == ((), False, v1)
    assert result.skipped == (("accommodation", "already_goal"),)
    assert cp.get_plan(ws, person, today=TODAY).current.number == 1


def test_priorities_follow_the_need_safety_and_roof_first_extra_domains_last(ws, person):
    from app.models.careplan import proposed_priority

    assert [proposed_priority(d) for d in ("safety_to_self", "food", "company", "telephone")] == [1, 1, 2, 2]
    assert proposed_priority("some_extra_domain", core=frozenset(CORE)) == 3
    ids = cp.goals_from_needs(ws, person, ["telephone", "psychological_distress"], today=TODAY).created
    goals = cp.get_plan(ws, person, today=TODAY).current.goals
    assert [(g.id, g.priority) for g in goals] == [(ids[0], 2), (ids[1], 1)]


def test_a_review_may_simply_add_goals(ws, person):
    agreed_plan_with_a_home_goal(ws, person)
    with pytest.raises(RelaisError) as unchanged:
        cp.review(ws, person, ReviewInput(TODAY, TODAY + timedelta(days=90)), today=TODAY)
    assert unchanged.value.code == "careplan.review_unchanged"
    new = cp.review(ws, person, ReviewInput(TODAY, TODAY + timedelta(days=90),
                                            new_goals=(GoalInput("Reprendre le vélo"), GoalInput("  "))),
                    today=TODAY)
    goals = cp.get_version(ws, new, today=TODAY).goals
    assert [(g.text, g.status, g.draft_wording) for g in goals] == [
        ("Retrouver un logement à moi", "open", False), ("Reprendre le vélo", "open", False)]


def test_a_review_with_outcomes_and_goals_keeps_both(ws, person):
    v1 = agreed_plan_with_a_home_goal(ws, person)
    home = cp.get_version(ws, v1, today=TODAY).goals[0].id
    new = cp.review(ws, person, ReviewInput(TODAY, TODAY + timedelta(days=90), {home: GoalOutcome("achieved")},
                                            new_goals=(GoalInput("Garder le logement"),), agreed_now=True),
                    today=TODAY)
    version = cp.get_version(ws, new, today=TODAY)
    assert [(g.text, g.status) for g in version.goals] == [
        ("Retrouver un logement à moi", "achieved"), ("Garder le logement", "open")]
    assert version.agreed_on == TODAY


def test_provisional_goals_stay_out_of_the_persons_words_until_rewritten(ws, person):
    cp.add_goal(ws, cp.create_plan(ws, person, today=TODAY), GoalInput("Revoir ma fille"))
    [made] = cp.goals_from_needs(ws, person, ["accommodation"], today=TODAY).created
    summaries = cp.current_goals(ws, person)
    assert [(g.text[:14], g.provisional) for g in summaries] == [("Revoir ma fill", False), ("Find what woul", True)]
    texts = prefill_texts(ws, person, "fr")
    assert "Revoir ma fille" in texts["request"] and "Accommodation" not in texts["request"]
    assert "(proposition, pas encore avec les mots de la personne)" in texts["proposal"]
    assert "Accommodation" in texts["proposal"]
    cp.update_goal(ws, made, GoalInput("Avoir un studio à moi", "accommodation", 1))
    assert "Avoir un studio à moi" in prefill_texts(ws, person, "fr")["request"]
    only_provisional = live(ws, person)
    only_provisional.goals = [replace(g, provisional=True) for g in only_provisional.goals]
    assert "request" not in compose_prefill(only_provisional, "en")


# -- the whole flow in the interface ------------------------------------------------------------

def test_goals_from_needs_flow_in_french(ui_env, qtbot, ws, person):  # noqa: F811
    from app.ui import i18n
    from app.ui.careplan.tab import CarePlanTab
    from app.ui.registry import REGISTRY

    i18n.install("fr")
    agreed_plan_with_a_home_goal(ws, person, today=date.today())
    unmet = {d: 0 for d in CORE} | {"accommodation": 2, "company": 2, "money": 2}
    done = cansas.create_assessment(ws, person, date.today() - timedelta(days=1), "staff", unmet, complete=True)
    spec = next(t for t in REGISTRY.person_tabs if t.key == "needs")
    needs = spec.factory(ws, person, None)
    qtbot.addWidget(needs)
    needs.resize(1100, 700)
    needs.show()
    needs.select(done.row.id)
    answers = (ModalAnswers().click("Nouvelle version du plan avec ces objectifs", "everyday-goals-question-fr.png")
               .click("Fermer", "everyday-goals-result-fr.png"))
    qtbot.mouseClick(needs.goals_button, Qt.MouseButton.LeftButton)        # 1 click, then 2 answers
    qtbot.waitUntil(lambda: not answers.pending)
    question, result = answers.seen
    assert "convenue" in question
    assert "Objectifs ajoutés au plan : 2" in result and "révision" in result
    assert "Logement : déjà un objectif du plan" in result

    plan = CarePlanTab(ws, person)
    qtbot.addWidget(plan)
    plan.resize(1200, 640)
    plan.show()
    assert plan.review_button.text() == "Réviser avec la personne…"
    texts = [plan.goals_model.data(plan.goals_model.index(r, 1)) for r in range(plan.goals_model.rowCount())]
    assert texts[0] == "Retrouver un logement à moi"
    assert texts[1].startswith("Trouver ce qui aiderait pour «\xa0Compagnie / vie sociale")
    assert texts[1].endswith("(proposition)")
    assert plan.goals_model.data(plan.goals_model.index(1, 1), Qt.ItemDataRole.FontRole).italic()
    assert [plan.goals_model.data(plan.goals_model.index(r, 0)) for r in range(3)] == ["1", "2", "2"]
    plan.goals.selectRow(1)
    plan.grab().save(str(SCREENSHOTS / "everyday-goals-fr.png"))
    assert plan.title.text().startswith("Version 2 — projet")


def test_the_result_opens_the_care_plan_tab_of_the_person(ui_env, qtbot, ws, person):  # noqa: F811
    from PySide6.QtWidgets import QMainWindow

    from app.ui.cansas.goals import make_goals

    class Window(QMainWindow):
        opened: list = []

        def open_person(self, person_id: int, tab: str = "") -> bool:
            self.opened.append((person_id, tab))
            return True

    window = Window()
    qtbot.addWidget(window)
    window.show()
    answers = ModalAnswers().click("Open the care plan")
    result = make_goals(window, ws, person, ["accommodation", "food"], date.today())
    assert not answers.pending and "Goals added to the care plan: 2" in answers.seen[0]
    assert result is not None and not result.new_version and window.opened == [(person, "careplan")]
    goals = cp.get_plan(ws, person).current.goals
    assert [(g.domain, g.priority, g.draft_wording) for g in goals] == [("accommodation", 1, True), ("food", 1, True)]


def test_a_review_in_the_plan_tab_adds_goals_without_a_comment_in_french(ui_env, qtbot, ws, person):  # noqa: F811
    from app.ui import i18n
    from app.ui.careplan.tab import CarePlanTab

    i18n.install("fr")
    agreed_plan_with_a_home_goal(ws, person, today=date.today())
    tab = CarePlanTab(ws, person)
    qtbot.addWidget(tab)
    tab.show()

    def add_two_goals(dialog) -> None:
        assert dialog.windowTitle() == "Réviser le plan avec la personne"
        dialog.new_goals.setPlainText("Reprendre le vélo\n\nRevoir mes amis du foot")
        dialog.grab().save(str(SCREENSHOTS / "everyday-goals-review-fr.png"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    answers = ModalAnswers().then(add_two_goals)
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    assert not answers.pending
    goals = cp.get_plan(ws, person).current.goals
    assert [(g.text, g.draft_wording) for g in goals] == [
        ("Retrouver un logement à moi", False), ("Reprendre le vélo", False), ("Revoir mes amis du foot", False)]
    assert tab.title.text().startswith("Version 2")
