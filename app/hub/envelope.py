"""Sealed operations: what a laptop pushes to the hub and checks before applying.

An operation's plaintext (a JSON change made by the replica engine) travels sealed:

    header   canonical JSON: version, team, device, the device's own sequence number, the hash
             of that device's previous operation, scope, key epoch, schema version, record tag,
             operation id. Readable by the hub (it routes by scope and epoch), holds no gid.
    sig      Ed25519 signature of the header by the device's signing key.
    body     AES-256-GCM under the scope's key for that epoch, associated data = header || sig,
             the plaintext padded to a size bucket so the hub learns little from sizes.

The signed header binds every routing fact to the ciphertext: a hub that moves a body under
another header, scope or epoch makes decryption fail. `open_sealed` checks the signature
against the device's certified key before it decrypts anything; membership and role checks
(is this signer a current member, may its role write this scope) belong to the caller, who
knows the team's membership records.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from dataclasses import dataclass
from uuid import UUID

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ENVELOPE_VERSION = 1
SIGN_CONTEXT = b"relais-op-v1\x00"
TAG_CONTEXT = b"relais-tag-v1\x00"
GENESIS = b"\x00" * 32
PAD_BLOCK = 256
"""Plaintexts are padded to a multiple of this many bytes, then to the next power of two
above 4 KiB, so a one-field change and a whole care plan do not look alike on the hub."""


class EnvelopeRejected(Exception):
    """An operation that must never be applied; `reason` is a stable code for the report."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class OpHeader:
    team: UUID
    device: UUID
    device_seq: int
    device_prev: bytes           # sha256 of this device's previous sealed operation (GENESIS first)
    scope: str
    epoch: int
    schema: int
    tag: bytes                   # per-record tag: HMAC of the person's gid under the epoch's tag key
    op_id: UUID

    def encode(self) -> bytes:
        return json.dumps({
            "v": ENVELOPE_VERSION, "team": str(self.team), "device": str(self.device), "dseq": self.device_seq,
            "dprev": self.device_prev.hex(), "scope": self.scope, "epoch": self.epoch, "schema": self.schema,
            "tag": self.tag.hex(), "op": str(self.op_id),
        }, sort_keys=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def decode(cls, raw: bytes) -> OpHeader:
        try:
            d = json.loads(raw.decode("ascii"))
            if d.get("v") != ENVELOPE_VERSION:
                raise EnvelopeRejected("envelope_version")
            return cls(UUID(d["team"]), UUID(d["device"]), int(d["dseq"]), bytes.fromhex(d["dprev"]),
                       str(d["scope"]), int(d["epoch"]), int(d["schema"]), bytes.fromhex(d["tag"]), UUID(d["op"]))
        except EnvelopeRejected:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise EnvelopeRejected("header_malformed") from None


@dataclass(frozen=True)
class Sealed:
    """What goes on the wire: `header` (header || signature, length-prefixed) and `body`."""

    header: bytes
    body: bytes

    @property
    def digest(self) -> bytes:
        """This operation's hash, chained into the signer's next operation (`device_prev`)."""
        return hashlib.sha256(self.header + self.body).digest()


def record_tag(tag_key: bytes, person_gid: UUID | None) -> bytes:
    """The per-record tag the hub uses to purge an erased person's operations. Keyed, so the
    hub cannot link a tag to a gid; b"" for records about no person (the partner directory)."""
    if person_gid is None:
        return b""
    return hmac.new(tag_key, TAG_CONTEXT + person_gid.bytes, hashlib.sha256).digest()[:16]


def pad(plaintext: bytes) -> bytes:
    framed = struct.pack(">I", len(plaintext)) + plaintext
    size = -(-len(framed) // PAD_BLOCK) * PAD_BLOCK
    if size > 4096:
        size = 1 << (size - 1).bit_length()
    return framed + b"\x00" * (size - len(framed))


def unpad(padded: bytes) -> bytes:
    if len(padded) < 4:
        raise EnvelopeRejected("padding")
    (length,) = struct.unpack(">I", padded[:4])
    if length > len(padded) - 4 or any(padded[4 + length:]):
        raise EnvelopeRejected("padding")
    return padded[4:4 + length]


def seal(header: OpHeader, plaintext: bytes, signing_key: Ed25519PrivateKey, scope_key: bytes) -> Sealed:
    encoded = header.encode()
    signature = signing_key.sign(SIGN_CONTEXT + encoded)
    wire_header = struct.pack(">H", len(encoded)) + encoded + signature
    nonce = os.urandom(12)
    body = nonce + AESGCM(scope_key).encrypt(nonce, pad(plaintext), wire_header)
    return Sealed(wire_header, body)


def read_header(wire_header: bytes) -> OpHeader:
    """The header's facts, unverified: enough to find the signer's key and the scope key."""
    encoded, _ = _split(wire_header)
    return OpHeader.decode(encoded)


def open_sealed(sealed: Sealed, signer_key: Ed25519PublicKey, scope_key: bytes) -> tuple[OpHeader, bytes]:
    """Verify the signature, then decrypt: (header, plaintext). Raises EnvelopeRejected."""
    encoded, signature = _split(sealed.header)
    try:
        signer_key.verify(signature, SIGN_CONTEXT + encoded)
    except InvalidSignature:
        raise EnvelopeRejected("signature") from None
    header = OpHeader.decode(encoded)
    if len(sealed.body) < 12 + 16:
        raise EnvelopeRejected("decrypt")
    nonce, ciphertext = sealed.body[:12], sealed.body[12:]
    try:
        padded = AESGCM(scope_key).decrypt(nonce, ciphertext, sealed.header)
    except InvalidTag:
        raise EnvelopeRejected("decrypt") from None
    return header, unpad(padded)


def _split(wire_header: bytes) -> tuple[bytes, bytes]:
    if len(wire_header) < 2:
        raise EnvelopeRejected("header_malformed")
    (length,) = struct.unpack(">H", wire_header[:2])
    encoded, signature = wire_header[2:2 + length], wire_header[2 + length:]
    if len(encoded) != length or len(signature) != 64:
        raise EnvelopeRejected("header_malformed")
    return encoded, signature


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@dataclass
class DeviceChains:
    """Each device's operations form a chain of their own (device_seq, device_prev): a replica
    that sees a device's sequence jump, or a previous-hash that does not match, reports a gap
    (an operation that the hub dropped or that was never pushed) instead of silently going on."""

    last: dict[UUID, tuple[int, bytes]]

    def check(self, header: OpHeader, sealed: Sealed) -> str | None:
        """None when the operation extends its device's chain; else 'gap' or 'fork'. Recorded
        either way, so one gap is reported once."""
        seq, digest = self.last.get(header.device, (0, GENESIS))
        problem = None
        if header.device_seq != seq + 1:
            problem = "gap" if header.device_seq > seq + 1 else "fork"
        elif header.device_prev != digest:
            problem = "fork"
        if header.device_seq > seq:
            self.last[header.device] = (header.device_seq, sealed.digest)
        return problem
