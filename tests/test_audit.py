"""`check` detects an audit event that was edited, deleted or reordered."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.services.persons import PersonService
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
