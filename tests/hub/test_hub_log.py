"""The operation log: push, pull, ordering under concurrency, scopes, epochs, purge."""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import replace

import psycopg
import pytest

from app.hub import GENESIS, HubRefused, op_digest, verify_chain
from tests.hub.hub_support import random_ops


def _refusal(call) -> HubRefused:
    with pytest.raises(HubRefused) as refused:
        call()
    return refused.value


def test_push_then_pull_round_trips_every_field_in_order(hub):
    team, sup = hub.create_team()
    ops = random_ops(3) + random_ops(2, scope="clinical")
    pushed = sup.push(ops)
    assert [(p.op_id, p.seq, p.created) for p in pushed] == [(o.op_id, i + 1, True) for i, o in enumerate(ops)]
    rows = sup.pull(0)
    assert [(r.seq, r.op_id, r.scope, r.epoch, r.header, r.ciphertext, r.device_id) for r in rows] == [
        (i + 1, o.op_id, o.scope, o.epoch, o.header, o.ciphertext, team.device_id) for i, o in enumerate(ops)]
    assert all(r.digest == op_digest(o.header, o.ciphertext) for r, o in zip(rows, ops))
    cursor = verify_chain(GENESIS, rows)
    head = sup.head()
    assert (head.seq, head.hash) == (cursor.seq, cursor.hash) == (5, rows[-1].hash)
    assert [r.seq for r in sup.pull(2, limit=2)] == [3, 4]


def test_pushing_again_is_idempotent_on_the_op_id(hub):
    _, sup = hub.create_team()
    ops = random_ops(3)
    sup.push(ops)
    head = sup.head()
    again = sup.push([ops[1], *random_ops(1), ops[0]])
    assert [(p.seq, p.created) for p in again] == [(2, False), (4, True), (1, False)]
    assert sup.head().seq == head.seq + 1
    twice = random_ops(1)[0]
    assert [(p.seq, p.created) for p in sup.push([twice, twice])] == [(5, True), (5, False)]
    assert _refusal(lambda: sup.push([replace(ops[2], ciphertext=b"other")])).reason == "op_id_reused"
    fresh = random_ops(1)[0]
    assert _refusal(lambda: sup.push([fresh, replace(fresh, header=b"other")])).reason == "op_id_reused"
    _, other_team = hub.create_team()
    assert _refusal(lambda: other_team.push([ops[0]])).reason == "op_id_reused"
    assert other_team.head().seq == 0


def test_a_late_commit_is_never_skipped_by_a_cursor(hub):
    """Push A holds its transaction open; push B (another device, another connection) must wait
    for it, so a reader never sees B's seq while A's lower seq is still invisible."""
    team, sup = hub.create_team()
    member, device_b = hub.join(sup, "case_manager", ("team", "clinical"))
    sup.push(random_ops(1))
    cursor = verify_chain(GENESIS, sup.pull(0))
    op_a, op_b = random_ops(2)
    holder = psycopg.connect(team.credentials.dsn)          # not autocommit: A stays uncommitted
    holder.execute("SELECT * FROM relais_hub.push(%s, %s, %s, %s, %s, %s)",
                   ([op_a.op_id], [op_a.scope], [op_a.epoch], [op_a.tag], [op_a.header], [op_a.ciphertext]))
    result: dict = {}
    thread = threading.Thread(target=lambda: result.setdefault("b", device_b.push([op_b])))
    thread.start()
    try:
        with hub.pg.superuser(hub.dbname) as su:
            deadline = time.monotonic() + 20
            while not su.execute("SELECT 1 FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'",
                                 (member.credentials.login,)).fetchone():
                assert "b" not in result, "push B went ahead of the uncommitted push A"
                assert time.monotonic() < deadline, "push B neither waited nor finished"
                time.sleep(0.02)
        reader = hub.client(member.credentials.dsn)
        rows, seen = reader.pull_verified(cursor)
        assert rows == [] and seen == cursor
    finally:
        holder.commit()
        holder.close()
        thread.join(20)
    assert [(p.op_id, p.seq) for p in result["b"]] == [(op_b.op_id, 3)]
    rows, cursor = reader.pull_verified(cursor)
    assert [(r.seq, r.op_id) for r in rows] == [(2, op_a.op_id), (3, op_b.op_id)]


