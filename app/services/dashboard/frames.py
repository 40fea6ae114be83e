"""The caseload indicators as pandas frames, one row per person: what the coordinator's
export writes (app/services/dashboard/export.py).

The frames read the same bulk queries as the dashboard (app/services/dashboard/indicators.py),
which counts them without pandas; this module is imported only when an export is made, so
pandas is not loaded at start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
from sqlalchemy.orm import Session

from app.models.contact import Contact
from app.models.person import Person
from app.services.dashboard.indicators import (
    DEFAULT_WEEKS,
    _scope_ids,
    actions_query,
    assessed_query,
    contacts_query,
    isolation_query,
    isolation_rule,
    referrals_query,
    reviews_query,
    rows,
    unmet_query,
    week_start,
)
from app.services.shared.workspace import Workspace


@dataclass
class CaseloadFrames:
    """The per-person table and the detail frames the export reads."""

    persons: pd.DataFrame        # index person_id: status, birth_year, flags and counts
    unmet: pd.DataFrame          # person_id, domain_id, is_core
    referrals: pd.DataFrame      # referral_id, person_id, partner_name, status, since, days_waiting
    contacts: pd.DataFrame       # person_id, occurred_at, mode


def _frame(session: Session, query, columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame.from_records(rows(session, query), columns=columns)


def _isolation(session: Session, scope) -> pd.DataFrame:
    """person_id, isolated (bool) for every person with a network map."""
    counts = _frame(session, isolation_query(scope), ["person_id", "close_informal", "emotional"])
    rule = isolation_rule()
    keys = zip(counts["close_informal"].clip(upper=1).astype(int), counts["emotional"].clip(upper=1).astype(int),
               strict=True)
    counts["isolated"] = pd.Series([rule[k] for k in keys], index=counts.index, dtype=bool)
    return counts[["person_id", "isolated"]]


def _referrals(session: Session, scope, today: date) -> pd.DataFrame:
    frame = _frame(session, referrals_query(scope), ["referral_id", "person_id", "partner_name", "status", "since"])
    if frame.empty:
        frame["days_waiting"] = pd.Series(dtype="int64")
        return frame
    since = pd.to_datetime(frame["since"])
    frame["since"] = since.dt.date
    frame["days_waiting"] = (pd.Timestamp(today) - since).dt.days.clip(lower=0).astype("int64")
    return frame.sort_values(["days_waiting", "referral_id"], ascending=[False, True], ignore_index=True)


def load_frames(ws: Workspace, scope: str, today: date, weeks: int = DEFAULT_WEEKS) -> CaseloadFrames:
    """The bulk queries as frames, for callers that checked permissions (the export)."""
    scope_q = _scope_ids(ws, scope)
    first_week = week_start(today) - timedelta(weeks=weeks - 1)
    with ws.read() as session:
        persons = _frame(session, scope_q.add_columns(Person.status, Person.birth_year),
                         ["person_id", "status", "birth_year"]).set_index("person_id")
        assessed = _frame(session, assessed_query(scope_q), ["person_id"])
        unmet = _frame(session, unmet_query(scope_q), ["person_id", "domain_id", "is_core"])
        isolation = _isolation(session, scope_q)
        reviews = _frame(session, reviews_query(scope_q, today), ["person_id", "due_on"])
        actions = _frame(session, actions_query(scope_q, today), ["person_id", "action_id", "due_on"])
        referrals = _referrals(session, scope_q, today)
        contacts = _frame(session, contacts_query(ws, scope, first_week, Contact.person_id, Contact.occurred_at,
                                                  Contact.mode), ["person_id", "occurred_at", "mode"])
    unmet["is_core"] = unmet["is_core"].astype(bool)
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
