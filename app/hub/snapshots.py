"""Snapshots on the hub: one sealed blob per shared scope, taken at one log position.

A supervisor's device seals the state of every shared scope it reads, as it stands after the
operation `seq` of the team's log, and stores the set in one call (`put_snapshots`): the hub
keeps them all or none, so a sealing interrupted half-way leaves no partial set. A joining
device asks for the latest set (`latest_snapshots`): the hub serves only the scopes the caller
reads (a peer worker's device gets the `team` snapshot, never the clinical one), and the
laptop checks everything itself (signature by a supervisor certified through the anchor, the
scope key, the chain hash at `seq`, which the tail pulled afterwards must extend).

The hub sees a scope name, an epoch, a sequence number, a device id and the size of a blob.
It keeps the two latest sets per team; older ones are deleted when a new set arrives.

SQL text (placeholders as in schema.py); installed by `hub init`, and on a hub created before
snapshots existed by `install_snapshots` (the administrator's DSN, as for `hub init`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import psycopg

MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024
KEEP_SETS = 2

TABLE = r"""
CREATE TABLE relais_hub.snapshots (
    snapshot_id uuid PRIMARY KEY,
    team_id     uuid NOT NULL REFERENCES relais_hub.teams,
    scope       text NOT NULL,
    epoch       integer NOT NULL,
    seq         bigint NOT NULL CHECK (seq > 0),
    device_id   uuid NOT NULL REFERENCES relais_hub.devices,
    header      bytea NOT NULL,
    body        bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (team_id, seq, scope)
);
CREATE INDEX snapshots_team_seq ON relais_hub.snapshots (team_id, seq);
"""

_READABLE = ("team_id = (SELECT relais_hub.caller_team()) "
             "AND scope = ANY ((SELECT relais_hub.caller_scopes())::text[])")

POLICIES = f"""
ALTER TABLE relais_hub.snapshots ENABLE ROW LEVEL SECURITY;
ALTER TABLE relais_hub.snapshots FORCE ROW LEVEL SECURITY;
CREATE POLICY scope_read ON relais_hub.snapshots FOR SELECT USING ({_READABLE});
CREATE POLICY scope_insert ON relais_hub.snapshots FOR INSERT
    WITH CHECK ({_READABLE} AND device_id = (SELECT relais_hub.caller_device()));
CREATE POLICY scope_prune ON relais_hub.snapshots FOR DELETE USING ({_READABLE});
"""

FUNCTIONS = r"""
-- A set of snapshots taken at one log position (parallel arrays, one element per scope).
-- Supervisors only, shared scopes they read, `seq` within the log, each scope at its current
-- epoch. All or nothing. Keeps the two latest sets of the team. Returns how many were stored.
CREATE FUNCTION relais_hub.put_snapshots(p_ids uuid[], p_scopes text[], p_epochs integer[], p_seq bigint,
                                         p_headers bytea[], p_bodies bytea[])
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
DECLARE
    v_me relais_hub.devices := relais_hub.me();
    v_n integer := coalesce(cardinality(p_ids), 0);
    v_head bigint;
