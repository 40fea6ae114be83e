"""A team changes: a member leaves, a laptop is lost, a role is lowered (supervisor's side).

Each is one decision on the hub (disable the devices, or change their role: the hub refuses
them at once), one new key epoch for every shared scope they held (a new scope key, registered
on the hub, then wrapped for each remaining device that reads the scope, signed by this
supervisor: app/hub/keypackage.py), and one signed control record that syncs so that every
replica refuses what those devices sign later (control.py). Operations sealed after the
rotation use the new keys, which the devices that left never receive.

On the laptop that left: its next `sync` fails with `team.removed`; `unsent_changes` lists its
own changes that never reached the team, so that they can be handed over by other means.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.errors import RelaisError
from app.hub.client import HubClient
from app.hub.errors import HubError, HubRefused
from app.hub.keypackage import package_context, wrap
from app.hub.wire import ROLE_CEILING
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.services.sync.replica import pending_operations
from app.services.team import membership
from app.services.team.exchange import sync
from app.services.team.setup import SHARED_SCOPES, hub_error
from app.services.team.state import TeamState, b64, require_state, save_state, unb64

ROTATION_ATTEMPTS = 4


@dataclass(frozen=True)
class Departure:
    devices: list[str]
    rotated: dict[str, int]          # scope -> new epoch
    not_handed: list[str]            # remaining devices not verified yet: no key package for them


def _supervisor_state(ws: Workspace) -> TeamState:
    ws.require(Permission.USERS_MANAGE)
    sync(ws)                         # a complete directory first: every member's keys verified
    with ws.read() as session:
        state = require_state(session)
    if state.role != "supervisor":
        raise RelaisError("team.supervisor_only")
    return state


def _devices_of(state: TeamState, user_name: str) -> list[str]:
    devices = sorted(d for d, r in state.members.items() if r.get("name") == user_name and d not in state.removed)
    if not devices:
        raise RelaisError("team.member_unknown", name=user_name)
    if state.device_id in devices:
        raise RelaisError("team.cannot_remove_self")
    return devices


def rotate(hub: HubClient, state: TeamState, scopes: set[str], leaving: set[str]) -> tuple[dict[str, int], list[str]]:
    """A new epoch for each scope: registered (one of two concurrent rotations wins; the loser
    takes the next number), then wrapped for every remaining verified device that reads it,
    this one included (so a crash after registering loses nothing). Updates `state.keys`."""
    signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    rotated: dict[str, int] = {}
    not_handed: set[str] = set()
    for scope in sorted(scopes):
        payload: dict[str, str] = {"key": b64(os.urandom(32))}
        if scope == "team":
            payload["tag"] = b64(os.urandom(32))
        for _ in range(ROTATION_ATTEMPTS):
            epoch = hub.current_epochs().get(scope, 0) + 1
            try:
                hub.register_epoch(scope, epoch, signer.sign(f"relais-epoch|{state.team_id}|{scope}|{epoch}".encode()))
                break
            except HubRefused as exc:
                if exc.reason != "epoch_taken":
                    raise
        else:
            raise RelaisError("team.rotation_crossed")
        for _ in range(ROTATION_ATTEMPTS):
            packages = {}
            for member in hub.list_members():
                device = str(member.device_id)
                if not member.enabled or scope not in member.scopes or device in leaving or device in state.removed:
                    continue
                verified = state.members.get(device)
                if verified is None or unb64(verified["x25519"]) != member.x25519:
                    not_handed.add(device)
                    continue
                packages[member.device_id] = wrap(json.dumps(payload).encode(), member.x25519, signer,
                                                  package_context(state.team_id, scope, epoch, device))
            try:
                hub.put_key_packages(scope, epoch, packages)
                break
            except HubRefused as exc:          # a device disabled meanwhile by another supervisor
                if exc.reason != "target_disabled":
                    raise
        state.keys.setdefault(scope, {})[str(epoch)] = payload["key"]
        if "tag" in payload:
            state.keys.setdefault("tag", {})[str(epoch)] = payload["tag"]
        rotated[scope] = epoch
    return rotated, sorted(not_handed)


def _decide(ws: Workspace, state: TeamState, record: dict[str, Any]) -> None:
    signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    with ws.unit() as session:
        state.outgoing_membership.append({"control": membership.sign(record, signer)})
        save_state(session, state)


def _leave(ws: Workspace, state: TeamState, devices: list[str], member: str, audit: str) -> Departure:
    try:
        with HubClient(state.dsn) as hub:
            held = {s for m in hub.list_members() if str(m.device_id) in devices for s in m.scopes}
            for device in devices:
                hub.disable_device(uuid.UUID(device))
            rotated, not_handed = rotate(hub, state, {s for s in held if s in SHARED_SCOPES}, set(devices))
    except HubError as exc:
        raise hub_error(exc) from None
    _decide(ws, state, membership.control_record("removal", state.team_id, state.device_id, devices=devices,
                                                 member=member))
    with ws.unit() as session:
        ws.audit(session, audit, count=len(devices))
    sync(ws)
    return Departure(devices, rotated, not_handed)


def remove_member(ws: Workspace, user_name: str) -> Departure:
    """The member's every device leaves the team (`team remove`)."""
    state = _supervisor_state(ws)
    devices = _devices_of(state, user_name)
    return _leave(ws, state, devices, str(state.members[devices[0]].get("member", "")), "team.member_removed")


