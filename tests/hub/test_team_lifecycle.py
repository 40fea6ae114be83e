"""A team changes, over a real PostgreSQL hub: a member leaves, a laptop is lost, a role is
lowered. Each starts a key epoch that the devices that left never receive."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.errors import RelaisError
from app.hub.client import HubClient
from app.hub.envelope import OpHeader, seal
from app.hub.wire import WireOp
from app.services.persons.records import PersonService
from app.services.team import leaving
from app.services.team import setup as team_setup
from app.services.team.exchange import sync
from app.services.team.state import require_state, unb64
from tests.hub.team_support import CHEAP, names, new_vault


def state_of(ws):
    with ws.read() as session:
        return require_state(session)


def test_a_removed_member_is_refused_and_lists_the_changes_that_never_reached_the_team(team):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    PersonService(peer).create({"alias": "Avant le départ"})
    for ws in (peer, sup, cm):
        sync(ws)
    PersonService(peer).create({"alias": "Hors ligne"})         # offline, never pushed
    before = state_of(sup).current_epoch("team")
    departure = leaving.remove_member(sup, "peer")
    assert departure.rotated["team"] == before + 1 and departure.not_handed == []
    with pytest.raises(RelaisError) as refused:
        sync(peer)
    assert refused.value.code == "team.removed"
    unsent = leaving.unsent_changes(peer)
    assert {r["person"] for r in unsent} == {"Hors ligne"} and ("persons", "upsert") in {
        (r["table"], r["kind"]) for r in unsent}
    assert sync(cm).refused == []
    assert state_of(cm).current_epoch("team") == before + 1          # the new key reached cm
    assert names(cm) == names(sup) == ["Avant le départ"]
    assert state_of(peer).key("team", before + 1) is None             # never for the removed laptop


def test_work_after_the_removal_is_sealed_under_the_new_epoch_and_still_converges(team):
    cm, sup = team["cm"], team["sup"]
    sync(team["peer"])
    leaving.remove_member(sup, "peer")
    PersonService(sup).create({"alias": "Après"})
    PersonService(cm).create({"alias": "Pendant"})      # cm sealed nothing yet; its next push uses epoch 2
    for ws in (cm, sup, cm):
        assert sync(ws).refused == []
    assert names(cm) == names(sup) == ["Après", "Pendant"]
    with psycopg.connect(team_hub_admin(sup), autocommit=True) as admin:
        epochs = admin.execute("SELECT DISTINCT b.epoch FROM relais_hub.op_bodies b "
                               "WHERE b.scope = 'team' AND b.seq > (SELECT max(after_seq) FROM relais_hub.epochs "
                               "WHERE scope = 'team')").fetchall()
    assert epochs == [(2,)]


def team_hub_admin(ws) -> str:
    return _ADMIN[0]


_ADMIN: list[str] = []


@pytest.fixture(autouse=True)
def _admin(hub):
    _ADMIN[:] = [hub.admin_dsn]


def test_a_change_sealed_before_the_rotation_is_sealed_again_and_arrives(team):
    cm, sup = team["cm"], team["sup"]
    PersonService(cm).create({"alias": "Scellée trop tôt"})
    from app.services.team import exchange

    state = state_of(cm)
    exchange._seal_all(cm, state)                        # sealed under epoch 1, not pushed
    sync(team["peer"])
    leaving.remove_member(sup, "peer")
    assert sync(cm).refused == []
    assert sync(sup).refused == []
    assert names(sup) == ["Scellée trop tôt"]


def test_operations_signed_by_a_removed_device_after_its_removal_are_refused_by_every_replica(team):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    sync(peer)
    leaving.remove_member(sup, "peer")
    sync(cm)
    # A hub that lets the removed laptop in again, and a copy of the new key that leaked to it.
    peer_state, sup_state = state_of(peer), state_of(sup)
    with psycopg.connect(_ADMIN[0], autocommit=True) as admin:
        admin.execute("UPDATE relais_hub.devices SET enabled = true WHERE device_id = %s", (peer_state.device_id,))
        login = admin.execute("SELECT login_role FROM relais_hub.logins WHERE device_id = %s",
                              (peer_state.device_id,)).fetchone()[0]
        admin.execute(f'ALTER ROLE "{login}" LOGIN')
    epoch = sup_state.current_epoch("team")
    op = {"op_id": str(uuid.uuid4()), "schema_version": 1, "table": "persons", "gid": str(uuid.uuid4()),
          "kind": "upsert", "fields": {"alias": "Intrus"}, "base": {}}
    header = OpHeader(uuid.UUID(peer_state.team_id), uuid.UUID(peer_state.device_id), peer_state.device_seq + 1,
                      bytes.fromhex(peer_state.device_prev), "team", epoch, 1, b"", uuid.UUID(op["op_id"]))
    sealed = seal(header, json.dumps(op).encode(), Ed25519PrivateKey.from_private_bytes(unb64(peer_state.sign_key)),
                  sup_state.key("team", epoch) or b"")
    with HubClient(peer_state.dsn) as hub:
        hub.push([WireOp(header.op_id, "team", epoch, b"", sealed.header, sealed.body)])
    for ws in (sup, cm):
        assert [r["reason"] for r in sync(ws).refused] == ["removed_signer"]
        assert "Intrus" not in names(ws)


def test_a_lost_laptop_is_revoked_and_its_member_joins_again_in_step(team, tmp_path):
    cm, sup = team["cm"], team["sup"]
    PersonService(cm).create({"alias": "Dossier"})
    sync(cm)
    lost = state_of(cm).device_id
    departure = leaving.revoke_device(sup, lost)
    assert departure.devices == [lost] and set(departure.rotated) == {"team", "clinical"}
    with pytest.raises(RelaisError) as refused:
        sync(cm)
    assert refused.value.code == "team.removed"
    invited = team_setup.invite(sup, "cm", "case_manager", tmp_path / "again.relaisinvite", kdf=CHEAP)
    laptop = new_vault(tmp_path, "cm2", "supervisor")
    team_setup.join(laptop, invited.path, invited.code)
    assert sync(laptop).in_step
    assert names(laptop) == ["Dossier"]
    PersonService(laptop).create({"alias": "Nouveau"})
    sync(laptop)
    assert sync(sup).refused == [] and names(sup) == ["Dossier", "Nouveau"]
    laptop.lock()


def test_lowering_a_role_rotates_the_scopes_it_loses_and_the_laptop_erases_them(team):
    cm, sup = team["cm"], team["sup"]
    pid = PersonService(cm).create({"alias": "Suivi"})
    _clinical_row(cm, pid)
    for ws in (cm, sup):
        sync(ws)
    assert _count(sup, "assessments") == 1
    departure = leaving.lower_role(sup, "cm", "peer_worker")
    assert set(departure.rotated) == {"clinical"}
    report = sync(cm)
    assert report.refused == []
    state = state_of(cm)
    assert state.role == "peer_worker" and "clinical" not in state.scopes and "clinical" not in state.keys
    assert _count(cm, "assessments") == 0 and names(cm) == ["Suivi"]
    assert state_of(sup).members[state.device_id]["role"] == "peer_worker"


def _clinical_row(ws, person_id: int) -> None:
    from datetime import date

    from app.services.cansas.assessments import create_assessment

    create_assessment(ws, person_id, date.today(), "staff")


def _count(ws, table: str) -> int:
    with ws.read() as session:
        return session.connection().exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
