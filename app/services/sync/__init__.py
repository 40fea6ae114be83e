"""The laptop side of the team hub, before the network: what the sync step calls.

    pending_operations(ws) -> list[Operation]      operations not yet pushed, in order
    mark_pushed(ws, op_ids)                        the hub accepted them
    apply_remote(ws, [(seq, op), ...]) -> ApplyResult
    list_conflicts(ws), keep(ws, conflict_id), restore_other(ws, conflict_id)
"""

from app.services.sync.apply import ApplyResult
from app.services.sync.replica import (
    apply_remote,
    cursor,
    keep,
    list_conflicts,
    mark_pushed,
    pending_operations,
    restore_other,
)

__all__ = ["ApplyResult", "apply_remote", "cursor", "keep", "list_conflicts", "mark_pushed",
           "pending_operations", "restore_other"]
