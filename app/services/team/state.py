"""This laptop's membership of a team, kept inside the encrypted vault (never in a plain file).

One JSON row in `vault_settings` (a local-only table): the hub DSN with this device's own
credentials, the device's signing and key-agreement private keys, the scope keys per epoch,
the trust anchor (the supervisor key that certifies members), the verified member directory,
the pull cursor and this device's own chain position. It is written in the same transaction
as the operations it accounts for, so a killed process never leaves the two out of step.
"""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app.errors import RelaisError
from app.models.settings import VaultSetting

STATE_KEY = "team.state"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text)


@dataclass
class TeamState:
    team_id: str
    device_id: str
    member_id: str
    role: str
    name: str                                   # the member's name in the team directory
    dsn: str                                    # this device's own hub login (password inside)
    enrol_dsn: str                              # the hub's enrolment login, written into invitations
    sign_key: str                               # Ed25519 private key, raw, base64
    dh_key: str                                 # X25519 private key, raw, base64
    anchor: str                                 # the supervisor's Ed25519 public key: the trust root
    scopes: list[str]                           # scopes this device reads ('private:<hex>' included)
    keys: dict[str, dict[str, str]]             # scope -> epoch -> key (base64); "tag" -> epoch -> tag key
    members: dict[str, dict[str, Any]] = field(default_factory=dict)   # device id -> verified record
    cursor_seq: int = 0
    cursor_hash: str = "00" * 32
    device_seq: int = 0
    device_prev: str = "00" * 32
    device_chains: dict[str, list[Any]] = field(default_factory=dict)  # device -> [seq, digest hex]
    sealed: dict[str, list[str]] = field(default_factory=dict)         # op id -> [header, body] not yet pushed
    outgoing_membership: list[dict[str, Any]] = field(default_factory=list)   # entries to push
    reports: list[dict[str, Any]] = field(default_factory=list)        # refused operations, gaps
    removed: dict[str, int] = field(default_factory=dict)              # device -> seq of its removal
    role_changes: dict[str, list[Any]] = field(default_factory=dict)   # device -> [seq, role, scopes]
    erased: dict[str, list[str]] = field(default_factory=dict)         # erased person gid -> tags (hex)
    unsent: list[dict[str, Any]] = field(default_factory=list)         # own changes that cannot reach the team
    handed: dict[str, list[str]] = field(default_factory=dict)        # 'scope:epoch' -> devices handed the key
    lost_hub: bool = False                                             # this device was removed or revoked
    own_entry: dict[str, Any] = field(default_factory=dict)            # this device's signed membership entry

    @property
    def private_scope(self) -> str:
        return next(s for s in self.scopes if s.startswith("private:"))

    def key(self, scope: str, epoch: int) -> bytes | None:
        value = self.keys.get(scope, {}).get(str(epoch))
        return unb64(value) if value else None

    def current_epoch(self, scope: str) -> int:
        epochs = [int(e) for e in self.keys.get(scope, {})]
        if not epochs:
            raise RelaisError("team.no_key", scope=scope)
        return max(epochs)

    def report(self, seq: int, reason: str, device: str = "") -> None:
        self.reports = (self.reports + [{"seq": seq, "reason": reason, "device": device}])[-200:]


def load_state(session: Session) -> TeamState | None:
    row = session.get(VaultSetting, STATE_KEY)
    if row is None or not isinstance(row.value, dict):
        return None
    return TeamState(**row.value)


def require_state(session: Session) -> TeamState:
    state = load_state(session)
    if state is None:
        raise RelaisError("team.not_joined")
    return state


def save_state(session: Session, state: TeamState) -> None:
    row = session.get(VaultSetting, STATE_KEY)
    value = asdict(state)
    if row is None:
        session.add(VaultSetting(key=STATE_KEY, value=value))
    else:
        row.value = value
