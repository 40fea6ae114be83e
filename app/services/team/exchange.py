"""`sync`: push this laptop's operations to the hub, pull the team's, check and apply them.

Push. The replica engine's pending operations are sealed (signed header, scope key of the
current epoch, keyed record tag) and remembered sealed inside the vault before they leave, so
a push that died half-way is retried with the very same bytes: the hub's idempotent push and
this device's own chain (sequence, previous hash) stay consistent.

Pull. Rows come in hub order; the hash chain is checked at the stored cursor (a hub that
dropped, reordered or rolled back rows is refused), then each readable row is opened only if
its signer is a member certified through the anchor and its role may write that scope; a peer
worker's device can never send a deletion. Refused rows are reported, never applied. Accepted
operations are applied by the replica engine in the same transaction that stores the cursor.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.errors import RelaisError
from app.hub.chain import ChainCursor, verify_head
from app.hub.client import HubClient
from app.hub.envelope import (
    EnvelopeRejected,
    OpHeader,
    Sealed,
    open_sealed,
    read_header,
    record_tag,
    seal,
)
from app.hub.errors import ChainBroken, HubError, HubUnreachable
from app.hub.wire import PulledOp, WireOp
from app.models.sync_scopes import SYNCED, Scope
from app.services.shared.workspace import Workspace
from app.services.sync.apply import apply_operations
from app.services.sync.replica import mark_pushed, pending_operations
from app.services.team import membership
from app.services.team.setup import hub_error
from app.services.team.state import TeamState, b64, require_state, save_state, unb64

PUSH_BATCH = 500
SEAL_BATCH = 5000
PULL_BATCH = 500
MEMBERSHIP_TABLE = "_membership"


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    refused: list[dict[str, Any]] = field(default_factory=list)
    needs_update: bool = False
    in_step: bool = False


def scope_of(state: TeamState, op: dict[str, Any]) -> str:
    if op["table"] == MEMBERSHIP_TABLE:
        return "team"
    scope = SYNCED[op["table"]].scope
    return state.private_scope if scope == Scope.PRIVATE else str(scope)


def _person_gid(op: dict[str, Any]) -> uuid.UUID | None:
    value = op["gid"] if op["table"] == "persons" else op.get("fields", {}).get("person_id")
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _seal_all(ws: Workspace, state: TeamState, limit: int | None = None) -> None:
    """Seal the operations not sealed yet (the first `limit` unpushed ones), in the
    transaction that records them as sealed."""
    ops = [{"op_id": str(uuid.uuid4()), "schema_version": 1, "table": MEMBERSHIP_TABLE, "gid": "",
            "kind": "membership", "entry": entry} for entry in state.outgoing_membership]
    ops += [op for op in pending_operations(ws, limit) if op["op_id"] not in state.sealed]
    signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    tag_epoch = state.current_epoch("tag")
    tag_key = state.key("tag", tag_epoch) or b""
    for op in ops:
        scope = scope_of(state, op)
        epoch = state.current_epoch(scope)
        header = OpHeader(uuid.UUID(state.team_id), uuid.UUID(state.device_id), state.device_seq + 1,
                          bytes.fromhex(state.device_prev), scope, epoch, int(op.get("schema_version", 1)),
                          record_tag(tag_key, _person_gid(op)), uuid.UUID(op["op_id"]))
        sealed = seal(header, json.dumps(op).encode(), signer, state.key(scope, epoch) or b"")
        state.sealed[op["op_id"]] = [b64(sealed.header), b64(sealed.body), scope, str(epoch), b64(header.tag)]
        state.device_seq, state.device_prev = header.device_seq, sealed.digest.hex()
    state.outgoing_membership = []
    with ws.unit() as session:
        save_state(session, state)


def push(ws: Workspace, hub: HubClient, state: TeamState) -> int:
    """Seal and push in rounds of SEAL_BATCH: the sealed operations wait in the team state,
    saved after each batch, so a round's size bounds what each save writes (one round of
    everything made a long backlog quadratic)."""
    pushed = 0
    while True:
        _seal_all(ws, state, SEAL_BATCH)
        if not state.sealed:
            return pushed
        pushed += _push_sealed(ws, hub, state)


def _push_sealed(ws: Workspace, hub: HubClient, state: TeamState) -> int:
    pushed = 0
    items = list(state.sealed.items())
    for start in range(0, len(items), PUSH_BATCH):
        batch = items[start:start + PUSH_BATCH]
        wire = [WireOp(uuid.UUID(op_id), scope, int(epoch), unb64(tag), unb64(header), unb64(body))
                for op_id, (header, body, scope, epoch, tag) in batch]
        hub.push(wire)
        done = [op_id for op_id, _ in batch]
        mark_pushed(ws, [op_id for op_id in done])
        for op_id in done:
            state.sealed.pop(op_id, None)
        with ws.unit() as session:
            save_state(session, state)
        pushed += len(done)
    return pushed


def _signer(state: TeamState, hub: HubClient, header: OpHeader) -> tuple[bytes, dict[str, Any] | None]:
    """The signer's public key: from the verified directory, or (for a membership entry of a
    device not known yet) the key the hub lists, which the entry's own chain must then confirm."""
    known = state.members.get(str(header.device))
    if known is not None:
        return unb64(known["ed25519"]), known
    for member in hub.list_members():
        if member.device_id == header.device:
            return member.ed25519, None
    raise EnvelopeRejected("unknown_signer")


