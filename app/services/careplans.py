"""Recovery care plans: write a plan with the person, agree it, review it, follow it up.

Roles. Reading goals and actions is PERSON_READ; a peer worker (no CLINICAL_READ) sees every
goal but only the actions owned by the person or by themself, and may mark those done.
Everything else that changes a plan needs CLINICAL_WRITE.

Life cycle. A version is a draft until it is agreed with the person; only a draft's goals and
actions can be edited. A review supersedes the current (agreed) version and starts a new
draft that copies it, with each goal's outcome and the person's comment; a review that
changes nothing is refused. Superseded versions never change (see app/models/careplan.py).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.errors import FieldError, NotFound, PermissionDenied, RelaisError, ValidationError
from app.models.careplan import (
    MAX_ACTION_TEXT,
    MAX_COMMENT,
    MAX_GOAL_TEXT,
    MAX_LABEL,
    MAX_STRENGTHS,
    Action,
    ActionStatus,
    CarePlan,
    CarePlanVersion,
    Goal,
    GoalStatus,
    OwnerKind,
    VersionFrozen,
    action_overdue,
    days_late,
    review_overdue,
)
from app.models.instruments import life_domain_label, life_domains
from app.models.partner import Partner
from app.models.person import Person, PersonStatus, clean_text, person_workers
from app.models.user import User
from app.models.consent import ConsentStatement
from app.reports.careplan import PartnerCarePlan, PersonCarePlan, PrintedAction, PrintedGoal, PrintedPlan
from app.services.documents import BuiltPdf, PdfRequest
from app.services.networks import informal_supporters
from app.services.permissions import Permission
from app.services.profile import get_letterhead
from app.services.summaries import GoalSummary
from app.services.workspace import Workspace
from app.store.base import utcnow
from app.texts import current_language, message

MAX_PLAN_YEARS = 5          # a due or review date further than this from the start is a typo
DEFAULT_REVIEW_MONTHS = 3


# -- what the interface sends ----------------------------------------------------------------

@dataclass(frozen=True)
class GoalInput:
    text: str
    domain: str | None = None
    priority: int = 2
    strengths: str = ""


@dataclass(frozen=True)
class ActionInput:
    what: str
    owner_kind: str
    owner_label: str = ""               # informal supporter as the person names them
    owner_partner_id: int | None = None
    owner_user_id: int | None = None
    owner_member_id: int | None = None  # network map member (linked by the integrator)
    due_on: date | None = None


@dataclass(frozen=True)
class GoalOutcome:
    status: str
    comment: str = ""                   # the person's own words about this goal
    new_text: str = ""                  # the new wording when status is "changed"


@dataclass(frozen=True)
class ReviewInput:
    reviewed_on: date
    next_review_on: date
    outcomes: dict[int, GoalOutcome] = field(default_factory=dict)   # goal id -> outcome
    note: str = ""
    agreed_now: bool = False            # the person agrees the reviewed plan on the review date


# -- what the interface receives --------------------------------------------------------------

@dataclass(frozen=True)
class ActionView:
    id: int
    what: str
    owner_kind: str
    owner_label: str
    owner_partner_id: int | None
    owner_user_id: int | None
    owner_member_id: int | None
    due_on: date | None
    status: str
    done_on: date | None
    overdue: bool
    can_mark_done: bool

    @property
    def owner_text(self) -> str:
        return owner_text(self.owner_kind, self.owner_label)


@dataclass(frozen=True)
class GoalView:
    id: int
    lineage: int | None
    text: str
    domain: str | None
    priority: int
    strengths: str
    draft_wording: bool
    status: str
    person_comment: str
    actions: tuple[ActionView, ...]
    hidden_actions: int                 # actions a peer worker may not see


@dataclass(frozen=True)
class VersionHeader:
    id: int
    number: int
    starts_on: date
    review_on: date
    agreed_on: date | None
    reviewed_on: date | None
    superseded: bool


@dataclass(frozen=True)
class VersionView:
    id: int
    plan_id: int
    person_id: int
    number: int
    starts_on: date
    review_on: date
    agreed_on: date | None
    reviewed_on: date | None
    review_note: str
    superseded: bool
    review_overdue: bool
    goals: tuple[GoalView, ...]

    @property
    def is_draft(self) -> bool:
        return self.agreed_on is None

    @property
    def editable(self) -> bool:
        return self.is_draft and not self.superseded


@dataclass(frozen=True)
class PlanView:
    plan_id: int
    person_id: int
    current: VersionView
    history: tuple[VersionHeader, ...]  # every version, newest first


@dataclass(frozen=True)
class OverdueFlags:
    review_on: date | None
    review_overdue: bool
    overdue_actions: int

    @property
    def any(self) -> bool:
        return self.review_overdue or self.overdue_actions > 0


@dataclass(frozen=True)
class FollowUp:
    person_id: int
    person_name: str
    kind: str                           # "review" or "action"
    what: str                           # the action, or "" for a review
    goal: str                           # the goal the action serves, or ""
    owner_kind: str
    owner_label: str
    due_on: date
    days_late: int


# -- small helpers -----------------------------------------------------------------------------

def add_months(day: date, months: int) -> date:
    """Same day n months later, clamped to the month's end (31 January + 1 month = 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def owner_text(kind: str, label: str, lang: str | None = None) -> str:
    if kind == OwnerKind.PERSON:
        return message("careplan.owner_person", lang)
    return label or message(f"careplan.owner_{kind}", lang)


