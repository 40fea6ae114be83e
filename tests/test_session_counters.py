"""Convention session counters over a rolling 365-day window, computed by hand."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from app.models.convention import (
    SessionRecord,
    convention_rules,
    count_sessions,
    level_for,
)
from app.paths import INSTRUMENTS
from app.services.contacts.records import ContactService
from app.services.counters.sessions import session_counters
from app.services.persons.records import PersonService
from app.store.base import utcnow

AS_OF = datetime(2026, 3, 1, 10, 0)


def support(at: datetime, age_group: str = "adults", setting: str = "individual") -> SessionRecord:
    return SessionRecord(at, "first_line_support", setting, age_group)


def test_limits_follow_the_current_convention():
    rules = convention_rules()
    assert rules.current == "2024-2026" and rules.window_days == 365
    support_rule, treatment = rules.function("first_line_support"), rules.function("first_line_treatment")
    assert support_rule.limit("individual", "adults") == 8
    assert support_rule.limit("individual", "children_adolescents") == 10
    assert support_rule.limit("group", "adults") is None          # number of programmes not limited
    assert treatment.limit("individual", "adults") == 20 == treatment.limit("individual", "children_adolescents")
    assert rules.function("specialised").convention == "2021-2023"
    assert rules.children_max_age == 23
    data = json.loads((INSTRUMENTS / "convention.json").read_text("utf-8"))
    assert "004_c8a23b491ba7283e" in data["source"]["document"]


def test_a_session_exactly_365_days_old_has_left_the_window():
    sessions = [
        support(AS_OF - timedelta(days=365)),                       # 1 March 2025 10:00: out
        support(AS_OF - timedelta(days=365) + timedelta(minutes=1)),  # in
        support(AS_OF - timedelta(days=10)),                        # in
        support(AS_OF),                                             # in (window end is inclusive)
        support(AS_OF + timedelta(minutes=1)),                      # after as_of: out
    ]
    [counter] = count_sessions(sessions, AS_OF)
    assert (counter.function, counter.setting, counter.used, counter.limit) == ("first_line_support", "individual", 3, 8)
    assert counter.window_start == datetime(2025, 3, 1, 10, 0)
    # The oldest counted session (1 March 2025 10:01) frees its slot 365 days later.
    assert counter.frees_on.isoformat() == "2026-03-01"
    assert counter.level == "ok" and counter.remaining == 5


def test_levels_warn_two_sessions_before_the_limit():
    assert [level_for(n, 8, 2) for n in (5, 6, 7, 8, 9)] == ["ok", "approaching", "approaching", "reached", "exceeded"]
    assert level_for(50, None, 2) == "unlimited"


def test_the_limit_follows_the_age_group_of_the_latest_session():
    sessions = [support(AS_OF - timedelta(days=d), "children_adolescents") for d in (200, 100, 50)]
    sessions.append(support(AS_OF - timedelta(days=5), "children_adolescents"))
    [counter] = count_sessions(sessions, AS_OF)
    assert (counter.used, counter.limit, counter.age_group) == (4, 10, "children_adolescents")


def test_individual_and_group_are_counted_apart():
    sessions = [support(AS_OF - timedelta(days=d)) for d in range(1, 9)]
    sessions += [support(AS_OF - timedelta(days=d), setting="group") for d in range(1, 30)]
    counters = {c.setting: c for c in count_sessions(sessions, AS_OF)}
    assert (counters["individual"].used, counters["individual"].level) == (8, "reached")
    assert (counters["group"].used, counters["group"].level) == (29, "unlimited")


def test_the_warning_comes_before_the_limit_is_passed(ws):
    pid = PersonService(ws).create({"alias": "Loulou", "birth": "1980"})
    service = ContactService(ws)
    session = {"person_id": pid, "duration_minutes": 50, "mode": "face_to_face",
               "convention_function": "first_line_support", "convention_setting": "individual",
               "convention_age_group": "adults"}
    now = utcnow()
    codes = []
    for day in range(9, 0, -1):   # the 9th session is beyond the 8 allowed to adults
        result = service.add({**session, "occurred_at": now - timedelta(days=day)})
        # (no NISS, no insurance: the reimbursement warnings are tested in test_convention_rules.py)
        codes.append([w.code for w in result.warnings if not w.code.startswith("counters.no_")])
    assert codes[:5] == [[]] * 5
    assert codes[5:8] == [["contacts.sessions.approaching"], ["contacts.sessions.approaching"], ["contacts.sessions.reached"]]
    assert codes[8] == ["contacts.sessions.exceeded"] and not result.saved
    assert service.add({**session, "occurred_at": now - timedelta(days=1)}, confirmed=True).saved
    [counter] = session_counters(ws, pid)
    assert (counter.used, counter.limit, counter.level) == (9, 8, "exceeded")
    # A session older than the window does not count.
    service.add({**session, "occurred_at": now - timedelta(days=400)}, confirmed=True)
    assert session_counters(ws, pid)[0].used == 9
