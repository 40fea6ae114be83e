"""Retention of merge records: once the 30 days in which a merge can be undone are over, the
record no longer needs the identity it kept (the removed file's snapshot, the kept file's
former values, the field choices and their values, the notices). It keeps what the redirect of
late operations, the erasure rule and the audit need: the gids (the merge's, the kept and the
removed person's, the records moved), when, and who.

Run at vault open (app/services/admin/maintenance.py) with an injectable clock. Each laptop
applies the rule to its own copy, capture off (the rule is the same everywhere; nothing needs
to travel), and scrubs the copies its sync bookkeeping holds of the purged values."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import select, update

from app.models.duplicates import UNDO_DAYS, PersonMerge
from app.services.shared.workspace import Workspace
from app.store.base import utcnow
from app.store.sync.capture import capture_off
from app.store.sync.forget import scrub_fields

# The purged columns and their emptied values; everything else of a merge record stays.
PURGED: dict[str, list | dict] = {"choices": [], "kept_before": {}, "removed": {}, "notices": []}


def is_purged(record: PersonMerge) -> bool:
    return all(getattr(record, name) in (None, empty) for name, empty in PURGED.items())


def purge_expired_merges(ws: Workspace, now: datetime | None = None) -> int:
    """Empty the identity kept by merges older than the undo window; returns how many. A
    vault maintenance rule, not a user's action: no permission is asked, the purge is audited."""
    cutoff = (now or utcnow()) - timedelta(days=UNDO_DAYS)
    with ws.read() as session:
        due = [record.gid for record in session.scalars(select(PersonMerge).where(PersonMerge.merged_at < cutoff))
               if not is_purged(record)]
    if not due:
        return 0
    with ws.unit() as session:
        conn = session.connection()
        with capture_off(conn):
            session.execute(update(PersonMerge).where(PersonMerge.gid.in_(due)).values(**PURGED))
        scrub_fields(conn, PersonMerge.__tablename__, set(due), {k: json.dumps(v) for k, v in PURGED.items()})
        ws.audit(session, "person.merges_purged", count=len(due))
    return len(due)
