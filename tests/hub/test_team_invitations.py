"""Invitations as a laptop uses them, against a real hub: a reused invitation, an invitation
for another team (a laptop already in a team, or a file that names another team than the
hub's invitation). Each is refused with its own message and leaves the laptop without a team."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

import pytest

from app.errors import RelaisError
from app.hub.client import HubClient
from app.hub.invitation_file import InvitationFile
from app.services.persons.records import PersonService
from app.services.team import setup as team_setup
from app.services.team.exchange import sync
from app.services.team.state import load_state, require_state
from tests.hub.team_support import CHEAP, names, new_vault


def state_of(ws):
    with ws.read() as session:
        return load_state(session)


def members(ws) -> set:
    with ws.read() as session:
        dsn = require_state(session).dsn
    with HubClient(dsn) as hub:
        return {m.device_id for m in hub.list_members()}


def refusal(call) -> RelaisError:
    with pytest.raises(RelaisError) as refused:
        call()
    message = refused.value.message("fr")
    assert message and "{" not in message and "team." not in message
    return refused.value


def test_a_reused_invitation_is_refused_and_the_second_laptop_stays_out(team, tmp_path):
    sup = team["sup"]
    PersonService(sup).create({"alias": "Dossier de l'équipe"})
    sync(sup)
    invited = team_setup.invite(sup, "new", "case_manager", tmp_path / "new.relaisinvite", kdf=CHEAP)
    first = new_vault(tmp_path, "first", "supervisor")
    second = new_vault(tmp_path, "second", "supervisor")
    try:
        team_setup.join(first, invited.path, invited.code)
        before = members(sup)
        assert refusal(lambda: team_setup.join(second, invited.path, invited.code)).code == "team.invitation_claimed"
        assert state_of(second) is None and names(second) == []
        assert members(sup) == before                     # no device was added for the reuse
        # The laptop that joined cannot use it again either, nor any other invitation.
        assert refusal(lambda: team_setup.join(first, invited.path, invited.code)).code == "team.already_joined"
        assert sync(first).in_step and names(first) == ["Dossier de l'équipe"]
    finally:
        first.lock()
        second.lock()


def test_a_laptop_of_one_team_refuses_an_invitation_for_another_and_leaves_it_unclaimed(hub, team, tmp_path):
    cm = team["cm"]
    other_sup = new_vault(tmp_path, "other", "supervisor")
    stranger = new_vault(tmp_path, "stranger", "supervisor")
    try:
        team_setup.create_team(other_sup, hub.enrol_dsn, name="Autre équipe")
        PersonService(other_sup).create({"alias": "Chez les autres"})
        sync(other_sup)
        invited = team_setup.invite(other_sup, "cm", "case_manager", tmp_path / "other.relaisinvite", kdf=CHEAP)
        team_id = state_of(cm).team_id
        assert refusal(lambda: team_setup.join(cm, invited.path, invited.code)).code == "team.already_joined"
        assert state_of(cm).team_id == team_id and "Chez les autres" not in names(cm)
        assert sync(cm).in_step
        # The refusal happened before the hub: the invitation is still there for its laptop.
        team_setup.join(stranger, invited.path, invited.code)
        assert state_of(stranger).team_id == state_of(other_sup).team_id != team_id
        assert sync(stranger).in_step and names(stranger) == ["Chez les autres"]
    finally:
        other_sup.lock()
        stranger.lock()


def test_an_invitation_file_naming_another_team_than_the_hubs_invitation_is_refused(hub, team, tmp_path):
    sup = team["sup"]
    other_sup = new_vault(tmp_path, "other", "supervisor")
    laptop = new_vault(tmp_path, "laptop", "supervisor")
    try:
        team_setup.create_team(other_sup, hub.enrol_dsn)
        invited = team_setup.invite(other_sup, "new", "case_manager", tmp_path / "other.relaisinvite", kdf=CHEAP)
        original = InvitationFile.loads(Path(invited.path).read_text(encoding="utf-8"))
        mixed = dataclasses.replace(original, team_id=uuid.UUID(state_of(sup).team_id))
        path = tmp_path / "mixed.relaisinvite"
        path.write_text(mixed.dumps(), encoding="utf-8")
        assert refusal(lambda: team_setup.join(laptop, path, invited.code)).code == "team.invitation_other_team"
        assert state_of(laptop) is None and names(laptop) == []
        assert len(members(sup)) == 3                      # nothing joined the team the file names
    finally:
        other_sup.lock()
        laptop.lock()
