"""The SQLCipher engine.

The raw 256-bit key is given as `PRAGMA key = "x'<hex>'"` before anything else on each
connection, through a `creator`, because the pysqlcipher dialect would quote a passphrase
and run Argon2-less PBKDF on it. Every connection then sets the pragmas that protect data.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.errors import VaultError, WrongPassphrase

# WAL keeps readers (a backup, the person list) working while a write is under way.
# synchronous=FULL: a committed contact survives a power cut, at a small write cost.
# secure_delete: erased records are overwritten, not left as stale pages.
# temp_store=MEMORY: sorts and temporary tables never reach an unencrypted temp file.
WAL_SIZE_LIMIT = 64 * 2**20

CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -32000",
    # After a large transaction (an import, the demo data, a sync catching up) the WAL file
    # keeps its full size (as large as every page the transaction wrote) until truncated.
    f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}",
)


def open_connection(db_path: Path, key: bytes | bytearray, *, read_only: bool = False):
    """A keyed DB-API connection; raises WrongPassphrase when the key does not fit."""
    if read_only:
        uri = Path(db_path).resolve().as_uri() + "?mode=ro"
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        # SQLCipher logs decryption failures to stderr; Relais reports them itself, once.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            text = str(exc).lower()
            if "not a database" in text or "encrypted" in text:
                raise WrongPassphrase() from None
            raise VaultError("vault.damaged", reason=str(exc)) from None
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(db_path: Path, key: bytearray | bytes) -> Engine:
    """An engine that opens connections with `key`. Given the vault's own bytearray, it keeps
    no copy: once the vault zeroes that buffer at lock, every later connection attempt fails."""
    key_ref = key if isinstance(key, bytearray) else bytearray(key)

    def creator():
        if not any(key_ref):
            raise VaultError("vault.locked")
        return open_connection(db_path, key_ref)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    # The DB-API connection runs in autocommit (isolation_level=None) so that SQLAlchemy,
    # not the driver, decides where transactions begin; this keeps SAVEPOINTs and
    # multi-statement writes atomic (SQLAlchemy's documented pysqlite recipe).
    # Writers ask for BEGIN IMMEDIATE (execution option sqlite_begin): a deferred transaction
    # that reads first and writes later cannot wait for another writer in WAL mode — SQLite
    # answers "database is locked" at once, without the busy timeout, when its snapshot is
    # stale. Taking the write lock up front lets a backup, the UI and a worker write side by side.
    @event.listens_for(engine, "begin")
    def _begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    @event.listens_for(engine, "handle_error")
    def _damaged(context):
        # A page that fails its HMAC or a broken b-tree is a damaged vault, whichever query
        # meets it first: say so in one sentence instead of surfacing a driver error.
        if is_damage(context.original_exception):
            raise VaultError("vault.damaged", reason=str(context.original_exception)) from None

    return engine


DAMAGE_MARKERS = ("malformed", "not a database", "hmac check failed")


def is_damage(exc: BaseException | None) -> bool:
    return isinstance(exc, sqlcipher3.dbapi2.DatabaseError) and any(
        marker in str(exc).lower() for marker in DAMAGE_MARKERS)
