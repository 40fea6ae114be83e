"""Membership functions: teams, devices, invitations (SQL text, see schema.py for placeholders).

Every function callable from outside is `SECURITY DEFINER` with `search_path` pinned; refusals
raise SQLSTATE RH001 with a reason code as message (the client maps it to `HubRefused`).

Device credentials: the client draws the device's password and sends only its SCRAM-SHA-256
verifier, which `CREATE ROLE ... PASSWORD` stores as it is. The password itself never reaches
the server, so no statement log, pg_stat_statements entry or backup can hold it.
"""

from __future__ import annotations

FUNCTIONS = r"""
CREATE FUNCTION relais_hub.register_device(p_team uuid, p_member uuid, p_role text, p_scopes text[],
                                           p_ed25519 bytea, p_x25519 bytea, p_verifier text)
RETURNS TABLE (device_id uuid, login_role text) LANGUAGE plpgsql AS $$
DECLARE
    v_device uuid := gen_random_uuid();
    v_login text := @DEVICE_PREFIX@ || replace(v_device::text, '-', '');
BEGIN
    IF length(p_ed25519) IS DISTINCT FROM 32 OR length(p_x25519) IS DISTINCT FROM 32 THEN
        RAISE EXCEPTION 'bad_public_key' USING ERRCODE = 'RH001';
    END IF;
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' THEN
        RAISE EXCEPTION 'bad_verifier' USING ERRCODE = 'RH001';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN CONNECTION LIMIT 8 PASSWORD %L IN ROLE %I',
                   v_login, p_verifier, @MEMBER_NAME@);
    INSERT INTO relais_hub.devices (device_id, team_id, member_id, role, scopes, ed25519, x25519)
    VALUES (v_device, p_team, p_member, p_role, p_scopes, p_ed25519, p_x25519);
    INSERT INTO relais_hub.logins (login_role, device_id, team_id) VALUES (v_login, v_device, p_team);
    RETURN QUERY SELECT v_device, v_login;
END $$;

-- Enrolment role: a new team whose first device is its supervisor's.
CREATE FUNCTION relais_hub.create_team(p_ed25519 bytea, p_x25519 bytea, p_verifier text)
RETURNS TABLE (team_id uuid, device_id uuid, member_id uuid, role text, scopes text[], login_role text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
DECLARE
    v_team uuid := gen_random_uuid();
    v_member uuid := gen_random_uuid();
    v_scopes text[] := relais_hub.role_ceiling('supervisor') || relais_hub.new_private_scope();
    v_dev record;
BEGIN
    IF NOT relais_hub.is_enrolment() THEN
        RAISE EXCEPTION 'enrolment_only' USING ERRCODE = 'RH001';
    END IF;
    INSERT INTO relais_hub.teams (team_id) VALUES (v_team);
    INSERT INTO relais_hub.team_heads (team_id, last_seq, last_hash) VALUES (v_team, 0, decode(repeat('00', 32), 'hex'));
    SELECT * INTO v_dev FROM relais_hub.register_device(v_team, v_member, 'supervisor', v_scopes,
                                                        p_ed25519, p_x25519, p_verifier);
    RETURN QUERY SELECT v_team, v_dev.device_id, v_member, 'supervisor'::text, v_scopes, v_dev.login_role;
END $$;

-- Supervisor devices: invite a new member (or a new device of an existing member: p_member).
-- The client chooses the invite id (its proof covers it), the verifier sha256(proof) and S.
CREATE FUNCTION relais_hub.create_invitation(p_invite uuid, p_role text, p_scopes text[], p_verifier bytea,
                                             p_secret bytea, p_member uuid DEFAULT NULL)
RETURNS TABLE (invite_id uuid, member_id uuid, scopes text[], expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_me relais_hub.devices := relais_hub.me();
    v_member uuid := p_member;
    v_private text;
    v_expires timestamptz := now() + interval '72 hours';
BEGIN
    IF v_me.role <> 'supervisor' THEN
        RAISE EXCEPTION 'supervisor_only' USING ERRCODE = 'RH001';
    END IF;
    IF relais_hub.role_ceiling(p_role) IS NULL THEN
        RAISE EXCEPTION 'bad_role' USING ERRCODE = 'RH001';
    END IF;
    IF p_scopes IS NULL OR NOT 'team' = ANY (p_scopes) OR NOT p_scopes <@ relais_hub.role_ceiling(p_role) THEN
        RAISE EXCEPTION 'scope_not_allowed' USING ERRCODE = 'RH001';
    END IF;
    IF length(p_verifier) IS DISTINCT FROM 32 OR coalesce(length(p_secret), 0) NOT BETWEEN 16 AND 64 THEN
        RAISE EXCEPTION 'bad_invitation' USING ERRCODE = 'RH001';
    END IF;
    IF v_member IS NULL THEN
        v_member := gen_random_uuid();
        v_private := relais_hub.new_private_scope();
    ELSE
        SELECT s INTO v_private FROM relais_hub.devices d, unnest(d.scopes) s
         WHERE d.team_id = v_me.team_id AND d.member_id = v_member AND d.role = p_role AND s LIKE 'private:%'
         LIMIT 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'member_unknown' USING ERRCODE = 'RH001';
        END IF;
    END IF;
    BEGIN
        INSERT INTO relais_hub.invitations (invite_id, team_id, role, scopes, member_id, verifier, secret,
                                            created_by, expires_at)
        VALUES (p_invite, v_me.team_id, p_role, p_scopes || v_private, v_member, p_verifier, p_secret,
                v_me.device_id, v_expires);
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'invitation_exists' USING ERRCODE = 'RH001';
    END;
    RETURN QUERY SELECT p_invite, v_member, p_scopes || v_private, v_expires;
END $$;

-- Enrolment role. Never raises for the state of the invitation: a wrong proof must count even
-- though the call fails, so the outcome is a status ('ok', 'wrong_code', 'unknown', 'claimed',
-- 'exhausted', 'expired') and the attempt counter commits with it.
CREATE FUNCTION relais_hub.claim_invitation(p_invite uuid, p_proof bytea, p_ed25519 bytea, p_x25519 bytea,
                                            p_verifier text)
RETURNS TABLE (status text, attempts_left integer, secret bytea, team_id uuid, device_id uuid,
               member_id uuid, role text, scopes text[], login_role text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_inv relais_hub.invitations;
    v_dev record;
BEGIN
    IF NOT relais_hub.is_enrolment() THEN
        RAISE EXCEPTION 'enrolment_only' USING ERRCODE = 'RH001';
    END IF;
    SELECT * INTO v_inv FROM relais_hub.invitations i WHERE i.invite_id = p_invite FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'unknown'::text, 0, NULL::bytea, NULL::uuid, NULL::uuid, NULL::uuid, NULL::text,
                            NULL::text[], NULL::text;
        RETURN;
    END IF;
    IF v_inv.claimed_at IS NULL AND v_inv.attempts < 5 AND v_inv.expires_at > now() THEN
        UPDATE relais_hub.invitations i SET attempts = i.attempts + 1 WHERE i.invite_id = p_invite;
        v_inv.attempts := v_inv.attempts + 1;
        IF p_proof IS NOT NULL AND sha256(p_proof) = v_inv.verifier THEN
            SELECT * INTO v_dev FROM relais_hub.register_device(v_inv.team_id, v_inv.member_id, v_inv.role,
                                                                v_inv.scopes, p_ed25519, p_x25519, p_verifier);
            UPDATE relais_hub.invitations i SET claimed_at = now(), claimed_by = v_dev.device_id,
                   secret = NULL, verifier = NULL WHERE i.invite_id = p_invite;
            RETURN QUERY SELECT 'ok'::text, 5 - v_inv.attempts, v_inv.secret, v_inv.team_id, v_dev.device_id,
                                v_inv.member_id, v_inv.role, v_inv.scopes, v_dev.login_role;
            RETURN;
        END IF;
        IF v_inv.attempts >= 5 THEN     -- that was the last attempt
            UPDATE relais_hub.invitations i SET secret = NULL, verifier = NULL WHERE i.invite_id = p_invite;
        END IF;
        RETURN QUERY SELECT 'wrong_code'::text, 5 - v_inv.attempts, NULL::bytea, NULL::uuid, NULL::uuid,
                            NULL::uuid, NULL::text, NULL::text[], NULL::text;
        RETURN;
    END IF;
    -- No longer claimable: forget the secret and the verifier.
    UPDATE relais_hub.invitations i SET secret = NULL, verifier = NULL
     WHERE i.invite_id = p_invite AND (i.secret IS NOT NULL OR i.verifier IS NOT NULL);
    RETURN QUERY SELECT CASE WHEN v_inv.claimed_at IS NOT NULL THEN 'claimed'
                             WHEN v_inv.attempts >= 5 THEN 'exhausted' ELSE 'expired' END,
                        0, NULL::bytea, NULL::uuid, NULL::uuid, NULL::uuid, NULL::text, NULL::text[], NULL::text;
END $$;

-- Supervisor devices: change what a device's role and shared scopes are (its private scope
-- stays). After lowering a role, the laptops rotate the scopes it lost (new epochs).
CREATE FUNCTION relais_hub.change_role(p_device uuid, p_role text, p_scopes text[]) RETURNS text[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
DECLARE
    v_me relais_hub.devices := relais_hub.me();
    v_scopes text[];
BEGIN
    IF v_me.role <> 'supervisor' THEN
        RAISE EXCEPTION 'supervisor_only' USING ERRCODE = 'RH001';
    END IF;
    IF relais_hub.role_ceiling(p_role) IS NULL THEN
        RAISE EXCEPTION 'bad_role' USING ERRCODE = 'RH001';
    END IF;
    IF p_scopes IS NULL OR NOT 'team' = ANY (p_scopes) OR NOT p_scopes <@ relais_hub.role_ceiling(p_role) THEN
        RAISE EXCEPTION 'scope_not_allowed' USING ERRCODE = 'RH001';
    END IF;
    IF p_device = v_me.device_id THEN
        RAISE EXCEPTION 'cannot_change_self' USING ERRCODE = 'RH001';
    END IF;
    UPDATE relais_hub.devices d
       SET role = p_role,
           scopes = p_scopes || ARRAY(SELECT s FROM unnest(d.scopes) s WHERE s LIKE 'private:%')
     WHERE d.device_id = p_device AND d.team_id = v_me.team_id
    RETURNING d.scopes INTO v_scopes;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'device_unknown' USING ERRCODE = 'RH001';
    END IF;
    RETURN v_scopes;
END $$;

CREATE FUNCTION relais_hub.list_members()
RETURNS TABLE (device_id uuid, member_id uuid, role text, scopes text[], ed25519 bytea, x25519 bytea,
               enabled boolean, created_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_me relais_hub.devices := relais_hub.me();
BEGIN
    RETURN QUERY SELECT d.device_id, d.member_id, d.role, d.scopes, d.ed25519, d.x25519, d.enabled, d.created_at
                   FROM relais_hub.devices d WHERE d.team_id = v_me.team_id ORDER BY d.created_at, d.device_id;
END $$;

-- Supervisor devices: a disabled device can no longer log in, and a session it still holds is
-- refused by every function (me()).
CREATE FUNCTION relais_hub.disable_device(p_device uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
DECLARE
    v_me relais_hub.devices := relais_hub.me();
BEGIN
    IF v_me.role <> 'supervisor' THEN
        RAISE EXCEPTION 'supervisor_only' USING ERRCODE = 'RH001';
    END IF;
    IF p_device = v_me.device_id THEN
        RAISE EXCEPTION 'cannot_disable_self' USING ERRCODE = 'RH001';
    END IF;
    UPDATE relais_hub.devices d SET enabled = false WHERE d.device_id = p_device AND d.team_id = v_me.team_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'device_unknown' USING ERRCODE = 'RH001';
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', @DEVICE_PREFIX@ || replace(p_device::text, '-', ''));
END $$;
"""

ENROLMENT_FUNCTIONS = ("create_team", "claim_invitation", "hub_version")
MEMBER_FUNCTIONS = ("create_invitation", "change_role", "list_members", "disable_device")
