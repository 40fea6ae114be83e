"""Team lifecycle faults over a real hub: two supervisors removing the same member at the same
time, and a snapshot set whose sealing is interrupted half-way (its connection lost, or the
sealing laptop's process killed, while the hub holds part of the set in an open transaction)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import psycopg
import pytest

from app.errors import RelaisError
from app.hub.client import HubClient
from app.hub.errors import HubUnreachable
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.services.team import leaving, snapshot
from app.services.team import setup as team_setup
from app.services.team.exchange import sync
from app.services.team.state import require_state
from tests.conftest import PASSPHRASE, REPO, TEST_KDF_PRELUDE
from tests.hub.team_support import CHEAP, names, new_vault


def state_of(ws):
    with ws.read() as session:
        return require_state(session)


def join(sup, tmp_path, name: str, role: str) -> Workspace:
    invited = team_setup.invite(sup, name, role, tmp_path / f"{name}.relaisinvite", kdf=CHEAP)
    laptop = new_vault(tmp_path, name, "supervisor")
    team_setup.join(laptop, invited.path, invited.code)
    return laptop


def test_two_supervisors_removing_the_same_member_at_once_both_hold_and_the_team_converges(team, tmp_path,
                                                                                          monkeypatch):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    sup2 = team["sup2"] = join(sup, tmp_path, "sup2", "supervisor")
    PersonService(peer).create({"alias": "Avant"})
    for ws in (sup2, peer, cm, sup, sup2, cm):
        assert sync(ws).refused == []
    epoch = state_of(sup).current_epoch("team")
    # sup2's whole removal lands between sup's disabling the peer's device and its new epoch.
    real_register = HubClient.register_epoch
    crossed: dict = {}

    def register_epoch(self, scope, number, record):
        if not crossed:
            crossed["sup2"] = None
            crossed["sup2"] = leaving.remove_member(sup2, "peer")
        return real_register(self, scope, number, record)

    monkeypatch.setattr(HubClient, "register_epoch", register_epoch)
    first = leaving.remove_member(sup, "peer")
    monkeypatch.setattr(HubClient, "register_epoch", real_register)
    second = crossed["sup2"]
    assert second.rotated == {"team": epoch + 1}            # the first to register takes the next epoch
    assert first.rotated == {"team": epoch + 2}             # the other takes the one after, not refused
    assert first.devices == second.devices == [state_of(peer).device_id]
    with pytest.raises(RelaisError) as removed:
        sync(peer)
    assert removed.value.code == "team.removed"
    PersonService(cm).create({"alias": "Après"})
    PersonService(sup2).create({"alias": "Encore après"})
    for ws in (cm, sup2, sup, cm, sup2):
        assert sync(ws).refused == []
    for ws in (sup, sup2, cm):
        state = state_of(ws)
        assert state.current_epoch("team") == epoch + 2 and state.key("team", epoch + 2) is not None
        assert state_of(peer).device_id in state.removed
        assert names(ws) == ["Après", "Avant", "Encore après"]
        assert sync(ws).in_step
    assert state_of(peer).key("team", epoch + 1) is None and state_of(peer).key("team", epoch + 2) is None


SEALER = TEST_KDF_PRELUDE + r"""
import sys
from app.hub.client import HubClient
from app.services.shared.workspace import Workspace
from app.services.team import snapshot
from app.services.team.state import require_state

ws = Workspace.open(sys.argv[1], sys.argv[2], sys.stdin.readline().rstrip("\n"))
with ws.read() as session:
    dsn = require_state(session).dsn
print("sealing", flush=True)
with HubClient(dsn) as hub:
    print(snapshot.seal_snapshots(ws, hub), flush=True)
