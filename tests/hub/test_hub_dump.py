"""A dump of the hub holds ciphertext and routing data, never what only the laptops know."""

from __future__ import annotations

import os
import subprocess
import uuid

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.hub import WireOp, claim_proof, claim_verifier

TEAM_NAME = "Équipe Mosaïque Liège"
PERSON = "Fatima El Amrani, NISS 85.07.30-033.28, suivie pour une rechute"
ONE_TIME_CODE = "TIGRE-LUNE-4821"


def test_pg_dump_of_the_hub_contains_no_plaintext(hub):
    team, sup = hub.create_team()
    invite_id = uuid.uuid4()
    code_key = ONE_TIME_CODE.encode()        # stands in for Argon2id(code) on the laptop
    secret = os.urandom(32)
    proof = claim_proof(code_key, invite_id)
    sup.create_invitation(invite_id, "case_manager", ("team", "clinical"), claim_verifier(proof), secret)
    member = hub.enrol().claim_invitation(invite_id, proof, os.urandom(32), os.urandom(32))
    key = AESGCM.generate_key(bit_length=256)
    ops, ciphertexts = [], []
    for i, scope in enumerate(("team", "clinical", "team")):
        header = os.urandom(80)
        ciphertext = AESGCM(key).encrypt(os.urandom(12), f"{PERSON} #{i}".encode(), TEAM_NAME.encode() + header)
        ops.append(WireOp(uuid.uuid4(), scope, 1, os.urandom(16), header, ciphertext))
        ciphertexts.append(ciphertext)
    sup.push(ops)

    dump = subprocess.run([str(hub.pg.bin_dir / "pg_dump"), "--dbname", hub.admin_dsn], capture_output=True,
                          check=True).stdout
    assert all(c.hex().encode() in dump for c in ciphertexts)       # the dump really holds the log
    assert member.device_id.hex.encode() in dump.replace(b"-", b"")
    for needle in (TEAM_NAME, "Mosa", "Fatima", "Amrani", "85.07.30", "rechute", ONE_TIME_CODE,
                   team.credentials.password, member.credentials.password):
        assert needle.encode() not in dump and needle.encode().hex().encode() not in dump, needle
    for forgotten in (secret, proof, code_key):                       # S and the proof after the claim
        assert forgotten.hex().encode() not in dump
