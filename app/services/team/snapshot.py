"""Snapshots: a new device starts from the team's state at a log position, then pulls the tail.

Policy. A supervisor's device seals a set at the end of a sync that left it in step with
nothing of its own pending, once the log has grown by `SNAPSHOT_EVERY` operations since the
latest set (and `seal_snapshots` does it on demand). Its replica then holds exactly the
confirmed state after its cursor `seq`, identical on every replica that applied the same log.

One snapshot per shared scope the supervisor reads (`team`, `clinical`, `supervision`):
every row of the scope's tables (synced columns, references as gids, in each table's order),
their field versions and conflicts; the `team` one also carries the replica's verified
directory, removals, role changes, erased persons and device chains, so the tail is checked
exactly as a device that replayed everything checks it. Each snapshot is compressed,
encrypted under the scope's key of the current epoch (AES-256-GCM, bound to the snapshot's
id, scope, epoch and position) and its header (team, device, scope, epoch, seq, the chain
hash at seq, the ciphertext's SHA-256, the sealer's membership entry) is signed with the
sealer's Ed25519 key. The set is stored in one hub call: all or nothing.

A joining device (setup.join, before its first sync) takes the latest set it may read only
when every check holds: the sealer's entry chains to the anchor and is a supervisor's, the
signature, the ciphertext digest, the scope key, one position and chain hash for all, and a
snapshot for every shared scope it reads. Otherwise, or when its member has other devices
(their private notes are in the log only), it replays the log as before. A refused snapshot
is reported (`snapshot_refused`) and never loaded.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
import zlib
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection

from app.errors import RelaisError
from app.hub.client import HubClient
from app.hub.errors import HubError, HubRefused
from app.hub.snapshots import StoredSnapshot
from app.models.sync_scopes import SYNCED, capture_spec
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.services.sync.apply import Merger
from app.services.team import membership
from app.services.team.recovery import remember
from app.services.team.state import TeamState, b64, require_state, save_state, unb64
from app.store.sync import ops as store_ops
from app.store.sync.capture import capture_off
from app.store.sync.ops import Rows

SNAPSHOT_EVERY = 5_000
"""Operations added to the log since the latest set before a supervisor seals a new one."""
CONTEXT = b"relais-snapshot-v1\x00"
FORMAT = 1
STATE_FIELDS = ("members", "removed", "role_changes", "erased", "device_chains")
SHARED = ("team", "clinical", "supervision")


class SnapshotRejected(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _tables(scope: str) -> list[str]:
    return [t for t, spec in SYNCED.items() if spec.scope.value == scope]


# -- sealing (a supervisor's device) -------------------------------------------------------------
def dump_scope(conn: Connection, scope: str) -> dict[str, Any]:
    """Every row of the scope's tables with references as gids, their versions and conflicts."""
    rows = Rows(conn, capture_spec())
    gids: dict[str, dict[int, str]] = {}

    def gid_of(parent: str, local: int | None) -> str | None:
        if local is None:
            return None
        if parent not in gids:
            gids[parent] = dict(conn.exec_driver_sql(f'SELECT id, gid FROM "{parent}"').all())
        return gids[parent].get(local)

    tables: dict[str, Any] = {}
    for table in _tables(scope):
        shape = rows.shape(table)
        cols = ", ".join(f'"{c}"' for c in shape.columns)
        out = []
        for gid, *values in conn.exec_driver_sql(f'SELECT gid, {cols} FROM "{table}" ORDER BY rowid').all():
            for i, col in enumerate(shape.columns):
                if col in shape.refs:
                    values[i] = gid_of(shape.refs[col], values[i])
            out.append([gid, *values])
        tables[table] = {"columns": list(shape.columns), "rows": out}
    names = list(tables)
    marks = ", ".join("?" for _ in names)
    versions = [list(r) for r in conn.exec_driver_sql(
        f"SELECT tbl, gid, col, op_id FROM sync_versions WHERE tbl IN ({marks}) ORDER BY tbl, gid, col",
        tuple(names)).all()]
    conflicts = [list(r) for r in conn.exec_driver_sql(
        "SELECT id, seq, kind, scope, tbl, gid, col, value, other, op_id, other_op_id, status FROM sync_conflicts "
        f"WHERE tbl IN ({marks}) ORDER BY id", tuple(names)).all()]
    return {"tables": tables, "versions": versions, "conflicts": conflicts}


