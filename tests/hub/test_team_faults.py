"""Faults around the team hub: a hub that goes away mid-push, a push that died after the hub
had it, forged or over-reaching operations, and a new laptop rebuilding the team's state."""

from __future__ import annotations

import json
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.errors import RelaisError
from app.hub.envelope import OpHeader, seal
from app.hub.errors import HubUnreachable
from app.hub.wire import WireOp
from app.services.persons.records import PersonService
from app.services.team import exchange
from app.services.team import setup as team_setup
from app.services.team.exchange import sync
from app.services.team.state import require_state, unb64
from app.store.checks import check_vault
from tests.hub.team_support import CHEAP, names, new_vault


def gids(ws) -> list[str]:
    with ws.read() as session:
        return sorted(r[0] for r in session.connection().exec_driver_sql("SELECT gid FROM persons"))


def test_a_hub_that_goes_away_mid_push_loses_nothing_and_the_next_sync_completes(team, monkeypatch):
    cm, sup = team["cm"], team["sup"]
    for i in range(3):
        PersonService(cm).create({"alias": f"Passant {i}"})
    real_push = exchange.HubClient.push

    def push_then_fail(self, ops):
        real_push(self, ops)                      # the hub committed the batch...
        raise HubUnreachable()                    # ...but the answer never came back

    monkeypatch.setattr(exchange.HubClient, "push", push_then_fail)
    with pytest.raises(RelaisError) as failed:
        sync(cm)
    assert failed.value.code == "hub.unreachable"
    assert names(cm) == ["Passant 0", "Passant 1", "Passant 2"]      # work goes on locally
    monkeypatch.setattr(exchange.HubClient, "push", real_push)
    assert sync(cm).refused == []                 # the same sealed bytes again: idempotent
    report = sync(sup)
    assert report.refused == [] and names(sup) == names(cm)
    assert not [r for r in require_state_of(sup).reports if r["reason"] == "device_gap"]


def require_state_of(ws):
    with ws.read() as session:
        return require_state(session)


def _forge(ws, scope: str, op: dict) -> WireOp:
    """An operation sealed with this device's real keys, pushed outside the exchange code."""
    state = require_state_of(ws)
    epoch = state.current_epoch(scope)
    header = OpHeader(uuid.UUID(state.team_id), uuid.UUID(state.device_id), state.device_seq + 1,
                      bytes.fromhex(state.device_prev), scope, epoch, 1, b"", uuid.UUID(op["op_id"]))
    sealed = seal(header, json.dumps(op).encode(), Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key)),
                  state.key(scope, epoch) or b"")
    return WireOp(header.op_id, scope, epoch, b"", sealed.header, sealed.body)


def test_a_peer_workers_deletion_is_refused_by_every_replica_and_reported(team):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    PersonService(cm).create({"alias": "Quelqu'un"})
    for ws in (cm, peer):
        sync(ws)
    gid = gids(peer)[0]
    tombstone = {"op_id": str(uuid.uuid4()), "schema_version": 1, "table": "persons", "gid": gid,
                 "kind": "delete", "fields": {}, "base": {}}
    with exchange.HubClient(require_state_of(peer).dsn) as hub:
        hub.push([_forge(peer, "team", tombstone)])
    for ws in (sup, cm):
        report = sync(ws)
        assert [r["reason"] for r in report.refused] == ["role_delete"]
        assert names(ws) == ["Quelqu'un"]


def test_a_peer_worker_cannot_push_clinical_operations(team):
    peer = team["peer"]
    with exchange.HubClient(require_state_of(peer).dsn) as hub:
        with pytest.raises(Exception) as refused:
            hub.push([WireOp(uuid.uuid4(), "clinical", 1, b"", b"h" * 80, b"c" * 64)])
    assert "scope" in str(refused.value) or "epoch" in str(refused.value)


def test_a_new_laptop_rebuilds_the_same_persons_and_passes_check(team, tmp_path):
    cm, sup = team["cm"], team["sup"]
    for alias in ("Anna", "Bram", "Chloé"):
        PersonService(cm).create({"alias": alias})
    for ws in (cm, sup):
        sync(ws)
    invited = team_setup.invite(sup, "new", "case_manager", tmp_path / "new.relaisinvite", kdf=CHEAP)
    laptop = new_vault(tmp_path, "new", "supervisor")
    team_setup.join(laptop, invited.path, invited.code)
    assert sync(laptop).in_step
    assert gids(laptop) == gids(cm) == gids(sup)
    report = check_vault(laptop.vault)
    assert report.sound, report.failed
    laptop.lock()


def test_a_hub_restored_from_an_older_backup_stops_sync_with_a_clear_message(hub, team):
    import psycopg


    cm, sup = team["cm"], team["sup"]
    PersonService(cm).create({"alias": "Avant la sauvegarde"})
    for ws in (cm, sup):
        sync(ws)
    cursor = require_state_of(sup).cursor_seq
    with psycopg.connect(hub.admin_dsn, autocommit=True) as admin:       # "restore last night's backup"
        admin.execute(f"DELETE FROM relais_hub.op_bodies WHERE seq > {cursor - 2}")
        admin.execute(f"DELETE FROM relais_hub.ops WHERE seq > {cursor - 2}")
        admin.execute(f"UPDATE relais_hub.team_heads SET last_seq = {cursor - 2}, last_hash = "
                      f"(SELECT hash FROM relais_hub.ops o WHERE o.seq = {cursor - 2} "
                      f"AND o.team_id = team_heads.team_id)")
    with pytest.raises(RelaisError) as stopped:
        sync(sup)
    assert stopped.value.code == "hub.chain_broken"
    assert "history" in stopped.value.message("en") and "{" not in stopped.value.message("fr")
    assert names(sup) == ["Avant la sauvegarde"]                           # nothing lost on the laptop
