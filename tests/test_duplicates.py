"""Possible duplicates and merges: candidates with reasons, dismissals for good, merge with
field choices, refusals, notices, audit, undo; the search box through name_matching."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, text

from app.errors import PermissionDenied, RelaisError
from app.models.bilan import Bilan
from app.models.careplan import CarePlan, CarePlanVersion
from app.models.contact import Contact
from app.models.duplicates import PersonMerge
from app.models.name_matching import MatchKind
from app.models.niss import niss_checksum
from app.models.person import Person
from app.services.persons.duplicates import (
    candidates_for,
    dismiss,
    find_candidates,
    reason_text,
)
from app.services.persons.merging import (
    merge_persons,
    person_tables,
    plan_merge,
    undo_merge,
)
from app.services.persons.records import PersonService
from app.store.audit import AuditEvent
from tests.conftest import add_user, open_as


def niss(first_nine: str) -> str:
    return first_nine + niss_checksum(first_nine, False)


def contact(ws, person_id: int, day: int = 1) -> int:
    with ws.unit() as s:
        c = Contact(person_id=person_id, occurred_at=datetime(2026, 1, day, 10), duration_minutes=20,
                    mode="street", worker_id=ws.user.id)
        s.add(c)
        s.flush()
        return c.id


def contacts_of(ws, person_id: int) -> list[int]:
    with ws.read() as s:
        return sorted(s.scalars(select(Contact.id).where(Contact.person_id == person_id)))


def pair_ids(candidates) -> set[frozenset[int]]:
    return {frozenset((c.first.id, c.second.id)) for c in candidates}


# -- candidates ---------------------------------------------------------------------------

def test_candidates_say_why_and_skip_different_niss(ws):
    service = PersonService(ws)
    karim = service.create({"given_names": "Karim", "family_name": "El Amrani", "birth": "1979"})
    karim2 = service.create({"given_names": "Kareem", "family_name": "Elamrani", "birth": "12/05/1979"})
    jan = service.create({"given_names": "Jan", "family_name": "Van den Berg", "birth": "03/02/1990"})
    jan2 = service.create({"given_names": "Vandenberg", "family_name": "Jan", "birth": "03/02/1990"})
    nana = service.create({"alias": "Mohamed Benali"})
    mo = service.create({"given_names": "Mohammed", "family_name": "Ben Ali", "birth": "1985"})
    a = service.create({"given_names": "Ana", "family_name": "Lopes", "niss": niss("850730033")})
    b = service.create({"given_names": "Ana", "family_name": "Lopes", "niss": niss("850730035")})
    service.create({"given_names": "Sofie", "family_name": "Peeters", "birth": "1979"})
    found = find_candidates(ws)
    pairs = pair_ids(found)
    assert {frozenset((karim, karim2)), frozenset((jan, jan2)), frozenset((nana, mo))} <= pairs
    assert frozenset((a, b)) not in pairs  # two valid NISS that differ: two people
    by_pair = {frozenset((c.first.id, c.second.id)): c for c in found}
    assert by_pair[frozenset((jan, jan2))].reasons[0].kind is MatchKind.SWAPPED_NAMES
    texts = by_pair[frozenset((nana, mo))].reason_texts("fr")
    assert any("mohamed benali" in t for t in texts), texts
    assert all(not t.startswith("duplicates.") for c in found for t in c.reason_texts("nl"))


def test_same_niss_reason_in_three_languages(ws):
    from app.models.name_matching import MatchReason

    reason = MatchReason(MatchKind.SAME_NISS)
    assert {reason_text(reason, lang) for lang in ("en", "fr", "nl")} == {
        "the same NISS", "le même NISS", "hetzelfde rijksregisternummer"}


def test_dismissed_pairs_are_not_proposed_again(ws):
    service = PersonService(ws)
    a = service.create({"given_names": "Oksana", "family_name": "Kovalenko", "birth": "1992"})
    b = service.create({"given_names": "Оксана", "family_name": "Коваленко", "birth": "1992"})
    assert frozenset((a, b)) in pair_ids(find_candidates(ws))
    dismiss(ws, b, a)
    dismiss(ws, a, b)  # twice: still one record
    assert frozenset((a, b)) not in pair_ids(find_candidates(ws))
    with ws.read() as s:
        assert s.execute(text("SELECT count(*) FROM duplicate_dismissals")).scalar() == 1
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "duplicates.dismissed"))
        # synced: the dismissal is in the outbox like any other change
        assert s.execute(text("SELECT count(*) FROM sync_outbox WHERE tbl = 'duplicate_dismissals'")).scalar() == 1


def test_a_new_person_is_compared_before_saving(ws):
    service = PersonService(ws)
    karim = service.create({"given_names": "Karim", "family_name": "El Amrani", "birth": "1979"})
    found = candidates_for(ws, {"given_names": "Karim", "family_name": "Elamrani", "birth": "1979"})
    assert [brief.id for brief, _ in found] == [karim]
    assert found[0][0].label("en") == "Karim El Amrani, 1979, followed by Alice Martin"
    assert candidates_for(ws, {"given_names": "Karim", "family_name": "El Amrani", "birth": "1950"}) == []
    assert [b.id for b, _ in candidates_for(ws, {"alias": "", "given_names": "Karim", "family_name": "El Amrani"})] == [karim]


# -- merge ----------------------------------------------------------------------------------

def test_merge_moves_every_record_and_chooses_fields(ws):
    service = PersonService(ws)
    kept = service.create({"given_names": "Karim", "family_name": "El Amrani", "birth": "1979", "phone": "0470 11 22 33"})
    other = service.create({"given_names": "Kareem", "family_name": "Elamrani", "birth": "12/05/1979",
                            "email": "karim@example.org", "phone": "0480 00 00 00", "niss": niss("790512033")})
    c_kept, c_other = contact(ws, kept, 2), contact(ws, other, 3)
    plan = plan_merge(ws, kept, other)
    assert {c.field for c in plan.choices} == {"given_names", "family_name", "phone"}
    assert {c.field for c in plan.filled} == {"email", "niss", "birth"}
    assert plan.records == {"contacts": 1, "person_workers": 1}
    with ws.read() as s:
        other_gid = s.get(Person, other).gid
    result = merge_persons(ws, kept, other_gid, choices={"phone": "other"})
    record = service.get(kept)
    assert record.values["phone"] == "0480 00 00 00" and record.values["given_names"] == "Karim"
    assert record.values["email"] == "karim@example.org" and record.values["birth_date"] == date(1979, 5, 12)
    assert contacts_of(ws, kept) == [c_kept, c_other]
    with ws.read() as s:
        assert s.get(Person, other) is None
        merge = s.scalar(select(PersonMerge))
        assert merge.gid == result.merge_gid and merge.removed_gid == other_gid
        assert {c["field"]: c["chosen"] for c in merge.choices}["phone"] == "other"
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "person.merged"))
        assert s.execute(text("SELECT kind FROM sync_outbox WHERE tbl = 'person_merges' ORDER BY id")).scalars().all() == ["I", "U"]


def test_every_table_with_a_person_is_moved():
    names = {t.name for t in person_tables()}
    assert {"contacts", "assessments", "careplans", "network_snapshots", "bilans", "referrals", "consents",
            "documents", "person_workers"} <= names


def test_merging_a_person_with_themself_is_refused(ws):
    pid = PersonService(ws).create({"alias": "Nana"})
    with pytest.raises(RelaisError) as exc:
        merge_persons(ws, pid, pid)
    assert exc.value.code == "duplicates.same_person"


def test_different_valid_niss_need_a_supervisor(ws, vault_dir):
    service = PersonService(ws)
    a = service.create({"given_names": "Ana", "family_name": "Lopes", "niss": niss("850730033")})
    b = service.create({"given_names": "Ana", "family_name": "Lopes", "niss": niss("850730035")})
    add_user(ws, "bob", "case_manager")
    ws.lock()
    bob = open_as(vault_dir, "bob")
    try:
        with pytest.raises(RelaisError) as exc:
            merge_persons(bob, a, b)
        assert exc.value.code == "duplicates.different_niss"
        with pytest.raises(PermissionDenied):
            merge_persons(bob, a, b, confirm_different_niss=True)
    finally:
        bob.lock()
    alice = open_as(vault_dir, "alice")
    try:
        merge_persons(alice, a, b, choices={"niss": "other"}, confirm_different_niss=True)
        assert PersonService(alice).get(a).values["niss"] == niss("850730035")
    finally:
        alice.lock()


def _open_plan(ws, person_id: int, starts: date) -> None:
    with ws.unit() as s:
        plan = CarePlan(person_id=person_id)
        s.add(plan)
        s.flush()
        s.add(CarePlanVersion(plan_id=plan.id, number=1, starts_on=starts, review_on=starts + timedelta(days=90),
                              agreed_on=starts))
        s.add(Bilan(person_id=person_id, bilan_date=starts, status="final"))


def test_two_open_care_plans_and_final_bilans_are_both_kept_in_order_with_a_notice(ws):
    service = PersonService(ws)
    kept = service.create({"alias": "Le Grand", "given_names": "Piet", "family_name": "Claes"})
    other = service.create({"given_names": "Piet", "family_name": "Claes"})
    _open_plan(ws, kept, date(2026, 2, 1))
    _open_plan(ws, other, date(2025, 11, 1))
    result = merge_persons(ws, kept, other)
    assert set(result.notices) == {"duplicates.notice.two_careplans", "duplicates.notice.two_final_bilans"}
    with ws.read() as s:
        versions = s.execute(select(CarePlanVersion.number, CarePlanVersion.starts_on)
                             .join(CarePlan).where(CarePlan.person_id == kept).order_by(CarePlanVersion.number)).all()
        assert versions == [(1, date(2025, 11, 1)), (2, date(2026, 2, 1))]
        assert len(s.scalars(select(Bilan).where(Bilan.person_id == kept)).all()) == 2
    restored = undo_merge(ws, result.merge_gid)
    with ws.read() as s:
        for pid, starts in ((kept, date(2026, 2, 1)), (restored, date(2025, 11, 1))):
            assert s.execute(select(CarePlanVersion.number, CarePlanVersion.starts_on).join(CarePlan)
                             .where(CarePlan.person_id == pid)).all() == [(1, starts)]


def test_undo_restores_the_removed_file_even_after_new_records(ws):
    service = PersonService(ws)
    kept = service.create({"given_names": "Jan", "family_name": "Van den Berg", "birth": "1990"})
    other = service.create({"given_names": "Jan", "family_name": "Vandenberg", "birth": "03/02/1990",
                            "phone": "0470 11 22 33"})
    moved = contact(ws, other, 4)
    own = contact(ws, kept, 5)
    with ws.read() as s:
        other_gid = s.get(Person, other).gid
    result = merge_persons(ws, kept, other, choices={"family_name": "other"})
    later = contact(ws, kept, 6)  # added to the kept file after the merge
    restored = undo_merge(ws, result.merge_gid)
    assert contacts_of(ws, restored) == [moved]
    assert contacts_of(ws, kept) == [own, later]
    back = service.get(restored)
    assert back.values["phone"] == "0470 11 22 33" and back.values["birth_date"] == date(1990, 2, 3)
    assert service.get(kept).values["family_name"] == "Van den Berg"
    assert service.get(kept).values["birth_date"] is None
    with ws.read() as s:
        assert s.get(Person, restored).gid == other_gid
        assert s.scalar(select(PersonMerge.undone_at)) is not None
    with pytest.raises(RelaisError) as exc:
        undo_merge(ws, result.merge_gid)
    assert exc.value.code == "duplicates.already_undone"


def test_undo_only_for_thirty_days(ws):
    service = PersonService(ws)
    kept, other = service.create({"alias": "Nana B"}), service.create({"alias": "Nana B"})
    result = merge_persons(ws, kept, other)
    with pytest.raises(RelaisError) as exc:
        undo_merge(ws, result.merge_gid, now=datetime.now() + timedelta(days=31))
    assert exc.value.code == "duplicates.undo_too_late"


def test_peer_workers_cannot_merge(ws, vault_dir):
    service = PersonService(ws)
    a, b = service.create({"alias": "X Y"}), service.create({"alias": "X Y"})
    add_user(ws, "pam", "peer_worker")
    ws.lock()
    pam = open_as(vault_dir, "pam")
    try:
        with pytest.raises(PermissionDenied):
            merge_persons(pam, a, b)
    finally:
        pam.lock()


def test_search_finds_transliterations(ws):
    service = PersonService(ws)
    oksana = service.create({"given_names": "Оксана", "family_name": "Коваленко"})
    mohamed = service.create({"given_names": "Mohamed", "family_name": "Van den Berg", "birth": "1980"})
    assert service.search_ids("oksana") == [oksana]
    assert service.search_ids("Оксана") == [oksana]
    assert service.search_ids("kovalenko") == [oksana]
    assert service.search_ids("mohammed vandenberg") == [mohamed]
    assert service.search_ids("1980") == [mohamed]


def test_demo_duplicates_are_found(ws):
    import random

    from app.devtools.demo import DEMO_MARK, DemoContext, add_demo_data
    from app.devtools.demo import duplicates as demo_duplicates
    from app.devtools.demo import persons as demo_persons

    with ws.unit() as s:
        ctx = DemoContext(ws, s, random.Random(5), date.today())
        demo_persons.add_persons(ctx, 150, DEMO_MARK, None)
        made = demo_duplicates.add_duplicates(ctx)
    assert {kind for _, _, kind in made} == {"transliterated", "spelling", "swapped", "alias_only", "unaccented"}
    pairs = pair_ids(find_candidates(ws))
    missing = [(a, b, kind) for a, b, kind in made if frozenset((a, b)) not in pairs]
    assert not missing, missing
    before = len(pairs)
    add_demo_data(ws, persons=120, seed=11)  # the whole demo has its duplicates too
    assert len(find_candidates(ws)) >= before + 6


def test_a_person_named_once_by_id_and_once_by_gid_is_still_themself(ws):
    pid = PersonService(ws).create({"alias": "Nana"})
    with ws.read() as s:
        gid = s.get(Person, pid).gid
    for keep, remove in ((pid, gid), (gid.upper(), str(pid))):
        with pytest.raises(RelaisError) as exc:
            merge_persons(ws, keep, remove)
        assert exc.value.code == "duplicates.same_person"
        with pytest.raises(RelaisError) as exc:
            dismiss(ws, keep, remove)
        assert exc.value.code == "duplicates.same_person"
    for bad in ("Nana", "", "999"):
        with pytest.raises(RelaisError) as exc:
            merge_persons(ws, pid, bad)
        assert exc.value.code == "not_found"