def _own_entry(state: TeamState) -> dict[str, Any]:
    if state.own_entry:
        return state.own_entry
    if state.sign_key and b64(_public(state)) == state.anchor:      # the team's first device
        signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
        return {"device": membership.sign(state.members[state.device_id], signer)}
    return {}


def _public(state: TeamState) -> bytes:
    from cryptography.hazmat.primitives import serialization

    key = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key)).public_key()
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _aad(snapshot_id: uuid.UUID, scope: str, epoch: int, seq: int) -> bytes:
    return CONTEXT + snapshot_id.bytes + f"{scope}/{epoch}/{seq}".encode()


def seal_one(state: TeamState, scope: str, seq: int, chain: str, content: dict[str, Any],
             signer: Ed25519PrivateKey) -> tuple[uuid.UUID, str, int, bytes, bytes]:
    snapshot_id, epoch = uuid.uuid4(), state.current_epoch(scope)
    nonce = os.urandom(12)
    plain = zlib.compress(json.dumps(content, separators=(",", ":")).encode(), 6)
    body = nonce + AESGCM(state.key(scope, epoch) or b"").encrypt(nonce, plain, _aad(snapshot_id, scope, epoch, seq))
    header = json.dumps({"v": FORMAT, "id": str(snapshot_id), "team": state.team_id, "device": state.device_id,
                         "scope": scope, "epoch": epoch, "seq": seq, "hash": chain,
                         "body": hashlib.sha256(body).hexdigest(), "entry": _own_entry(state)},
                        sort_keys=True, separators=(",", ":")).encode()
    wire = struct.pack(">I", len(header)) + header + signer.sign(CONTEXT + header)
    return snapshot_id, scope, epoch, wire, body


def seal_snapshots(ws: Workspace, hub: HubClient) -> int:
    """Seal and store a set at this replica's cursor; the position sealed, or 0 when this
    device may not (not a supervisor, changes of its own pending, nothing applied yet)."""
    with ws.read() as session:
        conn = session.connection()
        state = require_state(session)
        busy = conn.exec_driver_sql("SELECT (SELECT count(*) FROM sync_pending) + (SELECT count(*) FROM sync_outbox)"
                                    ).scalar()
        if state.role != "supervisor" or busy or state.cursor_seq < 1 or state.sealed or not _own_entry(state):
            return 0
        contents = {scope: dump_scope(conn, scope) for scope in SHARED if scope in state.scopes}
    contents["team"]["state"] = {name: getattr(state, name) for name in STATE_FIELDS}
    signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    sealed = [seal_one(state, scope, state.cursor_seq, state.cursor_hash, content, signer)
              for scope, content in contents.items()]
    try:
        hub.put_snapshots(state.cursor_seq, sealed)
    except HubRefused as exc:
        if exc.reason in ("stale_epoch", "snapshot_exists"):
            return 0
        raise
    return state.cursor_seq


def maybe_seal(ws: Workspace, hub: HubClient, state: TeamState, every: int = SNAPSHOT_EVERY) -> int:
    """The policy, run at the end of a supervisor's sync that left it in step."""
    try:
        if state.role != "supervisor" or state.cursor_seq - hub.latest_snapshot_seq() < every:
            return 0
        return seal_snapshots(ws, hub)
    except HubError:                     # e.g. a hub made before snapshots (`hub upgrade` adds them)
        return 0


