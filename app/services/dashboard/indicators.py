"""Caseload indicators for the dashboard and the coordinator's export.

Every figure comes from a handful of bulk SQL queries read into pandas DataFrames — never one
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

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd
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


@dataclass
class CaseloadFrames:
    """The per-person table and the detail frames both the dashboard and the export read."""

    persons: pd.DataFrame        # index person_id: status, birth_year, flags and counts
    unmet: pd.DataFrame          # person_id, domain_id, is_core
    referrals: pd.DataFrame      # referral_id, person_id, partner_name, status, since, days_waiting
    contacts: pd.DataFrame       # person_id, occurred_at, mode


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


def _frame(session: Session, query, columns: list[str]) -> pd.DataFrame:
    """Rows straight from the DB-API cursor into a DataFrame.

    The statement is compiled with its values written in: SQLite uses a partial index only
    when a condition is literally the index's (app/models/caseload_indexes.py), and skipping
    ORM row objects halves the cost of 50,000-row reads. Values come from code (enum values,
    dates, ids), never from user text. Dates and booleans arrive raw (ISO text, 0/1): the
    callers convert the columns they use.
    """
    sql = str(query.compile(dialect=session.bind.dialect, compile_kwargs={"literal_binds": True}))
    cursor = session.connection().connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        return pd.DataFrame.from_records(cursor.fetchall(), columns=columns)
    finally:
        cursor.close()


# -- the bulk queries -------------------------------------------------------------------------

def _latest(summary_column, scope: Select):
    """(id, person_id) of each person's latest row of one kind, read from the summary rows the
    triggers keep (app/models/summaries.py) instead of ranking every history."""
    return (select(summary_column.label("id"), PersonSummary.person_id.label("person_id"))
            .where(PersonSummary.person_id.in_(scope), summary_column.is_not(None)).subquery())


def _latest_staff_unmet(session: Session, scope: Select) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(assessed persons, unmet needs: person_id, domain_id, is_core) from the latest complete
    staff assessment of each person."""
    latest = _latest(PersonSummary.latest_assessment_id, scope)
    needs = select(latest.c.person_id, Rating.domain_id, Rating.is_core) \
        .join(Rating, Rating.assessment_id == latest.c.id).where(Rating.value == UNMET_NEED)
    unmet = _frame(session, needs, ["person_id", "domain_id", "is_core"])
    unmet["is_core"] = unmet["is_core"].astype(bool)
    return _frame(session, select(latest.c.person_id), ["person_id"]), unmet


def _isolation(session: Session, scope: Select) -> pd.DataFrame:
    """person_id, isolated (bool) for every person with a network map."""
    latest = _latest(PersonSummary.latest_network_id, scope)
    close_informal = NetworkMember.category.not_in(sorted(FORMAL)) & (NetworkMember.circle == Circle.CLOSE.value)
    # supports is a JSON list of Support values: '["emotional", "practical"]'
    emotional = func.instr(cast(NetworkMember.supports, Text), f'"{Support.EMOTIONAL.value}"') > 0
    counts = _frame(session, select(latest.c.person_id,
                                    func.coalesce(func.sum(cast(close_informal, Integer)), 0),
                                    func.coalesce(func.sum(cast(emotional, Integer)), 0))
                    .outerjoin(NetworkMember, NetworkMember.snapshot_id == latest.c.id)
                    .group_by(latest.c.person_id),
                    ["person_id", "close_informal", "emotional"])
    # The rule decides on counts and depends only on each being zero or not: it is applied
    # once per combination and mapped over the caseload.
    rule = {(c, e): bool(isolation_reasons(c, e)) for c in (0, 1) for e in (0, 1)}
    keys = zip(counts["close_informal"].clip(upper=1).astype(int), counts["emotional"].clip(upper=1).astype(int),
               strict=True)
    counts["isolated"] = pd.Series([rule[k] for k in keys], index=counts.index, dtype=bool)
    return counts[["person_id", "isolated"]]


