"""Snapshots over a real PostgreSQL hub: a device that joins from the latest snapshot and the
tail ends identical to one that replayed the whole log; forged or tampered snapshots are
refused (the device replays instead); a peer worker's device is served only the team scope."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.devtools.demo import add_demo_data
from app.hub.client import HubClient
from app.hub.errors import HubRefused
from app.models.sync_scopes import SYNCED
from app.services.persons.records import PersonService
from app.services.team import setup as team_setup
from app.services.team import snapshot
from app.services.team.exchange import sync
from app.services.team.state import require_state, unb64
from tests.hub.team_support import CHEAP, names, new_vault


def state_of(ws):
    with ws.read() as session:
        return require_state(session)


def content(ws, scopes: tuple[str, ...]) -> dict:
    """Every row of the scopes' tables by gid (references as gids), versions and conflicts."""
    with ws.read() as session:
        conn = session.connection()
        out = {}
        for scope in scopes:
            dumped = snapshot.dump_scope(conn, scope)
            for table, data in dumped["tables"].items():
                out[table] = sorted(json.dumps(row, default=str) for row in data["rows"])
            out[f"versions:{scope}"] = dumped["versions"]
            out[f"conflicts:{scope}"] = sorted(json.dumps(c, default=str) for c in dumped["conflicts"])
        return out


def join(sup, tmp_path, name: str, role: str, monkeypatch=None):
    invited = team_setup.invite(sup, name, role, tmp_path / f"{name}.relaisinvite", kdf=CHEAP)
    laptop = new_vault(tmp_path, name, "supervisor")
    if monkeypatch is not None:                      # the device that replays the whole log
        with monkeypatch.context() as m:
            m.setattr(snapshot, "start_from_snapshot", lambda ws, hub, state: 0)
            team_setup.join(laptop, invited.path, invited.code)
    else:
        team_setup.join(laptop, invited.path, invited.code)
    return laptop


@pytest.fixture
def history(hub, tmp_path):
    """A supervisor with demo histories and a case manager's changes, a snapshot, then a tail."""
    sup = new_vault(tmp_path, "sup", "supervisor")
    team_setup.create_team(sup, hub.enrol_dsn)
    add_demo_data(sup, persons=4, seed=3)
    sync(sup)
    cm = join(sup, tmp_path, "cm", "case_manager")
    sync(cm)
    first = PersonService(cm).rows()[0].id
    PersonService(cm).update(first, {"contact_notes": "vu au local"})
    PersonService(cm).create({"alias": "Avant l'instantané"})
    sync(cm)
    sync(sup)
    with HubClient(state_of(sup).dsn) as client:
        at = snapshot.seal_snapshots(sup, client)
    assert at == state_of(sup).cursor_seq > 0
    PersonService(sup).create({"alias": "Après l'instantané"})
    PersonService(sup).update(first, {"contact_notes": "vu à domicile"})
    sync(sup)
    laptops = {"sup": sup, "cm": cm}
    yield laptops, at
    for ws in laptops.values():
        ws.lock()


def test_a_device_joining_from_the_snapshot_ends_identical_to_one_that_replayed_everything(
        history, tmp_path, monkeypatch):
    laptops, at = history
    fast = join(laptops["sup"], tmp_path, "fast", "case_manager")
    slow = join(laptops["sup"], tmp_path, "slow", "case_manager", monkeypatch)
    laptops.update(fast=fast, slow=slow)
    assert state_of(fast).cursor_seq == at and state_of(slow).cursor_seq == 0
    first_fast, first_slow = sync(fast), sync(slow)
    assert first_fast.refused == first_slow.refused == []
    assert first_fast.pulled < first_slow.pulled
    for ws in (fast, slow, fast, slow, laptops["sup"], laptops["cm"]):
        sync(ws)
    shared = ("team", "clinical")
    assert content(fast, shared) == content(slow, shared) == content(laptops["cm"], shared)
    assert "Après l'instantané" in names(fast) and "Avant l'instantané" in names(fast)
    assert all(sync(ws).in_step for ws in laptops.values())
    # The new device works on: its change reaches the others.
    PersonService(fast).create({"alias": "Du nouveau"})
    sync(fast)
    sync(slow)
    assert "Du nouveau" in names(slow)


def test_a_peer_worker_is_served_only_the_team_snapshot_and_holds_no_clinical_row(history, tmp_path):
    laptops, at = history
    peer = join(laptops["sup"], tmp_path, "peer", "peer_worker")
    laptops["peer"] = peer
    with HubClient(state_of(peer).dsn) as client:
        assert [s.scope for s in client.latest_snapshots()] == ["team"]
        with pytest.raises(HubRefused):                              # nor may it store one
            client.put_snapshots(at, [(uuid.uuid4(), "team", 1, b"x", b"y")])
    with HubClient(state_of(laptops["cm"]).dsn) as client:
        assert [s.scope for s in client.latest_snapshots()] == ["clinical", "team"]
    assert state_of(peer).cursor_seq == at
    assert sync(peer).refused == []
    sync(laptops["cm"])
    clinical = [t for t, spec in SYNCED.items() if spec.scope.value == "clinical"]
    with peer.read() as session:
        conn = session.connection()
        assert sum(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() for t in clinical) == 0
    assert content(peer, ("team",))["persons"] == content(laptops["cm"], ("team",))["persons"]


def _admin(hub):
    return psycopg.connect(hub.admin_dsn, autocommit=True)


