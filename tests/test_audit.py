"""`check` detects an audit event that was edited, deleted or reordered."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.services.persons.records import PersonService
from app.store.checks import check_vault


def _make_history(ws, n=5):
    for i in range(n):
        PersonService(ws).create({"alias": f"P{i}"})


def test_intact_chain_passes(ws):
    _make_history(ws)
    assert check_vault(ws.vault).sound


@pytest.mark.parametrize("tamper", [
    "UPDATE audit_events SET action = 'person.viewed' WHERE id = 3",
    "UPDATE audit_events SET actor = 'mallory' WHERE id = 2",
    "DELETE FROM audit_events WHERE id = 3",
    # swap the content of two events, keeping ids
    "UPDATE audit_events SET target_id = CASE id WHEN 6 THEN (SELECT target_id FROM audit_events WHERE id = 7)"
    " WHEN 7 THEN (SELECT target_id FROM audit_events WHERE id = 6) END WHERE id IN (6, 7)",
])
def test_tampering_is_detected(ws, tamper):
    _make_history(ws)
    with ws.unit() as session:
        session.execute(text(tamper))
    report = check_vault(ws.vault)
    assert not report.sound
    assert any("audit chain" in line for line in report.failed)


def test_two_whole_events_swapped_are_detected(ws):
    _make_history(ws)
    with ws.unit() as session:
        session.execute(text("UPDATE audit_events SET id = -6 WHERE id = 6"))
        session.execute(text("UPDATE audit_events SET id = 6 WHERE id = 7"))
        session.execute(text("UPDATE audit_events SET id = 7 WHERE id = -6"))
    report = check_vault(ws.vault)
    assert any("reordered" in line or "edited" in line for line in report.failed)


def test_the_newest_events_cut_off_are_detected_after_a_lock(vault_dir):
    from app.services.shared.workspace import Workspace
    from tests.conftest import PASSPHRASE, USER

    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    _make_history(ws)
    ws.lock()
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    try:
        with ws.unit() as session:
            top = session.execute(text("SELECT max(id) FROM audit_events")).scalar()
            # Cut the tail back to before the last lock; what remains is a valid chain.
            session.execute(text("DELETE FROM audit_events WHERE id > :keep"), {"keep": top - 3})
        with ws.read() as session:
            from app.store.audit import verify_chain
            assert verify_chain(session) == []
        report = check_vault(ws.vault)
    finally:
        ws.lock()
    assert any("missing" in line for line in report.failed), report.failed


def test_a_clean_history_over_several_sessions_passes(vault_dir):
    from app.services.shared.workspace import Workspace
    from tests.conftest import PASSPHRASE, USER

    for _ in range(3):
        ws = Workspace.open(vault_dir, USER, PASSPHRASE)
        _make_history(ws, 2)
        ws.lock()
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    assert check_vault(ws.vault).sound
    ws.lock()
