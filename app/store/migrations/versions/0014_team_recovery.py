"""the verified log and this device's own sealed operations (recovery after a hub restore)

Revision ID: 0014_team_recovery
Revises: 0013_merge_team_work
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0014_team_recovery"
down_revision = "0013_merge_team_work"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("hash", sa.LargeBinary(), nullable=False),
        sa.Column("scope", sa.String(length=60), nullable=True),
        sa.Column("epoch", sa.Integer(), nullable=True),
        sa.Column("tag", sa.LargeBinary(), nullable=True),
        sa.Column("header", sa.LargeBinary(), nullable=True),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_log")),
    )


def downgrade() -> None:
    op.drop_table("sync_log")
