"""A laptop whose clock is hours or days off. Nothing that orders operations reads a clock:
operation headers carry no time at all (device, device sequence, previous hash, scope, epoch,
schema, tag, op id), the hub numbers operations in commit order, and the merge reads only the
operations and the confirmed state. A laptop's clock shows in two places only, both data, never
order: the timestamps it records (created_at, updated_at, a contact's occurred_at), which travel
as typed, and the millisecond prefix of the UUIDv7 gids it makes, which is identity only.
The hub's own clock sets invitation expiry (72 hours), not the laptops'."""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest

from app.models.contact import validate_contact_fields
from app.services.contacts.records import ContactService
from app.services.persons.records import PersonService
from app.services.sync.replica import list_conflicts
from app.services.team.exchange import sync
from app.store import base
from app.store.base import utcnow
from app.store.sync import gids
from tests.sync_support import export, set_person


@contextmanager
def clock_off(skew: timedelta):
    """This laptop's wall clock is `skew` away from the true time: every timestamp the app
    takes (through utcnow) and the time in the gids it makes."""
    real_datetime, real_time = base.datetime, gids.time

    class SkewedDatetime(real_datetime):
        @classmethod
        def now(cls, tz=None):
            return real_datetime.now(tz) + skew

    class SkewedTime:
        @staticmethod
        def time_ns() -> int:
            return real_time.time_ns() + int(skew.total_seconds() * 1e9)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(base, "datetime", SkewedDatetime)
        mp.setattr(gids, "time", SkewedTime)
        yield


def gid_time(gid: str) -> datetime:
    return datetime.fromtimestamp((uuid.UUID(gid).int >> 80) / 1000, UTC).replace(tzinfo=None)


def person_gid(ws, alias: str) -> str:
    with ws.read() as session:
        return session.connection().exec_driver_sql("SELECT gid FROM persons WHERE alias = ?", (alias,)).scalar_one()


def phone(ws, gid: str) -> str | None:
    with ws.read() as session:
        return session.connection().exec_driver_sql("SELECT phone FROM persons WHERE gid = ?", (gid,)).scalar_one()


def in_step(*laptops) -> None:
    for ws in laptops + laptops:
        assert sync(ws).refused == []


@pytest.mark.parametrize("skew", [timedelta(days=3), timedelta(hours=-7)], ids=["days_ahead", "hours_behind"])
def test_a_laptop_whose_clock_is_off_converges_and_the_hub_order_decides(team, skew):
    cm, sup = team["cm"], team["sup"]
    PersonService(sup).create({"alias": "Passant"})
    in_step(sup, cm)
    shared = person_gid(sup, "Passant")

    # What the skewed laptop records is accepted everywhere, its timestamps kept as typed.
    with clock_off(skew):
        PersonService(cm).create({"alias": "Décalé"})
        ContactService(cm).add({"anonymous_label": "Near the station", "duration_minutes": 5,
                                "mode": "street_outreach"})
        assert sync(cm).refused == []
    assert sync(sup).refused == []
    made = person_gid(sup, "Décalé")
    assert abs(gid_time(made) - (utcnow() + skew)) < timedelta(hours=1)      # cm's clock, in the gid only
    on_sup = export(sup)
    contact = next(iter(on_sup["contacts"].values()))
    occurred = datetime.fromisoformat(str(contact["occurred_at"]))
    assert abs(occurred - (utcnow() + skew)) < timedelta(hours=1)
    if skew > timedelta(0):     # typed here, that date would be refused; synced, it is not checked
        _, errors = validate_contact_fields({"anonymous_label": "x", "duration_minutes": 5,
                                             "mode": "street_outreach", "occurred_at": occurred}, utcnow())
        assert [e.code for e in errors] == ["contacts.in_future"]

    # Both change the same phone number without seeing each other's change: the change later
    # in hub order stands and the other is kept as a conflict, whichever clock is ahead.
    set_person(sup, shared, phone="0470 11")
    with clock_off(skew):
        set_person(cm, shared, phone="0470 22")
        assert sync(cm).refused == []                 # the skewed laptop's change reaches the hub first
    in_step(sup, cm)
    assert phone(sup, shared) == phone(cm, shared) == "0470 11"

    with clock_off(skew):
        set_person(cm, shared, phone="0470 33")
    set_person(sup, shared, phone="0470 44")
    assert sync(sup).refused == []                    # now the correct clock reaches the hub first
    with clock_off(skew):
        assert sync(cm).refused == []
    in_step(sup, cm)
    assert phone(sup, shared) == phone(cm, shared) == "0470 33"

    kept = sorted((c["value"], c["other"]) for c in list_conflicts(sup) if c["col"] == "phone")
    assert kept == sorted((c["value"], c["other"]) for c in list_conflicts(cm) if c["col"] == "phone")
    assert {v for pair in kept for v in pair} >= {"0470 22", "0470 44"}       # the losers are kept
    assert export(sup) == export(cm)
