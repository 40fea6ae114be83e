"""Writing a care plan with the person: create, edit goals and actions, agree, mark actions done."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.errors import (
    FieldError,
    PermissionDenied,
    RelaisError,
    ValidationError,
)
from app.models.careplan import (
    MAX_ACTION_TEXT,
    MAX_GOAL_TEXT,
    MAX_LABEL,
    MAX_STRENGTHS,
    Action,
    ActionStatus,
    CarePlan,
    CarePlanVersion,
    Goal,
    OwnerKind,
    VersionFrozen,
)
from app.models.instruments import life_domains
from app.models.partner import Partner
from app.models.person import Person, clean_text
from app.models.user import User
from app.services.careplan.views import (
    DEFAULT_REVIEW_MONTHS,
    MAX_PLAN_YEARS,
    ActionInput,
    GoalInput,
    _action_visible,
    _editable_draft,
    _get,
    _person_id,
    _plan_of,
    _restricted,
    _too_far,
    add_months,
)
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace


def _clean_goal(goal: GoalInput) -> tuple[dict, list[FieldError]]:
    errors: list[FieldError] = []
    text = clean_text(goal.text, 10**6)
    if not text:
        errors.append(FieldError("goal", "careplan.goal_text_required"))
    elif len(text) > MAX_GOAL_TEXT:
        errors.append(FieldError("goal", "text.too_long", {"max": MAX_GOAL_TEXT}))
    strengths = clean_text(goal.strengths, 10**6)
    if len(strengths) > MAX_STRENGTHS:
        errors.append(FieldError("strengths", "text.too_long", {"max": MAX_STRENGTHS}))
    domain = (goal.domain or "").strip() or None
    if domain is not None and domain not in {d.id for d in life_domains()}:
        errors.append(FieldError("domain", "choice.invalid", {"value": domain[:40]}))
    if goal.priority not in (1, 2, 3):
        errors.append(FieldError("priority", "careplan.priority_invalid"))
    return {"text": text, "strengths": strengths, "domain": domain, "priority": goal.priority}, errors


def _clean_action(session: Session, version: CarePlanVersion, action: ActionInput) -> dict:
    errors: list[FieldError] = []
    what = clean_text(action.what, 10**6)
    if not what:
        errors.append(FieldError("what", "careplan.action_text_required"))
    elif len(what) > MAX_ACTION_TEXT:
        errors.append(FieldError("what", "text.too_long", {"max": MAX_ACTION_TEXT}))
    kind = (action.owner_kind or "").strip()
    label = clean_text(action.owner_label, MAX_LABEL)
    values: dict[str, str | int | date | None] = {
        "what": what, "owner_kind": kind, "owner_label": "", "owner_partner_id": None,
        "owner_user_id": None, "owner_member_id": None, "due_on": action.due_on}
    if kind == OwnerKind.PERSON:
        pass
    elif kind == OwnerKind.INFORMAL:
        if not label:
            errors.append(FieldError("owner", "careplan.informal_needs_name"))
        values.update(owner_label=label, owner_member_id=action.owner_member_id)
    elif kind == OwnerKind.PARTNER:
        partner = session.get(Partner, action.owner_partner_id) if action.owner_partner_id else None
        if partner is None:
            errors.append(FieldError("owner", "careplan.owner_missing"))
        else:
            values.update(owner_label=partner.display_name[:MAX_LABEL], owner_partner_id=partner.id)
    elif kind == OwnerKind.WORKER:
        user = session.get(User, action.owner_user_id) if action.owner_user_id else None
        if user is None:
            errors.append(FieldError("owner", "careplan.owner_missing"))
        else:
            values.update(owner_label=user.label[:MAX_LABEL], owner_user_id=user.id)
    else:
        errors.append(FieldError("owner", "careplan.owner_missing"))
    if action.due_on is not None:
        if action.due_on < version.starts_on:
            errors.append(FieldError("due_on", "careplan.due_before_start",
                                     {"start": version.starts_on.isoformat()}))
        elif _too_far(action.due_on, version.starts_on):
            errors.append(FieldError("due_on", "careplan.date_too_far", {"years": MAX_PLAN_YEARS}))
    if errors:
        raise ValidationError(errors, "careplan")
    return values


def _check_version_dates(starts_on: date, review_on: date, today: date) -> None:
    errors: list[FieldError] = []
    if starts_on > add_months(today, 12):
        errors.append(FieldError("starts_on", "careplan.start_too_far"))
    if review_on <= starts_on:
        errors.append(FieldError("review_on", "careplan.review_before_start",
                                 {"start": starts_on.isoformat()}))
    elif _too_far(review_on, starts_on):
        errors.append(FieldError("review_on", "careplan.date_too_far", {"years": MAX_PLAN_YEARS}))
    if errors:
        raise ValidationError(errors, "careplan")


def create_plan(ws: Workspace, person_id: int, starts_on: date | None = None, review_on: date | None = None,
                today: date | None = None) -> int:
    """A new plan with an empty draft version 1; returns the version id."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    starts_on = starts_on or today
    review_on = review_on or add_months(starts_on, DEFAULT_REVIEW_MONTHS)
    _check_version_dates(starts_on, review_on, today)
    with ws.unit() as session:
        version = _create_plan(ws, session, person_id, starts_on, review_on)
        ws.audit(session, "careplan.created", "person", person_id, version_id=version.id)
        return version.id


