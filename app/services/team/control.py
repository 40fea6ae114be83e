"""What a replica does with the team's control records, and with new key epochs.

Control records travel like membership entries (in the `team` scope), each signed by the
deciding device's own key inside the operation it rides in:

* `removal` (a supervisor): the listed devices left the team. Every replica refuses their
  operations with a hub sequence after the removal's (the hub already refuses their logins).
* `role` (a supervisor): the listed devices have a new, lower role. From the record's place
  in the log on, their operations are checked against the new role; the devices themselves
  erase their local copy of the scopes they lost (with a WAL checkpoint) and drop those keys.
* `tombstone` (a supervisor or a case manager, never a peer worker): a person was erased.
  Every replica erases the person and everything about them, remembers the gid and the
  person's record tags, drops later operations about them and asks the hub to purge the tags.

Key packages (app/hub/keypackage.py) carry a new epoch's scope key, signed by a supervisor
this laptop has verified; they are fetched before every push and pull.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection

from app.hub.client import HubClient
from app.hub.envelope import record_tag
from app.hub.keypackage import PackageInvalid, package_context, unwrap, wrap
from app.models.erasure import record_erasures
from app.models.sync_scopes import SYNCED, capture_spec
from app.services.sync.merged import MergedPersons
from app.services.team import membership
from app.services.team.state import TeamState, b64, unb64
from app.store.sync.capture import capture_off
from app.store.sync.ops import Rows

CONTROL_ROLES = {"removal": {"supervisor"}, "role": {"supervisor"}, "tombstone": {"supervisor", "case_manager"}}


def fetch_keys(hub: HubClient, state: TeamState) -> int:
    """Store the scope keys of new epochs wrapped for this device; returns how many."""
    dh = X25519PrivateKey.from_private_bytes(unb64(state.dh_key))
    got = 0
    for package in hub.my_key_packages():
        if state.key(package.scope, package.epoch) is not None or package.scope not in state.scopes:
            continue
        signer = state.members.get(str(package.from_device))
        if signer is None or signer.get("role") != "supervisor" or str(package.from_device) in state.removed:
            continue                # not (yet) a verified supervisor: try again after the next pull
        context = package_context(state.team_id, package.scope, package.epoch, state.device_id)
        try:
            payload = json.loads(unwrap(package.wrapped, dh, unb64(signer["ed25519"]), context))
        except (PackageInvalid, ValueError):
            state.report(0, "key_package", str(package.from_device))
            continue
        state.keys.setdefault(package.scope, {})[str(package.epoch)] = payload["key"]
        if payload.get("tag"):
            state.keys.setdefault("tag", {})[str(package.epoch)] = payload["tag"]
        got += 1
    return got


def hand_keys(hub: HubClient, state: TeamState) -> int:
    """A supervisor's laptop wraps the current epoch's key of each shared scope it holds for
    every enabled, verified device that reads the scope and was not handed it yet (a device
    verified after the rotation). The hub keeps a package already there. Returns how many."""
    signer = Ed25519PrivateKey.from_private_bytes(unb64(state.sign_key))
    current = hub.current_epochs()
    members = [m for m in hub.list_members() if m.enabled]
    handed = 0
    for scope, epoch in sorted(current.items()):
        key = state.key(scope, epoch)
        if scope.startswith("private:") or key is None:
            continue
        payload = {"key": b64(key)}
        if scope == "team" and state.key("tag", epoch) is not None:
            payload["tag"] = state.keys["tag"][str(epoch)]
        done = state.handed.setdefault(f"{scope}:{epoch}", [])
        packages = {}
        for member in members:
            device = str(member.device_id)
            verified = state.members.get(device)
            if (device in done or device in state.removed or scope not in member.scopes or verified is None
                    or unb64(verified["x25519"]) != member.x25519):
                continue
            packages[member.device_id] = wrap(json.dumps(payload).encode(), member.x25519, signer,
                                              package_context(state.team_id, scope, epoch, device))
        if packages:
            hub.put_key_packages(scope, epoch, packages)
            done.extend(str(d) for d in packages)
            handed += len(packages)
    return handed


def person_tags(state: TeamState, gid: str) -> list[str]:
    """The person's record tags under every tag key this laptop holds (hex)."""
    person = uuid.UUID(gid)
    return [record_tag(unb64(key), person).hex() for _, key in sorted(state.keys.get("tag", {}).items())]


def check_control(state: TeamState, signer: dict[str, Any], device: str, signed: dict[str, Any]) -> dict[str, Any]:
    """The control record, once its signature and its signer's role hold. Raises
    MembershipInvalid (signature) or PermissionError (role)."""
    record = membership.verify_control(signed, unb64(signer["ed25519"]), state.team_id, device)
    if signer.get("role") not in CONTROL_ROLES.get(str(record.get("kind")), set()):
        raise PermissionError(record.get("kind"))
    return record


