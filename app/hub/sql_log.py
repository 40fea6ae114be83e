"""The operation log: push, pull, head, purge (SQL text, see schema.py for placeholders).

Ordering: a push locks its team's `team_heads` row (SELECT ... FOR UPDATE) before it numbers
anything, and holds the lock until it commits. Sequence numbers are therefore handed out in
commit order and a reader can never see seq n+1 while n is still uncommitted: a cursor never
skips a late commit. The functions require READ COMMITTED so that each statement after the lock
sees what the previous holder committed (idempotency checks included).

Hash chain: hash_n = sha256(hash_{n-1} || seq as 8 bytes big endian || op_id's 16 bytes || digest),
with 32 zero bytes before the first operation; digest = sha256(len(header) as 4 bytes big endian
|| header || ciphertext). app/hub/chain.py computes the same on the laptop.
"""

from __future__ import annotations

MAX_BATCH = 1000
MAX_PULL = 1000

FUNCTIONS = r"""
-- Append operations (parallel arrays, one element per operation, in the device's order).
-- Idempotent on op_id: an operation already in the log returns its seq with created = false.
CREATE FUNCTION relais_hub.push(p_op_ids uuid[], p_scopes text[], p_epochs integer[], p_tags bytea[],
                                p_headers bytea[], p_ciphertexts bytea[])
RETURNS TABLE (op_id uuid, seq bigint, created boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_me relais_hub.devices := relais_hub.me();
    v_n integer := coalesce(cardinality(p_op_ids), 0);
    v_start bigint;
    v_seq bigint;
    v_hash bytea;
    v_digests bytea[];
    v_purged boolean[];
    v_old_ids uuid[];
    v_old_seqs bigint[];
    v_old_digests bytea[];
    v_new integer[] := '{}';          -- input positions of the new operations, in seq order
    v_new_ids uuid[] := '{}';
    v_prevs bytea[] := '{}';
    v_hashes bytea[] := '{}';
    v_out_seqs bigint[] := '{}';
    v_out_created boolean[] := '{}';
    v_pos integer;
    v_bad text;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'read_committed_only' USING ERRCODE = 'RH001';
    END IF;
    IF v_n = 0 THEN
        RETURN;
    END IF;
    IF v_n > 1000 THEN
        RAISE EXCEPTION 'batch_too_large' USING ERRCODE = 'RH001';
    END IF;
    IF coalesce(cardinality(p_scopes), 0) <> v_n OR coalesce(cardinality(p_epochs), 0) <> v_n
       OR coalesce(cardinality(p_tags), 0) <> v_n OR coalesce(cardinality(p_headers), 0) <> v_n
       OR coalesce(cardinality(p_ciphertexts), 0) <> v_n
       OR array_position(p_op_ids, NULL) IS NOT NULL OR array_position(p_epochs, NULL) IS NOT NULL
       OR array_position(p_tags, NULL) IS NOT NULL OR array_position(p_headers, NULL) IS NOT NULL
       OR array_position(p_ciphertexts, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'bad_batch' USING ERRCODE = 'RH001';
    END IF;
    IF NOT p_scopes <@ v_me.scopes THEN
        RAISE EXCEPTION 'scope_not_writable' USING ERRCODE = 'RH001';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(p_headers, p_ciphertexts, p_tags) AS x(h, c, t)
                WHERE length(x.h) > 4096 OR length(x.c) > 16777216 OR length(x.t) > 64) THEN
        RAISE EXCEPTION 'op_too_large' USING ERRCODE = 'RH001';
    END IF;
    SELECT array_agg(sha256(int4send(length(x.h)) || x.h || x.c) ORDER BY x.i) INTO v_digests
      FROM unnest(p_headers, p_ciphertexts) WITH ORDINALITY AS x(h, c, i);

    -- The team lock: from here on, statements see every push committed before ours.
    SELECT h.last_seq, h.last_hash INTO v_start, v_hash FROM relais_hub.team_heads h
     WHERE h.team_id = v_me.team_id FOR UPDATE;
    v_seq := v_start;
    SELECT array_agg(o.op_id), array_agg(o.seq), array_agg(o.digest) INTO v_old_ids, v_old_seqs, v_old_digests
      FROM relais_hub.ops o WHERE o.op_id = ANY (p_op_ids);
    -- New operations must use their scope's current epoch.
    SELECT CASE WHEN cur.epoch IS NULL OR x.e > cur.epoch THEN 'unknown_epoch' ELSE 'stale_epoch' END INTO v_bad
      FROM unnest(p_op_ids, p_scopes, p_epochs) AS x(id, s, e)
      LEFT JOIN LATERAL (SELECT max(ep.epoch) AS epoch FROM relais_hub.epochs ep
                          WHERE ep.team_id = v_me.team_id AND ep.scope = x.s) cur ON true
     WHERE x.id <> ALL (coalesce(v_old_ids, '{}')) AND x.e IS DISTINCT FROM cur.epoch
     LIMIT 1;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'RH001', MESSAGE = v_bad;
    END IF;
    SELECT array_agg(EXISTS (SELECT 1 FROM relais_hub.purged_tags t WHERE t.team_id = v_me.team_id
                                AND t.scope = x.s AND t.tag = x.t) ORDER BY x.i) INTO v_purged
      FROM unnest(p_scopes, p_tags) WITH ORDINALITY AS x(s, t, i);

    FOR i IN 1 .. v_n LOOP
        v_pos := array_position(v_old_ids, p_op_ids[i]);
        IF v_pos IS NOT NULL THEN                       -- already in the log: idempotent
            IF v_old_digests[v_pos] <> v_digests[i] THEN
                RAISE EXCEPTION 'op_id_reused' USING ERRCODE = 'RH001';
            END IF;
            v_out_seqs := v_out_seqs || v_old_seqs[v_pos];
            v_out_created := v_out_created || false;
            CONTINUE;
        END IF;
        v_pos := array_position(v_new_ids, p_op_ids[i]);
        IF v_pos IS NOT NULL THEN                       -- twice in this batch
            IF v_digests[v_new[v_pos]] <> v_digests[i] THEN
                RAISE EXCEPTION 'op_id_reused' USING ERRCODE = 'RH001';
            END IF;
            v_out_seqs := v_out_seqs || (v_start + v_pos);
            v_out_created := v_out_created || false;
            CONTINUE;
        END IF;
        v_seq := v_seq + 1;
        v_prevs := v_prevs || v_hash;
        v_hash := sha256(v_hash || int8send(v_seq) || uuid_send(p_op_ids[i]) || v_digests[i]);
        v_hashes := v_hashes || v_hash;
        v_new := v_new || i;
        v_new_ids := v_new_ids || p_op_ids[i];
        v_out_seqs := v_out_seqs || v_seq;
        v_out_created := v_out_created || true;
    END LOOP;

    IF v_seq > v_start THEN
        BEGIN
            INSERT INTO relais_hub.ops (team_id, seq, op_id, digest, prev_hash, hash)
            SELECT v_me.team_id, v_start + n.k, x.id, x.digest, n.prev, n.hash
              FROM unnest(v_new, v_prevs, v_hashes) WITH ORDINALITY AS n(i, prev, hash, k)
              JOIN unnest(p_op_ids, v_digests) WITH ORDINALITY AS x(id, digest, i) ON x.i = n.i;
        EXCEPTION WHEN unique_violation THEN
            -- The op id exists in another team's log (invisible here): never ours to confirm.
            RAISE EXCEPTION 'op_id_reused' USING ERRCODE = 'RH001';
        END;
        INSERT INTO relais_hub.op_bodies (team_id, seq, device_id, scope, epoch, tag, header, ciphertext)
        SELECT v_me.team_id, v_start + n.k, v_me.device_id, x.s, x.e, x.t, x.h, CASE WHEN x.p THEN NULL ELSE x.c END
          FROM unnest(v_new) WITH ORDINALITY AS n(i, k)
          JOIN unnest(p_scopes, p_epochs, p_tags, p_headers, p_ciphertexts, v_purged) WITH ORDINALITY
               AS x(s, e, t, h, c, p, i) ON x.i = n.i;
        UPDATE relais_hub.team_heads h SET last_seq = v_seq, last_hash = v_hash WHERE h.team_id = v_me.team_id;
    END IF;
    RETURN QUERY SELECT u.id, u.s, u.c FROM unnest(p_op_ids, v_out_seqs, v_out_created) AS u(id, s, c);
END $$;

-- Operations after a cursor, in seq order, with the chain fields. Rows in a scope the caller
-- may not read come back as stubs (no device, scope, epoch, header, ciphertext, time): both
-- the join condition and op_bodies' row-level security withhold them.
CREATE FUNCTION relais_hub.pull(p_after bigint, p_limit integer DEFAULT 500)
RETURNS TABLE (seq bigint, op_id uuid, digest bytea, prev_hash bytea, hash bytea, device_id uuid, scope text,
               epoch integer, header bytea, ciphertext bytea, received_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_me relais_hub.devices := relais_hub.me();
BEGIN
    RETURN QUERY
    SELECT o.seq, o.op_id, o.digest, o.prev_hash, o.hash, b.device_id, b.scope, b.epoch, b.header,
           b.ciphertext, CASE WHEN b.seq IS NULL THEN NULL ELSE o.received_at END
      FROM relais_hub.ops o
      LEFT JOIN relais_hub.op_bodies b
        ON b.team_id = o.team_id AND b.seq = o.seq AND b.scope = ANY (v_me.scopes)
     WHERE o.team_id = v_me.team_id AND o.seq > greatest(coalesce(p_after, 0), 0)
     ORDER BY o.seq
     LIMIT least(greatest(coalesce(p_limit, 500), 1), 1000);
END $$;

CREATE FUNCTION relais_hub.head() RETURNS TABLE (last_seq bigint, last_hash bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_me relais_hub.devices := relais_hub.me();
BEGIN
    RETURN QUERY SELECT h.last_seq, h.last_hash FROM relais_hub.team_heads h WHERE h.team_id = v_me.team_id;
END $$;

-- Erasure: drop the ciphertext of every operation carrying one of these record tags, in the
-- scopes this device may purge (supervisors and case managers: the scopes they read; anyone:
-- their own private scope), and remember the tags so that late pushes arrive already purged.
-- Headers, digests and hashes stay: the chain remains verifiable. Returns how many were purged.
CREATE FUNCTION relais_hub.purge(p_tags bytea[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = relais_hub, pg_temp AS $$
DECLARE
    v_me relais_hub.devices := relais_hub.me();
    v_scopes text[];
    v_count integer;
BEGIN
    v_scopes := ARRAY(SELECT s FROM unnest(v_me.scopes) s
                       WHERE v_me.role IN ('supervisor', 'case_manager') OR s LIKE 'private:%');
    UPDATE relais_hub.op_bodies b SET ciphertext = NULL
     WHERE b.team_id = v_me.team_id AND b.scope = ANY (v_scopes) AND b.tag = ANY (p_tags)
       AND b.ciphertext IS NOT NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    INSERT INTO relais_hub.purged_tags (team_id, scope, tag)
    SELECT v_me.team_id, s, t FROM unnest(v_scopes) s, unnest(p_tags) t WHERE t IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN v_count;
END $$;
"""

MEMBER_FUNCTIONS = ("push", "pull", "head", "purge")
