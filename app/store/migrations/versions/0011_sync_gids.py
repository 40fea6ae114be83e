"""Global ids and capture for the team hub: a `gid` (UUIDv7, unique, not null) on every synced
table, the replica's own tables (control, outbox, pending operations, field versions,
conflicts) and the capture triggers.

Tables are rebuilt (SQLite cannot add a NOT NULL column with a computed default); the
migration runs with foreign keys off (see app/store/migrate.py) so that dropping the old copy
of a parent table does not cascade. The synced tables are listed here as they are at this
revision, not imported from app.models, so that the migration never changes afterwards.

Revision ID: 0011_sync_gids
Revises: 0010_merge_features
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

from app.store.sync.capture import install_capture
from app.store.sync.gids import GID_SQL_DEFAULT, derived_gid

revision = "0011_sync_gids"
down_revision = "0010_merge_features"
branch_labels = None
depends_on = None

SYNCED = (
    "users", "partners", "persons", "person_workers", "consents", "contacts", "careplans",
    "careplan_versions", "careplan_goals", "careplan_actions", "referrals", "referral_events",
    "assessments", "assessment_ratings", "bilans", "bilan_sections", "network_snapshots",
    "network_members", "network_ties",
)


def upgrade() -> None:
    op.create_table(
        "sync_control",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("applying", sa.Integer(), server_default="0", nullable=False),
        sa.Column("cursor", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_control")))
    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=60), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=1), nullable=False),
        sa.Column("cols", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("old", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")))
    op.create_table(
        "sync_pending",
        sa.Column("pos", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.JSON(), nullable=False),
        sa.Column("undo", sa.JSON(), nullable=True),
        sa.Column("pushed", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("pos", name=op.f("pk_sync_pending")),
        sa.UniqueConstraint("op_id", name=op.f("uq_sync_pending_op_id")))
    op.create_table(
        "sync_versions",
        sa.Column("tbl", sa.String(length=60), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("col", sa.String(length=60), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "gid", "col", name=op.f("pk_sync_versions")))
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("tbl", sa.String(length=60), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("col", sa.String(length=60), nullable=True),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("other", sa.JSON(), nullable=True),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("other_op_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=12), server_default="open", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")))

    for table in SYNCED:
        with op.batch_alter_table(table, recreate="always") as batch_op:
            batch_op.add_column(sa.Column("gid", sa.String(length=36), nullable=False,
                                          server_default=sa.text(GID_SQL_DEFAULT)))
            batch_op.create_unique_constraint(f"uq_{table}_gid", ["gid"])

    bind = op.get_bind()
    # Derived gids: a person's care plan, a person's worker.
    for plan_id, person_gid in bind.exec_driver_sql(
            "SELECT c.id, p.gid FROM careplans c JOIN persons p ON p.id = c.person_id").all():
        bind.exec_driver_sql("UPDATE careplans SET gid = ? WHERE id = ?", (derived_gid("careplan", person_gid), plan_id))
    for rowid, person_gid, user_gid in bind.exec_driver_sql(
            "SELECT w.rowid, p.gid, u.gid FROM person_workers w JOIN persons p ON p.id = w.person_id "
            "JOIN users u ON u.id = w.user_id").all():
        bind.exec_driver_sql("UPDATE person_workers SET gid = ? WHERE rowid = ?",
                             (derived_gid("person_worker", person_gid, user_gid), rowid))
    install_capture(bind, {table: frozenset() for table in SYNCED})


def downgrade() -> None:
    bind = op.get_bind()
    for (name,) in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'").all():
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    for table in SYNCED:
        with op.batch_alter_table(table, recreate="always") as batch_op:
            batch_op.drop_constraint(f"uq_{table}_gid", type_="unique")
            batch_op.drop_column("gid")
    for table in ("sync_conflicts", "sync_versions", "sync_pending", "sync_outbox", "sync_control"):
        op.drop_table(table)
