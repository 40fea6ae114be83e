"""A care-plan review: supersede the agreed version with a new draft carrying each goal's outcome."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.errors import (
    FieldError,
    NotFound,
    RelaisError,
    ValidationError,
)
from app.models.careplan import (
    MAX_COMMENT,
    MAX_GOAL_TEXT,
    Action,
    ActionStatus,
    CarePlan,
    CarePlanVersion,
    Goal,
    GoalStatus,
)
from app.models.person import clean_text
from app.services.careplan.editing import (
    _check_agreeable,
    _clean_goal,
)
from app.services.careplan.views import (
    MAX_PLAN_YEARS,
    GoalOutcome,
    ReviewInput,
    _current,
    _plan_of,
    _too_far,
)
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.base import utcnow


def review(ws: Workspace, person_id: int, data: ReviewInput, today: date | None = None) -> int:
    """Supersede the agreed current version by a new draft that carries each goal's outcome
    (agreed at once on the review date with `agreed_now`). Returns the new version's id."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    with ws.unit() as session:
        plan = _plan_of(session, person_id)
        if plan is None:
            raise RelaisError("careplan.none")
        current = _current(session, plan)
        if current.is_draft:
            raise RelaisError("careplan.review_of_draft")
        outcomes = _checked_outcomes(current, data, today)
        added = _checked_new_goals(data)
        if not added and not _review_changes_something(current, outcomes):
            raise RelaisError("careplan.review_unchanged")
        new = _supersede(ws, session, plan, current, data.reviewed_on, data.next_review_on, data.note, outcomes)
        for values in added:
            goal = Goal(version=new, position=len(new.goals), **values)
            session.add(goal)
            session.flush()
            goal.lineage = goal.id
        if data.agreed_now:
            _check_agreeable(new)          # refused: nothing of the review is kept
            new.agreed_on = data.reviewed_on
        session.flush()
        ws.audit(session, "careplan.reviewed", "person", person_id, version_id=new.id, previous_id=current.id,
                 goals_added=len(added))
        return new.id


def _supersede(ws: Workspace, session: Session, plan: CarePlan, current: CarePlanVersion, reviewed_on: date,
               next_review_on: date, note: str, outcomes: dict[int, GoalOutcome]) -> CarePlanVersion:
    """The new draft version of a review, carrying the current version's goals with their outcome."""
    new = CarePlanVersion(plan=plan, number=current.number + 1, starts_on=reviewed_on,
                          review_on=next_review_on, reviewed_on=reviewed_on,
                          review_note=clean_text(note, MAX_COMMENT), created_by=ws.user.id)
    session.add(new)
    _carry_goals(current, new, outcomes)
    current.superseded_at = utcnow()
    session.flush()
    return new


def _checked_new_goals(data: ReviewInput) -> list[dict]:
    """Goals the person adds at the review, in their words (empty lines are ignored)."""
    added, errors = [], []
    for goal in data.new_goals:
        if not clean_text(goal.text, 10**6):
            continue
        values, problems = _clean_goal(goal)
        added.append(values)
        errors += problems
    if errors:
        raise ValidationError(errors, "careplan")
    return added


def _checked_outcomes(current: CarePlanVersion, data: ReviewInput, today: date) -> dict[int, GoalOutcome]:
    errors: list[FieldError] = []
    if data.reviewed_on > today:
        errors.append(FieldError("reviewed_on", "date.future"))
    elif data.reviewed_on < current.starts_on:
        errors.append(FieldError("reviewed_on", "careplan.reviewed_before_start",
                                 {"start": current.starts_on.isoformat()}))
    if data.next_review_on <= data.reviewed_on:
        errors.append(FieldError("review_on", "careplan.review_before_start",
                                 {"start": data.reviewed_on.isoformat()}))
    elif _too_far(data.next_review_on, data.reviewed_on):
        errors.append(FieldError("review_on", "careplan.date_too_far", {"years": MAX_PLAN_YEARS}))
    goal_ids = {g.id for g in current.goals}
    outcomes: dict[int, GoalOutcome] = {}
    for goal_id, outcome in data.outcomes.items():
        if goal_id not in goal_ids:
            raise NotFound(what="goal", id=goal_id)
        if outcome.status not in {s.value for s in GoalStatus}:
            errors.append(FieldError("status", "choice.invalid", {"value": str(outcome.status)[:40]}))
            continue
        comment = clean_text(outcome.comment, 10**6)
        if len(comment) > MAX_COMMENT:
            errors.append(FieldError("comment", "text.too_long", {"max": MAX_COMMENT}))
        new_text = clean_text(outcome.new_text, 10**6)
        if outcome.status == GoalStatus.CHANGED and not new_text:
            errors.append(FieldError("goal", "careplan.changed_needs_text"))
        if len(new_text) > MAX_GOAL_TEXT:
            errors.append(FieldError("goal", "text.too_long", {"max": MAX_GOAL_TEXT}))
        outcomes[goal_id] = GoalOutcome(outcome.status, comment, new_text)
    if errors:
        raise ValidationError(errors, "careplan")
    return outcomes


def _review_changes_something(current: CarePlanVersion, outcomes: dict[int, GoalOutcome]) -> bool:
    """A review records the person's view: a goal's outcome or their comment. Only moving the
    review date is postponing, not reviewing."""
    for goal in current.goals:
        outcome = outcomes.get(goal.id)
        if outcome is None:
            continue
        if outcome.status != goal.status or outcome.new_text:
            return True
        if outcome.comment and outcome.comment != goal.person_comment:
            return True
    return False


def _copy_actions(source: Goal, target: Goal, only_open: bool = False) -> None:
    for action in source.actions:
        if only_open and action.status != ActionStatus.OPEN:
            continue
        target.actions.append(Action(
            position=len(target.actions), what=action.what, owner_kind=action.owner_kind,
            owner_label=action.owner_label, owner_member_id=action.owner_member_id,
            owner_partner_id=action.owner_partner_id, owner_user_id=action.owner_user_id,
            due_on=action.due_on, status=action.status, done_on=action.done_on))


def _carry_goals(current: CarePlanVersion, new: CarePlanVersion, outcomes: dict[int, GoalOutcome]) -> None:
    """Goals closed at an earlier review stay in the earlier versions; the rest are copied with
    their outcome, and a goal the person reworded continues as a new open goal."""
    for goal in current.goals:
        if goal.is_closed:
            continue
        outcome = outcomes.get(goal.id) or GoalOutcome(goal.status, goal.person_comment)
        copy = Goal(lineage=goal.lineage or goal.id, position=len(new.goals), text=goal.text, domain=goal.domain,
                    priority=goal.priority, strengths=goal.strengths, draft_wording=goal.draft_wording,
                    status=outcome.status, person_comment=outcome.comment or goal.person_comment)
        new.goals.append(copy)
        if outcome.status == GoalStatus.CHANGED:
            reworded = Goal(lineage=goal.lineage or goal.id, position=len(new.goals), text=outcome.new_text,
                            domain=goal.domain, priority=goal.priority, strengths=goal.strengths,
                            status=GoalStatus.OPEN)
            new.goals.append(reworded)
            _copy_actions(goal, reworded, only_open=True)
        else:
            _copy_actions(goal, copy)