# -- opening and loading (a joining device) ----------------------------------------------------------
def open_snapshot(state: TeamState, stored: StoredSnapshot) -> tuple[dict[str, Any], dict[str, Any]]:
    """(header, content) once every check holds; raises SnapshotRejected."""
    wire = stored.header
    (length,) = struct.unpack(">I", wire[:4]) if len(wire) >= 4 else (-1,)
    raw, signature = wire[4:4 + length], wire[4 + length:]
    try:
        header = json.loads(raw)
        entry = membership.verify_membership(header["entry"], unb64(state.anchor), state.team_id)
        Ed25519PublicKey.from_public_bytes(unb64(entry["ed25519"])).verify(signature, CONTEXT + raw)
    except (ValueError, KeyError, TypeError, InvalidSignature, membership.MembershipInvalid):
        raise SnapshotRejected("signature") from None
    if entry.get("role") != "supervisor" or entry.get("device") != header.get("device") \
            or header.get("device") != str(stored.device_id):
        raise SnapshotRejected("sealer")
    if (header.get("v"), header.get("team"), header.get("scope"), header.get("epoch"), header.get("seq"),
            header.get("id")) != (FORMAT, state.team_id, stored.scope, stored.epoch, stored.seq,
                                  str(stored.snapshot_id)):
        raise SnapshotRejected("header_mismatch")
    if hashlib.sha256(stored.body).hexdigest() != header.get("body"):
        raise SnapshotRejected("digest")
    key = state.key(stored.scope, stored.epoch)
    if key is None:
        raise SnapshotRejected("no_key")
    try:
        plain = AESGCM(key).decrypt(stored.body[:12], stored.body[12:],
                                    _aad(stored.snapshot_id, stored.scope, stored.epoch, stored.seq))
        return header, json.loads(zlib.decompress(plain))
    except (InvalidTag, zlib.error, ValueError):
        raise SnapshotRejected("decrypt") from None


def choose(state: TeamState, stored: list[StoredSnapshot]) -> dict[str, tuple[dict[str, Any], dict[str, Any]]] | None:
    """The opened set this device can start from, or None (replay the log instead)."""
    by_scope = {s.scope: s for s in stored}
    needed = [s for s in state.scopes if s in SHARED]
    if not stored or any(s not in by_scope for s in needed):
        return None
    opened = {scope: open_snapshot(state, by_scope[scope]) for scope in needed}
    if len({(h["seq"], h["hash"]) for h, _ in opened.values()}) != 1 or "state" not in opened["team"][1]:
        raise SnapshotRejected("inconsistent_set")
    members = opened["team"][1]["state"].get("members", {})
    if any(r.get("member") == state.member_id and d != state.device_id for d, r in members.items()):
        return None                          # this member's private scope has operations before it
    return opened