def test_a_tampered_snapshot_is_refused_and_the_device_replays_the_log(history, hub, tmp_path):
    laptops, at = history
    with _admin(hub) as admin:
        admin.execute("UPDATE relais_hub.snapshots SET body = overlay(body placing '\\x00'::bytea from 40 for 1) "
                      "WHERE scope = 'team'")
    laptop = join(laptops["sup"], tmp_path, "late", "case_manager")
    laptops["late"] = laptop
    state = state_of(laptop)
    assert state.cursor_seq == 0
    assert any(r["reason"].startswith("snapshot_refused") for r in state.reports)
    assert sync(laptop).refused == []
    sync(laptops["cm"])
    assert content(laptop, ("team",))["persons"] == content(laptops["cm"], ("team",))["persons"]


def test_a_set_missing_a_scope_the_device_reads_is_not_used(history, hub, tmp_path):
    """As if a sealing stopped half-way (the hub stores a set all or nothing, but a laptop does
    not rely on it): a newer `team` snapshot without its `clinical` one."""
    laptops, at = history
    with _admin(hub) as admin:
        admin.execute("INSERT INTO relais_hub.snapshots (snapshot_id, team_id, scope, epoch, seq, device_id, header, "
                      "body) SELECT gen_random_uuid(), team_id, scope, epoch, seq + 1, device_id, header, body "
                      "FROM relais_hub.snapshots WHERE scope = 'team'")
    laptop = join(laptops["sup"], tmp_path, "late", "case_manager")
    laptops["late"] = laptop
    state = state_of(laptop)
    assert state.cursor_seq == 0 and not [r for r in state.reports if r["reason"].startswith("snapshot")]
    assert sync(laptop).refused == []
    sync(laptops["cm"])
    assert content(laptop, ("team",))["persons"] == content(laptops["cm"], ("team",))["persons"]


def test_a_snapshot_signed_by_a_case_managers_device_is_refused(history, hub, tmp_path):
    laptops, at = history
    cm_state = state_of(laptops["cm"])
    forger = Ed25519PrivateKey.from_private_bytes(unb64(cm_state.sign_key))
    with laptops["cm"].read() as session:
        dumped = {s: snapshot.dump_scope(session.connection(), s) for s in ("team", "clinical")}
    dumped["team"]["state"] = {name: getattr(cm_state, name) for name in snapshot.STATE_FIELDS}
    assert cm_state.own_entry       # its own membership entry: it chains to the anchor, with the wrong role
    sealed = [snapshot.seal_one(cm_state, s, cm_state.cursor_seq, cm_state.cursor_hash, dumped[s], forger)
              for s in ("team", "clinical")]
    with _admin(hub) as admin:
        for sid, scope, epoch, header, body in sealed:
            admin.execute("INSERT INTO relais_hub.snapshots (snapshot_id, team_id, scope, epoch, seq, device_id, "
                          "header, body) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                          (sid, cm_state.team_id, scope, epoch, at + 1, cm_state.device_id, header, body))
    laptop = join(laptops["sup"], tmp_path, "late", "case_manager")
    laptops["late"] = laptop
    state = state_of(laptop)
    assert state.cursor_seq == 0
    assert {"snapshot_refused:sealer"} <= {r["reason"] for r in state.reports}
    assert sync(laptop).refused == []


def test_a_supervisor_seals_by_policy_once_the_log_has_grown(hub, tmp_path, monkeypatch):
    sup = new_vault(tmp_path, "sup", "supervisor")
    team_setup.create_team(sup, hub.enrol_dsn)
    monkeypatch.setattr(snapshot, "SNAPSHOT_EVERY", 3)
    monkeypatch.setattr(snapshot.maybe_seal, "__defaults__", (3,))
    try:
        PersonService(sup).create({"alias": "Un"})
        sync(sup)
        with HubClient(state_of(sup).dsn) as client:
            assert client.latest_snapshot_seq() == state_of(sup).cursor_seq > 0
            before = client.latest_snapshot_seq()
        PersonService(sup).create({"alias": "Deux"})       # not enough new operations: no new set
        sync(sup)
        with HubClient(state_of(sup).dsn) as client:
            assert client.latest_snapshot_seq() == before
    finally:
        sup.lock()


def test_a_pending_change_keeps_a_supervisor_from_sealing(history):
    laptops, at = history
    sup = laptops["sup"]
    PersonService(sup).create({"alias": "Pas encore envoyé"})
    with HubClient(state_of(sup).dsn) as client:
        assert snapshot.seal_snapshots(sup, client) == 0


def test_a_hub_made_before_snapshots_is_upgraded_and_a_supervisors_sync_works_meanwhile(hub, tmp_path):
    from app.hub.admin import upgrade_hub

    with _admin(hub) as admin:
        admin.execute("DROP FUNCTION relais_hub.put_snapshots, relais_hub.latest_snapshots, "
                      "relais_hub.latest_snapshot_seq; DROP TABLE relais_hub.snapshots")
    sup = new_vault(tmp_path, "sup", "supervisor")
    try:
        team_setup.create_team(sup, hub.enrol_dsn)
        PersonService(sup).create({"alias": "Ancien hub"})
        assert snapshot.maybe_seal.__defaults__ == (snapshot.SNAPSHOT_EVERY,)
        assert sync(sup).in_step                                  # no snapshot, no failure
        assert upgrade_hub(hub.admin_dsn) is True
        assert upgrade_hub(hub.admin_dsn) is False
        with HubClient(state_of(sup).dsn) as client:
            assert snapshot.seal_snapshots(sup, client) == state_of(sup).cursor_seq
            assert [s.scope for s in client.latest_snapshots()] == ["clinical", "supervision", "team"]
    finally:
        sup.lock()
