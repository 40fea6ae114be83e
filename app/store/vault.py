"""A vault folder: create it, unlock it, lock it, manage its keyslots.

    relais.db       SQLCipher 4 database, the only place personal data lives
    keyslots.json   format version, vault id, one wrapped data key per user + recovery
    relais.lock     held while a session has the vault open
    backups/        automatic backups before migrations, and daily/ (one a day, newest 7 kept)
"""

from __future__ import annotations

import os
import secrets
import shutil
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import VaultError, WrongPassphrase
from app.store import audit_anchor, failures, migrate
from app.store.backup import DB_NAME, KEYSLOTS_NAME, write_backup
from app.store.engine import make_engine, open_connection
from app.store.fsutil import private_dir
from app.store.keyslots import (
    RECOVERY_SLOT,
    KdfParams,
    KeyslotFile,
    SlotKeys,
    default_kdf,
    new_recovery_key,
    normalise_recovery_key,
    open_slot,
    seal_key,
    unwrap_key,
    wrap_key,
)
from app.store.lock import LOCK_NAME, VaultLock

BACKUP_DIR = "backups"
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


class VaultFolder:
    """A folder that holds (or will hold) a vault. Does nothing until asked."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser()
        self.db_path = self.path / DB_NAME
        self.keyslots_path = self.path / KEYSLOTS_NAME

    # -- inspection ---------------------------------------------------------------
    def exists(self) -> bool:
        return self.db_path.exists() or self.keyslots_path.exists()

    def ensure_openable(self) -> None:
        """Raise a clear VaultError when the folder is not a vault we can open."""
        if not self.path.exists():
            raise VaultError("vault.missing", path=str(self.path))
        if not self.path.is_dir():
            raise VaultError("vault.not_a_folder", path=str(self.path))
        has_db, has_slots = self.db_path.exists(), self.keyslots_path.exists()
        if not has_db and not has_slots:
            raise VaultError("vault.not_a_vault", path=str(self.path))
        if not has_slots:
            raise VaultError("vault.keyslots_missing", path=str(self.keyslots_path))
        if not has_db:
            raise VaultError("vault.db_missing", path=str(self.db_path))
        try:
            with open(self.db_path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise VaultError("vault.unreadable", path=str(self.db_path), reason=exc.strerror or str(exc)) from None
        if len(head) < 16:
            raise VaultError("vault.damaged", reason="truncated")
        if head == SQLITE_PLAIN_HEADER:
            raise VaultError("vault.not_encrypted", path=str(self.db_path))

    def keyslots(self) -> KeyslotFile:
        self.ensure_openable()
        return KeyslotFile.load(self.keyslots_path)

    def user_names(self) -> list[str]:
        return self.keyslots().user_slot_names()

    # -- creation -----------------------------------------------------------------
    def create(self, user: str, passphrase: str, params: KdfParams | None = None) -> tuple[OpenVault, str]:
        """Create a new vault; returns it open, and the recovery key to show once."""
        if self.exists():
            raise VaultError("vault.already_exists", path=str(self.path))
        check_passphrase_acceptable(passphrase)
        params = params or default_kdf()
        created_folder = not self.path.exists()
        private_dir(self.path)
        data_key = bytearray(secrets.token_bytes(32))
        recovery_key = new_recovery_key()
        vault_id = str(uuid.uuid4())
        lock = VaultLock(self.path)
        lock.acquire()
        try:
            slots = KeyslotFile(vault_id=vault_id, slots={})
            slots.slots[user] = wrap_key(vault_id, user, "user", data_key, passphrase, params)
            slots.slots[RECOVERY_SLOT] = wrap_key(vault_id, RECOVERY_SLOT, "recovery", data_key, recovery_key, params)
            engine = make_engine(self.db_path, data_key)
            migrate.upgrade_to_head(engine)
            os.chmod(self.db_path, 0o600)
            slots.save(self.keyslots_path)  # last: a folder without keyslots is not a vault
        except BaseException:
            lock.release()
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYSLOTS_NAME, LOCK_NAME):
                (self.path / name).unlink(missing_ok=True)
            if created_folder:
                shutil.rmtree(self.path, ignore_errors=True)
            raise
        return OpenVault(self, vault_id, engine, data_key, lock, user), recovery_key

    # -- unlocking ----------------------------------------------------------------
    def slot_keys(self, slot_name: str, secret: str) -> tuple[KeyslotFile, SlotKeys]:
        """Open a slot with a user's passphrase (or, for the recovery slot, the recovery key).
        A wrong secret is noted for the audit trail and changes no vault file."""
        slots = self.keyslots()
        slot = slots.slots.get(slot_name)
        if slot is None:
            raise VaultError("vault.unknown_user", user=slot_name)
        if slot_name == RECOVERY_SLOT:
            secret = normalise_recovery_key(secret)
        try:
            keys = open_slot(slots.vault_id, slot, secret)
        except WrongPassphrase:
            failures.record_failure(slots.vault_id, slot_name)
            raise
        if slot.scheme == "direct":
            # A format-1 slot: give it a key pair of its own now that its secret is known,
            # so that a later change of the data key can be sealed for it.
            slots.slots[slot_name] = wrap_key(slots.vault_id, slot_name, slot.kind, keys.current, secret,
                                              slot.kdf)
            slots.save(self.keyslots_path)
        return slots, keys

    def data_key(self, slot_name: str, secret: str) -> tuple[KeyslotFile, bytearray]:
        """The data key that opens the database now (mid-rekey: whichever of the two does)."""
        slots, keys = self.slot_keys(slot_name, secret)
        return slots, self._key_that_opens(keys)

    def _key_that_opens(self, keys: SlotKeys) -> bytearray:
        if keys.next is None:
            return keys.current
        for key, other in ((keys.next, keys.current), (keys.current, keys.next)):
            try:
                open_connection(self.db_path, key, read_only=True).close()
            except WrongPassphrase:
                continue
            for i in range(len(other)):
                other[i] = 0
            return key
        raise VaultError("vault.db_undecryptable")

    def unlock(self, user: str, passphrase: str) -> OpenVault:
        slots, keys = self.slot_keys(user, passphrase)
        return self._open_with_key(slots, keys, user)

    def unlock_with_recovery(self, recovery_key: str) -> OpenVault:
        slots, keys = self.slot_keys(RECOVERY_SLOT, recovery_key)
        return self._open_with_key(slots, keys, RECOVERY_SLOT)

    def _open_with_key(self, slots: KeyslotFile, keys: SlotKeys | bytearray, slot_name: str) -> OpenVault:
        if not isinstance(keys, SlotKeys):
            keys = SlotKeys(keys)
        lock = VaultLock(self.path)
        lock.acquire()
        try:
            if keys.next is not None:
                # A change of data key was interrupted: finish it (holding the lock).
                slots = finish_rekey(self, slots, keys)
            key = keys.current
            try:
                open_connection(self.db_path, key).close()
            except WrongPassphrase:
                # The slot opened, so the key is right: the database itself is damaged at
                # its start, or these keyslots belong to another vault.
                raise VaultError("vault.db_undecryptable") from None
            engine = make_engine(self.db_path, key)
            try:
                self._migrate_if_needed(engine, key)
                with Session(engine) as session:
                    rollback = audit_anchor.inspect(session, slots.vault_id)
            except DBAPIError as exc:
                engine.dispose()
                raise VaultError("vault.damaged", reason=str(exc.orig)) from None
        except BaseException:
            lock.release()
            raise
        return OpenVault(self, slots.vault_id, engine, key, lock, slot_name, rollback=rollback)

    def _migrate_if_needed(self, engine: Engine, key: bytes | bytearray) -> None:
        if migrate.is_at_head(engine):
            return
        if migrate.is_from_newer_relais(engine):
            engine.dispose()
            raise VaultError("vault.newer_schema")
        if migrate.needs_upgrade(engine):
            if migrate.current_revisions(engine):
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
                private_dir(self.path / BACKUP_DIR)
                write_backup(self.path, key, self.path / BACKUP_DIR / f"before-upgrade-{stamp}.relaisbackup")
            migrate.upgrade_to_head(engine)


class OpenVault:
    """An unlocked vault: the engine, a session factory, and the lock held for it."""

    def __init__(self, folder: VaultFolder, vault_id: str, engine: Engine, key: bytearray,
                 lock: VaultLock, slot_name: str, rollback: audit_anchor.Rollback | None = None) -> None:
        # Not None when the chain does not extend this account's note (an older copy of the
        # vault, a lost WAL file, a missing note): the session then never updates the note.
        self.rollback = rollback
        self.folder = folder
        self.vault_id = vault_id
        self.engine = engine
        self._key = key
        self._lock = lock
        self.slot_name = slot_name
        self._bind(engine)

    def _bind(self, engine: Engine) -> None:
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=engine.execution_options(sqlite_begin="IMMEDIATE"),
                                            expire_on_commit=False)
        for factory in (self._sessions, self._write_sessions):
            event.listen(factory, "after_commit", self._note_committed_head)

    def _note_committed_head(self, session: Session) -> None:
        head = session.info.pop("audit_head", None)
        if head is not None and self.rollback is None:
            audit_anchor.remember_head(self.vault_id, audit_anchor.Head(*head), durable=False)

    @property
    def is_open(self) -> bool:
        return self._lock.held

    def session(self) -> Session:
        if not self.is_open:
            raise VaultError("vault.locked")
        return self._sessions()

    def write_session(self) -> Session:
        """A session whose transactions take the write lock when they begin (see engine.py)."""
        if not self.is_open:
            raise VaultError("vault.locked")
        return self._write_sessions()

    def take_failed_unlocks(self) -> list[dict]:
        return failures.take_failures(self.vault_id)

    def backup(self, out_file: Path) -> Path:
        if not self.is_open:
            raise VaultError("vault.locked")
        return write_backup(self.folder.path, self._key, Path(out_file))

    def close(self) -> None:
        """Lock: dispose every connection, drop the key bytes we hold, release the folder.

        Python cannot promise that no copy of the key remains in freed memory; we zero
        the buffer we own and keep no other reference (see SECURITY.md)."""
        if not self._lock.held:
            return
        self._remember_audit_head()
        self.engine.dispose()
        for i in range(len(self._key)):
            self._key[i] = 0
        self._lock.release()

    def _remember_audit_head(self) -> None:
        if self.rollback is not None:
            return  # never replace the note by a head that does not extend it
        try:
            with self._sessions() as session:
                head = audit_anchor.current_head(session)
        except (DBAPIError, VaultError):
            return  # a damaged vault: nothing trustworthy to note
        if head is not None:
            audit_anchor.remember_head(self.vault_id, head)

    # -- keyslot management ---------------------------------------------------------
    def _slots(self) -> KeyslotFile:
        return KeyslotFile.load(self.folder.keyslots_path)

    def add_keyslot(self, name: str, passphrase: str, params: KdfParams | None = None) -> None:
        check_passphrase_acceptable(passphrase)
        slots = self._slots()
        if name in slots.slots or name == RECOVERY_SLOT:
            raise VaultError("vault.user_exists", user=name)
        slots.slots[name] = wrap_key(self.vault_id, name, "user", self._key, passphrase,
                                     params or default_kdf())
        slots.save(self.folder.keyslots_path)

    def set_passphrase(self, name: str, new_passphrase: str, params: KdfParams | None = None) -> None:
        """Rewrap one slot under a new passphrase; the database is not re-encrypted."""
        check_passphrase_acceptable(new_passphrase)
        slots = self._slots()
        if name not in slots.slots or slots.slots[name].kind != "user":
            raise VaultError("vault.unknown_user", user=name)
        slots.slots[name] = wrap_key(self.vault_id, name, "user", self._key, new_passphrase,
                                     params or slots.slots[name].kdf)
        slots.save(self.folder.keyslots_path)

    def change_passphrase(self, name: str, old_passphrase: str, new_passphrase: str) -> None:
        slots = self._slots()
        if name not in slots.slots:
            raise VaultError("vault.unknown_user", user=name)
        unwrap_key(self.vault_id, slots.slots[name], old_passphrase)  # raises WrongPassphrase
        self.set_passphrase(name, new_passphrase)

    def remove_keyslot(self, name: str) -> None:
        slots = self._slots()
        if name == RECOVERY_SLOT or name not in slots.slots:
            raise VaultError("vault.unknown_user", user=name)
        if len(slots.user_slot_names()) <= 1:
            raise VaultError("vault.last_user")
        del slots.slots[name]
        slots.save(self.folder.keyslots_path)

    def replace_recovery_key(self) -> str:
        """A new recovery key (the old one stops working, also with keyslots from an old
        backup: the data key changes too); returned to show once."""
        recovery_key = new_recovery_key()
        slots = self._slots()
        slots.slots[RECOVERY_SLOT] = wrap_key(self.vault_id, RECOVERY_SLOT, "recovery", self._key,
                                              recovery_key, default_kdf())
        slots.save(self.folder.keyslots_path)
        self.rekey()
        return recovery_key

    def rekey(self, remove: tuple[str, ...] | list[str] = ()) -> None:
        """Move the database to a new random data key, sealed for every remaining slot.

        Afterwards no passphrase of a removed slot, and no keys file from an earlier backup,
        opens the live database. Crash-safe in three steps, each leaving a vault that opens:
          1. keyslots.json is rewritten (atomically) with `remove` dropped and, in every
             slot, BOTH the current and the next data key;
          2. `PRAGMA rekey` re-encrypts every page in one transaction (rollback journal);
          3. keyslots.json is rewritten with the next key only.
        An unlock that finds step 1 done finishes the change (`finish_rekey`)."""
        if not self.is_open:
            raise VaultError("vault.locked")
        slots = self._slots()
        for name in remove:
            if name == RECOVERY_SLOT or name not in slots.slots:
                raise VaultError("vault.unknown_user", user=name)
            del slots.slots[name]
        if not slots.user_slot_names():
            raise VaultError("vault.last_user")
        old_format = sorted(n for n, slot in slots.slots.items() if slot.scheme != "sealed")
        if old_format:
            raise VaultError("vault.rekey_old_slots", users=", ".join(old_format))
        new_key = bytearray(secrets.token_bytes(32))
        for name, slot in list(slots.slots.items()):
            slots.slots[name] = replace(slot, sealed_next=seal_key(self.vault_id, name, slot.public_key, new_key))
        _fault("before_pending")
        slots.save(self.folder.keyslots_path)
        _fault("after_pending")
        self.engine.dispose()
        try:
            reencrypt_database(self.folder.db_path, self._key, new_key)
        except Exception:
            if _opens(self.folder.db_path, self._key):
                # The database kept the current key: the next one is dropped from the slots.
                rollback_next_key(slots)
                slots.save(self.folder.keyslots_path)
                self.engine = make_engine(self.folder.db_path, self._key)
                self._bind(self.engine)
                raise
            # The pages moved to the new key before the error: go on to step 3.
        _fault("after_rekey")
        commit_next_key(slots)
        slots.save(self.folder.keyslots_path)
        _fault("after_commit")
        for i in range(len(self._key)):
            self._key[i] = 0
        self._key[:] = new_key
        for i in range(len(new_key)):
            new_key[i] = 0
        self.engine = make_engine(self.folder.db_path, self._key)
        self._bind(self.engine)


# -- changing the data key ----------------------------------------------------------------
# Tests set a step name here to stop a rekey there, as a crash would (see tests/test_rekey.py).
_FAULT_AT: str | None = None


def _fault(step: str) -> None:
    if step == _FAULT_AT:
        raise _InjectedCrash(step)


class _InjectedCrash(BaseException):
    """A simulated crash between two steps of a rekey (tests only)."""


def reencrypt_database(db_path: Path, old_key: bytes | bytearray, new_key: bytes | bytearray) -> None:
    """Re-encrypt every page under `new_key` in one transaction. The rollback journal (not
    WAL) is used for it, so that a crash leaves the file wholly under one key or the other."""
    conn = open_connection(db_path, old_key)
    try:
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlcipher3.OperationalError:
            mode = "busy"
        if str(mode).lower() != "delete":
            raise VaultError("vault.busy_rekey")
        _fault("before_rekey")
        conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def _opens(db_path: Path, key: bytes | bytearray) -> bool:
    try:
        open_connection(db_path, key, read_only=True).close()
        return True
    except WrongPassphrase:
        return False


def commit_next_key(slots: KeyslotFile) -> None:
    for name, slot in list(slots.slots.items()):
        if slot.sealed_next is not None:
            slots.slots[name] = replace(slot, sealed=slot.sealed_next, sealed_next=None)


def rollback_next_key(slots: KeyslotFile) -> None:
    for name, slot in list(slots.slots.items()):
        if slot.sealed_next is not None:
            slots.slots[name] = replace(slot, sealed_next=None)


def finish_rekey(folder: VaultFolder, slots: KeyslotFile, keys: SlotKeys) -> KeyslotFile:
    """At unlock, with the vault's lock held, complete a change of data key a crash cut
    short. On return `keys.current` opens the database and `keys.next` is None."""
    assert keys.next is not None
    try:
        open_connection(folder.db_path, keys.next).close()
        opened_with_next = True
    except WrongPassphrase:
        opened_with_next = False
    if not opened_with_next:
        try:
            open_connection(folder.db_path, keys.current).close()
        except WrongPassphrase:
            raise VaultError("vault.db_undecryptable") from None
        try:
            reencrypt_database(folder.db_path, keys.current, keys.next)
        except VaultError:
            # Another process reads the database: keep the current key (the slots say so).
            rollback_next_key(slots)
            slots.save(folder.keyslots_path)
            for i in range(len(keys.next)):
                keys.next[i] = 0
            keys.next = None
            return slots
    commit_next_key(slots)
    slots.save(folder.keyslots_path)
    for i in range(len(keys.current)):
        keys.current[i] = 0
    keys.current, keys.next = keys.next, None
    return slots


MIN_PASSPHRASE = 8


def check_passphrase_acceptable(passphrase: str) -> None:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise VaultError("passphrase.too_short", min=MIN_PASSPHRASE)


def plain_sqlite_can_read(db_path: Path) -> bool:
    """True if the stdlib sqlite3 module can read the file: it must not."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{os.fspath(db_path)}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
