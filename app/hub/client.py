"""HubClient: the laptop's typed access to a team hub.

One client holds one PostgreSQL connection (opened on first use, reopened after a failure) and
is meant for one thread. Every call is one autocommitted function call on the hub, so a call
either happened or did not; pushes are idempotent, so after HubUnreachable simply push again.

Errors: HubUnreachable (no answer, timeout: retry later), HubRefused(reason) (the hub answered
no: `reason` is a stable code), ChainBroken (from the verifying helpers). Nothing here logs or
stores a DSN or a password.

Enrolment (with the enrolment DSN from `hub init`):
    enrolment = HubClient(enrol_dsn).create_team(ed25519_pub, x25519_pub)
    enrolment = HubClient(enrol_dsn).claim_invitation(invite_id, proof, ed25519_pub, x25519_pub)
Then `HubClient(enrolment.credentials.dsn)` for everything else.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import Any, Self
from uuid import UUID

import psycopg
from psycopg.conninfo import make_conninfo

from app.hub.chain import ChainCursor, verify_chain, verify_head
from app.hub.connection import CONNECT_TIMEOUT, connect, hub_errors
from app.hub.errors import HubRefused, HubUnreachable
from app.hub.scram import new_password, scram_verifier
from app.hub.snapshots import StoredSnapshot
from app.hub.wire import (
    Credentials,
    Enrolment,
    Epoch,
    Head,
    Invitation,
    KeyPackage,
    Member,
    PulledOp,
    Pushed,
    WireOp,
)

CLAIM_LABEL = b"relais-claim"
MAX_ATTEMPTS = 5


def claim_proof(code_key: bytes, invite_id: UUID) -> bytes:
    """The proof a claim presents: HMAC-SHA256(K, 'relais-claim' || invite id), where K is derived
    on the laptop from the one-time code (Argon2id)."""
    return hmac.new(code_key, CLAIM_LABEL + invite_id.bytes, hashlib.sha256).digest()


def claim_verifier(proof: bytes) -> bytes:
    """What the hub stores to check a proof: its SHA-256. A copy of the hub's tables cannot be
    replayed as a proof, and does not give K (needed, with S, to unwrap the invitation)."""
    return hashlib.sha256(proof).digest()


_CLAIM_REFUSALS = {"wrong_code": "invitation_wrong_code", "unknown": "invitation_unknown",
                   "claimed": "invitation_claimed", "exhausted": "invitation_exhausted",
                   "expired": "invitation_expired"}


class HubClient:
    def __init__(self, dsn: str, *, connect_timeout: int = CONNECT_TIMEOUT) -> None:
        self._dsn = dsn
        self._connect_timeout = connect_timeout
        self._conn: psycopg.Connection | None = None

    def __repr__(self) -> str:
        return "HubClient(<dsn hidden>)"

    # -- plumbing ---------------------------------------------------------------------
    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, function: str, *args: Any) -> list[tuple[Any, ...]]:
        """SELECT * FROM relais_hub.<function>(args...), mapped to hub errors."""
        if self._conn is None or self._conn.closed:
            self._conn = connect(self._dsn, connect_timeout=self._connect_timeout)
        placeholders = ", ".join(["%s"] * len(args))
        try:
            with hub_errors():
                return self._conn.execute(f"SELECT * FROM relais_hub.{function}({placeholders})", args).fetchall()
        except HubUnreachable:
            self.close()
            raise

    def _credentials(self, login: str, password: str) -> Credentials:
        return Credentials(login, password, make_conninfo(self._dsn, user=login, password=password))

    # -- enrolment (enrolment DSN) --------------------------------------------------------
    def create_team(self, ed25519: bytes, x25519: bytes) -> Enrolment:
        """Register a new team and its supervisor's first device."""
        password = new_password()
        ((team, device, member, role, scopes, login),) = self._call(
            "create_team", ed25519, x25519, scram_verifier(password))
        return Enrolment(team, device, member, role, tuple(scopes), self._credentials(login, password))

    def claim_invitation(self, invite_id: UUID, proof: bytes, ed25519: bytes, x25519: bytes) -> Enrolment:
        """Register this device for an invitation. Refusals: invitation_wrong_code (with
        attempts_left), invitation_exhausted (5 attempts in all), invitation_expired (72 h),
        invitation_claimed, invitation_unknown."""
        password = new_password()
        ((status, left, secret, team, device, member, role, scopes, login),) = self._call(
            "claim_invitation", invite_id, proof, ed25519, x25519, scram_verifier(password))
        if status != "ok":
            raise HubRefused(_CLAIM_REFUSALS.get(status, status), attempts_left=left)
        return Enrolment(team, device, member, role, tuple(scopes), self._credentials(login, password), secret)

    def hub_version(self) -> int:
        return int(self._call("hub_version")[0][0])

    # -- membership (device DSN) ----------------------------------------------------------
    def create_invitation(self, invite_id: UUID, role: str, scopes: Sequence[str], verifier: bytes,
                          secret: bytes, member_id: UUID | None = None) -> Invitation:
        """Supervisor devices. `scopes` are shared scopes within the role's ceiling and include
        'team'; the hub adds the member's private scope (a new one, or `member_id`'s for a new
        device of an existing member). `verifier` = claim_verifier(proof), `secret` = S."""
        ((invite, member, all_scopes, expires),) = self._call(
            "create_invitation", invite_id, role, list(scopes), verifier, secret, member_id)
        return Invitation(invite, member, tuple(all_scopes), expires)

    def list_members(self) -> list[Member]:
        return [Member(d, m, r, tuple(s), e, x, on, at) for d, m, r, s, e, x, on, at in self._call("list_members")]

    def disable_device(self, device_id: UUID) -> None:
        """Supervisor devices: the device can no longer log in or call the hub."""
        self._call("disable_device", device_id)

    def change_role(self, device_id: UUID, role: str, scopes: Sequence[str]) -> tuple[str, ...]:
        """Supervisor devices: a device's new role and shared scopes (within the role's ceiling,
        'team' included; its private scope stays). Returns all its scopes. Rotate the scopes it
        lost afterwards: the hub already withholds them from it."""
        return tuple(self._call("change_role", device_id, role, list(scopes))[0][0])

    # -- the log -------------------------------------------------------------------------------
    def push(self, ops: Sequence[WireOp]) -> list[Pushed]:
        """Append up to 1,000 operations in this order; returns each one's seq. Refusals:
        scope_not_writable, stale_epoch / unknown_epoch (re-encrypt under the current epoch),
        op_id_reused (same id, other content), batch_too_large, op_too_large."""
        if not ops:
            return []
        rows = self._call("push", [o.op_id for o in ops], [o.scope for o in ops], [o.epoch for o in ops],
                          [o.tag for o in ops], [o.header for o in ops], [o.ciphertext for o in ops])
        return [Pushed(op_id, seq, created) for op_id, seq, created in rows]

    def pull(self, after_seq: int, limit: int = 500) -> list[PulledOp]:
        """Rows after `after_seq` in seq order (at most `limit`, capped at 1,000 by the hub),
        unverified: prefer pull_verified."""
        return [PulledOp(*row) for row in self._call("pull", after_seq, limit)]

    def head(self) -> Head:
        ((seq, last_hash),) = self._call("head")
        return Head(seq, last_hash)

    def pull_verified(self, cursor: ChainCursor, limit: int = 500) -> tuple[list[PulledOp], ChainCursor]:
        """Pull after `cursor` and check the rows extend it (see chain.verify_chain); when the hub
        has nothing new, check its head is not behind or beside the cursor. Raises ChainBroken."""
        rows = self.pull(cursor.seq, limit)
        if rows:
            return rows, verify_chain(cursor, rows)
        verify_head(cursor, self.head())
        return rows, cursor

    def purge(self, tags: Sequence[bytes]) -> int:
        """Drop the ciphertext of operations carrying these record tags (erasure), in the scopes
        this device may purge; later pushes with those tags arrive purged. Returns the count."""
        return int(self._call("purge", list(tags))[0][0])

    # -- keys ------------------------------------------------------------------------------------
    def register_epoch(self, scope: str, epoch: int, record: bytes) -> None:
        """Claim the next epoch of a scope (1 for the first). Refusals: epoch_taken (another
        rotation won), epoch_gap, supervisor_only (shared scopes), scope_not_readable."""
        self._call("register_epoch", scope, epoch, record)

    def list_epochs(self) -> list[Epoch]:
        return [Epoch(*row) for row in self._call("list_epochs")]

    def current_epochs(self) -> dict[str, int]:
        current: dict[str, int] = {}
        for e in self.list_epochs():
            current[e.scope] = max(e.epoch, current.get(e.scope, 0))
        return current

    def put_key_packages(self, scope: str, epoch: int, packages: dict[UUID, bytes]) -> int:
        """Store `scope`'s key of `epoch` wrapped for each device (device id -> wrapped key)."""
        devices = list(packages)
        return int(self._call("put_key_packages", scope, epoch, devices, [packages[d] for d in devices])[0][0])

    def my_key_packages(self) -> list[KeyPackage]:
        return [KeyPackage(*row) for row in self._call("my_key_packages")]

    # -- snapshots (see snapshots.py) -------------------------------------------------------
    def put_snapshots(self, seq: int, sealed: Sequence[tuple[UUID, str, int, bytes, bytes]]) -> int:
        """Supervisor devices: store one set of snapshots taken after `seq`, one
        (id, scope, epoch, header, body) per shared scope; all or none. Refusals:
        supervisor_only, scope_not_writable, beyond_head, stale_epoch, snapshot_exists."""
        return int(self._call("put_snapshots", [s[0] for s in sealed], [s[1] for s in sealed],
                              [s[2] for s in sealed], seq, [s[3] for s in sealed], [s[4] for s in sealed])[0][0])

    def latest_snapshots(self) -> list[StoredSnapshot]:
        """The latest set, in the scopes this device reads (empty when there is none)."""
        return [StoredSnapshot(*row) for row in self._call("latest_snapshots")]

    def latest_snapshot_seq(self) -> int:
        return int(self._call("latest_snapshot_seq")[0][0])