BEGIN
    IF v_me.role <> 'supervisor' THEN
        RAISE EXCEPTION 'supervisor_only' USING ERRCODE = 'RH001';
    END IF;
    IF v_n = 0 OR coalesce(cardinality(p_scopes), 0) <> v_n OR coalesce(cardinality(p_epochs), 0) <> v_n
       OR coalesce(cardinality(p_headers), 0) <> v_n OR coalesce(cardinality(p_bodies), 0) <> v_n
       OR array_position(p_ids, NULL) IS NOT NULL OR array_position(p_scopes, NULL) IS NOT NULL
       OR array_position(p_epochs, NULL) IS NOT NULL OR array_position(p_headers, NULL) IS NOT NULL
       OR array_position(p_bodies, NULL) IS NOT NULL OR p_seq IS NULL THEN
        RAISE EXCEPTION 'bad_batch' USING ERRCODE = 'RH001';
    END IF;
    IF NOT p_scopes <@ v_me.scopes OR EXISTS (SELECT 1 FROM unnest(p_scopes) s WHERE s LIKE 'private:%') THEN
        RAISE EXCEPTION 'scope_not_writable' USING ERRCODE = 'RH001';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(p_headers, p_bodies) AS x(h, b)
                WHERE length(x.h) > 65536 OR length(x.b) > 536870912) THEN
        RAISE EXCEPTION 'snapshot_too_large' USING ERRCODE = 'RH001';
    END IF;
    SELECT h.last_seq INTO v_head FROM relais_hub.team_heads h WHERE h.team_id = v_me.team_id;
    IF p_seq < 1 OR p_seq > v_head THEN
        RAISE EXCEPTION 'beyond_head' USING ERRCODE = 'RH001';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(p_scopes, p_epochs) AS x(s, e)
                WHERE x.e IS DISTINCT FROM (SELECT max(ep.epoch) FROM relais_hub.epochs ep
                                             WHERE ep.team_id = v_me.team_id AND ep.scope = x.s)) THEN
        RAISE EXCEPTION 'stale_epoch' USING ERRCODE = 'RH001';
    END IF;
    BEGIN
        INSERT INTO relais_hub.snapshots (snapshot_id, team_id, scope, epoch, seq, device_id, header, body)
        SELECT x.id, v_me.team_id, x.s, x.e, p_seq, v_me.device_id, x.h, x.b
          FROM unnest(p_ids, p_scopes, p_epochs, p_headers, p_bodies) AS x(id, s, e, h, b);
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'snapshot_exists' USING ERRCODE = 'RH001';
    END;
    DELETE FROM relais_hub.snapshots s
     WHERE s.team_id = v_me.team_id
       AND s.seq < (SELECT min(k.seq) FROM (SELECT DISTINCT t.seq FROM relais_hub.snapshots t
                                             WHERE t.team_id = v_me.team_id
                                             ORDER BY t.seq DESC LIMIT 2) k);
    RETURN v_n;
END $$;

-- The latest set: the snapshots, in the scopes the caller reads, at the highest position that
-- has a `team` snapshot. Empty when there is none.
CREATE FUNCTION relais_hub.latest_snapshots()
RETURNS TABLE (snapshot_id uuid, scope text, epoch integer, seq bigint, device_id uuid, header bytea,
               body bytea, created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_me relais_hub.devices := relais_hub.me();
    v_seq bigint;
BEGIN
    SELECT max(s.seq) INTO v_seq FROM relais_hub.snapshots s
     WHERE s.team_id = v_me.team_id AND s.scope = 'team';
    RETURN QUERY SELECT s.snapshot_id, s.scope, s.epoch, s.seq, s.device_id, s.header, s.body, s.created_at
                   FROM relais_hub.snapshots s
                  WHERE s.team_id = v_me.team_id AND s.seq = v_seq AND s.scope = ANY (v_me.scopes)
                  ORDER BY s.scope;
END $$;

-- The position of the latest set (0 when none): enough for a supervisor to decide whether to
-- seal a new one, without fetching blobs.
CREATE FUNCTION relais_hub.latest_snapshot_seq() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
DECLARE
    v_me relais_hub.devices := relais_hub.me();
BEGIN
    RETURN coalesce((SELECT max(s.seq) FROM relais_hub.snapshots s
                      WHERE s.team_id = v_me.team_id AND s.scope = 'team'), 0);
END $$;
"""

MEMBER_FUNCTIONS = ("put_snapshots", "latest_snapshots", "latest_snapshot_seq")


@dataclass(frozen=True)
class StoredSnapshot:
    snapshot_id: UUID
    scope: str
    epoch: int
    seq: int
    device_id: UUID
    header: bytes
    body: bytes
    created_at: datetime


def grants() -> str:
    return "\n".join(f"GRANT EXECUTE ON FUNCTION relais_hub.{f} TO @MEMBER@;" for f in MEMBER_FUNCTIONS)


def install_snapshots(conn: psycopg.Connection, owner: str) -> bool:
    """On a hub created before snapshots existed (administrator's connection, inside its
    transaction): add the table, its policies and functions. False when already there."""
    if conn.execute("SELECT to_regclass('relais_hub.snapshots')").fetchone() != (None,):
        return False
    from app.hub.admin import hub_roles
    from app.hub.schema import render

    roles = hub_roles(conn.info.dbname)
    body = "\n".join([f'SET LOCAL ROLE "{owner}";', TABLE, FUNCTIONS, POLICIES,
                      "REVOKE ALL ON relais_hub.snapshots FROM PUBLIC;",
                      *(f"REVOKE ALL ON FUNCTION relais_hub.{f} FROM PUBLIC;" for f in MEMBER_FUNCTIONS),
                      grants(), "RESET ROLE;"])
    conn.execute(render(body, {"MEMBER": f'"{roles.member}"'}).encode())
    return True
