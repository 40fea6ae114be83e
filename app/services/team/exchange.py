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
from sqlalchemy import select

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
from app.hub.errors import ChainBroken, HubError, HubRefused
from app.hub.wire import PulledOp, WireOp
from app.models.duplicates import PersonMerge
from app.models.sync_scopes import SYNCED, Scope, capture_spec
from app.services.shared.workspace import Workspace
from app.services.sync.apply import apply_operations
from app.services.sync.replica import mark_pushed, pending_operations
from app.services.team import control, membership, recovery, snapshot
from app.services.team.setup import hub_error
from app.services.team.state import TeamState, b64, require_state, save_state, unb64
from app.store.sync.ops import Rows

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
    waiting_for_key: bool = False
    erased: list[int] = field(default_factory=list)     # local ids of persons erased by a tombstone


def scope_of(state: TeamState, op: dict[str, Any]) -> str:
    if op["table"] == MEMBERSHIP_TABLE:
        return "team"
    scope = SYNCED[op["table"]].scope
    return state.private_scope if scope == Scope.PRIVATE else str(scope)


def _person_gid(op: dict[str, Any], rows: Rows | None = None, depth: int = 0) -> uuid.UUID | None:
    """The person a record is about: itself (persons), its person_id, or (through the local
    rows, when given) the person of the record it hangs from."""
    value = op["gid"] if op["table"] == "persons" else op.get("fields", {}).get("person_id")
    if not value and rows is not None and op["table"] in SYNCED and depth < 4:
        value = _person_through(rows, op["table"], op["gid"], op.get("fields", {}), depth)
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _person_through(rows: Rows, table: str, gid: str, fields: dict[str, Any], depth: int) -> str | None:
    current = rows.get(table, gid) or {}
    for col, parent in rows.shape(table).refs.items():
        ref = fields.get(col) or current.get(col)
        if not ref or parent in ("users", "partners"):
            continue
        if parent == "persons":
            return str(ref)
        found = _person_gid({"table": parent, "gid": ref, "fields": {}}, rows, depth + 1)
        if found is not None:
            return str(found)
    if "person_id" in current and current["person_id"]:
        return str(current["person_id"])
    return None


