"""The dashboard's indicators, counted from SQL rows without pandas, equal the computation they
replaced (the per-person pandas frames the export still reads, app/services/dashboard/frames.py,
assembled as the dashboard did before) on a demo vault after random edits (issue 21)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.devtools.demo import add_demo_data
from app.models.contact import ContactMode
from app.models.instruments import cansas_core_domains
from app.models.person import PersonStatus
from app.services.dashboard.frames import load_frames
from app.services.dashboard.indicators import (
    CaseloadIndicators,
    DomainNeeds,
    Figure,
    WaitingReferral,
    WeekContacts,
    _scope_ids,
    caseload_indicators,
    week_start,
)
from app.services.shared.workspace import Workspace
from app.services.stays import discharged_without_follow_up
from tests.conftest import PASSPHRASE, USER
from tests.test_summaries import OPS, pick
from tests.test_summaries import edit as edit_summary_source

TODAY = date(2026, 11, 30)


def _figure(ids) -> Figure:
    return Figure(tuple(sorted(int(i) for i in ids)))


def _overdue_figure(persons: pd.DataFrame, column: str) -> Figure:
    dues = persons[column].dropna()
    return Figure(tuple(sorted(int(i) for i in dues.index)),
                  tuple(sorted((int(i), date.fromisoformat(str(d)[:10])) for i, d in dues.items())))


def _weekly(contacts: pd.DataFrame, today: date, weeks: int) -> tuple[WeekContacts, ...]:
    starts = [week_start(today) - timedelta(weeks=w) for w in range(weeks - 1, -1, -1)]
    modes = [m.value for m in ContactMode]
    if contacts.empty:
        table = pd.DataFrame(0, index=starts, columns=modes)
    else:
        when = pd.to_datetime(contacts["occurred_at"], format="ISO8601").dt.normalize()   # raw edits: no microseconds
        monday = (when - pd.to_timedelta(when.dt.day_of_week, unit="D")).dt.date
        table = pd.crosstab(monday, contacts["mode"]).reindex(index=starts, columns=modes, fill_value=0)
    return tuple(WeekContacts(day, tuple((m, int(table.at[day, m])) for m in modes)) for day in starts)


def reference_indicators(ws: Workspace, scope: str, today: date, weeks: int) -> CaseloadIndicators:
    """caseload_indicators as it was computed before (from the frames, with pandas)."""
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
    return CaseloadIndicators(
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


@pytest.fixture(scope="module")
def demo_vault(template_vault, tmp_path_factory):
    folder = tmp_path_factory.mktemp("indicators") / "vault"
    shutil.copytree(template_vault, folder)
    ws = Workspace.open(folder, USER, PASSPHRASE)
    add_demo_data(ws, persons=30, seed=11)
    yield ws
    if ws.is_open:
        ws.lock()


def edit(conn, op: str, a: int, b: int, day: date) -> None:
    """A write to what the indicators read: the summary rows' sources (tests/test_summaries.py),
    referrals, plan actions and goals, network members, ratings, person statuses."""
    if op == "referral" and (row := pick(conn, "referrals", a)):
        status = ("draft", "sent", "accepted", "waiting_list", "refused", "started", "ended")[b % 7]
        conn.execute(text("UPDATE referrals SET status = :s, sent_on = :sent, status_on = :d WHERE id = :id"),
                     {"s": status, "sent": None if b % 5 == 0 else day, "d": day, "id": row})
    elif op == "action" and (row := pick(conn, "careplan_actions", a)):
        conn.execute(text("UPDATE careplan_actions SET status = :s, due_on = :d WHERE id = :id"),
                     {"s": ("open", "done")[b % 2 if b % 3 else 0], "d": None if b % 7 == 0 else day, "id": row})
    elif op == "goal" and (row := pick(conn, "careplan_goals", a)):
        conn.execute(text("UPDATE careplan_goals SET status = :s WHERE id = :id"),
                     {"s": ("open", "achieved")[b % 2], "id": row})
    elif op == "review" and (row := pick(conn, "careplan_versions", a)):
        conn.execute(text("UPDATE careplan_versions SET review_on = :d WHERE id = :id"), {"d": day, "id": row})
    elif op == "member" and (row := pick(conn, "network_members", a)):
        column, value = [("circle", ("close", "middle", "outer")[b % 3]),
                         ("category", ("family", "friend", "professional", "neighbour")[b % 4]),
                         ("supports", ('["emotional"]', '["practical"]', "[]")[b % 3])][a % 3]
        conn.execute(text(f"UPDATE network_members SET {column} = :v WHERE id = :id"), {"v": value, "id": row})
    elif op == "rating" and (row := pick(conn, "assessment_ratings", a)):
        conn.execute(text("UPDATE assessment_ratings SET value = :v WHERE id = :id"),
                     {"v": (0, 1, 2, 9)[b % 4], "id": row})
    elif op == "person_status" and (row := pick(conn, "persons", a)):
        conn.execute(text("UPDATE persons SET status = :s WHERE id = :id"),
                     {"s": ("active", "paused", "closed")[b % 3], "id": row})
    else:
        edit_summary_source(conn, op, a, b, day)


EXTRA_OPS = ("referral", "action", "goal", "review", "member", "rating", "person_status")
EDITS = st.lists(st.tuples(st.sampled_from(OPS + EXTRA_OPS), st.integers(0, 10_000), st.integers(0, 10_000),
                           st.dates(date(2024, 1, 1), date(2026, 12, 31))), min_size=1, max_size=12)


def test_the_demo_vault_exercises_every_figure(demo_vault):
    result = caseload_indicators(demo_vault, "team", today=TODAY, weeks=260)
    assert result == reference_indicators(demo_vault, "team", TODAY, 260)
    for figure in (result.caseload, result.active, result.assessed, result.any_unmet, result.isolation,
                   result.mapped, result.overdue_reviews, result.overdue_actions, result.waiting):
        assert figure.count > 0
    assert result.pending_referrals and any(w.total for w in result.contacts_per_week)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, scope=st.sampled_from(("team", "mine")), weeks=st.integers(1, 60),
       today=st.dates(date(2025, 6, 1), date(2027, 6, 1)))
def test_indicators_equal_the_pandas_computation_after_random_edits(demo_vault, edits, scope, weeks, today):
    # The edits are committed and accumulate from one example to the next: every state is one
    # a vault can be in, and both computations read it through the workspace.
    with demo_vault.vault.engine.begin() as conn:
        for op, a, b, day in edits:
            edit(conn, op, a, b, day)
    assert caseload_indicators(demo_vault, scope, today=today, weeks=weeks) == \
        reference_indicators(demo_vault, scope, today, weeks)
