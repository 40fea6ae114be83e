"""After the hub is restored from an older backup: find where it still agrees with this laptop,
push this device's own operations it lost again, and take up the log from there.

Every pull records, in the vault's `sync_log`, each applied position's operation id and chain
hash, and for this device's own operations the sealed bytes as the hub confirmed them. A
restored hub is detected by the chain (`sync` stops with the hub's message). Then `recover`:

1. finds the common point P: the highest position this laptop verified whose chain hash the
   hub still serves at the same position (the chain makes agreement at P agreement on
   everything before it; a binary search, a dozen one-row pulls);
2. pushes again, in their order and byte for byte, this device's own operations after P
   (their ids make the push idempotent: what the hub kept is not doubled), which include its
   membership entry, control records and tombstones;
3. moves its cursors back to P, so the next `sync` applies the hub's log after P again: the
   operations it had applied already merge onto themselves (same values, same versions), and
   those other devices push again arrive as they recover.

The team converges once every device that pushed since the backup has recovered. Limits: a
device that joined after the backup has no login on the restored hub and joins again; an
operation sealed under a key epoch the restored hub does not know is refused (`unknown_epoch`)
until the supervisor who rotated recovers first (DESIGN.md §10, docs/HUB.md).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection

from app.hub.chain import GENESIS_HASH, ChainCursor, verify_head
from app.hub.client import HubClient
from app.hub.envelope import read_header
from app.hub.errors import ChainBroken, HubError
from app.hub.wire import PulledOp, WireOp
from app.services.shared.workspace import Workspace
from app.services.team.setup import hub_error
from app.services.team.state import TeamState, require_state, save_state
from app.store.sync import ops as store_ops

PUSH_BATCH = 500


@dataclass
class Recovery:
    needed: bool
    common_seq: int
    repushed: int = 0
    was_at: int = 0


def record(conn: Connection, state: TeamState, rows: list[PulledOp]) -> None:
    """Inside the pull's transaction: the positions now applied (and own operations' bytes)."""
    kept = []
    for r in rows:
        if r.seq > state.cursor_seq:
            continue
        own = str(r.device_id) == state.device_id and r.header is not None and r.ciphertext is not None
        extra = ((r.scope, r.epoch, read_header(r.header).tag, r.header, r.ciphertext) if own and r.header
                 else (None, None, None, None, None))
        kept.append((r.seq, str(r.op_id), r.hash, *extra))
    if kept:
        conn.exec_driver_sql("INSERT OR REPLACE INTO sync_log (seq, op_id, hash, scope, epoch, tag, header, body) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", kept)


def remember(conn: Connection, seq: int, chain: bytes) -> None:
    """A position known without its row (a snapshot's)."""
    conn.exec_driver_sql("INSERT OR REPLACE INTO sync_log (seq, op_id, hash) VALUES (?, '', ?)", (seq, chain))


def _hub_hash(hub: HubClient, seq: int) -> bytes | None:
    rows = hub.pull(seq - 1, 1)
    return rows[0].hash if rows and rows[0].seq == seq else None


def common_point(ws: Workspace, hub: HubClient, head_seq: int) -> ChainCursor:
    with ws.read() as session:
        known = session.connection().exec_driver_sql(
            "SELECT seq, hash FROM sync_log WHERE seq <= ? ORDER BY seq", (head_seq,)).all()
    lo, hi = -1, len(known) - 1                  # known[lo] agrees (lo = -1: genesis); find the last
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _hub_hash(hub, known[mid][0]) == bytes(known[mid][1]):
            lo = mid
        else:
            hi = mid - 1
    return ChainCursor(0, GENESIS_HASH) if lo < 0 else ChainCursor(known[lo][0], bytes(known[lo][1]))


def restored(hub: HubClient, state: TeamState) -> bool:
    """Does the hub's log fail to continue what this laptop verified?"""
    cursor = ChainCursor(state.cursor_seq, bytes.fromhex(state.cursor_hash))
    try:
        verify_head(cursor, hub.head())
        hub.pull_verified(cursor, 1)
    except ChainBroken:
        return True
    return False


def recover(ws: Workspace) -> Recovery:
    """Run on each laptop after the operator restored the hub (then `sync`). Raises
    RelaisError when the hub cannot be reached or refuses."""
    with ws.read() as session:
        state = require_state(session)
    try:
        with HubClient(state.dsn) as hub:
            if not restored(hub, state):
                return Recovery(False, state.cursor_seq, was_at=state.cursor_seq)
            common = common_point(ws, hub, hub.head().seq)
            with ws.read() as session:
                own = session.connection().exec_driver_sql(
                    "SELECT op_id, scope, epoch, tag, header, body FROM sync_log WHERE seq > ? AND header IS NOT NULL "
                    "ORDER BY seq", (common.seq,)).all()
            wire = [WireOp(_uuid(op_id), scope, int(epoch), bytes(tag), bytes(header), bytes(body))
                    for op_id, scope, epoch, tag, header, body in own]
            for start in range(0, len(wire), PUSH_BATCH):
                hub.push(wire[start:start + PUSH_BATCH])
    except HubError as exc:
        raise hub_error(exc) from None
    with ws.unit() as session:
        conn = session.connection()
        state = require_state(session)
        was_at = state.cursor_seq
        conn.exec_driver_sql("DELETE FROM sync_log WHERE seq > ?", (common.seq,))
        store_ops.set_cursor(conn, common.seq)
        state.cursor_seq, state.cursor_hash = common.seq, common.hash.hex()
        save_state(session, state)
        ws.audit(session, "team.recovered", common=common.seq, repushed=len(wire))
    return Recovery(True, common.seq, len(wire), was_at)


def _uuid(text: str) -> uuid.UUID:
    return uuid.UUID(text)
