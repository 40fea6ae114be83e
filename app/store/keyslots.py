"""Keyslots: the vault's data key, sealed once per user and once for recovery.

The database is encrypted with a random 256-bit data key. Each slot (format 2, "sealed")
holds an X25519 key pair of its own: the private key encrypted with AES-256-GCM under a key
derived from the passphrase with Argon2id, the public key in clear, and the data key sealed
to that public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM). Because sealing needs only
the public key, the vault can move to a NEW data key (`PRAGMA rekey`) and seal it for every
remaining slot without knowing their passphrases: a removed user's passphrase, or an old
passphrase together with keyslots from an old backup, then no longer opens the live vault.

During such a change each slot carries both the current and the next sealed data key
(`sealed_next`), so a crash at any moment leaves a vault that opens (see vault.py).

Format 1 slots ("direct": the data key itself wrapped under the passphrase key) are still
read; a format-1 slot becomes a sealed one the next time its owner unlocks.

The slot name and the vault id are bound as associated data, so a slot cannot be moved to
another vault or renamed without detection.
"""

from __future__ import annotations

import base64
import json
import secrets
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import VaultError, WrongPassphrase, storage_error
from app.store.fsutil import atomic_write_bytes

FORMAT_VERSION = 2
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


# Set only by the test suite (tests/conftest.py, tests/run_relais.py) and the benchmark's
# throwaway vaults, through `allow_insecure_test_kdf()` or `insecure_test_kdf()`. Nothing in
# the environment, the settings or the command line of the app reaches it.
_insecure_kdf_allowed = False


def allow_insecure_test_kdf(allowed: bool = True) -> None:
    global _insecure_kdf_allowed
    _insecure_kdf_allowed = allowed


@contextmanager
def insecure_test_kdf() -> Iterator[None]:
    """Cheap parameters allowed inside the block only (the benchmark's throwaway vaults)."""
    saved = _insecure_kdf_allowed
    allow_insecure_test_kdf(True)
    try:
        yield
    finally:
        allow_insecure_test_kdf(saved)


def default_kdf() -> KdfParams:
    """Production parameters, unless the test suite or the benchmark switched on cheap ones."""
    return INSECURE_TEST_KDF if _insecure_kdf_allowed else PRODUCTION_KDF


def below_floor(params: KdfParams) -> bool:
    """True for parameters under 64 MiB / 3 passes, outside the test suite and benchmark."""
    if _insecure_kdf_allowed:
        return False
    return not params.is_production_strength


def check_kdf_floor(params: KdfParams) -> None:
    """Refuse to open or write a slot whose Argon2id parameters are below the floor: a keys
    file edited to weaken them would otherwise make the next rewrap cheap to attack."""
    if below_floor(params):
        raise VaultError("vault.kdf_too_weak", memory_kib=params.memory_kib, iterations=params.iterations)


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
    wrapped_key: str           # direct: the data key; sealed: the slot's X25519 private key
    scheme: str = "direct"     # "direct" (format 1) or "sealed" (format 2)
    public_key: str = ""       # sealed: the slot's X25519 public key
    sealed: dict | None = None       # sealed: {"epk", "nonce", "ct"}, the current data key
    sealed_next: dict | None = None  # only while the vault moves to a new data key

    def to_json(self) -> dict:
        data = asdict(self)
        data["kdf"] = asdict(self.kdf)
        if self.scheme == "direct":
            for key in ("scheme", "public_key", "sealed", "sealed_next"):
                data.pop(key)
        elif self.sealed_next is None:
            data.pop("sealed_next")
        return data

    @staticmethod
    def from_json(data: dict) -> Keyslot:
        scheme = str(data.get("scheme", "direct"))
        if scheme not in ("direct", "sealed"):
            raise ValueError(scheme)
        sealed = data.get("sealed")
        sealed_next = data.get("sealed_next")
        if scheme == "sealed":
            _check_sealed(sealed)
            if sealed_next is not None:
                _check_sealed(sealed_next)
        kdf = data["kdf"]
        if not isinstance(kdf, dict):
            raise TypeError("kdf")
        return Keyslot(
            name=str(data["name"]),
            kind=str(data["kind"]),
            salt=str(data["salt"]),
            kdf=KdfParams(**{k: int(v) for k, v in kdf.items()}),
            nonce=str(data["nonce"]),
            wrapped_key=str(data["wrapped_key"]),
            scheme=scheme,
            public_key=str(data.get("public_key", "")),
            sealed=sealed if scheme == "sealed" else None,
            sealed_next=sealed_next if scheme == "sealed" else None,
        )