def _overdue(session: Session, scope: Select, today: date) -> tuple[pd.DataFrame, pd.DataFrame]:
    current = select(PersonSummary.current_plan_version_id).where(
        PersonSummary.person_id.in_(scope), PersonSummary.current_plan_version_id.is_not(None))
    reviews = _frame(session, select(CarePlan.person_id, CarePlanVersion.review_on)
                     .join(CarePlanVersion, CarePlanVersion.plan_id == CarePlan.id)
                     .where(CarePlanVersion.id.in_(current), CarePlanVersion.review_on < today),
                     ["person_id", "due_on"])
    actions = _frame(session, select(CarePlan.person_id, Action.id, Action.due_on)
                     .join(Goal, Goal.id == Action.goal_id)
                     .join(CarePlanVersion, CarePlanVersion.id == Goal.version_id)
                     .join(CarePlan, CarePlan.id == CarePlanVersion.plan_id)
                     .where(CarePlanVersion.id.in_(current), Goal.status == GoalStatus.OPEN,
                            Action.status == ActionStatus.OPEN, Action.due_on < today),
                     ["person_id", "action_id", "due_on"])
    return reviews, actions


def _referrals(session: Session, scope: Select, today: date) -> pd.DataFrame:
    frame = _frame(session, select(Referral.id, Referral.person_id, Referral.partner_name, Referral.status,
                                   func.coalesce(Referral.sent_on, Referral.status_on))
                   .where(pending_referral_condition(), Referral.person_id.in_(scope)),
                   ["referral_id", "person_id", "partner_name", "status", "since"])
    if frame.empty:
        frame["days_waiting"] = pd.Series(dtype="int64")
        return frame
    since = pd.to_datetime(frame["since"])
    frame["since"] = since.dt.date
    frame["days_waiting"] = (pd.Timestamp(today) - since).dt.days.clip(lower=0).astype("int64")
    return frame.sort_values(["days_waiting", "referral_id"], ascending=[False, True], ignore_index=True)


def _contacts(ws: Workspace, session: Session, scope: str, start: date) -> pd.DataFrame:
    query = select(Contact.person_id, Contact.occurred_at, Contact.mode) \
        .where(Contact.occurred_at >= datetime.combine(start, datetime.min.time()))
    if scope == "mine":
        query = query.where(or_(Contact.worker_id == ws.user.id,
                                Contact.person_id.in_(_scope_ids(ws, scope, open_only=False))))
    return _frame(session, query, ["person_id", "occurred_at", "mode"])


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def load_frames(ws: Workspace, scope: str, today: date, weeks: int = DEFAULT_WEEKS) -> CaseloadFrames:
    """The bulk queries, for callers that checked permissions (caseload_indicators, the export)."""
    scope_q = _scope_ids(ws, scope)
    first_week = week_start(today) - timedelta(weeks=weeks - 1)
    with ws.read() as session:
        persons = _frame(session, scope_q.add_columns(Person.status, Person.birth_year),
                         ["person_id", "status", "birth_year"]).set_index("person_id")
        assessed, unmet = _latest_staff_unmet(session, scope_q)
        isolation = _isolation(session, scope_q)
        reviews, actions = _overdue(session, scope_q, today)
        referrals = _referrals(session, scope_q, today)
        contacts = _contacts(ws, session, scope, first_week)
    persons["assessed"] = persons.index.isin(assessed["person_id"])
    core_unmet = unmet[unmet["is_core"]]
    persons["unmet_core"] = core_unmet.groupby("person_id").size().reindex(persons.index, fill_value=0)
    persons["unmet_extra"] = (unmet.groupby("person_id").size().reindex(persons.index, fill_value=0)
                              - persons["unmet_core"])
    persons["mapped"] = persons.index.isin(isolation["person_id"])
    persons["isolated"] = persons.index.isin(isolation.loc[isolation["isolated"], "person_id"])
    persons["review_overdue"] = persons.index.isin(reviews["person_id"])
    persons["overdue_actions"] = actions.groupby("person_id").size().reindex(persons.index, fill_value=0)
    persons["review_due"] = reviews.groupby("person_id")["due_on"].min().reindex(persons.index)
    persons["action_due"] = actions.groupby("person_id")["due_on"].min().reindex(persons.index)
    persons["pending_referrals"] = referrals.groupby("person_id").size().reindex(persons.index, fill_value=0)
    persons["longest_wait_days"] = referrals.groupby("person_id")["days_waiting"].max() \
        .reindex(persons.index, fill_value=0)
    recent = contacts.dropna(subset=["person_id"])
    persons["contacts_recent"] = recent.groupby("person_id").size().reindex(persons.index, fill_value=0)
    persons = persons.sort_index()
    return CaseloadFrames(persons, unmet, referrals, contacts)


