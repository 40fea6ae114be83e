"""The hub goes away in the middle of a pull, after some pages were applied: the laptop keeps
what it applied, with the cursor at the last applied page and not past it, its vault passes
`check`, and the next sync once the hub is back completes and converges."""

from __future__ import annotations

import pytest

from app.errors import RelaisError
from app.hub.client import HubClient
from app.services.persons.records import PersonService
from app.services.sync.replica import pending_operations
from app.services.team import exchange
from app.services.team.exchange import sync
from app.services.team.state import require_state
from app.store.checks import check_vault
from tests.hub.team_support import names

PAGE = 5


def state_of(ws):
    with ws.read() as session:
        return require_state(session)


def gids(ws) -> list[str]:
    with ws.read() as session:
        return sorted(r[0] for r in session.connection().exec_driver_sql("SELECT gid FROM persons"))


def terminate_sessions(hub) -> None:
    """An administrator ends every session of the hub database (pg_terminate_backend)."""
    with hub.pg.superuser() as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = %s AND pid <> pg_backend_pid()", (hub.dbname,))


@pytest.mark.parametrize("how", ["terminate_backend", "kill_server"])
def test_a_hub_killed_mid_pull_leaves_a_consistent_vault_and_the_next_sync_converges(hub, team, monkeypatch, how):
    if how == "kill_server":
        # The test cluster runs with synchronous_commit=off (speed): a crash may lose commits it
        # already acknowledged, which the laptops then see as a rolled-back hub. A production hub
        # commits durably (docs/HUB.md); this one does too.
        with hub.pg.superuser() as su:
            su.execute(f'ALTER DATABASE "{hub.dbname}" SET synchronous_commit = on')
    cm, sup = team["cm"], team["sup"]
    sync(sup)
    sync(cm)
    typed = [f"Passant {i:02}" for i in range(4 * PAGE + 2)]
    for alias in typed:
        PersonService(cm).create({"alias": alias})
    sent = pending_operations(cm)                     # the hub's order: cm is the only one pushing
    assert sync(cm).in_step
    start = state_of(sup).cursor_seq
    assert names(sup) == []

    monkeypatch.setattr(exchange, "PULL_BATCH", PAGE)
    real_pull = HubClient.pull
    pages = []

    def pull_then_die(self, after, limit=500):
        if len(pages) == 2:                               # two pages applied: the hub goes away
            if how == "kill_server":
                hub.pg.kill_server()
            else:
                terminate_sessions(hub)
        pages.append(after)
        return real_pull(self, after, limit)

    monkeypatch.setattr(HubClient, "pull", pull_then_die)
    try:
        with pytest.raises(RelaisError) as failed:
            sync(sup)
    finally:
        if how == "kill_server":
            hub.pg.start_server()
    assert failed.value.code == "hub.unreachable"
    # What was applied is kept, with its cursor; nothing past it is taken for applied.
    state = state_of(sup)
    assert state.cursor_seq == start + 2 * PAGE
    assert gids(sup) == sorted(op["gid"] for op in sent[:2 * PAGE] if op["table"] == "persons")
    assert 0 < len(gids(sup)) < len(typed)
    checked = check_vault(sup.vault)
    assert checked.sound, checked.failed
    # The hub is back: the next sync takes up from the cursor and converges.
    monkeypatch.setattr(HubClient, "pull", real_pull)
    report = sync(sup)
    assert report.in_step and report.refused == []
    assert report.pulled == len(sent) - 2 * PAGE
    assert names(sup) == names(cm) == typed
    assert not [r for r in state_of(sup).reports if r["reason"] == "device_gap"]


def test_a_pull_held_for_a_key_that_the_same_sync_then_fetches_ends_in_step(team):
    """The supervisor's first operations (its membership entry, a removal, the new epoch's
    rows) reach cm in one sync: the first pull holds at the new epoch (its key package is not
    trusted before the supervisor is verified), the key is fetched, the second pull finishes."""
    from app.services.team import leaving

    cm, sup = team["cm"], team["sup"]
    sync(team["peer"])
    sync(cm)
    PersonService(cm).create({"alias": "Pendant"})
    leaving.remove_member(sup, "peer")
    report = sync(cm)
    assert report.refused == [] and not report.waiting_for_key and report.in_step
    with HubClient(state_of(cm).dsn) as hub:
        assert state_of(cm).cursor_seq == hub.head().seq
