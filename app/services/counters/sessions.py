"""Convention session counters: a person's psychological-care sessions per function over
the rolling 12 months, against the limits of the convention (resources/instruments)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.contact import Contact
from app.models.convention import (
    SessionCounter,
    SessionRecord,
    convention_rules,
    count_sessions,
)
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.base import utcnow


def _sessions(session: Session, person_id: int, since: datetime) -> list[SessionRecord]:
    rows = session.execute(
        select(Contact.occurred_at, Contact.convention_function, Contact.convention_setting,
               Contact.convention_age_group)
        .where(Contact.person_id == person_id, Contact.convention_function.is_not(None),
               Contact.occurred_at > since)
    )
    return [SessionRecord(at, fn, setting or "individual", age or "adults") for at, fn, setting, age in rows
            if fn is not None]   # always: the query keeps sessions only


def session_counters(ws: Workspace, person_id: int, as_of: datetime | None = None) -> list[SessionCounter]:
    """Counters for every function and setting the person had sessions in, over the window
    ending at `as_of` (default now). Psychological-care sessions are clinical information."""
    ws.require(Permission.CLINICAL_READ)
    as_of = as_of or utcnow()
    rules = convention_rules()
    with ws.unit() as session:
        records = _sessions(session, person_id, as_of - timedelta(days=rules.window_days))
        ws.audit(session, "person.session_counters_viewed", "person", person_id)
    return count_sessions(records, as_of, rules)


def counter_after_one_more(session: Session, person_id: int, clean: dict) -> SessionCounter | None:
    """The counter as it would stand with the contact being entered: the warning comes
    before the limit is passed, not after."""
    rules = convention_rules()
    as_of = max(clean["occurred_at"], utcnow())
    records = _sessions(session, person_id, as_of - timedelta(days=rules.window_days))
    records.append(SessionRecord(clean["occurred_at"], clean["convention_function"],
                                 clean["convention_setting"], clean["convention_age_group"]))
    for counter in count_sessions(records, as_of, rules):
        if counter.function == clean["convention_function"] and counter.setting == clean["convention_setting"]:
            return counter
    return None
