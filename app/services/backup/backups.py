"""Backups, restore and recovery-key access, as the command line and the app use them.

Three kinds of backup, all the same encrypted file format (app/store/backup.py):
  - on demand, to a folder the user chooses (a USB stick): `backup_to_folder`, or
    `backup_vault_folder` from the command line while the app may hold the vault open;
  - automatic, once a day after unlock: `auto_backup_if_due` (the UI shell calls it in a
    background task right after a successful unlock, see its docstring);
  - before a schema migration (app/store/vault.py).
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import PermissionDenied, RelaisError, VaultError, storage_error
from app.models.erasure import read_erased_gids, reapply_erasures
from app.models.user import User
from app.services.shared.permissions import Permission, allowed
from app.services.shared.workspace import Workspace
from app.store.audit import append_event
from app.store.audit_anchor import Head, current_head, remember_head
from app.store.backup import DB_NAME, KEYSLOTS_NAME, extract_backup, write_backup
from app.store.checks import check_vault
from app.store.engine import make_engine
from app.store.fsutil import private_dir
from app.store.keyslots import RECOVERY_SLOT
from app.store.lock import VaultLock
from app.store.vault import BACKUP_DIR, VaultFolder

BACKUP_SUFFIX = ".relaisbackup"
DAILY_DIR = "daily"
DAILY_KEEP = 7
_DAILY_NAME = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.relaisbackup$")
_UPGRADE_NAME = re.compile(r"^before-upgrade-[0-9A-Za-z_-]+\.relaisbackup$")


# -- writing backups -------------------------------------------------------------------
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
        _require_backup_permission(vault, key, user)
        try:
            written = write_backup(vault.path, key, Path(out_file))
        except OSError as exc:
            raise storage_error(exc, out_file, "backup") from None
        engine = make_engine(vault.db_path, key)
        try:
            with Session(engine.execution_options(sqlite_begin="IMMEDIATE")) as session, session.begin():
                append_event(session, user, "backup.written")
        finally:
            engine.dispose()
    finally:
        for i in range(len(key)):
            key[i] = 0
    return written


def _require_backup_permission(vault: VaultFolder, key: bytes | bytearray, user: str) -> None:
    """A backup carries the whole vault: a role without Permission.BACKUP (a peer worker)
    is refused, and the refusal is audited. Not a cryptographic boundary (SECURITY.md)."""
    engine = make_engine(vault.db_path, key)
    try:
        with Session(engine.execution_options(sqlite_begin="IMMEDIATE")) as session, session.begin():
            row = session.scalar(select(User).where(User.name == user))
            if row is not None and row.active and allowed(row.role, Permission.BACKUP):
                return
            append_event(session, user, "permission.denied", permission=Permission.BACKUP.value, via="cli")
    finally:
        engine.dispose()
    raise PermissionDenied(permission=Permission.BACKUP.value)


def backup_file_name(now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"relais-{stamp}{BACKUP_SUFFIX}"


def backup_to_folder(ws: Workspace, out_folder: Path | str) -> Path:
    """The app's Backup action: a timestamped backup in a folder the user chose.

    The file appears only once complete; a full or read-only target raises a
    RelaisError with one clear sentence and leaves the vault and older backups untouched."""
    ws.require(Permission.BACKUP)
    out = Path(out_folder) / backup_file_name()
    try:
        written = ws.vault.backup(out)
    except OSError as exc:
        raise storage_error(exc, out_folder, "backup") from None
    with ws.unit() as session:
        ws.audit(session, "backup.written", via="app")
    return written


@dataclass(frozen=True)
class AutoBackupResult:
    written: Path | None        # None: today's backup already existed
    removed: tuple[Path, ...]   # older daily backups dropped by rotation


def daily_backup_folder(ws: Workspace) -> Path:
    return ws.vault.folder.path / BACKUP_DIR / DAILY_DIR


def auto_backup_if_due(ws: Workspace, folder: Path | str | None = None, keep: int = DAILY_KEEP,
                       today: date | None = None) -> AutoBackupResult:
    """Make today's automatic backup unless it exists, then keep only the newest `keep`.

    The UI shell calls this once after every successful unlock, off the UI thread:

        run_task(window, lambda ctx: auto_backup_if_due(ws), on_failure=show_backup_warning)

    Default folder: <vault>/backups/daily/, one file per day named daily-YYYY-MM-DD.relaisbackup.
    Rotation runs only after the new file is complete, and only on files of that pattern, so a
    failed write (disk full) never removes the last good backup. Errors: RelaisError with a
    storage.* code; the caller shows it as a warning (the work itself is not lost).
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    target_dir = Path(folder) if folder is not None else daily_backup_folder(ws)
    day = (today or date.today()).isoformat()
    target = target_dir / f"daily-{day}{BACKUP_SUFFIX}"
    written: Path | None = None
    if not target.exists():
        try:
            if folder is None:
                private_dir(target_dir.parent)  # <vault>/backups/
            private_dir(target_dir)
            written = ws.vault.backup(target)
        except OSError as exc:
            raise storage_error(exc, target_dir, "backup") from None
        with ws.unit() as session:
            ws.audit(session, "backup.automatic", day=day)
    removed = _rotate(target_dir, keep)
    if written is not None:
        # The upgraded vault is now in a daily backup: the copies taken before an upgrade
        # (which may hold persons erased since) are no longer needed.
        removed += _prune_upgrade_backups(ws.vault.folder.path / BACKUP_DIR)
    return AutoBackupResult(written, tuple(removed))