def test_a_peer_worker_gets_stubs_for_clinical_rows_and_cannot_push_them(hub):
    team, sup = hub.create_team()
    _, peer = hub.join(sup, "peer_worker", ("team",))
    sup.push(random_ops(1) + random_ops(1, scope="clinical") + random_ops(1, scope="supervision")
             + random_ops(1, scope=team.private_scope) + random_ops(1))
    rows, cursor = peer.pull_verified(GENESIS)
    assert [r.readable for r in rows] == [True, False, False, False, True]
    for stub in rows[1:4]:
        assert (stub.header, stub.ciphertext, stub.scope, stub.epoch, stub.device_id, stub.received_at) == (
            None, None, None, None, None, None)
        assert len(stub.digest) == len(stub.hash) == len(stub.prev_hash) == 32
    assert cursor == sup.pull_verified(GENESIS)[1]
    peer.push(random_ops(1))
    assert _refusal(lambda: peer.push(random_ops(1, scope="clinical"))).reason == "scope_not_writable"
    assert _refusal(lambda: peer.push(random_ops(1, scope="supervision"))).reason == "scope_not_writable"


def test_no_one_reads_another_members_private_scope(hub):
    _, sup = hub.create_team()
    member, device = hub.join(sup, "case_manager", ("team", "clinical"))
    device.push(random_ops(1, scope=member.private_scope))
    assert [r.readable for r in sup.pull(0)] == [False]
    assert [r.readable for r in device.pull(0)] == [True]
    assert _refusal(lambda: sup.push(random_ops(1, scope=member.private_scope))).reason == "scope_not_writable"


def test_pushes_must_use_the_current_epoch_of_their_scope(hub):
    _, sup = hub.create_team()
    sup.push(random_ops(1, epoch=1))
    sup.register_epoch("team", 2, b"rotation")
    assert _refusal(lambda: sup.push(random_ops(1, epoch=1))).reason == "stale_epoch"
    assert _refusal(lambda: sup.push(random_ops(1, epoch=3))).reason == "unknown_epoch"
    assert sup.push(random_ops(1, epoch=2))[0].seq == 2


def test_purge_drops_ciphertext_keeps_the_chain_and_purges_late_arrivals(hub):
    _, sup = hub.create_team()
    _, case_manager = hub.join(sup, "case_manager", ("team", "clinical"))
    _, peer = hub.join(sup, "peer_worker", ("team",))
    tag = b"record-tag-of-a-person"
    about = [replace(o, tag=tag) for o in random_ops(1) + random_ops(1, scope="clinical")]
    sup.push([about[0], *random_ops(1), about[1]])
    assert peer.purge([tag]) == 0                      # a peer worker may not erase shared records
    assert case_manager.purge([tag]) == 2
    late = replace(random_ops(1, scope="clinical")[0], tag=tag)
    case_manager.push([late])
    rows, _ = case_manager.pull_verified(GENESIS)      # the chain still verifies
    assert [(r.readable, r.purged) for r in rows] == [(True, True), (True, False), (True, True), (True, True)]
    assert rows[0].header == about[0].header


def test_malformed_batches_are_refused_before_anything_is_written(hub):
    _, sup = hub.create_team()
    big = random_ops(1, size=0)[0]
    refused = _refusal(lambda: sup.push([random_ops(1)[0], replace(big, header=b"h" * 5000)]))
    assert refused.reason == "op_too_large"
    with pytest.raises(HubRefused):
        sup._call("push", [uuid.uuid4()], ["team"], [1], [b"t"], [b"h"], [])
    assert sup.head().seq == 0
