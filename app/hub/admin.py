"""`hub init`: turn an empty PostgreSQL database into a team hub.

Run once by the operator with an administrator's DSN (a role that may create roles and owns the
database, or a superuser). The administrator's DSN is used for this call only and stored nowhere.
It creates, in one transaction:

* `<prefix>_owner` (NOLOGIN, CREATEROLE): owns the schema `relais_hub`, its tables and functions,
  and creates one login role per device from inside the registering functions. On PostgreSQL 15
  and older CREATEROLE is close to superuser power, which is why the functions run only fixed
  statements with quoted names (`format('%I')`) and a checked SCRAM verifier.
* `<prefix>_member` (NOLOGIN): the group every device login joins; it may connect and EXECUTE
  the member functions, nothing else.
* `<prefix>_enrol` (LOGIN, random password): may connect and EXECUTE create_team,
  claim_invitation and hub_version only. Its DSN is what init returns; supervisors and invited
  members use it to register their devices.

The prefix is the database name (made a safe identifier, shortened with a hash when needed), so
several hub databases can share one cluster. PUBLIC loses every right on the database and the
schema; members hold no table privilege at all. The administrator stays a member of the owner
role (it needs it for backups, `pg_dump` with a BYPASSRLS role, and for maintenance).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from app.hub import schema, snapshots, sql_keys, sql_log, sql_membership
from app.hub.connection import connect, hub_errors
from app.hub.errors import HubAlreadyInitialised, HubError
from app.hub.scram import new_password, scram_verifier

MIN_SERVER_VERSION = 140000
_KEPT_DSN_KEYS = ("host", "hostaddr", "port", "sslmode", "sslrootcert", "sslcrl", "sslcrldir",
                  "target_session_attrs", "channel_binding", "gssencmode")


@dataclass(frozen=True)
class HubRoles:
    prefix: str
    owner: str
    member: str
    enrol: str
    device_prefix: str
    """A device's login role is device_prefix + its device id as 32 hex digits (<= 63 chars)."""


def hub_roles(dbname: str) -> HubRoles:
    base = re.sub(r"[^a-z0-9_]", "_", dbname.lower())[:20]
    if base != dbname or not base[:1].isalpha():
        base = f"h{base[:19]}_{hashlib.sha256(dbname.encode()).hexdigest()[:6]}"
    return HubRoles(base, f"{base}_owner", f"{base}_member", f"{base}_enrol", f"{base}_d_")


def _script(roles: HubRoles) -> str:
    # Role names are [a-z0-9_] by construction (hub_roles), so plain quoting is exact.
    placeholders = {"OWNER": f'"{roles.owner}"', "MEMBER": f'"{roles.member}"', "ENROL": f'"{roles.enrol}"',
                    "ENROL_NAME": f"'{roles.enrol}'", "MEMBER_NAME": f"'{roles.member}'",
                    "DEVICE_PREFIX": f"'{roles.device_prefix}'"}
    member_functions = (sql_membership.MEMBER_FUNCTIONS + sql_log.MEMBER_FUNCTIONS + sql_keys.MEMBER_FUNCTIONS
                        + snapshots.MEMBER_FUNCTIONS)
    grants = "\n".join(
        [f"GRANT EXECUTE ON FUNCTION relais_hub.{f} TO @ENROL@;" for f in sql_membership.ENROLMENT_FUNCTIONS]
        + [f"GRANT EXECUTE ON FUNCTION relais_hub.{f} TO @MEMBER@;" for f in member_functions])
    body = "\n".join([
        "SET LOCAL ROLE @OWNER@;",
        "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;",
        schema.TABLES, snapshots.TABLE, schema.HELPERS, sql_membership.FUNCTIONS, sql_log.FUNCTIONS,
        sql_keys.FUNCTIONS, snapshots.FUNCTIONS, schema.ROW_SECURITY, schema.POLICIES, snapshots.POLICIES,
        "REVOKE ALL ON ALL TABLES IN SCHEMA relais_hub FROM PUBLIC;",
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA relais_hub FROM PUBLIC;",
        "REVOKE ALL ON SCHEMA relais_hub FROM PUBLIC;",
        "GRANT USAGE ON SCHEMA relais_hub TO @MEMBER@, @ENROL@;",
        grants,
        f"COMMENT ON SCHEMA relais_hub IS 'Relais team hub, version {schema.HUB_VERSION}';",
        "RESET ROLE;",
    ])
    return schema.render(body, placeholders)


