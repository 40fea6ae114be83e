"""A laptop's Relais process killed (SIGKILL) in the middle of a sync, against a real hub.

The sync runs in a child process with small pages and batches. The child stops at a chosen
point, tells the parent, and the parent kills it there: during a push, after the hub committed
a batch and before the laptop recorded it; during a pull, with a page applied inside the
vault's open transaction, before its commit. Then the vault passes `check`, nothing typed is
lost, nothing is applied or pushed twice, and the next sync converges."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from app.hub.client import HubClient
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.services.sync.replica import pending_operations
from app.services.team.exchange import sync
from app.services.team.state import require_state
from app.store.checks import check_vault
from tests.conftest import PASSPHRASE, REPO, TEST_KDF_PRELUDE
from tests.hub.team_support import names

PAGE = 5

CHILD = TEST_KDF_PRELUDE + r"""
import sys
from app.hub.client import HubClient
from app.services.shared.workspace import Workspace
from app.services.team import exchange

folder, user, mode, page, stop_at = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
ws = Workspace.open(folder, user, sys.stdin.readline().rstrip("\n"))
exchange.PUSH_BATCH = exchange.PULL_BATCH = page
calls = []


def stop(where):
    print(where, flush=True)
    sys.stdin.readline()            # never answered: the parent kills this process here
    sys.exit("not killed")


if mode == "push":
    real_push = HubClient.push

    def push(self, ops):
        out = real_push(self, ops)  # the hub committed the batch...
        calls.append(len(ops))
        if len(calls) == stop_at:
            stop("pushed")          # ...and the laptop dies before it records it
        return out

    HubClient.push = push
else:
    real_apply = exchange.apply_operations

    def apply(conn, ops):
        out = real_apply(conn, ops)  # the page is applied in the vault's open transaction...
        calls.append(len(ops))
        if len(calls) == stop_at:
            stop("applied")          # ...and the laptop dies before it commits
        return out

    exchange.apply_operations = apply