def _create_plan(ws: Workspace, session: Session, person_id: int, starts_on: date, review_on: date) -> CarePlanVersion:
    _get(session, Person, person_id, "person")
    if _plan_of(session, person_id) is not None:
        raise RelaisError("careplan.exists")
    plan = CarePlan(person_id=person_id, created_by=ws.user.id)
    version = CarePlanVersion(plan=plan, number=1, starts_on=starts_on, review_on=review_on, created_by=ws.user.id)
    session.add_all([plan, version])
    session.flush()
    return version


def set_dates(ws: Workspace, version_id: int, starts_on: date, review_on: date, today: date | None = None) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    _check_version_dates(starts_on, review_on, today or date.today())
    with ws.unit() as session:
        version = _editable_draft(_get(session, CarePlanVersion, version_id, "care plan version"))
        early = [a.due_on for g in version.goals for a in g.actions if a.due_on and a.due_on < starts_on]
        if early:
            raise ValidationError([FieldError("starts_on", "careplan.start_after_due",
                                              {"due": min(early).isoformat()})], "careplan")
        version.starts_on, version.review_on = starts_on, review_on
        ws.audit(session, "careplan.changed", "person", _person_id(version), version_id=version_id)


def add_goal(ws: Workspace, version_id: int, goal: GoalInput) -> int:
    ws.require(Permission.CLINICAL_WRITE)
    values, errors = _clean_goal(goal)
    if errors:
        raise ValidationError(errors, "careplan")
    with ws.unit() as session:
        version = _editable_draft(_get(session, CarePlanVersion, version_id, "care plan version"))
        row = Goal(version=version, position=len(version.goals), **values)
        session.add(row)
        session.flush()
        row.lineage = row.id
        ws.audit(session, "careplan.goal_added", "person", _person_id(version), goal_id=row.id)
        return row.id


def update_goal(ws: Workspace, goal_id: int, goal: GoalInput) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    values, errors = _clean_goal(goal)
    if errors:
        raise ValidationError(errors, "careplan")
    with ws.unit() as session:
        row = _get(session, Goal, goal_id, "goal")
        _editable_draft(row.version)
        if row.text != values["text"]:
            row.draft_wording = False      # now in the words written with the person
        for key, value in values.items():
            setattr(row, key, value)
        ws.audit(session, "careplan.goal_changed", "person", _person_id(row.version), goal_id=goal_id)


def confirm_wording(ws: Workspace, goal_id: int) -> None:
    """The proposed wording is what the person says: keep it as their own."""
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        row = _get(session, Goal, goal_id, "goal")
        _editable_draft(row.version)
        row.draft_wording = False
        ws.audit(session, "careplan.goal_changed", "person", _person_id(row.version), goal_id=goal_id)