def load_tables(conn: Connection, contents: list[dict[str, Any]]) -> int:
    """Write the snapshots' rows (inside the caller's transaction, capture off); returns how
    many. Tables in declaration order (parents first); references from gids to local ids."""
    rows = Rows(conn, capture_spec())
    local: dict[str, dict[str, int]] = {}

    def known(table: str) -> dict[str, int]:
        if table not in local:
            local[table] = dict(conn.exec_driver_sql(f'SELECT gid, rowid FROM "{table}"').all())
        return local[table]

    def local_id(parent: str, gid: str | None) -> int | None:
        return None if gid is None else known(parent).get(gid)

    merged: dict[str, Any] = {}
    for content in contents:
        merged.update(content["tables"])
    written, late = 0, []
    for table in [t for t in SYNCED if t in merged]:
        shape = rows.shape(table)
        columns = merged[table]["columns"]
        keep = [i for i, c in enumerate(columns) if c in shape.columns]
        cols = [columns[i] for i in keep]
        required = _required_refs(conn, table, shape.refs)
        inserts: list[tuple[str, list[Any]]] = []
        updates: list[tuple[str, list[Any]]] = []
        local.pop(table, None)
        present = known(table)
        for gid, *values in merged[table]["rows"]:
            out = []
            skip = False
            for i in keep:
                value, col = values[i], columns[i]
                if col in shape.refs and value is not None:
                    found = local_id(shape.refs[col], value)
                    if found is None:
                        if col in required:
                            skip = True
                        late.append((table, gid, col, shape.refs[col], value))
                    value = found
                out.append(value)
            if skip:
                continue
            (updates if gid in present else inserts).append((gid, out))
        names = ", ".join(f'"{c}"' for c in ("gid", *cols))
        if inserts:
            conn.exec_driver_sql(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in cols)}, ?)',
                                 [(gid, *out) for gid, out in inserts])
        for gid, out in updates:
            rows.update(table, gid, dict(zip(cols, out, strict=True)))
        written += len(inserts) + len(updates)
        local.pop(table, None)
    for table, gid, col, parent, ref in late:      # a reference to a row written after it
        found = local_id(parent, ref)
        if found is not None:
            conn.exec_driver_sql(f'UPDATE "{table}" SET "{col}" = ? WHERE gid = ?', (found, gid))
    for content in contents:
        if content["versions"]:
            conn.exec_driver_sql("INSERT OR REPLACE INTO sync_versions (tbl, gid, col, op_id) VALUES (?, ?, ?, ?)",
                                 [tuple(v) for v in content["versions"]])
        if content["conflicts"]:
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO sync_conflicts (id, seq, kind, scope, tbl, gid, col, value, other, op_id, "
                "other_op_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [tuple(c) for c in content["conflicts"]])
    return written


def _required_refs(conn: Connection, table: str, refs: Mapping[str, str]) -> set[str]:
    """References the replay would treat as fatal when missing (NOT NULL or ON DELETE CASCADE)."""
    required = {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info('{table}')") if row[3]}
    required |= {row[3] for row in conn.exec_driver_sql(f"PRAGMA foreign_key_list('{table}')") if row[6] == "CASCADE"}
    return {c for c in required if c in refs}


def start_from_snapshot(ws: Workspace, hub: HubClient, state: TeamState) -> int:
    """Load the latest set this device may read (before its first pull); the position it now
    starts from, or 0 when it replays the log instead. Saves the state."""
    if state.cursor_seq:
        return 0
    try:
        opened = choose(state, hub.latest_snapshots())
    except SnapshotRejected as exc:
        state.report(0, f"snapshot_refused:{exc.reason}")
        opened = None
    except HubError:
        opened = None
    if opened is None:
        with ws.unit() as session:
            save_state(session, state)
        return 0
    header = opened["team"][0]
    with ws.unit() as session:
        conn = session.connection()
        store_ops.freeze(conn, capture_spec())
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        merger = Merger(conn)
        with capture_off(conn):
            merger.undo_pending()
            load_tables(conn, [content for _, content in opened.values()])
            store_ops.set_cursor(conn, int(header["seq"]))
            merger.redo_pending()
        taken = opened["team"][1]["state"]
        own = state.members.get(state.device_id)
        for name in STATE_FIELDS:
            setattr(state, name, taken.get(name, getattr(state, name)))
        if own is not None:
            state.members[state.device_id] = own
        state.cursor_seq, state.cursor_hash = int(header["seq"]), str(header["hash"])
        remember(conn, state.cursor_seq, bytes.fromhex(state.cursor_hash))
        save_state(session, state)
    return state.cursor_seq


def seal_now(ws: Workspace) -> int:
    """`team snapshot`: sync, then seal a set at once (supervisors). The position sealed."""
    from app.services.team.exchange import sync
    from app.services.team.setup import hub_error

    ws.require(Permission.USERS_MANAGE)
    sync(ws)
    with ws.read() as session:
        state = require_state(session)
    try:
        with HubClient(state.dsn) as hub:
            sealed = seal_snapshots(ws, hub)
    except HubError as exc:
        raise hub_error(exc) from None
    if not sealed:
        raise RelaisError("team.snapshot_not_now")
    return sealed