exchange.sync(ws)
print("finished", flush=True)
"""


def state_of(ws):
    with ws.read() as session:
        return require_state(session)


def gids(ws) -> list[str]:
    with ws.read() as session:
        return sorted(r[0] for r in session.connection().exec_driver_sql("SELECT gid FROM persons"))


def kill_sync_at(team: dict, name: str, tmp_path, mode: str, stop_at: int) -> Workspace:
    """Close the laptop, run its sync in a child stopped at the `stop_at`-th batch or page,
    SIGKILL it there, and open the laptop again (the team fixture locks it at the end)."""
    team[name].lock()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / name), name, mode, str(PAGE),
                              str(stop_at)], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        line = child.stdout.readline().strip()
        assert line in ("pushed", "applied"), (line, child.stderr.read() if line == "" else "")
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    team[name] = Workspace.open(tmp_path / name, name, PASSPHRASE)
    return team[name]


def no_gap(ws) -> bool:
    return not [r for r in state_of(ws).reports if r["reason"] == "device_gap"]


def test_a_laptop_killed_during_its_push_loses_nothing_and_pushes_nothing_twice(team, tmp_path):
    cm, sup = team["cm"], team["sup"]
    sync(sup)
    sync(cm)
    typed = [f"Passant {i:02}" for i in range(4 * PAGE + 2)]
    for alias in typed:
        PersonService(cm).create({"alias": alias})
    sent = pending_operations(cm)
    assert len(sent) > 3 * PAGE
    with HubClient(state_of(cm).dsn) as hub:
        head = hub.head().seq
    cm = kill_sync_at(team, "cm", tmp_path, "push", stop_at=3)
    with HubClient(state_of(cm).dsn) as hub:
        assert hub.head().seq == head + 3 * PAGE          # three batches reached the hub
    checked = check_vault(cm.vault)
    assert checked.sound, checked.failed
    assert names(cm) == typed                              # the laptop lost nothing it typed
    assert len(pending_operations(cm)) == len(sent) - 2 * PAGE   # it recorded two batches only
    # What the hub took reaches the team although the laptop died before recording it.
    assert sync(sup).refused == []
    assert gids(sup) == sorted(op["gid"] for op in sent[:3 * PAGE] if op["table"] == "persons")
    report = sync(cm)                                      # the third batch again: idempotent
    assert report.in_step and report.refused == [] and report.pushed == len(sent) - 2 * PAGE
    assert pending_operations(cm) == []
    with HubClient(state_of(cm).dsn) as hub:
        assert hub.head().seq == head + len(sent)         # each operation once on the hub
    assert sync(sup).refused == [] and sync(sup).in_step
    assert names(sup) == names(cm) == typed
    assert no_gap(sup)


def test_a_laptop_killed_while_applying_a_pulled_page_keeps_what_it_committed_and_converges(team, tmp_path):
    cm, sup = team["cm"], team["sup"]
    sync(sup)
    sync(cm)
    typed = [f"Passant {i:02}" for i in range(4 * PAGE + 2)]
    for alias in typed:
        PersonService(cm).create({"alias": alias})
    sent = pending_operations(cm)                          # the hub's order: cm alone pushes
    assert sync(cm).in_step
    start = state_of(sup).cursor_seq
    assert names(sup) == []
    sup = kill_sync_at(team, "sup", tmp_path, "pull", stop_at=3)
    # Two pages were committed; the third, applied but not committed, is gone with its cursor.
    assert state_of(sup).cursor_seq == start + 2 * PAGE
    assert gids(sup) == sorted(op["gid"] for op in sent[:2 * PAGE] if op["table"] == "persons")
    assert 0 < len(gids(sup)) < len(typed)
    checked = check_vault(sup.vault)
    assert checked.sound, checked.failed
    report = sync(sup)
    assert report.in_step and report.refused == []
    assert report.pulled == len(sent) - 2 * PAGE           # taken up at the cursor, nothing twice
    assert names(sup) == names(cm) == typed
    assert no_gap(sup)


def test_a_hub_server_killed_mid_push_loses_nothing_and_the_next_sync_pushes_the_rest_once(hub, team, monkeypatch):
    from app.errors import RelaisError
    from app.services.team import exchange

    # The test cluster runs with synchronous_commit=off (speed): a crash there may lose the last
    # acknowledged commits, which a production hub must not (docs/HUB.md). This hub commits as
    # a production one does.
    with hub.pg.superuser() as su:
        su.execute(f'ALTER DATABASE "{hub.dbname}" SET synchronous_commit = on')
    cm, sup = team["cm"], team["sup"]
    sync(sup)
    sync(cm)
    typed = [f"Passant {i:02}" for i in range(4 * PAGE + 2)]
    for alias in typed:
        PersonService(cm).create({"alias": alias})
    sent = pending_operations(cm)
    with HubClient(state_of(cm).dsn) as client:
        head = client.head().seq
    monkeypatch.setattr(exchange, "PUSH_BATCH", PAGE)
    real_push = HubClient.push
    batches: list[int] = []

    def push_or_die(self, ops):
        if len(batches) == 2:                       # two batches in: the server goes down
            hub.pg.kill_server()
        batches.append(len(ops))
        return real_push(self, ops)

    monkeypatch.setattr(HubClient, "push", push_or_die)
    try:
        try:
            sync(cm)
        except RelaisError as exc:
            assert exc.code == "hub.unreachable"
        else:
            raise AssertionError("a sync against a dead server succeeded")
    finally:
        hub.pg.start_server()
    monkeypatch.setattr(HubClient, "push", real_push)
    checked = check_vault(cm.vault)
    assert checked.sound, checked.failed
    assert names(cm) == typed and len(pending_operations(cm)) == len(sent) - 2 * PAGE
    report = sync(cm)
    assert report.in_step and report.refused == [] and report.pushed == len(sent) - 2 * PAGE
    with HubClient(state_of(cm).dsn) as client:
        assert client.head().seq == head + len(sent)
    assert sync(sup).refused == [] and names(sup) == typed and no_gap(sup)
