"""Key epochs (one rotation wins) and key packages (only for devices that may read the scope)."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from app.hub import HubRefused
from tests.hub.hub_support import random_ops


def _refusal(call) -> HubRefused:
    with pytest.raises(HubRefused) as refused:
        call()
    return refused.value


def test_epochs_follow_each_other_and_a_taken_one_is_refused(hub):
    _, sup = hub.create_team()
    _, sup2 = hub.join(sup, "supervisor", ("team", "clinical", "supervision"))
    sup.register_epoch("clinical", 2, b"rotation by the first supervisor")
    assert _refusal(lambda: sup2.register_epoch("clinical", 2, b"late")).reason == "epoch_taken"
    assert _refusal(lambda: sup2.register_epoch("clinical", 4, b"skip")).reason == "epoch_gap"
    assert sup2.current_epochs()["clinical"] == 2
    assert [(e.epoch, e.record) for e in sup2.list_epochs() if e.scope == "clinical"] == [
        (1, b"epoch-record-1"), (2, b"rotation by the first supervisor")]
    sup.push(random_ops(2, scope="clinical", epoch=2))
    sup.register_epoch("clinical", 3, b"third")
    assert [e.after_seq for e in sup.list_epochs() if e.scope == "clinical"] == [0, 0, 2]


def test_two_concurrent_rotations_one_wins(hub):
    team, sup = hub.create_team()
    second, sup2 = hub.join(sup, "supervisor", ("team", "clinical", "supervision"))
    holder = psycopg.connect(team.credentials.dsn)     # rotation A, not yet committed
    holder.execute("SELECT relais_hub.register_epoch('team', 2, %s)", (b"A",))
    outcome: dict = {}

    def rotate_b() -> None:
        try:
            sup2.register_epoch("team", 2, b"B")
            outcome["b"] = "won"
        except HubRefused as refused:
            outcome["b"] = refused.reason

    thread = threading.Thread(target=rotate_b)
    thread.start()
    try:
        with hub.pg.superuser(hub.dbname) as su:
            deadline = time.monotonic() + 20
            while not su.execute("SELECT 1 FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'",
                                 (second.credentials.login,)).fetchone():
                assert "b" not in outcome and time.monotonic() < deadline
                time.sleep(0.02)
    finally:
        holder.commit()
        holder.close()
        thread.join(20)
    assert outcome == {"b": "epoch_taken"}
    assert [(e.epoch, e.record) for e in sup.list_epochs() if e.scope == "team"] == [(1, b"epoch-record-1"),
                                                                                    (2, b"A")]


def test_only_supervisors_rotate_shared_scopes_and_members_their_private_one(hub):
    _, sup = hub.create_team()
    member, case_manager = hub.join(sup, "case_manager", ("team", "clinical"))
    _, peer = hub.join(sup, "peer_worker", ("team",))
    assert _refusal(lambda: case_manager.register_epoch("team", 2, b"x")).reason == "supervisor_only"
    assert _refusal(lambda: peer.register_epoch("clinical", 2, b"x")).reason == "scope_not_readable"
    assert _refusal(lambda: sup.register_epoch(member.private_scope, 2, b"x")).reason == "scope_not_readable"
    case_manager.register_epoch(member.private_scope, 2, b"mine")
    assert "clinical" not in peer.current_epochs()


def test_key_packages_reach_only_their_device_and_only_devices_that_may_read(hub):
    team, sup = hub.create_team()
    cm, case_manager = hub.join(sup, "case_manager", ("team", "clinical"))
    pw, peer = hub.join(sup, "peer_worker", ("team",))
    assert sup.put_key_packages("clinical", 1, {cm.device_id: b"clinical key for cm"}) == 1
    assert sup.put_key_packages("team", 1, {cm.device_id: b"team key for cm", pw.device_id: b"team key for pw"}) == 2
    assert sup.put_key_packages("team", 1, {pw.device_id: b"again"}) == 0        # kept as it was
    refused = _refusal(lambda: sup.put_key_packages("clinical", 1, {pw.device_id: b"clinical key"}))
    assert refused.reason == "scope_not_readable_by_target"
    assert _refusal(lambda: sup.put_key_packages("clinical", 9, {cm.device_id: b"k"})).reason == "unknown_epoch"
    assert _refusal(lambda: peer.put_key_packages("clinical", 1, {cm.device_id: b"k"})).reason == "scope_not_readable"
    assert [(k.scope, k.wrapped, k.from_device) for k in case_manager.my_key_packages()] == [
        ("clinical", b"clinical key for cm", team.device_id), ("team", b"team key for cm", team.device_id)]
    assert [(k.scope, k.wrapped) for k in peer.my_key_packages()] == [("team", b"team key for pw")]
    assert sup.my_key_packages() == []
    sup.disable_device(pw.device_id)
    sup.register_epoch("team", 2, b"after removing the peer worker")
    refused = _refusal(lambda: sup.put_key_packages("team", 2, {pw.device_id: b"k"}))
    assert refused.reason == "target_disabled"