# -- the dashboard ---------------------------------------------------------------------------

def _figure(ids) -> Figure:
    return Figure(tuple(sorted(int(i) for i in ids)))


def _overdue_figure(persons: pd.DataFrame, column: str) -> Figure:
    """The persons with a date in `column`, each with that date (the earliest one past)."""
    dues = persons[column].dropna()
    return Figure(tuple(sorted(int(i) for i in dues.index)),
                  tuple(sorted((int(i), _day(d)) for i, d in dues.items())))


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _weekly(contacts: pd.DataFrame, today: date, weeks: int) -> tuple[WeekContacts, ...]:
    starts = [week_start(today) - timedelta(weeks=w) for w in range(weeks - 1, -1, -1)]
    modes = [m.value for m in ContactMode]
    if contacts.empty:
        table = pd.DataFrame(0, index=starts, columns=modes)
    else:
        when = pd.to_datetime(contacts["occurred_at"]).dt.normalize()
        monday = (when - pd.to_timedelta(when.dt.day_of_week, unit="D")).dt.date
        table = pd.crosstab(monday, contacts["mode"]).reindex(index=starts, columns=modes, fill_value=0)
    return tuple(WeekContacts(day, tuple((m, int(table.at[day, m])) for m in modes)) for day in starts)


def caseload_indicators(ws: Workspace, scope: str = "mine", today: date | None = None,
                        weeks: int = DEFAULT_WEEKS) -> CaseloadIndicators:
    """The dashboard's figures for the user's caseload ("mine") or the whole team ("team",
    supervisors). Audited with counts only."""
    _check_scope(ws, scope)
    if not isinstance(weeks, int) or not 1 <= weeks <= MAX_WEEKS:
        raise RelaisError("dashboard.weeks_invalid", max=MAX_WEEKS)
    today = today or date.today()
    frames = load_frames(ws, scope, today, weeks)
    with ws.read() as session:
        discharged = discharged_without_follow_up(session, _scope_ids(ws, scope), today)
    p = frames.persons
    core_ids = [d.id for d in cansas_core_domains()]
    by_domain = frames.unmet.groupby("domain_id")["person_id"].apply(lambda s: sorted(set(s))).to_dict()
    extra_ids = sorted(set(frames.unmet.loc[~frames.unmet["is_core"], "domain_id"]) - set(core_ids))
    needs = tuple(DomainNeeds(d, True, _figure(by_domain.get(d, ()))) for d in core_ids) + \
        tuple(DomainNeeds(d, False, _figure(by_domain.get(d, ()))) for d in extra_ids)
    referrals = frames.referrals
    result = CaseloadIndicators(
        scope=scope, today=today,
        caseload=_figure(p.index),
        active=_figure(p.index[p["status"] == PersonStatus.ACTIVE.value]),
        assessed=_figure(p.index[p["assessed"]]),
        unmet_needs=needs,
        any_unmet=_figure(p.index[p["unmet_core"] > 0]),
        isolation=_figure(p.index[p["isolated"]]),
        mapped=_figure(p.index[p["mapped"]]),
        overdue_reviews=_overdue_figure(p, "review_due"),
        overdue_actions=_overdue_figure(p, "action_due"),
        overdue_action_count=int(p["overdue_actions"].sum()),
        pending_referrals=tuple(
            WaitingReferral(int(r.referral_id), int(r.person_id), r.partner_name or "", r.status, r.since,
                            int(r.days_waiting))
            for r in referrals.itertuples(index=False)),
        waiting=_figure(referrals["person_id"].unique()),
        contacts_per_week=_weekly(frames.contacts, today, weeks),
        discharged_no_contact=_figure(discharged),
    )
    with ws.unit() as session:
        ws.audit(session, "dashboard.viewed", scope=scope, persons=result.caseload.count)
    return result
