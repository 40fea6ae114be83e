"""Schema migrations, applied at unlock.

Relais runs Alembic on an already-keyed connection. Before migrating a vault that holds
data, the caller makes an automatic backup (see Vault.unlock).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, MetaData

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The one head of migrations/versions (tests/test_migrations.py checks it). A vault already at
# this revision opens without loading Alembic or parsing the migration scripts: that is most of
# the time and about half a second of every start-up.
HEAD = "0015_merge_scale_convention_recovery"


def is_at_head(engine: Engine) -> bool:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
        if has_table is None:
            return False
        return {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")} == {HEAD}


def alembic_config(connection: Connection | None = None, metadata: MetaData | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    cfg.attributes["target_metadata"] = metadata
    return cfg


def head_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revisions(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

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
    from alembic import command

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
