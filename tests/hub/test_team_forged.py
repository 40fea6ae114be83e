"""Operations that must never be applied, and hub rows that members must never touch, over a
real hub with a team's laptops: an operation whose body was altered, sealed under a wrong key,
signed by another key, or with a body taken from another operation is refused by every replica,
reported, and never applied, while the sender's next genuine change still arrives; a member's
credentials cannot insert, update, delete or truncate any hub row (PostgreSQL refuses)."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from psycopg import errors as pg_errors

from app.hub.client import HubClient
from app.hub.schema import TABLE_NAMES
from app.services.persons.records import PersonService
from app.services.team import snapshot
from app.services.team.exchange import sync
from app.services.team.state import b64, require_state
from tests.hub.team_support import names
from tests.hub.test_team_faults import _forge


def state_of(ws):
    with ws.read() as session:
        return require_state(session)


def upsert(alias: str) -> dict:
    return {"op_id": str(uuid.uuid4()), "schema_version": 1, "table": "persons", "gid": str(uuid.uuid4()),
            "kind": "upsert", "fields": {"alias": alias}, "base": {}}


def test_altered_miskeyed_missigned_or_spliced_operations_are_refused_reported_and_never_applied(team):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    for ws in (sup, cm, peer):
        sync(ws)
    state = state_of(cm)
    altered = _forge(cm, "team", upsert("Altéré"))
    flipped = bytearray(altered.ciphertext)
    flipped[20] ^= 1
    altered = replace(altered, ciphertext=bytes(flipped))
    real_key = state.keys["team"][str(state.current_epoch("team"))]
    state.keys["team"][str(state.current_epoch("team"))] = b64(os.urandom(32))
    misked = _forge_with(cm, state, upsert("Mauvaise clé"))
    state.keys["team"][str(state.current_epoch("team"))] = real_key
    missigned = _forge_with(cm, state, upsert("Autre signature"), signer=Ed25519PrivateKey.generate())
    donor = _forge(cm, "team", upsert("Greffé"))
    spliced = replace(_forge(cm, "team", upsert("Porteur")), ciphertext=donor.ciphertext)
    with HubClient(state.dsn) as hub:
        hub.push([altered, misked, missigned, spliced])
    expected = ["decrypt", "decrypt", "signature", "decrypt"]
    for ws in (sup, peer, cm):                                 # the sender's own laptop too
        report = sync(ws)
        assert [r["reason"] for r in report.refused] == expected
        assert [r["reason"] for r in state_of(ws).reports if r["reason"] in ("decrypt", "signature")] == expected
        assert "Greffé" not in names(ws) and names(ws) == []
    # The sender's genuine operations after them still arrive, with no gap in its chain.
    PersonService(cm).create({"alias": "Après"})
    assert sync(cm).refused == [] and names(cm) == ["Après"] and sync(cm).in_step
    for ws in (sup, peer):
        assert sync(ws).refused == []
        assert names(ws) == ["Après"]
        assert not [r for r in state_of(ws).reports if r["reason"] == "device_gap"]


def _forge_with(ws, state, op: dict, signer: Ed25519PrivateKey | None = None):
    """As _forge, with the given (possibly altered) state's keys and another signer if given."""
    import json

    from app.hub.envelope import OpHeader, seal
    from app.hub.wire import WireOp
    from app.services.team.state import unb64

    epoch = state.current_epoch("team")
    header = OpHeader(uuid.UUID(state.team_id), uuid.UUID(state.device_id), state.device_seq + 1,
                      bytes.fromhex(state.device_prev), "team", epoch, 1, b"", uuid.UUID(op["op_id"]))
    signer = signer or Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    sealed = seal(header, json.dumps(op).encode(), signer, unb64(state.keys["team"][str(epoch)]))
    return WireOp(header.op_id, "team", epoch, b"", sealed.header, sealed.body)


def _hub_rows(hub) -> dict[str, list]:
    with hub.pg.superuser(hub.dbname) as su:
        return {table: sorted(map(repr, su.execute(f"SELECT * FROM relais_hub.{table}").fetchall()))
                for table in (*TABLE_NAMES, "snapshots")}


@pytest.mark.parametrize("who", ["cm", "peer", "sup"])
def test_a_members_credentials_cannot_write_or_erase_any_hub_row(hub, team, who):
    sup = team["sup"]
    PersonService(team["cm"]).create({"alias": "Sur le hub"})
    for ws in (team["cm"], sup, team["peer"]):
        sync(ws)
    with HubClient(state_of(sup).dsn) as client:
        assert snapshot.seal_snapshots(sup, client) > 0        # a snapshot set is on the hub too
    before = _hub_rows(hub)
    assert all(before[t] for t in ("ops", "op_bodies", "devices", "epochs", "snapshots"))
    statements = ["UPDATE relais_hub.{t} SET team_id = team_id", "DELETE FROM relais_hub.{t}",
                  "INSERT INTO relais_hub.{t} SELECT * FROM relais_hub.{t}", "TRUNCATE relais_hub.{t}",
                  "INSERT INTO relais_hub.{t} (team_id) VALUES (gen_random_uuid())"]
    with psycopg.connect(state_of(team[who]).dsn, autocommit=True) as conn:
        for table in (*TABLE_NAMES, "snapshots"):
            for statement in statements:
                with pytest.raises(pg_errors.InsufficientPrivilege):
                    conn.execute(statement.format(t=table))
    assert _hub_rows(hub) == before
    for ws in (team["cm"], sup, team["peer"]):
        assert sync(ws).in_step
