"""The hub's tables, row-level security and private helpers, as SQL text.

Everything lives in the schema `relais_hub`, owned by the hub's owner role. Nobody else holds a
privilege on a table: members reach the data only through the `SECURITY DEFINER` functions of
`sql_membership`, `sql_log` and `sql_keys`, which run as the owner. Row-level security is
enabled and FORCED (so it applies to the owner too) as defence in depth behind those functions:
the policies identify the caller by `session_user`, the device's own login role, which neither a
`SET ROLE` nor a definer function changes.

Refinements of the design notes:

* `logins` maps a login role to its device and team. It is the one table whose policy does not
  depend on another table (`login_role = session_user`), so the team and scope helpers can read
  it from inside the other tables' policies without recursion.
* The log is two tables. `ops` is the hash chain (team, seq, op id, digest, hashes), readable by
  the whole team; `op_bodies` holds what only some may read (device, scope, epoch, tag, header,
  ciphertext) and its policy filters by the caller's readable scopes. A pull joins the two, so a
  row the caller may not read comes back as a stub even if a function forgot to filter.
* The digest is sha256(len(header) as 4 bytes big endian || header || ciphertext): the length
  prefix makes the split between header and ciphertext unambiguous.
* Invitation secrets (S) and verifiers are wiped once an invitation is claimed, exhausted or
  seen expired: the hub keeps nothing it no longer needs.

Placeholders (replaced by `render`, see admin.py): @OWNER@, @MEMBER@, @ENROL@ (quoted role
identifiers), @ENROL_NAME@, @MEMBER_NAME@, @DEVICE_PREFIX@ (quoted literals).
"""

from __future__ import annotations

import re

SCHEMA = "relais_hub"
HUB_VERSION = 1

TABLES = r"""
CREATE TABLE relais_hub.teams (
    team_id     uuid PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per team: the head of its log, locked FOR UPDATE by every push so that sequence
-- order is commit order.
CREATE TABLE relais_hub.team_heads (
    team_id     uuid PRIMARY KEY REFERENCES relais_hub.teams,
    last_seq    bigint NOT NULL,
    last_hash   bytea NOT NULL CHECK (length(last_hash) = 32)
);

CREATE TABLE relais_hub.devices (
    device_id   uuid PRIMARY KEY,
    team_id     uuid NOT NULL REFERENCES relais_hub.teams,
    member_id   uuid NOT NULL,
    role        text NOT NULL CHECK (role IN ('supervisor', 'case_manager', 'peer_worker')),
    scopes      text[] NOT NULL,
    ed25519     bytea NOT NULL CHECK (length(ed25519) = 32),
    x25519      bytea NOT NULL CHECK (length(x25519) = 32),
    enabled     boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX devices_team ON relais_hub.devices (team_id);

CREATE TABLE relais_hub.logins (
    login_role  name PRIMARY KEY,
    device_id   uuid NOT NULL UNIQUE REFERENCES relais_hub.devices,
    team_id     uuid NOT NULL REFERENCES relais_hub.teams
);

CREATE TABLE relais_hub.ops (
    team_id     uuid NOT NULL REFERENCES relais_hub.teams,
    seq         bigint NOT NULL CHECK (seq > 0),
    op_id       uuid NOT NULL UNIQUE,
    digest      bytea NOT NULL CHECK (length(digest) = 32),
    prev_hash   bytea NOT NULL CHECK (length(prev_hash) = 32),
    hash        bytea NOT NULL CHECK (length(hash) = 32),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, seq)
);

CREATE TABLE relais_hub.op_bodies (
    team_id     uuid NOT NULL,
    seq         bigint NOT NULL,
    device_id   uuid NOT NULL REFERENCES relais_hub.devices,
    scope       text NOT NULL,
    epoch       integer NOT NULL,
    tag         bytea NOT NULL,
    header      bytea NOT NULL,
    ciphertext  bytea,              -- NULL once purged; the digest in ops still covers it
    PRIMARY KEY (team_id, seq),
    FOREIGN KEY (team_id, seq) REFERENCES relais_hub.ops
);
CREATE INDEX op_bodies_tag ON relais_hub.op_bodies (team_id, tag);

CREATE TABLE relais_hub.purged_tags (
    team_id     uuid NOT NULL REFERENCES relais_hub.teams,
    scope       text NOT NULL,
    tag         bytea NOT NULL,
    PRIMARY KEY (team_id, scope, tag)
);

CREATE TABLE relais_hub.epochs (
    team_id     uuid NOT NULL REFERENCES relais_hub.teams,
    scope       text NOT NULL,
    epoch       integer NOT NULL CHECK (epoch >= 1),
    device_id   uuid NOT NULL REFERENCES relais_hub.devices,
    record      bytea NOT NULL,
    after_seq   bigint NOT NULL,    -- the team's last seq when the epoch began
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, scope, epoch)
);

CREATE TABLE relais_hub.key_packages (
    device_id   uuid NOT NULL REFERENCES relais_hub.devices,
    scope       text NOT NULL,
    epoch       integer NOT NULL,
    team_id     uuid NOT NULL,
    from_device uuid NOT NULL REFERENCES relais_hub.devices,
    wrapped     bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, scope, epoch),
    FOREIGN KEY (team_id, scope, epoch) REFERENCES relais_hub.epochs
);

CREATE TABLE relais_hub.invitations (
    invite_id   uuid PRIMARY KEY,
    team_id     uuid NOT NULL REFERENCES relais_hub.teams,
    role        text NOT NULL CHECK (role IN ('supervisor', 'case_manager', 'peer_worker')),
    scopes      text[] NOT NULL,
    member_id   uuid NOT NULL,
    verifier    bytea,              -- sha256(proof); NULL once no longer claimable
    secret      bytea,              -- S; NULL once no longer claimable
    attempts    integer NOT NULL DEFAULT 0,
    created_by  uuid NOT NULL REFERENCES relais_hub.devices,
    expires_at  timestamptz NOT NULL,
    claimed_at  timestamptz,
    claimed_by  uuid
);
"""

