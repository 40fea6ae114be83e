"""Teams, invitations and claims, devices and their teams."""

from __future__ import annotations

import os
import uuid

import pytest

from app.hub import HubRefused, claim_proof, claim_verifier
from tests.hub.hub_support import random_ops


def _claim(hub, invite_id, proof):
    return hub.enrol().claim_invitation(invite_id, proof, os.urandom(32), os.urandom(32))


def _refusal(call) -> HubRefused:
    with pytest.raises(HubRefused) as refused:
        call()
    return refused.value


def _secret_left(hub, invite_id):
    with hub.pg.superuser(hub.dbname) as su:
        return su.execute("SELECT secret, verifier FROM relais_hub.invitations WHERE invite_id = %s",
                          (invite_id,)).fetchone()


def test_create_team_registers_the_supervisor_device_with_its_own_login(hub):
    enrolment, sup = hub.create_team(with_epochs=False)
    assert enrolment.role == "supervisor"
    assert enrolment.scopes[:3] == ("team", "clinical", "supervision")
    assert enrolment.private_scope.startswith("private:") and len(enrolment.private_scope) == 40
    assert enrolment.credentials.login == f"{hub.roles.device_prefix}{enrolment.device_id.hex}"
    assert "password" not in repr(enrolment) and enrolment.credentials.password not in repr(enrolment)
    (member,) = sup.list_members()
    assert (member.device_id, member.member_id, member.role, member.enabled) == (
        enrolment.device_id, enrolment.member_id, "supervisor", True)


def test_an_invited_member_claims_once_and_gets_s_its_role_and_a_private_scope(hub):
    team, sup = hub.create_team()
    invite_id, proof = hub.invite(sup, "case_manager", ("team", "clinical"))
    claimed = _claim(hub, invite_id, proof)
    assert claimed.invitation_secret == b"S" * 32
    assert (claimed.team_id, claimed.role) == (team.team_id, "case_manager")
    assert claimed.scopes[:2] == ("team", "clinical") and claimed.private_scope != team.private_scope
    assert {m.device_id for m in sup.list_members()} == {team.device_id, claimed.device_id}
    assert _secret_left(hub, invite_id) == (None, None)   # the hub forgets S and the verifier
    reused = _refusal(lambda: _claim(hub, invite_id, proof))
    assert reused.reason == "invitation_claimed"
    device = hub.client(claimed.credentials.dsn)
    assert device.push(random_ops(1))[0].seq == 1


def test_wrong_codes_count_and_the_sixth_attempt_is_refused_even_with_the_right_proof(hub):
    _, sup = hub.create_team()
    invite_id, proof = hub.invite(sup, "peer_worker", ("team",))
    for left in (4, 3, 2, 1, 0):
        wrong = _refusal(lambda: _claim(hub, invite_id, os.urandom(32)))
        assert (wrong.reason, wrong.params["attempts_left"]) == ("invitation_wrong_code", left)
    assert _refusal(lambda: _claim(hub, invite_id, proof)).reason == "invitation_exhausted"
    assert _secret_left(hub, invite_id) == (None, None)
    assert len(sup.list_members()) == 1


def test_the_fifth_attempt_may_still_succeed(hub):
    _, sup = hub.create_team()
    invite_id, proof = hub.invite(sup, "peer_worker", ("team",))
    for _ in range(4):
        _refusal(lambda: _claim(hub, invite_id, b"wrong"))
    assert _claim(hub, invite_id, proof).role == "peer_worker"


def test_an_expired_invitation_is_refused_and_forgotten(hub):
    _, sup = hub.create_team()
    invite_id, proof = hub.invite(sup, "case_manager", ("team", "clinical"))
    with hub.pg.superuser(hub.dbname) as su:
        expires = su.execute("SELECT expires_at - now() FROM relais_hub.invitations").fetchone()[0]
        assert 71.9 * 3600 < expires.total_seconds() <= 72 * 3600
        su.execute("UPDATE relais_hub.invitations SET expires_at = now() - interval '1 second'")
    assert _refusal(lambda: _claim(hub, invite_id, proof)).reason == "invitation_expired"
    assert _secret_left(hub, invite_id) == (None, None)


