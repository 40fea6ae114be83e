"""Creating a team, inviting a member and joining: the only steps that touch keys by hand.

`create_team` (a supervisor's vault, with the enrolment DSN printed by `hub init`) registers
this device on the hub, makes the scope keys of epoch 1 and certifies itself as the anchor.
`invite` registers an invitation on the hub (the hub keeps S and a verifier of the code's
proof) and writes the invitation file: the role's scope keys, the anchor and a certificate
for a one-time invitation key, all wrapped under HKDF(Argon2id(code), S). `join` claims the
invitation with the code (the hub counts attempts), unwraps the file and stores everything
inside the vault. Nothing here writes a key or a DSN outside the encrypted vault.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from app.errors import RelaisError
from app.hub.client import HubClient, claim_proof, claim_verifier
from app.hub.errors import HubError
from app.hub.invitation_file import (
    PRODUCTION_KDF,
    InvitationFile,
    InvitationInvalid,
    KdfParams,
    code_key,
    new_code,
    open_invitation,
    seal_invitation,
)
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.services.team import membership
from app.services.team.state import (
    TeamState,
    b64,
    load_state,
    require_state,
    save_state,
    unb64,
)
from app.store.fsutil import atomic_write_bytes

SHARED_SCOPES = ("team", "clinical", "supervision")
ROLES = ("supervisor", "case_manager", "peer_worker")


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def hub_error(exc: HubError) -> RelaisError:
    """The hub's refusal in the user's words: claim refusals name what to do next."""
    params = dict(getattr(exc, "params", {}))
    reason = str(params.get("reason", ""))
    if reason.startswith("invitation_"):
        return RelaisError(f"team.{reason}")
    code = exc.code if exc.code.startswith("hub.") else f"hub.{exc.code}"
    return RelaisError(code, **params)


def _fresh_keys() -> dict[str, str]:
    return {"1": b64(os.urandom(32))}


def _register_epoch(hub: HubClient, state: TeamState, scope: str) -> None:
    signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    record = signer.sign(f"relais-epoch|{state.team_id}|{scope}|1".encode())
    hub.register_epoch(scope, 1, record)


def create_team(ws: Workspace, enrol_dsn: str, name: str | None = None) -> TeamState:
    ws.require(Permission.USERS_MANAGE)
    with ws.read() as session:
        if load_state(session) is not None:
            raise RelaisError("team.already_joined")
    sign_key, dh_key = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    try:
        with HubClient(enrol_dsn) as enrolment_hub:
            enrolment = enrolment_hub.create_team(raw_public(sign_key), raw_public(dh_key))
    except HubError as exc:
        raise hub_error(exc) from None
    keys = {scope: _fresh_keys() for scope in (*SHARED_SCOPES, enrolment.private_scope, "tag")}
    state = TeamState(str(enrolment.team_id), str(enrolment.device_id), str(enrolment.member_id), "supervisor",
                      name or ws.user.name, enrolment.credentials.dsn, enrol_dsn, b64(raw_private(sign_key)),
                      b64(raw_private(dh_key)), b64(raw_public(sign_key)), list(enrolment.scopes), keys)
    try:
        with HubClient(state.dsn) as hub:
            for scope in (*SHARED_SCOPES, enrolment.private_scope):
                _register_epoch(hub, state, scope)
    except HubError as exc:
        raise hub_error(exc) from None
    record = membership.device_record(state.team_id, state.device_id, state.member_id, "supervisor", state.name,
                                      raw_public(sign_key), raw_public(dh_key), enrolment.private_scope)
    entry = {"device": membership.sign(record, sign_key)}
    state.own_entry = entry
    with ws.unit() as session:
        state.members[state.device_id] = record
        state.outgoing_membership.append(entry)
        save_state(session, state)
        ws.audit(session, "team.created")
    return state


@dataclass(frozen=True)
class Invited:
    path: Path
    code: str
    role: str


def invite(ws: Workspace, user_name: str, role: str, out: Path, kdf: KdfParams = PRODUCTION_KDF) -> Invited:
    ws.require(Permission.USERS_MANAGE)
    if role not in ROLES:
        raise RelaisError("team.bad_role", role=role)
    with ws.read() as session:
        state = require_state(session)
    if state.role != "supervisor":
        raise RelaisError("team.supervisor_only")
    anchor = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    invite_id, code, salt, secret = uuid.uuid4(), new_code(), os.urandom(16), os.urandom(32)
    k = code_key(code, salt, kdf)
    scopes = [s for s in SHARED_SCOPES if s in membership.ROLE_WRITES[role]]
    try:
        with HubClient(state.dsn) as hub:
            invitation = hub.create_invitation(invite_id, role, scopes, claim_verifier(claim_proof(k, invite_id)),
                                               secret)
    except HubError as exc:
        raise hub_error(exc) from None
    invite_key = Ed25519PrivateKey.generate()
    certificate = membership.invitation_certificate(anchor, state.team_id, str(invite_id), str(invitation.member_id),
                                                    role, user_name, raw_public(invite_key))
    payload = {"team": state.team_id, "anchor": state.anchor, "role": role, "name": user_name,
               "member": str(invitation.member_id), "certificate": certificate,
               "invite_key": b64(raw_private(invite_key)),
               "keys": {scope: state.keys[scope] for scope in (*scopes, "tag")}}
    sealed = seal_invitation(payload, k, secret, invite_id, uuid.UUID(state.team_id), state.enrol_dsn, salt, kdf)
    atomic_write_bytes(out, sealed.dumps().encode(), mode=0o600)
    with ws.unit() as session:
        ws.audit(session, "team.invited", role=role)
    return Invited(out, code, role)


def join(ws: Workspace, invitation_path: Path, code: str) -> TeamState:
    with ws.read() as session:
        if load_state(session) is not None:
            raise RelaisError("team.already_joined")
    try:
        invitation = InvitationFile.loads(Path(invitation_path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, InvitationInvalid):
        raise RelaisError("team.invitation_unreadable") from None
    k = code_key(code, invitation.salt, invitation.kdf)
    sign_key, dh_key = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    try:
        with HubClient(invitation.enrol_dsn) as enrolment_hub:
            enrolment = enrolment_hub.claim_invitation(invitation.invite_id, claim_proof(k, invitation.invite_id),
                                                       raw_public(sign_key), raw_public(dh_key))
    except HubError as exc:
        raise hub_error(exc) from None
    if str(enrolment.team_id) != str(invitation.team_id):
        raise RelaisError("team.invitation_other_team")
    try:
        payload = open_invitation(invitation, k, enrolment.invitation_secret or b"")
    except InvitationInvalid:
        raise RelaisError("team.invitation_unreadable") from None
    keys = dict(payload["keys"])
    keys[enrolment.private_scope] = _fresh_keys()
    state = TeamState(str(enrolment.team_id), str(enrolment.device_id), str(enrolment.member_id), enrolment.role,
                      payload["name"], enrolment.credentials.dsn, invitation.enrol_dsn, b64(raw_private(sign_key)),
                      b64(raw_private(dh_key)), payload["anchor"], list(enrolment.scopes), keys)
    try:
        with HubClient(state.dsn) as hub:
            _register_epoch(hub, state, enrolment.private_scope)
    except HubError as exc:
        raise hub_error(exc) from None
    invite_key = Ed25519PrivateKey.from_private_bytes(unb64(payload["invite_key"]))
    record = membership.device_record(state.team_id, state.device_id, state.member_id, state.role, state.name,
                                      raw_public(sign_key), raw_public(dh_key), enrolment.private_scope)
    entry = {"device": membership.sign(record, invite_key), "invitation": payload["certificate"]}
    state.own_entry = entry
    with ws.unit() as session:
        state.members[state.device_id] = record
        state.outgoing_membership.append(entry)
        save_state(session, state)
        ws.audit(session, "team.joined", role=state.role)
    _start(ws)
    _announce(ws)
    return state


def _start(ws: Workspace) -> None:
    """Start from the team's latest snapshot when there is one this device may read; else
    (or offline) the first sync replays the log."""
    from app.services.team.snapshot import start_from_snapshot

    with ws.read() as session:
        state = require_state(session)
    try:
        with HubClient(state.dsn) as hub:
            start_from_snapshot(ws, hub, state)
    except HubError:
        pass


def _announce(ws: Workspace) -> None:
    """Push this device's membership record at once, so that supervisors verify it (and hand
    it the keys of a rotation) even before its first full sync. Offline: the next sync does."""
    from app.services.team.exchange import push

    with ws.read() as session:
        state = require_state(session)
    try:
        with HubClient(state.dsn) as hub:
            push(ws, hub, state)
    except HubError:
        pass
