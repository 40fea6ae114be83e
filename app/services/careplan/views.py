"""Care plans as the interface and other features read them: frozen views, overdue flags, follow-ups."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.errors import (
    NotFound,
    RelaisError,
)
from app.models.careplan import (
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
from app.models.partner import Partner
from app.models.person import Person, PersonStatus, person_workers
from app.models.user import User
from app.services.network.maps import informal_supporters
from app.services.shared.permissions import Permission
from app.services.shared.summaries import GoalSummary
from app.services.shared.workspace import Workspace
from app.texts import current_language, message

MAX_PLAN_YEARS = 5          # a due or review date further than this from the start is a typo


DEFAULT_REVIEW_MONTHS = 3


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
    new_goals: tuple[GoalInput, ...] = ()   # goals added at the review: a change on their own


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
    # a plan is created with its first version, in one transaction (editing.create_plan)
    return session.scalars(select(CarePlanVersion).where(CarePlanVersion.plan_id == plan.id)
                           .order_by(CarePlanVersion.number.desc()).limit(1)).one()


def _get(session: Session, kind, obj_id: int, what: str):
    obj = session.get(kind, obj_id)
    if obj is None:
        raise NotFound(what=what, id=obj_id)
    return obj


def _editable_draft(version: CarePlanVersion) -> CarePlanVersion:
    if version.is_superseded:
        raise VersionFrozen(number=version.number)
    if not version.is_draft:
        raise RelaisError("careplan.version_agreed",
                          date=version.agreed_on.isoformat() if version.agreed_on else "")
    return version


def _person_id(version: CarePlanVersion) -> int:
    return version.plan.person_id


def _domain(ws: Workspace, goal: Goal) -> str | None:
    """A goal's CANSAS life domain is clinical: hidden from a role without CLINICAL_READ,
    whose laptop never receives it in a team (scope `clinical`, careplan_goal_domains)."""
    return goal.domain if ws.can(Permission.CLINICAL_READ) else None


def _version_view(ws: Workspace, version: CarePlanVersion, today: date) -> VersionView:
    goals = []
    for goal in version.goals:
        visible = [a for a in goal.actions if _action_visible(ws, a)]
        goals.append(GoalView(
            goal.id, goal.lineage, goal.text, _domain(ws, goal), goal.priority, goal.strengths, goal.draft_wording,
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
        return [GoalSummary(g.id, g.text, _domain(ws, g), g.status,
                            tuple(action_line(a.owner_kind, a.owner_label, a.what, a.due_on, lang)
                                  for a in g.actions if _action_visible(ws, a)),
                            g.draft_wording,
                            tuple((a.owner_kind, a.owner_label, a.what, a.due_on.isoformat() if a.due_on else "")
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
            for person_id, review_on in rows:      # review_on < today: never None here
                items.append(FollowUp(person_id, "", "review", "", "", "", "", review_on, days_late(review_on, today)))
        query = (select(CarePlan.person_id, Action, Goal.text)
                 .join(Goal, Goal.id == Action.goal_id)
                 .join(CarePlanVersion, CarePlanVersion.id == Goal.version_id)
                 .join(CarePlan, CarePlan.id == CarePlanVersion.plan_id)
                 .where(CarePlanVersion.id.in_(current), Goal.status == GoalStatus.OPEN,
                        Action.status == ActionStatus.OPEN, Action.due_on < today))
        for person_id, action, goal_text in session.execute(query):
            due = action.due_on            # due_on < today above: never None here
            if due is not None and _action_visible(ws, action):
                items.append(FollowUp(person_id, "", "action", action.what, goal_text, action.owner_kind,
                                      action.owner_label, due, days_late(due, today)))
        ids = {i.person_id for i in items}
        if ids:
            for p in session.scalars(select(Person).where(Person.id.in_(ids))):
                people[p.id] = p.display_name
        ws.audit(session, "careplan.followups_viewed", count=len(items))
        items = [replace(i, person_name=people.get(i.person_id, "")) for i in items]
        return sorted(items, key=lambda i: (i.due_on, i.person_name.casefold(), i.kind))


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
        directory = session.scalars(select(Partner).order_by(Partner.organisation))
        partners = tuple((p.id, p.display_name) for p in directory)
        workers = tuple((u.id, u.label) for u in session.scalars(
            select(User).where(User.active.is_(True)).order_by(User.display_name, User.name)))
    return OwnerChoices(partners, workers, informal)
