"""Rebuild the per-person summary rows (app/models/summaries.py) from the source tables.

The triggers keep them in the writing transaction; this is the repair if they ever drifted
(`main.py admin rebuild-summaries`). Supervisors only, since it rewrites a whole-vault table.
"""

from __future__ import annotations

from app.models import summaries
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace


def rebuild_summaries(ws: Workspace) -> tuple[int, int]:
    """Recompute every summary row; returns (rows written, rows that were wrong before)."""
    ws.require(Permission.USERS_MANAGE)
    with ws.unit() as session:
        conn = session.connection()
        before = set(summaries.stored(conn))
        expected = summaries.recompute(conn)
        wrong = len(set(expected) ^ before)
        written = summaries.rebuild(conn)
        ws.audit(session, "admin.summaries_rebuilt", rows=written, wrong=wrong)
    return written, wrong