def _erasures(ws: Workspace, state: TeamState, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A person deleted on this laptop was erased (rights): the deletion travels as a signed
    tombstone, and this laptop's unsent changes about the person's records never leave."""
    erased = {op["gid"] for op in ops if op["table"] == "persons" and op["kind"] == "delete"}
    erased -= _merged_away(ws, erased)  # a merge's deletion is an ordinary one: its records live on
    if not erased:
        return ops
    gone = {(op["table"], op["gid"]) for op in ops if op["kind"] == "delete"}
    signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    kept, dropped = [], []
    for op in ops:
        if op["table"] == "persons" and op["kind"] == "delete" and op["gid"] in erased:
            record = membership.control_record("tombstone", state.team_id, state.device_id, person=op["gid"],
                                               tags=control.person_tags(state, op["gid"]))
            state.erased[op["gid"]] = record["tags"]
            kept.append({"op_id": op["op_id"], "schema_version": 1, "table": MEMBERSHIP_TABLE, "gid": "",
                         "kind": "control", "control": membership.sign(record, signer)})
            dropped.append(op["op_id"])
        elif op["kind"] == "upsert" and ((op["table"], op["gid"]) in gone
                                         or str(op.get("fields", {}).get("person_id")) in erased):
            dropped.append(op["op_id"])
        else:
            kept.append(op)
    with ws.unit() as session:
        session.connection().exec_driver_sql("DELETE FROM sync_pending WHERE op_id = ?", [(i,) for i in dropped])
    return kept


def _merged_away(ws: Workspace, gids: set[str]) -> set[str]:
    """Of these deleted persons, those a merge (not undone) removed: their records were moved
    to the kept file, and late operations for them are redirected there, not dropped."""
    if not gids:
        return set()
    with ws.read() as session:
        return set(session.scalars(select(PersonMerge.removed_gid).where(
            PersonMerge.removed_gid.in_(gids), PersonMerge.undone_at.is_(None))))


def _seal_all(ws: Workspace, state: TeamState, limit: int | None = None) -> int:
    """Seal the operations not sealed yet (of the first `limit` unpushed ones), in the
    transaction that records them as sealed. Returns how many unpushed operations it read."""
    ops = []
    for entry in state.outgoing_membership:
        op = {"op_id": str(uuid.uuid4()), "schema_version": 1, "table": MEMBERSHIP_TABLE, "gid": ""}
        op.update({"kind": "control", "control": entry["control"]} if "control" in entry
                  else {"kind": "membership", "entry": entry})
        ops.append(op)
    unpushed = pending_operations(ws, limit)
    ops += _erasures(ws, state, [op for op in unpushed if op["op_id"] not in state.sealed])
    signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    tag_epoch = state.current_epoch("tag")
    tag_key = state.key("tag", tag_epoch) or b""
    with ws.read() as session:
        rows = Rows(session.connection(), capture_spec())
        for op in ops:
            scope = scope_of(state, op)
            if scope not in state.scopes:                  # a scope this device lost: never leaves
                state.unsent.append({"table": op["table"], "gid": op["gid"], "kind": op["kind"]})
                continue
            epoch = state.current_epoch(scope)
            person = None if op["table"] == MEMBERSHIP_TABLE else _person_gid(op, rows)
            _seal_one(state, signer, op, scope, epoch, record_tag(tag_key, person))
    state.outgoing_membership = []
    with ws.unit() as session:
        save_state(session, state)
    return len(unpushed)


def _seal_one(state: TeamState, signer: Ed25519PrivateKey, op: dict[str, Any], scope: str, epoch: int,
              tag: bytes) -> None:
    header = OpHeader(uuid.UUID(state.team_id), uuid.UUID(state.device_id), state.device_seq + 1,
                      bytes.fromhex(state.device_prev), scope, epoch, int(op.get("schema_version", 1)),
                      tag, uuid.UUID(op["op_id"]))
    sealed = seal(header, json.dumps(op).encode(), signer, state.key(scope, epoch) or b"")
    state.sealed[op["op_id"]] = [b64(sealed.header), b64(sealed.body), scope, str(epoch), b64(header.tag)]
    state.device_seq, state.device_prev = header.device_seq, sealed.digest.hex()


def _reseal_from(state: TeamState, start: int) -> None:
    """The hub moved to a new epoch: re-seal this device's unpushed operations from `start` on,
    under the current epochs, taking up this device's own chain where the first one stood."""
    items = list(state.sealed.items())[start:]
    if not items:
        return
    first = read_header(unb64(items[0][1][0]))
    state.device_seq, state.device_prev = first.device_seq - 1, first.device_prev.hex()
    signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    public = signer.public_key()
    for op_id, (header_b64, body_b64, scope, epoch, tag) in items:
        del state.sealed[op_id]
        _, plaintext = open_sealed(Sealed(unb64(header_b64), unb64(body_b64)), public,
                                   state.key(scope, int(epoch)) or b"")
        if scope not in state.scopes:
            op = json.loads(plaintext)
            state.unsent.append({"table": op["table"], "gid": op["gid"], "kind": op["kind"]})
            continue
        _seal_one(state, signer, json.loads(plaintext), scope, state.current_epoch(scope), unb64(tag))


def push(ws: Workspace, hub: HubClient, state: TeamState) -> int:
    """Seal and push in rounds of SEAL_BATCH operations. The sealed operations wait in the team
    state, saved after each pushed batch: a round bounds what each save writes (sealing a long
    backlog in one round rewrote all of it after every batch, quadratic). A round ends with
    nothing sealed left, or with operations that must wait (no key yet): then the rest waits."""
    pushed = 0
    while True:
        read = _seal_all(ws, state, SEAL_BATCH)
        if not state.sealed:
            return pushed
        done = _push_round(ws, hub, state)
        pushed += done
        if state.sealed or read < SEAL_BATCH or not done:
            return pushed


def _push_round(ws: Workspace, hub: HubClient, state: TeamState) -> int:
    """Push what is sealed. Operations sealed under an epoch the hub has left behind are sealed
    again under the current one; when this device does not hold the current key yet, they wait."""
    pushed = 0
    for _ in range(4):
        try:
            return pushed + _push_sealed(ws, hub, state, PUSH_BATCH)
        except HubRefused as exc:
            if exc.reason != "stale_epoch":
                raise
        # One by one: what the hub already has is idempotent; from the first stale one, re-seal.
        for index, op_id in enumerate(list(state.sealed)):
            try:
                pushed += _push_sealed(ws, hub, state, 1, only=op_id)
            except HubRefused as exc:
                if exc.reason != "stale_epoch":
                    raise
                current = hub.current_epochs()
                if any(state.key(scope, epoch) is None for scope, epoch in current.items() if scope in state.scopes):
                    return pushed                   # the new key has not reached this device yet
                _reseal_from(state, index)
                with ws.unit() as session:
                    save_state(session, state)
                break
    return pushed


def _push_sealed(ws: Workspace, hub: HubClient, state: TeamState, batch_size: int, only: str | None = None) -> int:
    pushed = 0
    items = [(k, v) for k, v in state.sealed.items() if only is None or k == only]
    for start in range(0, len(items), batch_size):
        batch = items[start:start + batch_size]
        wire = [WireOp(uuid.UUID(op_id), scope, int(epoch), unb64(tag), unb64(header), unb64(body))
                for op_id, (header, body, scope, epoch, tag) in batch]
        hub.push(wire)
        done = [op_id for op_id, _ in batch]
        mark_pushed(ws, done)
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


class _NoKeyYet(Exception):
    """A row of an epoch whose key has not reached this device: hold the cursor before it."""


def _open(state: TeamState, hub: HubClient, row: PulledOp, effects: control.Effects) -> dict[str, Any] | None:
    """The row's operation once every check holds; None for a control record (taken here)
    or an operation about an erased person (dropped, its tag purged). Raises EnvelopeRejected."""
    assert row.header is not None and row.ciphertext is not None
    sealed = Sealed(row.header, row.ciphertext)
    header = read_header(row.header)
    if str(header.team) != state.team_id or header.op_id != row.op_id or header.scope != row.scope:
        raise EnvelopeRejected("header_mismatch")
    removed_at = state.removed.get(str(header.device))
    if removed_at is not None and row.seq > removed_at:
        raise EnvelopeRejected("removed_signer")
    key = state.key(header.scope, header.epoch)
    if key is None:
        held = [int(e) for e in state.keys.get(header.scope, {})]
        if held and header.epoch > max(held):
            raise _NoKeyYet()
        raise EnvelopeRejected("no_key")
    public, record = _signer(state, hub, header)
    _, plaintext = open_sealed(sealed, Ed25519PublicKey.from_public_bytes(public), key)
    op = json.loads(plaintext)
    if op.get("op_id") != str(header.op_id):
        raise EnvelopeRejected("header_mismatch")
    _follow_device_chain(state, row.seq, header, sealed)
    if op.get("table") == MEMBERSHIP_TABLE and op.get("kind") == "control":
        if record is None:
            raise EnvelopeRejected("unknown_signer")
        try:
            taken = control.check_control(state, record, str(header.device), op["control"])
        except (membership.MembershipInvalid, KeyError, TypeError):
            raise EnvelopeRejected("control") from None
        except PermissionError:
            raise EnvelopeRejected(f"role_{op['control'].get('record', {}).get('kind', 'control')}") from None
        control.take_control(state, row.seq, taken, effects)
        return None
    if op.get("table") == MEMBERSHIP_TABLE:
        try:
            verified = membership.verify_membership(op["entry"], unb64(state.anchor), state.team_id)
        except (membership.MembershipInvalid, KeyError, TypeError):
            raise EnvelopeRejected("membership") from None
        if verified["device"] != str(header.device) or unb64(verified["ed25519"]) != public:
            raise EnvelopeRejected("membership")
        changed = state.role_changes.get(verified["device"])
        state.members[verified["device"]] = dict(verified, role=changed[1]) if changed else verified
        return None
    if record is None:
        raise EnvelopeRejected("unknown_signer")
    if not membership.may_write(record, header.scope):
        raise EnvelopeRejected("role_scope")
    if op.get("kind") == "delete" and record.get("role") == "peer_worker":
        raise EnvelopeRejected("role_delete")
    if op.get("table") not in SYNCED:
        raise EnvelopeRejected("unknown_table")
    if control.is_erased(state, header.tag, op):
        if header.tag:
            effects.purge.add(header.tag)
        state.report(row.seq, "erased_person", str(header.device))
        return None
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
        effects = control.Effects()
        held = False
        for index, row in enumerate(rows):
            if not row.readable or row.ciphertext is None:
                continue
            try:
                op = _open(state, hub, row, effects)
            except _NoKeyYet:
                held = True
                report.waiting_for_key = True
                if index == 0:
                    return
                new_cursor = ChainCursor(rows[index - 1].seq, rows[index - 1].hash)
                rows = rows[:index]
                break
            except (EnvelopeRejected, ValueError) as exc:
                reason = exc.reason if isinstance(exc, EnvelopeRejected) else "malformed"
                state.report(row.seq, reason, str(row.device_id or ""))
                report.refused.append({"seq": row.seq, "reason": reason})
                continue
            if op is not None:
                accepted.append((row.seq, op))
        report.pulled += len(rows)
        with ws.unit() as session:
            conn = session.connection()
            result = apply_operations(conn, accepted)
            if effects.erase:
                report.erased += control.erase_locally(conn, effects.erase)
            if effects.lost_scopes:
                control.erase_scopes(conn, effects.lost_scopes)
            report.applied += result.applied
            if result.needs_update:
                report.needs_update = True
                last = max((r for r in rows if r.seq <= result.cursor), key=lambda r: r.seq, default=None)
                if last is not None:
                    state.cursor_seq, state.cursor_hash = last.seq, last.hash.hex()
                recovery.record(conn, state, rows)
                save_state(session, state)
                return
            state.cursor_seq, state.cursor_hash = new_cursor.seq, new_cursor.hash.hex()
            recovery.record(conn, state, rows)
            save_state(session, state)
        if effects:
            checkpoint(ws)
        if effects.purge:
            hub.purge(sorted(effects.purge))
        if held:
            return
        cursor = new_cursor


def checkpoint(ws: Workspace) -> None:
    """Move erased pages out of the write-ahead log, as the local erasure does."""
    with ws.vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def sync(ws: Workspace) -> SyncReport:
    """Fetch new keys, push, then pull until in step. Raises RelaisError (hub unreachable,
    refused, broken chain; `team.removed` when this device no longer belongs to the team)."""
    with ws.read() as session:
        state = require_state(session)
    report = SyncReport()
    try:
        with HubClient(state.dsn) as hub:
            if control.fetch_keys(hub, state):
                with ws.unit() as session:
                    save_state(session, state)
            report.pushed = push(ws, hub, state)
            pull(ws, hub, state, report)
            if control.fetch_keys(hub, state):          # from a supervisor verified by this pull
                with ws.unit() as session:
                    save_state(session, state)
                report.pushed += push(ws, hub, state)
                report.waiting_for_key = False          # this pull takes up where the first one held
                pull(ws, hub, state, report)
            if state.role == "supervisor" and control.hand_keys(hub, state):
                with ws.unit() as session:
                    save_state(session, state)
            report.in_step = (not report.needs_update and not state.sealed and not report.waiting_for_key
                              and hub.head().seq == state.cursor_seq)
            if report.in_step and state.role == "supervisor":
                snapshot.maybe_seal(ws, hub, state)
    except HubRefused as exc:
        if exc.reason == "device_disabled":
            raise _removed(ws) from None
        raise hub_error(exc) from None
    except ChainBroken as exc:
        raise hub_error(exc) from None
    except HubError as exc:                 # unreachable, refused, or a chain that does not hold
        raise hub_error(exc) from None
    return report


def _removed(ws: Workspace) -> RelaisError:
    from app.services.team.leaving import unsent_changes

    with ws.unit() as session:
        state = require_state(session)
        state.lost_hub = True
        save_state(session, state)
    return RelaisError("team.removed", count=len(unsent_changes(ws)))