def _restricted(ws: Workspace) -> bool:
    """Peer workers: goals yes, only their own or the person's actions."""
    return not ws.can(Permission.CLINICAL_READ)


def _action_visible(ws: Workspace, action: Action) -> bool:
    if not _restricted(ws):
        return True
    return action.owner_kind == OwnerKind.PERSON or (
        action.owner_kind == OwnerKind.WORKER and action.owner_user_id == ws.user.id)


def _too_far(day: date, start: date) -> bool:
    return day > add_months(start, 12 * MAX_PLAN_YEARS)


def _plan_of(session: Session, person_id: int) -> CarePlan | None:
    return session.scalar(select(CarePlan).where(CarePlan.person_id == person_id))


def _current(session: Session, plan: CarePlan) -> CarePlanVersion:
    return session.scalar(select(CarePlanVersion).where(CarePlanVersion.plan_id == plan.id)
                          .order_by(CarePlanVersion.number.desc()).limit(1))


def _get(session: Session, kind, obj_id: int, what: str):
    obj = session.get(kind, obj_id)
    if obj is None:
        raise NotFound(what=what, id=obj_id)
    return obj


def _editable_draft(version: CarePlanVersion) -> CarePlanVersion:
    if version.is_superseded:
        raise VersionFrozen(number=version.number)
    if not version.is_draft:
        raise RelaisError("careplan.version_agreed", date=version.agreed_on.isoformat())
    return version


def _person_id(version: CarePlanVersion) -> int:
    return version.plan.person_id


