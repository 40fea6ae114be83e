"""Sealed operations and invitation files: what a laptop trusts before applying anything."""

from __future__ import annotations

import os
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.hub.envelope import (
    GENESIS,
    DeviceChains,
    EnvelopeRejected,
    OpHeader,
    Sealed,
    open_sealed,
    pad,
    read_header,
    record_tag,
    seal,
    unpad,
)
from app.hub.invitation_file import (
    InvitationFile,
    InvitationInvalid,
    KdfParams,
    code_key,
    new_code,
    open_invitation,
    seal_invitation,
)

INSECURE_TEST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
TEAM, DEVICE = uuid.uuid4(), uuid.uuid4()


def header(seq=1, prev=GENESIS, scope="clinical", epoch=1, tag=b"t" * 16) -> OpHeader:
    return OpHeader(TEAM, DEVICE, seq, prev, scope, epoch, 1, tag, uuid.uuid4())


def test_a_sealed_operation_opens_with_the_signer_and_scope_key_and_hides_the_text():
    signer, key = Ed25519PrivateKey.generate(), os.urandom(32)
    text = "Bilan: Оксана dit « je dors mal » — NISS 85073003328".encode()
    sealed = seal(header(), text, signer, key)
    assert text not in sealed.body and b"85073003328" not in sealed.header + sealed.body
    got_header, plaintext = open_sealed(sealed, signer.public_key(), key)
    assert plaintext == text and got_header.scope == "clinical"
    assert read_header(sealed.header) == got_header


@pytest.mark.parametrize("tamper", ["signature", "moved_scope", "body", "wrong_key", "other_signer"])
def test_tampering_or_the_wrong_key_is_refused_before_anything_is_applied(tamper):
    signer, key = Ed25519PrivateKey.generate(), os.urandom(32)
    sealed = seal(header(), b'{"table": "persons"}', signer, key)
    verify_with, open_with = signer.public_key(), key
    if tamper == "signature":
        sealed = Sealed(sealed.header[:-1] + bytes([sealed.header[-1] ^ 1]), sealed.body)
    elif tamper == "moved_scope":      # a hub re-labelling clinical text as team text
        forged = seal(header(scope="team"), b"x", signer, key)
        sealed = Sealed(forged.header, sealed.body)
    elif tamper == "body":
        sealed = Sealed(sealed.header, sealed.body[:-1] + bytes([sealed.body[-1] ^ 1]))
    elif tamper == "wrong_key":        # a peer worker's team key cannot open clinical text
        open_with = os.urandom(32)
    else:
        verify_with = Ed25519PrivateKey.generate().public_key()
    with pytest.raises(EnvelopeRejected) as refused:
        open_sealed(sealed, verify_with, open_with)
    assert refused.value.reason in {"signature", "decrypt"}


def test_padding_hides_small_differences_in_size_and_round_trips():
    assert len(pad(b"a")) == len(pad(b"a" * 200)) == 256
    assert len(pad(b"a" * 5000)) == 8192
    for n in (0, 1, 251, 252, 253, 4090, 10000):
        assert unpad(pad(b"z" * n)) == b"z" * n
    with pytest.raises(EnvelopeRejected):
        unpad(pad(b"abc")[:-1] + b"\x01")


def test_record_tags_are_keyed_and_differ_between_epochs():
    gid = uuid.uuid4()
    k1, k2 = os.urandom(32), os.urandom(32)
    assert record_tag(k1, gid) == record_tag(k1, gid) != record_tag(k2, gid)
    assert gid.bytes not in record_tag(k1, gid) and record_tag(k1, None) == b""


def test_a_gap_or_a_fork_in_a_devices_own_chain_is_reported():
    signer, key = Ed25519PrivateKey.generate(), os.urandom(32)
    first = seal(header(1), b"1", signer, key)
    second = seal(header(2, first.digest), b"2", signer, key)
    fourth = seal(header(4, b"\x01" * 32), b"4", signer, key)
    chains = DeviceChains({})
    assert chains.check(read_header(first.header), first) is None
    assert chains.check(read_header(second.header), second) is None
    assert chains.check(read_header(fourth.header), fourth) == "gap"
    replay = seal(header(2, first.digest), b"2bis", signer, key)
    assert chains.check(read_header(replay.header), replay) == "fork"


def test_an_invitation_opens_only_with_the_code_and_the_hubs_secret():
    code, salt, secret = new_code(), os.urandom(16), os.urandom(32)
    assert len(code) == 23 and code.count("-") == 3
    k = code_key(code, salt, INSECURE_TEST_KDF)
    payload = {"role": "peer_worker", "keys": {"team": {"1": "AAAA"}}}
    invite = seal_invitation(payload, k, secret, uuid.uuid4(), TEAM, "host=localhost", salt, INSECURE_TEST_KDF)
    copied = InvitationFile.loads(invite.dumps())
    # Typed in lower case with spaces: the same code.
    assert open_invitation(copied, code_key(code.lower().replace("-", " "), salt, INSECURE_TEST_KDF), secret) == payload
    with pytest.raises(InvitationInvalid):
        open_invitation(copied, k, os.urandom(32))                 # the file without the hub's S
    with pytest.raises(InvitationInvalid):
        open_invitation(copied, code_key(new_code(), salt, INSECURE_TEST_KDF), secret)   # a wrong code
    with pytest.raises(InvitationInvalid):
        InvitationFile.loads('{"format": "something else"}')
