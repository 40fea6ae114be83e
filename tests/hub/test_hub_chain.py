"""The hash chain catches a hub that drops, reorders, alters, forks or rolls back its log."""

from __future__ import annotations

import uuid
from dataclasses import replace

import psycopg
import pytest

from app.hub import (
    GENESIS,
    ChainBroken,
    ChainCursor,
    Head,
    PulledOp,
    chain_hash,
    op_digest,
    verify_chain,
    verify_head,
)
from tests.hub.hub_support import random_ops


def _log(n: int, start: ChainCursor = GENESIS) -> list[PulledOp]:
    rows, prev = [], start.hash
    for seq in range(start.seq + 1, start.seq + n + 1):
        header, ciphertext, op_id = f"h{seq}".encode(), f"c{seq}".encode(), uuid.uuid4()
        digest = op_digest(header, ciphertext)
        rows.append(PulledOp(seq, op_id, digest, prev, chain_hash(prev, seq, op_id, digest), header=header,
                             ciphertext=ciphertext))
        prev = rows[-1].hash
    return rows


def _broken(cursor, rows) -> ChainBroken:
    with pytest.raises(ChainBroken) as broken:
        verify_chain(cursor, rows)
    return broken.value


def test_a_sound_log_verifies_in_pages_and_stubs_verify_too():
    rows = _log(6)
    middle = verify_chain(GENESIS, rows[:3])
    stubbed = [replace(r, header=None, ciphertext=None) if r.seq == 5 else r for r in rows[3:]]
    assert verify_chain(middle, stubbed) == ChainCursor(6, rows[-1].hash)
    verify_head(ChainCursor(6, rows[-1].hash), Head(6, rows[-1].hash))
    verify_head(middle, Head(6, rows[-1].hash))


def test_each_kind_of_tampering_is_named():
    rows = _log(5)
    assert (_broken(GENESIS, rows[:2] + rows[3:]).reason, _broken(GENESIS, rows[:2] + rows[3:]).seq) == ("gap", 3)
    assert _broken(GENESIS, [rows[0], rows[2], rows[1]]).reason == "gap"
    swapped = [rows[0], replace(rows[2], seq=2), replace(rows[1], seq=3)]   # renumbered to hide the swap
    assert _broken(GENESIS, swapped).reason in ("hash", "prev_hash")
    assert _broken(GENESIS, [rows[0], replace(rows[1], ciphertext=b"altered")]).reason == "digest"
    assert _broken(GENESIS, [rows[0], replace(rows[1], digest=bytes(32))]).reason == "hash"
    other = _log(2, ChainCursor(3, b"\x01" * 32))          # another history after seq 3
    assert _broken(ChainCursor(3, rows[2].hash), other).reason == "forked"
    with pytest.raises(ChainBroken) as behind:
        verify_head(ChainCursor(5, rows[4].hash), Head(3, rows[2].hash))
    assert behind.value.reason == "rolled_back"
    with pytest.raises(ChainBroken) as beside:
        verify_head(ChainCursor(5, rows[4].hash), Head(5, bytes(32)))
    assert beside.value.reason == "forked"


def _as_admin(hub, *statements: str) -> None:
    with psycopg.connect(hub.admin_dsn, autocommit=True) as admin:
        for statement in statements:
            admin.execute(statement)


def test_a_row_dropped_on_the_hub_is_detected(hub):
    _, sup = hub.create_team()
    sup.push(random_ops(5))
    _as_admin(hub, "DELETE FROM relais_hub.op_bodies WHERE seq = 3", "DELETE FROM relais_hub.ops WHERE seq = 3")
    with pytest.raises(ChainBroken) as broken:
        sup.pull_verified(GENESIS)
    assert (broken.value.reason, broken.value.seq) == ("gap", 3)


def test_a_reordered_pair_on_the_hub_is_detected(hub):
    _, sup = hub.create_team()
    sup.push(random_ops(4))
    # Swap rows 2 and 3 but keep the chain columns in place, as a hub reordering payloads would.
    _as_admin(hub, """DO $$ DECLARE a record; b record; BEGIN
        SELECT op_id, digest INTO a FROM relais_hub.ops WHERE seq = 2;
        SELECT op_id, digest INTO b FROM relais_hub.ops WHERE seq = 3;
        UPDATE relais_hub.ops SET op_id = gen_random_uuid() WHERE seq = 2;
        UPDATE relais_hub.ops SET op_id = a.op_id, digest = a.digest WHERE seq = 3;
        UPDATE relais_hub.ops SET op_id = b.op_id, digest = b.digest WHERE seq = 2;
    END $$""")
    with pytest.raises(ChainBroken) as broken:
        sup.pull_verified(GENESIS)
    assert (broken.value.reason, broken.value.seq) == ("hash", 2)


def test_a_hub_rolled_back_to_an_older_state_is_detected_then_the_fork(hub):
    team, sup = hub.create_team()
    _, device = hub.join(sup, "case_manager", ("team", "clinical"))
    sup.push(random_ops(5))
    _, cursor = device.pull_verified(GENESIS)
    assert cursor.seq == 5
    # "Restore an older backup": the hub forgets rows 4 and 5.
    _as_admin(hub, "DELETE FROM relais_hub.op_bodies WHERE seq > 3", "DELETE FROM relais_hub.ops WHERE seq > 3",
              f"UPDATE relais_hub.team_heads SET last_seq = 3, last_hash = "
              f"(SELECT hash FROM relais_hub.ops WHERE seq = 3 AND team_id = '{team.team_id}')")
    with pytest.raises(ChainBroken) as broken:
        device.pull_verified(cursor)
    assert broken.value.reason == "rolled_back"
    # The restored hub then accepts new work: it reaches seq 6 on another history.
    sup.push(random_ops(3))
    with pytest.raises(ChainBroken) as forked:
        device.pull_verified(cursor)
    assert (forked.value.reason, forked.value.seq) == ("forked", 6)