def test_unknown_invitations_and_roles_beyond_the_ceiling_are_refused(hub):
    _, sup = hub.create_team()
    assert _refusal(lambda: _claim(hub, uuid.uuid4(), b"x")).reason == "invitation_unknown"
    verifier = claim_verifier(b"p")
    for role, scopes in (("peer_worker", ("team", "clinical")), ("case_manager", ("team", "supervision")),
                         ("case_manager", ("clinical",)), ("peer_worker", ("private:" + "0" * 32, "team"))):
        refused = _refusal(lambda r=role, s=scopes: sup.create_invitation(uuid.uuid4(), r, s, verifier, b"S" * 32))
        assert refused.reason == "scope_not_allowed"
    _, case_manager = hub.join(sup, "case_manager", ("team", "clinical"))
    refused = _refusal(lambda: case_manager.create_invitation(uuid.uuid4(), "peer_worker", ("team",), verifier,
                                                              b"S" * 32))
    assert refused.reason == "supervisor_only"


def test_a_second_device_of_a_member_shares_its_private_scope(hub):
    _, sup = hub.create_team()
    first, _ = hub.join(sup, "case_manager", ("team", "clinical"))
    invite_id, code_key = uuid.uuid4(), os.urandom(32)
    proof = claim_proof(code_key, invite_id)
    sup.create_invitation(invite_id, "case_manager", ("team", "clinical"), claim_verifier(proof), b"S" * 32,
                          member_id=first.member_id)
    second = _claim(hub, invite_id, proof)
    assert (second.member_id, second.private_scope) == (first.member_id, first.private_scope)
    assert second.device_id != first.device_id


def test_devices_of_another_team_are_out_of_reach(hub):
    team_a, sup_a = hub.create_team()
    member_a, _ = hub.join(sup_a, "case_manager", ("team", "clinical"))
    team_b, sup_b = hub.create_team()
    assert team_a.team_id != team_b.team_id
    assert {m.device_id for m in sup_b.list_members()} == {team_b.device_id}
    assert _refusal(lambda: sup_b.disable_device(member_a.device_id)).reason == "device_unknown"
    refused = _refusal(lambda: sup_b.put_key_packages("team", 1, {member_a.device_id: b"wrapped"}))
    assert refused.reason == "device_unknown"
    joined_b, _ = hub.join(sup_b, "peer_worker", ("team",))
    assert joined_b.team_id == team_b.team_id
    assert member_a.device_id in {m.device_id for m in sup_a.list_members()}
    assert joined_b.device_id not in {m.device_id for m in sup_a.list_members()}


def test_a_disabled_device_is_refused_on_its_open_session_and_cannot_log_in_again(hub):
    _, sup = hub.create_team()
    member, device = hub.join(sup, "case_manager", ("team", "clinical"))
    device.push(random_ops(1))
    sup.disable_device(member.device_id)
    assert _refusal(lambda: device.push(random_ops(1))).reason == "device_disabled"
    assert _refusal(lambda: device.pull(0)).reason == "device_disabled"
    fresh = hub.client(member.credentials.dsn)
    assert _refusal(fresh.head).reason == "device_disabled"
    assert [m.enabled for m in sup.list_members() if m.device_id == member.device_id] == [False]
    assert _refusal(lambda: sup.disable_device(sup.list_members()[0].device_id)).reason == "cannot_disable_self"
    assert _refusal(lambda: device.disable_device(sup.list_members()[0].device_id)).reason == "device_disabled"


def test_lowering_a_role_withholds_the_scopes_it_lost_at_once(hub):
    _, sup = hub.create_team()
    member, device = hub.join(sup, "case_manager", ("team", "clinical"))
    sup.push(random_ops(1, scope="clinical"))
    assert [r.readable for r in device.pull(0)] == [True]
    scopes = sup.change_role(member.device_id, "peer_worker", ("team",))
    assert scopes == ("team", member.private_scope)
    assert [r.readable for r in device.pull(0)] == [False]
    assert _refusal(lambda: device.push(random_ops(1, scope="clinical"))).reason == "scope_not_writable"
    assert _refusal(lambda: sup.change_role(member.device_id, "peer_worker", ("team", "clinical"))).reason == (
        "scope_not_allowed")
    assert _refusal(lambda: device.change_role(member.device_id, "supervisor", ("team",))).reason == (
        "supervisor_only")