def _prune_upgrade_backups(folder: Path) -> list[Path]:
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for old in sorted(folder.iterdir()):
        if _UPGRADE_NAME.match(old.name) and old.is_file():
            try:
                old.unlink()
                removed.append(old)
            except OSError:
                pass  # kept; never a reason to fail the daily backup
    return removed


def _rotate(folder: Path, keep: int) -> list[Path]:
    daily = sorted((p for p in folder.iterdir() if _DAILY_NAME.match(p.name) and p.is_file()),
                   key=lambda p: p.name, reverse=True)
    removed = []
    for old in daily[keep:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass  # a backup we cannot delete stays; it is never a reason to fail
    return removed


# -- restoring -------------------------------------------------------------------------
@dataclass(frozen=True)
class RestoreResult:
    manifest: dict
    verified_with: str | None    # user name, "recovery key", or None (structure and checksum only)
    check_passed: list[str]
    reerased: int = 0            # persons erased in the replaced vault, erased again in the copy


def restore_backup(backup_file: Path | str, target: Path | str, force: bool = False, *,
                   user: str | None = None, passphrase: str | None = None,
                   recovery_key: str | None = None) -> RestoreResult:
    """Restore a backup into `target`, verified before it takes the target's place.

    The backup is unpacked into a hidden folder beside the target; its checksum is checked,
    and when a passphrase (for `user`) or the recovery key is given, it is opened and the full
    `check` runs on it. Only a verified copy moves into place, so a failed restore leaves the
    target as it was (with --force, the vault it would have replaced is kept)."""
    target = Path(target).expanduser()
    if target.exists() and any(target.iterdir()) and not force:
        raise VaultError("restore.target_not_empty", path=str(target))
    replaces_vault = VaultFolder(target).exists()
    if replaces_vault and passphrase is None and recovery_key is None:
        # Replacing a vault by an older copy is a rollback: only someone with a key may do it,
        # and it leaves an audit event in the vault that takes its place.
        raise VaultError("restore.key_required", path=str(target))
    # The erasures the replaced vault remembers are carried into the restored copy.
    erased = _erased_in(VaultFolder(target), user, passphrase, recovery_key) if replaces_vault else set()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".relais-restore-{uuid.uuid4().hex[:12]}"
    try:
        manifest = extract_backup(Path(backup_file), staging)
        folder = VaultFolder(staging)
        folder.ensure_openable()
        verified_with: str | None = None
        passed: list[str] = []
        head: Head | None = None
        reerased = 0
        if passphrase is not None or recovery_key is not None:
            verified_with, passed, head, reerased = _verify_opening(folder, user, passphrase, recovery_key,
                                                                    replaced=replaces_vault, erased=erased)
        (staging / "relais.lock").unlink(missing_ok=True)
        _move_into_place(staging, target)
        if head is not None:
            # A restore done with a key is the one legitimate way back to an older chain: the
            # note now follows the restored vault (its newest event is this restore).
            remember_head(str(manifest.get("vault_id", "")), head)
    except OSError as exc:
        raise storage_error(exc, target, "restore") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreResult(manifest, verified_with, passed, reerased)


def _erased_in(vault: VaultFolder, user: str | None, passphrase: str | None, recovery_key: str | None) -> set[str]:
    """The erased gids of the vault a restore replaces, read with the key given for the restore.
    A vault that no longer opens (the reason for many restores) has nothing to give: the
    restored copy then keeps its own list, and SECURITY.md says so."""
    try:
        if recovery_key is not None:
            _, key = vault.data_key(RECOVERY_SLOT, recovery_key)
        else:
            names = vault.user_names()
            name = user or (names[0] if len(names) == 1 else "")
            _, key = vault.data_key(name, passphrase or "")
    except (RelaisError, OSError, ValueError):
        return set()
    try:
        engine = make_engine(vault.db_path, key)
        try:
            with engine.connect() as conn:
                return read_erased_gids(conn)
        finally:
            engine.dispose()
    except Exception:  # noqa: BLE001 - a damaged vault gives no list; the restore goes on
        return set()
    finally:
        for i in range(len(key)):
            key[i] = 0


def _verify_opening(folder: VaultFolder, user: str | None, passphrase: str | None,
                    recovery_key: str | None, replaced: bool = False,
                    erased: set[str] | frozenset[str] = frozenset()) -> tuple[str, list[str], Head | None, int]:
    if recovery_key is not None:
        vault, label = folder.unlock_with_recovery(recovery_key), "recovery key"
    else:
        if not user:
            names = folder.user_names()
            if len(names) != 1:
                raise RelaisError("cli.user_required", users=", ".join(names))
            user = names[0]
        vault, label = folder.unlock(user, passphrase or ""), user
    try:
        # An older chain is what a restore brings back: the note is not compared here.
        report = check_vault(vault, compare_note=False)
        if not report.sound:
            raise VaultError("restore.check_failed", problems="; ".join(report.failed))
        actor = label if recovery_key is None else "recovery-key"
        with vault.session() as session, session.begin():
            # Persons erased since the backup was made (in it, or in the vault it replaces) are
            # erased again, with sync capture on: the deletion reaches the hub like any other.
            reerased = reapply_erasures(session, erased)
            for person_id in reerased:
                append_event(session, actor, "person.erased_again", "person", person_id)
            append_event(session, actor, "restore.verified", replaced_vault=replaced)
        if reerased:
            with vault.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with vault.session() as session:
            head = current_head(session)
        return label, report.passed, head, len(reerased)
    finally:
        vault.close()


def _move_into_place(staging: Path, target: Path) -> None:
    if not target.exists():
        os.replace(staging, target)
        return
    # --force over an existing folder: swap only the vault's own files, holding the vault's
    # lock so that a vault open in the app is refused (VaultBusy), never swapped under it.
    lock = VaultLock(target)
    lock.acquire()
    try:
        for name in (DB_NAME + "-wal", DB_NAME + "-shm"):
            (target / name).unlink(missing_ok=True)
        for name in (KEYSLOTS_NAME, DB_NAME):
            os.replace(staging / name, target / name)
        if (staging / BACKUP_DIR).exists() and not (target / BACKUP_DIR).exists():
            os.replace(staging / BACKUP_DIR, target / BACKUP_DIR)
        os.chmod(target, 0o700)
    finally:
        lock.release()


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
            user_id = user.id
        vault.rekey()  # the lost (perhaps leaked) passphrase must not open the live vault
        with vault.write_session() as session, session.begin():
            append_event(session, "recovery-key", "vault.rekeyed", "user", user_id, reason="recovery.used")
    finally:
        vault.close()
