"""Caseload indicators for the dashboard and the coordinator's export.

Every figure comes from a handful of bulk SQL queries read into plain tuples — never one
service call per person — so 20,000 persons with years of history stay within the 1 s budget
of DESIGN.md §8. Each number keeps the ids of the persons behind it, so a click on it can
list them.

Choices, so the figures read the same everywhere:
- Scope. "mine": persons assigned to the user; "team" (supervisors, TEAM_OVERVIEW): everyone.
  The caseload is the files that are not closed (active and paused); "active" counts the
  active ones only.
- Unmet needs: the latest COMPLETE staff-rated CANSAS per person (by date, then id), as the
  summary rows keep it (app/models/summaries.py). The
  person's own rating is never merged with the staff's (DESIGN §6b); drafts never count.
  A person without a complete staff assessment is not counted in any domain.
- Isolation signal: the latest network snapshot per person, with the rule of
  app.models.network_measures.isolation_reasons (no informal member in the close circle, or
  nobody giving emotional support). A person without a map has no signal (not known).
- Overdue: the current (not superseded; the highest number if two are) care-plan version, with the rules of
  app.models.careplan (review date before today; an open action of an open goal due before
  today) — as the follow-up list applies them.
- Pending referrals: app.models.referral.pending_referral_condition, the definition the
  pending-referrals page uses too; days waiting since sending.
- Contacts per week by mode: the last `weeks` calendar weeks (Monday to Sunday) ending with
  the current one. "team": every contact, anonymous encounters included; "mine": contacts the
  user recorded and contacts with persons assigned to the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Integer, Select, Text, cast, func, or_, select
from sqlalchemy.orm import Session

from app.errors import RelaisError
from app.models.cansas import UNMET_NEED, Rating
from app.models.careplan import (
    Action,
    ActionStatus,
    CarePlan,
    CarePlanVersion,
    Goal,
    GoalStatus,
)
from app.models.contact import Contact, ContactMode
from app.models.instruments import cansas_core_domains
from app.models.network import FORMAL, Circle, NetworkMember, Support
from app.models.network_measures import isolation_reasons
from app.models.person import Person, PersonStatus, person_workers
from app.models.referral import Referral, pending_referral_condition
from app.models.summaries import PersonSummary
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.services.stays import discharged_without_follow_up

SCOPES = ("mine", "team")
DEFAULT_WEEKS = 12
MAX_WEEKS = 260


@dataclass(frozen=True)
class Figure:
    """A number on the dashboard and the persons behind it."""

    person_ids: tuple[int, ...] = ()
    # For the overdue figures: (person id, the earliest date that is past), so the list can say
    # since when and how many days late.
    due: tuple[tuple[int, date], ...] = ()

    @property
    def count(self) -> int:
        return len(self.person_ids)

    def due_on(self) -> dict[int, date]:
        return dict(self.due)


@dataclass(frozen=True)
class DomainNeeds:
    domain_id: str
    core: bool
    persons: Figure


@dataclass(frozen=True)
class WaitingReferral:
    referral_id: int
    person_id: int
    partner_name: str
    status: str
    since: date
    days_waiting: int


@dataclass(frozen=True)
class WeekContacts:
    week_start: date                       # a Monday
    by_mode: tuple[tuple[str, int], ...]   # (mode, contacts) in ContactMode order

    @property
    def total(self) -> int:
        return sum(n for _, n in self.by_mode)


@dataclass(frozen=True)
class CaseloadIndicators:
    scope: str
    today: date
    caseload: Figure                       # files not closed
    active: Figure
    assessed: Figure                       # with a complete staff assessment
    unmet_needs: tuple[DomainNeeds, ...]   # the 22 core domains in instrument order, then extra ones
    any_unmet: Figure                      # at least one unmet core need
    isolation: Figure
    mapped: Figure                         # with a network map
    overdue_reviews: Figure
    overdue_actions: Figure                # persons with at least one overdue action
    overdue_action_count: int
    pending_referrals: tuple[WaitingReferral, ...]   # longest wait first
    waiting: Figure                        # persons with a pending referral
    contacts_per_week: tuple[WeekContacts, ...]
    # Discharged in the last 30 days without a contact within 7 days (app/services/stays).
    discharged_no_contact: Figure = Figure()

    @property
    def core_needs(self) -> tuple[DomainNeeds, ...]:
        return tuple(d for d in self.unmet_needs if d.core)

    @property
    def extra_needs(self) -> tuple[DomainNeeds, ...]:
        return tuple(d for d in self.unmet_needs if not d.core)


# -- scope ------------------------------------------------------------------------------------

def _check_scope(ws: Workspace, scope: str) -> None:
    if scope not in SCOPES:
        raise RelaisError("dashboard.scope_invalid", scope=str(scope)[:20])
    ws.require(Permission.CLINICAL_READ)
    if scope == "team":
        ws.require(Permission.TEAM_OVERVIEW)


def _scope_ids(ws: Workspace, scope: str, open_only: bool = True) -> Select:
    query = select(Person.id)
    if open_only:
        query = query.where(Person.status != PersonStatus.CLOSED)
    if scope == "mine":
        query = query.join(person_workers, person_workers.c.person_id == Person.id) \
            .where(person_workers.c.user_id == ws.user.id)
    return query


def rows(session: Session, query) -> Sequence[Any]:
    """Rows straight from the DB-API cursor, as plain tuples.

    The statement is compiled with its values written in: SQLite uses a partial index only
    when a condition is literally the index's (app/models/caseload_indexes.py), and skipping
    ORM row objects halves the cost of 50,000-row reads. Values come from code (enum values,
    dates, ids), never from user text. Dates and booleans arrive raw (ISO text, 0/1): the
    callers convert the columns they use.
    """
    connection = session.connection()
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    raw = connection.connection.dbapi_connection
    assert raw is not None  # a connection checked out of the pool has its DBAPI connection
    cursor = raw.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


# -- the bulk queries (the export's frames read the same ones: frames.py) ----------------------

def latest(summary_column, scope: Select):
    """(id, person_id) of each person's latest row of one kind, read from the summary rows the
    triggers keep (app/models/summaries.py) instead of ranking every history."""
    return (select(summary_column.label("id"), PersonSummary.person_id.label("person_id"))
            .where(PersonSummary.person_id.in_(scope), summary_column.is_not(None)).subquery())


def assessed_query(scope: Select) -> Select:
    """person_id of every person with a complete staff assessment."""
    return select(latest(PersonSummary.latest_assessment_id, scope).c.person_id)


def unmet_query(scope: Select) -> Select:
    """person_id, domain_id, is_core: the unmet needs of each person's latest complete staff
    assessment."""
    last = latest(PersonSummary.latest_assessment_id, scope)
    return select(last.c.person_id, Rating.domain_id, Rating.is_core) \
        .join(Rating, Rating.assessment_id == last.c.id).where(Rating.value == UNMET_NEED)


def isolation_query(scope: Select) -> Select:
    """person_id, close informal members, members giving emotional support: one row per person
    with a network map (its latest)."""
    last = latest(PersonSummary.latest_network_id, scope)
    close_informal = NetworkMember.category.not_in(sorted(FORMAL)) & (NetworkMember.circle == Circle.CLOSE.value)
    # supports is a JSON list of Support values: '["emotional", "practical"]'
    emotional = func.instr(cast(NetworkMember.supports, Text), f'"{Support.EMOTIONAL.value}"') > 0
    return select(last.c.person_id, func.coalesce(func.sum(cast(close_informal, Integer)), 0),
                  func.coalesce(func.sum(cast(emotional, Integer)), 0)) \
        .outerjoin(NetworkMember, NetworkMember.snapshot_id == last.c.id).group_by(last.c.person_id)


def isolation_rule() -> dict[tuple[int, int], bool]:
    """The rule decides on counts and depends only on each being zero or not: it is applied
    once per combination (close informal > 0, emotional > 0) and looked up per person."""
    return {(c, e): bool(isolation_reasons(c, e)) for c in (0, 1) for e in (0, 1)}


def _current_versions(scope: Select) -> Select:
    return select(PersonSummary.current_plan_version_id).where(
        PersonSummary.person_id.in_(scope), PersonSummary.current_plan_version_id.is_not(None))


def reviews_query(scope: Select, today: date) -> Select:
    """person_id, review date: current care-plan versions whose review date is past."""
    return select(CarePlan.person_id, CarePlanVersion.review_on) \
        .join(CarePlanVersion, CarePlanVersion.plan_id == CarePlan.id) \
        .where(CarePlanVersion.id.in_(_current_versions(scope)), CarePlanVersion.review_on < today)


def actions_query(scope: Select, today: date) -> Select:
    """person_id, action id, due date: open actions of open goals of current versions, past due."""
    return select(CarePlan.person_id, Action.id, Action.due_on) \
        .join(Goal, Goal.id == Action.goal_id) \
        .join(CarePlanVersion, CarePlanVersion.id == Goal.version_id) \
        .join(CarePlan, CarePlan.id == CarePlanVersion.plan_id) \
        .where(CarePlanVersion.id.in_(_current_versions(scope)), Goal.status == GoalStatus.OPEN,
               Action.status == ActionStatus.OPEN, Action.due_on < today)


def referrals_query(scope: Select) -> Select:
    """referral_id, person_id, partner_name, status, since (sending, else the status date)."""
    return select(Referral.id, Referral.person_id, Referral.partner_name, Referral.status,
                  func.coalesce(Referral.sent_on, Referral.status_on)) \
        .where(pending_referral_condition(), Referral.person_id.in_(scope))


def contacts_query(ws: Workspace, scope: str, start: date, *columns) -> Select:
    """`columns` of the contacts of the scope since `start` (team: every contact)."""
    query = select(*columns).where(Contact.occurred_at >= datetime.combine(start, datetime.min.time()))
    if scope == "mine":
        # `+ 0`: no index on worker_id for SQLite to pick, so it reads the weeks asked for from
        # ix_contacts_week (covering) instead of every contact the user ever recorded.
        query = query.where(or_(Contact.worker_id + 0 == ws.user.id,
                                Contact.person_id.in_(_scope_ids(ws, scope, open_only=False))))
    return query


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def days_waiting(since: object, today: date) -> tuple[date, int]:
    """The day a referral started waiting and the whole days since then (never negative)."""
    moment = since if isinstance(since, datetime) else datetime.fromisoformat(str(since))
    return moment.date(), max((datetime.combine(today, time()) - moment).days, 0)


# -- the dashboard ---------------------------------------------------------------------------

def _figure(ids: Iterable[int]) -> Figure:
    return Figure(tuple(sorted(set(ids))))      # ids arrive as ints from SQLite


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _earliest(pairs: Iterable[tuple[int, Any]], caseload: set[int]) -> Figure:
    """The persons of the caseload with a past date, each with its earliest one."""
    first: dict[int, Any] = {}
    for person_id, day in pairs:
        if person_id in caseload and day is not None and (person_id not in first or day < first[person_id]):
            first[person_id] = day
    return Figure(tuple(sorted(first)), tuple(sorted((p, _day(d)) for p, d in first.items())))


def _weekly(session: Session, ws: Workspace, scope: str, today: date, weeks: int) -> tuple[WeekContacts, ...]:
    """Contacts per calendar week and mode, counted per day by SQL."""
    starts = [week_start(today) - timedelta(weeks=w) for w in range(weeks - 1, -1, -1)]
    modes = [m.value for m in ContactMode]
    day = func.date(Contact.occurred_at)
    table = {(start, mode): 0 for start in starts for mode in modes}
    for when, mode, count in rows(session, contacts_query(ws, scope, starts[0], day, Contact.mode, func.count())
                                  .group_by(day, Contact.mode)):
        key = (week_start(_day(when)), mode)
        if key in table:
            table[key] += count
    return tuple(WeekContacts(start, tuple((m, table[start, m]) for m in modes)) for start in starts)


def caseload_indicators(ws: Workspace, scope: str = "mine", today: date | None = None,
                        weeks: int = DEFAULT_WEEKS) -> CaseloadIndicators:
    """The dashboard's figures for the user's caseload ("mine") or the whole team ("team",
    supervisors). Audited with counts only.

    Counted from a handful of bulk queries into plain tuples and sets (no DataFrame): at
    20,000 persons, building frames cost four times the SQL (docs/PERFORMANCE.md)."""
    _check_scope(ws, scope)
    if not isinstance(weeks, int) or not 1 <= weeks <= MAX_WEEKS:
        raise RelaisError("dashboard.weeks_invalid", max=MAX_WEEKS)
    today = today or date.today()
    scope_q = _scope_ids(ws, scope)
    with ws.read() as session:
        persons = rows(session, scope_q.add_columns(Person.status))
        assessed = [p for (p,) in rows(session, assessed_query(scope_q))]
        unmet = rows(session, unmet_query(scope_q))
        isolation = rows(session, isolation_query(scope_q))
        reviews = rows(session, reviews_query(scope_q, today))
        actions = rows(session, actions_query(scope_q, today))
        referrals = rows(session, referrals_query(scope_q))
        contacts = _weekly(session, ws, scope, today, weeks)
        discharged = discharged_without_follow_up(session, scope_q, today)
    caseload = {p for p, _ in persons}
    by_domain: dict[str, set[int]] = {}
    extra: set[str] = set()
    any_unmet: set[int] = set()
    for person_id, domain_id, is_core in unmet:
        by_domain.setdefault(domain_id, set()).add(person_id)
        if is_core:
            any_unmet.add(person_id)
        else:
            extra.add(domain_id)
    core_ids = [d.id for d in cansas_core_domains()]
    needs = tuple(DomainNeeds(d, True, _figure(by_domain.get(d, ()))) for d in core_ids) + \
        tuple(DomainNeeds(d, False, _figure(by_domain.get(d, ()))) for d in sorted(extra - set(core_ids)))
    rule = isolation_rule()
    waiting = [(days_waiting(since, today), referral_id, person_id, partner, status)
               for referral_id, person_id, partner, status, since in referrals]
    waiting.sort(key=lambda w: (-w[0][1], w[1]))       # longest wait first, then by referral
    result = CaseloadIndicators(
        scope=scope, today=today,
        caseload=_figure(caseload),
        active=_figure(p for p, status in persons if status == PersonStatus.ACTIVE.value),
        assessed=_figure(p for p in assessed if p in caseload),
        unmet_needs=needs,
        any_unmet=_figure(p for p in any_unmet if p in caseload),
        isolation=_figure(p for p, close, emotional in isolation
                          if p in caseload and rule[min(close, 1), min(emotional, 1)]),
        mapped=_figure(p for p, _, _ in isolation if p in caseload),
        overdue_reviews=_earliest(reviews, caseload),
        overdue_actions=_earliest(((p, due) for p, _, due in actions), caseload),
        overdue_action_count=sum(1 for p, _, _ in actions if p in caseload),
        pending_referrals=tuple(
            WaitingReferral(int(referral_id), int(person_id), partner or "", status, since, days)
            for (since, days), referral_id, person_id, partner, status in waiting),
        waiting=_figure(p for _, _, p, _, _ in waiting),
        contacts_per_week=contacts,
        discharged_no_contact=_figure(discharged),
    )
    with ws.unit() as session:
        ws.audit(session, "dashboard.viewed", scope=scope, persons=result.caseload.count)
    return result
