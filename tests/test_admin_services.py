"""Supervisor services: the audit trail viewer and passphrase reset with the recovery key."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from app.errors import PermissionDenied, RelaisError
from app.services.admin.audit_log import (
    AuditFilter,
    chain_status,
    known_actions,
    list_events,
)
from app.services.admin.user_admin import list_users, reset_with_recovery_key
from app.services.contacts.records import ContactService
from app.services.shared.workspace import Workspace
from app.store.audit import AuditEvent
from app.store.keyslots import INSECURE_TEST_KDF
from tests.conftest import PASSPHRASE, add_user, open_as


def test_audit_events_are_filtered_and_the_chain_is_reported(ws):
    ContactService(ws).add({"anonymous_label": "Woman near the station", "duration_minutes": 5, "mode": "street_outreach"})
    rows = list_events(ws, AuditFilter(action="contact."))
    assert [r.action for r in rows] == ["contact.added"]
    assert rows[0].detail == {"anonymous": True, "confirmed": False, "person_id": None}
    assert {r.actor for r in list_events(ws, AuditFilter(actor="alice"))} == {"alice"}
    assert list_events(ws, AuditFilter(actor="nobody")) == []
    assert "audit.viewed" in known_actions(ws)
    status = chain_status(ws)
    assert status.intact and status.events > 3


def test_a_tampered_event_shows_in_the_chain_status(ws):
    with ws.unit() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == 1).values(actor="mallory"))
    status = chain_status(ws)
    assert not status.intact and (1, "edited") in status.problems


def test_a_peer_worker_cannot_read_the_audit_trail_or_manage_users(ws, vault_dir):
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    pat = open_as(vault_dir, "pat")
    for call in (lambda: list_events(pat), lambda: chain_status(pat), lambda: list_users(pat),
                 lambda: reset_with_recovery_key(pat, "alice", "x", "new passphrase 123")):
        with pytest.raises(PermissionDenied):
            call()
    pat.lock()


def test_a_passphrase_is_reset_with_the_recovery_key(tmp_path):
    ws, recovery_key = Workspace.create(tmp_path / "v", "alice", PASSPHRASE, params=INSECURE_TEST_KDF)
    add_user(ws, "pat", "peer_worker")
    with pytest.raises(RelaisError) as exc:
        reset_with_recovery_key(ws, "pat", "AAAAA-BBBBB-CCCCC", "a brand new passphrase")
    assert exc.value.code == "admin.recovery_key_wrong"
    reset_with_recovery_key(ws, "pat", recovery_key.lower(), "a brand new passphrase")
    with ws.read() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    assert "recovery.refused" in actions and "user.passphrase_reset" in actions
    ws.lock()
    open_as(tmp_path / "v", "pat", "a brand new passphrase").lock()


def test_only_supervisors_list_the_users(ws, vault_dir):
    from app.errors import PermissionDenied
    from app.services.admin.users import UserService
    from tests.conftest import add_user, open_as

    add_user(ws, "carla", "case_manager")
    assert {u.name for u in UserService(ws).list()} >= {"alice", "carla"}
    ws.lock()
    cm = open_as(vault_dir, "carla")
    try:
        with pytest.raises(PermissionDenied):
            UserService(cm).list()
    finally:
        cm.lock()
