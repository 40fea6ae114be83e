"""Retention of merge records: after the 30-day undo window the removed identity is purged
(at vault open, clock injected); the gids, the date and who merged stay, for the redirect of
late operations and the audit; no copy of the purged values stays in the sync bookkeeping."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from app.errors import RelaisError
from app.models.contact import Contact
from app.models.duplicates import PersonMerge
from app.services.admin.maintenance import maintain, open_workspace
from app.services.persons.merge_retention import purge_expired_merges
from app.services.persons.merging import merge_persons, undo_merge
from app.services.persons.records import PersonService
from app.services.sync import pending_operations
from app.store.audit import AuditEvent
from tests.conftest import PASSPHRASE, USER

PHONES = ("0499 10 20 30", "0499 40 50 60")


def _merged(ws, n: int) -> tuple[str, str, str]:
    service = PersonService(ws)
    kept = service.create({"given_names": "Marie", "family_name": f"Dubois{n}", "phone": "0470 00 00 0" + str(n)})
    other = service.create({"given_names": "Mary", "family_name": f"Dubois{n}", "phone": PHONES[n],
                            "email": f"mary{n}@example.org"})
    with ws.unit() as s:
        s.add(Contact(person_id=other, occurred_at=datetime(2026, 1, 5, 10), duration_minutes=20, mode="street",
                      worker_id=ws.user.id))
    result = merge_persons(ws, kept, other)
    with ws.read() as s:
        record = s.scalar(select(PersonMerge).where(PersonMerge.gid == result.merge_gid))
        return record.gid, record.kept_gid, record.removed_gid


def _record(ws, gid: str) -> PersonMerge:
    with ws.read() as s:
        record = s.scalar(select(PersonMerge).where(PersonMerge.gid == gid))
        s.expunge(record)
        return record


def _bookkeeping(ws) -> str:
    with ws.read() as s:
        rows = s.execute(text("SELECT new, old FROM sync_outbox")).all() + \
            s.execute(text("SELECT op, undo FROM sync_pending")).all()
    return " ".join(str(v) for row in rows for v in row)


def test_the_removed_identity_is_purged_after_the_undo_window_and_the_gids_stay(ws):
    first = _merged(ws, 0)
    pending_operations(ws)            # the first merge's values are frozen into pending operations
    second = _merged(ws, 1)           # the second's are still in the outbox
    merged_at = _record(ws, first[0]).merged_at
    assert all(phone in _bookkeeping(ws) for phone in PHONES)
    assert purge_expired_merges(ws, now=merged_at + timedelta(days=29)) == 0
    assert _record(ws, first[0]).removed["phone"] == PHONES[0]
    assert purge_expired_merges(ws, now=merged_at + timedelta(days=31)) == 2
    for gid, kept_gid, removed_gid in (first, second):
        record = _record(ws, gid)
        assert (record.removed, record.kept_before, record.choices, record.notices) == ({}, {}, [], [])
        assert (record.kept_gid, record.removed_gid) == (kept_gid, removed_gid)   # the redirect's map
        assert record.merged_at is not None and record.merged_by == ws.user.id
        assert record.moved["contacts"]                                           # gids, for the erasure rule
    assert not any(phone in _bookkeeping(ws) for phone in PHONES)
    pending_operations(ws)            # what will travel carries no purged value either
    assert not any(phone in _bookkeeping(ws) for phone in PHONES)
    assert purge_expired_merges(ws, now=merged_at + timedelta(days=40)) == 0
    with ws.read() as s:
        assert s.scalar(select(AuditEvent.detail).where(AuditEvent.action == "person.merges_purged"))
    with pytest.raises(RelaisError) as exc:   # a purged record cannot be undone, whatever the clock says
        undo_merge(ws, first[0], now=merged_at + timedelta(days=1))
    assert exc.value.code == "duplicates.undo_too_late"


def test_opening_the_vault_applies_the_rule(ws, vault_dir):
    gid, _, _ = _merged(ws, 0)
    merged_at = _record(ws, gid).merged_at
    assert maintain(ws, now=merged_at + timedelta(days=10)) == {"merges_purged": 0}
    ws.lock()
    again = open_workspace(vault_dir, USER, PASSPHRASE, now=merged_at + timedelta(days=30, minutes=1))
    try:
        assert _record(again, gid).removed == {}
    finally:
        again.lock()