def _refuse_existing(conn: psycopg.Connection, roles: HubRoles) -> None:
    if conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema.SCHEMA,)).fetchone():
        raise HubAlreadyInitialised(database=conn.info.dbname)
    taken = [r for (r,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
                                        ([roles.owner, roles.member, roles.enrol],))]
    if taken:
        raise HubAlreadyInitialised(database=conn.info.dbname, roles=", ".join(sorted(taken)))


def _q(text: str, *names: str) -> sql.Composed:
    return sql.SQL(text).format(*map(sql.Identifier, names))


def enrolment_dsn(admin_dsn: str, dbname: str, enrol: str, password: str) -> str:
    """Same server and database as `admin_dsn` (and its TLS settings), the enrolment login."""
    params = conninfo_to_dict(admin_dsn)
    kept = {k: str(params[k]) for k in _KEPT_DSN_KEYS if params.get(k)}
    return make_conninfo("", **kept, dbname=dbname, user=enrol, password=password)


def init_hub(admin_dsn: str) -> str:
    """Create the hub in the database `admin_dsn` names and return the enrolment DSN.

    Refuses (HubAlreadyInitialised) a database that already holds a hub. Raises HubUnreachable
    when the server does not answer and HubRefused('not_permitted') when the administrator may
    not create roles or grant on the database."""
    with connect(admin_dsn, autocommit=False, connect_timeout=10, statement_timeout_ms=120_000) as conn:
        if conn.info.server_version < MIN_SERVER_VERSION:
            raise HubError("hub.server_too_old", version=str(conn.info.server_version))
        dbname = conn.info.dbname
        roles = hub_roles(dbname)
        password = new_password()
        with hub_errors():
            _refuse_existing(conn, roles)
            conn.execute(_q("CREATE ROLE {} NOLOGIN CREATEROLE", roles.owner))
            conn.execute(_q("CREATE ROLE {} NOLOGIN", roles.member))
            conn.execute(_q("CREATE ROLE {} LOGIN CONNECTION LIMIT 20 PASSWORD ", roles.enrol)
                         + sql.Literal(scram_verifier(password)))
            conn.execute(_q("GRANT {} TO {} WITH ADMIN OPTION", roles.member, roles.owner))
            conn.execute(_q("GRANT {} TO CURRENT_USER", roles.owner))
            conn.execute(_q("REVOKE ALL ON DATABASE {} FROM PUBLIC", dbname))
            conn.execute(_q("GRANT CONNECT ON DATABASE {} TO {}, {}", dbname, roles.member, roles.enrol))
            conn.execute(_q("CREATE SCHEMA relais_hub AUTHORIZATION {}", roles.owner))
            conn.execute(_script(roles).encode())
            conn.commit()
    return enrolment_dsn(admin_dsn, dbname, roles.enrol, password)


def upgrade_hub(admin_dsn: str) -> bool:
    """`hub upgrade`: bring a hub created by an older Relais up to this version (today: the
    snapshots table and functions). True when something was added; False when up to date."""
    from app.hub.snapshots import install_snapshots

    with connect(admin_dsn, autocommit=False, connect_timeout=10, statement_timeout_ms=120_000) as conn:
        roles = hub_roles(conn.info.dbname)
        with hub_errors():
            added = install_snapshots(conn, roles.owner)
            conn.commit()
    return added
