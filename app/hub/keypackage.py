"""Key packages: a scope key of one epoch, wrapped on a supervisor's laptop for one device.

    shared  = X25519(ephemeral private, recipient's registered X25519 public key)
    key     = HKDF-SHA256(shared, salt = ephemeral public || recipient public,
                          info = 'relais-keypkg-v1' || context)
    package = ephemeral public (32) || nonce (12) || AES-256-GCM(key, payload, aad = context)
              || Ed25519 signature of ('relais-keypkg-sig-v1' || context || everything before it)

`context` names the team, scope, epoch and recipient device, so a package cannot be replayed
for another device, scope or epoch. The signature is the rotating supervisor's: the hub, which
stores packages, cannot make one of its own (a key it knew would let it read what follows).
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

WRAP_INFO = b"relais-keypkg-v1"
SIGN_CONTEXT = b"relais-keypkg-sig-v1"


class PackageInvalid(Exception):
    pass


def package_context(team: str, scope: str, epoch: int, device: str) -> bytes:
    return f"{team}|{scope}|{epoch}|{device}".encode()


def _derive(shared: bytes, eph_pub: bytes, recipient_pub: bytes, context: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=eph_pub + recipient_pub, info=WRAP_INFO + context).derive(shared)


def wrap(payload: bytes, recipient_x25519: bytes, signer: Ed25519PrivateKey, context: bytes) -> bytes:
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_x25519))
    nonce = os.urandom(12)
    body = eph_pub + nonce + AESGCM(_derive(shared, eph_pub, recipient_x25519, context)).encrypt(
        nonce, payload, context)
    return body + signer.sign(SIGN_CONTEXT + context + body)


def unwrap(package: bytes, recipient: X25519PrivateKey, signer_public: bytes, context: bytes) -> bytes:
    """The payload, once the signature of `signer_public` and the AEAD both hold."""
    if len(package) < 32 + 12 + 16 + 64:
        raise PackageInvalid("short")
    body, signature = package[:-64], package[-64:]
    try:
        Ed25519PublicKey.from_public_bytes(signer_public).verify(signature, SIGN_CONTEXT + context + body)
    except (InvalidSignature, ValueError):
        raise PackageInvalid("signature") from None
    eph_pub, nonce, ciphertext = body[:32], body[32:44], body[44:]
    recipient_pub = recipient.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = recipient.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    try:
        return AESGCM(_derive(shared, eph_pub, recipient_pub, context)).decrypt(nonce, ciphertext, context)
    except InvalidTag:
        raise PackageInvalid("decrypt") from None
