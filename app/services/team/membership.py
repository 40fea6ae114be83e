"""Membership records: who belongs to the team, with which role and which keys.

Trust starts at the anchor, the Ed25519 key of the supervisor's device that created the team
(carried to every member inside the invitation). The anchor signs:
  - its own device record, and
  - for each invitation, an invitation certificate naming the member, the role and a one-time
    invitation key, whose private half travels (wrapped) inside the invitation file.
A joining device signs its own record with that invitation key. A replica accepts a device
only through such a chain, never because the hub lists it: the hub routes, it does not vouch.
Records travel as operations in the `team` scope, so every replica builds the same directory.
"""

from __future__ import annotations

import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.services.team.state import b64, unb64

CONTEXT = b"relais-membership-v1\x00"
ROLE_WRITES = {"supervisor": {"team", "clinical", "supervision"}, "case_manager": {"team", "clinical"},
               "peer_worker": {"team"}}
"""The shared scopes each role may write (and read); every member also has its own private scope."""


class MembershipInvalid(Exception):
    pass


def _canonical(record: dict[str, Any]) -> bytes:
    return CONTEXT + json.dumps(record, sort_keys=True, separators=(",", ":")).encode()


def sign(record: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    return {"record": record, "sig": b64(key.sign(_canonical(record)))}


def _verify(signed: dict[str, Any], public: bytes) -> dict[str, Any]:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(unb64(signed["sig"]), _canonical(signed["record"]))
    except (InvalidSignature, KeyError, TypeError, ValueError):
        raise MembershipInvalid("signature") from None
    return signed["record"]


def device_record(team: str, device: str, member: str, role: str, name: str, ed25519: bytes,
                  x25519: bytes, private_scope: str) -> dict[str, Any]:
    return {"kind": "device", "team": team, "device": device, "member": member, "role": role, "name": name,
            "ed25519": b64(ed25519), "x25519": b64(x25519), "private_scope": private_scope}


def invitation_certificate(anchor: Ed25519PrivateKey, team: str, invite: str, member: str, role: str,
                           name: str, invite_key: bytes) -> dict[str, Any]:
    return sign({"kind": "invitation", "team": team, "invite": invite, "member": member, "role": role,
                 "name": name, "invite_key": b64(invite_key)}, anchor)


def verify_membership(entry: dict[str, Any], anchor: bytes, team: str) -> dict[str, Any]:
    """The device record of a membership entry, once its chain to the anchor holds."""
    if "invitation" not in entry:                        # the anchor's own device
        record = _verify(entry["device"], anchor)
        if record.get("ed25519") != b64(anchor) or record.get("role") != "supervisor":
            raise MembershipInvalid("anchor")
    else:
        cert = _verify(entry["invitation"], anchor)
        record = _verify(entry["device"], unb64(cert["invite_key"]))
        if (record.get("member"), record.get("role")) != (cert.get("member"), cert.get("role")):
            raise MembershipInvalid("role")
    if record.get("team") != team or record.get("kind") != "device":
        raise MembershipInvalid("team")
    return record


def may_write(record: dict[str, Any], scope: str) -> bool:
    """May the device of this verified record write operations of `scope`?"""
    if scope.startswith("private:"):
        return scope == record.get("private_scope")
    return scope in ROLE_WRITES.get(str(record.get("role")), set())


def control_record(kind: str, team: str, by: str, **fields: Any) -> dict[str, Any]:
    """A supervisor's decision about membership ('removal', 'role') or a worker's erasure
    ('tombstone'), signed by the deciding device's own key so it stands on its own."""
    return {"kind": kind, "team": team, "by": by, **fields}


def verify_control(signed: dict[str, Any], public: bytes, team: str, by: str) -> dict[str, Any]:
    record = _verify(signed, public)
    if record.get("team") != team or record.get("by") != by:
        raise MembershipInvalid("team")
    return record