def _check_sealed(box: object) -> None:
    if not isinstance(box, dict) or not all(isinstance(box.get(k), str) for k in ("epk", "nonce", "ct")):
        raise ValueError("sealed")


def _aad(vault_id: str, slot_name: str) -> bytes:
    return f"relais-keyslot:{vault_id}:{slot_name}".encode()


def _raw_public(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _box_key(shared: bytes, epk: bytes, recipient: bytes, aad: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"relais-seal:" + aad + epk + recipient).derive(shared)


def seal_key(vault_id: str, slot_name: str, public_key: str, data_key: bytes | bytearray) -> dict:
    """The data key sealed to a slot's public key: only that slot's private key opens it."""
    recipient = _unb64(public_key)
    ephemeral = X25519PrivateKey.generate()
    epk = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    aad = _aad(vault_id, slot_name)
    nonce = secrets.token_bytes(12)
    ct = AESGCM(_box_key(shared, epk, recipient, aad)).encrypt(nonce, bytes(data_key), aad)
    return {"epk": _b64(epk), "nonce": _b64(nonce), "ct": _b64(ct)}


def _unseal(vault_id: str, slot: Keyslot, private: bytes, box: dict) -> bytearray:
    aad = _aad(vault_id, slot.name)
    try:
        epk = _unb64(box["epk"])
        shared = X25519PrivateKey.from_private_bytes(private).exchange(X25519PublicKey.from_public_bytes(epk))
        key = AESGCM(_box_key(shared, epk, _unb64(slot.public_key), aad)).decrypt(
            _unb64(box["nonce"]), _unb64(box["ct"]), aad)
    except (InvalidTag, ValueError):
        raise VaultError("vault.keyslots_damaged", path=KEYSLOTS_FILE_NAME) from None
    return bytearray(key)


KEYSLOTS_FILE_NAME = "keyslots.json"


def wrap_key(vault_id: str, name: str, kind: str, data_key: bytes | bytearray, passphrase: str,
             params: KdfParams) -> Keyslot:
    """A new sealed slot: a fresh key pair, its private key under the passphrase, the data key sealed to it."""
    check_kdf_floor(params)
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = derive_key(passphrase, salt, params)
    private = X25519PrivateKey.generate()
    private_raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    wrapped = AESGCM(kek).encrypt(nonce, private_raw, _aad(vault_id, name))
    public = _b64(_raw_public(private.public_key()))
    return Keyslot(name, kind, _b64(salt), params, _b64(nonce), _b64(wrapped), scheme="sealed",
                   public_key=public, sealed=seal_key(vault_id, name, public, data_key))


@dataclass
class SlotKeys:
    """What a passphrase opens: the current data key and, mid-rekey, the next one."""
    current: bytearray
    next: bytearray | None = None

    def wipe(self) -> None:
        for buf in (self.current, self.next):
            if buf is not None:
                for i in range(len(buf)):
                    buf[i] = 0


def open_slot(vault_id: str, slot: Keyslot, passphrase: str) -> SlotKeys:
    """Raises WrongPassphrase when the passphrase does not open the slot, VaultError when
    its Argon2id parameters are below the floor (a weakened keys file is refused)."""
    check_kdf_floor(slot.kdf)
    kek = derive_key(passphrase, _unb64(slot.salt), slot.kdf)
    try:
        inner = AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped_key), _aad(vault_id, slot.name))
    except InvalidTag:
        raise WrongPassphrase() from None
    if slot.scheme == "direct":
        return SlotKeys(bytearray(inner))
    current = _unseal(vault_id, slot, inner, slot.sealed or {})
    nxt = _unseal(vault_id, slot, inner, slot.sealed_next) if slot.sealed_next else None
    return SlotKeys(current, nxt)


def unwrap_key(vault_id: str, slot: Keyslot, passphrase: str) -> bytearray:
    """The slot's current data key (raises WrongPassphrase)."""
    keys = open_slot(vault_id, slot, passphrase)
    if keys.next is not None:
        for i in range(len(keys.next)):
            keys.next[i] = 0
    return keys.current


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
            "version": FORMAT_VERSION if any(s.scheme == "sealed" for s in self.slots.values()) else self.version,
            "vault_id": self.vault_id,
            "slots": [slot.to_json() for slot in self.slots.values()],
        }
        try:
            atomic_write_bytes(Path(path), json.dumps(data, indent=2).encode("utf-8"))
        except OSError as exc:
            # The old file stays whole (atomic write): the old passphrase still works.
            raise storage_error(exc, Path(path).parent, "save") from None

    def in_transition(self) -> bool:
        return any(slot.sealed_next is not None for slot in self.slots.values())

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
