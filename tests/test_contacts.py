"""Contacts through the service: validation, anonymous encounters, private notes, roles."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import NotFound, PermissionDenied, RelaisError, ValidationError
from app.models.person import Person
from app.services.contacts.records import ContactFilter, ContactService
from app.services.persons.records import PersonService
from app.services.shared import documents
from app.store.audit import AuditEvent
from app.store.base import utcnow
from tests.conftest import add_user, open_as


def codes(exc: ValidationError) -> dict[str, str]:
    return {e.field: e.code for e in exc.errors}


def contact(**over) -> dict:
    values = {"person_id": None, "anonymous_label": "Man with a grey dog, Gare du Midi",
              "duration_minutes": 10, "mode": "street_outreach"}
    values.update(over)
    return values


def last_contact(ws, person_id):
    with ws.read() as session:
        return session.get(Person, person_id).last_contact_at


def actions(ws) -> list[str]:
    with ws.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_a_contact_with_a_person_updates_their_last_contact(ws):
    pid = PersonService(ws).create({"alias": "Zaza"})
    service = ContactService(ws)
    when = utcnow() - timedelta(days=2)
    result = service.add(contact(person_id=pid, occurred_at=when, topics=["accommodation", "food"],
                                 note="Asked about the night shelter", place="Porte de Hal"))
    assert result.saved and result.warnings == ()
    assert last_contact(ws, pid) == when
    row = service.list(ContactFilter(person_id=pid))[0]
    assert (row.person_name, row.topics, row.place) == ("Zaza", ("accommodation", "food"), "Porte de Hal")
    assert "person.contacts_viewed" in actions(ws)
    service.delete(row.id)
    assert last_contact(ws, pid) is None


def test_a_contact_in_the_future_is_refused_and_nothing_is_saved(ws):
    service = ContactService(ws)
    with pytest.raises(ValidationError) as exc:
        service.add(contact(occurred_at=utcnow() + timedelta(minutes=30)))
    assert codes(exc.value) == {"occurred_at": "contacts.in_future"}
    # A laptop clock slightly behind another one is tolerated.
    assert service.add(contact(occurred_at=utcnow() + timedelta(minutes=2))).saved
    assert len(service.list()) == 1


@pytest.mark.parametrize("duration", [0, -15, 24 * 60 + 1, 100000, "abc", None, 12.5])
def test_a_negative_zero_or_absurd_duration_is_refused(ws, duration):
    with pytest.raises(ValidationError) as exc:
        ContactService(ws).add(contact(duration_minutes=duration))
    assert codes(exc.value) == {"duration_minutes": "contacts.duration_invalid"}
    assert ContactService(ws).list() == []


def test_a_full_day_is_the_longest_contact(ws):
    assert ContactService(ws).add(contact(duration_minutes=24 * 60)).saved


def test_hostile_text_is_kept_as_typed_within_limits(ws):
    service = ContactService(ws)
    long_note = "<b>&amp;</b> Ψ ж 漢字 " * 2000
    service.add(contact(anonymous_label="<script>alert(1)</script>\x00 Łukasz?", note=long_note[:20000]))
    row = service.list()[0]
    assert row.person_name == "<script>alert(1)</script> Łukasz?"
    assert row.note == long_note[:20000].strip()
    with pytest.raises(ValidationError) as exc:
        service.add(contact(note="x" * 20001, place="y" * 500, topics=["not_a_domain"], mode="teleport"))
    assert codes(exc.value) == {"note": "text.too_long", "place": "text.too_long",
                                "topics": "choice.invalid", "mode": "choice.invalid"}


def test_an_encounter_needs_a_person_or_a_description(ws):
    with pytest.raises(ValidationError) as exc:
        ContactService(ws).add(contact(anonymous_label="  "))
    assert codes(exc.value) == {"anonymous_label": "contacts.who_required"}


def test_a_contact_on_a_closed_file_needs_confirmation(ws):
    pid = PersonService(ws).create({"alias": "Mimi", "status": "closed"})
    service = ContactService(ws)
    first = service.add(contact(person_id=pid))
    assert not first.saved
    assert [w.code for w in first.warnings] == ["contacts.person_closed"]
    assert "closed" in first.warnings[0].message("en")
    assert service.list(ContactFilter(person_id=pid)) == []
    confirmed = service.add(contact(person_id=pid), confirmed=True)
    assert confirmed.saved and [w.code for w in confirmed.warnings] == ["contacts.person_closed"]
    assert len(service.list(ContactFilter(person_id=pid))) == 1


def test_an_unknown_person_is_refused(ws):
    with pytest.raises(NotFound):
        ContactService(ws).add(contact(person_id=9999))


def test_an_anonymous_encounter_is_linked_later_and_keeps_its_history(ws):
    service = ContactService(ws)
    earlier = utcnow() - timedelta(days=30)
    cid = service.add(contact(nickname="Tchoupi", occurred_at=earlier)).contact_id
    pid = PersonService(ws).create({"given_names": "Jérôme", "family_name": "Périer"})
    service.link(cid, pid)
    row = service.list(ContactFilter(person_id=pid))[0]
    assert row.id == cid and row.person_name == "Jérôme Périer" and row.nickname == "Tchoupi"
    assert row.linked_at is not None
    assert last_contact(ws, pid) == earlier
    with ws.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "contact.linked")).one()
    assert (event.target_id, event.detail) == (cid, f'{{"person_id": {pid}}}')
    with pytest.raises(RelaisError) as exc:
        service.link(cid, pid)
    assert exc.value.code == "contacts.already_linked"


def test_private_notes_are_hidden_from_everyone_but_their_author(ws, vault_dir):
    add_user(ws, "pat", "peer_worker")
    add_user(ws, "sam", "supervisor")
    ws.lock()
    pat = open_as(vault_dir, "pat")
    ContactService(pat).add(contact(note="Talked about his brother", note_private=True))
    ContactService(pat).add(contact(note="Needs a sleeping bag"))
    assert {r.note for r in ContactService(pat).list()} == {"Talked about his brother", "Needs a sleeping bag"}
    pat.lock()
    sam = open_as(vault_dir, "sam")
    rows = {r.note_private: r for r in ContactService(sam).list()}
    assert rows[True].note == "" and rows[True].note_hidden
    assert rows[False].note == "Needs a sleeping bag" and not rows[False].note_hidden
    sam.lock()


def test_a_peer_worker_records_contacts_but_is_refused_clinical_services(ws, vault_dir):
    pid = PersonService(ws).create({"alias": "Rocky"})
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    pat = open_as(vault_dir, "pat")
    assert ContactService(pat).add(contact(person_id=pid)).saved
    assert PersonService(pat).get(pid).display_name == "Rocky"
    with pytest.raises(PermissionDenied):
        documents.list_documents(pat, pid)
    with pytest.raises(PermissionDenied):
        documents.document_bytes(pat, 1)
    with pytest.raises(PermissionDenied):
        ContactService(pat).add(contact(person_id=pid, convention_function="first_line_support",
                                        convention_setting="individual", convention_age_group="adults"))
    from app.services.counters.sessions import session_counters
    with pytest.raises(PermissionDenied):
        session_counters(pat, pid)
    with pytest.raises(PermissionDenied):
        PersonService(pat).update(pid, {"alias": "changed"})
    with pat.read() as session:
        denied = session.execute(select(AuditEvent.actor, AuditEvent.detail)
                                 .where(AuditEvent.action == "permission.denied")).all()
    assert [d for d in denied if d[0] == "pat"] == [
        ("pat", '{"permission": "clinical.read"}'), ("pat", '{"permission": "clinical.read"}'),
        ("pat", '{"permission": "clinical.write"}'), ("pat", '{"permission": "clinical.read"}'),
        ("pat", '{"permission": "person.edit"}'),
    ]
    pat.lock()


def test_convention_details_are_hidden_from_a_peer_worker_in_the_history(ws, vault_dir):
    pid = PersonService(ws).create({"alias": "Bibi"})
    ContactService(ws).add(contact(person_id=pid, mode="face_to_face", convention_function="first_line_treatment",
                                   convention_setting="individual", convention_age_group="adults"))
    add_user(ws, "pat", "peer_worker")
    assert ContactService(ws).list()[0].convention_function == "first_line_treatment"
    ws.lock()
    pat = open_as(vault_dir, "pat")
    assert ContactService(pat).list()[0].convention_function is None
    pat.lock()


def test_a_convention_session_cannot_be_anonymous(ws):
    with pytest.raises(ValidationError) as exc:
        ContactService(ws).add(contact(convention_function="first_line_support", convention_setting="individual",
                                       convention_age_group="adults"))
    assert codes(exc.value) == {"convention_function": "contacts.convention_needs_person"}


def test_filters_by_period_mode_place_and_worker(ws, vault_dir):
    service = ContactService(ws)
    now = utcnow()
    service.add(contact(mode="phone", place="Dagcentrum De Haven", occurred_at=now - timedelta(days=3)))
    service.add(contact(mode="street_outreach", place="Gare du Midi", occurred_at=now - timedelta(days=40)))
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    pat = open_as(vault_dir, "pat")
    ContactService(pat).add(contact(mode="phone", place="Gare du Midi"))
    pat_id = pat.user.id
    pat.lock()
    ws = open_as(vault_dir, "alice")
    service = ContactService(ws)
    assert len(service.list(ContactFilter(mode="phone"))) == 2
    assert len(service.list(ContactFilter(place="du midi"))) == 2
    assert len(service.list(ContactFilter(start=now - timedelta(days=7)))) == 2
    assert [r.worker_id for r in service.list(ContactFilter(worker_id=pat_id))] == [pat_id]
    assert len(service.list(ContactFilter(place="%"))) == 0
    ws.lock()


@pytest.fixture
def brussels_time(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_weekly_counts_follow_local_mondays_and_fill_empty_weeks(ws, brussels_time):
    service = ContactService(ws)
    pid = PersonService(ws).create({"alias": "Zaza"})
    # Stored in UTC; Brussels is UTC+1 in November.
    service.add(contact(occurred_at=datetime(2026, 11, 1, 23, 30), duration_minutes=10))   # Mon 2 Nov 00:30 local
    service.add(contact(person_id=pid, occurred_at=datetime(2026, 11, 8, 22, 30), duration_minutes=30))  # Sun 23:30
    service.add(contact(person_id=pid, occurred_at=datetime(2026, 11, 23, 12, 5), duration_minutes=5))   # Monday
    counts = service.weekly_counts()
    assert [(c.week_start.isoformat(), c.contacts, c.anonymous, c.minutes) for c in counts] == [
        ("2026-11-02", 2, 1, 40), ("2026-11-09", 0, 0, 0), ("2026-11-16", 0, 0, 0), ("2026-11-23", 1, 0, 5),
    ]
    assert [c.contacts for c in service.weekly_counts(ContactFilter(anonymous_only=True))] == [1]
    assert service.weekly_counts(ContactFilter(mode="video")) == []


def test_odd_values_from_scripts_are_refused_or_normalised(ws):
    from datetime import timezone

    service = ContactService(ws)
    with pytest.raises(ValidationError) as exc:
        service.add(contact(duration_minutes=True))
    assert codes(exc.value) == {"duration_minutes": "contacts.duration_invalid"}
    aware = datetime(2026, 1, 5, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    service.add(contact(occurred_at=aware, topics="food, accommodation"))
    row = service.list()[0]
    assert row.occurred_at == datetime(2026, 1, 5, 9, 0) and row.topics == ("food", "accommodation")
    with pytest.raises(ValidationError) as exc:
        service.add(contact(occurred_at=datetime(1999, 12, 31)))
    assert codes(exc.value) == {"occurred_at": "contacts.too_old"}
