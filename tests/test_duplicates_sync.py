"""A merge travels through the hub like any other change: late operations for the removed
person land in the kept file, and an erasure of the removed person wins."""

from __future__ import annotations

from sqlalchemy import select, text

from app.models.contact import Contact
from app.models.person import Person
from app.services.persons.merging import merge_persons, undo_merge
from tests.sync_support import (
    add_contact,
    add_person,
    delete_person,
    export,
    get_person,
    set_person,
    team,  # noqa: F401 - fixture
)


def sync_all(hub, laptops):
    for _ in range(2):
        for ws in laptops:
            hub.sync(ws)
    first = export(laptops[0])
    for ws in laptops[1:]:
        assert export(ws) == first


def contact_notes(ws, person_gid: str) -> list[str]:
    with ws.read() as s:
        return sorted(s.scalars(select(Contact.note).join(Person, Person.id == Contact.person_id)
                                .where(Person.gid == person_gid)))


def test_a_merge_syncs_and_late_operations_land_in_the_kept_file(team):
    hub, (ann, ben, cleo) = team
    kept, removed = add_person(ann, "Karim", "El Amrani"), add_person(ann, "Kareem", "Elamrani")
    add_contact(ann, removed, note="first")
    sync_all(hub, [ann, ben, cleo])
    # Ben is offline: a contact and an alias for the removed file.
    add_contact(ben, removed, note="offline")
    set_person(ben, removed, alias="Kimo")
    # Cleo, offline too, pushes a contact before the merge reaches the hub.
    add_contact(cleo, removed, note="before the merge")
    hub.push(cleo)
    merge_persons(ann, kept, removed)
    hub.sync(ann)
    sync_all(hub, [ann, ben, cleo])
    for ws in (ann, ben, cleo):
        assert get_person(ws, removed) is None
        assert contact_notes(ws, kept) == ["before the merge", "first", "offline"]
        assert get_person(ws, kept).alias == "Kimo"


def test_a_merge_arriving_after_an_erasure_does_not_bring_the_person_back(team):
    hub, (ann, ben, cleo) = team
    kept, removed = add_person(ann, "Jan", "Peeters"), add_person(ann, "Jan", "Peters")
    add_contact(ann, removed, note="to erase")
    add_contact(ann, kept, note="kept")
    sync_all(hub, [ann, ben, cleo])
    delete_person(ben, removed)  # erased on Ben's laptop (right to erasure)
    hub.sync(ben)
    merge_persons(ann, kept, removed)  # Ann had not received the erasure
    sync_all(hub, [ann, ben, cleo])
    for ws in (ann, ben, cleo):
        assert get_person(ws, removed) is None
        assert contact_notes(ws, kept) == ["kept"]


def test_an_erasure_arriving_after_the_merge_wins(team):
    hub, (ann, ben, cleo) = team
    kept, removed = add_person(ann, "Jan", "Peeters"), add_person(ann, "Jan", "Peters")
    add_contact(ann, removed, note="to erase")
    add_contact(ann, kept, note="kept")
    sync_all(hub, [ann, ben, cleo])
    merge_persons(ann, kept, removed)
    hub.sync(ann)
    delete_person(ben, removed)  # Ben had not received the merge
    sync_all(hub, [ann, ben, cleo])
    for ws in (ann, ben, cleo):
        assert contact_notes(ws, kept) == ["kept"]


def test_an_undone_merge_syncs_back(team):
    hub, (ann, ben, cleo) = team
    kept, removed = add_person(ann, "Ana", "Lopes"), add_person(ann, "Anna", "Lopes")
    add_contact(ann, removed, note="hers")
    sync_all(hub, [ann, ben, cleo])
    result = merge_persons(ann, kept, removed)
    sync_all(hub, [ann, ben, cleo])
    undo_merge(ben, result.merge_gid)
    sync_all(hub, [ann, ben, cleo])
    for ws in (ann, ben, cleo):
        assert contact_notes(ws, removed) == ["hers"]
        with ws.read() as s:
            assert s.execute(text("SELECT count(*) FROM person_merges WHERE undone_at IS NULL")).scalar() == 0


def test_the_merging_laptop_keeps_the_moved_records_when_its_merge_comes_back(team):
    """The merge's own deletion of the removed person, confirmed by the hub, finds the person
    already gone on the merging laptop (its pending deletion stays done): it is the deletion
    that removes the person in hub order, not an erasure arriving after the merge."""
    hub, (ann, ben, cleo) = team
    kept, removed = add_person(ann, "Karim", "El Amrani"), add_person(ann, "Kareem", "Elamrani")
    add_contact(ann, removed, note="moved")
    sync_all(hub, [ann, ben, cleo])
    merge_persons(ann, kept, removed)
    hub.sync(ann)
    assert contact_notes(ann, kept) == ["moved"]
    sync_all(hub, [ann, ben, cleo])
    for ws in (ann, ben, cleo):
        assert contact_notes(ws, kept) == ["moved"]


def test_an_erasure_pending_on_a_laptop_when_a_merge_arrives_still_wins(team):
    """Ben erases the removed person offline; Ann's merge reaches the hub first. In hub order
    the erasure comes after the merge, so it wins on every laptop, Ben's included."""
    hub, (ann, ben, cleo) = team
    kept, removed = add_person(ann, "Jan", "Peeters"), add_person(ann, "Jan", "Peters")
    add_contact(ann, removed, note="to erase")
    add_contact(ann, kept, note="kept")
    sync_all(hub, [ann, ben, cleo])
    delete_person(ben, removed)
    merge_persons(ann, kept, removed)
    hub.sync(ann)
    sync_all(hub, [ben, ann, cleo])
    for ws in (ann, ben, cleo):
        assert get_person(ws, removed) is None
        assert contact_notes(ws, kept) == ["kept"]
