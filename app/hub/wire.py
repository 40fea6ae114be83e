"""Typed values exchanged with the hub. Everything is opaque bytes or random ids: the hub never
sees a name, a NISS, a global record id or any free text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

ROLES = ("supervisor", "case_manager", "peer_worker")
SHARED_SCOPES = ("team", "clinical", "supervision")
ROLE_CEILING = {"supervisor": ("team", "clinical", "supervision"), "case_manager": ("team", "clinical"),
                "peer_worker": ("team",)}
"""The shared scopes each role may read; every member also reads its own `private:<hex>` scope."""


@dataclass(frozen=True)
class Credentials:
    """A device's own PostgreSQL login. Keep it in the encrypted vault; `dsn` includes the password."""

    login: str
    password: str = field(repr=False)
    dsn: str = field(repr=False)


@dataclass(frozen=True)
class Enrolment:
    """What create_team / claim_invitation give a newly registered device.

    `invitation_secret` is S (claims only): with the one-time code it unwraps the scope keys
    the invitation file carries."""

    team_id: UUID
    device_id: UUID
    member_id: UUID
    role: str
    scopes: tuple[str, ...]
    credentials: Credentials
    invitation_secret: bytes | None = field(default=None, repr=False)

    @property
    def private_scope(self) -> str:
        return next(s for s in self.scopes if s.startswith("private:"))


@dataclass(frozen=True)
class Invitation:
    invite_id: UUID
    member_id: UUID
    scopes: tuple[str, ...]
    expires_at: datetime


@dataclass(frozen=True)
class WireOp:
    """One operation as pushed: `header` is the signed header (also the AEAD associated data),
    `tag` the per-record tag used for purges, both opaque to the hub."""

    op_id: UUID
    scope: str
    epoch: int
    tag: bytes
    header: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class Pushed:
    op_id: UUID
    seq: int
    created: bool
    """False when the hub already had this op id (an idempotent re-push)."""


@dataclass(frozen=True)
class PulledOp:
    """One row of the log. A stub (a scope the device may not read) has only the chain fields;
    a purged operation keeps its header but has no ciphertext."""

    seq: int
    op_id: UUID
    digest: bytes
    prev_hash: bytes
    hash: bytes
    device_id: UUID | None = None
    scope: str | None = None
    epoch: int | None = None
    header: bytes | None = None
    ciphertext: bytes | None = None
    received_at: datetime | None = None

    @property
    def readable(self) -> bool:
        return self.header is not None

    @property
    def purged(self) -> bool:
        return self.header is not None and self.ciphertext is None


@dataclass(frozen=True)
class Head:
    seq: int
    hash: bytes


@dataclass(frozen=True)
class Member:
    device_id: UUID
    member_id: UUID
    role: str
    scopes: tuple[str, ...]
    ed25519: bytes
    x25519: bytes
    enabled: bool
    created_at: datetime


@dataclass(frozen=True)
class Epoch:
    scope: str
    epoch: int
    device_id: UUID
    record: bytes
    after_seq: int
    """The team's last seq when this epoch began: later operations of the scope use it."""
    created_at: datetime


@dataclass(frozen=True)
class KeyPackage:
    scope: str
    epoch: int
    from_device: UUID
    wrapped: bytes
    created_at: datetime