HELPERS = r"""
CREATE FUNCTION relais_hub.is_enrolment() RETURNS boolean LANGUAGE sql STABLE
AS $$ SELECT session_user = @ENROL_NAME@::name $$;

CREATE FUNCTION relais_hub.caller_team() RETURNS uuid LANGUAGE sql STABLE
AS $$ SELECT l.team_id FROM relais_hub.logins l WHERE l.login_role = session_user $$;

CREATE FUNCTION relais_hub.caller_device() RETURNS uuid LANGUAGE sql STABLE
AS $$ SELECT l.device_id FROM relais_hub.logins l WHERE l.login_role = session_user $$;

-- The scopes an enabled calling device may read (and write); empty for anyone else.
CREATE FUNCTION relais_hub.caller_scopes() RETURNS text[] LANGUAGE sql STABLE
AS $$ SELECT coalesce((SELECT d.scopes FROM relais_hub.devices d
                       JOIN relais_hub.logins l ON l.device_id = d.device_id
                       WHERE l.login_role = session_user AND d.enabled), '{}'::text[]) $$;

-- The calling device's row; refuses strangers and disabled devices.
CREATE FUNCTION relais_hub.me() RETURNS relais_hub.devices LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_me relais_hub.devices;
BEGIN
    SELECT d.* INTO v_me FROM relais_hub.logins l JOIN relais_hub.devices d ON d.device_id = l.device_id
     WHERE l.login_role = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not_a_device' USING ERRCODE = 'RH001';
    END IF;
    IF NOT v_me.enabled THEN
        RAISE EXCEPTION 'device_disabled' USING ERRCODE = 'RH001';
    END IF;
    RETURN v_me;
END $$;

CREATE FUNCTION relais_hub.valid_scope(p_scope text) RETURNS boolean LANGUAGE sql IMMUTABLE
AS $$ SELECT p_scope ~ '^(team|clinical|supervision|private:[0-9a-f]{32})$' $$;

-- The shared scopes a role may ever read (its own private scope comes on top).
CREATE FUNCTION relais_hub.role_ceiling(p_role text) RETURNS text[] LANGUAGE sql IMMUTABLE
AS $$ SELECT CASE p_role WHEN 'supervisor' THEN ARRAY['team', 'clinical', 'supervision']
                         WHEN 'case_manager' THEN ARRAY['team', 'clinical']
                         WHEN 'peer_worker' THEN ARRAY['team'] END $$;

CREATE FUNCTION relais_hub.new_private_scope() RETURNS text LANGUAGE sql VOLATILE
AS $$ SELECT 'private:' || replace(gen_random_uuid()::text, '-', '') $$;

CREATE FUNCTION relais_hub.hub_version() RETURNS integer LANGUAGE sql IMMUTABLE
AS $$ SELECT 1 $$;
"""

