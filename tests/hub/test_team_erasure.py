"""Erasure across the team, over a real PostgreSQL hub: a signed tombstone erases the person on
every replica, the hub purges every operation about them, late operations are dropped, and a
peer worker's forged tombstone is refused everywhere."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from datetime import date

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.hub.client import HubClient
from app.hub.envelope import OpHeader, seal
from app.hub.wire import WireOp
from app.models.erasure import read_erased_gids
from app.services.cansas.assessments import create_assessment
from app.services.persons.records import PersonService
from app.services.rights.collect import erase_person
from app.services.team import membership
from app.services.team.control import person_tags
from app.services.team.exchange import sync
from app.services.team.state import require_state, unb64
from tests.hub.team_support import names

SECRET = "Quartermaine"


def state_of(ws):
    with ws.read() as session:
        return require_state(session)


def gid_of(ws, pid: int) -> str:
    with ws.read() as session:
        return session.connection().exec_driver_sql("SELECT gid FROM persons WHERE id = ?", (pid,)).scalar()


def traces(ws, needle: str) -> list[str]:
    """Every table of the replica (its own key opens it) that still holds `needle` anywhere,
    but the team state and `erased_gids`, which keep erased gids on purpose (so that neither a
    late operation nor a restored backup brings them back): a random id, nothing else."""
    found = []
    with ws.read() as session:
        conn = session.connection()
        for (table,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").all():
            if table == "audit_events" or (table in ("vault_settings", "erased_gids") and len(needle) == 36):
                continue
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"').all():
                if needle in " ".join(str(v) for v in row):
                    found.append(table)
                    break
    return found


def erased_gids(ws) -> set[str]:
    with ws.read() as session:
        return read_erased_gids(session.connection())


def hub_rows_with_ciphertext(admin_dsn: str, tags: list[str]) -> int:
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        return admin.execute("SELECT count(*) FROM relais_hub.op_bodies WHERE ciphertext IS NOT NULL "
                             "AND tag = ANY(%s)", ([bytes.fromhex(t) for t in tags],)).fetchone()[0]


def _person_with_records(ws) -> int:
    pid = PersonService(ws).create({"given_names": "Zénobie", "family_name": SECRET, "niss": "85.07.30-033.28"})
    create_assessment(ws, pid, date.today(), "staff")
    return pid


def test_erasure_on_one_laptop_reaches_every_replica_and_the_hub_keeps_only_stubs(hub, team):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    pid = _person_with_records(cm)
    PersonService(cm).create({"alias": "Reste"})
    for ws in (cm, sup, peer):
        sync(ws)
    gid = gid_of(cm, pid)
    assert SECRET in " ".join(names(sup))
    erase_person(cm, pid)
    for ws in (cm, sup, peer, cm):
        assert sync(ws).refused == []
    for ws in (cm, sup, peer):
        assert names(ws) == ["Reste"]
        assert traces(ws, gid) == [] and traces(ws, SECRET) == []
        assert gid in state_of(ws).erased
        assert gid in erased_gids(ws)    # remembered by the vault: a restored backup erases it again
    tags = person_tags(state_of(sup), gid)
    assert hub_rows_with_ciphertext(hub.admin_dsn, tags) == 0
    with psycopg.connect(hub.admin_dsn, autocommit=True) as admin:
        stubs = admin.execute("SELECT count(*) FROM relais_hub.op_bodies WHERE ciphertext IS NULL").fetchone()[0]
    assert stubs >= 3                    # the person, the worker link, the assessment: headers remain
    if shutil.which("pg_dump"):
        dump = subprocess.run([shutil.which("pg_dump"), hub.admin_dsn], capture_output=True, check=True).stdout
        assert SECRET.encode() not in dump and gid.encode() not in dump


def test_a_late_change_from_an_offline_laptop_is_dropped_and_purged(hub, team):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    pid = PersonService(cm).create({"given_names": "Zénobie", "family_name": SECRET})
    for ws in (cm, sup, peer):
        sync(ws)
    gid = gid_of(peer, pid)
    peer_pid = PersonService(peer).rows()[0].id
    PersonService(peer).update(peer_pid, {"alias": "Zézé"})          # offline, after what it saw
    erase_person(cm, pid)
    sync(cm)
    assert sync(peer).refused == []                                  # pushes the late change, then the tombstone
    assert names(peer) == [] and traces(peer, gid) == []
    for ws in (sup, cm):
        sync(ws)
        assert names(ws) == [] and traces(ws, "Zézé") == [] and traces(ws, gid) == []
    assert hub_rows_with_ciphertext(hub.admin_dsn, person_tags(state_of(sup), gid)) == 0


def test_a_peer_workers_forged_tombstone_is_refused_everywhere(team):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    pid = PersonService(cm).create({"alias": "Protégée"})
    for ws in (cm, peer):
        sync(ws)
    gid = gid_of(cm, pid)
    state = state_of(peer)
    signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    record = membership.control_record("tombstone", state.team_id, state.device_id, person=gid, tags=[])
    op = {"op_id": str(uuid.uuid4()), "schema_version": 1, "table": "_membership", "gid": "", "kind": "control",
          "control": membership.sign(record, signer)}
    epoch = state.current_epoch("team")
    header = OpHeader(uuid.UUID(state.team_id), uuid.UUID(state.device_id), state.device_seq + 1,
                      bytes.fromhex(state.device_prev), "team", epoch, 1, b"", uuid.UUID(op["op_id"]))
    sealed = seal(header, json.dumps(op).encode(), signer, state.key("team", epoch) or b"")
    with HubClient(state.dsn) as hub:
        hub.push([WireOp(header.op_id, "team", epoch, b"", sealed.header, sealed.body)])
    for ws in (sup, cm, peer):
        report = sync(ws)
        assert [r["reason"] for r in report.refused] == ["role_tombstone"]
        assert names(ws) == ["Protégée"] and gid not in state_of(ws).erased


def test_two_laptops_erasing_the_same_person_concurrently_agree(hub, team):
    cm, sup = team["cm"], team["sup"]
    pid = PersonService(cm).create({"given_names": "Zénobie", "family_name": SECRET})
    for ws in (cm, sup):
        sync(ws)
    gid = gid_of(cm, pid)
    erase_person(cm, pid)
    erase_person(sup, PersonService(sup).rows()[0].id)
    for ws in (cm, sup, cm):
        assert sync(ws).refused == []
    for ws in (cm, sup):
        assert names(ws) == [] and gid in state_of(ws).erased and traces(ws, gid) == []


@pytest.mark.parametrize("who", ["sup"])
def test_an_erased_person_does_not_come_back_with_a_new_laptop(team, tmp_path, who):
    from app.services.team import setup as team_setup
    from tests.hub.team_support import CHEAP, new_vault

    cm, sup = team["cm"], team["sup"]
    pid = PersonService(cm).create({"given_names": "Zénobie", "family_name": SECRET})
    sync(cm)
    gid = gid_of(cm, pid)
    erase_person(cm, pid)
    sync(cm)
    invited = team_setup.invite(sup, "new", "case_manager", tmp_path / "new.relaisinvite", kdf=CHEAP)
    laptop = new_vault(tmp_path, "new", "supervisor")
    team_setup.join(laptop, invited.path, invited.code)
    assert sync(laptop).in_step
    assert names(laptop) == [] and gid in state_of(laptop).erased
    laptop.lock()