class Effects:
    """What the control records of one pulled batch ask this replica to do, in the batch's
    transaction: persons to erase, scopes to forget, tags to purge on the hub afterwards."""

    def __init__(self) -> None:
        self.erase: list[str] = []
        self.lost_scopes: set[str] = set()
        self.purge: set[bytes] = set()

    def __bool__(self) -> bool:
        return bool(self.erase or self.lost_scopes)


def take_control(state: TeamState, seq: int, record: dict[str, Any], effects: Effects) -> None:
    kind = record["kind"]
    if kind == "removal":
        for device in record.get("devices", []):
            state.removed.setdefault(str(device), seq)
        if state.device_id in record.get("devices", []):
            state.lost_hub = True
    elif kind == "role":
        role = str(record.get("role"))
        for device in record.get("devices", []):
            state.role_changes[str(device)] = [seq, role]
            if str(device) in state.members:
                state.members[str(device)] = dict(state.members[str(device)], role=role)
        if state.device_id in record.get("devices", []):
            keep = membership.ROLE_WRITES.get(role, set())
            lost = {s for s in state.scopes if not s.startswith("private:") and s not in keep}
            state.role = role
            state.scopes = [s for s in state.scopes if s not in lost]
            for scope in lost:
                state.keys.pop(scope, None)
            effects.lost_scopes |= lost
    elif kind == "tombstone":
        gid = str(record.get("person"))
        tags = sorted(set(record.get("tags", [])) | set(person_tags(state, gid)))
        state.erased[gid] = tags
        effects.erase.append(gid)
        effects.purge |= {bytes.fromhex(t) for t in tags}


def is_erased(state: TeamState, tag: bytes, op: dict[str, Any]) -> bool:
    """An operation about an erased person (by its record tag, or by the gids it names)."""
    if tag and tag.hex() in erased_tags(state):
        return True
    if op.get("table") == "persons" and op.get("gid") in state.erased:
        return True
    return str(op.get("fields", {}).get("person_id")) in state.erased


def erased_tags(state: TeamState) -> set[str]:
    return {t for tags in state.erased.values() for t in tags}


def erase_locally(conn: Connection, gids: list[str]) -> list[int]:
    """Inside the caller's transaction, capture off: erase each person and everything hanging
    from them (the schema's cascades), then the replica's traces of records that no longer
    exist (versions, conflicts, pending changes). Returns the local ids erased.

    The vault remembers each gid in `erased_gids`, as for an erasure made here, so that a
    backup restored later does not bring the person back."""
    erased = []
    record_erasures(conn, gids)
    merged = MergedPersons(conn, Rows(conn, capture_spec()))
    with capture_off(conn):
        for gid in gids:
            local = conn.exec_driver_sql("SELECT id FROM persons WHERE gid = ?", (gid,)).scalar()
            if local is not None:
                conn.exec_driver_sql("DELETE FROM persons WHERE id = ?", (local,))
                erased.append(int(local))
            else:
                merged.erased_after_merge(gid)  # merged away here: what the merge moved goes too
        _forget_missing(conn, set(gids))
    return erased


def erase_scopes(conn: Connection, scopes: set[str]) -> None:
    """A lowered role: every row of the tables of the scopes it lost, and their traces."""
    tables = [t for t, spec in SYNCED.items() if spec.scope.value in scopes]
    with capture_off(conn):
        for table in reversed(tables):         # children before parents
            conn.exec_driver_sql(f'DELETE FROM "{table}"')
        for table in tables:
            conn.exec_driver_sql("DELETE FROM sync_versions WHERE tbl = ?", (table,))
            conn.exec_driver_sql("DELETE FROM sync_conflicts WHERE tbl = ?", (table,))
            conn.exec_driver_sql("DELETE FROM sync_outbox WHERE tbl = ?", (table,))
        for pos, raw in conn.exec_driver_sql("SELECT pos, op FROM sync_pending").all():
            if json.loads(raw)["table"] in tables:
                conn.exec_driver_sql("DELETE FROM sync_pending WHERE pos = ?", (pos,))


def _forget_missing(conn: Connection, persons: set[str]) -> None:
    for table in SYNCED:
        conn.exec_driver_sql(f'DELETE FROM sync_versions WHERE tbl = ? AND gid NOT IN (SELECT gid FROM "{table}")',
                             (table,))
        conn.exec_driver_sql(f'DELETE FROM sync_conflicts WHERE tbl = ? AND gid NOT IN (SELECT gid FROM "{table}")',
                             (table,))
        conn.exec_driver_sql(f'DELETE FROM sync_outbox WHERE tbl = ? AND kind != \'D\' '
                             f'AND gid NOT IN (SELECT gid FROM "{table}")', (table,))
    for pos, raw in conn.exec_driver_sql("SELECT pos, op FROM sync_pending").all():
        op = json.loads(raw)
        if op["kind"] != "upsert":
            continue
        gone = conn.exec_driver_sql(f'SELECT 1 FROM "{op["table"]}" WHERE gid = ?', (op["gid"],)).first() is None
        if gone or str(op.get("fields", {}).get("person_id")) in persons:
            conn.exec_driver_sql("DELETE FROM sync_pending WHERE pos = ?", (pos,))
