"""Informal supporters from the network map can be named as responsible for actions."""

from __future__ import annotations

from app.services import careplan as careplans
from app.services.network import maps as networks
from app.services.persons.records import PersonService


def test_action_owners_include_the_informal_supporters_of_the_latest_map(ws):
    pid = PersonService(ws).create({"alias": "Mimi"})
    snapshot = networks.create_snapshot(ws, pid)
    sister = networks.add_member(ws, snapshot, {"label": "sœur Nadia", "category": "family", "circle": "close"})
    networks.add_member(ws, snapshot, {"label": "Dr Fictif", "category": "professional", "circle": "outer"})
    choices = careplans.owner_choices(ws, pid)
    assert choices.informal == ((sister, "sœur Nadia"),)
    assert careplans.owner_choices(ws).informal == ()
