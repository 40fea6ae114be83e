"""Backups, restore and recovery-key access, as the command line and the app use them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.errors import RelaisError, VaultError
from app.models.user import User
from app.store.audit import append_event
from app.store.backup import extract_backup, write_backup
from app.store.engine import make_engine
from app.store.vault import VaultFolder
from sqlalchemy.orm import Session


def backup_vault_folder(folder: Path | str, user: str | None, passphrase: str, out_file: Path | str) -> Path:
    """Back up a vault that may be open in the app: this reads through SQLite's own
    locks and does not take the session lock."""
    vault = VaultFolder(folder)
    if not user:
        names = vault.user_names()
        if len(names) != 1:
            raise RelaisError("cli.user_required", users=", ".join(names))
        user = names[0]
    _, key = vault.data_key(user, passphrase)
    try:
        written = write_backup(vault.path, key, Path(out_file))
        engine = make_engine(vault.db_path, key)
        try:
            with Session(engine) as session, session.begin():
                append_event(session, user, "backup.written")
        finally:
            engine.dispose()
    finally:
        for i in range(len(key)):
            key[i] = 0
    return written


def restore_backup(backup_file: Path | str, target: Path | str, force: bool = False) -> dict:
    target = Path(target)
    if VaultFolder(target).exists() and not force:
        raise VaultError("restore.target_not_empty", path=str(target))
    manifest = extract_backup(Path(backup_file), target, force=force)
    VaultFolder(target).ensure_openable()
    return manifest


def recover_access(folder: Path | str, recovery_key: str, user_name: str, new_passphrase: str) -> None:
    """With the recovery key, give `user_name` a new passphrase (rewraps one slot)."""
    vault = VaultFolder(folder).unlock_with_recovery(recovery_key)
    try:
        with vault.session() as session, session.begin():
            user = session.scalar(select(User).where(User.name == user_name))
            if user is None:
                raise VaultError("vault.unknown_user", user=user_name)
            if user_name in vault.folder.keyslots().slots:
                vault.set_passphrase(user_name, new_passphrase)
            else:
                vault.add_keyslot(user_name, new_passphrase)
            user.active = True
            append_event(session, "recovery-key", "recovery.used", "user", user.id)
    finally:
        vault.close()
