"""The invitation a supervisor hands a new member: a file, and a one-time code read aloud.

The file carries the role's scope keys wrapped under HKDF(Argon2id(code), S). S is kept by the
hub and released only to a claim that proves the code (HubClient.claim_invitation: at most five
attempts, 72 hours), so a copied file is useless without the hub, and the hub alone (which never
sees the code or K) cannot open it either. The code is one token of 20 base-32 characters
(100 bits), grouped by five to be read aloud or printed.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT = "relais-invitation-1"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"   # RFC 4648 base 32: no 0 or 1 to confuse with O or I
CODE_CHARS = 20


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost for the one-time code: the vault's production floor (64 MiB, 3 passes)."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4


PRODUCTION_KDF = KdfParams()


class InvitationInvalid(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_CHARS))
    return "-".join(raw[i:i + 5] for i in range(0, CODE_CHARS, 5))


def normalise_code(code: str) -> str:
    """What the person typed, forgiving case, spaces, dashes and the look-alikes 0/O and 1/I."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return cleaned.replace("0", "O").replace("1", "I")


def code_key(code: str, salt: bytes, params: KdfParams = PRODUCTION_KDF) -> bytes:
    """K = Argon2id(code): the expensive step, so guessing codes offline costs what it costs."""
    kdf = Argon2id(salt=salt, length=32, iterations=params.iterations, lanes=params.lanes,
                   memory_cost=params.memory_kib)
    return kdf.derive(normalise_code(code).encode("ascii"))


def _wrap_key(k: bytes, secret: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"relais-invitation-wrap").derive(k + secret)


@dataclass(frozen=True)
class InvitationFile:
    invite_id: UUID
    team_id: UUID
    enrol_dsn: str
    salt: bytes
    kdf: KdfParams
    wrapped: bytes

    def dumps(self) -> str:
        return json.dumps({
            "format": FORMAT, "invite_id": str(self.invite_id), "team_id": str(self.team_id),
            "hub": self.enrol_dsn, "salt": base64.b64encode(self.salt).decode(),
            "kdf": {"memory_kib": self.kdf.memory_kib, "iterations": self.kdf.iterations, "lanes": self.kdf.lanes},
            "wrapped": base64.b64encode(self.wrapped).decode(),
        }, indent=2)

    @classmethod
    def loads(cls, text: str) -> InvitationFile:
        try:
            d = json.loads(text)
            if d.get("format") != FORMAT:
                raise InvitationInvalid("format")
            kdf = KdfParams(int(d["kdf"]["memory_kib"]), int(d["kdf"]["iterations"]), int(d["kdf"]["lanes"]))
            return cls(UUID(d["invite_id"]), UUID(d["team_id"]), str(d["hub"]), base64.b64decode(d["salt"]),
                       kdf, base64.b64decode(d["wrapped"]))
        except InvitationInvalid:
            raise
        except (ValueError, KeyError, TypeError):
            raise InvitationInvalid("format") from None


def seal_invitation(payload: dict, k: bytes, secret: bytes, invite_id: UUID, team_id: UUID, enrol_dsn: str,
                    salt: bytes, kdf: KdfParams) -> InvitationFile:
    nonce = os.urandom(12)
    aad = FORMAT.encode() + invite_id.bytes + team_id.bytes
    wrapped = nonce + AESGCM(_wrap_key(k, secret)).encrypt(nonce, json.dumps(payload).encode(), aad)
    return InvitationFile(invite_id, team_id, enrol_dsn, salt, kdf, wrapped)


def open_invitation(invitation: InvitationFile, k: bytes, secret: bytes) -> dict:
    aad = FORMAT.encode() + invitation.invite_id.bytes + invitation.team_id.bytes
    nonce, ciphertext = invitation.wrapped[:12], invitation.wrapped[12:]
    try:
        return json.loads(AESGCM(_wrap_key(k, secret)).decrypt(nonce, ciphertext, aad))
    except InvalidTag:
        raise InvitationInvalid("unwrap") from None