"""


def _superuser(hub, autocommit: bool = True) -> psycopg.Connection:
    return psycopg.connect(hub.pg.superuser_dsn(hub.dbname), autocommit=autocommit)


def _backends(hub, login: str, waiting: bool) -> list[int]:
    query = "SELECT pid FROM pg_stat_activity WHERE usename = %s"
    if waiting:
        query += " AND wait_event_type = 'Lock'"
    with _superuser(hub) as su:
        return [pid for (pid,) in su.execute(query, (login,)).fetchall()]


def _wait_for(check, what: str, seconds: float = 15):
    deadline = time.monotonic() + seconds
    while not (found := check()):
        assert time.monotonic() < deadline, what
        time.sleep(0.02)
    return found


def _sets(hub) -> dict[int, set[str]]:
    with _superuser(hub) as su:
        out: dict[int, set[str]] = {}
        for seq, scope in su.execute("SELECT seq, scope FROM relais_hub.snapshots").fetchall():
            out.setdefault(seq, set()).add(scope)
        return out


@pytest.mark.parametrize("how", ["connection_lost", "sealing_laptop_killed"])
def test_a_snapshot_interrupted_half_way_leaves_no_partial_set_and_a_later_join_works(hub, team, tmp_path, how):
    cm, sup = team["cm"], team["sup"]
    for alias in ("Un", "Deux"):
        PersonService(cm).create({"alias": alias})
    for ws in (cm, sup):
        sync(ws)
    with HubClient(state_of(sup).dsn) as client:
        first = snapshot.seal_snapshots(sup, client)
    assert first > 0 and _sets(hub) == {first: {"team", "clinical", "supervision"}}
    PersonService(cm).create({"alias": "Trois"})
    for ws in (cm, sup):
        sync(ws)
    state = state_of(sup)
    at = state.cursor_seq
    assert at > first
    with _superuser(hub) as su:
        login = su.execute("SELECT login_role FROM relais_hub.logins WHERE device_id = %s",
                           (state.device_id,)).fetchone()[0]
    # Another transaction holds the last scope's place at `at`: the sealing call inserts the
    # `team` and `clinical` snapshots of its set, then waits there, half-way.
    blocker = _superuser(hub, autocommit=False)
    blocker.execute("INSERT INTO relais_hub.snapshots (snapshot_id, team_id, scope, epoch, seq, device_id, header, "
                    "body) VALUES (gen_random_uuid(), %s, 'supervision', 1, %s, %s, '\\x00', '\\x00')",
                    (state.team_id, at, state.device_id))
    outcome: dict = {}
    try:
        if how == "connection_lost":
            def seal() -> None:
                try:
                    with HubClient(state.dsn) as client:
                        outcome["sealed"] = snapshot.seal_snapshots(sup, client)
                except HubUnreachable as exc:
                    outcome["error"] = exc

            thread = threading.Thread(target=seal)
            thread.start()
            (pid,) = _wait_for(lambda: _backends(hub, login, waiting=True), "the sealing never reached the hub")
            with _superuser(hub) as su:
                su.execute("SELECT pg_terminate_backend(%s)", (pid,))
            thread.join(30)
            assert "error" in outcome and "sealed" not in outcome
        else:
            sup.lock()
            child = subprocess.Popen([sys.executable, "-c", SEALER, str(tmp_path / "sup"), "sup"], cwd=REPO,
                                     env={**os.environ, "PYTHONPATH": str(REPO)}, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                child.stdin.write(PASSPHRASE + "\n")
                child.stdin.flush()
                assert child.stdout.readline().strip() == "sealing"
                _wait_for(lambda: _backends(hub, login, waiting=True), "the sealing never reached the hub")
            finally:
                child.send_signal(signal.SIGKILL)
                child.communicate(timeout=60)
            assert child.returncode == -signal.SIGKILL
            sup = team["sup"] = Workspace.open(tmp_path / "sup", "sup", PASSPHRASE)
    finally:
        blocker.rollback()
        blocker.close()
    _wait_for(lambda: not _backends(hub, login, waiting=False), "the sealing session never ended")
    sets = _sets(hub)
    # Never part of a set: the interrupted one is absent (or, when the hub finished it after
    # its laptop died, whole).
    assert sets[first] == {"team", "clinical", "supervision"}
    assert sets.get(at, set()) in (set(), {"team", "clinical", "supervision"})
    if how == "connection_lost":
        assert at not in sets
    with HubClient(state_of(cm).dsn) as client:
        served = {s.seq for s in client.latest_snapshots()}
    assert served == {max(sets)}
    laptop = team["late"] = join(sup, tmp_path, "late", "case_manager")
    joined = state_of(laptop)
    assert joined.cursor_seq == max(sets) and not [r for r in joined.reports if r["reason"].startswith("snapshot")]
    assert sync(laptop).in_step and names(laptop) == names(cm) == ["Deux", "Trois", "Un"]
    # Nothing left behind keeps the supervisor from sealing later sets.
    PersonService(cm).create({"alias": "Quatre"})
    for ws in (cm, sup):
        sync(ws)
    with HubClient(state_of(sup).dsn) as client:
        assert snapshot.seal_snapshots(sup, client) == state_of(sup).cursor_seq > at
    assert _sets(hub)[state_of(sup).cursor_seq] == {"team", "clinical", "supervision"}
