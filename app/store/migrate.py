"""Schema migrations, applied at unlock.

Relais runs Alembic on an already-keyed connection. Before migrating a vault that holds
data, the caller makes an automatic backup (see Vault.unlock).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None, metadata: MetaData | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    cfg.attributes["target_metadata"] = metadata
    return cfg


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def needs_upgrade(engine: Engine) -> bool:
    return current_revisions(engine) != head_revisions()


def is_from_newer_relais(engine: Engine) -> bool:
    """A revision we do not know was written by a newer Relais: never touch it."""
    return bool(current_revisions(engine) - known_revisions())


def upgrade_to_head(engine: Engine) -> None:
    """Foreign keys are off while migrating (SQLite ignores the pragma inside a transaction,
    hence on the raw connection first): a migration that rebuilds a parent table must not
    cascade the drop of its old copy onto the children. They are checked before commit."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None  # a live pooled connection always has its DBAPI connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "heads")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
