from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from app.errors import PermissionDenied, ValidationError
from app.services.persons.records import PersonService
from app.store.audit import AuditEvent
from tests.conftest import add_user, open_as


def codes(exc: ValidationError) -> dict[str, str]:
    return {e.field: e.code for e in exc.errors}


def test_only_a_name_or_alias_is_required(ws):
    service = PersonService(ws)
    pid = service.create({"alias": "le Grand"})
    record = service.get(pid)
    assert record.display_name == "le Grand"
    assert set(record.flags) == {"no_niss"}
    with pytest.raises(ValidationError) as exc:
        service.create({"given_names": "  ", "phone": "0470 12 34 56"})
    assert codes(exc.value) == {"name": "persons.name_required"}


def test_birth_is_a_year_or_a_date(ws):
    service = PersonService(ws)
    a = service.get(service.create({"alias": "A", "birth": "1984"}))
    b = service.get(service.create({"alias": "B", "birth": "12/03/1984"}))
    assert a.values["birth_year"] == 1984 and a.values["birth_date"] is None
    assert b.values["birth_date"] == date(1984, 3, 12)


@pytest.mark.parametrize("values, field, code", [
    ({"birth": "31/02/1990"}, "birth", "date.impossible"),
    ({"birth": "2999"}, "birth", "date.future"),
    ({"birth": "yesterday"}, "birth", "date.format"),
    ({"niss": "85.07.30-033.29"}, "niss", "niss.checksum"),
    ({"email": "not-an-address"}, "email", "email.invalid"),
    ({"housing": "castle"}, "housing", "choice.invalid"),
])
def test_invalid_fields_are_named(ws, values, field, code):
    with pytest.raises(ValidationError) as exc:
        PersonService(ws).create({"alias": "X", **values})
    assert codes(exc.value)[field] == code
    assert exc.value.message()  # readable sentence naming the field


def test_niss_must_be_unique_and_is_stored_normalised(ws):
    service = PersonService(ws)
    pid = service.create({"alias": "A", "niss": "85.07.30-033.28"})
    assert service.get(pid).values["niss"] == "85073003328"
    with pytest.raises(ValidationError) as exc:
        service.create({"alias": "B", "niss": "85073003328"})
    assert codes(exc.value) == {"niss": "niss.duplicate"}


def test_search_matches_names_alias_niss_and_year_without_accents(ws):
    service = PersonService(ws)
    ayse = service.create({"given_names": "Ayşe", "family_name": "Yılmaz", "birth": "1979"})
    lukasz = service.create({"given_names": "Łukasz", "family_name": "Wiśniewski", "alias": "Kapitein",
                             "niss": "85.07.30-033.28"})
    assert service.search_ids("ayse") == [ayse]
    assert service.search_ids("YILMAZ 1979") == [ayse]
    assert service.search_ids("lukasz") == [lukasz]
    assert service.search_ids("kapit") == [lukasz]
    assert service.search_ids("85.07.30") == [lukasz]
    assert service.search_ids("%") == []  # LIKE wildcards are escaped


def test_markup_and_huge_text_are_kept_verbatim(ws):
    service = PersonService(ws)
    note = "<b>&amp;</b> <script>alert(1)</script> " + "é" * 19000
    pid = service.create({"alias": "<i>Zaza</i> & co", "contact_notes": note})
    record = service.get(pid)
    assert record.values["alias"] == "<i>Zaza</i> & co"
    assert record.values["contact_notes"] == note.strip()


def test_update_is_audited_with_field_names_only(ws):
    service = PersonService(ws)
    pid = service.create({"given_names": "Femke", "family_name": "Peeters"})
    service.update(pid, {"family_name": "Janssens", "housing": "no_fixed_address",
                         "usual_whereabouts": "Centraal Station"})
    record = service.get(pid)
    assert record.values["family_name"] == "Janssens"
    assert "no_fixed_address" in record.flags
    with ws.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.target_kind == "person", AuditEvent.target_id == pid)).all()
        raw = session.execute(text("SELECT group_concat(detail) FROM audit_events")).scalar()
    assert [e.action for e in events] == ["person.created", "person.changed", "person.viewed"]
    assert "Janssens" not in raw and "Centraal" not in raw


def test_peer_worker_cannot_edit_or_delete_and_the_attempt_is_audited(ws, vault_dir):
    pid = PersonService(ws).create({"alias": "Mimi"})
    add_user(ws, "pia", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pia")
    try:
        service = PersonService(peer)
        assert service.get(pid).display_name == "Mimi"  # identity is visible
        with pytest.raises(PermissionDenied):
            service.update(pid, {"alias": "Changed"})
        with pytest.raises(PermissionDenied):
            service.delete(pid)
        with peer.read() as session:
            denied = session.scalars(select(AuditEvent).where(AuditEvent.action == "permission.denied")).all()
        assert len(denied) == 2
        assert PersonService(peer).get(pid).display_name == "Mimi"
    finally:
        peer.lock()


def test_rows_list_every_person_with_workers(ws):
    service = PersonService(ws)
    service.create({"given_names": "Bram", "family_name": "Claes", "birth": "1990-01-01"})
    rows = service.rows()
    assert len(rows) == 1
    assert rows[0].display_name == "Bram Claes"
    assert rows[0].workers == "Alice Martin"
    assert rows[0].age(date(2020, 1, 1)) == 30
