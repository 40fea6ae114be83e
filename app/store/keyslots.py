"""Keyslots: the vault's data key, wrapped once per user and once for recovery.

The database is encrypted with a random 256-bit data key. Each slot holds that key
encrypted with AES-256-GCM under a key derived from a passphrase with Argon2id. The slot
name and the vault id are bound as associated data, so a slot cannot be moved to another
vault or renamed without detection. Changing a passphrase rewrites one slot only.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.errors import VaultError, WrongPassphrase, storage_error
from app.store.fsutil import atomic_write_bytes

FORMAT_VERSION = 1
RECOVERY_SLOT = "__recovery__"


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    @property
    def is_production_strength(self) -> bool:
        return self.memory_kib >= 65536 and self.iterations >= 3


PRODUCTION_KDF = KdfParams()
# Used only by the test-suite and the benchmark's throwaway vaults.
INSECURE_TEST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)


def kdf_from_environment() -> KdfParams:
    """Production parameters unless RELAIS_INSECURE_FAST_KDF=1 (tests and benchmarks only)."""
    return INSECURE_TEST_KDF if os.environ.get("RELAIS_INSECURE_FAST_KDF") == "1" else PRODUCTION_KDF


def normalise_passphrase(passphrase: str) -> bytes:
    # NFC so that the same passphrase typed on two keyboards derives the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Keyslot:
    name: str
    kind: str  # "user" or "recovery"
    salt: str
    kdf: KdfParams
    nonce: str
    wrapped_key: str

    def to_json(self) -> dict:
        data = asdict(self)
        data["kdf"] = asdict(self.kdf)
        return data

    @staticmethod
    def from_json(data: dict) -> Keyslot:
        return Keyslot(
            name=str(data["name"]),
            kind=str(data["kind"]),
            salt=str(data["salt"]),
            kdf=KdfParams(**data["kdf"]),
            nonce=str(data["nonce"]),
            wrapped_key=str(data["wrapped_key"]),
        )


def _aad(vault_id: str, slot_name: str) -> bytes:
    return f"relais-keyslot:{vault_id}:{slot_name}".encode()


def wrap_key(vault_id: str, name: str, kind: str, data_key: bytes, passphrase: str, params: KdfParams) -> Keyslot:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = derive_key(passphrase, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(vault_id, name))
    return Keyslot(name, kind, _b64(salt), params, _b64(nonce), _b64(wrapped))


def unwrap_key(vault_id: str, slot: Keyslot, passphrase: str) -> bytearray:
    kek = derive_key(passphrase, _unb64(slot.salt), slot.kdf)
    try:
        key = AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped_key), _aad(vault_id, slot.name))
    except InvalidTag:
        raise WrongPassphrase() from None
    return bytearray(key)


@dataclass
class KeyslotFile:
    vault_id: str
    slots: dict[str, Keyslot]
    version: int = FORMAT_VERSION

    @staticmethod
    def load(path: Path) -> KeyslotFile:
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError:
            raise VaultError("vault.keyslots_missing", path=str(path)) from None
        except OSError as exc:
            raise VaultError("vault.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
        try:
            data = json.loads(raw.decode("utf-8"))
            version = int(data["version"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise VaultError("vault.keyslots_damaged", path=str(path)) from None
        if version > FORMAT_VERSION:
            raise VaultError("vault.newer_format", found=version, supported=FORMAT_VERSION)
        try:
            slots = {s["name"]: Keyslot.from_json(s) for s in data["slots"]}
            return KeyslotFile(vault_id=str(data["vault_id"]), slots=slots, version=version)
        except (KeyError, TypeError, ValueError):
            raise VaultError("vault.keyslots_damaged", path=str(path)) from None

    def save(self, path: Path) -> None:
        data = {
            "version": self.version,
            "vault_id": self.vault_id,
            "slots": [slot.to_json() for slot in self.slots.values()],
        }
        try:
            atomic_write_bytes(Path(path), json.dumps(data, indent=2).encode("utf-8"))
        except OSError as exc:
            # The old file stays whole (atomic write): the old passphrase still works.
            raise storage_error(exc, Path(path).parent, "save") from None

    def user_slot_names(self) -> list[str]:
        return sorted(name for name, slot in self.slots.items() if slot.kind == "user")


_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and retyped


def new_recovery_key() -> str:
    """A 200-bit recovery key (40 characters of a 32-letter alphabet) in eight groups of five."""
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(40))
    return "-".join(chars[i : i + 5] for i in range(0, 40, 5))


def normalise_recovery_key(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5))