_TEAM = "team_id = (SELECT relais_hub.caller_team())"
_READABLE = f"{_TEAM} AND scope = ANY ((SELECT relais_hub.caller_scopes())::text[])"
_ENROL = "(SELECT relais_hub.is_enrolment())"

POLICIES = f"""
CREATE POLICY team_read ON relais_hub.teams FOR SELECT USING ({_TEAM});
CREATE POLICY enrol_insert ON relais_hub.teams FOR INSERT WITH CHECK ({_ENROL});

CREATE POLICY team_all ON relais_hub.team_heads FOR ALL USING ({_TEAM}) WITH CHECK ({_TEAM});
CREATE POLICY enrol_insert ON relais_hub.team_heads FOR INSERT WITH CHECK ({_ENROL});

CREATE POLICY team_read ON relais_hub.devices FOR SELECT USING ({_TEAM});
CREATE POLICY team_update ON relais_hub.devices FOR UPDATE USING ({_TEAM}) WITH CHECK ({_TEAM});
CREATE POLICY enrol_insert ON relais_hub.devices FOR INSERT WITH CHECK ({_ENROL});

CREATE POLICY self_read ON relais_hub.logins FOR SELECT USING (login_role = session_user);
CREATE POLICY enrol_insert ON relais_hub.logins FOR INSERT WITH CHECK ({_ENROL});

CREATE POLICY team_read ON relais_hub.ops FOR SELECT USING ({_TEAM});
CREATE POLICY team_insert ON relais_hub.ops FOR INSERT WITH CHECK ({_TEAM});

CREATE POLICY scope_read ON relais_hub.op_bodies FOR SELECT USING ({_READABLE});
CREATE POLICY scope_insert ON relais_hub.op_bodies FOR INSERT
    WITH CHECK ({_READABLE} AND device_id = (SELECT relais_hub.caller_device()));
CREATE POLICY scope_purge ON relais_hub.op_bodies FOR UPDATE USING ({_READABLE}) WITH CHECK ({_READABLE});

CREATE POLICY scope_all ON relais_hub.purged_tags FOR ALL USING ({_READABLE}) WITH CHECK ({_READABLE});

CREATE POLICY scope_read ON relais_hub.epochs FOR SELECT USING ({_READABLE});
CREATE POLICY scope_insert ON relais_hub.epochs FOR INSERT
    WITH CHECK ({_READABLE} AND device_id = (SELECT relais_hub.caller_device()));

CREATE POLICY own_read ON relais_hub.key_packages FOR SELECT
    USING (device_id = (SELECT relais_hub.caller_device()));
CREATE POLICY scope_insert ON relais_hub.key_packages FOR INSERT
    WITH CHECK ({_READABLE} AND from_device = (SELECT relais_hub.caller_device()));

CREATE POLICY team_insert ON relais_hub.invitations FOR INSERT WITH CHECK ({_TEAM});
CREATE POLICY enrol_read ON relais_hub.invitations FOR SELECT USING ({_ENROL});
CREATE POLICY enrol_update ON relais_hub.invitations FOR UPDATE USING ({_ENROL}) WITH CHECK ({_ENROL});
"""

TABLE_NAMES = ("teams", "team_heads", "devices", "logins", "ops", "op_bodies", "purged_tags", "epochs",
               "key_packages", "invitations")

ROW_SECURITY = "\n".join(
    f"ALTER TABLE relais_hub.{t} ENABLE ROW LEVEL SECURITY;\nALTER TABLE relais_hub.{t} FORCE ROW LEVEL SECURITY;"
    for t in TABLE_NAMES)


def render(sql_text: str, placeholders: dict[str, str]) -> str:
    """Replace the @NAME@ placeholders; refuse text that still holds one."""
    for key, value in placeholders.items():
        sql_text = sql_text.replace(f"@{key}@", value)
    leftover = re.search(r"@[A-Z_]+@", sql_text)
    if leftover:
        raise ValueError(f"unreplaced placeholder {leftover.group()}")
    return sql_text
