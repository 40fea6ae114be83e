"""The three-replica state machine of tests/test_sync_replicas.py, driven against the real
PostgreSQL hub: sealed, signed operations, the hub's gap-free order, tombstones for deletions.
Fewer examples than the in-memory run: every step goes through the hub."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from app.hub.client import HubClient
from app.services.shared.workspace import Workspace
from app.services.team import exchange
from app.services.team import setup as team_setup
from app.services.team.state import require_state
from tests.hub.team_support import CHEAP, new_vault
from tests.replicas_support import replicas_machine


class TeamHub:
    """The machine's hub: `push` seals and pushes only, `sync` is the team's whole sync."""

    def push(self, ws: Workspace) -> None:
        with ws.read() as session:
            state = require_state(session)
        with HubClient(state.dsn) as hub:
            exchange.push(ws, hub, state)

    def sync(self, ws: Workspace) -> None:
        report = exchange.sync(ws)
        refused = [r for r in report.refused if r["reason"] != "erased_person"]
        assert not refused, refused


def test_three_replicas_converge_through_the_postgresql_hub(hub, tmp_path):
    # Three laptops that may all erase a person (a peer worker's deletions are refused by design).
    sup = new_vault(tmp_path, "ann", "supervisor")
    team_setup.create_team(sup, hub.enrol_dsn)
    laptops = [sup]
    for name in ("ben", "cleo"):
        invited = team_setup.invite(sup, name, "case_manager", tmp_path / f"{name}.relaisinvite", kdf=CHEAP)
        laptop = new_vault(tmp_path, name, "supervisor")
        team_setup.join(laptop, invited.path, invited.code)
        laptops.append(laptop)
    team_hub = TeamHub()
    try:
        for ws in laptops + laptops:
            team_hub.sync(ws)
        run_state_machine_as_test(replicas_machine(team_hub, laptops), settings=settings(
            max_examples=15, stateful_step_count=12, deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]))
    finally:
        for ws in laptops:
            ws.lock()
