"""Each merge rule of app/models/sync_scopes.py, on two or three laptops through a list hub."""

from __future__ import annotations

import json

from sqlalchemy import text

from app.models.sync_scopes import Rule
from app.services.sync import apply_remote, cursor, keep, list_conflicts, pending_operations, restore_other
from app.store.sync.gids import derived_gid
from app.store.sync.ops import SCHEMA_VERSION
from tests.sync_support import (
    add_contact,
    add_person,
    conflicts,
    delete_person,
    export,
    get_person,
    open_plan_version,
    set_person,
    team,  # noqa: F401 - fixture
)


def converge(hub, laptops):
    for ws in laptops:
        hub.sync(ws)
    for ws in laptops:
        hub.sync(ws)
    first = export(laptops[0])
    for ws in laptops[1:]:
        assert export(ws) == first
        assert conflicts(ws) == conflicts(laptops[0])
        assert not pending_operations(ws)


def test_operations_are_plain_versioned_json_with_gids_not_local_ids(team):
    hub, (ann, ben, _) = team
    gid = add_person(ann, "Ana")
    add_contact(ann, gid, note="met at the station")
    ops = pending_operations(ann)
    assert [(op["table"], op["kind"]) for op in ops] == [("persons", "upsert"), ("contacts", "upsert")]
    assert ops[1]["fields"]["person_id"] == gid and ops[1]["schema_version"] == SCHEMA_VERSION == 2
    assert json.loads(json.dumps(ops)) == ops
    hub.sync(ann)
    hub.sync(ben)
    assert get_person(ben, gid).given_names == "Ana"


def test_fields_rule_later_stands_and_replaced_value_is_a_conflict(team):
    hub, laptops = team
    ann, ben, cleo = laptops
    gid = add_person(ann, "Ana")
    converge(hub, laptops)
    set_person(ann, gid, phone="0470 11 11 11")
    set_person(ben, gid, phone="0470 22 22 22")
    set_person(cleo, gid, alias="Nana")  # another field: no conflict
    converge(hub, laptops)
    assert get_person(cleo, gid).phone == "0470 22 22 22" and get_person(ann, gid).alias == "Nana"
    [conflict] = list_conflicts(ann)
    assert (conflict["kind"], conflict["col"], conflict["value"]) == ("replaced", "phone", "0470 11 11 11")
    # a change made after seeing the other is no conflict
    set_person(ann, gid, phone="0470 33 33 33")
    converge(hub, laptops)
    assert len(list_conflicts(ben)) == 1
    # restore the other: an ordinary change that syncs
    restore_other(ben, conflict["id"])
    converge(hub, laptops)
    assert get_person(cleo, gid).phone == "0470 11 11 11"
    keep(cleo, conflict["id"])
    assert list_conflicts(cleo) == []


def test_person_rule_same_niss_becomes_a_possible_duplicate(team):
    hub, laptops = team
    ann, ben, _ = laptops
    first = add_person(ann, "Ana", niss="85073003328")
    second = add_person(ben, "Anna", niss="85073003328")
    converge(hub, laptops)
    assert get_person(ben, first).niss == "85073003328"
    assert get_person(ann, second).niss is None and get_person(ben, second).niss is None
    [conflict] = list_conflicts(ben)
    assert (conflict["kind"], conflict["gid"], conflict["value"], conflict["other"]) == (
        "possible_duplicate", second, "85073003328", first)


def test_derived_rule_two_laptops_open_the_same_care_plan(team):
    hub, laptops = team
    ann, ben, _ = laptops
    gid = add_person(ann, "Ana")
    converge(hub, laptops)
    plan_a, _ = open_plan_version(ann, gid, 1)
    plan_b, _ = open_plan_version(ben, gid, 1)
    assert plan_a == plan_b == derived_gid("careplan", gid)
    converge(hub, laptops)
    assert len(export(ann)["careplans"]) == 1


def test_numbered_rule_two_offline_versions_become_successive(team):
    hub, laptops = team
    ann, ben, _ = laptops
    gid = add_person(ann, "Ana")
    open_plan_version(ann, gid, 1)
    converge(hub, laptops)
    open_plan_version(ann, gid, 2)
    open_plan_version(ben, gid, 2)
    converge(hub, laptops)
    numbers = sorted(v["number"] for v in export(ben)["careplan_versions"].values())
    assert numbers == [1, 2, 3]
    assert [c["kind"] for c in list_conflicts(ann)] == ["renumbered"]


def test_guarded_status_change_that_crossed_another_is_refused_as_a_conflict(team):
    hub, laptops = team
    ann, ben, _ = laptops
    gid = add_person(ann, "Ana")
    _, version = open_plan_version(ann, gid, 1)
    converge(hub, laptops)
    for ws, day in ((ann, "2026-03-02"), (ben, "2026-03-05")):
        with ws.unit() as s:
            s.execute(text("UPDATE careplan_versions SET agreed_on = :d WHERE gid = :g"), {"d": day, "g": version})
    converge(hub, laptops)
    assert export(ben)["careplan_versions"][version]["agreed_on"] == "2026-03-02"
    [conflict] = list_conflicts(ann)
    assert (conflict["kind"], conflict["value"]) == ("status_moved", "2026-03-05")


def test_set_fields_are_add_wins(team):
    hub, laptops = team
    ann, ben, _ = laptops
    gid = add_person(ann, "Ana")
    contact = add_contact(ann, gid, topics='["housing"]')
    converge(hub, laptops)
    for ws, topics in ((ann, '["housing", "health"]'), (ben, '["housing", "work"]')):
        with ws.unit() as s:
            s.execute(text("UPDATE contacts SET topics = :t WHERE gid = :g"), {"t": topics, "g": contact})
    converge(hub, laptops)
    assert json.loads(export(ann)["contacts"][contact]["topics"]) == ["housing", "health", "work"]
    assert list_conflicts(ann) == []


def test_record_under_a_parent_deleted_meanwhile_is_a_conflict_not_a_foreign_key_failure(team):
    hub, laptops = team
    ann, ben, _ = laptops
    gid = add_person(ann, "Ana")
    converge(hub, laptops)
    delete_person(ann, gid)
    add_contact(ben, gid, note="saw her today")
    set_person(ben, gid, phone="0470 44 44 44")
    converge(hub, laptops)
    assert get_person(ben, gid) is None and export(ben)["contacts"] == {}
    assert sorted(c["kind"] for c in list_conflicts(ann)) == ["edit_deleted", "parent_deleted"]


def test_an_operation_from_a_newer_relais_holds_the_cursor(team):
    hub, (ann, ben, _) = team
    add_person(ann, "Ana")
    hub.push(ann)
    newer = json.loads(hub.log[-1])
    newer["schema_version"] = 99
    hub.log[-1] = json.dumps(newer)
    before = cursor(ben)
    result = hub.pull(ben)
    assert result.needs_update and result.cursor == before == len(hub.log) - 1
    assert apply_remote(ben, []).cursor == before


def test_every_rule_has_a_test():
    tested = {"fields": "replaced", "person": "possible_duplicate", "derived": "care_plan", "numbered": "renumbered"}
    assert set(tested) == {rule.value for rule in Rule}