# -- validation --------------------------------------------------------------------------------

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
    values = {"what": what, "owner_kind": kind, "owner_label": "", "owner_partner_id": None,
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
        raise ValidationError(errors)
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
        raise ValidationError(errors)


# -- building the plan -------------------------------------------------------------------------

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
        early = [a for g in version.goals for a in g.actions if a.due_on and a.due_on < starts_on]
        if early:
            raise ValidationError([FieldError("starts_on", "careplan.start_after_due",
                                              {"due": min(a.due_on for a in early).isoformat()})])
        version.starts_on, version.review_on = starts_on, review_on
        ws.audit(session, "careplan.changed", "person", _person_id(version), version_id=version_id)


def add_goal(ws: Workspace, version_id: int, goal: GoalInput) -> int:
    ws.require(Permission.CLINICAL_WRITE)
    values, errors = _clean_goal(goal)
    if errors:
        raise ValidationError(errors)
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
        raise ValidationError(errors)
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
            raise ValidationError([FieldError("agreed_on", "date.future")])
        if agreed_on < add_months(version.starts_on, -12):
            raise ValidationError([FieldError("agreed_on", "careplan.agreed_too_early",
                                              {"start": version.starts_on.isoformat()})])
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


# -- reviews -----------------------------------------------------------------------------------

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
        if not _review_changes_something(current, outcomes):
            raise RelaisError("careplan.review_unchanged")
        new = CarePlanVersion(plan=plan, number=current.number + 1, starts_on=data.reviewed_on,
                              review_on=data.next_review_on, reviewed_on=data.reviewed_on,
                              review_note=clean_text(data.note, MAX_COMMENT), created_by=ws.user.id)
        session.add(new)
        _carry_goals(current, new, outcomes)
        if data.agreed_now:
            _check_agreeable(new)          # refused: nothing of the review is kept
            new.agreed_on = data.reviewed_on
        current.superseded_at = utcnow()
        session.flush()
        ws.audit(session, "careplan.reviewed", "person", person_id, version_id=new.id, previous_id=current.id)
        return new.id


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
        raise ValidationError(errors)
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


# -- follow-up on actions ----------------------------------------------------------------------

def set_action_status(ws: Workspace, action_id: int, status: str, today: date | None = None) -> None:
    """Mark an action done (or open again, or cancelled). Peer workers: only their own actions
    and the person's, and only "done" or "open"."""
    ws.require(Permission.PERSON_READ)
    today = today or date.today()
    if status not in {s.value for s in ActionStatus}:
        raise ValidationError([FieldError("status", "choice.invalid", {"value": str(status)[:40]})])
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


# -- reading -----------------------------------------------------------------------------------

def _version_view(ws: Workspace, version: CarePlanVersion, today: date) -> VersionView:
    goals = []
    for goal in version.goals:
        visible = [a for a in goal.actions if _action_visible(ws, a)]
        goals.append(GoalView(
            goal.id, goal.lineage, goal.text, goal.domain, goal.priority, goal.strengths, goal.draft_wording,
            goal.status, goal.person_comment,
            tuple(ActionView(a.id, a.what, a.owner_kind, a.owner_label, a.owner_partner_id, a.owner_user_id,
                             a.owner_member_id, a.due_on, a.status, a.done_on,
                             not version.is_superseded and not goal.is_closed
                             and action_overdue(a.due_on, a.status, today),
                             not version.is_superseded)
                  for a in visible),
            len(goal.actions) - len(visible)))
    return VersionView(version.id, version.plan_id, version.plan.person_id, version.number, version.starts_on,
                       version.review_on, version.agreed_on, version.reviewed_on, version.review_note,
                       version.is_superseded,
                       not version.is_superseded and review_overdue(version.review_on, today), tuple(goals))


def _load_version(session: Session, version_id: int) -> CarePlanVersion:
    version = session.scalar(
        select(CarePlanVersion).where(CarePlanVersion.id == version_id)
        .options(selectinload(CarePlanVersion.goals).selectinload(Goal.actions)))
    if version is None:
        raise NotFound(what="care plan version", id=version_id)
    return version


def get_plan(ws: Workspace, person_id: int, today: date | None = None) -> PlanView | None:
    """The person's plan: the current version in full and the list of every version."""
    ws.require(Permission.PERSON_READ)
    today = today or date.today()
    with ws.unit() as session:
        plan = _plan_of(session, person_id)
        if plan is None:
            return None
        current = _load_version(session, _current(session, plan).id)
        history = tuple(VersionHeader(v.id, v.number, v.starts_on, v.review_on, v.agreed_on, v.reviewed_on,
                                      v.is_superseded)
                        for v in sorted(plan.versions, key=lambda v: -v.number))
        ws.audit(session, "careplan.viewed", "person", person_id, version_id=current.id)
        return PlanView(plan.id, person_id, _version_view(ws, current, today), history)


def get_version(ws: Workspace, version_id: int, today: date | None = None) -> VersionView:
    """Any version, for the read-only history."""
    ws.require(Permission.PERSON_READ)
    with ws.unit() as session:
        version = _load_version(session, version_id)
        ws.audit(session, "careplan.viewed", "person", version.plan.person_id, version_id=version_id)
        return _version_view(ws, version, today or date.today())


def current_goals(ws: Workspace, person_id: int) -> list[GoalSummary]:
    """The goals of the current version, for the bilan, the header and the dashboard."""
    ws.require(Permission.PERSON_READ)
    lang = current_language()
    with ws.read() as session:
        plan = _plan_of(session, person_id)
        if plan is None:
            return []
        version = _load_version(session, _current(session, plan).id)
        return [GoalSummary(g.id, g.text, g.domain, g.status,
                            tuple(action_line(a.owner_kind, a.owner_label, a.what, a.due_on, lang)
                                  for a in g.actions if _action_visible(ws, a)))
                for g in version.goals]


def action_line(kind: str, label: str, what: str, due_on: date | None, lang: str) -> str:
    who = owner_text(kind, label, lang)
    if due_on is None:
        return f"{who}: {what}"
    return f"{who}: {what} ({due_on.strftime('%d/%m/%Y') if lang in ('fr', 'nl') else due_on.isoformat()})"


def overdue_flags(ws: Workspace, person_id: int, today: date | None = None) -> OverdueFlags:
    """For the person header: is the review late, how many visible actions are late."""
    ws.require(Permission.PERSON_READ)
    today = today or date.today()
    with ws.read() as session:
        plan = _plan_of(session, person_id)
        if plan is None:
            return OverdueFlags(None, False, 0)
        version = _load_version(session, _current(session, plan).id)
        late = sum(1 for g in version.goals if not g.is_closed for a in g.actions
                   if _action_visible(ws, a) and action_overdue(a.due_on, a.status, today))
        restricted = _restricted(ws)
        return OverdueFlags(version.review_on, not restricted and review_overdue(version.review_on, today), late)


def my_followups(ws: Workspace, today: date | None = None) -> list[FollowUp]:
    """Overdue reviews and actions of the current plans of the persons assigned to the user
    (a supervisor: every person), most overdue first. Closed files are left out."""
    ws.require(Permission.PERSON_READ)
    today = today or date.today()
    restricted = _restricted(ws)
    with ws.unit() as session:
        scope = select(Person.id).where(Person.status != PersonStatus.CLOSED)
        if not ws.can(Permission.TEAM_OVERVIEW):
            scope = scope.join(person_workers, person_workers.c.person_id == Person.id).where(
                person_workers.c.user_id == ws.user.id)
        current = (select(CarePlanVersion.id).join(CarePlan, CarePlan.id == CarePlanVersion.plan_id)
                   .where(CarePlan.person_id.in_(scope), CarePlanVersion.superseded_at.is_(None)))
        people = {}
        items: list[FollowUp] = []
        if not restricted:
            rows = session.execute(
                select(CarePlan.person_id, CarePlanVersion.review_on)
                .join(CarePlan, CarePlan.id == CarePlanVersion.plan_id)
                .where(CarePlanVersion.id.in_(current), CarePlanVersion.review_on < today))
            for person_id, review_on in rows:
                items.append(FollowUp(person_id, "", "review", "", "", "", "", review_on, days_late(review_on, today)))
        query = (select(CarePlan.person_id, Action, Goal.text)
                 .join(Goal, Goal.id == Action.goal_id)
                 .join(CarePlanVersion, CarePlanVersion.id == Goal.version_id)
                 .join(CarePlan, CarePlan.id == CarePlanVersion.plan_id)
                 .where(CarePlanVersion.id.in_(current), Goal.status == GoalStatus.OPEN,
                        Action.status == ActionStatus.OPEN, Action.due_on < today))
        for person_id, action, goal_text in session.execute(query):
            if _action_visible(ws, action):
                items.append(FollowUp(person_id, "", "action", action.what, goal_text, action.owner_kind,
                                      action.owner_label, action.due_on, days_late(action.due_on, today)))
        ids = {i.person_id for i in items}
        if ids:
            for p in session.scalars(select(Person).where(Person.id.in_(ids))):
                people[p.id] = p.display_name
        ws.audit(session, "careplan.followups_viewed", count=len(items))
        items = [replace(i, person_name=people.get(i.person_id, "")) for i in items]
        return sorted(items, key=lambda i: (i.due_on, i.person_name.casefold(), i.kind))


# -- who can own an action -------------------------------------------------------------------

@dataclass(frozen=True)
class OwnerChoices:
    partners: tuple[tuple[int, str], ...]   # (id, name) of partner services
    workers: tuple[tuple[int, str], ...]    # (id, label) of active users
    informal: tuple[tuple[int, str], ...] = ()  # (member id, label) from the latest network map


def owner_choices(ws: Workspace, person_id: int | None = None) -> OwnerChoices:
    """Partner services, active workers and (for a person) the informal supporters of their
    latest network map that an action can be given to."""
    ws.require(Permission.PERSON_READ)
    informal = tuple(informal_supporters(ws, person_id)) if person_id is not None else ()
    with ws.read() as session:
        partners = tuple((p.id, p.display_name) for p in session.scalars(select(Partner).order_by(Partner.organisation)))
        workers = tuple((u.id, u.label) for u in session.scalars(
            select(User).where(User.active.is_(True)).order_by(User.display_name, User.name)))
    return OwnerChoices(partners, workers, informal)


# -- from CANSAS needs to goals ----------------------------------------------------------------

def draft_goals_from_domains(ws: Workspace, person_id: int, domain_ids: list[str],
                             today: date | None = None) -> list[int]:
    """Turn chosen unmet needs into draft goals of the current draft version (creating the
    plan if there is none). Each goal's wording is the domain's label, marked as not yet the
    person's words, so the worker rewrites it with them before the plan can be agreed.
    A domain that already has an open goal gets no second one. Returns the new goal ids."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    known = {d.id for d in life_domains()}
    unknown = [d for d in domain_ids if d not in known]
    if unknown:
        raise ValidationError([FieldError("domain", "choice.invalid", {"value": unknown[0][:40]})])
    lang = current_language()
    with ws.unit() as session:
        plan = _plan_of(session, person_id)
        if plan is None:
            version = _create_plan(ws, session, person_id, today, add_months(today, DEFAULT_REVIEW_MONTHS))
        else:
            version = _editable_draft(_current(session, plan))
        taken = {g.domain for g in version.goals if not g.is_closed}
        new_ids = []
        for domain in dict.fromkeys(domain_ids):
            if domain in taken:
                continue
            goal = Goal(version=version, position=len(version.goals), text=life_domain_label(domain, lang),
                        domain=domain, draft_wording=True)
            session.add(goal)
            session.flush()
            goal.lineage = goal.id
            new_ids.append(goal.id)
        ws.audit(session, "careplan.goals_from_needs", "person", person_id, version_id=version.id,
                 count=len(new_ids))
        return new_ids


# -- the printed plan --------------------------------------------------------------------------

def build_careplan_pdf(ws: Workspace, request: PdfRequest, consent: ConsentStatement | None) -> BuiltPdf:
    """The current version as agreed, for the person (plain language, large type: variant
    "person", the default) or for partners (compact table: variant "partner"). A draft prints
    with a "not yet agreed" notice. Consent is checked by documents.produce before this."""
    ws.require(Permission.PERSON_READ)
    lang = request.language if request.language in ("fr", "nl", "en") else current_language()
    variant = request.variant or "person"
    if variant not in ("person", "partner"):
        raise RelaisError("careplan.variant_unknown", variant=variant[:20])
    with ws.unit() as session:
        person = _get(session, Person, request.person_id, "person")
        plan = _plan_of(session, request.person_id)
        if plan is None:
            raise RelaisError("careplan.none")
        version = _load_version(session, _current(session, plan).id)
        view = _version_view(ws, version, date.today())
        name = person.display_name
        ws.audit(session, "careplan.printed", "person", request.person_id, version_id=version.id, variant=variant)
    goals = tuple(
        PrintedGoal(g.text, life_domain_label(g.domain, lang) if g.domain else "", g.priority, g.strengths,
                    g.status, g.person_comment,
                    tuple(PrintedAction(a.what, owner_text(a.owner_kind, a.owner_label, lang), a.owner_kind,
                                        a.due_on, a.status) for a in g.actions))
        for g in view.goals)
    document = PrintedPlan(name, view.number, view.starts_on, view.review_on, view.agreed_on, view.reviewed_on,
                           view.review_note, goals)
    renderer_class = PersonCarePlan if variant == "person" else PartnerCarePlan
    renderer = renderer_class(lang, get_letterhead(ws), document, consent)
    return BuiltPdf(renderer.title, renderer.render(), lang)
