"""Key epochs and key packages (SQL text, see schema.py for placeholders).

A new key epoch exists once the hub accepts its row: epochs of a scope are numbered 1, 2, 3...
and exactly one of two concurrent rotations wins (the loser gets `epoch_taken` and must start again
from the winner's epoch). Supervisors rotate the shared scopes; a member's own devices rotate its
private scope. A rotation takes the team lock that pushes take, so it has a definite place in the
log (`after_seq`): every operation after it uses the new epoch, since pushes must use the scope's
current epoch.

A key package is a scope key of one epoch wrapped (on a laptop) for one device's X25519 key;
only that device can fetch it, and the hub only accepts one for a device that may read the scope.
"""

from __future__ import annotations

FUNCTIONS = r"""
CREATE FUNCTION relais_hub.register_epoch(p_scope text, p_epoch integer, p_record bytea)
RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
DECLARE
    v_me relais_hub.devices := relais_hub.me();
    v_current integer;
    v_after bigint;
    v_at timestamptz;
BEGIN
    IF p_scope IS NULL OR NOT p_scope = ANY (v_me.scopes) THEN
        RAISE EXCEPTION 'scope_not_readable' USING ERRCODE = 'RH001';
    END IF;
    IF p_scope NOT LIKE 'private:%' AND v_me.role <> 'supervisor' THEN
        RAISE EXCEPTION 'supervisor_only' USING ERRCODE = 'RH001';
    END IF;
    IF p_record IS NULL OR length(p_record) > 65536 THEN
        RAISE EXCEPTION 'bad_epoch_record' USING ERRCODE = 'RH001';
    END IF;
    SELECT h.last_seq INTO v_after FROM relais_hub.team_heads h WHERE h.team_id = v_me.team_id FOR UPDATE;
    SELECT coalesce(max(e.epoch), 0) INTO v_current FROM relais_hub.epochs e
     WHERE e.team_id = v_me.team_id AND e.scope = p_scope;
    IF p_epoch IS NULL OR p_epoch <= v_current THEN
        RAISE EXCEPTION 'epoch_taken' USING ERRCODE = 'RH001';
    ELSIF p_epoch > v_current + 1 THEN
        RAISE EXCEPTION 'epoch_gap' USING ERRCODE = 'RH001';
    END IF;
    BEGIN
        INSERT INTO relais_hub.epochs (team_id, scope, epoch, device_id, record, after_seq)
        VALUES (v_me.team_id, p_scope, p_epoch, v_me.device_id, p_record, v_after) RETURNING created_at INTO v_at;
    EXCEPTION WHEN unique_violation THEN
        -- A concurrent rotation committed this epoch first.
        RAISE EXCEPTION 'epoch_taken' USING ERRCODE = 'RH001';
    END;
    RETURN v_at;
END $$;

-- Epoch records of the scopes the caller reads, oldest first.
CREATE FUNCTION relais_hub.list_epochs()
RETURNS TABLE (scope text, epoch integer, device_id uuid, record bytea, after_seq bigint, created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_me relais_hub.devices := relais_hub.me();
BEGIN
    RETURN QUERY SELECT e.scope, e.epoch, e.device_id, e.record, e.after_seq, e.created_at FROM relais_hub.epochs e
                  WHERE e.team_id = v_me.team_id AND e.scope = ANY (v_me.scopes)
                  ORDER BY e.scope, e.epoch;
END $$;

-- Parallel arrays: one wrapped key per target device. A package already there is kept as it
-- was (re-sending is harmless). Returns how many were stored.
CREATE FUNCTION relais_hub.put_key_packages(p_scope text, p_epoch integer, p_devices uuid[], p_wrapped bytea[])
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
DECLARE
    v_me relais_hub.devices := relais_hub.me();
    v_target relais_hub.devices;
    v_count integer := 0;
    v_one integer;
BEGIN
    IF p_scope IS NULL OR NOT p_scope = ANY (v_me.scopes) THEN
        RAISE EXCEPTION 'scope_not_readable' USING ERRCODE = 'RH001';
    END IF;
    IF coalesce(cardinality(p_devices), 0) <> coalesce(cardinality(p_wrapped), 0)
       OR array_position(p_devices, NULL) IS NOT NULL OR array_position(p_wrapped, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'bad_batch' USING ERRCODE = 'RH001';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM relais_hub.epochs e WHERE e.team_id = v_me.team_id AND e.scope = p_scope
                      AND e.epoch = p_epoch) THEN
        RAISE EXCEPTION 'unknown_epoch' USING ERRCODE = 'RH001';
    END IF;
    FOR i IN 1 .. coalesce(cardinality(p_devices), 0) LOOP
        SELECT d.* INTO v_target FROM relais_hub.devices d
         WHERE d.device_id = p_devices[i] AND d.team_id = v_me.team_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'device_unknown' USING ERRCODE = 'RH001';
        ELSIF NOT v_target.enabled THEN
            RAISE EXCEPTION 'target_disabled' USING ERRCODE = 'RH001';
        ELSIF NOT p_scope = ANY (v_target.scopes) THEN
            RAISE EXCEPTION 'scope_not_readable_by_target' USING ERRCODE = 'RH001';
        END IF;
        INSERT INTO relais_hub.key_packages (device_id, scope, epoch, team_id, from_device, wrapped)
        VALUES (p_devices[i], p_scope, p_epoch, v_me.team_id, v_me.device_id, p_wrapped[i])
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS v_one = ROW_COUNT;
        v_count := v_count + v_one;
    END LOOP;
    RETURN v_count;
END $$;

CREATE FUNCTION relais_hub.my_key_packages()
RETURNS TABLE (scope text, epoch integer, from_device uuid, wrapped bytea, created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_me relais_hub.devices := relais_hub.me();
BEGIN
    RETURN QUERY SELECT k.scope, k.epoch, k.from_device, k.wrapped, k.created_at FROM relais_hub.key_packages k
                  WHERE k.device_id = v_me.device_id ORDER BY k.scope, k.epoch;
END $$;
"""

MEMBER_FUNCTIONS = ("register_epoch", "list_epochs", "put_key_packages", "my_key_packages", "hub_version")