def revoke_device(ws: Workspace, device: str) -> Departure:
    """One lost or stolen laptop leaves; the member stays and joins again from a new one."""
    state = _supervisor_state(ws)
    if device not in state.members or device in state.removed:
        raise RelaisError("team.device_unknown", device=device)
    if device == state.device_id:
        raise RelaisError("team.cannot_remove_self")
    return _leave(ws, state, [device], str(state.members[device].get("member", "")), "team.device_revoked")


def lower_role(ws: Workspace, user_name: str, role: str) -> Departure:
    """A lower role for every device of the member: the scopes it loses get a new epoch, and
    its devices erase their copies of them at their next sync."""
    state = _supervisor_state(ws)
    if role not in ROLE_CEILING:
        raise RelaisError("team.bad_role", role=role)
    devices = _devices_of(state, user_name)
    keep = set(ROLE_CEILING[role])
    try:
        with HubClient(state.dsn) as hub:
            held = {s for m in hub.list_members() if str(m.device_id) in devices for s in m.scopes}
            lost = {s for s in held if s in SHARED_SCOPES and s not in keep}
            if not lost:
                raise RelaisError("team.role_not_lower", role=role)
            for device in devices:
                hub.change_role(uuid.UUID(device), role, [s for s in SHARED_SCOPES if s in keep])
            rotated, not_handed = rotate(hub, state, lost, set())
    except HubError as exc:
        raise hub_error(exc) from None
    _decide(ws, state, membership.control_record("role", state.team_id, state.device_id, devices=devices, role=role))
    with ws.unit() as session:
        ws.audit(session, "team.role_lowered", role=role)
    sync(ws)
    return Departure(devices, rotated, not_handed)


def unsent_changes(ws: Workspace) -> list[dict[str, Any]]:
    """This laptop's own changes that never reached the team: not yet accepted by the hub,
    or kept back because their scope was taken away. Whose file, which table, what kind."""
    with ws.read() as session:
        state = require_state(session)
    sealed = set(state.sealed)
    rows = [{"table": op["table"], "gid": op["gid"], "kind": op["kind"]} for op in pending_operations(ws)
            if op["op_id"] in sealed or not _pushed(ws, op["op_id"])]
    rows += [dict(r) for r in state.unsent]
    with ws.read() as session:
        conn = session.connection()
        for row in rows:
            row["person"] = _who(conn, row["table"], row["gid"])
    return rows


def _pushed(ws: Workspace, op_id: str) -> bool:
    with ws.read() as session:
        return bool(session.connection().exec_driver_sql("SELECT pushed FROM sync_pending WHERE op_id = ?",
                                                         (op_id,)).scalar())


def _who(conn, table: str, gid: str) -> str:
    from app.services.team.conflicts import _person_of

    try:
        return _person_of(conn, table, gid)
    except Exception:      # noqa: BLE001 - a table without a person, or a record gone
        return ""