def _open(state: TeamState, hub: HubClient, row: PulledOp) -> dict[str, Any]:
    assert row.header is not None and row.ciphertext is not None
    sealed = Sealed(row.header, row.ciphertext)
    header = read_header(row.header)
    if str(header.team) != state.team_id or header.op_id != row.op_id or header.scope != row.scope:
        raise EnvelopeRejected("header_mismatch")
    key = state.key(header.scope, header.epoch)
    if key is None:
        raise EnvelopeRejected("no_key")
    public, record = _signer(state, hub, header)
    _, plaintext = open_sealed(sealed, Ed25519PublicKey.from_public_bytes(public), key)
    op = json.loads(plaintext)
    if op.get("op_id") != str(header.op_id):
        raise EnvelopeRejected("header_mismatch")
    _follow_device_chain(state, row.seq, header, sealed)
    if op.get("table") == MEMBERSHIP_TABLE:
        try:
            verified = membership.verify_membership(op["entry"], unb64(state.anchor), state.team_id)
        except (membership.MembershipInvalid, KeyError, TypeError):
            raise EnvelopeRejected("membership") from None
        if verified["device"] != str(header.device) or unb64(verified["ed25519"]) != public:
            raise EnvelopeRejected("membership")
        state.members[verified["device"]] = verified
        return op
    if record is None:
        raise EnvelopeRejected("unknown_signer")
    if not membership.may_write(record, header.scope):
        raise EnvelopeRejected("role_scope")
    if op.get("kind") == "delete" and record.get("role") == "peer_worker":
        raise EnvelopeRejected("role_delete")
    if op.get("table") not in SYNCED:
        raise EnvelopeRejected("unknown_table")
    return op


def _follow_device_chain(state: TeamState, seq: int, header: OpHeader, sealed: Sealed) -> None:
    """Each device numbers its own operations: a jump means one was dropped or never pushed."""
    last, _ = state.device_chains.get(str(header.device), [0, "00" * 32])
    if header.device_seq > last + 1:
        state.report(seq, "device_gap", str(header.device))
    if header.device_seq > last:
        state.device_chains[str(header.device)] = [header.device_seq, sealed.digest.hex()]


def pull(ws: Workspace, hub: HubClient, state: TeamState, report: SyncReport) -> None:
    cursor = ChainCursor(state.cursor_seq, bytes.fromhex(state.cursor_hash))
    verify_head(cursor, hub.head())
    while True:
        rows, new_cursor = hub.pull_verified(cursor, PULL_BATCH)
        if not rows:
            return
        accepted: list[tuple[int, dict[str, Any]]] = []
        for row in rows:
            if not row.readable or row.ciphertext is None:
                continue
            try:
                op = _open(state, hub, row)
            except (EnvelopeRejected, ValueError) as exc:
                reason = exc.reason if isinstance(exc, EnvelopeRejected) else "malformed"
                state.report(row.seq, reason, str(row.device_id or ""))
                report.refused.append({"seq": row.seq, "reason": reason})
                continue
            if op.get("table") != MEMBERSHIP_TABLE:
                accepted.append((row.seq, op))
        report.pulled += len(rows)
        with ws.unit() as session:
            result = apply_operations(session.connection(), accepted)
            report.applied += result.applied
            if result.needs_update:
                report.needs_update = True
                held = max((r for r in rows if r.seq <= result.cursor), key=lambda r: r.seq, default=None)
                if held is not None:
                    state.cursor_seq, state.cursor_hash = held.seq, held.hash.hex()
                save_state(session, state)
                return
            state.cursor_seq, state.cursor_hash = new_cursor.seq, new_cursor.hash.hex()
            save_state(session, state)
        cursor = new_cursor


def sync(ws: Workspace) -> SyncReport:
    """Push, then pull until in step. Raises RelaisError (hub unreachable, refused, broken chain)."""
    with ws.read() as session:
        state = require_state(session)
    report = SyncReport()
    try:
        with HubClient(state.dsn) as hub:
            report.pushed = push(ws, hub, state)
            pull(ws, hub, state, report)
            report.in_step = not report.needs_update and not state.sealed and hub.head().seq == state.cursor_seq
    except ChainBroken as exc:
        raise RelaisError("hub.chain_broken", reason=str(exc)) from None
    except HubUnreachable:
        raise RelaisError("hub.unreachable") from None
    except HubError as exc:
        raise hub_error(exc) from None
    return report
