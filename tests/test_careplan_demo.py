"""Demo care plans: several versions per plan, goals in French or Dutch, history frozen."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.devtools.demo import add_demo_data
from app.models.careplan import CarePlan, CarePlanVersion, Goal, VersionFrozen
from app.services import careplan as cp

TODAY = date(2026, 11, 26)


def test_demo_adds_plans_with_reviews_in_the_persons_language(ws):
    ids = add_demo_data(ws, persons=80, seed=7, today=TODAY)
    with ws.read() as s:
        plans = s.scalar(select(func.count(CarePlan.id)))
        numbers = [n for (n,) in s.execute(select(func.max(CarePlanVersion.number)).group_by(CarePlanVersion.plan_id))]
        current_per_plan = s.execute(select(CarePlanVersion.plan_id, func.count()).where(
            CarePlanVersion.superseded_at.is_(None)).group_by(CarePlanVersion.plan_id)).all()
        texts = set(s.scalars(select(Goal.text)))
        empty = s.scalar(select(func.count(CarePlanVersion.id)).where(
            ~CarePlanVersion.id.in_(select(Goal.version_id))))
    assert 20 <= plans <= 60 and empty == 0
    assert {1, 2, 3} <= set(numbers)
    assert all(count == 1 for _, count in current_per_plan) and len(current_per_plan) == plans
    assert any(t in texts for t in ("Retrouver un logement à moi", "Revoir mes amis du quartier"))
    assert any(t in texts for t in ("Weer contact met mijn dochter", "Een eigen studio vinden"))
    reviewed = [pid for pid in ids if (p := cp.get_plan(ws, pid, today=TODAY)) and p.current.number > 1]
    plan = cp.get_plan(ws, reviewed[0], today=TODAY)
    assert plan.current.reviewed_on and any(g.person_comment for g in plan.current.goals)
    old = cp.get_version(ws, plan.history[-1].id, today=TODAY)
    with pytest.raises(VersionFrozen):
        cp.update_goal(ws, old.goals[0].id, cp.GoalInput("nouveau"))
    assert cp.my_followups(ws, today=TODAY)


def test_demo_plans_are_the_same_for_the_same_seed(ws, tmp_path):
    from app.services.shared.workspace import Workspace
    from app.store.keyslots import INSECURE_TEST_KDF

    other, _ = Workspace.create(tmp_path / "other", "alice", "correct horse battery staple", params=INSECURE_TEST_KDF,
                                display_name="Alice Martin")
    try:
        texts = []
        for workspace in (ws, other):
            add_demo_data(workspace, persons=30, seed=5, today=TODAY)
            with workspace.read() as s:
                texts.append(s.execute(select(Goal.text, Goal.status, Goal.person_comment).order_by(Goal.id)).all())
    finally:
        other.lock()
    assert texts[0] == texts[1] and texts[0]