def remove_goal(ws: Workspace, goal_id: int) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        row = _get(session, Goal, goal_id, "goal")
        version = _editable_draft(row.version)
        version.goals.remove(row)
        for position, goal in enumerate(version.goals):
            goal.position = position
        ws.audit(session, "careplan.goal_removed", "person", _person_id(version), goal_id=goal_id)


def add_action(ws: Workspace, goal_id: int, action: ActionInput) -> int:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        goal = _get(session, Goal, goal_id, "goal")
        version = _editable_draft(goal.version)
        row = Action(goal=goal, position=len(goal.actions), **_clean_action(session, version, action))
        session.add(row)
        session.flush()
        ws.audit(session, "careplan.action_added", "person", _person_id(version), action_id=row.id)
        return row.id


def update_action(ws: Workspace, action_id: int, action: ActionInput) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        row = _get(session, Action, action_id, "action")
        version = _editable_draft(row.goal.version)
        for key, value in _clean_action(session, version, action).items():
            setattr(row, key, value)
        ws.audit(session, "careplan.action_changed", "person", _person_id(version), action_id=action_id)


def remove_action(ws: Workspace, action_id: int) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        row = _get(session, Action, action_id, "action")
        goal = row.goal
        version = _editable_draft(goal.version)
        goal.actions.remove(row)
        ws.audit(session, "careplan.action_removed", "person", _person_id(version), action_id=action_id)


def agree(ws: Workspace, version_id: int, agreed_on: date, today: date | None = None) -> None:
    """Record that the person agreed this version, in their words, on that day."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    with ws.unit() as session:
        version = _get(session, CarePlanVersion, version_id, "care plan version")
        if version.is_superseded:
            raise VersionFrozen(number=version.number)
        if not version.is_draft:
            raise RelaisError("careplan.already_agreed", date=version.agreed_on.isoformat())
        if agreed_on > today:
            raise ValidationError([FieldError("agreed_on", "date.future")], "careplan")
        if agreed_on < add_months(version.starts_on, -12):
            raise ValidationError([FieldError("agreed_on", "careplan.agreed_too_early",
                                              {"start": version.starts_on.isoformat()})], "careplan")
        _check_agreeable(version)
        version.agreed_on = agreed_on
        ws.audit(session, "careplan.agreed", "person", _person_id(version), version_id=version_id)


def _check_agreeable(version: CarePlanVersion) -> None:
    """A plan is agreed on goals the person holds: at least one open goal, all in their words."""
    open_goals = [g for g in version.goals if not g.is_closed]
    if not open_goals:
        raise RelaisError("careplan.no_goals")
    unworded = [g for g in open_goals if g.draft_wording]
    if unworded:
        raise RelaisError("careplan.wording_not_confirmed", goal=unworded[0].text[:80])


def set_action_status(ws: Workspace, action_id: int, status: str, today: date | None = None) -> None:
    """Mark an action done (or open again, or cancelled). Peer workers: only their own actions
    and the person's, and only "done" or "open"."""
    ws.require(Permission.PERSON_READ)
    today = today or date.today()
    if status not in {s.value for s in ActionStatus}:
        raise ValidationError([FieldError("status", "choice.invalid", {"value": str(status)[:40]})], "careplan")
    with ws.unit() as session:
        action = _get(session, Action, action_id, "action")
        version = action.goal.version
        refused = not _action_visible(ws, action) or (_restricted(ws) and status == ActionStatus.CANCELLED)
        if refused:
            ws.audit(session, "permission.denied", "person", _person_id(version), action_id=action_id)
    if refused:
        raise PermissionDenied(permission=Permission.CLINICAL_WRITE.value)
    with ws.unit() as session:
        action = _get(session, Action, action_id, "action")
        version = action.goal.version
        if version.is_superseded:
            raise VersionFrozen(number=version.number)
        action.status = status
        action.done_on = today if status == ActionStatus.DONE else None
        ws.audit(session, "careplan.action_status", "person", _person_id(version), action_id=action_id,
                 status=status)
