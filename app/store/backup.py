"""Consistent encrypted backups.

A backup file is an uncompressed tar holding `manifest.json`, `keyslots.json` and a copy
of `relais.db` made with SQLite's online backup API from a keyed connection into a file
keyed with the same data key. The copy is as encrypted as the vault, is consistent even
while the app writes, and opens with any user's passphrase or the recovery key.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from app.errors import VaultError
from app.store.engine import open_connection
from app.store.fsutil import fsync_dir
from app.store.keyslots import KeyslotFile

BACKUP_FORMAT = 1
DB_NAME = "relais.db"
KEYSLOTS_NAME = "keyslots.json"


def snapshot_database(db_path: Path, key: bytes | bytearray, target: Path) -> None:
    """Copy the live database into `target` (a new file) with the online backup API."""
    src = open_connection(db_path, key)
    try:
        dst = open_connection(target, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def write_backup(folder: Path, key: bytes | bytearray, out_file: Path) -> Path:
    """Write a backup of the vault in `folder` to `out_file`; returns the path written.

    The file appears only when complete (written beside the target, then renamed), so a
    full disk or a pulled USB stick never leaves a half backup that looks whole.
    """
    folder, out_file = Path(folder), Path(out_file)
    keyslots = KeyslotFile.load(folder / KEYSLOTS_NAME)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale_partials(out_file.parent)
    with tempfile.TemporaryDirectory(prefix=PARTIAL_PREFIX, dir=out_file.parent) as tmp:
        db_copy = Path(tmp) / DB_NAME
        snapshot_database(folder / DB_NAME, key, db_copy)
        digest = _file_sha256(db_copy)
        manifest = {
            "format": BACKUP_FORMAT,
            "vault_id": keyslots.vault_id,
            "created_at": datetime.now(UTC).isoformat(),
            "db_sha256": digest,
        }
        partial = Path(tmp) / "backup.partial"
        with tarfile.open(partial, "w") as tar:
            _add_bytes(tar, "manifest.json", json.dumps(manifest, indent=2).encode())
            tar.add(folder / KEYSLOTS_NAME, arcname=KEYSLOTS_NAME)
            tar.add(db_copy, arcname=DB_NAME)
        os.chmod(partial, 0o600)
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, out_file)
    fsync_dir(out_file.parent)
    return out_file


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


PARTIAL_PREFIX = ".relais-backup-"
STALE_AFTER_S = 3600


def sweep_stale_partials(folder: Path, older_than_s: float = STALE_AFTER_S) -> None:
    """Remove what a backup killed mid-way left behind (a hidden folder with an encrypted,
    incomplete copy). Only folders older than an hour: a backup running now is left alone."""
    now = time.time()
    for leftover in folder.glob(PARTIAL_PREFIX + "*"):
        try:
            if leftover.is_dir() and now - leftover.stat().st_mtime > older_than_s:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            pass


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


# Caps per member of a .relaisbackup (a crafted tar is refused before it fills a disk).
MEMBER_LIMITS = {"manifest.json": 64 * 1024, KEYSLOTS_NAME: 1024 * 1024, DB_NAME: 16 * 1024 ** 3}


def _copy_member(tar: tarfile.TarFile, member: tarfile.TarInfo, target: Path, limit: int, backup_file: Path) -> str:
    """Copy one member into a new 0600 file, hashing while streaming; refuse past `limit`."""
    digest = hashlib.sha256()
    written = 0
    src = tar.extractfile(member)
    if src is None:
        raise VaultError("backup.invalid", path=str(backup_file))
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with src, os.fdopen(fd, "wb") as dst:
        while chunk := src.read(1024 * 1024):
            written += len(chunk)
            if written > limit:
                raise VaultError("backup.invalid", path=str(backup_file))
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest()


def extract_backup(backup_file: Path, target_folder: Path, *, force: bool = False) -> dict:
    """Unpack a backup into a new vault folder; returns its manifest.

    Refuses a non-empty target unless `force`; never leaves a half-restored folder.
    """
    backup_file, target_folder = Path(backup_file), Path(target_folder)
    if not backup_file.is_file():
        raise VaultError("backup.missing", path=str(backup_file))
    if target_folder.exists() and any(target_folder.iterdir()) and not force:
        raise VaultError("restore.target_not_empty", path=str(target_folder))
    try:
        with tarfile.open(backup_file, "r:") as tar:
            members = {m.name: m for m in tar.getmembers()}
            if not {"manifest.json", KEYSLOTS_NAME, DB_NAME} <= set(members):
                raise VaultError("backup.invalid", path=str(backup_file))
            for name in ("manifest.json", KEYSLOTS_NAME, DB_NAME):
                # Only regular, non-sparse files of a plausible size: a crafted tar must not
                # make Relais write gigabytes or follow a link.
                member = members[name]
                if (member.type not in (tarfile.REGTYPE, tarfile.AREGTYPE) or member.sparse is not None
                        or member.size > MEMBER_LIMITS[name]):
                    raise VaultError("backup.invalid", path=str(backup_file))
            raw_manifest = tar.extractfile(members["manifest.json"]).read(MEMBER_LIMITS["manifest.json"] + 1)  # type: ignore[union-attr]
            manifest = json.loads(raw_manifest.decode())
            if not isinstance(manifest, dict):
                raise VaultError("backup.invalid", path=str(backup_file))
            if int(manifest.get("format", 0)) > BACKUP_FORMAT:
                raise VaultError("vault.newer_format", found=manifest.get("format"), supported=BACKUP_FORMAT)
            target_folder.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".relais-restore-", dir=target_folder.parent))
            try:
                os.chmod(staging, 0o700)
                digests = {}
                for name in (KEYSLOTS_NAME, DB_NAME):
                    digests[name] = _copy_member(tar, members[name], staging / name, MEMBER_LIMITS[name], backup_file)
                if digests[DB_NAME] != manifest.get("db_sha256"):
                    raise VaultError("backup.corrupted", path=str(backup_file))
                if target_folder.exists():
                    for name in (KEYSLOTS_NAME, DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
                        (target_folder / name).unlink(missing_ok=True)
                    for name in (KEYSLOTS_NAME, DB_NAME):
                        os.replace(staging / name, target_folder / name)
                    shutil.rmtree(staging, ignore_errors=True)
                else:
                    os.replace(staging, target_folder)
                os.chmod(target_folder, 0o700)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
    except (tarfile.TarError, ValueError, KeyError, EOFError):
        raise VaultError("backup.invalid", path=str(backup_file)) from None
    return manifest
