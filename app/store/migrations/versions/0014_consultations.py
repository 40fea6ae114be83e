"""Multidisciplinary consultations (issue 19 point 5): one table, synced in the clinical
scope (who met about the person's psychological care is clinical information). Only the new
table's capture triggers are installed, so migrations made alongside do not undo each other.

Revision ID: 0014_consultations
Revises: 0013_merge_team_work
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

from app.store.sync.capture import table_shape, trigger_sql
from app.store.sync.gids import GID_SQL_DEFAULT

revision = "0014_consultations"
down_revision = "0013_merge_team_work"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consultations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("person_present", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("bilan_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False, server_default=sa.text(GID_SQL_DEFAULT)),
        sa.ForeignKeyConstraint(["bilan_id"], ["bilans.id"], name=op.f("fk_consultations_bilan_id_bilans"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_consultations_created_by_users"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_consultations_person_id_persons"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultations")),
        sa.UniqueConstraint("gid", name=op.f("uq_consultations_gid")))
    op.create_index("ix_consultations_person_held", "consultations", ["person_id", "held_on"], unique=False)
    bind = op.get_bind()
    synced: dict[str, frozenset[str]] = {t: frozenset() for t in ("users", "persons", "bilans", "consultations")}
    for sql in trigger_sql(table_shape(bind, "consultations", synced)):
        bind.exec_driver_sql(sql)


def downgrade() -> None:
    bind = op.get_bind()
    for (name,) in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'consultations'").all():
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    op.drop_index("ix_consultations_person_held", table_name="consultations")
    op.drop_table("consultations")
